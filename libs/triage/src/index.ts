export * from './intelligent-triage.orchestrator';
export * from './triage.module';
export * from './triage-result';
export * from './triage-result.dto';
