import { loadConfig } from '@app/config';
import { InvalidTokenError } from './invalid-token.error';
import { mintToken } from './token-signer';
import { TokenVerifier } from './token-verifier.service';

describe(TokenVerifier.name, () => {
  const config = loadConfig({ AUTH_JWT_SECRET: 'a-test-secret-of-at-least-thirty-two-bytes!!', LOG_LEVEL: 'silent' });
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

  it('stops trusting a token once it has expired', async () => {
    const token = await mintToken(config.auth, { sub: 'ana', expiresIn: '10s' });
    const now = Date.now();
    await expect(sut.verify(token, now)).resolves.toMatchObject({ id: 'ana' });
    await expect(sut.verify(token, now + 9_000)).resolves.toMatchObject({ id: 'ana' });
    // Past exp plus the clock tolerance the trusted entry is gone and the full check says expired.
    jest.useFakeTimers({ now: now + 20_000 });
    try {
      await expect(sut.verify(token, now + 20_000)).rejects.toThrow('token expired');
    } finally {
      jest.useRealTimers();
    }
  });
});
