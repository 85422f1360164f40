import { TURN_LIMITS } from '../interview-engine.constants';
import { Topic } from '../interview-engine.types';
import { newFacts } from '../testing/facts.factory';
import { QuestionPlanner } from './question.planner';
import { REPHRASED } from '../lexicons/questions.lexicon';

describe(QuestionPlanner.name, () => {
  const sut = new QuestionPlanner();

  it('asks for the area first when it is unknown', () => {
    expect(sut.next(newFacts(), 0)).toBe('area');
  });

  it("follows the area's own priorities", () => {
    const facts = newFacts({ area: 'criminal', subarea: 'prisão (flagrante ou preventiva)', clientWords: 40 });
    expect(sut.next(facts, 1)).toBe('urgency');
    expect(sut.next({ ...facts, area: 'trabalhista' }, 1)).toBe('timeline');
  });

  it('leaves out the topics its kind of case skips: no sum is asked in a concurso or a disciplinary proceeding', () => {
    const concurso = newFacts({ area: 'administrativo', subarea: 'concurso público', clientWords: 40, topicsAsked: ['timeline', 'urgency', 'documents', 'location'] });
    expect(sut.checklist(concurso)).not.toContain('amount');
    expect(sut.next(concurso, 1)).toBe('outcome');
    expect(sut.next({ ...concurso, subarea: 'saúde pública (SUS)' }, 1)).toBe('amount');
  });

  it('never asks a topic that is already known', () => {
    const facts = newFacts({
      area: 'trabalhista',
      clientWords: 40,
      dates: [{ raw: '10/04/2024', iso: '2024-04-10' }],
      amounts: [{ raw: 'R$ 100', value: 100 }],
    });
    expect(sut.next(facts, 1)).toBe('urgency');
    expect(sut.next({ ...facts, deadlines: ['10 dias pra defesa'] }, 1)).toBe('parties');
  });

  it('asks about money last after a death in the family or with a person at risk now (a health, a child kept, violence)', () => {
    const askedInOrder = (overrides: Parameters<typeof newFacts>[0]): Topic[] => {
      let facts = newFacts({ area: 'consumidor', clientWords: 40, deadlines: ['prazo'], ...overrides });
      const asked: Topic[] = [];
      for (let topic = sut.next(facts, 1); topic !== null; topic = sut.next(facts, 1)) {
        asked.push(topic);
        facts = { ...facts, topicsAsked: [...facts.topicsAsked, topic] };
      }
      return asked;
    };
    expect(askedInOrder({}).at(-1)).not.toBe('amount');
    expect(askedInOrder({ notes: ['close-death'] }).at(-1)).toBe('amount');
    expect(askedInOrder({ urgencySignals: ['saude-grave'] }).at(-1)).toBe('amount');
    expect(askedInOrder({ area: 'familia', urgencySignals: ['crianca-retida'] }).at(-1)).toBe('amount');
    expect(askedInOrder({ area: 'familia', urgencySignals: ['violencia'] }).at(-1)).toBe('amount');
  });

  it('still asks the money question moved last before concluding when it is one of the essentials', () => {
    const facts = newFacts({ area: 'consumidor', clientWords: 40, deadlines: ['prazo'], notes: ['close-death'], outcome: 'receber', questionsAsked: 5 });
    const asked = { ...facts, topicsAsked: ['urgency', 'timeline', 'documents', 'outcome'] as Topic[] };
    expect(sut.completion(asked, 'medium', 1)).toBeNull();
  });

  it('never asks the same topic twice, whatever the answers', () => {
    let facts = newFacts({ area: 'consumidor' });
    const asked: Topic[] = [];
    for (let i = 0; i < 12; i++) {
      const topic = sut.next(facts, 1);
      if (topic === null) break;
      asked.push(topic);
      facts = { ...facts, topicsAsked: [...facts.topicsAsked, topic], questionsAsked: facts.questionsAsked + 1 };
    }
    expect(asked.length).toBeGreaterThan(3);
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('does not close a medium or high case before the deadline/court-process question', () => {
    const told = newFacts({ area: 'civil', clientWords: 80, clientMessages: 7, questionsAsked: 6, topicsAsked: ['timeline', 'parties', 'amount', 'documents', 'outcome', 'location'] });
    expect(sut.completion(told, 'medium', 1)).toBeNull();
    expect(sut.next(told, 1)).toBe('urgency');
    expect(sut.completion({ ...told, topicsAsked: [...told.topicsAsked, 'urgency'] }, 'medium', 1)).toBe('enough_information');
  });

  it('asks the deadline/court-process question once more before closing when the answer left it open', () => {
    const asked = newFacts({ area: 'imobiliario', clientWords: 50, clientMessages: 4, questionsAsked: TURN_LIMITS.low.min, topicsAsked: ['timeline', 'amount', 'location', 'documents', 'urgency'] });
    const again = sut.reask(asked, 'urgency', 4, 1);
    expect(again).toBe('urgency');
    expect(sut.completion(asked, 'low', 1, again)).toBeNull();
    expect(sut.completion(asked, 'low', 1)).toBe('enough_information');
    expect(sut.completion({ ...asked, questionsAsked: TURN_LIMITS.low.max }, 'low', 1, again)).toBe('turn_limit');
  });

  it('still asks the deadline/court-process question after a court\'s block, until the lawsuit behind it is told', () => {
    const blocked = newFacts({ area: 'tributario', clientWords: 40, urgencySignals: ['bloqueio', 'sem-renda'], deadlines: ['Hoje'], amounts: [{ raw: 'R$ 7.300', value: 7300 }] });
    expect(sut.isKnown('urgency', blocked, 1)).toBe(false);
    expect(sut.next(blocked, 1)).toBe('urgency');
    expect(sut.isKnown('urgency', { ...blocked, notes: ['defendant'] }, 1)).toBe(true);
    expect(sut.isKnown('urgency', { ...blocked, notes: ['enforcement-named'] }, 1)).toBe(true);
    expect(sut.isKnown('urgency', { ...blocked, urgencySignals: ['bloqueio', 'citacao'] }, 1)).toBe(true);
    // A bank's own security hold is no court's seizure: the block answers the question as any signal does.
    expect(sut.isKnown('urgency', { ...blocked, urgencySignals: ['bloqueio-pelo-banco'] }, 1)).toBe(true);
  });

  it('asks the deadline/court-process question once more after an answer of any length that told the block but not its lawsuit', () => {
    const asked = newFacts({ area: 'tributario', clientWords: 60, urgencySignals: ['bloqueio-relatado'], topicsAsked: ['urgency'], questionsAsked: 1 });
    expect(sut.reask(asked, 'urgency', 20, 1)).toBe('urgency');
    expect(sut.reask({ ...asked, notes: ['lawsuit-running'] }, 'urgency', 20, 1)).toBeNull();
    expect(sut.reask({ ...asked, urgencySignals: [], deadlines: [] }, 'urgency', 20, 1)).toBeNull();
  });

  it('asks the deadline/court-process question once more, with a person at risk told, after an answer that told nothing of it', () => {
    const threat = newFacts({ area: 'familia', clientWords: 40, notes: ['threat'], topicsAsked: ['urgency'], questionsAsked: 1 });
    const story = { text: 'A ameaça veio do meu ex-marido, por mensagem de áudio, ontem à noite.', told: false, complexity: 'low' as const };
    expect(sut.reask(threat, 'urgency', 13, 1, { deadline: story })).toBe('urgency');
    // Said none runs, told a deadline or a lawsuit, asked once more already, or past the level's minimum: not again.
    expect(sut.reask(threat, 'urgency', 13, 1, { deadline: { ...story, text: 'Não tem processo nenhum ainda, só a ameaça.' } })).toBeNull();
    expect(sut.reask(threat, 'urgency', 13, 1, { deadline: { ...story, told: true } })).toBeNull();
    expect(sut.reask({ ...threat, reasked: ['urgency'] }, 'urgency', 13, 1, { deadline: story })).toBeNull();
    expect(sut.reask({ ...threat, questionsAsked: TURN_LIMITS.low.min }, 'urgency', 13, 1, { deadline: story })).toBeNull();
    // No one at risk: a long answer is an answer, as before.
    expect(sut.reask({ ...threat, notes: [] }, 'urgency', 13, 1, { deadline: story })).toBeNull();
  });

  it('asks the open closing question once before a short, simple interview concludes', () => {
    const settled = newFacts({ area: 'consumidor', clientWords: 60, clientMessages: 4, questionsAsked: TURN_LIMITS.low.min, parties: ['loja'], topicsAsked: ['timeline', 'urgency', 'amount'] });
    expect(sut.closingQuestion(settled, 'low')).toBe('closing');
    expect(sut.ask('closing', settled)).toMatch(/mais alguém envolvido.*dano.*processo/);
    const asked = { ...settled, topicsAsked: [...settled.topicsAsked, 'closing' as Topic], questionsAsked: settled.questionsAsked + 1 };
    expect(sut.isKnown('closing', asked, 1)).toBe(true);
    expect(sut.closingQuestion({ ...asked, questionsAsked: settled.questionsAsked }, 'low')).toBeNull();
  });

  it('asks the closing question before a medium interview concludes below its minimum, and not in a high one', () => {
    const settled = newFacts({ area: 'consumidor', clientWords: 60, clientMessages: 4, questionsAsked: TURN_LIMITS.medium.min - 1, topicsAsked: ['timeline', 'urgency', 'amount', 'documents'] });
    expect(sut.closingQuestion(settled, 'medium')).toBe('closing');
    expect(sut.closingQuestion({ ...settled, questionsAsked: TURN_LIMITS.medium.min }, 'medium')).toBeNull();
    expect(sut.closingQuestion({ ...settled, topicsAsked: [...settled.topicsAsked, 'closing'] }, 'medium')).toBeNull();
    expect(sut.closingQuestion(settled, 'high')).toBeNull();
  });

  it('skips the closing question for a long low interview or a story with several parties', () => {
    const settled = newFacts({ area: 'consumidor', clientWords: 60, clientMessages: 4, questionsAsked: TURN_LIMITS.low.min, topicsAsked: ['timeline', 'urgency', 'amount'] });
    expect(sut.closingQuestion({ ...settled, questionsAsked: TURN_LIMITS.low.min + 1 }, 'low')).toBeNull();
    expect(sut.closingQuestion({ ...settled, parties: ['loja', 'fabricante'] }, 'low')).toBeNull();
  });

  it('asks the closing question of a short interview against the State however many parties it named', () => {
    const settled = newFacts({ area: 'tributario', clientWords: 60, clientMessages: 4, questionsAsked: TURN_LIMITS.low.min, parties: ['Receita Federal', 'contador'], topicsAsked: ['amount', 'timeline', 'urgency'] });
    expect(sut.closingQuestion(settled, 'low')).toBeNull();
    expect(sut.closingQuestion({ ...settled, notes: ['tax-authority'] }, 'low')).toBe('closing');
    expect(sut.closingQuestion({ ...settled, notes: ['opponent-public-body'] }, 'low')).toBe('closing');
    // An employer on the other side is not the State: the party rule holds.
    expect(sut.closingQuestion({ ...settled, notes: ['opponent-employer'] }, 'low')).toBeNull();
  });

  it('asks a topic once more after a short answer that left it unknown', () => {
    const facts = newFacts({ area: 'civil', topicsAsked: ['amount'] });
    expect(sut.reask(facts, 'amount', 2, 1)).toBe('amount');
    expect(sut.reask({ ...facts, reasked: ['amount'] }, 'amount', 2, 1)).toBeNull();
    expect(sut.reask(facts, 'amount', 20, 1)).toBeNull();
    expect(sut.ask('amount', facts)).toBe(REPHRASED.amount);
  });

  it('asks a topic once more after an answer, however long, that spoke of the lawyer\'s fee instead', () => {
    const facts = newFacts({ area: 'trabalhista', topicsAsked: ['amount'] });
    const told = { ...facts, notes: ['cannot-pay'] };
    expect(sut.spokeAside(facts, told)).toBe(true);
    expect(sut.spokeAside(told, told)).toBe(false);
    expect(sut.reask(told, 'amount', 9, 1, { aside: true })).toBe('amount');
    expect(sut.reask(told, 'amount', 9, 1)).toBeNull();
  });

  it('asks the area once more, as a question about the remedy, after any answer that left it open', () => {
    const facts = newFacts({ topicsAsked: ['area'] });
    expect(sut.reask(facts, 'area', 7, 0.1)).toBe('area');
    // The remedy question asked the outcome: left unanswered, the outcome (not the area) is what is asked again.
    expect(sut.reask({ ...facts, reasked: ['area'] }, 'area', 7, 0.1)).toBe('outcome');
    expect(sut.reask({ ...facts, reasked: ['area'], outcome: 'quero receber' }, 'area', 7, 0.1)).toBeNull();
    expect(sut.reask({ ...facts, area: 'civil' }, 'area', 7, 1)).toBeNull();
    expect(sut.ask('area', facts)).toMatch(/o que você quer conseguir\?.*responda criminalmente/);
  });

  it('closes at the turn limit of the complexity', () => {
    const facts = newFacts({ area: 'civil', questionsAsked: TURN_LIMITS.medium.max, clientMessages: 9 });
    expect(sut.completion(facts, 'medium', 1)).toBe('turn_limit');
    expect(sut.completion({ ...facts, questionsAsked: TURN_LIMITS.medium.max - 1 }, 'medium', 1)).toBeNull();
  });

  it('closes with enough information once the essentials are settled after the minimum', () => {
    const settled = newFacts({
      area: 'imobiliario',
      clientWords: 50,
      clientMessages: 4,
      topicsAsked: ['timeline', 'urgency', 'amount', 'location', 'documents'],
      questionsAsked: TURN_LIMITS.low.min,
    });
    expect(sut.completion(settled, 'low', 1)).toBe('enough_information');
    expect(sut.completion({ ...settled, questionsAsked: 2 }, 'low', 1)).toBeNull();
  });

  it('asks what the client wants before closing when two areas are close', () => {
    const settled = newFacts({
      area: 'imobiliario',
      competingArea: 'civil',
      clientWords: 50,
      clientMessages: 4,
      topicsAsked: ['timeline', 'urgency', 'amount', 'location', 'documents'],
      questionsAsked: TURN_LIMITS.low.min,
    });
    expect(sut.remedyQuestion(settled, 'low', 1)).toBe('outcome');
    // Even as the level's last question, and once more when the answer left it open.
    expect(sut.remedyQuestion({ ...settled, questionsAsked: TURN_LIMITS.low.max - 1 }, 'low', 1)).toBe('outcome');
    const asked = { ...settled, topicsAsked: [...settled.topicsAsked, 'outcome' as const] };
    expect(sut.remedyQuestion(asked, 'low', 1)).toBeNull();
    expect(sut.remedyQuestion(asked, 'low', 1, 'outcome')).toBe('outcome');
    expect(sut.remedyQuestion({ ...asked, competingArea: null }, 'low', 1, 'outcome')).toBeNull();
  });

  it('asks what the client wants before concluding, below the last question, once', () => {
    const settled = newFacts({
      area: 'civil',
      clientWords: 50,
      clientMessages: 5,
      topicsAsked: ['timeline', 'urgency', 'amount', 'documents', 'location'],
      questionsAsked: TURN_LIMITS.medium.min,
    });
    expect(sut.remedyQuestion(settled, 'medium', 1)).toBe('outcome');
    expect(sut.remedyQuestion({ ...settled, topicsAsked: [...settled.topicsAsked, 'outcome'] }, 'medium', 1)).toBeNull();
    expect(sut.remedyQuestion({ ...settled, outcome: 'quero o dinheiro de volta' }, 'medium', 1)).toBeNull();
    // Never as the last question: the interview would end at the limit instead of complete.
    expect(sut.remedyQuestion({ ...settled, questionsAsked: TURN_LIMITS.medium.max - 1 }, 'medium', 1)).toBeNull();
  });

  it('words questions for the area', () => {
    const facts = newFacts({ area: 'trabalhista' });
    expect(sut.ask('amount', facts)).toBe('Qual era o seu salário e quanto você acha que tem a receber?');
    expect(sut.ask('amount', newFacts())).toMatch(/^Há algum valor em jogo/);
  });

  it('measures coverage of the area topics', () => {
    expect(sut.coverage(newFacts({ area: 'civil' }), 1)).toBeLessThan(sut.coverage(newFacts({ area: 'civil', clientWords: 40, parties: ['loja'] }), 1));
  });

  it('does not ask the outcome again after the area was asked again as "what do you want to achieve?"', () => {
    // The remedy question is the outcome question: answered or not, the default outcome question does not follow it.
    const facts = newFacts({ area: 'civil', clientWords: 40, topicsAsked: ['area', 'area'], reasked: ['area'], dates: [{ raw: 'março', iso: null }] });
    const asked: Topic[] = [];
    let next = sut.next(facts, 1);
    while (next) {
      asked.push(next);
      next = sut.next({ ...facts, topicsAsked: [...facts.topicsAsked, ...asked] }, 1);
    }
    expect(asked).not.toContain('outcome');
    // Its one re-ask, when the remedy was not told, is in other words.
    expect(sut.ask('outcome', facts)).toBe(REPHRASED.outcome);
  });

  it('asks the outcome once more after an answer of any length that left it unknown', () => {
    const facts = newFacts({ area: 'civil', topicsAsked: ['outcome'] });
    expect(sut.reask(facts, 'outcome', 30, 1)).toBe('outcome');
    expect(sut.reask({ ...facts, outcome: 'quero meu dinheiro de volta' }, 'outcome', 30, 1)).toBeNull();
    expect(sut.reask({ ...facts, reasked: ['outcome'] }, 'outcome', 30, 1)).toBeNull();
    expect(sut.ask('outcome', facts)).toBe(REPHRASED.outcome);
  });
});
