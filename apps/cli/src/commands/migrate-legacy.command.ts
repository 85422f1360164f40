import { Option, SubCommand } from 'nest-commander';
import { OperatorCommand } from './operator-command';
import { CliRuntime } from '../cli-runtime.service';
import { LegacyMigrationOptions, LegacyMigrationService } from '../legacy/legacy-migration.service';
import { InvalidOptionError, parseCount } from '../support/invalid-option.error';
import { ProgressReporter } from '../support/progress-reporter';

@SubCommand({
  name: 'legacy',
  description:
    "import the Python backend's conversation:<id> and orchestration:<id> keys (found with SCAN) with their remaining TTL; " +
    'cases already here are skipped, malformed ones are reported and left in place',
})
export class MigrateLegacyCommand extends OperatorCommand {
  constructor(private readonly runtime: CliRuntime) {
    super();
  }

  async run(_params: string[], options: LegacyMigrationOptions): Promise<void> {
    const say = (line: string) => process.stderr.write(`${line}\n`);
    process.exitCode = await this.runtime.run('migrate legacy', async (context) =>
      (await context()).get(LegacyMigrationService).migrate(options, new ProgressReporter('migrate legacy'), say),
    );
  }

  @Option({ flags: '--source-url <url>', description: 'Redis holding the legacy keys (default: REDIS_URL)' })
  parseSourceUrl(value: string): string {
    if (!/^rediss?:\/\/\S+$/.test(value)) throw new InvalidOptionError('expected a redis:// or rediss:// URL');
    return value;
  }

  @Option({ flags: '--dry-run', description: 'read and report what would be imported; write nothing' })
  parseDryRun(): boolean {
    return true;
  }

  @Option({ flags: '--batch <n>', description: 'keys per SCAN step and cases per write batch (1-10000, default 500)' })
  parseBatch(value: string): number {
    return parseCount(value, 1, 10_000);
  }

  @Option({ flags: '--delete-source', description: "delete a case's legacy keys once it is stored here" })
  parseDeleteSource(): boolean {
    return true;
  }
}
