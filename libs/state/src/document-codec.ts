import { ConversationMessage, CURRENT_SCHEMA_VERSION, StoredDocument, TurnReceipt } from './case-state';
import { UnsupportedSchemaError } from './unsupported-schema.error';

type Upgrade = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * How a message is stored since schema 2: `[role, content, time]`, time in epoch milliseconds
 * (or the original text when that would not give it back exactly). A 10-turn transcript is about
 * 1 KB smaller than with `{role, content, timestamp}` objects.
 */
type PackedMessage = [ConversationMessage['role'], string, number | string];

/** How a turn receipt is stored: `[key, at, complexity, confidence, completed as 0 | 1]`. */
type PackedReceipt = [string, number, TurnReceipt['complexity'], number, 0 | 1];

type PackableFields = { messages?: ConversationMessage[]; receipts?: TurnReceipt[] };

/**
 * `SCHEMA_UPGRADES[n]` turns a schemaVersion n document into n + 1. Used on read and by
 * `migrate upgrade`.
 */
export const SCHEMA_UPGRADES: Record<number, Upgrade> = {
  // Schema 2 packs messages (see PackedMessage). Reading accepts both forms, so the schema 1
  // document is already readable; `migrate upgrade` rewrites it packed.
  1: (document) => document,
};

/**
 * Schemas `encodeDocument` can write: the current one, and the one before it, which a rolling
 * update writes until every instance reads the current one (`STATE_WRITE_SCHEMA`, expand/contract).
 */
export const WRITABLE_SCHEMAS: readonly number[] = [CURRENT_SCHEMA_VERSION - 1, CURRENT_SCHEMA_VERSION];

/**
 * Serialises with `version` first (the save script reads it with a prefix match) in schema
 * `schema`: messages packed from schema 2 on (schema 1 keeps them as objects), receipts packed.
 */
export function encodeDocument(document: StoredDocument, version: number, updatedAt: string, schema = CURRENT_SCHEMA_VERSION): string {
  if (!WRITABLE_SCHEMAS.includes(schema)) throw new RangeError(`Cannot write schemaVersion ${schema} (writable: ${WRITABLE_SCHEMAS.join(', ')})`);
  const { version: _previous, schemaVersion: _schema, ...fields } = document as StoredDocument & PackableFields;
  if (fields.messages && schema >= 2) (fields as Record<string, unknown>).messages = fields.messages.map(packMessage);
  if (fields.receipts) (fields as Record<string, unknown>).receipts = fields.receipts.map(packReceipt);
  return JSON.stringify({ version, schemaVersion: schema, ...fields, updatedAt });
}

/**
 * Parses a stored document, upgrading older schemas up to `readable`; refuses unknown ones and
 * those newer than `readable` (written by a newer build). `readable` below the current schema
 * reads as an older build would.
 */
export function decodeDocument<T extends StoredDocument>(key: string, json: string, readable = CURRENT_SCHEMA_VERSION): T {
  let document = JSON.parse(json) as Record<string, unknown>;
  const schemaVersion = document.schemaVersion;
  if (!Number.isInteger(schemaVersion) || (schemaVersion as number) < 1 || (schemaVersion as number) > readable) {
    throw new UnsupportedSchemaError(key, schemaVersion, readable);
  }
  for (let from = schemaVersion as number; from < readable; from++) {
    const upgrade = SCHEMA_UPGRADES[from];
    if (!upgrade) throw new UnsupportedSchemaError(key, schemaVersion, readable);
    document = { ...upgrade(document), schemaVersion: from + 1 };
  }
  if (Array.isArray(document.messages)) document.messages = document.messages.map(unpackMessage);
  if (Array.isArray(document.receipts)) document.receipts = document.receipts.map(unpackReceipt);
  return document as unknown as T;
}

/**
 * The packed form each decoded message came from. A turn rewrites the whole transcript, of which
 * only the last two messages are new: the others are packed again without re-parsing their time.
 */
const packedFrom = new WeakMap<ConversationMessage, { packed: PackedMessage; timestamp: string }>();

function packMessage(message: ConversationMessage): PackedMessage {
  const { role, content, timestamp } = message;
  const known = packedFrom.get(message);
  // Checked, not trusted: a caller may have changed a field of a decoded message.
  if (known && known.packed[0] === role && known.packed[1] === content && known.timestamp === timestamp) return known.packed;
  const ms = Date.parse(timestamp);
  return [role, content, Number.isFinite(ms) && isoTime(ms) === timestamp ? ms : timestamp];
}

/** Packed messages, and objects (schema 1, exported files), both give the object form. */
function unpackMessage(message: PackedMessage | ConversationMessage): ConversationMessage {
  if (!Array.isArray(message)) return message;
  const [role, content, time] = message;
  const unpacked = { role, content, timestamp: typeof time === 'number' ? isoTime(time) : time };
  packedFrom.set(unpacked, { packed: message, timestamp: unpacked.timestamp });
  return unpacked;
}

/**
 * Message times as text, by epoch ms, the last `ISO_TIMES` of them: a turn decodes the whole
 * transcript again, whose times were worked out when its messages were first packed (and a client
 * message and its reply share theirs), and `Date#toISOString` costs ~0.5 µs a message.
 */
const isoByMs = new Map<number, string>();
const ISO_TIMES = 4096;

function isoTime(ms: number): string {
  let iso = isoByMs.get(ms);
  if (iso === undefined) {
    if (isoByMs.size >= ISO_TIMES) isoByMs.delete(isoByMs.keys().next().value!);
    isoByMs.set(ms, (iso = new Date(ms).toISOString()));
  }
  return iso;
}

function packReceipt({ key, at, complexity, confidence, completed }: TurnReceipt): PackedReceipt {
  return [key, at, complexity, confidence, completed ? 1 : 0];
}

/** Packed receipts, and objects (exported files), both give the object form. */
function unpackReceipt(receipt: PackedReceipt | TurnReceipt): TurnReceipt {
  if (!Array.isArray(receipt)) return receipt;
  const [key, at, complexity, confidence, completed] = receipt;
  return { key, at, complexity, confidence, completed: completed === 1 };
}
