import path from 'node:path';
import { loadCases } from '../../../../eval/case-loader';
import { answerWhatWasAsked } from '../../../../eval/responsive-answerer';
import { RuleBasedInterviewEngine } from './rule-based-interview.engine';
import { InterviewFacts } from './interview-engine.types';
import { driveInterview, inOrder } from './testing/interview-driver';

const REPO_CASES = path.resolve(__dirname, '../../../../eval/cases/repo-cases.json');
/** A Wednesday: weekdays and days of the month in deadlines resolve against it. */
const NOW = new Date('2026-03-11T14:00:00Z');

/** The same narratives as clients also write them: the engine must read each the same way whatever its internals. */
const VARIANTS: Record<string, (text: string) => string> = {
  'as written': (text) => text,
  'no accents': (text) => text.normalize('NFD').replace(/\p{M}/gu, ''),
  'upper case': (text) => text.toUpperCase(),
  'doubled spaces': (text) => text.replace(/ /g, '  '),
};

/**
 * Every turn's reply and facts (what changed, then the final facts in full), and the final triage data, complexity report and second pass, of
 * every repository narrative: a refactor of the engine's internals (issue 16) must leave them
 * byte-identical. A change of lexicons or rules changes them on purpose: review the snapshot diff,
 * then update it with `npx jest engine-output -u`.
 */
describe('engine output on the repository narratives', () => {
  const sut = new RuleBasedInterviewEngine();
  const cases = loadCases([REPO_CASES]);
  const pickers = { scripted: inOrder, responsive: answerWhatWasAsked };

  describe.each(Object.entries(VARIANTS))('%s', (_variant, rewrite) => {
    describe.each(Object.entries(pickers))('answered %s', (_mode, pick) => {
      it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, evalCase) => {
        const { turns, facts, sent } = driveInterview(sut, rewrite(evalCase.opening), evalCase.followups.map(rewrite), pick, NOW);
        const second = sut.analyzeTranscript(sent);

        expect(turns.at(-1)!.complete || sent.length === evalCase.followups.length + 1).toBe(true);
        expect({
          turns: turns.map(({ facts: after, ...turn }, i) => ({ ...turn, factsChanged: changed(turns[i - 1]?.facts ?? sut.initialFacts(), after) })),
          facts,
          triageData: sut.triageData(facts),
          complexityReport: sut.complexityReport(facts),
          secondPass: { ...second, triageData: sut.triageData(second.facts) },
        }).toMatchSnapshot();
      });
    });
  });
});

/** The fields of `after` that differ from `before`: each turn's facts, without repeating what earlier turns set. */
function changed(before: InterviewFacts, after: InterviewFacts): Partial<InterviewFacts> {
  const key = (value: unknown) => JSON.stringify(value);
  return Object.fromEntries(Object.entries(after).filter(([field, value]) => key(value) !== key(before[field as keyof InterviewFacts])));
}
