import {
  BODY_ACRONYMS,
  CITIES,
  CITY_CONNECTORS,
  CITY_LEADING_WORDS,
  CITY_STOP_WORDS,
  NOT_PLACE_ANSWERS,
  PLACE_ANSWER_LEADS,
  STATE_BODIES,
  STATE_NAMES,
  UFS,
} from '../lexicons/locations.lexicon';
import { allMatches } from '../text/all-matches';
import { isNegator, LEXICONS, PhraseMatcher } from '../text/phrase-matcher';
import { foldText, textMemo, tokenize } from '../text/text-normalizer';

const CITY_WITH_UF = new RegExp(
  `(?<!\\p{L})((?:\\p{L}+ +){0,4}\\p{L}+)\\s*(/|\\(|-|–|,)\\s*(${UFS.join('|')})(?!\\p{L})`,
  'giu',
);
/**
 * The end of a CITY_WITH_UF match that is kept (after "/" in any case, else an upper-case UF): cheap
 * to look for, and without it every match would be dropped ("- se" or "- to" in prose is not a place).
 */
const KEPT_UF_ENDS = [
  new RegExp(`/\\s*(?:${UFS.join('|')})(?!\\p{L})`, 'iu'),
  new RegExp(`(?:\\(|-|–|,)\\s*(?:${UFS.join('|')})(?!\\p{L})`, 'u'),
];
const CITY_BY_FOLDED = new Map(Object.keys(CITIES).map((city) => [foldText(city), city]));
/**
 * A place the client says is not theirs ("nunca morei em São Paulo", "não moro em Campinas/SP"): a negation one or two words
 * before the word that leads to the place. For "City/UF", read on the folded text up to the UF.
 */
function deniedPlace(tokens: readonly string[], start: number): boolean {
  return isNegator(tokens[start - 2]) || isNegator(tokens[start - 3]);
}
const DENIED_BEFORE = /\b(?:nao|nunca|nem|jamais)\s+(?:\S+\s+)?(?:em|de|do|da|no|na|para)\s+(?:\S+\s+){0,4}\S+\s*[/(,–-]\s*$/;
const DENIAL_REACH = 80;

/** The words before a state's name that make it a body's (`STATE_BODIES`): "da Polícia Militar de", "do Tribunal de Justiça do Estado de". */
const BODY_OF_STATE = new RegExp(`\\b(?:${STATE_BODIES.join('|')})(?: do estado)? (?:de|do|da)$`);
const BODY_WORDS = Math.max(...STATE_BODIES.map((body) => body.split(' ').length)) + 3;
/** A capitalised city after "em"/"de", then a comma and a state's name ("em Caruaru, Pernambuco"). The state's name as written, accents and all. */
const STATE_NAME_WORDS = Object.keys(STATE_NAMES)
  .filter((name) => !name.startsWith('estado'))
  .sort((a, b) => b.length - a.length)
  .map((name) => name.split(' ').map((word) => [...word].map((ch) => ({ a: '[aáâã]', e: '[eéê]', i: '[ií]', o: '[oóôõ]', u: '[uú]', c: '[cç]' })[ch] ?? ch).join('')).join('\\s+'));
const CITY_WITH_STATE_NAME = new RegExp(
  `(?<![\\p{L}])(?:em|de|no|na)\\s+(\\p{Lu}[\\p{L}]+(?:\\s+(?:d[aeo]s?\\s+)?\\p{Lu}[\\p{L}]+){0,3}),\\s*(${STATE_NAME_WORDS.join('|')})(?![\\p{L}])`,
  'giu',
);

const CITY_MATCHER = new PhraseMatcher(Object.keys(CITIES).map((city) => [city, city] as const), LEXICONS);
const STATE_MATCHER = new PhraseMatcher(Object.entries(STATE_NAMES), LEXICONS);

/** Finds places: "Contagem/MG", "Caxias do Sul - RS", "São Luís, MA", "moro em Fortaleza", "estado do Tocantins". */
export class LocationExtractor {
  /**
   * `parts`: the messages `text` joins (`joinTexts`), when it is a transcript. A "City/UF" never
   * runs over a message break, so each message's are read apart (and kept from its turn).
   */
  extract(text: string, parts: readonly string[] = [text]): string[] {
    const found: string[] = [];
    for (const part of parts) found.push(...citiesWithUf(part));
    const tokens = tokenize(text);
    const afterLeadingWord = (start: number) => start > 0 && CITY_LEADING_WORDS.includes(tokens[start - 1]) && !deniedPlace(tokens, start);
    // "Polícia Militar de Minas Gerais", "Tribunal de Justiça do Rio de Janeiro": the body's state, not the client's place.
    const ofBody = (start: number) => BODY_OF_STATE.test(tokens.slice(Math.max(0, start - BODY_WORDS), start).join(' '));
    for (const match of CITY_MATCHER.match(tokens)) {
      const city = match.values[0];
      if (!afterLeadingWord(match.start)) continue;
      const partOfLonger = found.some((place) => foldText(place).startsWith(`${foldText(city)} `)) || namesLongerCity(text, city);
      if (!partOfLonger && !ofBody(match.start)) found.push(`${city}/${CITIES[city]}`);
    }
    for (const match of STATE_MATCHER.match(tokens)) {
      if ((afterLeadingWord(match.start) || match.phrase.startsWith('estado')) && !ofBody(match.start)) found.push(match.values[0]);
    }
    // "Moramos em Caruaru, Pernambuco": a city closed by its state's name, as by its code.
    for (const part of parts) {
      for (const m of part.includes(',') ? allMatches(CITY_WITH_STATE_NAME, part) : []) {
        const uf = STATE_NAMES[foldText(m[2]).replace(/\s+/g, ' ')];
        const words = m[1].split(/\s+/);
        // Case-blind to read the state's name however written; the city's words must still be capitalised.
        if (!words.every((word, i) => /^\p{Lu}/u.test(word) || (i > 0 && CITY_CONNECTORS.includes(word)))) continue;
        const city = cityName(words);
        if (uf && city && !found.some((place) => foldText(place).startsWith(foldText(city)))) found.push(`${city}/${uf}`);
      }
    }
    return dedupe(found);
  }
}

/** The "City/UF" places of one text, in text order (only a text with a UF is scanned for them); shared: do not mutate. */
const citiesWithUf = textMemo((text): readonly string[] => {
  const found: string[] = [];
  for (const m of KEPT_UF_ENDS.some((end) => end.test(text)) ? allMatches(CITY_WITH_UF, text) : []) {
    const [, words, separator, uf] = m;
    if (uf !== uf.toUpperCase() && separator !== '/') continue;
    // "PM-MG", "TJ-SP": a body's acronym with its state's code, not a city (`BODY_ACRONYMS`).
    if (BODY_ACRONYMS.includes(foldText(words.split(/\s+/).at(-1)!))) continue;
    const city = cityName(words.split(/\s+/));
    // In a message written in capitals, ", SE" or "- SE" is prose: only a known city makes it a place.
    const shouted = separator !== '/' && !/\p{Ll}/u.test(words);
    const denied = DENIED_BEFORE.test(foldText(text.slice(Math.max(0, m.index! - DENIAL_REACH), m.index! + m[0].length - m[3].length)));
    if (city && !denied && (!shouted || CITY_BY_FOLDED.has(foldText(city)))) found.push(`${city}/${uf.toUpperCase()}`);
  }
  return found;
});

/**
 * Asked for a place, a city written in lower case and closed by its state's code, after "em"/"de" or alone ("moro em caruaru
 * pe", "a fazenda fica em rio verde go"): the code makes it a place, though nothing is capitalised. One to four words.
 */
const LOWER_CASE_PLACE = new RegExp(
  `^(?:.*?\\b(?:moro|mora|moramos|resido|residimos|vivo|vivemos|sou|somos|fica|ficam|foi|estou|estamos|trabalho|e|aqui)\\s+(?:em|de|no|na)\\s+|(?:em|de|no|na)\\s+)?` +
    // The code is a word of its own ("caruaru pe", "caruaru/pe"), never a word's last letters ("tenho o extrato" is no "Extra/TO").
    `((?:\\p{L}+\\s+){0,3}\\p{L}+)(?:\\s*[/,-]\\s*|\\s+)(${UFS.join('|')})\\s*[.!]?$`,
  'iu',
);

/** "rio verde" -> "Rio Verde", "juazeiro do norte" -> "Juazeiro do Norte". */
function titleCase(name: string): string {
  return name
    .split(/\s+/)
    .map((word, i) => (i > 0 && CITY_CONNECTORS.includes(word.toLowerCase()) ? word.toLowerCase() : word[0].toUpperCase() + word.slice(1)))
    .join(' ');
}

/**
 * The place a short answer to "Em qual cidade?" names, when no known city or "City/UF" was found in it:
 * "Garanhuns", "em Garanhuns", "moro em Serra Talhada". Asked for a place, a capitalised name of up
 * to four words is one; anything else ("não sei", a sentence) is not.
 */
export function placeAnswer(text: string): string | null {
  const lowered = LOWER_CASE_PLACE.exec(text.trim());
  if (lowered && !NOT_PLACE_ANSWERS.includes(foldText(lowered[1].split(/\s+/)[0]))) return `${titleCase(lowered[1])}/${lowered[2].toUpperCase()}`;
  let words = text.replace(/[.!?,;:]+/g, ' ').trim().split(/\s+/).filter(Boolean);
  // "São Paulo capital", "Recife, capital": the state's capital city, named by itself.
  if (words.length > 1 && foldText(words.at(-1)!) === 'capital') words = words.slice(0, -1);
  for (let lead = 0; lead < words.length && PLACE_ANSWER_LEADS.includes(foldText(words[lead])); lead++) {
    if (lead === words.length - 1) return null;
    if (!PLACE_ANSWER_LEADS.includes(foldText(words[lead + 1]))) {
      words = words.slice(lead + 1);
      break;
    }
  }
  const known = CITY_BY_FOLDED.get(foldText(words.join(' ')));
  if (known) return `${known}/${CITIES[known]}`;
  if (words.length === 0 || words.length > 4 || NOT_PLACE_ANSWERS.includes(foldText(words[0])) || !/^\p{Lu}/u.test(words[0]) || !/^\p{Lu}/u.test(words.at(-1)!)) return null;
  return words.every((word) => /^\p{L}+$/u.test(word) && (/^\p{Lu}/u.test(word) || CITY_CONNECTORS.includes(word))) ? words.join(' ') : null;
}

/**
 * A known city that goes on with a connector and a capitalised word is the start of a longer name
 * ("Vitória de Santo Antão", "Belém do São Francisco", "Brasília de Minas"): another town, not it.
 */
function namesLongerCity(text: string, city: string): boolean {
  const folded = foldText(text);
  // Folding keeps a precomposed text's length: the capital is read at the same index of the original.
  if (folded.length !== text.length) return false;
  return allMatches(goesOnPattern(city), folded).some((m) => /\p{Lu}/u.test(text[m.index + m[0].length - 1]));
}

/** `namesLongerCity`'s pattern for each known city, made the first time it is asked (a `new RegExp` per call was ~4,500 instructions). */
const GOES_ON = new Map<string, RegExp>();
const GOES_ON_CONNECTORS = CITY_CONNECTORS.filter((c) => c !== 'e').join('|');

function goesOnPattern(city: string): RegExp {
  let pattern = GOES_ON.get(city);
  if (!pattern) GOES_ON.set(city, (pattern = new RegExp(`(?<![a-z])${foldText(city)} (?:${GOES_ON_CONNECTORS}) [a-z]`, 'g')));
  return pattern;
}

/** Reads a city name backwards from "/UF": capitalised words, or at most three lower-case ones. */
function cityName(words: string[]): string | null {
  const capitalised = words.some((w) => /^\p{Lu}/u.test(w));
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    const lower = foldText(word);
    if (CITY_CONNECTORS.includes(lower) && i > 0 && kept.length > 0) {
      const before = foldText(words[i - 1]);
      if (CITY_STOP_WORDS.includes(before) || (capitalised && !/^\p{Lu}/u.test(words[i - 1]))) break;
      kept.unshift(lower);
      continue;
    }
    if (CITY_STOP_WORDS.includes(lower) || CITY_CONNECTORS.includes(lower)) break;
    if (capitalised && !/^\p{Lu}/u.test(word)) break;
    if (!capitalised && kept.length >= 3) break;
    kept.unshift(word);
  }
  if (kept.length === 0) return null;
  const name = kept.map((w) => (CITY_CONNECTORS.includes(w) ? w : w[0].toUpperCase() + w.slice(1))).join(' ');
  return CITY_BY_FOLDED.get(foldText(name)) ?? name;
}

function dedupe(places: string[]): string[] {
  const result: string[] = [];
  for (const place of places) {
    if (result.some((p) => foldText(p) === foldText(place))) continue;
    result.push(place);
  }
  return result.filter((place) => place.includes('/') || !result.some((p) => p.endsWith(`/${place}`)));
}
