import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { generateKeyPairSync, KeyObject } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { exportJWK, SignJWT } from 'jose';
import request from 'supertest';
import { AppConfig } from '@app/config';
import { createApiApp, testConfig } from './test-app';
import { craftedToken, epochSeconds, signToken } from './tokens';

const INVALID = 'Bearer realm="litgo-triage", error="invalid_token", error_description="The access token is invalid"';
const EXPIRED = 'Bearer realm="litgo-triage", error="invalid_token", error_description="The access token has expired"';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('crafted tokens', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createApiApp(testConfig());
  });

  afterAll(() => app?.close());

  const startWith = (token: string) => request(app.getHttpServer()).post('/api/v2/triage/start').set('Authorization', `Bearer ${token}`).send({});
  const statsWith = (token: string) => request(app.getHttpServer()).get('/api/v2/triage/stats').set('Authorization', `Bearer ${token}`);

  it.each([['x\r\ny'], ['clé-ключ'], ['x", error="injected'], ['HS256\u0000']])('answers alg %j with 401 and a fixed WWW-Authenticate, never echoing it', async (alg) => {
    const response = await startWith(craftedToken({ alg, typ: 'JWT' }));
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe(INVALID);
    expect(response.body).toMatchObject({ statusCode: 401, message: 'The access token is invalid' });
    expect(JSON.stringify(response.body)).not.toContain('injected');
  });

  it('refuses a token issued in the future and accepts one issued now', async () => {
    await startWith(await signToken({ sub: 'ivy' }, { iat: epochSeconds(120) })).expect(401);
    await startWith(await signToken({ sub: 'ivy' }, { iat: epochSeconds(2) })).expect(401);
    await startWith(await signToken({ sub: 'ivy' }, { iat: epochSeconds() })).expect(201);
  });

  it('refuses a token that expired 2 s ago: no grace by default', async () => {
    const response = await startWith(await signToken({ sub: 'ivy' }, { exp: epochSeconds(-2) })).expect(401);
    expect(response.headers['www-authenticate']).toBe(EXPIRED);
  });

  it('counts an array claim that contains the admin value', async () => {
    await statsWith(await signToken({ sub: 'ops', role: ['support', 'admin'] })).expect(200);
    await statsWith(await signToken({ sub: 'ops', role: ['support'] })).expect(403);
  });
});

describe('AUTH_CLOCK_SKEW_S', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createApiApp(testConfig({ AUTH_CLOCK_SKEW_S: '10' }));
  });

  afterAll(() => app?.close());

  const startWith = (token: string) => request(app.getHttpServer()).post('/api/v2/triage/start').set('Authorization', `Bearer ${token}`).send({});

  it('tolerates that many seconds on exp and iat, and no more', async () => {
    await startWith(await signToken({ sub: 'ivy' }, { exp: epochSeconds(-3) })).expect(201);
    await startWith(await signToken({ sub: 'ivy' }, { iat: epochSeconds(5) })).expect(201);
    await startWith(await signToken({ sub: 'ivy' }, { exp: epochSeconds(-30) })).expect(401);
    await startWith(await signToken({ sub: 'ivy' }, { iat: epochSeconds(60) })).expect(401);
  });
});

describe('AUTH_ADMIN_CLAIM as a dotted path (Supabase app_metadata.role)', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createApiApp(testConfig({ AUTH_ADMIN_CLAIM: 'app_metadata.role' }));
  });

  afterAll(() => app?.close());

  it.each([
    ['a nested role', { app_metadata: { role: 'admin' } }, 200],
    ['a nested array holding the role', { app_metadata: { role: ['editor', 'admin'] } }, 200],
    ['another nested role', { app_metadata: { role: 'authenticated' } }, 403],
    ['a top-level role', { role: 'admin' }, 403],
    ['a literal key with the dot', { 'app_metadata.role': 'admin' }, 403],
  ])('reads %s as admin or not', async (_, claims, status) => {
    const token = await signToken({ sub: 'ops', ...claims });
    await request(app.getHttpServer()).get('/api/v2/triage/stats').set('Authorization', `Bearer ${token}`).expect(status);
  });
});

describe('a key removed from the JWKS', () => {
  const KEY_TRUST_MS = 400;
  const pairs = { k1: generateKeyPairSync('ec', { namedCurve: 'P-256' }), k2: generateKeyPairSync('ec', { namedCurve: 'P-256' }) };
  let served: Array<keyof typeof pairs> = ['k1', 'k2'];
  let fetches = 0;
  let jwks: Server;
  let app: NestFastifyApplication;

  const signWith = (kid: keyof typeof pairs) =>
    new SignJWT({ sub: 'rita' }).setProtectedHeader({ alg: 'ES256', kid }).setIssuedAt().setExpirationTime('5m').sign(pairs[kid].privateKey as KeyObject);
  const startWith = (token: string) => request(app.getHttpServer()).post('/api/v2/triage/start').set('Authorization', `Bearer ${token}`).send({});

  beforeAll(async () => {
    jwks = createServer(async (_, res) => {
      fetches++;
      const keys = await Promise.all(served.map(async (kid) => ({ ...(await exportJWK(pairs[kid].publicKey)), kid, alg: 'ES256', use: 'sig' })));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const config = testConfig({ AUTH_JWKS_URL: `http://127.0.0.1:${(jwks.address() as { port: number }).port}/.well-known/jwks.json` });
    app = await createApiApp(new AppConfig({ ...config, auth: { ...config.auth, keyTrustMs: KEY_TRUST_MS } }));
  });

  afterAll(async () => {
    await app.close();
    jwks.closeAllConnections();
    jwks.close();
  });

  it('stops being trusted, for tokens already seen too, once the key trust period has passed', async () => {
    const seen = await signWith('k1');
    await startWith(seen).expect(201);
    served = ['k2'];
    await sleep(KEY_TRUST_MS + 100);

    const fetchesBefore = fetches;
    await startWith(seen).expect(401);
    await startWith(await signWith('k1')).expect(401);
    await startWith(await signWith('k2')).expect(201);
    expect(fetches).toBe(fetchesBefore + 1);
  });
});
