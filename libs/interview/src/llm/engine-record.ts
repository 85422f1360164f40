import { AREA_LABELS, LEGAL_AREA_CODES } from '../engine/interview-engine.constants';
import { InterviewFacts, LegalAreaCode, TriageData } from '../engine/interview-engine.types';
import { FallbackReason } from './model-failure';
import { ModelFacts, ModelTriage } from './model-turn.schema';

/** Which engine wrote a turn's reply: the local one, the model, or the model with the local engine beside it (ensemble). */
export type TurnEngine = 'local' | 'model' | 'ensemble';
/** Where a field's value comes from; `both` when the engines agree or their lists are merged. */
export type FieldSource = 'local' | 'model' | 'both';

/** One client turn: `at` is the client's message in the transcript (as in receipts). */
export interface TurnMarker {
  at: number;
  engine: TurnEngine;
  /** Set when the strategy wanted the model and the local engine answered instead. */
  fallback?: FallbackReason;
}

/** Kept in the conversation's `collectedData.engines` when a model is configured. */
export interface EngineRecord {
  /** Model calls this case has made (validation retries included), against `LLM_MAX_CALLS_PER_CASE`. */
  calls: number;
  turns: TurnMarker[];
  /** The source of each fact field as the last turn left it. */
  fields: Record<string, FieldSource>;
  /** The model's latest view of the case, its confidence in the area, and its triage when it closed the interview. */
  model: ModelFacts | null;
  modelConfidence: number | null;
  triage: ModelTriage | null;
}

export const EMPTY_ENGINE_RECORD: EngineRecord = { calls: 0, turns: [], fields: {}, model: null, modelConfidence: null, triage: null };

/** The engine record stored in a conversation's collected data, or null (no model configured when it was written). */
export function readEngineRecord(collectedData: Record<string, unknown>): EngineRecord | null {
  const record = collectedData.engines as EngineRecord | undefined;
  return record && typeof record === 'object' && Array.isArray(record.turns) ? record : null;
}

const LIST_FIELDS = ['parties', 'dates', 'amounts', 'locations', 'documents', 'deadlines'] as const;

/** Which engine each fact field is taken from: a value one engine lacks comes from the other; lists merge; a disagreement goes to the preferred engine. */
export function fieldSources(local: InterviewFacts, model: ModelFacts | null, preferModel: boolean): Record<string, FieldSource> {
  const pick = (localValue: unknown, modelValue: unknown): FieldSource => {
    const has = (v: unknown) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0);
    if (!model || !has(modelValue)) return 'local';
    if (!has(localValue)) return 'model';
    if (Array.isArray(localValue) || localValue === modelValue) return 'both';
    return preferModel ? 'model' : 'local';
  };
  const localArea = local.area && AREA_LABELS[local.area];
  const sources: Record<string, FieldSource> = { area: pick(localArea, model?.area), subarea: pick(local.subarea, model?.subarea), outcome: pick(local.outcome, model?.outcome) };
  for (const field of LIST_FIELDS) sources[field] = pick(local[field], model?.[field]);
  return sources;
}

/** The model's triage in the result's shape (review fields empty: the strategy sets them), or null when the model did not close the interview. */
export function modelTriageData(record: EngineRecord | null): TriageData | null {
  if (!record?.triage) return null;
  const { triage, model } = record;
  const areaCode = LEGAL_AREA_CODES.find((code) => AREA_LABELS[code] === triage.area) as LegalAreaCode;
  return {
    area: triage.area,
    area_code: areaCode,
    subarea: triage.subarea,
    urgency_h: triage.urgency_h,
    summary: triage.summary,
    keywords: triage.keywords,
    entities: { parties: model?.parties ?? [], dates: model?.dates ?? [], amounts: model?.amounts ?? [], locations: model?.locations ?? [] },
    analysis: triage.analysis,
    needs_review: false,
    review_reasons: [],
  };
}
