import { foldText, normalizeText, tokenize, withDigits } from './text-normalizer';

describe('normalizeText', () => {
  it('lower-cases, strips accents and fixes chat shorthand', () => {
    expect(normalizeText('Vc NÃO recebeu a Rescisão pq o patrão tá enrolando, q absurdo')).toBe(
      'voce nao recebeu a rescisao porque o patrao esta enrolando, que absurdo',
    );
  });

  it('fixes frequent misspellings', () => {
    expect(normalizeText('fui dimitido e nao pagaram a recisao')).toBe('fui demitido e nao pagaram a rescisao');
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
});

describe(withDigits.name, () => {
  it('turns number words into digits', () => {
    expect(withDigits('faz um mes e dois dias')).toBe('faz 1 mes e 2 dias');
  });
});

describe(tokenize.name, () => {
  it('splits on punctuation and expands shorthand into several words', () => {
    expect(tokenize('Pro INSS, R$ 5.000!')).toEqual(['para', 'o', 'inss', 'r', '5', '000']);
  });
});
