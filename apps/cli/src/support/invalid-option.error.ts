/**
 * Thrown from an option parser: commander prints `error: option '--batch <n>' argument 'x' is
 * invalid. <message>` and exits with the usage code.
 */
export class InvalidOptionError extends Error {
  readonly code = 'commander.invalidArgument';
  readonly exitCode = 2;
}

/** A whole number within bounds, for options such as `--batch`. */
export function parseCount(value: string, min: number, max: number): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) throw new InvalidOptionError(`expected a whole number from ${min} to ${max}`);
  return number;
}
