import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EngineTurn } from './interview-engine.types';
import { RuleBasedInterviewEngine } from './rule-based-interview.engine';
import { forgetAllMemoized, keptMemoizedTexts } from './text/memoized';
import { foldText } from './text/text-normalizer';

/** The bench's own module (CommonJS, so that both the bench's ES modules and jest load it). */
const { GAPS, carriersOf, freshText } = require('../../../../bench/lib/fresh-texts.cjs') as {
  GAPS: string[];
  carriersOf: (text: string) => number;
  freshText: (text: string, variant: number) => string;
};

interface BenchConversation {
  id: string;
  opening: string;
  answers: string[];
}

/** bench/conversations.mjs, an ES module of data alone (jest loads no ES module): its one export read as an expression. */
const CONVERSATIONS = new Function(
  readFileSync(path.resolve(__dirname, '../../../../bench/conversations.mjs'), 'utf8').replace(/^export const CONVERSATIONS =/m, 'return'),
)() as BenchConversation[];
const NOW = new Date('2026-03-11T14:00:00Z');
/** Variants as the bench's consecutive cases of one template take them, then the last ones and one a cycle later (the same). */
const VARIANTS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 40, 80, GAPS.length - 1, GAPS.length + 5];

interface Played {
  /** Every turn, the final triage data and complexity report, and the transcript pass, as JSON. */
  output: string;
  /** The answers sent (the opening is the template's, sent plain), up to the completing one. */
  answers: string[];
  /** Per answer: whether the engine kept its text before it was sent, and how many texts the memos kept more after it. */
  keptBefore: boolean[];
  added: number[];
  /** The transcript pass: how many texts the memos kept more after it. */
  transcriptAdded: number;
}

/**
 * A case as the API bench plays it: the opening sent plain (bench/lib/seed.mjs makes each template with it), each answer
 * through `vary` until the case completes, then the second pass over the transcript, whose opening the clone holds varied.
 */
function play(engine: RuleBasedInterviewEngine, conversation: BenchConversation, vary: (text: string) => string): Played {
  const turns: EngineTurn[] = [engine.continue(engine.initialFacts(), conversation.opening, NOW)];
  const played: Played = { output: '', answers: [], keptBefore: [], added: [], transcriptAdded: 0 };
  for (const answer of conversation.answers) {
    if (turns.at(-1)!.complete) break;
    const text = vary(answer);
    played.answers.push(text);
    played.keptBefore.push(foldText.has(text));
    const kept = keptMemoizedTexts();
    turns.push(engine.continue(turns.at(-1)!.facts, text, NOW));
    played.added.push(keptMemoizedTexts() - kept);
  }
  const facts = turns.at(-1)!.facts;
  const kept = keptMemoizedTexts();
  const second = engine.analyzeTranscript([vary(conversation.opening), ...played.answers]);
  played.transcriptAdded = keptMemoizedTexts() - kept;
  played.output = JSON.stringify({ turns, triageData: engine.triageData(facts), complexityReport: engine.complexityReport(facts), second });
  return played;
}

/**
 * `npm run bench` sends each conversation's answers with a whitespace variation per case (bench/lib/fresh-texts.cjs), so that its
 * server reads new texts as a server meets clients' messages, not texts its memos remember: the engine must read the same facts,
 * and the memos must take each varied message as a text never read.
 */
describe("the API bench's fresh texts", () => {
  const engine = new RuleBasedInterviewEngine();

  it('vary every answer the bench sends', () => {
    for (const conversation of CONVERSATIONS) {
      forgetAllMemoized();
      const { answers } = play(engine, conversation, (text) => text);
      for (const answer of answers) expect([conversation.id, answer, carriersOf(answer) > 0]).toEqual([conversation.id, answer, true]);
    }
  });

  it('are distinct, and never the plain text', () => {
    expect(new Set(GAPS).size).toBe(GAPS.length);
    expect(GAPS).not.toContain(' ');
    const text = CONVERSATIONS[0].answers[0];
    const spellings = new Set(Array.from({ length: GAPS.length }, (_, variant) => freshText(text, variant)));
    expect(spellings.size).toBe(GAPS.length);
    expect(spellings.has(text)).toBe(false);
    expect(freshText(text, GAPS.length + 3)).toBe(freshText(text, 3));
  });

  it('leave both ends and every gap inside a phrase alone', () => {
    expect(freshText('Moramos juntos de 2008 até março de 2024 em Rondonópolis/MT', 0)).toBe('Moramos\tjuntos de 2008 até março de 2024 em Rondonópolis/MT');
    expect(freshText('Recebi R$ 9.800,00 no acerto; um colega disse que dá 40 mil', 1)).toBe('Recebi\u00a0R$ 9.800,00 no acerto;\u00a0um colega disse que dá 40 mil');
    expect(freshText('Só isso mesmo', 2)).toBe('Só  isso mesmo');
    expect(freshText('Sim.  Foi ontem', 2)).toBe('Sim.  Foi ontem');
    expect(freshText('Obrigado', 2)).toBe('Obrigado');
  });

  describe.each(CONVERSATIONS.map((c) => [c.id, c] as const))('%s', (_id, conversation) => {
    it('give the same output as the plain texts, each a text the memos never kept', () => {
      forgetAllMemoized();
      const plain = play(engine, conversation, (text) => text);
      // Sent again, the plain texts are all remembered: nothing new is kept.
      const again = play(engine, conversation, (text) => text);
      expect(again.keptBefore.every(Boolean)).toBe(true);
      expect([...again.added, again.transcriptAdded]).toEqual(again.added.map(() => 0).concat(0));

      for (const variant of VARIANTS) {
        const varied = play(engine, conversation, (text) => freshText(text, variant));
        expect(varied.output).toBe(plain.output);
        expect(varied.answers.map((text) => text.replace(/\s+/g, ' '))).toEqual(plain.answers);
        if (variant >= GAPS.length) continue; // a variant met a cycle before: remembered here, dropped long before on a bench server
        // Each answer and the transcript: a text the memos do not hold, and whose reading keeps new texts.
        expect(varied.keptBefore.some(Boolean)).toBe(false);
        expect(varied.added.every((added) => added > 0)).toBe(true);
        expect(varied.transcriptAdded).toBeGreaterThan(0);
      }
    });
  });
});
