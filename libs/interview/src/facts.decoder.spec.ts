import { RuleBasedInterviewEngine } from './engine';
import { decodeFacts, encodeFacts, InvalidFactsError } from './facts.decoder';

describe(decodeFacts.name, () => {
  const initial = new RuleBasedInterviewEngine().initialFacts();

  it('reads the deadlines kept with their purposes back as they were stored', () => {
    const facts = { ...initial, deadlineHours: 72, deadlineTerms: [{ raw: 'dez dias pra sair', hours: 72, kinds: ['leave'] }] };
    expect(decodeFacts(encodeFacts(facts, initial), initial).deadlineTerms).toEqual(facts.deadlineTerms);
  });

  it('reads facts stored before deadlineTerms, and refuses a deadline term of the wrong shape', () => {
    const old = decodeFacts({ schema: 1, deadlineHours: 24 }, initial);
    expect(old.deadlineHours).toBe(24);
    expect(old.deadlineTerms).toBeUndefined();
    expect(() => decodeFacts({ schema: 1, deadlineTerms: [{ raw: 'amanhã', hours: '24' }] }, initial)).toThrow(InvalidFactsError);
  });
});
