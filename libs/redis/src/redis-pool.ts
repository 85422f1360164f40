import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import Redis, { ChainableCommander } from 'ioredis';
import { REDIS_MODULE_OPTIONS } from './redis.constants';
import { RedisModuleOptions, RedisScript } from './redis-module-options';
import { RedisOutageTracker } from './redis-outage.tracker';
import { RedisUnavailableError } from './redis-unavailable.error';

/** The ioredis connection type, re-exported so that no other lib imports ioredis. */
export type RedisClient = Redis;
export type RedisPipeline = ChainableCommander;

/**
 * Recovery after a Redis restart must take well under a second once Redis answers PING. Two
 * ioredis defaults stood in the way: a reconnect back-off that grew to 1 s (so the next attempt
 * could come up to 1 s after Redis was back) and, when a connection lands while Redis is still
 * reading its AOF/RDB, a wait of Redis's whole `loading_eta_seconds` (at least 1 s, up to
 * `maxLoadingRetryTime`, 10 s) before asking again. A reconnect attempt is one TCP handshake
 * and a loading check one INFO, so trying every 200 ms and re-checking every 100 ms costs
 * nothing worth saving, and every pod is back within ~300 ms of Redis.
 */
const RECONNECT_MAX_DELAY_MS = 200;
const LOADING_RECHECK_MS = 100;

/**
 * A fixed pool of ioredis connections used round-robin. Every command has a deadline and no
 * offline queue: when Redis is away, calls fail at once with `RedisUnavailableError`, and the
 * connections keep reconnecting in the background until it returns.
 */
@Injectable()
export class RedisPool implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RedisPool.name);
  private readonly clients: Redis[];
  private readonly outage: RedisOutageTracker;
  private next = 0;
  private started = false;

  constructor(@Inject(REDIS_MODULE_OPTIONS) private readonly options: RedisModuleOptions) {
    this.clients = Array.from({ length: options.poolSize }, (_, index) => this.createClient(index));
    this.outage = new RedisOutageTracker(this.logger, this.target);
    options.observer?.watchReadyConnections(() => this.clients.filter((client) => client.status === 'ready').length);
  }

  /** Where the pool points, without credentials (safe to log). */
  get target(): string {
    const url = new URL(this.options.url);
    return `${url.protocol}//${url.host}${url.pathname}`;
  }

  async onModuleInit(): Promise<void> {
    const [first, ...rest] = this.clients;
    await this.connectWithRetries(first);
    await Promise.all(rest.map((client) => client.connect()));
    this.started = true;
    this.logger.log(`Connected to Redis at ${this.target} with ${this.clients.length} connection(s)`);
  }

  async onApplicationShutdown(): Promise<void> {
    this.started = false;
    await Promise.all(this.clients.map((client) => client.quit().catch(() => client.disconnect())));
    this.logger.log('Redis connections closed');
  }

  /**
   * Runs `command` on the next ready connection; availability failures become `RedisUnavailableError`.
   * Every public call comes through here, timed under `name` when an observer is set.
   */
  async run<T>(command: (client: RedisClient) => Promise<T>, name = 'command'): Promise<T> {
    const started = this.options.observer && performance.now();
    try {
      const result = await command(this.pick());
      this.outage.succeeded();
      if (started !== undefined) this.options.observer!.called(name, (performance.now() - started) / 1000);
      return result;
    } catch (error) {
      const unavailable = RedisUnavailableError.from(error);
      if (started !== undefined) this.options.observer!.called(name, (performance.now() - started) / 1000, unavailable?.reason ?? 'other');
      if (!unavailable) throw error;
      this.outage.failed(unavailable);
      throw unavailable;
    }
  }

  /** Sends the commands queued by `build` in one round trip; returns their replies in order. */
  async pipeline(build: (pipeline: RedisPipeline) => void): Promise<unknown[]> {
    const replies = await this.run((client) => {
      const pipeline = client.pipeline();
      build(pipeline);
      return pipeline.exec();
    }, 'pipeline');
    return (replies ?? []).map(([error, value]) => {
      if (error) throw RedisUnavailableError.from(error) ?? error;
      return value;
    });
  }

  /** Registers a script on every connection, once; run it with `evalScript`. */
  defineScript(script: RedisScript): void {
    for (const client of this.clients) {
      client.defineCommand(script.name, { lua: script.lua });
    }
  }

  /** Runs a script registered with `defineScript`. */
  evalScript<T>(name: string, keys: string[], args: Array<string | number>): Promise<T> {
    const scripts = (client: Redis) => client as unknown as Record<string, (...a: unknown[]) => Promise<T>>;
    return this.run((client) => scripts(client)[name](keys.length, ...keys, ...args), name);
  }

  /** Round-trip time of a PING, in milliseconds. */
  async ping(): Promise<number> {
    const started = process.hrtime.bigint();
    await this.run((client) => client.ping(), 'ping');
    return Number(process.hrtime.bigint() - started) / 1e6;
  }

  /** `INFO` as a flat field map (all sections unless some are named). */
  async info(...sections: string[]): Promise<Record<string, string>> {
    const text = await this.run((client) => client.info(...sections), 'info');
    return Object.fromEntries(
      text
        .split('\r\n')
        .filter((line) => line && !line.startsWith('#'))
        .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]),
    );
  }

  private pick(): Redis {
    for (let tries = 0; tries < this.clients.length; tries++) {
      const client = this.clients[this.next];
      this.next = (this.next + 1) % this.clients.length;
      if (client.status === 'ready') return client;
    }
    throw new RedisUnavailableError('unreachable', `Redis unavailable (unreachable): no ready connection to ${this.target}`);
  }

  private createClient(index: number): Redis {
    const client = new Redis(this.options.url, {
      ...(this.options.tlsCa && { tls: { ca: this.options.tlsCa } }),
      username: this.options.username,
      password: this.options.password,
      connectionName: `litgo-triage-${index}`,
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: this.options.commandTimeoutMs,
      connectTimeout: Math.max(this.options.commandTimeoutMs, 2_000),
      retryStrategy: (times) => (this.started ? Math.min(times * 50, RECONNECT_MAX_DELAY_MS) : null),
      maxLoadingRetryTime: LOADING_RECHECK_MS,
    });
    client.on('error', (error) => this.logger.debug(`connection ${index}: ${error.message}`));
    client.on('reconnecting', () => {
      if (!this.started) return;
      this.logger.debug(`connection ${index} lost; reconnecting`);
      this.outage.failed(new RedisUnavailableError('unreachable', `connection ${index} lost`), false);
    });
    client.on('ready', () => this.started && this.logger.debug(`connection ${index} ready again`));
    return client;
  }

  private async connectWithRetries(client: Redis): Promise<void> {
    const attempts = this.options.connectAttempts ?? 5;
    for (let attempt = 1; ; attempt++) {
      let lastError: unknown;
      const remember = (error: unknown) => (lastError = error);
      client.once('error', remember);
      try {
        await client.connect();
        return;
      } catch (error) {
        const cause = lastError ?? error;
        const reason = cause instanceof Error ? cause.message : String(cause);
        if (attempt >= attempts) {
          throw new RedisUnavailableError('unreachable', `Cannot reach Redis at ${this.target} after ${attempt} attempts: ${reason}`);
        }
        this.logger.warn(`Redis at ${this.target} not reachable (attempt ${attempt}/${attempts}): ${reason}`);
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      } finally {
        client.off('error', remember);
      }
    }
  }
}
