import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { apiRequest } from './api-request';
import { RedisUnavailableError } from '@app/redis';
import { ConversationStateManager } from '@app/state';
import { newId } from './factories';
import { RedisServer, startRedisServer } from './redis-server';
import { createApiApp, testConfig } from './test-app';

describe('health probes and Redis outages', () => {
  let server: RedisServer;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    server = await startRedisServer();
    app = await createApiApp(testConfig({ REDIS_URL: server.url }));
  });

  afterAll(async () => {
    await app.close();
    await server.destroy();
  });

  const http = () => apiRequest(app);

  it('reports Redis latency and memory', async () => {
    const { body } = await http().get('/api/health/redis').expect(200);
    expect(body.status).toBe('ok');
    expect(body.latency_ms).toBeGreaterThan(0);
    expect(body.used_memory).toBeGreaterThan(0);
    expect(body.maxmemory_policy).toBe('noeviction');
    expect(body).toHaveProperty('maxmemory');
    expect(body.connected_clients).toBeGreaterThanOrEqual(2);
    expect(body.uptime_seconds).toBeGreaterThanOrEqual(0);
    expect(body.details.redis.status).toBe('up');
  });

  it('answers readiness on both paths, and through the /api/api compatibility prefix', async () => {
    await http().get('/api/health/ready').expect(200, /"status":"ok"/);
    await http().get('/api/v2/triage/health').expect(200, /"status":"ok"/);
    await http().get('/api/api/health/ready').expect(200);
  });

  it('fails fast while Redis is down and recovers by itself when it returns', async () => {
    await server.stop();

    const started = Date.now();
    const ready = await http().get('/api/health/ready');
    expect(ready.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(ready.body).toMatchObject({ status: 'error', error: { redis: { status: 'down' } } });
    await http().get('/api/health/live').expect(200);
    const details = await http().get('/api/health/redis').expect(503);
    expect(details.body.status).toBe('error');

    const call = app.get(ConversationStateManager).getCase(newId());
    await expect(call).rejects.toBeInstanceOf(RedisUnavailableError);

    await server.start();
    const deadline = Date.now() + 5_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await http().get('/api/health/ready')).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
  });
});
