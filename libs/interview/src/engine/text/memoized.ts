/** A memoized function of a string, which can also be told a result worked out another way. */
export interface Memoized<R> {
  (text: string): R;
  /** Keeps `result` as the value for `text`: it must be exactly what the function would return. */
  remember(text: string, result: R): void;
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
  const keep = (text: string, result: R) => {
    const fits = () => results.size < size && chars + text.length <= maxChars;
    // The keys' iterator only when something must go: a memo not yet full keeps a result with a Map write alone.
    if (!fits()) {
      for (const oldest of results.keys()) {
        results.delete(oldest);
        chars -= oldest.length;
        if (fits()) break;
      }
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
  });
  return Object.assign(memo, { remember });
}
