import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import Redis, { Cluster } from 'ioredis';
import { RedisServer, startRedisServer } from './redis-server';

const run = promisify(execFile);

/** A private Redis Cluster for tests: `primaries` primaries with one replica each, every node its own redis-server. */
export interface RedisCluster {
  readonly nodes: RedisServer[];
  /** `host:port,...` of every node, for REDIS_CLUSTER_NODES. */
  readonly seeds: string;
  /** A client for assertions (not the service's pool). */
  client(): Cluster;
  /** The live primaries now, with their node ids. */
  primaries(): Promise<Array<{ server: RedisServer; id: string }>>;
  /** Waits until every live node reports `cluster_state:ok` and agrees on one primary per shard. */
  waitHealthy(timeoutMs?: number): Promise<void>;
  destroy(): Promise<void>;
}

/** Node timeout of the test clusters: a primary is declared failed, and its replica promoted, ~2 s after it dies. */
export const CLUSTER_NODE_TIMEOUT_MS = 1_000;

export async function startRedisCluster(primaries = 3): Promise<RedisCluster> {
  const nodes = await Promise.all(
    Array.from({ length: primaries * 2 }, () =>
      startRedisServer({
        args: ['--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf', '--cluster-node-timeout', String(CLUSTER_NODE_TIMEOUT_MS)],
      }),
    ),
  );
  const addresses = nodes.map((node) => `127.0.0.1:${node.port}`);
  await run('redis-cli', ['--cluster', 'create', ...addresses, '--cluster-replicas', '1', '--cluster-yes']);
  const cluster: RedisCluster = {
    nodes,
    seeds: addresses.join(','),
    client: () =>
      new Cluster(
        addresses.map((address) => ({
          host: '127.0.0.1',
          port: Number(address.split(':')[1]),
        })),
        { scaleReads: 'master' },
      ),
    async primaries() {
      const roles = await Promise.all(
        nodes.map(async (server) => {
          const client = new Redis(server.port, '127.0.0.1', {
            lazyConnect: true,
            maxRetriesPerRequest: 0,
            retryStrategy: () => null,
          });
          try {
            await client.connect();
            const [id, [role]] = await Promise.all([client.cluster('MYID') as Promise<string>, client.role() as Promise<unknown[]>]);
            return role === 'master' ? [{ server, id }] : [];
          } catch {
            return [];
          } finally {
            client.disconnect();
          }
        }),
      );
      return roles.flat();
    },
    async waitHealthy(timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (await healthy(nodes)) return;
        if (Date.now() > deadline) throw new Error('cluster not healthy in time');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async destroy() {
      await Promise.all(nodes.map((node) => node.destroy()));
    },
  };
  await cluster.waitHealthy();
  return cluster;
}

/** Every reachable node says ok, there are as many serving primaries as shards, and every replica's link is up. */
async function healthy(nodes: RedisServer[]): Promise<boolean> {
  const reports = await Promise.all(
    nodes.map(async (node) => {
      const client = new Redis(node.port, '127.0.0.1', {
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      });
      try {
        await client.connect();
        const [info, replication] = await Promise.all([client.cluster('INFO') as Promise<string>, client.info('replication')]);
        return {
          ok: info.includes('cluster_state:ok'),
          replicaDown: /role:slave/.test(replication) && !/master_link_status:up/.test(replication),
        };
      } catch {
        return null;
      } finally {
        client.disconnect();
      }
    }),
  );
  const live = reports.filter((report) => report !== null);
  return live.length > 0 && live.every((report) => report.ok && !report.replicaDown);
}
