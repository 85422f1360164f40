import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';

/** A private `redis-server` process for tests: its own port and its own data directory. */
export interface RedisServer {
  readonly port: number;
  readonly url: string;
  readonly dir: string;
  /** SIGTERM (Redis saves and exits cleanly), then wait for the process to end. */
  stop(): Promise<void>;
  /** Start again on the same port and directory (AOF/RDB are read back). */
  start(): Promise<void>;
  /** SIGKILL (a crash: nothing saved), then wait for the process to end. */
  crash(): Promise<void>;
  /** Stop and remove the data directory. */
  destroy(): Promise<void>;
}

export interface RedisServerOptions {
  /** Extra `redis-server` arguments, e.g. `['--maxmemory', '2mb']`. */
  args?: string[];
  /** Keep data on disk like the shipped redis.conf (AOF everysec + RDB). @default false */
  persistent?: boolean;
  /** A config file (written to the data directory, passed first): a sentinel needs one it can rewrite. */
  configFile?: (port: number) => string;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** One raw `PING` on a fresh connection: true when the server answers it (not while it is still loading). */
export function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    // A server that demands a password answers -NOAUTH: it is up all the same.
    socket.once('data', (data) => done(/^(\+PONG|-NOAUTH)/.test(data.toString())));
    socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
  });
}

/** Runs `command` on a fresh connection to the server on `port`; undefined when it cannot (down, or an error reply). */
export async function ask<T>(port: number, command: (client: Redis) => Promise<T>): Promise<T | undefined> {
  const client = new Redis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await client.connect();
    return await command(client);
  } catch {
    return undefined;
  } finally {
    client.disconnect();
  }
}

/** Polls `check` until it holds; a deadline, not a speed. */
export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A server that exited before it answered: most often its port (or a cluster node's bus port, the port + 10000) was taken after `freePort`. */
class ExitedBeforeReady extends Error {}

/** How many ports a first start tries before giving up (each exit before the first answer takes a new one). */
const START_ATTEMPTS = 5;

export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  for (let attempt = 1; ; attempt++) {
    const server = createRedisServer(await freePort(), options);
    try {
      await server.start();
      return server;
    } catch (error) {
      await server.destroy();
      if (!(error instanceof ExitedBeforeReady) || attempt === START_ATTEMPTS) throw error;
    }
  }
}

function createRedisServer(port: number, options: RedisServerOptions): RedisServer {
  const dir = mkdtempSync(join(tmpdir(), 'litgo-redis-'));
  const persistence = options.persistent
    ? ['--appendonly', 'yes', '--appendfsync', 'everysec', '--save', '60 1']
    : ['--appendonly', 'no', '--save', ''];
  const configFile = join(dir, 'redis.conf');
  if (options.configFile) writeFileSync(configFile, options.configFile(port));
  const args = [
    ...(options.configFile ? [configFile] : []),
    '--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--daemonize', 'no', '--logfile', join(dir, 'redis.log'),
    ...(options.configFile ? [] : ['--maxmemory-policy', 'noeviction', ...persistence]),
    ...(options.args ?? []),
  ];
  let child: ChildProcess | undefined;
  const end = async (signal: NodeJS.Signals) => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill(signal);
    await exited;
  };

  const server: RedisServer = {
    port,
    dir,
    url: `redis://127.0.0.1:${port}/0`,
    async start() {
      const proc = spawn('redis-server', args, { stdio: 'ignore' });
      child = proc;
      await waitFor(async () => {
        if (proc.exitCode !== null || proc.signalCode !== null) throw new ExitedBeforeReady(`redis-server on port ${port} exited before it answered (see ${join(dir, 'redis.log')})`);
        return answersPing(port);
      }, `redis-server on port ${port}`);
    },
    stop: () => end('SIGTERM'),
    crash: () => end('SIGKILL'),
    async destroy() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}
