import { LEGAL_AREA_CODES } from '../interview-engine.constants';
import { LegalAreaCode } from '../interview-engine.types';
import { AREA_LEXICONS } from '../lexicons/areas';
import { DENIED_WHEN_NEGATED } from '../lexicons/areas/criminal.lexicon';
import { ClientNote, DISCLAIMERS, NOTE_NEGATORS, REPORTING_VERBS } from '../lexicons/client-notes.lexicon';
import { ROUTE_RULES, RouteRule } from '../lexicons/route-rules.lexicon';
import { memoized } from '../text/memoized';
import { LEXICONS, PhraseMatcher, PhraseMatch } from '../text/phrase-matcher';
import { normalizeText, tokenize } from '../text/text-normalizer';
import { packedMap } from '../text/packed-arrays';
import { withoutThingsHeld } from './everyday-readings';

/** One lexicon phrase found for an area (and maybe one of its subareas). */
export interface AreaHit {
  area: LegalAreaCode;
  subareaId: string | null;
  weight: number;
}

/** Area and subarea scores found in some text. */
export interface AreaScores {
  areaScores: Partial<Record<LegalAreaCode, number>>;
  subareaScores: Record<string, number>;
  /** The words that matched, as written (folded), in text order. */
  keywords: string[];
  /**
   * Of `keywords`, those the text only denies ("não tenho o contrato", "nem ela tá grávida"): they still say which area
   * (`anchors`), but are no fact the client told, so the facts do not keep them.
   */
  deniedKeywords: string[];
}

/** The chosen area and how clearly it stands out (0..1). */
export interface AreaChoice {
  area: LegalAreaCode | null;
  certainty: number;
  /** The second area when it scores at least `CLOSE_SHARE` of the first. */
  competing: LegalAreaCode | null;
}

/** Lowest score that names an area at all. */
const MIN_AREA_SCORE = 2;
/** Score at which an area alone is fully convincing. */
const CONVINCING_SCORE = 8;
const MIN_SUBAREA_SCORE = 2;
/** A second area at this share of the first (and at least `MIN_AREA_SCORE`) competes with it. */
const CLOSE_SHARE = 0.6;
/** Weight from which a term is a typical word of its area (`WeightedTerms`: 1-2 are hints). */
const ANCHOR_WEIGHT = 3;
/**
 * Share of its score kept by an area that only hints named ("cargo", "medicamento"): an area
 * whose core concepts never came up should not win over one that was named.
 */
const UNANCHORED_FACTOR = 0.5;
/** Distinct keywords whose areas are kept. */
const KEYWORD_CACHE_SIZE = 10_000;

const NO_AREAS: readonly LegalAreaCode[] = [];
/**
 * A route rule as the choice reads it, every one with the same fields: each area's factor (1 where the rule names
 * none), `yieldsTo` and `movesUnlessWith` ([] for none), `movesOnlyWith` and `onlyWith` (null for none), `floors` ({} for none) and, for the shares it moves (`RouteRule.moves`),
 * the areas they go to, each with its sources in the order of `moves`' keys: worked out once, not with `Object.keys`
 * and a filter for every rule and area of every choice (a turn chooses at least once, a result three times more).
 */
interface Route {
  factors: Record<LegalAreaCode, number>;
  yieldsTo: readonly string[];
  movesOnlyWith: readonly string[] | null;
  movesUnlessWith: readonly string[];
  onlyWith: readonly string[] | null;
  movedFrom: Map<LegalAreaCode, LegalAreaCode[]>;
  floors: Partial<Record<LegalAreaCode, number>>;
}
const ROUTES = new Map<string, Route>();
for (const [note, rule] of Object.entries(ROUTE_RULES) as [string, RouteRule][]) {
  const factors = {} as Record<LegalAreaCode, number>;
  for (const area of LEGAL_AREA_CODES) factors[area] = rule.factors[area] ?? 1;
  const movedFrom = new Map<LegalAreaCode, LegalAreaCode[]>();
  for (const source of Object.keys(rule.moves ?? {}) as LegalAreaCode[]) {
    const target = rule.moves![source]!;
    movedFrom.set(target, [...(movedFrom.get(target) ?? []), source]);
  }
  ROUTES.set(note, { factors, yieldsTo: rule.yieldsTo ?? [], movesOnlyWith: rule.movesOnlyWith ?? null, movesUnlessWith: rule.movesUnlessWith ?? [], onlyWith: rule.onlyWith ?? null, movedFrom, floors: rule.floors ?? {} });
}

/** The area lexicons' phrases, each with the area (and subarea) it counts for and its weight. */
const AREA_MATCHER = new PhraseMatcher<AreaHit>(
  LEGAL_AREA_CODES.flatMap((area) => {
    const lexicon = AREA_LEXICONS[area];
    const hits = Object.entries(lexicon.terms).map(([p, weight]) => [p, { area, subareaId: null, weight }] as const);
    const subHits = lexicon.subareas.flatMap((sub) =>
      Object.entries(sub.terms).map(([p, weight]) => [p, { area, subareaId: sub.id, weight }] as const),
    );
    return [...hits, ...subHits];
  }),
  LEXICONS,
);

/** Scores text against the area lexicons; each phrase counts once per text passed in. */
export class AreaClassifier {
  private lastChoice: {
    areaScores: Partial<Record<LegalAreaCode, number>>;
    notes: readonly string[];
    anchored?: readonly string[];
    choice: AreaChoice;
  } | null = null;

  /**
   * The areas of a stored keyword (lexicon words as clients wrote them, so a bounded set), by keyword. Told by `read` the
   * areas of the match it takes a keyword from: the keyword is that match's words, which alone match as they did there.
   */
  private readonly areasOf = memoized((keyword) => areasOfHits(this.hitsOf(keyword)), KEYWORD_CACHE_SIZE);

  /** The areas for which a stored keyword is a typical word (weight >= `ANCHOR_WEIGHT`), by keyword; told by `read` too. */
  private readonly anchoredBy = memoized((keyword) => anchoringAreas(this.hitsOf(keyword)), KEYWORD_CACHE_SIZE);

  /**
   * Matches of the area lexicons in `tokens`, for callers that weigh them their own way. Kept by
   * tokens array (`PhraseMatcher.match`), so the transcript pass reads each message's matches from
   * its turn; shared: do not mutate.
   */
  matches(tokens: readonly string[]): readonly PhraseMatch<AreaHit>[] {
    return AREA_MATCHER.match(tokens);
  }

  score(text: string): AreaScores {
    const result: AreaScores = { areaScores: {}, subareaScores: {}, keywords: [], deniedKeywords: [] };
    this.read(text, result, result);
    return result;
  }

  /** The keywords `score` lists for `text`, and those it only denies, without its scores. */
  keywords(text: string): Pick<AreaScores, 'keywords' | 'deniedKeywords'> {
    const found: Pick<AreaScores, 'keywords' | 'deniedKeywords'> = { keywords: [], deniedKeywords: [] };
    this.read(text, found, null);
    return found;
  }

  /**
   * Each phrase of `text` once, in text order: its words (folded) to `keywords` (and to `deniedKeywords` while every
   * occurrence is negated), and its hits to `scores` when given.
   */
  private read(text: string, found: Pick<AreaScores, 'keywords' | 'deniedKeywords'>, scores: Omit<AreaScores, 'keywords' | 'deniedKeywords'> | null): void {
    // A thing told held ("o carro do meu pai foi preso pela PRF") is no one arrested: its verb weighs for no area (`THING_HELD`).
    const normalized = /pres/i.test(text) ? normalizeText(text) : null;
    const held = normalized === null ? null : withoutThingsHeld(normalized);
    const tokens = tokenize(held !== null && held !== normalized ? held : text);
    const seen = new Set<string>();
    const { keywords, deniedKeywords } = found;
    // The keyword of each phrase found so far only negated: most texts have none, and then nothing more is kept.
    let negatedOnly: Map<string, string> | null = null;
    for (const match of this.matches(tokens)) {
      if (seen.has(match.phrase)) {
        if (!match.negated) negatedOnly?.delete(match.phrase);
        continue;
      }
      const before = wordsBefore(tokens, match.start);
      if (denied(match, before)) continue;
      seen.add(match.phrase);
      if (scores) addHits(scores, countable(match, before), 1);
      const keyword = tokens.slice(match.start, match.end).join(' ');
      if (!keywords.includes(keyword)) {
        keywords.push(keyword);
        // Most keywords were kept already (each message's turn read them before its transcript): their areas are not worked out again.
        if (!this.areasOf.has(keyword)) this.areasOf.remember(keyword, areasOfHits(match.values));
        if (!this.anchoredBy.has(keyword)) this.anchoredBy.remember(keyword, anchoringAreas(match.values));
      }
      if (match.negated) (negatedOnly ??= new Map()).set(match.phrase, keyword);
    }
    for (const keyword of negatedOnly?.values() ?? []) if (!deniedKeywords.includes(keyword)) deniedKeywords.push(keyword);
  }

  /** The areas some of `keywords` (as `score` returns them) is a typical word of. */
  anchors(keywords: readonly string[]): LegalAreaCode[] {
    const areas = new Set<LegalAreaCode>();
    for (const keyword of keywords) for (const area of this.anchoredBy(keyword)) areas.add(area);
    return [...areas];
  }

  /**
   * The best area of the word scores, reweighed by the roles and remedies among `notes`
   * (`ROUTE_RULES`); when some area is `anchored`, an area that is not keeps `UNANCHORED_FACTOR`
   * of its score, unless a stated remedy favours it (the remedy names the area as well as a term would).
   */
  choose(areaScores: Partial<Record<LegalAreaCode, number>>, notes: readonly string[] = [], anchored?: readonly string[]): AreaChoice {
    // A turn asks twice with the same facts (the merge, then the engine): the last choice is kept
    // by the identity of what it was made from, which the engine never changes once built.
    const last = this.lastChoice;
    if (last && last.areaScores === areaScores && last.notes === notes && last.anchored === anchored) return last.choice;
    const choice = this.chooseAnew(areaScores, notes, anchored);
    this.lastChoice = { areaScores, notes, anchored, choice };
    return choice;
  }

  private chooseAnew(areaScores: Partial<Record<LegalAreaCode, number>>, notes: readonly string[], anchored?: readonly string[]): AreaChoice {
    const rules: Route[] = [];
    for (const note of notes) {
      const rule = ROUTES.get(note);
      if (!rule || (rule.onlyWith && !rule.onlyWith.some((other) => notes.includes(other)))) continue;
      if (!rule.yieldsTo.some((other) => notes.includes(other) && !givesWayBeyond(other, note, notes))) rules.push(rule);
    }
    const named = (area: LegalAreaCode) => anchored!.includes(area) || rules.some((rule) => rule.factors[area] > 1);
    const prior = (area: LegalAreaCode) => (anchored && anchored.length > 0 && !named(area) ? UNANCHORED_FACTOR : 1);
    const factor = (area: LegalAreaCode) => rules.reduce((f, rule) => f * rule.factors[area], prior(area));
    // What a rule takes from an area it moves to another (`RouteRule.moves`), before that area's own factors.
    const moved = (area: LegalAreaCode) =>
      rules.reduce((sum, rule) => {
        const held = (rule.movesOnlyWith && !rule.movesOnlyWith.some((note) => notes.includes(note))) || rule.movesUnlessWith.some((note) => notes.includes(note));
        const from = held ? NO_AREAS : rule.movedFrom.get(area) ?? NO_AREAS;
        return sum + from.reduce((s, source) => s + (areaScores[source] ?? 0) * (1 - rule.factors[source]), 0);
      }, 0);
    const floor = (area: LegalAreaCode) => rules.reduce((least, rule) => Math.max(least, rule.floors[area] ?? 0), 0);
    const ranked = packedMap(LEGAL_AREA_CODES, (area) => ({
      area,
      score: Math.max((areaScores[area] ?? 0) + moved(area), floor(area)) * factor(area),
    })).sort((a, b) => b.score - a.score);
    const [top, second] = ranked;
    if (top.score < MIN_AREA_SCORE) return { area: null, certainty: 0, competing: null };
    const strength = Math.min(1, top.score / CONVINCING_SCORE);
    const margin = (top.score - second.score) / top.score;
    const close = second.score >= MIN_AREA_SCORE && second.score >= CLOSE_SHARE * top.score;
    return { area: top.area, certainty: round2(strength * (0.4 + 0.6 * margin)), competing: close ? second.area : null };
  }

  /** Label of the best subarea of `area`, or the area's default. */
  subarea(area: LegalAreaCode, subareaScores: Record<string, number>): string {
    const lexicon = AREA_LEXICONS[area];
    let best: { label: string; score: number } | null = null;
    for (const sub of lexicon.subareas) {
      const score = subareaScores[sub.id] ?? 0;
      if (score >= MIN_SUBAREA_SCORE && (!best || score > best.score)) best = { label: sub.label, score };
    }
    return best?.label ?? lexicon.defaultSubarea;
  }

  /** Whether `keyword` (as stored in the facts) is a term of `area`. */
  belongsTo(area: LegalAreaCode, keyword: string): boolean {
    return this.areasOf(keyword).has(area);
  }

  private hitsOf(keyword: string): AreaHit[] {
    return AREA_MATCHER.match(tokenize(keyword)).flatMap((m) => m.values);
  }
}

function areasOfHits(hits: readonly AreaHit[]): Set<LegalAreaCode> {
  return new Set(hits.map((hit) => hit.area));
}

function anchoringAreas(hits: readonly AreaHit[]): Set<LegalAreaCode> {
  return new Set(hits.filter((hit) => hit.weight >= ANCHOR_WEIGHT).map((hit) => hit.area));
}

/**
 * Adds the hits of one phrase: the area gets its strongest weight, each subarea its own. Areas in
 * order of their first hit; loops rather than a map per call (a phrase has one to three hits).
 */
export function addHits(target: Pick<AreaScores, 'areaScores' | 'subareaScores'>, hits: AreaHit[], factor: number): void {
  for (const hit of hits) {
    if (hit.subareaId) {
      target.subareaScores[hit.subareaId] = round2((target.subareaScores[hit.subareaId] ?? 0) + hit.weight * factor);
    }
  }
  for (let i = 0; i < hits.length; i++) {
    const { area } = hits[i];
    if (hits.findIndex((hit) => hit.area === area) < i) continue;
    let weight = Math.max(0, hits[i].weight);
    for (let j = i + 1; j < hits.length; j++) if (hits[j].area === area) weight = Math.max(weight, hits[j].weight);
    target.areaScores[area] = round2((target.areaScores[area] ?? 0) + weight * factor);
  }
}

const DENIED_EVENTS = new Set(DENIED_WHEN_NEGATED);
/** The disclaimers (`DISCLAIMERS`) as token lists by their last word (a match's word before is looked up once), and the most words one spans. */
const DISCLAIMERS_BY_LAST = new Map<string, string[][]>();
// Longest first: the whole disclaimer is found, so the words before it are the ones that may report it.
for (const words of DISCLAIMERS.map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length)) DISCLAIMERS_BY_LAST.set(words.at(-1)!, [...(DISCLAIMERS_BY_LAST.get(words.at(-1)!) ?? []), words]);
/** Two more words: the "diz que" that makes a disclaimer reported speech (`REPORTING_VERBS`). */
const DISCLAIMER_REACH = Math.max(...DISCLAIMERS.map((phrase) => phrase.split(' ').length)) + 2;
const REPORTING = new Set(REPORTING_VERBS);

/** The words before a match at `start` of `tokens` that `countable` reads (enough for the longest disclaimer). */
export function wordsBefore(tokens: readonly string[], start: number): readonly string[] {
  return tokens.slice(Math.max(0, start - DISCLAIMER_REACH), start);
}

/**
 * A negated phrase ("nem caução") still says which area, but not which kind of case; a denied
 * event (`DENIED_WHEN_NEGATED`: "não foi preso", or "ninguém foi preso" among the two words
 * `before` it) and a phrase the client rules out (`DISCLAIMERS` right `before` it: "não é nada
 * trabalhista") say neither. `before`: the words before the match (`wordsBefore`).
 */
export function countable(match: Pick<PhraseMatch<AreaHit>, 'phrase' | 'values' | 'negated'>, before: readonly string[]): AreaHit[] {
  if (denied(match, before)) return [];
  return match.negated ? match.values.filter((hit) => hit.subareaId === null) : match.values;
}

/** Whether `match` is a denied event, or ruled out by a disclaimer right `before` it. */
function denied(match: Pick<PhraseMatch<AreaHit>, 'phrase' | 'negated'>, before: readonly string[]): boolean {
  const disclaimer = (DISCLAIMERS_BY_LAST.get(before.at(-1) ?? '') ?? []).find((words) => endsWith(before, words));
  if (disclaimer && !reported(before, disclaimer)) return true;
  return DENIED_EVENTS.has(match.phrase) && (match.negated || before.slice(-2).some((word) => NOTE_NEGATORS.includes(word)));
}

function endsWith(tokens: readonly string[], words: readonly string[]): boolean {
  return words.length <= tokens.length && words.every((word, i) => tokens[tokens.length - words.length + i] === word);
}

/** Whether the disclaimer `words` ending `before` follows a reporting verb and "que" (the other side's denial). */
function reported(before: readonly string[], words: readonly string[]): boolean {
  const at = before.length - words.length;
  return before[at - 1] === 'que' && REPORTING.has(before[at - 2]);
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * `other`'s own rule gives way to a third note told (neither itself nor `note`): a rule does not yield to a note whose rule does not
 * apply. The seller's deed claim gives way to the pension held in the tax enforcement, so the tax authority's rule, which gives way
 * only to the deed claim, applies again; two rules that give way to each other (a person run over, the driver at fault) still do.
 */
function givesWayBeyond(other: string, note: string, notes: readonly string[]): boolean {
  const rule = ROUTES.get(other);
  return Boolean(rule && rule.yieldsTo.some((third) => third !== note && third !== other && notes.includes(third)));
}
