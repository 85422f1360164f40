import { Complexity, ComplexityCounts, ComplexityReport, InterviewFacts } from '../interview-engine.types';
import { AREA_LEXICONS } from '../lexicons/areas';
import {
  AMOUNT_BANDS,
  COMPLEXITY_FEATURES,
  COMPLEXITY_THRESHOLDS,
  DECLINED_REMEDIES,
  DISPLACED_FEATURES,
  GROUP_BANDS,
  MANY_PARTIES,
  MONEY_REMEDY_AREA,
  REMEDY_AREAS,
  REPORT_AND_DAMAGES,
  TWO_REGIME_NOTES,
  HIGH_NEEDS_FEATURE_POINTS,
  HIGH_NEEDS_STRONG_POINTS,
  IMPLIED_FEATURES,
  KIND_FREE_FEATURES,
  LAWSUIT_DEADLINE_FLOOR_HOURS,
  NOTE_FEATURES,
  PARTY_NOTE_FEATURES,
  SIGNAL_FEATURES,
  URGENCY_BANDS,
  SIGNAL_FEATURES_IN_EVERY_AREA,
  SUMMARY_RITE_MAX,
  WITNESS_FOREIGN_FEATURES,
  WORKER_CLAIM_FEATURES,
} from '../lexicons/complexity-features.lexicon';
import { COMPLEXITY_PHRASES } from '../lexicons/complexity.lexicon';
import { SubareaLexicon } from '../lexicons/lexicon.types';
import { LEXICONS, PhraseMatcher } from '../text/phrase-matcher';
import { joinTexts, tokenize } from '../text/text-normalizer';
import { round2 } from './area.classifier';
import { isCrimeVictim, isEmployerAsking, isOnlyWitness } from './client-role';
import { countedSignals, redressedHarm, UrgencyClassifier } from './urgency.classifier';
import { mentionsAffectedGroup, mentionsSelfCountedPeople } from './affected-group';
import { mentionsInfantInMonths, mentionsOwnMinority, mentionsVulnerableAge } from './vulnerable-age';
import { mentionsWorkforce } from './workforce';
import { mentionsManyDebts } from './counted-debts';
import { mentionsAssetsMovedAway, mentionsContractEnded, mentionsAssetsPassedToAnother, mentionsBenefitCut, mentionsBusinessAssetsRemoved, mentionsChildBeaten, mentionsClockedOutWorking, mentionsContributionsSettled, mentionsContributionsLateOrStoppedByIllness, mentionsCourtSeizure, mentionsDeathInAccident, mentionsDeathInRoadCrash, mentionsDeathInStateCustody, mentionsDeceasedAccountHeld, mentionsDismissalAfterComplaint, mentionsEmployerActOnJob, mentionsWagesHeldForMonths, mentionsFgtsWithheldForLong, mentionsLongService, mentionsSupportUnpaidForLong, mentionsWorkDaysLost, mentionsWaterHarmAtHome, mentionsLeakSourceDenied, mentionsLeakLastingMonths, mentionsNeighbourResistingLeakRepair, mentionsLeakFromClientUnit, mentionsNeighbourClaim, mentionsNeighbourBuildingThrowingRain, mentionsHeldUnreleased, mentionsLongPossession, mentionsOwnersKinAskingToLeave, mentionsOwnersKinSayingItIsTheirs, mentionsLostRecords, mentionsMoneyTakenFromAccount, mentionsMovedWithChild, mentionsNewRequest, mentionsPlatformAccountBlocked, mentionsTakingReportedToPolice, mentionsPregnantDismissed, mentionsPropertyTaken, mentionsSumBlocked, mentionsOwnPregnancy, mentionsPublicEmployer, mentionsPayerSoughtForSupport, withoutOthersProceedings, withoutRelativesConditions, mentionsSuperiorNameCalling, mentionsWorkWeekLost, mentionsOwnAccountTrade, mentionsWorkAbroad } from './everyday-readings';
import { packedMap } from '../text/packed-arrays';

/** Points per feature id; the engine uses `COMPLEXITY_FEATURES`, the fitting script tries others. */
export type ComplexityWeights = Record<string, number>;

/** One feature that counted, with the points it gave (the kind of case gives its subarea's points). */
export interface FeatureContribution {
  id: string;
  points: number;
}

/** How hard a case looks, why, and how sure the engine is about the whole assessment. */
export interface ComplexityAssessment {
  complexity: Complexity;
  score: number;
  confidence: number;
  features: FeatureContribution[];
}

/**
 * Features that weigh only in a criminal case, where they are what is at stake: elsewhere a crime
 * or an arrest is a fact of the story (a benefit for a prisoner's children, "diz que eu roubo").
 */
const CRIMINAL_ONLY = ['crime-grave', 'liberdade'];
/** Features that weigh only outside a criminal case: a criminal investigation beside a case of another area (in a criminal case it is the case itself). */
const OUTSIDE_CRIMINAL = ['repercussao-penal'];

/**
 * Where a business's revenue counts as the value at stake: the business itself is disputed (its quotas, its survival, its
 * name: a business case) or is among the assets to divide or being hidden (`REVENUE_STAKE_FEATURES`), and its size is what is
 * at stake. Elsewhere the sum at stake is the claim or the assessment (a tax assessment on a shop is not worth its turnover).
 */
const REVENUE_AREAS = ['empresarial'];
/** Areas where a thing's price (`AmountMention.price`) is not at stake: a tax case weighs the tax or the disputed difference, not the property's price. */
const PRICE_FREE_AREAS = ['tributario'];
const REVENUE_STAKE_FEATURES = ['patrimonio', 'ocultacao-de-bens', 'disputa-societaria', 'insolvencia'];

/** Areas in which a note of violence or of a child taken is the case itself; elsewhere the words describe something else ("não quer devolver" the deposit). */
const NOTE_AREAS = ['familia', 'criminal'];
/**
 * Word features that, like the notes, weigh only in `NOTE_AREAS`: psychological violence and stalking are the case in
 * family and criminal law (Lei 11.340/06 art. 7º, CP art. 147-A); elsewhere "o síndico está me perseguindo" is a
 * complaint about a fine, and the claim is the fine. So is a child not returned told without naming the child ("levou
 * ela pra Portugal e não quer devolver"): elsewhere "não devolveu" is a deposit or a loan.
 */
const NOTE_AREA_WORD_FEATURES = ['violencia', 'crianca-retida', 'crianca-agredida'];

/**
 * Features of a proceeding that are the client's only when told of the client's own: a suit, a seizure or a collective action told
 * of a colleague, a neighbour or the news (`withoutOthersProceedings`) is no party's feature of the client's case (CPC arts. 18 and 506).
 */
const OWN_PROCEEDING_FEATURES = ['processo-em-curso', 'constricao', 'coletivo'];

const DEFAULT_WEIGHTS: ComplexityWeights = Object.fromEntries(
  Object.entries(COMPLEXITY_FEATURES).map(([id, feature]) => [id, feature.points]),
);
const BOUNDARIES = COMPLEXITY_THRESHOLDS.filter((t) => Number.isFinite(t.min)).map((t) => t.min - 0.5);
/**
 * A deadline says when a lawyer must act, not how hard the case is: it adds its points but is not
 * one of the strong features a high case needs (a protective order asked today is urgent, not high).
 */
const URGENCY_FEATURES = URGENCY_BANDS.map((band) => band.feature);
/** Confidence is scaled by this when another area scores close to the chosen one. */
const COMPETING_AREA_FACTOR = 0.8;

/**
 * The features read message by message (`parts`: the messages a transcript joins, `joinTexts`), each with its reading, in the
 * order `signals` lists them: a child's or elder's age, a counted group, staff or debts, and the everyday readings told across a
 * sentence (`everyday-readings.ts`). None runs over a message break (none of their patterns takes the break's "."), so a
 * transcript states one when some message does, and each message's answer is kept from its turn instead of the whole
 * transcript being read again.
 */
const PART_READINGS: ReadonlyArray<readonly [string, (part: string) => boolean]> = [
  ['vulneravel', mentionsVulnerableAge],
  ['cliente-menor', mentionsOwnMinority],
  ['bebe-de-meses', mentionsInfantInMonths],
  ['coletivo', mentionsAffectedGroup],
  ['pessoas-contadas', mentionsSelfCountedPeople],
  ['porte-da-empresa', mentionsWorkforce],
  ['muitas-dividas', mentionsManyDebts],
  ['constricao', (part) => mentionsCourtSeizure(part) || mentionsSumBlocked(part)],
  ['prova-disputada', mentionsLostRecords],
  ['ponto-que-esconde-horas', mentionsClockedOutWorking],
  ['beneficio-cessado', mentionsBenefitCut],
  ['novo-pedido', mentionsNewRequest],
  ['contribuicoes-em-dia-ou-paradas', mentionsContributionsSettled],
  ['contribuicoes-atrasadas-ou-pela-doenca', mentionsContributionsLateOrStoppedByIllness],
  ['tempo-no-exterior', mentionsWorkAbroad],
  ['conta-de-falecido', mentionsDeceasedAccountHeld],
  ['bloqueio-de-plataforma', mentionsPlatformAccountBlocked],
  ['crianca-agredida', mentionsChildBeaten],
  ['gestante-dispensada', mentionsPregnantDismissed],
  ['dispensa-retaliatoria', mentionsDismissalAfterComplaint],
  ['mora-salarial', mentionsWagesHeldForMonths],
  ['fgts-retido', mentionsFgtsWithheldForLong],
  // Building block of `rescisao-sonegada` (`IMPLIED_FEATURES`): four years of service or more.
  ['anos-de-servico', mentionsLongService],
  // Its building block of `pensao-atrasada-meio-ano` (`IMPLIED_FEATURES`): a support unpaid for half a year or more.
  ['meio-ano-sem-pagar', mentionsSupportUnpaidForLong],
  ['dias-de-trabalho-perdidos', mentionsWorkDaysLost],
  // Building blocks of `tipo-nao-simples` for a worker on their own account hurt by another (`IMPLIED_FEATURES`).
  ['semana-de-trabalho-perdida', mentionsWorkWeekLost],
  ['ganho-por-conta-propria', mentionsOwnAccountTrade],
  ['dano-no-imovel', mentionsWaterHarmAtHome],
  ['origem-negada', mentionsLeakSourceDenied],
  // Building blocks of `vazamento-vizinho-prolongado`, `cobranca-por-vazamento` and `aguas-da-obra-vizinha` (`IMPLIED_FEATURES`).
  ['vazamento-de-meses', mentionsLeakLastingMonths],
  ['vizinho-resiste', mentionsNeighbourResistingLeakRepair],
  ['vazamento-do-cliente', mentionsLeakFromClientUnit],
  ['cobranca-do-vizinho', mentionsNeighbourClaim],
  ['chuva-da-obra-vizinha', mentionsNeighbourBuildingThrowingRain],
  ['ofensa-do-superior', mentionsSuperiorNameCalling],
  // Building blocks of `ato-de-empregador-publico` (`IMPLIED_FEATURES`): a public employer, and its act on the job, told in any messages.
  ['empregador-publico', mentionsPublicEmployer],
  ['ato-sobre-o-emprego', mentionsEmployerActOnJob],
  // The other building block of `tipo-nao-simples` for a temporary hire by the State: its contract ended or not renewed (`IMPLIED_FEATURES`).
  ['vinculo-encerrado', mentionsContractEnded],
  // Its building block where the dismissal is the case's kind, told in another message (`IMPLIED_FEATURES`).
  ['gravidez-da-cliente', mentionsOwnPregnancy],
  ['mudanca-com-filho', mentionsMovedWithChild],
  ['liberdade', mentionsHeldUnreleased],
  ['aviso-de-prisao-civil', mentionsPayerSoughtForSupport],
  ['bens-a-terceiro', mentionsAssetsMovedAway],
  ['bens-em-nome-de-terceiro', mentionsAssetsPassedToAnother],
  ['bens-dispostos', mentionsPropertyTaken],
  ['dinheiro-retirado', mentionsMoneyTakenFromAccount],
  ['posse-longa', mentionsLongPossession],
  // The owner's heirs or kin asking the occupant to leave in everyday words (`posse-reclamada`, also a phrase feature): the title's
  // claim; their word that the place is theirs (`titulo-dos-herdeiros`, a building block of `posse-reclamada`, `IMPLIED_FEATURES`).
  ['posse-reclamada', mentionsOwnersKinAskingToLeave],
  ['titulo-dos-herdeiros', mentionsOwnersKinSayingItIsTheirs],
  ['bens-retirados', mentionsBusinessAssetsRemoved],
  ['morte-em-acidente', mentionsDeathInAccident],
  ['morte-sob-custodia', mentionsDeathInStateCustody],
  ['morte-no-transito', mentionsDeathInRoadCrash],
  // The client or a relative named to the police as a taking's author (`apontado-por-furto`).
  ['apontado-por-furto', mentionsTakingReportedToPolice],
];

/** The complexity lexicon's phrases, each with the feature it signals. */
const COMPLEXITY_MATCHER = new PhraseMatcher(
  Object.entries(COMPLEXITY_PHRASES).flatMap(([id, phrases]) => phrases.map((p) => [p, id] as const)),
  LEXICONS,
);

/** Rates complexity as the sum of the weighted features of the whole interview. */
export class ComplexityClassifier {
  constructor(
    private readonly urgency = new UrgencyClassifier(),
    private readonly weights: ComplexityWeights = DEFAULT_WEIGHTS,
  ) {}

  /**
   * Ids of the word features in `text` (negated phrases do not count); a stated child's or elder's age is `vulneravel`,
   * a counted group of people affected ("32 famílias") is `coletivo`, the client counted among people ("somos umas 90 pessoas") `pessoas-contadas`, a business's counted staff ("temos 40 funcionários") `porte-da-empresa`,
   * three or more credit contracts counted ("4 empréstimos consignados") `muitas-dividas`;
   * a court's seizure and records lost are read across a sentence (`everyday-readings.ts`); a proceeding's features
   * (`OWN_PROCEEDING_FEATURES`) count only where told of the client's own, not in a sentence telling someone else's; a vulnerability
   * told only of a relative ("minha esposa tá grávida") is `vulneravel-de-familiar`.
   */
  signals(text: string, parts: readonly string[] = [text]): string[] {
    const ids = this.keptWhereOwn(this.readSignals(text, parts), parts, OWN_PROCEEDING_FEATURES, withoutOthersProceedings);
    const own = this.keptWhereOwn(ids, parts, ['vulneravel'], withoutRelativesConditions);
    // A vulnerability told only of a relative is the relative's (`vulneravel-de-familiar`): it weighs unless the claim is the client's own (`IMPLIED_FEATURES`).
    return own.length < ids.length ? [...own, 'vulneravel-de-familiar'] : own;
  }

  /**
   * `ids` without those of `features` found only in what `strip` takes out of `parts` (someone else's proceeding, a relative's
   * vulnerability): the parts are read again without it, for those features only.
   */
  private keptWhereOwn(ids: string[], parts: readonly string[], features: readonly string[], strip: (part: string) => string): string[] {
    if (!ids.some((id) => features.includes(id))) return ids;
    const own = packedMap(parts, strip);
    if (own.every((part, i) => part === parts[i])) return ids;
    const ownIds = this.readSignals(joinTexts(own), own, features);
    return ids.filter((id) => !features.includes(id) || ownIds.includes(id));
  }

  /** The word features of `text` and of its `parts` (`signals`), wherever told; only those of `features`, when given. */
  private readSignals(text: string, parts: readonly string[], features?: readonly string[]): string[] {
    const ids: string[] = [];
    for (const match of COMPLEXITY_MATCHER.match(tokenize(text))) {
      if (match.negated) continue;
      for (const id of match.values) if (!ids.includes(id) && (!features || features.includes(id))) ids.push(id);
    }
    for (const [id, tells] of PART_READINGS) {
      if ((!features || features.includes(id)) && !ids.includes(id) && parts.some(tells)) ids.push(id);
    }
    return ids;
  }

  /**
   * Every feature present in the facts, with its points ("tipo-de-caso" scaled by the subarea's
   * own points). The value band counts the sums at stake: not an income, a revenue only where the business is at stake (`REVENUE_AREAS`), and nothing when the
   * parties agree (a consensual case does not dispute its value). A serious crime weighs only a
   * criminal case, and so does liberty (`CRIMINAL_ONLY`); harm weighs as `dano-grave` in every area.
   * The client's notes of violence or of a child taken (`NOTE_FEATURES`) weigh in family and criminal cases;
   * features found together imply others (`IMPLIED_FEATURES`: serious harm is a serious crime in a criminal case).
   * `hours`: the facts' urgency, when the caller has it already.
   */
  features(facts: InterviewFacts, hours = this.urgency.hours(facts)): FeatureContribution[] {
    const ids = presentFeatures(facts, hours);
    // A witness is not a party: the proceeding's features are the parties' (`WITNESS_FOREIGN_FEATURES`).
    const witness = isOnlyWitness(facts);
    const found: FeatureContribution[] = [];
    for (const id of ids) {
      const points = this.weights[id] ?? 0;
      if (points !== 0 && !(witness && WITNESS_FOREIGN_FEATURES.includes(id))) found.push({ id, points });
    }
    const subarea = this.subareaOf(facts);
    // Nor a case its words read as another kind (`KIND_FREE_FEATURES`: a visit to a prisoner asked is no arrest to contest).
    const kindFree = ids.some((id) => KIND_FREE_FEATURES.includes(id));
    const kind = witness || kindFree ? 0 : (subarea?.complexity ?? 0);
    // A kind never simple (`SubareaLexicon.notLow`) gives the same points under the id that keeps the case at least medium.
    const kindId = subarea?.notLow ? 'tipo-de-caso-nao-simples' : 'tipo-de-caso';
    const kindPoints = kind * (this.weights[kindId] ?? this.weights['tipo-de-caso'] ?? 0);
    if (kind !== 0 && kindPoints !== 0) found.push({ id: kindId, points: kindPoints });
    return found.sort((a, b) => b.points - a.points);
  }

  score(facts: InterviewFacts): number {
    return this.features(facts).reduce((sum, f) => sum + f.points, 0);
  }

  /**
   * `areaCertainty` and `coverage` (share of the area's topics already known) come from the
   * caller; confidence also grows with the distance of the score from a level boundary.
   */
  assess(facts: InterviewFacts, areaCertainty: number, coverage: number): ComplexityAssessment {
    const hours = this.urgency.hours(facts);
    const features = this.features(facts, hours);
    const score = features.reduce((sum, f) => sum + f.points, 0);
    const complexity = boundedLevel(levelOf(score), features, hours);
    const distance = Math.min(...BOUNDARIES.map((b) => Math.abs(score - b)));
    const stability = Math.min(1, distance / 2);
    const raw = 0.2 + 0.3 * areaCertainty + 0.3 * coverage + 0.2 * stability;
    const confidence = round2(Math.min(0.99, facts.competingArea ? raw * COMPETING_AREA_FACTOR : raw));
    return { complexity, score, confidence, features };
  }

  private subareaOf(facts: InterviewFacts): SubareaLexicon | undefined {
    if (!facts.area || !facts.subarea) return undefined;
    return AREA_LEXICONS[facts.area].subareas.find((s) => s.label === facts.subarea);
  }
}

/**
 * The indexes of `IMPLIED_FEATURES` by the first feature each follows from (`presentFeatures` reads only those whose first
 * feature is present: ~170 rules, of which a case opens a few), and those that follow from none, always read.
 */
const IMPLIED_BY_FIRST = new Map<string, number[]>();
const IMPLIED_ALWAYS_READ: number[] = [];
IMPLIED_FEATURES.forEach(({ when }, rule) => {
  if (when.length === 0) IMPLIED_ALWAYS_READ.push(rule);
  else IMPLIED_BY_FIRST.set(when[0], [...(IMPLIED_BY_FIRST.get(when[0]) ?? []), rule]);
});

/**
 * The ids of the features present (see `ComplexityClassifier.features`), each once and none displaced by a more precise one (`DISPLACED_FEATURES`), in the order the
 * level's explanation lists ties: word features, notes, value, deadline, group, implied, parties, areas.
 * Plain loops: built from chained `filter`/`map` calls, spreads and a `Set`, this was the engine's
 * slowest function for V8's optimizing compiler (1.2-1.9 s a compile on a busy 2-core VM, paid again
 * after each deoptimization, on a server's background threads), and ran unoptimized meanwhile.
 */
function presentFeatures(facts: InterviewFacts, hours: number): string[] {
  const ids: string[] = [];
  const inNoteArea = NOTE_AREAS.includes(facts.area as never);
  for (const id of facts.complexitySignals) if (weighsIn(id, facts.area, inNoteArea)) addOnce(ids, id);
  if (inNoteArea) for (const note of facts.notes) addOnce(ids, NOTE_FEATURES[note]);
  for (const note of facts.notes) {
    const id = PARTY_NOTE_FEATURES[note];
    if (id !== undefined && weighsIn(id, facts.area, inNoteArea)) addOnce(ids, id);
  }
  for (const signal of facts.urgencySignals) {
    const id = SIGNAL_FEATURES[signal];
    if (id === undefined || !weighsIn(id, facts.area, inNoteArea)) continue;
    if (inNoteArea && !SIGNAL_FEATURES_IN_EVERY_AREA.includes(id)) addOnce(ids, id);
    // A signal whose hours are the police's acts (`SIGNAL_FEATURES_IN_EVERY_AREA`: a crime just suffered) weighs so, in any area,
    // only when it counts alone: beside another urgent fact (a child beaten, a threat), the hours are that fact's too.
    else if (SIGNAL_FEATURES_IN_EVERY_AREA.includes(id) && countedSignals(facts).every((other) => other === signal)) addOnce(ids, id);
  }
  const largestAmount = largestAtStake(facts);
  addOnce(ids, AMOUNT_BANDS.find((band) => largestAmount >= band.min)?.feature);
  if (facts.area === 'trabalhista' && largestAmount > 0 && largestAmount <= SUMMARY_RITE_MAX) addOnce(ids, 'valor-do-rito-sumarissimo');
  addOnce(ids, URGENCY_BANDS.find((band) => hours <= band.maxHours)?.feature);
  // A crime's harm told over, its redress alone asked (`redressedHarm`): the civil action ex delicto or the assistant's part (`dano-de-crime`).
  if (redressedHarm(facts) && weighsIn('dano-de-crime', facts.area, inNoteArea)) addOnce(ids, 'dano-de-crime');
  addOnce(ids, GROUP_BANDS.find((band) => facts.largestGroup >= band.min)?.feature);
  // The crime's victim, whom no one accuses (`vitima-do-crime`): an arrest or a conviction told is the author's (CPP arts. 268 and 387 IV).
  if (facts.area === 'criminal' && !ids.includes('acusado-de-crime') && isCrimeVictim(facts)) addOnce(ids, 'vitima-do-crime');
  if (namesTwoStates(facts.locations)) addOnce(ids, 'dois-estados');
  // Only the rules whose first feature is present are read, in order; a feature a rule adds opens the later rules that start from it.
  const open = new Uint8Array(IMPLIED_FEATURES.length);
  for (const rule of IMPLIED_ALWAYS_READ) open[rule] = 1;
  for (const id of ids) for (const rule of IMPLIED_BY_FIRST.get(id) ?? []) open[rule] = 1;
  for (let rule = 0; rule < IMPLIED_FEATURES.length; rule++) {
    if (open[rule] === 0) continue;
    const implied = IMPLIED_FEATURES[rule];
    // What it follows from first: a case holds few features, and most of the rules' area lists are long.
    if (!implied.when.every((id) => ids.includes(id))) continue;
    if (implied.unless?.some((id) => ids.includes(id))) continue;
    const inArea = !implied.areas || implied.areas.includes(facts.area as never) || (implied.undecided === true && facts.area === null);
    const inSubarea = !implied.subareas || implied.subareas.includes(facts.subarea as never);
    if (inArea && inSubarea && !ids.includes(implied.feature)) {
      ids.push(implied.feature);
      for (const later of IMPLIED_BY_FIRST.get(implied.feature) ?? []) open[later] = 1;
    }
  }
  if (facts.parties.length >= MANY_PARTIES) addOnce(ids, 'muitos-envolvidos');
  if (engagesTwoAreas(facts.notes)) addOnce(ids, 'areas-concorrentes');
  const displaced = displacedBy(ids, facts);
  // A feature displaced keeps no other (`unless`): the rules are read again without it ("abri um processo" in a tax case is no
  // proceeding, so it no longer keeps an elder's age weighing).
  if (displaced.length > 0) {
    const remaining = ids.filter((id) => !displaced.includes(id));
    for (const id of displacedBy(remaining, facts)) if (!displaced.includes(id)) displaced.push(id);
  }
  // The employer asking how to dismiss or warn: the worker's claims are not the case (`WORKER_CLAIM_FEATURES`).
  if (facts.area === 'trabalhista' && isEmployerAsking(facts)) displaced.push(...WORKER_CLAIM_FEATURES);
  return displaced.length === 0 ? ids : ids.filter((id) => !displaced.includes(id));
}

/** The features `DISPLACED_FEATURES` drops when `ids` are present in the facts' area and subarea. */
function displacedBy(ids: readonly string[], facts: InterviewFacts): string[] {
  return DISPLACED_FEATURES.filter(
    (d) =>
      (d.when === undefined || ids.includes(d.when)) &&
      (!d.areas || (facts.area !== null && d.areas.includes(facts.area))) &&
      (!d.subareas || (facts.subarea !== null && d.subareas.includes(facts.subarea))) &&
      !d.unless?.some((id) => ids.includes(id)),
  ).flatMap((d) => d.drops);
}

/** Whether the places told ("Goiânia/GO", "Brasília/DF", a bare "GO") lie in two or more states (the UF after the last "/"). */
export function namesTwoStates(locations: readonly string[]): boolean {
  let first: string | undefined;
  for (const place of locations) {
    const uf = place.slice(place.lastIndexOf('/') + 1);
    if (first === undefined) first = uf;
    else if (uf !== first) return true;
  }
  return false;
}

/**
 * The client asked for remedies of two areas (`REMEDY_AREAS`; money beside a labour remedy is the labour claim), or told a fact
 * under two regimes (`TWO_REGIME_NOTES`; a remedy then declined does not count, `DECLINED_REMEDIES`), or reported to the police a wrong they want damages for (`REPORT_AND_DAMAGES`). Not the area scores: another area's words told in passing come and go with the questions.
 */
export function engagesTwoAreas(notes: string[]): boolean {
  if (notes.some((note) => TWO_REGIME_NOTES.includes(note))) return true;
  const { report, damages, not } = REPORT_AND_DAMAGES;
  if (notes.includes(report) && notes.includes(damages) && !notes.some((note) => not.includes(note))) return true;
  const declined = packedMap(notes, (note) => DECLINED_REMEDIES[note]);
  const areas: string[] = [];
  for (const note of notes) {
    const area = declined.includes(note) ? undefined : REMEDY_AREAS[note];
    if (area !== undefined && !areas.includes(area)) areas.push(area);
  }
  const labourMoney = areas.length === 2 && areas.includes('trabalhista') && areas.includes(MONEY_REMEDY_AREA);
  return areas.length >= 2 && !labourMoney;
}

/** A word feature counts in this area (`CRIMINAL_ONLY`, `OUTSIDE_CRIMINAL`, `NOTE_AREA_WORD_FEATURES`, a feature's own `areas`). */
function weighsIn(id: string, area: InterviewFacts['area'], inNoteArea: boolean): boolean {
  if (area === 'criminal' ? OUTSIDE_CRIMINAL.includes(id) : CRIMINAL_ONLY.includes(id)) return false;
  if (!inNoteArea && NOTE_AREA_WORD_FEATURES.includes(id)) return false;
  const areas = COMPLEXITY_FEATURES[id]?.areas;
  return !areas || areas.includes(area as never);
}

/**
 * The largest sum at stake: not an income, a revenue only where the business is at stake
 * (`REVENUE_AREAS`, `REVENUE_STAKE_FEATURES`), not a price in a tax case (`PRICE_FREE_AREAS`), none when the parties agree.
 */
function largestAtStake(facts: InterviewFacts): number {
  // An agreement the other side went back on disputes the value again (`acordo-rompido`).
  if (facts.complexitySignals.includes('consensual') && !facts.complexitySignals.includes('acordo-rompido')) return 0;
  const businessAtStake = REVENUE_AREAS.includes(facts.area as never) || facts.complexitySignals.some((id) => REVENUE_STAKE_FEATURES.includes(id));
  const priceFree = PRICE_FREE_AREAS.includes(facts.area as never);
  let largest = 0;
  for (const amount of facts.amounts) {
    if (!amount.income && (!amount.revenue || businessAtStake) && !(amount.price && priceFree)) largest = Math.max(largest, amount.value);
  }
  return largest;
}

function addOnce(ids: string[], id: string | undefined): void {
  if (id !== undefined && !ids.includes(id)) ids.push(id);
}

/** The level of a score under `COMPLEXITY_THRESHOLDS`. */
export function levelOf(score: number): Complexity {
  return COMPLEXITY_THRESHOLDS.find((t) => score >= t.min)?.level ?? 'low';
}

/**
 * The level within the bounds of the lawyer's reading: high needs strong features (each worth
 * `HIGH_NEEDS_FEATURE_POINTS`, neither a deadline nor a feature that only adds up, `addsOnly`) that sum to `HIGH_NEEDS_STRONG_POINTS`; a feature marked `notLow`
 * (liberty, a death or serious injury, many people, insolvency, a large sum...) or a running
 * lawsuit with a deadline within `LAWSUIT_DEADLINE_FLOOR_HOURS` is never low, whatever the sum. Not in a kind of case the table
 * rates simpler than most (a negative `tipo-de-caso`: a traffic fine's defence, a company's consensual contract): there the term
 * within days is the kind's own routine step, the traffic notice's defence or the driver's indication (CTB arts. 257 §7º and 281-282),
 * heard by the authority that fined, no lawsuit answered in court.
 */
export function boundedLevel(level: Complexity, features: FeatureContribution[], urgencyHours: number): Complexity {
  const strong = features
    .filter((f) => f.points >= HIGH_NEEDS_FEATURE_POINTS && !URGENCY_FEATURES.includes(f.id) && !COMPLEXITY_FEATURES[f.id]?.addsOnly)
    .reduce((sum, f) => sum + f.points, 0);
  if (level === 'high' && strong < HIGH_NEEDS_STRONG_POINTS) return 'medium';
  if (level !== 'low') return level;
  const simpleKind = features.some((f) => f.id === 'tipo-de-caso' && f.points < 0);
  const lawsuitDue = !simpleKind && features.some((f) => f.id === 'processo-em-curso') && urgencyHours <= LAWSUIT_DEADLINE_FLOOR_HOURS;
  return lawsuitDue || features.some((f) => COMPLEXITY_FEATURES[f.id]?.notLow) ? 'medium' : level;
}

/** One line a lawyer can read: the level, the score and the features that decided it. */
export function explainComplexity(assessment: Pick<ComplexityAssessment, 'complexity' | 'score' | 'features'>): string {
  const parts = assessment.features.map((f) => `${COMPLEXITY_FEATURES[f.id]?.label ?? f.id} (${f.points > 0 ? '+' : ''}${f.points})`);
  const why = parts.length > 0 ? parts.join('; ') : 'nenhum fator de complexidade encontrado';
  return `${assessment.complexity} (${assessment.score} pontos): ${why}`;
}

/**
 * The report a lawyer reads, from the level, score and feature ids alone: labels and the one-line
 * explanation come from the feature table, so a stored result keeps only the ids and points.
 */
export function describeComplexity({ level, score, features }: ComplexityCounts): ComplexityReport {
  return {
    level,
    score,
    features: features.map(({ id, points }) => ({ id, points, label: COMPLEXITY_FEATURES[id]?.label ?? id })),
    explanation: explainComplexity({ complexity: level, score, features }),
  };
}
