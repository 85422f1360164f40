import { ConversationMessage, ConversationState, OrchestrationState, TurnReceipt } from '@app/state';
import { IdempotencyKeyReusedException } from './idempotency-key-reused.exception';
import { resultOf, TriageResult } from './triage-result';

/**
 * Keyed turns a case remembers. A client resends the turn it has no answer for before it sends
 * another, so only the newest few ever come back; older ones are dropped.
 */
export const RECEIPTS_KEPT = 8;

/** What a turn answered: the same for the turn itself and for any resend of its key. */
export interface TurnOutcome {
  caseId: string;
  reply: ConversationMessage;
  receipt: TurnReceipt;
  /** Set when this turn completed the triage. */
  result: TriageResult | null;
}

/**
 * The earlier turn of this conversation sent with `key`, if any.
 * @throws IdempotencyKeyReusedException when that turn's message was another text.
 */
export function earlierTurn(conversation: ConversationState, key: string, message: string): TurnReceipt | undefined {
  const receipt = conversation.receipts?.find((r) => r.key === key);
  if (receipt && conversation.messages[receipt.at]?.content !== message) throw new IdempotencyKeyReusedException(conversation.caseId);
  return receipt;
}

/** The conversation remembering `receipt`, keeping only the newest `RECEIPTS_KEPT`. */
export function withReceipt(conversation: ConversationState, receipt: TurnReceipt): ConversationState {
  return { ...conversation, receipts: [...(conversation.receipts ?? []), receipt].slice(-RECEIPTS_KEPT) };
}

/** Rebuilds a turn's answer from the stored case: the reply is the message after the client's. */
export function outcomeOf(conversation: ConversationState, orchestration: OrchestrationState, receipt: TurnReceipt): TurnOutcome {
  return {
    caseId: conversation.caseId,
    reply: conversation.messages[receipt.at + 1],
    receipt,
    result: receipt.completed ? resultOf(orchestration) : null,
  };
}
