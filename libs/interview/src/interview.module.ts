import { Module } from '@nestjs/common';
import { StateModule } from '@app/state';
import { InterviewEngine, RuleBasedInterviewEngine } from './engine';
import { IntelligentInterviewerService } from './intelligent-interviewer.service';

/** The interview: the deterministic Portuguese engine behind `IntelligentInterviewerService`. */
@Module({
  imports: [StateModule],
  providers: [IntelligentInterviewerService, { provide: InterviewEngine, useClass: RuleBasedInterviewEngine }],
  exports: [IntelligentInterviewerService],
})
export class InterviewModule {}
