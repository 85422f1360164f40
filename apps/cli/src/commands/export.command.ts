import { Command, Option } from 'nest-commander';
import { OperatorCommand } from './operator-command';
import { CliRuntime } from '../cli-runtime.service';
import { openOutput } from '../support/file-streams';
import { ProgressReporter } from '../support/progress-reporter';
import { CaseTransferService } from '../transfer/case-transfer.service';

@Command({ name: 'export', description: 'write every case as JSON lines (both documents and their remaining TTL)' })
export class ExportCommand extends OperatorCommand {
  constructor(private readonly runtime: CliRuntime) {
    super();
  }

  async run(_params: string[], options: { out: string }): Promise<void> {
    // With `--out -` the cases go to stdout, so the summary goes to stderr.
    const summaryTo = options.out === '-' ? process.stderr : process.stdout;
    process.exitCode = await this.runtime.run(
      'export',
      async (context) => {
        const output = await openOutput(options.out);
        try {
          const summary = await (await context()).get(CaseTransferService).exportCases(output.stream, new ProgressReporter('export'));
          await output.commit();
          return summary;
        } catch (error) {
          await output.discard();
          throw error;
        }
      },
      summaryTo,
    );
  }

  @Option({ flags: '--out <file>', description: "file to write, or '-' for stdout", required: true })
  parseOut(value: string): string {
    return value;
  }
}
