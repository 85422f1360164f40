import { IncomingMessage } from 'node:http';
import { trace } from '@opentelemetry/api';
import { Options } from 'pino-http';
import { AppConfig } from '@app/config';

/**
 * Kubernetes asks the probes every few seconds (a failing one is logged by the health module),
 * Prometheus scrapes /metrics as often: none of them is logged.
 */
const UNLOGGED_PATHS = new Set(['/api/health/live', '/api/health/ready', '/metrics']);

/**
 * One JSON line per request carrying Fastify's request id (the caller's `x-request-id`, else a
 * UUID), method, path and status. Bodies, query strings and headers are never logged.
 * With tracing on, every line written during a request carries its `trace_id`.
 * On a developer's terminal (stdout a TTY, not production) the lines are pretty-printed instead.
 */
export function pinoHttpOptions(config: AppConfig, terminal = Boolean(process.stdout.isTTY)): Options {
  const pretty = terminal && config.nodeEnv !== 'production';
  return {
    level: config.logLevel,
    ...(pretty && { transport: { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } } }),
    ...(config.tracing.endpoint && { mixin: traceIdOfActiveSpan }),
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'], censor: '[redacted]' },
    serializers: {
      // The path only: a query string could carry a token or personal data.
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url?.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    // Nest runs this as middleware under a mount path: `url` is relative to it, `originalUrl` is whole.
    autoLogging: { ignore: (req: IncomingMessage & { originalUrl?: string }) => UNLOGGED_PATHS.has(req.originalUrl ?? req.url ?? '') },
    customLogLevel: (_req, res, error) => requestLogLevel(res.statusCode, error),
  };
}

function traceIdOfActiveSpan(): { trace_id?: string } {
  const span = trace.getActiveSpan();
  return span ? { trace_id: span.spanContext().traceId } : {};
}

/**
 * A request line's level. 429 and 503 come in floods (one client over its limit, a Redis outage)
 * that are summed up elsewhere (the rate limiter, the Redis pool), so each one is only debug.
 */
export function requestLogLevel(status: number, error?: Error): 'debug' | 'info' | 'warn' | 'error' {
  if (status === 429 || status === 503) return 'debug';
  if (error || status >= 500) return 'error';
  return status >= 400 ? 'warn' : 'info';
}
