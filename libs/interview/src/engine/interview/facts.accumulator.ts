import { AreaClassifier, round2 } from '../classifiers/area.classifier';
import { childKeptByPronoun, namesChild } from '../classifiers/child-kept';
import { LEGAL_AREA_CODES, MAX_LIST_ITEMS } from '../interview-engine.constants';
import { DeadlineEstimate, DeadlineTerm, InterviewFacts, LegalAreaCode, Topic } from '../interview-engine.types';
import { DeadlineMention } from '../extractors/deadline.extractor';
import { amountKey } from '../extractors/amount.extractor';
import { MessageExtraction } from '../extractors/message.extractor';
import { placeAnswer } from '../extractors/location.extractor';
import { hoursFor, withoutYieldedAcross } from '../extractors/urgency.extractor';
import { withoutNamedKinds } from '../extractors/party.extractor';
import { forcedLabourMarksIn, guardianshipAcross, prisonBenefitAcross, taxWithheldAfterIllness, tellsWork } from '../extractors/note.extractor';
import { daysLeftAfter, NO_CLOCK } from '../extractors/event-date.extractor';
import { NOTICE_TERMS, RESTATED_TERM_SLACK_DAYS, TRIGGERED_TERMS } from '../lexicons/legal-terms.lexicon';
import { OutcomeExtractor, restatesWish, statesWish, wishShaped } from '../extractors/outcome.extractor';
import { OUTCOME_ANSWER_WORDS, OUTCOME_SHAPED_WORDS, REMEDY_NOTES } from '../lexicons/outcomes.lexicon';
import { SubareaChecker } from '../triage/subarea.checker';
import { OWN_BUSINESS_NOTES } from '../lexicons/parties.lexicon';
import { leastOf } from '../text/packed-arrays';

const OWN_BUSINESS_ENTRIES = Object.entries(OWN_BUSINESS_NOTES);

const MAX_KEYWORDS = 16;
/** How an estimate of a usual legal term begins (a term the client counted begins with their words). */
const LEGAL_BASIS = 'prazo legal usual';
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
    // Whether a new wish replaces the stored one is worked out only when the message states one; a wish restated ("na verdade o
    // que eu quero é...") always does.
    const replacesOutcome = () =>
      facts.outcome === null || answering === 'outcome' || this.outcomes.extract(facts.outcome) === null || restatesWish(found.text);
    const outcome =
      found.outcome && replacesOutcome()
        ? found.outcome
        : (facts.outcome ?? (answering === 'outcome' && !answersAnotherTopic(found) && !strayAnswer(found) ? this.outcomes.fallback(found.text) : null));
    const next = copyFacts(facts);
    next.areaScores = areaScores;
    next.subareaScores = subareaScores;
    // A word the client only denied ("não tenho o contrato", "nem ela tá grávida") is no fact told, but still names its area.
    next.keywords = union(facts.keywords, told(found), MAX_KEYWORDS);
    next.anchoredAreas = union(facts.anchoredAreas ?? [], this.areas.anchors(found.keywords), LEGAL_AREA_CODES.length) as LegalAreaCode[];
    next.dates = unionBy(facts.dates, found.dates, (d) => d.raw);
    next.durations = unionBy(facts.durations, found.durations, (d) => d.raw);
    next.amounts = unionBy(facts.amounts, found.amounts, amountKey);
    // A kind told in one message and its member named in another ("a prefeitura", "Prefeitura de Sertãozinho") are one party.
    next.parties = withoutNamedKinds(union(facts.parties, found.parties));
    next.largestGroup = Math.max(facts.largestGroup, found.largestGroup);
    // Asked where, a bare place name is the answer ("Garanhuns"), though no leading word or UF marks it.
    const answeredPlace = answering === 'location' && found.locations.length === 0 ? placeAnswer(found.text) : null;
    next.locations = union(facts.locations, answeredPlace ? [answeredPlace] : found.locations);
    next.urgencySignals = withoutYieldedAcross(union(facts.urgencySignals.filter((id) => !found.urgency.ended.includes(id)), found.urgency.signals));
    if (found.urgency.past.length > 0) next.pastSignals = union(facts.pastSignals ?? [], found.urgency.past);
    next.deadlines = union(facts.deadlines, found.urgency.deadlines);
    // A deadline told before and ended by this message ("a audiência foi adiada", "já saí de lá", "já paguei") runs no more.
    const earlier = earlierTerms(facts);
    const live = found.urgency.cancelled.length === 0 ? earlier : earlier.filter((term) => !term.kinds.some((kind) => found.urgency.cancelled.includes(kind)));
    const terms = nearestTerms([...live, ...found.urgency.terms]);
    next.deadlineHours = terms.length > 0 ? leastOf(terms, (term) => term.hours) : null;
    if (terms.length > 0 || facts.deadlineTerms) next.deadlineTerms = terms;
    // The words of a deadline ended are no deadline the summary lists ("Prazos: ...").
    // A loop with `push`, not `filter` and `map`, for a packed array (see `packedMap`).
    const ended: string[] = [];
    for (const term of earlier) if (!live.includes(term) && term.raw !== '') ended.push(term.raw);
    if (ended.length > 0) next.deadlines = next.deadlines.filter((raw) => !ended.includes(raw) || found.urgency.deadlines.includes(raw));
    const stillRuns = (estimate: DeadlineEstimate | null) => !estimate || !earlier.some((term) => !live.includes(term) && estimate.basis.endsWith(term.raw));
    next.deadlineEstimate = nearerDeadline(stillRuns(facts.deadlineEstimate ?? null) ? (facts.deadlineEstimate ?? null) : null, found.urgency.nearest, now);
    if (found.events) next.events = { ...found.events, ...facts.events };
    datePointedBack(next, facts.undatedEvents ?? [], found);
    next.documents = union(facts.documents, found.documents);
    next.outcome = outcome;
    next.complexitySignals = union(facts.complexitySignals, found.complexitySignals);
    next.notes = union(facts.notes, found.notes);
    // A kind of business the client said is theirs ("tenho 2 lojas"), told bare in any message ("a marca das lojas"), is the client's.
    for (const [label, note] of OWN_BUSINESS_ENTRIES) if (next.notes.includes(note)) next.parties = next.parties.filter((party) => party !== label);
    // A pronoun for a child named in an earlier message ("ficou com ela e não devolveu"): the child kept, urgent.
    if (!next.notes.includes('child-taken') && childKeptByPronoun(found.text, () => namesChild(facts.keywords))) {
      next.notes = union(next.notes, ['child-taken']);
      next.urgencySignals = union(next.urgencySignals, ['crianca-retida']);
    }
    // The marks of work like slavery told one per message (the documents kept, then the debt, then the armed watch): CP art. 149.
    const marks = union(facts.forcedLabourMarks ?? [], forcedLabourMarksIn(found.text));
    if (marks.length > 0) next.forcedLabourMarks = marks;
    const working = tellsWork(found.text) || (facts.areaScores.trabalhista ?? 0) > 0;
    if (!next.notes.includes('forced-labour') && working && marks.length >= 2) next.notes = union(next.notes, ['forced-labour']);
    // The income tax withheld told after the illness that exempts it: the exemption asked (Lei 7.713/88 art. 6º XIV).
    if (!next.notes.includes('tax-contested') && taxWithheldAfterIllness(found.text, facts.complexitySignals)) next.notes = union(next.notes, ['tax-contested']);
    // An adult without discernment and a relative who must act for them before the bank or with their money, told in different
    // messages: the curatela asked without its name (CC arts. 1.767 I and 1.781; CPC art. 747). Not when the INSS already named it.
    if (!next.notes.includes('guardianship') && !next.notes.includes('opponent-inss') && guardianshipAcross(found.text, next.notes, next.complexitySignals)) {
      next.notes = union(next.notes, ['guardianship']);
    }
    // The family's benefit asked of the INSS after one held by the State was told: the auxílio-reclusão (Lei 8.213 art. 80).
    if (!next.notes.includes('dependant-benefit') && prisonBenefitAcross(found.text, facts.notes)) next.notes = union(next.notes, ['dependant-benefit']);
    // A threat to kill the client or a relative told in the threatener's words and its author wished to answer (denounced, prosecuted,
    // the police asked to act), in any message: the penal route chosen, whatever quarrel it came from.
    if (!next.notes.includes('criminal-complaint') && threatReportWished(next)) next.notes = union(next.notes, ['criminal-complaint']);
    next.topicsAsked = [...facts.topicsAsked];
    next.clientMessages = facts.clientMessages + 1;
    next.clientWords = facts.clientWords + found.wordCount;
    const routed = this.withArea(next);
    if (routed.events) countFromEvents(routed, now);
    return routed;
  }

  /**
   * Re-derives `area` and `subarea` from the scores; a subarea whose presupposed fact was not told
   * gives way at once (`SubareaChecker`), so that urgency and complexity follow the kind of case it is.
   */
  withArea(facts: InterviewFacts): InterviewFacts {
    const { area, competing } = this.areas.choose(facts.areaScores, facts.notes, facts.anchoredAreas);
    const subarea = area ? this.subareas.fit(facts, area, this.areas.subarea(area, facts.subareaScores)) : null;
    const next = copyFacts(facts);
    next.area = area;
    next.subarea = subarea;
    next.competingArea = competing;
    return next;
  }
}

/**
 * A copy of `facts` (the lists and maps shared), written field by field in `initial()`'s order, for
 * the caller to set what changed: V8 copies these 28 fields with a spread (`{ ...facts, area }`)
 * through its generic clone, ~3 µs a copy; this takes ~0.1 µs. An optional field the facts lack is
 * copied as undefined.
 */
export function copyFacts(facts: InterviewFacts): InterviewFacts {
  const copy: InterviewFacts = {
    schema: facts.schema,
    areaScores: facts.areaScores,
    area: facts.area,
    subareaScores: facts.subareaScores,
    subarea: facts.subarea,
    keywords: facts.keywords,
    dates: facts.dates,
    durations: facts.durations,
    amounts: facts.amounts,
    parties: facts.parties,
    largestGroup: facts.largestGroup,
    locations: facts.locations,
    urgencySignals: facts.urgencySignals,
    deadlines: facts.deadlines,
    deadlineHours: facts.deadlineHours,
    documents: facts.documents,
    outcome: facts.outcome,
    complexitySignals: facts.complexitySignals,
    anchoredAreas: facts.anchoredAreas,
    competingArea: facts.competingArea,
    deadlineEstimate: facts.deadlineEstimate,
    reasked: facts.reasked,
    notes: facts.notes,
    topicsAsked: facts.topicsAsked,
    questionsAsked: facts.questionsAsked,
    clientMessages: facts.clientMessages,
    clientWords: facts.clientWords,
  };
  // Absent until an event is dated: the facts of most interviews never hold it.
  if (facts.events) copy.events = facts.events;
  if (facts.forcedLabourMarks) copy.forcedLabourMarks = facts.forcedLabourMarks;
  if (facts.undatedEvents) copy.undatedEvents = facts.undatedEvents;
  if (facts.termHours !== undefined) copy.termHours = facts.termHours;
  if (facts.deadlineTerms) copy.deadlineTerms = facts.deadlineTerms;
  if (facts.pastSignals) copy.pastSignals = facts.pastSignals;
  return copy;
}

/**
 * An event told in one message and dated in a later one that points back to it ("fui mandado embora" ... "isso faz 1 ano e 11
 * meses"): the day dates the one event told undated so far; with two told, which one it dates is unknown, and it dates none.
 * The events told and still undated are kept for a later message.
 */
function datePointedBack(facts: InterviewFacts, undated: string[], found: Pick<MessageExtraction, 'eventsTold' | 'pointedBack'>): void {
  const pending = [...undated, ...found.eventsTold.filter((event) => !undated.includes(event))].filter((event) => !facts.events?.[event]);
  if (found.pointedBack && pending.length === 1) {
    facts.events = { ...facts.events, [pending[0]]: found.pointedBack };
    pending.length = 0;
  }
  if (pending.length > 0 || facts.undatedEvents) facts.undatedEvents = pending;
}

/**
 * The legal terms that run from an event the client dated (`TRIGGERED_TERMS`: the inventory's 2 months from the death),
 * counted from it once the kind of case is told: the nearer deadline, and in place of the same term counted from the day the
 * client repeated it ("tem 60 dias pra abrir o inventário"). A term already past is no deadline (the inventory can still be
 * opened, with the ITCMD's fine): the repeated count from the message goes.
 */
function countFromEvents(facts: InterviewFacts, now?: Date): void {
  let termHours: number | null = null;
  for (const term of [...TRIGGERED_TERMS, ...NOTICE_TERMS]) {
    const day = facts.events?.[term.event];
    const told =
      (term.notes.length + term.keywords.length === 0 || term.notes.some((note) => facts.notes.includes(note)) || facts.keywords.some((k) => term.keywords.some((prefix) => k.startsWith(prefix)))) &&
      !facts.keywords.some((k) => term.unlessKeywords?.some((prefix) => k.startsWith(prefix)));
    // The area as read with this message: a term whose words other areas share counts once the case is known to be its own, as soon
    // as the message that settles it is read.
    const inArea = !term.areas || (facts.area !== null && term.areas.includes(facts.area));
    if (!day || !told || !inArea) continue;
    // A step told that takes the term's point away (the pension already asked or granted): its estimate goes too.
    if (term.unlessNotes?.some((note) => facts.notes.includes(note))) {
      if (facts.deadlineEstimate?.basis.includes(term.label)) facts.deadlineEstimate = null;
      continue;
    }
    // Without the message time the event was dated back from `NO_CLOCK`: the days left hold, but no day of the calendar does.
    const { daysLeft, dueDate } = daysLeftAfter(day, term.days, now ?? NO_CLOCK);
    const current = facts.deadlineEstimate ?? null;
    // The same term counted from a message that told it, the client's ("tem 60 dias") or the notice's own (`NOTICE_TERMS`).
    const restated =
      current !== null &&
      ((!current.basis.startsWith(LEGAL_BASIS) && Math.abs(current.daysLeft - term.days) <= RESTATED_TERM_SLACK_DAYS) || current.basis.includes(`(${term.label})`));
    if (daysLeft < 0) {
      if (restated) facts.deadlineEstimate = null;
      continue;
    }
    const hours = hoursFor(daysLeft);
    if (hours !== null) termHours = termHours === null ? hours : Math.min(termHours, hours);
    if (current && !restated && current.daysLeft <= daysLeft) continue;
    const from = now ? `, contado de ${day.split('-').reverse().join('/')}` : '';
    facts.deadlineEstimate = { basis: `${LEGAL_BASIS} (${term.label})${from}`, daysLeft, dueDate: now ? dueDate : null, estimate: true };
  }
  if (termHours !== null || facts.termHours !== undefined) facts.termHours = termHours;
}

/**
 * The deadlines counted so far, with their purposes; facts stored before `deadlineTerms` keep their `deadlineHours` as one deadline of
 * no known purpose, which no later message ends.
 */
function earlierTerms(facts: InterviewFacts): DeadlineTerm[] {
  if (facts.deadlineTerms) return facts.deadlineTerms;
  return facts.deadlineHours === null ? [] : [{ raw: '', hours: facts.deadlineHours, kinds: [] }];
}

/** At most `MAX_LIST_ITEMS` deadlines, the nearest kept: a long interview that tells many cannot grow the stored facts without bound. */
function nearestTerms(terms: DeadlineTerm[]): DeadlineTerm[] {
  return terms.length <= MAX_LIST_ITEMS ? terms : [...terms].sort((a, b) => a.hours - b.hours).slice(0, MAX_LIST_ITEMS);
}

/** The nearer of the stored estimate and a new mention, dated from the message time when known. */
function nearerDeadline(current: DeadlineEstimate | null, mention: DeadlineMention | null, now?: Date): DeadlineEstimate | null {
  if (!mention) return current;
  if (current && current.daysLeft <= mention.daysLeft) return current;
  const dueDate = now ? new Date(now.getTime() + mention.daysLeft * DAY_MS).toISOString().slice(0, 10) : null;
  const basis = mention.legal ? `${LEGAL_BASIS} (${mention.legal}): ${mention.raw}` : mention.raw;
  return { basis, daysLeft: mention.daysLeft, dueDate, estimate: true };
}

/** The message's keywords without those it only denied (`AreaScores.deniedKeywords`). */
function told({ keywords, deniedKeywords }: Pick<MessageExtraction, 'keywords' | 'deniedKeywords'>): string[] {
  return deniedKeywords.length === 0 ? keywords : keywords.filter((keyword) => !deniedKeywords.includes(keyword));
}

/**
 * A threat to kill the client or a relative told in the threatener's words (`ameaca-de-morte-relatada`: "disse que vai matar meu pai",
 * "jurou matar minha mãe") and the wish that its author answer without naming the route (`suit-wished`: "quero denunciar ele", "quero
 * que ele seja processado pela ameaça", "quero que a polícia faça alguma coisa"), told in any message: the threatened person's
 * representação, the penal route (CP art. 147 and par. único; CPP arts. 5º §4º and 39), so `criminal-complaint`. The rent, the wall, the
 * car sold or the debt the threat came from are only its occasion: the client asks no rent, repair or money (those wishes, and a
 * client accused, keep their own routes).
 */
const NOT_A_THREAT_REPORT = ['accused', 'criminal-defence', 'defendant', 'restrained', 'prosecution-declined', 'civil-matter'];
function threatReportWished(facts: Pick<InterviewFacts, 'notes' | 'complexitySignals'>): boolean {
  return facts.notes.includes('suit-wished') && facts.complexitySignals.includes('ameaca-de-morte-relatada') && !facts.notes.some((note) => NOT_A_THREAT_REPORT.includes(note));
}

function union(current: readonly string[], added: readonly string[], max = MAX_LIST_ITEMS): string[] {
  return unionBy(current, added, (s) => s, max);
}

function unionBy<T>(current: readonly T[], added: readonly T[], key: (item: T) => string, max = MAX_LIST_ITEMS): T[] {
  const result = [...current];
  for (const item of added) {
    if (result.length >= max) break;
    if (!result.some((existing) => key(existing) === key(item))) result.push(item);
  }
  return result;
}

/**
 * A long answer to the outcome question with no wish word and no clause that opens like one (`statesWish`: more of the story,
 * the other side's position, a paper read out): it did not say what the client wants, so it is not kept as the wish, first time
 * or after the re-ask (`QuestionPlanner.reask`), even when it names a remedy in passing ("não fala nada de indenização"); the
 * summary says "não informado". A short answer naming a remedy is one; a sentence of a few words that does not open like a wish
 * (`wishShaped`: "a gente não era casado no papel") is none.
 */
function strayAnswer(found: MessageExtraction): boolean {
  if (found.wordCount > OUTCOME_ANSWER_WORDS) return !statesWish(found.text);
  if (found.notes.some((note) => REMEDY_NOTES.includes(note as never))) return false;
  return found.wordCount >= OUTCOME_SHAPED_WORDS && !wishShaped(found.text);
}

/** An answer without a wish word that brought a date, a place or a document answered another question, not "what do you want". */
export function answersAnotherTopic(found: Pick<MessageExtraction, 'dates' | 'durations' | 'locations' | 'documents'>): boolean {
  return found.dates.length + found.durations.length + found.locations.length + found.documents.length > 0;
}
