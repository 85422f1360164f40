import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { NestInstrumentation } from '@opentelemetry/instrumentation-nestjs-core';
import { NodeSDK } from '@opentelemetry/sdk-node';

/** Probes and scrapes come every few seconds and say nothing worth a trace. */
const UNTRACED_PATHS = new Set(['/api/health/live', '/api/health/ready', '/metrics']);

/**
 * Starts the OpenTelemetry SDK: spans for each HTTP request, each Nest handler and each Redis
 * command (EVALSHA for the scripts), exported in batches as OTLP/HTTP JSON to `endpoint`.
 * No Fastify instrumentation fits this SDK line on Node 20; the Nest one gives the handler span.
 */
export function startOpenTelemetry(endpoint: string, serviceName: string): NodeSDK {
  const sdk = new NodeSDK({
    serviceName,
    traceExporter: new OTLPTraceExporter({ url: `${endpoint}/v1/traces` }),
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.has(request.url?.split('?')[0] ?? '') }),
      new NestInstrumentation(),
      new IORedisInstrumentation({ dbStatementSerializer: (command) => command }),
    ],
  });
  sdk.start();
  return sdk;
}
