import { ComplexityLevel, ConversationMessage, CURRENT_SCHEMA_VERSION, ORCHESTRATION_STATUSES, OrchestrationStatus } from '@app/state';
import { decodedBytesRepr, legacyEnum, legacyInstant, legacyNumber, parsedStructure } from './legacy-values';

/** A legacy document as parsed from its JSON. */
export type LegacyRaw = Record<string, unknown>;

const COMPLEXITY: Record<string, ComplexityLevel> = { low: 'low', baixa: 'low', medium: 'medium', media: 'medium', média: 'medium', high: 'high', alta: 'high' };
const STATUS: Record<string, OrchestrationStatus> = { active: 'interviewing', in_progress: 'interviewing', failed: 'error' };

/** What every document of a case shares while it is mapped. */
export interface MappingBase {
  caseId: string;
  userId: string;
  fallbackTime: string;
  notes: string[];
}

/** Reads one legacy document's fields, noting repairs (in `base.notes`) and keeping unreadable values raw. */
export class LegacyFieldReader {
  private readonly unparsed: Record<string, string> = {};

  constructor(
    private readonly kind: string,
    private readonly raw: LegacyRaw,
    private readonly base: MappingBase,
  ) {}

  common() {
    const metadata = (this.raw._metadata ?? {}) as LegacyRaw;
    const createdAt = legacyInstant(this.raw.created_at) ?? legacyInstant(this.raw.updated_at) ?? legacyInstant(metadata.updated_at);
    if (createdAt === undefined) this.note('created_at', 'unreadable, used the migration time');
    const updatedAt = legacyInstant(this.raw.updated_at) ?? legacyInstant(metadata.updated_at) ?? createdAt ?? this.base.fallbackTime;
    return { version: 0, schemaVersion: CURRENT_SCHEMA_VERSION, caseId: this.base.caseId, userId: this.base.userId, createdAt: createdAt ?? this.base.fallbackTime, updatedAt };
  }

  message(value: unknown, i: number): ConversationMessage[] {
    const message = (typeof value === 'object' && value !== null ? value : {}) as LegacyRaw;
    const role = legacyEnum(message.role);
    const mapped = role === 'user' || role === 'human' ? 'user' : role === 'assistant' || role === 'ai' ? 'assistant' : undefined;
    if (!mapped || message.content == null) {
      this.keep(`messages[${i}]`, JSON.stringify(value));
      return [];
    }
    let content = typeof message.content === 'string' ? message.content : JSON.stringify(message.content);
    const decoded = decodedBytesRepr(content);
    if (decoded !== undefined) {
      content = decoded;
      this.note('messages[].content', 'stored as str(bytes), decoded');
    }
    const timestamp = legacyInstant(message.timestamp);
    if (timestamp === undefined) this.note('messages[].timestamp', 'unreadable, used created_at');
    return [{ role: mapped, content, timestamp: timestamp ?? legacyInstant(this.raw.created_at) ?? this.base.fallbackTime }];
  }

  complexity(field: string): ComplexityLevel | null {
    if (this.raw[field] == null) return null;
    const level = COMPLEXITY[legacyEnum(this.raw[field]) ?? ''];
    if (!level) this.keep(field, String(this.raw[field]));
    return level ?? null;
  }

  status(): OrchestrationStatus {
    const value = legacyEnum(this.raw.status) ?? '';
    const status = (ORCHESTRATION_STATUSES as readonly string[]).includes(value) ? (value as OrchestrationStatus) : STATUS[value];
    if (status) return status;
    this.keep('status', String(this.raw.status));
    return this.raw.result != null ? 'completed' : 'interviewing';
  }

  number(field: string): number | null {
    if (this.raw[field] == null) return null;
    const number = legacyNumber(this.raw[field]);
    if (number === undefined) this.keep(field, String(this.raw[field]));
    return number ?? null;
  }

  text(field: string): string | null {
    const value = this.raw[field];
    return value == null ? null : typeof value === 'string' ? value : JSON.stringify(value);
  }

  instant(field: string): string | null {
    if (this.raw[field] == null || this.raw[field] === '') return null;
    const instant = legacyInstant(this.raw[field]);
    if (instant === undefined) this.keep(field, String(this.raw[field]));
    return instant ?? null;
  }

  /** A JSON object field, or one saved as JSON/Python text; else its raw text is kept. */
  structure(field: string, keepRaw = true): Record<string, unknown> | null {
    const value = this.raw[field];
    if (value == null) return null;
    if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    const parsed = typeof value === 'string' ? parsedStructure(value) : undefined;
    if (parsed && typeof parsed.value === 'object' && parsed.value !== null && !Array.isArray(parsed.value)) {
      this.note(field, parsed.from === 'python' ? 'parsed from Python str()' : 'parsed from JSON text');
      return parsed.value as Record<string, unknown>;
    }
    if (keepRaw) this.keep(field, typeof value === 'string' ? value : JSON.stringify(value));
    return null;
  }

  /** The result: an object, or parsed from its str(); else `{ _raw: text }` so it still reads as done. */
  result(): Record<string, unknown> | null {
    const result = this.structure('result', false);
    if (result !== null || this.raw.result == null) return result;
    this.note('result', 'kept as raw text');
    return { _raw: String(this.raw.result) };
  }

  /** `legacy` holds fields with no place in the new schema and unreadable values, raw. */
  legacy(extraFields: string[]): { legacy?: Record<string, unknown> } {
    const fields = Object.fromEntries(extraFields.filter((f) => this.raw[f] != null).map((f) => [f, this.raw[f]]));
    const legacy: Record<string, unknown> = {};
    if (Object.keys(fields).length > 0) legacy.fields = fields;
    if (Object.keys(this.unparsed).length > 0) legacy.unparsed = this.unparsed;
    return Object.keys(legacy).length > 0 ? { legacy } : {};
  }

  private keep(field: string, raw: string): void {
    this.unparsed[field] = raw;
    this.note(field.replace(/\[\d+\]/, '[]'), 'unreadable, kept raw');
  }

  private note(field: string, what: string): void {
    this.base.notes.push(`${this.kind}.${field}: ${what}`);
  }
}
