import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApiApp, testConfig } from './test-app';

const DEMO_ROUTES = [
  ['get', '/demo'],
  ['get', '/demo/demo.js'],
  ['post', '/api/dev/token'],
] as const;

describe('Demo page', () => {
  describe('outside production (the default)', () => {
    let app: NestFastifyApplication;
    beforeAll(async () => {
      app = await createApiApp(testConfig());
    });
    afterAll(() => app?.close());

    it('serves the page and its script outside /api, under a CSP that allows only same-origin scripts', async () => {
      const page = await request(app.getHttpServer()).get('/demo').expect(200).expect('content-type', /text\/html/);
      expect(page.text).toContain('<script src="/demo/demo.js" defer></script>');
      expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
      const script = await request(app.getHttpServer()).get('/demo/demo.js').expect(200).expect('content-type', /text\/javascript/);
      expect(script.text).toContain("'/api/v2/triage'");
      await request(app.getHttpServer()).get('/api/demo').expect(404);
    });

    it('issues a development token for a fresh, non-admin user that the triage routes accept', async () => {
      const { body, headers } = await request(app.getHttpServer()).post('/api/dev/token').expect(200);
      expect(body).toEqual({ token: expect.any(String), user_id: expect.stringMatching(/^demo-[0-9a-f-]{36}$/), expires_in: 3600 });
      expect(headers['cache-control']).toBe('no-store');
      const auth = { Authorization: `Bearer ${body.token}` };
      await request(app.getHttpServer()).post('/api/v2/triage/start').set(auth).send({ user_id: body.user_id }).expect(201);
      await request(app.getHttpServer()).get('/api/v2/triage/stats').set(auth).expect(403);
      const second = await request(app.getHttpServer()).post('/api/dev/token').expect(200);
      expect(second.body.user_id).not.toBe(body.user_id);
    });

    it('issues tokens that pass a configured AUTH_ISSUER check', async () => {
      const strict = await createApiApp(testConfig({ AUTH_ISSUER: 'https://auth.example.test' }));
      try {
        const { body } = await request(strict.getHttpServer()).post('/api/dev/token').expect(200);
        await request(strict.getHttpServer()).post('/api/v2/triage/start').set('Authorization', `Bearer ${body.token}`).send({}).expect(201);
      } finally {
        await strict.close();
      }
    });

    it('keeps the demo routes out of the OpenAPI document', async () => {
      const { body } = await request(app.getHttpServer()).get('/docs-json').expect(200);
      expect(Object.keys(body.paths).filter((path) => /demo|dev/.test(path))).toEqual([]);
    });
  });

  describe.each([
    ['in production', { NODE_ENV: 'production' }],
    ['with DEMO_PAGE=false', { DEMO_PAGE: 'false' }],
  ])('%s', (_name, env) => {
    let app: NestFastifyApplication;
    beforeAll(async () => {
      app = await createApiApp(testConfig(env));
    });
    afterAll(() => app?.close());

    it.each(DEMO_ROUTES)('answers %s %s with 404, like a route that does not exist', async (method, path) => {
      const { body } = await request(app.getHttpServer())[method](path).expect(404);
      const { body: unknown } = await request(app.getHttpServer())[method]('/no-such-route').expect(404);
      expect(body).toEqual({ ...unknown, message: unknown.message.replace('/no-such-route', path) });
    });
  });
});
