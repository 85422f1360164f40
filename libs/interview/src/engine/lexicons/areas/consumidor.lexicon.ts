import { STORE_SEARCH } from '../route-notes.lexicon';
import { BANK_HOLD_REASONS } from '../urgency.lexicon';
import { LOAN_DENIED } from '../route-notes.lexicon';
import { AreaLexicon } from '../lexicon.types';
import { SUPPLY_CUT_UNNAMED, SUPPLY_CUT_WARNED, SUPPLY_RECONNECTION, UTILITY_SUPPLIERS, WATER_SUPPLIER_NAMED } from '../utility-supply.lexicon';

/** Undoing a purchase (CDC arts. 18 §1 II, 35 III and 49): the buyer's remedy against who sold, a typical consumer phrase. */
const PURCHASE_UNDONE: Record<string, number> = {
  'direito de arrependimento': 6, 'venda porta a porta': 5, 'porta a porta': 3,
  ...Object.fromEntries(['cancelar a compra', 'cancelar essa compra', 'cancelar esta compra', 'cancelar minha compra', 'cancelar a minha compra', 'cancelamento da compra',
    'desistir da compra', 'desisti da compra', 'desistencia da compra', 'desfazer a compra', 'desfazer essa compra', 'desfazer o negocio'].map((phrase) => [phrase, 3])),
};

/** A bank or finance company suing its customer for what it says is owed: the suit told by who brings it. */
const BANK_AS_PLAINTIFF: string[] = [
  'processo de cobranca do banco', 'acao de cobranca do banco', 'cobranca judicial do banco', 'acao monitoria do banco', 'execucao do banco',
  'banco me processou', 'banco esta me processando', 'banco ta me processando', 'banco entrou com processo', 'banco entrou com um processo', 'banco entrou com uma acao', 'banco entrou na justica',
  'financeira me processou', 'financeira esta me processando', 'financeira entrou com processo', 'financeira entrou com um processo', 'financeira entrou na justica',
];

/**
 * A purchase the client says was made in a shop or from a dealer: who sells by trade is a supplier (CDC art. 3º), so the defect of
 * what was bought there, new or used, is a consumer case (CDC arts. 18 and 26), not a sale between private persons.
 */
const BOUGHT_FROM_TRADER: Record<string, number> = Object.fromEntries(
  ['comprei numa loja', 'comprei em uma loja', 'comprei na loja', 'comprado numa loja', 'comprado na loja', 'comprada numa loja', 'comprada na loja',
    'loja de carro', 'loja de carros', 'loja de veiculos', 'loja de motos', 'garagem de carros', 'revendedora de veiculos', 'comprei na concessionaria', 'comprei numa concessionaria'].map(
    (phrase) => [phrase, 3],
  ),
);

/**
 * A motor vehicle bought new, told as such ("carro 0km", "moto zerada", "a caminhonete zero", "comprei zerada"), and the vehicle kept or
 * taken to the dealer's workshop ("está parado na concessionária", "levei pra concessionária", "oficina da concessionária"). The new
 * vehicle is sold only by the maker's dealer (Lei 6.729/79, arts. 1º-2º), a supplier by trade (CDC art. 3º), who answers with the maker
 * for its defect (CDC art. 18: the joint liability, 30 days to repair and then another vehicle, the money back or a lower price, §1;
 * 90 days to complain, art. 26 II). A car told only as "novo" is not enough: a debtor's "carro novo" is told so in pension cases.
 */
const NEW_VEHICLE_KINDS = ['carro', 'moto', 'motocicleta', 'caminhonete', 'picape', 'pickup', 'suv', 'caminhao', 'veiculo', 'automovel', 'scooter'];
const NEW_VEHICLE: string[] = [
  ...NEW_VEHICLE_KINDS.flatMap((kind) =>
    ['0km', '0 km', 'zero km', 'zero quilometro', 'zero quilometros', 'zero', 'zerado', 'zerada', 'zerinho', 'zerinha'].map((isNew) => `${kind} ${isNew}`)),
  ...['comprei', 'comprou', 'peguei', 'tirei'].flatMap((bought) => ['zerado', 'zerada', 'zerinho', 'zerinha', '0km', 'zero km'].map((isNew) => `${bought} ${isNew}`)),
];
const DEALER_PLACES = ['na concessionaria', 'pra concessionaria', 'para a concessionaria', 'para concessionaria', 'a concessionaria'];
/** The vehicle told "novo" and at the dealer ("meu carro novo está na concessionária"): the new vehicle again, told with its seller. */
const NEW_AT_DEALER: string[] = ['novo', 'nova'].flatMap((isNew) =>
  ['', 'esta ', 'parado ', 'parada ', 'ficou '].flatMap((at) => DEALER_PLACES.map((dealer) => `${isNew} ${at}${dealer}`)));
/** Any vehicle at the dealer's workshop, not told new: a hint only (a used one may be there for a paid repair). */
const VEHICLE_AT_DEALER: string[] = [
  ...['esta', 'parado', 'parada', 'levei', 'levamos', 'voltou', 'vezes'].flatMap((at) => DEALER_PLACES.map((dealer) => `${at} ${dealer}`)),
  'oficina da concessionaria', 'patio da concessionaria', 'mecanica da concessionaria',
];

/**
 * A vehicle's part told with its defect ("barulho no câmbio", "infiltração no porta-malas", "entra água pelo assoalho"), and the parts of
 * a vehicle's rear ("porta traseira", "lanterna traseira"), which are not a collision ("bateram na traseira" keeps the civil reading): the
 * product's defect (CDC art. 18: the seller and the maker answer jointly, 30 days to repair, then another vehicle, the money back or a
 * lower price, §1º; 90 days to complain of a durable good, art. 26 II), not a neighbour's noise (CC art. 1.277) nor a building's leak.
 * A hint only (weight 2): a used car bought from a private person ("de um particular") stays a civil sale (CC arts. 441-442).
 */
const VEHICLE_PARTS = [
  'cambio', 'motor', 'suspensao', 'suspensao traseira', 'suspensao dianteira', 'painel', 'freio', 'freios', 'direcao', 'embreagem', 'volante',
  'porta malas', 'assoalho', 'teto solar', 'para brisa', 'porta do motorista', 'porta do passageiro', 'porta traseira', 'portas', 'escapamento',
  'ar condicionado', 'porta luvas', 'lanterna', 'lanternas', 'farol', 'farois', 'amortecedor', 'amortecedores', 'injecao', 'turbo', 'tampa traseira',
];
const VEHICLE_PART_DEFECT: string[] = [
  ...['barulho', 'barulho estranho', 'barulhos', 'ruido', 'ruido estranho', 'ruidos', 'chiado', 'estalo', 'estalos', 'rangido', 'infiltracao', 'vazamento', 'folga', 'trepidacao']
    .flatMap((defect) => ['no', 'na', 'nos', 'nas', 'do', 'da', 'vindo do', 'vindo da'].flatMap((at) => VEHICLE_PARTS.map((part) => `${defect} ${at} ${part}`))),
  ...['entra agua', 'entrando agua', 'entra vento', 'entrando vento'].flatMap((leak) => ['pelo', 'pela', 'no', 'na'].flatMap((at) =>
    VEHICLE_PARTS.map((part) => `${leak} ${at} ${part}`))),
  // The defect told as the factory's ("infiltração de fábrica", "barulho de fábrica"): the maker's defect, whatever the part.
  ...['barulho', 'ruido', 'infiltracao', 'vazamento', 'falha', 'folga'].map((defect) => `${defect} de fabrica`),
];
const VEHICLE_REAR_PARTS = ['porta traseira', 'portas traseiras', 'tampa traseira', 'lanterna traseira', 'lanternas traseiras', 'suspensao traseira', 'para choque traseiro',
  'vidro traseiro', 'banco traseiro', 'eixo traseiro', 'freio traseiro', 'roda traseira', 'pneu traseiro', 'tampa do porta malas'];

/**
 * A power or water supply cut, told with the service named the client's ("cortaram minha luz", "a luz foi cortada", "religar"), and
 * the suppliers by name (`UTILITY_SUPPLIERS`), or with no agent named, done or announced (`SUPPLY_CUT_UNNAMED`, `SUPPLY_CUT_WARNED`): an essential public service supplied to a consumer (CDC arts. 6 X and 22; Lei
 * 8.987/95 art. 6 §3), whoever owns the house. A cut for another's debt (a former occupant's) is the supplier's failure: the debt
 * is personal, not the property's (STJ).
 */
const SUPPLY_CUT: Record<string, number> = {
  'cortaram minha luz': 5, 'cortaram a minha luz': 5, 'cortaram a luz': 5, 'cortaram minha energia': 5, 'cortaram a energia': 5, 'cortou minha luz': 4, 'cortou a luz': 4,
  'luz cortada': 4, 'luz foi cortada': 4, 'luz esta cortada': 4, 'energia cortada': 4, 'energia foi cortada': 4,
  'cortaram minha agua': 5, 'cortaram a minha agua': 5, 'cortaram a agua': 5, 'agua cortada': 4, 'agua foi cortada': 4,
  'cortou minha agua': 4, 'cortou a minha agua': 4, 'cortou a agua': 4, 'corte de agua': 4, 'corte da agua': 4,
  ...Object.fromEntries([...UTILITY_SUPPLIERS, ...SUPPLY_RECONNECTION].map((phrase) => [phrase, 4])),
  // The cut told with no agent ("desligaram a energia"), or announced ("a luz será cortada", weaker: a landlord's threat is told so
  // too): the supplier's (`SUPPLY_CUT_UNNAMED`, `SUPPLY_CUT_WARNED`; Lei 8.987/95 art. 6º §3º II; CDC arts. 3º and 22).
  ...Object.fromEntries(SUPPLY_CUT_UNNAMED.map((phrase) => [phrase, 4])),
  ...Object.fromEntries(SUPPLY_CUT_WARNED.map((phrase) => [phrase, 3])),
  // The supplier's written notice before a cut for an unpaid bill, which the cut needs (Lei 11.445/07 art. 40 §2º; Resolução ANEEL 1.000/2021 art. 360).
  'aviso de corte': 3, 'avisos de corte': 3, 'notificacao de corte': 3, 'aviso de suspensao do fornecimento': 3,
};

/** A package billed on an account or a bill: a bank's package of fees ("cesta de serviços", "tarifa de pacote"), an add-on on a phone or TV bill ("pacote de streaming"). */
const PACKAGE_BILLED: string[] = [
  ...['cesta', 'pacote'].flatMap((kind) => ['de servicos', 'de tarifas', 'de tarifa', 'bancario', 'bancaria'].map((what) => `${kind} ${what}`)),
  'tarifa de pacote', 'tarifa da cesta', 'tarifa bancaria', 'tarifas bancarias', 'tarifa de manutencao de conta',
  ...['pacote', 'servico', 'assinatura'].flatMap((kind) => ['de streaming', 'de canais', 'de musica', 'de jogos'].map((what) => `${kind} ${what}`)),
];

/** A product that exploded or caught fire in use ("a bateria explodiu enquanto carregava"): the defect's accident (CDC art. 12). */
const PRODUCT_BURST: string[] = [
  ...['bateria', 'celular', 'carregador', 'patinete', 'aparelho', 'notebook', 'panela de pressao', 'power bank'].flatMap((thing) =>
    ['explodiu', 'pegou fogo', 'estourou'].map((burst) => `${thing} ${burst}`)),
  'explodiu enquanto carregava', 'pegou fogo enquanto carregava', 'explodiu carregando', 'pegou fogo carregando',
];

/**
 * A thing the client bought told failing right after the purchase, the relative clause running straight into the failure ("a air
 * fryer que comprei queimou", "o forno que eu comprei parou de esquentar", "a mesa de som que comprei nova queimou"): told with
 * no seller named, the purchase is a shop's, and its failure in use is the product's defect, answered for by the supplier and the
 * maker together (CDC art. 18 caput and §1º: 30 days to repair, then another, the money back or a lower price; art. 26 II: 90 days
 * for a durable good). A seller named between ("que comprei de um vizinho", "que comprei usado pela internet") breaks the phrase:
 * a private sale stays civil (CC arts. 441-446).
 */
const BOUGHT_FAILED: string[] = ['que comprei', 'que eu comprei'].flatMap((bought) =>
  ['', ' novo', ' nova', ' novinho', ' novinha'].flatMap((isNew) =>
    ['queimou', 'pifou', 'deu defeito', 'veio com defeito', 'parou de funcionar', 'parou de esquentar', 'parou de gelar', 'parou de esfriar', 'parou de ligar',
      'parou de carregar', 'parou de girar'].map((failed) => `${bought}${isNew} ${failed}`)));

export const CONSUMIDOR: AreaLexicon = {
  code: 'consumidor',
  terms: {
    // A pet shop, a grooming service or a private vet supplies a service (CDC arts. 3 and 14): the animal hurt or killed in its care is a defect of it.
    // A laundry or dry cleaner that damages or loses the clothes in its care supplies a defective service (CDC art. 14).
    lavanderia: 5, tinturaria: 5, 'lavagem a seco': 5,
    'pet shop': 5, petshop: 5, 'banho e tosa': 5, 'clinica veterinaria': 4, 'hospital veterinario': 4, 'hotel para cachorro*': 4, 'hotel para pet*': 4, 'creche canina': 4,
    'negativa de cobertura': 6, 'negou a internacao': 5, 'negou a cobertura': 5, 'o plano': 3, 'hospital particular': 2, 'plano negou': 5, 'plano nao cobre': 5, 'plano nao autoriz*': 5,
    // The health plan called by its everyday name ("o convênio negou") and the exclusion it pleads (Lei 9.656/98 art. 11: a pre-existing
    // illness excluded only for 24 months and only if the plan proves the client knew of it).
    'convenio negou': 5, 'convenio nao autoriz*': 5, 'convenio nao cobre': 5, 'convenio nao liberou': 5, 'doenca preexistente': 4, 'doenca pre existente': 4, carencia: 3, cobertura: 3, carteirinha: 2, 'operadora do plano': 5, 'caucao hospitalar': 5, internacao: 2, 'prestadora de servico': 2,
    consumidor: 4, 'codigo de defesa do consumidor': 6, cdc: 4, procon: 5, 'reclame aqui': 4,
    loja: 2, produto: 3, mercadoria: 3, defeito: 3, garantia: 2, reembolso: 3, estorno: 3,
    'compra online': 3, 'compra pela internet': 3, 'nao entregaram': 3, 'nao chegou': 2, entrega: 1,
    'cobranca indevida': 5, cobranca: 1, fatura: 2, 'cartao de credito': 2, banco: 1, bancos: 2,
    tarifa: 2, 'juros abusivos': 3, emprestimo: 2, 'consignado*': 2, financeira: 2, financeiras: 3,
    'negativad*': 4, 'nome sujo': 4, 'nome esta sujo': 4, 'sujaram meu nome': 4, serasa: 4, spc: 4, 'plano de saude': 5, 'convenio medico': 4,
    operadora: 2, 'companhia aerea': 5, voo: 4, bagagem: 4, overbooking: 5, 'conta de luz': 3,
    'conta de agua': 3, 'operadora de celular': 4, internet: 1, revenda: 3, concessionaria: 2,
    // A toll road run by a concessionaire: the driver who pays the toll is the user of a public service and its consumer (CDC arts. 14
    // and 22; Lei 8.987/95 art. 25; STJ REsp 647.710), so the damage from a pothole or an object on the lane is claimed from the
    // concessionaire, not from the State. The toll told as paid or as the road's, not bare (the pension's transition rule is a "pedágio" too).
    ...Object.fromEntries(
      ['praca de pedagio', 'paguei o pedagio', 'paguei pedagio', 'pago pedagio', 'pago o pedagio', 'trecho com pedagio', 'rodovia com pedagio', 'estrada com pedagio',
        'rodovia pedagiada', 'estrada pedagiada', 'concessionaria da rodovia', 'concessionaria de rodovia', 'concessionaria da estrada', 'concessionaria que administra a rodovia']
        .map((phrase) => [phrase, 4]),
    ),
    // Food sold spoiled or past its date: a product unfit for consumption (CDC art. 18 §6 I-II), and the illness it caused an accident of
    // consumption (art. 12), whatever shop (a butcher's, a bakery, a market) sold it.
    ...Object.fromEntries(['carne', 'comida', 'alimento', 'alimentos', 'frango', 'peixe', 'leite'].flatMap((food) =>
      ['estragad*', 'vencid*', 'podre', 'mofad*', 'fora da validade'].map((spoiled) => [`${food} ${spoiled}`, 4]))),
    'intoxicacao alimentar': 4, 'fora do prazo de validade': 4, 'validade vencida': 4,
    // The same told with the food before the verb ("comprei carne e tava estragada").
    ...Object.fromEntries(['tava', 'estava', 'estavam', 'veio', 'vieram', 'chegou'].flatMap((was) => ['estragad*', 'podre', 'mofad*'].map((spoiled) => [`${was} ${spoiled}`, 4]))),
    // A vehicle bought new, or at the dealer's workshop: the dealer's and the maker's defect (`NEW_VEHICLE`, `NEW_AT_DEALER`, `VEHICLE_AT_DEALER`; Lei
    // 6.729/79 arts. 1º-2º; CDC arts. 3º, 18 and 26 II).
    ...Object.fromEntries([...NEW_VEHICLE, ...NEW_AT_DEALER].map((phrase) => [phrase, 4])), ...Object.fromEntries(VEHICLE_AT_DEALER.map((phrase) => [phrase, 2])),
    ...Object.fromEntries([...VEHICLE_PART_DEFECT, ...VEHICLE_REAR_PARTS].map((phrase) => [phrase, 2])),
    seminovo: 2, 'zero km': 2, 'assistencia tecnica': 4, recall: 4, 'propaganda enganosa': 5,
    superendividamento: 7, 'devo para': 2, 'cheque especial': 3, 'credito pessoal': 3,
    renegociar: 2, mensalidade: 2, cancelamento: 2, 'cartao clonado': 4, 'mercado livre': 3,
    // The payroll credit card sold as a loan (RMC/RCC), discounted from the benefit: the bank is the other side.
    'cartao consignado': 5, 'cartao de credito consignado': 5, rmc: 5, 'reserva de margem consignavel': 6, rcc: 4, 'cartao de beneficio consignado': 5,
    'o banco pegou': 4, 'o banco reteve': 4, 'o banco tomou': 4, 'o banco descontou': 4, 'o banco se apropriou': 4,
    // The bank that froze the account or the money on its own ("o banco bloqueou minha conta", "o banco travou o pix"): its service to
    // the account holder, answered for under the CDC (art. 14; Súmula 297 do STJ), not a court's block.
    'o banco bloqueou': 4, 'banco bloqueou': 4, 'o banco travou': 4, 'banco travou': 4,
    'emprestimo no beneficio': 4, 'emprestimo na aposentadoria': 4, 'emprestimo no meu beneficio': 4,
    // The power distributor in the client's words, and the charge it makes after an inspection that
    // says the meter was tampered with (TOI, recuperação de consumo: Resolução ANEEL 1.000/2021, arts.
    // 590 ss.): the consumer contests the charge and the cut; the "gato" it alleges is the setting.
    'companhia de luz': 4, 'empresa de luz': 4, 'companhia de energia': 4, 'distribuidora de energia': 4, 'cortar a luz': 4, 'corte de luz': 4, 'corte da luz': 4, ...SUPPLY_CUT,
    // The water supplier in the client's words (`WATER_SUPPLIER_NAMED`): its user is its consumer, for the bill and the cut (Lei 11.445/07 art. 40; CDC arts. 3º and 22).
    ...Object.fromEntries(WATER_SUPPLIER_NAMED.map((phrase) => [phrase, 4])),
    'termo de ocorrencia': 5, 'termo de ocorrencia de irregularidade': 7, toi: 4, 'recuperacao de consumo': 6, 'irregularidade no medidor': 5, 'fraude no medidor': 4, 'troca do medidor': 3, 'trocaram o medidor': 3,
    'corte do servico': 4, 'suspensao do servico': 4, 'internet cortada': 4, 'cortaram a internet': 4, 'cortaram o servico': 4,
    // The cut told with the verb between ("minha internet está cortada") or the service named the client's.
    'internet esta cortada': 4, 'internet ta cortada': 4, 'internet foi cortada': 4, 'cortaram minha internet': 4, 'cortaram a minha internet': 4, 'cortou minha internet': 4, 'cortou a internet': 4, 'corte da internet': 4,
    'agencia de viagem': 4, 'agencia de viagens': 4, 'agencia de turismo': 4, 'pacote turistico': 5, 'pacote de viagem': 4,
    'emprestimo nao contratado': 5, 'emprestimo nao solicitado': 5, 'nunca contratei': 4, 'nao contratei': 4, 'jamais contratei': 4, 'nao reconheco': 3, 'emprestimo consignado': 4, 'descont*': 2,
    autorizada: 3, celular: 2, notebook: 2, geladeira: 2, fogao: 2, televisao: 2, sofa: 2, 'maquina de lavar': 2,
    colchao: 2, eletrodomestico: 3, moveis: 1,
    // Furniture made to measure by a shop (planejados, sob medida): a product and a service of a supplier (CDC arts. 3º, 18 and 35),
    // the common delayed or defective delivery. A wardrobe is furniture: the longer phrase keeps its 'guarda' from naming a child's custody.
    'moveis planejados': 4, 'movel planejado': 4, 'cozinha planejada': 4, 'armario planejado': 4, 'armarios planejados': 4, 'moveis sob medida': 4, 'loja de moveis': 3,
    'guarda roupa': 2, 'guarda roupas': 2,
    // A purchase the buyer wants undone, and the sale made outside the shop (at home, by phone, online) that the buyer may
    // withdraw from within 7 days (direito de arrependimento, CDC art. 49; the refund, arts. 18 §1 II and 35 III).
    ...PURCHASE_UNDONE, ...BOUGHT_FROM_TRADER, botijao: 3, 'botijao de gas': 4, 'acidente de consumo': 6, 'fato do produto': 6,
    // A product that exploded or caught fire in use, told in lay words: an accident caused by a product's defect (fato do produto,
    // CDC arts. 12 and 17; the manufacturer, the importer and the seller who cannot name them answer, arts. 12-13), whatever it burnt.
    ...Object.fromEntries(PRODUCT_BURST.map((phrase) => [phrase, 5])),
    // A thing bought told failing in use, no seller named between (`BOUGHT_FAILED`; CDC arts. 18 and 26 II).
    ...Object.fromEntries(BOUGHT_FAILED.map((phrase) => [phrase, 4])),
    'clon*': 4, estornar: 3, 'curso online': 3, curso: 1, cancelar: 2, buffet: 3, contratei: 1,
    // Suppliers of a party or a wedding serve a final consumer (CDC art. 3 §2): the wedding is the occasion, not a family matter.
    'casa de festas': 4, 'espaco de eventos': 4, 'cerimonialista': 3, cerimonial: 3, 'festa de casamento': 3, 'vestido de noiva': 3,
    shopee: 3, amazon: 2, 'comprei': 1, vendedor: 1, academia: 2, 'troca': 1,
    // A vehicle leasing is a bank contract, not a rural lease ('arrend*' in imobiliário).
    'arrendamento mercantil': 6, leasing: 4,
    financiamento: 2, financiei: 2, 'alienacao fiduciaria': 4, 'busca e apreensao': 3,
    // The lien the lender must lift once the financing is paid (Resolução CONTRAN 807/2020; CDC art. 14): the bank's service, not a
    // lien found on a car bought (the bare 'gravame' of civil law, eviction).
    ...Object.fromEntries(['baixa do gravame', 'baixar o gravame', 'tirar o gravame', 'liberar o gravame', 'liberacao do gravame', 'baixa no gravame'].map((lift) => [lift, 5])),
    'faculdade particular': 4, 'instituicao de ensino': 3, 'curso nao reconhecido': 5, 'nao reconhecido pelo mec': 5, 'credenciad* no mec': 3, 'ensino a distancia': 3, ead: 3, diploma: 2,
    'clinica de estetica': 5, 'procedimento estetico': 4, 'harmonizacao facial': 4, botox: 3,
    // Lodging booked as a guest (a hotel, an inn, a house through a platform): a service (CDC art. 3 §2), the platform answering with the host.
    hospedagem: 3, 'plataforma de hospedagem': 5, 'site de hospedagem': 5, 'aplicativo de hospedagem': 5, anfitriao: 3,
    estacionamento: 3, 'ticket do estacionamento': 4, shopping: 2, sac: 3, 'nao se responsabiliza': 3, 'clausula de nao indenizar': 5,
    // A garage serving a person is a supplier, but it is as often the client's workplace: only a
    // hint. A service done without a prior estimate and the client's authorisation is an abusive
    // practice (CDC arts. 39 VI and 40).
    oficina: 2, mecanico: 1, 'orcamento previo': 5, 'servico nao autorizado': 5, 'servicos nao autorizados': 5,
    // A forged boleto paid for one's own loan or bill: the creditor's and the bank's security failure (Súmula 479 STJ).
    'boleto falso': 5, 'boleto fraudado': 5, 'boleto adulterado': 5, 'golpe do boleto': 5,
    'me negativar': 4, 'negativar meu nome': 4, 'negativar o meu nome': 4,
    // A consórcio is a consumer contract with its administrator (CDC arts. 2-3; the withdrawing
    // member's refund, Lei 11.795/2008 art. 22 and STJ REsp 1.119.300): not a civil contract between peers.
    consorcio: 5, 'administradora de consorcio': 6, 'cota de consorcio': 5, 'consorciad*': 4, 'carta de credito': 3, contemplacao: 3,
    // An open private pension plan sold by a bank or an insurer (Súmula 563 STJ): its redemption, fees and portability.
    'previdencia privada': 5, pgbl: 5, vgbl: 5, 'taxa de carregamento': 5, 'portabilidade do plano': 4,
    // A generic sold at a reference drug's price (CDC art. 39 V; the CMED's price list). Not the
    // pharmacy itself: it is as often the client's workplace.
    generico: 3, 'medicamento generico': 4, 'medicamento de referencia': 4,
    // A private school is a supplier of educational services (Lei 9.870; CDC), but as often the
    // client's employer (a teacher): the school itself is a hint, its fees and contract are typical.
    'escola particular': 3, 'colegio particular': 3, 'mensalidade escolar': 4, 'servicos educacionais': 5,
    // The enrolment contract and the transfer papers a private school may not withhold for unpaid fees (Lei 9.870 art. 6º).
    'contrato de matricula': 4, 'declaracao de transferencia': 4, 'historico escolar': 3,
    // A customer held or searched by the shop's security on suspicion of theft (abordagem vexatória): a defect of the shop's service (CDC art. 14).
    ...Object.fromEntries(STORE_SEARCH.map((phrase) => [phrase, 4])),
    apolice: 4, 'contrato de seguro': 5, 'indenizacao securitaria': 6, 'seguro de vida': 4, 'seguro auto': 4, 'seguro do carro': 3, 'seguro residencial': 4, 'negativa de sinistro': 5,
  },
  subareas: [
    {
      id: 'consumidor.vicio-produto', label: 'vício ou defeito do produto', urgencyH: 168,
      terms: { defeito: 3, vicio: 3, estragou: 2, quebrou: 2, 'parou de funcionar': 3, 'assistencia tecnica': 3, garantia: 2, fundiu: 3, troca: 1,
        ...Object.fromEntries(PRODUCT_BURST.map((phrase) => [phrase, 4])),
        ...Object.fromEntries(BOUGHT_FAILED.map((phrase) => [phrase, 3])),
        // A vehicle's part told with its defect (`VEHICLE_PART_DEFECT`; CDC art. 18).
        ...Object.fromEntries(VEHICLE_PART_DEFECT.map((phrase) => [phrase, 2])),
        // A home solar system that generates less than sold: the product's and the offer's fault (CDC arts. 18 and 30), not the utility's service.
        'energia solar': 5, 'placa solar': 5, 'placas solares': 5, 'painel solar': 5, 'paineis solares': 5, 'fotovoltaic*': 5, 'sistema solar': 4 },
    },
    {
      id: 'consumidor.cobranca-indevida', label: 'cobrança indevida',
      terms: { 'cobranca indevida': 5, 'cobrando': 2, cobraram: 2, 'nao reconheco': 3, 'desconto indevido': 4, tarifa: 2, estorno: 2, fatura: 1,
        // A service billed that was never ordered (CDC art. 39 III: it counts as a free sample; art. 42: paid back in double),
        // not a bank fraud, whose "nunca contratei" is said of a loan or a card.
        'servico nao contratado': 5, 'servico que nao contratei': 5, 'servico que nunca contratei': 5, 'servico que eu nao contratei': 5,
        'servico que eu nunca contratei': 5, 'servico nao solicitado': 5, 'servico que nunca pedi': 5, 'servico que eu nunca pedi': 5,
        // An app or a platform billing what the client never took (a ride, an order, a purchase) or a subscription after it was
        // cancelled (CDC art. 39 V; art. 42 p.u.: the undue charge paid comes back in double): the supplier's charge disputed.
        ...Object.fromEntries(['corrida', 'viagem', 'pedido', 'compra'].flatMap((what) => ['que eu nao fiz', 'que nao fiz', 'que eu nem fiz', 'que nem fiz', 'que eu nunca fiz',
          'que nunca fiz'].map((denial) => [`${what} ${denial}`, 4]))),
        ...Object.fromEntries(['continuam cobrando', 'continua cobrando', 'continuaram cobrando', 'continuam debitando', 'continua debitando', 'seguem cobrando',
          'cobrando depois que cancelei', 'cobrando mesmo depois de cancelar', 'cobranca apos o cancelamento', 'cobranca depois do cancelamento',
          'cobrancas depois do cancelamento', 'cobrancas apos o cancelamento', 'cancelei a assinatura', 'cancelei o plano', 'cancelei minha assinatura',
          'assinatura cancelada', 'taxa de cancelamento'].map((phrase) => [phrase, 4])),
        // A package billed the client never chose (`PACKAGE_BILLED`): a bank's package of fees over the free essential services, or an
        // add-on put on a phone or TV bill; an undue charge paid back in double, no fraud (Res. CMN 3.919/10 arts. 2º and 8º; CDC arts. 39 III and 42 p.u.).
        ...Object.fromEntries(PACKAGE_BILLED.map((phrase) => [phrase, 5])),
        // The bank's package told bare or by its product's name ("uma cesta", "a Cesta Fácil"): a food basket is no package of fees.
        cesta: 5, cestas: 5, 'cesta basica': 0, 'cestas basicas': 0 },
    },
    {
      // Collecting a due debt by exposing the debtor (calls to a relative or the workplace, threats): CDC arts. 42 and 71.
      id: 'consumidor.cobranca-abusiva', label: 'cobrança abusiva ou vexatória',
      terms: { 'cobranca abusiva': 5, 'cobranca vexatoria': 6, 'empresa de cobranca': 4, 'assessoria de cobranca': 4, 'escritorio de cobranca': 4, 'ligacoes de cobranca': 4, 'exposto ao ridiculo': 4, 'exposta ao ridiculo': 4 },
    },
    {
      id: 'consumidor.negativacao', label: 'negativação indevida',
      terms: { 'negativad*': 4, 'me negativar': 4, 'negativar meu nome': 4, 'negativar o meu nome': 4, 'nome sujo': 4, serasa: 3, spc: 3,
        // The everyday ways of saying the name was put on a defaulters' list (inscrição em cadastro de inadimplentes, CDC art. 43).
        'nome esta sujo': 4, 'nome ficou sujo': 4, 'sujou meu nome': 4, 'sujaram meu nome': 4, 'sujou o meu nome': 4, 'sujaram o meu nome': 4,
        'restricao no meu nome': 4, 'restricao no meu cpf': 4, 'restricao no nome': 3, 'nome negativado': 4, 'cadastro de inadimplentes': 4, 'limpar meu nome': 3, 'limpar o meu nome': 3 },
    },
    {
      id: 'consumidor.plano-saude', label: 'plano de saúde',
      terms: { 'plano de saude': 5, 'convenio medico': 4, cobertura: 3, reajuste: 2, carencia: 3, 'convenio negou': 4, 'convenio nao autoriz*': 4, 'doenca preexistente': 3, 'doenca pre existente': 3 },
    },
    {
      id: 'consumidor.transporte-aereo', label: 'transporte aéreo',
      terms: { voo: 4, 'companhia aerea': 4, bagagem: 4, aeroporto: 2, overbooking: 4 },
    },
    {
      id: 'consumidor.compra-online', label: 'compra não entregue ou arrependimento',
      terms: { 'nao entregaram': 4, 'nao chegou': 3, entrega: 2, 'compra online': 3, arrependimento: 3, site: 1,
        // The delivery the supplier owes and did not make (CDC art. 35), as the buyer tells it: the order that never came, the
        // delivery term and the tracking that stopped.
        'nunca chegou': 3, 'nunca foi entregue': 4, 'nao foi entregue': 4, 'nunca entregaram': 4, 'prazo de entrega': 3, 'prazo para entrega': 3,
        rastreio: 2, rastreamento: 2,
        // What came is not what the listing offered (the offer binds the supplier, CDC arts. 30 and 35): a purchase to undo, not a fraud.
        'diferente do anuncio': 4, 'diferente do anunciado': 4, 'nada a ver com o anuncio': 4, 'nada a ver com a foto': 4, 'diferente da foto': 4,
        'nao era o do anuncio': 4, 'nao e o do anuncio': 4, 'veio outro produto': 4, 'veio o produto errado': 4, 'produto errado': 3, 'veio errado': 3, 'direito de arrependimento': 5, 'porta a porta': 3, 'venda porta a porta': 4 },
    },
    {
      // A payroll loan discounted from a salary or a benefit before it is paid (Lei 10.820/03): the contract, the instalment and
      // the margin it may take are checked against what was discounted. Its words weigh as the area's own, so the area is unchanged.
      id: 'consumidor.consignado', label: 'empréstimo consignado',
      terms: { 'emprestimo consignado': 4, 'consignado*': 2, 'emprestimo no beneficio': 4, 'emprestimo na aposentadoria': 4, 'emprestimo no meu beneficio': 4 },
    },
    {
      id: 'consumidor.superendividamento', label: 'superendividamento', urgencyH: 168, complexity: 1,
      terms: { superendividamento: 6, 'devo para': 2, bancos: 2, financeiras: 3, 'consignado*': 2, 'cheque especial': 2, 'credito pessoal': 2, renegociar: 3, dividas: 2 },
    },
    {
      id: 'consumidor.servicos-essenciais', label: 'serviços essenciais (luz, água, telefone)',
      terms: { ...SUPPLY_CUT, 'conta de luz': 4, 'cortaram a luz': 5, 'corte de energia': 5, 'conta de agua': 4, 'operadora de celular': 3, internet: 2, 'internet cortada': 4, 'cortaram a internet': 4, 'corte do servico': 4, 'suspensao do servico': 4,
        // Appliances burnt by a surge: the distributor answers for them (CDC arts. 14 and 22; ANEEL's ressarcimento de danos elétricos).
        ...Object.fromEntries(WATER_SUPPLIER_NAMED.map((phrase) => [phrase, 4])),
        'companhia de energia': 4, 'distribuidora de energia': 4, 'companhia de luz': 4, 'empresa de luz': 4, 'cortar a luz': 4, 'corte de luz': 4, 'termo de ocorrencia': 4, 'termo de ocorrencia de irregularidade': 6, toi: 4, 'recuperacao de consumo': 6, 'irregularidade no medidor': 5, 'concessionaria de energia': 4, 'oscilacao de energia': 5, 'oscilacao na energia': 5,
        'queda de energia': 3, sobretensao: 5, 'descarga eletrica': 3, 'danos eletricos': 5, 'ressarcimento de danos eletricos': 6, 'aparelhos queimados': 4 },
    },
    {
      id: 'consumidor.contratos-bancarios', label: 'contrato bancário e financiamento',
      terms: { financiamento: 3, financiei: 2, 'alienacao fiduciaria': 4, 'busca e apreensao': 4, 'juros abusivos': 4, revisional: 3, 'cartao consignado': 4, 'cartao de credito consignado': 4, rmc: 4, 'reserva de margem consignavel': 5,
        // The bank or the finance company suing its customer for the debt (ação de cobrança, monitória, execução): the customer's
        // defence in a consumer contract (CDC art. 3 §2; Súmula 297 STJ), where the rates and charges are reviewed.
        ...Object.fromEntries(BANK_AS_PLAINTIFF.map((phrase) => [phrase, 4])) },
    },
    {
      id: 'consumidor.seguro', label: 'seguro - recusa de indenização',
      terms: { apolice: 4, 'contrato de seguro': 4, 'indenizacao securitaria': 5, 'seguro de vida': 4, 'seguro auto': 4, 'seguro do carro': 3, 'seguro residencial': 4, 'negativa de sinistro': 5, sinistro: 2, seguradora: 2 },
    },
    {
      id: 'consumidor.consorcio', label: 'consórcio - desistência e restituição',
      terms: { consorcio: 5, 'administradora de consorcio': 5, 'cota de consorcio': 5, desistencia: 2, desisti: 2, contemplacao: 3, 'carta de credito': 2 },
    },
    {
      // The bank answers that the client gave the password or made the transfers (culpa exclusiva, CDC art. 14 §3 II) against
      // its strict liability for fraud within its service (Súmula 479 STJ): the case turns on the log of the transactions.
      // The bank holding the client's own account or money for its fraud prevention (`BANK_HOLD_REASONS`): a service failure
      // when it lasts or holds a salary (CDC art. 14), not a fraud suffered.
      id: 'consumidor.bloqueio-pelo-banco', label: 'bloqueio de conta pelo banco',
      terms: Object.fromEntries(BANK_HOLD_REASONS.map((phrase) => [phrase, 4])),
    },
    {
      id: 'consumidor.fraude-bancaria', label: 'fraude bancária', complexity: 1,
      terms: { 'cartao clonado': 5, 'conta invadida': 4, 'emprestimo que nao fiz': 5, 'emprestimo nao contratado': 5, 'jamais contratei': 4, 'nunca contratei': 4, 'consignado nao contratado': 6, golpe: 2, pix: 2, 'falsa central': 5, 'falso funcionario': 5, 'falso atendente': 5, 'central de seguranca': 4, 'seguranca do banco': 5, 'seguranca do meu banco': 5, 'dizendo ser do banco': 5, 'se passando pelo banco': 5, 'se passou pelo banco': 5, 'fraude bancaria': 6, 'boleto falso': 5, 'boleto fraudado': 5, 'boleto adulterado': 5, 'golpe do boleto': 5,
        // Transactions outside the client's profile the bank let through (its security failure, Súmula 479 STJ), and the Pix's
        // special return mechanism asked of it (MED, Resolução BCB 103/2021).
        'fora do perfil': 4, 'fora do meu perfil': 4, 'fora do padrao': 3, 'fora do meu padrao': 3, 'movimentacao atipica': 5, 'movimentacoes atipicas': 5,
        'transacao atipica': 5, 'transacoes atipicas': 5, 'operacoes atipicas': 5, 'mecanismo especial de devolucao': 5, 'med do pix': 5,
        // A loan the client denies having made ("jamais solicitei esse empréstimo"): the contract is the fraud (Súmula 479 STJ).
        ...Object.fromEntries(LOAN_DENIED.map((phrase) => [phrase, 5])) },
    },
  ],
  defaultSubarea: 'relação de consumo',
  topics: ['timeline', 'parties', 'amount', 'documents', 'outcome', 'location', 'urgency'],
  recommendedAction: 'Avaliar com advogado de direito do consumidor a reclamação administrativa (Procon) ou ação no Juizado Especial Cível.',
  nextSteps: [
    'Reunir nota fiscal, contrato, protocolos de atendimento e prints das conversas',
    'Registrar reclamação no Procon ou no consumidor.gov.br',
    'Não pagar nem assinar acordos antes de falar com o advogado',
  ],
};
