/** A stored document was written by a newer build (or is not ours): refused rather than mangled. */
export class UnsupportedSchemaError extends Error {
  constructor(
    readonly key: string,
    readonly schemaVersion: unknown,
    /** The newest schema the reader understands. */
    readonly readable: number,
  ) {
    super(`Document ${key} has unsupported schemaVersion ${JSON.stringify(schemaVersion)} (readable up to ${readable})`);
    this.name = UnsupportedSchemaError.name;
  }

  /**
   * Written by a newer build, as happens during a rolling update: another instance (or this one,
   * once updated) can read it, so the request is worth retrying. Otherwise the document is broken.
   */
  get fromNewerBuild(): boolean {
    return Number.isInteger(this.schemaVersion) && (this.schemaVersion as number) > this.readable;
  }
}
