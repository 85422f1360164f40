import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApiApp, testConfig } from './test-app';
import { TriageClient } from './triage-client';

describe('/api/v2/triage across instances and restarts', () => {
  const config = testConfig();
  let a: NestFastifyApplication;
  let b: NestFastifyApplication;

  beforeAll(async () => {
    [a, b] = await Promise.all([createApiApp(config), createApiApp(config)]);
  });

  // A set-up that failed leaves an app undefined: close what started, so the set-up's error is the one reported.
  afterAll(() => Promise.all([a, b].filter(Boolean).map((app) => app.close())));

  it('continues on instance B a case started on instance A', async () => {
    const caseId = await (await TriageClient.as(a)).start();
    await (await TriageClient.as(a)).say(caseId, 'Meu benefício do INSS foi negado.').expect(200);
    await (await TriageClient.as(b)).say(caseId, 'Pedi aposentadoria por invalidez em 10/01/2024.').expect(200);

    const { body } = await (await TriageClient.as(a)).http().get(`/api/v2/triage/conversation/${caseId}`).expect(200);
    expect(body.messages.filter((m: { role: string }) => m.role === 'user').map((m: { content: string }) => m.content)).toEqual([
      'Meu benefício do INSS foi negado.',
      'Pedi aposentadoria por invalidez em 10/01/2024.',
    ]);
  });

  it('keeps concurrent turns sent to two instances', async () => {
    const caseId = await (await TriageClient.as(a)).start();
    const sent = ['Sofri um acidente de carro.', 'O outro motorista avançou o sinal.', 'Foi em São Paulo/SP.', 'Tenho o boletim de ocorrência.'];
    const replies = await Promise.all(sent.map(async (m, i) => (await TriageClient.as(i % 2 ? b : a)).say(caseId, m)));
    const acknowledged = sent.filter((_, i) => replies[i].status === 200);
    const { body } = await (await TriageClient.as(b)).http().get(`/api/v2/triage/conversation/${caseId}`).expect(200);
    const users = body.messages.filter((m: { role: string }) => m.role === 'user').map((m: { content: string }) => m.content);
    expect([...users].sort()).toEqual([...acknowledged].sort());
  });

  it('reads status, conversation and result the same after an app restart', async () => {
    const client = (await TriageClient.as(a));
    const caseId = await client.start();
    await client.say(caseId, 'Recebi uma cobrança indevida do banco no meu cartão.').expect(200);
    await client.http().post('/api/v2/triage/force-complete').send({ case_id: caseId }).expect(200);
    const read = (c: TriageClient) =>
      Promise.all(['status', 'conversation', 'result'].map(async (route) => (await c.http().get(`/api/v2/triage/${route}/${caseId}`).expect(200)).body));
    const before = await read(client);

    await a.close();
    a = await createApiApp(config);

    await expect(read((await TriageClient.as(a)))).resolves.toEqual(before);
  });
});
