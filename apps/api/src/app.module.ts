import { Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AuthGuard, AuthModule } from '@app/auth';
import { AppConfig, ConfigModule } from '@app/config';
import { HealthModule } from '@app/health';
import { MetricsModule, MetricsServer } from '@app/metrics';
import { TriageModule } from '@app/triage';
import { ApiValidationPipe } from './api-validation.pipe';
import { DemoModule } from './demo/demo.module';
import { HttpExceptionFilter } from './http-exception.filter';
import { pinoHttpOptions } from './logging';
import { RouteMethods } from './route-methods';

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: pinoHttpOptions(config),
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
      }),
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
