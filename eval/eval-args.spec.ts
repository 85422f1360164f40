import { parseArgs } from './eval-args';
import { EvalInputError } from './eval-input.error';

describe(parseArgs.name, () => {
  it('defaults to the default files, scripted mode, no per-case lines', () => {
    expect(parseArgs([])).toEqual({ files: null, mode: 'scripted', engine: 'local', verbose: false, half: 'tune', help: false });
    expect(parseArgs(['--engine', 'llm']).engine).toBe('llm');
  });

  it('takes several files after --cases, and the flags in any order', () => {
    expect(parseArgs(['--verbose', '--cases', 'a.json', 'b.json', '--responsive', '--half', 'check', '--cases', 'c.json'])).toEqual({
      files: ['a.json', 'b.json', 'c.json'],
      mode: 'responsive',
      engine: 'local',
      verbose: true,
      half: 'check',
      help: false,
    });
  });

  it.each([[['--fast']], [['--cases']], [['--cases', '--verbose']], [['extra.json']], [['--half']], [['--half', 'both']], [['--engine', 'gpt']], [['--engine']]])('refuses %j with exit code 2', (argv) => {
    let refused: unknown;
    try {
      parseArgs(argv);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(EvalInputError);
    expect(refused).toMatchObject({ exitCode: 2, message: expect.stringMatching(/usage: npm run eval/) });
  });
});
