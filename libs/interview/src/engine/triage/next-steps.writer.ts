import { isEmployerAsking, isEmployerSued, isOnlyWitness, isVictim } from '../classifiers/client-role';
import { foldText, textMemo } from '../text/text-normalizer';
import { InterviewFacts, LegalAreaCode } from '../interview-engine.types';
import { AREA_LEXICONS } from '../lexicons/areas';
import {
  ACCUSED_SIDE_STEPS,
  AREA_LEGAL_AID_STEPS,
  AT_FAULT_STEPS,
  CAUTION_OPENINGS,
  CAUTIONS,
  CLAIMANT_SIDE_STEPS,
  DEFENDANT_STEPS,
  DONE_STEPS,
  EMPLOYER_STEPS,
  FILING_STEPS,
  LEGAL_AID_STEP,
  MAX_NEXT_STEPS,
  NOTE_KIND_STEPS,
  NOTE_STEPS,
  RESIGNED_EMPLOYER_STEPS,
  RESTRAINED_STEPS,
  RUNNING_LAWSUIT_STEPS,
  SIGNAL_STEPS,
  STEP_ERRANDS,
  STEP_MENTIONS,
  SUBAREA_STEPS,
  SUED_EMPLOYER_STEPS,
  SUPPORT_DEBTOR_KINDS,
  SUPPORT_DEBTOR_STEPS,
  UNTAKEN_STEPS,
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
    let steps = this.kindSteps(facts, area, subarea).map((step) => withoutUntold(step, facts));
    const untaken = UNTAKEN_STEPS.filter(
      (rule) => facts.notes.includes(rule.note) && !rule.unless?.some((note) => facts.notes.includes(note)) && (!rule.areas || rule.areas.includes(area)),
    );
    steps = steps
      .filter((step) => !untaken.some((rule) => rule.drop?.some((phrase) => includes(step, phrase))))
      .map((step) => untaken.reduce(withoutUntaken, step));
    const done = DONE_STEPS.filter((rule) => facts.notes.includes(rule.note) && (!rule.areas || rule.areas.includes(area)));
    steps = steps.filter((step) => !done.some((rule) => rule.drop.some((phrase) => includes(step, phrase))));
    if (isVictim(facts)) steps = steps.filter((step) => !ACCUSED_SIDE_STEPS.some((phrase) => includes(step, phrase)));
    if (facts.notes.includes('defendant')) steps = [...DEFENDANT_STEPS, ...steps.filter((step) => !CLAIMANT_SIDE_STEPS.some((phrase) => includes(step, phrase)))];
    else if (facts.notes.includes('lawsuit-running')) steps = [...RUNNING_LAWSUIT_STEPS, ...steps.filter((step) => !FILING_STEPS.some((phrase) => includes(step, phrase)))];
    const signalled = SIGNAL_STEPS.filter((rule) => facts.urgencySignals.includes(rule.signal) && !rule.unless.some((note) => facts.notes.includes(note)));
    steps = [...signalled.flatMap((rule) => rule.steps).filter((step) => !steps.includes(step)), ...steps];
    const risk = NOTE_STEPS.find((rule) => facts.notes.includes(rule.note));
    if (risk) steps = [...risk.steps, ...steps];
    const caution = CAUTIONS.find((rule) => facts.notes.includes(rule.note));
    if (caution) steps = [caution.line, ...steps.filter((step) => !CAUTION_OPENINGS.some((opening) => step.startsWith(opening)))];
    const advise = untaken.filter((rule) => !steps.some((step) => rule.advised.every((word) => includes(step, word)))).map((rule) => rule.step);
    const added = [...done.map((rule) => rule.instead), ...advise, ...(facts.notes.includes('cannot-pay') ? [AREA_LEGAL_AID_STEPS[area] ?? LEGAL_AID_STEP] : [])];
    const unique = withoutRepeats([...deadlineSteps, ...steps], added);
    return [...unique.slice(0, Math.max(0, MAX_NEXT_STEPS - added.length)), ...added];
  }

  /**
   * The steps of the kind of case (or the area's), the answering side's when the client caused the damage, the employer's when
   * the employer asks or is sued, the restrained side's when a protective measure keeps the client away.
   */
  private kindSteps(facts: InterviewFacts, area: LegalAreaCode, subarea: string): string[] {
    if (area === 'trabalhista' && isEmployerAsking(facts)) return facts.notes.includes('employee-resigned') ? RESIGNED_EMPLOYER_STEPS : EMPLOYER_STEPS;
    if (area === 'trabalhista' && isEmployerSued(facts)) return SUED_EMPLOYER_STEPS;
    const id = subareaId(area, subarea);
    if (id && answersForDamage(facts, area, subarea)) return AT_FAULT_STEPS[id];
    // The client who owes a support set or enforced gets the debtor's steps (CPC art. 528; Súmula 309 STJ), not the creditor's.
    if (id && SUPPORT_DEBTOR_KINDS.includes(id) && facts.notes.includes('support-debtor')) return SUPPORT_DEBTOR_STEPS;
    if (id === 'criminal.violencia-domestica' && facts.notes.includes('restrained')) return RESTRAINED_STEPS;
    const noted = noteKindRule(facts, id);
    if (noted) return noted.steps;
    return (id && SUBAREA_STEPS[id]) || AREA_LEXICONS[area].nextSteps;
  }
}

/** The steps and action of the client's kind of case that a note of theirs (with the `also` notes) changes (`NOTE_KIND_STEPS`), if any. */
export function noteKindRule(facts: InterviewFacts, subareaId: string | undefined): (typeof NOTE_KIND_STEPS)[number] | undefined {
  return subareaId
    ? NOTE_KIND_STEPS.find((rule) => rule.subarea === subareaId && [rule.note, ...(rule.also ?? [])].every((note) => facts.notes.includes(note)))
    : undefined;
}

/** Whether the client caused the damage in a kind of case whose steps change for that side (`AT_FAULT_STEPS`). */
export function answersForDamage(facts: InterviewFacts, area: LegalAreaCode, subarea: string): boolean {
  const id = subareaId(area, subarea);
  return Boolean(id && facts.notes.includes('at-fault') && AT_FAULT_STEPS[id]);
}

function subareaId(area: LegalAreaCode, subarea: string): string | undefined {
  return AREA_LEXICONS[area].subareas.find((sub) => sub.label === subarea)?.id;
}

/** The step without the parties it names that the client never mentioned (`STEP_MENTIONS`). */
function withoutUntold(step: string, facts: InterviewFacts): string {
  const said = (prefix: string) => [...facts.keywords, ...facts.parties].some((word) => foldText(word).includes(prefix));
  const untold = STEP_MENTIONS.find(({ words, told }) => step.includes(words) && !told.some(said));
  return untold ? step.replace(untold.words, '') : step;
}

/** A step with the words of an untaken step removed and its own words put in their place (`UNTAKEN_STEPS`). */
function withoutUntaken(step: string, rule: (typeof UNTAKEN_STEPS)[number]): string {
  const removed = rule.remove.reduce((text, words) => text.replace(words, ''), step);
  return (rule.replace ?? []).reduce((text, [from, to]) => text.replace(from, to), removed);
}

/** `STEP_ERRANDS` with its phrases folded once, not again for each step or clause read (a result reads a few dozen). */
const FOLDED_ERRANDS = Object.entries(STEP_ERRANDS).map(([id, phrases]) => ({ id, phrases: phrases.map((phrase) => foldText(phrase)) }));

/**
 * The errands (`STEP_ERRANDS`) a step or clause names. Kept by text: the steps are the lexicons' own lines (a few hundred), read
 * again for each clause and step of every result, each time against every errand's phrases. Shared: do not mutate.
 */
const errands = textMemo((text): readonly string[] => {
  const folded = foldText(text);
  return FOLDED_ERRANDS.filter(({ phrases }) => phrases.some((phrase) => folded.includes(phrase))).map(({ id }) => id);
});

/**
 * The steps without saying an errand twice: a clause of a combined line ("...; pedir medida protetiva se houver risco") is left
 * out when a step of its own says that errand, and a step whose errands were all said before (or in `after`) is left out.
 */
export function withoutRepeats(steps: string[], after: string[] = []): string[] {
  const whole = [...steps, ...after].filter((step) => !step.includes('; ')).flatMap((step) => errands(step));
  const trimmed = steps.map((step) => {
    const clauses = step.split('; ');
    if (clauses.length === 1) return step;
    const kept = clauses.filter((clause) => {
      const named = errands(clause);
      return !(named.length > 0 && named.every((id) => whole.includes(id)));
    });
    return kept.length > 0 ? capitalized(kept.join('; ')) : '';
  });
  const said = new Set(after.flatMap((step) => errands(step)));
  return trimmed.filter((step) => {
    if (!step) return false;
    const named = errands(step);
    const repeat = named.length > 0 && named.every((id) => said.has(id));
    named.forEach((id) => said.add(id));
    return !repeat;
  });
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function includes(step: string, phrase: string): boolean {
  return foldText(step).includes(foldText(phrase));
}
