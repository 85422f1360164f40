import { BORROWED_FROM_CLIENT, HONOUR_OFFENCES } from '../client-notes.lexicon';
import { AreaLexicon } from '../lexicon.types';
import { THING_HIRED } from '../route-notes.lexicon';

/** A thing thrown or fallen from a building (CC art. 938, "coisas que dele caírem ou forem lançadas em lugar indevido"). */
export const FALLEN_FROM_BUILDING_PHRASES: readonly string[] = [
  'objeto lancado', 'objetos lancados', 'coisa lancada', 'objeto arremessado', 'arremessado do predio', 'arremessado da janela',
  'caiu da janela', 'caiu de uma janela', 'jogaram da janela', 'jogado da janela', 'jogada da janela', 'caiu do predio', 'jogaram do predio', 'jogado do predio',
  'caiu de algum apartamento', 'jogaram de algum apartamento', 'jogado de algum apartamento', 'de algum apartamento do predio',
  'de qual apartamento caiu', 'de qual apartamento jogaram', 'de qual apartamento foi jogado', 'de qual unidade caiu',
  // The unit or the balcony it came from, told without the verb beside it ("jogaram um vaso de algum apartamento").
  'de algum apartamento', 'de um dos apartamentos', 'de alguma janela', 'de alguma sacada', 'caiu da sacada', 'caiu da varanda', 'jogaram da sacada',
  'jogaram da varanda', 'jogaram pela janela', 'jogado pela janela', 'caiu de um apartamento', 'caiu do apartamento', 'jogaram de um apartamento',
];
const FALLEN_FROM_BUILDING = Object.fromEntries(FALLEN_FROM_BUILDING_PHRASES.map((phrase) => [phrase, 6]));

/**
 * A passenger hurt getting on or off a bus, or inside it: the carrier answers for the passenger's safety whatever a third party did
 * (CC arts. 734-735; Súmula 187 STF), a civil claim for the harm; the city or the concession's contract is background.
 */
const BUS_PASSENGER_HURT = [
  'descendo do onibus', 'descer do onibus', 'desci do onibus', 'desceu do onibus', 'subindo no onibus', 'subir no onibus', 'subi no onibus', 'subiu no onibus',
  'caiu do onibus', 'cai do onibus', 'caiu dentro do onibus', 'cai dentro do onibus', 'passageiro do onibus', 'passageira do onibus', 'porta do onibus',
];

/**
 * Goods the client handed to a private person to resell ("pegou umas peças comigo pra revender", "passei as peças pra uma mulher
 * revender"): the venda estimatória (CC arts. 534-537), whose reseller owes the price or the goods back, collected in the civil courts
 * (CPC art. 700), whatever the client calls the default. Told from the supplier's side only: "comprei pra revender" is the reseller's.
 */
const GOODS_LEFT_FOR_RESALE: string[] = [
  'comigo pra revender', 'comigo para revender',
  ...['pra', 'para'].flatMap((to) => ['', 'uma ', 'um ', 'minha ', 'meu '].flatMap((a) =>
    ['ela', 'ele', 'mulher', 'moca', 'rapaz', 'conhecida', 'conhecido', 'amiga', 'amigo', 'vizinha', 'vizinho', 'colega'].map((who) => `${to} ${a}${who} revender`))),
];

export const CIVIL: AreaLexicon = {
  code: 'civil',
  terms: {
    // A thing hired for an occasion (`THING_HIRED`): a civil hire, which the other side's trade makes a consumer one (a rental company, CDC art. 3).
    ...Object.fromEntries(THING_HIRED.map((phrase) => [phrase, 2])),
    'indeniza*': 2, 'indenize*': 2, 'dano moral': 3, 'danos morais': 3, 'dano material': 3, prejuizo: 1,
    // Who ran a red light is the one at fault in a collision (CTB arts. 44 and 208): the claim for the damage is civil.
    'avanc* o sinal': 4, 'furou o sinal': 4, 'sinal vermelho': 3, 'passou no vermelho': 4, 'passou o sinal': 4,
    // The traffic officer who was or was not at the scene: not a custody ("guarda" of a child).
    'guarda de transito': 3, 'agente de transito': 3, 'guarda no local': 2,
    ...Object.fromEntries(BUS_PASSENGER_HURT.map((phrase) => [phrase, 5])),
    acidente: 2, 'acidente de transito': 4, batida: 3, 'bateu no meu carro': 5, 'bateram no meu carro': 5,
    'bateram na traseira': 5, 'bateu na traseira': 5, traseira: 3, conserto: 2, colisao: 4, 'atropel*': 4, seguradora: 1, 'de particular': 3, 'de um particular': 3, 'entre particulares': 3, 'vendedor particular': 3, 'pessoa fisica': 2, contrato: 1,
    // A private moneylender's loan (agiotagem): a loan between persons whose interest above the legal rate is void (Decreto
    // 22.626/33 arts. 1 and 11; CC art. 591), revised in the civil courts; no bank, so no consumer contract.
    agiota: 5, agiotas: 5, agiotagem: 6, 'juros de agiota': 6, 'emprestimo usurario': 6, 'juros usurarios': 6,
    'emprestei': 4, 'mil emprestado': 3, 'mil emprestados': 3, 'reais emprestado': 3, 'reais emprestados': 3, 'me emprestou': 3, emprestou: 2, mutuo: 4, 'acao de cobranca': 5, 'acao monitoria': 6, monitoria: 5, 'me deve': 3, 'nota promissoria': 4, 'confissao de divida': 4, 'reconhecimento de divida': 4, 'reconhece a divida': 3, 'reconheceu a divida': 3, calote: 3, vizinho: 2, barulho: 2,
    ...Object.fromEntries(GOODS_LEFT_FOR_RESALE.map((phrase) => [phrase, 3])),
    // A promissory note and its guarantor (aval, LUG arts. 30-32; Decreto 2.044/1908): a title between persons, enforced in the civil
    // courts (CPC art. 784 I), whoever lent; the guarantor answers for the whole debt beside the debtor.
    promissoria: 4, promissorias: 4, avalista: 3, 'como avalista': 4, 'fui avalista': 4,
    'responsabilidade civil': 5, 'rescisao contratual': 4, 'rescisao do contrato': 4, 'multa de rescisao': 3, 'multa contratual': 3, 'multa rescisoria': 3, 'alienacao fiduciaria': 3, 'erro medico': 5, 'site de anuncios': 3, olx: 3, anuncio: 2,
    // A neighbour's building work that damages the house next door (CC arts. 1.277, 1.299 and 1.311): the city's permit is background.
    'obra do vizinho': 5, 'obra vizinha': 5, 'direito de vizinhanca': 6, 'uso anormal da propriedade': 6, 'nunciacao de obra nova': 6, escoramento: 3,
    'vicio oculto': 5, escondeu: 2, 'desfazer a compra': 3, 'desfazer o negocio': 3,
    'uso indevido de imagem': 5, 'mordeu': 2, 'prestador de servico': 2, 'servico mal feito': 4,
    'sem autorizacao': 2, 'fotos minhas': 3, 'exposta': 2, 'exposto': 2, 'publicou': 2, 'postou': 2, postar: 2, 'postage*': 3, instagram: 2, facebook: 2, 'remocao de conteudo': 5, 'ofensa a honra': 4, constrangimento: 2,
    'revogacao da doacao': 6, 'revogar a doacao': 6, 'desfazer a doacao': 5, ingratidao: 5, doei: 2,
    'obrigacao de fazer': 5, 'nao transferiu': 4, 'nunca transferiu': 4, 'transferencia do veiculo': 4, 'transferir o veiculo': 4, 'transfira o carro': 4, 'transfira a moto': 4, 'comunicacao de venda': 2, 'recibo de venda': 3, 'recibo de compra e venda': 3,
    // An animal loose on a road or a neighbour's land: its owner or keeper answers for the damage
    // (CC art. 936); the collision with it is a civil claim, not a crime.
    'animal solto': 5, 'animais soltos': 5, 'bicho solto': 5, 'gado solto': 5, 'cavalo solto': 5, 'jumento solto': 5, 'jegue solto': 5,
    'boi solto': 5, 'vaca solta': 5, 'animal na pista': 5, 'animal na rodovia': 5, 'dono do animal': 5, 'detentor do animal': 5,
    // A vehicle sold with a lien the seller hid: the buyer who loses it to the bank is evicted (CC arts. 447-457) and claims from the seller.
    gravame: 4, 'com gravame': 5, 'veiculo alienado': 4, 'carro alienado': 4, eviccao: 6,
    // An engagement broken off (CC arts. 186 and 927): no marriage took place, so what was spent on it and the harm are claimed
    // in the civil courts, between two private persons, not in family law.
    'rompimento de noivado': 7, 'rompimento do noivado': 7, 'fim do noivado': 6, 'terminou o noivado': 6, 'desmanchou o noivado': 6, 'desfez o noivado': 6,
    'noivado desfeito': 6, 'noivo terminou': 5, 'noiva terminou': 5, 'noivo desistiu': 5, 'noiva desistiu': 5, 'desistiu do casamento': 5,
    // A thing thrown or fallen from a building onto a passer-by or a car (CC art. 938): the dweller answers, and the condominium when
    // the unit is unknown (STJ, REsp 64.682): a civil claim of the injured third party, not the condominium's own affairs.
    ...FALLEN_FROM_BUILDING,
    // The usucapião of a movable (a car, a motorbike held as one's own for 3 or 5 years: CC arts. 1.260-1.262): the thing is no real
    // property, and the longer phrase takes the bare 'usucapiao' of the property lexicon.
    ...Object.fromEntries(['do carro', 'de carro', 'da moto', 'de moto', 'do veiculo', 'de veiculo', 'da motocicleta', 'do caminhao', 'de bem movel', 'de bens moveis']
      .map((movable) => [`usucapiao ${movable}`, 7])),
    pedreiro: 1, reforma: 1, 'morreu': 1, 'cheque': 1, 'cobrar': 1, 'redes sociais': 1,
  },
  subareas: [
    {
      id: 'civil.indenizacao-morte', label: 'indenização por morte', complexity: 2,
      terms: { morreu: 2, faleceu: 2, obito: 2, 'atropel*': 2 },
    },
    {
      id: 'civil.acidente-transito', label: 'acidente de trânsito - indenização',
      terms: { 'acidente de transito': 5, batida: 4, bateu: 2, colisao: 4, 'atropel*': 3, moto: 1, carro: 1, caminhao: 1, ...Object.fromEntries(BUS_PASSENGER_HURT.map((phrase) => [phrase, 4])) },
    },
    {
      id: 'civil.vicio-oculto', label: 'vício oculto em compra entre particulares',
      terms: { 'vicio oculto': 5, escondeu: 3, 'de particular': 2, 'de um particular': 2, 'entre particulares': 2, anuncio: 2, leilao: 2, sinistro: 1, 'desfazer a compra': 3, abatimento: 3 },
    },
    {
      id: 'civil.cobranca', label: 'cobrança de dívida entre particulares',
      terms: { emprestei: 4, ...Object.fromEntries(BORROWED_FROM_CLIENT.map((phrase) => [phrase, 4])), 'me emprestou': 4, emprestou: 2, mutuo: 4, 'acao de cobranca': 4, 'acao monitoria': 5, monitoria: 4, 'me deve': 4, 'nao me pagou': 3, calote: 4, ...Object.fromEntries(GOODS_LEFT_FOR_RESALE.map((phrase) => [phrase, 3])), cheque: 2, 'nota promissoria': 4, 'confissao de divida': 4, promissoria: 4, avalista: 3, 'como avalista': 4 },
    },
    {
      id: 'civil.danos-morais', label: 'danos morais',
      terms: { ...HONOUR_OFFENCES, 'dano moral': 4, 'danos morais': 4, honra: 2, difamacao: 3, calunia: 3, constrangimento: 2, 'postage*': 2, 'remocao de conteudo': 4, 'humilh*': 2, exposicao: 2, 'redes sociais': 2, imagem: 2,
        // A news item about the client (personality rights against press freedom: CC arts. 12, 20-21; Lei 13.188/15; STF Tema 786).
        noticia: 2, reportagem: 2, 'materia jornalistica': 4, 'portal de noticias': 4, 'site de noticias': 4, google: 2,
        'direito ao esquecimento': 6, desindexacao: 5, desindexar: 5, 'direito de resposta': 5 },
    },
    {
      id: 'civil.erro-medico', label: 'erro médico', complexity: 1,
      terms: { 'erro medico': 5, hospital: 1, medico: 1, cirurgia: 1, sequela: 3, cirurgiao: 2, prontuario: 3, 'negligencia medica': 5, impericia: 4,
        // A nerve cut or injured in a procedure, and the doctor's answer that it was the surgery's risk: the iatrogenic harm a medical
        // liability claim turns on (CC art. 951; CDC art. 14 §4), whoever paid for the surgery.
        ...Object.fromEntries(['nervo foi cortado', 'cortaram o nervo', 'cortou o nervo', 'lesao no nervo', 'lesao do nervo', 'lesionou o nervo', 'lesionaram o nervo',
        'risco da cirurgia', 'complicacao cirurgica', 'complicacao da cirurgia', 'intercorrencia'].map((phrase) => [phrase, 3])) },
    },
    {
      id: 'civil.busca-apreensao-veiculo', label: 'busca e apreensão de veículo financiado',
      terms: { 'busca e apreensao': 3, 'alienacao fiduciaria': 3, 'purgar a mora': 4, 'purgacao da mora': 4, financiamento: 1, financiado: 1 },
    },
    {
      id: 'civil.contratos', label: 'descumprimento de contrato',
      terms: { contrato: 2, 'descumpri*': 3, 'prestador de servico': 3, 'servico mal feito': 3, pedreiro: 2, reforma: 2, empreitada: 4, empreiteiro: 3, 'mestre de obras': 3, 'abandonou a obra': 4, 'obra pela metade': 3 },
    },
    {
      id: 'civil.doacao', label: 'doação e sua revogação',
      terms: { 'revogacao da doacao': 6, 'revogar a doacao': 6, 'desfazer a doacao': 5, ingratidao: 4, doei: 2, doacao: 2 },
    },
    {
      // The owner or keeper of an animal answers for the harm it does (CC art. 936), unless the victim's fault or force majeure is
      // proved: a dog's bite or an animal loose on a road, whose treatment costs are the loss, not a medical error.
      id: 'civil.animal', label: 'dano causado por animal (CC art. 936)',
      terms: { cachorro: 2, cao: 2, pitbull: 4, rottweiler: 4, 'cachorro bravo': 5, 'cao bravo': 5, mordida: 3, mordeu: 3, 'ataque de cachorro': 6, 'ataque de cao': 6, 'atacado por um cachorro': 6,
        'dono do cachorro': 5, 'dono do cao': 5, 'animal solto': 6, 'animais soltos': 6, 'bicho solto': 6, 'gado solto': 6, 'cavalo solto': 6, 'boi solto': 6,
        'vaca solta': 6, 'animal na pista': 6, 'animal na rodovia': 6, 'dono do animal': 6, 'detentor do animal': 6 },
    },
    {
      id: 'civil.coisa-caida', label: 'coisa caída ou lançada de prédio (CC art. 938)',
      terms: Object.fromEntries(FALLEN_FROM_BUILDING_PHRASES.map((phrase) => [phrase, 6])),
    },
    {
      id: 'civil.vizinhanca', label: 'direito de vizinhança',
      // The unit above or below as the source of a leak or a noise: a neighbour's abnormal use of property (CC art. 1.277), not the condominium's affairs.
      terms: { 'vizinho de cima': 5, 'vizinha de cima': 5, 'apartamento de cima': 5, 'vizinho de baixo': 4, 'vizinha de baixo': 4, 'apartamento de baixo': 4,
        vizinho: 3, barulho: 3, muro: 2, arvore: 2, infiltracao: 2, 'obra do vizinho': 5, 'obra vizinha': 5, 'direito de vizinhanca': 6, 'uso anormal da propriedade': 6, 'nunciacao de obra nova': 6, escoramento: 3, 'muro de divisa': 3,
        // A rotten tree or trunk ("a árvore tava podre"): the danger its keeper left standing on the land next door (CC arts. 1.277
        // and 1.280; 186 and 927), not food sold spoiled ('tava podre', consumer).
        ...Object.fromEntries(['arvore', 'tronco'].flatMap((tree) => ['', 'ta ', 'tava ', 'esta ', 'estava '].map((was) => [`${tree} ${was}podre`, 4]))) },
    },
  ],
  defaultSubarea: 'responsabilidade civil e contratos',
  topics: ['timeline', 'parties', 'amount', 'documents', 'location', 'outcome', 'urgency'],
  recommendedAction: 'Avaliar com advogado cível a tentativa de acordo e a ação de indenização ou cobrança cabível.',
  nextSteps: [
    'Reunir contratos, recibos, comprovantes de pagamento e conversas',
    'Guardar fotos, laudos e orçamentos que provem o prejuízo',
    'Não assinar quitação nem acordo antes de falar com o advogado',
  ],
};
