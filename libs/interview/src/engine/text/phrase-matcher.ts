import { tokenize, withinOneEdit } from './text-normalizer';

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
  /** Position in the lexicon: breaks ties between matches of the same span, as lexicon order. */
  order: number;
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
  /**
   * Phrases indexed by how their first word can match a token. Exact, plural and `*` prefix
   * matches keep the word's first two letters; a typo match keeps only the first letter. So a
   * token meets only the phrases of its two buckets instead of the whole lexicon.
   */
  private readonly byFirstTwoLetters = new Map<string, CompiledPhrase<T>[]>();
  private readonly byFirstLetter = new Map<string, CompiledPhrase<T>[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    const byKey = new Map<string, CompiledPhrase<T>>();
    for (const [phrase, value] of entries) {
      const words = compile(phrase);
      if (words.length === 0) continue;
      const key = words.map((w) => w.word + (w.prefix ? '*' : '')).join(' ');
      const existing = byKey.get(key);
      if (existing) existing.values.push(value);
      else byKey.set(key, { phrase: key, words, values: [value], order: byKey.size });
    }
    for (const compiled of byKey.values()) {
      const first = compiled.words[0];
      const typoTolerant = !first.prefix && first.word.length >= FUZZY_MIN_LENGTH;
      const [index, key] = typoTolerant || first.word.length < 2 ? [this.byFirstLetter, first.word[0]] : [this.byFirstTwoLetters, first.word.slice(0, 2)];
      index.set(key, [...(index.get(key) ?? []), compiled]);
    }
  }

  /** All non-overlapping matches in `tokens` (from `tokenize`), in text order. */
  match(tokens: string[]): PhraseMatch<T>[] {
    const found: Array<PhraseMatch<T> & { order: number }> = [];
    for (let start = 0; start < tokens.length; start++) {
      const token = tokens[start];
      const candidates = [...(this.byFirstTwoLetters.get(token.slice(0, 2)) ?? []), ...(this.byFirstLetter.get(token[0]) ?? [])];
      for (const compiled of candidates) {
        if (start + compiled.words.length > tokens.length || !matchesAt(compiled.words, tokens, start)) continue;
        const end = start + compiled.words.length;
        const before = tokens.slice(Math.max(0, start - 2), start);
        const negated = before.some((token) => NEGATORS.has(token));
        found.push({ phrase: compiled.phrase, values: compiled.values, start, end, negated, order: compiled.order });
      }
    }
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
    const taken = new Array<boolean>(tokens.length).fill(false);
    const accepted: PhraseMatch<T>[] = [];
    for (const candidate of found) {
      if (taken.slice(candidate.start, candidate.end).some(Boolean)) continue;
      taken.fill(true, candidate.start, candidate.end);
      const { order: _order, ...match } = candidate;
      accepted.push(match);
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
  if (word.length < PLURAL_MIN_LENGTH || token.length <= word.length || token.length > word.length + 2) return false;
  if (token.startsWith(word)) {
    const ending = token.slice(word.length);
    return ending === 's' || ending === 'es';
  }
  const stem = word.slice(0, -2);
  return word.endsWith('ao') && token.length === word.length + 1 && token.startsWith(stem) && (token.endsWith('oes') || token.endsWith('aes'));
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
    Math.abs(token.length - pattern.word.length) <= 1 &&
    token[0] === pattern.word[0] &&
    !/\d/.test(token) &&
    !token.startsWith(pattern.word) &&
    !pattern.word.startsWith(token) &&
    withinOneEdit(token, pattern.word)
  );
}
