import { BadRequestException } from '@nestjs/common';
import { parseIdempotencyKey, turnKey } from './idempotency-key.decorator';

describe(parseIdempotencyKey.name, () => {
  it.each(['5f0c2a7e-8d1b-4c7a-9f3e-2b6d1a0c9e44', 'a', 'msg:42.v_1', 'x'.repeat(128)])('accepts %p', (key) => {
    expect(parseIdempotencyKey(key)).toBe(key);
  });

  it('gives undefined without the header', () => {
    expect(parseIdempotencyKey(undefined)).toBeUndefined();
  });

  it.each([[''], ['x'.repeat(129)], ['a b'], ['chave/1'], ['ção'], [['a', 'b']]])('refuses %p', (key) => {
    expect(() => parseIdempotencyKey(key)).toThrow(BadRequestException);
  });
});

describe(turnKey.name, () => {
  it.each([
    [undefined, undefined, undefined],
    ['k-1', undefined, 'k-1'],
    [undefined, 'k-1', 'k-1'],
    ['k-1', 'k-1', 'k-1'],
  ])('header %p and body %p give %p', (header, body, key) => {
    expect(turnKey(header, body)).toBe(key);
  });

  it('refuses a header and a body field that differ', () => {
    expect(() => turnKey('k-1', 'k-2')).toThrow(BadRequestException);
  });
});
