/** A stored document was written by a newer build (or is not ours): refused rather than mangled. */
export class UnsupportedSchemaError extends Error {
  constructor(
    readonly key: string,
    readonly schemaVersion: unknown,
  ) {
    super(`Document ${key} has unsupported schemaVersion ${JSON.stringify(schemaVersion)}`);
    this.name = UnsupportedSchemaError.name;
  }
}
