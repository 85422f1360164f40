import { Injectable, Logger } from '@nestjs/common';
import { MetricsService } from '@app/metrics';
import { RedisPool } from '@app/redis';
import { readCase } from './case-documents';
import { CaseEraser } from './case-eraser';
import { CaseIndexReader, ListOptions } from './case-index-reader';
import { CaseSaver } from './case-saver';
import { CaseState, ConversationState, OrchestrationState, Page, SystemStats } from './case-state';
import { CaseWriter } from './case-writer';
import { StartKeyClaims } from './start-key-claims';
import { StateKeys } from './state-keys';
import { VersionConflictError } from './version-conflict.error';

export { START_KEYS_PER_USER } from './start-key-claims';

/** `update` gives a conflict back to its caller after this many attempts. */
export const UPDATE_ATTEMPTS = 64;
const BACKOFF_CAP_MS = 50;

export type CaseUpdate = (current: CaseState) => CaseState | Promise<CaseState>;

/**
 * The only owner of the service's data in Redis. Each save is a compare-and-set on the
 * documents' `version` with their sliding TTLs in one atomic script, then the index entries
 * (see `CaseSaver`, `CaseWriter`); listing and counting read the indexes (`CaseIndexReader`).
 */
@Injectable()
export class ConversationStateManager {
  private readonly logger = new Logger(ConversationStateManager.name);
  readonly keys: StateKeys;

  constructor(
    private readonly redis: RedisPool,
    private readonly indexes: CaseIndexReader,
    writer: CaseWriter,
    private readonly saver: CaseSaver,
    private readonly startKeys: StartKeyClaims,
    private readonly eraser: CaseEraser,
    private readonly metrics: MetricsService,
  ) {
    this.keys = writer.keys;
  }

  /** Both documents of a case in one round trip (nulls where absent). */
  getCase(caseId: string): Promise<CaseState> {
    return readCase(this.redis, this.keys, caseId);
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
  saveCase(state: CaseState): Promise<CaseState> {
    return this.saver.save(state);
  }

  /**
   * For a resent request answered from what is stored: what its first sending's save would have
   * finished had its reply not been lost. Slides the TTLs through the save script, so that with
   * REDIS_WAIT_REPLICAS the answer waits for the replicas like a save, and writes the index entries
   * again (that save's index step may never have run; skipped when a later save indexed the case).
   */
  confirmSaved(state: CaseState): Promise<void> {
    return this.saver.confirm(state);
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
   * The case id a user's start with this idempotency key owns: `caseId` if the key is new, else
   * the id claimed by the first start with it (see `StartKeyClaims`).
   */
  claimStartKey(userId: string, key: string, caseId: string): Promise<string> {
    return this.startKeys.claim(userId, key, caseId);
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
  deleteCase(caseId: string, ownerId?: string): Promise<boolean> {
    return this.eraser.deleteCase(caseId, ownerId);
  }

  /**
   * Removes every case of the user (owner index), then the index itself and the user's start
   * keys (whose field names are the user's own). Returns how many cases existed.
   */
  deleteUserCases(userId: string): Promise<number> {
    return this.eraser.deleteUserCases(userId);
  }
}
