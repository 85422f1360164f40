import { Complexity, Strategy, TriageData } from '@app/interview';

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
