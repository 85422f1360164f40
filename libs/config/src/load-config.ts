import { plainToInstance } from 'class-transformer';
import { existsSync, readFileSync } from 'node:fs';
import { validateSync } from 'class-validator';
import { AppConfig, DEFAULT_RATE_LIMITS, RateLimitedRoute, RedisNode } from './app-config';
import { DEV_KEY_FILE, devSigningKey } from './dev-signing-key';
import { EnvDto, LLM_PROVIDERS } from './env.dto';

const SECRET_VARIABLES = new Set(['REDIS_PASSWORD', 'REDIS_SENTINEL_PASSWORD', 'AUTH_JWT_SECRET', 'AUTH_PUBLIC_KEY', 'LLM_API_KEY']);
const KEY_TRUST_MS = 60_000;

/** Thrown at start-up when the environment is invalid; the message names every bad variable. */
export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment: ${problems.join('; ')}`);
    this.name = ConfigValidationError.name;
  }
}

type Env = Record<string, string | undefined>;

/** Validates the environment once and returns the typed configuration. The only reader of `process.env`. */
export function loadConfig(env: Env = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const dto = plainToInstance(EnvDto, present, { excludeExtraneousValues: false });
  const problems = validateSync(dto, { whitelist: true, stopAtFirstError: true }).map(({ property, value, constraints }) => {
    const shown = SECRET_VARIABLES.has(property) ? '' : ` (got ${JSON.stringify(env[property] ?? value)})`;
    // A numeric variable that is not a number arrives as NaN; its range rule would say "must not be greater than".
    const rule = Number.isNaN(value) ? `${property} must be a number` : Object.values(constraints ?? {}).join(', ');
    return `${property}: ${rule}${shown}`;
  });
  const hasKey = Boolean(dto.AUTH_JWT_SECRET || dto.AUTH_JWKS_URL || dto.AUTH_PUBLIC_KEY);
  if (!hasKey && dto.NODE_ENV === 'production') {
    problems.push('AUTH_JWT_SECRET, AUTH_JWKS_URL or AUTH_PUBLIC_KEY: one is required when NODE_ENV=production');
  }
  const perMinute = { ...DEFAULT_RATE_LIMITS } as Record<RateLimitedRoute, number>;
  for (const [route, limit] of (dto.RATE_LIMITS ?? '').split(',').filter(Boolean).map((pair) => pair.split('='))) {
    if (route in perMinute) perMinute[route as RateLimitedRoute] = Number(limit);
    else problems.push(`RATE_LIMITS: unknown route "${route}" (known: ${Object.keys(perMinute).join(', ')})`);
  }
  if (dto.DEMO_PAGE === 'true' && dto.NODE_ENV === 'production') {
    problems.push('DEMO_PAGE: the demo page mints development tokens and is never served with NODE_ENV=production; unset it or set it to false');
  }
  if (dto.TRUST_PROXY === 'true') {
    problems.push(
      'TRUST_PROXY: true would take the leftmost X-Forwarded-For address, which any client can set (per-IP limits bypassed); ' +
        'set the number of proxy hops in front of the API (e.g. 1) or the load balancers\' addresses/CIDRs',
    );
  }
  if (dto.REDIS_TLS_CA_FILE && !existsSync(dto.REDIS_TLS_CA_FILE)) {
    problems.push(`REDIS_TLS_CA_FILE: no such file (got ${JSON.stringify(dto.REDIS_TLS_CA_FILE)})`);
  }
  if (dto.METRICS_PORT !== undefined && dto.METRICS_PORT === dto.PORT) {
    problems.push(`METRICS_PORT: must differ from PORT (got ${dto.METRICS_PORT}); unset it to serve /metrics on the API port`);
  }
  if (dto.REDIS_CLUSTER_NODES && dto.REDIS_SENTINELS) {
    problems.push('REDIS_CLUSTER_NODES, REDIS_SENTINELS: set one of them (a cluster or a Sentinel-managed primary), not both');
  }
  if (dto.REDIS_SENTINELS && !dto.REDIS_SENTINEL_NAME) {
    problems.push('REDIS_SENTINEL_NAME: required with REDIS_SENTINELS (the name the sentinels monitor the primary under)');
  }
  problems.push(...llmProblems(dto));
  if (problems.length > 0) throw new ConfigValidationError(problems);

  return new AppConfig({
    nodeEnv: dto.NODE_ENV,
    port: dto.PORT,
    logLevel: dto.LOG_LEVEL,
    redis: {
      url: dto.REDIS_URL,
      clusterNodes: parseNodes(dto.REDIS_CLUSTER_NODES),
      sentinels: parseNodes(dto.REDIS_SENTINELS),
      sentinelName: dto.REDIS_SENTINEL_NAME,
      sentinelPassword: dto.REDIS_SENTINEL_PASSWORD,
      waitReplicas: dto.REDIS_WAIT_REPLICAS,
      indexBuckets: dto.REDIS_INDEX_BUCKETS,
      tlsCa: dto.REDIS_TLS_CA_FILE && readFileSync(dto.REDIS_TLS_CA_FILE, 'utf8'),
      username: dto.REDIS_USERNAME,
      password: dto.REDIS_PASSWORD,
      maxConnections: dto.REDIS_MAX_CONNECTIONS,
      commandTimeoutMs: dto.REDIS_COMMAND_TIMEOUT_MS,
      keyPrefix: dto.REDIS_KEY_PREFIX,
      conversationTtlSeconds: dto.REDIS_CONVERSATION_TTL,
      orchestrationTtlSeconds: dto.REDIS_ORCHESTRATION_TTL,
      memoryWarnRatio: dto.REDIS_MEMORY_WARN_RATIO,
    },
    auth: {
      jwtSecret: hasKey ? dto.AUTH_JWT_SECRET : devSigningKey(),
      jwksUrl: dto.AUTH_JWKS_URL,
      publicKey: dto.AUTH_PUBLIC_KEY?.replace(/\\n/g, '\n'),
      audience: dto.AUTH_AUDIENCE,
      issuer: dto.AUTH_ISSUER,
      adminClaim: dto.AUTH_ADMIN_CLAIM,
      adminValue: dto.AUTH_ADMIN_VALUE,
      clockSkewSeconds: dto.AUTH_CLOCK_SKEW_S,
      keyTrustMs: KEY_TRUST_MS,
      devKeyFile: hasKey ? undefined : DEV_KEY_FILE,
    },
    rateLimit: { enabled: dto.RATE_LIMIT_ENABLED === 'true', perMinute },
    metrics: { enabled: dto.METRICS_ENABLED === 'true', port: dto.METRICS_PORT },
    tracing: { endpoint: dto.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/+$/, ''), serviceName: dto.OTEL_SERVICE_NAME },
    corsOrigins: (dto.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
    trustProxy: parseTrustProxy(dto.TRUST_PROXY),
    demoPage: (dto.DEMO_PAGE ?? String(dto.NODE_ENV !== 'production')) === 'true',
    shutdownDrainMs: dto.SHUTDOWN_DRAIN_MS,
    stateWriteSchema: dto.STATE_WRITE_SCHEMA,
    llm: {
      provider: dto.LLM_PROVIDER,
      baseUrl: dto.LLM_BASE_URL?.replace(/\/+$/, ''),
      apiKey: dto.LLM_API_KEY,
      model: dto.LLM_MODEL,
      timeoutMs: dto.LLM_TIMEOUT_MS,
      maxTokens: dto.LLM_MAX_TOKENS,
      maxCallsPerCase: dto.LLM_MAX_CALLS_PER_CASE,
    },
  });
}

/** A provider needs a model; an OpenAI-compatible one also its URL (there is no default server). */
function llmProblems(dto: EnvDto): string[] {
  if (!LLM_PROVIDERS.includes(dto.LLM_PROVIDER) || dto.LLM_PROVIDER === 'none') return [];
  const problems: string[] = [];
  if (!dto.LLM_MODEL) problems.push(`LLM_MODEL: required with LLM_PROVIDER=${dto.LLM_PROVIDER}`);
  if (dto.LLM_PROVIDER === 'openai-compatible' && !dto.LLM_BASE_URL) problems.push('LLM_BASE_URL: required with LLM_PROVIDER=openai-compatible');
  if (dto.LLM_PROVIDER === 'anthropic' && !dto.LLM_API_KEY) problems.push('LLM_API_KEY: required with LLM_PROVIDER=anthropic');
  return problems;
}

function parseNodes(value: string | undefined): RedisNode[] {
  return (value ?? '')
    .split(',')
    .filter(Boolean)
    .map((node) => ({ host: node.slice(0, node.lastIndexOf(':')), port: Number(node.slice(node.lastIndexOf(':') + 1)) }));
}

function parseTrustProxy(value: string | undefined): false | number | string[] {
  if (value === undefined || value === 'false') return false;
  return /^\d+$/.test(value) ? Number(value) : value.split(',');
}
