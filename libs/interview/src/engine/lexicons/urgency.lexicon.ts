import { LegalAreaCode } from '../interview-engine.types';
import { MONTHS } from './numbers.lexicon';
import { SUPPLY_CUT_BY_HAND_DONE, SUPPLY_CUT_DONE, UTILITY_SUPPLIERS, VITAL_EQUIPMENT } from './utility-supply.lexicon';
import { LAWSUIT_EVERYDAY, SALARY_UNPAID } from './complexity-readings.lexicon';
import { PROTECTION_SOUGHT, USURIOUS_LENDER } from './route-notes.lexicon';
import { ARREST_REPEATED, BEATING_PROMISED_AGAIN, CHILD_ABUSE_TOLD, CHILD_INJURED_BY, CHILD_OBJECTS, CHILD_TAKEN, CLIENT_APPREHENDED, COLLAPSE_RISK, CUSTODY_ENDED, DEATH_THREAT, FAMILY_THREATENED, FOREIGN_PLACES, HIDDEN_CAMERA, INCOME_HELD, INTIMATE_IMAGES, KEEP_AWAY, LIFE_AT_RISK, LOCKED_OUT, PARTNER_OF_THE_ONE_THREATENING, PARTNER_THREATENING, POLICE_CUSTODY, RELATIVE_BEATEN, RELEASED_PENDING_TRIAL, RETALIATION_THREAT, RETALIATION_VEILED, REVENGE_WARNED, STALKING_TOLD, SENTENCE_BEING_SERVED, SENTENCE_SERVED_OUTSIDE, STRANGLING, TAKEN_UNDER_ARREST, VIOLENT_CRIME_SUFFERED, VIOLENT_CRIME_TIME, WARRANT_OPEN, WARRANT_UNDONE, WEAPON_SHOWN } from './safety.lexicon';

/** A fact that shortens the time within which a lawyer should act. */
export interface UrgencySignal {
  id: string;
  label: string;
  hours: number;
  phrases: string[];
  /** The signal only counts when one of these words (or phrases of several, told word after word) is in the same message. */
  requiresAny?: string[];
  /** The signal does not count when one of these words is in the same message (the client consented). */
  unlessAny?: string[];
  /** The signal is dropped when one of these signals is found in the same message (what it reads as is something else). */
  yieldsTo?: string[];
  /** `yieldsTo` holds over the whole interview, not only the same message (what the other signal says is true of the case). */
  yieldsAcross?: true;
  /** Phrases that say the situation is over ("hoje está solto"): the signal is dropped, from this message and the earlier ones. */
  endedBy?: string[];
  /** Hours in the areas where the fact asks less of the lawyer than `hours` (what it is there is the harm claimed, not care to secure). */
  hoursIn?: Partial<Record<LegalAreaCode, number>>;
  /**
   * The signal counts (`UrgencyClassifier`) only when one of these facts (an urgency signal, a complexity signal or a client note) is
   * told anywhere in the interview, before or after it: what it says is urgent only beside that fact.
   */
  onlyWith?: string[];
  /**
   * The signal does not count (`UrgencyClassifier`) when one of these facts (an urgency signal, a complexity signal or a client note)
   * is told anywhere in the interview: what it says is urgent is done once that fact is told (the police report made).
   */
  notWith?: string[];
  /**
   * `requiresAny` and `unlessAny` are times, and the one told nearest the phrase dates it ("cortou em março e ontem consegui o
   * laudo": the cut is March's); a time after "desde" tells when something began, not when the phrase happened.
   */
  datedByNearest?: true;
  /**
   * Times that date the phrase long past when one is the time told nearest it, and `recent` ones that keep it now (read as
   * `datedByNearest` the other way): a fact told with no time counts, as one told months back does not ("trocou a fechadura em abril").
   */
  pastWhenNearest?: { past: string[]; recent: string[] };
  /**
   * The signal does not count when its clause dates it to a past year ("foi preso em flagrante em 2018", "em 2024 meu vizinho me
   * agrediu") and tells nothing of now ("hoje", "ainda", "continua"): an episode of years ago, whose urgent remedy is long gone.
   */
  pastByYear?: true;
  /**
   * The signal does not count once the interview tells the harm over and asks only its redress (`UrgencyClassifier`, `harmRedressed`):
   * the author convicted or arrested, the images gone, months back, and the client after damages or the prosecution's course.
   */
  overOnceRedressed?: true;
  /**
   * The signal does not count once the interview asks a benefit of a sentence being served and tells nothing of now
   * (`UrgencyClassifier`, `sentenceBenefitAsked`): the prisoner's custody is the sentence's, its incidents the execution judge's.
   */
  overOnceSentenceServed?: true;
}

/**
 * A benefit the INSS was paying, cut or suspended (cessação, suspensão), told by the cut itself, its agent or the payment stopping
 * (the complexity feature `beneficio-cessado`; the urgency signal `beneficio-cortado-agora` when told as just now).
 */
export const BENEFIT_CUT: string[] = [
  'cortou o beneficio', 'cortaram o beneficio', 'cortou meu beneficio', 'cortaram meu beneficio', 'cortou o meu beneficio', 'cortaram o meu beneficio',
  'cortou o auxilio', 'cortaram o auxilio', 'cortou meu auxilio', 'cortaram meu auxilio', 'cortou a aposentadoria', 'cortaram a aposentadoria',
  'cortou minha aposentadoria', 'cortaram minha aposentadoria', 'cortou a pensao', 'cortaram a pensao', 'cortou minha pensao', 'cortaram minha pensao',
  'cortou o bpc', 'cortaram o bpc', 'cortou meu bpc', 'cortaram meu bpc', 'beneficio foi cortado', 'auxilio foi cortado', 'auxilio doenca foi cortado',
  'aposentadoria foi cortada', 'pensao foi cortada', 'bpc foi cortado', 'beneficio cortado', 'beneficio foi cessado', 'beneficio cessado', 'cessacao do beneficio',
  'cessacao do auxilio', 'cessou o beneficio', 'cessaram o beneficio', 'carta de cessacao', 'cessacao da aposentadoria', 'cessou a aposentadoria', 'cessou o auxilio',
  // The INSS's review of benefits by incapacity (Lei 13.846/19): a new examination that ends a benefit paid for years.
  'pente fino', 'suspendeu o beneficio', 'suspenderam o beneficio', 'suspenderam meu beneficio',
  'beneficio suspenso', 'beneficio foi suspenso', 'suspenderam a aposentadoria', 'suspendeu a aposentadoria', 'aposentadoria suspensa', 'aposentadoria foi suspensa',
  'suspenderam o pagamento', 'suspendeu o pagamento',
  // The cut told as the payment stopping, or as the INSS's examiner ending the incapacity ("o perito deu alta"): the benefit
  // ceased (Lei 8.213/91 art. 60 §8º), to extend, appeal or restore in court with a medical examination.
  'beneficio parou', 'auxilio parou', 'aposentadoria parou', 'parou de cair o beneficio', 'parou de cair o auxilio', 'parou de pagar o beneficio', 'parou de pagar o auxilio',
  // The benefit told by its own name ("o auxílio-doença parou de cair", "o BPC parou").
  'auxilio doenca parou', 'bpc parou', 'loas parou', 'pensao parou', 'parou de cair o auxilio doenca', 'parou de cair o bpc', 'parou de cair a aposentadoria', 'parou de cair a pensao',
  'perito deu alta', 'perita deu alta', 'perito me deu alta', 'perita me deu alta', 'perito do inss deu alta', 'perita do inss deu alta', 'perito do inss me deu alta', 'perita do inss me deu alta', 'alta do inss', 'alta programada', 'deu alta na pericia', 'alta na pericia',
  // The same cut told by its agent or as a block at the bank ('suspensa pelo INSS', 'o benefício está bloqueado').
  'suspensa pelo inss', 'suspenso pelo inss', 'cortada pelo inss', 'cortado pelo inss', 'cessada pelo inss', 'cessado pelo inss', 'bloqueado pelo inss', 'bloqueada pelo inss',
  'inss cortou', 'inss cessou', 'inss suspendeu',
  'beneficio esta bloqueado', 'beneficio bloqueado', 'beneficio foi bloqueado', 'aposentadoria esta bloqueada', 'aposentadoria bloqueada', 'aposentadoria foi bloqueada',
];

/** The month the message is in ("esse mês"), two words read together by `nearestTimeIsAmong`. */
const THIS_MONTH: string[] = ['esse mes', 'este mes', 'nesse mes', 'neste mes'];

/** The names of the months, folded: a fact dated by one is no fact of yesterday or today. */
const MONTH_NAMES: string[] = Object.keys(MONTHS);

/**
 * A home lost months back, dated by the time told nearest it (`UrgencySignal.pastWhenNearest`): a month named or months counted, against
 * today, yesterday, days or this week (one word each: `nearestTimeIsAmong` reads a time of two words only among those it asks of,
 * here the past).
 */
const HOME_LOST_MONTHS_BACK = { past: ['meses', ...MONTH_NAMES], recent: ['hoje', 'ontem', 'anteontem', 'agora', 'agorinha', 'dias', 'semana'] };

/**
 * The month's payment of a benefit missing, told as the client found it ("esse mês não caiu", "o pagamento não veio", "fui sacar e
 * não tinha nada"): how recent a cut told in another message is (`beneficio-cortado-agora-relatado`).
 */
export const MONTH_PAYMENT_MISSED: string[] = [
  ...['nao caiu', 'nao veio', 'nao entrou'].flatMap((missed) =>
    [`mes ${missed}`, `pagamento ${missed}`, `dinheiro ${missed}`, `${missed} o pagamento`, `${missed} o dinheiro`, `${missed} na conta`, `${missed} esse mes`, `${missed} este mes`]),
  'nao caiu nada', 'nao entrou nada',
  ...['sacar', 'receber'].flatMap((act) => ['nao tinha', 'nao havia', 'nao tinha nada', 'nao havia nada'].map((none) => `fui ${act} e ${none}`)),
];

/**
 * A cut's day told without the benefit it cut, in a message after the one that named it ("cortaram ontem", "isso foi anteontem",
 * "a perícia foi ontem"): the cut's recency (`beneficio-cortado-agora-relatado`).
 */
export const CUT_DAY_TOLD: string[] = ['ontem', 'anteontem', 'hoje', 'agora'].flatMap((day) => [
  ...['cortaram', 'cortou', 'suspenderam', 'suspendeu', 'cessaram', 'cessou', 'bloquearam', 'bloqueou', 'parou'].map((cut) => `${cut} ${day}`),
  ...['aconteceu', 'isso foi', 'isso aconteceu', 'pericia foi', 'pericia foi feita'].map((told) => `${told} ${day}`),
]);

/**
 * A seizure threatened or to come, not done: a collector's "senão penhora", "vão penhorar a casa". Only a court orders a penhora, within a lawsuit (CPC arts. 831 ss.); until then there is nothing to lift.
 * No urgency signal: these longer phrases only keep the "penhora" inside them from counting (`UrgencyExtractor`).
 */
export const THREATENED_SEIZURE: string[] = [
  'senao penhora', 'senao penhoram', 'senao vao penhorar', 'senao vai penhorar', 'vao penhorar', 'vai penhorar', 'pode penhorar', 'podem penhorar',
  'ameacou penhorar', 'ameacaram penhorar', 'ameacando penhorar', 'ameaca de penhora', 'ameacando de penhora', 'risco de penhora',
  // A collector's letter announcing the suit and the seizure still to come ("último aviso antes da ação judicial e penhora de bens"):
  // a seizure needs a suit, a judgment or an enforceable title and a court's order (CPC arts. 523 and 829-831); no penhora is under way.
  'sob pena de penhora', 'antes da penhora', 'antes de penhora', 'acao judicial e penhora', 'processo e penhora', 'execucao e penhora', 'protesto e penhora',
  'pode ter penhora', 'podem ter penhora', 'pode haver penhora', 'sujeito a penhora', 'sujeita a penhora',
  // A block or a seizure the client asks how to avoid or fears ("como evitar bloqueio na conta da empresa?"): still to come, asked
  // about before it happens (CPC arts. 829 and 854: after the term to pay, the online block is the creditor's next request).
  ...['evitar', 'evitar o', 'evitar um', 'medo de', 'medo do', 'risco de', 'risco do'].flatMap((fear) =>
    ['bloqueio', 'bloqueio na conta', 'bloqueio da conta', 'bloqueio das contas', 'bloqueio de bens', 'bloqueio judicial'].map((block) => `${fear} ${block}`)),
  ...['evitar a', 'evitar uma', 'medo de', 'medo da', 'risco de', 'risco da'].map((fear) => `${fear} penhora`),
];

/**
 * A bank's own hold on an account or a payment, for its fraud prevention or a security review: an act of the bank as a
 * supplier (CDC art. 14; Resolução BCB 96/2021), lifted by the bank or by a consumer claim, not a court's seizure (no
 * penhora, no Sisbajud). Words of the bank's reason, told beside the block.
 */
export const BANK_HOLD_REASONS: string[] = [
  'prevencao a fraude', 'prevencao de fraude', 'prevencao a fraudes', 'prevencao de fraudes', 'setor de fraude', 'setor de fraudes', 'antifraude',
  'suspeita de fraude', 'suspeita de golpe', 'analise de seguranca', 'analise de risco', 'por seguranca', 'por motivo de seguranca', 'por motivos de seguranca',
  'bloqueio preventivo', 'bloqueio cautelar', 'bloqueio de seguranca', 'bloqueio por seguranca', 'movimentacao atipica', 'movimentacao suspeita',
  'transacao suspeita', 'atividade suspeita', 'revisao cadastral', 'atualizacao cadastral',
];

/**
 * A debtor emptying its premises of the goods that answer for its debts, told as it happens ("estão tirando as máquinas",
 * "esvaziando o galpão"): the assets that guarantee the workers' or creditors' claims are leaving now, and only an arresto or
 * another urgent order (CPC arts. 300-301; CLT art. 769) keeps them; once gone, a judgment finds nothing (fraude contra
 * credores, CC art. 158; fraude à execução, CPC art. 792). The present tense: "levaram as máquinas" may be a court's seizure.
 */
export const ASSETS_BEING_REMOVED: string[] = [
  'tirando as maquina*', 'levando as maquina*', 'retirando as maquina*', 'carregando as maquina*', 'sumindo com as maquina*',
  'tirando os equipamento*', 'levando os equipamento*', 'retirando os equipamento*', 'carregando os equipamento*', 'sumindo com os equipamento*',
  'tirando o maquinario', 'levando o maquinario', 'retirando o maquinario', 'tirando o estoque', 'levando o estoque', 'retirando o estoque',
  'esvaziando a fabrica', 'esvaziando o galpao', 'esvaziando o pavilhao', 'esvaziando a empresa', 'esvaziando a loja', 'esvaziando o deposito',
];

/**
 * Words of a death or an estate: beside an account held, the deceased's account frozen by the bank until the dependants or the
 * heirs show their right (Lei 6.858/80 art. 1º: without an inventory for the dependants of the INSS), no court's seizure.
 */
export const ESTATE_WORDS: string[] = ['inventario', 'espolio', 'falecido', 'falecida', 'faleceu', 'morreu', 'falecimento', 'obito'];

/**
 * A penhora read on a property's registry record (the matrícula, its certidão de ônus): an encumbrance averbada there (CPC art.
 * 844; Lei 6.015/73 art. 167 I 5) that a buyer discovers, often from another's debt, defended by embargos de terceiro until the
 * sale (CPC art. 675), not money held from the client today. A sale already set is its own signal (`leilao`).
 */
export const REGISTRY_RECORD_WORDS: string[] = ['matricula', 'averbada', 'averbado', 'averbacao', 'onus'];

/**
 * A court order told as sitting on the account ("o banco disse que tem uma ordem judicial na conta"): what the bank tells the holder of
 * a block by the court (Sisbajud, CPC art. 854), the money held now and released only on a petition within days (§3º).
 */
export const COURT_ORDER_ON_ACCOUNT: string[] = [
  'ordem judicial na conta', 'ordem judicial nas contas', 'ordem judicial na minha conta', 'ordem judicial em cima da conta', 'ordem do juiz na conta', 'ordem da justica na conta',
];

/**
 * An essential service told as back ("religaram", "a luz voltou", "restabeleceram o fornecimento"): the cut is over, and what is left
 * is the damages claim for it (CDC arts. 14 and 22), on its own five years (art. 27), not the urgent order that restores the supply.
 */
export const SERVICE_RESTORED: string[] = [
  'religaram', 'religou', 'religaram a luz', 'religaram a energia', 'religaram a agua', 'foi religada', 'foi religado', 'ja religaram', 'ja religou',
  'luz voltou', 'energia voltou', 'agua voltou', 'voltou a luz', 'voltou a energia', 'voltou a agua', 'ja voltou',
  'restabeleceram', 'restabeleceu', 'reestabeleceram', 'reestabeleceu', 'foi restabelecido', 'foi restabelecida', 'fornecimento voltou',
];

/**
 * A block told as lifted ("já desbloquearam", "liberaram a conta", "o juiz mandou desbloquear"): the money is free again, and what is
 * left is the claim for the harm (CDC art. 14) or the defence in the suit, not the petition to release it within days (CPC art. 854 §3º).
 */
export const BLOCK_LIFTED: string[] = [
  'desbloquearam', 'desbloqueou', 'ja desbloquearam', 'ja desbloqueou', 'foi desbloqueada', 'foi desbloqueado', 'mandou desbloquear', 'mandaram desbloquear',
  'liberaram a conta', 'liberou a conta', 'liberaram minha conta', 'liberou minha conta', 'conta foi liberada', 'conta ja foi liberada', 'conta ja esta liberada',
  'liberaram o dinheiro', 'liberou o dinheiro', 'liberaram o salario', 'liberou o salario', 'desbloqueio da conta', 'levantaram o bloqueio', 'retiraram o bloqueio',
  'liberou o bloqueio', 'liberaram o bloqueio', 'revogou o bloqueio', 'suspendeu o bloqueio', 'cancelou o bloqueio', 'dinheiro ja voltou', 'dinheiro voltou pra minha conta',
];

/**
 * A hearing, an examination or a trial told as moved or called off ("a audiência foi adiada pra março", "remarcaram a perícia",
 * "cancelaram a audiência"): the day told before no longer runs (CPC art. 362, the hearing's postponement); a new day told in the
 * same message is read as a deadline of its own.
 */
export const HEARING_MOVED: string[] = [
  'adiaram', 'adiou', 'foi adiada', 'foi adiado', 'ficou adiada', 'ficou adiado', 'remarcaram', 'remarcou', 'foi remarcada', 'foi remarcado',
  'redesignaram', 'redesignou', 'foi redesignada', 'foi redesignado', 'anteciparam', 'antecipou', 'foi antecipada', 'foi antecipado',
  'desmarcaram', 'desmarcou', 'foi desmarcada', 'foi desmarcado', 'suspenderam a audiencia', 'suspendeu a audiencia',
  ...['audiencia', 'pericia', 'julgamento', 'sessao', 'depoimento', 'leilao'].flatMap((day) => [`cancelaram a ${day}`, `cancelaram o ${day}`, `cancelou a ${day}`, `cancelou o ${day}`]),
  ...['audiencia', 'pericia', 'sessao'].flatMap((day) => [`${day} foi cancelada`, `${day} cancelada`, `${day} ficou pra outra data`, `${day} nao vai mais ser`]),
  // The day told as no longer happening ("fizemos acordo e a audiência nem vai ter mais", "não vai ter mais audiência"): a settlement
  // approved ends the suit (CPC art. 487 III b) and with it the hearing.
  ...['audiencia', 'pericia', 'sessao', 'julgamento', 'leilao'].flatMap((day) => [
    ...['nao vai ter mais', 'nem vai ter mais', 'nao vai mais ter', 'nao vai mais acontecer', 'nem vai mais acontecer'].map((none) => `${day} ${none}`),
    ...['nao vai ter mais', 'nem vai ter mais', 'nao tem mais', 'nao vai ter', 'nem vai ter'].map((none) => `${none} ${day}`),
  ]),
  ...['julgamento', 'depoimento', 'leilao'].flatMap((day) => [`${day} foi cancelado`, `${day} cancelado`]),
];

/**
 * A home or a shop told as already left ("já saí de lá faz três semanas", "entreguei as chaves", "já me mudei"): a term to leave it
 * no longer runs (Lei 8.245/91 arts. 46 §2º and 59 §1º); what is left is the claim (the deposit, the pay, the damages).
 */
export const LEFT_HOME: string[] = [
  'ja sai', 'ja saimos', 'sai de la', 'saimos de la', 'ja sai de la', ...['casa', 'imovel', 'apartamento', 'apto', 'sitio', 'loja', 'sala'].flatMap((home) => [
    `sai da ${home}`, `sai do ${home}`, `saimos da ${home}`, `saimos do ${home}`]),
  'ja desocupei', 'desocupei', 'desocupamos', 'ja desocupamos', 'entreguei as chaves', 'entregamos as chaves', 'entreguei a chave', 'entreguei o imovel',
  'entreguei a casa', 'entreguei o apartamento', 'ja me mudei', 'ja mudei', 'ja nos mudamos', 'ja mudamos', 'me mudei de la',
];

/**
 * A sum told as already paid ("já paguei", "já quitei", "já está pago"): a term to pay it, under threat of a cut, a record or a
 * suit, no longer runs; what is left is the claim to the sum paid unduly (CDC art. 42, sole paragraph).
 */
export const PAID_ALREADY: string[] = [
  'ja paguei', 'ja pagamos', 'ja quitei', 'ja quitamos', 'paguei tudo', 'quitei tudo', 'quitei a divida', 'ja foi pago', 'ja foi paga', 'ja esta pago',
  'ja esta paga', 'ja ta pago', 'ja ta paga', 'ja foi quitado', 'ja foi quitada',
];

/**
 * The defence or the appeal told as filed ("o advogado já entregou a contestação ontem", "já recorri", "protocolou o recurso"): the term
 * to contest (CPC art. 335), to appeal (CPC art. 1.003 §5º; CLT art. 895) or to oppose (CPC art. 915) was met and runs no more; the
 * suit goes on with nothing due from the client.
 */
export const DEFENCE_FILED: string[] = [
  ...['entreguei', 'entregou', 'entregamos', 'entregaram', 'protocolei', 'protocolou', 'protocolamos', 'protocolaram', 'apresentei', 'apresentou', 'apresentamos',
    'apresentaram', 'ja fiz', 'ja fez', 'ja fizemos', 'ja fizeram', 'ja mandei', 'ja mandou', 'ja mandaram'].flatMap((filed) =>
    ['a contestacao', 'a defesa', 'o recurso', 'os embargos', 'a impugnacao'].map((piece) => `${filed} ${piece}`)),
  'ja recorri', 'ja recorreu', 'ja recorremos', 'ja recorreram', 'ja contestei', 'ja contestou', 'ja contestamos', 'ja contestaram',
  'entrou com o recurso', 'entrei com o recurso', 'entraram com o recurso', 'ja entrou com recurso', 'ja entrei com recurso',
];

/** Words of a court's paper or officer: a term to pay told beside one is a term to defend too (`DEADLINE_PURPOSES`). */
const COURT_WORDS: string[] = [
  'oficial', 'justica', 'forum', 'processo', 'acao', 'juiz', 'juiza', 'citacao', 'citado', 'citada', 'citaram', 'intimacao', 'intimado', 'intimada',
  'embargos', 'defesa', 'monitoria', 'execucao', 'penhora', 'mandado', 'vara',
];

/**
 * What a deadline counted in days is for, read from its message's words, and the phrases by which a later message says it no
 * longer runs (`doneBy`): a deadline is kept with its purposes (`DeadlineTerm.kinds`), so that a later message can end it.
 */
export const DEADLINE_PURPOSES: { kind: string; words: string[]; unlessWords?: string[]; doneBy: string[]; doneHere?: true }[] = [
  { kind: 'hearing', words: ['audiencia', 'pericia', 'julgamento', 'depoimento', 'depor', 'leilao', 'sessao'], doneBy: HEARING_MOVED },
  { kind: 'leave', words: ['sair', 'desocupar', 'despejo', 'despejar', 'mudar', 'chaves', 'chave'], doneBy: LEFT_HOME },
  // A court's term to pay is one to defend too ("15 dias pra pagar ou apresentar embargos": CPC arts. 523, 701 and 829): a debtor who
  // says the debt was paid has the defence to make, so it does not end with "já paguei".
  { kind: 'pay', words: ['pagar', 'pagamento', 'quitar', 'boleto', 'fatura', 'conta', 'parcela'], unlessWords: COURT_WORDS, doneBy: PAID_ALREADY },
  // The defence or the appeal filed (`DEFENCE_FILED`) ends its term told in the same message too (`doneHere`: "o prazo acabava
  // amanhã, mas o advogado já entregou a contestação"), where a day moved is a day of its own.
  {
    kind: 'defend', words: ['contestar', 'contestacao', 'defesa', 'recorrer', 'recurso', 'embargos', 'impugnar', 'impugnacao', 'citado', 'citada', 'citacao'],
    doneBy: DEFENCE_FILED, doneHere: true,
  },
];

/**
 * A device or a login told as locked ("o iPhone veio bloqueado no iCloud", "a conta gov.br está bloqueada"): a product's defect
 * (CDC art. 18) or an access to restore at the agency, no money held by a court or a bank. Beside one, "bloqueado" and "conta" are
 * not a seizure.
 */
export const DEVICE_OR_LOGIN_WORDS: string[] = ['icloud', 'iphone', 'imei', 'apple', 'gov', 'govbr'];

/** Words of a block, one of which a bank's reason must stand beside (`BANK_HOLD_REASONS`). */
export const BLOCK_WORDS: string[] = ['bloqueou', 'bloquearam', 'bloqueada', 'bloqueado', 'bloqueio', 'travou', 'travaram', 'travada', 'travado', 'congelou', 'congelaram', 'congelada', 'retido', 'retida', 'reteve'];

/** Words of a doctor or of the care asked, one of which a health signal told in everyday words must stand beside (`saude-urgente`, `risco-de-morte`). */
const CARE_WORDS: string[] = ['medico', 'medica', 'cardiologista', 'oncologista', 'neurologista', 'ortopedista', 'cirurgiao', 'cirurgia', 'marcapasso', 'internacao',
  'procedimento', 'transplante', 'quimioterapia', 'tratamento', 'remedio', 'medicamento', 'stent', 'protese'];
/**
 * Areas where no one owes the care now: in a claim for damages, a job or a benefit the treatment is the harm or the illness, not the
 * lawyer's errand; only a plan (consumidor) or the State (administrativo) is ordered to provide it within the day.
 */
const CARE_NOT_OWED: Partial<Record<LegalAreaCode, number>> = { civil: 720, trabalhista: 720, previdenciario: 720, familia: 720, criminal: 720, empresarial: 720, imobiliario: 720, tributario: 720 };

/**
 * The warning of a civil arrest served on a support's payer (CPC art. 528 §§1º-3º: pay, prove the payment or justify within three days,
 * or the arrest is decreed; Súmula 309 STJ), as the payer reads it: the summons' terms, or the arrest decreed. Counted only beside the
 * client's notes as the payer (`prisao-civil-iminente`); `aviso-de-prisao-civil` in the complexity lexicon.
 */
export const SUPPORT_ARREST_WARNING: string[] = [
  'senao posso ser preso', 'senao posso ser presa', 'senao vou ser preso', 'senao vou ser presa', 'senao vou preso', 'senao vou presa', 'senao eu vou ser preso', 'senao eu vou preso',
  'senao decreta a prisao', 'senao decretam a prisao', 'senao decreta minha prisao', 'sob pena de prisao', 'rito da prisao', 'decretou minha prisao', 'decretaram minha prisao', 'decretar minha prisao',
  // The three days of the summons, and the arrest decreed told with the possessive. The summons' terms are read in the negative as the
  // payer repeats them ("se eu não pagar em 3 dias eu vou preso"): the longer phrase keeps its "não" from reading as the warning denied.
  ...['3', 'tres'].flatMap((three) => [
    `pagar em ${three} dias`, `pagasse em ${three} dias`, `${three} dias pra pagar`, `${three} dias para pagar`, `nao pagar em ${three} dias`, `nao pagasse em ${three} dias`,
    `atrasada em ${three} dias`, `atrasadas em ${three} dias`, `atrasado em ${three} dias`, `atrasados em ${three} dias`,
  ]),
  'decretou a minha prisao', 'decretaram a minha prisao', 'minha prisao decretada', 'minha prisao foi decretada',
];

/**
 * A revenge or a "pegar" that puts no one's safety at stake (`retaliacao`, `retaliacao-velada`): a boss's "vai me pegar no pulo", the tax
 * authority's "o leão vai me pegar", a fine, or a revenge by a lawsuit ("quer se vingar me processando", "pedindo a guarda").
 */
const NOT_REVENGE_ON_A_VICTIM = ['pulo', 'leao', 'receita', 'fiscalizacao', 'multa', 'processando', 'processar', 'guarda'];

/**
 * An adolescent held before the hearing told without "apreendido": the internação provisória by its name (ECA art. 108) or the
 * socioeducative unit where it is served (art. 123; the Fundação Casa in São Paulo), as told by the family (`apreensao-adolescente`).
 */
const ADOLESCENT_HELD = [
  'internacao provisoria', 'internado provisoriamente', 'internada provisoriamente', 'decretou a internacao', 'decretaram a internacao',
  'unidade de internacao', 'centro de internacao', 'unidade socioeducativa', 'centro socioeducativo', 'fundacao casa',
];

/**
 * A prisoner harmed or threatened inside, or left without care (`preso-em-perigo`): beaten by agents or inmates, sworn to death by
 * other prisoners, the medicine or the hospital denied. The State keeps the prisoner's integrity and health (CF art. 5º XLIX; LEP
 * arts. 14, 40 and 41): the transfer, the care or a habeas corpus asked of the execution judge within the day (LEP art. 66 VI-VII).
 */
const PRISONER_HARMED = [
  ...['apanhou dos', 'apanhou dos outros', 'ta apanhando dos', 'esta apanhando dos'].flatMap((beaten) => ['agentes', 'presos', 'detentos', 'guardas', 'policiais penais'].map((who) => `${beaten} ${who}`)),
  'ta apanhando', 'esta apanhando', 'bateram nele', 'bateram nela', 'espancaram ele', 'espancaram ela',
  'prometeram matar', 'vao matar ele', 'vao matar ela', 'matam ele', 'matam ela', 'jurado de morte', 'jurada de morte',
  ...['cortaram', 'parou de dar', 'pararam de dar', 'nao dao'].flatMap((cut) => ['o remedio', 'os remedios', 'a insulina', 'a medicacao'].map((drug) => `${cut} ${drug}`)),
  'sem o remedio', 'sem a insulina', 'sem pre natal', 'sem atendimento medico', 'ninguem levou ele pro hospital', 'ninguem levou ela pro hospital',
  'nao levam ele pro hospital', 'nao levam ela pro hospital', 'nao levam ele pra enfermaria', 'nao levam ela pra enfermaria',
];
/** The words that place the harm inside a prison (`preso-em-perigo`). */
const PRISON_WORDS = ['preso', 'presa', 'presos', 'agentes', 'guardas', 'presidio', 'cadeia', 'penitenciaria', 'cela', 'detento', 'detentos', 'cdp', 'carcere', 'isolamento'];
/**
 * One serving the open or semi-open regime arrested again (`regressao-cautelar`): the sentence is no custody over (`SENTENCE_BEING_SERVED`),
 * the regression is cautionary and the convict must be heard before it holds (LEP art. 118 I and §2º; habeas corpus, CPP art. 647).
 */
const ARRESTED_AGAIN = ['foi preso', 'foi presa', 'foi detido', 'foi detida', 'foi recolhido', 'foi recolhida', 'prenderam', 'prendeu ele', 'prendeu ela', 'o prendeu', 'a prendeu',
  'mandado de prisao', 'mandou prender', 'mandaram prender',
  'pegaram ele', 'pegaram ela', 'pegou ele', 'pegou ela', 'levada presa', 'levado preso', ...POLICE_CUSTODY, ...TAKEN_UNDER_ARREST, ...ARREST_REPEATED,
  // Taken in told without "preso", beside the regime's words ("descumpriu o recolhimento noturno e levaram ele"): the convict held for
  // a fault of the regime's conditions (LEP arts. 50 V, 115 and 146-C), the regression cautionary until heard (art. 118 §2º).
  'levaram ele', 'levaram ela', 'levou ele', 'levou ela', 'recolheram ele', 'recolheram ela', 'me levaram', 'me levou', 'me recolheram',
  // Taken back told by "novamente" between the verb and the arrest ("foi novamente recolhido ao cárcere").
  ...['preso', 'presa', 'detido', 'detida', 'recolhido', 'recolhida'].map((held) => `foi novamente ${held}`)];
/**
 * The words of a sentence served outside prison (`regressao-cautelar`): the open and semi-open regimes, the ankle monitor (LEP art. 146-B),
 * the temporary leave (arts. 122-125, "saidinha", "saída temporária") and the open regime's night curfew (art. 115; "recolhimento noturno").
 * Home detention ("prisão domiciliar", "a domiciliar") and the electronic monitoring are served outside too: the one taken back answers
 * the fault before it holds (LEP arts. 146-C and 118 §2º; Súmula 533 STJ). Parole only as the state the convict is in ("tá de
 * condicional", "estava em livramento condicional"): its arrest suspends the parole until the convict is heard (CP arts. 86-89; LEP
 * art. 145). Not parole's word alone: "foi preso e quer pedir o livramento" tells the arrest that began the sentence and a benefit asked.
 */
const SERVED_OUTSIDE_WORDS = ['aberto', 'semiaberto', 'tornozeleira', 'saidinha', 'temporaria', 'recolhimento', 'domiciliar', 'monitoramento', 'monitorado', 'monitorada',
  ...['esta', 'estava', 'tava', 'estou', 'to', 'encontra se', 'saiu'].flatMap((is) =>
    ['de condicional', 'na condicional', 'em condicional', 'de livramento', 'em livramento', 'em liberdade condicional'].map((parole) => `${is} ${parole}`)),
];
/**
 * A regression to a harsher regime decreed now (`regressao-decretada`): the judge "regrediu" the convict, "mandou de volta pro fechado",
 * decreed the cautionary regression, or suspended or revoked the parole (LEP arts. 118 I and §2º, 145). The convict must be heard before
 * the regression holds (art. 118 §2º; Súmula 533 STJ: the fault's procedure with a defence), and its want is fought at once by a habeas
 * corpus or an agravo (CF art. 5º LXVIII; CPP art. 647; LEP art. 197). Told as done, never as feared ("tenho medo de regredir", "pode
 * voltar pro fechado").
 */
const REGRESSION_DECREED = [
  'regrediu', 'regrediram', 'foi regredido', 'foi regredida', 'foram regredidos', 'ja regrediu',
  ...['decretou', 'decretaram', 'determinou', 'determinaram'].map((decreed) => `${decreed} a regressao`),
  'regressao cautelar', 'regressao decretada', 'regressao foi decretada',
  ...['de volta pro', 'de volta pra', 'de volta para o', 'de volta ao', 'voltou pro', 'voltou para o', 'voltou ao'].flatMap((back) => [`${back} fechado`, `${back} regime fechado`]),
  ...['revogou', 'revogaram', 'suspendeu', 'suspenderam', 'cassou', 'cassaram'].map((undone) => `${undone} o livramento`),
  'livramento revogado', 'livramento suspenso', 'livramento condicional revogado', 'livramento condicional suspenso',
];

/**
 * Urgency signals, sharpest first. A negated phrase ("nunca foi preso") does not count.
 * The interview's urgency is the smallest `hours` among the signals found.
 */
export const URGENCY_SIGNALS: UrgencySignal[] = [
  {
    id: 'prisao', label: 'prisão', hours: 24, overOnceRedressed: true,
    phrases: ['foi preso', 'foi presa', 'foi detido', 'foi detida', 'esta preso', 'esta presa', 'ficou preso', 'ficou presa', 'preso desde', 'presa desde', 'continua preso', 'continua presa', 'prenderam', 'detido', 'detida', 'mantido preso', 'prisao em flagrante', 'flagrante', 'mandado de prisao', 'ordem de prisao', 'prisao preventiva', 'prisao temporaria', 'audiencia de custodia', 'decretaram a prisao', 'decretou a prisao', 'prisao decretada', 'mandou prender', 'mandaram prender', 'levad* pela policia', ...POLICE_CUSTODY, ...TAKEN_UNDER_ARREST, ...CLIENT_APPREHENDED, ...ARREST_REPEATED],
    // Auxílio-reclusão presumes the arrest: the case is the benefit, on its own terms. So does a relative's arrest in a benefit case told
    // without the benefit's name ("meu marido tá preso e os filhos têm direito a um auxílio"): the INSS's benefit (Lei 8.213 art. 80)
    // is asked and appealed in weeks, and the liberty at stake is not the client's. Nor is it in the State's liability for a prisoner
    // killed or hurt in its custody, or for an arrest already undone (CF art. 37 §6): the claim has five years (Decreto 20.910/32 art. 1º).
    // Nor is one stuck in a lift ("o elevador parou e minha mãe ficou presa lá dentro"): the building's or the maker's liability for
    // the lift (CC arts. 927 and 1.348 V; CDC art. 14), no custody (`TRAPPED`).
    unlessAny: ['reclusao', 'elevador'],
    hoursIn: { previdenciario: 720, administrativo: 720 },
    // So is one released on bail or provisional release (`RELEASED_PENDING_TRIAL`), and a sentence being served (`SENTENCE_BEING_SERVED`):
    // its incidents are the LEP's, not the custody hearing's.
    endedBy: [...CUSTODY_ENDED, ...RELEASED_PENDING_TRIAL, ...SENTENCE_BEING_SERVED],
    // An arrest of a past year ("foi levado pela polícia em março de 2023 por engano") is the record or the State's liability, not
    // custody now; "preso desde 2023" still is one.
    pastByYear: true,
    // Nor is a prisoner's told beside a benefit of the sentence asked ("tá preso em Bangu", "quero pedir o livramento condicional").
    overOnceSentenceServed: true,
  },
  {
    // A prisoner beaten, threatened or left without care inside (`PRISONER_HARMED`): the State's custody at stake now, whatever benefit is asked.
    id: 'preso-em-perigo', label: 'preso em perigo dentro da unidade', hours: 24, pastByYear: true, phrases: PRISONER_HARMED, requiresAny: PRISON_WORDS,
    // Not the auxílio-reclusão nor the State's liability for a harm past (CF art. 37 §6º): the benefit's or the claim's own terms.
    unlessAny: ['reclusao'], hoursIn: { previdenciario: 720, administrativo: 720 },
  },
  {
    // Arrested again while serving outside prison (`ARRESTED_AGAIN`); not the arrest years back that began the sentence ("foi preso há 3 anos").
    id: 'regressao-cautelar', label: 'prisão de quem cumpre pena no aberto ou semiaberto', hours: 24, pastByYear: true, phrases: ARRESTED_AGAIN,
    requiresAny: SERVED_OUTSIDE_WORDS, unlessAny: ['reclusao', 'anos'], hoursIn: { previdenciario: 720, administrativo: 720 },
    endedBy: CUSTODY_ENDED.filter((phrase) => !SENTENCE_SERVED_OUTSIDE.includes(phrase)),
  },
  {
    // A regression decreed or the parole undone just now (`REGRESSION_DECREED`), not one of a past year ("regrediu em 2022"): the
    // custody to contest at once (LEP arts. 118 §2º and 145; CPP art. 647). Not the auxílio-reclusão nor the State's liability.
    id: 'regressao-decretada', label: 'regressão de regime ou livramento suspenso agora', hours: 24, pastByYear: true, phrases: REGRESSION_DECREED,
    unlessAny: ['reclusao'], hoursIn: { previdenciario: 720, administrativo: 720 },
  },
  {
    // An arrest warrant open against the client (`WARRANT_OPEN`): a release after a check that missed it ends nothing, as it ends a custody.
    id: 'mandado-em-aberto', label: 'mandado de prisão em aberto', hours: 24, phrases: WARRANT_OPEN,
    unlessAny: ['reclusao'],
    hoursIn: { previdenciario: 720, administrativo: 720 },
    endedBy: WARRANT_UNDONE,
  },
  {
    // The support's payer warned of a civil arrest or sought to serve it (`SUPPORT_ARREST_WARNING`, `mentionsPayerSoughtForSupport`):
    // the three days of the summons run, or the arrest may be served any day (CPC art. 528 §§3º and 7º; Súmula 309 STJ), and only the
    // payment or a justification filed now stops it. Not the creditor's enforcement: counted only with the client as the payer.
    id: 'prisao-civil-iminente', label: 'prisão civil iminente do devedor de pensão', hours: 24, phrases: SUPPORT_ARREST_WARNING,
    onlyWith: ['support-debtor', 'support-reduction', 'support-payer'],
  },
  {
    // An adolescent apprehended for an infraction is brought before the prosecutor at once and a judge decides on detention within days (ECA arts. 172-175, 108).
    id: 'apreensao-adolescente', label: 'adolescente apreendido', hours: 24,
    phrases: ['foi apreendido', 'foi apreendida', 'esta apreendido', 'esta apreendida', 'ta apreendido', 'ta apreendida', 'apreenderam meu filho', 'apreenderam minha filha'],
    requiresAny: ['filho', 'filha', 'adolescente', 'menor', 'sobrinho', 'sobrinha', 'neto', 'neta'],
  },
  {
    // The apprehension told with the police as subject ("a polícia apreendeu meu filho"), and the detention that follows told by its
    // name or by the unit where it is served (`ADOLESCENT_HELD`): the internação provisória lasts at most 45 days (ECA arts. 108 and
    // 183), the presentation hearing comes within days (arts. 184-186), and its want of grounds (art. 108 sole paragraph, 122) is
    // raised by habeas corpus or at that hearing now. Told by the family: counted beside a relative named in the message, not beside
    // "um adolescente" who robbed the client.
    id: 'internacao-adolescente', label: 'adolescente apreendido', hours: 24, pastByYear: true,
    phrases: ['apreendeu meu filho', 'apreendeu minha filha', 'apreendeu o meu filho', 'apreendeu a minha filha', ...ADOLESCENT_HELD],
    requiresAny: ['filho', 'filha', 'sobrinho', 'sobrinha', 'neto', 'neta', 'enteado', 'enteada', 'irmao', 'irma', 'menino', 'menina'],
    // Not the unit's staff (an agent's dismissal or disciplinary case) nor a hospital's inpatient ward ("a unidade de internação do
    // hospital"), not a measure being served after the sentence (ECA art. 121 §2º: its review every six months, no hearing to come),
    // and not the victim's damages from the adolescent's parents (CC arts. 932 I and 206 §3º V), the detention none of the client's.
    unlessAny: ['agente', 'agentes', 'servidor', 'servidora', 'concursado', 'concursada', 'demitido', 'demitida', 'plantao', 'terceirizada', 'hospital', 'uti', 'cumpre', 'cumprindo', 'sentenciado', 'sentenciada', 'indenizacao', 'indenizar'],
  },
  {
    // Violence of a past year, with nothing told of now ("sofri violência doméstica em 2019, ele foi condenado"), is the ground of
    // another claim (a divorce, damages: CC art. 206 §3º V), no protection to ask today (Lei 11.340/06 art. 18).
    id: 'violencia', label: 'violência ou ameaça à integridade', hours: 24, pastByYear: true, overOnceRedressed: true,
    phrases: ['violencia domestica', 'medida protetiva', 'me bate', 'me bateu', 'me agrediu', 'me empurrou', 'me espancou', ...RELATIVE_BEATEN, ...FAMILY_THREATENED, ...STRANGLING, ...DEATH_THREAT, 'risco de vida', 'corro risco',
      // A threat backed by a weapon shown or pointed.
      ...WEAPON_SHOWN, 'arma na cintura',
      // The protective order asked in plain words (`KEEP_AWAY`): decided within 48 hours of the request (Lei 11.340 art. 18).
      ...KEEP_AWAY,
      // A threat by a partner or former partner (`PARTNER_THREATENING`): violence in an intimate relation (Lei 11.340/06 art. 7º II).
      ...PARTNER_THREATENING,
      // The beating promised again (`BEATING_PROMISED_AGAIN`): the violence done told to come back (CP arts. 129 and 147).
      ...BEATING_PROMISED_AGAIN],
  },
  {
    // A crime of violence suffered by the client told as now or hours ago (`VIOLENT_CRIME_SUFFERED` dated by `VIOLENT_CRIME_TIME` in its
    // message: "acabei de ser assaltado", "fui esfaqueado ontem", "levei um tiro hoje"): the flagrante (CPP arts. 301-303), the
    // body-of-delict exam while the marks last (CPP arts. 6º VII and 158) and the report within hours (CP arts. 129, 157 and 213).
    // Told of a past year, or told over with only its redress asked (the author convicted, months back: `harmRedressed`), it is no more.
    id: 'violencia-recente', label: 'violência ou ameaça à integridade', hours: 24, pastByYear: true, overOnceRedressed: true,
    // Once the report is told made ("fiz o BO", "registrei a ocorrência": `police-report-filed`), the police's inquiry runs and the
    // exam is theirs to request (CPP arts. 5º and 6º VII): the client's act within hours is done, the inquiry's course to follow.
    phrases: VIOLENT_CRIME_SUFFERED, requiresAny: VIOLENT_CRIME_TIME, notWith: ['police-report-filed'],
  },
  {
    // Revenge threatened against a crime's victim or witness (`RETALIATION_THREAT`): the threat (CP art. 147) or the coação no curso do
    // processo (CP art. 344) is a danger now, whatever the first crime's redress: the author kept away (CPP arts. 282 and 319 III),
    // arrested (CPP art. 312) or the witness protected (Lei 9.807/99) within the day. A threat of a past year is history.
    // Not a boss's, the tax authority's or a lawsuit's "revenge" (`NOT_REVENGE_ON_A_VICTIM`).
    id: 'retaliacao', label: 'ameaça de vingança contra vítima ou testemunha', hours: 24, pastByYear: true, phrases: RETALIATION_THREAT,
    unlessAny: NOT_REVENGE_ON_A_VICTIM,
  },
  {
    // The same told in words a contractor's story shares (`RETALIATION_VEILED`): counted only beside a crime against the client
    // told in the interview (the author released or convicted, or arrested, the violence told), not beside a threat alone.
    id: 'retaliacao-velada', label: 'ameaça de vingança contra vítima ou testemunha', hours: 24, pastByYear: true,
    // So the revenge in a warning's words (`REVENGE_WARNED`: "vai se arrepender", "isso não vai ficar assim", "você me paga"), beside the
    // same facts only: not a seller's, a boss's or a neighbour's quarrel with no crime told (CP arts. 147 and 344).
    phrases: [...RETALIATION_VEILED, ...REVENGE_WARNED],
    // So beside a testimony to give or a report whose author learned who made it (`witness`, `informant-exposed`): the witness or the
    // informant threatened is protected within the day (CP art. 344; CPP art. 201 §6º; Lei 9.807/99 arts. 1º and 7º). And so when the
    // client tells the fear of going out (`afraid-to-go-out`): the threat current, the author near (CPP arts. 282 and 319 III).
    // And so beside an attempt on the client's life or a crime against life told (`atentado-contra-a-vida`, `crime-grave`): its author's
    // revenge is a danger to the life itself, whatever his custody told (CP arts. 121, 147 and 344; CPP arts. 282 and 312).
    // And so when the client threatened is a child or an adolescent (`cliente-menor`): whom the family, the Conselho Tutelar and the
    // police protect at once from any threat (ECA arts. 5º, 18 and 130; CP art. 147).
    onlyWith: ['custody-ended', 'offender-convicted', 'violencia', 'prisao', 'witness', 'informant-exposed', 'afraid-to-go-out', 'atentado-contra-a-vida', 'crime-grave', 'cliente-menor'],
    unlessAny: NOT_REVENGE_ON_A_VICTIM,
  },
  {
    // Protection asked against a threat told in the interview (`PROTECTION_SOUGHT`: "quero proteção", "preciso de proteção", beside the
    // `threat` or `harm-threatened` note): the client tells the threat current, not a past one to report (CP art. 147, the representação
    // within six months: CPP art. 38). The author kept away (CPP arts. 282 and 319 III; between partners, Lei 11.340/06 arts. 22-23 and
    // 18, decided within 48 hours) or the witness protected (Lei 9.807/99 arts. 1º and 7º) is asked within the day.
    id: 'protecao-contra-ameaca', label: 'violência ou ameaça à integridade', hours: 24, pastByYear: true, phrases: PROTECTION_SOUGHT,
    onlyWith: ['threat', 'harm-threatened'],
  },
  {
    // A loan shark (`USURIOUS_LENDER`) who threatens, or demands the payment on a condition ("se eu não pagar até sexta"): the extortion by
    // grave threat (CP art. 158) beside the usury itself (Lei 1.521/51 art. 4º), the debtor's household at risk now, the police and the
    // cautionary measures asked within the day (CPP arts. 282 and 319 III). The lender's usurious interest told alone is a claim to review.
    id: 'agiota-ameacando', label: 'violência ou ameaça à integridade', hours: 24, pastByYear: true, phrases: USURIOUS_LENDER,
    requiresAny: ['se eu nao pagar', 'se nao pagar', 'se a gente nao pagar', 'ameaca', 'ameacou', 'ameacando', 'ameacaram', 'ameacam', 'matar'],
  },
  {
    // Stalking told going on (`STALKING_TOLD`: "fica me seguindo", "aparece na porta do meu trabalho", fake profiles to reach the
    // victim): the perseguição (CP art. 147-A) repeats until the author is kept away, by a cautionary measure (CPP arts. 282 and 319
    // III) or, between partners, a protective order (Lei 11.340/06 art. 22 III), asked within the day. One of a past year is history.
    id: 'perseguicao', label: 'perseguição (stalking)', hours: 24, pastByYear: true, overOnceRedressed: true, phrases: STALKING_TOLD,
  },
  {
    // Intimate images spread or used to extort: a crime (CP arts. 218-C and 158), and the provider must take them down on the victim's notice (Marco Civil art. 21).
    // So is a camera hidden where the victim undresses (`HIDDEN_CAMERA`): the registro não autorizado da intimidade sexual (CP art. 216-B,
    // Lei 13.772/18), whose device and recordings are seized before they are erased or spread. A leak of a past year ("em 2019 ele
    // vazou fotos íntimas minhas") is the damages claim now (CC art. 927), no takedown to ask.
    id: 'exposicao-intima', label: 'exposição de imagens íntimas', hours: 24, pastByYear: true, overOnceRedressed: true,
    phrases: [...INTIMATE_IMAGES, ...HIDDEN_CAMERA],
  },
  {
    // A child's sexual abuse told by a parent or a relative (`CHILD_ABUSE_TOLD`), counted beside a child or another vulnerable person
    // told in the interview: the child is protected within the day, the aggressor who lives with or reaches the child removed (ECA
    // arts. 13 and 130; Lei 14.344/22 arts. 20-21), the protected hearing (Lei 13.431/17) and the evidence kept (CP art. 217-A;
    // ECA arts. 240-241-E). One of a past year is an adult's claim now, no child to protect today.
    id: 'abuso-sexual-de-crianca', label: 'abuso sexual de criança ou adolescente', hours: 24, pastByYear: true, overOnceRedressed: true, phrases: CHILD_ABUSE_TOLD,
    // The child told by the abuse's own words counts too (`child-sexual-abuse`: "abusou do meu filho", a child named and not of full age).
    onlyWith: ['vulneravel', 'vulneravel-de-familiar', 'child-sexual-abuse'],
  },
  // "A polícia levou meu filho" is an arrest, not a child taken by a parent.
  // Nor a child seized by a dog or struck by a car (`CHILD_INJURED_BY`): a past injury, no child kept.
  { id: 'crianca-retida', label: 'criança levada ou retida', hours: 24, phrases: CHILD_TAKEN, yieldsTo: ['prisao'], unlessAny: CHILD_INJURED_BY },
  {
    // A child not brought back after a visit, told without naming the child in the same clause.
    id: 'crianca-nao-devolvida', label: 'criança levada ou retida', hours: 24,
    // The parent who keeps the child past the visit, told with a pronoun ("levou ela e não devolveu"): a child kept from the guardian (ECA art. 249; CP art. 249).
    phrases: ['era pra ter devolvido', 'era para ter devolvido', 'era pra devolver', 'era para devolver', 'ate agora nao devolveu', 'ainda nao devolveu',
      'e nao devolveu', 'nao devolveu ela', 'nao devolveu ele', 'nao quer devolver', 'nao vai devolver', 'nao trouxe de volta', 'nao trouxe ela de volta', 'nao trouxe ele de volta',
      'era pra ele ter devolvido', 'era pra ela ter devolvido', 'era para ele ter devolvido', 'era para ela ter devolvido', 'era pra ele ter trazido', 'era para ele ter trazido',
      // The parent gone off with the child ("foi buscar meu filho na escola e sumiu com ele"): out of the guardian's reach now (CP art. 249).
      ...['sumiu com', 'fugiu com', 'desapareceu com'].flatMap((gone) => ['ele', 'ela', 'eles', 'elas'].map((child) => `${gone} ${child}`))],
    requiresAny: ['filha', 'filho', 'filhos', 'filhas', 'crianca', 'criancas', 'menina', 'menino', 'bebe', 'neto', 'neta', 'guri', 'guria'],
    // What was not returned is money ("o banco pegou a poupança do meu filho e não devolveu").
    unlessAny: ['dinheiro', 'valor', 'reais', 'pix', 'poupanca', 'deposito', 'produto', 'compra', 'estorno', 'reembolso'],
  },
  {
    // The client asking the child back ("quero meu filho de volta", "quero buscar minha filha"), beside the child taken by the other
    // parent or a relative (`crianca-levada`), the one who took the child gone out of reach (`parte-sumida`: vanished, the phone off,
    // the number blocked) or the client's consent withheld (`consentimento-negado`): the child is kept from the guardian now, the
    // subtração de incapaz (CP arts. 248-249), whose return is asked by a busca e apreensão within the day (CPC arts. 300-301 and 536
    // §1º; abroad, the Hague Convention of 1980, Decreto 3.413/2000, ECA arts. 83-85). Not the child back with the client ("ela voltou
    // pra mim"), nor a custody or visits arranged for a child who lives with the client: nothing is asked back.
    id: 'crianca-pedida-de-volta', label: 'criança levada ou retida', hours: 24,
    phrases: ['quero', 'queria', 'preciso', 'so quero'].flatMap((want) => [...CHILD_OBJECTS.map((child) => `${want} ${child} de volta`),
      ...['buscar', 'pegar', 'trazer'].flatMap((fetch) => CHILD_OBJECTS.map((child) => `${want} ${fetch} ${child}`))]),
    onlyWith: ['crianca-levada', 'parte-sumida', 'consentimento-negado'],
  },
  {
    // A parent about to take the child abroad without the other's consent: once out, the return runs through the Hague Convention (Decreto 3.413/2000; ECA art. 84).
    id: 'crianca-exterior', label: 'criança levada ao exterior', hours: 24,
    phrases: ['vai levar meu filho', 'vai levar minha filha', 'vai levar as criancas', 'vai levar os meninos', 'quer levar meu filho', 'quer levar minha filha', 'quer levar as criancas',
      'vai viajar com meu filho', 'vai viajar com minha filha', 'vai viajar com as criancas', 'vai embora com meu filho', 'vai embora com minha filha', 'vai se mudar com meu filho', 'vai se mudar com minha filha',
      // The child named by the parents' words ("a menina", "nosso filho"), as told by either parent.
      'vai levar a menina', 'vai levar o menino', 'vai levar a crianca', 'vai levar nosso filho', 'vai levar nossa filha', 'vai levar nossos filhos',
      'quer levar a menina', 'quer levar o menino', 'quer levar a crianca', 'quer levar nosso filho', 'quer levar nossa filha', 'quer levar nossos filhos'],
    // A passport asked at a consulate or embassy is the first step of the removal: a child's passport and travel abroad need both parents'
    // consent (Resolução CNJ 131/2011; the passport rules of Decreto 5.978/2006), and its request is what the other parent can still oppose.
    requiresAny: [...FOREIGN_PLACES, 'passaporte', 'consulado', 'embaixada'],
    // The consent given ("autorizei", "concordei"), not denied ("eu não autorizei": `unlessAny` skips a word after a negation).
    unlessAny: ['autorizei', 'concordei'],
  },
  // A building at risk of falling with people inside (`COLLAPSE_RISK`): the works stopped and the building shored, or the family
  // sheltered, by an order within the day (CC arts. 1.280 and 1.311; CPC art. 300).
  { id: 'risco-de-desabamento', label: 'imóvel com risco de desabar', hours: 24, phrases: COLLAPSE_RISK },
  // A patient the doctor says may die without the bed, the surgery or the drug awaited (`LIFE_AT_RISK`): the care owed by the State or a
  // plan is ordered within the day (CF art. 196; Lei 9.656/98 art. 35-C; CPC art. 300), where someone owes it (`CARE_NOT_OWED`).
  { id: 'risco-de-morte', label: 'paciente que pode morrer sem o tratamento', hours: 24, phrases: LIFE_AT_RISK, requiresAny: [...CARE_WORDS, 'uti', 'leito', 'hospital'], hoursIn: CARE_NOT_OWED },
  // The debtor's goods leaving the premises now (`ASSETS_BEING_REMOVED`): the arresto is asked the same day.
  { id: 'retirada-de-bens', label: 'bens do devedor sendo retirados agora', hours: 24, phrases: ASSETS_BEING_REMOVED },
  {
    id: 'saude-grave', label: 'saúde em risco', hours: 48,
    // In a civil claim for damages (a neighbour's wall, a crash, a private surgeon) the injured person in hospital is the harm claimed:
    // the defendant owes no care the lawyer must secure now (CC arts. 186, 949-950), unlike a plan or the SUS refusing it.
    // The serious illness of a retiree or pensioner is the ground of an income-tax exemption (Lei 7.713/88 art. 6º XIV), not care
    // the tax authority owes: the exemption and the refund of five years (CTN arts. 165 and 168) lose nothing in a month.
    hoursIn: { civil: 168, tributario: 720 },
    // In hospital now, not a stay already over ("fiquei 12 dias internada", "ficou 20 dias na UTI" are the damage, not the urgency).
    phrases: ['cirurgia urgente', 'esta internad*', 'ta internad*', 'segue internad*', 'continua internad*', 'internad* desde', 'foi internad*', 'precisa ser internad*', 'precisa de internacao', 'internacao urgente', 'esta na uti', 'ta na uti', 'segue na uti', 'continua na uti', 'foi para a uti', 'foi pra uti', 'na uti desde', 'da uti', 'negaram a cirurgia', 'negou a cirurgia', 'tratamento urgente', 'quimioterapia', 'radioterapia',
      // Admission refused, or a treatment for cancer under way that a cancellation would stop (Lei 9.656 arts. 12 V c and 13).
      'negou a internacao', 'negaram a internacao', 'internacao negada', 'esta na emergencia', 'ta na emergencia', 'em tratamento de cancer', 'em tratamento contra o cancer', 'em tratamento oncologico'],
  },
  {
    // Care the doctor asked for as urgent, or says cannot wait ("solicitou com urgência o marcapasso", "o médico disse que não
    // posso esperar"): a plan or the SUS holding it back is undone by an urgent order within a day or two (Lei 9.656 art. 35-C;
    // CPC art. 300). Only where someone owes the care (a plan, the State): in a claim for damages, a job or a benefit the
    // treatment is the harm or the illness, not the lawyer's errand (`hoursIn`).
    id: 'saude-urgente', label: 'tratamento pedido com urgência pelo médico', hours: 48,
    phrases: ['com urgencia', 'de urgencia', 'em carater de urgencia', 'carater de urgencia', 'carater urgente',
      'nao pode esperar', 'nao posso esperar', 'nao pode aguardar', 'nao posso aguardar', 'nao pode mais esperar', 'nao posso mais esperar',
      'nao da pra esperar', 'nao da para esperar', 'nao pode demorar', 'nao posso demorar',
      // The same told as spoken, of the patient or of the start of the treatment ("ele não pode ficar esperando", "precisa começar logo").
      'nao pode ficar esperando', 'nao posso ficar esperando', 'nao pode ficar aguardando', 'nao posso ficar aguardando',
      'precisa comecar logo', 'tem que comecar logo', 'precisa comecar o quanto antes', 'tem que comecar o quanto antes'],
    requiresAny: CARE_WORDS,
    hoursIn: CARE_NOT_OWED,
  },
  {
    // A Pix sent to a fraudster yesterday or today: the paying bank's contestation opens the MED, and the receiving account's funds
    // are blocked only while they are still there (the MED, Resolução BCB 103/2021, in the Regulamento do Pix); the money is
    // usually moved on within hours, so the bank is pressed the same day. Told of an older scam (weeks, months), it is the refund claim.
    id: 'golpe-pix-recente', label: 'golpe do Pix recente (bloqueio pelo MED em horas)', hours: 24,
    phrases: ['golpe do pix', 'golpe no pix', 'golpe pelo pix', 'golpe via pix', 'golpe de pix', 'golpe com pix', 'pix pro golpista', 'pix pra golpista',
      'pix para o golpista', 'pix para golpista', 'pix ao golpista',
      // The same fraud with the account taken over (a stolen phone, a cloned app): Pix the client did not make, the account emptied.
      'pix que eu nao fiz', 'pix que nao fiz', 'pix nao reconhecido', 'pix nao reconhecidos', 'pix que eu nao reconheco', 'transferencias que eu nao fiz',
      'transacoes nao reconhecidas', 'transacoes que eu nao fiz', 'limparam minha conta', 'limparam a minha conta', 'limparam a conta', 'esvaziaram minha conta',
      'esvaziaram a minha conta', 'esvaziaram a conta', 'rasparam minha conta', 'rasparam a conta'],
    requiresAny: ['ontem', 'hoje', 'anteontem', 'agora', 'agorinha'],
    // An older one told by its month ("em março fizeram transações que eu não fiz, e até hoje nada"): the "hoje" is the wait, not the fraud.
    unlessAny: ['dias', 'semanas', 'meses', 'anos', 'mes', 'ano', 'janeiro', 'fevereiro', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro',
      'novembro', 'dezembro'],
  },
  { id: 'liminar', label: 'liminar', hours: 48, phrases: ['liminar', 'tutela de urgencia', 'tutela antecipada'] },
  {
    // Money the client lives on held by their own bank (`BANK_HOLD_REASONS`): as urgent as a seizure, but told as what it is.
    id: 'bloqueio-pelo-banco', label: 'conta ou valor bloqueado pelo próprio banco (análise de segurança)', hours: 48, endedBy: BLOCK_LIFTED,
    phrases: BANK_HOLD_REASONS, requiresAny: BLOCK_WORDS,
  },
  {
    // A driver's or seller's account blocked by the platform (`mentionsPlatformAccountBlocked`): the income stopped, its reactivation
    // asked within days, but no money seized. Read across a sentence, so it has no phrases of its own.
    id: 'bloqueio-de-plataforma', label: 'conta de trabalho ou de vendas bloqueada pela plataforma', hours: 168, phrases: [],
  },
  {
    id: 'bloqueio', label: 'bloqueio ou penhora', hours: 48, endedBy: BLOCK_LIFTED, yieldsTo: ['bloqueio-pelo-banco', 'bloqueio-de-plataforma'], yieldsAcross: true, unlessAny: [...ESTATE_WORDS, ...REGISTRY_RECORD_WORDS, ...DEVICE_OR_LOGIN_WORDS],
    // The block as a noun or as the judge's order ("o bloqueio da minha conta", "o juiz mandou bloquear"): a court's seizure under way (CPC art. 854).
    phrases: ['bloqueio da minha conta', 'bloqueio da conta', 'bloqueio na minha conta', 'mandou bloquear', 'mandaram bloquear', 'determinou o bloqueio',
      'bloqueio de conta', 'conta bloqueada', 'bloquearam minha conta', 'bloquearam a conta', 'bloqueio judicial', 'penhora', 'penhoraram', 'sisbajud', 'salario bloqueado', 'bloquearam meu salario', 'bloquearam o salario', 'beneficio bloqueado', 'bloquearam o beneficio', 'bloquearam meu beneficio', 'bloqueou minha conta', 'bloqueou a minha conta', 'bloqueou a conta', 'bloqueou meu salario', 'bloqueou o meu salario', 'bloqueou meu beneficio', ...INCOME_HELD, ...COURT_ORDER_ON_ACCOUNT],
  },
  {
    // A block told in other words ("o salário caiu e já tá bloqueado", "bloquearam 2.900"): money the
    // client lives on, held by a court order now (CPC art. 833 IV, released on a petition within days).
    id: 'bloqueio-relatado', label: 'bloqueio ou penhora', hours: 48, endedBy: BLOCK_LIFTED, yieldsTo: ['bloqueio-pelo-banco', 'bloqueio-de-plataforma'], yieldsAcross: true,
    // Told in the plural too ("as contas da empresa foram bloqueadas por ordem do juiz").
    phrases: ['bloquearam', 'ta bloqueado', 'ta bloqueada', 'esta bloqueado', 'esta bloqueada', 'foi bloqueado', 'foi bloqueada',
      'foram bloqueadas', 'foram bloqueados', 'estao bloqueadas', 'estao bloqueados', 'tao bloqueadas', 'tao bloqueados', 'ficaram bloqueadas', 'ficaram bloqueados'],
    requiresAny: ['salario', 'conta', 'beneficio', 'aposentadoria', 'pensao', 'salarios', 'contas', 'beneficios'],
    // A deceased's account, frozen by the bank until the inventory names who may draw on it: the estate's course, not a seizure; nor
    // a device or a login locked (`DEVICE_OR_LOGIN_WORDS`).
    unlessAny: [...ESTATE_WORDS, ...DEVICE_OR_LOGIN_WORDS],
  },
  {
    // An essential service cut now (`SUPPLY_CUT_DONE`): its supply is continuous (CDC art. 22; Lei 8.987 art. 6 §3), and a cut over
    // a disputed bill is undone by an urgent order.
    id: 'servico-essencial', label: 'serviço essencial cortado', hours: 48, endedBy: SERVICE_RESTORED, phrases: SUPPLY_CUT_DONE,
  },
  {
    // The supply cut now (`servico-essencial`) where someone at home depends on it for health (`VITAL_EQUIPMENT`: oxygen, a
    // ventilator, home dialysis, insulin kept cold): the reconnection is asked the same day by an urgent order (CPC art. 300) on the
    // medical report, the continuity owed yielding to a cut only with regard to the collective interest (Lei 8.987/95 art. 6º §3º II;
    // CDC art. 22), the distributor bound to register such households (Resolução ANEEL 1.000/2021 art. 6º). Without a cut told (a bill
    // disputed, a cut announced for later, one restored) the device weighs nothing.
    id: 'corte-com-vida-em-risco', label: 'serviço essencial cortado com pessoa que depende dele para a saúde', hours: 24, phrases: VITAL_EQUIPMENT,
    onlyWith: ['servico-essencial'],
  },
  {
    // The landlord's own hand on the tenant's water or power, done ("o senhorio baixou o disjuntor", "fechou o registro geral", "tirou
    // o relógio da luz", "desligou a bomba d'água": `SUPPLY_CUT_BY_HAND_DONE`), the landlord named in the interview (`locador-nomeado`)
    // and no supplier in the message: self-help against the tenant's possession, which the landlord owes peaceful for the lease's
    // whole term (Lei 8.245/91 art. 22 I-II; CC arts. 1.197 and 1.210; CP art. 345), the home left without water or power, restored
    // the same day by an urgent order (CPC arts. 300 and 562). Not a cut only threatened, nor one told restored (`SERVICE_RESTORED`).
    id: 'corte-pelo-locador', label: 'locador cortou a água ou a luz do inquilino', hours: 24, endedBy: SERVICE_RESTORED, phrases: SUPPLY_CUT_BY_HAND_DONE,
    onlyWith: ['locador-nomeado'],
    // The utility told as the one who cut ("a Cemig desligou a luz da casa que eu alugo"): its consumer's cut (`servico-essencial`).
    unlessAny: [...UTILITY_SUPPLIERS, 'companhia', 'concessionaria', 'distribuidora'],
  },
  {
    // Put out of the home by the other side's own hand (`LOCKED_OUT`): homeless now, the possession restored by an urgent order.
    id: 'despejo-pelo-dono', label: 'tirado do imóvel sem ordem judicial', hours: 24, phrases: LOCKED_OUT,
    // Not a lock changed months back ("trocou a fechadura em abril e desde então moro de favor"): the client housed elsewhere since,
    // the possession is claimed on the ordinary course (CPC arts. 558 and 562; CC art. 1.210), no act within hours.
    pastWhenNearest: HOME_LOST_MONTHS_BACK,
  },
  // A court's term to leave told as run out (`mentionsTermToLeaveOver`): the forced eviction may come any day (Lei 8.245/91 art. 65).
  { id: 'desocupacao-vencida', label: 'prazo para desocupar esgotado', hours: 24, phrases: [] },
  { id: 'ordem-despejo', label: 'ordem de despejo', hours: 48, phrases: ['ordem de despejo', 'mandado de despejo', 'prazo para desocupar'] },
  {
    id: 'prazo-proximo', label: 'prazo ou audiência nos próximos dias', hours: 72,
    phrases: ['amanha', 'semana que vem', 'proxima semana', 'esta semana', 'essa semana', 'nesta semana', 'nessa semana', 'depois de amanha', 'proximos dias'],
    requiresAny: ['audiencia', 'prazo', 'julgamento', 'leilao', 'despejo', 'vence', 'vencimento', 'pericia', 'defesa', 'recurso'],
    // A hearing's day keeps its own deadline term when a defence filed ends this signal.
    endedBy: [...HEARING_MOVED, ...DEFENCE_FILED],
  },
  { id: 'despejo', label: 'despejo', hours: 72, phrases: ['despejo', 'despejar', 'trocaram a fechadura'] },
  { id: 'busca-apreensao', label: 'busca e apreensão', hours: 72, phrases: ['busca e apreensao'] },
  {
    // The authority executes its own demolition order (autoexecutoriedade): only an urgent court order stops it.
    id: 'demolicao', label: 'demolição anunciada', hours: 72,
    // Told in the passive too ("a casa vai ser demolida"). Not "vão ser derrubados" in a plan still offered (an expropriation's
    // buildings, Decreto-Lei 3.365/41): the everyday verb tells no order to demolish.
    phrases: ['vao demolir', 'vai demolir', 'querem demolir', 'ordem de demolicao', 'mandado de demolicao', 'demolicao marcada',
      'vai ser demolida', 'vai ser demolido', 'vao ser demolidas', 'vao ser demolidos', 'sera demolida', 'sera demolido', 'serao demolidas', 'serao demolidos',
      'notificacao de demolicao'],
  },
  { id: 'leilao', label: 'leilão do bem', hours: 72, phrases: ['leilao do imovel', 'leilao da casa', 'vai a leilao', 'vao leiloar', 'vai para leilao', 'leilao da minha casa', 'leilao do meu apartamento', 'leilao do apartamento', 'marcou o leilao', 'marcaram o leilao', 'leilao marcado'] },
  { id: 'cirurgia', label: 'cirurgia negada ou pendente', hours: 72, phrases: ['cirurgia negada', 'autorizar a cirurgia', 'autorizacao da cirurgia', 'cirurgia marcada'] },
  {
    // What the lack of income asks of the lawyer depends on what restores it: maintenance or a consumer's blocked pay are asked at
    // once (alimentos provisórios, Lei 5.478/68 art. 4º; tutela de urgência, CPC art. 300); a benefit, a salary or a servant's pay
    // are claimed from a payer that answers in weeks (a week's time); a civil claim does not restore a living.
    id: 'sem-renda', label: 'sem renda para o sustento', hours: 72,
    hoursIn: { previdenciario: 168, trabalhista: 168, administrativo: 168, civil: 720 },
    // "sem receber" alone is as often a single item unpaid ("sem receber o adicional", the overtime).
    phrases: ['sem salario', 'sem beneficio', 'sem renda', 'passando fome', 'sem dinheiro para comer', 'nao tenho o que comer',
      // The salary itself unpaid ("três meses sem receber salário"): the worker's living is held (CLT art. 459 §1, the fifth working
      // day; months late ground a rescisão indireta, art. 483 d). Not "sem receber o adicional", one item of it.
      'sem receber salario', 'sem receber o salario', 'sem receber meu salario', 'sem receber o meu salario', 'sem receber nosso salario', 'sem receber o nosso salario',
      'sem receber os salarios', 'sem receber salarios', 'sem pagamento de salario'],
  },
  {
    // A benefit cut just now ("ontem apareceu benefício cessado", "cortaram o benefício, esse mês já não caiu"): the month's income the
    // household lives on is gone, and its restoration is asked at once (a tutela de urgência, CPC art. 300, for an alimentary benefit;
    // the request to extend or the appeal, Lei 8.213/91 art. 60 §§8º-9º). A cut told months or years back is the claim, not this.
    // Child support stopped by the other parent is enforced on its own course (`familia`).
    id: 'beneficio-cortado-agora', label: 'benefício cortado agora', hours: 48, hoursIn: { familia: 720 },
    // Dated by the time told nearest the cut, a bare month too ("cortou meu benefício em março e ontem consegui o laudo": an old
    // cut); "recebo desde outubro e ontem cortaram" is a cut of yesterday.
    // The month the client is in ("cortaram esse mês", "parou de cair este mês") is as recent: this month's income is what is missing.
    phrases: BENEFIT_CUT, requiresAny: ['ontem', 'anteontem', 'hoje', 'agora', 'caiu', ...THIS_MONTH], unlessAny: ['meses', 'anos', ...MONTH_NAMES], datedByNearest: true,
  },
  {
    // The same cut told in two messages: the cut in one ("o INSS cortou meu auxílio"), and in another how recent it is, by the
    // month's payment missing ("esse mês não caiu", "fui sacar e não tinha nada") or by the cut's day told without its object
    // ("cortaram ontem", "aconteceu anteontem", "a perícia foi ontem", where the examiner's discharge ends the benefit, Lei 8.213/91
    // art. 60 §8º). Counted only beside a benefit told as cut or held (`beneficio-cessado`, `prova-de-vida`: Lei 8.213/91 art. 69
    // §8º): the month's income is gone now, restored at once (CPC art. 300). Not a payment missing told months back ("desde março").
    id: 'beneficio-cortado-agora-relatado', label: 'benefício cortado agora', hours: 48, hoursIn: { familia: 720 },
    phrases: [...MONTH_PAYMENT_MISSED, ...CUT_DAY_TOLD], unlessAny: ['meses', ...MONTH_NAMES],
    onlyWith: ['beneficio-cessado', 'prova-de-vida'],
  },
  {
    // A benefit or a salary told as the household's only income ("a aposentadoria é a única renda da casa") is income lost only once
    // it is cut, suspended or blocked, or the pay is held (a tutela de urgência to restore it, CPC art. 300; Lei 8.213/91
    // art. 41-A, the benefit's monthly payment): a benefit still paid under review keeps its own term (the defence's 10 or 30 days).
    id: 'renda-unica', label: 'sem renda para o sustento', hours: 72,
    phrases: ['unica renda', 'unica fonte de renda'],
    // Not beside a refusal alone: the only income told is then another's, still paid, and the benefit refused was never received
    // (its claim runs on its own time, Lei 8.213/91 art. 103; the INSS appeal's 30 days, art. 126, gone or running as told).
    onlyWith: ['sem-renda', 'salario-atrasado', 'bloqueio', 'bloqueio-pelo-banco', 'beneficio-cessado', 'blocked-income', 'benefit-restoration'],
  },
  {
    // The only income told in the past ("aquela pensão era minha única renda", "era a única renda da casa"): what the client lived on
    // has stopped (a benefit cut, a pension ended by a death, a job lost), so the living is at stake now (a tutela de urgência, CPC
    // art. 300; the benefit's or the pay's alimentary nature, CPC art. 833 IV). The present tense keeps its condition (`renda-unica`).
    id: 'renda-unica-perdida', label: 'sem renda para o sustento', hours: 72,
    phrases: ['era', 'eram'].flatMap((was) => [
      ...['', 'a ', 'minha ', 'a minha ', 'nossa ', 'a nossa ', 'sua ', 'a sua '].flatMap((whose) =>
        ['unica renda', 'unica fonte de renda', 'unica fonte de sustento'].map((income) => `${was} ${whose}${income}`)),
      ...['', 'o ', 'meu ', 'o meu ', 'nosso ', 'o nosso ', 'seu ', 'o seu '].map((whose) => `${was} ${whose}unico sustento`),
    ]),
  },
  // Salary unpaid for months: the worker has no income, so a week or two, not the 720 h of a claim with no running term.
  { id: 'salario-atrasado', label: 'salário atrasado', hours: 168, phrases: SALARY_UNPAID },
  {
    id: 'moradia', label: 'sem moradia', hours: 72,
    phrases: ['morando de favor', 'sem onde morar', 'sem ter onde morar', 'expulsou de casa', 'expulso de casa', 'expulsa de casa', 'fora de casa', 'morando na rua', 'dormindo na rua'],
    // As the lock changed months back: out of the home since a month named or months ago, the shelter found is no act within days.
    pastWhenNearest: HOME_LOST_MONTHS_BACK,
  },
  {
    id: 'dilapidacao', label: 'risco de sumiço dos bens', hours: 72,
    phrases: ['passando os bens', 'passando imoveis', 'passando os imoveis', 'transferindo os bens', 'vendendo os bens', 'escondendo bens', 'escondendo os bens'],
  },
  { id: 'audiencia', label: 'audiência marcada', hours: 168, phrases: ['audiencia', 'audiencia marcada', 'julgamento marcado'], endedBy: HEARING_MOVED },
  {
    id: 'prazo', label: 'prazo correndo', hours: 168,
    phrases: ['prazo', 'perder o prazo', 'prescri*', 'decadencia', 'vence', 'vencimento',
      // The client asking whether it is still time to sue: a limitation may be near its end (prescrição, decadência; CF art. 7º XXIX,
      // CP art. 103, CC arts. 205-206 and 445), and the lawyer must count it before it runs out.
      'ainda da tempo', 'ainda dara tempo', 'ainda tem tempo', 'ainda posso entrar na justica', 'ainda posso processar', 'ainda consigo entrar na justica',
      'ainda consigo processar', 'ainda da pra entrar na justica', 'ainda da para entrar na justica', 'ainda da pra processar', 'ainda da para processar'],
  },
  {
    id: 'citacao', label: 'processo ou intimação recebida', hours: 168,
    // Also told in everyday words ("meu vizinho tá me processando", "chegou uma carta do fórum"): a suit served runs the defence term (CPC art. 335).
    phrases: ['citacao', 'fui citado', 'fui citada', 'me citaram', 'intimacao', 'fui intimado', 'fui intimada', 'processo contra mim', 'acao contra mim', 'entraram na justica', 'entrou na justica contra', 'me processou', 'me processaram', ...LAWSUIT_EVERYDAY],
  },
];

/**
 * A person trapped, not arrested ("ficou presa embaixo dos escombros", "preso nas ferragens", "presa no elevador"): an accident's
 * harm, with no custody hearing to come. As the longer match, each keeps the "ficou presa" in it from reading as an arrest.
 */
export const TRAPPED: string[] = [
  ...['embaixo', 'debaixo'].flatMap((under) => ['do', 'da', 'dos', 'das', 'de'].map((of) => `pres* ${under} ${of}`)),
  'pres* nas ferragens', 'pres* entre as ferragens', 'pres* nos escombros', 'pres* sob os escombros', 'pres* no elevador', 'pres* nas ferragem',
  // A limb caught in a machine at work ("a mão dele ficou presa na prensa", "o braço ficou preso"): a work accident (CLT art. 157,
  // NR-12 on machine guards), its harm an injury, no arrest.
  ...['maquina', 'prensa', 'engrenagem', 'esteira', 'cilindro', 'serra', 'betoneira', 'moedor', 'maquinario', 'rolo', 'correia'].flatMap((machine) =>
    ['na', 'no', 'numa', 'num'].map((on) => `pres* ${on} ${machine}`)),
  ...['mao', 'maos', 'braco', 'bracos', 'dedo', 'dedos', 'perna', 'pernas', 'pe', 'pes', 'cabelo'].flatMap((limb) =>
    ['', ' dele', ' dela', ' do meu filho', ' da minha filha'].flatMap((whose) => [`${limb}${whose} ficou pres*`, `${limb}${whose} ficaram pres*`])),
];

/**
 * A public servant's pay ("meu vencimento é de dois salários mínimos", "vencimento básico"; Lei 8.112 art. 40): no due date.
 * As the longer match, each keeps the "vencimento" in it from reading as a term running.
 */
/**
 * A contract's kind of term ("o contrato venceu e continua por prazo indeterminado", "contrato por prazo determinado"): how long
 * a lease or a job lasts (Lei 8.245 art. 46 §1; CLT art. 443), not a deadline running against the client. No signal.
 */
export const CONTRACT_TERM: string[] = [
  'prazo indeterminado', 'por prazo indeterminado', 'prazo determinado', 'por prazo determinado', 'tempo indeterminado', 'tempo determinado',
];

/**
 * A routine document's expiry ("a receita do remédio vence semana que vem", "minha CNH vence mês que vem", "o passaporte tá pra
 * vencer"): a renewal the client asks about, no legal term running against a right. A prescription is renewed at a new consultation
 * (Lei 8.080/90 art. 6º I d; Lei 5.991/73 art. 35), a driving licence by a new examination (CTB art. 159 §§1º and 10), a passport or
 * an ID card reissued: nothing is lost on the day. Not the Receita's own dues ("a parcela da Receita vence sexta"), read after a
 * preposition, nor another term told in the same sentence. Folded text, the document before its expiry within the clause.
 */
export const ROUTINE_EXPIRY =
  /(?<!\b(?:d[aeo]|n[ao]|pel[ao]|pra|para) )\b(?:receita(?! federal| estadual| municipal)|cnh|carteira de motorista|carteira de habilitacao|habilitacao|passaporte|carteira de identidade|rg)\b[^.;!?,]{0,50}?\bvenc(?:e|er|endo|imento)\b/g;

export const SERVANT_PAY: string[] = [
  'meu vencimento', 'o meu vencimento', 'seu vencimento', 'nosso vencimento', 'vencimento basico', 'vencimento base', 'vencimentos', 'vencimento do cargo',
  'vencimento de servidor', 'vencimento do servidor', 'vencimento e vantagens',
];

/**
 * A risk the client asks about that is no harm to the body: the job or a right ("corro risco de ser mandada embora", "corro risco de
 * perder a carteira"), and a protective order told as against the client ("minha ex pediu medida protetiva contra mim"): the client
 * is the one restrained (Lei 11.340/06 art. 22), no victim to protect. As the longer match, each keeps the "corro risco" or the
 * "medida protetiva" in it from reading as violence.
 */
export const NOT_VIOLENCE: string[] = [
  ...['corro', 'corre', 'corremos'].flatMap((run) => [
    `${run} risco de ser mandad*`, `${run} risco de ser demitid*`, `${run} risco de ser despedid*`, `${run} risco de ser dispensad*`,
    `${run} risco de perder o emprego`, `${run} risco de perder meu emprego`, `${run} risco de perder a carteira`, `${run} risco de perder o cargo`,
  ]),
  'medida protetiva contra mim', 'medidas protetivas contra mim', 'protetiva contra mim', 'protetivas contra mim',
  // A threat by another whom the partner names ("o ex patrão do meu marido me ameaçou"): no partner's violence (`PARTNER_OF_THE_ONE_THREATENING`).
  ...PARTNER_OF_THE_ONE_THREATENING,
];

/**
 * An arrest told as a past episode of someone's life ("já foi presa uma vez por causa de drogas", "foi preso várias vezes"): a
 * record, no custody now. As the longer match, each keeps the "foi presa" in it from reading as an arrest under way.
 */
export const PAST_ARREST: string[] = ['ja foi', 'foi', 'ja tinha sido', 'ja esteve'].flatMap((was) =>
  ['uma vez', 'antes', 'varias vezes', 'duas vezes', 'algumas vezes', 'outras vezes', 'no passado', 'quando era jovem', 'quando era novo', 'quando era nova'].map((when) => `${was} pres* ${when}`),
);

/**
 * Losing the home told as a fear or a question ("tenho medo de ficar sem ter onde morar", "posso ficar sem onde morar?"): a risk
 * the client weighs, not a household without a roof now; an eviction or a lock-out under way carries its own signal. As the longer
 * match, each keeps the "sem ter onde morar" in it from reading as `moradia`.
 */
export const FEARED_HOMELESS: string[] = ['medo de', 'receio de', 'risco de', 'posso', 'vou', 'pode'].flatMap((fear) =>
  ['ficar sem ter onde morar', 'ficar sem onde morar', 'ficar morando na rua', 'acabar sem ter onde morar', 'acabar sem onde morar', 'acabar morando na rua'].map((home) => `${fear} ${home}`),
);

/**
 * An eviction only wished or threatened, by the landlord or by the client as landlord ("o dono quer me despejar", "ameaçou me despejar
 * se eu não aceitar o aumento", "disse que vai me despejar", "quero despejar o inquilino"): the possession is recovered only by the
 * ação de despejo (Lei 8.245/91 art. 5º), the tenant's term to leave running only from a notice (arts. 46 §2º and 57) or an order
 * (arts. 59 §1º and 63); the wish starts none. As the longer match, each keeps the "despejar" in it from reading as `despejo`; a
 * notice, a suit, a lock-out or a cut told beside it carries its own signal or term.
 */
export const EVICTION_ONLY_WISHED: string[] = [
  ...['quer', 'querem', 'quero', 'queremos', 'ameacou', 'ameacaram', 'ameaca', 'ameacam', 'ameacando', 'falou que vai', 'falou que ia', 'disse que vai',
    'disse que ia', 'diz que vai', 'fala que vai'].flatMap((wish) =>
    ['me despejar', 'nos despejar', 'despejar a gente', 'despejar ele', 'despejar ela', ...['o', 'a', 'os', 'meu', 'minha', 'meus', 'o meu', 'a minha'].map((the) => `despejar ${the} inquilin*`)]
      .map((whom) => `${wish} ${whom}`)),
  // The grounds asked about ("isso é motivo para despejo?"): a question of the lease's terms (Lei 8.245/91 art. 9º), no suit.
  'motivo para despejo', 'motivo pra despejo', 'motivo de despejo',
];
