import { AreaClassifier } from '../classifiers/area.classifier';
import { ComplexityClassifier } from '../classifiers/complexity.classifier';
import { MessageExtractor } from '../extractors/message.extractor';
import { MAX_LIST_ITEMS } from '../interview-engine.constants';
import { copyFacts, FactsAccumulator } from './facts.accumulator';

describe(FactsAccumulator.name, () => {
  const areas = new AreaClassifier();
  const extractor = new MessageExtractor(areas, new ComplexityClassifier());
  const sut = new FactsAccumulator(areas);

  it('adds area scores turn after turn and derives the area', () => {
    const first = sut.merge(sut.initial(), extractor.extract('o inquilino não paga'), null);
    const second = sut.merge(first, extractor.extract('o aluguel está atrasado faz 5 meses'), 'timeline');
    expect(second.area).toBe('imobiliario');
    expect(second.areaScores.imobiliario).toBeGreaterThan(first.areaScores.imobiliario ?? 0);
    expect(second.clientMessages).toBe(2);
  });

  it('lists a kind told in one message and its member named in another as one party', () => {
    const named = sut.merge(sut.initial(), extractor.extract('a Receita apontou rendimentos pagos pela Prefeitura de Sertãozinho'), null);
    const again = sut.merge(named, extractor.extract('dei aulas num projeto daquela prefeitura e esqueci de declarar'), 'timeline');
    expect(again.parties.filter((party) => /prefeitura/i.test(party))).toEqual(['Prefeitura de Sertãozinho']);
  });

  it('keeps the areas a typical term named, and fits the subarea to what was told (no execução without a court title)', () => {
    const facts = sut.merge(sut.initial(), extractor.extract('o pai parou de pagar a pensão, nunca teve processo'), null);
    expect(facts.anchoredAreas).toEqual(['familia']);
    expect(facts.subarea).toBe('pensão alimentícia (fixação ou revisão)');
  });

  it("keeps the client's own shops, told in one message, off the other side when later messages name them bare", () => {
    const owned = sut.merge(sut.initial(), extractor.extract('sou franqueado, tenho 2 lojas em shopping e o franqueador rescindiu o contrato'), null);
    const later = sut.merge(owned, extractor.extract('mandou tirar a marca das lojas em 5 dias'), 'timeline');
    expect(later.notes).toContain('own-shop');
    expect(later.parties).not.toContain('loja');
    expect(later.parties).toContain('franqueadora');
    // A shop the client bought from stays the other side.
    const bought = sut.merge(sut.initial(), extractor.extract('comprei uma geladeira e a loja não quer trocar'), null);
    expect(bought.parties).toContain('loja');
  });

  it('reads a pronoun for a child named in an earlier message as the child kept, and not without one', () => {
    const named = sut.merge(sut.initial(), extractor.extract('meu ex buscou nossa filha na escola na sexta'), null);
    const kept = sut.merge(named, extractor.extract('ficou com ela e não devolveu até hoje'), 'timeline');
    expect(kept.notes).toContain('child-taken');
    expect(kept.urgencySignals).toContain('crianca-retida');
    const car = sut.merge(sut.initial(), extractor.extract('meu cunhado pegou meu carro emprestado'), null);
    expect(sut.merge(car, extractor.extract('ficou com ele e não devolveu'), 'timeline').notes).not.toContain('child-taken');
  });

  it('keeps no keyword the client only denied, though it still names its area; a later affirmation adds it', () => {
    const denied = sut.merge(sut.initial(), extractor.extract('nunca tive carteira assinada e nunca tive contrato com eles'), null);
    expect(denied.keywords.some((k) => k.includes('carteira assinada'))).toBe(false);
    expect(denied.anchoredAreas).toContain('trabalhista');
    const affirmed = sut.merge(denied, extractor.extract('depois me registraram, com carteira assinada'), 'facts');
    expect(affirmed.keywords.some((k) => k.includes('carteira assinada'))).toBe(true);
  });

  it("counts the inventory's 2 months from the death the client dated, not from the day the client repeats the term", () => {
    const now = new Date('2026-12-01T13:00:00Z');
    const opening = 'Meu pai faleceu no dia 10 de outubro deste ano. Somos três irmãos e precisamos fazer o inventário.';
    const facts = sut.merge(sut.initial(), extractor.extract(opening, now), null, now);
    expect(facts.events).toEqual({ death: '2026-10-10' });
    expect(facts.deadlineEstimate).toMatchObject({ daysLeft: 8, dueDate: '2026-12-09' });
    expect(facts.deadlineEstimate?.basis).toMatch(/CPC art\. 611\), contado de 10\/10\/2026/);
    const repeated = sut.merge(facts, extractor.extract('o cartório disse que tem prazo de 60 dias pra abrir o inventário', now), 'urgency', now);
    expect(repeated.deadlineEstimate).toMatchObject({ daysLeft: 8, dueDate: '2026-12-09' });
    // Told in another message, the death date still starts the term; a term already past is no deadline.
    const first = sut.merge(sut.initial(), extractor.extract('quero abrir o inventário, disseram que tenho 60 dias', now), null, now);
    expect(first.deadlineEstimate?.daysLeft).toBe(60);
    const past = sut.merge(first, extractor.extract('minha mãe faleceu em 15/08/2026', now), 'timeline', now);
    expect(past.deadlineEstimate).toBeNull();
    // Without a message time there is nothing to count from: the facts hold no event.
    expect(sut.merge(sut.initial(), extractor.extract(opening), null).events).toBeUndefined();
  });

  it("counts the survivor's pension's 90 days from the death the client dated, in a social-security case only (Lei 8.213 art. 74 I)", () => {
    const now = new Date('2026-12-01T13:00:00Z');
    const opening = sut.merge(sut.initial(), extractor.extract('quero pedir a pensão por morte no INSS', now), null, now);
    const dated = sut.merge(opening, extractor.extract('meu marido faleceu há 15 dias, ele era aposentado', now), 'timeline', now);
    expect(dated.deadlineEstimate).toMatchObject({ daysLeft: 75, dueDate: '2027-02-14' });
    expect(dated.deadlineEstimate?.basis).toMatch(/Lei 8\.213 art\. 74 I\), contado de 16\/11\/2026/);
    // Past the 90 days the pension is still owed, from the request: no deadline runs.
    expect(sut.merge(opening, extractor.extract('meu marido faleceu há 5 meses', now), 'timeline', now).deadlineEstimate).toBeNull();
  });

  it("counts a labour claim's 2 years from the contract's end the client dated by the time gone by (CF art. 7º XXIX)", () => {
    const now = new Date('2026-12-01T13:00:00Z');
    const opening = 'Trabalhei 4 anos de carteira assinada numa padaria e nunca recebi o adicional noturno.';
    const facts = sut.merge(sut.initial(), extractor.extract(opening, now), null, now);
    const dated = sut.merge(facts, extractor.extract('Me dispensaram faz um ano e onze meses e meio, ainda nao entrei com nada', now), 'timeline', now);
    // The half month after the months is 15 days more.
    expect(dated.events).toEqual({ 'contract-end': '2024-12-17' });
    expect(dated.deadlineEstimate).toMatchObject({ daysLeft: 16, dueDate: '2026-12-17' });
    expect(dated.deadlineEstimate?.basis).toMatch(/CF art\. 7º XXIX\), contado de 17\/12\/2024/);
    // Past its 2 years, the claim is time-barred: no deadline runs.
    const barred = sut.merge(facts, extractor.extract('fui mandado embora faz 3 anos', now), 'timeline', now);
    expect(barred.deadlineEstimate).toBeNull();
    // A dismissal told in a case of another area (the crime, not the job, is the case) starts no labour term.
    const crime = sut.merge(sut.initial(), extractor.extract('Um colega do trabalho me ameaçou de morte e eu fiz boletim de ocorrência na delegacia.', now), null, now);
    const told = sut.merge(crime, extractor.extract('Depois disso fui demitida faz um ano e onze meses.', now), 'timeline', now);
    expect(told.area).toBe('criminal');
    expect(told.deadlineEstimate).toBeNull();
  });

  it("counts a victim's 6 months to complain from when the author became known (CP art. 103), not in cases prosecuted without a complaint", () => {
    const now = new Date('2026-12-01T13:00:00Z');
    const scam = sut.merge(sut.initial(), extractor.extract('Caí num golpe: paguei R$ 6.500 de sinal por um apartamento que nem existia.', now), null, now);
    const known = sut.merge(scam, extractor.extract('Já faz uns cinco meses que eu descobri quem era, um rapaz daqui da cidade.', now), 'parties', now);
    expect(known.events).toEqual({ 'author-known': '2026-07-01' });
    expect(known.deadlineEstimate).toMatchObject({ daysLeft: 30, dueDate: '2026-12-31' });
    expect(known.deadlineEstimate?.basis).toMatch(/CP art\. 103\), contado de 01\/07\/2026/);
    expect(known.termHours).toBe(168);
    // A threat told to the victim's face dates the author's knowledge itself.
    const threat = sut.merge(sut.initial(), extractor.extract('Um vizinho me ameaçou de morte no dia 20 de junho deste ano, na frente de testemunhas.', now), null, now);
    const asked = sut.merge(threat, extractor.extract('quero que ele responda criminalmente', now), 'outcome', now);
    expect(asked.deadlineEstimate).toMatchObject({ daysLeft: 19, dueDate: '2026-12-20' });
    // An honour offence told in everyday words by its author's act, dated by a later message.
    const spread = sut.merge(sut.initial(), extractor.extract('uma vizinha ta espalhando no grupo da rua que eu roubo energia, quero processar ela por calúnia', now), null, now);
    expect(spread.undatedEvents).toEqual(['author-known']);
    const spreadDated = sut.merge(spread, extractor.extract('isso foi faz 5 meses e 25 dias', now), 'timeline', now);
    expect(spreadDated.events).toEqual({ 'author-known': '2026-06-06' });
    expect(spreadDated.termHours).toBe(72);
    // A threat in domestic violence against a woman is prosecuted without a complaint (CP art. 147 §1): no term runs.
    const domestic = sut.merge(sut.initial(), extractor.extract('Meu ex marido me ameaçou faz 5 meses, já tenho medida protetiva pela Maria da Penha.', now), null, now);
    const later = sut.merge(domestic, extractor.extract('quero que ele seja preso', now), 'outcome', now);
    expect(later.area).toBe('criminal');
    expect(later.events).toEqual({ 'author-known': '2026-07-01' });
    expect(later.deadlineEstimate).toBeNull();
  });

  it('lets the pension\'s 90 days go once the pension was asked or granted (Lei 8.213 art. 74 I)', () => {
    const now = new Date('2026-12-01T13:00:00Z');
    const death = sut.merge(sut.initial(), extractor.extract('meu marido faleceu faz 2 meses e 3 semanas, ele era aposentado do inss e quero a pensão', now), null, now);
    expect(death.termHours).toBe(72);
    expect(death.deadlineEstimate?.basis).toMatch(/Lei 8\.213 art\. 74 I/);
    const asked = sut.merge(death, extractor.extract('ja dei entrada na pensao por morte pelo meu inss, ta em analise', now), 'facts', now);
    expect(asked.termHours).toBeNull();
    expect(asked.deadlineEstimate).toBeNull();
    // Not asked yet: the term runs.
    const notYet = sut.merge(death, extractor.extract('ainda nao dei entrada em nada no inss', now), 'facts', now);
    expect(notYet.termHours).toBe(72);
  });

  it("counts a notice's legal term from the day a later message gives it (CPC arts. 231 and 1.003 §5º), not from the message", () => {
    const now = new Date('2026-12-01T13:00:00Z');
    const sentence = sut.merge(sut.initial(), extractor.extract('saiu a sentença do meu processo e o juiz mandou eu pagar tudo', now), null, now);
    expect(sentence.undatedEvents).toEqual(['recurso da sentença: 15 dias úteis']);
    expect(sentence.deadlineEstimate).toMatchObject({ daysLeft: 21 });
    const dated = sut.merge(sentence, extractor.extract('isso foi faz 19 dias, meu advogado sumiu', now), 'timeline', now);
    expect(dated.deadlineEstimate).toMatchObject({ daysLeft: 2, dueDate: '2026-12-03' });
    expect(dated.termHours).toBe(24);
    // Dated months back, the appeal's term is gone: no estimate counted from the message is left.
    const old = sut.merge(sentence, extractor.extract('isso foi faz 4 meses', now), 'timeline', now);
    expect(old.deadlineEstimate).toBeNull();
    // A time of a fact of its own ("faz 20 anos que moro") dates no notice.
    const own = sut.merge(sentence, extractor.extract('faz 20 anos que moro nesse terreno', now), 'facts', now);
    expect(own.deadlineEstimate).toMatchObject({ daysLeft: 21 });
  });

  it('dates an event told in one message by a later one pointing back to it ("isso foi faz..."), and none when two were told', () => {
    const now = new Date('2026-12-01T13:00:00Z');
    const fired = sut.merge(sut.initial(), extractor.extract('fui mandado embora da transportadora sem receber nada, nem fgts nem a multa', now), null, now);
    expect(fired.undatedEvents).toEqual(['contract-end']);
    const aside = sut.merge(fired, extractor.extract('trabalhei 6 anos de motorista em Goiânia, carteira assinada', now), 'facts', now);
    const dated = sut.merge(aside, extractor.extract('isso faz 1 ano e 11 meses e umas 3 semanas', now), 'timeline', now);
    expect(dated.events).toEqual({ 'contract-end': '2024-12-11' });
    expect(dated.undatedEvents).toEqual([]);
    expect(dated.deadlineEstimate).toMatchObject({ daysLeft: 10 });
    expect(dated.termHours).toBe(72);
    // A time that points back to nothing told ("trabalho lá faz 1 ano e 11 meses") dates no event.
    const working = sut.merge(sut.initial(), extractor.extract('trabalho na mesma loja faz 1 ano e 11 meses e nunca me pagaram hora extra', now), null, now);
    expect(working.events).toBeUndefined();
    // Two events told undated: which one the time dates is unknown.
    const two = sut.merge(sut.initial(), extractor.extract('meu pai faleceu e logo depois fui demitido, quero ver o inventário e meus direitos', now), null, now);
    expect(sut.merge(two, extractor.extract('isso foi faz 3 semanas', now), 'timeline', now).events).toBeUndefined();
  });

  it('counts a term from an event told back from a message without its time (a transcript replayed), with no calendar day', () => {
    const opening = sut.merge(sut.initial(), extractor.extract('Um vizinho me ameaçou de morte na frente de testemunhas, quero que ele responda criminalmente.'), null);
    expect(opening.area).toBe('criminal');
    const dated = sut.merge(opening, extractor.extract('faz 5 meses e 3 semanas ja, fiquei com medo'), 'timeline');
    expect(dated.deadlineEstimate).toMatchObject({ dueDate: null });
    expect(dated.deadlineEstimate?.daysLeft).toBeGreaterThanOrEqual(8);
    expect(dated.deadlineEstimate?.daysLeft).toBeLessThanOrEqual(10);
    expect(dated.deadlineEstimate?.basis).not.toMatch(/contado de/);
    expect(dated.termHours).toBe(72);
  });

  it('counts a term once the message that settles the area is read, with the area it settles', () => {
    const insult = sut.merge(sut.initial(), extractor.extract('um cara me xingou de vagabunda e ladra na frente de todo mundo na feira'), null);
    const dated = sut.merge(insult, extractor.extract('faz 5 meses e 4 semanas ja'), 'timeline');
    expect(dated.area).not.toBe('criminal');
    expect(dated.termHours ?? null).toBeNull();
    const settled = sut.merge(dated, extractor.extract('quero dar queixa na policia, que ele responda criminalmente por injuria'), 'outcome');
    expect(settled.area).toBe('criminal');
    expect(settled.termHours).toBe(24);
  });

  it('lets a later message end a deadline it says no longer runs: a hearing moved, the home left, the sum paid', () => {
    const hearing = sut.merge(sut.initial(), extractor.extract('entrei com processo contra a empresa e a audiência era amanhã'), null);
    expect(hearing.deadlineHours).toBe(24);
    const moved = sut.merge(hearing, extractor.extract('mas a advogada disse que a audiência foi adiada pra março'), 'urgency');
    expect(moved.deadlineHours).toBeNull();
    expect(moved.deadlineEstimate).toBeNull();
    // Moved nearer: the new day, told in the same message, counts.
    const nearer = sut.merge(hearing, extractor.extract('o juiz remarcou pra depois de amanhã'), 'urgency');
    expect(nearer.deadlineHours).toBe(24);
    const leave = sut.merge(sut.initial(), extractor.extract('o dono da casa me deu dez dias pra sair'), null);
    expect(leave.deadlineHours).toBe(72);
    const left = sut.merge(leave, extractor.extract('já saí de lá faz três semanas, entreguei as chaves'), 'facts');
    expect(left.deadlineHours).toBeNull();
    // Nor does the summary list it among the deadlines.
    expect(left.deadlines).toEqual([]);
    // Another leaving ("saí do emprego") ends nothing; nor does a payment told against a court's term to pay or defend.
    expect(sut.merge(leave, extractor.extract('atrasei porque saí do emprego mês passado'), 'facts').deadlineHours).toBe(72);
    const court = sut.merge(sut.initial(), extractor.extract('o oficial de justiça disse que tenho 10 dias pra pagar'), null);
    expect(sut.merge(court, extractor.extract('mas essa dívida eu já paguei'), 'facts').deadlineHours).toBe(72);
  });

  it('keeps the deadline of facts stored before deadlineTerms, which no later message ends', () => {
    const stored = { ...sut.initial(), deadlineHours: 72 };
    const merged = sut.merge(stored, extractor.extract('já saí de lá faz três semanas'), 'facts');
    expect(merged.deadlineHours).toBe(72);
  });

  it('keeps at most MAX_LIST_ITEMS deadlines, the nearest, however many messages tell one', () => {
    const far = Array.from({ length: MAX_LIST_ITEMS + 3 }, (_, i) => ({ raw: `${30 + i} dias`, hours: 720, kinds: [] }));
    const stored = { ...sut.initial(), deadlineTerms: far, deadlineHours: 720 };
    const merged = sut.merge(stored, extractor.extract('a audiência é amanhã'), 'urgency');
    expect(merged.deadlineTerms).toHaveLength(MAX_LIST_ITEMS);
    expect(merged.deadlineHours).toBe(24);
  });

  it('does not mutate the facts it is given', () => {
    const initial = sut.initial();
    const copy = structuredClone(initial);
    sut.merge(initial, extractor.extract('fui demitido em Contagem/MG'), null);
    expect(initial).toEqual(copy);
  });

  it('takes the whole answer as the outcome when answering the outcome question', () => {
    const facts = sut.merge(sut.initial(), extractor.extract('receber o que é meu'), 'outcome');
    expect(facts.outcome).toBe('receber o que é meu');
  });

  it('takes no outcome from a non-answer or from an answer to another question (a date, a place)', () => {
    expect(sut.merge(sut.initial(), extractor.extract('não sei'), 'outcome').outcome).toBeNull();
    expect(sut.merge(sut.initial(), extractor.extract('os posts começaram em abril de 2024'), 'outcome').outcome).toBeNull();
  });

  it('keeps a sentence of a few words as the wish only when it opens like one, first time or after the re-ask', () => {
    const asked = { ...sut.initial(), topicsAsked: ['outcome' as const] };
    const reasked = { ...asked, reasked: ['outcome' as const] };
    for (const facts of [asked, reasked]) {
      expect(sut.merge(facts, extractor.extract('a gente não era casado no papel'), 'outcome').outcome).toBeNull();
      expect(sut.merge(facts, extractor.extract('ele trabalhava de pedreiro sem registro'), 'outcome').outcome).toBeNull();
    }
    expect(sut.merge(asked, extractor.extract('receber tudo o que a empresa me deve'), 'outcome').outcome).toBe('receber tudo o que a empresa me deve');
    expect(sut.merge(asked, extractor.extract('que ele pague tudo o que me deve'), 'outcome').outcome).toBe('que ele pague tudo o que me deve');
    expect(sut.merge(asked, extractor.extract('a guarda dos meus filhos e a pensão'), 'outcome').outcome).toBe('a guarda dos meus filhos e a pensão');
    expect(sut.merge(asked, extractor.extract('o carro está parado'), 'outcome').outcome).toBe('o carro está parado');
  });

  it('lets a stated wish replace an outcome taken from a plain answer', () => {
    const plain = sut.merge(sut.initial(), extractor.extract('o carro está parado'), 'outcome');
    const stated = sut.merge(plain, extractor.extract('Quero o dinheiro de volta'), 'documents');
    expect(stated.outcome).toBe('Quero o dinheiro de volta');
  });

  it('lets a wish restated in a later message ("na verdade o que eu quero é...") replace the one stated before', () => {
    const first = sut.merge(sut.initial(), extractor.extract('quero que a polícia pegue o bandido'), null);
    const told = sut.merge(first, extractor.extract('Quero saber quanto tempo demora'), 'documents');
    expect(told.outcome).toBe('quero que a polícia pegue o bandido');
    const restated = sut.merge(first, extractor.extract('na verdade o que eu quero mesmo é meu dinheiro de volta'), 'documents');
    expect(restated.outcome).toBe('o que eu quero mesmo é meu dinheiro de volta');
  });

    it('keeps lists small and free of duplicates', () => {
    let facts = sut.initial();
    for (let day = 1; day <= 20; day++) facts = sut.merge(facts, extractor.extract(`em ${day}/03/2024 e em ${day}/03/2024`), null);
    expect(facts.dates).toHaveLength(MAX_LIST_ITEMS);
    expect(new Set(facts.dates.map((d) => d.raw)).size).toBe(MAX_LIST_ITEMS);
  });

  it('copies facts whole, field by field in the order of the initial facts', () => {
    const facts = sut.merge(sut.initial(), extractor.extract('fui demitido e a empresa não pagou a rescisão de R$ 5.000'), null);
    const copy = copyFacts(facts);
    expect(copy).not.toBe(facts);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(facts));
    expect(Object.keys(copyFacts(sut.initial()))).toEqual(Object.keys(sut.initial()));
  });

  it('takes a bare place name as the answer to the where-question, and only then', () => {
    expect(sut.merge(sut.initial(), extractor.extract('Recife'), 'location').locations).toEqual(['Recife/PE']);
    expect(sut.merge(sut.initial(), extractor.extract('Garanhuns'), 'location').locations).toEqual(['Garanhuns']);
    expect(sut.merge(sut.initial(), extractor.extract('Natal'), 'timeline').locations).toEqual([]);
  });

  it('drops an urgency signal a later message says is over', () => {
    const arrested = sut.merge(sut.initial(), extractor.extract('meu filho foi preso semana passada'), null);
    expect(arrested.urgencySignals).toContain('prisao');
    const released = sut.merge(arrested, extractor.extract('hoje ele está solto e trabalhando'), 'timeline');
    expect(released.urgencySignals).not.toContain('prisao');
    // Told as over, it is a past episode, as one of a past year (`UrgencyExtraction.past`): the kind of case urgent by it weighs no more.
    expect(arrested.pastSignals).toBeUndefined();
    expect(released.pastSignals).toEqual(['prisao', 'regressao-cautelar']);
    const serving = sut.merge(sut.initial(), extractor.extract('meu filho tá preso'), null);
    expect(sut.merge(serving, extractor.extract('ele tá cumprindo pena faz 2 anos'), 'timeline')).toMatchObject({ urgencySignals: [], pastSignals: ['prisao'] });
  });

  it('weighs a salary blocked told across a sentence as the block it is (CPC art. 833 IV), not a benefit merely suspended', () => {
    const blocked = sut.merge(sut.initial(), extractor.extract('O bloqueio foi anteontem, pegou 4.300 da conta onde cai meu salário.'), null);
    expect(blocked.notes).toContain('blocked-income');
    expect(blocked.urgencySignals).toContain('bloqueio');
    expect(sut.merge(sut.initial(), extractor.extract('suspenderam meu benefício sem aviso'), null).urgencySignals).not.toContain('bloqueio');
  });

  it('reads an increase of a support already set as its revision, not as its enforcement', () => {
    const facts = sut.merge(sut.initial(), extractor.extract('a mãe do meu filho entrou pedindo aumento da pensão, o acordo foi homologado pelo juiz'), null);
    expect(facts.subarea).toBe('pensão alimentícia (fixação ou revisão)');
  });

  it('keeps no wish from a long answer to the outcome question that states none, first time or after the re-ask', () => {
    const story = 'então, ele falou que não vai pagar nada porque eu assinei sem ler direito e que agora não tem mais jeito de resolver';
    const asked = { ...sut.initial(), topicsAsked: ['outcome' as const] };
    expect(sut.merge(asked, extractor.extract(story), 'outcome').outcome).toBeNull();
    expect(sut.merge(asked, extractor.extract('receber meu dinheiro de volta'), 'outcome').outcome).toBe('receber meu dinheiro de volta');
    // A remedy told answers it, with or without a wish word.
    expect(sut.merge(asked, extractor.extract(`${story}, e pedir indenização por danos morais`), 'outcome').outcome).not.toBeNull();
    const reasked = { ...asked, reasked: ['outcome' as const] };
    expect(sut.merge(reasked, extractor.extract(story), 'outcome').outcome).toBeNull();
    // A paper read out names a remedy only to deny it: no wish either.
    const paper = 'Lendo o papel com calma agora: em cima tá escrito Ministério Público contra mim, denúncia, artigo 129 do Código Penal. Não fala nada de indenização.';
    expect(sut.merge(asked, extractor.extract(paper), 'outcome').outcome).toBeNull();
    expect(sut.merge(reasked, extractor.extract(`${story}. Receber o que ele me deve`), 'outcome').outcome).not.toBeNull();
  });

  it('adds up the marks of work like slavery told one message at a time (CP art. 149)', () => {
    const came = sut.merge(sut.initial(), extractor.extract('vim do Piauí trabalhar numa fazenda de café'), null);
    const papers = sut.merge(came, extractor.extract('o encarregado guardou os documentos de todos'), 'facts');
    expect(papers.notes).not.toContain('forced-labour');
    const watched = sut.merge(papers, extractor.extract('de noite fica um homem armado na porteira'), 'facts');
    expect(watched.notes).toContain('forced-labour');
  });

  it('reads the income tax withheld told after a listed illness as the exemption asked (Lei 7.713/88 art. 6º XIV)', () => {
    const ill = sut.merge(sut.initial(), extractor.extract('meu marido está fazendo quimioterapia desde março'), null);
    expect(sut.merge(ill, extractor.extract('ele é aposentado e descontam o imposto de renda todo mês'), 'facts').notes).toContain('tax-contested');
    const well = sut.merge(sut.initial(), extractor.extract('meu marido se aposentou em março'), null);
    expect(sut.merge(well, extractor.extract('descontam o imposto de renda todo mês'), 'facts').notes).not.toContain('tax-contested');
  });

  it('reads a death threat to a relative and, in a later message, its author wished to answer as the criminal complaint (CP art. 147; CPP art. 39)', () => {
    const threat = sut.merge(sut.initial(), extractor.extract('o inquilino da minha casa disse que vai matar meu pai se ele cobrar o aluguel'), null);
    const reported = sut.merge(threat, extractor.extract('quero denunciar ele na delegacia'), 'outcome');
    expect(reported.notes).toContain('criminal-complaint');
    expect(reported.area).toBe('criminal');
    // The same quarrel with the rent asked, not the author's prosecution, stays the lease's.
    expect(sut.merge(threat, extractor.extract('quero receber os aluguéis atrasados'), 'outcome').notes).not.toContain('criminal-complaint');
    // A threat not to life ("ameaçou me processar") wished reported is not this threat.
    const sued = sut.merge(sut.initial(), extractor.extract('o vizinho ameaçou me processar por causa da árvore'), null);
    expect(sut.merge(sued, extractor.extract('quero denunciar ele'), 'outcome').notes).not.toContain('criminal-complaint');
  });

  it('reads an adult without discernment and a relative acting for them told in different messages as the curatela (CC arts. 1.767 I, 1.781)', () => {
    const told = sut.merge(sut.initial(), extractor.extract('minha filha é autista nível 3, completou 18 anos mês passado'), null);
    expect(told.notes).not.toContain('guardianship');
    const bank = sut.merge(told, extractor.extract('ela recebe BPC e o banco falou que agora precisa de um documento do juiz pra eu continuar mexendo na conta dela'), 'timeline');
    expect(bank.notes).toContain('guardianship');
    expect(bank.area).toBe('familia');
    // The BPC denied by the INSS is the benefit's case.
    const denied = sut.merge(sut.initial(), extractor.extract('meu filho é autista nível 3'), null);
    expect(sut.merge(denied, extractor.extract('o INSS negou o BPC dele'), 'timeline').notes).not.toContain('guardianship');
  });

  it('reads the family\'s INSS benefit asked after a relative held by the State was told as the auxílio-reclusão (Lei 8.213 art. 80)', () => {
    const held = sut.merge(sut.initial(), extractor.extract('meu marido cumpre pena há 2 anos e fiquei sozinha com os meninos'), null);
    expect(held.notes).not.toContain('dependant-benefit');
    const asked = sut.merge(held, extractor.extract('a gente tem direito a algum benefício do INSS?'), 'outcome');
    expect(asked.notes).toContain('dependant-benefit');
    // With no one held told before, the same question is no auxílio-reclusão.
    expect(sut.merge(sut.initial(), extractor.extract('a gente tem direito a algum benefício do INSS?'), null).notes).not.toContain('dependant-benefit');
  });
});
