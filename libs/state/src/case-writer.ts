import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { RedisPool } from '@app/redis';
import { CaseIndexEntry, CaseWrite, indexCaseCommands, saveCaseCall } from './case-write';
import { INDEX_CASE_SCRIPT, SAVE_CASE_SCRIPT } from './state-scripts';
import { StateKeys } from './state-keys';

/** What the save script found: whether it wrote, and the documents' versions (stored ones on a conflict). */
export interface SaveReply {
  saved: boolean;
  conversationVersion: number;
  orchestrationVersion: number;
}

/**
 * Every write of a case goes through here, in two steps: the documents' compare-and-set (one
 * script on the case's hash tag, followed by `WAIT` when REDIS_WAIT_REPLICAS is set), then the
 * index entries (one script on the case's bucket plus one command on the owner's index, sent
 * together). The second step is safe to repeat: the documents are the truth, and an entry left
 * behind by a crash between the steps is repaired by the next save, on read, or by `cleanup`.
 */
@Injectable()
export class CaseWriter {
  readonly keys: StateKeys;

  constructor(
    private readonly redis: RedisPool,
    config: AppConfig,
  ) {
    this.keys = new StateKeys(config.redis.keyPrefix, config.redis.indexBuckets);
    redis.defineScript(SAVE_CASE_SCRIPT);
    redis.defineScript(INDEX_CASE_SCRIPT);
  }

  async save(write: CaseWrite): Promise<SaveReply> {
    const call = saveCaseCall(this.keys, write);
    const [saved, conversationVersion, orchestrationVersion] = await this.redis.evalScript<[number, number, number]>(SAVE_CASE_SCRIPT.name, call.keys, call.args, {
      durable: true,
    });
    return { saved: saved === 1, conversationVersion, orchestrationVersion };
  }

  /** Brings the index entries of each case in line with its entry (one batch). */
  async index(entries: CaseIndexEntry[]): Promise<void> {
    await this.redis.batch(entries.flatMap((entry) => indexCaseCommands(this.keys, entry)));
  }
}
