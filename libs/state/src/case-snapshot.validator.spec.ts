import { newCase } from '../../../test/factories';
import { validateCaseSnapshot } from './case-snapshot.validator';

const line = () => {
  const { conversation, orchestration } = newCase();
  return { caseId: conversation.caseId, conversation: { ...conversation, version: 2 }, orchestration: { ...orchestration, version: 1 }, ttlMs: { conversation: 5_000, orchestration: null } };
};

const withConversation = (change: Record<string, unknown>) => {
  const snapshot = line();
  return { ...snapshot, conversation: { ...snapshot.conversation, ...change } };
};

describe(validateCaseSnapshot.name, () => {
  it('accepts what export writes', () => {
    const snapshot = line();
    expect(validateCaseSnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
  });

  it('accepts receipts, as export writes them', () => {
    const snapshot = withConversation({ receipts: [{ key: 'k-1', at: 1, complexity: 'low', confidence: 0.4, completed: false }] });
    expect(validateCaseSnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
  });

  it.each([
    ['a non-object', () => 'x', 'not a JSON object'],
    ['a case id with braces', () => ({ ...line(), caseId: 'a}b' }), 'caseId missing or invalid'],
    ['no documents', () => ({ ...line(), conversation: null, orchestration: null }), 'no conversation and no orchestration'],
    ['a negative ttl', () => ({ ...line(), ttlMs: { conversation: -1, orchestration: null } }), 'ttlMs must hold a positive number or null per document'],
    ['version 0', () => withConversation({ version: 0 }), 'conversation: missing or invalid version'],
    ['a bad message', () => withConversation({ messages: [{ role: 'bot' }] }), 'conversation: missing or invalid messages'],
    ['a bad receipt', () => withConversation({ receipts: [{ key: 'k-1', at: '1' }] }), 'conversation: missing or invalid receipts'],
    ['another case’s document', () => withConversation({ caseId: 'other' }), "conversation: caseId differs from the line's caseId"],
  ])('refuses %s', (_what, value, message) => {
    expect(() => validateCaseSnapshot(value())).toThrow(message);
  });
});
