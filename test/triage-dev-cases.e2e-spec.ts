import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createApiApp, testConfig } from './test-app';
import { TriageClient } from './triage-client';

interface DevCase {
  id: string;
  area: string;
  complexity: string;
  urgency_h: number;
  opening: string;
  followups: string[];
}

const DEV_CASES: DevCase[] = JSON.parse(readFileSync(resolve(__dirname, '../../shared/triage-dev-cases.json'), 'utf8'));

/** Floors below the accuracy measured when this was written, so a regression fails the suite. */
const AREA_FLOOR = 0.8;
const COMPLEXITY_FLOOR = 0.6;

describe('development narratives through the real API', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createApiApp(testConfig());
  });

  afterAll(() => app.close());

  it(`triages the ${DEV_CASES.length} dev narratives with area and complexity above their floors`, async () => {
    const client = await TriageClient.as(app);
    const rows: Array<{ id: string; area: string; complexity: string; urgency_h: string; areaOk: boolean; complexityOk: boolean }> = [];
    for (const devCase of DEV_CASES) {
      const caseId = await client.start();
      const { completed } = await client.converse(caseId, devCase.opening, devCase.followups);
      const { body: result } = completed
        ? await client.http().get(`/api/v2/triage/result/${caseId}`).expect(200)
        : await client.http().post('/api/v2/triage/force-complete').send({ case_id: caseId, reason: 'sem mais respostas' }).expect(200);
      rows.push({
        id: devCase.id,
        area: `${result.triage_data.area_code}${result.triage_data.area_code === devCase.area ? '' : ` (expected ${devCase.area})`}`,
        complexity: `${result.complexity_level}${result.complexity_level === devCase.complexity ? '' : ` (expected ${devCase.complexity})`}`,
        urgency_h: `${result.triage_data.urgency_h} (expected ${devCase.urgency_h})`,
        areaOk: result.triage_data.area_code === devCase.area,
        complexityOk: result.complexity_level === devCase.complexity,
      });
    }
    const accuracy = (key: 'areaOk' | 'complexityOk') => rows.filter((row) => row[key]).length / rows.length;
    process.stdout.write(
      `\ndev-set accuracy: area ${accuracy('areaOk').toFixed(2)}, complexity ${accuracy('complexityOk').toFixed(2)} (${rows.length} cases)\n` +
        rows.map((r) => `  ${r.id.padEnd(20)} ${r.area.padEnd(36)} ${r.complexity.padEnd(24)} ${r.urgency_h}`).join('\n') +
        '\n',
    );
    expect(accuracy('areaOk')).toBeGreaterThanOrEqual(AREA_FLOOR);
    expect(accuracy('complexityOk')).toBeGreaterThanOrEqual(COMPLEXITY_FLOOR);
  });
});
