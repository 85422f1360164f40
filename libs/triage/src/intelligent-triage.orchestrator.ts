import { BadRequestException, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { IntelligentInterviewerService, InterviewTurn, STRATEGY_BY_COMPLEXITY } from '@app/interview';
import { MetricsService } from '@app/metrics';
import {
  CaseState,
  ConversationState,
  ConversationStateManager,
  CURRENT_SCHEMA_VERSION,
  ListOptions,
  OrchestrationState,
  Page,
  SystemStats,
  TurnReceipt,
  VersionConflictError,
} from '@app/state';
import { CaseCompletedException } from './case-completed.exception';
import { CaseNotFoundException } from './case-not-found.exception';
import { ResultNotReadyException } from './result-not-ready.exception';
import { TriageStrategyService } from './triage-strategy.service';
import { FLOW_TYPE_BY_STRATEGY, resultOf, toStoredResult, TriageResult } from './triage-result';
import { earlierTurn, outcomeOf, TurnOutcome, withReceipt } from './turn-receipts';

type ExistingCase = { conversation: ConversationState; orchestration: OrchestrationState };

/** Drives a triage: each turn changes the conversation and the orchestration in one atomic update. */
@Injectable()
export class IntelligentTriageOrchestrator {
  private readonly logger = new Logger(IntelligentTriageOrchestrator.name);

  constructor(
    private readonly state: ConversationStateManager,
    private readonly interviewer: IntelligentInterviewerService,
    private readonly strategies: TriageStrategyService,
    private readonly metrics: MetricsService,
  ) {
    metrics.live.watch(() => state.getSystemStats());
  }

  /** A new case; a start resent with the same `idempotencyKey` gets the first one's case back. */
  async startIntelligentTriage(userId: string, idempotencyKey?: string): Promise<ConversationState> {
    const caseId = idempotencyKey ? await this.state.claimStartKey(userId, idempotencyKey, randomUUID()) : randomUUID();
    const conversation = this.interviewer.startConversation(userId, caseId);
    try {
      const saved = await this.state.saveCase({ conversation, orchestration: newOrchestration(conversation) });
      this.logger.log(`case ${caseId} started`);
      return saved.conversation!;
    } catch (error) {
      // Only a start with a key can meet a stored case: the one its first sending created.
      const existing = error instanceof VersionConflictError && (await this.state.getCase(caseId));
      if (!existing || !existing.conversation) throw error;
      await this.state.confirmSaved(existing);
      this.metrics.triage.replayed('start');
      return existing.conversation;
    }
  }

  /**
   * Applies the client's message, or, when an earlier turn of the case had `idempotencyKey`,
   * answers what that turn answered and stores nothing.
   * @throws CaseNotFoundException (also for another user's case), CaseCompletedException,
   *   IdempotencyKeyReusedException (the key's turn had another message)
   */
  async continueIntelligentTriage(caseId: string, userId: string, message: string, idempotencyKey?: string): Promise<TurnOutcome> {
    let receipt!: TurnReceipt;
    let replayed: ExistingCase | undefined;
    let turnEngine: InterviewTurn['engine'] | undefined;
    let engineCpuSeconds = 0;
    const saved = await this.state.update(caseId, async (current) => {
      const existing = owned(caseId, userId, current);
      const earlier = idempotencyKey === undefined ? undefined : earlierTurn(existing.conversation, idempotencyKey, message);
      replayed = earlier && existing;
      if (earlier) {
        receipt = earlier;
        return { conversation: null, orchestration: null };
      }
      const { conversation, orchestration } = existing;
      if (orchestration.status !== 'interviewing') throw new CaseCompletedException(caseId);
      // Before the save: a model call that times out leaves nothing stored, and a resend finds the receipt above without asking the model again.
      const turn = await this.interviewer.continueConversation(conversation, message);
      turnEngine = turn.engine;
      engineCpuSeconds = turn.localCpuSeconds;
      receipt = { key: idempotencyKey ?? '', at: conversation.messages.length, complexity: turn.complexity, confidence: turn.confidence, completed: turn.complete };
      const next = idempotencyKey === undefined ? turn.conversation : withReceipt(turn.conversation, receipt);
      const nextOrchestration = { ...orchestration, complexity: turn.complexity, confidence: turn.confidence };
      return { conversation: next, orchestration: turn.complete ? this.complete(nextOrchestration, next) : nextOrchestration };
    });
    if (replayed) await this.state.confirmSaved(replayed);
    const { conversation, orchestration } = replayed ?? (saved as ExistingCase);
    if (replayed) this.metrics.triage.replayed('continue');
    else {
      this.metrics.triage.turn(engineCpuSeconds);
      this.metrics.model.turn(turnEngine!.engine, turnEngine!.fallback);
    }
    if (!replayed && receipt.completed) this.countCompletion(orchestration, conversation.completionReason === 'turn_limit');
    return outcomeOf(conversation, orchestration, receipt);
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
    if (!saved.orchestration) return this.getResult(caseId, userId);
    this.countCompletion(saved.orchestration, false);
    return resultOf(saved.orchestration)!;
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

  private countCompletion({ complexity, result }: OrchestrationState, questionLimit: boolean): void {
    const level = complexity ?? 'low';
    this.metrics.triage.completed(level, STRATEGY_BY_COMPLEXITY[level], questionLimit);
    const engines = (result?.analysis_details as { engines?: { fields?: Record<string, string> } } | undefined)?.engines;
    if (engines?.fields) this.metrics.model.resultFields(engines.fields);
  }

  private complete(orchestration: OrchestrationState, conversation: ConversationState): OrchestrationState {
    const result = this.strategies.buildResult(conversation);
    return {
      ...orchestration,
      status: 'completed',
      complexity: result.complexity_level,
      confidence: result.confidence_score,
      flowType: result.flow_type,
      result: toStoredResult(result),
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
