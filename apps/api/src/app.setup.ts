import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import helmet from 'helmet';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppConfig } from '@app/config';
import { DrainService } from '@app/health';
import { Logger } from 'nestjs-pino';
import { registerJsonBodyParser } from './json-body-parser';
import { clientErrorHandler, frameworkErrors } from './raw-error-handlers';

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
  // helmet's middleware is built once here: @fastify/helmet builds it again for every request.
  const secureHeaders = helmet({
    // Swagger UI at /docs needs inline scripts and styles; the JSON API needs nothing else.
    contentSecurityPolicy: {
      directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'", "'unsafe-inline'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'] },
    },
  });
  fastify.addHook('onRequest', (request, reply, done) => secureHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)));
  app.enableCors({ origin: corsOrigins.length > 0 ? corsOrigins : false, allowedHeaders: ['authorization', 'content-type', 'x-request-id'] });
  app.setGlobalPrefix('api');
  // process.exit once the hooks are done: pino flushes, and no stray handle can keep the process.
  app.enableShutdownHooks([], { useProcessExit: true });
  const drain = app.get(DrainService);
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // Keep-alive clients reconnect, and so find a ready instance; none holds the server open.
    if (drain.shuttingDown) reply.header('connection', 'close');
  });
  registerJsonBodyParser(fastify);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('litgo-triage')
      .setDescription(API_DESCRIPTION)
      .setVersion('2')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', useGlobalPrefix: false });
  return app;
}

const API_DESCRIPTION = `Legal-triage chat for LITGO. Errors share one body: {statusCode, error, message, detail};
\`detail\` is a short sentence in Portuguese to show the person.

Example conversation:
1. POST /api/v2/triage/start {} -> "Olá! Eu sou o Justus, assistente jurídico da LITGO..."
2. POST /api/v2/triage/continue {case_id, message: "Fui demitido sem justa causa e a empresa não pagou minhas verbas rescisórias."}
   -> "Quando isso aconteceu?"
3. {message: "Em 15/01/2024, trabalhei 6 anos numa metalúrgica em Caxias do Sul/RS."} -> next question...
4. ... -> status "completed" with the result (area Trabalhista, strategy failover).`;
