import { CompletionReason, InterviewFacts, ReviewReason, TriageData } from '../interview-engine.types';

/** Below this confidence a result is reviewed. */
const LOW_CONFIDENCE = 0.5;
/** Confidence kept per answer that did not answer its question (at most 3 count). */
const UNANSWERED_FACTOR = 0.92;
const MAX_UNANSWERED_COUNTED = 3;

/** What the finished interview adds to the facts: how it ended and how sure the final reading is. */
export interface ReviewContext {
  completionReason: CompletionReason | string | null;
  confidence: number;
  /** The two readings of failover or ensemble chose different areas. */
  areasDisagree: boolean;
}

/** Says when a person should look at a triage before it is matched, and tempers confidence. */
export class ReviewAssessor {
  /**
   * `confidence` lowered for each asked topic the answers left open (the complexity assessment
   * already lowered it when areas compete).
   */
  confidence(confidence: number, unanswered: number): number {
    const open = UNANSWERED_FACTOR ** Math.min(unanswered, MAX_UNANSWERED_COUNTED);
    return Math.round(confidence * open * 100) / 100;
  }

  /** Reasons the facts alone show; `subareaRefused` when a subarea's presupposed fact was not told. */
  reasons(facts: InterviewFacts, subareaRefused: boolean): ReviewReason[] {
    return [...(facts.competingArea ? (['areas_close'] as const) : []), ...(subareaRefused ? (['conflicting_facts'] as const) : [])];
  }
}

/** `data` with the reasons of how the interview ended added, and `needs_review` set. */
export function withReview(data: TriageData, context: ReviewContext): TriageData {
  const reasons = new Set<ReviewReason>(data.review_reasons);
  if (context.completionReason === 'turn_limit') reasons.add('question_limit');
  else if (context.completionReason !== 'enough_information') reasons.add('interview_incomplete');
  if (context.confidence < LOW_CONFIDENCE) reasons.add('low_confidence');
  if (context.areasDisagree) reasons.add('conflicting_facts');
  const review_reasons = [...reasons];
  return { ...data, needs_review: review_reasons.length > 0, review_reasons };
}
