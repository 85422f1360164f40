import { Injectable, Logger } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { AppConfig } from '@app/config';
import { RedisPool, RedisScript } from '@app/redis';

type ThrottlerRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** One hit: count it in its window; over the limit, open a block unless one is open. */
const RATE_LIMIT_HIT: RedisScript = {
  name: 'rateLimitHit',
  lua: `
local hits = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl <= 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
local blockTtl = redis.call('PTTL', KEYS[2])
if blockTtl < 0 and hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], 1, 'PX', ARGV[3])
  blockTtl = tonumber(ARGV[3])
end
return {hits, ttl, math.max(blockTtl, 0)}`,
};

/** Trackers remembered as blocked at most; the oldest goes first. */
const BLOCKED_CACHE_SIZE = 10_000;
const FAILURE_REPORT_INTERVAL_MS = 1_000;

/**
 * Rate-limit counters in Redis (one EVALSHA per hit), under `REDIS_KEY_PREFIX` like every key.
 * A blocked tracker is answered from memory until its block runs out, so a flood costs no Redis
 * round trip. When Redis fails, the request goes on unlimited (fail open): the limiter never
 * turns a request into a 503; failures are counted and logged at most once a second.
 */
@Injectable()
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger(RedisThrottlerStorage.name);
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

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerRecord> {
    const id = `${key}:${throttlerName}`;
    const now = Date.now();
    const until = this.blockedUntil.get(id);
    if (until !== undefined && now < until) return blocked(limit, until - now);
    this.blockedUntil.delete(id);
    let reply: [number, number, number];
    try {
      const keys = [`${this.keyPrefix}{${id}}:hits`, `${this.keyPrefix}{${id}}:blocked`];
      reply = await this.redis.evalScript<[number, number, number]>(RATE_LIMIT_HIT.name, keys, [ttl, limit, blockDuration]);
    } catch (error) {
      this.failOpen(error);
      return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
    }
    const [totalHits, timeToExpire, blockMs] = reply;
    if (blockMs > 0) {
      if (this.blockedUntil.size >= BLOCKED_CACHE_SIZE) this.blockedUntil.delete(this.blockedUntil.keys().next().value!);
      this.blockedUntil.set(id, now + blockMs);
      return blocked(totalHits, blockMs);
    }
    return { totalHits, timeToExpire: Math.ceil(timeToExpire / 1000), isBlocked: false, timeToBlockExpire: 0 };
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

function blocked(totalHits: number, blockMs: number): ThrottlerRecord {
  const seconds = Math.ceil(blockMs / 1000);
  return { totalHits, timeToExpire: seconds, isBlocked: true, timeToBlockExpire: seconds };
}
