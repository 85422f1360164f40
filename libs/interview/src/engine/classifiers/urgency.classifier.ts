import { DEFAULT_URGENCY_H } from '../interview-engine.constants';
import { InterviewFacts } from '../interview-engine.types';
import { AREA_LEXICONS } from '../lexicons/areas';
import { SubareaLexicon } from '../lexicons/lexicon.types';
import { URGENCY_SIGNALS } from '../lexicons/urgency.lexicon';

const HOURS_BY_SIGNAL = new Map(URGENCY_SIGNALS.map((signal) => [signal.id, signal.hours]));
const HOURS_IN_AREA = new Map(URGENCY_SIGNALS.map((signal) => [signal.id, signal.hoursIn ?? {}]));
const ONLY_WITH = new Map(URGENCY_SIGNALS.filter((signal) => signal.onlyWith).map((signal) => [signal.id, signal.onlyWith ?? []]));

/** The interview's urgency signals that count: one told only beside another fact (`UrgencySignal.onlyWith`) needs that fact told too. */
export function countedSignals(facts: Pick<InterviewFacts, 'urgencySignals' | 'complexitySignals' | 'notes'>): string[] {
  return facts.urgencySignals.filter((id) => {
    const needs = ONLY_WITH.get(id);
    return !needs || needs.some((other) => facts.urgencySignals.includes(other) || facts.complexitySignals.includes(other) || facts.notes.includes(other as never));
  });
}

/**
 * Whether a kind of case urgent by a fact of now (`SubareaLexicon.urgentWith`) was told only as a past episode: a signal of that
 * fact dated to a past year and none counted ("foi preso em flagrante em 2021", "em 2024 meu vizinho me agrediu").
 */
function toldAsPast(sub: SubareaLexicon, counted: readonly string[], past: readonly string[]): boolean {
  const facts = sub.urgentWith ?? [];
  return facts.some((id) => past.includes(id)) && !facts.some((id) => counted.includes(id));
}

/** Whether a kind urgent only with its fact told now (`SubareaLexicon.urgentOnlyWith`) was told without it: no signal of it counted. */
function toldWithoutItsFact(sub: SubareaLexicon, counted: readonly string[]): boolean {
  return sub.urgentOnlyWith === true && !(sub.urgentWith ?? []).some((id) => counted.includes(id));
}

/** Hours within which a lawyer should act: the sharpest of signals, deadlines and the kind of case. */
export class UrgencyClassifier {
  hours(facts: InterviewFacts): number {
    const candidates = [DEFAULT_URGENCY_H];
    const counted = countedSignals(facts);
    for (const id of counted) {
      const inArea = facts.area ? HOURS_IN_AREA.get(id)?.[facts.area] : undefined;
      candidates.push(inArea ?? HOURS_BY_SIGNAL.get(id) ?? DEFAULT_URGENCY_H);
    }
    if (facts.deadlineHours !== null) candidates.push(facts.deadlineHours);
    if (facts.termHours != null) candidates.push(facts.termHours);
    if (facts.area && facts.subarea) {
      const sub = AREA_LEXICONS[facts.area].subareas.find((s) => s.label === facts.subarea);
      if (sub?.urgencyH && !toldAsPast(sub, counted, facts.pastSignals ?? []) && !toldWithoutItsFact(sub, counted)) candidates.push(sub.urgencyH);
    }
    return Math.min(...candidates);
  }

  /** Labels of the signals found, for summaries: once each, as two signals may share one ("criança levada ou retida"). */
  labels(facts: InterviewFacts): string[] {
    return [...new Set(countedSignals(facts).map((id) => URGENCY_SIGNALS.find((s) => s.id === id)?.label ?? id))];
  }
}
