export {
  AREA_LABELS,
  Complexity,
  ComplexityCounts,
  ComplexityReport,
  describeComplexity,
  InterviewFacts,
  LegalAreaCode,
  ReviewContext,
  ReviewReason,
  STRATEGY_BY_COMPLEXITY,
  Strategy,
  TranscriptAnalysis,
  TriageData,
  TriageReadings,
  withReview,
} from './engine';
export { InvalidFactsError } from './facts.decoder';
export * from './intelligent-interviewer.service';
export * from './interview.module';
export { EngineRecord, FieldSource, modelTriageData, readEngineRecord, TurnEngine, TurnMarker } from './llm/engine-record';
export { FallbackReason } from './llm/model-failure';
