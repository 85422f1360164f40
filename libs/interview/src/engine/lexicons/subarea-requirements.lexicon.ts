import { NOT_ONLY_WITNESS_NOTES } from './client-notes.lexicon';
/**
 * A kind of case that presupposes a fact: enforcing child support needs a court title, a
 * "locação" needs a lease, severance needs a contract that ended. When none of `keywords`
 * (prefixes of the area terms found), `documents` (labels of `DOCUMENTS`) was mentioned, or one of
 * `contradictedBy` (ids of `CLIENT_NOTES`) was, the subarea `otherwise` (an id; null = the area's
 * default) is shown instead. `signals` (ids of urgency or complexity signals) also meet it: words
 * outside the area lexicon ("detido", "mantido preso") say it as well.
 */
export interface SubareaRequirement {
  subarea: string;
  keywords?: string[];
  documents?: string[];
  signals?: string[];
  /** Ids of `CLIENT_NOTES` that meet it as well (a decision the client already has is the title). */
  notes?: string[];
  contradictedBy?: string[];
  otherwise: string | null;
}

const LEASE = ['alug', 'inquilin', 'locador', 'locatari', 'locacao', 'fiador', 'caucao', 'imobiliaria', 'despej'];

export const SUBAREA_REQUIREMENTS: SubareaRequirement[] = [
  // Execução de alimentos needs a título (sentence or homologated agreement); without one it is fixação.
  // A civil arrest for the debt is only ordered in an enforcement (CPC art. 528 §3): it shows the title.
  {
    subarea: 'familia.execucao-alimentos',
    keywords: ['prisao civil', 'preso por pensao', 'presa por pensao', 'prisao por pensao', 'mandado de prisao'],
    documents: ['decisão judicial'],
    notes: ['decision-obtained'],
    otherwise: 'familia.alimentos',
  },
  // Divórcio dissolves a marriage; a união estável is dissolved otherwise.
  {
    subarea: 'familia.divorcio',
    keywords: ['casad', 'casament', 'casamos', 'divorci', 'marido', 'esposa', 'regime de bens'],
    otherwise: null,
  },
  { subarea: 'imobiliario.caucao', keywords: LEASE, otherwise: null },
  // Despejo por falta de pagamento presupposes rent in arrears: with the rent paid up to date the eviction is the end of the
  // lease or the owner's retaking (Lei 8.245/91 arts. 46, 47 and 57).
  { subarea: 'imobiliario.despejo', keywords: LEASE, contradictedBy: ['rent-up-to-date'], otherwise: 'imobiliario.retomada' },
  { subarea: 'imobiliario.locacao', keywords: LEASE, otherwise: null },
  // Verbas rescisórias are owed when the contract ended; while it runs the claim is another one.
  {
    subarea: 'trabalhista.verbas-rescisorias',
    keywords: ['demit', 'demissao', 'dispensad', 'mandaram embora', 'mandou embora', 'pedi as conta', 'rescisao', 'rescisoria', 'acerto', 'aviso previo', 'justa causa'],
    contradictedBy: ['still-employed'],
    otherwise: null,
  },
  // Reverting a justa causa presupposes a dismissal for it: a warning or a suspension to a worker still employed is the
  // employer's discipline, contested otherwise (CLT art. 482; the reversal is of the dismissal). The reversal is the
  // worker's claim: a company asking how to dismiss for cause is on the employer's side.
  {
    subarea: 'trabalhista.justa-causa',
    keywords: ['justa causa', 'demit', 'demissao', 'dispensad', 'mandaram embora', 'mandou embora'],
    contradictedBy: ['still-employed', 'client-company', 'client-mei'],
    otherwise: null,
  },
  // Prisão presupposes someone arrested or a warrant; a summons to testify is an investigation. An arrest that is
  // over (released, answering at liberty) is the case's history, not a custody to undo: the proceeding goes on.
  {
    subarea: 'criminal.prisao',
    keywords: ['preso', 'presa', 'presidio', 'prisao', 'prend', 'flagrante', 'preventiva', 'custodia', 'fianca', 'habeas', 'cadeia', 'detid'],
    signals: ['prisao', 'liberdade'],
    contradictedBy: ['custody-ended'],
    otherwise: 'criminal.investigacao',
  },
  // Execução penal presupposes a conviction.
  {
    subarea: 'criminal.execucao-penal',
    keywords: ['condenad', 'progressao', 'execucao penal', 'saidinha', 'tornozeleira', 'pena'],
    otherwise: null,
  },
  // Revising a benefit presupposes one was granted.
  {
    subarea: 'previdenciario.revisao',
    keywords: ['aposentad', 'beneficio', 'pensao', 'auxilio', 'vida toda', 'recalculo'],
    otherwise: null,
  },
];

/**
 * The kind of case of a victim whose words named no kind, or only the accused's: the area's default ("defesa criminal") and
 * the suspect's inquiry speak to the accused, so the victim's own kind is shown instead (`subarea`, an id).
 */
export const VICTIM_SUBAREAS: Partial<Record<string, { subarea: string; over: string[] }>> = {
  criminal: { subarea: 'criminal.vitima', over: ['criminal.investigacao'] },
};

/**
 * A kind of case the facts make another, whatever its words scored: when every note of `notes` (ids of
 * `CLIENT_NOTES`) and one of `keywords` (prefixes of the terms found) were told, the subareas of `over`
 * (ids) give way to `subarea` (an id).
 */
export interface SubareaPrecedence {
  subarea: string;
  notes: string[];
  /** Empty: the notes alone decide. */
  keywords: string[];
  /** Omitted: every other kind of the subarea's area, its default among them. */
  over?: string[];
  /** Prefixes of terms found that keep the subarea as it is (an enforcement served on the client). */
  unless?: string[];
  /** Ids of `CLIENT_NOTES` that keep the subarea as it is (a witness who is also the victim or the accused). */
  unlessNotes?: string[];
}

const SUPPORT_KINDS = ['familia.execucao-alimentos', 'familia.alimentos', 'familia.divorcio', 'familia.guarda', 'familia.uniao-estavel'];
/** An enforcement served on a payer: their defence there (pay or justify in 3 days, CPC art. 528) comes before a revision. */
const SUPPORT_ENFORCED = ['preso', 'presa', 'prisao', 'execucao', 'executad', 'mandado', 'citac', 'intimac', 'oficial de justica'];

export const SUBAREA_PRECEDENCES: SubareaPrecedence[] = [
  // A partner's exit told with the quotas' sale or the articles' amendment and no fight (CC arts. 1.057 and 1.003): a cession, not
  // the partial dissolution sued with the apuração de haveres (CPC arts. 599-609), which needs a dispute.
  {
    subarea: 'empresarial.cessao-quotas', notes: [],
    keywords: ['cessao d', 'transferencia d', 'compra das', 'vender as', 'comprar as', 'comprar a parte', 'pela parte', 'alteracao contratual', 'alteracao do contrato'],
    over: ['empresarial.conflito-socios', 'empresarial.constituicao'],
    unless: ['briga', 'desvi', 'expuls', 'exclu', 'tirar', 'prestacao de contas', 'apuracao de haveres', 'destituicao', 'retiradas', 'confusao', 'sem autorizacao', 'faleceu', 'morreu', 'morte', 'falecimento', 'herdeiros', 'viuva'],
  },
  // Summoned only to tell what they saw (CPP arts. 202-225): no investigation of the client, nor their arrest or their complaint.
  {
    subarea: 'criminal.testemunha', notes: ['witness'], keywords: [], unlessNotes: NOT_ONLY_WITNESS_NOTES,
    over: ['criminal.investigacao', 'criminal.prisao', 'criminal.menor-potencial', 'criminal.vitima', 'criminal.vitima-golpe', 'criminal.honra', 'criminal.transito'],
  },
  // The client accused only of a threat (CP art. 147, detenção de 1 a 6 meses): an infraction of lesser offensive potential (Lei 9.099
  // art. 61), recorded in a termo circunstanciado and met with a transação penal (arts. 69 and 76), even when the police summons the
  // client to testify; not within violence against a woman at home, where that law does not apply (Lei 11.340 art. 41), nor beside a graver crime.
  {
    subarea: 'criminal.menor-potencial', notes: ['criminal-defence'], keywords: ['ameacei', 'ameaca'], over: ['criminal.investigacao'],
    unless: ['maria da penha', 'medida protetiva', 'violencia domestica', 'trafic', 'roub', 'furt', 'estupr', 'homicid', 'arma', 'estelionat', 'golpe', 'desvi'],
  },
  // The payer of a support asking to end it for a child of age who supports themself: an exoneração, decided by a judge only
  // (Súmula 358 STJ); asking to pay less, a revisão (CC art. 1.699). Neither is the creditor's enforcement.
  { subarea: 'familia.exoneracao-alimentos', notes: ['support-payer', 'grown-child'], keywords: [], over: SUPPORT_KINDS, unless: SUPPORT_ENFORCED },
  { subarea: 'familia.revisao-alimentos', notes: ['support-payer', 'support-reduction'], keywords: [], over: SUPPORT_KINDS, unless: SUPPORT_ENFORCED },
  // After a death, the pension asked of the INSS is the dependant's pensão por morte (Lei 8.213 arts. 16 and 74): the
  // deceased's retirement, illness or assistance benefit is the prior fact that makes them insured, not the benefit claimed.
  {
    subarea: 'previdenciario.pensao-morte',
    notes: ['death'],
    keywords: ['pensao', 'viuv'],
    over: ['previdenciario.aposentadoria-idade', 'previdenciario.aposentadoria-tempo', 'previdenciario.incapacidade', 'previdenciario.bpc'],
  },
  // A past arrest followed by a sentence served: what remains is the sentence and its effects (LEP; reabilitação,
  // CP art. 93), not a custody to undo.
  // Work like slavery told by its marks (`forced-labour`: the documents kept, a debt to pay before leaving, an armed watch) is that case,
  // whatever wages, severance or hours the story also tells: the people are held now (CP art. 149; the rescue, Lei 7.998 art. 2º-C).
  { subarea: 'trabalhista.escravo', notes: ['forced-labour'], keywords: [] },
  { subarea: 'criminal.execucao-penal', notes: ['custody-ended'], keywords: ['pena', 'condenad', 'regime'], over: ['criminal.prisao'] },
  // A repossession suit served over a financed vehicle is that suit, whatever else the story tells of the car (a crash, a
  // fine, a debt between relatives): the 5-day term of Decreto-Lei 911/69 comes first.
  {
    subarea: 'civil.busca-apreensao-veiculo',
    notes: ['repossession-suit'],
    keywords: ['busca e apreensao', 'alienacao fiduciaria', 'purga'],
    over: ['civil.acidente-transito', 'civil.cobranca', 'civil.danos-morais', 'civil.contratos', 'civil.vicio-oculto'],
  },
  // A divorce, custody or support the client says was already decided is not the remedy asked now: support unpaid after it
  // is enforced on that title (execução de alimentos, CPC arts. 528 and 911), whichever of those words the story used most.
  {
    subarea: 'familia.execucao-alimentos',
    notes: ['decision-obtained'],
    keywords: ['parou de pagar', 'parou de deposit', 'nao paga', 'nao deposit', 'atrasad', 'pensao em atraso', 'devendo', 'prisao civil'],
    over: ['familia.divorcio', 'familia.guarda', 'familia.alimentos', 'familia.uniao-estavel'],
  },
  // Custody or visits disputed after a divorce already decided, with no support unpaid (above): the divorce is the history; what
  // is asked is the custody changed or the visits regulated (CC arts. 1.583-1.586; CPC art. 693), whichever word was used most.
  { subarea: 'familia.guarda', notes: ['decision-obtained'], keywords: ['guarda', 'visita', 'convivencia', 'alienacao parental'], over: ['familia.divorcio'] },
  // A worker still employed, humiliated at work, who asks how to leave: the humiliation grounds the rescisão indireta (CLT art. 483 e)
  // that keeps every right of a dismissal; unpaid overtime is one more claim within it, not the kind of case.
  {
    subarea: 'trabalhista.assedio',
    notes: ['still-employed'],
    keywords: ['assedio moral', 'humilh', 'xingad', 'xingou', 'xingament', 'persegui'],
    over: ['trabalhista.horas-extras'],
  },
];
