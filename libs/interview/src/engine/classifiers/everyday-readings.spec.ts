import { mentionsAssetsMovedAway, mentionsAssetsPassedToAnother, mentionsBenefitCut, mentionsBusinessAssetsRemoved, mentionsChildBeaten, mentionsClockedOutWorking, mentionsContractEnded, mentionsContributionsSettled, mentionsContributionsLateOrStoppedByIllness, mentionsCourtSeizure, mentionsDeceasedAccountHeld, mentionsDismissalAfterComplaint, mentionsEmployerActOnJob, mentionsHeldUnreleased, mentionsLongPossession, mentionsOwnersKinAskingToLeave, mentionsOwnersKinSayingItIsTheirs, mentionsLostRecords, mentionsMoneyTakenFromAccount, mentionsMovedWithChild, mentionsNewRequest, mentionsPayerSoughtForSupport, mentionsPlatformAccountBlocked, mentionsPregnantDismissed, mentionsPropertyTaken, mentionsPublicEmployer, mentionsSumBlocked, mentionsTakingReportedToPolice, mentionsTermToLeaveOver, mentionsWagesHeldForMonths, mentionsFgtsWithheldForLong, mentionsLongService, mentionsSupportUnpaidForLong, mentionsWorkDaysLost, mentionsWaterHarmAtHome, mentionsLeakSourceDenied, mentionsLeakLastingMonths, mentionsNeighbourResistingLeakRepair, mentionsLeakFromClientUnit, mentionsNeighbourClaim, mentionsNeighbourBuildingThrowingRain, withoutOthersProceedings, withoutRelativesConditions, mentionsSuperiorNameCalling, mentionsOwnSideReportedForTaking, mentionsSuperiorAbuse, mentionsWorkWeekLost, mentionsOwnAccountTrade } from './everyday-readings';

describe('mentionsCourtSeizure', () => {
  it('reads a sum\'s thousands dot as no sentence end ("o juiz bloqueou R$ 18.000 da conta")', () => {
    expect(mentionsCourtSeizure('o juiz bloqueou R$ 18.000 da conta')).toBe(true);
  });

  it("reads a court's seizure told in everyday words, done or come to be done", () => {
    expect(mentionsCourtSeizure('o banco puxou todo o dinheiro da conta da empresa por ordem do juiz')).toBe(true);
    expect(mentionsCourtSeizure('veio um moço do fórum com um papel pra levar duas máquinas')).toBe(true);
    expect(mentionsCourtSeizure('o oficial levou as mercadorias do estoque ontem')).toBe(true);
    // The block told in the passive or with the everyday verb.
    expect(mentionsCourtSeizure('o banco avisou que minha conta pessoal foi travada por ordem do juiz')).toBe(true);
    expect(mentionsCourtSeizure('o dinheiro da poupança ficou bloqueado pela justiça')).toBe(true);
    // An execution named as the agent, the block as a noun.
    expect(mentionsCourtSeizure('o banco entrou com a execução e teve um bloqueio de 8 mil na conta da loja')).toBe(true);
    // The order told as in force, with the gerund.
    expect(mentionsCourtSeizure('a gerente disse que tem uma ordem judicial bloqueando tudo da minha conta')).toBe(true);
  });

  it('reads neither a threat, nor the client going to court, nor a taking without the court', () => {
    expect(mentionsCourtSeizure('o juiz pode bloquear o dinheiro da conta')).toBe(false);
    expect(mentionsCourtSeizure('disseram que o oficial vai levar o carro')).toBe(false);
    expect(mentionsCourtSeizure('o banco tirou dinheiro da minha conta, vou entrar na justiça')).toBe(false);
    expect(mentionsCourtSeizure('o juiz marcou a audiência e levou meu depoimento')).toBe(false);
    expect(mentionsCourtSeizure('o juiz pode deixar a conta travada')).toBe(false);
    expect(mentionsCourtSeizure('minha conta ficou travada no aplicativo do banco')).toBe(false);
    expect(mentionsCourtSeizure('se eu não pagar a execução pode ter bloqueio na conta')).toBe(false);
    expect(mentionsCourtSeizure('o banco fez um bloqueio preventivo na conta por suspeita de golpe')).toBe(false);
    // A financed vehicle repossessed is the creditor's busca e apreensão; "por conta de" is no account.
    expect(mentionsCourtSeizure('recolheram a minha caminhonete por ordem judicial, por conta de um financiamento')).toBe(false);
  });
});

describe(mentionsSumBlocked.name, () => {
  it('reads a block or seizure told around its sum, by any agent, as the account blocked', () => {
    expect(mentionsSumBlocked('A Receita bloqueou R$ 18.000 da minha conta')).toBe(true);
    expect(mentionsSumBlocked('o juiz bloqueou 18 mil reais na minha conta')).toBe(true);
    expect(mentionsSumBlocked('penhoraram quase todo o dinheiro da conta')).toBe(true);
  });

  it('reads a sum of money blocked with the wage or the benefit it held, told without the account (CPC art. 833 IV and X)', () => {
    expect(mentionsSumBlocked('bloquearam R$ 9.700,00 e era o meu salário inteiro')).toBe(true);
    expect(mentionsSumBlocked('a prefeitura bloqueou 3 mil reais, que era da minha aposentadoria')).toBe(true);
    // A bare number is no sum of money; the wage in another sentence, a block denied or a card are none.
    expect(mentionsSumBlocked('bloquearam 3 cartões do meu salário')).toBe(false);
    expect(mentionsSumBlocked('bloquearam R$ 500. Meu salário cai dia 5')).toBe(false);
    expect(mentionsSumBlocked('não bloquearam 5 mil do salário')).toBe(false);
    expect(mentionsSumBlocked('o banco bloqueou R$ 500 no cartão')).toBe(false);
  });

  it("reads no block denied, none of a deceased's account, and none of a card or a sum paid", () => {
    expect(mentionsSumBlocked('o banco não bloqueou 5 mil da conta')).toBe(false);
    expect(mentionsSumBlocked('meu pai faleceu e o banco bloqueou 30 mil da conta dele')).toBe(false);
    expect(mentionsSumBlocked('bloquearam meu cartão e eu paguei 300 da conta')).toBe(false);
  });
});

describe(mentionsPlatformAccountBlocked.name, () => {
  it("reads an app's account blocked or deactivated by the platform, named or by the worker's role", () => {
    expect(mentionsPlatformAccountBlocked('A Uber bloqueou minha conta sem explicação')).toBe(true);
    expect(mentionsPlatformAccountBlocked('desativaram minha conta de entregador')).toBe(true);
    expect(mentionsPlatformAccountBlocked('sou motorista de aplicativo e a conta foi suspensa')).toBe(true);
  });

  it("reads no bank account blocked by a court, nor a platform named apart from the block's sentence", () => {
    expect(mentionsPlatformAccountBlocked('o juiz bloqueou minha conta')).toBe(false);
    expect(mentionsPlatformAccountBlocked('trabalho na Uber. O juiz bloqueou minha conta')).toBe(false);
  });
});

describe('mentionsLostRecords', () => {
  it('reads records lost or never kept', () => {
    expect(mentionsLostRecords('tenho a carteira, mas os holerites eu não guardei, só alguns')).toBe(true);
    expect(mentionsLostRecords('tenho a maioria dos recibos, mas alguns se perderam numa enchente')).toBe(true);
    expect(mentionsLostRecords('perdi o contrato na mudança')).toBe(true);
  });

  it('reads neither records kept nor a loss of something else', () => {
    expect(mentionsLostRecords('não perdi nenhum recibo, tenho todos')).toBe(false);
    expect(mentionsLostRecords('perdi o emprego em março')).toBe(false);
    expect(mentionsLostRecords('guardei todos os comprovantes')).toBe(false);
  });

  it('reads a service contract lost with a client as a deal ended, not a paper missing', () => {
    expect(mentionsLostRecords('a transportadora perdeu o contrato com a mineradora e demitiu a equipe')).toBe(false);
    expect(mentionsLostRecords('perdemos o contrato com a prefeitura, e os recibos eu joguei fora')).toBe(true);
  });
});

describe(mentionsDeceasedAccountHeld.name, () => {
  it("reads a deceased's account held by the bank, within one sentence", () => {
    expect(mentionsDeceasedAccountHeld('minha avó morreu em junho e a conta dela ficou bloqueada no banco')).toBe(true);
    expect(mentionsDeceasedAccountHeld('o banco travou a conta do falecido até sair o inventário')).toBe(true);
  });

  it('reads neither a block without a death nor a death and a block in different sentences', () => {
    expect(mentionsDeceasedAccountHeld('o juiz bloqueou a minha conta por uma dívida')).toBe(false);
    expect(mentionsDeceasedAccountHeld('meu pai faleceu ano passado. Agora bloquearam a minha conta por uma dívida do cartão')).toBe(false);
  });
});

describe(mentionsChildBeaten.name, () => {
  it('reads blows on a child, named or as "nela"/"nele" in a sentence that names the child', () => {
    expect(mentionsChildBeaten('minha neta me contou que o companheiro da mãe dela bate nela e no irmãozinho com cinto')).toBe(true);
    expect(mentionsChildBeaten('o padrasto espancou o menino no fim de semana')).toBe(true);
    expect(mentionsChildBeaten('a mãe agride as crianças quando bebe')).toBe(true);
  });

  it('reads marks of a beating seen on the body in a message that names or ages a child, not on an adult nor without a child', () => {
    expect(mentionsChildBeaten('Sou avó do Pedro, de 6 anos. Ontem vi as costas dele cheias de marcas de cinta.')).toBe(true);
    expect(mentionsChildBeaten('a professora viu hematomas no braço do meu filho')).toBe(true);
    expect(mentionsChildBeaten('ele me empurrou e fiquei com hematomas no braço')).toBe(false);
    expect(mentionsChildBeaten('tenho 45 anos e apareci com marcas roxas depois da cirurgia')).toBe(false);
  });

  it('reads neither a collision, nor violence the children only saw, nor blows on an adult', () => {
    expect(mentionsChildBeaten('meu filho bateu o carro no portão')).toBe(false);
    expect(mentionsChildBeaten('Meu filho estava de moto e um caminhão avançou o sinal e bateu nele.')).toBe(false);
    expect(mentionsChildBeaten('ele me bate na frente dos filhos')).toBe(false);
    expect(mentionsChildBeaten('meu ex bateu nela na festa')).toBe(false);
    expect(mentionsChildBeaten('o menino bateu a cabeça na escola')).toBe(false);
  });
});

describe(mentionsPregnantDismissed.name, () => {
  it('reads a pregnancy and a dismissal made within one sentence', () => {
    expect(mentionsPregnantDismissed('Fui despedida com cinco meses de gestação.')).toBe(true);
    expect(mentionsPregnantDismissed('contei pro gerente da gravidez e uma semana depois mandaram embora')).toBe(true);
  });

  it('reads neither a dismissal feared or denied, nor the two in different sentences, nor the worker resigning', () => {
    expect(mentionsPregnantDismissed('estou grávida e acho que vão me demitir')).toBe(false);
    expect(mentionsPregnantDismissed('fiquei gravida e nao me demitiram')).toBe(false);
    expect(mentionsPregnantDismissed('Fui demitida em maio. Hoje estou grávida do meu segundo filho.')).toBe(false);
    expect(mentionsPregnantDismissed('pedi demissão quando descobri a gravidez')).toBe(false);
  });
});

describe(mentionsDismissalAfterComplaint.name, () => {
  it('reads a dismissal told as the answer to the worker\'s own complaint, report or claim, either way round within one sentence', () => {
    expect(mentionsDismissalAfterComplaint('me demitiram porque denunciei a empresa no ministério do trabalho')).toBe(true);
    expect(mentionsDismissalAfterComplaint('me mandaram embora só porque eu cobrei meu salário atrasado')).toBe(true);
    expect(mentionsDismissalAfterComplaint('a empresa me demitiu depois da reclamação que eu fiz na ouvidoria')).toBe(true);
    expect(mentionsDismissalAfterComplaint('pedi os intervalos e duas semanas depois fui demitida sem justa causa')).toBe(true);
    expect(mentionsDismissalAfterComplaint('Depois que eu fui no sindicato reclamar da insalubridade me mandaram embora.')).toBe(true);
    expect(mentionsDismissalAfterComplaint('entrei com processo contra a empresa e eles me mandaram embora duas semanas depois')).toBe(true);
  });

  it('reads neither a complaint after the dismissal, a threat, a resignation, a colleague\'s complaint, nor a dismissal with no complaint', () => {
    expect(mentionsDismissalAfterComplaint('fui mandado embora e depois reclamei no sindicato porque não pagaram a rescisão')).toBe(false);
    expect(mentionsDismissalAfterComplaint('cobrei a rescisão uma semana depois que fui demitido')).toBe(false);
    expect(mentionsDismissalAfterComplaint('pedi o seguro desemprego dias depois que me mandaram embora')).toBe(false);
    expect(mentionsDismissalAfterComplaint('reclamei do salário e ele disse que se eu for na justiça me manda embora')).toBe(false);
    expect(mentionsDismissalAfterComplaint('pedi demissão depois que arrumei outro emprego')).toBe(false);
    expect(mentionsDismissalAfterComplaint('minha colega reclamou das horas extras e foi mandada embora')).toBe(false);
    expect(mentionsDismissalAfterComplaint('me mandaram embora depois que voltei das férias')).toBe(false);
    expect(mentionsDismissalAfterComplaint('fui mandado embora depois de uma reclamação de cliente')).toBe(false);
  });
});

describe(mentionsSuperiorNameCalling.name, () => {
  it("reads a superior's insult told as a habit, or once before others", () => {
    expect(mentionsSuperiorNameCalling('meu supervisor me chama de macaco na frente dos outros funcionários')).toBe(true);
    expect(mentionsSuperiorNameCalling('a dona da padaria me chamava de mula quando eu errava o troco')).toBe(true);
    expect(mentionsSuperiorNameCalling('meu supervisor me chamou de imprestável na reunião')).toBe(true);
  });

  it('reads neither a word said once in private, a call back, nor a customer or a neighbour', () => {
    expect(mentionsSuperiorNameCalling('pedi demissão e o patrão me chamou de ingrato, mas pagou tudo')).toBe(false);
    expect(mentionsSuperiorNameCalling('o gerente me chamou de volta das férias na frente de todo mundo')).toBe(false);
    expect(mentionsSuperiorNameCalling('a vizinha me chama de vagabunda no portão')).toBe(false);
  });
});

describe(mentionsSuperiorAbuse.name, () => {
  it('reads a superior who shouts at or humiliates the worker (CLT arts. 483 b and e, 223-B)', () => {
    expect(mentionsSuperiorAbuse('meu encarregado gritou comigo ontem na frente dos colegas')).toBe(true);
    expect(mentionsSuperiorAbuse('o chefe berra comigo toda vez que o relatório atrasa')).toBe(true);
    expect(mentionsSuperiorAbuse('a supervisora me humilha em toda reunião')).toBe(true);
    expect(mentionsSuperiorAbuse('o encarregado vive gritando cmg')).toBe(true);
    expect(mentionsSuperiorAbuse('meu gerente falou grosso comigo hoje')).toBe(true);
    expect(mentionsSuperiorAbuse('Fui humilhada pelo meu superior hierárquico na frente de todos.')).toBe(true);
  });

  it('reads neither a neighbour, a customer, nor a superior who shouts at someone else', () => {
    expect(mentionsSuperiorAbuse('o vizinho gritou comigo no portão')).toBe(false);
    expect(mentionsSuperiorAbuse('um cliente gritou comigo no caixa')).toBe(false);
    expect(mentionsSuperiorAbuse('o gerente gritou com o estagiário')).toBe(false);
    expect(mentionsSuperiorAbuse('meu chefe me elogiou na reunião')).toBe(false);
  });
});

describe(mentionsWagesHeldForMonths.name, () => {
  it('reads the salary unpaid or late for two months or more, told within one sentence', () => {
    expect(mentionsWagesHeldForMonths('blz? entao mano o patrao nao paga meu salario faz 2 mes, ta osso')).toBe(true);
    expect(mentionsWagesHeldForMonths('to sem receber salario faz 3 meses e a firma fala que vai pagar quando der')).toBe(true);
    expect(mentionsWagesHeldForMonths('é que o patrao nao paga nois faz 3 mes')).toBe(true);
    expect(mentionsWagesHeldForMonths('Estou sem salário há quatro meses na gráfica.')).toBe(true);
    expect(mentionsWagesHeldForMonths('ja sao dois meses de salario atrasado')).toBe(true);
    expect(mentionsWagesHeldForMonths('a escola atrasou nosso salário de novo, agora já são 3 meses')).toBe(true);
  });

  it('reads neither one month late, a span in another sentence, nor a rescission, holidays or a guide unpaid for months', () => {
    expect(mentionsWagesHeldForMonths('o patrão não pagou meu salário de 1 mês')).toBe(false);
    expect(mentionsWagesHeldForMonths('trabalho lá faz 3 meses. Ele não paga meu salário desde segunda.')).toBe(false);
    expect(mentionsWagesHeldForMonths('fui mandado embora faz 2 meses e até agora não pagaram a rescisão')).toBe(false);
    expect(mentionsWagesHeldForMonths('pedi demissão faz 3 meses e não pagaram minhas férias')).toBe(false);
    expect(mentionsWagesHeldForMonths('meu salário desse mês caiu com 4 dias de atraso')).toBe(false);
  });
});

describe(mentionsFgtsWithheldForLong.name, () => {
  it('reads the FGTS deposits withheld for more than six months, the span before or after the withholding, within one sentence', () => {
    expect(mentionsFgtsWithheldForLong('olhei no app da caixa e faz 2 anos que a empresa nao deposita meu fgts')).toBe(true);
    expect(mentionsFgtsWithheldForLong('puxei o extrato do FGTS no aplicativo e tem uns 8 meses que eles não depositaram')).toBe(true);
    expect(mentionsFgtsWithheldForLong('Fui olhar no aplicativo do FGTS e o trem tá zerado faz uns dois anos, ele não depositava não.')).toBe(true);
    expect(mentionsFgtsWithheldForLong('oxe doutor, fui ver meu fundo de garantia e ta parado desde 2022')).toBe(true);
    expect(mentionsFgtsWithheldForLong('Venho informar que o meu Fundo de Garantia encontra-se sem depósitos há mais de um ano.')).toBe(true);
    expect(mentionsFgtsWithheldForLong('Bah, a transportadora não recolhe o meu fundo faz mais de dois anos')).toBe(true);
    expect(mentionsFgtsWithheldForLong('levei um susto com o extrato do fundo de garantia, tem quase dois anos que a empresa não deposita nada')).toBe(true);
  });

  it('reads neither a short or untold span, the job\'s own span, the FGTS deposited, nor a span in another sentence', () => {
    expect(mentionsFgtsWithheldForLong('vi no app que tem 6 meses que nao deposita o fgts')).toBe(false);
    expect(mentionsFgtsWithheldForLong('olhei o app do fgts e a empresa nao deposita desde marco')).toBe(false);
    expect(mentionsFgtsWithheldForLong('a empresa nao deposita o fgts desde o ano passado')).toBe(false);
    expect(mentionsFgtsWithheldForLong('trabalho ha 3 anos e a empresa nao depositou o fgts desse mes')).toBe(false);
    expect(mentionsFgtsWithheldForLong('o fgts ta depositado certinho faz 2 anos')).toBe(false);
    expect(mentionsFgtsWithheldForLong('trabalho lá faz 2 anos. A empresa não depositou o fgts de maio.')).toBe(false);
  });
});

describe(mentionsLongService.name, () => {
  it('reads four years of service or more told with the job within one sentence, the span before or after the job\'s word', () => {
    expect(mentionsLongService('trabalhei 6 anos de motorista numa transportadora')).toBe(true);
    expect(mentionsLongService('Fui dispensada sem justa causa depois de 9 anos na empresa.')).toBe(true);
    expect(mentionsLongService('tenho carteira assinada há quatro anos')).toBe(true);
    expect(mentionsLongService('eu era servente de pedreiro faz 5 anos, com carteira')).toBe(true);
  });

  it('reads neither a shorter job, an age, nor a span in another sentence', () => {
    expect(mentionsLongService('trabalhei 2 anos de padeiro')).toBe(false);
    expect(mentionsLongService('trabalhei 1 ano e 11 meses de repositor')).toBe(false);
    expect(mentionsLongService('tenho 45 anos e trabalho de pedreiro')).toBe(false);
    expect(mentionsLongService('meu filho tem 8 anos. Eu trabalho numa loja')).toBe(false);
  });
});

describe(mentionsSupportUnpaidForLong.name, () => {
  it('reads a support unpaid for half a year or more, the span before, after or counting the arrears, within one sentence', () => {
    expect(mentionsSupportUnpaidForLong('o pai do meu filho não paga a pensão faz 6 meses')).toBe(true);
    expect(mentionsSupportUnpaidForLong('oxe ele nao paga desde marco ja sao sete meses sem pagar nada')).toBe(true);
    expect(mentionsSupportUnpaidForLong('Meu ex-marido não deposita a pensão das crianças há sete meses.')).toBe(true);
    expect(mentionsSupportUnpaidForLong('meu ex ta devendo 10 meses de pensão')).toBe(true);
    expect(mentionsSupportUnpaidForLong('já são onze meses em aberto')).toBe(true);
    expect(mentionsSupportUnpaidForLong('O pai dele não paga a pensão há mais de um ano.')).toBe(true);
    expect(mentionsSupportUnpaidForLong('a pensão ta sem cair ha 6 meses')).toBe(true);
  });

  it("reads neither five months or fewer, a child's age, a support paid on time, nor a span in another sentence", () => {
    expect(mentionsSupportUnpaidForLong('o pai da minha filha parou de pagar a pensao faz 4 meses')).toBe(false);
    expect(mentionsSupportUnpaidForLong('ja sao 5 meses sem nada')).toBe(false);
    expect(mentionsSupportUnpaidForLong('minha filha tem 8 meses e o pai dela não paga nada')).toBe(false);
    expect(mentionsSupportUnpaidForLong('ele paga a pensão certinho faz 8 meses')).toBe(false);
    expect(mentionsSupportUnpaidForLong('casados há 6 anos. Ele não paga a pensão.')).toBe(false);
  });
});

describe(mentionsPublicEmployer.name, () => {
  it('reads a public body or a state company named as the employer', () => {
    for (const text of ['fui demitida da fundação estadual de saúde', 'trabalhava no SAAE da cidade', 'tenho carteira assinada pela prefeitura',
      'sou funcionária da Caixa', 'me descomissionaram no banco do brasil', 'sou eletricista da Copel', 'numa empresa pública federal'])
      expect(mentionsPublicEmployer(text)).toBe(true);
  });

  it('reads no company named only as where the pay falls or a letter came from, nor the metro as a place', () => {
    for (const text of ['fui na caixa sacar o fgts', 'não caiu nada na minha conta do Banco do Brasil', 'recebi a carta pelos Correios', 'moro perto do metrô'])
      expect(mentionsPublicEmployer(text)).toBe(false);
  });
});

describe(mentionsEmployerActOnJob.name, () => {
  it('reads a dismissal made, a disciplinary inquiry opened or a post of trust taken away', () => {
    for (const text of ['fui desligada ontem', 'me mandaram embora sem motivo', 'abriram uma sindicância contra mim', 'me tiraram a função de chefe', 'fui descomissionada'])
      expect(mentionsEmployerActOnJob(text)).toBe(true);
  });

  it('reads neither the worker resigning, a dismissal denied, nor leaving "as if dismissed"', () => {
    for (const text of ['pedi demissão', 'não me demitiram', 'quero sair como se tivesse sido mandada embora', 'tomei uma advertência'])
      expect(mentionsEmployerActOnJob(text)).toBe(false);
  });
});

describe(mentionsContractEnded.name, () => {
  it('reads a contract told ended or not renewed, or the client cut from the job', () => {
    for (const text of ['acabou meu contrato REDA com o estado', 'o contrato terminou sem pagarem', 'meu contrato não vai ser renovado', 'encerraram o contrato temporário', 'me cortaram agora que to grávida', 'disseram que não renovaram'])
      expect(mentionsContractEnded(text)).toBe(true);
  });

  it('reads neither a contract denied ended, one renewed, nor one merely named', () => {
    for (const text of ['o contrato não acabou ainda', 'ainda não terminou o contrato', 'renovaram meu contrato por mais um ano', 'tenho contrato com a prefeitura'])
      expect(mentionsContractEnded(text)).toBe(false);
  });
});

describe(mentionsHeldUnreleased.name, () => {
  it('reads someone taken by the police and not released yet, within one sentence naming the police or the custody', () => {
    expect(mentionsHeldUnreleased('a PM pegou meu sobrinho no bar e ainda não soltaram ele')).toBe(true);
    expect(mentionsHeldUnreleased('ele foi autuado ontem e até agora não foi solto')).toBe(true);
    expect(mentionsHeldUnreleased('Meu marido tá na cela desde sábado, não querem soltar.')).toBe(true);
  });

  it('reads no release denied for money, nor one told apart from the police, nor a release made', () => {
    expect(mentionsHeldUnreleased('o banco ainda não liberou o dinheiro do financiamento')).toBe(false);
    expect(mentionsHeldUnreleased('Fui na delegacia fazer o boletim. A seguradora ainda não liberou o carro.')).toBe(false);
    expect(mentionsHeldUnreleased('levaram ele pra delegacia mas soltaram de madrugada')).toBe(false);
  });
});

describe(mentionsMovedWithChild.name, () => {
  it("reads the other parent's move away with the child, a few words between (CC arts. 1.583 §3 and 1.634 V)", () => {
    expect(mentionsMovedWithChild('Minha ex-companheira se mudou para outra cidade com nossa filha e só consigo ver a menina quando ela deixa.')).toBe(true);
    expect(mentionsMovedWithChild('ele foi embora pra Bahia levando as crianças')).toBe(true);
    expect(mentionsMovedWithChild('ela mudou-se para Maringá com o nosso filho')).toBe(true);
  });

  it("reads neither the client's own move, nor a move without the child, nor a child's move of their own", () => {
    expect(mentionsMovedWithChild('eu me mudei com meu filho para perto da escola')).toBe(false);
    expect(mentionsMovedWithChild('ele se mudou e a filha ficou comigo')).toBe(false);
    expect(mentionsMovedWithChild('meu filho se mudou com a namorada para Curitiba')).toBe(false);
  });
});

describe(mentionsAssetsMovedAway.name, () => {
  it('reads property passed or sold to a third party tied to the other side, or told hidden', () => {
    expect(mentionsAssetsMovedAway('semana passada ele passou a caminhonete pro nome do irmão')).toBe(true);
    expect(mentionsAssetsMovedAway('o apartamento a gente comprou junto, mas ele transferiu pra empresa dele sem me falar')).toBe(true);
    expect(mentionsAssetsMovedAway('ele começou a vender o gado e colocar o dinheiro na conta da mãe dele')).toBe(true);
    expect(mentionsAssetsMovedAway('meu ex vendeu a casa que era nossa pra um amigo dele por 50 mil')).toBe(true);
    expect(mentionsAssetsMovedAway('meu marido tá escondendo o patrimônio da gente')).toBe(true);
  });

  it("reads neither the client's own transfer, nor a holder of the client's, nor a transfer of no property", () => {
    expect(mentionsAssetsMovedAway('eu passei o carro pro nome do meu irmão')).toBe(false);
    expect(mentionsAssetsMovedAway('ele passou a casa pro nome da minha mãe')).toBe(false);
    expect(mentionsAssetsMovedAway('ele colocou a culpa na irmã dele')).toBe(false);
    expect(mentionsAssetsMovedAway('o carro que ele usa tá no nome do irmão dele, é do irmão mesmo')).toBe(false);
  });
});

describe(mentionsAssetsPassedToAnother.name, () => {
  it('reads property passed or sold to a third party tied to the other side, not property only told hidden', () => {
    expect(mentionsAssetsPassedToAnother('semana passada ele passou a caminhonete pro nome do irmão')).toBe(true);
    expect(mentionsAssetsPassedToAnother('meu ex vendeu a casa que era nossa pra um amigo dele por 50 mil')).toBe(true);
    expect(mentionsAssetsPassedToAnother('meu marido tá escondendo o patrimônio da gente')).toBe(false);
    expect(mentionsAssetsPassedToAnother('eu passei o carro pro nome do meu irmão')).toBe(false);
  });
});

describe(mentionsMoneyTakenFromAccount.name, () => {
  it('reads money taken out of an account by another, the sum or the account told between', () => {
    expect(mentionsMoneyTakenFromAccount('meu marido sacou tudo da nossa conta conjunta')).toBe(true);
    expect(mentionsMoneyTakenFromAccount('ela saiu de casa e esvaziou a poupança do casal')).toBe(true);
    expect(mentionsMoneyTakenFromAccount('meu irmão sacou cerca de R$ 180.000,00 da conta dele')).toBe(true);
    expect(mentionsMoneyTakenFromAccount('ele tambem tirou o dinheiro das contas')).toBe(true);
  });

  it("reads neither the client's own withdrawal nor an account with no money taken", () => {
    expect(mentionsMoneyTakenFromAccount('eu tirei minha parte do dinheiro da conta')).toBe(false);
    expect(mentionsMoneyTakenFromAccount('eu saquei o dinheiro da conta dele pra pagar o enterro')).toBe(false);
    expect(mentionsMoneyTakenFromAccount('o banco bloqueou a conta dela, como faço para sacar o dinheiro')).toBe(false);
  });
});

describe(mentionsPropertyTaken.name, () => {
  it("reads another's money or property taken or sold, with its owner told", () => {
    expect(mentionsPropertyTaken('o sobrinho limpou a conta dela')).toBe(true);
    expect(mentionsPropertyTaken('ele também vendeu o carro dela e ficou com o dinheiro')).toBe(true);
    expect(mentionsPropertyTaken('ela também tava sacando a aposentadoria dele')).toBe(true);
    expect(mentionsPropertyTaken('meu tio vendeu o terreno que o vô tinha em Feira de Santana')).toBe(true);
  });

  it("reads neither the client's own acts nor property without its owner", () => {
    expect(mentionsPropertyTaken('eu saco a aposentadoria dela pra pagar o remédio')).toBe(false);
    expect(mentionsPropertyTaken('o banco não deixa mais eu mexer na conta dela')).toBe(false);
    expect(mentionsPropertyTaken('ele vendeu o carro ano passado')).toBe(false);
  });

  it('reads the property told in the plural or as a shop, commercial rooms or land', () => {
    expect(mentionsPropertyTaken('ela já vendeu duas salas comerciais dele com uma procuração')).toBe(true);
    expect(mentionsPropertyTaken('ele vendeu os dois apartamentos dela na praia')).toBe(true);
    expect(mentionsPropertyTaken('meu primo vendeu os terrenos dela')).toBe(true);
    expect(mentionsPropertyTaken('minha madrasta vendeu a loja dele')).toBe(true);
    expect(mentionsPropertyTaken('precisamos vender os apartamentos dela pra pagar a clínica')).toBe(false);
    expect(mentionsPropertyTaken('o vendedor já tinha vendido os lotes para outra pessoa')).toBe(false);
  });
});

describe(mentionsBusinessAssetsRemoved.name, () => {
  it("reads a business's or a debtor's assets removed or resold by the other side", () => {
    expect(mentionsBusinessAssetsRemoved('o dono tirou as maquinas de noite e sumiu')).toBe(true);
    expect(mentionsBusinessAssetsRemoved('Os sócios retiraram os caminhões da garagem durante a noite.')).toBe(true);
    expect(mentionsBusinessAssetsRemoved('fiquei sabendo que ele ja revendeu parte do gado pra um frigorifico')).toBe(true);
    expect(mentionsBusinessAssetsRemoved('eles esvaziaram o canteiro de obras')).toBe(true);
  });

  it("reads neither the client's own sale nor a removal of no business asset", () => {
    expect(mentionsBusinessAssetsRemoved('vendi 400 cabeças de gado pra um comprador de Goiás')).toBe(false);
    expect(mentionsBusinessAssetsRemoved('ele levou as crianças pra casa da mãe dele')).toBe(false);
    expect(mentionsBusinessAssetsRemoved('tirou o meu nome do contrato')).toBe(false);
  });
});

describe(mentionsPayerSoughtForSupport.name, () => {
  it('reads the police or an officer after the client over a support within one sentence', () => {
    expect(mentionsPayerSoughtForSupport('a viatura parou na porta da minha tia me procurando por causa das pensões atrasadas')).toBe(true);
    expect(mentionsPayerSoughtForSupport('Tem uma oficial de justiça atrás de mim pela pensão do menino.')).toBe(true);
    // The other parent after the money, a search told apart from the support, or no one sought: no arrest.
    expect(mentionsPayerSoughtForSupport('a mãe dela fica atrás de mim por causa da pensão')).toBe(false);
    expect(mentionsPayerSoughtForSupport('a polícia foi me procurar. Depois disso a pensão atrasou')).toBe(false);
    expect(mentionsPayerSoughtForSupport('o oficial de justiça entregou a intimação da pensão')).toBe(false);
  });
});

describe('mentionsNewRequest', () => {
  it('reads a new request to the INSS as what the client means to do: asking again, a new request, the exam booked again', () => {
    expect(mentionsNewRequest('quero saber se pago o que falta e peço de novo')).toBe(true);
    expect(mentionsNewRequest('Quero saber se recorro ou se dou entrada de novo.')).toBe(true);
    expect(mentionsNewRequest('quero saber quando posso entrar com o pedido novamente')).toBe(true);
    expect(mentionsNewRequest('Desejo saber se devo fazer um novo requerimento com a certidão')).toBe(true);
    expect(mentionsNewRequest('Quero remarcar a perícia e receber')).toBe(true);
  });

  it('reads neither a lawsuit weighed beside it, nor a request denied, nor a refusal or an exam repeated', () => {
    expect(mentionsNewRequest('quero tentar de novo ou entrar na justica, o que for melhor')).toBe(false);
    expect(mentionsNewRequest('vi na TV que da pra entrar direto sem pedir de novo no inss')).toBe(false);
    expect(mentionsNewRequest('pedi a prorrogação e negaram de novo')).toBe(false);
    expect(mentionsNewRequest('fiz a perícia de novo no dia 10')).toBe(false);
    expect(mentionsNewRequest('quero receber de novo até sarar')).toBe(false);
  });
});

describe('mentionsContributionsSettled', () => {
  it("reads the client's own contributions told as paid every month or stopped by choice", () => {
    expect(mentionsContributionsSettled('pago o DAS de 75 reais todo mes faz 3 anos, so atrasei 2 meses')).toBe(true);
    expect(mentionsContributionsSettled('Sou encanador e contribuo como autônomo pelo carnê, pago em dia, nunca atrasei.')).toBe(true);
    expect(mentionsContributionsSettled('eu sou autonomo, pintor, pagava o carne mas parei de pagar faz uns 3 anos porque quis')).toBe(true);
    expect(mentionsContributionsSettled('Sou doceira, paguei o DAS por 2 anos e depois deixei de pagar por conta própria em 2021.')).toBe(true);
    expect(mentionsContributionsSettled('sou pedreiro por conta, resolvi parar de pagar o carne faz uns 2 anos')).toBe(true);
  });

  it('reads neither payments stopped by the illness or made late, nor work on one\'s own, nor bills paid', () => {
    expect(mentionsContributionsSettled('eu pagava o carne, mas parei de pagar porque fiquei doente')).toBe(false);
    expect(mentionsContributionsSettled('pagava o carne em dia ate ficar doente')).toBe(false);
    expect(mentionsContributionsSettled('pago o DAS em dia, mas paguei os atrasados tudo de uma vez com juros')).toBe(false);
    expect(mentionsContributionsSettled('parei de trabalhar registrado e fui pro inss trabalhar por conta propria')).toBe(false);
    expect(mentionsContributionsSettled('pago o aluguel todo mes certinho')).toBe(false);
  });
});

describe('mentionsContributionsLateOrStoppedByIllness', () => {
  it("reads the client's own contributions paid in arrears or stopped by the illness (Lei 8.213/91 arts. 27 II and 59 §1º)", () => {
    expect(mentionsContributionsLateOrStoppedByIllness('sou autonomo e tava sem pagar o carne, ai paguei uns 8 meses atrasados depois que fiquei doente')).toBe(true);
    expect(mentionsContributionsLateOrStoppedByIllness('oii sou MEI, tinha uns 10 DAS atrasados e paguei tudo de uma vez com juros na receita')).toBe(true);
    expect(mentionsContributionsLateOrStoppedByIllness('eu parei de pagar o carne quando a doenca apertou, nao conseguia mais trabalhar')).toBe(true);
    expect(mentionsContributionsLateOrStoppedByIllness('eu era mei, deixei de pagar o das porque fiquei doente')).toBe(true);
    expect(mentionsContributionsLateOrStoppedByIllness('paguei o carne ate 2021 e parei depois que tive o primeiro infarto')).toBe(true);
  });

  it('reads neither payments stopped by choice, nor back pay owed, nor work given up for the illness', () => {
    expect(mentionsContributionsLateOrStoppedByIllness('pagava o carne mas parei de pagar em 2020 porque quis')).toBe(false);
    expect(mentionsContributionsLateOrStoppedByIllness('quero receber o auxilio do inss com os atrasados')).toBe(false);
    expect(mentionsContributionsLateOrStoppedByIllness('parei de trabalhar quando fiquei doente')).toBe(false);
    expect(mentionsContributionsLateOrStoppedByIllness('paguei o aluguel atrasado de uma vez')).toBe(false);
  });
});

describe('mentionsBenefitCut', () => {
  it("reads a benefit cut in the client's words, the benefit named before or after the cut, and the INSS's deduction (Lei 8.213/91 art. 115 II)", () => {
    expect(mentionsBenefitCut('a pensão do meu filho foi cortada esse mês')).toBe(true);
    expect(mentionsBenefitCut('minha mãe recebe a pensão do meu pai há 20 anos e agora suspenderam dizendo que ela vive com outro')).toBe(true);
    expect(mentionsBenefitCut('cancelaram o loas da minha avó')).toBe(true);
    expect(mentionsBenefitCut('o inss ta descontando 30% da minha aposentadoria')).toBe(true);
  });

  it('reads neither a cut to come, nor one denied, nor a deceased\'s retirement, nor a bank\'s deduction', () => {
    expect(mentionsBenefitCut('recebi uma carta dizendo que meu benefício será suspenso')).toBe(false);
    expect(mentionsBenefitCut('tem que fazer a prova de vida senão o benefício fica suspenso')).toBe(false);
    expect(mentionsBenefitCut('o benefício nunca foi cortado, tá recebendo normal')).toBe(false);
    expect(mentionsBenefitCut('a aposentadoria dele já foi cortada este mês')).toBe(false);
    expect(mentionsBenefitCut('o banco ta descontando o empréstimo da minha aposentadoria')).toBe(false);
  });
});

describe('mentionsTermToLeaveOver', () => {
  it("reads a court's term to leave told as run out, not one still running, a landlord's notice, nor a client already out", () => {
    expect(mentionsTermToLeaveOver('o juiz deu 15 dias pra eu desocupar o apartamento e esse prazo acabou ontem')).toBe(true);
    expect(mentionsTermToLeaveOver('já venceu o prazo pra desocupar a casa que o oficial de justiça entregou')).toBe(true);
    expect(mentionsTermToLeaveOver('o juiz deu 15 dias pra desocupar e o prazo ainda não acabou')).toBe(false);
    expect(mentionsTermToLeaveOver('o dono mandou notificação pra desocupar em 30 dias e o prazo acabou')).toBe(false);
    expect(mentionsTermToLeaveOver('o prazo do despejo que o juiz deu acabou, mas eu já saí e entreguei as chaves')).toBe(false);
  });
});

describe('mentionsClockedOutWorking', () => {
  it('reads time records that hide the hours worked: clocked out and back to work, the same hours every day, records altered', () => {
    expect(mentionsClockedOutWorking('A empresa mandava a gente bater o ponto às 18h e voltar pra trabalhar até as 21h.')).toBe(true);
    expect(mentionsClockedOutWorking('eu batia o cartão e continuava trabalhando no estoque')).toBe(true);
    expect(mentionsClockedOutWorking('lá o ponto é britânico, todo dia 8h às 17h')).toBe(true);
    expect(mentionsClockedOutWorking('o gerente mexia no ponto de todo mundo')).toBe(true);
  });

  it('reads neither the clock told alone nor going home after it', () => {
    expect(mentionsClockedOutWorking('esqueci de bater o ponto e levei advertência')).toBe(false);
    expect(mentionsClockedOutWorking('bato o ponto e volto pra casa às 17h')).toBe(false);
    expect(mentionsClockedOutWorking('faço 2 horas extras todo dia e tá tudo no ponto')).toBe(false);
  });
});

describe('withoutOthersProceedings', () => {
  it("drops the sentences telling someone else's proceeding as precedent or news, and keeps the client's own story", () => {
    expect(withoutOthersProceedings('Um colega meu entrou na justiça e ganhou. Eu faço o mesmo horário')).toBe(' Eu faço o mesmo horário');
    expect(withoutOthersProceedings('Vi no jornal que tem uma ação coletiva contra o banco')).toBe('');
  });

  it('keeps a sentence where the client is a party, no proceeding is named, or the relative is told without a precedent', () => {
    const kept = [
      'A vizinha entrou na justiça contra mim e ganhou a liminar',
      'Colocaram o meu nome e o do meu irmão na execução também',
      'a empresa mandou todo mundo embora e vários colegas passaram o mesmo',
      'meu irmão foi preso e a audiência de custódia é amanhã',
      'meu irmão perdeu o prazo da defesa no processo',
    ];
    for (const text of kept) expect(withoutOthersProceedings(text)).toBe(text);
  });
});

describe('withoutRelativesConditions', () => {
  it("drops a relative told as vulnerable, right after the relative, and keeps the rest", () => {
    expect(withoutRelativesConditions('Minha esposa tá grávida e eu preciso desse dinheiro')).not.toMatch(/gravida/);
    expect(withoutRelativesConditions('tenho um filho autista e não tenho tempo')).not.toMatch(/autista/);
    expect(withoutRelativesConditions('Moro com minha mãe de 82 anos')).not.toMatch(/82/);
    expect(withoutRelativesConditions('Sou idosa e meu filho de 40 anos me ajuda')).toMatch(/sou idosa/);
  });

  it("keeps the client's own vulnerability, even told beside a relative", () => {
    const kept = ['Sou aposentada, tenho 78 anos', 'minha filha diz que sou idosa demais pra isso', 'estou grávida de 2 meses'];
    for (const text of kept) expect(withoutRelativesConditions(text)).toBe(text);
  });
});

describe(mentionsLongPossession.name, () => {
  it('reads a place held for five years and more, the holding and its time in one sentence', () => {
    expect(mentionsLongPossession('moro nessa casa faz 22 anos')).toBe(true);
    expect(mentionsLongPossession('moro no terreno desde 2001 e construí minha casa nele')).toBe(true);
    expect(mentionsLongPossession('tenho a posse de um sítio há mais de quinze anos')).toBe(true);
    expect(mentionsLongPossession('a antiga dona da casa que comprei em 2006 voltou')).toBe(true);
    expect(mentionsLongPossession('faz vinte anos que a gente mora aqui')).toBe(true);
    expect(mentionsLongPossession('nós mora nesse sítio desde mil novecentos e noventa e nove')).toBe(true);
    expect(mentionsLongPossession('ela mora lá a vida inteira')).toBe(true);
    expect(mentionsLongPossession('resido há 35 anos em uma chácara')).toBe(true);
    expect(mentionsLongPossession('moro há aproximadamente 28 anos nesse terreno')).toBe(true);
  });

  it('reads no short holding, no couple\'s years together and no time told in another sentence', () => {
    expect(mentionsLongPossession('moro aqui há 2 anos')).toBe(false);
    expect(mentionsLongPossession('moro na casa desde 2023')).toBe(false);
    expect(mentionsLongPossession('moramos juntos por sete anos sem casar no papel')).toBe(false);
    expect(mentionsLongPossession('moro em Campinas. Trabalho lá há 10 anos')).toBe(false);
  });
});

describe(mentionsOwnersKinAskingToLeave.name, () => {
  it('reads the owner\'s heirs or kin asking the occupant to leave or suing for the place, in one sentence', () => {
    expect(mentionsOwnersKinAskingToLeave('os herdeiros nos notificaram para desocupação em 30 dias')).toBe(true);
    expect(mentionsOwnersKinAskingToLeave('ele faleceu e agora os herdeiros dele exigem que nós deixemos a chácara')).toBe(true);
    expect(mentionsOwnersKinAskingToLeave('os herdeiros entraram com uma ação de despejo contra mim')).toBe(true);
    expect(mentionsOwnersKinAskingToLeave('a filha do falecido dono mandou uma carta pra eu desocupar')).toBe(true);
  });

  it('reads no heir who only wants to sell, no other relative and no demand told in another sentence', () => {
    expect(mentionsOwnersKinAskingToLeave('os herdeiros do dono querem vender a casa')).toBe(false);
    expect(mentionsOwnersKinAskingToLeave('meu filho pediu pra eu sair do emprego')).toBe(false);
    expect(mentionsOwnersKinAskingToLeave('os herdeiros apareceram. Eu recebi uma notificação do banco para desocupar')).toBe(false);
  });
});

describe(mentionsOwnersKinSayingItIsTheirs.name, () => {
  it('reads the owner\'s heirs or kin saying the place is theirs, in one sentence', () => {
    expect(mentionsOwnersKinSayingItIsTheirs('apareceu o filho do antigo dono dizendo que a terra é dele')).toBe(true);
    expect(mentionsOwnersKinSayingItIsTheirs('apareceram os herdeiros do antigo proprietário dizendo que o terreno é deles')).toBe(true);
    expect(mentionsOwnersKinSayingItIsTheirs('o sobrinho do finado dono fala que é o dono')).toBe(true);
  });

  it('reads no neighbour\'s claim to the boundary and no relative of the client', () => {
    expect(mentionsOwnersKinSayingItIsTheirs('o vizinho diz que o terreno é dele')).toBe(false);
    expect(mentionsOwnersKinSayingItIsTheirs('meu filho diz que a casa é dele')).toBe(false);
    expect(mentionsOwnersKinSayingItIsTheirs('os herdeiros do dono querem vender a casa')).toBe(false);
  });
});

describe(mentionsTakingReportedToPolice.name, () => {
  it('reads the client or a relative named to the police as the author of a taking, in the words a client tells it', () => {
    expect(mentionsTakingReportedToPolice('minha ex sogra registrou BO contra mim falando que eu furtei as joias dela')).toBe(true);
    expect(mentionsTakingReportedToPolice('a vizinha me denunciou na polícia falando que eu roubei as galinhas dela')).toBe(true);
    expect(mentionsTakingReportedToPolice('tô sendo investigada por furto, a patroa disse que eu peguei um anel')).toBe(true);
    expect(mentionsTakingReportedToPolice('uma senhora disse na delegacia que eu apliquei um golpe nela')).toBe(true);
    expect(mentionsTakingReportedToPolice('o síndico fez BO contra mim alegando que eu sumi com dinheiro do caixa')).toBe(true);
    expect(mentionsTakingReportedToPolice('meu filho foi acusado pela ex de ter levado o notebook dela, ela fez boletim')).toBe(true);
    expect(mentionsTakingReportedToPolice('o mestre de obras fez o BO do furto dos fios e colocou meu nome como suspeito')).toBe(true);
  });

  it("reads neither the client's own report of a theft, a witness, nor an accusation made only to others", () => {
    expect(mentionsTakingReportedToPolice('roubaram minha bicicleta, quero fazer o boletim')).toBe(false);
    expect(mentionsTakingReportedToPolice('fiz um boletim de furto ano passado como vítima, nunca fui acusado de nada')).toBe(false);
    expect(mentionsTakingReportedToPolice('fui chamado na delegacia pra depor como testemunha de um furto na loja')).toBe(false);
    expect(mentionsTakingReportedToPolice('uma mulher espalhou no grupo da rua dizendo que eu roubei a bicicleta do filho dela')).toBe(false);
    expect(mentionsTakingReportedToPolice('eu fiz boletim contra minha cunhada porque ela disse que eu peguei o dinheiro')).toBe(false);
  });
});

describe(mentionsOwnSideReportedForTaking.name, () => {
  it('reads the client or a relative named in the report as the author of the taking', () => {
    expect(mentionsOwnSideReportedForTaking('a patroa da minha mãe registrou boletim contra ela dizendo que ela pegou dinheiro da gaveta')).toBe(true);
    expect(mentionsOwnSideReportedForTaking('meu ex-patrão foi na delegacia e deu queixa de mim dizendo que eu fiquei com o dinheiro das vendas')).toBe(true);
    expect(mentionsOwnSideReportedForTaking('o dono da kitnet foi na polícia e disse que eu levei a geladeira dele')).toBe(true);
  });

  it('reads no stranger the police name as the thief, nor the client\'s own report', () => {
    expect(mentionsOwnSideReportedForTaking('a polícia disse que o ladrão levou a moto pela cancela')).toBe(false);
    expect(mentionsOwnSideReportedForTaking('eu fiz boletim contra minha cunhada porque ela disse que eu peguei o dinheiro')).toBe(false);
  });
});

describe(mentionsWorkDaysLost.name, () => {
  it('reads days of work lost told with their span, before or after it', () => {
    expect(mentionsWorkDaysLost('depois da batida eu fiquei uns vinte dias parado')).toBe(true);
    expect(mentionsWorkDaysLost('tô há 2 semanas sem rodar no aplicativo')).toBe(true);
    expect(mentionsWorkDaysLost('fiquei um mês sem poder trabalhar')).toBe(true);
    expect(mentionsWorkDaysLost('to afastado do servico faz 10 dias')).toBe(true);
  });

  it('reads the days the vehicle stood in the shop as its use lost', () => {
    expect(mentionsWorkDaysLost('A van ficou 3 semanas na oficina e eu não consegui levar as crianças')).toBe(true);
    expect(mentionsWorkDaysLost('o caminhão ficou vinte e cinco dias na funilaria')).toBe(true);
    // The shop named with no span is no days told.
    expect(mentionsWorkDaysLost('a moto ta na oficina, orçamento de 5 mil')).toBe(false);
  });

  it('reads neither a stop at a light nor days told without the work lost', () => {
    expect(mentionsWorkDaysLost('eu tava parado no sinal quando ele bateu')).toBe(false);
    expect(mentionsWorkDaysLost('a batida foi faz 15 dias e ele não paga')).toBe(false);
  });
});

describe(mentionsWaterHarmAtHome.name, () => {
  it('reads a part of the home or a thing in it harmed by water or damp, in either order', () => {
    expect(mentionsWaterHarmAtHome('já caiu um pedaço do gesso e o armário embaixo empenou')).toBe(true);
    expect(mentionsWaterHarmAtHome('o teto tá todo manchado e caindo reboco')).toBe(true);
    expect(mentionsWaterHarmAtHome('perdi um guarda-roupa e o colchão')).toBe(true);
    expect(mentionsWaterHarmAtHome('A parede da cozinha está cheia de infiltração e o armário apodreceu')).toBe(true);
  });

  it('reads neither a harm denied nor the home named without harm', () => {
    expect(mentionsWaterHarmAtHome('não estragou nada, só suja o piso')).toBe(false);
    expect(mentionsWaterHarmAtHome('ele consertou o cano e pagou a pintura')).toBe(false);
    expect(mentionsWaterHarmAtHome('o teto é de gesso e o piso de madeira')).toBe(false);
  });
});

describe(mentionsLeakSourceDenied.name, () => {
  it("reads the leak's source said not to be his, put on the building or on the client, or his side told sound", () => {
    expect(mentionsLeakSourceDenied('o vizinho de cima fala que não é dele, que o banheiro dele tá seco')).toBe(true);
    expect(mentionsLeakSourceDenied('o vizinho jura que o vazamento não vem da casa dele')).toBe(true);
    expect(mentionsLeakSourceDenied('ela diz que não tem vazamento nenhum no banheiro')).toBe(true);
    expect(mentionsLeakSourceDenied('o vizinho fala que é do cano do prédio')).toBe(true);
    expect(mentionsLeakSourceDenied('ele fala que a caixa dele é nova e que a umidade é da minha casa')).toBe(true);
  });

  it("reads neither a refusal to pay a known source nor the syndic's word", () => {
    expect(mentionsLeakSourceDenied('ele diz que não é problema dele e não conserta')).toBe(false);
    expect(mentionsLeakSourceDenied('o vizinho diz que o problema não é dele')).toBe(false);
    expect(mentionsLeakSourceDenied('o síndico fala que o problema não é dele')).toBe(false);
    expect(mentionsLeakSourceDenied('ele diz que vai chamar o encanador e nunca chama')).toBe(false);
  });
});

describe(mentionsLeakLastingMonths.name, () => {
  it('reads a leak told lasting three months or more', () => {
    expect(mentionsLeakLastingMonths('há cinco meses a água desce do apartamento de cima')).toBe(true);
    expect(mentionsLeakLastingMonths('faz uns 4 meses q pinga agua no banheiro')).toBe(true);
    expect(mentionsLeakLastingMonths('faz mais de um ano que a água escorre pela parede')).toBe(true);
    expect(mentionsLeakLastingMonths('desde o ano passado tenho infiltração no teto')).toBe(true);
  });

  it('reads neither months with no span, nor a short span, nor a span with no water', () => {
    expect(mentionsLeakLastingMonths('faz meses que vaza do apartamento de cima')).toBe(false);
    expect(mentionsLeakLastingMonths('faz 2 meses que pinga no meu teto')).toBe(false);
    expect(mentionsLeakLastingMonths('comprei o apartamento há cinco meses')).toBe(false);
  });
});

describe(mentionsNeighbourResistingLeakRepair.name, () => {
  it('reads the neighbour keeping the plumber out, saying it is not his, refusing the repair or ignoring notices', () => {
    expect(mentionsNeighbourResistingLeakRepair('o vizinho não deixa o encanador entrar')).toBe(true);
    expect(mentionsNeighbourResistingLeakRepair('o proprietário de cima não permite que ninguém entre para verificar')).toBe(true);
    expect(mentionsNeighbourResistingLeakRepair('ela disse que o problema não é dela')).toBe(true);
    expect(mentionsNeighbourResistingLeakRepair('o síndico mandou notificação, ele ignorou')).toBe(true);
    expect(mentionsNeighbourResistingLeakRepair('o inquilino diz que o conserto é com o proprietário')).toBe(true);
  });

  it("reads neither a promise to call someone nor the syndic's word", () => {
    expect(mentionsNeighbourResistingLeakRepair('ele diz que vai chamar o encanador e nunca chama')).toBe(false);
    expect(mentionsNeighbourResistingLeakRepair('o síndico fala que o problema não é dele')).toBe(false);
    expect(mentionsNeighbourResistingLeakRepair('o síndico disse que é problema entre nós dois')).toBe(false);
  });
});

describe(mentionsLeakFromClientUnit.name, () => {
  it("reads a leak said to come from the client's unit", () => {
    expect(mentionsLeakFromClientUnit('a infiltração desceu do meu apartamento para o dele')).toBe(true);
    expect(mentionsLeakFromClientUnit('ele diz que a mancha é vazamento do meu banheiro')).toBe(true);
    expect(mentionsLeakFromClientUnit('uma infiltração que ela atribui ao meu apartamento')).toBe(true);
  });

  it("reads no leak from the neighbour's unit", () => {
    expect(mentionsLeakFromClientUnit('a água vem do apartamento de cima')).toBe(false);
  });
});

describe(mentionsNeighbourClaim.name, () => {
  it('reads a neighbour threatening a suit or demanding thousands', () => {
    expect(mentionsNeighbourClaim('um vizinho ameaçou me processar')).toBe(true);
    expect(mentionsNeighbourClaim('a vizinha de baixo exige R$ 20.000 pelo teto')).toBe(true);
    expect(mentionsNeighbourClaim('o vizinho quer que eu pague 18 mil')).toBe(true);
  });

  it('reads neither a small sum nor the client suing', () => {
    expect(mentionsNeighbourClaim('a vizinha pediu 400 pra pintar o teto')).toBe(false);
    expect(mentionsNeighbourClaim('quero processar o vizinho de cima')).toBe(false);
  });
});

describe(mentionsNeighbourBuildingThrowingRain.name, () => {
  it("reads a neighbour's building raised so that it throws the rain onto the client's house", () => {
    expect(mentionsNeighbourBuildingThrowingRain('meu vizinho construiu um segundo andar e agora a água da chuva do telhado dele cai no meu quintal')).toBe(true);
    expect(mentionsNeighbourBuildingThrowingRain('o vizinho fez uma laje colada no meu muro e cada chuva a agua desce pela minha parede')).toBe(true);
  });

  it('reads neither a gutter that leaks in the rain nor a building with no rain', () => {
    expect(mentionsNeighbourBuildingThrowingRain('a calha do vizinho vaza quando chove')).toBe(false);
    expect(mentionsNeighbourBuildingThrowingRain('o vizinho construiu um segundo andar sem alvará')).toBe(false);
  });
});


describe(mentionsWorkWeekLost.name, () => {

  it("reads a week of work or more lost, in the trade's own verb (CC arts. 402-403)", () => {

    expect(mentionsWorkWeekLost('fiquei duas semanas sem poder fazer faxina')).toBe(true);

    expect(mentionsWorkWeekLost('fiquei 10 dias sem trabalhar')).toBe(true);

    expect(mentionsWorkWeekLost('fiquei um mês engessado sem pilotar')).toBe(true);

    expect(mentionsWorkWeekLost('perdi três meses de trabalho')).toBe(true);

  });



  it('reads neither a few days lost nor a span without the work lost', () => {

    expect(mentionsWorkWeekLost('fiquei 6 dias sem trabalhar')).toBe(false);

    expect(mentionsWorkWeekLost('fiquei uns dias sem conseguir trabalhar')).toBe(false);

    expect(mentionsWorkWeekLost('a batida foi faz 3 semanas')).toBe(false);

  });

});



describe(mentionsOwnAccountTrade.name, () => {

  it("reads the client's trade on their own account", () => {

    expect(mentionsOwnAccountTrade('sou entregador de aplicativo')).toBe(true);

    expect(mentionsOwnAccountTrade('ele tem 63 anos e é taxista')).toBe(true);

    expect(mentionsOwnAccountTrade('Trabalho como motorista de aplicativo')).toBe(true);

    expect(mentionsOwnAccountTrade('sou eletricista autônomo')).toBe(true);

    expect(mentionsOwnAccountTrade('eu faço frete pra umas lojas')).toBe(true);

  });



  it("reads neither the other side's trade nor an employee's job", () => {

    expect(mentionsOwnAccountTrade('um motorista de aplicativo bateu na minha moto')).toBe(false);

    expect(mentionsOwnAccountTrade('sou vendedora numa loja de carteira assinada')).toBe(false);

  });

});

