import { Injectable, Logger } from '@nestjs/common';
import { IntelligentInterviewerService, InterviewFacts, modelTriageData, readEngineRecord, STRATEGY_BY_COMPLEXITY, Strategy, TriageData, withReview } from '@app/interview';
import { ConversationState } from '@app/state';
import { modelEnsemble, modelFailover, Reading } from './model-reconciler';
import { fillGaps, reconcile } from './triage-reconciler';
import { FLOW_TYPE_BY_STRATEGY, TriageResult } from './triage-result';

interface StrategyOutcome {
  data: TriageData;
  confidence: number;
  details?: Record<string, unknown>;
  /** The two readings chose different areas. */
  areasDisagree?: boolean;
}

/** Builds the result with the strategy the case's complexity calls for (simple, failover, ensemble). */
@Injectable()
export class TriageStrategyService {
  private readonly logger = new Logger(TriageStrategyService.name);

  constructor(private readonly interviewer: IntelligentInterviewerService) {}

  buildResult(conversation: ConversationState, now = new Date()): TriageResult {
    const started = performance.now();
    const complexity = conversation.complexity ?? 'low';
    const strategy = STRATEGY_BY_COMPLEXITY[complexity];
    const facts = this.interviewer.collectedFacts(conversation);
    const outcome = this.run(strategy, conversation, facts);
    const answers = conversation.messages.filter((m) => m.role === 'user').length;
    const confidence = round(outcome.confidence);
    const review = { completionReason: conversation.completionReason, confidence, areasDisagree: outcome.areasDisagree ?? false };
    return {
      case_id: conversation.caseId,
      strategy_used: strategy,
      complexity_level: complexity,
      confidence_score: confidence,
      triage_data: withReview(outcome.data, review),
      conversation_summary: `Entrevista com ${answers} resposta(s) do cliente, ${closing(conversation.completionReason)}.`,
      processing_time_ms: round(performance.now() - started),
      flow_type: FLOW_TYPE_BY_STRATEGY[strategy],
      analysis_details: { ...outcome.details, ...turnEngines(conversation), complexity: this.interviewer.complexityReport(facts) },
      timestamp: now.toISOString(),
    };
  }

  private run(strategy: Strategy, conversation: ConversationState, facts: InterviewFacts): StrategyOutcome {
    const simple: StrategyOutcome = { data: this.interviewer.triageDataFrom(facts), confidence: conversation.confidence };
    const model = modelReading(conversation);
    switch (strategy) {
      case 'simple':
        return simple;
      case 'failover':
        return model ? modelFailover(simple, model) : this.failover(conversation, simple);
      case 'ensemble':
        return model ? modelEnsemble(simple, model) : this.ensemble(conversation, simple);
      default: {
        const unknown: never = strategy;
        throw new Error(`unknown strategy ${String(unknown)}`);
      }
    }
  }

  private failover(conversation: ConversationState, simple: StrategyOutcome): StrategyOutcome {
    try {
      const second = this.interviewer.analyzeTranscript(conversation);
      const secondData = this.interviewer.triageReadingsFrom(second.facts);
      const { data, filled } = fillGaps(simple.data, secondData);
      const areasDisagree = secondData.area_code !== simple.data.area_code;
      const confidence = areasDisagree ? Math.min(simple.confidence, second.confidence) : Math.max(simple.confidence, second.confidence);
      return { data, confidence, areasDisagree, details: { second_pass: 'ok', filled_fields: filled } };
    } catch (error) {
      this.logger.warn(`second pass failed for case ${conversation.caseId}; using the simple result: ${(error as Error).message}`);
      return { ...simple, details: { second_pass: 'failed', fallback: 'simple' } };
    }
  }

  private ensemble(conversation: ConversationState, simple: StrategyOutcome): StrategyOutcome {
    const second = this.interviewer.analyzeTranscript(conversation);
    const transcript = this.interviewer.triageDataFrom(second.facts);
    const preferTranscript = second.confidence > simple.confidence;
    const { data, disagreements } = reconcile(simple.data, transcript, preferTranscript);
    const agree = data.area_code === simple.data.area_code && data.area_code === transcript.area_code;
    return {
      data,
      confidence: agree ? Math.max(simple.confidence, second.confidence) : Math.min(simple.confidence, second.confidence),
      areasDisagree: !agree,
      details: {
        passes: {
          interview: { area_code: simple.data.area_code, complexity: conversation.complexity, confidence: simple.confidence },
          transcript: { area_code: transcript.area_code, complexity: second.complexity, confidence: second.confidence },
        },
        agreement: disagreements.length === 0,
        disagreements,
      },
    };
  }
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The model's reading when it closed the interview (failover and ensemble then build on it). */
function modelReading(conversation: ConversationState): Reading | null {
  const record = readEngineRecord(conversation.collectedData);
  const data = modelTriageData(record);
  return data && { data, confidence: record!.modelConfidence ?? 0 };
}

/** With a model configured: how many turns each engine answered, and why the local engine stood in. */
function turnEngines(conversation: ConversationState): Record<string, unknown> {
  const record = readEngineRecord(conversation.collectedData);
  if (!record) return {};
  const count = (keys: string[]) => keys.reduce<Record<string, number>>((counts, key) => ({ ...counts, [key]: (counts[key] ?? 0) + 1 }), {});
  return {
    turn_engines: count(record.turns.map((t) => t.engine)),
    fallbacks: count(record.turns.flatMap((t) => (t.fallback ? [t.fallback] : []))),
    model_calls: record.calls,
  };
}

function closing(reason: string | null): string {
  if (reason === 'enough_information') return 'concluída com informação suficiente';
  if (reason === 'turn_limit') return 'concluída no limite de perguntas';
  return 'encerrada antes do fim';
}
