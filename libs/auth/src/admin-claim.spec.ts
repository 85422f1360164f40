import { adminClaims, hasAdminClaim } from './admin-claim';

describe(hasAdminClaim.name, () => {
  const topLevel = { adminClaim: 'role', adminValue: 'admin' };
  const nested = { adminClaim: 'app_metadata.role', adminValue: 'admin' };

  it.each([
    [topLevel, { role: 'admin' }, true],
    [topLevel, { role: ['user', 'admin'] }, true],
    [topLevel, { role: 'user' }, false],
    [nested, { app_metadata: { role: 'admin' } }, true],
    [nested, { app_metadata: { role: ['editor', 'admin'] } }, true],
    [nested, { app_metadata: { role: 'authenticated' } }, false],
    [nested, { 'app_metadata.role': 'admin' }, false],
    [nested, { app_metadata: 'admin' }, false],
    [{ adminClaim: 'constructor.name', adminValue: 'Object' }, {}, false],
  ])('with %j reads %j as admin: %p', (config, claims, expected) => {
    expect(hasAdminClaim(claims, config)).toBe(expected);
  });

  it('is satisfied by the claims adminClaims builds', () => {
    expect(adminClaims(nested)).toEqual({ app_metadata: { role: 'admin' } });
    expect(hasAdminClaim(adminClaims(nested), nested)).toBe(true);
    expect(adminClaims(topLevel)).toEqual({ role: 'admin' });
  });
});
