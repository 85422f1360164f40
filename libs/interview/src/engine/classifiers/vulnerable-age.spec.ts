import { mentionsInfantInMonths, mentionsOwnMinority, mentionsVulnerableAge } from './vulnerable-age';

describe('mentionsVulnerableAge', () => {
  it('finds a child or an elder by the age the client states', () => {
    expect(mentionsVulnerableAge('Meu filho tem 4 anos e estava brincando na calçada.')).toBe(true);
    expect(mentionsVulnerableAge('temos dois filhos de 5 e 9 anos')).toBe(true);
    expect(mentionsVulnerableAge('Temos dois filhos, de 9 e 12 anos.')).toBe(true);
    expect(mentionsVulnerableAge('um menino com dezesseis anos')).toBe(true);
    expect(mentionsVulnerableAge('Sou aposentada, tenho 67 anos.')).toBe(true);
    expect(mentionsVulnerableAge('sou senhora de 79 anos')).toBe(true);
    expect(mentionsVulnerableAge('MEU FILHO TEM 6 ANOS')).toBe(true);
    expect(mentionsVulnerableAge('Ela é da roça, hoje tem 71 anos.')).toBe(true);
    expect(mentionsVulnerableAge('meu pai já está com 80 anos')).toBe(true);
    expect(mentionsVulnerableAge('Meu esposo, de 78 anos, está internado')).toBe(true);
    expect(mentionsVulnerableAge('Conto oitenta e três anos e moro sozinho')).toBe(true);
    expect(mentionsVulnerableAge('sou um homem de oitenta e seis anos, viúvo')).toBe(true);
    expect(mentionsVulnerableAge('o menino tem 6 ano e mora cmg')).toBe(true);
    expect(mentionsVulnerableAge('Minha sogra, de 79 anos, depende do remédio')).toBe(true);
    expect(mentionsVulnerableAge('minha bisavó de 93 anos')).toBe(true);
  });

  it("reads an elder's age told after a comma that closes a retiree's, a pensioner's or a widow's status", () => {
    expect(mentionsVulnerableAge('Sou aposentado, 67 anos. Tão descontando 312 reais por mês')).toBe(true);
    expect(mentionsVulnerableAge('sou professora aposentada, 63 anos, moro em Piracicaba')).toBe(true);
    expect(mentionsVulnerableAge('sou pensionista, 73 anos')).toBe(true);
    // An adult's age, a duration after a job or a plain description, and the years of a contribution are no elder's.
    expect(mentionsVulnerableAge('sou aposentada, 45 anos')).toBe(false);
    expect(mentionsVulnerableAge('sou motorista, 62 anos de estrada')).toBe(false);
    expect(mentionsVulnerableAge('sou mulher, 63 anos')).toBe(false);
    expect(mentionsVulnerableAge('sou professora, 45 anos')).toBe(false);
  });

  it('ignores adults and durations told in years', () => {
    expect(mentionsVulnerableAge('Preciso de um advogado pro meu filho, ele tem 19 anos.')).toBe(false);
    expect(mentionsVulnerableAge('Tenho 64 anos de contribuição? não, tenho 35 anos de casa')).toBe(false);
    expect(mentionsVulnerableAge('trabalho lá tem 4 anos')).toBe(false);
    expect(mentionsVulnerableAge('faz dois anos que ele não paga')).toBe(false);
    expect(mentionsVulnerableAge('contrato de 5 anos com multa')).toBe(false);
    expect(mentionsVulnerableAge('meu marido, de 45 anos, saiu de casa')).toBe(false);
    expect(mentionsVulnerableAge('hoje tem 45 anos')).toBe(false);
    expect(mentionsVulnerableAge('a empresa já tem 70 anos de mercado')).toBe(false);
    expect(mentionsVulnerableAge('um rapaz de vinte e oito anos')).toBe(false);
    expect(mentionsVulnerableAge('meu filho tem 1 ano e 8 meses')).toBe(false);
  });
});

describe('mentionsOwnMinority', () => {
  it("finds the client's own age under 18 or minority told outright", () => {
    expect(mentionsOwnMinority('tenho 16 anos e trabalho numa padaria de madrugada')).toBe(true);
    expect(mentionsOwnMinority('completei dezessete anos mês passado')).toBe(true);
    expect(mentionsOwnMinority('sou menor de idade, tenho 17')).toBe(true);
    expect(mentionsOwnMinority('eu sou de menor')).toBe(true);
    expect(mentionsOwnMinority('Sou adolescente e moro com a minha avó')).toBe(true);
    expect(mentionsOwnMinority('ainda sou menor')).toBe(true);
  });

  it("ignores an adult's age, a past age, a child's age told by a parent, durations and the apprentice's contract", () => {
    expect(mentionsOwnMinority('tenho 45 anos')).toBe(false);
    expect(mentionsOwnMinority('eu tinha 15 anos quando trabalhei lá')).toBe(false);
    expect(mentionsOwnMinority('meu filho tem 10 anos')).toBe(false);
    expect(mentionsOwnMinority('tenho 14 anos de casa')).toBe(false);
    expect(mentionsOwnMinority('sou menor aprendiz numa farmácia')).toBe(false);
    expect(mentionsOwnMinority('sou menor que ele')).toBe(false);
  });
});

describe('mentionsInfantInMonths', () => {
  it("finds a baby's age told in months, not a duration in months", () => {
    expect(mentionsInfantInMonths('meu bebê de 8 meses tem alergia')).toBe(true);
    expect(mentionsInfantInMonths('o leite da minha filha com 10 meses')).toBe(true);
    expect(mentionsInfantInMonths('minha filha com 3 meses de atraso na pensão')).toBe(false);
    expect(mentionsInfantInMonths('faz 5 meses que espero')).toBe(false);
  });
});
