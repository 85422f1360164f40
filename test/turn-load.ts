import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { TriageClient } from './triage-client';

/** What parallel triages saw while Redis changed under them, and what was stored afterwards. */
export interface TurnLoadReport {
  acknowledged: number;
  /** Acknowledged turns missing from their transcript afterwards. */
  lost: number;
  /** Acknowledged starts whose case is gone altogether (their turns count in `lost`). */
  lostCases: number;
  /** Client messages stored more than once. */
  duplicated: number;
  /** Acknowledged turns of each case out of order in its transcript. */
  outOfOrder: number;
  unavailable: number;
  /** First 503 to last 503, in seconds (0 without any). */
  unavailableSeconds: number;
  /** The median and the slowest 503, in ms: they must come fast, not after long waits. */
  median503Ms: number;
  slowest503Ms: number;
  /** The median answered turn, in ms: what the machine's load alone makes a request take. */
  medianServedMs: number;
  /** The longest this process's event loop stalled: on a loaded machine it inflates every latency above. */
  maxEventLoopStallMs: number;
  otherStatuses: number[];
}

const OPENING = 'Meu vizinho construiu um muro invadindo meu terreno e se recusa a conversar.';

/**
 * `workers` users each run triages turn after turn until `stop()`; a turn answered 503 is resent
 * with its Idempotency-Key until it is answered (a retried turn is stored once). `check()` then
 * compares every transcript with the turns that were acknowledged.
 */
export class TurnLoad {
  private readonly acknowledged = new Map<string, { client: TriageClient; messages: string[] }>();
  private readonly unavailableAt: number[] = [];
  private readonly otherStatuses: number[] = [];
  private readonly latencies503: number[] = [];
  private readonly latenciesServed: number[] = [];
  private running = true;
  private acknowledgedTurns = 0;
  private readonly done: Promise<void[]>;
  private readonly eventLoopDelay = monitorEventLoopDelay({ resolution: 10 });

  constructor(app: NestFastifyApplication, workers: number) {
    this.eventLoopDelay.enable();
    this.done = Promise.all(Array.from({ length: workers }, (_, worker) => this.work(app, worker)));
  }

  /** Turns acknowledged so far: compare two readings to see that turns were served in between. */
  get acknowledgedSoFar(): number {
    return this.acknowledgedTurns;
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.done;
    this.eventLoopDelay.disable();
  }

  async check(): Promise<TurnLoadReport> {
    let lost = 0;
    let duplicated = 0;
    let outOfOrder = 0;
    let total = 0;
    let lostCases = 0;
    for (const [caseId, { client, messages }] of this.acknowledged) {
      const { status, body } = await client.http().get(`/api/v2/triage/conversation/${caseId}`);
      if (status === 404) lostCases++;
      const stored = status === 404 ? [] : (body.messages as Array<{ role: string; content: string }>).filter((m) => m.role === 'user').map((m) => m.content);
      total += messages.length;
      lost += messages.filter((message) => !stored.includes(message)).length;
      duplicated += stored.length - new Set(stored).size;
      const positions = messages.map((message) => stored.indexOf(message)).filter((at) => at >= 0);
      outOfOrder += positions.filter((at, i) => i > 0 && at < positions[i - 1]).length;
    }
    const sorted = [...this.latencies503].sort((a, b) => a - b);
    const served = [...this.latenciesServed].sort((a, b) => a - b);
    const span = this.unavailableAt.length ? (Math.max(...this.unavailableAt) - Math.min(...this.unavailableAt)) / 1000 : 0;
    return {
      acknowledged: total,
      lost,
      lostCases,
      duplicated,
      outOfOrder,
      unavailable: this.unavailableAt.length,
      unavailableSeconds: Math.round(span * 10) / 10,
      median503Ms: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0),
      slowest503Ms: Math.round(sorted[sorted.length - 1] ?? 0),
      medianServedMs: Math.round(served[Math.floor(served.length / 2)] ?? 0),
      maxEventLoopStallMs: Math.round(this.eventLoopDelay.max / 1e6),
      otherStatuses: this.otherStatuses,
    };
  }

  private async work(app: NestFastifyApplication, worker: number): Promise<void> {
    const client = await TriageClient.as(app, `load-user-${worker}`);
    let caseId: string | undefined;
    for (let turn = 0; this.running; turn++) {
      if (!caseId || turn % 6 === 0) {
        const started = await this.untilAnswered(() => client.http().post('/api/v2/triage/start').set('Idempotency-Key', `start-${worker}-${turn}`).send({}));
        if (started.status !== 201) continue;
        caseId = started.body.case_id as string;
        this.acknowledged.set(caseId, { client, messages: [] });
      }
      const message = turn % 6 === 0 ? `${OPENING} (${worker}/${turn})` : `Mais um detalhe ${worker}/${turn}: aconteceu em março, em Recife/PE.`;
      const reply = await this.untilAnswered(() => client.say(caseId!, message, `turn-${worker}-${turn}`));
      if (reply.status === 200) {
        this.acknowledged.get(caseId)!.messages.push(message);
        this.acknowledgedTurns++;
      } else caseId = undefined;
    }
  }

  private async untilAnswered(send: () => PromiseLike<{ status: number; body: Record<string, unknown> }>) {
    for (let tries = 0; ; tries++) {
      const sent = Date.now();
      const reply = await send();
      // 20 s of 503s: give up on the turn (check() then finds it was never acknowledged).
      if (reply.status === 200) this.latenciesServed.push(Date.now() - sent);
      if (reply.status !== 503 || tries > 400) {
        // 409: the triage completed; the worker starts another.
        if (![200, 201, 409].includes(reply.status)) this.otherStatuses.push(reply.status);
        return reply;
      }
      this.unavailableAt.push(Date.now());
      this.latencies503.push(Date.now() - sent);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
