import { NUMBER_WORDS } from '../lexicons/numbers.lexicon';
import { SPELLING_FIXES } from '../lexicons/spelling.lexicon';

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower-case, without diacritics; "º"/"ª" become "o"/"a". Punctuation is kept. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/º/g, 'o')
    .replace(/ª/g, 'a')
    .toLowerCase();
}

/** Folded text with chat shorthand and common typos fixed; punctuation kept, spaces collapsed. */
export function normalizeText(text: string): string {
  return foldText(text)
    .replace(/[a-z]+/g, (word) => SPELLING_FIXES[word] ?? word)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Normalized text with number words turned into digits ("faz um mes" -> "faz 1 mes"). */
export function withDigits(normalized: string): string {
  return normalized.replace(/[a-z]+/g, (word) =>
    NUMBER_WORDS[word] === undefined ? word : String(NUMBER_WORDS[word]),
  );
}

/** Words of the normalized text, punctuation dropped ("R$ 5.000" -> ["r", "5", "000"]). */
export function tokenize(text: string): string[] {
  return normalizeText(text)
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0);
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/** Regex source for a count written as digits or as a word ("3", "tres", "uma"). */
export const COUNT_PATTERN = `(?:\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;

/** The value of a count matched by `COUNT_PATTERN`. */
export function parseCount(word: string): number {
  return NUMBER_WORDS[word] ?? Number.parseInt(word, 10);
}

/**
 * The original text behind a span of `foldText(original)`. Folding keeps lengths for ordinary
 * (precomposed) input; if it did not, the folded span is returned instead.
 */
export function originalSpan(original: string, folded: string, start: number, end: number): string {
  const source = original.length === folded.length ? original : folded;
  return source.slice(start, end).trim();
}
