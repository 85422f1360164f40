import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ConversationStateManager } from '@app/state';
import { newCase } from './factories';
import { freePort, RedisServer, startRedisServer } from './redis-server';
import { createStateContext, testConfig } from './test-app';

describe('Redis over TLS with an ACL user', () => {
  let server: RedisServer;
  let tlsPort: number;
  let caFile: string;

  beforeAll(async () => {
    tlsPort = await freePort();
    server = await startRedisServer();
    await server.stop();
    caFile = join(server.dir, 'cert.pem');
    const openssl = spawnSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(server.dir, 'key.pem'), '-out', caFile,
    ]);
    if (openssl.status !== 0) throw new Error(`openssl failed: ${openssl.stderr}`);
    server = await startRedisServer({
      args: [
        '--tls-port', String(tlsPort), '--tls-cert-file', caFile, '--tls-key-file', join(server.dir, 'key.pem'),
        '--tls-ca-cert-file', caFile, '--tls-auth-clients', 'no',
        '--user', 'default', 'off', '--user', 'litgo', 'on', '>litgo-acl-password', '~*', '+@all',
      ],
    });
  });

  afterAll(() => server.destroy());

  it('saves and reads a case through rediss:// with REDIS_USERNAME and a private CA', async () => {
    const context = await createStateContext(
      testConfig({ REDIS_URL: `rediss://127.0.0.1:${tlsPort}/0`, REDIS_TLS_CA_FILE: caFile, REDIS_USERNAME: 'litgo', REDIS_PASSWORD: 'litgo-acl-password' }),
    );
    try {
      const manager = context.get(ConversationStateManager);
      const saved = await manager.saveCase(newCase());
      await expect(manager.getCase(saved.conversation!.caseId)).resolves.toEqual(saved);
    } finally {
      await context.close();
    }
  });

  it('refuses to start with a wrong password, naming the cause', async () => {
    const attempt = createStateContext(
      testConfig({ REDIS_URL: `rediss://127.0.0.1:${tlsPort}/0`, REDIS_TLS_CA_FILE: caFile, REDIS_USERNAME: 'litgo', REDIS_PASSWORD: 'wrong-password' }),
    );
    await expect(attempt).rejects.toThrow(/WRONGPASS|invalid username-password/);
  });
});
