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

/**
 * The condominium's own charge or decision, as a unit owner or occupant tells it (the ordinary and the extra fee, its boleto and fine,
 * the assembly that voted it, the convention): a relation between the condominium and the condômino (CC arts. 1.334-1.336 and
 * 1.350-1.355), which no consumer law governs.
 */
export const CONDOMINIUM_CHARGE: string[] = [
  'taxa extra', 'taxa extraordinaria', 'cota extra', 'cota extraordinaria', 'chamada extra', 'rateio extra', 'rateio extraordinario', 'fundo de reserva',
  'taxa de condominio', 'taxa do condominio', 'taxa condominial', 'taxas condominiais', 'cota condominial', 'cotas condominiais', 'despesas condominiais',
  'boleto do condominio', 'cobranca do condominio', 'multa do condominio', 'multa condominial',
  'assembleia do condominio', 'assembleia de condominos', 'assembleia dos condominos', 'assembleia do predio', 'assembleia geral extraordinaria',
  'convencao do condominio', 'convencao condominial', 'regimento interno do condominio',
];

/**
 * A partner shut out, expelled or settling accounts with the other partners (the exclusion and its meeting, the haveres, a majority
 * against a minority): a dispute inside the company (CC arts. 1.030, 1.031 and 1.085; CPC arts. 599-609), wherever it happens.
 */
export const PARTNERS_DISPUTE: string[] = [
  'exclusao de socio', 'exclusao do socio', 'exclusao da socia', 'excluir o socio', 'excluir um socio', 'excluir a socia',
  ...['me excluir', 'me excluiram', 'me tirar', 'me tiraram', 'me expulsar', 'me expulsaram'].flatMap((out) => [`${out} da sociedade`, `${out} da empresa`, `${out} do quadro societario`]),
  'reuniao de socios', 'reuniao dos socios', 'assembleia de socios', 'assembleia dos socios', 'apuracao de haveres', 'dissolucao parcial',
  'briga com o socio', 'briga com meu socio', 'briga com a socia', 'briga com minha socia', 'briga entre socios', 'briga entre os socios',
  'socio minoritario', 'socia minoritaria', 'socio majoritario', 'socia majoritaria', 'affectio societatis',
  // The contract's clause that allows it (art. 1.085), the partner excluded, and the other partner's withdrawals off the books.
  'exclusao por justa causa', 'excluido da sociedade', 'excluida da sociedade', 'excluido da empresa', 'excluida da empresa', 'retirada por fora', 'retiradas por fora',
];

/**
 * The supplier's inspection that says the meter was tampered with, and the unbilled consumption it charges (the TOI, the
 * "recuperação de consumo": Resolução ANEEL 1.000/2021 arts. 590 ss.), told as the supplier writes it or as the client heard it.
 */
export const METER_FRAUD_NOTICE: string[] = [
  'termo de ocorrencia', 'termo de ocorrencia de irregularidade', 'toi', 'recuperacao de consumo', 'consumo nao medido', 'consumo que nao foi medido', 'consumo nao registrado',
  'consumo nao faturado', 'desvio de energia', 'fraude no medidor', 'fraude no relogio', 'irregularidade no medidor', 'irregularidade no relogio',
  'adulteracao do medidor', 'adulteracao no medidor', 'adulteracao do relogio',
  // The tampering told as the client heard it: a "gato" (an illegal connection), power stolen or diverted at the meter.
  'fiz gato', 'fez gato', 'fazendo gato', 'fazia gato', 'gato de energia', 'gato na luz', 'gato na energia',
  'furto de energia', 'roubando energia', 'roubo de energia', 'desvio no medidor',
  ...['relogio', 'medidor'].flatMap((meter) => ['adulterado', 'estava adulterado', 'tava adulterado', 'foi adulterado', 'violado', 'estava violado', 'tava violado'].map((tampered) => `${meter} ${tampered}`)),
];

/** How the relations above reweigh the areas (spread into `ROUTE_RULES`). */
export const RELATION_RULES: Partial<Record<'product-defect' | 'condominium-charge' | 'partners-dispute' | 'meter-fraud-notice', RouteRule>> = {
  'product-defect': {
    why: 'o produto que veio ou ficou com defeito e que a loja se recusa a trocar ou consertar é vício do produto (arts. 18 e 26 do CDC: conserto em 30 dias, depois a troca, o dinheiro de volta ou o abatimento, à escolha do consumidor; e o acidente que ele causa, art. 12): o fornecedor que nega a garantia não comete estelionato, e o "golpe" e a queixa na polícia são a indignação do cliente, não o caso',
    factors: { consumidor: 1.3, criminal: 0.4 },
    // A private seller, a client who sold, bought for the business or is accused follow their own routes.
    yieldsTo: ['private-seller', 'client-seller', 'client-company', 'client-mei', 'goods-for-resale', 'accused', 'criminal-defence', 'violence'],
  },
  'condominium-charge': {
    why: 'a taxa de condomínio, ordinária ou extra, e a assembleia que a aprovou ligam o condômino ao condomínio (arts. 1.334 a 1.336 e 1.350 a 1.355 do Código Civil; a convenção): não há relação de consumo entre eles (STJ), e a cobrança "abusiva", o Procon e o CDC que o cliente invoca são a sua queixa contra uma deliberação que se anula pela convocação irregular ou se discute na assembleia',
    factors: { consumidor: 0.3, imobiliario: 1.2 },
    // A buyer charged by the developer before the keys, a guest, a neighbour's leak or works, the tax, a divorce or an estate follow
    // their own routes; so does a company or a worker of the condominium, and a disabled pupil's extra fee a private school charges
    // (`disabled-refused`: Lei 13.146/2015 art. 28 §1º).
    yieldsTo: ['property-bought', 'construction-defect', 'supplier-insolvent', 'lodging-booked', 'neighbour-leak', 'neighbour-works', 'tax-authority', 'marital-split', 'estate-division', 'client-company', 'labour-rights-claimed', 'opponent-employer', 'disabled-refused'],
  },
  'partners-dispute': {
    why: 'o sócio impedido de entrar na empresa pelos outros sócios, chamado a uma reunião para ser excluído ou que quer a sua parte tem uma disputa societária (exclusão por justa causa em reunião convocada para isso, art. 1.085 do Código Civil; exclusão judicial, art. 1.030; apuração de haveres, art. 1.031 e arts. 599 a 609 do CPC): o ponto alugado, o cadeado trocado e o "despejo" que ele conta são da sociedade, não de uma locação',
    factors: { empresarial: 1.3, imobiliario: 0.4, civil: 0.7 },
    // A partner who wants the other prosecuted or is accused, a partner's divorce or estate, the company's tax, and a "partner" who
    // is in truth an employee follow their own routes.
    yieldsTo: ['criminal-complaint', 'accused', 'criminal-defence', 'marital-split', 'estate-division', 'tax-authority', 'labour-rights-claimed', 'disguised-employment'],
  },
  'meter-fraud-notice': {
    why: 'o termo de ocorrência de irregularidade (TOI) e a cobrança de recuperação de consumo são atos da distribuidora, concessionária que fornece ao consumidor (arts. 6º, 22 e 42 do CDC; Resolução ANEEL 1.000/2021, arts. 590 e seguintes: o TOI unilateral não prova a fraude, e o corte pela recuperação de consumo só cabe pelos 90 dias anteriores à constatação, apurada com contraditório e aviso prévio, STJ Tema 699): o "auto de infração", a "multa" e o "processo administrativo" que o cliente conta são o TOI, a cobrança e o recurso à própria distribuidora, não um ato do Poder Público',
    factors: { consumidor: 1.3, administrativo: 0.5, criminal: 0.5 },
    // The notice's public-law words tell the supplier's charge and its appeal.
    moves: { administrativo: 'consumidor' },
    // Who is investigated or accused of stealing power defends the criminal case; the ICMS on the bill is the tax case; a company's
    // supply is its business's contract.
    yieldsTo: ['criminal-defence', 'accused', 'police-summons', 'tax-authority', 'client-company'],
  },
};

/**
 * The client's own car or motorbike handed to a business for a paid service, and what that service did to it: the garage's repair
 * ("levei meu carro na oficina", "deixei a moto no mecânico"), the car wash ("lava-jato", "posto de lavagem", "estética automotiva")
 * and the fuel sold adulterated ("gasolina batizada", "água no tanque"). The business is a supplier of services (CDC art. 3º §2º) and
 * answers without fault for the damage its service does to the vehicle (CDC art. 14) and for the service badly done (CDC art. 20:
 * redo it, the money back or a lower price); a sign saying it is not liable is worth nothing (CDC arts. 25 and 51 I). Fuel sold
 * adulterated is a product unfit for use (CDC art. 18 §6º II-III; Lei 9.847/99 art. 3º), the station answering for the engine it
 * ruined. The dent, the scratch and the breakdown are the service's defect, not a traffic collision between private persons (CC arts.
 * 186 and 927). The bare workshop is not enough: it is as often the client's workplace or own business.
 */
const VEHICLES_SERVICED = ['meu carro', 'o carro', 'o meu carro', 'minha moto', 'a moto', 'a minha moto', 'meu carro usado', 'minha caminhonete'];
export const VEHICLE_SERVICED: string[] = [
  ...['levei', 'deixei', 'levamos', 'deixamos', 'mandei'].flatMap((took) =>
    VEHICLES_SERVICED.flatMap((vehicle) =>
      ['numa oficina', 'na oficina', 'em uma oficina', 'no mecanico', 'num mecanico', 'pra oficina', 'para a oficina', 'num lava jato', 'no lava jato',
        'num lava rapido', 'no lava rapido', 'no posto de lavagem', 'num posto de lavagem', 'pra lavar', 'para lavar'].map((place) => `${took} ${vehicle} ${place}`))),
  'lava jato', 'lavajato', 'lava rapido', 'posto de lavagem', 'lavagem do carro', 'lavagem do meu carro', 'estetica automotiva',
  'combustivel adulterado', 'gasolina adulterada', 'etanol adulterado', 'alcool adulterado', 'diesel adulterado',
  'combustivel batizado', 'gasolina batizada', 'etanol batizado', 'alcool batizado', 'diesel batizado',
  'agua no tanque', 'agua no combustivel', 'agua na gasolina', 'tava batizada', 'estava batizada', 'veio batizada',
  // The worker who had the car in the supplier's hands (the valet, the pump attendant, the car park's or the garage's man) is the
  // supplier's own: it answers for him (CDC arts. 14 and 34; CC art. 932 III), a valet hired out included. Told in the third person,
  // not the worker's own job ("sou manobrista"); the pump attendant by what he did to the car, as he is as often a worker's story.
  'o manobrista', 'a manobrista',
  ...['o frentista', 'a frentista', 'o frentista do posto', 'a frentista do posto'].flatMap((worker) =>
    ['bateu', 'amassou', 'riscou', 'arranhou', 'quebrou', 'derramou', 'colocou', 'abasteceu'].map((act) => `${worker} ${act}`)),
  'o valet', 'do valet', 'servico de valet', 'o funcionario do posto', 'o funcionario do estacionamento', 'o rapaz do estacionamento',
  'o funcionario da oficina', 'o mecanico da oficina', 'o funcionario da concessionaria',
];
