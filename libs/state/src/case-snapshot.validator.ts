import { COMPLEXITIES, ConversationState, ORCHESTRATION_STATUSES, OrchestrationState } from './case-state';
import { CaseSnapshot } from './case-snapshot';
import { decodeDocument } from './document-codec';

/** A case id usable inside the `{caseId}` hash tag of its keys. */
export const CASE_ID_PATTERN = /^[^{}\s]{1,128}$/;

type Check = (value: unknown) => boolean;
const isString: Check = (v) => typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const orNull = (check: Check): Check => (v) => v === null || check(v);
const oneOf = (values: readonly string[]): Check => (v) => typeof v === 'string' && values.includes(v);

const isReceipt: Check = (r) =>
  isObject(r) && isString(r.key) && Number.isInteger(r.at) && orNull(oneOf(COMPLEXITIES))(r.complexity) && isNumber(r.confidence) && typeof r.completed === 'boolean';

const COMMON: Record<string, Check> = {
  version: (v) => Number.isInteger(v) && (v as number) >= 1,
  caseId: isString,
  userId: (v) => typeof v === 'string' && v !== '',
  createdAt: isString,
  updatedAt: isString,
};

const CONVERSATION: Record<string, Check> = {
  ...COMMON,
  messages: (v) => Array.isArray(v) && v.every((m) => isObject(m) && oneOf(['user', 'assistant'])(m.role) && isString(m.content) && isString(m.timestamp)),
  complexity: orNull(oneOf(COMPLEXITIES)),
  confidence: isNumber,
  collectedData: isObject,
  isComplete: (v) => typeof v === 'boolean',
  completionReason: orNull(isString),
  completedAt: orNull(isString),
  receipts: (v) => v === undefined || (Array.isArray(v) && v.every(isReceipt)),
};

const ORCHESTRATION: Record<string, Check> = {
  ...COMMON,
  status: oneOf(ORCHESTRATION_STATUSES),
  flowType: isString,
  complexity: orNull(oneOf(COMPLEXITIES)),
  confidence: isNumber,
  startedAt: isNumber,
  result: orNull(isObject),
  completedAt: orNull(isString),
  processingTimeMs: orNull(isNumber),
  error: orNull(isString),
};

/**
 * Checks that `value` is a well-formed snapshot (as `export` writes it), upgrading documents
 * from older schemas with the same code used on read.
 * @throws Error whose message says what is wrong (one short phrase).
 */
export function validateCaseSnapshot(value: unknown): CaseSnapshot {
  if (!isObject(value)) throw new Error('not a JSON object');
  const { caseId, conversation, orchestration, ttlMs } = value;
  if (typeof caseId !== 'string' || !CASE_ID_PATTERN.test(caseId)) throw new Error('caseId missing or invalid');
  if (conversation == null && orchestration == null) throw new Error('no conversation and no orchestration');
  if (!isObject(ttlMs) || ![ttlMs.conversation, ttlMs.orchestration].every((t) => t == null || (isNumber(t) && (t as number) > 0))) {
    throw new Error('ttlMs must hold a positive number or null per document');
  }
  return {
    caseId,
    conversation: conversation == null ? null : checked<ConversationState>('conversation', caseId, conversation, CONVERSATION),
    orchestration: orchestration == null ? null : checked<OrchestrationState>('orchestration', caseId, orchestration, ORCHESTRATION),
    ttlMs: { conversation: (ttlMs.conversation as number | undefined) ?? null, orchestration: (ttlMs.orchestration as number | undefined) ?? null },
  };
}

function checked<T>(kind: string, caseId: string, document: unknown, rules: Record<string, Check>): T {
  if (!isObject(document)) throw new Error(`${kind} is not an object`);
  let upgraded: Record<string, unknown>;
  try {
    upgraded = decodeDocument(`${kind} of ${caseId}`, JSON.stringify(document)) as unknown as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${kind}: ${(error as Error).message}`);
  }
  const bad = Object.keys(rules).filter((field) => !rules[field](upgraded[field]));
  if (bad.length > 0) throw new Error(`${kind}: missing or invalid ${bad.join(', ')}`);
  if (upgraded.caseId !== caseId) throw new Error(`${kind}: caseId differs from the line's caseId`);
  return upgraded as T;
}
