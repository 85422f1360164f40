import { INestApplicationContext } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '@app/config';
import { ConversationStateManager } from '@app/state';
import { SchemaUpgradeService } from '../../apps/cli/src/maintenance/schema-upgrade.service';
import { newCase } from '../factories';
import { testConfig } from '../test-app';
import { createCliContext } from './cli-helpers';

describe('migrate upgrade', () => {
  let config: AppConfig;
  let context: INestApplicationContext;
  let redis: Redis;
  const key = (kind: string, caseId: string) => `${config.redis.keyPrefix}${kind}:{${caseId}}`;

  beforeAll(async () => {
    // The contract step of a rolling update, when `migrate upgrade` runs: every instance writes schema 2.
    config = testConfig({ STATE_WRITE_SCHEMA: '2' });
    context = await createCliContext(config);
    redis = new Redis(config.redis.url);
  });

  afterAll(async () => {
    redis.disconnect();
    await context.close();
  });

  /** A case as the previous build (schema 1) stored it: messages as objects. */
  async function storeSchemaOne(): Promise<string> {
    const { conversation, orchestration } = newCase();
    for (const [kind, doc] of [['conversation', conversation], ['orchestration', orchestration]] as const) {
      await redis.set(key(kind, doc.caseId), JSON.stringify({ ...doc, version: 4, schemaVersion: 1 }), 'EX', 500);
    }
    return conversation.caseId;
  }

  it('rewrites older documents with the read-path upgrade, bumping version and keeping TTL; a dry run writes nothing', async () => {
    const old = await storeSchemaOne();
    const current = (await context.get(ConversationStateManager).saveCase(newCase())).conversation!.caseId;
    const foreign = `${config.redis.keyPrefix}conversation:{future}`;
    await redis.set(foreign, JSON.stringify({ version: 1, schemaVersion: 7 }));
    const sut = context.get(SchemaUpgradeService);
    const before = await redis.get(key('conversation', old));

    await expect(sut.upgradeAll({ dryRun: true }).then((s) => s.toJSON())).resolves.toMatchObject({ wouldUpgrade: 2, current: 2, malformed: 1 });
    await expect(redis.get(key('conversation', old))).resolves.toBe(before);

    const summary = (await sut.upgradeAll()).toJSON();

    expect(summary).toMatchObject({ schemaVersion: 2, scanned: 5, upgraded: 2, current: 2, malformed: 1 });
    expect(summary.malformedItems).toEqual([{ ref: foreign, reason: expect.stringContaining('unsupported schemaVersion 7') }]);
    const stored = JSON.parse((await redis.get(key('conversation', old)))!);
    expect(stored).toMatchObject({ version: 5, schemaVersion: 2, caseId: old });
    expect(stored.messages).toEqual([['assistant', expect.any(String), expect.any(Number)]]);
    expect(await redis.pttl(key('conversation', old))).toBeGreaterThan(498_000);
    await expect(context.get(ConversationStateManager).getConversationState(current)).resolves.toMatchObject({ version: 1, schemaVersion: 2 });
    await expect(sut.upgradeAll().then((s) => s.toJSON())).resolves.toMatchObject({ upgraded: 0, current: 4 });
  });
});
