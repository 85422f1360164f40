/** How many problem items a summary lists one by one (all are counted). */
export const MAX_LISTED_PROBLEMS = 100;

/**
 * The JSON every command ends with: what it scanned, did (`imported`, `exported`, …), skipped
 * and could not read (`malformed`, each with where and why), plus counted notes.
 */
export class RunSummary {
  scanned = 0;
  skipped = 0;
  malformed = 0;
  /** Set when the run as a whole failed (e.g. an input with no valid line): the CLI exits non-zero with it. */
  failure?: string;
  private readonly counts: Record<string, number> = {};
  private readonly problems: Array<{ ref: string; reason: string }> = [];
  private readonly noted: Record<string, number> = {};
  private readonly extra: Record<string, unknown> = {};

  constructor(
    readonly command: string,
    private readonly dryRun?: boolean,
  ) {}

  /** Adds to a named outcome count (`imported`, `exported`, `upgraded`, …). */
  count(outcome: string, by = 1): void {
    this.counts[outcome] = (this.counts[outcome] ?? 0) + by;
  }

  get(outcome: string): number {
    return this.counts[outcome] ?? 0;
  }

  /** Records one item that could not be read or written, with where it was (`line 7`, a key). */
  reject(ref: string, reason: string): void {
    this.malformed++;
    // Reasons may quote the bad input: keep them to one printable line.
    const printable = reason.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '?').slice(0, 200);
    if (this.problems.length < MAX_LISTED_PROBLEMS) this.problems.push({ ref, reason: printable });
  }

  /** Counts a repair or kept-raw value (e.g. `orchestration.result: kept as raw text`). */
  note(what: string): void {
    this.noted[what] = (this.noted[what] ?? 0) + 1;
  }

  set(field: string, value: unknown): void {
    this.extra[field] = value;
  }

  toJSON(): Record<string, unknown> {
    return {
      command: this.command,
      ...(this.dryRun === undefined ? {} : { dryRun: this.dryRun }),
      scanned: this.scanned,
      ...this.counts,
      skipped: this.skipped,
      malformed: this.malformed,
      malformedItems: this.problems,
      ...(this.malformed > this.problems.length ? { malformedItemsOmitted: this.malformed - this.problems.length } : {}),
      ...(Object.keys(this.noted).length > 0 ? { notes: this.noted } : {}),
      ...this.extra,
      ...(this.failure ? { failure: this.failure } : {}),
    };
  }
}
