#!/usr/bin/env node
// The bare floor for `npm run bench`: the same three routes the bench drives, on Fastify +
// one ioredis connection, with the unsafe read-modify-write the service replaced (GET, parse,
// push, SET EX: last writer wins, no version, no indexes, no validation, no auth, no logs).
// Every framework and safety cost of the real API is measured against this.
//   PORT=3001 REDIS_URL=redis://127.0.0.1:6390/0 node bench/baseline-server.mjs
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Fastify = require('fastify');
const Redis = require('ioredis');

const redis = new Redis(process.env.REDIS_URL);
const prefix = process.env.BASELINE_PREFIX ?? 'baseline:';
const ttl = Number(process.env.BASELINE_TTL ?? 86_400);
const REPLY = 'Certo, obrigado. Existe algum prazo correndo, audiência marcada ou notificação com data para responder?';
const app = Fastify({ logger: false, bodyLimit: 64 * 1024 });

app.post('/api/v2/triage/continue', async (request, reply) => {
  const { case_id: caseId, message } = request.body ?? {};
  const json = await redis.get(`${prefix}case:{${caseId}}`);
  if (json === null) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'case not found' });
  const doc = JSON.parse(json);
  const now = Date.now();
  // Messages in the service's stored form ([role, content, epoch ms]), so both documents grow alike.
  doc.conversation.messages.push(['user', message, now], ['assistant', REPLY, now]);
  doc.conversation.updatedAt = new Date(now).toISOString();
  await redis.set(`${prefix}case:{${caseId}}`, JSON.stringify(doc), 'EX', ttl);
  return { case_id: caseId, message: REPLY, status: 'active', timestamp: doc.conversation.updatedAt };
});

app.get('/api/v2/triage/status/:case_id', async (request, reply) => {
  const json = await redis.get(`${prefix}case:{${request.params.case_id}}`);
  if (json === null) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'case not found' });
  const { conversation: c, orchestration: o } = JSON.parse(json);
  return { case_id: c.caseId, status: o.status, flow_type: o.flowType, started_at: o.startedAt, current_complexity: o.complexity, current_confidence: o.confidence, message_count: c.messages.length };
});

app.get('/api/health/ready', async (_request, reply) => {
  try {
    await redis.ping();
    return { status: 'ok' };
  } catch {
    return reply.code(503).send({ status: 'error' });
  }
});
app.get('/api/health/live', async () => ({ status: 'ok' }));

const close = () => app.close().then(() => redis.quit()).then(() => process.exit(0));
process.on('SIGTERM', close);
process.on('SIGINT', close);
await app.listen({ port: Number(process.env.PORT ?? 3001), host: '127.0.0.1' });
