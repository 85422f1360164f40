import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AREA_LABELS, ReviewReason, TriageData } from '@app/interview';
import { FlowType, TriageResult } from './triage-result';

const TRIAGE_DATA_EXAMPLE: TriageData = {
  area: 'Trabalhista',
  area_code: 'trabalhista',
  subarea: 'verbas rescisórias',
  urgency_h: 168,
  summary: 'Dispensa sem justa causa em 15/01/2024 sem pagamento das verbas rescisórias.',
  keywords: ['demissão', 'verbas rescisórias', 'fgts'],
  entities: { parties: ['empregador'], dates: ['15/01/2024'], amounts: ['R$ 9.800,00'], locations: ['Caxias do Sul/RS'] },
  analysis: {
    viability: 'alta',
    recommended_action: 'Reclamação trabalhista para cobrar as verbas rescisórias',
    next_steps: ['Reunir a carteira de trabalho e o termo de rescisão', 'Não assinar termo de quitação antes de o advogado ler'],
  },
  needs_review: true,
  review_reasons: ['question_limit'],
};

const REVIEW_REASONS: ReviewReason[] = ['question_limit', 'interview_incomplete', 'low_confidence', 'areas_close', 'conflicting_facts'];

/** People, dates, sums and places as the client mentioned them. */
export class TriageEntitiesDto {
  @ApiProperty({ example: TRIAGE_DATA_EXAMPLE.entities.parties }) parties: string[];
  @ApiProperty({ example: TRIAGE_DATA_EXAMPLE.entities.dates }) dates: string[];
  @ApiProperty({ example: TRIAGE_DATA_EXAMPLE.entities.amounts }) amounts: string[];
  @ApiProperty({ example: TRIAGE_DATA_EXAMPLE.entities.locations }) locations: string[];
}

export class TriageAnalysisDto {
  @ApiProperty({ enum: ['alta', 'média', 'baixa'], example: 'alta' }) viability: TriageData['analysis']['viability'];
  @ApiProperty({ example: TRIAGE_DATA_EXAMPLE.analysis.recommended_action }) recommended_action: string;
  @ApiProperty({ example: TRIAGE_DATA_EXAMPLE.analysis.next_steps }) next_steps: string[];
}

/** What the triage found, as the app shows it and the lawyer-matching service reads it. */
export class TriageDataDto implements TriageData {
  @ApiProperty({ example: 'Trabalhista' }) area: string;
  @ApiProperty({ enum: Object.keys(AREA_LABELS), example: 'trabalhista' }) area_code: TriageData['area_code'];
  @ApiProperty({ example: TRIAGE_DATA_EXAMPLE.subarea }) subarea: string;
  @ApiProperty({ description: 'hours within which a lawyer should act', example: 168 }) urgency_h: number;
  @ApiProperty({ example: TRIAGE_DATA_EXAMPLE.summary }) summary: string;
  @ApiProperty({ example: TRIAGE_DATA_EXAMPLE.keywords }) keywords: string[];
  @ApiProperty({ type: TriageEntitiesDto }) entities: TriageEntitiesDto;
  @ApiProperty({ type: TriageAnalysisDto }) analysis: TriageAnalysisDto;
  @ApiProperty({ description: 'a person should look at the case before it is matched', example: true }) needs_review: boolean;
  @ApiProperty({ enum: REVIEW_REASONS, isArray: true, example: TRIAGE_DATA_EXAMPLE.review_reasons, description: 'why it needs review; empty when it does not' })
  review_reasons: ReviewReason[];
}

/** The finished triage, as GET /result and a completing turn return it. */
export class TriageResultDto implements TriageResult {
  @ApiProperty({ format: 'uuid', example: '3b1f6a52-7c1e-4d3a-9a55-2f1f0c8e9d10' }) case_id: string;
  @ApiProperty({ enum: ['simple', 'failover', 'ensemble'], example: 'failover' }) strategy_used: TriageResult['strategy_used'];
  @ApiProperty({ enum: ['low', 'medium', 'high'], example: 'medium' }) complexity_level: TriageResult['complexity_level'];
  @ApiProperty({ minimum: 0, maximum: 1, example: 0.78 }) confidence_score: number;
  @ApiProperty({ type: TriageDataDto, example: TRIAGE_DATA_EXAMPLE }) triage_data: TriageDataDto;
  @ApiProperty({ example: 'Cliente dispensado sem justa causa em 15/01/2024; verbas rescisórias não pagas.' }) conversation_summary: string;
  @ApiProperty({ example: 3.82 }) processing_time_ms: number;
  @ApiProperty({ enum: ['direct_simple', 'standard_analysis', 'ensemble_analysis'], example: 'standard_analysis' }) flow_type: FlowType;
  @ApiPropertyOptional({ description: 'failover: filled fields; ensemble: both passes and their disagreements; with a model configured also turn_engines, fallbacks, model_calls and engines.fields (the engine of each result field)', example: { second_pass: 'ok', filled_fields: ['urgency_h'] } })
  analysis_details?: Record<string, unknown>;
  @ApiProperty({ format: 'date-time', example: '2026-03-02T14:09:41.310Z' }) timestamp: string;
}
