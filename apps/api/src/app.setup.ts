import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { Logger } from 'nestjs-pino';

/** Request bodies above this are refused with 413 before any handler runs. */
export const BODY_LIMIT_BYTES = 64 * 1024;

/** Older app builds whose base URL ends in `/api` call `/api/api/...`: one rewrite, same handlers. */
export function rewriteUrl(url: string): string {
  return url.startsWith('/api/api/') ? url.slice('/api'.length) : url;
}

export function createFastifyAdapter(): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    rewriteUrl: (req: IncomingMessage) => rewriteUrl(req.url ?? '/'),
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
  });
}

/** Everything main.ts does to the app besides listening; e2e tests call it too. */
export function configureApp(app: NestFastifyApplication): NestFastifyApplication {
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply) => {
      reply.header('x-request-id', request.id);
    });
  return app;
}
