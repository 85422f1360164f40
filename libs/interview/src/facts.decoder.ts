import { copyFacts, FOREIGN_CURRENCIES, ForeignCurrency, InterviewFacts } from './engine';

type Check = (value: unknown) => boolean;
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isString: Check = (v) => typeof v === 'string';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const orNull = (check: Check): Check => (v) => v === null || check(v);
const listOf = (check: Check): Check => (v) => Array.isArray(v) && v.every(check);
const optional = (check: Check): Check => (v) => v === undefined || check(v);
const scores: Check = (v) => isObject(v) && Object.values(v).every(isNumber);
const mention = (field: 'iso' | 'days' | 'value', check: Check): Check => (v) => isObject(v) && isString(v.raw) && check(v[field]);
/** A sum told in a foreign currency keeps it beside its floor in reais (`AmountMention.foreign`). */
const foreignSum: Check = (v) => isObject(v) && FOREIGN_CURRENCIES.includes(v.currency as ForeignCurrency) && isNumber(v.value);
const amount: Check = (v) => mention('value', isNumber)(v) && optional(foreignSum)((v as Record<string, unknown>).foreign);

/** The type of every field of the stored facts; the compiler asks for a line for each new field. */
const FACT_CHECKS: Record<keyof InterviewFacts, Check> = {
  schema: (v) => v === 1,
  areaScores: scores,
  area: orNull(isString),
  subareaScores: scores,
  subarea: orNull(isString),
  keywords: listOf(isString),
  dates: listOf(mention('iso', orNull(isString))),
  durations: listOf(mention('days', isNumber)),
  amounts: listOf(amount),
  parties: listOf(isString),
  largestGroup: isNumber,
  locations: listOf(isString),
  urgencySignals: listOf(isString),
  deadlines: listOf(isString),
  deadlineHours: orNull(isNumber),
  deadlineEstimate: optional(orNull((v) => isObject(v) && isString(v.basis) && isNumber(v.daysLeft) && orNull(isString)(v.dueDate))),
  documents: listOf(isString),
  outcome: orNull(isString),
  complexitySignals: listOf(isString),
  anchoredAreas: optional(listOf(isString)),
  competingArea: optional(orNull(isString)),
  reasked: optional(listOf(isString)),
  forcedLabourMarks: optional(listOf(isString)),
  events: optional((v) => isObject(v) && Object.values(v).every(isString)),
  undatedEvents: optional(listOf(isString)),
  termHours: optional(orNull(isNumber)),
  deadlineTerms: optional(listOf((v) => isObject(v) && isString(v.raw) && isNumber(v.hours) && listOf(isString)(v.kinds))),
  pastSignals: optional(listOf(isString)),
  notes: listOf(isString),
  topicsAsked: listOf(isString),
  questionsAsked: isNumber,
  clientMessages: isNumber,
  clientWords: isNumber,
};

/** Stored interview facts that are not what this version of the engine wrote. */
export class InvalidFactsError extends Error {
  constructor(readonly fields: string[]) {
    super(`stored interview facts are invalid: ${fields.join(', ')}`);
    this.name = InvalidFactsError.name;
  }
}

const FIELDS = Object.keys(FACT_CHECKS) as Array<keyof InterviewFacts>;

function isFacts(value: Record<string, unknown>): value is Record<string, unknown> & InterviewFacts {
  return FIELDS.every((field) => FACT_CHECKS[field](value[field]));
}

/**
 * A conversation's `collectedData` read as interview facts. A field missing from an older (or
 * migrated) document takes its value from `initial`; a field of the wrong type is refused.
 * @throws InvalidFactsError
 */
export function decodeFacts(data: Record<string, unknown>, initial: InterviewFacts): InterviewFacts {
  // Copied field by field, not spread: a spread of these 28 fields takes V8's slow generic clone.
  const merged: Record<string, unknown> = copyFacts(initial) as unknown as Record<string, unknown>;
  for (const field of FIELDS) if (data[field] !== undefined) merged[field] = data[field];
  if (!isFacts(merged)) throw new InvalidFactsError(FIELDS.filter((field) => !FACT_CHECKS[field](merged[field])));
  return merged;
}

/**
 * Interview facts as the conversation document stores them: without the fields that still hold
 * their value in `initial` (`schema` is always kept). `decodeFacts` gives those back from the same
 * `initial`, so a document carries, encodes and parses only what the interview has collected.
 */
export function encodeFacts(facts: InterviewFacts, initial: InterviewFacts): Record<string, unknown> {
  const stored: Record<string, unknown> = { schema: facts.schema };
  for (const field of FIELDS) if (!isInitial(facts[field], initial[field])) stored[field] = facts[field];
  return stored;
}

/** `value` is what `initial` holds: the same primitive, or an empty list or object where it has one. */
function isInitial(value: unknown, initial: unknown): boolean {
  if (value === initial) return true;
  if (typeof value !== 'object' || value === null || typeof initial !== 'object' || initial === null) return false;
  return Array.isArray(value) === Array.isArray(initial) && isEmpty(value) && isEmpty(initial);
}

/** Without `Object.keys`, which would list every item of a list (as text) only to count them. */
function isEmpty(value: object): boolean {
  if (Array.isArray(value)) return value.length === 0;
  for (const _key in value) return false;
  return true;
}
