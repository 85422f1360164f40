import { InterviewFacts } from '../interview-engine.types';
import { RuleBasedInterviewEngine } from '../rule-based-interview.engine';

/** Empty interview facts with the given fields overridden. */
export function newFacts(overrides: Partial<InterviewFacts> = {}): InterviewFacts {
  return { ...new RuleBasedInterviewEngine().initialFacts(), ...overrides };
}
