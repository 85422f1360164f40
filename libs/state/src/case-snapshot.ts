import { ConversationState, OrchestrationState } from './case-state';

/**
 * Both documents of a case as stored, with how long each has left to live. What `export`
 * writes (one per line) and what `import` and `migrate legacy` restore.
 */
export interface CaseSnapshot {
  caseId: string;
  conversation: ConversationState | null;
  orchestration: OrchestrationState | null;
  /** Remaining time to live of each document in ms; null when absent or without expiry (the configured TTL applies on restore). */
  ttlMs: { conversation: number | null; orchestration: number | null };
}

/** A case read for export: its snapshot, or why its documents could not be decoded. */
export type CaseSnapshotRead =
  | { caseId: string; status: 'ok'; snapshot: CaseSnapshot }
  | { caseId: string; status: 'absent' }
  | { caseId: string; status: 'malformed'; reason: string };

/** What `restore` did: written as new, written over a stored case, or left alone because it exists. */
export type RestoreOutcome = 'created' | 'overwritten' | 'exists';
