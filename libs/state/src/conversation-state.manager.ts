import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { MetricsService } from '@app/metrics';
import { RedisPool } from '@app/redis';
import { CaseIndexReader, ListOptions } from './case-index-reader';
import { CaseState, ConversationState, OrchestrationState, Page, StoredDocument, SystemStats } from './case-state';
import { decodeDocument, encodeDocument } from './document-codec';
import { DocumentOp, indexEntryOf } from './case-write';
import { CaseWriter } from './case-writer';
import { CLAIM_START_KEY_SCRIPT } from './state-scripts';
import { StateKeys } from './state-keys';
import { VersionConflictError } from './version-conflict.error';

/** `update` gives a conflict back to its caller after this many attempts. */
export const UPDATE_ATTEMPTS = 64;
const BACKOFF_CAP_MS = 50;
/** A user's start idempotency keys remembered at most (the oldest goes first). */
export const START_KEYS_PER_USER = 100;

export type CaseUpdate = (current: CaseState) => CaseState | Promise<CaseState>;

/**
 * The only owner of the service's data in Redis. Each save is a compare-and-set on the
 * documents' `version` with their sliding TTLs in one atomic script, then the index entries
 * (see `CaseWriter`).
 */
@Injectable()
export class ConversationStateManager {
  private readonly logger = new Logger(ConversationStateManager.name);
  readonly keys: StateKeys;

  constructor(
    private readonly redis: RedisPool,
    private readonly config: AppConfig,
    private readonly indexes: CaseIndexReader,
    private readonly writer: CaseWriter,
    private readonly metrics: MetricsService,
  ) {
    this.keys = writer.keys;
    redis.defineScript(CLAIM_START_KEY_SCRIPT);
  }

  /** Both documents of a case in one round trip (nulls where absent). */
  async getCase(caseId: string): Promise<CaseState> {
    const conversationKey = this.keys.conversation(caseId);
    const orchestrationKey = this.keys.orchestration(caseId);
    const [conversation, orchestration] = await this.redis.run((c) => c.mget(conversationKey, orchestrationKey));
    return {
      conversation: conversation === null ? null : decodeDocument<ConversationState>(conversationKey, conversation),
      orchestration: orchestration === null ? null : decodeDocument<OrchestrationState>(orchestrationKey, orchestration),
    };
  }

  async getConversationState(caseId: string): Promise<ConversationState | null> {
    return (await this.getCase(caseId)).conversation;
  }

  async getOrchestrationState(caseId: string): Promise<OrchestrationState | null> {
    return (await this.getCase(caseId)).orchestration;
  }

  /** Saves if the stored version still equals `document.version` (0 = must not exist yet). */
  async saveConversationState(document: ConversationState): Promise<ConversationState> {
    return (await this.saveCase({ conversation: document, orchestration: null })).conversation!;
  }

  async saveOrchestrationState(document: OrchestrationState): Promise<OrchestrationState> {
    return (await this.saveCase({ conversation: null, orchestration: document })).orchestration!;
  }

  /**
   * Writes the given documents (nulls are left as stored, their TTL slid) atomically, each
   * compared against its `version`. Returns them with their new versions.
   * @throws VersionConflictError when another writer got there first.
   */
  async saveCase(state: CaseState): Promise<CaseState> {
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

  /**
   * For a resent request answered from what is stored: what its first sending's save would have
   * finished had its reply not been lost. Slides the TTLs through the save script, so that with
   * REDIS_WAIT_REPLICAS the answer waits for the replicas like a save, and writes the index entries
   * again (that save's index step may never have run; skipped when a later save indexed the case).
   */
  async confirmSaved(state: CaseState): Promise<void> {
    const document = state.conversation ?? state.orchestration;
    if (!document) return;
    const { conversationTtlSeconds, orchestrationTtlSeconds } = this.config.redis;
    const touch = (ttlSeconds: number) => ({ op: 'touch' as const, ttlSeconds });
    await this.writer.save(
      { caseId: document.caseId, conversation: touch(conversationTtlSeconds), orchestration: touch(orchestrationTtlSeconds) },
      indexEntryOf(state, Date.now(), 'newer'),
    );
  }

  /** After a conflict: the entries the failed save sent with it are rewritten from the stored documents. */
  private async reindexStored(caseId: string, attempted: CaseState): Promise<void> {
    const stored = await this.getCase(caseId);
    const ownerId = (attempted.conversation ?? attempted.orchestration)!.userId;
    const gone = { caseId, ownerId, score: Date.now(), conversation: 'absent', orchestration: 'absent', mode: 'repair' } as const;
    await this.writer.index([stored.conversation || stored.orchestration ? indexEntryOf(stored, Date.now(), 'newer') : gone]);
    this.metrics.state.indexRepaired(1);
  }

  /**
   * Read, apply `change`, write back with compare-and-set; on a conflict re-read and retry
   * (jittered back-off) up to `UPDATE_ATTEMPTS` times. `change` may run more than once and
   * may throw to abort. Documents it returns as null are left as stored.
   */
  async update(caseId: string, change: CaseUpdate): Promise<CaseState> {
    for (let attempt = 1; ; attempt++) {
      const next = await change(await this.getCase(caseId));
      if (!next.conversation && !next.orchestration) return next;
      try {
        return await this.saveCase(next);
      } catch (error) {
        if (!(error instanceof VersionConflictError) || attempt >= UPDATE_ATTEMPTS) throw error;
        this.logger.debug(`update of case ${caseId} conflicted (attempt ${attempt}); retrying`);
        this.metrics.state.retried();
        await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(2 ** attempt, BACKOFF_CAP_MS)));
      }
    }
  }

  /**
   * The case id a user's start with this idempotency key owns: `caseId` if the key is new (then
   * held for the conversation TTL, at most the user's last `START_KEYS_PER_USER` keys), else the
   * id claimed by the first start with it.
   *
   * Claimed before the case is saved, not in the same script: on Redis Cluster one script's keys
   * must share a hash tag, and a per-user key cannot share the new case's `{caseId}`. The order
   * is what makes it safe: a start whose save timed out left the claim behind, so its retry
   * finds the same id and either finds the case or saves it then (the save is a compare-and-set
   * on "absent", so two racing starts with one key create one case).
   */
  claimStartKey(userId: string, key: string, caseId: string): Promise<string> {
    const ttl = this.config.redis.conversationTtlSeconds;
    const now = Math.floor(Date.now() / 1000);
    return this.redis.evalScript<string>(CLAIM_START_KEY_SCRIPT.name, [this.keys.startKeys(userId)], [key, caseId, ttl, now, START_KEYS_PER_USER]);
  }

  /** Live conversations, most recently active first, one page at a time. */
  listActiveConversations(options: ListOptions = {}): Promise<Page<ConversationState>> {
    return this.indexes.page('conversation', options);
  }

  /** Live orchestrations, most recently active first, one page at a time. */
  listActiveOrchestrations(options: ListOptions = {}): Promise<Page<OrchestrationState>> {
    return this.indexes.page('orchestration', options);
  }

  /** Counts of live cases by status and complexity, and Redis's memory (summed over a cluster's primaries); never scans the keyspace. */
  async getSystemStats(): Promise<SystemStats> {
    const [counts, infos] = await Promise.all([this.indexes.stats(), this.redis.info('memory', 'clients')]);
    const sum = (field: string) => infos.reduce((total, info) => total + Number(info[field]), 0);
    return {
      ...counts,
      redis: {
        usedMemory: sum('used_memory'),
        maxmemory: sum('maxmemory'),
        maxmemoryPolicy: infos[0].maxmemory_policy,
        connectedClients: sum('connected_clients'),
      },
    };
  }

  /**
   * Removes both documents and every index entry of the case. With `ownerId`, only a case of that
   * owner is removed. Returns whether it existed (and was that owner's).
   */
  async deleteCase(caseId: string, ownerId?: string): Promise<boolean> {
    const { conversation, orchestration } = await this.getCase(caseId);
    const userId = conversation?.userId ?? orchestration?.userId;
    if (ownerId !== undefined && userId !== ownerId) return false;
    await this.redis.run((c) => c.del(this.keys.conversation(caseId), this.keys.orchestration(caseId)));
    await this.writer.index([{ caseId, ownerId: userId, score: Date.now(), conversation: 'absent', orchestration: 'absent', mode: 'repair' }]);
    return conversation !== null || orchestration !== null;
  }

  /**
   * Removes every case of the user (owner index), then the index itself and the user's start
   * keys (whose field names are the user's own). Returns how many cases existed.
   */
  async deleteUserCases(userId: string): Promise<number> {
    const ownerIndex = this.keys.owner(userId);
    const caseIds = await this.redis.run((c) => c.zrange(ownerIndex, 0, -1));
    let deleted = 0;
    for (const caseId of caseIds) if (await this.deleteCase(caseId)) deleted++;
    // Two DELs: on a cluster the owner index and the start keys live in different slots.
    await this.redis.batch([
      ['del', ownerIndex],
      ['del', this.keys.startKeys(userId)],
    ]);
    return deleted;
  }
}
