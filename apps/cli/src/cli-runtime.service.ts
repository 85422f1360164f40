import { INestApplicationContext, Injectable } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CliModule } from './cli.module';
import { CliFailure } from './support/cli-failure.error';
import { RunSummary } from './support/run-summary';

/** Boots `CliModule` (config, Redis, state) when first called. */
export type ContextFactory = () => Promise<INestApplicationContext>;

/**
 * Runs one command's work: boots the context on demand, prints the JSON summary (every one ends
 * with `durationMs` and `peakRssMb`), closes, and turns any failure into one line on stderr.
 * Returns the exit code for the command to set.
 */
@Injectable()
export class CliRuntime {
  async run(command: string, work: (context: ContextFactory) => Promise<RunSummary | object>, summaryTo: NodeJS.WritableStream = process.stdout): Promise<number> {
    let app: INestApplicationContext | undefined;
    const context: ContextFactory = async () =>
      (app ??= await NestFactory.createApplicationContext(CliModule, { logger: false, abortOnError: false }));
    const started = Date.now();
    try {
      const summary = await work(context);
      const cost = { durationMs: Date.now() - started, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
      summaryTo.write(`${JSON.stringify({ ...(summary instanceof RunSummary ? summary.toJSON() : summary), ...cost }, null, 2)}\n`);
      if (summary instanceof RunSummary && summary.failure) throw new CliFailure(summary.failure);
      return 0;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      process.stderr.write(`litgo-triage ${command}: ${reason.replace(/\s*\n\s*/g, ' ')}\n`);
      return error instanceof CliFailure ? error.exitCode : 1;
    } finally {
      await app?.close().catch(() => undefined);
    }
  }
}
