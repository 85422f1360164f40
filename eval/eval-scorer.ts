import { Complexity } from '../libs/interview/src/engine';
import { CaseReading, Summary } from './eval.types';

export const COMPLEXITY_LEVELS: Complexity[] = ['low', 'medium', 'high'];

/** Urgency bands: expected <= 24 h needs <= 48 h; expected >= 720 h needs >= 168 h; otherwise 24..720 h. */
export function urgencyInBand(expectedH: number, gotH: number): boolean {
  if (expectedH <= 24) return gotH <= 48;
  if (expectedH >= 720) return gotH >= 168;
  return gotH >= 24 && gotH <= 720;
}

/** Low read as high or high as low. */
export function twoBandsOff(expected: Complexity, got: Complexity): boolean {
  return Math.abs(COMPLEXITY_LEVELS.indexOf(expected) - COMPLEXITY_LEVELS.indexOf(got)) === 2;
}

export function summarize(outcomes: CaseReading[]): Summary {
  const count = (test: (o: CaseReading) => boolean) => outcomes.filter(test).length;
  const row = (expected: Complexity) =>
    Object.fromEntries(
      COMPLEXITY_LEVELS.map((got) => [got, count((o) => o.complexity.expected === expected && o.complexity.got === got)]),
    ) as Record<Complexity, number>;
  const turns = outcomes.map((o) => o.turns);
  return {
    cases: outcomes.length,
    areaCorrect: count((o) => o.area.got === o.area.expected),
    complexityExact: count((o) => o.complexity.got === o.complexity.expected),
    confusion: { low: row('low'), medium: row('medium'), high: row('high') },
    twoBandsOff: count((o) => twoBandsOff(o.complexity.expected, o.complexity.got)),
    urgencyInBand: count((o) => urgencyInBand(o.urgency_h.expected, o.urgency_h.got)),
    completed: count((o) => o.completed),
    turns: {
      mean: turns.length ? Math.round((turns.reduce((a, b) => a + b, 0) / turns.length) * 10) / 10 : 0,
      max: Math.max(0, ...turns),
    },
  };
}
