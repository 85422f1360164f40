import { randomUUID } from 'node:crypto';
import { mintToken } from '@app/auth';
import { AuthConfig } from '@app/config';
import { Answer, ApiProcess, assertApiBuilt, call } from './api-process';
import { RoundRobinProxy } from './round-robin-proxy';
import { testConfig } from './test-app';

const T = '/api/v2/triage';
const INSTANCES = 3;
const TRIAGES = 30;
const STATUS_LIMIT = 4;
/** Answers a person might give; a triage sends them in order until it completes. */
const ANSWERS = [
  'Fui demitido sem justa causa e não recebi as verbas rescisórias.',
  'Trabalhei na empresa de 2019 até março de 2024, com carteira assinada.',
  'A empresa é uma rede de supermercados em Campinas/SP.',
  'Fazia horas extras todos os dias e nunca recebi por elas.',
  'Tenho os holerites, a carteira de trabalho e mensagens do gerente.',
  'Quero receber o que me devem, com as horas extras.',
  'O prazo para entrar com a ação me preocupa, já passaram oito meses.',
  'Não tenho mais nada a acrescentar.',
];

/** Three built API processes behind a round-robin balancer, sharing one Redis. */
describe(`${INSTANCES} API instances behind a round-robin balancer`, () => {
  let instances: ApiProcess[] = [];
  let proxy: RoundRobinProxy;
  let auth: AuthConfig;

  beforeAll(async () => {
    assertApiBuilt();
    const config = testConfig();
    auth = config.auth;
    const env = {
      REDIS_URL: process.env.TEST_REDIS_URL!,
      REDIS_KEY_PREFIX: `so${randomUUID().slice(0, 6)}:`,
      AUTH_JWT_SECRET: auth.jwtSecret!,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_ENABLED: 'true',
      // Low for status (checked across instances below), out of the way for what the triages send.
      RATE_LIMITS: `status=${STATUS_LIMIT},start=1000,continue=1000,conversation=1000`,
    };
    instances = await Promise.all(Array.from({ length: INSTANCES }, () => ApiProcess.start(env)));
    await Promise.all(instances.map((instance) => instance.waitUntilLive(30_000)));
    proxy = await RoundRobinProxy.start(instances.map((instance) => instance.port));
  }, 60_000);

  afterAll(async () => {
    await proxy?.close();
    await Promise.all(instances.map((instance) => instance.stop()));
  });

  /** One client of the balancer: its requests carry its token, so they rotate over the instances. */
  async function clientOf(userId: string) {
    const token = await mintToken(auth, { sub: userId });
    const served: number[] = [];
    const send = async (method: string, path: string, body?: unknown): Promise<Answer> => {
      // Thirty triages at once on three cold instances queue on a busy two-core machine: a slow answer is not a failure here.
      const answer = await call(proxy.port, method, path, { token, body, timeoutMs: 30_000 });
      served.push(Number(answer.headers.get('x-upstream')));
      return answer;
    };
    return { send, served };
  }

  async function triage(index: number) {
    const { send, served } = await clientOf(`scale-user-${index}`);
    const started = await send('POST', `${T}/start`, {});
    if (started.status !== 201) throw new Error(`start answered ${started.status}: ${started.text}`);
    const caseId = started.body.case_id as string;
    const sent: string[] = [];
    for (const answer of ANSWERS) {
      const message = `${answer} (#${index})`;
      const turn = await send('POST', `${T}/continue`, { case_id: caseId, message });
      if (turn.status !== 200) throw new Error(`turn ${sent.length} answered ${turn.status}: ${turn.text}`);
      sent.push(message);
      if (turn.body.status === 'completed') break;
    }
    const conversation = await send('GET', `${T}/conversation/${caseId}`);
    return { sent, served, messages: conversation.body.messages as Array<{ role: string; content: string }> };
  }

  it(`keeps ${TRIAGES} parallel triages complete and in order while every request hops to the next instance`, async () => {
    const results = await Promise.all(Array.from({ length: TRIAGES }, (_, i) => triage(i)));

    for (const { sent, served, messages } of results) {
      expect(served.every((upstream, i) => i === 0 || upstream === (served[i - 1] + 1) % INSTANCES)).toBe(true);
      expect(new Set(served).size).toBe(INSTANCES);
      expect(messages.filter((m) => m.role === 'user').map((m) => m.content)).toEqual(sent);
      // The greeting, then one question or closing per answer: nothing lost, doubled or reordered.
      expect(messages.map((m) => m.role)).toEqual(['assistant', ...sent.flatMap(() => ['user', 'assistant'])]);
    }
    expect(results.filter(({ sent }) => sent.length >= 3)).toHaveLength(TRIAGES);
  }, 120_000);

  it('counts a user’s rate limit once across the instances, not once per instance', async () => {
    const { send, served } = await clientOf('scale-limited');
    const caseId = (await send('POST', `${T}/start`, {})).body.case_id as string;
    const statuses: number[] = [];
    for (let i = 0; i < STATUS_LIMIT * INSTANCES; i++) statuses.push((await send('GET', `${T}/status/${caseId}`)).status);

    expect(new Set(served).size).toBe(INSTANCES);
    expect(statuses).toEqual([...Array(STATUS_LIMIT).fill(200), ...Array(STATUS_LIMIT * (INSTANCES - 1)).fill(429)]);
  });
});
