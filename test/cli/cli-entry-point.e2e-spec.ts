import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { freePort, RedisServer, startRedisServer } from '../redis-server';
import { CliRun, loadLegacyFixtures, runCli } from './cli-helpers';

/** Spawns the built entry point (dist/apps/cli/src/main.js), as `npm run cli` and the bin do. */
describe('litgo-triage (built entry point)', () => {
  let server: RedisServer;
  let dir: string;
  const env = () => ({ REDIS_URL: server.url, REDIS_KEY_PREFIX: 'bin:' });
  const oneLine = (run: CliRun) => run.stderr.trim().split('\n');

  beforeAll(async () => {
    server = await startRedisServer();
    dir = mkdtempSync(join(tmpdir(), 'litgo-cli-'));
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await server.destroy();
  });

  it('shows help for every command with exit 0, without Redis', async () => {
    const commands = [[], ['migrate'], ['migrate', 'legacy'], ['migrate', 'upgrade'], ['export'], ['import'], ['stats'], ['cleanup'], ['token']];
    const runs = await Promise.all(commands.map((command) => runCli([...command, '--help'], { REDIS_URL: 'redis://127.0.0.1:1/0' })));
    for (const [i, run] of runs.entries()) {
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: litgo-triage ${commands[i].join(' ')}`));
    }
    // What happens to the index keys of builds before the bucketed indexes, where an operator looks.
    const help = (command: string[]) => runs[commands.findIndex((c) => c.join(' ') === command.join(' '))].stdout.replace(/\s+/g, ' ');
    for (const command of [['migrate'], ['migrate', 'upgrade']]) expect(help(command)).toMatch(/untagged index keys .* run `cleanup`|untagged ones .* until `cleanup` rebuilds/);
    expect(help(['cleanup'])).toMatch(/delete the untagged index keys/);
    // Nine starts of the built CLI (about 1 s of CPU each) on a loaded 2-core CI: a hang detector, not a speed check.
  }, 180_000);

  it.each([
    [['export'], /required option '--out <file>' not specified/],
    [['migrate', 'legacy', '--batch', 'many'], /argument 'many' is invalid/],
    [['stats', '--verbose'], /unknown option '--verbose'/],
    [['migrate'], /missing subcommand/],
    [['token', '--user', 'maria', '--expires-in', 'banana'], /argument 'banana' is invalid/],
  ])('rejects bad flags %p with exit 2 and one line', async (args, message) => {
    const run = await runCli(args, env());
    expect(run.code).toBe(2);
    expect(oneLine(run)).toEqual([expect.stringMatching(message)]);
  });

  it('token prints only the token on stdout, signed for the given user and lifetime', async () => {
    const run = await runCli(['token', '--user', 'maria', '--admin', '--expires-in', '30m'], { AUTH_JWT_SECRET: 'x'.repeat(32) });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const claims = JSON.parse(Buffer.from(run.stdout.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ sub: 'maria', role: 'admin' });
    expect(claims.exp - claims.iat).toBe(1800);
  });

  it('fails with exit 1 and one line when Redis is unreachable', async () => {
    const run = await runCli(['stats'], { REDIS_URL: `redis://127.0.0.1:${await freePort()}/0` });
    expect(run.code).toBe(1);
    expect(oneLine(run)).toEqual([expect.stringMatching(/^litgo-triage stats: Cannot reach Redis at redis:\/\/127\.0\.0\.1:\d+\/0 .*ECONNREFUSED/)]);
  });

  it('fails with exit 1 and one line on a missing file and on a file of garbage', async () => {
    const missing = await runCli(['import', '--in', join(dir, 'nope.jsonl')], env());
    expect(missing.code).toBe(1);
    expect(oneLine(missing)).toEqual([expect.stringMatching(/^litgo-triage import: cannot read .*nope\.jsonl: ENOENT/)]);

    const garbage = join(dir, 'garbage.jsonl');
    writeFileSync(garbage, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const run = await runCli(['import', '--in', garbage], env());
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n').pop()).toMatch(/^litgo-triage import: no valid case in the input: all \d+ line\(s\) malformed \(line 1: /);
    expect(JSON.parse(run.stdout)).toMatchObject({ imported: 0, malformed: expect.any(Number) });
    await expect(runCli(['stats'], env()).then((r) => JSON.parse(r.stdout).totals)).resolves.toEqual({ active_orchestrations: 0, active_conversations: 0 });
  });

  it('migrates the legacy fixtures, exports to stdout and imports from stdin', async () => {
    const client = new Redis(server.url);
    try {
      await loadLegacyFixtures(client);
      const migrated = await runCli(['migrate', 'legacy'], env());
      expect(migrated.code).toBe(0);
      expect(JSON.parse(migrated.stdout)).toMatchObject({ scanned: 11, imported: 8, malformed: 3, durationMs: expect.any(Number), peakRssMb: expect.any(Number) });
      expect(migrated.stderr).toMatch(/^migrate legacy: 11\/11 cases \(100%\)$/m);

      const exported = await runCli(['export', '--out', '-'], env());
      expect(exported.code).toBe(0);
      expect(exported.stdout.trim().split('\n')).toHaveLength(8);
      expect(exported.stderr).toMatch(/^export: 8\/8 cases \(100%\)$/m);
      expect(JSON.parse(exported.stderr.slice(exported.stderr.indexOf('{')))).toMatchObject({ exported: 8 });

      const imported = await runCli(['import', '--in', '-'], { ...env(), REDIS_KEY_PREFIX: 'copy:' }, exported.stdout);
      expect(imported.code).toBe(0);
      expect(JSON.parse(imported.stdout)).toMatchObject({ scanned: 8, imported: 8, malformed: 0 });
      expect(imported.stderr).toMatch(/^import: 8 cases$/m);
      const stats = await runCli(['stats'], { ...env(), REDIS_KEY_PREFIX: 'copy:' });
      expect(JSON.parse(stats.stdout)).toMatchObject({ totals: { active_orchestrations: 7, active_conversations: 7 }, durationMs: expect.any(Number), peakRssMb: expect.any(Number) });
    } finally {
      client.disconnect();
    }
  });
});
