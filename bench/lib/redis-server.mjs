// A private redis-server for the bench: its own free port and temp dir, never 6379.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, waitFor } from './net.mjs';

const SHIPPED_CONF = resolve(fileURLToPath(new URL('../../redis/redis.conf', import.meta.url)));

/**
 * mode 'none': no AOF, no RDB. mode 'aof': the shipped redis/redis.conf (AOF everysec + RDB,
 * maxmemory 512mb noeviction) with only port, dir, bind and logfile overridden.
 */
export async function startRedis(mode, extraArgs = []) {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), `litgo-bench-redis-${mode}-`));
  // DEBUG (from loopback only) lets the listing wait for a rehash to end: bench/lib/listing.mjs.
  const common = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--logfile', join(dir, 'redis.log'), '--daemonize', 'no', '--enable-debug-command', 'local'];
  const args =
    mode === 'aof'
      ? [SHIPPED_CONF, ...common, ...extraArgs]
      : [...common, '--appendonly', 'no', '--save', '', '--maxmemory-policy', 'noeviction', ...extraArgs];
  const child = spawn('redis-server', args, { stdio: 'ignore' });
  let exited = false;
  child.once('exit', () => (exited = true));
  await waitFor(async () => {
    if (exited) throw new Error(`redis-server (${mode}) exited at start; see ${dir}/redis.log`);
    return ping(port);
  }, `redis-server on port ${port}`);
  return {
    mode,
    port,
    dir,
    pid: child.pid,
    url: `redis://127.0.0.1:${port}/0`,
    async stop() {
      if (!exited) {
        const done = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await done;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function ping(port) {
  const { Socket } = await import('node:net');
  return new Promise((resolveP) => {
    const socket = new Socket();
    const done = (ok) => {
      socket.destroy();
      resolveP(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
    socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
  });
}
