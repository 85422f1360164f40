import { NestFastifyApplication } from '@nestjs/platform-fastify';
import Redis from 'ioredis';
import { SignJWT } from 'jose';
import { createHmac, randomUUID } from 'node:crypto';
import { IncomingHttpHeaders, request as httpRequest } from 'node:http';
import { Socket } from 'node:net';
import { AppConfig } from '@app/config';
import { createApiApp, TEST_JWT_SECRET, testConfig } from './test-app';
import { TriageClient } from './triage-client';

/**
 * A generated battery of hostile requests (lists x routes) against the real app and a real Redis.
 * Every one must get a 4xx in the one error shape, quickly, store nothing, and leave the server
 * healthy. Built from lists so that a new route or a new nasty value is one line.
 */

const REQUEST_TIMEOUT_MS = 5_000;
const PARALLEL = 16;
const T = '/api/v2/triage';
const STACK_TRACE = /\bat .+\.(?:js|ts):\d+|node_modules/;

interface Attack {
  category: string;
  method: string;
  path: string;
  /** Raw JSON text or bytes; objects are serialised with JSON.stringify. */
  body?: string | Buffer | object;
  /** @default 'application/json' when there is a body; null sends none. */
  contentType?: string | null;
  /** Authorization header value; @default the attacker's valid token; null sends none. */
  auth?: string | null;
  headers?: Record<string, string>;
  /** Allowed statuses. @default any 4xx */
  expect?: number[];
}

interface RawAttack {
  category: string;
  name: string;
  bytes: string | Buffer;
}

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

function send(port: number, attack: Attack, attackerToken: string): Promise<Reply> {
  const body =
    attack.body === undefined ? undefined : typeof attack.body === 'string' || Buffer.isBuffer(attack.body) ? attack.body : JSON.stringify(attack.body);
  const headers: Record<string, string> = { connection: 'close', ...attack.headers };
  const auth = attack.auth === undefined ? `Bearer ${attackerToken}` : attack.auth;
  if (auth !== null) headers.authorization = auth;
  const contentType = attack.contentType === undefined ? (body === undefined ? null : 'application/json') : attack.contentType;
  if (contentType !== null) headers['content-type'] = contentType;
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: attack.method, path: attack.path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** Writes bytes the HTTP client would refuse to send (bare CR/LF, NUL, smuggling) and reads the answer. */
function sendRaw(port: number, bytes: string | Buffer): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`));
    }, REQUEST_TIMEOUT_MS);
    const finish = () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      if (!status) return reject(new Error(`no HTTP status line in ${JSON.stringify(text.slice(0, 80))}`));
      const [head, ...rest] = text.split('\r\n\r\n');
      const headers = Object.fromEntries(
        head
          .split('\r\n')
          .slice(1)
          .map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(status[1]), headers, text: rest.join('\r\n\r\n') });
    };
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', finish);
    socket.on('error', (error) => (chunks.length > 0 ? finish() : (clearTimeout(timer), reject(error))));
    socket.connect(port, '127.0.0.1', () => socket.write(bytes));
  });
}

interface Result {
  category: string;
  label: string;
  status: number;
  text?: string;
  wrongStatus: boolean;
  shape: string[];
  leaks: string[];
  /** No answer in time, or the connection dropped. */
  fatal?: string;
}

/** What is wrong with a reply, property by property. */
function judge(reply: Reply, allowed: (status: number) => boolean, secrets: string[]): Omit<Result, 'category' | 'label'> {
  const shape: string[] = [];
  const leaks: string[] = [];
  if (STACK_TRACE.test(reply.text)) leaks.push('stack trace in body');
  if (secrets.some((secret) => reply.text.includes(secret))) leaks.push('secret or token echoed in body');
  if (reply.headers['x-injected'] !== undefined || reply.headers['set-cookie'] !== undefined) leaks.push('injected header in reply');
  if (reply.status >= 400 && String(reply.headers['content-type'] ?? '').includes('json') && reply.text.length > 0) {
    try {
      const body = JSON.parse(reply.text);
      const shaped = body.statusCode === reply.status && typeof body.error === 'string' && typeof body.message === 'string' && typeof body.detail === 'string';
      if (!shaped) shape.push(`not the error shape: ${reply.text.slice(0, 160)}`);
    } catch {
      shape.push('content-type JSON but the body is not JSON');
    }
  }
  return { status: reply.status, text: reply.text.slice(0, 200), wrongStatus: !allowed(reply.status), shape, leaks };
}

function describeBody(body: Attack['body']): string {
  if (body === undefined) return '';
  const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('hex') : JSON.stringify(body);
  return text.length <= 70 ? text : `${text.slice(0, 40)}…${text.slice(-20)} (${text.length} chars)`;
}

async function inBatches<T>(items: T[], run: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += PARALLEL) await Promise.all(items.slice(i, i + PARALLEL).map(run));
}

/** Percent-encodes a path segment; lone surrogates become their (invalid) 3-byte WTF-8 form. */
function pathSegment(value: string): string {
  return [...value]
    .map((ch) => {
      const c = ch.charCodeAt(0);
      if (ch.length > 1 || c < 0xd800 || c > 0xdfff) return encodeURIComponent(ch);
      return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    })
    .join('');
}

const b64url = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A token with any header and payload, HMAC-signed with `secret` (or unsigned when secret is null). */
function handMadeToken(header: object, payload: object, secret: string | null): string {
  const signingInput = `${b64url(header)}.${b64url(payload)}`;
  const signature = secret === null ? '' : createHmac('sha256', secret).update(signingInput).digest('base64url');
  return `${signingInput}.${signature}`;
}

async function hs256(claims: Record<string, unknown>, secret = TEST_JWT_SECRET, alg = 'HS256'): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg, typ: 'JWT' }).sign(new TextEncoder().encode(secret));
}

describe('hostile input battery', () => {
  let config: AppConfig;
  let app: NestFastifyApplication;
  let port: number;
  let redis: Redis;
  let attacker: TriageClient;
  let victim: TriageClient;
  let admin: TriageClient;
  let victimCase: string;
  let ownCase: string;
  const results: Result[] = [];
  let keysBefore: Record<string, string> = {};
  let transcriptBefore: unknown;

  beforeAll(async () => {
    config = testConfig();
    app = await createApiApp(config);
    const server = app.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
    redis = new Redis(config.redis.url);
    attacker = await TriageClient.as(app, `attacker-${randomUUID().slice(0, 8)}`);
    victim = await TriageClient.as(app, `victim-${randomUUID().slice(0, 8)}`);
    admin = await TriageClient.as(app, `admin-${randomUUID().slice(0, 8)}`, { admin: true });
    victimCase = await victim.start();
    await victim.say(victimCase, 'Fui demitido sem justa causa e a empresa não pagou minhas verbas rescisórias.').expect(200);
    ownCase = await attacker.start();
  });

  afterAll(async () => {
    redis?.disconnect();
    await app?.close();
  });

  /** Every key under the suite's prefix with its serialised value: any write shows up as a difference. */
  async function keyspace(): Promise<Record<string, string>> {
    const keys = (await redis.keys(`${config.redis.keyPrefix}*`)).sort();
    const dumps = await Promise.all(keys.map((key) => redis.dumpBuffer(key)));
    return Object.fromEntries(keys.map((key, i) => [key, dumps[i]?.toString('hex') ?? 'gone']));
  }

  const victimTranscript = async () => (await victim.http().get(`${T}/conversation/${victimCase}`).expect(200)).body;

  async function tokens(): Promise<Array<[string, string | null]>> {
    const now = Math.floor(Date.now() / 1000);
    const sub = victim.userId;
    const valid = await hs256({ sub, exp: now + 600 });
    const [h, p, s] = valid.split('.');
    return [
      ['none', null],
      ['Bearer alone', 'Bearer'],
      ['Bearer and a space', 'Bearer '],
      ['garbage', 'Bearer garbage'],
      ['three garbage parts', 'Bearer a.b.c'],
      ['Basic auth', `Basic ${Buffer.from(`${sub}:password`).toString('base64')}`],
      ['alg none', `Bearer ${handMadeToken({ alg: 'none', typ: 'JWT' }, { sub, exp: now + 600 }, null)}`],
      ['alg None signed', `Bearer ${handMadeToken({ alg: 'None' }, { sub, exp: now + 600 }, TEST_JWT_SECRET)}`],
      ['wrong secret', `Bearer ${await hs256({ sub, exp: now + 600 }, 'not-the-secret-0123456789abcdef-0123456789')}`],
      ['expired', `Bearer ${await hs256({ sub, exp: now - 60 })}`],
      ['nbf in the future', `Bearer ${await hs256({ sub, exp: now + 600, nbf: now + 300 })}`],
      ['missing sub', `Bearer ${await hs256({ exp: now + 600 })}`],
      ['empty sub', `Bearer ${await hs256({ sub: '', exp: now + 600 })}`],
      ['numeric sub', `Bearer ${await hs256({ sub: 12345, exp: now + 600 })}`],
      ['sub over 128 chars', `Bearer ${await hs256({ sub: 'u'.repeat(129), exp: now + 600 })}`],
      ['no exp', `Bearer ${await hs256({ sub })}`],
      ['HS512 with the right secret', `Bearer ${await hs256({ sub, exp: now + 600 }, TEST_JWT_SECRET, 'HS512')}`],
      ['RS256 header, HMAC signature', `Bearer ${handMadeToken({ alg: 'RS256' }, { sub, exp: now + 600 }, TEST_JWT_SECRET)}`],
      ['payload swapped under a valid signature', `Bearer ${h}.${b64url({ sub: 'someone-else', exp: now + 600 })}.${s}`],
      ['signature tampered', `Bearer ${h}.${p}.${s.slice(0, -2)}${s.endsWith('AA') ? 'BB' : 'AA'}`],
      ['lowercase scheme, wrong secret', `bearer ${await hs256({ sub, exp: now + 600 }, 'x'.repeat(40))}`],
      ['two tokens', `Bearer ${valid.replace(/\.[^.]*$/, '.x')} ${valid.replace(/\.[^.]*$/, '.y')}`],
      ['huge garbage', `Bearer ${'a'.repeat(3_000)}.${'b'.repeat(3_000)}.c`],
    ];
  }

  it('sends the battery', async () => {
    const unknownId = '3b1f6a52-7c1e-4d3a-9a55-2f1f0c8e9d10';
    const jsonRoutes = [
      { path: `${T}/start`, own: {}, refused: { user_id: victim.userId } },
      { path: `${T}/continue`, own: { case_id: ownCase, message: 'oi' }, refused: { case_id: victimCase, message: 'oi' } },
      { path: `${T}/force-complete`, own: { case_id: ownCase }, refused: { case_id: victimCase } },
    ];
    const idRoutes = [
      { method: 'GET', route: 'status' },
      { method: 'GET', route: 'conversation' },
      { method: 'GET', route: 'result' },
      { method: 'DELETE', route: 'cleanup' },
    ];
    const attacks: Attack[] = [];
    const add = (category: string, list: Array<Omit<Attack, 'category'>>) => attacks.push(...list.map((a) => ({ category, ...a })));

    // Malformed JSON.
    const malformed: Array<string | Buffer> = [
      '{"case_id": ',
      '{"case_id": "x",}',
      '{"a":1,}',
      '[]',
      '[{"case_id":"x"}]',
      '"just a string"',
      '12345',
      'null',
      'true',
      '',
      '{',
      "{'case_id':'x'}",
      'NaN',
      '{"a":1}{"b":2}',
      '\uFEFF{"user_id":"a b"}',
      Buffer.from([0x7b, 0x22, 0x6d, 0x65, 0x73, 0x73, 0x61, 0x67, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d]),
      Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0xc0, 0xaf, 0x7d]),
    ];
    // An empty body is no body by design (json-body-parser.ts): on /start it is a plain start, so it
    // is only sent where it must be refused. `null` is refused everywhere, like `[]` or `5`.
    for (const route of jsonRoutes) {
      const bodies = route.path.endsWith('/start') ? malformed.filter((body) => body !== '') : malformed;
      add('malformed-json', bodies.map((body) => ({ method: 'POST', path: route.path, body })));
    }

    // Wrong types for every field: the rest of the body is valid (own case), so only the type can refuse it.
    const wrongTypes: unknown[] = [0, -1, 1.5, true, false, [], ['oi'], {}, { $ne: null }, { $gt: '' }, '', '  '];
    const fields = [
      { path: `${T}/start`, base: {}, field: 'user_id', nullable: true },
      { path: `${T}/continue`, base: { case_id: ownCase, message: 'oi' }, field: 'case_id' },
      { path: `${T}/continue`, base: { case_id: ownCase, message: 'oi' }, field: 'message' },
      { path: `${T}/force-complete`, base: { case_id: ownCase }, field: 'case_id' },
      { path: `${T}/force-complete`, base: { case_id: ownCase }, field: 'reason', nullable: true },
    ];
    for (const { path, base, field, nullable } of fields) {
      const values = [...wrongTypes, ...(nullable ? [] : [null])].filter((v) => !(field === 'reason' && (v === '' || v === '  ')));
      add('wrong-types', values.map((value) => ({ method: 'POST', path, body: { ...base, [field]: value } })));
      add('wrong-types', [{ method: 'POST', path, body: `{${JSON.stringify(field)}: 1e400}` }]);
    }
    add('wrong-types', [
      { method: 'POST', path: `${T}/continue`, body: { case_id: ownCase } },
      { method: 'POST', path: `${T}/continue`, body: { message: 'oi' } },
      { method: 'POST', path: `${T}/force-complete`, body: {} },
      { method: 'POST', path: `${T}/continue`, body: { case_id: ownCase, message: 'oi', admin: true } },
      { method: 'POST', path: `${T}/start`, body: { user_id: attacker.userId, role: 'admin' } },
    ]);

    // Huge strings: just over the field limits, 60 KB (under the body limit), and over 64 KB (413).
    const huge = (n: number, c = 'a') => c.repeat(n);
    add('huge', [
      { method: 'POST', path: `${T}/continue`, body: { case_id: ownCase, message: huge(4_001) }, expect: [400] },
      { method: 'POST', path: `${T}/continue`, body: { case_id: ownCase, message: huge(4_001, 'á') }, expect: [400] },
      { method: 'POST', path: `${T}/continue`, body: { case_id: ownCase, message: huge(4_001, '😀') }, expect: [400] },
      { method: 'POST', path: `${T}/continue`, body: { case_id: ownCase, message: huge(60_000) }, expect: [400] },
      { method: 'POST', path: `${T}/continue`, body: { case_id: huge(60_000), message: 'oi' }, expect: [400] },
      { method: 'POST', path: `${T}/start`, body: { user_id: huge(129) }, expect: [400] },
      { method: 'POST', path: `${T}/start`, body: { user_id: huge(60_000) }, expect: [400] },
      { method: 'POST', path: `${T}/force-complete`, body: { case_id: ownCase, reason: huge(501) }, expect: [400] },
      { method: 'POST', path: `${T}/force-complete`, body: { case_id: ownCase, reason: huge(60_000) }, expect: [400] },
      { method: 'POST', path: `${T}/continue`, body: Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`k${i}`, 1])), expect: [400] },
      ...jsonRoutes.flatMap((route) => [
        { method: 'POST', path: route.path, body: { ...route.own, message: huge(70_000) }, expect: [413] },
        { method: 'POST', path: route.path, body: { ...route.own, padding: huge(1_000_000) }, expect: [413] },
      ]),
      ...idRoutes.flatMap(({ method, route }) => [
        { method, path: `${T}/${route}/${huge(4_001)}` },
        { method, path: `${T}/${route}/${huge(15_000)}` },
        { method, path: `${T}/${route}/${huge(70_000)}` },
      ]),
      { method: 'GET', path: `${T}/stats`, headers: { 'x-request-id': huge(8_000) } },
      { method: 'GET', path: `${T}/stats`, auth: `Bearer ${huge(20_000)}` },
    ]);

    // Deep nesting: must not blow the stack of the parser, the transformer or the validator.
    const depth = 10_000;
    const deep = [
      '['.repeat(depth),
      '{"a":'.repeat(depth),
      `${'['.repeat(depth)}${']'.repeat(depth)}`,
      `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
      `{"case_id":"${ownCase}","message":${'['.repeat(depth)}"oi"${']'.repeat(depth)}}`,
      `{"case_id":"${ownCase}","message":${'{"a":'.repeat(depth)}"oi"${'}'.repeat(depth)}}`,
      `{"user_id":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`,
      `{"reason":${'['.repeat(depth)}${']'.repeat(depth)},"case_id":"${ownCase}"}`,
    ];
    for (const route of jsonRoutes) add('deep-nesting', deep.map((body) => ({ method: 'POST', path: route.path, body })));

    // Prototype keys at the top and nested levels.
    const protoBodies = (own: object) => {
      const ownJson = JSON.stringify(own).slice(1, -1);
      const comma = ownJson ? ',' : '';
      return [
        '{"__proto__":{"admin":true,"isAdmin":true}}',
        `{${ownJson}${comma}"__proto__":{"isAdmin":true}}`,
        '{"constructor":{"prototype":{"isAdmin":true}}}',
        `{${ownJson}${comma}"constructor":{"prototype":{"polluted":1}}}`,
        '{"prototype":{"isAdmin":true}}',
        '{"constructor":1}',
        '{"constructor":{"isAdmin":true}}',
        '{"a":{"b":{"__proto__":{"polluted":1}}}}',
        '{"a":[{"constructor":{"prototype":{"polluted":1}}}]}',
        `{"case_id":"${ownCase}","message":{"__proto__":{"polluted":1}}}`,
        `{"case_id":"${ownCase}","message":"oi","user_id":{"constructor":{"prototype":{"polluted":1}}}}`,
        '{"__proto__":[]}',
        '{"case_id":"__proto__","message":"oi"}',
      ];
    };
    for (const route of jsonRoutes) add('proto-keys', protoBodies(route.own).map((body) => ({ method: 'POST', path: route.path, body })));
    add('proto-keys', idRoutes.flatMap(({ method, route }) => ['__proto__', 'constructor', 'prototype', 'hasOwnProperty'].map((id) => ({ method, path: `${T}/${route}/${id}` }))));

    // NUL bytes and odd Unicode in ids (refused) and in messages to a case the caller does not own (404).
    const odd = ['a\u0000b', '\u0000', '\u202Eabc', '\u200B', '\u200D\u200C', '\ud800', '\udfff', '😀', 'e\u0301\u0301\u0301', '\u2028\u2029', 'Ａ', `${victimCase}\u200B`, `\u202E${victimCase}`];
    for (const value of odd) {
      add('odd-unicode', [
        ...idRoutes.map(({ method, route }) => ({ method, path: `${T}/${route}/${pathSegment(value)}`, expect: [400, 404] })),
        { method: 'POST', path: `${T}/continue`, body: { case_id: value, message: 'oi' }, expect: [400] },
        { method: 'POST', path: `${T}/force-complete`, body: { case_id: value }, expect: [400] },
        { method: 'POST', path: `${T}/start`, body: { user_id: value }, expect: [400] },
        { method: 'POST', path: `${T}/continue`, body: { case_id: victimCase, message: value }, expect: [400, 404] },
      ]);
    }

    // Glob characters and path pieces in the case_id, in the path and in the body.
    const pathPieces = [
      '*', '?x', '[', ']', '[a-f]*', '%2A', 'litgo:*', '%7B*%7D', '..', '../', '%2e%2e%2f', '..%2f', '%2e%2e', '/', '%2f', '%00',
      `${victimCase}%00`, `${victimCase}*`, `${victimCase}/`, `${victimCase}%2f..`, `..%2f..%2fhealth%2flive`, '../../../api/health/live',
      '%ff', '%', '%u002e', 'a%0d%0aSet-Cookie:%20x=1', `%7B${victimCase}%7D`,
    ];
    for (const piece of pathPieces) {
      add('path-and-glob', idRoutes.map(({ method, route }) => ({ method, path: `${T}/${route}/${piece}` })));
    }
    const bodyPieces = ['*', '?', '[a-f]*', '../', '..%2f', '%2e%2e%2f', '/', '\u0000', `${victimCase}*`, `{${victimCase}}`, `${victimCase}\u0000`, `litgo:conversation:{${victimCase}}`];
    for (const piece of bodyPieces) {
      add('path-and-glob', [
        { method: 'POST', path: `${T}/continue`, body: { case_id: piece, message: 'oi' }, expect: [400] },
        { method: 'POST', path: `${T}/force-complete`, body: { case_id: piece }, expect: [400] },
      ]);
    }

    // CR/LF in header values through the HTTP client (sent literally, echoed safely).
    add('crlf-header', [
      { method: 'GET', path: `${T}/stats`, auth: null, headers: { 'x-request-id': 'abc%0d%0aX-Injected:%201' }, expect: [401] },
      { method: 'GET', path: `${T}/status/${victimCase}`, headers: { 'x-request-id': '%0d%0aSet-Cookie: a=1' }, expect: [404] },
    ]);

    // Wrong content types: the bodies would be refused even if parsed, so nothing can be stored.
    const form = (fields: object) => new URLSearchParams(Object.entries(fields).map(([k, v]): [string, string] => [k, String(v)])).toString();
    const multipart = (fields: object) =>
      Object.entries(fields)
        .map(([k, v]) => `--xyz\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${String(v)}\r\n`)
        .join('') + '--xyz--\r\n';
    for (const route of jsonRoutes) {
      const json = JSON.stringify(route.refused);
      add('content-type', [
        { method: 'POST', path: route.path, body: json, contentType: 'text/plain' },
        { method: 'POST', path: route.path, body: json, contentType: 'text/plain; charset=utf-8' },
        { method: 'POST', path: route.path, body: form(route.refused), contentType: 'application/x-www-form-urlencoded' },
        { method: 'POST', path: route.path, body: multipart(route.refused), contentType: 'multipart/form-data; boundary=xyz' },
        { method: 'POST', path: route.path, body: json, contentType: null },
        { method: 'POST', path: route.path, body: `<x>${json}</x>`, contentType: 'application/xml' },
        { method: 'POST', path: route.path, body: json, contentType: 'application/json; charset=utf-16' },
        { method: 'POST', path: route.path, body: json, contentType: 'application/jsonp' },
        { method: 'POST', path: route.path, body: json, contentType: 'text/json' },
        { method: 'POST', path: route.path, body: json, contentType: 'application/vnd.api+json' },
        { method: 'POST', path: route.path, body: json, contentType: '*/*' },
        { method: 'POST', path: route.path, body: json, contentType: 'application/octet-stream' },
      ]);
    }

    // Wrong methods on every route.
    const routeMethods: Array<[string, string[]]> = [
      [`${T}/start`, ['POST']],
      [`${T}/continue`, ['POST']],
      [`${T}/status/${victimCase}`, ['GET', 'HEAD']],
      [`${T}/conversation/${victimCase}`, ['GET', 'HEAD']],
      [`${T}/result/${victimCase}`, ['GET', 'HEAD']],
      [`${T}/force-complete`, ['POST']],
      [`${T}/cleanup/${victimCase}`, ['DELETE']],
      [`${T}/user-data`, ['DELETE']],
      [`${T}/stats`, ['GET', 'HEAD']],
      [`${T}/cases`, ['GET', 'HEAD']],
      [`${T}/health`, ['GET', 'HEAD']],
      ['/api/health/ready', ['GET', 'HEAD']],
    ];
    for (const [path, allowed] of routeMethods) {
      const wrong = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'TRACE'].filter((m) => !allowed.includes(m));
      add('method', wrong.map((method) => ({ method, path, expect: [405], ...(method === 'GET' || method === 'TRACE' ? {} : { body: { case_id: victimCase } }) })));
    }

    // Bad tokens on every authenticated route; every crafted token names the victim as its subject.
    const authRoutes: Array<Omit<Attack, 'category' | 'auth'>> = [
      { method: 'POST', path: `${T}/start`, body: {} },
      { method: 'POST', path: `${T}/continue`, body: { case_id: victimCase, message: 'oi' } },
      { method: 'GET', path: `${T}/status/${victimCase}` },
      { method: 'GET', path: `${T}/conversation/${victimCase}` },
      { method: 'GET', path: `${T}/result/${victimCase}` },
      { method: 'POST', path: `${T}/force-complete`, body: { case_id: victimCase } },
      { method: 'DELETE', path: `${T}/cleanup/${victimCase}` },
      { method: 'DELETE', path: `${T}/user-data` },
      { method: 'GET', path: `${T}/stats` },
      { method: 'GET', path: `${T}/cases` },
      { method: 'GET', path: `/api/api/v2/triage/status/${victimCase}` },
    ];
    for (const [, auth] of await tokens()) add('bad-token', authRoutes.map((route) => ({ ...route, auth, expect: [401] })));
    add('bad-token', [{ method: 'GET', path: `${T}/status/${victimCase}?access_token=${victim.token}`, auth: null, expect: [401] }]);

    // Another user's real case id on every case route (and through the /api/api rewrite).
    for (const prefix of [T, '/api/api/v2/triage']) {
      add('cross-user', [
        { method: 'POST', path: `${prefix}/continue`, body: { case_id: victimCase, message: 'quero ver' }, expect: [404] },
        { method: 'GET', path: `${prefix}/status/${victimCase}`, expect: [404] },
        { method: 'GET', path: `${prefix}/conversation/${victimCase}`, expect: [404] },
        { method: 'GET', path: `${prefix}/result/${victimCase}`, expect: [404] },
        { method: 'POST', path: `${prefix}/force-complete`, body: { case_id: victimCase, reason: 'x' }, expect: [404] },
        { method: 'DELETE', path: `${prefix}/cleanup/${victimCase}`, expect: [404] },
        { method: 'GET', path: `${prefix}/status/${victimCase.toUpperCase()}`, expect: [404] },
        { method: 'POST', path: `${prefix}/start`, body: { user_id: victim.userId }, expect: [403] },
        { method: 'GET', path: `${prefix}/stats`, expect: [403] },
        { method: 'GET', path: `${prefix}/cases`, expect: [403] },
        { method: 'GET', path: `${prefix}/status/${unknownId}`, expect: [404] },
      ]);
    }

    // Admin listing with malformed paging: still a 400, never a 500.
    const adminAuth = `Bearer ${admin.token}`;
    const badQueries = [
      'cursor=AAAA', 'cursor=W10', 'cursor=WzEsIiJd', 'cursor=bnVsbA', 'cursor=*', `cursor=${'a'.repeat(600)}`, 'cursor[]=x', 'cursor=a&cursor=b',
      'limit=0', 'limit=101', 'limit=-1', 'limit=abc', 'limit=1.5', 'limit=1e309', 'limit[]=1', 'foo=1', '__proto__[x]=1', 'constructor[prototype][x]=1',
    ];
    add('admin-query', badQueries.map((query) => ({ method: 'GET', path: `${T}/cases?${query}`, auth: adminAuth, expect: [400] })));

    // Raw bytes that the HTTP client refuses to send.
    const line = (path: string, ...headers: string[]) => `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers.map((h) => `${h}\r\n`).join('')}Connection: close\r\n\r\n`;
    const stats = `${T}/stats`;
    const raws: RawAttack[] = [
      { category: 'raw-http', name: 'bare CR in x-request-id', bytes: line(stats, 'X-Request-Id: abc\rX-Injected: 1') },
      { category: 'raw-http', name: 'bare LF in x-request-id', bytes: line(stats, 'X-Request-Id: abc\nX-Injected: 1') },
      { category: 'raw-http', name: 'NUL in header value', bytes: line(stats, 'X-Request-Id: a\u0000b') },
      { category: 'raw-http', name: 'CR in Authorization', bytes: line(stats, `Authorization: Bearer ${attacker.token}\rX: y`) },
      { category: 'raw-http', name: 'space in header name', bytes: line(stats, 'X Bad: 1') },
      { category: 'raw-http', name: 'obs-fold continuation', bytes: line(stats, 'X-Request-Id: a', ' folded') },
      { category: 'raw-http', name: 'CRLF in the request line', bytes: `GET ${stats}\r\nX-Injected: 1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n` },
      { category: 'raw-http', name: 'duplicate Content-Length', bytes: `POST ${T}/start HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\nConnection: close\r\n\r\n{} ` },
      { category: 'raw-http', name: 'Content-Length and chunked', bytes: `POST ${T}/start HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n` },
      { category: 'raw-http', name: 'bad chunk size', bytes: `POST ${T}/start HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n` },
      { category: 'raw-http', name: 'negative Content-Length', bytes: `POST ${T}/start HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: -1\r\nConnection: close\r\n\r\n` },
      { category: 'raw-http', name: 'unknown method', bytes: `PROPFIND ${stats} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n` },
      { category: 'raw-http', name: 'raw non-ASCII path', bytes: Buffer.concat([Buffer.from(`GET ${T}/status/`), Buffer.from([0xff, 0xfe, 0x00]), Buffer.from(' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')]) },
    ];

    const secrets = [TEST_JWT_SECRET, victim.token, attacker.token, admin.token];
    const anyClientError = (status: number) => status >= 400 && status < 500;
    keysBefore = await keyspace();
    transcriptBefore = await victimTranscript();
    const started = Date.now();

    await inBatches(attacks, async (attack) => {
      const label = `[${attack.category}] ${attack.method} ${attack.path.slice(0, 90)} ${describeBody(attack.body)} auth=${String(attack.auth).slice(0, 24)}`;
      try {
        const reply = await send(port, attack, attacker.token);
        results.push({ category: attack.category, label, ...judge(reply, attack.expect ? (s) => attack.expect!.includes(s) : anyClientError, secrets) });
      } catch (error) {
        results.push({ category: attack.category, label, status: 0, wrongStatus: false, shape: [], leaks: [], fatal: (error as Error).message });
      }
    });
    await inBatches(raws, async (raw) => {
      const label = `[${raw.category}] ${raw.name}`;
      try {
        results.push({ category: raw.category, label, ...judge(await sendRaw(port, raw.bytes), anyClientError, secrets) });
      } catch (error) {
        results.push({ category: raw.category, label, status: 0, wrongStatus: false, shape: [], leaks: [], fatal: (error as Error).message });
      }
    });

    const counts: Record<string, number> = {};
    for (const { category } of results) counts[category] = (counts[category] ?? 0) + 1;
    const summary = Object.entries(counts)
      .map(([category, n]) => `${category}=${n}`)
      .join(' ');
    process.stdout.write(`hostile battery: ${results.length} requests in ${Date.now() - started} ms: ${summary}\n`);
    expect(results.length).toBeGreaterThanOrEqual(200);
  });

  const listed = (pick: (r: Result) => string | undefined) => results.map((r) => (pick(r) ? `${r.label}: ${pick(r)}` : '')).filter(Boolean);

  it('never answers 5xx, hangs or drops the connection', () => {
    expect(results.length).toBeGreaterThan(0);
    expect(listed((r) => r.fatal ?? (r.status >= 500 ? `${r.status} ${r.text}` : undefined))).toEqual([]);
  });

  it('answers each request with the expected 4xx', () => {
    expect(results.length).toBeGreaterThan(0);
    expect(listed((r) => (r.wrongStatus && r.status < 500 ? `${r.status} ${r.text}` : undefined))).toEqual([]);
  });

  it('gives every JSON error body the {statusCode, error, message, detail} shape, message a string', () => {
    expect(results.length).toBeGreaterThan(0);
    expect(listed((r) => r.shape.join('; ') || undefined)).toEqual([]);
  });

  it('shows no stack trace and echoes no token or secret', () => {
    expect(results.length).toBeGreaterThan(0);
    expect(listed((r) => r.leaks.join('; ') || undefined)).toEqual([]);
  });

  it('stored nothing: same keyspace, same victim transcript, clean Object.prototype', async () => {
    expect(Object.keys(keysBefore).length).toBeGreaterThan(0);
    await expect(keyspace()).resolves.toEqual(keysBefore);
    await expect(victimTranscript()).resolves.toEqual(transcriptBefore);
    for (const key of ['admin', 'isAdmin', 'polluted']) expect(Object.prototype).not.toHaveProperty(key);
  });

  it('still refuses admin routes to the attacker after the prototype attempts', async () => {
    const { status } = await attacker.http().get(`${T}/stats`);
    expect(status).toBe(403);
  });

  it('stores odd but valid Unicode messages exactly as sent', async () => {
    const messages = ['a\u0000b', '\u202Eabc', 'zero\u200Bwidth', '😀 emoji', 'e\u0301\u0301 combining', 'lone \ud800 surrogate', 'line\u2028sep'];
    for (const message of messages) {
      const caseId = await attacker.start();
      const { status, text } = await attacker.say(caseId, message);
      expect({ message, status, trace: STACK_TRACE.test(text) }).toEqual({ message, status: 200, trace: false });
      const { body } = await attacker.http().get(`${T}/conversation/${caseId}`).expect(200);
      expect(body.messages.filter((m: { role: string }) => m.role === 'user').map((m: { content: string }) => m.content)).toEqual([message]);
    }
  });

  it('stays healthy: readiness is green and a normal triage still works', async () => {
    await attacker.http().get('/api/health/ready').expect(200);
    const caseId = await attacker.start();
    const { body } = await attacker.say(caseId, 'Comprei uma geladeira que veio com defeito e a loja não quer trocar.').expect(200);
    expect(body.case_id).toBe(caseId);
  });
});
