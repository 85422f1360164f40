import './tracing';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppConfig, loadConfig } from '@app/config';
import { AppModule } from './app.module';
import { API_APP_OPTIONS, configureApp, createFastifyAdapter } from './app.setup';
import { startupMessage } from './startup-message';

async function bootstrap(): Promise<void> {
  // Nest's own logger stays off until pino takes over in configureApp, so a bad environment
  // prints one line (below) instead of a stack trace.
  // Read here too (the same environment ConfigModule reads): Fastify needs trustProxy before Nest starts.
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createFastifyAdapter(loadConfig().trustProxy), {
    ...API_APP_OPTIONS,
    logger: false,
    abortOnError: false,
  });
  await configureApp(app);
  const config = app.get(AppConfig);
  await app.listen(config.port, '0.0.0.0').catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'EADDRINUSE' ? new Error(`port ${config.port} is already in use; set PORT to another port`) : error;
  });
  app.get(Logger).log(startupMessage(config), 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`litgo-triage: start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
