import { AreaClassifier, round2 } from '../classifiers/area.classifier';
import { LEGAL_AREA_CODES, MAX_LIST_ITEMS } from '../interview-engine.constants';
import { DeadlineEstimate, InterviewFacts, LegalAreaCode, Topic } from '../interview-engine.types';
import { DeadlineMention } from '../extractors/deadline.extractor';
import { MessageExtraction } from '../extractors/message.extractor';
import { OutcomeExtractor } from '../extractors/outcome.extractor';
import { SubareaChecker } from '../triage/subarea.checker';

const MAX_KEYWORDS = 16;
const DAY_MS = 86_400_000;

/** Folds what each message gives into the interview's facts, without mutating its input. */
export class FactsAccumulator {
  private readonly outcomes = new OutcomeExtractor();
  private readonly subareas = new SubareaChecker();

  constructor(private readonly areas: AreaClassifier) {}

  initial(): InterviewFacts {
    return {
      schema: 1,
      areaScores: {},
      area: null,
      subareaScores: {},
      subarea: null,
      keywords: [],
      dates: [],
      durations: [],
      amounts: [],
      parties: [],
      largestGroup: 0,
      locations: [],
      urgencySignals: [],
      deadlines: [],
      deadlineHours: null,
      documents: [],
      outcome: null,
      complexitySignals: [],
      anchoredAreas: [],
      competingArea: null,
      deadlineEstimate: null,
      reasked: [],
      notes: [],
      topicsAsked: [],
      questionsAsked: 0,
      clientMessages: 0,
      clientWords: 0,
    };
  }

  /** `answering` is the topic of the question this message answers (null for the opening). */
  merge(facts: InterviewFacts, found: MessageExtraction, answering: Topic | null, now?: Date): InterviewFacts {
    const areaScores = { ...facts.areaScores };
    for (const area of LEGAL_AREA_CODES) {
      const added = found.areaScores[area];
      if (added) areaScores[area] = round2((areaScores[area] ?? 0) + added);
    }
    const subareaScores = { ...facts.subareaScores };
    for (const [id, added] of Object.entries(found.subareaScores)) {
      subareaScores[id] = round2((subareaScores[id] ?? 0) + added);
    }
    const replacesOutcome =
      facts.outcome === null || answering === 'outcome' || this.outcomes.extract(facts.outcome) === null;
    const outcome =
      found.outcome && replacesOutcome
        ? found.outcome
        : (facts.outcome ?? (answering === 'outcome' && !answersAnotherTopic(found) ? this.outcomes.fallback(found.text) : null));
    const deadlineHours = [facts.deadlineHours, found.urgency.deadlineHours].filter((h) => h !== null);
    return this.withArea({
      ...facts,
      areaScores,
      subareaScores,
      keywords: union(facts.keywords, found.keywords, MAX_KEYWORDS),
      anchoredAreas: union(facts.anchoredAreas ?? [], this.areas.anchors(found.keywords), LEGAL_AREA_CODES.length) as LegalAreaCode[],
      dates: unionBy(facts.dates, found.dates, (d) => d.raw),
      durations: unionBy(facts.durations, found.durations, (d) => d.raw),
      amounts: unionBy(facts.amounts, found.amounts, (a) => String(a.value)),
      parties: union(facts.parties, found.parties),
      largestGroup: Math.max(facts.largestGroup, found.largestGroup),
      locations: union(facts.locations, found.locations),
      urgencySignals: union(facts.urgencySignals, found.urgency.signals),
      deadlines: union(facts.deadlines, found.urgency.deadlines),
      deadlineHours: deadlineHours.length > 0 ? Math.min(...deadlineHours) : null,
      deadlineEstimate: nearerDeadline(facts.deadlineEstimate ?? null, found.urgency.nearest, now),
      documents: union(facts.documents, found.documents),
      outcome,
      complexitySignals: union(facts.complexitySignals, found.complexitySignals),
      notes: union(facts.notes, found.notes),
      topicsAsked: [...facts.topicsAsked],
      clientMessages: facts.clientMessages + 1,
      clientWords: facts.clientWords + found.wordCount,
    });
  }

  /**
   * Re-derives `area` and `subarea` from the scores; a subarea whose presupposed fact was not told
   * gives way at once (`SubareaChecker`), so that urgency and complexity follow the kind of case it is.
   */
  withArea(facts: InterviewFacts): InterviewFacts {
    const { area, competing } = this.areas.choose(facts.areaScores, facts.notes, facts.anchoredAreas);
    const subarea = area ? this.subareas.fit(facts, area, this.areas.subarea(area, facts.subareaScores)) : null;
    return { ...facts, area, subarea, competingArea: competing };
  }
}

/** The nearer of the stored estimate and a new mention, dated from the message time when known. */
function nearerDeadline(current: DeadlineEstimate | null, mention: DeadlineMention | null, now?: Date): DeadlineEstimate | null {
  if (!mention) return current;
  if (current && current.daysLeft <= mention.daysLeft) return current;
  const dueDate = now ? new Date(now.getTime() + mention.daysLeft * DAY_MS).toISOString().slice(0, 10) : null;
  const basis = mention.legal ? `prazo legal usual (${mention.legal}): ${mention.raw}` : mention.raw;
  return { basis, daysLeft: mention.daysLeft, dueDate, estimate: true };
}

function union(current: string[], added: string[], max = MAX_LIST_ITEMS): string[] {
  return unionBy(current, added, (s) => s, max);
}

function unionBy<T>(current: T[], added: T[], key: (item: T) => string, max = MAX_LIST_ITEMS): T[] {
  const result = [...current];
  for (const item of added) {
    if (result.length >= max) break;
    if (!result.some((existing) => key(existing) === key(item))) result.push(item);
  }
  return result;
}

/** An answer without a wish word that brought a date, a place or a document answered another question, not "what do you want". */
function answersAnotherTopic(found: MessageExtraction): boolean {
  return found.dates.length + found.durations.length + found.locations.length + found.documents.length > 0;
}
