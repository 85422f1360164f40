import { Injectable } from '@nestjs/common';
import { BatchCommand, RedisPool } from '@app/redis';
import { CURRENT_SCHEMA_VERSION, StoredDocument } from './case-state';
import { decodeDocument, encodeDocument } from './document-codec';
import { REWRITE_DOCUMENT_SCRIPT } from './operator-scripts';

/** What `upgrade` found for one key. */
export type UpgradeOutcome =
  | { key: string; status: 'current' | 'upgraded' | 'absent' | 'conflict' }
  | { key: string; status: 'malformed'; reason: string };

/**
 * Rewrites stored documents older than `CURRENT_SCHEMA_VERSION` with the upgrade chain used on
 * read (`decodeDocument` / `SCHEMA_UPGRADES`). Each rewrite is a compare-and-set on `version`
 * (bumped by one, so a writer holding the old document re-reads), keeping TTL and `updatedAt`.
 */
@Injectable()
export class SchemaUpgrader {
  constructor(private readonly redis: RedisPool) {
    redis.defineScript(REWRITE_DOCUMENT_SCRIPT);
  }

  /** Upgrades the documents at `keys` (document keys of this service); with `dryRun` only reports. */
  async upgrade(keys: string[], options: { dryRun?: boolean } = {}): Promise<UpgradeOutcome[]> {
    if (keys.length === 0) return [];
    const documents = (await this.redis.batch(keys.map((key): BatchCommand => ['get', key]))) as Array<string | null>;
    return Promise.all(
      keys.map(async (key, i): Promise<UpgradeOutcome> => {
        const json = documents[i];
        if (json === null) return { key, status: 'absent' };
        let upgraded: StoredDocument;
        try {
          if ((JSON.parse(json) as { schemaVersion?: unknown }).schemaVersion === CURRENT_SCHEMA_VERSION) return { key, status: 'current' };
          upgraded = decodeDocument<StoredDocument>(key, json);
        } catch (error) {
          return { key, status: 'malformed', reason: (error as Error).message };
        }
        if (options.dryRun) return { key, status: 'upgraded' };
        const written = await this.redis.evalScript<number>(REWRITE_DOCUMENT_SCRIPT.name, [key], [
          upgraded.version,
          encodeDocument(upgraded, upgraded.version + 1, upgraded.updatedAt),
        ]);
        return { key, status: written === 1 ? 'upgraded' : 'conflict' };
      }),
    );
  }
}
