import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ConfiguredRedisModule } from '@app/redis';
import { DrainService } from './drain.service';
import { HealthController } from './health.controller';
import { RedisHealthIndicator } from './redis.health';

@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'pretty' }), ConfiguredRedisModule],
  controllers: [HealthController],
  providers: [RedisHealthIndicator, DrainService],
  exports: [DrainService],
})
export class HealthModule {}
