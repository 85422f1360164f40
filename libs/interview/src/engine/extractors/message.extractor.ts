import { InterviewFacts } from '../interview-engine.types';
import { AreaClassifier, AreaScores } from '../classifiers/area.classifier';
import { ComplexityClassifier } from '../classifiers/complexity.classifier';
import { NOTICE_TERMS, TRIGGERED_TERMS } from '../lexicons/legal-terms.lexicon';
import { OWN_BUSINESS_NOTES } from '../lexicons/parties.lexicon';
import { normalizeText, tokenize } from '../text/text-normalizer';
import { AmountExtractor } from './amount.extractor';
import { DateExtractor } from './date.extractor';
import { DeadlineMention } from './deadline.extractor';
import { DocumentExtractor } from './document.extractor';
import { eventDate, NO_CLOCK, pointedBackDate } from './event-date.extractor';
import { LocationExtractor } from './location.extractor';
import { NoteExtractor } from './note.extractor';
import { OutcomeExtractor } from './outcome.extractor';
import { PartyExtractor } from './party.extractor';
import { UrgencyExtraction, UrgencyExtractor } from './urgency.extractor';

/** Everything one piece of client text gives. */
export interface MessageExtraction
  extends AreaScores,
    Pick<InterviewFacts, 'dates' | 'durations' | 'amounts' | 'parties' | 'largestGroup' | 'locations' | 'documents'> {
  urgency: UrgencyExtraction;
  saysNoDocuments: boolean;
  outcome: string | null;
  /** The text itself: an answer to the outcome question without marker words is kept whole (`OutcomeExtractor.fallback`, worked out only then). */
  text: string;
  complexitySignals: string[];
  notes: string[];
  wordCount: number;
  /**
   * Days of the events a legal term runs from (`TRIGGERED_TERMS`), dated against the message time; without it (`NO_CLOCK`), only
   * those told back from the message ("faz 5 meses").
   */
  events: Record<string, string> | null;
  /** The events of `TRIGGERED_TERMS` the message tells, dated or not: a later message may date one (`pointedBack`). */
  eventsTold: string[];
  /** The day a message that tells no event dates by pointing back ("isso foi faz 5 meses e 3 semanas"), or null. */
  pointedBack: string | null;
}

/** Runs every extractor over one text. */
export class MessageExtractor {
  private readonly dates = new DateExtractor();
  private readonly amounts = new AmountExtractor();
  private readonly parties = new PartyExtractor();
  private readonly locations = new LocationExtractor();
  private readonly urgency = new UrgencyExtractor();
  private readonly documents = new DocumentExtractor();
  private readonly outcomes = new OutcomeExtractor();
  private readonly notes = new NoteExtractor();

  constructor(
    private readonly areas: AreaClassifier,
    private readonly complexity: ComplexityClassifier,
  ) {}

  /** `now` is the message time, when known (it dates relative deadlines). */
  extract(text: string, now?: Date): MessageExtraction {
    // "Não, nunca assinaram minha carteira": the leading "não" answers the question; it does not deny what follows.
    const read = answerBody(text);
    const { areaScores, subareaScores, keywords, deniedKeywords } = this.areas.score(read);
    const found = this.extractFrom(read, [read], { areaScores, subareaScores, outcome: this.outcomes.extract(read) }, { keywords, deniedKeywords }, now);
    if (read !== text) found.wordCount = tokenize(text).length;
    return found;
  }

  /**
   * The whole transcript as one text, `text` (`joinTexts(messages)`): the extractors that read
   * message by message get the messages. The area scores and the wish are the caller's (the
   * transcript pass weighs each message's area matches and takes the last wish stated), so the
   * joined text is read only for its keywords, not scored nor searched for a wish it would throw away.
   */
  extractTranscript(text: string, messages: readonly string[], own: Pick<MessageExtraction, 'areaScores' | 'subareaScores' | 'outcome'>): MessageExtraction {
    return this.extractFrom(text, messages, own, this.areas.keywords(text));
  }

  private extractFrom(
    text: string,
    parts: readonly string[],
    { areaScores, subareaScores, outcome }: Pick<MessageExtraction, 'areaScores' | 'subareaScores' | 'outcome'>,
    { keywords, deniedKeywords }: Pick<AreaScores, 'keywords' | 'deniedKeywords'>,
    now?: Date,
  ): MessageExtraction {
    const { dates, durations } = this.dates.extract(text, parts);
    const { parties, largestGroup, own } = this.parties.extract(text, parts);
    const notes = this.notes.extract(text);
    for (const label of own) {
      const note = OWN_BUSINESS_NOTES[label];
      if (note && !notes.includes(note)) notes.push(note);
    }
    const { documents, saysNone } = this.documents.extract(text);
    const urgency = this.urgency.extract(text, now, parts);
    const { events, eventsTold, pointedBack } = toldEvents(text, urgency.nearest, now);
    // Field by field, not `{...this.areas.score(text), dates, ...}`: on Node 20 each key added
    // to a spread copy costs ~1.7 µs, and this object has 21 (10% of the engine's instructions when it had 15).
    return {
      areaScores,
      subareaScores,
      keywords,
      deniedKeywords,
      dates,
      durations,
      amounts: this.amounts.extract(text, parts),
      parties,
      largestGroup,
      locations: this.locations.extract(text, parts),
      urgency,
      documents,
      saysNoDocuments: saysNone,
      outcome,
      text,
      complexitySignals: this.complexity.signals(text, parts),
      notes,
      wordCount: tokenize(text).length,
      events,
      eventsTold,
      pointedBack,
    };
  }
}

/**
 * The events of `TRIGGERED_TERMS` that `text` dates, by event (null when it dates none), those it tells, and the day it points
 * back to when it tells none. Without the message time, only times told back from the message are read (`NO_CLOCK`).
 */
function toldEvents(text: string, nearest: DeadlineMention | null, now?: Date): Pick<MessageExtraction, 'events' | 'eventsTold' | 'pointedBack'> {
  const clock = now ?? NO_CLOCK;
  let events: Record<string, string> | null = null;
  const eventsTold: string[] = [];
  const folded = normalizeText(text);
  for (const { event, eventWords } of TRIGGERED_TERMS) {
    if (!eventWords.test(folded)) continue;
    if (!eventsTold.includes(event)) eventsTold.push(event);
    if (events?.[event]) continue;
    const date = eventDate(text, eventWords, clock, !now);
    if (date) (events ??= {})[event] = date;
  }
  // A notice whose term the message counted from itself, the day it arrived untold, waits for a later message to date it.
  const notice = NOTICE_TERMS.find((term) => term.label === nearest?.legal);
  if (notice && nearest?.daysLeft === notice.days && !eventsTold.includes(notice.event)) eventsTold.push(notice.event);
  return { events, eventsTold, pointedBack: eventsTold.length === 0 ? pointedBackDate(text, clock, !now) : null };
}

/**
 * A reply particle set off by punctuation at the start of an answer ("não, ...", "sim. ...", "não sei, ..."): it answers the
 * question asked, so it is no negation of the words after it ("não, fui mandado embora" says the client was dismissed). The
 * text after it, or the text itself when nothing follows.
 */
const REPLY_PARTICLE = /^\s*(?:n[ãa]o\s+sei|n[ãa]o|sim|claro|isso|exato)\s*[,.;:!–—-]+\s*(?=\S)/i;

export function answerBody(text: string): string {
  return text.replace(REPLY_PARTICLE, '');
}

