#!/usr/bin/env node
// Instructions per floor turn, counted by valgrind's callgrind: immune to other processes' load,
// unlike wall-clock figures. The floor app (lib/floor-app.mjs) runs in process and takes turns
// through fastify.inject (no sockets); each figure is the difference of two runs that do the same
// set-up and differ by `--turns` turns, divided by `--turns`. Redis gets a long command timeout
// (valgrind runs Node ~50x slower). `NAME=value` arguments go to the app's environment
// (`RATE_LIMIT_ENABLED=true` counts without ever limiting; `LOG_LEVEL=silent`).
//   npm run build && node bench/floor-instructions.mjs [--turns=200] [--warm=100] [NAME=value ...]
import { spawnSync } from 'node:child_process';
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

/** In the child: `cases` cases started and answered once, then `turns` second answers (one a case). */
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
  for (let i = 0; i < turns; i++) await call(i, '/api/v2/triage/continue', { case_id: ids[i], message: MESSAGE });
  await app.close();
}

/** Two callgrind runs, `warm` and `warm + turns` turns over the same cases: instructions per turn. */
async function measure(turns, warm) {
  const overrides = Object.fromEntries(args.filter((a) => !a.startsWith('--')).map((a) => a.split(/=(.*)/s).slice(0, 2)));
  const redis = await startRedis('none');
  try {
    const env = { PATH: process.env.PATH, NODE_ENV: 'production', LOG_LEVEL: 'info', AUTH_JWT_SECRET: newSecret(), RATE_LIMIT_ENABLED: 'false', REDIS_COMMAND_TIMEOUT_MS: '60000', RATE_LIMITS: 'start=1000000,continue=1000000', REDIS_URL: redis.url, ...overrides };
    const run = (count) => {
      const child = spawnSync(
        'valgrind',
        ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--single-threaded', fileURLToPath(import.meta.url), '--child', `--cases=${warm + turns}`, `--turns=${count}`],
        { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 },
      );
      const collected = /Collected : (\d+)/.exec(child.stderr)?.[1];
      if (child.status !== 0 || !collected) throw new Error(`callgrind run failed (${child.status}): ${child.stderr.slice(-2000)}`);
      return Number(collected);
    };
    const base = run(warm);
    const more = run(warm + turns);
    const perTurn = Math.round((more - base) / turns);
    process.stdout.write(`${JSON.stringify({ overrides, turns, warm, instructionsPerTurn: perTurn, runs: [base, more] })}\n`);
  } finally {
    await redis.stop();
  }
}
