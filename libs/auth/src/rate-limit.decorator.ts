import { SetMetadata } from '@nestjs/common';
import { RateLimitedRoute } from '@app/config';

export const RATE_LIMIT_ROUTE = 'litgo:rateLimitRoute';

/** Names the route's per-minute limit in `AppConfig.rateLimit.perMinute`. */
export const RateLimit = (route: RateLimitedRoute) => SetMetadata(RATE_LIMIT_ROUTE, route);
