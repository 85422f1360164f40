import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { newId } from './factories';
import { createApiApp, testConfig } from './test-app';
import { TriageClient } from './triage-client';

const OPENING = 'Comprei uma geladeira numa loja online, ela chegou com defeito e a loja se recusa a trocar ou devolver o dinheiro.';
const FOLLOWUPS = [
  'A compra foi em 10/03/2025, paguei R$ 3.499,00 no cartão, e moro em Curitiba/PR.',
  'Reclamei no SAC três vezes e abri uma reclamação no Procon há duas semanas.',
  'Tenho a nota fiscal, as fotos do defeito e os protocolos do atendimento.',
  'Quero a troca por uma geladeira nova ou o dinheiro de volta.',
  'Não há prazo correndo que eu saiba.',
  'A geladeira parou de gelar no segundo dia.',
];

/** Black-box: what was stored is read back through the API (the suite has a key prefix of its own). */
describe('Idempotent turns and starts', () => {
  let app: NestFastifyApplication;
  let client: TriageClient;
  let admin: TriageClient;

  beforeAll(async () => {
    app = await createApiApp(testConfig());
    [client, admin] = await Promise.all([TriageClient.as(app), TriageClient.as(app, 'ops', { admin: true })]);
  });

  afterAll(() => app?.close());

  /** When the case was last saved: every save stamps it. */
  const lastSaved = async (caseId: string) => (await client.http().get(`/api/v2/triage/status/${caseId}`).expect(200)).body.updated_at;

  it('answers a resent key with the first reply and stores the message once', async () => {
    const caseId = await client.start();
    const key = newId();
    const first = await client.say(caseId, OPENING, key);
    expect(first.status).toBe(200);
    const saved = await lastSaved(caseId);

    const again = await client.say(caseId, OPENING, key);

    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await lastSaved(caseId)).toBe(saved);
    expect(await client.userMessages(caseId)).toEqual([OPENING]);
  });

  it('takes the key as client_message_id in the body too, and refuses a header that differs from it', async () => {
    const caseId = await client.start();
    const key = newId();
    const first = await client.say(caseId, OPENING, key);
    const { status, body } = await client.http().post('/api/v2/triage/continue').send({ case_id: caseId, message: OPENING, client_message_id: key });
    expect([first.status, status]).toEqual([200, 200]);
    expect(body).toEqual(first.body);

    const mixed = await client.http().post('/api/v2/triage/continue').set('Idempotency-Key', 'k-1').send({ case_id: caseId, message: 'oi', client_message_id: 'k-2' });
    expect(mixed.status).toBe(400);
    expect(await client.userMessages(caseId)).toEqual([OPENING]);
  });

  it.each([['with a space', 'a b'], ['over 128 characters', 'k'.repeat(129)], ['with a slash', 'chave/1']])('refuses a key %s', async (_what, key) => {
    const caseId = await client.start();
    expect((await client.say(caseId, OPENING, key)).status).toBe(400);
    const { status } = await client.http().post('/api/v2/triage/continue').send({ case_id: caseId, message: OPENING, client_message_id: key });
    expect(status).toBe(400);
    expect(await client.userMessages(caseId)).toEqual([]);
  });

  it('refuses the key of an earlier turn with another message (422) and stores nothing', async () => {
    const caseId = await client.start();
    const key = newId();
    await client.say(caseId, OPENING, key).expect(200);
    const saved = await lastSaved(caseId);

    const { status, body } = await client.say(caseId, 'Outra mensagem', key);

    expect(status).toBe(422);
    expect(body).toMatchObject({ statusCode: 422, message: expect.stringContaining('different message'), detail: expect.any(String) });
    expect(await lastSaved(caseId)).toBe(saved);
  });

  it('stores the same text twice when it comes with two keys (or none): a real second answer', async () => {
    const caseId = await client.start();
    await client.say(caseId, OPENING, newId()).expect(200);
    await client.say(caseId, 'sim', newId()).expect(200);
    await client.say(caseId, 'sim', newId()).expect(200);
    await client.say(caseId, 'sim').expect(200);
    expect(await client.userMessages(caseId)).toEqual([OPENING, 'sim', 'sim', 'sim']);
  });

  it('stores a turn sent five times at once once, and answers all five alike', async () => {
    const caseId = await client.start();
    const key = newId();
    const answers = await Promise.all(Array.from({ length: 5 }, () => client.say(caseId, OPENING, key)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    answers.forEach((answer) => expect(answer.body).toEqual(answers[0].body));
    expect(await client.userMessages(caseId)).toEqual([OPENING]);
  });

  it('replays the completing turn, result included, after the triage completed', async () => {
    const caseId = await client.start();
    const sent: Array<{ key: string; text: string; body: Record<string, unknown> }> = [];
    for (const text of [OPENING, ...FOLLOWUPS]) {
      const key = newId();
      const { status, body } = await client.say(caseId, text, key);
      expect(status).toBe(200);
      sent.push({ key, text, body });
      if (body.status === 'completed') break;
    }
    const last = sent.at(-1)!;
    expect(last.body).toMatchObject({ status: 'completed', result: { case_id: caseId } });

    const replay = await client.say(caseId, last.text, last.key);
    const earlier = await client.say(caseId, sent[0].text, sent[0].key);
    const fresh = await client.say(caseId, last.text, newId());

    expect([replay.status, earlier.status, fresh.status]).toEqual([200, 200, 409]);
    expect(replay.body).toEqual(last.body);
    expect(earlier.body).toEqual(sent[0].body);
    expect(earlier.body.status).toBe('active');
    expect(await client.userMessages(caseId)).toEqual(sent.map((s) => s.text));
  });

  it("does not replay another user's case", async () => {
    const caseId = await client.start();
    const key = newId();
    await client.say(caseId, OPENING, key).expect(200);
    const stranger = await TriageClient.as(app, 'user-2');
    expect((await stranger.say(caseId, OPENING, key)).status).toBe(404);
  });

  it('documents the Idempotency-Key header, client_message_id and the 422 at /docs-json', async () => {
    const { body } = await client.http().get('/docs-json').expect(200);
    for (const route of ['start', 'continue']) {
      expect(body.paths[`/api/v2/triage/${route}`].post.parameters).toContainEqual(
        expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: false, schema: expect.objectContaining({ pattern: expect.any(String) }) }),
      );
    }
    expect(body.paths['/api/v2/triage/continue'].post.responses).toHaveProperty('422');
    expect(body.components.schemas.ContinueTriageDto.properties.client_message_id).toMatchObject({ type: 'string', pattern: expect.any(String) });
  });

  describe('start', () => {
    const start = (as: TriageClient, key?: string) => {
      const request = as.http().post('/api/v2/triage/start');
      return (key ? request.set('Idempotency-Key', key) : request).send({});
    };
    const casesOf = async (userId: string) => {
      const { body } = await admin.http().get('/api/v2/triage/cases?limit=100').expect(200);
      return (body.items as Array<{ user_id: string }>).filter((item) => item.user_id === userId).length;
    };

    it('creates one case for a start sent again with its key, and answers both alike', async () => {
      const starter = await TriageClient.as(app, `starter-${newId()}`);
      const key = newId();
      const answers = [await start(starter, key), ...(await Promise.all([start(starter, key), start(starter, key)]))];
      expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
      answers.forEach((answer) => expect(answer.body).toEqual(answers[0].body));
      expect(await casesOf(starter.userId)).toBe(1);
    });

    it('creates a case per key, per user, and per start without a key', async () => {
      const starter = await TriageClient.as(app, `starter-${newId()}`);
      const other = await TriageClient.as(app, `starter-${newId()}`);
      const key = newId();
      const ids = [await start(starter, key), await start(starter, newId()), await start(starter), await start(starter), await start(other, key)].map(
        (answer) => answer.body.case_id,
      );
      expect(new Set(ids).size).toBe(5);
      expect(await casesOf(starter.userId)).toBe(4);
    });

    it('refuses a malformed key', async () => {
      expect((await start(client, 'not a key')).status).toBe(400);
    });
  });
});
