import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { RedisServer, startRedisServer } from './redis-server';
import { SlowReplyProxy } from './slow-reply-proxy';
import { createApiApp, testConfig } from './test-app';
import { TriageClient } from './triage-client';

describe('rate limits on: the Redis round trips of a turn', () => {
  let server: RedisServer;
  let proxy: SlowReplyProxy;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    server = await startRedisServer();
    proxy = await SlowReplyProxy.start(server.port);
    app = await createApiApp(testConfig({ REDIS_URL: proxy.url, RATE_LIMIT_ENABLED: 'true' }));
  });

  afterAll(async () => {
    await app?.close();
    await proxy?.close();
    await server?.destroy();
  });

  it('are 3: the read, one script call for both limits, the save', async () => {
    const client = await TriageClient.as(app, 'counted');
    const caseId = await client.start();
    await client.say(caseId, 'Fui demitido sem justa causa.').expect(200);
    proxy.roundTrips = 0;

    const turn = await client.say(caseId, 'Foi em março deste ano, em Campinas/SP.').expect(200);

    expect(proxy.roundTrips).toBe(3);
    // Both limits were counted (per route: the second turn, whatever the start counted).
    expect(turn.headers['x-ratelimit-remaining']).toBe('58');
    expect(turn.headers['x-ratelimit-remaining-ip']).toBe('298');
  });
});
