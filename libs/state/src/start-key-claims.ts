import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { RedisPool } from '@app/redis';
import { CaseWriter } from './case-writer';
import { CLAIM_START_KEY_SCRIPT } from './state-scripts';

/** A user's start idempotency keys remembered at most (the oldest goes first). */
export const START_KEYS_PER_USER = 100;

/**
 * The idempotency keys of a user's starts. Claimed before the case is saved, not in the same
 * script: on Redis Cluster one script's keys must share a hash tag, and a per-user key cannot share
 * the new case's `{caseId}`. The order is what makes it safe: a start whose save timed out left the
 * claim behind, so its retry finds the same id and either finds the case or saves it then (the save
 * is a compare-and-set on "absent", so two racing starts with one key create one case).
 */
@Injectable()
export class StartKeyClaims {
  constructor(
    private readonly redis: RedisPool,
    private readonly config: AppConfig,
    private readonly writer: CaseWriter,
  ) {
    redis.defineScript(CLAIM_START_KEY_SCRIPT);
  }

  /**
   * The case id a user's start with this key owns: `caseId` if the key is new (then held for the
   * conversation TTL, at most the user's last `START_KEYS_PER_USER` keys), else the id claimed by
   * the first start with it.
   */
  claim(userId: string, key: string, caseId: string): Promise<string> {
    const ttl = this.config.redis.conversationTtlSeconds;
    const now = Math.floor(Date.now() / 1000);
    return this.redis.evalScript<string>(CLAIM_START_KEY_SCRIPT.name, [this.writer.keys.startKeys(userId)], [key, caseId, ttl, now, START_KEYS_PER_USER]);
  }
}
