export * from './interview-engine.constants';
export * from './interview-engine.types';
export { InterviewEngine } from './interview.engine';
export { RuleBasedInterviewEngine } from './rule-based-interview.engine';
export { describeComplexity } from './classifiers/complexity.classifier';
export { copyFacts } from './interview/facts.accumulator';
export { withReview, ReviewContext } from './triage/review.assessor';
export { forgetAllMemoized, keptMemoizedTexts } from './text/memoized';
