import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { RedisPool } from '@app/redis';
import { StateKeys } from './state-keys';

/** Which documents an index entry stands for: it is stale when they are gone. */
export type IndexedKind = 'conversation' | 'orchestration' | 'either';

export interface PruneResult {
  /** Entries left after the pass. */
  kept: number;
  /** Entries older than the TTL (their case has expired). */
  expired: number;
  /** Entries within the TTL whose documents are gone anyway (deleted or expired early). */
  orphaned: number;
}

const CHUNK = 1_000;

/** Drops index entries whose case has expired (`cleanup`). Reads pruned lazily too; this catches the rest. */
@Injectable()
export class IndexPruner {
  readonly keys: StateKeys;

  constructor(
    private readonly redis: RedisPool,
    private readonly config: AppConfig,
  ) {
    this.keys = new StateKeys(config.redis.keyPrefix);
  }

  /** The fixed indexes and the documents each stands for (owner indexes are one per user; see `ownerIndexPrefix`). */
  fixedIndexes(): Array<{ key: string; kind: IndexedKind }> {
    const k = this.keys;
    return [
      { key: k.conversationsIndex, kind: 'conversation' },
      { key: k.orchestrationsIndex, kind: 'orchestration' },
      ...[...k.statusIndexes, ...k.complexityIndexes].map((key) => ({ key, kind: 'orchestration' as const })),
    ];
  }

  /** Keys starting with this are per-owner indexes (kind `either`). */
  get ownerIndexPrefix(): string {
    return this.keys.owner('');
  }

  /** Removes the expired and orphaned entries of one index; with `dryRun` only counts them. */
  async prune(index: string, kind: IndexedKind, options: { dryRun?: boolean } = {}): Promise<PruneResult> {
    const cutoff = Date.now() - this.ttlMs(kind);
    const expired = options.dryRun
      ? await this.redis.run((c) => c.zcount(index, '-inf', `(${cutoff}`))
      : await this.redis.run((c) => c.zremrangebyscore(index, '-inf', `(${cutoff}`));
    let orphaned = 0;
    let kept = 0;
    for (let start = options.dryRun ? expired : 0; ; ) {
      const ids = await this.redis.run((c) => c.zrange(index, start, start + CHUNK - 1));
      if (ids.length === 0) break;
      const present = (await this.redis.pipeline((p) => ids.forEach((id) => p.exists(...this.documentKeys(id, kind))))) as number[];
      const gone = ids.filter((_, i) => present[i] === 0);
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
