import { isVictim } from '../classifiers/client-role';
import { RuleBasedInterviewEngine } from '../rule-based-interview.engine';
import { newFacts } from '../testing/facts.factory';
import { driveInterview } from '../testing/interview-driver';
import { QuestionPlanner } from './question.planner';
import { ReplyComposer } from './reply.composer';

describe(ReplyComposer.name, () => {
  const engine = new RuleBasedInterviewEngine();
  const sut = new ReplyComposer(new QuestionPlanner());
  const open = (message: string) => engine.continue(engine.initialFacts(), message).reply;
  /** The reply to `question` asked right after `opening`. */
  const ask = (opening: string, question: string) => engine.continue(engine.continue(engine.initialFacts(), opening).facts, question).reply;

  it('asks a vague opening what happened instead of thanking for a story', () => {
    const reply = open('boa tarde, preciso de uma orientação');
    expect(reply).not.toContain('Obrigado por me contar');
    expect(reply).toMatch(/^Claro, estou aqui para ajudar\. .+\?$/);
  });

  it('takes a greeting that ends in a question mark as small talk, not a question to answer', () => {
    expect(open('blz? entao o patrao nao paga meu salario faz 2 mes')).not.toContain('Sobre a sua pergunta');
    expect(open('bom dia, tudo bem? a empresa não pagou minha rescisão, quanto tempo demora?')).toContain('O tempo depende do caso');
  });

  it('acknowledges as urgent an opening the client calls urgent when a term of a few days runs, not a calm one', () => {
    expect(open('URGENTE recebi uma citação de despejo hoje, o oficial de justiça veio aqui em casa')).toMatch(/^Entendo, é urgente\./);
    expect(open('recebi uma citação de despejo hoje, o oficial de justiça veio aqui em casa')).toMatch(/^Obrigado por me contar\./);
  });

  it('answers a question asked without a question mark, and a summons to testify with the duty to attend and the right to silence', () => {
    const reply = open('recebi intimação pra depor como investigado, quero saber se eu tenho que ir e o que falar');
    expect(reply).toContain('deve comparecer');
    expect(reply).toContain('direito de ficar calado');
  });

  it('acknowledges violence or a threat told again as grave, never with thanks, and gives its channels only the first time', () => {
    const reply = ask('meu marido me bateu ontem de novo, to com medo dele', 'ele disse que se eu for na policia ele me mata');
    expect(reply).toMatch(/^Entendo, isso é grave\./);
    expect(reply).not.toContain('190');
    expect(ask('meu marido me bateu ontem de novo, to com medo dele', 'moro em Manaus')).not.toContain('grave');
  });

  it('asks a worker who still works there in the present tense', () => {
    const facts = newFacts({ area: 'trabalhista', notes: ['still-employed'] });
    const context = { before: newFacts(), after: facts, message: 'x', urgencyH: 720, areaCertainty: 1 };
    expect(sut.question(context, 'amount', 'Qual era o seu salário e quanto você acha que tem a receber?')).toContain('Qual é o seu salário');
    expect(sut.question({ ...context, after: newFacts({ area: 'trabalhista' }) }, 'amount', 'Qual era o seu salário?')).toContain('Qual era o seu salário');
  });

  it('thanks for an opening that tells a story', () => {
    expect(open('comprei uma geladeira que chegou quebrada e a loja não quer trocar de jeito nenhum')).toMatch(/^Obrigado por me contar\./);
  });

  it('answers violence with urgency and the emergency channels before the one question', () => {
    const reply = open('meu namorado me empurrou na escada ontem e falou que da próxima vez é pior');
    expect(reply).toMatch(/^Entendo, é urgente\./);
    for (const channel of ['190', '180', 'Delegacia da Mulher', 'medida protetiva']) expect(reply).toContain(channel);
    expect(reply).not.toContain('Obrigado por me contar');
    expect(reply.match(/\?/g)).toHaveLength(1);
    expect(reply.indexOf('190')).toBeLessThan(reply.indexOf('?'));
  });

  it("gives the women's channels for violence at home, any police station for a neighbour's or a stranger's blow, and never asks to register an occurrence already registered", () => {
    expect(open('meu ex marido me bateu ontem na frente das crianças')).toContain('Delegacia da Mulher');
    const neighbour = open('o vizinho me agrediu com um pau ontem na rua');
    expect(neighbour).toContain('190');
    expect(neighbour).not.toMatch(/180|Delegacia da Mulher/);
    const stranger = open('um homem me agrediu na saída do bar e fugiu');
    expect(stranger).not.toMatch(/180|Delegacia da Mulher/);
    const reported = open('um vizinho me agrediu ontem. já fiz o boletim de ocorrência e o exame de corpo de delito');
    expect(reported).toContain('190');
    expect(reported).not.toMatch(/registrar a ocorrência|180/);
    const reportedHome = open('meu marido me bateu de novo, já registrei o boletim de ocorrência');
    expect(reportedHome).toContain('180');
    expect(reportedHome).not.toContain('registrar a ocorrência');
  });

  it('asks an urgent opening for the story, never with the area menu', () => {
    const reply = open('querem que eu assine um papel hoje');
    expect(reply).toMatch(/^Entendo, é urgente\. Não assine nada .* Para eu encaminhar rápido: o que aconteceu, quando foi e quem está envolvido\?$/);
    expect(reply).not.toMatch(/trabalho, compra ou serviço/);
  });

  it('opens with urgency when the first message puts health at risk within two days, never with thanks and the area menu', () => {
    const reply = open('URGENTE o plano ta querendo tirar meu pai da UTI');
    expect(reply).toMatch(/^Entendo, é urgente\./);
    expect(reply).not.toContain('Obrigado por me contar');
    expect(reply).not.toMatch(/trabalho, compra ou serviço/);
  });

  it('takes a salary account the bank blocked as urgent, with what to keep', () => {
    const turn = engine.continue(engine.initialFacts(), 'fui demitido e agora o banco bloqueou minha conta salario por causa de um emprestimo');
    expect(turn.reply).toMatch(/^Entendo, é urgente\. Bloqueio de salário/);
    expect(engine.triageData(turn.facts).urgency_h).toBeLessThanOrEqual(48);
  });

  it('never asks a victim who already reported the crime whether they registered it', () => {
    const reply = open('Fui assaltado na saída do banco, levaram meu celular e R$ 2 mil. Já fiz boletim de ocorrência.');
    expect(reply).not.toMatch(/registrou ocorrência|registrar/);
    expect(reply).toContain('Depois do boletim');
  });

  it('words criminal-law questions for a victim, never as if they were accused', () => {
    const context = { before: newFacts(), after: newFacts({ area: 'criminal', notes: ['threat'] }), message: 'x', urgencyH: 720, areaCertainty: 1 };
    const accused = 'Pode me contar o que aconteceu e do que a pessoa está sendo acusada?';
    expect(sut.question(context, 'facts', accused)).not.toContain('acusada');
    expect(sut.question({ ...context, after: newFacts({ area: 'criminal' }) }, 'facts', accused)).toContain('acusada');
  });

  it('words criminal-law questions for a complainant (a police report filed, prosecution wanted), never asking whether they are held', () => {
    for (const note of ['police-report-filed', 'criminal-complaint'] as const) {
      const context = { before: newFacts(), after: newFacts({ area: 'criminal', notes: [note] }), message: 'x', urgencyH: 720, areaCertainty: 1 };
      expect(sut.question(context, 'urgency', 'A pessoa está presa neste momento?')).not.toContain('presa');
    }
    const reply = open('Vendi minha moto parcelada e o comprador parou de pagar. Fiz boletim de ocorrência por estelionato na delegacia.');
    expect(reply).not.toMatch(/acusad|presa/);
  });

  it('never asks a client defamed or falsely accused by someone whether they are held, nor what they are accused of', () => {
    const first = engine.continue(engine.initialFacts(), 'uma vizinha me acusou de roubar o celular dela e espalhou no grupo do condomínio, isso é calúnia');
    const replies = [first.reply, engine.continue(first.facts, 'foi faz duas semanas').reply];
    for (const reply of replies) expect(reply).not.toMatch(/presa|acusad/);
    // Accused by a police report, the same client gets the defence's questions.
    const accused = engine.continue(engine.initialFacts(), 'minha vizinha me acusou de roubo e fez um boletim contra mim, fui intimada na delegacia');
    expect(isVictim(accused.facts)).toBe(false);
  });

  it('treats a child taken, a blocked benefit and pressure to sign as urgent', () => {
    expect(open('a mãe sumiu com minha filha faz dois dias e não atende o telefone')).toMatch(/^Entendo, é urgente\..*Conselho Tutelar/);
    expect(open('o banco bloqueou minha aposentadoria, aposentadoria bloqueada sem aviso')).toMatch(/^Entendo, é urgente\./);
    expect(open('o RH quer que eu assine um papel hoje abrindo mão das férias')).toMatch(/^Entendo, é urgente\. Não assine nada/);
  });

  it("answers a child beaten at home with urgency and the child's channels (Conselho Tutelar, Disque 100)", () => {
    expect(open('Doutor, eu sou avó do Pedro, de 6 anos. Ontem vi as costas dele cheias de marcas de cinta.')).toMatch(/^Entendo, é urgente\..*Conselho Tutelar.*Disque 100/);
  });

  it('does not take a denied risk for a risk', () => {
    expect(open('ninguém me ameaçou, só quero saber do meu FGTS que a firma não depositou')).not.toMatch(/urgente/);
  });

  it('gives condolences once, when a death is first mentioned', () => {
    const first = engine.continue(engine.initialFacts(), 'minha avó faleceu no mês passado e deixou um terreno para os netos');
    expect(first.reply.match(/Sinto muito pela sua perda/g)).toHaveLength(1);
    expect(engine.continue(first.facts, 'ela faleceu em Goiânia/GO').reply).not.toContain('Sinto muito');
  });

  it("condoles only the death of someone close, never a stranger's death the client saw or heard of", () => {
    expect(open('Minha mãe faleceu em junho e deixou uma casa; somos três irmãos.')).toContain('Sinto muito pela sua perda');
    expect(open('o falecimento do meu marido foi em março e o INSS negou a pensão')).toContain('Sinto muito pela sua perda');
    expect(open('Presenciei um acidente em que um motociclista morreu, e recebi uma intimação para depor.')).not.toContain('Sinto muito');
    expect(open('Comprei uma casa por contrato e o vendedor faleceu sem passar a escritura.')).not.toContain('Sinto muito');
  });

  it("condoles a close death told after a stranger's (its verb far after the person), once, and no stranger's death after the client's car", () => {
    const crash = engine.continue(engine.initialFacts(), 'Um caminhão bateu de frente no nosso carro na BR-116. O motorista do caminhão morreu na hora.');
    expect(crash.reply).not.toContain('Sinto muito');
    const wife = engine.continue(crash.facts, 'Minha esposa estava comigo e ficou internada, mas infelizmente faleceu três dias depois no hospital.');
    expect(wife.reply).toContain('Sinto muito pela sua perda');
    expect(engine.continue(wife.facts, 'meu pai também faleceu ano passado, mas isso é outra história').reply).not.toContain('Sinto muito');
    expect(open('Meu carro bateu numa moto na estrada e o motociclista morreu na hora.')).not.toContain('Sinto muito');
  });

  it('answers the client question with a safe general line, and any other question with a holding line', () => {
    const first = engine.continue(engine.initialFacts(), 'meu chefe corta minhas horas extras e me humilha na frente dos outros');
    expect(engine.continue(first.facts, 'isso começou em maio. Eu peço demissão?').reply).toContain('não peça demissão antes de falar com o advogado');
    expect(engine.continue(first.facts, 'em maio. Preciso sair da empresa pra entrar com ação?').reply).toContain('não peça demissão');
    expect(engine.continue(first.facts, 'em maio. Ele pode fazer isso?').reply).toContain('o advogado vai responder');
  });

  it('answers what the question sentence asks before a want told beside it, and a question that points back from the whole message', () => {
    const rights = ask('o dono do mercado atrasa meu salário há 3 meses', 'tenho direito a quê? nao tenho dinheiro pra pagar advogado agora');
    expect(rights).toContain('vale a pena avaliar');
    expect(rights).toContain('sindicato');
    expect(rights).not.toContain('a Defensoria Pública atende de graça');
    expect(ask('tenho uma loja e uma funcionária chega atrasada todo dia', 'quero dar justa causa nela. posso?')).toContain('CLT art. 482');
  });

  it('answers a worker threatened with a justa causa, a summons to testify feared as an arrest, a call to the police and a claim without a lawyer', () => {
    expect(ask('o patrão quer que eu assine o pedido de demissão', 'ele disse que se eu nao assinar ele me manda embora por justa causa. ele pode fazer isso??')).toContain('CLT art. 482');
    expect(ask('bati o carro e o motoqueiro morreu', 'chegou uma intimação pra depor, posso ser preso?')).toContain('não é ordem de prisão');
    expect(ask('meu ex não devolveu minha filha depois da visita', 'eu chamo a policia?')).toContain('ligue 190');
    const small = ask('emprestei 4 mil pra um amigo e ele não paga', 'dá pra processar ele sem advogado?');
    expect(small).toContain('20 salários mínimos');
    expect(small).not.toContain('vale a pena avaliar');
  });

  it('tells a worker pressed to sign a resignation letter not to resign, once, instead of the plain "não assine"', () => {
    const reply = open('meu patrão atrasa meu salário faz 3 meses e agora quer que eu assine uma carta pedindo demissão');
    expect(reply).toContain('Não peça demissão nem assine carta de demissão');
    expect(reply).not.toContain('Não assine nada antes');
    expect(open('o banco quer que eu assine um acordo hoje')).toContain('Não assine nada antes');
  });

  it("tells a worker who cannot pay of the union's free legal aid, and a claimant against the INSS of the Defensoria Pública da União", () => {
    expect(ask('a empresa não pagou minha rescisão', 'não tenho dinheiro pra pagar advogado')).toContain('sindicato');
    expect(ask('o INSS negou minha aposentadoria', 'não tenho dinheiro pra pagar advogado')).toContain('Defensoria Pública da União');
  });

  it("answers a consumer's question about cancelling with the CDC's choices, and a taxpayer's about paying with the challenge that suspends the charge, in their areas only", () => {
    expect(ask('comprei uma geladeira na Casas Bahia pelo site e até hoje não entregaram', 'posso cancelar e pedir meu dinheiro de volta?')).toContain('art. 35');
    expect(ask('caí na malha fina e chegou uma notificação de lançamento do imposto de renda', 'preciso pagar mesmo assim?')).toContain('CTN art. 151, III');
    const condo = ask('recebi uma multa do condomínio de 500 reais', 'tenho que pagar?');
    expect(condo).not.toContain('CTN');
    expect(condo).toContain('não assine acordo nem confissão de dívida');
  });

  it('tells a client who asks whether there is still time the days left of the term told, and nothing invented when none was', () => {
    const told = ask('o INSS negou minha pensão por morte', 'a carta chegou tem uns 20 dias e fala em 30 dias pra recorrer, ainda dá tempo?');
    expect(told).toContain('restam cerca de 10 dias');
    expect(ask('o INSS negou minha pensão por morte', 'ainda dá pra recorrer?')).not.toContain('restam cerca');
  });

  it('never gives the Defensoria twice when the client who cannot pay asks what the lawyer costs', () => {
    const reply = ask('meu vizinho derrubou meu muro', 'quanto custa um advogado? nao tenho dinheiro');
    expect(reply.match(/Defensoria/g)).toHaveLength(1);
  });

  it('answers the usual direct questions of a tenant, a scam victim, a parent, an appellant and one asking about an arrest with a safe general line', () => {
    expect(ask('chegou uma notificação da imobiliária pra eu sair do apartamento', 'eles podem me tirar assim?')).toContain('sem ordem judicial');
    expect(ask('moro de aluguel e o dono mandou uma notificação pra eu sair em 30 dias', 'ele pode me tirar assim sem motivo?')).toContain('art. 46 §2º');
    expect(ask('recebi uma notificação do dono dizendo que tenho 30 dias pra sair', 'quero saber se sou obrigado a sair')).toContain('sem ordem judicial');
    expect(ask('o locador mandou eu desocupar a casa até o fim do mês', 'tenho que desocupar mesmo?')).toContain('sem ordem judicial');
    expect(ask('caí num golpe do falso atendente e fiz dois pix', 'o banco é obrigado a devolver meu dinheiro?')).toContain('Súmula 479');
    expect(ask('o pai do meu filho nunca pagou pensão', 'quanto ele teria que pagar de pensão?')).toContain('necessidade de quem recebe');
    expect(ask('o INSS negou minha pensão por morte', 'ainda dá pra recorrer?')).toContain('dentro de um prazo');
    expect(ask('meu marido me bateu ontem', 'se eu denunciar ele vai ser preso?')).toContain('A prisão só acontece em flagrante ou por ordem escrita');
    expect(ask('fui eliminado no exame médico do concurso', 'dá pra fazer alguma coisa na justiça?')).toContain('vale a pena avaliar');
  });

  it("answers a parent's question about a criminal record and an employer's about dismissing, for cause or not", () => {
    expect(ask('meu filho foi pego com um baseado e assinou um termo', 'ele vai ficar com ficha suja?')).toContain('antecedentes');
    expect(ask('tenho uma padaria e uma funcionária vive chegando atrasada', 'posso dar justa causa por causa dos atrasos?')).toContain('CLT art. 482');
    expect(open('tenho uma padaria e preciso mandar embora uma funcionaria, como eu faço isso certo?')).toContain('aviso prévio');
    expect(ask('fui demitido ontem', 'posso ser preso por isso?')).not.toContain('aviso prévio');
  });

  it('answers whether a charge must be paid with what to keep and not to sign, and a question about the lawyer\'s cost with the Defensoria', () => {
    const charge = ask('recebi uma multa do condomínio de 500 reais', 'tenho que pagar?');
    expect(charge).toContain('não assine acordo nem confissão de dívida');
    expect(charge).not.toContain('Defensoria');
    expect(open('Tenho que pagar o advogado?')).toContain('Defensoria');
  });

  it('answers a supply cut, a name sent to the credit bureaus, alimony stopped and a feared dismissal with a safe general line', () => {
    expect(ask('minha conta de luz está atrasada 3 meses', 'eles podem cortar minha luz?')).toContain('aviso prévio por escrito');
    expect(ask('a loja diz que eu devo 300 reais', 'eles podem negativar meu nome?')).toContain('SPC ou o Serasa');
    expect(ask('meu filho fez 18 anos', 'posso parar de pagar a pensão?')).toContain('até o juiz decidir outra coisa');
    expect(ask('estou grávida de 3 meses e trabalho numa loja', 'podem me mandar embora?')).toContain('estabilidade (gestante');
  });

  it('asks the employer sued by a worker about the defence, never about their own salary or time at work', () => {
    const answers = ['a audiência é daqui a 10 dias', 'ela trabalhou de 2021 a 2023', 'pede uns 30 mil', 'tenho os recibos', 'quero me defender'];
    for (const opening of ['sou dona de uma padaria e uma ex-funcionária entrou com processo trabalhista contra mim', 'meu ex empregado me processou na justiça do trabalho']) {
      const { turns, facts } = driveInterview(engine, opening, answers);
      expect(facts.notes).toEqual(expect.arrayContaining(['client-employer', 'defendant']));
      expect(turns.map((turn) => turn.reply).join(' ')).not.toMatch(/Em que período você trabalhou|Qual era o seu salário|quanto você acha que tem a receber/);
    }
  });

  it('asks a victim of a scam about the police report, not a medida protetiva, and a victim of violence about both', () => {
    const scam = engine.continue(engine.initialFacts(), 'fui vítima de estelionato, um homem se passou por corretor e me roubou cinco mil');
    const beaten = engine.continue(engine.initialFacts(), 'fui vítima de agressão, meu vizinho me bateu com um pau');
    const urgency = (facts: typeof scam.facts) =>
      sut.question({ before: facts, after: facts, message: 'ok', urgencyH: 720, areaCertainty: 1 }, 'urgency', 'Há prazo?');
    expect(urgency({ ...scam.facts, area: 'criminal' })).not.toContain('medida protetiva');
    expect(urgency({ ...beaten.facts, area: 'criminal' })).toContain('medida protetiva');
  });

  describe('closing', () => {
    const known = newFacts({
      area: 'consumidor', clientWords: 80, dates: [{ raw: 'ontem', iso: null }], parties: ['loja'], locations: ['Natal/RN'],
      amounts: [{ raw: 'R$ 900', value: 900 }], documents: ['nota fiscal'], outcome: 'quero meu dinheiro', topicsAsked: ['urgency'],
    });
    const context = (after = known) => ({ before: after, after, message: 'ok', urgencyH: 720, areaCertainty: 1 });

    it('says it has what it needs only when the checklist is complete', () => {
      expect(sut.closing(context(), 'enough_information')).toMatch(/já tenho as informações necessárias/);
      const gappy = sut.closing(context({ ...known, documents: [], locations: [] }), 'enough_information');
      expect(gappy).not.toMatch(/informações necessárias/);
      expect(gappy).toContain('os documentos e a cidade');
    });

    it('says so when it stops at the question limit', () => {
      const reply = sut.closing(context({ ...known, outcome: null }), 'turn_limit');
      expect(reply).toMatch(/^Cheguei ao limite de perguntas/);
      expect(reply).toContain('o que você espera');
      expect(reply).not.toMatch(/informações necessárias/);
    });
  });

  describe('what the client is told, by role and by what they ask (review-cases-5)', () => {
    it('tells the client a protective measure keeps away not to contact the protected person, never the victim\'s channels', () => {
      const opening = engine.continue(engine.initialFacts(), 'minha ex fez uma medida protetiva contra mim e o oficial me entregou o papel hoje, posso ir buscar minhas coisas?');
      expect(opening.reply).toContain('art. 24-A');
      expect(opening.reply).not.toContain('180');
      const arrest = engine.continue(opening.facts, 'se eu mandar mensagem pra ela eu posso ser preso?');
      expect(arrest.reply).toContain('descumprir a medida é crime');
      expect(arrest.reply).not.toContain('intimação para depor');
      // The court's name brings words of violence: still no victim's line to the one restrained.
      expect(engine.continue(arrest.facts, 'a audiencia é no juizado de violencia domestica').reply).not.toContain('Central de Atendimento à Mulher');
      // The victim who asked for the measure still gets hers.
      expect(open('meu marido me bateu e eu quero pedir medida protetiva')).toContain('180');
    });

    it('tells a client put out of the home by the other side that only a judge evicts, with the 190 and the shelter', () => {
      const reply = open('o dono da kitnet trocou a fechadura e botou minhas coisas na calçada, to na rua com meus filhos');
      expect(reply).toMatch(/^Entendo, é urgente\./);
      expect(reply).toContain('sem ordem judicial');
      expect(reply).toContain('190');
    });

    it('reads a threat to beat told without the word "ameaça" as a threat, with the 190', () => {
      expect(ask('o dono da kitnet trocou a fechadura', 'ele disse que se eu tentar entrar ele me quebra')).toContain('ligue 190');
    });

    it("answers a benefit's repayment with the INSS's process and good faith, not with a mistaken credit's", () => {
      const reply = ask('recebi uma carta do INSS dizendo que há irregularidade na minha aposentadoria', 'devo devolver o dinheiro que já recebi?');
      expect(reply).toContain('direito de defesa');
      expect(reply).not.toContain('por engano');
      expect(ask('caiu um dinheiro na minha conta por engano', 'tenho que devolver o dinheiro?')).toContain('por engano');
    });

    it("answers whether the owner takes a traffic fine's points with the driver's indication (CTB art. 257 §7º)", () => {
      const reply = ask('recebi uma notificação de autuação de multa de trânsito mas quem dirigia era meu irmão', 'se eu não indicar ele eu perco os pontos?');
      expect(reply).toContain('art. 257');
      expect(reply).not.toContain('Sobre a sua pergunta');
    });

    it('answers "o que eu faço primeiro?" with the evidence kept and nothing signed, not with the lawyer\'s later answer', () => {
      const reply = open('o apartamento de cima está vazando no meu banheiro faz dois meses. o que eu faço primeiro?');
      expect(reply).toContain('guardar as provas');
      expect(reply).not.toContain('Sobre a sua pergunta');
    });

    it('answers "o que eu faço?" from who was sued with the hearing and the defence term (revelia), and the debtor\'s name on the credit registers with the protest of a decision', () => {
      const sued = open('A ex do meu irmão resolveu me processar, chegou uma carta do fórum marcando audiência. O que eu faço?');
      expect(sued).toContain('revelia');
      expect(sued).not.toContain('Sobre a sua pergunta');
      expect(open('o apartamento de cima está vazando no meu banheiro. o que eu faço?')).not.toContain('revelia');
      const registry = open('meu ex não paga a pensão da nossa filha faz meses. dá pra colocar o nome dele no serasa??');
      expect(registry).toContain('782');
      expect(registry).not.toContain('Sobre a sua pergunta');
    });

    it("answers the employer's severance questions by the reason of the exit, not with a debtor's \"don't sign\"", () => {
      const opening = 'minha empregada doméstica pediu demissão na segunda. quanto eu tenho que pagar pra ela?';
      expect(open(opening)).toContain('em até 10 dias do fim do contrato');
      expect(open(opening)).not.toContain('confissão de dívida');
      expect(ask(opening, 'tenho que pagar a multa de 40% do FGTS?')).toContain('não no pedido de demissão');
    });

    it('answers "tenho que pagar?" about a protest with the notary\'s term and a court\'s order, not an administrative defence', () => {
      const reply = ask('chegou uma intimação do cartório de protesto pra pagar uma dívida de iptu até sexta', 'tenho que pagar isso mesmo?');
      expect(reply).toContain('prazo do cartório');
      expect(reply).not.toContain('impugnação');
    });

    it('asks a client who told of a notice when it arrived and its term, not whether a notice arrived', () => {
      const told = 'Sou aposentado rural há 8 anos e recebi uma carta do INSS dizendo que encontraram indício de irregularidade no meu benefício.';
      expect(open(told)).toContain('Em que dia chegou esse papel');
      expect(open(told)).not.toContain('Chegou alguma carta');
      expect(open('o apartamento de cima está vazando no meu banheiro faz dois meses e o teto está mofado')).toContain('Chegou alguma carta');
    });
  });
});
