import { AreaClassifier } from '../classifiers/area.classifier';
import { NoteExtractor } from '../extractors/note.extractor';
import { LegalAreaCode } from '../interview-engine.types';
import { newFacts } from '../testing/facts.factory';
import { SubareaChecker } from '../triage/subarea.checker';

describe('route notes (role and remedy over the background words)', () => {
  const classifier = new AreaClassifier();
  const notes = new NoteExtractor();
  const route = (text: string) => {
    const { areaScores, keywords } = classifier.score(text);
    return classifier.choose(areaScores, notes.extract(text), classifier.anchors(keywords)).area;
  };

  it('routes the late owner\'s kin claiming the place from its occupant to imobiliario, not familia (CC arts. 1.228 and 1.238; CPC arts. 554-568)', () => {
    expect(route('moro numa casa faz 18 anos que era da minha tia, ela morreu e agora apareceu uns primo querendo que eu saia pq dizem que a casa é deles por herança')).toBe('imobiliario');
    expect(route('moro na casa da minha madrinha desde 2005, ela faleceu e agora os sobrinhos dela dizem que a casa é deles')).toBe('imobiliario');
    expect(route('moro numa casa cedida pela minha ex-sogra e ela agora quer a casa de volta')).toBe('imobiliario');
    // The client among the heirs, or the survivor of the late owner: the estate and the survivor's home are family cases.
    expect(route('minha mãe faleceu e deixou uma casa, eu moro nela e meus irmãos querem que eu saia pra vender o inventário')).toBe('familia');
    expect(route('meu marido faleceu e os filhos dele do primeiro casamento querem que eu saia da casa, quero meus direitos na herança')).toBe('familia');
    // A caretaker housed by the late owner asks the rights of the job.
    expect(classifier.choose({ imobiliario: 3, trabalhista: 6, familia: 4 }, ['owners-kin-claim', 'labour-rights-claimed']).area).toBe('trabalhista');
    expect(classifier.choose({ imobiliario: 3, familia: 6 }, ['owners-kin-claim']).area).toBe('imobiliario');
  });

  it.each<[string, LegalAreaCode]>([
    // A benefit refused for an insured status lost while unemployed is the INSS's case (Lei 8.213 art. 15), the old job its proof.
    ['fui demitido da fábrica, recebi o fgts e o seguro desemprego, e agora o inss negou meu auxílio doença por perda da qualidade de segurado', 'previdenciario'],
    // Maternity pay for an adoption is asked of the INSS (Lei 8.213 art. 71-A), the guardianship only its event.
    ['tenho a guarda provisória para fins de adoção do meu filho na vara da infância e quero saber do salário maternidade', 'previdenciario'],
    // Seamstresses held in a workshop, their passports taken, are a labour case (CP art. 149): the room's rent tells the hold, no lease.
    ['elas trabalham numa oficina de costura, o dono ficou com os passaportes delas, cobra o aluguel do quarto e a porta fica trancada com cadeado', 'trabalhista'],
    // The dues of a home's worker told as never had, after the employer's death: the estate answers in the labour court (LC 150; CC art. 1.997).
    ['fui cuidadora do seu Joaquim por cinco anos, ele faleceu e os herdeiros dizem que não me devem nada; nunca recebi férias nem décimo terceiro', 'trabalhista'],
    // The employer's charge for a crash or a broken phone is a labour claim (CLT art. 462 §1º), however the crash is told.
    ['fui demitido e descontaram da minha rescisão a franquia do seguro do caminhão que bateu, tenho o boletim de ocorrência do acidente de trânsito', 'trabalhista'],
    // Who plans a bequest asks a succession remedy; the flat and the notary are the estate.
    ['sou solteiro e quero deixar a minha casa para o meu afilhado, fazer a escritura certinha no cartório', 'familia'],
    ['quero fazer um testamento para o meu apartamento ficar com a minha neta quando eu morrer', 'familia'],
    // The pension left by a public servant is paid and cut by the servant's body.
    ['recebo pensão de filha solteira do meu pai, que era servidor federal, e o órgão quer cancelar', 'administrativo'],
    // The ex-spouse who received support asks her share of the INSS pension.
    ['meu ex-marido me pagava pensão alimentícia e morreu; pedi a pensão por morte, o INSS negou e eu quero a minha parte da pensão dele pelo INSS', 'previdenciario'],
    // The seller of a going concern collecting the instalments: a business contract.
    ['passei o ponto da minha lanchonete com a clientela e os equipamentos e o comprador parou de pagar as parcelas', 'empresarial'],
    // A former couple who sold their house collects from the buyer who stopped paying (CC art. 475): the property's sale, not the divorce.
    ['eu e minha ex-esposa vendemos a casa depois da separação e o comprador parou de pagar as parcelas; queremos receber o que falta', 'imobiliario'],
    // Heirs who are co-owners after the partition was registered: ending the co-ownership.
    ['o inventário já terminou e a casa ficou para mim e meus irmãos; um deles mora lá e não aceita vender', 'imobiliario'],
    ['quero a extinção de condomínio do terreno que tenho com meu primo, cada um com a sua fração ideal', 'imobiliario'],
    // An engagement broken off: no marriage, a civil claim between two persons.
    ['minha noiva terminou o noivado e eu paguei sozinho o buffet e as alianças; quero que ela devolva metade', 'civil'],
    // The buyer of a going concern charged for the seller's debts: the business sale's contract, named by its ponto (CC art. 1.146).
    ['comprei uma padaria, passei pro meu cnpj e um fornecedor me cobra divida do antigo dono; tenho o contrato de compra e venda do ponto', 'empresarial'],
    // The business named by its trade, its stock short of the list: the buyer of a going concern is no consumer (CC arts. 1.143-1.146; CDC art. 2º).
    ['sou consumidor e quero ir no procon: comprei um restaurante de outro dono e metade das mercadorias da lista não estava lá', 'empresarial'],
    // A loan not paid back, told as "calote" with a police report in mind: a default the creditor collects (CC arts. 389 and 586).
    ['levei um calote de um colega de trabalho, dei 2 mil pra ele e sumiu, quero fazer um BO porque isso é crime', 'civil'],
    // A news item about an arrest the client wants removed or corrected: personality rights, not the crime it told.
    ['pesquisam meu nome e aparece uma matéria dizendo que eu fui preso por estelionato; fui absolvido e quero que tirem a notícia do ar', 'civil'],
    // A pet shop's service that hurt the animal is a consumer case, not the crime of cruelty nor elder abuse.
    ['levei meu gato no pet shop para o banho e tosa e ele voltou machucado, quero que paguem o veterinário', 'consumidor'],
    // A private person who sold and protested a cheque: no supplier on the other side.
    ['o cheque que dei ao vendedor foi protestado, ele é um particular e eu já tinha pago', 'civil'],
    // The employer whose worker stopped coming asks how to end the employment contract.
    ['sou dono de uma oficina e um funcionário registrado não aparece há 40 dias; quero aplicar o abandono de emprego', 'trabalhista'],
    // A statutory servant's bonus is a right under the statute (administrativo); a public company's CLT employee's is labour law.
    ['sou servidora municipal concursada, trabalho no posto de saúde e a prefeitura nunca pagou meu adicional de insalubridade', 'administrativo'],
    ['sou funcionária pública da prefeitura há 10 anos e quero receber o adicional de insalubridade e os atrasados', 'administrativo'],
    ['trabalho na Copasa, entrei por concurso mas sou celetista, e nunca me pagaram o adicional de insalubridade', 'trabalhista'],
    // Arrested on a warrant already revoked, then released: the State answers for the mistake.
    ['fui preso numa blitz por um mandado de prisão já revogado em 2019 que seguia no sistema, passei duas noites na cadeia', 'administrativo'],
    ['a polícia me prendeu por engano no lugar de outra pessoa e fiquei preso três dias no presídio', 'administrativo'],
    // A name lent for a friend's financing: the friend owes the client, whatever the bank's words.
    ['meu amigo me pediu pra financiar no meu nome, combinamos que ele pagava as parcelas do banco, parou de pagar o financiamento e meu nome ficou negativado', 'civil'],
    // The partner made liable for the closed company's tax: the execução fiscal is the case.
    ['a empresa em que eu era sócio fechou e o outro sócio sumiu; agora a execução fiscal de ICMS da empresa foi redirecionada para mim', 'tributario'],
    // A driver who fled without helping (CTB arts. 304 and 305): the inquiry that names him comes first, unless the damages are asked.
    ['meu filho foi atropelado de bicicleta e o motorista fugiu sem prestar socorro, a câmera pegou a placa', 'criminal'],
    ['um carro bateu no carro dela e não parou para socorrer, ela quebrou o braço', 'criminal'],
    ['fui atropelado e o motorista fugiu sem prestar socorro, mas anotei a placa; quero que ele pague o tratamento e os danos morais', 'civil'],
    // The seller asking the buyer to take the deed: the deed is the case, the IPTU in the seller's name its consequence (CC art. 1.245);
    // the seller defending the tax collection itself has the tax case.
    ['vendi a casa por contrato particular e o IPTU atrasado vem no meu nome, a prefeitura diz que é dívida ativa; quero que o comprador passe a casa pro nome dele', 'imobiliario'],
    ['vendi a casa por contrato particular, o comprador nunca registrou e a prefeitura protestou a dívida ativa do IPTU no meu nome; quero limpar meu nome', 'tributario'],
    ['vendi a casa com escritura registrada em 2019 e a prefeitura me cobra em execução fiscal o IPTU de depois da venda', 'tributario'],
    // A good-faith buyer told by the police that he may answer for receiving (CP art. 180): his defence in the inquiry comes first.
    ['comprei um celular usado pela OLX e a polícia levou dizendo que era roubado; quero meu dinheiro de volta, mas o policial disse que posso responder por receptação', 'criminal'],
  ])('routes %j to %s', (text, area) => {
    expect(route(text)).toBe(area);
  });

  it.each<[string, LegalAreaCode]>([
    // The estate not yet divided stays an inventory, and an heir hiding goods after it a family matter.
    ['meu pai faleceu, deixou uma casa e quero abrir o inventário, meu irmão mora lá sem pagar nada', 'familia'],
    // A bride-to-be with a prenuptial agreement is a family case: "noivo" alone says nothing of a broken engagement.
    ['vou casar com meu noivo e quero fazer o pacto antenupcial de separação total de bens', 'familia'],
    // A tenant who leaves the flat names no one to leave it to.
    ['vou deixar o apartamento alugado no fim do mês e o locador não quer devolver a caução', 'imobiliario'],
  ])('keeps %j in %s', (text, area) => {
    expect(route(text)).toBe(area);
  });

  it.each<[string, LegalAreaCode]>([
    // Heirs who sold a good of an estate not yet divided need the inventory to give the deed (CC art. 1.793; CPC art. 619 I).
    ['minha mãe faleceu e eu e meu irmão vendemos o apartamento dela; o cartório disse que sem o inventário não pode passar a escritura ao comprador', 'familia'],
    // A landlord who asks the eviction of the tenant who assaulted him brings the lease case (Lei 8.245 arts. 9 III and 59).
    ['o inquilino me agrediu e me ameaçou quando fui cobrar, já fiz boletim; quero entrar com a ação de despejo e receber os aluguéis atrasados', 'imobiliario'],
    // Named to the police as a taking's author, the client or a relative needs a criminal defence (CP arts. 155 and 168; CPP art. 14),
    // whatever the condominium or the partnership; the worker who asks the dismissal undone claims in the labour court (CLT art. 482).
    ['a administradora do condomínio fez boletim contra meu pai alegando que ele ficou com o dinheiro das taxas de quando era síndico', 'criminal'],
    ['meu antigo sócio registrou ocorrência contra mim dizendo que eu desviei dinheiro do caixa da lanchonete', 'criminal'],
    ['me deram justa causa dizendo que eu peguei dinheiro do caixa e o gerente fez boletim contra mim; quero reverter a justa causa', 'trabalhista'],
    // A superior who calls the worker names as a habit is the worker's labour case (CLT arts. 483 e, 223-B); a customer insulted by a shop's manager is not.
    ['sou vendedora registrada numa loja de roupas e a gerente me chama de incompetente toda semana; quero uma indenização', 'trabalhista'],
    ['fui trocar a tv com defeito e o gerente da loja me chamou de mentirosa na frente dos outros clientes; quero a troca da tv', 'consumidor'],
    // An inquiry already archived leaves the dismissal for cause to undo (CPP art. 18; CLT art. 482).
    ['fui demitido por justa causa acusado de furto, fui ouvido na delegacia, mas o inquérito foi arquivado e quero reverter a justa causa', 'trabalhista'],
    // Labour rights claimed against an estate: the employer's death does not make the claim a succession case (CC art. 1.997).
    ['cuidei da minha avó por cinco anos sem carteira, ela faleceu e os herdeiros fizeram o inventário; quero os meus direitos trabalhistas', 'trabalhista'],
    // A private moneylender is no bank: the usurious loan is revised in the civil courts (Decreto 22.626/33).
    ['peguei dinheiro com um agiota a juros de 20% ao mês, é cobrança abusiva, quero revisar a dívida e pegar de volta os cheques', 'civil'],
    // A guest who booked lodging through a platform is its consumer (CDC arts. 14 and 25).
    ['fiz a reserva de uma casa de temporada pelo aplicativo, o anfitrião cancelou a locação e a plataforma não faz o reembolso', 'consumidor'],
    // A house lent for free is taken back by the possessory action (CC art. 582), whatever the occupant's family ties.
    ['emprestei a casa para minha filha e o marido dela morarem; eles se separaram e ele não quer sair, diz que tem direito na partilha', 'imobiliario'],
    // A pension of the servant's own regime is paid by the State's fund (CF art. 40), not by the INSS.
    ['meu companheiro era militar do estado e faleceu; o regime próprio negou a minha pensão por morte por falta de prova da união estável', 'administrativo'],
    // Support from a parent who lives on an INSS benefit is discounted from it (CPC art. 529): a family case.
    ['o pai do meu filho é aposentado por invalidez pelo INSS e nunca pagou pensão, quero que desconte do benefício dele', 'familia'],
    // A worker the hirer made open a company to be hired is an employee in disguise (CLT arts. 3 and 9), whatever the CNPJ says.
    ['a empresa exigiu que eu abrisse um cnpj pra me contratar, eu emitia nota todo mês e agora encerraram o contrato', 'trabalhista'],
    ['tenho um cnpj e prestava serviço pra uma empresa que encerrou meu contrato; fui contratado como pj mas cumpria horario e batia ponto', 'trabalhista'],
    // A gun shown by the ex-partner and keeping him away asked in plain words: the protective order of Lei 11.340 art. 22.
    ['meu ex marido não aceita a separação, fica rondando a minha casa e ontem mostrou a arma na porta da escola das crianças', 'criminal'],
    // The financed home going to auction is the fiduciary sale's procedure (Lei 9.514 arts. 26-27), not a consumer credit.
    ['atrasei umas parcelas do financiamento quando fiquei doente e agora vi que a casa vai a leilão', 'imobiliario'],
    ['a Caixa marcou o leilão da minha casa pro dia 5; financiei 280 mil, tenho o contrato do financiamento e devo umas 14 parcelas', 'imobiliario'],
  ])('routes by role and remedy %j to %s', (text, area) => {
    expect(route(text)).toBe(area);
  });

  it.each<[string, LegalAreaCode]>([
    // A victim of violence who asks for protection stays on the criminal route.
    ['meu marido me agrediu e me ameaçou de morte, fiz boletim e quero a medida protetiva', 'criminal'],
    // The owner who rents out for short stays is in a condominium dispute, not a guest.
    ['alugo meu apartamento por temporada e o síndico quer me multar por causa dos hóspedes', 'imobiliario'],
    // The death pension of a child's dead father is asked of the INSS.
    ['o pai do meu filho faleceu e o INSS negou a pensão por morte do menino', 'previdenciario'],
    // Heirs after a registered partition are co-owners.
    ['o inventário já terminou e a casa ficou para mim e meus irmãos; um deles mora lá e não aceita vender', 'imobiliario'],
    // A company whose client ended a service contract is in a business dispute: no hirer demanded it be opened.
    ['tenho uma empresa de TI e um cliente encerrou o contrato de prestação de serviços sem pagar as notas', 'empresarial'],
  ])('keeps by role and remedy %j in %s', (text, area) => {
    expect(route(text)).toBe(area);
  });

  it('reads a house lent as no loan of money, a distributor as a company, and the Pix MED as money asked back from the bank', () => {
    expect(notes.extract('emprestei a minha casa para o meu irmão morar')).toEqual(expect.arrayContaining(['home-lent']));
    expect(notes.extract('emprestei a minha casa para o meu irmão morar')).not.toContain('lender');
    expect(notes.extract('emprestei 5 mil para o meu irmão')).toContain('lender');
    // The loan told from the borrower's side: the client lent, but not when a loan was taken for the client.
    expect(notes.extract('meu cunhado pediu 15 mil reais emprestados pra mim')).toContain('lender');
    expect(notes.extract('ela pegou dinheiro emprestado comigo e sumiu')).toContain('lender');
    expect(notes.extract('minha mãe pegou emprestado pra mim no banco')).not.toContain('lender');
    expect(route('meu cunhado pediu 15 mil reais emprestados pra mim e não devolveu')).toBe('civil');
    // A legal person asked to answer for a harm answers in money: no criminal complaint against the city or a company.
    expect(notes.extract('quero que a prefeitura responda pelo que aconteceu e pague uma indenização')).not.toContain('criminal-complaint');
    expect(notes.extract('quero que ele responda pelo que fez')).toContain('criminal-complaint');
    // Nor is a shop reported for a swindle (CF art. 225 §3º: only environmental crimes reach a legal person).
    expect(notes.extract('quero denunciar a loja por estelionato e dar queixa na polícia')).not.toContain('criminal-complaint');
    expect(notes.extract('quero dar queixa na polícia contra o vendedor')).toContain('criminal-complaint');
    expect(notes.extract('tenho uma distribuidora de bebidas')).toContain('client-company');
    expect(notes.extract('temos uma pequena confecção aqui no bairro')).toContain('client-company');
    // A business's supplier and its delivery (CC arts. 441-445 and 966; CDC art. 2º): the client's workshop told by its trade is the
    // company, and its defective stock or input is a business case, not the Procon's; a consumer's own purchase stays consumer.
    expect(notes.extract('sou dono de uma marmoraria e a distribuidora mandou as chapas trincadas')).toEqual(expect.arrayContaining(['client-company', 'business-supply']));
    expect(notes.extract('minha marcenaria recebeu uma carga de madeira empenada')).toEqual(expect.arrayContaining(['client-company', 'business-supply']));
    expect(route('Tenho um mercadinho e a distribuidora entregou 50 caixas de leite estragado, tive que jogar tudo fora.')).toBe('empresarial');
    expect(route('Comprei carne no mercado perto de casa e estava estragada quando abri.')).toBe('consumidor');
    // Told in no area's words, the business's supply is still the business's (`floors`, CC art. 966); a consumer's maker is not.
    expect(route('tenho um açougue e o frigorífico entregou as peças com cheiro ruim')).toBe('empresarial');
    expect(route('sou dona de uma sorveteria e o atacadista mandou o leite em pó empedrado')).toBe('empresarial');
    expect(route('comprei um ar condicionado pra minha casa no site do fabricante e chegou sem ligar')).toBe('consumidor');
    // The garment maker or the dairy that supplies a shop, and a supplier told with its indefinite article.
    expect(notes.extract('minha loja comprou 200 camisas de uma confecção e metade veio furada')).toContain('business-supply');
    expect(notes.extract('tenho uma padaria e o laticínio entregou o queijo mofado')).toContain('business-supply');
    expect(notes.extract('tenho uma loja e um fornecedor me vendeu tecido manchado')).toContain('business-supply');
    // The power distributor's cut of a shop's energy is the public service's (Lei 8.987/95 art. 6º §3º; CDC art. 22).
    expect(route('a energia da minha lanchonete caiu e a distribuidora demorou 3 dias pra religar e perdi os congelados')).not.toBe('empresarial');
    expect(notes.extract('o banco abriu o MED do pix e depois negou')).toContain('refund-claimed');
    // Whoever holds the money refuses to return it, the bank named or not ("o banco itau nao quer devolver").
    expect(notes.extract('o banco itau nao quer devolver os 4 mil')).toContain('refund-claimed');
    expect(notes.extract('a loja se recusou a devolver o valor')).toContain('refund-claimed');
    expect(notes.extract('o síndico cancelou a reserva do salão de festas')).not.toContain('lodging-booked');
    expect(notes.extract('o delegado nem me indiciou')).toContain('criminal-case-closed');
    expect(notes.extract('a casa ainda está no nome do meu pai, não dá para vender sem o inventário')).toContain('estate-good-sold');
  });

  it('reads an arrest by mistake as the State\'s liability, unless the client is still accused', () => {
    expect(notes.extract('o juiz viu que o mandado já estava revogado')).toContain('wrongful-arrest');
    expect(route('fui preso por engano e agora sou investigado por receptação, preciso me defender no inquérito')).toBe('criminal');
    // The State's own finding that it took the wrong person, beside the arrest or the release (CF arts. 5º LXXV and 37 §6º).
    expect(notes.extract('fui levado algemado pra delegacia e depois viram que não era eu o procurado')).toContain('wrongful-arrest');
    expect(notes.extract('só depois de uma semana o juiz viu que era homônimo e soltaram ele')).toContain('wrongful-arrest');
    expect(route('fui levado algemado pra delegacia na frente dos vizinhos e depois viram que não era eu, quero que o estado me pague')).toBe('administrativo');
    // Not the client's own claim about a relative held now, nor a mistake with no arrest.
    expect(notes.extract('prenderam meu filho ontem mas não era ele, ele é inocente')).not.toContain('wrongful-arrest');
    expect(notes.extract('o banco viu que não era eu que fiz a compra e estornou')).not.toContain('wrongful-arrest');
  });

  it('routes a police act the State is asked to pay for to public law, and the officer prosecuted or the client charged to criminal', () => {
    expect(route('fui espancado por dois policiais numa abordagem, quebraram meu nariz, tenho o exame de corpo de delito e quero entrar com ação de indenização contra o Estado')).toBe('administrativo');
    expect(route('a polícia militar matou meu filho numa abordagem, tem inquérito na corregedoria e eu quero que o Estado pague pelo que fez')).toBe('administrativo');
    expect(route('fui espancado por dois policiais numa abordagem, quebraram meu nariz, fiz o exame de corpo de delito e quero que eles sejam processados criminalmente')).toBe('criminal');
    expect(route('fui parado numa blitz, o policial disse que desacatei ele e agora sou réu no juizado, preciso me defender dessa acusação')).toBe('criminal');
  });

  it('routes a customer hurt by the supplier\'s staff to consumer law (CDC arts. 14 and 34), and the staff prosecuted or a fellow customer\'s blow away from it', () => {
    expect(route('o segurança do shopping me agrediu achando que eu tinha roubado uma loja, quero processar o shopping por danos morais')).toBe('consumidor');
    expect(route('o motorista do ônibus da viação freou bruscamente e eu caí e machuquei o joelho, quero indenização')).toBe('consumidor');
    expect(route('o mecânico da oficina saiu com meu carro para testar e bateu num muro, quero o carro consertado por conta deles')).toBe('consumidor');
    expect(route('o segurança do bar me deu um soco, fiz o boletim e quero que ele seja processado criminalmente')).not.toBe('consumidor');
    expect(route('um cliente bêbado me deu um soco no bar e quebrou meu dente, quero cobrar dele o dentista')).not.toBe('consumidor');
  });

  it('routes a harm by a public service the public body is asked to pay for to public law, and the same harm asked of a neighbour or a company away from it (CF art. 37 §6º; CC art. 43)', () => {
    expect(route('caí de moto num buraco na rua e quebrei a perna, fiquei 2 meses parado. o estado precisa ser responsabilizado')).toBe('administrativo');
    expect(route('a árvore da praça caiu em cima do meu carro e amassou o teto, quero que o município arque com o conserto')).toBe('administrativo');
    expect(route('a árvore do quintal do vizinho caiu em cima do meu carro e amassou o teto, quero que ele pague o conserto')).not.toBe('administrativo');
    expect(route('o ônibus da viação particular arrancou com a porta aberta e eu caí, quero que a empresa me indenize')).not.toBe('administrativo');
  });

  it('routes the damages asked of an offender who serves his sentence away from the State that holds him (CP art. 91 I; CPP arts. 63-64), and a prisoner harmed in the cell to public law', () => {
    expect(route('o homem que abusou da minha filha foi condenado e cumpre pena no regime fechado, quero pedir indenização pra ela')).not.toBe('administrativo');
    expect(route('meu marido cumpre pena no semiaberto e apanhou dos agentes na revista, quero que o Estado indenize')).toBe('administrativo');
  });

  it('reads a name lent with consent as the client\'s own claim, and a financing a fraudster made in the client\'s name as none', () => {
    expect(notes.extract('ele me pediu pra tirar no meu nome porque tava com o nome sujo')).toContain('name-lent');
    expect(notes.extract('fizeram um financiamento no meu nome que eu nunca contratei')).not.toContain('name-lent');
  });

  it.each<[string, LegalAreaCode]>([
    // A health inspectorate's or a Procon's fine is a police-power sanction, not a tribute (CTN art. 3), however it is billed.
    ['chegou um imposto da prefeitura pra minha lanchonete, é um auto de infração da vigilância sanitária por falta de tela na cozinha', 'administrativo'],
    ['a prefeitura mandou um boleto de imposto, é multa do procon porque não tinha o preço nas prateleiras', 'administrativo'],
    // Goods bought to be resold: a commercial sale between businesses, not a consumer's purchase (CDC art. 2).
    ['comprei 800 peças de uma confecção pra revender, vieram com defeito e eles não trocam, vou no procon', 'empresarial'],
    // A unit owner who takes a common part of the building: condominium law (CC arts. 1.331 §2, 1.335 II).
    ['o vizinho de cima fechou o terraço que é área comum do prédio e colocou cadeado, ninguém mais sobe', 'imobiliario'],
    // The agent who sold the client's land under a power of attorney and kept the price owes it back (CC arts. 667-668).
    ['meu sobrinho cometeu estelionato contra mim: dei uma procuração para ele vender meu terreno, ele vendeu e não me repassou nada', 'civil'],
    // Investigated for withdrawing a dead parent's benefit: the defence, the benefit is the crime's object (CP art. 171 §3).
    ['o inss está me cobrando a aposentadoria da minha mãe que continuou caindo depois que ela faleceu e a polícia federal me intimou como investigado', 'criminal'],
    // A state company's employee hired by exam under the CLT: its disciplinary process and dismissal are a labour case.
    ['sou concursado do banco estadual há 23 anos, carteira assinada, e fui demitido por justa causa depois de um processo administrativo disciplinar', 'trabalhista'],
  ])('routes by role and remedy over another area\'s words %j to %s', (text, area) => {
    expect(route(text)).toBe(area);
  });

  it.each<[string, LegalAreaCode]>([
    // A consumer who bought a car at a dealer ("numa revenda") stays a consumer.
    ['comprei um carro seminovo numa revenda e o motor fundiu em dois meses, a loja não quer consertar', 'consumidor'],
    // A neighbour's leak with no common part in it stays a neighbours' matter.
    ['a vizinha de cima deixou vazar água e estragou meu teto, ela não quer pagar o conserto', 'civil'],
    // A forged power of attorney used against an owner is no mandate the client gave.
    ['venderam meu terreno com uma procuração falsa no cartório, quero anular a escritura', 'imobiliario'],
  ])('keeps %j in %s despite the new role notes', (text, area) => {
    expect(route(text)).toBe(area);
  });

  it('reads a fine imposed on the client, not a complaint the client made to the inspectorate, as a police-power fine', () => {
    expect(notes.extract('recebi um auto de infração da vigilância sanitária')).toContain('police-power-fine');
    expect(notes.extract('passei mal depois de comer no restaurante e denunciei na vigilância sanitária')).not.toContain('police-power-fine');
    expect(notes.extract('dei uma procuração para o meu irmão vender o carro')).toContain('mandate-granted');
    expect(notes.extract('usaram uma procuração falsa para vender meu terreno')).not.toContain('mandate-granted');
  });

  it('reads cruelty to an animal as no elder abuse, and keeps it for an old person', () => {
    expect(notes.extract('fiz boletim de maus tratos contra o vizinho que bate no cachorro')).not.toContain('elder-abuse');
    expect(notes.extract('o filho pratica maus tratos contra a minha mãe de 80 anos')).toContain('elder-abuse');
  });

  it("shows no justa causa reversal to the employer who asks how to dismiss for cause", () => {
    const checker = new SubareaChecker();
    const asked = newFacts({ keywords: ['justa causa', 'contrato de trabalho'] });
    expect(checker.fit(asked, 'trabalhista', 'reversão de justa causa')).toBe('reversão de justa causa');
    expect(checker.fit({ ...asked, notes: ['client-company'] }, 'trabalhista', 'reversão de justa causa')).toBe('direitos trabalhistas');
    expect(notes.extract('tenho uma pequena empresa de reformas')).toContain('client-company');
  });

  it('finds each role and remedy note in its own words', () => {
    expect(notes.extract('quero deixar meus bens para a minha sobrinha')).toContain('succession-planning');
    expect(notes.extract('a pensão estatutária da minha mãe foi cortada')).toContain('statutory-pension');
    expect(notes.extract('fizemos o trespasse do restaurante em março')).toContain('business-sale');
    expect(notes.extract('a partilha registrada deu um terço a cada irmão')).toContain('co-ownership');
    expect(notes.extract('comprei a moto dele, é um particular')).toContain('private-seller');
    expect(notes.extract('dei um cheque para um rapaz de quem comprei uma moto usada')).toContain('private-seller');
    expect(notes.extract('o senhor que me vendeu o cavalo sumiu')).toContain('private-seller');
    expect(notes.extract('a loja que me vendeu a geladeira não troca')).not.toContain('private-seller');
    expect(notes.extract('quero o rateio da pensão com a viúva')).toContain('dependant-benefit');
    expect(notes.extract('me contrataram como PJ, mas eu tinha chefe e horário')).toContain('disguised-employment');
    expect(notes.extract('precisei abrir uma empresa para vender meus doces')).not.toContain('disguised-employment');
    // The employer that refused the work-accident report (CAT, Lei 8.213 art. 22): a claim against the employer, the benefit background.
    expect(notes.extract('a fábrica não quis fazer a CAT e ele está encostado no INSS')).toContain('cat-refused');
    expect(notes.extract('a empresa abriu a CAT no mesmo dia')).not.toContain('cat-refused');
    // A crash on the way to or from work is a work accident (Lei 8.213 art. 21 IV d): the employment stays the claim.
    expect(notes.extract('fui atropelado indo pro trabalho e a firma diz que não tem nada a ver')).toContain('commute-accident');
    expect(notes.extract('bateram na minha moto voltando do serviço')).toContain('commute-accident');
    expect(notes.extract('fui atropelado quando saí da padaria')).not.toContain('commute-accident');
    expect(notes.extract('quero que o inss mude pra acidentario, nao quero brigar com a empresa')).toContain('benefit-conversion');
    expect(notes.extract('quero que ele seja proibido de chegar perto de mim e dos meus filhos')).toContain('violence');
    expect(notes.extract('ele apontou a arma pra mim no portão')).toContain('violence');
    expect(notes.extract('a Caixa marcou o leilão da minha casa pro dia 5')).toContain('home-foreclosed');
    expect(notes.extract('o carro financiado foi apreendido e vai a leilão')).not.toContain('home-foreclosed');
  });

  it.each<[string, LegalAreaCode]>([
    // A customer held and searched by a shop's security on suspicion of theft: a defect of the shop's service (CDC art. 14).
    ['o segurança me segurou na saída do supermercado dizendo que eu tinha roubado, chamaram a polícia e não acharam nada; quero processar o mercado pela humilhação', 'consumidor'],
    // The same customer investigated for the theft defends the criminal case.
    ['fui pego furtando no mercado, o segurança me segurou e agora estou sendo investigado por furto', 'criminal'],
    // A house lent, told by who lives there: the comodato and its benfeitorias, whatever the family's words (CC arts. 581-584, 1.219).
    ['minha sogra deixou a gente morar na casa dela sem pagar aluguel; meu marido faleceu e agora ela quer que eu saia com meus filhos', 'imobiliario'],
    // The shop fined by the Procon defends the administrative proceeding: the customer's complaint is the infraction (CDC arts. 55-57).
    ['o Procon multou minha loja por causa da reclamação de uma cliente sobre uma geladeira com defeito', 'administrativo'],
    // The consumer who complained to the Procon stays a consumer.
    ['reclamei no procon da geladeira com defeito e a loja não troca, quero meu dinheiro de volta', 'consumidor'],
    // The offended person who wants no one jailed and asks damages has not chosen the queixa-crime the police mentioned (CP art. 145).
    ['um vizinho me chamou de ladra no grupo do condomínio; na delegacia falaram em queixa-crime, mas não quero ver ninguém preso, quero uma indenização', 'civil'],
    ['um vizinho me chamou de ladra no grupo do condomínio e quero fazer uma queixa-crime contra ele', 'criminal'],
    // A victim with a protective order already granted who now asks to separate brings the family case; one who asks the order, the criminal one.
    ['ele me agrediu e já tenho medida protetiva; agora preciso me separar de vez e ficar com a guarda dos filhos', 'familia'],
    ['ele me agrediu ontem e ameaçou me matar, preciso de uma medida protetiva urgente', 'criminal'],
    // A servant's payroll loan is the bank's contract (Súmula 297 do STJ); the strike days the city docked are the statute's.
    ['sou servidor da prefeitura, quitei o empréstimo consignado e o banco continua descontando do meu salário', 'consumidor'],
    ['sou servidora da prefeitura e o banco cobra juros abusivos no empréstimo consignado', 'consumidor'],
    ['sou servidor da prefeitura e a prefeitura descontou do meu contracheque os dias de greve', 'administrativo'],
    ['sou servidora municipal, a prefeitura cortou minha gratificação do contracheque e agora nem consigo pagar o consignado', 'administrativo'],
    // The State's temporary hire is a public-law relation (CF art. 37 IX); a temp agency's worker is a CLT employee (Lei 6.019/74).
    ['fui contratada pelo estado por contrato temporário e me dispensaram sem pagar o fgts', 'administrativo'],
    ['fui contratada por uma agência por contrato temporário numa fábrica e me dispensaram sem pagar o fgts', 'trabalhista'],
    // A cloned vehicle's fines go to the Detran and the JARI (Resolução CONTRAN 918/2022); a cloned card, to the bank.
    ['minha moto foi clonada e estão chegando multas de outra cidade', 'administrativo'],
    ['meu cartão foi clonado e fizeram compras que eu não reconheço', 'consumidor'],
    // The city's waste fee collected on the water bill is its tribute (CTN arts. 77 and 79); the water bill itself is the supply's tariff.
    ['o SAAE cobra taxa de lixo junto na conta de água e a coleta nem passa na minha rua', 'tributario'],
    ['a conta de água do SAAE veio dez vezes mais alta e não tem vazamento nenhum em casa', 'consumidor'],
    // What a syndic or a resident posted of the client in the building's group is an offence against honour (CP arts. 138-140; CC art.
    // 953): the damages asked make it civil, the building's front desk no administrative act; the fee rise he posts is the condominium's.
    ['o síndico escreveu no grupo do condomínio que eu sou bêbado; não quero polícia, quero que ele me pague danos morais', 'civil'],
    ['uma moradora postou no grupo do prédio que eu furto as encomendas da portaria e quero uma indenização no juizado', 'civil'],
    ['o síndico avisou no grupo do condomínio que a taxa de condomínio vai subir 40% sem assembleia', 'imobiliario'],
    // A default imputed in the group is the offence; a bank's collection call saying the same is the bank's (CDC art. 42).
    ['o síndico mandou mensagem no grupo do prédio dizendo que eu não pago o condomínio e sou caloteira, mas estou em dia; quero indenização por dano moral', 'civil'],
    ['o banco fica me ligando dizendo que eu não pago a fatura do cartão, mas eu paguei tudo, quero que parem de cobrar', 'consumidor'],
    // A state company's employee hired by exam is a CLT employee (CF arts. 114 I and 173 §1º II); its staff serving a customer is no job of the client's.
    ['sou concursado da Petrobras e sofri um acidente na refinaria, a empresa não emitiu a CAT', 'trabalhista'],
    ['o funcionário da Caixa me atendeu mal e o banco bloqueou minha conta sem motivo', 'consumidor'],
  ])('routes the remedy over misleading words %j to %s', (text, area) => {
    expect(route(text)).toBe(area);
  });

  it.each<[string, LegalAreaCode]>([
    // The other partner facing a partner's ex-spouse who wants in with the quotas of the partition: company law (CC art. 1.027).
    ['meu sócio se divorciou e a ex-mulher dele ficou com metade das cotas no acordo do divórcio; agora ela quer entrar como sócia e ver os livros', 'empresarial'],
    ['temos uma ltda e a ex esposa do meu sócio mandou notificação dizendo que quer ser admitida na sociedade depois da separação', 'empresarial'],
    // The spouse in her own divorce who asks her share of her husband's quotas stays in the family case.
    ['quero me divorciar e a minha parte das cotas da empresa do meu marido, ele diz que eu não posso entrar como sócia', 'familia'],
    // A public emergency unit (UPA) answers as the State does (CF art. 37 §6).
    ['levei meu filho duas vezes na UPA e o médico mandou pra casa dizendo que era virose, era apendicite e ele foi parar na UTI', 'administrativo'],
    // The victim of a drunk driver treated at a UPA asks damages of the driver: civil. The city asked to answer for its hospital's error: the State's.
    ['um motorista bêbado bateu no meu carro, quebrei o braço e fui levado pra UPA; quero que ele pague o conserto e os dias parados', 'civil'],
    ['meu marido morreu por erro médico no hospital municipal, quero que a prefeitura responda e pague uma indenização', 'administrativo'],
    // A camera hidden in the bathroom of a rented room is the crime of CP art. 216-B, not a lease case.
    ['alugo um quarto nos fundos da casa do dono e achei uma câmera pequena escondida no exaustor do banheiro', 'criminal'],
  ])('routes the role and the remedy in %j to %s', (text, area) => {
    expect(route(text)).toBe(area);
  });

  it('reads a partner\'s divorce told by the other partner, not the spouse\'s own', () => {
    expect(notes.extract('meu sócio está se divorciando e a mulher dele quer entrar na sociedade')).toContain('partner-spouse-entry');
    expect(notes.extract('o ex marido da minha sócia quer ingressar como sócio')).toContain('partner-spouse-entry');
    expect(notes.extract('eu e meu marido estamos nos separando e temos uma empresa juntos')).not.toContain('partner-spouse-entry');
  });

  it('reads the time missing to retire as a retirement sought', () => {
    expect(notes.extract('to quase completando o tempo pra aposentar')).toContain('retirement-sought');
    expect(notes.extract('quero que esse tempo conte pra minha aposentadoria')).toContain('retirement-sought');
  });

  it('reads the military police called to the scene as who recorded it, and a guard who is the client as a job', () => {
    expect(notes.extract('chamaram a polícia militar e os policiais revistaram tudo')).not.toContain('opponent-public-body');
    expect(notes.extract('a polícia militar me agrediu na abordagem')).toContain('opponent-public-body');
    expect(notes.extract('os seguranças me levaram para uma salinha e revistaram minha bolsa')).toContain('store-search');
    expect(notes.extract('trabalho de segurança no shopping há dois anos')).not.toContain('store-search');
    expect(notes.extract('ela deixou a gente morar lá sem pagar nada')).toContain('home-lent');
  });

  it.each<[string, LegalAreaCode]>([
    // The neighbour's wall past the boundary: the strip of land taken back, whatever the threat reported to the police.
    ['meu vizinho me ameaçou e fiz boletim de ocorrência por ameaça, mas o muro da obra dele passou da divisa e entrou dentro do meu terreno, quero que derrube', 'imobiliario'],
    // A tax contested or charged on a family event: the partition or the severance pay is the taxed fact.
    ['me divorciei, a partilha foi homologada e agora a Fazenda cobra ITCMD sobre a partilha, tenho prazo pra pagar ou impugnar', 'tributario'],
    ['aderi ao PDV e na rescisão descontaram IRRF sobre a indenização, quero o imposto de volta', 'tributario'],
    // A servant who invokes the servants' statute, told with an employer's words.
    ['meu patrão não paga o adicional noturno, o patrão é a prefeitura e o estatuto dos servidores diz que tem', 'administrativo'],
    // A worker's own company that was the hirer's disguise: the employment asked to be recognised.
    ['tenho uma empresa, emitia nota todo mês pro mesmo cliente com horário e chefe, quero ser reconhecido como empregado e receber férias e FGTS', 'trabalhista'],
    // The landlord of a relative: the tenant's kinship only says who occupies the house let.
    ['fiz contrato de locação da minha casa com a minha ex-nora, ela mora lá com meu neto e parou de pagar o aluguel desde o divórcio do meu filho; a pensão do menino já está resolvida', 'imobiliario'],
  ])('routes the remedy over another area\'s loud words %j to %s', (text, area) => {
    expect(route(text)).toBe(area);
  });

  it.each<[string, LegalAreaCode]>([
    // A nuisance on the land is no encroachment; an inventory without the tax named stays a family case.
    ['a árvore do vizinho caiu no meu terreno e quebrou o muro, quero que ele pague o conserto', 'civil'],
    ['meu pai faleceu e quero abrir o inventário da casa com meus irmãos', 'familia'],
  ])('keeps %j in %s beside the new remedy notes', (text, area) => {
    expect(route(text)).toBe(area);
  });

  it('reads part of the land taken or claimed by the neighbour as a boundary crossed (CC arts. 1.210 and 1.297-1.298), not works nearby nor a part only used', () => {
    expect(notes.extract('o vizinho construiu a garagem dele e invadiu parte do meu terreno')).toContain('boundary-encroachment');
    expect(notes.extract('meu vizinho diz que quatro metros do meu quintal são dele')).toContain('boundary-encroachment');
    expect(notes.extract('a vizinha fez um puxadinho que entrou uns dois metros no meu terreno')).toContain('boundary-encroachment');
    expect(notes.extract('a obra do vizinho fica a dois metros do meu terreno e rachou minha parede')).not.toContain('boundary-encroachment');
    expect(notes.extract('uso parte do meu quintal como horta')).not.toContain('boundary-encroachment');
    expect(route('o vizinho diz que dois metros do meu quintal são dele e quer mudar o muro de lugar, tenho a escritura')).toBe('imobiliario');
    expect(route('a obra do vizinho rachou a parede da minha casa, quero que ele pague o conserto')).not.toBe('imobiliario');
  });

  it('reads a boundary crossed and a tax contested, not a tree fallen nor a tax only paid', () => {
    expect(notes.extract('a cerca dele avançou a divisa')).toContain('boundary-encroachment');
    expect(notes.extract('a árvore caiu no meu terreno')).not.toContain('boundary-encroachment');
    expect(notes.extract('quero contestar esse imposto')).toContain('tax-contested');
    expect(notes.extract('paguei o imposto em dia')).not.toContain('tax-contested');
  });

  it.each<[string, LegalAreaCode]>([
    // An assault at work with the CAT refused is a work accident (Lei 8.213 art. 21 II a): the claim is the employer's.
    ['sou atendente numa loja e um cliente me agrediu no balcão, levei um soco e fiz boletim; a empresa não quis abrir a CAT e quero que ela pague o tratamento', 'trabalhista'],
    // A home worker claims her rights from the estate of the employer who died (LC 150; CC art. 1.997).
    ['trabalhei quinze anos de doméstica na casa de uma senhora que faleceu, os filhos estão no inventário e eu só quero os meus direitos de trabalhadora', 'trabalhista'],
    // A penal police officer holds a post under the State's statute: the dismissal is an administrative act.
    ['sou agente penitenciário, fui demitido depois de um processo disciplinar e quero os meus direitos trabalhistas', 'administrativo'],
    // The ex-wife who received support asks her share of the INSS death pension (Lei 8.213 art. 76 §2º).
    ['meu ex-marido me pagava pensão alimentícia e morreu; a companheira dele já pediu a pensão por morte no INSS e eu quero a minha parte da pensão', 'previdenciario'],
    // A leak in the neighbour's unit, not in a common part: a neighbours' claim (CC art. 1.277).
    ['o vizinho de cima tem um vazamento que desce no meu teto; o síndico disse que não é da parte comum e o condomínio não vai fazer nada', 'civil'],
    // The furniture it spoiled, bought at a shop with its invoice, is the loss the neighbour repairs: he is no supplier (CDC arts. 2º-3º).
    ['o apartamento de cima teve um vazamento e a água estragou meu sofá; comprei na loja em março, tenho as notas, e o vizinho não quer pagar', 'civil'],
    // A parked car dented or stoned by a person, asked of that person: his to repair (CC arts. 186 and 927), the car park only where.
    ['uma mulher deu ré e amassou a porta do meu carro no estacionamento da farmácia; anotei a placa e quero que ela pague o conserto', 'civil'],
    ['jogaram uma pedra no para-brisa do meu carro no estacionamento da rodoviária, o vigia segurou o cara; quero que esse cara me pague o vidro', 'civil'],
    // A theft suffered with the police report asked about, and documents lost with their report: the police's route (CP arts. 155
    // and 157; CPP arts. 4º-5º; Lei 7.116/83).
    ['bateram minha carteira no ônibus com o cartão e a identidade; quero fazer o boletim e saber se dá pra pegar o ladrão', 'criminal'],
    ['arrombaram meu carro na rua e levaram o som, vale a pena registrar ocorrência?', 'criminal'],
    ['meu celular foi furtado no metrô; já fiz o boletim de ocorrência e bloqueei o aparelho, tenho a nota fiscal da loja', 'criminal'],
    ['perdi meus documentos no centro, preciso fazer o boletim pra tirar a segunda via?', 'criminal'],
    // A private school withholding the transfer papers for unpaid fees (Lei 9.870 art. 6º).
    ['a escola particular não quer me dar a declaração de transferência da minha filha porque estou devendo mensalidades e diz que o contrato de matrícula permite', 'consumidor'],
  ])('routes by the client\'s role and remedy over the loud words %j to %s', (text, area) => {
    expect(route(text)).toBe(area);
  });

  it.each<[string, LegalAreaCode]>([
    // A co-worker's assault the victim wants prosecuted, with no CAT asked, stays on the criminal route.
    ['um colega de trabalho me agrediu na fábrica e me ameaça; quero que ele responda criminalmente pelo que fez', 'criminal'],
    // A common part taken by a neighbour stays a condominium case.
    ['o vizinho de cima fechou a área comum do terraço e o síndico não faz nada', 'imobiliario'],
    // The sofa's own defect, with no leak from above, stays the shop's (CDC art. 18).
    ['comprei um sofá na loja em março e o tecido rasgou, tenho as notas e a loja não quer trocar', 'consumidor'],
    // The same dent in a car park asked of the car park or the shop that kept the car is theirs (Súmula 130 do STJ; CDC art. 14).
    ['amassaram a porta do meu carro no estacionamento do supermercado e o mercado diz que não se responsabiliza, quero que o mercado pague', 'consumidor'],
    ['riscaram meu carro no estacionamento do shopping e a administração diz que não se responsabiliza; quero que o shopping pague a pintura', 'consumidor'],
    // The same theft asked of the keeper (Súmula 130 do STJ; CDC art. 14) or of the bank (Súmula 479 do STJ) stays a consumer's claim.
    ['furtaram minha moto do estacionamento pago do shopping, fiz o boletim; quero que o shopping pague a moto', 'consumidor'],
    ['roubaram meu celular e fizeram pix da minha conta, fiz o boletim e quero que o banco devolva o dinheiro', 'consumidor'],
  ])('keeps %j in %s beside the role and remedy rules', (text, area) => {
    expect(route(text)).toBe(area);
  });

  it.each<[string, LegalAreaCode]>([
    // A servant who names the statute is no employee, whatever "CLT" or "justiça do trabalho" the lay question uses (STF ADI 3.395);
    // a state company's celetista stays a labour case.
    ['o patrão cortou minha gratificação, isso não é contra a CLT? sou estatutário da prefeitura, quero ir na justiça do trabalho', 'administrativo'],
    ['sou celetista da companhia de saneamento do estado e cortaram meu adicional noturno, carteira assinada desde 2015', 'trabalhista'],
    // A defamed former partner who wants a queixa-crime: the company is the setting (CP arts. 138-139 and 145).
    ['meu antigo sócio falou para os clientes da empresa que eu desviei o caixa da sociedade; quero que ele responda criminalmente', 'criminal'],
    // A partner only on paper, put there by the owner instead of a registered job: an employment (CLT arts. 3º and 9º).
    ['o dono do salão me colocou como sócio com 2% das quotas porque era mais barato que assinar a carteira; eu batia ponto todo dia', 'trabalhista'],
    // The heirs asking the deed of a parent's house: the inventory gives it (CC art. 1.784; CPC art. 610).
    ['meu pai faleceu, somos três filhos e herdeiros, e preciso transferir a escritura da casa pro meu nome e dos meus irmãos', 'familia'],
    // A buyer asking the deed of a house paid to a seller, no death in the family: the deed is the case.
    ['paguei todas as parcelas do terreno e o vendedor não quer passar a escritura pro meu nome', 'imobiliario'],
    // A dismissed worker summoned by the police about the cash that went missing: the defence in the inquiry comes first (SV 14).
    ['me demitiram por justa causa dizendo que sumiu dinheiro do caixa e agora recebi uma intimação pra comparecer na delegacia', 'criminal'],
    // The father summoned to pay the support arrears in three days or be jailed: a family court's execution (CPC art. 528).
    ['perdi o emprego na fábrica, a rescisão nem saiu, e a mãe do meu filho está cobrando a pensão: o oficial falou em pagar em 3 dias, provar que paguei ou justificar', 'familia'],
    // A car sold whose fines still arrive in the seller's name: the buyer must transfer it (CTB art. 134), a civil claim.
    ['vendi meu carro pra um rapaz pela OLX, os cheques voltaram e agora chegam multas de velocidade no meu nome; quero o dinheiro ou o carro de volta', 'civil'],
    // Called a fraudster online by a customer, the offended person asks the money: the accusation is the offence against honour.
    ['uma cliente postou no grupo do bairro que eu sou golpista, perdi várias encomendas e quero que ela me pague pelo prejuízo', 'civil'],
  ])('routes %j to %s by the client\'s role and remedy (routing-cases-35)', (text, area) => {
    expect(route(text)).toBe(area);
  });

  it.each<[string, LegalAreaCode]>([
    // A servant under Lei 8.112/90, or working at a federal university (an autarquia: RJU, arts. 1º and 243), told in labour words.
    ['vão me mandar embora por justa causa por abandono de emprego, sou servidora pelo regime da lei 8.112, preciso de advogado trabalhista?', 'administrativo'],
    ['trabalho como técnico numa universidade federal há 8 anos e querem me demitir por justa causa, vou procurar o sindicato', 'administrativo'],
    // A terceirizado at the same university stays an employee of the contractor (CLT).
    ['sou terceirizada numa universidade federal, a empresa me mandou embora por justa causa e não pagou a rescisão', 'trabalhista'],
    // A fine for a cloned plate, told as a scam with a police report: the defesa da autuação and the JARI (CTB arts. 280-285).
    ['clonaram a placa do meu carro, chegou multa de uma cidade onde nunca fui; fiz boletim de ocorrência de estelionato', 'administrativo'],
    ['recebi multas de outro carro com a mesma placa, fiz boletim de ocorrência por estelionato e quero fazer a defesa prévia', 'administrativo'],
    // The Union's debt and the Receita's assessment for undeclared income: tax law, whatever the family words (CTN arts. 142 and 201).
    ['recebi protesto de uma dívida com a União por omissão de rendimentos da pensão alimentícia dos meus filhos que eu declarei', 'tributario'],
    // A dead husband's retirement told as an estate by his children: the widow's death pension (Lei 8.213 arts. 74, 77 and 112).
    ['meu marido era aposentado e faleceu; os filhos dele dizem que a aposentadoria dele é herança e vai para o inventário', 'previdenciario'],
    // A buyer who paid the house asking it in his own name, against the seller's heirs: adjudicação compulsória (CC art. 1.418; Súmula 239 STJ).
    ['paguei a casa toda por contrato de gaveta, o vendedor faleceu e os herdeiros dizem que ela entra na partilha; quero passar a casa para o meu nome', 'imobiliario'],
  ])('routes %j to %s by the legal relation under the words (routing-cases-38)', (text, area) => {
    expect(route(text)).toBe(area);
  });
  it.each<[string, LegalAreaCode]>([
    // A prisoner's family asks the INSS's auxílio-reclusão (Lei 8.213 art. 80): the arrest is its fato gerador, not a defence.
    ['meu companheiro foi preso e condenado, está no regime fechado; queria saber do auxilio que o governo paga pra familia, o processo dele a defensoria ve', 'previdenciario'],
    // The wife who asks her husband's release is on the criminal route.
    ['meu marido foi preso ontem em flagrante e está no presídio, quero um advogado pra pedir a liberdade dele', 'criminal'],
    // A house bought by a private contract to deed (CC arts. 108 and 1.245): the ITBI and the IPTU are its costs, not a tax dispute.
    ['comprei uma casa por contrato particular e ela nunca foi passada pro meu nome; o IPTU vem no meu nome e quero saber o custo do ITBI, o imposto da prefeitura, e do cartório', 'imobiliario'],
    // A commercial representative whose contract was ended (Lei 4.886/65 arts. 27 j and 34), a labour suggestion aside.
    ['sou representante comercial com empresa registrada no Core, a fábrica me mandou embora sem aviso e não paga as comissões; um amigo falou da justiça do trabalho', 'empresarial'],
    // A salesman with a signed card keeps the labour route.
    ['eu era vendedor externo de carteira assinada e me mandaram embora sem pagar as comissões', 'trabalhista'],
    // A former partner in the Union's tax execution for an irregular dissolution (CTN art. 135 III; Súmula 435 do STJ).
    ['saí da sociedade em 2019 com alteração na junta comercial; a Procuradoria da Fazenda pediu pra me incluir na execução por dissolução irregular, dívida de PIS e Cofins', 'tributario'],
    // A debtor of a private loan threatened with a complaint for estelionato (CC arts. 586 and 591).
    ['ele me emprestou 30 mil e atrasei, agora diz que vai me denunciar por estelionato na delegacia; quero fazer um acordo', 'civil'],
  ])('routes %j to %s by the client\'s role and remedy (routing-cases-46)', (text, area) => {
    expect(route(text)).toBe(area);
  });
  it.each<[string, LegalAreaCode]>([
    // The family asks the State to pay for a prisoner killed or hurt in its custody (CF art. 37 §6; STF Tema 592).
    ['meu sobrinho foi morto por outros presos dentro da cadeia e a delegacia abriu inquérito; queremos processar o estado pela morte dele', 'administrativo'],
    ['meu pai estava preso na penitenciária e morreu sem atendimento médico, a família quer responsabilizar o estado', 'administrativo'],
    // The family that wants the prisoner out is on the criminal route.
    ['meu sobrinho foi preso em flagrante e está na cadeia, queremos tirar ele de lá', 'criminal'],
    // A bounced cheque or an unpaid promissory note is collected in the civil courts (Lei 7.357/85 art. 47; CPC art. 784 I).
    ['vendi minha geladeira pra um conhecido, ele pagou com cheque que voltou sem fundo; isso é estelionato, registrei BO', 'civil'],
    ['o comprador do meu carro me deu cinco cheques e três voltaram, fiz boletim de ocorrência por estelionato e quero receber', 'civil'],
    // A company's customer whose cheques bounced: the company collects in a commercial case.
    ['minha empresa vende material de construção e um cliente pagou com cheques que voltaram sem fundo; temos CNPJ e queremos receber', 'empresarial'],
    // A fake seller paid by Pix, the client wanting him prosecuted, stays criminal.
    ['paguei um pix de 2 mil pra um falso vendedor no instagram e quero que a polícia prenda esse golpista', 'criminal'],
    // Outsourced workers ask the contractor and the tomadora (Súmula 331 IV-V TST).
    ['trabalho de porteiro num condomínio pela empresa de portaria, que sumiu sem pagar o salário; o síndico diz que já pagou o contrato', 'trabalhista'],
    ['sou vigilante num shopping e quem me paga é uma empresa de segurança; ela fechou e o shopping diz que o contrato era com ela', 'trabalhista'],
    // An outsourced guard hit by a car on the way asks the driver: a civil claim (CC arts. 186 and 927).
    ['sou vigilante terceirizado num banco e um carro bateu na minha moto quando eu voltava; quero indenização do motorista', 'civil'],
    // A car stolen in a mall's car park is a consumer's claim (Súmula 130 do STJ), the guard only a witness.
    ['furtaram meu carro no estacionamento do shopping e o vigilante não viu nada; o shopping não quer pagar', 'consumidor'],
    // The widow or the heirs against the surviving partners over the dead partner's quotas (CC arts. 1.028 and 1.031).
    ['meu marido faleceu, era sócio de uma padaria com o irmão, e o cunhado não quer pagar a parte dele; o inventário já está aberto', 'empresarial'],
    // A plain inventory stays a succession.
    ['meu marido faleceu e deixou uma casa e um carro, preciso fazer o inventário', 'familia'],
  ])('routes %j to %s by the client\'s role and remedy (routing-cases-47)', (text, area) => {
    expect(route(text)).toBe(area);
  });

  it.each<[string, LegalAreaCode]>([
    // The street-lighting contribution by its abbreviation is the city's tribute billed on the power bill (CF art. 149-A; CTN art. 165).
    ['na conta de luz vem uma CIP da prefeitura de 85 reais, quero pedir de volta o que paguei a mais pro municipio', 'tributario'],
    ['a prefeitura cobra uma taxa de iluminação pública na minha conta de energia e o vizinho paga bem menos', 'tributario'],
    // The city's waste fee told with the article, billed on the water bill (CF art. 145 II; SV 19); the sewage tariff the water company
    // charges is its consumer's (CDC art. 42 § único; STJ Tema 565).
    ['a prefeitura passou a cobrar a taxa do lixo junto da conta de água e quero contestar', 'tributario'],
    ['a companhia de saneamento cobra esgoto na minha conta de água mas na rua não tem rede, quero o dinheiro de volta', 'consumidor'],
    // The power bill itself is still the distributor's consumer's (CDC art. 22).
    ['minha conta de luz veio 900 reais sendo que sempre veio 150, a companhia de energia não resolve', 'consumidor'],
    // A pothole on a toll road: the driver who pays the toll is the concessionaire's consumer (CDC arts. 14 and 22; Lei 8.987/95 art. 25).
    ['estourei dois pneus num buraco na rodovia, era trecho com pedágio e a concessionária não quer ressarcir', 'consumidor'],
    ['paguei o pedágio e logo depois bati numa pedra na pista, a concessionária da rodovia nega o conserto', 'consumidor'],
    ['amassei a roda num buraco na estrada, tinha acabado de pagar na praça de pedágio, e quero o prejuízo de volta', 'consumidor'],
    // The business the client owns and its exclusivity contract with the manufacturer: a contract between companies (CC arts. 473 and 711).
    ['sou dono de uma pequena distribuidora de bebidas e a fabricante rompeu nosso contrato de exclusividade, o contrato tem multa de rescisão e quero ser indenizado', 'empresarial'],
    // A blow told by the act (CP art. 129; from a partner, Lei 11.340 art. 7 I), over the phone it broke; a past blow beside a custody ask
    // stays the family case it is.
    ['meu noivo me deu um tapa e quebrou meu celular, quero denunciar', 'criminal'],
    ['um desconhecido me deu uns murros no ponto de ônibus e quero que ele responda', 'criminal'],
    ['faz dois anos ele me deu um soco, hoje quero a guarda da minha filha e a pensão alimentícia', 'familia'],
  ])('routes %j to %s by who the other side is (routing-cases-52)', (text, area) => {
    expect(route(text)).toBe(area);
  });

  it('reads the client as the business only when the client owns it, and the CIP as the tax authority', () => {
    expect(notes.extract('sou dono de uma pequena distribuidora de bebidas')).toContain('client-company');
    expect(notes.extract('sou dona de uma padaria no centro')).toContain('client-company');
    // The other side's business ("ele é dono de uma loja") and a house the client owns name no company of the client.
    expect(notes.extract('ele é dono de uma loja de material de construção')).not.toContain('client-company');
    expect(notes.extract('sou dono de uma casa que alugo')).not.toContain('client-company');
    expect(notes.extract('vem uma CIP da prefeitura na conta de luz')).toContain('tax-authority');
    expect(notes.extract('a prefeitura cobra a taxa da coleta de lixo no carnê')).toContain('tax-authority');
    // A landlord's cleaning charge is no city fee.
    expect(notes.extract('o dono do apartamento quer descontar uma taxa de limpeza da caução')).not.toContain('tax-authority');
    // The street lights themselves are no tribute: a lamp out is the city's service.
    expect(notes.extract('a iluminação pública da minha rua está apagada faz meses')).not.toContain('tax-authority');
  });

  it.each<[string, LegalAreaCode]>([
    // The State's military and police servants under statute (CF arts. 42, 142 §3º and 144; Lei 6.880/80): their career, pay and
    // discipline are acts of the State, whatever police, barracks or pay-slip words tell the job.
    ['sou sargento do corpo de bombeiros e pedi a reserva remunerada, mas o comando negou', 'administrativo'],
    ['fui excluído da corporação a bem da disciplina depois de um conselho de disciplina, era cabo', 'administrativo'],
    ['meu neto é militar temporário e vão dar baixa dele machucado, ele se feriu no quartel', 'administrativo'],
    ['sou policial penal e o estado não paga o adicional noturno nem as horas do plantão extra', 'administrativo'],
    ['sou pm e tiraram a gratificação do meu contracheque sem explicação', 'administrativo'],
    // The same job when the officer is accused of a crime, and a private guard's overtime under the CLT.
    ['sou policial militar e estou sendo processado por abuso de autoridade numa abordagem', 'criminal'],
    ['sou vigilante de empresa de segurança, carteira assinada, e não pagam minhas horas extras', 'trabalhista'],
    // A commissioned function taken back in a bank or a state company under the CLT (CLT art. 468; Súmula 372 TST), and a statutory
    // servant's função gratificada taken back by the city (CF art. 37 V).
    ['trabalho na caixa há 12 anos e me descomissionaram, perdi a gratificação de função', 'trabalhista'],
    ['sou servidora efetiva do município e me tiraram a função gratificada que eu tinha há 8 anos', 'administrativo'],
  ])('routes %j to %s by the State as the servant\'s side (routing-cases-52)', (text, area) => {
    expect(route(text)).toBe(area);
  });

  it.each([
    // A salesperson's commissions withheld or cut by the employer, whatever it sells (CLT arts. 457 §1º and 468; Lei 3.207/57).
    ['trabalho numa imobiliária como corretor e estou com as comissões atrasadas desde março', 'trabalhista'],
    ['reduziram a comissão de todos os vendedores da loja de departamento de uma hora pra outra', 'trabalhista'],
    ['trabalho numa revenda de carros e eles não pagam comissão das vendas financiadas', 'trabalhista'],
    // An autonomous representative's commissions are a business contract (Lei 4.886/65 art. 32).
    ['sou representante comercial autônomo e a fábrica parou de pagar minhas comissões', 'empresarial'],
  ])('routes %j to %s by the commissions an employer owes (complexity-cases-138)', (text, area) => {
    expect(route(text)).toBe(area);
  });

  it('reads a member of the forces told in the first person as a statutory servant, not the police named as who acted', () => {
    expect(notes.extract('sou policial civil há 12 anos')).toContain('statutory-servant');
    expect(notes.extract('eu sou bombeiro militar em Santa Catarina')).toContain('statutory-servant');
    expect(notes.extract('um policial militar me agrediu na abordagem')).not.toContain('statutory-servant');
    // A notary's clerk is hired under the CLT by the notary (Lei 8.935/94 art. 20).
    expect(notes.extract('sou escrevente do cartório de notas')).not.toContain('statutory-servant');
  });

  it.each<[string, LegalAreaCode]>([
    // Child support asked after the father's arrest for domestic violence: an alimony claim (CC art. 1.694; Lei 11.340 art. 14-A).
    ['meu marido foi preso por violência doméstica, me bateu na frente das crianças, e agora quero pedir pensão pros meus filhos', 'familia'],
    // The protective order itself asked, the support one of its measures (Lei 11.340 art. 22 V).
    ['meu marido me bateu e quero pedir medida protetiva, e pensão pros meus filhos', 'criminal'],
    // The custody asked in lay words beside the protective order (CC art. 1.584 §2º).
    ['meu ex me empurrou e me ameaçou, quero uma medida protetiva e ficar com as crianças', 'familia'],
    // The protective order alone stays with the criminal court.
    ['meu ex me empurrou e me ameaçou, quero uma medida protetiva', 'criminal'],
    // A partner's account frozen by the labour court's piercing of the company's veil (CLT art. 855-A).
    ['eu era sócio da empresa e o juiz da vara do trabalho bloqueou minha conta no processo trabalhista de um ex funcionário', 'trabalhista'],
    // The company's tax enforced against the partner (CTN art. 135 III).
    ['sou sócio e bloquearam minha conta numa execução fiscal de icms da empresa', 'tributario'],
    // A guesthouse (pensão) booked is lodging, its guest a consumer (CDC art. 14).
    ['fiz reserva numa pensão na praia, paguei no pix e a dona da pensão cancelou e não devolve', 'consumidor'],
    // A paid-off car whose lien the lender never lifted, told as blocked at the Detran: the bank's service (CDC art. 14), no act of the Detran.
    ['quitei o financiamento do carro e ele continua bloqueado no detran, o banco diz que já mandou a baixa do gravame', 'consumidor'],
  ])('routes %j to %s by the remedy asked over the background (routing-cases-53)', (text, area) => {
    expect(route(text)).toBe(area);
  });

  it('reads support asked for the children as the remedy, and support paid for them as the payer\'s', () => {
    expect(notes.extract('quero que ele pague pensão pros meninos')).toEqual(expect.arrayContaining(['support-sought', 'child-support']));
    expect(notes.extract('preciso entrar com a pensão alimentícia deles')).toContain('support-sought');
    // The payer told with the child is no claimant (CC art. 1.699).
    const paid = notes.extract('eu pago pensão pra minha filha de 8 anos');
    expect(paid).toEqual(expect.arrayContaining(['support-payer', 'child-support']));
    expect(paid).not.toContain('support-sought');
  });

  it('reads a partner only as told of the client, and the labour court by its names', () => {
    expect(notes.extract('saí da sociedade em 2022 e colocaram meu nome como sócia')).toContain('company-partner');
    expect(notes.extract('meu sócio sumiu com o dinheiro')).not.toContain('company-partner');
    expect(notes.extract('foi na vara do trabalho de Campinas')).toContain('labour-court');
  });

  it("reads a relative's employer or landlord, not the client's own", () => {
    expect(notes.extract('o patrão do meu marido me ameaçou')).toContain('relative-counterpart');
    expect(notes.extract('o dono da casa que meu filho aluga me xingou')).toContain('relative-counterpart');
    expect(notes.extract('meu patrão me ameaçou no serviço')).not.toContain('relative-counterpart');
  });

  it('reads a report named by an offence against honour as the penal route chosen, not a threat\'s report', () => {
    expect(notes.extract('quero registrar ocorrência de difamação contra ela')).toContain('criminal-complaint');
    expect(notes.extract('quero processar ela criminalmente')).toContain('criminal-complaint');
    expect(notes.extract('já fiz boletim de ocorrência por ameaça')).not.toContain('criminal-complaint');
  });

  it('reads a trader gone with the clients\' money as the consumer\'s contract, not the police inquiry', () => {
    expect(notes.extract('a agencia de viagem sumiu, tem inquerito na policia')).toContain('supplier-vanished');
    expect(notes.extract('o dono desapareceu com o dinheiro de muita gente')).toContain('supplier-vanished');
    expect(notes.extract('a empresa fechou as portas e não pagou a rescisão')).not.toContain('supplier-vanished');
    expect(route('a loja de moveis fechou as portas, o dono desapareceu com o dinheiro de muita gente, a policia investiga estelionato e eu quero recuperar o meu dinheiro')).toBe('consumidor');
  });

  it("reads a child's sexual abuse or naked images told with a child named as the crime's case, unless only a family remedy or damages are asked", () => {
    // Estupro de vulnerável (CP art. 217-A) and a child's images (ECA arts. 240-241-D), told with a child named.
    expect(notes.extract('minha neta de 5 anos disse que o tio dela mexe nela quando ela dorme lá')).toContain('child-sexual-abuse');
    expect(notes.extract('o motorista da van toca nas partes íntimas da minha filha de 7 anos')).toContain('child-sexual-abuse');
    expect(notes.extract('meu ex-cunhado estuprou minha filha de 10 anos')).toContain('child-sexual-abuse');
    expect(notes.extract('o técnico filmou meu sobrinho de 11 anos pelado no vestiário')).toContain('child-sexual-abuse');
    expect(notes.extract('um colega mandou nudes pra minha filha de 12 anos')).toContain('child-sexual-abuse');
    // No child named, one of full age, a football game, the client's own past abuse.
    expect(notes.extract('o chefe passou a mão nela na frente de todos')).not.toContain('child-sexual-abuse');
    expect(notes.extract('minha filha de 25 anos disse que o chefe passou a mão nela')).not.toContain('child-sexual-abuse');
    expect(notes.extract('meu filho machucou o joelho jogando pelada na escola')).not.toContain('child-sexual-abuse');
    expect(notes.extract('fui abusada pelo meu tio quando era criança')).not.toContain('child-sexual-abuse');
    // The custody, the school, the job or the shop where it happened is background: the crime's case.
    expect(route('minha filha de 6 anos voltou da visita dizendo que o pai mexe nela no banho, temos guarda compartilhada e ela fica com ele a cada quinze dias')).toBe('criminal');
    expect(route('o professor de educação física da escola da minha filha de 11 anos passou a mão nela na sala e mandava mensagens pedindo segredo')).toBe('criminal');
    expect(route('o funcionário da loja de brinquedos levou minha filha de 8 anos pro estoque e passou a mão nela')).toBe('criminal');
    // Only the family remedy (CC arts. 1.586 and 1.637-1.638), unless the prosecution is asked too.
    expect(notes.extract('quero suspender as visitas do pai')).toContain('family-protection-sought');
    expect(notes.extract('o que eu faço pra ele não poder pegar ela?')).toContain('family-protection-sought');
    expect(route('o pai mexe nela nas visitas, minha filha de 6 anos contou, e eu só quero suspender as visitas e mudar a guarda')).toBe('familia');
    expect(route('o pai mexe nela nas visitas, minha filha de 6 anos contou, quero que ele seja preso e suspender as visitas')).toBe('criminal');
    // The custody held is no custody asked.
    expect(notes.extract('meu sobrinho mora comigo, eu tenho a guarda dele')).not.toContain('custody-sought');
    expect(notes.extract('quero ficar com a guarda dele')).toContain('custody-sought');
  });

  it('reads a hidden camera found in a lodging as the crime of recording intimacy, not the booking (CP art. 216-B)', () => {
    expect(notes.extract('encontrei uma mini câmera no banheiro')).toContain('hidden-camera');
    expect(route('to hospedada num apartamento de aluguel por temporada e encontrei uma mini câmera no banheiro, o anfitrião não sabe')).toBe('criminal');
    expect(route('reservei uma pousada pelo site e quando cheguei o quarto estava sujo e o anfitrião não devolve o dinheiro')).not.toBe('criminal');
    // A fitting room, a hotel's bedroom, a device it hides in or a camera disguised; a tiny camera only when found or hidden.
    expect(notes.extract('vi uma câmera escondida no provador da loja')).toContain('hidden-camera');
    expect(notes.extract('achei uma câmera escondida no detector de fumaça do quarto')).toContain('hidden-camera');
    expect(notes.extract('tinha uma câmera escondida no quarto do hotel')).toContain('hidden-camera');
    expect(notes.extract('encontrei uma camera disfarçada de relógio')).toContain('hidden-camera');
    expect(notes.extract('achei uma minicâmera no vestiário do clube')).toContain('hidden-camera');
    expect(notes.extract('comprei uma mini câmera wifi pela internet e ela não liga')).not.toContain('hidden-camera');
    expect(notes.extract('coloquei uma câmera escondida no quarto do bebê pra ver a babá')).not.toContain('hidden-camera');
    expect(notes.extract('o patrão colocou câmera escondida no escritório')).not.toContain('hidden-camera');
  });

  it('reads a business whose supplier, distributor or business customer ended the contract or cut the supply as a business contract (CC arts. 421-A, 473 p.u., 475)', () => {
    expect(notes.extract('o frigorífico parou de fornecer')).toContain('business-contract-ended');
    expect(notes.extract('a distribuidora rompeu o contrato sem aviso')).toContain('business-contract-ended');
    // The company told by what it is or by its trade, and the food business the client runs.
    expect(notes.extract('minha empresa é uma transportadora pequena')).toContain('client-company');
    expect(notes.extract('minha empresa de embalagens comprou resina')).toContain('client-company');
    expect(notes.extract('minha hamburgueria tem contrato com um frigorífico')).toContain('client-company');
    expect(route('minha hamburgueria tem contrato com um frigorífico e eles pararam de fornecer, o contrato tem multa rescisória e quero uma indenização pelo prejuízo')).toBe('empresarial');
    expect(route('sou dono de uma pequena transportadora e a distribuidora que era nossa principal cliente encerrou o contrato sem avisar, o contrato tinha multa rescisória e eu quero uma indenização')).toBe('empresarial');
    // A consumer's supply cut or plan rescinded, and a worker whose employer lost its contract, are no business contract.
    expect(route('a companhia de energia suspendeu o fornecimento da minha casa por uma conta que eu já paguei')).not.toBe('empresarial');
    expect(route('o plano de saúde rescindiu o contrato da minha mãe sem aviso, ela faz tratamento do coração')).not.toBe('empresarial');
    expect(route('sou vigilante com carteira assinada, o banco encerrou o contrato com a empresa e ela me mandou embora sem pagar a rescisão')).toBe('trabalhista');
  });

  it("reads an employer's business sold or changed owner, told by its worker, as the succession of employers (CLT arts. 10, 448, 448-A)", () => {
    // The sale and the old and new owners tell the succession only beside a job held there (`worker-told`), anywhere in the conversation.
    expect(notes.extract('o posto foi vendido e o novo dono negou que deve as horas extras do tempo do antigo dono')).toEqual(
      expect.arrayContaining(['employer-succession', 'worker-told']),
    );
    expect(notes.extract('meu marido trabalha numa transportadora que foi vendida')).toEqual(expect.arrayContaining(['employer-succession', 'worker-told']));
    expect(notes.extract('a lanchonete foi vendida e o novo dono não quer pagar')).not.toContain('worker-told');
    expect(route('a lanchonete foi vendida e o novo dono se recusa a pagar as ferias vencidas do tempo do antigo, sou atendente faz 4 anos')).toBe('trabalhista');
    expect(route('o hotel mudou de dono e o novo dono mandou todo mundo embora dizendo que a rescisão é com o dono anterior, eu era camareira')).toBe('trabalhista');
    expect(route('a padaria foi passada pra outro dono e ele quer que a gente assine um contrato novo sem o tempo de casa, trabalho de balconista há 5 anos')).toBe('trabalhista');
    // Without a job told, the sale is the tenant's, the buyer's or the customer's: the rule does not apply.
    const facts = (text: string) => ({ ...classifier.score(text), found: notes.extract(text) });
    const tenant = facts('a padaria foi vendida e o novo dono quer aumentar o aluguel da sala em cima dela, que eu alugo');
    expect(tenant.found).toContain('employer-succession');
    expect(tenant.found).not.toContain('worker-told');
    expect(classifier.choose(tenant.areaScores, tenant.found).area).toBe(classifier.choose(tenant.areaScores, tenant.found.filter((n) => n !== 'employer-succession')).area);
    // The buyer of the business facing the old owner's staff tells no job of their own.
    expect(notes.extract('comprei um mercadinho de porteira fechada e agora apareceram funcionários do antigo dono cobrando rescisão de mim')).not.toContain('worker-told');
    expect(route('a casa que eu alugo foi vendida e a nova dona quer aumentar o aluguel antes do fim do contrato')).toBe('imobiliario');
  });

  it("reads the client's own rent told late beside another claim as the tenant's circumstance, not the landlord's claim (Lei 8.245 arts. 23 I and 62)", () => {
    expect(notes.extract('tô com aluguel atrasado por causa disso')).toEqual(['own-rent-late']);
    expect(notes.extract('já devo dois meses de aluguel')).toContain('own-rent-late');
    expect(notes.extract('já tô com a conta de luz e o aluguel atrasado')).toContain('own-rent-late');
    // The landlord's words stay the landlord's.
    expect(notes.extract('o inquilino deixou três meses de aluguel atrasado')).not.toContain('own-rent-late');
    expect(notes.extract('ele tá devendo dois meses de aluguel')).not.toContain('own-rent-late');
    // Beside a salary unpaid or a charge taken by a supplier, the claim is the employer's or the supplier's.
    expect(route('sou auxiliar de limpeza registrada há 2 anos num hotel, meu salário tá atrasado faz dois meses e tô com aluguel atrasado por causa disso')).toBe('trabalhista');
    expect(route('a financeira descontou duas vezes a parcela do meu empréstimo, atrasei o aluguel e quero meu dinheiro de volta')).toBe('consumidor');
    // Told alone, with the landlord's fine, or with the eviction suit served, the arrears are the lease's case.
    expect(route('to com aluguel atrasado e a imobiliaria quer me cobrar multa de 20% mais juros')).toBe('imobiliario');
    expect(route('meu salário atrasou, eu atrasei o aluguel e agora chegou uma citação de ação de despejo')).toBe('imobiliario');
    expect(route('meu inquilino não paga o aluguel faz quatro meses e perdeu o emprego, quero entrar com o despejo')).toBe('imobiliario');
  });

  it('routes the client offended or turned away by a provider\'s staff while served to consumidor (CDC arts. 14 and 34; Lei 13.146/2015 arts. 8 and 27-28)', () => {
    expect(route('fui humilhada pelo atendente de uma loja de roupas, ele me chamou de pobretona. quero que a loja responda e pague indenização')).toBe('consumidor');
    expect(route('o entregador do ifood me xingou de tudo no portão. quero que o ifood me devolva o dinheiro e me indenize')).toBe('consumidor');
    // A neighbour's insult is civil; the client who wants the driver prosecuted chose the criminal route.
    expect(route('meu vizinho me humilhou na frente da rua toda, me chamou de caloteiro. quero que ele me pague uma indenização')).toBe('civil');
    expect(route('o motorista do onibus me xingou de vagabunda quando reclamei. quero fazer o boletim de ocorrencia e que ele responda criminalmente')).toBe('criminal');
  });

  it('routes a private provider refusing, barring or charging extra a disabled client to consumidor (Lei 13.146/2015 arts. 8, 27-28 and 56-57; Lei 12.764/2012 art. 7)', () => {
    expect(route('Sou surda e a escola de inglês se recusou a fazer minha matrícula porque não tem intérprete de Libras. Quero que aceitem minha matrícula')).toBe('consumidor');
    expect(route('meu filho tem sindrome de down e o clube recusou ele na escolinha de natacao. a gente e socio do clube faz 6 anos')).toBe('consumidor');
    // A public school is the State's duty, a condominium's ramp the co-owners'; the client who reports the discrimination to the police
    // chose the criminal route.
    expect(route('a escola municipal recusou a matricula do meu filho autista. a secretaria de educacao da prefeitura mandou esperar')).toBe('administrativo');
    expect(route('sou cadeirante e o condominio onde eu moro se recusa a colocar rampa na entrada do bloco')).toBe('imobiliario');
    expect(route('a academia nao deixou meu irmao que tem deficiencia intelectual treinar. isso e crime de discriminacao, quero fazer o boletim de ocorrencia')).not.toBe('consumidor');
  });
  it.each<[string, LegalAreaCode]>([
    // The violence whose author is convicted, its harm's value asked: the reparation the conviction made certain, in the civil court
    // (CP art. 91 I; CPP arts. 63-64; CC art. 935), not the violence rule's criminal route.
    ['o motorista do ônibus me empurrou da escada numa briga e foi condenado; torci o tornozelo e fiquei 20 dias de atestado, quero que ele pague esses dias', 'civil'],
    // The convicted author's revenge sworn, or protection asked, keeps the criminal route (CP art. 344; Lei 11.340 art. 22; CPP art. 319 III).
    ['o homem que me esfaqueou foi condenado mas ganhou a saída temporária; ele disse pro meu vizinho que vai terminar o serviço, quero que ele pague esses dias', 'criminal'],
    ['o homem que me agrediu foi condenado mas vai sair no semiaberto; ele jurou que ia voltar atrás de mim, quero saber se posso pedir proteção', 'criminal'],
    // The client's inquiry archived or the acquittal final, damages asked of the accuser: civil (CC arts. 186, 927 and 953).
    ['uma cliente fez BO contra mim dizendo que eu agredi ela, respondi ao processo e fui absolvida; quero pedir reparação dos danos', 'civil'],
    ['a vizinha fez um BO dizendo que eu roubei as joias dela, mas o delegado arquivou; quero que ela me indenize', 'civil'],
    // The acquittal appealed by the prosecution, or a new accusation, keeps the defence (CPP arts. 18 and 593).
    ['fui absolvido da acusação de furto mas o Ministério Público recorreu da sentença; preciso de um advogado', 'criminal'],
    // The archived report whose accuser the client wants prosecuted is a complaint (CP art. 339), not the damages.
    ['a vizinha fez um BO dizendo que eu roubei as joias dela, mas o delegado arquivou; quero que ela seja processada por denunciação caluniosa', 'criminal'],
    ['a vizinha me denunciou, o inquérito foi arquivado mas ela fez outra queixa e agora virei réu; preciso de um advogado pra me defender', 'criminal'],
  ])('routes the criminal case over and money asked: %s -> %s', (text, area) => {
    expect(route(text)).toBe(area);
  });
});
