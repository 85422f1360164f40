import { forgetAllMemoized, memoized } from './memoized';

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

