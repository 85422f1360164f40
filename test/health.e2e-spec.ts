import { Logger } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { apiRequest } from './api-request';
import Redis from 'ioredis';
import { Response } from 'supertest';
import { RedisUnavailableError } from '@app/redis';
import { ConversationStateManager } from '@app/state';
import { newId } from './factories';
import { RedisServer, startRedisServer } from './redis-server';
import { createApiApp, testConfig } from './test-app';
import { TriageClient } from './triage-client';

const PUBLIC_PROBES = ['/api/health/live', '/api/health/ready', '/api/v2/triage/health', '/api/api/health/ready'];

describe('health probes and Redis outages', () => {
  let server: RedisServer;
  let app: NestFastifyApplication;
  let admin: TriageClient;
  let user: TriageClient;
  let redisVersion: string;

  beforeAll(async () => {
    server = await startRedisServer();
    app = await createApiApp(testConfig({ REDIS_URL: server.url }));
    admin = await TriageClient.as(app, 'ops', { admin: true });
    user = await TriageClient.as(app, 'maria');
    const redis = new Redis(server.url);
    redisVersion = /redis_version:(\S+)/.exec(await redis.info('server'))![1];
    redis.disconnect();
  });

  afterAll(async () => {
    await app.close();
    await server.destroy();
  });

  const http = () => apiRequest(app);

  /** Every public health answer: nothing but a status and a reason word; no URL, host:port or version. */
  async function publicAnswers(): Promise<Response[]> {
    const answers = await Promise.all([...PUBLIC_PROBES.map((path) => http().get(path)), http().get('/api/health/redis'), user.http().get('/api/health/redis')]);
    for (const { text, body } of answers) {
      for (const secret of [server.url, `127.0.0.1:${server.port}`, `localhost:${server.port}`, String(server.port), redisVersion]) expect(text).not.toContain(secret);
      expect(text).not.toMatch(/\d+\.\d+\.\d+|redis:\/\/|ECONN|used_memory|uptime|clients/);
      if (body.statusCode === undefined) expect(Object.keys(body).filter((key) => key !== 'status' && key !== 'reason')).toEqual([]);
    }
    expect(answers.slice(-2).map(({ status }) => status)).toEqual([401, 403]);
    return answers.slice(0, PUBLIC_PROBES.length);
  }

  /** Liveness stays 200; every readiness path answers 503 with `reason` alone, within `withinMs`. */
  async function expectReadinessDown(reason: string, withinMs: number): Promise<void> {
    const started = Date.now();
    const probes = await publicAnswers();
    expect(Date.now() - started).toBeLessThan(withinMs);
    expect(probes.map(({ status, body }) => ({ status, body }))).toEqual([
      { status: 200, body: { status: 'ok' } },
      ...PUBLIC_PROBES.slice(1).map(() => ({ status: 503, body: { status: 'error', reason } })),
    ]);
  }

  it('answers the probes without a token, with a status only', async () => {
    const probes = await publicAnswers();
    expect(probes.map(({ status, body }) => ({ status, body }))).toEqual(PUBLIC_PROBES.map(() => ({ status: 200, body: { status: 'ok' } })));
  });

  it('gives the Redis report (latency, memory, clients, version) to admins only', async () => {
    await http().get('/api/health/redis').expect(401);
    await user.http().get('/api/health/redis').expect(403, /admin role required/);
    const { body } = await admin.http().get('/api/health/redis').expect(200);
    expect(body).toMatchObject({ status: 'ok', maxmemory_policy: 'noeviction', maxmemory: 0, memory_used_ratio: null, memory_status: 'ok', redis_version: redisVersion });
    expect(body.latency_ms).toBeGreaterThan(0);
    expect(body.used_memory).toBeGreaterThan(0);
    expect(body.connected_clients).toBeGreaterThanOrEqual(2);
    expect(body.uptime_seconds).toBeGreaterThanOrEqual(0);
    expect(body.details.redis.status).toBe('up');
  });

  it('says redis_timeout while Redis hangs, and nothing more', async () => {
    const redis = new Redis(server.url);
    try {
      await redis.call('CLIENT', 'PAUSE', '1500', 'ALL');
      await expectReadinessDown('redis_timeout', 1_500);
      await redis.call('CLIENT', 'UNPAUSE');
    } finally {
      redis.disconnect();
    }
  });

  it('fails fast while Redis is down, leaks nothing, and recovers by itself when it returns', async () => {
    await server.stop();

    // The reason tells a refused connection from a ping's 500 ms timeout; the bound, as for a hang, that no probe waited for
    // the client's connect timeout (2 s), with room for six requests on a busy 2-core machine.
    await expectReadinessDown('redis_unreachable', 1_500);
    const details = await admin.http().get('/api/health/redis').expect(503);
    expect(details.body).toMatchObject({ status: 'error', reason: 'redis_unreachable', error: { redis: { status: 'down' } } });
    expect(details.body.message).toContain(String(server.port));

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
  let admin: TriageClient;

  beforeAll(async () => {
    server = await startRedisServer({ args: ['--maxmemory', '4mb'] });
    app = await createApiApp(testConfig({ REDIS_URL: server.url }));
    redis = new Redis(server.url);
    admin = await TriageClient.as(app, 'ops', { admin: true });
  });

  afterAll(async () => {
    redis.disconnect();
    await app.close();
    await server.destroy();
  });

  afterEach(() => jest.restoreAllMocks());

  const http = () => admin.http();

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
      await apiRequest(app).get('/api/health/ready').expect(200, { status: 'ok' });
    }
    const degradedLines = warn.mock.calls.filter(([message]) => /Redis memory degraded/.test(String(message)));
    expect(degradedLines).toHaveLength(1);
    expect(String(degradedLines[0][0])).toMatch(/above 90\.0%/);

    await redis.flushall();
    for (let poll = 0; poll < 3; poll++) await http().get('/api/health/redis').expect(200, /"status":"ok"/);
    expect(log.mock.calls.filter(([message]) => /Redis memory back to ok/.test(String(message)))).toHaveLength(1);
  });
});
