/** The caller, from a verified bearer token. */
export interface AuthUser {
  /** The token's `sub`. */
  id: string;
  isAdmin: boolean;
}

/** A request after `AuthGuard`. */
export interface AuthenticatedRequest {
  user?: AuthUser;
}
