import { ask, RedisServer, startRedisServer } from './redis-server';

/** A private Sentinel deployment for tests: a primary, one replica and three sentinels, each its own process. */
export interface RedisSentinelSetup {
  /** The name the sentinels monitor the primary under. */
  readonly name: string;
  /** `host:port,...` of the sentinels, for REDIS_SENTINELS. */
  readonly sentinels: string;
  readonly servers: RedisServer[];
  /** `SENTINEL FAILOVER` on one sentinel; resolves once the sentinels name the other server primary and the old one replicates it. */
  failover(): Promise<void>;
  /** Clients subscribed to a channel on any sentinel (a Sentinel client's failover detector holds one on each). */
  subscribers(): Promise<number>;
  destroy(): Promise<void>;
}

const NAME = 'litgo';

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !(await check()); await new Promise((resolve) => setTimeout(resolve, 100))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
  }
}

export async function startRedisSentinel(): Promise<RedisSentinelSetup> {
  const primary = await startRedisServer();
  const replica = await startRedisServer({ args: ['--replicaof', '127.0.0.1', String(primary.port)] });
  const monitor = [
    'sentinel resolve-hostnames no',
    `sentinel monitor ${NAME} 127.0.0.1 ${primary.port} 2`,
    `sentinel down-after-milliseconds ${NAME} 1000`,
    `sentinel failover-timeout ${NAME} 5000`,
    '',
  ].join('\n');
  const sentinels = await Promise.all(Array.from({ length: 3 }, () => startRedisServer({ configFile: () => monitor, args: ['--sentinel'] })));
  const servers = [primary, replica];
  /** The primary's port and whether a failover is under way, in one reply: read apart, a failover can end between them. */
  const watched = async () => {
    const fields = (await ask(sentinels[0].port, (c) => c.call('SENTINEL', 'MASTER', NAME) as Promise<string[]>)) ?? [];
    const field = (name: string) => fields[fields.indexOf(name) + 1];
    return { port: Number(field('port')), failingOver: field('flags')?.includes('failover_in_progress') };
  };
  const replicasKnown = async () => {
    const replicas = (await ask(sentinels[0].port, (c) => c.call('SENTINEL', 'REPLICAS', NAME) as Promise<string[][]>)) ?? [];
    const others = (await ask(sentinels[0].port, (c) => c.call('SENTINEL', 'SENTINELS', NAME) as Promise<unknown[]>)) ?? [];
    const link = await ask(replica.port, (c) => c.info('replication'));
    return replicas.length === 1 && others.length === 2 && /master_link_status:up/.test(link ?? '');
  };
  await until(replicasKnown, 'the sentinels to know the replica and each other');
  return {
    name: NAME,
    sentinels: sentinels.map((sentinel) => `127.0.0.1:${sentinel.port}`).join(','),
    servers,
    async failover() {
      const before = (await watched()).port;
      const promoted = servers.find((server) => server.port !== before)!;
      const demoted = servers.find((server) => server.port === before)!;
      // A sentinel refuses SENTINEL FAILOVER (-NOGOODSLAVE) until its last INFO from the replica is fresh and shows the link
      // up, and aborts a failover whose promotion times out: ask again whenever none is under way, until the replica leads.
      let refusal = '';
      await until(async () => {
        const { port, failingOver } = await watched();
        if (!failingOver && port === before) {
          refusal = (await ask(sentinels[0].port, (c) => (c.call('SENTINEL', 'FAILOVER', NAME) as Promise<string>).then(() => '', (error: Error) => error.message))) ?? 'no answer';
        }
        return !failingOver && port === promoted.port;
      }, 'the sentinels to name the new primary', 40_000).catch((error: Error) => {
        throw new Error(`${error.message}${refusal && ` (last refusal: ${refusal})`}`);
      });
      // Sentinel turns the old primary into a replica 8 s after its INFO (every 10 s) reports it a primary, so 10-20 s after
      // the switch (longer on a loaded machine): back to one primary, one replica.
      await until(async () => /master_link_status:up/.test((await ask(demoted.port, (c) => c.info('replication'))) ?? ''), 'the old primary to replicate', 40_000);
    },
    async subscribers() {
      const lists = await Promise.all(sentinels.map((sentinel) => ask(sentinel.port, (c) => c.call('CLIENT', 'LIST') as Promise<string>)));
      return lists.flatMap((list) => (list ?? '').split('\n')).filter((client) => /\bsub=[1-9]/.test(client)).length;
    },
    async destroy() {
      await Promise.all([...sentinels, ...servers].map((server) => server.destroy()));
    },
  };
}
