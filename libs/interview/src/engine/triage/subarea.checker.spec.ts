import { newFacts } from '../testing/facts.factory';
import { SubareaChecker } from './subarea.checker';

describe(SubareaChecker.name, () => {
  const sut = new SubareaChecker();

  it('calls child support without a court title a fixação, and keeps execução with one', () => {
    const unpaid = newFacts({ area: 'familia', keywords: ['pensao', 'nao paga'] });
    expect(sut.fit(unpaid, 'familia', 'execução de alimentos (pensão atrasada)')).toBe('pensão alimentícia (fixação ou revisão)');
    expect(sut.fit({ ...unpaid, documents: ['decisão judicial'] }, 'familia', 'execução de alimentos (pensão atrasada)')).toBe(
      'execução de alimentos (pensão atrasada)',
    );
    const arrested = newFacts({ area: 'familia', keywords: ['pensao', 'mandado de prisao'] });
    expect(sut.fit(arrested, 'familia', 'execução de alimentos (pensão atrasada)')).toBe('execução de alimentos (pensão atrasada)');
  });

  it("names a partner's exit with the quotas sold at an agreed price a cession of quotas, and one with a fight a dispute between partners", () => {
    const cession = 'saída consensual de sócio (cessão de quotas e alteração contratual)';
    const agreed = newFacts({ area: 'empresarial', keywords: ['sair da sociedade', 'pela parte dele'] });
    expect(sut.fit(agreed, 'empresarial', 'conflito entre sócios e dissolução')).toBe(cession);
    const fight = newFacts({ area: 'empresarial', keywords: ['sair da sociedade', 'pela parte dele', 'desviou'] });
    expect(sut.fit(fight, 'empresarial', 'conflito entre sócios e dissolução')).toBe('conflito entre sócios e dissolução');
    expect(sut.fit(newFacts({ area: 'empresarial', keywords: ['sair da sociedade'] }), 'empresarial', 'conflito entre sócios e dissolução')).toBe(
      'conflito entre sócios e dissolução',
    );
  });

  it('moves off a divorce or custody the client already obtained to the enforcement of the support unpaid after it', () => {
    const decided = newFacts({ area: 'familia', keywords: ['divorcio', 'pensao', 'parou de pagar'], notes: ['decision-obtained'] });
    expect(sut.fit(decided, 'familia', 'divórcio')).toBe('execução de alimentos (pensão atrasada)');
    expect(sut.fit(decided, 'familia', 'guarda e convivência')).toBe('execução de alimentos (pensão atrasada)');
    expect(sut.fit({ ...decided, notes: [] }, 'familia', 'divórcio')).toBe('divórcio');
    expect(sut.fit({ ...decided, keywords: ['divorcio', 'partilha'] }, 'familia', 'divórcio')).toBe('divórcio');
  });

  it('names a custody disputed after a divorce already decided as custody, unless support is unpaid under that decision', () => {
    const custody = newFacts({ area: 'familia', keywords: ['divorcio', 'guarda compartilhada'], notes: ['decision-obtained'] });
    expect(sut.fit(custody, 'familia', 'divórcio')).toBe('guarda e convivência');
    expect(sut.fit({ ...custody, notes: [] }, 'familia', 'divórcio')).toBe('divórcio');
    expect(sut.fit({ ...custody, keywords: ['divorcio', 'guarda', 'parou de pagar'] }, 'familia', 'divórcio')).toBe('execução de alimentos (pensão atrasada)');
  });

  it("names the payer's request a revisão or an exoneração, never the creditor's execução, unless an enforcement was served on them", () => {
    const payer = newFacts({ area: 'familia', keywords: ['pensao'], documents: ['decisão judicial'], notes: ['child-support', 'support-payer', 'support-reduction'] });
    expect(sut.fit(payer, 'familia', 'execução de alimentos (pensão atrasada)')).toBe('revisão de alimentos (redução pedida por quem paga)');
    expect(sut.fit({ ...payer, notes: ['child-support', 'support-payer', 'grown-child'] }, 'familia', 'divórcio')).toBe(
      'exoneração de alimentos (fim do dever de pagar a pensão)',
    );
    expect(sut.fit({ ...payer, keywords: ['pensao', 'prisao civil'] }, 'familia', 'execução de alimentos (pensão atrasada)')).toBe('execução de alimentos (pensão atrasada)');
    expect(sut.fit({ ...payer, notes: ['child-support', 'support-reduction'] }, 'familia', 'execução de alimentos (pensão atrasada)')).toBe(
      'execução de alimentos (pensão atrasada)',
    );
  });

  it('names the summons of a client accused only of a threat the juizado criminal, not an inquiry, unless at home against a woman or beside a graver crime', () => {
    const threat = newFacts({ area: 'criminal', keywords: ['intimacao', 'prestar depoimento', 'ameacei'], notes: ['criminal-defence'] });
    expect(sut.fit(threat, 'criminal', 'investigação e inquérito policial')).toBe('infração de menor potencial ofensivo (juizado criminal)');
    expect(sut.fit({ ...threat, keywords: ['intimacao', 'ameaca', 'medida protetiva'] }, 'criminal', 'investigação e inquérito policial')).toBe('investigação e inquérito policial');
    expect(sut.fit({ ...threat, keywords: ['intimacao', 'ameaca', 'roubo'] }, 'criminal', 'investigação e inquérito policial')).toBe('investigação e inquérito policial');
    expect(sut.fit({ ...threat, notes: [] }, 'criminal', 'investigação e inquérito policial')).toBe('investigação e inquérito policial');
  });

  it('names a summons of a mere witness as such, not an inquiry into the client, unless the witness is also the victim or accused', () => {
    const witness = newFacts({ area: 'criminal', keywords: ['intimacao', 'depor'], notes: ['witness'] });
    expect(sut.fit(witness, 'criminal', 'investigação e inquérito policial')).toBe('intimação para depor como testemunha');
    expect(sut.fit({ ...witness, notes: ['witness', 'victim'] }, 'criminal', 'investigação e inquérito policial')).not.toBe('intimação para depor como testemunha');
    expect(sut.fit({ ...witness, notes: [] }, 'criminal', 'investigação e inquérito policial')).toBe('investigação e inquérito policial');
  });

  it('names the repossession suit over a financed vehicle whatever else the story tells of the car', () => {
    const served = newFacts({ area: 'civil', keywords: ['busca e apreensao', 'carro'], notes: ['repossession-suit'] });
    expect(sut.fit(served, 'civil', 'acidente de trânsito - indenização')).toBe('busca e apreensão de veículo financiado');
    expect(sut.fit({ ...served, notes: [] }, 'civil', 'acidente de trânsito - indenização')).toBe('acidente de trânsito - indenização');
  });

  it('shows no "locação" subarea without a lease', () => {
    expect(sut.fit(newFacts({ keywords: ['infiltracao', 'vistoria'] }), 'imobiliario', 'locação - direitos e obrigações')).toBe('direito imobiliário');
    expect(sut.fit(newFacts({ keywords: ['aluguel', 'infiltracao'] }), 'imobiliario', 'locação - direitos e obrigações')).toBe(
      'locação - direitos e obrigações',
    );
  });

  it('shows no justa causa reversal for a warning to a worker who was not dismissed', () => {
    const warned = newFacts({ keywords: ['advertencia'], notes: ['still-employed'] });
    expect(sut.fit(warned, 'trabalhista', 'reversão de justa causa')).toBe('direitos trabalhistas');
    expect(sut.fit(newFacts({ keywords: ['advertencia'] }), 'trabalhista', 'reversão de justa causa')).toBe('direitos trabalhistas');
    expect(sut.fit(newFacts({ keywords: ['justa causa', 'advertencia'] }), 'trabalhista', 'reversão de justa causa')).toBe('reversão de justa causa');
  });

  it('shows no severance claim while the client still works there, nor a divorce without a marriage', () => {
    const severance = newFacts({ keywords: ['acerto'], notes: ['still-employed'] });
    expect(sut.fit(severance, 'trabalhista', 'verbas rescisórias')).toBe('direitos trabalhistas');
    expect(sut.fit({ ...severance, notes: [] }, 'trabalhista', 'verbas rescisórias')).toBe('verbas rescisórias');
    expect(sut.fit(newFacts({ keywords: ['separar', 'moramos juntos'] }), 'familia', 'divórcio')).toBe('direito de família');
  });

  it('shows no "prisão" when nobody was arrested: a summons to testify is an investigation', () => {
    expect(sut.fit(newFacts({ keywords: ['delegacia', 'intimado'] }), 'criminal', 'prisão (flagrante ou preventiva)')).toBe(
      'investigação e inquérito policial',
    );
    expect(sut.fit(newFacts({ keywords: ['foi preso', 'delegacia'] }), 'criminal', 'prisão (flagrante ou preventiva)')).toBe(
      'prisão (flagrante ou preventiva)',
    );
    // "está detido": no criminal term, but the arrest signal
    expect(sut.fit(newFacts({ keywords: ['delegacia'], urgencySignals: ['prisao'] }), 'criminal', 'prisão (flagrante ou preventiva)')).toBe(
      'prisão (flagrante ou preventiva)',
    );
  });

  it('calls work told by the marks of slavery that case, over any other labour kind or the default (CP art. 149)', () => {
    const held = newFacts({ area: 'trabalhista', notes: ['forced-labour'] });
    expect(sut.fit(held, 'trabalhista', 'direitos trabalhistas')).toBe('trabalho análogo à escravidão');
    expect(sut.fit(held, 'trabalhista', 'verbas rescisórias')).toBe('trabalho análogo à escravidão');
    expect(sut.fit({ ...held, notes: [] }, 'trabalhista', 'direitos trabalhistas')).toBe('direitos trabalhistas');
  });

  it('leaves subareas without a requirement alone', () => {
    expect(sut.fit(newFacts(), 'consumidor', 'plano de saúde')).toBe('plano de saúde');
  });

  it('calls the pension a dependant asks after a death a pensão por morte, whatever benefit the deceased had', () => {
    const widow = newFacts({ area: 'previdenciario', notes: ['death'], keywords: ['marido', 'morreu', 'pensao', 'aposentado', 'por idade'] });
    expect(sut.fit(widow, 'previdenciario', 'aposentadoria por idade')).toBe('pensão por morte');
    expect(sut.fit({ ...widow, notes: [] }, 'previdenciario', 'aposentadoria por idade')).toBe('aposentadoria por idade');
    expect(sut.fit({ ...widow, keywords: ['aposentado', 'por idade'] }, 'previdenciario', 'aposentadoria por idade')).toBe('aposentadoria por idade');
  });

  it('does not keep prisão for an arrest the client says is over: the investigation goes on, or the sentence served', () => {
    const released = newFacts({ area: 'criminal', keywords: ['foi preso'], complexitySignals: ['liberdade'], notes: ['custody-ended'] });
    expect(sut.fit(released, 'criminal', 'prisão (flagrante ou preventiva)')).toBe('investigação e inquérito policial');
    const served = newFacts({ area: 'criminal', keywords: ['foi preso', 'pena'], notes: ['custody-ended'] });
    expect(sut.fit(served, 'criminal', 'prisão (flagrante ou preventiva)')).toBe('execução penal');
  });

  it("shows a victim's kind of case where the words named none, never the accused's default", () => {
    expect(sut.fit(newFacts({ notes: ['victim'] }), 'criminal', 'defesa criminal')).toBe('vítima de crime (acompanhamento e reparação)');
    expect(sut.fit(newFacts({ notes: ['victim', 'accused'] }), 'criminal', 'defesa criminal')).toBe('defesa criminal');
    expect(sut.fit(newFacts({ notes: ['victim'] }), 'criminal', 'crimes contra a honra')).toBe('crimes contra a honra');
  });

  it('calls an eviction with the rent paid up to date no "falta de pagamento" (the lease ended or the owner retakes it)', () => {
    const notified = newFacts({ area: 'imobiliario', keywords: ['inquilina', 'aluguel'] });
    expect(sut.fit(notified, 'imobiliario', 'despejo por falta de pagamento')).toBe('despejo por falta de pagamento');
    expect(sut.fit({ ...notified, notes: ['rent-up-to-date'] }, 'imobiliario', 'despejo por falta de pagamento')).toBe(
      'despejo sem atraso de aluguel (fim do contrato ou retomada do imóvel)',
    );
  });

  it('names a humiliated worker who still works there and asks how to leave a case of assédio (rescisão indireta), not of overtime', () => {
    const humiliated = newFacts({ area: 'trabalhista', keywords: ['chefe', 'humilha', 'horas extras'], notes: ['still-employed'] });
    expect(sut.fit(humiliated, 'trabalhista', 'horas extras e jornada')).toBe('assédio moral ou sexual');
    expect(sut.fit({ ...humiliated, notes: [] }, 'trabalhista', 'horas extras e jornada')).toBe('horas extras e jornada');
    expect(sut.fit({ ...humiliated, keywords: ['chefe', 'horas extras'] }, 'trabalhista', 'horas extras e jornada')).toBe('horas extras e jornada');
  });
});
