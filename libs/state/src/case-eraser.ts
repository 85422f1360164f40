import { Injectable } from '@nestjs/common';
import { RedisPool } from '@app/redis';
import { readCase } from './case-documents';
import { CaseWriter } from './case-writer';

/** Erasure: a case, or everything of a user (their cases, owner index and start keys). */
@Injectable()
export class CaseEraser {
  constructor(
    private readonly redis: RedisPool,
    private readonly writer: CaseWriter,
  ) {}

  /** See `ConversationStateManager.deleteCase`. */
  async deleteCase(caseId: string, ownerId?: string): Promise<boolean> {
    const keys = this.writer.keys;
    const { conversation, orchestration } = await readCase(this.redis, keys, caseId);
    const userId = conversation?.userId ?? orchestration?.userId;
    if (ownerId !== undefined && userId !== ownerId) return false;
    await this.redis.run((c) => c.del(keys.conversation(caseId), keys.orchestration(caseId)));
    await this.writer.index([{ caseId, ownerId: userId, score: Date.now(), conversation: 'absent', orchestration: 'absent', mode: 'repair' }]);
    return conversation !== null || orchestration !== null;
  }

  /** See `ConversationStateManager.deleteUserCases`. */
  async deleteUserCases(userId: string): Promise<number> {
    const ownerIndex = this.writer.keys.owner(userId);
    const caseIds = await this.redis.run((c) => c.zrange(ownerIndex, 0, -1));
    let deleted = 0;
    for (const caseId of caseIds) if (await this.deleteCase(caseId)) deleted++;
    // Two DELs: on a cluster the owner index and the start keys live in different slots.
    await this.redis.batch([
      ['del', ownerIndex],
      ['del', this.writer.keys.startKeys(userId)],
    ]);
    return deleted;
  }
}
