import Fastify from 'fastify';
import pino from 'pino';
import { Writable } from 'node:stream';
import { loadConfig } from '@app/config';
import { isUnlogged, loggerOptions, logRequests, requestLogLevel } from './logging';

describe('loggerOptions', () => {
  const config = (env: Record<string, string> = {}) => loadConfig({ AUTH_JWT_SECRET: 'a-test-secret-of-at-least-thirty-two-bytes!!', LOG_LEVEL: 'info', ...env });
  const sut = loggerOptions(config());

  it('logs the status of a response, not its headers', () => {
    const res = { statusCode: 201, getHeaders: () => ({ 'content-security-policy': "default-src 'self'" }) };
    expect(sut.serializers!.res(res)).toEqual({ statusCode: 201 });
  });

  it('logs the path of a request without its query string', () => {
    expect(sut.serializers!.req({ id: 'r1', method: 'GET', url: '/api/v2/triage/cases?cursor=secret' })).toEqual({ id: 'r1', method: 'GET', url: '/api/v2/triage/cases' });
  });

  it('leaves out the Kubernetes probes and the metrics scrape but not the other routes', () => {
    expect(['/api/health/live', '/api/health/ready', '/metrics'].map(isUnlogged)).toEqual([true, true, true]);
    expect(['/api/health/redis', '/api/v2/triage/health'].map(isUnlogged)).toEqual([false, false]);
  });

  it('adds the trace id to log lines only when tracing is on', () => {
    expect(loggerOptions(config()).mixin).toBeUndefined();
    expect(loggerOptions(config({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' })).mixin).toBeInstanceOf(Function);
  });

  it('pretty-prints on a terminal outside production, JSON otherwise', () => {
    expect(loggerOptions(config({ NODE_ENV: 'development' }), true).transport).toMatchObject({ target: 'pino-pretty' });
    expect(loggerOptions(config({ NODE_ENV: 'development' }), false).transport).toBeUndefined();
    expect(loggerOptions(config({ NODE_ENV: 'production' }), true).transport).toBeUndefined();
  });

  it.each([
    [200, 'info'],
    [404, 'warn'],
    [429, 'debug'],
    [503, 'debug'],
    [500, 'error'],
  ])('logs a %i answer at %s', (status, level) => {
    expect(requestLogLevel(status)).toBe(level);
  });
});

describe(logRequests.name, () => {
  it('writes one line per request: id, method, path, status and time, nothing of the headers or the body', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const stream = new Writable({ write: (chunk, _, done) => done(void lines.push(JSON.parse(chunk.toString()))) });
    const options = loggerOptions(loadConfig({ AUTH_JWT_SECRET: 'a-test-secret-of-at-least-thirty-two-bytes!!', LOG_LEVEL: 'info' }), false);
    const fastify = Fastify({ genReqId: () => 'req-1' });
    logRequests(fastify, pino(options, stream));
    fastify.post('/api/v2/triage/continue', async () => ({ ok: true }));
    fastify.get('/api/health/live', async () => ({ status: 'ok' }));

    const answer = await fastify.inject({ method: 'POST', url: '/api/v2/triage/continue?token=secret', headers: { authorization: 'Bearer secret' }, payload: { message: 'texto' } });
    await fastify.inject({ method: 'GET', url: '/api/health/live' });

    expect(answer.statusCode).toBe(200);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, req: { id: 'req-1', method: 'POST', url: '/api/v2/triage/continue' }, res: { statusCode: 200 }, msg: 'request completed' });
    expect(lines[0].responseTime).toEqual(expect.any(Number));
    expect(JSON.stringify(lines)).not.toMatch(/secret|texto/);
  });
});
