import { COMPLEXITIES, ComplexityLevel, ORCHESTRATION_STATUSES, OrchestrationStatus } from './case-state';

/** The indexes of one bucket; all share the bucket's hash tag, so one script can change them together. */
export interface BucketKeys {
  conversations: string;
  orchestrations: string;
  status: Record<OrchestrationStatus, string>;
  complexity: Record<ComplexityLevel, string>;
}

/**
 * Key layout. A case's keys share the hash tag `{caseId}`, so one script changes both documents
 * atomically, also on Redis Cluster. Indexes are sorted sets scored by last activity (ms), split
 * into `buckets` buckets with hash tags `{b0}`..`{bN-1}` so that no shard holds them all: a case is
 * indexed in the bucket of its id, an owner's index lives in the bucket of the owner's id.
 */
export class StateKeys {
  constructor(
    readonly prefix: string,
    readonly buckets = 16,
  ) {}

  conversation(caseId: string): string {
    return `${this.prefix}conversation:{${caseId}}`;
  }

  orchestration(caseId: string): string {
    return `${this.prefix}orchestration:{${caseId}}`;
  }

  /** The bucket an id (a case's or an owner's) falls in: FNV-1a of the id, modulo the buckets. */
  bucketOf(id: string): number {
    let hash = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
    return hash % this.buckets;
  }

  bucket(bucket: number): BucketKeys {
    const head = `${this.prefix}index:{b${bucket}}:`;
    return {
      conversations: `${head}conversations`,
      orchestrations: `${head}orchestrations`,
      status: Object.fromEntries(ORCHESTRATION_STATUSES.map((status) => [status, `${head}status:${status}`])) as BucketKeys['status'],
      complexity: Object.fromEntries(COMPLEXITIES.map((level) => [level, `${head}complexity:${level}`])) as BucketKeys['complexity'],
    };
  }

  /** Every bucket's indexes, bucket 0 first. */
  allBuckets(): BucketKeys[] {
    return Array.from({ length: this.buckets }, (_, bucket) => this.bucket(bucket));
  }

  owner(userId: string): string {
    return `${this.prefix}index:{b${this.bucketOf(userId)}}:owner:${userId}`;
  }

  /** SCAN pattern of every index key, bucketed or left by an older build. */
  get indexPattern(): string {
    return `${this.prefix.replace(/[*?[\]\\]/g, '\\$&')}index:*`;
  }

  /** An index key of an older build (no bucket tag): `cleanup` rebuilds the bucketed ones and drops these. */
  isUntaggedIndex(key: string): boolean {
    return key.startsWith(`${this.prefix}index:`) && !key.startsWith(`${this.prefix}index:{b`);
  }

  /** The bucket of a bucketed index key, else null. */
  bucketOfIndex(key: string): number | null {
    const match = /^index:\{b(\d+)\}:/.exec(key.slice(this.prefix.length));
    return key.startsWith(this.prefix) && match ? Number(match[1]) : null;
  }

  /** The cases a user's starts with an `Idempotency-Key` created: a hash, field = key (erased with the user's data). */
  startKeys(userId: string): string {
    return `${this.prefix}idem:{${userId}}`;
  }
}
