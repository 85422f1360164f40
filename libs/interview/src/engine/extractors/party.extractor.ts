import { CITIES, STATE_NAMES } from '../lexicons/locations.lexicon';
import { COMPANY_NOUNS, NAME_CUES, NOT_NAMES, PARTIES, PARTY_GROUPS } from '../lexicons/parties.lexicon';
import { PhraseMatcher } from '../text/phrase-matcher';
import { COUNT_PATTERN, foldText, parseCount, tokenize } from '../text/text-normalizer';

const GROUP = new RegExp(
  `\\b(${COUNT_PATTERN})\\s+(?:[a-z]+\\s+)?(${Object.keys(PARTY_GROUPS).join('|')})\\b`,
  'g',
);

/** The group word GROUP ends with, alone: most texts have none, and then GROUP is not run. */
const ANY_GROUP = new RegExp(`\\b(?:${Object.keys(PARTY_GROUPS).join('|')})\\b`);

const NAME_WORD = `(?:\\p{Lu}[\\p{L}\\d&'-]*|[A-Z\\d]{2,})`;
const NAMED = new RegExp(
  `(?<!\\p{L})(${[...NAME_CUES, ...COMPANY_NOUNS].join('|')})\\s+(${NAME_WORD}(?:\\s+(?:d[aeo]s?\\s+)?${NAME_WORD}){0,3})`,
  'gu',
);
const LABEL_PHRASES = new Set(Object.entries(PARTIES).flatMap(([label, phrases]) => [foldText(label), ...phrases]));
const PLACES = new Set([...Object.keys(CITIES).map((city) => foldText(city)), ...Object.keys(STATE_NAMES)]);

/** Finds who else is involved ("patrão", "INSS", "ex-marido") and how large a group is ("9 bancos"). */
export class PartyExtractor {
  private readonly matcher = new PhraseMatcher(
    Object.entries(PARTIES).flatMap(([label, phrases]) => phrases.map((p) => [p, label] as const)),
  );

  extract(text: string): { parties: string[]; largestGroup: number } {
    const { names, rest } = namesIn(text);
    const parties: string[] = [...names];
    for (const match of this.matcher.match(tokenize(rest))) {
      if (match.negated) continue;
      for (const label of match.values) if (!parties.includes(label)) parties.push(label);
    }
    let largestGroup = 0;
    const folded = foldText(text);
    for (const m of ANY_GROUP.test(folded) ? folded.matchAll(GROUP) : []) {
      largestGroup = Math.max(largestGroup, parseCount(m[1]) * PARTY_GROUPS[m[2]]);
    }
    return { parties, largestGroup: Math.round(largestGroup * 10) / 10 };
  }
}

/**
 * Company and brand names after a cue ("comprei na Magazine Luiza"), kept as written, and the text
 * without them (and without a company noun they follow), so that "loja" is not listed beside the name.
 */
function namesIn(text: string): { names: string[]; rest: string } {
  const names: string[] = [];
  const rest = text.replace(NAMED, (whole, cue: string, name: string) => {
    const folded = foldText(name);
    const isName = !NOT_NAMES.includes(folded) && !LABEL_PHRASES.has(folded) && !PLACES.has(folded);
    if (!isName) return whole;
    if (!names.includes(name)) names.push(name);
    return COMPANY_NOUNS.includes(foldText(cue)) ? ' ' : `${cue} `;
  });
  return { names, rest };
}
