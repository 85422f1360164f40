import { FOREIGN_RATES_FOR_BANDS, MINIMUM_WAGE_FOR_BANDS } from '../lexicons/numbers.lexicon';
import { joinTexts } from '../text/text-normalizer';
import { AmountExtractor, amountKey, amountText, formatBrl, withThousandsDots } from './amount.extractor';

describe(AmountExtractor.name, () => {
  const sut = new AmountExtractor();

  it('reads each of two fines told without "R$" ("as multas são de 293,47 e 195,23")', () => {
    expect(sut.extract('As multas são de 293,47 e 195,23, por excesso de velocidade').map((a) => a.value)).toEqual([293.47, 195.23]);
  });

  it('takes bills in the plural ("5 faturas de 39,90") for bills, not for a business\'s takings', () => {
    expect(sut.extract('ja sao 5 faturas de 39,90 cada')).toEqual([{ raw: '39,90', value: 39.9 }]);
  });

  it('does not read a measure with decimals, nor a count after "em", as a sum', () => {
    expect(sut.extract('o terreno tem 12,50 metros de frente e paguei em 10 parcelas')).toEqual([]);
  });

  it.each([
    ['Dá uns R$ 5.000,00 de rescisão', 5000],
    ['devo uns 40 mil no cartão', 40000],
    ['dei R$ 20 mil de entrada', 20000],
    ['pedindo R$ 2,3 milhões', 2300000],
    ['paguei 1.500 reais', 1500],
    ['R$5000 à vista', 5000],
    ['uns dez mil reais', 10000],
    ['eu ganhava 1800 por mês', 1800],
    ['ele me deve uns 4 mil', 4000],
    ['perdi 70 mil reais no investimento', 70000],
    ['o aluguel era de 950 e o dono quer 1.400', 950],
    ['comprei por 3200 numa loja', 3200],
    ['paguei 3200 no celular', 3200],
    ['uns 3,5 mil', 3500],
    ['R$3.200,00 no cartão', 3200],
    ['dois mil e quinhentos reais', 2500],
    ['uns 3 mil e 200 de prejuízo', 3200],
    ['a multa foi de 1200', 1200],
    // Sums without "R$": a cost in the plural, a debt's sum stated, cents.
    ['As passagens custaram 1.850 as duas.', 1850],
    ['A dívida ativa está em 4.700 e meu nome foi protestado', 4700],
    ['as parcelas ficaram em 890', 890],
    ['a taxa veio 293,47 no boleto', 293.47],
  ])('reads %j as %d BRL', (text, value) => {
    expect(sut.extract(text).map((a) => a.value)).toEqual([value]);
  });

  it.each([
    ['a casa vale um milhão e oitocentos mil', 1_800_000],
    ['avaliados em dois milhões e trezentos mil reais', 2_300_000],
    ['R$ 1 milhão e 800 mil', 1_800_000],
    ['dois milhões, trezentos e cinquenta mil reais', 2_350_000],
    ['um milhão duzentos e cinquenta mil reais', 1_250_000],
    ['um milhão e oitocentos mil e quinhentos reais', 1_800_500],
    ['vendi por um milhão e meio', 1_500_000],
  ])('reads the thousands after millions in %j as one sum (%d BRL)', (text, value) => {
    expect(sut.extract(text).map((a) => a.value)).toEqual([value]);
  });

  it.each([
    ['me deve 1 milhão e 200', 1_200_000],
    ['o negócio foi de um milhão e duzentos, fora o frete', 1_200_000],
    ['devo 1 milhão e 50 pro banco', 1_050_000],
    ['o prejuízo foi de 2 milhões e 500.', 2_500_000],
    ['a fazenda vale 1.2 milhão', 1_200_000],
    ['R$ 1.5 mi de dívida', 1_500_000],
  ])('reads the thousands said without "mil" after millions, and a dot typed before millions, in %j (%d BRL)', (text, value) => {
    expect(sut.extract(text).map((a) => a.value)).toEqual([value]);
  });

  it('reads no thousands in a count of things after millions ("1 milhão e 3 imóveis"), nor a dot before thousands as decimals', () => {
    expect(sut.extract('perdi 1 milhão e 3 imóveis').map((a) => a.value)).toEqual([1_000_000]);
    expect(sut.extract('paguei 1.250 reais').map((a) => a.value)).toEqual([1250]);
  });

  it('keeps a second sum after millions apart when a comma starts it with digits', () => {
    expect(sut.extract('a dívida era de R$ 1 milhão, 300 mil já foram pagos').map((a) => a.value)).toEqual([1_000_000, 300_000]);
  });

  it('reads no sum in "nem um real" (nothing at all)', () => {
    expect(sut.extract('não consigo tirar nem um real da conta')).toEqual([]);
    expect(sut.extract('fiquei sem 1 real, e o aluguel é 900 reais').map((a) => a.value)).toEqual([900]);
  });

  it('keeps the text as written', () => {
    expect(sut.extract('a dívida é de R$ 87 mil')[0].raw).toBe('R$ 87 mil');
  });

  it('ignores numbers that are not money', () => {
    expect(sut.extract('30% do salário, 12 funcionários, 48 vezes, 13º salário, em 2023')).toEqual([]);
    expect(sut.extract('paguei 24 parcelas, paguei em 2021, moro no 302')).toEqual([]);
    expect(sut.extract('Instagram com 22 mil seguidores, paguei 3x no cartão')).toEqual([]);
  });

  it('reads sums said wholly in words, and no year said in words', () => {
    const values = (text: string) => sut.extract(text).map((a) => a.value);
    expect(values('paguei cento e oitenta mil até agora')).toEqual([180_000]);
    expect(values('cerca de trezentos e vinte mil reais em duplicatas')).toEqual([320_000]);
    expect(values('eles pagam em dia, mil e seiscentos reais')).toEqual([1_600]);
    expect(values('mil vezes obrigado')).toEqual([]);
    expect(values('trabalhei de dois mil e dezessete a dois mil e vinte e três, desde mil novecentos e noventa')).toEqual([]);
  });

  it('reads a sum in words once, with its hundreds', () => {
    expect(sut.extract('dois mil e quinhentos reais e mais 300 reais').map((a) => a.value)).toEqual([2500, 300]);
  });

  it('marks a salary or earnings as income, not as the sum claimed', () => {
    expect(sut.extract('meu salário era 2.100 e a empresa me deve R$ 8 mil')).toEqual([
      { raw: '2.100', value: 2100, income: true },
      { raw: 'R$ 8 mil', value: 8000 },
    ]);
  });

  it('reads a bare number before a period or a share as money', () => {
    expect(sut.extract('ele dava uns 400 por mês').map((a) => a.value)).toEqual([400]);
    expect(sut.extract('2 meses de aluguel atrasado, 900 cada').map((a) => a.value)).toEqual([900]);
    expect(sut.extract('trabalhava 3 vezes por mês')).toEqual([]);
  });

  it('reads a bare number as money after a verb that moves money through an account, or before what the sum was or where it went', () => {
    const values = (text: string) => sut.extract(text).map((a) => a.value);
    expect(values('dei 2.500 de entrada')).toEqual([2500]);
    expect(values('roubaram 2.500 da minha conta')).toEqual([2500]);
    expect(values('depositei 3.000 pra ele')).toEqual([3000]);
    expect(values('o juiz bloqueou 18.000')).toEqual([18000]);
    // Counts of bills or accounts, distances and years stay none.
    expect(values('bloquearam 2 contas')).toEqual([]);
    expect(values('paguei 3 boletos')).toEqual([]);
    expect(values('andei 2.500 km')).toEqual([]);
    expect(values('em 2023 na minha conta')).toEqual([]);
  });

  it("marks a thing's price or worth told after a price word (vale, comprei por, valor venal, avaliado em), and no other sum", () => {
    expect(sut.extract('a casa vale uns 600 mil')).toEqual([{ raw: '600 mil', value: 600_000, price: true }]);
    expect(sut.extract('tinha comprado em 2010 por 200 mil')).toEqual([{ raw: '200 mil', value: 200_000, price: true }]);
    expect(sut.extract('o ITBI veio sobre um valor venal de referência de R$ 520 mil')).toEqual([{ raw: 'R$ 520 mil', value: 520_000, price: true }]);
    expect(sut.extract('comprei por 380 mil e paguei 2.800 de imposto')).toEqual([
      { raw: '380 mil', value: 380_000, price: true },
      { raw: '2.800', value: 2_800 },
    ]);
    expect(sut.extract('Vendi o carro. O prejuízo foi de 30 mil')).toEqual([{ raw: '30 mil', value: 30_000 }]);
    // An appraisal told with the verb is the property's price, the tax's base (CTN art. 148), not the tax in dispute.
    expect(sut.extract('a Fazenda avaliou a casa em 890 mil')).toEqual([{ raw: '890 mil', value: 890_000, price: true }]);
    // The value a tax office sets as the base: the property's or the car's (CTN arts. 38 and 148).
    expect(sut.extract('a prefeitura usou um valor de referencia de 510 mil')).toEqual([{ raw: '510 mil', value: 510_000, price: true }]);
    expect(sut.extract('pela tabela fipe dá 112 mil')).toEqual([{ raw: '112 mil', value: 112_000, price: true }]);
  });

  it('marks a price told as paid for the thing bought, and a down payment, as the price; a tax paid stays a plain sum', () => {
    expect(sut.extract('paguei 310 mil no apartamento')).toEqual([{ raw: '310 mil', value: 310_000, price: true }]);
    expect(sut.extract('Paguei 1,2 milhão no galpão em 2022')).toEqual([{ raw: '1,2 milhão', value: 1_200_000, price: true }]);
    expect(sut.extract('paguei 14 mil nela')).toEqual([{ raw: '14 mil', value: 14_000, price: true }]);
    expect(sut.extract('dei 90 mil de entrada e financiei o resto')).toEqual([{ raw: '90 mil', value: 90_000, price: true }]);
    expect(sut.extract('paguei 19 mil de imposto no ano')).toEqual([{ raw: '19 mil', value: 19_000 }]);
    expect(sut.extract('o IPVA deu 4 mil no carro')).toEqual([{ raw: '4 mil', value: 4_000 }]);
  });

  it("marks a business's takings as revenue, not the sum claimed, and keeps a bill (\"a fatura\") a plain sum", () => {
    expect(sut.extract('A empresa fatura 2 milhões por ano.')).toEqual([{ raw: '2 milhões', value: 2_000_000, revenue: true }]);
    expect(sut.extract('a loja movimenta uns 80 mil por mês')).toEqual([{ raw: '80 mil', value: 80_000, revenue: true }]);
    expect(sut.extract('o faturamento é de uns R$ 300 mil')).toEqual([{ raw: 'R$ 300 mil', value: 300_000, revenue: true }]);
    expect(sut.extract('a fatura de 900 reais veio errada')).toEqual([{ raw: '900 reais', value: 900 }]);
    expect(sut.extract('ganhava 1500 por mes')).toEqual([{ raw: '1500', value: 1500, income: true }]);
  });

  it.each([
    ['perdi a carga toda, uns setenta mil', 70000],
    ['custa uns cento e vinte mil por ano', 120000],
    ['uns duzentos e cinquenta mil', 250000],
    ['trinta e cinco mil reais', 35000],
    ['com juros passa de meio milhão', 500000],
    ['dá uns dois milhões e meio', 2500000],
    ['um milhão e meio', 1500000],
  ])('reads a sum said in words, compound or with a half: %s', (text, value) => {
    expect(sut.extract(text).map((a) => a.value)).toEqual([value]);
  });

  it('reads no sum in number words without a multiplier or currency, nor in parts that do not fall in size', () => {
    expect(sut.extract('faz vinte e cinco anos, no meio do ano')).toEqual([]);
    expect(sut.extract('dois e três mil')).toEqual([]);
  });

  it("reads a transcript's sums from its messages as from the whole text: each value once, none inside the one before", () => {
    const messages = ['ganho 2 mil e 500 reais por mes', 'me devem 2 mil e 500 reais e mais 500 reais', 'R$ 1.200,00 de multa'];
    const text = joinTexts(messages);
    expect(sut.extract(text, messages)).toEqual(sut.extract(text));
    expect(sut.extract(text, messages).map((a) => a.value)).toEqual([2500, 500, 1200]);
  });


  it('reads a sum after a transfer\'s rail or a repair\'s quote as money ("um pix de 11.800", "ele orçou 2.300")', () => {
    expect(sut.extract('vi o emprestimo e um pix de 11.800 pra uma conta').map((a) => a.value)).toEqual([11800]);
    expect(sut.extract('pra arrumar meu teto ele orçou 2.300').map((a) => a.value)).toEqual([2300]);
  });
});

describe('sums told in minimum wages', () => {
  const sut = new AmountExtractor();
  const said = (text: string) => sut.extract(text).map(amountText);

  it('keeps them as the client said them, never converted, each with a value for the bands only', () => {
    expect(said('ela ganha um salario minimo')).toEqual(['um salário mínimo']);
    expect(said('Meu vencimento é de dois salários mínimos.')).toEqual(['dois salários mínimos']);
    expect(said('pago meio salário mínimo de pensão')).toEqual(['meio salário mínimo']);
    expect(said('a pensão foi fixada em 30% do salário mínimo')).toEqual(['30% do salário mínimo']);
    expect(said('minha aposentadoria é de um salário mínimo e meio')).toEqual(['um salário mínimo e meio']);
    expect(said('ele ganha uns 3 salarios minimos')).toEqual(['3 salários mínimos']);
    expect(sut.extract('ganho dois salários mínimos')[0]).toEqual({ raw: 'dois salários mínimos', value: 2 * MINIMUM_WAGE_FOR_BANDS, income: true, minimumWages: true });
  });

  it('reads an income in a count of them, not in a share of one nor in a sum paid', () => {
    expect(sut.extract('ela ganha um salário mínimo')[0].income).toBe(true);
    expect(sut.extract('ele paga 30% do salário mínimo')[0].income).toBeUndefined();
    expect(sut.extract('pago meio salário mínimo de pensão')[0].income).toBeUndefined();
  });

  it('reads no sum in the minimum wage named without a count, nor R$ 2 in "2 salários"', () => {
    expect(sut.extract('o salário mínimo subiu este ano')).toEqual([]);
    expect(sut.extract('ganha mais que o salário mínimo')).toEqual([]);
    expect(sut.extract('ganho 2 salários por mês')).toEqual([]);
  });
});

describe('sums told in a foreign currency', () => {
  const sut = new AmountExtractor();
  const said = (text: string) => sut.extract(text).map(amountText);

  it('keeps a sum in dollars in dollars, never relabelled as reais, and bands it at the floor rate', () => {
    expect(sut.extract('O valor é de US$ 410 mil. O contrato é em inglês.')).toEqual([
      { raw: 'US$ 410 mil', value: 410_000 * FOREIGN_RATES_FOR_BANDS.USD, foreign: { currency: 'USD', value: 410_000 } },
    ]);
    expect(said('O valor é de US$ 410 mil.')).toEqual(['US$ 410.000,00']);
  });

  it.each([
    ['O valor é de US$ 410 mil', 'US$ 410.000,00'],
    ['ele me deve U$ 5.000,00', 'US$ 5.000,00'],
    ['a invoice é de USD 12.000', 'US$ 12.000,00'],
    ['ofereceu um voucher de 200 dolares', 'US$ 200,00'],
    ['perdi 2 milhões de dólares', 'US$ 2.000.000,00'],
    ['me deve mil dólares', 'US$ 1.000,00'],
    ['foram dois mil e quinhentos dólares', 'US$ 2.500,00'],
    ['um milhão e duzentos mil dólares', 'US$ 1.200.000,00'],
    ['tenho uns 10 mil em dólares guardados', 'US$ 10.000,00'],
    ['a multa contratual é de € 12.000', '€ 12.000,00'],
    ['paguei um hotel de 180 euros', '€ 180,00'],
    ['a dívida é de EUR 3 mil', '€ 3.000,00'],
    ['me cobram 50 mil libras esterlinas', '£ 50.000,00'],
    ['£ 2 mil de aluguel', '£ 2.000,00'],
  ])('shows "%s" in its own currency: %s', (text, shown) => {
    expect(said(text)).toEqual([shown]);
  });

  it('keeps a sum in reais beside one in dollars apart, though their values for the bands are alike', () => {
    expect(said('paguei US$ 100 e depois R$ 500')).toEqual(['US$ 100,00', 'R$ 500,00']);
    expect(said('R$ 2,3 milhões em estoque, US$ 180 mil em faturas')).toEqual(['R$ 2.300.000,00', 'US$ 180.000,00']);
    const [dollars, reais] = sut.extract('paguei US$ 100 e depois R$ 500');
    expect(amountKey(dollars)).not.toBe(amountKey(reais));
  });

  it('reads an income in dollars as one, and instalments in dollars as the client said them', () => {
    expect(sut.extract('ganho 3 mil dólares por mês')[0]).toMatchObject({ income: true, foreign: { currency: 'USD', value: 3000 } });
    const [instalments] = sut.extract('faltam 12 parcelas de US$ 500');
    expect(instalments).toMatchObject({ value: 6000 * FOREIGN_RATES_FOR_BANDS.USD, instalments: true, foreign: { currency: 'USD', value: 6000 } });
    expect(amountText(instalments)).toBe('12 parcelas de US$ 500');
  });

  it('reads a crypto token ("USDT") and the sign language ("em Libras") as no currency', () => {
    expect(said('R$ 2,3 milhões em USDT')).toEqual(['R$ 2.300.000,00']);
    expect(sut.extract('fiz um curso de 40 horas em Libras')).toEqual([]);
  });
});

describe(formatBrl.name, () => {
  it('reads instalments as their total for the value bands, shown as the client said them', () => {
    const sut = new AmountExtractor();
    const [left] = sut.extract('Faltam 22 parcelas de R$ 1.180 do financiamento.');
    expect(left).toEqual({ raw: '22 parcelas de R$ 1.180', value: 25960, instalments: true });
    expect(amountText(left)).toBe('22 parcelas de R$ 1.180');
    expect(sut.extract('comprei em 12x de R$ 99,90').map((a) => a.value)).toEqual([1198.8]);
    // One instalment's price alone, or a count of instalments without a sum, is no total.
    expect(sut.extract('a parcela é de R$ 1.180')).toEqual([{ raw: 'R$ 1.180', value: 1180 }]);
    expect(sut.extract('paguei 10 parcelas e parei')).toEqual([]);
    // A count of credit titles before the sum of one: the debt is their total (CPC art. 784 I; Decreto 2.044/1908).
    expect(sut.extract('ele assinou 3 promissórias de 5 mil').map((a) => a.value)).toEqual([15000]);
    expect(sut.extract('o resto em 3 cheques de 10 mil pré-datados').map((a) => a.value)).toEqual([30000]);
    // One instalment's sum told without "R$" is a sum all the same.
    expect(sut.extract('comprei em 120 parcelas de 1.900')).toEqual([{ raw: '120 parcelas de 1.900', value: 228000, instalments: true }]);
  });

  it('reads things counted at a price each as their total, shown as the client said them; a price of another thing as one sum', () => {
    const sut = new AmountExtractor();
    const [herd] = sut.extract('vendi 400 cabeças de gado a 3 mil a cabeça pra ele');
    expect(herd).toEqual({ raw: '400 cabeças de gado a 3 mil a cabeça', value: 1200000, instalments: true });
    expect(sut.extract('comprou 2 lotes por R$ 80 mil cada').map((a) => a.value)).toEqual([160000]);
    expect(sut.extract('foram 300 sacas de soja a 150 a saca').map((a) => a.value)).toEqual([45000]);
    // A price per month beside years worked is a wage, not a total of the years.
    expect(sut.extract('trabalhei 8 anos a 2 mil por mês').map((a) => a.value)).toEqual([2000]);
  });

  it('formats with dot thousands and comma cents', () => {
    expect(formatBrl(1234567.5)).toBe('R$ 1.234.567,50');
    expect(formatBrl(600)).toBe('R$ 600,00');
  });

  it('reads "pau" as no multiplier: a thousand reais in Rio, one real in São Paulo, and a stick in "me bateu com um pau"', () => {
    const extractor = new AmountExtractor();
    expect(extractor.extract('ele me deve 50 paus').map((a) => a.value)).not.toContain(50_000);
    expect(extractor.extract('meu vizinho me bateu com um pau')).toEqual([]);
  });

  it('puts the thousands dots where the pattern it stands for puts them (withThousandsDots)', () => {
    const byPattern = (integer: string) => integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    const integers = ['0', '7', '42', '999', '1000', '12345', '410000', '1234567', '98765432101234567890', '-1234567', '1e+21', '-5'];
    for (let digits = 1; digits <= 21; digits++) integers.push('9'.repeat(digits), `1${'0'.repeat(digits - 1)}`);
    for (const integer of integers) expect(withThousandsDots(integer)).toBe(byPattern(integer));
  });
});
