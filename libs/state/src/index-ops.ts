import { COMPLEXITIES, CaseState, ORCHESTRATION_STATUSES } from './case-state';
import { StateKeys } from './state-keys';

/** Index keys and their ops for the save script (see SAVE_CASE_SCRIPT). */
export function indexOps(keys: StateKeys, written: CaseState): { keys: string[]; ops: string[] } {
  const userId = written.conversation?.userId ?? written.orchestration?.userId;
  const orchestration = written.orchestration;
  const entries: Array<[string, string]> = [
    [keys.conversationsIndex, 'c'],
    [keys.orchestrationsIndex, 'o'],
  ];
  if (userId !== undefined) entries.push([keys.owner(userId), 'a']);
  ORCHESTRATION_STATUSES.forEach((status, i) => {
    entries.push([keys.statusIndexes[i], !orchestration ? 'x' : orchestration.status === status ? 'o' : '-']);
  });
  COMPLEXITIES.forEach((level, i) => {
    entries.push([keys.complexityIndexes[i], !orchestration ? 'x' : orchestration.complexity === level ? 'o' : '-']);
  });
  return { keys: entries.map(([key]) => key), ops: entries.map(([, op]) => op) };
}
