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

/** A place in the listing's order: newest first, ties broken by case id, descending. */
interface Position {
  score: number;
  caseId: string;
}

interface Entry extends Position {
  index: string;
}

/** One index's read: its entries after the position, and whether it may hold more. */
interface IndexRead {
  index: string;
  entries: Entry[];
  more: boolean;
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
    const entries = await this.merged(indexes, cutoff, limit, cursor);
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

  /**
   * The first `limit` entries after the cursor over all the indexes, newest first. Ids spread
   * evenly over the buckets, so each is first read for about three times its share of the page
   * (at 1M cases, reading a whole page from each of 16 buckets cost more than the rest of the
   * call). A bucket whose read ran out before the page's last entry may hold more of the page:
   * only those are read again, for a whole page after their last entry.
   */
  private async merged(indexes: string[], cutoff: number, limit: number, cursor?: Position): Promise<Entry[]> {
    const share = Math.min(limit, Math.ceil((3 * limit) / indexes.length) + 1);
    const reads = await this.read(indexes.map((index) => ({ index, after: cursor })), cutoff, share);
    const page = pageOf(reads.flatMap((read) => read.entries), limit);
    const boundary = page.length < limit ? undefined : page[page.length - 1];
    const unsure = reads.filter((read) => read.more && (!boundary || precedes(read.entries.at(-1)!, boundary)));
    if (unsure.length === 0) return page;
    const rest = await this.read(unsure.map(({ index, entries }) => ({ index, after: entries.at(-1) })), cutoff, limit);
    return pageOf([...page, ...rest.flatMap((read) => read.entries)], limit);
  }

  /**
   * Up to `count` entries of each index after its position (the script reads them at or below
   * the position's score), and whether the index may hold more.
   */
  private async read(targets: Array<{ index: string; after?: Position }>, cutoff: number, count: number): Promise<IndexRead[]> {
    const replies = (await this.redis.batch(
      targets.map(({ index, after }): BatchCommand => [PAGE_INDEX_SCRIPT.name, 1, index, cutoff, count, after ? after.score : '']),
      { call: PAGE_INDEX_SCRIPT.name },
    )) as string[][];
    return replies.map((reply, i) => {
      const { index, after } = targets[i];
      const entries = pairs(reply)
        .map(([caseId, score]): Entry => ({ caseId, score: Number(score), index }))
        .filter((entry) => !after || precedes(after, entry));
      // The script reads `count` entries past the position's score: fewer after the position means none are left.
      return { index, entries, more: entries.length >= count };
    });
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

/** Whether `a` comes before `b` in the listing's order. */
function precedes(a: Position, b: Position): boolean {
  return a.score > b.score || (a.score === b.score && a.caseId > b.caseId);
}

/** The first `limit` of the entries in the listing's order. */
function pageOf(entries: Entry[], limit: number): Entry[] {
  return entries.sort((a, b) => (precedes(a, b) ? -1 : precedes(b, a) ? 1 : 0)).slice(0, limit);
}

function pairs(reply: string[]): Array<[string, string]> {
  return Array.from({ length: reply.length / 2 }, (_, i) => [reply[i * 2], reply[i * 2 + 1]]);
}

function encodeCursor(score: number, caseId: string): string {
  return Buffer.from(JSON.stringify([score, caseId])).toString('base64url');
}

function decodeCursor(cursor: string): Position {
  try {
    const [score, caseId] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    if (typeof score === 'number' && typeof caseId === 'string' && caseId !== '') return { score, caseId };
  } catch {
    // fall through
  }
  throw new RangeError('invalid cursor');
}
