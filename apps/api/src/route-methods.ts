import { Injectable } from '@nestjs/common';

/** Methods a 405 may list: CORS preflight (OPTIONS, on every path) is not an API method. */
const LISTED_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The methods each route path answers, filled from Fastify's `onRoute` hook, so that a request
 * with an unlisted method on a known path gets 405 with `Allow` instead of 404.
 */
@Injectable()
export class RouteMethods {
  private readonly routes: Array<{ pattern: RegExp; method: string }> = [];

  add(methods: string | string[], url: string): void {
    const pattern = new RegExp(`^${url.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+').replace(/\*/g, '.*')}$`);
    for (const method of [methods].flat()) if (LISTED_METHODS.has(method)) this.routes.push({ pattern, method });
  }

  /** The methods of the routes matching `path`, in a stable order; empty for an unknown path. */
  allowedOn(path: string): string[] {
    const methods = new Set(this.routes.filter((route) => route.pattern.test(path)).map((route) => route.method));
    return [...LISTED_METHODS].filter((method) => methods.has(method));
  }
}
