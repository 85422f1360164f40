import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { REDIS_MODULE_OPTIONS } from './redis.constants';
import { createRedisClient, primariesOf, RedisClient } from './redis-client.factory';
import { RedisMode, redisMode, RedisModuleOptions, RedisScript } from './redis-module-options';
import { RedisOutageTracker } from './redis-outage.tracker';
import { parseFields, RedisTopology, readTopology } from './redis-topology';
import { RedisUnavailableError } from './redis-unavailable.error';

export { RedisClient } from './redis-client.factory';

/** One command of a `batch`: its name (a Redis command or a script defined with `defineScript`) and arguments. */
export type BatchCommand = [command: string, ...args: Array<string | number>];

type Commands = Record<string, (...args: unknown[]) => Promise<unknown>>;
type RedisPipeline = ReturnType<RedisClient['pipeline']>;
/** `WAIT numreplicas timeout`: how long a durable write waits for its replicas at most. */
const WAIT_TIMEOUT_MS = 100;

/**
 * A fixed pool of ioredis connections used round-robin: servers, a Sentinel-managed primary or
 * cluster clients (see `RedisModuleOptions`). Everything that differs between the three modes
 * is in this lib. Every command has a deadline and no offline queue: when Redis is away, calls
 * fail at once with `RedisUnavailableError`, and the connections keep reconnecting in the
 * background until it returns.
 */
@Injectable()
export class RedisPool implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RedisPool.name);
  private readonly clients: RedisClient[];
  private readonly outage: RedisOutageTracker;
  private next = 0;
  private started = false;

  constructor(@Inject(REDIS_MODULE_OPTIONS) private readonly options: RedisModuleOptions) {
    this.clients = Array.from({ length: options.poolSize }, (_, index) => this.createClient(index));
    this.outage = new RedisOutageTracker(this.logger, this.target);
    options.observer?.watchReadyConnections(() => this.clients.filter((client) => client.status === 'ready').length);
  }

  get mode(): RedisMode {
    return redisMode(this.options);
  }

  /** Where the pool points, without credentials (safe to log). */
  get target(): string {
    const url = new URL(this.options.url);
    const nodes = (list: Array<{ host: string; port: number }>) => list.map(({ host, port }) => `${host}:${port}`).join(',');
    switch (this.mode) {
      case 'cluster':
        return `cluster ${nodes(this.options.clusterNodes!)}`;
      case 'sentinel':
        return `sentinel primary "${this.options.sentinelName}" via ${nodes(this.options.sentinels!)}${url.pathname}`;
      default:
        return `${url.protocol}//${url.host}${url.pathname}`;
    }
  }

  async onModuleInit(): Promise<void> {
    const [first, ...rest] = this.clients;
    await this.connectWithRetries(first);
    await Promise.all(rest.map((client) => client.connect()));
    this.started = true;
    this.logger.log(`Connected to Redis (${this.mode}) at ${this.target} with ${this.clients.length} connection(s)`);
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

  /**
   * Sends the commands together and returns their replies in order: one pipeline on a server;
   * on a cluster all at once, each to its key's node (the keys may live on different shards), so
   * a batch costs one round trip per shard, in parallel. Not atomic. With `durable`, and
   * `waitReplicas` configured, the first command is followed on its connection by `WAIT n 100`;
   * if fewer replicas confirm it within 100 ms the batch fails as a `timeout` (outcome unknown),
   * so what the service acknowledges is on n replicas. Replication stays asynchronous (a replica
   * may still fail on its own), and writes then need n replicas up. Timed under `call` (default `batch`).
   */
  async batch(commands: BatchCommand[], options: { durable?: boolean; call?: string } = {}): Promise<unknown[]> {
    if (commands.length === 0) return [];
    const replicas = options.durable ? (this.options.waitReplicas ?? 0) : 0;
    const [first, ...rest] = commands;
    if (this.mode === 'cluster') {
      return this.run((client) =>
        Promise.all([
          replicas > 0 ? this.waited(client, first, replicas) : (client as unknown as Commands)[first[0]](...first.slice(1)),
          ...rest.map(([name, ...args]) => (client as unknown as Commands)[name](...args)),
        ]),
        options.call ?? 'batch',
      );
    }
    return this.run(async (client) => {
      const replies = await this.exec(client.pipeline(replicas > 0 ? [first, ['wait', replicas, WAIT_TIMEOUT_MS], ...rest] : commands));
      if (replicas > 0) confirmReplicas(replies.splice(1, 1)[0] as number, replicas);
      return replies;
    }, options.call ?? 'batch');
  }

  /** Registers a script on every connection, once; run it with `evalScript`. */
  defineScript(script: RedisScript): void {
    for (const client of this.clients) client.defineCommand(script.name, { lua: script.lua });
  }

  /** Runs a script registered with `defineScript`. */
  evalScript<T>(name: string, keys: string[], args: Array<string | number>): Promise<T> {
    return this.run((client) => (client as unknown as Commands)[name](keys.length, ...keys, ...args) as Promise<T>, name);
  }

  /**
   * Runs a script over independent groups of keys, each group within one hash tag, and returns
   * one reply per group. On a server: one call with every group's keys and arguments in turn. On
   * a cluster, where the groups' tags may live on different shards: one call per group, all sent
   * at once, each to its node. The script must read its keys and arguments group by group.
   */
  async evalScriptGroups<T>(name: string, groups: Array<{ keys: string[]; args: Array<string | number> }>): Promise<T[]> {
    if (this.mode !== 'cluster') return this.evalScript<T[]>(name, groups.flatMap((group) => group.keys), groups.flatMap((group) => group.args));
    const replies = await this.run((client) => Promise.all(groups.map(({ keys, args }) => (client as unknown as Commands)[name](keys.length, ...keys, ...args) as Promise<T[]>)), name);
    return replies.flat() as T[];
  }

  /** Round-trip time of a PING, in milliseconds. */
  async ping(): Promise<number> {
    const started = process.hrtime.bigint();
    await this.run((client) => client.ping(), 'ping');
    return Number(process.hrtime.bigint() - started) / 1e6;
  }

  /** `INFO` of each server that holds data (every cluster primary), as flat field maps. */
  async info(...sections: string[]): Promise<Array<Record<string, string>>> {
    const texts = await this.run((client) => Promise.all(primariesOf(client).map((server) => server.info(...sections))), 'info');
    return texts.map(parseFields);
  }

  /** The mode and, on a cluster, its state, primaries and slowest node. */
  topology(): Promise<RedisTopology> {
    return this.run((client) => readTopology(this.mode, client), 'topology');
  }

  /** Keys in the database, summed over the primaries. */
  async countKeys(): Promise<number> {
    const sizes = await this.run((client) => Promise.all(primariesOf(client).map((server) => server.dbsize())), 'dbsize');
    return sizes.reduce((sum, size) => sum + size, 0);
  }

  /**
   * Every key (matching `match`), a batch at a time, with SCAN on every primary in turn (never
   * KEYS: it does not block Redis). A key may come twice if the keyspace is resized or resharded
   * meanwhile; callers tolerate that.
   */
  async *scan(batch: number, match?: string): AsyncGenerator<string[]> {
    const servers = await this.run(async (client) => primariesOf(client), 'scan');
    for (const server of servers) {
      let cursor = '0';
      do {
        const [next, keys] = await this.run(() => (match ? server.scan(cursor, 'MATCH', match, 'COUNT', batch) : server.scan(cursor, 'COUNT', batch)), 'scan');
        cursor = next;
        if (keys.length > 0) yield keys;
      } while (cursor !== '0');
    }
  }

  /** One command and `WAIT` after it, on the connection (the cluster node) of its key. */
  private async waited(client: RedisClient, [name, ...args]: BatchCommand, replicas: number): Promise<unknown> {
    const pipeline = client.pipeline();
    (pipeline as unknown as Commands)[name](...args);
    const [reply, acknowledged] = await this.exec(pipeline.wait(replicas, WAIT_TIMEOUT_MS));
    confirmReplicas(acknowledged as number, replicas);
    return reply;
  }

  private async exec(pipeline: RedisPipeline): Promise<unknown[]> {
    return ((await pipeline.exec()) ?? []).map(([error, value]) => {
      if (error) throw RedisUnavailableError.from(error) ?? error;
      return value;
    });
  }

  private pick(): RedisClient {
    for (let tries = 0; tries < this.clients.length; tries++) {
      const client = this.clients[this.next];
      this.next = (this.next + 1) % this.clients.length;
      if (client.status === 'ready') return client;
    }
    throw new RedisUnavailableError('unreachable', `Redis unavailable (unreachable): no ready connection to ${this.target}`);
  }

  private createClient(index: number): RedisClient {
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

/** A write fewer replicas confirmed is applied on the primary only: a failover now would lose it. */
function confirmReplicas(acknowledged: number, replicas: number): void {
  if (acknowledged < replicas) {
    throw new RedisUnavailableError('timeout', `Redis unavailable (timeout): write acknowledged by ${acknowledged} of ${replicas} replica(s) within ${WAIT_TIMEOUT_MS} ms`);
  }
}
