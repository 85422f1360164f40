import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { ConversationState } from '@app/state';
import { STRATEGY_BY_COMPLEXITY, TURN_LIMITS } from '../engine/interview-engine.constants';
import { EngineTurn, InterviewFacts } from '../engine/interview-engine.types';
import { EMPTY_ENGINE_RECORD, EngineRecord, fieldSources, readEngineRecord, TurnMarker } from './engine-record';
import { FallbackReason } from './model-failure';
import { ModelInterviewer } from './model-interviewer';

/** The turn the client gets, the engine record to store (null without a model) and the turn's marker. */
export interface HybridTurn {
  turn: EngineTurn;
  record: EngineRecord | null;
  marker: TurnMarker;
}

/**
 * Chooses a turn's engine by the strategy of the complexity the local engine assessed:
 * `simple` keeps the local turn; `failover` and `ensemble` ask the model and keep the local turn,
 * already computed, when the model fails in any way. The local facts are always kept, so that
 * any later turn can fall back with everything the interview collected.
 */
@Injectable()
export class HybridTurnRunner {
  constructor(
    private readonly model: ModelInterviewer,
    private readonly config: AppConfig,
  ) {}

  async run(conversation: ConversationState, message: string, before: InterviewFacts, local: EngineTurn): Promise<HybridTurn> {
    const at = conversation.messages.length;
    if (!this.model.enabled) return { turn: local, record: null, marker: { at, engine: 'local' } };
    const record: EngineRecord = structuredClone(readEngineRecord(conversation.collectedData) ?? EMPTY_ENGINE_RECORD);
    const strategy = STRATEGY_BY_COMPLEXITY[local.complexity];
    if (strategy === 'simple') return this.local(local, record, { at, engine: 'local' }, false);
    const limits = TURN_LIMITS[local.complexity];
    const transcript = [...conversation.messages, { role: 'user' as const, content: message }];
    const answer = await this.model.ask(transcript, { questionsAsked: before.questionsAsked, ...limits }, this.config.llm.maxCallsPerCase - record.calls);
    record.calls += answer.calls;
    if (!answer.ok) return this.local(local, record, { at, engine: 'local', fallback: answer.reason }, true);
    const { turn } = answer;
    const problem = completionProblem(turn.complete, local, before.questionsAsked, limits.min);
    if (problem) return this.local(local, record, { at, engine: 'local', fallback: problem }, true);
    record.model = turn.facts;
    record.modelConfidence = turn.confidence;
    record.triage = turn.complete ? turn.triage_data : null;
    const preferModel = strategy === 'failover' || turn.confidence > local.confidence;
    record.fields = fieldSources(local.facts, turn.facts, preferModel);
    const marker: TurnMarker = { at, engine: strategy === 'ensemble' ? 'ensemble' : 'model' };
    record.turns.push(marker);
    const asked = !turn.complete && local.complete ? { ...local.facts, questionsAsked: local.facts.questionsAsked + 1 } : local.facts;
    return {
      turn: { ...local, facts: asked, reply: turn.reply, complete: turn.complete, completionReason: turn.complete ? (local.completionReason ?? 'enough_information') : null },
      record,
      marker,
    };
  }

  private local(local: EngineTurn, record: EngineRecord, marker: TurnMarker, preferModel: boolean): HybridTurn {
    record.turns.push(marker);
    record.fields = fieldSources(local.facts, preferModel ? record.model : null, preferModel);
    return { turn: local, record, marker };
  }
}

/** The model may close only after the case's minimum of questions, and must close at its maximum (when the local engine does). */
function completionProblem(complete: boolean, local: EngineTurn, questionsAsked: number, min: number): FallbackReason | null {
  if (complete && !local.complete && questionsAsked < min) return 'early_completion';
  if (!complete && local.completionReason === 'turn_limit') return 'turn_limit';
  return null;
}
