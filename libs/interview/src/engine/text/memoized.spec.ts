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
});
