import { NestFastifyApplication } from '@nestjs/platform-fastify';
import Redis from 'ioredis';
import { AppConfig } from '@app/config';
import { apiRequest } from './api-request';
import { newId } from './factories';
import { RedisServer, startRedisServer } from './redis-server';
import { createApiApp, testConfig } from './test-app';
import { TriageClient } from './triage-client';

const T = '/api/v2/triage';
const BAD_CASE_ID = { statusCode: 400, message: 'case_id must be a UUID v4', detail: 'O código da triagem é inválido. Volte e abra a conversa de novo.' };
/** Text of ioredis, the throttler or Fastify that must never reach a client. */
const LIBRARY_TEXT = /Stream isn't writeable|enableOfflineQueue|ThrottlerException|script|ECONNREFUSED|Unexpected token|FST_/i;

describe('one error body: a string message, a specific detail', () => {
  let config: AppConfig;
  let app: NestFastifyApplication;
  let client: TriageClient;
  let caseId: string;

  beforeAll(async () => {
    config = testConfig();
    app = await createApiApp(config);
    client = await TriageClient.as(app);
    caseId = await client.start();
  });

  afterAll(() => app?.close());

  it('asks for a message when it is empty, and names the limit when it is too long', async () => {
    const empty = await client.say(caseId, '   ').expect(400);
    expect(empty.body).toMatchObject({ message: 'message should not be empty', detail: 'Escreva sua mensagem antes de enviar.' });
    const long = await client.say(caseId, 'a'.repeat(4_001)).expect(400);
    expect(long.body).toMatchObject({ message: 'message must be shorter than or equal to 4000 characters', detail: 'A mensagem pode ter no máximo 4.000 caracteres.' });
  });

  it('joins several validation problems into one message string', async () => {
    const { body } = await client.http().post(`${T}/continue`).send({ case_id: caseId, message: 5, admin: true }).expect(400);
    expect(body.message).toEqual(expect.stringContaining('; '));
    expect(body.message).toMatch(/property admin should not exist/);
    expect(body.detail).toBe('Os dados enviados são inválidos.');
  });

  it('words a bad case id the same on every route, in a path or a body', async () => {
    const answers = await Promise.all([
      client.http().get(`${T}/status/not-a-uuid`),
      client.http().get(`${T}/conversation/${newId().replace(/^(\w{8}-\w{4}-)4/, '$11')}`),
      client.http().delete(`${T}/cleanup/x`),
      client.http().post(`${T}/continue`).send({ case_id: 'abc', message: 'oi' }),
      client.http().post(`${T}/force-complete`).send({ case_id: 'abc' }),
    ]);
    for (const { body } of answers) expect(body).toMatchObject(BAD_CASE_ID);
  });

  it('refuses a JSON null body on /start like [] or 5, and stores nothing', async () => {
    const redis = new Redis(config.redis.url);
    try {
      // The suite's Redis is shared with other suites running in parallel: count this app's keys only.
      const ownKeys = async () => (await redis.scanStream({ match: `${config.redis.keyPrefix}*`, count: 1000 }).toArray()).flat().length;
      const before = await ownKeys();
      for (const raw of ['null', '[]', '5']) {
        const { body } = await client.http().post(`${T}/start`).set('content-type', 'application/json').send(raw).expect(400);
        expect(body).toMatchObject({ message: 'JSON body must be an object' });
      }
      await expect(ownKeys()).resolves.toBe(before);
    } finally {
      redis.disconnect();
    }
  });

  it('answers an unlisted method on a known path with 405 and Allow', async () => {
    const put = await client.http().put(`${T}/start`).send({}).expect(405);
    expect(put.headers.allow).toBe('POST');
    expect(put.body).toMatchObject({ statusCode: 405, error: 'Method Not Allowed', detail: 'Operação não permitida.' });
    const post = await client.http().post(`${T}/status/${caseId}`).send({}).expect(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    await client.http().put('/api/health/ready').expect(405, /"statusCode":405/);
  });

  it('names only the path of an unknown route, never its query string', async () => {
    const { body, text } = await apiRequest(app).get('/nope?access_token=secret-token').expect(404);
    expect(body.message).toBe('Cannot GET /nope');
    expect(text).not.toMatch(/secret-token/);
  });

  it('maps Fastify rejections to fixed messages', async () => {
    const malformed = await client.http().post(`${T}/continue`).set('content-type', 'application/json').send('{"case_id": ').expect(400);
    expect(malformed.body.message).toBe('Malformed JSON');
    const wrongType = await client.http().post(`${T}/continue`).set('content-type', 'application/xml').send('<oi/>').expect(415);
    expect(wrongType.body.message).toBe('Content-Type must be application/json');
    const huge = await client.http().post(`${T}/continue`).set('content-type', 'application/json').send(JSON.stringify({ message: 'x'.repeat(70_000) })).expect(413);
    expect(huge.body.message).toBe('Request body too large');
    for (const { text } of [malformed, wrongType, huge]) expect(text).not.toMatch(LIBRARY_TEXT);
  });
});

describe('rate limit and Redis outage errors', () => {
  let server: RedisServer;
  let app: NestFastifyApplication;
  /** Without rate limits, so that the state store, not the limiter, meets the outage. */
  let unlimited: NestFastifyApplication;

  beforeAll(async () => {
    server = await startRedisServer();
    app = await createApiApp(testConfig({ REDIS_URL: server.url, RATE_LIMIT_ENABLED: 'true', RATE_LIMITS: 'start=1' }));
    unlimited = await createApiApp(testConfig({ REDIS_URL: server.url }));
  });

  afterAll(async () => {
    await Promise.all([app.close(), unlimited.close()]);
    await server.destroy();
  });

  it('says in how many seconds to try again, as Retry-After does', async () => {
    const client = await TriageClient.as(app, 'limited');
    await client.start();
    const { body, headers, text } = await client.http().post(`${T}/start`).send({}).expect(429);
    const seconds = Number(headers['retry-after']);
    expect(seconds).toBeGreaterThan(0);
    expect(body).toEqual({ statusCode: 429, error: 'Too Many Requests', message: 'Too many requests', detail: `Muitas solicitações. Tente de novo em ${seconds} segundos.` });
    expect(text).not.toMatch(LIBRARY_TEXT);
  });

  it('answers 503 with fixed text and says resending is safe, whether the limiter or the state store meets the outage', async () => {
    const clients = await Promise.all([TriageClient.as(app, 'outage'), TriageClient.as(unlimited, 'outage')]);
    await server.stop();
    try {
      for (const client of clients) {
        const response = await client.http().get(`${T}/status/${newId()}`);
        expect(response.status).toBe(503);
        expect(response.body).toMatchObject({ message: 'Redis unavailable', detail: expect.stringMatching(/reenviar a mensagem é seguro/) });
        expect(response.text).not.toMatch(LIBRARY_TEXT);
      }
    } finally {
      await server.start();
    }
  });
});
