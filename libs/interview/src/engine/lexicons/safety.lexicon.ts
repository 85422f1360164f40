import { MONTHS } from './numbers.lexicon';

/**
 * Phrases of a danger to the client or a relative now (violence, a death threat, a child kept from who has the custody, an
 * arrest, a salary or benefit held): read by the client notes, the urgency signals and the criminal and family lexicons.
 */

/**
 * A relative of the household beaten, told by the client for the victim: domestic violence too
 * (Lei 11.340 art. 5; against an elder, Estatuto da Pessoa Idosa art. 99). Also a criminal term and
 * an urgency signal, like "me bateu".
 */
export const RELATIVE_BEATEN: string[] = [
  'bat* na minha mae', 'bat* no meu pai', 'bat* na minha avo', 'bat* no meu avo', 'bat* na minha irma', 'bat* no meu filho', 'bat* na minha filha',
  'agrediu minha mae', 'agrediu meu pai', 'agrediu minha avo', 'agrediu meu avo', 'agrediu minha irma', 'agrediu meu filho', 'agrediu minha filha',
  'empurrou minha mae', 'empurrou meu pai', 'empurrou minha avo', 'empurrou meu avo', 'empurrou ela', 'bateu nela', 'agrediu ela', 'espancou',
];

/**
 * A threat against the client's household (a child, the spouse, a parent), told as such: a crime against them (CP art. 147; to
 * obtain money, extortion, art. 158) and their safety at stake now, whoever threatens (a lender, an ex-partner, a neighbour).
 */
export const FAMILY_THREATENED: string[] = ['ameacando', 'ameacou', 'ameacaram', 'ameacam', 'ameaca'].flatMap((verb) =>
  ['minha familia', 'a minha familia', 'minha filha', 'meu filho', 'meus filhos', 'minhas filhas', 'minha esposa', 'minha mulher', 'meu marido', 'minha mae', 'meu pai',
    // The child told in everyday words ("ameaçou meu menino"), the grandchildren too.
    'meu menino', 'minha menina', 'meus meninos', 'meu neto', 'minha neta', 'meus netos']
    .map((relative) => `${verb} ${relative}`));

/**
 * A threat by the client's partner or former partner, told by its verb ("meu ex tá me ameaçando", "meu marido me ameaçou"): the
 * psychological violence of one in an intimate relation (Lei 11.340/06 arts. 5º III and 7º II; CP art. 147), its protective measures
 * decided within 48 hours (arts. 18 and 22-23), whenever the relation ended. Not a former boss or partner in business: the word after
 * "ex" names them, and the phrase holds only the partner right before the verb.
 */
export const PARTNER_THREATENING: string[] = [
  ...['meu ex', 'minha ex', 'meu ex marido', 'minha ex mulher', 'minha ex esposa', 'meu ex namorado', 'minha ex namorada', 'meu ex companheiro', 'minha ex companheira',
    'meu marido', 'meu namorado', 'meu companheiro', 'minha mulher', 'minha esposa', 'minha namorada', 'minha companheira'].flatMap((partner) =>
    ['me ameacou', 'me ameaca', 'me ameacando', 'ta me ameacando', 'esta me ameacando', 'vive me ameacando', 'fica me ameacando', 'anda me ameacando', 'continua me ameacando']
      .map((threat) => `${partner} ${threat}`)),
];
/** The same words with the partner only naming who the one who threatens is to him ("o ex patrão do meu marido me ameaçou"): no partner's threat. */
export const PARTNER_OF_THE_ONE_THREATENING: string[] = ['do', 'da'].flatMap((of) => PARTNER_THREATENING.map((threat) => `${of} ${threat}`));

/** Verbs of a parent or relative keeping a child from who has the custody (retention after a visit, hiding). */
const RETAINING_VERBS: string[] = [
  'nao devolveu', 'nao devolve', 'nao me devolveu', 'nao me devolve', 'nao quer devolver', 'nao quer me devolver', 'nao vai devolver',
  'se recusa a devolver', 'se recusou a devolver', 'nao entregou', 'nao me entregou', 'nao quer entregar', 'nao trouxe de volta',
  'escondeu', 'esta escondendo', 'ta escondendo', 'sumiu com', 'fugiu com', 'reteve', 'esta retendo', 'ta retendo',
  // The lawyer's word for the child not given back after the visit (CPC art. 536 §1º: busca e apreensão; CP art. 249).
  'nao restituiu', 'nao me restituiu', 'se recusa a restituir', 'se recusou a restituir',
];

/** How a parent names the child ("o menino", "nossa filha", "as crianças", "meu neto"). */
export const CHILD_OBJECTS: string[] = [
  'meu filho', 'minha filha', 'meus filhos', 'minhas filhas', 'nosso filho', 'nossa filha', 'nossos filhos', 'nossas filhas',
  'o meu filho', 'a minha filha', 'os meus filhos', 'as minhas filhas', 'o nosso filho', 'a nossa filha',
  'o menino', 'a menina', 'os meninos', 'as meninas', 'o garoto', 'a garota', 'a crianca', 'as criancas', 'o bebe', 'a bebe', 'meu bebe',
  'meu neto', 'minha neta', 'meus netos', 'minhas netas',
];

/**
 * A child taken or held by the other parent or a relative (not returned after a visit, hidden):
 * the search-and-seizure of a child is asked at once (CPC art. 536; the ECA's protection). Also an
 * urgency signal (24 h): a child away from who has the custody is not a matter for next month.
 */
export const CHILD_TAKEN: string[] = [
  'levou meu filho', 'levou minha filha', 'levou os meus filhos', 'levou as criancas', 'levou a crianca',
  'sumiu com meu filho', 'sumiu com minha filha', 'sumiu com as criancas', 'nao devolveu meu filho',
  'nao devolveu minha filha', 'nao devolve as criancas', 'nao quer devolver a crianca', 'nao quer devolver meu filho', 'nao quer devolver minha filha', 'fugiu com meu filho', 'fugiu com minha filha',
  'pegou meu filho', 'pegou minha filha', 'nao devolveu a crianca',
  // A grandparent who raises the child, or whose daughter has the custody, tells it of the grandchild ("o ex da minha filha levou meu neto").
  ...['levou', 'sumiu com', 'fugiu com', 'pegou'].flatMap((verb) => ['meu neto', 'minha neta', 'meus netos', 'minhas netas'].map((child) => `${verb} ${child}`)), 'nao devolveu as criancas', 'nao devolveu os meus filhos', 'nao devolveu meus filhos',
  // The lawyer's words for it, and the visit that did not end.
  'reteve a crianca', 'retendo a crianca', 'retencao da crianca', 'retencao indevida', 'subtracao de incapaz', 'subtracao do menor',
  'nao devolveu depois da visita', 'nao devolveu apos a visita', 'nao trouxe de volta', 'nao trouxe a crianca', 'nao trouxe meu filho', 'nao trouxe minha filha',
  // Any child, in any of the ways a parent says it was kept: each retaining verb with each way of naming the child.
  ...RETAINING_VERBS.flatMap((verb) => CHILD_OBJECTS.map((child) => `${verb} ${child}`)),
];

/** A stay away from who has the custody, the occasion of a child kept ("foi passar as férias com o pai e não voltou"). */
export const CHILD_TRIPS: string[] = ['ferias', 'visita', 'viagem', 'viajou', 'viajar', 'passar uns dias', 'passar um tempo', 'passeio', 'fim de semana', 'feriado'];

/** The child as a bare noun anywhere in the conversation, which a pronoun later stands for ("minha filha ... não a devolveu"). */
export const CHILD_NOUNS: string[] = ['filho', 'filha', 'filhos', 'filhas', 'crianca', 'criancas', 'menino', 'menina', 'meninos', 'meninas', 'bebe', 'neto', 'neta', 'netos', 'netas', 'enteado', 'enteada',
  // The South's words for a child ("o guri", "a guria").
  'guri', 'guria', 'guris', 'gurias'];

/** The child taken, by a pronoun or by who they are (`KEPT_BY_PRONOUN`). */
const CHILD_OR_PRONOUN = ['ela', 'ele', 'elas', 'eles', ...CHILD_OBJECTS].join('|');

/**
 * The child kept, told with an object pronoun in place of the child ("não a devolveu", "não o trouxe de volta", "ficou com ela
 * e não devolveu", "se recusa a devolvê-la"): read as a child kept only when a child is named (`CHILD_NOUNS`).
 */
export const KEPT_BY_PRONOUN: string[] = [
  'nao (?:a|o|as|os) (?:devolveu|devolve|devolvia|entregou|entrega|trouxe de volta|trouxe|trouxeram)',
  'nao (?:quer|vai|pretende|queria) (?:mais )?(?:devolve-l[ao]s?|devolver (?:ela|ele|elas|eles)|traze-l[ao]s?|trazer (?:ela|ele|elas|eles) de volta|entrega-l[ao]s?|entregar (?:ela|ele|elas|eles))',
  '(?:se recusa|se recusou|se nega|se negou|recusa-se|recusou-se) a (?:devolve-l[ao]s?|entrega-l[ao]s?|traze-l[ao]s? de volta)',
  'ficou com (?:ela|ele|elas|eles) e nao (?:devolveu|devolve|quer devolver|vai devolver|trouxe de volta|entregou)',
  // The object left out at the end of the sentence, and in speech the infinitive without its "r" ("levou elas e não quer devolve").
  'nao (?:quer|vai|pretende|queria) (?:mais )?(?:devolver?|entregar?)(?= *(?:$|[.!?;,\\n]))',
  // The return refused in the present ("fala que não entrega mais", "diz que não manda mais de volta"), and the child hidden
  // ("tá escondendo ela de mim"): a child kept from who has the custody (CP arts. 248-249; CPC art. 536 §1º).
  'nao (?:devolve|entrega) mais(?= *(?:$|[.!?;,\\n]))',
  'nao (?:manda|mandou|vai mandar|quer mandar) (?:mais )?(?:(?:ela|ele|elas|eles) )?de volta',
  '(?:esta|ta) escondendo (?:ela|ele|elas|eles)', 'escondeu (?:ela|ele|elas|eles)',
  // The child told as the one not given back ("meu neto foi levado pelo pai e não foi devolvido"); the child taken from school or
  // day-care, or moved to another state, without the custodian told ("tirou ela da creche sem ninguém me avisar", "se mudou com eles
  // pra outro estado sem falar nada"): a child taken from who has the custody (CP art. 249), the home changed without the other
  // parent's consent (CC art. 1.634 V; Lei 12.318/2010 art. 2º p.u. VII).
  'nao (?:foi|foram) devolvid[oa]s?',
  ...[
    `(?:tirou|pegou|buscou) (?:${CHILD_OR_PRONOUN}) (?:da|na|do|no) (?:escola|creche|colegio)`,
    `(?:escola|creche|colegio)[^.!?;\\n]{0,30}\\b(?:tirou|pegou|buscou) (?:${CHILD_OR_PRONOUN}) de la`,
    `(?:levou|se mudou com|mudou com|foi embora com) (?:${CHILD_OR_PRONOUN}) (?:pra|para) outro estado`,
  ].map((taken) => `${taken}[^.!?;\\n]{0,40}\\bsem (?:ninguem |eu )?(?:me )?(?:avisar|saber|falar|(?:a )?minha autorizacao)`),
];

/**
 * The return agreed and overdue ("era pra ela voltar dia 20 e já passou", "já devia ter voltado"), or the stay made permanent by the
 * one who has the child ("ela vai ficar e estudar lá"): the child is kept past the agreed stay (abroad, Hague Convention art. 3).
 * Read like `KEPT_BY_PRONOUN`, with a child named.
 */
export const RETURN_OVERDUE: string[] = [
  'era pra (?:ela|ele|elas|eles) (?:ter )?(?:voltado|voltar)[^.!?;\\n]{0,40}\\b(?:ja passou|ja passaram|ate hoje|e nada)',
  '(?:ja )?(?:devia|deveria|deviam|deveriam) ter voltado',
  '(?:vai|vao) ficar (?:e (?:morar|estudar)|morando|estudando) (?:la|no exterior|fora do pais)',
  // The stay made permanent by the one who took the child: the decision to settle there, or the child enrolled at a school there
  // (the child's new habitual residence is what the retention seeks, and after a year settled the return may be refused: Hague art. 12).
  '(?:decidiu|resolveu|decidiram|resolveram) (?:ficar|morar|viver|recomecar a vida|refazer a vida) (?:la|no exterior|fora do pais)',
  'matricul(?:ar|ou|aram|ando)[^.!?;\\n]{0,30}\\b(?:escola|colegio) (?:de |d)?la',
];

/**
 * Foreign places a child is taken to or kept in ("levou ele pra Portugal", "está retido na França"): the words of the Hague
 * Convention's cases (Decreto 3.413/2000), "Estados Unidos" read at its second word.
 */
export const FOREIGN_PLACES: string[] = ['exterior', 'estrangeiro', 'portugal', 'europa', 'eua', 'canada', 'japao', 'argentina', 'paraguai', 'bolivia', 'italia', 'espanha',
  'unidos', 'usa', 'inglaterra', 'irlanda', 'franca', 'alemanha', 'suica', 'holanda', 'belgica', 'australia', 'chile', 'uruguai', 'peru', 'colombia', 'venezuela', 'mexico', 'angola', 'china'];

/**
 * The other parent gone off with the child, told actively ("levou meu filho", "pegou as crianças e foi embora", "embarcou com ela", "foi pro Canadá com
 * eles"), as the child's removal before a foreign place (`childTakenAbroad`).
 */
export const GONE_WITH_CHILD: string[] = ['levou', 'levaram', 'pegou', 'pegaram', 'embarcou', 'embarcaram', 'viajou', 'viajaram', 'fugiu', 'fugiram', 'sumiu', 'mudou', 'mudaram', 'foi', 'foram'];

/**
 * What makes a child's stay abroad a removal or a retention (Hague Convention art. 3): the other parent's consent withheld or
 * hidden from ("sem minha autorização", "tirou o passaporte escondido", "sem eu saber"), the child kept there ("não volta mais",
 * "vai ficar por lá", "retido"), or the parent fled with the child.
 */
export const WRONGFUL_STAY: string[] = [
  'sem (?:a |o )?(?:minha|meu) (?:autorizacao|consentimento|permissao|conhecimento)', 'sem (?:eu|me) (?:autorizar|assinar|saber|avisar|consultar)',
  'nao (?:autorizei|consenti|assinei)', 'nunca (?:autorizei|assinei)', 'escondid[oa]s?', 'retid[oa]s?', 'fugiu', 'fugiram', 'sumiu',
  'nao (?:quer |vai )?(?:devolver|devolveu|mandar (?:ele|ela|eles|elas) de volta)', '(?:vai|vao) ficar (?:por )?la',
];

/** The child not back from it, told of the child ("não voltou", "não vai voltar"). */
export const NOT_RETURNED: string[] = [
  'nao voltou', 'nao voltaram', 'nao retornou', 'nao retornaram', 'nao volta mais', 'nao voltam mais', 'nao vai voltar', 'nao vao voltar', 'nao vai mais voltar',
  'nao trouxe de volta',
  // The one who had the child for the stay keeping it past the return ("foi levado pelo pai depois da visita e ele não devolveu mais"):
  // a child kept from who has the custody (ECA art. 249; CC art. 1.634 VIII).
  'nao devolveu mais', 'nao devolve mais', 'nao quis devolver', 'nao quer devolver',
  // The agreed return late ("foi passar as férias com a mãe e tá demorando pra voltar"): the child kept past the stay, however mildly told.
  'demorando pra voltar', 'demorando para voltar', 'demorando a voltar',
];

/**
 * Someone held by the police now ("está lá na delegacia", "vai ser levado pro juiz" for the custody hearing, CPP art. 310):
 * liberty at stake in a criminal case (`liberdade`). Not "a polícia levou", told also of an arrest that ended with bail.
 */
export const HELD_NOW: string[] = [
  'esta na delegacia', 'ta na delegacia', 'continua na delegacia', 'segue na delegacia', 'esta la na delegacia', 'ta la na delegacia',
  'esta detido', 'esta detida', 'ta detido', 'ta detida', 'continua detido', 'continua detida',
  'levad* pro juiz', 'levad* para o juiz', 'levad* ao juiz', 'apresentad* ao juiz',
];

/**
 * Money, pay, goods or an account told as held ("meu salário tá preso no banco", "o FGTS tá preso", "a mercadoria ficou presa na
 * alfândega", "a restituição ficou presa na malha fina"): a bank's or an employer's hold (CDC arts. 6º and 14; CLT art. 459 §1º),
 * unseizable pay (CPC art. 833 IV), goods held by the Receita Federal (Decreto-Lei 37/66 art. 105) or a vehicle removed to the yard
 * (CTB art. 262). Each matter runs on its own terms, with no one's liberty at stake (`THINGS_AT_STATION`).
 */
const HELD_MONEY_OR_GOODS: string[] = [
  'salario', 'salarios', 'pagamento', 'fgts', 'saldo', 'conta', 'restituicao', 'beneficio', 'mercadoria', 'mercadorias', 'carga', 'encomenda', 'caminhao',
];

/**
 * A thing at the police station or told as stuck, not a person held ("o inquérito tá na delegacia", "o caso está na delegacia de
 * crimes cibernéticos", "o carro ainda tá na delegacia", "o documento tá preso"): a police inquiry running (CPP arts. 4º-10:
 * concluded in 10 days with the suspect held, 30 with the suspect free), a good seized (CPP arts. 6º II and 118) or a paper held up,
 * with no one's liberty at stake. As the longer match, each keeps the "tá na delegacia" or "tá preso" in it from reading as someone
 * held (`HELD_NOW`, `prisao`).
 */
export const THINGS_AT_STATION: string[] = [
  'inquerito', 'processo', 'caso', 'bo', 'boletim', 'ocorrencia', 'queixa', 'denuncia', 'investigacao', 'procedimento', 'carro', 'moto', 'veiculo', 'celular', 'documento',
  'documentacao', 'dinheiro', ...HELD_MONEY_OR_GOODS,
].flatMap((thing) => ['', ' ainda'].flatMap((still) =>
  [...HELD_NOW.filter((held) => held.includes('delegacia')), 'esta preso', 'esta presa', 'ta preso', 'ta presa', 'ficou preso', 'ficou presa', 'continua preso', 'continua presa',
    'estao presos', 'estao presas', 'tao presos', 'tao presas', 'ficaram presos', 'ficaram presas', 'continuam presos', 'continuam presas']
    .map((held) => `${thing}${still} ${held}`)))
  // The thing held told after the verb ("a PRF prendeu meu caminhão", "prenderam o carro no pátio"): the vehicle removed (CTB art. 262).
  .concat(['prendeu', 'prenderam'].flatMap((verb) => ['o', 'a', 'os', 'as', 'meu', 'minha', 'meus', 'minhas', 'nosso', 'nossa'].flatMap((whose) =>
    ['carro', 'moto', 'veiculo', 'documento', 'dinheiro', ...HELD_MONEY_OR_GOODS].map((thing) => `${verb} ${whose} ${thing}`))));


/**
 * Money, pay, goods or a vehicle told held with words between the thing and the verb ("o dinheiro da minha rescisão ficou todo
 * preso no banco", "meu FGTS inteiro continua preso", "a restituição do imposto de renda tá presa na malha", "minha mercadoria que
 * veio da China tá presa na Receita", "o carro do meu pai foi preso pela PRF"): the thing is the subject, whatever tells whose or
 * which it is between (a possessive, a "de + noun" complement, a short relative clause, "todo", "inteiro", "ainda"). Pay or a benefit
 * held by a bank, an employer or the INSS (CDC arts. 6º and 14; CPC art. 833 IV; CLT arts. 145, 459 §1º and 477 §6º; Lei 8.213/91
 * art. 69), goods or a refund held by the Receita Federal (Decreto-Lei 37/66 art. 105; Lei 9.250/95 art. 16) or a vehicle removed
 * to the yard (CTB art. 262): each on its own terms, no one's liberty at stake, never the arrest's 24 h (CPP art. 310). Not the
 * thing told as another's complement or a verb's object ("o dono do carro foi preso", "o rapaz que roubou meu carro foi preso"):
 * there the one held is the person.
 */
const THING_HELD_HEADS: string[] = [
  'dinheiro', 'valor', 'carro', 'moto', 'veiculo', 'documento', 'documentacao', ...HELD_MONEY_OR_GOODS, 'rescisao', 'acerto', 'aposentadoria', 'pensao', 'pix',
];
const DETERMINER = '(?:o|a|os|as|um|uma|meu|minha|meus|minhas|seu|sua|seus|suas|nosso|nossa|nossos|nossas|esse|essa|esses|essas)';
/** The words a client puts between the thing and the verb: a quantifier or an adverb, a "de + noun" complement, a short relative clause. */
const WORDS_BETWEEN = [
  '(?:todo|toda|todos|todas|inteiro|inteira|inteiros|inteiras|ainda|tambem|ja|la|dele|dela|deles|delas)',
  `(?:de|do|da|dos|das|desse|dessa|deste|desta|no|na|nos|nas|em|pelo|pela) (?:${DETERMINER} )?[a-z0-9]+`,
  'que(?: (?!e\\b)[a-z0-9]+){1,3}',
].join('|');
/** The verb of being held, singular or plural as its thing ("o carro foi preso", "as cargas ficaram presas"): each match's group. */
const HELD_VERB = {
  one: '(?:esta|ta|estava|tava|ficou|continua|segue|permanece|foi)(?: (?:todo|toda|inteiro|inteira|ainda|la|tambem))? pres[oa]',
  many: '(?:estao|tao|estavam|tavam|ficaram|continuam|seguem|permanecem|foram)(?: (?:todos|todas|inteiros|inteiras|ainda|la|tambem))? pres[oa]s',
};
/**
 * Where the thing may stand as the subject: at a clause's start, after a stop or a conjunction ("e meu FGTS", "porque o carro",
 * "disse que o dinheiro"), not as a verb's object or a noun's complement ("o rapaz que roubou meu carro foi preso", "o dono do carro").
 */
const CLAUSE_START = `(?<=(?:^|[,.;:!?(]|\\b(?:e|mas|porque|pois|que|quando|so|ai|entao|agora|hoje|ontem|tambem|como|onde|se)) *(?:(?:todo|toda|todos|todas) )?(?:${DETERMINER} ){0,2})`;
const thingHeld = (plural: string, verb: string): string =>
  `${CLAUSE_START}\\b(?:${THING_HELD_HEADS.join('|')})${plural}(?: (?:${WORDS_BETWEEN})){0,4} (${verb})\\b`;
export const THING_HELD = new RegExp(`${thingHeld('', HELD_VERB.one)}|${thingHeld('(?:s|es)', HELD_VERB.many)}`, 'g');


/**
 * Words of a child seized by an animal or struck by a vehicle ("o pitbull pegou meu filho na calçada", "a cadela avançou e pegou
 * minha filha pela perna"): "pegou meu filho" then tells an injury already done, claimed from the animal's keeper (CC art. 936) or
 * the driver (CC arts. 186 and 927) on the limitation's years (CC art. 206 §3º V), not a child held by the other parent now.
 */
export const CHILD_INJURED_BY: string[] = [
  'cachorro', 'cachorra', 'cachorros', 'cao', 'caes', 'cadela', 'pitbull', 'pit', 'rottweiler', 'animal', 'bicho', 'mordeu', 'mordida', 'mordidas', 'mordido', 'focinheira',
  'atropelou', 'atropelado', 'atropelada', 'atropelamento',
];

/**
 * Someone taken away under arrest, told with whom the police took ("levaram meu neto preso", "levaram ele preso", "o levaram preso"): an
 * arrest now, before the custody hearing within 24 h (CPP art. 310), whoever of the family tells it.
 */
/** The client's own people as a family names them when they are taken ("meu marido", "ele"). */
const RELATIVES_TAKEN: string[] = ['ele', 'ela', 'meu filho', 'minha filha', 'meu marido', 'minha esposa', 'minha mulher', 'meu irmao', 'minha irma', 'meu pai', 'minha mae',
  'meu neto', 'minha neta', 'meu sobrinho', 'minha sobrinha', 'meu genro', 'meu namorado', 'minha namorada', 'meu companheiro', 'minha companheira'];

/** The police forces and their agents as clients name them ("a PM", "os PMs", "a polícia militar", "a civil", "a federal", "a PF", "a guarda"). */
const POLICE_FORCES: string[] = ['pm', 'pms', 'policia militar', 'policiais militares', 'policia civil', 'policiais civis', 'a civil', 'policia federal', 'policiais federais',
  'a federal', 'pf', 'guarda municipal', 'guardas municipais', 'gcm', 'bope', 'brigada militar'];

/**
 * One of the family caught by the police or driven off in its car ("a polícia pegou meu marido", "levaram ele na viatura"): an arrest
 * (CPP arts. 301-306, the custody hearing within 24 h, art. 310), not a thief the police caught ("pegou o cara que me roubou"), whom
 * none of the client's names. Its police car is the arrest's, no State's vehicle in an accident.
 */
export const POLICE_TOOK_RELATIVE: string[] = RELATIVES_TAKEN.flatMap((who) => [
  ...['policia pegou', 'policia pegaram', 'policia prendeu', 'policia prenderam', 'policiais pegaram', 'policiais prenderam'].map((caught) => `${caught} ${who}`),
  // The same arrest told by the force that made it ("a PM prendeu meu pai", "os PM levaram meu filho", "a federal prendeu meu irmão",
  // "a guarda municipal pegou meu sobrinho"): any police authority and its agents may arrest in flagrante (CPP arts. 301-302), the
  // municipal guard as anyone may (CPP art. 301; STF ADPF 995), and the custody hearing follows within 24 h (CPP art. 310). Named with
  // the relative taken, never alone: "a PM multou meu carro" takes no one.
  // Only the relative named: "a PM prendeu ela" of one serving the semi-open regime is its cautionary regression (`regressao-cautelar`).
  ...(['ele', 'ela'].includes(who) ? [] : POLICE_FORCES.flatMap((force) => ['pegou', 'pegaram', 'prendeu', 'prenderam', 'levou', 'levaram', 'deteve', 'detiveram'].map((caught) => `${force} ${caught} ${who}`))),
  ...['levou', 'levaram', 'botou', 'botaram', 'colocou', 'colocaram', 'jogou', 'jogaram'].map((drove) => `${drove} ${who} na viatura`),
]);

/**
 * The client apprehended, told in the first person ("fui apreendido ontem", "tô apreendida"): an adolescent is apprehended, not arrested,
 * for an act described as a crime, brought to the prosecutor at once and to the judge, who may order the internação provisória of up to
 * 45 days (ECA arts. 106-108, 171-175 and 183): liberty at stake (`liberdade`) and an arrest's 24 hours (`prisao`). Not a thing seized
 * ("meu celular foi apreendido"), never told in the first person.
 */
export const CLIENT_APPREHENDED: string[] = ['fui', 'fiquei', 'to', 'estou', 'tou', 'continuo'].flatMap((verb) => [`${verb} apreendido`, `${verb} apreendida`]);

/**
 * Someone taken away under arrest or in handcuffs, the relative named between ("levaram meu irmão algemado", "levou meu filho preso"):
 * an arrest the family saw, its custody hearing within 24 hours (CPP arts. 306 and 310; Res. CNJ 213/2015).
 */
export const TAKEN_UNDER_ARREST: string[] = ['levaram', 'levou', 'o levaram', 'a levaram'].flatMap((verb) =>
  ['', ...RELATIVES_TAKEN].flatMap((who) => ['preso', 'presa', 'algemado', 'algemada'].map((held) => [verb, who, held].filter(Boolean).join(' '))));

/**
 * One held again after a release or a leave ("voltou a ser preso ontem", "a PM prendeu ele de novo", "tá presa novamente"): a new
 * arrest, whose custody hearing or the regression's hearing comes within hours (CPP art. 310; LEP arts. 118 §2º and 146-C), whatever
 * release the same message told before it ("foi solto da preventiva e agora prenderam ele de novo").
 */
export const ARREST_REPEATED: string[] = [
  'voltou a ser preso', 'voltou a ser presa', 'voltaram a ser presos', 'voltaram a prender',
  ...['de novo', 'novamente'].flatMap((again) => [
    `preso ${again}`, `presa ${again}`, `presos ${again}`,
    ...['prendeu', 'prenderam'].flatMap((verb) => ['', ' ele', ' ela', ' eles'].map((who) => `${verb}${who} ${again}`)),
  ]),
];

/**
 * Someone taken into custody by the police ("a polícia levou meu filho algemado"): an arrest,
 * whose remedy is a criminal defence at once (the custody hearing within 24 h, CPP art. 310), not
 * the search for a child taken by a parent. Also an urgency signal of arrest.
 */
export const POLICE_CUSTODY: string[] = [
  'a policia levou', 'policia levou', 'policiais levaram', 'levaram algemad*', 'levou algemad*', 'saiu algemad*',
  'levad* pra delegacia', 'levad* para a delegacia', 'levaram pra delegacia', 'levaram para a delegacia',
  // Told as the family lives it: the police van, "está lá na delegacia", taken to see the judge (the custody hearing).
  'camburao', 'botaram na viatura', 'colocaram na viatura', 'jogaram na viatura', ...HELD_NOW,
  ...POLICE_TOOK_RELATIVE,
];

/**
 * A salary or benefit held back when it reaches the account ("o salário caiu bloqueado", "o banco
 * reteve o salário"): salary is unseizable beyond the legal exceptions (CPC art. 833 IV), and a
 * bank may not keep it to pay itself (STJ, REsp 1.555.722 and Súmula 603's line). A risk to the
 * client's subsistence now.
 */
export const INCOME_HELD: string[] = [
  'caiu bloqueado', 'caiu bloqueada', 'veio bloqueado', 'veio bloqueada', 'reteve meu salario', 'reteve o salario', 'reteve o meu salario',
  'retencao do salario', 'retencao de salario', 'retencao do meu salario', 'banco pegou meu salario', 'banco pegou o salario',
  'banco ficou com meu salario', 'banco ficou com o salario', 'banco reteve',
  'pegou todo meu salario', 'pegou todo o meu salario', 'pegou todo o salario', 'pegou meu salario todo', 'tomou meu salario', 'descontou todo o meu salario', 'descontou todo meu salario', 'descontou todo o salario',
];

/**
 * A blow the client took, told by what the other did to them ("me deu um tapa", "me deu um soco", "me chutou"): bodily harm (CP art. 129,
 * §13 when against a woman for her gender) or, from a partner, the physical violence of Lei 11.340 art. 7 I, whose protective order is
 * asked in the criminal way. As "me bateu", told in the first person; not a blow the client gave.
 */
/**
 * A blow the client took from a thing in the other's hand, told by the thing ("me deu uma paulada", "me deram uma pedrada", "me deu umas
 * cacetadas"): bodily harm with a means that adds to its gravity, often a serious or a very
 * serious one (CP art. 129 §§1º-2º) or an attempt on life, the crime's victim the client. Told as the other's act on the client; the
 * beating told with its verb ('me espancou', 'me bateu') is read by its verb already.
 */
export const BLOWS_WITH_OBJECT: string[] = [
  // Only as the other's act: "levei uma paulada" is also a football's hard foul, no crime told.
  ...['me deu', 'me deram'].flatMap((took) =>
    ['paulada', 'pedrada', 'cacetada', 'tijolada', 'marretada', 'barrada'].flatMap((blow) => [`${took} uma ${blow}`, `${took} umas ${blow}s`, `${took} ${blow}s`])),
];

export const BLOWS_SUFFERED: string[] = [
  ...['tapa', 'tapas', 'soco', 'socos', 'murro', 'murros', 'chute', 'chutes', 'empurrao', 'surra'].flatMap((blow) =>
    [`me deu um ${blow}`, `me deu uns ${blow}`, `me deu uma ${blow}`, `me deu ${blow}`, `me deram um ${blow}`, `me deram uns ${blow}`]),
  'me chutou', 'me socou', 'me estapeou', 'me esbofeteou', 'me chutaram', 'me socaram', 'tapa na cara', 'tapa no rosto',
  // The blow told by the thing it was struck with (`BLOWS_WITH_OBJECT`: "me deu uma paulada", "me deram uma pedrada"; CP art. 129 §§1º-2º).
  ...BLOWS_WITH_OBJECT,
];

/**
 * A strangling as the victim or a relative tells it: the sign of lethal risk that the national
 * risk form of domestic violence asks about (Formulário Nacional de Avaliação de Risco, Lei 14.149;
 * CP art. 129 §13, Lei 11.340 art. 7 I). Also a criminal term and an urgency signal: the protective
 * order is decided within 48 hours (Lei 11.340 art. 18). A bruise alone ("olho roxo") is a minor
 * injury whose weight comes from its context: only a criminal term.
 */
export const STRANGLING: string[] = [
  'esganou', 'esganad*', 'estrangul*', 'enforcou ela', 'sufocou', 'apertou o pescoco', 'apertou meu pescoco', 'apertou o meu pescoco',
  // Told by its marks or its grip ("apareceu com marca no pescoço", "pegou ela pelo pescoço"): the same attempt on the breath.
  'marca no pescoco', 'marcas no pescoco', 'marca de dedo no pescoco', 'marcas de dedo no pescoco', 'roxo no pescoco', 'pescoco roxo',
  'pegou pelo pescoco', 'pegou ela pelo pescoco', 'me pegou pelo pescoco', 'agarrou pelo pescoco', 'agarrou ela pelo pescoco', 'me agarrou pelo pescoco',
  'apertou o pescoco dela', 'apertou ela pelo pescoco', 'apertou o pescoco da minha filha', 'apertou o pescoco da minha irma', 'apertou o pescoco da minha mae',
];

/**
 * A crime of violence suffered by the client, told by its act (`VIOLENT_CRIME_TIME` dates it): the client assaulted, robbed,
 * stabbed, shot, beaten or raped ("fui assaltada", "acabei de ser agredido", "me esfaquearam", "levei um tiro", "apanhei de dois
 * seguranças"), or the client's shop or home robbed ("assaltaram minha loja"). Told as now, the flagrante (CPP arts. 301-303), the
 * body-of-delict exam while the marks last (CPP arts. 6º VII and 158) and the report (CPP art. 5º) run within hours (CP arts. 129,
 * 157 and 213). Not a theft without violence told in loose words ("roubaram meu celular da bolsa"): no flagrante to chase.
 */
export const VIOLENT_CRIME_SUFFERED: string[] = [
  ...['fui', 'ser', 'fomos', 'sido'].flatMap((been) =>
    ['agredid*', 'assaltad*', 'esfaquead*', 'balead*', 'espancad*', 'estuprad*', 'roubad*', 'violentad*', 'sequestrad*', 'atacad*'].map((done) => `${been} ${done}`)),
  ...['me', 'nos'].flatMap((whom) =>
    // The act told by its impersonal plural ("me assaltaram", "acabaram de me assaltar"), not the author named by it in a relative clause
    // ("o homem que me esfaqueou saiu da cadeia"), whose time may be another act's.
    ['assaltaram', 'assaltar', 'roubaram', 'esfaquearam', 'balearam', 'espancaram', 'estupraram', 'agrediram', 'atacaram'].map((act) => `${whom} ${act}`)),
  ...['levei', 'tomei'].flatMap((took) => ['um tiro', 'uma facada', 'tiro', 'facada', 'uma coronhada'].map((blow) => `${took} ${blow}`)),
  'apanhei de', 'acabaram de roubar', 'acabaram de assaltar',
  ...['assaltaram', 'roubaram'].flatMap((act) => ['minha loja', 'a minha loja', 'minha casa', 'a minha casa', 'meu comercio', 'o meu comercio', 'a minha lanchonete', 'minha lanchonete', 'a gente'].map((what) => `${act} ${what}`)),
  ...['vitima de'].flatMap((victim) => ['agressao', 'agressao fisica', 'assalto', 'roubo', 'estupro', 'tentativa de homicidio', 'sequestro'].map((crime) => `${victim} ${crime}`)),
];

/**
 * The words that date a crime suffered as now or hours ago (`VIOLENT_CRIME_SUFFERED`), told in its message: today, last night,
 * yesterday, just now, still bleeding. A crime told without them, or dated back ("há três meses"), is no flagrante now.
 */
export const VIOLENT_CRIME_TIME: string[] = ['hoje', 'ontem', 'anteontem', 'agorinha', 'acabei', 'acabaram', 'acabou', 'madrugada', 'sangrando'];

/**
 * A firearm shown or pointed at the client to frighten: a grave threat (CP art. 147), and the weapon is a risk factor the
 * protective order answers by suspending its possession (Lei 11.340 art. 22 I; Formulário Nacional de Avaliação de Risco).
 * Told by the act, not by where the gun was ("botou a arma na minha cabeça" is as often a past robbery's as a partner's threat).
 */
export const WEAPON_SHOWN: string[] = [
  ...['mostrou', 'apontou', 'sacou', 'puxou'].flatMap((act) => ['a arma', 'uma arma', 'o revolver', 'um revolver', 'a pistola', 'uma pistola'].map((gun) => `${act} ${gun}`)),
  'ameacou com uma arma', 'ameaca com arma',
  // The gun mimed with the hand ("fez sinal de arma com a mão", "fez arminha pra mim"): the threat "por gesto" (CP art. 147).
  ...['fez', 'fazendo', 'faz'].flatMap((act) => ['sinal de arma', 'o sinal de arma', 'sinal de revolver', 'arminha com a mao', 'arminha pra mim', 'arminha para mim'].map((gesture) => `${act} ${gesture}`)),
];

/**
 * The protective order asked in plain words, as keeping the aggressor away (Lei 11.340 art. 22 III a and b: proibição de
 * aproximação e de contato).
 */
export const KEEP_AWAY: string[] = [
  'proibid* de chegar perto', 'proibid* de se aproximar', 'proibir ele de chegar perto', 'proibir ele de se aproximar',
  'nao chegue perto de mim', 'nao se aproxime de mim', 'nao possa chegar perto', 'nao possa se aproximar', 'nao pode chegar perto de mim',
  // The same order asked as its purpose ("quero medida pra ele não chegar perto de mim").
  ...['pra', 'para'].flatMap((to) => ['ele', 'ela'].flatMap((who) => ['nao chegar perto', 'nao se aproximar', 'ficar longe de mim', 'nao me procurar'].map((order) => `${to} ${who} ${order}`))),
];

/**
 * A camera hidden where a person undresses or sleeps (the bathroom, the bedroom), or a spy camera by its kind: the registro não
 * autorizado da intimidade sexual (CP art. 216-B), whoever placed it (a landlord, an employer, a partner).
 */
export const HIDDEN_CAMERA: readonly string[] = [
  ...['camera', 'cameras', 'camera escondida', 'cameras escondidas', 'mini camera', 'minicamera', 'micro camera', 'microcamera'].flatMap((camera) =>
    ['no banheiro', 'dentro do banheiro', 'do banheiro', 'no meu quarto', 'dentro do meu quarto', 'no vestiario',
      // The fitting room, where a shop's customers undress (`provador`), and the shower or the box inside the bathroom.
      'no provador', 'dentro do provador', 'do provador', 'no chuveiro', 'dentro do chuveiro', 'no box', 'dentro do box'].map((place) => `${camera} ${place}`)),
  // Hidden in a bedroom let to the client (a hotel's, a motel's, a rented one) or inside a device (a smoke detector, a socket, a charger):
  // told "escondida"; not any room's camera ("pus uma câmera escondida no quarto do bebê" is a parent watching the nanny).
  ...['camera escondida', 'cameras escondidas'].flatMap((camera) =>
    [...['do hotel', 'do motel', 'da pousada', 'do hostel', 'do airbnb', 'alugado', 'que aluguei', 'que alugamos'].flatMap((room) => [`no quarto ${room}`, `dentro do quarto ${room}`]),
      'no detector', 'dentro do detector', 'na tomada', 'dentro da tomada', 'no carregador', 'dentro do carregador'].map((place) => `${camera} ${place}`)),
  // A camera disguised as an object (a clock, a charger, a speaker).
  'camera disfarcada', 'cameras disfarcadas',
  'camera pequena escondida', 'cameras pequenas escondidas', 'camera espia', 'camera espia escondida',
  // A tiny camera by its kind, told found or hidden: the kind alone is a product bought ("comprei uma mini câmera wifi e não liga").
  ...['mini camera', 'minicamera', 'micro camera', 'microcamera'].flatMap((camera) => [
    ...['achei', 'encontrei', 'descobri', 'achou', 'encontrou', 'descobriu', 'achamos', 'encontramos', 'descobrimos', 'acharam', 'encontraram', 'descobriram']
      .flatMap((found) => [`${found} uma ${camera}`, `${found} a ${camera}`]),
    `${camera} escondida`, `${camera} dentro`]),
];

/**
 * A child's or an adolescent's sexual abuse told by someone else (a parent, a grandparent, a stepparent): the abuse in the words the
 * child discloses it with and the adult retells it ("ele mexe nela", "estava abusando dela", "abusou do meu filho", "toca nas partes
 * íntimas dela", "foi estuprada pelo tio"), or the child's naked images. In the third person only: the adult client's own abuse
 * ("fui abusada quando criança") is no child at risk now. Estupro de vulnerável (CP art. 217-A); images of a child (ECA arts. 240 and
 * 241-B). The child is protected at once: notice to the Conselho Tutelar (ECA art. 13), the aggressor removed from the common home
 * (ECA art. 130; Lei 14.344/22 arts. 20-21), the protected hearing (Lei 13.431/17 arts. 7-8 and 21).
 */
export const CHILD_ABUSE_TOLD: string[] = [
  'molest*', 'abusou dela', 'abusou dele', 'abusando dela', 'abusando dele', 'abusava dela', 'abusava dele', 'abusa dela', 'abusa dele',
  ...['abusou', 'abusando', 'abusava', 'abusa', 'estuprou', 'tentou abusar'].flatMap((abused) =>
    ['do meu filho', 'da minha filha', 'do meu neto', 'da minha neta', 'do meu sobrinho', 'da minha sobrinha', 'do meu enteado', 'da minha enteada', 'da crianca', 'do menino', 'da menina',
      // A young sibling, whose age the interview tells ("abusava da minha irmã de 9 anos"; the signal counts beside a child told).
      'do meu irmao', 'da minha irma', 'do meu irmaozinho', 'da minha irmazinha']
      .map((child) => `${abused} ${child}`)),
  'mexe nela', 'mexeu nela', 'mexia nela', 'mexendo nela', 'mexe nele', 'mexeu nele', 'mexia nele', 'mexendo nele',
  'tocou nela', 'toca nela', 'tocava nela', 'tocou nele', 'toca nele', 'tocava nele', 'passou a mao nela', 'passou a mao nele', 'passava a mao nela', 'passava a mao nele',
  'partes intimas dela', 'partes intimas dele', 'foi estuprada', 'foi estuprado', 'estupro de vulneravel', 'abuso sexual infantil',
  // The child's intimate parts touched, told with the child after ("toca nas partes íntimas da minha filha"), and the rape told with the
  // child as the direct object ("estuprou minha filha", "abusou sexualmente do meu filho").
  ...['toc*', 'mex*', 'pass* a mao', 'acarici*', 'peg*', 'apalp*'].map((touched) => `${touched} nas partes intimas`),
  ...['estuprou', 'estuprava', 'estuprando', 'violentou', 'violentava'].flatMap((raped) =>
    ['minha filha', 'a minha filha', 'meu filho', 'o meu filho', 'minha neta', 'meu neto', 'minha sobrinha', 'meu sobrinho', 'minha enteada', 'meu enteado', 'a crianca', 'a menina', 'o menino']
      .map((child) => `${raped} ${child}`)),
  ...['abusou', 'abusava', 'abusando'].flatMap((abused) => ['dela', 'dele', 'da minha filha', 'do meu filho', 'da minha neta', 'do meu neto', 'da crianca'].map((child) => `${abused} sexualmente ${child}`)),
  'pelada', 'pelado', 'peladas', 'pelados',
];

/**
 * A child or an adolescent named in a message (run on normalized text): a son, a daughter, a grandchild, a nephew or niece, a
 * stepchild, a pupil, or an age under 18 ("de 9 anos"). Not one of full age told by the age ("minha filha de 25 anos"): see
 * `ADULT_CHILD_AGE`. Read with `CHILD_ABUSE_TOLD` for the client note of a child's sexual abuse (`child-sexual-abuse`).
 */
export const CHILD_NAMED =
  /\b(?:filh[oa]s?|net[oa]s?|sobrinh[oa]s?|entead[oa]s?|criancas?|menin[oa]s?|bebes?|garot[oa]s?|alun[oa]s?|adolescentes?)\b|\bde (?:[1-9]|1[0-7]) anos\b/;
/** A son, a grandchild, a nephew or a stepchild told with an age of 18 or more: an adult, no child (ECA art. 2). Run on normalized text. */
export const ADULT_CHILD_AGE = /\b(?:filh|net|sobrinh|entead)[oa]s? (?:de|com|tem) (?:1[89]|[2-9]\d) anos\b/;
/**
 * A child's or an adolescent's intimate or naked images (run on normalized text, with a child named: `CHILD_NAMED`): the images
 * named as the child's ("fotos íntimas da minha filha", "nudes do meu filho"), or an image, a filming or a photographing told with
 * the nakedness ("fotos dela pelada", "filmou meu sobrinho pelado no vestiário"), or intimate images sent to the child or asked of
 * them ("mandou nudes pra minha filha", "pediu nudes"). Producing, keeping, offering or spreading them, or asking a child for them
 * or showing them one, are crimes (ECA arts. 240, 241-A, 241-B and 241-D; CP art. 218-C).
 */
export const CHILD_NAKED_IMAGES =
  /\b(?:(?:fotos?|videos?|imagens?) intim[oa]s?|nudes) d[oa]s? (?:minha |meu |nossa |nosso )?(?:filh|net|sobrinh|entead)[oa]s?\b|\b(?:mand|envi)\w* (?:nudes|fotos? intimas?|videos? intimos?|pornografia|fotos? pelad[oa]s?) (?:pra|para|a) (?:a |o )?(?:minha |meu |nossa |nosso )?(?:filh|net|sobrinh|entead)[oa]s?\b|\bped(?:iu|ia|indo|e) (?:nudes|fotos? intimas?|videos? intimos?)\b|\b(?:fotos?|videos?|imagens?|film(?:ou|ando|ava|aram)|fotograf(?:ou|ando|ava|aram))\b[^.!?;\n]{0,60}?\b(?:pelad[oa]s?|nua?s?|sem roupa)\b/;

/**
 * Intimate images named with the owner between ("fotos minhas íntimas", "vídeo meu íntimo"): the client's own, whose sharing without
 * consent is a crime (CP art. 218-C).
 */
export const OWN_INTIMATE_IMAGES: string[] = [
  'fotos minhas intimas', 'foto minha intima', 'videos meus intimos', 'video meu intimo', 'fotos intimas minhas', 'foto intima minha', 'videos intimos meus', 'video intimo meu',
  'fotos minhas pelada', 'fotos minhas nua', 'foto minha pelada', 'foto minha nua', 'imagens minhas intimas', 'fotos minhas nuas',
  // The owner before the images and the nakedness after ("minhas fotos pelada", "meu vídeo pelado"): the same images in the other order.
  'minhas fotos pelada', 'minhas fotos peladas', 'minhas fotos nua', 'minhas fotos nuas', 'minha foto pelada', 'minha foto nua',
  'meu video pelado', 'meu video pelada', 'meus videos pelado', 'meus videos pelada', 'video meu pelado', 'video meu pelada',
];

/**
 * Intimate or naked images, whoever's (the client's own: `OWN_INTIMATE_IMAGES`), and the intimate video call a sextortion records
 * ("gravou nossa chamada de vídeo íntima"): their recording, spreading or use to extort are crimes against sexual dignity (CP arts.
 * 216-B and 218-C) and extortion (CP art. 158). Read for the offence (`crime-sexual`) and for the exposure's urgency (`exposicao-intima`).
 */
export const INTIMATE_IMAGES: string[] = [
  'fotos intimas', 'foto intima', 'video intimo', 'videos intimos', 'imagens intimas', 'nudes', 'fotos nuas', 'foto nua',
  'chamada de video intima', 'chamadas de video intimas', ...OWN_INTIMATE_IMAGES,
];

/**
 * The author of a crime, or one of his, threatening its victim or witness with revenge for the report, the recognition or the
 * testimony ("vai se vingar", "jurou vingança", "se eu não retirar a queixa"): a new crime (ameaça, CP art. 147; coação no curso
 * do processo, CP art. 344), and the victim's safety at stake now: a cautionary measure keeping him away (CPP arts. 282 and 319
 * III), his arrest (CPP art. 312) or the protection of victims and witnesses (Lei 9.807/99 art. 1º) are asked within the day.
 */
/**
 * The revenge promised and the victim pressed to drop the case ("vai se vingar", "jurou vingança", "se eu não retirar a queixa"): told of
 * anyone, a threat itself (CP art. 147; coação no curso do processo, CP art. 344), not only its urgency (`threat`, the criminal area).
 */
export const REVENGE_SWORN: string[] = [
  ...['vai', 'ia', 'vao', 'iam'].map((will) => `${will} se vingar`), 'jurou vinganca', 'jurou de vinganca', 'prometeu vinganca',
  // The victim pressed to drop the case (CP art. 344): the report, the complaint or the testimony.
  ...['se eu nao', 'se ela nao', 'se ele nao', 'se a gente nao', 'se nao'].flatMap((unless) =>
    ['retirar a queixa', 'retirar a denuncia', 'retirar o bo', 'retirar o boletim', 'retirar a ocorrencia', 'retirar a representacao', 'mudar o depoimento', 'desistir do processo']
      .map((drop) => `${unless} ${drop}`)),
  // The revenge named by what it repays ("você vai pagar por ter me denunciado", "vou pagar caro por ter reconhecido ele"): the report,
  // the recognition or the testimony punished, a threat to a victim or witness (CP arts. 147 and 344; Lei 9.807/99 art. 1º).
  ...['vai', 'vou', 'ia', 'iria', 'vao', 'iam'].flatMap((will) => ['pagar', 'pagar caro'].flatMap((pay) =>
    ['denunciado', 'dado queixa', 'prestado queixa', 'feito a denuncia', 'feito o bo', 'feito boletim', 'chamado a policia', 'reconhecido', 'testemunhado', 'deposto']
      .flatMap((reported) => [`${will} ${pay} por ter ${reported}`, `${will} ${pay} por ter me ${reported}`]))),
];
export const RETALIATION_THREAT: string[] = [
  ...REVENGE_SWORN, 'quer se vingar', 'queria se vingar', 'se vingar de mim', 'se vingar da minha familia', 'se vingar da nossa familia',
  // The witness pressed not to testify (CP art. 344).
  ...['se eu', 'se ela', 'se ele', 'se a gente'].flatMap((who) => ['depor', 'for depor', 'testemunhar', 'for testemunhar'].map((testify) => `${who} ${testify}`)),
];

/**
 * The one who threatens told as knowing where the client lives, works or the children study ("mandou mensagem dizendo que sabe onde eu
 * moro", "falou que sabe onde meus filhos estudam"): the harm implied by the words that say it can reach the client (CP art. 147: the
 * threat "por palavra, escrito ou gesto, ou qualquer outro meio simbólico"). Told in reported speech ("que sabe onde"), not the client's
 * own knowledge of an address.
 */
export const KNOWS_WHERE_CLIENT_IS: string[] = ['que sabe onde', 'que ele sabe onde', 'que ela sabe onde', 'que sabem onde'].flatMap((knows) =>
  ['eu moro', 'moro', 'a gente mora', 'nos moramos', 'eu trabalho', 'trabalho', 'meus filhos estudam', 'meu filho estuda', 'minha filha estuda', 'minhas filhas estudam',
    'minha familia mora', 'minha mae mora'].map((place) => `${knows} ${place}`));
/**
 * The same revenge told in words a contractor's or a debtor's story also uses ("vai voltar pra terminar o serviço", "terminar o que
 * começou"): a threat only beside a crime against the client told in the interview (`RETALIATION_THREAT`'s law).
 */
export const RETALIATION_VEILED: string[] = ['terminar o servico', 'acabar o servico', 'terminar o que comecou', 'acabar o que comecou',
  // "Vai me pegar" alone is the threat's own case (CP art. 147, the representação within six months: CPP art. 38), not a danger
  // beyond it; told by the author of an earlier crime against the client, released or convicted, it is his revenge.
  ...['vai', 'ia', 'vao', 'iam', 'jurou'].flatMap((will) => [`${will} me pegar`, `${will} pegar ela`, `${will} pegar ele`]),
  // Where the client lives, works or the children study, told as known to the one who threatens (`KNOWS_WHERE_CLIENT_IS`): the harm
  // implied (CP art. 147, "por palavra, escrito ou gesto, ou qualquer outro meio simbólico"), a danger now beside a crime against the
  // client, a testimony or a report.
  ...KNOWS_WHERE_CLIENT_IS,
  // The price promised without its ground ("mandou dizer que eu vou pagar caro"): told by one the client reported or testified
  // against, his revenge.
  ...['que eu vou', 'que voce vai', 'que vc vai', 'que tu vai'].flatMap((will) => [`${will} pagar caro`, `${will} pagar por isso`, `${will} me pagar`]),
  // The witness or the victim told to keep silent or drop the case ("se eu abrir a boca na audiência", "testemunha boa é testemunha calada",
  // "é melhor eu esquecer o caso"): the coação no curso do processo (CP art. 344), whose victim is protected within the day (Lei 9.807/99
  // arts. 1º and 7º; CPP art. 201 §6º). Told beside a testimony, a release or a crime against the client only, as the rest of this list.
  'se eu abrir a boca', 'se abrir a boca', 'testemunha calada', 'testemunha que fala demais', 'quem fala demais', 'ficar de boca fechada',
  ...['melhor eu', 'melhor a gente', 'melhor voce', 'melhor vc', 'pra eu', 'para eu'].flatMap((told) => ['esquecer o caso', 'esquecer o processo', 'esquecer isso', 'ficar calado', 'ficar calada', 'ficar quieto', 'ficar quieta'].map((silent) => `${told} ${silent}`))];

/**
 * The revenge promised in the everyday words of a warning ("vai se arrepender", "isso não vai ficar assim", "vai me dar o troco", "você me
 * paga", "isso vai ter volta", "não perde por esperar", "não sabe com quem se meteu", "vai acertar as contas comigo"): told by the author
 * of a crime, the accused or his people to its victim, a witness or the one who reported, the threat "por palavra, escrito ou gesto, ou
 * qualquer outro meio simbólico" (CP art. 147) or the coação no curso do processo (CP art. 344), whose victim is protected within the day
 * (CPP arts. 282 and 319 III; Lei 9.807/99 art. 1º). The same words a seller, a boss, a lender, a neighbour or a former partner says in a
 * quarrel with no crime told are no revenge on a victim: read only beside a crime against the client, a release, a testimony or a report
 * whose author learned who made it (`retaliacao-velada`), never as a client note of their own (`retaliation`). The quarrel's "acerto de
 * contas" of a dismissal or a debt is left out: only the settling "comigo" or "com a gente".
 */
export const REVENGE_WARNED: string[] = [
  ...['vou me', 'ia me', 'iria me', 'vai se', 'ia se', 'iria se', 'vao se', 'iam se'].map((will) => `${will} arrepender`),
  ...['que isso', 'que'].flatMap((what) => ['nao vai ficar', 'nao ia ficar', 'nao fica'].flatMap((stay) => [`${what} ${stay} assim`, `${what} ${stay} barato`])),
  ...['vai', 'vou', 'ia', 'iria', 'vao', 'iam', 'jurou', 'prometeu'].flatMap((will) => [`${will} dar o troco`, `${will} me dar o troco`, `${will} te dar o troco`]),
  'voce me paga', 'vc me paga', 'tu me paga', 'tu me pagas', 'voces me pagam',
  'isso vai ter volta', 'isso ainda vai ter volta', 'que vai ter volta', 'isso tem volta',
  ...['perco', 'perde', 'perdes', 'perdem'].map((lose) => `nao ${lose} por esperar`),
  ...['nao sabe', 'nao sei', 'nao sabia', 'nao sabem'].flatMap((know) =>
    ['com quem se meteu', 'com quem me meti', 'com quem se meteram', 'com quem mexeu', 'com quem mexi', 'com quem ta mexendo', 'com quem esta mexendo'].map((whom) => `${know} ${whom}`)),
  ...['comigo', 'com voce', 'com vc', 'com a gente'].map((whom) => `acertar as contas ${whom}`), 'a gente vai acertar as contas',
];


/**
 * A threat to "get" the client told in reported speech ("disse pra um vizinho que vai me pegar", "mandou mensagem dizendo que ia me
 * pegar"): a harm promised to the client's person (CP art. 147), whoever says it (a creditor, a former colleague, one the client
 * reported). Not the court's or the boss's "pegar" (`GET_NOT_HARM`), nor a ride ("o ônibus que vai me pegar" is told without "disse").
 */
export const THREAT_TO_GET: string[] = ['que vai', 'que ia', 'que vao', 'que iam', 'que iria'].map((will) => `${will} me pegar`);
/** The "pegar" of a lawsuit, a catch at work or a ride, longer than `THREAT_TO_GET` so that it holds the match: no harm promised. */
export const GET_NOT_HARM: string[] = THREAT_TO_GET.flatMap((get) =>
  ['na justica', 'no pulo', 'no flagra', 'de carro', 'no aeroporto', 'na rodoviaria', 'na escola', 'pra almocar', 'as', 'de manha'].map((where) => `${get} ${where}`));

/**
 * A harm promised without its name: the client to be "got" (`THREAT_TO_GET`), where the client or the children live or study told as
 * known (`KNOWS_WHERE_CLIENT_IS`; not the workplace, where a creditor also says he will send the bill), and the veiled warnings ("isso
 * vai ter volta", "você não perde por esperar", "ela ia ver o que é bom", "disse que eu vou pagar caro"): the threat "por palavra,
 * escrito ou gesto, ou qualquer outro meio simbólico" of CP art. 147, as a harm named is. Not the lawsuit's or the ride's "pegar"
 * (`GET_NOT_HARM`).
 */
export const HARM_VEILED: string[] = [...THREAT_TO_GET, ...KNOWS_WHERE_CLIENT_IS.filter((known) => !known.endsWith('trabalho')),
  'isso vai ter volta', 'isso ainda vai ter volta', 'que vai ter volta',
  ...['perco', 'perde', 'perdes', 'perdem'].map((lose) => `nao ${lose} por esperar`),
  ...['vai', 'ia', 'vao', 'iam', 'vou'].map((will) => `${will} ver o que e bom`),
  ...['que eu vou', 'que voce vai', 'que vc vai', 'que tu vai', 'que ela vai', 'que ele vai'].map((will) => `${will} pagar caro`)];

/**
 * The author of a crime, or one the client reported, told as having learned who reported or recognized him ("descobriu que fui eu
 * que fiz a denúncia", "soube que fui eu que chamei a polícia"): the informant exposed to revenge, whom the witness protection
 * programme and the cautionary measures protect (Lei 9.807/99 arts. 1º and 7º; CPP arts. 201 §6º and 282). Read as the context of a
 * veiled revenge (`retaliacao-velada`), not as a threat by itself.
 */
export const INFORMANT_EXPOSED: string[] = ['descobriu', 'descobriram', 'soube', 'souberam', 'ficou sabendo', 'ficaram sabendo', 'sabe', 'sabem'].flatMap((learned) =>
  ['denunciei', 'denunciou', 'fiz a denuncia', 'dei queixa', 'chamei a policia', 'liguei pra policia', 'liguei para a policia', 'reconheci ele', 'fiz o bo', 'registrei o bo']
    .flatMap((reported) => [`${learned} que fui eu que ${reported}`, `${learned} que eu ${reported}`, `${learned} que fui eu quem ${reported}`]))
  .concat(['descobriu que a denuncia partiu de mim', 'descobriu quem denunciou', 'descobriu quem fez a denuncia', 'descobriram quem denunciou', 'descobriram quem fez a denuncia']);

/**
 * The client told as afraid to leave the house, go to work or testify ("to com medo de sair de casa", "tenho medo de ir depor", "não tenho
 * saído de casa"): the threat felt as current, its author near, the ground of a cautionary measure or the witness's protection within the
 * day (CPP arts. 282 and 319 III; Lei 9.807/99 art. 1º). Read as the context of a veiled revenge (`retaliacao-velada`), not by itself.
 */
export const AFRAID_TO_GO_OUT: string[] = [
  'medo de sair', 'medo sair', 'medo de sair de casa', 'medo sair de casa', 'medo de sair na rua', 'medo de ir', 'medo de ir depor', 'medo de ir na audiencia', 'medo de ir a audiencia', 'medo de ir pro trabalho', 'medo de ir trabalhar',
  'nao tenho saido de casa', 'nao saio mais de casa', 'nao consigo sair de casa', 'parei de sair de casa',
];

/**
 * Stalking told in everyday words ("fica me seguindo", "aparece na porta do meu trabalho", "cria perfil fake pra me mandar mensagem"):
 * the perseguição of CP art. 147-A, "reiteradamente e por qualquer meio", whose victim asks the cautionary measures keeping the author
 * away (CPP arts. 282 and 319 III; between partners, Lei 11.340/06 art. 22 III). Not a boss's "me persegue" (a workplace harassment told
 * in the same word), left out.
 */
export const STALKING_TOLD: string[] = [
  'fica me seguindo', 'ficam me seguindo', 'vive me seguindo', 'anda me seguindo', 'nao para de me seguir', 'continua me seguindo', 'me segue na rua', 'me seguiu ate em casa',
  ...['aparece', 'aparecendo', 'aparecia', 'fica parado', 'ficava parado', 'tava parado', 'estava parado'].flatMap((shows) =>
    ['na porta do meu trabalho', 'na porta da minha casa', 'na frente do meu trabalho', 'na frente da minha casa', 'na frente do meu predio', 'no meu trabalho'].map((where) => `${shows} ${where}`)),
  // Told as a watch kept on the home ("fica rondando minha casa", "vive rondando a rua"): the same perseguição (CP art. 147-A).
  ...['fica', 'ficam', 'vive', 'anda', 'andam', 'continua', 'ta', 'tao', 'esta', 'estao'].map((keeps) => `${keeps} rondando`),
  'cria perfil fake', 'cria perfis fake', 'cria perfis falsos', 'criou perfil fake', 'criou perfis falsos', 'perfil fake pra me', 'perfis fake pra me', 'perfis falsos pra me', 'perfis falsos para me',
];

/** A threat against the client's life, told in the first person (violence, Lei 11.340 art. 7 II; CP art. 147). */
export const DEATH_THREAT: string[] = ['ameacou me matar', 'ameaca de morte', 'ameacas de morte', 'ameacando de morte', 'ameacad* de morte', 'ameacou de morte', 'jurou de morte', 'vai me matar', 'me matar', 'ele me mata', 'ela me mata', 'te matar',
  'me jurou de morte', 'jurando de morte', 'jurad* de morte',
  // The same threat told as the end of the client's life, said by someone else: never the client's own despair ("penso em acabar com a minha vida").
  'disse que ia acabar com a minha vida', 'disse que vai acabar com a minha vida', 'falou que ia acabar com a minha vida', 'falou que vai acabar com a minha vida',
  // Told with the other person as subject, the words reported ("fala que se eu arrumar alguém ele acaba com a minha vida").
  ...['ele', 'ela'].flatMap((who) => ['acaba', 'vai acabar', 'ia acabar'].map((ends) => `${who} ${ends} com a minha vida`)),
  // The next blow promised by who already struck ("falou que da próxima vez me mata", "da próxima vez não erra", "da próxima vez eu
  // não escapo"): the death promised after the violence done, its author a danger now (CP arts. 129 and 147; CPP arts. 312-313).
  ...['da proxima vez', 'na proxima vez', 'na proxima'].flatMap((next) =>
    ['me mata', 'ele me mata', 'ela me mata', 'eu morro', 'nao erra', 'ele nao erra', 'nao vai errar', 'nao escapo', 'eu nao escapo', 'nao vou escapar', 'eu nao vou escapar']
      .map((harm) => `${next} ${harm}`))];

/**
 * The beating promised again by who already struck ("falaram que amanhã vão me pegar de novo", "disse que vai me bater outra vez"): the
 * violence done told to come back (CP arts. 129 and 147), its authors a danger now, kept away or arrested (CPP arts. 312 and 319 III).
 */
export const BEATING_PROMISED_AGAIN: string[] = ['vai', 'vao', 'ia', 'iam'].flatMap((will) =>
  ['me pegar de novo', 'me bater de novo', 'me pegar outra vez', 'me bater outra vez'].map((again) => `${will} ${again}`));

/**
 * A threat to kill a person named, told in reported speech without the word "ameaça de morte" ("mandou mensagem falando que vai matar
 * ela", "jurou matar meu marido", "disse que ia matar minha mãe", "se eu te ver com ela de novo eu te mato", "fica dizendo que vai acabar
 * com minha vida"): the crime of threat (CP art. 147), a grave harm promised to the client or a relative, prosecuted on the victim's
 * representation (CPP art. 39) and, between partners or relatives, psychological violence (Lei 11.340/06 art. 7º II) open to protective
 * measures. Only people: an animal threatened ("vai matar meu cachorro") is property, and the first person ("vai me matar") is `DEATH_THREAT`.
 */
const KILL_THREAT_VERBS = ['vai', 'ia', 'iria', 'vou', 'ameacou', 'ameacando', 'ameacava', 'ameaca', 'jurou', 'jurando', 'jura', 'prometeu', 'prometendo', 'promete'];
const KILL_THREAT_TARGETS = [
  'ela', 'ele', 'voce', 'vc', 'voces', 'nos',
  ...['mae', 'filha', 'esposa', 'mulher', 'irma', 'avo', 'neta', 'namorada', 'familia', 'sobrinha', 'tia', 'sogra', 'companheira', 'noiva'].flatMap((kin) => [`minha ${kin}`, `a minha ${kin}`]),
  ...['pai', 'filho', 'marido', 'irmao', 'neto', 'namorado', 'sobrinho', 'tio', 'sogro', 'companheiro', 'noivo'].flatMap((kin) => [`meu ${kin}`, `o meu ${kin}`]),
  'meus filhos', 'minhas filhas', 'meus netos', 'meus irmaos', 'meus pais', 'os meus filhos',
];
export const THREAT_TO_KILL_NAMED: string[] = [
  ...KILL_THREAT_VERBS.flatMap((verb) => KILL_THREAT_TARGETS.map((target) => `${verb} matar ${target}`)),
  'eu te mato', 'que te mato', 'te mato', 'mato voce', 'mato vc',
  ...['dizendo', 'falando', 'disse', 'falou', 'escreveu', 'mandou dizer', 'ameacando', 'ameacou', 'jurando', 'jurou'].flatMap((said) =>
    ['que vai acabar com minha vida', 'que ia acabar com minha vida', 'que vai acabar com a minha vida', 'que ia acabar com a minha vida'].map((ends) => `${said} ${ends}`)),
  ...['ameacando', 'ameacou', 'jurando', 'jurou'].flatMap((said) => [`${said} acabar com minha vida`, `${said} acabar com a minha vida`]),
];

/**
 * The same threat told as what the other side says the client said ("meu vizinho diz que eu falei que ia matar ele", "falou na delegacia que
 * eu ia matar ela"): the client is the one accused of the threat (CP art. 147), answering a termo circunstanciado (Lei 9.099/95 arts. 69,
 * 72 and 76), not its victim.
 */
export const KILL_THREAT_ASCRIBED_TO_CLIENT: string[] = [
  ...['ia', 'vou', 'iria', 'vai', 'ameacei', 'jurei', 'prometi'].map((verb) => `que eu ${verb} matar`),
  ...['falei', 'disse', 'gritei', 'escrevi', 'mandei dizer'].flatMap((said) => ['ia', 'vou', 'iria', 'vai'].map((verb) => `que eu ${said} que ${verb} matar`)),
  'que eu ameacei de morte', 'que eu ameacei ele de morte', 'que eu ameacei ela de morte',
];

/** The open regime and parole are served outside prison (CP art. 36; LEP art. 131): no custody, until an arrest says otherwise. */
export const SENTENCE_SERVED_OUTSIDE: string[] = ['regime aberto', 'no aberto', 'livramento condicional'];

/**
 * Custody that is over: released, serving or having served the sentence outside, answering the
 * case at liberty. A past arrest is then the history of the case, not liberty at stake now (the
 * 24 h of a flagrant or a preventive arrest, CPP arts. 306 and 310).
 */
export const CUSTODY_ENDED: string[] = [
  'esta solto', 'esta solta', 'ta solto', 'ta solta', 'foi solto', 'foi solta', 'ja saiu da prisao', 'saiu da prisao', 'saiu da cadeia',
  // The release told by the place left or the liberty won ("saiu do presídio", "ganhou a liberdade"), and the custody told as short
  // ("ficou preso só uma semana"): held no more (CPP arts. 310 III and 321; LEP arts. 112 and 131).
  'saiu do presidio', 'saiu da penitenciaria', 'saiu do cdp', 'ganhou a liberdade', 'ganhou liberdade',
  'ficou preso so', 'ficou presa so', 'ficou preso apenas', 'ficou presa apenas', 'ficou preso pouco', 'ficou presa pouco',
  // Released after being taken to the station and heard (no arrest kept: CPP arts. 304 and 310).
  'fui solto', 'fui solta', 'me soltaram', 'me soltou', 'fui liberad*', 'me liberaram', 'liberad* da delegacia', 'liberaram ele', 'liberaram ela', 'soltaram ele', 'soltaram ela',
  'esta em liberdade', 'ta em liberdade', 'respondeu em liberdade', 'responde em liberdade', 'respondendo em liberdade',
  'respondeu o processo em liberdade', 'responde o processo em liberdade',
  // The same told with the verb's own preposition ("responde ao processo em liberdade": CPP arts. 310 III and 321).
  'respondeu ao processo em liberdade', 'responde ao processo em liberdade', 'respondendo ao processo em liberdade', 'cumpriu a pena', 'cumpriu pena', 'pena extinta', 'extincao da pena',
  ...SENTENCE_SERVED_OUTSIDE,
];

/**
 * Released on bail or on provisional release, with or without other measures ("pagou fiança no mesmo dia", "saiu com liberdade
 * provisória"): the custody hearing's question is answered (CPP arts. 310 III, 319 and 321-322), the case goes on at liberty.
 * Only bail paid: a bail set and not paid ("o delegado falou em fiança") keeps the person held.
 */
export const RELEASED_PENDING_TRIAL: string[] = [
  ...['pagou', 'paguei', 'pagamos', 'pagaram'].flatMap((paid) => [`${paid} fianca`, `${paid} a fianca`]),
  ...['saiu', 'solto', 'solta'].flatMap((out) => [`${out} com fianca`, `${out} sob fianca`]),
  ...['saiu com', 'saiu em', 'ganhou', 'ganhou a', 'conseguiu', 'conseguiu a', 'esta em', 'ta em', 'responde em', 'respondendo em'].map((got) => `${got} liberdade provisoria`),
];

/**
 * A sentence being served ("meu filho cumpre pena há 2 anos", "tá preso cumprindo pena"): no arrest to answer in hours (the
 * custody hearing, CPP art. 310, was long ago); the sentence's incidents (progression, benefits, the family's auxílio-reclusão) are
 * asked on their own, non-urgent terms (LEP arts. 66 and 112; Lei 8.213/91 art. 80).
 */
export const SENTENCE_BEING_SERVED: string[] = ['cumpre', 'cumprindo', 'esta cumprindo', 'ta cumprindo'].flatMap((serves) => [`${serves} pena`, `${serves} a pena`, `${serves} sua pena`, `${serves} a sua pena`]);

/** A warrant no longer valid, revoked or already served: no arrest is pending on it. */
export const WARRANT_UNDONE: string[] = [
  ...['mandado', 'mandado de prisao'].flatMap((warrant) => ['revogado', 'ja revogado', 'ja foi revogado', 'ja tinha sido revogado', 'ja estava revogado', 'ja cumprido',
    'ja foi cumprido', 'ja tinha sido cumprido'].map((state) => `${warrant} ${state}`)),
  'revogou o mandado', 'revogaram o mandado', 'ja tinha revogado o mandado',
];

/**
 * An arrest warrant open against the client, or the client told as a fugitive: it is served at the next stop or check, so the
 * defence (a habeas corpus, the warrant's revocation, a surrender arranged) is asked at once (CPP arts. 282-283, 647-648). A release
 * after a check that missed it does not close it: only the warrant revoked or served does. In the first person only: a victim's
 * family tells the offender's warrant and flight too ("o vizinho tá foragido"), and nothing is urgent for them in it.
 */
export const WARRANT_OPEN: string[] = [
  'mandado de prisao contra mim', 'mandado de prisao no meu nome', 'mandado de prisao em meu nome', 'meu mandado de prisao', 'estou foragid*', 'to foragid*',
  // The warrant told in everyday words, the judge's order with the client as its object ("o juiz mandou me pegar porque não me acharam
  // pras audiências": a preventive arrest of one not found, CPP arts. 312 and 366), or the order named with the client's name.
  ...['mandou', 'mandaram'].flatMap((ordered) => [`${ordered} me prender`, `${ordered} me pegar`]),
  'mandado contra mim', 'mandado no meu nome', 'ordem de prisao contra mim', 'ordem de prisao no meu nome', 'ordem de prisao em meu nome',
];

/**
 * A patient told as able to die without the care awaited ("o médico disse que ele corre risco de morrer", "pode não resistir", "pode vir
 * a óbito"): life at risk now, and the bed, the surgery or the drug owed by the State or a plan is ordered by a tutela de urgência within
 * the day (CF art. 196; Lei 9.656/98 art. 35-C; CPC art. 300).
 */
export const LIFE_AT_RISK: string[] = [
  'risco de vida', 'risco de morte', 'risco de morrer', 'risco de obito', 'perigo de vida', 'perigo de morte',
  ...['pode', 'corre o risco de'].flatMap((may) => ['morrer', 'falecer', 'vir a obito', 'ir a obito', 'nao resistir', 'nao aguentar', 'nao sobreviver'].map((die) => `${may} ${die}`)),
  'vai morrer', 'vai falecer', 'nao vai resistir', 'nao vai aguentar', 'nao vai sobreviver',
  // The time the patient has left told short ("os médicos falam que ele não aguenta muito mais tempo", "não resiste muito tempo lá"):
  // the same life at risk while the care waits.
  ...['nao aguenta', 'nao resiste', 'nao vai aguentar', 'nao vai resistir', 'nao vai durar'].flatMap((lasts) =>
    ['muito tempo', 'muito mais tempo', 'mais muito tempo', 'muitos dias', 'muito mais'].map((long) => `${lasts} ${long}`)),
];

/**
 * A building told as about to fall ("a Defesa Civil disse que tem risco de desabar", "o engenheiro falou que pode cair a qualquer
 * momento", "a Defesa Civil interditou a casa"): the lives of those inside are at risk now, and the works that cause it are stopped
 * and the building shored by an urgent order (CC arts. 1.280 and 1.311; CPC art. 300), or the occupants moved out by the Defesa
 * Civil (Lei 12.608/12 art. 8º).
 */
export const COLLAPSE_RISK: string[] = [
  'risco de desabamento', 'risco de desabar', 'ameaca de desabamento', 'ameacando desabar', 'prestes a desabar', 'pode desabar', 'vai desabar',
  'risco de desmoronamento', 'risco de desmoronar', 'pode desmoronar', 'vai desmoronar', 'pode ruir', 'risco de ruir', 'cair a qualquer momento', 'desabar a qualquer momento',
  // The structure told as giving way ("o laudo diz que pode ceder"): the same risk of falling.
  'pode ceder', 'vai ceder', 'risco de ceder', 'prestes a ceder',
  // The house closed by the Defesa Civil for that risk.
  'interditou a casa', 'interditou minha casa', 'interditou a minha casa', 'interditaram a casa', 'interditaram minha casa', 'interditaram a minha casa', 'casa interditada', 'casa foi interditada',
  // Or part of it, or the building of flats, the family's own told as ours ("interditou nosso prédio"): the rooms at risk closed, the rest kept in use.
  ...['interditou', 'interditaram'].flatMap((closed) =>
    ['o quarto', 'a cozinha', 'a sala', 'o banheiro', 'os comodos', 'dois comodos', 'parte da casa', 'metade da casa', 'o predio', 'o apartamento',
      'nosso predio', 'o nosso predio', 'meu predio', 'o meu predio', 'nossa casa', 'a nossa casa', 'meu apartamento', 'o meu apartamento', 'nosso apartamento'].map((part) => `${closed} ${part}`)),
  'predio interditado', 'predio foi interditado', 'apartamento interditado', 'apartamento foi interditado', 'comodos interditados',
];

/**
 * The client put out of their home by the other side's own hand (a lock changed, the belongings put on the street): a tenant or
 * occupant leaves only by a judge's order (Lei 8.245/91 art. 5º; CC art. 1.210), so the possession is restored by an urgent
 * order (CPC arts. 560-562), and who did it committed exercício arbitrário das próprias razões (CP art. 345). The client may be
 * on the street now.
 */
export const LOCKED_OUT: string[] = [
  ...['trocou', 'trocaram', 'mudou', 'mudaram'].flatMap((changed) => [`${changed} a fechadura`, `${changed} o cadeado`, `${changed} as fechaduras`, `${changed} o segredo da fechadura`]),
  ...['botou', 'colocou', 'jogou', 'tirou', 'botaram', 'colocaram', 'jogaram', 'tiraram'].flatMap((put) =>
    ['minhas coisas', 'as minhas coisas', 'meus moveis', 'os meus moveis', 'nossas coisas', 'as nossas coisas'].flatMap((things) =>
      [`${put} ${things} na rua`, `${put} ${things} na calcada`, `${put} ${things} pra fora`, `${put} ${things} para fora`])),
  'me trancou pra fora', 'me trancou para fora', 'me deixou na rua', 'nos deixou na rua', 'nao me deixa entrar em casa', 'nao me deixa entrar no imovel',
];

/**
 * A threat to beat the client told in everyday words, without "ameaça" ("disse que se eu entrar ele me quebra", "vai me
 * arrebentar"): a threat (CP art. 147) to the client's person.
 */
export const THREAT_TO_BEAT: string[] = [
  'ele me quebra', 'ela me quebra', 'vai me quebrar', 'me quebrar todo', 'me quebrar toda', 'quebrar minha cara', 'quebrar a minha cara', 'vai me bater', 'ia me bater',
  'vai me arrebentar', 'me arrebentar', 'ele me arrebenta', 'vai me espancar', 'vai me pegar na porrada', 'me pegar na porrada', 'me encher de porrada',
  // A knife's blow promised ("disse que ia me furar") and the street ambush ("vai me pegar na rua"): the same threat of harm (CP art. 147).
  'ia me furar', 'vai me furar', 'ia me esfaquear', 'vai me esfaquear', 'me pegar na rua', 'me pegar la fora',
  // A shot, a thrashing or the client's end promised in slang ("vai me dar um tiro", "me dar uma surra", "vai acabar comigo"): the same
  // threat of a grave harm (CP art. 147), whatever debt, crash or neighbour's quarrel it came from.
  ...['vai', 'ia', 'vao', 'iam', 'ira', 'iria'].flatMap((will) => ['me dar um tiro', 'me dar uns tiros', 'me meter bala', 'me encher de bala', 'me dar uma surra', 'me dar um pau',
    'me dar um corretivo', 'acabar comigo',
    // The thrashing in regional words ("vai me dar uma pisa", "uma peia", "uma sova") and the bullet told after the verb ("ia meter bala
    // em mim"), the legs broken ("vai quebrar as pernas do meu filho"): the same grave harm promised (CP art. 147).
    'me dar uma pisa', 'me dar uma peia', 'me dar uma sova', 'meter bala em mim', 'encher de bala', 'quebrar as pernas', 'quebrar a perna',
    // A knife's blow promised by its noun ("vai me dar uma facada"), as the verb ("vai me furar"): the same threat (CP art. 147).
    'me dar uma facada', 'me dar umas facadas', 'me dar facada'].map((harm) => `${will} ${harm}`)),
  // The same sent by hired hands ("mandar uns caras me darem um pau").
  'me darem um pau', 'me darem uma surra', 'me darem um corretivo', 'me darem uns tiros', 'me quebrar inteiro', 'me quebrar inteira',
];

/**
 * A grave harm to the client's home, shop or animals promised in everyday words ("vai tocar fogo na minha casa", "atearia fogo em minha
 * casa", "vai envenenar meus gatos", "vai quebrar minha loja inteira"): a threat (CP art. 147: "mal injusto e grave", the victim's goods
 * too), the fire or the poison only promised. Not the fire or the poisoning told as done (a crime of its own, CP art. 250; Lei 9.605
 * art. 32), nor an accident ("pegou fogo na minha casa").
 */
export const THREAT_TO_HOME: string[] = [
  // The formal future too ("afirmou que irá atear fogo em minha casa").
  ...['vai', 'ia', 'iria', 'ira', 'vao', 'iam'].flatMap((will) => [
    ...['tocar', 'botar', 'colocar', 'por', 'atear', 'tacar', 'meter'].flatMap((set) => ['fogo na minha casa', 'fogo em minha casa', 'fogo na casa', 'fogo na minha loja', 'fogo no meu carro',
      // The house named before ("a casa... irá atear fogo nela comigo dentro").
      'fogo nela comigo dentro', 'fogo na casa comigo dentro', 'fogo em mim'].map((fire) => `${will} ${set} ${fire}`)),
    ...['incendiar'].flatMap((burn) => ['minha casa', 'a minha casa', 'a casa', 'meu carro', 'minha loja'].map((place) => `${will} ${burn} ${place}`)),
    ...['envenenar', 'matar'].flatMap((poison) => ['meu cachorro', 'minha cachorra', 'meus cachorros', 'meu gato', 'minha gata', 'meus gatos', 'meus animais', 'meus bichos'].map((pet) => `${will} ${poison} ${pet}`)),
    ...['quebrar', 'destruir', 'arrebentar'].flatMap((smash) => ['minha loja', 'a minha loja', 'minha casa', 'a minha casa', 'meu carro', 'o meu carro', 'minha oficina', 'a minha oficina'].map((place) => `${will} ${smash} ${place}`)),
  ]),
  'atearia fogo', 'tocaria fogo', 'botaria fogo', 'envenenaria',
];

/** Counts of months or years told back from now ("há quatro meses", "faz uns dois anos"). */
const TIME_COUNTS: string[] = ['um', 'uns', 'umas', 'dois', 'tres', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'onze', 'doze', 'alguns', 'varios', 'muitos', 'quase um', 'mais de um', 'aproximadamente', 'uns dois', 'uns tres', 'uns quatro', 'uns cinco', 'uns seis', 'quase dois', 'quase tres', 'mais de dois', 'mais de tres', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'];

/** The author of a crime against the client named by the crime or as a stranger ("o ladrão", "os assaltantes", "o cara"), as caught or held. */
const ARRESTED_OFFENDERS: string[] = [
  ...['ladrao', 'assaltante', 'agressor', 'bandido', 'criminoso', 'golpista', 'estelionatario', 'suspeito', 'autor', 'cara', 'sujeito'].map((who) => `o ${who}`),
  'os ladroes', 'os assaltantes', 'os bandidos', 'os criminosos', 'os golpistas', 'os suspeitos', 'os caras',
];

/**
 * A harm to the body, the goods or the intimacy told as over, the author already before the police or the courts or the images
 * gone: told months or years back ("isso foi há quatro meses", "ano passado"), the author arrested, indicted, tried or convicted
 * ("ele foi condenado", "já cumpriu a pena", "o inquérito terminou"), the report and the medical examination made ("fiz BO e exame de
 * corpo de delito"), the images taken down or deleted ("o vídeo já foi removido", "não circulam mais"). What is left is the
 * reparation, three years to claim (CC art. 206 §3º V; CC art. 935 and CPP art. 63, the civil action ex delicto), and the
 * prosecution's course, six months to represent (CPP art. 38): no urgent act (`harm-over`).
 */
export const HARM_OVER: string[] = [
  // The episode dated back ("isso foi há quatro meses"), not a state that lasts ("trabalho lá há oito anos").
  ...['foi ha', 'isso foi ha', 'aconteceu ha', 'isso aconteceu ha', 'isso ja faz', 'isso faz', 'isso tem', 'isso ja tem'].flatMap((back) =>
    TIME_COUNTS.flatMap((count) => ['mes', 'meses', 'ano', 'anos'].map((unit) => `${back} ${count} ${unit}`))),
  'ano passado', 'mes passado', 'meses atras', 'anos atras', 'na epoca', 'naquela epoca',
  ...['foi em', 'isso foi em', 'aconteceu em', 'isso aconteceu em'].flatMap((when) => Object.keys(MONTHS).map((month) => `${when} ${month}`)),
  // The author before the police or the courts (CPP arts. 5º, 10, 41 and 387).
  'foi condenad*', 'foram condenad*', 'ja foi condenad*', 'saiu a condenacao', 'foi julgad*', 'pegou pena', 'ja cumpriu', 'cumpriu a pena', 'cumpriu pena',
  'cumprindo pena', 'cumprindo a pena', 'transitou em julgado', 'ja transitou', 'respondeu criminalmente', 'respondendo criminalmente', 'respondeu processo',
  'respondendo processo', 'respondendo o processo', 'respondeu o processo', 'processo criminal acabou', 'processo criminal terminou', 'processo criminal segue',
  'processo criminal esta', 'acordo com o ministerio publico', 'acordo com o mp', 'foi indiciad*', 'foram indiciad*', 'foi denunciad*',
  'abriu inquerito', 'abriram inquerito', 'abriu um inquerito', 'abriram um inquerito', 'abriu o inquerito', 'inquerito aberto', 'tem inquerito',
  'inquerito terminou', 'inquerito ja terminou', 'inquerito acabou', 'inquerito esta parado', 'inquerito parado', 'ja investigou', 'policia investigou',
  'foi preso', 'foi presa', 'foram presos', 'levou ele preso', 'levaram ele preso', 'prendeu ele', 'prenderam ele', 'foi pego', 'foi pega', 'foram pegos',
  'preso preventivamente', 'presa preventivamente',
  // The author named by what he did and told caught by the police or held ("a polícia prendeu o ladrão", "pegaram o cara", "o assaltante
  // continua preso"): the custody is the accused's (CPP arts. 301-310), the victim's part the prosecution's course (CPP arts. 268-273).
  ...ARRESTED_OFFENDERS.flatMap((who) => ['prendeu', 'prenderam', 'pegou', 'pegaram', 'capturou', 'capturaram', 'deteve', 'detiveram'].map((caught) => `${caught} ${who}`)),
  ...ARRESTED_OFFENDERS.filter((who) => who.startsWith('o ')).flatMap((who) => ['ta preso', 'esta preso', 'continua preso', 'segue preso'].map((held) => `${who} ${held}`)),
  // The report and the medical examination made (CPP arts. 5º and 158): the proof of the harm kept, the inquiry's start.
  'exame de corpo de delito', 'exame no iml', 'fiz o exame', 'fizemos o exame', 'laudo do iml', 'laudos do hospital e do iml',
  // The images gone: taken down by the provider or deleted by the author (Lei 12.965/14 art. 21).
  ...['tirei', 'tirou', 'tiraram', 'retirou', 'retiraram', 'retirasse', 'saiu', 'sairam', 'foi tirado', 'foi retirado', 'foram retirad*'].flatMap((down) => [`${down} do ar`, `${down} tudo do ar`]),
  'foi removid*', 'foram removid*', 'ja foi removid*', 'removeram', 'foi apagad*', 'foram apagad*', 'apagou tudo', 'apagaram tudo', 'apagou as fotos', 'apagou o video',
  'foi excluid*', 'foram excluid*', 'nao circula mais', 'nao circulam mais', 'nao estao mais', 'video sumiu', 'fotos sumiram', 'ninguem mais tem',
];

/**
 * The harm told as going on or just done: the author back, threatening, living by the victim or released ("apareceu de novo", "mora
 * na mesma rua", "saiu da cadeia"), the images still spreading or used to extort ("continua lá", "compartilhando"), the injuries of
 * last night ("acabei de ser agredida", "ontem"), the protective order asked. The urgent acts stay: the protective order (Lei
 * 11.340/06 arts. 12-C and 18-22; CPP art. 319 III), the takedown (Lei 12.965/14 art. 21), the examination and the flagrante (CPP
 * arts. 158 and 302) (`harm-going-on`).
 */
export const HARM_GOING_ON: string[] = [
  'ontem', 'anteontem', 'agorinha', 'acabei de', 'acabou de', 'essa noite', 'esta noite', 'nessa madrugada', 'nesta madrugada', 'hoje cedo', 'hoje de manha',
  'hoje a tarde', 'hoje a noite', 'foi hoje', 'aconteceu hoje', 'to sangrando', 'estou sangrando', 'neste momento', 'nesse momento',
  'de novo', 'novamente', 'continua me', 'ainda me', 'voltou a me', 'vive me', 'toda hora', 'todo dia', 'nao para de', 'me bate', 'bate em mim',
  'continua la', 'continua no ar', 'ainda esta no ar', 'ainda estao no ar', 'ainda esta la', 'ainda estao la', 'circulando', 'compartilhando', 'espalhando',
  'postando', 'repostando', 'chantage*', 'pedindo dinheiro', 'vai mandar', 'vai postar', 'vai divulgar', 'vai espalhar',
  'mora perto', 'mora do lado', 'mora ao lado', 'mora na mesma rua', 'mora comigo', 'continua aqui em casa', 'continua em casa', 'na mesma casa',
  // Fear of the author, not of a job or a loss ("tenho medo de ser mandada embora").
  ...['medo', 'medo de', 'medo do que'].flatMap((fear) => ['dele', 'dela', 'deles', 'ele', 'ela', 'sair', 'sair de casa', 'voltar', 'encontrar'].map((of) => `${fear} ${of}`)),
  'saiu da cadeia', 'saiu da prisao', 'foi solto', 'foi solta', 'esta solto', 'ta solto',
  'medida protetiva', 'medidas protetivas', 'protetiva',
];

/**
 * The victim's wish to follow the inquiry or the prosecution ("como acompanhar o inquérito", "um advogado como assistente de
 * acusação"): the assistant admitted once the action is brought (CPP arts. 268-273), the inquiry's course followed meanwhile
 * (CPP art. 14) (`prosecution-followed`).
 */
export const PROSECUTION_FOLLOWED: string[] = [
  ...['acompanhar', 'acompanhando', 'acompanhe'].flatMap((follow) => ['o inquerito', 'o processo', 'o caso', 'a investigacao', 'o processo criminal', 'a acao penal', 'o julgamento'].map((what) => `${follow} ${what}`)),
  'assistente de acusacao', 'assistente da acusacao', 'andamento do inquerito', 'andamento do processo criminal',
  // The victim's appeal against a sentence found too light ("quero recorrer para aumentar a pena dele"): the assistant's appeal, also when
  // the prosecutor does not appeal (CPP arts. 271 and 598; Súmula 210 do STF).
  'aumentar a pena', 'aumento da pena', 'aumento de pena', 'pena maior', 'pena mais alta', 'pena mais dura',
];
