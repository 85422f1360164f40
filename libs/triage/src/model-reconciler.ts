import { TriageData } from '@app/interview';
import { fillGaps, reconcile } from './triage-reconciler';

/** One reading of a case: its triage data and how sure its engine is of the area. */
export interface Reading {
  data: TriageData;
  confidence: number;
}

/** A strategy's outcome when the model closed the interview. */
export interface ModelOutcome extends Reading {
  areasDisagree: boolean;
  details: Record<string, unknown>;
}

const RESULT_FIELDS = ['area', 'subarea', 'urgency_h', 'summary', 'keywords', 'entities', 'analysis'] as const;

/**
 * Failover: the model's triage, with what it lacks taken from the local one. When the two name
 * different areas the more confident reading keeps the area (and the case is sent for review):
 * a model talked into another area by the client's text does not silently move the case.
 */
export function modelFailover(local: Reading, model: Reading): ModelOutcome {
  const { data: filled, filled: filledFields } = fillGaps(model.data, local.data);
  const areasDisagree = model.data.area_code !== local.data.area_code;
  const keepLocalArea = areasDisagree && local.confidence >= model.confidence;
  const data = keepLocalArea ? { ...filled, area: local.data.area, area_code: local.data.area_code, subarea: local.data.subarea } : filled;
  return {
    data,
    confidence: areasDisagree ? Math.min(local.confidence, model.confidence) : Math.max(local.confidence, model.confidence),
    areasDisagree,
    details: { model: 'ok', filled_fields: filledFields, engines: { fields: resultSources(local.data, model.data, data) } },
  };
}

/** Ensemble: both readings field by field; lists merge, the sooner deadline wins, the rest comes from the more confident engine. */
export function modelEnsemble(local: Reading, model: Reading): ModelOutcome {
  const preferModel = model.confidence > local.confidence;
  const { data, disagreements } = reconcile(local.data, model.data, preferModel);
  const areasDisagree = model.data.area_code !== local.data.area_code;
  return {
    data,
    confidence: areasDisagree ? Math.min(local.confidence, model.confidence) : Math.max(local.confidence, model.confidence),
    areasDisagree,
    details: {
      passes: { local: { area_code: local.data.area_code, confidence: local.confidence }, model: { area_code: model.data.area_code, confidence: model.confidence } },
      agreement: disagreements.length === 0,
      disagreements: disagreements.map(({ field, interview, transcript, chosen }) => ({
        field,
        local: interview,
        model: transcript,
        chosen: chosen === 'interview' ? 'local' : chosen === 'transcript' ? 'model' : 'merged',
      })),
      engines: { fields: resultSources(local.data, model.data, data) },
    },
  };
}

/** Which engine each result field came from: `both` when they agree or the value merges them. */
function resultSources(local: TriageData, model: TriageData, result: TriageData): Record<string, 'local' | 'model' | 'both'> {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return Object.fromEntries(
    RESULT_FIELDS.map((field) => {
      const fromLocal = same(result[field], local[field]);
      const fromModel = same(result[field], model[field]);
      return [field, fromLocal === fromModel ? 'both' : fromModel ? 'model' : 'local'];
    }),
  );
}
