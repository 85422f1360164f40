import { z } from 'zod';
import { AREA_LABELS } from '../engine/interview-engine.constants';

const AREA = z.enum(Object.values(AREA_LABELS) as [string, ...string[]]);
const text = (max: number) => z.string().trim().min(1).max(max);
const list = z.array(text(200)).max(12);

/** What the model says it knows of the whole case (not only the last answer). */
export const MODEL_FACTS_SCHEMA = z.object({
  area: AREA.nullable(),
  subarea: text(120).nullable(),
  parties: list,
  dates: list,
  amounts: list,
  locations: list,
  documents: list,
  deadlines: list,
  outcome: text(300).nullable(),
  urgency_h: z.number().int().min(1).max(8760).nullable(),
});

/** `triage_data` as the model gives it on completion; entities come from `facts`. */
export const MODEL_TRIAGE_SCHEMA = z.object({
  area: AREA,
  subarea: text(120),
  urgency_h: z.number().int().min(1).max(8760),
  summary: text(1500),
  keywords: list,
  analysis: z.object({
    viability: z.enum(['alta', 'média', 'baixa']),
    recommended_action: text(500),
    next_steps: z.array(text(300)).max(8),
  }),
});

/** One structured turn of the model interviewer; every field is required (nullable) so strict JSON-schema modes accept it. */
export const MODEL_TURN_SCHEMA = z
  .object({
    reply: text(800),
    complete: z.boolean(),
    confidence: z.number().min(0).max(1),
    facts: MODEL_FACTS_SCHEMA,
    triage_data: MODEL_TRIAGE_SCHEMA.nullable(),
  })
  .superRefine((turn, ctx) => {
    if (turn.complete && !turn.triage_data) ctx.addIssue({ code: 'custom', path: ['triage_data'], message: 'obrigatório quando complete é true' });
  });

export type ModelFacts = z.infer<typeof MODEL_FACTS_SCHEMA>;
export type ModelTriage = z.infer<typeof MODEL_TRIAGE_SCHEMA>;
export type ModelTurn = z.infer<typeof MODEL_TURN_SCHEMA>;
