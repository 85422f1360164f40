import { COMPLEXITIES, ORCHESTRATION_STATUSES } from './case-state';

/**
 * Key layout. A case's two documents share the hash tag `{caseId}` so one script can change
 * both atomically, also on Redis Cluster. Indexes are sorted sets scored by last activity (ms).
 */
export class StateKeys {
  readonly conversationsIndex: string;
  readonly orchestrationsIndex: string;
  readonly statusIndexes: string[];
  readonly complexityIndexes: string[];

  constructor(readonly prefix: string) {
    this.conversationsIndex = `${prefix}index:conversations`;
    this.orchestrationsIndex = `${prefix}index:orchestrations`;
    this.statusIndexes = ORCHESTRATION_STATUSES.map((status) => `${prefix}index:status:${status}`);
    this.complexityIndexes = COMPLEXITIES.map((level) => `${prefix}index:complexity:${level}`);
  }

  conversation(caseId: string): string {
    return `${this.prefix}conversation:{${caseId}}`;
  }

  orchestration(caseId: string): string {
    return `${this.prefix}orchestration:{${caseId}}`;
  }

  owner(userId: string): string {
    return `${this.prefix}index:owner:${userId}`;
  }

  /** The cases a user's starts with an `Idempotency-Key` created: a hash, field = key (erased with the user's data). */
  startKeys(userId: string): string {
    return `${this.prefix}idem:{${userId}}`;
  }
}
