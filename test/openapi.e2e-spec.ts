import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { apiRequest } from './api-request';
import { createApiApp, testConfig } from './test-app';

type Json = Record<string, any>;

describe('OpenAPI document (/docs-json)', () => {
  let app: NestFastifyApplication;
  let doc: Json;

  beforeAll(async () => {
    app = await createApiApp(testConfig());
    doc = (await apiRequest(app).get('/docs-json').expect(200)).body;
  });

  afterAll(() => app?.close());

  const operations = () =>
    Object.entries(doc.paths as Json).flatMap(([path, item]) => Object.entries(item as Json).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, op: op as Json })));
  const schema = (name: string): Json => doc.components.schemas[name];
  const resolve = (value: Json): Json => (value.$ref ? schema(value.$ref.split('/').pop()) : value);
  const json = (response: Json): Json => response.content['application/json'];

  it('documents a success body with a schema and an example on every route', () => {
    const missing = operations().flatMap(({ route, op }) => {
      const success = Object.entries(op.responses as Json).find(([status]) => /^20[01]$/.test(status))?.[1];
      if (!success?.content) return [`${route}: no 200/201 body`];
      const body = resolve(json(success).schema);
      const exampled = json(success).example !== undefined || Object.values(body.properties ?? {}).every((p: any) => p.example !== undefined || p.$ref || p.allOf || p.items);
      return body.properties && exampled ? [] : [`${route}: success body without schema or example`];
    });
    expect(operations().length).toBeGreaterThanOrEqual(14);
    expect(missing).toEqual([]);
  });

  it('gives each error status its own example, in the one error body with message a string', () => {
    const errors = operations().flatMap(({ route, op }) =>
      Object.entries(op.responses as Json)
        .filter(([status]) => Number(status) >= 400 && !route.includes('/health'))
        .map(([status, response]) => ({ route, status: Number(status), media: json(response as Json) })),
    );
    expect(errors.length).toBeGreaterThan(40);
    for (const { route, status, media } of errors) {
      expect({ route, status, schema: media.schema.$ref }).toEqual({ route, status, schema: '#/components/schemas/ErrorResponseDto' });
      const values = Object.values(media.examples as Json).map((example: any) => example.value);
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) expect({ route, status: value.statusCode, message: typeof value.message }).toEqual({ route, status, message: 'string' });
    }
    expect(schema('ErrorResponseDto').properties.message.type).toBe('string');
  });

  it('documents every error status of POST /continue, the 409 with result_url', () => {
    const responses = doc.paths['/api/v2/triage/continue'].post.responses;
    expect(Object.keys(responses)).toEqual(['200', '400', '401', '404', '409', '413', '415', '422', '429', '503']);
    expect(json(responses['409']).examples.case_completed.value.result_url).toMatch(/^\/api\/v2\/triage\/result\//);
    expect(json(responses['400']).examples.message_too_long.value.detail).toBe('A mensagem pode ter no máximo 4.000 caracteres.');
    expect(responses['429'].headers['Retry-After'].schema.type).toBe('integer');
  });

  it('states what the API enforces: UUID v4 ids, no unknown body fields, integer limit, cursor pattern', () => {
    const uuidV4 = new RegExp(schema('ContinueTriageDto').properties.case_id.pattern);
    expect(uuidV4.test('3b1f6a52-7c1e-4d3a-9a55-2f1f0c8e9d10')).toBe(true);
    expect(uuidV4.test('3b1f6a52-7c1e-1d3a-9a55-2f1f0c8e9d10')).toBe(false);
    for (const name of ['StartTriageDto', 'ContinueTriageDto', 'ForceCompleteDto']) expect(schema(name).additionalProperties).toBe(false);
    expect(schema('ForceCompleteDto').properties.case_id.pattern).toBe(uuidV4.source);
    for (const route of ['status', 'conversation', 'result', 'cleanup']) {
      const item = doc.paths[`/api/v2/triage/${route}/{case_id}`];
      expect((item.get ?? item.delete).parameters[0].schema.pattern).toBe(uuidV4.source);
    }
    const query = Object.fromEntries(doc.paths['/api/v2/triage/cases'].get.parameters.map((p: Json) => [p.name, p.schema]));
    expect(query.limit).toMatchObject({ type: 'integer', minimum: 1, maximum: 100 });
    expect(query.cursor.pattern).toBe('^[A-Za-z0-9_-]{1,512}$');
  });

  it('says that status is interviewing at start and in status, active while a turn continues, and started_at is epoch seconds', () => {
    expect(schema('StartTriageResponseDto').properties.status.description).toMatch(/interviewing/);
    expect(schema('ContinueTriageResponseDto').properties.status).toMatchObject({ enum: ['active', 'completed'], description: expect.stringMatching(/`active` while/) });
    expect(schema('TriageStatusDto').properties.status.enum).toContain('interviewing');
    expect(schema('TriageStatusDto').properties.started_at.description).toMatch(/Epoch seconds/);
  });
});
