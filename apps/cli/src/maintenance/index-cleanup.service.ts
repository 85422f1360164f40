import { Injectable } from '@nestjs/common';
import { RedisPool } from '@app/redis';
import { IndexedKind, IndexPruner } from '@app/state';
import { ProgressReporter } from '../support/progress-reporter';
import { RunSummary } from '../support/run-summary';
import { scanKeys } from '../support/scan-keys';

/** `cleanup`: drops the index entries of expired or deleted cases from every index, per-owner ones included (found with SCAN). */
@Injectable()
export class IndexCleanupService {
  constructor(
    private readonly redis: RedisPool,
    private readonly pruner: IndexPruner,
  ) {}

  async cleanup(options: { dryRun?: boolean } = {}, progress = ProgressReporter.silent()): Promise<RunSummary> {
    const summary = new RunSummary('cleanup', options.dryRun ?? false);
    const indexes: Array<{ key: string; kind: IndexedKind }> = this.pruner.fixedIndexes();
    for await (const keys of scanKeys(this.redis, 1_000)) {
      keys.filter((key) => key.startsWith(this.pruner.ownerIndexPrefix)).forEach((key) => indexes.push({ key, kind: 'either' }));
    }
    progress.start('index entries', indexes.length);
    const removed = options.dryRun ? ['wouldRemoveExpired', 'wouldRemoveOrphaned'] : ['removedExpired', 'removedOrphaned'];
    removed.forEach((name) => summary.count(name, 0));
    summary.count('kept', 0);
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
    summary.set('indexes', indexes.length);
    return summary;
  }
}
