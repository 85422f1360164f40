import { DEFAULT_URGENCY_H } from '../interview-engine.constants';
import { InterviewFacts } from '../interview-engine.types';
import { ClientNote } from '../lexicons/client-notes.lexicon';
import { AREA_LEXICONS } from '../lexicons/areas';
import { SubareaLexicon } from '../lexicons/lexicon.types';
import { URGENCY_SIGNALS } from '../lexicons/urgency.lexicon';
import { leastOf } from '../text/packed-arrays';

const HOURS_BY_SIGNAL = new Map(URGENCY_SIGNALS.map((signal) => [signal.id, signal.hours]));
const HOURS_IN_AREA = new Map(URGENCY_SIGNALS.map((signal) => [signal.id, signal.hoursIn ?? {}]));
const ONLY_WITH = new Map(URGENCY_SIGNALS.filter((signal) => signal.onlyWith).map((signal) => [signal.id, signal.onlyWith ?? []]));
const NOT_WITH = new Map(URGENCY_SIGNALS.filter((signal) => signal.notWith).map((signal) => [signal.id, signal.notWith ?? []]));
const OVER_ONCE_REDRESSED = new Set(URGENCY_SIGNALS.filter((signal) => signal.overOnceRedressed).map((signal) => signal.id));
const OVER_ONCE_SENTENCE_SERVED = new Set(URGENCY_SIGNALS.filter((signal) => signal.overOnceSentenceServed).map((signal) => signal.id));

/**
 * What a victim asks once the harm is over: the damages (CC arts. 186, 927 and 935; CPP art. 63), told too as the value or the money
 * back from the author ("quero cobrar isso dele", "quero meu dinheiro de volta": `value-claimed`, `money-back`; CP art. 91 I, CC
 * arts. 402 and 944), the prosecution's course (CPP arts. 38 and 268), or a suit against the author wished (`suit-wished`: "quero
 * processar ele no cível", the civil action for the harm, CPP arts. 63-64; CC art. 935).
 */
const REDRESS_SOUGHT: ClientNote[] = ['damages-claimed', 'value-claimed', 'money-back', 'criminal-complaint', 'prosecution-followed', 'suit-wished'];
/**
 * A harm told past: in words (`harm-over`), by its author's conviction, the victim's title to the damages (CP art. 91 I; CPC art. 515 VI),
 * or by its author held in a custody that lasts (`offender-held`: "o homem que matou meu irmão tá preso desde maio"), the accused's
 * custody decided at his hearing and kept by the preventive arrest (CPP arts. 310-316), the victim's part the prosecution's (CPP arts. 268-273).
 */
const HARM_TOLD_OVER: ClientNote[] = ['harm-over', 'offender-convicted', 'offender-held'];
/**
 * What keeps the harm urgent, whatever else is told: a threat, the protective order asked, a child taken or beaten, the client
 * locked out, or the client or a relative the one accused (the custody hearing, CPP art. 310).
 */
const DANGER_NOW: ClientNote[] = ['harm-going-on', 'threat', 'protection-sought', 'child-taken', 'child-beaten', 'locked-out', 'accused', 'criminal-defence'];

/**
 * Whether the interview tells a harm that is over and asks only its redress: told past (`harm-over`: the author convicted or arrested,
 * the images gone, months back), the damages or the prosecution's course asked, nothing of a danger now. The assault, the robbery
 * or the images spread then leave no urgent act: the reparation has three years (CC art. 206 §3º V; CC art. 935, CPP art. 63), the
 * representation six months (CPP art. 38), and no protective order (Lei 11.340/06 art. 18) nor takedown (Lei 12.965/14 art. 21) is due.
 */
function harmRedressed(notes: readonly string[]): boolean {
  return HARM_TOLD_OVER.some((note) => notes.includes(note)) && REDRESS_SOUGHT.some((note) => notes.includes(note)) && !DANGER_NOW.some((note) => notes.includes(note));
}

/**
 * Whether the interview asks a benefit of a sentence being served (`beneficio-da-execucao`: the progression to a milder regime, LEP
 * art. 112; the days worked or studied taken off, arts. 126-128; parole, CP art. 83 and LEP art. 131; a pardon or commutation, LEP
 * arts. 187-193) for a prisoner held now (`prisao-em-curso`), and tells nothing of a danger now (`DANGER_NOW`: a new arrest "ontem",
 * a new charge): the prisoner told ("tá preso em Bangu") serves the sentence, the custody hearing long past (CPP art. 310), and the
 * benefit is asked of the execution judge (LEP art. 66 III) on its own terms, no act within hours. Not a warrant out for one who
 * left the regime ("não voltou do trabalho externo": the fault and the regression, LEP arts. 50 II and 118 I), held by no one yet.
 * So is a visit to the prisoner asked (`prison-visit`: the card, the day, what to bring): the prisoner's right to visits (LEP art. 41 X)
 * is asked of the prison's administration, and a relative who asks how to visit tells a custody that is settled, not one to contest.
 */
function sentenceBenefitAsked(facts: Pick<InterviewFacts, 'complexitySignals' | 'notes'>): boolean {
  const asked = facts.complexitySignals.includes('beneficio-da-execucao') || facts.notes.includes('prison-visit');
  return asked && facts.complexitySignals.includes('prisao-em-curso') && !DANGER_NOW.some((note) => facts.notes.includes(note));
}

/**
 * Whether the interview tells a harm of its urgent kind (violence, intimate images, an arrest: `UrgencySignal.overOnceRedressed`)
 * that is over and whose redress alone is asked (`harmRedressed`): no urgent act, the damages or the prosecution's course to weigh.
 */
export function redressedHarm(facts: Pick<InterviewFacts, 'urgencySignals' | 'notes'>): boolean {
  return facts.urgencySignals.some((id) => OVER_ONCE_REDRESSED.has(id)) && harmRedressed(facts.notes);
}

/**
 * The interview's urgency signals that count: one told only beside another fact (`UrgencySignal.onlyWith`) needs that fact told too,
 * one done once another fact is told (`UrgencySignal.notWith`) counts no more beside it,
 * one of a harm told over whose redress alone is asked (`UrgencySignal.overOnceRedressed`, `harmRedressed`) counts no more, nor
 * an arrest beside a benefit of the sentence being served asked (`UrgencySignal.overOnceSentenceServed`, `sentenceBenefitAsked`).
 */
export function countedSignals(facts: Pick<InterviewFacts, 'urgencySignals' | 'complexitySignals' | 'notes'>): string[] {
  const redressed = harmRedressed(facts.notes);
  const served = sentenceBenefitAsked(facts);
  return facts.urgencySignals.filter((id) => {
    if (redressed && OVER_ONCE_REDRESSED.has(id)) return false;
    if (served && OVER_ONCE_SENTENCE_SERVED.has(id)) return false;
    const told = (other: string) => facts.urgencySignals.includes(other) || facts.complexitySignals.includes(other) || facts.notes.includes(other as never);
    if (NOT_WITH.get(id)?.some(told)) return false;
    const needs = ONLY_WITH.get(id);
    return !needs || needs.some(told);
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
    return leastOf(candidates, (h) => h);
  }

  /** Labels of the signals found, for summaries: once each, as two signals may share one ("criança levada ou retida"). */
  labels(facts: InterviewFacts): string[] {
    return [...new Set(countedSignals(facts).map((id) => URGENCY_SIGNALS.find((s) => s.id === id)?.label ?? id))];
  }
}
