import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppConfig } from '../libs/config/src/app-config';
import { EngineTurn, forgetAllMemoized, InterviewEngine, InterviewFacts, RuleBasedInterviewEngine } from '../libs/interview/src/engine';
import { IntelligentInterviewerService } from '../libs/interview/src/intelligent-interviewer.service';
import { HybridTurnRunner } from '../libs/interview/src/llm/hybrid-turn.runner';
import { ModelInterviewer } from '../libs/interview/src/llm/model-interviewer';
import { ConversationState, OrchestrationState } from '../libs/state/src/case-state';
import { decodeDocument, encodeDocument } from '../libs/state/src/document-codec';
import { TriageStrategyService } from '../libs/triage/src/triage-strategy.service';
import { toStoredResult } from '../libs/triage/src/triage-result';

/**
 * Where the engine's share of a server turn goes (API minus floor in `npm run bench`), in process:
 * the bench's own conversations (bench/conversations.mjs), the turns the bench sends (each answer
 * after the opening, up to the completing one), each done as the server does it: the interviewer
 * service's turn (stored facts decoded, the engine's `continue`, facts encoded), on the completing
 * turn the result (`TriageStrategyService.buildResult`, as the orchestrator stores it), and both
 * documents through the state codec, beside the floor's documents (facts unchanged, no result).
 * Parts: each turn's fastest pass, mean over turns. `cpu/turn`: the process's CPU for a whole pass
 * (GC included) over its turns, median of the passes, for the server's work and the floor's; less
 * each case's start and opening, which the bench seeds into Redis before it times turns (counted
 * in, they were about a third of the pass's CPU: 1,199-1,307 µs a turn instead of 798-810).
 * Usage: node --single-threaded -r tsconfig-paths/register node_modules/.bin/ts-node --swc
 *   bench/engine-split.ts [--passes=21] [--warmup=5] [--fresh]
 * Instructions per turn: `--only=turn` (or `--only=floor`) runs just that work, untimed; under
 * `valgrind --tool=callgrind` with two `--passes`, the difference of the totals over the difference
 * of the turns (the run prints how many a pass) is the instructions per turn, immune to the machine's load. Give node
 * `--predictable --hash-seed=1 --random-seed=1` too: without them, GC and hashing differ from run
 * to run and the figure moves by up to ~0.5 M instructions a turn.
 * `--fresh` empties every memo before each pass, so each message is new to the engine, as a client's is to a server (as
 * `bench:engine` does); without it, every pass after the first reads texts the engine remembers (tokens, folded text, phrase
 * matches, sentence readings), as the API bench's server does with `--repeat-texts` (by default each of its cases sends its own
 * spelling of the conversation: bench/lib/fresh-texts.cjs).
 */
type Part = 'continue' | 'serviceTurn' | 'buildResult' | 'documents' | 'floorDocuments';
const PARTS: Part[] = ['continue', 'serviceTurn', 'buildResult', 'documents', 'floorDocuments'];
const NOW = new Date('2026-03-11T14:00:00Z');

interface BenchConversation {
  opening: string;
  answers: string[];
}

/** The engine, with the time of its last `continue` kept. */
class TimedContinue extends RuleBasedInterviewEngine {
  lastMicros = 0;

  override continue(facts: InterviewFacts, message: string, now?: Date): EngineTurn {
    const start = process.hrtime.bigint();
    const turn = super.continue(facts, message, now);
    this.lastMicros = Number(process.hrtime.bigint() - start) / 1000;
    return turn;
  }
}

const engine = new TimedContinue();
const disabledModel = { enabled: false } as ModelInterviewer;
const interviewer = new IntelligentInterviewerService(engine as InterviewEngine, null as never, new HybridTurnRunner(disabledModel, {} as AppConfig));
const strategies = new TriageStrategyService(interviewer);

/** The floor server's engine (bench/lib/floor-app.mjs): a fixed question, the facts unchanged, never complete. */
class NoWorkEngine extends RuleBasedInterviewEngine {
  override continue(facts: InterviewFacts): EngineTurn {
    return { facts, reply: 'Existe algum prazo correndo?', complete: false, completionReason: null, complexity: 'medium', confidence: 0.5 };
  }
}
const floorInterviewer = new IntelligentInterviewerService(new NoWorkEngine(), null as never, new HybridTurnRunner(disabledModel, {} as AppConfig));

function micros(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1000;
}

/** Both documents through the codec, as a turn reads and saves them. */
function roundTrip(conversation: ConversationState, orchestration: OrchestrationState): void {
  for (const document of [conversation, orchestration]) decodeDocument('key', encodeDocument(document, document.version + 1, document.updatedAt));
}

/** One case through the bench's turns: per turn sent, the µs of each part (the floor's, or the others). */
async function playCase(conversation: BenchConversation, floor: boolean): Promise<Array<Record<Part, number>>> {
  const service = floor ? floorInterviewer : interviewer;
  const seeding = process.cpuUsage();
  let current = service.startConversation('user', 'case', NOW);
  const orchestration = { version: 0, schemaVersion: 2, caseId: 'case', userId: 'user', status: 'interviewing', result: null } as unknown as OrchestrationState;
  const messages = [conversation.opening, ...conversation.answers].slice(0, floor ? (turnsOf.get(conversation) ?? 0) + 1 : undefined);
  const turns: Array<Record<Part, number>> = [];
  for (const [index, message] of messages.entries()) {
    const cost = { continue: 0, serviceTurn: 0, buildResult: 0, documents: 0, floorDocuments: 0 };
    let begin = process.hrtime.bigint();
    current = (await service.continueConversation(current, message, NOW)).conversation;
    if (!floor) [cost.serviceTurn, cost.continue] = [micros(begin), engine.lastMicros];
    let stored = orchestration;
    begin = process.hrtime.bigint();
    if (current.isComplete) stored = { ...orchestration, result: toStoredResult(strategies.buildResult(current, NOW)) as never };
    cost.buildResult = current.isComplete ? micros(begin) : 0;
    begin = process.hrtime.bigint();
    roundTrip(current, stored);
    cost[floor ? 'floorDocuments' : 'documents'] = micros(begin);
    if (index > 0) turns.push(cost);
    else seedingCpu += cpuMicros(process.cpuUsage(seeding)); // the bench sends the opening while seeding
    if (current.isComplete) break;
  }
  if (!floor) turnsOf.set(conversation, turns.length);
  return turns;
}

/** CPU µs of the current pass's seeding (each case's start and opening). */
let seedingCpu = 0;
const cpuMicros = ({ user, system }: NodeJS.CpuUsage) => user + system;

/** Turns the bench sends each conversation (the floor never completes, so it is sent as many). */
const turnsOf = new Map<BenchConversation, number>();

/** One pass over every conversation: the turns' parts and the process's CPU µs for the pass. */
async function pass(conversations: BenchConversation[], floor: boolean, fresh: boolean): Promise<{ turns: Array<Record<Part, number>>; cpu: number }> {
  if (fresh) forgetAllMemoized();
  const before = process.cpuUsage();
  seedingCpu = 0;
  const turns: Array<Record<Part, number>> = [];
  for (const c of conversations) turns.push(...(await playCase(c, floor)));
  return { turns, cpu: cpuMicros(process.cpuUsage(before)) - seedingCpu };
}

async function main(argv: string[]): Promise<void> {
  const flag = (name: string, fallback: number) => Number(argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
  const [passes, warmup] = [flag('passes', 21), flag('warmup', 5)];
  const only = argv.find((a) => a.startsWith('--only='))?.split('=')[1];
  const fresh = argv.includes('--fresh');
  const url = pathToFileURL(path.resolve(__dirname, 'conversations.mjs')).href;
  // A dynamic import the compiler leaves alone (it would turn `import()` into `require`, which cannot load ES modules).
  const { CONVERSATIONS } = (await new Function('url', 'return import(url)')(url)) as { CONVERSATIONS: BenchConversation[] };
  const fastest: Array<Record<Part, number>> = [];
  const cpu = { turn: [] as number[], floor: [] as number[] };
  const raw: Array<Record<Part, number>> = [];
  for (let i = 0; i < warmup + passes; i++) {
    if (only) {
      const { turns } = await pass(CONVERSATIONS, only === 'floor', fresh); // instruction counts only: see the usage above
      if (i === 0) process.stdout.write(`engine-split --only=${only}: ${turns.length} turns a pass\n`);
      continue;
    }
    const [full, floor] = [await pass(CONVERSATIONS, false, fresh), await pass(CONVERSATIONS, true, fresh)];
    if (i < warmup) continue;
    full.turns.forEach((turn, t) => {
      const both = { ...turn, floorDocuments: floor.turns[t].floorDocuments };
      raw.push(both);
      PARTS.forEach((part) => ((fastest[t] ??= both)[part] = Math.min(fastest[t][part], both[part])));
    });
    cpu.turn.push(full.cpu / full.turns.length);
    cpu.floor.push(floor.cpu / floor.turns.length);
  }
  if (only) return;
  const completing = fastest.map((turn) => turn.buildResult > 0);
  const mean = (rows: Array<Record<Part, number>>, part: Part) => rows.reduce((sum, row) => sum + row[part], 0) / rows.length;
  const line = (label: string, rows: Array<Record<Part, number>>) =>
    label.padEnd(18) + String(rows.length).padStart(6) + PARTS.map((part) => mean(rows, part).toFixed(1).padStart(15)).join('');
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  process.stdout.write(
    [
      `engine-split: ${CONVERSATIONS.length} bench conversations, ${passes} passes after ${warmup} warm-up${fresh ? ', memos emptied each pass' : ''}; turns per pass ${fastest.length}`,
      `mean µs per turn of each part, each turn's fastest pass (serviceTurn includes continue)`,
      ''.padEnd(18) + 'turns'.padStart(6) + PARTS.map((part) => part.padStart(15)).join(''),
      line('all turns', fastest),
      line('completing turns', fastest.filter((_, t) => completing[t])),
      line('other turns', fastest.filter((_, t) => !completing[t])),
      line('raw (every pass)', raw),
      `cpu/turn (median pass, GC included): turn ${median(cpu.turn).toFixed(1)} µs, floor ${median(cpu.floor).toFixed(1)} µs, difference ${(median(cpu.turn) - median(cpu.floor)).toFixed(1)} µs`,
      '',
    ].join('\n'),
  );
}

void main(process.argv.slice(2));
