import { InterviewEngine } from '../libs/interview/src/engine';
import { driveInterview, inOrder } from '../libs/interview/src/engine/testing/interview-driver';
import { answerWhatWasAsked } from './responsive-answerer';
import { CaseReading, EvalCase, EvalMode } from './eval.types';

/** Runs one case through the engine in process and records what it concluded. */
export function runCase(engine: InterviewEngine, evalCase: EvalCase, mode: EvalMode): CaseReading {
  const pick = mode === 'responsive' ? answerWhatWasAsked : inOrder;
  const { facts, last, sent } = driveInterview(engine, evalCase.opening, evalCase.followups, pick);
  const triage = engine.triageData(facts);
  return {
    id: evalCase.id,
    area: { expected: evalCase.area, got: triage.area_code },
    complexity: { expected: evalCase.complexity, got: last.complexity },
    urgency_h: { expected: evalCase.urgency_h, got: triage.urgency_h },
    turns: sent.length,
    questions: facts.questionsAsked,
    completed: last.complete,
  };
}
