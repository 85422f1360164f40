import { joinTexts } from '../text/text-normalizer';
import { forcedLabourMarksIn, NoteExtractor, tellsWork } from './note.extractor';

describe(NoteExtractor.name, () => {
  const sut = new NoteExtractor();

  it('finds risks, steps already taken and the client role', () => {
    expect(sut.extract('ele me bateu e eu fiz um BO na delegacia')).toEqual(['violence', 'victim', 'police-report-filed']);
    expect(sut.extract('já reclamei no Procon e nada, e não tenho dinheiro pra advogado')).toEqual(['procon-filed', 'cannot-pay']);
    expect(sut.extract('Não possuo condições de pagar advogado, vivo com ajuda de meus filhos.')).toContain('cannot-pay');
    expect(sut.extract('não disponho de recursos para contratar um advogado')).toContain('cannot-pay');
    expect(sut.extract('nao temos dinheiro pra advogado')).toContain('cannot-pay');
    expect(sut.extract('o remédio custa 12 mil, a gente não tem condição nenhuma, nem de pagar advogado')).toContain('cannot-pay');
    expect(sut.extract('nós não temos condições de pagar')).toContain('cannot-pay');
    expect(sut.extract('ela não tem condição nenhuma de assinar nada')).not.toContain('cannot-pay');
    expect(sut.extract('meu marido faleceu e o INSS negou minha pensão por morte')).toContain('benefit-denied');
    expect(sut.extract('minha aposentadoria foi indeferida pelo INSS')).toEqual(expect.arrayContaining(['opponent-inss', 'benefit-denied']));
    expect(sut.extract('meu marido faleceu, quero pedir a pensão')).not.toContain('benefit-denied');
    expect(sut.extract('o inss negou dizendo que nao tenho carencia de 10 meses')).toContain('benefit-denied');
    expect(sut.extract('pedi salário-maternidade e o INSS negou')).toContain('benefit-denied');
    expect(sut.extract('caiu por engano um pix de 2 mil na minha conta')).toEqual(['credited-by-mistake']);
    expect(sut.extract('meu irmão bate na minha mãe quando ela não dá dinheiro')).toEqual(['violence']);
    expect(sut.extract('o pai não trouxe a criança de volta depois da visita')).toEqual(['child-taken']);
    // A shop that will not refund is a refund claimed, no child taken.
    expect(sut.extract('a loja não quer devolver o dinheiro')).toEqual(['refund-claimed']);
  });

  it('hears the client served by the court\'s officer as the defendant, and a post that "cites" them as nothing of the kind', () => {
    expect(sut.extract('Ontem o oficial de justiça me citou, ele está pedindo R$ 28 mil.')).toContain('defendant');
    expect(sut.extract('um oficial de justiça me entregou uma citação da ação')).toContain('defendant');
    expect(sut.extract('ela me citou num post do Facebook')).not.toContain('defendant');
    expect(sut.extract('nunca me entregou citação nenhuma')).not.toContain('defendant');
  });

  it('hears a suit for damages served: a citation and the indemnity it asks in one sentence, not a support suit nor a citation alone', () => {
    const served = sut.extract('o oficial me entregou uma citação: a viúva pede R$ 950 mil de indenização e pensão');
    expect(served).toEqual(expect.arrayContaining(['defendant', 'damages-suit-served']));
    expect(sut.extract('recebi a citação, ele pede danos materiais e morais')).toContain('damages-suit-served');
    expect(sut.extract('recebi uma citação, ela quer aumentar a pensão')).not.toContain('damages-suit-served');
    expect(sut.extract('recebi a citação. Depois penso em pedir indenização dele')).not.toContain('damages-suit-served');
  });

  it('hears a collection suit served: a citation and the debt it charges in one sentence, not a citation alone nor a charge without one', () => {
    expect(sut.extract('recebi uma citação, o banco entrou com uma ação de cobrança contra mim')).toEqual(expect.arrayContaining(['defendant', 'collection-suit-served']));
    expect(sut.extract('fui citada num processo da academia me cobrando o resto do plano')).toContain('collection-suit-served');
    expect(sut.extract('recebi uma citação, ela quer aumentar a pensão')).not.toContain('collection-suit-served');
    expect(sut.extract('o banco está me cobrando uma dívida que já paguei')).not.toContain('collection-suit-served');
  });

  it('hears the enforcement a seizure belongs to named, and not one denied', () => {
    expect(sut.extract('o gerente falou que é uma execução fiscal da Prefeitura')).toContain('enforcement-named');
    expect(sut.extract('é um processo de execução do dono da casa')).toContain('enforcement-named');
    expect(sut.extract('não tem execução fiscal nenhuma contra mim')).not.toContain('enforcement-named');
  });

  it('hears the record of a criminal case asked cleared or still shown on a certificate, and not a birth certificate (LEP art. 202; CP arts. 93-95)', () => {
    expect(sut.extract('fui absolvido mas na certidão ainda aparece o processo')).toContain('criminal-record-asked');
    expect(sut.extract('a pena foi extinta e continua constando na minha ficha')).toContain('criminal-record-asked');
    expect(sut.extract('quero pedir a reabilitação criminal')).toContain('criminal-record-asked');
    expect(sut.extract('quero saber se a ficha dele fica limpa')).toContain('criminal-record-asked');
    expect(sut.extract('o nome do pai ainda aparece na certidão da minha filha')).not.toContain('criminal-record-asked');
    expect(sut.extract('quero limpar meu nome no Serasa')).not.toContain('criminal-record-asked');
  });

  it('hears a visit to a prisoner asked, and not a family visit nor a prisoner told without one (LEP art. 41 X)', () => {
    expect(sut.extract('quero saber como faço pra visitar meu filho que ta preso na penitenciaria')).toContain('prison-visit');
    expect(sut.extract('como faço a carteirinha pra visitar meu noivo que ta preso')).toContain('prison-visit');
    expect(sut.extract('meu neto ta preso no CDP e eu queria saber se posso levar comida e roupa pra ele')).toContain('prison-visit');
    expect(sut.extract('o que pode levar no jumbo?')).toContain('prison-visit');
    expect(sut.extract('meu esposo ta recluso e eu quero fazer a carteirinha pra visitar')).toContain('prison-visit');
    expect(sut.extract('o pai não trouxe a criança de volta depois da visita')).not.toContain('prison-visit');
    expect(sut.extract('meu filho foi preso ontem à noite')).not.toContain('prison-visit');
    expect(sut.extract('meu marido está preso. Quero regularizar as visitas dos nossos filhos com a avó')).not.toContain('prison-visit');
  });

  it("hears the author of a crime against the client held in a custody that lasts, and not a relative held nor a fresh arrest (CPP arts. 268-273, 310-316)", () => {
    for (const held of ['o ladrão que invadiu minha casa em fevereiro tá preso aguardando julgamento', 'o homem que matou meu irmão em maio ta preso desde entao',
      'o cara q me assaltou ta preso faz uns 4 meses', 'a mulher que aplicou o golpe na minha mãe está presa aguardando julgamento',
      'O indivíduo que furtou a minha residência permanece preso aguardando julgamento.', 'o assassino do meu filho cumpre pena no fechado',
      'o vizinho que esfaqueou meu marido está preso há três meses aguardando o júri']) {
      expect(sut.extract(held)).toContain('offender-held');
    }
    // A relative held (told with a possessive), an arrest of yesterday or in the act, the author released, or the custody in another sentence.
    for (const other of ['meu filho tá preso aguardando julgamento faz dois dias', 'o meu filho que roubou a loja está preso desde março',
      'o cara que me assaltou foi preso ontem e tá preso na delegacia', 'o homem que me agrediu ficou preso dois meses e foi solto',
      'o ladrão que levou minha moto fugiu. Meu irmão tá preso desde março']) {
      expect(sut.extract(other)).not.toContain('offender-held');
    }
  });

  it('reads "B.O." written with dots as the police report filed', () => {
    expect(sut.extract('Ja fiz um B.O. semana passada mas ele continua')).toContain('police-report-filed');
    expect(sut.extract('registrei B.O na delegacia online')).toContain('police-report-filed');
  });

  it("hears an app's account blocked by the platform, and no salary or benefit held in it", () => {
    expect(sut.extract('a Uber bloqueou minha conta de motorista')).toEqual(['platform-account-blocked']);
    expect(sut.extract('o juiz bloqueou minha conta')).toContain('blocked-income');
  });

  it('hears no police report filed in one still to be made', () => {
    expect(sut.extract('ainda vou fazer o boletim de ocorrência')).not.toContain('police-report-filed');
    expect(sut.extract('fiz o boletim de ocorrência ontem')).toContain('police-report-filed');
  });

  it('hears no police report filed, but one never made, when the report is told first ("BO não fiz", "o boletim nunca foi feito")', () => {
    expect(sut.extract('BO não fiz, me falaram que demora')).toEqual(['no-police-report']);
    expect(sut.extract('Boletim de ocorrência não fiz, ainda não.')).toEqual(['no-police-report']);
    expect(sut.extract('o boletim nunca foi feito')).toEqual(['no-police-report']);
  });

  it('hears an agreed split with no minor child, a bankruptcy petition received, a mark registered and no tax notice', () => {
    expect(sut.extract('decidimos de comum acordo pelo divórcio. Não temos filhos menores')).toEqual(['divorce-agreed', 'no-minor-children']);
    expect(sut.extract('um fornecedor entrou com pedido de falência contra a gente')).toContain('bankruptcy-petition');
    expect(sut.extract('acho que vou ter que pedir falência da minha empresa')).not.toContain('bankruptcy-petition');
    expect(sut.extract('registrei o nome no INPI em 2021')).toContain('mark-registered');
    expect(sut.extract('eu nunca registrei nada no INPI')).not.toContain('mark-registered');
    expect(sut.extract('não recebi nenhuma notificação da Receita')).toContain('no-notice-received');
  });

  it('hears the debtor of a support in the arrears owned and the writ or summons served on them', () => {
    expect(sut.extract('eu só atrasei a pensão do meu filho, não sou bandido')).toContain('support-debtor');
    expect(sut.extract('a polícia veio atrás de mim com mandado de prisão')).toContain('support-debtor');
    expect(sut.extract('diz que tenho 3 dias pra pagar, provar que paguei ou justificar')).toContain('support-debtor');
  });

  it('hears a payroll credit card by its margin or its name, and a contract already asked for', () => {
    expect(sut.extract("no extrato do INSS o desconto se chama 'RMC'")).toContain('rmc-card');
    expect(sut.extract('um cartão de crédito consignado que eu nunca pedi')).toContain('rmc-card');
    expect(sut.extract('um empréstimo consignado que eu fiz')).not.toContain('rmc-card');
    expect(sut.extract('minha neta pediu o contrato ao banco')).toContain('contract-requested');
  });

  it('hears a salary blocked in an execution told across a sentence as income held (CPC art. 833 IV), not a card blocked', () => {
    expect(sut.extract('Meu cunhado entrou na justiça e o juiz bloqueou tudo da minha conta, até o salário.')).toContain('blocked-income');
    expect(sut.extract('O bloqueio foi anteontem, pegou 4.300 da conta onde cai meu salário.')).toContain('blocked-income');
    expect(sut.extract('Penhoraram 30% do meu salário numa execução do banco.')).toContain('blocked-income');
    expect(sut.extract('O banco bloqueou meu cartão e o salário caiu ontem.')).not.toContain('blocked-income');
    // A phone that came locked by its maker's account: a defect of the good (CC art. 441), no income held; the salary still is.
    expect(sut.extract('comprei um iphone de uma pessoa e ele veio bloqueado na conta icloud')).not.toContain('blocked-income');
    expect(sut.extract('meu salário veio bloqueado')).toContain('blocked-income');
    expect(sut.extract('Não bloquearam nada, mas o salário atrasou.')).not.toContain('blocked-income');
    // A block only threatened, and a deceased's account frozen until the inventory, hold no income of the client's.
    expect(sut.extract('chegou uma mensagem dizendo que o benefício vai ser bloqueado')).not.toContain('blocked-income');
    expect(sut.extract('meu pai faleceu e o banco bloqueou a conta dele com o dinheiro da aposentadoria dentro')).not.toContain('blocked-income');
  });

  it("hears the end of the client's life told with the other person as subject as a threat, and the keeping away asked in the victim's words", () => {
    expect(sut.extract('fala que se eu arrumar alguém ele acaba com a minha vida')).toContain('violence');
    expect(sut.extract('quero medida pra ele não chegar perto de mim nem do meu serviço')).toContain('violence');
    expect(sut.extract('essa dívida acaba com a minha vida')).not.toContain('violence');
  });

  it('hears a threat against the household as violence against it, and a reconnection asked as the supplier\'s case', () => {
    expect(sut.extract('o cobrador ameaçou minha esposa no portão de casa')).toContain('violence');
    expect(sut.extract('meu chefe ameaçou me mandar embora')).not.toContain('violence');
    expect(sut.extract('a Cemig só faz a religação depois que eu pagar a conta do outro morador')).toContain('supply-reconnection');
  });

  it('hears who cut the water or the power: the landlord in the tenant\'s words or the supplier', () => {
    expect(sut.extract('meu senhorio fechou o registro da agua')).toEqual(expect.arrayContaining(['landlord-named', 'supply-cut']));
    expect(sut.extract('a dona do quarto que eu alugo falou que vai cortar minha luz')).toEqual(expect.arrayContaining(['landlord-named', 'supply-cut']));
    expect(sut.extract('a companhia de energia desligou a luz')).toEqual(expect.arrayContaining(['supplier-named', 'supply-cut']));
    expect(sut.extract('o dono sumiu e nunca cobrou aluguel')).not.toContain('landlord-named');
  });

  it('hears the payer of a support, what makes them ask to pay less, and a child of age who supports themself', () => {
    expect(sut.extract('eu pago pensao pra minha filha de 8 anos e perdi o emprego')).toEqual(expect.arrayContaining(['support-payer', 'support-reduction']));
    expect(sut.extract('pago pensão ao meu filho, ele completou 25 anos e já trabalha')).toEqual(expect.arrayContaining(['support-payer', 'grown-child']));
    expect(sut.extract('o pai dela nunca pagou pensão e está desempregado')).not.toContain('support-payer');
    expect(sut.extract('ele não paga a pensão')).not.toContain('support-payer');
  });

  it("hears a close person's death, also far from its verb, and not a stranger's", () => {
    expect(sut.extract('Minha esposa estava comigo e ficou internada, mas infelizmente faleceu três dias depois')).toContain('close-death');
    expect(sut.extract('O motorista do caminhão morreu na hora')).not.toContain('close-death');
    expect(sut.extract('Meu carro bateu numa moto na estrada e o motociclista morreu')).not.toContain('close-death');
  });

  it('hears a bystander who saw it and knows neither side as a witness, told without the word', () => {
    expect(sut.extract('eu so vi a briga da janela, nao conheco nenhum dos dois rapaz')).toContain('witness');
    expect(sut.extract('presenciei o acidente e chamei o SAMU')).toContain('witness');
    expect(sut.extract('eu vi ele pegando o dinheiro do caixa')).not.toContain('witness');
  });

  it('hears the wish to represent an incapable relative as a curatela asked for', () => {
    expect(sut.extract('queremos que eu possa representá-la legalmente')).toContain('guardianship');
    expect(sut.extract('preciso ser representante legal dele no banco')).toContain('guardianship');
    expect(sut.extract('o advogado vai me representar legalmente no processo')).not.toContain('guardianship');
  });

  it('hears an adult without discernment and the relative who must act for them before the bank as a curatela, told without the word', () => {
    expect(sut.extract('vovó tá demenciada e a aposentadoria dela fica parada porque o banco não deixa ninguém sacar')).toContain('guardianship');
    expect(sut.extract('meu pai teve um AVC e não fala coisa com coisa, a aposentadoria dele cai na Caixa e ninguém consegue sacar')).toContain('guardianship');
    // The rents no one can collect for that adult are what the curator collects (CC arts. 1.747 II and 1.781).
    expect(sut.extract('meu sogro está esclerosado e alguém precisa receber os aluguéis dele')).toContain('guardianship');
    expect(sut.extract('minha tia tem demência e os inquilinos não sabem pra quem depositar o aluguel')).toContain('guardianship');
    // The INSS that asks for the curatela's term or refuses the benefit: the benefit is the case (CC art. 1.767 is its proof).
    expect(sut.extract('minha avó tem demência e o INSS pediu termo de curatela, não deixam ninguém sacar')).not.toContain('guardianship');
    // A lucid parent who only dislikes the bank grants a power of attorney.
    expect(sut.extract('meu pai está lúcido e quer que eu mexa na conta dele no banco')).not.toContain('guardianship');
    // Each half alone is read for the conversation to join.
    expect(sut.extract('minha filha é autista nível 3')).toContain('adult-without-judgement');
    expect(sut.extract('o banco falou que precisa de um documento do juiz')).toContain('acts-for-adult');
  });

  it('hears a capable relative who wants the client to act for them, by a power of attorney or a sale or the bank run for them (CC arts. 653-657; not a curatela, CC art. 1.767 I)', () => {
    expect(sut.extract('meu pai está lúcido e quer que eu mexa na conta dele no banco')).toContain('relative-mandate');
    expect(sut.extract('minha avó pediu pra eu vender o carro dela porque não dirige mais')).toContain('relative-mandate');
    expect(sut.extract('ele quer que minha irmã receba os aluguéis dele enquanto viaja')).toContain('relative-mandate');
    expect(sut.extract('meu sogro quer me passar uma procuração pra cuidar das coisas dele')).toContain('relative-mandate');
    expect(sut.extract('minha genitora deseja outorgar-me poderes para administrar seus bens')).toContain('relative-mandate');
    expect(sut.extract('depois dos 18 eu ainda posso assinar por ele no banco?')).toContain('relative-mandate');
    // A power already given, one given to a lawyer, a payment or a departure asked of the client, and no relative nor pronoun who asks.
    expect(sut.extract('minha mãe me deu procuração pra cuidar do apartamento que ela aluga')).not.toContain('relative-mandate');
    expect(sut.extract('meu pai vai passar procuração para o advogado entrar com a ação')).not.toContain('relative-mandate');
    expect(sut.extract('ela quer que eu pague o conserto do carro dela')).not.toContain('relative-mandate');
    expect(sut.extract('ela quer que eu saia da casa dela até o fim do mês')).not.toContain('relative-mandate');
    expect(sut.extract('o banco quer que eu assine a renegociação da dívida dele')).not.toContain('relative-mandate');
    expect(sut.extract('meu tio me pediu pra cobrar por ele um colega que não devolve')).not.toContain('relative-mandate');
  });

  it('hears a repossession suit served, not its threat', () => {
    expect(sut.extract('o oficial trouxe o mandado de busca e apreensão do carro')).toContain('repossession-suit');
    expect(sut.extract('tenho 5 dias para purgar a mora')).toContain('repossession-suit');
    expect(sut.extract('o banco disse que vai entrar com busca e apreensão')).not.toContain('repossession-suit');
  });

  it('hears a family decision the client already has, and not one still to ask for', () => {
    expect(sut.extract('o divórcio já saiu em 2022')).toContain('decision-obtained');
    expect(sut.extract('a guarda já foi decidida pela Vara de Família')).toContain('decision-obtained');
    expect(sut.extract('a pensão foi fixada pelo juiz em 30% do mínimo')).toContain('decision-obtained');
    expect(sut.extract('o acordo foi homologado no fórum')).toContain('decision-obtained');
    expect(sut.extract('a visita ficou definida na sentença do divórcio')).toContain('decision-obtained');
    expect(sut.extract('a guarda é compartilhada, definida no divórcio, homologado na vara de família')).toContain('decision-obtained');
    expect(sut.extract('quero entrar com o divórcio e pedir a guarda')).not.toContain('decision-obtained');
    expect(sut.extract('a pensão ainda não foi fixada')).not.toContain('decision-obtained');
  });

  it('hears the judge who decided or ordered it as a decision obtained, and not a decision still awaited', () => {
    expect(sut.extract('tem sim, foi o juiz que decidiu em 2022, 600 reais')).toContain('decision-obtained');
    expect(sut.extract('a juíza determinou 30% do salário dele')).toContain('decision-obtained');
    expect(sut.extract('o valor foi determinado pelo juiz')).toContain('decision-obtained');
    expect(sut.extract('o juiz ainda não decidiu nada')).not.toContain('decision-obtained');
    expect(sut.extract('quero que o juiz decida a guarda')).not.toContain('decision-obtained');
  });

  it('hears a complaint already made when the Procon comes later in the sentence, not one only intended', () => {
    expect(sut.extract('a gente já reclamou no banco e no Procon, disseram que o contrato foi assinado')).toEqual(['procon-filed']);
    expect(sut.extract('já reclamei na loja, no SAC e no Procon')).toEqual(['procon-filed']);
    expect(sut.extract('reclamei com a loja e vou no Procon amanhã')).toEqual([]);
    expect(sut.extract('nunca reclamei no banco nem no Procon')).toEqual([]);
    expect(sut.extract('reclamamos. Quero ir ao Procon')).toEqual([]);
  });

  it('finds the roles and remedies that weigh the route', () => {
    expect(sut.extract('somos uma empresa de software e o cliente não pagou')).toEqual(['client-company']);
    expect(sut.extract('vendi meu carro e o pix era falso')).toEqual(['client-seller']);
    expect(sut.extract('fiz o BO, contestei no banco e o banco negou o reembolso')).toEqual(['police-report-filed', 'refund-claimed', 'bank-contested']);
    expect(sut.extract('não consigo pagar a pensão da minha filha')).toEqual(['support-reduction', 'child-support']);
    expect(sut.extract('a prefeitura quer desapropriar meu terreno')).toEqual(['opponent-public-body', 'expropriation']);
    expect(sut.extract('comprei o carro de um particular pela OLX')).toEqual(['private-seller']);
    expect(sut.extract('a Receita Federal me pôs na malha fina')).toEqual(['tax-authority']);
    // "No ano passado" is a time told back, read as a harm's past only beside one (`harm-over`, `UrgencyClassifier`).
    expect(sut.extract('é IRPJ e CSLL de 2018, perdemos no CARF no ano passado')).toEqual(['tax-authority', 'harm-over']);
    expect(sut.extract('quero fazer o inventário e receber minha parte da herança')).toEqual(['estate-division']);
    expect(sut.extract('emprestei meu cartão a uma amiga e ela parou de pagar as parcelas')).toEqual(['lender']);
    expect(sut.extract('saí da empresa num acordo por mútuo consentimento')).not.toContain('lender');
    expect(sut.extract('o gerente quer que eu assine um pedido de demissão')).toEqual(['pressure-to-sign', 'coerced-resignation']);
    expect(sut.extract('pensei em pedir demissão')).not.toContain('coerced-resignation');
    // A worker asking how to leave still works there.
    expect(sut.extract('posso sair do emprego? meu chefe me humilha')).toContain('still-employed');
    expect(sut.extract('quero sair sem perder meus direitos')).toContain('still-employed');
    expect(sut.extract('fui demitido e quero minhas verbas')).not.toContain('still-employed');
    // Sued in a labour court in the first person: the employer, and the defendant.
    expect(sut.extract('uma ex-manicure entrou com processo trabalhista contra mim')).toEqual(expect.arrayContaining(['client-employer', 'defendant']));
    expect(sut.extract('meu ex empregado me processou na justiça do trabalho')).toEqual(expect.arrayContaining(['client-employer', 'defendant']));
    expect(sut.extract('entrei com processo trabalhista contra a empresa')).not.toContain('client-employer');
    expect(sut.extract('apareceram rachaduras na fachada e infiltração na garagem')).toContain('construction-defect');
    expect(sut.extract('fiz um requerimento no protocolo da prefeitura em agosto')).toContain('written-request-filed');
    expect(sut.extract('ainda não fiz o requerimento')).not.toContain('written-request-filed');
    // The respondent's name in a labour claim told of the client, and the suit told as the other side's decision taken.
    expect(sut.extract('na carta diz que eu sou a reclamada')).toEqual(expect.arrayContaining(['client-employer', 'defendant']));
    expect(sut.extract('a ex do meu irmão resolveu me processar, chegou uma carta do fórum')).toContain('defendant');
    expect(sut.extract('ele ameaçou me processar se eu não pagar')).not.toContain('defendant');
    expect(sut.extract('o banco não libera o resgate do meu PGBL')).toEqual(['private-pension']);
    expect(sut.extract('sou guarda municipal há oito anos')).toEqual(['public-employer']);
    expect(sut.extract('comprei a casa e os filhos do vendedor dizem que ela entra no inventário')).not.toContain('estate-division');
    // The author asked too (`author-asked`), read by a pattern beside the damages' phrases.
    expect(sut.extract('quero que ele pague o conserto e os lucros cessantes')).toEqual(['damages-claimed', 'author-asked']);
    // The Procon's fine is a police-power sanction on the company (`police-power-fine`).
    expect(sut.extract('o Procon multou meu restaurante')).toEqual(['police-power-fine', 'client-company']);
    expect(sut.extract('ligaram da central de segurança e eu fiz o pix')).toEqual(['bank-scam']);
    expect(sut.extract('quero que ela responda criminalmente')).toEqual(['criminal-complaint']);
    expect(sut.extract('o pai dos meus dois filhos não ajuda com nada')).toEqual(['child-support']);
    expect(sut.extract('descontam do benefício um empréstimo que eu nunca pedi')).toEqual(['unrequested-loan']);
    expect(sut.extract('trabalhei na prefeitura como contratada temporária')).toEqual(['public-employer']);
    expect(sut.extract('sou concursado dos Correios, contratado pela CLT')).toEqual(['clt-employee']);
    expect(sut.extract('desejo me divorciar e fazer a partilha de bens')).toEqual(['marital-split']);
    // The separation in lay words, and the penalty declined for no one in particular.
    expect(sut.extract('agora preciso me separar de vez')).toEqual(['marital-split']);
    expect(sut.extract('não quero ver ninguém preso, só quero que apague')).toContain('prosecution-declined');
    expect(sut.extract('não quero polícia nisso, só quero resolver')).toContain('prosecution-declined');
    expect(sut.extract('o comprador nunca transferiu a moto')).toEqual(['vehicle-not-transferred']);
    expect(sut.extract('o comprador não passou o carro pro nome dele, quero que ele transfira o carro')).toEqual(['vehicle-not-transferred']);
    // The sale and what it left in the client's name told in one message, whatever words name them (CTB art. 134).
    expect(sut.extract('Vendi minha moto em 2023 e ele nunca passou pro nome dele. Agora estou com 28 pontos na carteira')).toContain('vehicle-not-transferred');
    expect(sut.extract('o carro que eu vendi pro meu cunhado continua no meu nome')).toContain('vehicle-not-transferred');
    // The licence the buyer's points suspend, told with the sale (CTB arts. 134 and 261).
    expect(sut.extract('vendi a caminhonete faz um ano e agora o detran quer suspender minha CNH')).toContain('vehicle-not-transferred');
    expect(sut.extract('recebi a notificação de suspensão da habilitação por excesso de pontos')).not.toContain('vehicle-not-transferred');
    expect(sut.extract('o comprador da minha moto sumiu e as multas dele chegam pra mim')).toContain('vehicle-not-transferred');
    expect(sut.extract('vendi meu carro e comprei outro, o financiamento está no meu nome')).not.toContain('vehicle-not-transferred');
    // One fine appealed at the Detran or the JARI (CTB art. 285).
    expect(sut.extract('quero recorrer dessa multa, a comunicação de venda já estava feita')).toContain('fine-appealed');
    // So is the driver to indicate within the notice's term (CTB art. 257 §7º), the buyer who never transferred named as the driver.
    expect(sut.extract('o comprador não transferiu e a notificação dá até dia 10 pra indicar o condutor')).toEqual(expect.arrayContaining(['vehicle-not-transferred', 'fine-appealed']));
    expect(sut.extract('quero fazer a indicação do real condutor da multa')).toContain('fine-appealed');
    expect(sut.extract('comprei por contrato de gaveta e nunca fizeram a escritura')).toEqual(['property-bought']);
    // The seller who asks the buyer to take the deed (CC arts. 1.245 and 1.418); the deed merely never done asks nothing.
    expect(sut.extract('quero que eles passem o imóvel pro nome deles')).toContain('buyer-transfer-sought');
    expect(sut.extract('quero que o comprador registre a casa no nome dele')).toContain('buyer-transfer-sought');
    expect(sut.extract('o comprador nunca passou a escritura para o nome dele')).not.toContain('buyer-transfer-sought');
    expect(sut.extract('pago pensão e quero a revisão de alimentos')).toEqual(['child-support', 'support-payer', 'support-reduction']);
    expect(sut.extract('tenho moléstia grave e descontam o imposto retido na fonte')).toEqual(['tax-authority']);
    // A tax on a benefit is the income tax withheld at source (Lei 7.713/88 art. 7º); "ir na pensão" is going there.
    expect(sut.extract('vem um desconto de imposto na aposentadoria todo mês')).toEqual(['tax-authority']);
    expect(sut.extract('preciso ir na pensão buscar minhas coisas')).not.toContain('tax-authority');
    expect(sut.extract('apague o post e me indenize')).toEqual(['damages-claimed']);
    expect(sut.extract('quero que ele responda pelo que fez')).toEqual(['criminal-complaint']);
    expect(sut.extract('quero ser reintegrada ao emprego')).toEqual(['reinstatement']);
    expect(sut.extract('nossa clínica contratou um sistema')).toEqual(['client-company']);
    expect(sut.extract('sou MEI e pago o DAS em dia')).toEqual(['client-mei']);
    expect(sut.extract('paguei um boleto falso que chegou por e-mail')).toEqual(['bank-scam']);
    // A payroll loan is also the bank's contract (`payroll-loan`), whoever pays the salary or the benefit it is deducted from.
    expect(sut.extract('um consignado que ela não fez')).toEqual(['payroll-loan', 'unrequested-loan']);
    expect(sut.extract('no meu contracheque tem um cartão de crédito consignado')).toEqual(expect.arrayContaining(['rmc-card', 'payroll-loan']));
    // The formal register's denial of a loan ("jamais", "não solicitei") is the same unrequested loan.
    expect(sut.extract('descontos em meu benefício referentes a empréstimos que jamais contratei')).toEqual(['unrequested-loan']);
    expect(sut.extract('o banco depositou em minha conta uma quantia que não solicitei')).toEqual(['unrequested-loan']);
    // ...and with the loan as the object of the denial.
    expect(sut.extract('Jamais solicitei esse empréstimo, jamais assinei contrato algum')).toEqual(['unrequested-loan']);
    expect(sut.extract('eu nunca fiz esse consignado')).toEqual(['unrequested-loan']);
    // A relative's loan she never made, and a loan "in her name" (identity fraud the bank answers for, Súmula 479 do STJ).
    expect(sut.extract('apareceu um empréstimo que ela nunca fez')).toEqual(['unrequested-loan']);
    expect(sut.extract('três consignados de bancos diferentes que ele nunca pediu')).toEqual(['payroll-loan', 'unrequested-loan']);
    expect(sut.extract('fizeram um empréstimo no nome dela pelo aplicativo')).toEqual(['unrequested-loan']);
    expect(sut.extract('tem um consignado em meu nome descontando')).toEqual(['unrequested-loan']);
    // The offence of private action the police point to (CPP arts. 30 and 38): the victim's queixa is the route.
    expect(sut.extract('o escrivão disse que esse caso é de queixa e tem prazo de seis meses')).toEqual(['criminal-complaint']);
    expect(sut.extract('o delegado falou que é crime de ação privada')).toEqual(['criminal-complaint']);
    expect(sut.extract('meu irmão fica com o cartão do benefício da mãe')).toEqual(['elder-abuse']);
    expect(sut.extract('meu irmão retém o cartão do benefício da nossa mãe, são maus-tratos')).toEqual(['elder-abuse']);
    expect(sut.extract('um sobrinho apoderou-se do meu cartão do banco e retira a minha aposentadoria')).toEqual(['elder-abuse']);
    expect(sut.extract('tenho três filhos em boa situação, posso obrigar os filhos a me ajudar?')).toEqual(['parent-support']);
    // A parent already living on the children's help asks them nothing (CC art. 1.694): the help is how she gets by.
    expect(sut.extract('a aposentadoria dele foi cortada e estou vivendo com a ajuda dos filhos')).toEqual([]);
    expect(sut.extract('meus filhos não me ajudam, preciso da ajuda dos filhos')).toEqual(['parent-support']);
    expect(sut.extract('a delegada disse que é caso cível, quero receber o que ele ainda me deve')).toEqual(['debt-collection', 'civil-matter']);
    expect(sut.extract('comprei pela internet e o produto nunca chegou')).toEqual(['online-purchase', 'order-failed']);
    expect(sut.extract('o INSS me deu alta e a empresa não aceita meu retorno')).toEqual(['return-refused']);
    expect(sut.extract('quero o benefício de volta, vou recorrer ao INSS')).toEqual(['benefit-restoration']);
    // An appeal already lost, or one the employer sends the worker to make, asks nothing back of the INSS (the limbo's salaries are the employer's).
    expect(sut.extract('pedi recurso no INSS e negaram, ainda sinto dor no ombro')).toEqual([]);
    expect(sut.extract('eles dizem que eu tenho que recorrer no inss primeiro')).toEqual([]);
    expect(sut.extract('fui na empresa e o RH mandou eu voltar pra casa e esperar')).toEqual(['return-refused']);
    expect(sut.extract('o INSS indeferiu a pensão da companheira')).toEqual(['opponent-inss', 'benefit-denied']);
  });

  it("finds the other side's kind: a public body acting as authority, or the employer acting on the employment", () => {
    expect(sut.extract('a vigilância sanitária interditou a cozinha')).toEqual(['opponent-public-body', 'police-power-fine', 'place-interdicted']);
    expect(sut.extract('o sistema do governo acusou uma pendência')).toEqual(['opponent-public-body']);
    // The commissions withheld are also a note of their own (`commissions-withheld`, CLT art. 457 §1º).
    expect(sut.extract('a empresa parou de pagar minhas comissões')).toEqual(['opponent-employer', 'commissions-withheld']);
    expect(sut.extract('voltei do afastamento e a empresa me demitiu')).toEqual(['opponent-employer']);
    expect(sut.extract('o estado do carro era ótimo')).toEqual([]);
  });

  it('reads a place interdicted by a public authority as the police power closing it, never a curatela (CTN art. 78; CC art. 1.767)', () => {
    expect(sut.extract('os bombeiros vão interditar o restaurante semana que vem')).toEqual(['police-power-fine', 'place-interdicted']);
    expect(sut.extract('a prefeitura vai interditar minha oficina')).not.toContain('guardianship');
    // The authority told as the subject, the place left unsaid.
    expect(sut.extract('o corpo de bombeiros multou meu salão e disse que vai interditar se eu não regularizar')).toEqual(['place-interdicted']);
    // A building closed for a risk is no sanction: its case is mostly with who caused the risk.
    expect(sut.extract('a Defesa Civil interditou o prédio')).toEqual(['place-interdicted']);
    // A person is interdicted by a relative's curatela.
    expect(sut.extract('quero interditar meu pai, ele tem alzheimer')).toEqual(['guardianship', 'adult-without-judgement']);
    expect(sut.extract('a assistente social da prefeitura disse pra eu interditar minha mãe')).toContain('guardianship');
  });

  it("reads a wrong at work taken to the employer's human resources as the employer told of it", () => {
    expect(sut.extract('já reclamei três vezes no RH do assédio e nada')).toContain('hr-told');
    expect(sut.extract('ela contou tudo pra RH na mesma semana')).toContain('hr-told');
    expect(sut.extract('trabalho no RH de uma loja')).not.toContain('hr-told');
  });

  it('reads one held in flagrante, or whose release the family asks, as a custody to defend (CPP arts. 304 and 310)', () => {
    expect(sut.extract('o delegado lavrou o auto e meu irmão foi autuado em flagrante')).toContain('custody-defended');
    expect(sut.extract('amanhã tem a audiência de custódia do meu sobrinho')).toContain('custody-defended');
    expect(sut.extract('o advogado pode pedir liberdade provisória pra ele?')).toContain('custody-defended');
    expect(sut.extract('fui mandado embora por justa causa')).not.toContain('custody-defended');
    // The author's arrest told by the victim, and an eviction told as "tirar ela de lá", are no custody to defend.
    expect(sut.extract('o ladrão foi preso em flagrante')).not.toContain('custody-defended');
    expect(sut.extract('os sobrinhos do dono querem tirar ela de lá')).not.toContain('custody-defended');
  });

  it("reads a demolition the city orders or announces as its police power over the building, not a neighbour's claim (CF art. 30 VIII)", () => {
    expect(sut.extract('chegou um auto de demolição do puxadinho lá de casa')).toContain('demolition-ordered');
    expect(sut.extract('o fiscal avisou que semana que vem vêm os tratores pra derrubar o barraco')).toContain('demolition-ordered');
    expect(sut.extract('a prefeitura quer demolir a varanda que eu fiz')).toContain('demolition-ordered');
    expect(sut.extract('quero que o vizinho derrube o muro que passou da divisa')).not.toContain('demolition-ordered');
  });

  it('reads a tax paid twice or beyond what was due, in one sentence, as a refund owed by the tax authority (CTN art. 165)', () => {
    expect(sut.extract('Paguei o IPTU deste ano em duplicidade e abri processo na Prefeitura')).toContain('tax-authority');
    expect(sut.extract('o ISS das notas foi recolhido duas vezes')).toContain('tax-authority');
    expect(sut.extract('paguei o boleto da loja em duplicidade')).not.toContain('tax-authority');
    expect(sut.extract('paguei o IPTU em dia. A loja cobrou em duplicidade')).not.toContain('tax-authority');
  });

  it("reads a tax exemption for the retired or the elderly as the tax authority on the other side, the benefit only who qualifies (CTN arts. 176-179)", () => {
    expect(sut.extract('queria saber se tenho isenção por ser aposentado')).toContain('tax-authority');
    expect(sut.extract('a lei da cidade dá isenção para idosos de baixa renda')).toContain('tax-authority');
    expect(sut.extract('o INSS negou minha aposentadoria por idade')).not.toContain('tax-authority');
  });

  it('reads imported goods held at the customs as the tax authority on the other side (DL 37/66 arts. 44 and 105)', () => {
    expect(sut.extract('a receita segurou minha mercadoria no porto')).toContain('tax-authority');
    expect(sut.extract('a carga está parada na alfândega há duas semanas')).toContain('tax-authority');
    expect(sut.extract('a transportadora segurou minha mercadoria')).not.toContain('tax-authority');
  });

  it('reads the IPVA charged, protested or enrolled in one sentence as the tax authority on the other side (CTN art. 201)', () => {
    expect(sut.extract('estão me cobrando IPVA de um carro que eu vendi')).toContain('tax-authority');
    expect(sut.extract('o estado protestou meu nome por ipva atrasado')).toContain('tax-authority');
    // The IPVA told as arriving, or the client's wish to charge the buyer for it, names no charge of the Fazenda.
    expect(sut.extract('tá chegando multa e IPVA pra mim')).not.toContain('tax-authority');
    expect(sut.extract('quero cobrar dele o IPVA que eu paguei')).not.toContain('tax-authority');
  });

  it('reads a loan the client is said never to have taken, told in the infinitive, as an unrequested loan', () => {
    expect(sut.extract('está com desconto de um consignado que ela diz nunca ter feito')).toContain('unrequested-loan');
    expect(sut.extract('um empréstimo que afirma jamais ter contratado')).toContain('unrequested-loan');
  });

  it('reads a tax named as charged as the tax authority on the other side', () => {
    expect(sut.extract('as duas prefeituras cobram o ISS das mesmas notas')).toEqual(['opponent-public-body', 'tax-authority']);
    expect(sut.extract('o estado cobrou ICMS a mais na conta de luz')).toEqual(['tax-authority']);
    expect(sut.extract('reteram imposto de renda sobre a rescisão')).toEqual(['tax-authority']);
    // The income tax return is evidence of income or of a union, not a tax dispute.
    expect(sut.extract('tenho a declaração do imposto de renda dele')).toEqual([]);
  });

  it('reads a wish for punishment as a criminal complaint', () => {
    expect(sut.extract('quero que ele seja punido')).toEqual(['criminal-complaint']);
    expect(sut.extract('quero que ela responda por isso e pare de falar de mim')).toEqual(['criminal-complaint']);
    expect(sut.extract('quero que ele seja processado criminalmente')).toEqual(['criminal-complaint']);
    expect(sut.extract('quero que ele vá preso pelo que fez comigo')).toEqual(['criminal-complaint']);
  });

  it("reads the client's own insurer refusing the claim, and the accused of a crime asking a defence", () => {
    expect(sut.extract('roubaram minha caminhonete e agora a seguradora não quer pagar')).toContain('insurance-refused');
    expect(sut.extract('a seguradora dele diz que não cobre')).not.toContain('insurance-refused');
    expect(sut.extract('o Ministério Público me denunciou e tenho dez dias para a resposta à acusação')).toContain('criminal-defence');
    expect(sut.extract('fui intimado para depor como investigado')).toContain('criminal-defence');
    expect(sut.extract('o vizinho me denunciou na prefeitura')).not.toContain('criminal-defence');
  });

  it('reads the call from the bank\'s central and the remote-access app as a bank scam, and plain words for protection and punishment', () => {
    expect(sut.extract('ligou dizendo ser da central do meu banco e me fez instalar um aplicativo')).toContain('bank-scam');
    expect(sut.extract('ligaram dizendo que era da central do Nubank')).toContain('bank-scam');
    expect(sut.extract('um homem falando que era do banco pediu o código')).toContain('bank-scam');
    expect(sut.extract('ligou um rapaz dizendo ser do Itaú')).toContain('bank-scam');
    expect(sut.extract('liguei na central do Nubank para pedir o cartão')).not.toContain('bank-scam');
  });

  it('reads an approved candidate not appointed, within the vacancies or passed over (Súmula 15 STF; STF RE 837.311)', () => {
    expect(sut.extract('passei num concurso e nao me chamaram, mas chamaram gente atras de mim')).toContain('appointment-sought');
    expect(sut.extract('fui preterida na nomeação')).toContain('appointment-sought');
    expect(sut.extract('a prefeitura contratou umas 10 enfermeiras temporárias nesse meio tempo')).toContain('appointment-sought');
    expect(sut.extract('passei em 3º lugar, dentro das vagas')).toContain('appointment-sought');
    expect(sut.extract('fui eliminado no teste físico')).not.toContain('appointment-sought');
  });

  it('reads a prohibition of approaching told of the client as a measure against them, and one a victim asks as none', () => {
    expect(sut.extract('fui proibido de chegar perto dela pelo juiz')).toContain('restrained');
    expect(sut.extract('quero que ele seja proibido de chegar perto de mim')).not.toContain('restrained');
  });

  it('reads a benefit not yet asked of the INSS', () => {
    expect(sut.extract('Moro em Bauru. Ainda não dei entrada em nada.')).toContain('inss-not-applied');
    expect(sut.extract('quero saber como pedir a pensão')).toContain('inss-not-applied');
    expect(sut.extract('já dei entrada no INSS em março')).not.toContain('inss-not-applied');
  });

  it('reads a transaction contested with the bank as the money asked back from it, in every word of the step', () => {
    expect(sut.extract('contestei no app e o banco negou')).toEqual(expect.arrayContaining(['bank-contested', 'refund-claimed']));
    expect(sut.extract('contestei o pix no mesmo dia')).toEqual(expect.arrayContaining(['bank-contested', 'refund-claimed']));
    expect(sut.extract('quero que ele fique longe da gente e pague pelo que fez')).toEqual(['violence', 'criminal-complaint']);
    expect(sut.extract('quero que ela se retrate no grupo e me pague pelo constrangimento')).toEqual(['damages-claimed']);
    expect(sut.extract('quero que ele se retrate')).toEqual([]);
    expect(sut.extract('entrei por processo seletivo simplificado no hospital do estado')).toContain('public-employer');
    // The body told before the hire (CF art. 37 IX); a store's selection is no public hire.
    expect(sut.extract('entrei no estado por processo seletivo pra ser professora')).toContain('public-employer');
    expect(sut.extract('trabalho na prefeitura por contrato temporário')).toContain('public-employer');
    expect(sut.extract('entrei na loja por processo seletivo')).not.toContain('public-employer');
  });

  it('reads the client as the one harmed when their goods were taken or their vehicle hit', () => {
    expect(sut.extract('roubaram minha caminhonete na frente de casa')).toContain('victim');
    expect(sut.extract('um motorista bêbado bateu na minha moto')).toContain('victim');
    expect(sut.extract('dizem que eu roubei as encomendas')).not.toContain('victim');
  });

  it('reads a loan told with the amount after the verb, a matter the police called civil, money wanted back, a search of the client\'s home, a seller in reorganisation and a public school teacher', () => {
    expect(sut.extract('emprestei 15 mil pra ele em março')).toEqual(['lender']);
    expect(sut.extract('nunca emprestei meu cartão pra ninguém')).toEqual([]);
    expect(sut.extract('o delegado falou que é coisa pra resolver no cível')).toEqual(['civil-matter']);
    expect(sut.extract('a delegada disse que isso é dívida, não crime')).toEqual(['civil-matter']);
    expect(sut.extract('só quero meu dinheiro de volta')).toEqual(['money-back']);
    expect(sut.extract('hoje a Polícia Federal esteve na minha casa com um mandado')).toEqual(['criminal-defence']);
    expect(sut.extract('o oficial veio com um mandado de busca e apreensão do menor')).toEqual([]);
    expect(sut.extract('a polícia cumpriu um mandado de busca e apreensão no meu escritório')).not.toContain('repossession-suit');
    expect(sut.extract('chegou o oficial com mandado de busca e apreensão do carro financiado')).toEqual(['repossession-suit']);
    expect(sut.extract('a construtora do meu apartamento pediu recuperação judicial')).toEqual(['supplier-insolvent']);
    expect(sut.extract('nossa empresa entrou em recuperação judicial')).toEqual(['client-company', 'supplier-insolvent']);
    expect(sut.extract('sou professora da rede estadual e cortaram minha gratificação')).toEqual(['public-employer', 'worker-told']);
  });

  it('hears a threat to kill told in reported speech as a threat', () => {
    expect(sut.extract('meu genro disse que ia matar ele se ele contasse pra alguém')).toContain('threat');
    expect(sut.extract('ele falou que mata todo mundo se a gente sair de casa')).toContain('threat');
    expect(sut.extract('o remédio mata as bactérias')).not.toContain('threat');
    // A relative named as the one to be killed, in a neighbour's or a driver's quarrel (CP art. 147).
    expect(sut.extract('o vizinho de cima gritou da janela que vai matar meu filho se ele chutar bola no muro')).toContain('threat');
    expect(sut.extract('o outro motorista mandou recado que ia matar minha esposa')).toContain('threat');
    expect(sut.extract('o vizinho disse que a árvore vai matar a minha planta')).not.toContain('threat');
  });

  it('hears a shot, a thrashing, a fire, a poison or a revenge promised in everyday words as a threat, and a revenge or a case to drop as retaliation (CP arts. 147 and 344)', () => {
    expect(sut.extract('meu ex cunhado falou que vai me dar um tiro se eu cobrar de novo')).toContain('threat');
    expect(sut.extract('ele disse que vai mandar uns caras me darem uma surra')).toContain('threat');
    expect(sut.extract('o comprador disse que vai tocar fogo na minha casa')).toContain('threat');
    expect(sut.extract('afirmou que atearia fogo em minha casa comigo dentro')).toContain('threat');
    expect(sut.extract('o vizinho falou que vai envenenar meus gatos')).toContain('threat');
    expect(sut.extract('o vizinho disse que vai quebrar minha loja inteira')).toContain('threat');
    expect(sut.extract('agora ele diz que vai se vingar')).toEqual(expect.arrayContaining(['threat', 'retaliation']));
    expect(sut.extract('ele disse que vai acabar comigo se eu não retirar a queixa')).toEqual(expect.arrayContaining(['threat', 'retaliation']));
    // The fire or the poisoning that happened, a revenge as a motive, and a lawyer's "acabar com" are no threat promised.
    expect(sut.extract('pegou fogo na minha casa por causa de um curto')).not.toContain('threat');
    expect(sut.extract('o vizinho envenenou meu cachorro')).not.toContain('threat');
    expect(sut.extract('ela quer se vingar de mim pedindo a guarda')).not.toContain('retaliation');
    expect(sut.extract('o advogado vai acabar com essa cobrança')).not.toContain('threat');
  });

  it('hears a revenge for the report, a veiled revenge, an informant exposed and the fear of going out (CP arts. 147 and 344; Lei 9.807/99)', () => {
    expect(sut.extract('ele gritou que eu vou pagar por ter denunciado ele')).toEqual(expect.arrayContaining(['threat', 'retaliation']));
    expect(sut.extract('a mãe dele disse que eu vou pagar caro por ter reconhecido ele')).toEqual(expect.arrayContaining(['threat', 'retaliation']));
    expect(sut.extract('mandou recado que vai terminar o serviço')).toContain('retaliation');
    expect(sut.extract('mandou mensagem dizendo que sabe onde eu moro')).toContain('retaliation');
    expect(sut.extract('o traficante descobriu que fui eu que fiz a denúncia')).toContain('informant-exposed');
    expect(sut.extract('to com medo de sair de casa')).toContain('afraid-to-go-out');
    expect(sut.extract('a audiência é semana que vem e eu tenho medo de ir')).toContain('afraid-to-go-out');
    // A boss's regret, the client's own report and a fear of the dark are none of them.
    expect(sut.extract('meu chefe disse que eu vou me arrepender de ter denunciado a empresa')).not.toContain('retaliation');
    expect(sut.extract('fui eu que fiz a denúncia no procon')).not.toContain('informant-exposed');
    expect(sut.extract('tenho medo do escuro')).not.toContain('afraid-to-go-out');
    // The release told with the verb's own preposition ("responde ao processo em liberdade"), not a case run by the client.
    expect(sut.extract('o réu responde ao processo em liberdade')).toContain('custody-ended');
    expect(sut.extract('eu respondo ao processo trabalhista da empresa')).not.toContain('custody-ended');
  });

  it('reads a blow told by the thing it was struck with as the client hurt by a crime (CP art. 129 §§1º-2º), not a ball taken in a game', () => {
    expect(sut.extract('meu vizinho me deu uma paulada na cabeça')).toContain('victim');
    expect(sut.extract('um homem me deu umas pedradas na saída do bar')).toContain('victim');
    expect(sut.extract('levei uma paulada na canela no jogo de futebol, foi lance de jogo')).not.toContain('victim');
  });

  it('reads the release told by the place left or the liberty won, and a short custody, as custody ended (CPP arts. 310 III and 321)', () => {
    expect(sut.extract('o homem que me esfaqueou ganhou a liberdade')).toContain('custody-ended');
    expect(sut.extract('quando ele saiu do presídio veio na minha porta')).toContain('custody-ended');
    expect(sut.extract('o cara que me assaltou ficou preso só uma semana')).toContain('custody-ended');
    expect(sut.extract('saí da empresa mês passado e não recebi a rescisão')).not.toContain('custody-ended');
  });

  it('ignores denied notes', () => {
    expect(sut.extract('ninguém me ameaçou e não fiz boletim')).toEqual(['no-police-report']);
  });

  it('reads a child taken by the police as an arrest, and a child seized by a dog as an injury, not a child taken by a parent', () => {
    expect(sut.extract('a polícia levou meu filho algemado de madrugada')).not.toContain('child-taken');
    expect(sut.extract('o pai levou meu filho e sumiu')).toContain('child-taken');
    expect(sut.extract('o pitbull do vizinho pegou meu filho na calçada')).not.toContain('child-taken');
    expect(sut.extract('o cachorro dele pegou meu filho pela calça')).not.toContain('child-taken');
    expect(sut.extract('o pai pegou meu filho na escola e não devolveu')).toContain('child-taken');
  });

  it('reads a child taken abroad without consent as a child taken, and a trip agreed as none (Decreto 3.413/2000, arts. 3 and 12)', () => {
    expect(sut.extract('meu filho foi levado pra Portugal pelo pai sem o meu consentimento')).toContain('child-taken');
    expect(sut.extract('levou meu filho pra portugal sem minha autorizacao e agora nao quer mandar ele de volta')).toContain('child-taken');
    expect(sut.extract('minha mãe vai levar meu filho pra Argentina nas férias, que autorização eu preciso?')).not.toContain('child-taken');
    expect(sut.extract('meu filho foi levado pelo pai depois da visita de fim de semana e ele não devolveu mais')).toContain('child-taken');
    expect(sut.extract('emprestei a bicicleta pro vizinho na viagem e ele não devolveu mais')).not.toContain('child-taken');
  });

  it('reads a police report another wants the client to make as no report filed', () => {
    expect(sut.extract('meu marido quer que eu faça BO por calúnia')).not.toContain('police-report-filed');
    expect(sut.extract('ela quer que eu registre o boletim')).not.toContain('police-report-filed');
    expect(sut.extract('fiz BO ontem na delegacia')).toContain('police-report-filed');
  });

  it('reads a grandchild taken, told by the grandparent, as a child taken', () => {
    expect(sut.extract('o ex da minha filha levou meu neto de 4 anos e nao devolveu')).toContain('child-taken');
  });

  it('finds a salary held on arrival, a death threat and a client who was sued', () => {
    expect(sut.extract('meu salário caiu bloqueado hoje')).toContain('blocked-income');
    expect(sut.extract('disse que se me ver com outro ele me mata')).toContain('violence');
    expect(sut.extract('meu ex disse que ia acabar com a minha vida')).toContain('violence');
    expect(sut.extract('tem dias que eu penso em acabar com a minha vida')).not.toContain('violence');
    expect(sut.extract('ela entrou com processo trabalhista contra mim')).toContain('defendant');
    expect(sut.extract('recebi a citação faz uma semana')).toContain('defendant');
    expect(sut.extract('não recebi citação nenhuma')).not.toContain('defendant');
    expect(sut.extract('nunca recebi nenhuma citação')).not.toContain('defendant');
  });

  it('reads a tax exemption asked for as a case against the tax authority, and a wish to retire as a benefit asked for', () => {
    expect(sut.extract('aqui aposentado com um imóvel só não paga IPTU, quero pedir a isenção')).toContain('tax-authority');
    expect(sut.extract('completei 62 anos e queria saber se já posso me aposentar')).toContain('retirement-sought');
  });

  it('reads lay wordings of a deed, a job given back, a balance unpaid and a pension the INSS refused', () => {
    expect(sut.extract('paguei o terreno todo e quero a escritura do terreno no meu nome')).toContain('deed-sought');
    expect(sut.extract('o vendedor se recusa a assinar a escritura')).toContain('deed-sought');
    // Lei 14.601/2023: the benefit blocked in the Cadastro Único review.
    expect(sut.extract('meu bolsa familia foi bloqueado, no app aparece averiguação cadastral')).toContain('social-benefit');
    expect(sut.extract('to me virando com o bolsa família')).not.toContain('social-benefit');
    expect(sut.extract('quero a escritura do inventário')).not.toContain('deed-sought');
    expect(sut.extract('paguei a metade do meu ex marido e quero a escritura no meu nome')).toEqual(expect.arrayContaining(['deed-sought', 'own-ex-partner']));
    expect(sut.extract('quero meu emprego de volta')).toContain('reinstatement');
    // The employer taking the stable worker back, in lay words.
    expect(sut.extract('eu quero é que a firma me aceite de volta')).toContain('reinstatement');
    // Money asked for the harm ("me pague pelo que fez") is damages; the punishment ("que ele pague pelo que fez") stays a complaint.
    expect(sut.extract('quero que a firma me pague pelo que fez com meus braços')).toEqual(expect.arrayContaining(['damages-claimed']));
    expect(sut.extract('quero que a firma me pague pelo que fez com meus braços')).not.toContain('criminal-complaint');
    expect(sut.extract('quero que ele pague pelo que fez')).toContain('criminal-complaint');
    expect(sut.extract('quero que paguem a moto e o tempo que fiquei parado')).toContain('damages-claimed');
    // Who answers for the harm asked outright is the liable party sought, not a punishment.
    expect(sut.extract('o ônibus bateu no carro da minha mãe, quem vai pagar por isso?')).toContain('damages-claimed');
    expect(sut.extract('quero que paguem o tratamento dele pra sempre e a prótese')).toContain('damages-claimed');
    // The custody asked by whoever raises the child.
    expect(sut.extract('eu quero ter a guarda dele no papel')).toContain('custody-sought');
    expect(sut.extract('quero a guarda do meu neto')).toContain('custody-sought');
    expect(sut.extract('o dono da obra não pagou o restante e some quando eu cobro')).toContain('debt-collection');
    expect(sut.extract('meu pai morreu e eu pedi a pensão e indeferiram')).toContain('dependant-benefit');
    expect(sut.extract('pedi a pensão pro pai do meu filho')).not.toContain('dependant-benefit');
    expect(sut.extract('meu marido faleceu, como faço pra ficar com a aposentadoria dele')).toContain('dependant-benefit');
    expect(sut.extract('o pai dos meus filhos recebe a aposentadoria dele e não paga a pensão')).not.toContain('dependant-benefit');
    // A death and a pension in one sentence: the dependants' pension by death (Lei 8.213 art. 74), not support from the dead.
    expect(sut.extract('o pai do meu filho faleceu mês passado, como faço pra pedir a pensão pro menino?')).toContain('dependant-benefit');
    expect(sut.extract('recebo pensão do meu falecido marido')).toContain('dependant-benefit');
    // Not in two sentences, nor the support fixed before the death.
    expect(sut.extract('meu pai faleceu. o pai da minha filha não paga a pensão')).not.toContain('dependant-benefit');
    expect(sut.extract('a pensão alimentícia que ele pagava até morrer')).not.toContain('dependant-benefit');
    // A pension cut, suspended or ceased with no one named, or in the passive: its payer's act, the INSS's (Lei 8.212 art. 69).
    expect(sut.extract('cortaram a pensão que eu recebia do meu marido')).toContain('opponent-inss');
    expect(sut.extract('a pensão do meu filho foi cortada esse mês')).toContain('opponent-inss');
    expect(sut.extract('minha mãe recebe a pensão há 20 anos e agora suspenderam')).toContain('opponent-inss');
    // A parent who stops paying the support, told in the singular: child support, no body's act.
    expect(sut.extract('o pai da minha filha cortou a pensão')).not.toContain('opponent-inss');
    expect(sut.extract('ele parou de pagar a pensão')).not.toContain('opponent-inss');
    // Nor a court that cut the support (CC art. 1.699), told in the same sentence.
    expect(sut.extract('na audiência a pensão foi cortada pela metade')).not.toContain('opponent-inss');
    // The children counted, even with the plural dropped: the support owed to them (CC art. 1.694).
    expect(sut.extract('nao to conseguindo pagar a pensao dos meus dois filho, quero baixar')).toContain('child-support');
    expect(sut.extract('a pensão das minhas 3 filhas')).toContain('child-support');
    // A fine for the lot's or the pavement's state: the city's police power, no tax (CTN arts. 3º and 78).
    expect(sut.extract('recebi uma multa da prefeitura de 2 mil porque meu lote tá com mato alto')).toContain('police-power-fine');
    expect(sut.extract('a prefeitura me multou porque eu não emiti nota fiscal')).not.toContain('police-power-fine');
    expect(sut.extract('multaram o vizinho. meu lote tá com mato alto')).not.toContain('police-power-fine');
    // The Receita named bare with its act: the tax authority (CTN art. 142); not a doctor's prescription.
    expect(sut.extract('a receita me mandou uma multa de 18 mil reais')).toContain('tax-authority');
    expect(sut.extract('perdi a receita médica e a farmácia fez a cobrança de novo')).not.toContain('tax-authority');
  });

  it('reads a child kept after a visit, however the child is named, and a summons to testify', () => {
    expect(sut.extract('foi passar o fim de semana com o pai e ele não devolveu o menino')).toContain('child-taken');
    expect(sut.extract('a avó não quer devolver nossa filha')).toContain('child-taken');
    expect(sut.extract('a loja não devolve o dinheiro')).not.toContain('child-taken');
    expect(sut.extract('fui intimado como testemunha num processo criminal')).toContain('witness');
    expect(sut.extract('recebi uma intimação da delegacia para depor como testemunha')).toContain('witness');
    expect(sut.extract('meu colega vai ser testemunha no meu processo')).not.toContain('witness');
    // The summons' own terms and the client's role in the first person.
    expect(sut.extract('é para prestar depoimento na condição de testemunha')).toContain('witness');
    expect(sut.extract('intimação para comparecer no inquérito policial como testemunha')).toContain('witness');
    expect(sut.extract('sou testemunha, não tenho nada a ver com o caso')).toContain('witness');
    // The role told plainly, as the summons says it.
    expect(sut.extract('no papel tá escrito que é pra ir como testemunha')).toContain('witness');
    expect(sut.extract('me chamaram só como testemunha do assalto')).toContain('witness');
    expect(sut.extract('na intimação diz que é como testemunha, sobre um furto na firma')).toContain('witness');
    expect(sut.extract('o delegado falou que era pra testemunhar sobre a briga')).toContain('witness');
    expect(sut.extract('tenho uma vizinha que pode ir comigo')).not.toContain('witness');
    expect(sut.extract('vou ter que testemunhar na delegacia sobre um roubo que vi')).toContain('witness');
    expect(sut.extract('o escrivão falou que eu vou como testemunha, só pra contar o que vi')).toContain('witness');
    // The summons named by its purpose, and the party who names the client a witness.
    expect(sut.extract('recebi uma intimação pra ser testemunha num processo de furto')).toContain('witness');
    expect(sut.extract('meu ex patrão pediu pra eu ser testemunha dele na reclamação trabalhista')).toContain('witness');
    expect(sut.extract('meu vizinho me arrolou como testemunha no processo contra a construtora')).toContain('witness');
    expect(sut.extract('pedi pro meu colega ser testemunha no meu processo')).not.toContain('witness');
    expect(sut.extract('tenho dois colegas que podem ser minhas testemunhas')).not.toContain('witness');
  });

  it('reads the victim of an insult, a defamation or a false accusation told against the client, and the accused apart', () => {
    expect(sut.extract('minha vizinha me acusou de roubar o celular dela')).toContain('victim');
    expect(sut.extract('ele me xingou de tudo na frente dos clientes')).toContain('victim');
    expect(sut.extract('uma vizinha anda espalhando no grupo do condomínio que eu roubei o celular dela')).toContain('victim');
    expect(sut.extract('ela postou no instagram que eu sou golpista')).toContain('victim');
    expect(sut.extract('ela fez um BO contra mim dizendo que eu ameacei ela')).toContain('accused');
    expect(sut.extract('recebi uma queixa-crime porque postei que meu ex-patrão é caloteiro')).toEqual(['accused']);
    expect(sut.extract('ele disse que eu tenho direito a receber')).not.toContain('victim');
  });

  it('reads a lawsuit of the client already running, and a client who caused the damage', () => {
    expect(sut.extract('já entrei com processo trabalhista contra a firma ano passado')).toContain('lawsuit-running');
    expect(sut.extract('meu advogado entrou com a ação em março')).toContain('lawsuit-running');
    expect(sut.extract('quero entrar com processo contra a firma')).not.toContain('lawsuit-running');
    expect(sut.extract('bati na traseira de um carro no semáforo, eu me distraí')).toContain('at-fault');
    expect(sut.extract('o banco diz que a culpa é minha')).not.toContain('at-fault');
    expect(sut.extract('o dono do carro quer que eu pague o conserto')).toContain('at-fault');
    expect(sut.extract('bateram na traseira do meu carro')).not.toContain('at-fault');
  });

  it('reads a child kept after a stay away however told, and a good-faith buyer of a stolen thing', () => {
    expect(sut.extract('Meu filho de 7 anos foi passar as férias com o pai em Portugal e não voltou')).toContain('child-taken');
    expect(sut.extract('minha filha foi pra visita de fim de semana na casa da mãe e não voltou mais')).toContain('child-taken');
    expect(sut.extract('meu marido foi viajar a trabalho e não voltou')).not.toContain('child-taken');
    expect(sut.extract('Comprei um iPhone usado pela OLX por 2.500 reais e a polícia apreendeu dizendo que era roubado')).toContain('good-faith-buyer');
    expect(sut.extract('meu celular foi roubado no ônibus')).not.toContain('good-faith-buyer');
    // Told they may answer for a named crime, the client is the suspect (CPP art. 14); a civil liability is no crime's name.
    expect(sut.extract('o policial falou que eu posso responder por receptação')).toContain('criminal-defence');
    expect(sut.extract('tenho medo de ser indiciada, posso ser processada por estelionato?')).toContain('criminal-defence');
    expect(sut.extract('se o muro cair eu posso responder por danos morais?')).not.toContain('criminal-defence');
  });

  it('reads a purchase from a supplier in judicial recovery told in a sentence, and tells the client company apart', () => {
    expect(sut.extract('fechei um pacote de viagem e a agência entrou em recuperação judicial')).toContain('supplier-insolvent');
    expect(sut.extract('dei 8 mil de entrada nos móveis e a loja pediu recuperação judicial')).toContain('supplier-insolvent');
    // The filing told by the court's verbs.
    expect(sut.extract('paguei a casa toda e a loteadora ajuizou pedido de recuperação judicial')).toContain('supplier-insolvent');
    expect(sut.extract('a escola do meu filho entrou com recuperação judicial')).toContain('supplier-insolvent');
    // A company creditor: the route rule yields to `client-company` (business law).
    expect(sut.extract('minha distribuidora vendeu para uma rede que entrou em recuperação judicial')).toEqual(['client-company', 'supplier-insolvent']);
    expect(sut.extract('comprei uma franquia e a franqueadora faliu')).not.toContain('supplier-insolvent');
  });

  it('reads the client named as the author in a police report, and a defence against an accusation, as a criminal defence', () => {
    expect(sut.extract('Minha ex-patroa registrou um boletim dizendo que eu roubei um notebook')).toContain('criminal-defence');
    expect(sut.extract('ela foi na delegacia e disse que eu ameacei ela')).toContain('criminal-defence');
    expect(sut.extract('quero me defender dessa acusação')).toContain('criminal-defence');
    // The client's own report of what was done to them.
    expect(sut.extract('fiz o boletim dizendo que eu fui roubado')).not.toContain('criminal-defence');
    // Spread to others, not to the police: the client is the offended person.
    expect(sut.extract('anda espalhando no grupo que eu roubei')).not.toContain('criminal-defence');
  });

  it('reads the lay heads of a damages claim (expenses, suffering)', () => {
    expect(sut.extract('quero que ele pague os gastos e um valor pelo sofrimento da menina')).toContain('damages-claimed');
    expect(sut.extract('que pague pelo que eu sofri')).toContain('damages-claimed');
    // The money asked of the offender for the act, and the income the offence keeps taking (CC arts. 402 and 953).
    expect(sut.extract('quero que o primo seja obrigado a me pagar pelo que falou de mim')).toContain('damages-claimed');
    expect(sut.extract('que ela tire o vídeo e pague pelo que estou perdendo de clientes')).toContain('damages-claimed');
    expect(sut.extract('os gastos foram altos')).not.toContain('damages-claimed');
  });

  it("reads a benefit asked for a prisoner's dependants", () => {
    expect(sut.extract('falaram que tem um auxílio do INSS pra família de preso')).toContain('dependant-benefit');
    expect(sut.extract('quero pedir o auxílio-reclusão')).toContain('dependant-benefit');
    expect(sut.extract('to no auxilio do INSS e quero processar a empresa')).not.toContain('dependant-benefit');
  });

  it('reads an employer who will not take the worker back after the INSS discharge, however told', () => {
    expect(sut.extract('o inss me deu alta e a firma nao me aceita de volta')).toContain('return-refused');
    expect(sut.extract('a empresa não me quer de volta')).toContain('return-refused');
  });

  it('reads a sale whose buyer stopped paying the price as a collection', () => {
    expect(sut.extract('Vendi minha moto parcelada para um conhecido, ele pagou duas parcelas e depois parou de pagar')).toContain('debt-collection');
    expect(sut.extract('vendi o carro e o comprador nunca pagou o resto')).toContain('debt-collection');
    expect(sut.extract('comprei a moto parcelada e parei de pagar')).not.toContain('debt-collection');
  });

  it('reads a cheque or a promissory note told as unpaid as a collection, not the client\'s own cheque nor the overdraft', () => {
    expect(sut.extract('ele me pagou com dois cheques e os dois voltaram sem fundo')).toContain('debt-collection');
    expect(sut.extract('a nota promissória que ele assinou venceu em maio e até agora nada')).toContain('debt-collection');
    expect(sut.extract('vendi umas cadeiras pra ela, que levou tudo sem pagar')).toContain('debt-collection');
    expect(sut.extract('o banco devolveu meu cheque mesmo com saldo na conta')).not.toContain('debt-collection');
    expect(sut.extract('entrei no cheque especial e os juros venceram')).not.toContain('debt-collection');
  });

  it('reads a harm the police did to the client, by its agent or in a stop, and not a private guard\'s or the police catching another', () => {
    expect(sut.extract('o policial me agrediu e me algemou sem motivo')).toContain('police-act');
    expect(sut.extract('meu irmão foi morto por policiais militares')).toContain('police-act');
    expect(sut.extract('ele apanhou numa abordagem na saída do baile')).toContain('police-act');
    expect(sut.extract('levou um tiro de borracha na manifestação')).toContain('police-act');
    expect(sut.extract('os policiais me prenderam e me bateram dentro da viatura')).toContain('police-act');
    // The home searched and broken (CF art. 5º XI).
    expect(sut.extract('a policia arrombou o portão, revirou tudo e não achou nada')).toContain('police-act');
    expect(sut.extract('a pm quebrou a porta da minha casa procurando droga')).toContain('police-act');
    expect(sut.extract('a policia entrou na minha casa de madrugada atras de droga')).toContain('police-act');
    expect(sut.extract('a policia entrou em contato comigo pra depor')).not.toContain('police-act');
    expect(sut.extract('o segurança da boate me deu um soco')).not.toContain('police-act');
    expect(sut.extract('o ladrão arrombou a porta e revirou a casa toda')).not.toContain('police-act');
    expect(sut.extract('fiz o boletim na polícia e o delegado ouviu as testemunhas')).not.toContain('police-act');
    // The reading alone routes nothing: only with the State asked to pay (`ROUTE_RULES`: `police-act`).
    expect(sut.extract('o policial me agrediu e me algemou sem motivo')).not.toContain('state-liability');
  });

  it('reads the State asked to pay in the past subjunctive as well ("queria que o governo pagasse")', () => {
    expect(sut.extract('queria que o governo pagasse o prejuizo da porta')).toContain('state-liability');
    expect(sut.extract('queria que meu patrão pagasse as horas extras')).not.toContain('state-liability');
  });

  it('reads the provider\'s staff who offended or turned away the client, and not a worker\'s own job nor a neighbour\'s insult', () => {
    expect(sut.extract('fui humilhada pelo atendente de uma loja de roupas, ele me chamou de pobretona')).toContain('staff-offended');
    expect(sut.extract('o motorista do onibus gritou comigo e me chamou de velha folgada')).toContain('staff-offended');
    expect(sut.extract('o garçom me tratou feito lixo na frente da minha família')).toContain('staff-offended');
    expect(sut.extract('um restaurante não me deixou entrar com meu cão-guia')).toContain('staff-offended');
    expect(sut.extract('meu vizinho me humilhou na frente da rua toda')).not.toContain('staff-offended');
    expect(sut.extract('o atendente do mercado me chamou de caloteiro porque o cartao nao passou')).not.toContain('staff-offended');
    expect(sut.extract('sou atendente de telemarketing e gosto do meu trabalho')).not.toContain('staff-offended');
  });

  it('reads the provider\'s staff who hurt the client it served or damaged what it held, and not the client who is that staff nor a stranger', () => {
    expect(sut.extract('o segurança do shopping me agrediu achando que eu tinha roubado uma loja')).toContain('staff-harm');
    expect(sut.extract('o motorista do ônibus da viação freou bruscamente e eu caí dentro do ônibus')).toContain('staff-harm');
    expect(sut.extract('o manobrista do estacionamento bateu meu carro na pilastra')).toContain('staff-harm');
    expect(sut.extract('fui agredido pelos seguranças do mercado na saída')).toContain('staff-harm');
    expect(sut.extract('sou segurança do supermercado e um cliente me deu um soco')).not.toContain('staff-harm');
    expect(sut.extract('um cliente bêbado me deu um soco no bar')).not.toContain('staff-harm');
    expect(sut.extract('o funcionário da minha loja quebrou a vitrine')).not.toContain('staff-harm');
  });

  it('reads a private provider refusing, barring or charging extra a disabled client, and not a public school nor a condominium', () => {
    expect(sut.extract('o colegio particular recusou a matricula do meu filho quando viu o laudo de autismo')).toContain('disabled-refused');
    expect(sut.extract('oi, sou cego e o hotel onde reservei nao deixou eu hospedar com o meu cachorro guia')).toContain('disabled-refused');
    expect(sut.extract('Minha filha tem TEA e a escola onde ela estuda, que é particular, passou a cobrar uma taxa extra de acompanhante')).toContain('disabled-refused');
    expect(sut.extract('a escola municipal recusou a matricula do meu filho autista')).not.toContain('disabled-refused');
    expect(sut.extract('sou cadeirante e o condominio se recusa a colocar rampa na entrada')).not.toContain('disabled-refused');
    expect(sut.extract('sou cadeirante e a loja nao entregou a geladeira que eu comprei')).not.toContain('disabled-refused');
  });

  it('reads the author of a crime convicted, not the client\'s relative nor a conviction only wished, and the harm\'s value asked in general words', () => {
    expect(sut.extract('o rapaz que furtou minha moto foi condenado mês passado')).toContain('offender-convicted');
    expect(sut.extract('o pedreiro sumiu com o dinheiro e acabou condenado por estelionato')).toContain('offender-convicted');
    expect(sut.extract('Ele foi julgado e condenado, a sentença saiu em março')).toContain('offender-convicted');
    expect(sut.extract('a mulher que aplicou o golpe na minha mãe foi condenada')).toContain('offender-convicted');
    expect(sut.extract('meu filho foi condenado por roubo, pegou 5 anos')).not.toContain('offender-convicted');
    expect(sut.extract('Um homem me agrediu e o processo criminal dele já terminou com condenação.')).toContain('offender-convicted');
    expect(sut.extract('o processo do meu irmão acabou em condenação')).not.toContain('offender-convicted');
    expect(sut.extract('ele já cumpriu a pena e agora quero a indenização')).toContain('offender-convicted');
    expect(sut.extract('meu filho já cumpriu a pena e quer trabalhar')).not.toContain('offender-convicted');
    expect(sut.extract('ele ainda não cumpriu pena nenhuma')).not.toContain('offender-convicted');
    expect(sut.extract('minha irmã já foi condenada e está no semiaberto')).not.toContain('offender-convicted');
    expect(sut.extract('quero que ele seja condenado')).not.toContain('offender-convicted');
    expect(sut.extract('ele ainda não foi condenado')).not.toContain('offender-convicted');
    // The conviction told in other words: the arrest then the conviction, the sentence come out, the judge who convicted, sentenciado.
    expect(sut.extract('foi preso no mesmo dia e já saiu a condenação')).toContain('offender-convicted');
    expect(sut.extract('O autor foi preso pela polícia e condenado no ano passado.')).toContain('offender-convicted');
    expect(sut.extract('o ladrão foi preso em flagrante e depois condenado')).toContain('offender-convicted');
    expect(sut.extract('o juiz condenou o rapaz que roubou meu celular')).toContain('offender-convicted');
    expect(sut.extract('a justiça já condenou ele')).toContain('offender-convicted');
    expect(sut.extract('condenaram ele por estelionato')).toContain('offender-convicted');
    expect(sut.extract('Ele foi detido pela PM e já foi sentenciado.')).toContain('offender-convicted');
    expect(sut.extract('saiu a condenação do meu filho por furto')).not.toContain('offender-convicted');
    expect(sut.extract('o ladrão foi preso mas ainda não saiu a condenação')).not.toContain('offender-convicted');
    expect(sut.extract('fui preso em flagrante e depois condenado')).not.toContain('offender-convicted');
    expect(sut.extract('meu marido foi sentenciado a 6 anos')).not.toContain('offender-convicted');
    expect(sut.extract('o juiz condenou meu irmão por lesão corporal')).not.toContain('offender-convicted');
    expect(sut.extract('meu filho foi preso e depois condenado')).not.toContain('offender-convicted');
    expect(sut.extract('o processo criminal dele já terminou com condenação')).toContain('offender-convicted');
    expect(sut.extract('o processo do meu filho terminou com condenação')).not.toContain('offender-convicted');
    // The end told with its date between ("terminou só no ano passado, com condenação"); still not a relative's.
    expect(sut.extract('O processo criminal dele terminou só no ano passado, com condenação.')).toContain('offender-convicted');
    expect(sut.extract('o processo do meu filho terminou no ano passado, com condenação')).not.toContain('offender-convicted');
    expect(sut.extract('quero cobrar isso dele')).toContain('value-claimed');
    expect(sut.extract('e agora, como eu recebo isso?')).toContain('value-claimed');
    expect(sut.extract('a gente quer o dinheiro da minha mãe de volta')).toContain('value-claimed');
    expect(sut.extract('quero que ela me devolva tudo')).toContain('value-claimed');
    expect(sut.extract('quero saber se dá pra recorrer')).not.toContain('value-claimed');
    expect(sut.extract('quero que ele pague a bicicleta')).toContain('value-claimed');
    expect(sut.extract('como faço pra ela me pagar?')).toContain('value-claimed');
    expect(sut.extract('quero o meu prejuízo de volta dele')).toContain('value-claimed');
    expect(sut.extract('quero o dinheiro do celular dele')).toContain('value-claimed');
    expect(sut.extract('quero que ele pague pelo que fez')).not.toContain('value-claimed');
    expect(sut.extract('quero que ele pague na cadeia')).not.toContain('value-claimed');
    expect(sut.extract('quero a guarda dela e que ele pague pensao')).not.toContain('value-claimed');
    // The same wished or told as the thing's return: "queria que ele me ressarcisse", "quero receber de volta", "o valor do que sumiu".
    expect(sut.extract('queria que ele me ressarcisse')).toContain('value-claimed');
    expect(sut.extract('Quero receber de volta.')).toContain('value-claimed');
    expect(sut.extract('quero o valor do que sumiu')).toContain('value-claimed');
    expect(sut.extract('queria receber meu salário')).not.toContain('value-claimed');
  });

  it('reads a theft of the client\'s things, documents lost, the police report asked and the keeper asked to pay', () => {
    expect(sut.extract('bateram minha carteira no ônibus')).toContain('belongings-taken');
    expect(sut.extract('meu celular foi furtado ontem')).toContain('belongings-taken');
    expect(sut.extract('puxaram a bolsa da minha mãe na rua')).toContain('belongings-taken');
    // The victim's own phrase is not hidden by the longer one.
    expect(sut.extract('roubaram meu celular na rua')).toEqual(expect.arrayContaining(['victim', 'belongings-taken']));
    expect(sut.extract('levaram meu carro pro pátio do Detran')).not.toContain('belongings-taken');
    expect(sut.extract('perdi meus documentos na feira')).toContain('documents-lost');
    expect(sut.extract('vale a pena registrar ocorrência?')).toContain('police-report-asked');
    expect(sut.extract('quero saber se dá pra pegar o ladrão')).toContain('police-report-asked');
    expect(sut.extract('já fiz o boletim online')).not.toContain('police-report-asked');
    expect(sut.extract('quero que o shopping pague a moto')).toContain('keeper-asked');
    expect(sut.extract('o shopping diz que não se responsabiliza')).not.toContain('keeper-asked');
  });

  it('reads the author asked to pay the harm, not the punishment wished, support, nor the shop asked', () => {
    expect(sut.extract('quero que ele pague o conserto')).toContain('author-asked');
    expect(sut.extract('quero que o dono do carro me pague a funilaria')).toContain('author-asked');
    expect(sut.extract('quero cobrar dela')).toContain('author-asked');
    expect(sut.extract('quero que ele pague pelo que fez')).not.toContain('author-asked');
    expect(sut.extract('quero que ele pague pensão')).not.toContain('author-asked');
    expect(sut.extract('quero que o shopping pague o conserto')).not.toContain('author-asked');
  });

  it('reads the State asked to pay or blamed in a sentence as its liability, and a public hospital or school then as its care', () => {
    expect(sut.extract('meu irmão apanhou dos agentes na cadeia e quero indenização')).toContain('state-custody');
    // The jail as the penalty the client fears or wishes is no one held by the State.
    expect(sut.extract('disseram que isso dá cadeia, mas eu só quero indenização')).not.toContain('state-custody');
    expect(sut.extract('vamos entrar com uma ação de indenização contra o Estado')).toContain('state-liability');
    expect(sut.extract('o Estado tinha o dever de proteger ele lá dentro')).toContain('state-liability');
    expect(sut.extract('meu filho se machucou na escola municipal e a prefeitura tem que pagar o tratamento')).toContain('state-custody');
    expect(sut.extract('fui atendido no hospital municipal depois da batida')).not.toContain('state-custody');
    // The places of care are the complexity reading's (`PUBLIC_CARE_PLACES`): an emergency unit, a health post, a nursery of the State.
    expect(sut.extract('meu pai piorou na UPA esperando e o município falhou, tem que indenizar')).toContain('state-custody');
    expect(sut.extract('levei meu filho na UPA e depois fui pra casa')).not.toContain('state-custody');
    expect(sut.extract('o estado de saúde dele é grave')).not.toContain('state-liability');
    // The body asked to pay in any words is the other side (CF art. 37 §6º): arcar, ressarcir, reembolsar, custear, responsabilizar.
    for (const asked of ['quero que o município arque com o prejuízo', 'o estado precisa ser responsabilizado', 'a prefeitura tem que ressarcir o que perdi']) {
      expect(sut.extract(asked)).toEqual(expect.arrayContaining(['state-liability', 'opponent-public-body']));
    }
    expect(sut.extract('o estado de saúde dele é grave')).not.toContain('opponent-public-body');
    // Asked with a verb of duty ("se o estado tem que responder por isso"): a legal person's liability, no criminal complaint (CF art. 37 §6).
    const owed = sut.extract('queremos saber se o estado tem que responder por isso');
    expect(owed).toContain('state-liability');
    expect(owed).not.toContain('criminal-complaint');
    expect(sut.extract('quero que ele responda por isso')).toContain('criminal-complaint');
  });

  it('reads a worker employed by a contractor at another\'s place as outsourced, not a client who hired a contractor', () => {
    expect(sut.extract('trabalho de vigilante num banco pela empresa de segurança')).toContain('outsourced-worker');
    expect(sut.extract('sou faxineira num hospital, quem me paga é uma prestadora de serviços')).toContain('outsourced-worker');
    // The site's subcontractor that signed the card, the builder the taker (CLT art. 455); not an owner who hired a contractor for the house.
    expect(sut.extract('a empreiteira era quem assinava a carteira')).toContain('outsourced-worker');
    expect(sut.extract('trabalhava de servente pra uma empreiteira numa obra da construtora')).toContain('outsourced-worker');
    expect(sut.extract('contratei uma empreiteira pra reformar minha casa e sumiram')).not.toContain('outsourced-worker');
    // A service told outsourced by its supplier ("o ônibus era terceirizado"): the consumer's supply chain (CDC arts. 7º p.u. and 14), not the client's job.
    expect(sut.extract('a escola diz que o ônibus era terceirizado e não responde pelo atraso')).not.toContain('outsourced-worker');
    expect(sut.extract('eu era terceirizada no hospital pela empresa de limpeza')).toContain('outsourced-worker');
    expect(sut.extract('contratei uma empresa de limpeza pra lavar o sofá e estragaram o tecido')).not.toContain('outsourced-worker');
    expect(sut.extract('sou cliente do banco e uma empresa terceirizada de cobrança me liga todo dia')).not.toContain('outsourced-worker');
    expect(sut.extract('trabalho no hospital e contratei uma empresa de segurança pra minha casa, roubaram tudo')).not.toContain('outsourced-worker');
  });

  it('reads a dead relative told as a partner, or the quotas they held, as a dead partner\'s share', () => {
    expect(sut.extract('meu pai faleceu e ele era sócio de uma transportadora com dois amigos')).toContain('dead-partner-share');
    expect(sut.extract('minha mãe morreu e tinha 30% das quotas de uma farmácia')).toContain('dead-partner-share');
    expect(sut.extract('meu pai faleceu e deixou uma casa e um carro')).not.toContain('dead-partner-share');
  });

  it('reads a purchase from a person named by who they are as one from a private seller', () => {
    expect(sut.extract('comprei uma caminhonete de um rapaz pelo facebook')).toContain('private-seller');
    expect(sut.extract('comprei a moto de uma vizinha')).toContain('private-seller');
    expect(sut.extract('comprei uma geladeira na loja')).not.toContain('private-seller');
  });

  it('reads a hire, a job or earnest money paid to a person named by who they are as a deal with a private person', () => {
    expect(sut.extract('a gente alugou a van de um conhecido pra viagem')).toContain('private-seller');
    expect(sut.extract('dei 1.800 pro meu vizinho arrumar o câmbio do carro')).toContain('private-seller');
    expect(sut.extract('contratei um rapaz conhecido do meu marido pra fazer a laje')).toContain('private-seller');
    expect(sut.extract('comprei o notebook do meu primo')).toContain('private-seller');
    // The one selling is the other side, not the client.
    expect(sut.extract('dei um sinal num carro que um senhor tava vendendo')).toEqual(['private-seller']);
    // A store's employee is the store's; a house is real property, whoever sells it.
    expect(sut.extract('paguei pra um rapaz da loja e o sofá não veio')).not.toContain('private-seller');
    expect(sut.extract('comprei essa casa de um homem chamado seu Antônio')).not.toContain('private-seller');
  });

  it('reads a good bought from a person, and a job done by one named by a trade and by who they are, as a deal with a private person', () => {
    expect(sut.extract('comprei um iphone de uma pessoa pelo marketplace')).toContain('private-seller');
    expect(sut.extract('comprei um celular de uma pessoa da loja')).not.toContain('private-seller');
    expect(sut.extract('o porteiro do meu prédio fez um serviço de pintura no apartamento')).toContain('private-seller');
    expect(sut.extract('contratei um pedreiro conhecido da família pra levantar o muro')).toContain('private-seller');
    // The trade alone, or with no job for the client, is no private deal.
    expect(sut.extract('contratei um pedreiro pra levantar o muro')).not.toContain('private-seller');
    expect(sut.extract('o porteiro do prédio recebeu minha encomenda')).not.toContain('private-seller');
    expect(sut.extract('sou porteiro do prédio faz 6 anos')).not.toContain('private-seller');
  });

  it('reads work for another and an injury of work in one message as a work injury', () => {
    expect(sut.extract('trabalhava de servente numa obra e caí do andaime')).toContain('work-injury');
    expect(sut.extract('trabalhava de diarista pra uma construtora. A serra circular cortou dois dedos da minha mão')).toContain('work-injury');
    expect(sut.extract('meu filho trabalhava numa serralheria e a máquina prensou a mão dele')).toContain('work-injury');
    // A fall with no job told, or the time off work after it, is not.
    expect(sut.extract('caí da escada do shopping e quebrei o braço')).not.toContain('work-injury');
    expect(sut.extract('fiquei sem trabalhar depois que caí da escada')).not.toContain('work-injury');
  });

  it('reads the pay docked for a damage or a till short as a damage charged to the worker (CLT art. 462 §1º)', () => {
    expect(sut.extract('no termo de rescisão descontaram 3 mil pela franquia do caminhão que bateu')).toContain('damage-charged-to-worker');
    expect(sut.extract('a gerente desconta do meu salário quando o caixa fecha faltando dinheiro')).toContain('damage-charged-to-worker');
    expect(sut.extract('o patrão quer cobrar a ferramenta que quebrou')).toContain('damage-charged-to-worker');
    // A consumer's breach of contract or moral damages, and a loan docked from the pay, are not.
    expect(sut.extract('a academia cobrou multa por quebra de contrato e tirou do meu salário')).not.toContain('damage-charged-to-worker');
    expect(sut.extract('vou cobrar danos morais do banco que bloqueou meu salário')).not.toContain('damage-charged-to-worker');
    expect(sut.extract('o banco desconta do meu salário o consignado')).not.toContain('damage-charged-to-worker');
  });

  it('reads a salesperson\'s commissions withheld, charged back or cut as commissions withheld (CLT arts. 457 §1º and 468; Lei 3.207/57)', () => {
    expect(sut.extract('a imobiliária não repassou as minhas comissões das vendas')).toContain('commissions-withheld');
    expect(sut.extract('reduziram a comissão de todos os vendedores do setor')).toContain('commissions-withheld');
    expect(sut.extract('eles não pagam comissão das vendas financiadas')).toContain('commissions-withheld');
    expect(sut.extract('a operadora estornou minha comissão porque o cliente cancelou')).toContain('commissions-withheld');
    expect(sut.extract('cortaram o percentual da comissão de todo mundo')).toContain('commissions-withheld');
    expect(sut.extract('to com as comissões atrasadas desde março')).toContain('commissions-withheld');
    expect(sut.extract('minha comissão de vendas tá atrasada')).toContain('commissions-withheld');
    // The commission told as part of the pay, one that fell with the sales, an autonomous broker's or representative's, and a board's are not.
    expect(sut.extract('ganho fixo mais comissão')).not.toContain('commissions-withheld');
    expect(sut.extract('minha comissão caiu porque vendi menos')).not.toContain('commissions-withheld');
    expect(sut.extract('sou representante comercial e a fábrica parou de pagar minhas comissões')).not.toContain('commissions-withheld');
    expect(sut.extract('sou corretor autônomo e o vendedor não me pagou a comissão')).not.toContain('commissions-withheld');
    expect(sut.extract('a comissão de formatura não recebeu o dinheiro de volta')).not.toContain('commissions-withheld');
  });

  it('hears the INSS\'s ground that the client was no longer insured (Lei 8.213 art. 15)', () => {
    expect(sut.extract('negaram dizendo que perdi a qualidade de segurada')).toContain('insured-status-lost');
    expect(sut.extract('o inss falou que eu não sou mais segurado')).toContain('insured-status-lost');
    expect(sut.extract('sou segurado do inss há 20 anos')).not.toContain('insured-status-lost');
    expect(sut.extract('o pedido foi indeferido por falta de qualidade de dependente')).not.toContain('insured-status-lost');
  });

  it('hears maternity pay asked, and a benefit asked for an adoption, as maternity pay (Lei 8.213 arts. 71 and 71-A)', () => {
    expect(sut.extract('pedi o salário maternidade no INSS')).toContain('maternity-pay');
    expect(sut.extract('consegui a guarda para fins de adoção, tenho direito a algum benefício do INSS?')).toContain('maternity-pay');
    // The adoption alone, or a benefit with no adoption, is not.
    expect(sut.extract('queremos adotar uma criança e o processo de habilitação está parado')).not.toContain('maternity-pay');
    expect(sut.extract('o INSS negou meu benefício')).not.toContain('maternity-pay');
  });

  it('reads work and two marks of work like slavery in one message as forced labour (CP art. 149)', () => {
    expect(sut.extract('foi trabalhar numa fazenda e não consegue voltar, o dono pegou a carteira e o RG de todos')).toContain('forced-labour');
    expect(sut.extract('tudo era descontado e a dívida da comida só aumentava, o encarregado falava que ninguém saía dali')).toContain('forced-labour');
    expect(sut.extract('o patrão ficou com os passaportes delas e a porta da oficina fica trancada com cadeado')).toContain('forced-labour');
    // One mark is an ordinary complaint, and a violent partner who keeps the client home is no employer.
    expect(sut.extract('o patrão ficou com minha carteira de trabalho e não devolve')).not.toContain('forced-labour');
    expect(sut.extract('meu marido anda armado e não me deixa sair pra trabalhar')).not.toContain('forced-labour');
  });

  it('lists the marks of work like slavery each message tells, for the accumulator to add up (CP art. 149)', () => {
    expect(forcedLabourMarksIn('vim trabalhar na colheita e o gato recolheu a identidade de todo mundo')).toEqual(['mark-0']);
    expect(forcedLabourMarksIn('agora falam que eu devo a comida e o alojamento')).toEqual(['mark-1']);
    expect(forcedLabourMarksIn('tem um homem com espingarda no portão')).toEqual(['mark-3']);
    expect(forcedLabourMarksIn('quero ir embora e o patrão não deixa')).toEqual(['mark-2']);
    // A leave bound to a payment is the mark; a wish to go back to work beside a claim for pay is not.
    expect(forcedLabourMarksIn('o gato disse que só deixa ir embora quando a gente pagar a passagem')).toEqual(['mark-1']);
    expect(forcedLabourMarksIn('quero voltar a trabalhar ou que a empresa me pague os meses parados')).toEqual([]);
    expect(tellsWork('vim trabalhar na colheita')).toBe(true);
    expect(tellsWork('tem um homem com espingarda no portão')).toBe(false);
  });

  it("reads a joined transcript's marks of work like slavery as its messages' together, in the marks' order", () => {
    const messages = ['tem um homem com espingarda no portão', 'vim trabalhar na colheita e o gato recolheu a identidade de todo mundo'];
    const transcript = joinTexts(messages);

    expect(forcedLabourMarksIn(transcript)).toEqual(['mark-0', 'mark-3']);
    expect(tellsWork(transcript)).toBe(true);
    expect(tellsWork(joinTexts(['tem um homem com espingarda no portão', 'não sei o que fazer']))).toBe(false);
  });

  it('reads a vehicle that killed a relative as a collision the family suffered', () => {
    expect(sut.extract('um caminhão de uma distribuidora matou meu pai na rodovia')).toContain('collision-victim');
    expect(sut.extract('o ônibus da viação avançou o sinal e matou minha esposa na faixa')).toContain('collision-victim');
    // Almost killed, a vehicle in another sentence, or a death with no vehicle, is not.
    expect(sut.extract('um carro quase matou minha filha na porta da escola')).not.toContain('collision-victim');
    expect(sut.extract('vendi o carro. O câncer matou minha mãe em janeiro')).not.toContain('collision-victim');
    expect(sut.extract('dois assaltantes mataram meu marido dentro da loja')).not.toContain('collision-victim');
  });

  it("reads the client's vehicle told by where it was struck, by the work vehicle it is, or closed in traffic, as a collision suffered", () => {
    expect(sut.extract('um carro de autoescola bateu na traseira da minha van escolar')).toContain('collision-victim');
    expect(sut.extract('uma motocicleta atingiu a lateral do meu veículo de trabalho')).toContain('collision-victim');
    expect(sut.extract('um motorista de aplicativo bateu de frente na minha moto')).toContain('collision-victim');
    expect(sut.extract('o cara bateu no meu táxi parado no ponto')).toContain('collision-victim');
    expect(sut.extract('um carro derrubou minha bicicleta de entrega na ciclovia')).toContain('collision-victim');
    expect(sut.extract('uma carreta fechou meu caminhão na serra e eu tombei')).toContain('collision-victim');
    expect(sut.extract('bah, um ônibus me fechou na faixa e eu caí com a moto')).toContain('collision-victim');
    expect(sut.extract('um carro me pegou de frente na estrada')).toContain('collision-victim');
    // The client who struck another, and a vehicle lent and crashed by the borrower, are not.
    expect(sut.extract('eu bati na traseira de uma van no semáforo')).not.toContain('collision-victim');
    expect(sut.extract('meu cunhado pegou minha moto emprestada e bateu num muro')).not.toContain('collision-victim');
  });

  it('reads a tradesperson or a trade business hired for a job at home as a trade hired (CDC arts. 2º, 3º §2º)', () => {
    expect(sut.extract('contratei um eletricista pra refazer a fiação da casa')).toContain('tradesman-hired');
    expect(sut.extract('paguei uma marcenaria pra fazer os armários da cozinha')).toContain('tradesman-hired');
    expect(sut.extract('dei 2 mil de entrada pro marceneiro fazer o guarda roupa')).toContain('tradesman-hired');
    expect(sut.extract('a empresa de jardinagem que eu contratei quer cobrar multa')).toContain('tradesman-hired');
    expect(sut.extract('chamei um pintor pra pintar a frente da casa')).toContain('tradesman-hired');
    expect(sut.extract('fechei os móveis planejados do quarto')).toContain('tradesman-hired');
    // The trade told with who the person is to the client, one called only to look, a repair quoted, and the autonomous pedreiro's obra are not.
    expect(sut.extract('contratei um eletricista conhecido do meu marido')).not.toContain('tradesman-hired');
    expect(sut.extract('o encanador que eu chamei disse que o vazamento vem de cima')).not.toContain('tradesman-hired');
    expect(sut.extract('eu chamei o encanador na mesma semana e consertei')).not.toContain('tradesman-hired');
    expect(sut.extract('o gesseiro orçou 3 mil pra arrumar o forro')).not.toContain('tradesman-hired');
    expect(sut.extract('contratei um pedreiro pra reformar minha casa')).not.toContain('tradesman-hired');
  });

  it('reads the trade business the person hired has as a supplier hired, and the provider told as working on his own as informal', () => {
    expect(sut.extract('ele tem uma marcenaria, com cnpj e tudo')).toContain('supplier-hired');
    expect(sut.extract('meu irmão tem uma marcenaria')).not.toContain('supplier-hired');
    expect(sut.extract('ele é autônomo, trabalha em casa')).toContain('provider-informal');
    expect(sut.extract('ele não tem empresa, faz tudo sozinho')).toContain('provider-informal');
    expect(sut.extract('sou autônomo e trabalho em casa')).not.toContain('provider-informal');
  });

  it('reads a company hired, or its registration told, as a supplier hired', () => {
    expect(sut.extract('contratei uma empresa de reforma pro banheiro')).toContain('supplier-hired');
    expect(sut.extract('aluguei um salão de festas de uma empresa de eventos')).toContain('supplier-hired');
    expect(sut.extract('é uma oficina grande aqui do bairro, com cnpj')).toEqual(['supplier-hired']);
    expect(sut.extract('a empresa tem loja e cnpj')).toContain('supplier-hired');
    expect(sut.extract('eu tenho uma marcenaria com cnpj')).not.toContain('supplier-hired');
    // A vehicle dealer the client bought from, or that sold or answers for the car (CDC arts. 3, 18 and 26 §3º).
    expect(sut.extract('comprei um carro usado numa garagem de seminovos')).toContain('supplier-hired');
    expect(sut.extract('comprei a moto na revenda em março')).toContain('supplier-hired');
    expect(sut.extract('a garagem me vendeu um carro batido')).toContain('supplier-hired');
    expect(sut.extract('a revenda diz que carro usado não tem garantia')).toContain('supplier-hired');
    expect(sut.extract('comprei o carro de um vizinho e guardo na garagem dele')).not.toContain('supplier-hired');
    // A shop as the one that speaks is as often the client's employer.
    expect(sut.extract('a loja disse que vai me mandar embora')).not.toContain('supplier-hired');
  });

  it('does not take a public body that only recorded the facts for the other side', () => {
    expect(sut.extract('a prefeitura multou minha obra')).toContain('opponent-public-body');
    expect(sut.extract('quando fui transferir no detran descobri a alienação')).not.toContain('opponent-public-body');
  });

  it('hears a Pix or a charge already disputed with the bank, and rent paid up to date', () => {
    expect(sut.extract('no mesmo dia contestei no aplicativo pelo MED')).toContain('bank-contested');
    expect(sut.extract('vou contestar a compra no banco amanhã')).not.toContain('bank-contested');
    expect(sut.extract('o aluguel é mil e novecentos e eu nunca atrasei')).toContain('rent-up-to-date');
    expect(sut.extract('pago 900 de aluguel certinho')).toContain('rent-up-to-date');
    expect(sut.extract('o inquilino está devendo três meses')).not.toContain('rent-up-to-date');
  });

  it('hears a police report never made, and not as one made', () => {
    expect(sut.extract('não fiz boletim de ocorrência na hora e não tirei foto')).toEqual(['no-police-report']);
    expect(sut.extract('fiz boletim de ocorrência no mesmo dia')).not.toContain('no-police-report');
  });

  it('reads the employer who asks how to dismiss, not the worker threatened with it', () => {
    expect(sut.extract('preciso mandar embora uma funcionaria que vive chegando atrasada')).toContain('client-employer');
    expect(sut.extract('posso dar justa causa? já dei duas advertências por escrito')).toContain('client-employer');
    expect(sut.extract('a empresa quer me dar justa causa por causa dos atrasos')).not.toContain('client-employer');
    expect(sut.extract('não sou empregador, sou só o gerente')).not.toContain('client-employer');
  });

  it('reads a citation received, told with words between, as the client sued', () => {
    expect(sut.extract('Recebi pelo correio uma citação de um processo do TJ-SP')).toContain('defendant');
    expect(sut.extract('a carta fala em 15 dias úteis para contestar a ação')).toContain('defendant');
    expect(sut.extract('o banco me deu prazo para contestar a compra no cartão')).not.toContain('defendant');
    expect(sut.extract('meu advogado disse que a citação do réu ainda não saiu')).not.toContain('defendant');
  });

  it('hears the city as the creditor of a debt as the tax authority, and a block of the account as income held', () => {
    expect(sut.extract('é por causa de uma dívida com a Prefeitura')).toContain('tax-authority');
    expect(sut.extract('fui surpreendido com o bloqueio da minha conta no banco')).toContain('blocked-income');
  });

  it('hears a parcel from abroad taxed on arrival, and what the seller owes on a failed order (DL 1.804/80 art. 2º; CDC arts. 18, 35 and 49)', () => {
    expect(sut.extract('veio uma taxa de importação maior que o produto')).toContain('parcel-taxed');
    expect(sut.extract('a receita taxou meu pacote do paraguai')).toContain('parcel-taxed');
    expect(sut.extract('recebi aviso de tributação de uma encomenda da Inglaterra')).toContain('parcel-taxed');
    expect(sut.extract('comprei no Remessa Conforme e cobraram de novo')).toContain('parcel-taxed');
    expect(sut.extract('comprei um relógio na china e o pacote nunca chegou')).not.toContain('parcel-taxed');
    expect(sut.extract('comprei um relógio na china e o pacote nunca chegou')).toContain('order-failed');
    expect(sut.extract('a loja mandou um produto diferente do que eu comprei')).toContain('order-failed');
    expect(sut.extract('a taxa de importação veio alta')).not.toContain('order-failed');
  });

  it("hears the client's own intimate images, and the couple's, as the one their exposure harmed (CP art. 218-C; CC art. 953)", () => {
    expect(sut.extract('meu ex espalhou meus nudes no grupo')).toContain('own-intimate-images');
    expect(sut.extract('vazou minhas fotos íntimas na faculdade')).toContain('own-intimate-images');
    expect(sut.extract('postaram um vídeo íntimo meu num site')).toContain('own-intimate-images');
    expect(sut.extract('ele divulgou um vídeo íntimo nosso')).toContain('own-intimate-images');
    // Someone else's images, or a child's, are not the client's own.
    expect(sut.extract('ele mandou fotos íntimas da minha filha')).not.toContain('own-intimate-images');
    expect(sut.extract('recebi nudes de uma colega no grupo')).not.toContain('own-intimate-images');
  });

  it('hears a prosecution for a death as a criminal defence, and a run-over person as a road victim', () => {
    expect(sut.extract('agora ele ta sendo processado pela morte e tem 10 dias pra responder')).toContain('criminal-defence');
    expect(sut.extract('a familia do rapaz vai pedir indenizacao pela morte')).not.toContain('criminal-defence');
    expect(sut.extract('meu pai foi atropelado por um caminhao')).toContain('run-over');
    expect(sut.extract('atropelei um ciclista sem querer')).not.toContain('run-over');
    // The driver who fled without helping the victim (CTB arts. 304 and 305).
    expect(sut.extract('o motorista fugiu do local sem prestar socorro')).toContain('hit-and-run');
    expect(sut.extract('o carro pegou ele e nem parou pra ajudar')).toContain('hit-and-run');
    expect(sut.extract('o motorista parou, chamou o SAMU e prestou socorro')).not.toContain('hit-and-run');
  });

  it('hears the siblings who refuse to help a parent as support owed to the parent, and a family business as the client company', () => {
    expect(sut.extract('so eu ajudo ela, meus irmaos nao querem dar nada')).toContain('parent-support');
    expect(sut.extract('a gente tem uma fabrica de moveis faz 25 anos')).toContain('client-company');
    expect(sut.extract('tenho uma importadora pequena')).toContain('client-company');
    expect(sut.extract('trabalho numa importadora')).not.toContain('client-company');
  });

  it("reads another business told in the third person as a company with a CNPJ as the supplier, not the client's company", () => {
    expect(sut.extract('A loja é uma empresa de eletrônicos com CNPJ e não entrega o celular')).not.toContain('client-company');
    expect(sut.extract('o site era de uma empresa com cnpj, não era golpe')).not.toContain('client-company');
    expect(sut.extract('comprei a máquina com CNPJ, no nome da firma')).toContain('client-company');
    expect(sut.extract('a loja é uma empresa com cnpj, e minha loja comprava deles')).toContain('client-company');
    // The other person's own company, whose cheque or account paid the client.
    expect(sut.extract('vendi meu carro pra ele, pagou com cheque da empresa dele, com CNPJ e tudo, e voltou')).not.toContain('client-company');
    expect(sut.extract('o pix veio da conta dela com cnpj de uma loja')).not.toContain('client-company');
    expect(sut.extract('a empresa dele me contratou e eu emito nota com cnpj')).toContain('client-company');
  });

  it("hears the INSS's refusal of a dead partner's pension as a dependant's benefit", () => {
    expect(sut.extract('quero a pensao do meu falecido marido')).toContain('dependant-benefit');
    expect(sut.extract('ele nao paga a pensao do meu filho')).not.toContain('dependant-benefit');
  });

  it("reads the unit above and water damage told in one message as the neighbour's leak (CC arts. 1.277 and 927)", () => {
    expect(sut.extract('O vizinho de cima disse que chama a polícia. Meu teto tá todo mofado por causa da água dele!!')).toContain('neighbour-leak');
    expect(sut.extract('desde que o apartamento de cima reformou o banheiro pinga no meu forro')).toContain('neighbour-leak');
    expect(sut.extract('o vizinho de cima faz barulho a noite toda')).not.toContain('neighbour-leak');
    expect(sut.extract('tem infiltração na parede da sala')).not.toContain('neighbour-leak');
  });

  it("reads water from another unit named by its floor as the neighbour's leak (CC arts. 1.277, 1.331 §1º and 927)", () => {
    expect(sut.extract('a agua do apartamento do segundo andar escorre pro meu banheiro')).toContain('neighbour-leak');
    expect(sut.extract('a infiltração que vem do apto do 4º andar estragou meu forro')).toContain('neighbour-leak');
    // The client's own flat named by its floor is not another's unit.
    expect(sut.extract('tem infiltração no meu apartamento do segundo andar')).not.toContain('neighbour-leak');
    expect(sut.extract('moro no apartamento do terceiro andar e a água da rua acabou')).not.toContain('neighbour-leak');
  });

  it("reads water sent from the neighbour's own house next door as the neighbour's leak too (CC arts. 1.277, 1.300 and 927)", () => {
    expect(sut.extract("a caixa d'água do vizinho vaza e a água vem pela parede pra minha casa")).toContain('neighbour-leak');
    expect(sut.extract('meu vizinho construiu e a água da chuva do telhado dele cai toda na minha cozinha')).toContain('neighbour-leak');
    expect(sut.extract('o vizinho do lado fez uma laje e toda chuva a agua escorre pra dentro da minha casa')).toContain('neighbour-leak');
    // The neighbour's roof or tank told without water, and one's own pipe, are not.
    expect(sut.extract('o telhado do vizinho avança por cima do meu muro')).not.toContain('neighbour-leak');
    expect(sut.extract('o cano dele estourou e a conta de agua veio alta')).not.toContain('neighbour-leak');
  });

  it('reads the dead partner\'s pension told with the death after the partner as the pension by death, not the support an ex pays', () => {
    expect(sut.extract('queria ver como funciona a pensão do meu marido que faleceu')).toContain('dependant-benefit');
    expect(sut.extract('a pensão do meu ex-marido não cai faz dois meses')).not.toContain('dependant-benefit');
  });

  it('reads the works next door, named or told of the neighbour in a sentence (CC arts. 1.277 and 1.311)', () => {
    expect(sut.extract('o vizinho do lado contratou uma construtora pra levantar um sobrado')).toContain('neighbour-works');
    expect(sut.extract('depois da obra do vizinho a parede rachou')).toContain('neighbour-works');
    expect(sut.extract('a vizinha reclamou do barulho da festa')).not.toContain('neighbour-works');
    // A wall raised on the boundary is the encroachment's reading, not damage done next door.
    expect(sut.extract('meu vizinho levantou um muro novo e pegou um metro do meu terreno')).not.toContain('neighbour-works');
    // The works told by the lot next door they stand on, without the neighbour's name.
    expect(sut.extract('estão construindo um prédio no terreno ao lado da minha casa')).toContain('neighbour-works');
    expect(sut.extract('fizeram uma escavação enorme no lote do lado pra um galpão')).toContain('neighbour-works');
    expect(sut.extract('estão fazendo um prédio grande do lado de casa')).toContain('neighbour-works');
    expect(sut.extract('moro no prédio ao lado do mercado')).not.toContain('neighbour-works');
    // The place told first, then the works ("do lado da casa dela ... cavando"); a bare "fazendo" there is anything done.
    expect(sut.extract('do lado da casa do meu pai começaram a escavar pra fundação de um galpão')).toContain('neighbour-works');
    expect(sut.extract('do lado de casa tem um bar fazendo barulho toda noite')).not.toContain('neighbour-works');
  });

  it('reads the neighbour\'s works told by a noun after a verb of doing or starting as the works next door (CC arts. 1.277 and 1.311)', () => {
    expect(sut.extract('o vizinho fez uma reforma na casa dele e apareceram trincas na minha parede')).toContain('neighbour-works');
    expect(sut.extract('desde que o vizinho começou a reforma do sobrado dele')).toContain('neighbour-works');
    expect(sut.extract('o vizinho começou uma escavação no terreno dele pra fazer uma garagem')).toContain('neighbour-works');
    expect(sut.extract('a vizinha tá fazendo uma obra enorme')).toContain('neighbour-works');
    expect(sut.extract('os vizinhos iniciaram uma construção de dois andares')).toContain('neighbour-works');
    // The present "faz obras" is often the neighbour's trade, and works not told of a neighbour are no works next door.
    expect(sut.extract('meu vizinho faz obras e me indicou um pedreiro')).not.toContain('neighbour-works');
    expect(sut.extract('o pedreiro fez uma reforma no meu banheiro')).not.toContain('neighbour-works');
  });

  it('reads a neighbour\'s animals straying into or spoiling the client\'s land as the keeper\'s liability (CC art. 936)', () => {
    expect(sut.extract('os porcos do vizinho fogem e entram no meu quintal toda semana')).toContain('neighbour-animals');
    expect(sut.extract('as vacas dele pularam a cerca e pisotearam o feijão que plantei')).toContain('neighbour-animals');
    // The client's own animals, and a neighbour's animal not harming anything, are no such claim.
    expect(sut.extract('minhas galinhas entraram no quintal do vizinho')).not.toContain('neighbour-animals');
    expect(sut.extract('o cachorro do vizinho late a noite inteira')).not.toContain('neighbour-animals');
  });

  it('reads a fire, a flood or a ruin that came from another\'s building or land as its owner\'s liability (CC arts. 927, 937, 938 and 1.277)', () => {
    expect(sut.extract('pegou fogo na casa do vizinho e o fogo passou pro meu telhado')).toContain('neighbour-hazard');
    expect(sut.extract('a serraria da rua pegou fogo e o incêndio se alastrou por cinco casas')).toContain('neighbour-hazard');
    expect(sut.extract('a represa da fazenda vizinha rompeu e alagou meu sítio')).toContain('neighbour-hazard');
    expect(sut.extract('o muro de arrimo do terreno de cima desabou na minha cozinha')).toContain('neighbour-hazard');
    expect(sut.extract('a marquise da loja caiu em cima de mim na calçada')).toContain('neighbour-hazard');
    // The fire or the fall and whose place it came from in one sentence: a ceiling of the client's own home, a fire with no other's
    // place, and a neighbour named in another sentence are no such claim.
    expect(sut.extract('o forro da minha sala desabou')).not.toContain('neighbour-hazard');
    expect(sut.extract('o fogo queimou a minha cozinha toda')).not.toContain('neighbour-hazard');
    expect(sut.extract('a encosta desabou em cima das casas. o vizinho me ajudou a tirar as coisas')).not.toContain('neighbour-hazard');
  });

  it('reads a sign, a branch or any thing fallen from another\'s lot onto the client\'s home or car, and a tank next door that overflowed, as its owner\'s liability (CC arts. 937, 938 and 1.277)', () => {
    expect(sut.extract('o pé de manga do terreno do lado caiu em cima do meu muro')).toContain('neighbour-hazard');
    expect(sut.extract('o coqueiro da vizinha tombou na minha moto')).toContain('neighbour-hazard');
    expect(sut.extract('o letreiro da farmácia em frente despencou sobre o meu carro')).toContain('neighbour-hazard');
    expect(sut.extract("a caixa d'água do prédio ao lado transbordou e alagou minha garagem")).toContain('neighbour-hazard');
    // A thing fallen with no other's place, money that fell into the account, and the client's own tank are no such harm.
    expect(sut.extract('a árvore caiu em cima do meu carro na avenida')).not.toContain('neighbour-hazard');
    expect(sut.extract('o dinheiro da empresa caiu na minha conta ontem')).not.toContain('neighbour-hazard');
    expect(sut.extract("a minha caixa d'água transbordou e molhou a casa")).not.toContain('neighbour-hazard');
  });

  it('reads a fire that entered or an explosion that broke the client\'s side from a neighbour or a business as a neighbour\'s hazard (CC arts. 927, 937, 1.277)', () => {
    expect(sut.extract('o depósito de papelão do lado pegou fogo, o fogo entrou na minha loja')).toContain('neighbour-hazard');
    expect(sut.extract('pegou fogo na casa do meu vizinho e o fogo invadiu a minha')).toContain('neighbour-hazard');
    expect(sut.extract('teve uma explosão de botijão no restaurante da frente e estourou todos os vidros da minha casa')).toContain('neighbour-hazard');
    expect(sut.extract('houve uma explosão na padaria vizinha e a parede da minha casa rachou')).toContain('neighbour-hazard');
    // A fire that did not reach, a product that exploded in the client's hand and smoke from a barbecue are no such harm.
    expect(sut.extract('a casa do vizinho pegou fogo, graças a deus não chegou na minha')).not.toContain('neighbour-hazard');
    expect(sut.extract('a bateria do celular que eu comprei explodiu na minha mão e eu queimei os dedos')).not.toContain('neighbour-hazard');
    expect(sut.extract('meu vizinho faz churrasco e a fumaça entra toda na minha casa')).not.toContain('neighbour-hazard');
  });

  it('reads the client\'s name lent with the thing told between as the name lent (CC arts. 586 and 590)', () => {
    expect(sut.extract('minha irmã me pediu pra tirar um cartão de loja no meu nome')).toContain('name-lent');
    expect(sut.extract('o colega pediu para eu financiar uma moto em meu nome e pagava as parcelas')).toContain('name-lent');
    // A contract made in the client's name by someone who never asked is a fraud, not a name lent.
    expect(sut.extract('fizeram um empréstimo no meu nome sem eu saber')).not.toContain('name-lent');
  });

  it('reads a subdivision and its irregularity in one sentence as an irregular subdivision (Lei 6.766/79 arts. 37 and 38)', () => {
    expect(sut.extract('comprei um terreno num loteamento que agora descobri que é clandestino')).toContain('irregular-subdivision');
    expect(sut.extract('a prefeitura nunca aprovou o loteamento')).toContain('irregular-subdivision');
    expect(sut.extract('depois descobrimos que o loteamento nem foi registrado')).toContain('irregular-subdivision');
    expect(sut.extract('fica num loteamento registrado, tenho a escritura')).not.toContain('irregular-subdivision');
    // The instalments of a debt are no subdivision of land.
    expect(sut.extract('o parcelamento da dívida não foi aprovado')).not.toContain('irregular-subdivision');
  });

  it('reads a property no owner or heir ever claimed, in one sentence, as possession without opposition (CC art. 1.238)', () => {
    expect(sut.extract('moro há 22 anos numa casa que era da minha tia e ninguém nunca apareceu pra reclamar')).toContain('unopposed-possession');
    expect(sut.extract('a gente planta nessa terra desde 2006, o dono morreu e os filhos dele nunca vieram aqui')).toContain('unopposed-possession');
    expect(sut.extract('nunca ninguém reclamou o imóvel')).toContain('unopposed-possession');
    // A technician or the police who never came, and a claim told in another sentence than the property, are no possession.
    expect(sut.extract('a árvore caiu na minha casa, chamei a defesa civil e ninguém apareceu')).not.toContain('unopposed-possession');
    expect(sut.extract('o técnico nunca veio. a casa tá sem internet')).not.toContain('unopposed-possession');
  });

  it('reads the late owner\'s heirs or kin claiming the place or the occupant out as a title\'s claim (CC art. 1.228; CPC arts. 554-568)', () => {
    expect(sut.extract('moro numa casa que era da minha tia, ela morreu e apareceu uns primo querendo que eu saia')).toContain('owners-kin-claim');
    expect(sut.extract('moro na casa da minha madrinha desde 2005 e os sobrinhos dela dizem que a casa é deles')).toContain('owners-kin-claim');
    expect(sut.extract('o dono da roça morreu e os filhos dele querem a terra de volta')).toContain('owners-kin-claim');
    // The client among the heirs, or the late owner the client's spouse or partner: the estate or the survivor's home, family cases.
    expect(sut.extract('os outros herdeiros querem que eu saia da casa da minha mãe')).not.toContain('owners-kin-claim');
    expect(sut.extract('meu marido faleceu e os filhos dele querem que eu saia da casa')).not.toContain('owners-kin-claim');
    expect(sut.extract('vivi 15 anos com meu companheiro e a família dele quer que eu saia da casa')).not.toContain('owners-kin-claim');
    // No place named: a relative's quarrel, not a claim to a property.
    expect(sut.extract('os filhos dele querem que eu saia do grupo da família')).not.toContain('owners-kin-claim');
  });

  it('reads a house given over for free told as cedida as a home lent (CC art. 579)', () => {
    expect(sut.extract('moro numa casa cedida pela minha ex-sogra e ela quer de volta')).toContain('home-lent');
    expect(sut.extract('o apartamento foi cedido pelo pai do meu ex marido')).toContain('home-lent');
    expect(sut.extract('a empresa cedeu os direitos do contrato')).not.toContain('home-lent');
  });

  it('reads the fees of the licence, the inspection and the fire brigade as the tax authority\'s (CTN arts. 77-78)', () => {
    expect(sut.extract('a prefeitura tá cobrando a taxa do alvará de funcionamento')).toContain('tax-authority');
    expect(sut.extract('chegou o boleto da taxa de incêndio dos bombeiros')).toContain('tax-authority');
    expect(sut.extract('a prefeitura negou o alvará de funcionamento')).not.toContain('tax-authority');
  });

  it('reads the BPC by its lay names (Lei 8.742 art. 20)', () => {
    expect(sut.extract('pedi aquele benefício de um salário mínimo pro meu filho autista')).toContain('assistance-benefit');
    expect(sut.extract('recebo um salário mínimo de benefício do INSS')).not.toContain('assistance-benefit');
  });

  it('reads a partner only on paper, put in the contract so that no card is signed, as a disguised employment (CLT art. 9)', () => {
    expect(sut.extract('o dono me colocou de sócio pra não ter que assinar carteira')).toContain('disguised-employment');
    expect(sut.extract('sou sócio com 20% das quotas desde a fundação')).not.toContain('disguised-employment');
  });

  it('does not take a business the other person has, with its CNPJ, for the client\'s company', () => {
    expect(sut.extract('ele tem uma marcenaria, a Marcenaria Bom Lar, com cnpj e tudo')).not.toContain('client-company');
    expect(sut.extract('eu tenho uma marcenaria com cnpj')).toContain('client-company');
  });

  it('reads the debtor\'s promise to pay back some day as a debt to collect', () => {
    expect(sut.extract('ele admitiu e disse que vai devolver quando puder')).toContain('debt-collection');
  });

  it('reads a client who lives on rent as a tenant (Lei 8.245 art. 10)', () => {
    expect(sut.extract('sou viúva e moro de aluguel na mesma casa faz 15 anos')).toContain('tenant');
    expect(sut.extract('o inquilino não paga o aluguel')).not.toContain('tenant');
  });

  it('reads the Ministério Público named against the client as a criminal charge to defend (CPP arts. 24 and 41)', () => {
    expect(sut.extract("em cima tá escrito Ministério Público do Estado do Paraná contra mim, 'denúncia', artigo 129")).toContain('criminal-defence');
    expect(sut.extract('é uma ação da Justiça Pública contra mim')).toContain('criminal-defence');
    // A civil action of the Ministério Público (improbidade, ação civil pública) is no criminal charge.
    expect(sut.extract('o Ministério Público entrou com ação de improbidade contra mim')).not.toContain('criminal-defence');
    expect(sut.extract('fui no Ministério Público fazer uma denúncia contra meu vizinho')).not.toContain('criminal-defence');
  });

  it('reads a home given with the job as no lease (Lei 8.245 art. 47 II; LC 150/2015 art. 18)', () => {
    expect(sut.extract('A gente não pagava aluguel porque eu cuidava do sítio pra ele')).toContain('job-housing');
    expect(sut.extract('ele falava que a casa já era parte do pagamento')).toContain('job-housing');
    expect(sut.extract('eu morava lá em troca do meu trabalho na fazenda')).toContain('job-housing');
    expect(sut.extract('não pago aluguel faz três meses porque perdi o emprego')).not.toContain('job-housing');
    expect(sut.extract('dei o carro velho como parte do pagamento')).not.toContain('job-housing');
  });

  it('reads a lender the client never had an account with as a contract never made (CDC art. 14; Lei 10.820 art. 6º)', () => {
    expect(sut.extract("o desconto se chama 'RMC', de uma instituição financeira em que jamais abri conta")).toContain('unrequested-loan');
    expect(sut.extract('é de um banco onde nunca tive conta')).toContain('unrequested-loan');
    expect(sut.extract('abri conta nesse banco em 2019')).not.toContain('unrequested-loan');
  });

  it('hears the relative who does not want a brother jailed as declining the prosecution, and the wish to manage a parent\'s money as a curatela', () => {
    expect(sut.extract('não quero ver meu irmão preso, é meu irmão')).toContain('prosecution-declined');
    expect(sut.extract('não quero ver minha filha presa')).toContain('prosecution-declined');
    expect(sut.extract('Eu quero é poder cuidar da conta dela, pagar as coisas dela e prestar conta de tudo')).toContain('guardianship');
    expect(sut.extract('preciso administrar o dinheiro dele, ele não sabe mais o que faz')).toContain('guardianship');
    expect(sut.extract('meu filho mexe na conta dela sem autorização')).not.toContain('guardianship');
  });

  it('hears a protective order asked as its purpose, and a threat to end the client\'s life, as violence (Lei 11.340 art. 22 III; CP art. 147)', () => {
    expect(sut.extract('quero medida pra ele não chegar perto de mim nem do meu serviço')).toContain('violence');
    expect(sut.extract('fala que se eu arrumar alguém ele acaba com a minha vida')).toContain('violence');
    expect(sut.extract('ele acabou com a minha vida financeira')).not.toContain('violence');
  });

  it('hears the driver who owns the scrape as at fault (CC arts. 186 and 927)', () => {
    expect(sut.extract('bati de leve num carro no estacionamento')).toContain('at-fault');
    expect(sut.extract('dei ré e encostei no paralama de um Corolla parado. fui eu mesmo que errei')).toContain('at-fault');
    expect(sut.extract('um carro bateu de leve no meu no estacionamento')).not.toContain('at-fault');
  });

  it('hears the support owed or the arrest for it told of someone else, and the child in the diminutive, as child support (CPC art. 528 §3º)', () => {
    expect(sut.extract('o escrivão falou que é por causa da pensão da filhinha dele')).toContain('child-support');
    expect(sut.extract('meu filho foi preso por causa da pensão')).toContain('child-support');
    expect(sut.extract('meu marido está devendo a pensão do filho do primeiro casamento')).toContain('child-support');
    expect(sut.extract('meu filho foi preso por causa de uma briga')).not.toContain('child-support');
  });

  it('reads the BPC told of whom it is for, or called a pension, as the assistance benefit (Lei 8.742 art. 20 §2º)', () => {
    expect(sut.extract('é aquele benefício pra criança com deficiência que a moça do CRAS falou')).toContain('assistance-benefit');
    expect(sut.extract('quero pedir a pensão do autista pro meu filho')).toContain('assistance-benefit');
    expect(sut.extract('quero a pensão do meu filho, o pai sumiu')).not.toContain('assistance-benefit');
  });

  it('hears income asked until the client recovers as the incapacity benefit asked back (Lei 8.213 arts. 59-60)', () => {
    expect(sut.extract('quero voltar a receber nem que seja até eu melhorar')).toContain('benefit-restoration');
    expect(sut.extract('a empresa me demitiu quando eu estava doente')).not.toContain('benefit-restoration');
  });

  it('hears the income-tax exemption for a serious illness as the tax contested (Lei 7.713 art. 6º XIV; CTN art. 165)', () => {
    expect(sut.extract('uma amiga disse que quem tem câncer não paga esse desconto')).toContain('tax-contested');
    expect(sut.extract('ela tem direito à isenção do imposto de renda na aposentadoria')).toContain('tax-contested');
    expect(sut.extract('ela teve câncer e fez quimioterapia')).not.toContain('tax-contested');
  });

  it('hears the income tax and a serious illness told in one message as the exemption contested (Lei 7.713 art. 6º XIV)', () => {
    expect(sut.extract('meu sogro teve um linfoma ano passado. o imposto de renda continua vindo no contracheque dele')).toContain('tax-contested');
    expect(sut.extract('tenho parkinson e tão descontando IR da minha aposentadoria')).toContain('tax-contested');
    expect(sut.extract('tenho HIV, será que preciso continuar pagando o IRPF?')).toContain('tax-contested');
    // The illness named by its treatment or by one eye lost, the tax by the benefit that bears it or by the Receita's nickname.
    expect(sut.extract('fiz quimioterapia e vem um desconto de imposto na aposentadoria')).toContain('tax-contested');
    expect(sut.extract('faço hemodiálise e continuam tirando imposto de renda da minha pensão')).toContain('tax-contested');
    expect(sut.extract('sou aposentado e cego de um olho, será que não pago o leão?')).toContain('tax-contested');
    expect(sut.extract('vem um desconto de imposto na aposentadoria todo mês')).not.toContain('tax-contested');
    // The illness alone, the tax alone, and "ir" the verb are no exemption asked.
    expect(sut.extract('tenho câncer e o INSS cortou meu auxílio')).not.toContain('tax-contested');
    expect(sut.extract('o desconto do imposto de renda veio maior este mês')).not.toContain('tax-contested');
    expect(sut.extract('tenho câncer e preciso ir na perícia do INSS')).not.toContain('tax-contested');
  });

  it('hears the borrower\'s promise to give the money back and the suit to collect it as a debt collected (CC arts. 586 and 590)', () => {
    expect(sut.extract('passei 5 mil pra ele e ele jurou que devolvia no fim do mês')).toContain('debt-collection');
    expect(sut.extract('quero cobrar ela na justiça')).toContain('debt-collection');
    expect(sut.extract('a loja disse que ia trocar o produto')).not.toContain('debt-collection');
  });

  it('hears a stolen card\'s purchases asked to be cancelled by the bank as a bank fraud and a refund (CDC art. 14; Súmula 479 STJ)', () => {
    expect(sut.extract('roubaram minha bolsa e usaram meu cartão numa loja')).toContain('bank-scam');
    expect(sut.extract('e com o meu cartão fizeram compras de madrugada')).toContain('bank-scam');
    expect(sut.extract('ele usou meu cartão e não pagou a fatura')).not.toContain('bank-scam');
    expect(sut.extract('quero que o banco cancele essas compras')).toContain('refund-claimed');
    expect(sut.extract('o estúdio tá se recusando a devolver o sinal')).toContain('refund-claimed');
    expect(sut.extract('paguei as compras com meu cartão de débito')).not.toContain('bank-scam');
  });

  it('hears the days of work lost and the money spent as damages asked (CC arts. 402 and 949)', () => {
    expect(sut.extract('quero que ele pague isso e os dias que perdi')).toContain('damages-claimed');
    expect(sut.extract('que ela me pague pelo estrago que fez')).toContain('damages-claimed');
  });

  it('hears the SUS unit where the victim got stitches as where the harm was treated, not the other side', () => {
    expect(sut.extract('levei 5 pontos na UPA')).not.toContain('opponent-public-body');
    expect(sut.extract('o médico da UPA não viu a fratura')).toContain('opponent-public-body');
  });

  it('hears the income tax withheld told by its abbreviation as the tax authority behind it (Lei 7.713 art. 7º)', () => {
    expect(sut.extract('vem um desconto de IR de uns 200 reais na pensão')).toContain('tax-authority');
    expect(sut.extract('o IR retido no meu contracheque')).toContain('tax-authority');
    expect(sut.extract('vou ir na agência do INSS amanhã')).not.toContain('tax-authority');
  });

  it('hears the employer who deducts the contribution from the pay and does not pay it in (Lei 8.212 art. 30 I; LC 150 art. 34)', () => {
    expect(sut.extract('minha patroa desconta imposto do meu pagamento todo mês mas não tem nada pago no meu nome')).toContain('contribution-withheld');
    expect(sut.extract('a firma descontava o INSS mas não recolhia')).toContain('contribution-withheld');
    expect(sut.extract('o banco desconta a parcela do empréstimo da minha aposentadoria')).not.toContain('contribution-withheld');
  });

  it('hears the card asked to be signed as labour rights claimed (CLT art. 29; LC 150 art. 9º)', () => {
    expect(sut.extract('eu queria que ela assinasse a carteira e pagasse o que descontou')).toContain('labour-rights-claimed');
    expect(sut.extract('ela disse que ia assinar a carteira')).not.toContain('labour-rights-claimed');
  });

  it('hears a property still registered in the name of its old seller (CC arts. 1.238 and 1.418; Lei 6.015 arts. 216-A and 216-B)', () => {
    expect(sut.extract('a casa não tá no nome dela, tá no nome de uma loteadora que fechou')).toContain('title-with-seller');
    expect(sut.extract('o terreno ainda está no nome do antigo dono')).toContain('title-with-seller');
    expect(sut.extract('a casa está no nome do meu pai que faleceu')).not.toContain('title-with-seller');
    expect(sut.extract('o carro ainda está no nome do antigo dono')).not.toContain('title-with-seller');
  });

  it('hears a private employer, or a public post denied, as a private employment (CLT art. 482; Lei 8.112 art. 143)', () => {
    expect(sut.extract('é um hospital particular, filantrópico')).toContain('private-employer');
    expect(sut.extract('tenho carteira assinada, nunca fui servidora pública')).toContain('private-employer');
    expect(sut.extract('sou servidora pública da prefeitura')).not.toContain('private-employer');
  });
  it("hears a relative held and a benefit asked in one message as the family's auxílio-reclusão (Lei 8.213 art. 80)", () => {
    expect(sut.extract('meu marido ta preso e falaram q os filhos tem direito a um auxilio, é verdade?')).toContain('dependant-benefit');
    expect(sut.extract('Meu esposo está recolhido na penitenciária. O INSS paga algum benefício pra esposa e pro filho?')).toContain('dependant-benefit');
    expect(sut.extract('queria saber do bolsa presidiário')).toContain('dependant-benefit');
    // Help from no one, a release asked, or a benefit with no one held, is not.
    expect(sut.extract('meu marido foi preso ontem e eu estou sem auxilio de ninguem')).not.toContain('dependant-benefit');
    expect(sut.extract('meu filho foi preso e eu quero tirar ele de lá')).not.toContain('dependant-benefit');
    expect(sut.extract('o INSS cortou o meu auxílio doença')).not.toContain('dependant-benefit');
  });

  it('hears a death at work in one sentence as a work death (Lei 8.213 art. 19; CF art. 7º XXVIII)', () => {
    expect(sut.extract('Meu marido morreu num acidente na obra onde trabalhava')).toContain('work-death');
    expect(sut.extract('meu esposo morreu eletrocutado no serviço mês passado')).toContain('work-death');
    expect(sut.extract('meu pai faleceu em acidente de trabalho')).toContain('work-death');
    // The work's place in a gerund, and a machine of work as what killed (NR-12).
    expect(sut.extract('meu pai morreu eletrocutado trabalhando num poste')).toContain('work-death');
    expect(sut.extract('a prensa da fabrica matou meu irmao')).toContain('work-death');
    expect(sut.extract('o guindaste tombou na obra e mataram meu filho')).toContain('work-death');
    // A fall of work and the gear missing, the death in another sentence of the message (NR-35; CLT art. 157).
    expect(sut.extract('No dia 3 ele caiu do sexto andar. Não tinha cinto nem rede de proteção. Ele faleceu no hospital no dia seguinte.')).toContain('work-death');
    expect(sut.extract('minha mãe caiu da escada em casa e faleceu')).not.toContain('work-death');
    // A vehicle that killed is a crash, and a coworker who killed is a crime.
    expect(sut.extract('o caminhao da empresa matou meu pai na estrada')).not.toContain('work-death');
    expect(sut.extract('um colega matou meu irmao a facada dentro da fabrica')).not.toContain('work-death');
    // The family that sues the company for it.
    expect(sut.extract('Queremos processar a empresa.')).toContain('company-sued');
    expect(sut.extract('quero justiça e que paguem pelo que fizeram')).toContain('company-sued');
    expect(sut.extract('quero que ele seja preso')).not.toContain('company-sued');
    expect(sut.extract('Quero que a empresa pague pelo que fez com ela e que ele responda.')).toContain('company-sued');
    // A death elsewhere, or the work told in another sentence, is not.
    expect(sut.extract('meu marido faleceu de infarto em casa')).not.toContain('work-death');
    expect(sut.extract('meu marido faleceu em maio. Ele trabalhava numa obra antes')).not.toContain('work-death');
  });

  it("hears the bank holding the client's account as the bank's failure to its consumer (CDC art. 14; Súmula 297 do STJ)", () => {
    expect(sut.extract('mano o nubank bloqueou minha conta desde anteontem e meu salario caiu la dentro')).toContain('bank-hold');
    expect(sut.extract('minha conta foi bloqueada pelo banco')).toContain('bank-hold');
    // A court's order is the execution's block, and a block by no bank named is not the bank's.
    expect(sut.extract('o banco bloqueou minha conta por ordem judicial')).not.toContain('bank-hold');
    expect(sut.extract('bloquearam meu salario na conta')).not.toContain('bank-hold');
  });

  it("hears the condominium billed by the utility as the utility's consumer (CDC arts. 2º-3º and 22; STJ Tema 414)", () => {
    expect(sut.extract('sou sindico de um predio de 24 apartamentos e a companhia de agua cobra a tarifa minima de cada apartamento')).toContain('condominium-supplied');
    expect(sut.extract('o prédio tem um hidrômetro só e a Sabesp cobra a tarifa mínima por apartamento')).toContain('condominium-supplied');
    // A co-owner disputing the condominium's own split names no supplier; a flat's own bill names no syndic nor tariff per unit.
    expect(sut.extract('o sindico divide a conta de agua do predio igual pra todos os apartamentos')).not.toContain('condominium-supplied');
    expect(sut.extract('a conta da Compesa do meu apartamento veio 900 reais')).not.toContain('condominium-supplied');
  });

  it('hears real property bought by a private contract as a title still to deed (CC arts. 108 and 1.245)', () => {
    expect(sut.extract('Comprei minha casa há muitos anos por um contrato particular e ela nunca foi passada para o meu nome')).toContain('title-with-seller');
    expect(sut.extract('comprei um terreno por contrato de gaveta')).toContain('title-with-seller');
    // The deed never drawn after the purchase paid is the same title still the seller's (CC arts. 1.245 and 1.417-1.418).
    expect(sut.extract('paguei a sala comercial à vista em 2012, mas nunca foi lavrada a escritura')).toContain('title-with-seller');
    expect(sut.extract('compramos o lote de um senhor e a escritura nunca saiu')).toContain('title-with-seller');
    expect(sut.extract('comprei meu apartamento de gaveta em 2010')).toContain('title-with-seller');
    expect(sut.extract('vendi o terreno e o comprador nunca passou a escritura')).not.toContain('title-with-seller');
    // A private contract of a car, a house sold by the client, or a house deeded, is not.
    expect(sut.extract('comprei o carro com contrato particular')).not.toContain('title-with-seller');
    expect(sut.extract('vendi a casa por contrato particular e o comprador nunca registrou')).not.toContain('title-with-seller');
    expect(sut.extract('a casa está escriturada e registrada no meu nome')).not.toContain('title-with-seller');
  });

  it('hears a commercial representative by the trade and its contract (Lei 4.886/65)', () => {
    expect(sut.extract('sou representante comercial de uma indústria de calçados')).toContain('commercial-agency');
    expect(sut.extract('tenho uma empresa de representação registrada no Core')).toContain('commercial-agency');
    expect(sut.extract('fui representante de uma fábrica de móveis por 9 anos')).toContain('commercial-agency');
    expect(sut.extract('eu era vendedor externo com carteira assinada')).not.toContain('commercial-agency');
  });

  it('hears money the client borrowed from a person as a borrower (CC arts. 586 and 591)', () => {
    expect(sut.extract('Em 2022 ele me emprestou R$ 30 mil pra eu abrir uma lanchonete')).toContain('borrower');
    expect(sut.extract('Peguei 20 mil emprestado com um conhecido do trabalho')).toContain('borrower');
    // A bank's loan, or money the client lent, is not.
    expect(sut.extract('peguei um empréstimo no banco e atrasei')).not.toContain('borrower');
    expect(sut.extract('emprestei 8 mil pra um amigo')).not.toContain('borrower');
  });

  it('hears a relative robbed or hurt, a stab or a shot taken, as a victim told, and a call from a number shown as the bank\'s as the scam', () => {
    expect(sut.extract('minha mãe foi assaltada na saída do banco')).toContain('victim');
    expect(sut.extract('levei uma facada numa briga de trânsito')).toContain('victim');
    expect(sut.extract('meu filho foi preso em flagrante acusado de roubo')).not.toContain('victim');
    expect(sut.extract('ligaram de um número que aparecia como sendo do meu banco')).toContain('bank-scam');
    expect(sut.extract('liguei no número do meu banco')).not.toContain('bank-scam');
  });

  it('hears the wish to sue the author or to report him, an insult told in the passive, and a knife promised as a threat', () => {
    expect(sut.extract('quero processar ele')).toContain('suit-wished');
    expect(sut.extract('quero registrar a ocorrência e que ele seja processado')).toContain('suit-wished');
    expect(sut.extract('quero processar ela criminalmente')).toEqual(['criminal-complaint']);
    expect(sut.extract('não quero processar ninguém')).not.toContain('suit-wished');
    expect(sut.extract('quero processar a loja')).not.toContain('suit-wished');
    // The author made to answer with no route named, the bare report, and the report and the suit asked together: the penal route's lay words.
    expect(sut.extract('quero que esse cara responda')).toContain('suit-wished');
    expect(sut.extract('quero registrar isso e que ele responda')).toContain('suit-wished');
    expect(sut.extract('quero denunciar')).toContain('suit-wished');
    expect(sut.extract('quero registrar e processar')).toContain('suit-wished');
    // A company made to answer is its civil liability (CC art. 932 III); a report to the labour inspectors is no criminal report.
    expect(sut.extract('quero que a loja responda')).not.toContain('suit-wished');
    expect(sut.extract('quero denunciar no ministério do trabalho')).not.toContain('suit-wished');
    // The police asked to act against the author (CPP arts. 5º §3º and 39): the same lay words for the penal route.
    expect(sut.extract('quero que a polícia tome uma providência')).toContain('suit-wished');
    expect(sut.extract('quero dar parte dele na polícia')).toContain('suit-wished');
    expect(sut.extract('quero fazer a denúncia contra ele')).toContain('suit-wished');
    expect(sut.extract('quero que ele seja investigado pela polícia')).toContain('suit-wished');
    expect(sut.extract('não quero fazer a denúncia')).not.toContain('suit-wished');
    expect(sut.extract('quero dar parte do dinheiro pra minha irmã')).not.toContain('suit-wished');
    // The representação asked against the author and the bare report wished: the threatened person's (CP art. 147 par. único; CPP art. 39).
    expect(sut.extract('quero fazer a representação contra ele')).toContain('suit-wished');
    expect(sut.extract('quero registrar pra ficar documentado')).toContain('suit-wished');
    expect(sut.extract('fiz uma representação contra ele na corregedoria')).not.toContain('suit-wished');
    expect(sut.extract('quero registrar a casa no meu nome')).not.toContain('suit-wished');
    expect(sut.extract('não quero registrar')).not.toContain('suit-wished');
    // The threat's own report or representação wished is the criminal complaint named, the threat still told.
    expect(sut.extract('o aluguel a gente vê depois, agora quero registrar a ameaça')).toEqual(expect.arrayContaining(['threat', 'criminal-complaint']));
    expect(sut.extract('gostaria de registrar a ameaça junto à autoridade policial')).toContain('criminal-complaint');
    expect(sut.extract('queria denunciar essa ameaça')).toContain('criminal-complaint');
    expect(sut.extract('quero fazer a representação contra ele por ameaça')).toContain('criminal-complaint');
    // Declined, or the report already made: no complaint asked.
    expect(sut.extract('não quero registrar a ameaça')).not.toContain('criminal-complaint');
    expect(sut.extract('fiz boletim de ameaça semana passada')).not.toContain('criminal-complaint');
    expect(sut.extract('fui xingada de ladra na frente de todo mundo')).toEqual(expect.arrayContaining(['victim', 'honour-offended']));
    expect(sut.extract('ele apareceu com uma faca dizendo que ia me furar')).toContain('threat');
  });

  it('hears the slur or the scorn for the client\'s colour, sexuality, religion or origin, and the vice imputed as "que eu sou um ...", as an offence to the client', () => {
    expect(sut.extract('um cliente me chamou de macaco no meu trabalho')).toContain('honour-offended');
    expect(sut.extract('o vizinho falou bem alto que preto é tudo ladrão, quero denunciar ele')).toEqual(expect.arrayContaining(['honour-offended', 'suit-wished']));
    expect(sut.extract('mandou áudio dizendo que eu sou um bêbado vagabundo')).toContain('honour-offended');
    expect(sut.extract('a vizinha vive xingando minha religião')).toContain('honour-offended');
    // The client's own colour told is no slur.
    expect(sut.extract('fui demitida porque eu sou negra')).not.toContain('honour-offended');
    // The shop's guard named with the shop, who followed the customer: the abordagem of the shop's service (CDC art. 14).
    expect(sut.extract('o segurança do supermercado me seguiu pela loja inteira')).toContain('store-search');
    expect(sut.extract('trabalhei de segurança do supermercado dois anos')).not.toContain('store-search');
  });

  it('hears a crime imputed to the client before others as an offence to the client\'s honour, not the same words told to the police or as a dismissal\'s reason (CP arts. 138-139 and 145; CC art. 953)', () => {
    expect(sut.extract('a mãe de um aluno falou pra todo mundo na porta da escola que eu roubei o celular da filha dela')).toContain('honour-offended');
    expect(sut.extract('o pastor falou no culto, na frente da igreja toda, que eu desviei o dinheiro da cantina')).toContain('honour-offended');
    expect(sut.extract('ela mandou áudio no grupo da turma dizendo que eu furtei o notebook dela')).toContain('honour-offended');
    // Told to the police, the client is the one investigated; told as the dismissal's reason, the dismissed worker; told to no one, no offence read.
    expect(sut.extract('a vizinha foi na delegacia e fez um boletim dizendo que eu roubei a bicicleta dela')).not.toContain('honour-offended');
    expect(sut.extract('fui mandado embora por justa causa, o gerente disse pra todo mundo da loja que eu roubei dinheiro do caixa')).not.toContain('honour-offended');
    expect(sut.extract('o cara falou que eu bati nele e ele quebrou o nariz')).not.toContain('honour-offended');
  });

  it('hears the harm\'s cost asked of its author in the creditor\'s verb, the blow the author gave, and the client\'s home or shop robbed (CC arts. 935 and 949; CPP art. 63)', () => {
    expect(sut.extract('quero cobrar dele as despesas do hospital')).toContain('damages-claimed');
    expect(sut.extract('queremos cobrar o tratamento e o que ele deixou de ganhar')).toContain('damages-claimed');
    expect(sut.extract('queria saber se consigo cobrar esse dinheiro dele')).toContain('damages-claimed');
    expect(sut.extract('quero que ele me reembolse os gastos com o tratamento')).toContain('damages-claimed');
    expect(sut.extract('quero que ele pague o dentista')).toContain('damages-claimed');
    // A creditor's "cobrar dele" with no head of damage is a debt, not damages.
    expect(sut.extract('quero cobrar dele os aluguéis atrasados')).not.toContain('damages-claimed');
    expect(sut.extract('a família dele quer cobrar de mim as despesas do hospital')).not.toContain('damages-claimed');
    expect(sut.extract('o outro motorista desceu do carro e me espancou')).toContain('victim');
    expect(sut.extract('um cliente me deu um soco e quebrou meu dente')).toContain('victim');
    expect(sut.extract('minha padaria foi assaltada em 2023')).toContain('victim');
    expect(sut.extract('minha casa foi furtada quando viajei')).toContain('victim');
    expect(sut.extract('minha casa foi penhorada')).not.toContain('victim');
  });

  it('hears the harm\'s cost asked of its author in the other lay verbs of paying, a head of damage named, and the robbery or the blow told of the client or a relative (CC arts. 402, 935, 949-950 and 953; CPP art. 63)', () => {
    for (const ask of ['quero que ele arque com os gastos da fisioterapia', 'queremos que esse rapaz banque o tratamento do dentista', 'desejo que ele custeie as despesas médicas',
      'ele tem que me ressarcir o que eu gastei', 'quero que ele pague as consultas do psicólogo', 'quero que ele pague pelo meu prejuízo',
      'quero receber deles o valor da moto', 'ela quer que ele devolva tudo que ela gastou com o tratamento', 'ele tem que pagar o que a gente gastou no hospital',
      'quero que ela me pague pelos dias que fui descontada e pelo abalo']) {
      expect(sut.extract(ask)).toContain('damages-claimed');
    }
    // A verb of paying with no head of damage, or a head told with no ask, is no claim.
    for (const other of ['tenho que pagar a parcela do carro', 'gastei muito com o psicólogo', 'a loja tem que devolver o dinheiro', 'quero receber o meu salário']) {
      expect(sut.extract(other)).not.toContain('damages-claimed');
    }
    expect(sut.extract('um guri me assaltou com uma faca')).toContain('victim');
    expect(sut.extract('arrombaram minha oficina e levaram as ferramentas')).toContain('victim');
    expect(sut.extract('meu filho levou um soco de um colega')).toContain('victim');
    expect(sut.extract('meu filho apanhou de um segurança')).toContain('victim');
    expect(sut.extract('meu filho levou uma advertência na escola')).not.toContain('victim');
  });

  it('reads a harm told over, one told going on, and the prosecution followed (CC art. 206 §3º V; CPP arts. 38 and 268; Lei 12.965/14 art. 21)', () => {
    for (const over of ['isso foi há quatro meses', 'ele já foi condenado', 'o vídeo já foi removido', 'as fotos não circulam mais', 'fiz exame de corpo de delito', 'a polícia abriu inquérito', 'isso foi em setembro']) {
      expect(sut.extract(over)).toContain('harm-over');
    }
    // An arrest denied is no author before the courts.
    expect(sut.extract('ninguém foi preso até agora')).not.toContain('harm-over');
    // The author named by the crime or as a stranger, caught by the police or held (CPP arts. 301-310): the custody is the accused's.
    for (const caught of ['a polícia prendeu o ladrão no mesmo dia', 'os pm pegaram o cara uns dias depois', 'a polícia civil prendeu os assaltantes', 'o assaltante continua preso', 'a polícia deteve o suspeito em junho']) {
      expect(sut.extract(caught)).toContain('harm-over');
    }
    // Not the client's relative arrested, nor the author still loose.
    for (const other of ['a polícia prendeu meu marido hoje de manhã', 'prenderam meu irmão no lugar de um ladrão', 'o ladrão fugiu e ninguém pegou']) {
      expect(sut.extract(other)).not.toContain('harm-over');
    }
    for (const now of ['ele apareceu de novo na porta de casa', 'o perfil continua lá com as fotos', 'ele mora na mesma rua', 'tenho medo dele', 'acabei de ser agredida', 'ele saiu da cadeia']) {
      expect(sut.extract(now)).toContain('harm-going-on');
    }
    // A fear for the job is no danger from the author.
    expect(sut.extract('tenho medo de ser mandado embora')).not.toContain('harm-going-on');
    expect(sut.extract('quero acompanhar o inquérito')).toContain('prosecution-followed');
    expect(sut.extract('quero um advogado como assistente de acusação')).toContain('prosecution-followed');
    // The victim's appeal for a higher sentence is the assistant's (CPP arts. 271 and 598; Súmula 210 do STF).
    expect(sut.extract('quero recorrer para aumentar a pena dele')).toContain('prosecution-followed');
    // The trial followed as the victim: the assistant's part in the public action (CPP art. 268).
    expect(sut.extract('quero acompanhar o julgamento como vítima')).toContain('prosecution-followed');
  });
});
