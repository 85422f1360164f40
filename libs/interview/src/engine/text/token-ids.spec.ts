import { PhraseMatcher } from './phrase-matcher';
import { TOKEN_IDS, TokenIds } from './token-ids';
import { tokenize } from './text-normalizer';

describe(TokenIds.name, () => {
  it('numbers equal tokens alike, and gives one tokens array the same numbers again', () => {
    const sut = new TokenIds();
    const tokens = ['fui', 'demitido', 'fui'];
    const ids = sut.of(tokens);
    expect(Array.from(ids)).toEqual([0, 1, 0]);
    expect(sut.of(tokens)).toBe(ids);
    expect(Array.from(sut.of(['demitido', 'ontem']))).toEqual([1, 2]);
  });

  it('numbers a joined array from its parts as it would number it token by token', () => {
    const [sut, plain] = [new TokenIds(), new TokenIds()];
    const parts = [['fui', 'demitido'], [], ['ontem', 'fui']];
    const joined = ['fui', 'demitido', '|', '|', 'ontem', 'fui'];
    sut.of(['ontem']);
    plain.of(['ontem']);
    sut.join(joined, parts, '|');
    plain.of(parts.flat());
    expect(Array.from(sut.of(joined))).toEqual(Array.from(plain.of([...joined])));
    const unjoined = ['fui', 'demitido'];
    sut.join(unjoined, parts, '|');
    expect(Array.from(sut.of(unjoined))).toEqual([1, 2]);
  });

  it('starts over when full, and phrase matchers then drop what they kept under the old numbers', () => {
    const matcher = new PhraseMatcher([['demit*', 'trabalhista']]);
    const fill = () => TOKEN_IDS.of(Array.from({ length: 50_000 }, (_, i) => `t${i}`));
    fill();
    expect(matcher.match(['fui', 'demitido'])).toHaveLength(1);
    const generation = TOKEN_IDS.generation;
    fill();
    expect(matcher.match(['ontem', 'hoje'])).toEqual([]);
    expect(TOKEN_IDS.generation).toBe(generation + 2);
    expect(matcher.match(tokenize('hoje fui demitido'))).toEqual([{ phrase: 'demit*', values: ['trabalhista'], start: 2, end: 3, negated: false }]);
  });
});
