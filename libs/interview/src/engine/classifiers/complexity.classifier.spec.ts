import { newFacts } from '../testing/facts.factory';
import { InterviewFacts } from '../interview-engine.types';
import { boundedLevel, ComplexityClassifier, engagesTwoAreas, explainComplexity, namesTwoStates } from './complexity.classifier';
import { COMPLEXITY_FEATURES } from '../lexicons/complexity-features.lexicon';

describe(ComplexityClassifier.name, () => {
  const sut = new ComplexityClassifier();

  it("weighs a traffic accident's claim with days of work lost as never simple: lucros cessantes to prove beside the repair (CC arts. 402, 403 and 949)", () => {
    const assessed = (subarea: string, notes: string[], texts: string[]) =>
      sut.assess(newFacts({ area: 'civil', subarea, notes: notes as never, complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const crash = 'acidente de trânsito - indenização';
    expect(assessed(crash, ['collision-victim'], ['bateram na minha moto', 'fiquei 3 semanas sem rodar']).complexity).toBe('medium');
    expect(assessed('responsabilidade civil e contratos', ['collision-victim'], ['to afastado do servico faz 10 dias']).complexity).toBe('medium');
    // The repair alone, or the days lost without the client's vehicle hit (a car lent and crashed), stay as they were.
    expect(assessed(crash, ['collision-victim'], ['bateram na traseira do meu carro', 'o conserto deu 2 mil']).complexity).toBe('low');
    expect(assessed(crash, ['lender'], ['fiquei 3 semanas sem rodar']).complexity).toBe('low');
  });

  it("weighs a death in a road crash as the crime's own result in a criminal case: a culpable homicide in traffic (CTB art. 302; CP art. 121 §3º)", () => {
    const assessed = (area: 'criminal' | 'civil', texts: string[]) =>
      sut.assess(newFacts({ area, complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    const crash = assessed('criminal', ['sou motorista e ano passado tive um acidente na serra em que uma ciclista faleceu']);
    expect(ids(crash)).toEqual(expect.arrayContaining(['dano-grave', 'crime-grave']));
    expect(crash.complexity).toBe('high');
    // A crash without a death, a death told apart from the crash or by a stab, and a civil claim are no crime's result here.
    expect(ids(assessed('criminal', ['tive um acidente na serra e amassei o carro de uma senhora']))).not.toContain('dano-grave');
    expect(ids(assessed('criminal', ['a moto dele bateu no muro', 'meu avo morreu ano passado']))).not.toContain('dano-grave');
    expect(ids(assessed('civil', ['o onibus capotou na estrada e meu tio morreu']))).not.toContain('morte-no-transito');
  });

  it('weighs a death in a road crash claimed in a civil case as the serious harm whose damages are sought (CC arts. 942 and 948)', () => {
    const assessed = (area: 'civil' | 'familia', texts: string[]) =>
      sut.assess(newFacts({ area, complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    expect(assessed('civil', ['meu pai faleceu num acidente com um caminhão na estrada']).features.map((f) => f.id)).toContain('dano-grave');
    // An inventory opened for the same death claims no damages.
    expect(assessed('familia', ['meu pai faleceu num acidente com um caminhão na estrada']).features.map((f) => f.id)).not.toContain('dano-grave');
  });

  it("gives a union the couple asks to register none of a dissolution's weight: a declaration both sign before a notary (CC art. 1.725; Provimento CNJ 141/2023)", () => {
    const union = 'dissolução de união estável e partilha';
    const assessed = (texts: string[]) => sut.assess(newFacts({ area: 'familia', subarea: union, complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    const registered = assessed(['queremos fazer a escritura de união estável, moramos juntos faz 3 anos', 'vamos comprar um terreno']);
    expect(ids(registered)).not.toContain('tipo-de-caso');
    expect(registered.complexity).toBe('low');
    // A deed already made, told in a dissolution, leaves the dissolution's weight.
    expect(ids(assessed(['tenho escritura de união estável e ele saiu de casa levando o carro']))).toContain('tipo-de-caso');
  });

  it('weighs the FGTS withheld for more than six months as never simple in a labour case: the rescisão indireta and the arrears (CLT art. 483 d; Lei 8.036/90 arts. 15 and 22)', () => {
    const assessed = (area: 'trabalhista' | 'familia', texts: string[]) =>
      sut.assess(newFacts({ area, complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    const withheld = assessed('trabalhista', ['mano o fgts ta zerado faz uns 3 anos, a firma nunca depositou nada', 'sou montador de moveis']);
    expect(ids(withheld)).toContain('fgts-retido');
    expect(withheld.complexity).toBe('medium');
    // A month late, or a withdrawal asked, is a plain question; the FGTS spent on a home in a divorce is no labour claim.
    expect(assessed('trabalhista', ['a empresa atrasou o deposito do fgts desse mes, é normal?']).complexity).toBe('low');
    expect(ids(assessed('trabalhista', ['posso sacar meu fgts pra comprar uma casa?', 'trabalho registrado faz 6 anos']))).not.toContain('fgts-retido');
    expect(ids(assessed('familia', ['o fgts dele ta parado faz 2 anos e ele diz que nao tem dinheiro pra pensao']))).not.toContain('fgts-retido');
  });

  it('weighs the whole severance unpaid after years of service or by an employer who vanished as never simple in a labour case (CLT arts. 467, 477 §§6º-8º and 487; Lei 8.036/90 art. 18)', () => {
    const assessed = (texts: string[]) =>
      sut.assess(newFacts({ area: 'trabalhista', subarea: 'verbas rescisórias', complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    const years = assessed(['fui mandado embora da distribuidora e ate hoje nao pagaram minha rescisao', 'trabalhei 6 anos de conferente la']);
    expect(ids(years)).toContain('rescisao-sonegada');
    expect(years.complexity).toBe('medium');
    expect(assessed(['o patrao fechou a oficina e sumiu, fiquei sem receber o acerto', 'era funileiro com carteira']).complexity).toBe('medium');
    // A short job, the severance paid with one item disputed, or a dismissal the ten days have not run on stay as they were.
    expect(assessed(['fui mandado embora e nao pagaram minha rescisao ainda', 'trabalhei 1 ano e 4 meses de atendente']).complexity).toBe('low');
    expect(ids(assessed(['me mandaram embora e pagaram minha rescisao mas faltou as ferias', 'trabalhei 6 anos de repositor']))).not.toContain('rescisao-sonegada');
    expect(ids(assessed(['fui demitida ontem e queria saber quanto tenho de rescisao', 'trabalhei 5 anos na clinica']))).not.toContain('rescisao-sonegada');
    // A sum told within the summary rite (CLT art. 852-A) stays a plain claim from an employer still there.
    const told = ['fui mandado embora e nao pagaram minha rescisao', 'trabalhei 6 anos de conferente la', 'da uns 18 mil'];
    const small = sut.assess(newFacts({ area: 'trabalhista', amounts: [{ raw: 'R$ 18 mil', value: 18_000 }], complexitySignals: sut.signals(told.join('. '), told) }), 1, 1);
    expect(ids(small)).not.toContain('rescisao-sonegada');
  });

  it("weighs the payer's own request to lower the support as never simple: the change of his means against the child's needs, contested (CC arts. 1.694 §1º and 1.699)", () => {
    const texts = ['pago a pensão do meu filho, mas meu salário caiu pela metade', 'quero diminuir o valor'];
    const facts = newFacts({ area: 'familia', subarea: 'revisão de alimentos (redução pedida por quem paga)', complexitySignals: sut.signals(texts.join('. '), texts) });
    expect(sut.assess(facts, 1, 1).complexity).toBe('medium');
  });

  it("weighs a support unpaid for half a year or more as never simple where its enforcement is the case: the prison rite for the last three installments, the attachment one for the older (CPC art. 528 §§7º-8º; Súmula 309 STJ)", () => {
    const execution = 'execução de alimentos (pensão atrasada)';
    const assessed = (area: 'familia' | 'civil', subarea: string, texts: string[]) =>
      sut.assess(newFacts({ area, subarea, complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    const arrears = assessed('familia', execution, ['o pai do meu filho não paga a pensão faz 8 meses', 'a pensão foi fixada pelo juiz em 2022']);
    expect(ids(arrears)).toContain('pensao-atrasada-meio-ano');
    expect(arrears.complexity).toBe('medium');
    // Four months, a loan unpaid for as long, and a divorce's years stay as they were.
    expect(assessed('familia', execution, ['o pai do meu filho não paga a pensão faz 4 meses']).complexity).toBe('low');
    expect(ids(assessed('civil', 'cobrança e dívidas', ['meu cunhado não me paga o empréstimo faz 7 meses']))).not.toContain('pensao-atrasada-meio-ano');
    expect(ids(assessed('familia', 'divórcio', ['casados há 6 anos', 'ele não paga a pensão faz 7 meses']))).not.toContain('pensao-atrasada-meio-ano');
  });

  it('weighs a worker on their own account hurt by another, with a week of work or more lost, as never simple: lucros cessantes proved by what the work earned (CC arts. 402-403, 936 and 949-950)', () => {
    const assessed = (texts: string[]) =>
      sut.assess(newFacts({ area: 'civil', subarea: 'responsabilidade civil e contratos', complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    expect(assessed(['sou diarista e o cachorro da patroa me mordeu', 'fiquei duas semanas sem poder fazer faxina']).complexity).toBe('medium');
    expect(assessed(['sou mototaxista, um carro me derrubou', 'fiquei 18 dias sem rodar']).complexity).toBe('medium');
    // A few days lost, no trade on one's own account told, or the repair alone stay as they were.
    expect(assessed(['sou diarista e o cachorro do vizinho me mordeu', 'fiquei 6 dias sem trabalhar']).complexity).toBe('low');
    expect(assessed(['o cachorro do vizinho me mordeu', 'fiquei 15 dias sem trabalhar']).complexity).toBe('low');
    expect(assessed(['sou motorista de aplicativo, bateram na porta do meu carro', 'o conserto deu 1.800, não deixei de rodar']).complexity).toBe('low');
  });

  it('weighs a soldier or a servant discharged while hurt or ill as high (Lei 6.880/80 arts. 106 and 108-111; Lei 8.112/90 art. 20 §5º)', () => {
    const assessed = (area: 'administrativo' | 'trabalhista', texts: string[]) =>
      sut.assess(newFacts({ area, complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    // Discharged with the injury, told in two messages: the pay and the treatment cut at once.
    const soldier = assessed('administrativo', ['vao dar baixa no meu filho no fim do mes', 'ele rompeu o ligamento do joelho no treinamento']);
    expect(ids(soldier)).toEqual(expect.arrayContaining(['desligado-incapaz', 'tratamento-negado']));
    expect(soldier.complexity).toBe('high');
    expect(assessed('administrativo', ['me exoneraram no meio da licenca medica']).complexity).toBe('high');
    // The soldier's own request, or an injury with the service going on, is no such case.
    expect(ids(assessed('administrativo', ['quero dar baixa do exercito pra assumir outro emprego']))).not.toContain('desligado-incapaz');
    expect(ids(assessed('administrativo', ['quebrei o pe jogando bola e to de licenca medica']))).not.toContain('desligado-incapaz');
    // A private employer's dismissal of a sick worker is a labour case, weighed by its own features.
    expect(ids(assessed('trabalhista', ['fui desligado da empresa com hernia de disco']))).not.toContain('desligado-incapaz');
  });

  it("weighs a temporary hire by the State told in lay words, ended or dismissed, as a bond with the State disputed in an administrative case (CF art. 37 IX; STF Temas 542, 551 and 916)", () => {
    const assessed = (area: 'administrativo' | 'trabalhista', texts: string[]) =>
      sut.assess(newFacts({ area, complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    // The hire and its end, told in two messages or in one.
    expect(ids(assessed('administrativo', ['passei no processo seletivo da prefeitura pra agente de saude', 'trabalhei 3 anos e me mandaram embora']))).toContain('tipo-nao-simples');
    expect(assessed('administrativo', ['entrei no estado por processo seletivo e me cortaram agora que to gravida']).complexity).toBe('medium');
    expect(ids(assessed('administrativo', ['acabou meu contrato reda com o estado da bahia']))).toContain('tipo-nao-simples');
    // The hire with no end told, the end of a contract with no public hire, and a labour case, are no such case.
    expect(ids(assessed('administrativo', ['fui chamado no processo seletivo da prefeitura e nao sei quando pagam']))).not.toContain('tipo-nao-simples');
    expect(ids(assessed('administrativo', ['acabou o contrato do aluguel da sala']))).not.toContain('tipo-nao-simples');
    expect(ids(assessed('trabalhista', ['fui contratada pelo estado e me dispensaram']))).not.toContain('tipo-nao-simples');
  });

  it('weighs a benefit cut told in the client\'s words as a cut to contest, and a refused disability retirement as no harm (Lei 8.213/91 arts. 42 and 115)', () => {
    const assessed = (texts: string[]) => sut.assess(newFacts({ area: 'previdenciario', complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    // The elder's age weighs again once the benefit is cut.
    const cut = assessed(['cancelaram o loas da minha avó', 'ela tem 81 anos']);
    expect(ids(cut)).toEqual(expect.arrayContaining(['beneficio-cessado', 'vulneravel']));
    expect(cut.complexity).toBe('medium');
    expect(assessed(['a carta diz que o benefício vai ser suspenso se não fizer a prova de vida', 'ela tem 81 anos']).complexity).toBe('low');
    // A disability retirement refused is asked, not held: no serious harm beside the aid cut.
    const refused = sut.features(newFacts({ area: 'previdenciario', notes: ['benefit-denied'], complexitySignals: sut.signals('negaram minha aposentadoria por invalidez. cortaram o auxilio doença na pericia') }));
    expect(refused.map((f) => f.id)).toContain('beneficio-cessado');
    expect(refused.map((f) => f.id)).not.toContain('dano-grave');
  });

  it('weighs work or contributions abroad a benefit needs counted as the agreement\'s totalization, high (Lei 8.213/91 art. 85-A; Decreto 1.457/95)', () => {
    const assessed = (area: 'previdenciario' | 'trabalhista', texts: string[]) =>
      sut.assess(newFacts({ area, complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    const spain = assessed('previdenciario', ['o inss negou minha aposentadoria', 'fiquei oito anos na Espanha e trabalhei na Espanha de garçom, descontavam pra previdência de lá']);
    expect(ids(spain)).toEqual(expect.arrayContaining(['tempo-no-exterior', 'internacional']));
    expect(spain.complexity).toBe('high');
    expect(assessed('previdenciario', ['o INSS negou a pensão do meu marido', 'ele morava no Porto e pagava a segurança social de Portugal']).complexity).toBe('high');
    // A job abroad is only the story in a labour case, still a foreign element; a country named without work there is no time to count.
    const japan = assessed('trabalhista', ['trabalhei no Japão dois anos numa fábrica']);
    expect(ids(japan)).toContain('internacional');
    expect(ids(japan)).not.toContain('tempo-no-exterior');
    expect(ids(assessed('previdenciario', ['o INSS negou minha aposentadoria', 'meu filho mora em Portugal']))).not.toContain('tempo-no-exterior');
  });

  it('weighs a benefit refused for the insured status lost to one dismissed and left unemployed as the grace period prolonged to prove (Lei 8.213/91 art. 15 II and §§1º-2º)', () => {
    const assessed = (texts: string[], notes: string[] = ['insured-status-lost', 'benefit-denied'], subarea?: string) =>
      sut.assess(newFacts({ area: 'previdenciario', subarea, notes: notes as never, complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    // The dismissal or the unemployment, the insured's or the deceased's, beside the refusal for the status lost.
    for (const texts of [
      ['fui mandado embora em 2022', 'desde entao to desempregado'],
      ['fui demitida do mercado e recebi o seguro desemprego'],
      ['a empresa dispensou ele', 'ele tinha sido demitido um ano antes de morrer'],
      ['perdi meu emprego quando a obra acabou e nao consegui outro emprego'],
    ]) {
      const a = assessed(texts);
      expect(ids(a)).toContain('periodo-de-graca-prorrogado');
      expect(a.complexity).toBe('medium');
    }
    // The incapacity the INSS never reached weighs no harm beside it.
    expect(ids(assessed(['fui dispensado e fiquei desempregado', 'tive um avc e fiquei com o lado esquerdo paralisado']))).not.toContain('dano-grave');
    // Not the status lost by one who stopped paying by choice, a question with no refusal, an unemployment without the status denied,
    // nor a maternity pay.
    expect(ids(assessed(['sou autonomo e parei de pagar o carne porque quis']))).not.toContain('periodo-de-graca-prorrogado');
    expect(ids(assessed(['fui demitido e to desempregado'], ['insured-status-lost']))).not.toContain('periodo-de-graca-prorrogado');
    expect(ids(assessed(['fui demitido e to desempregado'], ['benefit-denied']))).not.toContain('periodo-de-graca-prorrogado');
    expect(ids(assessed(['fui mandada embora e to desempregada'], undefined, 'salário-maternidade'))).not.toContain('periodo-de-graca-prorrogado');
  });

  it('weighs a refusal for the insured status lost as no proof disputed where the client pays the own contributions and tells them paid every month or stopped by choice (Lei 8.213/91 arts. 15 II and §4º, 27-A, 29-A)', () => {
    const assessed = (texts: string[], notes: string[] = ['insured-status-lost', 'benefit-denied']) =>
      sut.assess(
        newFacts({ area: 'previdenciario', subarea: 'auxílio por incapacidade temporária', notes: notes as never, complexitySignals: sut.signals(['o inss negou meu auxilio doenca', ...texts].join('. '), ['o inss negou meu auxilio doenca', ...texts]) }),
        1,
        1,
      );
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    for (const texts of [
      ['sou autonomo, pagava o carne mas parei de pagar faz uns 3 anos porque quis'],
      ['sou MEI, pago o DAS de 75 reais todo mes faz 3 anos'],
      ['paguei o DAS por 2 anos e depois deixei de pagar por conta própria em 2021'],
    ]) {
      const a = assessed(texts);
      expect(ids(a)).not.toContain('prova-disputada');
      expect(a.complexity).toBe('low');
    }
    // The refusal weighs where the status turns on another fact: the payments stopped by the illness or made late, a dismissal, or a refusal on another ground.
    expect(ids(assessed(['pagava o carne mas parei de pagar porque fiquei doente']))).toContain('prova-disputada');
    expect(ids(assessed(['pago o DAS em dia, mas os meses atrasados paguei tudo de uma vez']))).toContain('prova-disputada');
    expect(assessed(['pagava o carne em dia', 'fui mandado embora e fiquei desempregado']).complexity).toBe('medium');
    expect(ids(assessed(['pago o carne todo mes certinho'], ['benefit-denied']))).toContain('prova-disputada');
  });

  it('reads a parcel from abroad taxed on arrival as no foreign element in a tax case, unless seized, assessed or collected (DL 1.804/80 art. 2º; DL 37/66 art. 31 II; CTN art. 19)', () => {
    const assessed = (texts: string[], area: 'tributario' | 'familia' = 'tributario') =>
      sut.assess(newFacts({ area, complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    // The parcel told as such, by the post office charging it, by its dispatch by post, or by a purchase abroad.
    for (const texts of [
      ['minha encomenda da china foi taxada', 'cobraram 320 reais de imposto de importacao'],
      ['os correios tao cobrando 210 reais de imposto de importacao', 'o tenis custou 45 dolares'],
      ['meu irmao mora em portugal e me mandou um presente pelo correio', 'querem cobrar imposto de importacao'],
      ['comprei uma peca num site da china', 'o imposto de importacao deu 690 reais'],
      // The import tax charged to the client in person on a purchase or a gift.
      ['fui taxado numa compra de 40 dolares da temu'],
      ['me cobraram impostos de importacao de uns livros que comprei nos estados unidos'],
      ['comprei um celular no exterior e a tributacao veio de 60 por cento'],
      ['minha irma mandou um brinquedo de portugal e foi tributado'],
    ]) {
      const parcel = assessed(texts);
      expect(ids(parcel)).not.toContain('internacional');
      expect(parcel.complexity).toBe('low');
    }
    // An importer's goods seized with perdimento, an assessment, a tax enforcement: the foreign trade weighs.
    expect(ids(assessed(['a receita apreendeu minha encomenda da china com 40 perfumes', 'falou em pena de perdimento']))).toContain('internacional');
    expect(ids(assessed(['a importadora tem uma execucao fiscal por imposto de importacao', 'importamos pacotes de eletronicos da china']))).toContain('internacional');
    // Taxed on income abroad, with no purchase or gift, is no parcel; nor is an import assessed.
    expect(ids(assessed(['tenho investimentos no exterior e fui taxado pela lei das offshores']))).toContain('internacional');
    expect(ids(assessed(['comprei um carro no exterior e recebi auto de infracao do imposto de importacao']))).toContain('internacional');
    // Outside a tax case a parcel's words change nothing: a child taken abroad stays a foreign element.
    expect(ids(assessed(['o pai levou minha filha pra portugal e mandou as coisas dela pelo correio'], 'familia'))).toContain('internacional');
  });

  it("reads a consumer's purchase from a site or a seller abroad as no foreign element, unless the product hurt someone (CPC art. 22 II; CDC arts. 12, 18, 101 I)", () => {
    const assessed = (texts: string[]) => sut.assess(newFacts({ area: 'consumidor', complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    for (const texts of [
      ['paguei por um celular num site estrangeiro e recebi uma caixa vazia'],
      ['comprei um fone importado pela shopee e veio com defeito', 'o vendedor e de fora do pais e sumiu'],
      ['comprei roupas de um site gringo e vieram no tamanho errado'],
    ]) {
      const purchase = assessed(texts);
      expect(ids(purchase)).not.toContain('internacional');
      expect(purchase.complexity).toBe('low');
    }
    // So is an imported good bought from a shop or a site in Brazil: the importer and the shop answer (CDC arts. 3º, 13, 18).
    for (const texts of [
      ['comprei um fone importado numa loja do shopping e parou com dez dias'],
      ['o relogio importado que comprei nunca chegou', 'paguei 640 reais'],
      ['as panelas vieram importadas e com o cabo solto'],
    ]) {
      const purchase = assessed(texts);
      expect(ids(purchase)).not.toContain('internacional');
      expect(purchase.complexity).toBe('low');
    }
    // A good bought in a shop abroad keeps its foreign element.
    expect(ids(assessed(['comprei um notebook numa loja nos estados unidos e quebrou']))).toContain('internacional');
    // A product bought abroad that burnt a child: its maker and importer are to be found (CDC art. 12).
    expect(ids(assessed(['comprei um patinete num site estrangeiro e a bateria explodiu', 'meu filho teve queimadura de segundo grau', 'vai precisar de enxerto de pele']))).toContain('internacional');
  });

  it("reads the taxpayer's own request as no proceeding against them, so an elder's age does not weigh (CTN arts. 165-168; Lei 9.784/99 art. 48)", () => {
    const assessed = (text: string, notes: string[] = []) => sut.assess(newFacts({ area: 'tributario', notes, complexitySignals: sut.signals(text) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    // The refund asked by the client: neither the proceeding nor the age weighs.
    const refund = assessed('paguei o iptu duas vezes e abri um processo administrativo na prefeitura. sou aposentado, 68 anos');
    expect(ids(refund)).not.toContain('processo-em-curso');
    expect(ids(refund)).not.toContain('vulneravel');
    expect(refund.complexity).toBe('low');
    // So when the request is told by the client note of a written request filed.
    expect(ids(assessed('o processo administrativo de restituição está em análise', ['written-request-filed']))).not.toContain('processo-em-curso');
    // An assessment beside the client's request keeps the proceeding and the elder's age.
    expect(ids(assessed('abri um processo administrativo e depois veio um auto de infração. sou viúva, 69 anos'))).toEqual(
      expect.arrayContaining(['processo-em-curso', 'vulneravel']),
    );
    // Outside tax and administrative law the client's own request is not displaced.
    expect(sut.features(newFacts({ area: 'previdenciario', complexitySignals: sut.signals('abri um processo administrativo') })).map((f) => f.id)).toContain('processo-em-curso');
  });

  it("reads someone else's proceeding told as precedent or news as none of the client's (CPC arts. 18 and 506)", () => {
    const signals = (texts: string[]) => sut.signals(texts.join('. '), texts);
    // A colleague's, a brother's or a friend's suit told with its outcome or as the same matter; a collective action in the news.
    expect(signals(['Um colega meu entrou na justiça contra a transportadora e ganhou', 'ainda trabalho lá'])).not.toContain('processo-em-curso');
    expect(signals(['Meu irmão foi processado pela ex, teve audiência e tudo e perdeu. Eu pago a pensão certinho'])).not.toContain('processo-em-curso');
    expect(signals(['Minha vizinha me disse que entrou com ação pela mesma coisa e ganhou'])).not.toContain('processo-em-curso');
    expect(signals(['Vi no jornal que tem uma ação coletiva contra o banco', 'no meu contrato veio o seguro'])).not.toContain('coletivo');
    // The client a party in the same sentence, or in another one, keeps the proceeding.
    expect(signals(['A minha vizinha entrou na justiça contra mim e ganhou uma liminar'])).toContain('processo-em-curso');
    expect(signals(['fui citado igual meu irmão que perdeu'])).toContain('processo-em-curso');
    expect(signals(['Um colega entrou na justiça e ganhou', 'chegou uma intimação pra mim ontem'])).toContain('processo-em-curso');
    // A relative's proceeding told without its outcome may be the case the client brings for them.
    expect(signals(['meu irmão recebeu uma intimação e tem audiência semana que vem'])).toContain('processo-em-curso');
  });

  it("weighs a relative's vulnerability except in a claim that is the client's own, where the relative is no party (ADCT art. 10 II b; ECA art. 4º)", () => {
    const ids = (area: string, subarea: string, text: string) =>
      sut.features(newFacts({ area: area as never, subarea, complexitySignals: sut.signals(text) })).map((f) => f.id);
    // The client's reason to hurry in a labour claim or in the client's own contract.
    expect(ids('trabalhista', 'verbas rescisórias', 'não pagaram a rescisão. minha esposa tá grávida')).not.toContain('vulneravel');
    expect(ids('consumidor', 'cobrança indevida', 'cobraram um pacote que não pedi, tenho um filho autista')).not.toContain('vulneravel');
    // The relative the claim protects, the pregnant worker, someone hurt, or the client's own vulnerability.
    expect(ids('familia', 'guarda e convivência', 'quero a guarda da minha filha de 8 anos')).toContain('vulneravel');
    expect(ids('consumidor', 'plano de saúde', 'o plano negou a terapia do meu filho autista')).toContain('vulneravel');
    expect(ids('trabalhista', 'verbas rescisórias', 'minha esposa foi demitida grávida')).toContain('vulneravel');
    expect(ids('consumidor', 'cobrança indevida', 'sou idosa e me cobraram um pacote que não pedi')).toContain('vulneravel');
  });

  it('reads a supplier denying the defect came with the product as never low (CDC art. 12 §3º II; CC art. 441)', () => {
    const assessed = (texts: string[]) =>
      sut.assess(newFacts({ area: 'consumidor', subarea: 'vício ou defeito do produto', complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    const denied = assessed(['a geladeira parou com 2 meses', 'a marca diz que não é defeito de fábrica, que a culpa é da instalação']);
    expect(ids(denied)).toContain('origem-do-defeito-negada');
    expect(denied.complexity).toBe('medium');
    // The defect admitted, only the exchange late: no cause to prove.
    expect(ids(assessed(['a tv queimou e a loja admitiu que é defeito de fábrica, mas não troca']))).not.toContain('origem-do-defeito-negada');
  });

  it("weighs a disabled person's own right refused as never low, not a disability incidental to the claim nor a figure of speech (Lei 13.146/15 arts. 28 §1º, 34 and 88; Lei 8.213/91 art. 93 §1º)", () => {
    const assessed = (area: string, subarea: string | null, texts: string[]) =>
      sut.assess(newFacts({ area: area as never, subarea, complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    // The person and the right told together, by the client or of a relative, in the lawyer's words or by the support's absence.
    const school = assessed('consumidor', null, ['minha filha é autista e a escola cobra a mediadora à parte', 'é uma taxa extra de 900 reais']);
    expect(ids(school)).toContain('pcd-com-direito-negado');
    expect(school.complexity).toBe('medium');
    expect(assessed('imobiliario', 'condomínio', ['sou cadeirante e o condomínio não quer fazer rampa']).complexity).toBe('medium');
    expect(assessed('trabalhista', null, ['eu sou surda e a empresa não coloca intérprete de Libras nas reuniões']).complexity).toBe('medium');
    expect(assessed('administrativo', null, ['meu filho é autista e a escola municipal não dá professor de apoio']).complexity).toBe('medium');
    expect(assessed('consumidor', null, ['sou cego e o banco exige um procurador pra abrir minha conta']).complexity).toBe('medium');
    // A private provider refusing the disabled client in its own words (`disabled-refused`), no right of the list named.
    const refused = 'sou cadeirante e a academia do meu bairro nao quis me aceitar como aluno';
    expect(sut.assess(newFacts({ area: 'consumidor', notes: ['disabled-refused'], complexitySignals: sut.signals(refused, [refused]) }), 1, 1).complexity).toBe('medium');
    // A disabled worker dismissed: the substitute the quota requires (art. 93 §1º), the quota told or not.
    expect(ids(assessed('trabalhista', null, ['sou PcD e entrei pela cota', 'me mandaram embora e não colocaram outro PcD']))).toContain('pcd-com-direito-negado');
    expect(assessed('trabalhista', 'verbas rescisórias', ['sou deficiente físico e fui demitido sem justa causa']).complexity).toBe('medium');
    // A disability incidental to the claim, the benefit's or the exemption's own condition, or a relative's beside the worker's own claim.
    expect(ids(assessed('consumidor', 'compra não entregue ou arrependimento', ['sou cadeirante e o notebook que comprei nunca chegou']))).not.toContain('pcd-com-direito-negado');
    expect(ids(assessed('tributario', 'IPVA', ['sou PcD e quero a isenção do IPVA do meu carro adaptado']))).not.toContain('pcd-com-direito-negado');
    expect(ids(assessed('previdenciario', null, ['quero pedir o BPC do meu filho autista, ele faz fono e terapia ocupacional']))).not.toContain('pcd-com-direito-negado');
    expect(ids(assessed('trabalhista', 'verbas rescisórias', ['fui demitido e não pagaram a rescisão', 'tenho um filho autista']))).not.toContain('pcd-com-direito-negado');
    // Figures of speech: the car's blind spot, a landlord who will not answer.
    expect(sut.signals('a moto estava no meu ponto cego')).not.toContain('pessoa-com-deficiencia');
    expect(sut.signals('o dono se faz de surdo e não devolve a caução')).not.toContain('pessoa-com-deficiencia');
    // A worker's own illness or leave is no disability by itself.
    expect(sut.signals('tenho LER e fiquei no auxílio-doença, a empresa não quer adaptar meu posto')).not.toContain('pessoa-com-deficiencia');
    // The longer phrases keep the vulnerability their words told before.
    expect(sut.signals('sou deficiente visual')).toEqual(expect.arrayContaining(['vulneravel', 'pessoa-com-deficiencia']));
    expect(sut.signals('meu pai é deficiente visual')).toEqual(expect.arrayContaining(['vulneravel-de-familiar', 'pessoa-com-deficiencia']));
  });

  it('weighs a lasting condition told as the standing state as no harm caused, unless an act told beside it caused it (CC arts. 186, 927, 949-950)', () => {
    const ids = (area: InterviewFacts['area'], texts: string[]) =>
      sut.features(newFacts({ area, complexitySignals: sut.signals(texts.join('. '), texts) })).map((f) => f.id);
    // Who the person is, beside a bill or a job: the disabled person, no harm.
    expect(ids('consumidor', ['sou tetraplégico desde 2009 e a operadora me cobra uma linha que cancelei'])).not.toContain('dano-grave');
    expect(ids('trabalhista', ['sou paraplégica há 10 anos e não pagam minhas horas extras'])).not.toContain('dano-grave');
    expect(ids('familia', ['meu ex é paraplégico e parou de pagar a pensão'])).not.toContain('dano-grave');
    expect(sut.signals('meu marido usa cadeira de rodas desde 2018')).toEqual(expect.arrayContaining(['pessoa-com-deficiencia', 'condicao-de-base', 'vulneravel']));
    // The act that caused it told: the harm weighs as before.
    expect(ids('civil', ['minha mãe é tetraplégica desde o acidente com o ônibus da empresa'])).toContain('dano-grave');
    expect(ids('trabalhista', ['sou paraplégico desde que caí do andaime na obra'])).toContain('dano-grave');
    expect(ids('civil', ['minha filha nasceu com paralisia cerebral por erro médico no parto'])).toContain('dano-grave');
    expect(ids('criminal', ['meu filho levou um tiro num assalto e hoje é tetraplégico'])).toContain('dano-grave');
    // The harm itself ("ficou paraplégico") is no standing state.
    expect(ids('civil', ['meu marido ficou paraplégico'])).toContain('dano-grave');
  });

  it("reads a partner's dispute in the partner who runs the company, not in a farm's or a building's manager (CC arts. 1.011 and 1.020)", () => {
    expect(sut.signals('no contrato social cada um tem 50%. ele é o administrador e não me mostra o caixa')).toContain('disputa-societaria');
    expect(sut.signals('o administrador disse que o patrão vai pagar quando vender a soja')).not.toContain('disputa-societaria');
  });

  it("reads the client's own suit already filed as a proceeding under way, not one ended nor a benefit asked of the INSS (CPC arts. 111-112)", () => {
    const ids = (area: 'consumidor' | 'previdenciario', notes: string[], signals: string[] = []) =>
      sut.features(newFacts({ area, notes: notes as never, complexitySignals: signals })).map((f) => f.id);
    expect(ids('consumidor', ['lawsuit-running'])).toContain('processo-em-curso');
    // Ended by an agreement at a past hearing: the unpaid instalments are executed on the title.
    expect(ids('consumidor', ['lawsuit-running'], ['processo-encerrado'])).not.toContain('processo-em-curso');
    // "meu processo" beside a benefit asked of the INSS is that administrative request.
    expect(ids('previdenciario', ['lawsuit-running', 'benefit-requested'])).not.toContain('processo-em-curso');
  });

  it("weighs a professional driver's licence in a suspension procedure as never a plain fine (CTB art. 261 I and §§5º-7º)", () => {
    const level = (text: string) => sut.assess(newFacts({ area: 'administrativo', complexitySignals: sut.signals(text) }), 1, 1);
    const driver = level('sou motorista de app e chegou notificação do processo de suspensão do direito de dirigir. Chegou o papel pra indicar o condutor e eu perdi o prazo');
    expect(driver.features.map((f) => f.id)).toContain('cnh-do-sustento-suspensa');
    expect(driver.complexity).toBe('medium');
    // Without the driver's indication in question the suspension's defence is the ordinary one.
    expect(level('sou motorista de app e chegou notificação do processo de suspensão do direito de dirigir').features.map((f) => f.id)).not.toContain('cnh-do-sustento-suspensa');
    // A plain fine of a professional driver, or a suspension of who does not drive for a living, is no such case.
    expect(level('sou motorista de app e levei uma multa de velocidade').features.map((f) => f.id)).not.toContain('cnh-do-sustento-suspensa');
    expect(level('chegou notificação do processo de suspensão da cnh').features.map((f) => f.id)).not.toContain('cnh-do-sustento-suspensa');
    expect(sut.signals('eu rodo de uber faz 3 anos')).toContain('motorista-profissional');
  });

  it("weighs the seller's licence under suspension for the points of a buyer who never transferred as never a plain fine (CTB arts. 134 and 261)", () => {
    const level = (text: string, notes: string[] = ['vehicle-not-transferred']) =>
      sut.assess(newFacts({ area: 'civil', subarea: 'responsabilidade civil e contratos', notes: notes as never, complexitySignals: sut.signals(text) }), 1, 1);
    const seller = level('vendi minha moto e ele nunca passou pro nome dele, agora minha carteira vai ser suspensa pelas multas dele');
    expect(seller.features.map((f) => f.id)).toContain('cnh-do-vendedor-em-risco');
    expect(seller.complexity).toBe('medium');
    expect(sut.signals('a cnh ta pra ser cassada')).toContain('suspensao-da-cnh');
    // The buyer's fines alone, with no suspension, leave the seller's claim simple.
    const fines = level('vendi meu carro e ele nunca transferiu, chegaram duas multas no meu nome');
    expect(fines.features.map((f) => f.id)).not.toContain('cnh-do-vendedor-em-risco');
    expect(fines.complexity).toBe('low');
    // A licence suspended with no vehicle sold is no such claim.
    expect(level('minha carteira foi suspensa', []).features.map((f) => f.id)).not.toContain('cnh-do-vendedor-em-risco');
  });

  it('weighs an employer or a debtor who vanished removing or reselling the assets (Lei 11.101/05 art. 94 III b and f; CC art. 158; CPC art. 301)', () => {
    const assessed = (area: 'trabalhista' | 'civil' | 'familia', texts: string[], amount = 0) =>
      sut.assess(newFacts({ area, complexitySignals: sut.signals(texts.join('. '), texts), amounts: amount ? [{ raw: String(amount), value: amount }] : [] }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    // Many workers left unpaid, the owner gone with the machines: a collective claim against an absconding employer.
    const factory = assessed('trabalhista', ['a fabrica fechou e deixou 40 funcionarios com 3 meses de salario atrasado', 'o dono tirou as maquinas de noite e sumiu']);
    expect(ids(factory)).toEqual(expect.arrayContaining(['devedor-sumiu-com-bens', 'coletivo']));
    expect(factory.complexity).toBe('high');
    // A large sum whose debtor stopped answering and resold the goods, told in separate messages.
    const cattle = assessed('civil', ['os cheques voltaram e agora ele nao atende mais o telefone', 'fiquei sabendo que ele ja revendeu parte do gado pra um frigorifico'], 1_200_000);
    expect(ids(cattle)).toContain('devedor-sumiu-com-bens');
    expect(cattle.complexity).toBe('high');
    // A single worker: never low, not high by itself.
    expect(assessed('trabalhista', ['o dono da serralheria sumiu e levou o maquinario']).complexity).toBe('medium');
    // Either alone weighs nothing: a debtor who stopped answering, or the goods resold by a buyer who still pays.
    expect(ids(assessed('civil', ['emprestei 3 mil pro meu vizinho e ele nao atende mais o telefone']))).not.toContain('devedor-sumiu-com-bens');
    expect(ids(assessed('civil', ['ele revendeu o gado mas ta pagando as parcelas certinho']))).not.toContain('devedor-sumiu-com-bens');
    // The client's own sale is the deal told; in a family case the estate's assets are another reading (`ocultacao-de-bens`).
    expect(ids(assessed('civil', ['vendi o gado e o comprador sumiu']))).not.toContain('devedor-sumiu-com-bens');
    expect(ids(assessed('familia', ['meu irmao sumiu e vendeu o gado do pai']))).not.toContain('devedor-sumiu-com-bens');
  });

  it('weighs many workers unpaid by an employer who vanished or is removing its assets as high (CLT arts. 842 and 855-A; CPC art. 301)', () => {
    const assessed = (texts: string[]) => sut.assess(newFacts({ area: 'trabalhista', complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    // The owner vanished ("o dono sumiu", also an absent owner of land) leaving many unpaid.
    const vanished = assessed(['a confecção fechou e o dono sumiu sem pagar ninguém', 'somos umas 30 costureiras sem rescisão']);
    expect(ids(vanished)).toEqual(expect.arrayContaining(['calote-coletivo', 'coletivo']));
    expect(vanished.complexity).toBe('high');
    // The fleet being sold while the wages of many are late.
    const selling = assessed(['somos uns 200 funcionarios com 3 meses de salario atrasado', 'ja venderam metade da frota e a garagem ta quase vazia']);
    expect(ids(selling)).toContain('calote-coletivo');
    expect(selling.complexity).toBe('high');
    // Controls: one worker whose boss vanished; many whose employer is still there and paying late.
    expect(ids(assessed(['o dono do bar sumiu e não me pagou a rescisão']))).not.toContain('calote-coletivo');
    const present = assessed(['somos uns 60 funcionários na metalúrgica e o salário atrasou', 'o dono disse que paga até o dia 20']);
    expect(ids(present)).not.toContain('calote-coletivo');
    expect(present.complexity).toBe('medium');
    // The assets removed by one who vanished weigh once (`devedor-sumiu-com-bens`).
    expect(ids(assessed(['a fabrica fechou e deixou 40 funcionarios sem salario', 'o dono tirou as maquinas de noite e sumiu']))).not.toContain('calote-coletivo');
  });

  it('weighs a serious work accident, told as one or of a worker off the books, as high (CF art. 7º XXVIII; CC art. 950; CLT art. 3º)', () => {
    const assessed = (texts: string[]) => sut.assess(newFacts({ area: 'trabalhista', complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    // Off the books: a fall from a roof, a hand pulled in by a machine, a wrist broken.
    const fall = assessed(['cai do telhado numa reforma e machuquei a coluna', 'trabalho pro empreiteiro sem carteira']);
    expect(ids(fall)).toEqual(expect.arrayContaining(['acidente-grave-no-trabalho', 'dano-grave']));
    expect(fall.complexity).toBe('high');
    expect(assessed(['a maquina puxou a mao dele e ele fez cirurgia', 'nunca assinaram a carteira dele']).complexity).toBe('high');
    expect(assessed(['quebrei o punho e duas costelas', 'era sem carteira, recebia por dia']).complexity).toBe('high');
    // Told as a work accident, registered: a finger severed by a press.
    const press = assessed(['sofri um acidente de trabalho, a prensa decepou meu dedo', 'tenho carteira assinada']);
    expect(ids(press)).toContain('acidente-grave-no-trabalho');
    expect(press.complexity).toBe('high');
    // Controls: a finger cut or a stair fall that healed, off the books; a registered worker's bone broken, asking the stability.
    expect(ids(assessed(['cortei o dedo na faca e levei 4 pontos', 'trabalho sem carteira']))).not.toContain('acidente-grave-no-trabalho');
    expect(ids(assessed(['cai da escada do estoque e torci o pe', 'trabalho sem carteira']))).not.toContain('acidente-grave-no-trabalho');
    expect(ids(assessed(['acidente de trabalho, quebrei o tornozelo', 'quero a estabilidade']))).not.toContain('acidente-grave-no-trabalho');
    // Elsewhere the words weigh nothing of their own.
    expect(ids(sut.assess(newFacts({ area: 'civil', complexitySignals: sut.signals('meu vizinho caiu do telhado sem carteira') }), 1, 1))).not.toContain('dano-grave');
  });

  it("weighs a relative killed by another as a death the case claims for (CC art. 948; CP art. 121), not an animal's nor a death by illness in an inventory", () => {
    const assessed = (area: 'civil' | 'criminal' | 'familia' | 'previdenciario', text: string) => sut.assess(newFacts({ area, complexitySignals: sut.signals(text) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    expect(ids(assessed('civil', 'o caminhão de uma transportadora matou meu pai'))).toContain('dano-grave');
    expect(ids(assessed('criminal', 'dois assaltantes mataram o meu marido'))).toEqual(expect.arrayContaining(['dano-grave', 'crime-grave']));
    // A death avoided, an animal killed, a threat to kill.
    expect(ids(assessed('civil', 'um motoqueiro quase matou minha filha'))).not.toContain('dano-grave');
    expect(ids(assessed('civil', 'o cachorro do vizinho matou meu gato'))).not.toContain('dano-grave');
    expect(ids(assessed('criminal', 'ele ameaçou que vai matar minha mãe'))).not.toContain('dano-grave');
    // A death that opens an inventory or gives rise to a pension is no harm claimed.
    expect(ids(assessed('familia', 'o câncer matou minha mãe e agora precisamos do inventário'))).not.toContain('dano-grave');
    expect(ids(assessed('previdenciario', 'a covid matou meu marido e quero a pensão'))).not.toContain('dano-grave');
    // The death told in the passive is the life ended that "morreu" tells (beside a collision, serious harm).
    expect(sut.signals('minha filha foi morta por uma van de entrega')).toContain('dano-permanente');
    expect(sut.signals('minha filha foi multada por uma van de entrega')).not.toContain('dano-permanente');
  });

  it('weighs other dependants asking the same pension by death as several parties (Lei 8.213 arts. 16 and 76-77)', () => {
    expect(sut.signals('a primeira esposa dele também foi no INSS pedir a pensão')).toContain('varias-partes');
    expect(sut.signals('queria ver como funciona a pensão do meu marido que faleceu')).toContain('pensao-por-morte');
    expect(sut.signals('fui no INSS pedir a pensão')).not.toContain('varias-partes');
  });

  it('weighs a union to prove against another dependant paid or claiming the pension (Lei 8.213 arts. 16 §5º and 76-77; Tema 529 STF)', () => {
    const assessed = (text: string) => sut.assess(newFacts({ area: 'previdenciario', complexitySignals: sut.signals(text) }), 1, 1);
    const disputed = assessed('nunca casamos no papel e o INSS negou a pensão, e a ex-mulher dele já está recebendo a pensão');
    expect(disputed.features.map((f) => f.id)).toEqual(expect.arrayContaining(['varias-partes', 'uniao-contra-outro-dependente']));
    expect(disputed.complexity).toBe('high');
    // Another dependant without a union to prove (a divorced wife with support beside the companion): several parties, no more.
    const shared = assessed('ele vivia com outra mulher e ela já deu entrada na pensão por morte');
    expect(shared.features.map((f) => f.id)).toContain('varias-partes');
    expect(shared.features.map((f) => f.id)).not.toContain('uniao-contra-outro-dependente');
    // The client's own pension: no other dependant.
    expect(sut.signals('eu já estou recebendo a pensão')).not.toContain('outro-dependente');
    // Elsewhere "ela recebe a pensão" is child support.
    expect(sut.features(newFacts({ area: 'familia', complexitySignals: sut.signals('ela recebe a pensão do menino') })).map((f) => f.id)).not.toContain('varias-partes');
  });

  it("does not weigh a child's, an elder's or an illness's mention in a tax question, only in a tax dispute (Lei 7.713/88 art. 6º XIV; Lei 9.250/95 art. 35)", () => {
    const ids = (signals: string[]) => sut.features(newFacts({ area: 'tributario', complexitySignals: signals })).map((f) => f.id);
    expect(ids(['vulneravel'])).not.toContain('vulneravel');
    expect(ids(['vulneravel', 'prova-disputada'])).toContain('vulneravel');
    expect(ids(['vulneravel', 'constricao'])).toContain('vulneravel');
    expect(sut.features(newFacts({ area: 'civil', complexitySignals: ['vulneravel'] })).map((f) => f.id)).toContain('vulneravel');
  });

  it('reads money moved to a company in a relative\'s name as diverted, and the INSS cutting a benefit as a benefit cut', () => {
    expect(sut.signals('ele passou R$ 700 mil das contas da empresa pra uma empresa no nome de um primo dele')).toContain('ocultacao-de-bens');
    expect(sut.signals('recebia aposentadoria por invalidez e o INSS cortou depois da perícia')).toContain('beneficio-cessado');
  });

  it('rates a plain small case as low', () => {
    const facts = newFacts({ amounts: [{ raw: 'R$ 2.300,00', value: 2300 }] });
    expect(sut.assess(facts, 1, 1).complexity).toBe('low');
  });

  it('rates a running lawsuit over R$ 60 mil as medium, and explains it', () => {
    const facts = newFacts({
      complexitySignals: sut.signals('recebi a citação da ação de cobrança'),
      amounts: [{ raw: 'R$ 60 mil', value: 60000 }],
    });
    const assessment = sut.assess(facts, 1, 1);
    expect(assessment.complexity).toBe('medium');
    expect(assessment.features.map((f) => f.id)).toEqual(['valor-50mil', 'processo-em-curso']);
    expect(explainComplexity(assessment)).toBe(
      'medium (3 pontos): valor em jogo acima de R$ 50 mil (+2); processo, citação, intimação, penhora ou audiência já em curso (+1)',
    );
  });

  it('counts no violence against the client who is the respondent of a protective measure (Lei 11.340 arts. 22 and 24-A)', () => {
    const told = { area: 'criminal' as const, notes: ['violence'], complexitySignals: ['violencia'] };
    const ids = (facts: ReturnType<typeof newFacts>) => sut.assess(facts, 1, 1).features.map((f) => f.id);
    expect(ids(newFacts(told))).toContain('violencia');
    expect(ids(newFacts({ ...told, notes: ['accused', 'restrained', 'violence'] }))).not.toContain('violencia');
  });

  it("does not take a property's price as the sum at stake in a tax case, only elsewhere", () => {
    const amounts = [
      { raw: 'R$ 520 mil', value: 520_000, price: true },
      { raw: 'R$ 2.800', value: 2_800 },
    ];
    expect(sut.assess(newFacts({ area: 'tributario', amounts }), 1, 1).features.map((f) => f.id)).not.toContain('valor-300mil');
    expect(sut.assess(newFacts({ area: 'tributario', amounts }), 1, 1).complexity).toBe('low');
    expect(sut.assess(newFacts({ area: 'imobiliario', amounts }), 1, 1).features.map((f) => f.id)).toContain('valor-300mil');
  });

  it('rates a tax assessment over R$ 300 mil high, in a tax case only, and neither a smaller one nor a large sum without an assessment', () => {
    const assessed = newFacts({
      area: 'tributario', complexitySignals: ['autuacao', 'processo-em-curso'], amounts: [{ raw: 'R$ 380.000,00', value: 380_000 }],
    });
    expect(sut.assess(assessed, 1, 1).complexity).toBe('high');
    expect(sut.assess({ ...assessed, amounts: [{ raw: 'R$ 38.000,00', value: 38_000 }] }, 1, 1).complexity).not.toBe('high');
    expect(sut.assess({ ...assessed, complexitySignals: ['processo-em-curso'] }, 1, 1).features.map((f) => f.id)).not.toContain('autuacao-vultosa');
    expect(sut.assess({ ...assessed, area: 'administrativo' }, 1, 1).features.map((f) => f.id)).not.toContain('autuacao-vultosa');
  });

  it('weighs an international element, vulnerable people and a consensual case', () => {
    expect(sut.signals('meu filho de menor foi levado para Portugal pela mãe')).toEqual(expect.arrayContaining(['vulneravel-de-familiar', 'internacional']));
    expect(sut.score(newFacts({ complexitySignals: ['patrimonio', 'consensual'] }))).toBe(-1);
  });

  it("reads the women's police station and the Maria da Penha law as a victim of violence, and a couple's common property as assets to divide", () => {
    expect(sut.signals('já fiz o boletim na delegacia da mulher')).toContain('vulneravel');
    expect(sut.signals('quero uma medida pela lei Maria da Penha')).toContain('vulneravel');
    expect(sut.signals('fui à delegacia registrar o furto do celular')).not.toContain('vulneravel');
    expect(sut.signals('quero dividir o que é nosso e ter pensão pros meninos')).toContain('patrimonio');
    expect(sut.signals('os bens do casal estão no nome dele')).toContain('patrimonio');
    expect(sut.signals('quero dividir a conta do restaurante')).not.toContain('patrimonio');
  });

  it('weighs a serious crime only in a criminal case (a civil claim weighs the harm, not the crime named)', () => {
    const signals = sut.signals('ela posta que eu roubo as clientes');
    expect(sut.features(newFacts({ area: 'criminal', complexitySignals: signals })).map((f) => f.id)).toContain('crime-grave');
    expect(sut.features(newFacts({ area: 'civil', complexitySignals: signals })).map((f) => f.id)).not.toContain('crime-grave');
  });

  it('weighs a death or serious injury in a criminal case as a serious crime too (homicídio, lesão grave), and only there', () => {
    const signals = sut.signals('o rapaz que apanhou na briga morreu no hospital dois dias depois');
    // "apanhou" is also harm to the person (`dano-pessoal`), a building block weighing nothing alone.
    // A death told with where it came is a life ended too (`dano-permanente`), a building block weighing nothing alone.
    expect(signals).toEqual(['dano-pessoal', 'dano-permanente', 'dano-grave']);
    const criminal = newFacts({ area: 'criminal', complexitySignals: [...signals, 'processo-em-curso'] });
    expect(sut.features(criminal).map((f) => f.id)).toEqual(['dano-grave', 'crime-grave', 'processo-em-curso']);
    expect(sut.assess(criminal, 1, 1).complexity).toBe('high');
    expect(sut.features(newFacts({ area: 'civil', complexitySignals: signals })).map((f) => f.id)).toEqual(['dano-grave']);
  });

  it('reads wages paid late as a habit as a kind of case never simple (rescisão indireta), not one late payment', () => {
    expect(sut.signals('a empresa ta atrasando meu salario faz tempo')).toContain('tipo-nao-simples');
    // The stability in lay words (Lei 8.213 art. 118; ADCT art. 10 II b).
    expect(sut.signals('ouvi falar que quem volta do inss nao pode ser mandado embora')).toContain('tipo-nao-simples');
    // A repetitive-strain disease and the accident benefit (B91) tell an occupational illness (Decreto 3.048 anexo II; Lei 8.213 art. 21-A).
    expect(sut.signals('peguei tendinite nos dois braços na linha de produção')).toContain('acidente-de-trabalho');
    expect(sut.signals('o beneficio era o acidentario')).toContain('acidente-de-trabalho');
    expect(sut.signals('estou com três salários em atraso')).toContain('tipo-nao-simples');
    expect(sut.signals('o salário desse mês atrasou dois dias')).not.toContain('tipo-nao-simples');
    // The FGTS by its full name and the indirect termination as the worker knows it (CLT art. 483 d).
    expect(sut.signals('a empresa não depositou o fundo de garantia esses dois anos')).toContain('tipo-nao-simples');
    expect(sut.signals('dá pra sair da empresa como se fosse mandado embora?')).toContain('tipo-nao-simples');
    expect(sut.signals('fui mandado embora e quero saber do fundo de garantia')).not.toContain('tipo-nao-simples');
  });

  it('reads the wage paid in an envelope as paid off the books, in a labour case only (CLT art. 457)', () => {
    const words = sut.signals('na carteira era um salário mínimo e o resto vinha num envelope');
    expect(words).toContain('salario-por-fora');
    expect(sut.assess(newFacts({ area: 'trabalhista', complexitySignals: words }), 720, 1).complexity).toBe('medium');
    expect(sut.features(newFacts({ area: 'consumidor', complexitySignals: words })).map((f) => f.id)).not.toContain('salario-por-fora');
  });

  it('weighs a move with the child the other parent refuses as never simple, in a family case (CC art. 1.634 V)', () => {
    const words = sut.signals('recebi uma proposta de emprego longe e o pai do meu filho não deixa eu levar o menino');
    expect(words).toContain('mudanca-com-filho');
    expect(sut.signals('quero me mudar com minha filha para a casa da minha mãe')).toContain('mudanca-com-filho');
    expect(sut.signals('preciso levar o meu filho no médico amanhã')).not.toContain('mudanca-com-filho');
    expect(sut.signals('o pai entrou com pedido de guarda e quer levar o menino pra morar em Portugal')).toContain('mudanca-com-filho');
    const move = (locations: string[]) => newFacts({ area: 'familia', complexitySignals: ['mudanca-com-filho', 'vulneravel'], locations });
    expect(sut.assess(move(['Curitiba/PR']), 168, 1).complexity).toBe('medium');
    // Two states named are not by themselves a case across states: the move is decided where the child lives (a labeller read it medium).
    expect(sut.assess(move(['Curitiba/PR', 'Recife/PE']), 168, 1).complexity).toBe('medium');
    expect(sut.features(newFacts({ area: 'trabalhista', complexitySignals: words })).map((f) => f.id)).not.toContain('mudanca-com-filho');
  });

  it('reads the employer\'s business sold to a new owner as a succession, in a labour case only (CLT arts. 10 and 448-A)', () => {
    const words = sut.signals('o restaurante foi vendido e o novo dono diz que nao tem nada a ver com o que o antigo devia');
    expect(words).toContain('sucessao-de-empregador');
    // The new owner denies the old debts: the successor sued beside the employer (`devedor-alem-do-empregador`), high.
    expect(sut.assess(newFacts({ area: 'trabalhista', complexitySignals: words }), 720, 1).complexity).toBe('high');
    // A sale the worker only asks about, nothing told of the new owner: one point, never low.
    const sold = sut.signals('a padaria foi vendida e queria saber se meu tempo de casa continua valendo');
    expect(sut.assess(newFacts({ area: 'trabalhista', complexitySignals: sold }), 720, 1).complexity).toBe('medium');
    expect(sut.features(newFacts({ area: 'imobiliario', complexitySignals: words })).map((f) => f.id)).not.toContain('sucessao-de-empregador');
  });

  it('reads a new owner refusing the old owner\'s debts or restarting the years of service as a denied succession (CLT arts. 10, 448, 448-A)', () => {
    const level = (text: string) => sut.assess(newFacts({ area: 'trabalhista', complexitySignals: sut.signals(text) }), 720, 1).complexity;
    expect(level('a farmacia trocou de dono e os novos donos se recusam a pagar os salarios atrasados do antigo')).toBe('high');
    expect(level('o mercado foi vendido e o novo dono falou que nao vai pagar o que o antigo dono devia')).toBe('high');
    expect(level('a padaria foi vendida e o novo dono diz que meu tempo de casa comeca do zero e que o fgts atrasado nao e com ele')).toBe('high');
    // The worker's own question about the years of service denies nothing.
    expect(level('a padaria foi vendida, o novo dono disse que continua todo mundo, queria saber se o tempo de casa continua ou se comeca do zero')).toBe('low');
    // A refusal with no business passed to a new owner is no succession.
    expect(sut.features(newFacts({ area: 'trabalhista', complexitySignals: sut.signals('a empresa se recusa a pagar minhas horas extras') })).map((f) => f.id))
      .not.toContain('devedor-alem-do-empregador');
  });

  it('reads the old owner\'s debts pointed back to him, the owners named after the noun and the rights restarted as a denied succession (CLT arts. 10, 448, 448-A)', () => {
    const level = (text: string, notes: string[] = []) => sut.assess(newFacts({ area: 'trabalhista', complexitySignals: sut.signals(text), notes }), 720, 1).complexity;
    expect(level('a pizzaria foi vendida e o dono novo diz que as ferias vencidas sao do tempo do outro dono')).toBe('high');
    expect(level('o hotel passou para outro dono e o novo dono diz que o fgts atrasado nao e responsabilidade dele')).toBe('high');
    expect(level('a clinica foi vendida e os novos proprietarios disseram que o 13 era obrigacao do antigo')).toBe('high');
    expect(level('a oficina foi vendida e o dono novo fala que nao deve nada das horas extras')).toBe('high');
    expect(level('a escola foi vendida e os donos novos dizem que minhas ferias vencidas comecam do zero')).toBe('high');
    expect(level('a transportadora foi vendida e o novo dono cortou o salario dizendo que o contrato com o antigo acabou')).toBe('high');
    // The change of owner read from the worker's note (`employer-succession`: "venderam o mercado") with the debts pointed to the old owner.
    expect(level('o comprador demitiu a gente falando que a rescisao quem paga e o dono antigo', ['employer-succession'])).toBe('high');
    // The note alone, nothing denied: a change of owner the contracts survive, a worker's plain question.
    expect(level('queria saber se meu tempo de servico continua contando', ['employer-succession'])).toBe('low');
    // The successor paying the arrears himself takes them on: no dispute.
    expect(level('a lanchonete foi vendida e a dona nova ja acertou comigo as ferias atrasadas')).toBe('low');
    expect(level('a fabrica foi vendida e o novo dono ja pagou o 13 que o antigo dono tinha deixado atrasado')).toBe('low');
    // Elsewhere the words weigh nothing: a tenant's new landlord who says the old lease ended.
    expect(sut.features(newFacts({ area: 'imobiliario', complexitySignals: sut.signals('o dono novo disse que o contrato com o antigo acabou'), notes: ['employer-succession'] }))
      .map((f) => f.id)).not.toContain('devedor-alem-do-empregador');
  });

  it('reads a new owner who keeps the staff or takes on the old debts as no succession to dispute (CLT arts. 10, 448 and 448-A)', () => {
    const level = (text: string) => sut.assess(newFacts({ area: 'trabalhista', complexitySignals: sut.signals(text) }), 720, 1).complexity;
    expect(sut.signals('o novo dono manteve todo mundo')).toContain('sucessao-assumida');
    expect(level('a padaria foi vendida e o novo dono disse que continua todo mundo')).toBe('low');
    expect(level('o mercado mudou de dono e o novo dono ta pagando o fgts que o antigo dono deixou atrasado')).toBe('low');
    expect(level('a oficina trocou de dono e os novos donos assumiram as dividas do antigo')).toBe('low');
    // The debts denied all the same: the successor sued beside the employer.
    expect(level('o novo dono manteve todo mundo mas diz que o fgts atrasado e problema do antigo')).toBe('high');
    expect(level('o novo dono ficou com os funcionarios mas nega as ferias vencidas')).not.toBe('low');
    // Elsewhere the words weigh nothing.
    expect(sut.features(newFacts({ area: 'civil', complexitySignals: ['sucessao-assumida'] })).map((f) => f.id)).not.toContain('sucessao-assumida');
  });

  it('reads the old FGTS arrears a new owner took on and already paid as no FGTS withheld (CLT arts. 10, 448, 483 d)', () => {
    const level = (text: string) => sut.assess(newFacts({ area: 'trabalhista', complexitySignals: sut.signals(text) }), 720, 1).complexity;
    const ids = (text: string) => sut.features(newFacts({ area: 'trabalhista', complexitySignals: sut.signals(text) })).map((f) => f.id);
    // The staff kept, named by the trade or as a team.
    expect(sut.signals('a escola foi comprada por um grupo e o novo dono manteve os professores')).toContain('sucessao-assumida');
    expect(sut.signals('o mercadinho mudou de dono e a nova dona manteve a equipe toda')).toContain('sucessao-assumida');
    expect(level('a escola foi comprada por um grupo e o novo dono manteve os professores')).toBe('low');
    // The arrears taken on and paid.
    expect(level('a farmacia trocou de dono e os novos donos assumiram as dividas do antigo, tinha 2 meses de fgts atrasado e eles ja depositaram')).toBe('low');
    expect(level('a oficina mudou de dono e o novo dono assumiu as dividas do antigo, ele ja pagou o fgts atrasado')).toBe('low');
    expect(ids('a oficina mudou de dono e o novo dono assumiu as dividas do antigo, ele ja pagou o fgts atrasado')).not.toContain('tipo-nao-simples');
    // Not paid yet, or denied: the FGTS withheld still weighs.
    expect(ids('a oficina mudou de dono e o novo dono assumiu as dividas, mas o fgts atrasado ainda nao caiu')).toContain('tipo-nao-simples');
    expect(level('a loja foi vendida, a nova dona manteve todo mundo e ja pagou as ferias, mas diz que o fgts atrasado e problema do antigo')).toBe('high');
    // No business sold: a late FGTS paid at last is no succession.
    expect(ids('o fgts atrasado ja depositaram')).not.toContain('sucessao-quitada');
  });

  it('reads a labour debt pursued beyond the employer as high, in a labour case only (CLT arts. 2º §2º, 10, 448-A, 855-A; CC art. 50)', () => {
    const ids = (text: string, area: 'trabalhista' | 'familia' | 'consumidor' = 'trabalhista') =>
      sut.features(newFacts({ area, complexitySignals: sut.signals(text) })).map((f) => f.id);
    const level = (text: string) => sut.assess(newFacts({ area: 'trabalhista', complexitySignals: sut.signals(text) }), 720, 1).complexity;
    // The business passed into a relative's or a front's name, or reopened under another CNPJ.
    expect(level('o dono ja passou a transportadora para o nome da esposa')).toBe('high');
    expect(level('ele fechou e abriu outra oficina no nome do filho')).toBe('high');
    expect(level('colocou a empresa no nome de um laranja pra nao pagar a gente')).toBe('high');
    expect(level('reabriu na semana seguinte com outro nome e outro cnpj')).toBe('high');
    // The owner's other companies (grupo econômico).
    expect(level('o mercado fechou mas o dono tem mais duas empresas funcionando')).toBe('high');
    expect(level('trabalhava pra tres farmacias do mesmo dono')).toBe('high');
    // The successor who denies the old owner's debts.
    expect(level('a escola foi comprada e a direcao nova diz que nao responde pelos salarios atrasados')).toBe('high');
    // Elsewhere the same words are the other side's business, not a second employer.
    expect(ids('meu marido passou a empresa para o nome da mae dele', 'familia')).not.toContain('devedor-alem-do-empregador');
    expect(ids('o dono da loja tem mais duas empresas aqui na cidade', 'consumidor')).not.toContain('devedor-alem-do-empregador');
    expect(ids('o dono da loja tem mais duas empresas aqui na cidade', 'consumidor')).toContain('varias-partes');
    // Two jobs of the worker's own are no group.
    expect(ids('trabalho em duas empresas diferentes, uma de manha e outra de noite')).not.toContain('devedor-alem-do-empregador');
  });

  it('weighs a granted retirement revised for a period the INSS left out, in a social-security case (Lei 8.213/91 art. 103)', () => {
    const words = sut.signals('me aposentei e o inss nao contou o tempo especial, quero revisar pra ganhar o certo');
    expect(words).toEqual(expect.arrayContaining(['revisao-pedida', 'tempo-controvertido']));
    expect(sut.signals('recebi uma carta pra perícia de revisão da minha aposentadoria por invalidez')).not.toContain('revisao-pedida');
    const ids = (signals: string[]) => sut.features(newFacts({ area: 'previdenciario', complexitySignals: signals })).map((f) => f.id);
    expect(ids(words)).toContain('revisao-por-tempo-nao-contado');
    expect(ids(['revisao-pedida'])).not.toContain('revisao-por-tempo-nao-contado');
  });

  it('weighs the move the other parent threatens to report as a kidnapping, in a family case (CP art. 249 §1º; CC art. 1.634 V)', () => {
    const words = sut.signals('ele fala que se eu for com o menino vou ser presa por sequestro');
    expect(words).toContain('sequestro-imputado');
    expect(sut.signals('disse que me denuncia por sequestro internacional se eu for')).toContain('sequestro-imputado');
    expect(sut.signals('meu ex marido quer sequestrar meu filho')).not.toContain('sequestro-imputado');
    const move = newFacts({ area: 'familia', complexitySignals: ['mudanca-com-filho', 'sequestro-imputado', 'vulneravel'] });
    expect(sut.assess(move, 168, 1).complexity).toBe('high');
    expect(sut.features(newFacts({ area: 'criminal', complexitySignals: words })).map((f) => f.id)).not.toContain('sequestro-imputado');
  });

  it('reads a partner who denies any share, and a house built together on the in-laws\' plot, as a division to make (CC arts. 1.255 and 1.725)', () => {
    expect(sut.signals('ele diz que eu não tenho direito a nada, nem um tijolo')).toContain('partilha-disputada');
    expect(sut.signals('a casa a gente levantou junto nos fundos, no terreno da mãe dele')).toContain('patrimonio');
    expect(sut.signals('a moto a gente compramo junto')).toContain('patrimonio');
    expect(sut.signals('ele diz que a casa é dele porque ele que pagou a entrada')).toContain('partilha-disputada');
    expect(sut.features(newFacts({ area: 'trabalhista', complexitySignals: ['partilha-disputada'] })).map((f) => f.id)).not.toContain('partilha-disputada');
  });

  it('reads a common asset the other partner claims alone (é dele porque está no nome dele, quer ficar com, vender sozinho) as a contested division (CC arts. 1.658, 1.660 I, 1.725)', () => {
    for (const text of [
      'meu marido quer ficar com o carro zero que compramos juntos',
      'disse que o carro é dele porque tá no nome dele',
      'minha ex companheira fala que o apartamento é dela porque está no nome dela',
      'agora ele quer vender o terreno sozinho',
      'ela ta querendo vender o carro sozinha',
      'ele saiu de casa e agora fala que a moto é só dele',
      'ele não quer dividir nada',
    ]) expect(sut.signals(text)).toContain('partilha-disputada');
    for (const text of [
      'temos um carro, vamos vender e dividir o dinheiro',
      'o carro fica com ela e eu fico com a moto, já combinamos',
      'ele vai me pagar a metade e ficar com o carro, já está combinado',
    ]) expect(sut.signals(text)).not.toContain('partilha-disputada');
    const car = newFacts({ area: 'familia', complexitySignals: ['patrimonio', 'partilha-disputada'] });
    expect(sut.assess(car, 720, 1).complexity).toBe('medium');
  });

  it('reads a paternity the alleged father denies, or a DNA test he refuses, as a contested filiation (Súmula 301 do STJ)', () => {
    expect(sut.signals('ele fala pra todo mundo que a menina nao é dele')).toContain('tipo-nao-simples');
    expect(sut.signals('pedi pra fazer o dna e ele se recusa a fazer o dna')).toContain('tipo-nao-simples');
    expect(sut.signals('ele negou a paternidade')).toContain('tipo-nao-simples');
    // A father who agrees to register the child is no dispute.
    expect(sut.signals('o pai quer registrar a menina e fazer o dna')).not.toContain('tipo-nao-simples');
  });

  it('reads a notary\'s notice of protest as no lawsuit, and a court\'s notice as one', () => {
    expect(sut.signals('Recebi ontem uma intimação do Tabelionato de Protesto de Títulos')).not.toContain('processo-em-curso');
    expect(sut.signals('chegou uma intimação do cartório de protesto no meu nome')).not.toContain('processo-em-curso');
    expect(sut.signals('chegou uma intimação do fórum')).toContain('processo-em-curso');
  });

  it("reads the insurer's cover for third parties, in a claim against the insured, as a second party to call in (CPC art. 125 II)", () => {
    const signals = sut.signals('a transportadora me processou pedindo 380 mil e a seguradora diz que a cobertura de terceiros era de 50 mil');
    expect(signals).toContain('varias-partes');
    expect(sut.signals('a seguradora pagou o conserto do meu carro')).not.toContain('varias-partes');
  });

  it('reads guarantors who signed as avalistas as a debt shared by several, solidary', () => {
    const sued = sut.signals('Eu e meu sócio assinamos como avalistas, e o banco entrou com execução contra a empresa e contra nós dois');
    expect(sued).toEqual(expect.arrayContaining(['aval', 'processo-em-curso']));
    expect(sut.features(newFacts({ area: 'empresarial', complexitySignals: sued })).map((f) => f.id)).toContain('varias-partes');
    expect(sut.signals('o banco avaliou o imóvel em 300 mil')).not.toContain('varias-partes');
  });

  it('reads a broken femur and walking that may not come back as serious harm', () => {
    expect(sut.signals('Quebrou o fêmur, fez cirurgia e tá internada ainda')).toContain('dano-grave');
    expect(sut.signals('o médico disse que ela pode não voltar a caminhar direito')).toContain('dano-grave');
    expect(sut.signals('torceu o pé mas já voltou a caminhar')).not.toContain('dano-grave');
  });

  it('reads part of a limb\'s movement lost and a large scar as lasting harm; belonging to a movement is no injury', () => {
    expect(sut.signals('perdi parte do movimento da perna esquerda')).toContain('dano-grave');
    expect(sut.signals('fiquei com uma cicatriz grande no braço')).toContain('dano-grave');
    expect(sut.signals('faço parte do movimento dos moradores do bairro')).not.toContain('dano-grave');
  });

  it("reads a used vehicle's hidden defect (a past crash, an auction, a wound-back odometer) as disputed proof", () => {
    expect(sut.signals('o mecanico falou que o carro ja tinha batido e a loja nao me falou')).toEqual(['prova-disputada']);
    expect(sut.signals('descobri que a quilometragem adulterada e que veio de leilao')).toEqual(['prova-disputada']);
    // A crash told now is no hidden defect: only the act that caused it, a 0-point building block (`causa-do-dano`).
    expect(sut.signals('bateram no meu carro no semáforo')).toEqual(['causa-do-dano']);
  });

  it('reads a debtor who calls the loan a gift as disputed proof, not a loan owned up to nor an excuse for not paying', () => {
    expect(sut.signals('emprestei 8 mil pra minha amiga e agora ela fala pra todo mundo que foi um presente')).toEqual(['prova-disputada']);
    // "faliu" is only the building block of special time without records, weighed in social-security cases alone.
    expect(sut.signals('ele pagou duas parcelas e agora diz que não deve nada porque o bar faliu')).toEqual(['empregador-fechado']);
    expect(sut.signals('emprestei 8 mil pra minha amiga e ela disse que vai pagar em março')).toEqual([]);
  });

  it('reads a loan the debtor calls help given as disputed proof', () => {
    expect(sut.signals('agora ele diz que foi ajuda, que eu dei o dinheiro')).toEqual(['prova-disputada']);
    expect(sut.signals('ele disse que me ajuda a pagar em três vezes')).toEqual([]);
  });

  it('weighs a contested division of the common assets in a family case only (CC arts. 1.658-1.660)', () => {
    const signals = sut.signals('o apartamento foi comprado no casamento e ele diz que pagou mais que eu e quer ficar com 70%');
    expect(signals).toContain('partilha-disputada');
    const divorce = sut.assess(newFacts({ area: 'familia', complexitySignals: [...signals, 'patrimonio'] }), 720, 1);
    expect(divorce.features.map((f) => f.id)).toContain('partilha-disputada');
    expect(divorce.complexity).toBe('medium');
    // Who paid more of a bill is not a partilha elsewhere.
    expect(sut.assess(newFacts({ area: 'consumidor', complexitySignals: sut.signals('eu paguei mais que ele na conta do restaurante') }), 720, 1).features.map((f) => f.id)).not.toContain('partilha-disputada');
  });

  it("reads the bank's answer that the transfers came from the client's own phone as disputed proof", () => {
    expect(sut.signals('o gerente disse que como foi feito pelo meu celular a responsabilidade é minha')).toEqual(['prova-disputada']);
    expect(sut.signals('comprei um celular novo e ele veio com defeito')).not.toContain('prova-disputada');
  });

  it("weighs the other side's bare refusal as disputed proof save in a consumer case, a bank's fraud refusal still disputed (CDC arts. 6º VIII, 12, 14, 18; Súmula 479 STJ)", () => {
    const assessed = (area: 'consumidor' | 'civil', texts: string[], subarea: string | null = null) =>
      sut.assess(newFacts({ area, subarea, complexitySignals: sut.signals(texts.join('. '), texts) }), 720, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    const refund = ['a loja nega a troca do guarda-roupa', 'paguei 14.900 reais'];
    expect(sut.signals(refund[0])).toEqual(['recusa-da-outra-parte']);
    expect(ids(assessed('consumidor', refund))).not.toContain('prova-disputada');
    expect(assessed('consumidor', refund).complexity).toBe('low');
    expect(assessed('consumidor', ['a lavanderia diz que nao se responsabiliza pelo vestido']).complexity).toBe('low');
    // Outside consumer law the refusal is disputed proof, and so is a bank's refusal to return what a fraud took.
    expect(ids(assessed('civil', refund))).toContain('prova-disputada');
    expect(assessed('consumidor', ['o banco negou devolver o pix do golpe', 'foram 12 mil'], 'fraude bancária').complexity).toBe('medium');
    // What the supplier contends beyond the refusal still weighs: misuse, the card's chip and password.
    expect(ids(assessed('consumidor', ['a loja nega a troca e alega mau uso', 'paguei 14 mil']))).toContain('prova-disputada');
    expect(sut.signals('contestei e o banco disse que a compra foi com chip e senha')).toContain('prova-disputada');
    // So does an insurer's refusal for a disease the insured already had (Súmula 609 STJ).
    expect(sut.signals('a seguradora negou dizendo que ele já tinha diabetes quando assinou')).toContain('prova-disputada');
    expect(sut.signals('a seguradora negou porque ele tem diabetes')).not.toContain('prova-disputada');
  });

  it("reads fingers lost, told of another or with a number, and a person left crippled as lasting serious harm", () => {
    expect(sut.signals('a prensa desceu na mão dele e ele perdeu três dedos')).toEqual(expect.arrayContaining(['dano-grave', 'dano-permanente']));
    expect(sut.signals('perdi 2 dedos na serra')).toContain('dano-grave');
    expect(sut.signals('ele ficou aleijado da mão')).toEqual(expect.arrayContaining(['dano-grave', 'dano-permanente']));
    expect(sut.signals('perdeu o prazo do recurso')).not.toContain('dano-grave');
  });

  it("reads a death or a lasting sequel after the victim's vehicle was hit as the collision's serious harm, not a death told alone", () => {
    const signals = sut.signals('o marido dela morreu em setembro');
    expect(signals).not.toContain('dano-grave');
    const hit = newFacts({ area: 'civil', complexitySignals: signals, notes: ['collision-victim'] });
    expect(sut.assess(hit, 1, 1).features.map((f) => f.id)).toContain('dano-grave');
    const alone = newFacts({ area: 'civil', complexitySignals: signals });
    expect(sut.assess(alone, 1, 1).features.map((f) => f.id)).not.toContain('dano-grave');
  });

  it('adds a point for serious harm where a vulnerable person is involved, not for either alone', () => {
    const burntChild = sut.signals('meu filho de 6 anos teve queimadura de segundo grau e ficou 12 dias internado');
    expect(burntChild).toEqual(expect.arrayContaining(['dano-grave', 'vulneravel-de-familiar']));
    const facts = newFacts({ area: 'consumidor', complexitySignals: burntChild });
    expect(sut.features(facts).map((f) => f.id)).toContain('dano-a-vulneravel');
    expect(sut.assess(facts, 1, 1).complexity).toBe('high');
    expect(sut.features(newFacts({ complexitySignals: ['vulneravel'] })).map((f) => f.id)).not.toContain('dano-a-vulneravel');
    expect(sut.features(newFacts({ complexitySignals: ['dano-grave'] })).map((f) => f.id)).not.toContain('dano-a-vulneravel');
  });

  it('reads the phrasings a lawyer lists for a fracture, a long stay in hospital, dementia, several banks, hidden income and bribery', () => {
    expect(sut.signals('ela quebrou a bacia e vai precisar de operar')).toEqual(['dano-grave']);
    expect(sut.signals('ficou dois meses internado')).toEqual(['dano-grave']);
    expect(sut.signals('minha mãe tem Alzheimer')).toEqual(['sem-discernimento', 'vulneravel-de-familiar']);
    expect(sut.signals('são contratos de três bancos diferentes')).toEqual(['varias-partes']);
    expect(sut.signals('o motorista estava a serviço da transportadora')).toEqual(['varias-partes']);
    expect(sut.signals('ele esconde a renda, diz que não ganha nada')).toEqual(['ocultacao-de-bens', 'renda-alegada']);
    expect(sut.signals('está passando os bens para o nome do irmão')).toEqual(['ocultacao-de-bens', 'bens-a-terceiro', 'bens-em-nome-de-terceiro']);
    expect(sut.signals('me acusam de receber propina')).toEqual(['acusado-de-crime', 'improbidade']);
    expect(sut.signals('trabalhei sem carteira assinada e não tem contrato')).toEqual(['vinculo-informal', 'prova-disputada', 'tipo-nao-simples']);
    // A broken nose is bodily harm, not serious harm; a broken phone is neither; a short visit to hospital is not a long stay.
    expect(sut.signals('ele quebrou o nariz numa briga')).toEqual(['lesao-corporal']);
    expect(sut.signals('o celular veio quebrado')).toEqual([]);
  });

  it('reads a court block told with the judge as subject, a lost eye, assets put in another name, many people, a contrary medical board and stalking', () => {
    expect(sut.signals('o juiz já bloqueou minha conta')).toEqual(['constricao']);
    expect(sut.signals('meu filho perdeu a visão de um olho')).toEqual(['dano-permanente', 'dano-grave']);
    expect(sut.signals('ele está passando tudo pro nome do sócio')).toEqual(['ocultacao-de-bens', 'bens-a-terceiro', 'bens-em-nome-de-terceiro']);
    expect(sut.signals('o sindicato fez isso com um monte de gente')).toEqual(['coletivo']);
    expect(sut.signals('tem uns 80 trabalhadores na mesma situação')).toEqual(['coletivo']);
    expect(sut.signals('o médico disse que não posso, mas a perícia disse que tô apto')).toEqual(['prova-disputada']);
    expect(sut.signals('não tenho nota fiscal das roupas')).toEqual(['prova-disputada']);
    expect(sut.signals('ele fica me seguindo na saída do trabalho')).toEqual(['violencia']);
    // "apto" alone is a flat (apartamento), not a medical finding.
    expect(sut.signals('moro no apto 302')).toEqual([]);
  });

  it('weighs a treatment refused by a health plan or the SUS as a strong feature, never low; a refused life-insurance claim is not one', () => {
    expect(sut.signals('o plano de saúde recusou a cobertura da cirurgia cardíaca')).toEqual(['tratamento-negado']);
    expect(sut.signals('o remédio não está na lista do SUS')).toEqual(['tratamento-negado']);
    expect(sut.signals('a seguradora negou pagar o seguro de vida')).not.toContain('tratamento-negado');
    const facts = newFacts({ complexitySignals: ['tratamento-negado'] });
    expect(sut.assess(facts, 1, 1).complexity).toBe('medium');
    // With a value over R$ 50 mil and an elderly patient it is high: two strong features and a vulnerable person.
    const elder = newFacts({ complexitySignals: ['tratamento-negado', 'vulneravel'], amounts: [{ raw: 'R$ 95 mil', value: 95_000 }] });
    expect(sut.assess(elder, 1, 1).complexity).toBe('high');
  });

  it('reads a death that followed the event told as serious harm, and money diverted as assets hidden', () => {
    expect(sut.signals('minha mãe morreu depois de uma cirurgia de vesícula')).toEqual(['dano-grave']);
    // A death told is a building block only (`dano-permanente`), no points, never harm alone; nor a seller gone (`sem-outorgante`) unless the seller is who died.
    expect(sut.signals('o fiador morreu no ano passado')).toEqual(['dano-permanente']);
    expect(sut.signals('meu sócio desviou dinheiro da empresa')).toEqual(['ocultacao-de-bens']);
  });

  it('weighs no serious harm in a pension by death, however the death happened; a partner\'s heirs as a dispute among partners', () => {
    const weighed = (area: 'previdenciario' | 'empresarial', text: string) => sut.features(newFacts({ area, complexitySignals: sut.signals(text) })).map((f) => f.id);
    expect(weighed('empresarial', 'meu pai morreu num acidente na obra')).toContain('dano-grave');
    expect(weighed('previdenciario', 'meu pai morreu num acidente na obra')).not.toContain('dano-grave');
    expect(weighed('previdenciario', 'meu pai morreu num acidente na obra e pedi a pensão e indeferiram')).not.toContain('dano-grave');
    expect(sut.signals('minha mãe nunca casou no papel, nao era casada no papel com ele')).toContain('uniao-a-comprovar');
    expect(weighed('empresarial', 'os herdeiros do sócio querem assinar pela empresa')).toContain('disputa-societaria');
  });

  it('reads an enforcement the creditor filed as a proceeding under way', () => {
    expect(sut.signals('o banco entrou com uma execução do contrato')).toContain('processo-em-curso');
  });

  it('weighs a building cracked by the works next door as never simple: the cause is proved by an expert (CC arts. 1.299 and 1.311)', () => {
    const cracked = sut.signals('depois que escavaram apareceram rachaduras na parede da cozinha');
    const level = (notes: string[]) => sut.assess(newFacts({ area: 'civil', notes, complexitySignals: cracked }), 1, 1).complexity;
    expect(level(['neighbour-works'])).toBe('medium');
    expect(sut.features(newFacts({ area: 'civil', notes: ['neighbour-works'], complexitySignals: cracked })).map((f) => f.id)).toContain('dano-por-obra-vizinha');
    // Cracks without the works next door (an old house), or the works without damage (the noise), are no such case.
    expect(level([])).toBe('low');
    expect(sut.features(newFacts({ area: 'civil', notes: ['neighbour-works'], complexitySignals: sut.signals('a obra do vizinho faz barulho o dia todo') })).map((f) => f.id)).not.toContain('dano-por-obra-vizinha');
  });

  it("weighs a home harmed by a neighbour's leak whose source he denies as never simple: the source is proved by an expert (CC arts. 1.277 and 927; CPC art. 464)", () => {
    const harmed = sut.signals('já caiu um pedaço do gesso e o armário embaixo empenou. o vizinho de cima jura que não vem do apartamento dele');
    const level = (notes: string[], signals = harmed) => sut.assess(newFacts({ area: 'civil', notes, complexitySignals: signals }), 1, 1).complexity;
    expect(level(['neighbour-leak'])).toBe('medium');
    expect(sut.features(newFacts({ area: 'civil', notes: ['neighbour-leak'], complexitySignals: harmed })).map((f) => f.id)).toContain('dano-por-vazamento-vizinho');
    expect(level(['neighbour-leak'], sut.signals('o teto tá manchado. ele diz que é do cano do prédio'))).toBe('medium');
    // Damp without a neighbour's leak, a source known and only the payment refused, a syndic's word or a drip that harmed nothing: no such case.
    expect(level([])).toBe('low');
    expect(level(['neighbour-leak'], sut.signals('caiu o gesso. o encanador achou o ralo dele e ele diz que não é problema dele'))).toBe('low');
    expect(level(['neighbour-leak'], sut.signals('caiu o gesso. o síndico fala que o problema não é dele'))).toBe('low');
    expect(level(['neighbour-leak'], sut.signals('o ar condicionado dele pinga, nao estragou nada, so suja o piso. ele diz que não tem vazamento nenhum'))).toBe('low');
  });

  it("weighs a neighbour's leak lasting months that he keeps from repair as never simple: the entry ordered and the source proved (CC arts. 1.277 and 1.313 I; CPC arts. 464 and 497)", () => {
    const level = (notes: string[], text: string) => sut.assess(newFacts({ area: 'civil', notes, complexitySignals: sut.signals(text) }), 1, 1).complexity;
    const ids = (notes: string[], text: string) => sut.features(newFacts({ area: 'civil', notes, complexitySignals: sut.signals(text) })).map((f) => f.id);
    expect(level(['neighbour-leak'], 'há cinco meses a água desce do apartamento de cima. ele não deixa o encanador entrar. o gesso caiu')).toBe('medium');
    expect(ids(['neighbour-leak'], 'faz 4 meses que pinga no meu teto. a vizinha diz que o problema não é dela. o armário inchou')).toContain('vazamento-vizinho-prolongado');
    expect(level(['neighbour-leak'], 'vazamento do andar de cima há três meses. o vizinho ignorou as notificações. o forro caiu')).toBe('medium');
    // Months told with no span, a neighbour who promises, or a drip that harmed nothing: no such case.
    expect(level(['neighbour-leak'], 'faz meses que vaza do apartamento de cima. ele não deixa ninguém entrar. o gesso caiu')).toBe('low');
    expect(level(['neighbour-leak'], 'faz uns 4 meses que vaza. ele sempre diz que vai chamar o encanador. o gesso caiu')).toBe('low');
    expect(level(['neighbour-leak'], 'o ar condicionado dele pinga há cinco meses. ele não responde. não estragou nada')).toBe('low');
  });

  it("weighs a neighbour's claim for a leak said to come from the client's unit as never simple: the source is the defence (CC art. 927; CPC art. 464)", () => {
    const level = (text: string) => sut.assess(newFacts({ area: 'civil', complexitySignals: sut.signals(text) }), 1, 1).complexity;
    expect(level('o vizinho de baixo diz que a infiltração vem do meu apartamento e quer que eu pague 18 mil')).toBe('medium');
    expect(level('um vizinho ameaçou me processar. é por uma infiltração que desceu do meu apartamento para o dele')).toBe('medium');
    // A small sum the client agrees to pay, or a leak from the client's unit nobody claims: no such case.
    expect(level('vazou água do meu banheiro pro apartamento de baixo. a vizinha pediu 400 pra pintar e eu concordo')).toBe('low');
    expect(level('o vizinho de baixo reclamou de um vazamento vindo do meu banheiro e o dono consertou')).toBe('low');
  });

  it("weighs a neighbour's building that throws the rain onto the harmed house as never simple: the works adapted (CC arts. 1.300 and 1.312)", () => {
    const level = (text: string) => sut.assess(newFacts({ area: 'civil', complexitySignals: sut.signals(text) }), 1, 1).complexity;
    expect(level('o vizinho fez uma laje colada no meu muro e cada chuva a agua desce pela minha parede. a parede da sala mofou')).toBe('medium');
    // The rain told with no building raised, or a building with no harm: no such case.
    expect(level('a calha do vizinho vaza quando chove. a parede mofou')).toBe('low');
    expect(level('o vizinho construiu um segundo andar e na chuva faz barulho no telhado')).toBe('low');
  });

  it('weighs a house the works next door may bring down on those inside as high: shored by an order within the day (CC art. 1.280)', () => {
    const falling = sut.signals('a parede está rachando e o engenheiro disse que pode desabar a qualquer momento');
    expect(sut.assess(newFacts({ area: 'civil', notes: ['neighbour-works'], complexitySignals: falling }), 1, 1).complexity).toBe('high');
    expect(sut.features(newFacts({ area: 'civil', notes: [], complexitySignals: falling })).map((f) => f.id)).not.toContain('ruina-por-obra-vizinha');
  });

  it('reads harm to the body apart from harm to the mind or honour (CP art. 129 and CC arts. 949-950 against CF art. 5º X and CC arts. 186, 927 and 953)', () => {
    const beaten = sut.signals('apanhei do vizinho e fiquei internada');
    expect(beaten).toContain('dano-pessoal');
    expect(beaten).not.toContain('dano-moral');
    const shaken = sut.signals('fiquei abalada, vou no psicólogo e quero danos morais');
    expect(shaken).toContain('dano-moral');
    expect(shaken).not.toContain('dano-pessoal');
    expect(sut.signals('sofri uma agressão verbal do meu vizinho')).toEqual(['dano-moral']);
  });

  it('weighs a civil claim for harm to the person from a crime already judged as never simple (CC arts. 200, 935 and 949; CPP art. 63)', () => {
    const assessed = (text: string, area: InterviewFacts['area'] = 'civil') => sut.assess(newFacts({ area, complexitySignals: sut.signals(text) }), 1, 1);
    const ids = (text: string) => assessed(text).features.map((f) => f.id);
    expect(assessed('o cara que me agrediu foi condenado e eu faço acompanhamento psicológico desde então').complexity).toBe('medium');
    expect(ids('o processo criminal dele já terminou e eu quero pedir danos morais')).toContain('reparacao-de-crime');
    expect(ids('levei uma facada numa briga e o sujeito foi condenado mês passado')).toContain('reparacao-de-crime');
    // A theft or a damaged thing is claimed by its price; harm without a judged crime is no such claim; nor a case of another area.
    expect(assessed('roubaram minha bicicleta e o ladrão já foi condenado, quero o valor dela').complexity).toBe('low');
    expect(ids('o vizinho riscou meu carro e foi condenado por crime de dano')).not.toContain('reparacao-de-crime');
    expect(ids('fiquei muito abalada com as ofensas e quero danos morais')).not.toContain('reparacao-de-crime');
    expect(assessed('ele me agrediu e foi condenado, vou na psicóloga', 'familia').features.map((f) => f.id)).not.toContain('reparacao-de-crime');
    // A disabled child's therapy keeps its own reading.
    expect(sut.signals('meu filho autista faz terapia aba e o plano negou')).toContain('direito-da-pcd');
  });

  it('reads the wound told by its mark or the skin torn as harm to the person (CC art. 949; Súmula 387 STJ), so the judged crime is its civil claim', () => {
    const assessed = (text: string) => sut.assess(newFacts({ area: 'civil', complexitySignals: sut.signals(text) }), 1, 1);
    expect(assessed('uma mulher me atacou com uma garrafa e foi condenada, fiquei com uma cicatriz no braço').complexity).toBe('medium');
    expect(assessed('o motoboy que me atropelou foi condenado, só ralei o joelho e o cotovelo').features.map((f) => f.id)).toContain('reparacao-de-crime');
    // The mark on a thing is no harm to the person: the scratched car convicted stays its price.
    expect(assessed('o vizinho riscou a lataria do meu carro e foi condenado por crime de dano, quero o conserto').complexity).toBe('low');
    expect(sut.signals('a porta do carro ficou com um arranhado')).not.toContain('dano-pessoal');
  });

  it('weighs the same claim while the area is still undecided between criminal and civil: no criminal case is left to bring (CPP art. 63; CC arts. 935 and 949)', () => {
    const assessed = (text: string, area: InterviewFacts['area']) => sut.assess(newFacts({ area, complexitySignals: sut.signals(text) }), 1, 1);
    const beaten = 'dois rapazes me bateram no ponto de ônibus e foram condenados, quero que eles paguem o que eu perdi';
    expect(assessed(beaten, null).features.map((f) => f.id)).toContain('reparacao-de-crime');
    expect(assessed(beaten, null).complexity).toBe('medium');
    // A thing stolen is still claimed by its price; a decided area other than civil keeps its own reading.
    expect(assessed('roubaram meu celular e o ladrão já foi condenado, quero o valor dele', null).complexity).toBe('low');
    expect(assessed(beaten, 'familia').features.map((f) => f.id)).not.toContain('reparacao-de-crime');
  });

  it('reads a court order told as sitting on the account as the account blocked by the court (CPC art. 854)', () => {
    expect(sut.signals('o banco disse que tem uma ordem judicial na conta da empresa')).toContain('constricao');
  });

  it('weighs neither witnesses as many people affected nor stolen goods bought as a robbery', () => {
    const weighed = (text: string) => sut.features(newFacts({ area: 'criminal', complexitySignals: sut.signals(text) })).map((f) => f.id);
    expect(weighed('ela apagou depois, mas várias pessoas viram')).toEqual([]);
    expect(weighed('várias pessoas caíram no mesmo golpe')).toEqual(['coletivo']);
    // Outside a criminal case the same words are others told of, not parties: the client's own claim (CDC art. 6º VIII; CPC art. 113).
    const consumer = (text: string) => sut.features(newFacts({ area: 'consumidor', complexitySignals: sut.signals(text) })).map((f) => f.id);
    expect(consumer('depois vi que várias pessoas caíram no mesmo golpe')).toEqual([]);
    expect(consumer('vi no Reclame Aqui que muita gente tem o mesmo problema')).toEqual([]);
    expect(consumer('muita gente foi lesada pela construtora')).toContain('coletivo');
    expect(weighed('o celular que ele comprou era produto de roubo')).toEqual([]);
    expect(weighed('foi um roubo à mão armada')).toContain('crime-grave');
  });

  it('weighs neither the audience of an offence nor public transport as many people affected', () => {
    const weighed = (text: string) => sut.features(newFacts({ area: 'civil', complexitySignals: sut.signals(text) })).map((f) => f.id);
    expect(weighed('o grupo é grande, muita gente leu')).toEqual([]);
    expect(weighed('todo mundo ficou sabendo no bairro')).toEqual([]);
    expect(weighed('peguei o ônibus do transporte coletivo')).toEqual([]);
    expect(weighed('muita gente foi lesada pela mesma empresa')).toEqual(['coletivo']);
    expect(weighed('vamos entrar com uma ação coletiva')).toEqual(['coletivo']);
  });

  it('weighs the audience of an insult told by any of its acts, or the size of the group it went to, as no one affected but the client (CP arts. 139-141 III; CC art. 953)', () => {
    const weighed = (area: 'criminal' | 'civil' | 'consumidor', text: string) =>
      sut.features(newFacts({ area, complexitySignals: sut.signals(text) })).map((f) => f.id);
    expect(weighed('criminal', 'postou que eu sou golpista e muita gente curtiu e comentou')).toEqual([]);
    expect(weighed('criminal', 'várias pessoas comentaram no post dele')).toEqual([]);
    expect(weighed('criminal', 'ficou gritando que eu sou vagabunda, um monte de gente ouviu')).toEqual([]);
    expect(weighed('criminal', 'mandou no grupo do prédio, tem muita gente nesse grupo')).toEqual([]);
    expect(weighed('civil', 'tenho o print dela e de outros moradores comentando')).toEqual([]);
    expect(weighed('consumidor', 'me acusaram de furto e muita gente ficou olhando')).toEqual([]);
    // Many people harmed by the same act, or the client among many joining one claim, still weigh (CPC art. 113; CDC art. 81).
    expect(weighed('criminal', 'ele enganou muita gente do bairro, somos várias vítimas')).toContain('coletivo');
    expect(weighed('consumidor', 'várias famílias ficaram doentes e muita gente tá na mesma situação')).toContain('coletivo');
    expect(weighed('civil', 'os outros moradores também tiveram o teto rachado')).toContain('coletivo');
  });

  it('reads a bid the client company won or wants to win as no misuse of public money, and a bid said to be rigged still as one', () => {
    const weighed = (text: string) => sut.features(newFacts({ area: 'administrativo', complexitySignals: sut.signals(text) })).map((f) => f.id);
    expect(weighed('fui inabilitada e quero voltar pra disputa e ganhar a licitação')).toEqual([]);
    expect(weighed('o preço do asfalto subiu desde a licitação')).toEqual([]);
    expect(weighed('dizem que a licitação da merenda foi direcionada')).toContain('improbidade');
  });

  it('weighs improbity in a labour case as the dismissal for cause it is (CLT art. 482 a), not as public money misused', () => {
    const accused = sut.signals('fui demitido por justa causa por improbidade');
    expect(sut.features(newFacts({ area: 'trabalhista', complexitySignals: accused })).map((f) => f.id)).toEqual(['tipo-nao-simples']);
    expect(sut.features(newFacts({ area: 'administrativo', complexitySignals: sut.signals('dizem que é improbidade e falam em mandar para o Ministério Público') })).map((f) => f.id)).toContain('improbidade');
  });

  it('reads the leased property sold to someone else as never simple in a lease (Lei 8.245/91 arts. 8º and 27), and a sale alone as nothing', () => {
    const sold = sut.signals('o imóvel foi vendido para uma incorporadora e ninguém me ofereceu');
    const lease = newFacts({ area: 'imobiliario', subarea: 'despejo sem atraso de aluguel (fim do contrato ou retomada do imóvel)', complexitySignals: sold });
    expect(sut.assess(lease, 1, 1).complexity).toBe('medium');
    expect(sut.features(newFacts({ area: 'imobiliario', subarea: 'condomínio', complexitySignals: sold })).map((f) => f.id)).toEqual([]);
    expect(sut.features(newFacts({ area: 'familia', complexitySignals: sut.signals('o dono vendeu o prédio') })).map((f) => f.id)).toEqual([]);
  });

  it("reads the leased property sold and the client told to leave as never simple where the words name no other kind (Lei 8.245/91 art. 8º)", () => {
    const told = (text: string, subarea = 'direito imobiliário') => newFacts({ area: 'imobiliario', subarea, complexitySignals: sut.signals(text) });
    expect(sut.assess(told('o dono da casa que eu alugo vendeu e o dono novo me deu 90 dias pra sair'), 1, 1).complexity).toBe('medium');
    expect(sut.assess(told('o prédio onde fica minha lanchonete foi vendido e o novo dono quer que eu saia em 90 dias'), 1, 1).complexity).toBe('medium');
    expect(sut.assess(told('o dono disse que vendeu a casa e que eu tenho que sair até o fim do mês'), 1, 1).complexity).toBe('medium');
    // The sale told without any demand to leave (the new owner's rent), or in a purchase of the client's own: as before.
    expect(sut.assess(told('a casa que eu alugo foi vendida e a nova dona quer aumentar o aluguel'), 1, 1).complexity).toBe('low');
    expect(sut.features(told('vendi a casa e o comprador quer que eu saia logo', 'compra e venda de imóvel')).map((f) => f.id)).not.toContain('tipo-nao-simples');
  });

  it("weighs the tenant's sublease or cession without the landlord's consent, told by the landlord, as a point more (Lei 8.245/91 arts. 9º II, 13 and 59 §2º)", () => {
    const ids = (text: string, area: 'imobiliario' | 'familia' = 'imobiliario') => sut.features(newFacts({ area, complexitySignals: sut.signals(text) })).map((f) => f.id);
    expect(ids('o inquilino não paga faz 5 meses e ainda colocou outra família num quarto sem eu saber')).toContain('sublocacao-nao-consentida');
    expect(ids('descobri que o inquilino sublocou a casa')).toContain('sublocacao-nao-consentida');
    expect(ids('a inquilina tá subalugando os quartos pra estudantes')).toContain('sublocacao-nao-consentida');
    // The tenant's own guest, or another area's words: as before.
    expect(ids('o senhorio disse que vai me despejar porque eu coloquei uma pessoa para morar comigo')).not.toContain('sublocacao-nao-consentida');
    expect(ids('ele botou outra família dentro de casa e quer que eu saia', 'familia')).not.toContain('sublocacao-nao-consentida');
  });

  it('reads a block the client asks how to avoid, or fears, as no seizure made', () => {
    expect(sut.features(newFacts({ complexitySignals: sut.signals('como evitar bloqueio na conta da empresa?') })).map((f) => f.id)).not.toContain('constricao');
    expect(sut.features(newFacts({ complexitySignals: sut.signals('tenho medo da penhora da casa') })).map((f) => f.id)).not.toContain('constricao');
    expect(sut.features(newFacts({ complexitySignals: sut.signals('teve bloqueio na conta da empresa ontem') })).map((f) => f.id)).toContain('constricao');
  });

  it('reads the tax authority named by its office as no assets to divide, and a farm still as assets', () => {
    const weighed = (text: string) => sut.features(newFacts({ area: 'tributario', complexitySignals: sut.signals(text) })).map((f) => f.id);
    expect(weighed('recebi uma notificação da Secretaria da Fazenda')).toEqual([]);
    expect(weighed('a Fazenda Nacional ajuizou a execução')).not.toContain('patrimonio');
    expect(weighed('a Receita cobra ITR da minha fazenda')).toContain('patrimonio');
  });

  it('reads a farm worked on and an orange crop as no assets and no front, and a "laranja" who fronts still as assets hidden', () => {
    const weighed = (text: string) => sut.features(newFacts({ area: 'previdenciario', complexitySignals: sut.signals(text) })).map((f) => f.id);
    expect(weighed('trabaiei registrado numa fazenda de laranja uns vinte e dois ano')).toEqual([]);
    expect(weighed('fui colhedor no laranjal a vida toda')).toEqual([]);
    expect(weighed('temos uma fazenda e ele passou tudo pro nome de um laranja')).toEqual(expect.arrayContaining(['patrimonio', 'ocultacao-de-bens']));
    expect(weighed('a empresa está no nome de laranja')).toContain('ocultacao-de-bens');
  });

  it('reads work off the books, an unreported work accident and work abandoned half done as evidence to prove', () => {
    expect(sut.signals('trabalhei 3 anos numa oficina sem carteira')).toEqual(['vinculo-informal', 'prova-disputada']);
    expect(sut.signals('a empresa não abriu a CAT')).toEqual(['prova-disputada']);
    expect(sut.signals('a empresa não quis abrir a CAT, quem abriu foi o sindicato')).toEqual(['prova-disputada']);
    expect(sut.signals('tenho a carteira assinada e o contrato')).toEqual([]);
    expect(sut.signals('o pedreiro sumiu com a obra pela metade')).toEqual(['parte-sumida', 'prova-disputada']);
  });

  it('reads the one who took a child cutting every contact as the other side gone (parte-sumida)', () => {
    expect(sut.signals('desligou o celular e a família dele não sabe de nada')).toContain('parte-sumida');
    expect(sut.signals('até agora ninguém sabe pra onde ele foi')).toContain('parte-sumida');
    expect(sut.signals('ela não atende e bloqueou meu zap')).toContain('parte-sumida');
    expect(sut.signals('ele não diz onde tá morando')).toContain('parte-sumida');
    expect(sut.signals('desliguei o celular pra dormir')).not.toContain('parte-sumida');
  });

  it('weighs a cancer treatment refused as health at risk now, and a cancer alone as nothing', () => {
    const ids = (signals: string[]) => sut.features(newFacts({ area: 'consumidor', complexitySignals: signals })).map((f) => f.id);
    expect(sut.signals('o plano recusou a cobertura da quimioterapia oral')).toEqual(['tratamento-negado', 'oncologico']);
    expect(ids(['tratamento-negado', 'oncologico'])).toContain('risco-a-saude');
    // A tax exemption for a grave illness names the cancer with no treatment refused.
    expect(ids(['oncologico'])).toEqual([]);
  });

  it('reads an administrative appeal already refused as a proceeding under way', () => {
    expect(sut.signals('o recurso foi negado semana passada')).toEqual(['processo-em-curso']);
    expect(sut.signals('vou entrar com recurso')).toEqual([]);
  });

  // A suit ended by an agreement or a decision at a past hearing is a title (CPC arts. 487 III b and 515 II-III), not a lawsuit under way.
  it('reads an agreement or a decision made at a past hearing as a proceeding ended, and a hearing ahead or an execution as one under way', () => {
    expect(sut.signals('a pensão tá resolvida, a gente fez um acordo no cejusc em 2023')).toEqual(['processo-encerrado']);
    expect(sut.signals('a guarda foi decidida na audiência ano passado')).toEqual(['processo-encerrado']);
    expect(sut.signals('fizemos acordo na audiência de conciliação em março e ele já pagou tudo')).toEqual(['processo-encerrado']);
    expect(sut.signals('a audiência no cejusc é dia 20')).toContain('processo-em-curso');
    expect(sut.signals('fui citado e tenho audiência de conciliação marcada')).toContain('processo-em-curso');
    expect(sut.signals('fizemos acordo no cejusc em 2022, ele parou de pagar, entrei com a execução e ele já foi citado')).toContain('processo-em-curso');
  });

  it('reads a lawsuit told in everyday words as a proceeding under way, and a court seizure told so as a seizure', () => {
    expect(sut.signals('tenho mais dois fornecedores me cobrando na justiça')).toContain('processo-em-curso');
    expect(sut.signals('o oficial me deu um papel dizendo que tenho 15 dias pra me defender')).toContain('processo-em-curso');
    expect(sut.signals('ele ainda não está me cobrando na justiça')).not.toContain('processo-em-curso');
    expect(sut.signals('meu ex-sócio me colocou na justiça por causa das cotas')).toContain('processo-em-curso');
    expect(sut.signals('se ele não pagar vou colocar ele na justiça')).not.toContain('processo-em-curso');
    expect(sut.signals('o banco puxou o dinheiro da conta por ordem do juiz')).toEqual(['constricao']);
  });

  it('reads both sides agreeing in everyday words as a consensual case, and records lost as evidence missing', () => {
    expect(sut.signals('os dois concordam com tudo, queremos fazer rápido')).toContain('consensual');
    expect(sut.signals('eu e ela estamos separados e de acordo com tudo, só falta o papel')).toContain('consensual');
    expect(sut.signals('ele não concorda com tudo que eu pedi')).not.toContain('consensual');
    expect(sut.signals('quero me divorciar e ela concorda com tudo')).toContain('consensual');
    // The other spouse agreeing to the divorce itself (CF art. 226 §6º; CPC art. 733), not one who refuses it.
    expect(sut.signals('ele já me disse que concorda com o divórcio e que não quer briga')).toContain('consensual');
    expect(sut.signals('ela também quer o divórcio, só falta ver os papéis')).toContain('consensual');
    expect(sut.signals('ele não aceita o divórcio de jeito nenhum')).not.toContain('consensual');
    expect(sut.signals('os holerites eu não guardei')).toContain('prova-disputada');
  });

  it('reads a partner leaving with the other partner agreeing, or a business matter settled without a fight, as a consensual case', () => {
    expect(sut.signals('meu sócio já concordou em comprar as minhas quotas')).toContain('consensual');
    expect(sut.signals('a sócia aceitou a minha saída da clínica')).toContain('consensual');
    expect(sut.signals('o sócio não aceitou a minha saída e quer me pagar uma mixaria')).not.toContain('consensual');
    // Without a fight is consensual only in a business case (CC arts. 1.029 and 1.031): heirs agreeing among themselves may still fight the State.
    const leaving = (area: 'empresarial' | 'tributario') =>
      sut.features(newFacts({ area, complexitySignals: sut.signals('quero sair da sociedade sem briga, só não sei o valor da minha parte') })).map((f) => f.id);
    expect(leaving('empresarial')).toContain('consensual');
    expect(leaving('tributario')).not.toContain('consensual');
  });

  it('weighs a period the INSS left out but entered in the work card as no time to prove (Súmula 75 TNU), and a period off the books as before', () => {
    const told = (text: string) => sut.features(newFacts({ area: 'previdenciario', complexitySignals: sut.signals(text) })).map((f) => f.id);
    expect(told('o INSS não contou os dois anos da padaria, mas está na minha carteira com data de entrada e saída')).not.toContain('tempo-controvertido');
    expect(told('o INSS não contou os dois anos da padaria')).toContain('tempo-controvertido');
    expect(told('o INSS não contou os dois anos da padaria, trabalhei sem registro e o resto está na minha carteira')).toContain('tempo-controvertido');
  });

  it('weighs a partner leaving on good terms as no partners\' dispute, whatever their titles (CC arts. 1.003, 1.031 and 1.057)', () => {
    const told = (text: string) => sut.assess(newFacts({ area: 'empresarial', complexitySignals: sut.signals(text) }), 1, 1);
    const agreed = told('minha sócia administradora vai vender as quotas dela pra mim, tá tudo de boa entre a gente');
    expect(agreed.features.map((f) => f.id)).not.toContain('disputa-societaria');
    expect(agreed.complexity).toBe('low');
    // Without the good terms, or an agreement gone back on, the partners' dispute weighs as before.
    expect(told('minha sócia administradora vai vender as quotas dela pra mim').features.map((f) => f.id)).toContain('disputa-societaria');
  });

  it('weighs a crime against honour whose term ends within days as never simple, and one with weeks left as it was (CPP art. 38)', () => {
    const honour = (hours: number) => sut.assess(newFacts({ area: 'criminal', subarea: 'crimes contra a honra', urgencySignals: hours <= 72 ? ['prazo-proximo'] : ['prazo'] }), 1, 1);
    expect(honour(72).features.map((f) => f.id)).toContain('tipo-nao-simples');
    expect(honour(72).complexity).toBe('medium');
    expect(honour(168).features.map((f) => f.id)).not.toContain('tipo-nao-simples');
    // Another victim's case with a term in days keeps its own weight.
    const scam = sut.features(newFacts({ area: 'criminal', subarea: 'vítima de golpe ou estelionato', urgencySignals: ['prazo-proximo'] }));
    expect(scam.map((f) => f.id)).not.toContain('tipo-nao-simples');
  });

  it('weighs a permit revoked with no prior hearing as never simple, and one revoked after a process as it was (CF art. 5º LV)', () => {
    const told = (text: string) => sut.assess(newFacts({ area: 'administrativo', complexitySignals: sut.signals(text) }), 1, 1);
    const unheard = told('a prefeitura cassou minha licença da banca do mercado e nunca me chamaram pra explicar nada');
    expect(unheard.features.map((f) => f.id)).toContain('tipo-nao-simples');
    expect(unheard.complexity).toBe('medium');
    expect(told('minha autorização foi revogada depois do processo, apresentei defesa e o recurso foi julgado').features.map((f) => f.id)).not.toContain('tipo-nao-simples');
    // Elsewhere the same words weigh nothing: a hearing refused in a family quarrel is no sanction of the State.
    const elsewhere = sut.features(newFacts({ area: 'familia', complexitySignals: sut.signals('minha licença foi cassada sem direito de defesa') }));
    expect(elsewhere.map((f) => f.id)).not.toContain('tipo-nao-simples');
  });

  it('reads an inventory already opened by others as a proceeding under way, and one still to open as none', () => {
    expect(sut.signals('os outros herdeiros abriram o inventário sem mim')).toContain('processo-em-curso');
    expect(sut.signals('o inventário já foi aberto no ano passado')).toContain('processo-em-curso');
    expect(sut.signals('preciso abrir o inventário do meu pai')).not.toContain('processo-em-curso');
  });

  it('reads a refusal of cover told without its object as a refused treatment only under a health plan', () => {
    expect(sut.signals('o plano respondeu que não cobre porque seria doença preexistente')).toEqual(['cobertura-recusada']);
    expect(sut.signals('o plano disse que o procedimento está fora do rol da ANS')).toEqual(['tratamento-negado']);
    const plan = newFacts({ area: 'consumidor', subarea: 'plano de saúde', complexitySignals: ['cobertura-recusada'] });
    expect(sut.features(plan).map((f) => f.id)).toContain('tratamento-negado');
    // "A assistência disse que não cobre na garantia": a warranty refused, not a treatment.
    const warranty = newFacts({ area: 'consumidor', subarea: 'vício ou defeito do produto', complexitySignals: ['cobertura-recusada'] });
    expect(sut.features(warranty).map((f) => f.id)).not.toContain('tratamento-negado');
  });

  it('reads a drug or a treatment the SUS refused as a refused treatment and a suit against the State never simple (CF art. 196; STF Temas 6 and 1234)', () => {
    const sus = (text: string) => sut.assess(newFacts({ area: 'administrativo', subarea: 'saúde pública (SUS)', complexitySignals: sut.signals(text) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    expect(sut.signals('o SUS não quer dar o remédio')).toContain('cobertura-recusada');
    expect(ids(sus('o estado não fornece o medicamento'))).toEqual(expect.arrayContaining(['tratamento-negado', 'tipo-nao-simples']));
    // A cancer drug refused: health at risk now besides, high.
    expect(sus('meu pai tem câncer e negaram o remédio que o oncologista receitou').complexity).toBe('high');
    // A wait in the queue, nothing refused, is neither.
    expect(ids(sus('estou esperando uma consulta faz 8 meses e a regulação não marca'))).not.toContain('tratamento-negado');
    // "Não fornece" of a shop's invoice is no treatment refused.
    const shop = newFacts({ area: 'consumidor', subarea: 'vício ou defeito do produto', complexitySignals: sut.signals('a loja não fornece a nota') });
    expect(sut.features(shop).map((f) => f.id)).not.toContain('tratamento-negado');
  });

  it('weighs the care the SUS withholds from an elder or a child by a shortage or a queue without a date as never low (CF art. 196; Estatuto da Pessoa Idosa art. 15 §2º; ECA art. 11)', () => {
    const sus = (texts: string[]) => sut.assess(newFacts({ area: 'administrativo', subarea: 'saúde pública (SUS)', complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    const elder = sus(['o remédio de pressão do meu pai está em falta no posto', 'ele tem 80 anos']);
    expect(ids(elder)).toContain('cuidado-retido-de-vulneravel');
    expect(elder.complexity).toBe('medium');
    expect(sus(['meu filho de 6 anos está na fila do SUS pra operar e não tem previsão']).complexity).toBe('medium');
    // An adult's wait, or an elder's drug asked with nothing withheld, stays as it was.
    expect(ids(sus(['estou esperando uma consulta faz 8 meses e a regulação não marca', 'tenho 45 anos']))).not.toContain('cuidado-retido-de-vulneravel');
    expect(ids(sus(['minha mãe de 75 anos toma remédio de pressão, como pega de graça no posto?']))).not.toContain('cuidado-retido-de-vulneravel');
    // A crèche place queued without a date is the right to education, no health care, even filed under the SUS by its "fila".
    expect(ids(sus(['minha filha de 2 anos está na fila da creche e a secretaria diz que não tem previsão']))).not.toContain('cuidado-retido-de-vulneravel');
    // Out of a SUS case an elder "na fila" of a bank is no care withheld.
    const bank = newFacts({ area: 'consumidor', complexitySignals: sut.signals('meu pai de 80 anos ficou na fila do banco') });
    expect(sut.features(bank).map((f) => f.id)).not.toContain('cuidado-retido-de-vulneravel');
  });

  it("weighs a baby's formula or drug the SUS stopped supplying, the age told in months, and an in-law's or a great-grandparent's drug out of stock as care withheld (CF art. 227; ECA art. 11; Lei 8.080/90 art. 6º I d)", () => {
    const sus = (texts: string[]) => sut.assess(newFacts({ area: 'administrativo', subarea: 'saúde pública (SUS)', complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    expect(ids(sus(['o leite especial do meu bebê de 8 meses está em falta no posto', 'dizem que não tem previsão']))).toContain('cuidado-retido-de-vulneravel');
    expect(sus(['a farmácia do estado está sem o remédio da minha sogra', 'ela tem 82 anos']).complexity).toBe('medium');
    expect(ids(sus(['o posto não tem a insulina da minha bisavó de 90 anos']))).toContain('cuidado-retido-de-vulneravel');
    // A baby's age alone is no vulnerability weighed, nor a baby's vaccine or card asked with nothing withheld.
    expect(sut.signals('meu bebê de 8 meses')).not.toContain('vulneravel');
    expect(ids(sus(['como faço o cartão do SUS pro meu bebê de 3 meses?']))).not.toContain('cuidado-retido-de-vulneravel');
  });

  it("weighs an elder's or a child's drug or nappies the SUS stopped supplying as care withheld (Estatuto da Pessoa Idosa art. 15 §2º; ECA art. 11 §2º)", () => {
    const sus = (texts: string[]) => sut.assess(newFacts({ area: 'administrativo', subarea: 'saúde pública (SUS)', complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    expect(sus(['a farmácia do sus parou de entregar o remédio de parkinson do meu pai', 'ele tem 77 anos']).complexity).toBe('medium');
    expect(ids(sus(['a farmácia municipal está sem o anticonvulsivante do meu filho de 5 anos']))).toContain('cuidado-retido-de-vulneravel');
    expect(ids(sus(['o remédio de epilepsia da minha neta de 8 anos não chega na farmácia do sus']))).toContain('cuidado-retido-de-vulneravel');
    // An adult's own drug stopped, or an elder's drug asked with nothing withheld, stays as it was.
    expect(ids(sus(['a farmácia do sus parou de entregar o meu remédio de pressão', 'tenho 45 anos']))).not.toContain('cuidado-retido-de-vulneravel');
    expect(ids(sus(['minha sogra de 78 anos quer transferir o cadastro da farmácia de alto custo']))).not.toContain('cuidado-retido-de-vulneravel');
  });

  it('weighs the other parent\'s move with the child to another city without the client\'s consent as medium in a family case (CC arts. 1.583 §3º and 1.634 V; Lei 12.318/10 art. 2º p.u. VII)', () => {
    const familia = (texts: string[]) => sut.assess(newFacts({ area: 'familia', complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    const moved = familia(['a mãe do menino foi morar em Natal e levou ele junto sem me avisar', 'ele tem 6 anos']);
    expect(ids(moved)).toContain('mudanca-com-filho');
    expect(moved.complexity).toBe('medium');
    expect(ids(familia(['a mãe dos meus filhos quer se mudar pra Salvador e levar os meninos, eu não concordo']))).toContain('mudanca-com-filho');
    expect(ids(familia(['meu ex pegou as crianças e se mudou pro interior sem falar comigo']))).toContain('mudanca-com-filho');
    // A trip the client allowed, the other parent moving alone: neither.
    const trip = familia(['meu ex vai levar nossa filha pra passar 10 dias na praia, eu deixei', 'ela tem 9 anos']);
    expect(ids(trip)).not.toContain('mudanca-com-filho');
    expect(ids(familia(['o pai do meu filho se mudou pra Recife sozinho sem me avisar']))).not.toContain('mudanca-com-filho');
  });

  it('weighs a child taken or kept abroad by the other parent without the client\'s consent as high in a family case (Decreto 3.413/2000; ECA arts. 83-85)', () => {
    const familia = (texts: string[]) => sut.assess(newFacts({ area: 'familia', complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    const taken = familia(['a mãe do meu filho vai levar ele embora pra Portugal e eu não autorizei', 'ele tem 6 anos']);
    expect(ids(taken)).toContain('subtracao-internacional');
    expect(taken.complexity).toBe('high');
    expect(ids(familia(['ela foi pra Espanha com ele sem a minha autorização', 'agora fala que não volta mais']))).toContain('subtracao-internacional');
    // A holiday the other parent will not authorise, the client's consent to something else, a parent abroad: none of them.
    expect(ids(familia(['quero levar meu filho pra Disney mas o pai dele não quer assinar a autorização']))).not.toContain('subtracao-internacional');
    expect(ids(familia(['recebi proposta em Portugal e quero levar minha filha comigo', 'o pai não autoriza a viagem']))).not.toContain('subtracao-internacional');
    expect(ids(familia(['o pai da minha filha mora em Portugal e parou de pagar a pensão, eu não autorizei isso']))).not.toContain('subtracao-internacional');
    expect(ids(familia(['ele vendeu o carro sem a minha autorização e foi embora pra Portugal']))).not.toContain('subtracao-internacional');
    // Outside family law the words are another story.
    const civil = sut.assess(newFacts({ area: 'civil', complexitySignals: sut.signals('levou ela pra Portugal sem a minha autorização') }), 1, 1);
    expect(ids(civil)).not.toContain('subtracao-internacional');
  });

  it("weighs an alleged father who will not register the child or says it is not his as a contested filiation in a family case (Lei 8.560/92 art. 2º-A)", () => {
    expect(sut.signals('o pai da minha filha não quer registrar ela')).toContain('filiacao-a-reconhecer');
    expect(sut.signals('ele se recusa a registrar o menino')).toContain('filiacao-a-reconhecer');
    expect(sut.signals('ele diz que não é dele')).toContain('filiacao-a-reconhecer');
    expect(sut.signals('quero registrar meu filho, a mãe concorda')).not.toContain('filiacao-a-reconhecer');
    // His doubt or a DNA test he demands first contests it as well (Lei 8.560/92 art. 2º-A; in a pregnancy, Lei 11.804/08 art. 6º).
    expect(sut.signals('ele fala que nem sabe se o bebê é dele')).toContain('filiacao-a-reconhecer');
    expect(sut.signals('disse que a criança pode ser de outro')).toContain('filiacao-a-reconhecer');
    expect(sut.signals('ele só paga depois de um exame de DNA')).toContain('filiacao-a-reconhecer');
    expect(sut.signals('ele sabe que é dele, só não quer pagar')).not.toContain('filiacao-a-reconhecer');
    const familia = sut.assess(newFacts({ area: 'familia', complexitySignals: sut.signals('ele não quer registrar ela') }), 1, 1);
    expect(familia.features.map((f) => f.id)).toContain('tipo-nao-simples');
    expect(familia.complexity).toBe('medium');
    const civil = newFacts({ area: 'civil', complexitySignals: sut.signals('ele diz que não é dele, o carro') });
    expect(sut.features(civil).map((f) => f.id)).not.toContain('tipo-nao-simples');
  });

  it('weighs years paid abroad to add to rural or special time the INSS disputes high (Lei 8.213/91 art. 85-A; Decreto 1.457/95)', () => {
    const told = ['o inss negou minha aposentadoria', 'trabalhei 10 anos na roça sem registro', 'depois morei 8 anos na Espanha e pagava a previdência de lá'];
    const assessed = sut.assess(newFacts({ area: 'previdenciario', subarea: 'aposentadoria por idade', complexitySignals: sut.signals(told.join('. '), told) }), 1, 1);
    expect(assessed.features.map((f) => f.id)).toEqual(expect.arrayContaining(['internacional', 'tempo-controvertido', 'tempo-no-exterior']));
    expect(assessed.complexity).toBe('high');
  });

  it("weighs a maternity pay's rural months, its household and its union as no disputed working life nor parties (Lei 8.213/91 arts. 39 and 71)", () => {
    const parties = ['INSS', 'cônjuge ou companheiro(a)', 'sindicato', 'filhos'];
    const ids = (facts: InterviewFacts) => sut.features(facts).map((f) => f.id);
    const signals = ['tempo-controvertido', 'tipo-nao-simples'];
    expect(ids(newFacts({ area: 'previdenciario', subarea: 'salário-maternidade', complexitySignals: signals, parties }))).toEqual([]);
    // A retirement's rural or special time and the employers whose records prove it still weigh.
    expect(ids(newFacts({ area: 'previdenciario', subarea: 'aposentadoria por idade', complexitySignals: signals, parties }))).toEqual(expect.arrayContaining([...signals, 'muitos-envolvidos']));
  });

  it('weighs the possession of an expropriated property asked or granted before the price is fixed in an administrative case (DL 3.365/41 art. 15)', () => {
    const signals = sut.signals('a prefeitura entrou com a desapropriação e o juiz deu a imissão provisória na posse');
    expect(signals).toContain('imissao-provisoria');
    const expropriated = newFacts({ area: 'administrativo', subarea: 'desapropriação', complexitySignals: signals, amounts: [{ raw: '420 mil', value: 420_000 }] });
    expect(sut.assess(expropriated, 1, 1).complexity).toBe('high');
    // A buyer's imissão na posse against an occupant is another claim.
    const buyer = newFacts({ area: 'imobiliario', complexitySignals: sut.signals('comprei no leilão e entrei com imissão na posse') });
    expect(sut.features(buyer).map((f) => f.id)).not.toContain('imissao-provisoria');
    expect(sut.signals('a prefeitura vai desapropriar umas casas na minha rua')).not.toContain('imissao-provisoria');
  });

  it('weighs violence and threats where an elder is exploited as an elder beaten at home, and neither note alone', () => {
    const abused = newFacts({ area: 'criminal', subarea: 'violência doméstica e medidas protetivas', notes: ['elder-abuse', 'violence', 'threat'] });
    expect(sut.features(abused).map((f) => f.id)).toContain('idoso-agredido');
    const noThreat = newFacts({ area: 'criminal', notes: ['elder-abuse', 'violence'] });
    expect(sut.features(noThreat).map((f) => f.id)).not.toContain('idoso-agredido');
    const cardOnly = newFacts({ area: 'criminal', notes: ['elder-abuse'] });
    expect(sut.features(cardOnly).map((f) => f.id)).not.toContain('idoso-agredido');
    const violenceOnly = newFacts({ area: 'criminal', notes: ['violence'] });
    expect(sut.features(violenceOnly).map((f) => f.id)).not.toContain('idoso-agredido');
  });

  it("reads the insurer's threat to cancel a health plan as never simple, and neither a phone plan nor the client's own cancellation", () => {
    expect(sut.signals('a operadora ameaçou cancelar o contrato por causa de uma parcela')).toContain('cancelamento-ameacado');
    expect(sut.signals('quero cancelar o plano e eles cobram multa')).not.toContain('cancelamento-ameacado');
    const plan = newFacts({ area: 'consumidor', subarea: 'plano de saúde', complexitySignals: ['cancelamento-ameacado'] });
    expect(sut.assess(plan, 1, 1).complexity).toBe('medium');
    const phone = newFacts({ area: 'consumidor', subarea: 'telefonia e internet', complexitySignals: ['cancelamento-ameacado'] });
    expect(sut.features(phone).map((f) => f.id)).not.toContain('tipo-nao-simples');
  });

  it('weighs a criminal investigation beside a case of another area, never low, and not again in a criminal case', () => {
    expect(sut.signals('disseram que vão mandar representação fiscal para fins penais')).toEqual(['repercussao-penal']);
    const tax = newFacts({ area: 'tributario', complexitySignals: ['repercussao-penal'] });
    expect(sut.features(tax).map((f) => f.id)).toContain('repercussao-penal');
    expect(sut.assess(tax, 1, 1).complexity).toBe('medium');
    const criminal = newFacts({ area: 'criminal', complexitySignals: ['repercussao-penal'] });
    expect(sut.features(criminal).map((f) => f.id)).not.toContain('repercussao-penal');
  });

  it('weighs a custody or visiting dispute, a client under a police inquiry, a bank fraud and a contract between companies as kinds of case (a point each)', () => {
    const kinds = [
      ['familia', 'guarda e convivência'],
      ['criminal', 'investigação e inquérito policial'],
      ['consumidor', 'fraude bancária'],
      ['empresarial', 'contratos empresariais'],
    ] as const;
    for (const [area, subarea] of kinds) {
      expect(sut.features(newFacts({ area, subarea }))).toEqual([{ id: 'tipo-de-caso', points: 1 }]);
    }
  });

  it('keeps a purchase off the plan from a builder at least medium by its kind, with the same point and no more', () => {
    const facts = newFacts({ area: 'imobiliario', subarea: 'compra na planta e construtora' });
    expect(sut.features(facts)).toEqual([{ id: 'tipo-de-caso-nao-simples', points: 1 }]);
    expect(sut.assess(facts, 1, 1).complexity).toBe('medium');
  });

  it('rates a public-exam dispute and an employment relationship the employer denies as medium by their kind alone', () => {
    const kinds = [['administrativo', 'concurso público'], ['trabalhista', 'reconhecimento de vínculo']] as const;
    for (const [area, subarea] of kinds) {
      const facts = newFacts({ area, subarea });
      expect(sut.features(facts)).toEqual([{ id: 'tipo-de-caso', points: 2 }]);
      expect(sut.assess(facts, 1, 1).complexity).toBe('medium');
    }
  });

  it('weighs another state as another jurisdiction', () => {
    expect(sut.signals('ela mudou pra outro estado com o menino')).toEqual(['internacional']);
  });

  it('does not take the wish to contest a charge for disputed evidence', () => {
    expect(sut.signals('quero contestar o que é indevido')).toEqual([]);
    expect(sut.signals('a assinatura é falsa')).toEqual(['prova-disputada']);
  });

  it('does not read a bill ("fatura") as a fracture', () => {
    expect(sut.signals('vem fatura de anuidade todo mês')).toEqual([]);
    expect(sut.signals('ele fraturou a perna')).toContain('dano-grave');
  });

  it('never rates a running lawsuit with a deadline within three days as low', () => {
    expect(sut.assess(newFacts({ complexitySignals: ['processo-em-curso'] }), 1, 1).complexity).toBe('low');
    expect(sut.assess(newFacts({ complexitySignals: ['processo-em-curso'], deadlineHours: 72 }), 1, 1).complexity).toBe('medium');
    const blocked = sut.signals('bloquearam minha conta e não consigo sacar o salário');
    expect(blocked).toEqual(['processo-em-curso', 'constricao', 'renda-citada']);
    expect(sut.assess(newFacts({ complexitySignals: blocked, deadlineHours: 48 }), 1, 1).complexity).toBe('medium');
  });

  it('reads an inquiry already archived as no criminal investigation beside the case', () => {
    const open = sut.signals('fui demitido por justa causa e tem um inquérito na delegacia');
    expect(sut.features(newFacts({ area: 'trabalhista', complexitySignals: open })).map((f) => f.id)).toContain('repercussao-penal');
    const closed = sut.signals('fui demitido por justa causa e tem um inquérito na delegacia, mas a certidão de arquivamento já saiu');
    expect(sut.features(newFacts({ area: 'trabalhista', complexitySignals: closed })).map((f) => f.id)).not.toContain('repercussao-penal');
  });

  it('weighs a false accusation of crime whose inquiry was archived, its author sued or prosecuted, as never simple (CC arts. 186, 188 I and 953; CP arts. 138 and 339)', () => {
    const weighed = (area: 'civil' | 'criminal' | 'trabalhista', text: string) => {
      const assessment = sut.assess(newFacts({ area, complexitySignals: sut.signals(text) }), 1, 1);
      return { ids: assessment.features.map((f) => f.id), level: assessment.complexity };
    };
    const archived = [
      'uma mãe me acusou falsamente de abuso de um aluno e o inquérito foi arquivado; quero processar ela por danos morais',
      'ela postou que eu sou ladra, mas o delegado arquivou o caso; quero que ela me pague',
      'a irmã da igreja anda espalhando mentiras sobre mim, a polícia investigou e arquivou',
      'uma mãe me acusou de abusar de uma aluna e espalhou no grupo dos pais, mas a certidão do arquivamento já saiu',
    ];
    for (const text of archived) {
      expect(weighed('civil', text)).toEqual({ ids: expect.arrayContaining(['acusacao-falsa-arquivada']), level: 'medium' });
    }
    expect(weighed('criminal', archived[1]).ids).toContain('acusacao-falsa-arquivada');
    // An insult with no inquiry told, an inquiry archived with no offence to the client's honour, or a labour case: nothing of the kind.
    expect(weighed('civil', 'ela postou que eu sou ladra no grupo do condomínio').ids).not.toContain('acusacao-falsa-arquivada');
    expect(weighed('criminal', 'fui investigado por furto e o inquérito foi arquivado, quero limpar a ficha').ids).not.toContain('acusacao-falsa-arquivada');
    expect(weighed('trabalhista', archived[0]).ids).not.toContain('acusacao-falsa-arquivada');
  });

  it("reads a parent's disability retirement in a support case as his income, in a social-security case as the benefit's fact, and elsewhere as lasting harm", () => {
    const retired = sut.signals('o pai do menino se aposentou por invalidez no ano passado');
    expect(retired).not.toContain('dano-grave');
    expect(sut.features(newFacts({ area: 'familia', complexitySignals: retired })).map((f) => f.id)).not.toContain('dano-grave');
    expect(sut.features(newFacts({ area: 'previdenciario', complexitySignals: retired })).map((f) => f.id)).not.toContain('dano-grave');
    expect(sut.features(newFacts({ area: 'civil', complexitySignals: retired })).map((f) => f.id)).toContain('dano-grave');
    expect(sut.signals('o acidente deixou invalidez permanente')).toContain('dano-grave');
  });

  it('reads no court seizure nor lawsuit in an account the bank holds for its own fraud prevention', () => {
    const held = sut.signals('o banco bloqueou minha conta por suspeita de fraude, disse que é análise de segurança');
    expect(sut.features(newFacts({ complexitySignals: held })).map((f) => f.id)).toEqual(['bloqueio-pelo-banco']);
  });

  it("reads no court seizure in a deceased's account the bank froze, and no patrimony where nothing was left to divide", () => {
    const frozen = sut.signals('minha tia faleceu e o banco bloqueou a conta dela com a pensão do mês');
    expect(sut.features(newFacts({ complexitySignals: frozen })).map((f) => f.id)).not.toContain('constricao');
    const empty = sut.signals('o cartório pediu inventário, mas meu avô não deixou bens');
    expect(sut.features(newFacts({ complexitySignals: empty })).map((f) => f.id)).not.toContain('patrimonio');
    expect(sut.features(newFacts({ complexitySignals: sut.signals('abrimos o inventário da casa e do sítio') })).map((f) => f.id)).toContain('patrimonio');
  });

  it('weighs assets already blocked or seized as a strong feature, but alone it makes a case medium, not high', () => {
    const blocked = newFacts({ complexitySignals: sut.signals('o juiz bloqueou todas as contas via Sisbajud'), deadlineHours: 24 });
    expect(sut.features(blocked).map((f) => f.id)).toEqual(expect.arrayContaining(['constricao', 'processo-em-curso', 'prazo-24h']));
    expect(sut.assess(blocked, 1, 1).complexity).toBe('medium');
    const large = { ...blocked, amounts: [{ raw: 'R$ 380 mil', value: 380_000 }] };
    expect(sut.assess(large, 1, 1).complexity).toBe('high');
  });

  it('never rates a case with a feature a lawyer never calls simple (notLow) as low, whatever the sum', () => {
    const agreedAbroad = newFacts({ complexitySignals: ['internacional', 'consensual'] });
    expect(sut.score(agreedAbroad)).toBeLessThan(2);
    expect(sut.assess(agreedAbroad, 1, 1).complexity).toBe('medium');
    expect(boundedLevel('low', [{ id: 'liberdade', points: 1 }], 720)).toBe('medium');
    expect(boundedLevel('low', [{ id: 'valor-10mil', points: 1 }, { id: 'prova-disputada', points: 1 }], 720)).toBe('low');
  });

  it("keeps a running lawsuit due within 72 h medium, but not a traffic fine's defence term (CTB arts. 257 §7º and 281-282)", () => {
    const due = [{ id: 'processo-em-curso', points: 1 }];
    expect(boundedLevel('low', due, 72)).toBe('medium');
    expect(boundedLevel('low', [...due, { id: 'tipo-de-caso', points: -1 }], 72)).toBe('low');
    const notice = (subarea: string) =>
      sut.assess(newFacts({ area: 'administrativo', subarea, deadlineHours: 48, complexitySignals: sut.signals('a notificação da multa dá prazo de defesa até quinta') }), 1, 1);
    expect(notice('multa de trânsito e CNH').complexity).toBe('low');
    expect(notice('relação com o poder público').complexity).toBe('medium');
  });

  it('reads strangling as an attempt on life: with the violence of a domestic case it is high', () => {
    expect(sut.signals('ele me enforcou na frente das crianças')).toContain('ameaca-armada');
    expect(sut.signals('ela apareceu com marca no pescoço, ele apertou ela')).toContain('ameaca-armada');
    const facts = newFacts({ area: 'criminal', complexitySignals: ['ameaca-armada', 'violencia'] });
    expect(sut.assess(facts, 1, 1).complexity).toBe('high');
    // A death threat alone is violence to protect against now, not yet the attempt.
    expect(sut.signals('disse que se eu for embora ele me mata')).not.toContain('ameaca-armada');
    // The aggressor's firearm within reach (Lei 11.340 arts. 12 VI-A and 22 I): a risk factor of its own.
    expect(sut.signals('ele tem arma em casa, diz que é pra segurança')).toContain('ameaca-armada');
    // The same firearm told with another verb or another gun.
    expect(sut.signals('ele tem uma arma, eu já vi')).toContain('ameaca-armada');
    expect(sut.signals('ele guarda uma espingarda no guarda-roupa')).toContain('ameaca-armada');
    expect(sut.signals('tem uma pistola que deixa no carro')).toContain('ameaca-armada');
    expect(sut.signals('ele não tem arma nenhuma')).not.toContain('ameaca-armada');
    expect(sut.signals('ele tem um armário cheio de ferramentas')).not.toContain('ameaca-armada');
  });

  it('reads a face marked or a part of it lost, and the surgeries to rebuild it, as serious harm (CP art. 129 §2º IV; CC art. 949; Súmula 387 STJ)', () => {
    expect(sut.signals('ficou com o rosto todo marcado')).toContain('dano-grave');
    expect(sut.signals('perdeu parte da orelha esquerda')).toContain('dano-grave');
    expect(sut.signals('o cachorro arrancou um pedaço do nariz dela')).toContain('dano-grave');
    expect(sut.signals('vai precisar de duas cirurgias de reconstrução')).toContain('dano-grave');
    // A child hurt permanently: serious harm to a vulnerable person, high with the cost of the surgeries.
    const child = sut.assess(newFacts({ area: 'civil', complexitySignals: sut.signals('meu filho de 6 anos perdeu parte da orelha'), amounts: [{ raw: '60 mil', value: 60_000 }] }), 1, 1);
    expect(child.complexity).toBe('high');
    // A bite that heals, a part lost that is no part of the face.
    expect(sut.signals('o cachorro me mordeu na canela, já tá cicatrizando')).not.toContain('dano-grave');
    expect(sut.signals('perdeu parte do salário')).not.toContain('dano-grave');
  });

  it("weighs a worker killed in an accident of the work as the dependants' claim, high (CF art. 7º XXVIII; CC arts. 927 and 948)", () => {
    const assessed = (area: 'trabalhista' | 'previdenciario', texts: string[]) =>
      sut.assess(newFacts({ area, complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    const fall = assessed('trabalhista', ['meu esposo faleceu caindo de um andaime na obra', 'a firma quer que eu assine um acordo']);
    expect(ids(fall)).toEqual(expect.arrayContaining(['morte-em-acidente', 'dano-grave']));
    expect(fall.complexity).toBe('high');
    expect(ids(assessed('trabalhista', ['meu marido morreu num acidente na obra onde trabalhava']))).toContain('morte-em-acidente');
    expect(ids(assessed('trabalhista', ['meu filho morreu esmagado pela prensa da fábrica']))).toContain('morte-em-acidente');
    // Told by what caused it ("a prensa matou"), not a death avoided ("quase matou").
    expect(ids(assessed('trabalhista', ['a prensa da metalúrgica matou meu pai']))).toContain('morte-em-acidente');
    expect(ids(assessed('trabalhista', ['a máquina quase matou meu colega']))).not.toContain('morte-em-acidente');
    // A death and an accident in different sentences, a death at home, an employer who died: no death at work.
    expect(ids(assessed('trabalhista', ['ela faleceu mês passado', 'eu caí da escada ano passado']))).not.toContain('morte-em-acidente');
    expect(ids(assessed('trabalhista', ['ele morreu de infarto em casa num domingo']))).not.toContain('morte-em-acidente');
    expect(ids(assessed('trabalhista', ['a patroa faleceu e os filhos dela querem que eu saia']))).not.toContain('morte-em-acidente');
    // Before the INSS the death gives rise to the pension: it weighs nothing there.
    expect(ids(assessed('previdenciario', ['meu esposo faleceu caindo de um andaime na obra']))).not.toContain('morte-em-acidente');
  });

  it("weighs a death in the State's custody or care as harm done by a public body, high (CF art. 37 §6; STF Tema 592)", () => {
    const assessed = (area: 'administrativo' | 'civil' | 'familia' | 'previdenciario', texts: string[]) =>
      sut.assess(newFacts({ area, complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    const prisoner = assessed('administrativo', ['meu irmão morreu na cela da penitenciária', 'a família quer uma indenização']);
    expect(ids(prisoner)).toEqual(expect.arrayContaining(['dano-grave', 'estado-responde-por-dano']));
    expect(prisoner.complexity).toBe('high');
    expect(assessed('civil', ['minha mãe faleceu na UPA esperando atendimento']).complexity).toBe('high');
    expect(assessed('administrativo', ['o aluno morreu dentro da escola municipal']).complexity).toBe('high');
    // A death and a public place in different sentences, a death at home, a police station where a death is reported: no death in custody.
    expect(ids(assessed('administrativo', ['meu pai faleceu em março', 'ele era professor da escola estadual']))).not.toContain('morte-sob-custodia');
    expect(ids(assessed('administrativo', ['ela morreu em casa dormindo']))).not.toContain('morte-sob-custodia');
    expect(ids(assessed('administrativo', ['fui na delegacia registrar a morte do meu pai']))).not.toContain('morte-sob-custodia');
    // An inventory or a pension by death: the death opens the case, no harm claimed.
    expect(ids(assessed('familia', ['meu pai faleceu no hospital municipal e quero fazer o inventário']))).not.toContain('estado-responde-por-dano');
    expect(ids(assessed('previdenciario', ['meu marido faleceu no hospital municipal e quero a pensão']))).not.toContain('estado-responde-por-dano');
  });

  it('weighs a police act the State is asked to pay for as never simple, and neither the act alone nor a police car\'s crash (CF art. 37 §6º)', () => {
    const assessed = (notes: string[], text = 'o policial me agrediu e quero que o estado pague') =>
      sut.assess(newFacts({ area: 'administrativo', notes, complexitySignals: sut.signals(text) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    const beaten = assessed(['police-act', 'state-liability']);
    expect(ids(beaten)).toContain('dano-por-agente-policial');
    expect(beaten.complexity).toBe('medium');
    expect(ids(assessed(['police-act']))).not.toContain('dano-por-agente-policial');
    expect(ids(assessed(['state-liability']))).not.toContain('dano-por-agente-policial');
    expect(ids(assessed(['police-act', 'state-liability', 'collision-victim'], 'a viatura da pm bateu no meu carro e o estado tem que pagar o conserto'))).not.toContain('dano-por-agente-policial');
    // An arrest by the State's mistake, already undone, is itself that harm (CF arts. 5º LXXV and 37 §6º); in the criminal case it is no claim.
    const mistaken = (area: 'administrativo' | 'criminal') =>
      sut.assess(newFacts({ area, notes: ['wrongful-arrest', 'opponent-public-body'], complexitySignals: sut.signals('passei dois dias na cela, me prenderam por engano') }), 1, 1);
    expect(mistaken('administrativo').complexity).toBe('medium');
    expect(ids(mistaken('criminal'))).not.toContain('dano-por-agente-policial');
  });

  it('reads rural work, special time and salaries a labour court recognised as a disputed period, never low in a social-security case', () => {
    expect(sut.signals('trabalhei 12 anos na roça com meu pai')).toEqual(['tempo-controvertido', 'anos-de-servico']);
    expect(sut.signals('o PPP diz que não tinha agente nocivo')).toContain('tempo-controvertido');
    expect(sut.signals('ganhei um processo trabalhista que reconheceu o salário por fora')).toContain('tempo-controvertido');
    const alone = newFacts({ area: 'previdenciario', complexitySignals: ['tempo-controvertido'] });
    expect(sut.score(alone)).toBe(1);
    expect(sut.assess(alone, 1, 1).complexity).toBe('medium');
  });

  it('never rates as low a kind of case a lawyer never calls simple: discrimination, a disguised or denied employment, a temporary public contract, possession over the years', () => {
    for (const text of [
      'o cliente me chamou de macaco, foi injúria racial',
      'a clínica me obrigou a abrir um MEI e eu tinha horário fixo',
      'me mandaram embora por justa causa dizendo que eu roubei',
      'trabalhei 6 anos no hospital do estado por contrato temporário, entrei por processo seletivo simplificado',
      'quero entrar com usucapião da casa onde moro há 20 anos',
      'o vizinho mudou a cerca e pegou um pedaço do sítio',
      'fiquei parado dois meses e quero os lucros cessantes',
      'o FGTS não é depositado desde março',
      'quero ser reintegrada, fui demitida depois do tratamento',
      'moro no terreno faz 20 anos e o dono sumiu',
      'era gerente só no nome, não mandava em ninguém',
      'a prefeitura cassou meu alvará e mandou fechar o bar',
      'a escola diz que não tem professor de apoio para o meu filho autista',
    ]) {
      const signals = sut.signals(text);
      expect(signals).toContain('tipo-nao-simples');
      expect(sut.assess(newFacts({ complexitySignals: ['tipo-nao-simples'] }), 1, 1).complexity).toBe('medium');
    }
    // A dismissal without cause is the ordinary termination: nothing to reverse.
    expect(sut.signals('fui dispensado sem justa causa e recebi tudo')).not.toContain('tipo-nao-simples');
    // A listed building, not a fallen truck; a course not accredited, told with its negation.
    expect(sut.signals('o caminhão ficou tombado na pista')).not.toContain('tipo-nao-simples');
    expect(sut.signals('o curso nem estava credenciado no MEC')).toContain('tipo-nao-simples');
  });

  it('reads a slur or a scorn aimed at the client\'s colour, sexuality, religion or origin as a crime of discrimination, never low in a criminal case (Lei 7.716/89 arts. 2º-A and 20; CP art. 140 §3º; STF ADO 26)', () => {
    const assessed = (text: string) =>
      sut.assess(newFacts({ area: 'criminal', subarea: 'crimes contra a honra', complexitySignals: sut.signals(text) }), 1, 1);
    for (const text of [
      'a vizinha me chamou de crioula fedorenta na garagem',
      'um homem na fila me chamou de sapatão nojenta',
      'o cara do bar me chamou de traveco e mandou eu sair',
      'ele falou bem alto que preto é tudo ladrão',
      'escreveu no grupo que nordestino só vem pra cá roubar emprego',
      'a vizinha vive xingando minha religião',
    ]) {
      expect(sut.signals(text)).toContain('tipo-nao-simples');
      expect(assessed(text).complexity).toBe('medium');
    }
    // A plain insult, the client's own colour, faith or origin told beside one, or a slur denied: the six-month queixa of an injúria.
    for (const text of [
      'a vizinha me chamou de vagabunda e de piranha no portão',
      'sou negra e uma moradora escreveu no grupo que eu sou mentirosa',
      'sou paraibano e um colega do bar me chamou de caloteiro',
      'sou evangélica e um rapaz me xingou de idiota por causa do som',
      'ele nunca me chamou de viado, só de chato',
    ]) {
      expect(sut.signals(text)).not.toContain('tipo-nao-simples');
      expect(assessed(text).complexity).toBe('low');
    }
  });

  it('weighs a child kept in another state than the one the client lives in as a case across states (ECA art. 147; CPC art. 260)', () => {
    expect(namesTwoStates(['Goiânia/GO', 'Brasília/DF'])).toBe(true);
    expect(namesTwoStates(['Salvador/BA', 'Vitória da Conquista/BA'])).toBe(false);
    expect(namesTwoStates(['GO', 'Brasília/DF'])).toBe(true);
    expect(namesTwoStates(['Belém/PA'])).toBe(false);
    const kept = (locations: string[]) => newFacts({ area: 'familia', complexitySignals: ['crianca-retida', 'vulneravel'], locations });
    const across = sut.assess(kept(['Goiânia/GO', 'Brasília/DF']), 24, 1);
    expect(across.features.map((f) => f.id)).toContain('internacional');
    expect(across.complexity).toBe('high');
    // Two cities of the same state: a busca e apreensão in the state's own courts.
    expect(sut.assess(kept(['Salvador/BA', 'Vitória da Conquista/BA']), 24, 1).features.map((f) => f.id)).not.toContain('internacional');
    // Places in two states with no child kept are only where the people live.
    expect(sut.assess(newFacts({ area: 'familia', complexitySignals: ['vulneravel'], locations: ['Goiânia/GO', 'Brasília/DF'] }), 720, 1).features.map((f) => f.id)).not.toContain('internacional');
  });

  it('weighs the other parent who took the child and cut every contact as a child kept (CPC art. 536 §1º; Lei 12.318/10 art. 2º p.u. VII)', () => {
    const texts = ['ela pegou meu filho de 4 anos na escola e levou ele embora', 'bloqueou meu numero e ninguem sabe onde ele ta'];
    const taken = (area: 'familia' | 'civil', locations: string[] = []) =>
      sut.assess(newFacts({ area, complexitySignals: sut.signals(texts.join('. '), texts), locations }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    expect(ids(taken('familia'))).toContain('crianca-retida');
    // In another state: the return across states (the rule above), high.
    const across = taken('familia', ['Londrina/PR', 'Manaus/AM']);
    expect(ids(across)).toEqual(expect.arrayContaining(['crianca-retida', 'internacional']));
    expect(across.complexity).toBe('high');
    // Either alone is no child kept: a move the client knows of, or a party who stopped answering.
    expect(ids(sut.assess(newFacts({ area: 'familia', complexitySignals: sut.signals('ela vai levar meu filho pra casa da avo no feriado') }), 1, 1))).not.toContain('crianca-retida');
    expect(ids(sut.assess(newFacts({ area: 'familia', complexitySignals: sut.signals('meu ex sumiu e nao paga a pensao do meu filho de 5 anos') }), 1, 1))).not.toContain('crianca-retida');
    // Outside a family case the words are something else's.
    expect(ids(taken('civil'))).not.toContain('crianca-retida');
  });

  it('weighs a child kept and hidden from who has the custody as high in a family case (CPC art. 536 §1º; CP arts. 248-249; Lei 12.318/2010 art. 2º p.u. IV)', () => {
    const assessed = (area: 'familia' | 'civil', text: string) => sut.assess(newFacts({ area, complexitySignals: sut.signals(text) }), 1, 1);
    const hidden = assessed('familia', 'o pai da minha filha de 3 anos nao devolveu ela depois da visita e ta escondendo ela de mim');
    expect(hidden.features.map((f) => f.id)).toEqual(expect.arrayContaining(['crianca-retida', 'crianca-escondida']));
    expect(hidden.complexity).toBe('high');
    expect(assessed('familia', 'a mae do meu bebe desapareceu com ele e nao devolveu').features.map((f) => f.id)).toContain('crianca-escondida');
    // The child kept and the place known, the assets hidden, or outside a family case: no child hidden.
    const kept = assessed('familia', 'o pai da minha filha de 3 anos nao devolveu ela depois da visita, ela ta na casa da avo dele');
    expect(kept.features.map((f) => f.id)).not.toContain('crianca-escondida');
    expect(kept.complexity).toBe('medium');
    expect(assessed('familia', 'meu marido ta escondendo o patrimonio de mim').features.map((f) => f.id)).not.toContain('crianca-escondida');
    expect(assessed('civil', 'ele ta escondendo ela de mim').features.map((f) => f.id)).not.toContain('crianca-escondida');
  });

  it('weighs a child kept now against the custody the court gave the client as the search and seizure (CC art. 1.634; CPC arts. 300, 536 §1º; CP art. 249)', () => {
    const ids = (text: string, hours = 24, area: 'familia' | 'civil' = 'familia') =>
      sut.features(newFacts({ area, notes: ['child-taken'], complexitySignals: sut.signals(text) }), hours).map((f) => f.id);
    const kept = 'ele pegou meu filho no fim de semana e nao devolveu. a guarda e minha, foi decidida no divorcio';
    expect(sut.signals(kept)).toContain('guarda-do-cliente');
    expect(ids(kept)).toEqual(expect.arrayContaining(['crianca-retida', 'retencao-contra-a-guarda']));
    // No custody decided, the child back with the client, the keeping with no risk within the day, or outside a family case.
    expect(ids('ele pegou meu filho no fim de semana e nao devolveu, era tudo combinado de boca')).not.toContain('retencao-contra-a-guarda');
    expect(ids('ano retrasado ele sumiu com meu filho e a policia achou eles. a guarda e minha')).not.toContain('retencao-contra-a-guarda');
    expect(ids(kept, 720)).not.toContain('retencao-contra-a-guarda');
    expect(ids(kept, 24, 'civil')).not.toContain('retencao-contra-a-guarda');
  });

  it('weighs a revenge sworn by the author of a crime against life released, convicted or on trial, or a homicide\'s witness threatened, as high (CP arts. 147 and 344; CPP arts. 282, 312; Lei 9.807/99)', () => {
    const assessed = (area: 'criminal' | 'civil', notes: string[], text: string) =>
      sut.assess(newFacts({ area, notes, complexitySignals: sut.signals(text), urgencySignals: ['retaliacao-velada'] }), 24, 1);
    const released = assessed('criminal', ['victim', 'custody-ended'], 'o sujeito que me deu um tiro foi solto ontem e disse que vai acabar o servico');
    expect(released.features.map((f) => f.id)).toContain('vitima-coagida');
    expect(released.complexity).toBe('high');
    // A thing "roubado" with no violence or weapon told may be a theft: the threat's own case.
    expect(assessed('criminal', ['victim', 'custody-ended'], 'o cara que roubou minha moto foi solto e disse que vai me pegar').features.map((f) => f.id)).not.toContain('vitima-coagida');
    // The witness of a homicide threatened, in any words.
    const witness = sut.assess(newFacts({ area: 'criminal', notes: ['witness', 'threat'], complexitySignals: sut.signals('sou testemunha de um homicidio e o irmao do reu veio me ameacar') }), 24, 1);
    expect(witness.features.map((f) => f.id)).toContain('vitima-coagida');
    // A stranger's "vai me pegar", with no crime or case behind it, is the threat's own case; outside a criminal case nothing.
    expect(assessed('criminal', ['threat'], 'um cara que eu nunca vi disse que vai me pegar na saida').features.map((f) => f.id)).not.toContain('vitima-coagida');
    expect(assessed('civil', ['custody-ended'], 'o motorista foi solto e disse que vai me pegar').features.map((f) => f.id)).not.toContain('vitima-coagida');
  });

  it('weighs a revenge sworn by the author of a robbery or of an aggression released or on trial as high (CP arts. 147 §1º, 157, 344; CPP arts. 312, 319 III; Lei 11.340/06 arts. 18-24)', () => {
    const assessed = (area: 'criminal' | 'civil', notes: string[], text: string) =>
      sut.assess(newFacts({ area, notes, complexitySignals: sut.signals(text), urgencySignals: ['retaliacao-velada'] }), 24, 1);
    const robbed = assessed('criminal', ['victim', 'custody-ended'], 'o cara que me assaltou saiu da cadeia e mandou dizer que vai me pegar');
    expect(robbed.features.map((f) => f.id)).toContain('vitima-coagida');
    expect(robbed.complexity).toBe('high');
    expect(assessed('criminal', ['victim', 'violence', 'custody-ended'], 'meu ex que me bateu foi solto e disse que vou pagar por ter denunciado').features.map((f) => f.id)).toContain('vitima-coagida');
    // A burglary with no one hurt, or a robber still held with no revenge sworn: not a victim coerced.
    expect(assessed('criminal', ['custody-ended'], 'o cara que arrombou minha casa quando eu viajava saiu da cadeia').features.map((f) => f.id)).not.toContain('vitima-coagida');
    expect(sut.assess(newFacts({ area: 'criminal', notes: ['victim'], complexitySignals: sut.signals('o homem que me assaltou ta preso e tenho medo de quando ele sair') }), 24, 1).features.map((f) => f.id)).not.toContain('vitima-coagida');
    expect(assessed('civil', ['custody-ended'], 'o cara que me assaltou foi solto e disse que vai me pegar').features.map((f) => f.id)).not.toContain('vitima-coagida');
  });

  it('weighs a sexual abuse of a child told in a family case as the child\'s protection now (ECA art. 130; CC art. 1.584 §5º)', () => {
    const assessed = (area: 'familia' | 'trabalhista', text: string) => sut.assess(newFacts({ area, complexitySignals: sut.signals(text) }), 1, 1);
    const abuse = assessed('familia', 'minha filha de 6 anos contou que o pai mexe nas partes intimas dela quando ela dorme la');
    expect(abuse.features.map((f) => f.id)).toEqual(expect.arrayContaining(['abuso-sexual-de-vulneravel', 'crime-sexual', 'vulneravel']));
    expect(abuse.complexity).toBe('high');
    // An adult's harassment in a family case, or a worker's harassment with a child named, is no such case.
    expect(assessed('familia', 'meu ex me mandou nudes que eu nao pedi').features.map((f) => f.id)).not.toContain('abuso-sexual-de-vulneravel');
    expect(assessed('trabalhista', 'o gerente passava a mao em mim e eu tenho um filho de 3 anos pra criar').features.map((f) => f.id)).not.toContain('abuso-sexual-de-vulneravel');
  });

  it('weighs a child\'s sexual abuse or naked images told (the note child-sexual-abuse) as a serious crime in a criminal case, age told or not (CP art. 217-A; ECA arts. 240 and 241-D)', () => {
    const told = (area: 'criminal' | 'familia' | 'trabalhista', text: string) =>
      sut.assess(newFacts({ area, notes: ['child-sexual-abuse'], complexitySignals: sut.signals(text) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    // Words that name no sexual offence by themselves: the note tells it, and the child is the vulnerable victim.
    for (const text of ['o vizinho abusou do meu filho', 'meu irmao estuprou minha sobrinha', 'o treinador filmou os meninos pelados no vestiario']) {
      expect(sut.signals(text)).not.toContain('crime-sexual');
      const criminal = told('criminal', text);
      expect(ids(criminal)).toEqual(expect.arrayContaining(['crime-sexual', 'crime-grave', 'vulneravel']));
      expect(criminal.complexity).toBe('high');
    }
    expect(ids(told('familia', 'o vizinho abusou do meu filho'))).toContain('abuso-sexual-de-vulneravel');
    // Outside family and criminal cases the note weighs nothing, as the other notes of violence.
    expect(ids(told('trabalhista', 'o vizinho abusou do meu filho'))).toEqual([]);
  });

  it('weighs intimate images spread among a school\'s pupils, or of a pupil, as a serious crime against an adolescent in a criminal case (ECA art. 241-A; CP art. 218-C)', () => {
    const assessed = (area: 'criminal' | 'civil', text: string) => sut.assess(newFacts({ area, complexitySignals: sut.signals(text) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    for (const text of ['meu ex vazou meus nudes no grupo da escola ontem', 'postaram minhas fotos intimas numa pagina, eu estudo no nono ano']) {
      expect(sut.signals(text)).toContain('entre-alunos');
      const school = assessed('criminal', text);
      expect(ids(school)).toEqual(expect.arrayContaining(['crime-sexual', 'vulneravel', 'crime-grave']));
      expect(school.complexity).toBe('high');
    }
    // A college, or the damages alone in a civil case, is no adolescent's crime.
    const college = assessed('criminal', 'vazaram minhas fotos intimas no grupo da faculdade');
    expect(ids(college)).not.toContain('crime-grave');
    expect(college.complexity).toBe('medium');
    expect(ids(assessed('civil', 'meu ex vazou meus nudes no grupo da escola em 2021'))).not.toContain('vulneravel');
    // The school's group without a sexual offence weighs nothing.
    expect(ids(assessed('criminal', 'me xingaram no grupo da escola'))).not.toContain('vulneravel');
  });

  it('weighs the client telling their own age under 18 or their minority as never simple, the age counted once (CC arts. 3º-5º; CPC arts. 71-72; ECA arts. 3º-5º)', () => {
    const assessed = (area: 'consumidor' | 'familia', text: string) => sut.assess(newFacts({ area, complexitySignals: sut.signals(text) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    for (const text of ['tenho 15 anos e comprei um celular num site que não chegou', 'sou menor de idade e a loja não devolve meu dinheiro']) {
      const minor = assessed('consumidor', text);
      expect(ids(minor)).toEqual(['cliente-menor']);
      expect(minor.complexity).toBe('medium');
    }
    expect(assessed('familia', 'sou adolescente e meu pai parou de pagar a pensão').complexity).toBe('medium');
    // A parent telling a child's age, an adult's own age, or the years of a house, leave the case as it was.
    expect(ids(assessed('consumidor', 'comprei um brinquedo pro meu filho de 6 anos e veio quebrado'))).toEqual(['vulneravel']);
    expect(assessed('consumidor', 'comprei um brinquedo pro meu filho de 6 anos e veio quebrado').complexity).toBe('low');
    expect(ids(assessed('consumidor', 'tenho 19 anos e comprei um fone que veio errado'))).toEqual([]);
    expect(ids(assessed('familia', 'tenho 14 anos de casado e quero o divórcio'))).toEqual([]);
  });

  it('weighs a crime against the person of a client who is a child or an adolescent as high in a criminal case (Lei 13.431/17 arts. 4º-12; ECA arts. 101 and 130; CP arts. 61 II h and 129 §7º)', () => {
    const assessed = (area: 'criminal' | 'civil', text: string) => sut.assess(newFacts({ area, complexitySignals: sut.signals(text) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    const beaten = assessed('criminal', 'tenho 15 anos, uns caras me bateram na saída da escola e fiquei com o olho roxo');
    expect(ids(beaten)).toEqual(expect.arrayContaining(['crime-contra-menor', 'cliente-menor', 'lesao-corporal']));
    expect(beaten.complexity).toBe('high');
    // An adult beaten, the minor's phone taken with no harm told, or the same beating in a civil claim, are no crime against a minor's person.
    expect(ids(assessed('criminal', 'tenho 25 anos, uns caras me bateram na saída do bar e fiquei com o olho roxo'))).not.toContain('crime-contra-menor');
    expect(ids(assessed('criminal', 'tenho 15 anos e furtaram meu celular na escola'))).not.toContain('crime-contra-menor');
    expect(ids(assessed('civil', 'tenho 15 anos, uns caras me bateram na saída da escola e fiquei com o olho roxo'))).not.toContain('crime-contra-menor');
  });

  it('reads a signature the client denies on the other side\'s contract as disputed proof (CPC arts. 429 II and 478 §3º; Tema 1.061 STJ)', () => {
    expect(sut.signals('mandaram uma cópia do contrato com uma assinatura que não é minha')).toContain('prova-disputada');
    expect(sut.signals('olhei o contrato e não reconheço a assinatura')).toContain('prova-disputada');
    // The client's own signature, acknowledged, is no dispute.
    expect(sut.signals('a assinatura é minha mesmo, assinei na loja')).not.toContain('prova-disputada');
  });

  it('reads companies of one group or one owner as several parties (CDC arts. 7º p.u., 25 §1º and 28 §2º; CLT art. 2º §2º)', () => {
    const chain = sut.signals('quem constroi é outra empresa do mesmo dono e a corretora tambem é deles');
    expect(chain).toContain('varias-empresas');
    expect(sut.features(newFacts({ area: 'imobiliario', complexitySignals: chain })).map((f) => f.id)).toContain('varias-partes');
    expect(sut.signals('a loja faz parte de um grupo economico')).toContain('varias-empresas');
    // One company, or a group that is no company.
    expect(sut.signals('a empresa do meu patrao nao pagou a rescisao')).not.toContain('varias-empresas');
    expect(sut.signals('ele me xingou no mesmo grupo do whatsapp')).not.toContain('varias-empresas');
  });

  it('weighs the payer\'s plea of unemployment against signs of income as the proof a support to fix or revise turns on (Enunciado 573 CJF)', () => {
    const signals = sut.signals('ele diz que ta desempregado mas ta trabalhando de motorista de aplicativo e comprou uma moto nova');
    expect(signals).toContain('renda-alegada');
    const revision = sut.assess(newFacts({ area: 'familia', subarea: 'pensão alimentícia (fixação ou revisão)', complexitySignals: ['processo-em-curso', ...signals] }), 168, 1);
    expect(revision.features.map((f) => f.id)).toContain('renda-oculta');
    expect(revision.complexity).toBe('medium');
    // In an enforcement the support is fixed: unemployment does not excuse it (CPC art. 528 §2º).
    const enforcement = sut.assess(newFacts({ area: 'familia', subarea: 'execução de alimentos (pensão atrasada)', complexitySignals: signals }), 168, 1);
    expect(enforcement.features.map((f) => f.id)).not.toContain('renda-oculta');
    // A debtor's plea of poverty in a collection does not change the claim.
    expect(sut.assess(newFacts({ area: 'civil', complexitySignals: sut.signals('o devedor diz que esta desempregado') }), 720, 1).features.map((f) => f.id)).not.toContain('renda-oculta');
  });

  it('weighs a support to fix whose payer has no payslip as income to prove (CC art. 1.694 §1º; Enunciado 573 CJF; CPC art. 529)', () => {
    const fixing = (text: string, subarea = 'pensão alimentícia (fixação ou revisão)') =>
      sut.assess(newFacts({ area: 'familia', subarea, complexitySignals: ['vulneravel', ...sut.signals(text)] }), 720, 1);
    for (const text of [
      'ele trabalha de motorista de aplicativo e nao tem salario fixo',
      'o pai e pedreiro, trabalha por conta propria',
      'ele esconde a renda, diz que nao ganha nada mas anda de carro novo',
      'o patrao paga ele por fora',
    ]) {
      expect(fixing(text).features.map((f) => f.id)).toContain('renda-oculta');
      expect(fixing(text).complexity).toBe('medium');
    }
    // Told before the support's subarea is named, in a family case.
    expect(fixing('ele faz bico de entregador', 'direito de família').complexity).toBe('medium');
    // The client's own app work is a driver's licence matter, not the payer's income.
    expect(sut.signals('sou motorista de aplicativo')).not.toContain('renda-alegada');
    // A payslip or a benefit is discounted at source; a sum both parents agreed needs only the court's seal.
    expect(fixing('ele trabalha de carteira assinada numa fabrica').complexity).toBe('low');
    expect(fixing('ele trabalha de uber, ja combinamos o valor e queremos homologar o acordo').complexity).toBe('low');
    // In an enforcement the sum is fixed already (CPC art. 528 §2º).
    expect(fixing('ele trabalha por conta propria', 'execução de alimentos (pensão atrasada)').features.map((f) => f.id)).not.toContain('renda-oculta');
  });

  it("reads the other side's reported denial as the fact in dispute, not the client's negation (CLT art. 818; CPC art. 373)", () => {
    // "jura que não tem problema estrutural" is the builder's word against the client's claim; the client's own or an expert's "não" still denies.
    expect(sut.signals('a construtora jura que não tem problema estrutural')).toContain('prova-disputada');
    expect(sut.signals('graças a deus não tem problema estrutural')).not.toContain('prova-disputada');
    expect(sut.signals('o engenheiro disse que não tem problema estrutural')).not.toContain('prova-disputada');
    // A state answered with a verb of denying is what the other side said, not a fact it contests; a refusal still weighs as before.
    expect(sut.signals('o atendente negou que tinha estoque')).not.toContain('prova-disputada');
    expect(sut.features(newFacts({ area: 'trabalhista', complexitySignals: sut.signals('a empresa negou o vínculo') })).map((f) => f.id)).toContain('prova-disputada');
  });

  it("takes back the overtime's proof when the employer's own records show the hours, not when they hide them (Súmula 338 I and III TST)", () => {
    const overtime = (text: string) => sut.assess(newFacts({ area: 'trabalhista', subarea: 'horas extras e jornada', complexitySignals: sut.signals(text) }), 1, 1);
    expect(overtime('faço hora extra todo dia e ta tudo no ponto').complexity).toBe('low');
    expect(overtime('faço hora extra todo dia').complexity).toBe('medium');
    expect(overtime('mandavam bater o ponto e voltar a trabalhar, ta tudo no ponto so ate as 17h').complexity).toBe('medium');
    // The record named and what it does with the hours (Súmula 338 I TST); a bare electronic clock or a record the boss fills in proves nothing of them.
    for (const text of ['o ponto marca tudo', 'o ponto é eletrônico e marca tudo certinho', 'o cartão ponto marca certinho', 'o livro de ponto tem tudo anotado', 'no ponto aparece tudo']) {
      expect(overtime(`faço hora extra todo dia e ${text}`).complexity).toBe('low');
    }
    for (const text of ['o ponto é eletrônico', 'o ponto não marca tudo', 'o cartão de ponto é o chefe que marca']) {
      expect(overtime(`faço hora extra todo dia e ${text}`).complexity).toBe('medium');
    }
  });

  it("weighs arrears the other parent announces to enforce, or the payer's arrest asked, as never a plain revision, in a family case only (CPC art. 528)", () => {
    const payer = (text: string) => newFacts({ area: 'familia', complexitySignals: sut.signals(text) });
    for (const text of ['paguei só metade e ela disse que vai entrar com execução e pedir minha prisão', 'a mãe dele falou que vai me colocar na cadeia', 'ela vai me cobrar o resto na justiça']) {
      expect(sut.assess(payer(text), 1, 1).complexity).toBe('medium');
    }
    // The payer's own fear, a suit threatened should a payment be late, and a threat denied are not arrears someone means to collect.
    for (const text of ['não quero ser preso, quero baixar o valor', 'ela está ameaçando me colocar na justiça se eu atrasar', 'ela disse que não vai pedir minha prisão']) {
      expect(sut.signals(text)).not.toContain('cobranca-de-pensao-anunciada');
    }
    expect(sut.features(newFacts({ area: 'civil', complexitySignals: sut.signals('o agiota disse que vai me cobrar o resto') })).map((f) => f.id)).not.toContain('cobranca-de-pensao-anunciada');
  });

  it('weighs the client barred from seeing the child as never low, in a family case only (CC art. 1.589; Lei 12.318/10 art. 2º IV)', () => {
    const told = (text: string, area: InterviewFacts['area'] = 'familia') => newFacts({ area, complexitySignals: sut.signals(text) });
    for (const text of [
      'a mãe do meu menino não deixa eu ver ele faz 3 meses',
      'meu ex-marido está me impedindo de ver meus filhos',
      'ela ta dificultando eu pegar a menina no fim de semana',
      'agora ele não deixa mais eu visitar',
      'o pai das crianças está impedindo as visitas',
      'desde o boletim não vejo meu filho',
    ]) {
      const assessed = sut.assess(told(text), 1, 1);
      expect(assessed.features.map((f) => f.id)).toContain('convivencia-impedida');
      expect(assessed.complexity).toBe('medium');
    }
    // No child named, a bare pronoun not seen or stayed with, an obstruction denied, a grandchild's visits and visits that run are no visit refused.
    for (const text of [
      'o banco não me deixa ver o extrato da conta',
      'não vejo ele desde 2020, nem sei onde mora',
      'ela nunca me impediu de ver meu filho',
      'a mãe do menino proíbe que eu veja meu neto',
      'eu pego ela a cada 15 dias e ta dando certo',
      'não vejo a hora de resolver o divórcio',
      'a família dela não deixa eu ficar com ela',
    ]) {
      expect(sut.signals(text)).not.toContain('convivencia-impedida');
    }
    expect(sut.assess(told('não deixa eu ver meu filho', 'civil'), 1, 1).features.map((f) => f.id)).not.toContain('convivencia-impedida');
  });

  it("weighs the prison rite's warning served on the support payer as liberty at stake, not when the creditor reads it (CPC art. 528 §3º)", () => {
    const warned = sut.signals('o oficial me entregou um papel: 3 dias pra pagar, provar que paguei ou justificar, senão decreta a prisão');
    expect(warned).toContain('aviso-de-prisao-civil');
    expect(sut.signals('se eu não pagar em 3 dias senão posso ser preso')).toContain('aviso-de-prisao-civil');
    // The summons' terms repeated in the negative, as the payer tells them.
    expect(sut.signals('o oficial disse que se eu não pagar em três dias eu vou preso')).toContain('aviso-de-prisao-civil');
    const served = (notes: string[]) => newFacts({ area: 'familia', notes, complexitySignals: ['processo-em-curso', 'vulneravel', ...warned] });
    const payer = sut.assess(served(['support-debtor']), 1, 1);
    expect(payer.features.map((f) => f.id)).toContain('prisao-civil');
    expect(payer.complexity).toBe('high');
    expect(sut.assess(served(['support-reduction']), 1, 1).complexity).toBe('high');
    // The mother who enforces the support reads the same warning in her own suit.
    expect(sut.assess(served(['child-support']), 1, 1).complexity).toBe('medium');
    expect(sut.features(newFacts({ area: 'civil', notes: ['support-debtor'], complexitySignals: warned })).map((f) => f.id)).not.toContain('prisao-civil');
  });

  it('reads the police or an officer after the payer over the support as the civil arrest being served (CPC art. 528 §§3º and 7º)', () => {
    const sought = sut.signals('o oficial de justiça passou no meu serviço ontem atrás de mim por causa da pensão');
    expect(sought).toContain('aviso-de-prisao-civil');
    const payer = sut.assess(newFacts({ area: 'familia', notes: ['support-debtor'], complexitySignals: ['processo-em-curso', 'vulneravel', ...sought] }), 1, 1);
    expect(payer.features.map((f) => f.id)).toContain('prisao-civil');
    expect(payer.complexity).toBe('high');
    // The summons' three days ignored, and the arrest decreed against the client, are the same warning.
    expect(sut.signals('chegou uma intimação pra pagar em três dias e eu não paguei')).toContain('aviso-de-prisao-civil');
    expect(sut.signals('o juiz decretou a minha prisão')).toContain('aviso-de-prisao-civil');
    // The other parent's calls about the support, or a father's question before any debt, are no arrest.
    expect(sut.signals('minha ex vive me procurando por causa da pensão')).not.toContain('aviso-de-prisao-civil');
    expect(sut.signals('perdi o emprego, se eu parar de pagar a pensão posso ser preso?')).not.toContain('aviso-de-prisao-civil');
  });

  it('weighs the support debtor already taken and held in the enforcement as the civil arrest at stake (CPC art. 528 §§3º and 6º)', () => {
    const told = (text: string, subarea = 'execução de alimentos (pensão atrasada)') =>
      newFacts({ area: 'familia', subarea, complexitySignals: ['processo-em-curso', 'vulneravel', ...sut.signals(text)] });
    const held = told('a polícia levou meu filho algemado, ele tá na delegacia por causa da pensão');
    expect(sut.features(held).map((f) => f.id)).toContain('prisao-civil');
    expect(sut.assess(held, 1, 1).complexity).toBe('high');
    // A warrant not yet served leaves the payment or the justification first; an arrest told in a divorce is the story's.
    expect(sut.features(told('a polícia veio com mandado de prisão, mas eu não estava')).map((f) => f.id)).not.toContain('prisao-civil');
    expect(sut.features(told('meu marido foi preso ano passado', 'divórcio')).map((f) => f.id)).not.toContain('prisao-civil');
  });

  it("weighs no harm in the disability of a candidate to a post reserved for disabled people (CF art. 37 VIII; Lei 14.126/21)", () => {
    const signals = sut.signals('me inscrevi na vaga de pessoa com deficiência, perdi a visão do olho esquerdo num acidente');
    expect(signals).toContain('vaga-pcd');
    const ids = (area: 'administrativo' | 'civil') => sut.features(newFacts({ area, complexitySignals: signals })).map((f) => f.id);
    expect(ids('administrativo')).not.toContain('dano-grave');
    expect(ids('civil')).toContain('dano-grave');
  });

  it('weighs a property still in the name of its old seller as never simple (Lei 6.015 arts. 216-A §2º and 216-B)', () => {
    expect(sut.signals('a casa tá no nome de uma loteadora que fechou faz tempo')).toContain('tipo-nao-simples');
  });

  it("weighs a business among a couple's assets to divide as high (CC art. 1.027; CPC art. 600), not a deceased partner's quotas in an estate", () => {
    const split = sut.signals('quero o divórcio e a partilha, e ela quer ficar com a empresa que abrimos juntos');
    expect(split).toEqual(expect.arrayContaining(['empresa-do-casal', 'patrimonio']));
    expect(sut.signals('meu marido tem 50% das cotas de uma distribuidora')).toContain('empresa-do-casal');
    const couple = (subarea: string) => newFacts({ area: 'familia', subarea, complexitySignals: [...split, 'vulneravel'] });
    expect(sut.assess(couple('divórcio'), 1, 1).complexity).toBe('high');
    expect(sut.features(couple('inventário e herança')).map((f) => f.id)).not.toContain('empresa-na-partilha');
    // A business told with nothing to divide is the payer's means, not a partition.
    expect(sut.features(newFacts({ area: 'familia', subarea: 'divórcio', complexitySignals: ['empresa-do-casal'] }))).toEqual([]);
  });

  it("weighs money taken out of the couple's or the deceased's accounts as assets diverted before the partilha (CC arts. 1.658 and 1.992), not in a claim for support nor when the two agree", () => {
    const taken = sut.signals('meu marido sacou tudo da nossa conta conjunta, uns 150 mil');
    expect(taken).toContain('dinheiro-retirado');
    const facts = (subarea: string, more: string[] = []) => newFacts({ area: 'familia', subarea, complexitySignals: [...taken, ...more] });
    expect(sut.features(facts('divórcio')).map((f) => f.id)).toContain('ocultacao-de-bens');
    expect(sut.features(facts('inventário e herança')).map((f) => f.id)).toContain('ocultacao-de-bens');
    expect(sut.features(facts('pensão alimentícia (fixação ou revisão)')).map((f) => f.id)).not.toContain('ocultacao-de-bens');
    expect(sut.features(facts('divórcio', ['consensual'])).map((f) => f.id)).not.toContain('ocultacao-de-bens');
  });

  it('reads an eviction order as a suit already running, and young children told without their age as vulnerable', () => {
    // The order or warrant to leave is issued only in an eviction suit (Lei 8.245/91 arts. 63 and 65).
    expect(sut.signals('recebi ordem de despejo, 15 dias pra sair')).toContain('processo-em-curso');
    expect(sut.signals('chegou o mandado de despejo')).toContain('processo-em-curso');
    expect(sut.signals('moro com meus 2 filhos pequenos')).toContain('vulneravel');
    // The landlord's own word to leave is no court's order.
    expect(sut.signals('o dono mandou eu sair até o fim do mês')).not.toContain('processo-em-curso');
  });

  it('reads several parties blaming each other, a serious injury and a search warrant as lawyers name them', () => {
    expect(sut.signals('o hospital diz que a culpa é do médico')).toEqual(['varias-partes']);
    expect(sut.signals('ele diz que a culpa foi minha')).toEqual(['prova-disputada']);
  });

  it('reads the weather blamed alone as no second party (força maior alleged, CC art. 393)', () => {
    expect(sut.signals('o vizinho diz que a culpa é da chuva e não quer pagar')).toEqual(['culpa-do-tempo']);
    expect(sut.signals('ele falou que a culpa foi do vento')).toEqual(['culpa-do-tempo']);
    expect(sut.signals('o pedreiro diz que foi culpa do temporal')).toEqual(['culpa-do-tempo']);
    const facts = newFacts({ area: 'civil', complexitySignals: sut.signals('o galho caiu no meu carro e ele diz que a culpa é da tempestade') });
    expect(sut.assess(facts, 1, 1).complexity).toBe('low');
    // Another person or body blamed is a second party still.
    expect(sut.signals('ele diz que a culpa é da prefeitura')).toEqual(['varias-partes']);
    expect(sut.signals('o vizinho diz que a culpa foi do jardineiro')).toEqual(['varias-partes']);
    // The wheelchair also names a disabled person (`pessoa-com-deficiencia`, no points alone).
    expect(sut.signals('caiu do andaime, quebrei a coluna e estou em cadeira de rodas')).toEqual(['lesao-de-acidente', 'dano-grave', 'pessoa-com-deficiencia', 'dano-permanente']);
    expect(sut.signals('a polícia fez busca e apreensão no escritório')).toEqual(['processo-em-curso']);
    expect(sut.signals('ele tirou os passaportes das crianças')).toEqual(expect.arrayContaining(['internacional', 'vulneravel']));
  });

  it('rates a permanent injury with liability pushed between several parties as high', () => {
    const signals = sut.signals('depois da cirurgia perdeu o movimento das pernas; o hospital diz que a culpa é do médico');
    const facts = newFacts({ area: 'civil', subarea: 'erro médico', complexitySignals: signals });
    expect(sut.assess(facts, 1, 1).complexity).toBe('high');
    expect(sut.assess({ ...facts, complexitySignals: signals.filter((id) => id !== 'dano-grave') }, 1, 1).complexity).toBe('medium');
  });

  it('needs weighty features for high: many small ones, or small ones with one feature of 2 points, add up to medium', () => {
    const small = ['processo-em-curso', 'vulneravel', 'varias-partes', 'prova-disputada', 'questao-nova'];
    const facts = newFacts({ complexitySignals: small });
    expect(sut.score(facts)).toBeGreaterThanOrEqual(5);
    expect(sut.assess(facts, 1, 1).complexity).toBe('medium');
    expect(sut.assess(newFacts({ complexitySignals: [...small, 'internacional'] }), 1, 1).complexity).toBe('high');
    const oneOfTwo = [{ id: 'valor-50mil', points: 2 }, { id: 'processo-em-curso', points: 1 }, { id: 'muitos-envolvidos', points: 1 }, { id: 'tipo-de-caso', points: 1 }];
    expect(boundedLevel('high', oneOfTwo, 720)).toBe('medium');
    expect(boundedLevel('high', [...oneOfTwo, { id: 'dano-grave', points: 3 }], 720)).toBe('high');
  });

  it('does not count a deadline among the strong features a high case needs (urgent is not complex)', () => {
    const violenceToday = [{ id: 'violencia', points: 2 }, { id: 'prazo-24h', points: 2 }, { id: 'vulneravel', points: 1 }];
    expect(boundedLevel('high', violenceToday, 24)).toBe('medium');
    expect(boundedLevel('high', [...violenceToday, { id: 'crianca-retida', points: 2 }], 24)).toBe('high');
  });

  it('weighs a child taken or violence told by the client in family and criminal cases only', () => {
    const notes = ['child-taken', 'violence'];
    expect(sut.features(newFacts({ area: 'familia', notes })).map((f) => f.id)).toEqual(['crianca-retida', 'violencia']);
    expect(sut.assess(newFacts({ area: 'familia', notes: ['child-taken'] }), 1, 1).complexity).toBe('medium');
    // "não quer devolver" the deposit is noted as a child taken; in a lease it describes the deposit.
    expect(sut.features(newFacts({ area: 'imobiliario', notes }))).toEqual([]);
  });

  it('weighs a death or permanent harm caused by a public body as the State\'s liability, high; not a fracture that heals, nor either alone', () => {
    const lasting = sut.signals('ela tem paralisia cerebral por erro médico, vai precisar de tratamento a vida toda');
    expect(lasting).toEqual(expect.arrayContaining(['dano-grave', 'dano-permanente']));
    const harmByState = newFacts({ area: 'administrativo', complexitySignals: lasting, notes: ['opponent-public-body'] });
    // The child who has cerebral palsy is a disabled person, vulnerable (Lei 13.146/15 art. 5º), harmed by the State's act.
    expect(sut.features(harmByState).map((f) => f.id)).toEqual(['dano-grave', 'estado-responde-por-dano', 'vulneravel', 'dano-a-vulneravel']);
    expect(sut.assess(harmByState, 1, 1).complexity).toBe('high');
    const healed = sut.signals('caí num buraco da avenida e tive uma fratura na perna, coloquei pino');
    expect(healed).not.toContain('dano-permanente');
    expect(sut.assess(newFacts({ area: 'administrativo', complexitySignals: healed, notes: ['opponent-public-body'] }), 1, 1).complexity).toBe('medium');
    // Nor when the one hurt is a child or an elder: the age weighs once, the healed fracture is no harm to a vulnerable person apart.
    const pupil = ['minha filha de 8 anos quebrou o braço no pátio da escola estadual', 'ficou engessada e já sarou'];
    const atSchool = sut.assess(newFacts({ area: 'administrativo', complexitySignals: sut.signals(pupil.join('. '), pupil), notes: ['opponent-public-body'] }), 1, 1);
    expect(atSchool.features.map((f) => f.id)).toEqual(expect.arrayContaining(['dano-grave', 'vulneravel']));
    expect(atSchool.features.map((f) => f.id)).not.toContain('dano-a-vulneravel');
    expect(atSchool.complexity).toBe('medium');
    // Without a public body, no State's liability: the harm weighs by itself (a disabled child harmed: high, as a private hospital's error is).
    const byPrivate = sut.features(newFacts({ area: 'civil', complexitySignals: lasting })).map((f) => f.id);
    expect(byPrivate).not.toContain('estado-responde-por-dano');
    expect(byPrivate).toEqual(expect.arrayContaining(['dano-grave', 'dano-a-vulneravel']));
  });

  it('weighs a death or a lifelong sequel the State is asked to pay for as serious harm, high, however the death is told (CF art. 37 §6º; CC arts. 43, 948-950)', () => {
    const assessed = (area: 'administrativo' | 'civil', texts: string[], notes: string[] = ['opponent-public-body', 'state-liability']) =>
      sut.assess(newFacts({ area, notes: notes as never, complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    const lateAmbulance = assessed('administrativo', ['chamei o SAMU pra minha mãe e a ambulância levou três horas pra chegar, ela faleceu']);
    expect(ids(lateAmbulance)).toEqual(expect.arrayContaining(['dano-grave', 'estado-responde-por-dano']));
    expect(lateAmbulance.complexity).toBe('high');
    expect(assessed('administrativo', ['meu filho foi morto com um tiro da polícia numa operação']).complexity).toBe('high');
    // A death told with where it came hides the bare "morreu": still a life ended.
    expect(sut.signals('minha esposa morreu no acidente do ônibus da prefeitura')).toEqual(expect.arrayContaining(['dano-grave', 'dano-permanente']));
    // A thing damaged with no one hurt, the State not asked to pay, or a private party asked: no serious harm from the death's rule.
    expect(assessed('administrativo', ['o galho da árvore da prefeitura caiu no meu carro', 'ninguém se machucou']).complexity).toBe('low');
    expect(ids(assessed('administrativo', ['meu pai faleceu em março', 'quero saber do IPTU dele'], ['opponent-public-body']))).not.toContain('dano-grave');
    expect(ids(assessed('civil', ['o vizinho não cuidou do muro e meu pai faleceu'], ['state-liability']))).not.toContain('estado-responde-por-dano');
  });

  it('reads buyers of one builder suing together as many people affected, not a couple filing together', () => {
    expect(sut.signals('os compradores querem entrar juntos contra a construtora')).toContain('coletivo');
    expect(sut.signals('vários compradores do prédio estão na mesma')).toContain('coletivo');
    expect(sut.signals('eu e meu marido queremos entrar juntos com o divórcio')).not.toContain('coletivo');
  });

  it('reads a child not returned told without naming the child, in family and criminal cases only', () => {
    const signals = sut.signals('O pai levou ela pra Portugal e não quer devolver.');
    expect(signals).toEqual(expect.arrayContaining(['crianca-retida', 'internacional']));
    expect(sut.assess(newFacts({ area: 'familia', complexitySignals: [...signals, 'vulneravel'] }), 1, 1).complexity).toBe('high');
    // A deposit or a loan "não devolveu" is the claim itself, not a child held.
    const loan = sut.signals('emprestei dinheiro ao meu colega e ele não devolveu');
    expect(loan).toEqual(['crianca-retida']);
    expect(sut.features(newFacts({ area: 'civil', complexitySignals: loan }))).toEqual([]);
  });

  it('weighs an offence against sexual dignity in every area, never low (CP arts. 215-A, 216-A, 218-C)', () => {
    expect(sut.signals('o gerente vive me agarrando no estoque')).toEqual(['crime-sexual']);
    expect(sut.signals('ele espalhou fotos íntimas minhas no grupo')).toEqual(['crime-sexual']);
    // The intimate images in the words the exposure's urgency reads too (`INTIMATE_IMAGES`): one video, naked photos, the owner first.
    expect(sut.signals('meu ex-marido postou um vídeo íntimo nosso no facebook')).toContain('crime-sexual');
    expect(sut.signals('criou um perfil com minhas fotos nuas')).toContain('crime-sexual');
    expect(sut.signals('ta mandando minhas fotos pelada pros meus parentes')).toContain('crime-sexual');
    expect(sut.signals('postaram uma foto minha da formatura')).not.toContain('crime-sexual');
    // A camera hidden where the victim undresses: the registro não autorizado da intimidade (CP art. 216-B).
    // The room on rent tells the tenant's side too (`ocupante-de-imovel-alheio`), weighing nothing alone.
    expect(sut.signals('achei uma câmera escondida no banheiro do quarto que eu alugo')).toEqual(['crime-sexual', 'ocupante-de-imovel-alheio']);
    const facts = newFacts({ area: 'trabalhista', complexitySignals: sut.signals('sofri assédio sexual do meu chefe') });
    expect(sut.features(facts)).toEqual([{ id: 'crime-sexual', points: 2 }]);
    expect(sut.assess(facts, 1, 1).complexity).toBe('medium');
  });

  it('keeps the unit\'s own condominium arrears at least medium in a property case (CC art. 1.345; Lei 8.009/90 art. 3º IV)', () => {
    expect(sut.signals('comprei o apartamento e tem dois anos de condomínio atrasado do antigo dono')).toContain('divida-condominial');
    expect(sut.signals('o condomínio entrou com execução e vão penhorar meu apartamento')).toContain('divida-condominial');
    expect(sut.signals('o síndico aplicou uma multa, mas eu pago o condomínio em dia')).not.toContain('divida-condominial');
    const facts = newFacts({ area: 'imobiliario', complexitySignals: sut.signals('a minha sala está com um ano de condomínio atrasado') });
    expect(sut.features(facts)).toEqual([{ id: 'divida-condominial', points: 1 }]);
    expect(sut.assess(facts, 1, 1).complexity).toBe('medium');
    // Outside a property case the fees are a fact of the story (a divorce's shared flat), not the claim.
    expect(sut.features(newFacts({ area: 'familia', complexitySignals: ['divida-condominial'] }))).toEqual([]);
  });

  it('reads the client\'s property set for auction as a court constraint, not an auction the client bought at', () => {
    expect(sut.signals('recebi uma carta dizendo que o apartamento vai a leilão')).toContain('constricao');
    expect(sut.signals('a Caixa marcou o leilão da minha casa')).toContain('constricao');
    expect(sut.signals('arrematei uma casa num leilão da Caixa')).not.toContain('constricao');
  });

  it('reads a spouse\'s or partner\'s quotas put in another name as assets hidden', () => {
    expect(sut.signals('ele transferiu as cotas das empresas para o nome de um sobrinho')).toContain('ocultacao-de-bens');
  });

  it('reads a counted group of families or buyers as many people affected, not a company\'s employees', () => {
    expect(sut.signals('não somos só nós, são umas 30 famílias')).toEqual(['coletivo']);
    // A company's employees are its size (`porte-da-empresa`), not people affected.
    expect(sut.signals('minha empresa tem 60 funcionários')).toEqual(['porte-da-empresa']);
  });

  it('reads the other side blaming the client\'s use or storage as disputed evidence', () => {
    expect(sut.signals('a assistência disse que foi mau uso')).toEqual(['prova-disputada']);
    expect(sut.signals('o INSS disse que ela não provou o trabalho na roça')).toEqual(['prova-disputada', 'tempo-controvertido']);
  });

  it('weighs a period the INSS would not count only in a social-security case', () => {
    const signals = sut.signals('o INSS não contou os 12 anos que trabalhei na roça, só contou a fábrica');
    expect(signals).toEqual(['tempo-controvertido']);
    const facts = newFacts({ area: 'previdenciario', complexitySignals: [...signals, 'prova-disputada'] });
    expect(sut.features(facts).map((f) => f.id)).toEqual(['tempo-controvertido', 'prova-disputada']);
    expect(sut.assess(facts, 1, 1).complexity).toBe('medium');
    // Elsewhere "não contou" is a story not told.
    expect(sut.features(newFacts({ area: 'familia', complexitySignals: sut.signals('ele não contou pra ninguém') }))).toEqual([]);
  });

  it("weighs an elder's or a child's age in a social-security case only beside a refusal, a cut or a dispute: elsewhere it is the benefit's condition", () => {
    const age = sut.signals('tenho 66 anos e quero pedir a aposentadoria por idade');
    expect(age).toContain('vulneravel');
    const ids = (facts: Partial<InterviewFacts>) => sut.features(newFacts({ area: 'previdenciario', ...facts })).map((f) => f.id);
    expect(ids({ complexitySignals: age })).not.toContain('vulneravel');
    expect(ids({ complexitySignals: age, notes: ['benefit-denied'] })).toContain('vulneravel');
    expect(ids({ complexitySignals: [...age, 'beneficio-cessado'] })).toContain('vulneravel');
    expect(ids({ complexitySignals: [...age, 'prova-disputada'] })).toContain('vulneravel');
    // In a family case the elder's age still weighs (a curatela, support asked of the children).
    expect(sut.features(newFacts({ area: 'familia', complexitySignals: age })).map((f) => f.id)).toContain('vulneravel');
  });

  it('weighs a refusal the client cures by asking the INSS again as no dispute, unless a suit, a cut or the proof itself is the case (Lei 9.784/99 art. 48; Lei 8.213/91 arts. 48 and 103)', () => {
    const refused = sut.signals('o inss negou, tenho 63 anos e não comprovei a carência. quero pagar o que falta e pedir de novo');
    expect(refused).toEqual(expect.arrayContaining(['prova-disputada', 'vulneravel', 'novo-pedido']));
    const assess = (facts: Partial<InterviewFacts>) => sut.assess(newFacts({ area: 'previdenciario', notes: ['benefit-denied'], ...facts }), 1, 1);
    const again = assess({ complexitySignals: refused });
    expect(again.features.map((f) => f.id)).toEqual([]);
    expect(again.complexity).toBe('low');
    // Without the new request the refusal and the elder's age weigh (medium).
    expect(assess({ complexitySignals: refused.filter((id) => id !== 'novo-pedido') }).complexity).toBe('medium');
    // A suit running, a benefit paid and cut, time the INSS would not count or a union to prove keep the dispute.
    for (const kept of ['processo-em-curso', 'beneficio-cessado', 'tempo-controvertido', 'uniao-a-comprovar']) {
      expect(assess({ complexitySignals: [...refused, kept] }).features.map((f) => f.id)).toEqual(expect.arrayContaining(['prova-disputada', 'vulneravel']));
    }
    // Elsewhere a new request is no such reading: a refused health plan asked again is still disputed.
    expect(sut.features(newFacts({ area: 'consumidor', complexitySignals: refused })).map((f) => f.id)).toContain('prova-disputada');
  });

  it('weighs a sexual offence against a child or adolescent as a serious crime in a criminal case', () => {
    const signals = sut.signals('o gerente passava a mão na minha filha de 16 anos');
    expect(signals).toEqual(expect.arrayContaining(['crime-sexual', 'vulneravel-de-familiar']));
    expect(sut.features(newFacts({ area: 'criminal', complexitySignals: signals })).map((f) => f.id)).toContain('crime-grave');
    expect(sut.features(newFacts({ area: 'criminal', complexitySignals: sut.signals('ele passava a mão em mim') })).map((f) => f.id)).toEqual(['crime-sexual']);
  });

  it('reads a partner taking the company\'s clients as a dispute between partners, and a meter said to be tampered with as no assets hidden', () => {
    expect(sut.signals('meu sócio está fazendo concorrência desleal')).toContain('disputa-societaria');
    // The exclusion sought puts the company itself at stake too (`sociedade-em-jogo`, CC arts. 1.030 and 1.085).
    expect(sut.signals('quero tirar ele da sociedade')).toEqual(['sociedade-em-jogo', 'disputa-societaria']);
    // The company told for the partnership, and the client's own wish to leave it (CC arts. 1.029-1.031).
    expect(sut.signals('dá pra excluir ela da empresa?')).toEqual(['disputa-societaria']);
    expect(sut.signals('não quero mais ser sócia do meu cunhado')).toEqual(['disputa-societaria']);
    // The exclusion the contract allows and the other partner's withdrawals off the books (CC arts. 1.085 and 1.011): the partners' dispute that routes the case.
    expect(sut.signals('o contrato social tem cláusula de exclusão por justa causa')).toContain('disputa-societaria');
    expect(sut.signals('descobri que ele fazia retiradas por fora')).toContain('disputa-societaria');
    // Who wants a co-worker out of the company they work for asks a dismissal, not an exclusion.
    expect(sut.signals('quero tirar ele da empresa, ele assedia as meninas do setor')).not.toContain('disputa-societaria');
    expect(sut.signals('a companhia disse que era recuperação de consumo por desvio no medidor')).not.toContain('ocultacao-de-bens');
    expect(sut.signals('o sócio desviou dinheiro da empresa')).toEqual(['ocultacao-de-bens']);
  });

  it('reads a debtor carrying its goods off as assets hidden (fraude contra credores), and workers counting themselves as a collective', () => {
    expect(sut.signals('os dono tão tirando as máquina do pavilhão pra outra cidade')).toContain('ocultacao-de-bens');
    expect(sut.signals('a empresa está esvaziando a fábrica')).toContain('ocultacao-de-bens');
    expect(sut.signals('o técnico levou as máquinas para o conserto')).not.toContain('ocultacao-de-bens');
    // The client one of many workers with the same unpaid wages (CF art. 8º III; CLT art. 842), also in spoken singular.
    expect(sut.signals('Sou um dos quarenta funcionário da metalúrgica')).toContain('coletivo');
    expect(sut.signals('somos uns 12 empregados sem salário')).toContain('coletivo');
    expect(sut.signals('um dos 30 funcionários da loja me xingou')).not.toContain('coletivo');
    expect(sut.signals('somos 3 funcionários na loja')).not.toContain('coletivo');
  });

  it('reads a partner paying himself from the company (confusão patrimonial) as a dispute between partners', () => {
    expect(sut.signals('o outro sócio faz retiradas indevidas todo mês')).toContain('disputa-societaria');
    expect(sut.signals('ele paga despesas pessoais com o cartão da empresa')).toContain('disputa-societaria');
    expect(sut.signals('pago minhas despesas pessoais com o cartão de crédito')).not.toContain('disputa-societaria');
  });

  it('reads the administrador judicial as the trustee of an insolvency, and the partner who runs the company as a partners\' dispute', () => {
    expect(sut.signals('recebemos a relação de credores do administrador judicial')).toEqual(['insolvencia']);
    expect(sut.signals('ele é o administrador da empresa e mexe no caixa sozinho')).toContain('disputa-societaria');
  });

  it('reads psychological or financial domestic violence as violence, counted once with the client note', () => {
    const signals = sut.signals('ele controla todo o dinheiro e não me deixa trabalhar');
    expect(signals).toEqual(['violencia']);
    const features = sut.features(newFacts({ area: 'familia', complexitySignals: signals, notes: ['violence'] }));
    expect(features).toEqual([{ id: 'violencia', points: 2 }]);
    expect(sut.assess(newFacts({ area: 'criminal', complexitySignals: signals }), 1, 1).complexity).toBe('medium');
  });

  it('weighs stalking words only in family and criminal cases, as the violence note', () => {
    const signals = sut.signals('o síndico está me perseguindo por causa da minha cachorra');
    expect(signals).toEqual(['violencia']);
    expect(sut.features(newFacts({ area: 'familia', complexitySignals: signals }))).toEqual([{ id: 'violencia', points: 2 }]);
    // In a condominium's fine the words describe the complaint; the fine is the claim.
    expect(sut.features(newFacts({ area: 'imobiliario', complexitySignals: signals }))).toEqual([]);
  });

  it('reads an injury that took the person to intensive care as serious harm (perigo de vida)', () => {
    const signals = sut.signals('teve uma explosão e minha mãe está na UTI com queimaduras');
    expect(signals).toEqual(expect.arrayContaining(['risco-a-saude', 'lesao-corporal']));
    const ids = sut.features(newFacts({ area: 'consumidor', complexitySignals: signals })).map((f) => f.id);
    expect(ids).toContain('dano-grave');
    expect(sut.features(newFacts({ area: 'consumidor', complexitySignals: ['risco-a-saude'] })).map((f) => f.id)).not.toContain('dano-grave');
  });

  it('reads a structural defect as evidence to prove and a building at risk of collapse as lives at risk', () => {
    expect(sut.signals('apareceram rachaduras grandes nas colunas da garagem')).toEqual(['imovel-rachado', 'prova-disputada']);
    expect(sut.signals('a Defesa Civil interditou o prédio por risco de desabamento')).toEqual(['risco-a-saude']);
    expect(sut.signals('o pneumologista disse que é silicose e não tem cura')).toEqual(['dano-grave']);
  });

  it('floors a dispute over a business name at medium, and not its registration', () => {
    const dispute = sut.signals('outra empresa exige que eu troque o nome da minha loja');
    expect(sut.assess(newFacts({ area: 'empresarial', complexitySignals: dispute }), 1, 1).complexity).toBe('medium');
    expect(sut.signals('quero registrar a marca da minha hamburgueria no INPI')).toEqual([]);
  });

  it('reads a weapon pointed, a life at risk and a child or elder by their stated age', () => {
    expect(sut.signals('ontem ele apontou a arma pra mim na frente das crianças')).toEqual(expect.arrayContaining(['ameaca-armada', 'vulneravel']));
    expect(sut.signals('meu pai está na UTI, o médico disse que há risco de vida')).toEqual(['risco-a-saude', 'risco-de-morte']);
    expect(sut.signals('Meu filho tem 4 anos e estava brincando na calçada')).toEqual(['vulneravel-de-familiar']);
    expect(sut.signals('trabalhei numa fábrica, tenho 45 anos')).toEqual([]);
    expect(sut.signals('os filhos dela dizem que eu não era empregada, nunca fui registrada')).toEqual(['prova-disputada']);
    // "os dois" are often the client and a spouse: several liable parties are named as such.
    expect(sut.signals('os dois concordamos com a venda, ambos assinamos')).toEqual([]);
  });

  describe('more than one area (areas-concorrentes)', () => {
    const ids = (facts: Parameters<ComplexityClassifier['features']>[0]) => sut.features(facts).map((f) => f.id);

    it('counts remedies of two areas, but not money beside a labour remedy nor two remedies of one area', () => {
      expect(engagesTwoAreas(['criminal-complaint', 'damages-claimed'])).toBe(true);
      expect(engagesTwoAreas(['marital-split', 'money-back'])).toBe(true);
      expect(engagesTwoAreas(['reinstatement', 'retirement-sought'])).toBe(true);
      expect(engagesTwoAreas(['reinstatement', 'damages-claimed'])).toBe(false);
      expect(engagesTwoAreas(['marital-split', 'child-support'])).toBe(false);
      expect(engagesTwoAreas(['money-back', 'opponent-employer', 'clt-employee'])).toBe(false);
    });

    it('drops a queixa-crime the victim then declines (CP art. 100; CPP arts. 24 and 30)', () => {
      expect(engagesTwoAreas(['criminal-complaint', 'prosecution-declined', 'damages-claimed'])).toBe(false);
      expect(engagesTwoAreas(['prosecution-declined', 'marital-split', 'money-back'])).toBe(true);
    });

    it('counts one fact under two regimes: the INSS discharge the employer refuses (limbo previdenciário)', () => {
      expect(engagesTwoAreas(['return-refused'])).toBe(true);
    });

    it("counts an elder's card or benefit kept by another as two regimes: a crime beside the family's or the benefit's remedy", () => {
      expect(engagesTwoAreas(['elder-abuse'])).toBe(true);
    });

    it('counts a police report beside damages asked, not when the client is the one sued or at fault, nor money back from a bank', () => {
      expect(engagesTwoAreas(['police-report-filed', 'damages-claimed'])).toBe(true);
      expect(engagesTwoAreas(['police-report-filed', 'damages-claimed', 'defendant'])).toBe(false);
      expect(engagesTwoAreas(['police-report-filed', 'damages-claimed', 'at-fault'])).toBe(false);
      expect(engagesTwoAreas(['police-report-filed', 'refund-claimed', 'bank-scam'])).toBe(false);
      // Nor when the victim declines the criminal route and asks only the damages (CP art. 100; CPP art. 38).
      expect(engagesTwoAreas(['police-report-filed', 'damages-claimed', 'prosecution-declined'])).toBe(false);
    });

    it('does not count another area scoring close: its words told in passing are not a second area', () => {
      expect(ids(newFacts({ area: 'familia', competingArea: 'trabalhista', notes: ['child-support', 'opponent-employer'] }))).not.toContain('areas-concorrentes');
      expect(ids(newFacts({ area: 'criminal', notes: ['criminal-complaint', 'damages-claimed'] }))).toContain('areas-concorrentes');
    });

    it('reads a work accident with an INSS incapacity benefit as two areas, and either alone as one', () => {
      const both = sut.signals('me acidentei na prensa, a empresa fez a CAT e estou afastado pelo INSS no auxílio-doença');
      expect(ids(newFacts({ area: 'trabalhista', complexitySignals: both }))).toContain('areas-concorrentes');
      const accident = sut.signals('sofri um acidente de trabalho e a empresa não pagou as horas extras');
      expect(ids(newFacts({ area: 'trabalhista', complexitySignals: accident }))).not.toContain('areas-concorrentes');
      const benefit = sut.signals('estou no auxílio-doença e a perícia do INSS foi marcada');
      expect(ids(newFacts({ area: 'previdenciario', complexitySignals: benefit }))).not.toContain('areas-concorrentes');
    });

    it('reads a pension by death that turns on a stable union as two areas', () => {
      const signals = sut.signals('recebia a pensão por morte, mas não éramos casados e o INSS disse que a união estável não ficou comprovada');
      expect(ids(newFacts({ area: 'previdenciario', complexitySignals: signals }))).toContain('areas-concorrentes');
      expect(ids(newFacts({ area: 'previdenciario', complexitySignals: sut.signals('quero pedir a pensão por morte do meu marido') }))).not.toContain('areas-concorrentes');
    });

    it('reads a social-security case about a death as the pension, told without its name: the death is no harm there (Lei 8.213 art. 74)', () => {
      const signals = sut.signals('meu esposo faleceu no hospital, tenho 66 anos e quero receber a pensão dele');
      expect(signals).toContain('dano-grave');
      const pension = ids(newFacts({ area: 'previdenciario', notes: ['death'], complexitySignals: signals }));
      expect(pension).not.toContain('dano-grave');
      expect(pension).not.toContain('dano-a-vulneravel');
      // Outside the pension the same words still weigh as harm (a death in hospital claimed against it).
      expect(ids(newFacts({ area: 'civil', notes: ['death'], complexitySignals: signals }))).toContain('dano-grave');
    });

    it('weighs the insured killed in a work accident off the books as the bond to prove, the pension and the employer\'s liability (CF art. 7º XXVIII)', () => {
      const atWork = ids(newFacts({ area: 'previdenciario', notes: ['death'], complexitySignals: sut.signals('nunca assinaram a carteira dele; caiu do andaime e nem abriram a tal da CAT') }));
      expect(atWork).toContain('morte-no-trabalho');
      // A registered worker whose employer paid what it owed: the pension alone.
      expect(ids(newFacts({ area: 'previdenciario', notes: ['death'], complexitySignals: sut.signals('morreu num acidente de trabalho, era registrado e a empresa pagou tudo') }))).not.toContain('morte-no-trabalho');
      expect(ids(newFacts({ area: 'previdenciario', notes: ['death'], complexitySignals: sut.signals('ele morreu de infarto em casa') }))).not.toContain('morte-no-trabalho');
      expect(ids(newFacts({ area: 'previdenciario', complexitySignals: sut.signals('sofri um acidente de trabalho e pedi o auxílio') }))).not.toContain('morte-no-trabalho');
    });

    it('weighs no harm in a social-security case unless the benefit was cut or the harm lasts: the incapacity is the benefit\'s fact (Lei 8.213 arts. 42, 59 and 86)', () => {
      // A disability retirement the INSS only summons to a review, and a fracture asked as an auxílio: the incapacity is not disputed harm.
      const review = sut.signals('tenho 62 anos, sou aposentada por invalidez por grave problema na coluna e o INSS me chamou para a perícia de revisão');
      const retired = ids(newFacts({ area: 'previdenciario', complexitySignals: review }));
      expect(retired).not.toContain('dano-grave');
      expect(retired).not.toContain('dano-a-vulneravel');
      // The age alone is left (the kind of case adds its point in an interview): no longer high.
      expect(sut.assess(newFacts({ area: 'previdenciario', complexitySignals: review }), 1, 1).complexity).toBe('low');
      const injured = sut.signals('caí da escada na firma, quebrei o tornozelo, fiz cirurgia e botei pino; o INSS negou o auxílio');
      expect(ids(newFacts({ area: 'previdenciario', complexitySignals: injured }))).not.toContain('dano-grave');
      // A benefit that was paid and cut: its restoration proves how grave the incapacity is against the perito's discharge.
      expect(ids(newFacts({ area: 'previdenciario', complexitySignals: sut.signals('recebia aposentadoria por invalidez e o INSS cortou') }))).toContain('dano-grave');
      // A lasting incapacity (a sequel, a death, an invalidity for life) is the permanent benefit's proof and weighs, cut or not.
      expect(ids(newFacts({ area: 'previdenciario', complexitySignals: sut.signals('o acidente deixou ele numa cadeira de rodas e o INSS negou') }))).toContain('dano-grave');
      // The same injury in the labour claim against the employer still weighs.
      expect(ids(newFacts({ area: 'trabalhista', complexitySignals: injured }))).toContain('dano-grave');
    });
  });

  it('lowers confidence when another area competes', () => {
    const alone = sut.assess(newFacts({ area: 'civil' }), 1, 1).confidence;
    expect(sut.assess(newFacts({ area: 'civil', competingArea: 'consumidor' }), 1, 1).confidence).toBeLessThan(alone);
  });

  it('rates insolvency with many creditors as high', () => {
    const facts = newFacts({ complexitySignals: sut.signals('recuperação judicial com muitos credores') });
    expect(sut.assess(facts, 1, 1).complexity).toBe('high');
  });

  it('rates prison as high through signals and urgency in a criminal case', () => {
    const facts = newFacts({ area: 'criminal', complexitySignals: sut.signals('foi preso'), urgencySignals: ['prisao'] });
    expect(sut.score(facts)).toBeGreaterThanOrEqual(5);
  });

  it('weighs liberty only in a criminal case: elsewhere an arrest is a fact of the story (auxílio-reclusão)', () => {
    const signals = sut.signals('meu marido foi preso e o INSS negou o auxílio-reclusão');
    expect(signals).toContain('liberdade');
    expect(sut.features(newFacts({ area: 'previdenciario', complexitySignals: signals })).map((f) => f.id)).not.toContain('liberdade');
  });

  it('reads a death as serious harm only when the story caused it, not a death told as a fact ("o fiador morreu no ano passado")', () => {
    expect(sut.signals('o fiador morreu no ano passado')).not.toContain('dano-grave');
    expect(sut.signals('recebo pensão por morte do meu marido')).not.toContain('dano-grave');
    expect(sut.signals('meu pai foi atropelado e morreu na hora')).toContain('dano-grave');
  });

  it('counts amounts, group size and many parties', () => {
    const base = sut.score(newFacts());
    expect(sut.score(newFacts({ amounts: [{ raw: '2 milhões', value: 2_000_000 }] }))).toBe(base + 4);
    expect(sut.score(newFacts({ largestGroup: 9 }))).toBe(base + 2);
    expect(sut.score(newFacts({ parties: ['a', 'b', 'c', 'd'] }))).toBe(base + 1);
  });

  it('counts the value at stake, not an income, and no value when the parties agree', () => {
    const estate = { raw: 'R$ 450 mil', value: 450_000 };
    expect(sut.score(newFacts({ amounts: [{ raw: 'R$ 1,8 milhão', value: 1_800_000, income: true }] }))).toBe(sut.score(newFacts()));
    expect(sut.score(newFacts({ amounts: [estate], complexitySignals: ['consensual'] }))).toBe(sut.score(newFacts({ complexitySignals: ['consensual'] })));
    expect(sut.score(newFacts({ amounts: [estate] }))).toBeGreaterThan(sut.score(newFacts()));
  });

  it('counts no vulnerable person the client denies, told with "nem" and its subject ("nem ela tá grávida")', () => {
    expect(sut.signals('nem ela ta gravida nem ta afastada')).not.toContain('vulneravel');
    expect(sut.signals('ela tá grávida de 5 meses')).toContain('vulneravel');
  });

  it('ignores negated signals', () => {
    expect(sut.signals('ele nunca foi preso')).toEqual([]);
  });

  it('gives a confidence between 0 and 1 that grows with certainty and coverage', () => {
    const facts = newFacts();
    const unsure = sut.assess(facts, 0, 0).confidence;
    const sure = sut.assess(facts, 1, 1).confidence;
    expect(unsure).toBeGreaterThanOrEqual(0);
    expect(sure).toBeLessThanOrEqual(1);
    expect(sure).toBeGreaterThan(unsure);
    expect(Number.isInteger(sure * 100)).toBe(true);
  });

  it('reads liberty at stake for the accused of a serious crime: high with a hearing within 24 h', () => {
    const accused = newFacts({ area: 'criminal', subarea: 'defesa criminal', complexitySignals: ['acusado-de-crime', 'crime-grave', 'processo-em-curso'] });
    expect(sut.features(accused).map((f) => f.id)).toContain('liberdade');
    expect(sut.assess({ ...accused, deadlineHours: 24 }, 1, 1).complexity).toBe('high');
    // A serious crime told by a victim does not put the client's liberty at stake.
    expect(sut.features({ ...accused, complexitySignals: ['crime-grave', 'processo-em-curso'] }).map((f) => f.id)).not.toContain('liberdade');
  });

  it('rates a summons to testify low: the lawsuit and the crime are the parties\', not the witness\'s', () => {
    const witness = newFacts({ area: 'criminal', subarea: 'investigação e inquérito policial', notes: ['witness'], complexitySignals: ['processo-em-curso', 'crime-grave'] });
    expect(sut.assess(witness, 1, 1).complexity).toBe('low');
    expect(sut.assess({ ...witness, notes: ['witness', 'defendant'] }, 1, 1).complexity).not.toBe('low');
  });

  it("counts a business's revenue as the value at stake only where the business itself is disputed", () => {
    const revenue = [{ raw: '2 milhões', value: 2_000_000, revenue: true }];
    expect(sut.features(newFacts({ area: 'empresarial', amounts: revenue })).map((f) => f.id)).toContain('valor-1milhao');
    expect(sut.features(newFacts({ area: 'tributario', amounts: revenue })).map((f) => f.id)).not.toContain('valor-1milhao');
  });
  it('reads a malha-fina intimation as the Receita asking for documents, not a lawsuit, and a missing receipt as evidence to make', () => {
    const malha = newFacts({ area: 'tributario', complexitySignals: sut.signals('caí na malha fina e recebi a intimação da Receita'), amounts: [{ raw: '18 mil', value: 18_000 }] });
    expect(sut.features(malha).map((f) => f.id)).not.toContain('processo-em-curso');
    expect(sut.assess(malha, 1, 1).complexity).toBe('low');
    expect(sut.signals('um dentista não me deu recibo')).toContain('prova-disputada');
    // An intimation outside a malha fina is still a proceeding under way.
    expect(sut.signals('recebi a intimação da audiência')).toContain('processo-em-curso');
  });

  it('reads a malha fina that ended in the multa de ofício (Lei 9.430/96 art. 44) as an assessment to impugn, a proceeding under way', () => {
    const text = 'minha declaração ficou na malha fina e agora a Receita lançou o imposto com multa de ofício de 75%';
    const assessed = newFacts({ area: 'tributario', complexitySignals: sut.signals(text), amounts: [{ raw: '22 mil', value: 22_000 }] });
    expect(assessed.complexitySignals).toEqual(expect.arrayContaining(['malha-fina', 'autuacao']));
    expect(sut.features(assessed).map((f) => f.id)).toContain('processo-em-curso');
    expect(sut.assess(assessed, 1, 1).complexity).toBe('medium');
  });

  it("rates a creditor's claim in a customer's judicial recovery as medium: the insolvency is the debtor's, and the trustee is no partner", () => {
    const text = 'o cliente entrou em recuperação judicial e nosso crédito não está na lista do administrador judicial';
    const signals = sut.signals(text);
    expect(signals).toEqual(expect.arrayContaining(['credor-na-recuperacao', 'insolvencia']));
    expect(signals).not.toContain('disputa-societaria');
    expect(signals).not.toContain('tratamento-negado');
    const creditor = newFacts({ area: 'empresarial', complexitySignals: signals, amounts: [{ raw: 'R$ 230 mil', value: 230_000 }] });
    expect(sut.features(creditor).map((f) => f.id)).not.toContain('insolvencia');
    expect(sut.assess(creditor, 1, 1).complexity).toBe('medium');
    expect(sut.assess(newFacts({ area: 'empresarial', complexitySignals: sut.signals('precisamos fazer a habilitação de crédito') }), 1, 1).complexity).toBe('medium');
  });
  it("weighs a business's staff of 20 or more and the investments made in a business contract, never low; not a labour case's employer", () => {
    const text = 'a fabricante rompeu o contrato; investimos em galpão e frota e temos 40 funcionários';
    const signals = sut.signals(text);
    expect(signals).toEqual(expect.arrayContaining(['porte-da-empresa', 'investimento-em-jogo']));
    expect(sut.assess(newFacts({ area: 'empresarial', complexitySignals: signals }), 1, 1).complexity).toBe('medium');
    expect(sut.features(newFacts({ area: 'trabalhista', complexitySignals: signals }))).toEqual([]);
  });
  it('weighs a franchise ended or breached by the franchisor high (Lei 13.966/19 arts. 2º-4º; CC arts. 473, 475), not a fee, a supplier, an exit asked or an insurance deductible', () => {
    const ids = (text: string, area = 'empresarial') => sut.features(newFacts({ area: area as never, complexitySignals: sut.signals(text) })).map((f) => f.id);
    for (const text of [
      'a franqueadora rescindiu o contrato e quer que eu tire a marca da fachada',
      'sou franqueado e a rede descredenciou minha unidade',
      'assinei o contrato de franquia sem receber a circular de oferta',
      'meu contrato de franquia acabou e a cláusula de não concorrência proíbe eu continuar no ramo',
    ]) expect(ids(text)).toContain('franquia-rompida');
    expect(ids('a franqueadora rescindiu o contrato', 'civil')).toContain('franquia-rompida');
    expect(ids('a franqueadora rescindiu o contrato', 'trabalhista')).not.toContain('franquia-rompida');
    const withValue = newFacts({ area: 'empresarial', complexitySignals: sut.signals('a franqueadora rescindiu o contrato e cobra multa'), amounts: [{ raw: '60 mil', value: 60_000 }] });
    expect(sut.assess(withValue, 168, 1).complexity).toBe('high');
    expect(ids('desisti da franquia antes de assinar e a franqueadora não devolve o sinal')).not.toContain('franquia-rompida');
    expect(ids('sou franqueado e o fornecedor me cobra uma nota já paga')).not.toContain('franquia-rompida');
    expect(ids('tenho uma franquia e quero sair, a franqueadora cobra multa e diz que tenho que tirar a marca')).not.toContain('franquia-rompida');
    expect(ids('a seguradora rescindiu o contrato e cobra a franquia', 'consumidor')).not.toContain('franquia-rompida');
    expect(ids('a empresa de limpeza rescindiu o contrato')).not.toContain('franquia-rompida');
  });
  it('weighs any other dispute within the client\'s franchise never low (Lei 13.966/19 arts. 2º, 3º and 7º; CC arts. 423-424), not a franchise ended, the franchisee\'s exit, a data allowance or another area', () => {
    const ids = (text: string, area = 'empresarial') => sut.features(newFacts({ area: area as never, complexitySignals: sut.signals(text) })).map((f) => f.id);
    const level = (text: string) => sut.assess(newFacts({ area: 'empresarial', complexitySignals: sut.signals(text) }), 1, 1).complexity;
    for (const text of [
      'desisti da franquia antes de assinar e a franqueadora não devolve o sinal',
      'sou franqueado e o fornecedor da rede me cobra uma nota já paga',
      'a franqueadora aumentou o fundo de propaganda de 2 para 3%',
      'paguei a taxa de adesão de uma rede de franquia e nunca acharam o ponto',
      'comprei uma franquia e o suporte da circular de oferta nunca veio',
    ]) {
      expect(ids(text)).toContain('franquia-em-disputa');
      expect(level(text)).toBe('medium');
    }
    expect(ids('a franqueadora rescindiu o contrato')).not.toContain('franquia-em-disputa');
    expect(ids('tenho uma franquia e quero sair, a franqueadora cobra multa')).not.toContain('franquia-em-disputa');
    expect(ids('a operadora cortou a internet antes de acabar a franquia de dados', 'consumidor')).not.toContain('franquia-em-disputa');
    expect(ids('trabalhei numa loja franqueada e não recebi a rescisão', 'trabalhista')).not.toContain('franquia-em-disputa');
  });
  it('weighs a business contract rescinded or broken, or its supply cut, by the other company never low (CC arts. 408-416, 473 p.u., 475, 720; Lei 4.886/65 arts. 27 j, 34), not a franchise, the client\'s own exit, a question or another area', () => {
    const ids = (text: string, area = 'empresarial') => sut.features(newFacts({ area: area as never, complexitySignals: sut.signals(text) })).map((f) => f.id);
    for (const text of [
      'a empresa de limpeza rescindiu o contrato e quer cobrar multa',
      'represento uma fábrica e eles rescindiram meu contrato de representação sem aviso',
      'a distribuidora quer cortar o fornecimento antes do fim do contrato',
      'paguei adiantado e o fornecedor parou de entregar',
      'o frigorífico deixou de entregar a carne e eu quero sair do contrato sem multa',
    ]) expect(ids(text)).toContain('contrato-empresarial-rompido');
    const cut = newFacts({ area: 'empresarial', complexitySignals: sut.signals('o moinho parou de entregar a farinha') });
    expect(sut.assess(cut, 720, 1).complexity).toBe('medium');
    expect(ids('a franqueadora rescindiu o contrato')).not.toContain('contrato-empresarial-rompido');
    expect(ids('a franqueadora rescindiu o contrato')).toContain('franquia-rompida');
    expect(ids('quero sair e romper o contrato com o fornecedor')).not.toContain('contrato-empresarial-rompido');
    expect(ids('vendi outra marca no freezer e a cervejaria me cobrou multa')).not.toContain('contrato-empresarial-rompido');
    expect(ids('o fornecedor nunca parou de entregar, só quero um contrato escrito')).not.toContain('contrato-empresarial-rompido');
    expect(ids('a Cemig suspendeu o fornecimento de energia', 'consumidor')).not.toContain('contrato-empresarial-rompido');
    expect(ids('a empresa rescindiu o contrato', 'civil')).not.toContain('contrato-empresarial-rompido');
  });
  it('weighs goods a company\'s supplier delivered spoiled, defective, off-spec or off the order never low (CC arts. 313, 441-443, 445, 475, 484, 389, 402), not a routine supplier question nor a consumer\'s or another area\'s defect', () => {
    const ids = (text: string, area = 'empresarial') => sut.features(newFacts({ area: area as never, complexitySignals: sut.signals(text) })).map((f) => f.id);
    for (const text of [
      'o moinho que nos fornece farinha mandou um lote estragado',
      'o frigorífico mandou 200 kg de carne podre',
      'metade das peças veio com defeito de costura',
      'a siderúrgica mandou o aço fora da especificação',
      'recebi um lote de chocolate mofado do fornecedor',
      'a farinha veio com caruncho',
    ]) expect(ids(text)).toContain('fornecimento-viciado');
    const spoiled = newFacts({ area: 'empresarial', complexitySignals: sut.signals('o fornecedor mandou o peixe estragado de novo') });
    expect(sut.assess(spoiled, 720, 1).complexity).toBe('medium');
    for (const text of ['a distribuidora mandou o lote com a validade vencida', 'as chapas de granito vieram trincadas', 'o mdf veio todo empenado', 'o cimento chegou empedrado']) {
      expect(ids(text)).toContain('fornecimento-viciado');
    }
    // Off the order or the sample approved (CC arts. 313, 484), or spoiled on the way in the trade's words (CC arts. 441-445).
    for (const text of [
      'o fornecedor de vidro entregou as placas com a medida errada',
      'a distribuidora de aço mandou os perfis com a bitola errada, nada do que eu pedi',
      'a tecelagem entregou a malha numa cor diferente da amostra aprovada',
      'a fábrica mandou a grade com a numeração errada',
      'o frigorífico mandou as carcaças com um cheiro ruim',
      'o laticínio entregou o leite azedo',
      'a distribuidora entregou as latas de cerveja estufadas',
      'as vacinas chegaram quentes, sem refrigeração nenhuma',
      'o papel veio úmido e ondulado',
      'o atacadista mandou o arroz com a embalagem furada e bicho dentro',
    ]) expect(ids(text)).toContain('fornecimento-viciado');
    expect(ids('quero colocar no contrato uma cláusula sobre diferença de cor entre lotes')).not.toContain('fornecimento-viciado');
    expect(ids('queria saber como fazer o pedido com as medidas certas pro fornecedor')).not.toContain('fornecimento-viciado');
    expect(ids('a relação com o meu sócio azedou de vez')).not.toContain('fornecimento-viciado');
    expect(ids('comprei um vestido que veio numa cor diferente da foto', 'consumidor')).not.toContain('fornecimento-viciado');
    expect(ids('o fornecedor mandou a nota fiscal com o endereço errado')).not.toContain('fornecimento-viciado');
    expect(ids('o fornecedor atrasou um dia mas entregou tudo certo')).not.toContain('fornecimento-viciado');
    expect(ids('comprei uma geladeira que veio com defeito', 'consumidor')).not.toContain('fornecimento-viciado');
    expect(ids('o vizinho avisou que a árvore estava podre', 'civil')).not.toContain('fornecimento-viciado');
  });
  it('weighs a curatela or a tomada de decisão apoiada of an adult never low (CPC arts. 747-758; CC arts. 1.767-1.783-A; Lei 13.146/15 arts. 84-85), not a place interdicted or a capable parent\'s power of attorney', () => {
    const ids = (text: string, area = 'familia') => sut.features(newFacts({ area: area as never, complexitySignals: sut.signals(text) })).map((f) => f.id);
    for (const text of [
      'quero ser nomeada curadora da minha irmã que tem esquizofrenia',
      'preciso entrar com a interdição do meu pai',
      'como faço a tomada de decisão apoiada pro meu tio',
      'quero interditar minha mãe que está senil',
    ]) expect(ids(text)).toContain('curatela');
    expect(ids('o INSS pediu o termo de curatela da minha avó', 'previdenciario')).toContain('curatela');
    const facts = newFacts({ area: 'familia', complexitySignals: sut.signals('como faço a tomada de decisão apoiada pro meu tio') });
    expect(sut.assess(facts, 720, 1).complexity).toBe('medium');
    expect(ids('a prefeitura fez a interdição do estabelecimento', 'administrativo')).not.toContain('curatela');
    expect(ids('meu pai está lúcido e quer me dar uma procuração para o banco')).not.toContain('curatela');
    // A longer phrase would take 'curatela' from `vulneravel` where this feature does not weigh.
    expect(sut.signals('preciso de uma curatela provisória')).toEqual(expect.arrayContaining(['vulneravel', 'curatela']));
  });
  it('reads a person without discernment the family asks to act for as the curatela told without its name (CC arts. 104 I, 1.635 III and 1.767 I; CPC arts. 747-758; Lei 13.146/15 art. 85)', () => {
    const assessed = (texts: string[], area = 'familia') =>
      sut.assess(newFacts({ area: area as never, complexitySignals: sut.signals(texts.join('. '), texts) }), 720, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    for (const texts of [
      ['meu pai tem alzheimer avançado, não reconhece mais ninguém', 'o banco não deixa eu mexer na conta dele', 'somos três filhos e estamos de acordo'],
      ['minha esposa teve um avc e não entende mais nada', 'preciso movimentar a conta dela'],
      ['meu filho vai fazer 18 anos e não consegue lidar com dinheiro', 'quero continuar responsável por ele'],
      ['minha irmã não consegue decidir nada sozinha', 'quero cuidar das coisas dela'],
      // The discernment told as lacking, money not understood at all, the account only the holder may move, the support asked.
      ['minha mãe já não tem discernimento', 'a conta dela só ela pode mexer'],
      ['minha filha fez 18 anos e não entende nada de dinheiro', 'o banco diz que não posso mais assinar nada por ela'],
      ['minha irmã tem síndrome de down e não consegue decidir sozinha', 'queremos apoiar ela nas decisões'],
    ]) {
      const a = assessed(texts);
      expect(ids(a)).toContain('curatela');
      expect(a.complexity).toBe('medium');
    }
    expect(ids(assessed(['minha avó tem demência e não sabe o que assina', 'preciso administrar o dinheiro dela'], 'previdenciario'))).toContain('curatela');
    // A lucid parent's errand, a diagnosis told beside another case, or a body that cannot hold the pen: no curatela.
    expect(ids(assessed(['meu pai está lúcido e quer que eu possa mexer na conta dele']))).not.toContain('curatela');
    expect(ids(assessed(['queremos nos divorciar, o pai dela tem alzheimer e mora com a gente']))).not.toContain('curatela');
    expect(ids(assessed(['meu irmão ficou tetraplégico e não consegue assinar', 'preciso mexer na conta dele']))).not.toContain('curatela');
    expect(ids(assessed(['meu pai tem demência', 'preciso mexer na conta dele'], 'imobiliario'))).not.toContain('curatela');
    // A lucid spouse's account in a divorce, a partner who leaves the household money to the client: no curatela.
    expect(ids(assessed(['vamos nos divorciar, a conta conjunta agora só ele pode mexer']))).not.toContain('curatela');
    expect(ids(assessed(['meu companheiro não entende nada de conta, eu que cuido do dinheiro da casa']))).not.toContain('curatela');
  });
  it('weighs no harm in a curatela for the illness that took the discernment or the parents\' death that left the adult alone: they open it, the case claims nothing for them (CC arts. 1.767 I and 1.775; CPC arts. 747-755)', () => {
    const assessed = (texts: string[], area = 'familia') =>
      sut.assess(newFacts({ area: area as never, complexitySignals: sut.signals(texts.join('. '), texts) }), 720, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    for (const texts of [
      ['meu irmão tem deficiência intelectual, nossos pais morreram', 'ele não entende nada de dinheiro', 'quero ficar responsável por ele'],
      ['meu marido está em coma depois de um AVC', 'preciso sacar o dinheiro da conta dele', 'o banco disse que só com curatela'],
      ['preciso pedir a curatela do meu tio, que teve dano cerebral', 'o INSS pede o curador'],
      ['minha avó está de cadeira de rodas e tem alzheimer avançado, não reconhece mais ninguém', 'o banco não deixa eu mexer na conta dela'],
    ]) {
      const a = assessed(texts);
      expect(ids(a)).toContain('curatela');
      expect(ids(a)).not.toContain('dano-grave');
      expect(a.complexity).toBe('medium');
    }
    // Someone who hurt the person is harm the family may claim; outside the family the same words still weigh.
    const beaten = ['meu cunhado espancou minha mãe e ela ficou em coma', 'quero a curatela dela'];
    const violence = newFacts({ area: 'familia', notes: ['violence'] as never, complexitySignals: sut.signals(beaten.join('. '), beaten) });
    expect(ids(sut.assess(violence, 720, 1))).toEqual(expect.arrayContaining(['curatela', 'dano-grave']));
    expect(ids(assessed(['meu pai ficou em coma depois que o ônibus atropelou ele', 'a empresa não paga nada'], 'civil'))).toContain('dano-grave');
    // Without the curatela, a family case keeps the harm it tells.
    expect(ids(assessed(['meu marido me bateu e fraturou meu braço', 'quero o divórcio']))).toContain('dano-grave');
  });
  it('reads the bank\'s refusal, the family paying out of that person\'s money and a sale the family plans as the curatela told without its name (CC arts. 166 I, 1.750 and 1.781; CPC art. 755; Lei 13.146/15 art. 85)', () => {
    const assessed = (texts: string[], area = 'familia') =>
      sut.assess(newFacts({ area: area as never, complexitySignals: sut.signals(texts.join('. '), texts) }), 720, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    for (const [texts, area] of [
      [['minha esposa teve um AVC e não fala coisa com coisa', 'o banco disse que só ela assina'], 'familia'],
      [['meu avô está esclerosado', 'o banco não deixa ninguém mexer', 'precisamos pagar os remédios dele com o dinheiro dele'], 'familia'],
      [['meu marido perdeu a lucidez', 'o banco não deixa eu sacar nada'], 'familia'],
      [['minha filha fez 18 anos e não entende nada de contas', 'quero continuar cuidando do dinheiro dela'], 'previdenciario'],
      [['minha tia não entende nada de dinheiro', 'eu sou a sobrinha que cuida dela'], 'previdenciario'],
      [['minha mãe tem alzheimer', 'precisamos vender os apartamentos dela pra pagar a clínica'], 'familia'],
      [['Minha genitora tem Alzheimer', 'a instituição financeira informou que somente ela assina'], 'familia'],
    ] as [string[], string][]) {
      const a = assessed(texts, area);
      expect(ids(a)).toContain('curatela');
      expect(a.complexity).toBe('medium');
    }
    // The same words without a person lacking discernment, or with another relative already caring: no curatela.
    expect(ids(assessed(['minha mãe faleceu e o banco não deixa ninguém mexer na conta dela']))).not.toContain('curatela');
    expect(ids(assessed(['quero registrar meu filho com o nome do pai', 'eu cuido dele sozinha']))).not.toContain('curatela');
    expect(ids(assessed(['queremos o divórcio', 'a mãe dela tem demência, mas é o irmão dela quem cuida dela, já está resolvido']))).not.toContain('curatela');
    expect(ids(assessed(['meu pai é lúcido e quer vender os terrenos dele']))).not.toContain('curatela');
  });
  it('weighs the curatela the notes read across messages (`guardianship`: the benefit no one can draw, the power of attorney the bank refused) where the curatela weighs (CC arts. 1.767 I and 1.781; CPC art. 747)', () => {
    const assessed = (area: string) => sut.assess(newFacts({ area: area as never, notes: ['guardianship'] }), 720, 1);
    expect(assessed('familia').features.map((f) => f.id)).toContain('curatela');
    expect(assessed('familia').complexity).toBe('medium');
    expect(assessed('imobiliario').features.map((f) => f.id)).not.toContain('curatela');
  });
  it("weighs a professional driver's licence at stake in an administrative case, and leaves a plain fine low", () => {
    const suspension = sut.signals('sou taxista e o DETRAN abriu processo para suspender meu direito de dirigir; uma das multas é de um lugar onde não passei');
    expect(suspension).toContain('motorista-profissional');
    const facts = (signals: string[]) => newFacts({ area: 'administrativo', subarea: 'multa de trânsito e CNH', complexitySignals: signals });
    expect(sut.features(facts(suspension)).map((f) => f.id)).toContain('motorista-profissional');
    expect(sut.assess(facts(sut.signals('sou caminhoneiro e recebi uma multa de trânsito')), 720, 1).complexity).toBe('low');
    expect(sut.features(newFacts({ area: 'trabalhista', complexitySignals: ['motorista-profissional'] }))).toEqual([]);
  });
  it("weighs a traffic fine's defence running as its own proceeding, whose term days off is no lawsuit due (CTB arts. 280-282 and 285-288)", () => {
    const fine = (subarea: string) =>
      sut.assess(newFacts({ area: 'administrativo', subarea, urgencySignals: ['prazo-proximo'], complexitySignals: sut.signals('levei uma multa por parar na faixa e o prazo para defesa acaba em dois dias') }), 1, 1);
    const traffic = fine('multa de trânsito e CNH');
    expect(traffic.features.map((f) => f.id)).toContain('defesa-de-multa-em-curso');
    expect(traffic.features.map((f) => f.id)).not.toContain('processo-em-curso');
    expect(traffic.complexity).toBe('low');
    // Another kind's proceeding with its term days off keeps the lawsuit's floor.
    expect(fine('processo administrativo disciplinar').features.map((f) => f.id)).toContain('processo-em-curso');
  });
  it('weighs a benefit the INSS cut or suspended in a social-security case only, and not a benefit refused at the first request', () => {
    const cut = newFacts({ area: 'previdenciario', subarea: 'auxílio por incapacidade temporária', complexitySignals: sut.signals('o INSS cortou meu auxílio-doença depois da perícia') });
    expect(sut.features(cut).map((f) => f.id)).toContain('beneficio-cessado');
    expect(sut.assess(cut, 1, 1).complexity).toBe('medium');
    expect(sut.signals('o INSS negou meu auxílio-doença')).not.toContain('beneficio-cessado');
    expect(sut.signals('o perito deu alta e o benefício parou este mês')).toContain('beneficio-cessado');
    expect(sut.signals('o médico do hospital me deu alta ontem')).not.toContain('beneficio-cessado');
    expect(sut.features(newFacts({ area: 'consumidor', complexitySignals: ['beneficio-cessado'] }))).toEqual([]);
  });

  it('weighs a sequel told by the insured back at work as the auxílio-acidente asked, not grave harm (Lei 8.213/91 art. 86; Tema 862 STJ)', () => {
    const told = (...texts: string[]) =>
      sut.assess(newFacts({ area: 'previdenciario', subarea: 'auxílio por incapacidade temporária', complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    // A fracture fixed with surgery, the auxílio-doença ended, the worker back at his job with a limitation: a routine request.
    const back = told('escorreguei no banheiro de casa e fraturei o cotovelo, precisei operar', 'fiquei afastado pelo INSS uns meses, recebi alta e voltei, mas o braço não estica mais');
    expect(ids(back)).not.toContain('dano-grave');
    expect(ids(back)).not.toContain('beneficio-cessado');
    expect(back.complexity).toBe('low');
    // Still unable to work when the INSS cut the benefit: the cut is disputed, but a fracture that heals is a temporary
    // incapacity (the date of recovery, art. 60 §§8º-9º), no grave harm; a stroke's paralysis lasts, and weighs.
    const unable = told('fraturei o cotovelo e precisei operar', 'o INSS cortou meu auxílio-doença e ainda não consigo trabalhar');
    expect(ids(unable)).toContain('beneficio-cessado');
    expect(ids(unable)).not.toContain('dano-grave');
    expect(unable.complexity).toBe('medium');
    const paralysed = told('tive um AVC e fiquei com o lado esquerdo paralisado', 'o INSS cortou meu auxílio-doença e ainda não consigo trabalhar');
    expect(ids(paralysed)).toContain('dano-grave');
    // The disability retirement only wished for is the request to prove, not harm held.
    const wished = told('tenho hérnia de disco', 'o INSS cortou meu auxílio-doença, queria me aposentar por invalidez');
    expect(ids(wished)).toContain('invalidez-pedida');
    expect(ids(wished)).not.toContain('dano-grave');
    // An accident at work keeps the cut: the work's link is proved in the ação acidentária (art. 129 II; Súmula 15 STJ).
    const atWork = told('sofri um acidente de trabalho e fraturei o cotovelo', 'o perito deu alta e o benefício parou; voltei pra empresa com limitação');
    expect(ids(atWork)).not.toContain('dano-grave');
    expect(atWork.complexity).toBe('medium');
    // Back at work, but the benefit refused when asked: a dispute again.
    expect(ids(told('fraturei o cotovelo', 'recebi alta e voltei, pedi o auxílio-acidente e o INSS negou', 'o INSS cortou o auxílio')).length).toBeGreaterThan(0);
  });

  it('weighs outsourced work as two liable parties in a labour case (Súmula 331 TST)', () => {
    const signals = sut.signals('eu era terceirizada no hospital do Estado');
    expect(signals).toContain('terceirizacao');
    expect(sut.features(newFacts({ area: 'trabalhista', complexitySignals: signals })).map((f) => f.id)).toEqual(['terceirizacao']);
    expect(sut.features(newFacts({ area: 'consumidor', complexitySignals: signals }))).toEqual([]);
  });

  it('reads outsourcing told in everyday words: the company that serves another, and the taker that says it paid the contract (Súmula 331 IV TST)', () => {
    expect(sut.signals('sou da empresa que presta serviço pro shopping')).toContain('terceirizacao');
    expect(sut.signals('quem me contratou foi uma prestadora de serviços')).toContain('terceirizacao');
    expect(sut.signals('o síndico falou que o condomínio já pagou o contrato')).toContain('terceirizacao');
    // The client's own services (a bond to prove), or a direct employee of a cleaning company.
    expect(sut.signals('eu tinha CNPJ e prestava serviço pra uma empresa')).not.toContain('terceirizacao');
    expect(sut.signals('trabalho numa empresa de limpeza e pedi demissão')).not.toContain('terceirizacao');
  });

  it('weighs an outsourcing contractor that vanished as several defendants, and high with many workers (Súmula 331 IV TST; CLT art. 855-A)', () => {
    const gone = sut.signals('a empresa terceirizada sumiu sem pagar ninguém');
    expect(gone).toEqual(expect.arrayContaining(['terceirizacao', 'parte-sumida']));
    const one = sut.assess(newFacts({ area: 'trabalhista', complexitySignals: gone }), 1, 1);
    expect(one.features.map((f) => f.id)).toEqual(['terceirizacao', 'varias-partes']);
    expect(one.complexity).toBe('medium');
    expect(sut.assess(newFacts({ area: 'trabalhista', complexitySignals: [...gone, 'coletivo'] }), 1, 1).complexity).toBe('high');
    // The contractor still there: its own liability, the client company's only subsidiary.
    expect(sut.features(newFacts({ area: 'trabalhista', complexitySignals: ['terceirizacao', 'coletivo'] })).map((f) => f.id)).not.toContain('varias-partes');
  });

  it('reads a block told in the passive or by the court as a court constraint, and an exclusion from the Simples as a proceeding', () => {
    expect(sut.signals('minha conta foi bloqueada por ordem judicial')).toEqual(expect.arrayContaining(['constricao', 'processo-em-curso']));
    expect(sut.signals('as contas da empresa foram bloqueadas pela Justiça Federal')).toContain('constricao');
    expect(sut.signals('chegou o termo de exclusão do Simples Nacional')).toContain('processo-em-curso');
  });

  it('reads a block of several accounts told in the plural as assets already constrained in a running lawsuit', () => {
    expect(sut.signals('bloquearam as contas da empresa e a minha também')).toEqual(expect.arrayContaining(['constricao', 'processo-em-curso']));
  });

  it('reads abuse as a child discloses it; against a child it is a serious crime in a criminal case', () => {
    const signals = sut.signals('ela contou que o motorista mexe nela quando fica por último');
    expect(signals).toEqual(['crime-sexual']);
    const facts = newFacts({ area: 'criminal', complexitySignals: [...signals, 'vulneravel'] });
    expect(sut.features(facts).map((f) => f.id)).toContain('crime-grave');
  });

  it('reads armed men sent to expel someone as an armed threat, in every area', () => {
    expect(sut.signals('vieram uns homens armados e mandaram o caseiro sair')).toEqual(['ameaca-armada']);
    expect(sut.features(newFacts({ area: 'imobiliario', complexitySignals: ['ameaca-armada'] })).map((f) => f.id)).toEqual(['ameaca-armada']);
  });

  it('reads a progressive disease as health at risk only when its treatment is refused', () => {
    const signals = sut.signals('meu filho tem atrofia muscular espinhal');
    expect(signals).toEqual(['doenca-progressiva']);
    expect(sut.features(newFacts({ complexitySignals: signals })).map((f) => f.id)).toEqual([]);
    const refused = newFacts({ complexitySignals: [...signals, 'tratamento-negado'] });
    expect(sut.features(refused).map((f) => f.id)).toEqual(['tratamento-negado', 'risco-a-saude']);
  });

  it("weighs an external worker's hours kept by a tracker in labour cases only (the art. 62 I defence to prove against)", () => {
    const signals = sut.signals('o caminhão tem rastreador e a empresa via tudo');
    expect(signals).toEqual(['jornada-externa']);
    expect(sut.features(newFacts({ area: 'trabalhista', complexitySignals: signals })).map((f) => f.id)).toEqual(['jornada-externa']);
    expect(sut.features(newFacts({ area: 'criminal', complexitySignals: signals }))).toEqual([]);
  });

  it('reads a benefit blocked or suspended by its agent as a benefit cut, and a name registered by another business as a trademark conflict', () => {
    expect(sut.signals('minha aposentadoria foi suspensa pelo INSS; o benefício está bloqueado')).toContain('beneficio-cessado');
    expect(sut.signals('caí no pente fino e a carta de cessação chegou ontem')).toEqual(['beneficio-cessado']);
    expect(sut.signals('uma firma registrou no INPI o nome da minha confeitaria')).toContain('conflito-de-marca');
    // A competitor trading under the client's sign (LPI arts. 189 and 195 III), not the client's own registration.
    expect(sut.signals('inauguraram uma empresa com o mesmo nome no shopping e copiaram o logo')).toContain('conflito-de-marca');
    expect(sut.signals('quero registrar o nome da minha loja no INPI')).not.toContain('conflito-de-marca');
  });

  it('weighs two businesses sharing a name nobody has registered as a filing to make, not a trademark conflict (Lei 9.279/96 art. 129)', () => {
    const told = (text: string) => sut.assess(newFacts({ area: 'empresarial', complexitySignals: sut.signals(text) }), 1, 1);
    const unregistered = told('abriram uma empresa com o mesmo nome em outra cidade, mas ninguém registrou no INPI ainda');
    expect(unregistered.features.map((f) => f.id)).not.toContain('conflito-de-marca');
    expect(unregistered.complexity).toBe('low');
    expect(told('abriram uma empresa com o mesmo nome e copiaram o logo').features.map((f) => f.id)).toContain('conflito-de-marca');
  });

  it('weighs a child about to be taken abroad as a child taken, in a family case', () => {
    const facts = newFacts({ area: 'familia', urgencySignals: ['crianca-exterior'] });
    expect(sut.features(facts).map((f) => f.id)).toContain('crianca-retida');
    expect(sut.features(newFacts({ area: 'consumidor', urgencySignals: ['crianca-exterior'] })).map((f) => f.id)).not.toContain('crianca-retida');
  });

  it("weighs a prisoner's custody at stake now as high in a criminal case: the open regime's convict arrested again, a prisoner in danger inside (LEP arts. 40, 41 and 118 §2º; CF art. 5º XLIX; CPP art. 647)", () => {
    const told = (area: 'criminal' | 'administrativo', urgencySignals: string[]) => sut.assess(newFacts({ area, urgencySignals }), 1, 1);
    for (const signal of ['regressao-cautelar', 'regressao-decretada', 'preso-em-perigo']) {
      const custody = told('criminal', [signal]);
      expect(custody.features.map((f) => f.id)).toContain('custodia-em-risco');
      expect(custody.complexity).toBe('high');
      // The State's liability for a harm inside is the claim's own case, weighed by its own features.
      expect(told('administrativo', [signal]).features.map((f) => f.id)).not.toContain('custodia-em-risco');
    }
    // A sentence served with no arrest nor danger told is the execution's incident, not this.
    expect(told('criminal', ['prisao']).features.map((f) => f.id)).not.toContain('custodia-em-risco');
  });

  it('reads an arrest told in everyday words as liberty at stake while the person is held, not an arrest that ended with bail', () => {
    expect(sut.signals('ele tá lá na delegacia até agora, falaram que hoje vai ser levado pro juiz')).toContain('liberdade');
    expect(sut.signals('me levaram para a delegacia, paguei fiança e fui solto')).not.toContain('liberdade');
    // The client apprehended, an adolescent's custody (ECA arts. 106-108 and 171-175); not a thing seized.
    expect(sut.signals('fui apreendido ontem junto com uns colegas e ainda to na delegacia')).toContain('liberdade');
    expect(sut.signals('tô apreendida desde sexta')).toContain('liberdade');
    expect(sut.signals('meu celular foi apreendido na blitz')).not.toContain('liberdade');
  });

  it('weighs an arrest that ended with bail as no liberty at stake, unless the crime is serious (CPP arts. 322 and 324 IV)', () => {
    const weighed = (text: string, notes: string[] = []) => sut.features(newFacts({ area: 'criminal', notes, complexitySignals: sut.signals(text) })).map((f) => f.id);
    expect(weighed('foi preso em flagrante na blitz')).toContain('liberdade');
    expect(weighed('foi preso em flagrante na blitz e pagou fiança')).not.toContain('liberdade');
    // A bail set counts once the release is told (the client note `custody-ended`): unpaid, the person is still held.
    expect(weighed('fizeram o flagrante e o delegado arbitrou fiança de R$ 3 mil')).toContain('liberdade');
    expect(weighed('fizeram o flagrante e o delegado arbitrou fiança de R$ 3 mil, eu paguei e ele foi solto', ['custody-ended'])).not.toContain('liberdade');
    expect(weighed('foi preso em flagrante por roubo e pagou fiança')).toContain('liberdade');
  });

  it('weighs one released at the custody hearing or on provisional release as no liberty at stake, a medium defence, unless the crime is serious or the release is asked (CPP arts. 310 III, 319 and 321)', () => {
    const assessed = (text: string) => sut.assess(newFacts({ area: 'criminal', complexitySignals: sut.signals(text) }), 1, 1);
    const ids = (text: string) => assessed(text).features.map((f) => f.id);
    expect(ids('meu filho foi preso por furto e foi solto na audiência de custódia')).not.toContain('liberdade');
    expect(assessed('meu filho foi preso por furto e foi solto na audiência de custódia').complexity).toBe('medium');
    expect(ids('meu marido foi preso bêbado na blitz e o juiz concedeu liberdade provisória')).not.toContain('liberdade');
    expect(ids('estou respondendo o processo em liberdade')).toContain('solto-aguardando-o-processo');
    // The release wished or denied: the person is still held.
    expect(ids('meu filho foi preso hoje, quero que ele saia com liberdade provisória')).toContain('liberdade');
    expect(ids('meu filho foi preso e na custódia o juiz negou a liberdade provisória')).toContain('liberdade');
    // A serious crime, or held again with the release asked.
    expect(ids('foi preso por roubo e solto na audiência de custódia')).toContain('liberdade');
    expect(ids('ele tinha sido solto na audiência de custódia mas prenderam ele de novo, queremos soltar ele')).toContain('liberdade');
  });

  it("reads a collector's threat to seize as no seizure, and a seizure ordered as one", () => {
    const threat = sut.signals('a empresa de cobrança fala que vão me processar, penhorar minhas coisas');
    expect(threat).not.toContain('constricao');
    expect(threat).not.toContain('processo-em-curso');
    expect(sut.signals('o juiz mandou penhorar o carro')).toEqual(expect.arrayContaining(['constricao', 'processo-em-curso']));
  });

  it('reads the court officer as clients name them, and the conciliation centre, as a lawsuit under way', () => {
    expect(sut.signals('ontem um moço do fórum veio aqui e me entregou uns papéis')).toContain('processo-em-curso');
    expect(sut.signals('a data é dia 20, no centro de conciliação')).toContain('processo-em-curso');
  });

  it('weighs a child beaten at home as high in a family case, with the child vulnerable; not outside family and criminal cases', () => {
    const text = 'o companheiro da mãe bate nela e no irmãozinho com cinto';
    const family = newFacts({ area: 'familia', subarea: 'guarda e convivência', complexitySignals: sut.signals(text) });
    expect(sut.features(family).map((f) => f.id)).toEqual(expect.arrayContaining(['crianca-agredida', 'vulneravel']));
    expect(sut.assess(family, 1, 1).complexity).toBe('high');
    expect(sut.features({ ...family, area: 'consumidor' }).map((f) => f.id)).not.toContain('crianca-agredida');
  });

  it('reads a pregnant employee dismissed as never low in a labour case; not a dismissal feared, nor outside labour law', () => {
    const text = 'estava grávida de dois meses quando a loja me dispensou';
    expect(sut.signals(text)).toContain('gestante-dispensada');
    expect(sut.signals('avisei que tô grávida e tenho medo que me demitam')).not.toContain('gestante-dispensada');
    expect(sut.signals('fiquei grávida e não me demitiram')).not.toContain('gestante-dispensada');
    const labour = newFacts({ area: 'trabalhista', subarea: 'verbas rescisórias', complexitySignals: sut.signals(text) });
    expect(sut.assess(labour, 1, 1).complexity).toBe('medium');
    expect(sut.features({ ...labour, area: 'familia' }).map((f) => f.id)).not.toContain('gestante-dispensada');
  });

  it('reads a dismissal answering the worker\'s own complaint as never low in a labour case (Lei 9.029/95), not outside labour law', () => {
    const text = 'fui demitida da escola uma semana depois que denunciei um colega';
    expect(sut.signals(text)).toContain('dispensa-retaliatoria');
    expect(sut.signals('minha colega reclamou do chefe e foi mandada embora')).not.toContain('dispensa-retaliatoria');
    const labour = newFacts({ area: 'trabalhista', subarea: 'verbas rescisórias', complexitySignals: sut.signals(text) });
    expect(sut.assess(labour, 1, 1).complexity).toBe('medium');
    expect(sut.features({ ...labour, area: 'administrativo' }).map((f) => f.id)).not.toContain('dispensa-retaliatoria');
  });

  it('reads time records that hide the hours worked as never low in a labour case (Súmula 338 III TST), not outside labour law', () => {
    const text = 'a empresa mandava a gente bater o ponto às 18h e voltar pra trabalhar até as 21h';
    expect(sut.signals(text)).toContain('ponto-que-esconde-horas');
    const labour = newFacts({ area: 'trabalhista', subarea: 'direitos trabalhistas', complexitySignals: sut.signals(text) });
    expect(sut.assess(labour, 1, 1).complexity).toBe('medium');
    expect(sut.features({ ...labour, area: 'administrativo' }).map((f) => f.id)).not.toContain('ponto-que-esconde-horas');
    // An overtime case already weighs the hours to prove.
    expect(sut.features({ ...labour, subarea: 'horas extras e jornada' }).map((f) => f.id)).not.toContain('ponto-que-esconde-horas');
  });

  it('weighs a union never registered with property to divide as a union to declare first (CC arts. 1.723 and 1.725), not when the two agree', () => {
    const split = sut.signals('vivemos juntos 10 anos, não era casado no papel, e a casa tá no nome dele mas eu ajudei a pagar, ainda não fizemos a partilha');
    expect(split).toEqual(expect.arrayContaining(['uniao-a-comprovar', 'patrimonio']));
    const couple = newFacts({ area: 'familia', subarea: 'direito de família', complexitySignals: split });
    expect(sut.features(couple).map((f) => f.id)).toContain('uniao-a-declarar-com-bens');
    expect(sut.assess(couple, 1, 1).complexity).toBe('medium');
    expect(sut.features({ ...couple, complexitySignals: [...split, 'consensual'] }).map((f) => f.id)).not.toContain('uniao-a-declarar-com-bens');
    expect(sut.features({ ...couple, area: 'previdenciario' }).map((f) => f.id)).not.toContain('uniao-a-declarar-com-bens');
  });

  it('weighs a public employer\'s dismissal, disciplinary inquiry or withdrawn post of trust never low in a labour case (CF arts. 37 and 41; Súmulas 77, 372 I and 390 I TST; STF Temas 131 and 1.022)', () => {
    const labour = (...messages: string[]) =>
      newFacts({ area: 'trabalhista', subarea: 'verbas rescisórias', complexitySignals: messages.flatMap((m) => sut.signals(m)) });
    const ids = (...messages: string[]) => sut.features(labour(...messages)).map((f) => f.id);
    for (const messages of [
      ['fui demitido sem justa causa da fundação pública de cultura do estado'],
      ['sou carteiro dos correios e abriram uma apuração interna contra mim'],
      ['sou funcionária da Caixa e fui descomissionada depois de 11 anos como gerente'],
      // The employer and its act told in different messages.
      ['passei no concurso da prefeitura, regime CLT', 'fiquei 8 meses e me dispensaram'],
    ]) expect(ids(...messages)).toContain('ato-de-empregador-publico');
    expect(sut.assess(labour('trabalhava no SAAE, que é autarquia, e me mandaram embora'), 1, 1).complexity).toBe('medium');
    // A state company's routine question, the worker's own resignation, a private employer paying into a state bank, a private bank's inquiry.
    expect(ids('sou funcionária da Caixa e queria vender 10 dias de férias')).not.toContain('ato-de-empregador-publico');
    expect(ids('pedi demissão dos Correios porque passei em outro emprego')).not.toContain('ato-de-empregador-publico');
    expect(ids('me mandaram embora da farmácia e não caiu nada na minha conta do Banco do Brasil')).not.toContain('ato-de-empregador-publico');
    expect(ids('fui mandado embora do supermercado e fui na caixa sacar o fgts')).not.toContain('ato-de-empregador-publico');
    expect(ids('trabalho no Bradesco e abriram uma apuração interna')).not.toContain('ato-de-empregador-publico');
    // Asking to leave "as if dismissed" (CLT art. 483) is no dismissal made.
    expect(ids('sou concursada da Sabesp e quero sair como se tivesse sido mandada embora')).not.toContain('ato-de-empregador-publico');
    // Labour cases only: a servant's discharge is the administrative case's own.
    const facts = labour('fui demitido sem justa causa da fundação pública de cultura do estado');
    expect(sut.features({ ...facts, area: 'administrativo' }).map((f) => f.id)).not.toContain('ato-de-empregador-publico');
  });

  it('reads the client\'s pregnancy told apart from her dismissal as a pregnant employee dismissed, where the labour case is the dismissal', () => {
    const signals = [...sut.signals('Fui demitida ontem sem justa causa da farmácia'), ...sut.signals('esqueci de falar: estou grávida de 3 meses')];
    const dismissal = newFacts({ area: 'trabalhista', subarea: 'verbas rescisórias', complexitySignals: signals });
    expect(sut.features(dismissal).map((f) => f.id)).toContain('gestante-dispensada');
    expect(sut.assess(dismissal, 1, 1).complexity).toBe('medium');
    expect(sut.features({ ...dismissal, subarea: 'reversão de justa causa' }).map((f) => f.id)).toContain('gestante-dispensada');
    // Overtime of a worker still employed, a benefit, a husband whose wife is pregnant, a pregnancy denied: none.
    expect(sut.features({ ...dismissal, subarea: 'horas extras e jornada' }).map((f) => f.id)).not.toContain('gestante-dispensada');
    expect(sut.features({ ...dismissal, area: 'previdenciario' }).map((f) => f.id)).not.toContain('gestante-dispensada');
    expect(sut.signals('minha esposa está grávida de 5 meses')).not.toContain('gravidez-da-cliente');
    expect(sut.signals('não estou grávida, só passei mal')).not.toContain('gravidez-da-cliente');
    expect(sut.signals('fiquei grávida em março')).toContain('gravidez-da-cliente');
  });

  it('reads companies opened in a relative\'s name as hidden assets, and "firmas" as companies', () => {
    expect(sut.signals('ele abriu duas firmas no nome da mulher e passou os caminhões')).toContain('ocultacao-de-bens');
    const two = sut.signals('as duas firmas se recusam a pagar');
    expect(sut.features(newFacts({ area: 'trabalhista', complexitySignals: two })).map((f) => f.id)).toContain('varias-partes');
    expect(sut.signals('trabalhei em outras firmas antes')).not.toContain('varias-empresas');
  });

  it('reads the companies of a contribution history as no parties in a social-security case: the INSS is the only one', () => {
    const history = sut.signals('trabalhei em três empresas, todas de carteira assinada, e quero me aposentar');
    expect(history).toContain('varias-empresas');
    expect(sut.features(newFacts({ area: 'previdenciario', complexitySignals: history })).map((f) => f.id)).not.toContain('varias-partes');
    // Another dependant asking the same pension still is one.
    const shared = sut.signals('a primeira esposa dele também foi no INSS pedir a pensão');
    expect(sut.features(newFacts({ area: 'previdenciario', complexitySignals: shared })).map((f) => f.id)).toContain('varias-partes');
  });

  it('reads a bruise told in everyday words as bodily harm', () => {
    expect(sut.signals('vi marcas roxas nas pernas dela')).toContain('lesao-corporal');
    expect(sut.signals('fiquei com o olho roxo')).toContain('lesao-corporal');
    // The wound told as what the client took (CP art. 129; CC art. 949); another's wound in a story the client is accused in is not the client's harm.
    expect(sut.signals('levei pontos na cabeça depois da garrafada')).toContain('lesao-corporal');
    expect(sut.signals('levei uma facada numa briga de bar')).toContain('lesao-corporal');
    expect(sut.signals('o rapaz levou uma facada naquela briga')).not.toContain('lesao-corporal');
  });

  it("weighs a collision with a company's vehicle as two liable parties in a civil case only (CC art. 932 III)", () => {
    const facts = newFacts({ area: 'civil', complexitySignals: sut.signals('o carro dele é da empresa onde ele trabalha') });
    expect(sut.features(facts).map((f) => f.id)).toContain('varias-partes');
    expect(sut.features({ ...facts, area: 'trabalhista' }).map((f) => f.id)).not.toContain('varias-partes');
  });

  it("weighs no worker's claim for the employer who asks how to dismiss for cause; the sued employer's case is disputed", () => {
    const words = sut.signals('posso dar justa causa por causa dos atrasos? ja dei duas advertencias por escrito');
    expect(words).toContain('tipo-nao-simples');
    const asking = newFacts({ area: 'trabalhista', complexitySignals: words, notes: ['client-employer'] });
    expect(sut.features(asking).map((f) => f.id)).not.toContain('tipo-nao-simples');
    expect(sut.assess(asking, 1, 1).complexity).toBe('low');
    const sued = newFacts({ area: 'trabalhista', complexitySignals: words, notes: ['client-employer', 'defendant'] });
    expect(sut.features(sued).map((f) => f.id)).toContain('tipo-nao-simples');
    const worker = newFacts({ area: 'trabalhista', complexitySignals: words });
    expect(sut.features(worker).map((f) => f.id)).toContain('tipo-nao-simples');
  });

  it("reads the client's home bought and never registered (contrato de gaveta) as never simple, and a plot sold that way or a home with a deed as nothing", () => {
    const home = sut.signals('comprei minha casa de um senhor por contrato de gaveta e nunca passei a escritura pro meu nome');
    expect(home).toEqual(expect.arrayContaining(['compra-sem-registro', 'moradia']));
    const facts = newFacts({ area: 'imobiliario', complexitySignals: home });
    expect(sut.features(facts).map((f) => f.id)).toContain('moradia-sem-registro');
    expect(sut.assess(facts, 1, 1).complexity).not.toBe('low');
    const plotSold = newFacts({ area: 'imobiliario', complexitySignals: sut.signals('vendi um terreno por contrato de gaveta e o comprador não transferiu') });
    expect(sut.features(plotSold).map((f) => f.id)).not.toContain('moradia-sem-registro');
    const deeded = newFacts({ area: 'imobiliario', complexitySignals: sut.signals('a escritura da minha casa está no meu nome, registrada no cartório') });
    expect(sut.features(deeded).map((f) => f.id)).not.toContain('moradia-sem-registro');
  });

  it('weighs a possession of years claimed back by whoever holds the title as high (usucapião as a defence), a lease\'s years and a neighbour\'s claim as nothing of it', () => {
    const held = sut.signals('moro há 22 anos numa casa que o dono abandonou. Agora os herdeiros dele querem que eu saia');
    expect(held).toEqual(expect.arrayContaining(['posse-longa', 'posse-reclamada']));
    const facts = newFacts({ area: 'imobiliario', subarea: 'regularização de imóvel e usucapião', complexitySignals: held });
    expect(sut.features(facts).map((f) => f.id)).toContain('posse-antiga-disputada');
    expect(sut.assess(facts, 1, 1).complexity).toBe('high');
    expect(sut.signals('chegou uma ação de imissão na posse, o comprador quer entrar na casa onde eu moro desde 2008')).toEqual(
      expect.arrayContaining(['posse-longa', 'posse-reclamada']),
    );
    // Claimed back only: no possession of years told.
    const recent = newFacts({ area: 'imobiliario', complexitySignals: sut.signals('comprei a casa ano passado e o antigo dono quer a casa de volta') });
    expect(sut.features(recent).map((f) => f.id)).not.toContain('posse-antiga-disputada');
    // A tenant's years are the landlord's possession (CC art. 1.197).
    const tenant = newFacts({ area: 'imobiliario', subarea: 'despejo por falta de pagamento', complexitySignals: sut.signals('moro de aluguel há 10 anos e o dono quer me despejar') });
    expect(sut.features(tenant).map((f) => f.id)).not.toContain('posse-antiga-disputada');
    // A neighbour who says the strip is his is a boundary's dispute.
    expect(sut.signals('moro nessa casa há 20 anos e o vizinho diz que o terreno é dele')).not.toContain('posse-reclamada');
    // In a family case the one who stayed is a co-heir or a surviving spouse, weighed by the inventory.
    const widow = newFacts({ area: 'familia', subarea: 'inventário e herança', complexitySignals: held });
    expect(sut.features(widow).map((f) => f.id)).not.toContain('posse-antiga-disputada');
  });

  it('keeps a possession of years high when no rent was ever paid or the place was lent, whatever the eviction\'s words (no lease)', () => {
    const heirs = sut.signals('moro nessa casa há 19 anos e os herdeiros querem me despejar, mas eu nunca paguei aluguel');
    expect(heirs).toEqual(expect.arrayContaining(['posse-longa', 'posse-reclamada', 'sem-aluguel']));
    const evicted = newFacts({ area: 'imobiliario', subarea: 'despejo por falta de pagamento', complexitySignals: heirs });
    expect(sut.features(evicted).map((f) => f.id)).toContain('posse-antiga-disputada');
    expect(sut.assess(evicted, 1, 1).complexity).toBe('high');
    const lent = sut.signals('o dono deixou a gente morar, ele morreu e o neto dele quer me despejar, moro aqui faz 26 anos');
    expect(lent).toContain('sem-aluguel');
    const lentFacts = newFacts({ area: 'imobiliario', subarea: 'despejo sem atraso de aluguel (fim do contrato ou retomada do imóvel)', complexitySignals: lent });
    expect(sut.features(lentFacts).map((f) => f.id)).toContain('posse-antiga-disputada');
    // A tenant who pays, or never paid late, keeps the lease's reading (CC art. 1.197).
    for (const text of ['moro de aluguel há 10 anos e o dono quer me despejar', 'alugo há 12 anos, nunca atrasei o aluguel e o dono quer me despejar, moro aqui há 12 anos']) {
      const signals = sut.signals(text);
      expect(signals).not.toContain('sem-aluguel');
      const tenant = newFacts({ area: 'imobiliario', subarea: 'despejo por falta de pagamento', complexitySignals: signals });
      expect(sut.features(tenant).map((f) => f.id)).not.toContain('posse-antiga-disputada');
    }
  });

  it('reads the owner\'s heirs or kin claiming the place as the title\'s claim, not where the client bought it and only the deed is missing', () => {
    const claimed = sut.signals('tenho a posse de um sítio há mais de 15 anos e agora apareceu o filho do antigo dono dizendo que a terra é dele');
    expect(claimed).toEqual(expect.arrayContaining(['posse-longa', 'titulo-dos-herdeiros']));
    const facts = newFacts({ area: 'imobiliario', subarea: 'regularização de imóvel e usucapião', complexitySignals: claimed });
    expect(sut.features(facts).map((f) => f.id)).toContain('posse-antiga-disputada');
    expect(sut.assess(facts, 1, 1).complexity).toBe('high');
    expect(sut.signals('minha família reside há 28 anos no terreno e os herdeiros nos notificaram para desocupação')).toEqual(
      expect.arrayContaining(['posse-longa', 'posse-reclamada']),
    );
    expect(sut.signals('os herdeiros entraram com uma ação de despejo contra mim')).toContain('posse-reclamada');
    // The seller's heirs saying the house bought by a receipt is theirs refuse the deed: adjudicação compulsória (Súmula 239 STJ).
    const bought = sut.signals('moro há 22 anos na minha casa, comprei sem escritura e os sobrinhos do antigo dono dizem que a casa é deles');
    const boughtFacts = newFacts({ area: 'imobiliario', subarea: 'regularização de imóvel e usucapião', complexitySignals: bought });
    expect(sut.features(boughtFacts).map((f) => f.id)).not.toContain('posse-antiga-disputada');
    // Heirs who only want to sell, or a neighbour's word, claim nothing from the occupant.
    expect(sut.signals('os herdeiros do dono querem vender a casa')).not.toContain('posse-reclamada');
    expect(sut.signals('os herdeiros do dono querem vender a casa')).not.toContain('titulo-dos-herdeiros');
    expect(sut.signals('o vizinho diz que o terreno é dele')).not.toContain('titulo-dos-herdeiros');
  });

  it('weighs a property sold to two buyers as never low, and high with a large sum at stake', () => {
    const signals = sut.signals('a loteadora vendeu o mesmo terreno pra mim e pra um vizinho, e ele já registrou');
    expect(signals).toContain('dupla-venda');
    expect(sut.assess(newFacts({ area: 'imobiliario', complexitySignals: signals }), 1, 1).complexity).toBe('medium');
    expect(sut.assess(newFacts({ area: 'imobiliario', complexitySignals: signals, amounts: [{ raw: 'R$ 200 mil', value: 200000 }] }), 1, 1).complexity).toBe('high');
    expect(sut.signals('vendi o terreno e o comprador registrou no nome dele')).not.toContain('dupla-venda');
    expect(sut.signals('apareceu outra pessoa dizendo que comprou o mesmo terreno do vendedor e registrou')).toContain('dupla-venda');
    expect(sut.signals('meu vizinho comprou o mesmo modelo de carro')).not.toContain('dupla-venda');
  });

  it('reads a lot bought in a subdivision never registered as a purchase without registration, the client\'s home on it as never simple', () => {
    const lot = sut.signals('compramos o lote de uma imobiliária, moramos nele há dez anos e agora soubemos que é um loteamento clandestino');
    expect(lot).toEqual(expect.arrayContaining(['compra-sem-registro', 'moradia']));
    expect(sut.features(newFacts({ area: 'imobiliario', complexitySignals: lot })).map((f) => f.id)).toContain('moradia-sem-registro');
    expect(sut.signals('o loteamento foi aprovado pela prefeitura e registrado no cartório')).not.toContain('compra-sem-registro');
  });

  it('weighs a place bought without a deed the seller can no longer or will not give as never low (CC arts. 1.417-1.418; Lei 6.015/73 arts. 216-A, 216-B)', () => {
    const told = (text: string, area: InterviewFacts['area'] = 'imobiliario') => newFacts({ area, complexitySignals: sut.signals(text) });
    for (const text of [
      'comprei um terreno só com recibo em 2010 e o homem que me vendeu já faleceu',
      'comprei a chácara de posse e o cartório disse que a área não tem matrícula',
      'paguei o lote por contrato de gaveta e o vendedor sumiu, ninguém acha ele',
      'a ex-mulher do vendedor se recusa a assinar a escritura',
      'o cara que me vendeu não quer assinar a escritura',
      'adquiri por instrumento particular de compra e venda e o vendedor veio a falecer',
    ]) {
      const assessed = sut.assess(told(text), 1, 1);
      expect(assessed.features.map((f) => f.id)).toContain('escritura-sem-outorgante');
      expect(assessed.complexity).toBe('medium');
    }
    // A seller at hand and willing, a death or a refusal outside a purchase, a refusal denied and a registered lot are no such deed.
    for (const text of [
      'comprei de gaveta e o vendedor vai comigo no cartório assinar a escritura',
      'o dono da casa que eu alugo faleceu e não sei a quem pagar',
      'o proprietário não quer assinar a vistoria de saída',
      'o vendedor nunca se recusou a assinar a escritura, só falta marcar o cartório',
      'o loteamento é registrado, tem matrícula, e a loteadora atrasa a escritura',
    ]) {
      expect(sut.features(told(text)).map((f) => f.id)).not.toContain('escritura-sem-outorgante');
    }
    expect(sut.features(told('o vendedor não quer assinar a escritura', 'familia')).map((f) => f.id)).not.toContain('escritura-sem-outorgante');
  });

  it('reads half the body paralysed after a stroke as serious harm, and a halted work as nothing of it', () => {
    expect(sut.signals('depois do derrame minha mãe ficou com o lado esquerdo paralisado')).toContain('dano-grave');
    expect(sut.signals('o laudo fala em hemiplegia à direita')).toContain('dano-grave');
    expect(sut.signals('a obra ficou paralisada por três meses')).not.toContain('dano-grave');
    // The face paralysed after a surgery and an injury told as permanent: a lost function (CP art. 129 §2 III; CC art. 949).
    expect(sut.signals('saiu da cirurgia com um lado do rosto paralisado')).toContain('dano-grave');
    expect(sut.signals('o médico disse que a lesão é permanente')).toEqual(expect.arrayContaining(['dano-grave', 'dano-permanente']));
  });

  it("weighs the client's own home set for auction as strong and never low, and an auction of another's property or a blocked account beside a home as nothing of it", () => {
    const home = sut.signals('atrasei o financiamento e a minha casa vai a leilão, moro nela com meus filhos');
    expect(home).toEqual(expect.arrayContaining(['imovel-em-leilao', 'constricao', 'moradia']));
    const facts = newFacts({ area: 'imobiliario', complexitySignals: home });
    expect(sut.features(facts)).toContainEqual({ id: 'moradia-em-leilao', points: 2 });
    expect(sut.signals('o banco marcou o leilão da minha casa')).toEqual(expect.arrayContaining(['imovel-em-leilao', 'moradia']));
    const landlord = newFacts({ area: 'imobiliario', complexitySignals: sut.signals('comprei um apartamento que foi a leilão e o antigo dono não sai') });
    expect(sut.features(landlord).map((f) => f.id)).not.toContain('moradia-em-leilao');
    const blocked = newFacts({ area: 'consumidor', complexitySignals: sut.signals('bloquearam minha conta e não consigo pagar o aluguel da minha casa') });
    expect(sut.features(blocked).map((f) => f.id)).not.toContain('moradia-em-leilao');
  });

  it('reads a servant on probation exonerated (exonera*, not the words of a dismissal) as a bond with the State disputed (Súmula 21 STF), and a probation without the post ended as nothing', () => {
    const exonerated = sut.signals('ainda estava no estágio probatório e saiu a portaria da minha exoneração');
    expect(exonerated).toEqual(expect.arrayContaining(['estagio-probatorio', 'exoneracao']));
    const facts = newFacts({ area: 'administrativo', complexitySignals: exonerated });
    expect(sut.features(facts).map((f) => f.id)).toContain('tipo-nao-simples');
    expect(sut.assess(facts, 1, 1).complexity).not.toBe('low');
    const onProbation = newFacts({ area: 'administrativo', complexitySignals: sut.signals('estou no estágio probatório e queria saber das férias') });
    expect(sut.features(onProbation).map((f) => f.id)).not.toContain('tipo-nao-simples');
    const worker = newFacts({ area: 'trabalhista', complexitySignals: sut.signals('fui demitido no período probatório da empresa') });
    expect(sut.features(worker).map((f) => f.id)).not.toContain('tipo-nao-simples');
  });

  it('reads an arrest warrant told in everyday words as liberty at stake, in a criminal case only', () => {
    const words = sut.signals('ele disse que o juiz mandou me pegar porque não me acharam pras audiências');
    expect(words).toContain('liberdade');
    expect(sut.signals('tem ordem de prisão no meu nome')).toContain('liberdade');
    expect(sut.features(newFacts({ area: 'criminal', complexitySignals: words })).map((f) => f.id)).toContain('liberdade');
    expect(sut.features(newFacts({ area: 'familia', complexitySignals: words })).map((f) => f.id)).not.toContain('liberdade');
  });

  it('reads a dismissal for cause announced for a next fault as none to reverse, and one made as never simple', () => {
    const announced = sut.signals('o patrão me deu uma suspensão de 2 dias e disse que na próxima é rua por justa causa');
    expect(announced).not.toContain('tipo-nao-simples');
    expect(sut.assess(newFacts({ area: 'trabalhista', complexitySignals: announced }), 1, 1).complexity).toBe('low');
    expect(sut.signals('fui mandado embora por justa causa semana passada')).toContain('tipo-nao-simples');
  });

  it('reads messages the other side deleted and a bank blaming the client\'s password as disputed evidence, not a loan called a gift alone', () => {
    expect(sut.signals('ele apagou várias mensagens dele')).toContain('prova-disputada');
    expect(sut.signals('agora diz que o dinheiro era presente')).not.toContain('prova-disputada');
    expect(sut.signals('o banco respondeu que a transação foi feita com minha senha')).toContain('prova-disputada');
    expect(sut.signals('comprei um presente pro meu filho e a loja não entregou')).not.toContain('prova-disputada');
  });

  it('reads one armed man kept at the gate as an armed threat, and the price of a sale never accounted for as assets diverted', () => {
    expect(sut.signals('tem um homem armado que fica na porteira')).toContain('ameaca-armada');
    expect(sut.signals('o carro dele foi vendido e o dinheiro não apareceu')).toContain('ocultacao-de-bens');
  });

  it('reads a crushed hand or a fingertip lost as serious harm', () => {
    expect(sut.signals('a prensa esmagou dois dedos da minha mão, perdi a ponta de um')).toContain('dano-grave');
    expect(sut.signals('a prensa prendeu minha luva mas não me machucou')).not.toContain('dano-grave');
  });

  it("reads the utility's charge for an irregular meter (TOI) as never simple", () => {
    expect(sut.signals('disseram que tinha fraude no medidor')).toContain('tipo-nao-simples');
    expect(sut.signals('o técnico disse que o medidor foi adulterado, o relógio adulterado')).toContain('tipo-nao-simples');
    // A billing corrected after a faulty meter, without a fraud charged, is no TOI to contest.
    expect(sut.signals('veio uma recuperação de consumo porque o medidor estava com defeito')).not.toContain('tipo-nao-simples');
  });

  it("weighs a meter-fraud charge with the supply's cut announced as never simple in a consumer case (Resolução ANEEL 1.000/2021 arts. 590-596; STJ Tema 699)", () => {
    const ids = (area: 'consumidor' | 'civil', text: string) =>
      sut.features(newFacts({ area, complexitySignals: sut.signals(text), notes: ['meter-fraud-notice'] })).map((f) => f.id);
    expect(sut.signals('se eu não pagar em 15 dias cortam a luz')).toContain('corte-anunciado');
    expect(sut.signals('o fornecimento será suspenso')).toContain('corte-anunciado');
    expect(ids('consumidor', 'disseram que vão desligar a energia')).toContain('tipo-nao-simples');
    // The charge alone, the cut alone, or outside a consumer case: no more than before.
    expect(ids('consumidor', 'quero cancelar a cobrança')).not.toContain('tipo-nao-simples');
    expect(sut.features(newFacts({ area: 'consumidor', complexitySignals: sut.signals('vão cortar a luz amanhã') })).map((f) => f.id)).not.toContain('tipo-nao-simples');
    expect(ids('civil', 'disseram que vão desligar a energia')).not.toContain('tipo-nao-simples');
  });

  it("weighs a meter-fraud charge with the supply already cut, or its cut told in the passive, as the cut announced (STJ Tema 699)", () => {
    const ids = (text: string) => sut.features(newFacts({ area: 'consumidor', complexitySignals: sut.signals(text), notes: ['meter-fraud-notice'] })).map((f) => f.id);
    expect(ids('a coelba cortou minha luz hoje')).toContain('tipo-nao-simples');
    expect(ids('desligaram a energia da minha casa ontem')).toContain('tipo-nao-simples');
    expect(ids('veio um aviso de que a energia será cortada dia 20')).toContain('tipo-nao-simples');
    expect(ids('a cemig suspendeu o fornecimento do sítio')).toContain('tipo-nao-simples');
    // The cut with no fraud charged (a bill owed, the previous occupant's debt) is no more than before.
    expect(sut.features(newFacts({ area: 'consumidor', complexitySignals: sut.signals('cortaram minha luz por causa da dívida do morador anterior') })).map((f) => f.id))
      .not.toContain('tipo-nao-simples');
  });

  it("weighs the supply cut or announced with someone at home who depends on it for health as never simple (Lei 8.987/95 art. 6º §3º; Resolução ANEEL 1.000/2021 art. 6º; CDC art. 22)", () => {
    const ids = (text: string, area: 'consumidor' | 'civil' = 'consumidor') =>
      sut.features(newFacts({ area, complexitySignals: sut.signals(text) })).map((f) => f.id);
    expect(ids('cortaram a luz aqui de casa hoje e meu pai usa concentrador de oxigênio')).toContain('corte-com-vida-em-risco');
    expect(ids('chegou aviso de corte de energia, meu filho depende de respirador')).toContain('corte-com-vida-em-risco');
    expect(ids('vão cortar a água na sexta e minha esposa faz diálise peritoneal em casa')).toContain('corte-com-vida-em-risco');
    expect(ids('a energia será cortada e a insulina da minha filha fica na geladeira')).toContain('corte-com-vida-em-risco');
    // A plain cut for a bill owed, the device named without any cut (a bill disputed, a device bought), or outside a consumer case: as before.
    expect(ids('cortaram a luz hoje porque atrasei duas contas')).not.toContain('corte-com-vida-em-risco');
    expect(ids('a conta de água veio 900 reais e meu pai usa oxigênio em casa')).not.toContain('corte-com-vida-em-risco');
    expect(ids('comprei um concentrador de oxigênio que veio com defeito')).not.toContain('corte-com-vida-em-risco');
    expect(ids('cortaram a luz aqui de casa hoje e meu pai usa concentrador de oxigênio', 'civil')).not.toContain('corte-com-vida-em-risco');
  });

  it("weighs the landlord cutting or threatening to cut the tenant's water or power as never simple (Lei 8.245/91 arts. 5º and 22 II; CC art. 1.210; CPC arts. 560-562; CP art. 345)", () => {
    const facts = (text: string, area: 'imobiliario' | 'consumidor' | 'civil' = 'imobiliario') => newFacts({ area, complexitySignals: sut.signals(text) });
    const ids = (text: string, area?: 'imobiliario' | 'consumidor' | 'civil') => sut.features(facts(text, area)).map((f) => f.id);
    expect(ids('o dono da casa que eu alugo desligou a água porque atrasei o aluguel')).toContain('corte-pelo-locador');
    expect(ids('meu senhorio cortou a luz pra me obrigar a sair')).toContain('corte-pelo-locador');
    expect(ids('a minha locadora disse que a luz vai ser cortada se eu não sair até sexta')).toContain('corte-pelo-locador');
    expect(ids('o proprietário desligou a energia da kitnet ontem')).toContain('corte-pelo-locador');
    expect(ids('meu locador cortou minha energia', 'consumidor')).toContain('corte-pelo-locador');
    expect(sut.assess(facts('meu senhorio cortou a luz da casa'), 1, 1).complexity).toBe('medium');
    // The house's own switches and meter, and the supply's other verbs, told by a landlord named or a bare owner.
    expect(ids('meu senhorio fechou o registro da água ontem')).toContain('corte-pelo-locador');
    expect(ids('minha senhoria baixou a chave geral da casa')).toContain('corte-pelo-locador');
    expect(ids('o locador interrompeu o fornecimento de luz')).toContain('corte-pelo-locador');
    expect(ids('o dono do apartamento ameaçou desligar a água')).toContain('corte-pelo-locador');
    expect(ids('o proprietário desligou o disjuntor do meu apartamento')).toContain('corte-pelo-locador');
    // The utility's own cut of a tenant's home, the landlord named with no cut, or outside a lease or a supply: as before.
    expect(ids('a companhia cortou a água do apartamento que eu alugo mas a conta está paga')).not.toContain('corte-pelo-locador');
    // The company named is the one who cut, whoever owns the house; the house only told without water names no cut.
    expect(ids('a sabesp desligou a água do apartamento que eu alugo, o dono do apartamento disse pra eu resolver', 'consumidor')).not.toContain('corte-pelo-locador');
    expect(ids('estamos sem água porque a bomba queimou e o dono da casa não conserta')).not.toContain('corte-pelo-locador');
    expect(ids('o dono da casa que eu alugava não devolveu o meu caução')).not.toContain('corte-pelo-locador');
    expect(ids('a confecção fechou, o dono sumiu e cortaram a luz do galpão')).not.toContain('corte-pelo-locador');
    expect(ids('meu senhorio cortou a luz da casa', 'civil')).not.toContain('corte-pelo-locador');
  });

  it('reads a house bought from a seller who never gave the deed as never simple', () => {
    expect(sut.signals('paguei em prestações, mas ele nunca me deu escritura')).toContain('tipo-nao-simples');
  });

  it('reads an agreement the other side went back on as no consensual case, its value at stake again', () => {
    const told = sut.signals('o divórcio foi consensual; combinamos que eu pagava a parte dele, mas agora ele quer mais dinheiro');
    expect(told).toEqual(expect.arrayContaining(['consensual', 'acordo-rompido']));
    const amounts = [{ raw: '60 mil', value: 60_000 }];
    const broken = sut.features(newFacts({ area: 'familia', complexitySignals: told, amounts })).map((f) => f.id);
    expect(broken).not.toContain('consensual');
    expect(broken).toContain('valor-50mil');
    expect(sut.signals('ele não quer passar a escritura pro meu nome')).toContain('acordo-rompido');
    // An agreement that holds stays consensual, its value not disputed.
    const kept = sut.signals('o divórcio é consensual, os dois concordam com a partilha');
    expect(kept).not.toContain('acordo-rompido');
    const keptFeatures = sut.features(newFacts({ area: 'familia', complexitySignals: kept, amounts })).map((f) => f.id);
    expect(keptFeatures).toContain('consensual');
    expect(keptFeatures).not.toContain('valor-50mil');
  });

  it("weighs a stable servant's dismissal already imposed as a lost post, in administrative cases only; not an exoneração nor a proceeding to come", () => {
    const dismissed = sut.signals('a portaria da demissão saiu no diário oficial semana passada');
    expect(dismissed).toContain('perda-do-cargo');
    expect(sut.features(newFacts({ area: 'administrativo', complexitySignals: dismissed })).map((f) => f.id)).toContain('perda-do-cargo');
    expect(sut.features(newFacts({ area: 'trabalhista', complexitySignals: dismissed })).map((f) => f.id)).not.toContain('perda-do-cargo');
    expect(sut.signals('fui exonerada no estágio probatório')).not.toContain('perda-do-cargo');
    expect(sut.signals('abriram um processo disciplinar que pode dar demissão')).not.toContain('perda-do-cargo');
  });

  it("weighs the company itself at stake between partners (exclusion, dissolution, control, diversion; CC arts. 1.030-1.031, 1.085; CPC arts. 599-609) in business cases only", () => {
    for (const told of [
      'os outros sócios marcaram uma reunião pra me excluir da sociedade',
      'quero excluir ele da sociedade por justa causa',
      'meu sócio trocou a senha do banco da empresa e me tirou da administração',
      'ele diz que a minha parte não vale nada porque a empresa tem dívida',
      'quero uma perícia pra avaliar a empresa',
      'os acionistas querem dissolver a companhia',
      'estamos num impasse total, ninguém aprova nada',
      'meu sócio está levando nossos clientes pra empresa dele',
    ]) {
      expect(sut.signals(told)).toContain('sociedade-em-jogo');
    }
    const excluded = sut.signals('os outros sócios querem me excluir da sociedade');
    expect(sut.features(newFacts({ area: 'empresarial', complexitySignals: excluded })).map((f) => f.id)).toContain('sociedade-em-jogo');
    expect(sut.features(newFacts({ area: 'familia', complexitySignals: excluded })).map((f) => f.id)).not.toContain('sociedade-em-jogo');
    // A quota sale agreed, a small informal split, and a leaving partner who only finds the offer low stay out.
    expect(sut.signals('quero vender minhas cotas pro meu sócio, estamos de acordo')).not.toContain('sociedade-em-jogo');
    expect(sut.signals('eu e um amigo tínhamos um food truck e queremos dividir o que sobrou')).not.toContain('sociedade-em-jogo');
    expect(sut.signals('quero sair e eles só querem me pagar o valor do capital social, não o valor justo da minha parte')).not.toContain('sociedade-em-jogo');
  });

  it("weighs a partner's share refused, underpaid or kept out by the partners who stay never low (CC arts. 1.027-1.029, 1.031-1.032; CPC arts. 599-609), in business cases only, the quotas weighing once", () => {
    const ids = (text: string, area = 'empresarial') => sut.features(newFacts({ area: area as never, complexitySignals: sut.signals(text) })).map((f) => f.id);
    const level = (text: string) => sut.assess(newFacts({ area: 'empresarial', complexitySignals: sut.signals(text) }), 1, 1).complexity;
    for (const text of [
      'quero sair da sociedade e eles não aceitam pagar o valor justo pela minha parte',
      'meus sócios se recusam a me pagar a minha parte',
      'o sócio dele diz que a família não tem direito a nada',
      'querem pagar minhas quotas pelo valor do capital social',
      'ele diz que eu era só funcionário da barbearia',
      'a ex-mulher dele ficou com metade das cotas no divórcio',
      'os sócios não aceitam que os filhos entrem na sociedade',
    ]) {
      expect(ids(text)).toContain('haveres-em-disputa');
      expect(level(text)).toBe('medium');
    }
    // The quotas are the share: `patrimonio` does not weigh beside it.
    expect(ids('meu pai tinha 40% das quotas e os sócios não querem pagar as quotas')).not.toContain('patrimonio');
    expect(ids('quero sair da sociedade e minha sócia vai ficar com a minha parte, estamos de acordo')).not.toContain('haveres-em-disputa');
    expect(ids('vou abrir uma empresa e meu amigo vai entrar como sócio')).not.toContain('haveres-em-disputa');
    expect(ids('meu ex-marido não quer pagar a parte dele da pensão', 'familia')).not.toContain('haveres-em-disputa');
  });

  it('weighs a threat to kill the client or a relative told in reported speech never low in a criminal case (CP art. 147), once beside violence, not as a strong feature, and not where the client is the one accused', () => {
    const ids = (text: string, area = 'criminal') => sut.features(newFacts({ area: area as never, complexitySignals: sut.signals(text) })).map((f) => f.id);
    const level = (text: string) => sut.assess(newFacts({ area: 'criminal', complexitySignals: sut.signals(text) }), 1, 1).complexity;
    for (const text of [
      'o ex namorado da minha filha mandou mensagem falando que vai matar ela',
      'um freguês que eu cobrei jurou matar meu marido na frente da loja',
      'o ex-companheiro da minha mãe disse que ia matar minha mãe',
      'ele falou: se eu te ver com ela de novo eu te mato',
      'meu ex sócio fica me mandando mensagem dizendo que vai acabar com minha vida',
      'um colega de obra ameaçou matar meu irmão por causa de uma dívida',
    ]) {
      expect(ids(text)).toContain('ameaca-de-morte-relatada');
      expect(level(text)).toBe('medium');
    }
    // Criminal cases only; an animal threatened is property; the client accused of the threat is not its victim.
    expect(ids('o ex namorado da minha filha mandou mensagem falando que vai matar ela', 'civil')).not.toContain('ameaca-de-morte-relatada');
    expect(ids('o vizinho disse que vai matar meu cachorro se ele latir de novo')).not.toContain('ameaca-de-morte-relatada');
    expect(ids('chegou uma intimação do juizado porque meu vizinho diz que eu falei que ia matar ele')).not.toContain('ameaca-de-morte-relatada');
    expect(ids('minha ex cunhada falou na delegacia que eu ia matar ela')).not.toContain('ameaca-de-morte-relatada');
    // A death threat already read as violence weighs once.
    const beside = sut.features(newFacts({ area: 'criminal', notes: ['violence'], complexitySignals: sut.signals('meu marido me bateu e disse que vai matar minha mãe') })).map((f) => f.id);
    expect(beside).toContain('violencia');
    expect(beside).not.toContain('ameaca-de-morte-relatada');
    expect(COMPLEXITY_FEATURES['ameaca-de-morte-relatada'].addsOnly).toBe(true);
  });

  it('reads a servant dismissed as the outcome of the administrative proceeding as a lost post, and a dismissal feared as none', () => {
    const dismissed = sut.signals('a professora foi demitida no processo administrativo que a secretaria abriu');
    expect(dismissed).toEqual(expect.arrayContaining(['perda-do-cargo', 'processo-em-curso']));
    expect(sut.signals('fui demitido por abandono de cargo depois de 9 anos na câmara municipal')).toContain('perda-do-cargo');
    expect(sut.signals('tenho medo de ser demitido se abrirem um processo administrativo')).not.toContain('perda-do-cargo');
  });

  it("reads a servant's post lost in everyday words (the demissão published, a praça excluded a bem da disciplina) as a lost post; a penalty threatened, a lighter one or a private dismissal as none", () => {
    for (const told of [
      'sou professora efetiva do estado e saiu minha demissão no Diário Oficial',
      'a demissão saiu publicada no Diário Oficial na segunda-feira',
      'saiu a portaria com a minha demissão depois do PAD',
      'fui demitido a bem do serviço público depois de 10 anos na prefeitura',
      'fui excluído da polícia militar depois de um conselho de disciplina',
      'saiu no boletim que fui excluido a bem da disciplina',
      'sou sargento e fui licenciado a bem da disciplina',
      'fui expulso da polícia depois de um processo disciplinar',
      'me expulsaram da corporação depois de 12 anos',
      'minha aposentadoria foi cassada pela prefeitura',
    ]) {
      expect(sut.signals(told)).toContain('perda-do-cargo');
    }
    for (const told of [
      'o oficial disse que pode dar detenção disciplinar ou até exclusão da corporação',
      'querem me expulsar da corporação por causa de um vídeo',
      'levei uma suspensão de 15 dias num processo administrativo',
      'fui eliminado do concurso da polícia militar no exame médico',
      'fui exonerado do cargo comissionado de assessor',
      'a minha demissão ainda não saiu',
    ]) {
      expect(sut.signals(told)).not.toContain('perda-do-cargo');
    }
    // With the kind of case alone, the post lost is high; a private employee's dismissal told in the same words weighs nothing.
    const dismissed = sut.signals('saiu minha demissão no diário oficial');
    expect(sut.features(newFacts({ area: 'administrativo', complexitySignals: dismissed })).find((f) => f.id === 'perda-do-cargo')?.points).toBe(3);
    expect(sut.features(newFacts({ area: 'trabalhista', complexitySignals: sut.signals('trabalhei 6 anos numa loja e a minha demissão saiu ontem') })).map((f) => f.id)).not.toContain('perda-do-cargo');
  });

  it("reads a disciplinary act, a removal ex officio, a promotion passed over or a paid advantage cut imposed on the client's career as never low in administrative cases; a pupil's suspension, a removal asked for, a traffic warning, another's proceeding or a mere talk as none", () => {
    for (const told of [
      'recebi a portaria com pena de suspensão de 20 dias',
      'levei uma suspensão de 15 dias num processo administrativo',
      'sou soldado e levei prisão disciplinar de 6 dias',
      'recebi uma punição de detenção de 4 dias',
      'fui punida com detenção por causa de uma postagem',
      'a diretora me aplicou uma advertência que foi parar na minha ficha funcional',
      'a corregedoria me deu uma repreensão',
      'abriram um processo administrativo contra mim na prefeitura',
      'fui removido de ofício para Boa Vista sem motivo nenhum',
      'me removeram pra um posto do outro lado da cidade',
      'fui preterido na promoção pra sargento',
      'me deixaram de fora da promoção de novo',
      // A paid advantage of the post cut (CF art. 37 XV; STF Tema 138).
      'sou agente de saúde concursado e a secretaria tirou meu adicional de um mês pro outro',
      'me aposentei pelo estado e este mês reduziram os meus proventos sem explicar',
    ]) {
      expect(sut.signals(told)).toContain('ato-contra-o-servidor');
    }
    for (const told of [
      'minha filha foi suspensa 2 dias da escola estadual por briga',
      'queria pedir remoção pra uma escola mais perto de casa',
      'pedi remoção e saiu a portaria me mandando pra Campina Grande como eu queria',
      'o Detran converteu a multa em advertência por escrito',
      'abriram um processo contra ele e falaram que ele pode levar advertência',
      'a chefe me chamou pra conversar sobre atrasos, disse que se continuar pode abrir processo',
      'queria saber quando sai minha promoção pra cabo',
      'queria saber se a gratificação de natal entra no cálculo',
    ]) {
      expect(sut.signals(told)).not.toContain('ato-contra-o-servidor');
    }
    // Never low alone, in administrative cases only; a licence's suspension is the driver's traffic penalty, not a servant's.
    const punished = sut.signals('levei uma suspensão de 15 dias num processo administrativo');
    const contributions = sut.features(newFacts({ area: 'administrativo', complexitySignals: punished }));
    expect(contributions.map((f) => f.id)).toContain('ato-contra-o-servidor');
    expect(boundedLevel('low', contributions, 720)).toBe('medium');
    expect(sut.features(newFacts({ area: 'trabalhista', complexitySignals: punished })).map((f) => f.id)).not.toContain('ato-contra-o-servidor');
    const licence = sut.signals('levei uma suspensão de 12 meses, veio o processo de suspensão da CNH');
    expect(licence).toEqual(expect.arrayContaining(['ato-contra-o-servidor', 'suspensao-da-cnh']));
    expect(sut.features(newFacts({ area: 'administrativo', complexitySignals: licence })).map((f) => f.id)).not.toContain('ato-contra-o-servidor');
  });

  it("reads money moved to a relative's account as assets hidden, not a payment made to one", () => {
    expect(sut.signals('ele comprou uma caminhonete e passou dinheiro para a conta da mulher dele')).toContain('ocultacao-de-bens');
    expect(sut.signals('ele está transferindo tudo pra conta do irmão')).toContain('ocultacao-de-bens');
    expect(sut.signals('paguei o pedreiro, depositei para a conta da mulher dele')).not.toContain('ocultacao-de-bens');
  });

  it('reads a trip to another state as no jurisdiction element, and a move or a party there as one', () => {
    expect(sut.signals('ele quer levar o menino pra outro estado nas férias')).not.toContain('internacional');
    expect(sut.signals('ela vai viajar pra outro estado com a minha filha no feriado')).not.toContain('internacional');
    expect(sut.signals('ele se mudou pra outro estado e parou de pagar a pensão')).toContain('internacional');
    expect(sut.signals('a empresa fica em outro estado')).toContain('internacional');
  });

  it('reads salaries missing from the CNIS as a period the INSS did not count, in a social-security case only', () => {
    const words = sut.signals('no CNIS faltam os salários de 2008 a 2014, contaram como salário mínimo');
    expect(words).toContain('tempo-controvertido');
    expect(sut.signals('no extrato os salários não constam, só o vínculo')).toContain('tempo-controvertido');
    // A period missing with its CTPS entry is a plain correction of the record (Súmula 75 TNU).
    expect(sut.signals('trabalhei de carteira assinada e esse período não aparece no CNIS')).not.toContain('tempo-controvertido');
    const facts = newFacts({ area: 'previdenciario', complexitySignals: words });
    expect(sut.assess(facts, 1, 1).complexity).toBe('medium');
    expect(sut.features({ ...facts, area: 'trabalhista' }).map((f) => f.id)).not.toContain('tempo-controvertido');
    expect(sut.signals('o INSS concedeu a aposentadoria e o valor está certo')).not.toContain('tempo-controvertido');
  });

  it('reads a fractured vertebra or femur and a fracture fixed with pins as serious harm; a sprain as none', () => {
    expect(sut.signals('caiu uma pilha de caixas em mim e quebrou duas vértebras')).toContain('dano-grave');
    expect(sut.signals('quebrei o fêmur e a bacia')).toContain('dano-grave');
    expect(sut.signals('fiz cirurgia e botei pino no tornozelo')).toContain('dano-grave');
    expect(sut.signals('torci o tornozelo e fiquei dois dias de atestado')).not.toContain('dano-grave');
  });

  it('weighs a worker seriously hurt who was on an INSS benefit as a case of two areas, in a labour case; the CAT not issued as disputed', () => {
    const words = sut.signals('eu tinha voltado do INSS, quebrou duas vértebras, e a empresa nem abriu CAT');
    expect(words).toEqual(expect.arrayContaining(['beneficio-por-incapacidade', 'dano-grave', 'prova-disputada']));
    const facts = newFacts({ area: 'trabalhista', complexitySignals: words });
    expect(sut.features(facts).map((f) => f.id)).toContain('areas-concorrentes');
    expect(sut.assess(facts, 1, 1).complexity).toBe('high');
    expect(sut.features({ ...facts, area: 'civil' }).map((f) => f.id)).not.toContain('areas-concorrentes');
    expect(sut.features(newFacts({ area: 'trabalhista', complexitySignals: sut.signals('voltei do INSS e me deram férias') })).map((f) => f.id)).not.toContain('areas-concorrentes');
  });

  it('weighs a consumer purchase to undo that a bank financed as two linked contracts (CDC art. 54-F)', () => {
    const words = sut.signals('paguei financiado pelo banco e quero devolver o carro');
    expect(words).toEqual(expect.arrayContaining(['compra-financiada', 'compra-desfeita']));
    expect(sut.features(newFacts({ area: 'consumidor', complexitySignals: words })).map((f) => f.id)).toContain('varias-partes');
    const financedOnly = sut.signals('o carro foi financiado pelo banco e quero revisar os juros');
    expect(sut.features(newFacts({ area: 'consumidor', complexitySignals: financedOnly })).map((f) => f.id)).not.toContain('varias-partes');
    expect(sut.features(newFacts({ area: 'civil', complexitySignals: words })).map((f) => f.id)).not.toContain('varias-partes');
  });

  it("weighs a new vehicle's defect priced from R$ 50 mil as the band below: its price back or in kind (CDC art. 18 §1º)", () => {
    const claim = (text: string, value: number, area: 'consumidor' | 'civil' = 'consumidor') =>
      sut.assess(newFacts({ area, complexitySignals: sut.signals(text), amounts: [{ raw: 'R$', value }] }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    for (const text of ['comprei um carro zero km e o câmbio dá tranco', 'meu carro novo vive na oficina da concessionária', 'a caminhonete zerada parou de carregar']) {
      expect(ids(claim(text, 95_000))).toEqual(['vicio-de-veiculo-novo']);
      expect(claim(text, 95_000).complexity).toBe('low');
    }
    // A used vehicle, the maker blamed beside the dealer, a car driven for a living: the value weighs in full; so from R$ 300 mil, and outside consumer cases.
    expect(ids(claim('comprei um carro seminovo na concessionária e o motor fundiu', 95_000))).toEqual(['valor-50mil']);
    expect(ids(claim('meu carro zero vai pra concessionária e eles dizem que é culpa da montadora', 95_000))).toEqual(['valor-50mil']);
    expect(ids(claim('meu carro novo ta parado na concessionária e eu rodo de uber com ele', 95_000))).toEqual(['valor-50mil']);
    expect(ids(claim('comprei um carro zero km e o câmbio dá tranco', 320_000))).toEqual(['valor-300mil']);
    expect(ids(claim('comprei um carro zero km e o câmbio dá tranco', 95_000, 'civil'))).toEqual(['valor-50mil']);
  });

  it('weighs a collision with a rented car as two liable parties in a civil case (Súmula 492 STF)', () => {
    const facts = newFacts({ area: 'civil', complexitySignals: sut.signals('o carro é de uma locadora, ele aluga pra rodar no aplicativo') });
    expect(sut.features(facts).map((f) => f.id)).toContain('varias-partes');
    expect(sut.signals('o carro dele é próprio, quitado')).not.toContain('veiculo-de-empresa');
  });

  it('reads a tax audit begun (termo de início de fiscalização) as a proceeding under way', () => {
    expect(sut.signals('chegou no e-CAC um termo de início de fiscalização da Receita')).toContain('processo-em-curso');
    expect(sut.signals('recebi um mandado de procedimento fiscal')).toContain('processo-em-curso');
    expect(sut.signals('quero saber como declarar o imposto de renda')).not.toContain('processo-em-curso');
  });

  it('reads a news item about the client to remove or correct as never simple (press freedom against personality rights)', () => {
    expect(sut.signals('quero que tirem a notícia do ar ou coloquem que fui absolvido')).toContain('tipo-nao-simples');
    expect(sut.signals('saiu uma matéria sobre mim no jornal da cidade')).toContain('tipo-nao-simples');
    expect(sut.signals('vi uma notícia sobre o aumento da gasolina')).not.toContain('tipo-nao-simples');
  });

  it('reads a fact with no witness nor footage, one word against the other, as disputed evidence; witnesses who saw it as none', () => {
    expect(sut.signals('não tinha testemunha e ali não tem câmera de rua')).toContain('prova-disputada');
    expect(sut.signals('é a minha palavra contra a dele')).toContain('prova-disputada');
    expect(sut.signals('ninguém viu a batida')).toContain('prova-disputada');
    expect(sut.signals('todo mundo viu a batida e tem câmera no cruzamento')).not.toContain('prova-disputada');
    const collision = newFacts({ area: 'civil', complexitySignals: sut.signals('não tinha testemunha'), amounts: [{ raw: '14 mil', value: 14_000 }] });
    expect(sut.assess(collision, 1, 1).complexity).toBe('medium');
  });

  it('weighs part of the wage paid off the books as never low in a labour case; not elsewhere, nor for the employer asking how to act', () => {
    const signals = sut.signals('o dono me dava mais 1.200 por fora em dinheiro');
    expect(signals).toContain('salario-por-fora');
    expect(sut.signals('metade do salário era paga por fora, fora da folha')).toContain('salario-por-fora');
    expect(sut.assess(newFacts({ area: 'trabalhista', complexitySignals: signals }), 1, 1).complexity).toBe('medium');
    expect(sut.features(newFacts({ area: 'imobiliario', complexitySignals: ['salario-por-fora'] }))).toEqual([]);
    const employer = newFacts({ area: 'trabalhista', complexitySignals: signals, notes: ['client-employer'] });
    expect(sut.features(employer).map((f) => f.id)).not.toContain('salario-por-fora');
  });

  it('weighs commissions unpaid, charged back or cut as never low in a labour case (CLT arts. 457 §1º, 466 and 468; Lei 3.207/57 art. 7º); not a commission only told, nor elsewhere', () => {
    const signals = sut.signals('a empresa parou de pagar minhas comissões desde janeiro');
    expect(signals).toContain('comissoes-em-disputa');
    expect(sut.signals('estornaram a comissão porque o cliente pagou com atraso')).toContain('comissoes-em-disputa');
    expect(sut.signals('mudaram a tabela de comissão sem me avisar')).toContain('comissoes-em-disputa');
    expect(sut.signals('tô com as comissões atrasadas faz três meses')).toContain('comissoes-em-disputa');
    // The worker named, the hold still on, and the rate cut (CLT art. 468; complexity-cases-138).
    expect(sut.signals('a imobiliária não me repassou as comissões das vendas')).toContain('comissoes-em-disputa');
    expect(sut.signals('a loja tá segurando minhas comissões faz 4 meses')).toContain('comissoes-em-disputa');
    expect(sut.signals('cortaram o percentual da comissão de todo mundo')).toContain('comissoes-em-disputa');
    expect(sut.signals('ganho um fixo mais comissão, e a empresa paga tudo certinho')).not.toContain('comissoes-em-disputa');
    expect(sut.signals('minha comissão caiu esse mês porque eu vendi menos')).not.toContain('comissoes-em-disputa');
    expect(sut.assess(newFacts({ area: 'trabalhista', complexitySignals: signals }), 1, 1).complexity).toBe('medium');
    expect(sut.features(newFacts({ area: 'imobiliario', complexitySignals: signals })).map((f) => f.id)).not.toContain('comissoes-em-disputa');
    const employer = newFacts({ area: 'trabalhista', complexitySignals: signals, notes: ['client-employer'] });
    expect(sut.features(employer).map((f) => f.id)).not.toContain('comissoes-em-disputa');
  });

  it('weighs an occupational disease as a strong feature of a labour case; not before the INSS, nor "ler" the verb', () => {
    const signals = sut.signals('o médico falou que é LER/DORT, de tanto movimento repetitivo na linha');
    expect(signals).toContain('doenca-ocupacional');
    expect(sut.signals('fui diagnosticada com síndrome de burnout')).toContain('doenca-ocupacional');
    expect(sut.signals('eu não sei ler direito o contrato')).not.toContain('doenca-ocupacional');
    const worker = newFacts({ area: 'trabalhista', complexitySignals: signals });
    expect(sut.features(worker)).toContainEqual({ id: 'doenca-ocupacional', points: 3 });
    expect(sut.assess(worker, 1, 1).complexity).toBe('medium');
    expect(sut.features(newFacts({ area: 'previdenciario', complexitySignals: ['doenca-ocupacional'] })).map((f) => f.id)).not.toContain('doenca-ocupacional');
  });

  it('weighs a mental illness a worker tells as never low in a labour case; once beside burnout, and not before the INSS', () => {
    const signals = sut.signals('entrei em depressão, to tratando com psiquiatra e tomo remédio controlado');
    expect(signals).toContain('adoecimento-psiquico');
    expect(sut.signals('tenho crise de ansiedade toda semana')).toContain('adoecimento-psiquico');
    expect(sut.signals('não tenho depressão nem nada, só fiquei chateado')).not.toContain('adoecimento-psiquico');
    const worker = newFacts({ area: 'trabalhista', complexitySignals: signals });
    expect(sut.features(worker)).toContainEqual({ id: 'adoecimento-psiquico', points: 1 });
    expect(sut.assess(worker, 1, 1).complexity).toBe('medium');
    // Off the books, the employment and then the illness's link to prove.
    const offTheBooks = newFacts({ area: 'trabalhista', complexitySignals: [...signals, 'vinculo-informal'] });
    expect(sut.features(offTheBooks)).toContainEqual({ id: 'adoecimento-sem-registro', points: 2 });
    const burnout = newFacts({ area: 'trabalhista', complexitySignals: ['adoecimento-psiquico', 'doenca-ocupacional'] });
    expect(sut.features(burnout).map((f) => f.id)).not.toContain('adoecimento-psiquico');
    expect(sut.features(newFacts({ area: 'previdenciario', complexitySignals: signals })).map((f) => f.id)).not.toContain('adoecimento-psiquico');
  });

  it("reads a neighbour denying the damage is his, and a building settling, as disputed evidence; the client's own old floor as none", () => {
    expect(sut.signals('o vizinho diz que a casa já era velha e não quer pagar')).toContain('prova-disputada');
    expect(sut.signals('ele diz que o problema não é dele')).toContain('prova-disputada');
    expect(sut.signals('o piso afundou num canto e o muro está inclinado')).toContain('prova-disputada');
    expect(sut.signals('o problema não é do banco, disse o gerente')).not.toContain('prova-disputada');
  });

  it('reads a partnership never registered and a partner asking for his share of the business as a dispute between partners, never low', () => {
    expect(sut.signals('era uma sociedade de fato, nunca teve contrato')).toContain('disputa-societaria');
    const signals = sut.signals('quero sair e receber minha parte do negócio');
    expect(signals).toContain('disputa-societaria');
    expect(sut.assess(newFacts({ area: 'empresarial', complexitySignals: signals }), 1, 1).complexity).toBe('medium');
    expect(sut.signals('quero abrir um negócio com meu primo')).not.toContain('disputa-societaria');
  });

  it('reads three or more credit contracts counted as many debts (superendividamento), never low; two contracts as one dispute', () => {
    const words = sut.signals('tenho 4 empréstimos consignados e mais dois cartões de crédito');
    expect(words).toContain('muitas-dividas');
    expect(sut.assess(newFacts({ area: 'consumidor', complexitySignals: words }), 1, 1).complexity).toBe('medium');
    expect(sut.signals('fiz dois empréstimos no banco')).not.toContain('muitas-dividas');
    // The singular after the count, as clients write the plural.
    expect(sut.signals('vem descontado 5 empréstimo consignado, cada um de um banco')).toContain('muitas-dividas');
    expect(sut.signals('fiz um empréstimo no banco')).not.toContain('muitas-dividas');
  });

  it('reads many debts that take what the client lives on as over-indebtedness, high; many debts alone stay medium (CDC arts. 54-A and 104-A)', () => {
    const level = (text: string) => sut.assess(newFacts({ area: 'consumidor', complexitySignals: sut.signals(text) }), 720, 1).complexity;
    expect(level('sou aposentado, tenho 5 empréstimos consignados e três cartões, e depois dos descontos não sobra nada pro aluguel')).toBe('high');
    expect(level('tenho quatro empréstimos em bancos diferentes, fui pegando um pra pagar o outro e virou uma bola de neve')).toBe('high');
    expect(level('tenho 4 empréstimos consignados e mais dois cartões de crédito')).toBe('medium');
    expect(sut.features(newFacts({ area: 'familia', complexitySignals: sut.signals('devo para vários bancos e não sobra nada') })).map((f) => f.id)).not.toContain('superendividamento');
  });

  it('reads a flight told by a foreign city as an international carriage (Montreal Convention; STF Tema 210), medium; a domestic one low', () => {
    const level = (text: string, subarea = 'transporte aéreo') => sut.assess(newFacts({ area: 'consumidor', subarea, complexitySignals: sut.signals(text) }), 720, 1).complexity;
    expect(level('minha mala sumiu no voo de volta de Paris e a companhia não responde')).toBe('medium');
    expect(level('o voo de Recife para Lisboa foi cancelado e me remarcaram dois dias depois')).toBe('medium');
    expect(level('o voo de Recife para São Paulo foi cancelado e me remarcaram dois dias depois')).toBe('low');
    // A package abroad that an agency here failed to deliver is its contract with the agency, no foreign carriage.
    expect(level('fechei um pacote pra Cancun e a agência cancelou tudo', 'relação de consumo')).toBe('low');
  });

  it('weighs a transfer to another city imposed on a worker as never simple, in a labour case only', () => {
    const words = sut.signals('querem me transferir para outra cidade e eu não tenho como me mudar');
    expect(words).toContain('transferencia-de-cidade');
    expect(sut.assess(newFacts({ area: 'trabalhista', complexitySignals: words }), 1, 1).complexity).toBe('medium');
    expect(sut.features(newFacts({ area: 'imobiliario', complexitySignals: words })).map((f) => f.id)).not.toContain('transferencia-de-cidade');
    expect(sut.signals('vou me mudar de cidade e quero pedir demissão')).not.toContain('transferencia-de-cidade');
  });

  it('reads a contract that ran out and goes on without a new one as no missing proof, and no contract at all as missing proof', () => {
    expect(sut.signals('o contrato terminou e ele continua morando lá, sem contrato novo')).not.toContain('prova-disputada');
    expect(sut.signals('aluguei sem contrato, tudo de boca')).toContain('prova-disputada');
  });

  it('weighs a company closed without cancelling its registration as a debt redirected to the partner, in a tax case only', () => {
    const words = sut.signals('fechei a lojinha em 2019 mas nunca dei baixa direito');
    expect(words).toContain('dissolucao-irregular');
    expect(sut.assess(newFacts({ area: 'tributario', complexitySignals: words }), 1, 1).complexity).toBe('medium');
    expect(sut.signals('a execução fiscal foi redirecionada para mim')).toContain('dissolucao-irregular');
    expect(sut.features(newFacts({ area: 'administrativo', complexitySignals: words })).map((f) => f.id)).not.toContain('dissolucao-irregular');
    expect(sut.signals('pedi a baixa da inscrição em 2020')).not.toContain('dissolucao-irregular');
  });

  it('weighs a company\'s tax enforcement redirected to the partner as never simple, and high for a large sum (CTN art. 135 III; Súmula 430 STJ)', () => {
    expect(sut.signals('me colocaram como corresponsavel na certidao de divida ativa da empresa')).toContain('socio-corresponsavel');
    // The enforcement running (`processo-em-curso`) is read from the summons and the enforcement named, beside the words.
    const named = ['socio-corresponsavel', 'processo-em-curso'];
    const ids = (signals: string[]) => sut.features(newFacts({ area: 'tributario', complexitySignals: signals })).map((f) => f.id);
    expect(ids(named)).toContain('redirecionamento-em-execucao');
    expect(sut.assess(newFacts({ area: 'tributario', complexitySignals: named }), 1, 1).complexity).toBe('medium');
    expect(ids([...named, 'valor-300mil'])).toContain('redirecionamento-vultoso');
    expect(sut.assess(newFacts({ area: 'tributario', complexitySignals: [...named, 'valor-300mil'] }), 1, 1).complexity).toBe('high');
    // A smaller sum stays medium; the partner named without an enforcement running is no redirection yet; nor elsewhere than a tax case.
    expect(sut.assess(newFacts({ area: 'tributario', complexitySignals: [...named, 'valor-50mil'] }), 1, 1).complexity).toBe('medium');
    expect(ids(['socio-corresponsavel'])).not.toContain('redirecionamento-em-execucao');
    expect(sut.features(newFacts({ area: 'empresarial', complexitySignals: named })).map((f) => f.id)).not.toContain('redirecionamento-em-execucao');
  });

  it('weighs a company\'s debt already blocked in the partner\'s own estate as high, save a tax redirection against a partner who left (CLT art. 855-A; CC art. 50; Tema 962 STJ)', () => {
    const included = sut.signals('o juiz da vara do trabalho incluiu os socios na execução');
    expect(included).toContain('execucao-contra-socio');
    expect(sut.signals('o juiz fez a desconsideração da personalidade jurídica')).toContain('execucao-contra-socio');
    expect(sut.signals('colocaram meu nome na execução como sócia')).toContain('execucao-contra-socio');
    const assessed = (area: 'trabalhista' | 'tributario', signals: string[]) => sut.assess(newFacts({ area, complexitySignals: signals }), 1, 1);
    const blocked = [...included, 'constricao', 'processo-em-curso'];
    expect(assessed('trabalhista', blocked).features.map((f) => f.id)).toContain('bens-do-socio-bloqueados');
    expect(assessed('trabalhista', blocked).complexity).toBe('high');
    // The tax enforcement redirected with the account blocked; the partner who left with the exit registered keeps it medium.
    const redirected = ['socio-corresponsavel', 'processo-em-curso', 'constricao'];
    expect(assessed('tributario', redirected).complexity).toBe('high');
    const left = sut.signals('saí em 2017 e assinei a alteração do contrato na junta');
    expect(left).toContain('saida-da-sociedade');
    expect(assessed('tributario', [...redirected, ...left]).complexity).toBe('medium');
    // The partners included with nothing blocked yet, or a block on the company alone, stays as it was; nor a credit bureau's list.
    expect(assessed('trabalhista', [...included, 'processo-em-curso']).features.map((f) => f.id)).not.toContain('bens-do-socio-bloqueados');
    expect(assessed('trabalhista', ['constricao', 'processo-em-curso']).complexity).toBe('medium');
    expect(sut.signals('a loja incluiu meu nome no serasa')).not.toContain('execucao-contra-socio');
  });

  it('weighs a common asset passed to a relative or a friend of the other spouse as a second defendant in a family case (CC arts. 167 and 1.647 I)', () => {
    const passed = sut.signals('ele passou a caminhonete e o terreno pro nome do irmão dele');
    expect(passed).toEqual(expect.arrayContaining(['bens-a-terceiro', 'bens-em-nome-de-terceiro']));
    const assessed = (area: 'familia' | 'civil', signals: string[]) => sut.assess(newFacts({ area, complexitySignals: [...signals, 'patrimonio'] }), 1, 1);
    expect(assessed('familia', passed).features.map((f) => f.id)).toEqual(expect.arrayContaining(['ocultacao-de-bens', 'varias-partes']));
    expect(assessed('familia', passed).complexity).toBe('high');
    // Assets only told hidden, or the same transfer against a creditor: the assets hidden alone.
    expect(assessed('familia', sut.signals('ele tá escondendo o patrimônio')).features.map((f) => f.id)).not.toContain('varias-partes');
    expect(assessed('civil', passed).features.map((f) => f.id)).not.toContain('varias-partes');
  });

  it('weighs a payroll credit card the client denies asking for as a contract to dispute, never simple (Tema 1.061 STJ; CDC art. 6º VIII)', () => {
    const denied = sut.signals('o meu pai nunca pediu cartao nenhum');
    expect(denied).toContain('cartao-nao-pedido');
    const assessed = (notes: string[], signals: string[]) => sut.assess(newFacts({ area: 'consumidor', notes, complexitySignals: signals }), 1, 1);
    expect(assessed(['rmc-card'], denied).features.map((f) => f.id)).toContain('cartao-consignado-contestado');
    expect(assessed(['rmc-card'], denied).complexity).toBe('medium');
    // The loan's denial ("um cartão que eu nunca pedi") is the same card disputed.
    expect(assessed(['rmc-card', 'unrequested-loan'], []).complexity).toBe('medium');
    // A card the client asked for and wants cancelled, a card denied with no payroll card told, or the same words outside a consumer case.
    expect(assessed(['rmc-card'], sut.signals('fui eu mesmo que pedi o cartao, quero cancelar')).complexity).toBe('low');
    expect(assessed([], denied).complexity).toBe('low');
    expect(sut.features(newFacts({ area: 'previdenciario', notes: ['rmc-card'], complexitySignals: denied })).map((f) => f.id)).not.toContain('cartao-consignado-contestado');
  });

  it('weighs a loan the client denies that the lender says the client signed or accepted as a contract to dispute (CPC art. 429 II; Tema 1.061 STJ)', () => {
    const claimed = sut.signals('apareceu um consignado na minha aposentadoria, o banco disse que eu assinei com selfie');
    expect(claimed).toEqual(expect.arrayContaining(['contratacao-alegada', 'credito-citado']));
    expect(sut.signals('o gerente me fez assinar no tablet e depois veio o emprestimo')).toContain('contratacao-alegada');
    const assessed = (area: 'consumidor' | 'civil', notes: string[], signals: string[]) => sut.assess(newFacts({ area, notes, complexitySignals: signals }), 1, 1);
    expect(assessed('consumidor', ['unrequested-loan'], claimed).features.map((f) => f.id)).toContain('contratacao-contestada');
    expect(assessed('consumidor', ['unrequested-loan'], claimed).complexity).toBe('medium');
    // The loan denied with nothing defended by the bank and no payroll loan told (that is `consignado-nao-contratado`, below), or a loan
    // the client made by selfie and keeps: a request to the bank.
    expect(assessed('consumidor', ['unrequested-loan'], sut.signals('apareceu um consignado que eu nunca pedi')).complexity).toBe('low');
    expect(assessed('consumidor', [], sut.signals('fiz o emprestimo pelo aplicativo com selfie e quero a portabilidade')).complexity).toBe('low');
    // An add-on charge on a bill the supplier says was accepted by phone is a small refund, no credit disputed.
    expect(assessed('consumidor', ['unrequested-loan'], sut.signals('cobram um seguro na fatura e a moça falou que eu aceitei pelo telefone')).complexity).toBe('low');
    expect(assessed('civil', ['unrequested-loan'], claimed).features.map((f) => f.id)).not.toContain('contratacao-contestada');
  });

  it('weighs a payroll loan the client never made, new or refinanced, as never simple whether or not the bank defends it (Tema 1.061 STJ; Súmula 479 STJ; CDC art. 42 p.u.)', () => {
    const assessed = (area: 'consumidor' | 'civil', notes: string[], text: string) => sut.assess(newFacts({ area, notes, complexitySignals: sut.signals(text) }), 1, 1);
    const denied = assessed('consumidor', ['payroll-loan', 'unrequested-loan'], 'apareceu um consignado no meu beneficio que eu nunca pedi, ainda nao falei com o banco');
    expect(denied.features.map((f) => f.id)).toContain('consignado-nao-contratado');
    expect(denied.complexity).toBe('medium');
    expect(assessed('consumidor', ['payroll-loan'], 'o banco refinanciou meu consignado sem eu pedir, nunca assinei nada').complexity).toBe('medium');
    // An add-on sold with a payroll loan the client did take (CDC art. 39 I), a payroll loan the client made and asks about, or the same
    // denial outside a consumer case.
    expect(assessed('consumidor', ['payroll-loan', 'unrequested-loan'], 'fiz um consignado e colocaram um seguro prestamista que eu nunca pedi').complexity).toBe('low');
    expect(assessed('consumidor', ['payroll-loan'], 'fiz um consignado e quero saber se posso quitar antes').complexity).toBe('low');
    expect(assessed('civil', ['payroll-loan', 'unrequested-loan'], 'apareceu um consignado que eu nunca pedi').features.map((f) => f.id)).not.toContain('consignado-nao-contratado');
  });

  it("weighs the bank's own hold on an account with the salary or the benefit inside as never simple (CPC art. 833 IV; CDC art. 14; Súmula 479 STJ)", () => {
    const assessed = (text: string) => sut.assess(newFacts({ area: 'consumidor', complexitySignals: sut.signals(text) }), 1, 1);
    const held = assessed('o banco bloqueou minha conta por prevencao a fraude e meu salario caiu ontem');
    expect(held.features.map((f) => f.id)).toContain('salario-retido-pelo-banco');
    expect(held.complexity).toBe('medium');
    // The bank's hold with no income told inside.
    expect(assessed('o banco bloqueou minha conta por prevencao a fraude').features.map((f) => f.id)).not.toContain('salario-retido-pelo-banco');
  });

  it('weighs a credit made without the client\'s request, or the financing of a purchase never made, that the lender says the client signed as a contract to dispute (CPC art. 429 II; Tema 1.061 STJ)', () => {
    const assessed = (area: 'consumidor' | 'civil', text: string) => sut.assess(newFacts({ area, complexitySignals: sut.signals(text) }), 1, 1);
    const refinanced = 'fizeram um refinanciamento do meu consignado sem eu pedir nada. no banco disseram que fui eu que assinei pelo aplicativo com selfie';
    expect(sut.signals(refinanced)).toEqual(expect.arrayContaining(['credito-nao-pedido', 'contratacao-alegada']));
    expect(assessed('consumidor', refinanced).features.map((f) => f.id)).toContain('contratacao-contestada');
    expect(assessed('consumidor', refinanced).complexity).toBe('medium');
    expect(assessed('consumidor', 'refinanciaram o consignado dela sem ela pedir. o banco diz que ela assinou digitalmente').complexity).toBe('medium');
    expect(assessed('consumidor', 'o banco fez um consignado novo no meu beneficio sem eu autorizar. falaram que eu assinei com selfie').complexity).toBe('medium');
    const financed = 'ta vindo boleto de um financiamento de celular que eu nunca comprei. eles afirmaram que a compra foi aprovada com selfie';
    expect(sut.signals(financed)).toEqual(expect.arrayContaining(['compra-nao-feita', 'credito-citado', 'contratacao-alegada']));
    expect(assessed('consumidor', financed).complexity).toBe('medium');
    // The refinancing denied with nothing defended by the bank and no payroll loan told (`consignado-nao-contratado`, below), an add-on
    // put on a loan the client took, a purchase denied with no credit told, or the same words outside a consumer case.
    expect(assessed('consumidor', 'o banco refinanciou meu consignado sem eu pedir, nunca assinei nada').complexity).toBe('low');
    expect(assessed('consumidor', 'o banco colocou um seguro no meu emprestimo sem eu pedir. disseram que eu aceitei quando assinei').complexity).toBe('low');
    expect(assessed('consumidor', 'cobram na fatura uma compra que eu nunca comprei e disseram que foi eu').complexity).toBe('low');
    expect(assessed('civil', refinanced).features.map((f) => f.id)).not.toContain('contratacao-contestada');
  });

  it('weighs a defect the supplier blames on another, against the written report of the client\'s own technician, as never simple (CPC art. 464; CDC art. 12 §3º III)', () => {
    const assessed = (area: 'consumidor' | 'civil', text: string) => sut.assess(newFacts({ area, complexitySignals: sut.signals(text) }), 1, 1);
    const reported = 'a loja diz que foi umidade da pia. chamei um marceneiro e ele escreveu que o material e MDP e nao MDF';
    expect(sut.signals(reported)).toEqual(expect.arrayContaining(['tecnico-do-cliente', 'parecer-escrito']));
    expect(assessed('consumidor', reported).features.map((f) => f.id)).toContain('vicio-com-laudo-proprio');
    expect(assessed('consumidor', reported).complexity).toBe('medium');
    expect(assessed('consumidor', 'levei numa assistencia independente e o tecnico me deu um laudo de defeito de fabrica').complexity).toBe('medium');
    // The seller's own service confirming the defect in writing, or a technician of the client's who only spoke: a plain claim.
    expect(assessed('consumidor', 'a autorizada fez um laudo confirmando o defeito e a loja nao troca').complexity).toBe('low');
    expect(assessed('consumidor', 'o tecnico escreveu na ordem de servico que e defeito de fabrica').complexity).toBe('low');
    expect(assessed('consumidor', 'chamei um mecanico e ele falou que e defeito').complexity).toBe('low');
    expect(assessed('civil', reported).features.map((f) => f.id)).not.toContain('vicio-com-laudo-proprio');
  });

  it('reads a tradesman told with the indefinite article and what he checked, a specialist, or the engineer of the client\'s works as the client\'s own technician', () => {
    const assessed = (text: string) => sut.assess(newFacts({ area: 'consumidor', complexitySignals: sut.signals(text) }), 1, 1);
    expect(sut.signals('um eletricista mediu a rede e escreveu num papel que a instalacao esta normal')).toContain('tecnico-do-cliente');
    expect(assessed('a loja falou que e umidade. um marceneiro olhou e colocou no papel que usaram MDP').complexity).toBe('medium');
    expect(assessed('o fabricante diz que carreguei errado. um tecnico em baterias testou e fez um relatorio tecnico').complexity).toBe('medium');
    expect(assessed('a fabrica diz que e culpa da obra. o engenheiro da minha obra fez um parecer tecnico').complexity).toBe('medium');
    // The seller's or the maker's technician, named by his employer or sent by the store, confirming the defect: a plain claim.
    expect(sut.signals('a loja mandou um tecnico, ele olhou e confirmou o defeito')).not.toContain('tecnico-do-cliente');
    expect(assessed('um tecnico da autorizada veio, olhou e escreveu na ordem de servico que e defeito de fabrica').complexity).toBe('low');
  });

  it('reads works interest charged by a bank on a home bought off-plan as two parties (the builder and the bank)', () => {
    expect(sut.signals('o banco já está descontando juros de obra')).toContain('varias-partes');
    expect(sut.signals('pago a taxa de evolução de obra todo mês')).toContain('varias-partes');
    expect(sut.signals('a obra está atrasada')).not.toContain('varias-partes');
  });

  it('reads a partner who never married and a union the INSS found unproved as a union to prove', () => {
    expect(sut.signals('a gente morou junto 12 anos mas nunca casou nem fez papel nenhum')).toContain('uniao-a-comprovar');
    expect(sut.signals('o inss disse que eu nao comprovei a uniao estavel')).toContain('uniao-a-comprovar');
    expect(sut.signals('somos casados no civil há 20 anos')).not.toContain('uniao-a-comprovar');
  });

  it('reads spyware on the victim\'s phone as violence (Lei 11.340 art. 7 II "vigilância constante"; CP art. 154-A)', () => {
    expect(sut.signals('o rapaz achou um aplicativo espião instalado escondido no meu celular')).toContain('violencia');
    expect(sut.signals('baixei um aplicativo de controle de gastos no celular')).not.toContain('violencia');
  });

  it('rates a child about to be taken into institutional care high, in family and criminal cases only (ECA art. 101 §§1-2, arts. 155-163)', () => {
    const words = sut.signals('a conselheira disse que a criança pode ir pra um abrigo até o juiz decidir');
    expect(words).toContain('acolhimento-da-crianca');
    expect(sut.assess(newFacts({ area: 'familia', complexitySignals: words }), 1, 1).complexity).toBe('medium');
    expect(sut.features(newFacts({ area: 'consumidor', complexitySignals: words })).map((f) => f.id)).not.toContain('acolhimento-da-crianca');
    expect(sut.signals('o MP pediu a destituição do poder familiar')).toContain('acolhimento-da-crianca');
    expect(sut.signals('levei o cachorro para o abrigo de animais')).not.toContain('acolhimento-da-crianca');
  });

  it('reads the antisocial owner the building wants to fine tenfold or bar as never simple (CC art. 1.337; Enunciado 508 CJF)', () => {
    expect(sut.signals('queria saber se dá para aplicar uma multa maior ou até tirar ele do prédio')).toContain('tipo-nao-simples');
    expect(sut.signals('temos um condômino antissocial no bloco B')).toContain('tipo-nao-simples');
    expect(sut.signals('o síndico aplicou uma multa por barulho')).not.toContain('tipo-nao-simples');
    // The síndico's threat to the client is not the building's suit against an antisocial owner.
    expect(sut.signals('o síndico disse que vai me expulsar do condomínio por causa da minha cachorra')).not.toContain('tipo-nao-simples');
  });

  it('reads a supplier gone with a linked credit still charged as two parties, in consumer cases only (CDC art. 54-F §§1º-2º)', () => {
    const words = sut.signals('financiei no banco que a própria empresa indicou e agora a empresa não responde mais');
    expect(words).toEqual(expect.arrayContaining(['compra-financiada', 'fornecedor-desaparecido']));
    expect(sut.features(newFacts({ area: 'consumidor', complexitySignals: words })).map((f) => f.id)).toContain('varias-partes');
    expect(sut.features(newFacts({ area: 'civil', complexitySignals: words })).map((f) => f.id)).not.toContain('varias-partes');
    expect(sut.features(newFacts({ area: 'consumidor', complexitySignals: sut.signals('a empresa não responde mais') })).map((f) => f.id)).not.toContain('varias-partes');
  });

  it('reads a purchase financed at the store, and a reseller closed, in everyday words as the linked credit and the supplier gone (CDC art. 54-F)', () => {
    const words = sut.signals('comprei a geladeira financiada na loja, a revenda fechou e o banco quer que eu pague as parcelas');
    expect(words).toEqual(expect.arrayContaining(['compra-financiada', 'fornecedor-desaparecido']));
    expect(sut.assess(newFacts({ area: 'consumidor', complexitySignals: words }), 1, 1).complexity).toBe('medium');
    // Financed with the store still answering: one supplier to claim from, nothing linked to undo.
    const open = sut.signals('o vendedor fez o financiamento e a loja mandou o aparelho para a assistência');
    expect(sut.features(newFacts({ area: 'consumidor', complexitySignals: open })).map((f) => f.id)).not.toContain('varias-partes');
  });

  it('weighs imported goods held by the customs as never simple, in tax and business cases only (Súmula 323 STF; DL 1.455/76 art. 23)', () => {
    const words = sut.signals('a receita segurou minha mercadoria no porto e falaram em perder a carga');
    expect(words).toContain('mercadoria-retida');
    expect(sut.assess(newFacts({ area: 'tributario', complexitySignals: words }), 1, 1).complexity).toBe('medium');
    const large = newFacts({ area: 'tributario', complexitySignals: [...words, 'internacional'], amounts: [{ raw: '800 mil', value: 800_000 }] });
    expect(sut.assess(large, 1, 1).complexity).toBe('high');
    expect(sut.features(newFacts({ area: 'criminal', complexitySignals: sut.signals('a policia disse que a mercadoria apreendida era falsa') })).map((f) => f.id)).not.toContain('mercadoria-retida');
    expect(sut.signals('a mercadoria chegou no porto e ja foi liberada')).not.toContain('mercadoria-retida');
  });

  it('weighs a tax collected by holding the licence, the invoices, the vehicle or the goods as never simple, in tax and administrative cases only (Súmulas 70, 323 and 547 STF)', () => {
    for (const told of [
      'a prefeitura nao quer renovar o alvara enquanto eu nao pagar a taxa atrasada',
      'a sefaz suspendeu a inscricao estadual e nao consigo emitir nota',
      'guincharam minha moto por causa do ipva e ta no patio',
      'o fiscal disse que vai lacrar meu restaurante se eu nao pagar',
      'a mercadoria que comprei de outro estado ficou presa no posto fiscal e a sefaz so libera se eu pagar o difal',
    ]) {
      const words = sut.signals(told);
      expect(words).toContain('sancao-politica');
      expect(sut.assess(newFacts({ area: 'tributario', complexitySignals: words }), 1, 1).complexity).toBe('medium');
    }
    const seized = sut.signals('apreenderam meu carro na blitz');
    expect(sut.features(newFacts({ area: 'criminal', complexitySignals: seized })).map((f) => f.id)).not.toContain('sancao-politica');
    expect(sut.signals('vou renovar o alvara e quero parcelar as taxas atrasadas')).not.toContain('sancao-politica');
    expect(sut.signals('quero fechar minha loja e dar baixa no cnpj')).not.toContain('sancao-politica');
  });

  it('weighs a company excluded from the Simples Nacional as never simple, in tax and business cases, not a mere warning or the client\'s own choice (LC 123/06 arts. 17, 29-31 and 39)', () => {
    for (const told of [
      'recebi pelo dte um termo de exclusao do simples nacional',
      'a receita excluiu minha empresa do simples por causa do das atrasado',
      'minha microempresa foi excluida do simples nacional',
      'me tiraram do simples por causa de uma divida de 3 mil',
      'fui excluido do simples e tenho 30 dias',
    ]) {
      const words = sut.signals(told);
      expect(words).toContain('exclusao-do-simples');
      expect(sut.assess(newFacts({ area: 'tributario', complexitySignals: words }), 1, 1).complexity).toBe('medium');
    }
    const excluded = sut.signals('minha loja foi excluida do simples');
    expect(sut.assess(newFacts({ area: 'empresarial', complexitySignals: excluded }), 1, 1).complexity).toBe('medium');
    expect(sut.features(newFacts({ area: 'familia', complexitySignals: excluded })).map((f) => f.id)).not.toContain('exclusao-do-simples');
    expect(sut.signals('a carta diz que se eu nao pagar posso ser excluido do simples')).not.toContain('exclusao-do-simples');
    expect(sut.signals('vao me excluir do simples se eu nao pagar')).not.toContain('exclusao-do-simples');
    expect(sut.signals('quero saber se vale a pena sair do simples e ir pro lucro presumido')).not.toContain('exclusao-do-simples');
  });

  it("weighs a parent's support asked of the children as never simple, in a family case (CC arts. 1.696 and 1.698)", () => {
    expect(sut.assess(newFacts({ area: 'familia', notes: ['parent-support'] }), 1, 1).complexity).toBe('medium');
    expect(sut.assess(newFacts({ area: 'familia', notes: ['child-support'] }), 1, 1).complexity).toBe('low');
  });

  it('weighs a power of attorney or a sale of a home in the name of a person without discernment as strong (CC art. 166 I; CPC art. 749; Estatuto da Pessoa Idosa art. 106)', () => {
    const words = sut.signals('minha mae tem alzheimer e meu irmao fez emprestimos consignados no nome dela e quer vender o apartamento dela');
    expect(words).toEqual(expect.arrayContaining(['sem-discernimento', 'bens-dispostos']));
    const features = sut.features(newFacts({ area: 'familia', complexitySignals: words })).map((f) => f.id);
    expect(features).toEqual(expect.arrayContaining(['incapaz-explorado', 'vulneravel']));
    expect(sut.assess(newFacts({ area: 'familia', complexitySignals: words }), 1, 1).complexity).toBe('medium');
    expect(sut.assess(newFacts({ area: 'familia', complexitySignals: [...words, 'internacional'] }), 1, 1).complexity).toBe('high');
    // A parent with dementia whose property nobody touches, or loans without anyone lacking discernment, is not this.
    expect(sut.features(newFacts({ area: 'familia', complexitySignals: sut.signals('meu pai tem alzheimer e quero cuidar dele') })).map((f) => f.id)).not.toContain('incapaz-explorado');
    expect(sut.features(newFacts({ area: 'familia', complexitySignals: sut.signals('ela tem alzheimer e ele fez emprestimos no nome dela') })).map((f) => f.id)).not.toContain('incapaz-explorado');
    expect(sut.features(newFacts({ area: 'familia', complexitySignals: sut.signals('ele quer vender a casa dela') })).map((f) => f.id)).not.toContain('incapaz-explorado');
    expect(sut.features(newFacts({ area: 'consumidor', complexitySignals: words })).map((f) => f.id)).not.toContain('incapaz-explorado');
  });

  it("weighs an elder's savings or car taken by a relative, told with their owner, as another's acts over the property of a person without discernment (Estatuto da Pessoa Idosa art. 102)", () => {
    const words = sut.signals('minha tia tem alzheimer e o sobrinho limpou a conta dela e vendeu o carro dela');
    expect(words).toEqual(expect.arrayContaining(['sem-discernimento', 'bens-dispostos']));
    expect(sut.features(newFacts({ area: 'familia', complexitySignals: words })).map((f) => f.id)).toContain('incapaz-explorado');
  });

  it('weighs property passed to a relative or a company of the other side as assets hidden in a family or civil case, not in a consumer one (CC arts. 158 and 167)', () => {
    const words = sut.signals('to me separando e ele passou a caminhonete pro nome do irmao dele');
    expect(words).toContain('bens-a-terceiro');
    expect(sut.features(newFacts({ area: 'familia', complexitySignals: words })).map((f) => f.id)).toContain('ocultacao-de-bens');
    expect(sut.features(newFacts({ area: 'civil', complexitySignals: words })).map((f) => f.id)).toContain('ocultacao-de-bens');
    expect(sut.features(newFacts({ area: 'consumidor', complexitySignals: words })).map((f) => f.id)).not.toContain('ocultacao-de-bens');
  });

  it('reads a prosecution for a death told in everyday words as the client accused, liberty at stake in a criminal case', () => {
    const words = sut.signals('ele ta sendo processado pela morte do rapaz');
    expect(words).toContain('acusado-de-crime');
    const facts = newFacts({ area: 'criminal', complexitySignals: [...words, 'dano-grave', 'processo-em-curso'] });
    expect(sut.features(facts).map((f) => f.id)).toEqual(expect.arrayContaining(['crime-grave', 'liberdade']));
    expect(sut.assess(facts, 1, 1).complexity).toBe('high');
    expect(sut.signals('a familia pede indenizacao pela morte')).not.toContain('acusado-de-crime');
  });

  it('weighs the client named to the police as the author of a furto or an apropriação at least medium in a criminal case (CP arts. 155 and 168; Lei 9.099/95 art. 61; CPP art. 14)', () => {
    const signals = sut.signals('a loja fez um boletim de ocorrência contra mim dizendo que eu saí sem pagar um celular');
    expect(signals).toContain('apontado-por-furto');
    const accused = newFacts({ area: 'criminal', complexitySignals: signals });
    expect(sut.assess(accused, 1, 1).complexity).toBe('medium');
    expect(sut.assess({ ...accused, area: 'trabalhista' }, 1, 1).features.map((f) => f.id)).not.toContain('apontado-por-furto');
    expect(sut.signals('furtaram meu celular no ônibus, preciso fazer BO pra bloquear o aparelho')).not.toContain('apontado-por-furto');
  });

  it('weighs an accusation of a crime with a loss over R$ 50 mil (CPP art. 28-A I; CPP arts. 125-137), only for the accused in a criminal case', () => {
    expect(sut.signals('chegou uma intimação pra eu prestar depoimento como investigado na delegacia')).toContain('acusado-de-crime');
    const accused = newFacts({ area: 'criminal', complexitySignals: ['acusado-de-crime'], amounts: [{ raw: '80 mil', value: 80_000 }] });
    expect(sut.assess(accused, 1, 1).features.map((f) => f.id)).toContain('acusado-de-prejuizo-alto');
    expect(sut.assess({ ...accused, complexitySignals: [] }, 1, 1).features.map((f) => f.id)).not.toContain('acusado-de-prejuizo-alto');
    expect(sut.assess({ ...accused, amounts: [{ raw: '8 mil', value: 8_000 }] }, 1, 1).features.map((f) => f.id)).not.toContain('acusado-de-prejuizo-alto');
    expect(sut.assess({ ...accused, area: 'trabalhista' }, 1, 1).features.map((f) => f.id)).not.toContain('acusado-de-prejuizo-alto');
  });
  it("reads a collector's letter announcing the suit and the seizure as a threat, no seizure nor lawsuit under way (CPC arts. 523 and 829-831)", () => {
    const words = sut.signals('é o ultimo aviso antes da ação judicial e penhora de bens');
    expect(words).not.toContain('constricao');
    expect(words).not.toContain('processo-em-curso');
    expect(sut.signals('o imóvel está sujeito a penhora')).not.toContain('constricao');
    expect(sut.signals('o juiz mandou a penhora do meu carro')).toContain('constricao');
  });

  it('reads a dismissal for cause only threatened as announced, none to reverse (CLT art. 482)', () => {
    const words = sut.signals('meu chefe disse que vai me mandar embora por justa causa');
    expect(words).toContain('justa-causa-anunciada');
    expect(words).not.toContain('tipo-nao-simples');
    expect(sut.signals('fui mandado embora por justa causa')).toContain('tipo-nao-simples');
  });

  it('reads a dismissal for cause only feared or asked about as none made, none to reverse (CLT art. 482)', () => {
    const words = sut.signals('levei uma suspensão de um dia e tenho receio de levar justa causa se faltar de novo');
    expect(words).toContain('justa-causa-anunciada');
    expect(words).not.toContain('tipo-nao-simples');
    expect(sut.signals('chegar atrasado três vezes já dá justa causa?')).not.toContain('tipo-nao-simples');
  });

  it('weighs a creditor\'s bankruptcy petition as insolvency and as a lawsuit under way (Lei 11.101 arts. 94-98)', () => {
    const words = sut.signals('um banco pediu a falência da nossa distribuidora');
    expect(words).toContain('insolvencia');
    expect(words).toContain('processo-em-curso');
  });

  it('weighs someone the police hold and have not released as liberty at stake', () => {
    expect(sut.signals('a polícia pegou meu filho com a moto roubada e ainda não soltaram ele')).toContain('liberdade');
  });

  it("weighs a child registered as another man's as never simple: the registry annulled in court (CC arts. 1.601 and 1.604)", () => {
    expect(sut.signals('o menino ja ta registrado no nome do marido dela')).toContain('tipo-nao-simples');
    expect(sut.signals('ele registrou como se fosse dele')).toContain('tipo-nao-simples');
    expect(sut.signals('o carro esta registrado no nome do meu pai')).not.toContain('tipo-nao-simples');
  });

  it("weighs the city's order to demolish the client's building and an alvará refused as never simple (Lei 9.784/99 arts. 50 and 56; CF art. 5º LV)", () => {
    expect(sut.signals('a prefeitura mandou uma notificação pra demolir a minha casa')).toContain('tipo-nao-simples');
    expect(sut.signals('recebi um auto de demolição da secretaria de obras')).toContain('tipo-nao-simples');
    expect(sut.signals('a prefeitura indeferiu o alvará de funcionamento da minha academia')).toContain('tipo-nao-simples');
    expect(sut.signals('quais documentos preciso pra tirar o alvará de funcionamento?')).not.toContain('tipo-nao-simples');
    expect(sut.signals('o vizinho demoliu a edícula dele e deixou entulho no meu muro')).not.toContain('tipo-nao-simples');
  });

  it("reads the books kept from a partner as a dispute between partners (CC arts. 1.020-1.021)", () => {
    expect(sut.signals('ele nao me mostra balanco nem extrato faz mais de um ano')).toContain('disputa-societaria');
    expect(sut.signals('temos o balanco do ano passado')).not.toContain('disputa-societaria');
  });

  it("reads a building's leak between a unit's pipe and the common column as two possible defendants (CC arts. 1.331 §2º and 1.348 V)", () => {
    expect(sut.signals('o vizinho diz que o cano que vaza é da prumada do predio')).toContain('varias-partes');
    expect(sut.signals('ele diz que é problema do condominio')).toContain('varias-partes');
  });

  it("reads the client company's own bid as its habilitação, not public money misused, whatever the article or tense (Lei 14.133/21 arts. 62-71)", () => {
    expect(sut.signals('minha empresa participou de uma licitação da prefeitura e foi inabilitada')).not.toContain('improbidade');
    expect(sut.signals('ganhamos uma licitação do estado e não pagam')).not.toContain('improbidade');
    expect(sut.signals('a licitação foi direcionada pro sobrinho do prefeito')).toContain('improbidade');
  });

  it('reads a tax enforcement named with the Fazenda as a proceeding under way (Lei 6.830/80)', () => {
    expect(sut.signals('o bloqueio é de uma execução fiscal da Fazenda Nacional')).toContain('processo-em-curso');
    expect(sut.signals('a Secretaria da Fazenda mandou uma carta')).not.toContain('processo-em-curso');
  });

  it("reads accounts rendered and approved as no partners' dispute (CC art. 1.078 §3º), accounts refused as one", () => {
    expect(sut.signals('fui tesoureira e a prestação de contas foi aprovada por todo mundo')).not.toContain('disputa-societaria');
    expect(sut.signals('ele não quer fazer a prestação de contas da empresa')).toContain('disputa-societaria');
  });

  it('reads the criminal summons and the present "me acusa" as the client accused, so a large loss weighs as theirs (CPP arts. 351 and 396)', () => {
    expect(sut.signals('fui citado num processo criminal')).toContain('acusado-de-crime');
    expect(sut.signals('a empresa me acusa de ter desviado o dinheiro')).toContain('acusado-de-crime');
    const accused = newFacts({ area: 'criminal', complexitySignals: sut.signals('fui citado na ação penal'), amounts: [{ raw: '420 mil', value: 420_000 }] });
    expect(sut.features(accused).map((f) => f.id)).toContain('acusado-de-prejuizo-alto');
    expect(sut.features({ ...accused, complexitySignals: [] }).map((f) => f.id)).not.toContain('acusado-de-prejuizo-alto');
  });

  it('weighs a wage paid abroad and partly off the books high in a labour case (Lei 7.064/82), and neither alone', () => {
    const signals = sut.signals('trabalhei no Paraguai e uma parte vinha em dólar por fora');
    expect(signals).toEqual(expect.arrayContaining(['internacional', 'salario-por-fora']));
    expect(sut.features(newFacts({ area: 'trabalhista', complexitySignals: signals })).map((f) => f.id)).toContain('salario-no-exterior');
    expect(sut.assess(newFacts({ area: 'trabalhista', complexitySignals: signals }), 1, 1).complexity).toBe('high');
    expect(sut.features(newFacts({ area: 'trabalhista', complexitySignals: ['salario-por-fora'] })).map((f) => f.id)).not.toContain('salario-no-exterior');
    expect(sut.features(newFacts({ area: 'trabalhista', complexitySignals: ['internacional'] })).map((f) => f.id)).not.toContain('salario-no-exterior');
  });

  it('reads a benefit held for want of the proof of life as no cut to contest (Lei 8.212/91 art. 69 §8º)', () => {
    const held = newFacts({ area: 'previdenciario', complexitySignals: sut.signals('o benefício foi bloqueado porque não foi feita a prova de vida') });
    expect(held.complexitySignals).toEqual(expect.arrayContaining(['beneficio-cessado', 'prova-de-vida']));
    expect(sut.features(held).map((f) => f.id)).not.toContain('beneficio-cessado');
    expect(sut.assess(held, 1, 1).complexity).toBe('low');
    expect(sut.signals('fiz a prova de vida e mesmo assim cortaram o benefício')).not.toContain('prova-de-vida');
  });

  it('reads loans the client never took as no over-indebtedness (CDC arts. 14 and 104-A)', () => {
    const signals = sut.signals('apareceram três empréstimos consignados de bancos diferentes');
    expect(signals).toContain('muitas-dividas');
    expect(sut.features(newFacts({ area: 'consumidor', complexitySignals: signals })).map((f) => f.id)).toContain('muitas-dividas');
    const denied = newFacts({ area: 'consumidor', complexitySignals: signals, notes: ['unrequested-loan'] });
    expect(sut.features(denied).map((f) => f.id)).not.toContain('muitas-dividas');
  });

  it('weighs a union denied by a dating contract and a common home being sold in a family case, never low (CC art. 1.723; CPC art. 300)', () => {
    const denied = sut.signals('ele me fez assinar um contrato de namoro');
    expect(denied).toContain('uniao-negada');
    expect(sut.assess(newFacts({ area: 'familia', complexitySignals: denied }), 1, 1).complexity).toBe('medium');
    const selling = sut.signals('ele colocou o apartamento à venda e já tem comprador');
    expect(selling).toContain('venda-de-bem-comum');
    expect(sut.assess(newFacts({ area: 'familia', complexitySignals: [...denied, ...selling, 'vulneravel'] }), 1, 1).complexity).toBe('high');
    expect(sut.features(newFacts({ area: 'imobiliario', complexitySignals: [...denied, ...selling] }))).toEqual([]);
  });

  it('weighs workers counted by the bare word ("somos umas 90 pessoas") as a collective in a labour case only (CF art. 8º III; CLT art. 842)', () => {
    const counted = sut.signals('nao é so eu, somos umas 90 pessoas sem rescisao');
    expect(counted).toEqual(['pessoas-contadas']);
    const weighed = (area: 'trabalhista' | 'familia') => sut.features(newFacts({ area, complexitySignals: counted })).map((f) => f.id);
    expect(weighed('trabalhista')).toEqual(['coletivo']);
    expect(weighed('familia')).toEqual([]);
    expect(sut.assess(newFacts({ area: 'trabalhista', complexitySignals: counted }), 1, 1).complexity).toBe('medium');
  });

  it('reads a business counterparty named by its nationality as an international element (LINDB art. 9º; CPC art. 25), not a shop', () => {
    expect(sut.signals('o fabricante é italiano, de Bolonha')).toEqual(['internacional']);
    expect(sut.signals('fechamos com uma empresa chinesa de peças')).toEqual(['internacional']);
    expect(sut.signals('o contrato diz que vale a lei alemã')).toEqual(['internacional']);
    expect(sut.signals('o fabricante é daqui de Caxias')).toEqual([]);
    expect(sut.signals('comprei um vinho italiano na loja')).toEqual([]);
    expect(sut.assess(newFacts({ area: 'empresarial', complexitySignals: sut.signals('o fabricante é italiano') }), 1, 1).complexity).toBe('medium');
  });

  it('weighs a filiation to establish while the other heirs run the inventory high in a family case (CC art. 1.824; CPC art. 628), not either alone', () => {
    const filiation = sut.signals('meu pai nunca me registrou, os irmãos dizem que eu não sou filho');
    expect(filiation).toContain('filiacao-a-reconhecer');
    const opened = sut.signals('os filhos do casamento já abriram o inventário sem me incluir');
    expect(opened).toEqual(expect.arrayContaining(['inventario-aberto', 'processo-em-curso']));
    // The heirs dividing the land, no inventory told: there is time, and they may accept the child (routing-cases-6 rh1 is medium).
    expect(sut.signals('os filhos dele já estão dividindo as terras')).not.toContain('inventario-aberto');
    const assess = (area: 'familia' | 'civil', signals: string[]) => sut.assess(newFacts({ area, complexitySignals: signals }), 1, 1);
    expect(assess('familia', [...filiation, ...opened]).features.map((f) => f.id)).toContain('paternidade-na-heranca');
    expect(assess('familia', [...filiation, ...opened, 'patrimonio']).complexity).toBe('high');
    expect(assess('familia', [...filiation, 'patrimonio']).complexity).not.toBe('high');
    expect(assess('civil', [...filiation, ...opened]).features.map((f) => f.id)).not.toContain('paternidade-na-heranca');
  });

  it("weighs an exam's fee asked back or waived as taking back the kind's points in an administrative case only (CC art. 884; Lei 13.656/18)", () => {
    const refund = sut.signals('o concurso foi anulado e disseram que ia ter devolução da taxa');
    expect(refund).toEqual(['taxa-do-concurso']);
    expect(sut.signals('pedi isenção da taxa de inscrição e negaram')).toContain('taxa-do-concurso');
    expect(sut.signals('paguei a taxa de inscrição e fui eliminado no teste físico')).not.toContain('taxa-do-concurso');
    const points = (area: 'administrativo' | 'consumidor') => sut.features(newFacts({ area, complexitySignals: refund })).map((f) => f.points);
    expect(points('administrativo')).toEqual([-2]);
    expect(points('consumidor')).toEqual([]);
  });

  it('weighs a past criminal case\'s record to clean as low, without the liberty or the gravity (LEP art. 202; CP art. 93), unless a term runs', () => {
    const served = sut.signals('ele foi preso por roubo em 2016, cumpriu a pena e quer limpar a ficha dele');
    expect(served).toEqual(expect.arrayContaining(['ficha-a-limpar', 'liberdade']));
    expect(sut.signals('como faz pra tirar isso dos antecedentes')).toContain('ficha-a-limpar');
    expect(sut.signals('queremos pedir a reabilitação')).toContain('ficha-a-limpar');
    // A relative detained, told with the officers' word: liberty at stake, held now (CPP arts. 306 and 310).
    expect(sut.signals('meu irmão foi detido ontem na saída do trabalho')).toEqual(expect.arrayContaining(['liberdade', 'prisao-em-curso']));
    // Asked whether a past case shows on the record (LEP art. 202; CP art. 93), the detention told with it of 2019.
    const record = sut.assess(newFacts({ area: 'criminal', complexitySignals: sut.signals('em 2019 meu filho foi detido numa briga. quero saber se isso vai aparecer na ficha dele') }), 1, 1);
    expect(record.complexity).toBe('low');
    expect(sut.signals('tenho medo de ficar com a ficha suja')).not.toContain('ficha-a-limpar');
    const ids = (hours: number, signals = served) => sut.features(newFacts({ area: 'criminal', complexitySignals: signals }), hours).map((f) => f.id);
    expect(ids(720)).toEqual(['ficha-a-limpar']);
    // Arrested yesterday, or a warrant out: the arrest is the case, the record weighs nothing.
    expect(ids(24)).toContain('liberdade');
    expect(ids(24)).not.toContain('ficha-a-limpar');
    expect(ids(720, [...served, 'processo-em-curso'])).toContain('liberdade');
    expect(sut.features(newFacts({ area: 'consumidor', complexitySignals: ['ficha-a-limpar'] }), 720)).toEqual([]);
  });

  it('reads the registry office and a notary\'s protest notice as no assets and no lawsuit, and the client\'s own intimate images as a sexual offence', () => {
    // Lei 6.015/73 art. 167: the registry where the sale was recorded.
    expect(sut.signals('o comprador registrou no cartório de imóveis no mesmo ano')).not.toContain('patrimonio');
    // Lei 9.492/97 art. 14: pay within three working days, out of court.
    expect(sut.signals('recebi uma intimação de cartório de protesto')).not.toContain('processo-em-curso');
    // CP art. 218-C.
    expect(sut.signals('ele mandou pro grupo umas fotos minhas íntimas')).toContain('crime-sexual');
  });

  it('weighs the front partner (laranja) of another\'s company investigated high in a criminal case (CP art. 299; Lei 9.613/98), not a plain summons', () => {
    const front = sut.signals('ele pediu para colocar a empresa no meu nome porque estava com restrição, quem cuidava era ele');
    expect(front).toContain('nome-emprestado');
    expect(sut.signals('eu era só sócia laranja da firma do meu ex')).toContain('nome-emprestado');
    const summons = sut.signals('recebi uma intimação da polícia federal na qualidade de investigada');
    const assess = (area: 'criminal' | 'tributario', signals: string[]) => sut.assess(newFacts({ area, complexitySignals: signals }), 1, 1);
    expect(assess('criminal', [...front, ...summons]).features.map((f) => f.id)).toContain('laranja-investigado');
    expect(assess('criminal', [...front, ...summons, 'tipo-de-caso']).complexity).not.toBe('low');
    // A summons alone, or a name lent with no one accused, is no such case.
    expect(assess('criminal', summons).features.map((f) => f.id)).not.toContain('laranja-investigado');
    expect(assess('criminal', front).features.map((f) => f.id)).not.toContain('laranja-investigado');
    expect(assess('tributario', [...front, ...summons]).features.map((f) => f.id)).not.toContain('laranja-investigado');
  });

  it('reads heirs calling a union a mere courtship as the union denied (CC art. 1.723)', () => {
    expect(sut.signals('meu irmão acha que era namoro, não união estável')).toContain('uniao-negada');
    expect(sut.signals('não era namoro, a gente morava junto')).not.toContain('uniao-negada');
  });

  it("reads the client's own move abroad as no foreign element, except where a child's home or an accused's presence is the case (ECA art. 84)", () => {
    const move = sut.signals('quero sair da sociedade porque vou me mudar para Portugal no ano que vem');
    expect(move).toContain('mudanca-para-o-exterior');
    expect(move).not.toContain('internacional');
    expect(sut.signals('o sócio português quer sair')).toContain('internacional');
    const ids = (area: 'empresarial' | 'familia') => sut.features(newFacts({ area, complexitySignals: move })).map((f) => f.id);
    expect(ids('empresarial')).not.toContain('internacional');
    expect(ids('familia')).toContain('internacional');
  });

  it('reads a foreign element where a party, the work or an asset is abroad, not in a company\'s nationality nor a match (LINDB arts. 7º-10; Lei 7.064/82; CPC art. 23)', () => {
    // A multinational's Brazilian plant is no party abroad; a foreign supplier is.
    expect(sut.signals('fui demitido de uma multinacional alemã aqui em São Bernardo')).not.toContain('internacional');
    expect(sut.signals('o fornecedor chinês não entregou a mercadoria')).toContain('internacional');
    // Peru as a place, not the bird.
    expect(sut.signals('passei 14 meses numa obra no Peru pela construtora')).toContain('internacional');
    expect(sut.signals('comprei um peru de natal estragado')).not.toContain('internacional');
    // A match against a country told in passing.
    const match = sut.signals('foi no dia do jogo do Brasil contra a Argentina que ele bateu no meu carro');
    expect(match).toContain('pais-de-passagem');
    expect(match).not.toContain('internacional');
    expect(sut.signals('a mãe levou meu filho pro Paraguai sem autorização')).toContain('internacional');
  });

  it('weighs a guarantor (avalista) as several parties only once the debt is collected (LUG art. 32; CC art. 899)', () => {
    const aval = sut.signals('sou avalista de um financiamento da clínica, ainda faltam três anos');
    expect(aval).toContain('aval');
    const ids = (signals: string[]) => sut.features(newFacts({ area: 'empresarial', complexitySignals: signals })).map((f) => f.id);
    expect(ids(aval)).not.toContain('varias-partes');
    expect(ids([...aval, ...sut.signals('o banco entrou com execução contra a empresa e contra mim, recebi a citação')])).toContain('varias-partes');
  });

  it('weighs a partners\' dispute against two or more other partners as several parties (CPC art. 601), not one against a single partner', () => {
    const ids = (text: string) => sut.features(newFacts({ area: 'empresarial', complexitySignals: sut.signals(text) })).map((f) => f.id);
    expect(ids('somos uma limitada de três sócios e os outros dois querem me excluir da sociedade')).toContain('varias-partes');
    expect(ids('somos dois sócios e ele quer me excluir da sociedade')).not.toContain('varias-partes');
    // A company of three partners opening, no dispute: no one on the other side.
    expect(ids('queremos abrir uma empresa de três sócios')).not.toContain('varias-partes');
  });

  it("weighs a business tenant's lease renewal as never simple in a lease case (Lei 8.245/91 art. 51 §5º), not a home's", () => {
    const renew = sut.signals('o contrato vence no ano que vem e queria ver como funciona para renovar');
    expect(renew).toContain('renovacao-da-locacao');
    const level = (notes: string[], signals: string[]) => sut.assess(newFacts({ area: 'imobiliario', notes, complexitySignals: signals }), 1, 1);
    expect(level(['client-company'], renew).complexity).toBe('medium');
    expect(level([], [...renew, ...sut.signals('estou no ponto comercial há oito anos')]).features.map((f) => f.id)).toContain('renovatoria');
    // A home's lease to renew: no renewal action, a plain negotiation.
    expect(level([], renew).complexity).toBe('low');
    expect(sut.signals('quero entrar com a ação renovatória')).toEqual(expect.arrayContaining(['renovacao-da-locacao', 'locacao-empresarial']));
  });

  it("weighs the tenant's or occupant's works on the property as never simple in a real-estate case (Lei 8.245/91 art. 35; CC art. 1.219), not an owner's", () => {
    const level = (text: string, area = 'imobiliario') => sut.assess(newFacts({ area: area as never, complexitySignals: sut.signals(text) }), 1, 1).complexity;
    expect(level('o dono quer a casa de volta, eu troquei todo o telhado com autorização dele')).toBe('medium');
    expect(level('moro de favor na casa da minha tia e construí um quarto nos fundos')).toBe('medium');
    expect(level('o dono pediu a casa e não quer pagar as benfeitorias que eu fiz')).toBe('medium');
    // The client note `tenant` is the occupant's side too.
    expect(sut.assess(newFacts({ area: 'imobiliario', notes: ['tenant'], complexitySignals: sut.signals('fizemos uma laje') }), 1, 1).complexity).toBe('medium');
    // An owner's works on the owner's own house are no claim against anyone: the works alone weigh nothing.
    expect(sut.signals('construí um quarto nos fundos da minha casa')).toContain('obra-no-imovel');
    expect(level('construí um quarto nos fundos da minha casa e fiz um muro, quero regularizar a construção')).toBe('low');
    expect(level('ele não quer pagar as benfeitorias que eu fiz')).toBe('low');
    // Painting or a floor before leaving is the wear the deposit answers for; the works outside a real-estate case weigh nothing.
    expect(level('pintei o apartamento antes de sair e o dono quer descontar da caução')).toBe('low');
    expect(level('o telhado da casa que eu alugo tá vazando e o dono não conserta')).toBe('low');
    expect(level('fiz um muro e o pedreiro sumiu com o dinheiro', 'consumidor')).toBe('low');
  });

  it('weighs special time at one employer closed and another without records as never simple in a social-security case (Lei 8.213/91 art. 58 §§1º and 4º)', () => {
    const two = sut.signals('a Termomec fechou em 2012 e a outra foi vendida, o RH diz que não acha os papéis daquela época, só tenho um PPP');
    expect(two).toEqual(expect.arrayContaining(['tempo-especial', 'empregador-fechado', 'registros-perdidos']));
    expect(sut.signals('na carteira está soldador, não tenho o PPP de lá')).toContain('tempo-especial');
    const ids = (area: 'previdenciario' | 'trabalhista', signals: string[]) => sut.features(newFacts({ area, complexitySignals: signals })).map((f) => f.id);
    expect(ids('previdenciario', two)).toContain('tempo-especial-sem-ppp');
    expect(sut.assess(newFacts({ area: 'previdenciario', complexitySignals: two }), 1, 1).complexity).toBe('medium');
    // One employer closed beside the others' PPPs in hand is one period to prove; a closed employer in a plain retirement is none.
    expect(ids('previdenciario', sut.signals('tenho os PPPs de três empresas, uma delas faliu e não consegui o PPP'))).not.toContain('tempo-especial-sem-ppp');
    expect(ids('previdenciario', sut.signals('a firma fechou mas está tudo na carteira'))).not.toContain('tempo-especial-sem-ppp');
    expect(ids('trabalhista', two)).not.toContain('tempo-especial-sem-ppp');
  });

  it("weighs one construction defect claimed by the building's síndico against the builder high (CC art. 618; CPC art. 75 XI)", () => {
    const building = sut.signals('sou síndica de um prédio novo e apareceram rachaduras e infiltração, a construtora não responde');
    expect(building).toEqual(expect.arrayContaining(['condominio-autor', 'imovel-rachado', 'defeito-construtivo', 'construtora']));
    const assess = (signals: string[]) => sut.assess(newFacts({ area: 'imobiliario', complexitySignals: signals }), 1, 1);
    expect(assess(building).features.map((f) => f.id)).toContain('vicio-em-muitas-unidades');
    expect(assess([...building, 'tipo-de-caso-nao-simples', 'prova-disputada']).complexity).toBe('high');
    // An owner's own unit, even in a building of 60 with neighbours alike, is one claim.
    expect(assess(sut.signals('o prédio tem uns 60 apartamentos e outros vizinhos estão com problema parecido, rachadura na sala, a construtora não resolve')).features.map((f) => f.id)).not.toContain('vicio-em-muitas-unidades');
    expect(assess(sut.signals('sou síndico e o vizinho de cima causou uma infiltração')).features.map((f) => f.id)).not.toContain('vicio-em-muitas-unidades');
  });

  it('weighs the client\'s home in an inventory already opened high (CC arts. 1.245, 1.784, 1.417-1.418; CPC art. 612)', () => {
    const ids = (text: string) => sut.features(newFacts({ area: 'familia', complexitySignals: sut.signals(text) })).map((f) => f.id);
    expect(ids('os filhos dele abriram o inventario e dizem que a casa é herança. moro la ate hoje')).toContain('moradia-no-inventario');
    expect(ids('moro la ate hoje e ninguem abriu inventario')).not.toContain('moradia-no-inventario');
  });

  it('weighs a transfer the client was tricked into making in a consumer case (CDC art. 14 §3º II; Súmula 479 STJ)', () => {
    expect(sut.signals('disseram que eu tinha que passar o dinheiro pra uma conta segura')).toContain('golpe-induzido');
    expect(sut.signals('como fui eu que fiz a transferencia eles nao tem responsabilidade')).toContain('golpe-induzido');
    expect(sut.signals('fiz a transferencia pro fornecedor')).not.toContain('golpe-induzido');
    const ids = (area: 'consumidor' | 'civil') => sut.features(newFacts({ area, complexitySignals: ['golpe-induzido'] })).map((f) => f.id);
    expect(ids('consumidor')).toContain('golpe-induzido');
    expect(ids('civil')).not.toContain('golpe-induzido');
  });

  it('weighs the earnings a consumer lost while a product or a service failed, asked of the supplier, as never simple (CDC art. 6º VI; CC arts. 402-403)', () => {
    expect(sut.signals('quero o carro consertado e que paguem o que eu deixei de ganhar')).toContain('lucro-cessante-de-consumo');
    expect(sut.signals('quero que religuem e me paguem os dias que fiquei sem trabalhar')).toContain('lucro-cessante-de-consumo');
    expect(sut.signals('quero que paguem os fretes que deixei de fazer')).toContain('lucro-cessante-de-consumo');
    // The loss only told, a new product asked: a plain defect.
    expect(sut.signals('uso ela pra trabalhar, to parado, perdendo dinheiro todo dia. quero uma moto nova')).not.toContain('lucro-cessante-de-consumo');
    const assess = (area: 'consumidor' | 'civil') => sut.assess(newFacts({ area, complexitySignals: ['lucro-cessante-de-consumo'] }), 1, 1);
    expect(assess('consumidor').complexity).toBe('medium');
    expect(assess('civil').features.map((f) => f.id)).not.toContain('lucro-cessante-de-consumo');
  });

  it('weighs the work a consumer tells lost, refused or called off while the product or service failed as lucros cessantes (CC arts. 402-403)', () => {
    expect(sut.signals('perdi dois contratos de tradução porque o notebook queimou')).toContain('lucro-cessante-de-consumo');
    expect(sut.signals('tive que recusar três trabalhos enquanto a câmera tava na assistência')).toContain('lucro-cessante-de-consumo');
    expect(sut.signals('tive que desmarcar os pacientes da semana inteira')).toContain('lucro-cessante-de-consumo');
    expect(sut.signals('perdi as encomendas de páscoa, uns 3 mil')).toContain('lucro-cessante-de-consumo');
    expect(sut.signals('cada dia parado é uma diária que eu perco')).toContain('lucro-cessante-de-consumo');
    // A paper mislaid, a class missed, the tool only needed for work: no lost earnings told.
    expect(sut.signals('perdi a nota fiscal mas tenho a fatura do cartão')).not.toContain('lucro-cessante-de-consumo');
    expect(sut.signals('perdi os contratos, só tenho os boletos')).not.toContain('lucro-cessante-de-consumo');
    expect(sut.signals('perdi as aulas do mês inteiro')).not.toContain('lucro-cessante-de-consumo');
    expect(sut.signals('preciso dele pra trabalhar')).not.toContain('lucro-cessante-de-consumo');
  });

  it('reads a landlord\'s refusal to renew a business lease as the lease to renew (Lei 8.245/91 arts. 51 and 72)', () => {
    const signals = sut.signals('a loja está no ponto há 9 anos e o dono mandou e-mail dizendo que não vai renovar de jeito nenhum');
    expect(signals).toEqual(expect.arrayContaining(['renovacao-da-locacao', 'locacao-empresarial']));
  });

  it('weighs an elder\'s savings of R$ 300 mil or more at stake against a bank or the State high (Estatuto da Pessoa Idosa arts. 71 and 75; CDC art. 39 IV), not an heir\'s share', () => {
    const assessed = (area: 'consumidor' | 'familia', text: string) =>
      sut.assess(newFacts({ area, complexitySignals: sut.signals(text), amounts: [{ raw: 'R$ 350 mil', value: 350_000 }] }), 1, 1);
    const scam = assessed('consumidor', 'minha mãe tem 84 anos e o golpista tirou a poupança dela pelo banco');
    expect(scam.features.map((f) => f.id)).toContain('patrimonio-de-vulneravel');
    expect(scam.complexity).toBe('high');
    expect(assessed('familia', 'minha mãe tem 84 anos e meu irmão quer a casa da herança').features.map((f) => f.id)).not.toContain('patrimonio-de-vulneravel');
  });

  it('weighs a patient the doctor says may die without the care the State or a plan owes high (CF art. 196; Lei 9.656/98 art. 35-C), not elsewhere', () => {
    const assessed = (area: 'administrativo' | 'consumidor' | 'civil', texts: string[]) =>
      sut.assess(newFacts({ area, complexitySignals: sut.signals(texts.join('. '), texts), urgencySignals: ['risco-de-morte'] }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    const sus = assessed('administrativo', ['meu pai espera vaga de uti pela regulação', 'a médica disse que ele pode não resistir até amanhã']);
    expect(ids(sus)).toEqual(expect.arrayContaining(['risco-a-saude', 'risco-de-morte']));
    expect(sus.complexity).toBe('high');
    expect(ids(assessed('consumidor', ['o convênio negou a uti e o médico falou que ela corre risco de morrer']))).toContain('risco-de-morte');
    // In a claim for damages the victim's state is the harm, not care owed now.
    expect(ids(assessed('civil', ['o motorista que bateu em mim sumiu, o médico disse que eu podia morrer']))).not.toContain('risco-de-morte');
    expect(sut.signals('meu pai espera vaga de uti pela regulação')).not.toContain('risco-de-morte');
    // The time left told short is the same risk.
    expect(ids(assessed('administrativo', ['minha avó espera leito de uti no hospital', 'o médico falou que ela não aguenta muito tempo assim']))).toContain('risco-de-morte');
  });

  it('weighs one disaster harming many households high (CC arts. 927 and 937-938; CPC art. 113), not one house nor a disaster told alone', () => {
    const assessed = (area: 'civil' | 'imobiliario', texts: string[]) => sut.assess(newFacts({ area, complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    const flood = assessed('civil', ['a barragem da mineradora rompeu', 'a lama destruiu mais de 40 casas do distrito e os moradores querem processar']);
    expect(ids(flood)).toEqual(expect.arrayContaining(['coletivo', 'desastre-coletivo']));
    expect(flood.complexity).toBe('high');
    expect(ids(assessed('civil', ['o incêndio da oficina do lado queimou o telhado da minha casa']))).not.toContain('desastre-coletivo');
    expect(ids(assessed('civil', ['as famílias da rua vão fazer uma festa junina, somos 20 casas']))).not.toContain('desastre-coletivo');
  });

  it('weighs one home harmed by a fire, a ruin or a broken dam next door as never simple (CC arts. 927, 937 and 1.277; CPC art. 464)', () => {
    const assessed = (area: 'civil' | 'imobiliario', texts: string[]) => sut.assess(newFacts({ area, complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    expect(assessed('civil', ['a oficina do lado pegou fogo e queimou metade da minha casa']).complexity).toBe('medium');
    expect(ids(assessed('civil', ['o dono do terreno colocou fogo no mato e o fogo passou pra minha chácara']))).toContain('dano-por-ruina-ou-incendio');
    expect(ids(assessed('civil', ['a marquise de uma loja caiu em cima de mim']))).toContain('dano-por-ruina-ou-incendio');
    expect(ids(assessed('civil', ['a parede do galpão caiu por cima do meu quarto']))).toContain('dano-por-ruina-ou-incendio');
    expect(ids(assessed('civil', ['o açude do vizinho arrombou e levou minha roça']))).toContain('dano-por-ruina-ou-incendio');
    // A tree fallen, a wall the neighbour knocked down, a lease, or many households (`desastre-coletivo`) are no such case.
    expect(ids(assessed('civil', ['a árvore do vizinho caiu em cima do meu telhado']))).not.toContain('dano-por-ruina-ou-incendio');
    expect(ids(assessed('civil', ['o vizinho derrubou meu muro com o trator']))).not.toContain('dano-por-ruina-ou-incendio');
    expect(ids(assessed('imobiliario', ['moro de aluguel e o forro desabou']))).not.toContain('dano-por-ruina-ou-incendio');
    expect(ids(assessed('civil', ['a barragem da mineradora rompeu', 'a lama destruiu mais de 40 casas do distrito e os moradores querem processar']))).not.toContain(
      'dano-por-ruina-ou-incendio',
    );
  });

  it('weighs a partner diverting the company\'s money or clients as a partners\' dispute (CC arts. 1.011, 1.030 and 1.085; Lei 9.279/96 art. 195 III)', () => {
    expect(sut.signals('acho que fui lesado pelo meu socio, ele sumiu com o dinheiro')).toContain('disputa-societaria');
    expect(sut.signals('ela abriu outra loja e está levando os nossos clientes')).toContain('disputa-societaria');
    expect(sut.signals('ele transferiu da conta da empresa para a conta pessoal dele')).toContain('disputa-societaria');
    expect(sut.signals('quero abrir uma empresa com meu socio e dividir os clientes')).not.toContain('disputa-societaria');
  });

  it('weighs a relative taken away under arrest as liberty at stake in a criminal case (CPP art. 310)', () => {
    expect(sut.signals('a polícia levaram meu irmao preso ontem a noite')).toContain('liberdade');
    expect(sut.signals('algemaram ele na frente de todo mundo')).toContain('liberdade');
    expect(sut.signals('a polícia levou o carro dele pro pátio')).not.toContain('liberdade');
  });

  it('weighs a child not brought back after a visit as a child kept in a family case (CP art. 249; Decreto 3.413/2000 art. 3º)', () => {
    const assessed = (area: 'familia' | 'civil') => sut.assess(newFacts({ area, urgencySignals: ['crianca-nao-devolvida'] }), 1, 1).features.map((f) => f.id);
    expect(assessed('familia')).toContain('crianca-retida');
    expect(assessed('civil')).not.toContain('crianca-retida');
  });

  it('weighs a refund of a tax paid or withheld asked of the tax office a band lower until it is refused, assessed or in court (CTN arts. 165-168)', () => {
    expect(sut.signals('quero a restituição do imposto que cobraram sobre a indenização')).toContain('restituicao-pretendida');
    expect(sut.signals('queremos recuperar o que foi pago a mais')).toContain('restituicao-pretendida');
    expect(sut.signals('o fundo continua retendo, alegando que precisa de laudo')).toContain('restituicao-contestada');
    const refund = (signals: string[], value: number, area: 'tributario' | 'civil' = 'tributario') =>
      sut.assess(newFacts({ area, complexitySignals: ['restituicao-pretendida', ...signals], amounts: [{ raw: 'R$', value }] }), 1, 1);
    expect(refund([], 75_000).features.map((f) => f.id)).toEqual(['restituicao-vultosa']);
    expect(refund([], 75_000).complexity).toBe('low');
    // Refused, assessed or in court, the sum weighs in full; from R$ 300 mil it always does; and only in a tax case.
    for (const contested of ['prova-disputada', 'restituicao-contestada', 'autuacao', 'processo-em-curso']) {
      expect(refund([contested], 75_000).features.map((f) => f.id)).toContain('valor-50mil');
      expect(refund([contested], 75_000).features.map((f) => f.id)).not.toContain('restituicao-vultosa');
    }
    expect(refund([], 640_000).features.map((f) => f.id)).toEqual(['valor-300mil']);
    expect(refund([], 75_000, 'civil').features.map((f) => f.id)).toEqual(['valor-50mil']);
  });

  it("weighs a labour claim's sum from R$ 50 mil as the years of one contract, no strong feature of a high case (CLT arts. 852-A, 879)", () => {
    const sut = new ComplexityClassifier();
    const claim = (signals: string[], value: number, area: 'trabalhista' | 'civil' = 'trabalhista') =>
      sut.assess(newFacts({ area, complexitySignals: signals, amounts: [{ raw: 'R$', value }] }), 1, 1);
    expect(claim([], 85_000).features).toEqual([{ id: 'verbas-de-um-contrato', points: 2 }]);
    expect(claim([], 85_000).complexity).toBe('medium');
    // Its points still add up, but high needs another strong feature's: several defendants alone are not enough, with many workers they are.
    expect(claim(['varias-partes', 'processo-em-curso'], 85_000).score).toBe(5);
    expect(claim(['varias-partes', 'processo-em-curso'], 85_000).complexity).toBe('medium');
    expect(claim(['varias-partes', 'coletivo'], 85_000).complexity).toBe('high');
    // From R$ 300 mil the sum weighs in full, and outside a labour case it is the plain band.
    expect(claim([], 400_000).features.map((f) => f.id)).toEqual(['valor-300mil']);
    expect(claim([], 85_000, 'civil').features.map((f) => f.id)).toEqual(['valor-50mil']);
    expect(claim(['varias-partes', 'processo-em-curso'], 85_000, 'civil').complexity).toBe('high');
  });

  it("weighs the arrest told by a crime's victim as the author's, not the client's liberty, unless the crime killed or maimed (CPP arts. 268-273 and 310-312)", () => {
    const assessed = (texts: string[], notes: string[], extra: string[] = []) =>
      sut.assess(newFacts({ area: 'criminal', notes, complexitySignals: [...sut.signals(texts.join('. '), texts), ...extra] }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    // The victim of a robbery whose author was caught: the assistant's and the redress's case, never simple, not high.
    const robbed = assessed(['fui assaltado e o ladrão foi preso em flagrante', 'quero que ele seja condenado'], ['victim', 'criminal-complaint']);
    expect(ids(robbed)).toContain('prisao-do-autor');
    expect(ids(robbed)).not.toContain('liberdade');
    expect(robbed.complexity).toBe('medium');
    // The client's relative arrested, or the client accused, keeps the liberty at stake.
    expect(ids(assessed(['meu filho foi preso em flagrante ontem'], []))).toContain('liberdade');
    expect(ids(assessed(['tem um mandado de prisão contra mim'], ['victim'], ['acusado-de-crime']))).toContain('liberdade');
    // A death weighs as a killing whose killer is held (`homicida-preso`), not as the author's arrest.
    const killed = assessed(['o assassino do meu pai foi preso'], ['criminal-complaint'], ['morte-causada']);
    expect(ids(killed)).toContain('homicida-preso');
    expect(ids(killed)).not.toContain('prisao-do-autor');
    // Outside a criminal case liberty does not weigh, nor does the author's arrest.
    expect(ids(sut.assess(newFacts({ area: 'civil', notes: ['victim'], complexitySignals: ['liberdade'] }), 1, 1))).not.toContain('prisao-do-autor');
  });

  it("weighs a killing whose killer is held, told by the victim's family, as the assistant's part, medium (CPP arts. 268-273; CC art. 948)", () => {
    const assessed = (texts: string[], notes: string[]) =>
      sut.assess(newFacts({ area: 'criminal', notes, complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    const held = assessed(['mataram meu irmão na porta de casa', 'o rapaz que atirou está preso', 'quero ser assistente de acusação'], ['victim']);
    expect(ids(held)).toContain('homicida-preso');
    expect(ids(held)).not.toContain('liberdade');
    expect(held.complexity).toBe('medium');
    // The killer at large, or only convicted with no custody told, keeps the death's weight.
    const atLarge = assessed(['mataram meu irmão na porta de casa', 'o assassino está foragido', 'quero ser assistente de acusação'], ['victim']);
    expect(ids(atLarge)).not.toContain('homicida-preso');
    expect(atLarge.complexity).toBe('high');
    expect(ids(assessed(['o motorista que matou meu pai foi condenado', 'quero recorrer da pena'], ['victim']))).not.toContain('homicida-preso');
  });

  it('weighs a benefit of a sentence being served as an incident of the execution, medium, not liberty at stake (LEP arts. 112, 126 and 131; CP art. 83)', () => {
    const assessed = (texts: string[], extra: string[] = []) =>
      sut.assess(newFacts({ area: 'criminal', complexitySignals: [...sut.signals(texts.join('. '), texts), ...extra] }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    // The progression asked for a prisoner convicted of robbery: neither the arrest nor the robbery weighs, never simple.
    const progression = assessed(['meu irmão cumpre pena em regime fechado há 3 anos por roubo', 'quero pedir a progressão pro semiaberto']);
    expect(ids(progression)).toContain('incidente-da-execucao');
    expect(ids(progression)).not.toContain('liberdade');
    expect(ids(progression)).not.toContain('crime-grave');
    expect(progression.complexity).toBe('medium');
    // So do the days worked taken off the sentence, and the progression the victim's family opposes, the crime a death.
    const worked = assessed(['meu marido foi condenado por furto e está preso', 'queria saber se os dias de trabalho contam pra diminuir a pena']);
    expect(ids(worked)).toContain('incidente-da-execucao');
    expect(ids(worked)).not.toContain('liberdade');
    const opposed = assessed(['o homem que matou meu filho foi condenado a 20 anos e pediu progressão'], ['morte-causada']);
    expect(ids(opposed)).not.toContain('liberdade');
    expect(opposed.complexity).toBe('medium');
    // An appeal against the sentence to cut it, an arrest to serve it, or a benefit asked by a client accused of a new crime keep the liberty.
    expect(ids(assessed(['meu filho foi condenado por tráfico e quero recorrer pra diminuir a pena']))).toEqual(expect.arrayContaining(['liberdade', 'crime-grave']));
    expect(ids(assessed(['meu irmão foi condenado por roubo e foi preso ontem pra cumprir a pena']))).toContain('liberdade');
    expect(ids(assessed(['estou no semiaberto e pedi a progressão, mas agora me acusam de um roubo'], ['acusado-de-crime']))).toContain('liberdade');
    // So does a benefit told beside an act due within 24 h: the prisoner arrested anew, regressed or wanted (CPP arts. 310, 647-648; LEP art. 118).
    const texts = ['meu filho tava no semiaberto e foi preso ontem de novo', 'agora vai perder a progressão'];
    const rearrested = sut.assess(newFacts({ area: 'criminal', urgencySignals: ['prisao'], notes: ['harm-going-on'], complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    expect(ids(rearrested)).toEqual(expect.arrayContaining(['prazo-24h', 'liberdade']));
    expect(ids(rearrested)).not.toContain('incidente-da-execucao');
    // Without the conviction or the prison told, a career progression is no execution, nor does it weigh outside a criminal case.
    expect(ids(assessed(['a prefeitura não me deu a progressão']))).not.toContain('incidente-da-execucao');
    expect(sut.assess(newFacts({ area: 'administrativo', complexitySignals: ['beneficio-da-execucao', 'liberdade'] }), 1, 1).features.map((f) => f.id)).not.toContain('incidente-da-execucao');
  });

  it('weighs a leave to move or to work, or a reporting day missed, of one serving a sentence outside prison as an incident of the execution, medium (LEP arts. 115, 118 §2º and 132 §1º; ECA arts. 118-119)', () => {
    const assessed = (texts: string[]) => sut.assess(newFacts({ area: 'criminal', complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    // The open regime and a job in another town, parole and a move to another state, a liberdade assistida's meetings missed.
    const moving = assessed(['meu filho cumpre pena no aberto e arrumou um emprego em Curitiba', 'quer autorização pra mudar de cidade']);
    expect(ids(moving)).toContain('incidente-da-execucao');
    expect(moving.complexity).toBe('medium');
    expect(ids(assessed(['estou em livramento condicional e preciso me mudar para outro estado']))).toContain('incidente-da-execucao');
    expect(ids(assessed(['meu filho de 15 anos tá na liberdade assistida e faltou nas reuniões do CREAS']))).toContain('incidente-da-execucao');
    // So is a progression due with only its judge named, no prisoner's word.
    expect(ids(assessed(['minha esposa já cumpriu o tempo pra ir pro semiaberto e o juiz da execução não decide']))).toContain('incidente-da-execucao');
    // A move or a job told with no sentence served is no execution; nor is a measure served and over, whose record is to clear.
    expect(ids(assessed(['recebi uma proposta de emprego e vou me mudar de cidade']))).not.toContain('incidente-da-execucao');
    expect(ids(assessed(['meu filho cumpriu a liberdade assistida faz três anos e quer entrar no exército']))).not.toContain('incidente-da-execucao');
  });

  it('weighs a visit to one already held, asked by a relative, as a settled custody: low, not liberty at stake (LEP art. 41 X; CPP art. 310)', () => {
    const assessed = (texts: string[], notes: string[] = ['prison-visit'], extra: { urgencySignals?: string[]; area?: 'criminal' | 'familia' } = {}) =>
      sut.assess(newFacts({ area: extra.area ?? 'criminal', subarea: 'prisão (flagrante ou preventiva)', notes, urgencySignals: extra.urgencySignals ?? [],
        complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    // The visitor's card, the jumbo, clothes to bring: neither the arrest, the crime nor the kind of case read from the prison's words weighs.
    const card = assessed(['como faço a carteirinha pra visitar meu filho que tá preso no CDP', 'ele foi condenado por roubo']);
    expect(ids(card)).not.toContain('liberdade');
    expect(ids(card)).not.toContain('crime-grave');
    expect(ids(card)).not.toContain('tipo-de-caso');
    expect(card.complexity).toBe('low');
    expect(assessed(['meu neto tá preso faz seis meses e eu queria levar comida e roupa pra ele']).complexity).toBe('low');
    // Without the visit asked, the prisoner told keeps the liberty and the kind of case.
    const held = assessed(['meu filho tá preso no CDP faz seis meses'], []);
    expect(ids(held)).toEqual(expect.arrayContaining(['liberdade', 'tipo-de-caso']));
    expect(held.complexity).not.toBe('low');
    // A visit asked beside the custody at stake keeps it: a fresh arrest (24 h), a release, a transfer or a leave asked, a benefit of the sentence.
    expect(ids(assessed(['prenderam meu filho ontem, posso visitar ele?'], ['prison-visit', 'harm-going-on'], { urgencySignals: ['prisao'] }))).toContain('liberdade');
    expect(ids(assessed(['meu filho tá preso longe e quero pedir a transferência dele pra gente poder visitar']))).toContain('liberdade');
    expect(ids(assessed(['meu marido tá preso e eu visito todo domingo', 'quero tirar ele de lá com um habeas corpus']))).toContain('liberdade');
    expect(ids(assessed(['meu companheiro tá preso no semiaberto, como pede a saída temporária pra ele visitar a família?']))).toContain('liberdade');
    expect(assessed(['meu irmão tá preso, eu visito ele', 'quero pedir a progressão dele']).complexity).toBe('medium');
    // Outside a criminal case the visit displaces nothing.
    expect(ids(sut.assess(newFacts({ area: 'familia', notes: ['prison-visit'], complexitySignals: ['vulneravel'] }), 1, 1))).toContain('vulneravel');
  });

  it("weighs a crime's harm told over, its redress alone asked, as never simple in place of the urgency it no longer has (CC art. 935; CPP arts. 63-64)", () => {
    const sut = new ComplexityClassifier();
    const over = { urgencySignals: ['violencia'], notes: ['harm-over', 'damages-claimed'] };
    const civil = sut.assess(newFacts({ area: 'civil', ...over }), 1, 1);
    expect(civil.features.map((f) => f.id)).toEqual(['dano-de-crime']);
    expect(civil.complexity).toBe('medium');
    // A labour case weighs the same violence as the employer's liability; a harm going on keeps its urgency instead.
    expect(sut.features(newFacts({ area: 'trabalhista', ...over })).map((f) => f.id)).not.toContain('dano-de-crime');
    const danger = sut.features(newFacts({ area: 'civil', urgencySignals: ['violencia'], notes: ['harm-over', 'damages-claimed', 'threat'] })).map((f) => f.id);
    expect(danger).toEqual(['prazo-24h']);
  });

  it('weighs a thing lost to a crime already judged, its value alone asked of the author, as simple (CP art. 91 I; CPP art. 63; CPC art. 515 VI; CC art. 935)', () => {
    const sut = new ComplexityClassifier();
    const judged = { area: 'civil' as const, urgencySignals: ['prisao'], notes: ['harm-over', 'offender-convicted', 'value-claimed'] };
    const theft = sut.assess(newFacts({ ...judged, complexitySignals: sut.signals('o ladrão foi preso e condenado') }), 1, 1);
    expect(theft.features.map((f) => f.id)).not.toContain('dano-de-crime');
    expect(theft.complexity).toBe('low');
    // Sentenced is convicted (CPP art. 387): the same crime judged.
    const sentenced = sut.assess(newFacts({ ...judged, complexitySignals: sut.signals('ele foi detido pela PM e já foi sentenciado') }), 1, 1);
    expect(sentenced.complexity).toBe('low');
    // A harm to the person told too keeps the heads of harm to prove (CC arts. 949-950); an author only arrested, the criminal case to await (CPP art. 64).
    const hurt = sut.assess(newFacts({ ...judged, complexitySignals: ['crime-julgado', 'lesao-corporal'] }), 1, 1);
    expect(hurt.features.map((f) => f.id)).toContain('dano-de-crime');
    expect(hurt.complexity).toBe('medium');
    expect(sut.features(newFacts({ ...judged, complexitySignals: [] })).map((f) => f.id)).toContain('dano-de-crime');
  });

  it('weighs a beating or a stay in hospital from a crime whose author was convicted or served the sentence as harm to the person to repair (CP art. 91 I; CPP art. 63; CC arts. 935 and 949)', () => {
    const sut = new ComplexityClassifier();
    const judged = { area: 'civil' as const, notes: ['harm-over', 'offender-convicted', 'damages-claimed'] };
    const assessed = (text: string) => sut.assess(newFacts({ ...judged, complexitySignals: sut.signals(text) }), 1, 1);
    for (const text of [
      'levei uma surra na saída do bar e o cara foi condenado',
      'meu pai levou uma coronhada no assalto, o assaltante foi condenado',
      'um vizinho me bateu e ele já cumpriu a pena',
      'fiquei internado dois dias, o homem que me atacou foi condenado',
    ]) {
      const hurt = assessed(text);
      expect(hurt.features.map((f) => f.id)).toContain('reparacao-de-crime');
      expect(hurt.complexity).toBe('medium');
    }
    // A sentence served is a conviction too: a thing lost alone stays simple; a stay in hospital told beside a theft, or a car hit, is no harm to the person.
    expect(sut.signals('o ladrão que levou minha moto já cumpriu a pena')).toContain('crime-julgado');
    for (const text of [
      'o ladrão que levou minha moto já cumpriu a pena',
      'furtaram meu celular enquanto eu estava internado, o ladrão foi condenado',
      'o motorista que bateu no meu carro foi condenado',
    ]) {
      expect(assessed(text).complexity).toBe('low');
    }
  });

  it('weighs a camera found hidden where the client undresses or sleeps as the victim\'s high case, not the accused\'s (CP art. 216-B; CPP art. 240)', () => {
    const sut = new ComplexityClassifier();
    const assessed = (area: string, text: string, notes: string[], extra: string[] = []) =>
      sut.assess(newFacts({ area: area as never, notes, urgencySignals: ['exposicao-intima'], complexitySignals: [...sut.signals(text), ...extra] }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    // With the seizure due today (`exposicao-intima`, 24 h): two strong features, high.
    const found = assessed('criminal', 'achei uma câmera escondida no provador da loja', ['hidden-camera']);
    expect(ids(found)).toEqual(expect.arrayContaining(['crime-sexual', 'camera-oculta']));
    expect(found.complexity).toBe('high');
    // The accused of placing it, and any other area, keep the case as it was.
    expect(ids(assessed('criminal', 'dizem que eu coloquei uma câmera no banheiro', ['hidden-camera', 'accused'], ['acusado-de-crime']))).not.toContain('camera-oculta');
    expect(ids(assessed('consumidor', 'achei uma câmera no banheiro do hotel', ['hidden-camera']))).not.toContain('camera-oculta');
    // Leaked intimate images are another case: no camera found.
    expect(ids(assessed('criminal', 'meu ex mandou minhas fotos íntimas no grupo', ['own-intimate-images']))).not.toContain('camera-oculta');
  });

  it("weighs a relative held by the police now, the release asked or the act denied, as liberty at stake, not the author's arrest told by the victim (CPP arts. 310-316 and 647)", () => {
    const sut = new ComplexityClassifier();
    const assessed = (texts: string[], notes: string[] = []) =>
      sut.assess(newFacts({ area: 'criminal', notes: notes as never, complexitySignals: sut.signals(texts.join('. '), texts), urgencySignals: ['prisao'] }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    expect(assessed(['a polícia prendeu meu marido hoje de manhã dizendo que ele roubou uma loja', 'quero soltar ele']).complexity).toBe('high');
    expect(ids(assessed(['a polícia pegou minha esposa na rodoviária com uma mala', 'ela jura que a mala não era dela']))).toContain('liberdade');
    // The thief the police took, told by the one robbed: the author's arrest, no liberty of the client's.
    expect(ids(assessed(['um homem levou meu celular e a polícia prendeu ele', 'quero saber se ele vai ser solto'], ['victim']))).not.toContain('liberdade');
    // An arrest told with nothing of the family's side: its hours alone.
    expect(ids(assessed(['a polícia pegou meu marido ontem']))).not.toContain('liberdade');
  });

  it('weighs an adolescent held in internação provisória whose authorship is denied as high, not one who admits the act (ECA arts. 108, 183, 189 IV)', () => {
    const sut = new ComplexityClassifier();
    const assessed = (area: 'criminal' | 'civil', texts: string[]) =>
      sut.assess(newFacts({ area, complexitySignals: sut.signals(texts.join('. '), texts) }), 24, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    for (const texts of [
      ['meu filho de 15 anos está internado provisoriamente', 'ele diz que a droga não era dele'],
      ['minha filha de 16 anos está num centro socioeducativo desde sexta', 'ela só estava junto e não sabia de nada'],
      ['meu neto está na Fundação Casa acusado de roubo', 'ele nega tudo, diz que confundiram ele com outro'],
      ['o juiz decretou a internação do meu sobrinho', 'ele estava em casa na hora'],
      ['minha filha foi internada provisoriamente por causa de uma briga', 'ela diz que não participou'],
      // The unit by its full or bare name, the denial in other words.
      ['minha filha de 15 anos está presa no socioeducativo acusada de agressão', 'ela diz que só se defendeu, nem encostou'],
      ['meu sobrinho está no centro de atendimento socioeducativo', 'ele diz que nem tava lá naquela noite'],
      ['minha sobrinha está na unidade de internação', 'ela diz que a amiga colocou o perfume na bolsa sem ela saber'],
      ['meu irmão está numa unidade de internação provisória', 'ele recebeu a nota de troco e nem sabia que era falsa'],
      // Only passing by, or the thing found lying about.
      ['meu primo de 15 anos está na unidade de internação', 'ele garante que só estava passando quando o assalto aconteceu'],
      ['minha filha de 14 anos foi internada provisoriamente por furto', 'ela diz que achou a carteira jogada na praça'],
    ]) {
      expect(ids(assessed('criminal', texts))).toContain('internacao-contestada');
    }
    expect(assessed('criminal', ['meu filho de 16 anos está na unidade de internação', 'a audiência é amanhã', 'ele jura que não foi ele']).complexity).toBe('high');
    // The act admitted, or nothing said of authorship: the hearing's features alone.
    expect(ids(assessed('criminal', ['meu filho de 16 anos está internado provisoriamente', 'ele admitiu que pegou o celular']))).not.toContain('internacao-contestada');
    expect(ids(assessed('criminal', ['meu filho foi apreendido com maconha e está na unidade de internação provisória']))).not.toContain('internacao-contestada');
    // A stay in hospital stays harm to the person.
    expect(sut.signals('meu pai foi internado no hospital')).not.toContain('adolescente-internado');
    // A denial with no adolescent held, or outside a criminal case, is no contested detention.
    expect(ids(assessed('criminal', ['meu filho foi intimado pra depor', 'ele diz que não fez nada']))).not.toContain('internacao-contestada');
    expect(ids(assessed('civil', ['minha mãe está internada provisoriamente no hospital', 'o plano diz que não foi ele que autorizou']))).not.toContain('internacao-contestada');
  });

  it("weighs a healed injury whose prosecution the victim follows, or whose redress the victim asks, as medium, not the author's arrest nor the injury as high (CPP arts. 257 I, 268-273 and 387 IV; CP art. 129 §1º)", () => {
    const sut = new ComplexityClassifier();
    const assessed = (notes: string[], complexitySignals: string[], urgencySignals: string[] = []) =>
      sut.assess(newFacts({ area: 'criminal', notes: notes as never, complexitySignals, urgencySignals }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    // The victim told, or the trial followed: the broken arm and the author held no longer make it high.
    for (const notes of [['victim', 'harm-over'], ['prosecution-followed'], ['harm-over', 'damages-claimed']]) {
      const healed = assessed(notes, ['dano-grave', 'liberdade'], ['prisao']);
      expect(ids(healed)).not.toContain('liberdade');
      expect(ids(healed)).not.toContain('dano-grave');
      expect(healed.complexity).toBe('medium');
    }
    // A death (killed or told), a sequel, a life put at risk, the client accused or a threat now keep it high.
    expect(assessed(['prosecution-followed'], ['dano-grave', 'liberdade', 'morte-causada']).complexity).toBe('high');
    expect(assessed(['prosecution-followed', 'death'], ['dano-grave', 'liberdade']).complexity).toBe('high');
    expect(assessed(['prosecution-followed'], ['dano-grave', 'liberdade', 'dano-permanente']).complexity).toBe('high');
    expect(assessed(['victim', 'harm-over'], ['dano-grave', 'liberdade', 'risco-a-saude']).complexity).toBe('high');
    expect(assessed(['prosecution-followed'], ['dano-grave', 'liberdade', 'acusado-de-crime']).complexity).toBe('high');
    expect(assessed(['prosecution-followed', 'threat'], ['dano-grave', 'liberdade']).complexity).toBe('high');
    // A relative held, the process followed with no injury told, keeps the arrest's weight; a robbery told keeps its gravity.
    expect(ids(assessed(['prosecution-followed'], ['liberdade', 'crime-grave']))).toEqual(expect.arrayContaining(['liberdade', 'crime-grave']));
    expect(ids(assessed(['victim', 'harm-over'], ['crime-grave']))).toContain('crime-grave');
  });

  it('weighs the inquiry or the prosecution a victim follows as medium, the assistant to the prosecution (CPP arts. 257 I, 268-273, 118-120 and 387 IV)', () => {
    const sut = new ComplexityClassifier();
    const assessed = (area: string, notes: string[], complexitySignals: string[] = []) =>
      sut.assess(newFacts({ area: area as never, notes: notes as never, complexitySignals }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    // The thief arrested or the scam's author charged, the victim following the case, with or without the victim's words.
    for (const notes of [['victim', 'harm-over', 'prosecution-followed'], ['harm-over', 'prosecution-followed', 'damages-claimed']]) {
      const followed = assessed('criminal', notes);
      expect(ids(followed)).toContain('vitima-assistente');
      expect(followed.complexity).toBe('medium');
    }
    // A victim who follows nothing (a report filed, the author unknown), the client accused, or another area: no such part.
    expect(ids(assessed('criminal', ['victim', 'harm-over', 'police-report-filed']))).not.toContain('vitima-assistente');
    expect(assessed('criminal', ['victim', 'harm-over', 'police-report-filed']).complexity).toBe('low');
    expect(ids(assessed('criminal', ['prosecution-followed'], ['acusado-de-crime']))).not.toContain('vitima-assistente');
    expect(ids(assessed('trabalhista', ['prosecution-followed']))).not.toContain('vitima-assistente');
  });

  it("weighs a violent crime just suffered told alone as the police's hours, no harder case; beside another urgent fact the hours weigh (CPP arts. 5º and 158)", () => {
    const ids = (urgencySignals: string[], area: 'criminal' | 'consumidor') => sut.features(newFacts({ area, urgencySignals })).map((f) => f.id);
    expect(ids(['violencia-recente'], 'criminal')).not.toContain('prazo-24h');
    expect(ids(['violencia-recente'], 'consumidor')).not.toContain('prazo-24h');
    expect(ids(['violencia-recente', 'violencia'], 'criminal')).toContain('prazo-24h');
  });

  it('weighs a crime against the victim\'s own person (a beating, a stab, a shot, a knife or a gun held in a robbery) as never low (CP arts. 129, 157; CPP arts. 158-184, 268-273)', () => {
    const sut = new ComplexityClassifier();
    const assessed = (texts: string[], notes: string[]) =>
      sut.assess(newFacts({ area: 'criminal', notes: notes as never, complexitySignals: sut.signals(texts.join('. '), texts) }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    // Punched by a neighbour, shot in a robbery, robbed at knifepoint: the inquiry, the corpo de delito and the assistant's part.
    for (const [texts, notes] of [
      [['levei um soco do vizinho e fiz BO', 'fiquei com o olho roxo'], ['victim', 'police-report-filed']],
      [['levei um tiro na perna num assalto', 'os bandidos foram presos'], ['victim']],
      [['me assaltaram com uma faca no pescoço', 'levaram minha bolsa'], ['victim', 'belongings-taken']],
    ]) {
      const hurt = assessed(texts, notes);
      expect(ids(hurt)).toContain('crime-contra-a-pessoa');
      expect(hurt.complexity).toBe('medium');
    }
    // A phone stolen with no one hurt, a knife only shown in a threat, a blow only threatened, a witness's story: no such crime.
    expect(ids(assessed(['furtaram meu celular no metrô', 'só preciso do BO pro seguro'], ['victim', 'belongings-taken']))).not.toContain('crime-contra-a-pessoa');
    expect(ids(assessed(['ele tava com uma faca na mão e disse que me fura'], ['victim']))).not.toContain('crime-contra-a-pessoa');
    expect(ids(assessed(['o vizinho disse que vai me dar uma facada'], ['victim', 'threat']))).not.toContain('crime-contra-a-pessoa');
    expect(ids(assessed(['vi a briga da janela, o rapaz levou uma garrafada'], ['victim', 'witness']))).not.toContain('crime-contra-a-pessoa');
    // A calumny's moral damages are no blow: the offence against honour is its own case (CP arts. 138-140).
    expect(ids(assessed(['ela espalhou pra todo mundo que eu roubei o dinheiro da igreja', 'quero a queixa-crime por calúnia e danos morais'], ['victim']))).not.toContain('crime-contra-a-pessoa');
    // Nor an insult's shame and shock told with no word of a calumny (`dano-moral`, CP art. 140); a blow beside the calumny still is one (CP art. 129).
    expect(ids(assessed(['ele me humilhou na fila do mercado, gritou que eu era uma gorda nojenta', 'fiquei muito abalada, quero que ele responda'], ['victim']))).not.toContain('crime-contra-a-pessoa');
    expect(ids(assessed(['ela espalhou pra todo mundo que eu roubei o dinheiro da igreja', 'quando fui tirar satisfação ela me deu um soco'], ['victim']))).toContain('crime-contra-a-pessoa');
    // An aggression told as words is an insult, no blow (CP art. 140 against art. 129); the bare aggression still is one.
    expect(ids(assessed(['o vizinho me agrediu verbalmente na frente de todo mundo', 'fiz bo'], ['victim']))).not.toContain('crime-contra-a-pessoa');
    expect(ids(assessed(['o vizinho me agrediu na frente de todo mundo', 'fiz bo'], ['victim']))).toContain('crime-contra-a-pessoa');
    // The same harm in a civil claim for damages weighs no inquiry.
    expect(sut.features(newFacts({ area: 'civil', notes: ['victim'], complexitySignals: sut.signals('levei um soco e quebrei o dente') })).map((f) => f.id)).not.toContain('crime-contra-a-pessoa');
  });

  it('weighs a stab or a shot taken with its author at large (fled, not caught, released) as high (CP arts. 121 c/c 14 II, 129 §§1º-2º; CPP arts. 311-313; Lei 9.807/99)', () => {
    const sut = new ComplexityClassifier();
    const assessed = (texts: string[], notes: string[], area: 'criminal' | 'civil' = 'criminal', extra: string[] = []) =>
      sut.assess(newFacts({ area, notes: notes as never, complexitySignals: [...sut.signals(texts.join('. '), texts), ...extra] }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    // The client shot and the robbers fled, a mother stabbed by a neighbour let go at the station, a brother stabbed and no one caught.
    for (const texts of [
      ['levei um tiro na perna num assalto', 'os bandidos fugiram'],
      ['o vizinho deu uma facada na minha mae', 'a policia levou ele pra delegacia e liberou'],
      ['meu irmao foi esfaqueado na saida do bar', 'ninguem foi preso ainda'],
      ['tentaram matar meu pai a facadas no sitio', 'o caseiro continua foragido'],
    ]) {
      const attempted = assessed(texts, ['victim']);
      expect(ids(attempted)).toContain('atentado-com-autor-solto');
      expect(attempted.complexity).toBe('high');
    }
    // The author held, a knife only shown by a robber who fled, the client the one accused, or the same facts in a civil claim.
    expect(ids(assessed(['levei uma facada na perna numa briga', 'o cara foi preso em flagrante e continua preso'], ['victim']))).not.toContain('atentado-com-autor-solto');
    expect(ids(assessed(['me assaltaram com uma faca na barriga', 'o ladrao fugiu'], ['victim', 'belongings-taken']))).not.toContain('atentado-com-autor-solto');
    expect(ids(assessed(['fui esfaqueado numa briga e me defendi', 'o outro fugiu e agora eu respondo por tentativa de homicidio'], ['accused'], 'criminal', ['acusado-de-crime']))).not.toContain('atentado-com-autor-solto');
    expect(ids(assessed(['levei um tiro na perna num assalto', 'os bandidos fugiram'], ['victim'], 'civil'))).not.toContain('atentado-com-autor-solto');
  });

  it('weighs an adult\'s intimate images spread or threatened now as high, not an old leak whose damages alone are asked nor the accused (CP art. 218-C; Marco Civil art. 21)', () => {
    const sut = new ComplexityClassifier();
    const assessed = (area: string, text: string, notes: string[] = [], extra: string[] = []) =>
      sut.assess(newFacts({ area: area as never, notes, urgencySignals: ['exposicao-intima'], complexitySignals: [...sut.signals(text), ...extra] }), 1, 1);
    const ids = (a: { features: { id: string }[] }) => a.features.map((f) => f.id);
    // Told now (the signal's 24 hours): the takedown and the protective orders within the day, high.
    for (const text of ['meu ex está ameaçando divulgar meus nudes se eu não voltar com ele', 'um perfil falso está pedindo dinheiro para não vazar minhas fotos íntimas']) {
      const now = assessed('criminal', text);
      expect(ids(now)).toContain('exposicao-intima-em-curso');
      expect(now.complexity).toBe('high');
    }
    // A leak over whose damages alone are asked (no 24 hours), a civil claim, or the client summoned as the one who leaked: as they were.
    const over = assessed('criminal', 'meu ex espalhou minhas fotos íntimas em 2021', ['harm-over', 'damages-claimed']);
    expect(ids(over)).not.toContain('exposicao-intima-em-curso');
    expect(over.complexity).toBe('medium');
    expect(ids(assessed('civil', 'meu ex espalhou minhas fotos íntimas'))).not.toContain('exposicao-intima-em-curso');
    // Images told gone (`harm-over`) leave no takedown to ask; a threat to spread them again keeps the case high.
    expect(ids(assessed('criminal', 'uma colega espalhou fotos íntimas minhas, a empresa apagou tudo', ['harm-over']))).not.toContain('exposicao-intima-em-curso');
    expect(ids(assessed('criminal', 'ele apagou as fotos íntimas mas ameaça postar de novo', ['harm-over', 'threat']))).toContain('exposicao-intima-em-curso');
    expect(ids(assessed('criminal', 'fui intimado a depor porque ela diz que eu vazei as fotos íntimas dela', ['police-summons'], ['processo-em-curso']))).not.toContain('exposicao-intima-em-curso');
  });
});
