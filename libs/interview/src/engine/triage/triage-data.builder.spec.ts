import { AreaClassifier } from '../classifiers/area.classifier';
import { UrgencyClassifier } from '../classifiers/urgency.classifier';
import { newFacts } from '../testing/facts.factory';
import { TriageDataBuilder } from './triage-data.builder';

describe(TriageDataBuilder.name, () => {
  const sut = new TriageDataBuilder(new AreaClassifier(), new UrgencyClassifier());

  it('builds snake_case triage data with labels, entities and analysis', () => {
    const data = sut.build(
      newFacts({
        area: 'familia',
        subarea: 'execução de alimentos (pensão atrasada)',
        keywords: ['pensao', 'preso'],
        parties: ['ex-cônjuge ou ex-companheiro(a)'],
        dates: [{ raw: 'fevereiro de 2024', iso: '2024-02' }],
        durations: [{ raw: '4 meses', days: 120 }],
        amounts: [{ raw: 'uns 1700 reais', value: 1700 }],
        locations: ['Uberlândia/MG'],
        documents: ['decisão judicial', 'comprovantes e recibos'],
        outcome: 'quero que ele pague o atrasado',
      }),
    );
    expect(data).toMatchObject({
      area: 'Família',
      area_code: 'familia',
      subarea: 'execução de alimentos (pensão atrasada)',
      urgency_h: 168,
      keywords: ['pensao'],
      entities: {
        parties: ['ex-cônjuge ou ex-companheiro(a)'],
        dates: ['fevereiro de 2024', 'há 4 meses'],
        amounts: ['R$ 1.700,00'],
        locations: ['Uberlândia/MG'],
      },
      analysis: { viability: 'alta' },
    });
    expect(data.summary).toContain('Uberlândia/MG');
    expect(data.summary).toContain('quero que ele pague o atrasado');
    expect(data.analysis.next_steps.length).toBeGreaterThan(0);
  });

  it('falls back to civil law when no area was found', () => {
    expect(sut.build(newFacts())).toMatchObject({ area: 'Civil', area_code: 'civil', urgency_h: 720, analysis: { viability: 'baixa' } });
  });

  it('shows the estimated calendar date of a reported deadline, marked as an estimate', () => {
    const estimate = { basis: '15 dias para contestar', daysLeft: 15, dueDate: '2026-03-17', estimate: true as const };
    const data = sut.build(newFacts({ area: 'civil', deadlines: ['15 dias para contestar'], deadlineEstimate: estimate }));
    expect(data.analysis.next_steps[0]).toBe('Confirmar o prazo informado: até 17/03/2026 (estimativa a partir de "15 dias para contestar", a confirmar pelo advogado)');
    expect(data.summary).toContain('Prazo estimado: até 17/03/2026');
    expect(sut.build(newFacts({ deadlineEstimate: { ...estimate, dueDate: null } })).analysis.next_steps[0]).toContain('em cerca de 15 dia(s)');
    // A term that ends today says so, not "em cerca de 0 dia(s)".
    expect(sut.build(newFacts({ deadlineEstimate: { ...estimate, daysLeft: 0, dueDate: null } })).analysis.next_steps[0]).toMatch(/prazo informado: hoje \(/);
  });

  it('refuses a subarea whose presupposed fact was not told, and asks for review', () => {
    const data = sut.build(newFacts({ area: 'familia', areaScores: { familia: 9 }, subarea: 'execução de alimentos (pensão atrasada)' }));
    expect(data.subarea).toBe('pensão alimentícia (fixação ou revisão)');
    expect(data).toMatchObject({ needs_review: true, review_reasons: ['conflicting_facts'] });
  });

  it("recommends a victim's representation, not a defence, to a crime's victim", () => {
    const victim = sut.build(newFacts({ area: 'criminal', notes: ['victim'] })).analysis.recommended_action;
    const unknownRole = sut.build(newFacts({ area: 'criminal' })).analysis.recommended_action;
    expect(victim).toContain('representar a vítima');
    expect(victim).not.toContain('defesa');
    expect(unknownRole).toContain('defesa');
  });

  it("gives the employer who asks how to dismiss the employer's action and steps, not the worker's claim; the sued employer defends", () => {
    const asking = sut.build(newFacts({ area: 'trabalhista', subarea: 'direitos trabalhistas', notes: ['client-company', 'client-employer'] }));
    expect(asking.analysis.recommended_action).toMatch(/forma de encerrar o contrato/);
    expect(asking.analysis.next_steps.join(' ')).toMatch(/estabilidade/);
    expect(asking.analysis.next_steps.join(' ')).not.toMatch(/Calcular as verbas devidas/);
    const sued = sut.build(newFacts({ area: 'trabalhista', subarea: 'direitos trabalhistas', notes: ['client-employer', 'defendant'] }));
    expect(sued.analysis.recommended_action).toMatch(/defesa/);
    const worker = sut.build(newFacts({ area: 'trabalhista', subarea: 'direitos trabalhistas', notes: ['client-company', 'opponent-employer'] }));
    expect(worker.analysis.recommended_action).not.toMatch(/forma de encerrar o contrato/);
  });

  it('shows a sum told in minimum wages as the client said it, and no word the client denied among the keywords', () => {
    const data = sut.build(
      newFacts({
        area: 'trabalhista',
        keywords: ['salario'],
        amounts: [{ raw: 'um salário mínimo', value: 1518, income: true, minimumWages: true }, { raw: 'R$ 500', value: 500 }],
      }),
    );
    expect(data.entities.amounts).toEqual(['um salário mínimo', 'R$ 500,00']);
    expect(data.summary).toMatch(/Valores: um salário mínimo \(renda\), R\$ 500,00\./);
  });

  it('recommends following a lawsuit already running, not weighing whether to file one', () => {
    const running = sut.build(newFacts({ area: 'trabalhista', notes: ['lawsuit-running'], parties: ['empregador'] }));
    expect(running.analysis.recommended_action).toMatch(/^Acompanhar com advogado o processo já em andamento/);
    expect(running.analysis.recommended_action).not.toContain('cabimento');
    expect(running.analysis.next_steps[0]).toMatch(/número do processo/);
  });

  it("gives a driver who caused the collision the answering side's action and steps, not the claimant's", () => {
    const facts = newFacts({ area: 'civil', subarea: 'acidente de trânsito - indenização', notes: ['at-fault'], keywords: ['bati', 'traseira'] });
    const data = sut.build(facts);
    expect(data.analysis.recommended_action).toMatch(/valor cobrado antes de pagar/);
    expect(data.analysis.next_steps.join(' ')).toMatch(/orçamentos ou a nota do conserto/);
    expect(data.analysis.next_steps.join(' ')).not.toMatch(/seguradora|tratamento/);
    expect(sut.build({ ...facts, notes: [] }).analysis.next_steps.join(' ')).toMatch(/danos e do tratamento/);
  });

  it('shows a victim whose words named no kind of crime as a victim, not as "defesa criminal"', () => {
    expect(sut.build(newFacts({ area: 'criminal', notes: ['victim'] })).subarea).toBe('vítima de crime (acompanhamento e reparação)');
    expect(sut.build(newFacts({ area: 'criminal' })).subarea).toBe('defesa criminal');
  });

  it('recommends the suit for a medicine the public health system does not supply, with the urgent order, not a defence before the body', () => {
    const action = sut.build(newFacts({ area: 'administrativo', subarea: 'saúde pública (SUS)' })).analysis.recommended_action;
    expect(action).toMatch(/tutela de urgência/);
    expect(action).toMatch(/Tema 793/);
    expect(action).not.toMatch(/defesa ou recurso no órgão/);
  });

  it('never recommends a step the client already took (a Procon complaint already filed)', () => {
    const filed = sut.build(newFacts({ area: 'consumidor', notes: ['procon-filed'] })).analysis.recommended_action;
    expect(filed).not.toMatch(/reclamação administrativa|\(Procon\)/);
    expect(filed).toMatch(/protocolo da reclamação já feita/);
    expect(sut.build(newFacts({ area: 'consumidor' })).analysis.recommended_action).toMatch(/Procon/);
  });

  it('puts urgent cases first in the recommended action and the deadline in the next steps', () => {
    const data = sut.build(newFacts({ area: 'criminal', urgencySignals: ['prisao'], deadlines: ['audiência amanhã'] }));
    expect(data.urgency_h).toBe(24);
    expect(data.analysis.recommended_action).toMatch(/^Prioridade máxima/);
    expect(data.analysis.next_steps[0]).toContain('audiência amanhã');
  });

  it('lists only the other side as parties; family and bystanders are named in the summary', () => {
    const data = sut.build(newFacts({ area: 'civil', parties: ['vizinho', 'familiares', 'filhos'] }));
    expect(data.entities.parties).toEqual(['vizinho']);
    expect(data.summary).toContain('Outra parte: vizinho. Também envolvidos: familiares, filhos.');
  });

  it('recommends a witness to attend, not a defence', () => {
    const data = sut.build(newFacts({ area: 'criminal', notes: ['witness'], complexitySignals: ['processo-em-curso'] }));
    expect(data.analysis.recommended_action).toMatch(/^Comparecer ao depoimento/);
  });

  it('recommends for a mark or a pensão por morte the action of that kind of case, not the area\'s', () => {
    const mark = sut.build(newFacts({ area: 'empresarial', subarea: 'marca e propriedade intelectual', keywords: ['marca', 'inpi'] }));
    expect(mark.analysis.recommended_action).toMatch(/titularidade da marca no INPI/);
    expect(mark.analysis.recommended_action).not.toMatch(/reestruturação/);
    const pension = sut.build(newFacts({ area: 'previdenciario', subarea: 'pensão por morte', keywords: ['pensao por morte'] }));
    expect(pension.analysis.recommended_action).toMatch(/dependência/);
  });
});
