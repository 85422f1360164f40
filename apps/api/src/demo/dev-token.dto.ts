/** A development token for the demo page: a fresh user of its own, never an admin. */
export class DevTokenDto {
  token: string;
  user_id: string;
  /** Seconds. */
  expires_in: number;
}
