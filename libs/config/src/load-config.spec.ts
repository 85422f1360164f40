import { ConfigValidationError, loadConfig } from './load-config';

describe(loadConfig.name, () => {
  it('applies the documented defaults to an empty environment', () => {
    const sut = loadConfig({});
    expect(sut.port).toBe(3000);
    expect(sut.logLevel).toBe('info');
    expect(sut.redis).toEqual({
      url: 'redis://127.0.0.1:6379/0',
      password: undefined,
      maxConnections: 2,
      commandTimeoutMs: 1000,
      keyPrefix: 'litgo:',
      conversationTtlSeconds: 86400,
      orchestrationTtlSeconds: 86400,
    });
  });

  it('converts and keeps valid values', () => {
    const sut = loadConfig({ PORT: '8080', REDIS_MAX_CONNECTIONS: '8', REDIS_KEY_PREFIX: 'app:', REDIS_PASSWORD: 's3cret' });
    expect(sut).toMatchObject({ port: 8080, redis: { maxConnections: 8, keyPrefix: 'app:', password: 's3cret' } });
  });

  it('names every bad variable in one error', () => {
    const attempt = () => loadConfig({ PORT: 'abc', REDIS_CONVERSATION_TTL: '-1', LOG_LEVEL: 'loud', REDIS_KEY_PREFIX: 'a b' });
    expect(attempt).toThrow(ConfigValidationError);
    const { problems, message } = captured(attempt);
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['LOG_LEVEL', 'PORT', 'REDIS_CONVERSATION_TTL', 'REDIS_KEY_PREFIX']);
    expect(message).toContain('(got "abc")');
  });

  it('never echoes the value of a secret', () => {
    const attempt = () => loadConfig({ REDIS_PASSWORD: 'top-secret', REDIS_URL: 'http://top-secret' });
    expect(attempt).toThrow(/REDIS_URL/);
    expect(attempt).not.toThrow(/top-secret.*REDIS_PASSWORD|REDIS_PASSWORD.*top-secret/);
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
