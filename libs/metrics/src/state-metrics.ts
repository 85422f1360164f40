import { Counter, Registry } from 'prom-client';

export type SaveOutcome = 'saved' | 'conflict';

/** Compare-and-set saves by outcome, the retries conflicts cause, and index entries repaired. */
export class StateMetrics {
  private readonly saves: Counter<'outcome'>;
  private readonly conflicts: Counter;
  private readonly retries: Counter;
  private readonly repairs: Counter;

  constructor(registry: Registry) {
    const registers = [registry];
    this.saves = new Counter({ name: 'litgo_state_saves_total', help: 'Case saves, by outcome (saved, conflict)', labelNames: ['outcome'], registers });
    this.conflicts = new Counter({ name: 'litgo_state_cas_conflicts_total', help: 'Saves refused because another writer changed the case first', registers });
    this.retries = new Counter({ name: 'litgo_state_cas_retries_total', help: 'Updates re-read and retried after a conflict', registers });
    this.repairs = new Counter({ name: 'litgo_state_index_repairs_total', help: 'Index entries repaired (stale ones removed, missing ones added)', registers });
  }

  saved(outcome: SaveOutcome): void {
    this.saves.inc({ outcome });
    if (outcome === 'conflict') this.conflicts.inc();
  }

  retried(): void {
    this.retries.inc();
  }

  indexRepaired(entries: number): void {
    this.repairs.inc(entries);
  }
}
