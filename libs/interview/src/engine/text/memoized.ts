/** A memoized function of a string, which can also be told a result worked out another way. */
export interface Memoized<R> {
  (text: string): R;
  /** Keeps `result` as the value for `text`: it must be exactly what the function would return. */
  remember(text: string, result: R): void;
}

/**
 * `transform` with its last `size` results kept, by argument (the oldest goes first), and no more
 * than `maxChars` characters of arguments (a result takes about as much memory as its text). For
 * pure functions of a string only.
 */
export function memoized<R>(transform: (text: string) => R, size: number, maxChars = Infinity): Memoized<R> {
  const results = new Map<string, R>();
  let chars = 0;
  const keep = (text: string, result: R) => {
    for (const oldest of results.keys()) {
      if (results.size < size && chars + text.length <= maxChars) break;
      results.delete(oldest);
      chars -= oldest.length;
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
  return Object.assign(memo, { remember });
}
