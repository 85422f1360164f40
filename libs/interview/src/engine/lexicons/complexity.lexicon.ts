import { Complexity } from '../interview-engine.types';

/** A fact that makes a case harder; each signal counts once per interview. */
export interface ComplexitySignal {
  id: string;
  points: number;
  phrases: string[];
}

export const COMPLEXITY_SIGNALS: ComplexitySignal[] = [
  { id: 'insolvencia', points: 4, phrases: ['recuperacao judicial', 'recuperacao extrajudicial', 'falencia'] },
  { id: 'muitos-credores', points: 2, phrases: ['muitos credores', 'varios credores', 'diversos credores', 'varios bancos', 'muitos bancos', 'muitas dividas', 'varias dividas'] },
  { id: 'valores-milionarios', points: 2, phrases: ['milionari*'] },
  { id: 'improbidade', points: 3, phrases: ['improbidade'] },
  { id: 'prisao', points: 3, phrases: ['preso', 'foi presa', 'esta presa', 'prisao preventiva', 'mandado de prisao', 'flagrante'] },
  { id: 'crime-grave', points: 2, phrases: ['homicidio', 'trafico', 'roubo', 'estupro', 'latrocinio', 'organizacao criminosa', 'lavagem de dinheiro', 'mao armada'] },
  { id: 'coletivo', points: 2, phrases: ['acao coletiva', 'todos os funcionarios', 'varios funcionarios', 'coletiv*', 'todos os moradores', 'varias familias'] },
  { id: 'patrimonio', points: 1, phrases: ['partilha', 'patrimonio', 'fazenda', 'holding', 'heranca', 'inventario', 'empresa dele'] },
  { id: 'ocultacao-bens', points: 2, phrases: ['passando os bens', 'passando imoveis', 'passando os imoveis', 'nome de terceiros', 'laranja', 'escondendo bens', 'escondendo os bens'] },
  { id: 'bens-indisponiveis', points: 1, phrases: ['indisponiveis', 'indisponibilidade', 'bloqueio de bens', 'penhora'] },
  { id: 'morte', points: 1, phrases: ['morreu', 'morte', 'faleceu', 'obito'] },
  { id: 'dispensa-pelo-empregador', points: 1, phrases: ['demitido', 'demitida', 'mandaram embora', 'dispensado', 'dispensada'] },
  { id: 'pedidos-trabalhistas', points: 1, phrases: ['hora extra', 'horas extras', 'insalubridade', 'periculosidade', 'assedio', 'acidente de trabalho', 'equiparacao', 'fgts'] },
  { id: 'processo-contra', points: 1, phrases: ['processo contra mim', 'acao contra mim', 'entraram na justica', 'me processou', 'me processaram', 'execucao'] },
  { id: 'perda-do-cargo', points: 1, phrases: ['abandono de cargo', 'portaria de demissao', 'demissao do servico publico', 'cassacao'] },
  { id: 'erro-medico', points: 1, phrases: ['erro medico', 'sequela'] },
];

/** Points from the largest amount mentioned (BRL), first match wins. */
export const AMOUNT_POINTS: { min: number; points: number }[] = [
  { min: 1_000_000, points: 4 },
  { min: 100_000, points: 3 },
  { min: 50_000, points: 2 },
  { min: 10_000, points: 1 },
];

/** Points from the largest counted group of parties ("9 bancos"), first match wins. */
export const GROUP_POINTS: { min: number; points: number }[] = [
  { min: 5, points: 2 },
  { min: 3, points: 1 },
];

/** Points from the urgency in hours, first match wins. */
export const URGENCY_POINTS: { maxHours: number; points: number }[] = [
  { maxHours: 24, points: 2 },
  { maxHours: 72, points: 1 },
];

/** Points when this many distinct parties are involved. */
export const MANY_PARTIES = { min: 4, points: 1 };

/** Lowest score of each level. */
export const COMPLEXITY_THRESHOLDS: { level: Complexity; min: number }[] = [
  { level: 'high', min: 5 },
  { level: 'medium', min: 2 },
  { level: 'low', min: Number.NEGATIVE_INFINITY },
];
