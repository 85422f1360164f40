import { INestApplicationContext } from '@nestjs/common';
import { PassThrough, Readable } from 'node:stream';
import Redis from 'ioredis';
import { AppConfig } from '@app/config';
import { CaseState, ConversationStateManager } from '@app/state';
import { CaseTransferService } from '../../apps/cli/src/transfer/case-transfer.service';
import { newCase } from '../factories';
import { RedisServer, startRedisServer } from '../redis-server';
import { testConfig } from '../test-app';
import { createCliContext, keyspace } from './cli-helpers';

async function exported(sut: CaseTransferService): Promise<{ text: string; summary: Record<string, unknown> }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const summary = (await sut.exportCases(out)).toJSON();
  return { text: Buffer.concat(chunks).toString('utf8'), summary };
}

describe('export and import (JSON lines)', () => {
  let servers: RedisServer[];
  let source: INestApplicationContext;
  let target: INestApplicationContext;
  let sourceClient: Redis;
  let targetClient: Redis;
  let sourceConfig: AppConfig;
  let targetConfig: AppConfig;
  const saved: CaseState[] = [];

  beforeAll(async () => {
    servers = await Promise.all([startRedisServer(), startRedisServer()]);
    const env = { REDIS_KEY_PREFIX: 'litgo:', REDIS_CONVERSATION_TTL: '600', REDIS_ORCHESTRATION_TTL: '900' };
    sourceConfig = testConfig({ ...env, REDIS_URL: servers[0].url });
    targetConfig = testConfig({ ...env, REDIS_URL: servers[1].url });
    [source, target] = await Promise.all([createCliContext(sourceConfig), createCliContext(targetConfig)]);
    sourceClient = new Redis(servers[0].url);
    targetClient = new Redis(servers[1].url);
    const manager = source.get(ConversationStateManager);
    for (let i = 0; i < 30; i++) saved.push(await manager.saveCase(newCase({ userId: `user-${i % 4}` })));
    const first = saved[0].conversation!.caseId;
    saved[0] = await manager.update(first, ({ orchestration }) => ({
      conversation: null,
      orchestration: { ...orchestration!, status: 'completed', complexity: 'high', result: { triage_data: { area: 'Família' } } },
    }));
    // A case with one document only, and a shorter remaining TTL.
    const lone = newCase();
    saved.push(await manager.saveCase({ conversation: null, orchestration: lone.orchestration }));
    await sourceClient.pexpire(`litgo:orchestration:{${lone.orchestration.caseId}}`, 120_000);
  });

  afterAll(async () => {
    sourceClient.disconnect();
    targetClient.disconnect();
    await Promise.all([source.close(), target.close()]);
    await Promise.all(servers.map((server) => server.destroy()));
  });

  it('gives the same cases, TTLs and stats in an empty Redis', async () => {
    const { text, summary } = await exported(source.get(CaseTransferService));
    expect(summary).toMatchObject({ scanned: 31, exported: 31, skipped: 0, malformed: 0 });
    expect(text.trim().split('\n')).toHaveLength(31);

    const imported = (await target.get(CaseTransferService).importCases(Readable.from([text]))).toJSON();

    expect(imported).toMatchObject({ scanned: 31, imported: 31, skipped: 0, malformed: 0 });
    const [from, to] = [source, target].map((context) => context.get(ConversationStateManager));
    for (const state of saved) {
      const caseId = (state.conversation ?? state.orchestration)!.caseId;
      await expect(to.getCase(caseId)).resolves.toEqual(await from.getCase(caseId));
      for (const kind of ['conversation', 'orchestration']) {
        const key = `litgo:${kind}:{${caseId}}`;
        const [before, after] = await Promise.all([sourceClient.pttl(key), targetClient.pttl(key)]);
        expect(Math.abs(before - after)).toBeLessThan(1_000);
      }
    }
    const { redis: _a, ...sourceStats } = await from.getSystemStats();
    const { redis: _b, ...targetStats } = await to.getSystemStats();
    expect(targetStats).toEqual(sourceStats);
    expect((await to.listActiveOrchestrations({ ownerId: 'user-1', limit: 100 })).items).toHaveLength(
      (await from.listActiveOrchestrations({ ownerId: 'user-1', limit: 100 })).items.length,
    );
  });

  it('skips stored cases unless --overwrite, and a dry run writes nothing', async () => {
    const { text } = await exported(source.get(CaseTransferService));
    const sut = target.get(CaseTransferService);
    const before = await keyspace(targetClient);

    await expect(sut.importCases(Readable.from([text]), { dryRun: true, overwrite: true }).then((s) => s.toJSON())).resolves.toMatchObject({
      imported: 0,
      wouldOverwrite: 31,
    });
    await expect(sut.importCases(Readable.from([text])).then((s) => s.toJSON())).resolves.toMatchObject({ imported: 0, skipped: 31 });
    expect(await keyspace(targetClient)).toEqual(before);

    const overwritten = (await sut.importCases(Readable.from([text]), { overwrite: true })).toJSON();
    expect(overwritten).toMatchObject({ imported: 0, overwritten: 31, skipped: 0 });
    const caseId = saved[1].conversation!.caseId;
    await expect(target.get(ConversationStateManager).getConversationState(caseId)).resolves.toMatchObject({ version: 2 });
  });

  it('reports bad lines by number and imports the rest', async () => {
    const good = newCase();
    const line = (state: ReturnType<typeof newCase>) =>
      JSON.stringify({
        caseId: state.conversation.caseId,
        conversation: { ...state.conversation, version: 3 },
        orchestration: { ...state.orchestration, version: 1 },
        ttlMs: { conversation: 60_000, orchestration: null },
      });
    const bad = newCase();
    const input = [
      line(good),
      '{"caseId": "truncated',
      '',
      JSON.stringify({ caseId: 'x', conversation: { schemaVersion: 99 }, orchestration: null, ttlMs: {} }),
      line(bad).replace('"status":"interviewing"', '"status":"thinking"'),
      '[1, 2, 3]',
    ].join('\n');

    const summary = (await target.get(CaseTransferService).importCases(Readable.from([input]))).toJSON();

    expect(summary).toMatchObject({ scanned: 5, imported: 1, malformed: 4 });
    expect(summary.malformedItems).toEqual([
      { ref: 'line 2', reason: expect.stringContaining('JSON') },
      { ref: 'line 4', reason: expect.stringContaining('unsupported schemaVersion 99') },
      { ref: 'line 5', reason: 'orchestration: missing or invalid status' },
      { ref: 'line 6', reason: 'not a JSON object' },
    ]);
    await expect(target.get(ConversationStateManager).getConversationState(good.conversation.caseId)).resolves.toMatchObject({ version: 3 });
    await expect(targetClient.pttl(`litgo:conversation:{${good.conversation.caseId}}`)).resolves.toBeLessThanOrEqual(60_000);
    await expect(targetClient.pttl(`litgo:orchestration:{${good.conversation.caseId}}`)).resolves.toBeGreaterThan(800_000);
  });

  it('fails the run when no line is valid', async () => {
    const summary = await target.get(CaseTransferService).importCases(Readable.from(['garbage\n\u0000\u0001{{{\n']));
    expect(summary.failure).toMatch(/^no valid case in the input: all 2 line\(s\) malformed \(line 1: /);
  });
});
