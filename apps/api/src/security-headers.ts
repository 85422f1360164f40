import { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { HelmetOptions } from 'helmet';

/** helmet's defaults, with a policy that lets Swagger UI at /docs run its inline scripts and styles. */
export const HELMET_OPTIONS: Readonly<HelmetOptions> = {
  contentSecurityPolicy: {
    directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'", "'unsafe-inline'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'] },
  },
};

/**
 * The headers helmet sets with `options`, by lower-case name. None depends on the request, so they
 * are computed once at start-up and set on every reply in one step, instead of running helmet's
 * twelve middlewares (each a `setHeader` on the raw response) on every request.
 */
export function securityHeaders(options: HelmetOptions = HELMET_OPTIONS): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number) => (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  };
  let done = false;
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, () => (done = true));
  if (!done || Object.keys(headers).length === 0) throw new Error('helmet did not set its headers synchronously');
  return Object.freeze(headers);
}
