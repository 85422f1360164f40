import { NestFastifyApplication } from '@nestjs/platform-fastify';
import Redis from 'ioredis';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { answersPing, RedisServer, startRedisServer } from './redis-server';
import { createApiApp, testConfig } from './test-app';
import { TriageClient } from './triage-client';

const RESTARTS = 10;
const RECOVERY_LIMIT_MS = 1_000;
const POLL_MS = 50;
const AOF_MIN_BYTES = 50 * 1024 * 1024;
/** Many mid-sized values: loading takes a few hundred ms, like a real data set, not one big blob. */
const FILL_KEYS = 100_000;
const FILL_VALUE = 'v'.repeat(500);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes the AOF through plain appends (no rewrite), `batch` SETs per round trip. */
async function fillAof(url: string, batch = 10_000): Promise<void> {
  const redis = new Redis(url);
  try {
    for (let first = 0; first < FILL_KEYS; first += batch) {
      const pipeline = redis.pipeline();
      for (let i = first; i < first + batch; i++) pipeline.set(`bulk:${i}`, FILL_VALUE);
      await pipeline.exec();
    }
  } finally {
    redis.disconnect();
  }
}

function aofBytes(dir: string): number {
  const aofDir = join(dir, 'appendonlydir');
  return readdirSync(aofDir).reduce((total, file) => total + statSync(join(aofDir, file)).size, 0);
}

/** When the server first answers a raw PING (it answers -LOADING until the AOF is read). */
async function firstPong(port: number): Promise<number> {
  while (!(await answersPing(port))) await sleep(5);
  return Date.now();
}

describe('recovery after a Redis restart with a loaded AOF', () => {
  let server: RedisServer;
  let app: NestFastifyApplication;
  let client: TriageClient;

  beforeAll(async () => {
    server = await startRedisServer({ args: ['--appendonly', 'yes', '--appendfsync', 'everysec', '--auto-aof-rewrite-percentage', '0'] });
    await fillAof(server.url);
    app = await createApiApp(testConfig({ REDIS_URL: server.url }));
    client = await TriageClient.as(app, 'restart-watcher');
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await server?.destroy();
  });

  /** Readiness answered 200: the API's PING through its pool got PONG. */
  async function ready(): Promise<boolean> {
    return (await request(app.getHttpServer()).get('/api/health/ready')).status === 200;
  }

  /** A whole turn (start + continue), each answered successfully at the first sending. */
  async function turnServed(): Promise<boolean> {
    const started = await client.http().post('/api/v2/triage/start').send({});
    if (started.status !== 201) return false;
    return (await client.say(started.body.case_id, 'Fui demitido sem justa causa.')).status === 200;
  }

  /** Polls readiness every POLL_MS; the time it first answered 200, or Infinity past the deadline. */
  async function firstReady(deadline: number): Promise<number> {
    while (Date.now() < deadline) {
      const tick = Date.now();
      if (await ready()) return Date.now();
      await sleep(Math.max(0, tick + POLL_MS - Date.now()));
    }
    return Infinity;
  }

  /**
   * Recovery is timed to the first ready answer, a cheap request polled every 50 ms, and a turn
   * must then succeed at its first sending: timing the whole turn instead would add the triage
   * engine's CPU time, which a loaded 2-core machine stretches past a second on its own.
   */
  it('serves readiness within 1 s of Redis answering PING, and turns right then, ten restarts in a row', async () => {
    await expect(ready()).resolves.toBe(true);
    await expect(turnServed()).resolves.toBe(true);
    const recoveries: number[] = [];
    for (let restart = 0; restart < RESTARTS; restart++) {
      await server.stop();
      if (restart === 0) expect(aofBytes(server.dir)).toBeGreaterThanOrEqual(AOF_MIN_BYTES);
      const readyAt = firstReady(Date.now() + 15_000);
      const pongAt = firstPong(server.port);
      await server.start();
      recoveries.push((await readyAt) - (await pongAt));
      await expect(turnServed()).resolves.toBe(true);
    }
    const sorted = [...recoveries].sort((a, b) => a - b);
    process.stdout.write(`Redis restart recovery (ms): ${recoveries.join(' ')}; median ${sorted[RESTARTS / 2]}, max ${sorted[RESTARTS - 1]}\n`);
    expect(sorted[RESTARTS - 1]).toBeLessThan(RECOVERY_LIMIT_MS);
  }, 90_000);
});
