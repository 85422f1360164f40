/** A memoized function of a string, which can also be told a result worked out another way. */
export interface Memoized<R> {
  (text: string): R;
  /** Keeps `result` as the value for `text`: it must be exactly what the function would return. */
  remember(text: string, result: R): void;
  /** Whether a result for `text` is kept: a caller that would work one out only to `remember` it asks first. */
  has(text: string): boolean;
}

/** How to empty each memo made by `memoized`. */
const forgetters = new Set<() => void>();

/**
 * Empties every memo made by `memoized`. For the engine benchmark: a server meets each client message
 * once, so each pass must find every text new, not remembered from the pass before.
 */
export function forgetAllMemoized(): void {
  for (const forget of forgetters) forget();
}

/**
 * `transform` with its last `size` results kept, by argument (the oldest goes first), and no more
 * than `maxChars` characters of arguments (a result takes about as much memory as its text). For
 * pure functions of a string only.
 */
export function memoized<R>(transform: (text: string) => R, size: number, maxChars = Infinity): Memoized<R> {
  const results = new Map<string, R>();
  let chars = 0;
  /**
   * The keys from the oldest, one iterator kept from drop to drop: a Map keeps a deleted entry's slot until it grows or shrinks
   * again, so a new iterator for each drop (as `for...of` over `keys()` made) stepped over every slot dropped before it, ~1-2 µs a
   * result kept once a busy memo is full, against ~0.1 µs. A live iterator goes on to the entries set after it was made, and every
   * key before it is gone (only drops delete), so the next it gives is the oldest kept, as before.
   */
  let oldestFirst = results.keys();
  const fits = (length: number) => results.size < size && chars + length <= maxChars;
  const keep = (text: string, result: R) => {
    // The keys' iterator only when something must go: a memo not yet full keeps a result with a Map write alone.
    while (!fits(text.length)) {
      let oldest = oldestFirst.next();
      // An iterator that reached the end is done for good: a fresh one starts at the oldest kept now.
      if (oldest.done) oldest = (oldestFirst = results.keys()).next();
      if (oldest.done) break;
      results.delete(oldest.value);
      chars -= oldest.value.length;
    }
    results.set(text, result);
    chars += text.length;
  };
  const memo = (text: string) => {
    let result = results.get(text);
    if (result === undefined) {
      result = transform(text);
      keep(text, result);
    }
    return result;
  };
  const remember = (text: string, result: R) => {
    if (!results.has(text)) keep(text, result);
  };
  forgetters.add(() => {
    results.clear();
    chars = 0;
    oldestFirst = results.keys();
  });
  const has = (text: string) => results.has(text);
  return Object.assign(memo, { remember, has });
}
