import { MONTHS } from '../lexicons/numbers.lexicon';
import { COUNT_PATTERN, normalizeText, parseCount } from '../text/text-normalizer';

const DAY_MS = 86_400_000;
const MONTH = `(${Object.keys(MONTHS).join('|')})`;
const FULL_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/;
const DAY_AND_MONTH = /\b(\d{1,2})\/(\d{1,2})\b(?!\/)/;
const DAY_OF_MONTH = new RegExp(`\\b(\\d{1,2}) de ${MONTH}(?: de ((?:19|20)\\d\\d)| (deste|desse|do) ano( passado)?)?`);
const DAYS_AGO = new RegExp(`\\b(?:ha|faz|fazem)(?: uns| umas| cerca de)? (${COUNT_PATTERN}) (dias?|semanas?)\\b`);
/**
 * A time gone by in years and months ("faz um ano e onze meses", "há 23 meses"), counted back in calendar months, and the weeks,
 * days or half after them ("faz 5 meses e 3 semanas", "1 ano e 11 meses e meio"): a half of a year is 6 months, of a month 15 days.
 */
const MONTHS_AGO = new RegExp(
  `\\b(?:ha|faz|fazem)(?: uns| umas| cerca de)? (?:(${COUNT_PATTERN}) anos?(?: e (${COUNT_PATTERN}) mes(?:es)?)?|(${COUNT_PATTERN}) mes(?:es)?)` +
    `(?: e (?:uns |umas )?(?:(${COUNT_PATTERN}) (dias?|semanas?)|(meio)))?\\b`,
);
const HALF_MONTH_DAYS = 15;
const HALF_YEAR_MONTHS = 6;
/**
 * A sentence that dates what an earlier message told, pointing back to it ("isso foi faz 5 meses", "faz 1 ano e 11 meses", "foi
 * ontem", "aconteceu há 10 dias"): it opens on the verb of the time gone by, with no event of its own, or on a notice's arrival
 * told with its time only ("chegou faz 25 dias", of the notice told before).
 */
const POINTS_BACK =
  /^\s*(?:(?:e|ah|entao|bom|olha|mas)\s+)?(?:isso\s+|isto\s+|tudo isso\s+|ja\s+)?(?:foi|faz|fez|fazem|aconteceu|ocorreu|ha|(?:chegou|chegaram|recebi|recebemos|saiu|veio)(?= (?:faz|ha|ontem|anteontem|hoje)\b))\b/;
/**
 * The time's own fact told after it in a clause of "que" ("faz 20 anos que moro no terreno"): the sentence dates that fact, not an
 * earlier one; unless the clause only restates the happening ("faz 5 meses que isso aconteceu").
 */
const TIME_OF_ITS_OWN = /^[^,]*?\b(?:anos?|mes(?:es)?|semanas?|dias?) que (?!(?:isso|isto|tudo|aconteceu|ocorreu|foi|recebi|chegou|saiu)\b)/;
/**
 * The day a message without its time stands at (a transcript replayed, the eval): a time told back from the message ("faz 5 meses
 * e 3 semanas", "ontem") needs no calendar, and counted from this day the days left to a term are the same as from any other. A day
 * of the calendar ("10 de outubro") or a weekday is not read against it.
 */
export const NO_CLOCK = new Date(Date.UTC(2000, 0, 1));
const MONTHS_PER_YEAR = 12;
/**
 * A day told back from the message; last week's ("pedi demissão semana passada") as seven days back, the deadline extractor's
 * count for a notice that came then: within days of the true one, so a term of months or years from it (the labour claim's 2
 * years, CF art. 7º XXIX) is dated by it, not by a length of service beside it ("trabalho lá faz 2 anos").
 */
const RELATIVE: Record<string, number> = { anteontem: 2, ontem: 1, hoje: 0, 'semana passada': 7 };
const RELATIVE_DAY = /\b(anteontem|ontem|hoje|semana passada)\b/;
const UNIT_DAYS: Record<string, number> = { dia: 1, dias: 1, semana: 7, semanas: 7 };
/** Weekdays folded, by `Date.getUTCDay()` index. */
export const WEEKDAYS = ['domingo', 'segunda', 'terca', 'quarta', 'quinta', 'sexta', 'sabado'];
const DAYS_PER_WEEK = 7;
/** A weekday of this week or the last ("pediu demissão na segunda-feira", "na última sexta", "sábado passado"): the last one past. */
const PAST_WEEKDAY = new RegExp(`\\b(?:(?:na|no|desde a|desde o) (?:ultim[ao] )?(${WEEKDAYS.join('|')})|(${WEEKDAYS.join('|')})(?: feira)? passad[oa])\\b`);

/**
 * The day an event told in `text` happened, as `YYYY-MM-DD`: a date in the same sentence as one of `eventWords` ("meu pai
 * faleceu no dia 10 de outubro", "ele morreu há 40 dias", "saí de lá faz um ano e onze meses"), resolved against `now`, the
 * message time (a day and month without a year is the last one past). Only a day: a month alone is no date to count from.
 */
export function eventDate(text: string, eventWords: RegExp, now: Date, backOnly = false): string | null {
  const normalized = normalizeText(text);
  for (const sentence of normalized.split(/[.;!?\n]+/)) {
    const event = eventWords.exec(sentence);
    if (!event) continue;
    // Of two times in the sentence, the one beside the event is its day: "fui demitida ontem da farmácia onde trabalho há 2 anos",
    // "trabalho lá faz 2 anos e pedi as contas semana passada" (a time after the event counted from the event's last word).
    const end = event.index + event[0].length;
    const gap = (at: number) => (at < event.index ? event.index - at : Math.max(0, at - end));
    const nearest = datesIn(sentence, now, backOnly).sort((a, b) => gap(a.at) - gap(b.at))[0];
    if (nearest) return nearest.day;
  }
  return null;
}

/**
 * The day told by a sentence of `text` that points back to an event of an earlier message (`POINTS_BACK`: "isso foi faz 5
 * meses"), resolved against `now`; `backOnly`: only a time told back from the message (`NO_CLOCK`). Null when none.
 */
export function pointedBackDate(text: string, now: Date, backOnly = false): string | null {
  for (const sentence of normalizeText(text).split(/[.;!?\n]+/)) {
    if (!POINTS_BACK.test(sentence) || TIME_OF_ITS_OWN.test(sentence)) continue;
    const [first] = datesIn(sentence, now, backOnly);
    if (first) return first.day;
  }
  return null;
}

/**
 * The days `sentence` tells, each with where it is told, first a day of the calendar, then a time back, then a weekday;
 * `backOnly`: only a time told back from the message ("faz 3 dias", "ontem"), not a calendar day nor a weekday (`NO_CLOCK`).
 */
function datesIn(sentence: string, now: Date, backOnly = false): { at: number; day: string }[] {
  const found: { at: number; day: string | null }[] = [];
  if (!backOnly) {
    const full = FULL_DATE.exec(sentence);
    const named = DAY_OF_MONTH.exec(sentence);
    const short = DAY_AND_MONTH.exec(sentence);
    if (full) found.push({ at: full.index, day: toldDay(+full[1], +full[2], full[3], now) });
    else if (named) {
      const [, day, month, year, relation, past] = named;
      const told = year ? +year : relation ? now.getUTCFullYear() - (past ? 1 : 0) : null;
      found.push({ at: named.index, day: told !== null ? iso(told, MONTHS[month], +day) : lastPast(+day, MONTHS[month], now) });
    } else if (short) found.push({ at: short.index, day: toldDay(+short[1], +short[2], undefined, now) });
  }
  const ago = DAYS_AGO.exec(sentence);
  if (ago) found.push({ at: ago.index, day: daysBefore(now, parseCount(ago[1]) * UNIT_DAYS[ago[2]]) });
  const long = MONTHS_AGO.exec(sentence);
  if (long) {
    const [, years, yearMonths, months, count, unit, half] = long;
    const whole = months ? parseCount(months) : parseCount(years) * MONTHS_PER_YEAR + (yearMonths ? parseCount(yearMonths) : 0);
    const halfMonths = half && !months && !yearMonths ? HALF_YEAR_MONTHS : 0;
    const tailDays = count ? parseCount(count) * UNIT_DAYS[unit] : half && halfMonths === 0 ? HALF_MONTH_DAYS : 0;
    found.push({ at: long.index, day: daysBefore(new Date(`${monthsBefore(now, whole + halfMonths)}T00:00:00Z`), tailDays) });
  }
  const relative = RELATIVE_DAY.exec(sentence);
  if (relative) found.push({ at: relative.index, day: daysBefore(now, RELATIVE[relative[1]]) });
  const weekday = backOnly ? null : PAST_WEEKDAY.exec(sentence);
  if (weekday) found.push({ at: weekday.index, day: daysBefore(now, daysSinceWeekday(weekday[1] ?? weekday[2], now)) });
  return found.filter((date): date is { at: number; day: string } => date.day !== null);
}

/** Days back from `now` to the last `weekday` (a folded name of `WEEKDAYS`): 0 when it is today. */
export function daysSinceWeekday(weekday: string, now: Date): number {
  return (now.getUTCDay() - WEEKDAYS.indexOf(weekday) + DAYS_PER_WEEK) % DAYS_PER_WEEK;
}

/**
 * A day told by its day, month and maybe its year ("25/11", "20 de novembro", "18/11/26"), as `YYYY-MM-DD`: without a year, the
 * last one not after `now`. Null for no such day.
 */
export function toldDay(day: number, month: number, year: string | undefined, now: Date): string | null {
  return year ? iso(fullYear(year), month, day) : lastPast(day, month, now);
}

/** The day and month in the current year, or the year before when that is still to come. */
function lastPast(day: number, month: number, now: Date): string | null {
  const thisYear = iso(now.getUTCFullYear(), month, day);
  if (!thisYear) return null;
  return thisYear <= now.toISOString().slice(0, 10) ? thisYear : iso(now.getUTCFullYear() - 1, month, day);
}

function daysBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString().slice(0, 10);
}

function monthsBefore(now: Date, months: number): string {
  const day = new Date(now.getTime());
  day.setUTCMonth(day.getUTCMonth() - months);
  return day.toISOString().slice(0, 10);
}

function fullYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

/** Whole days from `now` to the day `days` after `eventIso` (negative once that day is past). */
export function daysLeftAfter(eventIso: string, days: number, now: Date): { daysLeft: number; dueDate: string } {
  const due = new Date(Date.parse(`${eventIso}T00:00:00Z`) + days * DAY_MS);
  const today = Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  return { daysLeft: Math.round((due.getTime() - today) / DAY_MS), dueDate: due.toISOString().slice(0, 10) };
}
