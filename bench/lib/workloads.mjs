// The three request mixes the bench drives: triage turns, status reads, readiness.
import { freshText } from './fresh-texts.cjs';

/**
 * Hands out turns so that every request is valid: a small set of cases in flight (round-robin,
 * never the same case twice at once), each sent its conversation's next answer until the one
 * that completes it; then a fresh case from the pool takes its place.
 */
export class TurnFeed {
  /**
   * `refill(seeded)` (optional) seeds more cases: it is called, once at a time, when fewer than half of
   * the pool's first size are left unadmitted, and its cases are added to the pool, so that a
   * round faster than the estimate the pool was sized from does not use it up.
   */
  constructor(items, active, refill) {
    this.pool = items;
    this.refill = refill;
    this.lowWater = Math.ceil(items.length / 2);
    this.refilling = null;
    this.refills = 0;
    this.admitted = 0;
    this.queue = [];
    this.head = 0;
    this.retired = [];
    this.exhausted = 0;
    this.completions = 0;
    this.rejected = {};
    this.active = active;
    /** Response times (ms) of the turns that completed a case and of the others: the completing turn does the most work. */
    this.latencies = { completing: [], other: [] };
    for (let i = 0; i < active; i++) this.admit();
  }

  admit() {
    if (this.admitted < this.pool.length) this.queue.push({ ...this.pool[this.admitted++], next: 0 });
    if (this.refill && !this.refilling && this.pool.length - this.admitted < this.lowWater) {
      this.refilling = this.refill(this.pool.length).then((items) => {
        this.pool.push(...items);
        this.refills += items.length > 0 ? 1 : 0;
        this.refilling = null;
        // Admit the connections' share that found the pool empty meanwhile.
        while (this.queue.length - this.head < this.active && this.admitted < this.pool.length) this.admit();
      });
    }
  }

  take() {
    if (this.head < this.queue.length) {
      const item = this.queue[this.head++];
      if (this.head > 4096) {
        this.queue = this.queue.slice(this.head);
        this.head = 0;
      }
      return item;
    }
    // Pool used up: reuse a finished case (the API will answer 409, counted as non-2xx).
    this.exhausted++;
    return this.retired[this.exhausted % Math.max(1, this.retired.length)] ?? this.pool[0];
  }

  give(item, status, body, ms) {
    if (status >= 200 && status < 300) {
      item.next++;
      const completed = body.includes('"status":"completed"');
      if (completed) this.completions++;
      this.latencies[completed ? 'completing' : 'other'].push(ms);
      if (!completed && item.next < item.template.answersToSend) return void this.queue.push(item);
    } else {
      this.rejected[status] = (this.rejected[status] ?? 0) + 1;
    }
    this.retired.push(item);
    this.admit();
  }
}

export function turnRequest(feed, auth) {
  return {
    method: 'POST',
    path: '/api/v2/triage/continue',
    setupRequest: (request, context) => {
      const item = feed.take();
      context.item = item;
      // autocannon builds a connection's next request just before it sends it.
      context.sentAt = performance.now();
      const answers = item.template.conversation.answers;
      const answer = answers[Math.min(item.next, answers.length - 1)];
      // A case seeded with a variant sends its answers in that spelling: texts the server has not read (bench/lib/fresh-texts.cjs).
      const message = item.variant == null ? answer : freshText(answer, item.variant);
      return {
        ...request,
        headers: { 'content-type': 'application/json', ...auth(item.userId) },
        body: JSON.stringify({ case_id: item.caseId, message }),
      };
    },
    onResponse: (status, body, context) => feed.give(context.item, status, body, performance.now() - context.sentAt),
  };
}

export function statusRequest(items, auth) {
  let i = 0;
  return {
    method: 'GET',
    path: '/api/v2/triage/status/x',
    setupRequest: (request) => {
      const item = items[(i = (i + 7919) % items.length)];
      return { ...request, path: `/api/v2/triage/status/${item.caseId}`, headers: auth(item.userId) };
    },
  };
}

export function readyRequest() {
  return { method: 'GET', path: '/api/health/ready' };
}
