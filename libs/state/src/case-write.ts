import { BatchCommand } from '@app/redis';
import { CaseState, ComplexityLevel, OrchestrationStatus } from './case-state';
import { INDEX_CASE_SCRIPT, SAVE_CASE_SCRIPT } from './state-scripts';
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
  conversation: 'present' | 'absent';
  /** Present with a known status and complexity, present but not read (`unchanged`), or absent. */
  orchestration: { status: OrchestrationStatus; complexity: ComplexityLevel | null } | 'unchanged' | 'absent';
  /** `newer`: skip if a later save already indexed the case; `repair`: apply regardless (cleanup, restore, delete). */
  mode: 'newer' | 'repair';
}

/**
 * The index entry of a case with these documents (at least one). `present` says which documents
 * are stored when one was not read (a save that only touched it): that one is then `unchanged`.
 */
export function indexEntryOf(
  state: CaseState,
  score: number,
  mode: CaseIndexEntry['mode'],
  present = { conversation: state.conversation !== null, orchestration: state.orchestration !== null },
): CaseIndexEntry {
  const { userId, caseId } = (state.conversation ?? state.orchestration)!;
  const { orchestration } = state;
  return {
    caseId,
    ownerId: userId,
    score,
    conversation: present.conversation ? 'present' : 'absent',
    orchestration: orchestration ? { status: orchestration.status, complexity: orchestration.complexity } : present.orchestration ? 'unchanged' : 'absent',
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
  const member = (matches: boolean): Op => (orchestration === 'absent' ? 'remove' : orchestration === 'unchanged' ? 'refresh' : matches ? 'add' : 'remove');
  const ops: Array<[string, Op]> = [
    [bucket.conversations, entry.conversation === 'present' ? 'add' : 'remove'],
    [bucket.orchestrations, orchestration === 'absent' ? 'remove' : 'add'],
    ...Object.entries(bucket.status).map(([status, key]): [string, Op] => [key, member(typeof orchestration === 'object' && orchestration.status === status)]),
    ...Object.entries(bucket.complexity).map(([level, key]): [string, Op] => [key, member(typeof orchestration === 'object' && orchestration.complexity === level)]),
  ];
  const commands: BatchCommand[] = [[INDEX_CASE_SCRIPT.name, ops.length, ...ops.map(([key]) => key), entry.caseId, entry.score, entry.mode, ...ops.map(([, op]) => op)]];
  if (entry.ownerId !== undefined) {
    const present = entry.conversation === 'present' || orchestration !== 'absent';
    commands.push(present ? ['zadd', keys.owner(entry.ownerId), 'GT', entry.score, entry.caseId] : ['zrem', keys.owner(entry.ownerId), entry.caseId]);
  }
  return commands;
}
