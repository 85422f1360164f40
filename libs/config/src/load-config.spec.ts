import { ConfigValidationError, loadConfig } from './load-config';

const SECRET = 'a-test-secret-of-at-least-32-characters';

describe(loadConfig.name, () => {
  it('applies the documented defaults to an empty environment', () => {
    const sut = loadConfig({ AUTH_JWT_SECRET: SECRET });
    expect(sut.port).toBe(3000);
    expect(sut.logLevel).toBe('info');
    expect(sut.shutdownDrainMs).toBe(5000);
    expect(sut.redis).toEqual({
      url: 'redis://127.0.0.1:6379/0',
      clusterNodes: [],
      sentinels: [],
      waitReplicas: 0,
      indexBuckets: 16,
      username: undefined,
      password: undefined,
      maxConnections: 2,
      commandTimeoutMs: 1000,
      keyPrefix: 'litgo:',
      conversationTtlSeconds: 86400,
      orchestrationTtlSeconds: 86400,
      memoryWarnRatio: 0.9,
    });
    expect(loadConfig({ REDIS_CLUSTER_NODES: 'a:7000,10.0.0.2:7001' }).redis.clusterNodes).toEqual([
      { host: 'a', port: 7000 },
      { host: '10.0.0.2', port: 7001 },
    ]);
    expect(() => loadConfig({ REDIS_SENTINELS: 'a:26379' })).toThrow(/REDIS_SENTINEL_NAME: required/);
    expect(sut.auth).toMatchObject({ adminClaim: 'role', adminValue: 'admin', clockSkewSeconds: 0, keyTrustMs: 60_000 });
  });

  it('converts and keeps valid values', () => {
    const sut = loadConfig({ AUTH_JWT_SECRET: SECRET, PORT: '8080', REDIS_MAX_CONNECTIONS: '8', REDIS_KEY_PREFIX: 'app:', REDIS_PASSWORD: 's3cret' });
    expect(sut).toMatchObject({ port: 8080, redis: { maxConnections: 8, keyPrefix: 'app:', password: 's3cret' } });
  });

  it('names every bad variable in one error', () => {
    const attempt = () =>
      loadConfig({ PORT: 'abc', REDIS_CONVERSATION_TTL: '-1', LOG_LEVEL: 'loud', REDIS_KEY_PREFIX: 'a b', REDIS_MEMORY_WARN_RATIO: '1.5', SHUTDOWN_DRAIN_MS: '-5' });
    expect(attempt).toThrow(ConfigValidationError);
    const { problems, message } = captured(attempt);
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'LOG_LEVEL',
      'PORT',
      'REDIS_CONVERSATION_TTL',
      'REDIS_KEY_PREFIX',
      'REDIS_MEMORY_WARN_RATIO',
      'SHUTDOWN_DRAIN_MS',
    ]);
    expect(message).toContain('(got "abc")');
  });

  it('says "must be a number" for any numeric variable that is not one', () => {
    const { problems } = captured(() => loadConfig({ AUTH_JWT_SECRET: SECRET, PORT: 'abc', REDIS_MAX_CONNECTIONS: 'x', REDIS_CONVERSATION_TTL: '1.5' }));
    expect(problems).toEqual([
      'PORT: PORT must be a number (got "abc")',
      'REDIS_MAX_CONNECTIONS: REDIS_MAX_CONNECTIONS must be a number (got "x")',
      'REDIS_CONVERSATION_TTL: REDIS_CONVERSATION_TTL must be an integer number (got "1.5")',
    ]);
  });

  it('never echoes the value of a secret', () => {
    const attempt = () => loadConfig({ REDIS_PASSWORD: 'top-secret', REDIS_URL: 'http://top-secret' });
    expect(attempt).toThrow(/REDIS_URL/);
    expect(attempt).not.toThrow(/top-secret.*REDIS_PASSWORD|REDIS_PASSWORD.*top-secret/);
  });

  it('refuses to start in production without a token verification key', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_JWT_SECRET, AUTH_JWKS_URL or AUTH_PUBLIC_KEY/);
    expect(loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: SECRET }).auth).toMatchObject({ jwtSecret: SECRET, devKeyFile: undefined });
  });

  it('reads rate-limit overrides and refuses unknown routes', () => {
    expect(loadConfig({ AUTH_JWT_SECRET: SECRET, RATE_LIMITS: 'start=5,stats=1' }).rateLimit.perMinute).toMatchObject({ start: 5, stats: 1, continue: 60 });
    expect(() => loadConfig({ AUTH_JWT_SECRET: SECRET, RATE_LIMITS: 'everything=5' })).toThrow(/unknown route "everything"/);
  });

  it.each([
    [undefined, false],
    ['2', 2],
    ['10.0.0.0/8,127.0.0.1', ['10.0.0.0/8', '127.0.0.1']],
  ])('reads TRUST_PROXY=%p as %p', (value, expected) => {
    expect(loadConfig({ AUTH_JWT_SECRET: SECRET, ...(value && { TRUST_PROXY: value }) }).trustProxy).toEqual(expected);
  });

  it('serves the demo page outside production only, and refuses it in production', () => {
    expect(loadConfig({ AUTH_JWT_SECRET: SECRET }).demoPage).toBe(true);
    expect(loadConfig({ AUTH_JWT_SECRET: SECRET, DEMO_PAGE: 'false' }).demoPage).toBe(false);
    expect(loadConfig({ AUTH_JWT_SECRET: SECRET, NODE_ENV: 'production' }).demoPage).toBe(false);
    expect(loadConfig({ AUTH_JWT_SECRET: SECRET, NODE_ENV: 'production', DEMO_PAGE: 'false' }).demoPage).toBe(false);
    expect(() => loadConfig({ AUTH_JWT_SECRET: SECRET, NODE_ENV: 'production', DEMO_PAGE: 'true' })).toThrow(/DEMO_PAGE: .*never served with NODE_ENV=production/);
    expect(() => loadConfig({ AUTH_JWT_SECRET: SECRET, DEMO_PAGE: 'yes' })).toThrow(/DEMO_PAGE must be true or false/);
  });

  it('refuses TRUST_PROXY=true and says what to set instead', () => {
    expect(() => loadConfig({ AUTH_JWT_SECRET: SECRET, TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: .*any client can set.*number of proxy hops.*addresses/);
  });

  it('reads AUTH_CLOCK_SKEW_S (default 0) and refuses more than 300 s', () => {
    expect(loadConfig({ AUTH_JWT_SECRET: SECRET }).auth.clockSkewSeconds).toBe(0);
    expect(loadConfig({ AUTH_JWT_SECRET: SECRET, AUTH_CLOCK_SKEW_S: '30' }).auth.clockSkewSeconds).toBe(30);
    expect(() => loadConfig({ AUTH_JWT_SECRET: SECRET, AUTH_CLOCK_SKEW_S: '301' })).toThrow(/AUTH_CLOCK_SKEW_S/);
    expect(() => loadConfig({ AUTH_JWT_SECRET: SECRET, AUTH_CLOCK_SKEW_S: '-1' })).toThrow(/AUTH_CLOCK_SKEW_S/);
  });

  it('splits CORS origins', () => {
    expect(loadConfig({ AUTH_JWT_SECRET: SECRET, CORS_ORIGINS: 'https://app.litgo.com.br, https://admin.litgo.com.br' }).corsOrigins).toEqual([
      'https://app.litgo.com.br',
      'https://admin.litgo.com.br',
    ]);
  });

  it('serves metrics on the API port by default, traces off; a separate METRICS_PORT must differ from PORT', () => {
    expect(loadConfig({ AUTH_JWT_SECRET: SECRET })).toMatchObject({ metrics: { enabled: true, port: undefined }, tracing: { endpoint: undefined, serviceName: 'litgo-triage' } });
    expect(loadConfig({ AUTH_JWT_SECRET: SECRET, METRICS_PORT: '9464', METRICS_ENABLED: 'false' }).metrics).toEqual({ enabled: false, port: 9464 });
    expect(captured(() => loadConfig({ AUTH_JWT_SECRET: SECRET, METRICS_PORT: '3000' })).message).toContain('METRICS_PORT: must differ from PORT');
  });

  it('switches tracing on with an http(s) OTLP endpoint and refuses anything else', () => {
    expect(loadConfig({ AUTH_JWT_SECRET: SECRET, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing.endpoint).toBe('http://collector:4318');
    expect(captured(() => loadConfig({ AUTH_JWT_SECRET: SECRET, OTEL_EXPORTER_OTLP_ENDPOINT: 'collector' })).problems[0]).toMatch(/^OTEL_EXPORTER_OTLP_ENDPOINT:/);
  });

  it('keeps the model off by default and names each bad LLM_ variable, never echoing the key', () => {
    expect(loadConfig({ AUTH_JWT_SECRET: SECRET }).llm).toEqual({
      provider: 'none',
      baseUrl: undefined,
      apiKey: undefined,
      model: undefined,
      timeoutMs: 8000,
      maxTokens: 1500,
      maxCallsPerCase: 24,
    });
    const on = loadConfig({ AUTH_JWT_SECRET: SECRET, LLM_PROVIDER: 'openai-compatible', LLM_BASE_URL: 'http://vllm:8000/v1/', LLM_MODEL: 'qwen' });
    expect(on.llm).toMatchObject({ provider: 'openai-compatible', baseUrl: 'http://vllm:8000/v1', model: 'qwen' });
    const error = captured(() => loadConfig({ AUTH_JWT_SECRET: SECRET, LLM_PROVIDER: 'anthropic', LLM_API_KEY: '', LLM_TIMEOUT_MS: 'soon', LLM_MAX_CALLS_PER_CASE: '0' }));
    expect(error.problems.map((p) => p.split(':')[0]).sort()).toEqual(['LLM_API_KEY', 'LLM_MAX_CALLS_PER_CASE', 'LLM_MODEL', 'LLM_TIMEOUT_MS']);
    const badProvider = captured(() => loadConfig({ AUTH_JWT_SECRET: SECRET, LLM_PROVIDER: 'gpt', LLM_API_KEY: 'sk-do-not-print', LLM_MAX_TOKENS: '1' }));
    expect(badProvider.problems).toEqual([
      expect.stringMatching(/^LLM_PROVIDER: LLM_PROVIDER must be none, anthropic or openai-compatible/),
      expect.stringMatching(/^LLM_MAX_TOKENS:/),
    ]);
    expect(badProvider.message).not.toContain('sk-do-not-print');
  });
});

function captured(attempt: () => unknown): ConfigValidationError {
  try {
    attempt();
  } catch (error) {
    return error as ConfigValidationError;
  }
  throw new Error('expected a ConfigValidationError');
}
