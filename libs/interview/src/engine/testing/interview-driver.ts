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

/** Picks which unused follow-up answers the question in `turn`: an index into `unused`. */
export type AnswerPicker = (turn: EngineTurn, unused: readonly string[]) => number;

/** Answers in the script's order. */
export const inOrder: AnswerPicker = () => 0;

/**
 * Sends the opening, then a follow-up as the answer to each question (in order by default), until
 * complete; every message at `now` when given.
 */
export function driveInterview(
  engine: InterviewEngine,
  opening: string,
  followups: string[],
  pick: AnswerPicker = inOrder,
  now?: Date,
): DrivenInterview {
  const turns: EngineTurn[] = [];
  const sent = [opening];
  const unused = [...followups];
  let turn = engine.continue(engine.initialFacts(), opening, now);
  turns.push(turn);
  while (!turn.complete && unused.length > 0) {
    const [answer] = unused.splice(pick(turn, unused), 1);
    sent.push(answer);
    turn = engine.continue(turn.facts, answer, now);
    turns.push(turn);
  }
  return { turns, facts: turn.facts, last: turn, sent };
}
