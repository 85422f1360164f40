import type { ClientNote } from './client-notes.lexicon';

/**
 * A manager named without whose ("o gerente"): the client's employer only when the client works there (`WORKPLACE_CUES` in
 * the same message). Otherwise it is the staff of a bank, a shop or a hotel the client deals with as a customer, and that
 * business is the party ("o gerente da agência do banco" -> banco).
 */
// "meu gerente" is one's boss at work; "meu gerente do banco" (a longer phrase of `banco`) one's bank's.
export const WORKPLACE_ONLY_PHRASES: string[] = ['gerente'];

/** Words by which a client tells they work where a manager is ("trabalho de caixa", "fui demitido", "carteira assinada"). */
export const WORKPLACE_CUES: string[] = [
  'trabalh*', 'emprego', 'empregad*', 'demit*', 'demissao', 'funcionari*', 'holerite*', 'contracheque*', 'expediente', 'salario',
  'clt', 'carteira assinada', 'justa causa', 'mand* embora', 'afastamento', 'hora extra', 'horas extras',
  'assedi*', 'meu turno', 'meu setor', 'registrad*', 'colega*', 'estagi*', 'meu cargo', 'promoc*', 'rescisao', 'aviso previo',
];

/** The label of the client's own accountant (one of `NOT_OPPOSING`). */
export const OWN_ACCOUNTANT = 'contador do cliente';

/** The client's spouse's label in `PARTIES`, dropped when the spouse is the client's co-owner (`isSpouseCoOwner`). */
export const SPOUSE_LABEL = 'cônjuge ou companheiro(a)';

/**
 * Who else is involved: the label shown to the lawyer -> the ways people refer to it.
 * Phrases follow the area lexicon syntax (accents optional, `*` = any ending).
 */
export const PARTIES: Record<string, string[]> = {
  // A bank's manager is the bank's staff, not an employer (`banco` has "gerente do banco", "gerente da agência": the longer
  // phrase wins). "A firma" is the lay word for the company one works for (not the signature of "reconhecer firma").
  empregador: [
    'empregador', 'patrao', 'patroa', 'empresa onde trabalh*', 'meu chefe', 'minha chefe', 'encarregado', 'dono da empresa', 'gerente',
    'meu gerente', 'minha gerente', 'gerente da empresa', 'gerente da firma',
    'a firma', 'da firma', 'na firma', 'pela firma', 'pra firma', 'para a firma',
  ],
  'dono (proprietário)': ['o dono', 'a dona'],
  'colegas de trabalho': ['colega de trabalho', 'colegas', 'colega'],
  sindicato: ['sindicato'],
  INSS: ['inss', 'perito', 'pericia do inss'],
  'médico do trabalho': ['medico do trabalho'],
  loja: ['loja', 'revenda', 'concessionaria', 'magazine'],
  // The one who sold, a shop's clerk or a house's owner alike ("o vendedor, senhor Aristides, faleceu"): a seller, not a shop.
  vendedor: ['vendedor', 'vendedora'],
  'site ou marketplace': ['site de anuncios'],
  banco: [
    'banco', 'bancos', 'caixa economica', 'financeira', 'financeiras', 'gerente do banco', 'gerente da agencia', 'gerente de conta', 'gerente da conta',
    'gerente da minha conta', 'gerente da minha agencia', 'gerente do meu banco', 'meu gerente do banco', 'minha gerente do banco', 'meu gerente da agencia', 'minha gerente da agencia', 'meu gerente de conta', 'minha gerente de conta',
  ],
  'plano de saúde': ['plano de saude', 'convenio medico', 'operadora do plano'],
  operadora: ['operadora', 'operadora de celular', 'companhia telefonica'],
  'companhia aérea': ['companhia aerea', 'empresa aerea'],
  seguradora: ['seguradora', 'companhia de seguros'],
  transportadora: ['transportadora'],
  // An in-law of an ended marriage ("minha ex-cunhada", "meu ex-sogro") is a relative by affinity, not the former
  // spouse: the "ex" ends the tie of affinity (CC art. 1.595), and the case is between them, not a family case.
  'ex-parente por afinidade (ex-cunhado, ex-sogro)': [
    'ex cunhad*', 'ex sogr*', 'ex genro', 'ex nora', 'ex concunhad*', 'ex entead*', 'ex padrasto', 'ex madrasta',
    'minha ex cunhad*', 'meu ex cunhad*', 'minha ex sogr*', 'meu ex sogr*', 'meu ex genro', 'minha ex nora',
    'minha ex concunhad*', 'meu ex concunhad*', 'minha ex enteada', 'meu ex enteado', 'meu ex padrasto', 'minha ex madrasta',
  ],
  'ex-cônjuge ou ex-companheiro(a)': ['ex marido', 'ex mulher', 'ex esposa', 'ex companheir*', 'meu ex', 'minha ex', 'ex conjuge', 'pai do meu filho', 'pai da minha filha', 'mae do meu filho', 'mae da minha filha', 'pai do meu menino', 'pai da minha menina', 'mae do meu menino', 'mae da minha menina', 'pai do menino', 'pai da menina', 'pai dos meninos', 'pai do meu guri', 'pai da minha guria', 'mae do menino', 'mae da menina', 'mae dos meninos', 'mae do meu guri', 'mae da minha guria', 'pai dos meus filhos', 'mae dos meus filhos', 'pai das minhas filhas', 'mae das minhas filhas', 'pai das criancas', 'mae das criancas'],
  [SPOUSE_LABEL]: ['meu marido', 'minha esposa', 'minha mulher', 'meu companheiro', 'minha companheira'],
  // Someone the client does not know ("um homem ligou dizendo ser do banco", "uma mulher me abordou"): a stranger, never the spouse.
  'pessoa não identificada': ['um homem', 'uma mulher'],
  filhos: ['filho', 'filha', 'filhos', 'filhas'],
  'familiares': ['meu pai', 'minha mae', 'meu irmao', 'minha irma', 'meus pais', 'minha familia', 'meu tio', 'minha tia', 'meu avo', 'minha avo'],
  herdeiros: ['herdeiro', 'herdeiros'],
  prefeitura: ['prefeitura', 'municipio'],
  'Estado': ['governo do estado', 'secretaria da fazenda', 'secretaria de estado', 'sefaz'],
  // The income-tax review is the Receita's ("caí na malha fina").
  'Receita Federal': ['receita federal', 'receita', 'malha fina'],
  Detran: ['detran'],
  'órgão público': ['orgao publico', 'autarquia', 'tribunal de contas', 'comissao processante', 'comissao'],
  'Ministério Público': ['ministerio publico', 'promotor', 'promotoria'],
  // The military police named by its acronym ("uma blitz da PM-MG"): the police, not a name.
  polícia: ['policia', 'policiais', 'policial', 'delegado', 'delegacia', 'pm', 'prf'],
  // Also the unit or the resident above or beside, as a neighbour's case tells them ("o apartamento de cima está vazando").
  vizinho: ['vizinho', 'vizinha', 'vizinhos', 'apartamento de cima', 'ap de cima', 'apto de cima', 'morador de cima', 'moradora de cima', 'apartamento ao lado', 'casa ao lado'],
  // A friend or acquaintance the client lent, sold or handed something to ("emprestei 4 mil pra um amigo"): the debtor of a loan
  // between private persons (CC arts. 586-592). Only with the preposition: "fui com um amigo" names a companion, not a party.
  'amigo ou conhecido': [
    ...['pra', 'para', 'a', 'pro meu', 'pra minha', 'para o meu', 'para a minha', 'ao meu', 'a minha'].flatMap((to) =>
      ['um amigo', 'uma amiga', 'um conhecido', 'uma conhecida', 'amigo', 'amiga', 'conhecido', 'conhecida'].map((who) => `${to} ${who}`)),
  ],
  vítima: ['vitima'],
  'sócio': ['socio', 'socios', 'socia'],
  credores: ['credores', 'credor'],
  fornecedores: ['fornecedor', 'fornecedores'],
  funcionários: ['funcionarios', 'empregados', 'colaboradores'],
  // The client's own employee, told by the employer with a possessive (a worker never calls a colleague so): the other side of
  // the employer's question (the severance, a dismissal).
  'empregado(a) do cliente': [
    'minha empregada', 'meu empregado', 'minha funcionaria', 'meu funcionario', 'nossa empregada', 'nosso empregado', 'nossa funcionaria', 'nosso funcionario',
    'minha diarista', 'minha cuidadora', 'meu caseiro', 'minha caseira', 'minha baba', 'minha faxineira', 'minha domestica',
  ],
  construtora: ['construtora', 'incorporadora'],
  // The franchisor of a franchisee's dispute (Lei 13.966/19): the other side of the franchise contract.
  franqueadora: ['franqueadora', 'franqueador'],
  'locador (proprietário)': ['locador', 'senhorio', 'senhoria', 'proprietario', 'dono do imovel', 'dono da casa', 'dono do apartamento'],
  inquilino: ['inquilino', 'inquilina', 'locatario'],
  imobiliária: ['imobiliaria'],
  condomínio: ['condominio', 'sindico'],
  comprador: ['comprador'],
  // A seller who is a private person ("comprei de um particular"): a bare "particular" is also a private school or
  // hospital, and "pessoa física" also says in whose name a thing is ("registrou no nome dela, pessoa física").
  'vendedor particular': [
    'vendedor particular', 'vendedora particular', 'de particular', 'de um particular', 'de uma particular', 'entre particulares',
    'de pessoa fisica', 'de uma pessoa fisica', 'vendedor pessoa fisica', 'vendedora pessoa fisica',
  ],
  // The accountant, not the books: "a contabilidade da época" is a document.
  contador: ['contador', 'contadora'],
  // The client's own accountant ("meu contador me avisou", "o contador da minha mãe tem os extratos", "o contador que contratei"):
  // hired by the client or the family, a professional on their side who holds papers, not the other side.
  [OWN_ACCOUNTANT]: [
    'meu contador', 'minha contadora', 'nosso contador', 'nossa contadora', 'meu antigo contador', 'minha antiga contadora',
    'contador da minha', 'contador do meu', 'contadora da minha', 'contadora do meu', 'contador que contratei', 'contadora que contratei',
    'contador antigo', 'contadora antiga',
  ],
  // The doctor as a person (with an article or a possessive), or the error they made: in "atestado médico" or
  // "laudo médico" the word only qualifies a document, and the client's own doctor is no party to the case.
  'médico ou hospital': ['hospital', 'clinica', 'o medico', 'a medica', 'um medico', 'uma medica', 'do medico', 'da medica', 'pelo medico', 'pela medica', 'os medicos', 'erro medico'],
};

/**
 * Brands a client often writes in lower case ("no nubank", "o itau bloqueou", "comprei na shopee"), by the label of their kind
 * (a key of `PARTIES`) -> the phrase -> the name shown. Listed by name, as a capitalised name after a cue is ("na Magazine
 * Luiza"), and the bare label of their kind is then not listed beside them. Only names that are no common word: "Claro", "Vivo",
 * "Oi", "Tim", "Gol", "Azul" and "Inter" are read only when capitalised after a cue.
 */
export const BRANDS: Record<string, Record<string, string>> = {
  banco: {
    itau: 'Itaú', bradesco: 'Bradesco', santander: 'Santander', nubank: 'Nubank', 'banco do brasil': 'Banco do Brasil', picpay: 'PicPay',
    'mercado pago': 'Mercado Pago', 'c6 bank': 'C6 Bank', 'banco pan': 'Banco Pan', sicredi: 'Sicredi', sicoob: 'Sicoob',
  },
  loja: { 'magazine luiza': 'Magazine Luiza', magalu: 'Magalu', 'casas bahia': 'Casas Bahia', 'ponto frio': 'Ponto Frio', 'fast shop': 'Fast Shop' },
  'site ou marketplace': { 'mercado livre': 'Mercado Livre', shopee: 'Shopee', amazon: 'Amazon', olx: 'OLX', shein: 'Shein', aliexpress: 'AliExpress' },
  'plano de saúde': { unimed: 'Unimed', hapvida: 'Hapvida', amil: 'Amil', 'bradesco saude': 'Bradesco Saúde', sulamerica: 'SulAmérica' },
  'companhia aérea': { latam: 'Latam' },
};

/**
 * Brands whose name is also a common word ("caixa" is the cashier too), so read only capitalised after a cue ("a conta é na
 * Caixa"), by the label of their kind: named, they stand for it as `BRANDS` do. Folded.
 */
export const CAPITALISED_BRAND_KINDS: Record<string, string> = { caixa: 'banco', 'caixa economica': 'banco', 'caixa economica federal': 'banco' };

/**
 * Kinds of party that are no other side in a kind of case, by its subarea id. The bank keeps the deceased's account until the
 * inventory or an alvará releases it to the heirs (CPC art. 610 ff.; Lei 6.858/80): it is where the estate's money is, not the
 * heirs' other side. The hospital or doctor who treated an injury another caused (a crash, an animal, a thing dropped from a
 * building, a crime on the road or at home) is where the harm was treated and its bills are damages: the one liable is who caused it
 * (CC arts. 186, 927, 936, 938).
 * The doctor who prescribes what the SUS refuses is the proof of the need: the suit is against the public bodies, jointly liable for
 * the care (CF art. 196; STF Tema 793).
 */
export const BYSTANDER_KINDS: Record<string, string[]> = {
  'familia.sucessoes': ['banco'],
  // The ward's bank in a curatela (CPC arts. 747-758; CC art. 1.767): where the curator will act once appointed, asking for the
  // appointment as the INSS does; the case is the interdiction, with no one on the other side but the person to be assisted.
  'familia.curatela': ['banco'],
  'civil.acidente-transito': ['médico ou hospital'],
  'civil.animal': ['médico ou hospital'],
  'civil.coisa-caida': ['médico ou hospital'],
  'administrativo.saude-publica': ['médico ou hospital'],
  'criminal.transito': ['médico ou hospital'],
  'criminal.violencia-domestica': ['médico ou hospital'],
  // The syndic told of a neighbour's leak or noise is who was warned: the unit's owner answers (CC arts. 1.277 and 1.331 §1º).
  'civil.vizinhanca': ['condomínio'],
  // The other side of a benefit claim is the INSS (Lei 8.213/91 arts. 74-79 for the death pension): the employer of the deceased or
  // of the insured pays the severance to the dependants the INSS enrols (Lei 6.858/80 art. 1º) or hands over the PPP (art. 58 §4º),
  // and is involved, not sued for the benefit; so is its owner, told as also involved for the receipts he keeps ("o antigo dono da
  // fábrica também está envolvido, tem os recibos"): evidence of the contributions (art. 29-A §2º), no second party.
  ...Object.fromEntries(
    ['previdenciario.pensao-morte', 'previdenciario.aposentadoria-idade', 'previdenciario.aposentadoria-tempo'].map((id) => [
      id,
      ['empregador', 'dono (proprietário)', 'transportadora', 'construtora', 'loja'],
    ]),
  ),
};

/**
 * Nouns counted in "9 bancos", "5 herdeiros" -> how much each member weighs. A company's staff or
 * clients ("empresa com 300 funcionários") are not counted: they describe one party, not many.
 */
export const PARTY_GROUPS: Record<string, number> = {
  bancos: 1, credores: 1, financeiras: 1, reus: 1, acusados: 1, vitimas: 1, fornecedores: 1,
  herdeiros: 1, socios: 1, empresas: 1, consumidores: 1, moradores: 1, familias: 1, autores: 1,
  investigados: 1, passageiros: 1, colegas: 1, trabalhadores: 1, servidores: 1, franqueados: 1, compradores: 1, mutuarios: 1,
  condominos: 1, formandos: 1,
};

/**
 * Words after which a capitalised name is the name of a party ("na Magazine Luiza", "banco Inter", "reclamei contra a Vivo", "o banco é o Banco Pan",
 * "ela se chama Márcia", "um tal de Jorge"). Company nouns among them are replaced by the name ("loja Casa Verde" is
 * "Casa Verde", not "loja").
 */
export const NAME_CUES: string[] = [
  'na', 'no', 'nas', 'nos', 'da', 'do', 'das', 'dos', 'pela', 'pelo', 'contra', 'contra a', 'contra o', 'com a', 'com o', 'é o', 'é a', 'era o', 'era a',
  'se chama', 'chamado', 'chamada', 'um tal de', 'uma tal de', 'o nome dele é', 'o nome dela é',
];
export const COMPANY_NOUNS: string[] = [
  'loja', 'banco', 'empresa', 'operadora', 'construtora', 'seguradora', 'financeira', 'firma', 'marca', 'academia',
  'escola', 'faculdade', 'companhia', 'plataforma', 'aplicativo', 'app', 'site', 'imobiliaria', 'concessionaria',
  'transportadora', 'distribuidora', 'incorporadora',
  // Businesses a worker or a customer names by their trade ("trabalhava no frigorífico Boa Carne", "comprei na farmácia Droga Mais").
  'frigorifico', 'supermercado', 'farmacia', 'hotel', 'restaurante', 'padaria', 'fabrica', 'colegio', 'posto', 'oficina', 'laboratorio',
  // A bus company by its trade's word ("um ônibus da viação Cidade Sol").
  'viacao',
];

/**
 * The client's own business or relative before a name: after one of `cues`, with `before` (folded) ending the text before the
 * cue. The owner's company ("tenho uma loja chamada Bella Moda", "sou dono da Padaria Pão Quente", "a minha loja Bella Moda") is
 * the client, and the child whose relative the client is ("sou avó do Pedro") is family: neither is the other side. A supplier
 * the client buys from keeps its name ("meu banco Itaú", "minha operadora Vivo"): only nouns of a business one runs count.
 */
export const OWN_NAME_CONTEXTS: { cues: string[]; before: string; relative?: true }[] = [
  { cues: ['chamado', 'chamada', 'se chama'], before: '\\b(?:tenho|temos|abri|abrimos|montei|montamos)\\s+(?:um|uma)\\s+(?:[a-z]+\\s+){1,3}(?:que\\s+)?$' },
  { cues: ['da', 'do'], before: '\\b(?:sou|somos)\\s+(?:(?:o|a|os|as)\\s+)?(?:dono|dona|donos|donas|proprietari[oa]s?|socio|socia|socios|socias|titular)\\s+$' },
  {
    cues: ['loja', 'empresa', 'firma', 'distribuidora', 'transportadora', 'construtora', 'incorporadora', 'padaria', 'restaurante', 'fabrica', 'oficina', 'frigorifico', 'supermercado', 'farmacia', 'hotel', 'posto', 'laboratorio', 'marca'],
    before: '\\b(?:minha|meu|nossa|nosso)\\s+$',
  },
  {
    cues: ['da', 'do'],
    before: '\\b(?:sou|somos)\\s+(?:(?:o|a|os|as)\\s+)?(?:pai|mae|pais|avo|avos|tio|tia|tios|padrinho|madrinha|irmao|irma|padrasto|madrasta|responsavel|guardia|guardiao|curador|curadora|tutor|tutora)\\s+$',
    relative: true,
  },
];
/** Party labels of a business the client says they own or run ("tenho uma loja", "minha loja"): the client, not the other side. */
export const OWN_BUSINESS_LABELS = ['loja', 'transportadora', 'construtora', 'imobiliária'];
/**
 * The client note an own business of a kind gives (`PartyExtractor`): the note keeps the kind's later bare mentions, in other
 * messages ("tirar a marca das lojas"), off the other side (`FactsAccumulator`).
 */
export const OWN_BUSINESS_NOTES: Record<string, ClientNote> = { loja: 'own-shop' };
/** Words before such a label (with an article between or not) that make it the client's own. Folded. */
export const OWN_BUSINESS_CUES = ['tenho', 'temos', 'possuo', 'minha', 'meu', 'nossa', 'nosso', 'minhas', 'meus', 'nossas', 'nossos'];
/** The owner's word and its "de" before such a label ("sou dono da loja", "a proprietária das lojas"): the client's own business. Folded. */
export const OWNER_WORDS = ['dono', 'dona', 'donos', 'donas', 'proprietario', 'proprietaria', 'proprietarios', 'proprietarias'];
export const OWNER_LINKS = ['de', 'da', 'do', 'das', 'dos'];
/** Verbs of having within three words after "que" that follows such a label ("as lojas que eu tenho", "a loja que a gente tem"). Folded. */
export const OWN_HAVING_VERBS = ['tenho', 'temos', 'possuo', 'possuimos'];

/**
 * Verbs by which a client tells where they saw, read or heard something (folded): a name after them with "na"/"no" ("vi na TV",
 * "assisti no YouTube", "saiu no jornal") is a medium the client learned from, not a party to the case.
 */
export const MEDIA_VERBS: string[] = [
  'vi', 'vimos', 'li', 'lemos', 'assisti', 'assistimos', 'ouvi', 'ouvimos', 'passou', 'passaram', 'saiu', 'mostrou', 'mostraram',
  'pesquisei', 'pesquisando', 'procurei', 'olhei', 'vendo', 'lendo', 'assistindo', 'reportagem', 'noticia', 'video', 'postagem',
];

/**
 * Social networks and messengers by the first word of their name (folded): the provider of an application that hosts what its users
 * post. It answers for third parties' content only once ordered to remove it (Marco Civil da Internet, Lei 12.965/14, art. 19; on
 * notice alone for intimate images, art. 21), so it is a party only where content it hosts is at issue (`HOSTED_CONTENT`): a post,
 * a video or a profile to take down. Where the client only bought, met someone or talked there ("comprei numa loja pelo Instagram",
 * "conheci ele pelo Facebook", "as mensagens do Messenger") it is the channel, not the other side.
 */
export const SOCIAL_NETWORKS: string[] = [
  'instagram', 'facebook', 'tiktok', 'youtube', 'twitter', 'kwai', 'linkedin', 'telegram', 'messenger', 'threads', 'snapchat', 'pinterest',
];
/**
 * Words of content published on a network and at issue, or of its removal (folded, whole words; `*` = any ending): posting,
 * publishing, sharing, exposing or leaking, a post, a story or a comment, a profile made with the client's name or pictures, and
 * taking it down. Not "anunciou" (an advert of what was sold is the sale's channel) nor a bare "perfil" or "vídeo" (the other
 * side's profile shown as evidence, a video watched).
 */
export const HOSTED_CONTENT: string[] = [
  'post', 'posts', 'posta', 'postam', 'postar', 'postou', 'postaram', 'postei', 'postando', 'postado', 'postada', 'postagem', 'postagens',
  'publicar', 'publicou', 'publicaram', 'publiquei', 'publicando', 'publicado', 'publicada', 'publicacao', 'publicacoes', 'compartilh*', 'divulg*', 'expos', 'expor', 'expondo', 'exposta', 'exposto', 'exposicao', 'vazou', 'vazaram', 'vazar', 'vazad*',
  'story', 'stories', 'storys', 'comentario', 'comentarios',
  'perfil falso', 'perfil fake', 'perfis falsos', 'perfis fake', 'criou um perfil', 'criaram um perfil', 'fizeram um perfil', 'fez um perfil',
  'foto minha', 'fotos minhas', 'minha foto', 'minhas fotos', 'video meu', 'videos meus', 'imagem minha', 'minha imagem',
  'apagar', 'apague', 'apaguem', 'remov*', 'tirar do ar', 'tire do ar', 'tirem do ar', 'tirou do ar', 'tiraram do ar', 'derrub*', 'excluir', 'exclua', 'excluam',
];

/**
 * Public bodies a client may only guess at ("acho que foi a prefeitura", "não sei se foi o estado ou a prefeitura"): a guess names no
 * party; who answers is the body that acted, which the lawyer finds out (CF art. 37 §6º: the State answers for what its own agents
 * did). Labels of `PARTIES`, and the guesses before them (`GUESS_CUES`), within the clause.
 */
export const GUESSABLE_BODIES: string[] = ['prefeitura', 'Estado', 'órgão público', 'Detran'];
/** A guess of who did it, its verb included (folded token runs): the body a few words after it is a guess (`GUESSABLE_BODIES`). */
export const GUESS_CUES: string[][] = [
  ...['acho que', 'nao sei se', 'sera que', 'talvez'].flatMap((opener) =>
    ['foi', 'e', 'era', 'seja', 'sao', 'foram', 'tenha sido'].map((verb) => [...opener.split(' '), ...verb.split(' ')])),
  ['pode', 'ter', 'sido'], ['deve', 'ter', 'sido'],
];
/** How many words may stand between a guess and the body guessed: articles, and another body guessed ("foi o estado ou a"). */
export const GUESS_REACH = 5;

/** Articles before a name that opens a sentence ("A Gol cancelou meu voo"), as written, or in lower case as chat is ("a Gol cancelou"). */
export const OPENING_ARTICLES: string[] = ['A', 'O', 'As', 'Os', 'a', 'o', 'as', 'os'];

/**
 * The first word of a court's or a judge's office ("Vara do Trabalho", "Juizado Especial Cível", "Tribunal de Justiça", "Fórum de
 * Contagem", "Comarca de Ilhéus"): the court judges the case, it is never a party to it (CPC arts. 139-145 on the judge's
 * impartiality; CLT art. 644 on the labour courts). Folded.
 */
export const COURT_NOUNS: string[] = ['vara', 'varas', 'juizado', 'juizados', 'tribunal', 'tribunais', 'forum', 'comarca', 'cejusc', 'cartorio judicial'];
/** The label a court named gets (one of `NOT_OPPOSING`): involved, as the one who judges, never the other side. */
export const COURT_LABEL = 'juízo ou tribunal';

/**
 * The first word of a law named ("do Código Penal", "pela Lei Maria da Penha", "a Súmula 479", "o Estatuto do Idoso"): the rule that
 * governs the case, never a party to it. Folded.
 */
export const LAW_NOUNS: string[] = ['codigo', 'lei', 'leis', 'estatuto', 'constituicao', 'decreto', 'sumula', 'artigo', 'resolucao', 'portaria', 'instrucao'];

/** Capitalised words that are not party names (folded). */
export const NOT_NAMES: string[] = [
  'justica', 'justica do trabalho', 'deus', 'brasil', 'procon', 'natal', 'pascoa', 'carnaval', 'pix', 'whatsapp',
  'janeiro', 'fevereiro', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro',
  'dezembro', 'segunda', 'terca', 'quarta', 'quinta', 'sexta', 'sabado', 'domingo', 'eu', 'ele', 'ela', 'nao',
  // regimes and registers, not parties
  'simples nacional', 'simples', 'sfh', 'sfi', 'fgts', 'cpf', 'cnpj', 'ctps', 'pis', 'mei',
  // legal regimes, contracts and payment forms named by their acronym ("contratadas pelo REDA", "pela CLT", "como PJ", "pago por RPV",
  // "o cartão RMC"): the REDA is Bahia's temporary public hire (Lei estadual 6.677/94 art. 252; CF art. 37 IX), the RPV a small
  // court debt of the State (CF art. 100 §3º), the RMC a benefit's reserved margin; what binds the parties, never one of them
  'reda', 'clt', 'pj', 'rpv', 'rmc', 'rcc', 'loas', 'bpc', 'das', 'ear', 'sne', 'cid',
  // documents and records held by a person or an office ("cópia da CNH dele", "extrato do CNIS"): evidence, not a party
  'cnh', 'cnis', 'rg', 'crlv', 'crv', 'renavam', 'nis', 'cat', 'aso', 'ppp', 'ltcat', 'bo',
  // taxes and their payment slips ("paguei o IPTU", "a guia do DARF"): what is charged or paid, the tax authority being the party
  'iptu', 'ipva', 'icms', 'iss', 'itbi', 'itcmd', 'itr', 'irpf', 'irrf', 'darf',
  // the INSS's own app and portal: the same party as the INSS, which its name already names
  'meu inss',
  // where a complaint is lodged or a Pix refund asked (Mecanismo Especial de Devolução), not the other side
  'reclame aqui', 'consumidor gov', 'med',
];

/**
 * The client's spouse as the lay words name them (folded): in a divorce, a violence or a support case they are the other side, so
 * `PARTIES` labels them so by default; `HOUSEHOLD_SPOUSE_CONTEXTS` say when they are on the client's side.
 */
export const SPOUSE_WORDS: string[] = ['marido', 'esposa', 'esposo', 'mulher', 'companheiro', 'companheira'];

/**
 * Where the client's spouse stands beside the client, not against them ("{spouse}" is "meu marido", "minha esposa"...):
 * acting together ("meu marido e eu compramos", "junto com minha esposa") or deceased ("meu marido faleceu", "a morte da
 * minha esposa"; the case is then of the survivor, against the INSS, an insurer or who caused the death), or a witness for the
 * client ("minha esposa gravou"). Folded.
 */
export const HOUSEHOLD_SPOUSE_CONTEXTS: string[] = [
  'eu e {spouse}', '{spouse} e eu', 'junto com {spouse}', 'junto de {spouse}', 'eu mais {spouse}',
  '{spouse} faleceu', '{spouse} morreu', '{spouse} veio a falecer', '{spouse} que faleceu', '{spouse} que morreu', '{spouse} falecid[oa]',
  'falecimento d[oa] {spouse}', 'morte d[oa] {spouse}', 'obito d[oa] {spouse}', 'perdi {spouse}', 'viuv[oa] d[oa] {spouse}',
  // A witness on the client's side: the spouse saw or recorded what the other side did.
  '{spouse} gravou', '{spouse} filmou', '{spouse} fotografou', '{spouse} tirou foto', '{spouse} viu tudo', '{spouse} presenciou', '{spouse} testemunhou',
  '{spouse} estava comigo', '{spouse} estava junto',
  // A dependant the client declares for income tax.
  'declaro {spouse}', '{spouse} como dependente', '{spouse} e minha dependente', '{spouse} e meu dependente',
];

/**
 * The spouse the client lives with ("moro com minha esposa e dois filhos", "moro nela com minha esposa"): the household, not the
 * other side, unless the message tells a conflict with them (`SPOUSE_CONFLICT`) or the couple still under one roof ("ainda moro
 * com meu marido"): a separation or a violence is against the spouse one lives with. Folded, as `HOUSEHOLD_SPOUSE_CONTEXTS`.
 */
export const HOUSEHOLD_HOME_CONTEXTS: string[] = [
  '(?<!ainda )mor[oa] (?:(?:nela|nele|la|aqui|ali|junto) )?com {spouse}', '(?<!ainda )vivo com {spouse}', 'moramos {spouse} e eu',
];

/**
 * The client's spouse told as co-owner or co-holder with the client ("a casa é minha e do meu marido", "meu marido é
 * coproprietário", "conta conjunta com minha esposa"): the couple's common property (CC arts. 1.314 and 1.658) faced with a third
 * party, so the spouse stands on the client's side, unless the transcript tells a conflict between them (`SPOUSE_CONFLICT`) or the
 * spouse holds out (`RELATIVE_RESISTS`): then the co-owner is who a partilha or an extinção de condomínio is against. Folded.
 */
export const CO_OWNER_SPOUSE_CONTEXTS: string[] = [
  'e (?:minha|meu) e d[oa] {spouse}', 'e d[oa] {spouse} e (?:minha|meu)', 'e nossa,? (?:minha|meu) e d[oa] {spouse}',
  '(?:no|em) (?:meu )?nome (?:meu )?e (?:no )?d[oa] {spouse}', '(?:no|em) nome d[oa] {spouse} e (?:no )?meu',
  '{spouse} (?:tambem )?e (?:co ?proprietari[oa]|co ?titular|co ?dono|co ?dona)', '{spouse} (?:tambem )?e (?:dono|dona|titular) (?:junto|comigo|tambem)',
  '{spouse} tambem e (?:dono|dona|titular)', 'conta conjunta com {spouse}',
];

/** Stems of a conflict between spouses (violence, threat, separation, support, custody): the spouse lived with is the other side. Folded. */
export const SPOUSE_CONFLICT: string[] = [
  'bat', 'bate', 'agred', 'agress', 'ameac', 'violen', 'protetiva', 'divorci', 'separ', 'brig', 'trai', 'expuls', 'pensao', 'guarda',
  'partilha', 'xing', 'humilh', 'empurr', 'enforc', 'me mata',
];

/**
 * A relative of the client who resists, takes or harms (folded stems after the relative, in the same sentence): "meu irmão mora
 * na casa e não quer vender", "meu filho pegou meu cartão", "minha tia se recusa a sair". A relative is family by default
 * (`NOT_OPPOSING`), but one who holds out against the client is the other side: the heir occupying the estate's house (CC art.
 * 1.319), the son keeping an elder's card (Lei 10.741 art. 102). Folded; `OPPOSED_RELATIVES` gives each relative's label.
 */
export const RELATIVE_RESISTS: string[] = [
  'nao quer', 'se recusa', 'se negou', 'se nega', 'recusou', 'nao aceita', 'nao aceitou', 'nao deixa', 'nao deixou', 'nao paga', 'nao pagou', 'nao devolve',
  'nao devolveu', 'nao sai', 'me deve', 'nos deve', 'me ameac', 'nos ameac', 'me bate', 'me bateu', 'me agrediu', 'me expulsou', 'nos expulsou', 'invadiu',
  'se apossou', 'se apropriou', 'falsificou', 'sumiu com', 'me processou', 'entrou na justica contra', 'quer ficar com',
  // Taking what is the client's or the estate's (not "pegou covid", "vendeu um terreno", "ficou com medo"): the object says it.
  'pegou meu', 'pegou minha', 'pegou o meu', 'pegou a minha', 'pegou o cartao', 'pegou o dinheiro', 'tomou meu', 'tomou minha', 'tomou o meu', 'tomou a minha',
  'tomou a casa', 'ficou com a casa', 'ficou com o dinheiro', 'ficou com tudo', 'ficou com meu', 'ficou com minha', 'vendeu sem', 'vendeu escondido',
  'ocupa a casa', 'ocupa o imovel', 'esta ocupando', 'ta ocupando', 'diz que a casa e dele', 'diz que a casa e dela', 'acha que a casa e dele', 'acha que a casa e dela',
];
export const OPPOSED_RELATIVES: Record<string, string> = {
  irmao: 'irmão (parente)', irma: 'irmã (parente)', pai: 'pai (parente)', mae: 'mãe (parente)', tio: 'tio (parente)', tia: 'tia (parente)',
  filho: 'filho (parente)', filha: 'filha (parente)', cunhado: 'cunhado (parente)', cunhada: 'cunhada (parente)', sobrinho: 'sobrinho (parente)',
  sobrinha: 'sobrinha (parente)', primo: 'primo (parente)', prima: 'prima (parente)', padrasto: 'padrasto ou madrasta', madrasta: 'padrasto ou madrasta', genro: 'genro (parente)',
  nora: 'nora (parente)', sogro: 'sogro (parente)', sogra: 'sogra (parente)',
};

/** The label a spouse on the client's side gets (one of `NOT_OPPOSING`). */
export const HOUSEHOLD_LABEL = 'familiares';

/** Party labels that are on the client's side or bystanders, never named as the other party. */
export const NOT_OPPOSING: string[] = [
  'filhos', 'familiares', 'colegas de trabalho', 'vítima', 'sindicato', 'polícia', 'Ministério Público', 'herdeiros', OWN_ACCOUNTANT, COURT_LABEL,
];

/**
 * Bodies that are the other side only in their own area's cases, or when the client says they acted against them (ids of
 * `CLIENT_NOTES`): the INSS that pays the client's sickness benefit in a labour case, or whose benefit is the payer's income in
 * a support case, is a source of facts and papers, not the one sued (CF art. 109 I: accident claims against the employer are
 * the labour court's).
 */
export const OPPOSING_ONLY_IN: Record<string, { areas: string[]; notes: string[] }> = {
  INSS: { areas: ['previdenciario'], notes: ['opponent-inss'] },
  // The doctor or hospital is the other side of a health plan, a medical error or the SUS (consumidor, civil, administrativo,
  // criminal); in a benefit, a job or a family case the client's own doctor ("o médico disse que não posso pegar peso") is the
  // evidence of the illness, not the other side.
  'médico ou hospital': { areas: ['consumidor', 'civil', 'administrativo', 'criminal'], notes: [] },
  // The tax authority is the other side of a tax case (or of a company's registration, or of a tax crime's report); elsewhere the
  // word is as often a doctor's prescription ("tenho a receita do oncologista") or a company's revenue.
  'Receita Federal': { areas: ['tributario', 'empresarial', 'criminal'], notes: ['tax-authority'] },
  // A health plan is the other side of its cover (CDC; Lei 9.656/98) or of a plan the employer cut; in a benefit or a family case
  // it is a fact ("ele me colocou como dependente no plano de saúde": proof of a união estável, Lei 8.213 art. 16 §5º).
  'plano de saúde': { areas: ['consumidor', 'civil', 'trabalhista'], notes: [] },
  // An accountant is sued for his own faults (civil, consumer, crime); in a company's or a tax case "o contador" is the client's own.
  contador: { areas: ['civil', 'consumidor', 'criminal'], notes: [] },
  // A friend is the other side of a loan or a deal between private persons; elsewhere a companion, a helper or a witness.
  'amigo ou conhecido': { areas: ['civil'], notes: ['lender', 'debt-collection'] },
};

/** Words before a party word that make it the client's own role ("sou inquilina", "sou o sócio"), and the articles between. Folded. */
export const SELF_ROLE_CUES: string[] = ['sou', 'somos', 'virei'];
/**
 * A role the client was elected or appointed to, told in the first person ("fui eleita síndica", "fui nomeado inventariante"): the
 * syndic represents the condominium (CC art. 1.348 II), the inventariante the estate (CPC art. 618 I), so that side is the client's.
 * The participle, and the first-person verb before it (`SELF_APPOINTED_VERBS`); "ele foi eleito síndico" is another person.
 */
export const SELF_APPOINTED_CUES: string[] = ['eleito', 'eleita', 'nomeado', 'nomeada', 'escolhido', 'escolhida'];
export const SELF_APPOINTED_VERBS: string[] = ['fui', 'fomos'];
/**
 * Verbs right after a party word that make that person a witness for the client ("a vizinha ouviu tudo", "o porteiro viu",
 * "um colega presenciou"): evidence of what the other side did, not the other side. Folded.
 */
export const WITNESS_VERBS: string[] = ['ouviu', 'ouviram', 'viu', 'viram', 'presenciou', 'presenciaram', 'testemunhou', 'testemunharam', 'gravou', 'filmou'];
/** A word right before a party word, with no article, that makes it the capacity the client works in ("trabalhei como vendedor"). Folded. */
export const SELF_CAPACITY_CUES: string[] = ['como'];
export const ROLE_ARTICLES: string[] = ['o', 'a', 'os', 'as', 'um', 'uma'];
