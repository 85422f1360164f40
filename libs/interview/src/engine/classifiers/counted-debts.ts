import { DEBT_NOUNS, MANY_DEBTS_MIN } from '../lexicons/complexity-features.lexicon';
import { COUNT_PATTERN, countsAtLeast } from '../text/text-normalizer';

/** "tenho 4 empréstimos consignados", "uns três financiamentos": a count, at most "uns" before it, then the credit contracts. */
const COUNTED_DEBTS = new RegExp(`\\b(${COUNT_PATTERN})\\s+(?:${DEBT_NOUNS.join('|')})\\b`, 'g');
/** The contracts' words alone: most texts have none, and then the count is not looked for. */
const ANY_DEBT = new RegExp(`\\b(?:${DEBT_NOUNS.join('|')})\\b`);

/** Whether the text counts at least `MANY_DEBTS_MIN` credit contracts of the client's (`muitas-dividas`). */
export const mentionsManyDebts = countsAtLeast(COUNTED_DEBTS, ANY_DEBT, MANY_DEBTS_MIN);
