import { ANTISOCIAL_OWNER } from '../complexity.lexicon';
import { AreaLexicon } from '../lexicon.types';
import { BOUNDARY_ENCROACHMENT, HOME_AUCTIONED, HOME_LENT } from '../route-notes.lexicon';
import { LOCKED_OUT } from '../safety.lexicon';

export const IMOBILIARIO: AreaLexicon = {
  code: 'imobiliario',
  terms: {
    // Co-ownership of one property (condomínio voluntário, CC arts. 1.314-1.322): ideal shares, and the end of it by the sale of the whole.
    'extincao de condominio': 7, 'extincao do condominio': 7, 'extinguir o condominio': 7, 'alienacao judicial de coisa comum': 6, 'alienacao judicial do imovel': 5, 'fracao ideal': 5, 'coproprietari*': 5, 'co proprietari*': 5,
    // A sign or an advertisement offering a lease ("placa de aluga-se") is not one: the longer phrase, worth nothing, keeps
    // 'alug*' from naming a lease where the client only saw a sign (on a house they occupy, a shop they pass).
    'placa de aluga*': 0, 'placa aluga*': 0, 'anuncio de aluga*': 0, 'faixa de aluga*': 0,
    // A rented car or motorbike (the app driver's, the courier's) is a rental of a movable (CC art. 565), no lease of property:
    // the longer phrases, worth nothing, keep 'alug*' and 'locacao' from naming one.
    'carro alugado': 0, 'carro e alugado': 0, 'carro de aluguel': 0, 'aluguel do carro': 0, 'aluguel de carro': 0, 'alugar um carro': 0, 'aluguei um carro': 0,
    'moto alugada': 0, 'moto e alugada': 0, 'aluguel da moto': 0, 'aluguel de moto': 0, 'veiculo alugado': 0, 'aluguel do veiculo': 0,
    'locacao de veiculo*': 0, 'locacao do veiculo': 0, 'locacao de carro*': 0,
    // The building's plan approved by the city (with its alvará and habite-se) is no purchase off-plan: the longer phrases,
    // worth nothing, keep 'na planta' from naming a builder's sale where the client cites the plan's area.
    'na planta aprovada': 0, 'na planta da prefeitura': 0, 'na planta da casa': 0, 'na planta do imovel': 0,
    // The landlord's everyday name, senhorio or senhoria (the matcher's one-letter slip reads both): the one who lets the home
    // (Lei 8.245/91 art. 22). The formal "Vossa Senhoria" of a letter, worth nothing, is no landlord.
    senhorio: 5, 'vossa senhoria': 0, 'sua senhoria': 0, 'v senhoria': 0,
    'alug*': 4, inquilino: 5, locador: 5, locatario: 5, locacao: 5, proprietario: 2, 'dono do imovel': 4,
    'dono da casa': 3, 'dono do apartamento': 4, despejo: 5, despejar: 5, caucao: 4, fiador: 4,
    imobiliaria: 4, imovel: 3, imoveis: 2, apartamento: 2, terreno: 3, lote: 2, escritura: 4,
    'matricula do imovel': 5, 'registro de imoveis': 5, usucapiao: 7, invasao: 3, invadiram: 3,
    condominio: 4, sindico: 4, 'taxa de condominio': 5, construtora: 5, 'atraso na obra': 5,
    // The developer that sells units of a building still to be built and the buyers of its units (incorporação imobiliária, Lei
    // 4.591/64 arts. 28-32 and 43): the work's own fund kept apart from the developer's debts (patrimônio de afetação, arts. 31-A to
    // 31-F) and the buyers' committee that may take the work over when it stops (arts. 31-F and 43 VI).
    incorporadora: 6, 'incorporacao imobiliaria': 6, 'patrimonio de afetacao': 6, 'comissao de representantes': 6, adquirentes: 3,
    'entrega das chaves': 4, 'na planta': 4, distrato: 5, 'financiamento imobiliario': 6, 'financiamento da casa': 5, 'financiamento da minha casa': 5, 'financiamento do imovel': 5, 'financiamento do apartamento': 5,
    'minha casa minha vida': 5, vistoria: 3, itbi: 2, iptu: 1, 'compra e venda': 3, corretor: 3,
    // A home financed with a bank under a fiduciary sale (Lei 9.514/97), told in everyday words: the home "financiada pela Caixa" (not
    // "a casa financiada" alone, the couple's asset in a divorce), the property "passou pro nome do banco" (the consolidation, art. 26),
    // the home insurance that pays the balance on the borrower's death (MIP).
    'financiada pela caixa': 5, 'financiado pela caixa': 5,
    'passou pro nome do banco': 5, 'passou para o nome do banco': 5, 'seguro habitacional': 6, 'seguro do financiamento': 5,
    'consolidacao da propriedade': 6, 'leilao extrajudicial': 6, 'leilao do imovel': 5, 'lei 9514': 6, 'intimacao do cartorio': 4,
    // The client's home told as going to auction (the public auctions after the consolidation, Lei 9.514 art. 27, or a
    // judicial one), and the auction's notice, which is no public tender's edital.
    ...Object.fromEntries(HOME_AUCTIONED.map((phrase) => [phrase, 5])), 'edital do leilao': 4, 'edital de leilao': 4,
    'contrato de gaveta': 5, 'sem escritura': 5, posse: 3, posseiro: 4, 'imovel sem registro': 5, 'benfeitoria*': 4, 'reintegracao de posse': 5,
    // A home lent for free (comodato) is taken back by the owner's possessory action once the
    // occupant, notified, refuses to leave (arts. 581-582 of the Código Civil).
    // A rural lease or sharecropping of land (Estatuto da Terra, Lei 4.504, and Decreto 59.566): the
    // lessee's term, renewal and right of first refusal when the land is sold (art. 92 §3).
    'arrendamento rural': 7, 'contrato de arrendamento': 5, arrendatario: 5, arrendador: 4, 'arrend*': 3, 'parceria agricola': 5, 'parceria rural': 5, 'estatuto da terra': 6,
    // Losing possession (esbulho) or being disturbed in it (turbação) is a possessory action, and a fence moved over the
    // boundary a demarcation (CPC arts. 554-568 and 574; CC arts. 1.210 and 1.297): the police report of it is background.
    esbulho: 6, turbacao: 6, 'acao possessoria': 6, possessoria: 4, demarcacao: 5, 'demarcatoria': 6, 'divisa do terreno': 4, 'divisa da terra': 4, 'divisa do sitio': 4, georreferenciamento: 4, 'alqueire*': 3,
    // A construction or fence put past the boundary onto the client's land (CC arts. 1.258-1.259): the strip taken back.
    ...Object.fromEntries(BOUNDARY_ENCROACHMENT.map((phrase) => [phrase, 4])),
    // A house lent, in the owner's words: the longer phrase keeps 'emprestei' from naming a loan of money.
    ...Object.fromEntries(HOME_LENT.map((phrase) => [phrase, 4])),
    // A studio flat, and the occupant put out of it by the other side's own hand (`LOCKED_OUT`): a possessory case.
    kitnet: 3, kitinete: 3, quitinete: 3, ...Object.fromEntries(LOCKED_OUT.map((phrase) => [phrase, 5])),
    comodato: 4, 'de favor': 3, 'desocupar o imovel': 4, 'desocupar a casa': 4, 'se recusa a sair': 2, 'nao quer sair': 2,
  },
  subareas: [
    {
      id: 'imobiliario.caucao', label: 'locação - devolução de caução',
      terms: { caucao: 5, devolver: 1, vistoria: 3, pintar: 2, pintura: 2, 'entrega das chaves': 3, 'devolucao das chaves': 3, 'vistoria de saida': 4, 'desocupacao do imovel': 3 },
    },
    {
      id: 'imobiliario.despejo', label: 'despejo por falta de pagamento', complexity: 1,
      terms: { 'despej*': 3, inquilino: 3, 'nao paga': 2, 'aluguel atrasado': 4, 'falta de pagamento': 4, 'acao de despejo': 5 },
    },
    // Named only by the facts (`SUBAREA_REQUIREMENTS`): an eviction with the rent paid up to date.
    // The tenant's own words for being put out by the owner ("o dono quer me botar pra fora"), with no arrears told, name it too.
    {
      id: 'imobiliario.retomada', label: 'despejo sem atraso de aluguel (fim do contrato ou retomada do imóvel)',
      // And the landlord's notice to leave, by its name in the law (denúncia vazia, retomada: Lei 8.245/91 arts. 46 §2º, 47 and 57).
      terms: { 'me botar pra fora': 3, 'me colocar pra fora': 3, 'me por pra fora': 3, 'me tirar da casa': 3, 'me tirar do imovel': 3, 'me tirar do apartamento': 3,
        'denuncia vazia': 5, 'retomada do imovel': 4, 'notificacao de desocupacao': 4, 'notificacao para desocupacao': 4,
        ...Object.fromEntries(['notificacao pra', 'notificacao para'].flatMap((notice) => ['eu sair', 'sair', 'desocupar', 'eu desocupar'].map((act) => [`${notice} ${act}`, 3]))) },
    },
    {
      id: 'imobiliario.locacao', label: 'locação - direitos e obrigações',
      terms: { reajuste: 2, renovacao: 2, 'multa rescisoria': 3, reparos: 2, infiltracao: 2, fiador: 2 },
    },
    {
      // A builder's delay or defect is never simple: the contract's tolerance and penalty clauses (Lei 4.591/64 art. 43-A), the
      // rents lost during the delay (Temas 970 and 996 STJ), the rescission and what is returned (Súmula 543 STJ; Lei 13.786/18).
      id: 'imobiliario.construtora', label: 'compra na planta e construtora', complexity: 1, notLow: true,
      terms: { construtora: 4, 'atraso na obra': 5, 'atraso na entrega': 4, 'na planta': 4, distrato: 5, rachadura: 3, rachaduras: 3,
        incorporadora: 4, 'patrimonio de afetacao': 4, 'comissao de representantes': 4 },
    },
    {
      id: 'imobiliario.regularizacao', label: 'regularização de imóvel e usucapião',
      // Paying the property's tax as one's own is the possession with animus domini that usucapião needs (CC arts. 1.238 and
      // 1.242), and its receipts are the usual proof: the longer phrases keep 'iptu' and 'carnê' from naming a tax dispute,
      // which names the charge (cobrança, lançamento, isenção, valor venal).
      terms: { 'pago o iptu': 3, 'pago iptu': 3, 'paguei o iptu': 3, 'pagava o iptu': 3, 'pagando o iptu': 3, 'carnes do iptu': 3, 'carne do iptu': 3,
        'comprovantes do iptu': 3, 'comprovantes de iptu': 3, 'iptu no meu nome': 3, 'iptu em meu nome': 3,
        // The rural land's tax (ITR, Lei 9.393/96) paid by the occupant is the same proof for a farm or a sítio.
        'pago o itr': 3, 'pago itr': 3, 'paguei o itr': 3, 'pagava o itr': 3, 'pagando o itr': 3, 'pagamos o itr': 3, 'recibos do itr': 3, 'comprovantes do itr': 3,
        'itr no meu nome': 3, 'itr em meu nome': 3,
        usucapiao: 6, escritura: 3, regularizar: 3, matricula: 3, 'contrato de gaveta': 5, 'abandonad*': 2, 'antigo dono': 3, 'antigo proprietario': 3, 'dono anterior': 3 },
    },
    {
      id: 'imobiliario.condominio', label: 'condomínio',
      // The owner or occupant whose repeated conduct makes life in the building impossible (condômino antissocial, CC art. 1.337).
      terms: { condominio: 4, sindico: 4, 'taxa de condominio': 4, assembleia: 3, ...Object.fromEntries(ANTISOCIAL_OWNER.map((phrase) => [phrase, 5])) },
    },
    {
      id: 'imobiliario.compra-venda', label: 'compra e venda de imóvel',
      terms: { 'compra e venda': 4, 'comprei um imovel': 5, 'comprei uma casa': 4, corretor: 2, sinal: 2, arras: 4 },
    },
    {
      id: 'imobiliario.arrendamento-rural', label: 'arrendamento e parceria rural',
      terms: { 'arrendamento rural': 6, 'contrato de arrendamento': 4, arrendatario: 4, arrendador: 3, 'arrend*': 3, 'parceria agricola': 5, 'parceria rural': 5, 'estatuto da terra': 5 },
    },
    {
      id: 'imobiliario.posse', label: 'posse e invasão', urgencyH: 168,
      terms: { invasao: 4, invadiram: 4, 'reintegracao de posse': 6, esbulho: 5, turbacao: 5, 'acao possessoria': 5, demarcacao: 4, 'demarcatoria': 5,
        ...Object.fromEntries(BOUNDARY_ENCROACHMENT.map((phrase) => [phrase, 4])) },
    },
  ],
  defaultSubarea: 'direito imobiliário',
  topics: ['timeline', 'amount', 'location', 'documents', 'parties', 'outcome', 'urgency'],
  recommendedAction: 'Avaliar com advogado imobiliário o contrato e a medida cabível (notificação, acordo ou ação).',
  nextSteps: [
    'Reunir contrato, recibos ou comprovantes de pagamento e laudos de vistoria',
    'Guardar fotos do imóvel e as conversas com a outra parte',
    'Tirar a matrícula atualizada do imóvel no cartório, se houver compra ou posse em discussão',
  ],
};
