import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { SwaggerModule } from '@nestjs/swagger';
import { AppConfig } from '@app/config';
import { DrainService } from '@app/health';
import { Logger } from 'nestjs-pino';
import { DEMO_PAGE_PATHS } from './demo/demo.controller';
import { exposeMetrics } from './metrics-endpoint';
import { registerJsonBodyParser } from './json-body-parser';
import { logRequests, RootLogger } from './logging';
import { createOpenApiDocument } from './openapi-document';
import { clientErrorHandler, frameworkErrors } from './raw-error-handlers';
import { RouteMethods } from './route-methods';
import { securityHeaders } from './security-headers';

/** Request bodies above this are refused with 413 before any handler runs. */
export const BODY_LIMIT_BYTES = 64 * 1024;

/** Older app builds whose base URL ends in `/api` call `/api/api/...`: one rewrite, same handlers. */
export function rewriteUrl(url: string): string {
  return url.startsWith('/api/api/') ? url.slice('/api'.length) : url;
}

/** Nest's options for the API; JSON parsing is set up in `configureApp` instead of Nest's defaults. */
export const API_APP_OPTIONS = { bodyParser: false } as const;

/** The Fastify adapter; `trustProxy` comes from `AppConfig` (the client address behind a load balancer). */
export function createFastifyAdapter(trustProxy: AppConfig['trustProxy'] = false): FastifyAdapter {
  return new FastifyAdapter({
    trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
    rewriteUrl: (req: IncomingMessage) => rewriteUrl(req.url ?? '/'),
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    frameworkErrors,
    clientErrorHandler,
    // A request on a connection still open while the server closes is served (see DrainService),
    // not refused with Fastify's own 503 body.
    return503OnClosing: false,
  });
}

/** Everything main.ts does to the app besides listening; e2e tests call it too. */
export async function configureApp(app: NestFastifyApplication): Promise<NestFastifyApplication> {
  app.useLogger(app.get(Logger));
  const { corsOrigins } = app.get(AppConfig);
  const fastify = app.getHttpAdapter().getInstance();
  const routes = app.get(RouteMethods);
  fastify.addHook('onRoute', ({ method, url }) => routes.add(method, url));
  logRequests(fastify, app.get(RootLogger).pino);
  // Without allowed origins no CORS hook is added: with `origin: false` it ran on every request and added nothing.
  if (corsOrigins.length > 0) app.enableCors({ origin: corsOrigins, allowedHeaders: ['authorization', 'content-type', 'x-request-id', 'idempotency-key'] });
  app.setGlobalPrefix('api', { exclude: DEMO_PAGE_PATHS });
  // process.exit once the hooks are done: pino flushes, and no stray handle can keep the process.
  app.enableShutdownHooks([], { useProcessExit: true });
  const drain = app.get(DrainService);
  const secureHeaders = securityHeaders();
  fastify.addHook('onSend', async (request, reply) => {
    reply.headers(secureHeaders);
    reply.header('x-request-id', request.id);
    // Keep-alive clients reconnect, and so find a ready instance; none holds the server open.
    if (drain.shuttingDown) reply.header('connection', 'close');
  });
  registerJsonBodyParser(fastify);
  exposeMetrics(app);
  const document = createOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', useGlobalPrefix: false });
  return app;
}
