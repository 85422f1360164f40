import Redis, { Cluster, RedisOptions } from 'ioredis';
import { redisMode, RedisModuleOptions } from './redis-module-options';

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
 * A cluster command follows at most this many redirections (MOVED/ASK, or a retry 100 ms after a
 * lost node): enough for a resharding, short enough that a request meeting a failover gets its
 * 503 in well under a second rather than after ioredis's default 16.
 */
const CLUSTER_MAX_REDIRECTIONS = 6;

/** One pooled connection: a server, a Sentinel-managed primary, or a whole cluster. */
export type RedisClient = Redis | Cluster;

/** Whether the pool may keep reconnecting (false while connecting at start-up, so that start-up fails fast). */
export type Reconnecting = () => boolean;

/** Builds the client for the configured mode; nothing connects until `connect()`. */
export function createRedisClient(options: RedisModuleOptions, index: number, reconnecting: Reconnecting): RedisClient {
  const retryStrategy = (times: number) => (reconnecting() ? Math.min(times * 50, RECONNECT_MAX_DELAY_MS) : null);
  const connection: RedisOptions = {
    ...(options.tlsCa && { tls: { ca: options.tlsCa } }),
    username: options.username,
    password: options.password,
    connectionName: `litgo-triage-${index}`,
    // No CLIENT SETINFO on connect: Redis before 7.2 rejects it, and ioredis leaves a rejected command's
    // `commandTimeout` timer running, which held every closed pool's process open for that long.
    disableClientInfo: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs,
    connectTimeout: Math.max(options.commandTimeoutMs, 2_000),
    maxLoadingRetryTime: LOADING_RECHECK_MS,
  };
  const url = new URL(options.url);
  const mode = redisMode(options);
  switch (mode) {
    case 'cluster':
      return new Cluster(options.clusterNodes!, {
        scaleReads: 'master',
        lazyConnect: true,
        enableOfflineQueue: false,
        maxRedirections: CLUSTER_MAX_REDIRECTIONS,
        // While a shard has no primary the cluster answers CLUSTERDOWN: fail at once (503), do not wait.
        retryDelayOnClusterDown: 0,
        clusterRetryStrategy: retryStrategy,
        slotsRefreshTimeout: Math.max(options.commandTimeoutMs, 1_000),
        redisOptions: connection,
      });
    case 'sentinel':
      return new Redis({
        ...connection,
        sentinels: options.sentinels,
        name: options.sentinelName,
        sentinelPassword: options.sentinelPassword,
        ...(url.protocol === 'rediss:' && { enableTLSForSentinelMode: true }),
        db: Number(url.pathname.slice(1) || 0),
        lazyConnect: true,
        retryStrategy,
        sentinelRetryStrategy: retryStrategy,
        // Learn of a new primary from the sentinels' +switch-master, not from the next failed command.
        failoverDetector: true,
        // A demoted primary refuses writes with READONLY: reconnect (to the new primary), fail this command.
        reconnectOnError: (error) => (error.message.startsWith('READONLY') ? 1 : false),
      });
    case 'standalone':
      return new Redis(options.url, { ...connection, lazyConnect: true, retryStrategy });
    default: {
      const unexpected: never = mode;
      throw new Error(`unknown Redis mode ${String(unexpected)}`);
    }
  }
}

/** The servers that hold data: every cluster primary, or the one server. */
export function primariesOf(client: RedisClient): Redis[] {
  return client instanceof Cluster ? client.nodes('master') : [client];
}

/** `host:port` of a server (for health figures and logs). */
export function addressOf(server: Redis): string {
  return `${server.options.host}:${server.options.port}`;
}
