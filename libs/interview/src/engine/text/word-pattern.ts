import { isSpellingSlip } from './spelling-slip';
import { tokenize } from './text-normalizer';

/** One word of a lexicon phrase: `prefix` when it was written with a trailing `*`. */
export interface WordPattern {
  word: string;
  prefix: boolean;
}

/**
 * Words at least this long also match with one spelling slip (same first letter; see
 * `isSpellingSlip`) and in their other gender ("demitido"/"demitida"). A mere extra or missing
 * ending ("operador"/"operadora") is an inflection, not a typo: lexicons use `*` for those.
 */
export const FUZZY_MIN_LENGTH = 7;
/** Words at least this long also match their plural. */
const PLURAL_MIN_LENGTH = 4;

/** The words of a lexicon phrase, normalized like client text ("demit*" keeps its `*`). */
export function compileWords(phrase: string): WordPattern[] {
  return phrase
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .flatMap((word) => {
      const prefix = word.endsWith('*');
      const tokens = tokenize(prefix ? word.slice(0, -1) : word);
      return tokens.map((token, i) => ({ word: token, prefix: prefix && i === tokens.length - 1 }));
    });
}

/**
 * Lexicon cues (folded phrases, `*` for any ending) as one regex alternation over folded text, a space standing for any run of
 * white space: for lists read across a sentence by a pattern rather than word by word by a `PhraseMatcher`.
 */
export function cueAlternation(cues: readonly string[]): string {
  return `(?:${cues.map((cue) => cue.replace(/\*/g, '[a-z]*').replace(/ /g, '\\s+')).join('|')})`;
}

/** "duplicatas", "credores", "rescisoes": lexicons list the singular. */
function plurals(word: string): string[] {
  if (word.length < PLURAL_MIN_LENGTH) return [];
  const forms = [`${word}s`, `${word}es`];
  if (word.endsWith('ao')) forms.push(`${word.slice(0, -2)}oes`, `${word.slice(0, -2)}aes`);
  return forms;
}

/** The forms a lexicon word also stands for: its plurals and, when long, its other gender with its plurals. */
export function inflections(word: string): string[] {
  const gender = word.length >= FUZZY_MIN_LENGTH ? otherGender(word) : null;
  return gender ? [...plurals(word), gender, ...plurals(gender)] : plurals(word);
}

/** Whether a client's token is this lexicon word: as written, inflected, any ending after a `*`, or one spelling slip away. */
export function wordMatches(pattern: WordPattern, token: string): boolean {
  if (pattern.prefix) return token.startsWith(pattern.word);
  if (token === pattern.word || inflections(pattern.word).includes(token)) return true;
  return (
    pattern.word.length >= FUZZY_MIN_LENGTH &&
    token[0] === pattern.word[0] &&
    !/\d/.test(token) &&
    !token.startsWith(pattern.word) &&
    !pattern.word.startsWith(token) &&
    isSpellingSlip(token, pattern.word)
  );
}

/**
 * "atrasado" <-> "atrasada", "inquilinos" <-> "inquilinas"; null for words without a gender ending ("-ão" is none). A noun
 * in "-nda" has none either: its "-ndo" is a gerund or a verb ("fazenda"/"fazendo", "encomenda"/"encomendo").
 */
function otherGender(word: string): string | null {
  if (/ndas?$/.test(word)) return null;
  const swapped = word.replace(/(?<!a)([ao])(s?)$/, (_, vowel: string, plural: string) => (vowel === 'a' ? 'o' : 'a') + plural);
  return swapped === word ? null : swapped;
}
