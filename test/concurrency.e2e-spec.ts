import { INestApplicationContext } from '@nestjs/common';
import { ConversationStateManager } from '@app/state';
import { newCase } from './factories';
import { createStateContext, SLOW_OK, testConfig } from './test-app';

describe('update() under contention', () => {
  let contexts: INestApplicationContext[];

  beforeAll(async () => {
    // The test counts versions, not latency: a generous command timeout keeps a busy machine from turning contention into a 503.
    const config = testConfig({ REDIS_MAX_CONNECTIONS: '4', ...SLOW_OK });
    // Two separately created application contexts: two pools, as two API instances would have.
    contexts = await Promise.all([createStateContext(config), createStateContext(config)]);
  });

  afterAll(() => Promise.all(contexts.map((context) => context.close())));

  it('applies 50 concurrent changes from two pools with none lost', async () => {
    const [a, b] = contexts.map((context) => context.get(ConversationStateManager));
    const { conversation } = await a.saveCase({ ...newCase(), orchestration: null });
    const caseId = conversation!.caseId;

    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        (i % 2 === 0 ? a : b).update(caseId, (state) => ({
          orchestration: null,
          conversation: {
            ...state.conversation!,
            messages: [...state.conversation!.messages, { role: 'user', content: `change ${i}`, timestamp: new Date().toISOString() }],
          },
        })),
      ),
    );

    const stored = await b.getConversationState(caseId);
    expect(stored!.version).toBe(51);
    const changes = stored!.messages.filter((m) => m.role === 'user').map((m) => m.content);
    expect(changes).toHaveLength(50);
    expect(new Set(changes)).toEqual(new Set(Array.from({ length: 50 }, (_, i) => `change ${i}`)));
  });

  it('counts 50 concurrent updates of a fresh document to version 50', async () => {
    const [a, b] = contexts.map((context) => context.get(ConversationStateManager));
    const { orchestration } = newCase();

    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        (i % 2 === 0 ? a : b).update(orchestration.caseId, (state) => ({
          conversation: null,
          orchestration: { ...(state.orchestration ?? orchestration), confidence: (state.orchestration?.confidence ?? 0) + 1 },
        })),
      ),
    );

    await expect(a.getOrchestrationState(orchestration.caseId)).resolves.toMatchObject({ version: 50, confidence: 50 });
  });
});
