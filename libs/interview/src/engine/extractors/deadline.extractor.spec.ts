import { LEGAL_DEADLINES } from '../lexicons/legal-terms.lexicon';
import { DeadlineExtractor, NOTICE_WORDS } from './deadline.extractor';

describe(DeadlineExtractor.name, () => {
  const sut = new DeadlineExtractor();

  it('reads a summons to the police station as a deadline (CPP arts. 6º V and 218)', () => {
    expect(sut.extract('chegou uma intimação pra eu ir na delegacia amanha as 14h').map((d) => d.daysLeft)).toEqual([1]);
    expect(sut.extract('fui intimado a prestar declarações na quinta da semana que vem', new Date('2026-12-04T12:00:00Z')).map((d) => d.daysLeft)).toEqual([6]);
    expect(sut.extract('tenho que depor na segunda-feira da próxima semana').map((d) => d.daysLeft)).toEqual([7]);
  });

  it("reads a routine document's expiry as no deadline, and a tax installment or a term told beside it as one", () => {
    expect(sut.extract('a receita do remédio de pressão da minha mãe vence semana que vem')).toEqual([]);
    expect(sut.extract('minha carteira de motorista vence mês que vem')).toEqual([]);
    expect(sut.extract('o passaporte vence amanhã')).toEqual([]);
    expect(sut.extract('a parcela da Receita Federal vence semana que vem').map((d) => d.daysLeft)).toEqual([7]);
    expect(sut.extract('a receita vence semana que vem e o prazo da defesa termina amanhã').map((d) => d.daysLeft)).toContain(1);
  });

  it("reads the client's errand at the forum or the police station, a family's removal and a home auctioned as a day due", () => {
    expect(sut.extract('tenho que ir no forum depois de amanha as 9h, o juiz chamou eu e o pai da minha filha').map((d) => d.daysLeft)).toEqual([2]);
    expect(sut.extract('o delegado quer que eu vá lá amanhã às 14h falar sobre um acidente').map((d) => d.daysLeft)).toEqual([1]);
    expect(sut.extract('falou que amanhã de manhã volta pra tirar a gente da casa').map((d) => d.daysLeft)).toEqual([1]);
    expect(sut.extract('minha casa vai ser leiloada na quinta-feira, e hoje já é terça').map((d) => d.daysLeft)).toEqual([2]);
    expect(sut.extract('o plano vai suspender o home care da minha mãe a partir de amanhã').map((d) => d.daysLeft)).toEqual([1]);
    // A visit to the forum told of the past is no day due.
    expect(sut.extract('fui no forum em janeiro do ano passado e ate hoje nao aconteceu nada')).toEqual([]);
  });

  it('reads a term counted in weeks as seven days each (CC art. 132 §3º), not weeks gone by', () => {
    expect(sut.extract('o julgamento é daqui a duas semanas').map((d) => d.daysLeft)).toEqual([14]);
    expect(sut.extract('o dono me deu 3 semanas pra sair da casa').map((d) => d.daysLeft)).toEqual([21]);
    expect(sut.extract('tem 3 semanas que ele sumiu com o carro')).toEqual([]);
    expect(sut.extract('a geladeira quebrou em duas semanas')).toEqual([]);
  });

  it('reads "hoje" opening a wish held now as no day due', () => {
    expect(sut.extract('não fui assinar na época, mas já paguei a pena e hoje quero tirar a certidão limpa')).toEqual([]);
    expect(sut.extract('hoje tenho que assinar no fórum').map((d) => d.daysLeft)).toEqual([0]);
  });

  it('reads the time an act took or a debt ran late as days gone, not a term (CC arts. 132 and 394)', () => {
    expect(sut.extract('a companhia demorou 4 dias pra religar a luz e estraguei a mercadoria')).toEqual([]);
    expect(sut.extract('atrasei só 8 dias o condomínio e já querem protestar')).toEqual([]);
    expect(sut.extract('a companhia me deu 4 dias pra pagar').map((d) => d.daysLeft)).toEqual([4]);
  });

  it('reads a weekday told with its demonstrative as a day due (CLT art. 844; CPC art. 334)', () => {
    expect(sut.extract('a audiência é esta sexta-feira e hoje já é terça').map((d) => d.daysLeft)).toEqual([3]);
    expect(sut.extract('tenho que apresentar a defesa até essa segunda, hoje é quinta').map((d) => d.daysLeft)).toEqual([4]);
  });

  it('reads a weekday of a week gone as the day something came, not a day due (CPC art. 231)', () => {
    const citation = sut.extract('o oficial trouxe a citação na quarta da semana passada, hoje é segunda');
    expect(citation).not.toContainEqual(expect.objectContaining({ daysLeft: 2 }));
    expect(sut.extract('a audiência foi na sexta-feira passada e o juiz não decidiu nada')).toEqual([]);
    expect(sut.extract('a audiência é na sexta, hoje é segunda').map((d) => d.daysLeft)).toEqual([4]);
  });

  it("reads a term's last day told after its count as the days to that day", () => {
    expect(sut.extract('o prazo pra recorrer é de 8 dias e acaba amanhã').map((d) => d.daysLeft)).toEqual([1]);
    expect(sut.extract('o prazo pra recorrer é de 8 dias').map((d) => d.daysLeft)).toEqual([8]);
  });

  it('counts no legal term from a notice its sentence dates to a past year, unless a recent day dates it', () => {
    expect(sut.extract('Em 2021 teve uma fiscalização da Secretaria da Fazenda e lavraram um auto de infração de ICMS.')).toEqual([]);
    expect(sut.extract('em 2025 lavraram um auto de infração', new Date('2026-12-04T12:00:00Z'))).toEqual([]);
    // The years a tax assessment is about, or the arrest's year beside the sentence of yesterday, are no day the notice arrived.
    expect(sut.extract('É um auto de infração lavrado em novembro, sobre os anos de 2021 e 2022.').map((d) => d.legal)).toHaveLength(1);
    expect(sut.extract('foi preso em 2019, respondeu em liberdade e ontem saiu a sentença').map((d) => d.daysLeft)).toHaveLength(1);
  });

  it('counts no legal term from a notice the client says never came', () => {
    for (const text of ['Não recebi citação nenhuma.', 'nunca recebi nenhuma citação', 'bloquearam a conta sem citação']) expect(sut.extract(text)).toEqual([]);
    expect(sut.extract('recebi a citação ontem').map((d) => d.daysLeft)).toEqual([20]);
  });

  it('counts a term from a notice served in hand or notified days ago', () => {
    expect(sut.extract('o oficial de justiça me entregou um papel ontem dizendo q tenho 3 dias pra pagar').map((d) => d.daysLeft)).toEqual([2]);
  });

  it.each([
    ['a carta diz que tenho que tirar o nome da fachada em 10 dias', 10],
    ['exigem que eu desocupe em 30 dias', 30],
    ['o banco pede que eu pague em 5 dias úteis', 7],
    ['tenho que ir na delegacia em 5 dias', 5],
    // A notice's purpose: the act it calls the client to.
    ['recebi o ofício da prefeitura para me defender em 10 dias', 10],
    ['veio a carta pra recorrer em 5 dias úteis', 7],
    // The condition of a threat the notice sets.
    ['chegou a intimação do cartório e se não pagar em três dias úteis protesta', 4],
    // A notice to leave the property (Lei 8.245/91 arts. 46 §2º and 57).
    ['o dono mandou uma notificação pra eu sair do apartamento em 30 dias', 30],
    ['recebi notificação para desocupar o imóvel em 15 dias', 15],
  ])('reads "em N dias" after an obligation in %j as %d days left', (text, days) => {
    expect(sut.extract(text).map((d) => d.daysLeft)).toEqual([days]);
  });

  it.each(['ele ia pagar em 10 dias', 'tenho que pagar, ele pagou em 10 dias', 'a obra ficou pronta em 10 dias', 'contratei o advogado pra recorrer e ele apresentou o recurso em 3 dias', 'se não pagou em 10 dias, ficou devendo'])(
    'does not read a past event %j as a deadline',
    (text) => {
      expect(sut.extract(text)).toEqual([]);
    },
  );

  it.each([
    'o vendedor disse que já passou o prazo de 7 dias para devolver',
    'acho que perdi o prazo de 15 dias pra recorrer',
    'o prazo de 30 dias pra contestar já venceu, e agora?',
    'entreguei a defesa fora do prazo de 10 dias',
  ])('reads a term told as gone in %j as no deadline', (text) => {
    expect(sut.extract(text)).toEqual([]);
  });

  it('reads "dentro de 7 dias" after an act the client did as the time it took, not a term running', () => {
    expect(sut.extract('exerci o direito de arrependimento dentro de sete dias')).toEqual([]);
    expect(sut.extract('devolvi o produto dentro de 7 dias e nada do estorno')).toEqual([]);
    expect(sut.extract('recebi a carta dizendo que tenho que pagar dentro de 5 dias')).toMatchObject([{ daysLeft: 5 }]);
    expect(sut.extract('tenho que sair dentro de 10 dias')).toMatchObject([{ daysLeft: 10 }]);
  });

  it('still reads a term that runs beside one that has passed in another sentence', () => {
    expect(sut.extract('O prazo de 5 dias da loja passou. Agora chegou a citação e tenho 15 dias para contestar').map((d) => d.daysLeft)).toEqual([15]);
  });

  it('reads a term given to pay a bill that fell due as a deadline', () => {
    expect(sut.extract('me deram prazo de 10 dias pra pagar a parcela que venceu').map((d) => d.daysLeft)).toEqual([10]);
  });

  it('reads a term given to the client up to a day ("tenho até sexta") as a deadline, not a supplier\'s', () => {
    expect(sut.extract('ele falou que é pra nós sair e que eu tenho até sexta').map((d) => d.daysLeft)).toEqual([4]);
    expect(sut.extract('o patrão me deu até amanhã pra devolver a chave').map((d) => d.daysLeft)).toEqual([1]);
    expect(sut.extract('a loja tem até sexta pra trocar o produto')).toEqual([]);
    expect(sut.extract('tenho até hoje os comprovantes')).toEqual([]);
  });

  it('quotes the purpose of a term in whole words, never a word cut in half', () => {
    const [mention] = sut.extract('A notificação dá 30 dias para eu fechar a loja e tirar a marca da fachada.');
    expect(mention.raw).toBe('30 dias para eu fechar a loja e tirar a marca');
  });

  it('reads days counted between two events as no term ("só 3 dias antes de assinar")', () => {
    expect(sut.extract('a circular eu recebi so 3 dia antes de assinar')).toEqual([]);
    expect(sut.extract('tenho 3 dias para sair da casa').map((d) => d.daysLeft)).toEqual([3]);
  });

  it('reads "de um dia pro outro" as a sudden change, not a term of one day', () => {
    expect(sut.extract('a loja fechou de um dia pro outro e ninguém avisou')).toEqual([]);
    expect(sut.extract('me mandaram embora de um dia para o outro')).toEqual([]);
    expect(sut.extract('o juiz deu um dia pra pagar').map((d) => d.daysLeft)).toEqual([1]);
  });

  it('reads chat shorthand as the words it stands for, keeping the client\'s words', () => {
    expect(sut.extract('o oficial veio, a desocupacao acaba semana q vem')).toEqual([{ raw: 'semana q vem', daysLeft: 7, legal: null }]);
  });

  it('counts a citation received on a day told before the verb', () => {
    expect(sut.extract('anteontem recebi a citação').map((d) => d.daysLeft)).toEqual([19]);
  });

  it('reads a date to sign by as a deadline', () => {
    expect(sut.extract('ele me deu até amanhã para assinar o acordo').map((d) => d.daysLeft)).toEqual([1]);
    expect(sut.extract('amanhã eu vou ao mercado')).toEqual([]);
  });

  it('reads a signing still to come as a deadline, a signing done as none', () => {
    expect(sut.extract('a homologação saiu e o contrato vai ser assinado depois de amanhã').map((d) => d.daysLeft)).toEqual([2]);
    expect(sut.extract('a assinatura do acordo é na sexta').map((d) => d.daysLeft)).toEqual([4]);
    expect(sut.extract('o contrato foi assinado em 2020 e hoje a obra está parada')).toEqual([]);
  });

  it('reads "hoje" opening a present state as "nowadays", and a day due as today', () => {
    expect(sut.extract('o vendedor hoje mora em Portugal, mas topa assinar a escritura')).toEqual([]);
    expect(sut.extract('Hoje ele trabalha numa transportadora e o que paga acaba não dando pra nada')).toEqual([]);
    expect(sut.extract('hoje eu tenho 74 anos e a casa não tem registro')).toEqual([]);
    expect(sut.extract('hoje em dia o prazo de entrega é outro')).toEqual([]);
    expect(sut.extract('a audiência é hoje às 14h').map((d) => d.daysLeft)).toEqual([0]);
    expect(sut.extract('o despejo é hoje, o oficial volta às 10h').map((d) => d.daysLeft)).toEqual([0]);
    expect(sut.extract('hoje tem audiência e eu não tenho advogado').map((d) => d.daysLeft)).toEqual([0]);
    expect(sut.extract('o prazo pra contestação vence hoje').map((d) => d.daysLeft)).toEqual([0]);
  });

  it('reads "até hoje" before a negation as "still", and otherwise as today', () => {
    expect(sut.extract('paguei tudo há dois anos e até hoje a construtora não passa a escritura')).toEqual([]);
    expect(sut.extract('ele me deu prazo até hoje à noite para pagar').map((d) => d.daysLeft)).toEqual([0]);
  });

  it.each([
    ['o dono da casa me deu 48 horas pra sair', 2],
    ['tenho 24 horas para pagar', 1],
  ])('reads a term told in hours in %j as %d days left', (text, days) => {
    expect(sut.extract(text).map((d) => d.daysLeft)).toEqual([days]);
  });

  it.each(['trabalho 12 horas por dia', 'tenho 44 horas semanais de jornada'])('does not read working hours %j as a term', (text) => {
    expect(sut.extract(text)).toEqual([]);
  });

  it('gives a bankruptcy petition served the 10 days to answer or deposit, and other suits the 15 working days', () => {
    expect(sut.extract('o banco pediu a falência da minha loja e ontem recebi a citação')).toEqual([
      expect.objectContaining({ daysLeft: 9, legal: 'contestação ou depósito elisivo do pedido de falência: 10 dias' }),
    ]);
    expect(sut.extract('recebi a citação de uma cobrança hoje')).toEqual([expect.objectContaining({ daysLeft: 21, legal: 'contestação: 15 dias úteis da citação' })]);
    // The day a notice arrived is where its term starts, not the term: the usual term of the citation is read instead.
    expect(sut.extract('recebi uma citação de despejo hoje, o oficial de justiça veio aqui')).toEqual([expect.objectContaining({ daysLeft: 21, legal: 'contestação: 15 dias úteis da citação' })]);
    expect(sut.extract('recebi a intimação da audiência que é hoje').map((d) => d.daysLeft)).toEqual([0]);
  });

  it('counts the usual legal deadline from a notice received weeks ago', () => {
    expect(sut.extract('recebi a citação faz uma semana').map((d) => d.daysLeft)).toEqual([14]);
  });

  it('counts a term from the calendar day the notice arrived, not from the message', () => {
    const now = new Date('2026-12-02T15:00:00Z');
    expect(sut.extract('O prazo para responder é 30 dias a partir da notificação, recebi dia 25/11', now).map((d) => d.daysLeft)).toEqual([23]);
    expect(sut.extract('Recebi a carta de indeferimento do INSS dia 20 de novembro', now).map((d) => d.daysLeft)).toEqual([18]);
    expect(sut.extract('fui citado em 30/11/2026', now).map((d) => d.daysLeft)).toEqual([19]);
    // Without the message time, or with a day too far back, the term runs from the message as before.
    expect(sut.extract('O prazo é 30 dias a partir da notificação, recebi dia 25/11').map((d) => d.daysLeft)).toEqual([30]);
    expect(sut.extract('O prazo é 30 dias a partir da notificação, recebi dia 25/11/2024', now).map((d) => d.daysLeft)).toEqual([30]);
  });

  it('reads the day of a flight or of the bailiff\'s return as a deadline', () => {
    expect(sut.extract('cancelaram meu voo de amanhã').map((d) => d.daysLeft)).toEqual([1]);
    const now = new Date('2026-11-30T12:00:00Z');
    expect(sut.extract('o oficial de justiça disse que volta no dia 10', now).map((d) => d.daysLeft)).toEqual([10]);
    expect(sut.extract('a Caixa marcou o leilão pro dia 5 do mês que vem', now).map((d) => d.daysLeft)).toContain(5);
  });

  it.each([
    ['me deram 48 horas.', 2],
    ['a empresa me deu 24h pra assinar', 1],
    ['o juiz deu prazo de 48h, senão multa', 2],
  ])('reads a term given in hours in %j, written "24h" or with nothing after it, as %d days left', (text, days) => {
    expect(sut.extract(text).map((d) => d.daysLeft)).toEqual([days]);
  });

  it('does not read a break or a shift given in hours as a term', () => {
    expect(sut.extract('me deram 2 horas de almoço')).toEqual([]);
  });

  it('reads "o prazo pra recorrer é de N dias" as a count, minus the days since the letter', () => {
    expect(sut.extract('o prazo pra recorrer é de 30 dias e a carta chegou faz 20 dias').map((d) => d.daysLeft)).toEqual([10]);
  });

  it.each([
    'recebi a notificação faz 3 dias e tenho 10 dias pra responder',
    'entregaram a notificação há 3 dias e tenho 10 dias pra responder',
    'recebi a notificação 3 dias atrás e tenho 10 dias pra responder',
    'faz 3 dias que recebi a notificação e tenho 10 dias pra responder',
    'tenho 10 dias pra responder e faz 3 dias que recebi',
  ])('runs a term counted by the client from the notice\'s arrival: "%s" leaves 7 days', (text) => {
    expect(sut.extract(text).map((d) => d.daysLeft)).toEqual([7]);
  });

  it.each([
    ['a carta chegou tem uns 20 dias e fala em 30 dias pra recorrer', 10],
    ['a notificação chegou tem quase 5 dias e o prazo pra defesa é de 15 dias', 10],
    ['recebi faz uns 3 dias, tenho 10 dias pra responder', 7],
  ])('reads "tem" and a rough count as "há" before the age of a notice: %j leaves %d days', (text, days) => {
    expect(sut.extract(text).map((d) => d.daysLeft)).toEqual([days]);
  });

  it('does not read a notice that "tem N dias pra" as its age', () => {
    expect(sut.extract('recebi a carta que tem 15 dias pra responder').map((d) => d.daysLeft)).toEqual([15]);
  });

  it('takes no days from a term for another event dated in the same sentence ("faz 2 dias que estou sem luz", "faz 2 anos")', () => {
    expect(sut.extract('tenho 15 dias pra sair e faz 2 dias que estou sem luz').map((d) => d.daysLeft)).toEqual([15]);
    expect(sut.extract('tenho 15 dias pra sair e faz 2 anos que moro lá').map((d) => d.daysLeft)).toEqual([15]);
    expect(sut.extract('tenho 30 dias e já passaram 10').map((d) => d.daysLeft)).toEqual([20]);
  });

  it.each([
    ['a luz vai ser cortada amanhã', 1],
    ['o corte da energia é amanhã', 1],
    ['o oficial vai cumprir a reintegração amanhã', 1],
  ])('reads the day of a cut or an eviction in %j as a deadline', (text, days) => {
    expect(sut.extract(text).map((d) => d.daysLeft)).toEqual([days]);
  });

  it('estimates the term of a traffic-offence notice and of a creditor\'s claim after a judicial recovery\'s notice', () => {
    expect(sut.extract('a notificação da autuação chegou ontem')).toEqual([expect.objectContaining({ daysLeft: 29 })]);
    expect(sut.extract('ele pediu recuperação judicial e o edital saiu semana passada')).toEqual([
      expect.objectContaining({ raw: 'edital', daysLeft: 8, legal: 'habilitação de crédito: 15 dias do edital' }),
    ]);
    expect(sut.extract('o edital do concurso saiu semana passada')).toEqual([]);
  });

  it('reads a treatment or an operation on a day to come as a deadline, not "hoje" next to a treatment', () => {
    expect(sut.extract('o próximo ciclo tem que começar amanhã').map((d) => d.daysLeft)).toEqual([1]);
    expect(sut.extract('ela precisa operar essa semana').map((d) => d.daysLeft)).toEqual([3]);
    expect(sut.extract('hoje ainda faço tratamento por causa do acidente')).toEqual([]);
  });

  it.each([
    ['ele me deu até o fim do mês pra pagar os 8 mil', '2026-11-10T12:00:00Z', 20],
    ['o prazo vence no final do mês', '2026-02-27T12:00:00Z', 1],
    ['tenho até o fim do mês pra sair do apartamento', undefined, 15],
  ])('reads the end of the month in %j, at %s, as %d days left (half a month with no clock)', (text, at, days) => {
    expect(sut.extract(text, at ? new Date(at) : undefined).map((d) => d.daysLeft)).toEqual([days]);
  });

  it.each(['no fim do mês o salário cai na conta', 'paguei até o fim do mês passado'])('does not read %j as a term', (text) => {
    expect(sut.extract(text)).toEqual([]);
  });

  it('takes a day of the month with no clock and no "hoje é dia" as half a month away', () => {
    expect(sut.extract('convocaram a reunião de sócios para o dia 15').map((d) => d.daysLeft)).toEqual([15]);
  });

  it('counts a term given in a notice from the day it arrived, when the client says how long ago', () => {
    expect(sut.extract('chegou uma notificação dando 30 dias pra eu sair, recebi semana passada').map((d) => d.daysLeft)).toEqual([23]);
    // Shorter than the days since the notice came, the term ran out before the message (CPC art. 223).
    const lapsed = sut.extract('recebi a notificação semana passada e tenho 5 dias pra responder');
    expect(lapsed).not.toContainEqual(expect.objectContaining({ raw: 'tenho 5 dias pra responder' }));
    expect(sut.extract('o oficial de justiça entregou há 5 dias e falou que eu tenho 15 dias pra responder').map((d) => d.daysLeft)).toEqual([10]);
    expect(sut.extract('A carta chegou anteontem e fala em 15 dias para contestar.').map((d) => d.daysLeft)).toEqual([13]);
    expect(sut.extract('tenho 15 dias para responder').map((d) => d.daysLeft)).toEqual([15]);
  });

  it('dates a day told with its month in that month, not in the next such day to come', () => {
    const now = new Date('2026-03-11T14:00:00Z');
    expect(sut.extract('tem um prazo pra indicar o condutor até dia 2 de abril', now).map((d) => d.daysLeft)).toEqual([22]);
    expect(sut.extract('tem um prazo até dia 2', now).map((d) => d.daysLeft)).toEqual([21]);
  });

  it('counts a term from the day of this month its notice arrived, and from the weekday it arrived', () => {
    const now = new Date('2026-03-11T14:00:00Z');
    expect(sut.extract('A carta diz que tenho 30 dias para apresentar defesa. Chegou no dia 2 deste mês.', now).map((d) => d.daysLeft)).toEqual([21]);
    expect(sut.extract('A notificação chegou segunda e dá 5 dias pra eu tirar a marca', now).map((d) => d.daysLeft)).toEqual([3]);
  });

  it('reads a closing enrolment and a debit still to come on a day as terms, not a debit gone', () => {
    const now = new Date('2026-03-11T14:00:00Z');
    expect(sut.extract('a matricula fecha dia 20', now).map((d) => d.daysLeft)).toEqual([9]);
    expect(sut.extract('a primeira parcela vai ser debitada dia 15', now).map((d) => d.daysLeft)).toEqual([4]);
    expect(sut.extract('a parcela foi debitada dia 5', now)).toEqual([]);
  });

  it('finds the words of every usual legal deadline in a notice of each (NOTICE_WORDS, the patterns run only then)', () => {
    const notices = [
      'fui citado no pedido de falencia da empresa',
      'recebi a citacao ontem',
      'me citaram semana passada',
      'chegou a notificacao de autuacao',
      'saiu o edital da recuperacao judicial',
      'recebi um auto de infracao da receita',
      'o inss indeferiu meu pedido',
      'negaram o beneficio',
      'negou o beneficio de novo',
      'saiu a sentenca do processo',
      'a sentenca foi publicada ontem',
    ];
    for (const { pattern } of LEGAL_DEADLINES) {
      const told = notices.map((notice) => pattern.exec(notice)?.[0]).filter((match) => match !== undefined);
      expect(told.length).toBeGreaterThan(0);
      for (const match of told) expect(NOTICE_WORDS.test(match!)).toBe(true);
    }
    expect(NOTICE_WORDS.test('tenho audiencia amanha')).toBe(false);
  });
});
