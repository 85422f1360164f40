import { Module } from '@nestjs/common';
import { InterviewModule } from '@app/interview';
import { StateModule } from '@app/state';
import { IntelligentTriageOrchestrator } from './intelligent-triage.orchestrator';
import { TriageController } from './triage.controller';
import { TriageStrategyService } from './triage-strategy.service';

@Module({
  imports: [StateModule, InterviewModule],
  controllers: [TriageController],
  providers: [IntelligentTriageOrchestrator, TriageStrategyService],
  exports: [IntelligentTriageOrchestrator],
})
export class TriageModule {}
