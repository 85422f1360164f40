import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Where development runs keep their generated HS256 key (git-ignored). */
export const DEV_KEY_FILE = resolve('.data/dev-jwt-secret');

/** The development signing key, created on first use; the CLI's `token` command signs with it. */
export function devSigningKey(file = DEV_KEY_FILE): string {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
