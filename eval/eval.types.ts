import { Complexity, LegalAreaCode } from '../libs/interview/src/engine';

/** One narrative of a case file (the format of `eval/cases/repo-cases.json` and `../shared/triage-*cases*.json`). */
export interface EvalCase {
  id: string;
  area: LegalAreaCode;
  subarea?: string;
  complexity: Complexity;
  urgency_h: number;
  opening: string;
  followups: string[];
}

/** `scripted`: follow-ups in their order; `responsive`: the follow-up on the topic just asked. */
export type EvalMode = 'scripted' | 'responsive';

/** Tune on one half, check on the other (see `splitHalves`). */
export type Half = 'tune' | 'check';

interface Expected<T> {
  expected: T;
  got: T;
}

/** What the engine made of one case. */
export interface CaseReading {
  id: string;
  area: Expected<LegalAreaCode>;
  complexity: Expected<Complexity>;
  urgency_h: Expected<number>;
  /** Client messages sent, the opening included. */
  turns: number;
  /** Questions Justus asked. */
  questions: number;
  /** The engine completed by itself before the follow-ups ran out. */
  completed: boolean;
}

/** A reading placed in its half of the split. */
export interface CaseOutcome extends CaseReading {
  half: Half;
}

/** The figures of a set of outcomes; counts, not shares. */
export interface Summary {
  cases: number;
  areaCorrect: number;
  complexityExact: number;
  /** confusion[expected][got] */
  confusion: Record<Complexity, Record<Complexity, number>>;
  twoBandsOff: number;
  urgencyInBand: number;
  completed: number;
  turns: { mean: number; max: number };
}
