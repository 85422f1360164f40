import { RedisScript } from '@app/redis';

/**
 * Replaces one document if it still has the expected version, keeping its TTL (used by
 * `migrate upgrade`; an upgrade is not activity, so neither the TTL nor the indexes move).
 * KEYS: document. ARGV: expected version, json. Returns 1 if written, 0 if the document
 * changed or vanished meanwhile.
 */
export const REWRITE_DOCUMENT_SCRIPT: RedisScript = {
  name: 'litgoRewriteDocument',
  lua: `
local doc = redis.call('GET', KEYS[1])
if not doc then return 0 end
local version = tonumber(string.match(doc, '^{"version":(%d+)'))
if version ~= tonumber(ARGV[1]) then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
return 1
`,
};
