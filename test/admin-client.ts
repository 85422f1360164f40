import Redis, { Cluster } from 'ioredis';
import { AppConfig } from '@app/config';

/** A raw client on the Redis a config points at (a server or a cluster), for a test's own checks. */
export function adminClient(config: AppConfig): Redis | Cluster {
  const { clusterNodes, url } = config.redis;
  return clusterNodes.length > 0 ? new Cluster(clusterNodes, { scaleReads: 'master' }) : new Redis(url);
}

/** Keys matching `pattern` on every primary (KEYS is fine in a test's private keyspace). */
export async function keysMatching(client: Redis | Cluster, pattern: string): Promise<string[]> {
  const servers = client instanceof Cluster ? client.nodes('master') : [client];
  return (await Promise.all(servers.map((server) => server.keys(pattern)))).flat();
}
