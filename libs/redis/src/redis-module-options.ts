import { RedisUnavailableReason } from './redis-unavailable.error';

/** A Lua script run with EVALSHA; ioredis loads it on first use and again after NOSCRIPT. */
export interface RedisScript {
  name: string;
  lua: string;
}

/** Told of every call the pool makes, to time it (libs/metrics implements it). */
export interface RedisCallObserver {
  /** `call` (a script's name, `pipeline`, `ping`, `info`, or `command`) took `seconds`; `failure` is set when it failed. */
  called(call: string, seconds: number, failure?: RedisUnavailableReason | 'other'): void;
  /** How to read the number of ready connections when asked. */
  watchReadyConnections(ready: () => number): void;
}

export interface RedisModuleOptions {
  /** `redis://` or `rediss://` URL (db index in the path). */
  url: string;
  /** PEM CA for a `rediss://` server with a private CA (public CAs need nothing). */
  tlsCa?: string;
  /** Redis ACL user. */
  username?: string;
  password?: string;
  /** Connections in the pool, used round-robin. @default 2 */
  poolSize: number;
  /** Deadline of every command, in ms. @default 1000 */
  commandTimeoutMs: number;
  /** Connection attempts at start-up before giving up. @default 5 */
  connectAttempts?: number;
  /** Times every call; unset, calls are not timed. */
  observer?: RedisCallObserver;
}
