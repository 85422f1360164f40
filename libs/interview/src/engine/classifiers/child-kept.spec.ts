import { childKeptAfterTrip } from './child-kept';

describe('childKeptAfterTrip', () => {
  it('reads a child not back from the holidays, a visit or a trip, however the child is named', () => {
    expect(childKeptAfterTrip('Meu filho de 7 anos foi passar as férias com o pai em Portugal e não voltou.')).toBe(true);
    expect(childKeptAfterTrip('as crianças foram na visita do fim de semana e o pai diz que elas não vão voltar')).toBe(true);
    expect(childKeptAfterTrip('a menina viajou com a avó no feriado e não retornou')).toBe(true);
  });

  it('needs the child, the stay away and the return missing in one sentence', () => {
    expect(childKeptAfterTrip('meu marido foi viajar e não voltou')).toBe(false);
    expect(childKeptAfterTrip('meu filho foi passar as férias com o pai. O carro não voltou da oficina')).toBe(false);
    expect(childKeptAfterTrip('meu filho saiu de casa e não voltou')).toBe(false);
  });
});
