import { RedisScript } from '@app/redis';

/**
 * Compare-and-set of a case's documents plus its index entries, in one atomic step.
 * KEYS: conversation, orchestration, then index keys. ARGV: now (ms), caseId,
 * conversation [expected version | '' to leave it], json, ttl, orchestration [same three],
 * then one op per index key: c/o/a = ZADD if the conversation/orchestration/either exists
 * (else ZREM), x = refresh the score if present, - = ZREM.
 * Documents start with `{"version":N` (see document-codec), so the version is read without decoding.
 * Returns {1, conversationVersion, orchestrationVersion} or {0, stored versions} on conflict.
 */
export const SAVE_CASE_SCRIPT: RedisScript = {
  name: 'litgoSaveCase',
  lua: `
local function stored(key)
  local doc = redis.call('GET', key)
  if not doc then return 0 end
  return tonumber(string.match(doc, '^{"version":(%d+)')) or -1
end
local now, member = ARGV[1], ARGV[2]
local versions = { stored(KEYS[1]), stored(KEYS[2]) }
for i = 1, 2 do
  local expected = ARGV[i * 3]
  if expected ~= '' and tonumber(expected) ~= versions[i] then return { 0, versions[1], versions[2] } end
end
local exists = {}
for i = 1, 2 do
  local expected, json, ttl = ARGV[i * 3], ARGV[i * 3 + 1], ARGV[i * 3 + 2]
  if expected ~= '' then
    redis.call('SET', KEYS[i], json, 'EX', ttl)
    versions[i] = versions[i] + 1
  elseif versions[i] > 0 then
    redis.call('EXPIRE', KEYS[i], ttl)
  end
  exists[i] = versions[i] > 0
end
local present = { c = exists[1], o = exists[2], a = exists[1] or exists[2] }
for i = 3, #KEYS do
  local op = ARGV[i + 6]
  if op == 'x' then
    if present.a then redis.call('ZADD', KEYS[i], 'XX', now, member) end
  elseif present[op] then
    redis.call('ZADD', KEYS[i], now, member)
  else
    redis.call('ZREM', KEYS[i], member)
  end
end
return { 1, versions[1], versions[2] }
`,
};

/**
 * Claims a key for a value unless it holds one already; returns the value it holds.
 * KEYS: key. ARGV: value, ttl (s).
 */
export const CLAIM_KEY_SCRIPT: RedisScript = {
  name: 'litgoClaimKey',
  lua: `
local held = redis.call('GET', KEYS[1])
if held then return held end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
return ARGV[1]
`,
};

/**
 * One page of an index, newest first. Drops entries older than the cutoff, then resumes after
 * the cursor member (or, if that entry is gone, after its score).
 * KEYS: index. ARGV: cutoff (ms), limit, cursor member ('' = first page), cursor score.
 */
export const PAGE_INDEX_SCRIPT: RedisScript = {
  name: 'litgoPageIndex',
  lua: `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1])
local start = 0
if ARGV[3] ~= '' then
  local rank = redis.call('ZREVRANK', KEYS[1], ARGV[3])
  if rank then start = rank + 1 else start = redis.call('ZCOUNT', KEYS[1], '(' .. ARGV[4], '+inf') end
end
return redis.call('ZREVRANGE', KEYS[1], start, start + tonumber(ARGV[2]) - 1, 'WITHSCORES')
`,
};
