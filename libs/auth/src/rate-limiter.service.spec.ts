import { RedisPool } from '@app/redis';
import { testConfig } from '../../../test/test-app';
import { RateLimiter } from './rate-limiter.service';

/** The limiter against the suite's real Redis (a cluster in the cluster leg). */
describe(RateLimiter.name, () => {
  const config = testConfig();
  const { url, clusterNodes } = config.redis;
  const pool = new RedisPool({ url, clusterNodes, poolSize: 1, commandTimeoutMs: 1_000 });
  const sut = new RateLimiter(pool, config);
  let n = 0;
  const counters = (userLimit: number, ipLimit: number) => [
    { id: `user-${++n}:default`, limit: userLimit },
    { id: `ip-${n}:ip`, limit: ipLimit },
  ];

  beforeAll(() => pool.onModuleInit());
  afterAll(() => pool.onApplicationShutdown());
  afterEach(() => jest.restoreAllMocks());

  it('counts both counters in one call to Redis, each under its own hash tag', async () => {
    const calls = jest.spyOn(pool, 'run');
    const limits = counters(5, 25);
    await expect(sut.hit(limits, 60_000)).resolves.toEqual([
      { hits: 1, resetSeconds: 60, blockedSeconds: 0 },
      { hits: 1, resetSeconds: 60, blockedSeconds: 0 },
    ]);
    expect(calls).toHaveBeenCalledTimes(1);
    const [user, ip] = limits.map(({ id }) => `${config.redis.keyPrefix}ratelimit:{${id}}:hits`);
    await expect(pool.run((client) => client.get(user))).resolves.toBe('1');
    await expect(pool.run((client) => client.get(ip))).resolves.toBe('1');
  });

  it('blocks a counter over its limit for the window, then answers from memory without Redis', async () => {
    const limits = counters(2, 100);
    await sut.hit(limits, 60_000);
    await sut.hit(limits, 60_000);
    const [user, ip] = await sut.hit(limits, 60_000);
    expect(user).toEqual({ hits: 3, resetSeconds: 60, blockedSeconds: 60 });
    expect(ip).toMatchObject({ hits: 3, blockedSeconds: 0 });
    const calls = jest.spyOn(pool, 'run');
    const [again] = await sut.hit(limits, 60_000);
    expect(again.blockedSeconds).toBeGreaterThan(0);
    expect(calls).not.toHaveBeenCalled();
  });

  it('lets a request through uncounted when Redis fails (fail open), and counts the failures', async () => {
    const down = new RateLimiter(new RedisPool({ url: 'redis://127.0.0.1:1/0', poolSize: 1, commandTimeoutMs: 100 }), config);
    await expect(down.hit(counters(1, 1), 60_000)).resolves.toEqual([
      { hits: 0, resetSeconds: 0, blockedSeconds: 0 },
      { hits: 0, resetSeconds: 0, blockedSeconds: 0 },
    ]);
    expect(down.failedOpen).toBe(1);
  });
});
