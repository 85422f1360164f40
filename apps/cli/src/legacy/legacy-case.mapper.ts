import { CASE_ID_PATTERN, CaseSnapshot, ConversationState, OrchestrationState } from '@app/state';
import { LegacyFieldReader, LegacyRaw, MappingBase } from './legacy-field.reader';
import { decodedBytesRepr, legacyBoolean, legacyInstant, legacyNumber, parsedStructure } from './legacy-values';

/** The raw values of one legacy case, as read from the source Redis. */
export interface LegacyCaseInput {
  caseId: string;
  conversation: string | null;
  orchestration: string | null;
  ttlMs: { conversation: number | null; orchestration: number | null };
}

/** A mapped case with notes on what was repaired or kept raw; or why it cannot be imported. */
export type LegacyMapResult = { ok: true; snapshot: CaseSnapshot; notes: string[] } | { ok: false; reason: string };

/**
 * Turns the Python backend's `conversation:<id>` / `orchestration:<id>` JSON into this service's
 * documents. Reads what `json.dumps(default=str)` left behind (str() of datetimes, bytes and
 * result objects); what cannot be read is kept as raw text under the document's `legacy.unparsed`
 * (a result under `result._raw`) and noted. A case is refused only when a document is not JSON at
 * all, its identity is unclear, or it has no owner.
 */
export class LegacyCaseMapper {
  map(input: LegacyCaseInput, now = new Date()): LegacyMapResult {
    const notes: string[] = [];
    if (!CASE_ID_PATTERN.test(input.caseId)) return { ok: false, reason: 'case id unusable in a key' };
    let conversation: LegacyRaw | null;
    let orchestration: LegacyRaw | null;
    try {
      conversation = input.conversation === null ? null : this.document('conversation', input.caseId, input.conversation, notes);
      orchestration = input.orchestration === null ? null : this.document('orchestration', input.caseId, input.orchestration, notes);
    } catch (error) {
      return { ok: false, reason: (error as Error).message };
    }
    const owners = [conversation?.user_id, orchestration?.user_id].filter((id) => id !== undefined && id !== null && id !== '').map(String);
    if (owners.length === 0) return { ok: false, reason: 'no user_id' };
    if (new Set(owners).size > 1) return { ok: false, reason: 'user_id differs between conversation and orchestration' };
    const base = { caseId: input.caseId, userId: owners[0], fallbackTime: now.toISOString(), notes };
    return {
      ok: true,
      notes,
      snapshot: {
        caseId: input.caseId,
        conversation: conversation && this.conversation(conversation, base),
        orchestration: orchestration && this.orchestration(orchestration, base),
        ttlMs: input.ttlMs,
      },
    };
  }

  private document(kind: string, caseId: string, raw: string, notes: string[]): LegacyRaw {
    let text = raw.trim();
    const decoded = decodedBytesRepr(text);
    if (decoded !== undefined) {
      text = decoded;
      notes.push(`${kind}: stored as str(bytes), decoded`);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
      if (typeof value === 'string') value = JSON.parse(value);
    } catch (error) {
      // Some values were saved with str(dict) instead of json.dumps: readable as a Python literal.
      const python = text.startsWith('{') ? parsedStructure(text) : undefined;
      if (python?.from !== 'python') throw new Error(`${kind}: not valid JSON (${(error as Error).message})`);
      value = python.value;
      notes.push(`${kind}: stored as str(dict), parsed`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${kind}: not a JSON object`);
    const document = value as LegacyRaw;
    const metadata = document._metadata as LegacyRaw | undefined;
    if (typeof metadata !== 'object' || metadata === null) notes.push(`${kind}: no _metadata`);
    else if (metadata.case_id !== undefined && String(metadata.case_id) !== caseId) throw new Error(`${kind}: _metadata.case_id differs from the key`);
    return document;
  }

  private conversation(raw: LegacyRaw, base: MappingBase): ConversationState {
    const fields = new LegacyFieldReader('conversation', raw, base);
    const messages = Array.isArray(raw.messages) ? raw.messages : [];
    if (!Array.isArray(raw.messages)) base.notes.push('conversation.messages: missing, imported as none');
    return {
      ...fields.common(),
      messages: messages.flatMap((message, i) => fields.message(message, i)),
      complexity: fields.complexity('complexity_level'),
      confidence: fields.number('confidence_score') ?? 0,
      collectedData: fields.structure('collected_data') ?? {},
      isComplete: legacyBoolean(raw.is_complete) ?? raw.completed_at != null,
      completionReason: fields.text('completion_reason'),
      completedAt: fields.instant('completed_at'),
      ...fields.legacy(['status', 'strategy_recommended']),
    } as ConversationState;
  }

  private orchestration(raw: LegacyRaw, base: MappingBase): OrchestrationState {
    const fields = new LegacyFieldReader('orchestration', raw, base);
    const common = fields.common();
    const started = legacyNumber(raw.started_at) ?? (legacyInstant(raw.started_at) && Date.parse(legacyInstant(raw.started_at)!) / 1000);
    if (started === undefined) base.notes.push('orchestration.started_at: unreadable, used created_at');
    return {
      ...common,
      status: fields.status(),
      flowType: typeof raw.flow_type === 'string' && raw.flow_type ? raw.flow_type : 'standard_analysis',
      complexity: fields.complexity('current_complexity'),
      confidence: fields.number('current_confidence') ?? 0,
      startedAt: started ?? Date.parse(common.createdAt) / 1000,
      result: fields.result(),
      completedAt: fields.instant('completed_at'),
      processingTimeMs: fields.number('processing_time_ms'),
      error: raw.error == null ? null : typeof raw.error === 'string' ? raw.error : JSON.stringify(raw.error),
      ...fields.legacy([]),
    } as OrchestrationState;
  }
}
