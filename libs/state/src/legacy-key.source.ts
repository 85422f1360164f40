import { BatchCommand, RedisPool } from '@app/redis';

/** One legacy case as stored: its raw documents and their remaining TTLs (ms, null when absent or without expiry). */
export interface LegacyCaseRead {
  caseId: string;
  conversation: string | null;
  orchestration: string | null;
  ttlMs: { conversation: number | null; orchestration: number | null };
}

const LEGACY_KEY = /^(conversation|orchestration):([^{].*)$/;

/**
 * The Python backend's keys, `conversation:<id>` and `orchestration:<id>` (no prefix, no hash
 * tag), for `migrate legacy`: on the service's own Redis or on another one given by URL. The
 * keys of one case may sit on different shards, so each is read and deleted on its own.
 */
export class LegacyKeySource {
  private constructor(
    private readonly redis: RedisPool,
    private readonly owned: boolean,
  ) {}

  /** The service's own Redis, or a separate standalone server at `url` (connected now, closed by `close`). */
  static async open(own: RedisPool, url: string | undefined, commandTimeoutMs: number): Promise<LegacyKeySource> {
    if (!url) return new LegacyKeySource(own, false);
    const pool = new RedisPool({ url, poolSize: 1, commandTimeoutMs, connectAttempts: 1 });
    await pool.onModuleInit();
    return new LegacyKeySource(pool, true);
  }

  /** Where the keys are read from, without credentials. */
  get target(): string {
    return this.redis.target;
  }

  countKeys(): Promise<number> {
    return this.redis.countKeys();
  }

  /** Every key, `batch` at a time, with the legacy cases among them (and which key named each). */
  async *scan(batch: number): AsyncGenerator<{ keysSeen: number; cases: Array<{ caseId: string; origin: 'conversation' | 'orchestration' }> }> {
    for await (const keys of this.redis.scan(batch)) {
      const cases = keys.flatMap((key) => {
        const match = LEGACY_KEY.exec(key);
        return match ? [{ caseId: match[2], origin: match[1] as 'conversation' | 'orchestration' }] : [];
      });
      yield { keysSeen: keys.length, cases };
    }
  }

  async read(caseIds: string[]): Promise<LegacyCaseRead[]> {
    const replies = await this.redis.batch(
      caseIds.flatMap((id): BatchCommand[] => [['get', `conversation:${id}`], ['pttl', `conversation:${id}`], ['get', `orchestration:${id}`], ['pttl', `orchestration:${id}`]]),
    );
    return caseIds.map((caseId, i) => {
      const [conversation, conversationTtl, orchestration, orchestrationTtl] = replies.slice(i * 4, i * 4 + 4) as [string | null, number, string | null, number];
      const ttl = (pttl: number) => (pttl > 0 ? pttl : null);
      return { caseId, conversation, orchestration, ttlMs: { conversation: ttl(conversationTtl), orchestration: ttl(orchestrationTtl) } };
    });
  }

  async delete(caseIds: string[]): Promise<void> {
    await this.redis.batch(caseIds.flatMap((id): BatchCommand[] => [['del', `conversation:${id}`], ['del', `orchestration:${id}`]]));
  }

  async close(): Promise<void> {
    if (this.owned) await this.redis.onApplicationShutdown();
  }
}
