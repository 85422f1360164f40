// The Redis deployments the scale bench runs on besides one server: a replica of a server, and a
// Redis Cluster of 3 primaries and 3 replicas. Every node is a private redis-server (free port,
// temp dir, no persistence) started here and stopped by `stop()`.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { waitFor } from './net.mjs';
import { startRedis } from './redis-server.mjs';

const require = createRequire(import.meta.url);
const Redis = require('ioredis');
const run = promisify(execFile);

/** A replica of `primary` (a `startRedis` server), returned once its link to the primary is up. */
export async function startReplica(primary) {
  const replica = await startRedis('none', ['--replicaof', '127.0.0.1', String(primary.port)]);
  try {
    await waitFor(async () => /master_link_status:up/.test((await info(replica.port, 'replication')) ?? ''), `replica of port ${primary.port}`);
  } catch (error) {
    await replica.stop();
    throw error;
  }
  return replica;
}

/**
 * A Redis Cluster of `primaries` primaries with one replica each (`redis-cli --cluster create
 * --cluster-replicas 1`), returned once every node reports `cluster_state:ok` and every replica's
 * link is up. `seeds` is the REDIS_CLUSTER_NODES value; `pids` are every node's process ids.
 */
export async function startCluster(primaries = 3) {
  const args = ['--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf', '--cluster-node-timeout', '5000'];
  const started = await Promise.allSettled(Array.from({ length: primaries * 2 }, () => startRedis('none', args)));
  const nodes = started.filter((s) => s.status === 'fulfilled').map((s) => s.value);
  const stop = () => Promise.all(nodes.map((node) => node.stop()));
  try {
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    const addresses = nodes.map((node) => `127.0.0.1:${node.port}`);
    await run('redis-cli', ['--cluster', 'create', ...addresses, '--cluster-replicas', '1', '--cluster-yes']);
    await waitFor(() => healthy(nodes), 'the cluster to report ok', 30_000);
    return {
      nodes,
      seeds: addresses.join(','),
      pids: nodes.map((node) => node.pid),
      /** A client for seeding (reads and writes on the primaries). */
      client: () => new Redis.Cluster(nodes.map((node) => ({ host: '127.0.0.1', port: node.port })), { scaleReads: 'master' }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A stand-in for `client.pipeline()` on a cluster client, whose pipelines refuse keys on more than
 * one node: the same calls, sent all at once (each to its key's node, written without waiting for
 * replies), with `exec()` answering `[error, reply]` pairs like a pipeline's.
 */
export function fanOutClient(cluster) {
  return {
    pipeline() {
      const calls = [];
      const pipeline = new Proxy(
        {},
        {
          get: (_, name) =>
            name === 'exec'
              ? () => Promise.all(calls.map(([command, args]) => cluster[command](...args).then((reply) => [null, reply], (error) => [error, null])))
              : (...args) => (calls.push([name, args]), pipeline),
        },
      );
      return pipeline;
    },
  };
}

async function healthy(nodes) {
  const reports = await Promise.all(
    nodes.map(async (node) => {
      const [cluster, replication] = await Promise.all([ask(node.port, (c) => c.cluster('INFO')), info(node.port, 'replication')]);
      return /cluster_state:ok/.test(cluster ?? '') && (!/role:slave/.test(replication ?? '') || /master_link_status:up/.test(replication));
    }),
  );
  return reports.every(Boolean);
}

const info = (port, section) => ask(port, (client) => client.info(section));

/** `command` on a fresh connection to the node on `port`; undefined when it cannot answer. */
async function ask(port, command) {
  const client = new Redis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await client.connect();
    return await command(client);
  } catch {
    return undefined;
  } finally {
    client.disconnect();
  }
}
