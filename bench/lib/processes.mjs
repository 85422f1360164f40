// Starting the servers under test and reading their CPU time from /proc.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, waitFor } from './net.mjs';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** utime + stime of a process, in microseconds (resolution 1/CLK_TCK s). */
export function cpuMicros(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / CLK_TCK; // fields 14 and 15 of stat(5)
}

export function httpGet(port, path, headers = {}) {
  return new Promise((resolveP, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolveP({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end();
  });
}

export function httpJson(port, method, path, body, headers = {}) {
  return new Promise((resolveP, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      { host: '127.0.0.1', port, path, method, headers: { ...headers, ...(data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {}) } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          let json;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolveP({ status: res.statusCode, body: text, json });
        });
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

/**
 * Spawns a node server and waits until `readyPath` answers 200. `nodeArgs` go before the script
 * (e.g. --cpu-prof). stdout (request logs) goes to /dev/null; stderr is kept for error messages.
 */
export async function startNodeServer({ name, script, env, nodeArgs = [], readyPath }) {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  let exit = null;
  child.once('exit', (code, signal) => (exit = { code, signal }));
  await waitFor(async () => {
    if (exit) throw new Error(`${name} exited at start (${JSON.stringify(exit)}): ${stderr.trim()}`);
    try {
      return (await httpGet(port, readyPath)).status === 200;
    } catch {
      return false;
    }
  }, `${name} on port ${port}`, 60_000); // a busy machine starts a server slowly: that must not fail the run
  return {
    name,
    port,
    pid: child.pid,
    get stderr() {
      return stderr;
    },
    /** Signal, then wait for the exit (SIGTERM lets Nest close its Redis pool). */
    async stop(signal = 'SIGTERM') {
      if (exit) return exit;
      const done = new Promise((r) => child.once('exit', (code, sig) => r({ code, signal: sig })));
      child.kill(signal);
      return done;
    },
  };
}
