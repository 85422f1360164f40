import { AreaClassifier } from '../classifiers/area.classifier';
import { isEmployerAsking, isOnlyWitness, isVictim, opposingParties } from '../classifiers/client-role';
import { UrgencyClassifier } from '../classifiers/urgency.classifier';
import { amountText } from '../extractors/amount.extractor';
import { durationText } from '../extractors/date.extractor';
import { AREA_LABELS } from '../interview-engine.constants';
import { DeadlineEstimate, InterviewFacts, LegalAreaCode, TriageData, TriageReadings } from '../interview-engine.types';
import { AREA_LEXICONS } from '../lexicons/areas';
import { AT_FAULT_ACTION, DEFENDANT_ACTION, DONE_STEPS, EMPLOYER_ACTION, RUNNING_LAWSUIT_ACTION, SUBAREA_ACTIONS, VICTIM_ACTION, WITNESS_ACTION } from '../lexicons/next-steps.lexicon';
import { foldText } from '../text/text-normalizer';
import { answersForDamage, NextStepsWriter, noteKindRule } from './next-steps.writer';
import { ReviewAssessor } from './review.assessor';
import { SubareaChecker } from './subarea.checker';
import { SummaryWriter } from './summary.writer';

/** Area used when nothing pointed anywhere: general civil law. */
const FALLBACK_AREA: LegalAreaCode = 'civil';
const MAX_KEYWORDS = 10;
const PRIORITY_HOURS = 24;

/** Builds the result's `triage_data` from collected facts (the "simple" strategy). */
export class TriageDataBuilder {
  private readonly subareas = new SubareaChecker();
  private readonly steps = new NextStepsWriter();
  private readonly summaries = new SummaryWriter();

  constructor(
    private readonly areas: AreaClassifier,
    private readonly urgency: UrgencyClassifier,
    private readonly review = new ReviewAssessor(),
  ) {}

  build(facts: InterviewFacts): TriageData {
    const { area, area_code: code, subarea, keywords, entities } = this.readings(facts);
    const lexicon = AREA_LEXICONS[code];
    const urgencyH = this.urgency.hours(facts);
    const reasons = this.review.reasons(facts, subarea !== (facts.subarea ?? lexicon.defaultSubarea));
    const estimate = facts.deadlineEstimate ? estimated(facts.deadlineEstimate) : null;
    const action = recommendedAction(facts, code, subarea, lexicon.recommendedAction);
    return {
      area,
      area_code: code,
      subarea,
      urgency_h: urgencyH,
      summary: this.summaries.write(facts, code, subarea, this.urgency.labels(facts), estimate, entities.parties),
      keywords,
      entities,
      analysis: {
        viability: viability(facts, entities.parties),
        recommended_action: urgencyH <= PRIORITY_HOURS ? `Prioridade máxima (agir em até 24 h). ${action}` : action,
        next_steps: this.steps.write(facts, code, subarea, deadlineSteps(facts, estimate)),
      },
      needs_review: reasons.length > 0,
      review_reasons: reasons,
    };
  }

  /**
   * The route, the keywords and the entities of `build`: all a failover's second pass lends the first reading (`fillGaps`),
   * without the summary and the steps it would write only to be dropped.
   */
  readings(facts: InterviewFacts): TriageReadings {
    const code = facts.area ?? FALLBACK_AREA;
    const own = facts.keywords.filter((keyword) => this.areas.belongsTo(code, keyword));
    return {
      area: AREA_LABELS[code],
      area_code: code,
      subarea: this.subareas.fit(facts, code, facts.subarea ?? AREA_LEXICONS[code].defaultSubarea),
      keywords: (own.length > 0 ? own : facts.keywords).slice(0, MAX_KEYWORDS),
      entities: {
        // The other side only: the client's family and bystanders are named in the summary ("Também envolvidos").
        parties: opposingParties(facts),
        dates: [...facts.dates.map((d) => d.raw), ...facts.durations.map(durationText)],
        amounts: facts.amounts.map(amountText),
        locations: [...facts.locations],
      },
    };
  }
}

/** The action for the client's role: a defence when sued, the lawsuit followed when running, the employer's choices when the employer asks, a damage checked when caused, a victim's representation in a crime. */
function recommendedAction(facts: InterviewFacts, area: LegalAreaCode, subarea: string, areaAction: string): string {
  if (isOnlyWitness(facts)) return WITNESS_ACTION;
  if (facts.notes.includes('defendant')) return DEFENDANT_ACTION;
  if (facts.notes.includes('lawsuit-running')) return RUNNING_LAWSUIT_ACTION;
  if (area === 'trabalhista' && isEmployerAsking(facts)) return EMPLOYER_ACTION;
  if (answersForDamage(facts, area, subarea)) return AT_FAULT_ACTION;
  if (area === 'criminal' && isVictim(facts)) return VICTIM_ACTION;
  const id = AREA_LEXICONS[area].subareas.find((sub) => sub.label === subarea)?.id;
  const action = noteKindRule(facts, id)?.action ?? ((id && SUBAREA_ACTIONS[id]) || areaAction);
  // What the client already did is not advised again ("reclamação administrativa (Procon)" to who filed one).
  const done = DONE_STEPS.find((rule) => rule.action && facts.notes.includes(rule.note) && rule.drop.some((phrase) => foldText(action).includes(foldText(phrase))));
  return done?.action ?? action;
}

/** "até 14/03/2026" or "em cerca de 15 dias", always marked as an estimate for the lawyer to confirm. */
function estimated({ basis, daysLeft, dueDate }: DeadlineEstimate): string {
  const when = dueDate ? `até ${dueDate.split('-').reverse().join('/')}` : daysLeft <= 0 ? 'hoje' : `em cerca de ${daysLeft} dia(s)`;
  return `${when} (estimativa a partir de "${basis}", a confirmar pelo advogado)`;
}

function deadlineSteps(facts: InterviewFacts, estimate: string | null): string[] {
  if (estimate) return [`Confirmar o prazo informado: ${estimate}`];
  return facts.deadlines.length > 0 ? [`Confirmar o prazo informado: ${facts.deadlines[0]}`] : [];
}

/** How well the case is supported so far: evidence, a timeline, a known other party (`opposing`, as `opposingParties` lists them). */
function viability(facts: InterviewFacts, opposing: string[]): TriageData['analysis']['viability'] {
  const points =
    Math.min(2, facts.documents.length) +
    (facts.dates.length + facts.durations.length > 0 ? 1 : 0) +
    (opposing.length > 0 ? 1 : 0);
  if (points >= 4) return 'alta';
  return points >= 2 ? 'média' : 'baixa';
}
