import { mentionsWorkforce } from './workforce';

describe('mentionsWorkforce', () => {
  it("finds a business's counted staff", () => {
    expect(mentionsWorkforce('Faturamos uns 9 milhões por ano e temos 40 funcionários.')).toBe(true);
    expect(mentionsWorkforce('Tenho uma transportadora com 60 funcionários')).toBe(true);
    expect(mentionsWorkforce('não conseguimos pagar a folha de 60 funcionários')).toBe(true);
    expect(mentionsWorkforce('a empresa tem cerca de 120 empregados')).toBe(true);
  });

  it('ignores a small staff, a staff without a count and the workers counting themselves', () => {
    expect(mentionsWorkforce('tenho um salão com 4 funcionárias')).toBe(false);
    expect(mentionsWorkforce('demiti alguns funcionários')).toBe(false);
    expect(mentionsWorkforce('somos 80 funcionários sem salário')).toBe(false);
    expect(mentionsWorkforce('moro aqui há 20 anos')).toBe(false);
  });
});
