import { Module } from '@nestjs/common';
import { ConfiguredRedisModule } from '@app/redis';
import { RedisThrottlerStorage } from './redis-throttler.storage';
import { TokenVerifier } from './token-verifier.service';

/** Bearer-token verification and the rate limits' store; apps register the guards globally. */
@Module({
  imports: [ConfiguredRedisModule],
  providers: [TokenVerifier, RedisThrottlerStorage],
  exports: [TokenVerifier, RedisThrottlerStorage],
})
export class AuthModule {}
