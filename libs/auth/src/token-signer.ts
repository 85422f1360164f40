import { SignJWT } from 'jose';
import { AuthConfig } from '@app/config';
import { adminClaims } from './admin-claim';

/** Mints an HS256 token with the configured secret (local development and tests). */
export async function mintToken(auth: AuthConfig, claims: { sub: string; admin?: boolean; expiresIn?: string }): Promise<string> {
  if (!auth.jwtSecret) throw new Error('minting needs an HS256 secret (AUTH_JWT_SECRET or the development key)');
  const token = new SignJWT(claims.admin ? adminClaims(auth) : {})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '12h')
    .setAudience(auth.audience ?? 'authenticated');
  // The verifier requires AUTH_ISSUER when it is set.
  if (auth.issuer) token.setIssuer(auth.issuer);
  return token.sign(new TextEncoder().encode(auth.jwtSecret));
}
