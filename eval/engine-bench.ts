import path from 'node:path';
import { forgetAllMemoized, RuleBasedInterviewEngine } from '../libs/interview/src/engine';
import { driveInterview, inOrder } from '../libs/interview/src/engine/testing/interview-driver';
import { defaultCaseFiles, loadCases } from './case-loader';
import { EvalCase } from './eval.types';
import { modelConfig } from './model-config';
import { answerWhatWasAsked } from './responsive-answerer';
import { TimedEngine } from './timed-engine';

/**
 * `npm run bench:engine`: the rule engine's CPU per client turn, in process (no Redis, no HTTP),
 * over eval/cases/repo-cases.json and every ../shared/triage-*cases*.json (or the `--cases`
 * files), turn by turn in both answering modes. A pass runs every case in both modes; warm-up
 * passes let the JIT settle. Every memo is emptied before each mode of a pass, so each message is new
 * to the engine, as a client's message is to a server (the responsive mode re-sends the scripted
 * mode's messages; remembered from the pass before, turns read about a quarter cheaper). Run single-threaded (no concurrent GC or compiler threads), a turn's wall time
 * is the engine's CPU unless the process was preempted; on a shared machine it often is, so each
 * turn's figure is its fastest pass. The mean of every sample (preemption and GC included)
 * is shown as "raw mean".
 * With a model configured (`LLM_*`, never in CI), the first `--model-cases` cases (default 10)
 * then run once through the interview as the API runs it, and the model's turn latency is printed
 * beside the local engine's cost; without one, a line says the model row is skipped.
 * Usage: npm run bench:engine [-- --passes=21] [--warmup=5] [--model-cases=10] [FILE ...]
 */
const REPO_ROOT = path.resolve(__dirname, '..');
const REPO_CASES = path.join(REPO_ROOT, 'eval/cases/repo-cases.json');
const NOW = new Date('2026-03-11T14:00:00Z');

async function main(argv: string[]): Promise<void> {
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
      forgetAllMemoized();
      for (const c of cases) driveInterview(engine, c.opening, c.followups, pick, NOW);
    }
    if (pass >= warmup) engine.costs.forEach((cost, turn) => (samples[turn] ??= []).push(cost.micros));
  }
  const fastest = samples.map((micros) => Math.min(...micros));
  const completing = engine.costs.map((cost) => cost.completing);
  const threaded = process.execArgv.includes('--single-threaded') ? ', --single-threaded' : '';
  process.stdout.write(
    [
      `bench:engine: ${cases.length} cases from ${files.map((file) => path.relative(process.cwd(), file)).join(', ')}`,
      `scripted and responsive, ${passes} passes after ${warmup} warm-up${threaded}; µs per turn, each turn's fastest pass`,
      `${''.padEnd(18)}${['turns', 'mean', 'p50', 'p99', 'max', 'raw mean'].map((h) => h.padStart(9)).join('')}`,
      row('all turns', fastest, samples),
      row('completing turns', fastest.filter((_, turn) => completing[turn]), samples.filter((_, turn) => completing[turn])),
      row('other turns', fastest.filter((_, turn) => !completing[turn]), samples.filter((_, turn) => !completing[turn])),
      '',
    ].join('\n'),
  );
  await modelRow(cases.slice(0, Number(flags['model-cases'] ?? 10)), mean(fastest));
}

/** The model's turn latency over `cases` (scripted answers), beside the local engine's mean cost. */
async function modelRow(cases: EvalCase[], localMicros: number): Promise<void> {
  const model = modelConfig();
  if ('missing' in model) {
    process.stdout.write(`model: the row is skipped: the model interviewer ${model.missing}\n`);
    return;
  }
  const { ModelCaseRunner } = await import('./model-case-runner');
  const runner = new ModelCaseRunner(model.config);
  for (const c of cases) await runner.run(c, 'scripted');
  process.stdout.write(`model: ${model.config.llm.provider} ${model.config.llm.model} over ${cases.length} cases; ${runner.describe()}; local engine ${Math.round(localMicros)} µs a turn\n`);
}

function row(label: string, fastest: number[], samples: number[][]): string {
  const raw = samples.flat();
  const cells = [fastest.length, mean(fastest), quantile(fastest, 0.5), quantile(fastest, 0.99), Math.max(...fastest), mean(raw)];
  return label.padEnd(18) + cells.map((cell) => String(Math.round(cell * 10) / 10).padStart(9)).join('');
}

/** Nearest-rank quantile. */
function quantile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)];
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

void main(process.argv.slice(2));
