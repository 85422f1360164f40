import { Injectable, Logger } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { AppConfig } from '@app/config';
import { RedisPool, RedisUnavailableError } from '@app/redis';
import { ProbeReason } from './health-response.dto';

/** Answer within this even when Redis hangs: probes must not wait for the command timeout. */
export const READY_PING_TIMEOUT_MS = 500;

export type RedisMemoryStatus = 'ok' | 'degraded';

/** Redis health for Terminus: a bounded PING, and PING plus the server's memory and clients. */
@Injectable()
export class RedisHealthIndicator {
  private readonly logger = new Logger(RedisHealthIndicator.name);
  private memoryStatusSeen: RedisMemoryStatus = 'ok';

  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly redis: RedisPool,
    private readonly config: AppConfig,
  ) {}

  async ping(key: string): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(key);
    try {
      return indicator.up({ latency_ms: round(await this.boundedPing()) });
    } catch (error) {
      return indicator.down(failure(error));
    }
  }

  async details(key: string): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(key);
    try {
      const latency = await this.boundedPing();
      const info = await this.redis.info('server', 'clients', 'memory');
      const [usedMemory, maxmemory] = [Number(info.used_memory), Number(info.maxmemory)];
      const memoryUsedRatio = maxmemory > 0 ? usedMemory / maxmemory : null;
      return indicator.up({
        latency_ms: round(latency),
        used_memory: usedMemory,
        used_memory_human: info.used_memory_human,
        maxmemory,
        memory_used_ratio: memoryUsedRatio,
        memory_status: this.memoryStatus(memoryUsedRatio),
        maxmemory_policy: info.maxmemory_policy,
        connected_clients: Number(info.connected_clients),
        uptime_seconds: Number(info.uptime_in_seconds),
        redis_version: info.redis_version,
      });
    } catch (error) {
      return indicator.down(failure(error));
    }
  }

  /**
   * `degraded` above `REDIS_MEMORY_WARN_RATIO` of maxmemory: writes will soon fail with OOM.
   * Readiness does not fail for it (every pod shares the one Redis; restarting pods frees
   * nothing); each change is logged once.
   */
  private memoryStatus(ratio: number | null): RedisMemoryStatus {
    const warnRatio = this.config.redis.memoryWarnRatio;
    const status: RedisMemoryStatus = ratio !== null && ratio > warnRatio ? 'degraded' : 'ok';
    if (status !== this.memoryStatusSeen) {
      this.memoryStatusSeen = status;
      const usage = ratio === null ? 'no maxmemory set' : `${percent(ratio)} of maxmemory`;
      if (status === 'degraded') this.logger.warn(`Redis memory degraded: ${usage}, above ${percent(warnRatio)}; writes fail with OOM when it is full`);
      else this.logger.log(`Redis memory back to ok: ${usage}`);
    }
    return status;
  }

  private boundedPing(): Promise<number> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RedisUnavailableError('timeout', `no PONG within ${READY_PING_TIMEOUT_MS} ms`)), READY_PING_TIMEOUT_MS);
    });
    return Promise.race([this.redis.ping(), timeout]).finally(() => clearTimeout(timer));
  }
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;
const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;
/**
 * A failed check: a reason word for the public probes, and the driver's message (which may name
 * the Redis host and port) for the admin report and the log only.
 */
const failure = (error: unknown): { reason: ProbeReason; message: string } => ({
  reason: error instanceof RedisUnavailableError ? `redis_${error.reason}` : 'redis_error',
  message: error instanceof Error ? error.message : String(error),
});
