import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { RedisPool } from '@app/redis';

/** Answer within this even when Redis hangs: probes must not wait for the command timeout. */
export const READY_PING_TIMEOUT_MS = 500;

/** Redis health for Terminus: a bounded PING, and PING plus the server's memory and clients. */
@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly redis: RedisPool,
  ) {}

  async ping(key: string): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(key);
    try {
      return indicator.up({ latency_ms: round(await this.boundedPing()) });
    } catch (error) {
      return indicator.down({ message: reason(error) });
    }
  }

  async details(key: string): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(key);
    try {
      const latency = await this.boundedPing();
      const info = await this.redis.info('server', 'clients', 'memory');
      return indicator.up({
        latency_ms: round(latency),
        used_memory: Number(info.used_memory),
        used_memory_human: info.used_memory_human,
        maxmemory: Number(info.maxmemory),
        maxmemory_policy: info.maxmemory_policy,
        connected_clients: Number(info.connected_clients),
        uptime_seconds: Number(info.uptime_in_seconds),
        redis_version: info.redis_version,
      });
    } catch (error) {
      return indicator.down({ message: reason(error) });
    }
  }

  private boundedPing(): Promise<number> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no PONG within ${READY_PING_TIMEOUT_MS} ms`)), READY_PING_TIMEOUT_MS);
    });
    return Promise.race([this.redis.ping(), timeout]).finally(() => clearTimeout(timer));
  }
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
