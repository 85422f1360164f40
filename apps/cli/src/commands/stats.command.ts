import { Command } from 'nest-commander';
import { OperatorCommand } from './operator-command';
import { ConversationStateManager } from '@app/state';
import { CliRuntime } from '../cli-runtime.service';

@Command({ name: 'stats', description: 'live cases by status and complexity (the numbers of GET /api/v2/triage/stats)' })
export class StatsCommand extends OperatorCommand {
  constructor(private readonly runtime: CliRuntime) {
    super();
  }

  async run(): Promise<void> {
    process.exitCode = await this.runtime.run('stats', async (context) => {
      const stats = await (await context()).get(ConversationStateManager).getSystemStats();
      return {
        command: 'stats',
        timestamp: new Date().toISOString(),
        totals: { active_orchestrations: stats.activeOrchestrations, active_conversations: stats.activeConversations },
        by_status: stats.byStatus,
        by_complexity: stats.byComplexity,
        redis: {
          used_memory: stats.redis.usedMemory,
          maxmemory: stats.redis.maxmemory,
          maxmemory_policy: stats.redis.maxmemoryPolicy,
          connected_clients: stats.redis.connectedClients,
        },
      };
    });
  }
}
