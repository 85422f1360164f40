import { newFacts } from '../testing/facts.factory';
import { SummaryWriter } from './summary.writer';

describe(SummaryWriter.name, () => {
  const sut = new SummaryWriter();

  it('names the other party and writes "não informado" for each gap', () => {
    const summary = sut.write(newFacts({ parties: ['filhos', 'Casas Bahia'] }), 'consumidor', 'cobrança indevida', []);
    expect(summary).toContain('Outra parte: Casas Bahia.');
    expect(summary).toContain('Também envolvidos: filhos.');
    for (const gap of ['Local', 'Datas', 'Valores', 'Provas mencionadas', 'Objetivo']) expect(summary).toContain(`${gap}: não informado.`);
  });

  it('shows a salary as income, not as the sum claimed, and only the evidence mentioned', () => {
    const summary = sut.write(
      newFacts({ amounts: [{ raw: '1500', value: 1500, income: true }, { raw: 'R$ 6 mil', value: 6000 }], documents: ['holerites'] }),
      'trabalhista',
      'direitos trabalhistas',
      [],
    );
    expect(summary).toContain('Valores: R$ 1.500,00 (renda), R$ 6.000,00.');
    expect(summary).toContain('Provas mencionadas: holerites.');
  });

  it('shows a sum told in dollars or euros in its own currency, never as reais', () => {
    const summary = sut.write(
      newFacts({
        amounts: [
          { raw: 'US$ 410 mil', value: 2_050_000, foreign: { currency: 'USD', value: 410_000 } },
          { raw: '180 euros', value: 990, foreign: { currency: 'EUR', value: 180 } },
          { raw: 'R$ 6 mil', value: 6000 },
        ],
      }),
      'empresarial',
      'direito empresarial',
      [],
    );
    expect(summary).toContain('Valores: US$ 410.000,00, € 180,00, R$ 6.000,00.');
  });

  it('names the INSS, not the employer of the deceased, as the other side of a death pension (Lei 8.213 arts. 74-79)', () => {
    const facts = newFacts({ area: 'previdenciario', subarea: 'pensão por morte', parties: ['empregador', 'transportadora', 'INSS'] });
    const summary = sut.write(facts, 'previdenciario', 'pensão por morte', []);
    expect(summary).toContain('Outra parte: INSS.');
    expect(summary).toContain('Também envolvidos: empregador, transportadora.');
  });
});
