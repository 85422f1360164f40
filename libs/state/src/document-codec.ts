import { CURRENT_SCHEMA_VERSION, StoredDocument } from './case-state';
import { UnsupportedSchemaError } from './unsupported-schema.error';

type Upgrade = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * `SCHEMA_UPGRADES[n]` turns a schemaVersion n document into n + 1. Used on read and by
 * `migrate upgrade`. Schema 1 is the first this service wrote, so the chain is empty today.
 */
export const SCHEMA_UPGRADES: Record<number, Upgrade> = {};

/** Serialises with `version` first: the save script reads it with a prefix match. */
export function encodeDocument(document: StoredDocument, version: number, updatedAt: string): string {
  const { version: _previous, schemaVersion: _schema, ...fields } = document;
  return JSON.stringify({ version, schemaVersion: CURRENT_SCHEMA_VERSION, ...fields, updatedAt });
}

/** Parses a stored document, upgrading older schemas; refuses unknown or future ones. */
export function decodeDocument<T extends StoredDocument>(key: string, json: string): T {
  let document = JSON.parse(json) as Record<string, unknown>;
  const schemaVersion = document.schemaVersion;
  if (!Number.isInteger(schemaVersion) || (schemaVersion as number) < 1 || (schemaVersion as number) > CURRENT_SCHEMA_VERSION) {
    throw new UnsupportedSchemaError(key, schemaVersion);
  }
  for (let from = schemaVersion as number; from < CURRENT_SCHEMA_VERSION; from++) {
    const upgrade = SCHEMA_UPGRADES[from];
    if (!upgrade) throw new UnsupportedSchemaError(key, schemaVersion);
    document = { ...upgrade(document), schemaVersion: from + 1 };
  }
  return document as unknown as T;
}
