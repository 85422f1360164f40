import { LlmProvider, LogLevel, NodeEnv } from './env.dto';

export interface RedisNode {
  host: string;
  port: number;
}

/** Redis connection and key-space settings. */
export interface RedisConfig {
  url: string;
  /** Redis Cluster seed nodes (cluster mode when non-empty). @default [] */
  clusterNodes: RedisNode[];
  /** Sentinels (sentinel mode when non-empty, with `sentinelName`). @default [] */
  sentinels: RedisNode[];
  sentinelName?: string;
  sentinelPassword?: string;
  /** Replicas each save waits for with `WAIT n 100`. @default 0 */
  waitReplicas: number;
  /** Index buckets, each under its own hash tag. @default 16 */
  indexBuckets: number;
  /** PEM CA for `rediss://` servers with a private CA. */
  tlsCa?: string;
  username?: string;
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
  /** `used_memory / maxmemory` above which Redis health is `degraded`. @default 0.9 */
  memoryWarnRatio: number;
}

/** How bearer tokens are verified. Exactly the configured keys are used; at least one is set. */
export interface AuthConfig {
  /** HS256 secret. */
  jwtSecret?: string;
  /** RS256/ES256 keys by URL. */
  jwksUrl?: string;
  /** RS256/ES256 PEM public key. */
  publicKey?: string;
  audience?: string;
  issuer?: string;
  /** Claim that marks an admin, a dotted path for nested claims (`app_metadata.role`). @default 'role' */
  adminClaim: string;
  /** Its value for admins (or one element of it, when the claim is an array). @default 'admin' */
  adminValue: string;
  /** Clock difference tolerated on `exp`, `nbf` and `iat`, in seconds. @default 0 */
  clockSkewSeconds: number;
  /**
   * How long fetched JWKS keys, and tokens that verified, are trusted without checking again:
   * a removed key stops working within this delay. Not an environment variable (the README
   * promises a minute); tests shorten it. @default 60000
   */
  keyTrustMs: number;
  /** Set when the secret is the generated development key (never in production). */
  devKeyFile?: string;
}

/** Requests per minute, per user and per IP, by route. */
export const DEFAULT_RATE_LIMITS = {
  start: 30,
  continue: 60,
  status: 120,
  conversation: 120,
  result: 60,
  'force-complete': 10,
  cleanup: 30,
  'user-data': 10,
  stats: 10,
  cases: 10,
} as const;
export type RateLimitedRoute = keyof typeof DEFAULT_RATE_LIMITS;

export interface RateLimitConfig {
  /** @default true */
  enabled: boolean;
  perMinute: Record<RateLimitedRoute, number>;
}

/** Prometheus metrics at `/metrics`. */
export interface MetricsConfig {
  /** @default true */
  enabled: boolean;
  /** Serve `/metrics` on this port only; unset: on the API port. */
  port?: number;
}

/** OpenTelemetry traces; off unless an endpoint is set. */
export interface TracingConfig {
  /** OTLP/HTTP base URL of the collector. */
  endpoint?: string;
  /** @default 'litgo-triage' */
  serviceName: string;
}

/** The optional model interviewer (`provider: 'none'`: the local engine only, no network). */
export interface LlmConfig {
  /** @default 'none' */
  provider: LlmProvider;
  /** API base URL; unset for Anthropic means its public API. */
  baseUrl?: string;
  /** Never logged. */
  apiKey?: string;
  model?: string;
  /** Per call. @default 8000 */
  timeoutMs: number;
  /** @default 1500 */
  maxTokens: number;
  /** Calls one case may make, validation retries included. @default 24 */
  maxCallsPerCase: number;
}

/** The validated, typed configuration. Injected by class; built once by `loadConfig`. */
export class AppConfig {
  readonly nodeEnv: NodeEnv;
  readonly port: number;
  readonly logLevel: LogLevel;
  readonly redis: RedisConfig;
  readonly auth: AuthConfig;
  readonly rateLimit: RateLimitConfig;
  readonly metrics: MetricsConfig;
  readonly tracing: TracingConfig;
  /** @default [] (no cross-origin access) */
  readonly corsOrigins: string[];
  /** On a shutdown signal, readiness is 503 this long while requests are still served. @default 5000 */
  readonly shutdownDrainMs: number;
  /** Schema version of the documents written (expand/contract across a rolling update). @default 1 */
  readonly stateWriteSchema: number;
  /** Fastify's `trustProxy`: how many proxy hops, or which proxies, may tell the client's address. @default false */
  readonly trustProxy: false | number | string[];
  /** Serve `/demo` and `POST /api/dev/token`; never in production. @default true outside production */
  readonly demoPage: boolean;
  readonly llm: LlmConfig;

  constructor(values: AppConfig) {
    Object.assign(this, values);
  }
}
