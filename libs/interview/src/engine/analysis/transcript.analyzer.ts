import { AreaClassifier, AreaHit, addHits, countable } from '../classifiers/area.classifier';
import { ComplexityClassifier } from '../classifiers/complexity.classifier';
import { MessageExtractor } from '../extractors/message.extractor';
import { OutcomeExtractor } from '../extractors/outcome.extractor';
import { copyFacts, FactsAccumulator } from '../interview/facts.accumulator';
import { QuestionPlanner } from '../interview/question.planner';
import { InterviewFacts, TranscriptAnalysis } from '../interview-engine.types';
import { isNegator } from '../text/phrase-matcher';
import { tokenize } from '../text/text-normalizer';

/** Weight of phrases in the opening message, where people state the problem itself. */
const OPENING_WEIGHT = 1.5;

/**
 * The independent second pass: reads the whole transcript at once. Unlike the turn-by-turn
 * sum, a phrase repeated across messages adds only logarithmically, and the opening weighs more.
 */
export class TranscriptAnalyzer {
  private readonly outcomes = new OutcomeExtractor();

  constructor(
    private readonly areas: AreaClassifier,
    private readonly extractor: MessageExtractor,
    private readonly accumulator: FactsAccumulator,
    private readonly planner: QuestionPlanner,
    private readonly complexity: ComplexityClassifier,
  ) {}

  analyze(userMessages: string[]): TranscriptAnalysis {
    // The whole-text scores and the last message's outcome stand in for the joined text's own, so
    // that the merge derives the area once, from the scores that count (the scores object itself
    // is kept: the merge would list its areas in another order).
    const whole = this.wholeTextScores(userMessages);
    const found = this.extractor.extractTranscript(userMessages, {
      areaScores: whole.areaScores,
      subareaScores: whole.subareaScores,
      outcome: this.lastOutcome(userMessages),
    });
    const merged = this.accumulator.merge(this.accumulator.initial(), found, null);
    const facts = copyFacts(merged);
    facts.areaScores = whole.areaScores;
    facts.clientMessages = userMessages.length;
    const { certainty } = this.areas.choose(facts.areaScores, facts.notes, facts.anchoredAreas);
    const coverage = this.planner.coverage(facts, certainty);
    const { complexity, confidence } = this.complexity.assess(facts, certainty, coverage);
    return { facts, complexity, confidence };
  }

  /**
   * The transcript's phrases, each message's matches read apart: no phrase spans a message break,
   * so the whole text's matches are the messages' own, except that a message's first phrase is
   * negated when the message before ends in a negation word (two words before it, across the break).
   */
  private wholeTextScores(messages: string[]): Pick<InterviewFacts, 'areaScores' | 'subareaScores'> {
    const countByPhrase = new Map<string, { count: number; hits: AreaHit[] }>();
    let lastWord: string | undefined;
    messages.forEach((message, i) => {
      const tokens = tokenize(message);
      for (const match of this.areas.matches(tokens)) {
        const negated = match.negated || (match.start === 0 && isNegator(lastWord));
        const entry = countByPhrase.get(match.phrase) ?? { count: 0, hits: countable({ values: match.values, negated }) };
        entry.count += i === 0 ? OPENING_WEIGHT : 1;
        countByPhrase.set(match.phrase, entry);
      }
      lastWord = tokens.at(-1);
    });
    const scores = { areaScores: {}, subareaScores: {} };
    for (const { count, hits } of countByPhrase.values()) {
      addHits(scores, hits, count >= 1 ? 1 + Math.log(count) : count);
    }
    return scores;
  }

  private lastOutcome(messages: string[]): string | null {
    for (let i = messages.length - 1; i >= 0; i--) {
      const outcome = this.outcomes.extract(messages[i]);
      if (outcome) return outcome;
    }
    return null;
  }
}
