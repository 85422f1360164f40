import { Presets, SingleBar } from 'cli-progress';

const PLAIN_INTERVAL_MS = 1_000;

/**
 * Progress of long work on stderr: a bar on a terminal, otherwise a plain line at most once a
 * second (and at the end), so logs of scripted runs stay readable. `silent()` for tests.
 */
export class ProgressReporter {
  private bar?: SingleBar;
  private total?: number;
  private value = 0;
  private lastLine = 0;
  private lastShown = -1;

  constructor(
    private readonly label: string,
    private readonly stream: NodeJS.WriteStream | null = process.stderr,
  ) {}

  static silent(): ProgressReporter {
    return new ProgressReporter('', null);
  }

  /** Starts; `total` may be an estimate, or unknown. */
  start(total: number | undefined, unit: string): void {
    this.total = total;
    if (!this.stream?.isTTY) return;
    const format = total === undefined ? `${this.label} {value} ${unit} | {duration}s` : `${this.label} [{bar}] {percentage}% | {value}/{total} ${unit} | eta {eta}s`;
    this.bar = new SingleBar({ format, stream: this.stream, hideCursor: true, etaBuffer: 50 }, Presets.shades_classic);
    this.bar.start(total ?? 0, 0);
  }

  update(value: number): void {
    this.value = value;
    if (this.bar) {
      if (this.total !== undefined && value > this.total) this.bar.setTotal((this.total = value));
      this.bar.update(value);
    } else if (this.stream && Date.now() - this.lastLine >= PLAIN_INTERVAL_MS) {
      this.line();
    }
  }

  stop(): void {
    if (this.bar) this.bar.stop();
    else if (this.stream && this.lastShown !== this.value) this.line();
  }

  private line(): void {
    this.lastLine = Date.now();
    this.lastShown = this.value;
    const share = this.total ? ` (${Math.min(100, Math.round((this.value / this.total) * 100))}%)` : '';
    this.stream!.write(`${this.label}: ${this.value}${this.total !== undefined ? `/${this.total}` : ''}${share}\n`);
  }
}
