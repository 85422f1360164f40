import { RedisPool } from '@app/redis';
import { CaseState, ConversationState, OrchestrationState } from './case-state';
import { decodeDocument } from './document-codec';
import { StateKeys } from './state-keys';

/** Both documents of a case in one round trip (nulls where absent). */
export async function readCase(redis: RedisPool, keys: StateKeys, caseId: string): Promise<CaseState> {
  const conversationKey = keys.conversation(caseId);
  const orchestrationKey = keys.orchestration(caseId);
  const [conversation, orchestration] = await redis.run((c) => c.mget(conversationKey, orchestrationKey));
  return {
    conversation: conversation === null ? null : decodeDocument<ConversationState>(conversationKey, conversation),
    orchestration: orchestration === null ? null : decodeDocument<OrchestrationState>(orchestrationKey, orchestration),
  };
}
