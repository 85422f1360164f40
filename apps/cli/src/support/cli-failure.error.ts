/** A failure the CLI reports as one line (no stack) with a non-zero exit code. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = CliFailure.name;
  }
}
