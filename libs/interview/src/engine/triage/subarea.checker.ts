import { isVictim } from '../classifiers/client-role';
import { InterviewFacts, LegalAreaCode } from '../interview-engine.types';
import { AREA_LEXICONS } from '../lexicons/areas';
import { SUBAREA_PRECEDENCES, SUBAREA_REQUIREMENTS, VICTIM_SUBAREAS } from '../lexicons/subarea-requirements.lexicon';

/** Keeps a subarea only when the facts it presupposes were told (see `SUBAREA_REQUIREMENTS`). */
export class SubareaChecker {
  /** The label to show for `label`, a subarea of `area`, given what the client said. */
  fit(facts: InterviewFacts, area: LegalAreaCode, label: string): string {
    const lexicon = AREA_LEXICONS[area];
    const id = lexicon.subareas.find((sub) => sub.label === label)?.id;
    const victims = VICTIM_SUBAREAS[area];
    const accusedKind = label === lexicon.defaultSubarea || (id !== undefined && victims?.over.includes(id));
    if (victims && accusedKind && isVictim(facts)) return lexicon.subareas.find((sub) => sub.id === victims.subarea)?.label ?? label;
    const precedence = SUBAREA_PRECEDENCES.find(
      (p) => (p.over ? id !== undefined && p.over.includes(id) : p.subarea.startsWith(`${area}.`)) && this.told(facts, p.notes, p.keywords) && !(p.unless && this.mentions(facts, p.unless)) &&
        !p.unlessNotes?.some((note) => facts.notes.includes(note)),
    );
    const instead = precedence && lexicon.subareas.find((sub) => sub.id === precedence.subarea);
    if (instead) return instead.label;
    const requirement = SUBAREA_REQUIREMENTS.find((r) => r.subarea === id);
    if (!requirement || this.meets(facts, requirement)) return label;
    const other = lexicon.subareas.find((sub) => sub.id === requirement.otherwise);
    return this.fit(facts, area, other?.label ?? lexicon.defaultSubarea);
  }

  private told(facts: InterviewFacts, notes: string[], keywords: string[]): boolean {
    return notes.every((note) => facts.notes.includes(note)) && (keywords.length === 0 || this.mentions(facts, keywords));
  }

  /** A keyword of the client's starts with one of `prefixes`, or has a word that does. */
  private mentions(facts: InterviewFacts, prefixes: string[]): boolean {
    return prefixes.some((prefix) => facts.keywords.some((k) => k.startsWith(prefix) || k.includes(` ${prefix}`)));
  }

  private meets(facts: InterviewFacts, requirement: (typeof SUBAREA_REQUIREMENTS)[number]): boolean {
    if (requirement.contradictedBy?.some((note) => facts.notes.includes(note))) return false;
    const keyword = requirement.keywords && this.mentions(facts, requirement.keywords);
    const document = requirement.documents?.some((label) => facts.documents.includes(label));
    const signal = requirement.signals?.some((id) => facts.urgencySignals.includes(id) || facts.complexitySignals.includes(id));
    const note = requirement.notes?.some((id) => facts.notes.includes(id));
    return Boolean(keyword || document || signal || note);
  }
}
