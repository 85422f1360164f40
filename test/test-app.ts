import { INestApplicationContext, Type } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { AppConfig, ConfigModule, loadConfig } from '@app/config';
import { StateModule } from '@app/state';
import { AppModule } from '../apps/api/src/app.module';
import { API_APP_OPTIONS, configureApp, createFastifyAdapter } from '../apps/api/src/app.setup';
import { loadApiSpec } from './api-request';

export const TEST_JWT_SECRET = 'litgo-test-secret-0123456789abcdef-0123456789';

/** Which backend the shared Redis of this jest run is: `TEST_REDIS_MODE=cluster` (see global-setup) or standalone. */
export const onCluster = process.env.TEST_REDIS_MODE === 'cluster';

/**
 * For suites that test what is stored or returned, not how fast: a 10 s command timeout, so that a loaded 2-core CI box does not
 * turn contention into a 503 or a failed write.
 */
export const SLOW_OK = { REDIS_COMMAND_TIMEOUT_MS: '10000' };

/**
 * A valid config pointing at the suite's private Redis (the cluster in the cluster leg, unless
 * `env` names a server of the test's own), with a key prefix of its own.
 */
export function testConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({
    REDIS_URL: process.env.TEST_REDIS_URL,
    ...(onCluster && !env.REDIS_URL && { REDIS_CLUSTER_NODES: process.env.TEST_REDIS_CLUSTER_NODES }),
    REDIS_KEY_PREFIX: `t${randomUUID().slice(0, 8)}:`,
    REDIS_MAX_CONNECTIONS: '2',
    LOG_LEVEL: 'silent',
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    RATE_LIMIT_ENABLED: 'false',
    ...env,
  });
}

/** A feature module over config + redis + state (StateModule alone by default), initialised. */
export async function createStateContext(config: AppConfig, feature: Type = StateModule): Promise<INestApplicationContext> {
  const moduleRef = await Test.createTestingModule({ imports: [ConfigModule, feature] })
    .overrideProvider(AppConfig)
    .useValue(config)
    .compile();
  return moduleRef.init();
}

/** The whole API as main.ts builds it, listening on an ephemeral port; its /docs-json becomes the suite's spec (api-request.ts). */
export async function createApiApp(config: AppConfig): Promise<NestFastifyApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(AppConfig)
    .useValue(config)
    .compile();
  const app = await configureApp(moduleRef.createNestApplication<NestFastifyApplication>(createFastifyAdapter(config.trustProxy), { ...API_APP_OPTIONS, logger: false }));
  // Listening up front: supertest reuses the address instead of re-listening per request.
  await app.listen(0, '127.0.0.1');
  await loadApiSpec(app);
  return app;
}
