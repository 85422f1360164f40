import { PhraseAutomaton, PhraseMatcher, wordsOf } from './phrase-matcher';
import { compileWords } from './word-pattern';
import { joinTexts, tokenize } from './text-normalizer';

describe(PhraseMatcher.name, () => {
  const sut = new PhraseMatcher<string>([
    ['pensão', 'familia'],
    ['pensão por morte', 'previdenciario'],
    ['demit*', 'trabalhista'],
    ['verbas rescisórias', 'trabalhista'],
    ['preso', 'criminal'],
  ]);

  it('prefers the longer phrase over the shorter one it contains', () => {
    const matches = sut.matchText('quero a pensao por morte do meu marido');
    expect(matches.map((m) => m.values)).toEqual([['previdenciario']]);
  });

  it('matches any ending after a word with *', () => {
    expect(sut.matchText('me demitiram ontem')).toHaveLength(1);
    expect(sut.matchText('fui demitida')[0].phrase).toBe('demit*');
  });

  it('tolerates one typo in long words but not a different inflection', () => {
    expect(sut.matchText('nao pagaram as verbas recisorias')).toHaveLength(1);
    expect(new PhraseMatcher([['operadora', 1]]).matchText('sou operador de maquina')).toHaveLength(0);
  });

  it('does not take a common word one letter off a lexicon term for a typo of it', () => {
    const matcher = new PhraseMatcher([['despejo', 'imobiliario'], ['passando mal', 'consumidor'], ['direito', 'administrativo']]);
    expect(matcher.matchText('desejo me divorciar, no mes passado mal falei com ele, direto')).toEqual([]);
    expect(matcher.matchText('recebi a ordem de despejo')).toHaveLength(1);
  });

  it('matches the other gender of a long word, not of a short one', () => {
    const matcher = new PhraseMatcher([['demitido', 'd'], ['caso', 'c']]);
    expect(matcher.matchText('fui demitida, e as colegas demitidas')).toHaveLength(2);
    expect(matcher.matchText('a casa dela')).toHaveLength(0);
  });

  it('reads no gender in "-nda"/"-ndo": a gerund is not the noun ("fazendo" is not "fazenda")', () => {
    const matcher = new PhraseMatcher([['fazenda', 'f'], ['formandos', 'a']]);
    expect(matcher.matchText('o que ele está fazendo comigo')).toHaveLength(0);
    expect(matcher.matchText('a fazenda e as fazendas')).toHaveLength(2);
    expect(matcher.matchText('as formandas da turma')).toHaveLength(1);
  });

  it('carries a notice denied over the papers listed after it, and not over another fact', () => {
    const papers = new PhraseMatcher<string>([['intimação', 'processo'], ['auto de infração', 'autuacao'], ['bloquearam', 'constricao']]);
    const denied = papers.matchText('Não recebi intimação, auto de infração, nem nada da Justiça.');
    expect(denied.map((m) => [m.phrase, m.negated])).toEqual([['intimacao', true], ['auto de infracao', true]]);
    expect(papers.matchText('nunca recebi intimação, bloquearam minha conta')[1].negated).toBe(false);
    expect(papers.matchText('recebi intimação e auto de infração')[1].negated).toBe(false);
  });

  it('flags phrases right after a negation', () => {
    expect(sut.matchText('ele nunca foi preso')[0].negated).toBe(true);
    expect(sut.matchText('ele foi preso hoje')[0].negated).toBe(false);
  });

  it('stops a negation at a clause mark: a comma, a semicolon, a full stop or a message break', () => {
    expect(sut.matchText('não, demitiram ele ontem')[0].negated).toBe(false);
    expect(sut.matchText('não sei; foi preso ontem')[0].negated).toBe(false);
    expect(sut.matchText('ele nunca. Preso foi o irmão')[0].negated).toBe(false);
    expect(sut.matchText('não tenho, foi preso')[0].negated).toBe(false);
    expect(sut.matchText('não foi preso')[0].negated).toBe(true);
    expect(sut.match(tokenize(joinTexts(['nunca', 'foi preso'])))[0].negated).toBe(false);
  });

  it('keeps a phrase that opens with its own negation after another negation (negative concord)', () => {
    const matcher = new PhraseMatcher([['nunca assinaram minha carteira', 'trabalhista'], ['sem registro', 'trabalhista']]);
    expect(matcher.matchText('não, nunca assinaram minha carteira')[0].negated).toBe(false);
    expect(matcher.matchText('trabalhei não sei quantos anos sem registro')[0].negated).toBe(false);
    expect(sut.matchText('não, nunca foi preso')[0].negated).toBe(true);
  });

  it('reaches a negation over a verb of having or being and its articles, and over the subject after "nem"', () => {
    const matcher = new PhraseMatcher([['grávida', 'v'], ['contrato', 'd'], ['intimação', 'i']]);
    expect(matcher.matchText('nem ela tá grávida nem nada')[0].negated).toBe(true);
    expect(matcher.matchText('não tenho o contrato aqui')[0].negated).toBe(true);
    expect(matcher.matchText('nunca tive um contrato com eles')[0].negated).toBe(true);
    expect(matcher.matchText('não tenho mais o contrato')[0].negated).toBe(true);
    expect(matcher.matchText('ainda não tem nenhuma intimação')[0].negated).toBe(true);
    // Not having received a payment is the claim: "nunca recebi o adicional" keeps it.
    expect(new PhraseMatcher([['adicional', 'a']]).matchText('nunca recebi o adicional de insalubridade')[0].negated).toBe(false);
    // Another word between, or a pronoun after "não" (an answer, its punctuation lost): no negation reaches.
    expect(matcher.matchText('não sei se ela tá grávida')[0].negated).toBe(false);
    expect(matcher.matchText('perguntaram e eu disse que não. Ela tá grávida')[0].negated).toBe(false);
    expect(matcher.matchText('não tenho dinheiro mas tenho o contrato')[0].negated).toBe(false);
    expect(matcher.matchText('ela não pagou o contrato')[0].negated).toBe(false);
    // Another's words reported are not the client's denial.
    expect(new PhraseMatcher([['dependente', 'p']]).matchText('o INSS negou dizendo que eu não era mais dependente')[0].negated).toBe(false);
  });

  it('reaches a negation over a verb of receiving only to a notice served ("não recebi nenhuma intimação"), not to a payment', () => {
    const matcher = new PhraseMatcher([['intimação', 'i'], ['notificação', 'n'], ['adicional', 'a']]);
    expect(matcher.matchText('Ainda não recebi nenhuma intimação da Receita')[0].negated).toBe(true);
    expect(matcher.matchText('não chegou nenhuma notificação até agora')[0].negated).toBe(true);
    expect(matcher.matchText('recebi a intimação ontem')[0].negated).toBe(false);
    expect(matcher.matchText('nunca recebi nenhum adicional')[0].negated).toBe(false);
  });

  it('reaches no negation two words back over a verb of receiving: "não recebi salário" claims the pay, as with an article', () => {
    const matcher = new PhraseMatcher([['adicional noturno', 'a'], ['pensão', 'p'], ['citação', 'c']]);
    expect(matcher.matchText('a firma nunca pagou e eu não recebi adicional noturno')[0].negated).toBe(false);
    expect(matcher.matchText('faz meses que ela não recebe pensão')[0].negated).toBe(false);
    expect(matcher.matchText('nunca recebeu pensão do pai')[0].negated).toBe(false);
    // A notice not received is still denied (no term runs before it is served).
    expect(matcher.matchText('eu não recebi citação nenhuma')[0].negated).toBe(true);
  });

  it('flags a mere possibility ("pode ser preso") like a negation', () => {
    expect(sut.matchText('ouvi que ele pode ser preso se não pagar')[0].negated).toBe(true);
    expect(sut.matchText('ele vai ser preso amanhã')[0].negated).toBe(false);
  });

  it('reports matches in text order with token positions', () => {
    const matches = sut.matchText('fui demitido e ele foi preso');
    expect(matches.map((m) => [m.phrase, m.start, m.end])).toEqual([
      ['demit*', 1, 2],
      ['preso', 5, 6],
    ]);
  });

  it('matches the plural of a listed singular, also of -ão words', () => {
    const matcher = new PhraseMatcher([['rescisão', 'r'], ['duplicata', 'd']]);
    expect(matcher.matchText('as rescisoes e as duplicatas').map((m) => m.values[0])).toEqual(['r', 'd']);
    expect(matcher.matchText('rescisaozinha duplicatass')).toHaveLength(0);
  });

  it('gives a phrase listed beside another over the same words the values of both', () => {
    const matcher = new PhraseMatcher([['financeira', 'any'], ['financeiras', 'plural'], ['indeniza*', 'stem'], ['indenizacao', 'word']]);
    expect(matcher.matchText('devo a tres financeiras').map((m) => m.values)).toEqual([['any', 'plural']]);
    expect(matcher.matchText('a financeira ligou').map((m) => m.values)).toEqual([['any']]);
    expect(matcher.matchText('quero indenizacao, vou indenizar').map((m) => m.values)).toEqual([['stem', 'word'], ['stem']]);
  });

  it('gives the same matches when a token is seen again', () => {
    const first = sut.matchText('nao pagaram as verbas recisorias nem a pensao por morte');
    expect(sut.matchText('nao pagaram as verbas recisorias nem a pensao por morte')).toEqual(first);
    expect(first.map((m) => m.phrase)).toEqual(['verbas rescisorias', 'pensao por morte']);
  });

  it('goes on past phrase ends that a later lexicon of its automaton extends, each with its own words', () => {
    // The trie's leaves share one empty children map: each longer phrase must give its leaf children of its own, not every leaf.
    const automaton = new PhraseAutomaton();
    const short = new PhraseMatcher([['carteira', 'short'], ['multa', 'short']], automaton);
    const long = new PhraseMatcher([['carteira de trabalho', 'long'], ['multa de transito', 'long']], automaton);
    expect(long.matchText('assinaram a carteira de trabalho e deram multa de transito').map((m) => m.phrase)).toEqual(['carteira de trabalho', 'multa de transito']);
    expect(long.matchText('a carteira de transito e a multa de trabalho')).toEqual([]);
    expect(short.matchText('a carteira de trabalho e a multa').map((m) => m.phrase)).toEqual(['carteira', 'multa']);
  });

  it('finds the phrases that end at one word in every lexicon of the automaton, and their children in any word order', () => {
    // A node keeps only the phrases that end at it, in lexicon order, and its children sorted by word id, whatever order they came in.
    const automaton = new PhraseAutomaton();
    const lexicons = [0, 1, 2, 3].map((i) => new PhraseMatcher<number>([['multa', i], [`multa ${['zebra', 'abacaxi', 'mesa', 'casa'][i]}`, i]], automaton));
    expect(lexicons.map((lexicon) => lexicon.matchText('a multa').map((m) => m.values))).toEqual([[[0]], [[1]], [[2]], [[3]]]);
    expect(lexicons.map((lexicon) => lexicon.matchText('multa casa, multa zebra').map((m) => m.phrase))).toEqual([
      ['multa', 'multa zebra'],
      ['multa', 'multa'],
      ['multa', 'multa'],
      ['multa casa', 'multa'],
    ]);
  });

  it('reads a phrase\'s words back from its key, and shares one values array among phrases listed for the same value', () => {
    const matcher = new PhraseMatcher([['demit* sem justa causa', 'd'], ['mandaram embora', 'd'], ['rescisão', 'r']]);
    expect(matcher.phrases.map(({ phrase }) => wordsOf(phrase))).toEqual(['demit* sem justa causa', 'mandaram embora', 'rescisão'].map(compileWords));
    expect(matcher.phrases[0].values).toBe(matcher.phrases[1].values);
    expect(matcher.phrases[2].values).toEqual(['r']);
  });

  it('reads a joined text from its messages, unless a phrase begun at a message end is completed after the break', () => {
    const whole = (messages: string[]) => sut.match([...tokenize(joinTexts(messages))]);
    const over = ['fui demitido e nao pagaram as verbas', 'rescisorias ate hoje'];
    expect(sut.match(tokenize(joinTexts(over))).map((m) => m.phrase)).toEqual(['demit*', 'verbas rescisorias']);
    expect(sut.match(tokenize(joinTexts(over)))).toEqual(whole(over));
    const begun = ['quero a pensao', 'e o meu pai foi preso', 'pensao'];
    expect(sut.match(tokenize(joinTexts(begun))).map((m) => m.phrase)).toEqual(['pensao', 'preso', 'pensao']);
    expect(sut.match(tokenize(joinTexts(begun)))).toEqual(whole(begun));
  });
});
