import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { resolve } from 'node:path';
import { freePort, RedisServer, startRedisServer } from './redis-server';

const MAIN = resolve(__dirname, '../dist/apps/api/src/main.js');
/** How long the build may take to start and log or fail: a hang detector, generous for a loaded 2-core CI. */
const START_DEADLINE_MS = 60_000;
// Each test starts the build once; Jest's deadline comes after the child's own.
jest.setTimeout(START_DEADLINE_MS + 30_000);

/** Runs the production build the way a container does. `npm test` builds it first. */
function start(env: Record<string, string>) {
  return spawnSync(process.execPath, [MAIN], { env: { PATH: process.env.PATH!, LOG_LEVEL: 'error', ...env }, encoding: 'utf8', timeout: START_DEADLINE_MS });
}

/** Starts the build and resolves with its stdout once it has logged `pattern`, then stops it. */
function outputUntil(env: Record<string, string>, pattern: RegExp): Promise<string> {
  const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH!, ...env } });
  let stdout = '';
  let timer: NodeJS.Timeout | undefined;
  return new Promise<string>((done, fail) => {
    child.stdout.on('data', (chunk) => pattern.test((stdout += chunk)) && done(stdout));
    child.once('exit', (code) => fail(new Error(`exited with ${code} before logging ${pattern}: ${stdout}`)));
    // Before Jest's own timeout, so that a process that never logs it is still killed.
    timer = setTimeout(() => fail(new Error(`no ${pattern} within ${START_DEADLINE_MS} ms: ${stdout}`)), START_DEADLINE_MS);
  }).finally(() => {
    clearTimeout(timer);
    child.kill();
  });
}

describe('start-up', () => {
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" first`);
  });

  it('stops with one message naming every bad variable and exits non-zero', () => {
    const run = start({ PORT: 'eighty', REDIS_MAX_CONNECTIONS: '0', REDIS_PASSWORD: 'hunter2-secret', REDIS_URL: 'http://x' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Invalid environment/);
    expect(run.stderr).toMatch(/PORT/);
    expect(run.stderr).toMatch(/REDIS_MAX_CONNECTIONS/);
    expect(run.stderr).toMatch(/REDIS_URL/);
    expect(run.stderr + run.stdout).not.toMatch(/hunter2-secret/);
  });

  it('refuses to start in production without a token verification key', () => {
    const run = start({ NODE_ENV: 'production', REDIS_URL: 'redis://127.0.0.1:1/0', PORT: '3999' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/AUTH_JWT_SECRET, AUTH_JWKS_URL or AUTH_PUBLIC_KEY: one is required when NODE_ENV=production/);
  });

  it('refuses TRUST_PROXY=true, which would let any client choose its address', () => {
    const run = start({ TRUST_PROXY: 'true', REDIS_URL: 'redis://127.0.0.1:1/0', PORT: '3999', AUTH_JWT_SECRET: 'x'.repeat(32) });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/TRUST_PROXY: true would take the leftmost X-Forwarded-For address.*set the number of proxy hops/);
  });

  describe('with Redis', () => {
    let redis: RedisServer;
    let holder: Server;
    const secret = { AUTH_JWT_SECRET: 'x'.repeat(32) };

    beforeAll(async () => {
      redis = await startRedisServer();
      holder = createServer();
      await new Promise<void>((done) => holder.listen(0, '0.0.0.0', done));
    });

    afterAll(async () => {
      holder.close();
      await redis.destroy();
    });

    it('logs where the API and its docs are once it listens', async () => {
      const port = await freePort();
      const stdout = await outputUntil({ ...secret, REDIS_URL: redis.url, PORT: String(port), LOG_LEVEL: 'info' }, /API ready/);
      expect(stdout).toContain(`litgo-triage API ready: API http://localhost:${port}/api/v2/triage, docs http://localhost:${port}/docs, demo http://localhost:${port}/demo`);
    });

    it('names the variable to set when the port is taken, without a stack', () => {
      const { port } = holder.address() as { port: number };
      const run = start({ ...secret, REDIS_URL: redis.url, PORT: String(port) });
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toBe(`litgo-triage: start-up failed: port ${port} is already in use; set PORT to another port`);
      expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m);
    });
  });

  it('gives up with a clear reason when Redis cannot be reached', () => {
    const run = start({ REDIS_URL: 'redis://127.0.0.1:1/0', PORT: '3999', AUTH_JWT_SECRET: 'x'.repeat(32) });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Cannot reach Redis at redis:\/\/127\.0\.0\.1:1\/0 after 5 attempts/);
  });
});
