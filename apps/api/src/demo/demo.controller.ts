import { Controller, Get, Header, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Public } from '@app/auth';
import { AppConfig } from '@app/config';
import { DemoEnabledGuard } from './demo-enabled.guard';
import { DevTokenDto } from './dev-token.dto';
import { DevTokenService } from './dev-token.service';

/** The page's paths, served outside the `/api` prefix. */
export const DEMO_PAGE_PATHS = ['demo', 'demo/demo.js'];

const asset = (name: string) => readFileSync(join(__dirname, 'public', name), 'utf8');

/**
 * The demo chat page and the development token it runs with. Left out of the OpenAPI document,
 * which also describes production, where none of it exists.
 */
@ApiExcludeController()
@Public()
@UseGuards(DemoEnabledGuard)
@Controller()
export class DemoController {
  private readonly html?: string;
  private readonly js?: string;

  constructor(
    config: AppConfig,
    private readonly tokens: DevTokenService,
  ) {
    // Read once, and only when served: a missing file stops start-up instead of failing a request.
    if (config.demoPage) [this.html, this.js] = [asset('demo.html'), asset('demo.js')];
  }

  @Get(DEMO_PAGE_PATHS[0])
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-cache')
  page(): string | undefined {
    return this.html;
  }

  @Get(DEMO_PAGE_PATHS[1])
  @Header('content-type', 'text/javascript; charset=utf-8')
  @Header('cache-control', 'no-cache')
  script(): string | undefined {
    return this.js;
  }

  @Post('dev/token')
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  devToken(): Promise<DevTokenDto> {
    return this.tokens.issue();
  }
}
