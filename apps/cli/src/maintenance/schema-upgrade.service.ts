import { Injectable } from '@nestjs/common';
import { CaseSnapshotStore, CURRENT_SCHEMA_VERSION, SchemaUpgrader } from '@app/state';
import { ProgressReporter } from '../support/progress-reporter';
import { RunSummary } from '../support/run-summary';

const BATCH = 500;

/** `migrate upgrade`: finds every stored document with SCAN and has `SchemaUpgrader` bring the old ones to the current schema. */
@Injectable()
export class SchemaUpgradeService {
  constructor(
    private readonly store: CaseSnapshotStore,
    private readonly upgrader: SchemaUpgrader,
  ) {}

  async upgradeAll(options: { dryRun?: boolean } = {}, progress = ProgressReporter.silent()): Promise<RunSummary> {
    const summary = new RunSummary('migrate upgrade', options.dryRun ?? false);
    summary.set('schemaVersion', CURRENT_SCHEMA_VERSION);
    summary.count(options.dryRun ? 'wouldUpgrade' : 'upgraded', 0);
    summary.count('current', 0);
    progress.start('documents', await this.store.countKeys());
    let seen = 0;
    try {
      for await (const { keysSeen, cases } of this.store.scanCases(BATCH)) {
        const documents = cases.map(({ caseId, kind }) => (kind === 'conversation' ? this.store.keys.conversation(caseId) : this.store.keys.orchestration(caseId)));
        for (const outcome of await this.upgrader.upgrade(documents, options)) {
          summary.scanned++;
          switch (outcome.status) {
            case 'current':
              summary.count('current');
              break;
            case 'upgraded':
              summary.count(options.dryRun ? 'wouldUpgrade' : 'upgraded');
              break;
            case 'absent':
            case 'conflict':
              // Gone or rewritten by the service meanwhile (which upgrades on read): nothing left to do.
              summary.skipped++;
              break;
            case 'malformed':
              summary.reject(outcome.key, outcome.reason);
              break;
            default: {
              const unexpected: never = outcome;
              throw new Error(`unexpected outcome ${JSON.stringify(unexpected)}`);
            }
          }
        }
        progress.update(summary.scanned, (seen += keysSeen));
      }
      progress.finish(summary.scanned);
    } finally {
      progress.stop();
    }
    return summary;
  }
}
