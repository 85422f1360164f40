import { Module } from '@nestjs/common';
import { MetricsModule } from '@app/metrics';
import { ConfiguredRedisModule } from '@app/redis';
import { CaseEraser } from './case-eraser';
import { CaseIndexReader } from './case-index-reader';
import { CaseSaver } from './case-saver';
import { CaseSnapshotStore } from './case-snapshot.store';
import { CaseWriter } from './case-writer';
import { ConversationStateManager } from './conversation-state.manager';
import { IndexPruner } from './index-pruner';
import { SchemaUpgrader } from './schema-upgrader';
import { StartKeyClaims } from './start-key-claims';

/**
 * Provides `ConversationStateManager`, the one way to the service's data in Redis, and for
 * operator commands `CaseSnapshotStore` (export/import/migration), `SchemaUpgrader` and `IndexPruner`.
 */
@Module({
  imports: [ConfiguredRedisModule, MetricsModule],
  providers: [ConversationStateManager, CaseWriter, CaseSaver, CaseEraser, StartKeyClaims, CaseIndexReader, CaseSnapshotStore, SchemaUpgrader, IndexPruner],
  exports: [ConversationStateManager, CaseSnapshotStore, SchemaUpgrader, IndexPruner],
})
export class StateModule {}
