import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { resolve } from 'node:path';
import { loadCases } from '../eval/case-loader';
import { urgencyInBand } from '../eval/eval-scorer';
import { createApiApp, testConfig } from './test-app';
import { TriageClient } from './triage-client';

const CASES = loadCases([resolve(__dirname, '../eval/cases/repo-cases.json')]);

/**
 * One case (5%) below what the API reached on the repository narratives when this was written
 * (area 85%, complexity 70%, urgency in band 100%), so that a regression of two cases fails.
 */
const FLOORS = { area: 0.8, complexity: 0.65, urgency: 0.95 };

describe('the repository narratives through the real API', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createApiApp(testConfig());
  });

  afterAll(() => app?.close());

  it(`triages the ${CASES.length} narratives with area, complexity and urgency above their floors`, async () => {
    const client = await TriageClient.as(app);
    const rows: Array<{ id: string; area: boolean; complexity: boolean; urgency: boolean; line: string }> = [];
    for (const evalCase of CASES) {
      const caseId = await client.start();
      const { completed } = await client.converse(caseId, evalCase.opening, evalCase.followups);
      const { body: result } = completed
        ? await client.http().get(`/api/v2/triage/result/${caseId}`).expect(200)
        : await client.http().post('/api/v2/triage/force-complete').send({ case_id: caseId, reason: 'sem mais respostas' }).expect(200);
      const { area_code: area, urgency_h: urgency } = result.triage_data;
      rows.push({
        id: evalCase.id,
        area: area === evalCase.area,
        complexity: result.complexity_level === evalCase.complexity,
        urgency: urgencyInBand(evalCase.urgency_h, urgency),
        line: `${area}/${evalCase.area} ${result.complexity_level}/${evalCase.complexity} ${urgency}/${evalCase.urgency_h} h`,
      });
    }
    const share = (key: 'area' | 'complexity' | 'urgency') => rows.filter((row) => row[key]).length / rows.length;
    process.stdout.write(
      `\nrepository narratives through the API (got/expected): area ${share('area')}, complexity ${share('complexity')}, urgency ${share('urgency')}\n` +
        rows.map((row) => `  ${row.id.padEnd(20)} ${row.line}`).join('\n') +
        '\n',
    );
    expect(share('area')).toBeGreaterThanOrEqual(FLOORS.area);
    expect(share('complexity')).toBeGreaterThanOrEqual(FLOORS.complexity);
    expect(share('urgency')).toBeGreaterThanOrEqual(FLOORS.urgency);
    // 26 whole interviews through the engine, one after another: CPU-bound, so slow on a loaded 2-core CI.
  }, 180_000);
});
