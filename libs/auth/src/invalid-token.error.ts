/** The bearer token is missing, malformed, expired, not yet valid, or not signed by a trusted key. */
export class InvalidTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = InvalidTokenError.name;
  }
}
