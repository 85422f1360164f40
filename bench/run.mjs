#!/usr/bin/env node
// `npm run bench`: the API (production build) against a bare Fastify + ioredis baseline (and,
// for turns, the API with a no-work engine), on private redis-servers (no persistence, then the
// shipped AOF config), driven with autocannon, A B A B. Prints a table and writes
// bench/results/latest.json (see bench/README.md).
//   node bench/run.mjs [--smoke] [--modes=none,aof] [--rounds=3] [--seconds=10] [--read-seconds=5]
//                      [--connections=32] [--listing=1000,100000,1000000] [--no-listing] [--no-profile] [--profile=floor]
//                      [--no-observability] [--log-level=info] [--no-flood] [--flood-seconds=10] [--flood-rate=1500] [--flood-only]
//                      [--scale] (only the scale-out workload: standalone vs Redis Cluster, WAIT 0 vs WAIT 1)
//                      [--floor-costs] (only the floor with each guarantee switched off in turn, beside the floor and the baseline)
//                      [--repeat-texts] (every case of a conversation sends the same texts, as before fresh texts: for comparison)
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { CONVERSATIONS } from './conversations.mjs';
import { startCountingProxy } from './lib/counting-proxy.mjs';
import { measureFlood, printFlood } from './lib/flood.mjs';
import { measureFloorCosts, printFloorCosts } from './lib/floor-costs.mjs';
import { mintToken, newSecret } from './lib/jwt.mjs';
import { measureListing } from './lib/listing.mjs';
import { measureObservability } from './lib/observability.mjs';
import { percentile, runLoad } from './lib/load.mjs';
import { ROOT, startNodeServer } from './lib/processes.mjs';
import { summarizeProfile } from './lib/profile.mjs';
import { startRedis } from './lib/redis-server.mjs';
import { bytesPerCase, printReport, summarizeModes } from './lib/report.mjs';
import { measureScale, printScale } from './lib/scale.mjs';
import { defineStateScripts, dropCases, makeTemplates, seedApiCases, seedBaselineCases } from './lib/seed.mjs';
import { readyRequest, statusRequest, TurnFeed, turnRequest } from './lib/workloads.mjs';

const require = createRequire(import.meta.url);
const Redis = require('ioredis');

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  }),
);
const smoke = Boolean(args.smoke);
const opts = {
  smoke,
  modes: String(args.modes ?? (smoke ? 'none' : 'none,aof')).split(','),
  rounds: Number(args.rounds ?? (smoke ? 1 : 3)),
  turnSeconds: Number(args.seconds ?? (smoke ? 0.5 : 10)),
  readSeconds: Number(args['read-seconds'] ?? (smoke ? 0.5 : 5)),
  warmupSeconds: smoke ? 0 : 3,
  connections: Number(args.connections ?? 32),
  statusPool: smoke ? 500 : 5_000,
  accountingRequests: smoke ? 20 : 200,
  listingSizes: args['no-listing'] ? [] : String(args.listing ?? (smoke ? '1000,10000' : '1000,100000,1000000')).split(',').map(Number),
  listingSamples: smoke ? 30 : 300,
  listingRounds: smoke ? 1 : 3,
  profileSeconds: args['no-profile'] || smoke ? 0 : 10,
  // `--profile=floor` profiles the floor instead: the request path without the engine.
  profileServer: args.profile === 'floor' ? 'floor' : 'api',
  observability: !args['no-observability'],
  logLevel: String(args['log-level'] ?? 'info'),
  flood: !args['no-flood'],
  floodOnly: Boolean(args['flood-only']),
  floodSeconds: Number(args['flood-seconds'] ?? (smoke ? 1 : 10)),
  // The flood the reliability issue measured (~1,500 req/s); 0: as fast as the API answers.
  floodRate: Number(args['flood-rate'] ?? 1_500),
  scale: Boolean(args.scale),
  floorCosts: Boolean(args['floor-costs']),
  // Each turn a text the server has not read (bench/lib/fresh-texts.cjs); `--repeat-texts`: the same texts every case, which
  // the engine's memos remember after the first few turns.
  freshTexts: !args['repeat-texts'],
};
const SERVERS = ['api', 'baseline'];
/** Turns are also sent to the floor: the API with an interview engine that does no work. */
const TURN_SERVERS = ['api', 'floor', 'baseline'];
const WORKLOADS = ['turn', 'status', 'ready'];
const serversFor = (workload) => (workload === 'turn' ? TURN_SERVERS : SERVERS);
const log = (line) => process.stderr.write(`${line}\n`);
const benchStarted = Date.now();

if (!existsSync(join(ROOT, 'dist/apps/api/src/main.js'))) {
  log('bench: dist/ is missing; run `npm run build` first (npm run bench does).');
  process.exit(1);
}

// Auth: a random HS256 secret for the API process, tokens minted here (sub = user id).
const secret = newSecret();
const tokens = new Map();
const auth = (userId) => {
  if (!tokens.has(userId)) tokens.set(userId, `Bearer ${mintToken(secret, { sub: userId })}`);
  return { authorization: tokens.get(userId) };
};
const adminHeaders = { authorization: `Bearer ${mintToken(secret, { sub: 'bench-admin', role: 'admin' })}` };
const userOf = (i) => `bench-user-${i % 64}`;

/** Everything started and not yet stopped, stopped in reverse order on the way out. */
const running = [];
const started = (thing) => (running.push(thing), thing);
async function stop(thing) {
  const i = running.indexOf(thing);
  if (i >= 0) running.splice(i, 1);
  await thing.stop();
}

const apiEnv = (redisUrl) => ({
  REDIS_URL: redisUrl,
  NODE_ENV: 'production',
  LOG_LEVEL: opts.logLevel,
  AUTH_JWT_SECRET: secret,
  // Rate limits would turn a load test into a 429 test.
  RATE_LIMIT_ENABLED: 'false',
});
const startApi = (redisUrl, nodeArgs = [], env = {}) =>
  startNodeServer({ name: 'api', script: 'dist/apps/api/src/main.js', env: { ...apiEnv(redisUrl), ...env }, nodeArgs, readyPath: '/api/health/live' }).then(started);
/** Rate limits on (the default in production), out of reach of the accounting runs: counted, never a 429. */
const LIMITS_ON = { RATE_LIMIT_ENABLED: 'true', RATE_LIMITS: 'start=1000000,continue=1000000,status=1000000' };
const startFloor = (redisUrl, nodeArgs = []) =>
  startNodeServer({ name: 'floor', script: 'bench/floor-server.mjs', env: apiEnv(redisUrl), nodeArgs, readyPath: '/api/health/live' }).then(started);
const startBaseline = (redisUrl) =>
  startNodeServer({ name: 'baseline', script: 'bench/baseline-server.mjs', env: { REDIS_URL: redisUrl }, readyPath: '/api/health/live' }).then(started);

/** The flood workload: the API with rate limits on (the reader's status limit out of reach). */
async function measureFloodEffect() {
  log(`\n== a flood beside another user (rate limits on), ${opts.rounds} round(s) of ${opts.floodSeconds} s alone and ${opts.floodSeconds} s beside the flood`);
  const redis = started(await startRedis('none'));
  const env = { ...apiEnv(redis.url), RATE_LIMIT_ENABLED: 'true', RATE_LIMITS: 'status=1000000' };
  const api = await startNodeServer({ name: 'api', script: 'dist/apps/api/src/main.js', env, readyPath: '/api/health/live' }).then(started);
  try {
    return await measureFlood({ api, auth, rounds: opts.rounds, seconds: opts.floodSeconds, rate: opts.floodRate, log });
  } finally {
    await stop(api);
    await stop(redis);
  }
}

/** `--flood-only`: the flood workload alone, printed and written to bench/results/flood.json. */
async function floodOnly(resultsDir) {
  const flood = await measureFloodEffect();
  const problems = printFlood(flood);
  writeFileSync(join(resultsDir, 'flood.json'), JSON.stringify({ date: new Date().toISOString(), machine: { cpus: cpus().length, node: process.version }, options: opts, flood }, null, 2));
  log(`\nwrote bench/results/flood.json (${Math.round((Date.now() - benchStarted) / 1000)} s)`);
  if (problems.length) {
    log(`bench: the measurement itself is not sound:\n  - ${problems.join('\n  - ')}`);
    process.exitCode = 1;
  }
}

/** Templates made through the real API in the first phase; every later phase clones them. */
let templateSet;

/** A redis-server with the API and the baseline on it (plus, if asked, both again behind a counting proxy). */
async function setUp(mode, { accounting = false, apiNodeArgs = [], floorNodeArgs, baseline = true } = {}) {
  const redis = started(await startRedis(mode));
  const client = new Redis(redis.url);
  defineStateScripts(client);
  const quit = started({ stop: () => client.quit() });
  const proxy = accounting ? started(await startCountingProxy(redis.port)) : null;
  const proxied = proxy && `redis://127.0.0.1:${proxy.port}/0`;
  const [api, floor, base, countedApi, countedBase, countedLimited] = await Promise.all([
    startApi(redis.url, apiNodeArgs),
    baseline || floorNodeArgs ? startFloor(redis.url, floorNodeArgs) : null,
    baseline ? startBaseline(redis.url) : null,
    proxied ? startApi(proxied) : null,
    proxied ? startBaseline(proxied) : null,
    proxied ? startApi(proxied, [], LIMITS_ON) : null,
  ]);
  templateSet ??= await makeTemplates({ api, redis: client, conversations: CONVERSATIONS, auth });
  const usable = templateSet.interviewing.filter((t) => t.answersToSend > 0);
  return {
    mode,
    redis,
    client,
    proxy,
    servers: { api, floor, baseline: base },
    counted: { api: countedApi, baseline: countedBase, limited: countedLimited },
    redisInfo: { client, pid: redis.pid },
    templates: usable,
    avgAnswers: usable.reduce((s, t) => s + t.answersToSend, 0) / usable.length,
    rpsEstimate: { api: 5_000, floor: 10_000, baseline: 40_000 },
    maxmemory: Number((await client.config('GET', 'maxmemory'))[1]),
    caseBytes: Math.max(...usable.map((t) => t.conv.length + t.orch.length)) * 2,
    stack: [api, floor, base, countedApi, countedBase, countedLimited, proxy, quit, redis].filter(Boolean),
  };
}

async function tearDown(ctx) {
  for (const thing of ctx.stack) await stop(thing);
}

/** Cases for one turn run (or `seeded` already taken: a refill), sized from the throughput seen so far. */
async function turnPool(server, ctx, seconds, seeded = 0) {
  // Under the shipped config's maxmemory, a run's cases may take at most a third of it (the run reports a used-up pool).
  const cap = ctx.maxmemory > 0 ? Math.floor(ctx.maxmemory / 3 / ctx.caseBytes) : Infinity;
  const count = Math.min(cap - seeded, Math.ceil((ctx.rpsEstimate[server] * seconds * 3) / ctx.avgAnswers) + opts.connections * 4);
  const seed = server === 'baseline' ? seedBaselineCases : seedApiCases;
  return count > 0 ? seed({ redis: ctx.client, templates: ctx.templates, count, userOf, freshTexts: opts.freshTexts }) : [];
}

async function runTurns(server, ctx, { seconds, amount, connections = opts.connections, target = ctx.servers[server], onWindow, warmup = false }) {
  // Refilled while it runs: a busy machine may make the warm-up slow and a round fast.
  const feed = new TurnFeed(await turnPool(server, ctx, seconds ?? 1), connections * 4, (seeded) => turnPool(server, ctx, seconds ?? 1, seeded));
  const result = await runLoad({ port: target.port, serverPid: target.pid, redis: ctx.redisInfo, request: turnRequest(feed, auth), connections, seconds, amount, onWindow });
  await feed.refilling;
  const items = feed.pool;
  result.pool = { seeded: items.length, refills: feed.refills, used: feed.admitted, completions: feed.completions, exhausted: feed.exhausted, rejected: feed.rejected };
  const p99 = (ms) => percentile(ms.sort((a, b) => a - b), 0.99);
  result.p99ByKind = { completing: p99(feed.latencies.completing), other: p99(feed.latencies.other) };
  await dropCases({ redis: ctx.client, items, baseline: server === 'baseline' });
  const rate = (result.ok / result.seconds) * (feed.exhausted > 0 ? 2 : 1);
  ctx.rpsEstimate[server] = warmup ? rate : Math.max(ctx.rpsEstimate[server], rate);
  return result;
}

function runReads(workload, server, ctx, pools, { seconds, amount, connections = opts.connections, target = ctx.servers[server] }) {
  const request = workload === 'status' ? statusRequest(pools[server], auth) : readyRequest();
  return runLoad({ port: target.port, serverPid: target.pid, redis: ctx.redisInfo, request, connections, seconds, amount });
}

async function seedStatusPools(ctx, count) {
  return {
    api: await seedApiCases({ redis: ctx.client, templates: ctx.templates, count, userOf }),
    baseline: await seedBaselineCases({ redis: ctx.client, templates: ctx.templates, count, userOf }),
  };
}

/** The A B rounds of every workload on one redis-server. */
async function measureLoads(ctx) {
  const pools = await seedStatusPools(ctx, opts.statusPool);
  for (const server of opts.warmupSeconds > 0 ? TURN_SERVERS : []) {
    const w = await runTurns(server, ctx, { seconds: opts.warmupSeconds, warmup: true });
    if (SERVERS.includes(server)) await runReads('status', server, ctx, pools, { seconds: 1 });
    log(`  warm-up ${server}: ${Math.round(w.ok / w.seconds)} turns/s`);
  }
  const results = Object.fromEntries(WORKLOADS.map((w) => [w, Object.fromEntries(serversFor(w).map((s) => [s, []]))]));
  for (const workload of WORKLOADS) {
    for (let round = 1; round <= opts.rounds; round++) {
      for (const server of serversFor(workload)) {
        const r =
          workload === 'turn'
            ? await runTurns(server, ctx, { seconds: opts.turnSeconds })
            : await runReads(workload, server, ctx, pools, { seconds: opts.readSeconds });
        results[workload][server].push(r);
        log(
          `  ${workload.padEnd(6)} round ${round} ${server.padEnd(8)}: ${Math.round(r.rps).toString().padStart(6)} req/s, p50 ${r.p50?.toFixed(2)} ms, p99 ${r.p99?.toFixed(2)} ms, ` +
            `${Math.round(r.cpuUsPerReq)} µs CPU/req, non-2xx ${r.non2xx}, errors ${r.errors + r.timeouts}` +
            (r.pool ? `, cases ${r.pool.used}/${r.pool.seeded}${r.pool.exhausted ? `, POOL USED UP x${r.pool.exhausted}` : ''}` : '') +
            (r.p99ByKind?.completing ? `, p99 of completing turns ${r.p99ByKind.completing.toFixed(1)} ms, of the others ${r.p99ByKind.other?.toFixed(1)} ms` : ''),
        );
      }
    }
  }
  return results;
}

/** Sequential requests to the API and baseline behind the counting proxy: their real commands and round trips. */
async function measureRoundTrips(ctx) {
  log('  Redis round trips (sequential requests through a counting proxy):');
  const pools = await seedStatusPools(ctx, 100);
  const out = {};
  for (const workload of WORKLOADS) {
    out[workload] = {};
    // `limited`: the API with rate limits on, its cases and requests those of the API.
    for (const counted of [...SERVERS, 'limited']) {
      const server = counted === 'limited' ? 'api' : counted;
      const options = { amount: opts.accountingRequests, connections: 1, target: ctx.counted[counted] };
      ctx.proxy.reset();
      const r = workload === 'turn' ? await runTurns(server, ctx, options) : await runReads(workload, server, ctx, pools, options);
      const { commands, roundTrips, byCommand } = ctx.proxy.counts;
      const per = (n) => Math.round((n / r.answered) * 100) / 100;
      const executed = Object.values(r.commands).reduce((s, n) => s + n, 0);
      out[workload][counted] = {
        requests: r.answered,
        ok: r.ok,
        roundTripsPerRequest: per(roundTrips),
        sentCommandsPerRequest: per(commands),
        sentByCommand: Object.fromEntries(Object.entries(byCommand).map(([k, n]) => [k, per(n)])),
        executedCommandsPerRequest: per(executed),
        executedByCommand: Object.fromEntries(Object.entries(r.commands).map(([k, n]) => [k, per(n)])),
      };
      log(`    ${workload.padEnd(6)} ${counted.padEnd(8)}: ${per(roundTrips)} round trips, ${per(commands)} commands sent, ${per(executed)} executed per request (${r.ok}/${r.answered} 2xx)`);
    }
  }
  return out;
}

async function measureMode(mode) {
  log(`\n== redis ${mode === 'aof' ? 'with the shipped redis/redis.conf (AOF everysec + RDB)' : 'without persistence'}`);
  const first = mode === opts.modes[0];
  const ctx = await setUp(mode, { accounting: first });
  try {
    const results = await measureLoads(ctx);
    const roundTrips = first ? await measureRoundTrips(ctx) : null;
    const redisVersion = /redis_version:(\S+)/.exec(await ctx.client.info('server'))?.[1];
    return { results, roundTrips, redisVersion };
  } finally {
    await tearDown(ctx);
  }
}

async function measureListingScale() {
  log('\n== listing and stats as the index grows (one redis-server and API per size, sizes taken in turn each round)');
  const contexts = [];
  try {
    return await measureListing({
      setUp: async () => {
        const ctx = await setUp('none', { baseline: false });
        contexts.push(ctx);
        return ctx;
      },
      adminHeaders,
      templates: [...templateSet.interviewing, ...templateSet.completed],
      sizes: opts.listingSizes,
      samples: opts.listingSamples,
      rounds: opts.listingRounds,
      log,
    });
  } finally {
    for (const ctx of contexts) await tearDown(ctx);
  }
}

async function profileTurns() {
  const server = opts.profileServer;
  log(`\n== CPU profile of the ${server} under the turn load (node --cpu-prof, ${opts.profileSeconds} s)`);
  const dir = mkdtempSync(join(tmpdir(), 'litgo-bench-prof-'));
  const nodeArgs = ['--cpu-prof', `--cpu-prof-dir=${dir}`, '-r', join(ROOT, 'bench/lib/exit-on-sigusr2.cjs')];
  const ctx = await setUp('none', { baseline: false, ...(server === 'floor' ? { floorNodeArgs: nodeArgs } : { apiNodeArgs: nodeArgs }) });
  try {
    await runTurns(server, ctx, { seconds: 2, warmup: true });
    let window;
    const r = await runTurns(server, ctx, { seconds: opts.profileSeconds, onWindow: (w) => (window = w) });
    await ctx.servers[server].stop('SIGUSR2');
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error('no .cpuprofile written');
    const kept = join(ROOT, `bench/results/${server}-turns.cpuprofile`);
    renameSync(join(dir, file), kept);
    log(`  ${Math.round(r.rps)} turns/s while profiled; profile kept in ${kept.slice(ROOT.length + 1)}`);
    return { ...summarizeProfile(kept, window), server, rpsWhileProfiled: Math.round(r.rps), file: kept.slice(ROOT.length + 1) };
  } finally {
    await tearDown(ctx);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function costOfObservability() {
  const ctx = await setUp('none', { baseline: false });
  try {
    const apiEnvironment = apiEnv(ctx.redis.url);
    return await measureObservability({ ctx, apiEnv: apiEnvironment, runTurns, rounds: opts.rounds, seconds: opts.turnSeconds, log });
  } finally {
    await tearDown(ctx);
  }
}

/**
 * A turn workload run alone on one redis-server without persistence (`--scale`, `--floor-costs`):
 * `measure(ctx)`, then `print(figures)`, which returns what makes it unsound; written to
 * bench/results/<name>.json.
 */
async function workloadAlone(resultsDir, name, setUpOptions, measure, print) {
  const ctx = await setUp('none', setUpOptions);
  try {
    const loadAverage = { start: loadavg() };
    const figures = await measure(ctx);
    loadAverage.end = loadavg();
    const problems = print(figures);
    const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version, loadAverage };
    log(`load average (1, 5, 15 min) at the start ${loadAverage.start.map((n) => n.toFixed(1)).join(', ')}, at the end ${loadAverage.end.map((n) => n.toFixed(1)).join(', ')}`);
    writeFileSync(join(resultsDir, `${name}.json`), JSON.stringify({ date: new Date().toISOString(), machine, options: opts, [name]: figures }, null, 2));
    log(`\nwrote bench/results/${name}.json (${Math.round((Date.now() - benchStarted) / 1000)} s)`);
    if (problems.length) {
      log(`bench: the measurement itself is not sound:\n  - ${problems.join('\n  - ')}`);
      process.exitCode = 1;
    }
  } finally {
    await tearDown(ctx);
  }
}

const turnWorkload = (ctx) => ({ ctx, apiEnv: apiEnv(ctx.redis.url), runTurns, rounds: opts.rounds, seconds: opts.turnSeconds, warmupSeconds: opts.warmupSeconds, log });

async function main() {
  const resultsDir = join(ROOT, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const loadBefore = loadavg()[0];
  if (loadBefore > 0.5) log(`bench: load average is ${loadBefore.toFixed(2)}; other work on this machine skews the figures`);
  log(
    opts.freshTexts
      ? 'bench: turns send fresh texts (each case its own spacing of its conversation: bench/lib/fresh-texts.cjs); --repeat-texts for the same texts'
      : 'bench: --repeat-texts: every case of a conversation sends the same texts, which the engine remembers after the first turns',
  );
  if (opts.floodOnly) return floodOnly(resultsDir);
  if (opts.scale) return workloadAlone(resultsDir, 'scale', { baseline: false }, (ctx) => measureScale(turnWorkload(ctx)), printScale);
  if (opts.floorCosts) return workloadAlone(resultsDir, 'floor-costs', {}, (ctx) => measureFloorCosts({ ...turnWorkload(ctx), auth }), printFloorCosts);
  const modes = {};
  for (const mode of opts.modes) modes[mode] = await measureMode(mode);
  const listing = opts.listingSizes.length ? await measureListingScale() : [];
  const profile = opts.profileSeconds > 0 ? await profileTurns() : null;
  const flood = opts.flood ? await measureFloodEffect() : null;
  const observability = opts.observability ? await costOfObservability() : null;
  const first = modes[opts.modes[0]];
  const report = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memGb: Math.round(totalmem() / 2 ** 30), node: process.version, redis: first.redisVersion, loadAverageAtStart: loadBefore },
    options: opts,
    modes: summarizeModes(Object.fromEntries(Object.entries(modes).map(([m, r]) => [m, r.results]))),
    roundTrips: first.roundTrips,
    bytesPerCase: bytesPerCase(templateSet.growth),
    listing,
    profile,
    flood,
    observability,
    durationSeconds: Math.round((Date.now() - benchStarted) / 100) / 10,
  };
  const latest = join(resultsDir, opts.smoke ? 'smoke.json' : 'latest.json');
  const previous = existsSync(latest) ? JSON.parse(readFileSync(latest, 'utf8')) : null;
  const problems = printReport(report, previous);
  if (previous) writeFileSync(join(resultsDir, opts.smoke ? 'smoke.previous.json' : 'previous.json'), JSON.stringify(previous, null, 2));
  writeFileSync(latest, JSON.stringify(report, null, 2));
  log(`\nwrote ${latest.slice(ROOT.length + 1)} (${report.durationSeconds} s)`);
  if (problems.length) {
    log(`bench: the measurement itself is not sound:\n  - ${problems.join('\n  - ')}`);
    process.exitCode = 1;
  }
}

async function shutdown() {
  for (const thing of running.reverse()) await thing.stop().catch(() => {});
  running.length = 0;
}

process.on('SIGINT', () => shutdown().then(() => process.exit(130)));
try {
  await main();
} catch (error) {
  log(`bench failed: ${error.stack ?? error}`);
  process.exitCode = 1;
} finally {
  await shutdown();
}
