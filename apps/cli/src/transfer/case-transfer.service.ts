import { Injectable } from '@nestjs/common';
import { once } from 'node:events';
import { Readable, Writable } from 'node:stream';
import { CaseSnapshot, CaseSnapshotStore, validateCaseSnapshot } from '@app/state';
import { ProgressReporter } from '../support/progress-reporter';
import { readLines } from '../support/read-lines';
import { RunSummary } from '../support/run-summary';

export interface ImportOptions {
  /** Validate and report only; write nothing. @default false */
  dryRun?: boolean;
  /** Replace cases that are already stored (else they are skipped). @default false */
  overwrite?: boolean;
  /** Input size in bytes, for progress (unknown for stdin). */
  totalBytes?: number;
}

const BATCH = 500;

/**
 * `export` / `import`: every case as one JSON line (`CaseSnapshot`: both documents and their
 * remaining TTLs). Both stream: memory holds one batch of cases, whatever the number of cases.
 */
@Injectable()
export class CaseTransferService {
  constructor(private readonly store: CaseSnapshotStore) {}

  /** Writes every stored case to `out` (found with SCAN); waits for `out` to drain as it goes. */
  async exportCases(out: Writable, progress = ProgressReporter.silent()): Promise<RunSummary> {
    const summary = new RunSummary('export');
    summary.count('exported', 0);
    progress.start('cases', await this.store.countKeys());
    let seen = 0;
    try {
      for await (const { keysSeen, cases: found } of this.store.scanCases(BATCH)) {
        const reads = await this.store.read(found.map(({ caseId }) => caseId));
        for (const [i, read] of reads.entries()) {
          // A case with both documents is written once, from its conversation key.
          if (found[i].kind === 'orchestration' && read.status === 'ok' && read.snapshot.conversation) continue;
          if (found[i].kind === 'orchestration' && read.status === 'malformed') continue;
          summary.scanned++;
          if (read.status === 'absent') summary.skipped++;
          else if (read.status === 'malformed') summary.reject(`case ${read.caseId}`, read.reason);
          else {
            if (!out.write(`${JSON.stringify(read.snapshot)}\n`)) await once(out, 'drain');
            summary.count('exported');
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

  /**
   * Reads JSONL from `input`, validates each line (bad lines are reported by number, and the
   * import goes on) and restores the cases with their TTLs.
   */
  async importCases(input: Readable, options: ImportOptions = {}, progress = ProgressReporter.silent()): Promise<RunSummary> {
    const summary = new RunSummary('import', options.dryRun ?? false);
    summary.count('imported', 0);
    if (options.dryRun) summary.count('wouldImport', 0);
    progress.start('cases', options.totalBytes);
    let batch: CaseSnapshot[] = [];
    try {
      for await (const line of readLines(input)) {
        if (line.text.trim() === '') continue;
        summary.scanned++;
        try {
          batch.push(validateCaseSnapshot(JSON.parse(line.text)));
        } catch (error) {
          summary.reject(`line ${line.number}`, (error as Error).message);
        }
        if (batch.length >= BATCH) {
          await this.restoreBatch(batch, options, summary);
          batch = [];
          progress.update(summary.scanned, line.bytesRead);
        }
      }
      await this.restoreBatch(batch, options, summary);
      progress.finish(summary.scanned);
    } finally {
      progress.stop();
    }
    if (summary.scanned > 0 && summary.malformed === summary.scanned) {
      const [first] = summary.toJSON().malformedItems as Array<{ ref: string; reason: string }>;
      summary.failure = `no valid case in the input: all ${summary.scanned} line(s) malformed (${first.ref}: ${first.reason})`;
    }
    return summary;
  }

  private async restoreBatch(batch: CaseSnapshot[], options: ImportOptions, summary: RunSummary): Promise<void> {
    if (batch.length === 0) return;
    const stored = options.dryRun ? await this.store.exists(batch.map((s) => s.caseId)) : [];
    const outcomes = await Promise.all(
      batch.map((snapshot, i) => {
        if (options.dryRun) return stored[i] ? (options.overwrite ? 'wouldOverwrite' : 'exists') : 'wouldImport';
        return this.store.restore(snapshot, { overwrite: options.overwrite });
      }),
    );
    for (const outcome of outcomes) {
      if (outcome === 'exists') summary.skipped++;
      else summary.count(outcome === 'created' ? 'imported' : outcome);
    }
  }
}
