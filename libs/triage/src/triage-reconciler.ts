import { TriageData, TriageReadings } from '@app/interview';
import { Disagreement } from './triage-result';

type Entities = TriageData['entities'];
const ENTITY_KINDS: Array<keyof Entities> = ['parties', 'dates', 'amounts', 'locations'];
const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/** Failover: keep the primary reading, taking from the second pass only what the primary lacks. */
export function fillGaps(primary: TriageData, second: TriageReadings): { data: TriageData; filled: string[] } {
  const filled: string[] = [];
  const entities = { ...primary.entities };
  for (const kind of ENTITY_KINDS) {
    if (entities[kind].length === 0 && second.entities[kind].length > 0) {
      entities[kind] = second.entities[kind];
      filled.push(`entities.${kind}`);
    }
  }
  const keywords = union(primary.keywords, second.keywords);
  if (keywords.length > primary.keywords.length) filled.push('keywords');
  const subarea = primary.subarea || second.subarea;
  if (subarea !== primary.subarea) filled.push('subarea');
  return { data: { ...primary, subarea, keywords, entities }, filled };
}

/**
 * Ensemble: reconcile two readings field by field. Lists are merged; the more urgent deadline
 * wins; area, subarea and analysis come from the reading with more confidence.
 */
export function reconcile(
  interview: TriageData,
  transcript: TriageData,
  preferTranscript: boolean,
): { data: TriageData; disagreements: Disagreement[] } {
  const winner = preferTranscript ? transcript : interview;
  const chosen = preferTranscript ? 'transcript' : 'interview';
  const disagreements: Disagreement[] = [];
  const compare = (field: string, a: unknown, b: unknown, pick: Disagreement['chosen'] = chosen) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) disagreements.push({ field, interview: a, transcript: b, chosen: pick });
  };
  compare('area_code', interview.area_code, transcript.area_code);
  compare('subarea', interview.subarea, transcript.subarea);
  const urgency = Math.min(interview.urgency_h, transcript.urgency_h);
  compare('urgency_h', interview.urgency_h, transcript.urgency_h, urgency === interview.urgency_h ? 'interview' : 'transcript');
  compare('analysis.viability', interview.analysis.viability, transcript.analysis.viability);

  const entities = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, union(interview.entities[kind], transcript.entities[kind])])) as Entities;
  return {
    data: { ...winner, urgency_h: urgency, keywords: union(interview.keywords, transcript.keywords), entities },
    disagreements,
  };
}
