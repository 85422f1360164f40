import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions, OmitType } from '@nestjs/swagger';
import { HealthCheckResult } from '@nestjs/terminus';

/** Why a probe is down: one word, never an address, a driver message or a version. */
export const PROBE_REASONS = ['shutting_down', 'redis_unreachable', 'redis_timeout', 'redis_loading', 'redis_out_of_memory', 'redis_failover', 'redis_error'] as const;
export type ProbeReason = (typeof PROBE_REASONS)[number];

/** What the public probes answer: a status and, when down, a reason word. */
export class ProbeDto {
  @ApiProperty({ enum: ['ok', 'error'], example: 'ok' }) status: 'ok' | 'error';
  @ApiPropertyOptional({ enum: PROBE_REASONS, example: 'redis_unreachable', description: 'Why the probe is down (503 only)' }) reason?: ProbeReason;
}

const INDICATORS: ApiPropertyOptions = {
  type: 'object',
  description: 'By indicator name (`redis`): its `status` (`up`/`down`) and figures, or the `reason` and `message` of its failure',
  additionalProperties: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['up', 'down'] } } },
};

/** Terminus's own answer (status, info, error, details), which the admin Redis report keeps. */
export class HealthCheckDto {
  @ApiProperty({ enum: ['ok', 'error'], example: 'ok' }) status: string;
  @ApiProperty(INDICATORS) info: Record<string, unknown>;
  @ApiProperty(INDICATORS) error: Record<string, unknown>;
  @ApiProperty(INDICATORS) details: Record<string, unknown>;
}

/** `GET /api/health/redis` (admin): the Redis figures are also lifted to the top level, where the app reads them. */
export class RedisHealthDto extends OmitType(HealthCheckDto, ['status'] as const) {
  @ApiProperty({ enum: ['ok', 'degraded', 'error'], example: 'ok', description: '`degraded`: up, but memory above REDIS_MEMORY_WARN_RATIO of maxmemory (still 200)' })
  status: string;
  @ApiPropertyOptional({ enum: ['standalone', 'sentinel', 'cluster'], example: 'standalone' }) mode?: string;
  @ApiPropertyOptional({ example: 0.412 }) latency_ms?: number;
  @ApiPropertyOptional({ example: 'ok', description: 'Cluster only: CLUSTER INFO cluster_state; readiness fails unless ok' }) cluster_state?: string;
  @ApiPropertyOptional({ type: 'integer', example: 3, description: 'Cluster only: primaries serving slots' }) primaries?: number;
  @ApiPropertyOptional({ example: '10.0.0.7:6379', description: 'Cluster only: the node whose PING took longest' }) slowest_node?: string;
  @ApiPropertyOptional({ example: 0.9, description: 'Cluster only: that PING, in ms' }) slowest_node_latency_ms?: number;
  @ApiPropertyOptional({ type: 'integer', example: 1048576, description: 'Of the fullest primary on a cluster (writes fail there first), as are the other memory figures' })
  used_memory?: number;
  @ApiPropertyOptional({ example: '1.00M' }) used_memory_human?: string;
  @ApiPropertyOptional({ type: 'integer', example: 536870912 }) maxmemory?: number;
  @ApiPropertyOptional({ type: 'number', nullable: true, example: 0.002, description: 'used_memory / maxmemory; null without maxmemory' })
  memory_used_ratio?: number | null;
  @ApiPropertyOptional({ enum: ['ok', 'degraded'], example: 'ok' }) memory_status?: string;
  @ApiPropertyOptional({ example: 'noeviction' }) maxmemory_policy?: string;
  @ApiPropertyOptional({ type: 'integer', example: 4 }) connected_clients?: number;
  @ApiPropertyOptional({ type: 'integer', example: 86400 }) uptime_seconds?: number;
  @ApiPropertyOptional({ example: '7.2.4' }) redis_version?: string;
  @ApiPropertyOptional({ enum: PROBE_REASONS, example: 'redis_timeout', description: 'Why Redis is down (503)' }) reason?: ProbeReason;
  @ApiPropertyOptional({ example: 'no PONG within 500 ms', description: "The driver's message (503)" }) message?: string;
}

/** The probe answer of a Terminus result: the reason of the first indicator that is down. */
export function toProbeDto(result: HealthCheckResult): ProbeDto {
  if (result.status === 'ok') return { status: 'ok' };
  const reason = Object.values(result.error ?? {}).find((indicator) => indicator?.reason)?.reason as ProbeReason | undefined;
  return { status: 'error', ...(reason && { reason }) };
}

/**
 * The admin report of a Terminus result: the Redis figures lifted to the top level
 * (`latency_ms`, `used_memory`...), as the app reads them; Redis up but near its maxmemory makes
 * the status `degraded`.
 */
export function toRedisHealthDto(result: HealthCheckResult): RedisHealthDto {
  const redis = result.details.redis;
  return { ...redis, ...result, info: result.info ?? {}, error: result.error ?? {}, ...(redis?.memory_status === 'degraded' && { status: 'degraded' }) };
}
