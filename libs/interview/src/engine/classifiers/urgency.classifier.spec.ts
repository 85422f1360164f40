import { DEFAULT_URGENCY_H } from '../interview-engine.constants';
import { newFacts } from '../testing/facts.factory';
import { UrgencyClassifier } from './urgency.classifier';

describe(UrgencyClassifier.name, () => {
  const sut = new UrgencyClassifier();

  it('falls back to the ordinary urgency', () => {
    expect(sut.hours(newFacts())).toBe(DEFAULT_URGENCY_H);
  });

  it('takes the sharpest of signals, deadlines and kind of case', () => {
    expect(sut.hours(newFacts({ urgencySignals: ['prazo', 'prisao'] }))).toBe(24);
    expect(sut.hours(newFacts({ urgencySignals: ['prazo'], deadlineHours: 72 }))).toBe(72);
    expect(sut.hours(newFacts({ area: 'familia', subarea: 'execução de alimentos (pensão atrasada)' }))).toBe(168);
  });

  it('reads an injured person in hospital as the harm claimed in a civil case, and as care at stake elsewhere', () => {
    expect(sut.hours(newFacts({ area: 'civil', urgencySignals: ['saude-grave'] }))).toBe(168);
    expect(sut.hours(newFacts({ area: 'consumidor', urgencySignals: ['saude-grave'] }))).toBe(48);
    expect(sut.hours(newFacts({ area: 'civil', urgencySignals: ['saude-grave', 'prisao'] }))).toBe(24);
  });

  it('drops the urgency of a kind of case urgent by a fact of now when that fact was told only as past (CPP art. 310; Lei 11.340 art. 18)', () => {
    const arrest = { area: 'criminal' as const, subarea: 'prisão (flagrante ou preventiva)' };
    expect(sut.hours(newFacts({ ...arrest, urgencySignals: ['prisao'] }))).toBe(24);
    expect(sut.hours(newFacts({ ...arrest, pastSignals: ['prisao'] }))).toBe(DEFAULT_URGENCY_H);
    expect(sut.hours(newFacts({ ...arrest, pastSignals: ['prisao'], urgencySignals: ['prisao'] }))).toBe(24);
    const violence = { area: 'criminal' as const, subarea: 'violência doméstica e medidas protetivas' };
    expect(sut.hours(newFacts({ ...violence, pastSignals: ['violencia'] }))).toBe(DEFAULT_URGENCY_H);
    expect(sut.hours(newFacts({ ...violence, pastSignals: ['prisao'] }))).toBe(24);
  });

  it('reads urgent care as the lawyer\'s errand only against who owes it (a plan, the State)', () => {
    expect(sut.hours(newFacts({ area: 'consumidor', urgencySignals: ['saude-urgente'] }))).toBe(48);
    expect(sut.hours(newFacts({ area: 'administrativo', urgencySignals: ['saude-urgente'] }))).toBe(48);
    expect(sut.hours(newFacts({ area: 'civil', urgencySignals: ['saude-urgente'] }))).toBe(720);
  });

  it('reads a patient who may die without care as the day\'s errand only against who owes the care (CF art. 196; CPC art. 300)', () => {
    expect(sut.hours(newFacts({ area: 'administrativo', urgencySignals: ['risco-de-morte'] }))).toBe(24);
    expect(sut.hours(newFacts({ area: 'consumidor', urgencySignals: ['risco-de-morte'] }))).toBe(24);
    expect(sut.hours(newFacts({ area: 'civil', urgencySignals: ['risco-de-morte'] }))).toBe(720);
  });

  it("reads a civil arrest warned or sought as a day's matter for the support's payer only (CPC art. 528 §§3º and 7º)", () => {
    const area = 'familia' as const;
    expect(sut.hours(newFacts({ area, urgencySignals: ['prisao-civil-iminente'], notes: ['support-debtor'] }))).toBe(24);
    // The mother enforcing the support reads the prison rite in her own suit: no arrest of hers at stake.
    expect(sut.hours(newFacts({ area, urgencySignals: ['prisao-civil-iminente'], notes: ['child-support'] }))).toBe(DEFAULT_URGENCY_H);
  });

  it('reads a benefit told as the only income as income lost only once it is cut, suspended or blocked, not beside a refusal alone', () => {
    const area = 'previdenciario' as const;
    expect(sut.hours(newFacts({ area, urgencySignals: ['renda-unica'] }))).toBe(DEFAULT_URGENCY_H);
    expect(sut.labels(newFacts({ area, urgencySignals: ['renda-unica'] }))).toEqual([]);
    expect(sut.hours(newFacts({ area, urgencySignals: ['renda-unica'], complexitySignals: ['beneficio-cessado'] }))).toBe(72);
    expect(sut.hours(newFacts({ area, urgencySignals: ['renda-unica'], notes: ['blocked-income'] }))).toBe(72);
    // A refusal alone: the only income told is another's, still paid.
    expect(sut.hours(newFacts({ area, urgencySignals: ['renda-unica'], notes: ['benefit-denied'] }))).toBe(DEFAULT_URGENCY_H);
  });

  it('reads a client without income by what restores it: maintenance at once, a benefit or pay within a week, a civil claim in a month', () => {
    expect(sut.hours(newFacts({ area: 'familia', urgencySignals: ['sem-renda'] }))).toBe(72);
    expect(sut.hours(newFacts({ area: 'previdenciario', urgencySignals: ['sem-renda'] }))).toBe(168);
    expect(sut.hours(newFacts({ area: 'trabalhista', urgencySignals: ['sem-renda'] }))).toBe(168);
    expect(sut.hours(newFacts({ area: 'civil', urgencySignals: ['sem-renda'] }))).toBe(720);
  });

  it("reads a benefit cut just now as within two days, and a child support's stop by its own course", () => {
    expect(sut.hours(newFacts({ area: 'previdenciario', urgencySignals: ['beneficio-cortado-agora', 'sem-renda'] }))).toBe(48);
    expect(sut.hours(newFacts({ area: 'familia', urgencySignals: ['beneficio-cortado-agora'] }))).toBe(DEFAULT_URGENCY_H);
  });

  it("counts a cut's recency told in its own message only beside a benefit told as cut or held", () => {
    const relayed = 'beneficio-cortado-agora-relatado';
    expect(sut.hours(newFacts({ area: 'previdenciario', urgencySignals: [relayed], complexitySignals: ['beneficio-cessado'] }))).toBe(48);
    expect(sut.hours(newFacts({ area: 'previdenciario', urgencySignals: [relayed], complexitySignals: ['prova-de-vida'] }))).toBe(48);
    expect(sut.hours(newFacts({ area: 'previdenciario', urgencySignals: [relayed] }))).toBe(DEFAULT_URGENCY_H);
  });

  it('labels the signals for summaries', () => {
    expect(sut.labels(newFacts({ urgencySignals: ['liminar'] }))).toEqual(['liminar']);
    // Two signals of one label (a child taken, a child not returned) are told once.
    expect(sut.labels(newFacts({ urgencySignals: ['crianca-retida', 'crianca-nao-devolvida'] }))).toEqual(['criança levada ou retida']);
  });
  it("gives a relative's arrest in a benefit case the benefit's time, not a defence's (auxílio-reclusão, Lei 8.213 art. 80)", () => {
    expect(sut.hours(newFacts({ area: 'previdenciario', urgencySignals: ['prisao'] }))).toBe(720);
    expect(sut.hours(newFacts({ area: 'criminal', urgencySignals: ['prisao'] }))).toBe(24);
  });
  it("gives a prisoner's death or injury claimed of the State the claim's time, not a defence's (CF art. 37 §6; Decreto 20.910/32)", () => {
    expect(sut.hours(newFacts({ area: 'administrativo', urgencySignals: ['prisao'] }))).toBe(720);
  });

  it("counts a child's sexual abuse told only beside a child or another vulnerable person told (ECA art. 130; Lei 14.344/22)", () => {
    expect(sut.hours(newFacts({ area: 'criminal', urgencySignals: ['abuso-sexual-de-crianca'], complexitySignals: ['vulneravel-de-familiar'] }))).toBe(24);
    expect(sut.hours(newFacts({ area: 'criminal', urgencySignals: ['abuso-sexual-de-crianca'], complexitySignals: ['vulneravel'] }))).toBe(24);
    expect(sut.hours(newFacts({ area: 'civil', urgencySignals: ['abuso-sexual-de-crianca'] }))).toBe(DEFAULT_URGENCY_H);
  });

  it('reads the arrest kind as a day\'s matter only with an arrest, a warrant or an apprehension told now (CPP arts. 306 and 310)', () => {
    const arrest = { area: 'criminal' as const, subarea: 'prisão (flagrante ou preventiva)' };
    // An arrest only wished ("quero que ele seja preso") or asked about: no one held, the inquiry runs.
    expect(sut.hours(newFacts(arrest))).toBe(DEFAULT_URGENCY_H);
    expect(sut.hours(newFacts({ ...arrest, urgencySignals: ['mandado-em-aberto'] }))).toBe(24);
    expect(sut.hours(newFacts({ ...arrest, urgencySignals: ['apreensao-adolescente'] }))).toBe(24);
    // The kind without its fact keeps the hours of the signals told.
    expect(sut.hours(newFacts({ ...arrest, urgencySignals: ['abuso-sexual-de-crianca'], complexitySignals: ['vulneravel'] }))).toBe(24);
  });

  it('drops the urgency of a harm told over whose redress alone is asked (CC arts. 206 §3º V and 935; CPP arts. 38 and 63)', () => {
    const over = { area: 'civil' as const, notes: ['violence', 'harm-over', 'damages-claimed'] };
    expect(sut.hours(newFacts({ ...over, urgencySignals: ['violencia'] }))).toBe(DEFAULT_URGENCY_H);
    expect(sut.hours(newFacts({ ...over, urgencySignals: ['exposicao-intima'] }))).toBe(DEFAULT_URGENCY_H);
    // The author's arrest told, the prosecution's course followed (CPP art. 268).
    expect(sut.hours(newFacts({ area: 'criminal', urgencySignals: ['prisao'], notes: ['harm-over', 'prosecution-followed'] }))).toBe(DEFAULT_URGENCY_H);
    expect(sut.labels(newFacts({ ...over, urgencySignals: ['violencia'] }))).toEqual([]);
    // The author arrested and convicted, the value or the money asked back of him (CP art. 91 I; CPP art. 63).
    for (const redress of ['value-claimed', 'money-back']) {
      expect(sut.hours(newFacts({ area: 'civil', urgencySignals: ['prisao'], notes: ['harm-over', 'offender-convicted', redress] }))).toBe(DEFAULT_URGENCY_H);
    }
    // The conviction alone tells the harm over ("foi detido e já foi sentenciado"; CPC art. 515 VI), unless a danger is told now.
    expect(sut.hours(newFacts({ area: 'civil', urgencySignals: ['prisao'], notes: ['offender-convicted', 'damages-claimed'] }))).toBe(DEFAULT_URGENCY_H);
    expect(sut.hours(newFacts({ area: 'civil', urgencySignals: ['violencia'], notes: ['offender-convicted', 'damages-claimed', 'threat'] }))).toBe(24);
    // Another signal of the case keeps its own time.
    expect(sut.hours(newFacts({ ...over, urgencySignals: ['violencia', 'crianca-retida'] }))).toBe(24);
  });

  it('keeps a harm urgent when told over without its redress asked, or with a danger now (Lei 11.340/06 art. 18; Lei 12.965/14 art. 21)', () => {
    const violence = { area: 'civil' as const, urgencySignals: ['violencia'] };
    expect(sut.hours(newFacts({ ...violence, notes: ['harm-over'] }))).toBe(24);
    expect(sut.hours(newFacts({ ...violence, notes: ['damages-claimed'] }))).toBe(24);
    for (const danger of ['harm-going-on', 'threat', 'protection-sought', 'child-taken', 'accused', 'criminal-defence']) {
      expect(sut.hours(newFacts({ ...violence, notes: ['harm-over', 'damages-claimed', danger] }))).toBe(24);
    }
  });

  it("reads a prisoner's arrest beside a benefit of the sentence asked as the sentence's, no custody hearing (LEP arts. 66 III, 112 and 126; CP art. 83)", () => {
    const served = { area: 'criminal' as const, urgencySignals: ['prisao'], complexitySignals: ['liberdade', 'prisao-em-curso', 'beneficio-da-execucao'] };
    expect(sut.hours(newFacts(served))).toBe(DEFAULT_URGENCY_H);
    expect(sut.labels(newFacts(served))).toEqual([]);
    // A new arrest ("foi preso ontem de novo") or a new charge told beside it keeps the day's defence (CPP art. 310; LEP art. 118 I).
    for (const now of ['harm-going-on', 'accused', 'criminal-defence']) {
      expect(sut.hours(newFacts({ ...served, notes: [now] }))).toBe(24);
    }
    // A warrant open keeps its own time; without the benefit asked, the arrest is one now; nor is one out on a warrant held yet
    // ("não voltou do trabalho externo e tem mandado de prisão", LEP arts. 50 II and 118 I).
    expect(sut.hours(newFacts({ ...served, urgencySignals: ['prisao', 'mandado-em-aberto'] }))).toBe(24);
    expect(sut.hours(newFacts({ area: 'criminal', urgencySignals: ['prisao'], complexitySignals: ['liberdade', 'prisao-em-curso'] }))).toBe(24);
    expect(sut.hours(newFacts({ area: 'criminal', urgencySignals: ['prisao'], complexitySignals: ['liberdade', 'beneficio-da-execucao'] }))).toBe(24);
  });

  it("reads the author held in a custody that lasts, beside the prosecution followed or a suit wished, as a harm over (CPP arts. 64, 268-273, 310-316)", () => {
    const held = { area: 'criminal' as const, urgencySignals: ['prisao'], complexitySignals: ['liberdade', 'prisao-em-curso'], notes: ['offender-held' as const, 'prosecution-followed' as const] };
    expect(sut.hours(newFacts(held))).toBe(DEFAULT_URGENCY_H);
    // The civil action for the harm, the author convicted (CP art. 91 I; CPP art. 64): "quero processar ele no cível".
    expect(sut.hours(newFacts({ area: 'civil', urgencySignals: ['violencia'], notes: ['harm-over', 'offender-convicted', 'suit-wished'] }))).toBe(DEFAULT_URGENCY_H);
    // Held, but a threat now, or nothing asked but the custody itself: the arrest's day stays.
    expect(sut.hours(newFacts({ ...held, notes: ['offender-held', 'prosecution-followed', 'threat'] }))).toBe(24);
    expect(sut.hours(newFacts({ ...held, notes: ['offender-held'] }))).toBe(24);
  });

  it("reads a prisoner's custody beside a visit asked as settled, no custody hearing (LEP art. 41 X)", () => {
    const visit = { area: 'criminal' as const, urgencySignals: ['prisao'], complexitySignals: ['liberdade', 'prisao-em-curso'], notes: ['prison-visit' as const] };
    expect(sut.hours(newFacts(visit))).toBe(DEFAULT_URGENCY_H);
    // A fresh arrest ("prenderam meu filho ontem, posso visitar?") or harm inside keeps the day's defence (CPP art. 310; LEP art. 40).
    expect(sut.hours(newFacts({ ...visit, notes: ['prison-visit', 'harm-going-on'] }))).toBe(24);
    expect(sut.hours(newFacts({ ...visit, urgencySignals: ['prisao', 'preso-em-perigo'] }))).toBe(24);
  });

  it('counts the child asked back only beside the child taken, the taker gone or the consent withheld (CP arts. 248-249; CPC art. 536)', () => {
    const asked = { area: 'familia' as const, urgencySignals: ['crianca-pedida-de-volta'] };
    expect(sut.hours(newFacts({ ...asked, complexitySignals: ['crianca-levada'] }))).toBe(24);
    expect(sut.hours(newFacts({ ...asked, complexitySignals: ['parte-sumida'] }))).toBe(24);
    expect(sut.hours(newFacts({ ...asked, complexitySignals: ['internacional', 'consentimento-negado'] }))).toBe(24);
    // Asked back with nothing of a taking told (a custody to review, a child in a shelter): no search and seizure within the day.
    expect(sut.hours(newFacts(asked))).toBe(DEFAULT_URGENCY_H);
    expect(sut.hours(newFacts({ ...asked, complexitySignals: ['vulneravel'] }))).toBe(DEFAULT_URGENCY_H);
  });

  it('counts a revenge told in a contractor\'s words only beside a crime against the client (CP arts. 147 and 344)', () => {
    expect(sut.hours(newFacts({ area: 'criminal', urgencySignals: ['retaliacao'] }))).toBe(24);
    expect(sut.hours(newFacts({ area: 'criminal', urgencySignals: ['retaliacao-velada'], notes: ['custody-ended'] }))).toBe(24);
    expect(sut.hours(newFacts({ area: 'criminal', urgencySignals: ['retaliacao-velada'], notes: ['threat', 'victim'] }))).toBe(DEFAULT_URGENCY_H);
    expect(sut.hours(newFacts({ area: 'consumidor', urgencySignals: ['retaliacao-velada'], notes: ['money-back'] }))).toBe(DEFAULT_URGENCY_H);
    // Beside a testimony to give, an informant exposed or the fear of going out, the veiled revenge is current (CP art. 344; Lei 9.807/99).
    expect(sut.hours(newFacts({ area: 'criminal', urgencySignals: ['retaliacao-velada'], notes: ['witness'] }))).toBe(24);
    expect(sut.hours(newFacts({ area: 'criminal', urgencySignals: ['retaliacao-velada'], notes: ['informant-exposed'] }))).toBe(24);
    expect(sut.hours(newFacts({ area: 'criminal', urgencySignals: ['retaliacao-velada'], notes: ['afraid-to-go-out'] }))).toBe(24);
    // Beside a child or an adolescent threatened, protected at once from any threat (ECA arts. 5º, 18 and 130).
    expect(sut.hours(newFacts({ area: 'criminal', urgencySignals: ['retaliacao-velada'], complexitySignals: ['cliente-menor'] }))).toBe(24);
    // Beside an attempt on the client's life or a crime against life, its author's veiled revenge is a danger to life now (CP arts. 121, 147 and 344).
    expect(sut.hours(newFacts({ area: 'criminal', urgencySignals: ['retaliacao-velada'], notes: ['victim'], complexitySignals: ['atentado-contra-a-vida'] }))).toBe(24);
    expect(sut.hours(newFacts({ area: 'criminal', urgencySignals: ['retaliacao-velada'], notes: ['victim'], complexitySignals: ['lesao-corporal'] }))).toBe(DEFAULT_URGENCY_H);
  });

  it('counts protection asked only beside a threat told, the threat current (Lei 11.340/06 arts. 22-23; CPP art. 319 III; Lei 9.807/99)', () => {
    expect(sut.hours(newFacts({ area: 'criminal', urgencySignals: ['protecao-contra-ameaca'], notes: ['threat'] }))).toBe(24);
    expect(sut.hours(newFacts({ area: 'criminal', urgencySignals: ['protecao-contra-ameaca'], notes: ['harm-threatened'] }))).toBe(24);
    // Protection asked with no threat told (a shelter's, a consumer's): no order against anyone within the day.
    expect(sut.hours(newFacts({ area: 'criminal', urgencySignals: ['protecao-contra-ameaca'], notes: ['victim'] }))).toBe(DEFAULT_URGENCY_H);
  });

  it('counts a violent crime just suffered until the report is told made or its redress alone asked (CPP arts. 5º, 158 and 301-303)', () => {
    expect(sut.hours(newFacts({ area: 'criminal', urgencySignals: ['violencia-recente'] }))).toBe(24);
    expect(sut.hours(newFacts({ area: 'criminal', urgencySignals: ['violencia-recente'], notes: ['police-report-filed'] }))).toBe(DEFAULT_URGENCY_H);
    expect(sut.hours(newFacts({ area: 'civil', urgencySignals: ['violencia-recente'], notes: ['harm-over', 'damages-claimed'] }))).toBe(DEFAULT_URGENCY_H);
  });

  it("counts a child's sexual abuse beside the child told by the abuse's words, not once the abuser is convicted and damages asked (ECA art. 130)", () => {
    expect(sut.hours(newFacts({ area: 'criminal', urgencySignals: ['abuso-sexual-de-crianca'], notes: ['child-sexual-abuse'] }))).toBe(24);
    expect(sut.hours(newFacts({ area: 'civil', urgencySignals: ['abuso-sexual-de-crianca'], notes: ['child-sexual-abuse', 'offender-convicted', 'damages-claimed'] }))).toBe(DEFAULT_URGENCY_H);
  });
});
