import { AreaClassifier } from '../classifiers/area.classifier';
import { UrgencyClassifier } from '../classifiers/urgency.classifier';
import { formatBrl } from '../extractors/amount.extractor';
import { AREA_LABELS } from '../interview-engine.constants';
import { InterviewFacts, LegalAreaCode, TriageData } from '../interview-engine.types';
import { AREA_LEXICONS } from '../lexicons/areas';

/** Area used when nothing pointed anywhere: general civil law. */
const FALLBACK_AREA: LegalAreaCode = 'civil';
const MAX_KEYWORDS = 10;
const PRIORITY_HOURS = 24;

/** Builds the result's `triage_data` from collected facts (the "simple" strategy). */
export class TriageDataBuilder {
  constructor(
    private readonly areas: AreaClassifier,
    private readonly urgency: UrgencyClassifier,
  ) {}

  build(facts: InterviewFacts): TriageData {
    const code = facts.area ?? FALLBACK_AREA;
    const lexicon = AREA_LEXICONS[code];
    const subarea = facts.subarea ?? lexicon.defaultSubarea;
    const urgencyH = this.urgency.hours(facts);
    const ownKeywords = facts.keywords.filter((keyword) => this.areas.belongsTo(code, keyword));
    const entities = {
      parties: [...facts.parties],
      dates: [...facts.dates.map((d) => d.raw), ...facts.durations.map((d) => `há ${d.raw}`)],
      amounts: facts.amounts.map((a) => formatBrl(a.value)),
      locations: [...facts.locations],
    };
    return {
      area: AREA_LABELS[code],
      area_code: code,
      subarea,
      urgency_h: urgencyH,
      summary: this.summary(facts, code, subarea, entities),
      keywords: (ownKeywords.length > 0 ? ownKeywords : facts.keywords).slice(0, MAX_KEYWORDS),
      entities,
      analysis: {
        viability: viability(facts),
        recommended_action:
          urgencyH <= PRIORITY_HOURS ? `Prioridade máxima (agir em até 24 h). ${lexicon.recommendedAction}` : lexicon.recommendedAction,
        next_steps: [
          ...(facts.deadlines.length > 0 ? [`Confirmar o prazo informado: ${facts.deadlines[0]}`] : []),
          ...lexicon.nextSteps,
        ],
      },
    };
  }

  private summary(facts: InterviewFacts, code: LegalAreaCode, subarea: string, entities: TriageData['entities']): string {
    const parts = [`Caso ${AREA_LABELS[code]}: ${subarea}.`];
    const add = (label: string, items: string[]) => items.length > 0 && parts.push(`${label}: ${items.join(', ')}.`);
    add('Envolvidos', entities.parties);
    add('Local', entities.locations);
    add('Datas', entities.dates);
    add('Valores', entities.amounts);
    add('Urgência', this.urgency.labels(facts));
    add('Prazos', facts.deadlines);
    add('Provas', facts.documents);
    if (facts.outcome) parts.push(`Objetivo: "${facts.outcome}".`);
    return parts.join(' ');
  }
}

/** How well the case is supported so far: evidence, a timeline, a known other party. */
function viability(facts: InterviewFacts): TriageData['analysis']['viability'] {
  const points =
    Math.min(2, facts.documents.length) +
    (facts.dates.length + facts.durations.length > 0 ? 1 : 0) +
    (facts.parties.length > 0 ? 1 : 0);
  if (points >= 4) return 'alta';
  return points >= 2 ? 'média' : 'baixa';
}
