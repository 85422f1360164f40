import { NUMBER_WORDS } from '../lexicons/numbers.lexicon';
import { NOT_BARE_PLURALS, PLURAL_MARKERS, SPELLING_FIXES, SPOKEN_PAST_STEMS } from '../lexicons/spelling.lexicon';
import { allMatches } from './all-matches';
import { Memoized, SharedMemos } from './memoized';
import { TOKEN_IDS } from './token-ids';
import { packedMap } from './packed-arrays';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/**
 * Every extractor of a turn folds, normalizes and tokenizes the same texts, and the transcript pass
 * of a completing turn reads each of the case's messages again: every text memo keeps its results
 * in one table (`SharedMemos`), for as many texts as the cases a busy server has in flight hold (the
 * bench: 32 cases of up to ~6 messages, ~40,000 characters with their transcripts), and no more
 * characters of them than MEMO_CHARS. Full, the table holds ~5 MB after a bench pass (results ~20
 * bytes a character), what the memos held when each kept its own 100,000 characters (5.2 MB).
 */
const MEMO_SIZE = 2_048;
const MEMO_CHARS = 250_000;
const TEXT_MEMOS = new SharedMemos(MEMO_SIZE, MEMO_CHARS);

/** `transform`, a pure function of a text, with its results kept as the text memos keep theirs. */
export function textMemo<R>(transform: (text: string) => R): Memoized<R> {
  return TEXT_MEMOS.memo(transform);
}

/** `foldText` worked out in full: decomposed (NFD), its combining marks dropped, "º"/"ª" as "o"/"a", lower-cased. */
function foldInFull(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/º/g, 'o').replace(/ª/g, 'a').toLowerCase();
}

/**
 * `foldInFull` of each Latin-1 character, by code: one character each. A text of Latin-1 characters alone (most client
 * text) folds character by character, as `foldInFull` folds it whole: none of them combines, each decomposes into at most
 * a letter and one mark, so no marks are reordered, and lower-casing them reads no context.
 */
const LATIN1_FOLDS = Uint16Array.from({ length: 256 }, (_, code) => foldInFull(String.fromCharCode(code)).charCodeAt(0));
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;
/** Characters folded at once by `fromCharCode` (well under any engine's limit on arguments). */
const FOLD_CHUNK = 4_096;
/**
 * Called on a text rather than read from it: texts come as every kind of V8 string (flat, joined, sliced), so `text.charCodeAt`
 * and `text.length` read in the loop were megamorphic loads, one per character.
 */
const charCodeAt = String.prototype.charCodeAt;

/** Lower-case, without diacritics; "º"/"ª" become "o"/"a". Punctuation is kept. */
export const foldText = textMemo((text) => {
  if (BEYOND_LATIN1.test(text)) return foldInFull(text);
  const length = text.length;
  const codes = new Uint16Array(length);
  for (let i = 0; i < length; i++) codes[i] = LATIN1_FOLDS[charCodeAt.call(text, i)];
  if (codes.length <= FOLD_CHUNK) return fromCodes(codes);
  let folded = '';
  for (let at = 0; at < codes.length; at += FOLD_CHUNK) folded += fromCodes(codes.subarray(at, at + FOLD_CHUNK));
  return folded;
});

/** The text of UTF-16 `codes` (`apply` reads a typed array as it is; a spread would iterate it). */
function fromCodes(codes: Uint16Array): string {
  return String.fromCharCode.apply(null, codes as unknown as number[]);
}

/** A key of SPELLING_FIXES as a pattern: the dots of an abbreviation written with them ("b.o") are dots, not any character. */
function keyPattern(key: string): string {
  return key.replace(/\./g, '\\.');
}

/** A whole run of letters, or an abbreviation with its inner dots, that is a key of SPELLING_FIXES. */
const MISSPELLED_WORD = new RegExp(`(?<![a-z])(?:${Object.keys(SPELLING_FIXES).map(keyPattern).join('|')})(?![a-z])`, 'g');

/**
 * A word read in its context and completed: the match's last group (group 1, which ends the match) becomes `fix(word)`.
 */
interface ContextFix {
  pattern: RegExp;
  /**
   * Strings one of which every match holds, when they are rarer than the pattern's start: a text holding none is not searched
   * (run on every text, the two past-tense fixes' searches found almost nothing).
   */
  holds?: readonly string[];
  fix: (word: string) => string;
}

/**
 * What speech marks once and writing twice, completed in order. A noun left singular after a plural marker ("os documento",
 * "dois dedo", "tres mes") is given its plural, so that lexicons' plural phrases and the counts of days, months and years read
 * it: only nouns ending in a vowel, which take a bare "s" (and "mes"), and not the words of `NOT_BARE_PLURALS` nor numbers.
 * A past said "-o" after "ele"/"ela", with a clitic or an adverb between ("ele me mando embora"), gets its "u" back; the
 * country's "-emo" for "-amos" after "nós"/"a gente" ("a gente se separemo", "nós compremo") is the first person plural's past.
 */
const CONTEXT_FIXES: ContextFix[] = [
  {
    pattern: new RegExp(
      `(?<![a-z])(?:${PLURAL_MARKERS.join('|')}) (?!(?:${[...NOT_BARE_PLURALS, ...Object.keys(NUMBER_WORDS)].join('|')})(?![a-z]))([a-z]{2,}[aeo]|mes)(?![a-z])`,
      'g',
    ),
    fix: (noun) => (noun === 'mes' ? 'meses' : `${noun}s`),
  },
  {
    pattern: new RegExp(`(?<![a-z])(?:ele|ela)(?: (?:nao|ja|me|te|se|nos|lhe|nunca|tambem|so|logo))* ((?:${SPOKEN_PAST_STEMS.join('|')})o)(?![a-z])`, 'g'),
    holds: ['ele ', 'ela '],
    fix: (verb) => `${verb}u`,
  },
  {
    pattern: new RegExp(`(?<![a-z])(?:nos|a gente)(?: (?:nao|ja|se|nos|nunca|tambem|so|logo))* ((?:${SPOKEN_PAST_STEMS.join('|')})emo)(?![a-z])`, 'g'),
    holds: ['emo'],
    fix: (verb) => `${verb.slice(0, -3)}amos`,
  },
];

/** `text` with each of `CONTEXT_FIXES` applied. */
function withContextFixes(text: string): string {
  return CONTEXT_FIXES.reduce(
    (fixed, { pattern, holds, fix }) =>
      mayHold(fixed, holds) ? fixed.replace(pattern, (match: string, word: string) => match.slice(0, match.length - word.length) + fix(word)) : fixed,
    text,
  );
}

/** Whether `text` holds one of `holds` (`ContextFix.holds`; a fix without any may match anywhere). */
function mayHold(text: string, holds: readonly string[] | undefined): boolean {
  return holds === undefined || holds.some((part) => text.includes(part));
}

/** Folded text with chat shorthand and common typos fixed and `CONTEXT_FIXES` applied; punctuation kept, spaces collapsed. */
export const normalizeText = textMemo((text) =>
  withContextFixes(
    foldText(text)
      .replace(MISSPELLED_WORD, (word) => SPELLING_FIXES[word])
      .replace(/\s+/g, ' ')
      .trim(),
  ),
);

/** Normalized text and, for each of its characters, where it came from in the folded text. */
export interface MappedText {
  text: string;
  /** Folded index of each character (a fix's letters all point at the word they replace). */
  starts: number[];
  /** Folded index just after each character (a fix's letters all end where the word they replace ends). */
  ends: number[];
}

/**
 * `normalizeText(text)` with a map back to `foldText(text)`, so that a pattern that needs the fixed
 * words ("semana q vem" read as "semana que vem") still shows the client's own words
 * (`mappedSpan`).
 */
export const normalizeMapped = textMemo((text): MappedText => {
  const folded = foldText(text);
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (char: string, start: number, end: number) => {
    const space = isSpace(char);
    if (space && (chars.length === 0 || chars[chars.length - 1] === ' ')) return;
    chars.push(space ? ' ' : char);
    starts.push(start);
    ends.push(end);
  };
  let last = 0;
  for (const m of allMatches(MISSPELLED_WORD, folded)) {
    for (let i = last; i < m.index; i++) push(folded[i], i, i + 1);
    for (const char of SPELLING_FIXES[m[0]]) push(char, m.index, m.index + m[0].length);
    last = m.index + m[0].length;
  }
  for (let i = last; i < folded.length; i++) push(folded[i], i, i + 1);
  if (chars[chars.length - 1] === ' ') [chars, starts, ends].forEach((list) => list.pop());
  return CONTEXT_FIXES.reduce(withContextFix, { text: chars.join(''), starts, ends });
});

/**
 * `/\s/.test(char)` for one character, with printable ASCII (most of a text, and never white space) answered without the
 * pattern: run per character of a text, the pattern was half of `normalizeMapped`'s cost.
 */
function isSpace(char: string): boolean {
  return char === ' ' || ((char < '!' || char > '~') && /\s/.test(char));
}

/** `mapped` with one of `CONTEXT_FIXES` applied, each letter of a fixed word pointing at the word's letter or its last. */
function withContextFix(mapped: MappedText, { pattern, holds, fix }: ContextFix): MappedText {
  const matches = mayHold(mapped.text, holds) ? allMatches(pattern, mapped.text) : [];
  if (matches.length === 0) return mapped;
  const { text, starts, ends } = mapped;
  const out: MappedText = { text: '', starts: [], ends: [] };
  let last = 0;
  for (const m of matches) {
    const wordStart = m.index + m[0].length - m[1].length;
    const fixed = fix(m[1]);
    for (let i = last; i < wordStart; i++) out.starts.push(starts[i]), out.ends.push(ends[i]);
    for (let i = 0; i < fixed.length; i++) {
      const from = wordStart + Math.min(i, m[1].length - 1);
      out.starts.push(starts[from]);
      out.ends.push(ends[from]);
    }
    out.text += text.slice(last, wordStart) + fixed;
    last = wordStart + m[1].length;
  }
  for (let i = last; i < text.length; i++) out.starts.push(starts[i]), out.ends.push(ends[i]);
  out.text += text.slice(last);
  return out;
}

/** The client's words behind `start..end` of `normalizeMapped(original).text`. */
export function mappedSpan(original: string, start: number, end: number): string {
  const [from, to] = foldedSpan(original, start, end);
  return originalSpan(original, foldText(original), from, to);
}

/**
 * Where `start..end` of `normalizeMapped(text).text` lies in `foldText(text)`. A span within one of the texts a transcript
 * joins (`joinedFrom`) is read from that text's own map: the transcript's map is its texts' maps one after another, each
 * moved on by the folded texts and breaks before it, so a transcript is not mapped whole (a few arrays per character) for
 * the two numbers of a deadline found in one message, whose map its own turn has mostly made already.
 */
function foldedSpan(text: string, start: number, end: number): [number, number] {
  let at = 0;
  let foldedAt = 0;
  for (const part of joinedFrom(text)) {
    const length = normalizeText(part).length;
    if (start >= at && end > at && end <= at + length) {
      const { starts, ends } = normalizeMapped(part);
      return [foldedAt + starts[start - at], foldedAt + ends[end - 1 - at]];
    }
    at += length + NORMALIZED_BREAK.length;
    foldedAt += foldText(part).length + TEXT_BREAK.length;
  }
  const { starts, ends } = normalizeMapped(text);
  return [starts[start], ends[end - 1]];
}

/** One number word, a whole run of letters that is a key of NUMBER_WORDS. */
const NUMBER_WORD_SOURCE = `(?:${Object.keys(NUMBER_WORDS).join('|')})`;
/**
 * A number said in words, its parts joined by "e" ("vinte e oito", "cento e oitenta", "trezentos e
 * vinte"): how people write ages, counts and sums in full. Not across a larger part ("dois e tres").
 */
const NUMBER_PHRASE = `(?<![a-z])${NUMBER_WORD_SOURCE}(?: e ${NUMBER_WORD_SOURCE})*(?![a-z])`;
const NUMBER_PHRASES = new RegExp(NUMBER_PHRASE, 'g');
/** Regex source for hundreds said in words and what follows them ("novecentos e noventa e oito"). */
export const HUNDREDS_PATTERN = `(?:cem|cento|duzentos|trezentos|quatrocentos|quinhentos|seiscentos|setecentos|oitocentos|novecentos)(?: e ${NUMBER_WORD_SOURCE})*(?![a-z])`;

/**
 * The value of a number said in words ("vinte e oito" -> 28). Each part after an "e" must be
 * smaller than the place of the one before (tens after hundreds, units after tens): "dois e tres"
 * is two numbers, and only the first is read.
 */
export function numberPhraseValue(phrase: string): number {
  const parts = phrase.split(' e ').map((word) => NUMBER_WORDS[word]);
  let total = parts[0];
  for (let i = 1; i < parts.length; i++) {
    const place = parts[i - 1] >= 100 ? 100 : 10;
    if (parts[i - 1] % place !== 0 || parts[i] >= place) break;
    total += parts[i];
  }
  return total;
}

/**
 * Normalized text with number words turned into digits ("faz um mes" -> "faz 1 mes", "tem setenta e
 * oito anos" -> "tem 78 anos"). One pattern finds them, as MISSPELLED_WORD finds typos, instead of a
 * call back for every word of the text (about 5x faster; a transcript is read whole when it says "anos").
 */
export function withDigits(normalized: string): string {
  return normalized.replace(NUMBER_PHRASES, (phrase) => digitsOf(phrase));
}

/** A number phrase as digits; parts it cannot join are numbers of their own ("dois e vinte e um" -> "2 e 21"). */
function digitsOf(phrase: string): string {
  const words = phrase.split(' e ');
  const joined = numberPhraseValue(phrase);
  let used = 1;
  for (let sum = NUMBER_WORDS[words[0]]; sum !== joined; used++) sum += NUMBER_WORDS[words[used]];
  const rest = words.slice(used);
  return rest.length === 0 ? String(joined) : `${joined} e ${digitsOf(rest.join(' e '))}`;
}

/**
 * "ninguém, nem o síndico, resolveu": a "nem" set off by commas after "ninguém" restates it, and the sentence goes on as "ninguém
 * resolveu"; its word is told again after the aside, so phrases of "ninguém" and its verb read as without it.
 */
const NOBODY_ASIDE = /\bninguem, (nem [^,.;!?]{1,40}), /g;

/**
 * Whether a character (its UTF-16 code) is one of a token's, `[a-z0-9]`. Tokens are runs of them, found by a scan: `matchAll` with
 * `/[a-z0-9]+/g` copied the pattern on every call and stepped an iterator per token (~45 M instructions a bench pass).
 */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** The index of the first token character of `text` at or after `from`; `text.length` if none. */
function nextWordChar(text: string, from: number): number {
  let at = from;
  while (at < text.length && !isWordChar(text.charCodeAt(at))) at++;
  return at;
}

/** A mark that ends a clause ("não, ele ainda trabalha", "não sei; ele foi demitido"), kept between the tokens it stood between. */
const CLAUSE_MARK = /[,;:.!?]/;
/** A sum's or a date's separator between digits ("5.000", "1,5", "10/05"): no clause's end. */
const DIGIT_SEPARATOR = /^[.,]$/;
/** The positions of tokens that a clause mark stands before (`clauseBreakBetween`), by tokens array; none kept for an array without any. */
const CLAUSE_BREAKS = new WeakMap<readonly string[], readonly number[]>();

/**
 * Words of the normalized text, punctuation dropped ("R$ 5.000" -> ["r", "5", "000"]); where a clause mark stood between two of them
 * is kept (`clauseBreakBetween`). Shared: do not mutate.
 */
export const tokenize = textMemo((text): readonly string[] => {
  const normalized = normalizeText(text);
  const spoken = normalized.includes('ninguem, nem ') ? normalized.replace(NOBODY_ASIDE, 'ninguem, $1, ninguem ') : normalized;
  const tokens: string[] = [];
  const breaks: number[] = [];
  let last = 0;
  for (let start = nextWordChar(spoken, 0); start < spoken.length; start = nextWordChar(spoken, last)) {
    // Most gaps are one space: only a longer gap, or another character, is read.
    if (tokens.length > 0 && (start - last > 1 || spoken[last] !== ' ') && endsClause(spoken, last, start)) breaks.push(tokens.length);
    last = start + 1;
    while (last < spoken.length && isWordChar(spoken.charCodeAt(last))) last++;
    tokens.push(spoken.slice(start, last));
  }
  markClauseBreaks(tokens, breaks);
  return tokens;
});

/** Whether the gap `from..to` between two tokens of `text` holds a clause mark that is no digits' separator. */
function endsClause(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  if (!CLAUSE_MARK.test(gap)) return false;
  return !(DIGIT_SEPARATOR.test(gap) && /\d/.test(text[from - 1]) && /\d/.test(text[to]));
}

/**
 * Whether a clause mark stood between the token at `from` and the token at `to` (`from` < `to`): a negation does not reach
 * over it ("não, ele ainda trabalha"). An array not made by `tokenize` or `joinTexts` has none.
 */
export function clauseBreakBetween(tokens: readonly string[], from: number, to: number): boolean {
  const breaks = CLAUSE_BREAKS.get(tokens);
  if (breaks === undefined) return false;
  for (const at of breaks) if (at > from && at <= to) return true;
  return false;
}

/** Records that clause marks stand before the tokens at `breaks` of `tokens` (a transcript's, from its messages'). */
export function markClauseBreaks(tokens: readonly string[], breaks: readonly number[]): void {
  if (breaks.length > 0) CLAUSE_BREAKS.set(tokens, breaks);
}

/** The clause of `tokens` that holds the tokens `start`..`end` (`end` exclusive), as token positions `from`..`to` (`to` exclusive). */
export function clauseAround(tokens: readonly string[], start: number, end: number): { from: number; to: number } {
  let from = 0;
  for (const at of clauseBreaksOf(tokens)) {
    if (at <= start) from = at;
    else if (at >= end) return { from, to: at };
  }
  return { from, to: tokens.length };
}

/** The positions `clauseBreakBetween` reads in `tokens`, in order. */
function clauseBreaksOf(tokens: readonly string[]): readonly number[] {
  return CLAUSE_BREAKS.get(tokens) ?? [];
}

/** What `joinTexts` puts between two texts: it ends every phrase and every pattern's match. */
export const TEXT_BREAK = '.\n';
/** `TEXT_BREAK` normalized: white space is one space. */
const NORMALIZED_BREAK = '. ';

/**
 * The texts a transcript was joined from (`joinTexts`), kept when its normalized text is theirs joined by `NORMALIZED_BREAK`
 * (every text but the last ends in no white space); any other text is its own only one.
 */
const joinedFrom = textMemo((text): readonly string[] => [text]);

/**
 * The texts `text` was joined from by `joinTexts`, when its normalized text is theirs joined by `NORMALIZED_BREAK` (". "); any other
 * text alone. A pattern run on normalized text that consumes no "." and has no anchor matches the transcript where it matches one of
 * these, so its answer for the transcript is theirs combined.
 */
export function joinedParts(text: string): readonly string[] {
  return joinedFrom(text);
}

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
  const folds = packedMap(texts, (text) => foldText(text));
  foldText.remember(joined, folds.join(TEXT_BREAK));
  // The break's line feed runs into a next text's leading white space, and both become one space; white space ending a text
  // before the break would stay as a space before its full stop, which the text alone trims.
  if (!folds.slice(0, -1).some((folded) => /\s$/.test(folded))) {
    normalizeText.remember(joined, packedMap(texts, (text) => normalizeText(text)).join(NORMALIZED_BREAK));
    joinedFrom.remember(joined, texts);
  }
  const parts = packedMap(texts, (text) => tokenize(text));
  // A loop, not `parts.flat()`, which V8 runs through its generic element-by-element path.
  const tokens: string[] = [];
  // The break's full stop ends a clause before every text but the first.
  const breaks: number[] = [];
  for (const part of parts) {
    if (tokens.length > 0 && part.length > 0) breaks.push(tokens.length);
    for (const at of clauseBreaksOf(part)) breaks.push(tokens.length + at);
    for (const token of part) tokens.push(token);
  }
  markClauseBreaks(tokens, breaks);
  tokenize.remember(joined, tokens);
  TOKEN_IDS.join(tokens, parts);
  return joined;
}

/** Regex source for a count written as digits or in words ("3", "tres", "uma", "vinte e oito"). */
export const COUNT_PATTERN = `(?:\\d+|${NUMBER_WORD_SOURCE}(?: e ${NUMBER_WORD_SOURCE})*(?![a-z]))`;

/** The value of a count matched by `COUNT_PATTERN`. */
export function parseCount(word: string): number {
  return /^\d/.test(word) ? Number.parseInt(word, 10) : numberPhraseValue(word);
}

/**
 * A test of whether a text counts at least `min` of something: `counted` is a global pattern whose
 * first group is a `COUNT_PATTERN`, `words` the counted words alone (most texts have none, and then
 * the count is not looked for). Run on the folded text; the answer is kept by text, as the text
 * memos keep theirs (the transcript pass asks again for each message).
 */
export function countsAtLeast(counted: RegExp, words: RegExp, min: number): Memoized<boolean> {
  return textMemo((text) => {
    const folded = foldText(text);
    if (!words.test(folded)) return false;
    for (const match of allMatches(counted, folded)) if (parseCount(match[1]) >= min) return true;
    return false;
  });
}

/**
 * The original text behind a span of `foldText(original)`. Folding keeps lengths for ordinary
 * (precomposed) input; if it did not, the folded span is returned instead.
 */
export function originalSpan(original: string, folded: string, start: number, end: number): string {
  const source = original.length === folded.length ? original : folded;
  return source.slice(start, end).trim();
}
