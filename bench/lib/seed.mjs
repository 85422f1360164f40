// Cases for the bench: templates made through the real API, then cloned in bulk with the
// service's own save script (real key format, indexes, TTLs) or, for the baseline, as one
// document of the same bytes.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { freshText, variantOf } from './fresh-texts.cjs';
import { httpJson } from './processes.mjs';

const require = createRequire(import.meta.url);
const { StateKeys } = require('../../dist/libs/state/src/state-keys');
const { indexCaseCommands, saveCaseCall } = require('../../dist/libs/state/src/case-write');
const { INDEX_CASE_SCRIPT, SAVE_CASE_SCRIPT } = require('../../dist/libs/state/src/state-scripts');
const { decodeDocument, encodeDocument } = require('../../dist/libs/state/src/document-codec');

export const PREFIX = 'litgo:';
export const KEYS = new StateKeys(PREFIX);
export const BASELINE_PREFIX = 'baseline:';
export const TEMPLATE_USER = 'bench-template';
const TTL = 86_400;
const BATCH = 1_000;

export const baselineKey = (caseId) => `${BASELINE_PREFIX}case:{${caseId}}`;

/**
 * For each conversation, through the real API: a case after its opening turn (the template the
 * turn load starts from), and a case driven to completion (how many turns it takes, the bytes
 * of both keys after each turn, and the completed documents).
 */
export async function makeTemplates({ api, redis, conversations, auth }) {
  const headers = auth(TEMPLATE_USER);
  const send = async (caseId, message) => {
    const res = await httpJson(api.port, 'POST', '/api/v2/triage/continue', { case_id: caseId, message }, headers);
    if (res.status !== 200) throw new Error(`template turn answered ${res.status}: ${res.body.slice(0, 300)}`);
    return res.json;
  };
  const start = async () => {
    const res = await httpJson(api.port, 'POST', '/api/v2/triage/start', { user_id: TEMPLATE_USER }, headers);
    if (res.status !== 201) throw new Error(`start answered ${res.status}: ${res.body.slice(0, 300)}`);
    return res.json.case_id;
  };
  const raw = async (caseId) => {
    const [conv, orch] = await redis.mget(KEYS.conversation(caseId), KEYS.orchestration(caseId));
    const o = JSON.parse(orch);
    return { caseId, conv, orch, status: o.status, complexity: o.complexity };
  };
  const usage = async (caseId) => {
    const [c, o] = await Promise.all([redis.memory('USAGE', KEYS.conversation(caseId)), redis.memory('USAGE', KEYS.orchestration(caseId))]);
    return { conversation: c, orchestration: o };
  };

  const interviewing = [];
  const completed = [];
  const growth = [];
  for (const conversation of conversations) {
    const full = await start();
    const messages = [conversation.opening, ...conversation.answers];
    let turns = 0;
    let done = false;
    const bytesByTurn = [await usage(full)];
    for (const message of messages) {
      turns++;
      done = (await send(full, message)).status === 'completed';
      bytesByTurn.push(await usage(full));
      if (done) break;
    }
    const finished = await raw(full);
    growth.push({ id: conversation.id, turns, completed: done, bytesByTurn, tenTurns: await tenTurnBytes(redis, finished) });
    completed.push({ ...finished, turns });

    const caseId = await start();
    await send(caseId, conversation.opening);
    // Answers to send after the opening: up to and including the one that completes the case.
    interviewing.push({ ...(await raw(caseId)), conversation, answersToSend: turns - 1 });
  }
  return { interviewing, completed, growth };
}

/**
 * MEMORY USAGE of a completed case whose transcript is padded to 10 client turns with copies of
 * its own question-and-answer pairs, stored with the service's own codec under a new case id.
 */
async function tenTurnBytes(redis, finished) {
  const caseId = randomUUID();
  const [conv, orch] = cloneDocs(finished, caseId, TEMPLATE_USER);
  const document = decodeDocument(KEYS.conversation(caseId), conv);
  const [greeting, ...rest] = document.messages;
  const pairs = rest.slice(0, -2); // the last answer and the closing message stay last
  const messages = [greeting];
  for (let i = 0; pairs.length > 0 && messages.length < 1 + 2 * 9; i++) messages.push(...pairs.slice((2 * i) % pairs.length, ((2 * i) % pairs.length) + 2));
  messages.push(...rest.slice(-2));
  const padded = encodeDocument({ ...document, messages }, document.version, document.updatedAt);
  const keys = [KEYS.conversation(caseId), KEYS.orchestration(caseId)];
  await redis.pipeline().set(keys[0], padded, 'EX', TTL).set(keys[1], orch, 'EX', TTL).exec();
  const [conversation, orchestration] = await Promise.all(keys.map((key) => redis.memory('USAGE', key)));
  await redis.unlink(...keys);
  return { conversation, orchestration, clientTurns: messages.filter((m) => m.role === 'user').length };
}

/**
 * The template's documents under a new case id and user; with a `variant` (bench/lib/fresh-texts.cjs), the opening in the
 * conversation spelled as that variant spells it, so that a completing turn's second pass over the transcript reads it anew too.
 */
function cloneDocs(template, caseId, userId, variant = null) {
  const swap = (json) => json.split(template.caseId).join(caseId).split(`"userId":"${TEMPLATE_USER}"`).join(`"userId":"${userId}"`);
  return [withOpening(swap(template.conv), template, variant), swap(template.orch)];
}

/** `conv` with the template's opening in its `variant`'s spelling (none: as it is). */
function withOpening(conv, template, variant) {
  const opening = template.conversation?.opening;
  if (variant === null || opening === undefined) return conv;
  const stored = JSON.stringify(opening);
  if (!conv.includes(stored)) throw new Error(`fresh texts: the opening of ${template.conversation.id} is not in its template's conversation`);
  return conv.replace(stored, () => JSON.stringify(freshText(opening, variant)));
}

/** Defines the service's save and index scripts on `redis` (the API loads the same scripts by content). */
export function defineStateScripts(redis) {
  for (const { name, lua } of [SAVE_CASE_SCRIPT, INDEX_CASE_SCRIPT]) redis.defineCommand(name, { lua });
}

/**
 * `count` new cases cloned from `templates` (round-robin), written in pipelined batches by
 * `write(pipeline, item, [conversationJson, orchestrationJson], i)`. With `freshTexts`, each case takes the next
 * variant of its template (bench/lib/fresh-texts.cjs): its opening is stored, and its answers are sent, in that spelling.
 */
async function seedCases({ redis, templates, count, userOf, freshTexts = false }, write) {
  const items = [];
  for (let from = 0; from < count; from += BATCH) {
    const pipeline = redis.pipeline();
    for (let i = from; i < Math.min(count, from + BATCH); i++) {
      const template = templates[i % templates.length];
      const item = { caseId: randomUUID(), userId: userOf(i), template, variant: freshTexts ? variantOf(template) : null };
      write(pipeline, item, cloneDocs(template, item.caseId, item.userId, item.variant), i);
      items.push(item);
    }
    // A save script answers [1, versions...] when it stored the case.
    const failed = (await pipeline.exec()).find(([error, reply]) => error || (Array.isArray(reply) && reply[0] !== 1));
    if (failed) throw new Error(`seeding failed: ${failed[0]?.message ?? JSON.stringify(failed[1])}`);
  }
  return items;
}

/**
 * Cases saved as the service saves them (`defineStateScripts` first): the documents'
 * compare-and-set from nothing, then every index entry. `score(i)` is the activity time (ms) to index them at.
 */
export function seedApiCases({ score = () => Date.now(), ...options }) {
  return seedCases(options, (pipeline, { caseId, userId, template }, [conv, orch], i) => {
    const write = (json) => ({ op: 'write', expectedVersion: 0, json, ttlSeconds: TTL });
    const save = saveCaseCall(KEYS, { caseId, conversation: write(conv), orchestration: write(orch) });
    pipeline[SAVE_CASE_SCRIPT.name](save.keys.length, ...save.keys, ...save.args);
    const entry = { caseId, ownerId: userId, score: score(i), conversation: 'present', orchestration: { status: template.status, complexity: template.complexity }, mode: 'repair' };
    for (const [name, ...args] of indexCaseCommands(KEYS, entry)) pipeline[name](...args);
  });
}

/** The baseline's copy: one key per case holding both documents (same bytes, same shape). */
export function seedBaselineCases(options) {
  return seedCases(options, (pipeline, { caseId }, [conv, orch]) => {
    pipeline.set(baselineKey(caseId), `{"conversation":${conv},"orchestration":${orch}}`, 'EX', TTL);
  });
}

/** Removes seeded cases (documents and index entries) so that rounds start alike and memory stays flat. */
export async function dropCases({ redis, items, baseline }) {
  for (let from = 0; from < items.length; from += BATCH) {
    const pipeline = redis.pipeline();
    for (const { caseId, userId } of items.slice(from, from + BATCH)) {
      if (baseline) {
        pipeline.unlink(baselineKey(caseId));
        continue;
      }
      pipeline.unlink(KEYS.conversation(caseId), KEYS.orchestration(caseId));
      const bucket = KEYS.bucket(KEYS.bucketOf(caseId));
      for (const index of [bucket.conversations, bucket.orchestrations, ...Object.values(bucket.status), ...Object.values(bucket.complexity), KEYS.owner(userId)]) {
        pipeline.zrem(index, caseId);
      }
    }
    await pipeline.exec();
  }
}
