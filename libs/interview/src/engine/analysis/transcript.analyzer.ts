import { AreaClassifier, AreaHit, addHits, countable, wordsBefore } from '../classifiers/area.classifier';
import { ComplexityClassifier } from '../classifiers/complexity.classifier';
import { MessageExtractor } from '../extractors/message.extractor';
import { OutcomeExtractor } from '../extractors/outcome.extractor';
import { copyFacts, FactsAccumulator } from '../interview/facts.accumulator';
import { QuestionPlanner } from '../interview/question.planner';
import { InterviewFacts, TranscriptAnalysis } from '../interview-engine.types';
import { isNegator, negatedAt, PhraseMatch } from '../text/phrase-matcher';
import { joinTexts, tokenize } from '../text/text-normalizer';
import { packedMap } from '../text/packed-arrays';

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
    const text = joinTexts(userMessages);
    const whole = this.wholeTextScores(userMessages, text);
    const found = this.extractor.extractTranscript(text, userMessages, {
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
  private wholeTextScores(messages: string[], text: string): Pick<InterviewFacts, 'areaScores' | 'subareaScores'> {
    const countByPhrase = new Map<string, { count: number; hits: AreaHit[] }>();
    const parts = packedMap(messages, (message) => tokenize(message));
    let lastWord: string | undefined;
    this.matchesByMessage(parts, text).forEach(({ matches, offset }, i) => {
      const tokens = parts[i];
      for (const match of matches) {
        const start = match.start - offset;
        const negated = negatedAt(tokens, start) || (start === 0 && isNegator(lastWord));
        const entry = countByPhrase.get(match.phrase) ?? { count: 0, hits: countable({ phrase: match.phrase, values: match.values, negated }, wordsBefore(tokens, start)) };
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

  /**
   * Each message's area matches as the message alone gives them, with what to take off their
   * starts (where the message's tokens begin among the transcript's). Read from the joined text's
   * matches, which the keywords need anyway, when none of them runs over a message break: then
   * they are the messages' own (a phrase is hidden only by a longer or earlier one kept, and every
   * one kept lies within a message), and a busy server, whose text caches no longer hold the
   * earlier messages' matches, matches the transcript once instead of twice.
   */
  private matchesByMessage(parts: readonly (readonly string[])[], text: string): Array<{ matches: readonly PhraseMatch<AreaHit>[]; offset: number }> {
    const joined = this.areas.matches(tokenize(text));
    const byMessage: Array<{ matches: readonly PhraseMatch<AreaHit>[]; offset: number }> = [];
    let offset = 0;
    let next = 0;
    for (const tokens of parts) {
      const end = offset + tokens.length;
      const first = next;
      while (next < joined.length && joined[next].start < end) next++;
      if (next > first && joined[next - 1].end > end) return parts.map((own) => ({ matches: this.areas.matches(own), offset: 0 }));
      byMessage.push({ matches: joined.slice(first, next), offset });
      offset = end;
    }
    return byMessage;
  }

  private lastOutcome(messages: string[]): string | null {
    for (let i = messages.length - 1; i >= 0; i--) {
      const outcome = this.outcomes.extract(messages[i]);
      if (outcome) return outcome;
    }
    return null;
  }
}
