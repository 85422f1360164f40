import { NestFastifyApplication } from '@nestjs/platform-fastify';
import jestOpenAPI from 'jest-openapi';
import request, { Response } from 'supertest';

interface Operation {
  method: string;
  pattern: RegExp;
}

let operations: Operation[] | undefined;

/**
 * Loads the app's served /docs-json as the spec of this test file (the document is the same for
 * every app of a suite). `/api` is added as a second server for the `/api/api/...` compatibility
 * prefix, which reaches the same handlers.
 */
export async function loadApiSpec(app: NestFastifyApplication): Promise<void> {
  if (operations) return;
  const { body: spec } = await request(app.getHttpServer()).get('/docs-json').expect(200);
  jestOpenAPI({ ...spec, servers: [{ url: '/' }, { url: '/api' }] });
  operations = Object.entries(spec.paths as Record<string, object>).flatMap(([path, item]) =>
    Object.keys(item).map((method) => ({ method: method.toUpperCase(), pattern: new RegExp(`^(/api)?${path.replace(/\{\w+\}/g, '[^/]+')}$`) })),
  );
}

/**
 * Checks a response against the document: a documented route's response must be one of its
 * documented statuses and bodies; any other error (unknown path, unlisted method) must still be
 * the one error body. Bodiless HEAD answers and the docs pages themselves are not checked.
 */
export function satisfiesApiSpec(response: Response): void {
  if (!operations) throw new Error('loadApiSpec(app) must run before a checked request (createApiApp does it)');
  const { method, path } = (response as Response & { req: { method: string; path: string } }).req;
  if (method === 'HEAD') return;
  const pathname = path.split('?')[0];
  if (operations.some((operation) => operation.method === method && operation.pattern.test(pathname))) {
    expect(response).toSatisfyApiSpec();
  } else if (response.status >= 400) {
    expect(response.body).toSatisfySchemaInApiSpec('ErrorResponseDto');
  }
}

/** supertest against the app, as an agent whose every response is checked with `satisfiesApiSpec`. */
export function apiRequest(app: NestFastifyApplication) {
  const agent = request.agent(app.getHttpServer());
  for (const method of ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'] as const) {
    const open = agent[method].bind(agent);
    agent[method] = ((url: string) => open(url).expect(satisfiesApiSpec)) as typeof open;
  }
  return agent;
}
