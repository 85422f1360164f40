import { loadConfig } from '@app/config';

/**
 * Imported first by main.ts: the OpenTelemetry instrumentations patch Fastify's `http`, Nest
 * and ioredis as they load, so none of them may be loaded before. Without
 * `OTEL_EXPORTER_OTLP_ENDPOINT` the SDK is not even required: tracing off costs nothing.
 */
function startTracing(): void {
  let tracing;
  try {
    tracing = loadConfig().tracing;
  } catch {
    return; // main.ts reports the bad environment
  }
  if (!tracing.endpoint) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startOpenTelemetry } = require('./open-telemetry') as typeof import('./open-telemetry');
  startOpenTelemetry(tracing.endpoint, tracing.serviceName);
}

startTracing();
