import { CHILD_TAKEN, DEATH_THREAT, INCOME_HELD, POLICE_CUSTODY, RELATIVE_BEATEN, STRANGLING } from './client-notes.lexicon';

/** A fact that shortens the time within which a lawyer should act. */
export interface UrgencySignal {
  id: string;
  label: string;
  hours: number;
  phrases: string[];
  /** The signal only counts when one of these words is in the same message. */
  requiresAny?: string[];
  /** The signal is dropped when one of these signals is found in the same message (what it reads as is something else). */
  yieldsTo?: string[];
}

/**
 * Urgency signals, sharpest first. A negated phrase ("nunca foi preso") does not count.
 * The interview's urgency is the smallest `hours` among the signals found.
 */
export const URGENCY_SIGNALS: UrgencySignal[] = [
  {
    id: 'prisao', label: 'prisão', hours: 24,
    phrases: ['foi preso', 'foi presa', 'esta preso', 'esta presa', 'ficou preso', 'ficou presa', 'preso desde', 'presa desde', 'continua preso', 'continua presa', 'prenderam', 'detido', 'detida', 'mantido preso', 'prisao em flagrante', 'flagrante', 'mandado de prisao', 'ordem de prisao', 'prisao preventiva', 'prisao temporaria', 'audiencia de custodia', 'decretaram a prisao', ...POLICE_CUSTODY],
  },
  {
    id: 'violencia', label: 'violência ou ameaça à integridade', hours: 24,
    phrases: ['violencia domestica', 'medida protetiva', 'me bate', 'me bateu', 'me agrediu', ...RELATIVE_BEATEN, ...STRANGLING, ...DEATH_THREAT, 'risco de vida', 'corro risco',
      // A threat backed by a weapon shown or pointed.
      'apontou uma arma', 'apontou a arma', 'apontou um revolver', 'mostrou uma arma', 'mostrou a arma', 'mostrou um revolver', 'mostrou o revolver', 'arma na cintura', 'ameacou com uma arma', 'ameaca com arma'],
  },
  // "A polícia levou meu filho" is an arrest, not a child taken by a parent.
  { id: 'crianca-retida', label: 'criança levada ou retida', hours: 24, phrases: CHILD_TAKEN, yieldsTo: ['prisao'] },
  {
    // A child not brought back after a visit, told without naming the child in the same clause.
    id: 'crianca-nao-devolvida', label: 'criança levada ou retida', hours: 24,
    phrases: ['era pra ter devolvido', 'era para ter devolvido', 'era pra devolver', 'era para devolver', 'ate agora nao devolveu', 'ainda nao devolveu'],
    requiresAny: ['filha', 'filho', 'filhos', 'filhas', 'crianca', 'criancas', 'menina', 'menino'],
  },
  {
    id: 'saude-grave', label: 'saúde em risco', hours: 48,
    // In hospital now, not a stay already over ("fiquei 12 dias internada", "ficou 20 dias na UTI" are the damage, not the urgency).
    phrases: ['cirurgia urgente', 'esta internad*', 'ta internad*', 'segue internad*', 'continua internad*', 'internad* desde', 'foi internad*', 'precisa ser internad*', 'precisa de internacao', 'internacao urgente', 'esta na uti', 'ta na uti', 'segue na uti', 'continua na uti', 'foi para a uti', 'foi pra uti', 'na uti desde', 'da uti', 'negaram a cirurgia', 'negou a cirurgia', 'tratamento urgente', 'quimioterapia', 'radioterapia'],
  },
  { id: 'liminar', label: 'liminar', hours: 48, phrases: ['liminar', 'tutela de urgencia', 'tutela antecipada'] },
  {
    id: 'bloqueio', label: 'bloqueio ou penhora', hours: 48,
    phrases: ['bloqueio de conta', 'conta bloqueada', 'bloquearam minha conta', 'bloquearam a conta', 'bloqueio judicial', 'penhora', 'penhoraram', 'sisbajud', 'salario bloqueado', 'bloquearam meu salario', 'bloquearam o salario', 'beneficio bloqueado', 'bloquearam o beneficio', 'bloquearam meu beneficio', 'bloqueou minha conta', 'bloqueou a minha conta', 'bloqueou a conta', 'bloqueou meu salario', 'bloqueou o meu salario', 'bloqueou meu beneficio', ...INCOME_HELD],
  },
  {
    // A block told in other words ("o salário caiu e já tá bloqueado", "bloquearam 2.900"): money the
    // client lives on, held by a court order now (CPC art. 833 IV, released on a petition within days).
    id: 'bloqueio-relatado', label: 'bloqueio ou penhora', hours: 48,
    phrases: ['bloquearam', 'ta bloqueado', 'ta bloqueada', 'esta bloqueado', 'esta bloqueada', 'foi bloqueado', 'foi bloqueada'],
    requiresAny: ['salario', 'conta', 'beneficio', 'aposentadoria', 'pensao'],
  },
  {
    // An essential service cut now: its supply is continuous (CDC art. 22; Lei 8.987 art. 6 §3), and a cut over a disputed bill is undone by an urgent order.
    id: 'servico-essencial', label: 'serviço essencial cortado', hours: 48,
    phrases: ['cortaram a luz', 'cortaram minha luz', 'cortaram a minha luz', 'cortaram a energia', 'cortaram minha energia', 'cortaram a agua', 'cortaram minha agua', 'cortaram a minha agua', 'cortou a luz', 'cortou a energia', 'cortou a agua', 'estamos sem luz', 'estamos sem agua', 'to sem luz', 'to sem agua', 'estou sem luz', 'estou sem agua'],
  },
  { id: 'ordem-despejo', label: 'ordem de despejo', hours: 48, phrases: ['ordem de despejo', 'mandado de despejo', 'prazo para desocupar'] },
  {
    id: 'prazo-proximo', label: 'prazo ou audiência nos próximos dias', hours: 72,
    phrases: ['amanha', 'semana que vem', 'proxima semana', 'esta semana', 'essa semana', 'depois de amanha', 'proximos dias'],
    requiresAny: ['audiencia', 'prazo', 'julgamento', 'leilao', 'despejo', 'vence', 'vencimento', 'pericia', 'defesa', 'recurso'],
  },
  { id: 'despejo', label: 'despejo', hours: 72, phrases: ['despejo', 'despejar', 'trocaram a fechadura'] },
  { id: 'busca-apreensao', label: 'busca e apreensão', hours: 72, phrases: ['busca e apreensao'] },
  { id: 'leilao', label: 'leilão do bem', hours: 72, phrases: ['leilao do imovel', 'leilao da casa', 'vai a leilao', 'vao leiloar', 'vai para leilao', 'leilao da minha casa', 'leilao do meu apartamento', 'leilao do apartamento', 'marcou o leilao', 'marcaram o leilao', 'leilao marcado'] },
  { id: 'cirurgia', label: 'cirurgia negada ou pendente', hours: 72, phrases: ['cirurgia negada', 'autorizar a cirurgia', 'autorizacao da cirurgia', 'cirurgia marcada'] },
  {
    id: 'sem-renda', label: 'sem renda para o sustento', hours: 72,
    // "sem receber" alone is as often a single item unpaid ("sem receber o adicional", the overtime).
    phrases: ['sem salario', 'sem beneficio', 'sem renda', 'passando fome', 'sem dinheiro para comer', 'nao tenho o que comer', 'unica renda', 'unica fonte de renda'],
  },
  {
    id: 'moradia', label: 'sem moradia', hours: 72,
    phrases: ['morando de favor', 'sem onde morar', 'sem ter onde morar', 'expulsou de casa', 'expulso de casa', 'expulsa de casa', 'fora de casa', 'morando na rua', 'dormindo na rua'],
  },
  {
    id: 'dilapidacao', label: 'risco de sumiço dos bens', hours: 72,
    phrases: ['passando os bens', 'passando imoveis', 'passando os imoveis', 'transferindo os bens', 'vendendo os bens', 'escondendo bens', 'escondendo os bens'],
  },
  { id: 'audiencia', label: 'audiência marcada', hours: 168, phrases: ['audiencia', 'audiencia marcada', 'julgamento marcado'] },
  {
    id: 'prazo', label: 'prazo correndo', hours: 168,
    phrases: ['prazo', 'perder o prazo', 'prescri*', 'decadencia', 'vence', 'vencimento'],
  },
  {
    id: 'citacao', label: 'processo ou intimação recebida', hours: 168,
    phrases: ['citacao', 'fui citado', 'fui citada', 'intimacao', 'fui intimado', 'fui intimada', 'processo contra mim', 'acao contra mim', 'entraram na justica', 'entrou na justica contra', 'me processou', 'me processaram'],
  },
];

/** The usual legal deadline once a notice arrived and the client counted none; an estimate for the lawyer to confirm. */
export const LEGAL_DEADLINES: { pattern: RegExp; days: number; label: string }[] = [
  { pattern: /\b(?:citacao|fui citad[oa])\b/, days: 21, label: 'contestação: 15 dias úteis da citação' },
  { pattern: /\bauto de infracao\b/, days: 30, label: 'impugnação do auto de infração: 30 dias' },
  { pattern: /\b(?:indeferi\w*|negaram o beneficio|negou o beneficio)\b/, days: 30, label: 'recurso administrativo ao INSS: 30 dias' },
  { pattern: /\bsentenca\b[^.;!?]{0,40}\b(?:saiu|publicad\w*|recebi)\b/, days: 21, label: 'recurso da sentença: 15 dias úteis' },
];

/** A deadline of at most `maxDays` days gives `hours`; longer ones fall back to the signals above. */
export const DEADLINE_HOURS: { maxDays: number; hours: number }[] = [
  { maxDays: 2, hours: 24 },
  { maxDays: 10, hours: 72 },
  { maxDays: 30, hours: 168 },
];
