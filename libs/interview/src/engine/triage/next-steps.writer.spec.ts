import { newFacts } from '../testing/facts.factory';
import { NextStepsWriter, withoutRepeats } from './next-steps.writer';

describe(NextStepsWriter.name, () => {
  const sut = new NextStepsWriter();

  it('names the protective order once in a domestic-violence case (the violence caution and the subarea both ask for it)', () => {
    const steps = sut.write(newFacts({ notes: ['violence'] }), 'criminal', 'violência doméstica e medidas protetivas', []);
    expect(steps.filter((step) => /medida protetiva/i.test(step))).toHaveLength(1);
    expect(steps.join(' ')).toContain('Guardar mensagens, fotos das lesões');
    expect(steps.join(' ')).not.toContain('Não apagar mensagens');
  });

  it("keeps the proof of an assault in one step, and names what was taken only in a theft or a robbery", () => {
    const assault = sut.write(newFacts({ notes: ['violence', 'victim'], keywords: ['me agrediu'] }), 'criminal', 'vítima de crime (acompanhamento e reparação)', []);
    expect(assault[0]).toBe('Pedir medida protetiva se houver risco');
    expect(assault.join(' ')).not.toMatch(/Não apagar mensagens|do que foi levado/);
    const robbery = sut.write(newFacts({ notes: ['victim'], keywords: ['assaltado'] }), 'criminal', 'vítima de crime (acompanhamento e reparação)', []);
    expect(robbery.join(' ')).toContain('comprovantes do que foi levado');
  });

  it("gives a payroll credit card (RMC) its own steps, not a generic consumer's, and does not ask again for a contract already asked for", () => {
    const steps = sut.write(newFacts({ notes: ['rmc-card'] }), 'consumidor', 'contrato bancário e financiamento', []).join(' ');
    expect(steps).toContain('Meu INSS');
    expect(steps).toContain('cancelamento do cartão e da reserva de margem (RMC)');
    expect(steps).toContain('cópia do contrato do cartão');
    expect(steps).not.toContain('nota fiscal');
    const asked = sut.write(newFacts({ notes: ['rmc-card', 'contract-requested'] }), 'consumidor', 'contrato bancário e financiamento', []).join(' ');
    expect(asked).not.toContain('cópia do contrato');
    expect(asked).toContain('Levar ao advogado o contrato ou o documento que o banco enviou');
  });

  it('asks the platform to take intimate images down in whatever kind of case they were exposed, once, and never of the one accused', () => {
    const takedown = /retirada das imagens.*Marco Civil da Internet, art\. 21/;
    const custody = sut.write(newFacts({ urgencySignals: ['exposicao-intima'] }), 'familia', 'guarda e convivência', []);
    expect(custody.filter((step) => takedown.test(step))).toHaveLength(1);
    const crime = sut.write(newFacts({ urgencySignals: ['exposicao-intima'], notes: ['victim'] }), 'criminal', 'divulgação de imagens íntimas sem consentimento', []);
    expect(crime.filter((step) => takedown.test(step))).toHaveLength(1);
    const accused = sut.write(newFacts({ urgencySignals: ['exposicao-intima'], notes: ['accused'] }), 'familia', 'guarda e convivência', []);
    expect(accused.some((step) => takedown.test(step))).toBe(false);
  });

  it('leaves out a step whose errand was said before, and a combined clause said by a step of its own', () => {
    expect(withoutRepeats(['Registrar a ocorrência na delegacia', 'Guardar prints', 'Registrar ocorrência online'])).toEqual(['Registrar a ocorrência na delegacia', 'Guardar prints']);
    expect(withoutRepeats(['Não apagar fotos; procurar a Defensoria Pública'], ['Procurar a Defensoria Pública'])).toEqual(['Não apagar fotos']);
    expect(withoutRepeats(['Guardar prints', 'Anotar datas'])).toEqual(['Guardar prints', 'Anotar datas']);
  });

  it('tells a worker whose salary is months late not to resign before the rescisão indireta is weighed', () => {
    const steps = sut.write(newFacts(), 'trabalhista', 'salários e FGTS em atraso', []);
    expect(steps[0]).toMatch(/^Não pedir demissão.*CLT art\. 483, d/);
    const employed = sut.write(newFacts({ notes: ['still-employed'] }), 'trabalhista', 'salários e FGTS em atraso', []);
    expect(employed.filter((step) => /pedir demissão/.test(step))).toHaveLength(1);
  });

  it('offers the inventory at a notary (extrajudicial) when the heirs are adults in agreement', () => {
    const steps = sut.write(newFacts({ notes: ['death', 'estate-division'] }), 'familia', 'inventário e herança', []);
    expect(steps.join(' ')).toMatch(/em cartório.*CPC art\. 610 §1º; Lei 11\.441\/07/);
  });

  it("tells a buyer of a flat delivered late the builder's tolerance and not to stop the instalments alone", () => {
    const steps = sut.write(newFacts(), 'imobiliario', 'compra na planta e construtora', []);
    expect(steps.join(' ')).toMatch(/tolerância \(até 180 dias\).*art\. 43-A/);
    expect(steps.join(' ')).toMatch(/Não parar de pagar as parcelas/);
  });

  it("gives the debtor of a support being enforced the debtor's steps, not the creditor's", () => {
    const steps = sut.write(newFacts({ notes: ['child-support', 'support-debtor'] }), 'familia', 'execução de alimentos (pensão atrasada)', []);
    expect(steps[0]).toContain('CPC art. 528');
    expect(steps.join(' ')).not.toContain('renda conhecida da outra parte');
  });

  it("puts a beaten child's exam and the Conselho Tutelar first", () => {
    const steps = sut.write(newFacts({ notes: ['child-beaten'] }), 'familia', 'guarda e convivência', []);
    expect(steps[0]).toContain('exame de corpo de delito');
    expect(steps[1]).toContain('Conselho Tutelar');
  });

  it("gives the employer sued by a worker the defence's papers and the preposto, never the worker's own", () => {
    const steps = sut.write(newFacts({ notes: ['client-employer', 'defendant'] }), 'trabalhista', 'direitos trabalhistas', []).join(' ');
    expect(steps).toMatch(/preposto/);
    expect(steps).toMatch(/recibos de pagamento/);
    expect(steps).not.toMatch(/carteira de trabalho, holerites|extrato do FGTS|verbas devidas/);
    const worker = sut.write(newFacts({ notes: ['defendant'] }), 'trabalhista', 'direitos trabalhistas', []).join(' ');
    expect(worker).not.toMatch(/preposto/);
  });

  it("gives the debtor of a support set by a judge the debtor's steps also when the case reads as a support case", () => {
    const steps = sut.write(newFacts({ notes: ['child-support', 'support-debtor'] }), 'familia', 'pensão alimentícia (fixação ou revisão)', []);
    expect(steps[0]).toContain('CPC art. 528');
    expect(steps.join(' ')).toContain('Súmula 309');
    expect(steps.join(' ')).not.toContain('gastos dos filhos');
  });

  it('offers an agreed divorce with no minor children at a notary (CPC art. 733), and not when a minor child is told', () => {
    const agreed = sut.write(newFacts({ notes: ['divorce-agreed', 'no-minor-children'] }), 'familia', 'divórcio', []);
    expect(agreed[0]).toMatch(/cartório de notas.*CPC art\. 733; Lei 11\.441\/07/);
    expect(agreed.join(' ')).toContain('CC art. 1.571 §2º');
    expect(agreed.join(' ')).not.toContain('nascimento dos filhos');
    expect(sut.write(newFacts({ notes: ['divorce-agreed'] }), 'familia', 'divórcio', []).join(' ')).not.toContain('CPC art. 733');
  });

  it('gives a company served with a bankruptcy petition the answer or the deposit within 10 days (Lei 11.101 art. 98)', () => {
    const steps = sut.write(newFacts({ notes: ['bankruptcy-petition'] }), 'empresarial', 'contratos empresariais', []);
    expect(steps[0]).toMatch(/depósito elisivo.*10 dias.*art\. 98/);
    expect(steps.join(' ')).toContain('recuperação judicial');
  });

  it('asks a mark owner for the INPI certificate, not to check the registration', () => {
    const steps = sut.write(newFacts({ notes: ['mark-registered'] }), 'empresarial', 'marca e propriedade intelectual', []);
    expect(steps.join(' ')).not.toContain('Verificar no INPI se a marca');
    expect(steps.join(' ')).toContain('certificado de registro da marca');
  });

  it('gives no notice to answer to a taxpayer who received none, and the denúncia espontânea instead (CTN art. 138)', () => {
    const steps = sut.write(newFacts({ notes: ['no-notice-received'] }), 'tributario', 'imposto de renda', []);
    expect(steps.join(' ')).not.toMatch(/Reunir notificações|ciência da notificação/);
    expect(steps.join(' ')).toContain('CTN art. 138');
    expect(sut.write(newFacts(), 'tributario', 'imposto de renda', []).join(' ')).toContain('ciência da notificação');
  });

    it('does not tell the client to do what they already did, and says what to bring instead', () => {
    const steps = sut.write(newFacts({ notes: ['procon-filed'] }), 'consumidor', 'cobrança indevida', []);
    expect(steps.join(' ')).not.toMatch(/Registrar reclamação no Procon/);
    expect(steps).toContain('Levar ao advogado o número de protocolo da reclamação já feita');
  });

  it('does not tell a candidate who already asked the body in writing to ask again, and keeps that only to public bodies', () => {
    const steps = sut.write(newFacts({ notes: ['appointment-sought', 'written-request-filed'] }), 'administrativo', 'concurso público', []);
    expect(steps.join(' ')).not.toMatch(/Pedir por escrito ao órgão/);
    expect(steps.join(' ')).toMatch(/protocolo do pedido já feito ao órgão/);
    const benefit = sut.write(newFacts({ notes: ['written-request-filed'] }), 'previdenciario', 'pensão por morte', []);
    expect(benefit.join(' ')).not.toMatch(/pedido já feito ao órgão/);
  });

  it("gives a new building's defects the builder's liability for the work (CC art. 618), not a delivery delay's steps", () => {
    const steps = sut.write(newFacts({ notes: ['construction-defect'] }), 'imobiliario', 'compra na planta e construtora', []).join(' ');
    expect(steps).toMatch(/laudo de um engenheiro/);
    expect(steps).toMatch(/CC art\. 618/);
    expect(steps).not.toMatch(/prazo de tolerância/);
    expect(sut.write(newFacts(), 'imobiliario', 'compra na planta e construtora', []).join(' ')).toMatch(/prazo de tolerância/);
  });

  it('tells a support creditor the decision may be protested and the debtor put on the credit registers', () => {
    const steps = sut.write(newFacts(), 'familia', 'execução de alimentos (pensão atrasada)', []).join(' ');
    expect(steps).toMatch(/cadastro de inadimplentes/);
    expect(steps).toMatch(/782 §3º/);
  });

  it('gives the steps of intimate images shared (the takedown, no private complaint deadline), and no police report a victim already made', () => {
    const steps = sut.write(newFacts({ notes: ['police-report-filed'] }), 'criminal', 'divulgação de imagens íntimas sem consentimento', []);
    expect(steps.join(' ')).toMatch(/Marco Civil da Internet, art. 21/);
    expect(steps.join(' ')).not.toMatch(/queixa-crime|Registrar a ocorrência/);
    expect(steps).toContain('Levar ao advogado a cópia do boletim de ocorrência já registrado');
    const violence = sut.write(newFacts({ notes: ['police-report-filed'] }), 'criminal', 'violência doméstica e medidas protetivas', []);
    expect(violence.join(' ')).not.toMatch(/Registrar a ocorrência/);
    expect(violence.join(' ')).toMatch(/medida protetiva de urgência/);
  });

  it('adds the one protective "don\'t" that fits the risk, in place of the area\'s own', () => {
    const steps = sut.write(newFacts({ notes: ['credited-by-mistake'] }), 'civil', 'direito civil', []);
    expect(steps[0]).toMatch(/^Não gastar o valor creditado por engano/);
    expect(steps.filter((step) => step.startsWith('Não '))).toHaveLength(1);
    expect(sut.write(newFacts({ notes: ['still-employed'] }), 'trabalhista', 'direitos trabalhistas', [])).toContain(
      'Não pedir demissão antes de falar com o advogado',
    );
  });

  it('mentions the Defensoria Pública when the client cannot pay, and keeps the deadline first', () => {
    const steps = sut.write(newFacts({ notes: ['cannot-pay'] }), 'familia', 'guarda e convivência', ['Confirmar o prazo informado: 15 dias']);
    expect(steps[0]).toBe('Confirmar o prazo informado: 15 dias');
    expect(steps.at(-1)).toMatch(/Defensoria Pública/);
  });

  it('uses the steps of the kind of case, never another kind\'s template', () => {
    const steps = sut.write(newFacts(), 'empresarial', 'conflito entre sócios e dissolução', []).join(' ');
    expect(steps).toMatch(/contrato social/);
    expect(steps).not.toMatch(/credores|protestos/);
    const death = sut.write(newFacts(), 'civil', 'indenização por morte', []).join(' ');
    expect(death).toMatch(/certidão de óbito/);
    expect(death).not.toMatch(/contratos, recibos/);
    expect(sut.write(newFacts({ notes: ['victim'] }), 'criminal', 'vítima de crime (acompanhamento e reparação)', []).join(' ')).toMatch(/inquérito/);
    // A home held without a registered title: the proof of purchase and possession, and no leaving on a letter; a servant's right: the statute.
    const home = sut.write(newFacts(), 'imobiliario', 'regularização de imóvel e usucapião', []).join(' ');
    expect(home).toMatch(/só uma ordem judicial obriga a sair/);
    expect(home).not.toMatch(/laudos de vistoria/);
    // An adoption: the child's papers and the Vara da Infância's hearings, not a divorce's certificates and income.
    const adoption = sut.write(newFacts(), 'familia', 'adoção', []).join(' ');
    expect(adoption).toMatch(/Vara da Infância/);
    expect(adoption).not.toMatch(/renda conhecida da outra parte|bens do casal/);
    // A contract between businesses and a lease's deposit: their own papers, not creditors' lists nor the registry.
    const contract = sut.write(newFacts(), 'empresarial', 'contratos empresariais', []).join(' ');
    expect(contract).toMatch(/aviso de rescisão/);
    expect(contract).not.toMatch(/credores|protestos/);
    const deposit = sut.write(newFacts(), 'imobiliario', 'locação - devolução de caução', []).join(' ');
    expect(deposit).toMatch(/caução paga/);
    expect(deposit).not.toMatch(/matrícula/);
    // A medical error, a neighbour's nuisance and a building's dispute: the record, the nuisance recorded, the convention.
    expect(sut.write(newFacts(), 'civil', 'erro médico', []).join(' ')).toMatch(/prontuário/);
    expect(sut.write(newFacts(), 'civil', 'dano causado por animal (CC art. 936)', []).join(' ')).toMatch(/dono ou responsável pelo animal/);
    expect(sut.write(newFacts(), 'civil', 'direito de vizinhança', []).join(' ')).not.toMatch(/contratos, recibos/);
    expect(sut.write(newFacts(), 'imobiliario', 'condomínio', []).join(' ')).toMatch(/convenção/);
    const curatorship = sut.write(newFacts(), 'familia', 'curatela e interdição', []).join(' ');
    expect(curatorship).toMatch(/laudos e relatórios médicos/);
    expect(curatorship).not.toMatch(/renda conhecida da outra parte|bens do casal/);
    const servant = sut.write(newFacts(), 'administrativo', 'direitos do servidor público', []).join(' ');
    expect(servant).toMatch(/estatuto/);
    expect(servant).not.toMatch(/auto recebido/);
  });

  it('gives an offence to honour its own steps: the post kept as proof and the six-month term of the complaint, not a theft\'s', () => {
    const steps = sut.write(newFacts({ notes: ['criminal-complaint'] }), 'criminal', 'crimes contra a honra', []).join(' ');
    expect(steps).toMatch(/ata notarial/);
    expect(steps).toMatch(/6 meses/);
    expect(steps).not.toMatch(/do que foi levado|câmeras/);
  });

  it('never gives accused-side advice to a victim', () => {
    const victim = sut.write(newFacts({ notes: ['victim'] }), 'criminal', 'direito criminal', []).join(' ');
    expect(victim).not.toMatch(/depoimento/);
    expect(sut.write(newFacts(), 'criminal', 'direito criminal', []).join(' ')).toMatch(/depoimento/);
  });

  it('gives a client who was sued the defence\'s steps, not the claimant\'s', () => {
    const steps = sut.write(newFacts({ notes: ['defendant'] }), 'civil', 'direito civil', []);
    expect(steps[0]).toMatch(/^Levar ao advogado hoje a citação/);
    expect(steps.join(' ')).not.toMatch(/provem o prejuízo/);
  });

  it('puts the step that fits a reported risk first', () => {
    expect(sut.write(newFacts({ notes: ['blocked-income'] }), 'consumidor', 'relação de consumo', [])[0]).toMatch(/^Guardar o extrato que mostra o bloqueio/);
  });

  it('gives a child kept from the parent who has custody the search and seizure, and the police and Conselho Tutelar when at risk', () => {
    const steps = sut.write(newFacts({ notes: ['child-taken'] }), 'familia', 'guarda e convivência', []);
    expect(steps[0]).toMatch(/busca e apreensão/);
    expect(steps[1]).toMatch(/polícia \(190\) e o Conselho Tutelar/);
  });

  it('tells a witness to attend and tell the truth, with no defence advice', () => {
    const steps = sut.write(newFacts({ notes: ['witness'] }), 'criminal', 'investigação e inquérito policial', []);
    expect(steps[0]).toMatch(/^Comparecer no dia/);
    expect(steps.join(' ')).toMatch(/verdade/);
    expect(steps.join(' ')).not.toMatch(/depoimento sem|defesa/i);
    // Sued too, the client is a party: the area's steps come back.
    expect(sut.write(newFacts({ notes: ['witness', 'defendant'] }), 'criminal', 'defesa criminal', []).join(' ')).not.toMatch(/^Comparecer no dia/);
  });

  it('names no insurer in a step when the client named none', () => {
    const untold = sut.write(newFacts(), 'civil', 'acidente de trânsito - indenização', []).join(' ');
    expect(untold).toContain('Não assinar acordo nem quitação antes de falar com o advogado');
    expect(untold).not.toContain('com a seguradora');
    expect(sut.write(newFacts({ parties: ['seguradora'] }), 'civil', 'acidente de trânsito - indenização', []).join(' ')).toContain('com a seguradora');
    expect(sut.write(newFacts({ keywords: ['seguradora'] }), 'civil', 'indenização por morte', []).join(' ')).toContain('com a empresa ou a seguradora');
  });

  it('drops the steps that bring a claim when the client\'s lawsuit is already running', () => {
    const steps = sut.write(newFacts({ notes: ['lawsuit-running'] }), 'consumidor', 'relação de consumo', []);
    expect(steps[0]).toMatch(/número do processo/);
    expect(steps.join(' ')).not.toMatch(/Registrar reclamação/);
  });

  it('gives a payroll loan its own steps, not the generic consumer ones', () => {
    const steps = sut.write(newFacts(), 'consumidor', 'empréstimo consignado', []).join(' ');
    expect(steps).toMatch(/extrato de empréstimos consignados/);
    expect(steps).not.toMatch(/nota fiscal|Procon/);
  });

  it('does not tell a client who already disputed the Pix with the bank to dispute it again', () => {
    const steps = sut.write(newFacts({ notes: ['bank-contested'] }), 'consumidor', 'fraude bancária', []);
    expect(steps.join(' ')).not.toMatch(/Contestar as transações/);
    expect(steps).toContain('Levar ao advogado o protocolo da contestação feita ao banco e a resposta que ele deu');
  });

  it('gives a tenant told to leave with the rent paid up to date the notice, the receipts and the eviction\'s "don\'t"', () => {
    const steps = sut.write(newFacts(), 'imobiliario', 'despejo sem atraso de aluguel (fim do contrato ou retomada do imóvel)', []);
    expect(steps[0]).toMatch(/notificação recebida/);
    expect(steps.filter((step) => /não trocar fechaduras/.test(step))).toHaveLength(1);
  });

  it('gives a pensão por morte, a concurso and a child support their own steps, not the area\'s template', () => {
    const pension = sut.write(newFacts(), 'previdenciario', 'pensão por morte', []).join(' ');
    expect(pension).toMatch(/certidão de óbito/);
    expect(pension).not.toMatch(/laudos médicos|perícias/);
    expect(pension).toMatch(/Meu INSS.*90 dias do óbito/);
    const exam = sut.write(newFacts(), 'administrativo', 'concurso público', []).join(' ');
    expect(exam).toMatch(/edital/);
    expect(exam).not.toMatch(/auto recebido/);
    const support = sut.write(newFacts(), 'familia', 'pensão alimentícia (fixação ou revisão)', []).join(' ');
    expect(support).toMatch(/certidão de nascimento/);
    expect(support).not.toMatch(/bens do casal/);
  });

  it('gives support arrears and a refused health-plan cover their own steps, not the area\'s template', () => {
    const arrears = sut.write(newFacts(), 'familia', 'execução de alimentos (pensão atrasada)', []).join(' ');
    expect(arrears).toMatch(/cada mês não pago/);
    expect(arrears).not.toMatch(/bens do casal/);
    const cover = sut.write(newFacts(), 'consumidor', 'plano de saúde', []).join(' ');
    expect(cover).toMatch(/ANS/);
    expect(cover).not.toMatch(/nota fiscal|Procon/);
  });

  it('never tells a client whose pension the INSS already refused to ask for it, and points to the appeal of the refusal', () => {
    const steps = sut.write(newFacts({ notes: ['benefit-denied'] }), 'previdenciario', 'pensão por morte', []).join(' ');
    expect(steps).not.toMatch(/Se ainda não pediu|Meu INSS/);
    expect(steps).toMatch(/carta do INSS que negou.*30 dias/);
  });

  it('gives an approved candidate passed over the appointment\'s steps, not an elimination\'s', () => {
    const passed = sut.write(newFacts({ notes: ['appointment-sought'] }), 'administrativo', 'concurso público', []).join(' ');
    expect(passed).toMatch(/classificação pior que a sua/);
    expect(passed).toMatch(/120 dias/);
    expect(passed).not.toMatch(/motivo da eliminação|próximas etapas/);
    expect(sut.write(newFacts(), 'administrativo', 'concurso público', []).join(' ')).toMatch(/motivo da eliminação/);
  });

  it('gives a client who has not yet asked the INSS the request and its documents, never the steps of a denial', () => {
    const pension = sut.write(newFacts({ notes: ['inss-not-applied'] }), 'previdenciario', 'pensão por morte', []);
    expect(pension[0]).toMatch(/^Pedir a pensão ao INSS agora/);
    expect(pension.join(' ')).not.toMatch(/Se o INSS negou|Se ainda não pediu/);
    const age = sut.write(newFacts({ notes: ['inss-not-applied'] }), 'previdenciario', 'benefício previdenciário', []).join(' ');
    expect(age).not.toMatch(/carta de indeferimento/);
    expect(age).toMatch(/Fazer o pedido ao INSS/);
    // A denial told after all is appealed; outside social security the words say nothing of the INSS.
    expect(sut.write(newFacts({ notes: ['inss-not-applied', 'benefit-denied'] }), 'previdenciario', 'pensão por morte', []).join(' ')).toMatch(/carta do INSS que negou/);
    expect(sut.write(newFacts({ notes: ['inss-not-applied'] }), 'civil', 'acidente de trânsito - indenização', []).join(' ')).not.toMatch(/INSS/);
  });

  it('tells a worker pressed to resign not to resign, before the plain caution about signing', () => {
    const steps = sut.write(newFacts({ notes: ['pressure-to-sign', 'coerced-resignation'] }), 'trabalhista', 'salários e FGTS em atraso', []);
    expect(steps[0]).toMatch(/^Não pedir demissão nem assinar carta de demissão/);
    expect(steps.join(' ')).not.toContain('Não assinar distrato');
  });

  it("gives a partner's agreed exit the cession contract and the amendment at the Junta Comercial, not the steps of a dispute", () => {
    const steps = sut.write(newFacts(), 'empresarial', 'saída consensual de sócio (cessão de quotas e alteração contratual)', []).join(' ');
    expect(steps).toMatch(/cessão de quotas/);
    expect(steps).toMatch(/art\. 1\.003/);
    expect(steps).not.toMatch(/Não retirar bens/);
  });

  it("sends a worker who cannot pay to the union's free legal aid and a claimant against the INSS to the Defensoria Pública da União", () => {
    const worker = sut.write(newFacts({ notes: ['cannot-pay'] }), 'trabalhista', 'salários e FGTS em atraso', []);
    expect(worker.at(-1)).toMatch(/sindicato.*Lei 5\.584\/70/);
    const insured = sut.write(newFacts({ notes: ['cannot-pay'] }), 'previdenciario', 'pensão por morte', []);
    expect(insured.at(-1)).toMatch(/Defensoria Pública da União/);
    expect(sut.write(newFacts({ notes: ['cannot-pay'] }), 'familia', 'guarda e convivência', []).at(-1)).toMatch(/^Procurar a Defensoria Pública,/);
  });

  it('gives a medicine the public health system does not supply the doctor\'s report and the written refusal, not the steps of a notice to answer', () => {
    const sus = sut.write(newFacts(), 'administrativo', 'saúde pública (SUS)', []).join(' ');
    expect(sus).toMatch(/relatório com o diagnóstico/);
    expect(sus).toMatch(/negativa/);
    expect(sus).not.toMatch(/auto recebido|prazo de defesa/);
  });

  it('advises a police report the client said was never made, instead of asking for its copy', () => {
    const steps = sut.write(newFacts({ notes: ['no-police-report'] }), 'civil', 'acidente de trânsito - indenização', []);
    expect(steps.join(' ')).not.toMatch(/Reunir o boletim/);
    expect(steps).toContain('Registrar o boletim de ocorrência, que ainda pode ser feito depois do fato (em muitos estados, pela internet)');
    const violence = sut.write(newFacts({ notes: ['violence', 'no-police-report'] }), 'criminal', 'violência doméstica e medidas protetivas', []);
    expect(violence.filter((step) => /^Registrar/.test(step))).toHaveLength(1);
  });

  it("gives the client a protective measure keeps away the defence's steps and the measure's \"don't\", never the victim's", () => {
    const steps = sut.write(newFacts({ notes: ['accused', 'restrained', 'violence'] }), 'criminal', 'violência doméstica e medidas protetivas', []).join(' ');
    expect(steps).toContain('art. 24-A');
    expect(steps).toContain('retirada dos pertences');
    expect(steps).not.toContain('Registrar a ocorrência');
    expect(steps).not.toContain('Pedir medida protetiva');
  });

  it('gives a client put out of the home the urgent way back through a judge', () => {
    expect(sut.write(newFacts({ notes: ['locked-out'] }), 'imobiliario', 'direito imobiliário', [])[0]).toContain('reintegração de posse');
  });

  it("gives the employer whose worker resigned the resignation's severance, not a dismissal's steps", () => {
    const steps = sut.write(newFacts({ notes: ['client-employer', 'employee-resigned'] }), 'trabalhista', 'verbas rescisórias', []).join(' ');
    expect(steps).toContain('não há multa de 40%');
    expect(steps).not.toContain('justa causa');
    expect(sut.write(newFacts({ notes: ['client-employer'] }), 'trabalhista', 'verbas rescisórias', []).join(' ')).toContain('justa causa');
  });

  it('drops telling the bank in writing once the client contested with it', () => {
    const steps = sut.write(newFacts({ notes: ['bank-contested'] }), 'criminal', 'vítima de golpe ou estelionato', []);
    expect(steps.join(' ')).not.toContain('Avisar o banco');
    expect(steps.join(' ')).toContain('protocolo da contestação');
  });

  it("gives an age retirement the record's and the disputed time's steps, not an incapacity's medical ones", () => {
    const steps = sut.write(newFacts(), 'previdenciario', 'aposentadoria por idade', []).join(' ');
    expect(steps).toContain('CNIS');
    expect(steps).not.toMatch(/laudos|perícia/);
  });
});
