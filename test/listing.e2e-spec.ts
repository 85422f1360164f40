import { INestApplicationContext } from '@nestjs/common';
import Redis, { Cluster } from 'ioredis';
import { ConversationStateManager } from '@app/state';
import { primaries } from './admin-client';
import { newCase } from './factories';
import { RedisCluster, startRedisCluster } from './redis-cluster';
import { RedisServer, startRedisServer } from './redis-server';
import { createStateContext, onCluster, SLOW_OK, testConfig } from './test-app';

const CASES = 10_000;
// Seeding in batches a loaded 2-core CI keeps within the command timeout.
const SEED_BATCH = 50;

describe('listing 10,000 cases', () => {
  let server: RedisServer | RedisCluster;
  let context: INestApplicationContext;
  let sut: ConversationStateManager;
  let admin: Redis | Cluster;
  const caseIds = new Set<string>();

  beforeAll(async () => {
    // A server (or cluster) of its own, so INFO commandstats counts only this test's commands.
    if (onCluster) {
      const cluster = await startRedisCluster();
      server = cluster;
      context = await createStateContext(testConfig({ REDIS_CLUSTER_NODES: cluster.seeds, ...SLOW_OK }));
      admin = cluster.client();
    } else {
      const single = await startRedisServer();
      server = single;
      context = await createStateContext(testConfig({ REDIS_URL: single.url, ...SLOW_OK }));
      admin = new Redis(single.url);
    }
    sut = context.get(ConversationStateManager);
    for (let batch = 0; batch < CASES / SEED_BATCH; batch++) {
      const saves = Array.from({ length: SEED_BATCH }, (_, i) => newCase({ userId: `user-${(batch * SEED_BATCH + i) % 7}` }));
      saves.forEach((state) => caseIds.add(state.conversation.caseId));
      await Promise.all(saves.map((state) => sut.saveCase(state)));
    }
    await Promise.all((await primaries(admin)).map((node) => node.config('RESETSTAT')));
  }, 120_000);

  afterAll(async () => {
    admin.disconnect();
    await context.close();
    await server.destroy();
  });

  it('pages through every case exactly once, newest first, and never uses KEYS or SCAN', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let lastActivity = Infinity;
    do {
      const page = await sut.listActiveConversations({ cursor, limit: 500 });
      for (const item of page.items) {
        const activity = Date.parse(item.updatedAt);
        expect(activity).toBeLessThanOrEqual(lastActivity);
        lastActivity = activity;
        seen.push(item.caseId);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);

    expect(seen).toHaveLength(CASES);
    expect(new Set(seen)).toEqual(caseIds);
    const stats = (await Promise.all((await primaries(admin)).map((node) => node.info('commandstats')))).join('\n');
    expect(stats).toMatch(/cmdstat_evalsha:/);
    expect(stats).not.toMatch(/cmdstat_keys:/);
    expect(stats).not.toMatch(/cmdstat_scan:/);
  });

  it('lists one owner’s cases through the per-owner index', async () => {
    const page = await sut.listActiveOrchestrations({ ownerId: 'user-3', limit: 1_000 });
    const expected = Math.floor(CASES / 7) + (CASES % 7 > 3 ? 1 : 0);
    expect(page.items).toHaveLength(1_000);
    const rest = await sut.listActiveOrchestrations({ ownerId: 'user-3', limit: 1_000, cursor: page.nextCursor! });
    expect(page.items.length + rest.items.length).toBe(expected);
    expect([...page.items, ...rest.items].every((item) => item.userId === 'user-3')).toBe(true);
  });

  it('counts them from the indexes', async () => {
    await expect(sut.getSystemStats()).resolves.toMatchObject({ activeConversations: CASES, activeOrchestrations: CASES });
  });
});
