import { AreaClassifier } from '../classifiers/area.classifier';
import { ComplexityClassifier } from '../classifiers/complexity.classifier';
import { MessageExtractor } from './message.extractor';

describe(MessageExtractor.name, () => {
  const sut = new MessageExtractor(new AreaClassifier(), new ComplexityClassifier());

  it('combines every extractor over one message', () => {
    const found = sut.extract(
      'Fui demitido em 10/04/2024 em Contagem/MG, o patrão não pagou R$ 3.000,00 e tenho a carteira assinada. Quero receber.',
    );
    expect(found).toMatchObject({
      dates: [{ raw: '10/04/2024', iso: '2024-04-10' }],
      amounts: [{ value: 3000 }],
      parties: ['empregador'],
      locations: ['Contagem/MG'],
      documents: ['carteira de trabalho'],
      outcome: 'Quero receber',
      complexitySignals: [],
    });
    expect(Object.keys(found.areaScores)).toContain('trabalhista');
    expect(found.wordCount).toBeGreaterThan(15);
  });
});
