import { ConversationStateManager } from '@app/state';
import { newCase } from './factories';
import { RedisServer, startRedisServer } from './redis-server';
import { createStateContext, SLOW_OK, testConfig } from './test-app';

describe('surviving restarts', () => {
  let server: RedisServer;

  beforeAll(async () => {
    server = await startRedisServer({ persistent: true });
  });

  afterAll(() => server.destroy());

  it('reads everything back after redis-server is stopped with SIGTERM and started on the same dir', async () => {
    const config = testConfig({ REDIS_URL: server.url, ...SLOW_OK });
    const before = await createStateContext(config);
    const states = Array.from({ length: 20 }, () => newCase());
    const saved = await Promise.all(states.map((state) => before.get(ConversationStateManager).saveCase(state)));
    await before.close();

    await server.stop();
    await server.start();

    const after = await createStateContext(config);
    try {
      const manager = after.get(ConversationStateManager);
      for (const state of saved) {
        await expect(manager.getCase(state.conversation!.caseId)).resolves.toEqual(state);
      }
      await expect(manager.getSystemStats()).resolves.toMatchObject({ activeConversations: 20 });
    } finally {
      await after.close();
    }
  });

  it('reads through instance B what instance A wrote before it closed', async () => {
    const config = testConfig({ REDIS_URL: server.url, ...SLOW_OK });
    const a = await createStateContext(config);
    const saved = await a.get(ConversationStateManager).saveCase(newCase());
    await a.close();

    const b = await createStateContext(config);
    try {
      await expect(b.get(ConversationStateManager).getCase(saved.conversation!.caseId)).resolves.toEqual(saved);
    } finally {
      await b.close();
    }
  });
});
