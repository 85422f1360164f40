import { Presets, SingleBar } from 'cli-progress';

const PLAIN_INTERVAL_MS = 1_000;

/**
 * Progress of long work on stderr: a bar on a terminal, otherwise a plain line at most once a
 * second (and at the end), so logs of scripted runs stay readable. `silent()` for tests.
 *
 * It counts in the unit of the command's summary (cases, documents, index entries), so that the
 * last line and the summary agree. How far along the work is comes from a measure known up front
 * (keys of DBSIZE scanned, bytes of the file read), from which the total is estimated.
 */
export class ProgressReporter {
  private bar?: SingleBar;
  private unit = '';
  private measureTotal?: number;
  private done = 0;
  private measured = 0;
  private lastLine = 0;
  private lastShown = '';
  private stopped = false;

  constructor(
    private readonly label: string,
    private readonly stream: NodeJS.WriteStream | null = process.stderr,
  ) {}

  static silent(): ProgressReporter {
    return new ProgressReporter('', null);
  }

  /** Starts counting `unit`s; `measureTotal` is the size of the measure (unknown for stdin). */
  start(unit: string, measureTotal: number | undefined): void {
    this.unit = unit;
    this.measureTotal = measureTotal;
    if (!this.stream?.isTTY) return;
    const format = measureTotal === undefined ? `${this.label} {value} ${unit} | {duration}s` : `${this.label} [{bar}] {percentage}% | {value}/{total} ${unit} | eta {eta}s`;
    this.bar = new SingleBar({ format, stream: this.stream, hideCursor: true, etaBuffer: 50 }, Presets.shades_classic);
    this.bar.start(0, 0);
  }

  /** `done` units so far, `measured` of the measure given to `start`. */
  update(done: number, measured: number): void {
    this.done = done;
    this.measured = measured;
    if (this.bar) {
      this.bar.setTotal(this.total() ?? 0);
      this.bar.update(done);
    } else if (this.stream && Date.now() - this.lastLine >= PLAIN_INTERVAL_MS) {
      this.line();
    }
  }

  /** The work is complete: `done` is the whole. */
  finish(done: number): void {
    this.update(done, this.measureTotal ?? this.measured);
    this.stop();
  }

  /** Ends the bar (also after a failure); the last plain line shows where it stopped. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.bar) this.bar.stop();
    else if (this.stream && this.lastShown !== this.text()) this.line();
  }

  private total(): number | undefined {
    if (this.measureTotal === undefined) return undefined;
    if (this.measured >= this.measureTotal) return this.done;
    return this.measured > 0 ? Math.max(this.done, Math.round((this.done * this.measureTotal) / this.measured)) : undefined;
  }

  private text(): string {
    const total = this.total();
    const share = this.measureTotal === undefined ? '' : ` (${this.measureTotal ? Math.min(100, Math.round((this.measured / this.measureTotal) * 100)) : 100}%)`;
    return `${this.label}: ${this.done}${total === undefined ? '' : `/${total}`} ${this.unit}${share}`;
  }

  private line(): void {
    this.lastLine = Date.now();
    this.lastShown = this.text();
    this.stream!.write(`${this.lastShown}\n`);
  }
}
