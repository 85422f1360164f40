import { tokenize, withinOneEdit } from './text-normalizer';

/** One word of a lexicon phrase: `prefix` when it was written with a trailing `*`. */
export interface WordPattern {
  word: string;
  prefix: boolean;
}

/**
 * Words at least this long also match with one typo (same first letter). A mere extra or missing
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

/** "duplicatas", "credores", "rescisoes": lexicons list the singular. */
export function plurals(word: string): string[] {
  if (word.length < PLURAL_MIN_LENGTH) return [];
  const forms = [`${word}s`, `${word}es`];
  if (word.endsWith('ao')) forms.push(`${word.slice(0, -2)}oes`, `${word.slice(0, -2)}aes`);
  return forms;
}

/** Whether a client's token is this lexicon word: as written, its plural, any ending after a `*`, or one typo away. */
export function wordMatches(pattern: WordPattern, token: string): boolean {
  if (pattern.prefix) return token.startsWith(pattern.word);
  if (token === pattern.word) return true;
  const extra = token.length - pattern.word.length;
  if ((extra === 1 || extra === 2) && plurals(pattern.word).includes(token)) return true;
  return (
    pattern.word.length >= FUZZY_MIN_LENGTH &&
    Math.abs(token.length - pattern.word.length) <= 1 &&
    token[0] === pattern.word[0] &&
    !/\d/.test(token) &&
    !token.startsWith(pattern.word) &&
    !pattern.word.startsWith(token) &&
    withinOneEdit(token, pattern.word)
  );
}
