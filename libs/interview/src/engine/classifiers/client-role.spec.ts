import { newFacts } from '../testing/facts.factory';
import { isCrimeVictim, isEmployerAsking, isEmployerSued, isOnlyWitness, isVictim, opposingParties } from './client-role';

describe('client role', () => {
  it('lists a party named in a later message once, without the bare label of its kind told before', () => {
    expect(opposingParties(newFacts({ parties: ['banco', 'Banco Pan'] }))).toEqual(['Banco Pan']);
    expect(opposingParties(newFacts({ parties: ['banco', 'Itaú'] }))).toEqual(['Itaú']);
    expect(opposingParties(newFacts({ parties: ['banco', 'Magazine Luiza'] }))).toEqual(['banco', 'Magazine Luiza']);
    expect(opposingParties(newFacts({ parties: ['banco', 'Caixa'] }))).toEqual(['Caixa']);
  });

  it("names the client's own doctor as no other side in a benefit case, and the doctor of a medical error as one", () => {
    expect(opposingParties(newFacts({ area: 'previdenciario', parties: ['médico ou hospital', 'INSS'] }))).toEqual(['INSS']);
    expect(opposingParties(newFacts({ area: 'civil', parties: ['médico ou hospital'] }))).toEqual(['médico ou hospital']);
  });

  it('names the Receita, a health plan and an accountant the other side only in the cases that are against them', () => {
    expect(opposingParties(newFacts({ area: 'administrativo', parties: ['SUS', 'Receita Federal'] }))).toEqual(['SUS']);
    expect(opposingParties(newFacts({ area: 'tributario', parties: ['Receita Federal'] }))).toEqual(['Receita Federal']);
    expect(opposingParties(newFacts({ area: 'previdenciario', parties: ['INSS', 'plano de saúde'] }))).toEqual(['INSS']);
    expect(opposingParties(newFacts({ area: 'consumidor', parties: ['plano de saúde'] }))).toEqual(['plano de saúde']);
    expect(opposingParties(newFacts({ area: 'empresarial', parties: ['contador'] }))).toEqual([]);
    expect(opposingParties(newFacts({ area: 'civil', parties: ['contador'] }))).toEqual(['contador']);
    expect(opposingParties(newFacts({ area: 'civil', parties: ['amigo ou conhecido'] }))).toEqual(['amigo ou conhecido']);
    expect(opposingParties(newFacts({ area: 'criminal', parties: ['amigo ou conhecido', 'pessoa não identificada'] }))).toEqual(['pessoa não identificada']);
  });

  it('names no bank holding the estate as the other side of an inventory', () => {
    expect(opposingParties(newFacts({ area: 'familia', subarea: 'inventário e herança', parties: ['banco', 'Caixa', 'Itaú'] }))).toEqual([]);
    expect(opposingParties(newFacts({ area: 'consumidor', subarea: 'cobrança indevida', parties: ['Caixa'] }))).toEqual(['Caixa']);
    // The ward's bank in a curatela is where the curator will act (CPC arts. 747-758), not the other side.
    expect(opposingParties(newFacts({ area: 'familia', subarea: 'curatela e interdição', parties: ['Bradesco', 'banco', 'familiares'] }))).toEqual([]);
    expect(opposingParties(newFacts({ area: 'familia', subarea: 'divórcio', parties: ['Bradesco'] }))).toEqual(['Bradesco']);
    // The former employer's owner who keeps the receipts is evidence in a retirement claim, not a second party (Lei 8.213 art. 29-A).
    const retirement = newFacts({ area: 'previdenciario', subarea: 'aposentadoria por idade', parties: ['INSS', 'sindicato', 'dono (proprietário)'] });
    expect(opposingParties(retirement)).toEqual(['INSS']);
    expect(opposingParties({ ...retirement, area: 'imobiliario', subarea: 'compra e venda' })).toContain('dono (proprietário)');
  });

  it('names no hospital that treated a crash victim as the other side, and the hospital of a medical error as it', () => {
    const crash = newFacts({ area: 'civil', subarea: 'acidente de trânsito - indenização', parties: ['Cidade Sol', 'médico ou hospital'] });
    expect(opposingParties(crash)).toEqual(['Cidade Sol']);
    expect(opposingParties({ ...crash, subarea: 'erro médico' })).toEqual(['Cidade Sol', 'médico ou hospital']);
    // The doctor who prescribed what the SUS refuses is the proof, not the other side.
    expect(opposingParties(newFacts({ area: 'administrativo', subarea: 'saúde pública (SUS)', parties: ['médico ou hospital', 'prefeitura'] }))).toEqual(['prefeitura']);
    // The hospital that treated the victim of a crime at home or on the road.
    expect(opposingParties(newFacts({ area: 'criminal', subarea: 'violência doméstica e medidas protetivas', parties: ['médico ou hospital', 'ex-cônjuge ou ex-companheiro(a)'] }))).toEqual(['ex-cônjuge ou ex-companheiro(a)']);
  });

  it('reads the victim from any victim note, and never when the client is the one accused or sued', () => {
    expect(isVictim(newFacts({ notes: ['victim'] }))).toBe(true);
    expect(isVictim(newFacts({ notes: ['threat'] }))).toBe(true);
    expect(isVictim(newFacts({ notes: ['criminal-complaint'] }))).toBe(true);
    expect(isVictim(newFacts({ notes: ['victim', 'accused'] }))).toBe(false);
    expect(isVictim(newFacts({ notes: ['police-report-filed', 'defendant'] }))).toBe(false);
    expect(isVictim(newFacts({ notes: ['police-report-filed', 'criminal-defence'] }))).toBe(false);
    expect(isVictim(newFacts())).toBe(false);
  });

  it('reads the crime victim also from the author told convicted, not from a sentence served nor when the client is accused', () => {
    expect(isCrimeVictim(newFacts({ notes: ['offender-convicted'] }))).toBe(true);
    expect(isCrimeVictim(newFacts({ notes: ['victim'] }))).toBe(true);
    expect(isCrimeVictim(newFacts({ notes: ['offender-convicted', 'custody-ended'] }))).toBe(false);
    expect(isCrimeVictim(newFacts({ notes: ['offender-convicted', 'accused'] }))).toBe(false);
    expect(isCrimeVictim(newFacts())).toBe(false);
  });

  it('reads the employer as sued once a labour claim is brought against them, and as asking how to act before it', () => {
    expect(isEmployerSued(newFacts({ notes: ['client-employer', 'defendant'] }))).toBe(true);
    expect(isEmployerAsking(newFacts({ notes: ['client-employer', 'defendant'] }))).toBe(false);
    expect(isEmployerAsking(newFacts({ notes: ['client-employer'] }))).toBe(true);
    expect(isEmployerSued(newFacts({ notes: ['client-employer', 'defendant', 'opponent-employer'] }))).toBe(false);
    expect(isEmployerSued(newFacts({ notes: ['defendant'] }))).toBe(false);
  });

  it('reads a summoned witness as a party once they are the victim or accused', () => {
    expect(isOnlyWitness(newFacts({ notes: ['witness'] }))).toBe(true);
    expect(isOnlyWitness(newFacts({ notes: ['witness', 'accused'] }))).toBe(false);
  });
});
