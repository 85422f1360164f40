#!/usr/bin/env node
// Instructions per floor turn, counted by valgrind's callgrind: far steadier than wall-clock
// figures, though still moved by the machine's load (compare runs made side by side). The floor app (lib/floor-app.mjs) runs in process and takes turns
// through fastify.inject (no sockets). The child zeroes callgrind's counters (`callgrind_control`)
// right before its measured turns and dumps them right after, so start-up, whose cost moves with
// timers that fire more often the slower valgrind runs, stays out of the figure. Redis gets a long
// command timeout (valgrind runs Node ~50x slower). `NAME=value` arguments go to the app's
// environment (`RATE_LIMIT_ENABLED=true` counts without ever limiting; `LOG_LEVEL=silent`).
//   npm run build && node bench/floor-instructions.mjs [--turns=200] [--warm=100] [NAME=value ...]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFloorApp } from './lib/floor-app.mjs';
import { mintToken, newSecret } from './lib/jwt.mjs';
import { startRedis } from './lib/redis-server.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const USERS = 64;
const MESSAGE = 'Fui demitido sem justa causa em março e a empresa não pagou minhas verbas rescisórias.';

if (args.includes('--child')) await takeTurns(flag('cases', 0), flag('turns', 0));
else await measure(flag('turns', 200), flag('warm', 100));

/** In the child: `cases` cases started and answered once, then `turns` second answers (one a case), counted alone. */
async function takeTurns(cases, turns) {
  const app = await createFloorApp();
  await app.init();
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.ready();
  const secret = process.env.AUTH_JWT_SECRET;
  const tokens = Array.from({ length: USERS }, (_, i) => `Bearer ${mintToken(secret, { sub: `floor-user-${i}` })}`);
  const call = async (i, url, payload) => {
    const answer = await fastify.inject({ method: 'POST', url, headers: { authorization: tokens[i % USERS], 'content-type': 'application/json' }, payload });
    if (answer.statusCode >= 300) throw new Error(`${url}: ${answer.statusCode} ${answer.body}`);
    return answer.json();
  };
  const ids = [];
  for (let i = 0; i < cases; i++) {
    ids.push((await call(i, '/api/v2/triage/start', {})).case_id);
    await call(i, '/api/v2/triage/continue', { case_id: ids[i], message: MESSAGE });
  }
  await callgrindControl('--zero');
  for (let i = 0; i < turns; i++) await call(i, '/api/v2/triage/continue', { case_id: ids[i], message: MESSAGE });
  await callgrindControl('--dump');
  await app.close();
}

/** Asks callgrind to act on this process; awaited without blocking, since callgrind answers from the running process. */
function callgrindControl(command) {
  return new Promise((resolve, reject) => {
    const control = spawn('callgrind_control', [command, String(process.pid)], { stdio: 'ignore' });
    control.once('error', reject);
    control.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`callgrind_control ${command}: exit ${code}`))));
  });
}

/** One callgrind run: `warm` turns, then `turns` turns counted between a zero and a dump of the counters. */
async function measure(turns, warm) {
  const overrides = Object.fromEntries(args.filter((a) => !a.startsWith('--')).map((a) => a.split(/=(.*)/s).slice(0, 2)));
  const redis = await startRedis('none');
  const dir = mkdtempSync(join(tmpdir(), 'litgo-floor-callgrind-'));
  try {
    const env = { PATH: process.env.PATH, NODE_ENV: 'production', LOG_LEVEL: 'info', AUTH_JWT_SECRET: newSecret(), RATE_LIMIT_ENABLED: 'false', REDIS_COMMAND_TIMEOUT_MS: '60000', RATE_LIMITS: 'start=1000000,continue=1000000', REDIS_URL: redis.url, ...overrides };
    const out = join(dir, 'callgrind.out');
    const child = spawnSync(
      'valgrind',
      ['--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, '--single-threaded', fileURLToPath(import.meta.url), '--child', `--cases=${warm + turns}`, `--turns=${turns}`],
      { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 },
    );
    // The dump is the first numbered part (`.1`); the file without a number holds what followed it.
    const dump = `${out}.1`;
    const counted = existsSync(dump) && /^summary: (\d+)/m.exec(readFileSync(dump, 'utf8'))?.[1];
    if (child.status !== 0 || !counted) throw new Error(`callgrind run failed (${child.status}): ${child.stderr.slice(-2000)}`);
    const perTurn = Math.round(Number(counted) / turns);
    process.stdout.write(`${JSON.stringify({ overrides, turns, warm, instructionsPerTurn: perTurn, counted: Number(counted) })}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await redis.stop();
  }
}
