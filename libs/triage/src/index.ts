export * from './intelligent-triage.orchestrator';
export * from './triage.module';
export * from './triage-result';
export * from './triage-request.dto';
export * from './triage-result.dto';
