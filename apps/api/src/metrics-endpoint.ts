import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '@app/config';
import { MetricsService } from '@app/metrics';

/**
 * Times every request by its route template and, unless `METRICS_PORT` moves it elsewhere,
 * serves `GET /metrics` on the API port. The route is Fastify's own, outside Nest: no guard
 * (auth, rate limits) runs on it. With `METRICS_ENABLED=false` none of this is attached.
 */
export function exposeMetrics(app: NestFastifyApplication): void {
  const metrics = app.get(MetricsService);
  if (!metrics.enabled) return;
  metrics.collectDefaults();
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onResponse', (request, reply, done) => {
    metrics.http.record(request.method, request.routeOptions.url, reply.statusCode, reply.elapsedTime / 1000);
    done();
  });
  if (app.get(AppConfig).metrics.port !== undefined) return;
  fastify.get('/metrics', async (_request, reply) => reply.type(metrics.contentType).send(await metrics.render()));
}
