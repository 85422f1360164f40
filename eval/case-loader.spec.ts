import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultCaseFiles, loadCases, splitHalves, splitHalvesByFolder } from './case-loader';
import { EvalInputError } from './eval-input.error';

const REPO_CASES = path.resolve(__dirname, 'cases/repo-cases.json');
const validCase = { id: 'civil-x1', area: 'civil', complexity: 'low', urgency_h: 720, opening: 'oi', followups: ['a'] };

describe('case loader', () => {
  let dir: string;
  const write = (name: string, content: unknown) => {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  };
  const failure = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return { exitCode: (error as EvalInputError).exitCode, message: (error as Error).message };
    }
    throw new Error('did not fail');
  };

  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'eval-cases-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe(splitHalves.name, () => {
    it('sorts the ids and puts even positions in "tune", odd ones in "check"', () => {
      const halves = splitHalves(['civil-2', 'administrativo-1', 'civil-1', 'administrativo-2']);
      expect([...halves]).toEqual([
        ['administrativo-1', 'tune'],
        ['administrativo-2', 'check'],
        ['civil-1', 'tune'],
        ['civil-2', 'check'],
      ]);
    });
  });

  describe(splitHalvesByFolder.name, () => {
    it("splits each folder's cases on its own, so other files never move a case to the other half", () => {
      const ids = (...names: string[]) => names.map((id) => ({ ...validCase, id }));
      const shared = write('shared/triage-cases.json', ids('civil-1', 'civil-2', 'civil-3'));
      const own = write('repo/eval/cases/own-cases.json', ids('civil-0', 'civil-1a'));
      const alone = splitHalvesByFolder([shared]);
      const together = splitHalvesByFolder([shared, own]);
      expect([...together].filter(([id]) => alone.has(id))).toEqual([...alone]);
      expect(together.get('civil-0')).toBe('tune');
      expect(together.get('civil-1a')).toBe('check');
    });
  });

  describe(loadCases.name, () => {
    it("reads the repository's own narratives", () => {
      expect(loadCases([REPO_CASES]).length).toBeGreaterThanOrEqual(20);
    });

    it('refuses a missing file, a malformed case and a repeated id with exit code 1', () => {
      expect(failure(() => loadCases([path.join(dir, 'nope.json')]))).toMatchObject({ exitCode: 1, message: expect.stringMatching(/cannot read .*nope\.json/) });
      expect(failure(() => loadCases([write('object.json', { a: 1 })]))).toMatchObject({ exitCode: 1, message: expect.stringMatching(/not a JSON array/) });
      expect(failure(() => loadCases([write('bad.json', [validCase, { ...validCase, id: 'x', area: 'maritimo' }])]))).toMatchObject({
        exitCode: 1,
        message: expect.stringMatching(/case 2 needs an area among/),
      });
      const file = write('twice.json', [validCase]);
      expect(failure(() => loadCases([file, file]))).toMatchObject({ exitCode: 1, message: "case id 'civil-x1' appears more than once" });
    });
  });

  describe(defaultCaseFiles.name, () => {
    it('takes every triage-*cases*.json beside the repository, else the repository file', () => {
      const repo = path.join(dir, 'repo');
      mkdirSync(repo);
      expect(defaultCaseFiles(repo)).toEqual([path.join(repo, 'eval/cases/repo-cases.json')]);
      write('shared/notes.json', []);
      write('shared/triage-more-cases.json', []);
      write('shared/triage-dev-cases.json', []);
      expect(defaultCaseFiles(repo)).toEqual([path.join(dir, 'shared/triage-dev-cases.json'), path.join(dir, 'shared/triage-more-cases.json')]);
    });
  });
});
