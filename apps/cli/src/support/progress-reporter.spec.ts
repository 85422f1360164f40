import { ProgressReporter } from './progress-reporter';

/** A non-TTY stream that keeps what was written: the plain-line mode of scripted runs. */
function capture(): { stream: NodeJS.WriteStream; lines: string[] } {
  const lines: string[] = [];
  const stream = { isTTY: false, write: (text: string) => lines.push(text.trimEnd()) } as unknown as NodeJS.WriteStream;
  return { stream, lines };
}

describe(ProgressReporter.name, () => {
  it('counts in the summary unit and estimates its total from the measure', () => {
    const { stream, lines } = capture();
    const sut = new ProgressReporter('export', stream);
    sut.start('cases', 100);
    sut.update(10, 25);
    sut.finish(38);
    sut.stop();
    expect(lines).toEqual(['export: 10/40 cases (25%)', 'export: 38/38 cases (100%)']);
  });

  it('shows a bare count when the measure is unknown (stdin)', () => {
    const { stream, lines } = capture();
    const sut = new ProgressReporter('import', stream);
    sut.start('cases', undefined);
    sut.finish(8);
    expect(lines).toEqual(['import: 8 cases']);
  });

  it('keeps the last count when stopped by a failure', () => {
    const { stream, lines } = capture();
    const sut = new ProgressReporter('cleanup', stream);
    sut.start('index entries', 4);
    sut.update(5, 1);
    sut.stop();
    expect(lines).toEqual(['cleanup: 5/20 index entries (25%)']);
  });
});
