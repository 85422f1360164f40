import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { RedisPool } from '@app/redis';
import { ConversationState, OrchestrationState, StoredDocument } from './case-state';
import { CaseSnapshot, CaseSnapshotRead, RestoreOutcome } from './case-snapshot';
import { decodeDocument, encodeDocument } from './document-codec';
import { indexOps } from './index-ops';
import { SAVE_CASE_SCRIPT } from './state-scripts';
import { StateKeys } from './state-keys';

/**
 * Operator access to whole cases with their remaining TTL: read them for export, restore them
 * on import and legacy migration. Restores go through the same save script as every other
 * write (compare-and-set, index entries, owner), with the TTL the case had left.
 */
@Injectable()
export class CaseSnapshotStore {
  readonly keys: StateKeys;

  constructor(
    private readonly redis: RedisPool,
    private readonly config: AppConfig,
  ) {
    this.keys = new StateKeys(config.redis.keyPrefix);
    redis.defineScript(SAVE_CASE_SCRIPT);
  }

  /** The case id of a document key of this service (`<prefix>conversation:{id}`), else null. */
  caseIdOf(key: string): { caseId: string; kind: 'conversation' | 'orchestration' } | null {
    for (const kind of ['conversation', 'orchestration'] as const) {
      const head = `${this.keys.prefix}${kind}:{`;
      if (key.startsWith(head) && key.endsWith('}') && key.length > head.length + 1) return { caseId: key.slice(head.length, -1), kind };
    }
    return null;
  }

  /** Both documents and their remaining TTLs for each case, in one round trip. */
  async read(caseIds: string[]): Promise<CaseSnapshotRead[]> {
    const k = this.keys;
    const replies = await this.redis.pipeline((p) =>
      caseIds.forEach((id) => p.get(k.conversation(id)).pttl(k.conversation(id)).get(k.orchestration(id)).pttl(k.orchestration(id))),
    );
    return caseIds.map((caseId, i) => {
      const [conversation, conversationTtl, orchestration, orchestrationTtl] = replies.slice(i * 4, i * 4 + 4) as [string | null, number, string | null, number];
      if (conversation === null && orchestration === null) return { caseId, status: 'absent' };
      try {
        const snapshot: CaseSnapshot = {
          caseId,
          conversation: conversation === null ? null : decodeDocument<ConversationState>(k.conversation(caseId), conversation),
          orchestration: orchestration === null ? null : decodeDocument<OrchestrationState>(k.orchestration(caseId), orchestration),
          ttlMs: { conversation: remaining(conversationTtl), orchestration: remaining(orchestrationTtl) },
        };
        return { caseId, status: 'ok', snapshot };
      } catch (error) {
        return { caseId, status: 'malformed', reason: (error as Error).message };
      }
    });
  }

  /** Whether any document of each case is stored. */
  async exists(caseIds: string[]): Promise<boolean[]> {
    const replies = (await this.redis.pipeline((p) => caseIds.forEach((id) => p.exists(this.keys.conversation(id), this.keys.orchestration(id))))) as number[];
    return replies.map((count) => count > 0);
  }

  /**
   * Writes the snapshot's documents as they are (`updatedAt` kept, `version` at least 1 and,
   * over a stored case, above the stored one) with their remaining TTL, and indexes the case
   * so that its index entries expire with it. Without `overwrite` a stored case is left alone.
   */
  async restore(snapshot: CaseSnapshot, options: { overwrite?: boolean } = {}): Promise<RestoreOutcome> {
    const { caseId, conversation, orchestration } = snapshot;
    const k = this.keys;
    const stored = options.overwrite
      ? (await this.redis.run((c) => c.mget(k.conversation(caseId), k.orchestration(caseId)))).map(storedVersion)
      : [0, 0];
    const now = Date.now();
    const { conversationTtlSeconds, orchestrationTtlSeconds } = this.config.redis;
    const document = (doc: StoredDocument | null, storedAt: number, ttlMs: number | null, configured: number) => {
      const ttl = ttlMs === null ? configured : Math.max(1, Math.round(ttlMs / 1000));
      return doc ? [storedAt, encodeDocument(doc, Math.max(doc.version, storedAt + 1, 1), doc.updatedAt), ttl] : ['', '', ttl];
    };
    const index = indexOps(k, snapshot);
    const [saved] = await this.redis.evalScript<[number, number, number]>(
      SAVE_CASE_SCRIPT.name,
      [k.conversation(caseId), k.orchestration(caseId), ...index.keys],
      [
        this.activityScore(now, snapshot),
        caseId,
        ...document(conversation, stored[0], snapshot.ttlMs.conversation, conversationTtlSeconds),
        ...document(orchestration, stored[1], snapshot.ttlMs.orchestration, orchestrationTtlSeconds),
        ...index.ops,
      ],
    );
    // A conflict means another writer created or changed the case meanwhile: leave it alone.
    if (saved !== 1) return 'exists';
    return stored[0] > 0 || stored[1] > 0 ? 'overwritten' : 'created';
  }

  /**
   * The index score that makes the case's index entries lapse when its documents do: indexes
   * are pruned at score + configured TTL, so a case with r ms left scores now - (TTL - r).
   */
  private activityScore(now: number, snapshot: CaseSnapshot): number {
    const { conversationTtlSeconds, orchestrationTtlSeconds } = this.config.redis;
    const score = (ttlMs: number | null, configuredSeconds: number) => (ttlMs === null ? now : now - (configuredSeconds * 1000 - ttlMs));
    const scores: number[] = [];
    if (snapshot.conversation) scores.push(score(snapshot.ttlMs.conversation, conversationTtlSeconds));
    if (snapshot.orchestration) scores.push(score(snapshot.ttlMs.orchestration, orchestrationTtlSeconds));
    return Math.round(Math.min(now, Math.max(...scores)));
  }
}

function remaining(pttl: number): number | null {
  return pttl > 0 ? pttl : null;
}

function storedVersion(json: string | null): number {
  if (json === null) return 0;
  return Number(/^\{"version":(\d+)/.exec(json)?.[1] ?? -1);
}
