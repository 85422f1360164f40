/** Stable slug of a legal area; `AREA_LABELS` maps it to the label the app shows. */
export type LegalAreaCode =
  | 'trabalhista'
  | 'consumidor'
  | 'familia'
  | 'previdenciario'
  | 'civil'
  | 'criminal'
  | 'tributario'
  | 'administrativo'
  | 'empresarial'
  | 'imobiliario';

export type Complexity = 'low' | 'medium' | 'high';

export type Strategy = 'simple' | 'failover' | 'ensemble';

/** What an area's checklist asks for. */
export type ChecklistTopic =
  | 'area'
  | 'facts'
  | 'timeline'
  | 'parties'
  | 'location'
  | 'amount'
  | 'urgency'
  | 'documents'
  | 'outcome';

/**
 * What the interviewer may ask for: the checklist, and `closing`, the open question asked once
 * before a simple-looking case concludes (other people involved, harm suffered, papers received).
 */
export type Topic = ChecklistTopic | 'closing';

export type CompletionReason = 'enough_information' | 'turn_limit';

/** A date as the client wrote it; `iso` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY` when it could be resolved without a clock. */
export interface DateMention {
  raw: string;
  iso: string | null;
}

/** A length of time such as "há 3 meses"; `days` is approximate (month = 30, year = 365). */
export interface DurationMention {
  raw: string;
  days: number;
  /** How long something went on ("durante 3 anos", "por 5 anos", "3 anos de casa"), not how long ago ("há 3 anos"). */
  lasted?: true;
}

/** A deadline the client reported, as the engine estimates it (never a legal certainty). */
export interface DeadlineEstimate {
  /** The words it comes from ("10 dias pra defesa", "audiência amanhã"). */
  basis: string;
  /** Days left from the message, as estimated. */
  daysLeft: number;
  /** `YYYY-MM-DD` when the message time was known, else null. */
  dueDate: string | null;
  estimate: true;
}

/**
 * A deadline counted in hours from the message that told it, with what it is for (`DEADLINE_PURPOSES`: a hearing, leaving a home,
 * a payment), so that a later message can end it ("foi adiada", "já saí de lá", "já paguei").
 */
export interface DeadlineTerm {
  /** The words it comes from, as in `InterviewFacts.deadlines`. */
  raw: string;
  hours: number;
  kinds: string[];
}

/** A currency other than the real a client tells a sum in: the dollar, the euro, the pound sterling. */
export type ForeignCurrency = 'USD' | 'EUR' | 'GBP';

/**
 * A sum of money; `value` is in BRL. `income` marks a salary or earnings, `revenue` a business's takings ("a empresa
 * fatura 2 milhões"): neither is the sum claimed. A business's revenue still measures what a business dispute puts at stake.
 */
export interface AmountMention {
  raw: string;
  value: number;
  income?: boolean;
  revenue?: boolean;
  /** A thing's price or worth (`PRICE_CUES`), not a sum claimed or owed: not at stake in a tax case. */
  price?: boolean;
  /**
   * Told in minimum wages ("dois salários mínimos", "30% do salário mínimo"): `raw` is the sum as the client said it, shown
   * as it is; `value` only an estimate for the value bands (`MINIMUM_WAGE_FOR_BANDS`).
   */
  minimumWages?: true;
  /**
   * A total worked out from the client's words, not a sum they said: the instalments left or paid ("faltam 22 parcelas de R$ 1.180"), or
   * things counted at a price each ("400 cabeças a 3 mil a cabeça").
   * `raw` is shown as the client said it; `value` is the total, for the value bands only.
   */
  instalments?: true;
  /**
   * Told in a foreign currency ("US$ 410 mil", "180 euros"): the sum in that currency, which the result shows ("US$ 410.000,00");
   * `value` is then only a floor in reais for the value bands (`FOREIGN_RATES_FOR_BANDS`), never shown. Absent, the sum was told in reais.
   */
  foreign?: { currency: ForeignCurrency; value: number };
}

/**
 * JSON-serialisable snapshot of what the interview has collected. It is stored between turns,
 * so it holds plain data only and never a copy of the transcript.
 */
export interface InterviewFacts {
  schema: 1;
  /** Accumulated keyword score per area. */
  areaScores: Partial<Record<LegalAreaCode, number>>;
  area: LegalAreaCode | null;
  /** Accumulated score per subarea id (`<area>.<slug>`). */
  subareaScores: Record<string, number>;
  subarea: string | null;
  keywords: string[];
  dates: DateMention[];
  durations: DurationMention[];
  amounts: AmountMention[];
  parties: string[];
  /** Largest counted group of opposing or affected parties ("9 bancos", "140 funcionários"). */
  largestGroup: number;
  locations: string[];
  /** Ids of urgency signals from `URGENCY_SIGNALS`. */
  urgencySignals: string[];
  /** Deadlines as the client wrote them ("10 dias pra defesa"). */
  deadlines: string[];
  /** Hours implied by the shortest deadline counted in days ("10 dias pra defesa"), or null. */
  deadlineHours: number | null;
  /**
   * The deadlines behind `deadlineHours`, each with its message's purposes, those a later message ended left out; absent in facts
   * stored before it, whose `deadlineHours` then stands as one deadline no message ends.
   */
  deadlineTerms?: DeadlineTerm[];
  documents: string[];
  outcome: string | null;
  /** Ids of the word features of `COMPLEXITY_PHRASES` found so far. */
  complexitySignals: string[];
  /** Areas one of whose typical terms (weight >= 3) came up; the others are discounted (`AreaClassifier.choose`). */
  anchoredAreas?: LegalAreaCode[];
  /** Another area scoring close to the chosen one (the case may belong to both, or be misrouted); null when none. */
  competingArea?: LegalAreaCode | null;
  /** The client's deadline turned into days and, with the message time, a calendar date; an estimate for the lawyer to confirm. */
  deadlineEstimate?: DeadlineEstimate | null;
  /** Topics already asked a second time, in other words, after an answer that did not answer. */
  reasked?: Topic[];
  /**
   * Days of events a legal term runs from (`TRIGGERED_TERMS`: the death for the inventory), `YYYY-MM-DD` by event, as the
   * client dated them against the message time; absent until one is told.
   */
  events?: Record<string, string>;
  /**
   * Hours of the nearest legal term running from a dated event (`TRIGGERED_TERMS`), worked out again at each message, apart from
   * `deadlineHours`: a term that a later message re-dates or ends (`TriggeredTerm.unlessNotes`) no longer counts; absent until one runs.
   */
  termHours?: number | null;
  /** Events of `TRIGGERED_TERMS` told without their day, for a later message pointing back to date ("isso foi faz 5 meses"). */
  undatedEvents?: string[];
  /** Ids of urgency signals told only of a past year (`UrgencySignal.pastByYear`); absent until one is. */
  pastSignals?: string[];
  /** Ids of `CLIENT_NOTES` the client stated: risks, steps already taken, their role. */
  notes: string[];
  /** The marks of work like slavery told so far, across messages (`forcedLabourMarksIn`); absent until one is told. */
  forcedLabourMarks?: string[];
  topicsAsked: Topic[];
  questionsAsked: number;
  clientMessages: number;
  clientWords: number;
}

/** The outcome of one client turn. */
export interface EngineTurn {
  facts: InterviewFacts;
  /** The next question in PT-BR, or the closing message when `complete`. */
  reply: string;
  complete: boolean;
  completionReason: CompletionReason | null;
  complexity: Complexity;
  /** 0..1, two decimals. */
  confidence: number;
}

/** Why a person should look at a result before the case is matched. */
export type ReviewReason = 'question_limit' | 'interview_incomplete' | 'low_confidence' | 'areas_close' | 'conflicting_facts';

/** The result's `triage_data`, field names as the app expects them. */
export interface TriageData {
  area: string;
  area_code: LegalAreaCode;
  subarea: string;
  urgency_h: number;
  summary: string;
  keywords: string[];
  entities: { parties: string[]; dates: string[]; amounts: string[]; locations: string[] };
  analysis: { viability: 'alta' | 'média' | 'baixa'; recommended_action: string; next_steps: string[] };
  /** True when `review_reasons` is not empty. */
  needs_review: boolean;
  review_reasons: ReviewReason[];
}

/** The part of a reading that a failover's second pass lends the first one (`fillGaps`): the route, the keywords, the entities. */
export type TriageReadings = Pick<TriageData, 'area' | 'area_code' | 'subarea' | 'keywords' | 'entities'>;

/** The result of the independent whole-transcript pass. */
export interface TranscriptAnalysis {
  facts: InterviewFacts;
  complexity: Complexity;
  confidence: number;
}

/** The level, score and the ids and points of the features that counted: what a stored result keeps. */
export interface ComplexityCounts {
  level: Complexity;
  score: number;
  features: { id: string; points: number }[];
}

/** Why a case got its complexity: the features that counted, with their points (`analysis_details.complexity`). */
export interface ComplexityReport extends ComplexityCounts {
  features: { id: string; label: string; points: number }[];
  /** One line: the level, the score and the features. */
  explanation: string;
}
