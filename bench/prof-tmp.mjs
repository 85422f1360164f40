// temporary: profile one endpoint (not committed)
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLoad } from './lib/load.mjs';
import { httpJson } from './lib/processes.mjs';
import { ROOT, startNodeServer } from './lib/processes.mjs';
import { summarizeProfile } from './lib/profile.mjs';
import { startRedis } from './lib/redis-server.mjs';
import { mintToken, newSecret } from './lib/jwt.mjs';
const path = process.argv[2] ?? '/api/health/ready';
const prof = process.argv[3] === 'prof';
const secret = newSecret();
const redis = await startRedis('none');
const dir = mkdtempSync(join(tmpdir(), 'p-'));
const nodeArgs = prof ? ['--cpu-prof', `--cpu-prof-dir=${dir}`, '-r', join(ROOT, 'bench/lib/exit-on-sigusr2.cjs')] : [];
const api = await startNodeServer({ name: 'api', script: process.env.SCRIPT ?? 'dist/apps/api/src/main.js', env: { REDIS_URL: redis.url, NODE_ENV: 'production', LOG_LEVEL: process.env.LOG_LEVEL ?? 'info', AUTH_JWT_SECRET: secret, RATE_LIMIT_ENABLED: 'false' }, nodeArgs, readyPath: '/api/health/live' });
const headers = { authorization: `Bearer ${mintToken(secret, { sub: 'u1' })}` };
let p2 = path; if (path.includes(':case')) { const r = await httpJson(api.port, 'POST', '/api/v2/triage/start', {}, headers); p2 = path.replace(':case', r.json.case_id); }
await runLoad({ port: api.port, serverPid: api.pid, request: { method: 'GET', path: p2, headers }, connections: 32, seconds: 2 });
let window;
const r = await runLoad({ port: api.port, serverPid: api.pid, request: { method: 'GET', path: p2, headers }, connections: 32, seconds: 5, onWindow: (w) => (window = w) });
console.log(path, Math.round(r.rps), 'req/s', Math.round(r.cpuUsPerReq), 'us/req', 'non2xx', r.non2xx, r.statusCodes);
await api.stop(prof ? 'SIGUSR2' : 'SIGTERM');
if (prof) {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  const s = summarizeProfile(join(dir, file), window);
  console.log(JSON.stringify(s, null, 1).slice(0, 6000));
}
await redis.stop();
