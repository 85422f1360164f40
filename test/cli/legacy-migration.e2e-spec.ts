import { INestApplicationContext } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '@app/config';
import { ConversationStateManager, CURRENT_SCHEMA_VERSION } from '@app/state';
import { LegacyMigrationService } from '../../apps/cli/src/legacy/legacy-migration.service';
import { RedisServer, startRedisServer } from '../redis-server';
import { testConfig } from '../test-app';
import { createCliContext, keyspace, LegacyFixture, loadLegacyFixtures } from './cli-helpers';

const CONSUMIDOR = '7d2e4b10-93af-4c6e-8f0d-2b1a9c3e5d02';
const TRIBUTARIO = '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e09';
const BYTES = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c07';
const FAMILIA = 'a81f0c33-2d4e-4f7a-b6c1-5e9d8a7b6c03';
const IMPORTED = 8;
const MALFORMED = ['1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d08', '3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f10', '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a11'];

describe('migrate legacy (test/fixtures/legacy against redis-server)', () => {
  let server: RedisServer;
  let redis: Redis;
  let config: AppConfig;
  let context: INestApplicationContext;
  let sut: LegacyMigrationService;
  let fixtures: LegacyFixture[];

  beforeAll(async () => {
    server = await startRedisServer();
    redis = new Redis(server.url);
    fixtures = await loadLegacyFixtures(redis);
    config = testConfig({ REDIS_URL: server.url });
    context = await createCliContext(config);
    sut = context.get(LegacyMigrationService);
  });

  afterAll(async () => {
    await context.close();
    redis.disconnect();
    await server.destroy();
  });

  it('with --dry-run reports what it would do and writes nothing', async () => {
    const before = await keyspace(redis);
    const lines: string[] = [];

    const summary = (await sut.migrate({ dryRun: true }, undefined, (line) => lines.push(line))).toJSON();

    expect(summary).toMatchObject({ dryRun: true, scanned: 11, wouldImport: IMPORTED, imported: 0, skipped: 0, malformed: 3 });
    expect(lines).toHaveLength(IMPORTED);
    expect(lines.join('\n')).toContain(`would import case ${CONSUMIDOR}`);
    await expect(redis.dbsize()).resolves.toBe(fixtures.length);
    expect(await keyspace(redis)).toEqual(before);
  });

  it('imports the readable cases with counts, reasons and notes, keeping the source keys', async () => {
    const summary = (await sut.migrate({ batch: 7 })).toJSON();

    expect(summary).toMatchObject({ dryRun: false, scanned: 11, imported: IMPORTED, skipped: 0, malformed: 3 });
    expect(summary.malformedItems).toEqual(
      expect.arrayContaining([
        { ref: `case ${MALFORMED[0]}`, reason: expect.stringMatching(/^conversation: not valid JSON/) },
        { ref: `case ${MALFORMED[1]}`, reason: 'no user_id' },
        { ref: `case ${MALFORMED[2]}`, reason: 'conversation: _metadata.case_id differs from the key' },
      ]),
    );
    expect(summary.notes).toEqual({
      'orchestration.result: parsed from Python str()': 1,
      'orchestration.result: kept as raw text': 1,
      'conversation: no _metadata': 1,
      'orchestration: stored as str(bytes), decoded': 1,
      'conversation.messages[].content: stored as str(bytes), decoded': 1,
    });
    for (const { key } of fixtures) await expect(redis.exists(key)).resolves.toBe(1);
  });

  it('lands each case through the state layer: schemaVersion, owner index, stats', async () => {
    const manager = context.get(ConversationStateManager);
    const consumidor = await manager.getCase(CONSUMIDOR);
    expect(consumidor.conversation).toMatchObject({ version: 1, schemaVersion: CURRENT_SCHEMA_VERSION, userId: 'user-carlos', complexity: 'medium', isComplete: true });
    expect(consumidor.conversation!.messages[1]).toMatchObject({ role: 'user', content: expect.stringContaining('geladeira') });
    expect(consumidor.orchestration!.result).toMatchObject({
      strategy_used: 'failover',
      triage_data: { area: 'Consumidor', area_code: 'consumidor', entities: { amounts: ['R$ 3.499,00'] } },
      timestamp: '2024-05-02T11:19:03.120Z',
    });
    const tributario = await manager.getOrchestrationState(TRIBUTARIO);
    expect(tributario).toMatchObject({ status: 'completed', complexity: 'high', result: { _raw: '<app.models.TriageResult object at 0x7f3a2c1d9e50>' } });
    const bytes = await manager.getCase(BYTES);
    expect(bytes.conversation!.messages[1].content).toBe('Meu nome foi negativado indevidamente no Serasa por uma dívida que já paguei.');
    expect(bytes.orchestration).toMatchObject({ userId: 'user-rafael', status: 'interviewing' });

    const owned = await manager.listActiveConversations({ ownerId: 'user-carlos' });
    expect(owned.items.map((c) => c.caseId)).toEqual([CONSUMIDOR]);
    await expect(manager.getSystemStats()).resolves.toMatchObject({
      activeConversations: 7,
      activeOrchestrations: 7,
      byStatus: { interviewing: 3, completed: 3, error: 1 },
      byComplexity: { low: 0, medium: 2, high: 2 },
    });
  });

  it('keeps each key’s remaining TTL within a second (the configured TTL where there was none)', async () => {
    const { keyPrefix, conversationTtlSeconds } = config.redis;
    for (const { key, ttl_seconds } of fixtures.filter((f) => /^(conversation|orchestration):/.test(f.key))) {
      const [kind, caseId] = key.split(':');
      if (MALFORMED.includes(caseId)) continue;
      const [source, target] = await Promise.all([redis.pttl(key), redis.pttl(`${keyPrefix}${kind}:{${caseId}}`)]);
      if (ttl_seconds === null) expect(Math.abs(target - conversationTtlSeconds * 1000)).toBeLessThan(1_000);
      else expect(Math.abs(target - source)).toBeLessThan(1_000);
    }
    await expect(redis.pttl(`${keyPrefix}conversation:{${FAMILIA}}`)).resolves.toBeGreaterThan(0);
  });

  it('changes nothing on a second run, and says so', async () => {
    const before = await keyspace(redis);

    const summary = (await sut.migrate({})).toJSON();

    expect(summary).toMatchObject({ scanned: 11, imported: 0, skipped: IMPORTED, malformed: 3 });
    expect(summary.message).toBe(`nothing changed: ${IMPORTED} case(s) already migrated, 3 malformed`);
    expect(await keyspace(redis)).toEqual(before);
  });

  it('reads from --source-url and, with --delete-source, removes only the migrated cases’ keys', async () => {
    const source = await startRedisServer();
    const sourceClient = new Redis(source.url);
    const target = await createCliContext(testConfig({ REDIS_URL: server.url }));
    try {
      await loadLegacyFixtures(sourceClient);

      const summary = (await target.get(LegacyMigrationService).migrate({ sourceUrl: source.url, deleteSource: true })).toJSON();

      expect(summary).toMatchObject({ imported: IMPORTED, malformed: 3, sourceCasesDeleted: IMPORTED, source: source.url });
      const left = (await sourceClient.keys('*')).sort();
      expect(left).toEqual(
        ['session:user-joana', 'rate_limit:user-carlos', `conversation:${MALFORMED[0]}`, `orchestration:${MALFORMED[0]}`, ...MALFORMED.slice(1).map((id) => `conversation:${id}`)].sort(),
      );
    } finally {
      sourceClient.disconnect();
      await target.close();
      await source.destroy();
    }
  });
});
