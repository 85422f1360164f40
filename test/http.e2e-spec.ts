import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { apiRequest } from './api-request';
import { createApiApp, testConfig } from './test-app';

describe('HTTP error shape', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createApiApp(testConfig());
  });

  afterAll(() => app?.close());

  const http = () => apiRequest(app);
  const shape = { statusCode: expect.any(Number), error: expect.any(String), message: expect.any(String), detail: expect.any(String) };

  it('answers an unknown route with 404 in the one error shape', async () => {
    const { body } = await http().get('/api/nothing-here').expect(404);
    expect(body).toEqual(shape);
  });

  it('answers malformed JSON with 400 and no stack trace', async () => {
    const { body, text } = await http().post('/api/health/live').set('content-type', 'application/json').send('{"a":').expect(400);
    expect(body).toEqual(shape);
    expect(text).not.toMatch(/at .*\.js:\d+/);
  });

  it('answers a body over 64 KB with 413', async () => {
    const { body } = await http()
      .post('/api/health/live')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ message: 'a'.repeat(70_000) }))
      .expect(413);
    expect(body).toMatchObject({ statusCode: 413, detail: 'A mensagem enviada é grande demais.' });
  });

  it('echoes the request id', async () => {
    const response = await http().get('/api/health/live').set('x-request-id', 'req-abc-123').expect(200);
    expect(response.headers['x-request-id']).toBe('req-abc-123');
  });
});
