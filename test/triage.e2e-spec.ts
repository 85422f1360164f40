import { NestFastifyApplication } from '@nestjs/platform-fastify';
import Redis, { Cluster } from 'ioredis';
import { AppConfig } from '@app/config';
import { adminClient, keysMatching } from './admin-client';
import { newId } from './factories';
import { COMPANY_RECOVERY } from './narratives';
import { createApiApp, testConfig } from './test-app';
import { TriageClient } from './triage-client';

const SCRIPTED = [
  {
    name: 'a traffic fine',
    expected: { area_code: 'administrativo', complexity_level: 'low', strategy_used: 'simple', flow_type: 'direct_simple' },
    opening: 'Recebi uma multa de trânsito do Detran por excesso de velocidade, mas eu não estava dirigindo o carro naquele dia e quero recorrer.',
    followups: [
      'A notificação da autuação chegou há 10 dias; a infração foi em 02/09/2024 em Belo Horizonte/MG.',
      'A multa é de R$ 293,47 e são 7 pontos na carteira.',
      'Tenho a notificação e a foto do radar.',
      'Quero cancelar a multa e não perder os pontos.',
      'O prazo da defesa prévia vence em 20 dias.',
      'Era meu irmão que estava com o carro.',
    ],
  },
  {
    name: 'a dismissal without severance paid',
    expected: { area_code: 'trabalhista', complexity_level: 'medium', strategy_used: 'failover', flow_type: 'standard_analysis' },
    opening: 'Fui demitido sem justa causa e a empresa não pagou minhas verbas rescisórias nem liberou o FGTS.',
    followups: [
      'Trabalhei 4 anos como gerente de filial numa transportadora em Campinas/SP e saí em 05/02/2024.',
      'Eu era gerente da filial, com salário de R$ 9.800,00; pelas contas do sindicato são uns R$ 62 mil de rescisão, e não pagaram nada.',
      'Também não recebi as férias vencidas nem a multa de 40% do FGTS.',
      'Tenho a carteira de trabalho assinada, os holerites e o aviso prévio.',
      'Quero receber tudo o que tenho direito.',
      'Não sei se tem algum prazo correndo.',
      'A empresa continua funcionando normalmente.',
      'Dois colegas também foram mandados embora do mesmo jeito.',
    ],
  },
  {
    name: 'the judicial recovery of a company with many creditors',
    expected: { area_code: 'empresarial', complexity_level: 'high', strategy_used: 'ensemble', flow_type: 'ensemble_analysis' },
    ...COMPANY_RECOVERY,
  },
];

describe('/api/v2/triage', () => {
  let config: AppConfig;
  let app: NestFastifyApplication;
  let client: TriageClient;
  let redis: Redis | Cluster;

  beforeAll(async () => {
    config = testConfig();
    app = await createApiApp(config);
    client = await TriageClient.as(app);
    redis = adminClient(config);
  });

  afterAll(async () => {
    redis.disconnect();
    await app.close();
  });

  const keysOf = (caseId: string) => keysMatching(redis, `${config.redis.keyPrefix}*${caseId}*`);

  it.each(SCRIPTED)('completes $name with the expected result', async ({ opening, followups, expected }) => {
    const caseId = await client.start({ user_id: client.userId });
    const { completed } = await client.converse(caseId, opening, followups);
    expect(completed).toBe(true);

    const { body: result } = await client.http().get(`/api/v2/triage/result/${caseId}`).expect(200);
    const { area_code, ...fields } = expected;
    expect(result).toMatchObject({ ...fields, case_id: caseId, triage_data: { area_code } });
    expect(result.processing_time_ms).toBeGreaterThanOrEqual(0);
    expect(result.triage_data.urgency_h).toBeGreaterThan(0);
    if (expected.strategy_used === 'ensemble') expect(result.analysis_details).toHaveProperty('disagreements');
    expect(result.analysis_details.complexity).toMatchObject({ level: expected.complexity_level, explanation: expect.stringContaining(expected.complexity_level) });
    const { body: status } = await client.http().get(`/api/v2/triage/status/${caseId}`).expect(200);
    expect(status).toMatchObject({ case_id: caseId, status: 'completed', flow_type: expected.flow_type, result_available: true });
  });

  it('stores in the result only what the orchestration does not already hold, and answers it whole', async () => {
    const [{ opening, followups }] = SCRIPTED;
    const caseId = await client.start({ user_id: client.userId });
    await client.converse(caseId, opening, followups);
    const stored = JSON.parse((await redis.get(`${config.redis.keyPrefix}orchestration:{${caseId}}`))!);
    expect(Object.keys(stored.result).sort()).toEqual(expect.arrayContaining(['conversation_summary', 'strategy_used', 'triage_data']));
    for (const field of ['case_id', 'complexity_level', 'confidence_score', 'flow_type', 'processing_time_ms', 'timestamp']) {
      expect(stored.result).not.toHaveProperty(field);
    }
    const { body: result } = await client.http().get(`/api/v2/triage/result/${caseId}`).expect(200);
    expect(result).toMatchObject({
      case_id: caseId,
      complexity_level: stored.complexity,
      confidence_score: stored.confidence,
      flow_type: stored.flowType,
      processing_time_ms: stored.processingTimeMs,
      timestamp: stored.completedAt,
      strategy_used: stored.result.strategy_used,
    });
  });

  it('starts with Justus greeting in Portuguese', async () => {
    const { body } = await client.http().post('/api/v2/triage/start').send({}).expect(201);
    expect(body).toEqual({ case_id: expect.stringMatching(/^[0-9a-f-]{36}$/), message: expect.stringContaining('Justus'), status: 'interviewing', timestamp: expect.any(String) });
  });

  it('answers the result with 409 while interviewing, and force-complete gives one from what was collected', async () => {
    const caseId = await client.start();
    await client.say(caseId, 'Meu senhorio quer me despejar e aumentou o aluguel sem avisar.').expect(200);
    await client.http().get(`/api/v2/triage/result/${caseId}`).expect(409);

    const { body: result } = await client.http().post('/api/v2/triage/force-complete').send({ case_id: caseId, reason: 'cliente saiu' }).expect(200);
    expect(result).toMatchObject({ case_id: caseId, triage_data: { area_code: expect.any(String), area: expect.any(String) } });
    await client.http().get(`/api/v2/triage/result/${caseId}`).expect(200, result);

    const { body: conflict } = await client.say(caseId, 'mais uma coisa').expect(409);
    expect(conflict).toMatchObject({ result_url: `/api/v2/triage/result/${caseId}`, detail: expect.any(String) });
    await client.http().post('/api/v2/triage/force-complete').send({ case_id: caseId }).expect(200, result);
  });

  it('returns the transcript in order and the status fields the app reads', async () => {
    const caseId = await client.start();
    await client.say(caseId, 'Comprei uma geladeira que veio com defeito e a loja não quer trocar.').expect(200);
    const { body } = await client.http().get(`/api/v2/triage/conversation/${caseId}`).expect(200);
    expect(body.messages.map((m: { role: string }) => m.role)).toEqual(['assistant', 'user', 'assistant']);
    expect(body.messages[1].content).toBe('Comprei uma geladeira que veio com defeito e a loja não quer trocar.');
    const { body: status } = await client.http().get(`/api/v2/triage/status/${caseId}`).expect(200);
    expect(status).toMatchObject({ status: 'interviewing', message_count: 3, started_at: expect.any(Number), current_confidence: expect.any(Number) });
  });

  it('cleanup removes every key and index entry of the case', async () => {
    const caseId = await client.start({ user_id: client.userId });
    await client.say(caseId, 'Fui preso injustamente e preciso de ajuda.').expect(200);
    expect((await keysOf(caseId)).length).toBe(2);

    await client.http().delete(`/api/v2/triage/cleanup/${caseId}`).expect(200, { case_id: caseId, status: 'cleaned_up' });

    await expect(keysOf(caseId)).resolves.toEqual([]);
    for (const index of await keysMatching(redis, `${config.redis.keyPrefix}index:*`)) {
      await expect(redis.zscore(index, caseId)).resolves.toBeNull();
    }
    await client.http().get(`/api/v2/triage/status/${caseId}`).expect(404);
    await client.http().delete(`/api/v2/triage/cleanup/${caseId}`).expect(404);
  });

  it('keeps every acknowledged turn of concurrent requests, each once, with its reply', async () => {
    const caseId = await client.start();
    const messages = ['Tenho um problema com meu ex-marido sobre a pensão dos filhos.', 'Ele parou de pagar há 3 meses.', 'Moramos em Recife/PE.'];
    const replies = await Promise.all(messages.map((message) => client.say(caseId, message)));
    const acknowledged = messages.filter((_, i) => replies[i].status === 200);
    expect(acknowledged.length).toBeGreaterThanOrEqual(1);
    replies.forEach((reply) => expect([200, 409]).toContain(reply.status));

    const { body } = await client.http().get(`/api/v2/triage/conversation/${caseId}`).expect(200);
    const users = body.messages.filter((m: { role: string }) => m.role === 'user').map((m: { content: string }) => m.content);
    expect([...users].sort()).toEqual([...acknowledged].sort());
    body.messages.forEach((m: { role: string }, i: number) => expect(m.role).toBe(i % 2 === 0 ? 'assistant' : 'user'));
  });

  it('serves the same handlers under the /api/api compatibility prefix', async () => {
    const { body } = await client.http().post('/api/api/v2/triage/start').send({}).expect(201);
    await client.http().get(`/api/api/v2/triage/status/${body.case_id}`).expect(200);
  });

  it('reports stats from the indexes', async () => {
    await client.http().get('/api/v2/triage/stats').expect(403);
    const admin = await TriageClient.as(app, 'ops', { admin: true });
    const { body } = await admin.http().get('/api/v2/triage/stats').expect(200);
    expect(body.totals.active_orchestrations).toBeGreaterThan(0);
    expect(body).toMatchObject({
      by_status: { completed: expect.any(Number), interviewing: expect.any(Number) },
      by_complexity: { low: expect.any(Number) },
      system_info: { service_version: expect.any(String) },
      redis: { maxmemory_policy: expect.any(String) },
    });
  });

  it('documents every route at /docs-json', async () => {
    const { body } = await client.http().get('/docs-json').expect(200);
    const paths = Object.keys(body.paths);
    for (const route of ['start', 'continue', 'status/{case_id}', 'conversation/{case_id}', 'result/{case_id}', 'force-complete', 'cleanup/{case_id}', 'stats', 'health']) {
      expect(paths).toContain(`/api/v2/triage/${route}`);
    }
    await client.http().get('/docs').expect(200);
  });

  it('answers an unknown case with 404 and the Portuguese detail', async () => {
    const { body } = await client.say(newId(), 'olá').expect(404);
    expect(body).toEqual({ statusCode: 404, error: 'Not Found', message: expect.stringContaining('not found'), detail: expect.stringMatching(/triagem/) });
  });
});
