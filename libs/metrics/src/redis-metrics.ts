import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Round trips to Redis by call name (a script's name such as `litgoSaveCase`, `pipeline`, `ping`,
 * `info`, or `command` for a single command), failures by kind, and the pool's ready
 * connections. The Redis pool reports to it through its `observer` option.
 */
export class RedisMetrics {
  private readonly duration: Histogram<'call'>;
  private readonly errors: Counter<'call' | 'kind'>;
  private readyConnections?: () => number;

  constructor(registry: Registry) {
    this.duration = new Histogram({
      name: 'litgo_redis_call_duration_seconds',
      help: 'Redis round-trip time, by call (script name, pipeline, command)',
      labelNames: ['call'],
      buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers: [registry],
    });
    this.errors = new Counter({
      name: 'litgo_redis_errors_total',
      help: 'Failed Redis calls, by call and kind (timeout, unreachable, out_of_memory, loading, other)',
      labelNames: ['call', 'kind'],
      registers: [registry],
    });
    const pool = this;
    new Gauge({
      name: 'litgo_redis_pool_connections_ready',
      help: 'Connections of the Redis pool that are ready now',
      registers: [registry],
      collect() {
        if (pool.readyConnections) this.set(pool.readyConnections());
      },
    });
  }

  /** A call took `seconds`; `failure` is the kind when it failed. */
  called(call: string, seconds: number, failure?: string): void {
    this.duration.observe({ call }, seconds);
    if (failure !== undefined) this.errors.inc({ call, kind: failure });
  }

  /** Where the pool's ready-connection count is read at each scrape. */
  watchReadyConnections(ready: () => number): void {
    this.readyConnections = ready;
  }
}
