/** Why a bearer token was refused. */
export type InvalidTokenKind = 'missing' | 'malformed' | 'expired' | 'invalid';

/**
 * One fixed sentence per kind. It goes into `WWW-Authenticate` and the 401 body, so it never
 * holds anything from the token: a crafted `alg` with CR/LF, a quote or a non-ASCII character
 * would break or inject into the header.
 */
const DESCRIPTIONS: Record<InvalidTokenKind, string> = {
  missing: 'A bearer token is required',
  malformed: 'The Authorization header does not hold a well-formed bearer JWT',
  expired: 'The access token has expired',
  invalid: 'The access token is invalid',
};

/** The bearer token is missing, malformed, expired, not yet valid, or not signed by a trusted key. */
export class InvalidTokenError extends Error {
  constructor(readonly kind: InvalidTokenKind) {
    super(DESCRIPTIONS[kind]);
    this.name = InvalidTokenError.name;
  }
}
