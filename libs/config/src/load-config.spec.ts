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
      username: undefined,
      password: undefined,
      maxConnections: 2,
      commandTimeoutMs: 1000,
      keyPrefix: 'litgo:',
      conversationTtlSeconds: 86400,
      orchestrationTtlSeconds: 86400,
    });
  });

  it('converts and keeps valid values', () => {
    const sut = loadConfig({ AUTH_JWT_SECRET: SECRET, PORT: '8080', REDIS_MAX_CONNECTIONS: '8', REDIS_KEY_PREFIX: 'app:', REDIS_PASSWORD: 's3cret' });
    expect(sut).toMatchObject({ port: 8080, redis: { maxConnections: 8, keyPrefix: 'app:', password: 's3cret' } });
  });

  it('names every bad variable in one error', () => {
    const attempt = () => loadConfig({ PORT: 'abc', REDIS_CONVERSATION_TTL: '-1', LOG_LEVEL: 'loud', REDIS_KEY_PREFIX: 'a b', SHUTDOWN_DRAIN_MS: '-5' });
    expect(attempt).toThrow(ConfigValidationError);
    const { problems, message } = captured(attempt);
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['LOG_LEVEL', 'PORT', 'REDIS_CONVERSATION_TTL', 'REDIS_KEY_PREFIX', 'SHUTDOWN_DRAIN_MS']);
    expect(message).toContain('(got "abc")');
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
    ['true', true],
    ['2', 2],
    ['10.0.0.0/8,127.0.0.1', ['10.0.0.0/8', '127.0.0.1']],
  ])('reads TRUST_PROXY=%p as %p', (value, expected) => {
    expect(loadConfig({ AUTH_JWT_SECRET: SECRET, ...(value && { TRUST_PROXY: value }) }).trustProxy).toEqual(expected);
  });

  it('splits CORS origins', () => {
    expect(loadConfig({ AUTH_JWT_SECRET: SECRET, CORS_ORIGINS: 'https://app.litgo.com.br, https://admin.litgo.com.br' }).corsOrigins).toEqual([
      'https://app.litgo.com.br',
      'https://admin.litgo.com.br',
    ]);
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
