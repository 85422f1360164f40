import { TurnReceipt } from '@app/state';
import { newConversation, newOrchestration } from '../../../test/factories';
import { IdempotencyKeyReusedException } from './idempotency-key-reused.exception';
import { earlierTurn, outcomeOf, RECEIPTS_KEPT, withReceipt } from './turn-receipts';

const at = (time: string) => `2026-11-29T10:00:0${time}.000Z`;
const receipt = (key: string, overrides: Partial<TurnReceipt> = {}): TurnReceipt => ({ key, at: 1, complexity: 'low', confidence: 0.5, completed: false, ...overrides });
const conversation = newConversation({
  messages: [
    { role: 'assistant', content: 'Olá! Conte o seu problema.', timestamp: at('0') },
    { role: 'user', content: 'sim', timestamp: at('1') },
    { role: 'assistant', content: 'Quando foi?', timestamp: at('1') },
    { role: 'user', content: 'sim', timestamp: at('2') },
    { role: 'assistant', content: 'Obrigado, terminamos.', timestamp: at('2') },
  ],
  receipts: [receipt('k-1'), receipt('k-2', { at: 3, complexity: 'medium', confidence: 0.8, completed: true })],
});

describe(earlierTurn.name, () => {
  it('finds the turn sent with the key when the message is the same', () => {
    expect(earlierTurn(conversation, 'k-2', 'sim')).toEqual(conversation.receipts![1]);
  });

  it('finds nothing for a new key, even with a message equal to an earlier one', () => {
    expect(earlierTurn(conversation, 'k-3', 'sim')).toBeUndefined();
    expect(earlierTurn(newConversation(), 'k-1', 'sim')).toBeUndefined();
  });

  it('refuses the key of an earlier turn with another message', () => {
    expect(() => earlierTurn(conversation, 'k-1', 'não')).toThrow(IdempotencyKeyReusedException);
  });
});

describe(withReceipt.name, () => {
  it(`keeps the newest ${RECEIPTS_KEPT} receipts, oldest first`, () => {
    let remembering = newConversation();
    for (let turn = 0; turn < RECEIPTS_KEPT + 2; turn++) remembering = withReceipt(remembering, receipt(`k-${turn}`));
    expect(remembering.receipts!.map((r) => r.key)).toEqual(Array.from({ length: RECEIPTS_KEPT }, (_, i) => `k-${i + 2}`));
  });
});

describe(outcomeOf.name, () => {
  const completed = newOrchestration({ caseId: conversation.caseId, status: 'completed', complexity: 'medium', result: { strategy_used: 'failover' } });

  it('answers with the reply after the client message and the figures the turn had', () => {
    expect(outcomeOf(conversation, completed, conversation.receipts![0])).toEqual({
      caseId: conversation.caseId,
      reply: conversation.messages[2],
      receipt: conversation.receipts![0],
      result: null,
    });
  });

  it('carries the result when the turn completed the triage', () => {
    expect(outcomeOf(conversation, completed, conversation.receipts![1])).toMatchObject({
      reply: { content: 'Obrigado, terminamos.' },
      result: { case_id: conversation.caseId, strategy_used: 'failover', complexity_level: 'medium' },
    });
  });
});
