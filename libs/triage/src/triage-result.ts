import { Complexity, ComplexityCounts, ComplexityReport, describeComplexity, Strategy, TriageData } from '@app/interview';
import { OrchestrationState } from '@app/state';

export const FLOW_TYPE_BY_STRATEGY = {
  simple: 'direct_simple',
  failover: 'standard_analysis',
  ensemble: 'ensemble_analysis',
} as const satisfies Record<Strategy, string>;

export type FlowType = (typeof FLOW_TYPE_BY_STRATEGY)[Strategy];

/** Where the two readings of an ensemble differed, and which one was kept. */
export interface Disagreement {
  field: string;
  interview: unknown;
  transcript: unknown;
  chosen: 'interview' | 'transcript' | 'merged';
}

/** The finished triage, stored in the orchestration and served as is (snake_case for the app). */
export interface TriageResult {
  case_id: string;
  strategy_used: Strategy;
  complexity_level: Complexity;
  confidence_score: number;
  triage_data: TriageData;
  conversation_summary: string;
  processing_time_ms: number;
  flow_type: FlowType;
  analysis_details?: Record<string, unknown>;
  timestamp: string;
}

/** What the orchestration document records itself (see `IntelligentTriageOrchestrator.complete`). */
type RecordedByOrchestration = 'case_id' | 'complexity_level' | 'confidence_score' | 'flow_type' | 'processing_time_ms' | 'timestamp';

/**
 * The result as the orchestration stores it: without the fields the orchestration already holds,
 * and the complexity report as ids and points (its labels and explanation are rebuilt on read,
 * about 0.5 KB a case).
 */
export function toStoredResult(result: TriageResult): Omit<TriageResult, RecordedByOrchestration> {
  const { case_id: _case, complexity_level: _complexity, confidence_score: _confidence, flow_type: _flow, processing_time_ms: _time, timestamp: _timestamp, ...stored } = result;
  const report = stored.analysis_details?.complexity as ComplexityReport | undefined;
  if (!report) return stored;
  const counts: ComplexityCounts = { level: report.level, score: report.score, features: report.features.map(({ id, points }) => ({ id, points })) };
  return { ...stored, analysis_details: { ...stored.analysis_details, complexity: counts } };
}

/** A stored complexity report with its labels and explanation again; results stored whole are kept as they are. */
function withComplexityReport(details: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const stored = details?.complexity as (ComplexityCounts & { explanation?: string }) | undefined;
  if (!stored || stored.explanation !== undefined) return details;
  return { ...details, complexity: describeComplexity(stored) };
}

/**
 * The whole result of a finished triage, or null while it is interviewing. Fields stored in the
 * result win over the orchestration's (results migrated from the legacy service hold them all).
 */
export function resultOf(orchestration: OrchestrationState): TriageResult | null {
  if (!orchestration.result) return null;
  return {
    case_id: orchestration.caseId,
    complexity_level: orchestration.complexity,
    confidence_score: orchestration.confidence,
    flow_type: orchestration.flowType,
    processing_time_ms: orchestration.processingTimeMs,
    timestamp: orchestration.completedAt,
    ...orchestration.result,
    analysis_details: withComplexityReport(orchestration.result.analysis_details as Record<string, unknown> | undefined),
  } as TriageResult;
}
