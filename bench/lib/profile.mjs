// Summary of a V8 .cpuprofile (from node --cpu-prof): self time by function and by package,
// restricted to a time window (the load) when it overlaps the profile.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ROOT } from './processes.mjs';

export function summarizeProfile(file, windowUs) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const selfUs = new Map();
  let t = profile.startTime;
  let total = 0;
  const [from, to] = windowUs ?? [-Infinity, Infinity];
  const windowed = windowUs && from < profile.endTime && to > profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const delta = profile.timeDeltas[i + 1] ?? 0;
    if (windowed && (t < from || t > to)) continue;
    selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + delta);
    total += delta;
  }
  const byFunction = new Map();
  const byPackage = new Map();
  let idle = 0;
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    if (functionName === '(idle)') {
      idle += us;
      continue;
    }
    const where = shortUrl(url);
    const fn = `${functionName || '(anonymous)'} ${where ? `${where}:${lineNumber + 1}` : ''}`.trim();
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    const pkg = packageOf(functionName, url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  }
  // Inclusive time of the app's own functions (dist/): where a turn's CPU goes, top down.
  const inclusive = new Map();
  for (const [id, us] of selfUs) {
    if (nodes.get(id).callFrame.functionName === '(idle)') continue;
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const { functionName, url, lineNumber } = nodes.get(cur).callFrame;
      if (!url.includes('/dist/')) continue;
      const fn = `${functionName || '(anonymous)'} ${shortUrl(url)}:${lineNumber + 1}`;
      if (seen.has(fn)) continue;
      seen.add(fn);
      inclusive.set(fn, (inclusive.get(fn) ?? 0) + us);
    }
  }
  const busy = total - idle;
  const top = (map, n) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000), pctOfBusy: Math.round((us / busy) * 1000) / 10 }));
  return {
    windowed: Boolean(windowed),
    sampledMs: Math.round(total / 1000),
    busyMs: Math.round(busy / 1000),
    idlePct: Math.round((idle / total) * 1000) / 10,
    topFunctions: top(byFunction, 20),
    topPackages: top(byPackage, 14),
    appInclusive: top(inclusive, 16),
  };
}

function shortUrl(url) {
  if (!url) return '';
  const path = url.startsWith('file://') ? url.slice(7) : url;
  return path.startsWith(ROOT) ? relative(ROOT, path) : path;
}

/** node_modules/<pkg>, dist/libs/<lib>, dist/apps/<app>, node internals, or V8's own buckets. */
function packageOf(functionName, url) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native/V8)';
  const path = url.startsWith('file://') ? url.slice(7) : url;
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const dist = /\/dist\/(libs|apps)\/([^/]+)\//.exec(path);
  if (dist) return `app: ${dist[1]}/${dist[2]}`;
  if (path.startsWith('node:')) return 'node core';
  return path;
}
