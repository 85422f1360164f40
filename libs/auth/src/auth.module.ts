import { Module } from '@nestjs/common';
import { ConfiguredRedisModule } from '@app/redis';
import { RateLimiter } from './rate-limiter.service';
import { TokenVerifier } from './token-verifier.service';

/** Bearer-token verification and the rate limits; apps register `AuthGuard` globally. */
@Module({
  imports: [ConfiguredRedisModule],
  providers: [TokenVerifier, RateLimiter],
  exports: [TokenVerifier, RateLimiter],
})
export class AuthModule {}
