import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const CASES = (JSON.parse(readFileSync(resolve(ROOT, 'eval/cases/repo-cases.json'), 'utf8')) as unknown[]).length;
const TUNE = Math.ceil(CASES / 2);
const evalCommand = (...args: string[]) =>
  spawnSync(process.execPath, [resolve(ROOT, 'node_modules/ts-node/dist/bin.js'), '--swc', 'eval/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run eval', () => {
  it('scores the repository narratives, prints the table for both halves and writes eval/results/latest.json', () => {
    const run = evalCommand('--cases', 'eval/cases/repo-cases.json', '--responsive', '--verbose');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`responsive mode, ${CASES} cases`));
    expect(run.stdout).toMatch(/^\s+tune\s+check\s+all$/m);
    expect(run.stdout).toMatch(new RegExp(`^area correct\\s+\\d+/${TUNE} \\d+%\\s+\\d+/${CASES - TUNE} \\d+%\\s+\\d+/${CASES} \\d+%$`, 'm'));
    // --verbose prints per-case lines of the tune half only, unless --half says otherwise
    expect(run.stdout).toMatch(/^\S+\s+tune\s+\w+->/m);
    expect(run.stdout).not.toMatch(/^\S+\s+check\s+\w+->/m);
    const results = JSON.parse(readFileSync(resolve(ROOT, 'eval/results/latest.json'), 'utf8'));
    expect(results).toMatchObject({ mode: 'responsive', summaries: { all: { cases: CASES }, tune: { cases: TUNE }, check: { cases: CASES - TUNE } } });
    expect(results.cases).toHaveLength(CASES);
  });

  it('exits 2 with one line on a bad flag, and 1 with one line on an unreadable file', () => {
    const usage = evalCommand('--fast');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe(`eval: unknown argument '--fast' (usage: npm run eval [-- --cases FILE ...] [--responsive] [--verbose] [--half tune|check|all] [--engine local|llm])\n`);
    const missing = evalCommand('--cases', 'eval/cases/none.json');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^eval: cannot read .*none\.json: ENOENT[^\n]*\n$/);
  });
});
