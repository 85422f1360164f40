import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FastifyReply, FastifyRequest } from 'fastify';
import { AuthenticatedRequest } from './auth-user';
import { InvalidTokenError } from './invalid-token.error';
import { IS_PUBLIC } from './public.decorator';
import { TokenVerifier } from './token-verifier.service';

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/;

/** Global guard: every route needs `Authorization: Bearer <JWT>` unless marked `@Public()`. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & AuthenticatedRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? BEARER.exec(header) : null;
    try {
      if (!match) throw new InvalidTokenError(header ? 'malformed' : 'missing');
      request.user = await this.verifier.verify(match[1]);
      return true;
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      const code = error.kind === 'missing' ? 'invalid_request' : 'invalid_token';
      http.getResponse<FastifyReply>().header('WWW-Authenticate', `Bearer realm="litgo-triage", error="${code}", error_description="${error.message}"`);
      throw new UnauthorizedException({ message: error.message, detail: 'Sua sessão expirou ou é inválida. Entre novamente.' });
    }
  }
}
