import { Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mintToken } from '@app/auth';
import { AppConfig } from '@app/config';
import { DevTokenDto } from './dev-token.dto';

const DEV_TOKEN_SECONDS = 3600;

/** Mints the demo page's token with the HS256 key the API verifies with (the development key by default). */
@Injectable()
export class DevTokenService {
  constructor(private readonly config: AppConfig) {}

  /** A token for a fresh user, so the page never sees anyone else's cases. */
  async issue(): Promise<DevTokenDto> {
    const { auth } = this.config;
    if (!auth.jwtSecret) {
      throw new NotFoundException({
        message: 'No HS256 key to sign development tokens with (tokens are verified by JWKS or a public key)',
        detail: 'Este servidor não emite tokens de desenvolvimento. Cole um token válido.',
      });
    }
    const userId = `demo-${randomUUID()}`;
    const token = await mintToken(auth, { sub: userId, expiresIn: `${DEV_TOKEN_SECONDS}s` });
    return { token, user_id: userId, expires_in: DEV_TOKEN_SECONDS };
  }
}
