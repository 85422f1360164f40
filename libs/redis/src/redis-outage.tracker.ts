import { Logger } from '@nestjs/common';
import { RedisUnavailableError } from './redis-unavailable.error';

/**
 * An outage ends with the first success at least this long after its last failure, so that a
 * Redis that flaps, or is full (reads pass, writes fail), writes two lines, not two per request.
 */
const QUIET_MS = 1_000;

/**
 * Logs a Redis outage once when it begins and once when it ends, with the number of calls that
 * failed meanwhile; the requests themselves are logged at debug level.
 */
export class RedisOutageTracker {
  private startedAt?: number;
  private lastFailureAt = 0;
  private failedCalls = 0;

  constructor(
    private readonly logger: Logger,
    private readonly target: string,
  ) {}

  /** A call failed (counted), or a connection was lost (`counted` false). */
  failed(error: RedisUnavailableError, counted = true): void {
    this.lastFailureAt = Date.now();
    if (counted) this.failedCalls++;
    if (this.startedAt !== undefined) return;
    this.startedAt = this.lastFailureAt;
    this.logger.warn(`Redis outage began at ${this.target}: ${error.message}; requests get 503 until it answers again`);
  }

  succeeded(): void {
    if (this.startedAt === undefined || Date.now() - this.lastFailureAt < QUIET_MS) return;
    const seconds = ((this.lastFailureAt - this.startedAt) / 1000).toFixed(1);
    this.logger.warn(`Redis outage over at ${this.target}: ${this.failedCalls} call(s) failed over ${seconds} s`);
    this.startedAt = undefined;
    this.failedCalls = 0;
  }
}
