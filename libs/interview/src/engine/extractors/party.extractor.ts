import {
  BRANDS,
  CAPITALISED_BRAND_KINDS,
  GUESS_CUES,
  GUESS_REACH,
  GUESSABLE_BODIES,
  HOUSEHOLD_LABEL,
  OPPOSED_RELATIVES,
  RELATIVE_RESISTS,
  OWN_BUSINESS_LABELS,
  PARTIES,
  PARTY_GROUPS,
  SPOUSE_LABEL,
  WITNESS_VERBS,
  WORKPLACE_CUES,
  WORKPLACE_ONLY_PHRASES,
} from '../lexicons/parties.lexicon';
import { allMatches } from '../text/all-matches';
import { withoutChatAudience } from '../text/chat-audience';
import { isClientsOwnBusiness, isClientsOwnRole } from './client-side';
import { isSpouseCoOwner, withoutHouseholdSpouse } from './client-spouse';
import { withoutNames } from './named-parties';
import { LEXICONS, PhraseMatcher } from '../text/phrase-matcher';
import { cueAlternation } from '../text/word-pattern';
import { clauseBreakBetween, COUNT_PATTERN, foldText, joinTexts, parseCount, TEXT_BREAK, textMemo, tokenize } from '../text/text-normalizer';
import { packedMap } from '../text/packed-arrays';

const GROUP = new RegExp(
  `\\b(${COUNT_PATTERN})\\s+(?:[a-z]+\\s+)?(${Object.keys(PARTY_GROUPS).join('|')})\\b`,
  'g',
);

/** The group word GROUP ends with, alone: most texts have none, and then GROUP is not run. */
const ANY_GROUP = new RegExp(`\\b(?:${Object.keys(PARTY_GROUPS).join('|')})\\b`);

const WORKPLACE = new RegExp(`\\b${cueAlternation(WORKPLACE_CUES)}\\b`);
/**
 * A relative of the client's ("meu irmão", "minha tia") and, within six words of the same sentence with no other person (no
 * pronoun, possessive or article) between,
 * an act of resisting or taking (`RELATIVE_RESISTS`): that relative is the other side. Not a relative who only says whose
 * someone or something is ("o pai do meu filho não paga", "a namorada do meu irmão não devolve"): the one before the "do" acts.
 * Run on folded text.
 */
const RELATIVE_OPPOSING = new RegExp(
  `(?<!\\bd[oa]s? )\\b(?:meu|minha) (${Object.keys(OPPOSED_RELATIVES).join('|')})\\b((?:,?\\s+(?!(?:meu|minha|meus|minhas|ele|ela|eles|elas|eu|nos|mas|porem|o|a|os|as|um|uma)\\b)[^\\s,.!?;]+){0,6}?),?\\s+(?:${RELATIVE_RESISTS.join('|')})`,
  'g',
);
/** "meu"/"minha" and a relative's word: most texts have none, and then RELATIVE_OPPOSING is not run. */
const ANY_RELATIVE = new RegExp(`\\b(?:meu|minha) (?:${Object.keys(OPPOSED_RELATIVES).join('|')})\\b`);
/** A brand's phrase (folded) -> the label of its kind (`BRANDS`), which its name stands for. */
const BRAND_KINDS = new Map([
  ...Object.entries(BRANDS).flatMap(([label, brands]) => Object.keys(brands).map((phrase) => [phrase, label] as const)),
  ...Object.entries(CAPITALISED_BRAND_KINDS),
]);

/** The parties' phrases and the brands, each with its party's label. */
const PARTY_MATCHER = new PhraseMatcher(
  [
    ...Object.entries(PARTIES).flatMap(([label, phrases]) => phrases.map((p) => [p, label] as const)),
    ...Object.values(BRANDS).flatMap((brands) => Object.entries(brands)),
  ],
  LEXICONS,
);

/** Finds who else is involved ("patrão", "INSS", "ex-marido") and how large a group is ("9 bancos"). */
export class PartyExtractor {
  /**
   * `parts`: the messages `text` joins (`joinTexts`), when it is a transcript. Names are found in
   * each message (no name runs over a message break), so that the text without them is the
   * messages' own texts joined, and is not folded and tokenized again as a whole.
   */
  extract(text: string, parts: readonly string[] = [text]): { parties: string[]; largestGroup: number; own: string[] } {
    // A loop with `push`, not `map`, for a packed array (see `packedMap`).
    const pieces: Unnamed[] = [];
    for (let i = 0; i < parts.length; i++) pieces.push(i > 0 ? unnamedAfterBreak(parts[i]) : unnamedAlone(parts[i]));
    const names: string[] = [];
    for (const piece of pieces) for (const name of piece.names) if (!names.includes(name)) names.push(name);
    const household = pieces.some((piece) => piece.household) ? [HOUSEHOLD_LABEL] : [];
    const rest = joinTexts(packedMap(pieces, (piece) => piece.rest));
    const parties: string[] = [...names];
    let atWork: boolean | undefined;
    const tokens = tokenize(rest);
    // Kinds of business the client told as their own ("tenho 2 lojas", "as duas lojas que eu tenho"): each later bare mention of
    // the kind ("tirar a marca das lojas") is the same establishment, the client's, not the other side.
    const own: string[] = [];
    for (const match of PARTY_MATCHER.match(tokens)) {
      if (isClientsOwnBusiness(tokens, match.start, match.end, match.values)) {
        for (const label of match.values) if (OWN_BUSINESS_LABELS.includes(label) && !own.includes(label)) own.push(label);
        continue;
      }
      if ((match.negated && !notEven(tokens, match.start)) || isClientsOwnRole(tokens, match.start)) continue;
      if (WITNESS_VERBS.includes(tokens[match.end])) continue;
      if (match.values.every((label) => GUESSABLE_BODIES.includes(label)) && isGuessed(tokens, match.start)) continue;
      if (WORKPLACE_ONLY_PHRASES.includes(match.phrase) && !(atWork ??= WORKPLACE.test(foldText(text)))) continue;
      for (const label of match.values) if (!parties.includes(label)) parties.push(label);
    }
    // The spouse who owns or holds with the client, in a transcript with no conflict between them, is on the client's side.
    if (isSpouseCoOwner(text, parts)) {
      const at = parties.indexOf(SPOUSE_LABEL);
      if (at >= 0) parties.splice(at, 1);
      if (!household.includes(HOUSEHOLD_LABEL)) household.push(HOUSEHOLD_LABEL);
    }
    for (const label of household) if (!parties.includes(label)) parties.push(label);
    if (own.length > 0) for (let i = parties.length - 1; i >= 0; i--) if (own.includes(parties[i])) parties.splice(i, 1);
    // A group is counted within a message too (its count and noun stop at the break's "."): the largest of any message's.
    const largestGroup = Math.max(0, ...parts.map(largestGroupIn));
    // "o banco é o Banco Pan", "o banco ... era o itau": the name says which bank, so the bare label would list it twice.
    return { parties: withoutNamedKinds(parties), largestGroup: Math.round(largestGroup * 10) / 10, own };
  }
}

/**
 * Whether a guess of who did it (`GUESS_CUES`) ends at most `GUESS_REACH` words before `start`, in the same clause: "acho que foi a
 * prefeitura", "não sei se foi o estado ou a prefeitura". The body is the client's guess, not a party told.
 */
function isGuessed(tokens: readonly string[], start: number): boolean {
  for (let end = start; end >= Math.max(0, start - GUESS_REACH); end--) {
    const found = GUESS_CUES.some((cue) => cue.every((word, i) => tokens[end - cue.length + i] === word));
    if (found) return !clauseBreakBetween(tokens, end - 1, start);
  }
  return false;
}

/** Determiners between "nem" and the party it names (`notEven`). */
const NOT_EVEN_DETERMINERS = ['o', 'a', 'os', 'as', 'meu', 'minha', 'meus', 'minhas', 'seu', 'sua', 'nosso', 'nossa'];
/**
 * "nem" right before a party, over its determiners only: "not even" ("ninguém, nem o síndico, resolveu", "nem a loja nem o fabricante
 * trocam"), which names the party and denies what it did; not a denial of having one over a verb ("nem tenho patrão").
 */
function notEven(tokens: readonly string[], start: number): boolean {
  let i = start - 1;
  while (i >= start - 2 && NOT_EVEN_DETERMINERS.includes(tokens[i])) i--;
  return tokens[i] === 'nem';
}

/**
 * The parties without a bare label of a kind whose member is also listed by name: "o banco" told in one message and "Banco Pan" in
 * the next are one party, as within a message (`PartyExtractor.extract`), a known brand ("Itaú") too.
 */
/** The label of a party's kind: the label itself, or the kind of a brand named (`BRANDS`, `CAPITALISED_BRAND_KINDS`). */
export function partyKind(party: string): string | undefined {
  return party in PARTIES ? party : BRAND_KINDS.get(foldText(party));
}

export function withoutNamedKinds(parties: readonly string[]): string[] {
  const names = parties.filter((party) => !(party in PARTIES));
  const named = (label: string) =>
    names.some((name) => PARTIES[label].includes(foldText(name).split(' ')[0]) || BRAND_KINDS.get(foldText(name)) === label);
  return parties.filter((party) => !(party in PARTIES) || !named(party));
}

/** The people of the largest group a text counts ("9 bancos"), or 0; kept by text, so the transcript pass reads each message's from its turn. */
const largestGroupIn = textMemo((text): number => {
  let largest = 0;
  // A chat group's members are the audience of what was posted there, not a group of parties (`withoutChatAudience`).
  const folded = withoutChatAudience(foldText(text));
  for (const m of ANY_GROUP.test(folded) ? allMatches(GROUP, folded) : []) largest = Math.max(largest, parseCount(m[1]) * PARTY_GROUPS[m[2]]);
  return largest;
});

/** A text without its names and its spouse beside the client: the names as written, in text order, and whether the spouse was there. */
interface Unnamed {
  rest: string;
  names: string[];
  household: boolean;
}

function unnamed(text: string, lead: string): Unnamed {
  const names: string[] = [];
  const household: string[] = [];
  const rest = withoutOpposingRelatives(withoutHouseholdSpouse(withoutNames(text, lead, names, household), household), names);
  return { rest, names, household: household.length > 0 };
}

/** A message alone, or the first of a transcript: kept by text, so the transcript pass reads each message's from its turn. */
const unnamedAlone = textMemo((text) => unnamed(text, ''));
const unnamedAfterLead = textMemo((text) => unnamed(text, TEXT_BREAK));
/**
 * A later message of a transcript, after a message break. The break changes what `continuesAName` reads only for a
 * message that opens with a state's code and a comma ("SP, na Vila Mariana": the break's line feed stands where the
 * space before the code would); any other message gives what it gave alone.
 */
function unnamedAfterBreak(text: string): Unnamed {
  return /^\p{Lu}{2},/u.test(text) ? unnamedAfterLead(text) : unnamedAlone(text);
}

/** The text without a relative who holds out against the client (`RELATIVE_OPPOSING`), whose label goes to `names`: the other side. */
function withoutOpposingRelatives(text: string, names: string[]): string {
  const folded = foldText(text);
  if (!ANY_RELATIVE.test(folded)) return text;
  const rest = folded.replace(RELATIVE_OPPOSING, (whole, relative: string) => {
    const label = OPPOSED_RELATIVES[relative];
    if (!names.includes(label)) names.push(label);
    return whole.replace(/^(?:meu|minha) [a-z]+/, ' ');
  });
  // Unchanged, the text is kept as written (not folded).
  return rest === folded ? text : rest;
}

