import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions, OmitType } from '@nestjs/swagger';

const INDICATORS: ApiPropertyOptions = {
  type: 'object',
  description: 'By indicator name (`redis`): its `status` (`up`/`down`) and figures, or the `message` of its failure',
  additionalProperties: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['up', 'down'] } } },
};

/** Terminus's answer, as the probes receive it (200 when every indicator is up, else 503). */
export class HealthCheckDto {
  @ApiProperty({ enum: ['ok', 'error'], example: 'ok' }) status: string;
  @ApiProperty(INDICATORS) info: Record<string, unknown>;
  @ApiProperty(INDICATORS) error: Record<string, unknown>;
  @ApiProperty(INDICATORS) details: Record<string, unknown>;
}

/** `GET /api/health/redis`: the Redis figures are also lifted to the top level, where the app reads them. */
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
  @ApiPropertyOptional({ example: 'no PONG within 500 ms', description: 'Why Redis is down (503)' }) message?: string;
}
