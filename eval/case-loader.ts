import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LEGAL_AREA_CODES } from '../libs/interview/src/engine';
import { COMPLEXITY_LEVELS } from './eval-scorer';
import { EvalInputError } from './eval-input.error';
import { EvalCase, Half } from './eval.types';

const SHARED_CASE_FILE = /^triage-.*cases.*\.json$/;

/** Every `../shared/triage-*cases*.json` beside the repository, else the repository's own narratives. */
export function defaultCaseFiles(repoRoot: string): string[] {
  const shared = path.resolve(repoRoot, '../shared');
  const found = existsSync(shared) ? readdirSync(shared).filter((name) => SHARED_CASE_FILE.test(name)).sort() : [];
  return found.length > 0 ? found.map((name) => path.join(shared, name)) : [path.join(repoRoot, 'eval/cases/repo-cases.json')];
}

/** The cases of every file, in file order. @throws EvalInputError (exit 1) on an unreadable file, a malformed case or a repeated id. */
export function loadCases(files: string[]): EvalCase[] {
  const cases = files.flatMap(readCaseFile);
  const seen = new Set<string>();
  for (const { id } of cases) {
    if (seen.has(id)) throw new EvalInputError(`case id '${id}' appears more than once`, 1);
    seen.add(id);
  }
  return cases;
}

/**
 * The honest protocol's fixed split: sort every case id (plain code-unit order); even positions
 * (0, 2, ...) are the "tune" half, odd positions the "check" half. Ids start with the area, so
 * each area is split evenly.
 */
export function splitHalves(ids: string[]): Map<string, Half> {
  return new Map([...ids].sort().map((id, position) => [id, position % 2 === 0 ? 'tune' : 'check']));
}

/**
 * `splitHalves` over each folder's cases on its own, so that passing the repository's files
 * beside the shared ones never moves a shared case to the other half.
 */
export function splitHalvesByFolder(files: string[]): Map<string, Half> {
  const idsByFolder = new Map<string, string[]>();
  for (const file of files) {
    const folder = path.dirname(path.resolve(file));
    idsByFolder.set(folder, [...(idsByFolder.get(folder) ?? []), ...readCaseFile(file).map((c) => c.id)]);
  }
  return new Map([...idsByFolder.values()].flatMap((ids) => [...splitHalves(ids)]));
}

function readCaseFile(file: string): EvalCase[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new EvalInputError(`cannot read ${file}: ${(error as Error).message}`, 1);
  }
  if (!Array.isArray(parsed)) throw new EvalInputError(`${file} is not a JSON array of cases`, 1);
  return parsed.map((value, index) => checkCase(value, `${file}, case ${index + 1}`));
}

function checkCase(value: unknown, where: string): EvalCase {
  const c = (value ?? {}) as Partial<Record<keyof EvalCase, unknown>>;
  const requirements: Array<[boolean, string]> = [
    [typeof c.id === 'string' && c.id !== '', 'a non-empty string id'],
    [LEGAL_AREA_CODES.includes(c.area as never), `an area among ${LEGAL_AREA_CODES.join(', ')}`],
    [COMPLEXITY_LEVELS.includes(c.complexity as never), 'a complexity among low, medium, high'],
    [typeof c.urgency_h === 'number' && c.urgency_h > 0, 'a positive urgency_h'],
    [typeof c.opening === 'string', 'an opening string'],
    [Array.isArray(c.followups) && c.followups.every((f) => typeof f === 'string'), 'followups as an array of strings'],
  ];
  const unmet = requirements.find(([met]) => !met);
  if (unmet) throw new EvalInputError(`${where} needs ${unmet[1]}`, 1);
  return c as EvalCase;
}
