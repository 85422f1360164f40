import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getMetadataStorage } from 'class-validator';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { parse, parseAllDocuments } from 'yaml';
import { loadConfig } from '@app/config';
import { IN_FLIGHT_LIMIT_MS } from '@app/health';
import { EnvDto } from '../libs/config/src/env.dto';
import { createApiApp, testConfig } from './test-app';

const ROOT = resolve(__dirname, '..');
const K8S = join(ROOT, 'deploy/k8s');

// Docker is not available where the tests run: the compose file is checked for structure only.
type Json = Record<string, any>;

/** Every variable libs/config reads (each EnvDto field carries a validation rule). */
const CONFIG_VARIABLES = new Set(getMetadataStorage().getTargetValidationMetadatas(EnvDto, '', true, false).map((rule) => rule.propertyName));

const manifests: Array<{ file: string; object: Json }> = readdirSync(K8S)
  .filter((file) => /\.ya?ml$/.test(file))
  .flatMap((file) =>
    parseAllDocuments(readFileSync(join(K8S, file), 'utf8'))
      .map((document) => ({ file, object: document.toJS() as Json }))
      .filter(({ object }) => object !== null),
  );
const only = (kind: string): Json => {
  const found = manifests.filter(({ object }) => object.kind === kind);
  expect(found).toHaveLength(1);
  return found[0].object;
};

/** `kubernetes-models/<group>/<version>/<Kind>`'s class validates the object against the Kubernetes schema. */
function validate(object: Json): void {
  const { [object.kind]: Model } = require(`kubernetes-models/${object.apiVersion}/${object.kind}`);
  new Model(object).validate();
}

const contains = (labels: Json, selector: Json) => Object.entries(selector).every(([name, value]) => labels[name] === value);

describe('deploy/k8s', () => {
  const deployment = () => only('Deployment');
  const pod = () => deployment().spec.template.spec;
  const api = () => pod().containers[0];
  const env = (): Record<string, string> => Object.fromEntries(api().env.map(({ name, value }: Json) => [name, value]));

  it('holds a Deployment, Service, HorizontalPodAutoscaler, PodDisruptionBudget and example Secret, each valid for Kubernetes', () => {
    expect(manifests.map(({ object }) => object.kind).sort()).toEqual(['Deployment', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Secret', 'Service']);
    for (const { object } of manifests) expect(() => validate(object)).not.toThrow();
    // The validator is in effect: a wrong type is refused.
    expect(() => validate({ ...deployment(), spec: { ...deployment().spec, replicas: 'two' } })).toThrow(/replicas/);
  });

  it('wires the Service, PodDisruptionBudget, autoscaler and Secret to the Deployment', () => {
    const labels = deployment().spec.template.metadata.labels;
    expect(contains(labels, deployment().spec.selector.matchLabels)).toBe(true);
    expect(contains(labels, only('Service').spec.selector)).toBe(true);
    expect(contains(labels, only('PodDisruptionBudget').spec.selector.matchLabels)).toBe(true);
    expect(only('HorizontalPodAutoscaler').spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: deployment().metadata.name });
    const ports = api().ports.map((port: Json) => port.name);
    expect(ports).toContain(only('Service').spec.ports[0].targetPort);
    expect(api().envFrom).toContainEqual({ secretRef: { name: only('Secret').metadata.name } });
  });

  it('names only variables libs/config reads, with values it accepts', () => {
    const secret = only('Secret').stringData;
    for (const name of [...Object.keys(env()), ...Object.keys(secret)]) expect(CONFIG_VARIABLES).toContain(name);
    expect(() => loadConfig({ ...env(), ...secret })).not.toThrow();
  });

  it('stops the way the drain expects: preStop waits SHUTDOWN_DRAIN_MS, and preStop + drain + in-flight fit the grace period', () => {
    const [command, seconds] = api().lifecycle.preStop.exec.command;
    const drainSeconds = Number(env().SHUTDOWN_DRAIN_MS) / 1000;
    expect(command).toBe('sleep');
    expect(Number(seconds)).toBe(drainSeconds);
    expect(Number(seconds) + drainSeconds + IN_FLIGHT_LIMIT_MS / 1000).toBeLessThanOrEqual(pod().terminationGracePeriodSeconds);
  });

  it('runs as a non-root user on a read-only root file system, with requests for the scheduler', () => {
    expect(pod().securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: expect.any(Number) });
    expect(api().securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    expect(api().resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
  });

  describe('probes', () => {
    let app: NestFastifyApplication;

    beforeAll(async () => {
      app = await createApiApp(testConfig());
    });

    afterAll(() => app?.close());

    it('are liveness /api/health/live, readiness /api/health/ready and a startup probe, each a route the API answers with 200', async () => {
      const { livenessProbe, readinessProbe, startupProbe } = api();
      expect([livenessProbe.httpGet.path, readinessProbe.httpGet.path]).toEqual(['/api/health/live', '/api/health/ready']);
      for (const probe of [livenessProbe, readinessProbe, startupProbe]) {
        expect(probe.httpGet.port).toBe('http');
        await request(app.getHttpServer()).get(probe.httpGet.path).expect(200);
      }
    });
  });
});

describe('docker-compose.yml', () => {
  const compose: Json = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true });
  const services = Object.entries(compose.services as Record<string, Json>);
  const inProfile = (profile: string) => services.filter(([, service]) => service.profiles?.includes(profile)).map(([name]) => name);
  const redisNodes = Array.from({ length: 6 }, (_, i) => `redis-node-${i + 1}`);

  it('keeps the default stack and adds the profiles cluster and scale', () => {
    expect(services.filter(([, service]) => !service.profiles).map(([name]) => name)).toEqual(['redis', 'api']);
    expect(inProfile('cluster')).toEqual([...redisNodes, 'redis-cluster-init', 'api-cluster']);
    expect(inProfile('scale')).toEqual(['api-replica', 'lb']);
  });

  it('gives every API service only variables libs/config reads', () => {
    const apis = services.filter(([, service]) => service.build);
    expect(apis.map(([name]) => name)).toEqual(['api', 'api-cluster', 'api-replica']);
    for (const [, service] of apis) for (const name of Object.keys(service.environment)) expect(CONFIG_VARIABLES).toContain(name);
  });

  it('builds the cluster from all six nodes and points its API at them', () => {
    const { 'redis-cluster-init': init, 'api-cluster': api } = compose.services;
    expect(init.command[0]).toContain('--cluster-replicas 1');
    for (const node of redisNodes) expect(init.command[0]).toContain(node);
    expect(Object.keys(init.depends_on)).toEqual(redisNodes);
    expect(api.environment.REDIS_CLUSTER_NODES.split(',')).toEqual(redisNodes.map((node) => `${node}:6379`));
    expect(api.depends_on).toEqual({ 'redis-cluster-init': { condition: 'service_completed_successfully' } });
  });

  it('puts two API replicas behind nginx, whose config names them', () => {
    const { 'api-replica': replica, lb } = compose.services;
    expect(replica.deploy.replicas).toBe(2);
    expect(lb.image).toMatch(/^nginx:/);
    const [config] = lb.volumes.map((volume: string) => volume.split(':')[0]);
    const nginx = readFileSync(join(ROOT, config), 'utf8');
    expect(nginx).toContain(`server api-replica:${replica.environment.PORT};`);
    expect(lb.ports[0]).toMatch(new RegExp(`:${/listen (\d+);/.exec(nginx)![1]}$`));
  });
});
