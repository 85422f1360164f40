import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ConversationState, OrchestrationState } from '@app/state';
import { CASE_STATUS, CaseIdProperty, ComplexityProperty, ConfidenceProperty, CountProperty, TimeProperty } from './triage-api-docs.decorators';
import { TriageResultDto } from './triage-result.dto';
import { TurnOutcome } from './turn-receipts';

export class StartTriageResponseDto {
  @CaseIdProperty() case_id: string;
  @ApiProperty({ example: 'Olá! Eu sou o Justus, assistente jurídico da LITGO. Conte-me, com suas palavras, o que aconteceu.' })
  message: string;
  @ApiProperty({ enum: ['interviewing'], example: 'interviewing', description: 'Always `interviewing` at start (the app\'s contract; a turn says `active`)' })
  status: 'interviewing';
  @TimeProperty() timestamp: string;
}

export class ContinueTriageResponseDto {
  @CaseIdProperty() case_id: string;
  @ApiProperty({ example: 'Entendi. Quando isso aconteceu?', description: "Justus's next question, or the closing message when completed" }) message: string;
  @ApiProperty({
    enum: ['active', 'completed'],
    example: 'active',
    description: '`active` while the interview continues (not `interviewing`, the word of start and status: the app\'s contract); `completed` with `result`',
  })
  status: 'active' | 'completed';
  @ApiPropertyOptional({ enum: ['low', 'medium', 'high'], example: 'medium' }) complexity_hint?: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 1, example: 0.62 }) confidence?: number;
  @ApiPropertyOptional({ type: () => TriageResultDto, description: 'Present when status is `completed`' }) result?: TriageResultDto;
  @TimeProperty() timestamp: string;
}

export class TriageStatusDto {
  @CaseIdProperty() case_id: string;
  @ApiProperty(CASE_STATUS) status: string;
  @ApiProperty({ enum: ['direct_simple', 'standard_analysis', 'ensemble_analysis'], example: 'standard_analysis' }) flow_type: string;
  @ApiProperty({ example: 1772460309.12, description: 'Epoch seconds, with milliseconds as the fraction (not an ISO date, unlike the other times): the app\'s contract' })
  started_at: number;
  @ComplexityProperty() current_complexity: string | null;
  @ConfidenceProperty() current_confidence: number;
  @CountProperty(5) message_count: number;
  @ApiProperty({ example: false }) result_available: boolean;
  @TimeProperty() updated_at: string;
  @TimeProperty(true) completed_at: string | null;
}

export class MessageDto {
  @ApiProperty({ enum: ['user', 'assistant'], example: 'user' }) role: string;
  @ApiProperty({ example: 'Fui demitido sem justa causa e não recebi as verbas rescisórias.' }) content: string;
  @TimeProperty() timestamp: string;
}

export class ConversationDto {
  @CaseIdProperty() case_id: string;
  @ApiProperty({ type: [MessageDto] }) messages: MessageDto[];
  @CountProperty(3) message_count: number;
  @ApiProperty({ example: false }) is_complete: boolean;
  @ComplexityProperty() complexity: string | null;
  @ConfidenceProperty() confidence: number;
  @ApiProperty({ type: 'string', nullable: true, example: null }) completion_reason: string | null;
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
