import { memoized } from './memoized';
import { tokenize, withinOneEdit } from './text-normalizer';

/** One occurrence of a lexicon phrase in a text. */
export interface PhraseMatch<T> {
  phrase: string;
  values: T[];
  start: number;
  end: number;
  /**
   * A negation word ("não", "nunca", "nem", "sem") is among the two words before the match, or the
   * match is a mere possibility ("pode ser preso", "posso ser demitido"): either way it did not happen.
   */
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
/** Modal verbs that, before "ser", make what follows a possibility ("pode ser preso"). */
const POSSIBILITY = new Set(['pode', 'podem', 'posso', 'poderia', 'possa']);
/**
 * Words at least this long also match with one typo (same first letter). A mere extra or missing
 * ending ("operador"/"operadora") is an inflection, not a typo: lexicons use `*` for those.
 */
const FUZZY_MIN_LENGTH = 7;
/** Words at least this long also match their plural. */
const PLURAL_MIN_LENGTH = 4;
/** Distinct tokens whose first-word matches a matcher keeps. */
const TOKEN_CACHE_SIZE = 20_000;

/**
 * Finds lexicon phrases in free text. Phrases are written in plain Portuguese (accents optional);
 * a word ending in `*` matches any ending ("demit*" matches "demitido", "demitiram"), and words
 * also match their plural. Longer phrases win over the shorter ones they contain ("pensão por
 * morte" hides "pensão").
 */
export class PhraseMatcher<T> {
  /**
   * Phrases by the ways their first word can meet a token, so that a token costs a few map
   * lookups whatever the size of the lexicon: the exact word and its plurals; the first letters
   * of a `*` prefix; and, for typo-tolerant words, the first letter and length.
   */
  private readonly byToken = new Map<string, CompiledPhrase<T>[]>();
  private readonly byPrefixStart = new Map<string, CompiledPhrase<T>[]>();
  private readonly prefixKeyLength: number;
  private readonly byLetterAndLength = new Map<string, CompiledPhrase<T>[]>();
  /**
   * Phrases whose first word matches a token, by token: a pure function of the token, kept
   * because a client's words are mostly the same few thousand.
   */
  private readonly startingAt = memoized((token) => this.phrasesStartingAt(token), TOKEN_CACHE_SIZE);

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
    const phrases = [...byKey.values()];
    this.prefixKeyLength = Math.min(...phrases.filter((p) => p.words[0].prefix).map((p) => p.words[0].word.length));
    for (const compiled of phrases) {
      const { word, prefix } = compiled.words[0];
      if (prefix) add(this.byPrefixStart, word.slice(0, this.prefixKeyLength), compiled);
      else for (const form of [word, ...plurals(word)]) add(this.byToken, form, compiled);
      if (!prefix && word.length >= FUZZY_MIN_LENGTH) add(this.byLetterAndLength, word[0] + word.length, compiled);
    }
  }

  /** All non-overlapping matches in `tokens` (from `tokenize`), in text order. */
  match(tokens: readonly string[]): PhraseMatch<T>[] {
    const found: Array<PhraseMatch<T> & { order: number }> = [];
    for (let start = 0; start < tokens.length; start++) {
      for (const compiled of this.startingAt(tokens[start])) {
        const end = start + compiled.words.length;
        if (end > tokens.length || !restMatches(compiled.words, tokens, start)) continue;
        const negated =
          NEGATORS.has(tokens[start - 1]) || NEGATORS.has(tokens[start - 2]) || (tokens[start - 1] === 'ser' && POSSIBILITY.has(tokens[start - 2]));
        found.push({ phrase: compiled.phrase, values: compiled.values, start, end, negated, order: compiled.order });
      }
    }
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
    const taken = new Array<boolean>(tokens.length).fill(false);
    const accepted: PhraseMatch<T>[] = [];
    for (const { phrase, values, start, end, negated } of found) {
      if (taken.slice(start, end).some(Boolean)) continue;
      taken.fill(true, start, end);
      accepted.push({ phrase, values, start, end, negated });
    }
    return accepted.sort((a, b) => a.start - b.start);
  }

  /** Convenience: tokenizes `text` first. */
  matchText(text: string): PhraseMatch<T>[] {
    return this.match(tokenize(text));
  }

  /** Phrases whose first word matches `token`. */
  private phrasesStartingAt(token: string): CompiledPhrase<T>[] {
    const candidates = new Set([
      ...(this.byToken.get(token) ?? []),
      ...(this.byPrefixStart.get(token.slice(0, this.prefixKeyLength)) ?? []),
      ...[-1, 0, 1].flatMap((delta) => this.byLetterAndLength.get(token[0] + (token.length + delta)) ?? []),
    ]);
    return [...candidates].filter((compiled) => wordMatches(compiled.words[0], token));
  }
}

function add<T>(index: Map<string, CompiledPhrase<T>[]>, key: string, compiled: CompiledPhrase<T>): void {
  const list = index.get(key);
  if (!list) index.set(key, [compiled]);
  else if (!list.includes(compiled)) list.push(compiled);
}

/** "duplicatas", "credores", "rescisoes": lexicons list the singular. */
function plurals(word: string): string[] {
  if (word.length < PLURAL_MIN_LENGTH) return [];
  const forms = [`${word}s`, `${word}es`];
  if (word.endsWith('ao')) forms.push(`${word.slice(0, -2)}oes`, `${word.slice(0, -2)}aes`);
  return forms;
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

/** Whether the words after the first match the tokens after `start`. */
function restMatches(words: WordPattern[], tokens: readonly string[], start: number): boolean {
  for (let i = 1; i < words.length; i++) if (!wordMatches(words[i], tokens[start + i])) return false;
  return true;
}

function wordMatches(pattern: WordPattern, token: string): boolean {
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
