import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { apiRequest } from './api-request';
import { RedisCluster, startRedisCluster } from './redis-cluster';
import { createApiApp, testConfig } from './test-app';
import { TriageClient } from './triage-client';
import { TurnLoad } from './turn-load';

const run = promisify(execFile);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const COMMAND_TIMEOUT_MS = 1_000;

async function until(done: () => boolean, deadlineMs: number): Promise<void> {
  for (const end = Date.now() + deadlineMs; !done() && Date.now() < end; ) await pause(100);
}

/** The API on a 3-primary, 3-replica cluster of its own, while a primary dies and while slots move. */
describe('triage on Redis Cluster through a failover and a resharding', () => {
  let cluster: RedisCluster;
  let app: NestFastifyApplication;

  beforeEach(async () => {
    cluster = await startRedisCluster();
    app = await createApiApp(
      testConfig({
        REDIS_CLUSTER_NODES: cluster.seeds,
        REDIS_MAX_CONNECTIONS: '2',
        REDIS_COMMAND_TIMEOUT_MS: String(COMMAND_TIMEOUT_MS),
      }),
    );
  });

  afterEach(async () => {
    await app.close();
    await cluster.destroy();
  });

  it('answers fast 503s while a killed primary’s replica takes over, then serves; every acknowledged turn is stored once, in order', async () => {
    const load = new TurnLoad(app, 20);
    await until(() => load.acknowledgedSoFar > 0, 20_000);
    const beforeKill = load.acknowledgedSoFar;
    const [victim] = await cluster.primaries();
    const readiness: number[] = [];
    let polling = true;
    const poller = (async () => {
      for (; polling; await pause(100)) readiness.push((await apiRequest(app).get('/api/health/ready')).status);
    })();
    // The replicas wait to be released, so readiness is read while the shard is down instead of raced against the election.
    await cluster.holdFailover(true);
    await victim.server.crash();
    await cluster.waitFailed();
    const readyWhileDown = (await apiRequest(app).get('/api/health/ready')).status;
    await cluster.holdFailover(false);
    await cluster.waitHealthy();
    // Serving again means turns acknowledged after the cluster is healthy and readiness green; a deadline, not a speed.
    const atRecovery = load.acknowledgedSoFar;
    await until(() => load.acknowledgedSoFar > atRecovery && readiness[readiness.length - 1] === 200, 20_000);
    const afterRecovery = load.acknowledgedSoFar - atRecovery;
    await load.stop();
    polling = false;
    await poller;

    const report = await load.check();
    process.stdout.write(`cluster failover (kill -9 of a primary): ${JSON.stringify(report)}\n`);
    expect(beforeKill).toBeGreaterThan(0);
    expect(afterRecovery).toBeGreaterThan(0);
    expect(report.unavailable).toBeGreaterThan(0);
    // Fast 503s: a command meeting the dead node fails within ~0.5 s (6 redirections 100 ms apart) or
    // at the command timeout, so a typical 503 takes what any turn takes on this machine plus about one
    // command timeout, not a wait for the failover (3x is headroom; a request that met the dead node on
    // several of its commands, claim, save, index, takes a few). Only a hang comes near the slowest bound.
    expect(report.median503Ms).toBeLessThan(report.medianServedMs + 3 * COMMAND_TIMEOUT_MS);
    expect(report.slowest503Ms).toBeLessThan(10 * COMMAND_TIMEOUT_MS);
    expect(report.otherStatuses).toEqual([]);
    expect(report.duplicated).toBe(0);
    expect(report.outOfOrder).toBe(0);
    // Asynchronous replication may lose a turn acknowledged just before the kill; measured above, bounded here.
    expect(report.lost).toBeLessThanOrEqual(2);
    // Readiness was red while the shard was down (cluster_state fail or no PONG) and is green again.
    expect(readyWhileDown).toBe(503);
    expect(readiness[readiness.length - 1]).toBe(200);
    const { body } = await (await TriageClient.as(app, 'ops', { admin: true })).http().get('/api/health/redis').expect(200);
    expect(body).toMatchObject({ mode: 'cluster', cluster_state: 'ok', primaries: 3, slowest_node_latency_ms: expect.any(Number) });
  }, 90_000);

  it('follows MOVED/ASK while slots migrate between primaries: no turn lost or stored twice', async () => {
    const load = new TurnLoad(app, 20);
    await until(() => load.acknowledgedSoFar > 0, 20_000);
    const beforeResharding = load.acknowledgedSoFar;
    const [from, to] = await cluster.primaries();
    await run(
      'redis-cli',
      [
        '--cluster',
        'reshard',
        `127.0.0.1:${from.server.port}`,
        '--cluster-from',
        String(from.id),
        '--cluster-to',
        String(to.id),
        '--cluster-slots',
        '1000',
        '--cluster-yes',
      ],
      { maxBuffer: 64 << 20 },
    );
    const duringResharding = load.acknowledgedSoFar - beforeResharding;
    await load.stop();

    const report = await load.check();
    process.stdout.write(`cluster resharding (1000 slots): ${JSON.stringify(report)}\n`);
    expect(beforeResharding).toBeGreaterThan(0);
    expect(duringResharding).toBeGreaterThan(0);
    expect(report.otherStatuses).toEqual([]);
    expect(report).toMatchObject({ lost: 0, duplicated: 0, outOfOrder: 0 });
  }, 90_000);
});
