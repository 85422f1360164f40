export { AREA_LABELS, Complexity, ComplexityReport, LegalAreaCode, STRATEGY_BY_COMPLEXITY, Strategy, TranscriptAnalysis, TriageData } from './engine';
export * from './intelligent-interviewer.service';
export * from './interview.module';
