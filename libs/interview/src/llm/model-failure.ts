import { APICallError, NoObjectGeneratedError, TypeValidationError } from 'ai';

/** Why a turn went to the local engine instead of the model. */
export type FallbackReason = 'timeout' | 'rate_limited' | 'server_error' | 'invalid_output' | 'budget' | 'error' | 'early_completion' | 'turn_limit';

/** Longest pause honoured from a `retry-after`, so one odd header cannot switch the model off for long. */
const MAX_PAUSE_MS = 60_000;

/** The reason a model call failed, from the SDK's error; never its message (it may quote the case). */
export function failureReason(error: unknown): FallbackReason {
  // An expired AbortSignal.timeout is a DOMException, which is not an Error subclass on Node 20.
  if (causes(error).some((e) => ['TimeoutError', 'AbortError'].includes((e as { name?: string } | null)?.name ?? ''))) return 'timeout';
  if (NoObjectGeneratedError.isInstance(error)) return 'invalid_output';
  if (APICallError.isInstance(error)) {
    if (error.statusCode === 429) return 'rate_limited';
    if ((error.statusCode ?? 0) >= 500) return 'server_error';
  }
  return 'error';
}

/** The error and its causes: the SDK wraps an aborted fetch (deadline) in its own error. */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = error; e !== undefined && chain.length < 5; e = (e as { cause?: unknown } | null)?.cause) chain.push(e);
  return chain;
}

/** Milliseconds a 429's `retry-after` (seconds or an HTTP date) or `retry-after-ms` asks to wait, capped; 0 when absent. */
export function retryAfterMs(error: unknown, now = Date.now()): number {
  if (!APICallError.isInstance(error) || error.statusCode !== 429) return 0;
  const headers = error.responseHeaders ?? {};
  const ms = Number(headers['retry-after-ms']);
  const seconds = headers['retry-after'];
  let wait = Number.isFinite(ms) && ms > 0 ? ms : 0;
  if (!wait && seconds) wait = /^\d+(\.\d+)?$/.test(seconds) ? Number(seconds) * 1000 : Math.max(0, Date.parse(seconds) - now) || 0;
  return Math.min(wait, MAX_PAUSE_MS);
}

/** What was wrong with an answer that failed validation, for the one retry: paths and rules, no values. */
export function validationProblems(error: NoObjectGeneratedError): string {
  const cause = error.cause;
  if (TypeValidationError.isInstance(cause)) {
    const issues = (cause.cause as { issues?: { path: PropertyKey[]; message: string }[] } | undefined)?.issues ?? [];
    if (issues.length > 0) return issues.map((i) => `${i.path.map(String).join('.') || '(raiz)'}: ${i.message}`).join('; ');
  }
  return 'a resposta não é um objeto JSON válido';
}
