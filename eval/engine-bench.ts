import path from 'node:path';
import { RuleBasedInterviewEngine } from '../libs/interview/src/engine';
import { driveInterview, inOrder } from '../libs/interview/src/engine/testing/interview-driver';
import { defaultCaseFiles, loadCases } from './case-loader';
import { answerWhatWasAsked } from './responsive-answerer';
import { TimedEngine } from './timed-engine';

/**
 * `npm run bench:engine`: the rule engine's CPU per client turn, in process (no Redis, no HTTP),
 * over eval/cases/repo-cases.json and every ../shared/triage-*cases*.json (or the `--cases`
 * files), turn by turn in both answering modes. A pass runs every case in both modes; warm-up
 * passes let the JIT settle. On a shared machine a turn is sometimes charged for others' load,
 * so each turn's figure is its median over the passes; the raw mean of every sample is shown too.
 * Usage: npm run bench:engine [-- --passes=21] [--warmup=5] [--cases FILE ...]
 */
const REPO_ROOT = path.resolve(__dirname, '..');
const REPO_CASES = path.join(REPO_ROOT, 'eval/cases/repo-cases.json');
const NOW = new Date('2026-03-11T14:00:00Z');

function main(argv: string[]): void {
  const flags = Object.fromEntries(argv.filter((arg) => arg.includes('=')).map((arg) => arg.replace(/^--/, '').split('=')));
  const named = argv.filter((arg) => !arg.startsWith('--')).map((file) => path.resolve(file));
  const files = [...new Set([REPO_CASES, ...(named.length > 0 ? named : defaultCaseFiles(REPO_ROOT))])];
  const passes = Number(flags.passes ?? 21);
  const warmup = Number(flags.warmup ?? 5);
  const cases = loadCases(files);
  const engine = new TimedEngine(new RuleBasedInterviewEngine());
  const samples: number[][] = [];
  for (let pass = 0; pass < warmup + passes; pass++) {
    engine.costs.length = 0;
    for (const pick of [inOrder, answerWhatWasAsked]) {
      for (const c of cases) driveInterview(engine, c.opening, c.followups, pick, NOW);
    }
    if (pass >= warmup) engine.costs.forEach((cost, turn) => (samples[turn] ??= []).push(cost.micros));
  }
  const medians = samples.map((micros) => quantile(micros, 0.5));
  const completing = engine.costs.map((cost) => cost.completing);
  const threaded = process.execArgv.includes('--single-threaded') ? ', --single-threaded' : '';
  process.stdout.write(
    [
      `bench:engine: ${cases.length} cases from ${files.map((file) => path.relative(process.cwd(), file)).join(', ')}`,
      `scripted and responsive, ${passes} passes after ${warmup} warm-up; CPU µs per turn (user + system${threaded}), each turn's median over the passes`,
      `${''.padEnd(18)}${['turns', 'mean', 'p50', 'p99', 'max', 'raw mean'].map((h) => h.padStart(9)).join('')}`,
      row('all turns', medians, samples),
      row('completing turns', medians.filter((_, turn) => completing[turn]), samples.filter((_, turn) => completing[turn])),
      row('other turns', medians.filter((_, turn) => !completing[turn]), samples.filter((_, turn) => !completing[turn])),
      '',
    ].join('\n'),
  );
}

function row(label: string, medians: number[], samples: number[][]): string {
  const raw = samples.flat();
  const cells = [medians.length, mean(medians), quantile(medians, 0.5), quantile(medians, 0.99), Math.max(...medians), mean(raw)];
  return label.padEnd(18) + cells.map((cell) => String(cell).padStart(9)).join('');
}

/** Nearest-rank quantile. */
function quantile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)];
}

function mean(values: number[]): number {
  return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
}

main(process.argv.slice(2));
