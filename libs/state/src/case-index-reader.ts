import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { RedisPool } from '@app/redis';
import { CaseCounts, COMPLEXITIES, ORCHESTRATION_STATUSES, Page, StoredDocument } from './case-state';
import { decodeDocument } from './document-codec';
import { PAGE_INDEX_SCRIPT } from './state-scripts';
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

/**
 * Listing and counting from the sorted-set indexes: cost grows with the page, never with the
 * keyspace. Entries past their TTL are pruned as pages are read; entries whose case is gone
 * are skipped and dropped.
 */
@Injectable()
export class CaseIndexReader {
  private readonly keys: StateKeys;

  constructor(
    private readonly redis: RedisPool,
    private readonly config: AppConfig,
  ) {
    this.keys = new StateKeys(config.redis.keyPrefix);
    redis.defineScript(PAGE_INDEX_SCRIPT);
  }

  async page<T extends StoredDocument>(kind: 'conversation' | 'orchestration', options: ListOptions): Promise<Page<T>> {
    const limit = options.limit ?? 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) throw new RangeError(`limit must be 1..${MAX_PAGE_SIZE}`);
    const [cursorScore, cursorMember] = options.cursor ? decodeCursor(options.cursor) : [0, ''];
    const { index, ttl } =
      options.ownerId !== undefined
        ? { index: this.keys.owner(options.ownerId), ttl: Math.max(this.ttl('conversation'), this.ttl('orchestration')) }
        : { index: kind === 'conversation' ? this.keys.conversationsIndex : this.keys.orchestrationsIndex, ttl: this.ttl(kind) };
    const entries = await this.redis.evalScript<string[]>(PAGE_INDEX_SCRIPT.name, [index], [Date.now() - ttl, limit, cursorMember, cursorScore]);
    const ids = entries.filter((_, i) => i % 2 === 0);
    if (ids.length === 0) return { items: [], nextCursor: null };

    const keyOf = (id: string) => (kind === 'conversation' ? this.keys.conversation(id) : this.keys.orchestration(id));
    const docs = await this.redis.pipeline((p) => ids.forEach((id) => p.get(keyOf(id))));
    const items: T[] = [];
    const gone: string[] = [];
    docs.forEach((json, i) => {
      if (json === null) gone.push(ids[i]);
      else items.push(decodeDocument<T>(keyOf(ids[i]), json as string));
    });
    if (gone.length > 0 && options.ownerId === undefined) await this.redis.run((c) => c.zrem(index, ...gone));
    const last = ids.length - 1;
    return { items, nextCursor: ids.length < limit ? null : encodeCursor(Number(entries[last * 2 + 1]), ids[last]) };
  }

  /** Counts of live cases, from the indexes (one round trip of ZCOUNTs). */
  async stats(): Promise<CaseCounts> {
    const now = Date.now();
    const conversationCutoff = now - this.ttl('conversation');
    const orchestrationCutoff = now - this.ttl('orchestration');
    const k = this.keys;
    const counted = [
      [k.conversationsIndex, conversationCutoff],
      [k.orchestrationsIndex, orchestrationCutoff],
      ...k.statusIndexes.map((key) => [key, orchestrationCutoff]),
      ...k.complexityIndexes.map((key) => [key, orchestrationCutoff]),
    ] as Array<[string, number]>;
    const counts = (await this.redis.pipeline((p) => counted.forEach(([key, cutoff]) => p.zcount(key, cutoff, '+inf')))) as number[];
    const statusCounts = counts.slice(2, 2 + ORCHESTRATION_STATUSES.length);
    const complexityCounts = counts.slice(2 + ORCHESTRATION_STATUSES.length);
    return {
      activeConversations: counts[0],
      activeOrchestrations: counts[1],
      byStatus: Object.fromEntries(ORCHESTRATION_STATUSES.map((s, i) => [s, statusCounts[i]])) as CaseCounts['byStatus'],
      byComplexity: Object.fromEntries(COMPLEXITIES.map((c, i) => [c, complexityCounts[i]])) as CaseCounts['byComplexity'],
    };
  }

  private ttl(kind: 'conversation' | 'orchestration'): number {
    const { conversationTtlSeconds, orchestrationTtlSeconds } = this.config.redis;
    return (kind === 'conversation' ? conversationTtlSeconds : orchestrationTtlSeconds) * 1000;
  }
}

function encodeCursor(score: number, member: string): string {
  return Buffer.from(JSON.stringify([score, member])).toString('base64url');
}

function decodeCursor(cursor: string): [number, string] {
  try {
    const [score, member] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    if (typeof score === 'number' && typeof member === 'string' && member !== '') return [score, member];
  } catch {
    // fall through
  }
  throw new RangeError('invalid cursor');
}
