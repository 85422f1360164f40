import { INestApplicationContext } from '@nestjs/common';
import { PassThrough } from 'node:stream';
import { CaseState, ConversationStateManager } from '@app/state';
import { CaseTransferService } from '../../apps/cli/src/transfer/case-transfer.service';
import { newCase } from '../factories';
import { RedisCluster, startRedisCluster } from '../redis-cluster';
import { RedisServer, startRedisServer } from '../redis-server';
import { testConfig } from '../test-app';
import { createCliContext } from './cli-helpers';

/** The move from one Redis to a cluster: `export` from the server, `import` into the cluster. */
describe('export from standalone, import into a cluster', () => {
  let server: RedisServer;
  let cluster: RedisCluster;
  let source: INestApplicationContext;
  let target: INestApplicationContext;

  beforeAll(async () => {
    [server, cluster] = await Promise.all([startRedisServer(), startRedisCluster()]);
    const env = { REDIS_KEY_PREFIX: 'litgo:' };
    [source, target] = await Promise.all([
      createCliContext(testConfig({ ...env, REDIS_URL: server.url })),
      createCliContext(testConfig({ ...env, REDIS_CLUSTER_NODES: cluster.seeds })),
    ]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([source.close(), target.close()]);
    await Promise.all([server.destroy(), cluster.destroy()]);
  });

  it('gives the cluster the same cases, owners and stats', async () => {
    const manager = source.get(ConversationStateManager);
    const saved: CaseState[] = [];
    for (let i = 0; i < 40; i++) saved.push(await manager.saveCase(newCase({ userId: `user-${i % 4}` })));
    const out = new PassThrough();
    const exported = source.get(CaseTransferService).exportCases(out);
    const imported = target.get(CaseTransferService).importCases(out);
    await expect(
      exported.then((s) => {
        out.end();
        return s.toJSON();
      }),
    ).resolves.toMatchObject({ exported: 40 });
    await expect(imported.then((s) => s.toJSON())).resolves.toMatchObject({
      imported: 40,
      malformed: 0,
    });

    const moved = target.get(ConversationStateManager);
    for (const state of saved) await expect(moved.getCase(state.conversation!.caseId)).resolves.toEqual(state);
    await expect(moved.getSystemStats()).resolves.toMatchObject({
      activeConversations: 40,
      activeOrchestrations: 40,
      byStatus: { interviewing: 40 },
    });
    const owned = await moved.listActiveConversations({ ownerId: 'user-1' });
    expect(owned.items).toHaveLength(10);
  });
});
