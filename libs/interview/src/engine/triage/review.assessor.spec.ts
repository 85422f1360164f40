import { newFacts } from '../testing/facts.factory';
import { TriageDataBuilder } from './triage-data.builder';
import { ReviewAssessor, withReview } from './review.assessor';
import { AreaClassifier } from '../classifiers/area.classifier';
import { UrgencyClassifier } from '../classifiers/urgency.classifier';

describe(ReviewAssessor.name, () => {
  const sut = new ReviewAssessor();
  const data = new TriageDataBuilder(new AreaClassifier(), new UrgencyClassifier(), sut).build(newFacts({ area: 'consumidor', areaScores: { consumidor: 10 } }));

  it('lowers confidence for each answer that left its question open, counting three at most', () => {
    expect(sut.confidence(0.8, 0)).toBe(0.8);
    expect(sut.confidence(0.8, 2)).toBeLessThan(0.7);
    expect(sut.confidence(0.8, 5)).toBe(sut.confidence(0.8, 3));
  });

  it('flags close areas and a subarea whose presupposed fact was not told', () => {
    expect(sut.reasons(newFacts({ areaScores: { consumidor: 6, criminal: 5 }, competingArea: 'criminal' }), true)).toEqual(['areas_close', 'conflicting_facts']);
    expect(sut.reasons(newFacts({ areaScores: { consumidor: 6 } }), false)).toEqual([]);
  });

  it('asks for review at the question limit, on a forced stop, at low confidence and when the readings disagree', () => {
    expect(withReview(data, { completionReason: 'enough_information', confidence: 0.8, areasDisagree: false })).toMatchObject({ needs_review: false, review_reasons: [] });
    expect(withReview(data, { completionReason: 'turn_limit', confidence: 0.3, areasDisagree: true }).review_reasons).toEqual([
      'question_limit',
      'low_confidence',
      'conflicting_facts',
    ]);
    expect(withReview(data, { completionReason: 'forced: cliente saiu', confidence: 0.8, areasDisagree: false })).toMatchObject({
      needs_review: true,
      review_reasons: ['interview_incomplete'],
    });
  });
});
