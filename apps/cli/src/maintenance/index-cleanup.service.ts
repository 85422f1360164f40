import { Injectable } from '@nestjs/common';
import { CaseSnapshotStore, IndexPruner } from '@app/state';
import { ProgressReporter } from '../support/progress-reporter';
import { RunSummary } from '../support/run-summary';

const BATCH = 500;

/**
 * `cleanup`: rebuilds every case's index entries from its documents (the truth: this repairs an
 * entry a crash left lagging, and fills the bucketed indexes after an upgrade from a build with
 * untagged ones), drops the entries of expired or deleted cases from every index, per-owner ones
 * included, then deletes the untagged index keys of older builds.
 */
@Injectable()
export class IndexCleanupService {
  constructor(
    private readonly store: CaseSnapshotStore,
    private readonly pruner: IndexPruner,
  ) {}

  async cleanup(options: { dryRun?: boolean } = {}, progress = ProgressReporter.silent()): Promise<RunSummary> {
    const summary = new RunSummary('cleanup', options.dryRun ?? false);
    const removed = options.dryRun ? ['wouldRemoveExpired', 'wouldRemoveOrphaned'] : ['removedExpired', 'removedOrphaned'];
    removed.forEach((name) => summary.count(name, 0));
    summary.count('kept', 0);
    if (!options.dryRun) summary.count('reindexed', 0);
    // A case's two documents may come in different SCAN batches: each case is indexed and counted once.
    const seen = new Set<string>();
    for await (const { cases } of this.store.scanCases(BATCH)) {
      const fresh = [...new Set(cases.map(({ caseId }) => caseId))].filter((caseId) => !seen.has(caseId));
      fresh.forEach((caseId) => seen.add(caseId));
      if (!options.dryRun && fresh.length > 0) summary.count('reindexed', await this.store.reindex(fresh));
    }
    const { indexes, untagged } = await this.pruner.indexes();
    progress.start('index entries', indexes.length);
    try {
      for (const [i, { key, kind }] of indexes.entries()) {
        const result = await this.pruner.prune(key, kind, options);
        summary.scanned += result.kept + result.expired + result.orphaned;
        summary.count(removed[0], result.expired);
        summary.count(removed[1], result.orphaned);
        summary.count('kept', result.kept);
        progress.update(summary.scanned, i + 1);
      }
      progress.finish(summary.scanned);
    } finally {
      progress.stop();
    }
    if (!options.dryRun) await this.pruner.dropUntagged(untagged);
    summary.count(options.dryRun ? 'wouldDropUntaggedIndexes' : 'droppedUntaggedIndexes', untagged.length);
    summary.set('indexes', indexes.length);
    return summary;
  }
}
