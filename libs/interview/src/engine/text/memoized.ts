/** A memoized function of a string, which can also be told a result worked out another way. */
export interface Memoized<R> {
  (text: string): R;
  /** Keeps `result` as the value for `text`: it must be exactly what the function would return. */
  remember(text: string, result: R): void;
}

/**
 * `transform` with its last `size` results kept, by argument (the oldest goes first). For pure
 * functions of a string only.
 */
export function memoized<R>(transform: (text: string) => R, size: number): Memoized<R> {
  const results = new Map<string, R>();
  const keep = (text: string, result: R) => {
    if (results.size >= size) results.delete(results.keys().next().value!);
    results.set(text, result);
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
