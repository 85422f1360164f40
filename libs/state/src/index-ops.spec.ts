import { indexOps } from './index-ops';
import { StateKeys } from './state-keys';

describe(indexOps.name, () => {
  const keys = new StateKeys('p:');
  const orchestration = { userId: 'u1', status: 'completed', complexity: 'high' } as never;
  const conversation = { userId: 'u1' } as never;

  it('adds to the current status and complexity and removes from the others', () => {
    const sut = indexOps(keys, { conversation, orchestration });
    const op = (key: string) => sut.ops[sut.keys.indexOf(key)];
    expect(op('p:index:conversations')).toBe('c');
    expect(op('p:index:orchestrations')).toBe('o');
    expect(op('p:index:owner:u1')).toBe('a');
    expect(op('p:index:status:completed')).toBe('o');
    expect(op('p:index:status:interviewing')).toBe('-');
    expect(op('p:index:complexity:high')).toBe('o');
    expect(op('p:index:complexity:low')).toBe('-');
  });

  it('only refreshes status and complexity entries when the orchestration is not written', () => {
    const sut = indexOps(keys, { conversation, orchestration: null });
    expect(sut.keys.filter((_, i) => sut.ops[i] === 'x')).toEqual([...keys.statusIndexes, ...keys.complexityIndexes]);
  });
});
