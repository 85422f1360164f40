/**
 * Legal terms that run from an event the client may date, not from the message: when the kind of case is told (`notes` or
 * `keywords`, prefixes of the facts' keywords) and the event's date is given (a date in the same sentence as one of
 * `eventWords`), the term is counted from that date. A term the client repeats ("tem 60 dias pra abrir o inventário") is the
 * same term: it is counted from the event too, not from the day it was said.
 */
export interface TriggeredTerm {
  /** The event the term runs from, as the facts keep its date (`InterviewFacts.events`). */
  event: string;
  /** Folded words that name the event; a date in their sentence is its date. */
  eventWords: RegExp;
  /** The kind of case the term belongs to: one of these notes or keyword prefixes told. */
  notes: string[];
  keywords: string[];
  days: number;
  /** What the result calls the term, with its source. */
  label: string;
}

export const TRIGGERED_TERMS: TriggeredTerm[] = [
  // The inventory is opened within 2 months of the death (CPC art. 611); after it the states' ITCMD laws add a fine.
  {
    event: 'death',
    eventWords: /\b(?:faleceu|falecid[oa]|falecimento|morreu|obito|veio a falecer)\b/,
    notes: ['estate-division'],
    keywords: ['inventari', 'heranc', 'espolio', 'partilha'],
    days: 60,
    label: 'abertura do inventário: 2 meses do óbito, CPC art. 611',
  },
];

/** Days within which a term the client counted is taken for the legal term itself, restated ("60 dias" for 2 months). */
export const RESTATED_TERM_SLACK_DAYS = 2;
