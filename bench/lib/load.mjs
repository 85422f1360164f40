// One autocannon run against one server, with the server's and Redis's CPU time around it.
import { createRequire } from 'node:module';
import { cpuMicros } from './processes.mjs';
import { commandStats, diffStats } from './redis-stats.mjs';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');

/**
 * `request` is an autocannon request (may have setupRequest/onResponse); `rate` caps the
 * requests per second over all connections (none: as fast as answered). Returns req/s of 2xx
 * answers, exact p50/p99 (ms, from every response's own timing), non-2xx and errors, and the
 * server's and redis-server's CPU microseconds per answered request.
 */
export async function runLoad({ port, serverPid, redis, request, connections, rate, seconds, amount, onWindow }) {
  const latencies = [];
  const statsBefore = redis ? await commandStats(redis.client) : null;
  const cpuBefore = cpuMicros(serverPid);
  const redisCpuBefore = redis ? cpuMicros(redis.pid) : 0;
  const started = process.hrtime.bigint();
  const instance = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    pipelining: 1,
    ...(rate && { overallRate: rate }),
    ...(amount ? { amount } : { duration: seconds }),
    timeout: 10,
    sampleInt: 100, // ends a run within 0.1 s of its last answer
    requests: [request],
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  const ended = process.hrtime.bigint();
  const elapsed = Number(ended - started) / 1e9;
  // The load's window on the monotonic clock, in µs (V8's .cpuprofile uses the same clock).
  onWindow?.([Number(started / 1000n), Number(ended / 1000n)]);
  const cpu = cpuMicros(serverPid) - cpuBefore;
  const redisCpu = redis ? cpuMicros(redis.pid) - redisCpuBefore : 0;
  const commands = redis ? diffStats(statsBefore, await commandStats(redis.client)) : null;
  latencies.sort((a, b) => a - b);
  const answered = latencies.length;
  const ok = result['2xx'];
  return {
    seconds: result.duration,
    answered,
    ok,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: result.statusCodeStats,
    rps: ok / result.duration,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    cpuUsPerReq: answered ? cpu / answered : null,
    redisCpuUsPerReq: answered && redis ? redisCpu / answered : null,
    commands,
    elapsed,
  };
}

export function percentile(sorted, q) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const median = (xs) => {
  const s = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * The median over rounds of `compare(variant's round, reference's round)` for `field`: each round's
 * runs were made side by side, so drift on the machine falls on both.
 */
export const roundByRound = (rounds, reference, field, compare = (a, b) => a / b) =>
  median(rounds.map((r, i) => (r[field] == null || reference[i]?.[field] == null ? null : compare(r[field], reference[i][field]))));
