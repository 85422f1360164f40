import { Cluster } from 'ioredis';
import { RedisClient } from './redis-client.factory';
import { RedisUnavailableError } from './redis-unavailable.error';

/** One command of a `batch`: its name (a Redis command or a script defined with `defineScript`) and arguments. */
export type BatchCommand = [command: string, ...args: Array<string | number>];

type Commands = Record<string, (...args: unknown[]) => Promise<unknown>>;
type RedisPipeline = ReturnType<RedisClient['pipeline']>;
/** `WAIT numreplicas timeout`: how long a durable write waits for its replicas at most. */
const WAIT_TIMEOUT_MS = 100;

/**
 * Sends the commands (at least one) together on `client` and returns their replies in order: one
 * pipeline on a server; on a cluster all at once, each to its key's node (the keys may live on
 * different shards). With `replicas` > 0 the first command is followed on its connection by
 * `WAIT replicas 100`, and fewer confirmations fail the batch as a `timeout`.
 */
export async function sendBatch(client: RedisClient, [first, ...rest]: BatchCommand[], replicas: number): Promise<unknown[]> {
  if (client instanceof Cluster) {
    return Promise.all([replicas > 0 ? waited(client, first, replicas) : call(client, first), ...rest.map((command) => call(client, command))]);
  }
  const replies = await exec(client.pipeline(replicas > 0 ? [first, ['wait', replicas, WAIT_TIMEOUT_MS], ...rest] : [first, ...rest]));
  if (replicas > 0) confirmReplicas(replies.splice(1, 1)[0] as number, replicas);
  return replies;
}

/** Runs a script registered with `defineCommand` (or any command) by name. */
export function call(client: RedisClient, [name, ...args]: BatchCommand): Promise<unknown> {
  return (client as unknown as Commands)[name](...args);
}

/** One command and `WAIT` after it, on the connection (the cluster node) of its key. */
async function waited(client: RedisClient, [name, ...args]: BatchCommand, replicas: number): Promise<unknown> {
  const pipeline = client.pipeline();
  (pipeline as unknown as Commands)[name](...args);
  const [reply, acknowledged] = await exec(pipeline.wait(replicas, WAIT_TIMEOUT_MS));
  confirmReplicas(acknowledged as number, replicas);
  return reply;
}

async function exec(pipeline: RedisPipeline): Promise<unknown[]> {
  return ((await pipeline.exec()) ?? []).map(([error, value]) => {
    if (error) throw RedisUnavailableError.from(error) ?? error;
    return value;
  });
}

/** A write fewer replicas confirmed is applied on the primary only: a failover now would lose it. */
function confirmReplicas(acknowledged: number, replicas: number): void {
  if (acknowledged < replicas) {
    throw new RedisUnavailableError('timeout', `Redis unavailable (timeout): write acknowledged by ${acknowledged} of ${replicas} replica(s) within ${WAIT_TIMEOUT_MS} ms`);
  }
}
