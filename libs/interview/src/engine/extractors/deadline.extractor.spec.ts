import { DeadlineExtractor } from './deadline.extractor';

describe(DeadlineExtractor.name, () => {
  const sut = new DeadlineExtractor();

  it.each([
    ['a carta diz que tenho que tirar o nome da fachada em 10 dias', 10],
    ['exigem que eu desocupe em 30 dias', 30],
    ['o banco pede que eu pague em 5 dias úteis', 7],
    ['tenho que ir na delegacia em 5 dias', 5],
  ])('reads "em N dias" after an obligation in %j as %d days left', (text, days) => {
    expect(sut.extract(text).map((d) => d.daysLeft)).toEqual([days]);
  });

  it.each(['ele ia pagar em 10 dias', 'tenho que pagar, ele pagou em 10 dias', 'a obra ficou pronta em 10 dias'])(
    'does not read a past event %j as a deadline',
    (text) => {
      expect(sut.extract(text)).toEqual([]);
    },
  );

  it('reads a date to sign by as a deadline', () => {
    expect(sut.extract('ele me deu até amanhã para assinar o acordo').map((d) => d.daysLeft)).toEqual([1]);
    expect(sut.extract('amanhã eu vou ao mercado')).toEqual([]);
  });

  it('reads "até hoje" before a negation as "still", and otherwise as today', () => {
    expect(sut.extract('paguei tudo há dois anos e até hoje a construtora não passa a escritura')).toEqual([]);
    expect(sut.extract('ele me deu prazo até hoje à noite para pagar').map((d) => d.daysLeft)).toEqual([0]);
  });
});
