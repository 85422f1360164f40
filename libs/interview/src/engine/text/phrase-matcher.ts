import { editDistance, tokenize } from './text-normalizer';

/** One occurrence of a lexicon phrase in a text. */
export interface PhraseMatch<T> {
  phrase: string;
  values: T[];
  start: number;
  end: number;
  /** A negation word ("não", "nunca", "nem", "sem") is among the two words before the match. */
  negated: boolean;
}

interface WordPattern {
  word: string;
  prefix: boolean;
}

interface CompiledPhrase<T> {
  phrase: string;
  words: WordPattern[];
  values: T[];
}

const NEGATORS = new Set(['nao', 'nunca', 'nem', 'jamais', 'sem']);
/**
 * Words at least this long also match with one typo (same first letter). A mere extra or missing
 * ending ("operador"/"operadora") is an inflection, not a typo: lexicons use `*` for those.
 */
const FUZZY_MIN_LENGTH = 7;
/** Words at least this long also match their plural. */
const PLURAL_MIN_LENGTH = 4;

/**
 * Finds lexicon phrases in free text. Phrases are written in plain Portuguese (accents optional);
 * a word ending in `*` matches any ending ("demit*" matches "demitido", "demitiram"), and words
 * also match their plural. Longer
 * phrases win over the shorter ones they contain ("pensão por morte" hides "pensão").
 */
export class PhraseMatcher<T> {
  private readonly phrases: CompiledPhrase<T>[];

  constructor(entries: Iterable<readonly [string, T]>) {
    const byKey = new Map<string, CompiledPhrase<T>>();
    for (const [phrase, value] of entries) {
      const words = compile(phrase);
      if (words.length === 0) continue;
      const key = words.map((w) => w.word + (w.prefix ? '*' : '')).join(' ');
      const existing = byKey.get(key);
      if (existing) existing.values.push(value);
      else byKey.set(key, { phrase: key, words, values: [value] });
    }
    this.phrases = [...byKey.values()];
  }

  /** All non-overlapping matches in `tokens` (from `tokenize`), in text order. */
  match(tokens: string[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (const compiled of this.phrases) {
      for (let start = 0; start + compiled.words.length <= tokens.length; start++) {
        if (!matchesAt(compiled.words, tokens, start)) continue;
        const end = start + compiled.words.length;
        const before = tokens.slice(Math.max(0, start - 2), start);
        const negated = before.some((token) => NEGATORS.has(token));
        found.push({ phrase: compiled.phrase, values: compiled.values, start, end, negated });
      }
    }
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken = new Array<boolean>(tokens.length).fill(false);
    const accepted: PhraseMatch<T>[] = [];
    for (const candidate of found) {
      if (taken.slice(candidate.start, candidate.end).some(Boolean)) continue;
      taken.fill(true, candidate.start, candidate.end);
      accepted.push(candidate);
    }
    return accepted.sort((a, b) => a.start - b.start);
  }

  /** Convenience: tokenizes `text` first. */
  matchText(text: string): PhraseMatch<T>[] {
    return this.match(tokenize(text));
  }
}

/** "duplicatas", "credores", "rescisoes": lexicons list the singular. */
function isPlural(word: string, token: string): boolean {
  if (word.length < PLURAL_MIN_LENGTH) return false;
  if (token === `${word}s` || token === `${word}es`) return true;
  return word.endsWith('ao') && (token === `${word.slice(0, -2)}oes` || token === `${word.slice(0, -2)}aes`);
}

function compile(phrase: string): WordPattern[] {
  return phrase
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .flatMap((word) => {
      const prefix = word.endsWith('*');
      const tokens = tokenize(prefix ? word.slice(0, -1) : word);
      return tokens.map((token, i) => ({ word: token, prefix: prefix && i === tokens.length - 1 }));
    });
}

function matchesAt(words: WordPattern[], tokens: string[], start: number): boolean {
  return words.every((pattern, i) => wordMatches(pattern, tokens[start + i]));
}

function wordMatches(pattern: WordPattern, token: string): boolean {
  if (pattern.prefix) return token.startsWith(pattern.word);
  if (token === pattern.word || isPlural(pattern.word, token)) return true;
  return (
    pattern.word.length >= FUZZY_MIN_LENGTH &&
    token.length >= FUZZY_MIN_LENGTH - 1 &&
    token[0] === pattern.word[0] &&
    !/\d/.test(token) &&
    !token.startsWith(pattern.word) &&
    !pattern.word.startsWith(token) &&
    editDistance(token, pattern.word, 1) <= 1
  );
}
