import { isOnlyWitness } from '../classifiers/client-role';
import { foldText } from '../text/text-normalizer';
import { InterviewFacts, LegalAreaCode } from '../interview-engine.types';
import { AREA_LEXICONS } from '../lexicons/areas';
import {
  ACCUSED_SIDE_STEPS,
  CAUTION_OPENINGS,
  CAUTIONS,
  CLAIMANT_SIDE_STEPS,
  DEFENDANT_STEPS,
  DONE_STEPS,
  LEGAL_AID_STEP,
  MAX_NEXT_STEPS,
  NOTE_STEPS,
  SUBAREA_STEPS,
  WITNESS_STEPS,
} from '../lexicons/next-steps.lexicon';

/**
 * Next steps built from what the client said: the steps of their kind of case (or area), without
 * steps they already took or that fit only the other side, with the one protective "don't" that
 * fits their risk and the Defensoria Pública when they cannot pay.
 */
export class NextStepsWriter {
  write(facts: InterviewFacts, area: LegalAreaCode, subarea: string, deadlineSteps: string[]): string[] {
    if (isOnlyWitness(facts)) return [...deadlineSteps, ...WITNESS_STEPS].slice(0, MAX_NEXT_STEPS);
    const lexicon = AREA_LEXICONS[area];
    const id = lexicon.subareas.find((sub) => sub.label === subarea)?.id;
    let steps = (id && SUBAREA_STEPS[id]) || lexicon.nextSteps;
    const done = DONE_STEPS.filter((rule) => facts.notes.includes(rule.note));
    steps = steps.filter((step) => !done.some((rule) => rule.drop.some((phrase) => includes(step, phrase))));
    if (facts.notes.includes('victim')) steps = steps.filter((step) => !ACCUSED_SIDE_STEPS.some((phrase) => includes(step, phrase)));
    if (facts.notes.includes('defendant')) steps = [...DEFENDANT_STEPS, ...steps.filter((step) => !CLAIMANT_SIDE_STEPS.some((phrase) => includes(step, phrase)))];
    const risk = NOTE_STEPS.find((rule) => facts.notes.includes(rule.note));
    if (risk) steps = [...risk.steps, ...steps];
    const caution = CAUTIONS.find((rule) => facts.notes.includes(rule.note));
    if (caution) steps = [caution.line, ...steps.filter((step) => !CAUTION_OPENINGS.some((opening) => step.startsWith(opening)))];
    const added = [...done.map((rule) => rule.instead), ...(facts.notes.includes('cannot-pay') ? [LEGAL_AID_STEP] : [])];
    const kept = steps.slice(0, Math.max(0, MAX_NEXT_STEPS - added.length));
    return [...deadlineSteps, ...kept, ...added];
  }
}

function includes(step: string, phrase: string): boolean {
  return foldText(step).includes(foldText(phrase));
}
