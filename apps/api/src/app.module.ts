import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AuthGuard, AuthModule } from '@app/auth';
import { ConfigModule } from '@app/config';
import { HealthModule } from '@app/health';
import { MetricsModule, MetricsServer } from '@app/metrics';
import { TriageModule } from '@app/triage';
import { ApiValidationPipe } from './api-validation.pipe';
import { DemoModule } from './demo/demo.module';
import { HttpExceptionFilter } from './http-exception.filter';
import { RootLogger } from './logging';
import { RouteMethods } from './route-methods';

@Module({
  imports: [
    ConfigModule,
    // Nest's Logger through pino; requests are logged by Fastify's onResponse hook (logRequests), not by pino-http.
    LoggerModule.forRootAsync({
      providers: [RootLogger],
      inject: [RootLogger],
      useFactory: (root: RootLogger) => ({ pinoHttp: { logger: root.pino }, forRoutes: [] }),
    }),
    AuthModule,
    TriageModule,
    HealthModule,
    MetricsModule,
    DemoModule,
  ],
  providers: [
    RouteMethods,
    MetricsServer,
    { provide: APP_PIPE, useValue: new ApiValidationPipe() },
    { provide: APP_FILTER, useClass: HttpExceptionFilter },
    // Auth and rate limits in one guard: the caller is known before its limit is counted.
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class AppModule {}
