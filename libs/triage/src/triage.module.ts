import { Module } from '@nestjs/common';
import { InterviewModule } from '@app/interview';
import { MetricsModule } from '@app/metrics';
import { StateModule } from '@app/state';
import { IntelligentTriageOrchestrator } from './intelligent-triage.orchestrator';
import { TriageController } from './triage.controller';
import { TriageStrategyService } from './triage-strategy.service';

@Module({
  imports: [StateModule, InterviewModule, MetricsModule],
  controllers: [TriageController],
  providers: [IntelligentTriageOrchestrator, TriageStrategyService],
  exports: [IntelligentTriageOrchestrator],
})
export class TriageModule {}
