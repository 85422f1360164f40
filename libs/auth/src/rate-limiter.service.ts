import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { RedisPool, RedisScript } from '@app/redis';

/** One limit a request counts against: a caller's counter (`id`, no user id in it) and its limit per window. */
export interface RateLimitCounter {
  id: string;
  limit: number;
}

/** A counter after the hit: hits in the window, seconds until it resets, and seconds blocked (0: not blocked). */
export interface RateLimitCount {
  hits: number;
  resetSeconds: number;
  blockedSeconds: number;
}

/**
 * Each counter's hit, in one call: count it in its window; over the limit, open a block unless
 * one is open. Keys and arguments come in groups of 2 and 3 (see `RedisPool.evalScriptGroups`).
 */
const RATE_LIMIT_HIT: RedisScript = {
  name: 'rateLimitHit',
  lua: `
local replies = {}
for i = 1, #KEYS, 2 do
  local a = (i - 1) / 2 * 3
  local hits = redis.call('INCR', KEYS[i])
  local ttl = redis.call('PTTL', KEYS[i])
  if ttl <= 0 then
    redis.call('PEXPIRE', KEYS[i], ARGV[a + 1])
    ttl = tonumber(ARGV[a + 1])
  end
  local blockTtl = redis.call('PTTL', KEYS[i + 1])
  if blockTtl < 0 and hits > tonumber(ARGV[a + 2]) then
    redis.call('SET', KEYS[i + 1], 1, 'PX', ARGV[a + 3])
    blockTtl = tonumber(ARGV[a + 3])
  end
  replies[#replies + 1] = {hits, ttl, math.max(blockTtl, 0)}
end
return replies`,
};

/** Trackers remembered as blocked at most; the oldest goes first. */
const BLOCKED_CACHE_SIZE = 10_000;
const FAILURE_REPORT_INTERVAL_MS = 1_000;
const NOT_COUNTED: RateLimitCount = { hits: 0, resetSeconds: 0, blockedSeconds: 0 };

/**
 * Rate-limit counters in Redis: every counter of a request in one script call (EVALSHA), each
 * counter's two keys under its own hash tag, under `REDIS_KEY_PREFIX` like every key. A blocked
 * counter is answered from memory until its block runs out, so a flood costs no Redis round
 * trip. When Redis fails, the request goes on unlimited (fail open): the limiter never turns a
 * request into a 503; failures are counted and logged at most once a second.
 */
@Injectable()
export class RateLimiter {
  private readonly logger = new Logger(RateLimiter.name);
  private readonly blockedUntil = new Map<string, number>();
  private readonly keyPrefix: string;
  private failures = 0;
  private unreported = 0;
  private reportedAt = 0;

  constructor(
    private readonly redis: RedisPool,
    config: AppConfig,
  ) {
    this.keyPrefix = `${config.redis.keyPrefix}ratelimit:`;
    redis.defineScript(RATE_LIMIT_HIT);
  }

  /** Requests let through unlimited because the store failed, since start-up. */
  get failedOpen(): number {
    return this.failures;
  }

  /**
   * Counts one hit on every counter, in order, within windows of `windowMs`; a counter over its
   * limit is blocked for a window. A counter already known to be blocked answers from memory, and
   * then nothing is counted.
   */
  async hit(counters: RateLimitCounter[], windowMs: number): Promise<RateLimitCount[]> {
    const now = Date.now();
    const remembered = counters.map(({ id }) => this.blockedFor(id, now));
    if (remembered.some((ms) => ms > 0)) return remembered.map((ms) => (ms > 0 ? blocked(0, ms) : NOT_COUNTED));
    let replies: Array<[number, number, number]>;
    try {
      const groups = counters.map(({ id, limit }) => ({ keys: [`${this.keyPrefix}{${id}}:hits`, `${this.keyPrefix}{${id}}:blocked`], args: [windowMs, limit, windowMs] }));
      replies = await this.redis.evalScriptGroups<[number, number, number]>(RATE_LIMIT_HIT.name, groups);
    } catch (error) {
      this.failOpen(error);
      return counters.map(() => NOT_COUNTED);
    }
    return replies.map(([hits, resetMs, blockMs], index) => {
      if (blockMs === 0) return { hits, resetSeconds: Math.ceil(resetMs / 1000), blockedSeconds: 0 };
      this.remember(counters[index].id, now + blockMs);
      return blocked(hits, blockMs);
    });
  }

  private blockedFor(id: string, now: number): number {
    const until = this.blockedUntil.get(id);
    if (until === undefined) return 0;
    if (now < until) return until - now;
    this.blockedUntil.delete(id);
    return 0;
  }

  private remember(id: string, until: number): void {
    if (this.blockedUntil.size >= BLOCKED_CACHE_SIZE) this.blockedUntil.delete(this.blockedUntil.keys().next().value!);
    this.blockedUntil.set(id, until);
  }

  private failOpen(error: unknown): void {
    this.failures++;
    this.unreported++;
    const now = Date.now();
    if (now - this.reportedAt < FAILURE_REPORT_INTERVAL_MS) return;
    const reason = error instanceof Error ? error.message : String(error);
    this.logger.warn(`Rate limits not applied to ${this.unreported} request(s) (${this.failures} since start): the counter store failed: ${reason}`);
    this.reportedAt = now;
    this.unreported = 0;
  }
}

function blocked(hits: number, blockMs: number): RateLimitCount {
  const seconds = Math.ceil(blockMs / 1000);
  return { hits, resetSeconds: seconds, blockedSeconds: seconds };
}
