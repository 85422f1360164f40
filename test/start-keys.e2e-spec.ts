import { NestFastifyApplication } from '@nestjs/platform-fastify';
import Redis, { Cluster } from 'ioredis';
import { AppConfig } from '@app/config';
import { ConversationStateManager, START_KEYS_PER_USER } from '@app/state';
import { adminClient, keysMatching } from './admin-client';
import { newId } from './factories';
import { createApiApp, testConfig } from './test-app';
import { TriageClient } from './triage-client';

/** Start idempotency keys in Redis: one hash per user, erased with the user's data (LGPD art. 18). */
describe('start idempotency keys', () => {
  const config: AppConfig = testConfig();
  const prefix = config.redis.keyPrefix;
  const ttl = config.redis.conversationTtlSeconds;
  let app: NestFastifyApplication;
  let redis: Redis | Cluster;
  let state: ConversationStateManager;

  beforeAll(async () => {
    app = await createApiApp(config);
    redis = adminClient(config);
    state = app.get(ConversationStateManager);
  });

  afterAll(async () => {
    redis.disconnect();
    await app.close();
  });

  const start = (as: TriageClient, key: string) => as.http().post('/api/v2/triage/start').set('Idempotency-Key', key).send({}).expect(201);
  /** This suite's keys (the Redis is shared with other suites) that name the user, once each (a cluster's primaries may list a key twice while slots move). */
  const keysNaming = async (userId: string) => [...new Set(await keysMatching(redis, `${prefix}*`))].filter((key) => key.includes(userId));

  it('keeps a user\'s keys in one hash whose TTL each claim refreshes', async () => {
    const user = `keeper-${newId()}`;
    const [first, second] = [newId(), newId()];
    const caseId = await state.claimStartKey(user, first, newId());
    await state.claimStartKey(user, second, newId());
    expect(await keysNaming(user)).toEqual([`${prefix}idem:{${user}}`]);
    expect(await redis.hlen(`${prefix}idem:{${user}}`)).toBe(2);

    await redis.expire(`${prefix}idem:{${user}}`, 5);
    await expect(state.claimStartKey(user, first, newId())).resolves.toBe(caseId);
    expect(await redis.ttl(`${prefix}idem:{${user}}`)).toBeGreaterThan(ttl - 5);
  });

  it('forgets a key claimed longer than the TTL ago, and the oldest key beyond the cap', async () => {
    const user = `busy-${newId()}`;
    const hash = `${prefix}idem:{${user}}`;
    const keys = Array.from({ length: START_KEYS_PER_USER }, () => newId());
    const cases: string[] = [];
    for (const key of keys) cases.push(await state.claimStartKey(user, key, newId()));
    const stale = Math.floor(Date.now() / 1000) - ttl - 1;
    await redis.hset(hash, keys[1], `${cases[1]} ${stale}`);
    await redis.hset(hash, keys[0], `${cases[0]} ${stale - 1}`);

    await expect(state.claimStartKey(user, keys[1], 'fresh-1')).resolves.toBe('fresh-1');
    await state.claimStartKey(user, newId(), newId());
    expect(await redis.hlen(hash)).toBe(START_KEYS_PER_USER);
    expect(await redis.hexists(hash, keys[0])).toBe(0);
    await expect(state.claimStartKey(user, keys[2], newId())).resolves.toBe(cases[2]);
  });

  it('DELETE /user-data erases the start keys too: nothing in Redis names the user afterwards', async () => {
    const [erin, fabio] = await Promise.all([TriageClient.as(app, `erin-${newId()}`), TriageClient.as(app, `fabio-${newId()}`)]);
    const key = newId();
    const { body: started } = await start(erin, key);
    await start(erin, newId());
    await start(fabio, key);
    expect((await keysNaming(erin.userId)).sort()).toEqual([`${prefix}idem:{${erin.userId}}`, state.keys.owner(erin.userId)].sort());

    const { body } = await erin.http().delete('/api/v2/triage/user-data').expect(200);

    expect(body).toMatchObject({ erased_cases: 2, status: 'erased' });
    expect(await keysNaming(erin.userId)).toEqual([]);
    expect(await keysNaming(fabio.userId)).toHaveLength(2);
    const { body: again } = await start(erin, key);
    expect(again.case_id).not.toBe(started.case_id);
  });
});
