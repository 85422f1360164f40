import { EngineTurn, InterviewFacts } from '../interview-engine.types';
import { InterviewEngine } from '../interview.engine';

/** What a scripted interview produced. */
export interface DrivenInterview {
  turns: EngineTurn[];
  facts: InterviewFacts;
  last: EngineTurn;
  /** The client messages actually sent (the script may be cut short by completion). */
  sent: string[];
}

/** Sends the opening, then each follow-up as the answer to the next question, until complete. */
export function driveInterview(engine: InterviewEngine, opening: string, followups: string[]): DrivenInterview {
  const turns: EngineTurn[] = [];
  const sent = [opening];
  let turn = engine.continue(engine.initialFacts(), opening);
  turns.push(turn);
  for (const answer of followups) {
    if (turn.complete) break;
    sent.push(answer);
    turn = engine.continue(turn.facts, answer);
    turns.push(turn);
  }
  return { turns, facts: turn.facts, last: turn, sent };
}
