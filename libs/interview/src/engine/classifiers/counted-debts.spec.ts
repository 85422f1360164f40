import { mentionsManyDebts } from './counted-debts';

describe('mentionsManyDebts', () => {
  it('finds three or more credit contracts counted', () => {
    expect(mentionsManyDebts('recebo 3.900 reais e tenho 4 empréstimos consignados e mais dois cartões de crédito')).toBe(true);
    expect(mentionsManyDebts('já tem três financiamentos no nome dele')).toBe(true);
    expect(mentionsManyDebts('são 5 dívidas no Serasa')).toBe(true);
  });

  it('ignores one or two contracts, instalments and contracts without a count', () => {
    expect(mentionsManyDebts('fez dois empréstimos no aplicativo do banco')).toBe(false);
    expect(mentionsManyDebts('faltam 12 parcelas do financiamento')).toBe(false);
    expect(mentionsManyDebts('tenho vários empréstimos')).toBe(false);
    // A debt's credit titles are one debt with one creditor, not many (the count makes their sum, `AmountExtractor`).
    expect(mentionsManyDebts('dei r$ 60 mil de entrada e três notas promissórias de r$ 20 mil')).toBe(false);
  });
});
