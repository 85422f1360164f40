import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { FastifyReply } from 'fastify';
import { TooManyRequestsException } from './too-many-requests.exception';

/** Throttler guard whose 429 always carries a plain `Retry-After`, whichever limit (user or IP) was hit, and says it in `detail`. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    context.switchToHttp().getResponse<FastifyReply>().header('Retry-After', String(detail.timeToBlockExpire));
    throw new TooManyRequestsException(detail.timeToBlockExpire);
  }
}
