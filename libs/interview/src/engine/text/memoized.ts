/**
 * `transform` with its last `size` results kept, by argument (the oldest goes first). For pure
 * functions of a string only.
 */
export function memoized<R>(transform: (text: string) => R, size: number): (text: string) => R {
  const results = new Map<string, R>();
  return (text) => {
    let result = results.get(text);
    if (result === undefined) {
      result = transform(text);
      if (results.size >= size) results.delete(results.keys().next().value!);
      results.set(text, result);
    }
    return result;
  };
}
