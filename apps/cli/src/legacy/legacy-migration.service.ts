import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { RedisPool } from '@app/redis';
import { CaseSnapshot, CaseSnapshotStore, LegacyKeySource } from '@app/state';
import { ProgressReporter } from '../support/progress-reporter';
import { RunSummary } from '../support/run-summary';
import { LegacyCaseMapper } from './legacy-case.mapper';

export interface LegacyMigrationOptions {
  /** Redis holding the legacy keys. @default the service's own Redis */
  sourceUrl?: string;
  /** Read and report only; write nothing. @default false */
  dryRun?: boolean;
  /** Keys per SCAN step (and cases per write batch). @default 500 */
  batch?: number;
  /** Delete a case's legacy keys once it is stored here (malformed ones always stay). @default false */
  deleteSource?: boolean;
}

interface Candidate {
  caseId: string;
  origin: 'conversation' | 'orchestration';
}

/**
 * Imports the Python backend's `conversation:<id>` / `orchestration:<id>` keys, found with
 * SCAN (`LegacyKeySource`), through `CaseSnapshotStore.restore` (indexes, owner, schemaVersion, remaining TTL).
 * Idempotent: a case already stored here is skipped, so a second run changes nothing.
 */
@Injectable()
export class LegacyMigrationService {
  private readonly logger = new Logger(LegacyMigrationService.name);
  private readonly mapper = new LegacyCaseMapper();

  constructor(
    private readonly redis: RedisPool,
    private readonly store: CaseSnapshotStore,
    private readonly config: AppConfig,
  ) {}

  /** Runs the migration; `say` receives one line per case a dry run would import. */
  async migrate(options: LegacyMigrationOptions, progress = ProgressReporter.silent(), say: (line: string) => void = () => undefined): Promise<RunSummary> {
    const summary = new RunSummary('migrate legacy', options.dryRun ?? false);
    summary.count('imported', 0);
    if (options.dryRun) summary.count('wouldImport', 0);
    const source = await LegacyKeySource.open(this.redis, options.sourceUrl, this.config.redis.commandTimeoutMs);
    try {
      progress.start('cases', await source.countKeys());
      let seen = 0;
      for await (const { keysSeen, cases } of source.scan(options.batch ?? 500)) {
        if (cases.length > 0) await this.migrateBatch(source, cases, options, summary, say);
        progress.update(summary.scanned, (seen += keysSeen));
      }
      progress.finish(summary.scanned);
    } finally {
      progress.stop();
      await source.close();
    }
    summary.set('source', source.target);
    summary.set('message', message(summary, options.dryRun ?? false));
    this.logger.debug(`migrate legacy: ${summary.get('imported')} imported`);
    return summary;
  }

  private async migrateBatch(source: LegacyKeySource, candidates: Candidate[], options: LegacyMigrationOptions, summary: RunSummary, say: (line: string) => void) {
    const reads = await source.read(candidates.map(({ caseId }) => caseId));
    const mapped: Array<{ snapshot: CaseSnapshot; notes: string[] }> = [];
    candidates.forEach(({ origin }, i) => {
      const { caseId, conversation, orchestration, ttlMs } = reads[i];
      // A case with both keys is handled once, from its conversation key.
      if ((origin === 'orchestration' && conversation !== null) || (conversation === null && orchestration === null)) return;
      summary.scanned++;
      const result = this.mapper.map({ caseId, conversation, orchestration, ttlMs });
      if (result.ok) mapped.push(result);
      else summary.reject(`case ${caseId}`, result.reason);
    });
    const stored = await this.store.exists(mapped.map(({ snapshot }) => snapshot.caseId));
    const landed: string[] = [];
    await Promise.all(
      mapped.map(async ({ snapshot, notes }, i) => {
        const outcome = stored[i] ? 'exists' : options.dryRun ? 'would' : await this.store.restore(snapshot);
        if (outcome === 'exists') summary.skipped++;
        else summary.count(outcome === 'would' ? 'wouldImport' : 'imported');
        if (outcome !== 'exists') notes.forEach((note) => summary.note(note));
        if (outcome === 'would') say(`would import case ${snapshot.caseId} (${describe(snapshot)})${notes.length ? `; ${notes.join('; ')}` : ''}`);
        landed.push(snapshot.caseId);
      }),
    );
    if (options.deleteSource && !options.dryRun && landed.length > 0) {
      await source.delete(landed);
      summary.count('sourceCasesDeleted', landed.length);
    }
  }

}

function describe(snapshot: CaseSnapshot): string {
  const parts = [snapshot.conversation && 'conversation', snapshot.orchestration && `orchestration ${snapshot.orchestration.status}`].filter(Boolean);
  const ttl = Math.max(snapshot.ttlMs.conversation ?? 0, snapshot.ttlMs.orchestration ?? 0);
  return `${parts.join(' + ')}, owner ${snapshot.conversation?.userId ?? snapshot.orchestration?.userId}, ttl ${ttl ? `${Math.round(ttl / 1000)}s` : 'configured'}`;
}

function message(summary: RunSummary, dryRun: boolean): string {
  const { skipped, malformed } = summary;
  if (dryRun) return `dry run, nothing written: would import ${summary.get('wouldImport')}, ${skipped} already migrated, ${malformed} malformed`;
  if (summary.get('imported') === 0) return `nothing changed: ${skipped} case(s) already migrated, ${malformed} malformed`;
  return `imported ${summary.get('imported')} case(s); ${skipped} already migrated, ${malformed} malformed (left in place)`;
}
