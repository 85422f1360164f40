import { loadConfig } from '@app/config';
import { InvalidTokenError } from './invalid-token.error';
import { mintToken } from './token-signer';
import { TokenVerifier } from './token-verifier.service';

describe(TokenVerifier.name, () => {
  const ENV = { AUTH_JWT_SECRET: 'a-test-secret-of-at-least-thirty-two-bytes!!', LOG_LEVEL: 'silent' };
  const config = loadConfig(ENV);
  let sut: TokenVerifier;

  beforeEach(() => {
    sut = new TokenVerifier(config);
  });

  it('verifies a token and trusts it again without changing the answer', async () => {
    const token = await mintToken(config.auth, { sub: 'ana', admin: true });
    const signatureChecks = jest.spyOn(sut as unknown as { verifySignedToken: () => unknown }, 'verifySignedToken');
    await expect(sut.verify(token)).resolves.toEqual({ id: 'ana', isAdmin: true });
    await expect(sut.verify(token)).resolves.toEqual({ id: 'ana', isAdmin: true });
    expect(signatureChecks).toHaveBeenCalledTimes(1);
  });

  it('checks the signature of a token it has not seen, even one close to a trusted token', async () => {
    const token = await mintToken(config.auth, { sub: 'ana' });
    await sut.verify(token);
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(sut.verify(tampered)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('stops trusting a cached token the moment it expires (no grace without AUTH_CLOCK_SKEW_S)', async () => {
    const token = await mintToken(config.auth, { sub: 'ana', expiresIn: '10s' });
    const exp = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).exp * 1000;
    await expect(sut.verify(token, exp - 10_000)).resolves.toMatchObject({ id: 'ana' });
    await expect(sut.verify(token, exp - 1)).resolves.toMatchObject({ id: 'ana' });
    await expect(sut.verify(token, exp)).rejects.toThrow(new InvalidTokenError('expired'));
  });

  it('trusts a cached token up to exp plus the configured skew, and no further', async () => {
    const skewed = new TokenVerifier(loadConfig({ ...ENV, AUTH_CLOCK_SKEW_S: '30' }));
    const token = await mintToken(config.auth, { sub: 'ana', expiresIn: '10s' });
    const exp = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).exp * 1000;
    await expect(skewed.verify(token, exp - 5_000)).resolves.toMatchObject({ id: 'ana' });
    await expect(skewed.verify(token, exp + 29_999)).resolves.toMatchObject({ id: 'ana' });
    await expect(skewed.verify(token, exp + 30_000)).rejects.toThrow(new InvalidTokenError('expired'));
  });
});
