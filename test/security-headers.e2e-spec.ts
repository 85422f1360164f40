import { NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from 'helmet';
import { createServer, get, IncomingHttpHeaders } from 'node:http';
import request from 'supertest';
import { HELMET_OPTIONS } from '../apps/api/src/security-headers';
import { createApiApp, testConfig } from './test-app';

/** Headers of any HTTP answer, not helmet's. */
const TRANSPORT = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

/** What helmet itself sends with the app's options, run as middleware on a real Node response. */
async function helmetHeaders(): Promise<IncomingHttpHeaders> {
  const middleware = helmet(HELMET_OPTIONS);
  const server = createServer((req, res) => middleware(req, res, () => res.end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as { port: number };
    const headers = await new Promise<IncomingHttpHeaders>((resolve, reject) => get({ host: '127.0.0.1', port, path: '/' }, (res) => resolve(res.resume().headers)).on('error', reject));
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !TRANSPORT.has(name)));
  } finally {
    server.close();
  }
}

describe('security headers (computed once from helmet)', () => {
  let app: NestFastifyApplication;
  let expected: IncomingHttpHeaders;

  beforeAll(async () => {
    app = await createApiApp(testConfig());
    expected = await helmetHeaders();
  });

  afterAll(() => app?.close());

  it.each([
    ['a JSON route', '/api/health/live', 200],
    ['an unknown route', '/api/nowhere', 404],
    ['a route refused without a token', '/api/v2/triage/stats', 401],
    ['the API docs', '/docs-json', 200],
  ])('are exactly what helmet sends, on %s', async (_, path, status) => {
    const { headers } = await request(app.getHttpServer()).get(path).expect(status);
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(12);
    expect(Object.fromEntries(Object.keys(expected).map((name) => [name, headers[name]]))).toEqual(expected);
    expect(headers['x-powered-by']).toBeUndefined();
  });

  it('are the same on a body refused before any handler runs (malformed JSON)', async () => {
    const { headers } = await request(app.getHttpServer()).post('/api/v2/triage/start').set('content-type', 'application/json').send('{').expect((res) => expect([400, 401]).toContain(res.status));
    expect(Object.fromEntries(Object.keys(expected).map((name) => [name, headers[name]]))).toEqual(expected);
  });
});
