import { isBystander, opposingParties } from '../classifiers/client-role';
import { amountText } from '../extractors/amount.extractor';
import { durationText } from '../extractors/date.extractor';
import { AREA_LABELS } from '../interview-engine.constants';
import { InterviewFacts, LegalAreaCode } from '../interview-engine.types';

const NOT_TOLD = 'não informado';

/**
 * The case in a few lines, only from what the client said: the other party named, each gap
 * written as "não informado", a salary shown as income and a business's takings as revenue, rather than as the sum claimed.
 */
export class SummaryWriter {
  /** `deadline` is the estimated date of the client's deadline, already worded; `opposing`, the other side, when the caller has it already. */
  write(facts: InterviewFacts, code: LegalAreaCode, subarea: string, urgencyLabels: string[], deadline: string | null = null, opposing = opposingParties(facts)): string {
    const others = facts.parties.filter((party) => isBystander(party, facts));
    const dates = [...facts.dates.map((d) => d.raw), ...facts.durations.map(durationText)];
    const amounts = facts.amounts.map((a) => (a.income ? `${amountText(a)} (renda)` : a.revenue ? `${amountText(a)} (faturamento)` : amountText(a)));
    const parts = [
      `Caso ${AREA_LABELS[code]}: ${subarea}.`,
      `Outra parte: ${listOr(opposing)}.`,
      ...(others.length > 0 ? [`Também envolvidos: ${others.join(', ')}.`] : []),
      `Local: ${listOr(facts.locations)}.`,
      `Datas: ${listOr(dates)}.`,
      `Valores: ${listOr(amounts)}.`,
      ...(urgencyLabels.length > 0 ? [`Urgência: ${urgencyLabels.join(', ')}.`] : []),
      ...(facts.deadlines.length > 0 ? [`Prazos: ${facts.deadlines.join(', ')}.`] : []),
      ...(deadline ? [`Prazo estimado: ${deadline}.`] : []),
      `Provas mencionadas: ${listOr(facts.documents)}.`,
      `Objetivo: ${facts.outcome ? `"${facts.outcome}"` : NOT_TOLD}.`,
    ];
    return parts.join(' ');
  }
}

function listOr(items: string[]): string {
  return items.length > 0 ? items.join(', ') : NOT_TOLD;
}
