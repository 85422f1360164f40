import { UrgencyClassifier } from '../classifiers/urgency.classifier';
import { UrgencyExtractor } from '../extractors/urgency.extractor';
import { newFacts } from '../testing/facts.factory';

describe('SUPPLY_CUT_DONE, SUPPLY_CUT_BY_HAND_DONE and VITAL_EQUIPMENT in urgency', () => {
  const extractor = new UrgencyExtractor();
  const classifier = new UrgencyClassifier();
  const signals = (text: string) => extractor.extract(text).signals;
  const hours = (text: string) => classifier.hours(newFacts({ area: 'consumidor', urgencySignals: signals(text) }));

  it('reads a power or water supply cut done or being done now, however told, as an essential service cut', () => {
    for (const text of [
      'a coelba cortou minha luz hoje de manha',
      'a cemig suspendeu o fornecimento de energia do meu sitio',
      'o fornecimento de energia foi suspenso hoje',
      'o tecnico ta aqui na porta cortando a luz agora',
      'o pessoal da Light veio hoje e desligou nossa luz',
      'to sem energia desde cedo, vieram e tiraram o relogio',
    ]) expect(signals(text)).toContain('servico-essencial');
    // A cut announced, a supplier of goods or a medicine's supply: no cut of the home's supply.
    expect(signals('a energia vai ser cortada no mes que vem')).not.toContain('servico-essencial');
    expect(signals('o fornecedor suspendeu o fornecimento de pecas')).not.toContain('servico-essencial');
    expect(signals('a prefeitura suspendeu o fornecimento do remedio')).not.toContain('servico-essencial');
  });

  it('reads the cut with someone at home who depends on it for health as the same day (CPC art. 300; Lei 8.987/95 art. 6º §3º; Resolução ANEEL 1.000/2021 art. 6º)', () => {
    expect(hours('cortaram a luz hoje e minha mae usa concentrador de oxigenio')).toBe(24);
    expect(hours('a luz foi cortada agora e meu filho depende de respirador')).toBe(24);
    expect(hours('a coelba cortou a minha luz hoje e a insulina da minha filha fica na geladeira')).toBe(24);
    expect(hours('cortaram a luz hoje de manha e minha mae tetraplegica usa colchao pneumatico')).toBe(24);
    // A plain cut for bills owed stays a matter of days; the device with no cut told (a bill disputed, a cut announced) weighs nothing.
    expect(hours('cortaram minha luz hoje, to com 2 contas atrasadas')).toBe(48);
    expect(hours('minha conta de luz veio 1.400 reais e meu marido usa concentrador de oxigenio')).toBeGreaterThan(48);
    expect(hours('a energia vai ser cortada no mes que vem e meu pai usa oxigenio em casa')).toBeGreaterThan(48);
    // Restored, the cut is over (`SERVICE_RESTORED`) and the device with it.
    expect(classifier.hours(newFacts({ area: 'consumidor', urgencySignals: ['corte-com-vida-em-risco'] }))).toBeGreaterThan(48);
  });

  it("reads the landlord's own hand on the tenant's water or power, done, as the same day (Lei 8.245/91 art. 22 I-II; CC art. 1.210; CP art. 345)", () => {
    const landlordHours = (text: string) => classifier.hours(newFacts({ area: 'imobiliario', urgencySignals: signals(text), complexitySignals: ['locador-nomeado'] }));
    for (const text of [
      'meu senhorio baixou o disjuntor da minha casa hoje cedo',
      'a locadora trancou o quadro de luz com cadeado e levou a chave',
      'o proprietario fechou o registro geral da agua na calcada',
      'oxe, o dono da casa tirou o relogio da luz ontem de tarde',
      "minha senhoria desligou a bomba d'agua da casa e a caixa secou",
      'o dono do quarto trancou o registro com cadeado',
    ]) expect(landlordHours(text)).toBe(24);
    // Only threatened, told restored, the utility's own cut, or no landlord told: not the landlord's cut done.
    expect(landlordHours('o dono da casa falou que vai desligar o disjuntor se eu nao pagar')).toBeGreaterThan(48);
    expect(landlordHours('o proprietario desligou o disjuntor mes passado, mas ja religou no outro dia')).toBeGreaterThan(48);
    expect(landlordHours('a cemig desligou a luz da casa que eu alugo')).toBe(48);
    expect(hours('desligou o disjuntor do quarto')).toBeGreaterThan(48);
  });
});
