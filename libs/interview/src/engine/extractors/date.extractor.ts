import { DateMention, DurationMention } from '../interview-engine.types';
import { DAYS_PER_UNIT, MONTH_LABELS, MONTHS } from '../lexicons/numbers.lexicon';
import { allMatches } from '../text/all-matches';
import { COUNT_PATTERN, foldText, parseCount, textMemo } from '../text/text-normalizer';
import { packedMap } from '../text/packed-arrays';

const MONTH = `(${Object.keys(MONTHS).join('|')})`;
const YEAR = '((?:19|20)\\d\\d)';
const UNIT = '(dias?|semanas?|mes|meses|anos?)';
const LEADS = '(?:ha|a|faz|fazem|desde|durante|por|apos|depois de|mais de|quase|ja|cerca de|uns|umas)';

const RELATIVE: Record<string, string> = {
  anteontem: 'anteontem',
  ontem: 'ontem',
  'hoje de manha': 'hoje de manhã',
  'agora pouco': 'agora há pouco',
  'semana passada': 'semana passada',
  'mes passado': 'mês passado',
  'ano passado': 'ano passado',
  'ano retrasado': 'ano retrasado',
  'semana retrasada': 'semana retrasada',
  'mes retrasado': 'mês retrasado',
  // A weekday of the week gone by ("na sexta passada", "domingo passado"): the day the fact happened.
  ...Object.fromEntries(
    [['segunda', 'segunda-feira'], ['terca', 'terça-feira'], ['quarta', 'quarta-feira'], ['quinta', 'quinta-feira'], ['sexta', 'sexta-feira']].flatMap(
      ([day, raw]) => [[`${day} passada`, `${raw} passada`], [`${day} feira passada`, `${raw} passada`]],
    ),
  ),
  'sabado passado': 'sábado passado',
  'domingo passado': 'domingo passado',
  // The weekday of the week before the last ("sábado retrasado"), told as "semana retrasada" is.
  ...Object.fromEntries(
    [['segunda', 'segunda-feira'], ['terca', 'terça-feira'], ['quarta', 'quarta-feira'], ['quinta', 'quinta-feira'], ['sexta', 'sexta-feira']].flatMap(
      ([day, raw]) => [[`${day} retrasada`, `${raw} retrasada`], [`${day} feira retrasada`, `${raw} retrasada`]],
    ),
  ),
  'sabado retrasado': 'sábado retrasado',
  'domingo retrasado': 'domingo retrasado',
};

const FULL_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g;
const DAY_OF_MONTH = new RegExp(`\\b(\\d{1,2}) de ${MONTH}(?: de ${YEAR})?`, 'g');
const MONTH_OF_YEAR = new RegExp(`\\b${MONTH} (?:de |do ano de )?${YEAR}\\b`, 'g');
const MONTH_RELATIVE = new RegExp(`\\b${MONTH} (do ano passado|deste ano|desse ano|do ano retrasado|passado)\\b`, 'g');
/** A month named alone after a preposition ("em agosto", "desde março", "no fim de maio"): the client's own date, if without a year. */
const BARE_MONTH = new RegExp(`\\b(em|desde|ate|no (?:comeco|inicio|fim|final|meio) de|(?:comeco|inicio|fim|final|meados) de) ${MONTH}\\b`, 'g');
const ANY_MONTH = new RegExp(`\\b${MONTH}\\b`);
const DAY_AND_MONTH = /\b(\d{1,2})\/(\d{1,2})\b(?!\/)/g;
const BARE_YEAR = new RegExp(`(?<![\\d.,/$])(?<!r\\$ ?)\\b${YEAR}\\b(?![.,]?\\d)`, 'g');
/**
 * A vehicle's model year, not a date: a year a few words after a vehicle noun with no preposition right before it ("meu
 * carro é um Onix 2019", "moto CG 2020"); "comprei o carro em 2019" is a date.
 */
const VEHICLE_BEFORE = /\b(?:carro|moto|motocicleta|veiculo|caminhao|caminhonete|onibus|modelo|ano modelo|ano\/modelo)\b(?:\s+\S+){0,3}\s+$/;
const DATE_PREPOSITION = /\b(?:em|de|desde|ate|no|na|do|da|ano)\s+$/;
function isModelYear(before: string): boolean {
  return VEHICLE_BEFORE.test(before) && !DATE_PREPOSITION.test(before);
}
// Any run of spaces between the words: "semana  passada" typed with two is the same date.
const RELATIVE_DAYS = Object.entries(RELATIVE).map(([phrase, raw]) => [new RegExp(`\\b${phrase.replace(/ /g, '\\s+')}\\b`, 'g'), raw] as const);
/**
 * "hoje" as the day something happened, not the present set against the past ("hoje eu pago 30%", "hoje moro com minha
 * mãe", "hoje em dia"): before a verb in the first person of the present (ending in a consonant and "o", or "estou",
 * "sou") it tells how things are now, not when.
 */
const FIRST_PERSON_NOW = ' (?:eu |a gente |nos )?(?:(?!cedo\\b|mesmo\\b|meio\\b|pelo\\b|todo\\b)[a-z]+[^aeiou\\s]o|estou|to|sou)\\b';
/**
 * The same for another person ("hoje ele paga quando quer", "hoje ela mora com o pai", "hoje eles pagam metade"): a pronoun
 * and a verb of the present (in -a, -e, -em, -am but not the past's -ram; not a past in -e such as "disse", "teve"); or,
 * with no subject, a verb of a lasting state ("hoje tá acamada", "hoje mora em Goiânia").
 */
const OTHER_PERSON_NOW =
  ' (?:ele|ela|eles|elas|voce|voces) (?:(?:nao|ja|so|ainda|me|nos|lhe|se|te)\\s)*' +
  `(?!(?:${['disse', 'trouxe', 'teve', 'esteve', 'houve', 'soube', 'pode', 'fe', 'de', 'que', 'e'].join('|')})\\b)(?:[a-z]*(?:a|e|em)|[a-z]*[^r\\s]am)\\b`;
const STATE_NOW = ` (?:${['ta', 'tao', 'esta', 'estao', 'mora', 'moram', 'vive', 'vivem', 'trabalha', 'trabalham', 'paga', 'pagam', 'ganha', 'ganham', 'recebe', 'recebem', 'continua', 'continuam'].join('|')})\\b`;
const TODAY = new RegExp(`(?<!ate )\\bhoje\\b(?! em dia\\b|${FIRST_PERSON_NOW}|${OTHER_PERSON_NOW}|${STATE_NOW})`, 'g');
/** Every relative day in one pattern: most texts have none, and then the eight scans are skipped. */
const ANY_RELATIVE_DAY = new RegExp(`\\b(?:${Object.keys(RELATIVE).map((phrase) => phrase.replace(/ /g, '\\s+')).join('|')})\\b`);
/** Every ending of MONTH_RELATIVE has one of these words. */
const ANY_MONTH_RELATION = /\b(?:ano|passado)\b/;
/** A duration always ends in one of these units. */
const ANY_UNIT = new RegExp(`${UNIT}\\b`);
/**
 * Each pattern's named groups: the count, the unit, and the word that tells a time lasted ("durante 3 anos",
 * "3 anos de casa": how long a job, a marriage or the payments went on) from a time gone by ("há 3
 * anos", "3 anos atrás"). The summary shows the one as "durante", the other as "há".
 */
const DURATIONS = [
  // Not a time to come ("daqui a um mês", "daqui uns 2 anos"): a duration here is time gone by or lasted.
  new RegExp(`(?<!\\bdaqui )\\b(?<lead>${LEADS})\\s+(?:uns |umas |cerca de |mais de |quase )?(?<count>${COUNT_PATTERN})\\s*(?<unit>${UNIT})\\b`, 'g'),
  new RegExp(`\\b(?<count>${COUNT_PATTERN})\\s*(?<unit>${UNIT})\\s+(?<lead>atras|seguidos|de casa|de empresa|de carteira|de contribuicao|de trabalho|de casad[oa]|de servico|de uniao)`, 'g'),
];
const LASTED = /^(?:durante|por|seguidos|de )/;

/** What one text gives: its dates in text order, each once, and its durations by pattern of DURATIONS, each once. */
interface DateScan {
  dates: DateMention[];
  durations: DurationMention[][];
}

/** Each text's scan, kept: the transcript pass reads each message's from its turn. Shared: do not mutate. */
const scansOf = textMemo(scanDates);

/** Finds dates ("12/03/2024", "março de 2024", "março do ano passado", "em agosto") and durations ("há 3 meses"). */
export class DateExtractor {
  /**
   * `parts`: the messages `text` joins (`joinTexts`), when it is a transcript. No pattern runs over
   * a message break (none takes the break's "."), so the transcript's dates are the messages' in
   * order, each once, and its durations each pattern's over the messages in turn, each once: what
   * one scan of the joined text finds, in the same order.
   */
  extract(text: string, parts: readonly string[] = [text]): { dates: DateMention[]; durations: DurationMention[] } {
    const scans = packedMap(parts, (part) => scansOf(part));
    const dates: DateMention[] = [];
    const durations: DurationMention[] = [];
    for (const scan of scans) for (const date of scan.dates) if (!dates.some((d) => d.raw === date.raw)) dates.push(date);
    for (let pattern = 0; pattern < DURATIONS.length; pattern++) {
      for (const scan of scans) for (const duration of scan.durations[pattern]) if (!durations.some((d) => d.raw === duration.raw)) durations.push(duration);
    }
    return { dates, durations };
  }
}

/** The dates and each pattern's durations of one text (`DateExtractor.extract`). */
function scanDates(text: string): DateScan {
  const folded = foldText(text);
  const taken: [number, number][] = [];
  const dates: DateMention[] = [];
  const take = (start: number, end: number): boolean => {
    if (taken.some(([s, e]) => start < e && end > s)) return false;
    taken.push([start, end]);
    return true;
  };
  const scan = (pattern: RegExp, toDate: (m: RegExpExecArray) => DateMention | null) => {
    for (const m of allMatches(pattern, folded)) {
      const date = toDate(m);
      if (date && take(m.index, m.index + m[0].length)) dates.push(date);
    }
  };
  // Guards skip the scans that cannot match (no digit, no relative word): output is unchanged.
  const digits = /\d/.test(folded);
  if (digits) {
    scan(FULL_DATE, (m) => fullDate(+m[1], +m[2], fullYear(m[3])));
    scan(DAY_OF_MONTH, (m) =>
      m[3] ? fullDate(+m[1], MONTHS[m[2]], +m[3]) : { raw: `${+m[1]} de ${label(m[2])}`, iso: null },
    );
    scan(MONTH_OF_YEAR, (m) => ({
      raw: `${label(m[1])} de ${m[2]}`,
      iso: `${m[2]}-${pad(MONTHS[m[1]])}`,
    }));
  }
  if (ANY_MONTH_RELATION.test(folded)) {
    scan(MONTH_RELATIVE, (m) => ({
      raw: `${label(m[1])} ${m[2]}`,
      iso: null,
    }));
  }
  if (ANY_MONTH.test(folded)) scan(BARE_MONTH, (m) => ({ raw: `${monthLead(m[1])}${label(m[2])}`, iso: null }));
  if (digits) {
    scan(DAY_AND_MONTH, (m) =>
      +m[1] <= 31 && +m[2] <= 12 ? { raw: `${pad(+m[1])}/${pad(+m[2])}`, iso: null } : null,
    );
    scan(BARE_YEAR, (m) => (isModelYear(folded.slice(0, m.index)) ? null : { raw: m[1], iso: m[1] }));
  }
  if (ANY_RELATIVE_DAY.test(folded)) {
    for (const [pattern, raw] of RELATIVE_DAYS) scan(pattern, () => ({ raw, iso: null }));
  }
  if (folded.includes('hoje')) scan(TODAY, () => ({ raw: 'hoje', iso: null }));

  return { dates: sortByPosition(dates, taken), durations: DURATIONS.map((pattern) => durations(folded, pattern)) };
}

/** A duration as the result shows it: "durante 3 anos" for a time lasted, "há 3 anos" for a time gone by. */
export function durationText(duration: DurationMention): string {
  return `${duration.lasted ? 'durante' : 'há'} ${duration.raw}`;
}

/** The durations `pattern` finds, each once; none without a unit. */
function durations(folded: string, pattern: RegExp): DurationMention[] {
  const found: DurationMention[] = [];
  if (!ANY_UNIT.test(folded)) return found;
  for (const m of allMatches(pattern, folded)) {
    const { count: written, unit: plural, lead } = m.groups!;
    const count = parseCount(written);
    const unit = singular(plural);
    const raw = `${count} ${count === 1 ? unitLabel(unit) : pluralLabel(unit)}`;
    const duration: DurationMention = LASTED.test(lead) ? { raw, days: count * DAYS_PER_UNIT[unit], lasted: true } : { raw, days: count * DAYS_PER_UNIT[unit] };
    if (!found.some((d) => d.raw === raw)) found.push(duration);
  }
  return found;
}

function fullDate(day: number, month: number, year: number): DateMention | null {
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  return { raw: `${pad(day)}/${pad(month)}/${year}`, iso: `${year}-${pad(month)}-${pad(day)}` };
}

function fullYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** How the words before a bare month read in the result: "em" goes, accents come back ("até", "começo de", "início de"). */
function monthLead(lead: string): string {
  if (lead === 'em') return '';
  return `${lead.replace(/^no /, '').replace(/^ate$/, 'até').replace('comeco', 'começo').replace('inicio', 'início')} `;
}

function label(month: string): string {
  return MONTH_LABELS[MONTHS[month] - 1];
}

function singular(unit: string): string {
  if (unit.startsWith('mes')) return 'mes';
  return unit.replace(/s$/, '');
}

function unitLabel(unit: string): string {
  return unit === 'mes' ? 'mês' : unit;
}

function pluralLabel(unit: string): string {
  return unit === 'mes' ? 'meses' : `${unit}s`;
}

/** `dates` in text order, each once; the arrays are filled by `push` (one array kind for V8, not `map` then `filter`). */
function sortByPosition(dates: DateMention[], spans: [number, number][]): DateMention[] {
  const order: { date: DateMention; start: number }[] = [];
  dates.forEach((date, i) => order.push({ date, start: spans[i][0] }));
  order.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const sorted: DateMention[] = [];
  for (const { date } of order) if (!seen.has(date.raw) && seen.add(date.raw)) sorted.push(date);
  return sorted;
}
