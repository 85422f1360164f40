import type { ForeignCurrency } from '../interview-engine.types';

/** Number words people write instead of digits ("faz um mês", "uns dez mil"). */
export const NUMBER_WORDS: Record<string, number> = {
  um: 1,
  uma: 1,
  dois: 2,
  duas: 2,
  tres: 3,
  quatro: 4,
  cinco: 5,
  seis: 6,
  sete: 7,
  oito: 8,
  nove: 9,
  dez: 10,
  onze: 11,
  doze: 12,
  treze: 13,
  quatorze: 14,
  catorze: 14,
  quinze: 15,
  dezesseis: 16,
  dezessete: 17,
  dezoito: 18,
  dezenove: 19,
  vinte: 20,
  trinta: 30,
  quarenta: 40,
  cinquenta: 50,
  sessenta: 60,
  setenta: 70,
  oitenta: 80,
  noventa: 90,
  cem: 100,
  cento: 100,
  duzentos: 200,
  trezentos: 300,
  quatrocentos: 400,
  quinhentos: 500,
  seiscentos: 600,
  setecentos: 700,
  oitocentos: 800,
  novecentos: 900,
};

/** Month names (folded, no accents) and their number. */
export const MONTHS: Record<string, number> = {
  janeiro: 1,
  fevereiro: 2,
  marco: 3,
  abril: 4,
  maio: 5,
  junho: 6,
  julho: 7,
  agosto: 8,
  setembro: 9,
  outubro: 10,
  novembro: 11,
  dezembro: 12,
};

/** Days in each unit of a duration. */
export const DAYS_PER_UNIT: Record<string, number> = {
  dia: 1,
  semana: 7,
  mes: 30,
  ano: 365,
};

/** Words that multiply an amount ("20 mil", "2,3 milhões"). */
export const AMOUNT_MULTIPLIERS: Record<string, number> = {
  mil: 1_000,
  k: 1_000,
  milhao: 1_000_000,
  milhoes: 1_000_000,
  mi: 1_000_000,
  bilhao: 1_000_000_000,
  bilhoes: 1_000_000_000,
  bi: 1_000_000_000,
};

/** Month names as shown to people. */
export const MONTH_LABELS: string[] = [
  'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho',
  'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro',
];

/**
 * What a business takes in ("a empresa fatura 2 milhões", "a loja movimenta 80 mil por mês"): its size, not
 * a sum anyone claims or owes. "fatura" is also the bill ("a fatura de 900"): after an article it is not this.
 */
export const REVENUE_VERBS: string[] = [
  'fatura', 'faturava', 'faturam', 'faturavam', 'faturando', 'faturamos', 'faturo', 'faturou', 'movimenta', 'movimentava', 'movimentam',
  'lucra', 'lucrava', 'lucram',
];

/** Of `MONEY_CUES`, those that make the sum a business's revenue (`AmountMention.revenue`). */
export const REVENUE_CUES: string[] = ['faturamento', ...REVENUE_VERBS];

/**
 * Words that make the sum after them a thing's price or worth ("o imóvel vale 600 mil", "comprei por 380 mil", "valor venal de 520
 * mil", "avaliado em 1 milhão"), with up to four words and a year between (`AmountMention.price`). In a tax case the tax or the
 * disputed difference is at stake, not the price of what it is levied on.
 */
export const PRICE_CUES: string[] = [
  'vale', 'valia', 'valeria', 'venal', 'avaliado', 'avaliada', 'avaliacao', 'mercado', 'preco',
  // An appraisal told with the verb ("a Fazenda avaliou a casa em 890 mil"): a property's price, the base of a tax (CTN art. 148), not the sum at stake.
  'avaliou', 'avaliaram', 'avaliamos',
  'comprei', 'comprou', 'compramos', 'compraram', 'comprado', 'comprada', 'vendi', 'vendeu', 'vendemos', 'venderam', 'vendido', 'vendida', 'arrematei',
  'comprando', 'vendendo',
  // What a transfer tax is levied on, told as the gift, the inheritance or the base ("quero doar 150 mil", "herança de 80 mil", "o ITBI
  // sobre 610 mil"): the ITCMD's and the ITBI's base (CF art. 155 I and 156 II; CTN arts. 35 and 38), not the tax at stake.
  'doar', 'doei', 'doou', 'doacao', 'heranca', 'itbi sobre', 'itcmd sobre', 'imposto sobre',
  // The value a tax office sets as the base ("o valor de referência de 510 mil", "a tabela Fipe dá 112 mil"): the property's or the
  // car's value (CTN arts. 38 and 148), not the tax in dispute.
  'referencia', 'fipe',
];

/**
 * A price told as paid: a paying word before the sum (`PAID_CUES`) and the thing bought after it ("paguei 310 mil no apartamento",
 * "custou 96 mil o carro", "paguei 14 mil nela"), or a down payment ("dei 90 mil de entrada"): the purchase, in a tax case the base of
 * the ITBI or the IPVA (CTN art. 38; Tema 1113 STJ), not the tax at stake (`AmountMention.price`).
 */
export const PAID_CUES: string[] = ['paguei', 'pagou', 'pagamos', 'pagaram', 'pago', 'custou', 'custaram', 'gastei'];
export const PAID_FOR: string[] = [
  'apartamento', 'ape', 'apto', 'casa', 'imovel', 'terreno', 'lote', 'galpao', 'sala', 'loja', 'predio', 'chacara', 'sitio', 'fazenda',
  'carro', 'veiculo', 'moto', 'caminhao', 'caminhonete',
];
export const DOWN_PAYMENT_AFTER: string[] = ['de entrada', 'de sinal'];

/** Words before a noun that make it a noun ("a fatura", "na fatura"), not the verb of `REVENUE_VERBS`. */
export const NOUN_MARKERS: string[] = ['a', 'da', 'na', 'uma', 'numa', 'essa', 'esta', 'minha', 'sua', 'nessa', 'dessa', 'cada', 'pela', 'ultima', 'proxima'];

/** Words before a bare number ("ganhava 1500", "paguei 800") that make it a sum of money. */
export const MONEY_CUES: string[] = [
  'ganhava', 'ganho', 'ganha', 'ganhando', 'recebia', 'recebo', 'recebe', 'recebendo', 'recebi', 'salario', 'renda',
  'paguei', 'pagava', 'pago', 'pagou', 'pagar', 'pagando', 'cobraram', 'cobrou', 'cobra', 'cobrando', 'devo', 'deve',
  // The cost in any person ("as passagens custaram 1.850"), and a debt entered for collection ("a dívida ativa está em 4.700").
  'devendo', 'divida', 'divida ativa', 'custou', 'custa', 'custaram', 'custam', 'custar', 'valor', 'aluguel', 'pensao', 'prejuizo', 'emprestimo', 'parcela', 'gastei',
  'perdi', 'debito', 'total', 'transferi', 'depositaram', 'sumiram', 'levaram', 'faturamento', 'comprei', 'comprou', 'vendi', 'vendeu', 'multa', 'pediram', 'pedindo', 'cobranca', 'indenizacao', 'entrada',
  'sinal', 'reembolso', 'estorno', 'saldo', 'emprestei', 'dava', 'mandava', 'aposentadoria', 'beneficio',
  // Money moved into or out of an account ("depositei 3.000", "sacaram 4.000", "o juiz bloqueou 18.000", "descontaram 700 do salário").
  'depositei', 'depositou', 'depositamos', 'saquei', 'sacou', 'sacaram', 'bloqueou', 'bloquearam', 'penhorou', 'penhoraram', 'descontou', 'descontaram',
  // A transfer named by its rail ("um pix de 11.800", "fiz uma ted de 3.000"), and a repair's quote ("o pedreiro orçou 2.300").
  'pix', 'ted', 'transferencia', 'orcou', 'orcaram', 'orcamento', 'orcado', 'orcada',
  ...REVENUE_VERBS,
];

/** Of `MONEY_CUES`, those that make the sum an income (a salary or a benefit, not the amount claimed). */
export const INCOME_CUES: string[] = [
  'ganhava', 'ganho', 'ganha', 'ganhando', 'recebia', 'recebo', 'recebe', 'recebendo', 'salario', 'renda', 'aposentadoria', 'beneficio',
];

/** Words after a bare number that make it a sum of money ("uns 400 por mês", "900 cada"). */
export const MONEY_AFTER: string[] = [
  'por mes', 'ao mes', 'mensais', 'cada',
  // What the sum was ("2.500 de entrada", "300 de multa") or where it was taken from or put ("18.000 da minha conta").
  'de entrada', 'de sinal', 'de multa', 'de juros', 'de prejuizo', 'de divida', 'de desconto', 'de indenizacao', 'de aluguel', 'de pensao',
  'da conta', 'da minha conta', 'na conta', 'na minha conta', 'no pix', 'via pix',
];

/** Words that may stand between a money cue and the number ("ganhava uns 1500", "salário era de 2 mil"). */
export const MONEY_FILLERS: string[] = [
  'de', 'uns', 'umas', 'cerca', 'mais', 'ou', 'menos', 'quase', 'so', 'apenas', 'era', 'eram', 'e', 'mensal', 'me', 'foi', 'por', 'mes', 'o', 'a', 'um',
  // The money word as the subject of a sentence that states its sum ("as multas são de 293,47", "a dívida está em 4.700", "o conserto ficou em 6 mil").
  'sao', 'esta', 'estao', 'ficou', 'ficaram', 'em',
];

/**
 * The national minimum wage a sum told in minimum wages ("dois salários mínimos", "meio salário mínimo", "30% do salário mínimo")
 * is worth for the value bands only: the wage of 2025 (R$ 1.518). The result shows the sum as the client said it, never this
 * conversion, which changes every January and is the lawyer's to make.
 */
export const MINIMUM_WAGE_FOR_BANDS = 1_518;

/**
 * Reais per unit of a foreign currency, for the value bands only: a floor, below every rate of 2025 (the dollar about R$ 5,30-6,20,
 * the euro R$ 5,90-6,60, the pound R$ 7,00-7,60), so a sum told in dollars, euros or pounds ("US$ 410 mil") is never banded above
 * what it is worth, nor left out of the bands as if no sum were at stake. Not a quote: the result shows the sum in its own currency
 * as the client told it, never this conversion, which is the lawyer's to make at the day's rate.
 */
export const FOREIGN_RATES_FOR_BANDS: Record<ForeignCurrency, number> = { USD: 5, EUR: 5.5, GBP: 6.5 };

/**
 * Currency signs and codes before a number, folded ("US$", "U$", "USD", "€", "EUR", "£", "GBP"), and currency words after it
 * ("410 mil dólares", "180 euros", "50 mil libras esterlinas", "10 mil em dólares"); "R$" and "reais" are the real's. Not "USDT" (a
 * crypto token), nor "libras" after "em" ("em Libras": the sign language).
 */
export const CURRENCY_SIGNS: Record<string, ForeignCurrency | 'BRL'> = {
  'r$': 'BRL', 'us$': 'USD', 'u$': 'USD', usd: 'USD', '€': 'EUR', eur: 'EUR', '£': 'GBP', gbp: 'GBP',
};
export const CURRENCY_WORDS: Record<string, ForeignCurrency | 'BRL'> = {
  reais: 'BRL', real: 'BRL', conto: 'BRL', contos: 'BRL',
  dolares: 'USD', dolar: 'USD', 'em dolares': 'USD', 'em dolar': 'USD', euros: 'EUR', euro: 'EUR', 'em euros': 'EUR',
  'libras esterlinas': 'GBP', 'libra esterlina': 'GBP', libras: 'GBP',
};

/** Words after a number written without currency that make it a count, not money ("paguei 12 parcelas", "22 mil seguidores"). */
export const COUNT_NOUNS: string[] = ['salario', 'salarios', 'parcela', 'parcelas', 'mes', 'meses', 'ano', 'anos', 'dia', 'dias', 'hora', 'horas', 'vez', 'vezes', 'pessoa', 'pessoas', 'semana', 'semanas', 'km', 'metros', 'm2', 'porcento',
  'x', 'seguidores', 'habitantes', 'funcionarios', 'empregados', 'clientes', 'alunos', 'moradores', 'unidades', 'litros', 'quilos', 'kg',
  'hectares', 'votos', 'acessos', 'visualizacoes', 'cabecas',
  // Bills and accounts counted ("paguei 3 boletos", "bloquearam 2 contas"), not a sum.
  'contas', 'boletos', 'faturas', 'cheques',
];

/** Words right before a year-like bare number that make it a year ("paguei em 2019"). */
export const YEAR_MARKERS: string[] = ['em', 'desde', 'de', 'ate', 'ano'];

/**
 * Credit titles, each a debt of its own and an executive title (CPC art. 784 I): the promissory note (Decreto 2.044/1908), the duplicata
 * (Lei 5.474/68), the cheque (Lei 7.357/85). Counted before the sum of one ("3 promissórias de 5 mil", "3 cheques de 10 mil"), the debt
 * is the count times that sum, as with instalments (`AmountExtractor`). Folded, plural.
 */
export const CREDIT_TITLES: string[] = ['notas promissorias', 'promissorias', 'duplicatas', 'cheques'];
