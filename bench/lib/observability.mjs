// What metrics and tracing cost a turn: the API with METRICS_ENABLED=false, with metrics (the
// default), and with metrics and tracing exported to a local OTLP/HTTP sink, in turn, A B C.
import { createServer } from 'node:http';
import { startNodeServer } from './processes.mjs';

const VARIANTS = {
  'metrics-off': { METRICS_ENABLED: 'false' },
  metrics: {},
  'metrics+tracing': { OTEL_EXPORTER_OTLP_ENDPOINT: null },
};

/** An OTLP/HTTP receiver that reads and drops every export (what a collector on loopback costs the API). */
async function startSink() {
  let exports = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => (exports++, res.writeHead(200, { 'content-type': 'application/json' }).end('{}')));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, exports: () => exports, stop: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * Runs `rounds` rounds of `seconds` of turns against each variant (same Redis, same pool sizing as
 * the main turn runs) and returns each variant's rounds and its median throughput and CPU per turn
 * as a ratio to metrics off.
 */
export async function measureObservability({ ctx, apiEnv, runTurns, rounds, seconds, log }) {
  log('\n== cost of metrics and tracing (turns; ratios to METRICS_ENABLED=false)');
  const sink = await startSink();
  const servers = {};
  try {
    for (const [name, extra] of Object.entries(VARIANTS)) {
      const env = { ...apiEnv, ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, v ?? sink.url])) };
      servers[name] = await startNodeServer({ name: `api ${name}`, script: 'dist/apps/api/src/main.js', env, readyPath: '/api/health/live' });
    }
    const results = Object.fromEntries(Object.keys(VARIANTS).map((name) => [name, []]));
    for (const name of Object.keys(VARIANTS)) await runTurns('api', ctx, { seconds: Math.min(seconds, 2), target: servers[name], warmup: true });
    for (let round = 1; round <= rounds; round++) {
      for (const name of Object.keys(VARIANTS)) {
        const r = await runTurns('api', ctx, { seconds, target: servers[name] });
        results[name].push({ rps: r.rps, p99: r.p99, cpuUsPerReq: r.cpuUsPerReq, non2xx: r.non2xx });
        log(`  round ${round} ${name.padEnd(16)}: ${Math.round(r.rps).toString().padStart(6)} turns/s, p99 ${r.p99?.toFixed(2)} ms, ${Math.round(r.cpuUsPerReq)} µs CPU/turn`);
      }
    }
    const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const of = (name, field) => median(results[name].map((r) => r[field]));
    const summary = Object.fromEntries(
      Object.keys(VARIANTS).map((name) => [
        name,
        {
          rps: Math.round(of(name, 'rps')),
          cpuUsPerTurn: Math.round(of(name, 'cpuUsPerReq')),
          throughputVsOff: Math.round((of(name, 'rps') / of('metrics-off', 'rps')) * 100) / 100,
          cpuVsOff: Math.round((of(name, 'cpuUsPerReq') / of('metrics-off', 'cpuUsPerReq')) * 100) / 100,
        },
      ]),
    );
    for (const [name, s] of Object.entries(summary)) log(`  ${name.padEnd(16)}: throughput x${s.throughputVsOff}, CPU per turn x${s.cpuVsOff} (vs metrics off)`);
    log(`  the OTLP sink received ${sink.exports()} export(s)`);
    return { rounds: results, summary, otlpExports: sink.exports() };
  } finally {
    for (const server of Object.values(servers)) await server.stop();
    await sink.stop();
  }
}
