import { summarize, twoBandsOff, urgencyInBand } from './eval-scorer';
import { CaseReading } from './eval.types';

const reading = (overrides: Partial<CaseReading> = {}): CaseReading => ({
  id: 'civil-x1',
  area: { expected: 'civil', got: 'civil' },
  complexity: { expected: 'low', got: 'low' },
  urgency_h: { expected: 720, got: 720 },
  turns: 4,
  questions: 3,
  completed: true,
  ...overrides,
});

describe('eval scorer', () => {
  describe(urgencyInBand.name, () => {
    it.each([
      [24, 48, true],
      [24, 49, false],
      [12, 24, true],
      [720, 168, true],
      [720, 167, false],
      [1000, 720, true],
      [72, 24, true],
      [72, 720, true],
      [168, 23, false],
      [168, 721, false],
    ])('expected %i h, got %i h: in band %s', (expected, got, inBand) => {
      expect(urgencyInBand(expected, got)).toBe(inBand);
    });
  });

  describe(twoBandsOff.name, () => {
    it('is true only for low against high', () => {
      expect(twoBandsOff('low', 'high')).toBe(true);
      expect(twoBandsOff('high', 'low')).toBe(true);
      expect(twoBandsOff('low', 'medium')).toBe(false);
      expect(twoBandsOff('medium', 'high')).toBe(false);
      expect(twoBandsOff('high', 'high')).toBe(false);
    });
  });

  describe(summarize.name, () => {
    it('counts each measure and fills the confusion matrix as expected rows x got columns', () => {
      const summary = summarize([
        reading(),
        reading({ area: { expected: 'civil', got: 'consumidor' }, complexity: { expected: 'low', got: 'high' }, turns: 6 }),
        reading({ complexity: { expected: 'medium', got: 'low' }, urgency_h: { expected: 24, got: 72 }, completed: false, turns: 5 }),
      ]);
      expect(summary).toEqual({
        cases: 3,
        areaCorrect: 2,
        complexityExact: 1,
        confusion: { low: { low: 1, medium: 0, high: 1 }, medium: { low: 1, medium: 0, high: 0 }, high: { low: 0, medium: 0, high: 0 } },
        twoBandsOff: 1,
        urgencyInBand: 2,
        completed: 2,
        turns: { mean: 5, max: 6 },
      });
    });

    it('gives zeros for no cases', () => {
      expect(summarize([])).toMatchObject({ cases: 0, areaCorrect: 0, turns: { mean: 0, max: 0 } });
    });
  });
});
