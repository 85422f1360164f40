import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { parse } from 'yaml';
import { createApiApp, testConfig } from './test-app';

const ROOT = join(__dirname, '..');
const ALERTS = join(ROOT, 'deploy/prometheus/alerts.yml');
const DASHBOARD = join(ROOT, 'deploy/grafana/litgo-triage.json');

interface AlertRule {
  alert: string;
  expr: string;
  for: string;
  labels: { severity: string };
  annotations: { summary: string };
}
interface Dashboard {
  uid: string;
  panels: Array<{ id: number; title: string; datasource: { uid: string }; targets: Array<{ refId: string; expr: string }> }>;
}

const alerts = parse(readFileSync(ALERTS, 'utf8')) as { groups: Array<{ name: string; rules: AlertRule[] }> };
const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as Dashboard;
const rules = alerts.groups.flatMap((group) => group.rules);
const expressions = [...rules.map((rule) => rule.expr), ...dashboard.panels.flatMap((panel) => panel.targets.map((target) => target.expr))];

/** The metric names a PromQL expression reads: identifiers before a selector, not functions or keywords. */
function metricNames(expr: string): string[] {
  const bare = expr.replace(/"[^"]*"/g, '""').replace(/\{[^}]*\}/g, '{}').replace(/\[[^\]]*\]/g, '[]').replace(/\b(by|without) \([^)]*\)/g, '');
  return [...bare.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*(?=\s*(?:[{[)\s]|$))/g)].map(([name]) => name).filter((name) => /_/.test(name));
}

function promtoolInstalled(): boolean {
  try {
    execFileSync('promtool', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('deploy/prometheus/alerts.yml and deploy/grafana/litgo-triage.json', () => {
  it('name only metrics that a real scrape declares', async () => {
    const app: NestFastifyApplication = await createApiApp(testConfig());
    let exposition: string;
    try {
      exposition = (await request(app.getHttpServer()).get('/metrics').expect(200)).text;
    } finally {
      await app.close();
    }
    const declared = new Set<string>();
    for (const [, name, type] of exposition.matchAll(/^# TYPE (\S+) (\S+)$/gm)) {
      declared.add(name);
      if (type === 'histogram') ['_bucket', '_sum', '_count'].forEach((suffix) => declared.add(name + suffix));
    }
    const named = [...new Set(expressions.flatMap(metricNames))];
    expect(named.length).toBeGreaterThan(15);
    expect(named.filter((name) => !declared.has(name))).toEqual([]);
  });

  it('cover what an operator needs: the five alerts, and panels for each signal', () => {
    expect(rules.map((rule) => rule.alert).sort()).toEqual([
      'LitgoEventLoopLag',
      'LitgoHigh5xxRatio',
      'LitgoRedisMemoryNearMaxmemory',
      'LitgoRedisUnavailable',
      'LitgoRequestLatencyP99OverBudget',
    ]);
    for (const rule of rules) {
      expect(rule).toMatchObject({ expr: expect.any(String), for: expect.stringMatching(/^\d+[smh]$/), annotations: { summary: expect.any(String) } });
      expect(['warning', 'critical']).toContain(rule.labels.severity);
    }
    const shown = new Set(dashboard.panels.flatMap((panel) => panel.targets.flatMap((target) => metricNames(target.expr))));
    const signals = ['http_requests_total', 'http_request_duration_seconds_bucket', 'litgo_redis_call_duration_seconds_bucket', 'litgo_redis_errors_total'];
    signals.push('litgo_state_cas_conflicts_total', 'litgo_live_cases', 'litgo_triage_completions_total', 'nodejs_eventloop_lag_p99_seconds');
    for (const name of signals) expect(shown).toContain(name);
  });

  it('is a dashboard Grafana can load: unique panel ids and refIds, the provisioned datasource', () => {
    const datasource = parse(readFileSync(join(ROOT, 'deploy/grafana/provisioning/datasources/prometheus.yml'), 'utf8')).datasources[0].uid;
    expect(dashboard.uid).toBe('litgo-triage');
    expect(new Set(dashboard.panels.map((panel) => panel.id)).size).toBe(dashboard.panels.length);
    for (const panel of dashboard.panels) {
      expect(panel.datasource.uid).toBe(datasource);
      expect(new Set(panel.targets.map((target) => target.refId)).size).toBe(panel.targets.length);
    }
  });

  // .ci/run installs promtool (Debian's prometheus package); without it the checks above stand alone.
  (promtoolInstalled() ? it : it.skip)('pass promtool check rules and check config', () => {
    expect(execFileSync('promtool', ['check', 'rules', ALERTS]).toString()).toContain('SUCCESS: 5 rules found');
    expect(execFileSync('promtool', ['check', 'config', join(ROOT, 'deploy/prometheus/prometheus.yml')]).toString()).toContain('SUCCESS');
  });
});

describe('docker-compose.yml, profile monitoring', () => {
  const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
    services: Record<string, { image?: string; profiles?: string[]; volumes?: string[]; ports?: string[] }>;
  };

  it('runs the official Prometheus and Grafana images with every provisioned file present', () => {
    const { prometheus, grafana } = compose.services;
    expect(prometheus).toMatchObject({ image: expect.stringMatching(/^prom\/prometheus:v\d/), profiles: ['monitoring'] });
    expect(grafana).toMatchObject({ image: expect.stringMatching(/^grafana\/grafana-oss:\d/), profiles: ['monitoring'] });
    const mounted = [...prometheus.volumes!, ...grafana.volumes!].filter((volume) => volume.startsWith('./')).map((volume) => volume.split(':'));
    expect(mounted.map(([source]) => source)).toEqual(['./deploy/prometheus', './deploy/grafana/provisioning', './deploy/grafana/litgo-triage.json']);
    for (const [source] of mounted) expect(existsSync(join(ROOT, source))).toBe(true);
  });

  it('scrapes the api service on its port', () => {
    const config = parse(readFileSync(join(ROOT, 'deploy/prometheus/prometheus.yml'), 'utf8'));
    expect(config.scrape_configs[0]).toMatchObject({ metrics_path: '/metrics', static_configs: [{ targets: ['api:3000'] }] });
    expect(config.rule_files).toEqual(['alerts.yml']);
  });
});
