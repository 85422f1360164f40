import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ConversationState, OrchestrationState, Page, SystemStats } from '@app/state';
import { TriageResultDto } from './triage-result.dto';
import { TurnOutcome } from './turn-receipts';

export class StartTriageResponseDto {
  @ApiProperty({ format: 'uuid' }) case_id: string;
  @ApiProperty({ example: 'Olá! Eu sou o Justus, assistente jurídico da LITGO. Conte-me, com suas palavras, o que aconteceu.' })
  message: string;
  @ApiProperty({ enum: ['interviewing'] }) status: 'interviewing';
  @ApiProperty({ format: 'date-time' }) timestamp: string;
}

export class ContinueTriageResponseDto {
  @ApiProperty({ format: 'uuid' }) case_id: string;
  @ApiProperty({ example: 'Entendi. Quando isso aconteceu?' }) message: string;
  @ApiProperty({ enum: ['active', 'completed'] }) status: 'active' | 'completed';
  @ApiPropertyOptional({ enum: ['low', 'medium', 'high'] }) complexity_hint?: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 1 }) confidence?: number;
  @ApiPropertyOptional({ type: () => TriageResultDto }) result?: TriageResultDto;
  @ApiProperty({ format: 'date-time' }) timestamp: string;
}

export class TriageStatusDto {
  @ApiProperty({ format: 'uuid' }) case_id: string;
  @ApiProperty({ enum: ['interviewing', 'completed', 'error'] }) status: string;
  @ApiProperty({ enum: ['direct_simple', 'standard_analysis', 'ensemble_analysis'] }) flow_type: string;
  @ApiProperty({ description: 'Epoch seconds' }) started_at: number;
  @ApiProperty({ enum: ['low', 'medium', 'high'], nullable: true }) current_complexity: string | null;
  @ApiProperty() current_confidence: number;
  @ApiProperty() message_count: number;
  @ApiProperty() result_available: boolean;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
  @ApiProperty({ format: 'date-time', nullable: true }) completed_at: string | null;
}

export class MessageDto {
  @ApiProperty({ enum: ['user', 'assistant'] }) role: string;
  @ApiProperty() content: string;
  @ApiProperty({ format: 'date-time' }) timestamp: string;
}

export class ConversationDto {
  @ApiProperty({ format: 'uuid' }) case_id: string;
  @ApiProperty({ type: [MessageDto] }) messages: MessageDto[];
  @ApiProperty() message_count: number;
  @ApiProperty() is_complete: boolean;
  @ApiProperty({ enum: ['low', 'medium', 'high'], nullable: true }) complexity: string | null;
  @ApiProperty() confidence: number;
  @ApiProperty({ nullable: true }) completion_reason: string | null;
}

export class CleanupResponseDto {
  @ApiProperty({ format: 'uuid' }) case_id: string;
  @ApiProperty({ enum: ['cleaned_up'] }) status: 'cleaned_up';
}

export class UserDataErasedDto {
  @ApiProperty() user_id: string;
  @ApiProperty() erased_cases: number;
  @ApiProperty({ enum: ['erased'] }) status: 'erased';
}

export class CaseSummaryDto {
  @ApiProperty({ format: 'uuid' }) case_id: string;
  @ApiProperty() user_id: string;
  @ApiProperty({ enum: ['interviewing', 'completed', 'error'] }) status: string;
  @ApiProperty({ enum: ['low', 'medium', 'high'], nullable: true }) complexity: string | null;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

export class CaseListDto {
  @ApiProperty({ type: [CaseSummaryDto] }) items: CaseSummaryDto[];
  @ApiProperty({ nullable: true }) next_cursor: string | null;
}

export class StatsDto {
  @ApiProperty({ format: 'date-time' }) timestamp: string;
  @ApiProperty({ example: { active_orchestrations: 12, active_conversations: 12 } }) totals: Record<string, number>;
  @ApiProperty({ example: { interviewing: 9, completed: 3, error: 0 } }) by_status: Record<string, number>;
  @ApiProperty({ example: { low: 4, medium: 6, high: 2 } }) by_complexity: Record<string, number>;
  @ApiProperty({ example: { service_version: '0.1.0', architecture: 'nestjs-fastify + redis (versioned compare-and-set state)' } })
  system_info: Record<string, string>;
  @ApiProperty({ example: { used_memory: 1048576, maxmemory: 536870912, maxmemory_policy: 'noeviction', connected_clients: 4 } })
  redis: Record<string, unknown>;
}

export const toStartResponse = (conversation: ConversationState): StartTriageResponseDto => ({
  case_id: conversation.caseId,
  message: conversation.messages[0].content,
  status: 'interviewing',
  timestamp: conversation.createdAt,
});

export const toContinueResponse = ({ caseId, reply, receipt, result }: TurnOutcome): ContinueTriageResponseDto => ({
  case_id: caseId,
  message: reply.content,
  status: receipt.completed ? 'completed' : 'active',
  complexity_hint: receipt.complexity ?? undefined,
  confidence: receipt.confidence,
  ...(result && { result }),
  timestamp: reply.timestamp,
});

export const toStatusDto = (conversation: ConversationState, orchestration: OrchestrationState): TriageStatusDto => ({
  case_id: orchestration.caseId,
  status: orchestration.status,
  flow_type: orchestration.flowType,
  started_at: orchestration.startedAt,
  current_complexity: orchestration.complexity,
  current_confidence: orchestration.confidence,
  message_count: conversation.messages.length,
  result_available: orchestration.result !== null,
  updated_at: orchestration.updatedAt,
  completed_at: orchestration.completedAt,
});

export const toConversationDto = (conversation: ConversationState): ConversationDto => ({
  case_id: conversation.caseId,
  messages: conversation.messages.map(({ role, content, timestamp }) => ({ role, content, timestamp })),
  message_count: conversation.messages.length,
  is_complete: conversation.isComplete,
  complexity: conversation.complexity,
  confidence: conversation.confidence,
  completion_reason: conversation.completionReason,
});

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

/** Every error: `message` for developers, `detail` one sentence in Portuguese for the person. */
export class ErrorResponseDto {
  @ApiProperty({ example: 404 }) statusCode: number;
  @ApiProperty({ example: 'Not Found' }) error: string;
  @ApiProperty({ example: 'Case 3b1f6a52-7c1e-4d3a-9a55-2f1f0c8e9d10 not found (unknown, expired or cleaned up)' })
  message: string | string[];
  @ApiProperty({ example: 'Não encontramos esta triagem. Ela pode ter expirado; comece uma nova conversa.' }) detail: string;
}
