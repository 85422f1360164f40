import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { REDIS_MODULE_OPTIONS } from './redis.constants';
import { BatchCommand, call, sendBatch } from './redis-batch';
import { primariesOf, RedisClient } from './redis-client.factory';
import { RedisConnections } from './redis-connections';
import { RedisMode, redisMode, RedisModuleOptions, RedisScript } from './redis-module-options';
import { RedisOutageTracker } from './redis-outage.tracker';
import { parseFields, RedisTopology, readTopology } from './redis-topology';
import { RedisUnavailableError } from './redis-unavailable.error';

export { BatchCommand } from './redis-batch';
export { RedisClient } from './redis-client.factory';

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
  private readonly outage: RedisOutageTracker;
  private readonly connections: RedisConnections;

  constructor(@Inject(REDIS_MODULE_OPTIONS) private readonly options: RedisModuleOptions) {
    this.outage = new RedisOutageTracker(this.logger, this.target);
    this.connections = new RedisConnections(options, this.target, this.logger, this.outage);
    options.observer?.watchReadyConnections(() => this.connections.ready);
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
    await this.connections.connect();
    this.logger.log(`Connected to Redis (${this.mode}) at ${this.target} with ${this.connections.size} connection(s)`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connections.close();
    this.logger.log('Redis connections closed');
  }

  /**
   * Runs `command` on the next ready connection; availability failures become `RedisUnavailableError`.
   * Every public call comes through here, timed under `name` when an observer is set.
   */
  async run<T>(command: (client: RedisClient) => Promise<T>, name = 'command'): Promise<T> {
    const started = this.options.observer && performance.now();
    try {
      const result = await command(this.connections.pick());
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
    return this.run((client) => sendBatch(client, commands, replicas), options.call ?? 'batch');
  }

  /** Registers a script on every connection, once; run it with `evalScript`. */
  defineScript(script: RedisScript): void {
    this.connections.defineScript(script);
  }

  /** Runs a script registered with `defineScript`. */
  evalScript<T>(name: string, keys: string[], args: Array<string | number>): Promise<T> {
    return this.run((client) => call(client, [name, keys.length, ...keys, ...args]) as Promise<T>, name);
  }

  /**
   * Runs a script over independent groups of keys, each group within one hash tag, and returns
   * one reply per group. On a server: one call with every group's keys and arguments in turn. On
   * a cluster, where the groups' tags may live on different shards: one call per group, all sent
   * at once, each to its node. The script must read its keys and arguments group by group.
   */
  async evalScriptGroups<T>(name: string, groups: Array<{ keys: string[]; args: Array<string | number> }>): Promise<T[]> {
    if (this.mode !== 'cluster') return this.evalScript<T[]>(name, groups.flatMap((group) => group.keys), groups.flatMap((group) => group.args));
    const replies = await this.run((client) => Promise.all(groups.map(({ keys, args }) => call(client, [name, keys.length, ...keys, ...args]) as Promise<T[]>)), name);
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
}
