import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger, NotFoundException } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { RedisUnavailableError } from '@app/redis';
import { UnsupportedSchemaError, VersionConflictError } from '@app/state';
import { RouteMethods } from './route-methods';

/** The one error body: `message` is for developers, `detail` is one sentence the app shows. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  detail: string;
  [extra: string]: unknown;
}

const DETAIL_BY_STATUS: Record<number, string> = {
  400: 'Os dados enviados são inválidos.',
  401: 'Sua sessão expirou. Entre novamente.',
  403: 'Você não tem permissão para esta ação.',
  404: 'Não encontramos o que você procurou.',
  405: 'Operação não permitida.',
  409: 'A conversa mudou enquanto você respondia. Tente de novo.',
  413: 'A mensagem enviada é grande demais.',
  415: 'Envie os dados em formato JSON.',
  422: 'Não foi possível processar os dados enviados.',
  429: 'Muitas solicitações. Aguarde um pouco e tente de novo.',
  500: 'Ocorreu um erro inesperado. Tente novamente mais tarde.',
  // After a timeout a write may have happened; turns and starts are safe to resend.
  503: 'O serviço está temporariamente indisponível. Tente de novo em instantes; reenviar a mensagem é seguro.',
};

/**
 * Fastify's own rejections (body too large, wrong content type...) reach the filter as a bare
 * `HttpException` that Nest made of them, carrying Fastify's text: fixed messages instead.
 */
/** Seconds a client (or the balancer) waits before retrying a case only a newer build can read. */
export const NEWER_SCHEMA_RETRY_AFTER_S = 1;

const FRAMEWORK_MESSAGES: Record<number, string> = {
  400: 'Bad request',
  413: 'Request body too large',
  415: 'Content-Type must be application/json',
};

/** Every failure leaves as `ErrorBody`; anything unexpected is logged and becomes a generic 500. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpExceptionFilter.name);

  constructor(private readonly routes: RouteMethods) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    // Nest's not-found handler throws NotFoundException; a body refused on the way there keeps its own status.
    const body = request.is404 && exception instanceof NotFoundException ? this.routeNotFound(request, reply) : this.toBody(exception, reply);
    reply.status(body.statusCode).send(body);
  }

  /** No route for this method and path: 405 with `Allow` when the path has other methods, else 404 naming the path only. */
  private routeNotFound(request: FastifyRequest, reply: FastifyReply): ErrorBody {
    const path = request.url.split('?')[0];
    const allowed = this.routes.allowedOn(path);
    if (allowed.length === 0) return errorBody(404, `Cannot ${request.method} ${path}`);
    reply.header('Allow', allowed.join(', '));
    return errorBody(405, `Method ${request.method} not allowed on ${path}; allowed: ${allowed.join(', ')}`);
  }

  private toBody(exception: unknown, reply: FastifyReply): ErrorBody {
    if (exception instanceof HttpException && exception.constructor === HttpException) {
      const status = exception.getStatus();
      this.logger.debug(`framework rejection ${status}: ${exception.message}`);
      return errorBody(status, FRAMEWORK_MESSAGES[status] ?? reasonPhrase(status));
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const fields = typeof response === 'object' ? (response as Record<string, unknown>) : { message: response };
      const message = Array.isArray(fields.message) ? fields.message.join('; ') : String(fields.message ?? exception.message);
      return { ...fields, ...errorBody(status, message), detail: (fields.detail as string) ?? detailFor(status) };
    }
    // Also raw ioredis failures from libraries that hold a pooled connection (the rate limiter).
    const unavailable = RedisUnavailableError.from(exception);
    if (unavailable) {
      // The outage itself is logged once by the pool; each request that met it only at debug.
      this.logger.debug(unavailable.message);
      return { ...errorBody(503, 'Redis unavailable'), reason: unavailable.reason };
    }
    if (exception instanceof VersionConflictError) {
      return { ...errorBody(409, exception.message), current_version: exception.currentVersions };
    }
    if (exception instanceof UnsupportedSchemaError && exception.fromNewerBuild) {
      // A rolling update in progress: a newer instance wrote the case; the balancer retries elsewhere.
      this.logger.warn(exception.message);
      reply.header('Retry-After', String(NEWER_SCHEMA_RETRY_AFTER_S));
      return { ...errorBody(503, 'Case written by a newer version of the service; retry'), reason: 'newer_schema' };
    }
    // The request's id ties this line to its request line (Nest's Logger carries no request context).
    this.logger.error(`request ${reply.request.id}: ${exception instanceof Error ? (exception.stack ?? exception.message) : String(exception)}`);
    return errorBody(500, 'Internal server error');
  }
}

/** The error body for a status, with the default Portuguese detail. */
export function errorBody(statusCode: number, message: string): ErrorBody {
  return { statusCode, error: reasonPhrase(statusCode), message, detail: detailFor(statusCode) };
}

/** `HttpStatus.PAYLOAD_TOO_LARGE` -> "Payload Too Large". */
function reasonPhrase(status: number): string {
  return (HttpStatus[status] ?? 'Error')
    .toLowerCase()
    .split('_')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
}

function detailFor(status: number): string {
  return DETAIL_BY_STATUS[status] ?? (status >= 500 ? DETAIL_BY_STATUS[500] : DETAIL_BY_STATUS[400]);
}
