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

  it.each([
    ['o dono da casa me deu 48 horas pra sair', 2],
    ['tenho 24 horas para pagar', 1],
  ])('reads a term told in hours in %j as %d days left', (text, days) => {
    expect(sut.extract(text).map((d) => d.daysLeft)).toEqual([days]);
  });

  it.each(['trabalho 12 horas por dia', 'tenho 44 horas semanais de jornada'])('does not read working hours %j as a term', (text) => {
    expect(sut.extract(text)).toEqual([]);
  });

  it('counts the usual legal deadline from a notice received weeks ago', () => {
    expect(sut.extract('recebi a citação faz uma semana').map((d) => d.daysLeft)).toEqual([14]);
  });

  it('reads the day of a flight or of the bailiff\'s return as a deadline', () => {
    expect(sut.extract('cancelaram meu voo de amanhã').map((d) => d.daysLeft)).toEqual([1]);
    const now = new Date('2026-11-30T12:00:00Z');
    expect(sut.extract('o oficial de justiça disse que volta no dia 10', now).map((d) => d.daysLeft)).toEqual([10]);
    expect(sut.extract('a Caixa marcou o leilão pro dia 5 do mês que vem', now).map((d) => d.daysLeft)).toContain(5);
  });
});
