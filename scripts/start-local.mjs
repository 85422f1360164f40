#!/usr/bin/env node
// `npm start` for a developer machine: builds when a source is newer than dist/, runs the built
// API, and when REDIS_URL is unset and no Redis answers at 127.0.0.1:6379, a private redis-server
// with redis/redis.conf and data under .data/redis, stopped again when the API exits.
// Production runs `node dist/...` and spawns nothing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { Socket } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const say = (message) => process.stderr.write(`[start-local] ${message}\n`);
const BUILT = ['dist/apps/api/src/main.js', 'dist/apps/cli/src/main.js'].map((file) => resolve(root, file));

/** Why dist/ must be rebuilt (a missing build, or the first source newer than it), or undefined. */
function staleBuild() {
  const missing = BUILT.find((file) => !existsSync(file));
  if (missing) return `${relative(root, missing)} is missing`;
  const builtAt = Math.min(...BUILT.map((file) => statSync(file).mtimeMs));
  const sources = [
    ...['apps', 'libs'].flatMap((dir) => readdirSync(resolve(root, dir), { recursive: true }).map((file) => join(dir, file))),
    ...readdirSync(root).filter((file) => /^tsconfig.*\.json$|^nest-cli\.json$|^package\.json$/.test(file)),
  ].filter((file) => !file.endsWith('.spec.ts'));
  const newer = sources.find((file) => statSync(resolve(root, file)).mtimeMs > builtAt);
  return newer && `${newer} is newer than dist/`;
}

const stale = staleBuild();
if (stale) {
  say(`building: ${stale}`);
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else {
  say('dist/ is newer than every source: not rebuilding');
}

function redisAnswers(port) {
  return new Promise((done) => {
    const socket = new Socket();
    const finish = (ok) => (socket.destroy(), done(ok));
    socket.setTimeout(500, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('data', (data) => finish(/^(\+PONG|-NOAUTH)/.test(data.toString())));
    socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
  });
}

async function startPrivateRedis() {
  const dir = resolve(root, '.data/redis');
  mkdirSync(dir, { recursive: true });
  const redis = spawn('redis-server', [resolve(root, 'redis/redis.conf'), '--dir', dir, '--daemonize', 'no'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  redis.once('error', (error) => {
    say(`could not start redis-server (${error.message}); install Redis or set REDIS_URL`);
    process.exit(1);
  });
  for (let i = 0; i < 100 && !(await redisAnswers(6379)); i++) {
    if (redis.exitCode !== null) throw new Error(`redis-server exited with code ${redis.exitCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  say(`no Redis was running: started a private redis-server (pid ${redis.pid}) on 127.0.0.1:6379 with redis/redis.conf, data in .data/redis`);
  return redis;
}

const env = { ...process.env };
let redis;
if (env.REDIS_URL) {
  say(`using REDIS_URL from the environment`);
} else if (await redisAnswers(6379)) {
  say('using the Redis already running at 127.0.0.1:6379');
} else {
  redis = await startPrivateRedis();
}

const api = spawn(process.execPath, [resolve(root, 'dist/apps/api/src/main.js')], { env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.once('exit', (code, signal) => {
  if (!redis) process.exit(code ?? (signal ? 1 : 0));
  say('API stopped; stopping the private redis-server (it saves first)');
  redis.once('exit', () => process.exit(code ?? 0));
  redis.kill('SIGTERM');
});
