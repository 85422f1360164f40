import { NestFastifyApplication } from '@nestjs/platform-fastify';
import Redis from 'ioredis';
import { AppConfig } from '@app/config';
import { createApiApp, testConfig } from './test-app';
import { TriageClient } from './triage-client';

describe('/api/v2/triage input rules', () => {
  let config: AppConfig;
  let app: NestFastifyApplication;
  let client: TriageClient;
  let redis: Redis;
  let caseId: string;

  beforeAll(async () => {
    config = testConfig();
    app = await createApiApp(config);
    client = await TriageClient.as(app);
    redis = new Redis(config.redis.url);
    caseId = await client.start();
  });

  afterAll(async () => {
    redis.disconnect();
    await app.close();
  });

  const errorShape = { statusCode: expect.any(Number), error: expect.any(String), message: expect.any(String), detail: expect.any(String) };
  const storedKeys = () => redis.keys(`${config.redis.keyPrefix}*`);
  const transcript = async () => (await client.http().get(`/api/v2/triage/conversation/${caseId}`).expect(200)).body.messages;

  it.each([
    ['an empty message', { message: '' }, 400],
    ['a message of spaces only', { message: '   \n\t ' }, 400],
    ['a message over 4,000 characters', { message: 'a'.repeat(4_001) }, 400],
    ['a message of the wrong type', { message: 1234 }, 400],
    ['a message as an object', { message: { text: 'oi' } }, 400],
    ['a missing message', {}, 400],
    ['a case_id that is not a UUID', { case_id: 'abc*', message: 'oi' }, 400],
    ['a case_id with a glob', { case_id: '*', message: 'oi' }, 400],
    ['an unknown field', { message: 'oi', admin: true }, 400],
    ['an unknown case', { case_id: 'c56a4180-65aa-42ec-a945-5fd21dec0538', message: 'oi' }, 404],
  ])('refuses %s with %i and changes nothing', async (_, patch, status) => {
    const before = await transcript();
    const { body } = await client.http().post('/api/v2/triage/continue').send({ case_id: caseId, ...patch }).expect(status);
    expect(body).toEqual(expect.objectContaining(errorShape));
    expect(JSON.stringify(body)).not.toMatch(/\.ts:\d+|\.js:\d+/);
    await expect(transcript()).resolves.toEqual(before);
  });

  it('accepts a message of exactly 4,000 characters after trimming', async () => {
    const other = await client.start();
    await client.say(other, `  ${'á'.repeat(4_000)}  `).expect(200);
  });

  it('refuses a body over 64 KB with 413', async () => {
    const { body } = await client.http().post('/api/v2/triage/continue').set('content-type', 'application/json').send(JSON.stringify({ case_id: caseId, message: 'x'.repeat(70_000) })).expect(413);
    expect(body).toEqual(expect.objectContaining({ ...errorShape, statusCode: 413 }));
  });

  it('refuses malformed JSON and __proto__ keys with 400', async () => {
    await client.http().post('/api/v2/triage/continue').set('content-type', 'application/json').send('{"case_id": ').expect(400);
    await client.http().post('/api/v2/triage/start').set('content-type', 'application/json').send('{"__proto__": {"admin": true}}').expect(400);
  });

  it('refuses a bad start body without storing anything', async () => {
    const before = (await storedKeys()).length;
    await client.http().post('/api/v2/triage/start').send({ user_id: 'x'.repeat(200) }).expect(400);
    await client.http().post('/api/v2/triage/start').send({ user_id: 'a b*' }).expect(400);
    await client.http().post('/api/v2/triage/start').send({ extra: 1 }).expect(400);
    await expect(storedKeys()).resolves.toHaveLength(before);
  });

  it.each(['status', 'conversation', 'result'])('refuses a bad id in GET /%s with 400', async (route) => {
    const { body } = await client.http().get(`/api/v2/triage/${route}/not-a-uuid`).expect(400);
    expect(body).toEqual(expect.objectContaining(errorShape));
  });

  it('refuses force-complete of an unknown case with 404', async () => {
    await client.http().post('/api/v2/triage/force-complete').send({ case_id: 'c56a4180-65aa-42ec-a945-5fd21dec0538' }).expect(404);
  });
});
