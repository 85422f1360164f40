import { Command, Option } from 'nest-commander';
import { OperatorCommand } from './operator-command';
import { CliRuntime } from '../cli-runtime.service';
import { openInput } from '../support/file-streams';
import { ProgressReporter } from '../support/progress-reporter';
import { CaseTransferService, ImportOptions } from '../transfer/case-transfer.service';

@Command({
  name: 'import',
  description: 'restore cases from JSON lines written by export; bad lines are reported by number and the rest imported',
})
export class ImportCommand extends OperatorCommand {
  constructor(private readonly runtime: CliRuntime) {
    super();
  }

  async run(_params: string[], options: ImportOptions & { in: string }): Promise<void> {
    process.exitCode = await this.runtime.run('import', async (context) => {
      const input = await openInput(options.in);
      const transfer = (await context()).get(CaseTransferService);
      return transfer.importCases(input.stream, { ...options, totalBytes: input.size }, new ProgressReporter('import'));
    });
  }

  @Option({ flags: '--in <file>', description: "file to read, or '-' for stdin", required: true })
  parseIn(value: string): string {
    return value;
  }

  @Option({ flags: '--dry-run', description: 'validate and report; write nothing' })
  parseDryRun(): boolean {
    return true;
  }

  @Option({ flags: '--overwrite', description: 'replace cases that are already stored (default: skip them)' })
  parseOverwrite(): boolean {
    return true;
  }
}
