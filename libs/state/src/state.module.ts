import { Module } from '@nestjs/common';
import { ConfiguredRedisModule } from '@app/redis';
import { CaseIndexReader } from './case-index-reader';
import { ConversationStateManager } from './conversation-state.manager';

/** Provides `ConversationStateManager`, the one way to the service's data in Redis. */
@Module({
  imports: [ConfiguredRedisModule],
  providers: [ConversationStateManager, CaseIndexReader],
  exports: [ConversationStateManager],
})
export class StateModule {}
