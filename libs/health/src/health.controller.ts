import { Controller, Get, ServiceUnavailableException, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, HealthCheckStatus } from '@nestjs/terminus';
import { Public } from '@app/auth';
import { DrainService } from './drain.service';
import { HealthCheckFailedFilter } from './health-check-failed.filter';
import { HealthCheckDto, RedisHealthDto } from './health-response.dto';
import { RedisHealthIndicator } from './redis.health';

const up = (figures: object) => ({ status: 'ok', info: { redis: { status: 'up', ...figures } }, error: {}, details: { redis: { status: 'up', ...figures } } });
const down = (message: string) => ({ status: 'error', info: {}, error: { redis: { status: 'down', message } }, details: { redis: { status: 'down', message } } });
const REDIS_FIGURES = {
  latency_ms: 0.412,
  used_memory: 1048576,
  used_memory_human: '1.00M',
  maxmemory: 536870912,
  memory_used_ratio: 0.002,
  memory_status: 'ok',
  maxmemory_policy: 'noeviction',
  connected_clients: 4,
};
/** Terminus answers 503 with its own body (not the API's error body): what a failed check found. */
const ApiHealthDown = (type: typeof HealthCheckDto, example: object) => ApiServiceUnavailableResponse({ type, description: 'Redis is down or slow', example });

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
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({ summary: 'Liveness: 200 while the process runs' })
  @ApiOkResponse({ type: HealthCheckDto, description: 'Always, while the process runs (no indicator)', example: { status: 'ok', info: {}, error: {}, details: {} } })
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get(['health/ready', 'v2/triage/health'])
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({ summary: 'Readiness: 200 when Redis answers PING in time and no shutdown has begun, else 503' })
  @ApiOkResponse({ type: HealthCheckDto, description: 'Redis answered PING in time', example: up({ latency_ms: 0.412 }) })
  @ApiHealthDown(HealthCheckDto, down('no PONG within 500 ms'))
  ready(): Promise<HealthCheckResult> {
    return this.health.check([() => this.drain.readiness('server'), () => this.redis.ping('redis')]);
  }

  @Get('health/redis')
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({ summary: 'Redis latency, memory and clients; 200 "degraded" above REDIS_MEMORY_WARN_RATIO of maxmemory; 503 when Redis is down' })
  @ApiOkResponse({ type: RedisHealthDto, description: 'Redis is up; its figures', example: { ...REDIS_FIGURES, ...up(REDIS_FIGURES) } })
  @ApiHealthDown(RedisHealthDto, { message: 'no PONG within 500 ms', ...down('no PONG within 500 ms') })
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
