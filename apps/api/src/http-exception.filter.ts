import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { RedisUnavailableError } from '@app/redis';
import { VersionConflictError } from '@app/state';

/** The one error body: `message` is for developers, `detail` is one sentence the app shows. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
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
  429: 'Muitas tentativas. Aguarde um pouco e tente de novo.',
  500: 'Ocorreu um erro inesperado. Tente novamente mais tarde.',
  503: 'O serviço está temporariamente indisponível. Tente novamente em instantes.',
};

/** Every failure leaves as `ErrorBody`; anything unexpected is logged and becomes a generic 500. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const body = this.toBody(exception);
    host.switchToHttp().getResponse<FastifyReply>().status(body.statusCode).send(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const fields = typeof response === 'object' ? (response as Record<string, unknown>) : { message: response };
      return { ...fields, ...errorBody(status, (fields.message as string | string[]) ?? exception.message), detail: (fields.detail as string) ?? detailFor(status) };
    }
    // Also raw ioredis failures from libraries that hold a pooled connection (the rate limiter).
    const unavailable = RedisUnavailableError.from(exception);
    if (unavailable) {
      // The outage itself is logged once by the pool; each request that met it only at debug.
      this.logger.debug(unavailable.message);
      return { ...errorBody(503, unavailable.message), reason: unavailable.reason };
    }
    if (exception instanceof VersionConflictError) {
      return { ...errorBody(409, exception.message), current_version: exception.currentVersions };
    }
    const status = (exception as { statusCode?: number }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // Fastify's own rejections (malformed JSON, body too large, bad content type).
      return errorBody(status, (exception as Error).message);
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return errorBody(500, 'Internal server error');
  }
}

/** The error body for a status, with the default Portuguese detail. */
export function errorBody(statusCode: number, message: string | string[]): ErrorBody {
  const error = (HttpStatus[statusCode] ?? 'Error')
    .toLowerCase()
    .split('_')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
  return { statusCode, error, message, detail: detailFor(statusCode) };
}

function detailFor(status: number): string {
  return DETAIL_BY_STATUS[status] ?? (status >= 500 ? DETAIL_BY_STATUS[500] : DETAIL_BY_STATUS[400]);
}
