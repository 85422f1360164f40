import { INestApplicationContext } from '@nestjs/common';
import Redis, { Cluster } from 'ioredis';
import { AppConfig } from '@app/config';
import { ConversationStateManager } from '@app/state';
import { adminClient } from '../admin-client';
import { IndexCleanupService } from '../../apps/cli/src/maintenance/index-cleanup.service';
import { newCase } from '../factories';
import { testConfig } from '../test-app';
import { createCliContext } from './cli-helpers';

describe('cleanup', () => {
  let config: AppConfig;
  let context: INestApplicationContext;
  let redis: Redis | Cluster;

  beforeAll(async () => {
    // The default TTLs: the live cases must outlive the test however slow the machine.
    config = testConfig();
    context = await createCliContext(config);
    redis = adminClient(config);
  });

  afterAll(async () => {
    redis.disconnect();
    await context.close();
  });

  it('drops the index entries of expired and deleted cases from every index, owner ones included', async () => {
    const manager = context.get(ConversationStateManager);
    const keys = manager.keys;
    const expired = [newCase({ userId: 'ana' }), newCase({ userId: 'bia' })];
    await Promise.all(expired.map((state) => manager.saveCase(state)));
    // As Redis leaves a case past its TTL: its documents gone, its index entries scored before the window.
    const past = Date.now() - (Math.max(config.redis.conversationTtlSeconds, config.redis.orchestrationTtlSeconds) + 60) * 1000;
    for (const { conversation } of expired) {
      const bucket = keys.bucket(keys.bucketOf(conversation.caseId));
      for (const index of [bucket.conversations, bucket.orchestrations, bucket.status.interviewing, keys.owner(conversation.userId)]) {
        await expect(redis.zadd(index, 'XX', 'CH', past, conversation.caseId)).resolves.toBe(1);
      }
      await redis.del(keys.conversation(conversation.caseId), keys.orchestration(conversation.caseId));
    }
    const live = await manager.saveCase(newCase({ userId: 'ana' }));
    const deleted = await manager.saveCase(newCase({ userId: 'bia' }));
    await redis.del(`${config.redis.keyPrefix}conversation:{${deleted.conversation!.caseId}}`, `${config.redis.keyPrefix}orchestration:{${deleted.conversation!.caseId}}`);
    const sut = context.get(IndexCleanupService);

    // Per case: conversations, orchestrations, status, owner (complexity is null) = 4 entries.
    await expect(sut.cleanup({ dryRun: true }).then((s) => s.toJSON())).resolves.toMatchObject({ wouldRemoveExpired: 8, wouldRemoveOrphaned: 4, kept: 4 });
    const summary = (await sut.cleanup()).toJSON();

    // 16 buckets of 8 indexes, and two owners' indexes.
    expect(summary).toMatchObject({ scanned: 16, removedExpired: 8, removedOrphaned: 4, kept: 4, indexes: 130, reindexed: 1 });
    await expect(redis.zrange(keys.owner('ana'), 0, -1)).resolves.toEqual([live.conversation!.caseId]);
    await expect(redis.zcard(keys.owner('bia'))).resolves.toBe(0);
    await expect(sut.cleanup().then((s) => s.toJSON())).resolves.toMatchObject({ removedExpired: 0, removedOrphaned: 0, kept: 4 });
  });

  it('rebuilds lost index entries from the documents and drops the untagged indexes of older builds', async () => {
    // Its own prefix and the default TTL: the case must outlive the run.
    const own = await createCliContext(testConfig());
    const manager = own.get(ConversationStateManager);
    const keys = manager.keys;
    const { conversation } = await manager.saveCase(newCase({ userId: 'cai' }));
    const caseId = conversation!.caseId;
    const bucket = keys.bucket(keys.bucketOf(caseId));
    // As an upgrade from a build without buckets leaves it: entries only in the old, untagged keys.
    await redis.zrem(bucket.conversations, caseId);
    await redis.zrem(bucket.status.interviewing, caseId);
    const untagged = [`${keys.prefix}index:conversations`, `${keys.prefix}index:status:interviewing`, `${keys.prefix}index:owner:cai`];
    for (const key of untagged) await redis.zadd(key, Date.now(), caseId);

    await expect(own.get(IndexCleanupService).cleanup().then((s) => s.toJSON())).resolves.toMatchObject({ reindexed: 1, droppedUntaggedIndexes: 3 });

    await expect(redis.zscore(bucket.conversations, caseId)).resolves.not.toBeNull();
    await expect(redis.zscore(bucket.status.interviewing, caseId)).resolves.not.toBeNull();
    for (const key of untagged) await expect(redis.exists(key)).resolves.toBe(0);
    await expect(manager.listActiveConversations({ ownerId: 'cai' })).resolves.toMatchObject({ items: [{ caseId }] });
    await own.close();
  });
});
