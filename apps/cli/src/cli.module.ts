import { Module } from '@nestjs/common';
import { ConfigModule } from '@app/config';
import { ConfiguredRedisModule } from '@app/redis';
import { StateModule } from '@app/state';
import { LegacyMigrationService } from './legacy/legacy-migration.service';
import { IndexCleanupService } from './maintenance/index-cleanup.service';
import { SchemaUpgradeService } from './maintenance/schema-upgrade.service';
import { CaseTransferService } from './transfer/case-transfer.service';

/**
 * What the operator commands run on: config, Redis and state, plus the services that do the
 * work (the commands and the tests both call these). Booted by `CliRuntime` only once a
 * command's flags are valid, so `--help` and usage errors never need Redis.
 */
@Module({
  imports: [ConfigModule, ConfiguredRedisModule, StateModule],
  providers: [LegacyMigrationService, CaseTransferService, SchemaUpgradeService, IndexCleanupService],
})
export class CliModule {}
