import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { waitFor } from './redis-server';
import { RedisSentinelSetup, startRedisSentinel } from './redis-sentinel';
import { createApiApp, testConfig } from './test-app';
import { TriageClient } from './triage-client';
import { TurnLoad, TurnLoadReport } from './turn-load';

const COMMAND_TIMEOUT_MS = 1_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The API on a Sentinel-managed primary (one replica, three sentinels) while the sentinels move the primary. */
describe('triage on Sentinel through SENTINEL FAILOVER', () => {
  let setup: RedisSentinelSetup;

  beforeAll(async () => {
    setup = await startRedisSentinel();
  }, 60_000);

  afterAll(() => setup.destroy());

  /** The API on the sentinels' primary, with `env`. */
  function sentinelApp(env: Record<string, string> = {}): Promise<NestFastifyApplication> {
    return createApiApp(
      testConfig({ REDIS_URL: process.env.TEST_REDIS_URL!, REDIS_SENTINELS: setup.sentinels, REDIS_SENTINEL_NAME: setup.name, REDIS_COMMAND_TIMEOUT_MS: String(COMMAND_TIMEOUT_MS), ...env }),
    );
  }

  /** 20 parallel triages on an API with `env` through one failover; `check` reads the report before the app closes. */
  async function failoverUnderLoad(env: Record<string, string>, check: (report: TurnLoadReport, app: NestFastifyApplication) => Promise<void>): Promise<void> {
    const app = await sentinelApp(env);
    try {
      const load = new TurnLoad(app, 20);
      try {
        await pause(1_000);
        await setup.failover();
        await pause(2_000);
      } finally {
        await load.stop();
      }
      await check(await load.check(), app);
    } finally {
      await app.close();
    }
  }

  it('follows the new primary without REDIS_WAIT_REPLICAS; the turns the old primary took after the promotion are lost (measured)', () =>
    failoverUnderLoad({}, async (report, app) => {
      process.stdout.write(`sentinel failover, REDIS_WAIT_REPLICAS=0: ${JSON.stringify(report)}\n`);
      expect(report.acknowledged).toBeGreaterThan(20);
      // A turn to a case whose start the failover lost is a 404.
      expect(report.otherStatuses.filter((status) => status !== 404)).toEqual([]);
      // No hang: every 503 comes long before a client gives a turn up (the load does after 20 s). Only this is asserted, not
      // a typical 503's time: in a full suite on a 2-core VM (the twenty-ninth session's .ci/run) nine 503s met at the start
      // of the failover each took 5.4-5.5 s (the event loop stalled 1.4 s), against 0.3-0.8 s in other runs; the cause is
      // not known yet, and the report above prints every run's figures.
      expect(report.slowest503Ms).toBeLessThan(10 * COMMAND_TIMEOUT_MS);
      expect(report.duplicated).toBe(0);
      expect(report.outOfOrder).toBe(0);
      const { body } = await (await TriageClient.as(app, 'ops', { admin: true })).http().get('/api/health/redis').expect(200);
      expect(body).toMatchObject({ mode: 'sentinel', status: 'ok' });
    }), 120_000);

  // The price: writes wait until the old primary replicates the new one (Sentinel converts it 10-20 s after the switch).
  it('loses no acknowledged turn with REDIS_WAIT_REPLICAS=1: a write no replica confirmed is a 503, resent with its key', () =>
    failoverUnderLoad({ REDIS_WAIT_REPLICAS: '1' }, async (report) => {
      process.stdout.write(`sentinel failover, REDIS_WAIT_REPLICAS=1: ${JSON.stringify(report)}\n`);
      expect(report.acknowledged).toBeGreaterThan(20);
      expect(report.otherStatuses).toEqual([]);
      expect(report).toMatchObject({ lost: 0, lostCases: 0, duplicated: 0, outOfOrder: 0 });
    }), 120_000);

  // ioredis's QUIT leaves a Sentinel client's failover subscriptions open, reconnecting once a minute (redis/ioredis#1362): a
  // process that shut its app down would not exit, as this suite's worker did not.
  it('closes its subscriptions on the sentinels when the app shuts down', async () => {
    const app = await sentinelApp();
    try {
      await waitFor(async () => (await setup.subscribers()) > 0, 'the failover detector to subscribe');
    } finally {
      await app.close();
    }
    await waitFor(async () => (await setup.subscribers()) === 0, 'every subscription on the sentinels to close');
  });
});
