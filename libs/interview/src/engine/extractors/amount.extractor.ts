import { AmountMention } from '../interview-engine.types';
import { AMOUNT_MULTIPLIERS, NUMBER_WORDS } from '../lexicons/numbers.lexicon';
import { foldText, originalSpan } from '../text/text-normalizer';

const NUMBER = `(\\d{1,3}(?:\\.\\d{3})+|\\d+|${Object.keys(NUMBER_WORDS).join('|')})(?:,(\\d{1,2}))?`;
const MULTIPLIER = `(${Object.keys(AMOUNT_MULTIPLIERS).join('|')})`;
const AMOUNT = new RegExp(
  `(r\\$\\s*)?\\b${NUMBER}(?:\\s*${MULTIPLIER}\\b)?(?:\\s*(?:de )?(reais|real|conto|contos)\\b)?`,
  'g',
);

/** Finds sums of money: "R$ 5.000,00", "uns 40 mil", "R$ 2,3 milhões", "1.500 reais". */
export class AmountExtractor {
  extract(text: string): AmountMention[] {
    const folded = foldText(text);
    const found: AmountMention[] = [];
    for (const m of folded.matchAll(AMOUNT)) {
      const [, currency, integer, decimals, multiplier, unit] = m;
      const isWord = NUMBER_WORDS[integer] !== undefined;
      if (!currency && !multiplier && !unit) continue;
      if (isWord && !multiplier && !unit) continue;
      const base = isWord ? NUMBER_WORDS[integer] : Number(integer.replace(/\./g, ''));
      const value = (base + (decimals ? Number(`0.${decimals}`) : 0)) * (multiplier ? AMOUNT_MULTIPLIERS[multiplier] : 1);
      if (value <= 0) continue;
      const rounded = Math.round(value * 100) / 100;
      if (found.some((a) => a.value === rounded)) continue;
      found.push({ raw: originalSpan(text, folded, m.index, m.index + m[0].length), value: rounded });
    }
    return found;
  }
}

/** "R$ 1.650,00": locale-independent, so output is the same on every machine. */
export function formatBrl(value: number): string {
  const [integer, cents] = value.toFixed(2).split('.');
  return `R$ ${integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${cents}`;
}
