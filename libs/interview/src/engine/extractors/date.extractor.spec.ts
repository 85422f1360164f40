import { joinTexts } from '../text/text-normalizer';
import { DateExtractor, durationText } from './date.extractor';

describe(DateExtractor.name, () => {
  const sut = new DateExtractor();

  it('reads numeric dates and resolves them to ISO', () => {
    expect(sut.extract('A audiência foi em 12/03/2024 e a citação em 5/6/24').dates).toEqual([
      { raw: '12/03/2024', iso: '2024-03-12' },
      { raw: '05/06/2024', iso: '2024-06-05' },
    ]);
  });

  it('reads month names, with or without year, and relative months without guessing the year', () => {
    const { dates } = sut.extract('Começou em março do ano passado e parou em fevereiro de 2023, dia 10 de maio');
    expect(dates).toEqual([
      { raw: 'março do ano passado', iso: null },
      { raw: 'fevereiro de 2023', iso: '2023-02' },
      { raw: '10 de maio', iso: null },
    ]);
  });

  it('reads a month named alone after a preposition, with the words that place it', () => {
    const { dates } = sut.extract('começaram a descontar em agosto, desde março sem salário, até dezembro, no fim de maio');
    expect(dates.map((d) => d.raw)).toEqual(['agosto', 'desde março', 'até dezembro', 'fim de maio']);
    expect(sut.extract('o marco da obra, agosto foi bom').dates).toEqual([]);
  });

  it('reads bare years but not amounts', () => {
    expect(sut.extract('paguei de 2015 a 2019, uns R$ 2.300,00').dates.map((d) => d.raw)).toEqual(['2015', '2019']);
  });

  it('reads durations written with digits, words and without accents', () => {
    const { durations } = sut.extract('pedi as conta faz um mes, trabalhei ha 3 anos e estou há dois meses sem receber');
    expect(durations).toEqual([
      { raw: '1 mês', days: 30 },
      { raw: '3 anos', days: 1095 },
      { raw: '2 meses', days: 60 },
    ]);
  });

  it('does not take a time to come for time gone by', () => {
    expect(sut.extract('a audiência é daqui a um mês e o despejo daqui uns 2 meses').durations).toEqual([]);
    expect(sut.extract('daqui a pouco faz 3 meses que não recebo').durations).toEqual([{ raw: '3 meses', days: 90 }]);
  });

  it('does not take an age for a duration', () => {
    expect(sut.extract('tenho 63 anos e meu filho tem 7 anos').durations).toEqual([]);
  });

  it('reads a transcript from its messages as it reads the joined text whole, in the same order', () => {
    const messages = [
      'Trabalhei 3 anos de carteira e fui demitido em 12/03/2024',
      'Em março de 2024 e ontem de novo; faz 2 meses recebi 12/03/2024',
      'há 3 anos, desde 2021, e 10/05',
      '2 anos de casa; hoje de manhã e em 2021',
    ];
    const transcript = joinTexts(messages);
    const whole = new DateExtractor().extract(transcript);
    expect(sut.extract(transcript, messages)).toEqual(whole);
    expect(whole.durations.map(durationText)).toEqual(['há 2 meses', 'há 3 anos', 'durante 2 anos']);
  });

  it.each([
    ['trabalhei lá durante 3 anos', 'durante 3 anos'],
    ['por 5 anos paguei o seguro', 'durante 5 anos'],
    ['tenho 10 anos de casa', 'durante 10 anos'],
    ['saí de lá há 3 anos', 'há 3 anos'],
    ['aconteceu 2 meses atrás', 'há 2 meses'],
  ])('tells a time lasted from a time gone by in %j: %j', (text, shown) => {
    expect(sut.extract(text).durations.map(durationText)).toEqual([shown]);
  });

  it('shows one time told twice ("casados há 31 anos", "31 anos de casados") once, as first told', () => {
    expect(sut.extract('somos casados há 31 anos; foram 31 anos de casados').durations.map(durationText)).toEqual(['há 31 anos']);
  });

  it('reads "hoje" as a date when something happened today, not as the present set against the past', () => {
    expect(sut.extract('hoje eu pago 30% do salário só de empréstimo').dates).toEqual([]);
    expect(sut.extract('hoje moro com a minha mãe e hoje em dia nem saio').dates).toEqual([]);
    expect(sut.extract('hoje recebi a carta do banco').dates).toEqual([{ raw: 'hoje', iso: null }]);
    expect(sut.extract('foi hoje cedo').dates).toEqual([{ raw: 'hoje', iso: null }]);
  });

  it('reads no date in "hoje" before another person\'s present or a lasting state, but one before an event', () => {
    for (const text of ['hoje ele paga quando quer', 'hoje ela mora com o pai', 'hoje eles pagam só metade', 'hoje tá acamada e não fala', 'hoje ele não trabalha mais lá']) {
      expect(sut.extract(text).dates).toEqual([]);
    }
    for (const text of ['hoje ele disse que não paga', 'hoje ele foi preso', 'hoje ela bateu em mim', 'hoje vence o prazo', 'hoje eles pagaram metade', 'hoje tem audiência']) {
      expect(sut.extract(text).dates).toEqual([{ raw: 'hoje', iso: null }]);
    }
  });

  it('takes a vehicle\'s model year for no date ("um Onix 2019"), a year after a preposition for one', () => {
    expect(sut.extract('meu carro é um Onix 2019, eu uso pra trabalhar').dates).toEqual([]);
    expect(sut.extract('tenho uma moto CG 2020 financiada').dates).toEqual([]);
    expect(sut.extract('comprei o carro em 2019 e o banco tomou').dates).toEqual([{ raw: '2019', iso: '2019' }]);
  });

  it('takes a weekday of the week before the last for the day it happened ("sábado retrasado")', () => {
    expect(sut.extract('isso foi sábado retrasado').dates).toEqual([{ raw: 'sábado retrasado', iso: null }]);
    expect(sut.extract('foi na quarta retrasada').dates).toEqual([{ raw: 'quarta-feira retrasada', iso: null }]);
  });

  it('takes a weekday of the week gone by for the day it happened ("na sexta passada")', () => {
    expect(sut.extract('foi na sexta passada, o motorista admitiu a culpa').dates).toEqual([{ raw: 'sexta-feira passada', iso: null }]);
    expect(sut.extract('no domingo passado ele não devolveu').dates).toEqual([{ raw: 'domingo passado', iso: null }]);
    expect(sut.extract('foi na sexta  passada, semana  passada não').dates.map((d) => d.raw)).toEqual(['sexta-feira passada', 'semana passada']);
  });
});
