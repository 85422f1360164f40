#!/usr/bin/env node
// The API's turns beside the floor's, in process (fastify.inject, no sockets), over the bench's own
// conversations: `--inflight` cases at a time (32, as the bench's connections), one turn of each in
// turn, every case's start and opening made before the counted turns (the bench seeds those), a case
// replaced by the next when it completes (the floor, which never completes, is sent each conversation's
// answers). Prints the process's CPU µs per counted turn and writes a V8 CPU profile of the counted
// turns alone (bench/results/<app>-inject.cpuprofile; 100 µs samples). The profiler starts before the
// app loads, so that optimized code keeps its inlined functions' positions. node runs with
// `--predictable`, which compiles optimized code on the main thread: a sample taken while V8 compiles
// a function is charged to its caller, so a function that is slow to compile shows up as self time.
// A line `-- counted turns start` on the child's stdout marks the counted turns among node's own
// traces when the child is run by hand with `--trace-opt` / `--trace-deopt`.
//   npm run build && node bench/api-profile.mjs [--app=api|floor] [--turns=2000] [--warm=600] [NAME=value ...]
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { CONVERSATIONS } from './conversations.mjs';
import { createFloorApp } from './lib/floor-app.mjs';
import { mintToken, newSecret } from './lib/jwt.mjs';
import { startRedis } from './lib/redis-server.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const USERS = 64;
/** The inspector session of the profiler. */
let session;

if (args.includes('--child')) await takeTurns(flag('app', 'api'), Number(flag('inflight', 32)), Number(flag('warm', 600)), Number(flag('turns', 2000)));
else await measure();

/** The production app as main.ts configures it (or the floor's), not listening. */
async function createApp(which) {
  if (which === 'floor') return createFloorApp();
  const require = createRequire(import.meta.url);
  const { Test } = require('@nestjs/testing');
  const { AppModule } = require('../dist/apps/api/src/app.module');
  const { API_APP_OPTIONS, configureApp, createFastifyAdapter } = require('../dist/apps/api/src/app.setup');
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  return configureApp(moduleRef.createNestApplication(createFastifyAdapter(), { ...API_APP_OPTIONS, logger: false }));
}

/** In the child: `warm` turns, then `turns` turns profiled and timed alone. */
async function takeTurns(which, inflight, warm, turns) {
  // Started before any code is compiled, so that optimized code keeps its inlined functions' positions
  // (a profiler started later charges an inlined function's samples to its caller); restarted below.
  let profiler = await startProfiler();
  const app = await createApp(which);
  await app.init();
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.ready();
  const secret = process.env.AUTH_JWT_SECRET;
  const tokens = Array.from({ length: USERS }, (_, i) => `Bearer ${mintToken(secret, { sub: `bench-user-${i}` })}`);
  const call = async (user, url, payload) => {
    const answer = await fastify.inject({ method: 'POST', url, headers: { authorization: tokens[user % USERS], 'content-type': 'application/json' }, payload });
    if (answer.statusCode >= 300) throw new Error(`${url}: ${answer.statusCode} ${answer.body}`);
    return answer.json();
  };
  // The floor never completes: it is sent as many answers as the conversation has.
  let opened = 0;
  const open = async () => {
    const conversation = CONVERSATIONS[opened % CONVERSATIONS.length];
    const user = opened++;
    const { case_id: id } = await call(user, '/api/v2/triage/start', {});
    await call(user, '/api/v2/triage/continue', { case_id: id, message: conversation.opening });
    return { id, user, answers: [...conversation.answers] };
  };
  const pool = [];
  const needed = Math.ceil(((warm + turns) / 3) * 1.2) + inflight; // >= 4 answers a conversation
  for (let i = 0; i < needed; i++) pool.push(await open());
  const slots = pool.splice(0, inflight);
  let sent = 0;
  const send = async (count) => {
    for (let done = 0; done < count; sent++) {
      const slot = slots[sent % inflight];
      const reply = await call(slot.user, '/api/v2/triage/continue', { case_id: slot.id, message: slot.answers.shift() });
      done++;
      if (reply.status === 'completed' || reply.is_complete || slot.answers.length === 0) {
        if (!pool.length) throw new Error('case pool used up');
        slots[sent % inflight] = pool.shift();
      }
    }
  };
  await send(warm);
  profiler = (await profiler.stop(), await startProfiler());
  const cpu = process.cpuUsage();
  process.stdout.write('-- counted turns start\n'); // a mark among node's own traces (--trace-opt, --trace-deopt)
  await send(turns);
  const used = process.cpuUsage(cpu);
  writeFileSync(process.env.PROFILE, JSON.stringify(await profiler.stop()));
  process.stderr.write(`RESULT ${JSON.stringify({ which, turns, cpuMicrosPerTurn: Math.round((used.user + used.system) / turns) })}\n`);
  await app.close();
}

/** The V8 sampling profiler (100 µs samples) until `stop`, which gives its profile. */
async function startProfiler() {
  if (!session) (session = new Session()).connect();
  const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (error, answer) => (error ? reject(error) : resolve(answer))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
  return { stop: async () => (await post('Profiler.stop')).profile };
}

async function measure() {
  const overrides = Object.fromEntries(args.filter((a) => !a.startsWith('--')).map((a) => a.split(/=(.*)/s).slice(0, 2)));
  const which = flag('app', 'api');
  const redis = await startRedis('none');
  try {
    const profile = fileURLToPath(new URL(`./results/${which}-inject.cpuprofile`, import.meta.url));
    mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
    const env = { PATH: process.env.PATH, NODE_ENV: 'production', LOG_LEVEL: 'info', AUTH_JWT_SECRET: newSecret(), RATE_LIMIT_ENABLED: 'false', REDIS_URL: redis.url, PROFILE: profile, ...overrides };
    const node = ['--single-threaded', '--predictable', '--hash-seed=1', '--random-seed=1'];
    const child = spawnSync(process.execPath, [...node, fileURLToPath(import.meta.url), '--child', ...args.filter((a) => a.startsWith('--'))], {
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 << 20,
    });
    const result = /RESULT (.*)/.exec(child.stderr)?.[1];
    if (child.status !== 0 || !result) throw new Error(`run failed (${child.status}): ${child.stderr.slice(-2000)}`);
    process.stdout.write(`${JSON.stringify({ overrides, ...JSON.parse(result), profile })}\n`);
  } finally {
    await redis.stop();
  }
}
