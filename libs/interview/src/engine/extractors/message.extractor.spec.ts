import { AreaClassifier } from '../classifiers/area.classifier';
import { ComplexityClassifier } from '../classifiers/complexity.classifier';
import { answerBody, MessageExtractor } from './message.extractor';

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
      // The dismissal told is the building block of a public employer's act (`ato-sobre-o-emprego`, 0 points alone).
      complexitySignals: ['desemprego-involuntario', 'ato-sobre-o-emprego'],
    });
    expect(Object.keys(found.areaScores)).toContain('trabalhista');
    expect(found.wordCount).toBeGreaterThan(15);
  });

  it('reads a reply particle ("não, ...", "não sei, ...") as the answer to the question, not as a negation of what follows', () => {
    expect(answerBody('não, fui mandado embora')).toBe('fui mandado embora');
    expect(answerBody('Não sei. Ela pagava em dinheiro')).toBe('Ela pagava em dinheiro');
    expect(answerBody('não')).toBe('não');
    expect(answerBody('não fui mandado embora')).toBe('não fui mandado embora');
    const found = sut.extract('não, fui mandado embora');
    expect(found.notes).toContain('opponent-employer');
    expect(found.wordCount).toBe(4);
    expect(sut.extract('não fui mandado embora').notes).not.toContain('opponent-employer');
  });
});
