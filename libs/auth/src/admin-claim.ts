import { AuthConfig } from '@app/config';

type AdminClaimConfig = Pick<AuthConfig, 'adminClaim' | 'adminValue'>;

/**
 * Whether the claims mark an admin: the value at the dotted `adminClaim` path (`role`, or
 * Supabase's `app_metadata.role`) is `adminValue`, or is an array that contains it. Only the
 * token's own properties are followed, never inherited ones such as `constructor`.
 */
export function hasAdminClaim(claims: Record<string, unknown>, { adminClaim, adminValue }: AdminClaimConfig): boolean {
  let value: unknown = claims;
  for (const key of adminClaim.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return false;
    value = (value as Record<string, unknown>)[key];
  }
  return value === adminValue || (Array.isArray(value) && value.includes(adminValue));
}

/** The claims that make a token an admin's: `{ app_metadata: { role: 'admin' } }` for `app_metadata.role`. */
export function adminClaims({ adminClaim, adminValue }: AdminClaimConfig): Record<string, unknown> {
  return adminClaim.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), adminValue) as Record<string, unknown>;
}
