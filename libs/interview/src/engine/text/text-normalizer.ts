import { NUMBER_WORDS } from '../lexicons/numbers.lexicon';
import { SPELLING_FIXES } from '../lexicons/spelling.lexicon';
import { Memoized, memoized } from './memoized';
import { TOKEN_IDS } from './token-ids';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/**
 * Every extractor of a turn folds, normalizes and tokenizes the same texts, and the transcript pass
 * of a completing turn reads each of the case's messages again: the results are kept for as many
 * texts as the cases a busy server has in flight hold (the bench: 32 cases of up to ~6 messages,
 * ~40,000 characters with their transcripts), and no more characters than MEMO_CHARS, ~4 MB with
 * what is kept by their tokens (phrase matches, token numbers; ~40 bytes a character).
 */
const MEMO_SIZE = 1_024;
const MEMO_CHARS = 100_000;

/** `transform`, a pure function of a text, with its results kept as the text memos keep theirs. */
export function textMemo<R>(transform: (text: string) => R): Memoized<R> {
  return memoized(transform, MEMO_SIZE, MEMO_CHARS);
}

/** Lower-case, without diacritics; "º"/"ª" become "o"/"a". Punctuation is kept. */
export const foldText = textMemo((text) =>
  text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/º/g, 'o')
    .replace(/ª/g, 'a')
    .toLowerCase(),
);

/** A whole run of letters that is a key of SPELLING_FIXES. */
const MISSPELLED_WORD = new RegExp(`(?<![a-z])(?:${Object.keys(SPELLING_FIXES).join('|')})(?![a-z])`, 'g');

/** Folded text with chat shorthand and common typos fixed; punctuation kept, spaces collapsed. */
export const normalizeText = textMemo((text) =>
  foldText(text)
    .replace(MISSPELLED_WORD, (word) => SPELLING_FIXES[word])
    .replace(/\s+/g, ' ')
    .trim(),
);

/** A whole run of letters that is a key of NUMBER_WORDS. */
const NUMBER_WORD = new RegExp(`(?<![a-z])(?:${Object.keys(NUMBER_WORDS).join('|')})(?![a-z])`, 'g');

/**
 * Normalized text with number words turned into digits ("faz um mes" -> "faz 1 mes"). One pattern
 * of the number words finds them, as MISSPELLED_WORD finds typos, instead of a call back for
 * every word of the text (about 5x faster; a transcript is read whole when it says "anos").
 */
export function withDigits(normalized: string): string {
  return normalized.replace(NUMBER_WORD, (word) => String(NUMBER_WORDS[word]));
}

/** Words of the normalized text, punctuation dropped ("R$ 5.000" -> ["r", "5", "000"]). Shared: do not mutate. */
export const tokenize = textMemo((text): readonly string[] =>
  normalizeText(text)
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0),
);

/** What `joinTexts` puts between two texts: it ends every phrase and every pattern's match. */
export const TEXT_BREAK = '.\n';

/**
 * `texts` joined by `TEXT_BREAK`, with its folded form, tokens and their numbers made from each
 * text's own and kept for the extractors, so that texts already read one by one are not folded and
 * tokenized again as a whole. Exact: folding is per character ("." and a line break are starters
 * that nothing cases, so accents and a final sigma stay on their side), spelling fixes take whole
 * runs of letters, and the break is no token.
 */
export function joinTexts(texts: readonly string[]): string {
  if (texts.length === 1) return texts[0];
  const joined = texts.join(TEXT_BREAK);
  foldText.remember(joined, texts.map((text) => foldText(text)).join(TEXT_BREAK));
  const parts = texts.map((text) => tokenize(text));
  // A loop, not `parts.flat()`, which V8 runs through its generic element-by-element path.
  const tokens: string[] = [];
  for (const part of parts) for (const token of part) tokens.push(token);
  tokenize.remember(joined, tokens);
  TOKEN_IDS.join(tokens, parts);
  return joined;
}

/** Regex source for a count written as digits or as a word ("3", "tres", "uma"). */
export const COUNT_PATTERN = `(?:\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;

/** The value of a count matched by `COUNT_PATTERN`. */
export function parseCount(word: string): number {
  return NUMBER_WORDS[word] ?? Number.parseInt(word, 10);
}

/**
 * A test of whether a text counts at least `min` of something: `counted` is a global pattern whose
 * first group is a `COUNT_PATTERN`, `words` the counted words alone (most texts have none, and then
 * the count is not looked for). Run on the folded text.
 */
export function countsAtLeast(counted: RegExp, words: RegExp, min: number): (text: string) => boolean {
  return (text) => {
    const folded = foldText(text);
    if (!words.test(folded)) return false;
    for (const match of folded.matchAll(counted)) if (parseCount(match[1]) >= min) return true;
    return false;
  };
}

/**
 * The original text behind a span of `foldText(original)`. Folding keeps lengths for ordinary
 * (precomposed) input; if it did not, the folded span is returned instead.
 */
export function originalSpan(original: string, folded: string, start: number, end: number): string {
  const source = original.length === folded.length ? original : folded;
  return source.slice(start, end).trim();
}
