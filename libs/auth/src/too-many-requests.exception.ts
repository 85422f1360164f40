import { HttpException, HttpStatus } from '@nestjs/common';

/** A rate limit was hit; the client may try again after `retryAfterSeconds` (also sent as `Retry-After`). */
export class TooManyRequestsException extends HttpException {
  constructor(retryAfterSeconds: number) {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    super(
      { message: 'Too many requests', detail: `Muitas solicitações. Tente de novo em ${seconds} ${seconds === 1 ? 'segundo' : 'segundos'}.` },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
