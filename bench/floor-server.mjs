#!/usr/bin/env node
// The API from dist/ with one change: an interview engine that does no work (lib/floor-app.mjs).
// Everything else is the production app: Fastify, auth, validation, logging, secure headers, the
// versioned save script with its indexes. The bench measures it beside the API and the bare
// baseline, so that a turn's cost splits into what the framework and the safety guarantees take
// and what the interview engine takes. `BENCH_FLOOR_OFF` switches guarantees off (lib/floor-app.mjs).
//   PORT=3002 REDIS_URL=redis://127.0.0.1:6390/0 AUTH_JWT_SECRET=... node bench/floor-server.mjs
import { createRequire } from 'node:module';
import { createFloorApp } from './lib/floor-app.mjs';

const require = createRequire(import.meta.url);
const { AppConfig } = require('../dist/libs/config/src');

const app = await createFloorApp();
await app.listen(app.get(AppConfig).port, '127.0.0.1');
