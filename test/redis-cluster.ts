import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Cluster } from 'ioredis';
import { ask, RedisServer, startRedisServer, waitFor } from './redis-server';

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
  /** Holds (or releases) every replica's automatic failover (`cluster-replica-no-failover`), so a test can look at a shard that is down. */
  holdFailover(hold: boolean): Promise<void>;
  /** Waits until a live node reports `cluster_state:fail` (a primary is down and not yet replaced). */
  waitFailed(timeoutMs?: number): Promise<void>;
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
        nodes.map((server) =>
          ask(server.port, async (client) => ({ server, id: (await client.cluster('MYID')) as string, role: ((await client.role()) as unknown[])[0] })),
        ),
      );
      return roles.filter((node) => node?.role === 'master').map((node) => ({ server: node!.server, id: node!.id }));
    },
    async waitHealthy(timeoutMs = 20_000) {
      await waitFor(() => healthy(nodes), 'a healthy cluster', timeoutMs);
    },
    async holdFailover(hold) {
      await Promise.all(nodes.map((node) => ask(node.port, (client) => client.config('SET', 'cluster-replica-no-failover', hold ? 'yes' : 'no'))));
    },
    async waitFailed(timeoutMs = 20_000) {
      const failed = async () => {
        const states = await Promise.all(nodes.map((node) => ask(node.port, (client) => client.cluster('INFO') as Promise<string>)));
        return states.some((info) => info?.includes('cluster_state:fail'));
      };
      await waitFor(failed, 'cluster_state:fail', timeoutMs);
    },
    async destroy() {
      await Promise.all(nodes.map((node) => node.destroy()));
    },
  };
  await cluster.waitHealthy();
  return cluster;
}

/** Every reachable node says ok and every replica's link is up. */
async function healthy(nodes: RedisServer[]): Promise<boolean> {
  const reports = await Promise.all(
    nodes.map((node) =>
      ask(node.port, async (client) => {
        const [info, replication] = await Promise.all([client.cluster('INFO') as Promise<string>, client.info('replication')]);
        return { ok: info.includes('cluster_state:ok'), replicaDown: /role:slave/.test(replication) && !/master_link_status:up/.test(replication) };
      }),
    ),
  );
  const live = reports.filter((report) => report !== undefined);
  return live.length > 0 && live.every((report) => report.ok && !report.replicaDown);
}
