import { CanActivate, ExecutionContext, Injectable, NotFoundException } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { AppConfig } from '@app/config';

/** With `DEMO_PAGE` off (always in production) the demo routes answer exactly like a route that does not exist. */
@Injectable()
export class DemoEnabledGuard implements CanActivate {
  constructor(private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    if (this.config.demoPage) return true;
    const { method, url } = context.switchToHttp().getRequest<FastifyRequest>();
    throw new NotFoundException(`Cannot ${method} ${url.split('?')[0]}`);
  }
}
