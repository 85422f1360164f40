import { LogLevel } from './env.dto';

/** Redis connection and key-space settings. */
export interface RedisConfig {
  url: string;
  password?: string;
  /** Connections in the pool (measured: 2 is the knee for one Node process). @default 2 */
  maxConnections: number;
  /** Per-command deadline; past it the command fails as Redis unavailable. @default 1000 */
  commandTimeoutMs: number;
  /** @default 'litgo:' */
  keyPrefix: string;
  /** @default 86400 */
  conversationTtlSeconds: number;
  /** @default 86400 */
  orchestrationTtlSeconds: number;
}

/** The validated, typed configuration. Injected by class; built once by `loadConfig`. */
export class AppConfig {
  readonly port: number;
  readonly logLevel: LogLevel;
  readonly redis: RedisConfig;

  constructor(values: AppConfig) {
    Object.assign(this, values);
  }
}
