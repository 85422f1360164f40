import { RedisPool } from '@app/redis';

/**
 * Every key of the database, a batch at a time, with SCAN (never KEYS: it does not block Redis).
 * No MATCH, so that the count of keys seen against DBSIZE is a true progress measure. A key may
 * come twice if the keyspace is resized meanwhile; callers tolerate that.
 */
export async function* scanKeys(redis: RedisPool, batch: number): AsyncGenerator<string[]> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.run((client) => client.scan(cursor, 'COUNT', batch));
    cursor = next;
    if (keys.length > 0) yield keys;
  } while (cursor !== '0');
}
