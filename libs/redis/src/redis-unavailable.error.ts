export type RedisUnavailableReason = 'unreachable' | 'timeout' | 'out_of_memory' | 'loading' | 'failover';

/**
 * Redis cannot serve the request now; the HTTP layer answers 503 with a fixed message (this one
 * quotes the driver and is only logged). After a `timeout` the command may still have been applied
 * (the reply, not the write, was lost): the outcome is unknown, which is why turns and starts take
 * an idempotency key that makes resending them safe. `failover`: a Sentinel or Cluster is moving a
 * primary's role to a replica (seconds).
 */
export class RedisUnavailableError extends Error {
  constructor(
    readonly reason: RedisUnavailableReason,
    message: string,
  ) {
    super(message);
    this.name = RedisUnavailableError.name;
  }

  /** Maps an ioredis failure to this error, or returns `undefined` when it is not about availability. */
  static from(error: unknown): RedisUnavailableError | undefined {
    if (error instanceof RedisUnavailableError) return error;
    const message = error instanceof Error ? error.message : String(error);
    const reason = reasonOf(error, message);
    return reason ? new RedisUnavailableError(reason, `Redis unavailable (${reason}): ${message}`) : undefined;
  }
}

function reasonOf(error: unknown, message: string): RedisUnavailableReason | undefined {
  if (message.startsWith('OOM ')) return 'out_of_memory';
  if (message.startsWith('LOADING ')) return 'loading';
  if (message === 'Command timed out') return 'timeout';
  if (/^(CLUSTERDOWN|TRYAGAIN|MASTERDOWN|READONLY) |Cluster isn't ready|Too many Cluster redirections|Failed to refresh slots cache/.test(message)) {
    return 'failover';
  }
  const name = error instanceof Error ? error.name : '';
  if (name === 'MaxRetriesPerRequestError') return 'unreachable';
  if (/Stream isn't writeable|Connection is closed|Command aborted due to connection close|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|ENOTFOUND|sentinels are unreachable|None of sentinels/.test(message)) {
    return 'unreachable';
  }
  return undefined;
}
