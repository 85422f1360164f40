import { newTriageData } from '../../../test/factories';
import { modelEnsemble, modelFailover } from './model-reconciler';

const local = { data: newTriageData(), confidence: 0.8 };
const tributario = newTriageData({ area: 'Tributário', area_code: 'tributario', subarea: 'execução fiscal', urgency_h: 48, entities: { parties: [], dates: ['março'], amounts: [], locations: [] } });

describe(modelFailover.name, () => {
  it('takes the model’s reading and fills what it lacks from the local one', () => {
    const model = { data: newTriageData({ summary: 'Resumo do modelo.', entities: { parties: [], dates: ['05/02/2024'], amounts: [], locations: [] } }), confidence: 0.9 };
    const sut = modelFailover(local, model);
    expect(sut.data).toMatchObject({ area_code: 'trabalhista', summary: 'Resumo do modelo.', entities: { parties: ['empresa'], dates: ['05/02/2024'], locations: ['Campinas/SP'] } });
    expect(sut).toMatchObject({ areasDisagree: false, confidence: 0.9, details: { engines: { fields: { area: 'both', summary: 'model', entities: 'both' } } } });
  });

  it('keeps the more confident area when the two disagree, and says so', () => {
    expect(modelFailover(local, { data: tributario, confidence: 0.6 })).toMatchObject({
      data: { area: 'Trabalhista', area_code: 'trabalhista', subarea: 'verbas rescisórias' },
      areasDisagree: true,
      confidence: 0.6,
      details: { engines: { fields: { area: 'local' } } },
    });
    expect(modelFailover(local, { data: tributario, confidence: 0.95 }).data.area_code).toBe('tributario');
  });
});

describe(modelEnsemble.name, () => {
  it('lists each disagreement with the side kept, preferring the more confident engine and the sooner deadline', () => {
    const sut = modelEnsemble(local, { data: tributario, confidence: 0.6 });
    expect(sut.data).toMatchObject({ area_code: 'trabalhista', urgency_h: 48, entities: { dates: ['março'], locations: ['Campinas/SP'] } });
    expect(sut.details.disagreements).toEqual(
      expect.arrayContaining([
        { field: 'area_code', local: 'trabalhista', model: 'tributario', chosen: 'local' },
        { field: 'urgency_h', local: 720, model: 48, chosen: 'model' },
      ]),
    );
    expect(sut).toMatchObject({ areasDisagree: true, details: { agreement: false, engines: { fields: { area: 'local', urgency_h: 'model', entities: 'both' } } } });
  });
});
