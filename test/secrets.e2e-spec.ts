import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import Redis from 'ioredis';
import { SignJWT } from 'jose';
import { mintToken } from '@app/auth';
import { loadConfig } from '@app/config';
import { Answer, ApiProcess, assertApiBuilt, call, linesAtOrAbove } from './api-process';
import { RedisServer, startRedisServer } from './redis-server';

const ROOT = resolve(__dirname, '..');
const CHECK_SECRETS = join(ROOT, 'scripts/check-secrets.sh');
const T = '/api/v2/triage';
const random = (bytes: number) => randomBytes(bytes).toString('base64url');

/** Which of `needles` occur in `haystack` (named, not shown: they are secrets). */
function occurring(haystack: string, needles: Record<string, string>): string[] {
  return Object.entries(needles)
    .filter(([, value]) => haystack.includes(value))
    .map(([name]) => name);
}

describe('secrets stay out of logs and error bodies', () => {
  const adminPassword = random(18);
  const aclPassword = random(18);
  const jwtSecret = random(30).slice(0, 40);
  let server: RedisServer;

  /** After every (re)start: the default user needs `requirepass` (set here, as redis-server.ts pings without auth). */
  async function requirePassword(): Promise<void> {
    const admin = new Redis(server.url, { lazyConnect: true, maxRetriesPerRequest: 0 });
    await admin.connect();
    await admin.config('SET', 'requirepass', adminPassword);
    admin.disconnect();
  }

  beforeAll(async () => {
    assertApiBuilt();
    server = await startRedisServer({ args: ['--user', 'litgo', 'on', `>${aclPassword}`, '~*', '&*', '+@all'] });
    await requirePassword();
  });

  afterAll(async () => {
    await server?.destroy();
  });

  /** Secrets, tokens and client texts of one run, by name, and every error body it saw. */
  interface Run {
    secrets: Record<string, string>;
    tokens: Record<string, string>;
    messages: Record<string, string>;
    errors: Answer[];
  }

  function expectNoLeaks(output: string, run: Run): void {
    // The capture holds the request log lines, so an empty check cannot pass by accident.
    expect(output).toMatch(/"msg":"request completed"/);
    expect(occurring(output, run.secrets)).toEqual([]);
    expect(occurring(output, run.tokens)).toEqual([]);
    expect(occurring(linesAtOrAbove(output, 30).join('\n'), run.messages)).toEqual([]);
    expect(run.errors.length).toBeGreaterThan(0);
    expect(occurring(run.errors.map((e) => e.text).join('\n'), { ...run.secrets, ...run.tokens, ...run.messages })).toEqual([]);
  }

  async function newRun(): Promise<Run & { user: string; http: (port: number) => Http }> {
    const auth = loadConfig({ AUTH_JWT_SECRET: jwtSecret, LOG_LEVEL: 'silent' }).auth;
    const marker = random(9);
    const sub = `user-${marker}`;
    const now = Math.floor(Date.now() / 1000);
    const user = await mintToken(auth, { sub });
    const run: Run = {
      secrets: { adminPassword, aclPassword, jwtSecret },
      tokens: {
        user,
        otherUser: await mintToken(auth, { sub: `other-${marker}` }),
        admin: await mintToken(auth, { sub: `ops-${marker}`, admin: true }),
        wrongSecret: await mintToken({ ...auth, jwtSecret: random(30) }, { sub }),
        expired: await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(sub).setExpirationTime(now - 600).sign(new TextEncoder().encode(jwtSecret)),
        garbage: `${random(12)}.${random(24)}.${random(16)}`,
      },
      messages: {
        firstTurn: `Fui demitido sem justa causa em março e a empresa não pagou minhas verbas rescisórias ${marker}-1`,
        secondTurn: `Trabalhei seis anos na Metalúrgica Horizonte em Caxias do Sul, com carteira assinada ${marker}-2`,
        thirdTurn: `Tenho os holerites e o termo de rescisão; quero receber o que me devem ${marker}-3`,
        refusedTurn: `Preciso de ajuda urgente, o prazo para reclamar está acabando ${marker}-4`,
        reason: `cliente encerrou a conversa ${marker}-5`,
      },
      errors: [],
    };
    const http = (port: number): Http => async (method, path, status, options = {}) => {
      const answer = await call(port, method, path, options);
      if (answer.status >= 400) run.errors.push(answer);
      expect({ method, path, status: answer.status }).toEqual({ method, path, status });
      return answer;
    };
    return { ...run, user, http };
  }

  it('runs a full flow, a Redis outage and a recovery at LOG_LEVEL=trace without leaking (ACL user)', async () => {
    const api = await ApiProcess.start({
      REDIS_URL: server.url,
      REDIS_USERNAME: 'litgo',
      REDIS_PASSWORD: aclPassword,
      REDIS_KEY_PREFIX: `sec${randomUUID().slice(0, 6)}:`,
      AUTH_JWT_SECRET: jwtSecret,
      LOG_LEVEL: 'trace',
      NODE_ENV: 'production',
    });
    const run = await newRun();
    const { user, tokens, messages } = run;
    const http = run.http(api.port);
    try {
      await api.waitUntilLive();
      const { body: started } = await http('POST', `${T}/start`, 201, { token: user, body: {} });
      const caseId = started.case_id as string;
      await http('GET', `${T}/result/${caseId}`, 409, { token: user });
      for (const message of [messages.firstTurn, messages.secondTurn, messages.thirdTurn]) {
        const turn = await call(api.port, 'POST', `${T}/continue`, { token: user, body: { case_id: caseId, message } });
        expect([200, 409]).toContain(turn.status);
      }
      await http('GET', `${T}/status/${caseId}`, 200, { token: user });
      await http('GET', `${T}/conversation/${caseId}`, 200, { token: user });
      await http('POST', `${T}/force-complete`, 200, { token: user, body: { case_id: caseId, reason: messages.reason } });
      await http('GET', `${T}/result/${caseId}`, 200, { token: user });

      for (const bad of [tokens.wrongSecret, tokens.expired, tokens.garbage]) {
        await http('GET', `${T}/status/${caseId}`, 401, { token: bad });
        await http('POST', `${T}/continue`, 401, { token: bad, body: { case_id: caseId, message: messages.refusedTurn } });
      }
      await http('GET', `${T}/status/${caseId}`, 401, { auth: `Basic ${Buffer.from(`litgo:${aclPassword}`).toString('base64')}` });
      await http('GET', `${T}/status/${caseId}`, 404, { token: tokens.otherUser });
      await http('GET', `${T}/status/${randomUUID()}`, 404, { token: user });
      await http('POST', `${T}/continue`, 400, { token: user, body: { case_id: 'not-a-uuid', message: messages.refusedTurn } });
      await http('POST', `${T}/continue`, 400, { token: user, body: `{"case_id":"${caseId}","message":"${messages.refusedTurn}` });
      await http('POST', `${T}/continue`, 413, { token: user, body: { case_id: caseId, message: `${messages.refusedTurn} ${'x'.repeat(70_000)}` } });
      await http('GET', `${T}/stats`, 403, { token: user });

      // Redis goes away: fast 503s, readiness red, liveness green; then it comes back by itself.
      await server.stop();
      await http('POST', `${T}/start`, 503, { token: user, body: {} });
      await http('GET', `${T}/status/${caseId}`, 503, { token: user });
      await http('POST', `${T}/continue`, 503, { token: user, body: { case_id: caseId, message: messages.refusedTurn } });
      await http('GET', '/api/health/ready', 503);
      await http('GET', '/api/health/redis', 401);
      await http('GET', '/api/health/redis', 503, { token: tokens.admin });
      await http('GET', '/api/health/live', 200);
      // Long enough for failed reconnects, which the pool logs at debug level (below the check).
      await new Promise((r) => setTimeout(r, 500));
      await server.start();
      await requirePassword();
      const deadline = Date.now() + 10_000;
      while ((await call(api.port, 'GET', '/api/health/ready')).status !== 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      await http('GET', '/api/health/ready', 200);
      const { body: again } = await http('POST', `${T}/start`, 201, { token: user, body: {} });
      await http('POST', `${T}/continue`, 200, { token: user, body: { case_id: again.case_id, message: messages.refusedTurn } });
    } finally {
      await api.stop();
    }
    expect(api.output).toMatch(/"level":20,.*"msg":"connection \d: /);
    expectNoLeaks(api.output, run);
  });

  it('works with REDIS_PASSWORD alone (requirepass) without leaking it', async () => {
    const api = await ApiProcess.start({ REDIS_URL: server.url, REDIS_PASSWORD: adminPassword, AUTH_JWT_SECRET: jwtSecret, LOG_LEVEL: 'trace', NODE_ENV: 'production' });
    const run = await newRun();
    const http = run.http(api.port);
    try {
      await api.waitUntilLive();
      const { body } = await http('POST', `${T}/start`, 201, { token: run.user, body: {} });
      await http('POST', `${T}/continue`, 200, { token: run.user, body: { case_id: body.case_id, message: run.messages.firstTurn } });
      await http('POST', `${T}/continue`, 401, { token: run.tokens.wrongSecret, body: { case_id: body.case_id, message: run.messages.secondTurn } });
      await http('GET', `${T}/status/${body.case_id}`, 404, { token: run.tokens.otherUser });
    } finally {
      await api.stop();
    }
    expectNoLeaks(api.output, run);
  });

  it('names neither the wrong nor the right password when Redis refuses the credentials at start-up', async () => {
    const wrongPassword = random(18);
    const api = await ApiProcess.start({ REDIS_URL: server.url, REDIS_USERNAME: 'litgo', REDIS_PASSWORD: wrongPassword, AUTH_JWT_SECRET: jwtSecret, LOG_LEVEL: 'trace' });
    await expect(api.exit()).resolves.toBe(1);
    expect(api.output).toMatch(/WRONGPASS|NOAUTH|invalid username-password/);
    expect(occurring(api.output, { wrongPassword, adminPassword, aclPassword, jwtSecret })).toEqual([]);
  });
});

type Http = (method: string, path: string, status: number, options?: Parameters<typeof call>[3]) => Promise<Answer>;

describe('scripts/check-secrets.sh', () => {
  const check = (cwd: string) => spawnSync('bash', [CHECK_SECRETS], { cwd, encoding: 'utf8', timeout: 20_000 });
  // Built at runtime so that this file itself holds nothing the check would flag.
  const pemHeader = ['-----BEGIN', 'RSA PRIVATE KEY-----'].join(' ');
  const planted: Record<string, string> = {
    '.env.production': `PORT=3000\n${'REDIS_PASSWORD'}=hunter2realvalue\n`,
    'deploy/keys/server.pem': `${pemHeader}\nMIIEowIBAAKCAQEA7\n${pemHeader.replace('BEGIN', 'END')}\n`,
    'deploy/compose.yaml': 'services:\n  api:\n    environment:\n      AUTH_JWT_SECRET: "a-real-looking-secret-value"\n',
    'redis/prod.conf': `port 6379\n${'require'}pass s3cr3t-redis\n`,
    'src/aws.ts': `export const key = '${'AKIA'}${'ABCDEFGHIJKLMNOP'}';\n`,
    'docs/token.md': `Authorization: Bearer ${['eyJhbGciOiJIUzI1NiJ9', 'eyJzdWIiOiJ1c2VyLTEiLCJleHAiOjF9', 'c2lnbmF0dXJl'].join('.')}\n`,
  };
  const harmless: Record<string, string> = {
    '.env.example': 'REDIS_PASSWORD=change-me\nAUTH_JWT_SECRET=\nAPI_TOKEN=<your token>\nOTHER_SECRET=${OTHER_SECRET}\n',
    'docker-compose.yml': 'services:\n  redis:\n    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD:?set it}"]\n    environment:\n      REDISCLI_AUTH: ${REDIS_PASSWORD}\n',
    'redis/redis.conf': '# requirepass foobared\nappendonly yes\n',
    'README.md': 'Set REDIS_PASSWORD in .env; never commit it.\n',
  };
  let repo: string;

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'litgo-secrets-'));
    for (const [path, text] of Object.entries({ ...planted, ...harmless })) {
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      writeFileSync(join(repo, path), text);
    }
    writeFileSync(join(repo, 'untracked.env'), 'REDIS_PASSWORD=not-tracked-value\n');
    const git = (...args: string[]) => expect(spawnSync('git', args, { cwd: repo, encoding: 'utf8' }).status).toBe(0);
    git('init', '-q', '.');
    git('add', ...Object.keys({ ...planted, ...harmless }));
  });

  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('fails on planted secrets, naming each file and line, and only those', () => {
    const run = check(repo);
    expect(run.status).toBe(1);
    const flagged = run.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(':')[0]);
    expect([...new Set(flagged)].sort()).toEqual(Object.keys(planted).sort());
    expect(run.stdout).toMatch(/^\.env\.production:2: /m);
    expect(run.stdout).toMatch(/^deploy\/keys\/server\.pem:1: private key/m);
    expect(run.stdout + run.stderr).not.toMatch(/hunter2realvalue|s3cr3t-redis|a-real-looking-secret-value/);
  });

  it('skips files matched by .secrets-allowlist', () => {
    writeFileSync(join(repo, '.secrets-allowlist'), '# fixtures\n**/*.pem\ndocs/**\n');
    try {
      const run = check(repo);
      expect(run.status).toBe(1);
      expect(run.stdout).not.toMatch(/server\.pem|docs\/token\.md/);
      expect(run.stdout).toMatch(/\.env\.production/);
    } finally {
      rmSync(join(repo, '.secrets-allowlist'));
    }
  });

  it('passes on this repository', () => {
    const run = check(ROOT);
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 0, stdout: expect.stringMatching(/no secrets/), stderr: '' });
  });

  it('refuses to run outside a git work tree', () => {
    const dir = mkdtempSync(join(tmpdir(), 'litgo-nogit-'));
    try {
      expect(check(dir).status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
