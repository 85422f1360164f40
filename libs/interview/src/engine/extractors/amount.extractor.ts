import { FOREIGN_SYMBOLS } from '../interview-engine.constants';
import { AmountMention, ForeignCurrency } from '../interview-engine.types';
import {
  AMOUNT_MULTIPLIERS,
  MINIMUM_WAGE_FOR_BANDS,
  COUNT_NOUNS,
  INCOME_CUES,
  MONEY_AFTER,
  MONEY_CUES,
  MONEY_FILLERS,
  NOUN_MARKERS,
  PRICE_CUES,
  PAID_CUES,
  PAID_FOR,
  DOWN_PAYMENT_AFTER,
  REVENUE_CUES,
  REVENUE_VERBS,
  YEAR_MARKERS,
  CREDIT_TITLES,
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  FOREIGN_RATES_FOR_BANDS,
} from '../lexicons/numbers.lexicon';
import { allMatches } from '../text/all-matches';
import { COUNT_PATTERN, foldText, HUNDREDS_PATTERN, originalSpan, parseCount, textMemo, withDigits } from '../text/text-normalizer';
import { packedMap } from '../text/packed-arrays';

/**
 * Digits, words ("cento e oitenta"), "meio" before a million, or nothing before "mil" ("mil e seiscentos reais": one thousand); the
 * decimals after a comma, or after a dot right before millions or billions ("1.2 milhão", "R$ 1.5 mi"), as such sums are typed.
 */
const NUMBER = `(\\d{1,3}(?:\\.\\d{3})+|${COUNT_PATTERN}|meio(?=\\s+milh)|(?=mil\\b))(?:(?:,|\\.(?=\\d{1,2}\\s*(?:milh|mi\\b|bilh|bi\\b)))(\\d{1,2}))?`;
const MULTIPLIER = `(${Object.keys(AMOUNT_MULTIPLIERS).join('|')})`;
/** Alternatives of a pattern, the longest first ("libras esterlinas" before "libras"), their "$" escaped. */
const alternatives = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/\$/g, '\\$')).join('|');
/**
 * A currency's sign or code before the number (`CURRENCY_SIGNS`): "R$" as before, the other signs ("€", "£"), and the codes written with
 * letters only as a word of their own ("USD", "US$", not "USDT").
 */
const FOREIGN_SIGNS = Object.keys(CURRENCY_SIGNS).filter((sign) => CURRENCY_SIGNS[sign] !== 'BRL');
const SIGN = `(?:r\\$|${alternatives(FOREIGN_SIGNS.filter((sign) => !/^[a-z]/.test(sign)))}|(?<![a-z])(?:${alternatives(FOREIGN_SIGNS.filter((sign) => /^[a-z]/.test(sign)))})(?![a-z]))`;
/** The currency words after a sum (`CURRENCY_WORDS`). */
const UNIT = `(${alternatives(Object.keys(CURRENCY_WORDS))})`;
/** After the hundreds or thousands of a sum said in words, "reais", "real" or a foreign currency's word ("dois mil e quinhentos dólares"). */
const UNIT_AFTER_PARTS = `(${alternatives(Object.keys(CURRENCY_WORDS).filter((word) => CURRENCY_WORDS[word] !== 'BRL' || word === 'reais' || word === 'real'))})`;
/** "dois milhões e meio": half of the multiplier more. */
const AMOUNT = new RegExp(
  `(${SIGN}\\s*)?\\b${NUMBER}(?:\\s*${MULTIPLIER}\\b(\\s+e\\s+meio\\b)?)?(?:\\s*(?:de )?${UNIT}\\b)?`,
  'g',
);
/** The money cue that ends the text before an amount, in the singular or the plural ("as multas são de"), with only filler words in between. */
const CUE_BEFORE = new RegExp(`\\b(${MONEY_CUES.join('|')})(s?)\\b(?:\\s+(?:${MONEY_FILLERS.join('|')})\\b)*\\s*$`);
const SUM_AFTER = new RegExp(`^\\s*(?:${MONEY_AFTER.join('|')})\\b`);
const COUNT_AFTER = new RegExp(`^\\s*(?:${COUNT_NOUNS.join('|')}|%)(?![a-z])`);
/**
 * The hundreds of a sum said in words after "mil" ("dois mil e quinhentos", "mil e seiscentos"), or a year's
 * ("mil novecentos e noventa e oito", said without the "e").
 */
const HUNDREDS_AFTER = new RegExp(`^(?:\\s+e\\s+(\\d{1,3}|${COUNT_PATTERN})|\\s+(${HUNDREDS_PATTERN}))(?:\\s*${UNIT_AFTER_PARTS}\\b)?`);
/** Multipliers above a thousand, after which the thousands may follow ("um milhão e oitocentos mil"). */
const LARGE_MULTIPLIERS = Object.keys(AMOUNT_MULTIPLIERS).filter((word) => AMOUNT_MULTIPLIERS[word] > 1_000);
/**
 * The thousands of a sum after millions ("um milhão e oitocentos mil", "1 milhão e 800 mil", "dois milhões,
 * trezentos e cinquenta mil"), with their own hundreds ("e quinhentos"): parts of the one sum, not sums of their own.
 */
const THOUSANDS_AFTER = new RegExp(
  `^(?:\\s*,\\s+(?=[a-z])|\\s+)(?:e\\s+)?(\\d{1,3}|${COUNT_PATTERN})\\s*mil\\b(?:\\s+e\\s+(\\d{1,3}|${COUNT_PATTERN})(?![\\d.,]*\\s*mil\\b)|\\s+(${HUNDREDS_PATTERN}))?(?:\\s*(?:de )?${UNIT_AFTER_PARTS}\\b)?`,
);
/** Years said in words ("em dois mil e dezessete", "desde mil novecentos e noventa e oito"). */
const FIRST_YEAR = 1900;
/** Before a year said in words, also the end of a span ("de dois mil e dezessete a dois mil e vinte"). */
const WORD_YEAR_BEFORE = new RegExp(`\\b(?:${[...YEAR_MARKERS, 'a'].join('|')})\\s*$`);
const LAST_YEAR = 2100;
const YEAR_BEFORE = new RegExp(`\\b(?:${YEAR_MARKERS.join('|')})\\s*$`);
const CUE_WINDOW = 40;
/**
 * A count of instalments right before a sum ("22 parcelas de R$ 1.180", "12 vezes de 790", "18 prestações de 1.300"): the sum is one
 * instalment, and what is owed or paid is their total (the outstanding balance of a financing, the price of a purchase in instalments).
 * So too a count of credit titles ("3 promissórias de 5 mil", "3 cheques de 10 mil": `CREDIT_TITLES`), each for the sum.
 */
const INSTALMENTS_BEFORE = new RegExp(
  `\\b(\\d{1,3}|${COUNT_PATTERN})\\s*(?:parcelas|prestacoes|mensalidades|vezes|x|${CREDIT_TITLES.join('|')})\\s+(?:de\\s+|iguais de\\s+|mensais de\\s+)?$`,
);
/**
 * A count of things right before a sum told as the price of one, and the word that says so after it ("400 cabeças de gado a 3 mil a
 * cabeça", "2 lotes por 80 mil cada", "300 sacas de soja a 150 a saca"): the deal is the count times the price, as with instalments.
 * The thing after the sum is the one counted before it, in the singular (`EACH_AFTER` group 1), or "cada", "a unidade".
 */
const COUNT_AT_PRICE_BEFORE = new RegExp(`\\b(\\d{1,3}(?:\\.\\d{3})*|${COUNT_PATTERN})\\s+([a-z]+)(?:\\s+de\\s+[a-z]+)?\\s+(?:a|por)\\s+$`);
const EACH_AFTER = /^\s*(?:cada\b|(?:a|o|por)\s+(?:cada\b|unidade\b|([a-z]+)\b))/;
/** More instalments than this are no count of instalments (a year, a street number). */
const MAX_INSTALMENTS = 420;
const NOT_EVEN_BEFORE = /\b(?:nem|sem|nenhum)\s*$/;
/** A price word, then up to four words in the same sentence without a digit (a year may stand among them: "comprei em 2010 por 200 mil"). */
const PRICE_BEFORE = new RegExp(`\\b(?:${PRICE_CUES.join('|')})\\b(?:\\s+(?:[^\\s\\d.!?;]+|(?:19|20)\\d\\d)){0,4}\\s*$`);
/** The thing bought right after a sum paid (`PAID_FOR`): "no apartamento", "pelo carro", "na minha casa", or "nele", "nela". */
const PAID_FOR_AFTER = new RegExp(
  `^\\s*(?:(?:no|na|num|numa|pelo|pela)\\s+(?:(?:meu|minha|o|a|esse|essa|este|esta|um|uma)\\s+)?(?:${PAID_FOR.join('|')})\\b|nele\\b|nela\\b)`,
);
const DOWN_PAYMENT = new RegExp(`^\\s*(?:${DOWN_PAYMENT_AFTER.join('|')})\\b`);
/** Before a revenue verb's homograph, makes it the noun ("a fatura de 900" is a bill, not what a company takes in). */
const CUE_AS_NOUN = new RegExp(`\\b(?:${NOUN_MARKERS.join('|')})\\s+\\S+\\s*(?:(?:${MONEY_FILLERS.join('|')})\\s+)*$`);

/**
 * A sum told in minimum wages: a count before it ("um", "dois", "1,5", "meio"), or a share of one ("30% do salário mínimo"),
 * or "e meio" after it ("um salário mínimo e meio"); with no count, only after an income word ("ganha salário mínimo"). Folded text.
 */
const MINIMUM_WAGES = new RegExp(
  `(?:\\b(\\d{1,3}(?:,\\d{1,2})?)\\s*%\\s*(?:do|de um|de|sobre o)\\s+|(?<![\\d,.])\\b(meio|\\d{1,3}(?:,\\d{1,2})?|${COUNT_PATTERN})\\s+)?salarios?\\s+minimos?\\b(\\s+e\\s+meio\\b)?`,
  'g',
);
/** A share or a count of minimum wages as the summary shows it: the client's words, with the accents of the written forms. */
const WAGE_WORDS: Record<string, string> = { salario: 'salário', salarios: 'salários', minimo: 'mínimo', minimos: 'mínimos', tres: 'três' };

/**
 * Finds sums of money: "R$ 5.000,00", "uns 40 mil", "R$ 2,3 milhões", "1.500 reais", and bare
 * numbers after a money word ("ganhava 1500 por mês") or before a period or share ("uns 400 por mês",
 * "900 cada"). Sums after an income word are marked `income`, after a word of a business's takings `revenue`. A sum told in
 * dollars, euros or pounds ("US$ 410 mil", "180 euros", "£ 2 mil") is kept in its currency (`AmountMention.foreign`), never read as reais.
 */
export class AmountExtractor {
  /**
   * Each value once: sums in minimum wages first, then the others in text order; a sum inside the words of the one before
   * ("dois mil e quinhentos") is none.
   * `parts`: the messages `text` joins (`joinTexts`), when it is a transcript. No sum runs over a message break, nor
   * do the words read before and after it (every pattern stops at the break's "."), so each message's sums are read
   * apart and kept from its turn. Unless folding changes some message's length: then the transcript's sums take their
   * words from its folded text (`originalSpan`), and it is read whole.
   */
  extract(text: string, parts: readonly string[] = [text]): AmountMention[] {
    const apart = parts.every((part) => foldText(part).length === part.length);
    const found = minimumWagesIn(parts);
    for (const sums of apart ? packedMap(parts, (part) => sumsIn(part)) : [sumsIn(text)]) {
      let consumed = 0;
      for (const { start, end, mention } of sums) {
        if (start < consumed || found.some((a) => amountKey(a) === amountKey(mention))) continue;
        consumed = end;
        found.push(mention);
      }
    }
    return found;
  }
}

/** A sum found in a text: where it starts, where its words end (past hundreds or thousands read after it), and the mention. */
interface Sum {
  start: number;
  end: number;
  mention: AmountMention;
}

/** Every sum of a text in text order, before any is dropped as a repeated value or as part of the one before; shared: do not mutate. */
const sumsIn = textMemo((text): readonly Sum[] => {
  const folded = foldText(text);
  const sums: Sum[] = [];
  for (const m of allMatches(AMOUNT, folded)) {
    const [, sign, integer, decimals, multiplier, half, unit] = m;
    const isWord = !/^\d/.test(integer);
    const before = folded.slice(Math.max(0, m.index - CUE_WINDOW), m.index);
    const cueMatch = CUE_BEFORE.exec(before);
    const cue = cueMatch?.[1];
    // A plural is a noun ("5 faturas de 39,90" are bills), never the verb of a business's takings.
    const plural = cueMatch?.[2] === 's';
    const base = integer === '' ? 1 : integer === 'meio' ? 0.5 : isWord ? parseCount(integer) : Number(integer.replace(/\./g, ''));
    // Words that do not join into one number ("dois e três mil": two sums, or a range) are no one sum.
    if (integer.includes(' e ') && withDigits(integer) !== String(base)) continue;
    const after = folded.slice(m.index + m[0].length);
    const counted = instalmentCount(before) ?? countAtPrice(before, after);
    // A number with two-digit cents ("293,47") is written so only for money: a sum in reais, cue or not; so is one instalment's or one thing's price.
    const bare = !isWord && (cue !== undefined || counted !== null || SUM_AFTER.test(after) || decimals?.length === 2) && isBareSum(integer, base, before, after);
    if (!sign && !unit && (multiplier ? COUNT_AFTER.test(after) : !bare)) continue;
    if (isWord && !multiplier && !unit) continue;
    const hundreds = multiplier === 'mil' && !unit ? HUNDREDS_AFTER.exec(after) : null;
    const thousands = multiplier && LARGE_MULTIPLIERS.includes(multiplier) && !half && !unit ? thousandsAfter(after) : null;
    // "mil" alone is a sum only with its hundreds, a currency or a money word ("mil vezes" is not one).
    if (integer === '' && !hundreds && !sign && !unit && cue === undefined) continue;
    const value =
      (base + (decimals ? Number(`0.${decimals}`) : 0) + (half ? 0.5 : 0)) * (multiplier ? AMOUNT_MULTIPLIERS[multiplier] : 1) +
      (hundreds ? parseCount(hundreds[1] ?? hundreds[2]) : 0) +
      (thousands?.value ?? 0);
    if (value <= 0) continue;
    // "nem um real", "sem um real": the client has nothing, not a sum of one real.
    if (value === 1 && NOT_EVEN_BEFORE.test(before)) continue;
    if (isWord && !sign && !unit && value >= FIRST_YEAR && value <= LAST_YEAR && WORD_YEAR_BEFORE.test(before)) continue;
    const rounded = Math.round(value * (counted?.count ?? 1) * 100) / 100;
    const end = m.index + m[0].length + (hundreds ? hundreds[0].length : 0) + (thousands?.length ?? 0) + (counted?.after ?? 0);
    const start = m.index - (counted?.length ?? 0);
    const raw = originalSpan(text, folded, start, end);
    const currency = currencyOf(sign, unit ?? hundreds?.[3] ?? thousands?.unit);
    if (counted) {
      // The count read as a sum of its own before ("comprou 2 lotes": a money word, then a number) is a part of this one.
      while (sums.length > 0 && sums[sums.length - 1].start >= start) sums.pop();
      sums.push({ start, end, mention: inCurrency({ raw, value: rounded, instalments: true }, currency) });
      continue;
    }
    const revenue = cue !== undefined && REVENUE_CUES.includes(cue) && !(REVENUE_VERBS.includes(cue) && (plural || CUE_AS_NOUN.test(before.slice(0, before.lastIndexOf(cue) + cue.length))));
    const mention: AmountMention =
      cue !== undefined && INCOME_CUES.includes(cue)
        ? { raw, value: rounded, income: true }
        : revenue
          ? { raw, value: rounded, revenue: true }
          : PRICE_BEFORE.test(before) || (cue !== undefined && PAID_CUES.includes(cue) && PAID_FOR_AFTER.test(after)) || DOWN_PAYMENT.test(after)
            ? { raw, value: rounded, price: true }
            : { raw, value: rounded };
    sums.push({ start: m.index, end, mention: inCurrency(mention, currency) });
  }
  return sums;
});

/** The currency of a sum: its sign's ("US$ 410 mil"), or its word's ("180 euros"), or the real's. */
function currencyOf(sign: string | undefined, word: string | undefined): ForeignCurrency | 'BRL' {
  if (sign) return CURRENCY_SIGNS[sign.trim()] ?? 'BRL';
  return word ? (CURRENCY_WORDS[word] ?? 'BRL') : 'BRL';
}

/**
 * A sum read in reais, as told in `currency`: in a foreign one, the sum is kept in it (`foreign`), and `value` becomes its floor in reais
 * for the value bands (`FOREIGN_RATES_FOR_BANDS`).
 */
function inCurrency(mention: AmountMention, currency: ForeignCurrency | 'BRL'): AmountMention {
  if (currency === 'BRL') return mention;
  const value = Math.round(mention.value * FOREIGN_RATES_FOR_BANDS[currency] * 100) / 100;
  return { ...mention, value, foreign: { currency, value: mention.value } };
}

/** Two mentions of one sum: the same value in the same currency ("US$ 100" is not "R$ 500", though banded alike). */
export function amountKey(amount: AmountMention): string {
  return amount.foreign ? `${amount.foreign.currency} ${amount.foreign.value}` : String(amount.value);
}

/**
 * Sums told in minimum wages (`MINIMUM_WAGES`), each once, as the client said them. A share of one is a support or a fee,
 * not an income; a count is an income unless a money word of another kind comes right before it ("pago meio salário
 * mínimo de pensão").
 */
function minimumWagesIn(parts: readonly string[]): AmountMention[] {
  const found: AmountMention[] = [];
  for (const folded of parts.map(foldText)) {
    if (!folded.includes('minimo')) continue;
    for (const m of allMatches(MINIMUM_WAGES, folded)) {
      const [, percent, count, half] = m;
      const cue = CUE_BEFORE.exec(folded.slice(Math.max(0, m.index - CUE_WINDOW), m.index))?.[1];
      if (!percent && !count && !half && !(cue && INCOME_CUES.includes(cue))) continue;
      const base = percent ? Number(percent.replace(',', '.')) / 100 : count === 'meio' ? 0.5 : count ? wageCount(count) : 1;
      const wages = base + (half ? 0.5 : 0);
      if (!(wages > 0)) continue;
      const raw = m[0].split(/\s+/).map((word) => WAGE_WORDS[word] ?? word).join(' ');
      if (found.some((a) => a.raw === raw)) continue;
      const value = Math.round(wages * MINIMUM_WAGE_FOR_BANDS * 100) / 100;
      const income = !percent && (cue === undefined || INCOME_CUES.includes(cue));
      found.push(income ? { raw, value, income: true, minimumWages: true } : { raw, value, minimumWages: true });
    }
  }
  return found;
}

/** A count of minimum wages in digits ("2", "1,5") or words ("dois"). */
function wageCount(count: string): number {
  return /^\d/.test(count) ? Number(count.replace(',', '.')) : parseCount(count);
}

/** The thousands (and their hundreds) said after millions, below a million, how much text they take, and the currency word after them. */
function thousandsAfter(after: string): { value: number; length: number; unit: string | undefined } | null {
  const match = THOUSANDS_AFTER.exec(after);
  if (!match) return hundredThousandsAfter(after);
  const thousands = parseCount(match[1]);
  const hundreds = match[2] ?? match[3];
  const rest = hundreds ? parseCount(hundreds) : 0;
  if (thousands <= 0 || thousands >= 1000 || rest >= 1000) return null;
  return { value: thousands * 1000 + rest, length: match[0].length, unit: match[4] };
}

/**
 * The thousands after millions said without their "mil", as spoken ("1 milhão e 200", "um milhão e duzentos", "2 milhões e 500 reais"):
 * hundreds of thousands, ending the sum (a stop, a currency word or a joining word next), never a count of things ("1 milhão e 3 imóveis").
 */
const HUNDRED_THOUSANDS_AFTER = new RegExp(
  `^\\s+e\\s+(\\d{1,3}|${HUNDREDS_PATTERN})(?:\\s*${UNIT_AFTER_PARTS}\\b)?(?=\\s*(?:$|[.,;:!?)])|\\s+(?:e|que|de|pra|pro|para|no|na|em|com|mas|so|ja|ai)\\b)`,
);
function hundredThousandsAfter(after: string): { value: number; length: number; unit: string | undefined } | null {
  const match = HUNDRED_THOUSANDS_AFTER.exec(after);
  if (!match) return null;
  const hundreds = parseCount(match[1]);
  if (hundreds <= 0 || hundreds >= 1000) return null;
  return { value: hundreds * 1000, length: match[0].length, unit: match[2] };
}

/** A count before a sum, how much text it takes before the sum (`length`) and after it (`after`: the word that made the sum a price each). */
interface CountedSum {
  count: number;
  length: number;
  after?: number;
}

/** The count of instalments that ends the text before a sum, and how much text it takes (`INSTALMENTS_BEFORE`). */
function instalmentCount(before: string): CountedSum | null {
  const match = INSTALMENTS_BEFORE.exec(before);
  if (!match) return null;
  const count = /^\d/.test(match[1]) ? Number(match[1]) : parseCount(match[1]);
  return count >= 2 && count <= MAX_INSTALMENTS ? { count, length: match[0].length } : null;
}

/** The count of things before a sum told as the price of one of them (`COUNT_AT_PRICE_BEFORE`, `EACH_AFTER`). */
function countAtPrice(before: string, after: string): CountedSum | null {
  const match = COUNT_AT_PRICE_BEFORE.exec(before);
  const each = match && EACH_AFTER.exec(after);
  if (!match || !each) return null;
  const [, counted, thing] = match;
  if (each[1] !== undefined && thing !== `${each[1]}s` && thing !== `${each[1]}es`) return null;
  const count = /^\d/.test(counted) ? Number(counted.replace(/\./g, '')) : parseCount(counted);
  return count >= 2 ? { count, length: match[0].length, after: each[0].length } : null;
}

/** A bare number after a money word is a sum unless it counts something or is a year (never written with a thousands dot: "de 1.900" is a sum). */
function isBareSum(integer: string, value: number, before: string, after: string): boolean {
  if (COUNT_AFTER.test(after)) return false;
  return !(value >= 1900 && value <= 2100 && !integer.includes('.') && YEAR_BEFORE.test(before));
}

/**
 * A sum as the result shows it: in reais, in the foreign currency it was told in ("US$ 410.000,00"), or as the client said it when told
 * in minimum wages or in instalments (never converted).
 */
export function amountText(amount: AmountMention): string {
  if (amount.minimumWages || amount.instalments) return amount.raw;
  return amount.foreign ? formatMoney(FOREIGN_SYMBOLS[amount.foreign.currency], amount.foreign.value) : formatBrl(amount.value);
}

/** "R$ 1.650,00": locale-independent, so output is the same on every machine. */
export function formatBrl(value: number): string {
  return formatMoney('R$', value);
}

/** A sum after its currency's sign, with dot thousands and comma cents as in Brazil ("US$ 410.000,00", "€ 12.000,00"). */
function formatMoney(symbol: string, value: number): string {
  const [integer, cents] = value.toFixed(2).split('.');
  return `${symbol} ${withThousandsDots(integer)},${cents}`;
}

const ONLY_DIGITS = /^\d+$/;

/**
 * `integer` with a dot before each group of three digits from the right ("410000" -> "410.000"). A run of digits alone (every sum
 * `toFixed` writes below 1e21) by slicing; anything else by the pattern, `/\B(?=(\d{3})+(?!\d))/g`, whose lookahead reads the
 * rest of the number again at every position (a spec checks the two agree).
 */
export function withThousandsDots(integer: string): string {
  if (!ONLY_DIGITS.test(integer)) return integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  let dotted = integer.slice(0, integer.length % 3 || 3);
  for (let at = dotted.length; at < integer.length; at += 3) dotted += `.${integer.slice(at, at + 3)}`;
  return dotted;
}
