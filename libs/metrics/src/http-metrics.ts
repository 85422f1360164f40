import { Counter, Histogram, Registry } from 'prom-client';

/** A request that matched no route: one label value, so probing paths cannot mint series. */
export const UNMATCHED_ROUTE = 'unmatched';
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

/**
 * Request counts and latency by route template (`/api/v2/triage/status/:case_id`), never by raw
 * path. Buckets: a turn is ~1-3 ms, reads less, and a request that waits out the Redis command
 * deadline (1 s) is a 503; past 2.5 s something else is wrong.
 */
export class HttpMetrics {
  private readonly requests: Counter<'method' | 'route' | 'status'>;
  private readonly duration: Histogram<'method' | 'route' | 'status'>;
  private readonly rateLimited: Counter<'route'>;

  constructor(registry: Registry) {
    const labelNames = ['method', 'route', 'status'] as const;
    this.requests = new Counter({ name: 'http_requests_total', help: 'HTTP requests answered, by route template and status', labelNames, registers: [registry] });
    this.duration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from request to response, by route template',
      labelNames,
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    });
    this.rateLimited = new Counter({ name: 'litgo_rate_limited_total', help: 'Requests refused with 429, by route template', labelNames: ['route'], registers: [registry] });
  }

  /** One answered request; `route` is the matched template, undefined when none matched. */
  record(method: string, route: string | undefined, status: number, seconds: number): void {
    const labels = { method: METHODS.has(method) ? method : 'other', route: route ?? UNMATCHED_ROUTE, status: String(status) };
    this.requests.inc(labels);
    this.duration.observe(labels, seconds);
    if (status === 429) this.rateLimited.inc({ route: labels.route });
  }
}
