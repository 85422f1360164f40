import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { MetricsService } from '@app/metrics';
import { RedisPool } from '@app/redis';
import { readCase } from './case-documents';
import { CaseState, StoredDocument } from './case-state';
import { DocumentOp, indexEntryOf } from './case-write';
import { CaseWriter } from './case-writer';
import { encodeDocument } from './document-codec';
import { VersionConflictError } from './version-conflict.error';

/**
 * Saves documents as the service changes them: each written one encoded at the configured schema
 * with its next version and TTL, the others' TTLs slid, through `CaseWriter`'s compare-and-set;
 * after a conflict, the index entries the failed save sent along are rewritten from what is stored.
 */
@Injectable()
export class CaseSaver {
  constructor(
    private readonly redis: RedisPool,
    private readonly config: AppConfig,
    private readonly writer: CaseWriter,
    private readonly metrics: MetricsService,
  ) {}

  /** See `ConversationStateManager.saveCase`. */
  async save(state: CaseState): Promise<CaseState> {
    const caseId = (state.conversation ?? state.orchestration)?.caseId;
    if (!caseId) throw new TypeError('saveCase needs at least one document');
    const now = Date.now();
    const updatedAt = new Date(now).toISOString();
    const { conversationTtlSeconds, orchestrationTtlSeconds } = this.config.redis;
    const op = (doc: StoredDocument | null, ttlSeconds: number): DocumentOp =>
      doc
        ? { op: 'write', expectedVersion: doc.version, json: encodeDocument(doc, doc.version + 1, updatedAt, this.config.stateWriteSchema), ttlSeconds }
        : { op: 'touch', ttlSeconds };
    const write = { caseId, conversation: op(state.conversation, conversationTtlSeconds), orchestration: op(state.orchestration, orchestrationTtlSeconds) };
    const reply = await this.writer.save(write, indexEntryOf(state, now, 'newer', 'unchanged'));
    this.metrics.state.saved(reply.saved ? 'saved' : 'conflict');
    const versions = { conversation: reply.conversationVersion, orchestration: reply.orchestrationVersion };
    if (!reply.saved) {
      await this.reindexStored(caseId, state);
      throw new VersionConflictError(caseId, versions);
    }
    return {
      conversation: state.conversation && { ...state.conversation, version: versions.conversation, updatedAt },
      orchestration: state.orchestration && { ...state.orchestration, version: versions.orchestration, updatedAt },
    };
  }

  /** See `ConversationStateManager.confirmSaved`. */
  async confirm(state: CaseState): Promise<void> {
    const document = state.conversation ?? state.orchestration;
    if (!document) return;
    const { conversationTtlSeconds, orchestrationTtlSeconds } = this.config.redis;
    const touch = (ttlSeconds: number) => ({ op: 'touch' as const, ttlSeconds });
    await this.writer.save(
      { caseId: document.caseId, conversation: touch(conversationTtlSeconds), orchestration: touch(orchestrationTtlSeconds) },
      indexEntryOf(state, Date.now(), 'newer'),
    );
  }

  private async reindexStored(caseId: string, attempted: CaseState): Promise<void> {
    const stored = await readCase(this.redis, this.writer.keys, caseId);
    const ownerId = (attempted.conversation ?? attempted.orchestration)!.userId;
    const gone = { caseId, ownerId, score: Date.now(), conversation: 'absent', orchestration: 'absent', mode: 'repair' } as const;
    await this.writer.index([stored.conversation || stored.orchestration ? indexEntryOf(stored, Date.now(), 'newer') : gone]);
    this.metrics.state.indexRepaired(1);
  }
}
