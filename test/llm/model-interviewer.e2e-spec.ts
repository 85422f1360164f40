import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TriageClient } from '../triage-client';
import { FakeModelServer } from './fake-model-server';
import FIXTURES from './fixtures/model-turns.json';
import { COMPANY_CASE, createModelApp, stored, turn } from './llm-harness';

describe.each(['anthropic', 'openai-compatible'] as const)('a whole triage with the model on %s (fake provider)', (provider) => {
  let fake: FakeModelServer;
  let app: NestFastifyApplication;
  let client: TriageClient;

  beforeAll(async () => {
    fake = await FakeModelServer.start();
    ({ app, client } = await createModelApp(fake, provider));
  });

  afterAll(async () => {
    await app.close();
    await fake.stop();
  });

  it('asks the model every turn of an ensemble case, answers its questions and stores each turn once with its engine', async () => {
    const caseId = await client.start();
    const replies: string[] = [];
    let last!: Awaited<ReturnType<typeof turn>>;
    for (const message of COMPANY_CASE) {
      last = await turn(client, caseId, message);
      replies.push(last.message);
      if (last.status === 'completed') break;
    }
    expect(last.status).toBe('completed');
    expect(replies.at(-1)).toBe(FIXTURES.closing.reply);
    expect(replies.slice(0, -1).every((reply) => reply === FIXTURES.question.reply)).toBe(true);
    expect(fake.requests).toHaveLength(replies.length);

    const { conversation, record } = await stored(app, caseId);
    expect(conversation.messages).toHaveLength(1 + 2 * replies.length);
    expect(conversation.messages.filter((m) => m.role === 'user').map((m) => m.content)).toEqual(COMPANY_CASE.slice(0, replies.length));
    expect(record.turns).toEqual(replies.map((_, i) => ({ at: 1 + 2 * i, engine: 'ensemble' })));
    expect(record.calls).toBe(replies.length);
    expect(record.fields.area).toMatch(/^(model|both)$/);

    expect(last.result).toMatchObject({ strategy_used: 'ensemble', triage_data: { area: 'Empresarial', area_code: 'empresarial' } });
    expect(last.result!.analysis_details).toMatchObject({ turn_engines: { ensemble: replies.length }, model_calls: replies.length, engines: { fields: expect.any(Object) } });

    const request = fake.requests[0];
    if (provider === 'anthropic') {
      expect(request.path).toBe('/v1/messages');
      expect(request.headers['x-api-key']).toBe('fake-key-123');
      expect(JSON.stringify(request.body.system)).toContain('Justus');
      expect((request.body.messages as Array<{ role: string }>).map((m) => m.role)).toEqual(['user']);
    } else {
      expect(request.path).toBe('/v1/chat/completions');
      expect(request.headers.authorization).toBe('Bearer fake-key-123');
      expect((request.body.messages as Array<{ role: string }>).map((m) => m.role)).toEqual(['system', 'user']);
    }

    const metrics = await client.http().get('/metrics').expect(200);
    expect(metrics.text).toContain(`litgo_triage_engine_turns_total{engine="ensemble",fallback="none"} ${replies.length}`);
    expect(metrics.text).toMatch(/litgo_model_calls_total\{outcome="ok"\} \d+/);
    expect(metrics.text).toMatch(/litgo_triage_result_fields_total\{field="area",engine="\w+"\} 1/);
  });
});
