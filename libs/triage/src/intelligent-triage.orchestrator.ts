import { BadRequestException, Injectable, Logger } from '@nestjs/common';
import { IntelligentInterviewerService, STRATEGY_BY_COMPLEXITY } from '@app/interview';
import {
  CaseState,
  ConversationState,
  ConversationStateManager,
  CURRENT_SCHEMA_VERSION,
  ListOptions,
  OrchestrationState,
  Page,
  SystemStats,
} from '@app/state';
import { CaseCompletedException } from './case-completed.exception';
import { CaseNotFoundException } from './case-not-found.exception';
import { ResultNotReadyException } from './result-not-ready.exception';
import { TriageStrategyService } from './triage-strategy.service';
import { FLOW_TYPE_BY_STRATEGY, resultOf, toStoredResult, TriageResult } from './triage-result';

export interface TurnOutcome {
  conversation: ConversationState;
  orchestration: OrchestrationState;
  reply: string;
}

type ExistingCase = { conversation: ConversationState; orchestration: OrchestrationState };

/** Drives a triage: each turn changes the conversation and the orchestration in one atomic update. */
@Injectable()
export class IntelligentTriageOrchestrator {
  private readonly logger = new Logger(IntelligentTriageOrchestrator.name);

  constructor(
    private readonly state: ConversationStateManager,
    private readonly interviewer: IntelligentInterviewerService,
    private readonly strategies: TriageStrategyService,
  ) {}

  async startIntelligentTriage(userId: string): Promise<ConversationState> {
    const conversation = this.interviewer.startConversation(userId);
    const saved = await this.state.saveCase({ conversation, orchestration: newOrchestration(conversation) });
    this.logger.log(`case ${conversation.caseId} started`);
    return saved.conversation!;
  }

  /** @throws CaseNotFoundException (also for another user's case), CaseCompletedException */
  async continueIntelligentTriage(caseId: string, userId: string, message: string): Promise<TurnOutcome> {
    let reply = '';
    const saved = await this.state.update(caseId, (current) => {
      const { conversation, orchestration } = owned(caseId, userId, current);
      if (orchestration.status !== 'interviewing') throw new CaseCompletedException(caseId);
      const turn = this.interviewer.continueConversation(conversation, message);
      reply = turn.reply;
      const next = { ...orchestration, complexity: turn.complexity, confidence: turn.confidence };
      return { conversation: turn.conversation, orchestration: turn.complete ? this.complete(next, turn.conversation) : next };
    });
    return { conversation: saved.conversation!, orchestration: saved.orchestration!, reply };
  }

  /** Both documents of a case the user owns. @throws CaseNotFoundException */
  async getOrchestrationStatus(caseId: string, userId: string): Promise<ExistingCase> {
    return owned(caseId, userId, await this.state.getCase(caseId));
  }

  /** @throws ResultNotReadyException while the interview goes on. */
  async getResult(caseId: string, userId: string): Promise<TriageResult> {
    const { orchestration } = await this.getOrchestrationStatus(caseId, userId);
    const result = resultOf(orchestration);
    if (!result) throw new ResultNotReadyException(caseId);
    return result;
  }

  /** Finishes the triage with what was collected so far; a finished one returns its result. */
  async forceComplete(caseId: string, userId: string, reason?: string): Promise<TriageResult> {
    const saved = await this.state.update(caseId, (current) => {
      const { conversation, orchestration } = owned(caseId, userId, current);
      if (orchestration.result) return { conversation: null, orchestration: null };
      const now = new Date().toISOString();
      const closed: ConversationState = {
        ...conversation,
        complexity: conversation.complexity ?? 'low',
        isComplete: true,
        completionReason: reason ? `forced: ${reason}` : 'forced',
        completedAt: now,
      };
      return { conversation: closed, orchestration: this.complete(orchestration, closed) };
    });
    return saved.orchestration ? resultOf(saved.orchestration)! : this.getResult(caseId, userId);
  }

  /** Removes every key and index entry of the user's case. @throws CaseNotFoundException */
  async cleanup(caseId: string, userId: string): Promise<void> {
    if (!(await this.state.deleteCase(caseId, userId))) throw new CaseNotFoundException(caseId);
    this.logger.log(`case ${caseId} cleaned up`);
  }

  /** LGPD art. 18 erasure: every case of the user, with their keys and index entries. */
  async eraseUserData(userId: string): Promise<number> {
    const erased = await this.state.deleteUserCases(userId);
    this.logger.log(`erased ${erased} case(s) of a user on request`);
    return erased;
  }

  getStats(): Promise<SystemStats> {
    return this.state.getSystemStats();
  }

  /** Live cases, most recently active first (operators). @throws BadRequestException on a bad cursor */
  async listCases(options: ListOptions): Promise<Page<OrchestrationState>> {
    try {
      return await this.state.listActiveOrchestrations(options);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      throw new BadRequestException({ message: error.message, detail: 'O cursor da listagem é inválido. Comece do início.' });
    }
  }

  private complete(orchestration: OrchestrationState, conversation: ConversationState): OrchestrationState {
    const result = this.strategies.buildResult(conversation);
    return {
      ...orchestration,
      status: 'completed',
      complexity: result.complexity_level,
      confidence: result.confidence_score,
      flowType: result.flow_type,
      result: toStoredResult(result) as unknown as Record<string, unknown>,
      completedAt: result.timestamp,
      processingTimeMs: result.processing_time_ms,
    };
  }
}

/** Another user's case answers exactly like a missing one, so ids cannot be probed. */
function owned(caseId: string, userId: string, { conversation, orchestration }: CaseState): ExistingCase {
  if (!conversation || !orchestration || orchestration.userId !== userId) throw new CaseNotFoundException(caseId);
  return { conversation, orchestration };
}

function newOrchestration(conversation: ConversationState): OrchestrationState {
  return {
    version: 0,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    caseId: conversation.caseId,
    userId: conversation.userId,
    createdAt: conversation.createdAt,
    updatedAt: conversation.createdAt,
    status: 'interviewing',
    flowType: FLOW_TYPE_BY_STRATEGY[STRATEGY_BY_COMPLEXITY.low],
    complexity: null,
    confidence: 0,
    startedAt: Date.parse(conversation.createdAt) / 1000,
    result: null,
    completedAt: null,
    processingTimeMs: null,
    error: null,
  };
}
