import { Controller, Get, ServiceUnavailableException, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, HealthCheckStatus } from '@nestjs/terminus';
import { Public } from '@app/auth';
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
  ) {}

  @Get('health/live')
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness: 200 while the process runs' })
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get(['health/ready', 'v2/triage/health'])
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: 200 when Redis answers PING in time, else 503' })
  ready(): Promise<HealthCheckResult> {
    return this.health.check([() => this.redis.ping('redis')]);
  }

  @Get('health/redis')
  @HealthCheck()
  @ApiOperation({ summary: 'Redis latency, memory and clients; 200 "degraded" above REDIS_MEMORY_WARN_RATIO of maxmemory; 503 when Redis is down' })
  async redisDetails(): Promise<RedisHealthReport> {
    try {
      return withRedisFields(await this.health.check([() => this.redis.details('redis')]));
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      throw new ServiceUnavailableException(withRedisFields(error.getResponse() as HealthCheckResult));
    }
  }
}

type RedisHealthReport = Omit<HealthCheckResult, 'status'> & { status: HealthCheckStatus | 'degraded' };

/**
 * Lifts the Redis figures to the top level (`latency_ms`, `used_memory`...), as the app reads
 * them; Redis up but near its maxmemory makes the status `degraded`.
 */
function withRedisFields(result: HealthCheckResult): RedisHealthReport {
  const redis = result.details.redis;
  return { ...redis, ...result, ...(redis?.memory_status === 'degraded' && { status: 'degraded' }) };
}
