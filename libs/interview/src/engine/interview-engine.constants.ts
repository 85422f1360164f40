import { Complexity, ForeignCurrency, LegalAreaCode, Strategy } from './interview-engine.types';

/** Which triage strategy each complexity level uses. */
export const STRATEGY_BY_COMPLEXITY: Record<Complexity, Strategy> = {
  low: 'simple',
  medium: 'failover',
  high: 'ensemble',
};

/** Labels the app shows and the lawyer-matching service matches on. */
export const AREA_LABELS: Record<LegalAreaCode, string> = {
  trabalhista: 'Trabalhista',
  consumidor: 'Consumidor',
  familia: 'Família',
  previdenciario: 'Previdenciário',
  civil: 'Civil',
  criminal: 'Criminal',
  tributario: 'Tributário',
  administrativo: 'Administrativo',
  empresarial: 'Empresarial',
  imobiliario: 'Imobiliário',
};

export const LEGAL_AREA_CODES = Object.keys(AREA_LABELS) as LegalAreaCode[];

/** How the result writes each foreign currency before its sum ("US$ 410.000,00", "€ 12.000,00"). */
export const FOREIGN_SYMBOLS: Record<ForeignCurrency, string> = { USD: 'US$', EUR: '€', GBP: '£' };
export const FOREIGN_CURRENCIES = Object.keys(FOREIGN_SYMBOLS) as ForeignCurrency[];

/** Questions asked before the interview may close (`min`) and at which it must close (`max`). */
export const TURN_LIMITS: Record<Complexity, { min: number; max: number }> = {
  low: { min: 3, max: 5 },
  medium: { min: 5, max: 8 },
  high: { min: 6, max: 10 },
};

/** Hours within which a lawyer should act when no urgency signal was found. */
export const DEFAULT_URGENCY_H = 720;

/** Upper bound of each list kept in the facts, so the stored snapshot stays small. */
export const MAX_LIST_ITEMS = 12;
