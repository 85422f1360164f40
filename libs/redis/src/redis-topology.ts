import { Cluster } from 'ioredis';
import { addressOf, RedisClient } from './redis-client.factory';
import { RedisMode } from './redis-module-options';

/** What `/api/health/redis` tells of the deployment beyond one PING. */
export interface RedisTopology {
  mode: RedisMode;
  /** Cluster only: `cluster_state` of CLUSTER INFO (`ok` or `fail`). */
  clusterState?: string;
  /** Cluster only: primaries serving slots. */
  primaries?: number;
  /** Cluster only: the node whose PING took longest, and how long (ms). */
  slowestNode?: { address: string; latencyMs: number };
}

/** Reads the topology; on a cluster, PINGs every node at once. */
export async function readTopology(mode: RedisMode, client: RedisClient): Promise<RedisTopology> {
  if (!(client instanceof Cluster)) return { mode };
  const info = parseFields(await client.cluster('INFO'));
  const latencies = await Promise.all(
    client.nodes('all').map(async (node) => {
      const started = process.hrtime.bigint();
      await node.ping();
      return { address: addressOf(node), latencyMs: Number(process.hrtime.bigint() - started) / 1e6 };
    }),
  );
  const slowestNode = latencies.reduce((slowest, node) => (node.latencyMs > slowest.latencyMs ? node : slowest));
  return { mode, clusterState: info.cluster_state, primaries: Number(info.cluster_size), slowestNode };
}

/** `field:value` lines (INFO, CLUSTER INFO) as a map; `# Section` lines are skipped. */
export function parseFields(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split('\r\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]),
  );
}
