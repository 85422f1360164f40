import { Command, Option } from 'nest-commander';
import { mintToken } from '@app/auth';
import { loadConfig } from '@app/config';
import { InvalidOptionError } from '../support/invalid-option.error';
import { OperatorCommand } from './operator-command';

const DURATION = /^[1-9]\d*[smhdw]$/;

interface TokenOptions {
  user: string;
  admin?: boolean;
  expiresIn: string;
}

/**
 * Prints a bearer token signed with the HS256 key the API verifies with (the development key by
 * default). Only the token goes to stdout, with no JSON summary, so that `TOKEN=$(…)` captures it.
 */
@Command({ name: 'token', description: 'mint a bearer token for local use (signed with AUTH_JWT_SECRET or the development key)' })
export class TokenCommand extends OperatorCommand {
  async run(_params: string[], options: TokenOptions): Promise<void> {
    try {
      const { auth } = loadConfig();
      process.stdout.write(`${await mintToken(auth, { sub: options.user, admin: options.admin, expiresIn: options.expiresIn })}\n`);
      if (auth.devKeyFile) process.stderr.write(`signed with the development key in ${auth.devKeyFile}\n`);
    } catch (error) {
      process.stderr.write(`litgo-triage token: ${(error as Error).message}\n`);
      process.exitCode = 1;
    }
  }

  @Option({ flags: '--user <id>', description: 'the user id (the token sub)', required: true })
  parseUser(value: string): string {
    return value;
  }

  @Option({ flags: '--admin', description: 'add the admin role claim (stats, listing)' })
  parseAdmin(): boolean {
    return true;
  }

  @Option({ flags: '--expires-in <duration>', description: 'lifetime: a whole number and s, m, h, d or w (30m, 12h, 7d)', defaultValue: '12h' })
  parseExpiresIn(value: string): string {
    if (!DURATION.test(value)) throw new InvalidOptionError('expected a whole number and s, m, h, d or w, e.g. 30m, 12h, 7d');
    return value;
  }
}
