import { IncomingMessage } from 'node:http';
import { loadConfig } from '@app/config';
import { pinoHttpOptions, requestLogLevel } from './logging';

describe('pinoHttpOptions', () => {
  const sut = pinoHttpOptions(loadConfig({ AUTH_JWT_SECRET: 'a-test-secret-of-at-least-thirty-two-bytes!!', LOG_LEVEL: 'info' }));
  // As Nest's middleware sees a request: `url` relative to the mount path, `originalUrl` whole.
  const ignore = (originalUrl: string) =>
    (sut.autoLogging as { ignore: (req: IncomingMessage) => boolean }).ignore({ url: '/', originalUrl } as IncomingMessage & { originalUrl: string });

  it('logs the status of a response, not its headers', () => {
    const res = { statusCode: 201, getHeaders: () => ({ 'content-security-policy': "default-src 'self'" }) };
    expect(sut.serializers!.res(res)).toEqual({ statusCode: 201 });
  });

  it('logs the path of a request without its query string', () => {
    expect(sut.serializers!.req({ id: 'r1', method: 'GET', url: '/api/v2/triage/cases?cursor=secret' })).toEqual({
      id: 'r1',
      method: 'GET',
      url: '/api/v2/triage/cases',
    });
  });

  it('leaves out the Kubernetes probes and the metrics scrape but not the other routes', () => {
    expect(ignore('/api/health/live')).toBe(true);
    expect(ignore('/api/health/ready')).toBe(true);
    expect(ignore('/metrics')).toBe(true);
    expect(ignore('/api/health/redis')).toBe(false);
    expect(ignore('/api/v2/triage/health')).toBe(false);
  });

  it('adds the trace id to log lines only when tracing is on', () => {
    const config = (env: Record<string, string>) => loadConfig({ AUTH_JWT_SECRET: 'a-test-secret-of-at-least-thirty-two-bytes!!', ...env });
    expect(pinoHttpOptions(config({})).mixin).toBeUndefined();
    expect(pinoHttpOptions(config({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' })).mixin).toBeInstanceOf(Function);
  });

  it('pretty-prints on a terminal outside production, JSON otherwise', () => {
    const config = (NODE_ENV: string) => loadConfig({ AUTH_JWT_SECRET: 'a-test-secret-of-at-least-thirty-two-bytes!!', NODE_ENV });
    expect(pinoHttpOptions(config('development'), true).transport).toMatchObject({ target: 'pino-pretty' });
    expect(pinoHttpOptions(config('development'), false).transport).toBeUndefined();
    expect(pinoHttpOptions(config('production'), true).transport).toBeUndefined();
  });

  it.each([
    [200, 'info'],
    [404, 'warn'],
    [429, 'debug'],
    [503, 'debug'],
    [500, 'error'],
  ])('logs a %i answer at %s', (status, level) => {
    expect(requestLogLevel(status, status >= 500 ? new Error(`failed with status code ${status}`) : undefined)).toBe(level);
  });
});
