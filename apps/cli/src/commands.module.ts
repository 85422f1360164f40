import { Module } from '@nestjs/common';
import { CliRuntime } from './cli-runtime.service';
import { CleanupCommand } from './commands/cleanup.command';
import { ExportCommand } from './commands/export.command';
import { ImportCommand } from './commands/import.command';
import { MigrateLegacyCommand } from './commands/migrate-legacy.command';
import { MigrateUpgradeCommand } from './commands/migrate-upgrade.command';
import { MigrateCommand } from './commands/migrate.command';
import { StatsCommand } from './commands/stats.command';
import { TokenCommand } from './commands/token.command';

/**
 * The command tree that nest-commander parses. It imports nothing that connects or reads the
 * environment: each command validates its flags, then `CliRuntime` boots `CliModule`.
 */
@Module({
  providers: [CliRuntime, MigrateCommand, MigrateLegacyCommand, MigrateUpgradeCommand, ExportCommand, ImportCommand, StatsCommand, CleanupCommand, TokenCommand],
})
export class CommandsModule {}
