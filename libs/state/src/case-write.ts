import { BatchCommand } from '@app/redis';
import { CaseState, ComplexityLevel, OrchestrationStatus } from './case-state';
import { INDEX_CASE_SCRIPT } from './state-scripts';
import { StateKeys } from './state-keys';

/** What a save does to one document: replace it if its stored version is `expectedVersion` (0 = absent), or only slide its TTL. */
export type DocumentOp = { op: 'write'; expectedVersion: number; json: string; ttlSeconds: number } | { op: 'touch'; ttlSeconds: number };

/** One compare-and-set of a case's two documents. */
export interface CaseWrite {
  caseId: string;
  conversation: DocumentOp;
  orchestration: DocumentOp;
}

/** Where the case's documents stand after a save, for its index entries. */
export interface CaseIndexEntry {
  caseId: string;
  /** The owner (both documents carry it); absent when neither document is known. */
  ownerId?: string;
  /** Last activity, ms. */
  score: number;
  /** Present, not written by this save (`unchanged`: its entries, if any, only get the new score), or absent. */
  conversation: 'present' | 'unchanged' | 'absent';
  /** Present with a known status and complexity, not written by this save (`unchanged`), or absent. */
  orchestration: { status: OrchestrationStatus; complexity: ComplexityLevel | null } | 'unchanged' | 'absent';
  /** `newer`: skip if a later save already indexed the case; `repair`: apply regardless (cleanup, restore, delete). */
  mode: 'newer' | 'repair';
}

/**
 * The index entry of a case with these documents (at least one). A document missing from `state`
 * is `absent` (the documents as stored), or `unchanged` (a save that only touches it).
 */
export function indexEntryOf(state: CaseState, score: number, mode: CaseIndexEntry['mode'], missing: 'absent' | 'unchanged' = 'absent'): CaseIndexEntry {
  const { userId, caseId } = (state.conversation ?? state.orchestration)!;
  const { orchestration } = state;
  return {
    caseId,
    ownerId: userId,
    score,
    conversation: state.conversation ? 'present' : missing,
    orchestration: orchestration ? { status: orchestration.status, complexity: orchestration.complexity } : missing,
    mode,
  };
}

/** Keys and arguments of `SAVE_CASE_SCRIPT` for a write. */
export function saveCaseCall(keys: StateKeys, write: CaseWrite): { keys: string[]; args: Array<string | number> } {
  const encode = (op: DocumentOp) => (op.op === 'write' ? [op.op, op.expectedVersion, op.json, op.ttlSeconds] : [op.op, '', '', op.ttlSeconds]);
  return {
    keys: [keys.conversation(write.caseId), keys.orchestration(write.caseId)],
    args: [...encode(write.conversation), ...encode(write.orchestration)],
  };
}

/** The commands that bring a case's index entries in line with `entry`: one script on its bucket, one command on its owner's index. */
export function indexCaseCommands(keys: StateKeys, entry: CaseIndexEntry): BatchCommand[] {
  const bucket = keys.bucket(keys.bucketOf(entry.caseId));
  const { orchestration } = entry;
  type Op = 'add' | 'refresh' | 'remove';
  const stands = (state: 'present' | 'unchanged' | 'absent'): Op => (state === 'present' ? 'add' : state === 'unchanged' ? 'refresh' : 'remove');
  const orchestrationState = typeof orchestration === 'object' ? 'present' : orchestration;
  const member = (matches: boolean): Op => (orchestrationState === 'present' ? (matches ? 'add' : 'remove') : stands(orchestrationState));
  const ops: Array<[string, Op]> = [
    [bucket.conversations, stands(entry.conversation)],
    [bucket.orchestrations, stands(orchestrationState)],
    ...Object.entries(bucket.status).map(([status, key]): [string, Op] => [key, member(typeof orchestration === 'object' && orchestration.status === status)]),
    ...Object.entries(bucket.complexity).map(([level, key]): [string, Op] => [key, member(typeof orchestration === 'object' && orchestration.complexity === level)]),
  ];
  const commands: BatchCommand[] = [[INDEX_CASE_SCRIPT.name, ops.length, ...ops.map(([key]) => key), entry.caseId, entry.score, entry.mode, ...ops.map(([, op]) => op)]];
  if (entry.ownerId !== undefined) {
    const owner = keys.owner(entry.ownerId);
    const states = [entry.conversation, orchestrationState];
    if (states.includes('present')) commands.push(['zadd', owner, 'GT', entry.score, entry.caseId]);
    else if (states.includes('unchanged')) commands.push(['zadd', owner, 'XX', 'GT', entry.score, entry.caseId]);
    else commands.push(['zrem', owner, entry.caseId]);
  }
  return commands;
}
