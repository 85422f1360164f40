import { ComplexityReport, EngineTurn, InterviewFacts, TranscriptAnalysis, TriageData, TriageReadings } from './interview-engine.types';

/**
 * A deterministic interviewer: the same transcript always gives the same output.
 * Abstract so that it is its own injection token (`{ provide: InterviewEngine, useClass: ... }`).
 */
export abstract class InterviewEngine {
  /** Justus's opening message, asking the client to describe the problem. */
  abstract greeting(): string;
  /** Facts of an interview that has not started. */
  abstract initialFacts(): InterviewFacts;
  /** Applies one client message (sent at `now`, when known) and returns the next question or the closing message. */
  abstract continue(facts: InterviewFacts, userMessage: string, now?: Date): EngineTurn;
  /** Which complexity features of the facts decided their level, for the lawyer. */
  abstract complexityReport(facts: InterviewFacts): ComplexityReport;
  /** The "simple" strategy: triage data built from the collected facts. */
  abstract triageData(facts: InterviewFacts): TriageData;
  /** Of `triageData`, only what a failover takes from its second pass (`TriageReadings`). */
  abstract triageReadings(facts: InterviewFacts): TriageReadings;
  /** A second, independent pass over all client messages at once (for "failover" and "ensemble"). */
  abstract analyzeTranscript(userMessages: string[]): TranscriptAnalysis;
}
