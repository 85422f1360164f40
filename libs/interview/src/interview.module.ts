import { Module } from '@nestjs/common';
import { MetricsModule } from '@app/metrics';
import { StateModule } from '@app/state';
import { InterviewEngine, RuleBasedInterviewEngine } from './engine';
import { IntelligentInterviewerService } from './intelligent-interviewer.service';
import { HybridTurnRunner } from './llm/hybrid-turn.runner';
import { ModelInterviewer } from './llm/model-interviewer';

/** The interview: the deterministic Portuguese engine behind `IntelligentInterviewerService`, and the optional model beside it. */
@Module({
  imports: [StateModule, MetricsModule],
  providers: [IntelligentInterviewerService, HybridTurnRunner, ModelInterviewer, { provide: InterviewEngine, useClass: RuleBasedInterviewEngine }],
  exports: [IntelligentInterviewerService],
})
export class InterviewModule {}
