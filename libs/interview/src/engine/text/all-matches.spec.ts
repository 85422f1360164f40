import { allMatches } from './all-matches';

/** What `matchAll` gives, as plain data. */
function viaMatchAll(pattern: RegExp, text: string) {
  return [...text.matchAll(pattern)].map((m) => ({ all: [...m], index: m.index, groups: m.groups }));
}

describe('allMatches', () => {
  it.each([
    [/\b(\d+) (dias?|meses)\b/g, 'faz 3 dias, tem 2 meses e 1 dia'],
    [/(?<count>\d+)/g, 'r$ 5.000,00'],
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/\p{Lu}\p{Ll}*/gu, 'São Paulo e Belém'],
    [/nada/g, 'sem resultado'],
  ])('finds what matchAll finds: %s in %p', (pattern, text) => {
    expect(allMatches(pattern, text).map((m) => ({ all: [...m], index: m.index, groups: m.groups }))).toEqual(viaMatchAll(pattern, text));
  });

  it('starts at the pattern lastIndex, as matchAll does, and leaves it as it was', () => {
    const pattern = /\d/g;
    pattern.lastIndex = 2;
    expect(allMatches(pattern, '1 2 3').map((m) => m[0])).toEqual(viaMatchAll(pattern, '1 2 3').map((m) => m.all[0]));
    expect(pattern.lastIndex).toBe(2);
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => allMatches(/\d/, '1')).toThrow(TypeError);
  });
});
