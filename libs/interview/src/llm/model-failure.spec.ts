import { APICallError } from 'ai';
import { failureReason, retryAfterMs } from './model-failure';

const apiError = (statusCode: number, responseHeaders: Record<string, string> = {}) =>
  new APICallError({ message: 'x', url: 'http://model', requestBodyValues: {}, statusCode, responseHeaders, isRetryable: statusCode >= 429 });

describe(failureReason.name, () => {
  it('tells a deadline, a rate limit, a server error and anything else apart', () => {
    expect(failureReason(new DOMException('aborted', 'TimeoutError'))).toBe('timeout');
    expect(failureReason(new Error('wrapped', { cause: new DOMException('aborted', 'AbortError') }))).toBe('timeout');
    expect(failureReason(apiError(429))).toBe('rate_limited');
    expect(failureReason(apiError(503))).toBe('server_error');
    expect(failureReason(apiError(401))).toBe('error');
    expect(failureReason(new Error('ECONNREFUSED'))).toBe('error');
  });
});

describe(retryAfterMs.name, () => {
  it('reads seconds, an HTTP date or milliseconds from a 429, capped at a minute, and nothing from other errors', () => {
    expect(retryAfterMs(apiError(429, { 'retry-after': '2' }))).toBe(2000);
    expect(retryAfterMs(apiError(429, { 'retry-after-ms': '150' }))).toBe(150);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs(apiError(429, { 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now)).toBe(5000);
    expect(retryAfterMs(apiError(429, { 'retry-after': '3600' }))).toBe(60_000);
    expect(retryAfterMs(apiError(429))).toBe(0);
    expect(retryAfterMs(apiError(503, { 'retry-after': '2' }))).toBe(0);
  });
});
