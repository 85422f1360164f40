import { MONTHS } from '../lexicons/numbers.lexicon';
import { COUNT_PATTERN, normalizeText, parseCount } from '../text/text-normalizer';

const DAY_MS = 86_400_000;
const MONTH = `(${Object.keys(MONTHS).join('|')})`;
const FULL_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/;
const DAY_AND_MONTH = /\b(\d{1,2})\/(\d{1,2})\b(?!\/)/;
const DAY_OF_MONTH = new RegExp(`\\b(\\d{1,2}) de ${MONTH}(?: de ((?:19|20)\\d\\d)| (deste|desse|do) ano( passado)?)?`);
const DAYS_AGO = new RegExp(`\\b(?:ha|faz|fazem)(?: uns| umas| cerca de)? (${COUNT_PATTERN}) (dias?|semanas?)\\b`);
/** A time gone by in years and months ("faz um ano e onze meses", "há 23 meses"): counted back in calendar months. */
const MONTHS_AGO = new RegExp(
  `\\b(?:ha|faz|fazem)(?: uns| umas| cerca de)? (?:(${COUNT_PATTERN}) anos?(?: e (${COUNT_PATTERN}) mes(?:es)?)?|(${COUNT_PATTERN}) mes(?:es)?)\\b`,
);
const MONTHS_PER_YEAR = 12;
const RELATIVE: Record<string, number> = { anteontem: 2, ontem: 1, hoje: 0 };
const RELATIVE_DAY = /\b(anteontem|ontem|hoje)\b/;
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
export function eventDate(text: string, eventWords: RegExp, now: Date): string | null {
  const normalized = normalizeText(text);
  if (!eventWords.test(normalized)) return null;
  for (const sentence of normalized.split(/[.;!?\n]+/)) {
    if (!eventWords.test(sentence)) continue;
    const date = dateIn(sentence, now);
    if (date) return date;
  }
  return null;
}

function dateIn(sentence: string, now: Date): string | null {
  const full = FULL_DATE.exec(sentence);
  if (full) return toldDay(+full[1], +full[2], full[3], now);
  const named = DAY_OF_MONTH.exec(sentence);
  if (named) {
    const [, day, month, year, relation, past] = named;
    const told = year ? +year : relation ? now.getUTCFullYear() - (past ? 1 : 0) : null;
    return told !== null ? iso(told, MONTHS[month], +day) : lastPast(+day, MONTHS[month], now);
  }
  const short = DAY_AND_MONTH.exec(sentence);
  if (short) return toldDay(+short[1], +short[2], undefined, now);
  const ago = DAYS_AGO.exec(sentence);
  if (ago) return daysBefore(now, parseCount(ago[1]) * UNIT_DAYS[ago[2]]);
  const long = MONTHS_AGO.exec(sentence);
  if (long) return monthsBefore(now, long[3] ? parseCount(long[3]) : parseCount(long[1]) * MONTHS_PER_YEAR + (long[2] ? parseCount(long[2]) : 0));
  const relative = RELATIVE_DAY.exec(sentence);
  if (relative) return daysBefore(now, RELATIVE[relative[1]]);
  const weekday = PAST_WEEKDAY.exec(sentence);
  return weekday ? daysBefore(now, daysSinceWeekday(weekday[1] ?? weekday[2], now)) : null;
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
