/**
 * Array helpers that keep V8's element kinds stable across tiers. The interpreter's `Array.prototype.map` makes a packed array
 * where the optimised caller's inlined `map` makes a holey one, and code optimised on the one is thrown away on meeting the other
 * ("wrong map"); `Math.min(...spread)` is fitted to the lengths it has seen. Each such de-optimisation meant one more compile of a
 * large engine function late in a run: callgrind after 15 warm-up passes, 4.0 -> 2.3 M instructions a turn (docs/benchmark.md).
 */

/** `read` of each of `items`, in order, always in a packed array (a loop with `push`, not `map`). */
export function packedMap<T, U>(items: readonly T[], read: (item: T) => U): U[] {
  const each: U[] = [];
  for (const item of items) each.push(read(item));
  return each;
}

/** The least `value` of `items` (Infinity when empty), in a loop rather than a `Math.min` spread. */
export function leastOf<T>(items: readonly T[], value: (item: T) => number): number {
  let least = Infinity;
  for (const item of items) least = Math.min(least, value(item));
  return least;
}
