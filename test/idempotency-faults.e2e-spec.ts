import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { newId } from './factories';
import { RedisServer, startRedisServer } from './redis-server';
import { SAVE_CALL, SCRIPT_CALL, SlowReplyProxy } from './slow-reply-proxy';
import { createApiApp, testConfig } from './test-app';
import { TriageClient } from './triage-client';
import { StateKeys } from '../libs/state/src/state-keys';

/** The faulty instance's timeout: short, because the proxy delivers a connection's held replies one after another. */
const COMMAND_TIMEOUT_MS = 200;
/** The direct instance's: it must not time out itself on a loaded machine. */
const DIRECT_COMMAND_TIMEOUT_MS = 5_000;
const TURNS = [
  'Fui demitido sem justa causa e a empresa não pagou minhas verbas rescisórias nem liberou o FGTS.',
  'Trabalhei 4 anos como auxiliar administrativo numa transportadora em Campinas/SP e saí em 05/02/2024.',
  'sim',
  'sim',
  'Tenho a carteira de trabalho assinada, os holerites e o aviso prévio.',
];

/**
 * Saves that Redis applies but whose reply comes after the API's command timeout: the API answers
 * 503 for a write that happened. The same turn resent with its key must be stored once.
 */
describe('Idempotency when a save times out after Redis applied it', () => {
  let redisServer: RedisServer;
  let proxy: SlowReplyProxy;
  let faulty: NestFastifyApplication;
  let healthy: NestFastifyApplication;
  let viaProxy: TriageClient;
  let direct: TriageClient;
  let redis: Redis;
  const prefix = `f${randomUUID().slice(0, 8)}:`;

  beforeAll(async () => {
    redisServer = await startRedisServer();
    proxy = await SlowReplyProxy.start(redisServer.port);
    const env = { REDIS_KEY_PREFIX: prefix, REDIS_MAX_CONNECTIONS: '16' };
    faulty = await createApiApp(testConfig({ ...env, REDIS_URL: proxy.url, REDIS_COMMAND_TIMEOUT_MS: String(COMMAND_TIMEOUT_MS) }));
    healthy = await createApiApp(testConfig({ ...env, REDIS_URL: redisServer.url, REDIS_COMMAND_TIMEOUT_MS: String(DIRECT_COMMAND_TIMEOUT_MS) }));
    viaProxy = await TriageClient.as(faulty);
    direct = await TriageClient.as(healthy);
    redis = new Redis(redisServer.url);
  });

  afterAll(async () => {
    redis.disconnect();
    await Promise.all([faulty.close(), healthy.close()]);
    await proxy.close();
    await redisServer.destroy();
  });

  afterEach(() => {
    proxy.holdMs = 0;
    proxy.holdAfter = SCRIPT_CALL;
  });


  it('answers a resent turn whose first sending got 503 with the stored reply, storing it once', async () => {
    const caseId = await direct.start();
    const key = newId();
    proxy.holdMs = 2 * COMMAND_TIMEOUT_MS;

    const lost = await viaProxy.say(caseId, TURNS[0], key);
    expect(lost.status).toBe(503);
    expect(await direct.userMessages(caseId)).toEqual([TURNS[0]]); // the 503 hid a write

    const retry = await direct.say(caseId, TURNS[0], key);
    proxy.holdMs = 0;
    await new Promise((resolve) => setTimeout(resolve, 2 * COMMAND_TIMEOUT_MS)); // the held replies drain
    // Through the faulty instance, whose 200 ms timeout a loaded machine can meet without the proxy: resent until answered, as a client would.
    let again = await viaProxy.say(caseId, TURNS[0], key);
    for (let tries = 0; again.status === 503 && tries < 10; tries++) again = await viaProxy.say(caseId, TURNS[0], key);

    expect([retry.status, again.status]).toEqual([200, 200]);
    const { body } = await direct.http().get(`/api/v2/triage/conversation/${caseId}`).expect(200);
    expect(retry.body).toMatchObject({ case_id: caseId, message: body.messages[2].content, timestamp: body.messages[2].timestamp });
    expect(again.body).toEqual(retry.body);
    expect(await direct.userMessages(caseId)).toEqual([TURNS[0]]);
  });

  it.each([
    ['the start-key claim', SCRIPT_CALL, 0],
    ["the case's save", SAVE_CALL, 1],
  ])('answers a resent start with the same case when the reply of %s was lost', async (_what, holdAfter, storedBeforeResend) => {
    const userId = `starter-${newId()}`;
    const startVia = async (app: NestFastifyApplication, key: string) =>
      (await TriageClient.as(app, userId)).http().post('/api/v2/triage/start').set('Idempotency-Key', key).send({});
    // Counted from the documents: the index step after a save whose reply was lost never ran.
    const casesOfUser = async () => {
      const keys = await redis.keys(`${prefix}conversation:*`);
      const documents = keys.length > 0 ? await redis.mget(...keys) : [];
      return documents.filter((json) => json !== null && (JSON.parse(json) as { userId: string }).userId === userId).length;
    };
    const key = newId();
    Object.assign(proxy, { holdMs: 2 * COMMAND_TIMEOUT_MS, holdAfter });

    const lost = await startVia(faulty, key);
    const stored = await casesOfUser();
    const retry = await startVia(healthy, key);
    const again = await startVia(healthy, key);

    expect([lost.status, stored, retry.status, again.status]).toEqual([503, storedBeforeResend, 201, 201]);
    expect(again.body).toEqual(retry.body);
    expect(await casesOfUser()).toBe(1);
    // The resend finished what the lost first sending's save would have: its index entries.
    await expect(redis.zcard(new StateKeys(prefix).owner(userId))).resolves.toBe(1);
  });

  // 100 turns, each first waiting out a command timeout: slow on a loaded 2-core machine.
  it('stores no turn twice over 20 cases x 5 turns, each first sent through the slow proxy (503), then resent three times at once', async () => {
    proxy.holdMs = 2 * COMMAND_TIMEOUT_MS;
    const figures = { turns: 0, unavailable: 0, hiddenWrites: 0, resends: 0, duplicates: 0 };
    const cases = await Promise.all(Array.from({ length: 20 }, () => direct.start()));

    const answered = await Promise.all(
      cases.map(async (caseId) => {
        const sent: string[] = [];
        for (const text of TURNS) {
          const key = newId();
          figures.turns++;
          expect((await viaProxy.say(caseId, text, key)).status).toBe(503);
          figures.unavailable++;
          if ((await direct.userMessages(caseId)).length > sent.length) figures.hiddenWrites++;
          const answers = await Promise.all(
            [viaProxy, direct, direct].map(async (client) => {
              let answer = await client.say(caseId, text, key);
              for (figures.resends++; answer.status === 503; figures.resends++, figures.unavailable++) answer = await direct.say(caseId, text, key);
              return answer;
            }),
          );
          expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
          answers.forEach((answer) => expect(answer.body).toEqual(answers[0].body));
          sent.push(text);
          if (answers[0].body.status === 'completed') break;
        }
        return { caseId, sent };
      }),
    );

    for (const { caseId, sent } of answered) {
      const stored = await direct.userMessages(caseId);
      figures.duplicates += stored.length - sent.length;
      expect(stored).toEqual(sent);
    }
    process.stdout.write(`idempotency under faults: ${JSON.stringify(figures)}\n`);
    expect(figures.resends).toBeGreaterThanOrEqual(100);
    expect(figures.hiddenWrites).toBeGreaterThan(0);
    expect(figures.duplicates).toBe(0);
  }, 120_000);
});
