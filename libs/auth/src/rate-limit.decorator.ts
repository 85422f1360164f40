import { SetMetadata } from '@nestjs/common';
import { ExecutionContext } from '@nestjs/common';
import { RateLimitedRoute } from '@app/config';

const RATE_LIMIT_ROUTE = 'litgo:rateLimitRoute';

/** Names the route's per-minute limit in `AppConfig.rateLimit.perMinute`. */
export const RateLimit = (route: RateLimitedRoute) => SetMetadata(RATE_LIMIT_ROUTE, route);

/** The limit name of the handler about to run, if it has one. */
export function rateLimitRouteOf(context: ExecutionContext): RateLimitedRoute | undefined {
  return Reflect.getMetadata(RATE_LIMIT_ROUTE, context.getHandler());
}
