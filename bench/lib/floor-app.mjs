// The floor: the API from dist/ with one change, an interview engine that does no work (a fixed
// question, the facts unchanged, never complete). Used by floor-server.mjs (the bench's third
// server) and floor-instructions.mjs (instructions per turn under callgrind).
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

/** The production app, configured as main.ts does, with the no-work engine; not listening yet. */
export async function createFloorApp() {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(InterviewEngine)
    .useClass(NoWorkEngine)
    .compile();
  const app = moduleRef.createNestApplication(createFastifyAdapter(), { ...API_APP_OPTIONS, logger: false });
  return configureApp(app);
}
