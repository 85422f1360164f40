// INFO commandstats snapshots and their differences.

/** {command: calls} from INFO commandstats (subcommands like `client|setname` kept apart). */
export async function commandStats(client) {
  const text = await client.info('commandstats');
  const stats = {};
  for (const line of text.split('\r\n')) {
    const m = /^cmdstat_([^:]+):calls=(\d+),usec=(\d+)/.exec(line);
    if (m) stats[m[1]] = { calls: Number(m[2]), usec: Number(m[3]) };
  }
  return stats;
}

/** Calls per command between two snapshots, without the bench's own INFO calls. */
export function diffStats(before, after) {
  const calls = {};
  for (const [name, { calls: n }] of Object.entries(after)) {
    if (name === 'info') continue;
    const delta = n - (before[name]?.calls ?? 0);
    if (delta > 0) calls[name] = delta;
  }
  return calls;
}
