import { Module, RequestMethod, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, ConfigModule } from '@app/config';
import { HealthModule } from '@app/health';
import { TriageModule } from '@app/triage';
import { HttpExceptionFilter } from './http-exception.filter';
import { pinoHttpOptions } from './logging';

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
    TriageModule,
    HealthModule,
  ],
  providers: [
    {
      provide: APP_PIPE,
      useValue: new ValidationPipe({ transform: true, whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: false }),
    },
    { provide: APP_FILTER, useClass: HttpExceptionFilter },
  ],
})
export class AppModule {}
