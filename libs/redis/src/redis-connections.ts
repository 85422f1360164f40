import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { createRedisClient, RedisClient } from './redis-client.factory';
import { RedisModuleOptions, RedisScript } from './redis-module-options';
import { RedisOutageTracker } from './redis-outage.tracker';
import { RedisUnavailableError } from './redis-unavailable.error';

/**
 * QUIT closes a Sentinel client's connection but not its failover detector's links, one subscribed connection to each
 * sentinel, which then reconnect once a minute and keep the process alive after shutdown (redis/ioredis#1362, in ioredis 5):
 * `disconnect()` closes them.
 */
function closeSentinelLinks(client: RedisClient): void {
  if (client instanceof Redis && client.options.sentinels) client.disconnect();
}

/**
 * The pool's connections: built for the configured mode, connected at start-up (each with
 * retries, the first alone so that an unreachable Redis stops start-up with one clear message), handed out
 * round-robin, closed at shutdown. Once started, a lost connection reconnects in the background
 * and is reported to the outage tracker.
 */
export class RedisConnections {
  private readonly clients: RedisClient[];
  private next = 0;
  private started = false;

  constructor(
    private readonly options: RedisModuleOptions,
    private readonly target: string,
    private readonly logger: Logger,
    private readonly outage: RedisOutageTracker,
  ) {
    this.clients = Array.from({ length: options.poolSize }, (_, index) => this.create(index));
  }

  get size(): number {
    return this.clients.length;
  }

  /** Connections ready for commands now. */
  get ready(): number {
    return this.clients.filter((client) => client.status === 'ready').length;
  }

  async connect(): Promise<void> {
    const [first, ...rest] = this.clients;
    await this.connectWithRetries(first);
    // Redis has answered: a later connection that fails now met a passing fault (a connect that
    // timed out on a loaded machine, a dropped handshake), so it gets the same retries.
    await Promise.all(rest.map((client) => this.connectWithRetries(client)));
    this.started = true;
  }

  async close(): Promise<void> {
    this.started = false;
    await Promise.all(this.clients.map((client) => client.quit().then(() => closeSentinelLinks(client), () => client.disconnect())));
  }

  /** Registers a script on every connection. */
  defineScript(script: RedisScript): void {
    for (const client of this.clients) client.defineCommand(script.name, { lua: script.lua });
  }

  /** The next ready connection, round-robin. */
  pick(): RedisClient {
    for (let tries = 0; tries < this.clients.length; tries++) {
      const client = this.clients[this.next];
      this.next = (this.next + 1) % this.clients.length;
      if (client.status === 'ready') return client;
    }
    throw new RedisUnavailableError('unreachable', `Redis unavailable (unreachable): no ready connection to ${this.target}`);
  }

  private create(index: number): RedisClient {
    const client = createRedisClient(this.options, index, () => this.started);
    client.on('error', (error: Error) => this.logger.debug(`connection ${index}: ${error.message}`));
    client.on('reconnecting', () => {
      if (!this.started) return;
      this.logger.debug(`connection ${index} lost; reconnecting`);
      this.outage.failed(new RedisUnavailableError('unreachable', `connection ${index} lost`), false);
    });
    client.on('ready', () => this.started && this.logger.debug(`connection ${index} ready again`));
    return client;
  }

  private async connectWithRetries(client: RedisClient): Promise<void> {
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
