import { INestApplicationContext } from '@nestjs/common';
import Redis, { Cluster } from 'ioredis';
import { AppConfig } from '@app/config';
import { MetricsService } from '@app/metrics';
import { RedisUnavailableError } from '@app/redis';
import { ConversationStateManager, CURRENT_SCHEMA_VERSION, UnsupportedSchemaError, VersionConflictError } from '@app/state';
import { adminClient, keysMatching, primaries } from './admin-client';
import { StateKeys } from '../libs/state/src/state-keys';
import { newCase, newConversation, newId } from './factories';
import { RedisServer, startRedisServer } from './redis-server';
import { createStateContext, testConfig } from './test-app';

describe('ConversationStateManager against redis-server', () => {
  let config: AppConfig;
  let context: INestApplicationContext;
  let sut: ConversationStateManager;
  let redis: Redis | Cluster;

  beforeAll(async () => {
    config = testConfig({ REDIS_CONVERSATION_TTL: '100', REDIS_ORCHESTRATION_TTL: '200' });
    context = await createStateContext(config);
    sut = context.get(ConversationStateManager);
    redis = adminClient(config);
  });

  afterAll(async () => {
    await context.close();
    redis.disconnect();
  });

  const keysOf = (pattern: string) => keysMatching(redis, `${config.redis.keyPrefix}${pattern}`);

  it('round-trips both documents with version, schemaVersion and hash-tagged keys', async () => {
    const state = newCase();
    const saved = await sut.saveCase(state);
    expect(saved.conversation!.version).toBe(1);
    expect(saved.orchestration!.version).toBe(1);

    const loaded = await sut.getCase(state.conversation.caseId);
    expect(loaded).toEqual(saved);
    expect(loaded.conversation!.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const caseId = state.conversation.caseId;
    await expect(redis.exists(`${config.redis.keyPrefix}conversation:{${caseId}}`)).resolves.toBe(1);
    await expect(redis.exists(`${config.redis.keyPrefix}orchestration:{${caseId}}`)).resolves.toBe(1);
  });

  it('returns null for an unknown case', async () => {
    await expect(sut.getConversationState(newId())).resolves.toBeNull();
    await expect(sut.getOrchestrationState(newId())).resolves.toBeNull();
  });

  it('sets each TTL on write and slides both on a later write', async () => {
    const { conversation, orchestration } = await sut.saveCase(newCase());
    const key = (kind: string) => `${config.redis.keyPrefix}${kind}:{${conversation!.caseId}}`;
    await redis.expire(key('conversation'), 5);
    await redis.expire(key('orchestration'), 5);

    await sut.saveConversationState({ ...conversation!, confidence: 0.5 });

    const conversationTtl = await redis.ttl(key('conversation'));
    const orchestrationTtl = await redis.ttl(key('orchestration'));
    expect(conversationTtl).toBeGreaterThan(95);
    expect(conversationTtl).toBeLessThanOrEqual(100);
    expect(orchestrationTtl).toBeGreaterThan(195);
    expect(orchestration!.version).toBe(1);
  });

  it('expires a case after its TTL', async () => {
    const short = testConfig({ REDIS_CONVERSATION_TTL: '1', REDIS_ORCHESTRATION_TTL: '1' });
    const shortContext = await createStateContext(short);
    try {
      const manager = shortContext.get(ConversationStateManager);
      const state = newCase();
      await manager.saveCase(state);
      await new Promise((resolve) => setTimeout(resolve, 1_600));
      await expect(manager.getCase(state.conversation.caseId)).resolves.toEqual({ conversation: null, orchestration: null });
      await expect(manager.getSystemStats()).resolves.toMatchObject({ activeConversations: 0, activeOrchestrations: 0 });
    } finally {
      await shortContext.close();
    }
  });

  it('refuses a stale save with VersionConflictError and keeps the stored document', async () => {
    const saved = (await sut.saveCase(newCase())).conversation!;
    await sut.saveConversationState({ ...saved, confidence: 0.7 });

    await expect(sut.saveConversationState({ ...saved, confidence: 0.1 })).rejects.toBeInstanceOf(VersionConflictError);
    await expect(sut.getConversationState(saved.caseId)).resolves.toMatchObject({ version: 2, confidence: 0.7 });
  });

  it('refuses to create a case that already exists', async () => {
    const state = newCase();
    await sut.saveCase(state);
    await expect(sut.saveCase(state)).rejects.toBeInstanceOf(VersionConflictError);
  });

  it('still saves after Redis forgets its scripts (NOSCRIPT)', async () => {
    await Promise.all((await primaries(redis)).map((server) => server.script('FLUSH')));
    const saved = await sut.saveCase(newCase());
    expect(saved.conversation!.version).toBe(1);
  });

  it('refuses a document from a future schema instead of mangling it', async () => {
    const caseId = newId();
    const future = JSON.stringify({ version: 3, schemaVersion: 99, caseId, userId: 'u' });
    await redis.set(`${config.redis.keyPrefix}conversation:{${caseId}}`, future);
    await expect(sut.getConversationState(caseId)).rejects.toBeInstanceOf(UnsupportedSchemaError);
  });

  it('deleteCase leaves no key and no index entry of the case', async () => {
    const userId = `owner-${newId()}`;
    const state = await sut.saveCase({ ...newCase({ userId }) });
    const caseId = state.conversation!.caseId;

    await expect(sut.deleteCase(caseId, 'someone-else')).resolves.toBe(false);
    await expect(sut.deleteCase(caseId)).resolves.toBe(true);

    const remaining = await keysOf(`*${caseId}*`);
    expect(remaining).toEqual([]);
    for (const index of await keysOf('index:*')) {
      await expect(redis.zscore(index, caseId)).resolves.toBeNull();
    }
    await expect(sut.deleteCase(caseId)).resolves.toBe(false);
  });

  it('counts live cases by status and complexity from the indexes', async () => {
    const own = testConfig();
    const ownContext = await createStateContext(own);
    try {
      const manager = ownContext.get(ConversationStateManager);
      const a = await manager.saveCase(newCase());
      await manager.saveCase(newCase());
      await manager.update(a.conversation!.caseId, ({ orchestration }) => ({
        conversation: null,
        orchestration: { ...orchestration!, status: 'completed', complexity: 'high' },
      }));

      await expect(manager.getSystemStats()).resolves.toMatchObject({
        activeConversations: 2,
        activeOrchestrations: 2,
        byStatus: { interviewing: 1, completed: 1, error: 0 },
        byComplexity: { low: 0, medium: 0, high: 1 },
        redis: { maxmemoryPolicy: 'noeviction', usedMemory: expect.any(Number) },
      });
    } finally {
      await ownContext.close();
    }
  });

  it('does not count index entries older than the TTL that no read has pruned yet', async () => {
    const own = testConfig();
    const ownContext = await createStateContext(own);
    try {
      const manager = ownContext.get(ConversationStateManager);
      await manager.saveCase(newCase());
      const stale = (await manager.saveCase(newCase())).conversation!.caseId;
      const longAgo = Date.now() - (own.redis.orchestrationTtlSeconds + 60) * 1000;
      for (const key of await keysMatching(redis, `${own.redis.keyPrefix}index:*`)) await redis.zadd(key, 'XX', longAgo, stale);

      await expect(manager.getSystemStats()).resolves.toMatchObject({
        activeConversations: 1,
        activeOrchestrations: 1,
        byStatus: { interviewing: 1, completed: 0, error: 0 },
      });
    } finally {
      await ownContext.close();
    }
  });

  it('lists an owner’s cases and skips an index entry whose case is gone', async () => {
    const userId = `owner-${newId()}`;
    const first = await sut.saveCase(newCase({ userId }));
    const second = await sut.saveCase(newCase({ userId }));
    await redis.del(`${config.redis.keyPrefix}conversation:{${first.conversation!.caseId}}`);

    const page = await sut.listActiveConversations({ ownerId: userId });

    expect(page.items.map((c) => c.caseId)).toEqual([second.conversation!.caseId]);
    expect(page.nextCursor).toBeNull();
  });

  it('drops a listed entry whose case is gone, counting it as an index repair', async () => {
    const repairs = async () => Number(/^litgo_state_index_repairs_total (\d+)$/m.exec(await context.get(MetricsService).render())![1]);
    await sut.listActiveConversations({ limit: 1000 });
    const before = await repairs();
    const gone = (await sut.saveCase(newCase())).conversation!.caseId;
    await redis.del(`${config.redis.keyPrefix}conversation:{${gone}}`);

    const page = await sut.listActiveConversations({ limit: 1000 });

    expect(page.items.map((c) => c.caseId)).not.toContain(gone);
    expect(await repairs()).toBe(before + 1);
    await sut.listActiveConversations({ limit: 1000 });
    expect(await repairs()).toBe(before + 1); // dropped once, not again
  });

  it('pages in order when one bucket holds most of the cases (that bucket read again past its share)', async () => {
    const own = testConfig();
    const keys = new StateKeys(own.redis.keyPrefix, own.redis.indexBuckets);
    const idsIn = (wanted: (bucket: number) => boolean, count: number) => {
      const ids: string[] = [];
      while (ids.length < count) {
        const id = newId();
        if (wanted(keys.bucketOf(id))) ids.push(id);
      }
      return ids;
    };
    const ownContext = await createStateContext(own);
    try {
      const manager = ownContext.get(ConversationStateManager);
      // A page of 10 reads 3 entries of each of the 16 buckets first: bucket 0's 25 cases need the second read.
      for (const caseId of [...idsIn((bucket) => bucket === 0, 25), ...idsIn((bucket) => bucket !== 0, 10)]) await manager.saveCase(newCase({ caseId }));
      const indexed = await Promise.all(keys.allBuckets().map((bucket) => redis.zrange(bucket.conversations, 0, -1, 'WITHSCORES')));
      const expected = indexed
        .flatMap((flat) => Array.from({ length: flat.length / 2 }, (_, i) => ({ caseId: flat[i * 2], score: Number(flat[i * 2 + 1]) })))
        .sort((a, b) => b.score - a.score || (a.caseId < b.caseId ? 1 : -1))
        .map(({ caseId }) => caseId);

      const listed: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await manager.listActiveConversations({ limit: 10, cursor });
        listed.push(...page.items.map((item) => item.caseId));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);

      expect(expected).toHaveLength(35);
      expect(listed).toEqual(expected);
    } finally {
      await ownContext.close();
    }
  });

  it('rejects a malformed cursor', async () => {
    await expect(sut.listActiveConversations({ cursor: 'not-a-cursor' })).rejects.toBeInstanceOf(RangeError);
  });

  it('fails with RedisUnavailableError when Redis is full (noeviction), storing nothing', async () => {
    const full: RedisServer = await startRedisServer();
    const fullContext = await createStateContext(testConfig({ REDIS_URL: full.url }));
    try {
      const admin = new Redis(full.url);
      await admin.config('SET', 'maxmemory', '1');
      const state = newConversation();
      const failure = fullContext.get(ConversationStateManager).saveConversationState(state);
      await expect(failure).rejects.toBeInstanceOf(RedisUnavailableError);
      await expect(failure).rejects.toMatchObject({ reason: 'out_of_memory' });
      await admin.config('SET', 'maxmemory', '0');
      await expect(admin.dbsize()).resolves.toBe(0);
      admin.disconnect();
    } finally {
      await fullContext.close();
      await full.destroy();
    }
  });
});
