import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { BatchCommand, RedisPool } from '@app/redis';
import { ConversationState, OrchestrationState, StoredDocument } from './case-state';
import { CaseSnapshot, CaseSnapshotRead, RestoreOutcome } from './case-snapshot';
import { DocumentOp, indexEntryOf } from './case-write';
import { CaseWriter } from './case-writer';
import { decodeDocument, encodeDocument } from './document-codec';
import { StateKeys } from './state-keys';

/** A batch of keys seen by `scanCases`, and the cases whose documents were among them. */
export interface ScannedCases {
  keysSeen: number;
  cases: Array<{ caseId: string; kind: 'conversation' | 'orchestration' }>;
}

/**
 * Operator access to whole cases with their remaining TTL: read them for export, restore them
 * on import and legacy migration; find them all (SCAN on every primary) and rebuild their index
 * entries. Restores go through `CaseWriter` like every other write (compare-and-set, then index
 * entries and owner), with the TTL the case had left.
 */
@Injectable()
export class CaseSnapshotStore {
  readonly keys: StateKeys;

  constructor(
    private readonly redis: RedisPool,
    private readonly config: AppConfig,
    private readonly writer: CaseWriter,
  ) {
    this.keys = writer.keys;
  }

  /** Keys in the database (all primaries): the total for progress over `scanCases`. */
  countKeys(): Promise<number> {
    return this.redis.countKeys();
  }

  /** Every key of the database, `batch` at a time (SCAN without MATCH, so keys seen measure progress), with the cases among them. */
  async *scanCases(batch: number): AsyncGenerator<ScannedCases> {
    for await (const keys of this.redis.scan(batch)) {
      yield { keysSeen: keys.length, cases: keys.map((key) => this.caseIdOf(key)).filter((found) => found !== null) };
    }
  }

  /** The case id of a document key of this service (`<prefix>conversation:{id}`), else null. */
  caseIdOf(key: string): { caseId: string; kind: 'conversation' | 'orchestration' } | null {
    for (const kind of ['conversation', 'orchestration'] as const) {
      const head = `${this.keys.prefix}${kind}:{`;
      if (key.startsWith(head) && key.endsWith('}') && key.length > head.length + 1) return { caseId: key.slice(head.length, -1), kind };
    }
    return null;
  }

  /** Both documents and their remaining TTLs for each case, in one batch. */
  async read(caseIds: string[]): Promise<CaseSnapshotRead[]> {
    const k = this.keys;
    const replies = await this.redis.batch(
      caseIds.flatMap((id): BatchCommand[] => [['get', k.conversation(id)], ['pttl', k.conversation(id)], ['get', k.orchestration(id)], ['pttl', k.orchestration(id)]]),
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
    const replies = (await this.redis.batch(caseIds.map((id): BatchCommand => ['exists', this.keys.conversation(id), this.keys.orchestration(id)]))) as number[];
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
    const { conversationTtlSeconds, orchestrationTtlSeconds } = this.config.redis;
    const op = (doc: StoredDocument | null, storedAt: number, ttlMs: number | null, configured: number): DocumentOp => {
      const ttlSeconds = ttlMs === null ? configured : Math.max(1, Math.round(ttlMs / 1000));
      return doc ? { op: 'write', expectedVersion: storedAt, json: encodeDocument(doc, Math.max(doc.version, storedAt + 1, 1), doc.updatedAt), ttlSeconds } : { op: 'touch', ttlSeconds };
    };
    const reply = await this.writer.save({
      caseId,
      conversation: op(conversation, stored[0], snapshot.ttlMs.conversation, conversationTtlSeconds),
      orchestration: op(orchestration, stored[1], snapshot.ttlMs.orchestration, orchestrationTtlSeconds),
    });
    // A conflict means another writer created or changed the case meanwhile: leave it alone.
    if (!reply.saved) return 'exists';
    await this.writer.index([indexEntryOf(snapshot, this.activityScore(Date.now(), snapshot), 'repair')]);
    return stored[0] > 0 || stored[1] > 0 ? 'overwritten' : 'created';
  }

  /** Rebuilds the index entries of these cases from their documents (`cleanup`); returns how many cases were indexed. */
  async reindex(caseIds: string[]): Promise<number> {
    const snapshots = (await this.read(caseIds)).flatMap((read) => (read.status === 'ok' ? [read.snapshot] : []));
    await this.writer.index(snapshots.map((snapshot) => indexEntryOf(snapshot, this.activityScore(Date.now(), snapshot), 'repair')));
    return snapshots.length;
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
