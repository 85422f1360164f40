import { Controller, Get, ServiceUnavailableException, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { Public } from '@app/auth';
import { DrainService } from './drain.service';
import { HealthCheckFailedFilter } from './health-check-failed.filter';
import { RedisHealthIndicator } from './redis.health';

/** Kubernetes probes. Liveness never touches Redis; readiness is a bounded PING. */
@ApiTags('health')
@Public()
@Controller()
@UseFilters(HealthCheckFailedFilter)
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly redis: RedisHealthIndicator,
    private readonly drain: DrainService,
  ) {}

  @Get('health/live')
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness: 200 while the process runs' })
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get(['health/ready', 'v2/triage/health'])
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: 200 when Redis answers PING in time and no shutdown has begun, else 503' })
  ready(): Promise<HealthCheckResult> {
    return this.health.check([() => this.drain.readiness('server'), () => this.redis.ping('redis')]);
  }

  @Get('health/redis')
  @HealthCheck()
  @ApiOperation({ summary: 'Redis latency, memory and clients; 503 when Redis is down' })
  async redisDetails(): Promise<HealthCheckResult> {
    try {
      return withRedisFields(await this.health.check([() => this.redis.details('redis')]));
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      throw new ServiceUnavailableException(withRedisFields(error.getResponse() as HealthCheckResult));
    }
  }
}

/** Lifts the Redis figures to the top level (`latency_ms`, `used_memory`...), as the app reads them. */
function withRedisFields(result: HealthCheckResult): HealthCheckResult {
  return { ...result.details.redis, ...result };
}
