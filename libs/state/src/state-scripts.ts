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
 * Claims an idempotency key in a user's hash of start keys (field = key, value = `<caseId> <epoch s>`)
 * unless the hash holds it from less than a TTL ago; returns the case id it holds. Each claim
 * refreshes the hash's TTL, so a user's keys live in one Redis key that erasure deletes at once.
 * At `max` fields the oldest goes, so a user who starts without end cannot grow it.
 * KEYS: the user's hash. ARGV: key, caseId, ttl (s), now (epoch s), max fields.
 */
export const CLAIM_START_KEY_SCRIPT: RedisScript = {
  name: 'litgoClaimStartKey',
  lua: `
local key, case, ttl, now, max = ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local function parse(value)
  local id, at = string.match(value, '^(%S+) (%d+)$')
  return id, tonumber(at)
end
local held = redis.call('HGET', KEYS[1], key)
if held then
  local id, at = parse(held)
  if at > now - ttl then
    redis.call('EXPIRE', KEYS[1], ttl)
    return id
  end
elseif redis.call('HLEN', KEYS[1]) >= max then
  local fields = redis.call('HGETALL', KEYS[1])
  local oldest, oldestAt
  for i = 1, #fields, 2 do
    local _, at = parse(fields[i + 1])
    if not oldestAt or at < oldestAt then oldest, oldestAt = fields[i], at end
  end
  redis.call('HDEL', KEYS[1], oldest)
end
redis.call('HSET', KEYS[1], key, case .. ' ' .. now)
redis.call('EXPIRE', KEYS[1], ttl)
return case
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
