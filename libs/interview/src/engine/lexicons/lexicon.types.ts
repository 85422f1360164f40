import { ChecklistTopic, LegalAreaCode } from '../interview-engine.types';

/**
 * Phrase -> weight. Phrases are plain Portuguese, accents optional; a word ending in `*`
 * matches any ending. Weights: 1 weak hint, 2-3 typical word, 5+ decisive term.
 */
export type WeightedTerms = Record<string, number>;

/** A kind of case inside an area. Its terms also count for the area. */
export interface SubareaLexicon {
  id: string;
  label: string;
  terms: WeightedTerms;
  /** Hours within which a lawyer should act for this kind of case, when no signal is sharper. */
  urgencyH?: number;
  /**
   * The urgency signals of the fact of now `urgencyH` rests on (someone held, violence going on): when the interview told one only
   * of a past year (`UrgencySignal.pastByYear`) and counted none, the kind was told as a past episode (an arrest undone years
   * ago, an assault now sued for) and `urgencyH` does not count.
   */
  urgentWith?: string[];
  /**
   * `urgencyH` counts only when one of `urgentWith` is counted now: the kind read from words that name it without its fact (an arrest
   * wished, "quero que ele seja preso"; asked about, "ele pode ser preso?") asks nothing within the day.
   */
  urgentOnlyWith?: true;
  /** Complexity points this kind of case starts with (negative for consultations). */
  complexity?: number;
  /**
   * A kind of case a lawyer never calls simple, whatever was told of it: its points count as `tipo-de-caso-nao-simples`, which
   * keeps the case at least medium without adding to the score (a high case still needs its strong features).
   */
  notLow?: boolean;
  /**
   * Checklist topics that do not apply to this kind of case, never asked nor named as a gap: no sum is at stake in a
   * concurso's nomination or a disciplinary proceeding.
   */
  skips?: ChecklistTopic[];
}

/** Everything the engine knows about one area of law. */
export interface AreaLexicon {
  code: LegalAreaCode;
  terms: WeightedTerms;
  subareas: SubareaLexicon[];
  /** Subarea label used when no subarea term was found. */
  defaultSubarea: string;
  /** Topics to ask about, most important first. */
  topics: ChecklistTopic[];
  recommendedAction: string;
  nextSteps: string[];
}
