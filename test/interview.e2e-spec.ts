import { INestApplicationContext } from '@nestjs/common';
import { IntelligentInterviewerService, InterviewModule, InvalidFactsError } from '@app/interview';
import { ConversationStateManager } from '@app/state';
import { RuleBasedInterviewEngine } from '../libs/interview/src/engine';
import { newConversation, newId } from './factories';
import { createStateContext, testConfig } from './test-app';

describe('InterviewModule against redis-server', () => {
  let context: INestApplicationContext;
  let sut: IntelligentInterviewerService;
  let state: ConversationStateManager;

  beforeAll(async () => {
    context = await createStateContext(testConfig(), InterviewModule);
    sut = context.get(IntelligentInterviewerService);
    state = context.get(ConversationStateManager);
  });

  afterAll(() => context?.close());

  it('reads a stored conversation back through getConversationStatus, and null for an unknown case', async () => {
    const turn = await sut.continueConversation(sut.startConversation('user-ana', newId()), 'a construtora atrasou a entrega do meu apartamento em um ano');
    const saved = await state.saveConversationState(turn.conversation);

    const status = await sut.getConversationStatus(saved.caseId);
    expect(status).toEqual(saved);
    expect(status!.messages.map((m) => m.role)).toEqual(['assistant', 'user', 'assistant']);
    expect(status!.collectedData).toMatchObject({ schema: 1, area: 'imobiliario', clientMessages: 1 });
    await expect(sut.getConversationStatus(newId())).resolves.toBeNull();
  });

  it('stores only the facts collected so far, and reads the others back as they began', async () => {
    const first = await sut.continueConversation(sut.startConversation('user-ana', newId()), 'a construtora atrasou a entrega do meu apartamento em um ano');
    const second = await sut.continueConversation(first.conversation, 'moro em Contagem/MG e tenho o contrato');

    expect(sut.startConversation('user-ana', newId()).collectedData).toEqual({ schema: 1 });
    expect(second.conversation.collectedData).not.toHaveProperty('amounts');
    expect(second.conversation.collectedData).toMatchObject({ locations: ['Contagem/MG'], clientMessages: 2 });
    // Read back, the stored facts are the engine's own, field for field and in the same order.
    const now = new Date('2026-03-11T14:00:00Z');
    const third = await sut.continueConversation(second.conversation, 'quero ser indenizado', now);
    expect(JSON.stringify(third.facts)).toBe(JSON.stringify(new RuleBasedInterviewEngine().continue(second.facts, 'quero ser indenizado', now).facts));
  });

  it('continues a conversation whose stored facts predate a field, and refuses facts of the wrong shape', async () => {
    const older = newConversation({ collectedData: { schema: 1, clientMessages: 0 } });
    expect((await sut.continueConversation(older, 'meu vizinho fez um muro no meu terreno')).facts).toMatchObject({ notes: [], clientMessages: 1 });
    const broken = newConversation({ collectedData: { schema: 1, keywords: 'muro', questionsAsked: '2' } });
    await expect(sut.continueConversation(broken, 'oi')).rejects.toThrow(InvalidFactsError);
    await expect(sut.continueConversation(broken, 'oi')).rejects.toThrow(/keywords, questionsAsked/);
    const dollars = { raw: 'US$ 410 mil', value: 2_050_000, foreign: { currency: 'USD', value: 410_000 } };
    const told = await sut.continueConversation(newConversation({ collectedData: { schema: 1, amounts: [dollars] } }), 'é um contrato de exportação');
    expect(told.facts.amounts).toEqual([dollars]);
    const unknownCurrency = newConversation({ collectedData: { schema: 1, amounts: [{ ...dollars, foreign: { currency: 'XYZ', value: 1 } }] } });
    await expect(sut.continueConversation(unknownCurrency, 'oi')).rejects.toThrow(/amounts/);
    await expect(sut.continueConversation(newConversation({ collectedData: { schema: 2 } }), 'oi')).rejects.toThrow(/schema/);
  });
});
