import { isEmployerAsking, isEmployerSued, isVictim, opposingParties } from '../classifiers/client-role';
import { AREA_LABELS } from '../interview-engine.constants';
import { ChecklistTopic, CompletionReason, InterviewFacts, LegalAreaCode, Topic } from '../interview-engine.types';
import { ClientNote } from '../lexicons/client-notes.lexicon';
import {
  ACKNOWLEDGEMENTS,
  AREA_LEGAL_AID_LINES,
  CLOSING_AT_LIMIT,
  CLOSING_COMPLETE,
  CLOSING_URGENT_SUFFIX,
  CLOSING_WITH_GAPS,
  CONDOLENCES,
  DAYS_LEFT_LINE,
  DIRECT_ANSWERS,
  EMPLOYED_WORKER_QUESTIONS,
  EMPLOYER_QUESTIONS,
  FIRST_ACKNOWLEDGEMENT,
  GAP_LABELS,
  GENERIC_DIRECT_ANSWER,
  GREETING_QUESTIONS,
  HOME_PARTIES,
  HOME_VIOLENCE_LINE,
  INDIRECT_QUESTIONS,
  LAST_DAY_LINE,
  MAX_GAPS_NAMED,
  NO_GAPS,
  OUTSIDE_HOME_VIOLENCE_LINE,
  REPORTED_VIOLENCE_LINES,
  SAFETY_LINE_COVERED_BY,
  RESIGNED_EMPLOYER_QUESTIONS,
  SAFETY_LINES,
  SAFETY_LINE_WITHHELD_FOR,
  URGENT_ACKNOWLEDGEMENT,
  GRAVE_ACKNOWLEDGEMENT,
  URGENT_AREA_QUESTION,
  URGENT_NOTES,
  REPORTED_VICTIM_QUESTIONS,
  SAID_URGENT,
  SUED_EMPLOYER_QUESTIONS,
  VAGUE_OPENING_ACKNOWLEDGEMENT,
  VICTIM_QUESTIONS,
  VICTIM_UNTHREATENED_QUESTIONS,
  PERSONAL_DANGER_NOTES,
  VAGUE_OPENING_WORDS,
} from '../lexicons/replies.lexicon';
import { LEXICONS, PhraseMatcher } from '../text/phrase-matcher';
import { questionSentences } from '../text/question-sentences';
import { foldText, tokenize } from '../text/text-normalizer';
import { QuestionPlanner } from './question.planner';

const URGENT_HOURS = 24;
/** A first message whose risk calls for action within this many hours (a patient in the ICU, a blocked account) opens with urgency. */
const URGENT_OPENING_HOURS = 48;
/** A term running within this many hours (the short running-deadline band) is urgent at the opening when the client calls it so. */
const SAID_URGENT_OPENING_HOURS = 72;
/** A reply carries at most this many safety lines, so the question is still read. */
const MAX_SAFETY_LINES = 2;

/** One client turn as the composer sees it: the facts before and after the message. */
export interface ReplyContext {
  before: InterviewFacts;
  after: InterviewFacts;
  message: string;
  /** The notes this message told, new or told before (`MessageExtraction.notes`). */
  told?: readonly string[];
  urgencyH: number;
  areaCertainty: number;
}

/** `SAFETY_LINES`' notes and lines, listed once at load rather than for every reply. */
const SAFETY_LINE_ENTRIES = Object.entries(SAFETY_LINES);

const SAID_URGENT_MATCHER = new PhraseMatcher(SAID_URGENT.map((phrase) => [phrase, true] as const), LEXICONS);
/** The direct answers' phrases, each with its answer's index in `DIRECT_ANSWERS`. */
const ANSWER_MATCHER = new PhraseMatcher(DIRECT_ANSWERS.flatMap(({ phrases }, index) => phrases.map((p) => [p, index] as const)), LEXICONS);

/**
 * Writes what Justus says around the planner's question: an acknowledgement that fits the
 * message, safety channels the first time a risk is reported, condolences, a safe answer to the
 * client's own question, and a closing that says honestly why the interview ends.
 */
export class ReplyComposer {
  constructor(private readonly planner: QuestionPlanner) {}

  /** The reply that asks `question` (the planner's wording for `topic`), reworded for an urgent opening or a victim. */
  question(context: ReplyContext, topic: Topic, question: string): string {
    const acknowledgement = this.acknowledgement(context);
    return [acknowledgement, ...this.lines(context, acknowledgement), this.worded(context, topic, question, acknowledgement)].join(' ');
  }

  closing(context: ReplyContext, reason: CompletionReason): string {
    const { after, urgencyH } = context;
    const area = after.area ? AREA_LABELS[after.area] : 'mais adequada';
    const gaps = this.gaps(after, context.areaCertainty).slice(0, MAX_GAPS_NAMED).map((topic) => GAP_LABELS[topic]);
    const template = reason === 'turn_limit' ? CLOSING_AT_LIMIT : gaps.length > 0 ? CLOSING_WITH_GAPS : CLOSING_COMPLETE;
    const closing = template.replace('{area}', area).replace('{gaps}', gaps.length > 0 ? listed(gaps) : NO_GAPS);
    const urgent = urgencyH <= URGENT_HOURS || this.newNotes(context).some((note) => URGENT_NOTES.includes(note));
    return [...this.lines(context, null), urgent ? closing + CLOSING_URGENT_SUFFIX : closing].join(' ');
  }

  /** Topics of the area's checklist still unknown (the deadline question counts once asked). */
  gaps(facts: InterviewFacts, areaCertainty: number): ChecklistTopic[] {
    const topics: ChecklistTopic[] = ['area', 'facts', ...this.planner.checklist(facts)];
    return topics.filter(
      (topic) => !this.planner.isKnown(topic, facts, areaCertainty) && !(topic === 'urgency' && facts.topicsAsked.includes(topic)),
    );
  }

  private worded({ after }: ReplyContext, topic: Topic, question: string, acknowledgement: string): string {
    if (topic === 'area' && acknowledgement === URGENT_ACKNOWLEDGEMENT) return URGENT_AREA_QUESTION;
    const victim = after.area === 'criminal' && isVictim(after);
    const reported = victim && after.notes.includes('police-report-filed');
    const unthreatened = victim && !after.notes.some((note) => PERSONAL_DANGER_NOTES.includes(note as ClientNote));
    const employer = after.area === 'trabalhista' && isEmployerAsking(after);
    const suedEmployer = after.area === 'trabalhista' && isEmployerSued(after);
    const employed = after.area === 'trabalhista' && after.notes.includes('still-employed');
    const resigned = employer && after.notes.includes('employee-resigned');
    return (
      (resigned && RESIGNED_EMPLOYER_QUESTIONS[topic]) ||
      (reported && REPORTED_VICTIM_QUESTIONS[topic]) ||
      (unthreatened && VICTIM_UNTHREATENED_QUESTIONS[topic]) ||
      (victim && VICTIM_QUESTIONS[topic]) ||
      (employer && EMPLOYER_QUESTIONS[topic]) ||
      (suedEmployer && SUED_EMPLOYER_QUESTIONS[topic]) ||
      (employed && EMPLOYED_WORKER_QUESTIONS[topic]) ||
      question
    );
  }

  private acknowledgement(context: ReplyContext): string {
    const { before, after, urgencyH } = context;
    const fresh = this.newNotes(context);
    const opening = before.clientMessages === 0;
    if (fresh.some((note) => URGENT_NOTES.includes(note)) || (opening && urgencyH <= URGENT_OPENING_HOURS)) return URGENT_ACKNOWLEDGEMENT;
    if (opening && urgencyH <= SAID_URGENT_OPENING_HOURS && SAID_URGENT_MATCHER.match(tokenize(context.message)).some((m) => !m.negated)) {
      return URGENT_ACKNOWLEDGEMENT;
    }
    if (fresh.includes('close-death')) return CONDOLENCES;
    // Violence or a threat told again ("se eu for na polícia ele me mata") is never thanked for: its channels were given the first time.
    if (context.told?.some((note) => URGENT_NOTES.includes(note as ClientNote))) return GRAVE_ACKNOWLEDGEMENT;
    if (!opening) return ACKNOWLEDGEMENTS[before.questionsAsked % ACKNOWLEDGEMENTS.length];
    return after.area === null && after.clientWords < VAGUE_OPENING_WORDS ? VAGUE_OPENING_ACKNOWLEDGEMENT : FIRST_ACKNOWLEDGEMENT;
  }

  /** Safety channels (the most urgent first), condolences unless already said, the answer to the client's question. */
  private lines(context: ReplyContext, acknowledgement: string | null): string[] {
    const fresh = this.newNotes(context);
    const safety = SAFETY_LINE_ENTRIES
      .filter(([note]) => fresh.includes(note as ClientNote) && !fresh.includes(SAFETY_LINE_COVERED_BY[note as ClientNote] as ClientNote))
      .filter(([note]) => !context.after.notes.includes(SAFETY_LINE_WITHHELD_FOR[note as ClientNote] as ClientNote))
      .slice(0, MAX_SAFETY_LINES);
    const lines = safety.map(([note, line]) => (note === 'violence' ? violenceLine(context.after) : note === 'cannot-pay' ? legalAidLine(context.after, line) : line));
    if (fresh.includes('close-death') && acknowledgement !== CONDOLENCES) lines.push(CONDOLENCES);
    const answer = this.directAnswer(context.message, context.after);
    // An answer a safety line of this reply already gives (the Defensoria to who cannot pay) is not said twice.
    const said = answer?.saidBy !== undefined && safety.some(([note]) => note === answer.saidBy);
    if (answer && !said && !lines.includes(answer.line)) lines.push(answer.countsDown ? withDaysLeft(answer.line, context.after) : answer.line);
    return lines;
  }

  /**
   * The answer to what the client asked: looked for first in the sentences that end in a question mark ("tenho direito a quê?
   * não tenho dinheiro pra advogado" asks about rights, not the cost), then, for a question that only points back ("ele pode
   * fazer isso?"), in the whole message.
   */
  private directAnswer(message: string, facts: Pick<InterviewFacts, 'area' | 'notes'>): { line: string; saidBy?: ClientNote; countsDown?: boolean } | null {
    if (!asksSomething(message)) return null;
    const asked = questionSentences(message).join(' ');
    const found = (asked ? this.answerIndex(asked, facts) : null) ?? this.answerIndex(message, facts);
    return found !== null ? DIRECT_ANSWERS[found] : { line: GENERIC_DIRECT_ANSWER };
  }

  /** The first `DIRECT_ANSWERS` entry a phrase of `text` names and that holds in the case's area and for its client's notes, or null. */
  private answerIndex(text: string, { area, notes }: Pick<InterviewFacts, 'area' | 'notes'>): number | null {
    const holds = (index: number) =>
      (!DIRECT_ANSWERS[index].areas || (area !== null && DIRECT_ANSWERS[index].areas!.includes(area))) &&
      (!DIRECT_ANSWERS[index].notes || DIRECT_ANSWERS[index].notes!.some((note) => notes.includes(note)));
    const found = ANSWER_MATCHER.match(tokenize(text)).filter((m) => !m.negated).flatMap((m) => m.values).filter(holds);
    return found.length > 0 ? Math.min(...found) : null;
  }

  /** Notes this message added. */
  private newNotes({ before, after }: ReplyContext): ClientNote[] {
    return (after.notes as ClientNote[]).filter((note) => !before.notes.includes(note));
  }
}

const GREETING_ONLY = new RegExp(`^(?:\\s*(?:${GREETING_QUESTIONS.join('|')})\\b[\\s,]*)+$`);

/** A sentence of the message ends in a question mark and is more than a greeting ("blz?", "tudo bem?"), or asks indirectly ("quero saber se"). */
function asksSomething(message: string): boolean {
  const folded = foldText(message);
  if (INDIRECT_QUESTIONS.some((phrase) => folded.includes(phrase))) return true;
  return questionSentences(message).some((question) => !GREETING_ONLY.test(foldText(question.replace(/\?/g, ' ')).trim()));
}

/**
 * The violence line for where the client was hurt and what they did: the women's channels for violence at home (`HOME_PARTIES`,
 * or no one named yet), and the occurrence never asked of who already registered it.
 */
function violenceLine(facts: InterviewFacts): string {
  const opposing = opposingParties(facts);
  const home = opposing.length === 0 || opposing.some((party) => HOME_PARTIES.includes(party));
  if (facts.notes.includes('police-report-filed')) return home ? REPORTED_VIOLENCE_LINES.home : REPORTED_VIOLENCE_LINES.outside;
  return home ? HOME_VIOLENCE_LINE : OUTSIDE_HOME_VIOLENCE_LINE;
}

/** `line`, and the days left of the term the client told (`DAYS_LEFT_LINE`), when one was told. */
function withDaysLeft(line: string, facts: InterviewFacts): string {
  const left = facts.deadlineEstimate?.daysLeft;
  if (left === undefined) return line;
  return `${line} ${left === 0 ? LAST_DAY_LINE : DAYS_LEFT_LINE.replace('{days}', left === 1 ? '1 dia' : `${left} dias`)}`;
}

/** The free legal help for who cannot pay, where the case is heard (`AREA_LEGAL_AID_LINES`), else the Defensoria's line. */
function legalAidLine(facts: InterviewFacts, line: string): string {
  return (facts.area && AREA_LEGAL_AID_LINES[facts.area]) || line;
}

function listed(items: string[]): string {
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} e ${items.at(-1)}`;
}
