import { BadRequestException, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';
import { IDEMPOTENCY_KEY_PATTERN } from './triage-request.dto';

const HEADER = 'Idempotency-Key';
export const IDEMPOTENCY_KEY_DETAIL = 'Não foi possível enviar. Atualize o aplicativo e tente de novo.';

/** Documents the optional header on a route that honours it. */
export const ApiIdempotencyKey = () =>
  ApiHeader({
    name: HEADER,
    required: false,
    description:
      'Makes the request safe to resend: a resend with the same key, after a timeout or a 503, gets the first answer again and stores nothing. Use a new key (e.g. a UUID) for each new message.',
    schema: { type: 'string', pattern: IDEMPOTENCY_KEY_PATTERN.source },
  });

/** The request's `Idempotency-Key`, checked; undefined when absent. @throws BadRequestException */
export const IdempotencyKey = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined =>
  parseIdempotencyKey(context.switchToHttp().getRequest<FastifyRequest>().headers['idempotency-key']),
);

export function parseIdempotencyKey(value: string | string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && IDEMPOTENCY_KEY_PATTERN.test(value)) return value;
  throw new BadRequestException({ message: `${HEADER} must be one value of 1-128 characters of A-Z a-z 0-9 . _ : -`, detail: IDEMPOTENCY_KEY_DETAIL });
}

/** The one key of a turn, from the header or the body. @throws BadRequestException when both are given and differ */
export function turnKey(header: string | undefined, clientMessageId: string | undefined): string | undefined {
  if (header !== undefined && clientMessageId !== undefined && header !== clientMessageId) {
    throw new BadRequestException({ message: `${HEADER} and client_message_id differ; send one, or both equal`, detail: IDEMPOTENCY_KEY_DETAIL });
  }
  return header ?? clientMessageId;
}
