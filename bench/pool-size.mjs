#!/usr/bin/env node
// Measures turn-like read-modify-write throughput of ConversationStateManager.update() for
// several pool sizes, side by side against one private redis-server. Run after `npm run build`:
//   node bench/pool-size.mjs [seconds-per-size=3] [concurrency=64]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { NestFactory } = require('@nestjs/core');
const { Module } = require('@nestjs/common');
const { ConfigModule } = require('../dist/libs/config/src');
const { StateModule, ConversationStateManager } = require('../dist/libs/state/src');

const seconds = Number(process.argv[2] ?? 3);
const concurrency = Number(process.argv[3] ?? 64);
const port = 16000 + Math.floor(Math.random() * 1000);
const dir = mkdtempSync(join(tmpdir(), 'litgo-bench-'));
const redis = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 300));

const message = 'Fui demitido sem justa causa em 15/01/2024 e até agora não recebi as verbas rescisórias, nem o FGTS.';
const now = () => new Date().toISOString();
const newCase = (caseId) => ({
  conversation: { version: 0, schemaVersion: 1, caseId, userId: 'bench', createdAt: now(), updatedAt: now(), messages: [], complexity: null, confidence: 0, collectedData: {}, isComplete: false, completionReason: null, completedAt: null },
  orchestration: { version: 0, schemaVersion: 1, caseId, userId: 'bench', createdAt: now(), updatedAt: now(), status: 'interviewing', flowType: 'standard_analysis', complexity: null, confidence: 0, startedAt: 0, result: null, completedAt: null, processingTimeMs: null, error: null },
});

async function measure(poolSize) {
  Object.assign(process.env, { REDIS_URL: `redis://127.0.0.1:${port}/0`, REDIS_MAX_CONNECTIONS: String(poolSize), REDIS_KEY_PREFIX: `b${poolSize}-${Date.now()}:` });
  class BenchModule {}
  Module({ imports: [ConfigModule, StateModule] })(BenchModule);
  const app = await NestFactory.createApplicationContext(BenchModule, { logger: false });
  const manager = app.get(ConversationStateManager);
  const ids = Array.from({ length: 1_000 }, (_, i) => `case-${i}`);
  for (const id of ids) await manager.saveCase(newCase(id));
  // Seed each conversation to ~10 turns.
  const turn = (id) =>
    manager.update(id, ({ conversation, orchestration }) => ({
      conversation: { ...conversation, messages: [...conversation.messages.slice(-19), { role: 'user', content: message, timestamp: now() }] },
      orchestration: { ...orchestration, confidence: orchestration.confidence + 1 },
    }));
  for (const id of ids) for (let t = 0; t < 10; t++) await turn(id);

  let done = 0;
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      for (let i = w; Date.now() < deadline; i += concurrency) {
        await turn(ids[i % ids.length]);
        done++;
      }
    }),
  );
  await app.close();
  return done / seconds;
}

const sizes = [1, 2, 4, 8];
const results = Object.fromEntries(sizes.map((s) => [s, []]));
for (let round = 0; round < 3; round++) for (const size of sizes) results[size].push(await measure(size));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(results[1]);
console.log(`update() turns/s, ${concurrency} concurrent, ${seconds}s x 3 rounds (median), redis-server on loopback`);
for (const size of sizes) console.log(`pool ${size}: ${median(results[size]).toFixed(0).padStart(6)} /s  (${(median(results[size]) / base).toFixed(2)}x pool 1)`);
redis.kill('SIGTERM');
rmSync(dir, { recursive: true, force: true });
