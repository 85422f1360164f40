import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { AppConfig, RateLimitedRoute } from '@app/config';
import { AuthenticatedRequest, AuthUser } from './auth-user';
import { InvalidTokenError } from './invalid-token.error';
import { IS_PUBLIC } from './public.decorator';
import { RATE_LIMIT_ROUTE } from './rate-limit.decorator';
import { RateLimitCount, RateLimiter } from './rate-limiter.service';
import { TokenVerifier } from './token-verifier.service';
import { TooManyRequestsException } from './too-many-requests.exception';

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/;
const WINDOW_MS = 60_000;
/** Many users can share one IP (an office, a mobile carrier's NAT): the per-IP limit is this many times the per-user one. */
export const IP_LIMIT_FACTOR = 5;

/** What a handler's metadata says, read once per handler. */
interface RouteRule {
  isPublic: boolean;
  limitedAs?: RateLimitedRoute;
  /** `Class-handler`, the start of its counters' hashed ids. */
  name: string;
}

type Request = FastifyRequest & AuthenticatedRequest;

/**
 * The one global guard. Every route needs `Authorization: Bearer <JWT>` unless marked
 * `@Public()`; a route marked `@RateLimit` then counts the caller against its per-user limit and
 * against the per-IP one, both in one Redis call, so that they hold across every API instance.
 * One guard instead of two saves a guard step per request, and the route's metadata is read once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly rules = new WeakMap<object, RouteRule>();

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.ruleOf(context);
    if (rule.isPublic) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const reply = http.getResponse<FastifyReply>();
    const user = await this.authenticate(request.headers.authorization, reply);
    request.user = user;
    if (rule.limitedAs && this.config.rateLimit.enabled) await this.limit(rule, rule.limitedAs, user, request.ip, reply);
    return true;
  }

  private async authenticate(header: string | undefined, reply: FastifyReply): Promise<AuthUser> {
    const match = typeof header === 'string' ? BEARER.exec(header) : null;
    try {
      if (!match) throw new InvalidTokenError(header ? 'malformed' : 'missing');
      return await this.verifier.verify(match[1]);
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      const code = error.kind === 'missing' ? 'invalid_request' : 'invalid_token';
      reply.header('WWW-Authenticate', `Bearer realm="litgo-triage", error="${code}", error_description="${error.message}"`);
      throw new UnauthorizedException({ message: error.message, detail: 'Sua sessão expirou ou é inválida. Entre novamente.' });
    }
  }

  /** The per-user limit, then the per-IP one; the first blocked one answers 429 with `Retry-After`. */
  private async limit(rule: RouteRule, route: RateLimitedRoute, user: AuthUser, ip: string, reply: FastifyReply): Promise<void> {
    const perUser = this.config.rateLimit.perMinute[route];
    const limits = [
      { suffix: '', limit: perUser, id: counterId(rule, 'default', `user:${user.id}`) },
      { suffix: '-ip', limit: perUser * IP_LIMIT_FACTOR, id: counterId(rule, 'ip', `ip:${ip}`) },
    ];
    const counts = await this.limiter.hit(limits, WINDOW_MS);
    limits.forEach(({ suffix, limit }, index) => setLimitHeaders(reply, suffix, limit, counts[index]));
  }

  private ruleOf(context: ExecutionContext): RouteRule {
    const handler = context.getHandler();
    let rule = this.rules.get(handler);
    if (!rule) {
      const classRef = context.getClass();
      const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [handler, classRef]) ?? false;
      rule = { isPublic, limitedAs: this.reflector.get<RateLimitedRoute | undefined>(RATE_LIMIT_ROUTE, handler), name: `${classRef.name}-${handler.name}` };
      this.rules.set(handler, rule);
    }
    return rule;
  }
}

/** A counter's id: a hash, so that no key name in Redis holds a user id or an address. */
function counterId(rule: RouteRule, limit: string, tracker: string): string {
  return `${createHash('sha256').update(`${rule.name}-${limit}-${tracker}`).digest('hex')}:${limit}`;
}

function setLimitHeaders(reply: FastifyReply, suffix: string, limit: number, count: RateLimitCount): void {
  if (count.blockedSeconds > 0) {
    reply.header(`Retry-After${suffix}`, count.blockedSeconds);
    reply.header('Retry-After', count.blockedSeconds);
    throw new TooManyRequestsException(count.blockedSeconds);
  }
  reply.header(`X-RateLimit-Limit${suffix}`, limit);
  reply.header(`X-RateLimit-Remaining${suffix}`, Math.max(0, limit - count.hits));
  reply.header(`X-RateLimit-Reset${suffix}`, count.resetSeconds);
}
