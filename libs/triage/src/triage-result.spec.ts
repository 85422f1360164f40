import { describeComplexity } from '@app/interview';
import { newOrchestration, newTriageData } from '../../../test/factories';
import { resultOf, toStoredResult, TriageResult } from './triage-result';

const report = describeComplexity({ level: 'high', score: 6, features: [{ id: 'insolvencia', points: 4 }, { id: 'processo-em-curso', points: 2 }] });

const result: TriageResult = {
  case_id: 'c1',
  strategy_used: 'ensemble',
  complexity_level: 'high',
  confidence_score: 0.8,
  triage_data: newTriageData(),
  conversation_summary: 'Resumo.',
  processing_time_ms: 12,
  flow_type: 'ensemble_analysis',
  analysis_details: { agreement: true, complexity: report },
  timestamp: '2026-11-29T10:00:00.000Z',
};

describe(toStoredResult.name, () => {
  it('keeps only ids and points of the complexity report, and the whole report comes back on read', () => {
    const stored = toStoredResult(result);
    expect(stored.analysis_details).toEqual({ agreement: true, complexity: { level: 'high', score: 6, features: [{ id: 'insolvencia', points: 4 }, { id: 'processo-em-curso', points: 2 }] } });
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(result).length - 150);

    const orchestration = newOrchestration({ caseId: 'c1', status: 'completed', complexity: 'high', confidence: 0.8, flowType: 'ensemble_analysis', processingTimeMs: 12, completedAt: result.timestamp, result: stored as unknown as Record<string, unknown> });
    expect(resultOf(orchestration)).toEqual(result);
    expect(report.explanation).toBe('high (6 pontos): insolvência (recuperação judicial, falência) (+4); processo, citação, intimação, penhora ou audiência já em curso (+2)');
  });

  it('serves a result stored whole (before this format) as it was stored', () => {
    const orchestration = newOrchestration({ status: 'completed', result: { ...result, analysis_details: { complexity: { ...report, explanation: 'como gravado' } } } as unknown as Record<string, unknown> });
    expect(resultOf(orchestration)?.analysis_details).toEqual({ complexity: { ...report, explanation: 'como gravado' } });
  });
});
