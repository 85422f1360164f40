import { RedisCluster, startRedisCluster } from './redis-cluster';
import { RedisServer, startRedisServer } from './redis-server';

declare global {
  var __LITGO_REDIS__: RedisServer | undefined;
  var __LITGO_CLUSTER__: RedisCluster | undefined;
}

/**
 * One shared private redis-server for the suite; tests isolate themselves by key prefix. With
 * `TEST_REDIS_MODE=cluster` (the second leg of `npm test`) also a 3-primary, 3-replica cluster,
 * which `testConfig` then points the service at.
 */
export default async function globalSetup(): Promise<void> {
  const server = await startRedisServer();
  globalThis.__LITGO_REDIS__ = server;
  process.env.TEST_REDIS_URL = server.url;
  if (process.env.TEST_REDIS_MODE === 'cluster') {
    globalThis.__LITGO_CLUSTER__ = await startRedisCluster();
    process.env.TEST_REDIS_CLUSTER_NODES = globalThis.__LITGO_CLUSTER__.seeds;
  }
}
