import { Injectable } from '@nestjs/common';
import { trace } from '@opentelemetry/api';
import { FastifyInstance } from 'fastify';
import pino, { Logger, LoggerOptions } from 'pino';
import { AppConfig } from '@app/config';

/**
 * Kubernetes asks the probes every few seconds (a failing one is logged by the health module),
 * Prometheus scrapes /metrics as often: none of them is logged.
 */
const UNLOGGED_PATHS = new Set(['/api/health/live', '/api/health/ready', '/metrics']);

/**
 * The options of the process's one pino logger. Request lines carry Fastify's request id (the
 * caller's `x-request-id`, else a UUID), method, path and status; bodies, query strings and
 * headers are never logged. With tracing on, every line written during a request carries its
 * `trace_id`. On a developer's terminal (stdout a TTY, not production) lines are pretty-printed.
 */
export function loggerOptions(config: AppConfig, terminal = Boolean(process.stdout.isTTY)): LoggerOptions {
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
  };
}

/** The process's one pino logger: Nest's `Logger` writes through it (nestjs-pino), and so does the request log. */
@Injectable()
export class RootLogger {
  readonly pino: Logger;

  constructor(config: AppConfig) {
    this.pino = pino(loggerOptions(config));
  }
}

/**
 * One line per answered request, `request completed` with `req`, `res` and `responseTime` (ms),
 * from Fastify's own `onResponse` hook: no second HTTP logging layer and no per-request async
 * context (the lines Nest's `Logger` writes during a request do not repeat the request's fields).
 */
export function logRequests(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    if (!isUnlogged(request.url)) {
      logger[requestLogLevel(reply.statusCode)]({ req: request, res: reply, responseTime: Math.round(reply.elapsedTime) }, 'request completed');
    }
    done();
  });
}

export function isUnlogged(url: string): boolean {
  return UNLOGGED_PATHS.has(url);
}

function traceIdOfActiveSpan(): { trace_id?: string } {
  const span = trace.getActiveSpan();
  return span ? { trace_id: span.spanContext().traceId } : {};
}

/**
 * A request line's level. 429 and 503 come in floods (one client over its limit, a Redis outage)
 * that are summed up elsewhere (the rate limiter, the Redis pool), so each one is only debug.
 */
export function requestLogLevel(status: number): 'debug' | 'info' | 'warn' | 'error' {
  if (status === 429 || status === 503) return 'debug';
  if (status >= 500) return 'error';
  return status >= 400 ? 'warn' : 'info';
}
