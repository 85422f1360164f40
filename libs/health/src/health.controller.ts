import { Controller, Get, ServiceUnavailableException, UseFilters, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { AdminGuard, Public } from '@app/auth';
import { DrainService } from './drain.service';
import { HealthCheckFailedFilter } from './health-check-failed.filter';
import { ProbeDto, RedisHealthDto, toProbeDto, toRedisHealthDto } from './health-response.dto';
import { RedisHealthIndicator } from './redis.health';

const REDIS_FIGURES = {
  latency_ms: 0.412,
  used_memory: 1048576,
  used_memory_human: '1.00M',
  maxmemory: 536870912,
  memory_used_ratio: 0.002,
  memory_status: 'ok',
  maxmemory_policy: 'noeviction',
  connected_clients: 4,
  uptime_seconds: 86400,
  redis_version: '7.2.4',
};
const REDIS_DOWN = { reason: 'redis_timeout', message: 'no PONG within 500 ms' };
const redisReport = (redis: object, up: boolean) => ({
  ...redis,
  status: up ? 'ok' : 'error',
  info: up ? { redis: { status: 'up', ...redis } } : {},
  error: up ? {} : { redis: { status: 'down', ...redis } },
  details: { redis: { status: up ? 'up' : 'down', ...redis } },
});
/** The API's one error body (its schema comes with the triage routes). */
const apiError = (statusCode: number, error: string, message: string, detail: string) => ({
  schema: { $ref: getSchemaPath('ErrorResponseDto') },
  example: { statusCode, error, message, detail },
});

/**
 * Kubernetes probes, public and minimal: a status and a reason word, never an address or a
 * version. Liveness never touches Redis; readiness is a bounded PING. The detailed Redis report
 * needs an admin token.
 */
@ApiTags('health')
@Controller()
@UseFilters(HealthCheckFailedFilter)
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly redis: RedisHealthIndicator,
    private readonly drain: DrainService,
  ) {}

  @Get('health/live')
  @Public()
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({ summary: 'Liveness: 200 while the process runs' })
  @ApiOkResponse({ type: ProbeDto, description: 'Always, while the process runs', example: { status: 'ok' } })
  live(): Promise<ProbeDto> {
    return answer(this.health.check([]), toProbeDto);
  }

  @Get(['health/ready', 'v2/triage/health'])
  @Public()
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({ summary: 'Readiness: 200 when Redis answers PING in time and no shutdown has begun, else 503 with a reason word' })
  @ApiOkResponse({ type: ProbeDto, description: 'Redis answered PING in time', example: { status: 'ok' } })
  @ApiServiceUnavailableResponse({ type: ProbeDto, description: 'Shutting down, or Redis down or slow', example: { status: 'error', reason: 'redis_unreachable' } })
  ready(): Promise<ProbeDto> {
    return answer(this.health.check([() => this.drain.readiness('server'), () => this.redis.ping('redis')]), toProbeDto);
  }

  @Get('health/redis')
  @UseGuards(AdminGuard)
  @ApiBearerAuth()
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({ summary: 'Redis latency, memory, clients and version (admin); 200 "degraded" above REDIS_MEMORY_WARN_RATIO of maxmemory; 503 when Redis is down' })
  @ApiOkResponse({ type: RedisHealthDto, description: 'Redis is up; its figures', example: redisReport(REDIS_FIGURES, true) })
  @ApiUnauthorizedResponse(apiError(401, 'Unauthorized', 'missing bearer token', 'Sua sessão expirou ou é inválida. Entre novamente.'))
  @ApiForbiddenResponse(apiError(403, 'Forbidden', 'admin role required', 'Esta área é restrita à equipe da LITGO.'))
  @ApiServiceUnavailableResponse({ type: RedisHealthDto, description: 'Redis is down or slow', example: redisReport(REDIS_DOWN, false) })
  redisDetails(): Promise<RedisHealthDto> {
    return answer(this.health.check([() => this.redis.details('redis')]), toRedisHealthDto);
  }
}

/** Terminus's result, or its 503, in the shape the route answers. */
async function answer<T>(check: Promise<HealthCheckResult>, shape: (result: HealthCheckResult) => T): Promise<T> {
  try {
    return shape(await check);
  } catch (error) {
    if (!(error instanceof ServiceUnavailableException)) throw error;
    throw new ServiceUnavailableException(shape(error.getResponse() as HealthCheckResult));
  }
}
