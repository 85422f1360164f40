import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { generateKeyPairSync } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { exportJWK, importPKCS8, SignJWT } from 'jose';
import Redis from 'ioredis';
import { apiRequest } from './api-request';
import { AppConfig } from '@app/config';
import { newId } from './factories';
import { createApiApp, TEST_JWT_SECRET, testConfig } from './test-app';
import { TriageClient } from './triage-client';
import { craftedToken, epochSeconds, signToken } from './tokens';

describe('authentication and ownership', () => {
  let app: NestFastifyApplication;
  let alice: TriageClient;
  let bob: TriageClient;

  beforeAll(async () => {
    app = await createApiApp(testConfig());
    [alice, bob] = await Promise.all([TriageClient.as(app, 'alice'), TriageClient.as(app, 'bob')]);
  });

  afterAll(() => app?.close());

  const anonymous = () => apiRequest(app);

  it.each([
    ['no token', undefined],
    ['a malformed header', 'Token abc'],
    ['garbage', 'Bearer not.a.jwt'],
  ])('answers %s with 401 and WWW-Authenticate', async (_, header) => {
    const call = anonymous().post('/api/v2/triage/start').send({});
    const response = await (header ? call.set('Authorization', header) : call).expect(401);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer realm="litgo-triage"/);
    expect(response.body).toMatchObject({ statusCode: 401, detail: expect.any(String) });
  });

  it.each([
    ['a wrong signature', () => signToken({ sub: 'alice' }, { secret: 'another-secret-of-at-least-32-characters!' })],
    ['an expired token', () => signToken({ sub: 'alice' }, { exp: epochSeconds(-60) })],
    ['a token not valid yet', () => signToken({ sub: 'alice' }, { nbf: epochSeconds(3600) })],
    ['a token without sub', () => signToken({})],
    ['alg none', async () => craftedToken({ alg: 'none' }, { sub: 'alice' }).replace(/[^.]+$/, '')],
  ])('refuses %s with 401', async (_, token) => {
    const response = await anonymous().get('/api/v2/triage/stats').set('Authorization', `Bearer ${await token()}`).expect(401);
    expect(response.headers['www-authenticate']).toMatch(/error="invalid_token"/);
  });

  it('keeps the health routes public', async () => {
    await anonymous().get('/api/v2/triage/health').expect(200);
    await anonymous().get('/api/health/live').expect(200);
  });

  it("refuses a start body whose user_id is not the token's user with 403", async () => {
    await alice.http().post('/api/v2/triage/start').send({ user_id: 'bob' }).expect(403);
    await alice.http().post('/api/v2/triage/start').send({ user_id: 'alice' }).expect(201);
  });

  it("answers another user's case exactly like a missing one (404) on every route", async () => {
    const caseId = await alice.start();
    await alice.say(caseId, 'Meu patrão não paga minhas horas extras.').expect(200);
    const missing = (await bob.http().get(`/api/v2/triage/status/${newId()}`).expect(404)).body;
    const probes = [
      () => bob.http().get(`/api/v2/triage/status/${caseId}`),
      () => bob.http().get(`/api/v2/triage/conversation/${caseId}`),
      () => bob.http().get(`/api/v2/triage/result/${caseId}`),
      () => bob.say(caseId, 'sou eu'),
      () => bob.http().post('/api/v2/triage/force-complete').send({ case_id: caseId }),
      () => bob.http().delete(`/api/v2/triage/cleanup/${caseId}`),
    ];
    for (const probe of probes) {
      const response = await probe();
      expect(response.status).toBe(404);
      expect(response.body.detail).toBe(missing.detail);
    }
    const { body } = await alice.http().get(`/api/v2/triage/conversation/${caseId}`).expect(200);
    expect(body.message_count).toBe(3);
  });

  it('lets only admins read stats and the case list', async () => {
    await alice.http().get('/api/v2/triage/stats').expect(403);
    await alice.http().get('/api/v2/triage/cases').expect(403);
    const admin = await TriageClient.as(app, 'ops', { admin: true });
    await admin.http().get('/api/v2/triage/stats').expect(200);
    const { body } = await admin.http().get('/api/v2/triage/cases?limit=2').expect(200);
    expect(body.items.length).toBeLessThanOrEqual(2);
    await admin.http().get('/api/v2/triage/cases?limit=1000').expect(400);
  });

  it('sends security headers', async () => {
    const { headers } = await anonymous().get('/api/health/live').expect(200);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['strict-transport-security']).toBeDefined();
    expect(headers['content-security-policy']).toContain("default-src 'self'");
  });
});

describe('LGPD erasure', () => {
  let config: AppConfig;
  let app: NestFastifyApplication;
  let redis: Redis;

  beforeAll(async () => {
    config = testConfig();
    app = await createApiApp(config);
    redis = new Redis(config.redis.url);
  });

  afterAll(async () => {
    redis.disconnect();
    await app.close();
  });

  it("DELETE /user-data removes every case of the caller and nothing of anyone else's", async () => {
    const [carla, dani] = await Promise.all([TriageClient.as(app, 'carla'), TriageClient.as(app, 'dani')]);
    const carlasCases = await Promise.all([carla.start(), carla.start(), carla.start()]);
    await carla.say(carlasCases[0], 'Quero me divorciar e dividir os bens.').expect(200);
    const danisCase = await dani.start();

    // The app sends a JSON content type even on DELETE, with no body.
    const { body } = await carla.http().delete('/api/v2/triage/user-data').set('content-type', 'application/json').expect(200);

    expect(body).toEqual({ user_id: 'carla', erased_cases: 3, status: 'erased' });
    const keys = await redis.keys(`${config.redis.keyPrefix}*`);
    for (const caseId of carlasCases) expect(keys.filter((key) => key.includes(caseId))).toEqual([]);
    expect(keys).not.toContain(`${config.redis.keyPrefix}index:owner:carla`);
    for (const index of keys.filter((key) => key.includes('index:'))) {
      for (const caseId of carlasCases) await expect(redis.zscore(index, caseId)).resolves.toBeNull();
    }
    await dani.http().get(`/api/v2/triage/status/${danisCase}`).expect(200);
  });
});

describe('rate limits across instances', () => {
  const config = testConfig({ RATE_LIMIT_ENABLED: 'true', RATE_LIMITS: 'start=2' });
  let a: NestFastifyApplication;
  let b: NestFastifyApplication;

  beforeAll(async () => {
    [a, b] = await Promise.all([createApiApp(config), createApiApp(config)]);
  });

  afterAll(() => Promise.all([a.close(), b.close()]));

  it('counts one user on every instance and answers 429 with Retry-After', async () => {
    const [onA, onB] = await Promise.all([TriageClient.as(a, 'eve'), TriageClient.as(b, 'eve')]);
    await onA.http().post('/api/v2/triage/start').send({}).expect(201);
    await onB.http().post('/api/v2/triage/start').send({}).expect(201);

    const limited = await onA.http().post('/api/v2/triage/start').send({}).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({ statusCode: 429, detail: expect.any(String) });

    const other = await TriageClient.as(b, 'frank');
    await other.http().post('/api/v2/triage/start').send({}).expect(201);
  });
});

describe('RS256 tokens', () => {
  let app: NestFastifyApplication;
  let jwks: Server;
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const signRs256 = async (kid?: string) =>
    new SignJWT({ sub: 'rita' })
      .setProtectedHeader({ alg: 'RS256', ...(kid && { kid }) })
      .setExpirationTime('5m')
      .setAudience('authenticated')
      .sign(await importPKCS8(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'RS256'));

  afterEach(async () => {
    await app?.close();
    jwks?.close();
  });

  it('verifies with AUTH_PUBLIC_KEY and checks the audience', async () => {
    app = await createApiApp(testConfig({ AUTH_PUBLIC_KEY: pem, AUTH_AUDIENCE: 'authenticated' }));
    await apiRequest(app).post('/api/v2/triage/start').set('Authorization', `Bearer ${await signRs256()}`).send({}).expect(201);
    const wrongAudience = await new SignJWT({ sub: 'rita' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m').setAudience('other').sign(new TextEncoder().encode(TEST_JWT_SECRET));
    await apiRequest(app).post('/api/v2/triage/start').set('Authorization', `Bearer ${wrongAudience}`).send({}).expect(401);
  });

  it('verifies with AUTH_JWKS_URL', async () => {
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwks = createServer((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(jwks.address() as { port: number }).port}/.well-known/jwks.json`;
    app = await createApiApp(testConfig({ AUTH_JWKS_URL: url }));
    await apiRequest(app).post('/api/v2/triage/start').set('Authorization', `Bearer ${await signRs256('k1')}`).send({}).expect(201);
  });
});

describe('CORS', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createApiApp(testConfig({ CORS_ORIGINS: 'https://app.litgo.com.br' }));
  });

  afterAll(() => app?.close());

  const preflight = (origin: string) =>
    apiRequest(app)
      .options('/api/v2/triage/start')
      .set('Origin', origin)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization,content-type');

  it('allows the configured origin', async () => {
    const { headers } = await preflight('https://app.litgo.com.br');
    expect(headers['access-control-allow-origin']).toBe('https://app.litgo.com.br');
    expect(headers['access-control-allow-headers']).toContain('authorization');
    // A browser app may resend a turn safely with its key.
    expect(headers['access-control-allow-headers']).toContain('idempotency-key');
  });

  it('gives any other origin no CORS permission', async () => {
    const { headers } = await preflight('https://evil.example');
    expect(headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('per-IP rate limit behind a trusted load balancer', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createApiApp(testConfig({ RATE_LIMIT_ENABLED: 'true', RATE_LIMITS: 'start=1', TRUST_PROXY: '127.0.0.1' }));
  });

  afterAll(() => app?.close());

  it('counts the client address from X-Forwarded-For, not the balancer', async () => {
    const startFrom = async (user: string, ip: string) =>
      (await (await TriageClient.as(app, user)).http().post('/api/v2/triage/start').set('X-Forwarded-For', ip).send({})).status;
    const statuses = [];
    // The per-IP limit is 5x the per-user one: five users from one address pass, the sixth does not.
    for (let i = 0; i < 6; i++) statuses.push(await startFrom(`office-${i}`, '203.0.113.7'));
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    await expect(startFrom('elsewhere', '203.0.113.8')).resolves.toBe(201);
  });
});
