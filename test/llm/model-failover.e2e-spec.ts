import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TriageClient } from '../triage-client';
import { FakeModelServer, FakeReply } from './fake-model-server';
import FIXTURES from './fixtures/model-turns.json';
import { COMPANY_CASE, createModelApp, stored, turn } from './llm-harness';

describe('the model failing, turn by turn (fake provider, Anthropic protocol)', () => {
  let fake: FakeModelServer;
  let app: NestFastifyApplication;
  let client: TriageClient;

  beforeAll(async () => {
    fake = await FakeModelServer.start();
    ({ app, client } = await createModelApp(fake, 'anthropic'));
  });

  afterAll(async () => {
    await app.close();
    await fake.stop();
  });

  /** Sends the first `n` answers of the company case with `failures` queued at the fake; returns replies, requests made and the stored case. */
  async function run(n: number, ...failures: FakeReply[]) {
    const caseId = await client.start();
    const before = fake.requests.length;
    fake.enqueue(...failures);
    const replies: string[] = [];
    for (const message of COMPANY_CASE.slice(0, n)) replies.push((await turn(client, caseId, message)).message);
    const { conversation, record } = await stored(app, caseId);
    expect(conversation.messages).toHaveLength(1 + 2 * n);
    expect(conversation.messages.filter((m) => m.role === 'user').map((m) => m.content)).toEqual(COMPANY_CASE.slice(0, n));
    return { caseId, replies, record, requests: fake.requests.slice(before) };
  }

  it('a timeout mid-interview: that turn is the local engine’s question, the next returns to the model', async () => {
    const { replies, record } = await run(3, { kind: 'turn', turn: 'question' }, { kind: 'hang' });
    expect(replies[0]).toBe(FIXTURES.question.reply);
    expect(replies[1]).not.toBe(FIXTURES.question.reply);
    expect(replies[1]).toMatch(/\?/);
    expect(replies[2]).toBe(FIXTURES.question.reply);
    expect(record.turns.map((t) => [t.engine, t.fallback])).toEqual([['ensemble', undefined], ['local', 'timeout'], ['ensemble', undefined]]);
  });

  it('a slow streamed response past the deadline falls back like a timeout', async () => {
    const { replies, record, requests } = await run(1, { kind: 'slow', chunkDelayMs: 200 });
    expect(replies[0]).not.toBe(FIXTURES.question.reply);
    expect(record.turns).toEqual([{ at: 1, engine: 'local', fallback: 'timeout' }]);
    expect(requests).toHaveLength(1);
  });

  it('a 500 falls back on that turn only, with no retry', async () => {
    const { replies, record, requests } = await run(2, { kind: 'status', status: 500 });
    expect(requests).toHaveLength(2);
    expect(replies[1]).toBe(FIXTURES.question.reply);
    expect(record.turns.map((t) => t.fallback)).toEqual(['server_error', undefined]);
  });

  it('a 429 with retry-after pauses the model for that long: no call in the meantime, then the model again', async () => {
    const caseId = await client.start();
    const before = fake.requests.length;
    fake.enqueue({ kind: 'status', status: 429, headers: { 'retry-after': '3' } });
    await turn(client, caseId, COMPANY_CASE[0]);
    await turn(client, caseId, COMPANY_CASE[1]);
    expect(fake.requests.length - before).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 3100));
    expect((await turn(client, caseId, COMPANY_CASE[2])).message).toBe(FIXTURES.question.reply);
    const { record } = await stored(app, caseId);
    expect(record.turns.map((t) => t.fallback)).toEqual(['rate_limited', 'rate_limited', undefined]);
    expect(record.calls).toBe(2);
  });

  it('malformed JSON is retried once with the problem named, then handed to the local engine', async () => {
    const { replies, record, requests } = await run(1, { kind: 'malformed' }, { kind: 'malformed' });
    expect(requests).toHaveLength(2);
    const retry = requests[1].body.messages as Array<{ role: string; content: Array<{ text: string }> }>;
    expect(retry.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(retry[2].content[0].text).toContain('não passou na validação');
    expect(replies[0]).not.toBe(FIXTURES.question.reply);
    expect(record.turns).toEqual([{ at: 1, engine: 'local', fallback: 'invalid_output' }]);
    expect(record.calls).toBe(2);
  });

  it('an answer that breaks the schema is retried with the failing fields, and a valid retry is used', async () => {
    const { replies, record, requests } = await run(1, { kind: 'turn', turn: 'schemaBreaking' });
    expect(requests).toHaveLength(2);
    const correction = (requests[1].body.messages as Array<{ content: Array<{ text: string }> }>)[2].content[0].text;
    expect(correction).toMatch(/confidence/);
    expect(correction).toMatch(/facts\.area/);
    expect(replies[0]).toBe(FIXTURES.question.reply);
    expect(record.turns).toEqual([{ at: 1, engine: 'ensemble' }]);
  });

  it('a resent turn (same Idempotency-Key) answers the stored reply without asking the model again', async () => {
    const caseId = await client.start();
    const first = await turn(client, caseId, COMPANY_CASE[0], 'key-1');
    const calls = fake.requests.length;
    const again = await turn(client, caseId, COMPANY_CASE[0], 'key-1');
    expect(again.message).toBe(first.message);
    expect(fake.requests.length).toBe(calls);
    const { conversation, record } = await stored(app, caseId);
    expect(conversation.messages).toHaveLength(3);
    expect(record.turns).toHaveLength(1);
  });
});

describe('the per-case budget of model calls', () => {
  let fake: FakeModelServer;
  let app: NestFastifyApplication;
  let client: TriageClient;

  beforeAll(async () => {
    fake = await FakeModelServer.start();
    ({ app, client } = await createModelApp(fake, 'openai-compatible', { LLM_MAX_CALLS_PER_CASE: '2' }));
  });

  afterAll(async () => {
    await app.close();
    await fake.stop();
  });

  it('goes on with the local engine once the case has spent its calls, without another request', async () => {
    const caseId = await client.start();
    const replies: string[] = [];
    for (const message of COMPANY_CASE.slice(0, 3)) replies.push((await turn(client, caseId, message)).message);
    expect(fake.requests).toHaveLength(2);
    expect(replies.slice(0, 2)).toEqual([FIXTURES.question.reply, FIXTURES.question.reply]);
    const { record } = await stored(app, caseId);
    expect(record.calls).toBe(2);
    expect(record.turns.map((t) => t.fallback ?? t.engine)).toEqual(['ensemble', 'ensemble', 'budget']);
  });
});
