import { TURN_LIMITS } from './interview-engine.constants';
import { REPHRASED } from './lexicons/questions.lexicon';
import { URGENT_ACKNOWLEDGEMENT } from './lexicons/replies.lexicon';
import { RuleBasedInterviewEngine } from './rule-based-interview.engine';
import { driveInterview } from './testing/interview-driver';

describe(RuleBasedInterviewEngine.name, () => {
  const sut = new RuleBasedInterviewEngine();
  const opening = 'pedi as conta faz um mes e ate agora nao me pagaram nada do acerto';
  const answers = [
    'Trabalhava de atendente numa padaria em Contagem/MG, de fevereiro de 2023 até 10/04/2024',
    'Pelas minhas contas dá uns R$ 2.300,00',
    'tenho a carteira assinada',
    'só quero receber o que é meu',
  ];

  it('greets as Justus and asks for the problem', () => {
    expect(sut.greeting()).toMatch(/Justus/);
    expect(sut.greeting()).toMatch(/\?$/);
  });

  it('answers the opening with exactly one question, counted as question 1', () => {
    const turn = sut.continue(sut.initialFacts(), opening);
    expect(turn.complete).toBe(false);
    expect(turn.completionReason).toBeNull();
    expect(turn.facts.questionsAsked).toBe(1);
    expect(turn.facts.topicsAsked).toHaveLength(1);
    expect(turn.reply.match(/\?/g)).toHaveLength(1);
  });

  it('gives deep-equal results for the same transcript', () => {
    const first = driveInterview(sut, opening, answers);
    const second = driveInterview(new RuleBasedInterviewEngine(), opening, answers);
    expect(second.turns).toEqual(first.turns);
    expect(sut.triageData(second.facts)).toEqual(sut.triageData(first.facts));
    expect(sut.analyzeTranscript(second.sent)).toEqual(sut.analyzeTranscript(first.sent));
  });

  it('keeps facts JSON-serialisable and compact', () => {
    const { facts } = driveInterview(sut, opening, answers);
    expect(JSON.parse(JSON.stringify(facts))).toEqual(facts);
    expect(JSON.stringify(facts)).not.toContain('Trabalhava de atendente');
    expect(JSON.stringify(facts).length).toBeLessThan(2000);
  });

  it('classifies text typed without accents and with chat shorthand', () => {
    const { facts, last } = driveInterview(sut, opening, answers);
    expect(facts.area).toBe('trabalhista');
    expect(facts.locations).toEqual(['Contagem/MG']);
    expect(facts.amounts.map((a) => a.value)).toEqual([2300]);
    expect(last.confidence).toBeGreaterThan(0.5);
  });

  it('asks a topic again at most once, in other words, when the answer did not answer it', () => {
    const { turns } = driveInterview(sut, 'oi', Array.from({ length: 12 }, () => 'não sei'));
    const asked = turns.at(-1)!.facts.topicsAsked;
    for (const topic of new Set(asked)) expect(asked.filter((t) => t === topic).length).toBeLessThanOrEqual(2);
    const again = turns.findIndex((turn, i) => i > 0 && turn.facts.topicsAsked.at(-1) === turns[i - 1].facts.topicsAsked.at(-1));
    expect(again).toBeGreaterThan(0);
    expect(turns[again].reply).not.toBe(turns[again - 1].reply);
    expect(turns.at(-1)!.complete).toBe(true);
  });

  it('asks whether anyone else, any harm or any paper is involved before concluding a simple case, and goes on when it is', () => {
    const plain = driveInterview(sut, opening, answers);
    const closing = plain.turns.findIndex((turn) => turn.facts.topicsAsked.at(-1) === 'closing');
    expect(closing).toBeGreaterThan(0);
    expect(plain.turns[closing].reply).toMatch(/Antes de concluir/);
    expect(plain.turns[closing].complete).toBe(false);
    const injured = [...answers.slice(0, closing), 'o dono e o gerente me agrediram, quebrei o braço e fiquei com sequela'];
    expect(driveInterview(sut, opening, injured).last.complexity).not.toBe('low');
  });

  it('asks what the client wants before concluding, since the remedy decides the route', () => {
    // Loans in the wife's name read as a claim against the bank until she says she wants a divorce.
    const story = [
      'estamos separados faz 5 meses, ele foi morar com a mãe',
      'dá uns 45 mil, e o carro e a casa estão no nome dele',
      'tenho os contratos dos empréstimos',
      'quero me divorciar e que ele fique com a parte dele das dívidas na partilha',
      'moro em Recife PE',
    ];
    const { turns, last, facts } = driveInterview(sut, 'meu marido fez 3 empréstimos no banco no meu nome e agora estou cheia de dívidas', story);
    const asked = turns.findIndex((turn) => turn.facts.topicsAsked.at(-1) === 'outcome');
    expect(asked).toBeGreaterThan(0);
    expect(turns.slice(0, asked).every((turn) => !turn.complete)).toBe(true);
    expect(last.complete).toBe(true);
    expect(sut.triageData(facts).area_code).toBe('familia');
  });

  it('asks the outcome once more, in other words, when a long answer to it told no wish', () => {
    const story = 'a loja falou que não vai trocar nada porque eu assinei sem ler direito e que agora não tem mais jeito de resolver isso';
    const byTopic: Record<string, string> = {
      urgency: 'não chegou nenhuma carta nem processo, não tem prazo nenhum correndo', location: 'Curitiba/PR', outcome: story, closing: 'não, só isso',
    };
    let turn = sut.continue(sut.initialFacts(), 'comprei uma geladeira de R$ 3.000 na loja em março de 2024 e veio com defeito, tenho a nota fiscal');
    const replies: string[] = [];
    while (!turn.complete && replies.length < 12) {
      turn = sut.continue(turn.facts, byTopic[turn.facts.topicsAsked.at(-1)!] ?? 'não sei');
      replies.push(turn.reply);
    }
    expect(turn.facts.topicsAsked.filter((topic) => topic === 'outcome')).toHaveLength(2);
    expect(replies.some((reply) => reply.endsWith(REPHRASED.outcome!))).toBe(true);
    // The question is not asked a third time, and a story that states no wish is not kept as one: the objective stays untold.
    expect(turn.facts.outcome).toBeNull();
  });

  it('stops at the turn limit when answers give nothing', () => {
    const { last } = driveInterview(sut, 'preciso de ajuda', Array.from({ length: 20 }, () => 'hmm'));
    expect(last.complete).toBe(true);
    expect(last.facts.questionsAsked).toBeLessThanOrEqual(TURN_LIMITS.high.max);
    expect(last.reply).toMatch(/advogado/);
  });

  it('rates confidence in 0..1 with two decimals', () => {
    const { turns } = driveInterview(sut, opening, answers);
    for (const turn of turns) {
      expect(turn.confidence).toBeGreaterThanOrEqual(0);
      expect(turn.confidence).toBeLessThanOrEqual(1);
      expect(Math.round(turn.confidence * 100) / 100).toBe(turn.confidence);
    }
  });

  it('acknowledges a harm as urgent at the opening and triages it at 720 h once told over, its damages alone asked (CC art. 206 §3º V)', () => {
    const over = driveInterview(new RuleBasedInterviewEngine(), 'Meu ex-namorado divulgou fotos íntimas minhas no Instagram', [
      'isso foi há oito meses, as fotos já foram apagadas e ele foi condenado', 'quero uma indenização por danos morais', 'moro em Recife',
    ]);
    expect(over.turns[0].reply).toContain(URGENT_ACKNOWLEDGEMENT);
    expect(sut.triageData(over.facts).urgency_h).toBe(720);
    // The same images still spread: the takedown is due now (Lei 12.965/14 art. 21).
    const spreading = driveInterview(new RuleBasedInterviewEngine(), 'Meu ex-namorado divulgou fotos íntimas minhas no Instagram', [
      'ele foi condenado mas as fotos continuam circulando em outros perfis', 'quero uma indenização por danos morais', 'moro em Recife',
    ]);
    expect(sut.triageData(spreading.facts).urgency_h).toBe(24);
  });

  it("triages a released robber's veiled revenge on the victim within the day, not a seller's same words (CP arts. 147 and 344; CPP art. 282)", () => {
    const revenge = driveInterview(new RuleBasedInterviewEngine(), 'o cara que roubou meu celular com uma faca foi solto ontem e mandou um primo dele me dizer que eu vou me arrepender', [
      'eu reconheci ele na delegacia', 'ele mora a duas ruas da minha casa', 'moro em Guarulhos',
    ]);
    expect(sut.triageData(revenge.facts).urgency_h).toBe(24);
    // A seller's "vai se arrepender" in a consumer dispute: no crime told, the product's defect (CDC art. 18).
    const seller = driveInterview(new RuleBasedInterviewEngine(), 'comprei um sofá que veio rasgado, pedi a troca e o vendedor disse que eu vou me arrepender de ter reclamado', [
      'a loja não quer trocar', 'paguei 3 mil reais', 'moro em Sorocaba',
    ]);
    expect(sut.triageData(seller.facts).urgency_h).not.toBe(24);
  });
});
