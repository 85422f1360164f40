import { Logger } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { apiRequest } from './api-request';
import Redis from 'ioredis';
import request from 'supertest';
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
    expect(body.maxmemory).toBe(0);
    expect(body.memory_used_ratio).toBeNull();
    expect(body.memory_status).toBe('ok');
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

describe('Redis near its maxmemory', () => {
  let server: RedisServer;
  let app: NestFastifyApplication;
  let redis: Redis;

  beforeAll(async () => {
    server = await startRedisServer({ args: ['--maxmemory', '4mb'] });
    app = await createApiApp(testConfig({ REDIS_URL: server.url }));
    redis = new Redis(server.url);
  });

  afterAll(async () => {
    redis.disconnect();
    await app.close();
    await server.destroy();
  });

  afterEach(() => jest.restoreAllMocks());

  const http = () => request(app.getHttpServer());

  /** SETs 16 KB values until Redis refuses with OOM. */
  async function fillToTheLimit(): Promise<void> {
    for (let i = 0; ; i++) {
      const refused = await redis.set(`fill:${i}`, 'x'.repeat(16_384)).then(() => false, (error: Error) => /^OOM /.test(error.message));
      if (refused) return;
    }
  }

  it('reports memory_used_ratio and degraded above REDIS_MEMORY_WARN_RATIO, stays ready, and logs each change once', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const log = jest.spyOn(Logger.prototype, 'log');
    const calm = (await http().get('/api/health/redis').expect(200)).body;
    expect(calm).toMatchObject({ status: 'ok', memory_status: 'ok', maxmemory: 4 * 1024 * 1024 });
    expect(calm.memory_used_ratio).toBeCloseTo(calm.used_memory / calm.maxmemory, 6);
    expect(calm.memory_used_ratio).toBeLessThan(0.9);

    await fillToTheLimit();
    for (let poll = 0; poll < 3; poll++) {
      const { body } = await http().get('/api/health/redis').expect(200);
      expect(body).toMatchObject({ status: 'degraded', memory_status: 'degraded', details: { redis: { status: 'up' } } });
      expect(body.memory_used_ratio).toBeGreaterThan(0.9);
      await http().get('/api/health/ready').expect(200, /"status":"ok"/);
    }
    const degradedLines = warn.mock.calls.filter(([message]) => /Redis memory degraded/.test(String(message)));
    expect(degradedLines).toHaveLength(1);
    expect(String(degradedLines[0][0])).toMatch(/above 90\.0%/);

    await redis.flushall();
    for (let poll = 0; poll < 3; poll++) await http().get('/api/health/redis').expect(200, /"status":"ok"/);
    expect(log.mock.calls.filter(([message]) => /Redis memory back to ok/.test(String(message)))).toHaveLength(1);
  });
});
