import { Module } from '@nestjs/common';
import { DemoController } from './demo.controller';
import { DevTokenService } from './dev-token.service';

/** `/demo` and `POST /api/dev/token`, answering 404 unless `DEMO_PAGE` is on (never in production). */
@Module({ controllers: [DemoController], providers: [DevTokenService] })
export class DemoModule {}
