#!/usr/bin/env node
// Times ConversationStateManager listing in a process of its own, so that the bench's seeding
// (millions of objects on its heap) does not weigh on the figures. Prints JSON on stdout.
//   node bench/lib/listing-probe.mjs REDIS_URL PREFIX CURSOR SAMPLES
import { openStateManager, timed } from './listing.mjs';

/** Untimed calls first, so that every size is timed with the code optimised alike. */
const WARMUP = 100;
const [redisUrl, prefix, cursor, samples] = process.argv.slice(2);
const state = await openStateManager(redisUrl, prefix);
try {
  const first = await timed(() => state.manager.listActiveConversations({ limit: 50 }), WARMUP, Number(samples));
  const deep = await timed(() => state.manager.listActiveConversations({ limit: 50, cursor }), WARMUP, Number(samples));
  const page = await state.manager.listActiveConversations({ limit: 50 });
  process.stdout.write(JSON.stringify({ first, deep, pageItems: page.items.length }));
} finally {
  await state.close();
}
