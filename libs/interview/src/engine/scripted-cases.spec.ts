import { STRATEGY_BY_COMPLEXITY, TURN_LIMITS } from './interview-engine.constants';
import { RuleBasedInterviewEngine } from './rule-based-interview.engine';
import { driveInterview } from './testing/interview-driver';
import { SCRIPTED_CASES } from './testing/scripted-cases';

describe('scripted reference cases', () => {
  const sut = new RuleBasedInterviewEngine();

  it.each(SCRIPTED_CASES.map((c) => [c.name, c] as const))('%s', (_name, scripted) => {
    const { last, facts, turns } = driveInterview(sut, scripted.opening, scripted.answers);
    const triage = sut.triageData(facts);

    expect(last.complete).toBe(true);
    expect(last.completionReason).not.toBeNull();
    expect(triage.area_code).toBe(scripted.expected.area);
    expect(last.complexity).toBe(scripted.expected.complexity);
    expect(STRATEGY_BY_COMPLEXITY[last.complexity]).toBe(scripted.expected.strategy);
    expect(facts.questionsAsked).toBeLessThanOrEqual(TURN_LIMITS[last.complexity].max);
    expect(turns.slice(0, -1).every((turn) => !turn.complete)).toBe(true);
    // A topic comes back only as the one re-ask of an answer that did not answer it.
    const repeated = facts.topicsAsked.filter((topic, i) => facts.topicsAsked.indexOf(topic) !== i);
    expect(repeated.every((topic) => (facts.reasked ?? []).includes(topic))).toBe(true);
    expect(new Set(repeated).size).toBe(repeated.length);

    const second = sut.analyzeTranscript(turns.map((_, i) => [scripted.opening, ...scripted.answers][i]));
    expect(second.facts.area).toBe(scripted.expected.area);
    expect(second.complexity).toBe(scripted.expected.complexity);
  });
});
