import { isSpellingSlip } from './spelling-slip';

describe(isSpellingSlip.name, () => {
  it.each([
    ['indenizacao', 'indenisacao'],
    ['imposto', 'inposto'],
    ['beneficio', 'benefisio'],
    ['rescisao', 'recisao'],
    ['rescisao', 'rescissao'],
    ['habitacao', 'habitacaho'],
    ['aposentadoria', 'aposentadoriaa'],
  ])('%s ~ %s: the same word misspelled', (a, b) => {
    expect(isSpellingSlip(a, b)).toBe(true);
    expect(isSpellingSlip(b, a)).toBe(true);
  });

  it.each([
    ['despejo', 'desejo'],
    ['direito', 'direto'],
    ['passando', 'passado'],
    ['mercado', 'marcado'],
    ['licitacao', 'limitacao'],
    ['devendo', 'dependo'],
    ['vistoria', 'vitoria'],
    ['carteira', 'carreira'],
    ['demissao', 'admissao'],
    ['rescisao', 'recisso'],
  ])('%s ~ %s: another word, not a typo', (a, b) => {
    expect(isSpellingSlip(a, b)).toBe(false);
    expect(isSpellingSlip(b, a)).toBe(false);
  });

  it('does not take a word for a slip of itself', () => {
    expect(isSpellingSlip('pensao', 'pensao')).toBe(false);
  });
});
