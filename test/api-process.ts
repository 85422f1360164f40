import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from './redis-server';

const ROOT = resolve(__dirname, '..');
/** The production build of the API; `npm test` builds it first. */
export const API_MAIN = join(ROOT, 'dist/apps/api/src/main.js');

export function assertApiBuilt(): void {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run "npm run build" first`);
}

/** The built API as a child process, every byte of its stdout and stderr kept. */
export class ApiProcess {
  output = '';
  private readonly exited: Promise<number | null>;

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {
    child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  static async start(env: Record<string, string>): Promise<ApiProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, [API_MAIN], { cwd: ROOT, env: { PATH: process.env.PATH!, PORT: String(port), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    return new ApiProcess(child, port);
  }

  async waitUntilLive(timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`API exited with ${this.child.exitCode}: ${this.output.slice(-500)}`);
      const live = await call(this.port, 'GET', '/api/health/live').catch(() => undefined);
      if (live?.status === 200) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('API did not become live');
  }

  /** Sends a signal (if the process still runs); `exit()` tells when it ended. */
  signal(signal: NodeJS.Signals): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
  }

  /** SIGTERM, then the exit code. */
  async stop(): Promise<number | null> {
    this.signal('SIGTERM');
    return this.exited;
  }

  exit(): Promise<number | null> {
    return this.exited;
  }
}

export interface Answer {
  status: number;
  text: string;
  body: Record<string, unknown>;
  headers: Headers;
}

/**
 * One request to a local API; `body` is parsed JSON (empty when the answer was not JSON). It is given up after `timeoutMs`
 * (5 s unless asked): an API that hangs fails the test instead of its whole file's time limit.
 */
export async function call(
  port: number,
  method: string,
  path: string,
  options: { token?: string; auth?: string; body?: unknown; timeoutMs?: number } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.auth) headers.authorization = options.auth;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
    signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
  });
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, text, body, headers: response.headers };
}

/** pino JSON lines at `minLevel` or above; a line that is not JSON counts as the highest level. */
export function linesAtOrAbove(output: string, minLevel: number): string[] {
  return output
    .split('\n')
    .filter((line) => line.trim() !== '')
    .filter((line) => {
      try {
        return (JSON.parse(line) as { level?: number }).level! >= minLevel;
      } catch {
        return true;
      }
    });
}
