import { NestFastifyApplication } from '@nestjs/platform-fastify';
import Redis from 'ioredis';
import request from 'supertest';
import { AppConfig } from '@app/config';
import { ConversationStateManager, CURRENT_SCHEMA_VERSION } from '@app/state';
import { createApiApp, testConfig } from './test-app';
import { TriageClient } from './triage-client';

/**
 * A rolling update across a schema change, two builds' behaviour in one suite: the updated build
 * writes the previous schema until STATE_WRITE_SCHEMA says otherwise, and a build that meets a
 * document newer than it can read answers 503 with Retry-After (the balancer retries elsewhere).
 */
describe('rolling update across a schema change', () => {
  let config: AppConfig;
  let app: NestFastifyApplication;
  let redis: Redis;

  beforeAll(async () => {
    config = testConfig();
    app = await createApiApp(config);
    redis = new Redis(config.redis.url);
  });

  afterAll(async () => {
    await app.close();
    redis.disconnect();
  });

  const stored = async (caseId: string) => JSON.parse((await redis.get(app.get(ConversationStateManager).keys.conversation(caseId)))!);

  async function caseWithOneTurn(client: TriageClient): Promise<string> {
    const caseId = await client.start();
    await client.say(caseId, 'Fui demitido sem receber as verbas rescisórias.').expect(200);
    return caseId;
  }

  it('writes the previous schema by default: messages as objects, as instances not yet updated read them', async () => {
    const caseId = await caseWithOneTurn(await TriageClient.as(app));
    const document = await stored(caseId);
    expect(document.schemaVersion).toBe(CURRENT_SCHEMA_VERSION - 1);
    expect(document.messages[1]).toEqual({ role: 'user', content: 'Fui demitido sem receber as verbas rescisórias.', timestamp: expect.any(String) });
  });

  it('writes the current schema once STATE_WRITE_SCHEMA says so, and reads the previous one', async () => {
    const client = await TriageClient.as(app);
    const caseId = await caseWithOneTurn(client);
    const contracted = await createApiApp(testConfig({ REDIS_KEY_PREFIX: config.redis.keyPrefix, STATE_WRITE_SCHEMA: String(CURRENT_SCHEMA_VERSION) }));
    try {
      await (await TriageClient.as(contracted)).say(caseId, 'Trabalhei lá por três anos.').expect(200);
    } finally {
      await contracted.close();
    }
    const document = await stored(caseId);
    expect(document.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(document.messages[3]).toEqual(['user', 'Trabalhei lá por três anos.', expect.any(Number)]);
    await expect(client.userMessages(caseId)).resolves.toEqual(['Fui demitido sem receber as verbas rescisórias.', 'Trabalhei lá por três anos.']);
  });

  it('answers 503 with Retry-After, not 500, for a case a newer build wrote', async () => {
    const client = await TriageClient.as(app);
    const caseId = await caseWithOneTurn(client);
    const key = app.get(ConversationStateManager).keys.conversation(caseId);
    await redis.set(key, JSON.stringify({ ...(await stored(caseId)), schemaVersion: CURRENT_SCHEMA_VERSION + 1 }), 'KEEPTTL');

    const status = await client.http().get(`/api/v2/triage/status/${caseId}`).expect(503);
    expect(status.headers['retry-after']).toBe('1');
    expect(status.body).toMatchObject({ statusCode: 503, reason: 'newer_schema' });
    const turn = await client.say(caseId, 'Ainda estou aqui.').expect(503);
    expect(turn.body.reason).toBe('newer_schema');
  });

  it('still answers a logged 500 for a document that is broken rather than newer', async () => {
    const client = await TriageClient.as(app);
    const caseId = await caseWithOneTurn(client);
    await redis.set(app.get(ConversationStateManager).keys.conversation(caseId), JSON.stringify({ ...(await stored(caseId)), schemaVersion: 0 }), 'KEEPTTL');

    // Not through client.http(): a 500 is undocumented on purpose.
    const { headers } = await request(app.getHttpServer()).get(`/api/v2/triage/status/${caseId}`).set('Authorization', `Bearer ${client.token}`).expect(500);
    expect(headers['retry-after']).toBeUndefined();
  });
});
