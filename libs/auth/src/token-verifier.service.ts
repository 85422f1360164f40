import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { createRemoteJWKSet, decodeProtectedHeader, importSPKI, JWKSCacheInput, jwksCache, JWTPayload, jwtVerify, KeyLike } from 'jose';
import { createSecretKey } from 'node:crypto';
import { AppConfig } from '@app/config';
import { hasAdminClaim } from './admin-claim';
import { AuthUser } from './auth-user';
import { InvalidTokenError } from './invalid-token.error';

const ASYMMETRIC = ['RS256', 'ES256'];
/** Verified tokens kept at most (the oldest goes first); only valid tokens ever get in. */
const VERIFIED_TOKEN_CACHE_SIZE = 10_000;
type RemoteKeys = ReturnType<typeof createRemoteJWKSet>;
type KeySource = KeyLike | RemoteKeys;

/**
 * Verifies bearer tokens: HS256 with the shared secret, RS256/ES256 with a JWKS URL or a PEM key.
 *
 * A token that verified is trusted again, without its signature check, until the first of: its
 * `exp` (plus the clock skew), `keyTrustMs` after it verified, and `keyTrustMs` after the JWKS
 * that held its key was fetched. The app sends the same token with every request; a key removed
 * from the JWKS stops working within `keyTrustMs` (one minute) all the same.
 */
@Injectable()
export class TokenVerifier implements OnModuleInit {
  private readonly logger = new Logger(TokenVerifier.name);
  private readonly secret?: KeyLike;
  private readonly jwks?: RemoteKeys;
  /** Filled by jose: `uat` is when the JWKS was last fetched. */
  private readonly jwksFetch: JWKSCacheInput = {};
  private readonly publicKeys = new Map<string, Promise<KeyLike>>();
  private readonly verified = new Map<string, { user: AuthUser; trustedUntil: number }>();

  constructor(private readonly config: AppConfig) {
    const { jwtSecret, jwksUrl, keyTrustMs } = config.auth;
    if (jwtSecret) this.secret = createSecretKey(Buffer.from(jwtSecret, 'utf8'));
    if (jwksUrl) {
      // jose keeps a fetched set for 10 minutes by default; an unknown `kid` may refetch it at
      // most every half window (jose's own 30 s for the one-minute window).
      const options = { cacheMaxAge: keyTrustMs, cooldownDuration: keyTrustMs / 2, [jwksCache]: this.jwksFetch };
      this.jwks = createRemoteJWKSet(new URL(jwksUrl), options);
    }
  }

  onModuleInit(): void {
    const { devKeyFile } = this.config.auth;
    if (devKeyFile) this.logger.warn(`No AUTH_* key set: verifying with the development key in ${devKeyFile} (never in production)`);
  }

  async verify(token: string, now = Date.now()): Promise<AuthUser> {
    const known = this.verified.get(token);
    if (known && now < known.trustedUntil) return known.user;
    this.verified.delete(token);
    const { user, trustedUntil } = await this.verifySignedToken(token, now);
    if (this.verified.size >= VERIFIED_TOKEN_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { user, trustedUntil });
    return user;
  }

  private async verifySignedToken(token: string, now: number): Promise<{ user: AuthUser; trustedUntil: number }> {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new InvalidTokenError('malformed');
    }
    const { audience, issuer, clockSkewSeconds, keyTrustMs } = this.config.auth;
    try {
      const key = await this.keyFor(alg);
      const options = { algorithms: [alg!], audience, issuer, requiredClaims: ['exp', 'sub'], clockTolerance: clockSkewSeconds, currentDate: new Date(now) };
      const { payload } = typeof key === 'function' ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options);
      // jose checks `iat` only against a maximum age; a token issued in the future is refused here.
      if (payload.iat !== undefined && payload.iat > Math.floor(now / 1000) + clockSkewSeconds) throw new InvalidTokenError('invalid');
      const keysFetchedAt = key === this.jwks ? (this.jwksFetch.uat ?? now) : Infinity;
      const trustedUntil = Math.min(now + keyTrustMs, keysFetchedAt + keyTrustMs, (payload.exp! + clockSkewSeconds) * 1000);
      return { user: this.toUser(payload), trustedUntil };
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      throw new InvalidTokenError((error as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'expired' : 'invalid');
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
    throw new InvalidTokenError('invalid');
  }

  private toUser(payload: JWTPayload): AuthUser {
    if (typeof payload.sub !== 'string' || payload.sub === '' || payload.sub.length > 128) throw new InvalidTokenError('invalid');
    return { id: payload.sub, isAdmin: hasAdminClaim(payload, this.config.auth) };
  }
}
