import {
  ComplexityReport,
  EngineTurn,
  InterviewEngine,
  InterviewFacts,
  STRATEGY_BY_COMPLEXITY,
  TranscriptAnalysis,
  TriageData,
  TriageReadings,
} from '../libs/interview/src/engine';

/** The time one turn took, in µs; a completing turn includes the engine's share of building the result. */
export interface TurnCost {
  micros: number;
  completing: boolean;
}

function nowMicros(): number {
  return Number(process.hrtime.bigint()) / 1000;
}

/**
 * Wraps an engine and records what each turn costs, as the server spends it: `continue`, and on
 * the completing turn also the engine work of the result (`TriageStrategyService`: triage data and
 * the complexity report, and for failover and ensemble the second pass and its triage data, of which failover takes the readings alone).
 */
export class TimedEngine implements InterviewEngine {
  readonly costs: TurnCost[] = [];
  private messages: string[] = [];

  constructor(private readonly engine: InterviewEngine) {}

  greeting(): string {
    return this.engine.greeting();
  }

  initialFacts(): InterviewFacts {
    return this.engine.initialFacts();
  }

  continue(facts: InterviewFacts, userMessage: string, now?: Date): EngineTurn {
    if (facts.clientMessages === 0) this.messages = [];
    this.messages.push(userMessage);
    const start = nowMicros();
    const turn = this.engine.continue(facts, userMessage, now);
    if (turn.complete) this.buildResult(turn);
    this.costs.push({ micros: nowMicros() - start, completing: turn.complete });
    return turn;
  }

  complexityReport(facts: InterviewFacts): ComplexityReport {
    return this.engine.complexityReport(facts);
  }

  triageData(facts: InterviewFacts): TriageData {
    return this.engine.triageData(facts);
  }

  triageReadings(facts: InterviewFacts): TriageReadings {
    return this.engine.triageReadings(facts);
  }

  analyzeTranscript(userMessages: string[]): TranscriptAnalysis {
    return this.engine.analyzeTranscript(userMessages);
  }

  private buildResult(turn: EngineTurn): void {
    this.engine.triageData(turn.facts);
    this.engine.complexityReport(turn.facts);
    const strategy = STRATEGY_BY_COMPLEXITY[turn.complexity];
    if (strategy === 'simple') return;
    const second = this.engine.analyzeTranscript(this.messages).facts;
    if (strategy === 'failover') this.engine.triageReadings(second);
    else this.engine.triageData(second);
  }
}
