import { Counter, Histogram, Registry } from 'prom-client';

/** Turns, completions and idempotent replays of triages, and the interview engine's CPU time. */
export class TriageMetrics {
  private readonly turns: Counter;
  private readonly completions: Counter<'complexity' | 'strategy'>;
  private readonly questionLimit: Counter<'complexity'>;
  private readonly engineCpu: Histogram;
  private readonly replays: Counter<'route'>;

  constructor(registry: Registry) {
    const registers = [registry];
    this.turns = new Counter({ name: 'litgo_triage_turns_total', help: 'Client messages applied to a case (replays excluded)', registers });
    this.completions = new Counter({
      name: 'litgo_triage_completions_total',
      help: 'Triages completed, by complexity and strategy',
      labelNames: ['complexity', 'strategy'],
      registers,
    });
    this.questionLimit = new Counter({
      name: 'litgo_triage_question_limit_completions_total',
      help: 'Triages that completed because they reached the question limit',
      labelNames: ['complexity'],
      registers,
    });
    this.engineCpu = new Histogram({
      name: 'litgo_triage_engine_cpu_seconds',
      help: 'CPU time of the interview engine per turn',
      buckets: [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025],
      registers,
    });
    this.replays = new Counter({ name: 'litgo_triage_idempotent_replays_total', help: 'Resent starts and turns answered from the stored reply', labelNames: ['route'], registers });
  }

  turn(engineCpuSeconds: number): void {
    this.turns.inc();
    this.engineCpu.observe(engineCpuSeconds);
  }

  completed(complexity: string, strategy: string, questionLimit: boolean): void {
    this.completions.inc({ complexity, strategy });
    if (questionLimit) this.questionLimit.inc({ complexity });
  }

  replayed(route: 'start' | 'continue'): void {
    this.replays.inc({ route });
  }
}
