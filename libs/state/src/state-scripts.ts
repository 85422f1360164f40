import { RedisScript } from '@app/redis';

/**
 * Compare-and-set of a case's two documents (one hash tag) in one atomic step; built by
 * `saveCaseCall`. KEYS: conversation, orchestration. ARGV, for each document in turn: op
 * (`write`: compare with the expected version and replace; `touch`: slide the TTL of whatever is
 * stored), expected version, json, ttl (s). Documents start with `{"version":N` (see
 * document-codec), so the version is read from the first 32 bytes (GETRANGE: the document itself
 * is never copied into Lua).
 * Returns {1, conversationVersion, orchestrationVersion} or {0, stored versions} on conflict.
 */
export const SAVE_CASE_SCRIPT: RedisScript = {
  name: 'litgoSaveCase',
  lua: `
local function stored(key)
  local head = redis.call('GETRANGE', key, 0, 31)
  if head == '' then return 0 end
  return tonumber(string.match(head, '^{"version":(%d+)')) or -1
end
local versions = { stored(KEYS[1]), stored(KEYS[2]) }
for i = 1, 2 do
  local at = (i - 1) * 4
  if ARGV[at + 1] == 'write' and tonumber(ARGV[at + 2]) ~= versions[i] then return { 0, versions[1], versions[2] } end
end
for i = 1, 2 do
  local at = (i - 1) * 4
  if ARGV[at + 1] == 'write' then
    redis.call('SET', KEYS[i], ARGV[at + 3], 'EX', ARGV[at + 4])
    versions[i] = versions[i] + 1
  elseif versions[i] > 0 then
    redis.call('EXPIRE', KEYS[i], ARGV[at + 4])
  end
end
return { 1, versions[1], versions[2] }
`,
};

/**
 * A case's entries in the indexes of its bucket (one hash tag); built by `indexCaseCommands`.
 * Safe to repeat. KEYS: the bucket's index keys. ARGV: member, score (ms; handed to ZADD as sent,
 * since a Lua number would be formatted back into a string for every ZADD), mode, then one op per
 * key: `add` (ZADD, the score only moves forward), `refresh` (only if present), `remove`.
 * Mode `newer` skips the whole step when the case's entries already carry a later score (a
 * later save's step got there first); `repair` applies it regardless.
 * Returns 1 if applied, 0 if skipped.
 */
export const INDEX_CASE_SCRIPT: RedisScript = {
  name: 'litgoIndexCase',
  lua: `
local member, score = ARGV[1], ARGV[2]
if ARGV[3] == 'newer' then
  for i = 1, 2 do
    local held = redis.call('ZSCORE', KEYS[i], member)
    if held and tonumber(held) > tonumber(score) then return 0 end
  end
end
for i = 1, #KEYS do
  local op = ARGV[i + 3]
  if op == 'add' then
    redis.call('ZADD', KEYS[i], 'GT', score, member)
  elseif op == 'refresh' then
    redis.call('ZADD', KEYS[i], 'XX', 'GT', score, member)
  else
    redis.call('ZREM', KEYS[i], member)
  end
end
return 1
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
 * How many entries of each index are live (scored at or after its cutoff), for the stats: ZCARD
 * less the entries older than the cutoff, which sit at the head of the skiplist. (ZCOUNT from the
 * cutoff to +inf walks to the tail of every index, a descent that missed the cache on every level
 * and made the stats grow with the number of cases.) Reads only.
 * KEYS: index keys. ARGV: one cutoff (ms) per key. Returns one count per key.
 */
export const LIVE_COUNTS_SCRIPT: RedisScript = {
  name: 'litgoLiveCounts',
  lua: `
local counts = {}
for i = 1, #KEYS do
  counts[i] = redis.call('ZCARD', KEYS[i]) - redis.call('ZCOUNT', KEYS[i], '-inf', '(' .. ARGV[i])
end
return counts
`,
};

/**
 * Entries of one index for a page, newest first: drops entries older than the cutoff, then
 * returns the first `limit`, or after a cursor score the entries at or below it (the ones that
 * share the cursor's score included, so the caller can resume after the cursor's member).
 * KEYS: index. ARGV: cutoff (ms), limit, cursor score ('' = first page).
 */
export const PAGE_INDEX_SCRIPT: RedisScript = {
  name: 'litgoPageIndex',
  lua: `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1])
local limit = tonumber(ARGV[2])
if ARGV[3] == '' then return redis.call('ZREVRANGE', KEYS[1], 0, limit - 1, 'WITHSCORES') end
local same = redis.call('ZCOUNT', KEYS[1], ARGV[3], ARGV[3])
return redis.call('ZREVRANGEBYSCORE', KEYS[1], ARGV[3], '-inf', 'WITHSCORES', 'LIMIT', 0, limit + same)
`,
};
