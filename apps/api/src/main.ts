import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppConfig, loadConfig } from '@app/config';
import { AppModule } from './app.module';
import { API_APP_OPTIONS, configureApp, createFastifyAdapter } from './app.setup';

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
  const { port } = app.get(AppConfig);
  await app.listen(port, '0.0.0.0');
  app.get(Logger).log(`litgo-triage API listening on port ${port}`, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`litgo-triage: start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
