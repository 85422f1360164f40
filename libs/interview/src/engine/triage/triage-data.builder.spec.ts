import { AreaClassifier } from '../classifiers/area.classifier';
import { UrgencyClassifier } from '../classifiers/urgency.classifier';
import { newFacts } from '../testing/facts.factory';
import { TriageDataBuilder } from './triage-data.builder';

describe(TriageDataBuilder.name, () => {
  const sut = new TriageDataBuilder(new AreaClassifier(), new UrgencyClassifier());

  it('builds snake_case triage data with labels, entities and analysis', () => {
    const data = sut.build(
      newFacts({
        area: 'familia',
        subarea: 'execução de alimentos (pensão atrasada)',
        keywords: ['pensao', 'preso'],
        parties: ['ex-cônjuge ou ex-companheiro(a)'],
        dates: [{ raw: 'fevereiro de 2024', iso: '2024-02' }],
        durations: [{ raw: '4 meses', days: 120 }],
        amounts: [{ raw: 'uns 1700 reais', value: 1700 }],
        locations: ['Uberlândia/MG'],
        documents: ['decisão judicial', 'comprovantes e recibos'],
        outcome: 'quero que ele pague o atrasado',
      }),
    );
    expect(data).toMatchObject({
      area: 'Família',
      area_code: 'familia',
      subarea: 'execução de alimentos (pensão atrasada)',
      urgency_h: 168,
      keywords: ['pensao'],
      entities: {
        parties: ['ex-cônjuge ou ex-companheiro(a)'],
        dates: ['fevereiro de 2024', 'há 4 meses'],
        amounts: ['R$ 1.700,00'],
        locations: ['Uberlândia/MG'],
      },
      analysis: { viability: 'alta' },
    });
    expect(data.summary).toContain('Uberlândia/MG');
    expect(data.summary).toContain('quero que ele pague o atrasado');
    expect(data.analysis.next_steps.length).toBeGreaterThan(0);
  });

  it('falls back to civil law when no area was found', () => {
    expect(sut.build(newFacts())).toMatchObject({ area: 'Civil', area_code: 'civil', urgency_h: 720, analysis: { viability: 'baixa' } });
  });

  it('puts urgent cases first in the recommended action and the deadline in the next steps', () => {
    const data = sut.build(newFacts({ area: 'criminal', urgencySignals: ['prisao'], deadlines: ['audiência amanhã'] }));
    expect(data.urgency_h).toBe(24);
    expect(data.analysis.recommended_action).toMatch(/^Prioridade máxima/);
    expect(data.analysis.next_steps[0]).toContain('audiência amanhã');
  });
});
