// `--floor-costs`: what each guarantee of the request path costs a turn. The baseline, the floor,
// floor servers each with one guarantee switched off, and one with all of them off, under the same
// turn load as the main turn rows, A B C ... each round (every other round C B A).
import { median, roundByRound } from './load.mjs';
import { httpGet, httpJson, startNodeServer } from './processes.mjs';

/**
 * One guarantee off per variant: through its own setting where the service has one (LOG_LEVEL,
 * METRICS_ENABLED), else through the bench's floor app (`BENCH_FLOOR_OFF`, lib/floor-app.mjs).
 * `probe`: what a request shows of it (see `probe`), checked before the rounds.
 */
const SWITCH_OFFS = {
  'request log': { env: { LOG_LEVEL: 'warn' } },
  'security headers': { off: 'headers', probe: 'headers' },
  'body validation': { off: 'validation', probe: 'validation' },
  'auth (token check)': { off: 'auth', probe: 'auth' },
  'index entries': { off: 'indexes' },
  'versioned save + indexes': { off: 'save' },
  metrics: { env: { METRICS_ENABLED: 'false' }, probe: 'metrics' },
  'engine CPU timer': { off: 'cpu-timer' },
};
/** Every switch-off at once; the plain save already drops the index entries. */
const ALL_OFF = Object.keys(SWITCH_OFFS).filter((name) => name !== 'index entries');

const envOf = (names) => ({
  ...Object.assign({}, ...names.map((name) => SWITCH_OFFS[name].env)),
  BENCH_FLOOR_OFF: names.map((name) => SWITCH_OFFS[name].off).filter(Boolean).join(','),
});

/** Which guarantees a request to the server shows as on. */
async function probe(server, auth) {
  const caseId = '00000000-0000-4000-8000-000000000000';
  const [live, anonymous, unknownField, metrics] = await Promise.all([
    httpGet(server.port, '/api/health/live'),
    httpGet(server.port, `/api/v2/triage/status/${caseId}`),
    httpJson(server.port, 'POST', '/api/v2/triage/continue', { case_id: caseId, message: 'oi', unknown: 1 }, auth('bench-probe')),
    httpGet(server.port, '/metrics'),
  ]);
  return {
    headers: live.headers['x-content-type-options'] !== undefined,
    auth: anonymous.status === 401,
    validation: unknownField.status === 400,
    metrics: metrics.status === 200,
  };
}

/**
 * Runs `rounds` rounds of `seconds` of turns against the baseline, the floor and each variant
 * (`runTurns(server, ctx, options)` is the main bench's turn run) and returns every round, the
 * summary and what makes the measurement unsound (a switch-off that did not take).
 */
export async function measureFloorCosts({ ctx, apiEnv, runTurns, auth, rounds, seconds, warmupSeconds, log }) {
  log(`\n== what each guarantee costs a floor turn: the floor with one switched off at a time (${rounds} round(s) of ${seconds} s)`);
  const variants = { baseline: { server: 'baseline', target: ctx.servers.baseline }, floor: { server: 'floor', target: ctx.servers.floor } };
  const started = [];
  const problems = [];
  try {
    for (const [name, names] of [...Object.keys(SWITCH_OFFS).map((n) => [`no ${n}`, [n]]), ['all off', ALL_OFF]]) {
      const env = { ...apiEnv, ...envOf(names) };
      const target = await startNodeServer({ name: `floor, ${name}`, script: 'bench/floor-server.mjs', env, readyPath: '/api/health/live' });
      started.push(target);
      variants[name] = { server: 'floor', target, names };
    }
    // The floor servers share one throughput estimate, which sizes their case pools: after the
    // warm-ups, that of the last and fastest (all off), so that no pool of theirs is refilled
    // during a round, whose seeding would load that round alone.
    const floorEstimate = { ...ctx.rpsEstimate };
    for (const [name, v] of Object.entries(variants)) {
      v.ctx = { ...ctx, rpsEstimate: v.server === 'baseline' ? { ...ctx.rpsEstimate } : floorEstimate };
      if (v.server === 'baseline') continue;
      const shown = await probe(v.target, auth);
      for (const [guarantee, on] of Object.entries(shown)) {
        const switchedOff = (v.names ?? []).some((n) => SWITCH_OFFS[n].probe === guarantee);
        if (on === switchedOff) problems.push(`floor costs/${name}: ${guarantee} is ${on ? 'on' : 'off'}, expected ${switchedOff ? 'off' : 'on'}`);
      }
    }
    for (const [name, v] of warmupSeconds > 0 ? Object.entries(variants) : []) {
      const w = await runTurns(v.server, v.ctx, { seconds: warmupSeconds, target: v.target, warmup: true });
      log(`  warm-up ${name}: ${Math.round(w.ok / w.seconds)} turns/s`);
    }
    const results = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
    for (let round = 1; round <= rounds; round++) {
      // Every other round in reverse (A B C, C B A, ...): a drift of the machine's load over a
      // round, and whatever a run leaves to the next, fall on every variant alike.
      const order = Object.entries(variants);
      if (round % 2 === 0) order.reverse();
      for (const [name, v] of order) {
        const r = await runTurns(v.server, v.ctx, { seconds, target: v.target });
        const commands = Object.values(r.commands ?? {}).reduce((s, n) => s + n, 0) / r.answered;
        results[name].push({
          rps: r.rps,
          p99: r.p99,
          cpuUsPerReq: r.cpuUsPerReq,
          redisCpuUsPerReq: r.redisCpuUsPerReq,
          commandsPerReq: commands,
          requests: r.answered,
          non2xx: r.non2xx,
          errors: r.errors + r.timeouts,
          poolUsedUp: r.pool.exhausted > 0,
        });
        log(
          `  round ${round} ${name.padEnd(28)}: ${Math.round(r.rps).toString().padStart(6)} turns/s, p99 ${r.p99?.toFixed(2)} ms, ` +
            `${Math.round(r.cpuUsPerReq)} µs API CPU, ${Math.round(r.redisCpuUsPerReq)} µs Redis CPU, ${commands.toFixed(1)} Redis commands per turn, non-2xx ${r.non2xx}`,
        );
      }
    }
    return { rounds: results, summary: summarize(results), problems };
  } finally {
    for (const server of started) await server.stop();
  }
}

/** Medians of the rounds; ratios and differences are medians of each round's side-by-side figures. */
function summarize(results) {
  const { baseline, floor } = results;
  const less = (a, b) => b - a;
  return Object.fromEntries(
    Object.entries(results).map(([name, rounds]) => {
      const of = (field) => median(rounds.map((r) => r[field]));
      const sum = (field) => rounds.reduce((s, r) => s + r[field], 0);
      return [
        name,
        {
          rps: of('rps'),
          p99: of('p99'),
          cpuUsPerTurn: of('cpuUsPerReq'),
          redisCpuUsPerTurn: of('redisCpuUsPerReq'),
          redisCommandsPerTurn: of('commandsPerReq'),
          rpsVsBaseline: roundByRound(rounds, baseline, 'rps'),
          p99VsBaseline: roundByRound(rounds, baseline, 'p99'),
          rpsVsFloor: roundByRound(rounds, floor, 'rps'),
          cpuSavedUs: roundByRound(rounds, floor, 'cpuUsPerReq', less),
          redisCpuSavedUs: roundByRound(rounds, floor, 'redisCpuUsPerReq', less),
          requests: sum('requests'),
          non2xx: sum('non2xx'),
          errors: sum('errors'),
          poolUsedUp: rounds.some((r) => r.poolUsedUp),
        },
      ];
    }),
  );
}

const out = (line = '') => process.stdout.write(`${line}\n`);
const pad = (s, n) => String(s).padStart(n);
const fmt = (n, digits = 0) => (n === null || n === undefined ? '-' : n.toFixed(digits));
const signed = (n) => (n === null || n === undefined ? '-' : `${n >= 0 ? '+' : ''}${n.toFixed(0)}`);

/** Prints the table; returns what makes the measurement unsound (as the main report does). */
export function printFloorCosts({ summary, problems }) {
  out();
  out('What each guarantee costs a floor turn (medians of rounds; ratios and savings: median of the rounds\' side-by-side figures)');
  out(
    `${'variant'.padEnd(30)} ${pad('turns/s', 8)} ${pad('vs base', 7)} ${pad('p99 ms', 7)} ${pad('vs base', 7)} ${pad('API µs', 7)} ${pad('Redis µs', 8)} ${pad('cmds', 5)} ` +
      `${pad('vs floor', 8)} ${pad('API µs saved', 12)} ${pad('Redis µs saved', 14)} ${pad('non-2xx / requests', 20)}`,
  );
  for (const [name, f] of Object.entries(summary)) {
    const isVariant = name !== 'baseline' && name !== 'floor';
    out(
      `${name.padEnd(30)} ${pad(fmt(f.rps), 8)} ${pad(`${fmt(f.rpsVsBaseline, 2)}x`, 7)} ${pad(fmt(f.p99, 1), 7)} ${pad(`${fmt(f.p99VsBaseline, 2)}x`, 7)} ` +
        `${pad(fmt(f.cpuUsPerTurn), 7)} ${pad(fmt(f.redisCpuUsPerTurn), 8)} ${pad(fmt(f.redisCommandsPerTurn, 1), 5)} ` +
        `${pad(isVariant ? `${fmt(f.rpsVsFloor, 2)}x` : '', 8)} ${pad(isVariant ? signed(f.cpuSavedUs) : '', 12)} ${pad(isVariant ? signed(f.redisCpuSavedUs) : '', 14)} ${pad(`${f.non2xx} / ${f.requests}`, 20)}`,
    );
  }
  out('API µs, Redis µs: CPU per turn of the server and of redis-server; cmds: commands Redis ran per turn (scripts\' inner ones included).');
  out('vs floor: throughput over the floor\'s; saved: the floor\'s CPU per turn minus the variant\'s. "all off": every switch-off at once (what is left is Node, Fastify, Nest and the state codec).');
  const all = [...problems];
  for (const [name, f] of Object.entries(summary)) {
    if (f.requests && (f.non2xx + f.errors) / f.requests > 0.01) all.push(`floor costs/${name}: ${f.non2xx} non-2xx and ${f.errors} errors of ${f.requests}`);
    if (f.poolUsedUp) all.push(`floor costs/${name}: the case pool was used up in a round (turns on finished cases)`);
  }
  return all;
}
