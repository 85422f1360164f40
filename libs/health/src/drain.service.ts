import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { Server } from 'node:http';
import { AppConfig } from '@app/config';

/** After the drain, requests still in flight get this long before their connections are cut. */
export const IN_FLIGHT_LIMIT_MS = 10_000;

/**
 * The shutdown drain. On a shutdown signal readiness turns 503 at once, so balancers stop
 * sending, while the server keeps serving for `SHUTDOWN_DRAIN_MS` (every response then closes
 * its connection, see `shuttingDown`). Nest then closes the server, which waits for the requests
 * in flight (at most `IN_FLIGHT_LIMIT_MS`), and the Redis pool quits.
 */
@Injectable()
export class DrainService implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(DrainService.name);
  private draining = false;
  private cutOff?: NodeJS.Timeout;

  constructor(
    private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    private readonly indicators: HealthIndicatorService,
  ) {}

  /** True from the shutdown signal on: responses carry `Connection: close`, readiness is down. */
  get shuttingDown(): boolean {
    return this.draining;
  }

  /** Readiness part: down with reason `shutting_down` once shutdown has begun. */
  readiness(key: string): HealthIndicatorResult {
    const indicator = this.indicators.check(key);
    return this.draining ? indicator.down({ reason: 'shutting_down' }) : indicator.up();
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.draining = true;
    // `app.close()` from code (tests, tools) has no balancer to wait for.
    if (signal) {
      const { shutdownDrainMs } = this.config;
      this.logger.log(`${signal}: readiness is 503 now; serving ${shutdownDrainMs} ms more, then closing`);
      await new Promise((resolve) => setTimeout(resolve, shutdownDrainMs));
    }
    // Nest closes the server next, and that waits for every open connection: a request that
    // hangs (or a client that never lets go) must not keep the process alive.
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    this.cutOff = setTimeout(() => server?.closeAllConnections(), IN_FLIGHT_LIMIT_MS).unref();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.cutOff);
  }
}
