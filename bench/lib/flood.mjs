// The flood workload: one user floods turns (all 429 once over the limit) while another user reads
// status at a modest rate, rate limits on; the reader's p99 with the flood beside without it.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { median, runLoad } from './load.mjs';
import { cpuMicros, httpJson, ROOT } from './processes.mjs';
import { statusRequest } from './workloads.mjs';

const AUTOCANNON_CLI = join(ROOT, 'node_modules/autocannon/autocannon.js');
/** The reader: a few connections at a fixed overall rate, as an app's users poll. */
const READER = { connections: 4, rate: 100 };
const FLOOD_CONNECTIONS = 32;
/** The flood starts this long before the reader's window and ends as long after it. */
const LEAD_MS = 500;

const out = (line = '') => process.stdout.write(`${line}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The flooder's load generator runs in a process of its own, so that its work does not delay
 * the reader's requests inside this one (which would count as server latency).
 */
function flood({ port, authorization, seconds, rate }) {
  const body = JSON.stringify({ case_id: randomUUID(), message: 'de novo' });
  const args = ['-j', '-c', String(FLOOD_CONNECTIONS), '-d', String(seconds), ...(rate ? ['-R', String(rate)] : []), '-m', 'POST', '-H', `authorization=${authorization}`, '-H', 'content-type=application/json', '-b', body];
  const child = spawn(process.execPath, [AUTOCANNON_CLI, ...args, `http://127.0.0.1:${port}/api/v2/triage/continue`], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(stdout)) : reject(new Error(`flood load generator exited ${code}: ${stderr}`)))),
  );
}

/**
 * `api` runs with rate limits on (the reader's status limit raised so that only the flooder is
 * limited); the flood sends `rate` requests a second (0: as fast as the API answers, which
 * measures a saturated API rather than the flood's cost). Rounds of: the reader alone, then the
 * reader during the flood. The flooder is pushed over its limit before the first round, so the
 * flood is all 429 (but for a limit window that ends during the run).
 */
export async function measureFlood({ api, auth, rounds, seconds, rate, log }) {
  const reader = auth('bench-reader');
  const flooder = auth('bench-flooder');
  const started = await httpJson(api.port, 'POST', '/api/v2/triage/start', {}, reader);
  if (started.status !== 201) throw new Error(`flood: the reader's start answered ${started.status}: ${started.body}`);
  const readerCase = [{ caseId: started.json.case_id, userId: 'bench-reader' }];
  const overLimit = () => httpJson(api.port, 'POST', '/api/v2/triage/continue', { case_id: randomUUID(), message: 'oi' }, flooder);
  for (let sent = 0; (await overLimit()).status !== 429; sent++) {
    if (sent > 1_000) throw new Error('flood: the flooder was never limited (are rate limits on?)');
  }

  const read = () => runLoad({ port: api.port, serverPid: api.pid, request: statusRequest(readerCase, auth), connections: READER.connections, rate: READER.rate, seconds });
  const quiet = [];
  const flooded = [];
  const floods = [];
  for (let round = 1; round <= rounds; round++) {
    quiet.push(await read());
    const cpuBefore = cpuMicros(api.pid);
    const flooding = flood({ port: api.port, authorization: flooder.authorization, seconds: seconds + (2 * LEAD_MS) / 1000, rate });
    await sleep(LEAD_MS);
    flooded.push(await read());
    const [q, f, fl] = [quiet.at(-1), flooded.at(-1), await flooding];
    // The API's CPU over the flood's whole window, per request it answered then (nearly all 429s).
    floods.push({ ...fl, cpuUsPerReq: (cpuMicros(api.pid) - cpuBefore) / (fl.requests.total + f.answered) });
    log(`  flood round ${round}: reader p99 ${q.p99?.toFixed(2)} ms alone, ${f.p99?.toFixed(2)} ms beside ${Math.round(fl.requests.average)} req/s of flood (${fl['2xx']} 2xx)`);
  }
  return summarize(quiet, flooded, floods, rate);
}

function summarize(quiet, flooded, floods, rate) {
  const side = (runs) => ({
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    requests: runs.reduce((s, r) => s + r.answered, 0),
    non2xx: runs.reduce((s, r) => s + r.non2xx + r.errors + r.timeouts, 0),
  });
  const [alone, beside] = [side(quiet), side(flooded)];
  // Each round's two halves ran a few seconds apart: their ratio drifts less than the medians' ratio.
  const p99Ratios = quiet.map((q, i) => (q.p99 && flooded[i].p99 ? flooded[i].p99 / q.p99 : null));
  const statusCodes = {};
  for (const f of floods) for (const [code, { count }] of Object.entries(f.statusCodeStats ?? {})) statusCodes[code] = (statusCodes[code] ?? 0) + count;
  const requests = Object.values(statusCodes).reduce((s, n) => s + n, 0);
  return {
    reader: { connections: READER.connections, targetRps: READER.rate, alone, beside, p99Ratio: median(p99Ratios), p99Ratios },
    flooder: {
      connections: FLOOD_CONNECTIONS,
      targetRps: rate || null,
      rps: median(floods.map((f) => f.requests.average)),
      apiCpuUsPerReq: median(floods.map((f) => f.cpuUsPerReq)),
      requests,       statusCodes,
      limitedShare: requests ? (statusCodes[429] ?? 0) / requests : 0,
    },
  };
}

/** Prints the flood section; returns what makes it unsound (the reader refused, or a flood that was not limited). */
export function printFlood(flood) {
  const { reader, flooder } = flood;
  const ms = (n) => (n === null ? '-' : n.toFixed(2));
  out();
  const pace = flooder.targetRps ? `at ${flooder.targetRps} req/s` : 'as fast as answered';
  out(`Flood (rate limits on): one user floods POST /continue ${pace} over ${flooder.connections} connections, another reads status at ${reader.targetRps} req/s; medians of rounds`);
  out(`  reader alone:       ${Math.round(reader.alone.rps)} req/s, p50 ${ms(reader.alone.p50)} ms, p99 ${ms(reader.alone.p99)} ms`);
  out(`  reader beside flood: ${Math.round(reader.beside.rps)} req/s, p50 ${ms(reader.beside.p50)} ms, p99 ${ms(reader.beside.p99)} ms`);
  out(`  flood: ${Math.round(flooder.rps)} req/s, ${(flooder.limitedShare * 100).toFixed(1)}% answered 429 (${JSON.stringify(flooder.statusCodes)}); API CPU ${Math.round(flooder.apiCpuUsPerReq)} µs per request meanwhile`);
  const x = (r) => (r === null ? '-' : `${r.toFixed(2)}x`);
  out(`  the reader's p99 beside the flood / alone, median of the rounds' ratios: ${x(reader.p99Ratio)} (rounds: ${reader.p99Ratios.map(x).join(', ')})`);
  const problems = [];
  for (const [name, side] of Object.entries({ alone: reader.alone, beside: reader.beside })) {
    if (side.non2xx > 0.01 * side.requests) problems.push(`flood: the reader ${name} got ${side.non2xx} non-2xx or errors of ${side.requests}`);
  }
  if (flooder.limitedShare < 0.9) problems.push(`flood: only ${(flooder.limitedShare * 100).toFixed(1)}% of the flood answered 429`);
  return problems;
}
