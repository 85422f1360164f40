import { INestApplicationContext } from '@nestjs/common';
import { MetricsService } from '@app/metrics';
import { RedisPool } from '@app/redis';
import { MetricsScrape } from './metrics-scrape';
import { createStateContext, testConfig } from './test-app';

describe('Redis call metrics', () => {
  let context: INestApplicationContext;
  let pool: RedisPool;
  let scrape: () => Promise<MetricsScrape>;

  beforeAll(async () => {
    context = await createStateContext(testConfig({ REDIS_COMMAND_TIMEOUT_MS: '1000' }));
    pool = context.get(RedisPool);
    const metrics = context.get(MetricsService);
    scrape = async () => new MetricsScrape(await metrics.render());
  });
  afterAll(() => context?.close());

  it('times each call under its name and counts failures by kind', async () => {
    await pool.ping();
    await pool.run((client) => client.get('metrics-test:absent'));
    // Blocks 3 s, past the 1 s command timeout; the timeout is long enough that no other call meets it under load.
    await expect(pool.run((client) => client.blpop('metrics-test:never', 3))).rejects.toMatchObject({ reason: 'timeout' });
    await expect(pool.run((client) => client.call('NO-SUCH-COMMAND'))).rejects.toThrow(/unknown command/i);

    const metrics = await scrape();
    expect(metrics.value('litgo_redis_call_duration_seconds_count', { call: 'ping' })).toBeGreaterThanOrEqual(1);
    expect(metrics.value('litgo_redis_call_duration_seconds_count', { call: 'command' })).toBeGreaterThanOrEqual(3);
    expect(metrics.value('litgo_redis_errors_total', { call: 'command', kind: 'timeout' })).toBe(1);
    expect(metrics.value('litgo_redis_errors_total', { call: 'command', kind: 'other' })).toBe(1);
    expect(metrics.value('litgo_redis_pool_connections_ready')).toBe(2);
  });
});
