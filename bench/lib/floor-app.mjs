// The floor: the API from dist/ with one change, an interview engine that does no work (a fixed
// question, the facts unchanged, never complete). Used by floor-server.mjs (the bench's third
// server) and floor-instructions.mjs (instructions per turn under callgrind).
//
// `BENCH_FLOOR_OFF` (read by the bench only, never by the service) switches guarantees off in this
// process, to measure what each costs (`node bench/run.mjs --floor-costs`): a comma-separated list
// of the names in SWITCH_OFFS. The request log and metrics have settings of their own
// (LOG_LEVEL=warn, METRICS_ENABLED=false), so they are not here.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Test } = require('@nestjs/testing');
const { InterviewEngine, RuleBasedInterviewEngine } = require('../../dist/libs/interview/src/engine');
const { AppModule } = require('../../dist/apps/api/src/app.module');
const { API_APP_OPTIONS, configureApp, createFastifyAdapter } = require('../../dist/apps/api/src/app.setup');

const REPLY = 'Certo, obrigado. Existe algum prazo correndo, audiência marcada ou notificação com data para responder?';

class NoWorkEngine extends RuleBasedInterviewEngine {
  continue(facts) {
    return { facts, reply: REPLY, complete: false, completionReason: null, complexity: 'medium', confidence: 0.5 };
  }
}

/**
 * Each switch-off, applied before the app is built. They replace the guarantee's own code in this
 * process (a module export, a method, a provider), so the rest of the request path is untouched.
 */
const SWITCH_OFFS = {
  /** The twelve helmet headers: the `onSend` hook sets an empty set (it still sets `x-request-id`). */
  headers: () => {
    const module = require('../../dist/apps/api/src/security-headers');
    module.securityHeaders = () => Object.freeze({});
  },
  /** The global ValidationPipe (class-transformer and class-validator) hands every argument on as it came. */
  validation: () => {
    const { ApiValidationPipe } = require('../../dist/apps/api/src/api-validation.pipe');
    ApiValidationPipe.prototype.transform = (value) => value;
  },
  /** The token check: the guard takes the caller from the token's `sub` without verifying it (decoded once per token). */
  auth: () => {
    const { AuthGuard } = require('../../dist/libs/auth/src/auth.guard');
    const users = new Map();
    const subOf = (header) => {
      try {
        return JSON.parse(Buffer.from(header.split('.')[1], 'base64url')).sub;
      } catch {
        return undefined;
      }
    };
    AuthGuard.prototype.canActivate = (context) => {
      const request = context.switchToHttp().getRequest();
      const header = request.headers.authorization ?? '';
      if (!users.has(header)) users.set(header, { id: subOf(header) ?? 'anonymous', isAdmin: false });
      request.user = users.get(header);
      return true;
    };
  },
  /** The index entries (listing, stats, the owner's cases): the compare-and-set save script alone. */
  indexes: (builder) => {
    const { CaseWriter } = require('../../dist/libs/state/src/case-writer');
    class UnindexedCaseWriter extends CaseWriter {
      // Without the index entry: the save script alone, no index step in its batch.
      save(write) {
        return super.save(write);
      }
    }
    builder.overrideProvider(CaseWriter).useClass(UnindexedCaseWriter);
  },
  /**
   * The versioned compare-and-set save and its indexes: both documents written with a plain SET EX
   * in one pipeline, as the baseline writes its one document (last writer wins, no index entries).
   */
  save: (builder) => {
    const { CaseWriter } = require('../../dist/libs/state/src/case-writer');
    class PlainCaseWriter extends CaseWriter {
      async save(write) {
        const keys = [this.keys.conversation(write.caseId), this.keys.orchestration(write.caseId)];
        const ops = [write.conversation, write.orchestration];
        await this.redis.batch(ops.map((op, i) => (op.op === 'write' ? ['set', keys[i], op.json, 'EX', op.ttlSeconds] : ['expire', keys[i], op.ttlSeconds])));
        const version = (op) => (op.op === 'write' ? op.expectedVersion + 1 : 0);
        return { saved: true, conversationVersion: version(ops[0]), orchestrationVersion: version(ops[1]) };
      }
    }
    builder.overrideProvider(CaseWriter).useClass(PlainCaseWriter);
  },
  /**
   * The per-turn engine CPU metric: the interviewer reads `process.cpuUsage()` (a getrusage call)
   * before and after the engine, whether metrics are served or not. Here it reads a constant.
   */
  'cpu-timer': () => {
    process.cpuUsage = () => ({ user: 0, system: 0 });
  },
};

/** The names `BENCH_FLOOR_OFF` accepts. */
export const FLOOR_SWITCH_OFFS = Object.keys(SWITCH_OFFS);

/** The production app, configured as main.ts does, with the no-work engine and `off` switched off; not listening yet. */
export async function createFloorApp(off = (process.env.BENCH_FLOOR_OFF ?? '').split(',').filter(Boolean)) {
  const unknown = off.filter((name) => !SWITCH_OFFS[name]);
  if (unknown.length) throw new Error(`BENCH_FLOOR_OFF: unknown ${unknown.join(', ')} (known: ${FLOOR_SWITCH_OFFS.join(', ')})`);
  const builder = Test.createTestingModule({ imports: [AppModule] }).overrideProvider(InterviewEngine).useClass(NoWorkEngine);
  for (const name of off) SWITCH_OFFS[name](builder);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication(createFastifyAdapter(), { ...API_APP_OPTIONS, logger: false });
  return configureApp(app);
}
