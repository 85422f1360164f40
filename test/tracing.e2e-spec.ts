import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { mintToken } from '@app/auth';
import { API_MAIN, ApiProcess, assertApiBuilt, call } from './api-process';
import { OtlpReceiver, ReceivedSpan } from './otlp-receiver';
import { testConfig, TEST_JWT_SECRET } from './test-app';

const SERVER_KIND = 2;
const API_TRACING = join(API_MAIN, '../tracing.js');
const attribute = (span: ReceivedSpan, key: string) => span.attributes.find((a) => a.key === key)?.value.stringValue;

describe('tracing (OTEL_EXPORTER_OTLP_ENDPOINT)', () => {
  let receiver: OtlpReceiver;
  let api: ApiProcess;

  beforeAll(async () => {
    assertApiBuilt();
    receiver = await OtlpReceiver.start();
    api = await ApiProcess.start({
      REDIS_URL: process.env.TEST_REDIS_URL!,
      REDIS_KEY_PREFIX: 'trace-test:',
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      // The SDK's own setting: export each batch after 100 ms instead of 5 s.
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
    await api.waitUntilLive();
  });

  afterAll(async () => {
    await api?.stop();
    await receiver?.close();
  });

  it('exports one turn as a trace with the HTTP span, the Nest handler span and the save script span, and logs its trace id', async () => {
    const token = await mintToken(testConfig().auth, { sub: 'traced-user' });
    const started = await call(api.port, 'POST', '/api/v2/triage/start', { token, body: {} });
    expect(started.status).toBe(201);
    const turn = await call(api.port, 'POST', '/api/v2/triage/continue', { token, body: { case_id: started.body.case_id, message: 'Fui demitido sem justa causa.' } });
    expect(turn.status).toBe(200);

    const isHandler = (span: ReceivedSpan) => span.name === 'TriageController.continue';
    const inTurnTrace = (spans: ReceivedSpan[]) => {
      const handler = spans.find(isHandler);
      return handler ? spans.filter((span) => span.traceId === handler.traceId) : [];
    };
    await receiver.waitFor((spans) => inTurnTrace(spans).some((span) => span.name === 'evalsha') && inTurnTrace(spans).some((span) => span.kind === SERVER_KIND));
    const trace = inTurnTrace(receiver.spans);
    const http = trace.find((span) => span.kind === SERVER_KIND)!;
    expect(attribute(http, 'url.path') ?? attribute(http, 'http.target')).toBe('/api/v2/triage/continue');
    expect(trace.filter((span) => span.name === 'evalsha').length).toBeGreaterThanOrEqual(1);
    expect(receiver.paths.every((path) => path.startsWith('POST /v1/traces application/json'))).toBe(true);
    expect(api.output).toMatch(new RegExp(`"trace_id":"${http.traceId}".*"url":"/api/v2/triage/continue"|"url":"/api/v2/triage/continue".*"trace_id":"${http.traceId}"`));
  });

  it('traces neither probes nor metrics scrapes', async () => {
    expect((await call(api.port, 'GET', '/api/health/live')).status).toBe(200);
    expect((await call(api.port, 'GET', '/metrics')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const paths = receiver.spans.filter((span) => span.kind === SERVER_KIND).map((span) => attribute(span, 'url.path') ?? attribute(span, 'http.target'));
    expect(paths).toContain('/api/v2/triage/continue');
    expect(paths.filter((path) => path === '/api/health/live' || path === '/metrics')).toEqual([]);
  });
});

describe('tracing off (no OTEL_EXPORTER_OTLP_ENDPOINT)', () => {
  it('does not even load the OpenTelemetry SDK', () => {
    const probe = `require(${JSON.stringify(API_TRACING)}); process.stdout.write(String(Object.keys(require.cache).filter((m) => m.includes('@opentelemetry/')).length))`;
    const loaded = (withEndpoint: boolean) =>
      execFileSync(process.execPath, ['-e', probe], {
        env: { PATH: process.env.PATH!, AUTH_JWT_SECRET: TEST_JWT_SECRET, ...(withEndpoint && { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' }) },
      }).toString();
    expect(loaded(false)).toBe('0');
    expect(Number(loaded(true))).toBeGreaterThan(10);
  });
});
