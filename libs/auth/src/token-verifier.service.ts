import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { createRemoteJWKSet, decodeProtectedHeader, importSPKI, JWTPayload, jwtVerify, KeyLike } from 'jose';
import { createSecretKey } from 'node:crypto';
import { AppConfig } from '@app/config';
import { AuthUser } from './auth-user';
import { InvalidTokenError } from './invalid-token.error';

const ASYMMETRIC = ['RS256', 'ES256'];
const CLOCK_TOLERANCE_SECONDS = 5;
/**
 * A token that verified is trusted again, without its signature check, for at most this long
 * and never past its `exp`: the app sends the same token with every request, and a rotated or
 * revoked JWKS key takes effect within this delay.
 */
const VERIFIED_TOKEN_TTL_MS = 60_000;
/** Verified tokens kept at most (the oldest goes first); only valid tokens ever get in. */
const VERIFIED_TOKEN_CACHE_SIZE = 10_000;
type RemoteKeys = ReturnType<typeof createRemoteJWKSet>;
type KeySource = KeyLike | RemoteKeys;

/** Verifies bearer tokens: HS256 with the shared secret, RS256/ES256 with a JWKS URL or a PEM key. */
@Injectable()
export class TokenVerifier implements OnModuleInit {
  private readonly logger = new Logger(TokenVerifier.name);
  private readonly secret?: KeyLike;
  private readonly jwks?: RemoteKeys;
  private readonly publicKeys = new Map<string, Promise<KeyLike>>();
  private readonly verified = new Map<string, { user: AuthUser; trustedUntil: number }>();

  constructor(private readonly config: AppConfig) {
    const { jwtSecret, jwksUrl } = config.auth;
    if (jwtSecret) this.secret = createSecretKey(Buffer.from(jwtSecret, 'utf8'));
    if (jwksUrl) this.jwks = createRemoteJWKSet(new URL(jwksUrl));
  }

  onModuleInit(): void {
    const { devKeyFile } = this.config.auth;
    if (devKeyFile) this.logger.warn(`No AUTH_* key set: verifying with the development key in ${devKeyFile} (never in production)`);
  }

  async verify(token: string, now = Date.now()): Promise<AuthUser> {
    const known = this.verified.get(token);
    if (known && now < known.trustedUntil) return known.user;
    this.verified.delete(token);
    const { user, expiresAt } = await this.verifySignedToken(token);
    if (this.verified.size >= VERIFIED_TOKEN_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { user, trustedUntil: Math.min(now + VERIFIED_TOKEN_TTL_MS, expiresAt) });
    return user;
  }

  private async verifySignedToken(token: string): Promise<{ user: AuthUser; expiresAt: number }> {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new InvalidTokenError('malformed token');
    }
    try {
      const key = await this.keyFor(alg);
      const { audience, issuer } = this.config.auth;
      const options = { algorithms: [alg!], audience, issuer, requiredClaims: ['exp', 'sub'], clockTolerance: CLOCK_TOLERANCE_SECONDS };
      const { payload } = typeof key === 'function' ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options);
      return { user: this.toUser(payload), expiresAt: (payload.exp! + CLOCK_TOLERANCE_SECONDS) * 1000 };
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      throw new InvalidTokenError((error as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'token expired' : 'invalid token');
    }
  }

  private async keyFor(alg: string | undefined): Promise<KeySource> {
    if (alg === 'HS256' && this.secret) return this.secret;
    if (alg && ASYMMETRIC.includes(alg)) {
      if (this.jwks) return this.jwks;
      const pem = this.config.auth.publicKey;
      if (pem) {
        if (!this.publicKeys.has(alg)) this.publicKeys.set(alg, importSPKI(pem, alg));
        return this.publicKeys.get(alg)!;
      }
    }
    throw new InvalidTokenError(`tokens signed with ${alg ?? 'no algorithm'} are not accepted`);
  }

  private toUser(payload: JWTPayload): AuthUser {
    if (typeof payload.sub !== 'string' || payload.sub === '' || payload.sub.length > 128) throw new InvalidTokenError('token has no valid sub');
    const { adminClaim, adminValue } = this.config.auth;
    const claim = payload[adminClaim];
    return { id: payload.sub, isAdmin: claim === adminValue || (Array.isArray(claim) && claim.includes(adminValue)) };
  }
}
