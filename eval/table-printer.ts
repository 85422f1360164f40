import { COMPLEXITY_LEVELS, urgencyInBand } from './eval-scorer';
import { CaseOutcome, Half, Summary } from './eval.types';

export type Summaries = Record<Half | 'all', Summary>;

const COLUMNS: Array<Half | 'all'> = ['tune', 'check', 'all'];
const WIDTH = 16;

const LEVEL_HEADER = ['low', 'med', 'high'].map((level) => level.padStart(5)).join('');

const share = (count: number, of: number) => `${count}/${of} ${of ? Math.round((count / of) * 100) : 0}%`;

/** The figures of each half and of all cases, then the complexity confusion matrices. */
export function formatTable(summaries: Summaries): string {
  const rows: Array<[string, (s: Summary) => string]> = [
    ['cases', (s) => String(s.cases)],
    ['area correct', (s) => share(s.areaCorrect, s.cases)],
    ['complexity exact', (s) => share(s.complexityExact, s.cases)],
    ['two bands off (low/high)', (s) => String(s.twoBandsOff)],
    ['urgency in band', (s) => share(s.urgencyInBand, s.cases)],
    ['natural completions', (s) => share(s.completed, s.cases)],
    ['turns used (mean/max)', (s) => `${s.turns.mean} / ${s.turns.max}`],
  ];
  const line = (label: string, cells: string[]) => label.padEnd(26) + cells.map((c) => c.padEnd(WIDTH)).join('').trimEnd();
  const matrix = COMPLEXITY_LEVELS.map((expected) =>
    line(`  ${expected}`, COLUMNS.map((half) => COMPLEXITY_LEVELS.map((got) => String(summaries[half].confusion[expected][got]).padStart(5)).join(''))),
  );
  return [
    line('', COLUMNS),
    ...rows.map(([label, cell]) => line(label, COLUMNS.map((half) => cell(summaries[half])))),
    '',
    line('complexity expected \\ got', COLUMNS.map(() => LEVEL_HEADER)),
    ...matrix,
  ].join('\n');
}

/** One line per case for `--verbose`. */
export function formatCase(o: CaseOutcome): string {
  const mark = (ok: boolean) => (ok ? ' ' : '*');
  const pair = (expected: string | number, got: string | number, ok: boolean) => `${expected}->${got}${mark(ok)}`;
  return [
    o.id.padEnd(26),
    o.half.padEnd(6),
    pair(o.area.expected, o.area.got, o.area.expected === o.area.got).padEnd(32),
    pair(o.complexity.expected, o.complexity.got, o.complexity.expected === o.complexity.got).padEnd(16),
    pair(o.urgency_h.expected, o.urgency_h.got, urgencyInBand(o.urgency_h.expected, o.urgency_h.got)).padEnd(12),
    `${o.turns} turns${o.completed ? '' : ', not completed'}`,
  ].join(' ');
}
