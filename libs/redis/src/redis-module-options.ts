import { RedisUnavailableReason } from './redis-unavailable.error';

/** A Lua script run with EVALSHA; ioredis loads it on first use and again after NOSCRIPT. */
export interface RedisScript {
  name: string;
  lua: string;
}

/** Told of every call the pool makes, to time it (libs/metrics implements it). */
export interface RedisCallObserver {
  /** `call` (a script's name, `batch`, `ping`, `info`, `scan`, or `command`...) took `seconds`; `failure` is set when it failed. */
  called(call: string, seconds: number, failure?: RedisUnavailableReason | 'other'): void;
  /** How to read the number of ready connections when asked. */
  watchReadyConnections(ready: () => number): void;
}

export interface RedisNodeAddress {
  host: string;
  port: number;
}

/** Which of Redis's deployments the pool talks to; only libs/redis acts on it. */
export type RedisMode = 'standalone' | 'sentinel' | 'cluster';

export interface RedisModuleOptions {
  /** `redis://` or `rediss://` URL (db index in the path); the server in standalone mode, TLS and db in sentinel mode. */
  url: string;
  /** Seed nodes of a Redis Cluster: set, the pool is a cluster client (reads and writes on primaries). */
  clusterNodes?: RedisNodeAddress[];
  /** Sentinels watching the primary named `sentinelName`: set, the pool follows that primary through failovers. */
  sentinels?: RedisNodeAddress[];
  sentinelName?: string;
  sentinelPassword?: string;
  /** PEM CA for a `rediss://` server with a private CA (public CAs need nothing). */
  tlsCa?: string;
  /** Redis ACL user. */
  username?: string;
  password?: string;
  /** Connections in the pool (per node on a cluster), used round-robin. @default 2 */
  poolSize: number;
  /** Deadline of every command, in ms. @default 1000 */
  commandTimeoutMs: number;
  /** Connection attempts at start-up before giving up. @default 5 */
  connectAttempts?: number;
  /** Replicas a durable write waits for (`WAIT n 100`); 0 = no wait. @default 0 */
  waitReplicas?: number;
  /** Times every call; unset, calls are not timed. */
  observer?: RedisCallObserver;
}

/** The mode the options select. */
export function redisMode(options: Pick<RedisModuleOptions, 'clusterNodes' | 'sentinels'>): RedisMode {
  if (options.clusterNodes?.length) return 'cluster';
  if (options.sentinels?.length) return 'sentinel';
  return 'standalone';
}
