import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { MetricsService } from '@app/metrics';
import { BatchCommand, RedisPool } from '@app/redis';
import { CaseCounts, COMPLEXITIES, ORCHESTRATION_STATUSES, Page, StoredDocument } from './case-state';
import { decodeDocument } from './document-codec';
import { LIVE_COUNTS_SCRIPT, PAGE_INDEX_SCRIPT } from './state-scripts';
import { StateKeys } from './state-keys';

export interface ListOptions {
  /** Only this owner's cases. */
  ownerId?: string;
  /** `nextCursor` of the previous page. */
  cursor?: string;
  /** @default 50 (1 to 1000) */
  limit?: number;
}

export const MAX_PAGE_SIZE = 1_000;

interface Entry {
  caseId: string;
  score: number;
  index: string;
}

/**
 * Listing and counting from the bucketed sorted-set indexes: cost grows with the page and the
 * number of buckets, never with the keyspace. A page merges the buckets newest first, ties
 * broken by case id, so the cursor (score and id of the last entry) resumes the same order in
 * every bucket. Entries past their TTL are pruned as pages are read; entries whose case is gone
 * are skipped and dropped (the documents are the truth).
 */
@Injectable()
export class CaseIndexReader {
  private readonly keys: StateKeys;

  constructor(
    private readonly redis: RedisPool,
    private readonly config: AppConfig,
    private readonly metrics: MetricsService,
  ) {
    this.keys = new StateKeys(config.redis.keyPrefix, config.redis.indexBuckets);
    redis.defineScript(PAGE_INDEX_SCRIPT);
    redis.defineScript(LIVE_COUNTS_SCRIPT);
  }

  async page<T extends StoredDocument>(kind: 'conversation' | 'orchestration', options: ListOptions): Promise<Page<T>> {
    const limit = options.limit ?? 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) throw new RangeError(`limit must be 1..${MAX_PAGE_SIZE}`);
    const cursor = options.cursor ? decodeCursor(options.cursor) : undefined;
    const { indexes, ttl } =
      options.ownerId !== undefined
        ? { indexes: [this.keys.owner(options.ownerId)], ttl: Math.max(this.ttl('conversation'), this.ttl('orchestration')) }
        : { indexes: this.keys.allBuckets().map((bucket) => (kind === 'conversation' ? bucket.conversations : bucket.orchestrations)), ttl: this.ttl(kind) };
    const cutoff = Date.now() - ttl;
    const replies = (await this.redis.batch(
      indexes.map((index): BatchCommand => [PAGE_INDEX_SCRIPT.name, 1, index, cutoff, limit, cursor ? cursor.score : '']),
      { call: PAGE_INDEX_SCRIPT.name },
    )) as string[][];
    const entries = replies
      .flatMap((reply, i) => pairs(reply).map(([caseId, score]): Entry => ({ caseId, score: Number(score), index: indexes[i] })))
      .filter((entry) => !cursor || entry.score < cursor.score || (entry.score === cursor.score && entry.caseId < cursor.caseId))
      .sort((a, b) => b.score - a.score || (a.caseId < b.caseId ? 1 : a.caseId > b.caseId ? -1 : 0))
      .slice(0, limit);
    if (entries.length === 0) return { items: [], nextCursor: null };

    const keyOf = (id: string) => (kind === 'conversation' ? this.keys.conversation(id) : this.keys.orchestration(id));
    const docs = await this.redis.batch(entries.map(({ caseId }): BatchCommand => ['get', keyOf(caseId)]));
    const items: T[] = [];
    const gone: Entry[] = [];
    docs.forEach((json, i) => {
      if (json === null) gone.push(entries[i]);
      else items.push(decodeDocument<T>(keyOf(entries[i].caseId), json as string));
    });
    // An owner's entry stands for either document: one of them gone does not make it stale.
    if (gone.length > 0 && options.ownerId === undefined) {
      await this.redis.batch(gone.map(({ index, caseId }): BatchCommand => ['zrem', index, caseId]));
      this.metrics.state.indexRepaired(gone.length);
    }
    const last = entries[entries.length - 1];
    return { items, nextCursor: entries.length < limit ? null : encodeCursor(last.score, last.caseId) };
  }

  /** Counts of live cases, summed over the buckets (one script call; on a cluster, one per bucket, sent at once). */
  async stats(): Promise<CaseCounts> {
    const now = Date.now();
    const conversationCutoff = now - this.ttl('conversation');
    const orchestrationCutoff = now - this.ttl('orchestration');
    const perBucket = this.keys.allBuckets().map((bucket) => [
      [bucket.conversations, conversationCutoff],
      [bucket.orchestrations, orchestrationCutoff],
      ...ORCHESTRATION_STATUSES.map((status) => [bucket.status[status], orchestrationCutoff]),
      ...COMPLEXITIES.map((level) => [bucket.complexity[level], orchestrationCutoff]),
    ]) as Array<Array<[string, number]>>;
    const width = perBucket[0].length;
    const groups = perBucket.map((indexes) => ({ keys: indexes.map(([key]) => key), args: indexes.map(([, cutoff]) => cutoff) }));
    const counts = await this.redis.evalScriptGroups<number>(LIVE_COUNTS_SCRIPT.name, groups);
    const total = (column: number) => counts.reduce((sum, count, i) => (i % width === column ? sum + count : sum), 0);
    return {
      activeConversations: total(0),
      activeOrchestrations: total(1),
      byStatus: Object.fromEntries(ORCHESTRATION_STATUSES.map((s, i) => [s, total(2 + i)])) as CaseCounts['byStatus'],
      byComplexity: Object.fromEntries(COMPLEXITIES.map((c, i) => [c, total(2 + ORCHESTRATION_STATUSES.length + i)])) as CaseCounts['byComplexity'],
    };
  }

  private ttl(kind: 'conversation' | 'orchestration'): number {
    const { conversationTtlSeconds, orchestrationTtlSeconds } = this.config.redis;
    return (kind === 'conversation' ? conversationTtlSeconds : orchestrationTtlSeconds) * 1000;
  }
}

function pairs(reply: string[]): Array<[string, string]> {
  return Array.from({ length: reply.length / 2 }, (_, i) => [reply[i * 2], reply[i * 2 + 1]]);
}

function encodeCursor(score: number, caseId: string): string {
  return Buffer.from(JSON.stringify([score, caseId])).toString('base64url');
}

function decodeCursor(cursor: string): { score: number; caseId: string } {
  try {
    const [score, caseId] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    if (typeof score === 'number' && typeof caseId === 'string' && caseId !== '') return { score, caseId };
  } catch {
    // fall through
  }
  throw new RangeError('invalid cursor');
}
