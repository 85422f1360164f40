import { NUMBER_WORDS } from '../lexicons/numbers.lexicon';
import { clauseBreakBetween, foldText, joinTexts, mappedSpan, normalizeMapped, normalizeText, numberPhraseValue, originalSpan, parseCount, TEXT_BREAK, tokenize, withDigits } from './text-normalizer';

describe('normalizeText', () => {
  it('lower-cases, strips accents and fixes chat shorthand', () => {
    expect(normalizeText('Vc NÃO recebeu a Rescisão pq o patrão tá enrolando, q absurdo')).toBe(
      'voce nao recebeu a rescisao porque o patrao esta enrolando, que absurdo',
    );
  });

  it('fixes frequent misspellings', () => {
    expect(normalizeText('fui dimitido e nao pagaram a recisao')).toBe('fui demitido e nao pagaram a rescisao');
  });

  it('reads country speech as the lexicons spell it, whole words only', () => {
    expect(normalizeText('Nunca assinaro minha carteira, nem da muié, nóis trabaia na roça e ele chama a puliça')).toBe(
      'nunca assinaram minha carteira, nem da mulher, nos trabalha na roca e ele chama a policia',
    );
    expect(normalizeText('um fio desencapado num bar')).toBe('um fio desencapado num bar');
  });

  it('reads a past said "-o" after "ele"/"ela" as the past, and leaves the first person\'s present', () => {
    expect(normalizeText('ele pego elas e levo pra goias, ela me mando embora, ele nao pago')).toBe(
      'ele pegou elas e levo para goias, ela me mandou embora, ele nao pagou',
    );
    expect(normalizeText('eu levo o menino e pago a escola')).toBe('eu levo o menino e pago a escola');
  });

  it('splits what voice typing writes as one word, and reads regional names of a parent and of money', () => {
    expect(normalizeText('concerteza mainha paga, derrepente painho deu mil pila')).toBe('com certeza mae paga, de repente pai deu mil reais');
  });

  it('gives a noun its plural when speech marks it only on the determiner or the count', () => {
    expect(normalizeText('perdi dois dedo, os fornecedor tao cobrando os titulo, faz tres mes')).toBe(
      'perdi dois dedos, os fornecedor tao cobrando os titulos, faz tres meses',
    );
    expect(normalizeText('tudo os laudo, uns vinte e dois ano, minhas criança')).toBe('tudo os laudos, uns vinte e dois anos, minhas criancas');
    expect(normalizeText('os que vieram, os dois, as vezes q ele, os dele, nos separamos')).toBe('os que vieram, os dois, as vezes que ele, os dele, nos separamos');
    expect(normalizeText('deixei de pagar o das porque fiquei doente')).toBe('deixei de pagar o das porque fiquei doente');
  });
  it('reads the country\'s "-emo" after "nós"/"a gente" as the first person plural\'s past, and no other word ending so', () => {
    expect(normalizeText('a gente se separemo faz dois ano; nos compremo a casa')).toBe('a gente se separamos faz dois anos; nos compramos a casa');
    expect(normalizeText('o remo e o extremo')).toBe('o remo e o extremo');
  });

  it('reads the police report\'s initials written with dots as the report, the dot after them kept, and no other letters between dots', () => {
    expect(normalizeText('Fiz um B.O. ontem, tenho a copia do b.o')).toBe('fiz um boletim de ocorrencia. ontem, tenho a copia do boletim de ocorrencia');
    expect(normalizeText('bzo, b-o, ab.o, b.oi')).toBe('bzo, b-o, ab.o, b.oi');
  });

  it('fixes whole words only, and never with what an object inherits', () => {
    expect(normalizeText('vcx vcs e o constructor do toString')).toBe('vcx voces e o constructor do tostring');
  });
});

describe('foldText', () => {
  it('keeps the length of ordinary text so spans map back to the original', () => {
    const text = 'Ação de São João, 1ª vez';
    expect(foldText(text)).toHaveLength(text.length);
    expect(foldText(text)).toBe('acao de sao joao, 1a vez');
  });

  /** The fold as the whole text's decomposition gives it, which the character-by-character fold of Latin-1 text must equal. */
  const inFull = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/º/g, 'o').replace(/ª/g, 'a').toLowerCase();
  const latin1 = Array.from({ length: 256 }, (_, code) => String.fromCharCode(code)).join('');

  it.each([
    ['every Latin-1 character', latin1],
    ['Latin-1 beyond one chunk of characters', `${latin1}ÇÃO Ñ ß ÿ º ª. `.repeat(40)],
    ['a combining mark after a letter', 'Ac\u0327a\u0303o e ac\u0327\u0301a'],
    ['characters beyond Latin-1', 'Ǆ İSTANBUL ΟΔΟΣ ŒUVRE “aspas” — ﬁm'],
    ['no text', ''],
  ])('folds %s as the whole text folds', (_, text) => {
    expect(foldText(text)).toBe(inFull(text));
  });
});

describe(normalizeMapped.name, () => {
  it.each([['  Vc   NÃO recebeu a Rescisão pq  tá enrolando  '], ['o voo é sabado q vem, vi hj'], ['sem nada a corrigir'], ['perdi dois dedo q a maquina'], ['fiz um B.O. hj'], ['ele me mando embora q nem os cachorro'], ['']])(
    'gives the normalized text of %j',
    (text) => expect(normalizeMapped(text).text).toBe(normalizeText(text)),
  );

  it('maps a span of the normalized text back to the client\'s words', () => {
    const text = 'o oficial veio, acaba semana q vem pq tá atrasado';
    const normalized = normalizeMapped(text).text;
    const start = normalized.indexOf('semana que vem');
    expect(mappedSpan(text, start, start + 'semana que vem'.length)).toBe('semana q vem');
  });

  it('maps a noun given its plural back to the word the client said', () => {
    const text = 'perdi dois dedo na maquina';
    const normalized = normalizeMapped(text).text;
    const start = normalized.indexOf('dois dedos');
    expect(mappedSpan(text, start, start + 'dois dedos'.length)).toBe('dois dedo');
    expect(mappedSpan(text, start + 'dois dedos'.length + 1, normalized.length)).toBe('na maquina');
  });
});

describe(withDigits.name, () => {
  it('turns number words into digits', () => {
    expect(withDigits('faz um mes e dois dias')).toBe('faz 1 mes e 2 dias');
  });

  it('joins a number said in several words, and only parts that make one number', () => {
    expect(withDigits('tem setenta e oito anos, paguei cento e oitenta')).toBe('tem 78 anos, paguei 180');
    expect(withDigits('dois e vinte e um')).toBe('2 e 21');
    expect(numberPhraseValue('trezentos e vinte')).toBe(320);
    expect(parseCount('trinta e oito')).toBe(38);
    expect(parseCount('12')).toBe(12);
  });

  it('turns only whole words, each a run of letters', () => {
    expect(withDigits('umas duas, tresmil 2um dez. constructor')).toBe('umas 2, tresmil 21 10. constructor');
    expect(Object.keys(NUMBER_WORDS).filter((word) => !/^[a-z]+$/.test(word))).toEqual([]);
  });
});

describe(tokenize.name, () => {
  it('splits on punctuation and expands shorthand into several words', () => {
    expect(tokenize('Pro INSS, R$ 5.000!')).toEqual(['para', 'o', 'inss', 'r', '5', '000']);
  });

  it('tells "ninguém" again after a "nem" set off by commas, so its verb follows it as without the aside', () => {
    expect(tokenize('ninguém, nem o porteiro, viu')).toEqual(['ninguem', 'nem', 'o', 'porteiro', 'ninguem', 'viu']);
    expect(tokenize('ninguém viu, nem o porteiro')).toEqual(['ninguem', 'viu', 'nem', 'o', 'porteiro']);
  });
});

describe(clauseBreakBetween.name, () => {
  it('keeps where a clause mark stood between two tokens, not a separator of digits', () => {
    const tokens = tokenize('não, ele paga R$ 5.000,00 por mês; ok');
    expect(tokens).toEqual(['nao', 'ele', 'paga', 'r', '5', '000', '00', 'por', 'mes', 'ok']);
    expect(clauseBreakBetween(tokens, 0, 1)).toBe(true);
    expect(clauseBreakBetween(tokens, 1, 8)).toBe(false);
    expect(clauseBreakBetween(tokens, 8, 9)).toBe(true);
    expect(clauseBreakBetween(['nao', 'ele'], 0, 1)).toBe(false);
  });

  it("breaks a transcript's clauses where each message's and each message break stand", () => {
    const tokens = tokenize(joinTexts(['oi, tudo bem', 'não', 'ele foi demitido']));
    expect([1, 3, 4].map((at) => clauseBreakBetween(tokens, at - 1, at))).toEqual([true, true, true]);
    expect(clauseBreakBetween(tokens, 4, 6)).toBe(false);
  });
});

describe(joinTexts.name, () => {
  /** The joined text's fold and tokens worked out from scratch, beside what `joinTexts` kept for it. */
  const fromScratch = (texts: string[]) => {
    const joined = texts.join(TEXT_BREAK);
    return { folded: foldText(`${joined} `).slice(0, -1), tokens: tokenize(`${joined} `) };
  };

  it.each([
    [['Fui DEMITIDO', 'pq o patrão', '  vc sabe  ']],
    [['ΟΔΟΣ', 'Σ final', 'ª e º', 'İstanbul']],
    [['e\u0301', '\u0301 acento solto no começo', '']],
    [['recisao', 'qdo', 'tb hj']],
  ])('folds and tokenizes %j as the whole text would be', (texts) => {
    const joined = joinTexts(texts);
    expect(joined).toBe(texts.join(TEXT_BREAK));
    expect({ folded: foldText(joined), tokens: tokenize(joined) }).toEqual(fromScratch(texts));
  });

  it.each([
    [['Fui DEMITIDO', 'pq o patrão', '  vc sabe  ']],
    [['ΟΔΟΣ', 'Σ final', 'ª e º', 'İstanbul']],
    [['e\u0301', '\u0301 acento solto no começo', '']],
    [['a audiencia e semana q vem', 'os documento', 'ele me mando embora']],
  ])('maps every span of %j back as the whole text would', (texts) => {
    const joined = joinTexts(texts);
    const { starts, ends, text } = normalizeMapped(`${joined} `);
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        expect(mappedSpan(joined, start, end)).toBe(originalSpan(joined, foldText(`${joined} `).slice(0, -1), starts[start], ends[end - 1]));
      }
    }
  });
});
