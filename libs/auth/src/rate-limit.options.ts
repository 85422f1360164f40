import { ThrottlerModuleOptions } from '@nestjs/throttler';
import { AppConfig } from '@app/config';
import { AuthenticatedRequest } from './auth-user';
import { rateLimitRouteOf } from './rate-limit.decorator';
import { RedisThrottlerStorage } from './redis-throttler.storage';

const MINUTE_MS = 60_000;
/** Many users can share one IP (an office, a mobile carrier's NAT): the per-IP limit is this many times the per-user one. */
export const IP_LIMIT_FACTOR = 5;

type Request = AuthenticatedRequest & { ip: string };

/**
 * Per-user and per-IP limits for routes marked `@RateLimit`, counted in Redis so that they hold
 * across every API instance (and skipped, not enforced, while Redis fails).
 */
export function rateLimitOptions(config: AppConfig, storage: RedisThrottlerStorage): ThrottlerModuleOptions {
  const { enabled, perMinute } = config.rateLimit;
  const limitOf = (context: Parameters<typeof rateLimitRouteOf>[0]) => perMinute[rateLimitRouteOf(context)!];
  const skipIf = (context: Parameters<typeof rateLimitRouteOf>[0]) => !enabled || !rateLimitRouteOf(context);
  return {
    storage,
    throttlers: [
      {
        name: 'default',
        ttl: MINUTE_MS,
        limit: limitOf,
        skipIf,
        getTracker: (req) => `user:${(req as Request).user?.id ?? `ip:${(req as Request).ip}`}`,
      },
      { name: 'ip', ttl: MINUTE_MS, limit: (context) => limitOf(context) * IP_LIMIT_FACTOR, skipIf, getTracker: (req) => `ip:${(req as Request).ip}` },
    ],
  };
}
