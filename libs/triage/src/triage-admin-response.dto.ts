import { ApiProperty } from '@nestjs/swagger';
import { OrchestrationState, Page, SystemStats } from '@app/state';
import { CASE_STATUS, CaseIdProperty, ComplexityProperty, CountProperty, TimeProperty } from './triage-api-docs.decorators';

export class CleanupResponseDto {
  @CaseIdProperty() case_id: string;
  @ApiProperty({ enum: ['cleaned_up'], example: 'cleaned_up' }) status: 'cleaned_up';
}

export class UserDataErasedDto {
  @ApiProperty({ example: 'user-8f2c' }) user_id: string;
  @CountProperty(2) erased_cases: number;
  @ApiProperty({ enum: ['erased'], example: 'erased' }) status: 'erased';
}

export class CaseSummaryDto {
  @CaseIdProperty() case_id: string;
  @ApiProperty({ example: 'user-8f2c' }) user_id: string;
  @ApiProperty(CASE_STATUS) status: string;
  @ComplexityProperty() complexity: string | null;
  @TimeProperty() updated_at: string;
}

export class CaseListDto {
  @ApiProperty({ type: [CaseSummaryDto] }) items: CaseSummaryDto[];
  @ApiProperty({ type: 'string', nullable: true, example: 'MTc3MjQ2MDMwOTEyMHwzYjFmNmE1Mg', description: 'Pass as `cursor` for the next page; null on the last' })
  next_cursor: string | null;
}

export class StatsDto {
  @TimeProperty() timestamp: string;
  @ApiProperty({ example: { active_orchestrations: 12, active_conversations: 12 } }) totals: Record<string, number>;
  @ApiProperty({ example: { interviewing: 9, completed: 3, error: 0 } }) by_status: Record<string, number>;
  @ApiProperty({ example: { low: 4, medium: 6, high: 2 } }) by_complexity: Record<string, number>;
  @ApiProperty({ example: { service_version: '0.1.0', architecture: 'nestjs-fastify + redis (versioned compare-and-set state)' } })
  system_info: Record<string, string>;
  @ApiProperty({ example: { used_memory: 1048576, maxmemory: 536870912, maxmemory_policy: 'noeviction', connected_clients: 4 } })
  redis: Record<string, unknown>;
}

export const toCaseListDto = (page: Page<OrchestrationState>): CaseListDto => ({
  items: page.items.map((o) => ({ case_id: o.caseId, user_id: o.userId, status: o.status, complexity: o.complexity, updated_at: o.updatedAt })),
  next_cursor: page.nextCursor,
});

export const toStatsDto = (stats: SystemStats, serviceVersion: string): StatsDto => ({
  timestamp: new Date().toISOString(),
  totals: { active_orchestrations: stats.activeOrchestrations, active_conversations: stats.activeConversations },
  by_status: stats.byStatus,
  by_complexity: stats.byComplexity,
  system_info: { service_version: serviceVersion, architecture: 'nestjs-fastify + redis (versioned compare-and-set state)' },
  redis: {
    used_memory: stats.redis.usedMemory,
    maxmemory: stats.redis.maxmemory,
    maxmemory_policy: stats.redis.maxmemoryPolicy,
    connected_clients: stats.redis.connectedClients,
  },
});
