import { RedisUnavailableError } from './redis-unavailable.error';

describe(RedisUnavailableError.name, () => {
  it.each([
    ['OOM command not allowed when used memory > maxmemory.', 'out_of_memory'],
    ['LOADING Redis is loading the dataset in memory', 'loading'],
    ['Command timed out', 'timeout'],
    ["Stream isn't writeable and enableOfflineQueue options is false", 'unreachable'],
    ['connect ECONNREFUSED 127.0.0.1:6379', 'unreachable'],
    ['Command aborted due to connection close', 'unreachable'],
    ['CLUSTERDOWN The cluster is down', 'failover'],
    ["READONLY You can't write against a read only replica.", 'failover'],
    ['TRYAGAIN Multiple keys request during rehashing of slot', 'failover'],
    ["Cluster isn't ready and enableOfflineQueue options is false", 'failover'],
  ])('maps "%s" to %s', (message, reason) => {
    expect(RedisUnavailableError.from(new Error(message))).toMatchObject({ reason });
  });

  it('leaves other errors alone', () => {
    expect(RedisUnavailableError.from(new Error('WRONGTYPE Operation against a key'))).toBeUndefined();
  });
});
