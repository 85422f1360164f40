import { Complexity, InterviewFacts } from '../interview-engine.types';
import { AREA_LEXICONS } from '../lexicons/areas';
import {
  AMOUNT_POINTS,
  COMPLEXITY_SIGNALS,
  COMPLEXITY_THRESHOLDS,
  GROUP_POINTS,
  MANY_PARTIES,
  URGENCY_POINTS,
} from '../lexicons/complexity.lexicon';
import { PhraseMatcher } from '../text/phrase-matcher';
import { tokenize } from '../text/text-normalizer';
import { round2 } from './area.classifier';
import { UrgencyClassifier } from './urgency.classifier';

const POINTS_BY_SIGNAL = new Map(COMPLEXITY_SIGNALS.map((signal) => [signal.id, signal.points]));
const BOUNDARIES = COMPLEXITY_THRESHOLDS.filter((t) => Number.isFinite(t.min)).map((t) => t.min - 0.5);

/** How hard a case looks, and how sure the engine is about the whole assessment. */
export interface ComplexityAssessment {
  complexity: Complexity;
  score: number;
  confidence: number;
}

/** Rates complexity from the collected facts with the point tables of `complexity.lexicon`. */
export class ComplexityClassifier {
  private readonly matcher = new PhraseMatcher(
    COMPLEXITY_SIGNALS.flatMap((signal) => signal.phrases.map((p) => [p, signal.id] as const)),
  );

  constructor(private readonly urgency = new UrgencyClassifier()) {}

  /** Ids of the complexity signals in `text` (negated phrases do not count). */
  signals(text: string): string[] {
    const ids: string[] = [];
    for (const match of this.matcher.match(tokenize(text))) {
      if (match.negated) continue;
      for (const id of match.values) if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  score(facts: InterviewFacts): number {
    let score = facts.complexitySignals.reduce((sum, id) => sum + (POINTS_BY_SIGNAL.get(id) ?? 0), 0);
    const largestAmount = Math.max(0, ...facts.amounts.map((a) => a.value));
    score += AMOUNT_POINTS.find((rule) => largestAmount >= rule.min)?.points ?? 0;
    score += GROUP_POINTS.find((rule) => facts.largestGroup >= rule.min)?.points ?? 0;
    const hours = this.urgency.hours(facts);
    score += URGENCY_POINTS.find((rule) => hours <= rule.maxHours)?.points ?? 0;
    if (facts.parties.length >= MANY_PARTIES.min) score += MANY_PARTIES.points;
    if (facts.area && facts.subarea) {
      const sub = AREA_LEXICONS[facts.area].subareas.find((s) => s.label === facts.subarea);
      score += sub?.complexity ?? 0;
    }
    return score;
  }

  /**
   * `areaCertainty` and `coverage` (share of the area's topics already known) come from the
   * caller; confidence also grows with the distance of the score from a level boundary.
   */
  assess(facts: InterviewFacts, areaCertainty: number, coverage: number): ComplexityAssessment {
    const score = this.score(facts);
    const complexity = COMPLEXITY_THRESHOLDS.find((t) => score >= t.min)?.level ?? 'low';
    const distance = Math.min(...BOUNDARIES.map((b) => Math.abs(score - b)));
    const stability = Math.min(1, distance / 2);
    const confidence = round2(0.2 + 0.3 * areaCertainty + 0.3 * coverage + 0.2 * stability);
    return { complexity, score, confidence: Math.min(0.99, confidence) };
  }
}
