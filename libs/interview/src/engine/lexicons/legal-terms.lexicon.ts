import { LegalAreaCode } from '../interview-engine.types';

/**
 * Legal terms that run from an event the client may date, not from the message: when the kind of case is told (`notes` or
 * `keywords`, prefixes of the facts' keywords) and the event's date is given (a date in the same sentence as one of
 * `eventWords`), the term is counted from that date. A term the client repeats ("tem 60 dias pra abrir o inventário") is the
 * same term: it is counted from the event too, not from the day it was said.
 */
export interface TriggeredTerm {
  /** The event the term runs from, as the facts keep its date (`InterviewFacts.events`). */
  event: string;
  /** Folded words that name the event; a date in their sentence is its date. */
  eventWords: RegExp;
  /** The kind of case the term belongs to: one of these notes or keyword prefixes told; with neither, the event itself tells it. */
  notes: string[];
  keywords: string[];
  /** The areas the case must be in, when its words are told in others too (a colleague "do trabalho" in a criminal case). */
  areas?: LegalAreaCode[];
  /** Keyword prefixes of a kind of case the term does not run in, though its own words are told too. */
  unlessKeywords?: string[];
  /** Notes of a step that takes the term's point away once told in any message (the benefit already asked): it runs no more. */
  unlessNotes?: string[];
  days: number;
  /** What the result calls the term, with its source. */
  label: string;
}

export const TRIGGERED_TERMS: TriggeredTerm[] = [
  // The inventory is opened within 2 months of the death (CPC art. 611); after it the states' ITCMD laws add a fine.
  {
    event: 'death',
    eventWords: /\b(?:faleceu|falecid[oa]|falecimento|morreu|obito|veio a falecer)\b/,
    notes: ['estate-division'],
    keywords: ['inventari', 'heranc', 'espolio', 'partilha'],
    days: 60,
    label: 'abertura do inventário: 2 meses do óbito, CPC art. 611',
  },
  // A labour claim is filed within 2 years of the contract's end, or every right of it is lost (CF art. 7º XXIX; CLT art. 11).
  // The client's own contract, told in the first person: "ele foi demitido" is another's.
  {
    event: 'contract-end',
    eventWords:
      /\b(?:sai (?:de la|da empresa|da firma|do emprego|do servico|do trabalho)|fui (?:demitid[oa]|dispensad[oa]|mandad[oa] embora|desligad[oa])|me (?:demitiram|dispensaram|mandaram embora|desligaram)|pedi (?:demissao|as contas)|(?:minha|a) (?:demissao|dispensa|rescisao))\b/,
    notes: [],
    keywords: ['trabalh', 'clt', 'carteira', 'hora extra', 'horas extras', 'rescis', 'verbas', 'fgts', 'aviso previo', 'justa causa', 'demiti', 'demissao', 'mandado embora', 'mandaram embora'],
    areas: ['trabalhista'],
    days: 730,
    label: 'reclamação trabalhista: 2 anos da extinção do contrato, CF art. 7º XXIX',
  },
  // The employer pays the severance within 10 days of the contract's end (CLT art. 477 §6º; for a domestic worker by LC 150/2015
  // art. 19), or owes the fine of a month's salary (§8º): counted from the day the worker's resignation ended it.
  {
    event: 'employee-exit',
    eventWords: /\b(?:pediu|pediram) (?:demissao|as contas)\b/,
    notes: ['employee-resigned'],
    keywords: [],
    areas: ['trabalhista'],
    days: 10,
    label: 'pagamento das verbas rescisórias: 10 dias do fim do contrato, CLT art. 477 §6º',
  },
  // The survivor's pension asked within 90 days of the death is paid from the death; later, only from the request (Lei 8.213 art.
  // 74 I-II; 180 days for a child under 16). Not lost after it, so a term past is no deadline; nor once the pension was asked (its
  // date is the request's, art. 74 I) or granted: what is left is the pension's review, on its own 10 years (art. 103).
  {
    event: 'death',
    eventWords: /\b(?:faleceu|falecid[oa]|falecimento|morreu|obito|veio a falecer)\b/,
    notes: [],
    keywords: ['pensao por morte', 'pensao', 'aposentad', 'inss', 'beneficio'],
    areas: ['previdenciario'],
    unlessNotes: ['benefit-requested'],
    days: 90,
    label: 'pensão por morte pedida em até 90 dias do óbito é paga desde o óbito, Lei 8.213 art. 74 I',
  },
  // A crime prosecuted only on the victim's complaint or representation: the victim loses the right 6 months after learning who
  // the author is (CP art. 103; CPP art. 38). Honour offences (CP arts. 138-140, 145), a threat (art. 147 §2), estelionato since
  // Lei 13.964/2019 (art. 171 §5). Not a racial insult (Lei 14.532/2023) nor a threat to a woman in domestic violence (art. 147
  // §1, Lei 14.994/2024): those are prosecuted without one.
  // The author is known from the offence itself when it was told to the victim's face ("me ameaçou"), or from when the victim
  // found out ("descobri quem era", "descobri que era golpe", of a fraudster the victim dealt with). An honour offence told in everyday
  // words by its author's act ("tá espalhando que eu roubo", "escreveu no grupo do condomínio que eu sou bêbado", "me chamou de
  // vagabunda") is told by a victim who knows who did it.
  {
    event: 'author-known',
    eventWords:
      /\b(?:(?:descobri|descobrimos|soube|fiquei sabendo|identifiquei)\b[^.;!?]{0,30}\b(?:quem (?:era|foi|e)|o nome|a identidade)|(?:descobri|percebi) que (?:era|foi) (?:um )?golpe|me (?:ameacou|ameacaram|xingou|xingaram|ofendeu|difamou|caluniou|chamou de|chamaram de)|espalh(?:ando|ou|ar) (?:que|pra|para|mentira|no|na|nos|em)|(?:escreveu|postou|publicou|falou|disse|mandou) (?:no|num|em um|nos) grupo)\b/,
    notes: [],
    keywords: ['ameac', 'me ameac', 'calun', 'difam', 'injur', 'xing', 'me xing', 'estelionat', 'golpe', 'esta espalhando', 'anda espalhando', 'saiu espalhando', 'espalh', 'postou que eu', 'publicou que eu', 'me chamou de'],
    areas: ['criminal'],
    unlessKeywords: ['injuria racial', 'racis', 'ofensa racial', 'discriminacao racial', 'maria da penha', 'violencia domestica', 'medida protetiva'],
    days: 183,
    label: 'queixa-crime ou representação: 6 meses de saber quem é o autor, CP art. 103',
  },
];

/** Days within which a term the client counted is taken for the legal term itself, restated ("60 dias" for 2 months). */
export const RESTATED_TERM_SLACK_DAYS = 2;

/**
 * A notice denied ("não recebi citação nenhuma", "nunca fui citado", "sem nenhuma citação"): a negation among the three words
 * before it, or "nenhuma" right after. No term runs from a notice that never came. Tested on the folded text around the match.
 */
export const NOTICE_DENIED_BEFORE = /\b(?:nao|nunca|nem|sem|nenhuma)\b(?:\s+\S+){0,2}\s*$/;
export const NOTICE_DENIED_AFTER = /^\s*nenhuma\b/;

/**
 * The usual legal deadline once a notice arrived and the client counted none; an estimate for the lawyer to confirm. `lapses`
 * false: missing the term loses no right (the claim can still be asked again or taken to court), so its urgency is that of the
 * whole term, however much of it has run; the summary still dates it.
 */
export const LEGAL_DEADLINES: { pattern: RegExp; days: number; label: string; lapses?: false }[] = [
  // A debtor served with a creditor's bankruptcy petition answers or makes the deposit that stops it within 10 days (Lei 11.101/05
  // art. 98 and parágrafo único), not the 15 working days of an ordinary suit. Look-arounds as for the creditor's "edital" below.
  {
    pattern: /\b(?:citacao|fui citad[oa]|me citaram|citaram a empresa)\b(?=.*\bfalencia\b)|\b(?:citacao|fui citad[oa]|me citaram|citaram a empresa)\b(?<=\bfalencia\b.*)/,
    days: 10,
    label: 'contestação ou depósito elisivo do pedido de falência: 10 dias',
  },
  { pattern: /\b(?:citacao|fui citad[oa]|me citaram)\b/, days: 21, label: 'contestação: 15 dias úteis da citação' },
  // The notice of a traffic offence states the term for the defence (CTB art. 281 and 282, at least 30 days since Lei 14.071/2020).
  { pattern: /\bnotificacao (?:da|de) (?:autuacao|infracao|multa)\b/, days: 30, label: 'defesa da autuação: o prazo da notificação (em geral 30 dias)' },
  // A creditor left off the list of a judicial recovery or bankruptcy files a claim within 15 days of the notice (Lei 11.101 art. 7 §1).
  // Each look-around runs only where "edital" matched: a look-behind first would walk back over the text at every position.
  { pattern: /\bedital\b(?=.*\b(?:recuperacao judicial|falencia)\b)|\bedital\b(?<=\b(?:recuperacao judicial|falencia)\b.*edital)/, days: 15, label: 'habilitação de crédito: 15 dias do edital' },
  { pattern: /\bauto de infracao\b/, days: 30, label: 'impugnação do auto de infração: 30 dias' },
  // The appeal to the Junta de Recursos (Decreto 3.048/99 art. 305 §1º) is not a condition of the suit (STF Tema 350: the request
  // refused suffices) and a lost one leaves the benefit to be asked again: no right lapses with it.
  { pattern: /\b(?:indeferi\w*|negaram o beneficio|negou o beneficio)\b/, days: 30, label: 'recurso administrativo ao INSS: 30 dias', lapses: false },
  { pattern: /\b(?:saiu|publicaram|recebi) a sentenca\b|\bsentenca\b[^.;!?]{0,40}\b(?:saiu|publicad\w*|recebi)\b/, days: 21, label: 'recurso da sentença: 15 dias úteis' },
];

/**
 * A notice of `LEGAL_DEADLINES` told without the day it arrived ("saiu a sentença"), as an event (named by its label) a later
 * message may date ("isso foi faz 19 dias"): its term then runs from that day, not from the message (CPC arts. 231 and 1.003 §5º
 * for a sentence or a summons). Not a term whose loss costs no right (`lapses` false): its urgency is the whole term anyway.
 */
export const NOTICE_TERMS: TriggeredTerm[] = LEGAL_DEADLINES.filter((rule) => rule.lapses !== false).map((rule) => ({
  event: rule.label,
  eventWords: rule.pattern,
  notes: [],
  keywords: [],
  days: rule.days,
  label: rule.label,
}));

/** A deadline of at most `maxDays` days gives `hours`; longer ones fall back to the signals above. */
export const DEADLINE_HOURS: { maxDays: number; hours: number }[] = [
  { maxDays: 2, hours: 24 },
  { maxDays: 10, hours: 72 },
  { maxDays: 30, hours: 168 },
];
