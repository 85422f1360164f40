import { Option, SubCommand } from 'nest-commander';
import { OperatorCommand } from './operator-command';
import { CliRuntime } from '../cli-runtime.service';
import { SchemaUpgradeService } from '../maintenance/schema-upgrade.service';
import { ProgressReporter } from '../support/progress-reporter';

@SubCommand({
  name: 'upgrade',
  description:
    'rewrite every stored document older than the current schemaVersion (the same upgrade code as on read). ' +
    'Documents only: untagged index keys of older builds are left as they are; run `cleanup` to rebuild the bucketed indexes and delete them',
})
export class MigrateUpgradeCommand extends OperatorCommand {
  constructor(private readonly runtime: CliRuntime) {
    super();
  }

  async run(_params: string[], options: { dryRun?: boolean }): Promise<void> {
    process.exitCode = await this.runtime.run('migrate upgrade', async (context) =>
      (await context()).get(SchemaUpgradeService).upgradeAll(options, new ProgressReporter('migrate upgrade')),
    );
  }

  @Option({ flags: '--dry-run', description: 'count what would be upgraded; write nothing' })
  parseDryRun(): boolean {
    return true;
  }
}
