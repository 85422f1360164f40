import { EvalInputError } from './eval-input.error';
import { EvalMode, Half } from './eval.types';

export const USAGE = 'usage: npm run eval [-- --cases FILE ...] [--responsive] [--verbose] [--half tune|check|all] [--engine local|llm]';

const HALVES = ['tune', 'check', 'all'];

/** `local`: the rule engine in process; `llm`: the interview as the API runs it with the configured model (`LLM_*`). */
export type EvalEngine = 'local' | 'llm';

export interface EvalOptions {
  /** Case files named with `--cases`, or null for the default set. */
  files: string[] | null;
  mode: EvalMode;
  /** @default 'local' */
  engine: EvalEngine;
  verbose: boolean;
  /** Which half `--verbose` prints per-case lines for: the tune half unless asked, so tuning never sees the check half's cases. */
  half: Half | 'all';
  help: boolean;
}

/** @throws EvalInputError (exit 2) on an unknown flag, `--cases` without a file or `--half` without a half. */
export function parseArgs(argv: string[]): EvalOptions {
  const options: EvalOptions = { files: null, mode: 'scripted', engine: 'local', verbose: false, half: 'tune', help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--responsive') options.mode = 'responsive';
    else if (arg === '--verbose') options.verbose = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--half') {
      const half = argv[++i];
      if (!HALVES.includes(half)) throw new EvalInputError(`--half needs one of ${HALVES.join(', ')} (${USAGE})`, 2);
      options.half = half as Half | 'all';
    }
    else if (arg === '--engine') {
      const engine = argv[++i];
      if (engine !== 'local' && engine !== 'llm') throw new EvalInputError(`--engine takes local or llm (${USAGE})`, 2);
      options.engine = engine;
    }
    else if (arg === '--cases') {
      const files: string[] = [];
      while (i + 1 < argv.length && !argv[i + 1].startsWith('--')) files.push(argv[++i]);
      if (files.length === 0) throw new EvalInputError(`--cases needs at least one file (${USAGE})`, 2);
      options.files = [...(options.files ?? []), ...files];
    } else throw new EvalInputError(`unknown argument '${arg}' (${USAGE})`, 2);
  }
  return options;
}
