// Listing and stats latency as the number of indexed cases grows (1k -> 100k -> 1M).
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { KEYS, seedApiCases } from './seed.mjs';
import { median, percentile } from './load.mjs';

const require = createRequire(import.meta.url);
const PROBE = fileURLToPath(new URL('./listing-probe.mjs', import.meta.url));

/** ConversationStateManager from the built libs, in this process (as bench/pool-size.mjs does). */
export async function openStateManager(redisUrl, prefix) {
  require('reflect-metadata');
  const { NestFactory } = require('@nestjs/core');
  const { Module } = require('@nestjs/common');
  const { ConfigModule } = require('../../dist/libs/config/src');
  const { StateModule, ConversationStateManager } = require('../../dist/libs/state/src');
  Object.assign(process.env, { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix, REDIS_MAX_CONNECTIONS: '2', LOG_LEVEL: 'warn' });
  class ListingBenchModule {}
  Module({ imports: [ConfigModule, StateModule] })(ListingBenchModule);
  const app = await NestFactory.createApplicationContext(ListingBenchModule, { logger: false });
  return { manager: app.get(ConversationStateManager), close: () => app.close() };
}

/** p50 and p99 (ms) of `samples` sequential calls after `warmup` untimed ones. */
export async function timed(fn, warmup, samples) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < samples; i++) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

function getJson(agent, port, path, headers) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers, agent }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => (res.statusCode === 200 ? resolve(body) : reject(new Error(`GET ${path}: ${res.statusCode} ${body.slice(0, 200)}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * One index per size in `sizes`, each on its own redis-server with its own API (`setUp()` gives
 * both): cases cloned from `templates` with the save script, activity spread over the last 12
 * hours, 100,000 owners. Then, in `rounds` rounds that take every size in turn (so that drift on
 * the machine falls on all sizes alike), one call at a time: the first page of
 * listActiveConversations({limit: 50}) and a page from the middle (by cursor), in a fresh process
 * (listing-probe.mjs), and GET /api/v2/triage/stats on that size's API (admin token).
 * Each figure is the median over the rounds of a round's p50 (and p99).
 */
export async function measureListing({ setUp, adminHeaders, templates, sizes, samples, rounds, log }) {
  const now = Date.now();
  const indexes = [];
  for (const size of sizes) {
    const ctx = await setUp();
    const started = Date.now();
    await seedApiCases({
      redis: ctx.client,
      templates,
      count: size,
      userOf: (i) => `bench-owner-${i % 100_000}`,
      score: () => now - Math.floor(Math.random() * 12 * 3600 * 1000),
    });
    const buckets = KEYS.allBuckets().map((bucket) => bucket.conversations);
    const indexed = (await Promise.all(buckets.map((key) => ctx.client.zcard(key)))).reduce((sum, count) => sum + count, 0);
    // The middle of one bucket is near the middle of all: the ids spread evenly over the buckets.
    const half = Math.floor((await ctx.client.zcard(buckets[0])) / 2);
    const [[middle, score]] = chunkPairs(await ctx.client.zrevrange(buckets[0], half, half, 'WITHSCORES'));
    const cursor = Buffer.from(JSON.stringify([Number(score), middle])).toString('base64url');
    const memory = Number(/used_memory:(\d+)/.exec(await ctx.client.info('memory'))[1]);
    const seedSeconds = (Date.now() - started) / 1000;
    const rehashSeconds = await settleRehash(ctx.client);
    indexes.push({ ctx, size, indexed, cursor, keys: await ctx.client.dbsize(), usedMemoryMb: Math.round(memory / 2 ** 20), seedSeconds, rehashSeconds, runs: [] });
    log(`  seeded ${size.toLocaleString('en-US')} cases in ${Math.round(seedSeconds)} s (${Math.round(memory / 2 ** 20)} MB); rehash finished ${rehashSeconds.toFixed(1)} s after`);
  }
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    for (let round = 1; round <= rounds; round++) {
      for (const index of indexes) {
        const probe = await promisify(execFile)(process.execPath, [PROBE, index.ctx.redis.url, KEYS.prefix, index.cursor, String(samples)]);
        const { first, deep, pageItems } = JSON.parse(probe.stdout);
        const stats = await timed(() => getJson(agent, index.ctx.servers.api.port, '/api/v2/triage/stats', adminHeaders), 20, samples);
        index.runs.push({ first, deep, stats, pageItems });
        log(`  round ${round}, ${index.size.toLocaleString('en-US')} cases: first page p50 ${first.p50.toFixed(2)} ms, middle page p50 ${deep.p50.toFixed(2)} ms, stats p50 ${stats.p50.toFixed(2)} ms`);
      }
    }
  } finally {
    agent.destroy();
  }
  const medianOf = (runs, pick) => ({ p50: median(runs.map((r) => pick(r).p50)), p99: median(runs.map((r) => pick(r).p99)) });
  return indexes.map(({ size, indexed, keys, usedMemoryMb, seedSeconds, rehashSeconds, runs }) => ({
    cases: size,
    indexed,
    keys,
    usedMemoryMb,
    pageItems: runs[0].pageItems,
    listFirstPage: medianOf(runs, (r) => r.first),
    listMiddlePage: medianOf(runs, (r) => r.deep),
    stats: medianOf(runs, (r) => r.stats),
    seedSeconds,
    rehashSeconds,
  }));
}

/**
 * Seconds until Redis has moved its key dictionaries into their grown tables. A bulk load that
 * takes the keyspace past a power of two leaves an incremental rehash behind, done 1 ms per cron
 * tick (about two minutes after a 1M-case seeding at the default `hz` 10), during which every key
 * lookup probes both tables: the stats' counting script read ~2.7x slower. A running service meets
 * it once each time its keyspace doubles; the bench measures the settled server, so it raises `hz`
 * until `DEBUG HTSTATS` shows no rehashing table (for the main and the expires dictionaries), then
 * puts it back.
 */
async function settleRehash(client) {
  const started = Date.now();
  const [, hz] = await client.config('GET', 'hz');
  await client.config('SET', 'hz', '500');
  try {
    while ((await client.call('DEBUG', 'HTSTATS', '0')).includes('rehashing target')) await sleep(100);
  } finally {
    await client.config('SET', 'hz', hz);
  }
  return (Date.now() - started) / 1000;
}

function chunkPairs(flat) {
  const out = [];
  for (let i = 0; i < flat.length; i += 2) out.push([flat[i], flat[i + 1]]);
  return out;
}
