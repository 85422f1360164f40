import { RedisServer, startRedisServer } from './redis-server';

declare global {
  var __LITGO_REDIS__: RedisServer | undefined;
}

/** One shared private redis-server for the suite; tests isolate themselves by key prefix. */
export default async function globalSetup(): Promise<void> {
  const server = await startRedisServer();
  globalThis.__LITGO_REDIS__ = server;
  process.env.TEST_REDIS_URL = server.url;
}
