import { Command, Option } from 'nest-commander';
import { OperatorCommand } from './operator-command';
import { CliRuntime } from '../cli-runtime.service';
import { IndexCleanupService } from '../maintenance/index-cleanup.service';
import { ProgressReporter } from '../support/progress-reporter';

@Command({
  name: 'cleanup',
  description:
    "rebuild every case's index entries from its documents, drop index entries whose case has expired or is gone, from every index, " +
    'and delete the untagged index keys of builds before the bucketed indexes',
})
export class CleanupCommand extends OperatorCommand {
  constructor(private readonly runtime: CliRuntime) {
    super();
  }

  async run(_params: string[], options: { dryRun?: boolean }): Promise<void> {
    process.exitCode = await this.runtime.run('cleanup', async (context) =>
      (await context()).get(IndexCleanupService).cleanup(options, new ProgressReporter('cleanup')),
    );
  }

  @Option({ flags: '--dry-run', description: 'count what would be dropped; change nothing' })
  parseDryRun(): boolean {
    return true;
  }
}
