import { createRequire } from 'node:module';
import { httpJson, startNodeServer } from './lib/processes.mjs';
import { startRedis } from './lib/redis-server.mjs';
import { mintToken, newSecret } from './lib/jwt.mjs';
import { CONVERSATIONS } from './conversations.mjs';
const Redis = createRequire(import.meta.url)('ioredis');
const secret = newSecret();
const redis = await startRedis('none');
const api = await startNodeServer({ name: 'api', script: 'dist/apps/api/src/main.js', env: { REDIS_URL: redis.url, NODE_ENV: 'production', LOG_LEVEL: 'warn', AUTH_JWT_SECRET: secret, RATE_LIMIT_ENABLED: 'false' }, readyPath: '/api/health/live' });
const headers = { authorization: `Bearer ${mintToken(secret, { sub: 'u1' })}` };
const c = CONVERSATIONS.find((x) => x.id === (process.argv[2] ?? 'consumidor-3'));
const r = await httpJson(api.port, 'POST', '/api/v2/triage/start', {}, headers);
const id = r.json.case_id;
for (const m of [c.opening, ...c.answers]) { const t = await httpJson(api.port, 'POST', '/api/v2/triage/continue', { case_id: id, message: m }, headers); if (t.json.status === 'completed') break; }
const client = new Redis(redis.url);
for (const k of await client.keys('*' + id + '*')) { const v = await client.get(k); console.log(k, v.length, await client.memory('USAGE', k)); console.log(v); }
await client.quit(); await api.stop(); await redis.stop();
