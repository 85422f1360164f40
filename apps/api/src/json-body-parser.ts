import { BadRequestException } from '@nestjs/common';
import { FastifyInstance } from 'fastify';

/** Deeper JSON is refused: no request of this API nests more than a few levels. */
export const MAX_JSON_DEPTH = 32;
/** Keys no request of ours uses, and that only serve to reach an object's prototype. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const badRequest = (message: string) => new BadRequestException({ message, detail: 'Os dados enviados não estão em JSON válido.' });

/** Every body of this API is one JSON object: `null`, arrays and bare values are refused before validation turns `null` into `{}`. */
function topLevelProblem(value: unknown): string | undefined {
  return value === null || typeof value !== 'object' || Array.isArray(value) ? 'JSON body must be an object' : shapeProblem(value);
}

/** The first problem of a parsed body's shape, or undefined. Stops at MAX_JSON_DEPTH, so it cannot overflow the stack. */
function shapeProblem(value: unknown, depth = 0): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (depth >= MAX_JSON_DEPTH) return `JSON nested deeper than ${MAX_JSON_DEPTH} levels`;
  for (const [key, child] of Object.entries(value)) {
    if (FORBIDDEN_KEYS.has(key)) return `forbidden key "${key}"`;
    const problem = shapeProblem(child, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * Fastify's own JSON parser (it refuses `__proto__` and `constructor.prototype`) plus a depth
 * limit and a refusal of prototype-ish keys. An empty body is no body: clients send
 * `content-type: application/json` on DELETE too.
 */
export function registerJsonBodyParser(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') return done(null, undefined);
    parseJson(request, body as string, (error, parsed) => {
      const problem = error ? 'Malformed JSON' : topLevelProblem(parsed);
      done(problem ? badRequest(problem) : null, parsed);
    });
  });
}
