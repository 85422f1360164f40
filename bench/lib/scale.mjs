// `--scale`: the turn load on one redis-server beside a 3-primary, 3-replica Redis Cluster, and the
// cost of REDIS_WAIT_REPLICAS=1 (each save waits for a replica's acknowledgement), in one run.
import { median, roundByRound } from './load.mjs';
import { startNodeServer } from './processes.mjs';
import { fanOutClient, startCluster, startReplica } from './redis-topologies.mjs';
import { defineStateScripts } from './seed.mjs';

/**
 * Three APIs under the same turn load, A B C each round: `standalone` (the server of `ctx`, which
 * gets a replica here, WAIT off), `cluster` (its own cluster) and `wait 1` (the server of `ctx`,
 * REDIS_WAIT_REPLICAS=1). `runTurns(server, ctx, options)` is the main bench's turn run.
 */
export async function measureScale({ ctx, apiEnv, runTurns, rounds, seconds, warmupSeconds, log }) {
  log(`\n== scale-out: turns on one redis-server beside a 3-primary, 3-replica cluster, and WAIT 0 beside WAIT 1 (${rounds} round(s) of ${seconds} s)`);
  const stack = [];
  const started = (thing, stop = () => thing.stop()) => (stack.push(stop), thing);
  try {
    const [, cluster] = await Promise.all([startReplica(ctx.redis).then(started), startCluster(3).then(started)]);
    const clusterClient = started(cluster.client(), () => clusterClient.quit());
    defineStateScripts(clusterClient);
    const api = (name, env) => startNodeServer({ name, script: 'dist/apps/api/src/main.js', env: { ...apiEnv, ...env }, readyPath: '/api/health/live' }).then(started);
    const [onCluster, waiting] = await Promise.all([api('api on the cluster', { REDIS_CLUSTER_NODES: cluster.seeds }), api('api WAIT 1', { REDIS_WAIT_REPLICAS: '1' })]);
    // Cases are cloned into the cluster as into the server; per-command figures are the server's only.
    const clusterCtx = { ...ctx, client: fanOutClient(clusterClient), redisInfo: null, maxmemory: 0, rpsEstimate: { ...ctx.rpsEstimate } };
    const variants = {
      standalone: { ctx, target: ctx.servers.api },
      cluster: { ctx: clusterCtx, target: onCluster },
      'wait 1': { ctx, target: waiting },
    };
    for (const [name, v] of warmupSeconds > 0 ? Object.entries(variants) : []) {
      const w = await runTurns('api', v.ctx, { seconds: warmupSeconds, target: v.target, warmup: true });
      log(`  warm-up ${name}: ${Math.round(w.ok / w.seconds)} turns/s`);
    }
    const results = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
    for (let round = 1; round <= rounds; round++) {
      for (const [name, v] of Object.entries(variants)) {
        const r = await runTurns('api', v.ctx, { seconds, target: v.target });
        results[name].push({ rps: r.rps, p50: r.p50, p99: r.p99, cpuUsPerReq: r.cpuUsPerReq, requests: r.answered, non2xx: r.non2xx, errors: r.errors + r.timeouts, poolUsedUp: r.pool.exhausted > 0 });
        log(`  round ${round} ${name.padEnd(10)}: ${Math.round(r.rps).toString().padStart(6)} turns/s, p50 ${r.p50?.toFixed(2)} ms, p99 ${r.p99?.toFixed(2)} ms, non-2xx ${r.non2xx}, errors ${r.errors + r.timeouts}`);
      }
    }
    return { rounds: results, summary: summarize(results) };
  } finally {
    for (const stop of stack.reverse()) await stop().catch(() => {});
  }
}

/** Medians of the rounds; the ratios are medians of each round's side-by-side ratio to `standalone` (drift on the machine falls on both). */
function summarize(results) {
  const of = (name, field) => median(results[name].map((r) => r[field]));
  const vsStandalone = (name, field) => roundByRound(results[name], results.standalone, field);
  const sum = (name, field) => results[name].reduce((s, r) => s + r[field], 0);
  const figures = (name) => ({
    rps: of(name, 'rps'),
    p50: of(name, 'p50'),
    p99: of(name, 'p99'),
    cpuUsPerTurn: of(name, 'cpuUsPerReq'),
    rpsVsStandalone: vsStandalone(name, 'rps'),
    p99VsStandalone: vsStandalone(name, 'p99'),
    requests: sum(name, 'requests'),
    non2xx: sum(name, 'non2xx'),
    errors: sum(name, 'errors'),
    poolUsedUp: results[name].some((r) => r.poolUsedUp),
  });
  return Object.fromEntries(Object.keys(results).map((name) => [name, figures(name)]));
}

const out = (line = '') => process.stdout.write(`${line}\n`);
const pad = (s, n) => String(s).padStart(n);
const fmt = (n, digits = 0) => (n === null || n === undefined ? '-' : n.toFixed(digits));

/** Prints the two comparisons; returns what makes the measurement unsound (as the main report does). */
export function printScale({ summary }) {
  const s = summary;
  const rows = [
    ['standalone', 'standalone', s.standalone],
    ['', 'cluster 3+3', s.cluster],
    ['WAIT', 'WAIT 0', s.standalone],
    ['', 'WAIT 1', s['wait 1']],
  ];
  out();
  out('Turns on a Redis Cluster and with REDIS_WAIT_REPLICAS=1 (medians of rounds; ratios: median of the rounds\' ratios to the standalone server, WAIT 0):');
  out(`${'compare'.padEnd(11)} ${'redis'.padEnd(12)} ${pad('turns/s', 8)} ${pad('ratio', 6)} ${pad('p50 ms', 7)} ${pad('p99 ms', 7)} ${pad('ratio', 6)} ${pad('CPU µs/turn', 11)} ${pad('non-2xx / requests', 20)}`);
  for (const [group, name, f] of rows) {
    out(
      `${group.padEnd(11)} ${name.padEnd(12)} ${pad(fmt(f.rps), 8)} ${pad(`${fmt(f.rpsVsStandalone, 2)}x`, 6)} ${pad(fmt(f.p50, 2), 7)} ${pad(fmt(f.p99, 2), 7)} ` +
        `${pad(`${fmt(f.p99VsStandalone, 2)}x`, 6)} ${pad(fmt(f.cpuUsPerTurn), 11)} ${pad(`${f.non2xx} / ${f.requests}`, 20)}`,
    );
  }
  out('standalone = one redis-server with one replica attached; cluster 3+3 = 3 primaries, 3 replicas; all on this machine, no persistence.');
  const problems = [];
  for (const [name, f] of Object.entries(s)) {
    if (f.requests && (f.non2xx + f.errors) / f.requests > 0.01) problems.push(`scale/${name}: ${f.non2xx} non-2xx and ${f.errors} errors of ${f.requests}`);
    if (f.poolUsedUp) problems.push(`scale/${name}: the case pool was used up in a round (turns on finished cases)`);
  }
  return problems;
}
