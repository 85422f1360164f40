import { INestApplicationContext } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '@app/config';
import { ConversationStateManager } from '@app/state';
import { IndexCleanupService } from '../../apps/cli/src/maintenance/index-cleanup.service';
import { newCase } from '../factories';
import { testConfig } from '../test-app';
import { createCliContext } from './cli-helpers';

describe('cleanup', () => {
  let config: AppConfig;
  let context: INestApplicationContext;
  let redis: Redis;

  beforeAll(async () => {
    config = testConfig({ REDIS_CONVERSATION_TTL: '1', REDIS_ORCHESTRATION_TTL: '1' });
    context = await createCliContext(config);
    redis = new Redis(config.redis.url);
  });

  afterAll(async () => {
    redis.disconnect();
    await context.close();
  });

  it('drops the index entries of expired and deleted cases from every index, owner ones included', async () => {
    const manager = context.get(ConversationStateManager);
    await Promise.all([newCase({ userId: 'ana' }), newCase({ userId: 'bia' })].map((state) => manager.saveCase(state)));
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    const live = await manager.saveCase(newCase({ userId: 'ana' }));
    const deleted = await manager.saveCase(newCase({ userId: 'bia' }));
    await redis.del(`${config.redis.keyPrefix}conversation:{${deleted.conversation!.caseId}}`, `${config.redis.keyPrefix}orchestration:{${deleted.conversation!.caseId}}`);
    const sut = context.get(IndexCleanupService);

    // Per case: conversations, orchestrations, status, owner (complexity is null) = 4 entries.
    await expect(sut.cleanup({ dryRun: true }).then((s) => s.toJSON())).resolves.toMatchObject({ wouldRemoveExpired: 8, wouldRemoveOrphaned: 4, kept: 4 });
    const summary = (await sut.cleanup()).toJSON();

    expect(summary).toMatchObject({ scanned: 16, removedExpired: 8, removedOrphaned: 4, kept: 4, indexes: 10 });
    await expect(redis.zrange(`${config.redis.keyPrefix}index:owner:ana`, 0, -1)).resolves.toEqual([live.conversation!.caseId]);
    await expect(redis.zcard(`${config.redis.keyPrefix}index:owner:bia`)).resolves.toBe(0);
    await expect(sut.cleanup().then((s) => s.toJSON())).resolves.toMatchObject({ removedExpired: 0, removedOrphaned: 0, kept: 4 });
  });
});
