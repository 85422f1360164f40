// The printed report: figures, ratios to the baseline, targets, profile, delta to the last run.
import { printFlood } from './flood.mjs';
import { median } from './load.mjs';

const out = (line = '') => process.stdout.write(`${line}\n`);
const int = (n) => (n === null || n === undefined ? '-' : Math.round(n).toLocaleString('en-US'));
const ms = (n) => (n === null || n === undefined ? '-' : n < 10 ? n.toFixed(2) : n.toFixed(1));
const ratio = (a, b) => (a === null || b === null || !b ? null : a / b);
const x = (r) => (r === null ? '-' : `${r.toFixed(2)}x`);
const pad = (s, n) => String(s).padStart(n);
const MODE_TITLES = { none: 'Redis without persistence', aof: 'Redis with the shipped redis/redis.conf (AOF everysec + RDB)' };
const WORKLOAD_TITLES = { turn: 'turn', status: 'status', ready: 'ready' };

/** Issue 16's targets. */
const TARGETS = {
  turnThroughput: 0.4,
  turnP99: 2.5,
  floorThroughput: 0.5,
  floorP99: 2,
  roundTrips: 2,
  roundTripsLimited: 3,
  listingFlat: 1.5,
  bytes10Turns: 8 * 1024,
};

/** Prints everything; returns what makes the measurement itself unsound (exit code 1). */
export function printReport(report, previous) {
  const problems = [];
  const o = report.options;
  out();
  out(`litgo-triage bench, ${report.date}`);
  out(
    `${report.machine.cpus} CPU (${report.machine.cpuModel}), ${report.machine.memGb} GB, node ${report.machine.node}, redis ${report.machine.redis}; ` +
      `autocannon ${o.connections} connections, ${o.rounds} round(s) x ${o.turnSeconds} s (turns) / ${o.readSeconds} s (reads), A B alternating, medians of rounds; API LOG_LEVEL=${o.logLevel}`,
  );
  out('Server, load generator and redis-server share the machine. Ratios: server / baseline.');
  out('floor (turns only): the same API with an interview engine that does no work (bench/floor-server.mjs).');

  for (const [mode, workloads] of Object.entries(report.modes)) {
    out();
    out(MODE_TITLES[mode] ?? mode);
    out(`${'workload'.padEnd(8)} ${'server'.padEnd(8)} ${pad('req/s', 8)} ${pad('ratio', 6)} ${pad('p50 ms', 7)} ${pad('ratio', 6)} ${pad('p99 ms', 7)} ${pad('ratio', 6)} ${pad('CPU µs/req', 10)} ${pad('ratio', 6)} ${pad('redis µs/req', 12)} ${pad('non-2xx / requests', 20)}`);
    for (const [workload, servers] of Object.entries(workloads)) {
      const base = servers.baseline;
      for (const server of ['api', 'floor', 'baseline'].filter((name) => servers[name])) {
        const s = servers[server];
        const nonOk = `${int(s.non2xx)} / ${int(s.requests)}`;
        out(
          `${(server === 'api' ? WORKLOAD_TITLES[workload] : '').padEnd(8)} ${server.padEnd(8)} ${pad(int(s.rps), 8)} ${pad(x(ratio(s.rps, base.rps)), 6)} ${pad(ms(s.p50), 7)} ${pad(x(ratio(s.p50, base.p50)), 6)} ` +
            `${pad(ms(s.p99), 7)} ${pad(x(ratio(s.p99, base.p99)), 6)} ${pad(int(s.cpuUsPerReq), 10)} ${pad(x(ratio(s.cpuUsPerReq, base.cpuUsPerReq)), 6)} ${pad(int(s.redisCpuUsPerReq), 12)} ${pad(nonOk, 20)}`,
        );
        if (s.requests && (s.non2xx + s.errors) / s.requests > 0.01) problems.push(`${mode}/${workload}/${server}: ${s.non2xx} non-2xx and ${s.errors} errors of ${s.requests} (${JSON.stringify(s.statusCodes)})`);
        if (s.poolUsedUp) problems.push(`${mode}/${workload}/${server}: the case pool was used up in a round (turns on finished cases)`);
      }
    }
  }

  out();
  out('Redis per request: round trips and commands the server sent (counting proxy, sequential requests); commands Redis executed (INFO commandstats, scripts included)');
  for (const [workload, servers] of Object.entries(report.roundTrips)) {
    for (const server of ['api', 'limited', 'baseline'].filter((name) => servers[name])) {
      const r = servers[server];
      const executed = Object.entries(r.executedByCommand)
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
      out(`  ${(server === 'api' ? workload : '').padEnd(7)} ${server.padEnd(8)} ${pad(r.roundTripsPerRequest, 5)} round trips, sent ${pad(r.sentCommandsPerRequest, 5)} (${Object.entries(r.sentByCommand).map(([k, n]) => `${k} ${n}`).join(', ')}); executed ${r.executedCommandsPerRequest}: ${executed}`);
    }
  }
  for (const [mode, workloads] of Object.entries(report.modes)) {
    const c = workloads.turn.api.redisCommandsPerRequest;
    const total = Object.values(c).reduce((s, n) => s + n, 0);
    out(`  under load (${mode}): a turn executed ${total.toFixed(2)} commands: ${Object.entries(c).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }

  out();
  out('Bytes in Redis per case (MEMORY USAGE of both keys): each conversation through the real API to its completion,');
  out('then the same case with its transcript padded to 10 client turns with its own questions and answers');
  const bytes = report.bytesPerCase;
  for (const b of bytes) {
    out(`  ${b.id.padEnd(22)} ${b.turns} turns${b.completed ? ' (completed)' : ''}: ${int(b.atEnd)} B (conversation ${int(b.conversation)}, orchestration ${int(b.orchestration)}); +${int(b.perInterviewTurn)} B per interview turn; padded to 10 turns ${int(b.tenTurns)} B`);
  }
  const maxTurns = Math.max(...bytes.map((b) => b.turns));
  const max10 = Math.max(...bytes.map((b) => b.tenTurns));

  let listingRatios = null;
  if (report.listing.length) {
    out();
    out('Listing (ConversationStateManager.listActiveConversations({limit: 50}), in a fresh process) and GET /api/v2/triage/stats, one call at a time, ms; one redis-server per size, medians of rounds');
    out(`  ${pad('cases', 10)} ${pad('keys', 10)} ${pad('MB', 6)} ${pad('first p50', 9)} ${pad('p99', 7)} ${pad('middle p50', 10)} ${pad('p99', 7)} ${pad('stats p50', 9)} ${pad('p99', 7)}`);
    for (const r of report.listing) {
      out(`  ${pad(int(r.cases), 10)} ${pad(int(r.keys), 10)} ${pad(int(r.usedMemoryMb), 6)} ${pad(ms(r.listFirstPage.p50), 9)} ${pad(ms(r.listFirstPage.p99), 7)} ${pad(ms(r.listMiddlePage.p50), 10)} ${pad(ms(r.listMiddlePage.p99), 7)} ${pad(ms(r.stats.p50), 9)} ${pad(ms(r.stats.p99), 7)}`);
    }
    const [small, large] = [report.listing[0], report.listing.at(-1)];
    listingRatios = {
      first: ratio(large.listFirstPage.p50, small.listFirstPage.p50),
      middle: ratio(large.listMiddlePage.p50, small.listMiddlePage.p50),
      stats: ratio(large.stats.p50, small.stats.p50),
    };
    out(`  largest / smallest (p50): first page ${x(listingRatios.first)}, middle page ${x(listingRatios.middle)}, stats ${x(listingRatios.stats)}`);
  }

  out();
  out('Targets');
  const verdict = (ok) => (ok === null ? 'n/a ' : ok ? 'MET ' : 'MISS');
  for (const [mode, workloads] of Object.entries(report.modes)) {
    const t = workloads.turn;
    const thr = ratio(t.api.rps, t.baseline.rps);
    const p99 = ratio(t.api.p99, t.baseline.p99);
    out(`  ${verdict(thr === null ? null : thr >= TARGETS.turnThroughput)} turn throughput >= ${TARGETS.turnThroughput}x baseline (${mode}): ${x(thr)}`);
    out(`  ${verdict(p99 === null ? null : p99 <= TARGETS.turnP99)} turn p99 <= ${TARGETS.turnP99}x baseline p99 (${mode}): ${x(p99)} (${ms(t.api.p99)} vs ${ms(t.baseline.p99)} ms)`);
    if (t.floor) {
      const floorThr = ratio(t.floor.rps, t.baseline.rps);
      const floorP99 = ratio(t.floor.p99, t.baseline.p99);
      out(`  ${verdict(floorThr >= TARGETS.floorThroughput)} floor (no engine work) throughput >= ${TARGETS.floorThroughput}x baseline (${mode}): ${x(floorThr)}`);
      out(`  ${verdict(floorP99 <= TARGETS.floorP99)} floor p99 <= ${TARGETS.floorP99}x baseline p99 (${mode}): ${x(floorP99)}; ${int(t.floor.cpuUsPerReq)} µs CPU per turn (API ${int(t.api.cpuUsPerReq)}, baseline ${int(t.baseline.cpuUsPerReq)})`);
    }
  }
  const rt = report.roundTrips.turn.api.roundTripsPerRequest;
  out(`  ${verdict(rt <= TARGETS.roundTrips)} <= ${TARGETS.roundTrips} Redis round trips per turn, rate limits off: ${rt}`);
  const rtLimited = report.roundTrips.turn.limited?.roundTripsPerRequest;
  if (rtLimited !== undefined) out(`  ${verdict(rtLimited <= TARGETS.roundTripsLimited)} <= ${TARGETS.roundTripsLimited} Redis round trips per turn, rate limits on (the default): ${rtLimited}`);
  if (listingRatios) {
    const span = `${int(report.listing[0].cases)} -> ${int(report.listing.at(-1).cases)} cases`;
    out(`  ${verdict(listingRatios.first <= TARGETS.listingFlat && listingRatios.middle <= TARGETS.listingFlat)} listing flat within ${TARGETS.listingFlat}x, ${span}: first page ${x(listingRatios.first)}, middle page ${x(listingRatios.middle)}`);
    out(`  ${verdict(listingRatios.stats <= TARGETS.listingFlat)} stats flat within ${TARGETS.listingFlat}x, ${span}: ${x(listingRatios.stats)}`);
  } else {
    out('  n/a  listing and stats: not measured (--no-listing)');
  }
  out(
    `  ${verdict(max10 <= TARGETS.bytes10Turns)} <= ${int(TARGETS.bytes10Turns)} B per 10-turn case: largest ${int(max10)} B ` +
      `(completed cases padded to 10 client turns; the engine itself completes these conversations in <= ${maxTurns})`,
  );

  if (report.profile) {
    const p = report.profile;
    out();
    out(`CPU profile of the ${p.server === 'floor' ? 'floor' : 'API'} during the turn load (${p.windowed ? 'load window only' : 'whole process run'}: ${int(p.busyMs)} ms busy, ${p.idlePct}% idle; ${int(p.rpsWhileProfiled)} turns/s while profiled)`);
    out('  self time by package:');
    for (const f of p.topPackages) out(`    ${pad(f.pctOfBusy.toFixed(1), 5)}%  ${f.name}`);
    out('  top functions by self time:');
    for (const f of p.topFunctions) out(`    ${pad(f.pctOfBusy.toFixed(1), 5)}%  ${f.name}`);
    out('  app functions by inclusive time (self + callees):');
    for (const f of p.appInclusive ?? []) out(`    ${pad(f.pctOfBusy.toFixed(1), 5)}%  ${f.name}`);
  }

  if (report.flood) problems.push(...printFlood(report.flood));
  if (previous) printDelta(report, previous);
  return problems;
}

function printDelta(now, before) {
  out();
  out(`Change since the previous run (${before.date})`);
  const rows = [];
  const pct = (a, b) => (a === null || b === null || a === undefined || b === undefined || !b ? null : ((a - b) / b) * 100);
  for (const [mode, workloads] of Object.entries(now.modes)) {
    for (const [workload, servers] of Object.entries(workloads)) {
      for (const [server, s] of Object.entries(servers)) {
        const b = before.modes?.[mode]?.[workload]?.[server];
        if (!b) continue;
        for (const k of ['rps', 'p50', 'p99', 'cpuUsPerReq']) rows.push([`${mode} ${workload} ${server} ${k}`, b[k], s[k]]);
      }
    }
  }
  for (const r of now.listing ?? []) {
    const b = (before.listing ?? []).find((x) => x.cases === r.cases);
    if (b) {
      rows.push([`listing ${r.cases} first page p50`, b.listFirstPage.p50, r.listFirstPage.p50]);
      rows.push([`stats ${r.cases} p50`, b.stats.p50, r.stats.p50]);
    }
  }
  if (before.flood && now.flood) rows.push(["flood: reader's p99 ratio", before.flood.reader.p99Ratio, now.flood.reader.p99Ratio]);
  const rt = before.roundTrips?.turn?.api?.roundTripsPerRequest;
  if (rt !== undefined) rows.push(['round trips per turn', rt, now.roundTrips.turn.api.roundTripsPerRequest]);
  for (const [label, b, a] of rows) {
    const d = pct(a, b);
    out(`  ${label.padEnd(36)} ${pad(typeof b === 'number' ? (b >= 100 ? int(b) : ms(b)) : '-', 9)} -> ${pad(typeof a === 'number' ? (a >= 100 ? int(a) : ms(a)) : '-', 9)}  ${d === null ? '' : `${d >= 0 ? '+' : ''}${d.toFixed(1)}%`}`);
  }
}

/** Per mode, workload and server: medians of the rounds, totals of non-2xx and of Redis commands. */
export function summarizeModes(resultsByMode) {
  const modes = {};
  for (const [mode, results] of Object.entries(resultsByMode)) {
    modes[mode] = {};
    for (const [workload, servers] of Object.entries(results)) {
      modes[mode][workload] = {};
      for (const [server, runs] of Object.entries(servers)) {
        const commands = {};
        const statusCodes = {};
        let answered = 0;
        for (const r of runs) {
          answered += r.answered;
          for (const [k, n] of Object.entries(r.commands ?? {})) commands[k] = (commands[k] ?? 0) + n;
          for (const [code, { count }] of Object.entries(r.statusCodes ?? {})) statusCodes[code] = (statusCodes[code] ?? 0) + count;
        }
        modes[mode][workload][server] = {
          rps: median(runs.map((r) => r.rps)),
          p50: median(runs.map((r) => r.p50)),
          p99: median(runs.map((r) => r.p99)),
          cpuUsPerReq: median(runs.map((r) => r.cpuUsPerReq)),
          redisCpuUsPerReq: median(runs.map((r) => r.redisCpuUsPerReq)),
          requests: answered,
          non2xx: runs.reduce((s, r) => s + r.non2xx, 0),
          errors: runs.reduce((s, r) => s + r.errors + r.timeouts, 0),
          statusCodes,
          redisCommandsPerRequest: Object.fromEntries(Object.entries(commands).map(([k, n]) => [k, Math.round((n / answered) * 100) / 100])),
          poolUsedUp: runs.some((r) => r.pool?.exhausted > 0),
          rounds: runs.map((r) => ({ rps: Math.round(r.rps), p50: r.p50, p99: r.p99, cpuUsPerReq: Math.round(r.cpuUsPerReq), non2xx: r.non2xx, pool: r.pool })),
        };
      }
    }
  }
  return modes;
}

/**
 * Bytes of both keys of each template conversation at its end, its mean growth per interview
 * turn (the completing turn, which adds the result, excluded), and padded to 10 client turns.
 */
export function bytesPerCase(growth) {
  return growth.map(({ id, turns, completed, bytesByTurn, tenTurns }) => {
    const total = (b) => b.conversation + b.orchestration;
    const last = bytesByTurn.at(-1);
    const perTurn = turns > 2 ? (bytesByTurn.at(-2).conversation - bytesByTurn[1].conversation) / (turns - 2) : 0;
    return {
      id,
      turns,
      completed,
      atEnd: total(last),
      conversation: last.conversation,
      orchestration: last.orchestration,
      perInterviewTurn: Math.round(perTurn),
      tenTurns: total(tenTurns),
    };
  });
}
