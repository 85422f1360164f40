import { NoteExtractor } from '../extractors/note.extractor';
import { LegalAreaCode } from '../interview-engine.types';
import { AreaClassifier } from './area.classifier';

describe(AreaClassifier.name, () => {
  const sut = new AreaClassifier();
  const classify = (text: string) => sut.choose(sut.score(text).areaScores).area;

  it("reads a court's service by edict as no public tender's edital (CPC art. 256)", () => {
    expect(sut.score('fui citado por edital numa execução que o banco moveu contra mim').areaScores.administrativo ?? 0).toBe(0);
    expect(sut.score('saiu o edital do concurso da prefeitura').areaScores.administrativo).toBeGreaterThan(0);
  });

  it.each<[string, LegalAreaCode]>([
    ['fui mandado embora e não pagaram minhas verbas rescisórias nem o FGTS', 'trabalhista'],
    ['comprei uma geladeira na loja e veio com defeito, a assistência técnica não resolve', 'consumidor'],
    ['meu ex não paga a pensão do nosso filho', 'familia'],
    ['o INSS negou meu auxílio doença depois da perícia', 'previdenciario'],
    ['arrendei 50 hectares para plantar milho e o arrendador vendeu a área sem me dar preferência', 'imobiliario'],
    ['o carro é de arrendamento mercantil e o banco cobra o VRG', 'consumidor'],
    ['o ônibus furou o sinal vermelho e acertou meu carro', 'civil'],
    ['meu filho tava descendo do ônibus e o motorista arrancou com a porta aberta', 'civil'],
    ['o vizinho jogou chumbinho e envenenou meu cachorro', 'criminal'],
    // A threat to "get" the client, where the client lives known, the informant exposed, stalking (CP arts. 147 and 147-A; Lei 9.807/99).
    ['ele disse pra minha prima que vai me pegar', 'criminal'],
    ['o traficante da minha rua descobriu que fui eu que fiz a denúncia', 'criminal'],
    ['um cara fica me seguindo e aparece na porta do meu trabalho todo dia', 'criminal'],
    ['o homem do bar disse que vai me dar uma facada', 'criminal'],
    ['pedi o genérico na farmácia e cobraram o preço do remédio de marca', 'consumidor'],
    // The water company told by what it supplies: its user is its consumer (Lei 11.445/07 art. 40; CDC art. 22).
    ['a companhia de saneamento mandou uma fatura de mil e duzentos e negou a revisão que pedi', 'consumidor'],
    // The supplier's notice before a cut (Lei 11.445/07 art. 40 §2º).
    ['chegou um aviso de corte com data pro dia 20 e minha mãe é acamada', 'consumidor'],
    ['a escola particular cobra uma mensalidade escolar a mais pelo meu filho autista', 'consumidor'],
    ['sou professora de um colégio particular e cortaram meu salário e as férias', 'trabalhista'],
    ['um carro bateu no meu carro e o motorista não quer pagar o conserto', 'civil'],
    // A traffic officer absent from the scene is no child's custody ("guarda").
    ['bati o carro num cruzamento, o outro passou no vermelho e não tinha guarda no local', 'civil'],
    ['meu filho foi preso em flagrante e está na delegacia', 'criminal'],
    // A bank suing its customer for the debt: the customer's defence in a consumer contract (Súmula 297 STJ).
    ['recebi uma citação de um processo de cobrança do banco, diz que tenho 15 dias pra contestar', 'consumidor'],
    ['a financeira entrou com um processo contra mim', 'consumidor'],
    // The health plan by its everyday name and the exclusion it pleads (Lei 9.656/98 art. 11), over the doctor and the surgery.
    ['o médico pediu cirurgia urgente da hérnia mas o convênio negou, disseram que é doença preexistente', 'consumidor'],
    // A home financed under a fiduciary sale, told in everyday words (Lei 9.514/97 art. 26), over the borrower's death.
    ['meu pai faleceu e a casa era financiada pela Caixa; a carta do cartório diz que já passou pro nome do banco', 'imobiliario'],
    // Memory failing by the month: the incapacity a curatela declares (CC art. 1.767).
    ['meu pai está cada vez mais esquecido, o médico falou em demência', 'familia'],
    ['estou na malha fina do imposto de renda', 'tributario'],
    ['recebi uma multa de trânsito do detran e quero recorrer', 'administrativo'],
    ['meu sócio quer sair da sociedade e levar a marca', 'empresarial'],
    ['o inquilino não paga o aluguel faz 5 meses', 'imobiliario'],
    ['vou casar e quero fazer um pacto antenupcial com separação total de bens', 'familia'],
    ['o botijão de gás que a distribuidora entregou vazou e explodiu', 'consumidor'],
    ['sou porteiro de condomínio e nunca recebi adicional noturno', 'trabalhista'],
    ['outra empresa me notificou para que eu pare de usar o nome da minha loja', 'empresarial'],
    // A union contribution taken from the pay is the employer's discount (CLT arts. 462 and 545), also at a bank that employs the client.
    ['trabalho no banco e descontam contribuição assistencial do sindicato no meu contracheque', 'trabalhista'],
    ['o dono da loja me dava ordens todo dia e agora disse que não precisa mais de mim', 'trabalhista'],
    // An employee told by the family, with the hours the job took: an accident on that job is the employer's to answer.
    ['meu irmão é registrado numa transportadora, rodava 15 horas por dia e se acidentou, agora querem culpar ele', 'trabalhista'],
    // Housing and food are no domestic worker's pay (LC 150/2015 art. 18), however the household calls it.
    ['cuidei da casa deles por dez anos só em troca de casa e comida, nunca recebi salário', 'trabalhista'],
    // A product that exploded in use is the defect's accident (CDC art. 12), whatever the fire damaged in the building.
    ['comprei um patinete pela internet e a bateria explodiu enquanto carregava, o fogo estragou o apartamento e o condomínio me notificou', 'consumidor'],
  ])('classifies %j as %s', (text, area) => {
    expect(classify(text)).toBe(area);
  });

  it('reads the labour suit by its lay names, the weekly rest and the cashier\'s post as labour words', () => {
    // The labour suit and its execution run in the labour court (CLT arts. 876-892 and 855-A), told by the worker or the employer.
    expect(sut.score('bloquearam minha conta num processo trabalhista').areaScores.trabalhista).toBeGreaterThanOrEqual(6);
    expect(sut.score('a execução trabalhista chegou na minha conta').areaScores.trabalhista).toBeGreaterThanOrEqual(6);
    // The paid weekly rest docked with an absence (Lei 605/49 art. 6º §2º), and a cashier, no phone operator.
    expect(sut.score('descontaram o dsr').areaScores.trabalhista).toBe(4);
    expect(sut.score('sou operadora de caixa').areaScores).toEqual({ trabalhista: 2 });
  });

  it('reads a piece or a hand stuck in a machine as no arrest', () => {
    expect(sut.score('a serra travou e quando fui tirar o pedaço preso ela voltou a girar').areaScores.criminal ?? 0).toBe(0);
    expect(sut.score('a mão dele ficou presa na prensa').areaScores.criminal ?? 0).toBe(0);
    expect(sut.score('meu irmão foi preso ontem').areaScores.criminal ?? 0).toBeGreaterThan(0);
    // The "pegar" of a lawsuit or of a catch at work promises no harm (`GET_NOT_HARM`).
    expect(sut.score('o cobrador disse que vai me pegar na justiça').areaScores.criminal ?? 0).toBe(0);
    expect(sut.score('o encarregado falou que vai me pegar no pulo').areaScores.criminal ?? 0).toBe(0);
  });

  it('still classifies without accents, in upper case and with typos', () => {
    expect(classify('FUI DIMITIDO E NAO PAGARAO A RECISAO')).toBe('trabalhista');
    expect(classify('meu ex nao paga a pencao faz 4 mes')).toBe('familia');
    expect(classify('o imss cortou meu beneficio, to sem receber')).toBe('previdenciario');
  });

  it('reads the help of someone as no benefit, and a worker who died on a site as a labour case', () => {
    expect(sut.score('escrevo com o auxílio de uma vizinha').areaScores.previdenciario ?? 0).toBe(0);
    expect(classify('ele era empregado de uma empreiteira, trabalhava como servente e caiu; a fiscalização do trabalho interditou a obra')).toBe('trabalhista');
  });

  it('reads a couple who split up, told in lay or country words, and the wish to marry again as a divorce', () => {
    expect(classify('eu e minha muié a gente se separemo faz dois ano, a casinha era alugada')).toBe('familia');
    expect(classify('nos separamos faz tempo e agora quero casar de novo')).toBe('familia');
  });

  it("reads a relative's wedding attended and a spouse beside the client as no family case, and a dispute between spouses still as one", () => {
    expect(sut.score('Eu e minha esposa perdemos o casamento da minha irmã, que era o motivo da viagem').areaScores.familia ?? 0).toBe(0);
    expect(sut.score('contratei um buffet pro casamento da minha filha e a empresa sumiu').areaScores.familia ?? 0).toBe(0);
    expect(classify('Eu e minha esposa estamos separados e ela não deixa eu ver meu filho')).toBe('familia');
    expect(classify('meu marido quer o divórcio e ficar com o casamento desfeito sem partilha')).toBe('familia');
  });

  it("routes an app's account blocked by the platform as a civil contract, unless the employment is claimed", () => {
    expect(sut.choose({ trabalhista: 10, civil: 7 }, ['platform-account-blocked']).area).toBe('civil');
    expect(sut.choose({ trabalhista: 10, civil: 7 }, ['platform-account-blocked', 'labour-rights-claimed']).area).toBe('trabalhista');
  });

  it('keeps a seller whose account or salary the bank holds as the bank\'s consumer', () => {
    expect(sut.choose({ consumidor: 10, imobiliario: 8 }, ['client-seller']).area).toBe('imobiliario');
    expect(sut.choose({ consumidor: 10, imobiliario: 8 }, ['client-seller', 'blocked-income']).area).toBe('consumidor');
    // Also a sale to a private buyer (the Pix of a phone sold on OLX): the bank's hold on the account is the case (Súmula 297 do STJ).
    expect(sut.choose({ consumidor: 16, civil: 3, criminal: 6 }, ['client-seller', 'private-seller'], ['civil', 'consumidor', 'criminal']).area).toBe('civil');
    expect(sut.choose({ consumidor: 16, civil: 3, criminal: 6 }, ['client-seller', 'private-seller', 'blocked-income'], ['civil', 'consumidor', 'criminal']).area).toBe('consumidor');
    // The bank that froze the account on its own: a consumer's word (CDC art. 14).
    expect(sut.score('o banco bloqueou minha conta').areaScores.consumidor).toBeGreaterThanOrEqual(4);
  });

  it('reads a package billed that the client never chose as an undue charge, no bank fraud (Res. CMN 3.919/10 arts. 2º and 8º; CDC arts. 39 III and 42 p.u.)', () => {
    const kind = (text: string) => sut.subarea('consumidor', sut.score(text).subareaScores);
    expect(kind('o banco me cobra todo mês uma cesta de serviços que eu nunca contratei')).toBe('cobrança indevida');
    expect(kind('a operadora botou na fatura um pacote de streaming que nunca contratei')).toBe('cobrança indevida');
    // The bank's package told bare or by its product's name.
    expect(kind('desde o ano passado o banco desconta uma tal de Cesta Fácil Plus que jamais contratei')).toBe('cobrança indevida');
  });

  it("reads a moneylender, a lodging booked, transactions outside the client's profile, labour rights and the servant's own regime in lawyers' words", () => {
    expect(classify('o agiota cobra juros de 15% ao mês')).toBe('civil');
    expect(classify('a plataforma de hospedagem não devolveu o valor')).toBe('consumidor');
    expect(sut.score('o banco deixou passar transações atípicas, fora do meu perfil').subareaScores['consumidor.fraude-bancaria']).toBeGreaterThanOrEqual(5);
    expect(classify('quero receber meus direitos trabalhistas')).toBe('trabalhista');
    expect(sut.subarea('administrativo', sut.score('a pensão do regime próprio foi negada e vou recorrer').subareaScores)).toBe('pensão ou aposentadoria do regime próprio do servidor');
    // The company's money moved by the partner to a company in a relative's name: a conflict among partners, not a company being formed.
    const diverted = 'tenho uma confecção com um sócio, ele passou R$ 700 mil das contas da empresa pra uma empresa no nome de um primo e sumiu';
    expect(sut.subarea('empresarial', sut.score(diverted).subareaScores)).toBe('conflito entre sócios e dissolução');
  });

  it('reads salary unpaid for months, told as the worker tells it, as salary arrears (the ground for a rescisão indireta)', () => {
    for (const text of ['o patrão não paga meu salário faz 2 meses', 'tô com dois salários atrasados', 'não recebo meu salário desde setembro', 'o dono ta atrasando meu salario ja faz 3 meses']) {
      expect(sut.subarea('trabalhista', sut.score(text).subareaScores)).toBe('salários e FGTS em atraso');
    }
  });

  it("names the landlord's notice to leave, by the tenant's words or the law's (denúncia vazia), the retaking of the property", () => {
    for (const text of ['moro de aluguel e o dono mandou uma notificação pra eu sair do apartamento em 30 dias', 'recebi uma denúncia vazia do locador']) {
      expect(sut.subarea('imobiliario', sut.score(text).subareaScores)).toBe('despejo sem atraso de aluguel (fim do contrato ou retomada do imóvel)');
    }
  });

  it('reads no company case in a "sei lá" answer, while a service-level agreement named with its article still is one', () => {
    expect(sut.score('sei lá').areaScores.empresarial ?? 0).toBe(0);
    expect(sut.score('sla, não lembro').areaScores.empresarial ?? 0).toBe(0);
    expect(sut.score('o SLA do contrato de suporte não foi cumprido').areaScores.empresarial).toBeGreaterThan(0);
  });

  it('names a city fine for a building work an administrative sanction, not a traffic fine', () => {
    const fine = (text: string) => sut.subarea('administrativo', sut.score(text).subareaScores);
    expect(fine('a prefeitura me multou em 5 mil pela reforma da minha casa e deu 15 dias pra eu recorrer')).toBe('multa e sanção administrativa');
    expect(fine('recebi uma multa de trânsito do detran e quero recorrer')).toBe('multa de trânsito e CNH');
  });

  it('names a parking infraction or the points on the licence a traffic fine, told without the word "trânsito" (CTB arts. 181 and 259)', () => {
    const fine = (text: string) => sut.subarea('administrativo', sut.score(text).subareaScores);
    expect(fine('chegou a notificação de autuação por parar em local proibido na frente da escola')).toBe('multa de trânsito e CNH');
    expect(fine('vou perder 7 pontos na carteira por uma coisa que não fiz')).toBe('multa de trânsito e CNH');
  });

  it('names the disciplinary proceeding where a servant was dismissed in it or is charged with abandoning the post', () => {
    const pad = (text: string) => sut.subarea('administrativo', sut.score(text).subareaScores);
    expect(pad('o guarda municipal foi demitido pelo processo administrativo')).toBe('processo administrativo disciplinar');
    expect(pad('dizem que ela abandonou o cargo quando estava de licença')).toBe('processo administrativo disciplinar');
  });

  it('reads furniture made to measure as a consumer purchase, and a wardrobe as no custody', () => {
    expect(classify('a loja de móveis planejados não entregou a cozinha e o guarda-roupa veio com a porta empenada')).toBe('consumidor');
    expect(sut.score('só entregaram o guarda-roupa').areaScores.familia ?? 0).toBe(0);
  });

  it('reads a service cut told with the verb between as a consumer case', () => {
    expect(sut.score('minha internet está cortada há duas semanas').areaScores).toEqual({ consumidor: 4 });
  });

  it('reads an export contract and the closing of a MEI as business law', () => {
    expect(sut.score('exporto café, o contrato tem arbitragem em Londres e tomei um adiantamento de câmbio').areaScores).toEqual({ empresarial: 14, civil: 2 });
    expect(sut.score('quero fechar meu MEI').areaScores.empresarial).toBeGreaterThanOrEqual(5);
    // A woman partner, and the partners' own company closed by their agreement (distrato, CC arts. 1.033 II and 1.102).
    expect(sut.score('eu e minha sócia queremos fechar nossa empresinha').areaScores.empresarial).toBeGreaterThanOrEqual(8);
    expect(sut.score('como fecha o cnpj do jeito certo').areaScores.empresarial).toBeGreaterThanOrEqual(5);
    expect(sut.score('queremos fazer o distrato social da ltda').areaScores.empresarial).toBeGreaterThanOrEqual(6);
    // A worker telling the employer closed its doors names no business case.
    expect(sut.score('o dono resolveu fechar a empresa e não pagou ninguém').areaScores.empresarial ?? 0).toBeLessThan(2);
  });

  it('routes a repossession suit already served over a financed vehicle to civil, and its threat alone stays with consumer', () => {
    const text = 'financiei o carro, atrasei as parcelas e chegou o oficial com mandado de busca e apreensão';
    const { areaScores } = sut.score(text);
    expect(sut.choose(areaScores, new NoteExtractor().extract(text)).area).toBe('civil');
    const threat = 'financiei o carro, atrasei as parcelas e o banco disse que vai entrar com busca e apreensão, os juros são abusivos';
    expect(sut.choose(sut.score(threat).areaScores, new NoteExtractor().extract(threat)).area).toBe('consumidor');
  });

  it("reads a private employer's selection and a job withdrawn before it began as labour law, and a public exam's medical stage as administrative", () => {
    const privateHiring = 'passei no concurso de um hospital particular, fiz o exame admissional e o processo seletivo todo, e desistiram da contratação';
    const hiring = sut.score(privateHiring);
    expect(sut.choose(hiring.areaScores, [], sut.anchors(hiring.keywords)).area).toBe('trabalhista');
    expect(sut.subarea('trabalhista', hiring.subareaScores)).toBe('promessa de contratação frustrada (dano pré-contratual)');
    const publicExam = 'passei no concurso da prefeitura para cargo efetivo e me eliminaram nos exames admissionais';
    const exam = sut.score(publicExam);
    expect(sut.choose(exam.areaScores, new NoteExtractor().extract(publicExam), sut.anchors(exam.keywords)).area).toBe('administrativo');
  });

  it('weighs an arrest asked about ("se ele não pagar vai preso?") as a weak hint, and one told as the arrest', () => {
    const asked = sut.score('emprestei 2 mil pro meu vizinho e ele não devolve, se ele não pagar vai preso?').areaScores;
    expect(asked.criminal).toBe(1);
    expect(sut.score('meu vizinho foi preso ontem').areaScores.criminal).toBeGreaterThanOrEqual(5);
  });

  it('reads a blow with a gun\'s butt, a beating and a robbery at gunpoint as a crime (CP arts. 129 and 157)', () => {
    expect(classify('dois caras armados me renderam na porta de casa, me deram uma coronhada e levaram meu carro')).toBe('criminal');
    expect(classify('me espancaram na saída do show')).toBe('criminal');
    // A car hit in traffic, no one hurt, stays the civil claim.
    expect(classify('bateram no meu carro estacionado e fugiram, quero saber quem paga o conserto')).not.toBe('criminal');
  });

  it('weighs a wrong the client calls a crime ("isso é estelionato, né?") as a weak hint, and the crime told as the fact', () => {
    expect(sut.score('ela pegou o dinheiro e não devolve, isso aí é estelionato né?').areaScores.criminal).toBe(1);
    expect(sut.score('pra mim isso é crime').areaScores.criminal).toBe(1);
    expect(sut.score('fui vítima de estelionato com um comprovante falso').areaScores.criminal).toBeGreaterThanOrEqual(5);
  });

  it('reads goods handed to a private person to resell as a civil debt (CC arts. 534-537), not the reseller\'s own purchase', () => {
    const left = sut.score('uma conhecida pegou umas peças comigo pra revender e nunca me pagou');
    expect(sut.choose(left.areaScores, [], sut.anchors(left.keywords)).area).toBe('civil');
    expect(sut.subarea('civil', sut.score('passei as roupas pra uma mulher revender e ela sumiu').subareaScores)).toBe('cobrança de dívida entre particulares');
    expect(sut.score('comprei 800 peças de uma confecção pra revender').areaScores.civil ?? 0).toBe(0);
  });

  it("reads a street vendor's permit revoked as the city's sanction, not a servant's leave", () => {
    const revoked = sut.score('a guarda municipal apreendeu minha mercadoria e a prefeitura cassou minha licença de ambulante');
    expect(sut.subarea('administrativo', revoked.subareaScores)).toBe('multa e sanção administrativa');
    expect(sut.subarea('administrativo', sut.score('sou servidor e negaram minha licença para tratar de interesses particulares').subareaScores)).toBe('direitos do servidor público');
  });

  it("reads the premium leave never taken as a statutory servant's right, whatever is said of the labour court", () => {
    const minas = 'me aposentei pelo estado e nunca me deixaram tirar as férias-prêmio; um primo diz que é caso da justiça do trabalho';
    expect(classify(minas)).toBe('administrativo');
    expect(sut.subarea('administrativo', sut.score(minas).subareaScores)).toBe('direitos do servidor público');
    expect(classify('saí da prefeitura e quero receber em dinheiro as licenças-prêmio, meu colega falou em justiça do trabalho')).toBe('administrativo');
  });

  it('names no area when nothing points to one', () => {
    expect(sut.choose(sut.score('oi, boa tarde, tudo bem?').areaScores)).toEqual({ area: null, certainty: 0, competing: null });
  });

  it('is more certain when one area clearly wins', () => {
    const clear = sut.choose(sut.score('recuperação judicial com muitos credores, falência à vista').areaScores);
    const mixed = sut.choose(sut.score('o banco e a empresa').areaScores);
    expect(clear.certainty).toBeGreaterThan(mixed.certainty);
  });

  it('reads the everyday ways of saying the name was put on a defaulters\' list as negativação', () => {
    for (const text of ['disseram que meu nome ta sujo por uma divida que eu nao fiz', 'sujaram meu nome por uma conta que nao e minha', 'tem uma restricao no meu cpf de uma loja']) {
      const { areaScores, subareaScores } = sut.score(text);
      expect(areaScores.consumidor ?? 0).toBeGreaterThan(0);
      expect(sut.subarea('consumidor', subareaScores)).toBe('negativação indevida');
    }
  });

  it('reads a loan the client denies having made, told with the loan as the object, as bank fraud (Súmula 479 STJ)', () => {
    for (const text of ['descontam da minha aposentadoria um empréstimo consignado. Jamais solicitei esse empréstimo', 'tem um consignado no meu benefício, eu nunca fiz esse consignado']) {
      expect(sut.subarea('consumidor', sut.score(text).subareaScores)).toBe('fraude bancária');
    }
  });

  it('picks the subarea with the highest score, or the area default', () => {
    expect(sut.subarea('trabalhista', sut.score('eu fazia hora extra e o cartão de ponto era falso').subareaScores)).toBe(
      'horas extras e jornada',
    );
    expect(sut.subarea('civil', {})).toBe('responsabilidade civil e contratos');
    // Intimate images spread are a crime against sexual dignity (CP art. 218-C), not against honour, even told as "espalhando".
    expect(sut.subarea('criminal', sut.score('meu ex está espalhando fotos íntimas minhas no grupo da cidade').subareaScores)).toBe(
      'divulgação de imagens íntimas sem consentimento',
    );
    // The summons names the court in full (Lei 9.099/95 art. 60), a lesser offence's court, not an inquiry.
    expect(
      sut.subarea('criminal', sut.score('recebi uma intimação do Juizado Especial Criminal por uma discussão com o vizinho').subareaScores),
    ).toBe('infração de menor potencial ofensivo (juizado criminal)');
  });

  it.each<[LegalAreaCode, string, string]>([
    ['previdenciario', 'trabalhei na roça a vida toda como lavrador e o INSS negou', 'aposentadoria por idade'],
    ['previdenciario', 'minha mãe é viúva, nunca contribuiu e está no CadÚnico', 'benefício assistencial (BPC/LOAS)'],
    ['empresarial', 'meu sócio está desviando dinheiro, está no contrato social como administrador', 'conflito entre sócios e dissolução'],
    ['imobiliario', 'estou sendo despejada da casa que alugo', 'despejo por falta de pagamento'],
    ['familia', 'meu ex não deixa eu ver meu filho', 'guarda e convivência'],
    ['criminal', 'meu ex me bateu ontem e disse que vai me matar', 'violência doméstica e medidas protetivas'],
    ['trabalhista', 'fui doméstica seis anos e nunca assinaram minha carteira', 'reconhecimento de vínculo'],
    ['trabalhista', 'meu filho é motoboy da pizzaria há dois anos, o dono nunca assinou a carteira dele', 'reconhecimento de vínculo'],
    ['consumidor', 'desisti do consórcio e a administradora não devolve as parcelas', 'consórcio - desistência e restituição'],
    ['consumidor', 'paguei no pix um tênis na loja do instagram e veio diferente da foto', 'compra não entregue ou arrependimento'],
    ['trabalhista', 'o capataz armado não deixa sair, é servidão por dívida', 'trabalho análogo à escravidão'],
    // The graded penalty told with a dismissal for cause announced for the next fault: no dismissal to reverse (CLT art. 474).
    ['trabalhista', 'o patrão me deu uma suspensão de 2 dias e disse que na próxima é rua por justa causa', 'advertência ou suspensão disciplinar'],
    ['trabalhista', 'fui demitido por justa causa depois de duas advertências', 'reversão de justa causa'],
    // Documents kept and a debt that never ends, as the worker's family tells them (CP art. 149).
    ['trabalhista', 'o patrão pegou os documentos de todo mundo e falaram que só sai quando pagar a dívida', 'trabalho análogo à escravidão'],
    ['familia', 'a mãe dele não deixa eu ver ele faz 3 meses por causa da pensão atrasada', 'guarda e convivência'],
    ['familia', 'meu pai está cada vez mais esquecido e não consegue mais cuidar das contas', 'curatela e interdição'],
    ['civil', 'o mestre de obras abandonou a obra pela metade', 'descumprimento de contrato'],
    ['consumidor', 'a seguradora negou o sinistro e não paga o seguro do carro da apólice', 'seguro - recusa de indenização'],
    ['imobiliario', 'o contrato de arrendamento rural da fazenda vence e o dono quer retomar a terra', 'arrendamento e parceria rural'],
    ['consumidor', 'a empresa de cobrança liga para o trabalho da minha irmã falando da minha dívida', 'cobrança abusiva ou vexatória'],
    ['civil', 'doei o sítio ao meu sobrinho e quero desfazer a doação por ingratidão', 'doação e sua revogação'],
    ['trabalhista', 'perdi dois dedos numa prensa na metalúrgica, a máquina estava sem a proteção', 'acidente de trabalho e doença ocupacional'],
    // The CAT refused is the accident, even where the overtime came first.
    ['trabalhista', 'meu banco de horas nunca vira folga, e depois que escorreguei na câmara fria o RH não quis emitir a CAT', 'acidente de trabalho e doença ocupacional'],
    ['trabalhista', 'o supervisor vive passando cantadas e me mandou uma proposta indecente no serviço', 'assédio moral ou sexual'],
    ['empresarial', 'sou sócio de uma ltda com ele, está no contrato social, e quero tirar ele da sociedade', 'conflito entre sócios e dissolução'],
    // The partners' pay, a joint management and the company's cash are a running company's quarrel, not its founding.
    ['empresarial', 'temos uma sociedade, ele tira dinheiro do caixa e diz que é pró-labore, mas o contrato social diz administração conjunta', 'conflito entre sócios e dissolução'],
    // A disciplinary proceeding told by the servant: the act's name in full, the commission, the fault charged in the first person.
    ['administrativo', 'respondi a um processo administrativo disciplinar e a comissão processante quer me demitir; vou recorrer', 'processo administrativo disciplinar'],
    ['administrativo', 'sou servidor municipal e dizem que abandonei o cargo, mas eu estava de atestado', 'processo administrativo disciplinar'],
  ])('fits the subarea of %s to the facts of %j', (area, text, label) => {
    expect(sut.subarea(area, sut.score(text).subareaScores)).toBe(label);
  });

  it('reads company money moved to a partner\'s personal account as the partners\' quarrel, and a personal account alone as no company matter', () => {
    expect(sut.subarea('empresarial', sut.score('sou sócio de uma ltda e ele fez transferências do caixa pra conta pessoal dele').subareaScores)).toBe('conflito entre sócios e dissolução');
    expect(sut.score('minha conta pessoal foi bloqueada').areaScores.empresarial).toBeUndefined();
  });

  it('does not read "desejo" as "despejo"', () => {
    expect(sut.score('desejo me divorciar do meu marido').areaScores.imobiliario).toBeUndefined();
    expect(classify('desejo me divorciar do meu marido')).toBe('familia');
  });

  it('reads an estate told without its name (what the dead parent left, a sibling who will not share) as an inheritance', () => {
    const { areaScores, subareaScores } = sut.score('meu pai morreu em maio e deixou uma fazenda, somos 4 irmãos e um deles não quer dividir');
    expect(sut.choose(areaScores).area).toBe('familia');
    expect(sut.subarea('familia', subareaScores)).toBe('inventário e herança');
  });

  it('reads the work of a platform delivery worker as labour law, ahead of the accident\'s civil words', () => {
    expect(sut.choose(sut.score('trabalho de entregador por aplicativo e sofri um acidente').areaScores).area).toBe('trabalhista');
  });

  it('reads a worker registered by a contractor, the fall-arrest line and the employment denied as labour words, ahead of the site\'s builder', () => {
    expect(classify('meu irmão era registrado pela empreiteira e caiu de um telhado da construtora sem a linha de vida')).toBe('trabalhista');
    expect(classify('trabalhava registrado numa transportadora e a dona da carga diz que ele não era funcionário dela')).toBe('trabalhista');
  });

  it("reads the registration told after the trade, by its length or as the card, as the employment (CLT arts. 29, 40 and 41), and a thing registered, a wallet or another card as no labour word", () => {
    for (const text of [
      'sou camareira num hotel, registrada há 2 anos, e mudaram meu turno pra noite',
      'sou motorista de caminhão registrado faz 6 anos e a transportadora atrasa o pagamento',
      'sou vendedor registrado desde 2023 e cortaram o almoço',
      'sou garçom de carteira há 5 anos e o dono me chama de burro',
      'sou vendedora, 2 anos de carteira, e a gerente não me libera pro pré-natal',
    ]) expect(classify(text)).toBe('trabalhista');
    for (const text of [
      'a escritura foi registrada há 2 anos no cartório',
      'o boletim foi registrado faz 15 dias',
      'bateram minha carteira no ônibus ontem',
      'fui no detran fazer a renovação de carteira de motorista',
      'sou empregado de carteira e bloquearam minha conta numa execução',
    ]) expect(sut.score(text).areaScores.trabalhista ?? 0).toBe(0);
  });

  it('reads a machine\'s safety device switched off (NR-12) as the employer\'s fault in a work accident', () => {
    expect(classify('a máquina estava com o sensor de segurança desligado fazia meses e o encarregado mandava continuar')).toBe('trabalhista');
    expect(sut.score('a prensa tinha a trava de segurança quebrada').areaScores.trabalhista).toBeGreaterThanOrEqual(6);
  });

  it('reads contributions withheld and never paid in, shown in the CNIS, as a benefit matter (Lei 8.212 art. 33 §5º)', () => {
    expect(classify('a firma descontava no holerite mas os anos aparecem com pendência no cnis, as contribuições não recolhidas')).toBe('previdenciario');
  });

  it('reads a former partner collecting a debt as a civil claim, the company over (CC arts. 1.029-1.032)', () => {
    expect(classify('um ex-sócio está me cobrando 60 mil de um cheque, chegou uma ação monitória')).toBe('civil');
    expect(classify('meu sócio está desviando dinheiro da sociedade')).toBe('empresarial');
  });

  it('reads a slander spread by a neighbour as an offence to honour, not a neighbours\' nuisance', () => {
    const { areaScores, subareaScores } = sut.score('uma vizinha anda espalhando no grupo do condominio que eu roubei o celular dela');
    expect(sut.subarea('criminal', subareaScores)).toBe('crimes contra a honra');
    expect(sut.subarea('civil', subareaScores)).toBe('danos morais');
    expect(['criminal', 'civil']).toContain(sut.choose(areaScores).area);
    expect(sut.subarea('civil', sut.score('o vizinho me chamou de ladrão na frente de todo mundo').subareaScores)).toBe('danos morais');
    // The same imputation told in the past tense ("escreveu que eu era ladrona").
    expect(sut.subarea('criminal', sut.score('ela escreveu no grupo que eu era ladrona').subareaScores)).toBe('crimes contra a honra');
  });

  it('reads a police report naming the client as the author of a crime as an inquiry against the client (CPP arts. 5º and 14)', () => {
    const report = (text: string) => sut.subarea('criminal', sut.score(text).subareaScores);
    expect(report('minha ex-patroa registrou um boletim dizendo que eu roubei um notebook da empresa')).toBe('investigação e inquérito policial');
    expect(report('o vizinho fez BO contra mim dizendo que eu furtei a bicicleta dele')).toBe('investigação e inquérito policial');
    expect(report('a patroa registrou boletim contra ela dizendo que ela pegou dinheiro da gaveta')).toBe('investigação e inquérito policial');
    // The client's own report against whoever offended them stays an offence to honour.
    expect(report('eu fiz boletim contra minha cunhada porque ela me xingou de ladra')).toBe('crimes contra a honra');
  });

  it('reads the crime named as what the client sues for ("processar ele por calúnia") as the queixa-crime (CP arts. 138-140 and 145)', () => {
    const { areaScores } = sut.score('Quero processar ele por calúnia, tem muita gente me olhando torto.');
    expect(areaScores.criminal).toBe(5);
    expect(areaScores.civil ?? 0).toBe(0);
    // The damages asked by their own name stay civil's.
    expect(sut.score('quero processar ela por danos morais').areaScores.criminal ?? 0).toBe(0);
  });

  it('takes a service billed that was never ordered for an undue charge, not a bank fraud', () => {
    const scores = sut.score('é com a operadora de celular, tão cobrando um serviço que eu nunca contratei');
    expect(scores.subareaScores['consumidor.cobranca-indevida']).toBeGreaterThan(scores.subareaScores['consumidor.fraude-bancaria'] ?? 0);
  });

  it('does not let a negated term choose the subarea', () => {
    const { subareaScores } = sut.score('o contrato não tem fiador nem caução');
    expect(subareaScores['imobiliario.caucao']).toBeUndefined();
  });

  it('does not count a denied arrest towards criminal law, as it does a negated concept', () => {
    expect(sut.score('ninguém foi preso, a empresa só quer tirar as mentiras da internet').areaScores.criminal).toBeUndefined();
    expect(sut.score('ele não foi preso').keywords).not.toContain('preso');
    expect(sut.score('ele não foi preso, mas depois foi preso em flagrante').areaScores.criminal).toBeGreaterThan(5);
  });

  it('reads the employer\'s control of the working time as a labour fact, also under a service contract', () => {
    expect(classify('abri um MEI porque a clínica exigiu pra me contratar, assinei contrato de prestação de serviço, mas faço horário fixo e assino folha de ponto')).toBe('trabalhista');
  });

  it('reads the IPTU paid by who lives in a house as the proof of possession, and a disputed IPTU as a tax case', () => {
    expect(classify('moro na casa há 17 anos, pago o IPTU desde 2010 e tenho os carnês do IPTU; quero a casa no meu nome')).toBe('imobiliario');
    expect(classify('a prefeitura cobrou o IPTU com um valor venal absurdo e quero impugnar o lançamento')).toBe('tributario');
  });

  it("reads a year's IPTU raised on a wrong built area as a tax case, the approved plan being no purchase off-plan (CTN arts. 33 and 145)", () => {
    const text = 'meu IPTU deste ano veio mais alto, a prefeitura colocou no carnê 180 m² de área construída mas a casa tem 95 m², que está na planta aprovada e na escritura';
    expect(classify(text)).toBe('tributario');
    expect(sut.subarea('tributario', sut.score(text).subareaScores)).toBe('IPTU');
    expect(sut.score('a casa tem 95 m2 como está na planta aprovada pela prefeitura').subareaScores['imobiliario.construtora'] ?? 0).toBe(0);
    // A purchase off-plan is still read as one.
    expect(sut.score('comprei um apartamento na planta e a construtora atrasou a obra').subareaScores['imobiliario.construtora']).toBeGreaterThan(0);
  });

  it('reads a grave harm promised by the other side of a debt, a sale or a crash as the threat (CP arts. 147 and 158), a suit threatened as the civil case', () => {
    const routed = (text: string) => sut.choose(sut.score(text).areaScores, new NoteExtractor().extract(text)).area;
    expect(routed('a mulher que bateu no meu carro não quer pagar o conserto e disse que vai me dar um tiro se eu continuar cobrando')).toBe('criminal');
    expect(routed('peguei 2 mil com um agiota e atrasei, ele diz que se eu nao pagar ate sabado vai tacar fogo na minha casa')).toBe('criminal');
    expect(routed('vendi um celular pra um conhecido, ele nunca pagou, e quando cobrei ele respondeu que eu vou me arrepender')).toBe('criminal');
    expect(routed('o cara que bateu na minha moto nao quis pagar o conserto e disse que ia meter bala em mim')).toBe('criminal');
    // A lawsuit or a listing threatened is no harm (CP art. 147 asks a "mal injusto e grave"): the collection or the damages stay civil.
    expect(routed('a moça que bateu no meu carro disse que se eu continuar cobrando ela vai me processar por danos morais')).toBe('civil');
    expect(routed('um vizinho ameaçou me processar e disse que vai acabar comigo por causa da infiltração do meu apartamento')).toBe('civil');
  });

  it('reads a harm promised without its name by the other side of a debt or a sale as the threat (CP art. 147), the lawsuit\'s "pegar" as none', () => {
    const routed = (text: string) => sut.choose(sut.score(text).areaScores, new NoteExtractor().extract(text)).area;
    expect(routed('o cara que me deve dinheiro falou que vai me pegar na saída do serviço')).toBe('criminal');
    expect(routed('emprestei 2 mil pro meu cunhado e quando cobrei ele disse que isso vai ter volta e que sabe onde eu moro')).toBe('criminal');
    expect(routed('o rapaz que comprou minha moto fiado mandou recado que eu vou ver o que é bom se cobrar de novo')).toBe('criminal');
    expect(routed('o comprador do meu carro não pagou as parcelas e mandou dizer que eu não perco por esperar')).toBe('criminal');
    // The court's "pegar" (`GET_NOT_HARM`) and the workplace a creditor writes to promise no harm: the debt stays civil.
    expect(routed('o cara que me deve dinheiro falou que vai me pegar na justiça se eu continuar cobrando o conserto')).toBe('civil');
    expect(routed('o vizinho disse que sabe onde eu trabalho e vai mandar a conta do conserto do muro pro meu patrão')).toBe('civil');
  });

  it("reads a business customer's unpaid invoices as a business contract (CC arts. 475-476)", () => {
    const text = 'temos contrato de manutenção com uma rede de academias e já são 4 notas fiscais em aberto';
    expect(sut.subarea('empresarial', sut.score(text).subareaScores)).toBe('contratos empresariais');
  });

  it("reads an exclusive distributor's contract ended by the manufacturer as a business contract, not the brand's own case (CC arts. 710-721)", () => {
    const text = 'somos distribuidores exclusivos da marca há 9 anos e temos estoque da marca parado, o fornecedor cortou o contrato';
    expect(sut.subarea('empresarial', sut.score(text).subareaScores)).toBe('contratos empresariais');
    expect(sut.subarea('empresarial', sut.score('outra empresa está copiando a nossa marca registrada').subareaScores)).toBe('marca e propriedade intelectual');
  });

  it("does not read an ex-boyfriend as an ex-partner of a family, and reads a city's water service cutting the supply as a consumer case", () => {
    const routed = (text: string) => sut.choose(sut.score(text).areaScores, new NoteExtractor().extract(text)).area;
    expect(sut.score('meu ex-namorado').areaScores.familia ?? 0).toBe(0);
    expect(sut.score('meu ex').areaScores.familia).toBeGreaterThan(0);
    // A dating relationship is no family entity: a loan between ex-boyfriends is a civil debt (CC art. 586), not a partition.
    expect(routed('emprestei 3 mil pro meu ex-namorado e ele diz que não me deve nada')).toBe('civil');
    // A threat against the household to make a debtor pay is a crime (CP arts. 147 and 158), not a usurious loan to revise.
    expect(routed('o agiota ameaçou minha filha porque atrasei os juros')).toBe('criminal');
    // A grave harm promised over the money lent or asked back is the crime to report first (CP art. 147), not the loan's collection
    // (CC art. 586); a debt only refused, or a suit threatened, stays the civil collection.
    expect(sut.choose({ civil: 4, criminal: 5 }, ['lender', 'threat', 'money-back']).area).toBe('criminal');
    expect(sut.choose({ civil: 4, criminal: 5 }, ['lender', 'money-back']).area).toBe('civil');
    expect(sut.choose({ civil: 4, criminal: 5 }, ['debt-collection', 'threat']).area).toBe('criminal');
    expect(sut.choose({ civil: 4, criminal: 5 }, ['debt-collection']).area).toBe('civil');
    expect(routed('emprestei 2 mil pro meu cunhado e ele disse que só me paga se eu for na justiça, quero meu dinheiro de volta')).toBe('civil');
    // The victim whom the author presses to drop the complaint asks protection first (CP art. 344), the damages after (CC art. 935);
    // the damages asked of a convicted author with no threat now stay civil.
    expect(routed('ele me deu uma garrafada e agora diz que vai acabar comigo se eu não retirar a queixa, quero indenização dos dentes')).toBe('criminal');
    expect(routed('ele me deu uma garrafada e foi condenado, quero indenização dos dentes')).toBe('civil');
    // A city's own water autarquia supplies a consumer (CDC art. 22); the reconnection is asked of it, whoever rents the house.
    const cut = sut.score('o SEMAE cortou a água da casa que eu alugo por conta do inquilino anterior e só religa se eu pagar');
    expect(sut.choose(cut.areaScores, ['supply-reconnection']).area).toBe('consumidor');
    expect(sut.choose({ imobiliario: 10, consumidor: 6 }, ['supply-reconnection', 'eviction-sought']).area).toBe('imobiliario');
  });

  it('routes a water or power cut by who cut it: the landlord to the lease, the supplier to the consumer', () => {
    const routed = (text: string) => sut.choose(sut.score(text).areaScores, new NoteExtractor().extract(text)).area;
    // The landlord who cuts or threatens to cut the tenant's supply takes the law into his own hands against the tenant's
    // possession (Lei 8.245/91 art. 22 I-II; CC arts. 1.197 and 1.210): the lease's case, whatever word names him.
    expect(routed('o senhorio cortou a agua da casa hoje cedo pq diz que eu to atrasado')).toBe('imobiliario');
    expect(routed('minha senhoria desligou o disjuntor da minha casa pra eu sair')).toBe('imobiliario');
    expect(routed('a proprietaria da kitnet disse que a agua vai ser cortada amanha se eu nao sair')).toBe('imobiliario');
    expect(routed('o dono do quarto que eu alugo cortou minha luz e disse que amanha corta a agua tambem')).toBe('imobiliario');
    // The supplier named as the one who cut: its consumer, whoever owns the house (CDC arts. 3º and 22; Lei 8.987/95 art. 6º §3º II).
    expect(routed('a Enel cortou a luz da casa que eu alugo por uma conta do inquilino anterior, a conta ta no nome do proprietario')).toBe('consumidor');
    expect(routed('a companhia de agua mandou carta que vai cortar minha agua, moro de aluguel e o locador ja arrumou o vazamento')).toBe('consumidor');
    // The formal "Vossa Senhoria" of a letter is no landlord.
    expect(sut.score('solicito a Vossa Senhoria uma orientação').areaScores.imobiliario ?? 0).toBe(0);
    // Neither rule without a cut: the landlord or the supplier alone tells nothing of it.
    expect(sut.choose({ consumidor: 6, imobiliario: 2 }, ['landlord-named']).area).toBe('consumidor');
    expect(sut.choose({ consumidor: 2, imobiliario: 6 }, ['supplier-named']).area).toBe('imobiliario');
  });

  it("routes the client's vehicle served by a business (garage, car wash, fuel station) to the consumer", () => {
    const notes = (text: string) => new NoteExtractor().extract(text);
    // The business serving the client's car answers for the damage its service does and for the service badly done (CDC arts.
    // 3º §2º, 14 and 20); fuel sold adulterated is a product unfit for use (CDC art. 18 §6º): not a collision between private persons.
    expect(notes('deixei meu carro num lava jato e quando fui buscar o para-choque estava amassado')).toContain('vehicle-serviced');
    expect(notes('o mecanico tirou a gasolina do tanque e disse que tava batizada')).toContain('vehicle-serviced');
    expect(notes('levei meu carro numa oficina do bairro pra trocar a embreagem')).toContain('vehicle-serviced');
    expect(sut.choose({ civil: 7, consumidor: 2 }, ['vehicle-serviced']).area).toBe('consumidor');
    // The client's own business and the client who hit another car keep their routes.
    expect(sut.choose({ consumidor: 6, empresarial: 4 }, ['vehicle-serviced', 'client-company']).area).not.toBe('civil');
    expect(sut.choose({ civil: 6, consumidor: 2 }, ['vehicle-serviced', 'at-fault']).area).toBe('civil');
    expect(new NoteExtractor().extract('um cara bateu na traseira do meu carro na saida do posto de gasolina')).not.toContain('vehicle-serviced');
    // The supplier's worker who had the car (the valet, the pump attendant, the car park's man) is whom it answers for (CDC arts. 14
    // and 34; CC art. 932 III): his employer's words ("o funcionário") are no labour claim of the client's.
    expect(notes('o manobrista do restaurante bateu meu carro no poste')).toContain('vehicle-serviced');
    expect(notes('o frentista do posto bateu a bomba na lataria do meu carro')).toContain('vehicle-serviced');
    expect(notes('o rapaz do estacionamento deixou minha moto cair')).toContain('vehicle-serviced');
    expect(sut.choose({ civil: 3, trabalhista: 2 }, ['vehicle-serviced']).area).toBe('consumidor');
    // The worker's own job and story keep theirs: "sou manobrista", the pump attendant told with no act on a car.
    expect(notes('sou manobrista num restaurante e o patrao quer descontar do meu salario')).not.toContain('vehicle-serviced');
    expect(notes('o frentista que trabalhava comigo foi mandado embora')).not.toContain('vehicle-serviced');
    expect(sut.choose({ trabalhista: 6, consumidor: 2 }, ['vehicle-serviced', 'opponent-employer']).area).toBe('trabalhista');
  });

  it('does not read a sign offering a lease as a lease', () => {
    expect(sut.score('os herdeiros botaram uma placa de aluga-se na frente').areaScores.imobiliario ?? 0).toBe(0);
    expect(sut.score('aluguei o apartamento e o dono não devolve a caução').areaScores.imobiliario).toBeGreaterThan(4);
  });

  it('does not read a rented car or motorbike as a lease of property', () => {
    expect(sut.score('o carro é alugado, pago o aluguel do carro toda semana').areaScores.imobiliario ?? 0).toBe(0);
    expect(sut.score('rodo numa moto alugada de uma locação de veículos').areaScores.imobiliario ?? 0).toBe(0);
    expect(sut.score('o carro é alugado e o inquilino da casa não paga o aluguel').areaScores.imobiliario).toBeGreaterThan(4);
  });

  it('reads a thing hired for an occasion as a civil hire, not a lease of property', () => {
    const van = sut.score('aluguei uma van pra levar o time pro campeonato');
    expect(van.areaScores.imobiliario ?? 0).toBe(0);
    expect(van.areaScores.civil).toBe(2);
    expect(sut.score('aluguei o salão de festas pro aniversário da minha filha').areaScores.imobiliario ?? 0).toBe(0);
    expect(sut.score('aluguei uma casa e o dono não devolve a caução').areaScores.imobiliario).toBeGreaterThan(4);
  });

  it("reads the rent told after a thing hired for an occasion as that hire's", () => {
    // Sound gear hired to a friend, who returned it broken: "quero que ele pague o aluguel e o estrago".
    const soundGear = { civil: 2, imobiliario: 4 };
    expect(sut.choose(soundGear, [], ['imobiliario']).area).toBe('imobiliario');
    expect(sut.choose(soundGear, ['thing-hired'], ['imobiliario']).area).toBe('civil');
    // A tenant who hired a truck to move out of the rented house has a lease case.
    expect(sut.choose(soundGear, ['thing-hired', 'tenant'], ['imobiliario']).area).toBe('imobiliario');
  });

  it('reads the franchisor and its documents as business law', () => {
    const scores = sut.score('a franqueadora rescindiu o contrato de franquia e cobra royalties, a circular de oferta não falava disso').areaScores;
    expect(sut.choose(scores).area).toBe('empresarial');
  });

  it('does not count a phrase the client rules out, where a negated concept still names its area', () => {
    expect(sut.score('não é nada trabalhista, quero a vaga na creche').areaScores.trabalhista).toBeUndefined();
    expect(sut.score('isso não tem nada a ver com a empresa').keywords).not.toContain('empresa');
    expect(sut.score('não é caso de polícia').keywords).toEqual([]);
    // A filing the client declines names no area; the fear of the accused still does.
    expect(sut.score('não quero fazer queixa crime').areaScores.criminal).toBeUndefined();
    expect(sut.score('não quero ser preso').areaScores.criminal).toBeGreaterThan(0);
    // Asking or affirming is not ruling out, and an absent labour fact is still a labour fact.
    expect(sut.score('não sei se é trabalhista').areaScores.trabalhista).toBeGreaterThan(0);
    expect(sut.score('não tenho carteira assinada').areaScores.trabalhista).toBeGreaterThan(0);
    // A bare "não é" denies a fact, and the other side's denial, reported, is a fact of the case.
    expect(sut.score('o RH disse que não é acidente de trabalho').keywords).toContain('acidente de trabalho');
    expect(sut.score('a firma diz que não tem nada a ver com o acidente de trabalho').keywords).toContain('acidente de trabalho');
  });

  it('reads a union lived without the paper as a family matter, and a purchase undone as a consumer one', () => {
    // CC art. 1.723: the union, not the flat the couple lived in, is what the split divides.
    expect(classify('moramos juntos sete anos sem casar no papel, como marido e mulher, e o apartamento ficou com ele')).toBe('familia');
    // CDC art. 49: a sale at the door may be withdrawn from within 7 days.
    expect(classify('vendedores bateram na porta da minha mãe e venderam um colchão, quero cancelar a compra')).toBe('consumidor');
  });

  it('reads the lawyers\' words of kinds whose background belongs to another area', () => {
    // CC art. 936: the owner of an animal loose on a road answers for the crash, a civil claim.
    expect(classify('bati num jumento solto na pista, quero que o dono do animal pague a moto')).toBe('civil');
    // A surge that burnt appliances: the distributor answers for them (CDC, ANEEL).
    expect(classify('sou aposentada e a companhia de energia negou o ressarcimento dos danos elétricos da sobretensão')).toBe('consumidor');
    // A family holding receives the family's assets: a company's act.
    expect(classify('quero fazer uma holding familiar com os imóveis para meus filhos evitarem o inventário')).toBe('empresarial');
    // A fence moved over the boundary is a possessory and demarcation case, whatever the police report says (CPC arts. 554 and 574).
    expect(sut.choose(sut.score('o vizinho mudou a cerca e pegou 30 metros do meu sítio de 12 alqueires; fiz um BO de esbulho na delegacia').areaScores).area).toBe('imobiliario');
    // A worker held at a farm and kept from leaving is work like slavery (CP art. 149), not an arrest.
    expect(classify('meu irmão está preso numa fazenda e não deixam ele vir embora, tomaram os documentos')).toBe('trabalhista');
    expect(classify('meu irmão foi preso em flagrante na fazenda do patrão')).toBe('criminal');
    // The simplified selection of a temporary public hire: only the State hires that way.
    expect(classify('trabalhei seis anos no hospital por processo seletivo simplificado')).toBe('administrativo');
    // The embarrassment of an offence is a civil claim's word.
    expect(sut.score('quero que ela pague pelo constrangimento').areaScores.civil).toBeGreaterThanOrEqual(2);
    // A lien the seller hid: the buyer who loses the vehicle to the bank is evicted and claims from the seller.
    expect(classify('comprei a caminhonete com gravame escondido e agora é caso de evicção')).toBe('civil');
  });

  it('reads who wants the other prosecuted as the victim', () => {
    const { subareaScores } = sut.score('ela pegava dinheiro do caixa e quero processá-la criminalmente');
    expect(sut.subarea('criminal', subareaScores)).toBe('vítima de crime (acompanhamento e reparação)');
  });

  it('reads land taken for a road work, told by the road agency, the widening or the provisional entry, as an expropriation', () => {
    const notes = new NoteExtractor();
    for (const text of [
      'o DER ofereceu 160 mil pela frente do sítio, o corretor disse que vale 500 mil com as benfeitorias',
      'o DNIT vai tirar um pedaço do terreno para a duplicação da rodovia e ofereceu pouco',
      'a prefeitura quer alargar a rua e vai pegar a frente da minha casa',
    ]) {
      const scores = sut.score(text);
      expect(sut.choose(scores.areaScores, notes.extract(text)).area).toBe('administrativo');
    }
    expect(sut.score('se der eu pago o corretor').areaScores.administrativo ?? 0).toBe(0);
  });

  it("routes a relative's vehicle hit by another's to civil liability, the driver's inquiry being the background, unless the client caused it", () => {
    const notes = new NoteExtractor();
    const story = 'a moto dele foi atingida por um caminhão da transportadora e ele morreu; o motorista responde inquérito na delegacia';
    expect(notes.extract(story)).toContain('collision-victim');
    expect(sut.choose(sut.score(story).areaScores, notes.extract(story)).area).toBe('civil');
    expect(notes.extract('o ônibus bateu no carro dela no cruzamento')).toContain('collision-victim');
    expect(notes.extract('eu bati no carro dele sem querer')).not.toContain('collision-victim');
    // The client's own vehicle hit, told in the first person: the same claim against the driver (CC arts. 186 and 927).
    const own = 'um carro avançou o sinal e bateu na minha moto; fiz boletim na delegacia e o delegado falou em lesão corporal';
    expect(notes.extract(own)).toContain('collision-victim');
    expect(sut.choose(sut.score(own).areaScores, notes.extract(own)).area).toBe('civil');
    expect(notes.extract('bati na moto dele sem querer')).not.toContain('collision-victim');
  });

  it("routes a delivery rider's or a motoboy's vehicle hit by a stranger to civil liability, the trade telling the earnings lost (CC arts. 402, 949)", () => {
    const notes = new NoteExtractor();
    for (const story of [
      'um carro entrou na contramão e pegou minha moto de frente',
      'um carro saiu da garagem e derrubou minha bicicleta de entrega comigo em cima',
      'uma van me fechou na avenida e eu caí da moto',
    ]) {
      expect(notes.extract(story)).toContain('collision-victim');
    }
    // "Sou entregador" is the only typical word; the crash, the repair and the days lost score civil less, and still decide the route.
    const rider = { consumidor: 2, civil: 2, administrativo: 2, trabalhista: 3 };
    expect(sut.choose(rider, ['collision-victim', 'worker-told'], ['trabalhista']).area).toBe('civil');
    expect(sut.choose(rider, ['worker-told'], ['trabalhista']).area).toBe('trabalhista');
    // The app that calls the rider autonomous denies the employment the rider claims (CLT arts. 3º and 9º): the labour case stands.
    expect(notes.extract('o app fala que eu sou autônomo e que não tem nada a ver com o acidente')).toContain('disguised-employment');
    expect(notes.extract('sou autônomo, faço entregas pra vários apps')).not.toContain('disguised-employment');
    expect(sut.choose(rider, ['collision-victim', 'worker-told', 'disguised-employment'], ['trabalhista']).area).toBe('trabalhista');
    // "uma caminhonete bateu na minha moto de entrega ... o celular quebrou": the delivery and the phone tell the scene, not a purchase;
    // a car hit while a workshop had it is the workshop's service (CDC art. 14).
    expect(sut.choose({ consumidor: 6, civil: 4 }, ['victim', 'collision-victim']).area).toBe('civil');
    expect(sut.choose({ consumidor: 6, civil: 4 }, ['collision-victim', 'vehicle-serviced']).area).toBe('consumidor');
    // Taken, not hit: the bank or a thief who "pegou minha moto" names no collision.
    expect(notes.extract('o banco pegou minha moto porque atrasei as parcelas')).not.toContain('collision-victim');
    // The accident told against the employer stays the worker's labour case.
    expect(sut.choose({ trabalhista: 6, civil: 4 }, ['collision-victim', 'opponent-employer']).area).toBe('trabalhista');
  });

  it('routes a rider a stranger stabbed or punched, who asks that person the expenses and the days lost, to civil liability (CC arts. 402, 949-950)', () => {
    // "um cara me esfaqueou na saída do baile ... sou entregador ... quero que ele me pague o que gastei e o tempo sem trabalhar"
    const stabbed = { trabalhista: 3 };
    expect(sut.choose(stabbed, ['victim', 'worker-told', 'damages-claimed'], ['trabalhista']).area).toBe('civil');
    // No loss asked of the author, or the harm told against the employer: the rule stands aside.
    expect(sut.choose(stabbed, ['victim', 'worker-told'], ['trabalhista']).area).toBe('trabalhista');
    expect(sut.choose(stabbed, ['victim', 'worker-told', 'damages-claimed', 'opponent-employer'], ['trabalhista']).area).toBe('trabalhista');
    // A superior's insult is the employer's offence to the worker (CLT arts. 223-B and 483 e).
    expect(sut.choose(stabbed, ['victim', 'honour-offended', 'worker-told', 'damages-claimed', 'superior-name-calling'], ['trabalhista']).area).toBe('trabalhista');
  });

  it("routes a superior's shouting or humiliation told by the worker to labour (CLT arts. 483 b and e, 223-B; CF art. 114 VI)", () => {
    // "a gerente me humilhou na frente dos clientes ... sou operadora de caixa ... quero uma indenização"
    expect(sut.choose({ trabalhista: 8, civil: 4 }, ['victim', 'honour-offended', 'worker-told', 'damages-claimed', 'superior-abuse'], ['trabalhista']).area).toBe('trabalhista');
    // "meu supervisor gritou comigo ... trabalho numa loja de roupas": the shop's words tell the workplace.
    expect(sut.choose({ consumidor: 2 }, ['superior-abuse', 'worker-told']).area).toBe('trabalhista');
    // A bank's manager who shouts at a customer is no superior: no job told, the rule stands aside.
    expect(sut.choose({ consumidor: 4 }, ['superior-abuse']).area).toBe('consumidor');
  });

  it('routes by the role and remedy the client stated, not by the background words', () => {
    const scam = { criminal: 8, consumidor: 6 };
    expect(sut.choose(scam).area).toBe('criminal');
    expect(sut.choose(scam, ['victim', 'police-report-filed', 'refund-claimed']).area).toBe('consumidor');
    expect(sut.choose({ trabalhista: 15, familia: 13 }, ['child-support']).area).toBe('familia');
    expect(sut.choose({ consumidor: 9, criminal: 4 }, ['client-seller']).area).toBe('criminal');
    expect(sut.choose({ imobiliario: 25, administrativo: 17 }, ['expropriation']).area).toBe('administrativo');
    expect(sut.choose({ criminal: 6, civil: 4 }, ['damages-claimed']).area).toBe('civil');
    // The policyholder refused by the insurer: the theft reported is the insured event (CDC art. 3 §2).
    expect(sut.choose({ criminal: 9, consumidor: 8 }, ['police-report-filed', 'insurance-refused']).area).toBe('consumidor');
    // The insured's own crash refused by the insurer (CC arts. 757 and 768): the crash is the covered event, not a liability claim;
    // who was hit by another claims from that driver and his insurer (Súmula 529 do STJ).
    expect(sut.choose({ civil: 8, consumidor: 5 }, ['insurance-refused']).area).toBe('consumidor');
    expect(sut.choose({ civil: 8, consumidor: 5 }, ['insurance-refused', 'collision-victim']).area).toBe('civil');
    // The employer refused the work-accident report (Lei 8.213 art. 22): the claim is against it, the INSS benefit the background,
    // unless the INSS itself refused or cut the benefit.
    expect(sut.choose({ previdenciario: 18, trabalhista: 10 }, ['cat-refused']).area).toBe('trabalhista');
    expect(sut.choose({ previdenciario: 18, trabalhista: 10 }, ['cat-refused', 'opponent-inss']).area).toBe('previdenciario');
    expect(sut.choose({ previdenciario: 18, trabalhista: 10 }, ['cat-refused', 'benefit-conversion']).area).toBe('previdenciario');
    // A nerve cut in a surgery and the doctor's "risk of the surgery": a medical liability claim (CC art. 951), whoever paid for it.
    expect(sut.score('outro médico disse que o nervo foi cortado na cirurgia').subareaScores['civil.erro-medico']).toBeGreaterThanOrEqual(3);
    expect(sut.score('o médico diz que foi risco da cirurgia').areaScores.civil).toBeGreaterThanOrEqual(3);
    // The accused of a crime defends it, whatever damages the victim's family asks of the insurer.
    expect(sut.choose({ civil: 14, criminal: 12 }, ['damages-claimed']).area).toBe('civil');
    expect(sut.choose({ civil: 14, criminal: 12 }, ['defendant', 'criminal-defence', 'damages-claimed']).area).toBe('criminal');
    // A rule that gives way to a note whose own rule gives way to a third: the tax authority's rule gives way to the seller's deed
    // claim, which gives way to the pension held in the tax enforcement, so the tax case is the tax authority's again.
    const deedAndTax = { imobiliario: 16, tributario: 15, previdenciario: 10 };
    expect(sut.choose(deedAndTax, ['buyer-transfer-sought', 'tax-authority']).area).toBe('imobiliario');
    expect(sut.choose(deedAndTax, ['buyer-transfer-sought', 'tax-authority', 'blocked-income']).area).toBe('tributario');
    // Served a suit for damages, though investigated for the same fact: the civil defence's term runs (CPC art. 335; CC art. 935).
    expect(sut.choose({ civil: 14, criminal: 12 }, ['defendant', 'criminal-defence', 'damages-claimed', 'damages-suit-served']).area).toBe('civil');
    // Damages beside an INSS benefit are asked of who caused the harm (the employer of a work accident): the benefit is background.
    expect(sut.choose({ previdenciario: 14, trabalhista: 11 }).area).toBe('previdenciario');
    expect(sut.choose({ previdenciario: 14, trabalhista: 11 }, ['damages-claimed']).area).toBe('trabalhista');
  });

  it("weighs the other side's kind as a prior that a stated remedy overrides", () => {
    // A restaurant closed by the health authority: the interdiction is police power, not a curatela.
    expect(sut.choose({ familia: 6, administrativo: 5 }).area).toBe('familia');
    expect(sut.choose({ familia: 6, administrativo: 5 }, ['opponent-public-body']).area).toBe('administrativo');
    // A salesman whose employer stopped paying commissions: not a family matter.
    expect(sut.choose({ familia: 5, trabalhista: 4 }, ['opponent-employer']).area).toBe('trabalhista');
    // A parent fired by the employer who asks to pay less child support asks a family remedy.
    expect(sut.choose({ trabalhista: 9, familia: 8 }, ['opponent-employer', 'child-support']).area).toBe('familia');
    expect(sut.choose({ trabalhista: 9, familia: 8 }, ['child-support']).area).toBe('familia');
  });

  it('routes by the remedy the role calls for, not by the words of the background', () => {
    // A mother of 79 asking her sons for support: her pension is her income, not a claim on the INSS.
    expect(sut.choose({ previdenciario: 8, familia: 5 }).area).toBe('previdenciario');
    expect(sut.choose({ previdenciario: 8, familia: 5 }, ['parent-support']).area).toBe('familia');
    // A seller collecting the instalments after a police report: a civil debt,
    expect(sut.choose({ criminal: 11, civil: 6 }, ['police-report-filed', 'debt-collection']).area).toBe('civil');
    // unless the client asks for prosecution.
    expect(sut.choose({ criminal: 11, civil: 6 }, ['debt-collection', 'criminal-complaint']).area).toBe('criminal');
    // An order never delivered is a consumer claim; a seller whose buyer never paid is not a consumer.
    expect(sut.choose({ criminal: 11, consumidor: 8 }, ['online-purchase']).area).toBe('consumidor');
    expect(sut.choose({ criminal: 11, consumidor: 8 }, ['online-purchase', 'client-seller']).area).toBe('criminal');
    // The INSS discharged the worker and the company refuses them back: the salaries are the employer's.
    expect(sut.choose({ previdenciario: 10, trabalhista: 6 }, ['return-refused']).area).toBe('trabalhista');
    // Unless the worker asks the INSS for the benefit back: the discharge contested is the claim (Lei 8.213 arts. 59-60 and 126).
    expect(sut.choose({ previdenciario: 10, trabalhista: 6 }, ['return-refused', 'benefit-restoration']).area).toBe('previdenciario');
    // A companion refused a pension by the INSS: the união estável is the proof, not the claim.
    expect(sut.choose({ familia: 12, previdenciario: 8 }, ['opponent-inss']).area).toBe('previdenciario');
    expect(sut.choose({ familia: 12, previdenciario: 8 }, ['opponent-inss', 'marital-split']).area).toBe('familia');
    // A pension refused by the INSS is the death pension, whatever "a pensão do meu filho" says elsewhere.
    expect(sut.score('a pensão foi negada em março').areaScores).toEqual({ previdenciario: 6 });
    // The INSS refused "a pensão do meu filho": the son's pension, a benefit, not child support.
    expect(sut.choose({ familia: 12, previdenciario: 8 }, ['opponent-inss', 'child-support']).area).toBe('previdenciario');
    // The child's BPC cut on an income review, told with no INSS word: the mother's new signed job is the household income (Lei 8.742
    // art. 20 §3º), not a labour claim; with the employer opposed (a dismissal), the labour claim keeps its route.
    expect(sut.choose({ familia: 5, trabalhista: 4 }, ['child-support', 'opponent-inss', 'clt-employee'], ['familia', 'trabalhista']).area).toBe('previdenciario');
    expect(sut.choose({ familia: 5, trabalhista: 4 }, ['opponent-inss', 'clt-employee', 'opponent-employer'], ['familia', 'trabalhista']).area).toBe('trabalhista');
    // A widow's pension told beside the damages asked of who caused the death: the wrongdoer's pension (CC art. 948 II), not the INSS's.
    expect(sut.choose({ civil: 10, previdenciario: 8, familia: 4 }, ['dependant-benefit']).area).toBe('previdenciario');
    expect(sut.choose({ civil: 10, previdenciario: 8, familia: 4 }, ['dependant-benefit', 'damages-claimed']).area).toBe('civil');
    // An employer who wants the cashier who took money prosecuted: the dismissal already given is the background.
    expect(sut.choose({ trabalhista: 9, criminal: 5 }, ['criminal-complaint']).area).toBe('criminal');
    // A company whose customer is a builder: the builder's trade only says who does not pay.
    expect(sut.choose({ imobiliario: 5, empresarial: 4 }).area).toBe('imobiliario');
    expect(sut.choose({ imobiliario: 5, empresarial: 4 }, ['client-company']).area).toBe('empresarial');
    // A client who lent their card to a friend collects from the friend: the bill only says where the debt began.
    expect(sut.choose({ consumidor: 8, civil: 5 }, ['lender']).area).toBe('civil');
    expect(sut.choose({ consumidor: 8, civil: 5 }, ['lender', 'bank-scam']).area).toBe('consumidor');
    // A dead mother's half of a shop is an estate asset; the partners refusing the heirs their haveres outweigh it.
    expect(sut.choose({ empresarial: 14, familia: 11 }).area).toBe('empresarial');
    expect(sut.choose({ empresarial: 14, familia: 11 }, ['death', 'close-death']).area).toBe('familia');
    expect(sut.choose({ empresarial: 55, familia: 12 }, ['death', 'close-death']).area).toBe('empresarial');
    // The heirs who hold the dead father's quotas and call a meeting to exclude one of them: a partners' dispute, the estate is over.
    expect(sut.choose({ empresarial: 14, familia: 15 }, ['death', 'close-death', 'partners-dispute']).area).toBe('empresarial');
    // An heir asking for the inventory: the house and the land are the estate; its ITCMD is a tax case.
    expect(sut.choose({ imobiliario: 14, familia: 12 }, ['estate-division']).area).toBe('familia');
    expect(sut.choose({ familia: 20, tributario: 12 }, ['estate-division', 'tax-authority']).area).toBe('tributario');
    // A buyer by a contract never deeded asks the seller's estate for the deed: the inventory is why it waits, the case is the property.
    expect(sut.choose({ imobiliario: 14, familia: 12 }, ['estate-division', 'property-bought']).area).toBe('imobiliario');
    // A worker pressed to resign under threat of a police report: the resignation is the case, the report the lever.
    expect(sut.choose({ criminal: 9, trabalhista: 5 }, ['coerced-resignation']).area).toBe('trabalhista');
    expect(sut.choose({ criminal: 9, trabalhista: 5 }, ['coerced-resignation', 'violence']).area).toBe('criminal');
    // A retiree's private pension plan with a bank: the INSS pension only says who the client is; its ITCMD is a tax case.
    expect(sut.choose({ previdenciario: 26, consumidor: 16 }, ['private-pension']).area).toBe('consumidor');
    expect(sut.choose({ consumidor: 16, tributario: 14 }, ['private-pension', 'tax-authority']).area).toBe('tributario');
    // A client who asks to retire: the jobs told are the contribution record; a public servant retires under their own regime.
    expect(sut.choose({ trabalhista: 19, previdenciario: 15 }, ['retirement-sought']).area).toBe('previdenciario');
    expect(sut.choose({ administrativo: 12, previdenciario: 10 }, ['retirement-sought', 'public-employer']).area).toBe('administrativo');
  });

  it('keeps the benefits of a MEI with social security law, unlike those asked for a company', () => {
    // An adoptive mother who is a MEI, refused salário-maternidade: the adoption is the context.
    const adoption = { previdenciario: 17, familia: 15 };
    expect(sut.choose(adoption, ['client-mei']).area).toBe('previdenciario');
    expect(sut.choose(adoption, ['client-company']).area).toBe('familia');
    expect(sut.choose({ consumidor: 6, empresarial: 4 }, ['client-mei']).area).toBe('empresarial');
    // A MEI painter owed the balance of a job by a private customer collects it in the civil courts.
    expect(sut.choose({ tributario: 2, empresarial: 2, civil: 2 }, ['client-mei', 'debt-collection']).area).toBe('civil');
  });

  it("reads a buyer's deed asked of sellers who divorced as a property case, a spouse's own partition as a family one", () => {
    const divorcedSellers = { familia: 14, imobiliario: 10 };
    expect(sut.choose(divorcedSellers, ['deed-sought']).area).toBe('imobiliario');
    expect(sut.choose(divorcedSellers, ['deed-sought', 'marital-split']).area).toBe('familia');
    // The other half bought from the client's own ex-spouse: the couple's house divided after the divorce.
    expect(sut.choose(divorcedSellers, ['deed-sought', 'own-ex-partner']).area).toBe('familia');
  });

  it('reads a job given back after a sick leave as reinstatement against the employer, and a refused pension as a dependant benefit', () => {
    expect(sut.choose({ previdenciario: 20, trabalhista: 16 }, ['opponent-employer', 'reinstatement']).area).toBe('trabalhista');
    expect(sut.choose({ familia: 12, previdenciario: 8 }, ['death', 'dependant-benefit']).area).toBe('previdenciario');
  });

  it('reads the custody a grandmother asks as a family case, and a motoboy cut off by a van as a civil claim', () => {
    // The INSS and the union's plan are why she wants the guarda (ECA art. 33 §3º), not the other side.
    expect(sut.choose({ previdenciario: 12, familia: 6 }, ['custody-sought']).area).toBe('familia');
    // A refused benefit for the child keeps the case with the INSS.
    expect(sut.choose({ previdenciario: 12, familia: 6 }, ['custody-sought', 'opponent-inss']).area).toBe('previdenciario');
    // A driver cut off in traffic asks the damages of the van's owner (CC arts. 927 and 932 III),
    expect(sut.choose({ trabalhista: 5, civil: 5 }, ['collision-victim', 'damages-claimed']).area).toBe('civil');
    // unless he names the employer.
    expect(sut.choose({ trabalhista: 6, civil: 5 }, ['collision-victim', 'opponent-employer']).area).toBe('trabalhista');
  });

  it('lets the violence bias give way to a stated divorce', () => {
    // A woman beaten by her husband, with a protective order: the violence alone is a criminal case,
    const beaten = { familia: 12, criminal: 13 };
    expect(sut.choose(beaten, ['violence', 'victim']).area).toBe('criminal');
    // but when she asks for the divorce, the case she brings is a family one.
    expect(sut.choose(beaten, ['marital-split', 'violence', 'victim']).area).toBe('familia');
  });

  it('routes a tax charged by a city or a state to tax law, not administrative law', () => {
    expect(sut.choose({ administrativo: 8, tributario: 6 }, ['opponent-public-body']).area).toBe('administrativo');
    expect(sut.choose({ administrativo: 8, tributario: 6 }, ['opponent-public-body', 'tax-authority']).area).toBe('tributario');
    // The city's words (the prefeitura, its administrative proceeding, a suit against the municipality) name the tax authority
    // that must refund a tax paid twice: their share goes to tax law.
    expect(sut.choose({ administrativo: 20, tributario: 8 }, ['opponent-public-body', 'tax-authority']).area).toBe('tributario');
  });

  it('routes a claim against the State for what its agents did to administrative law', () => {
    // A police car crashed into the client's car: the accident words are civil, the one asked to pay is the State.
    const { areaScores } = sut.score('uma viatura bateu no meu carro, quero que o estado pague o conserto');
    expect(areaScores.administrativo).toBeGreaterThanOrEqual(9);
    expect(sut.choose({ civil: 12, administrativo: 9 }, ['opponent-public-body']).area).toBe('administrativo');
    // A public hospital's error told in the words of medical malpractice: the damage asked of a public body is the State's liability.
    expect(sut.choose({ civil: 21, administrativo: 11 }, ['opponent-public-body']).area).toBe('civil');
    expect(sut.choose({ civil: 21, administrativo: 11 }, ['opponent-public-body', 'damages-claimed', 'state-liability']).area).toBe('administrativo');
    // The UPA named only as where the victim of a private wrongdoer was treated: damages from that wrongdoer stay civil.
    expect(sut.choose({ civil: 21, administrativo: 11 }, ['opponent-public-body', 'damages-claimed']).area).toBe('civil');
  });

  it('reads a matter the police called civil as civil, and a lender investigated for lending an account as criminal', () => {
    // A report for fraud over an unpaid loan: the default is not a crime.
    expect(sut.choose({ criminal: 11, civil: 4 }, ['lender', 'police-report-filed']).area).toBe('criminal');
    expect(sut.choose({ criminal: 11, civil: 4 }, ['lender', 'police-report-filed', 'civil-matter']).area).toBe('civil');
    expect(sut.choose({ criminal: 11, civil: 4 }, ['civil-matter', 'criminal-complaint']).area).toBe('criminal');
    // A scam's victim who wants the money back asks it of who received it; one who wants the scammer punished chose the criminal route.
    expect(sut.choose({ criminal: 9, consumidor: 6 }, ['victim', 'money-back']).area).toBe('consumidor');
    expect(sut.choose({ criminal: 9, consumidor: 6 }, ['victim', 'money-back', 'criminal-complaint']).area).toBe('criminal');
    // The author convicted, the harm's value asked: the conviction made the duty to repair certain (CP art. 91 I), claimed in the civil
    // court (CPP art. 63; CPC art. 515 VI). Not without the value asked, nor with the prosecution, a threat now or a bank's scam.
    expect(sut.choose({ criminal: 9, consumidor: 3 }, ['victim', 'offender-convicted', 'value-claimed']).area).toBe('civil');
    expect(sut.choose({ criminal: 16, consumidor: 6 }, ['victim', 'offender-convicted', 'money-back']).area).toBe('civil');
    // The client the crime harmed, the author convicted, no claim named yet: the reparation is the remedy left (CP art. 91 I; CPP art.
    // 63). Not the one convicted's relative (no victim told), nor the victim who appeals for a higher sentence (CPP art. 598) or divorces.
    expect(sut.choose({ criminal: 9, consumidor: 3 }, ['victim', 'offender-convicted']).area).toBe('civil');
    expect(sut.choose({ criminal: 9, consumidor: 3 }, ['harm-over', 'offender-convicted']).area).toBe('criminal');
    expect(sut.choose({ criminal: 9, consumidor: 3 }, ['victim', 'offender-convicted', 'prosecution-followed']).area).toBe('criminal');
    // The victim who follows the prosecution (or joins it as the assistant, CPP arts. 268-273) and names the damages too stays in the
    // criminal court, where the sentence fixes the minimum damages (CPP art. 387 IV); the author convicted, or the client's own civil
    // suit running, the "processo" followed is the civil claim.
    expect(sut.choose({ criminal: 10, civil: 6 }, ['victim', 'damages-claimed']).area).toBe('civil');
    expect(sut.choose({ criminal: 10, civil: 6 }, ['victim', 'damages-claimed', 'prosecution-followed']).area).toBe('criminal');
    expect(sut.choose({ criminal: 10, civil: 6 }, ['victim', 'damages-claimed', 'prosecution-followed', 'offender-convicted']).area).toBe('civil');
    expect(sut.choose({ criminal: 10, civil: 6 }, ['victim', 'damages-claimed', 'prosecution-followed', 'lawsuit-running']).area).toBe('civil');
    expect(sut.choose({ criminal: 9, familia: 7 }, ['violence', 'victim', 'offender-convicted', 'marital-split']).area).toBe('familia');
    expect(sut.choose({ criminal: 9, consumidor: 3 }, ['victim', 'offender-convicted', 'value-claimed', 'criminal-complaint']).area).toBe('criminal');
    expect(sut.choose({ criminal: 9, consumidor: 3 }, ['victim', 'offender-convicted', 'value-claimed', 'threat']).area).toBe('criminal');
    expect(sut.choose({ criminal: 19, consumidor: 10 }, ['victim', 'offender-convicted', 'bank-scam', 'refund-claimed', 'value-claimed']).area).toBe('consumidor');
    // Who lent their account to receive a scam's money and is investigated defends the criminal case.
    expect(sut.choose({ criminal: 8, civil: 5 }, ['lender']).area).toBe('civil');
    expect(sut.choose({ criminal: 8, civil: 5 }, ['lender', 'accused']).area).toBe('criminal');
  });

  it('routes the target of a police search over a public tender to a criminal defence', () => {
    // The tender, the city halls and the officials say what was investigated; the search of the client's home says who is.
    expect(sut.choose({ administrativo: 14, criminal: 11 }, ['opponent-public-body']).area).toBe('administrativo');
    expect(sut.choose({ administrativo: 14, criminal: 11 }, ['opponent-public-body', 'criminal-defence']).area).toBe('criminal');
  });

  it('keeps the buyer of a supplier in judicial reorganisation a buyer or consumer creditor, and a creditor company with business law', () => {
    expect(sut.choose({ empresarial: 9, imobiliario: 7 }, ['supplier-insolvent']).area).toBe('imobiliario');
    expect(sut.choose({ empresarial: 15, consumidor: 4 }, ['supplier-insolvent']).area).toBe('consumidor');
    expect(sut.choose({ empresarial: 9, imobiliario: 7 }, ['supplier-insolvent', 'client-company']).area).toBe('empresarial');
  });

  it('counts a claim for damages as naming civil law, so a business owner offended online asks it in the civil court', () => {
    // A salon owner called a swindler in a post: the insult words are criminal, the salon's turnover is business talk.
    const offended = { criminal: 6, civil: 5, empresarial: 4 };
    expect(sut.choose(offended, ['victim'], ['criminal', 'empresarial']).area).not.toBe('civil');
    expect(sut.choose(offended, ['victim', 'damages-claimed'], ['criminal', 'empresarial']).area).toBe('civil');
    // Damages asked of a bank stay a consumer claim.
    expect(sut.choose({ consumidor: 8, civil: 7 }, ['damages-claimed']).area).toBe('consumidor');
  });

  it("routes a shop's stock bought from its supplier to business law, whatever consumer words it was told in (CDC art. 2º; CC arts. 481 and 966)", () => {
    // "tenho uma loja e o fornecedor me mandou um lote de produtos com defeito": the shop is no final consumer of its stock.
    expect(sut.choose({ consumidor: 11, empresarial: 6 }, ['business-supply', 'own-shop']).area).toBe('empresarial');
    // Without the client's business told, the supplier named is a consumer's.
    expect(sut.choose({ consumidor: 11, empresarial: 6 }, ['business-supply']).area).toBe('consumidor');
  });

  it("routes a company's tax debt to tax law, whatever the company words say", () => {
    // A former partner named in the execution of the company's ICMS: the company and the Junta Comercial say who is liable.
    expect(sut.choose({ empresarial: 14, tributario: 11 }).area).toBe('empresarial');
    expect(sut.choose({ empresarial: 14, tributario: 11 }, ['tax-authority']).area).toBe('tributario');
  });

  it('reads a plural the lexicon lists beside its singular with its own weight (finance companies name consumer credit)', () => {
    const { areaScores, subareaScores, keywords } = sut.score('devo pra 9 bancos e financeiras');
    expect(sut.anchors(keywords)).toEqual(['consumidor']);
    expect(subareaScores['consumidor.superendividamento']).toBeGreaterThanOrEqual(5);
    expect(areaScores.consumidor).toBeGreaterThan(sut.score('devo pra um banco e uma financeira').areaScores.consumidor!);
  });

  it('discounts an area only hints named when another area had one of its typical terms', () => {
    // "cargo" and "medicamentos" only hint at administrative law; "holerite" is a labour term.
    const { areaScores, keywords } = sut.score('o cargo numa distribuidora de medicamentos, vi o holerite dele');
    expect(sut.choose(areaScores).area).toBe('administrativo');
    expect(sut.anchors(keywords)).toEqual(['trabalhista']);
    expect(sut.choose(areaScores, [], sut.anchors(keywords)).area).toBe('trabalhista');
    expect(sut.choose({ trabalhista: 3, civil: 2 }, [], []).area).toBe('trabalhista');
  });

  it('counts an area favoured by the stated remedy as named, even when only its hints came up', () => {
    const scam = { criminal: 20, consumidor: 9 };
    expect(sut.choose(scam, ['victim'], ['criminal']).area).toBe('criminal');
    expect(sut.choose(scam, ['victim', 'refund-claimed'], ['criminal']).area).toBe('consumidor');
  });

  it.each<[string, LegalAreaCode]>([
    ['comprei um carro usado de um particular e o motor tinha defeito escondido', 'civil'],
    ['caí na malha fina porque a Receita Federal diz que não declarei os aluguéis do inquilino do meu apartamento', 'tributario'],
    ['caí num golpe da falsa central, fiz boletim de ocorrência na delegacia por estelionato', 'consumidor'],
    ['a vizinha me chamou de ladra no grupo do condomínio, o síndico viu; quero que ela responda criminalmente', 'criminal'],
    ['sou aposentada pelo INSS e descontam do meu benefício um empréstimo consignado que eu nunca pedi', 'consumidor'],
    ['trabalhei cinco anos na prefeitura como contratada temporária, sem concurso, e me dispensaram', 'administrativo'],
    ['sou carteiro concursado dos Correios, contratado pela CLT, e não pagam o adicional', 'trabalhista'],
    ['meu carro foi furtado, fiz boletim de ocorrência, e a seguradora recusa a indenização prevista na apólice', 'consumidor'],
    ['quero me divorciar; meu marido é sócio de uma transportadora e passou as quotas da empresa para o irmão', 'familia'],
    ['desejo me divorciar; ele me agrediu, o juiz deu medida protetiva, e quero a guarda dos filhos', 'familia'],
    ['meu ex me ameaça de morte, disse que vai me matar e sumir com as crianças', 'criminal'],
    ['meu irmão retém o cartão da aposentadoria da nossa mãe idosa e a deixa sem comer: são maus-tratos', 'criminal'],
    ['vendi minha moto, o comprador nunca transferiu e chegam multas do Detran e IPVA no meu nome', 'civil'],
    ['vendi o carro, o comprador nunca transferiu e o IPVA foi para a dívida ativa no meu nome', 'tributario'],
    ['vendi meu carro, chegam multas do Detran e o IPVA no meu nome, e quero que ele transfira o carro', 'civil'],
    ['sou franqueado e a franqueadora rescindiu o contrato e cobra multa e royalties do fornecedor exclusivo', 'empresarial'],
    ['pago pensão de 30% do salário aos meus filhos, fui demitido, sacei o FGTS e quero reduzir a pensão', 'familia'],
    ['sou aposentado pelo INSS, tenho moléstia grave e ainda descontam imposto de renda retido na fonte', 'tributario'],
    ['sou avó paterna e, desde que meu filho faleceu, a mãe do meu neto não me deixa visitar a criança', 'familia'],
    ['ela postou no Instagram uma calúnia e difamação contra mim; quero que apague o post e me indenize', 'civil'],
    ['estou grávida e o pai do bebê não ajuda com as despesas da gravidez; ele trabalha numa construtora', 'familia'],
    ['voltei de um afastamento pelo INSS por câncer, a empresa me demitiu e quero ser reintegrada', 'trabalhista'],
    ['nossa clínica contratou uma empresa de software e o sistema descumpre o nível de serviço do contrato', 'empresarial'],
    ['nossa empresa recolhe contribuição previdenciária patronal sobre o aviso prévio indenizado e quer compensar', 'tributario'],
    ['meu irmão pega o cartão do benefício da nossa mãe idosa e a agrediu', 'criminal'],
    ['sou aposentada pelo INSS e o banco me vendeu um cartão de crédito consignado (RMC) descontado do benefício', 'consumidor'],
    ['ligaram do setor de segurança do banco, fiz três pix e registrei boletim de ocorrência por estelionato na delegacia', 'consumidor'],
    ['o banco pegou meu salário inteiro para cobrir a fatura do cartão e não sobrou nem para o aluguel', 'consumidor'],
    ['trabalhei cinco anos como mecânico na oficina mecânica do meu sogro, sem registro, e ele me mandou embora', 'trabalhista'],
    ['descobri pelo extrato do INSS um empréstimo consignado no benefício que ela não fez', 'consumidor'],
    ['prenderam meu marido hoje com um mandado de prisão por pensão atrasada do filho do primeiro casamento', 'familia'],
    ['meu irmão bateu na minha mãe, que é aposentada, e disse que vai voltar', 'criminal'],
    ['nossa distribuidora tem R$ 80 mil em títulos vencidos de um supermercado e quer a recuperação de crédito', 'empresarial'],
    ['nossa loja aluga o ponto há dez anos e o locador não quer renovar a locação comercial', 'imobiliario'],
    ['meu pai deixou uma casa e um terreno, minha irmã mora lá sem pagar aluguel aos irmãos e quero abrir o inventário', 'familia'],
    // The distributor's recovery-of-consumption charge after a meter inspection: the consumer contests the charge.
    ['a companhia de luz diz que houve furto de energia, deixou um termo de ocorrência e cobra recuperação de consumo', 'consumidor'],
    // An exemption from a city tax for retirees: the Fisco is the other side, the pension only who asks.
    ['sou aposentado pelo INSS e a prefeitura negou minha isenção de IPTU', 'tributario'],
    // A public university's act on a student is an administrative act.
    ['a universidade federal me desligou do curso por prazo de integralização', 'administrativo'],
    // A salary blocked in a tax enforcement: defended there, not a claim against the employer.
    ['meu salário de carteira assinada foi bloqueado numa execução fiscal da Fazenda Nacional', 'tributario'],
    // A mother asks for the curatela of a son whose BPC she would manage: a family remedy.
    ['meu filho recebe o benefício assistencial do INSS e fez empréstimos; quero ser nomeada curadora dele', 'familia'],
    // A relative tells of the bruises of domestic violence: a criminal case, whatever the family words.
    ['minha filha apareceu com o olho roxo, o marido dela esganou ela e não deixa ela sair de casa', 'criminal'],
    // A distributor whose supplier ends an exclusive distribution: a contract between companies.
    ['somos distribuidores exclusivos de uma marca de tintas e faturamos 9 milhões; a fabricante rompeu o contrato', 'empresarial'],
    // A victim who declines the criminal route asks another remedy: the fact is the context.
    ['o cachorro do vizinho mordeu meu filho, fiz boletim por lesão corporal; não quero ver ele preso, quero que pague a cirurgia', 'civil'],
    ['a companhia de luz me acusa de furto de energia; não quero processo criminal, quero cancelar a cobrança', 'consumidor'],
    // A bar owner and a brewery's exclusivity fine: a business, not a consumer.
    ['tenho um barzinho e a cervejaria cobra multa do contrato de exclusividade', 'empresarial'],
    // A good-faith buyer of a stolen thing asks the price back from who sold it; the seizure and the statement are the context.
    ['comprei um celular usado de um rapaz pela OLX por 2.500 reais e a polícia apreendeu na delegacia dizendo que era roubado', 'civil'],
  ])('routes by the other party, not the goods or the income (%j: %s)', (text, area) => {
    const { areaScores, keywords } = sut.score(text);
    const notes = new NoteExtractor().extract(text);
    expect(sut.choose(areaScores, notes, sut.anchors(keywords)).area).toBe(area);
  });

  it.each<[string, LegalAreaCode]>([
    ['um ex-colega está me perseguindo com perfis falsos', 'criminal'],
    ['ele está em condições degradantes, análogo à escravidão, com servidão por dívida', 'trabalhista'],
    ['moro há 20 anos no terreno sem escritura e quero regularizar a posse', 'imobiliario'],
    // The rural land tax paid by the occupant is the proof of possession of a usucapião, not a tax dispute (CC art. 1.238).
    ['nunca teve escritura do sítio, pago o ITR todo ano e os netos do dono apareceram com a matrícula no nome do avô', 'imobiliario'],
    ['a distribuidora rompeu o contrato e cobra a multa de rescisão e o aviso prévio contratual', 'civil'],
    ['caí no golpe da falsa central, um falso funcionário do banco', 'consumidor'],
    ['trabalhei três anos sem assinarem minha carteira e me dispensaram', 'trabalhista'],
    ['sou aposentado e há descontos no benefício de um empréstimo consignado que jamais contratei', 'consumidor'],
    ['a vigilância sanitária lacrou a cozinha do meu restaurante e deu um auto de interdição', 'administrativo'],
    ['o juiz decretou a interdição do meu pai, que tem Alzheimer, e eu sou a curadora', 'familia'],
    ['amassaram meu carro no estacionamento do shopping, que diz que não se responsabiliza', 'consumidor'],
    ['atrasei o financiamento e o registro de imóveis me intimou: vem a consolidação da propriedade e o leilão extrajudicial da casa', 'imobiliario'],
    ['a prefeitura vai demolir as casas da área de risco e não oferece aluguel social', 'administrativo'],
    ['me recusei a fazer o bafômetro na blitz, não fui preso, mas abriram o processo de suspensão da CNH', 'administrativo'],
    ['quero revogar a doação do sítio que fiz ao meu sobrinho, por ingratidão; a escritura está no nome dele', 'civil'],
    ['o Conselho Tutelar deixou os meus netos comigo e quero a guarda dos meus netos', 'familia'],
    ['um cliente cometeu injúria racial contra mim no balcão da loja', 'criminal'],
    ['o estagiário fazia o trabalho dos contadores, um estágio desvirtuado', 'trabalhista'],
    ['estava em estágio probatório como servidora e fui exonerada', 'administrativo'],
    ['sou vendedor externo com carteira assinada numa distribuidora de alimentos e não pagam minhas comissões', 'trabalhista'],
    ['meu filho foi atingido por uma bala perdida numa operação policial e queremos uma pensão para ele', 'administrativo'],
    ['fiz harmonização facial numa clínica de estética e o rosto ficou deformado', 'consumidor'],
    ['o estado cobrou ICMS na conta de luz sobre a TUSD e a TUST e quero a restituição', 'tributario'],
    ['meu contrato do FIES foi suspenso e a faculdade cobra a mensalidade cheia', 'administrativo'],
    ['a internet está cortada e cortaram o serviço sem aviso', 'consumidor'],
    ['apareceu um empréstimo no benefício da minha mãe', 'consumidor'],
    ['fechamos um pacote de viagem com uma agência de turismo que sumiu', 'consumidor'],
    ['atrasei parcelas do financiamento da minha casa e o cartório me intimou a pagar em 15 dias', 'imobiliario'],
    ['deixei o carro na oficina e o mecânico fez serviços sem orçamento prévio', 'consumidor'],
    ['paguei um boleto falso e o credor diz que devo', 'consumidor'],
    ['ele me emprestou dinheiro sem contrato e agora move uma ação monitória contra mim', 'civil'],
    ['emprestei a casa ao meu cunhado, que mora de favor e não quer sair', 'imobiliario'],
    ['sou representante comercial; a indústria rompeu o contrato de representação e não paga as comissões nem a indenização da lei dos representantes', 'empresarial'],
    ['desisti do consórcio depois de vinte parcelas e a administradora só devolve no encerramento do grupo', 'consumidor'],
    ['sou aposentado e a prefeitura cobra uma contribuição de melhoria pela pavimentação da rua', 'tributario'],
  ])('knows the lawyer\'s word for %j (%s)', (text, area) => {
    expect(classify(text)).toBe(area);
  });

  it('does not read ordinary words as tax terms ("recibo simples", "prints das mensagens")', () => {
    expect(sut.score('só tinha um recibo simples e os prints das mensagens').areaScores.tributario).toBeUndefined();
  });

  it('keeps a father accused in a protective order with the criminal defence, whatever support he pays', () => {
    const accusedFather = { familia: 14, criminal: 21 };
    expect(sut.choose(accusedFather, ['violence', 'child-support']).area).toBe('familia');
    expect(sut.choose(accusedFather, ['violence', 'criminal-defence', 'child-support']).area).toBe('criminal');
  });

  it('routes a worker reported to the police by the employer to the criminal defence', () => {
    expect(sut.choose({ trabalhista: 6, criminal: 3 }, [], ['trabalhista', 'criminal']).area).toBe('trabalhista');
    expect(sut.choose({ trabalhista: 6, criminal: 3 }, ['criminal-defence'], ['trabalhista', 'criminal']).area).toBe('criminal');
  });

  it("routes the benefit asked for a prisoner's family to the INSS, not to the arrest", () => {
    const prisonersWife = { familia: 7, previdenciario: 12, criminal: 21 };
    expect(sut.choose(prisonersWife).area).toBe('criminal');
    expect(sut.choose(prisonersWife, ['dependant-benefit']).area).toBe('previdenciario');
    // The prisoner's own defence is the criminal case.
    expect(sut.choose(prisonersWife, ['dependant-benefit', 'criminal-defence']).area).toBe('criminal');
  });

  it('takes a purchase from a private person out of consumer law, and names the civil remedy', () => {
    expect(sut.choose({ consumidor: 10, civil: 3 }, [], ['consumidor']).area).toBe('consumidor');
    expect(sut.choose({ consumidor: 10, civil: 3 }, ['private-seller'], ['consumidor']).area).toBe('civil');
    // A dealer the client says it bought from is a supplier, whatever platform the ad was on (CDC art. 3).
    expect(sut.choose({ consumidor: 10, civil: 3 }, ['private-seller', 'supplier-hired'], ['consumidor']).area).toBe('consumidor');
  });

  it('routes a neighbour\'s animals that spoil the client\'s land to the keeper\'s civil liability (CC arts. 936 and 1.297)', () => {
    expect(sut.choose({ imobiliario: 8, civil: 6, criminal: 5 }, ['neighbour-animals', 'boundary-encroachment']).area).toBe('civil');
    expect(sut.choose({ imobiliario: 8, civil: 6, criminal: 5 }, ['boundary-encroachment']).area).toBe('imobiliario');
  });

  it('routes a retired client\'s home wetted by the unit above to its owner\'s civil liability, the retirement only saying who suffered it (CC arts. 1.277 and 927)', () => {
    expect(sut.choose({ previdenciario: 5, imobiliario: 7, civil: 1 }, ['neighbour-leak']).area).toBe('civil');
    expect(sut.choose({ previdenciario: 5, imobiliario: 2 }, []).area).toBe('previdenciario');
  });

  it('routes a fire, a flood or a ruin from another\'s property to its owner\'s civil liability, not the State\'s, a lease\'s, an insurer\'s or a crime\'s (CC arts. 927, 937 and 1.277; CF art. 37 §6º)', () => {
    // The Defesa Civil and the permit the factory lacked only report the fire that spread.
    const reported = { administrativo: 8, civil: 3 };
    expect(sut.choose(reported, ['neighbour-hazard']).area).toBe('civil');
    expect(sut.choose(reported, []).area).toBe('administrativo');
    expect(sut.choose(reported, ['neighbour-hazard', 'state-liability']).area).toBe('administrativo');
    // A retired client's house flooded by the neighbour's dam: the retirement only says who the client is.
    expect(sut.choose({ previdenciario: 7, civil: 3 }, ['neighbour-hazard']).area).toBe('civil');
    expect(sut.choose({ imobiliario: 9, civil: 2 }, ['neighbour-hazard', 'tenant']).area).toBe('imobiliario');
    expect(sut.choose({ consumidor: 18, civil: 8 }, ['neighbour-hazard', 'insurance-refused']).area).toBe('consumidor');
    expect(sut.choose({ criminal: 11, civil: 3 }, ['neighbour-hazard', 'criminal-complaint']).area).toBe('criminal');
    const text = 'o depósito de madeira do vizinho pegou fogo e o incêndio se alastrou pra minha casa, os bombeiros disseram que não tinha alvará';
    expect(sut.choose(sut.score(text).areaScores, new NoteExtractor().extract(text)).area).toBe('civil');
  });

  it('reads a company hired by the client as its supplier: the company and contract words go to consumer law', () => {
    // A renovation company with a shop and a CNPJ that took an advance and left the bathroom half done.
    const renovation = { civil: 6, empresarial: 5, consumidor: 3 };
    expect(sut.choose(renovation, [], ['empresarial']).area).toBe('empresarial');
    expect(sut.choose(renovation, ['supplier-hired'], ['empresarial']).area).toBe('consumidor');
    // A company hiring for its own business makes a business contract.
    expect(sut.choose(renovation, ['supplier-hired', 'client-company'], ['empresarial']).area).not.toBe('consumidor');
  });

  it('reads a tradesperson hired for a job at home as the consumer\'s supplier (CDC arts. 2º, 3º §2º, 14, 20, 35)', () => {
    // An electrician who took half the price and never came back to finish: only the job's civil words, below any area alone.
    expect(sut.choose({ civil: 2 }, ['tradesman-hired']).area).toBe('consumidor');
    expect(sut.choose({ civil: 2, previdenciario: 5, imobiliario: 2 }, ['tradesman-hired']).area).toBe('consumidor');
    // A private person's job, the provider told as working on his own, a business hiring for its activity, and a worker claiming from
    // the client keep their routes.
    expect(sut.choose({ civil: 4 }, ['tradesman-hired', 'private-seller']).area).toBe('civil');
    expect(sut.choose({ civil: 4 }, ['tradesman-hired', 'provider-informal']).area).toBe('civil');
    expect(sut.choose({ civil: 4, empresarial: 3 }, ['tradesman-hired', 'client-company']).area).not.toBe('consumidor');
    expect(sut.choose({ trabalhista: 6, civil: 2 }, ['tradesman-hired', 'labour-rights-claimed']).area).toBe('trabalhista');
  });

  it("moves a private sale's purchase words to civil law (hidden defects, CC art. 441) instead of dropping them", () => {
    // A used fridge bought from a man online that broke in a week; he called it a "golpe".
    const usedFridge = { consumidor: 13, criminal: 8 };
    expect(sut.choose(usedFridge, ['money-back'], ['criminal']).area).toBe('consumidor');
    expect(sut.choose(usedFridge, ['private-seller', 'money-back'], ['criminal']).area).toBe('civil');
    // Without a private seller nothing moves.
    expect(sut.choose({ consumidor: 13, civil: 1 }).area).toBe('consumidor');
  });

  it('does not count a public body that only recorded the facts as the other side', () => {
    // The neighbour's works cracked the house; the Defesa Civil came and wrote a report.
    expect(classify('a obra do vizinho rachou minha casa e a defesa civil veio e fez o relatorio')).toBe('civil');
    expect(sut.score('a defesa civil veio').areaScores.administrativo ?? 0).toBe(0);
    expect(sut.score('o relatório da Defesa Civil').areaScores.administrativo ?? 0).toBe(0);
    expect(sut.score('quando fui transferir no Detran').areaScores.administrativo ?? 0).toBe(0);
    // The Defesa Civil acting as authority still names it.
    expect(sut.score('a defesa civil interditou minha casa em area de risco').areaScores.administrativo).toBeGreaterThan(0);
  });

  it("reads the police power's licences and seals of a business or a building as administrative (Lei 13.425/17 art. 3º; CTN art. 78)", () => {
    expect(classify('pra abrir a pizzaria no ponto que aluguei preciso do AVCB, como consigo?')).toBe('administrativo');
    expect(classify('a prefeitura indeferiu o alvará da oficina que montei no imóvel alugado')).toBe('administrativo');
    expect(classify('o fiscal lacrou a bomba do posto que comprei')).toBe('administrativo');
  });

  it('does not take a default ("parou de pagar") for a typical family-law word', () => {
    expect(sut.anchors(['parou de pagar'])).not.toContain('familia');
    expect(sut.belongsTo('familia', 'parou de pagar')).toBe(true);
  });

  it('knows which keywords belong to an area', () => {
    expect(sut.belongsTo('criminal', 'preso')).toBe(true);
    expect(sut.belongsTo('trabalhista', 'preso')).toBe(false);
  });

  it('lists the words the client only denies apart, still scoring their area', () => {
    const denied = sut.score('nunca tive contrato com eles, a linha não é minha');
    expect(denied.deniedKeywords).toEqual(expect.arrayContaining(denied.keywords.filter((k) => k.startsWith('contrato'))));
    const affirmed = sut.score('não tenho o contrato aqui, mas o contrato foi assinado em março');
    expect(affirmed.deniedKeywords.filter((k) => k.startsWith('contrato'))).toEqual([]);
    expect(sut.keywords('nem ela tá grávida').deniedKeywords).toEqual(sut.keywords('nem ela tá grávida').keywords);
  });

  it("reads the INSS's denial of the client's pension as the death pension, not child support", () => {
    const scores = sut.score('meu esposo faleceu e o INSS negou a minha pensão');
    expect(scores.subareaScores['previdenciario.pensao-morte']).toBeGreaterThanOrEqual(6);
    // The pension's word no longer counts as support: only the spouse named is a family word.
    expect(scores.areaScores.familia ?? 0).toBe(sut.score('meu esposo faleceu').areaScores.familia ?? 0);
  });

  it("reads the client's job likened to slavery as a labour complaint, and the crime's own elements as work like slavery", () => {
    const likened = sut.score('a empresa ta me tratando como escravo, isso é trabalho escravo, marcaram minhas férias pra dezembro');
    expect(likened.subareaScores['trabalhista.escravo'] ?? 0).toBe(0);
    expect(sut.score('meu irmão tá preso numa fazenda, tomaram os documentos e só sai quando pagar a dívida').subareaScores['trabalhista.escravo']).toBeGreaterThanOrEqual(5);
    expect(sut.score('resgataram 20 pessoas em trabalho escravo na carvoaria').subareaScores['trabalhista.escravo']).toBeGreaterThanOrEqual(5);
  });

  it('reads a laundry that damaged the clothes as a consumer service, not a crime the client exclaims', () => {
    expect(classify('a lavanderia destruiu minha jaqueta de couro, isso é crime, quero o valor de volta')).toBe('consumidor');
  });

  it('reads a news item about the client to de-index as a civil personality-rights case', () => {
    expect(classify('quero a desindexação da notícia no Google, pelo direito ao esquecimento')).toBe('civil');
    expect(sut.score('o portal de notícias publicou uma reportagem com meu nome').areaScores.civil).toBeGreaterThanOrEqual(8);
  });

  it('reads a repetitive strain from the job (LER/DORT) as an occupational illness', () => {
    const scores = sut.score('o médico disse que a dor no punho é lesão por esforço repetitivo da linha de montagem');
    expect(scores.subareaScores['trabalhista.acidente']).toBeGreaterThanOrEqual(5);
    expect(scores.areaScores.trabalhista).toBeGreaterThanOrEqual(5);
  });

  it("reads a partner's death as the partial dissolution of a running company, not its forming", () => {
    const scores = sut.score('o sócio morreu e os filhos dele querem o valor das cotas, o contrato social não deixa eles entrarem na sociedade');
    expect(scores.subareaScores['empresarial.conflito-socios']).toBeGreaterThan(scores.subareaScores['empresarial.constituicao'] ?? 0);
  });

  it('reads an order paid by pix that never came as an undelivered purchase, not a bank fraud', () => {
    const scores = sut.score('paguei no pix, o prazo de entrega passou, o rastreio está parado e o celular nunca chegou, achei que era golpe');
    expect(scores.subareaScores['consumidor.compra-online']).toBeGreaterThan(scores.subareaScores['consumidor.fraude-bancaria'] ?? 0);
  });

  it('reads a debt owed to the city as a tax debt (dívida ativa municipal)', () => {
    expect(sut.score('fui surpreendido com uma dívida com a Prefeitura').areaScores.tributario).toBeGreaterThanOrEqual(5);
  });

  it("reads a leak from the upstairs neighbour's unit as direito de vizinhança", () => {
    const scores = sut.score('desce água do banheiro da vizinha de cima e o síndico não resolve');
    expect(scores.subareaScores['civil.vizinhanca']).toBeGreaterThanOrEqual(5);
    expect(classify('desce água do banheiro da vizinha de cima e o síndico não resolve')).toBe('civil');
  });

  it('reads an ex-partner who does not accept the separation as a domestic-violence risk factor, not a family remedy', () => {
    const scores = sut.score('meu ex não aceita a separação');
    expect(scores.subareaScores['criminal.violencia-domestica']).toBeGreaterThanOrEqual(4);
    // The separation inside the phrase is no family word: only the ex-partner named is.
    expect(scores.areaScores.familia ?? 0).toBe(sut.score('meu ex').areaScores.familia ?? 0);
  });

  it("moves a public body's words to labour law for a CLT employee only when the client tells a public post too (movesOnlyWith)", () => {
    // A CLT job told beside a case against the city keeps the city's case; a public post under the CLT is an empregado público.
    expect(sut.choose({ administrativo: 10, trabalhista: 4 }, ['clt-employee']).area).toBe('administrativo');
    expect(sut.choose({ administrativo: 10, trabalhista: 4 }, ['clt-employee', 'public-employer']).area).toBe('trabalhista');
  });
  it('reads a purchase undone or made from a trader (a shop, a car dealer) as a consumer purchase', () => {
    expect(sut.score('a loja nao quer desfazer o negocio').areaScores.consumidor ?? 0).toBeGreaterThanOrEqual(5);
    expect(classify('comprei o carro numa loja de carros e ele veio com o motor mexido')).toBe('consumidor');
  });

  it('reads spyware, the rural land tax, a thing fallen from a building and an adoption in their own areas', () => {
    // CP art. 154-A; Lei 11.340 art. 7 II.
    expect(classify('meu ex colocou um aplicativo espião no meu celular')).toBe('criminal');
    expect(sut.score('ele instalou um aplicativo espião, a gente morou junto').subareaScores['criminal.violencia-domestica']).toBeGreaterThan(0);
    // CF art. 153 VI; Lei 9.393/96.
    expect(classify('chegou uma cobrança de ITR do meu sítio')).toBe('tributario');
    expect(sut.score('chegou uma cobrança de ITR do meu sítio').subareaScores['tributario.itr']).toBeGreaterThan(0);
    // CC art. 938.
    expect(sut.score('um vaso caiu da janela de um apartamento e amassou meu carro').subareaScores['civil.coisa-caida']).toBeGreaterThan(0);
    expect(sut.score('jogaram um vaso de planta de algum apartamento e amassou o capô do meu carro').subareaScores['civil.coisa-caida']).toBeGreaterThan(
      sut.score('jogaram um vaso de planta de algum apartamento e amassou o capô do meu carro').subareaScores['civil.acidente-transito'] ?? 0,
    );
    // CDC arts. 18 and 30: the solar system sold, not the utility's service.
    expect(sut.score('instalei energia solar e a conta de luz continua alta').subareaScores['consumidor.vicio-produto']).toBeGreaterThan(
      sut.score('instalei energia solar e a conta de luz continua alta').subareaScores['consumidor.servicos-essenciais'] ?? 0,
    );
    // ECA arts. 39-52.
    expect(sut.score('queremos adotar a menina que criamos').subareaScores['familia.adocao']).toBeGreaterThan(0);
  });

  it('reads a Bolsa Família blocked for a past job as an administrative case, and the job\'s own rights as a labour one (Lei 14.601/2023)', () => {
    const blocked = { administrativo: 19, trabalhista: 12 };
    expect(sut.choose(blocked, ['social-benefit', 'clt-employee', 'opponent-employer']).area).toBe('administrativo');
    expect(sut.choose(blocked, ['social-benefit', 'clt-employee', 'opponent-employer', 'labour-rights-claimed']).area).toBe('trabalhista');
    // Child support asked by a mother who lives on the benefit stays a family case.
    expect(sut.choose({ familia: 7, administrativo: 7 }, ['child-support', 'social-benefit']).area).toBe('familia');
  });

  it('routes goods held by the customs to tax law, and a company buying and selling to business law, not consumer law', () => {
    expect(sut.score('a receita segurou minha mercadoria na alfandega').areaScores.tributario ?? 0).toBeGreaterThanOrEqual(10);
    expect(sut.choose({ consumidor: 6, empresarial: 4, trabalhista: 4 }, ['client-company']).area).toBe('empresarial');
  });

  it('routes a person run over to civil liability, the hospital and the health plan being the loss; not the driver at fault', () => {
    expect(sut.choose({ consumidor: 13, civil: 9 }, ['run-over']).area).toBe('civil');
    expect(sut.choose({ consumidor: 13, civil: 9 }, ['run-over', 'at-fault']).area).toBe('consumidor');
    // The trade's words of one run over on the way to work (Lei 8.213 art. 21 IV d) keep their whole weight: a work accident.
    expect(sut.choose({ trabalhista: 6, civil: 4 }, ['victim', 'run-over']).area).toBe('civil');
    expect(sut.choose({ trabalhista: 6, civil: 4 }, ['victim', 'run-over', 'commute-accident']).area).toBe('trabalhista');
  });

  it('routes the siblings who refuse to help a parent to family law', () => {
    expect(sut.score('meus irmaos nao querem ajudar a nossa mae').areaScores.familia ?? 0).toBeGreaterThanOrEqual(5);
  });

  it("moves the union's and the family's words to the benefit when the INSS refused it (Lei 8.213 art. 16)", () => {
    expect(sut.choose({ familia: 17, previdenciario: 8 }, ['opponent-inss']).area).toBe('previdenciario');
    expect(sut.choose({ familia: 17, previdenciario: 8 }, ['opponent-inss', 'marital-split']).area).toBe('familia');
  });
  it('routes the guarantor of a promissory note between persons to civil law (CPC art. 784 I), not to the bank that holds the salary', () => {
    expect(classify('eu assinei como avalista na promissoria de um amigo e agora bloquearam meu salario no banco')).toBe('civil');
  });
  it('names the servant\'s statutory rights, the employment asked to be recognised and the boundary crossed by their subareas', () => {
    const sub = (area: 'administrativo' | 'trabalhista' | 'imobiliario', text: string) => sut.subarea(area, sut.score(text).subareaScores);
    // The exam the servant passed years ago is how she entered, not a dispute about the exam.
    expect(sub('administrativo', 'entrei no concurso em 2018 e o estatuto dos servidores garante o adicional noturno que nunca pagaram')).toBe('direitos do servidor público');
    expect(sub('trabalhista', 'eu emitia nota como empresa mas quero ser reconhecido como empregado')).toBe('reconhecimento de vínculo');
    expect(sub('imobiliario', 'o muro do vizinho passou da divisa e entrou dentro do meu terreno, tenho a escritura')).toBe('posse e invasão');
  });

  it('routes the neighbour\'s works to the law of neighbours, the builder and the cracks being the damage (CC arts. 1.277 and 1.311)', () => {
    expect(sut.choose({ imobiliario: 16, civil: 8 }, ['neighbour-works']).area).toBe('civil');
    expect(sut.choose({ imobiliario: 16, civil: 8 }, ['neighbour-works', 'boundary-encroachment']).area).toBe('imobiliario');
    // Told without the neighbour's name ("a obra na casa do lado"), the house's words are the neighbour case's only words.
    expect(sut.choose({ imobiliario: 9, consumidor: 6 }, ['neighbour-works'], ['imobiliario']).area).toBe('civil');
  });

  it('routes a vehicle never transferred to the civil claim against the buyer, unless the Fazenda charges the IPVA or one fine is appealed (CTB art. 134)', () => {
    const fines = { administrativo: 22, civil: 4, tributario: 3 };
    expect(sut.choose(fines, ['opponent-public-body']).area).toBe('administrativo');
    expect(sut.choose(fines, ['opponent-public-body', 'vehicle-not-transferred']).area).toBe('civil');
    // The IPVA the State charges is contested with it (Súmula 585 do STJ); one fine appealed at the JARI is the administrative appeal.
    const ipva = { tributario: 14, civil: 2, administrativo: 4 };
    expect(sut.choose(ipva, ['vehicle-not-transferred']).area).toBe('civil');
    expect(sut.choose(ipva, ['vehicle-not-transferred', 'tax-authority']).area).toBe('tributario');
    expect(sut.choose(fines, ['opponent-public-body', 'vehicle-not-transferred', 'fine-appealed']).area).toBe('administrativo');
  });

  it('routes a lot in an irregular subdivision to property law, the city that never approved it being the background (Lei 6.766/79 art. 38)', () => {
    const lot = { administrativo: 10, imobiliario: 8 };
    expect(sut.choose(lot, ['opponent-public-body']).area).toBe('administrativo');
    expect(sut.choose(lot, ['opponent-public-body', 'irregular-subdivision']).area).toBe('imobiliario');
    // A fine of the police power is the city's own act, defended against it.
    expect(sut.choose(lot, ['opponent-public-body', 'irregular-subdivision', 'police-power-fine']).area).toBe('administrativo');
    // A worker punched by the foreman, the HR told and silent: the employer's liability; unless the worker asks the prosecution.
    expect(sut.choose({ criminal: 12, trabalhista: 4 }, ['victim', 'violence']).area).toBe('criminal');
    expect(sut.choose({ criminal: 12, trabalhista: 4 }, ['victim', 'violence', 'hr-told']).area).toBe('trabalhista');
    expect(sut.choose({ criminal: 12, trabalhista: 4 }, ['victim', 'violence', 'hr-told', 'criminal-complaint']).area).toBe('criminal');
    // A worker dismissed for the cash that went missing and taken in flagrante: the custody hearing comes first, the dismissal is the fact.
    expect(sut.choose({ trabalhista: 12, criminal: 9 }).area).toBe('trabalhista');
    expect(sut.choose({ trabalhista: 12, criminal: 9 }, ['custody-defended']).area).toBe('criminal');
    expect(sut.choose({ civil: 10, criminal: 9 }, ['custody-defended', 'offender-held', 'damages-claimed', 'victim']).area).toBe('civil');
    // A house the city will pull down from a river's margin: the possession and the IPTU tell what the police power's act would demolish.
    expect(sut.choose({ imobiliario: 9, administrativo: 3 }).area).toBe('imobiliario');
    expect(sut.choose({ imobiliario: 9, administrativo: 3 }, ['demolition-ordered']).area).toBe('administrativo');
    expect(sut.choose({ imobiliario: 3 }, ['demolition-ordered']).area).toBe('administrativo');
  });

  it('routes a BPC refused to the INSS, the CRAS, the CadÚnico and the Bolsa Família being its means test (Lei 8.742 art. 20)', () => {
    expect(sut.choose({ administrativo: 26, previdenciario: 17 }, ['assistance-benefit']).area).toBe('previdenciario');
  });

  it('holds no arrest in a thing "preso"', () => {
    expect(sut.score('o documento tá preso no Detran').areaScores.criminal ?? 0).toBe(0);
    expect(sut.score('meu filho está preso').areaScores.criminal).toBeGreaterThan(0);
  });

  it('holds no arrest in a thing "preso" told with words between the thing and the verb, and one in the person so told', () => {
    expect(sut.score('o carro do meu pai foi preso pela PRF porque o licenciamento tava atrasado').areaScores.criminal ?? 0).toBe(0);
    expect(sut.score('o pagamento das minhas férias ficou preso na empresa').areaScores.criminal ?? 0).toBe(0);
    expect(sut.score('o rapaz que comprou meu carro foi preso').areaScores.criminal).toBeGreaterThan(0);
    expect(sut.score('o pai dos meus filhos foi preso em flagrante').areaScores.criminal).toBeGreaterThan(0);
  });

  it('routes a tenant whose landlord died to the lease, and his own divorce to family law (Lei 8.245 arts. 10, 27 and 33)', () => {
    expect(sut.choose({ familia: 13, imobiliario: 8 }, ['tenant', 'death']).area).toBe('imobiliario');
    expect(sut.choose({ familia: 13, imobiliario: 8 }, ['tenant', 'death', 'marital-split']).area).toBe('familia');
  });

  it('routes a home given with the job to labour law, a lender never contracted to consumer law, and the driver at fault to civil law', () => {
    // Lei 8.245 art. 47 II; LC 150/2015 art. 18: the house's words tell the employment.
    expect(sut.choose({ imobiliario: 11, familia: 2 }, ['job-housing']).area).toBe('trabalhista');
    // CDC art. 14; Súmula 479 do STJ: the queixa-crime the client thought of does not get the deductions back.
    expect(sut.choose({ previdenciario: 13, criminal: 10, consumidor: 10 }, ['criminal-complaint', 'unrequested-loan']).area).toBe('consumidor');
    // CC arts. 186 and 927: the parking lot and the dealer's quote say where and how much.
    expect(sut.choose({ consumidor: 8, civil: 5, criminal: 5 }, ['threat', 'at-fault']).area).toBe('civil');
    expect(sut.choose({ consumidor: 8, civil: 5 }, ['at-fault', 'insurance-refused']).area).toBe('consumidor');
  });

  it('routes the BPC told as "a pensão do meu filho" to the INSS (Lei 8.742 art. 20)', () => {
    expect(sut.choose({ familia: 10, previdenciario: 26, administrativo: 15 }, ['child-support', 'opponent-public-body', 'assistance-benefit']).area).toBe('previdenciario');
  });

  it('routes the income-tax exemption of a retiree to the tax case, the benefit only bearing the tax (Lei 7.713 art. 6º XIV)', () => {
    expect(sut.choose({ previdenciario: 48, tributario: 14, consumidor: 8 }, ['tax-authority']).area).toBe('previdenciario');
    expect(sut.choose({ previdenciario: 48, tributario: 14, consumidor: 8 }, ['tax-authority', 'tax-contested']).area).toBe('tributario');
  });

  it('routes the contribution withheld from the pay and never paid in to the labour claim against the employer (LC 150 art. 34; CF art. 114 VIII)', () => {
    const domestic = { previdenciario: 15, tributario: 8, trabalhista: 7, consumidor: 6 };
    expect(sut.choose(domestic, ['opponent-employer', 'retirement-sought']).area).toBe('previdenciario');
    expect(sut.choose(domestic, ['opponent-employer', 'retirement-sought', 'contribution-withheld']).area).toBe('trabalhista');
  });

  it('routes a property still in its old seller\'s name to its regularisation, the inventory told beside it waiting for it (CC arts. 1.238 and 1.418)', () => {
    const notes = ['estate-division', 'death', 'close-death', 'property-bought'];
    expect(sut.choose({ familia: 18, imobiliario: 13, tributario: 7 }, notes).area).toBe('familia');
    expect(sut.choose({ familia: 18, imobiliario: 13, tributario: 7 }, [...notes, 'title-with-seller']).area).toBe('imobiliario');
  });

  it("names the developer's sale of units by its own words (incorporação, Lei 4.591/64 arts. 28-32, 31-A and 43)", () => {
    expect(classify('sou adquirente de uma unidade e a incorporadora diz que o patrimônio de afetação acabou')).toBe('imobiliario');
    expect(classify('os compradores querem formar a comissão de representantes para tocar a obra')).toBe('imobiliario');
  });

  it('routes a building the Defesa Civil closed for its cracks to the builder who answers for the work (CC art. 618)', () => {
    const closed = { imobiliario: 20, administrativo: 14, previdenciario: 3 };
    expect(sut.choose(closed, ['place-interdicted', 'opponent-public-body']).area).toBe('administrativo');
    expect(sut.choose(closed, ['place-interdicted', 'opponent-public-body', 'construction-defect']).area).toBe('imobiliario');
  });

  it('names the regularisation of a property bought and never deeded when no real-estate word is told (CC arts. 1.245 and 1.418)', () => {
    expect(sut.choose({ familia: 5, civil: 4 }, ['death']).area).toBe('familia');
    expect(sut.choose({ familia: 5, civil: 4 }, ['death', 'title-with-seller']).area).toBe('imobiliario');
  });

  it('routes a will planned for a property never deeded to the deed first (CC arts. 1.245, 1.418 and 1.857)', () => {
    const planned = { imobiliario: 12, familia: 9, tributario: 3 };
    expect(sut.choose(planned, ['succession-planning']).area).toBe('familia');
    expect(sut.choose(planned, ['succession-planning', 'title-with-seller']).area).toBe('imobiliario');
  });

  it('routes a private employer\'s inquiry and dismissal to labour law, the public body\'s words telling them (CLT art. 482)', () => {
    expect(sut.choose({ administrativo: 35, trabalhista: 7 }, ['clt-employee']).area).toBe('administrativo');
    expect(sut.choose({ administrativo: 35, trabalhista: 7 }, ['clt-employee', 'private-employer']).area).toBe('trabalhista');
    // Without a signed card the words stay where they are, only discounted.
    expect(sut.choose({ administrativo: 35, trabalhista: 7 }, ['private-employer']).area).toBe('administrativo');
    // A private school before the State's career: the retired teacher's statutory pension is the case (Lei 8.112 art. 215).
    expect(sut.choose({ previdenciario: 31, administrativo: 26, trabalhista: 15 }, ['statutory-pension', 'clt-employee', 'private-employer']).area).toBe('administrativo');
  });

  it('routes a loan a client collects to the civil claim, the swindle it was called and the debtors\' divorce only its background (CC arts. 586 and 590)', () => {
    // The creditor's words of a swindle (golpe, estelionato, the report) tell the default: with no civil word told, they move.
    expect(sut.choose({ criminal: 20, consumidor: 4, civil: 1 }, ['victim', 'police-report-filed', 'debt-collection']).area).toBe('civil');
    expect(sut.choose({ criminal: 20, consumidor: 4, civil: 1 }, ['victim', 'police-report-filed', 'debt-collection', 'criminal-complaint']).area).toBe('criminal');
    // A loan to a daughter and her husband, whose divorce runs: the father collects it; the client's own divorce is the family case.
    expect(sut.choose({ familia: 16, civil: 12, imobiliario: 6 }, ['lender', 'money-back']).area).toBe('civil');
    expect(sut.choose({ familia: 16, civil: 12, imobiliario: 6 }, ['lender', 'marital-split']).area).toBe('familia');
  });

  it('routes the defence of a damages suit served to civil, the inquiry\'s words telling the harm sued for (CC art. 935; CPC art. 335)', () => {
    expect(sut.choose({ consumidor: 4, criminal: 19 }, ['criminal-defence', 'damages-claimed', 'defendant', 'damages-suit-served']).area).toBe('civil');
  });

  it('scores a home\'s worker in the present and the card never signed told with the card as subject as labour words (LC 150 art. 9º)', () => {
    expect(sut.score('eu trabalho de doméstica na casa dela faz 3 anos').areaScores.trabalhista).toBeGreaterThanOrEqual(4);
    expect(sut.score('minha carteira nunca foi assinada').areaScores.trabalhista).toBeGreaterThanOrEqual(4);
  });

  it('moves the inquiry words of a crash to civil law when its victim asks the damages (CC arts. 932 III and 948-950)', () => {
    // A pedestrian killed by a logistics company's van, the driver indicted: the parents ask the company to pay.
    const killedByVan = { criminal: 14, trabalhista: 4, civil: 2 };
    expect(sut.choose(killedByVan, ['collision-victim'], ['criminal', 'trabalhista']).area).toBe('criminal');
    expect(sut.choose(killedByVan, ['collision-victim', 'damages-claimed'], ['criminal', 'trabalhista']).area).toBe('civil');
    // The driver who is accused defends the criminal case, whatever the family asks of the company.
    expect(sut.choose(killedByVan, ['collision-victim', 'damages-claimed', 'criminal-defence'], ['criminal']).area).toBe('criminal');
  });

  it("reads a job done by a private person named by a trade as a civil deal, not the client's employment (CC arts. 593-609)", () => {
    // The building's doorman paid for painting the flat on his days off.
    const doormanPainted = { trabalhista: 5, imobiliario: 4 };
    expect(sut.choose(doormanPainted, [], ['trabalhista']).area).toBe('trabalhista');
    expect(sut.choose(doormanPainted, ['private-seller', 'money-back'], ['trabalhista']).area).toBe('civil');
    // The client who employs the person (a maid, a carer) is in a labour case.
    expect(sut.choose(doormanPainted, ['private-seller', 'client-employer'], ['trabalhista']).area).toBe('trabalhista');
  });

  it('reads a worker hurt at work as a work accident: the site and the contractor are the employer and the workplace (Lei 8.213 art. 19)', () => {
    // A mason working daily for a renovation contractor, unregistered, who fell from a roof.
    const fellFromRoof = { civil: 13, trabalhista: 3, previdenciario: 8 };
    expect(sut.choose(fellFromRoof, [], ['civil', 'trabalhista', 'previdenciario']).area).toBe('civil');
    expect(sut.choose(fellFromRoof, ['work-injury'], ['civil', 'trabalhista', 'previdenciario']).area).toBe('trabalhista');
    // The benefit the INSS refused is asked of the INSS.
    expect(sut.choose(fellFromRoof, ['work-injury', 'opponent-inss'], ['civil', 'trabalhista', 'previdenciario']).area).not.toBe('trabalhista');
  });
  it("reads the bank's own hold on the salary's account as a consumer case (CDC art. 14)", () => {
    const salaryHeld = { trabalhista: 4.5, imobiliario: 4, consumidor: 4 };
    expect(sut.choose(salaryHeld, ['blocked-income'], ['trabalhista', 'imobiliario', 'consumidor']).area).toBe('trabalhista');
    expect(sut.choose(salaryHeld, ['blocked-income', 'bank-hold'], ['trabalhista', 'imobiliario', 'consumidor']).area).toBe('consumidor');
  });
  it('reads a company sued as money asked of it, not a prosecution (CF art. 225 §3º)', () => {
    const harassedApprentice = { criminal: 10, trabalhista: 7 };
    expect(sut.choose(harassedApprentice, ['police-report-filed'], ['criminal', 'trabalhista']).area).toBe('criminal');
    expect(sut.choose(harassedApprentice, ['police-report-filed', 'company-sued'], ['criminal', 'trabalhista']).area).toBe('trabalhista');
    expect(sut.choose(harassedApprentice, ['company-sued', 'accused'], ['criminal', 'trabalhista']).area).toBe('criminal');
  });
  it("reads the condominium billed by the water company as its consumer (STJ Tema 414; CDC art. 42 p.u.)", () => {
    const tariffPerFlat = { imobiliario: 10, consumidor: 6 };
    expect(sut.choose(tariffPerFlat, [], ['imobiliario', 'consumidor']).area).toBe('imobiliario');
    expect(sut.choose(tariffPerFlat, ['condominium-supplied'], ['imobiliario', 'consumidor']).area).toBe('consumidor');
  });
  it("reads a worker's death at work as the employer's answer only when the family asks it of the employer (onlyWith; CF art. 7º XXVIII)", () => {
    // A widow with the INSS's pension asked and the police's inquiry, the employer offering a settlement.
    const diedAtWork = { previdenciario: 15, criminal: 6, civil: 4 };
    expect(sut.choose(diedAtWork, ['work-death'], ['previdenciario', 'criminal', 'civil']).area).toBe('previdenciario');
    expect(sut.choose(diedAtWork, ['work-death', 'pressure-to-sign'], ['previdenciario', 'criminal', 'civil']).area).toBe('trabalhista');
    // The pension the INSS refused is asked of the INSS.
    expect(sut.choose(diedAtWork, ['work-death', 'pressure-to-sign', 'opponent-inss'], ['previdenciario', 'criminal', 'civil']).area).toBe('previdenciario');
    // The company sued for it: the builder's site and the dependants' words tell the workplace and who claims (Súmula 392 do TST).
    const diedOnSite = { imobiliario: 15, civil: 7, familia: 4, trabalhista: 3 };
    expect(sut.choose(diedOnSite, ['work-death'], ['imobiliario', 'civil', 'trabalhista']).area).toBe('imobiliario');
    expect(sut.choose(diedOnSite, ['work-death', 'company-sued'], ['imobiliario', 'civil', 'trabalhista']).area).toBe('trabalhista');
  });
  it("reads the tax execution redirected to a former partner as tax law (Lei 6.830/80; CTN art. 135 III; Súmula 435 do STJ)", () => {
    const redirected = sut.score('a Procuradoria da Fazenda pediu o redirecionamento da execução por dissolução irregular, dívida de Cofins e INSS patronal');
    expect(redirected.areaScores.tributario ?? 0).toBeGreaterThan(redirected.areaScores.empresarial ?? 0);
    expect(sut.score('a dissolução irregular da empresa').areaScores.tributario ?? 0).toBeGreaterThan(0);
  });

  it("reads the prisoner's family benefit by its names and its proof as the auxílio-reclusão (Lei 8.213 art. 80)", () => {
    expect(sut.score('o INSS negou o auxílio-reclusão').subareaScores['previdenciario.auxilio-reclusao']).toBeGreaterThanOrEqual(2);
    expect(sut.score('tenho a certidão de recolhimento prisional').subareaScores['previdenciario.auxilio-reclusao']).toBeGreaterThanOrEqual(2);
    expect(sut.subarea('previdenciario', sut.score('o auxílio reclusão dos meus filhos').subareaScores)).toBe('auxílio-reclusão');
  });

  it('reads meat as goods and a guesthouse as lodging, the booklet and the support by their own words', () => {
    // Folded, "carne" is meat too: no tax's or INSS's booklet (CC art. 481).
    const meat = sut.score('o frigorífico que me fornece carne mandou a carne estragada').areaScores;
    expect(meat.tributario ?? 0).toBe(0);
    expect(meat.previdenciario ?? 0).toBe(0);
    expect(sut.score('paguei o carnê do INSS como autônomo').areaScores.previdenciario).toBeGreaterThanOrEqual(2);
    expect(sut.score('fiz reserva numa pensão e a dona da pensão sumiu').areaScores.familia ?? 0).toBe(0);
    expect(sut.score('ele não paga a pensão da menina').areaScores.familia).toBeGreaterThanOrEqual(4);
  });

  it("reads the IPTU's booklet received as the tax assessed (Súmula 397 STJ), the booklet paid as a possessor's proof", () => {
    const received = sut.score('chegou o carne do iptu com o valor dobrado').areaScores;
    expect(received.tributario ?? 0).toBeGreaterThan(received.imobiliario ?? 0);
    const paid = sut.score('eu pago o carne do iptu faz vinte anos').areaScores;
    expect(paid.imobiliario ?? 0).toBeGreaterThan(paid.tributario ?? 0);
  });

  it('lets the violence bias give way to support asked, unless the protective order is asked too, and to custody asked beside it or not', () => {
    const afterArrest = { criminal: 11, familia: 10 };
    expect(sut.choose(afterArrest, ['violence', 'support-sought']).area).toBe('familia');
    expect(sut.choose(afterArrest, ['violence', 'support-sought', 'protection-sought']).area).toBe('criminal');
    expect(sut.choose({ criminal: 18, familia: 6 }, ['violence', 'threat', 'protection-sought', 'custody-sought']).area).toBe('familia');
  });

  it('reads a partner reached in a labour execution as a labour case, only with the labour court named', () => {
    const frozen = { empresarial: 10, trabalhista: 7 };
    expect(sut.choose(frozen, ['company-partner', 'labour-court']).area).toBe('trabalhista');
    expect(sut.choose(frozen, ['company-partner']).area).toBe('empresarial');
    expect(sut.choose({ empresarial: 6, tributario: 12, trabalhista: 6 }, ['company-partner', 'labour-court', 'tax-authority']).area).toBe('tributario');
  });

  it("reads the children's pension after a crash as owed by who caused it (CC art. 948 II)", () => {
    expect(sut.choose({ familia: 7, civil: 4 }, ['collision-victim', 'child-support']).area).toBe('civil');
    expect(sut.choose({ familia: 7, civil: 4 }, ['child-support']).area).toBe('familia');
  });

  it('reads food sold spoiled as a product unfit for consumption (CDC art. 18 §6)', () => {
    expect(classify('comprei 5 kg de carne no açougue e tava estragada')).toBe('consumidor');
    expect(classify('comprei um frango vencido no mercado')).toBe('consumidor');
    expect(sut.score('comprei 5 kg de carne no açougue').areaScores.consumidor ?? 0).toBeLessThan(4);
  });

  it("reads a rotten tree as the neighbour's, not as food sold spoiled (CC arts. 1.277 and 1.280)", () => {
    expect(classify('a árvore do vizinho caiu no meu telhado, eu avisava que a árvore tava podre')).toBe('civil');
    expect(sut.score('o tronco estava podre').areaScores.consumidor ?? 0).toBe(0);
  });

  it("reads the children's pension asked of the State for its agent's act as its liability (CF art. 37 §6)", () => {
    const killed = { familia: 8, administrativo: 6, criminal: 4, civil: 2 };
    expect(sut.choose(killed, ['state-liability', 'opponent-public-body', 'child-support']).area).toBe('administrativo');
    expect(sut.choose(killed, ['opponent-public-body', 'child-support']).area).toBe('familia');
  });

  it("reads a threat or an insult by a relative's landlord or employer as a crime, only with the client the one harmed (CP arts. 140, 147)", () => {
    const threatened = { imobiliario: 11, civil: 8, criminal: 5, familia: 3 };
    expect(sut.choose(threatened, ['relative-counterpart', 'victim']).area).toBe('criminal');
    expect(sut.choose(threatened, ['relative-counterpart']).area).toBe('imobiliario');
  });

  it('reads the damages a crime victim asks of its author as a civil claim, not with the prosecution asked too nor by the accused (CC art. 935; CPP arts. 63-64)', () => {
    const robbed = { criminal: 15, civil: 2 };
    expect(sut.choose(robbed, ['victim', 'damages-claimed']).area).toBe('civil');
    // No victim told (the client may be the accused the other side asks damages of), the prosecution asked, or the bank asked the money back.
    expect(sut.choose(robbed, ['damages-claimed']).area).toBe('criminal');
    expect(sut.choose(robbed, ['victim', 'damages-claimed', 'criminal-complaint']).area).toBe('criminal');
    expect(sut.choose({ consumidor: 10, criminal: 19, civil: 2 }, ['victim', 'damages-claimed', 'bank-scam']).area).toBe('consumidor');
    const text = 'minha mãe foi assaltada na saída do banco, o ladrão foi preso e condenado, dá pra pedir indenização dele?';
    expect(sut.choose(sut.score(text).areaScores, new NoteExtractor().extract(text)).area).toBe('civil');
  });

  it('reads the rent a landlord claims of the employer beside a worker told as the employer\'s lease, the worker\'s pay the case (Lei 8.245/91 art. 62; CLT arts. 459 §1º and 483 \'d\')', () => {
    const route = (text: string) => sut.choose(sut.score(text).areaScores, new NoteExtractor().extract(text)).area;
    expect(route('sou registrado numa oficina, estou sem salário e o proprietário do galpão cobra o aluguel atrasado do patrão')).toBe('trabalhista');
    // The client's own lease: the eviction stays the case.
    expect(route('trabalho numa padaria e o dono da casa entrou com despejo porque atrasei o aluguel')).toBe('imobiliario');
  });

  it('reads the harm\'s cost asked of a convicted author in lay verbs of paying as the civil claim, and the prosecution asked beside it as the criminal case (CC arts. 935 and 949; CPP arts. 63 and 387 IV)', () => {
    const route = (text: string) => sut.choose(sut.score(text).areaScores, new NoteExtractor().extract(text)).area;
    expect(route('meu vizinho me agrediu com um pau e foi condenado por lesão corporal, quero que ele arque com os gastos da fisioterapia')).toBe('civil');
    expect(route('arrombaram minha oficina e levaram as ferramentas, o ladrão foi preso e condenado, quero que ele pague pelo meu prejuízo')).toBe('civil');
    expect(route('furtaram a bicicleta do meu filho na escola, o ladrão já foi condenado, quero que ele pague a bicicleta')).toBe('civil');
    // The punishment wished ("que ele pague pelo que fez"), not the loss's value: the appeal for a higher sentence (CPP art. 598).
    expect(route('o homem que assaltou minha loja foi condenado a só dois anos, quero que ele pague pelo que fez na cadeia, dá pra recorrer?')).toBe('criminal');
    // The prosecution asked too: the criminal case, where the sentence fixes the minimum damages; and the accused told to pay defends.
    expect(route('levei uma garrafada na cabeça num bar, fiz o boletim de ocorrência e o exame de corpo de delito, quero que ele responda pelo que fez e pague o que gastei')).toBe('criminal');
    expect(route('briguei num bar e fui intimado como investigado, a família do rapaz diz que eu tenho que arcar com a cirurgia')).toBe('criminal');
  });

  it('reads the shop, the goods and the invoice told beside a convicted author as the loss asked of him, no purchase: he is no supplier (CP art. 91 I; CC arts. 186, 927 and 935; CDC arts. 2º-3º)', () => {
    const stolen = { consumidor: 4, civil: 1 };
    expect(sut.choose(stolen, ['offender-convicted', 'money-back']).area).toBe('civil');
    // No conviction told: the invoice and the shop keep their weight; a bank's scam or a refund asked of a supplier stay the consumer's.
    expect(sut.choose(stolen, ['money-back']).area).toBe('consumidor');
    expect(sut.choose(stolen, ['offender-convicted', 'money-back', 'refund-claimed']).area).toBe('consumidor');
    const route = (text: string) => sut.choose(sut.score(text).areaScores, new NoteExtractor().extract(text)).area;
    expect(route('o moleque que quebrou meu portão foi condenado, o portão novo saiu 1.500 e tenho a nota, quero que ele pague o portão')).toBe('civil');
    // The shop that sold a defective phone is the supplier, whoever else was convicted of nothing.
    expect(route('comprei um celular na loja e veio com defeito, tenho a caixa e a nota, quero meu dinheiro de volta')).toBe('consumidor');
  });

  it('reads the import tax of a parcel from abroad, disputed, as a tax case, and the seller\'s failure as the consumer\'s (DL 1.804/80 art. 2º; Lei 14.902/24; CTN arts. 19 and 165; CDC arts. 18, 35 and 49)', () => {
    const parcel = { consumidor: 9, tributario: 2 };
    expect(sut.choose(parcel, ['parcel-taxed']).area).toBe('tributario');
    expect(sut.choose(parcel, ['parcel-taxed', 'order-failed']).area).toBe('consumidor');
    expect(sut.choose(parcel, ['parcel-taxed', 'product-defect']).area).toBe('consumidor');
    expect(sut.choose(parcel, []).area).toBe('consumidor');
    const text = 'comprei uma capinha no aliexpress e veio uma taxa de importação maior que o produto, quero contestar';
    expect(sut.choose(sut.score(text).areaScores, new NoteExtractor().extract(text)).area).toBe('tributario');
    const lost = 'paguei a taxa de importação mas o pacote nunca chegou e a loja não devolve o dinheiro da compra';
    expect(sut.choose(sut.score(lost).areaScores, new NoteExtractor().extract(lost)).area).toBe('consumidor');
  });

  it("reads the damages asked of who leaked the client's own intimate images as a civil claim, not with the prosecution, a protective order or a threat now (CC arts. 186, 927 and 953; Marco Civil art. 21)", () => {
    const leaked = { criminal: 14, civil: 6, familia: 3 };
    expect(sut.choose(leaked, ['own-intimate-images', 'damages-claimed']).area).toBe('civil');
    // The prosecution asked, the protective order, or no damages asked (the leak threatened now): the crime's case (CP art. 218-C).
    expect(sut.choose(leaked, ['own-intimate-images', 'damages-claimed', 'criminal-complaint']).area).toBe('criminal');
    expect(sut.choose(leaked, ['own-intimate-images', 'damages-claimed', 'restrained']).area).toBe('criminal');
    expect(sut.choose(leaked, ['own-intimate-images']).area).toBe('criminal');
    const text = 'em 2021 meu ex espalhou meus nudes num grupo, ele já foi condenado, agora quero pedir indenização por danos morais contra ele';
    expect(sut.choose(sut.score(text).areaScores, new NoteExtractor().extract(text)).area).toBe('civil');
    const prosecuted = 'meu ex vazou meus nudes ontem, quero que ele seja preso e responda criminalmente';
    expect(sut.choose(sut.score(prosecuted).areaScores, new NoteExtractor().extract(prosecuted)).area).toBe('criminal');
  });

  it('reads the insulted or threatened client who wants to sue the author, asking no money, as a queixa-crime or a representação (CP arts. 145 and 147)', () => {
    const insulted = { civil: 7, criminal: 5 };
    expect(sut.choose(insulted, ['victim', 'honour-offended', 'suit-wished']).area).toBe('criminal');
    expect(sut.choose({ civil: 6 }, ['threat', 'suit-wished']).area).toBe('criminal');
    // The damages asked keep the civil claim (CC art. 953), as the victim's; and a suit with no offence nor threat told (a neighbour's noise) moves nothing.
    expect(sut.choose(insulted, ['victim', 'honour-offended', 'suit-wished', 'damages-claimed']).area).toBe('civil');
    expect(sut.choose({ civil: 6 }, ['suit-wished']).area).toBe('civil');
    // The offence told in no lexicon word of either law: the queixa-crime asked names the criminal route (CP arts. 140 and 145); the suit
    // with no offence nor threat told, or with the damages asked, does not.
    expect(sut.choose({}, ['victim', 'honour-offended', 'suit-wished']).area).toBe('criminal');
    expect(sut.choose({}, ['suit-wished']).area).toBeNull();
    expect(sut.choose({}, ['victim', 'honour-offended', 'suit-wished', 'damages-claimed']).area).not.toBe('criminal');
    const text = 'fui xingada de ladra e vagabunda na frente de todo mundo, quero processar essa mulher';
    expect(sut.choose(sut.score(text).areaScores, new NoteExtractor().extract(text)).area).toBe('criminal');
    // A crime imputed to the client before others (calúnia, CP art. 138): the author prosecuted is the queixa-crime, the money asked the damages (CC art. 953).
    const imputed = 'a mãe de um aluno falou pra todo mundo na porta da escola que eu roubei o celular da filha dela, quero processar ela';
    expect(sut.choose(sut.score(imputed).areaScores, new NoteExtractor().extract(imputed)).area).toBe('criminal');
    const imputedDamages = 'a mãe de um aluno falou pra todo mundo na porta da escola que eu roubei o celular da filha dela, quero que ela me pague uma indenização';
    expect(sut.choose(sut.score(imputedDamages).areaScores, new NoteExtractor().extract(imputedDamages)).area).toBe('civil');
    // The author made to answer, or the bare report, in the offended person's lay words (CP arts. 140 and 145; Lei 7.716/89 art. 20).
    for (const wish of ['quero que esse cara responda', 'quero denunciar', 'quero registrar e processar']) {
      const told = `o gerente do meu cunhado me chamou de paraíba morto de fome num churrasco. ${wish}`;
      expect(sut.choose(sut.score(told).areaScores, new NoteExtractor().extract(told)).area).toBe('criminal');
    }
  });

  it('reads a racial, homophobic or religious insult whose author the client wants punished as criminal, and the damages only asked as civil (Lei 7.716/89 arts. 2º-A and 20; STF ADO 26; CC art. 953)', () => {
    const route = (text: string) => sut.choose(sut.score(text).areaScores, new NoteExtractor().extract(text)).area;
    expect(route('no jogo de várzea um jogador me chamou de negro fedido e de urubu, quero registrar a ocorrência')).toBe('criminal');
    expect(route('um homem na fila me chamou de sapatão nojenta, quero que ele responda por isso')).toBe('criminal');
    expect(route('um conhecido me chamou de macaco no churrasco, quero só uma indenização por danos morais, não quero delegacia')).toBe('civil');
  });

  it('reads the damages asked of a drunk or fleeing driver by the one run over or hit as a civil claim, not by the investigated driver (CC arts. 935 and 949; CTB art. 303)', () => {
    const runOver = { criminal: 18, civil: 5 };
    expect(sut.choose(runOver, ['run-over', 'damages-claimed']).area).toBe('civil');
    expect(sut.choose(runOver, ['collision-victim', 'damages-claimed']).area).toBe('civil');
    expect(sut.choose(runOver, ['run-over']).area).toBe('criminal');
    expect(sut.choose(runOver, ['run-over', 'damages-claimed', 'criminal-complaint']).area).toBe('criminal');
    expect(sut.choose(runOver, ['run-over', 'damages-claimed', 'criminal-defence']).area).toBe('criminal');
    const text = 'um motorista bêbado atropelou minha mãe na calçada, foi preso em flagrante e pagou fiança. queremos cobrar dele o tratamento e o que ela deixou de ganhar';
    expect(sut.choose(sut.score(text).areaScores, new NoteExtractor().extract(text)).area).toBe('civil');
  });

  it("reads a power or water cut told with no agent, done or announced, as the supplier's consumer case, and a landlord's cut by name as not (Lei 8.987/95 art. 6º §3º II; CDC arts. 3º and 22)", () => {
    for (const text of [
      'desligaram a energia aqui de casa porque eu atrasei duas contas',
      'desligaram minha luz por uma dívida do antigo morador',
      'suspenderam o fornecimento de água da minha casa hoje',
      'a luz foi desligada hoje e eu tinha pago a conta ontem',
      'recebi notificação de que a energia será cortada na sexta',
      'recebi um aviso de que a água vai ser cortada na próxima semana',
    ]) expect(classify(text)).toBe('consumidor');
    // The landlord who cuts, named and in the singular, is no supplier's cut.
    expect(classify('o dono da casa que eu alugo desligou a energia e disse que só religa quando eu pagar o aluguel')).not.toBe('consumidor');
  });
  it("reads a vehicle bought new (0km, zero, zerada) or told new at the dealer as the dealer's consumer case, and the same words with another matter as not (Lei 6.729/79 arts. 1º-2º; CDC arts. 3º, 18 and 26 II)", () => {
    for (const text of [
      'comprei uma moto 0km e com duas semanas a embreagem começou a patinar',
      'a moto que eu comprei zerada ta com barulho no motor e mandam eu esperar',
      'peguei um carro zerado em janeiro e o painel apaga sozinho',
      'minha caminhonete zero quilômetro está com o câmbio dando tranco',
      'meu carro novo ta na concessionaria faz 40 dias esperando peça',
    ]) expect(classify(text)).toBe('consumidor');
    // The same new car in a pension, a collision or its tax is that matter's.
    expect(classify('o pai do meu filho não paga pensão alimentícia e acabou de comprar um carro zero')).toBe('familia');
    expect(classify('um motorista bateu no meu carro zero no semáforo e não quer pagar o conserto')).toBe('civil');
    expect(classify('comprei um carro zero e o IPVA veio calculado sobre um valor maior que o da nota fiscal')).toBe('tributario');
  });
  it("reads a vehicle's part told with its defect (barulho no câmbio, infiltração no porta-malas, porta traseira desalinhada) as the product's defect, and a neighbour's noise, a rear-end collision or a private seller's used car as not (CDC arts. 18 and 26 II; CC arts. 441 and 1.277)", () => {
    for (const text of [
      'meu carro zero está fazendo um barulho no câmbio desde a primeira semana',
      'o carro novo que comprei veio com a porta traseira desalinhada e entra vento',
      'levei meu carro novo na concessionária quatro vezes por causa de um barulho na suspensão e ninguém resolve',
      'o carro novo que tirei na concessionária está com infiltração no porta-malas',
      'comprei um carro novo e quando chove entra água pelo assoalho, é infiltração de fábrica',
    ]) expect(classify(text)).toBe('consumidor');
    expect(classify('bateram na traseira do meu carro novo no semáforo e o motorista não quer pagar')).toBe('civil');
    expect(classify('o vizinho faz festa toda noite e o barulho não me deixa dormir')).toBe('civil');
    expect(classify('comprei um carro usado de um particular e tem barulho no motor')).toBe('civil');
  });
  it('reads the relative who wants to stay responsible for an adult who cannot manage his own life as a curatela, and the same diagnosis with a benefit, a plan or a firm as not (CC arts. 1.767 I, 1.782 and 1.783-A; Lei 13.146/15 arts. 84-85)', () => {
    for (const text of [
      'minha filha tem síndrome de down e fez 18 anos, quero continuar responsável por ela',
      'meu irmão autista tem 25 anos e não sabe lidar com dinheiro, gasta tudo o que recebe no mesmo dia',
      'meu pai ficou sem discernimento depois do avc e alguém precisa pagar as contas dele',
      'meu filho tem deficiência intelectual e não consegue decidir nada, como fico responsável por ele?',
    ]) expect(classify(text)).toBe('familia');
    expect(sut.score('minha avó perdeu o discernimento e a gente não sabe o que fazer').subareaScores['familia.curatela']).toBeGreaterThan(0);
    // The diagnosis told of a benefit or a health plan, and the partner who leaves a firm, are not the curatela.
    expect(classify('meu filho autista fez 18 anos e o inss cortou o bpc dele')).toBe('previdenciario');
    expect(classify('o plano de saúde negou a terapia do meu filho com síndrome de down')).toBe('consumidor');
    expect(classify('saí da sociedade da empresa e quero saber se continuo responsável pelas dívidas da empresa')).not.toBe('familia');
  });
  it('reads an adult relative told as not understanding money at all, gone senile or making no sense as a curatela, and a lucid relative\'s debt as a civil case (CC art. 1.767 I)', () => {
    for (const text of [
      'meu marido sofreu um acidente de moto e ficou com lesão no cérebro, não entende nada de dinheiro agora',
      'meu pai tem Parkinson avançado e não entende nada de conta nem de dinheiro',
      'minha mãe está esclerosada e meu irmão está usando o cartão dela',
      'meu pai não fala coisa com coisa desde o derrame e tem um carro pra vender',
      // The same told as the family sees it: money no longer handled, people no longer known, the legal responsibility asked.
      'minha avó não sabe mais mexer com dinheiro e o banco ofereceu outro empréstimo consignado pra ela',
      'meu pai não reconhece mais as pessoas e tem um consignado no banco, como fico responsável legalmente por ele?',
    ]) expect(classify(text)).toBe('familia');
    expect(classify('meu pai está lúcido e emprestou dinheiro pro vizinho que não devolve')).toBe('civil');
  });
  it("reads the curatela of an adult whose rented homes someone must run as a family case, the tenants and rents being the patrimony the curator runs (CC arts. 1.747 II, 1.748 and 1.781)", () => {
    const scores = sut.score('meu pai tem demência e tem dois apartamentos alugados, o inquilino quer renovar o contrato').areaScores;
    expect(sut.choose(scores).area).toBe('imobiliario');
    expect(sut.choose(scores, ['guardianship']).area).toBe('familia');
  });

  it('reads a capable relative who wants the client to act for them as a family case, the bank, the car and the house being what the agent runs (CC arts. 653-657 and 1.783-A), and a claim against a third party as its own', () => {
    const scores = sut.score('meu pai quer que eu venda o apartamento dele, o comprador já está certo').areaScores;
    expect(sut.choose(scores).area).not.toBe('familia');
    expect(sut.choose(scores, ['relative-mandate']).area).toBe('familia');
    // The buyer who did not pay is sued by the seller: the claim keeps its civil route.
    const unpaid = sut.score('vendi o carro do meu pai com a procuração dele e o comprador não pagou as parcelas').areaScores;
    expect(sut.choose(unpaid, ['relative-mandate', 'debt-collection']).area).toBe(sut.choose(unpaid, ['debt-collection']).area);
    expect(sut.choose(unpaid, ['debt-collection']).area).not.toBe('familia');
  });

  it('reads a child taken or kept by a parent or a relative as a family case, the passport and the school telling how (CC arts. 1.583-1.584 and 1.634; ECA arts. 83-85; Decreto 3.413/2000)', () => {
    const scores = sut.score('meu filho foi levado pra Portugal pelo pai sem o meu consentimento, ele tirou o passaporte escondido').areaScores;
    expect(sut.choose(scores).area).not.toBe('familia');
    expect(sut.choose(scores, ['child-taken']).area).toBe('familia');
    // A stranger's kidnapping for ransom tells no child taken by kin: the crime keeps its route.
    expect(sut.choose(sut.score('sequestraram meu filho e estão pedindo resgate').areaScores, ['threat']).area).not.toBe('familia');
  });

  it("reads a thing bought told failing right after the purchase, no seller named between, as the supplier's defect, and one bought from a private person as not (CDC arts. 18 and 26 II; CC arts. 441-446)", () => {
    for (const text of [
      'a air fryer que comprei queimou na segunda vez que usei',
      'o forno industrial que eu comprei parou de esquentar com 3 semanas de uso',
      'a mesa de som que comprei nova queimou no meio de uma apresentação',
      'o ar-condicionado que comprei pifou no primeiro mês',
    ]) expect(classify(text)).toBe('consumidor');
    expect(sut.score('o ventilador que eu comprei parou de girar').subareaScores['consumidor.vicio-produto']).toBeGreaterThan(0);
    // A seller named between the purchase and the failure breaks the phrase: a private sale is not the supplier's.
    for (const text of ['a geladeira que comprei de um vizinho parou de gelar no outro dia', 'o celular que comprei usado de um rapaz parou de carregar']) {
      expect(sut.score(text).subareaScores['consumidor.vicio-produto']).toBeUndefined();
    }
  });
  it('reads an adolescent held in internação provisória or a socioeducative unit as a juvenile-criminal case, not a hospital stay or the unit\'s staff (ECA arts. 103, 108, 123)', () => {
    for (const text of [
      'meu neto de 16 anos foi apreendido e está num centro de internação provisória',
      'a polícia apreendeu meu filho de 15 anos ontem e ele foi pra unidade de internação',
      'meu irmão de 16 anos está internado provisoriamente no centro socioeducativo',
      'minha filha de 15 anos está presa no socioeducativo acusada de agressão',
      'meu filho de 14 anos está na Fundação Casa desde sábado',
    ]) expect(classify(text)).toBe('criminal');
    // A health plan's internação and the staff who work in the unit are not the adolescent's defence.
    expect(classify('o plano de saúde negou a internação do meu filho de 16 anos na clínica')).toBe('consumidor');
    expect(sut.score('sou agente socioeducativo contratado pelo estado').areaScores.criminal ?? 0).toBe(0);
  });

  it('reads the execution of a sentence told by the convict or a relative, with no crime named, as criminal (LEP arts. 66, 112, 115-118, 122-125, 202; CP arts. 83, 93-95; ECA arts. 112-125)', () => {
    for (const text of [
      'minha filha cumpre pena no aberto e quer autorização pra morar em outra cidade',
      'meu marido tá no semiaberto e negaram a saída temporária de natal',
      'meu irmão estava no aberto e pegaram ele na rua depois do recolhimento noturno',
      'o juiz mandou ele de volta pro fechado sem ouvir a defesa',
      'ele já pode pedir o livramento condicional?',
      'terminei de cumprir minha pena e quero a ficha limpa de novo',
      'a pena foi extinta ano passado',
      'meu filho de 16 anos está cumprindo liberdade assistida',
      'tenho que assinar no fórum todo mês',
    ]) expect(classify(text)).toBe('criminal');
    // A consumer's "nome limpo", the INSS's vocational rehabilitation and the victim told the author "cumpriu a pena" name none of it.
    expect(sut.score('paguei a dívida e quero limpar meu nome no Serasa').areaScores.criminal ?? 0).toBe(0);
    expect(sut.score('o INSS me mandou pra reabilitação profissional').areaScores.criminal ?? 0).toBe(0);
    expect(sut.score('ele já cumpriu a pena').areaScores.criminal ?? 0).toBe(0);
  });

  it('reads the record of a closed criminal case asked cleared as criminal over the acquittal closed and the exam it is for (LEP art. 202; CP arts. 93-95; CPP arts. 743-750)', () => {
    expect(sut.choose({ criminal: 3 }, ['criminal-case-closed']).area).toBeNull();
    expect(sut.choose({ criminal: 3 }, ['criminal-case-closed', 'criminal-record-asked']).area).toBe('criminal');
    expect(sut.choose({}, ['criminal-record-asked']).area).toBe('criminal');
    expect(sut.choose({ criminal: 4, administrativo: 5 }, ['criminal-record-asked']).area).toBe('criminal');
    // The candidate already eliminated, or the State asked to pay, contests that act: its own route.
    expect(sut.choose({ criminal: 4, administrativo: 5 }, ['criminal-record-asked', 'state-liability']).area).toBe('administrativo');
  });

  it("reads a prisoner's visit asked (the card, the union the prison asks proven, the conjugal visit) as criminal over the union's words, not the divorce from the prisoner (LEP arts. 41 X and 66 VI)", () => {
    expect(sut.choose({ familia: 9, criminal: 5 }, []).area).toBe('familia');
    expect(sut.choose({ familia: 9, criminal: 5 }, ['prison-visit']).area).toBe('criminal');
    // The divorce or the dissolution asked is a family remedy, the prison only where the spouse is.
    expect(sut.choose({ familia: 9, criminal: 5 }, ['prison-visit', 'marital-split']).area).toBe('familia');
  });

  it("reads the SUS's drug, vaccine or nappies told by the public pharmacy or post that hands them out as administrativo, and a prescription as no tax (Lei 8.080/90 arts. 6º I d and 19-M; CF art. 196)", () => {
    for (const text of [
      'a farmacia do estado nao tem o remedio de convulsao do meu filho, tenho receita e laudo',
      'meu bisavo ta sem o remedio do coracao porque o posto nao tem, tenho a receita do cardiologista',
      'a farmacia do estado ta sem o remedio do alzheimer da minha mae faz 2 meses',
      'quero saber se a farmacia popular da insulina de graca pro meu sogro',
      'minha bisavo precisa renovar a receita do remedio no posto, como funciona?',
      'meu bebe precisa tomar as vacinas atrasadas, o posto pede algum documento?',
      'minha sogra precisa de fralda geriatrica e o estado parou de entregar',
    ]) expect(classify(text)).toBe('administrativo');
    expect(classify('comprei um remédio na drogaria e cobraram o dobro do preço da etiqueta')).toBe('consumidor');
    expect(classify('caí na malha fina da receita por causa de despesa com remédio no imposto de renda')).toBe('tributario');
    expect(classify('minha mãe tem alzheimer, não reconhece mais ninguém e precisamos da curatela')).toBe('familia');
  });

  it('reads the Simples Nacional in its taxpayers\' words, the regime a business is in, leaves or is excluded from, and the DAS in arrears, as tributario (LC 123/06 arts. 12, 13, 18-A, 21, 30-31)', () => {
    for (const text of [
      'excluíram minha empresa do simples dizendo que a minha atividade não pode ser do simples',
      'minha loja foi excluída do simples por excesso de receita',
      'tenho uma microempresa no simples e quero saber se vale a pena sair do simples e ir pro lucro presumido',
      'tenho uma lanchonete no simples e o contador falou em mudar pro lucro presumido',
      'tenho uma papelaria optante pelo simples e dúvida sobre o anexo',
      'sou mei e to com uns meses de DAS atrasado, quero colocar em dia',
    ]) expect(classify(text)).toBe('tributario');
    // The partners' own distrato and a business's supplier are no tax; "pelo simples fato" names no regime.
    expect(classify('eu e meu sócio queremos fechar nossa empresa, como faz o distrato?')).toBe('empresarial');
    expect(sut.score('fui demitido pelo simples fato de ter faltado um dia').areaScores.tributario ?? 0).toBe(0);
  });
});

describe('public services and the state military read as administrativo', () => {
  const sut = new AreaClassifier();
  const classify = (text: string) => sut.choose(sut.score(text).areaScores).area;

  it('reads the SUS care told by its posts, agents and regulation, the rotating street parking, the state military and a State vehicle as administrativo (CF arts. 37 §6º, 42 and 196-198; Lei 8.080/90; CTB arts. 24 X and 181)', () => {
    for (const text of [
      'minha avo pegava as fraldas no posto e agora disseram que acabou',
      'o medico do postinho pediu uma tomografia e a regulacao nao marca',
      'a agente comunitaria de saude disse que o remedio nao vem mais',
      'tomei uma multa da zona azul mesmo com o cartao ativado',
      'sou sargento da policia militar e recebi prisao disciplinar do comandante',
      'sou bombeira militar e fui preterida na promocao',
      'o carro da prefeitura bateu no meu muro',
    ]) expect(classify(text)).toBe('administrativo');
    // A health plan's refusal, a private car park, a petrol-station worker and an insurer's claim adjustment are no public service.
    expect(classify('o plano de saude negou a ressonancia que o medico pediu')).toBe('consumidor');
    expect(classify('deixei o carro no estacionamento do shopping e arranharam a porta')).toBe('consumidor');
    expect(sut.score('passei pelo posto de gasolina e abasteci').areaScores.administrativo ?? 0).toBe(0);
    expect(sut.score('a regulacao do sinistro da seguradora demorou').areaScores.administrativo ?? 0).toBe(0);
  });
});
