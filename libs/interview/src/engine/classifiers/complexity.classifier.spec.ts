import { newFacts } from '../testing/facts.factory';
import { ComplexityClassifier } from './complexity.classifier';

describe(ComplexityClassifier.name, () => {
  const sut = new ComplexityClassifier();

  it('rates a plain small case as low', () => {
    const facts = newFacts({ amounts: [{ raw: 'R$ 2.300,00', value: 2300 }] });
    expect(sut.assess(facts, 1, 1).complexity).toBe('low');
  });

  it('rates a mid-size dismissal as medium', () => {
    const facts = newFacts({
      complexitySignals: ['dispensa-pelo-empregador'],
      amounts: [{ raw: 'R$ 18 mil', value: 18000 }],
    });
    expect(sut.assess(facts, 1, 1).complexity).toBe('medium');
  });

  it('rates insolvency with many creditors as high', () => {
    const facts = newFacts({ complexitySignals: sut.signals('recuperação judicial com muitos credores') });
    expect(sut.assess(facts, 1, 1).complexity).toBe('high');
  });

  it('rates prison as high through signals and urgency', () => {
    const facts = newFacts({ complexitySignals: sut.signals('foi preso'), urgencySignals: ['prisao'] });
    expect(sut.score(facts)).toBeGreaterThanOrEqual(5);
  });

  it('counts amounts, group size and many parties', () => {
    const base = sut.score(newFacts());
    expect(sut.score(newFacts({ amounts: [{ raw: '2 milhões', value: 2_000_000 }] }))).toBe(base + 4);
    expect(sut.score(newFacts({ largestGroup: 9 }))).toBe(base + 2);
    expect(sut.score(newFacts({ parties: ['a', 'b', 'c', 'd'] }))).toBe(base + 1);
  });

  it('ignores negated signals', () => {
    expect(sut.signals('ele nunca foi preso')).toEqual([]);
  });

  it('gives a confidence between 0 and 1 that grows with certainty and coverage', () => {
    const facts = newFacts();
    const unsure = sut.assess(facts, 0, 0).confidence;
    const sure = sut.assess(facts, 1, 1).confidence;
    expect(unsure).toBeGreaterThanOrEqual(0);
    expect(sure).toBeLessThanOrEqual(1);
    expect(sure).toBeGreaterThan(unsure);
    expect(Number.isInteger(sure * 100)).toBe(true);
  });
});
