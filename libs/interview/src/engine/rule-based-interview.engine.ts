import { TranscriptAnalyzer } from './analysis/transcript.analyzer';
import { AreaClassifier } from './classifiers/area.classifier';
import { ComplexityClassifier, describeComplexity } from './classifiers/complexity.classifier';
import { UrgencyClassifier } from './classifiers/urgency.classifier';
import { MessageExtractor } from './extractors/message.extractor';
import { ComplexityReport, EngineTurn, InterviewFacts, TranscriptAnalysis, TriageData, TriageReadings } from './interview-engine.types';
import { InterviewEngine } from './interview.engine';
import { answersAnotherTopic, copyFacts, FactsAccumulator } from './interview/facts.accumulator';
import { QuestionPlanner } from './interview/question.planner';
import { ReplyComposer } from './interview/reply.composer';
import { GREETING } from './lexicons/questions.lexicon';
import { ReviewAssessor } from './triage/review.assessor';
import { TriageDataBuilder } from './triage/triage-data.builder';

/**
 * The default interviewer: Portuguese lexicons and patterns, no network, no clock, no
 * randomness. The same transcript always gives the same questions, facts and result.
 */
export class RuleBasedInterviewEngine implements InterviewEngine {
  private readonly areas = new AreaClassifier();
  private readonly urgency = new UrgencyClassifier();
  private readonly complexity = new ComplexityClassifier(this.urgency);
  private readonly extractor = new MessageExtractor(this.areas, this.complexity);
  private readonly accumulator = new FactsAccumulator(this.areas);
  private readonly planner = new QuestionPlanner();
  private readonly replies = new ReplyComposer(this.planner);
  private readonly review = new ReviewAssessor();
  private readonly builder = new TriageDataBuilder(this.areas, this.urgency, this.review);
  private readonly analyzer = new TranscriptAnalyzer(
    this.areas,
    this.extractor,
    this.accumulator,
    this.planner,
    this.complexity,
  );

  greeting(): string {
    return GREETING;
  }

  initialFacts(): InterviewFacts {
    return this.accumulator.initial();
  }

  continue(facts: InterviewFacts, userMessage: string, now?: Date): EngineTurn {
    const answering = facts.topicsAsked.at(-1) ?? null;
    const found = this.extractor.extract(userMessage, now);
    const updated = this.accumulator.merge(facts, found, answering, now);
    const { certainty } = this.areas.choose(updated.areaScores, updated.notes, updated.anchoredAreas);
    const coverage = this.planner.coverage(updated, certainty);
    const assessed = this.complexity.assess(updated, certainty, coverage);
    const { complexity } = assessed;
    const unanswered = this.replies.gaps(updated, certainty).filter((topic) => updated.topicsAsked.includes(topic)).length;
    const confidence = this.review.confidence(assessed.confidence, unanswered);
    const urgencyH = this.urgency.hours(updated);
    const aside = this.planner.spokeAside(facts, updated);
    const told = found.urgency.signals.length + found.urgency.deadlines.length > 0 || this.planner.toldLawsuit(facts, updated);
    const reask = this.planner.reask(updated, answering, found.wordCount, certainty, {
      answeredAnother: answersAnotherTopic(found),
      aside,
      deadline: { text: userMessage, told, complexity },
    });
    const ending = this.planner.completion(updated, complexity, certainty, reask, aside);
    const closing =
      ending === 'enough_information'
        ? (this.planner.closingQuestion(updated, complexity) ?? this.planner.remedyQuestion(updated, complexity, certainty, reask))
        : null;
    const reason = closing ? null : ending;
    // The remedy asked again before concluding is a re-ask too: it is not asked a third time.
    const again = reason || (closing && closing !== reask) ? null : reask;
    const topic = reason ? null : (closing ?? again ?? this.planner.next(updated, certainty));
    const context = { before: facts, after: updated, message: userMessage, told: found.notes, urgencyH, areaCertainty: certainty };
    if (reason || topic === null) {
      return {
        facts: updated,
        reply: this.replies.closing(context, reason ?? 'enough_information'),
        complete: true,
        completionReason: reason ?? 'enough_information',
        complexity,
        confidence,
      };
    }
    const asked = copyFacts(updated);
    asked.topicsAsked = [...updated.topicsAsked, topic];
    if (again) asked.reasked = [...(updated.reasked ?? []), again];
    asked.questionsAsked = updated.questionsAsked + 1;
    return {
      facts: asked,
      reply: this.replies.question(context, topic, this.planner.ask(topic, updated)),
      complete: false,
      completionReason: null,
      complexity,
      confidence,
    };
  }

  complexityReport(facts: InterviewFacts): ComplexityReport {
    const assessment = this.complexity.assess(facts, 0, 0);
    return describeComplexity({ level: assessment.complexity, score: assessment.score, features: assessment.features });
  }

  triageData(facts: InterviewFacts): TriageData {
    return this.builder.build(facts);
  }

  triageReadings(facts: InterviewFacts): TriageReadings {
    return this.builder.readings(facts);
  }

  analyzeTranscript(userMessages: string[]): TranscriptAnalysis {
    return this.analyzer.analyze(userMessages);
  }
}
