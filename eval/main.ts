import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RuleBasedInterviewEngine } from '../libs/interview/src/engine';
import { defaultCaseFiles, loadCases, splitHalves } from './case-loader';
import { runCase } from './case-runner';
import { EvalOptions, parseArgs, USAGE } from './eval-args';
import { EvalInputError } from './eval-input.error';
import { summarize } from './eval-scorer';
import { formatCase, formatTable, Summaries } from './table-printer';

const REPO_ROOT = path.resolve(__dirname, '..');
const RESULTS_FILE = path.join(REPO_ROOT, 'eval/results/latest.json');
const SPLIT_RULE = 'case ids sorted; even positions = tune, odd = check';

/** `npm run eval`: the engine over the case files, one table per half; exit 0 whatever the figures. */
function main(argv: string[]): number {
  try {
    const options = parseArgs(argv);
    if (options.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    evaluate(options);
    return 0;
  } catch (error) {
    if (!(error instanceof EvalInputError)) throw error;
    process.stderr.write(`eval: ${error.message}\n`);
    return error.exitCode;
  }
}

function evaluate(options: EvalOptions): void {
  const files = (options.files ?? defaultCaseFiles(REPO_ROOT)).map((file) => path.resolve(file));
  const cases = loadCases(files);
  const halves = splitHalves(cases.map((c) => c.id));
  const engine = new RuleBasedInterviewEngine();
  const outcomes = cases.map((c) => ({ ...runCase(engine, c, options.mode), half: halves.get(c.id)! })).sort((a, b) => (a.id < b.id ? -1 : 1));
  const summaries: Summaries = {
    tune: summarize(outcomes.filter((o) => o.half === 'tune')),
    check: summarize(outcomes.filter((o) => o.half === 'check')),
    all: summarize(outcomes),
  };
  const shown = files.map((file) => path.relative(process.cwd(), file));
  process.stdout.write(
    [
      `eval: ${options.mode} mode, ${cases.length} cases from ${shown.join(', ')}`,
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
  const results = { generated_at: new Date().toISOString(), mode: options.mode, files: shown, split: SPLIT_RULE, summaries, cases: outcomes };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
}

process.exitCode = main(process.argv.slice(2));
