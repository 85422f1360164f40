import type { RouteRule } from './route-rules.lexicon';

/**
 * Roles and remedies that decide a route against the loudest words (`ROUTE_RULES`), kept apart from
 * `client-notes.lexicon.ts` (which spreads them into `CLIENT_NOTES`). Phrases follow the area lexicon
 * syntax (accents optional, `*` = any ending).
 */

/** The goods a person leaves to someone after death, and the possessives they are told with. */
const ESTATE_GOODS = ['casa', 'apartamento', 'imovel', 'imoveis', 'terreno', 'sitio', 'chacara', 'fazenda', 'bens', 'patrimonio'];
const POSSESSIVES = ['meu', 'o meu', 'minha', 'a minha', 'meus', 'os meus', 'minhas', 'as minhas'];

/**
 * Disposing of one's goods for after one's death (testamento, CC arts. 1.857 ss.; the doação com reserva de
 * usufruto that plans it in life): a succession remedy, whatever the goods are. "Deixar a minha casa para" a
 * person is a bequest (a tenant leaving says "sair"/"entregar" the house, and names no one after it).
 */
export const BEQUESTS: string[] = POSSESSIVES.flatMap((p) => ESTATE_GOODS.map((good) => `deixar ${p} ${good} para`));

export const SUCCESSION_PLANNING: string[] = [
  'fazer testamento', 'fazer um testamento', 'fazer o testamento', 'fazer o meu testamento', 'fazer meu testamento', 'testamento publico',
  'deixar em testamento', 'planejamento sucessorio', 'herdeiros necessarios', 'deserdar', 'deserdacao', 'reserva de usufruto',
  'quando eu morrer', 'quando eu falecer', 'depois que eu morrer', 'depois que eu falecer', 'depois da minha morte', 'apos a minha morte', 'apos o meu falecimento',
  ...BEQUESTS,
];

/**
 * A pension left by a public servant (regime próprio: Lei 8.112 art. 215; the unmarried daughter's of Lei 3.373/58)
 * is paid and cut by the servant's body, a matter of administrative law, not a benefit of the INSS nor child support.
 */
export const STATUTORY_PENSION: string[] = [
  'pensao de filha solteira', 'filha solteira maior', 'pensao estatutaria', 'pensao de servidor', 'pensao do servidor',
];

/**
 * The sale of a going concern, the business with its goodwill and customers (trespasse, CC arts. 1.142-1.149),
 * told by who sold or bought it: a contract between entrepreneurs.
 */
export const BUSINESS_SALE: string[] = [
  'trespasse', 'venda do estabelecimento', 'venda de estabelecimento', 'compra do estabelecimento', 'vendi o estabelecimento', 'comprei o estabelecimento',
  'passei o ponto', 'repassei o ponto', 'passar o ponto', 'vendi o ponto', 'comprei o ponto', 'venda do ponto comercial', 'compra do ponto comercial',
  'vendi meu comercio', 'vendi o meu comercio', 'vendi meu negocio', 'vendi o meu negocio', 'comprei o comercio', 'comprei o negocio',
];

/**
 * Co-owners of one property once the estate is divided (condomínio voluntário, CC arts. 1.314-1.322): each owns an
 * ideal share and may ask to end the co-ownership (the sale of the whole) and rent from who uses it alone.
 */
export const CO_OWNERSHIP: string[] = [
  'extincao de condominio', 'extinguir o condominio', 'extincao do condominio', 'alienacao judicial de coisa comum', 'alienacao judicial do imovel', 'fracao ideal', 'coproprietari*', 'co proprietari*',
  'partilha registrada', 'partilha ja registrada', 'formal de partilha registrado', 'inventario ja terminou', 'inventario ja acabou', 'inventario ja foi concluido',
  'inventario concluido', 'inventario encerrado', 'inventario ja foi encerrado', 'inventario ja foi feito',
];

/** How the notes above reweigh the areas (spread into `ROUTE_RULES`). */
export const ROLE_AND_REMEDY_RULES: Partial<Record<'succession-planning' | 'statutory-pension' | 'business-sale' | 'co-ownership', RouteRule>> = {
  'succession-planning': {
    why: 'quem quer dispor dos seus bens para depois da morte (testamento, arts. 1.857 e seguintes do Código Civil; a doação com reserva de usufruto) planeja a sucessão: o imóvel, a conta e a escritura são o patrimônio a deixar, não um negócio imobiliário',
    factors: { familia: 1.4, imobiliario: 0.5, civil: 0.7, consumidor: 0.6 },
    // The words of the goods and their deed describe the estate to leave.
    moves: { imobiliario: 'familia' },
    // The ITCMD of a donation or a bequest is charged by the State: the tax is the case.
    yieldsTo: ['tax-authority'],
  },
  'statutory-pension': {
    why: 'a pensão deixada por servidor público (regime próprio, Lei 8.112 art. 215; a da filha solteira maior, Lei 3.373/58) é paga, revista e cortada pelo órgão do servidor, com o Tribunal de Contas: direito administrativo, não benefício do INSS nem pensão alimentícia',
    factors: { administrativo: 1.3, previdenciario: 0.5, familia: 0.4 },
    // The pension's words (the dead parent, the benefit, its cut) tell the statutory pension.
    moves: { previdenciario: 'administrativo', familia: 'administrativo' },
  },
  'business-sale': {
    why: 'quem vendeu ou comprou um estabelecimento com a sua clientela (trespasse, arts. 1.142 a 1.149 do Código Civil) fez um contrato empresarial: as parcelas não pagas, a resolução, o passivo e a não concorrência (art. 1.147) se discutem no direito de empresa, não como venda entre particulares',
    factors: { empresarial: 1.4, civil: 0.6, consumidor: 0.5, imobiliario: 0.7 },
    // The price, the instalments and the default are those of the business sale.
    moves: { civil: 'empresarial' },
  },
  'co-ownership': {
    why: 'feita e registrada a partilha, os herdeiros são condôminos do imóvel (arts. 1.314 a 1.322 do Código Civil): a venda do todo contra a vontade de um (extinção de condomínio, alienação judicial) e o aluguel de quem o usa sozinho são caso imobiliário, não mais inventário',
    factors: { imobiliario: 1.3, familia: 0.5 },
    // The estate's words (the heirs, the house the parents left) describe the co-owned property.
    moves: { familia: 'imobiliario' },
    // An inventory still to be opened or a sobrepartilha is the estate's case.
    yieldsTo: ['estate-division'],
  },
};
