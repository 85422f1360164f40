/** A memoized function of a string, which can also be told a result worked out another way. */
export interface Memoized<R> {
  (text: string): R;
  /** Keeps `result` as the value for `text`: it must be exactly what the function would return. */
  remember(text: string, result: R): void;
  /** Whether a result for `text` is kept: a caller that would work one out only to `remember` it asks first. */
  has(text: string): boolean;
}

/** How to empty each memo made by `memoized`, and each `SharedMemos` table. */
const forgetters = new Set<() => void>();
/** How many texts each memo made by `memoized`, and each `SharedMemos` table, keeps. */
const counters = new Set<() => number>();

/**
 * Empties every memo made by `memoized` and every `SharedMemos` table. For the engine benchmark: a server meets each client message
 * once, so each pass must find every text new, not remembered from the pass before.
 */
export function forgetAllMemoized(): void {
  for (const forget of forgetters) forget();
}

/**
 * How many texts every memo made by `memoized` and every `SharedMemos` table keep together. For the benchmark's tests: a text
 * read anew adds one (until a table is full), a text remembered adds none. Counted when asked, never as texts are read.
 */
export function keptMemoizedTexts(): number {
  let kept = 0;
  for (const count of counters) kept += count();
  return kept;
}

/**
 * A Map by text of at most `size` entries and `maxChars` characters of keys (a result takes about as much memory as its text), the
 * one kept longest dropped first; emptied by `forgetAllMemoized`.
 */
class BoundedTextMap<V> {
  private readonly entries = new Map<string, V>();
  private chars = 0;
  /**
   * The keys from the oldest, one iterator kept from drop to drop: a Map keeps a deleted entry's slot until it grows or shrinks
   * again, so a new iterator for each drop (as `for...of` over `keys()` made) stepped over every slot dropped before it, ~1-2 µs a
   * result kept once a busy memo is full, against ~0.1 µs. A live iterator goes on to the entries set after it was made, and every
   * key before it is gone (only drops delete), so the next it gives is the oldest kept, as before.
   */
  private oldestFirst = this.entries.keys();

  constructor(
    private readonly size: number,
    private readonly maxChars: number,
  ) {
    forgetters.add(() => {
      this.entries.clear();
      this.chars = 0;
      this.oldestFirst = this.entries.keys();
    });
    counters.add(() => this.entries.size);
  }

  get(text: string): V | undefined {
    return this.entries.get(text);
  }

  has(text: string): boolean {
    return this.entries.has(text);
  }

  /** Keeps `value` for a text not kept yet, dropping the oldest as needed. */
  add(text: string, value: V): void {
    // The keys' iterator only when something must go: a table not yet full keeps a value with a Map write alone.
    while (this.entries.size >= this.size || this.chars + text.length > this.maxChars) {
      let oldest = this.oldestFirst.next();
      // An iterator that reached the end is done for good: a fresh one starts at the oldest kept now.
      if (oldest.done) oldest = (this.oldestFirst = this.entries.keys()).next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
      this.chars -= oldest.value.length;
    }
    this.entries.set(text, value);
    this.chars += text.length;
  }
}

/**
 * `transform` with its last `size` results kept, by argument (the oldest goes first), and no more
 * than `maxChars` characters of arguments. For pure functions of a string only.
 */
export function memoized<R>(transform: (text: string) => R, size: number, maxChars = Infinity): Memoized<R> {
  const results = new BoundedTextMap<R>(size, maxChars);
  const memo = (text: string) => {
    let result = results.get(text);
    if (result === undefined) {
      result = transform(text);
      results.add(text, result);
    }
    return result;
  };
  const remember = (text: string, result: R) => {
    if (!results.has(text)) results.add(text, result);
  };
  const has = (text: string) => results.has(text);
  return Object.assign(memo, { remember, has });
}

/**
 * Memos of functions of the same texts, whose results are kept together by text: one record per text, with a slot for each memo
 * made by `memo`. The extractors read one message through dozens of memos (its folding, its tokens, each reading of it), each of which
 * looked the text up in a Map of its own (~145 lookups a bench turn, ~8% of the engine's time with their writes): here a text costs
 * one lookup for all of them, and none while it is the text read last (two calls in three), and a new text one write, not one per
 * memo. Up to `size` texts are kept, of no more than `maxChars` characters together, the one kept longest going first (as `memoized`
 * drops them). For pure functions of a string only.
 */
export class SharedMemos {
  private readonly records: BoundedTextMap<unknown[]>;
  /** The memos made so far: each new record has a slot for every one of them. */
  private slots = 0;
  /** The text looked up last and its record: most calls ask about the text the one before asked about. */
  private lastText: string | undefined = undefined;
  private lastRecord: unknown[] | undefined = undefined;

  constructor(size: number, maxChars: number) {
    this.records = new BoundedTextMap(size, maxChars);
    forgetters.add(() => (this.lastText = this.lastRecord = undefined));
  }

  /** `transform` with its results kept in this table. */
  memo<R>(transform: (text: string) => R): Memoized<R> {
    const slot = this.slots++;
    const memo = (text: string) => {
      let result = this.recordOf(text)?.[slot] as R | undefined;
      if (result === undefined) {
        result = transform(text);
        // Looked up again: `transform` may have read other texts meanwhile, and dropped this one's record.
        this.keptRecordOf(text)[slot] = result;
      }
      return result;
    };
    const remember = (text: string, result: R) => {
      const record = this.keptRecordOf(text);
      if (record[slot] === undefined) record[slot] = result;
    };
    const has = (text: string) => this.recordOf(text)?.[slot] !== undefined;
    return Object.assign(memo, { remember, has });
  }

  /** The record kept for `text`, if any. */
  private recordOf(text: string): unknown[] | undefined {
    if (text === this.lastText) return this.lastRecord;
    const record = this.records.get(text);
    if (record !== undefined) {
      this.lastText = text;
      this.lastRecord = record;
    }
    return record;
  }

  /** The record kept for `text`, a new one (the oldest dropped as needed) if none is. */
  private keptRecordOf(text: string): unknown[] {
    const kept = this.recordOf(text);
    if (kept !== undefined) return kept;
    const record: unknown[] = new Array(this.slots);
    // The text read last becomes this one, so a dropped record is never left at hand.
    this.records.add(text, record);
    this.lastText = text;
    this.lastRecord = record;
    return record;
  }
}
