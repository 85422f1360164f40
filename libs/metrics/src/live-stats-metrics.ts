import { Gauge, Registry } from 'prom-client';

/** What the gauges read: the shape of `ConversationStateManager.getSystemStats()`. */
export interface LiveStats {
  byStatus: Record<string, number>;
  byComplexity: Record<string, number>;
  redis: { usedMemory: number; maxmemory: number };
}

/** A scrape within this long of the last one reuses its figures: scrapes cost Redis O(1) work at most this often. */
export const LIVE_STATS_CACHE_MS = 5_000;

/**
 * Gauges read from the state indexes and Redis's INFO when scraped: live cases by status and by
 * complexity, Redis's memory against `maxmemory`, and whether that read succeeded (`litgo_redis_up`).
 */
export class LiveStatsMetrics {
  private source?: () => Promise<LiveStats>;
  private cached?: { at: number; stats: Promise<LiveStats | undefined> };

  constructor(registry: Registry) {
    const registers = [registry];
    const read = () => this.read();
    const countsBy = (name: string, help: string, label: string, counts: (stats: LiveStats) => Record<string, number>) =>
      new Gauge({
        name,
        help,
        labelNames: [label],
        registers,
        async collect() {
          const stats = await read();
          for (const [value, count] of Object.entries(stats ? counts(stats) : {})) this.set({ [label]: value }, count);
        },
      });
    countsBy('litgo_live_cases', 'Live cases, by status (from the indexes)', 'status', (stats) => stats.byStatus);
    countsBy('litgo_live_cases_by_complexity', 'Live cases, by complexity (from the indexes)', 'complexity', (stats) => stats.byComplexity);
    new Gauge({
      name: 'litgo_redis_memory_used_ratio',
      help: 'Redis used_memory / maxmemory (0 while maxmemory is 0, unlimited)',
      registers,
      async collect() {
        const redis = (await read())?.redis;
        if (redis) this.set(redis.maxmemory > 0 ? redis.usedMemory / redis.maxmemory : 0);
      },
    });
    new Gauge({
      name: 'litgo_redis_up',
      help: '1 when the last read of the indexes and INFO succeeded, else 0',
      registers,
      async collect() {
        this.set((await read()) ? 1 : 0);
      },
    });
  }

  /** Where the figures come from (the triage module gives the state manager's stats). */
  watch(source: () => Promise<LiveStats>): void {
    this.source = source;
  }

  private read(): Promise<LiveStats | undefined> {
    if (!this.source) return Promise.resolve(undefined);
    const now = Date.now();
    if (!this.cached || now - this.cached.at >= LIVE_STATS_CACHE_MS) {
      this.cached = { at: now, stats: this.source().catch(() => undefined) };
    }
    return this.cached.stats;
  }
}
