import { Module } from '@nestjs/common';
import { MetricsService } from './metrics.service';

/** Provides `MetricsService`; the API adds `MetricsServer` for a separate `METRICS_PORT`. */
@Module({
  providers: [MetricsService],
  exports: [MetricsService],
})
export class MetricsModule {}
