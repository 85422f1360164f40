import { JWTPayload, SignJWT } from 'jose';
import { TEST_JWT_SECRET } from './test-app';

const NOW_S = () => Math.floor(Date.now() / 1000);

/** An HS256 token signed with the suite's secret (or `secret`); it expires in an hour unless told. */
export function signToken(claims: JWTPayload, options: { secret?: string; exp?: number | string; nbf?: number; iat?: number } = {}): Promise<string> {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setExpirationTime(options.exp ?? '1h');
  if (options.nbf) jwt.setNotBefore(options.nbf);
  if (options.iat) jwt.setIssuedAt(options.iat);
  return jwt.sign(new TextEncoder().encode(options.secret ?? TEST_JWT_SECRET));
}

/** A JWT-shaped string with any header and payload and a dummy signature, as an attacker crafts it. */
export function craftedToken(header: Record<string, unknown>, payload: JWTPayload = { sub: 'mallory', exp: NOW_S() + 3600 }): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part(header)}.${part(payload)}.${Buffer.from('signature').toString('base64url')}`;
}

/** Seconds since the epoch, `offset` seconds from now. */
export const epochSeconds = (offset = 0): number => NOW_S() + offset;
