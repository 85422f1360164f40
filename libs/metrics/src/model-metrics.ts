import { Counter, Histogram, Registry } from 'prom-client';

/** The model interviewer: its calls by outcome, and which engine produced each turn and each result field. */
export class ModelMetrics {
  private readonly calls: Counter<'outcome'>;
  private readonly latency: Histogram<'outcome'>;
  private readonly turns: Counter<'engine' | 'fallback'>;
  private readonly fields: Counter<'field' | 'engine'>;

  constructor(registry: Registry) {
    const registers = [registry];
    this.calls = new Counter({ name: 'litgo_model_calls_total', help: 'Calls to the model, by outcome (ok or the fallback reason)', labelNames: ['outcome'], registers });
    this.latency = new Histogram({
      name: 'litgo_model_call_seconds',
      help: 'Wall time of one model call, by outcome',
      labelNames: ['outcome'],
      buckets: [0.25, 0.5, 1, 2, 4, 8, 16, 32],
      registers,
    });
    this.turns = new Counter({
      name: 'litgo_triage_engine_turns_total',
      help: 'Turns by the engine whose reply the client got (local, model, ensemble) and why the local engine stood in (none when it did not)',
      labelNames: ['engine', 'fallback'],
      registers,
    });
    this.fields = new Counter({ name: 'litgo_triage_result_fields_total', help: 'Result fields by the engine they came from', labelNames: ['field', 'engine'], registers });
  }

  call(outcome: string, seconds: number): void {
    this.calls.inc({ outcome });
    this.latency.observe({ outcome }, seconds);
  }

  turn(engine: string, fallback: string | undefined): void {
    this.turns.inc({ engine, fallback: fallback ?? 'none' });
  }

  resultFields(sources: Record<string, string>): void {
    for (const [field, engine] of Object.entries(sources)) this.fields.inc({ field, engine });
  }
}
