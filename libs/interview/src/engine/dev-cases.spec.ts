import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TURN_LIMITS } from './interview-engine.constants';
import { Complexity, LegalAreaCode } from './interview-engine.types';
import { RuleBasedInterviewEngine } from './rule-based-interview.engine';
import { driveInterview } from './testing/interview-driver';

interface DevCase {
  id: string;
  area: LegalAreaCode;
  complexity: Complexity;
  urgency_h: number;
  opening: string;
  followups: string[];
}

const DEV_CASES_PATH = path.resolve(__dirname, '../../../../../shared/triage-dev-cases.json');

/** Floors we actually reach on the development set; unseen narratives are judged elsewhere. */
const FLOORS = { area: 0.9, complexity: 0.8, urgency: 0.75, secondPass: 0.8 };

describe('development narratives', () => {
  const sut = new RuleBasedInterviewEngine();
  const cases = JSON.parse(readFileSync(DEV_CASES_PATH, 'utf8')) as DevCase[];
  const results = cases.map((devCase) => {
    const { facts, last, sent } = driveInterview(sut, devCase.opening, devCase.followups);
    const second = sut.analyzeTranscript(sent);
    const triage = sut.triageData(facts);
    const ratio = Math.max(triage.urgency_h / devCase.urgency_h, devCase.urgency_h / triage.urgency_h);
    return {
      id: devCase.id,
      area: triage.area_code,
      areaOk: triage.area_code === devCase.area,
      complexity: last.complexity,
      complexityOk: last.complexity === devCase.complexity,
      urgency: `${triage.urgency_h}/${devCase.urgency_h}`,
      urgencyOk: ratio <= 2,
      secondPassOk: second.facts.area === devCase.area && second.complexity === devCase.complexity,
      questions: facts.questionsAsked,
      complete: last.complete,
    };
  });
  const share = (key: 'areaOk' | 'complexityOk' | 'urgencyOk' | 'secondPassOk') =>
    results.filter((r) => r[key]).length / results.length;

  afterAll(() => {
    console.table(results);
    console.log(
      `area ${share('areaOk').toFixed(2)} | complexity ${share('complexityOk').toFixed(2)} | ` +
        `urgency within 2x ${share('urgencyOk').toFixed(2)} | second pass area+complexity ${share('secondPassOk').toFixed(2)}`,
    );
  });

  it('loads the development set', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it(`classifies the area of at least ${FLOORS.area * 100}% of the narratives`, () => {
    expect(share('areaOk')).toBeGreaterThanOrEqual(FLOORS.area);
  });

  it(`rates the complexity of at least ${FLOORS.complexity * 100}% of the narratives`, () => {
    expect(share('complexityOk')).toBeGreaterThanOrEqual(FLOORS.complexity);
  });

  it(`estimates urgency within a factor of 2 for at least ${FLOORS.urgency * 100}% of the narratives`, () => {
    expect(share('urgencyOk')).toBeGreaterThanOrEqual(FLOORS.urgency);
  });

  it(`gets area and complexity right in the second pass for at least ${FLOORS.secondPass * 100}%`, () => {
    expect(share('secondPassOk')).toBeGreaterThanOrEqual(FLOORS.secondPass);
  });

  it('ends every interview within the turn limit of its complexity', () => {
    expect(results.every((r) => r.questions <= TURN_LIMITS[r.complexity].max)).toBe(true);
  });
});
