import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ConversationMessage, ConversationState, ConversationStateManager, CURRENT_SCHEMA_VERSION } from '@app/state';
import { ComplexityReport, EngineTurn, InterviewEngine, InterviewFacts, TranscriptAnalysis, TriageData, TriageReadings } from './engine';
import { decodeFacts, encodeFacts } from './facts.decoder';
import { TurnMarker } from './llm/engine-record';
import { HybridTurnRunner } from './llm/hybrid-turn.runner';

/** One client turn applied to a conversation: the next document and what Justus answered. */
export interface InterviewTurn extends EngineTurn {
  conversation: ConversationState;
  /** Which engine answered (and why the local one stood in for the model, when it did). */
  engine: TurnMarker;
  /** CPU time of the local engine on this turn (the model's wait is not CPU). */
  localCpuSeconds: number;
}

/**
 * Runs the interview over the engine. Turns are pure (document in, document out) so that the
 * orchestrator can save a turn's conversation and orchestration in one atomic update.
 */
@Injectable()
export class IntelligentInterviewerService {
  constructor(
    private readonly engine: InterviewEngine,
    private readonly state: ConversationStateManager,
    private readonly hybrid: HybridTurnRunner,
  ) {}

  /** A new, unsaved conversation that opens with Justus's greeting. */
  startConversation(userId: string, caseId: string = randomUUID(), now = new Date()): ConversationState {
    const timestamp = now.toISOString();
    const initial = this.engine.initialFacts();
    return {
      version: 0,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      caseId,
      userId,
      createdAt: timestamp,
      updatedAt: timestamp,
      messages: [{ role: 'assistant', content: this.engine.greeting(), timestamp }],
      complexity: null,
      confidence: 0,
      collectedData: encodeFacts(initial, initial),
      isComplete: false,
      completionReason: null,
      completedAt: null,
    };
  }

  /**
   * Applies one client message and returns the next conversation document (unsaved). The local
   * engine always runs; a configured model is asked when the strategy calls for it, before the
   * caller saves, so a turn is stored once whichever engine answered.
   */
  async continueConversation(conversation: ConversationState, message: string, now = new Date()): Promise<InterviewTurn> {
    const before = this.collectedFacts(conversation);
    const cpuBefore = process.cpuUsage();
    const local = this.engine.continue(before, message, now);
    const cpu = process.cpuUsage(cpuBefore);
    const { turn, record, marker } = await this.hybrid.run(conversation, message, before, local);
    const timestamp = now.toISOString();
    const facts = encodeFacts(turn.facts, this.engine.initialFacts());
    const messages: ConversationMessage[] = [
      ...conversation.messages,
      { role: 'user', content: message, timestamp },
      { role: 'assistant', content: turn.reply, timestamp },
    ];
    return {
      ...turn,
      engine: marker,
      localCpuSeconds: (cpu.user + cpu.system) / 1e6,
      conversation: {
        ...conversation,
        messages,
        complexity: turn.complexity,
        confidence: turn.confidence,
        collectedData: record ? { ...facts, engines: record } : facts,
        isComplete: turn.complete,
        completionReason: turn.completionReason,
        completedAt: turn.complete ? timestamp : null,
      },
    };
  }

  /** The stored conversation of a case, or null when there is none. */
  getConversationStatus(caseId: string): Promise<ConversationState | null> {
    return this.state.getConversationState(caseId);
  }

  /** Triage data built from facts: the collected ones (the "simple" reading) or another pass's (failover and ensemble). */
  triageDataFrom(facts: InterviewFacts): TriageData {
    return this.engine.triageData(facts);
  }

  /** What a failover takes from its second pass: the route, the keywords and the entities of `triageDataFrom`. */
  triageReadingsFrom(facts: InterviewFacts): TriageReadings {
    return this.engine.triageReadings(facts);
  }

  /** The independent second pass over every client message at once. */
  analyzeTranscript(conversation: ConversationState): TranscriptAnalysis {
    // A loop with `push`, not `filter` and `map`, for a packed array (see the engine's `packedMap`).
    const userMessages: string[] = [];
    for (const m of conversation.messages) if (m.role === 'user') userMessages.push(m.content);
    return this.engine.analyzeTranscript(userMessages);
  }

  /** The complexity features that decided the level of the collected facts, for `analysis_details`. */
  complexityReport(facts: InterviewFacts): ComplexityReport {
    return this.engine.complexityReport(facts);
  }

  /**
   * The facts collected turn by turn, decoded from the document: a result decodes them once and
   * passes them on.
   * @throws InvalidFactsError when the stored facts are not interview facts
   */
  collectedFacts(conversation: ConversationState): InterviewFacts {
    return decodeFacts(conversation.collectedData, this.engine.initialFacts());
  }
}
