// The libs import each other as `@app/...`; ts-node alone does not map those paths (the local eval never loads them).
import 'tsconfig-paths/register';
import { AppConfig } from '../libs/config/src';
import { IntelligentInterviewerService, InterviewTurn } from '../libs/interview/src';
import { RuleBasedInterviewEngine } from '../libs/interview/src/engine';
import { inOrder } from '../libs/interview/src/engine/testing/interview-driver';
import { HybridTurnRunner } from '../libs/interview/src/llm/hybrid-turn.runner';
import { ModelInterviewer } from '../libs/interview/src/llm/model-interviewer';
import { MetricsService } from '../libs/metrics/src';
import { ConversationStateManager } from '../libs/state/src';
import { TriageStrategyService } from '../libs/triage/src/triage-strategy.service';
import { answerWhatWasAsked } from './responsive-answerer';
import { CaseReading, EvalCase, EvalMode } from './eval.types';

/**
 * Runs a case through the interview as the API runs it (the local engine, and the configured
 * model where the strategy asks for it), in process and without Redis: turns are pure.
 */
export class ModelCaseRunner {
  private readonly interviewer: IntelligentInterviewerService;
  private readonly strategies: TriageStrategyService;
  /** Wall time of each turn in ms (the model's wait and the local engine). */
  readonly turnMs: number[] = [];
  /** Turns by engine; `local (reason)` when the local engine stood in for the model. */
  readonly engines: Record<string, number> = {};

  constructor(config: AppConfig) {
    const hybrid = new HybridTurnRunner(new ModelInterviewer(config, new MetricsService(config)), config);
    // The state manager is only for reading stored cases, which the eval never does.
    this.interviewer = new IntelligentInterviewerService(new RuleBasedInterviewEngine(), null as unknown as ConversationStateManager, hybrid);
    this.strategies = new TriageStrategyService(this.interviewer);
  }

  async run(evalCase: EvalCase, mode: EvalMode): Promise<CaseReading> {
    const pick = mode === 'responsive' ? answerWhatWasAsked : inOrder;
    const unused = [...evalCase.followups];
    let conversation = this.interviewer.startConversation('eval', evalCase.id);
    let message = evalCase.opening;
    let sent = 0;
    let turn: InterviewTurn;
    for (;;) {
      const started = performance.now();
      turn = await this.interviewer.continueConversation(conversation, message);
      this.turnMs.push(performance.now() - started);
      const engine = turn.engine.fallback ? `local (${turn.engine.fallback})` : turn.engine.engine;
      this.engines[engine] = (this.engines[engine] ?? 0) + 1;
      conversation = turn.conversation;
      sent++;
      if (turn.complete || unused.length === 0) break;
      [message] = unused.splice(pick(turn, unused), 1);
    }
    const { triage_data: triage } = this.strategies.buildResult(conversation);
    return {
      id: evalCase.id,
      area: { expected: evalCase.area, got: triage.area_code },
      complexity: { expected: evalCase.complexity, got: turn.complexity },
      urgency_h: { expected: evalCase.urgency_h, got: triage.urgency_h },
      turns: sent,
      questions: turn.facts.questionsAsked,
      completed: turn.complete,
    };
  }

  /** One line on what the model did and cost. */
  describe(): string {
    const sorted = [...this.turnMs].sort((a, b) => a - b);
    const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
    const engines = Object.entries(this.engines).map(([engine, n]) => `${engine} ${n}`).join(', ');
    return `turns by engine: ${engines}; turn wall time median ${at(0.5)} ms, p95 ${at(0.95)} ms`;
  }
}
