import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TriageData } from '@app/interview';
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
    next_steps: ['Reunir a carteira de trabalho e o termo de rescisão', 'Agendar consulta com advogado trabalhista'],
  },
};

/** The finished triage, as GET /result and a completing turn return it. */
export class TriageResultDto implements TriageResult {
  @ApiProperty({ format: 'uuid', example: '3b1f6a52-7c1e-4d3a-9a55-2f1f0c8e9d10' }) case_id: string;
  @ApiProperty({ enum: ['simple', 'failover', 'ensemble'], example: 'failover' }) strategy_used: TriageResult['strategy_used'];
  @ApiProperty({ enum: ['low', 'medium', 'high'], example: 'medium' }) complexity_level: TriageResult['complexity_level'];
  @ApiProperty({ minimum: 0, maximum: 1, example: 0.78 }) confidence_score: number;
  @ApiProperty({ example: TRIAGE_DATA_EXAMPLE, description: 'area, area_code, subarea, urgency_h, summary, keywords, entities, analysis' })
  triage_data: TriageData;
  @ApiProperty({ example: 'Cliente dispensado sem justa causa em 15/01/2024; verbas rescisórias não pagas.' }) conversation_summary: string;
  @ApiProperty({ example: 3.82 }) processing_time_ms: number;
  @ApiProperty({ enum: ['direct_simple', 'standard_analysis', 'ensemble_analysis'], example: 'standard_analysis' }) flow_type: FlowType;
  @ApiPropertyOptional({ description: 'failover: filled fields; ensemble: both passes and their disagreements', example: { second_pass: 'ok', filled_fields: ['urgency_h'] } })
  analysis_details?: Record<string, unknown>;
  @ApiProperty({ format: 'date-time', example: '2026-03-02T14:09:41.310Z' }) timestamp: string;
}
