import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsBooleanString, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const LLM_PROVIDERS = ['none', 'anthropic', 'openai-compatible'] as const;
export type LlmProvider = (typeof LLM_PROVIDERS)[number];
export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

const NODE_LIST = /^[\w.-]+:\d{1,5}(,[\w.-]+:\d{1,5})*$/;

/** The environment as it arrives: every variable the service reads, with its rule and default. */
export class EnvDto {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @Matches(/^rediss?:\/\/[^\s]+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379/0';

  @IsOptional()
  @IsString()
  @MinLength(1)
  REDIS_PASSWORD?: string;

  /** PEM CA bundle that signed the Redis server's certificate, for `rediss://` with a private CA. */
  @IsOptional()
  @IsString()
  REDIS_TLS_CA_FILE?: string;

  /** Redis ACL user (with REDIS_PASSWORD). */
  @IsOptional()
  @IsString()
  @MaxLength(128)
  REDIS_USERNAME?: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(64)
  REDIS_MAX_CONNECTIONS = 2;

  /** Seed nodes of a Redis Cluster, `host:port,...`: set, the service runs on the cluster (REDIS_URL then only gives TLS). */
  @IsOptional()
  @Matches(NODE_LIST, { message: 'REDIS_CLUSTER_NODES must look like host:port,host:port' })
  REDIS_CLUSTER_NODES?: string;

  /** Sentinels, `host:port,...`, watching the primary REDIS_SENTINEL_NAME. */
  @IsOptional()
  @Matches(NODE_LIST, { message: 'REDIS_SENTINELS must look like host:port,host:port' })
  REDIS_SENTINELS?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  REDIS_SENTINEL_NAME?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  REDIS_SENTINEL_PASSWORD?: string;

  /** Replicas a save waits for (`WAIT n 100`); 0 = none. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(16)
  REDIS_WAIT_REPLICAS = 0;

  /** Buckets of the case indexes, each under its own hash tag (spread over a cluster's shards). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1024)
  REDIS_INDEX_BUCKETS = 16;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  REDIS_CONVERSATION_TTL = 86_400;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  REDIS_ORCHESTRATION_TTL = 86_400;

  @IsString()
  @MaxLength(64)
  @Matches(/^[A-Za-z0-9:_.-]*$/, { message: 'REDIS_KEY_PREFIX may only hold letters, digits and : _ . -' })
  REDIS_KEY_PREFIX = 'litgo:';

  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(60_000)
  REDIS_COMMAND_TIMEOUT_MS = 1_000;

  /** Share of `maxmemory` above which `/api/health/redis` reports `degraded`. */
  @Type(() => Number)
  @IsNumber()
  @Min(0.01)
  @Max(1)
  REDIS_MEMORY_WARN_RATIO = 0.9;

  /** On SIGTERM/SIGINT, how long readiness answers 503 while the server keeps serving. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(300_000)
  SHUTDOWN_DRAIN_MS = 5_000;

  /**
   * Schema of the documents this build writes: 1 (the previous one, which instances not yet
   * updated read) until every instance runs this build, then 2. See the README's rolling updates.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2)
  STATE_WRITE_SCHEMA = 1;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  @IsIn(NODE_ENVS)
  NODE_ENV: NodeEnv = 'development';

  /** HS256 shared secret (Supabase's JWT secret). */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'AUTH_JWT_SECRET must be at least 32 characters' })
  AUTH_JWT_SECRET?: string;

  /** JWKS endpoint for RS256/ES256 tokens. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['https', 'http'] })
  AUTH_JWKS_URL?: string;

  /** PEM public key (SPKI) for RS256/ES256 tokens; `\n` escapes are accepted. */
  @IsOptional()
  @Matches(/-----BEGIN PUBLIC KEY-----/, { message: 'AUTH_PUBLIC_KEY must be a PEM public key' })
  AUTH_PUBLIC_KEY?: string;

  @IsOptional()
  @IsString()
  AUTH_AUDIENCE?: string;

  @IsOptional()
  @IsString()
  AUTH_ISSUER?: string;

  @IsString()
  @Matches(/^[\w.-]+$/)
  AUTH_ADMIN_CLAIM = 'role';

  @IsString()
  AUTH_ADMIN_VALUE = 'admin';

  /** Seconds of clock difference tolerated on `exp`, `nbf` and `iat`. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(300)
  AUTH_CLOCK_SKEW_S = 0;

  @IsBooleanString()
  RATE_LIMIT_ENABLED = 'true';

  /** Per-minute overrides, e.g. `start=30,continue=60`. */
  @IsOptional()
  @Matches(/^(\w[\w-]*=\d+)(,\w[\w-]*=\d+)*$/, { message: 'RATE_LIMITS must look like start=30,continue=60' })
  RATE_LIMITS?: string;

  /**
   * Which proxies to trust for the client address (rate limits per IP): a hop count, or
   * comma-separated addresses/CIDRs of the load balancers. Unset: none. `true` is refused by
   * `loadConfig` with its own explanation.
   */
  @IsOptional()
  @Matches(/^(true|false|\d{1,2}|[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*)$/, { message: 'TRUST_PROXY must be false, a hop count or a list of addresses/CIDRs' })
  TRUST_PROXY?: string;

  /** The /demo chat page and its development token route. Unset: on outside production. */
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'DEMO_PAGE must be true or false' })
  DEMO_PAGE?: string;

  /** Serve `/metrics` and record metrics; `false` only to measure what they cost. */
  @IsIn(['true', 'false'], { message: 'METRICS_ENABLED must be true or false' })
  METRICS_ENABLED = 'true';

  /** A separate port for `/metrics` (then the API port does not serve it). Unset: the API port. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  METRICS_PORT?: number;

  /** OTLP/HTTP collector base URL (`/v1/traces` is appended); set, it switches tracing on. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['https', 'http'] })
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;

  @IsString()
  @Matches(/^[\w.-]+$/)
  OTEL_SERVICE_NAME = 'litgo-triage';

  /** The model interviewer: `none` (the local engine only, no network), `anthropic` or `openai-compatible`. */
  @IsIn(LLM_PROVIDERS, { message: 'LLM_PROVIDER must be none, anthropic or openai-compatible' })
  LLM_PROVIDER: LlmProvider = 'none';

  /** The provider's API base (required for openai-compatible: OpenAI, Azure, vLLM, Ollama, LM Studio). */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['https', 'http'] })
  LLM_BASE_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  LLM_API_KEY?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  LLM_MODEL?: string;

  /** Deadline of one model call; past it the turn goes to the local engine. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(120_000)
  LLM_TIMEOUT_MS = 8_000;

  @Type(() => Number)
  @IsInt()
  @Min(256)
  @Max(32_000)
  LLM_MAX_TOKENS = 1_500;

  /** Model calls one case may make (validation retries included); past it the case goes on locally. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  LLM_MAX_CALLS_PER_CASE = 24;

  /** Comma-separated allowed origins; empty = no cross-origin access. */
  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string;
}
