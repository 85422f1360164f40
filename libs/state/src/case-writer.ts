import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { BatchCommand, RedisPool } from '@app/redis';
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
 * script on the case's hash tag, followed by `WAIT` when REDIS_WAIT_REPLICAS is set), and the
 * index entries (one script on the case's bucket plus one command on the owner's index). A save
 * sends both in one batch (one round trip on a server); the index step is safe to repeat and skips
 * itself when a later save indexed the case. The documents are the truth: the entries a failed
 * save sent anyway are rewritten from the stored documents by its caller, and an entry a crash left
 * lagging is repaired by the next save or resend, on read, or by `cleanup`.
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

  /**
   * The documents' compare-and-set; with `entry`, the index entries the case has if it succeeds,
   * sent in the same round trip (on a conflict the caller re-indexes from the stored documents).
   */
  async save(write: CaseWrite, entry?: CaseIndexEntry): Promise<SaveReply> {
    const call = saveCaseCall(this.keys, write);
    const commands: BatchCommand[] = [[SAVE_CASE_SCRIPT.name, call.keys.length, ...call.keys, ...call.args], ...(entry ? indexCaseCommands(this.keys, entry) : [])];
    const [[saved, conversationVersion, orchestrationVersion]] = (await this.redis.batch(commands, { durable: true, call: SAVE_CASE_SCRIPT.name })) as [[number, number, number]];
    return { saved: saved === 1, conversationVersion, orchestrationVersion };
  }

  /** Brings the index entries of each case in line with its entry (one batch). */
  async index(entries: CaseIndexEntry[]): Promise<void> {
    await this.redis.batch(entries.flatMap((entry) => indexCaseCommands(this.keys, entry)), { call: INDEX_CASE_SCRIPT.name });
  }
}
