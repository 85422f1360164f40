import { Injectable, Logger } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { AppConfig } from '@app/config';
import { RedisPool, RedisUnavailableError } from '@app/redis';
import { ProbeReason } from './health-response.dto';

/** Answer within this even when Redis hangs: probes must not wait for the command timeout. */
export const READY_PING_TIMEOUT_MS = 500;

export type RedisMemoryStatus = 'ok' | 'degraded';

/** Redis health for Terminus: a bounded PING (and a cluster's state), and the deployment's figures. */
@Injectable()
export class RedisHealthIndicator {
  private readonly logger = new Logger(RedisHealthIndicator.name);
  private memoryStatusSeen: RedisMemoryStatus = 'ok';

  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly redis: RedisPool,
    private readonly config: AppConfig,
  ) {}

  /** Readiness: a bounded PING; on a cluster also `cluster_state`, which must be `ok`. */
  async ping(key: string): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(key);
    try {
      const latency = await this.bounded(this.redis.ping());
      if (this.redis.mode !== 'cluster') return indicator.up({ latency_ms: round(latency) });
      const { clusterState } = await this.bounded(this.redis.topology());
      const figures = { latency_ms: round(latency), cluster_state: clusterState };
      return clusterState === 'ok' ? indicator.up(figures) : indicator.down({ ...figures, message: `cluster_state is ${clusterState}` });
    } catch (error) {
      return indicator.down(failure(error));
    }
  }

  /** The mode, latency, and the memory of the fullest primary (writes fail there first); on a cluster its state, primaries and slowest node. */
  async details(key: string): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(key);
    try {
      const latency = await this.bounded(this.redis.ping());
      const [infos, topology] = await Promise.all([this.redis.info('server', 'clients', 'memory'), this.redis.topology()]);
      const ratioOf = (info: Record<string, string>) => (Number(info.maxmemory) > 0 ? Number(info.used_memory) / Number(info.maxmemory) : null);
      const info = infos.reduce((fullest, next) => ((ratioOf(next) ?? 0) > (ratioOf(fullest) ?? 0) ? next : fullest));
      const memoryUsedRatio = ratioOf(info);
      const cluster = topology.mode === 'cluster' && {
        cluster_state: topology.clusterState,
        primaries: topology.primaries,
        slowest_node: topology.slowestNode?.address,
        slowest_node_latency_ms: round(topology.slowestNode?.latencyMs ?? 0),
      };
      const figures = {
        mode: topology.mode,
        latency_ms: round(latency),
        ...cluster,
        used_memory: Number(info.used_memory),
        used_memory_human: info.used_memory_human,
        maxmemory: Number(info.maxmemory),
        memory_used_ratio: memoryUsedRatio,
        memory_status: this.memoryStatus(memoryUsedRatio),
        maxmemory_policy: info.maxmemory_policy,
        connected_clients: Number(info.connected_clients),
        uptime_seconds: Number(info.uptime_in_seconds),
        redis_version: info.redis_version,
      };
      return cluster && topology.clusterState !== 'ok' ? indicator.down(figures) : indicator.up(figures);
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

  private bounded<T>(promise: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RedisUnavailableError('timeout', `no PONG within ${READY_PING_TIMEOUT_MS} ms`)), READY_PING_TIMEOUT_MS);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
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
