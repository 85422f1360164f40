import { applyDecorators, HttpException } from '@nestjs/common';
import { ApiParam, ApiProperty, ApiResponse } from '@nestjs/swagger';
import { TooManyRequestsException } from '@app/auth';
import { VersionConflictError } from '@app/state';
import { CaseCompletedException } from './case-completed.exception';
import { CaseNotFoundException } from './case-not-found.exception';
import { IdempotencyKeyReusedException } from './idempotency-key-reused.exception';
import { IDEMPOTENCY_KEY_DETAIL } from './idempotency-key.decorator';
import { ErrorResponseDto } from './error-response.dto';
import { InvalidCaseIdException } from './invalid-case-id.exception';
import { ResultNotReadyException } from './result-not-ready.exception';
import { CASE_ID_EXAMPLE, MAX_MESSAGE_LENGTH, UUID_V4_PATTERN } from './triage-request.dto';

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

const body = (statusCode: number, fields: object) => ({ statusCode, error: REASON[statusCode], ...fields });
/** The body the API's filter makes of an exception the API really throws. */
const bodyOf = (exception: HttpException) => body(exception.getStatus(), exception.getResponse() as object);

/** One example per cause; a route lists the causes it can answer. */
const ERROR_CASES = {
  invalid_case_id: { summary: 'case_id is not a UUID v4', value: bodyOf(new InvalidCaseIdException()) },
  unknown_field: {
    summary: 'Unknown field, wrong type or malformed JSON',
    value: body(400, { message: 'property admin should not exist', detail: 'Os dados enviados são inválidos.' }),
  },
  empty_message: { summary: 'Empty message', value: body(400, { message: 'message should not be empty', detail: 'Escreva sua mensagem antes de enviar.' }) },
  message_too_long: {
    summary: `Message over ${MAX_MESSAGE_LENGTH} characters`,
    value: body(400, {
      message: `message must be shorter than or equal to ${MAX_MESSAGE_LENGTH} characters`,
      detail: `A mensagem pode ter no máximo ${MAX_MESSAGE_LENGTH.toLocaleString('pt-BR')} caracteres.`,
    }),
  },
  unauthorized: {
    summary: 'Missing, invalid or expired bearer token',
    value: body(401, { message: 'missing bearer token', detail: 'Sua sessão expirou ou é inválida. Entre novamente.' }),
  },
  other_user: {
    summary: "user_id differs from the token's user",
    value: body(403, { message: "user_id differs from the token's subject", detail: 'Você só pode iniciar triagens em seu próprio nome.' }),
  },
  not_admin: { summary: 'The token has no admin claim', value: body(403, { message: 'admin role required', detail: 'Esta área é restrita à equipe da LITGO.' }) },
  case_not_found: { summary: "Unknown, expired or another user's case", value: bodyOf(new CaseNotFoundException(CASE_ID_EXAMPLE)) },
  case_completed: { summary: 'The triage is already completed: the result is at result_url', value: bodyOf(new CaseCompletedException(CASE_ID_EXAMPLE)) },
  version_conflict: {
    summary: 'Another request changed the case at the same moment, again and again: read it and retry',
    value: body(409, {
      message: new VersionConflictError(CASE_ID_EXAMPLE, { conversation: 4, orchestration: 4 }).message,
      detail: 'A conversa mudou enquanto você respondia. Tente de novo.',
      current_version: { conversation: 4, orchestration: 4 },
    }),
  },
  result_not_ready: { summary: 'The triage is still interviewing', value: bodyOf(new ResultNotReadyException(CASE_ID_EXAMPLE)) },
  payload_too_large: { summary: 'Body over 64 KB', value: body(413, { message: 'Request body too large', detail: 'A mensagem enviada é grande demais.' }) },
  unsupported_media_type: {
    summary: 'A body that is not application/json',
    value: body(415, { message: 'Content-Type must be application/json', detail: 'Envie os dados em formato JSON.' }),
  },
  invalid_idempotency_key: {
    summary: 'Idempotency-Key malformed, or differing from client_message_id',
    value: body(400, { message: 'Idempotency-Key and client_message_id differ; send one, or both equal', detail: IDEMPOTENCY_KEY_DETAIL }),
  },
  idempotency_key_reused: {
    summary: 'The idempotency key was used for another message of this case; nothing was stored',
    value: bodyOf(new IdempotencyKeyReusedException(CASE_ID_EXAMPLE)),
  },
  rate_limited: { summary: 'Rate limit hit; Retry-After says when to try again', value: bodyOf(new TooManyRequestsException(42)) },
  redis_unavailable: {
    summary: 'Redis unavailable, slow or full. After a timeout the outcome of a write is unknown; resending is safe',
    value: body(503, {
      message: 'Redis unavailable',
      detail: 'O serviço está temporariamente indisponível. Tente de novo em instantes; reenviar a mensagem é seguro.',
      reason: 'timeout',
    }),
  },
} satisfies Record<string, { summary: string; value: { statusCode: number } }>;

export type ErrorCase = keyof typeof ERROR_CASES;

/** Documents each error status a route answers, in the one error body, with an example per cause. */
export function ApiErrorResponses(...cases: ErrorCase[]): MethodDecorator & ClassDecorator {
  const byStatus = new Map<number, ErrorCase[]>();
  for (const name of cases) {
    const { statusCode } = ERROR_CASES[name].value;
    byStatus.set(statusCode, [...(byStatus.get(statusCode) ?? []), name]);
  }
  return applyDecorators(
    ...[...byStatus].map(([status, names]) =>
      ApiResponse({
        status,
        type: ErrorResponseDto,
        description: names.map((name) => ERROR_CASES[name].summary).join('; '),
        examples: Object.fromEntries(names.map((name) => [name, ERROR_CASES[name]])),
        ...(status === 429 && { headers: { 'Retry-After': { description: 'Seconds until the limit resets', schema: { type: 'integer' } } } }),
      }),
    ),
  );
}

/** The `case_id` path parameter, as `ParseUUIDPipe({ version: '4' })` checks it. */
export const ApiCaseIdParam = () => ApiParam({ name: 'case_id', schema: { type: 'string', format: 'uuid', pattern: UUID_V4_PATTERN }, example: CASE_ID_EXAMPLE });

/** Response property shapes the triage DTOs share. */
export const CaseIdProperty = () => ApiProperty({ format: 'uuid', example: CASE_ID_EXAMPLE });
export const TimeProperty = (nullable = false) => ApiProperty({ type: 'string', format: 'date-time', example: '2026-03-02T14:05:09.120Z', nullable });
export const ComplexityProperty = () => ApiProperty({ enum: ['low', 'medium', 'high'], nullable: true, example: 'medium' });
export const CountProperty = (example: number) => ApiProperty({ type: 'integer', minimum: 0, example });
export const ConfidenceProperty = () => ApiProperty({ minimum: 0, maximum: 1, example: 0.62 });
export const CASE_STATUS = {
  enum: ['interviewing', 'completed', 'error'],
  example: 'interviewing',
  description: 'The case: `interviewing` until it completes (a turn that continues says `active` instead; both are the app\'s contract)',
};
