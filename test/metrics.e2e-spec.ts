import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { CaseState, ConversationStateManager } from '@app/state';
import { MetricsScrape } from './metrics-scrape';
import { freePort } from './redis-server';
import { createApiApp, SLOW_OK, testConfig } from './test-app';
import { TriageClient } from './triage-client';

const OPENING = 'Recebi uma multa de trânsito do Detran por excesso de velocidade, mas eu não estava dirigindo o carro naquele dia e quero recorrer.';

async function scrape(app: NestFastifyApplication): Promise<MetricsScrape> {
  const response = await request(app.getHttpServer()).get('/metrics').expect(200);
  expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return new MetricsScrape(response.text);
}

describe('GET /metrics', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    // No Redis timeout on a loaded machine: a 503 would add its own series and break the flatness check for a reason of its own.
    app = await createApiApp(testConfig(SLOW_OK));
  });
  afterAll(() => app?.close());

  it('serves Node default metrics without a token', async () => {
    const metrics = await scrape(app);
    for (const name of ['nodejs_eventloop_lag_seconds', 'nodejs_heap_size_used_bytes', 'nodejs_active_handles_total', 'litgo_redis_pool_connections_ready']) {
      expect(metrics.names.has(name)).toBe(true);
    }
    expect(metrics.value('litgo_redis_pool_connections_ready')).toBe(2);
  });

  it('shows a turn, its route latency, the save script latency and a completion by strategy', async () => {
    const client = await TriageClient.as(app, 'metrics-user');
    const caseId = await client.start();
    await client.say(caseId, OPENING).expect(200);
    await client.http().post('/api/v2/triage/force-complete').send({ case_id: caseId }).expect(200);
    await client.http().get(`/api/v2/triage/status/${caseId}`).expect(200);

    const metrics = await scrape(app);
    expect(metrics.value('litgo_triage_turns_total')).toBeGreaterThanOrEqual(1);
    expect(metrics.value('litgo_triage_engine_cpu_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(metrics.value('http_requests_total', { method: 'POST', route: '/api/v2/triage/continue', status: '200' })).toBeGreaterThanOrEqual(1);
    expect(metrics.value('http_request_duration_seconds_count', { route: '/api/v2/triage/status/:case_id' })).toBeGreaterThanOrEqual(1);
    expect(metrics.value('litgo_redis_call_duration_seconds_count', { call: 'litgoSaveCase' })).toBeGreaterThanOrEqual(3);
    expect(metrics.value('litgo_triage_completions_total', { complexity: 'low', strategy: 'simple' })).toBeGreaterThanOrEqual(1);
    expect(metrics.value('litgo_state_saves_total', { outcome: 'saved' })).toBeGreaterThanOrEqual(3);
    expect(metrics.text).not.toContain(caseId);
  });

  it('reads live cases from the indexes, and Redis as up', async () => {
    const client = await TriageClient.as(app, 'live-user');
    await client.start();
    // The gauges are cached for a few seconds; a fresh app would show the new case at once.
    const metrics = await scrape(app);
    expect(metrics.value('litgo_redis_up')).toBe(1);
    expect(metrics.names.has('litgo_live_cases')).toBe(true);
    expect(metrics.value('litgo_live_cases_by_complexity', { complexity: 'low' })).toBeGreaterThanOrEqual(0);
  });

  it('labels an unknown path as one route, never by its raw path', async () => {
    await request(app.getHttpServer()).get('/api/v2/triage/no-such-route/abc123').expect(404);
    const metrics = await scrape(app);
    expect(metrics.value('http_requests_total', { route: 'unmatched', status: '404' })).toBeGreaterThanOrEqual(1);
    expect(metrics.text).not.toContain('abc123');
  });

  it('counts compare-and-set conflicts and retries when updates of one case race', async () => {
    const caseId = await (await TriageClient.as(app, 'racing-user')).start();
    const state = app.get(ConversationStateManager);
    // Each writer reads, waits, then writes: all but the first find the version moved.
    const slowRewrite = async ({ conversation }: CaseState): Promise<CaseState> => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      return { conversation, orchestration: null };
    };
    await Promise.all(Array.from({ length: 5 }, () => state.update(caseId, slowRewrite)));
    const metrics = await scrape(app);
    expect(metrics.value('litgo_state_cas_conflicts_total')).toBeGreaterThanOrEqual(1);
    expect(metrics.value('litgo_state_cas_retries_total')).toBeGreaterThanOrEqual(1);
    expect(metrics.value('litgo_state_saves_total', { outcome: 'conflict' })).toBe(metrics.value('litgo_state_cas_conflicts_total'));
  });

  // After a baseline that has met every route and status, 100 more distinct users and cases: a label
  // carrying an id would add a series for each. The timeout only catches a hang (CPU-bound on a loaded CI).
  it('keeps the number of series flat across 100 more distinct cases and users', async () => {
    const triage = async (user: string) => {
      const client = await TriageClient.as(app, user);
      const caseId = await client.start();
      await client.say(caseId, OPENING).expect(200);
      await client.http().get(`/api/v2/triage/status/${caseId}`).expect(200);
    };
    const batch = async (from: number, count: number) => {
      for (let i = from; i < from + count; i += 20) await Promise.all(Array.from({ length: 20 }, (_, j) => triage(`card-${i + j}`)));
    };
    await batch(0, 40);
    const before = (await scrape(app)).ownSeries;
    await batch(40, 100);
    const after = await scrape(app);
    expect(after.ownSeries.sort()).toEqual(before.sort());
    expect(after.text).not.toMatch(/card-\d+/);
  }, 180_000);
});

describe('METRICS_PORT and METRICS_ENABLED', () => {
  it('serves /metrics on the metrics port only when one is set', async () => {
    const port = await freePort();
    const app = await createApiApp(testConfig({ METRICS_PORT: String(port) }));
    try {
      await request(app.getHttpServer()).get('/metrics').expect(404);
      const response = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('http_requests_total');
      expect((await fetch(`http://127.0.0.1:${port}/api/health/live`)).status).toBe(404);
    } finally {
      await app.close();
    }
    await expect(fetch(`http://127.0.0.1:${port}/metrics`)).rejects.toThrow();
  });

  it('serves nothing with METRICS_ENABLED=false', async () => {
    const app = await createApiApp(testConfig({ METRICS_ENABLED: 'false' }));
    try {
      await request(app.getHttpServer()).get('/metrics').expect(404);
    } finally {
      await app.close();
    }
  });
});
