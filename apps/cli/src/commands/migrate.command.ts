import { Command } from 'nest-commander';
import { OperatorCommand } from './operator-command';
import { MigrateLegacyCommand } from './migrate-legacy.command';
import { MigrateUpgradeCommand } from './migrate-upgrade.command';

/** `migrate legacy` and `migrate upgrade`; alone, a usage error. */
@Command({
  name: 'migrate',
  description:
    'import the legacy Python backend data, or upgrade stored documents to the current schema. ' +
    'Neither moves index keys: the untagged ones of builds before the bucketed indexes (litgo:index:conversations, ' +
    'litgo:index:owner:<id>, ...) are ignored by this build, so older cases are missing from listings and stats ' +
    'until `cleanup` rebuilds the bucketed indexes from the documents and deletes the untagged keys',
  subCommands: [MigrateLegacyCommand, MigrateUpgradeCommand],
})
export class MigrateCommand extends OperatorCommand {
  async run(params: string[]): Promise<void> {
    const what = params.length > 0 ? `unknown subcommand '${params[0]}'` : 'missing subcommand';
    this.command.error(`error: ${what}: use 'migrate legacy' or 'migrate upgrade' (see 'migrate --help')`, { exitCode: 2, code: 'commander.usage' });
  }
}
