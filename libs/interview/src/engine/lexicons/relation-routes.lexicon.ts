import type { RouteRule } from './route-rules.lexicon';

/**
 * The legal relation the client tells decides the route, not the words they name it with: a shop that will not exchange a defective
 * product is a supplier (not a swindler), and so on. Phrases follow the area lexicon syntax (accents optional, `*` = any ending).
 */

/**
 * A product that came or went defective and the shop's usual answers when it refuses the remedy (the exchange refused, "mau uso",
 * "a garantia não cobre"): a defect of the product (vício do produto, CDC arts. 18 and 26), whatever crime the client calls it.
 */
export const PRODUCT_DEFECT: string[] = [
  ...['nao quiseram', 'nao quis', 'nao quer', 'nao querem', 'se recusou a', 'se recusaram a', 'se recusa a', 'se recusam a', 'nao aceitou', 'nao aceitaram'].flatMap(
    (refused) => [`${refused} trocar`, `${refused} fazer a troca`, `${refused} consertar`]),
  'recusou a troca', 'recusaram a troca', 'negou a troca', 'negaram a troca',
  'mau uso', 'mal uso', 'garantia nao cobre', 'nao cobre a garantia', 'nao esta na garantia', 'perdeu a garantia',
  'defeito de fabrica*', 'veio com defeito', 'veio quebrado', 'veio quebrada', 'deu defeito', 'apresentou defeito', 'parou de funcionar', 'vicio do produto',
];

/** How the relations above reweigh the areas (spread into `ROUTE_RULES`). */
export const RELATION_RULES: Partial<Record<'product-defect', RouteRule>> = {
  'product-defect': {
    why: 'o produto que veio ou ficou com defeito e que a loja se recusa a trocar ou consertar é vício do produto (arts. 18 e 26 do CDC: conserto em 30 dias, depois a troca, o dinheiro de volta ou o abatimento, à escolha do consumidor; e o acidente que ele causa, art. 12): o fornecedor que nega a garantia não comete estelionato, e o "golpe" e a queixa na polícia são a indignação do cliente, não o caso',
    factors: { consumidor: 1.3, criminal: 0.4 },
    // A private seller, a client who sold, bought for the business or is accused follow their own routes.
    yieldsTo: ['private-seller', 'client-seller', 'client-company', 'client-mei', 'goods-for-resale', 'accused', 'criminal-defence', 'violence'],
  },
};
