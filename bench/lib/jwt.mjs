// HS256 tokens minted with node:crypto, as the auth work expects (sub = user id).
import { createHmac, randomBytes } from 'node:crypto';

const b64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

export function newSecret() {
  return randomBytes(32).toString('hex'); // 64 characters; AUTH_JWT_SECRET needs >= 32
}

export function mintToken(secret, claims, ttlSeconds = 4 * 3600) {
  const now = Math.floor(Date.now() / 1000);
  const input = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ iat: now, exp: now + ttlSeconds, ...claims })}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}
