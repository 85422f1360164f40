import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RuleBasedInterviewEngine } from '../libs/interview/src/engine';
import { defaultCaseFiles, loadCases, splitHalvesByFolder } from './case-loader';
import { runCase } from './case-runner';
import { EvalOptions, parseArgs, USAGE } from './eval-args';
import { EvalInputError } from './eval-input.error';
import { modelConfig } from './model-config';
import { summarize } from './eval-scorer';
import { CaseOutcome, CaseReading, EvalCase } from './eval.types';
import { formatCase, formatTable, Summaries } from './table-printer';

const REPO_ROOT = path.resolve(__dirname, '..');
const RESULTS_FILE = path.join(REPO_ROOT, 'eval/results/latest.json');
const SPLIT_RULE = 'case ids sorted within each folder; even positions = tune, odd = check';

/** `npm run eval`: the engine over the case files, one table per half; exit 0 whatever the figures. */
async function main(argv: string[]): Promise<number> {
  try {
    const options = parseArgs(argv);
    if (options.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (options.engine === 'llm') {
      const model = modelConfig();
      if ('missing' in model) {
        process.stdout.write(`eval: --engine llm ${model.missing}, nothing was sent\n`);
        return 0;
      }
      const { config } = model;
      const { ModelCaseRunner } = await import('./model-case-runner');
      const runner = new ModelCaseRunner(config);
      await evaluate(options, async (cases) => {
        const readings: CaseReading[] = [];
        for (const c of cases) readings.push(await runner.run(c, options.mode));
        return readings;
      }, () => `model: ${config.llm.provider} ${config.llm.model}; ${runner.describe()}`);
      return 0;
    }
    const engine = new RuleBasedInterviewEngine();
    await evaluate(options, async (cases) => cases.map((c) => runCase(engine, c, options.mode)));
    return 0;
  } catch (error) {
    if (!(error instanceof EvalInputError)) throw error;
    process.stderr.write(`eval: ${error.message}\n`);
    return error.exitCode;
  }
}

/** Reads every case with `read`, prints the table for both halves (after `describe`'s line, when given) and writes the results. */
async function evaluate(options: EvalOptions, read: (cases: EvalCase[]) => Promise<CaseReading[]>, describe?: () => string): Promise<void> {
  const files = (options.files ?? defaultCaseFiles(REPO_ROOT)).map((file) => path.resolve(file));
  const cases = loadCases(files);
  const halves = splitHalvesByFolder(files);
  const outcomes: CaseOutcome[] = (await read(cases)).map((r) => ({ ...r, half: halves.get(r.id)! })).sort((a, b) => (a.id < b.id ? -1 : 1));
  const summaries: Summaries = {
    tune: summarize(outcomes.filter((o) => o.half === 'tune')),
    check: summarize(outcomes.filter((o) => o.half === 'check')),
    all: summarize(outcomes),
  };
  const shown = files.map((file) => path.relative(process.cwd(), file));
  process.stdout.write(
    [
      `eval: ${options.mode} mode, ${cases.length} cases from ${shown.join(', ')}`,
      ...(describe ? [describe()] : []),
      `halves: ${SPLIT_RULE}`,
      ...(options.verbose ? ['', ...outcomes.filter((o) => options.half === 'all' || o.half === options.half).map(formatCase), `(${options.half} half; * = miss; urgency judged by band)`] : []),
      '',
      formatTable(summaries),
      '',
      `written: ${path.relative(process.cwd(), RESULTS_FILE)}`,
      '',
    ].join('\n'),
  );
  mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  const results = { generated_at: new Date().toISOString(), mode: options.mode, engine: options.engine, files: shown, split: SPLIT_RULE, summaries, cases: outcomes };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
}

void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
