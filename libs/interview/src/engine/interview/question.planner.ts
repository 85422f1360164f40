import { TURN_LIMITS } from '../interview-engine.constants';
import { ChecklistTopic, Complexity, CompletionReason, InterviewFacts, Topic } from '../interview-engine.types';
import { AREA_LEXICONS } from '../lexicons/areas';
import { foldText } from '../text/text-normalizer';
import { DEFAULT_TOPIC_ORDER, ESSENTIAL_TOPIC_COUNT, NOTICE_DOCUMENTS, NOTICE_TOLD_URGENCY_QUESTION, QUESTIONS, REPHRASED } from '../lexicons/questions.lexicon';

/** Area certainty below which the interviewer asks which kind of problem it is. */
const MIN_AREA_CERTAINTY = 0.3;
/** Client words after which the facts count as told. */
const ENOUGH_WORDS = 25;
/** Topics asked once more, in other words, when the answer did not answer them. */
const REASKABLE: Topic[] = ['area', 'timeline', 'amount', 'urgency', 'location', 'documents', 'outcome'];
/** An answer this short that leaves its topic unknown did not answer it ("não sei", "sim"). */
const NON_ANSWER_WORDS = 6;
/**
 * Notes by which an answer speaks of something other than the question: the lawyer's fee ("não tenho dinheiro pra pagar
 * advogado") told in answer to the salary question answers a worry, not the question, however long it is; the question is
 * asked once more in other words.
 */
const ASIDE_NOTES = ['cannot-pay'];
/** Levels whose short interview hears the open closing question before concluding. */
const CLOSING_LEVELS: Complexity[] = ['low'];
/**
 * Levels whose interview, when its checklist runs out below the level's minimum of questions
 * (TURN_LIMITS), hears the closing question first: a medium case that stops at four answers has
 * not heard whether it is high. A high one is not delayed (it is already sent to the full strategy).
 */
const BELOW_MINIMUM_CLOSING_LEVELS: Complexity[] = ['medium'];
/** Other parties named beyond which "is anyone else involved?" is not asked. */
const CLOSING_MAX_PARTIES = 1;
/**
 * Client notes that put the State, as authority or employer, on the other side: a short interview hears the closing question
 * however many parties it named. Against the State a claim runs through an administrative procedure first, and what decides
 * it (an assessment and its sum, a charge-back, a referral to the police, a decision and its appeal term) is rarely told
 * until asked.
 */
const CLOSING_STATE_NOTES = ['opponent-public-body', 'tax-authority', 'opponent-inss', 'public-employer'];

/**
 * Topics a question asked again also asks, so that they are not asked once more: the area, when the menu of
 * areas did not place the case, is asked again as "what do you want to achieve?" (`REPHRASED.area`), which is
 * the outcome question; the client is not asked what they want twice.
 */
const ASKED_WITHIN: Partial<Record<Topic, Topic[]>> = { area: ['outcome'] };
/** `ASKED_WITHIN`'s entries, listed once: `wasAsked` reads them for every topic of every turn. */
const ASKED_WITHIN_ENTRIES = Object.entries(ASKED_WITHIN) as [Topic, Topic[]][];

/**
 * What makes "is there money at stake?" a cold question: the death of someone close (`close-death`), or a person at risk now: a
 * health at risk (a patient in hospital, a care the doctor calls urgent), a child kept or taken, violence. The sum is then asked
 * last: the lawyer first hears the deadline, the papers and what the family wants; the damages, the support or the cost of the
 * care come after.
 */
const GRIEF_NOTES = ['close-death'];
const AT_RISK_SIGNALS = ['saude-grave', 'saude-urgente', 'crianca-retida', 'violencia'];

/**
 * Urgency signals of a court's seizure of the client's money (a block by Sisbajud, a penhora online): made only inside a lawsuit
 * already running against the client (an execução fiscal, Lei 6.830/80; the enforcement of a judgment or of a title, CPC arts.
 * 523, 829 and 854), whose kind, creditor and summons the client rarely knows when the bank tells them of the block.
 */
const SEIZURE_SIGNALS = ['bloqueio', 'bloqueio-relatado'];
/** Signals the seizure itself brings (the income it took): they tell nothing of the lawsuit behind it. */
const SEIZURE_CONSEQUENCES = ['sem-renda', 'renda-unica', 'renda-unica-perdida'];
/**
 * Notes of a lawsuit told: the client sued and served, their own suit running, a creditor's repossession suit, the enforcement a
 * seizure belongs to named.
 */
const PROCEEDING_NOTES = ['defendant', 'lawsuit-running', 'repossession-suit', 'enforcement-named'];

/**
 * Notes of a person at risk that make a case's deadline/court-process question one to have answered before concluding, however
 * simple the case reads so far (issue 13: no completing with a medium or high signal and that question unanswered): a threat or violence told (the protective order, Lei 11.340/06 art. 22; the complaint's six
 * months, CP art. 103), a child kept (ECA art. 130). What decides such a case (a child not returned, an arrest, a hearing) is
 * often told only when the question is put again.
 */
const DECISIVE_NOTES = ['threat', 'violence', 'child-taken'];
/** A negative in an answer to the deadline question ("não", "nada", "nenhum papel"): it answered that nothing runs. */
const NOTHING_RUNS = /\b(?:nao|nada|nenhum|nenhuma|nunca|ninguem|sem|nem)\b/;

/** An answer to the deadline/court-process question: its text, whether it told a deadline, a signal or a lawsuit, the case's level. */
export interface DeadlineAnswer {
  text: string;
  told: boolean;
  complexity: Complexity;
}

/** What an answer did beside its words' count, for `QuestionPlanner.reask`. */
export interface AnswerReading {
  /** It brought a date, a place or a document: it answered another question instead. */
  answeredAnother?: boolean;
  /** It told one of `ASIDE_NOTES` for the first time: it spoke of something else. */
  aside?: boolean;
  /** The answer itself, read as one to the deadline question (`DeadlineAnswer`). */
  deadline?: DeadlineAnswer;
}

/** Decides what to ask next, and when the interview has enough. Asks a topic once, and once more in other words after a non-answer. */
export class QuestionPlanner {
  isKnown(topic: Topic, facts: InterviewFacts, areaCertainty: number): boolean {
    switch (topic) {
      case 'area':
        return facts.area !== null && areaCertainty >= MIN_AREA_CERTAINTY;
      case 'facts':
        return facts.clientWords >= ENOUGH_WORDS || this.hasSpecificSubarea(facts);
      case 'timeline':
        return facts.dates.length + facts.durations.length > 0;
      case 'parties':
        return facts.parties.length > 0;
      case 'location':
        return facts.locations.length > 0;
      case 'amount':
        // A sum told in minimum wages is an income or a support's rate ("30% do salário mínimo"), not the sum at stake asked for.
        return facts.amounts.some((amount) => !amount.minimumWages);
      case 'urgency':
        return this.urgencyTold(facts);
      case 'documents':
        return facts.documents.length > 0;
      case 'outcome':
        return facts.outcome !== null;
      case 'closing':
        // "Anything else?" has no wrong answer: once asked, whatever came back answered it.
        return facts.topicsAsked.includes('closing');
      default: {
        const unknown: never = topic;
        throw new Error(`Unknown topic ${String(unknown)}`);
      }
    }
  }

  /** The most important topic neither known nor asked yet, or null. */
  next(facts: InterviewFacts, areaCertainty: number): Topic | null {
    return this.order(facts).find((topic) => this.isOpen(topic, facts, areaCertainty)) ?? null;
  }

  /** Share (0..1) of the area's topics already known. */
  coverage(facts: InterviewFacts, areaCertainty: number): number {
    const topics = this.order(facts);
    const known = topics.filter((topic) => this.isKnown(topic, facts, areaCertainty)).length;
    return Math.round((known / topics.length) * 100) / 100;
  }

  /**
   * Why the interview may close now, or null to go on. `reasking` is the topic about to be asked
   * again (from `reask`): a deadline/court-process question left unanswered is asked once more
   * before concluding, since a summons or a block often comes only when asked twice, and so is one answered with something
   * else (`aside`, `spokeAside`). What the
   * client wants is asked before concluding by `remedyQuestion`.
   */
  completion(facts: InterviewFacts, complexity: Complexity, areaCertainty: number, reasking: Topic | null = null, aside = false): CompletionReason | null {
    const limits = TURN_LIMITS[complexity];
    if (facts.questionsAsked >= limits.max) return 'turn_limit';
    // Every case, low ones too, hears the deadline/court-process question before concluding; a question answered with
    // something else (`aside`) is asked once more before concluding too.
    if (this.isOpen('urgency', facts, areaCertainty) || reasking === 'urgency' || (reasking && aside)) return null;
    if (facts.clientMessages > 0 && this.next(facts, areaCertainty) === null) return 'enough_information';
    if (facts.questionsAsked < limits.min) return null;
    // The essentials with the money question in the area's own place after a death (`order`): still asked before concluding.
    const essentials = this.order(facts, false).slice(0, ESSENTIAL_TOPIC_COUNT + 2);
    const settled = essentials.every((topic) => !this.isOpen(topic, facts, areaCertainty));
    return settled ? 'enough_information' : null;
  }

  /**
   * `closing` ("anyone else involved, any harm, any paper?") when an interview is about to
   * conclude with enough information: a case looks simple until the client mentions a second
   * liable party, an injury or a summons, which no checklist question asks for. Asked once, within
   * the level's maximum: in a `low` interview at the minimum of questions that names at most one
   * other party (a longer one, or a story with several parties, has covered that ground), and in a
   * `medium` one whose checklist ran out below the level's minimum.
   */
  closingQuestion(facts: InterviewFacts, complexity: Complexity): Topic | null {
    const limits = TURN_LIMITS[complexity];
    if (facts.topicsAsked.includes('closing') || facts.questionsAsked >= limits.max) return null;
    const belowMinimum = BELOW_MINIMUM_CLOSING_LEVELS.includes(complexity) && facts.questionsAsked < limits.min;
    const partiesAllowClosing = facts.parties.length <= CLOSING_MAX_PARTIES || facts.notes.some((note) => CLOSING_STATE_NOTES.includes(note));
    const short = CLOSING_LEVELS.includes(complexity) && facts.questionsAsked <= limits.min && partiesAllowClosing;
    return belowMinimum || short ? 'closing' : null;
  }

  /**
   * `outcome` when an interview about to conclude with enough information never heard what the client wants: role and
   * remedy decide the route (a police report about a bank scam is a claim against the bank, a neighbour's camera a criminal
   * complaint, a divorce the remedy behind a loan in the wife's name), so the remedy is asked before the area is fixed.
   * While two areas compete it decides which one, so it is asked whatever the count, and once more when unanswered
   * (`reasking`); otherwise only below the level's last question: asked as the last one, it would turn a complete
   * interview into one stopped at the limit.
   */
  remedyQuestion(facts: InterviewFacts, complexity: Complexity, areaCertainty: number, reasking: Topic | null = null): Topic | null {
    const competing = Boolean(facts.competingArea);
    if (competing && reasking === 'outcome') return 'outcome';
    if (!this.isOpen('outcome', facts, areaCertainty)) return null;
    return competing || facts.questionsAsked + 1 < TURN_LIMITS[complexity].max ? 'outcome' : null;
  }

  /**
   * The topic just asked, when a short answer, or one that spoke of something else (`aside`), left it unknown and it was not
   * asked again yet: it is asked once more in other words.
   */
  reask(facts: InterviewFacts, answered: Topic | null, answerWords: number, areaCertainty: number, reading: AnswerReading = {}): Topic | null {
    const { answeredAnother = false, aside = false, deadline } = reading;
    if (!answered || !REASKABLE.includes(answered)) return null;
    if ((facts.reasked ?? []).includes(answered)) return this.reaskWithin(facts, answered, areaCertainty);
    // With a person at risk told (`decisive`), an answer to the deadline question that told no deadline, signal nor lawsuit, and
    // did not say none runs ("não", "nada"), did not answer it, however long: asked once more, below the level's minimum of questions.
    const early = deadline !== undefined && facts.questionsAsked < TURN_LIMITS[deadline.complexity].min;
    if (answered === 'urgency' && deadline && early && this.decisive(facts) && !deadline.told && !NOTHING_RUNS.test(foldText(deadline.text))) return answered;
    // Any answer that leaves the area open did not answer it: the second time, the question asks for the remedy. A story told
    // in answer to the outcome question, naming no wish nor remedy, was not recorded as one (`FactsAccumulator`), however long;
    // an answer that brought a date, a place or a document (`answeredAnother`) answered another question instead.
    // An answer that still leaves a court's seizure without its lawsuit spoke of the block, not of the process: asked again too.
    const anyLength = answered === 'area' || (answered === 'outcome' && !answeredAnother) || (answered === 'urgency' && this.seizureWithoutLawsuit(facts));
    const short = anyLength || aside || answerWords < NON_ANSWER_WORDS;
    return short && !this.isKnown(answered, facts, areaCertainty) ? answered : null;
  }

  /** A person at risk told (`DECISIVE_NOTES`): the case's deadline question is to be answered before concluding. */
  private decisive(facts: InterviewFacts): boolean {
    return facts.notes.some((note) => DECISIVE_NOTES.includes(note));
  }

  /** The answer (facts `before` -> `after`) told a lawsuit (`PROCEEDING_NOTES`) for the first time. */
  toldLawsuit(before: InterviewFacts, after: InterviewFacts): boolean {
    return after.notes.some((note) => PROCEEDING_NOTES.includes(note) && !before.notes.includes(note));
  }

  /** The answer (facts `before` -> `after`) told one of `ASIDE_NOTES` for the first time: it spoke of something else. */
  spokeAside(before: InterviewFacts, after: InterviewFacts): boolean {
    return after.notes.some((note) => ASIDE_NOTES.includes(note) && !before.notes.includes(note));
  }

  /**
   * A topic asked within `answered`'s second question (`ASKED_WITHIN`) and left unknown by the answer: asked once more in
   * other words, as any unanswered topic is ("what do you want to achieve?" unanswered becomes "if all went well...?").
   */
  private reaskWithin(facts: InterviewFacts, answered: Topic, areaCertainty: number): Topic | null {
    const within = ASKED_WITHIN[answered] ?? [];
    return within.find((topic) => !(facts.reasked ?? []).includes(topic) && !facts.topicsAsked.includes(topic) && !this.isKnown(topic, facts, areaCertainty)) ?? null;
  }

  /**
   * The question for `topic`, in other words when it was asked before (`ReplyComposer` puts the
   * acknowledgement in front). `facts` are those before this question is recorded.
   */
  ask(topic: Topic, facts: InterviewFacts): string {
    const template = QUESTIONS[topic];
    const again = this.wasAsked(topic, facts) ? REPHRASED[topic] : undefined;
    const kind = facts.area ? AREA_LEXICONS[facts.area].subareas.find((sub) => sub.label === facts.subarea)?.id : undefined;
    const noticeTold = topic === 'urgency' && facts.documents.some((document) => NOTICE_DOCUMENTS.includes(document));
    return again ?? ((kind && template.bySubarea?.[kind]) || (facts.area && template.byArea?.[facts.area]) || (noticeTold && NOTICE_TOLD_URGENCY_QUESTION) || template.default);
  }

  /** The area's topics, most important first, without those its kind of case skips (`SubareaLexicon.skips`). */
  checklist(facts: InterviewFacts): ChecklistTopic[] {
    if (!facts.area) return DEFAULT_TOPIC_ORDER;
    const { topics, subareas } = AREA_LEXICONS[facts.area];
    const skips = subareas.find((sub) => sub.label === facts.subarea)?.skips;
    return skips ? topics.filter((topic) => !skips.includes(topic)) : topics;
  }

  /**
   * The deadline/court-process question is answered by any urgency signal or deadline told, except a court's seizure alone
   * (`SEIZURE_SIGNALS`): the block says a lawsuit is running against the client, not which one, since when, nor whether they
   * were ever summoned, which is what the question asks. The block's own words make its deadline ("hoje bloquearam"), so a
   * deadline does not answer it either; a lawsuit told (`PROCEEDING_NOTES`) or another signal (a summons, a hearing, a term) does.
   */
  private urgencyTold(facts: InterviewFacts): boolean {
    return facts.urgencySignals.length + facts.deadlines.length > 0 && !this.seizureWithoutLawsuit(facts);
  }

  /** A court's seizure told (`SEIZURE_SIGNALS`), and neither the lawsuit behind it (`PROCEEDING_NOTES`) nor any other urgency signal. */
  private seizureWithoutLawsuit(facts: InterviewFacts): boolean {
    const { urgencySignals: signals } = facts;
    if (!signals.some((id) => SEIZURE_SIGNALS.includes(id))) return false;
    const otherSignal = signals.some((id) => !SEIZURE_SIGNALS.includes(id) && !SEIZURE_CONSEQUENCES.includes(id));
    return !otherSignal && !facts.notes.some((note) => PROCEEDING_NOTES.includes(note));
  }

  private hasSpecificSubarea(facts: InterviewFacts): boolean {
    return facts.area !== null && facts.subarea !== null && facts.subarea !== AREA_LEXICONS[facts.area].defaultSubarea;
  }

  private isOpen(topic: Topic, facts: InterviewFacts, areaCertainty: number): boolean {
    return !this.wasAsked(topic, facts) && !this.isKnown(topic, facts, areaCertainty);
  }

  /** Asked already: itself, or within another topic's question (the area asked again asks for the outcome). */
  private wasAsked(topic: Topic, facts: InterviewFacts): boolean {
    if (facts.topicsAsked.includes(topic)) return true;
    return ASKED_WITHIN_ENTRIES.some(([within, asked]) => asked.includes(topic) && (facts.reasked ?? []).includes(within));
  }

  /**
   * The area's topics, with the deadline/court-process question moved up to the second at the latest, and the money question
   * moved to the end after a death or with a person at risk now (`GRIEF_NOTES`, `AT_RISK_SIGNALS`).
   */
  private order(facts: InterviewFacts, deferAfterDeath = true): ChecklistTopic[] {
    const topics = this.checklist(facts);
    // After a death the sum is asked last but stays among the essentials before concluding (`deferAfterDeath` false there); with a
    // person at risk now it is left out of them too: the care or the protection comes first.
    const grief = deferAfterDeath && facts.notes.some((note) => GRIEF_NOTES.includes(note));
    const delicate = grief || facts.urgencySignals.some((id) => AT_RISK_SIGNALS.includes(id));
    const rest = topics.filter((t) => t !== 'urgency' && !(delicate && t === 'amount'));
    const at = Math.min(1, topics.indexOf('urgency'));
    const last: ChecklistTopic[] = delicate && topics.includes('amount') ? ['amount'] : [];
    return ['area', 'facts', ...rest.slice(0, at), 'urgency', ...rest.slice(at), ...last];
  }
}
