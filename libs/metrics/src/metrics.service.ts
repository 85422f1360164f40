import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { AppConfig } from '@app/config';
import { HttpMetrics } from './http-metrics';
import { LiveStatsMetrics } from './live-stats-metrics';
import { ModelMetrics } from './model-metrics';
import { RedisMetrics } from './redis-metrics';
import { StateMetrics } from './state-metrics';
import { TriageMetrics } from './triage-metrics';

/**
 * The service's Prometheus registry (one per app, so tests can run several): Node's default
 * metrics (event-loop lag, heap, GC, handles) once `collectDefaults` is called, and the service's own, grouped by the layer that
 * records them. Every label takes values from a fixed set: no case id, user id or raw path.
 */
@Injectable()
export class MetricsService {
  /** False with `METRICS_ENABLED=false`: nothing is served and the HTTP and Redis timers are not attached. */
  readonly enabled: boolean;
  readonly registry = new Registry();
  readonly http = new HttpMetrics(this.registry);
  readonly redis = new RedisMetrics(this.registry);
  readonly state = new StateMetrics(this.registry);
  readonly triage = new TriageMetrics(this.registry);
  readonly live = new LiveStatsMetrics(this.registry);
  readonly model = new ModelMetrics(this.registry);

  private defaultsCollected = false;

  constructor(config: AppConfig) {
    this.enabled = config.metrics.enabled;
  }

  /** Adds Node's default metrics; the API server does, operator commands do not. */
  collectDefaults(): void {
    if (this.defaultsCollected) return;
    collectDefaultMetrics({ register: this.registry });
    this.defaultsCollected = true;
  }

  /** The exposition's content type. */
  get contentType(): string {
    return this.registry.contentType;
  }

  /** Every metric in the Prometheus text format. */
  render(): Promise<string> {
    return this.registry.metrics();
  }
}
