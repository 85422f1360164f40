import { childKeptAfterTrip, childKeptByPronoun, childTakenAbroad } from '../classifiers/child-kept';
import { mentionsChildBeaten, mentionsCourtSeizure, mentionsHeldUnreleased, mentionsPayerSoughtForSupport, mentionsPlatformAccountBlocked, mentionsSumBlocked, mentionsTermToLeaveOver, withoutThingsHeld } from '../classifiers/everyday-readings';
import { DEADLINE_HOURS } from '../lexicons/legal-terms.lexicon';
import { MONTHS } from '../lexicons/numbers.lexicon';
import { ARREST_REPEATED, THINGS_AT_STATION } from '../lexicons/safety.lexicon';
import { CONTRACT_TERM, DEADLINE_PURPOSES, EVICTION_ONLY_WISHED, FEARED_HOMELESS, NOT_VIOLENCE, PAST_ARREST, SERVANT_PAY, THREATENED_SEIZURE, TRAPPED, URGENCY_SIGNALS } from '../lexicons/urgency.lexicon';
import { allMatches } from '../text/all-matches';
import { LEXICONS, PhraseMatcher } from '../text/phrase-matcher';
import { clauseAround, COUNT_PATTERN, foldText, normalizeText, originalSpan, tokenize } from '../text/text-normalizer';
import { DeadlineTerm } from '../interview-engine.types';
import { DeadlineExtractor, DeadlineMention, withoutRoutineExpiry } from './deadline.extractor';
import { blocksIncome } from './note.extractor';

const DATED_DEADLINE = /\b(?:ate|vence|vencimento|marcada para|e dia|sera dia|no dia)\s+(?:o dia |dia )?(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|o fim do mes|o final do mes)/g;
const HEARING = /\baudiencia\b[^.;!?]{0,40}?\b(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)/g;
/** Each dated-deadline pattern with a cheap test its matches always pass (a text without it is not scanned). */
const DATED_SCANS: [RegExp, RegExp][] = [
  [HEARING, /audiencia/],
  [DATED_DEADLINE, /\d|do mes/],
];

/**
 * The client's own stay with the police told by its length in hours, as over ("me levaram pra delegacia e fiquei lá umas 3 horas",
 * "fiquei detida umas duas horas"): heard and let go, no custody kept (CPP arts. 304 and 310), as when told released (`CUSTODY_ENDED`).
 * The stay is the client's when held in its words or taken in the message's ("me levaram"), not a relative's visit.
 */
const STAY_IN_HOURS = new RegExp(`\\bfiquei (?:(?:detid[oa]|pres[oa]|retid[oa]|la|na delegacia) )?(?:(?:umas|uns|quase|mais de|por) )?${COUNT_PATTERN} horas?\\b`);
const CLIENT_HELD = /\b(?:me levaram|me levou|fui levad[oa]|fiquei (?:detid|pres|retid))/;
const clientHeldForHours = (folded: string): boolean => STAY_IN_HOURS.test(folded) && CLIENT_HELD.test(folded);

/** The words that keep an arrest from counting (`UrgencySignal.unlessAny` of 'prisao'), for one read across a sentence too. */
const ARREST_UNLESS = URGENCY_SIGNALS.find((signal) => signal.id === 'prisao')?.unlessAny ?? [];
/** The signals a past episode can tell (`UrgencySignal.pastByYear`): one of them told over is past as one of a past year. */
const PAST_CAPABLE = new Set(URGENCY_SIGNALS.filter((signal) => signal.pastByYear).map((signal) => signal.id));
const YIELDS = new Map(URGENCY_SIGNALS.map((signal) => [signal.id, signal.yieldsTo]));
const YIELDS_ACROSS = new Map(URGENCY_SIGNALS.filter((signal) => signal.yieldsAcross).map((signal) => [signal.id, signal.yieldsTo ?? []]));

/** The interview's signals without those that yield to another one told in any message (`UrgencySignal.yieldsAcross`). */
export function withoutYieldedAcross(signals: string[]): string[] {
  return signals.filter((id) => !YIELDS_ACROSS.get(id)?.some((other) => signals.includes(other)));
}

/** What a message says about urgency. */
export interface UrgencyExtraction {
  signals: string[];
  /**
   * Signals whose phrase this message dates to a past year (`UrgencySignal.pastByYear`), so not counted; and those of them it tells
   * are over (`ended`: "foi solto", "pagou fiança", "cumpre pena"), a past episode too.
   */
  past: string[];
  /** Signals this message says are over ("hoje está solto"): dropped from the earlier messages' too. */
  ended: string[];
  deadlines: string[];
  /** Hours implied by the nearest deadline the client counted or dated relative to the message, or null. */
  deadlineHours: number | null;
  /** The nearest deadline with its days left (the client's own, else the usual legal one), or null. */
  nearest: DeadlineMention | null;
  /** The deadlines behind `deadlineHours`, each with what it is for (`DEADLINE_PURPOSES`), for a later message to end. */
  terms: DeadlineTerm[];
  /** The purposes whose deadlines, told in an earlier message, this one says no longer run (a hearing moved, the home left, the sum paid). */
  cancelled: string[];
}

/** The urgency signals' phrases, each with its signal, and the phrases that look like one but are none (null). */
const SIGNAL_MATCHER = new PhraseMatcher(
  [
    ...URGENCY_SIGNALS.flatMap((signal) => signal.phrases.map((p) => [p, signal] as const)),
    // A threatened seizure is none: as the longer match, its phrase keeps the "penhora" in it from counting.
    ...THREATENED_SEIZURE.map((p) => [p, null] as const),
    // A servant's pay ("meu vencimento é de 3 mil") is no due date (`SERVANT_PAY`).
    ...SERVANT_PAY.map((p) => [p, null] as const),
    // A person trapped under rubble or in a wreck is no arrest (`TRAPPED`).
    ...TRAPPED.map((p) => [p, null] as const),
    // A contract's kind of term ("continua por prazo indeterminado") is no deadline (`CONTRACT_TERM`).
    ...CONTRACT_TERM.map((p) => [p, null] as const),
    // Losing the home told as a fear is no household without a roof now (`FEARED_HOMELESS`).
    ...FEARED_HOMELESS.map((p) => [p, null] as const),
    // An eviction only wished or threatened is no eviction under way (`EVICTION_ONLY_WISHED`).
    ...EVICTION_ONLY_WISHED.map((p) => [p, null] as const),
    // An arrest told as a past episode is a record, no custody now (`PAST_ARREST`).
    ...PAST_ARREST.map((p) => [p, null] as const),
    // A risk to the job, or a protective order against the client, is no violence to the client (`NOT_VIOLENCE`).
    ...NOT_VIOLENCE.map((p) => [p, null] as const),
    // An inquiry or a seized car at the police station is no one held there (`THINGS_AT_STATION`).
    ...THINGS_AT_STATION.map((p) => [p, null] as const),
  ],
  LEXICONS,
);
/** The phrases that tell a deadline's purpose is over (`DEADLINE_PURPOSES.doneBy`), each with its kind. */
const DONE_MATCHER = new PhraseMatcher(DEADLINE_PURPOSES.flatMap(({ kind, doneBy }) => doneBy.map((p) => [p, kind] as const)), LEXICONS);
/** The purposes whose term a message that tells it met ends in that message too (`DEADLINE_PURPOSES.doneHere`). */
const DONE_HERE = new Set(DEADLINE_PURPOSES.filter(({ doneHere }) => doneHere).map(({ kind }) => kind));
/** The phrases that tell a signal is over (`endedBy`), each with its signal's id. */
const ENDING_MATCHER = new PhraseMatcher(URGENCY_SIGNALS.flatMap((signal) => (signal.endedBy ?? []).map((p) => [p, signal.id] as const)), LEXICONS);
/** One held again (`ARREST_REPEATED`): an arrest a release told in the same message does not end. */
const HELD_AGAIN = new Set(ARREST_REPEATED);

/** Finds urgency signals (prisão, liminar, despejo...) and deadlines ("10 dias pra defesa", "audiência amanhã"). */
export class UrgencyExtractor {
  private readonly relative = new DeadlineExtractor();

  /**
   * `now` is the message time, when known: it resolves weekdays and days of the month. `parts`: the messages `text` joins
   * (`joinTexts`), when it is a transcript. A child kept after a trip or taken abroad and a court's seizure told in everyday words are
   * read within a sentence, which never runs over a message break: a transcript tells one when some message does, and
   * each message's answer is kept from its turn.
   */
  extract(text: string, now?: Date, parts: readonly string[] = [text]): UrgencyExtraction {
    // A routine document's expiry ("a receita vence semana que vem") is no term running (`ROUTINE_EXPIRY`): its words tell no signal.
    // Nor does a thing told held ("o dinheiro da minha rescisão ficou todo preso"): no one held (`THING_HELD`).
    const folded = normalizeText(text);
    const read = withoutThingsHeld(withoutRoutineExpiry(folded));
    const tokens = tokenize(read === folded ? text : read);
    // Built only when a matched signal needs it: most messages match none that does.
    let present: Set<string> | null = null;
    const signals: string[] = [];
    const past: string[] = [];
    let heldAgain = false;
    for (const match of SIGNAL_MATCHER.match(tokens)) {
      // A phrase that reads as no signal (null) over the same words as a signal's ("vencimentos") wins over it.
      if (match.negated || match.values.includes(null)) continue;
      heldAgain ||= HELD_AGAIN.has(match.phrase);
      for (const signal of match.values) {
        if (!signal) continue;
        const applies = signal.datedByNearest
          ? nearestTimeIsAmong(tokens, match.start, match.end, signal.requiresAny ?? [], signal.unlessAny ?? [])
          : (!signal.requiresAny || signal.requiresAny.some((word) => toldAmong(tokens, (present ??= new Set(tokens)), word))) &&
            !signal.unlessAny?.some((word) => (present ??= new Set(tokens)).has(word) && toldUnnegated(tokens, word));
        if (!applies) continue;
        const { pastWhenNearest } = signal;
        if (pastWhenNearest && nearestTimeIsAmong(tokens, match.start, match.end, pastWhenNearest.past, pastWhenNearest.recent)) continue;
        const told = signal.pastByYear && datedToPastYear(tokens, match.start, match.end, now) ? past : signals;
        if (!told.includes(signal.id)) told.push(signal.id);
      }
    }
    if (!signals.includes('crianca-retida') && (parts.some(childKeptAfterTrip) || parts.some(childTakenAbroad) || childKeptByPronoun(text))) signals.push('crianca-retida');
    // A court's seizure told in everyday words ("o banco puxou o dinheiro da conta por ordem do juiz"), or a block told around its sum, is as urgent as one named.
    if (!signals.includes('bloqueio') && !signals.includes('bloqueio-relatado') && parts.some((part) => mentionsCourtSeizure(part) || mentionsSumBlocked(part))) {
      signals.push('bloqueio');
    }
    if (!signals.includes('bloqueio-de-plataforma') && parts.some(mentionsPlatformAccountBlocked)) signals.push('bloqueio-de-plataforma');
    // A court's term to leave run out ("o juiz deu 15 dias pra desocupar e o prazo acabou ontem"): the forced eviction is next.
    if (!signals.includes('desocupacao-vencida') && parts.some(mentionsTermToLeaveOver)) signals.push('desocupacao-vencida');
    // A salary blocked told across a sentence ("bloqueou tudo da minha conta, até o salário") is as urgent as the block told in one
    // phrase: income held by a court, unseizable save for support (CPC art. 833 IV), released on a petition within 5 days (art. 854 §3º I).
    if (!signals.some((id) => id.startsWith('bloqueio')) && blocksIncome(text)) signals.push('bloqueio');
    // A child beaten at home is at risk there now: the protection is asked at once (ECA arts. 13 and 130), as for any violence.
    if (!signals.includes('violencia') && parts.some(mentionsChildBeaten)) signals.push('violencia');
    // Held by the police and not released yet, told without the word "preso": an arrest under way (CPP art. 310, the custody hearing).
    if (!signals.includes('prisao') && parts.some(mentionsHeldUnreleased) && !ARREST_UNLESS.some((word) => tokens.includes(word))) signals.push('prisao');
    // The police or an officer after the support's payer: the civil arrest being served (CPC art. 528 §3º), counted beside the payer's notes.
    if (!signals.includes('prisao-civil-iminente') && parts.some(mentionsPayerSoughtForSupport)) signals.push('prisao-civil-iminente');
    const ended = [...new Set(ENDING_MATCHER.match(tokens).flatMap((match) => (match.negated ? [] : match.values)))].filter((id) => !(heldAgain && id === 'prisao'));
    // Told over, it is past: the kind of case urgent by it (the custody hearing, CPP art. 310) weighs no more (`toldAsPast`).
    for (const id of ended) if (PAST_CAPABLE.has(id) && !past.includes(id)) past.push(id);
    // The client's stay told as over in hours drops this message's arrest only: an arrest told in another message may be another's.
    const heldForHours = signals.includes('prisao') && clientHeldForHours(foldText(text));
    const kept = signals.filter((id) => !ended.includes(id) && !(heldForHours && id === 'prisao') && !YIELDS.get(id)?.some((other) => signals.includes(other)));
    const cancelled = [...new Set(DONE_MATCHER.match(tokens).flatMap((match) => (match.negated ? [] : match.values)))];
    const deadlines = this.deadlines(text, tokens, now);
    // A term whose purpose this message says was met (`DEADLINE_PURPOSES.doneHere`) is no deadline of this message either.
    const doneHere = cancelled.filter((kind) => DONE_HERE.has(kind));
    if (doneHere.length === 0) return { signals: kept, past, ended, cancelled, ...deadlines };
    const terms = deadlines.terms.filter((term) => !(term.kinds.length > 0 && term.kinds.every((kind) => doneHere.includes(kind))));
    return { signals: kept, past, ended, cancelled, ...deadlines, terms, deadlineHours: terms.length > 0 ? Math.min(...terms.map((term) => term.hours)) : null };
  }

  private deadlines(text: string, tokens: readonly string[], now?: Date): Omit<UrgencyExtraction, 'signals' | 'past' | 'ended' | 'cancelled'> {
    const mentions = this.relative.extract(text, now);
    // The usual legal deadline of a notice that arrived runs as surely as one the client counted.
    // A term whose loss costs no right (`urgencyDays`) weighs as the whole term, however much of it ran.
    const deadlines: string[] = [];
    const terms: DeadlineTerm[] = [];
    for (const m of mentions) {
      deadlines.push(m.raw);
      const counted = hoursFor(m.urgencyDays ?? m.daysLeft);
      if (counted !== null) terms.push({ raw: m.raw, hours: counted, kinds: purposesOf(tokens) });
    }
    const folded = foldText(text);
    for (const [pattern, guard] of DATED_SCANS) {
      for (const m of guard.test(folded) ? allMatches(pattern, folded) : []) {
        const raw = originalSpan(text, folded, m.index, m.index + m[0].length);
        if (!deadlines.some((d) => d.includes(raw) || raw.includes(d))) deadlines.push(raw);
      }
    }
    const nearest = mentions.reduce<DeadlineMention | null>((best, m) => (!best || m.daysLeft < best.daysLeft ? m : best), null);
    return { deadlines, deadlineHours: terms.length > 0 ? Math.min(...terms.map((term) => term.hours)) : null, nearest, terms };
  }
}

/** What the deadlines a message counts are for (`DEADLINE_PURPOSES`), by its words. */
function purposesOf(tokens: readonly string[]): string[] {
  return DEADLINE_PURPOSES.filter(({ words, unlessWords }) => words.some((word) => tokens.includes(word)) && !unlessWords?.some((word) => tokens.includes(word))).map(({ kind }) => kind);
}

/**
 * Whether, of the times `tokens` tell (`these` or `others` words, one of `these` maybe of two words), the one nearest the phrase at
 * `start`..`end` is one of `these`: a time after "desde" is when something began ("recebo desde outubro"), none of the phrase's.
 * `UrgencySignal.datedByNearest` asks it of the recent times against the old, `UrgencySignal.pastWhenNearest` of the past against
 * the recent.
 */
export function nearestTimeIsAmong(tokens: readonly string[], start: number, end: number, these: readonly string[], others: readonly string[]): boolean {
  let nearest: { distance: number; among: boolean } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    // A time of two words ("esse mes") is read at its last word.
    const among = these.includes(tokens[i]) || (i > 0 && these.includes(`${tokens[i - 1]} ${tokens[i]}`));
    if ((!among && !others.includes(tokens[i])) || tokens[i - 1] === 'desde' || (i >= start && i < end)) continue;
    const distance = i < start ? start - i : i - end + 1;
    if (!nearest || distance < nearest.distance) nearest = { distance, among };
  }
  return nearest?.among ?? false;
}

/** Words that date a year told after them as the fact's time ("em 2019", "março de 2023", "até 2022"). */
const YEAR_CUES = ['em', 'de', 'ate'];
/** Words of now or of a state that goes on ("ainda", "continua", "desde 2023"): a clause with one is no past episode. */
const STILL_NOW = ['hoje', 'ontem', 'anteontem', 'agora', 'agorinha', 'ainda', 'continua', 'segue', 'desde'];
const YEAR = /^(?:19|20)\d{2}$/;
/**
 * A past year told back from now ("no ano passado", "dois anos atrás", "há uns três anos"); not "há três anos que", a state that
 * has lasted that long.
 */
const YEARS_BACK = new RegExp(`\\b(?:ano passado|${COUNT_PATTERN} anos? atras|ha (?:uns |umas |mais de |quase )?${COUNT_PATTERN} anos?(?! que))\\b`);

/**
 * Words that date a clause on their own, other than a year ("semana passada", "de novo", "em março", "na sexta"): a clause with one
 * keeps its own time, not the year another clause of the message tells.
 */
const OWN_TIME = ['semana', 'mes', 'dia', 'dias', 'novo', 'novamente', 'domingo', 'segunda', 'terca', 'quarta', 'quinta', 'sexta', 'sabado', ...Object.keys(MONTHS)];
/** Words around a time word that make it no time of its own: one counted from the episode ("dias depois") or a habit ("todo dia"). */
const TIME_FROM_EPISODE_AFTER = ['depois', 'antes', 'seguinte'];
const TIME_AS_HABIT_BEFORE = ['todo', 'toda', 'cada'];

/** Whether `clause` tells a time of its own (`OWN_TIME`). */
function tellsOwnTime(clause: readonly string[]): boolean {
  return clause.some((token, i) => OWN_TIME.includes(token) && !TIME_FROM_EPISODE_AFTER.includes(clause[i + 1]) && !TIME_AS_HABIT_BEFORE.includes(clause[i - 1]));
}

/** Whether `tokens` date a fact to a past year: a year after a cue, before the message's year (any year, with no message time), or one told back from now. */
function tellsPastYear(tokens: readonly string[], now?: Date): boolean {
  return YEARS_BACK.test(tokens.join(' ')) || tokens.some((token, i) => YEAR.test(token) && YEAR_CUES.includes(tokens[i - 1]) && (!now || Number(token) < now.getUTCFullYear()));
}

/**
 * Whether the phrase at `start`..`end` is dated to a past year (`UrgencySignal.pastByYear`): by its clause (`tellsPastYear`) with no
 * word of now, or, when its clause tells no time of its own (`tellsOwnTime`), by another clause of the message, with no word of now
 * in any ("em 2024 eu voltava do serviço, o policial me agrediu", "foi assaltado há dois anos, o assaltante foi preso"): one episode
 * told in clauses, whose urgent remedy (the custody hearing, CPP art. 310; the protective order, Lei 11.340/06 art. 12-C) is long gone.
 */
function datedToPastYear(tokens: readonly string[], start: number, end: number, now?: Date): boolean {
  const { from, to } = clauseAround(tokens, start, end);
  const clause = tokens.slice(from, to);
  if (clause.some((token) => STILL_NOW.includes(token))) return false;
  if (tellsPastYear(clause, now)) return true;
  return !tellsOwnTime(clause) && !tokens.some((token) => STILL_NOW.includes(token)) && tellsPastYear(tokens, now);
}

/** The hours a deadline this many days away gives (`DEADLINE_HOURS`), or null when it is further. */
export function hoursFor(days: number): number | null {
  return DEADLINE_HOURS.find((rule) => days <= rule.maxDays)?.hours ?? null;
}

/** Whether `required` is told in `tokens`: a word among them (`present`), or a phrase of several words told one after another. */
function toldAmong(tokens: readonly string[], present: ReadonlySet<string>, required: string): boolean {
  if (!required.includes(' ')) return present.has(required);
  const words = required.split(' ');
  return present.has(words[0]) && tokens.some((_, i) => words.every((word, j) => tokens[i + j] === word));
}

/** Whether `word` is told somewhere in `tokens` not right after a negation ("eu não autorizei" does not tell the consent). */
function toldUnnegated(tokens: readonly string[], word: string): boolean {
  return tokens.some((token, i) => token === word && !['nao', 'nunca', 'nem'].includes(tokens[i - 1]));
}
