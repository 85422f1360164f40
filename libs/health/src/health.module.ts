import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ConfiguredRedisModule } from '@app/redis';
import { HealthController } from './health.controller';
import { RedisHealthIndicator } from './redis.health';

@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'pretty' }), ConfiguredRedisModule],
  controllers: [HealthController],
  providers: [RedisHealthIndicator],
})
export class HealthModule {}
