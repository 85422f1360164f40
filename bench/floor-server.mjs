#!/usr/bin/env node
// The API from dist/ with one change: an interview engine that does no work (a fixed question,
// the facts unchanged, never complete). Everything else is the production app: Fastify, auth,
// validation, logging, secure headers, the versioned save script with its indexes. The bench
// measures it beside the API and the bare baseline, so that a turn's cost splits into what the
// framework and the safety guarantees take and what the interview engine takes.
//   PORT=3002 REDIS_URL=redis://127.0.0.1:6390/0 AUTH_JWT_SECRET=... node bench/floor-server.mjs
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Test } = require('@nestjs/testing');
const { AppConfig } = require('../dist/libs/config/src');
const { InterviewEngine, RuleBasedInterviewEngine } = require('../dist/libs/interview/src/engine');
const { AppModule } = require('../dist/apps/api/src/app.module');
const { API_APP_OPTIONS, configureApp, createFastifyAdapter } = require('../dist/apps/api/src/app.setup');

const REPLY = 'Certo, obrigado. Existe algum prazo correndo, audiência marcada ou notificação com data para responder?';

class NoWorkEngine extends RuleBasedInterviewEngine {
  continue(facts) {
    return { facts, reply: REPLY, complete: false, completionReason: null, complexity: 'medium', confidence: 0.5 };
  }
}

const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
  .overrideProvider(InterviewEngine)
  .useClass(NoWorkEngine)
  .compile();
const app = moduleRef.createNestApplication(createFastifyAdapter(), { ...API_APP_OPTIONS, logger: false });
await configureApp(app);
await app.listen(app.get(AppConfig).port, '127.0.0.1');
