export { UNMATCHED_ROUTE } from './http-metrics';
export { LIVE_STATS_CACHE_MS, LiveStats } from './live-stats-metrics';
export * from './metrics-server';
export * from './metrics.module';
export * from './metrics.service';
export { SaveOutcome } from './state-metrics';
