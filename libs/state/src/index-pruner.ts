import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { BatchCommand, RedisPool } from '@app/redis';
import { CaseWriter } from './case-writer';
import { StateKeys } from './state-keys';

/** Which documents an index entry stands for: it is stale when they are gone. */
export type IndexedKind = 'conversation' | 'orchestration' | 'either';

export interface PruneResult {
  /** Entries left after the pass. */
  kept: number;
  /** Entries older than the TTL (their case has expired). */
  expired: number;
  /** Entries within the TTL whose documents are gone anyway (deleted or expired early), or that sit in another bucket than their id's. */
  orphaned: number;
}

const CHUNK = 1_000;

/**
 * `cleanup`'s view of the indexes: which there are (the buckets, the owners' found with SCAN on
 * every primary, and untagged ones left by older builds), and the pruning of entries whose case
 * has expired or is gone. Reads prune lazily too; this catches the rest.
 */
@Injectable()
export class IndexPruner {
  readonly keys: StateKeys;

  constructor(
    private readonly redis: RedisPool,
    private readonly config: AppConfig,
    writer: CaseWriter,
  ) {
    this.keys = writer.keys;
  }

  /** Every index and the documents each stands for; `untagged` lists the index keys of older builds (see `dropUntagged`). */
  async indexes(): Promise<{ indexes: Array<{ key: string; kind: IndexedKind }>; untagged: string[] }> {
    const indexes: Array<{ key: string; kind: IndexedKind }> = this.keys.allBuckets().flatMap((bucket) => [
      { key: bucket.conversations, kind: 'conversation' as const },
      { key: bucket.orchestrations, kind: 'orchestration' as const },
      ...[...Object.values(bucket.status), ...Object.values(bucket.complexity)].map((key) => ({ key, kind: 'orchestration' as const })),
    ]);
    const known = new Set(indexes.map(({ key }) => key));
    const untagged: string[] = [];
    for await (const keys of this.redis.scan(1_000, this.keys.indexPattern)) {
      for (const key of keys) {
        if (this.keys.isUntaggedIndex(key)) untagged.push(key);
        else if (!known.has(key) && key.includes(':owner:')) indexes.push({ key, kind: 'either' });
        // A bucket beyond REDIS_INDEX_BUCKETS (the setting was lowered): every entry in it is misplaced.
        else if (!known.has(key)) indexes.push({ key, kind: 'orchestration' });
        known.add(key);
      }
    }
    return { indexes, untagged: [...new Set(untagged)] };
  }

  /** Deletes index keys of older builds (run after the bucketed indexes were rebuilt from the documents). */
  async dropUntagged(keys: string[]): Promise<void> {
    await this.redis.batch(keys.map((key): BatchCommand => ['del', key]));
  }

  /** Removes the expired, orphaned and misplaced entries of one index; with `dryRun` only counts them. */
  async prune(index: string, kind: IndexedKind, options: { dryRun?: boolean } = {}): Promise<PruneResult> {
    const cutoff = Date.now() - this.ttlMs(kind);
    const expired = options.dryRun
      ? await this.redis.run((c) => c.zcount(index, '-inf', `(${cutoff}`))
      : await this.redis.run((c) => c.zremrangebyscore(index, '-inf', `(${cutoff}`));
    const bucket = this.keys.bucketOfIndex(index);
    const misplaced = (id: string) => kind !== 'either' && bucket !== null && (bucket >= this.keys.buckets || this.keys.bucketOf(id) !== bucket);
    let orphaned = 0;
    let kept = 0;
    for (let start = options.dryRun ? expired : 0; ; ) {
      const ids = await this.redis.run((c) => c.zrange(index, start, start + CHUNK - 1));
      if (ids.length === 0) break;
      const present = (await this.redis.batch(ids.map((id): BatchCommand => ['exists', ...this.documentKeys(id, kind)]))) as number[];
      const gone = ids.filter((id, i) => present[i] === 0 || misplaced(id));
      if (gone.length > 0 && !options.dryRun) await this.redis.run((c) => c.zrem(index, ...gone));
      orphaned += gone.length;
      kept += ids.length - gone.length;
      start += options.dryRun ? ids.length : ids.length - gone.length;
    }
    return { kept, expired, orphaned };
  }

  private documentKeys(caseId: string, kind: IndexedKind): string[] {
    if (kind === 'conversation') return [this.keys.conversation(caseId)];
    if (kind === 'orchestration') return [this.keys.orchestration(caseId)];
    return [this.keys.conversation(caseId), this.keys.orchestration(caseId)];
  }

  private ttlMs(kind: IndexedKind): number {
    const { conversationTtlSeconds, orchestrationTtlSeconds } = this.config.redis;
    const seconds =
      kind === 'conversation' ? conversationTtlSeconds : kind === 'orchestration' ? orchestrationTtlSeconds : Math.max(conversationTtlSeconds, orchestrationTtlSeconds);
    return seconds * 1000;
  }
}
