import { UrgencyExtractor } from './urgency.extractor';

describe(UrgencyExtractor.name, () => {
  const sut = new UrgencyExtractor();

  it.each([
    ['MEU IRMAO FOI PRESO AGORA POUCO', 'prisao'],
    ['o juiz deu uma liminar contra mim', 'liminar'],
    ['chegou uma ordem de despejo', 'ordem-despejo'],
    ['tive bloqueio de conta pelo juiz', 'bloqueio'],
    ['preciso fazer cirurgia e o plano negou', 'cirurgia'],
    ['tenho medo de perder o prazo', 'prazo'],
    ['a audiência é semana que vem', 'prazo-proximo'],
  ])('finds the signal in %j', (text, id) => {
    expect(sut.extract(text).signals).toContain(id);
  });

  it('ignores negated signals', () => {
    expect(sut.extract('ele tem 27 anos e nunca foi preso').signals).toEqual([]);
  });

  it('counts "next week" only next to a hearing or a deadline', () => {
    expect(sut.extract('vou viajar semana que vem').signals).toEqual([]);
  });

  it('turns a deadline in days into hours, minus the days already gone', () => {
    expect(sut.extract('recebi a citação e tenho 10 dias pra defesa')).toMatchObject({
      deadlines: ['tenho 10 dias pra defesa'],
      deadlineHours: 72,
    });
    expect(sut.extract('tem 30 dias pra regularizar e já passaram uns 20').deadlineHours).toBe(72);
    expect(sut.extract('tenho 30 dias para recorrer').deadlineHours).toBe(168);
  });

  it('keeps dated deadlines and hearings as written', () => {
    expect(sut.extract('A audiência preliminar é dia 25/06/2024').deadlines).toEqual(['audiência preliminar é dia 25/06/2024']);
  });
});
