import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import request from 'supertest';
import { mintToken, RateLimiter } from '@app/auth';
import { ApiProcess, assertApiBuilt, call, linesAtOrAbove } from './api-process';
import { RedisServer, startRedisServer } from './redis-server';
import { createApiApp, testConfig } from './test-app';

const T = '/api/v2/triage';
const WARN = 40;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `task` `total` times, `concurrency` at once. */
async function repeat<R>(total: number, concurrency: number, task: () => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  const worker = async () => {
    while (results.length < total) {
      results.push(undefined as R);
      results[results.length - 1] = await task();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

/** Redis commands the server ran since the last `CONFIG RESETSTAT`, by name, without our own INFO/CONFIG. */
async function commandCalls(admin: Redis): Promise<Record<string, number>> {
  const stats = await admin.info('commandstats');
  const calls = [...stats.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)].map(([, name, count]) => [name, Number(count)] as const);
  return Object.fromEntries(calls.filter(([name]) => name !== 'info' && name !== 'config'));
}

describe('Redis faults: rate limits fail open, floods and outages stay quiet', () => {
  let server: RedisServer;
  let admin: Redis;
  const token = () => mintToken(testConfig().auth, { sub: `u-${randomUUID().slice(0, 8)}` });

  beforeAll(async () => {
    assertApiBuilt();
    server = await startRedisServer({ args: ['--maxmemory', '4mb'] });
    admin = new Redis(server.url, { maxRetriesPerRequest: 0 });
  });

  afterAll(async () => {
    admin?.disconnect();
    await server?.destroy();
  });

  it('answers a read with Redis full (noeviction): the limiter fails open instead of a 503', async () => {
    const app: NestFastifyApplication = await createApiApp(testConfig({ REDIS_URL: server.url, RATE_LIMIT_ENABLED: 'true' }));
    try {
      const user = await token();
      const started = await request(app.getHttpServer()).post(`${T}/start`).set('authorization', `Bearer ${user}`).send({}).expect(201);
      // Full: the limit pinned below what Redis holds (filling it up leaves it hovering at the edge).
      const used = Number(/used_memory:(\d+)/.exec(await admin.info('memory'))![1]);
      await admin.config('SET', 'maxmemory', String(used - 64 * 1024));
      await expect(admin.set('probe', 'x')).rejects.toThrow(/^OOM /);

      const status = await request(app.getHttpServer()).get(`${T}/status/${started.body.case_id}`).set('authorization', `Bearer ${user}`);
      expect(status.status).toBe(200);
      expect(app.get(RateLimiter).failedOpen).toBeGreaterThan(0);
      // A write still fails honestly.
      await request(app.getHttpServer())
        .post(`${T}/continue`)
        .set('authorization', `Bearer ${user}`)
        .send({ case_id: started.body.case_id, message: 'Fui demitido sem justa causa.' })
        .expect(503);
    } finally {
      await app.close();
      await admin.config('SET', 'maxmemory', '4mb');
    }
  });

  it('answers a flood by one user from memory: no Redis command and no log line per blocked request', async () => {
    const prefix = `fl${randomUUID().slice(0, 6)}:`;
    await admin.flushall();
    const api = await ApiProcess.start({ REDIS_URL: server.url, REDIS_KEY_PREFIX: prefix, AUTH_JWT_SECRET: testConfig().auth.jwtSecret!, LOG_LEVEL: 'info', RATE_LIMITS: 'status=5' });
    try {
      await api.waitUntilLive();
      const user = await token();
      const started = await call(api.port, 'POST', `${T}/start`, { token: user, body: {} });
      expect(started.status).toBe(201);
      await admin.config('RESETSTAT');
      const logged = api.output.length;

      const answers = await repeat(1_000, 10, () => call(api.port, 'GET', `${T}/status/${started.body.case_id}`, { token: user }));

      expect(answers.filter((a) => a.status === 200)).toHaveLength(5);
      expect(answers.filter((a) => a.status === 429)).toHaveLength(995);
      // The limiter's script for 5 passes (2 limits each), the first 429s (up to one per request
      // then in flight) and nothing after; with the commands inside the scripts, under 120 in all
      // (answering each of the 1,000 from Redis would be 1,000 scripts and 4,000 commands).
      const calls = await commandCalls(admin);
      expect((calls.evalsha ?? 0) + (calls.eval ?? 0)).toBeLessThanOrEqual(5 * 2 + 10);
      expect(Object.values(calls).reduce((sum, n) => sum + n, 0)).toBeLessThan(120);
      const lines = api.output.slice(logged).split('\n').filter(Boolean);
      expect(lines.length).toBeLessThanOrEqual(10);
      expect(linesAtOrAbove(api.output.slice(logged), WARN)).toEqual([]);
      const keys = await admin.keys('*');
      expect(keys.filter((key) => key.includes('ratelimit:'))).not.toEqual([]);
      expect(keys.filter((key) => !key.startsWith(prefix))).toEqual([]);
    } finally {
      await api.stop();
    }
  });

  it('logs a Redis outage once when it begins and once when it ends, whatever the number of requests', async () => {
    const api = await ApiProcess.start({ REDIS_URL: server.url, AUTH_JWT_SECRET: testConfig().auth.jwtSecret!, LOG_LEVEL: 'info' });
    try {
      await api.waitUntilLive();
      const user = await token();
      const started = await call(api.port, 'POST', `${T}/start`, { token: user, body: {} });
      const status = `${T}/status/${started.body.case_id}`;
      const logged = api.output.length;

      await server.stop();
      const during = await repeat(300, 10, () => call(api.port, 'GET', status, { token: user }));
      expect(new Set(during.map((a) => a.status))).toEqual(new Set([503]));
      await server.start();
      // The data went with the server (no persistence): a 404 means Redis answers again.
      while ((await call(api.port, 'GET', status, { token: user })).status === 503) await sleep(50);
      await sleep(1_100);
      expect((await call(api.port, 'GET', status, { token: user })).status).toBe(404);
      // The child's log reaches this process through a pipe, possibly after the answer.
      for (let i = 0; i < 40 && !api.output.slice(logged).includes('Redis outage over'); i++) await sleep(50);

      // The 404s after the outage (the data went with the server) are the usual warn request lines.
      const warnings = linesAtOrAbove(api.output.slice(logged), WARN)
        .map((line) => JSON.parse(line) as { msg: string; res?: { statusCode: number } })
        .filter((line) => line.res?.statusCode !== 404)
        .map((line) => line.msg);
      const outage = warnings.filter((msg) => msg.startsWith('Redis outage'));
      expect(outage).toEqual([expect.stringMatching(/^Redis outage began/), expect.stringMatching(/^Redis outage over .*: \d+ call\(s\) failed/)]);
      expect(Number(/: (\d+) call/.exec(outage[1])![1])).toBeGreaterThanOrEqual(300);
      // Besides, the limiter says at most once a second that it let requests through.
      const others = warnings.filter((msg) => !msg.startsWith('Redis outage'));
      expect(others.every((msg) => msg.startsWith('Rate limits not applied'))).toBe(true);
      expect(others.length).toBeLessThanOrEqual(5);
    } finally {
      await api.stop();
    }
  });
});
