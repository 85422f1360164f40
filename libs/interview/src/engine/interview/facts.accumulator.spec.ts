import { AreaClassifier } from '../classifiers/area.classifier';
import { ComplexityClassifier } from '../classifiers/complexity.classifier';
import { MessageExtractor } from '../extractors/message.extractor';
import { MAX_LIST_ITEMS } from '../interview-engine.constants';
import { copyFacts, FactsAccumulator } from './facts.accumulator';

describe(FactsAccumulator.name, () => {
  const areas = new AreaClassifier();
  const extractor = new MessageExtractor(areas, new ComplexityClassifier());
  const sut = new FactsAccumulator(areas);

  it('adds area scores turn after turn and derives the area', () => {
    const first = sut.merge(sut.initial(), extractor.extract('o inquilino não paga'), null);
    const second = sut.merge(first, extractor.extract('o aluguel está atrasado faz 5 meses'), 'timeline');
    expect(second.area).toBe('imobiliario');
    expect(second.areaScores.imobiliario).toBeGreaterThan(first.areaScores.imobiliario ?? 0);
    expect(second.clientMessages).toBe(2);
  });

  it('keeps the areas a typical term named, and fits the subarea to what was told (no execução without a court title)', () => {
    const facts = sut.merge(sut.initial(), extractor.extract('o pai parou de pagar a pensão, nunca teve processo'), null);
    expect(facts.anchoredAreas).toEqual(['familia']);
    expect(facts.subarea).toBe('pensão alimentícia (fixação ou revisão)');
  });

  it('reads a pronoun for a child named in an earlier message as the child kept, and not without one', () => {
    const named = sut.merge(sut.initial(), extractor.extract('meu ex buscou nossa filha na escola na sexta'), null);
    const kept = sut.merge(named, extractor.extract('ficou com ela e não devolveu até hoje'), 'timeline');
    expect(kept.notes).toContain('child-taken');
    expect(kept.urgencySignals).toContain('crianca-retida');
    const car = sut.merge(sut.initial(), extractor.extract('meu cunhado pegou meu carro emprestado'), null);
    expect(sut.merge(car, extractor.extract('ficou com ele e não devolveu'), 'timeline').notes).not.toContain('child-taken');
  });

  it('does not mutate the facts it is given', () => {
    const initial = sut.initial();
    const copy = structuredClone(initial);
    sut.merge(initial, extractor.extract('fui demitido em Contagem/MG'), null);
    expect(initial).toEqual(copy);
  });

  it('takes the whole answer as the outcome when answering the outcome question', () => {
    const facts = sut.merge(sut.initial(), extractor.extract('receber o que é meu'), 'outcome');
    expect(facts.outcome).toBe('receber o que é meu');
  });

  it('takes no outcome from a non-answer or from an answer to another question (a date, a place)', () => {
    expect(sut.merge(sut.initial(), extractor.extract('não sei'), 'outcome').outcome).toBeNull();
    expect(sut.merge(sut.initial(), extractor.extract('os posts começaram em abril de 2024'), 'outcome').outcome).toBeNull();
  });

  it('keeps a sentence of a few words as the wish only when it opens like one, first time or after the re-ask', () => {
    const asked = { ...sut.initial(), topicsAsked: ['outcome' as const] };
    const reasked = { ...asked, reasked: ['outcome' as const] };
    for (const facts of [asked, reasked]) {
      expect(sut.merge(facts, extractor.extract('a gente não era casado no papel'), 'outcome').outcome).toBeNull();
      expect(sut.merge(facts, extractor.extract('ele trabalhava de pedreiro sem registro'), 'outcome').outcome).toBeNull();
    }
    expect(sut.merge(asked, extractor.extract('receber tudo o que a empresa me deve'), 'outcome').outcome).toBe('receber tudo o que a empresa me deve');
    expect(sut.merge(asked, extractor.extract('que ele pague tudo o que me deve'), 'outcome').outcome).toBe('que ele pague tudo o que me deve');
    expect(sut.merge(asked, extractor.extract('a guarda dos meus filhos e a pensão'), 'outcome').outcome).toBe('a guarda dos meus filhos e a pensão');
    expect(sut.merge(asked, extractor.extract('o carro está parado'), 'outcome').outcome).toBe('o carro está parado');
  });

  it('lets a stated wish replace an outcome taken from a plain answer', () => {
    const plain = sut.merge(sut.initial(), extractor.extract('o carro está parado'), 'outcome');
    const stated = sut.merge(plain, extractor.extract('Quero o dinheiro de volta'), 'documents');
    expect(stated.outcome).toBe('Quero o dinheiro de volta');
  });

  it('keeps lists small and free of duplicates', () => {
    let facts = sut.initial();
    for (let day = 1; day <= 20; day++) facts = sut.merge(facts, extractor.extract(`em ${day}/03/2024 e em ${day}/03/2024`), null);
    expect(facts.dates).toHaveLength(MAX_LIST_ITEMS);
    expect(new Set(facts.dates.map((d) => d.raw)).size).toBe(MAX_LIST_ITEMS);
  });

  it('copies facts whole, field by field in the order of the initial facts', () => {
    const facts = sut.merge(sut.initial(), extractor.extract('fui demitido e a empresa não pagou a rescisão de R$ 5.000'), null);
    const copy = copyFacts(facts);
    expect(copy).not.toBe(facts);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(facts));
    expect(Object.keys(copyFacts(sut.initial()))).toEqual(Object.keys(sut.initial()));
  });

  it('takes a bare place name as the answer to the where-question, and only then', () => {
    expect(sut.merge(sut.initial(), extractor.extract('Recife'), 'location').locations).toEqual(['Recife/PE']);
    expect(sut.merge(sut.initial(), extractor.extract('Garanhuns'), 'location').locations).toEqual(['Garanhuns']);
    expect(sut.merge(sut.initial(), extractor.extract('Natal'), 'timeline').locations).toEqual([]);
  });

  it('drops an urgency signal a later message says is over', () => {
    const arrested = sut.merge(sut.initial(), extractor.extract('meu filho foi preso em 2019'), null);
    expect(arrested.urgencySignals).toContain('prisao');
    const released = sut.merge(arrested, extractor.extract('hoje ele está solto e trabalhando'), 'timeline');
    expect(released.urgencySignals).not.toContain('prisao');
  });

  it('reads an increase of a support already set as its revision, not as its enforcement', () => {
    const facts = sut.merge(sut.initial(), extractor.extract('a mãe do meu filho entrou pedindo aumento da pensão, o acordo foi homologado pelo juiz'), null);
    expect(facts.subarea).toBe('pensão alimentícia (fixação ou revisão)');
  });

  it('keeps no wish from a long first answer to the outcome question that names none, and whatever the re-ask brings', () => {
    const story = 'então, ele falou que não vai pagar nada porque eu assinei sem ler direito e que agora não tem mais jeito de resolver';
    const asked = { ...sut.initial(), topicsAsked: ['outcome' as const] };
    expect(sut.merge(asked, extractor.extract(story), 'outcome').outcome).toBeNull();
    expect(sut.merge(asked, extractor.extract('receber meu dinheiro de volta'), 'outcome').outcome).toBe('receber meu dinheiro de volta');
    // A remedy told answers it, with or without a wish word.
    expect(sut.merge(asked, extractor.extract(`${story}, e pedir indenização por danos morais`), 'outcome').outcome).not.toBeNull();
    const reasked = { ...asked, reasked: ['outcome' as const] };
    expect(sut.merge(reasked, extractor.extract(story), 'outcome').outcome).toMatch(/^então, ele falou/);
  });
});
