import { once } from 'node:events';
import Redis, { Cluster } from 'ioredis';
import { AppConfig } from '@app/config';

/** A raw client on the Redis a config points at (a server or a cluster), for a test's own checks. */
export function adminClient(config: AppConfig): Redis | Cluster {
  const { clusterNodes, url } = config.redis;
  return clusterNodes.length > 0 ? new Cluster(clusterNodes, { scaleReads: 'master' }) : new Redis(url);
}

/**
 * The primaries of a cluster client (the client itself for a server), once the client is ready: before it has read the slot map,
 * its pool holds the seed nodes, replicas among them, all as primaries, and a seed the slot map leaves out is disconnected
 * under a command sent to it ("Connection is closed.").
 */
export async function primaries(client: Redis | Cluster): Promise<Redis[]> {
  if (!(client instanceof Cluster)) return [client];
  if (client.status !== 'ready') await once(client, 'ready');
  return client.nodes('master');
}

/** Keys matching `pattern` on every primary (KEYS is fine in a test's private keyspace). */
export async function keysMatching(client: Redis | Cluster, pattern: string): Promise<string[]> {
  return (await Promise.all((await primaries(client)).map((server) => server.keys(pattern)))).flat();
}
