/** A bad command line (exit 2) or an unreadable or malformed case file (exit 1). */
export class EvalInputError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}
