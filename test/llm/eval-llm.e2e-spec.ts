import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { FakeModelServer } from './fake-model-server';

const ROOT = resolve(__dirname, '../..');

/** `npm run eval` (or another eval script) in a child process (asynchronously: the fake provider answers from this one). */
function evalCommand(env: Record<string, string>, ...args: string[]): Promise<{ status: number | null; stdout: string }> {
  return evalScript('eval/main.ts', env, ...args);
}

function evalScript(script: string, env: Record<string, string>, ...args: string[]): Promise<{ status: number | null; stdout: string }> {
  const child = spawn(process.execPath, [resolve(ROOT, 'node_modules/ts-node/dist/bin.js'), '--swc', script, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, AUTH_JWT_SECRET: 'eval-secret-0123456789abcdef-0123456789', ...env },
  });
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  return new Promise((done) => child.on('close', (status) => done({ status, stdout })));
}

describe('npm run eval -- --engine llm', () => {
  let fake: FakeModelServer;

  beforeAll(async () => {
    fake = await FakeModelServer.start();
  });

  afterAll(() => fake.stop());

  it('without a model configured says so, sends nothing and exits 0', async () => {
    const run = await evalCommand({}, '--engine', 'llm');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^eval: --engine llm needs a model: .*nothing was sent\n$/);
  });

  it('runs the cases through the configured endpoint and prints the same table, with the turns by engine and their latency', async () => {
    const env = { LLM_PROVIDER: 'openai-compatible', LLM_BASE_URL: fake.baseUrl, LLM_MODEL: 'fake-model', LLM_TIMEOUT_MS: '2000' };
    const run = await evalCommand(env, '--engine', 'llm', '--cases', 'eval/cases/repo-cases.json');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^model: openai-compatible fake-model; turns by engine: .*(model|ensemble) \d+.*; turn wall time median \d+ ms, p95 \d+ ms$/m);
    expect(run.stdout).toMatch(/^area correct\s+\d+\/\d+/m);
    expect(fake.requests.length).toBeGreaterThan(0);
  }, 120_000);

  it('bench:engine prints the model’s turn latency beside the local engine’s cost when a model is configured, and skips the row without one', async () => {
    const args = ['--passes=1', '--warmup=0', '--model-cases=2', 'eval/cases/repo-cases.json'];
    const without = await evalScript('eval/engine-bench.ts', {}, ...args);
    expect(without.status).toBe(0);
    expect(without.stdout).toMatch(/^model: the row is skipped: the model interviewer needs a model: .*none is configured$/m);

    const sent = fake.requests.length;
    const env = { LLM_PROVIDER: 'openai-compatible', LLM_BASE_URL: fake.baseUrl, LLM_MODEL: 'fake-model', LLM_TIMEOUT_MS: '2000' };
    const withModel = await evalScript('eval/engine-bench.ts', env, ...args);
    expect(withModel.status).toBe(0);
    expect(withModel.stdout).toMatch(/^all turns\s+\d+/m);
    expect(withModel.stdout).toMatch(/^model: openai-compatible fake-model over 2 cases; turns by engine: .*; turn wall time median \d+ ms, p95 \d+ ms; local engine \d+ µs a turn$/m);
    expect(fake.requests.length).toBeGreaterThan(sent);
  }, 120_000);
});
