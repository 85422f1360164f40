import { Logger } from '@nestjs/common';
import { createConnection, createServer, Socket } from 'node:net';
import { RedisConnections } from './redis-connections';
import { RedisOutageTracker } from './redis-outage.tracker';

/** A TCP pass-through to the suite's Redis that drops the connections it accepts at the given positions (1-based). */
async function droppingProxy(drop: number[]): Promise<{ url: string; accepted: () => number; close: () => Promise<void> }> {
  const target = new URL(process.env.TEST_REDIS_URL!);
  const sockets = new Set<Socket>();
  let accepted = 0;
  const server = createServer((client) => {
    if (drop.includes(++accepted)) return client.destroy();
    const upstream = createConnection(Number(target.port), target.hostname);
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    const close = () => (client.destroy(), upstream.destroy());
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `redis://127.0.0.1:${(server.address() as { port: number }).port}/0`,
    accepted: () => accepted,
    close: () => {
      sockets.forEach((socket) => socket.destroy());
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

describe('RedisConnections at start-up', () => {
  const logger = new Logger('test');
  beforeAll(() => Logger.overrideLogger(false));

  it('retries a later connection of the pool that is dropped while connecting, so start-up still succeeds', async () => {
    const proxy = await droppingProxy([2]);
    const connections = new RedisConnections({ url: proxy.url, poolSize: 3, commandTimeoutMs: 1_000 }, proxy.url, logger, new RedisOutageTracker(logger, proxy.url));
    try {
      await connections.connect();
      expect(connections.ready).toBe(3);
      expect(proxy.accepted()).toBe(4);
      await expect(connections.pick().ping()).resolves.toBe('PONG');
    } finally {
      await connections.close();
      await proxy.close();
    }
  });

  it('still gives up with one clear message when every attempt of a connection fails', async () => {
    const proxy = await droppingProxy([2, 3]);
    const connections = new RedisConnections({ url: proxy.url, poolSize: 2, commandTimeoutMs: 1_000, connectAttempts: 2 }, proxy.url, logger, new RedisOutageTracker(logger, proxy.url));
    try {
      await expect(connections.connect()).rejects.toThrow(`Cannot reach Redis at ${proxy.url} after 2 attempts`);
    } finally {
      await connections.close();
      await proxy.close();
    }
  });
});

describe('RedisConnections at shutdown', () => {
  const logger = new Logger('test');
  const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

  it('leaves no command timer running once closed, so a process that closes its pool can exit at once', async () => {
    const url = process.env.TEST_REDIS_URL!;
    const before = timers();
    const connections = new RedisConnections({ url, poolSize: 2, commandTimeoutMs: 60_000 }, url, logger, new RedisOutageTracker(logger, url));
    await connections.connect();
    await expect(connections.pick().ping()).resolves.toBe('PONG');
    await connections.close();
    // At most as many as before: a timer the earlier tests left (a proxy's, a retry's) may end meanwhile; a command timer kept
    // alive by the pool would be one more.
    expect(timers()).toBeLessThanOrEqual(before);
  });
});
