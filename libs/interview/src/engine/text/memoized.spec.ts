import { forgetAllMemoized, memoized, SharedMemos } from './memoized';

describe(memoized.name, () => {
  it('computes each argument once while it is kept, and drops the oldest when full', () => {
    const transform = jest.fn((text: string) => text.toUpperCase());
    const sut = memoized(transform, 2);
    expect([sut('a'), sut('b'), sut('a')]).toEqual(['A', 'B', 'A']);
    expect(transform).toHaveBeenCalledTimes(2);
    sut('c');
    sut('a');
    expect(transform).toHaveBeenCalledTimes(4);
  });

  it('returns a remembered result without computing it, and never replaces one it holds', () => {
    const transform = jest.fn((text: string) => text.toUpperCase());
    const sut = memoized(transform, 2);
    sut.remember('a', 'A');
    sut('b');
    sut.remember('b', 'other');
    expect([sut('a'), sut('b')]).toEqual(['A', 'B']);
    expect(transform).toHaveBeenCalledTimes(1);
  });

  it('drops the oldest results while the texts kept would hold more characters than allowed', () => {
    const transform = jest.fn((text: string) => text.toUpperCase());
    const sut = memoized(transform, 10, 6);
    ['ab', 'cd', 'ef'].forEach((text) => sut(text));
    sut('ghij');
    expect([sut('ef'), sut('ghij')]).toEqual(['EF', 'GHIJ']);
    expect(transform).toHaveBeenCalledTimes(4);
    sut('ab');
    expect(transform).toHaveBeenCalledTimes(5);
  });

  it('computes every argument anew after forgetAllMemoized, and keeps results again afterwards', () => {
    const transform = jest.fn((text: string) => text.toUpperCase());
    const sut = memoized(transform, 2, 4);
    sut('ab');
    sut('cd');
    forgetAllMemoized();
    expect([sut('ab'), sut('cd'), sut('cd')]).toEqual(['AB', 'CD', 'CD']);
    expect(transform).toHaveBeenCalledTimes(4);
  });

  it('keeps dropping the oldest first over many results, as the memo grows, fills and is emptied', () => {
    const transform = jest.fn((text: string) => text.toUpperCase());
    const sut = memoized(transform, 3, 12);
    const texts = Array.from({ length: 40 }, (_, i) => `t${i}`);
    for (const text of texts) sut(text);
    expect(transform).toHaveBeenCalledTimes(40);
    // The last three are kept (12 characters allow four of these), the one before them is not.
    texts.slice(-3).forEach((text) => sut(text));
    expect(transform).toHaveBeenCalledTimes(40);
    sut(texts[36]);
    expect(transform).toHaveBeenCalledTimes(41);
    // A text longer than the characters allowed drops every other, and is kept alone.
    sut('a'.repeat(20));
    sut('a'.repeat(20));
    expect(transform).toHaveBeenCalledTimes(42);
    sut(texts[39]);
    expect(transform).toHaveBeenCalledTimes(43);
    forgetAllMemoized();
    for (const text of texts) sut(text);
    texts.slice(-3).forEach((text) => sut(text));
    expect(transform).toHaveBeenCalledTimes(83);
  });
});


describe(SharedMemos.name, () => {
  it('keeps each memo\'s result apart, by text, and computes each once while the text is kept', () => {
    const table = new SharedMemos(4, 100);
    const upper = jest.fn((text: string) => text.toUpperCase());
    const length = jest.fn((text: string) => text.length);
    const [toUpper, toLength] = [table.memo(upper), table.memo(length)];
    expect([toUpper('ab'), toLength('ab'), toUpper('abc'), toLength('ab'), toUpper('ab')]).toEqual(['AB', 2, 'ABC', 2, 'AB']);
    expect(upper).toHaveBeenCalledTimes(2);
    expect(length).toHaveBeenCalledTimes(1);
  });

  it('drops the oldest texts, with every memo\'s results for them, when it holds too many texts or characters', () => {
    const table = new SharedMemos(2, 6);
    const upper = jest.fn((text: string) => text.toUpperCase());
    const sut = table.memo(upper);
    ['ab', 'cd', 'ef'].forEach((text) => sut(text));
    expect([sut('cd'), sut('ef')]).toEqual(['CD', 'EF']);
    expect(upper).toHaveBeenCalledTimes(3);
    sut('ab');
    expect(upper).toHaveBeenCalledTimes(4);
    sut('ghijk');
    expect([sut('ghijk'), sut('ab')]).toEqual(['GHIJK', 'AB']);
    expect(upper).toHaveBeenCalledTimes(6);
  });

  it('keeps a result worked out while other texts dropped its text, and remembers without replacing', () => {
    const table = new SharedMemos(1, 100);
    const inner = table.memo((text: string) => `<${text}>`);
    const outer = jest.fn((text: string) => inner(`${text}!`) + inner(`${text}?`));
    const sut = table.memo(outer);
    expect([sut('a'), sut('a')]).toEqual(['<a!><a?>', '<a!><a?>']);
    expect(outer).toHaveBeenCalledTimes(1);
    sut.remember('a', 'other');
    expect(sut('a')).toBe('<a!><a?>');
    expect([inner.has('b'), (inner.remember('b', 'B'), inner.has('b')), inner('b')]).toEqual([false, true, 'B']);
  });

  it('computes every text anew after forgetAllMemoized', () => {
    const upper = jest.fn((text: string) => text.toUpperCase());
    const sut = new SharedMemos(4, 100).memo(upper);
    sut('ab');
    forgetAllMemoized();
    expect([sut('ab'), sut('ab')]).toEqual(['AB', 'AB']);
    expect(upper).toHaveBeenCalledTimes(2);
  });
});
