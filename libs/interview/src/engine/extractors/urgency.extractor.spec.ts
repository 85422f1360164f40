import { joinTexts } from '../text/text-normalizer';
import { UrgencyExtractor, withoutYieldedAcross } from './urgency.extractor';

describe(UrgencyExtractor.name, () => {
  const sut = new UrgencyExtractor();

  it.each([
    ['MEU IRMAO FOI PRESO AGORA POUCO', 'prisao'],
    // A relative taken away under arrest, told by whom the police took.
    ['ontem levaram meu sobrinho preso na saida do bar', 'prisao'],
    // A patient the doctor says may die without the care awaited.
    ['o medico falou que sem a cirurgia ela pode vir a obito', 'risco-de-morte'],
    ['o juiz deu uma liminar contra mim', 'liminar'],
    ['chegou uma ordem de despejo', 'ordem-despejo'],
    // Put out of the home by the landlord's own hand: the way back is an order today.
    ['o dono trocou a fechadura e jogou minhas coisas na rua', 'despejo-pelo-dono'],
    ['tive bloqueio de conta pelo juiz', 'bloqueio'],
    ['o banco disse que tem uma ordem judicial na conta da empresa', 'bloqueio'],
    ['a cirurgia marcada foi cancelada pelo plano', 'cirurgia'],
    ['bloquearam meu salário', 'bloqueio'],
    ['ele está preso desde ontem', 'prisao'],
    // The client apprehended, an adolescent held for an infraction (ECA arts. 106-108 and 171-175).
    ['tenho 16 anos e fui apreendido ontem à noite', 'prisao'],
    ['tenho medo de perder o prazo', 'prazo'],
    ['a audiência é semana que vem', 'prazo-proximo'],
    ['o prazo do recurso termina nesta semana', 'prazo-proximo'],
    ['meu irmão bateu na minha mãe ontem à noite', 'violencia'],
    ['meu pai está internado desde sábado', 'saude-grave'],
    ['o marido dela esganou ela ontem', 'violencia'],
    ['o vizinho armado ameaçou meus filhos na rua', 'violencia'],
    ['meu salário caiu hoje e já tá bloqueado na conta', 'bloqueio-relatado'],
    ['bloquearam 2.900 da minha conta', 'bloqueio-relatado'],
    // A salary blocked told across a sentence: the block and the income in one sentence (CPC art. 833 IV).
    ['O bloqueio foi anteontem, pegou 4.300 da conta onde cai meu salário.', 'bloqueio'],
    // A building about to fall with people inside: the works stopped and the house shored today (CC arts. 1.280 and 1.311).
    ['o engenheiro falou que a casa pode cair a qualquer momento', 'risco-de-desabamento'],
    ['a Defesa Civil interditou a casa', 'risco-de-desabamento'],
    // Part of the house closed for that risk, the rest still lived in.
    ['os bombeiros interditaram a sala e o banheiro por causa das trincas', 'risco-de-desabamento'],
    // The family's own building closed, and the structure told as giving way.
    ['a Defesa Civil interditou o nosso prédio de madrugada', 'risco-de-desabamento'],
    ['o engenheiro disse que a laje pode ceder se chover', 'risco-de-desabamento'],
  ])('finds the signal in %j', (text, id) => {
    expect(sut.extract(text).signals).toContain(id);
  });

  it("weighs the INSS appeal term as a whole month however much of it ran (missing it loses no right), and a lapsing term by the days left", () => {
    expect(sut.extract('o INSS indeferiu minha pensão, a carta chegou faz uns 20 dias').deadlineHours).toBe(168);
    expect(sut.extract('recebi o auto de infração faz 25 dias').deadlineHours).toBe(72);
  });

  it('reads a Pix scam of yesterday or today as a same-day matter (the MED blocks only what is still there), and an older one as none', () => {
    expect(sut.extract('caí no golpe do pix ontem, mandei 3 mil achando que era meu primo').signals).toContain('golpe-pix-recente');
    expect(sut.extract('hoje fiz um pix pro golpista que se passou pela loja').signals).toContain('golpe-pix-recente');
    expect(sut.extract('caí num golpe do pix faz três meses e hoje o banco respondeu que não devolve').signals).not.toContain('golpe-pix-recente');
    expect(sut.extract('caí num golpe do pix e o banco não quer devolver').signals).not.toContain('golpe-pix-recente');
    // The account taken over: Pix the client never made, told as just seen.
    expect(sut.extract('hoje cedo vi três pix que eu não fiz saindo da minha conta').signals).toContain('golpe-pix-recente');
    expect(sut.extract('levaram meu celular e ontem à noite esvaziaram a minha conta').signals).toContain('golpe-pix-recente');
    expect(sut.extract('em janeiro fizeram transações que eu não fiz e até hoje o banco enrola').signals).not.toContain('golpe-pix-recente');
  });

  it('reads a lock changed now or with no time told as the client put out today, and one changed months back as no act within hours', () => {
    expect(sut.extract('ontem ela trocou a fechadura e eu dormi no carro').signals).toContain('despejo-pelo-dono');
    expect(sut.extract('meu ex mudou o segredo da fechadura, minhas roupas ficaram lá dentro').signals).toContain('despejo-pelo-dono');
    expect(sut.extract('meu cunhado trocou o cadeado do portão em setembro e desde lá eu moro com minha tia').signals).not.toContain('despejo-pelo-dono');
    expect(sut.extract('faz uns cinco meses que ele mudou a fechadura').signals).not.toContain('despejo-pelo-dono');
    // Out of the home since then: the shelter found months back is no act within days either.
    expect(sut.extract('fui expulsa de casa ontem e to morando de favor').signals).toContain('moradia');
    expect(sut.extract('saí em junho e desde então to morando de favor na minha irmã').signals).not.toContain('moradia');
  });

  it('reads a benefit cut just now as the month\'s income gone, and one cut months back as the claim', () => {
    expect(sut.extract('chegou ontem a carta de cessação do meu auxílio').signals).toContain('beneficio-cortado-agora');
    expect(sut.extract('o INSS cortou a aposentadoria e esse mês já não caiu nada').signals).toContain('beneficio-cortado-agora');
    expect(sut.extract('cortaram meu benefício faz uns oito meses, hoje vim perguntar se ainda dá').signals).not.toContain('beneficio-cortado-agora');
    expect(sut.extract('o INSS cortou o auxílio na perícia de março').signals).not.toContain('beneficio-cortado-agora');
    // The time told nearest the cut dates it, a bare month too; a month after "desde" is when the benefit began.
    expect(sut.extract('O INSS cortou meu benefício em março e ontem eu consegui o laudo novo').signals).not.toContain('beneficio-cortado-agora');
    expect(sut.extract('recebo auxílio doença desde outubro e ontem o inss cortou o benefício').signals).toContain('beneficio-cortado-agora');
    expect(sut.extract('o inss cortou meu benefício ontem, eu recebia fazia 5 anos').signals).toContain('beneficio-cortado-agora');
    // The month the client is in is as recent; a month named is not.
    expect(sut.extract('o inss cortou o bpc da minha mãe esse mês').signals).toContain('beneficio-cortado-agora');
    expect(sut.extract('meu auxílio-doença parou de cair este mês').signals).toContain('beneficio-cortado-agora');
    expect(sut.extract('o inss cortou o bpc no mês de março').signals).not.toContain('beneficio-cortado-agora');
  });

  it("reads an arrest warrant open against the client as liberty at stake now, which a release at a check does not end and a revocation does", () => {
    expect(sut.extract('fui parado numa blitz, tem um mandado de prisão contra mim e só me liberaram porque o sistema caiu').signals).toContain('mandado-em-aberto');
    expect(sut.extract('descobri que to foragido por um processo que eu nem sabia').signals).toContain('mandado-em-aberto');
    expect(sut.extract('tinha um mandado de prisão contra mim mas o mandado já foi revogado').signals).not.toContain('mandado-em-aberto');
    // The offender's warrant or flight, told by the victim's family: nothing pending against the client.
    expect(sut.extract('o vizinho que matou meu irmão tá foragido e tem mandado de prisão contra ele').signals).not.toContain('mandado-em-aberto');
    expect(sut.extract('não tenho mandado de prisão contra mim').signals).not.toContain('mandado-em-aberto');
  });

  it('reads a relative detained or taken away in handcuffs as an arrest under way, its custody hearing within 24 h (CPP arts. 306 and 310; Res. CNJ 213/2015)', () => {
    expect(sut.extract('meu irmão foi detido ontem na saída do trabalho').signals).toContain('prisao');
    expect(sut.extract('levaram meu irmão algemado da frente de casa agora há pouco').signals).toContain('prisao');
    expect(sut.extract('levaram minha filha algemada').signals).toContain('prisao');
    // A detention of a past year is the record, not custody now.
    expect(sut.extract('em 2019 meu filho foi detido numa briga de escola').signals).not.toContain('prisao');
    expect(sut.extract('meu irmão não foi detido').signals).not.toContain('prisao');
  });

  it('reads one held again as an arrest, which a release told before it in the same message does not end (CPP art. 310; LEP art. 118 §2º)', () => {
    expect(sut.extract('meu cunhado voltou a ser preso hoje cedo').signals).toContain('prisao');
    expect(sut.extract('ela tinha saído com alvará mas prenderam ela de novo na saída do fórum').signals).toContain('prisao');
    expect(sut.extract('ele foi solto no mês passado e não voltou a ser preso').signals).not.toContain('prisao');
  });

  it('reads one stuck in a lift as no arrest, the lift named in the message (CC arts. 927 and 1.348 V)', () => {
    expect(sut.extract('o elevador travou entre dois andares e meu pai ficou preso lá dentro uma hora').signals).not.toContain('prisao');
    expect(sut.extract('meu pai ficou preso na delegacia uma noite').signals).toContain('prisao');
  });

  it("reads a cut's recency told without the benefit (the month's payment missing, the cut's day) for a cut told in another message", () => {
    const relayed = 'beneficio-cortado-agora-relatado';
    expect(sut.extract('esse mês não caiu o pagamento, fui na caixa hoje e nada').signals).toContain(relayed);
    expect(sut.extract('o dinheiro do mês não entrou na conta, era pra cair dia 5').signals).toContain(relayed);
    expect(sut.extract('hoje fui sacar e não havia nada').signals).toContain(relayed);
    expect(sut.extract('aconteceu anteontem, ela foi no banco').signals).toContain(relayed);
    expect(sut.extract('a perícia foi ontem de manhã').signals).toContain(relayed);
    // A payment missing since a month told, and a day that is another thing's.
    expect(sut.extract('desde março não caiu nada na conta').signals).not.toContain(relayed);
    expect(sut.extract('ontem ele fez 70 anos e hoje mora comigo').signals).not.toContain(relayed);
  });

  it('reads the salary unpaid as a week-or-two urgency, and the FGTS not deposited as none', () => {
    expect(sut.extract('o patrão não paga meu salário faz 2 meses').signals).toContain('salario-atrasado');
    expect(sut.extract('a empresa não deposita o FGTS desde janeiro').signals).not.toContain('salario-atrasado');
  });

  it('reads a child a dog seized as an attack, not a child taken, and a child kept by a parent as one', () => {
    expect(sut.extract('o cachorro saiu sem focinheira e pegou meu filho na calçada').signals).not.toContain('crianca-retida');
    expect(sut.extract('o pai pegou meu filho na escola e não devolveu').signals).toContain('crianca-retida');
  });

  it('reads the police after the client over a support, or the summons of its three days, as a civil arrest at hand', () => {
    expect(sut.extract('os policiais estiveram no meu trabalho me procurando, é pela pensão da minha filha').signals).toContain('prisao-civil-iminente');
    expect(sut.extract('recebi a intimação pra pagar em 3 dias').signals).toContain('prisao-civil-iminente');
    expect(sut.extract('ela vive atrás de mim por causa da pensão').signals).not.toContain('prisao-civil-iminente');
  });

  it("reads a routine document's expiry as no term running (a renewal: Lei 8.080/90 art. 6º I d; CTB art. 159), and a bill due as one", () => {
    const renewal = sut.extract('a receita vence semana que vem, como faço pra renovar no posto?');
    expect(renewal.signals).not.toContain('prazo');
    expect(renewal.signals).not.toContain('prazo-proximo');
    expect(renewal.deadlineHours).toBeNull();
    expect(sut.extract('minha CNH vence mês que vem').signals).toEqual([]);
    expect(sut.extract('o boleto vence semana que vem').signals).toContain('prazo-proximo');
    expect(sut.extract('a parcela da receita vence semana que vem').signals).toContain('prazo');
  });

  it('reads a person trapped under rubble or in a wreck as no arrest, and an arrest as one', () => {
    expect(sut.extract('A mãe tava lavando louça e ficou presa embaixo dos escombros.').signals).not.toContain('prisao');
    expect(sut.extract('o motorista ficou preso nas ferragens').signals).not.toContain('prisao');
    expect(sut.extract('meu filho ficou preso na delegacia ontem').signals).toContain('prisao');
    // A thing seized is no one held.
    expect(sut.extract('meu celular foi apreendido na blitz').signals).not.toContain('prisao');
    // A limb caught in a machine is a work accident (NR-12), no arrest.
    expect(sut.extract('A mão dele ficou presa e teve que amputar o indicador.').signals).not.toContain('prisao');
    expect(sut.extract('o braço ficou preso na prensa').signals).not.toContain('prisao');
    expect(sut.extract('ficou presa na máquina de moer').signals).not.toContain('prisao');
  });

  it('reads an inquiry or a seized good at the police station as no one held, and a person there as an arrest', () => {
    expect(sut.extract('o inquerito ta na delegacia de transito').signals).not.toContain('prisao');
    expect(sut.extract('O inquérito ainda tá na delegacia de Osasco e ninguém me dá notícia.').signals).not.toContain('prisao');
    expect(sut.extract('o caso está na delegacia de crimes cibernéticos desde agosto').signals).not.toContain('prisao');
    expect(sut.extract('o carro ainda tá na delegacia').signals).not.toContain('prisao');
    expect(sut.extract('meu filho tá na delegacia desde ontem à noite').signals).toContain('prisao');
    expect(sut.extract('ele ainda tá na delegacia').signals).toContain('prisao');
    expect(sut.extract('cada hora fala q o leilao atrasou, q o documento ta preso').signals).not.toContain('prisao');
    expect(sut.extract('meu irmão ta preso desde sexta').signals).toContain('prisao');
  });

  it('reads money, pay, goods or a vehicle held as no one held, and a person held beside them as an arrest', () => {
    expect(sut.extract('o banco bloqueou minha conta e meu salário tá preso lá dentro').signals).not.toContain('prisao');
    expect(sut.extract('fui mandado embora mas meu fgts ta preso, a caixa nao libera').signals).not.toContain('prisao');
    expect(sut.extract('nossa mercadoria ficou presa na alfandega do porto').signals).not.toContain('prisao');
    expect(sut.extract('as mercadorias ficaram presas no porto de Santos').signals).not.toContain('prisao');
    expect(sut.extract('os guardas prenderam meu caminhao na br').signals).not.toContain('prisao');
    expect(sut.extract('prenderam meu pai hoje cedo e a conta dele ta bloqueada').signals).toContain('prisao');
    expect(sut.extract('minha filha ficou presa na blitz e o carro foi pro patio').signals).toContain('prisao');
  });

  it('reads money, goods or a vehicle held with words between the thing and the verb as no one held, and a person so told as an arrest', () => {
    expect(sut.extract('o dinheiro da minha rescisão ficou todo preso no banco').signals).not.toContain('prisao');
    expect(sut.extract('fui demitido e meu FGTS inteiro continua preso').signals).not.toContain('prisao');
    expect(sut.extract('a restituição do imposto de renda tá presa na malha').signals).not.toContain('prisao');
    expect(sut.extract('minha mercadoria que veio da China tá presa na Receita faz um mês').signals).not.toContain('prisao');
    expect(sut.extract('o carro do meu pai foi preso pela PRF ontem').signals).not.toContain('prisao');
    expect(sut.extract('as encomendas da minha loja estão todas presas nos Correios').signals).not.toContain('prisao');
    expect(sut.extract('o meu salário desse mês ficou todo preso no banco').signals).not.toContain('prisao');
    expect(sut.extract('o dono do carro foi preso ontem').signals).toContain('prisao');
    expect(sut.extract('o motorista do caminhão foi preso pela PRF').signals).toContain('prisao');
    expect(sut.extract('por conta da dívida ele foi preso ontem').signals).toContain('prisao');
    expect(sut.extract('o rapaz que roubou meu carro foi preso e está esperando o julgamento').signals).toContain('prisao');
    expect(sut.extract('meu irmão mais novo ficou preso desde ontem').signals).toContain('prisao');
  });

  it('reads someone the police hold and have not released as an arrest, unless the case is the prisoner\'s benefit', () => {
    expect(sut.extract('pegaram meu irmão na blitz e até agora não soltaram ele da delegacia').signals).toContain('prisao');
    expect(sut.extract('meu marido tá preso e não foi solto ainda, quero o auxílio reclusão').signals).not.toContain('prisao');
  });

  it('reads the client asking whether it is still time to sue as a term running (a limitation to count)', () => {
    expect(sut.extract('me demitiram faz tempo, será que ainda dá tempo de cobrar?').signals).toContain('prazo');
    expect(sut.extract('o acidente foi há quase três anos, ainda posso processar a empresa de ônibus?').signals).toContain('prazo');
  });

  it('reads a suit told in everyday words as a summons, whose defence term runs', () => {
    expect(sut.extract('o dono da oficina tá me processando por causa do conserto').signals).toContain('citacao');
    expect(sut.extract('chegou um papel do fórum aqui em casa').signals).toContain('citacao');
  });

  it("reads a contract's kind of term as no deadline, a running term still as one", () => {
    expect(sut.extract('O contrato é de 30 meses e já venceu, continua por prazo indeterminado.').signals).not.toContain('prazo');
    expect(sut.extract('o prazo para a defesa termina sexta').signals).toContain('prazo');
  });

  it('reads an eviction only wished or threatened as none, and a suit, an order or a term told beside the wish as one', () => {
    expect(sut.extract('o dono da casa quer me despejar porque quer vender').signals).not.toContain('despejo');
    expect(sut.extract('o proprietário ameaçou me despejar se eu não aceitar o aumento').signals).not.toContain('despejo');
    expect(sut.extract('quero despejar meu inquilino que não paga faz 4 meses').signals).not.toContain('despejo');
    expect(sut.extract('isso é motivo para despejo?').signals).not.toContain('despejo');
    expect(sut.extract('chegou a citação da ação de despejo').signals).toContain('despejo');
    expect(sut.extract('o juiz deu liminar de despejo').signals).toContain('despejo');
    expect(sut.extract('o dono quer me despejar e me deu 5 dias pra sair').deadlineHours).toBe(72);
  });

  it('takes a child beaten at home, told by the marks on the body, as violence to act on within 24 h', () => {
    expect(sut.extract('Sou avó do Pedro, de 6 anos. Ontem vi as costas dele cheias de marcas de cinta.').signals).toContain('violencia');
    expect(sut.extract('fiquei com marcas roxas depois da queda na escada').signals).not.toContain('violencia');
  });

  it("reads a servant's pay ('vencimento', also in the plural) as no term running, and a bill's due date as one", () => {
    expect(sut.extract('meu vencimento foi cortado pela metade').signals).not.toContain('prazo');
    expect(sut.extract('cortaram parte dos vencimentos de todos os professores').signals).not.toContain('prazo');
    expect(sut.extract('o boleto vence amanha').signals).toContain('prazo');
  });

  it('reads a court seizure told in everyday words as a block, and a threatened one as none', () => {
    expect(sut.extract('o banco puxou o dinheiro da conta da empresa por ordem do juiz').signals).toContain('bloqueio');
    expect(sut.extract('veio um moço do fórum com um papel pra levar as máquinas').signals).toContain('bloqueio');
    expect(sut.extract('o juiz disse que vai levar o dinheiro da conta se eu não pagar').signals).not.toContain('bloqueio');
  });

  it('reads an account held by the bank for fraud prevention as the bank\'s own block, not a seizure, over the whole interview', () => {
    const signals = sut.extract('o banco bloqueou minha conta dizendo que foi a prevenção a fraude, meu salário caiu e não consigo sacar').signals;
    expect(signals).toContain('bloqueio-pelo-banco');
    expect(signals).not.toContain('bloqueio');
    expect(sut.extract('fizeram uma análise de segurança no meu cadastro').signals).not.toContain('bloqueio-pelo-banco');
    expect(withoutYieldedAcross(['bloqueio', 'bloqueio-pelo-banco'])).toEqual(['bloqueio-pelo-banco']);
    expect(withoutYieldedAcross(['crianca-retida', 'prisao'])).toEqual(['crianca-retida', 'prisao']);
    expect(sut.extract('o gerente disse que a conta dele ta bloqueada até abrir o inventário').signals).toEqual([]);
  });

  it('reads a block and a salary told in two sentences as no income blocked', () => {
    expect(sut.extract('o juiz bloqueou tudo. meu salário caiu ontem').signals).toEqual([]);
  });

  it("reads a deceased's account frozen by the bank as no seizure to undo within days", () => {
    expect(sut.extract('minha tia morreu e o banco bloqueou a conta onde caía a pensão dela').signals).not.toContain('bloqueio');
    expect(sut.extract('o banco bloqueou a conta por ordem do juiz').signals).toContain('bloqueio');
  });

  it('reads a block told in other words only next to money the client lives on', () => {
    expect(sut.extract('bloquearam o site da loja').signals).not.toContain('bloqueio-relatado');
    expect(sut.extract('ele ficou com o olho roxo numa briga de bar').signals).not.toContain('violencia');
  });

  it('does not read one item unpaid as being without income', () => {
    expect(sut.extract('fiquei dois anos sem receber o adicional de periculosidade').signals).not.toContain('sem-renda');
    expect(sut.extract('estou sem salário desde julho').signals).toContain('sem-renda');
    // The salary itself unpaid for months is the worker's living held (CLT arts. 459 §1 and 483 d).
    expect(sut.extract('tamo há três mês sem receber salário').signals).toContain('sem-renda');
    expect(sut.extract('a loja está sem receber o pagamento do cliente').signals).not.toContain('sem-renda');
  });

  it('reads a debtor emptying its premises now as urgent within a day, and a past removal as no such signal', () => {
    // The arresto is asked before the goods are gone (CPC arts. 300-301).
    expect(sut.extract('os donos tão tirando as máquina do pavilhão hoje').signals).toContain('retirada-de-bens');
    expect(sut.extract('estão esvaziando o galpão durante a noite').signals).toContain('retirada-de-bens');
    expect(sut.extract('eu tirei as máquinas de lavar da loja porque vieram com defeito').signals).not.toContain('retirada-de-bens');
  });

  it('reads a hospital stay already over as the damage, not as health at risk now', () => {
    expect(sut.extract('fiquei 12 dias internada com infecção no ano passado').signals).not.toContain('saude-grave');
    expect(sut.extract('ela ficou 20 dias na UTI e hoje usa bolsa de colostomia').signals).not.toContain('saude-grave');
    expect(sut.extract('meu pai está na UTI desde ontem').signals).toContain('saude-grave');
  });

  it('reads care a doctor asked for as urgent, only beside a word of care', () => {
    expect(sut.extract('a oncologista pediu a quimioterapia com urgência e o convênio ainda não liberou').signals).toContain('saude-urgente');
    expect(sut.extract('o médico falou que minha mãe não pode esperar pela cirurgia na fila').signals).toContain('saude-urgente');
    expect(sut.extract('preciso com urgência de uma segunda via do contrato').signals).not.toContain('saude-urgente');
    expect(sut.extract('o neurologista falou que a fisioterapia tem que começar logo e o convênio recusou').signals).toContain('saude-urgente');
    expect(sut.extract('minha avó não pode ficar esperando, o remédio acabou ontem').signals).toContain('saude-urgente');
    expect(sut.extract('a obra tem que começar logo, senão perco o prazo').signals).not.toContain('saude-urgente');
  });

  it('reads a child not restored, hidden or not sent back as kept, and the child asked back (CP arts. 248-249; CPC art. 536)', () => {
    expect(sut.extract('o genitor não restituiu a criança ao término da visitação').signals).toContain('crianca-retida');
    expect(sut.extract('o pai da minha filha tá escondendo ela de mim desde sexta').signals).toContain('crianca-retida');
    expect(sut.extract('a mãe do guri levou ele pras férias e diz que não manda mais de volta').signals).toContain('crianca-retida');
    expect(sut.extract('meu ex fala que não entrega mais o meu filho. não entrega mais').signals).toContain('crianca-retida');
    expect(sut.extract('a mae do meu bebe desapareceu com ele').signals).toContain('crianca-nao-devolvida');
    expect(sut.extract('quero meu filho de volta hoje').signals).toContain('crianca-pedida-de-volta');
    expect(sut.extract('quero buscar minha filha').signals).toContain('crianca-pedida-de-volta');
    // Not money, a car or a partner asked back, nor a pronoun alone ("quero ele de volta" is said of a partner too).
    expect(sut.extract('quero meu dinheiro de volta').signals).toEqual([]);
    expect(sut.extract('quero ele de volta, a gente se ama').signals).toEqual([]);
    expect(sut.extract('a loja não manda o produto de volta').signals).toEqual([]);
    expect(sut.extract('meu cunhado tá escondendo ele na garagem').signals).toEqual([]);
  });

  it('reads a child taken abroad or kept there without consent as held (Hague Convention of 1980; ECA arts. 83-85), not a trip agreed', () => {
    expect(sut.extract('Minha filha foi levada para a Espanha pela mãe sem o meu consentimento.').signals).toContain('crianca-retida');
    expect(sut.extract('a mae do meu filho mudou pros eua com ele escondida de mim').signals).toContain('crianca-retida');
    expect(sut.extract('meu filho passou as ferias com o pai na italia e ja voltou').signals).toEqual([]);
  });

  it('reads a child taken or held as urgent, not a refund withheld', () => {
    expect(sut.extract('o pai pegou minha filha no sábado e não devolveu depois da visita').signals).toContain('crianca-retida');
    expect(sut.extract('ela está retendo a criança na casa da avó').signals).toContain('crianca-retida');
    expect(sut.extract('o banco não quer devolver o meu dinheiro').signals).toEqual([]);
    expect(sut.extract('o pai da minha filha levou ela no fim de semana e não devolveu').signals).toContain('crianca-nao-devolvida');
    expect(sut.extract('comprei um presente pra minha filha e a loja não devolveu o dinheiro').signals).toEqual([]);
    expect(sut.extract('o banco pegou a poupança do meu filho e não devolveu').signals).toEqual([]);
    // A child seized by a dog or struck by a car is a past injury, no child kept (CC art. 936).
    expect(sut.extract('o cachorro saiu sem focinheira e pegou meu filho na calçada').signals).toEqual([]);
    expect(sut.extract('a cadela avançou e pegou minha filha pela perna').signals).toEqual([]);
    expect(sut.extract('meu ex pegou meu filho na escola ontem e sumiu').signals).toContain('crianca-retida');
  });

  it('ignores negated signals', () => {
    expect(sut.extract('ele tem 27 anos e nunca foi preso').signals).toEqual([]);
  });

  it('counts "next week" only next to a hearing or a deadline', () => {
    expect(sut.extract('vou viajar semana que vem').signals).toEqual([]);
  });

  it('turns a deadline in days into hours, minus the days already gone', () => {
    expect(sut.extract('recebi a citação e tenho 10 dias pra defesa')).toMatchObject({
      deadlines: ['tenho 10 dias pra defesa'],
      deadlineHours: 72,
    });
    expect(sut.extract('tem 30 dias pra regularizar e já passaram uns 20').deadlineHours).toBe(72);
    expect(sut.extract('tenho 30 dias para recorrer').deadlineHours).toBe(168);
  });

  it('reads deadlines relative to the message', () => {
    expect(sut.extract('temos 15 dias pra responder').deadlineHours).toBe(168);
    expect(sut.extract('a audiência é amanhã cedo').deadlineHours).toBe(24);
    expect(sut.extract('o prazo vence sexta, hoje é terça').nearest).toMatchObject({ daysLeft: 3 });
    expect(sut.extract('o prazo vence sexta', new Date('2026-11-30T12:00:00Z')).nearest).toMatchObject({ daysLeft: 4 });
    expect(sut.extract('vão despejar a gente semana que vem').deadlineHours).toBe(72);
    expect(sut.extract('o registro tem que sair até o dia 28, hoje é dia 17').nearest).toMatchObject({ daysLeft: 11 });
  });

  it('estimates the usual legal deadline of a notice with no count, minus the days since it arrived, and times urgency by it', () => {
    const { nearest, deadlineHours } = sut.extract('fui citado ontem numa ação de cobrança');
    expect(nearest).toMatchObject({ daysLeft: 20, legal: 'contestação: 15 dias úteis da citação' });
    expect(deadlineHours).toBe(168);
  });

  it('keeps dated deadlines and hearings as written', () => {
    expect(sut.extract('A audiência preliminar é dia 25/06/2024').deadlines).toEqual(['audiência preliminar é dia 25/06/2024']);
  });

  it.each([
    ['cortaram a luz da minha casa hoje cedo', 'servico-essencial'],
    ['o INSS cortou o BPC e é a única renda da casa', 'renda-unica'],
    ['a Caixa marcou o leilão da minha casa', 'leilao'],
    ['meu ex pegou nossa filha e era pra ter devolvido domingo', 'crianca-nao-devolvida'],
    ['a polícia levou meu filho algemado', 'prisao'],
    ['o salário caiu bloqueado', 'bloqueio'],
  ])('finds in %j the signal %s', (text, id) => {
    expect(sut.extract(text).signals).toContain(id);
  });

  it('reads the only income told in the past as income lost, and the present one only beside a cut', () => {
    expect(sut.extract('eu não trabalho e aquela pensão era minha única renda').signals).toContain('renda-unica-perdida');
    expect(sut.extract('sou casado, tenho três filhos, era a única renda da casa').signals).toContain('renda-unica-perdida');
    expect(sut.extract('o salário dele era o nosso único sustento').signals).toContain('renda-unica-perdida');
    expect(sut.extract('a aposentadoria é minha única renda').signals).not.toContain('renda-unica-perdida');
    expect(sut.extract('não era minha única renda, eu faço bico também').signals).not.toContain('renda-unica-perdida');
  });

  it("reads a child's passport asked abroad as a removal about to happen, and a trip to another state as none", () => {
    expect(sut.extract('ele é argentino, disse que vai levar a menina pra morar com a família dele e já pediu o passaporte dela no consulado').signals).toContain('crianca-exterior');
    expect(sut.extract('ele quer levar o menino pra outro estado nas férias, pra casa da avó').signals).not.toContain('crianca-exterior');
  });

  it('drops a child taken when the one taken was arrested', () => {
    expect(sut.extract('a polícia levou meu filho pra delegacia').signals).toEqual(['prisao']);
    expect(sut.extract('a loja era pra ter devolvido o dinheiro').signals).toEqual([]);
  });

  it.each([
    ['meu marido foi levado pela polícia agora há pouco', 'prisao'],
    ['o juiz mandou prender meu marido por causa da pensão', 'prisao'],
    ['meu filho foi apreendido ontem, ele tem 16 anos', 'apreensao-adolescente'],
    ['ela vai viajar com meu filho pro exterior sem minha autorização', 'crianca-exterior'],
    ['estou sendo ameaçada de morte pelo meu ex', 'violencia'],
    ['o plano negou a internação e ele está na emergência', 'saude-grave'],
    ['cancelaram o plano e estou em tratamento de câncer', 'saude-grave'],
    ['estamos sem energia desde ontem', 'servico-essencial'],
    ['o banco pegou todo meu salário', 'bloqueio'],
    ['a prefeitura disse que vai demolir a casa', 'demolicao'],
    ['meu ex espalhou fotos íntimas minhas no grupo', 'exposicao-intima'],
    ['ontem ele mandou pro grupo do meu trabalho umas fotos minhas íntimas', 'exposicao-intima'],
    ['meu irmão empurrou minha mãe no chão ontem', 'violencia'],
  ])('finds in %j the signal %s', (text, id) => {
    expect(sut.extract(text).signals).toContain(id);
  });

  it.each([
    ['meu filho de 14 anos está na Fundação Casa desde sábado'],
    ['o juiz da infância decretou a internação provisória do meu sobrinho de 17 anos'],
    ['a polícia apreendeu meu filho de 15 anos ontem e ele foi pra unidade de internação'],
    ['meu enteado de 17 anos está numa unidade socioeducativa faz dois dias'],
    ['meu irmão de 16 anos está internado provisoriamente no centro socioeducativo'],
  ])('reads in %j an adolescent held in internação provisória (ECA arts. 108, 183)', (text) => {
    expect(sut.extract(text).signals).toContain('internacao-adolescente');
  });

  it('does not read the unit\'s staff, a hospital ward, a measure being served, a victim\'s damages or a past year as an adolescent held now', () => {
    expect(sut.extract('trabalhei seis anos como agente na Fundação Casa e fui demitido').signals).not.toContain('internacao-adolescente');
    expect(sut.extract('minha filha ficou na unidade de internação do hospital uma semana').signals).not.toContain('internacao-adolescente');
    expect(sut.extract('meu filho cumpre medida na unidade de internação há oito meses').signals).not.toContain('internacao-adolescente');
    expect(sut.extract('um adolescente roubou meu celular e foi mandado pra Fundação Casa').signals).not.toContain('internacao-adolescente');
    expect(sut.extract('meu sobrinho ficou internado provisoriamente em 2021 e foi absolvido').signals).not.toContain('internacao-adolescente');
  });

  it('does not read a car seized or a trip planned by the client as an urgent child matter', () => {
    expect(sut.extract('meu carro foi apreendido pelo Detran').signals).toEqual([]);
    expect(sut.extract('vou viajar com meu filho pra Portugal nas férias').signals).toEqual([]);
    expect(sut.extract('meu ex vai viajar com minha filha pra Argentina nas férias, eu autorizei').signals).toEqual([]);
  });

  it('reads "acaba sexta" and "vence em N dias" as deadlines', () => {
    expect(sut.extract('o prazo da contestação acaba sexta, hoje é terça').nearest).toMatchObject({ daysLeft: 3 });
    expect(sut.extract('o boleto da execução vence em 3 dias').deadlineHours).toBe(72);
  });

  it('reads an arrest behind an auxílio-reclusão as the benefit\'s case, not as urgent', () => {
    expect(sut.extract('meu marido foi preso em março e o INSS negou o auxílio-reclusão').signals).not.toContain('prisao');
  });

  it('drops an arrest that is over (released, sentence served, at liberty) and says which signal ended', () => {
    const released = sut.extract('meu marido foi preso em 2018 por furto e hoje está solto');
    expect(released.signals).not.toContain('prisao');
    expect(released.ended).toEqual(['prisao', 'regressao-cautelar']);
    expect(sut.extract('ficou preso 1 ano e 8 meses e depois cumpriu o resto no aberto').signals).not.toContain('prisao');
    expect(sut.extract('ele foi preso ontem e ainda não foi solto').signals).toContain('prisao');
    expect(sut.extract('ele foi preso ontem e ainda não foi solto').ended).toEqual([]);
    // An arrest told as a past episode of someone's life is a record, no custody now.
    expect(sut.extract('a mãe é dependente química e já foi presa uma vez por causa de drogas').signals).not.toContain('prisao');
    expect(sut.extract('meu filho foi preso ontem à noite').signals).toContain('prisao');
  });

  it('drops an arrest undone by bail or provisional release, or a sentence being served (CPP arts. 310 III, 319 and 322; LEP)', () => {
    const bailed = sut.extract('em março um motorista bêbado atropelou meu pai, foi preso em flagrante e pagou fiança no mesmo dia');
    expect(bailed).toMatchObject({ signals: [], ended: ['prisao'], past: ['prisao'] });
    expect(sut.extract('foi preso em flagrante mês passado, mas saiu com liberdade provisória na audiência de custódia').signals).not.toContain('prisao');
    expect(sut.extract('meu filho tá preso cumprindo pena e a mãe do menino foi embora').signals).not.toContain('prisao');
    expect(sut.extract('meu marido cumpre pena há 2 anos').ended).toEqual(['prisao']);
    // Bail set and not paid, or provisional release only asked, keeps the person held.
    expect(sut.extract('meu marido foi preso ontem em flagrante, o delegado falou em fiança mas a gente não tem o dinheiro').signals).toContain('prisao');
    expect(sut.extract('meu irmão foi preso ontem e não pagou a fiança').signals).toContain('prisao');
    expect(sut.extract('meu filho foi preso hoje e quero pedir liberdade provisória').signals).toContain('prisao');
  });

  it('reads one serving outside prison arrested again as a cautionary regression, not the arrest that began the sentence (LEP art. 118 §2º)', () => {
    expect(sut.extract('meu irmão cumpre pena no regime aberto e foi detido hoje numa blitz').signals).toEqual(['regressao-cautelar']);
    // The arrest told with the police as its subject, in the formal and the everyday pronoun.
    expect(sut.extract('meu neto cumpre pena em regime aberto e ontem a polícia o prendeu em casa').signals).toEqual(['regressao-cautelar']);
    expect(sut.extract('minha filha ta no semiaberto e a pm prendeu ela hoje na rua').signals).toEqual(['regressao-cautelar']);
    expect(sut.extract('ficou preso 1 ano e 8 meses e depois cumpriu o resto no aberto').signals).toEqual([]);
    expect(sut.extract('meu filho foi preso há 3 anos e hoje está no semiaberto').signals).not.toContain('regressao-cautelar');
  });

  it('reads a convict taken in for a fault of the regime outside prison, told without "preso" (LEP arts. 50, 115, 146-C and 118 §2º)', () => {
    expect(sut.extract('ele ta no aberto, disseram que descumpriu o recolhimento noturno e levaram ele').signals).toContain('regressao-cautelar');
    expect(sut.extract('a tornozeleira descarregou e a policia foi em casa e levou ele').signals).toContain('regressao-cautelar');
    expect(sut.extract('saiu na saida temporaria e foi detido num bloqueio').signals).toContain('regressao-cautelar');
    // The arrest that began the sentence beside parole asked is no new custody.
    expect(sut.extract('meu filho foi preso e quer pedir o livramento condicional').signals).not.toContain('regressao-cautelar');
    // Taken with no word of the regime is no regression: a ride, a trip.
    expect(sut.extract('meu irmao levou ele pro hospital ontem').signals).not.toContain('regressao-cautelar');
  });

  it('reads a parolee or one in home detention taken back as a cautionary regression, not parole only asked (CP arts. 86-89; LEP arts. 145 and 146-C)', () => {
    expect(sut.extract('meu pai ta de condicional e hoje cedo prenderam ele denovo').signals).toContain('regressao-cautelar');
    expect(sut.extract('meu irmão encontra-se em livramento condicional e foi novamente recolhido ao cárcere').signals).toContain('regressao-cautelar');
    expect(sut.extract('to de condicional e a pm me parou na rua e me levou').signals).toContain('regressao-cautelar');
    expect(sut.extract('minha esposa tava na domiciliar e hoje levaram ela de volta pro presidio').signals).toContain('regressao-cautelar');
    expect(sut.extract('ele ta com aquele aparelho no pe, monitorado, e a policia levou ele de volta pra cadeia').signals).toContain('regressao-cautelar');
    // Parole's word beside an arrest, not as the state served: the arrest that began the sentence and the benefit asked.
    expect(sut.extract('meu marido foi preso e o advogado falou em pedido de livramento condicional').signals).not.toContain('regressao-cautelar');
    // Parole served with no arrest: a move asked of the judge (LEP art. 132).
    expect(sut.extract('meu marido ta de livramento condicional e quer mudar de cidade').signals).not.toContain('regressao-cautelar');
  });

  it('reads a regression decreed or the parole undone now as a custody to contest at once, never one feared or of a past year (LEP arts. 118 §2º and 145)', () => {
    expect(sut.extract('o juiz regrediu meu filho pro fechado ontem').signals).toContain('regressao-decretada');
    expect(sut.extract('mandaram meu marido de volta pro fechado sem ouvir ele').signals).toContain('regressao-decretada');
    expect(sut.extract('o magistrado determinou a regressão para o semiaberto').signals).toContain('regressao-decretada');
    expect(sut.extract('teve a regressão cautelar decretada').signals).toContain('regressao-decretada');
    expect(sut.extract('revogaram o livramento dele semana passada').signals).toContain('regressao-decretada');
    // Feared, asked or denied: no regression decreed.
    expect(sut.extract('tenho medo de voltar pro fechado').signals).not.toContain('regressao-decretada');
    expect(sut.extract('tenho medo de regredir de regime').signals).not.toContain('regressao-decretada');
    expect(sut.extract('o juiz não regrediu ele').signals).not.toContain('regressao-decretada');
    expect(sut.extract('o juiz vai decidir se volta pro semiaberto').signals).not.toContain('regressao-decretada');
    // A regression of a past year is the record, the progression asked now on its own terms.
    expect(sut.extract('ele regrediu pro fechado em 2022 por falta grave').signals).not.toContain('regressao-decretada');
  });

  it('reads a prisoner beaten, threatened or left without care inside as in danger now (CF art. 5º XLIX; LEP arts. 14, 40 and 41)', () => {
    expect(sut.extract('meu filho apanhou dos agentes no presídio').signals).toContain('preso-em-perigo');
    expect(sut.extract('os outros presos prometeram matar ele').signals).toContain('preso-em-perigo');
    expect(sut.extract('meu pai está na cadeia e cortaram a insulina dele').signals).toContain('preso-em-perigo');
    expect(sut.extract('o posto de saúde cortaram o remédio da minha mãe').signals).not.toContain('preso-em-perigo');
  });

  it('reads one of the family caught by the police as an arrest, not a thief the police caught', () => {
    expect(sut.extract('a polícia pegou meu marido agora há pouco e levou ele na viatura').signals).toContain('prisao');
    expect(sut.extract('hoje de manhã a polícia pegou o cara que roubou meu celular').signals).not.toContain('prisao');
  });

  it('reads one of the family taken by the force that made the arrest (the PM, the civil, the federal, the municipal guard) as an arrest, not a fine (CPP arts. 301 and 310)', () => {
    expect(sut.extract('a PM prendeu meu pai hoje por porte de arma').signals).toContain('prisao');
    expect(sut.extract('os PM levaram meu filho do baile ontem à noite').signals).toContain('prisao');
    expect(sut.extract('a guarda municipal pegou meu sobrinho numa moto roubada').signals).toContain('prisao');
    expect(sut.extract('a PM multou meu carro ontem na frente de casa').signals).not.toContain('prisao');
  });

  it('reads an arrest or violence dated to a past year, with nothing told of now, as no urgency', () => {
    expect(sut.extract('sofri violência doméstica do meu ex em 2019, ele foi condenado').signals).not.toContain('violencia');
    expect(sut.extract('Meu pai foi levado pela polícia em março de 2023 por engano').signals).not.toContain('prisao');
    expect(sut.extract('meu filho está preso desde 2023').signals).toContain('prisao');
    expect(sut.extract('ele me agrediu em 2022 e agora voltou a me ameaçar de morte').signals).toContain('violencia');
    expect(sut.extract('foi preso em 2026', new Date('2026-12-04T12:00:00Z')).signals).toContain('prisao');
  });

  it('keeps the signals dated to a past year apart, as told of the past, a year told back from now too', () => {
    expect(sut.extract('Meu pai foi levado pela polícia em março de 2023 por engano').past).toEqual(['prisao']);
    expect(sut.extract('há uns dois anos um motorista me agrediu depois de uma discussão').past).toEqual(['violencia']);
    expect(sut.extract('no ano passado meu cunhado me agrediu na festa').signals).not.toContain('violencia');
    // A time that has lasted ("há três anos que") is a state going on, no past episode.
    expect(sut.extract('há três anos que ele me bate').signals).toContain('violencia');
  });

  it('dates an arrest or violence told in a clause with no time of its own by the past year another clause of the message tells', () => {
    expect(sut.extract('Em 2024 eu voltava do serviço e fui parado numa blitz, o policial me agrediu com um tapa').past).toEqual(['violencia']);
    expect(sut.extract('meu pai foi assaltado há dois anos quando chegava em casa, o assaltante foi preso e condenado').signals).not.toContain('prisao');
    // A time counted from the episode ("dias depois") or a habit ("todo dia") is no time of the clause's own.
    expect(sut.extract('minha loja foi assaltada há uns dois anos, o ladrão foi preso dias depois').signals).not.toContain('prisao');
    // Controls: a clause with its own time ("ontem", "essa semana", "de novo"), or a word of now in the message, keeps the signal.
    expect(sut.extract('ele me agrediu em 2023, mas ontem apareceu aqui e me bateu de novo').signals).toContain('violencia');
    expect(sut.extract('Estamos separados desde 2022. Essa semana ele me empurrou na frente da escola').signals).toContain('violencia');
    expect(sut.extract('em 2021 nos separamos, ele me bateu de novo').signals).toContain('violencia');
    expect(sut.extract('ele respondeu a um processo em 2021, e agora foi preso de novo').signals).toContain('prisao');
  });

  it("reads the client's own stay with the police told as over in hours as no arrest, and a relative's arrest beside a wait as one", () => {
    expect(sut.extract('me levaram pra delegacia e eu fiquei lá umas 3 horas até verem as câmeras').signals).not.toContain('prisao');
    expect(sut.extract('fiquei detida umas duas horas até eles verem que o alarme apitou por erro').signals).not.toContain('prisao');
    expect(sut.extract('meu filho foi preso ontem e eu fiquei 3 horas na porta da delegacia').signals).toContain('prisao');
  });

  it('reads a supply switched off as cut, and a child gone off with a parent as taken', () => {
    expect(sut.extract('a Equatorial desligou a energia aqui de casa hoje cedo').signals).toContain('servico-essencial');
    expect(sut.extract('meu ex foi buscar meu filho na escola hoje e sumiu com ele').signals).toContain('crianca-nao-devolvida');
  });

  it('reads a defence or an appeal told as filed as its term met, in the same message too', () => {
    const filed = sut.extract('O prazo pra contestar acabava amanhã, mas o advogado já entregou a contestação ontem');
    expect(filed.deadlineHours).toBeNull();
    expect(filed.signals).not.toContain('prazo-proximo');
    expect(filed.cancelled).toContain('defend');
    expect(sut.extract('o prazo pra contestar acaba amanhã e ainda não entreguei a contestação').deadlineHours).toBe(24);
    // A hearing's day stays, whatever was filed before it.
    expect(sut.extract('a audiência é amanhã e o advogado já entregou a contestação').deadlineHours).toBe(24);
  });

  it('ends a hearing told as no longer happening', () => {
    expect(sut.extract('fizemos acordo e o juiz homologou, a audiência nem vai ter mais').ended).toContain('prazo-proximo');
  });

  it('drops an essential service cut once told as restored, and a block once told as lifted', () => {
    const restored = sut.extract('em março cortaram a luz por uma conta paga, religaram depois de 4 dias');
    expect(restored.signals).not.toContain('servico-essencial');
    expect(restored.ended).toContain('servico-essencial');
    expect(sut.extract('ano passado cortaram minha agua por engano').signals).toContain('servico-essencial');
    expect(sut.extract('ja voltou faz tempo').ended).toContain('servico-essencial');
    expect(sut.extract('cortaram a luz hoje e ainda não religaram').signals).toContain('servico-essencial');
    const lifted = sut.extract('o banco bloqueou minha conta em janeiro e já desbloquearam em fevereiro');
    expect(lifted.signals.filter((id) => id.startsWith('bloqueio'))).toEqual([]);
    expect(sut.extract('bloquearam minha conta e até hoje não desbloquearam').signals).toContain('bloqueio');
  });

  it('reads losing the home told as a fear as no household without a roof now', () => {
    expect(sut.extract('tenho medo de ficar sem ter onde morar se passar a escritura').signals).not.toContain('moradia');
    expect(sut.extract('estou sem ter onde morar, durmo na casa de um amigo').signals).toContain('moradia');
  });

  it('reads a demolition told in the passive, and the day the machine comes, as urgent', () => {
    expect(sut.extract('a notificação diz que a casa vai ser demolida').signals).toContain('demolicao');
    expect(sut.extract('a máquina vem na sexta-feira, depois de amanhã').deadlineHours).toBeLessThanOrEqual(48);
    expect(sut.extract('a casa e o galpão vão ser derrubados pela estrada nova').signals).not.toContain('demolicao');
  });

  it('reads a strangling told by its marks or its grip as violence', () => {
    expect(sut.extract('ela apareceu com o olho roxo e marca no pescoço, disse que ele apertou ela').signals).toContain('violencia');
    expect(sut.extract('ele me pegou pelo pescoço na frente das crianças').signals).toContain('violencia');
  });

  it('reads a child about to be taken abroad against a consent denied, and not with a consent given', () => {
    expect(sut.extract('meu ex marido quer levar minha filha pros Estados Unidos e eu não autorizei').signals).toContain('crianca-exterior');
    expect(sut.extract('meu ex vai levar minha filha pra Portugal nas férias, eu autorizei').signals).not.toContain('crianca-exterior');
  });

  it('reads a block told in the plural as a block under way', () => {
    expect(sut.extract('as contas da empresa foram bloqueadas por ordem do juiz').signals).toContain('bloqueio-relatado');
    expect(sut.extract('meus salários estão bloqueados faz uma semana').signals).toContain('bloqueio-relatado');
  });

  it('reads a device or a login told as locked as no money held', () => {
    expect(sut.extract('comprei um iphone na loja online e veio bloqueado, pede a conta do dono anterior').signals).not.toContain('bloqueio');
    expect(sut.extract('diz que a conta gov.br está bloqueada').signals).not.toContain('bloqueio-relatado');
    expect(sut.extract('o salário veio bloqueado').signals).toContain('bloqueio');
  });

  it('reads a risk to the job, or a protective order against the client, as no violence', () => {
    expect(sut.extract('quero saber se corro risco de ser mandada embora').signals).not.toContain('violencia');
    expect(sut.extract('minha ex pediu medida protetiva contra mim').signals).not.toContain('violencia');
    expect(sut.extract('pedi medida protetiva contra meu marido, ele me bateu').signals).toContain('violencia');
    expect(sut.extract('ele disse que vai me matar, corro risco').signals).toContain('violencia');
  });

  it('drops a stay at the police station the client was released from after being heard', () => {
    const heard = sut.extract('me levaram pra delegacia, prestei depoimento e fui liberado no mesmo dia');
    expect(heard.signals).not.toContain('prisao');
    expect(heard.ended).toEqual(['prisao', 'regressao-cautelar']);
    expect(sut.extract('me levaram pra delegacia e ainda estou aqui').signals).toContain('prisao');
  });

  it('drops an arrest the judge already undid ("o juiz me soltou" in the custody hearing)', () => {
    const released = sut.extract('me levaram pro presídio e na audiência de custódia o juiz me soltou');
    expect(released.signals).not.toContain('prisao');
    expect(released.ended).toEqual(['prisao', 'regressao-cautelar']);
  });

  it('counts the usual term to appeal from a sentence that came out, told verb first', () => {
    expect(sut.extract('ontem saiu a sentença condenando ele').nearest?.legal).toBe('recurso da sentença: 15 dias úteis');
  });

  it('reads a seizure threatened by a collector as no block under way, and a child kept after the holidays as urgent', () => {
    expect(sut.extract('o escritório liga dizendo que se eu não pagar vão penhorar minha casa').signals).toEqual([]);
    expect(sut.extract('paga até sexta, senão penhora').signals).not.toContain('bloqueio');
    expect(sut.extract('o juiz mandou a penhora do carro').signals).toContain('bloqueio');
    // A penhora read on a property's registry record (CPC art. 844): an encumbrance a buyer discovers, no money held today.
    expect(sut.extract('na certidão da matrícula descobrimos uma penhora de um processo contra o vendedor').signals).not.toContain('bloqueio');
    expect(sut.extract('tem uma penhora averbada no imóvel que comprei').signals).not.toContain('bloqueio');
    expect(sut.extract('meu filho foi passar as férias com o pai e não voltou').signals).toContain('crianca-retida');
  });

  it("reads a transcript's everyday seizure and child kept from its messages as from the whole text", () => {
    for (const messages of [
      ['tenho uma loja', 'o banco puxou o dinheiro da conta por ordem do juiz'],
      ['meu filho foi passar as ferias com o pai', 'e nao voltou'],
      ['meu filho foi passar as ferias com o pai e nao voltou', 'quero ele de volta'],
    ]) {
      const text = joinTexts(messages);
      expect(sut.extract(text, undefined, messages)).toEqual(sut.extract(text));
    }
  });

  it("reads a block told as a noun or as the judge's order as a seizure under way", () => {
    expect(sut.extract('fui surpreendido com o bloqueio da minha conta no banco').signals).toContain('bloqueio');
    expect(sut.extract('o juiz mandou bloquear quatro mil reais').signals).toContain('bloqueio');
  });

  it('hears the protective order asked as its purpose and the client\'s own intimate images spread as urgent (Lei 11.340 art. 18; CP art. 218-C)', () => {
    expect(sut.extract('quero medida pra ele não chegar perto de mim').signals).toContain('violencia');
    expect(sut.extract('ele mandou pro grupo do meu trabalho umas fotos minhas íntimas').signals).toContain('exposicao-intima');
    // The owner before the nakedness, and the intimate video call a sextortion records (CP arts. 158 and 218-C).
    expect(sut.extract('meu ex ta mandando minhas fotos pelada pros meus parentes').signals).toContain('exposicao-intima');
    expect(sut.extract('ele gravou nossa chamada de vídeo íntima e quer dinheiro').signals).toContain('exposicao-intima');
    // A photo of the client with clothes posted is no intimate image.
    expect(sut.extract('postaram minha foto da formatura sem autorização').signals).not.toContain('exposicao-intima');
  });

  it("hears a child's sexual abuse told by a parent or relative, and not the adult's own abuse of long ago (CP art. 217-A; ECA arts. 13 and 130)", () => {
    expect(sut.extract('ontem contou pra psicóloga que o motorista mexe nela quando ela fica por último na van').signals).toContain('abuso-sexual-de-crianca');
    expect(sut.extract('o vizinho abusou do meu filho de 8 anos, ele me contou hoje').signals).toContain('abuso-sexual-de-crianca');
    expect(sut.extract('minha enteada de 12 anos foi estuprada pelo tio').signals).toContain('abuso-sexual-de-crianca');
    expect(sut.extract('descobri que o motorista da van toca nas partes íntimas da minha filha de 7 anos').signals).toContain('abuso-sexual-de-crianca');
    expect(sut.extract('meu ex-cunhado estuprou minha filha de 10 anos').signals).toContain('abuso-sexual-de-crianca');
    expect(sut.extract('ela voltou da visita dizendo que o pai toca nas partes íntimas dela').signals).toContain('abuso-sexual-de-crianca');
    expect(sut.extract('fui abusada pelo meu tio dos 8 aos 12 anos, hoje tenho 35').signals).not.toContain('abuso-sexual-de-crianca');
    expect(sut.extract('em 2015 o padrasto abusou da minha filha, ele foi condenado').past).toContain('abuso-sexual-de-crianca');
  });

  it('hears a hidden camera where one undresses as intimacy recorded, and a leak of a past year as past (CP arts. 216-B and 218-C)', () => {
    expect(sut.extract('achei uma câmera escondida no vestiário feminino da academia').signals).toContain('exposicao-intima');
    expect(sut.extract('encontrei uma mini câmera no banheiro do apartamento alugado').signals).toContain('exposicao-intima');
    expect(sut.extract('Em 2019 um ex-namorado vazou fotos íntimas minhas').signals).not.toContain('exposicao-intima');
    expect(sut.extract('Em 2019 um ex-namorado vazou fotos íntimas minhas').past).toContain('exposicao-intima');
  });

  it("hears the client's warrant told in everyday words as one open (CPP arts. 312 and 366)", () => {
    expect(sut.extract('ele disse que o juiz mandou me pegar porque nao me acharam pras audiencias').signals).toContain('mandado-em-aberto');
    expect(sut.extract('meu advogado falou que tem ordem de prisão contra mim').signals).toContain('mandado-em-aberto');
    expect(sut.extract('o juiz não mandou me prender').signals).not.toContain('mandado-em-aberto');
  });

  it('reads a revenge threatened against a crime\'s victim or witness, not a revenge by a lawsuit nor a boss\'s warning (CP arts. 147 and 344; CPP art. 319 III)', () => {
    expect(sut.extract('ele saiu da cadeia e disse que vai se vingar porque eu reconheci ele').signals).toContain('retaliacao');
    expect(sut.extract('o irmao dele falou que se eu nao retirar a queixa vai ser pior').signals).toContain('retaliacao');
    expect(sut.extract('o reu mandou dizer que se eu depor ele me acha').signals).toContain('retaliacao');
    expect(sut.extract('mandou recado que vai terminar o servico').signals).toContain('retaliacao-velada');
    expect(sut.extract('minha ex quer se vingar de mim entrando com pedido de guarda').signals).not.toContain('retaliacao');
    expect(sut.extract('meu encarregado disse que vai me pegar no pulo se eu atrasar').signals).not.toContain('retaliacao-velada');
    // The revenge for the report named (CP arts. 147 and 344), and the veiled words of where the client lives or of a price to pay.
    expect(sut.extract('ele disse que eu vou pagar por ter denunciado ele').signals).toContain('retaliacao');
    expect(sut.extract('mandou dizer que sabe onde eu moro').signals).toContain('retaliacao-velada');
    expect(sut.extract('mandou dizer que eu vou pagar caro').signals).toContain('retaliacao-velada');
    expect(sut.extract('meu chefe disse que eu vou me arrepender de ter denunciado a empresa').signals).not.toContain('retaliacao');
    // The revenge in a warning's everyday words (CP arts. 147 and 344): read as veiled, counted only beside a crime, a release or a testimony.
    expect(sut.extract('o cara que me assaltou foi solto e mandou dizer que eu vou me arrepender').signals).toContain('retaliacao-velada');
    expect(sut.extract('o reu passou por mim no forum e falou que isso nao vai ficar assim').signals).toContain('retaliacao-velada');
    expect(sut.extract('saiu da cadeia e me mandou um audio dizendo voce me paga').signals).toContain('retaliacao-velada');
    expect(sut.extract('o irmao do acusado falou que eu nao sei com quem me meti').signals).toContain('retaliacao-velada');
    expect(sut.extract('o patrao disse que vai fazer o acerto de contas da minha rescisao na sexta').signals).not.toContain('retaliacao-velada');
    expect(sut.extract('isso nao vai ficar assim, quero meus direitos').signals).not.toContain('retaliacao-velada');
    // A gun mimed with the hand at the client: the threat by gesture (CP art. 147), as a gun shown.
    expect(sut.extract('ontem ele passou de moto na minha rua e fez sinal de arma com a mão').signals).toContain('violencia');
    // Stalking told going on (CP art. 147-A), not a boss's "persegue".
    expect(sut.extract('ele fica me seguindo e aparece na porta do meu trabalho').signals).toContain('perseguicao');
    expect(sut.extract('meu chefe me persegue desde que voltei de licença').signals).not.toContain('perseguicao');
  });

  it('hears a violent crime suffered told as now or hours ago, not one dated back nor its author named by it (CPP arts. 158 and 301-303)', () => {
    expect(sut.extract('acabei de ser assaltado no ponto de ônibus').signals).toContain('violencia-recente');
    expect(sut.extract('fui esfaqueado ontem num assalto').signals).toContain('violencia-recente');
    expect(sut.extract('levei um tiro hoje de manhã, levaram minha moto').signals).toContain('violencia-recente');
    expect(sut.extract('acabaram de me assaltar na saída do metrô').signals).toContain('violencia-recente');
    expect(sut.extract('fui assaltado há três meses, o ladrão já foi condenado').signals).not.toContain('violencia-recente');
    expect(sut.extract('o homem que me esfaqueou saiu da cadeia e ontem apareceu na minha rua').signals).not.toContain('violencia-recente');
    expect(sut.extract('roubaram meu celular da bolsa ontem no ônibus').signals).not.toContain('violencia-recente');
  });

  it('hears the next blow promised by who already struck as a death threat (CP arts. 129 and 147; CPP arts. 312-313)', () => {
    expect(sut.extract('meu cunhado falou que na próxima vez me mata').signals).toContain('violencia');
    expect(sut.extract('ele atirou em mim e mandou dizer que da próxima vez não erra').signals).toContain('violencia');
    expect(sut.extract('da próxima vez vou ler o contrato antes de assinar').signals).not.toContain('violencia');
  });

  it('hears a witness or a victim told to keep silent as a revenge veiled (CP art. 344; Lei 9.807/99)', () => {
    expect(sut.extract('o primo do acusado mandou dizer que testemunha boa é testemunha calada').signals).toContain('retaliacao-velada');
    expect(sut.extract('a mulher dele veio dizer que é melhor eu esquecer o caso').signals).toContain('retaliacao-velada');
  });

  it('hears a loan shark who threatens or demands on a condition, not his usurious interest alone (CP art. 158; Lei 1.521/51 art. 4º)', () => {
    expect(sut.extract('tô devendo pra um agiota e ele avisou que se eu não pagar até domingo vai sobrar pra minha família').signals).toContain('agiota-ameacando');
    expect(sut.extract('o agiota do bairro me cobra 20% ao mês e a dívida não diminui').signals).not.toContain('agiota-ameacando');
  });

  it('hears a threat by a partner or former partner as violence, not one by another the partner names (Lei 11.340/06 arts. 7º II and 22-23)', () => {
    expect(sut.extract('minha ex namorada vive me ameaçando desde que a gente terminou').signals).toContain('violencia');
    expect(sut.extract('o sócio do meu marido me ameaçou por causa da dívida da loja').signals).not.toContain('violencia');
  });

  it('hears the beating promised again as violence now (CP arts. 129 and 147)', () => {
    expect(sut.extract('os meninos da rua falaram que vão me bater de novo amanhã').signals).toContain('violencia');
  });

  it('hears a child threatened told in everyday words as a threat to the household (CP art. 147; ECA art. 5º)', () => {
    expect(sut.extract('o dono do terreno ao lado ameaçou meu menino quando ele pulou o portão').signals).toContain('violencia');
  });

  it('hears a watch kept on the home as stalking (CP art. 147-A)', () => {
    expect(sut.extract('desde a briga o ex da minha filha vive rondando a nossa casa de noite').signals).toContain('perseguicao');
  });

  it('hears protection asked as such, against a threat read beside it (Lei 11.340/06 arts. 22-23; CPP art. 319 III; Lei 9.807/99)', () => {
    expect(sut.extract('preciso de proteção pra mim e pros meus filhos').signals).toContain('protecao-contra-ameaca');
    expect(sut.extract('quero só registrar o que ele falou').signals).not.toContain('protecao-contra-ameaca');
  });

  it("hears a young sibling's sexual abuse told by a brother or sister (CP art. 217-A; ECA art. 13)", () => {
    expect(sut.extract('meu padrasto abusava da minha irmã de 9 anos').signals).toContain('abuso-sexual-de-crianca');
  });
});
