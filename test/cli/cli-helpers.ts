import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import { AppConfig } from '@app/config';
import { CliModule } from '../../apps/cli/src/cli.module';

const ROOT = join(__dirname, '..', '..');
export const CLI_ENTRY = join(ROOT, 'dist/apps/cli/src/main.js');
export const LEGACY_FIXTURES = join(ROOT, 'test/fixtures/legacy/legacy-keys.jsonl');

/** The CLI's own module (config, Redis, state and its services) on the given config, initialised. */
export async function createCliContext(config: AppConfig): Promise<INestApplicationContext> {
  const moduleRef = await Test.createTestingModule({ imports: [CliModule] })
    .overrideProvider(AppConfig)
    .useValue(config)
    .compile();
  return moduleRef.init();
}

export interface LegacyFixture {
  key: string;
  value: string;
  ttl_seconds: number | null;
}

/** Writes the legacy backend's keys (test/fixtures/legacy) as it left them, TTLs included. */
export async function loadLegacyFixtures(redis: Redis): Promise<LegacyFixture[]> {
  const fixtures = readFileSync(LEGACY_FIXTURES, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as LegacyFixture);
  const pipeline = redis.pipeline();
  fixtures.forEach(({ key, value, ttl_seconds }) => (ttl_seconds ? pipeline.set(key, value, 'EX', ttl_seconds) : pipeline.set(key, value)));
  await pipeline.exec();
  return fixtures;
}

/** Every key with its value and whether it expires: to show that a run changed nothing. */
export async function keyspace(redis: Redis): Promise<Record<string, { type: string; value: unknown; expires: boolean }>> {
  const result: Record<string, { type: string; value: unknown; expires: boolean }> = {};
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'COUNT', 1000);
    cursor = next;
    for (const key of keys) {
      const type = await redis.type(key);
      const value = type === 'string' ? await redis.get(key) : type === 'zset' ? await redis.zrange(key, 0, -1, 'WITHSCORES') : type;
      result[key] = { type, value, expires: (await redis.pttl(key)) > 0 };
    }
  } while (cursor !== '0');
  return result;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built entry point (`npm run build` first) with the given environment. */
export function runCli(args: string[], env: Record<string, string> = {}, stdin?: string): Promise<CliRun> {
  if (!existsSync(CLI_ENTRY)) throw new Error(`${CLI_ENTRY} is missing: run npm run build first`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_ENTRY, ...args], { env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
