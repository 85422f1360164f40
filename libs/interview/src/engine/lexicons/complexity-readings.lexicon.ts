import { STATE_COMPANIES } from './route-notes.lexicon';

/**
 * Everyday words for complexity features that clients tell without the legal word (complexity.lexicon.ts holds the rest).
 * Phrases follow the area lexicon syntax; the word lists feed the sentence readers of `classifiers/everyday-readings.ts`.
 */

/**
 * The client served by the court's officer ("o oficial de justiça me citou"): the officer cites only the one sued (CPC arts. 238
 * and 249-251), whose defence term then runs (art. 335). Not a bare "me citou": a post or a group that named the client "cites"
 * them too.
 */
export const SERVED_BY_OFFICER: string[] = ['oficial de justica', 'oficiala de justica', 'oficial'].flatMap((officer) =>
  ['me citou', 'veio me citar', 'foi me citar'].map((act) => `${officer} ${act}`),
);

/**
 * A lawsuit already running, told as the client lives it: a creditor "cobrando na justiça", the client "colocado na justiça",
 * a paper from the court, days to answer it (the defence term of a summons, CPC art. 335). `processo-em-curso`.
 */
export const LAWSUIT_EVERYDAY: string[] = [
  'me colocou na justica', 'me colocaram na justica', 'me botou na justica', 'me botaram na justica', 'me pos na justica',
  'cobrando na justica', 'me cobrando na justica', 'cobrando judicialmente', 'me processando', 'papel do forum', 'papel da justica', 'carta do forum', 'carta da justica',
  'dias para me defender', 'dias pra me defender', 'prazo para me defender', 'prazo pra me defender', 'dias para contestar', 'prazo para contestar',
  // The court officer who serves the summons (oficial de justiça, CPC arts. 154 and 249), as clients name them, and the papers they leave.
  'moco do forum', 'moca do forum', 'rapaz do forum', 'homem do forum', 'mulher do forum', 'senhor do forum', 'senhora do forum',
  'papeis do forum', 'papeis da justica', 'oficiala de justica', ...SERVED_BY_OFFICER,
  // The court's conciliation centre (CEJUSC, CPC arts. 165 and 334): the first hearing of a suit already filed.
  'centro de conciliacao', 'cejusc',
  // The execution the client filed on a title (an agreement or a decision, CPC arts. 513 and 528), and the other side summoned in it:
  // the longer phrases keep a past agreement named beside it (`PROCEEDING_ENDED`) from hiding the suit under way.
  'entrei com a execucao', 'entrei com execucao', 'entrei com uma execucao', 'entrei com o cumprimento de sentenca', 'entrei com cumprimento de sentenca',
  'ele foi citado', 'ela foi citada', 'ele ja foi citado', 'ela ja foi citada',
];

/**
 * Someone else's proceeding told beside the client's own matter, as its context or precedent ("um colega meu entrou na justiça e
 * ganhou", "a vizinha entrou com ação pela mesma coisa", "vi no jornal que tem uma ação coletiva"): no one pleads another's right in
 * their own name (CPC art. 18), and a judgment binds only its parties (CPC art. 506), so that suit is no proceeding of the client's.
 * A sentence names a proceeding (`PROCEEDING_WORDS`) and such a person of the client's circle (`OTHER_PEOPLE`) with the suit's
 * outcome or its likeness to the client's matter (`PRECEDENT_WORDS`), or the news as its source (`NEWS_SOURCE`), and no word of the
 * client's own part in it (`CLIENT_AS_PARTY`). Not a spouse, a parent or a child: the client often tells their case for them, or
 * against them.
 */
export const OTHER_PEOPLE: string[] = [
  'colegas?', 'amig[oa]s?', 'vizinh[oa]s?', 'conhecid[oa]s?', 'irmaos?', 'irmas?', 'prim[oa]s?', 'ti[oa]s?', 'cunhad[oa]s?',
  'todo mundo', 'outras pessoas', 'outros funcionarios', 'outros trabalhadores', 'outros clientes',
];
/**
 * The client's relatives, told as the client's own ("minha esposa", "meu filho", "tenho uma filha"): whose vulnerability
 * (`RELATIVE_TRAITS`) is the relative's, not the client's (`withoutRelativesConditions`).
 */
export const RELATIVES: string[] = [
  'esposa', 'esposo', 'mulher', 'marido', 'companheir[oa]', 'mae', 'pai', 'pais', 'sogr[oa]s?', 'avos?', 'vovo', 'filh[oa]s?', 'net[oa]s?', 'irmaos?', 'irmas?',
  'ti[oa]s?', 'sobrinh[oa]s?', 'entead[oa]s?', 'cunhad[oa]s?',
];
/**
 * What makes a person vulnerable, said of a relative right after the relative ("minha esposa tá grávida", "tenho um filho autista",
 * "minha mãe de 82 anos", "uma filha com deficiência"): a child or an elder (ECA art. 2º; Estatuto da Pessoa Idosa art. 1º),
 * a pregnancy, a disability or a dependent illness.
 */
export const RELATIVE_TRAITS: string[] = [
  'gravida', 'gestante', 'idos[oa]s?', 'autis\\w*', 'deficien\\w*', 'pcd', 'cadeirante', 'acamad[oa]s?', 'alzheimer', 'demencia', 'pequen[oa]s?', 'criancas?',
  'adolescentes?', 'de menor', 'menor de idade', '\\d{1,3} anos?',
];
/** A proceeding named: a suit, a court, its hearing, its acts ("entrou na justiça", "teve audiência", "penhoraram a casa dele"). */
export const PROCEEDING_WORDS: string[] = [
  'justica', 'acao', 'acoes', 'processo', 'processos', 'processou', 'processaram', 'processad[oa]s?', 'audiencia', 'execucao', 'execucoes',
  'penhor\\w*', 'liminar', 'juiz', 'juiza', 'juizado', 'forum', 'sentenca',
];
/** The other's suit told with its outcome ("e ganhou", "foi reintegrada") or as like the client's ("pela mesma coisa", "igual"). */
export const PRECEDENT_WORDS: string[] = [
  'ganhou', 'ganharam', 'conseguiu', 'conseguiram', 'perdeu(?! o prazo)', 'perderam(?! o prazo)', 'venceu', 'reintegrad[oa]s?',
  'tambem', 'mesm[oa]s?', 'igual', 'igualzinh[oa]s?', 'parecid[oa]s?',
];
/** The news as the source of a suit ("vi no jornal", "passou na TV", "numa reportagem"): a proceeding of others, made public. */
export const NEWS_SOURCE = /\b(?:no|na|num|numa|pelo|pela) (?:jornal|tv|televisao|reportagem|materia|noticia|noticias|noticiario)\b/;
/**
 * The client told as a party of the proceeding in the same sentence: the client as its object ("contra mim", "me processou"; not
 * "me disse que", the other's account), a shared matter ("nosso pai", "a gente"), or the client's own act or role ("entrei", "fui
 * citado", "meu advogado", "o meu nome" in it; not "eu vi", "eu soube", the client learning of it).
 */
export const CLIENT_AS_PARTY =
  /\b(?:mim|comigo|conosco|noss[oa]s?|a gente|me(?! (?:disse|falou|contou|mostrou)\b)|eu(?! (?:vi|li|soube|ouvi)\b)|fui|fomos|entrei|entramos|meu processo|minha acao|meu advogado|minha advogada|meu nome|meu cpf)\b/;

/**
 * A proceeding told as ended: an agreement made at the CEJUSC or at a hearing, support, custody or a divorce decided, fixed or
 * homologated at a past hearing. The agreement homologated and the decision are titles (CPC arts. 487 III b and 515 II-III) and the
 * suit that made them is over; what the client asks now (the visits left out, a payroll deduction, the FGTS the agreement
 * released) starts from them, and nothing runs until a new request is filed. `processo-encerrado`: as the longer match, each keeps
 * the "audiência" or the "CEJUSC" in it from counting as a lawsuit under way (`processo-em-curso`); a hearing still to come, a
 * summons or an execution on the old agreement count as before.
 */
const ENDED_AT: string[] = ['no cejusc', 'na audiencia', 'na audiencia de conciliacao', 'na conciliacao'];
const AGREED: string[] = [
  'fizemos acordo', 'fizemos um acordo', 'fechamos acordo', 'fechamos um acordo', 'fizeram acordo', 'fizeram um acordo', 'fiz acordo', 'fiz um acordo',
  'fez acordo', 'fez um acordo', 'foi acordo', 'foi feito acordo', 'foi feito um acordo', 'teve acordo', 'houve acordo', 'saiu acordo', 'saiu o acordo', 'acordo homologado',
];
const DECIDED: string[] = ['foi', 'ficou'].flatMap((verb) => ['decidid*', 'fixad*', 'homologad*', 'acertad*', 'resolvid*'].map((done) => `${verb} ${done}`));
export const PROCEEDING_ENDED: string[] = [...AGREED, ...DECIDED].flatMap((done) => ENDED_AT.map((at) => `${done} ${at}`));

/**
 * Both sides telling that they agree (CPC art. 731, 733: a consensual divorce or partition, even before a notary). `consensual`.
 * Not "já combinamos" alone: a deal broken ("estava tudo combinado e ele não pagou") is the dispute itself.
 */
export const AGREEMENT_EVERYDAY: string[] = [
  'os dois concordam', 'ambos concordam', 'nos dois concordamos', 'a gente concorda', 'concordam com tudo', 'concordamos com tudo', 'ninguem brigou',
  // The other side agreeing to all ("ele concorda com tudo"); not "minha filha concorda", a third person's consent.
  'concorda com tudo', 'concordou com tudo',
  // Both agreeing to all, told with "de acordo" ("a gente tá de acordo com tudo"); not "de acordo com o contrato".
  'de acordo com tudo', 'os dois de acordo', 'os dois estao de acordo', 'a gente ta de acordo', 'a gente esta de acordo',
  // The other spouse agreeing to the divorce itself ("ele concorda com o divórcio", "ela também quer o divórcio"): since EC 66/2010
  // the divorce needs no cause, and agreed it is made by consent, even by public deed at a notary (CF art. 226 §6º; CPC art. 733).
  'concorda com o divorcio', 'concordou com o divorcio', 'aceita o divorcio', 'aceitou o divorcio', 'tambem quer o divorcio', 'tambem quer se divorciar',
  // The client telling the matter is settled in good terms ("a gente se separou numa boa", "ela aceitou numa boa").
  'numa boa',
  // The terms already settled between the two, only the court's seal wanted ("queremos homologar o acordo").
  'homologar o acordo',
  // The other partner agreeing to the client's leaving and to take the quotas: a withdrawal by assignment and a contract change at
  // the Junta, the haveres valued by a balance at the date of leaving (CC arts. 1.029, 1.031 and 1.057), nothing to dispute in court.
  'concorda com a minha saida', 'concordou com a minha saida', 'aceita a minha saida', 'aceitou a minha saida', 'topou a minha saida',
  'concorda em comprar', 'concordou em comprar', 'aceita comprar', 'aceitou comprar', 'topou comprar', 'topou ficar com a minha parte',
  'aceitou ficar com a minha parte', 'concorda em ficar com a minha parte', 'concordou em ficar com a minha parte',
];

/**
 * The court as the agent of an act against the client's assets ("por ordem do juiz", "um moço do fórum"); not "na justiça",
 * where the client goes to sue ("tiraram dinheiro da minha conta, vou entrar na justiça").
 */
// An execution named in the sentence is a court's (a tax enforcement too, Lei 6.830/80): "entrou com uma execução e apareceu um bloqueio na conta".
export const COURT_AGENTS: string[] = ['juiz', 'juiza', 'ordem judicial', 'ordem da justica', 'pela justica', 'do forum', 'oficial', 'execucao', 'execucoes'];
/**
 * Assets a court seizes or blocks in an execution: money and accounts, a business's goods ("por conta de" is no account).
 * Not a vehicle: one taken by a court order is most often a financed one repossessed by its fiduciary creditor (busca e
 * apreensão, Decreto-Lei 911/69), which the debt weighs, not a seizure of the client's assets.
 */
export const SEIZABLE_ASSETS: string[] = [
  'dinheiro', '(?<!por )conta', '(?<!por )contas', 'saldo', 'salario', 'poupanca', 'maquina', 'maquinas', 'bens', 'moveis',
  'equipamento', 'equipamentos', 'mercadoria', 'mercadorias', 'estoque',
];
/** Verbs of taking, done ("puxou", "levaram") or come to be done ("veio ... pra levar"). */
export const TAKING_VERBS: string[] = [
  'puxou', 'puxaram', 'tirou', 'tiraram', 'pegou', 'pegaram', 'levou', 'levaram', 'tomou', 'tomaram', 'recolheu', 'recolheram', 'raspou', 'rasparam',
  'bloqueou', 'bloquearam', 'congelou', 'congelaram', 'confiscou', 'confiscaram',
  // The block told in the passive, as a noun ("apareceu um bloqueio de 5 mil na conta") or with the everyday verb ("a conta foi travada por ordem do juiz").
  'bloqueio',
  // The block told as an order in force ("tem uma ordem judicial bloqueando tudo da minha conta").
  'bloqueando', 'travando', 'congelando',
  'bloqueada', 'bloqueado', 'bloqueadas', 'bloqueados', 'travou', 'travaram', 'travada', 'travado', 'travadas', 'travados', 'congelada', 'congelado',
];
/** An officer come to take goods ("veio um moço do fórum pra levar as máquinas"): the seizure carried out now. */
export const COME_TO_TAKE = /\b(?:veio|vieram|apareceu|apareceram|chegou|chegaram)\b.*\b(?:pra|para)\s+(?:levar|tirar|pegar|recolher|penhorar)\b/;
/**
 * A work or sales platform, by its name or by the worker's or seller's role on it: its account blocked or deactivated is a contract
 * with the platform broken (a driver's, a courier's, a seller's), no bank account held nor a court's seizure (STJ CC 164.544).
 */
export const PLATFORM_WORDS: string[] = [
  'uber', 'ifood', 'rappi', 'indriver', 'indrive', 'cabify', 'loggi', 'lalamove', '99pop', 'da 99', 'na 99', 'pela 99', 'mercado livre', 'shopee',
  'motorista de aplicativo', 'motorista de app', 'motorista parceiro', 'entregador', 'entregadora', 'plataforma', 'conta de motorista',
  'conta de entregador', 'conta de vendedor', 'conta de parceiro',
];
/** A platform's account blocked, deactivated or suspended ("desativaram minha conta", "fui descredenciado"). */
export const PLATFORM_BLOCK = /\b(?:bloque\w*|desativ\w*|suspen\w*|descredenci\w*|banid[oa]|baniram|excluid[oa]|excluiram)\b/;

/**
 * Time records that hide the hours worked: the worker clocks out and goes back to work ("mandava bater o ponto às 18h e voltar pra
 * trabalhar"), or the records are the same every day or altered ("ponto britânico", "mexiam no ponto"). Records that do not show the
 * real hours are no proof of them (Súmula 338 III TST; CLT art. 74 §2º): the overtime is proven by witnesses against the employer's records.
 */
export const CLOCKED_OUT_WORKING =
  /\bbat\w* (?:o )?(?:ponto|cartao)\b.{0,40}?\b(?:volt\w*|continu\w*|segu\w*|fic\w*) (?:a |pra |para )?(?:trabalh\w*|no servico|no trabalho|pro servico|pro trabalho|ao servico|ao trabalho)\b|\bponto (?:e |era )?(?:britanico|falso|fraudado|adulterado|manipulado)\b|\b(?:mex\w*|alter\w*|apag\w*) (?:no|o) (?:ponto|cartao de ponto)\b/;

/** A seizure only threatened or feared ("vão levar", "pode bloquear", "senão"): a collector's lever, not an act done. */
export const SEIZURE_THREAT = /\b(?:vai|vao|pode|podem|senao|se nao|ameac\w*|quer|querem|risco)\b/;

/** Records a claim rests on: receipts, pay slips, invoices, contracts, statements. */
export const RECORD_NOUNS: string[] = [
  'recibo', 'recibos', 'comprovante', 'comprovantes', 'holerite', 'holerites', 'contracheque', 'contracheques', 'nota fiscal', 'notas fiscais',
  'contrato', 'papeis', 'extrato', 'extratos', 'canhoto', 'canhotos',
];
/** Records lost or never kept: the fact they proved must be proved otherwise (witnesses, the other side's files, CPC art. 396). */
export const RECORDS_LOST = /(?<!\b(?:nao|nunca|nem) )\b(?:se perder\w*|perdi|perdeu|perdemos|joguei fora|jogou fora|extravi\w*|sumiram|molhou|molharam|queimou|queimaram)\b|\bnao guard\w*/;

/**
 * A deal lost, not a paper ("a empresa perdeu o contrato com o hospital", "perdemos o contrato com a prefeitura"): a client's or
 * a contractor's service contract that ended. Read out of a sentence before `RECORDS_LOST`, it is no record missing.
 */
export const DEAL_LOST = /\b(?:perdi|perdeu|perdemos|perderam)\s+(?:o|um|esse|este|aquele)\s+contrato\s+com\b/g;

/** How a child is named, the object of blows within one sentence ("bate nela e no irmãozinho com cinto", "espancou o menino"). */
export const CHILD_WORDS: string[] = [
  'filho', 'filha', 'filhos', 'filhas', 'filhinh[oa]s?', 'crianca', 'criancas', 'menino', 'menina', 'meninos', 'meninas', 'bebe', 'neto', 'neta', 'netos', 'netas',
  'netinh[oa]s?', 'enteado', 'enteada', 'enteados', 'enteadas', 'irmaozinho', 'irmazinha', 'sobrinh[oa]s?', 'menor', 'menores',
];

/**
 * The other parent's move away told with the child, within one sentence, a few words between ("ela se mudou para Maringá com a nossa
 * filha", "foi embora pra outro estado com as crianças"): not the client's own move ("me mudei"), not someone going to live with a grown
 * child ("foi morar com minha filha"). `mudanca-com-filho`.
 */
export const MOVED_WITH_CHILD = new RegExp(
  `\\b(?:se mudou|mudou[\\s-]se|se mudaram|mudaram[\\s-]se|foi embora|foram embora)\\b(?:\\s+[^\\s,]+){0,6}?,?\\s+(?:levando|com)\\s+(?:(?:o|a|os|as|nosso|nossa|nossos|nossas|meu|minha|meus|minhas|seu|sua|seus|suas|dois|duas|tres)\\s+){0,3}(?:${CHILD_WORDS.join('|')})\\b`,
);
/**
 * Marks a beating leaves on the body, seen by whoever tells it ("as costas cheias de marcas de cinta", "o braço cheio de roxos",
 * "hematomas"): with a child named or aged in the same message, a child beaten (`mentionsChildBeaten`). Run on normalized text.
 */
export const BEATING_MARKS = /\b(?:marcas? de (?:cinta|cinto|chinelo|fio|vara|correia|mangueira|surra|pancada|tapa|tapas|queimadura|cigarro|mordida)|vergoes|hematomas?|marcas roxas|manchas roxas|(?:cheio|cheia|cheias|cheios) de roxos?)\b/;
/** A vehicle in the sentence: "um caminhão bateu nele" is a collision, no beating (`mentionsChildBeaten`). */
export const COLLISION_VEHICLES = /\b(?:carro|carros|moto|motos|motocicleta|caminhao|caminhoes|onibus|caminhonete|bicicleta|bike|veiculo|van|trator|viatura|ambulancia)\b/;
/** A child's age ("de 6 anos", "com 9 anos", "tem 4 aninhos"): 12 or under, a child for the ECA (art. 2). */
export const CHILD_AGE = /\b(?:de|com|tem|tinha) (?:[2-9]|1[0-2]|dois|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze) (?:anos|aninhos)\b/;
/** Blows, beatings and the implements of a beating (ECA art. 18-A: castigo físico; CP arts. 129 §9 and 136). */
export const BEATING = /\b(?:bate|batem|bateu|bateram|batia|batiam|batendo|espanc\w*|agride|agridem|agrediu|agrediram|agredia|surr\w*|cintad\w*|chinelad\w*|machuca|machucou|machucava|esmurr\w*|socou|chutou|queimou)\b/;

/**
 * The dismissal for cause threatened, told in the future or as a threat ("vai me mandar embora por justa causa"): none is made yet,
 * so none is to reverse (CLT art. 482): `justa-causa-anunciada` beside `JUST_CAUSE_ANNOUNCED`; weighs for labour law as 'justa causa' does.
 */
export const JUST_CAUSE_THREATENED: string[] = [
  'vai me mandar embora por justa causa', 'vao me mandar embora por justa causa', 'quer me mandar embora por justa causa', 'querem me mandar embora por justa causa',
  'vai me demitir por justa causa', 'vao me demitir por justa causa', 'quer me demitir por justa causa', 'vai me dar justa causa', 'quer me dar justa causa', 'vao me dar justa causa',
  'ameacou de justa causa', 'ameacaram de justa causa', 'ameacando de justa causa', 'ameaca de justa causa', 'ameacou me dar justa causa', 'ameacou me mandar embora por justa causa',
];

/**
 * A dismissal for cause the worker only fears or asks about, still employed ("tenho medo de levar justa causa", "uma advertência já
 * dá justa causa?"): none is made, so none is to reverse (CLT art. 482); the warning or the fear is the case. Read as
 * `JUST_CAUSE_ANNOUNCED` is: the disciplinary subarea, and `justa-causa-anunciada` over `tipo-nao-simples`'s 'justa causa'.
 */
export const JUST_CAUSE_FEARED: string[] = [
  ...['medo de', 'receio de', 'posso', 'pode', 'podem'].flatMap((lead) => [
    `${lead} ser mandad* embora por justa causa`, `${lead} ser demitid* por justa causa`, `${lead} ser dispensad* por justa causa`,
    `${lead} levar justa causa`, `${lead} tomar justa causa`, `${lead} pegar justa causa`, `${lead} levar uma justa causa`, `${lead} tomar uma justa causa`,
  ]),
  'medo de justa causa', 'medo da justa causa', 'medo de uma justa causa', 'risco de justa causa', 'risco de levar justa causa',
  'ja da justa causa', 'da pra dar justa causa', 'pode dar justa causa', 'podem dar justa causa', 'pode me dar justa causa', 'podem me dar justa causa',
  'pode virar justa causa', 'vira justa causa', 'gera justa causa', 'pode gerar justa causa', 'e motivo de justa causa', 'e motivo pra justa causa',
];

/**
 * A dismissal for cause announced for the next fault, told beside a warning or a suspension ("na próxima é justa causa", "na
 * próxima é rua por justa causa"): the employer's graded penalty (advertência, suspensão up to 30 days, CLT art. 474), no dismissal
 * made. Read as the disciplinary subarea and, in the complexity phrases, as `justa-causa-anunciada` (no dismissal to reverse).
 */
export const JUST_CAUSE_ANNOUNCED: string[] = [
  'proxima e justa causa', 'proxima vez e justa causa', 'proxima e rua por justa causa', 'proxima vez e rua por justa causa',
  'proxima e demissao por justa causa', 'proxima vez e demissao por justa causa', 'proxima e embora por justa causa',
  'proxima me manda embora por justa causa', 'proxima ele me manda embora por justa causa', 'proxima vai ser justa causa', 'proxima vez vai ser justa causa',
  'se acontecer de novo e justa causa', 'se repetir e justa causa',
];

/**
 * The police or a court officer after the client over a support, told within one sentence ("a polícia foi na casa da minha mãe me
 * procurar por causa da pensão", "o oficial de justiça está atrás de mim pela pensão"): a warrant of civil arrest being served on
 * the payer (CPC art. 528 §3º), not a debt only announced. The support named keeps a search for another reason (a complaint, a
 * protective measure) from reading so, and the agent named keeps the other parent's calls ("ela vive me procurando por causa da
 * pensão") from reading as an arrest.
 */
export const ARREST_AGENT = /\b(?:policia|policiais|policial|pm|viatura|oficial|oficiais|oficiala)\b/;
export const SOUGHT_FOR_ARREST = /\b(?:me procura(?:r|ndo)?|me procurou|me procuraram|atras de mim|me buscar|me pegar|me prender|me levar)\b/;
export const SUPPORT_NAMED = /\b(?:pensao|pensoes|alimentos)\b/;

/**
 * Someone taken by the police and not let go, told within one sentence ("levaram ele pra delegacia e até agora não soltaram", "foi
 * autuado e ainda não foi solto"): held now, and brought before a judge within 24 h (CPP arts. 304 and 310). The police or the
 * custody named (`CUSTODY_PLACE`) keeps a payment "not released" by a bank ("não liberaram o dinheiro") from reading as an arrest.
 */
export const CUSTODY_PLACE = /\b(?:delegacia|policia|policiais|pm|viatura|camburao|cadeia|presidio|cela|autuad[oa]|flagrante|pres[oa])\b/;
export const NOT_RELEASED =
  /\b(?:(?:ainda|ate agora) nao (?:o |a )?(?:soltaram|soltou|liberaram|liberou)|nao (?:o |a )?(?:soltaram|soltou|liberaram|liberou) (?:ele|ela|ainda|ate agora)|nao (?:foi|foram) solt[oa]s?|nao (?:querem|quer|vao|vai) solta-l[oa]|nao (?:querem|quer|vao|vai) soltar)\b/;

/**
 * Pregnancy and a dismissal made, within one sentence ("fui demitida grávida", "contei da gravidez e me mandaram embora"): the
 * pregnant employee's job is kept from the pregnancy's start to five months after the birth (ADCT art. 10 II b; Súmula 244 TST,
 * whether or not the employer knew), so the case is a reinstatement or its indemnity, not a plain severance (`mentionsPregnantDismissed`).
 * Only dismissals told as done: "tenho medo que me demitam" is no dismissal, "pedi demissão" the worker's own act.
 */
export const PREGNANCY = /\b(?:gravida|gravidas|gravidez|gestante|gestantes|gestacao)\b/;
export const DISMISSAL_DONE = /(?<!\b(?:nao|nem|nunca) (?:me )?)\b(?:demitid[ao]s?|demitiram|demitiu|mandad[ao]s? embora|mandaram embora|mandou embora|dispensad[ao]s?|dispensaram|dispensou|despedid[ao]s?|despediram|despediu|desligad[ao]s? da empresa|desligaram)\b/;

/**
 * The client's employer named as a public body or a state company (a pattern on normalized text, `mentionsPublicEmployer`): a
 * fundação or an autarquia, a public company or a sociedade de economia mista by its kind or its name (`STATE_COMPANIES`; not the
 * metro, a place more often than an employer), a city's own hire ("concurso da prefeitura", "carteira assinada pela prefeitura"),
 * a municipal water service (SAAE), the Caixa named with who works there ("funcionária da Caixa"). Not a company named only as
 * where the pay falls or a letter came from ("na minha conta do Banco do Brasil", "pelos Correios", "fui na Caixa sacar o FGTS").
 */
export const PUBLIC_EMPLOYER = new RegExp(
  '\\b(?:fundac(?:ao|oes) (?:publica|estadual|municipal|federal)s?|autarquias?|empresas? (?:publica|estatal)s?|economia mista|' +
    '(?:empregad[oa]s?|servidor(?:a|es|as)?|funcionari[oa]s?) public[oa]s?|(?:uma|numa|na|da) estatal|saae|' +
    '(?:concurso|concursad[oa]s?|carteira assinada|contratad[oa]s?|registrad[oa]s?|celetistas?) (?:da|pela|do|pelo) (?:prefeitura|municipio)|' +
    '(?:funcionari|empregad|bancari|concursad)[oa]s? da caixa|gerente da caixa)\\b|' +
    `(?<!\\b(?:pelos|conta d[oa]|conta n[oa]|agencia d[oa]s?) )\\b(?:${STATE_COMPANIES.map(([name]) => name).filter((name) => name !== 'metro').join('|')})\\b`,
);
/**
 * What an employer did to the job itself (`mentionsEmployerActOnJob`): a dismissal made (`DISMISSAL_DONE`, or "fui desligada"; not
 * the indirect termination's "como se tivesse sido mandada embora"), a disciplinary inquiry opened against the worker (sindicância,
 * apuração interna, processo administrativo or disciplinar), or the post of trust and its bonus taken away ("me descomissionaram",
 * "tiraram minha função", "cortaram a gratificação").
 */
export const EMPLOYER_ACT = new RegExp(
  `(?<!\\bcomo se (?:eu )?(?:fosse|tivesse sido) )(?:${DISMISSAL_DONE.source})|\\b(?:(?:fui|foi|fomos|foram|sido) desligad[oa]s?|sindicancia|apuracao interna|processo (?:administrativo|disciplinar)|inquerito administrativo|` +
    'descomission(?:ad[oa]s?|aram|ou|amento)|(?:tiraram|retiraram|cortaram|perdi) (?:a |minha |a minha )?(?:funcao|gratificacao|comissao))\\b',
);

/**
 * A contract told ended or not renewed (`mentionsContractEnded`): "acabou meu contrato", "o contrato terminou", "encerraram o contrato",
 * "meu contrato não vai ser renovado", "não renovaram", "fim do contrato", or the client cut from the job ("me cortaram", "me tiraram");
 * not denied ("o contrato não acabou", "ainda não terminou o contrato"). A regular expression, not phrases: a phrase ending in
 * "contrato" would take away the longer or overlapping phrases that name the contract ("contrato temporário", "contrato REDA").
 */
export const CONTRACT_ENDED = new RegExp(
  '(?<!\\b(?:nao|nem|ainda nao) )\\b(?:(?:acabou|terminou|encerrou|encerraram|rescindiu|rescindiram|cancelou|cancelaram|nao renovaram|nao renovou|' +
    'nao (?:vai|vao|quer|querem) renovar) (?:o |meu |o meu )?contrato|contrato (?:acabou|terminou|encerrou|foi encerrado|nao foi renovado|' +
    'nao vai ser renovado|nao sera renovado)|fim do (?:meu )?contrato|encerramento do (?:meu )?contrato|nao renovaram|nao (?:vai|vao) renovar|me cortaram|me tiraram)\\b',
);

/**
 * The client's own pregnancy, in the first person and not denied ("estou grávida", "fiquei grávida", "minha gravidez"; not "minha
 * esposa está grávida" nor "não estou grávida"): in a labour case whose kind is a dismissal, told in another message, a pregnant
 * employee dismissed as when one sentence tells both (`gestante-dispensada`, `IMPLIED_FEATURES`).
 */
export const OWN_PREGNANCY =
  /(?<!\b(?:nao|nem) )\b(?:(?:estou|to|tou|fiquei|eu estava|eu tava) (?:gravida|gestante)|engravidei|minha (?:gravidez|gestacao)|descobri (?:a gravidez|que (?:estava|estou) gravida))\b/;

/**
 * The worker's own complaint, report or claim of a right, in the first person (a building block of `DISMISSED_FOR_COMPLAINT` and
 * `COMPLAINT_THEN_DISMISSAL`): "reclamei", "denunciei", "cobrei", "pedi" (not the resignation's "pedi demissão", "pedi as contas"),
 * "fui no sindicato", "entrei na justiça", "testemunhei", "fiz uma denúncia". Not a colleague's ("minha colega reclamou").
 */
const OWN_COMPLAINT =
  '(?:reclamei|reclamar|reclamado|denunciei|denunciar|denunciado|cobrei|cobrar|cobrado|exigi|questionei|testemunhei|depus|' +
  '(?:pedi|pedir)(?! (?:demissao|as contas|a conta|conta|pra sair|para sair|o acerto|acordo|um acordo))|' +
  '(?:fui|ir) (?:no|ao|na|pro) (?:sindicato|ministerio do trabalho|justica)|procurei o sindicato|' +
  'entrei (?:na justica|com (?:uma |um |o |a )?(?:processo|acao))|fiz (?:uma |a )?(?:denuncia|reclamacao))';
/** A dismissal not told as what came first ("depois que me mandaram embora", "quando fui demitido"): the complaint came after it. */
const DISMISSAL_AFTER = `(?<!\\b(?:quando|que|apos|depois de) (?:me |eu |fui |eu fui |fomos )?)(?:${DISMISSAL_DONE.source})`;
/**
 * A dismissal told as the answer to the worker's own complaint, report or claim of a right, within one sentence: the dismissal and
 * then its cause ("fui demitida depois que denunciei um colega", "me mandaram embora só porque eu cobrei meu salário", "me
 * demitiu depois da reclamação que eu fiz"), or the complaint and then the dismissal after it ("pedi os intervalos e duas semanas
 * depois fui demitida", "depois que fui no sindicato me mandaram embora"). The employer's "corte de gastos" stands against the timing:
 * a retaliatory dismissal is an abuse of the right to dismiss (CC art. 187) and, where it punishes the claim of a right or a report,
 * a discriminatory practice (Lei 9.029/95 art. 1º) with reinstatement and back pay or double pay (art. 4º) and moral damages (CLT
 * art. 223-C), the motive proved by witnesses and the dates (CLT art. 818 I). Not a dismissal the complaint followed ("pedi a
 * guia depois que me mandaram embora"), nor a threat ("se eu reclamar me manda embora"), nor a colleague's complaint.
 */
export const DISMISSED_FOR_COMPLAINT = new RegExp(
  `(?:${DISMISSAL_DONE.source})(?:\\s+(?!e\\b)\\S+){0,6}?\\s+(?:depois (?:que|de|da|do)|apos|porque|por que|pq|por ter)\\s+(?:eu\\s+)?(?:ter\\s+)?` +
    `(?:${OWN_COMPLAINT}|(?:a |minha )?(?:denuncia|reclamacao) que (?:eu )?fiz|minha (?:denuncia|reclamacao))\\b`,
);
export const COMPLAINT_THEN_DISMISSAL = new RegExp(
  `(?:\\b(?:depois|apos) (?:que |de )?(?:eu )?${OWN_COMPLAINT}\\b.*|\\b${OWN_COMPLAINT}\\b.*\\b(?:depois|em seguida|seguinte)\\b.*?)${DISMISSAL_AFTER}|` +
    `\\b${OWN_COMPLAINT}\\b.*${DISMISSAL_AFTER}(?:\\s+\\S+){0,3}?\\s+depois\\b`,
);

/**
 * The salary itself unpaid, as a worker tells it ("o patrão não paga meu salário", "dois salários atrasados"): the worker's living
 * is held (CLT art. 459 §1, the fifth working day), so a week or two (`salario-atrasado`), and the kind of case is salary arrears.
 */
export const SALARY_UNPAID: string[] = [
  'salario atrasado', 'salarios atrasados', 'salario em atraso', 'salarios em atraso', 'atrasando o salario', 'atrasando salario',
  'atrasando meu salario', 'atrasando o meu salario', 'atrasa meu salario', 'atrasa o salario', 'atrasou meu salario', 'atrasou o salario',
  'nao paga meu salario', 'nao pagou meu salario', 'nao paga o salario', 'nao pagou o salario', 'nao paga o meu salario', 'nao pagou o meu salario',
  'nao recebo meu salario', 'nao recebi meu salario', 'nao recebo o salario', 'nao recebi o salario', 'nao recebo salario', 'nao recebi salario',
];

/**
 * The salary unpaid or paid late as the worker tells it in a sentence (`WAGES_HELD`: "não paga meu salário", "o patrão não paga a
 * gente faz", "sem salário", "sem receber salário", "salário atrasado", "atrasou nosso salário") and, in the same sentence, a span of
 * two months or more (`MONTHS_SPAN`, read on digits: "faz 3 mês", "há dois meses", "já são 3 meses"): not one payday missed but the
 * mora salarial that grounds the rescisão indireta (CLT art. 483 d), the contract ended by the worker as if dismissed, with the
 * severance and the FGTS fine owed (art. 483 §3º); three months are the mora contumaz of Decreto-Lei 368/68 art. 2º §1º. The
 * arrears, the months and the continued work are proved against the employer's payroll (CLT arts. 464 and 818). Not a rescission,
 * holidays or a guide unpaid after leaving ("faz 2 meses que não pagaram a rescisão"): those name no salary.
 */
export const WAGES_HELD = new RegExp(
  [
    '\\b(?:nao|nunca) (?:me |nos )?(?:paga|pagam|pagou|pagaram|pagava|pagavam|recebo|recebi|recebe|recebeu|recebemos|recebem) ' +
      '(?:o |os |a |meu |meus |o meu |os meus |nosso |nossos |o nosso |os nossos )?(?:salario|salarios|pagamento|ordenado)\\b',
    '\\bnao (?:me |nos )?(?:paga|pagam|pagou|pagaram) (?:(?:a gente|nois|nos|ninguem|o pessoal|os funcionarios|os empregados) )?(?:faz|ha|tem|ja)\\b',
    '\\bsem (?:receber )?(?:o |meu |o meu |nosso |o nosso )?(?:salario|salarios|pagamento)\\b',
    '\\bsalarios? (?:\\S+ )?(?:atrasad\\w*|em atraso)\\b',
    '\\batras(?:a|am|ou|aram|ando|ava|avam) (?:de novo )?(?:o |os |meu |o meu |nosso |o nosso |os nossos )?salarios?\\b',
  ].join('|'),
);
/**
 * The client's superior at work naming the client by an insult, within one sentence, as a habit ("meu supervisor me chama de macaco",
 * "a gerente me chamava de incompetente", "o chefe vive me chamando de inútil") or once before others ("me chamou de imprestável na
 * reunião", "na frente dos clientes"): the employer's agent offending the worker's honour, a ground for the rescisão indireta (CLT
 * art. 483 e) and the moral damages the employer answers for (CLT art. 223-B; CC art. 932 III), proved by the colleagues who heard it.
 * Not a word said once in private ("pedi demissão e ele me chamou de ingrato"), nor a call back or aside ("me chamou de volta").
 */
const SUPERIOR = '\\b(?:chefe|patrao|patroa|gerente|supervisor|supervisora|encarregado|encarregada|coordenador|coordenadora|diretor|diretora|dono|dona|lider)\\b(?:\\s+\\S+){0,6}?\\s+me ';
const CALLED_NAME = ' de (?!volta|lado|canto|novo|manha|tarde|noite|madrugada)\\S';
const BEFORE_OTHERS = '\\b(?:na frente|no meio|diante|em publico|na reuniao|nas reunioes|no grupo|pra todo mundo|para todo mundo)\\b';
export const SUPERIOR_NAME_CALLING = new RegExp(
  `${SUPERIOR}(?:chama|chamava|chamavam|chamando|xinga|xingava|xingando)${CALLED_NAME}|` +
    `${SUPERIOR}(?:chamou|xingou)${CALLED_NAME}.*${BEFORE_OTHERS}|${BEFORE_OTHERS}.*${SUPERIOR}(?:chamou|xingou)${CALLED_NAME}`,
);
/**
 * The client's superior at work shouting at, berating or humiliating the client, within one sentence ("o encarregado grita comigo",
 * "meu chefe berra comigo", "a gerente me humilhou", "o coordenador me esculacha", "o gerente falou grosso comigo", "fui humilhada
 * pelo meu superior"): the employer's power used against the worker's dignity, the rigor excessivo of CLT art. 483 b or the offence
 * of art. 483 e, and, when it repeats, the moral harassment whose damages the employer answers for (CLT arts. 223-B to 223-G; CC art.
 * 932 III), claimed in the labour court (CF art. 114 VI). A routing reading only (`superior-abuse`): a single shout is still the
 * worker's labour question, though a small one, so it weighs no complexity. Not a neighbour's or a customer's shout (no superior
 * named), and gated on the job told (`worker-told`): a bank's manager or a landlady who shouts at a customer or a tenant is no superior.
 */
const ABUSER = '\\b(?:chefe|chefa|patrao|patroa|gerente|supervisor|supervisora|encarregado|encarregada|coordenador|coordenadora|diretor|diretora|dono|dona|lider|superior)\\b';
const SHOUTED_AT = '(?:grita|gritava|gritou|gritando|gritavam|berra|berrava|berrou|berrando|esbraveja|esbravejava|esbravejou|fala grosso|falava grosso|falou grosso) (?:comigo|cmg)\\b';
const HUMILIATED = 'me (?:humilha|humilhava|humilhou|humilhando|esculacha|esculachava|esculachou|esculachando|destrata|destratava|destratou|destratando|rebaixa|rebaixava|rebaixou)\\b';
export const SUPERIOR_ABUSE = new RegExp(
  `${ABUSER}(?:\\s+\\S+){0,6}?\\s+(?:${SHOUTED_AT}|${HUMILIATED})|` +
    `\\b(?:humilhad[oa]|esculachad[oa]|destratad[oa])\\s+(?:\\S+\\s+){0,3}?pel[oa]\\s+(?:meu |minha |o |a )?(?:\\S+\\s+)?${ABUSER}`,
);
/** A span of two months or more, on a sentence whose number words are digits (`withDigits`): "faz 3 mes", "há 2 meses", "faz meses". */
export const MONTHS_SPAN = /\b(?:[2-9]|[1-9]\d) mes(?:es)?\b|\b(?:faz|ha|tem|varios|uns) meses\b/;

/**
 * The FGTS deposits withheld past half a year, told in any order within a sentence (`FGTS_WITHHELD_LONG`, read on digits with the
 * FGTS named, `FGTS_WORD`): the span leading into the withholding ("faz 2 anos que não depositam meu fgts", "tem uns 8 meses que eles
 * não depositaram") or following it ("o fgts tá zerado faz uns 3 anos", "o fundo tá parado desde 2022", "sem depósito há mais de um
 * ano", "não recolhe o meu fundo faz mais de 2 anos"). The deposit is owed each month (Lei 8.036/90 art. 15); withheld month after
 * month it is the employer's grave breach that grounds the rescisão indireta (CLT art. 483 d; TST, Tema 70 of the repetitive
 * appeals), and the arrears of the years are claimed with their charges (art. 22) against the Caixa's statement. Not a month's
 * deposit late ("atrasou o depósito desse mês"), a span of the job itself ("trabalho há 3 anos e não depositaram o fgts desse mês"),
 * the FGTS deposited ("tá depositado certinho faz 2 anos"), nor "desde março" or "desde o ano passado", which tell no long span.
 */
export const FGTS_WORD = /\b(?:fgts|fundo)\b/;
const FGTS_NOT_DEPOSITED =
  '(?:(?:nao|nunca) (?:\\S+ )?(?:deposit|recolh)\\w*|sem (?:nenhum )?deposito\\w*|zerad[oa]|parad[oa]|(?:nao cai|sem cair) nada)';
/** A span of `first` (6 or 7) months or more, or of a year and more, on a sentence whose number words are digits. */
const spanFrom = (first: number): string =>
  `(?:(?:uns |umas |quase |mais de |cerca de )?(?:(?:[${first}-9]|1\\d|[2-9]\\d) mes(?:es)?|(?:\\d+|um) anos?(?: e meio)?|ano e meio)|mais de ano)`;
const WITHHELD_SPAN = spanFrom(7);
export const FGTS_WITHHELD_LONG = new RegExp(
  `\\b(?:faz|ha|tem|ja sao|sao) ${WITHHELD_SPAN} que (?:\\S+ ){0,3}?${FGTS_NOT_DEPOSITED}|` +
    `\\b${FGTS_NOT_DEPOSITED}\\b(?: \\S+){0,4}? (?:(?:faz|ha|a|tem) ${WITHHELD_SPAN}\\b|desde (?:19|20)\\d\\d\\b)`,
);

/**
 * Four years of service or more told with the job within one sentence, read on digits (`LONG_SERVICE`: "trabalhei 6 anos de motorista",
 * "depois de 9 anos na empresa", "carteira assinada há quatro anos", "eu era servente faz 5 anos, com carteira"): the severance of years
 * is no small sum, its notice grown by three days a year of service (Lei 12.506/11 art. 1º; CLT art. 487), the 40% fine on the years'
 * deposits (Lei 8.036/90 art. 18 §1º), and every year's FGTS to check against the Caixa's statement (art. 22). Not an age, a child's or a
 * marriage's ("tenho 45 anos", "um filho de 5 anos", "casados há 10 anos"), the time since leaving ("faz 5 anos que saí"), the years
 * of one's trade ("sou peão de fazenda faz 8 anos": no service to this employer told), nor a shorter job ("trabalhei 2 anos").
 */
const SERVICE_SPAN =
  '(?<!\\b(?:tenho|tinha|tem|teve|com|aos|filh[oa]s?|menin[oa]s?|criancas?|net[oa]s?|bebe|idade|casad[oa]s?|juntos?) (?:de )?(?:uns |umas |quase |mais de )?)' +
  '\\b(?:[4-9]|[1-9]\\d) anos\\b(?! de idade| que)';
const SERVICE_LEAD = '\\b(?:trabalh\\w+|fiquei|era|carteira|registrad[oa]s?)\\b(?: \\S+){0,6}? ';
const SERVICE_TRAIL = ' (?:\\S+ )?(?:de|na|no|numa|nessa|nesta|naquela) (?:mesma |\\S+ )?(?:casa|empresa|firma|carteira|registro|servico|fabrica|loja)\\b';
export const LONG_SERVICE = new RegExp(`${SERVICE_LEAD}${SERVICE_SPAN}|${SERVICE_SPAN}${SERVICE_TRAIL}`);

/**
 * A support left unpaid for half a year or more, told in any order within a sentence and read on digits (`SUPPORT_UNPAID_LONG`): the
 * span leading into the arrears ("faz 8 meses que ele não paga", "já são nove meses sem nada", "já são onze meses em aberto"), following
 * them ("não deposita a pensão há sete meses", "tá sem cair há 6 meses", "não paga há mais de um ano") or counting them ("devendo 10
 * meses de pensão"). Read only where the support's enforcement is the case (`pensao-atrasada-meio-ano`): the prison rite reaches the
 * three installments before the suit and those falling due in it (CPC art. 528 §7º; Súmula 309 STJ), so half a year or more leaves
 * as many older ones to the attachment rite (arts. 528 §8º and 523; 911-913), two executions to run or join, and the debtor's
 * justification to meet (art. 528 §§1º-3º). Not a child's age ("ela tem 8 meses e ele não paga"), nor a support paid on time for months.
 */
const SUPPORT_ARREARS =
  '(?:(?:nao|nunca mais) (?:\\S+ )?(?:paga|pagou|deposita|depositou|manda|mandou|cai|caiu)\\b|(?:parou|deixou) de (?:pagar|depositar|mandar)|' +
  'sem (?:pagar|depositar|receber|cair|mandar|nada|deposito|pagamento)\\b|atrasad\\w*|em (?:atraso|aberto)|devendo|deve)';
const SUPPORT_SPAN = spanFrom(6);
export const SUPPORT_UNPAID_LONG = new RegExp(
  `\\b(?:faz|ha|a|ja sao|sao|ja faz|ja vai fazer|vai fazer) ${SUPPORT_SPAN} (?:que (?:\\S+ ){0,3}?${SUPPORT_ARREARS}|(?:\\S+ ){0,2}?(?:sem|de pensao|atrasad\\w*|em atraso|em aberto)\\b)|` +
    `\\b${SUPPORT_ARREARS}(?: \\S+){0,5}? (?:faz|ha|a|ja sao|sao) ${SUPPORT_SPAN}\\b|\\b(?:devendo|deve) ${SUPPORT_SPAN}\\b`,
);

/**
 * The work stopped, in the trade's own verb ("sem trabalhar", "sem rodar", "sem conseguir pilotar", "sem poder fazer faxina", "sem
 * fazer entrega"): what `WORK_DAYS_LOST` reads beside a span (CC art. 402).
 */
const WORK_STOPPED =
  'sem (?:poder |conseguir )?(?:trabalhar|rodar|pedalar|trampar|pilotar|entregar|dirigir|atender|fazer (?:as |nenhuma |minhas )?(?:entregas?|faxinas?|corridas?|fretes?|unhas?|viagens?|visitas?))';

/**
 * Days of work lost told with their span, read on digits ("fiquei 15 dias parado", "tô há 3 semanas sem rodar", "fiquei um mês sem
 * poder trabalhar", "tô afastado do serviço faz 3 semanas"): the income lost while the client or the vehicle could not work, lucros
 * cessantes to prove beside the harm (CC arts. 402, 403 and 949). So are the days the vehicle stood in the shop ("a van ficou 3 semanas
 * na oficina", "o caminhão ficou 25 dias na funilaria"): its use and what it earned lost while repaired (CC art. 402). Not "fiquei
 * parado no sinal", which tells no span.
 */
/** `WORK_DAYS_LOST`'s readings for a span (`span`: its number and unit, read on digits). */
const workLostOver = (span: string): RegExp => new RegExp(
  [
    `\\b${span}(?: e mei[oa])? (?:parad[oa]s?|afastad[oa]s?|engessad[oa]s?|${WORK_STOPPED}|na (?:oficina|funilaria))\\b`,
    `\\b(?:parad[oa]|afastad[oa]|${WORK_STOPPED})(?: do (?:servico|trabalho))? (?:faz|ha) (?:uns |umas |quase |mais de )?${span}\\b`,
    // The span told as the work lost ("perdi três meses de trabalho", "perdi 10 dias de serviço").
    `\\bperdi (?:uns |umas |quase |mais de )?${span} de (?:trabalho|servico|trampo)\\b`,
  ].join('|'),
);
export const WORK_DAYS_LOST = workLostOver('(?:\\d+|uns|alguns|varios) (?:dias?|semanas?|mes|meses)');

/**
 * A week of work or more lost, read as `WORK_DAYS_LOST` ("fiquei 10 dias sem trabalhar", "duas semanas sem poder fazer faxina", "um
 * mês engessado"): earnings a worker on their own account proves by what the work earned (CC arts. 402-403 and 949), beyond the few
 * days' loss a receipt settles. Not "fiquei 5 dias sem trabalhar", nor "uns dias parado".
 */
export const WORK_WEEK_LOST = workLostOver('(?:(?:[7-9]|[1-9]\\d+) dias|\\d+ (?:semanas?|mes|meses))');

/**
 * The client (or the relative the client speaks for) working on their own account, paid by the job, the run or the day, with no
 * employer keeping the pay while the worker is stopped (Lei 8.213/91 art. 60 §3º is an employee's): a courier, a motoboy, an app or
 * taxi driver, a diarista, a sales representative, a stallholder, one who calls the trade autonomous ("sou entregador", "ele é
 * taxista", "trabalho como motorista de aplicativo", "sou eletricista autônomo", "faço frete", "ganho por entrega"). Never the other
 * side told by its trade ("um motorista de aplicativo bateu em mim"): the trade is told after a being or a working verb.
 */
const SELF_EMPLOYED_TRADES =
  '(?:entregador[a]?(?:es)?|motoboy|motogirl|moto ?taxista|taxista|diarista|manicure|feirante|ambulante|camelo|freelancer|freela|autonom[oa]|representante comercial|caminhoneiro|carreteiro|fretista|motofretista|motorista (?:de|do|da) (?:aplicativo|app|uber|99))';
export const OWN_ACCOUNT_TRADE = new RegExp(
  [
    `\\b(?:sou|era|e|trabalho (?:de|como)|trabalhava (?:de|como)|trabalha (?:de|como)) ${SELF_EMPLOYED_TRADES}\\b`,
    '\\b(?:rodo|rodava|trabalho|trabalhava) (?:de|no|na) (?:uber|app|aplicativo|taxi)\\b',
    '\\b(?:faco|fazia) (?:entregas?|fretes?|faxinas?|diarias?)\\b',
    '\\b(?:ganho|ganhava|recebo|recebia) por (?:entrega|corrida|dia|diaria|comissao|frete|viagem|producao)\\b',
    // The trade told with its own account after it ("sou eletricista autônomo", "pedreira autônoma"), or the work told so.
    '\\b(?:autonom[oa]|(?:trabalh[oa]|trabalhava) por conta|por conta propria|meu ganha pao|ganha pao del[ea]|minha ferramenta de trabalho)\\b',
  ].join('|'),
);

/**
 * The home harmed by water or damp, within one sentence, in either order: a part of the home or a thing in it (the ceiling, the
 * plaster, the wall, the floor, the wardrobe, the mattress) and its harm (caiu, estufou, mofou, manchado, apodreceu, perdi, estragou):
 * "já caiu um pedaço do gesso", "o teto tá todo manchado", "perdi um guarda-roupa e o colchão". Beside a neighbour's leak it is the
 * damage whose cause and sum an expert proves (CC arts. 1.277 and 927; CPC art. 464). Not a harm denied ("não estragou nada").
 */
const HOME_PARTS = '(?:teto|tetos|forro|forros|gesso|reboco|parede|paredes|piso|assoalho|laje|pintura|armario|armarios|guarda[- ]roupas?|colchao|colchoes|sofa|tapete|moveis|movel|cama)';
const WATER_HARMS =
  '(?<!nao )(?:caiu|cairam|caindo|desabou|estragou|estragaram|estragad[oa]s?|perdi|perdemos|mofou|mofaram|mofad[oa]s?|mofo|bolor|estufou|estufad[oa]s?|estufando|' +
  'manchad[oa]s?|mancha|manchas|apodreceu|apodreceram|apodrecid[oa]s?|empenou|empenad[oa]s?|inchou|inchad[oa]s?|descascou|descascando|destruiu|destruindo|destruid[oa]s?)';
export const WATER_HARM_AT_HOME = new RegExp(`\\b${HOME_PARTS}\\b[^.!?;]{0,40}?\\b${WATER_HARMS}\\b|\\b${WATER_HARMS}\\b[^.!?;]{0,40}?\\b${HOME_PARTS}\\b`);

/**
 * The leak's source denied by someone who speaks for it, within one sentence: said not to come from him ("jura que o vazamento não
 * vem da casa dele", "fala que não tem vazamento nenhum"), put on the building ("fala que é do cano do prédio", "diz que deve ser do
 * prédio") or on the client ("diz que o problema é meu", "fala que a umidade é da minha casa"), or his side told sound ("o banheiro
 * dele tá seco", "a varanda dele tá impermeabilizada"). Where the water comes from is then the case's question, proved by an expert
 * (CPC art. 464). Not "não é dele" nor "não é problema dele", which as often refuse the repair of a source the plumber found, nor the
 * syndic's word, which only puts the leak outside the common parts.
 */
const SAID_BY = '(?<!\\b(?:sindic[oa]|condominio|administradora|zelador)\\b[^.!?;,]{0,20})\\b(?:diz|disse|dizem|disseram|fala|falou|falam|falaram|jura|jurou|alega|alegou|afirma|afirmou|garante|garantiu|insiste)\\b[^.!?;]{0,60}?';
const SOURCE_DENIED = [
  '\\bnao (?:vem|sai|esta vindo|ta vindo) (?:do|da|de) (?:\\S+ ){0,2}?(?:dele|dela)\\b',
  '\\bnao (?:tem|existe|ha) (?:nenhum )?vazamento\\b',
  '\\b(?:e|vem|deve ser|seria) (?:do|da) (?:(?:cano|canos|coluna|prumada|tubulacao|telhado) (?:do|da) )?(?:predio|condominio)\\b',
  '\\b(?:o problema|a umidade|a infiltracao|o vazamento|a agua) (?:e|vem) (?:meu|minha|da minha casa|do meu apartamento|do meu apto|daqui)\\b',
  '\\b(?:banheiro|apartamento|apto|casa|varanda|caixa|caixa d\'?agua|laje) dele (?:e|ta|esta) (?:sec[oa]|impermeabilizad[oa]|nov[oa])\\b',
];
export const LEAK_SOURCE_DENIED = new RegExp(`${SAID_BY}(?:${SOURCE_DENIED.join('|')})`);

/**
 * A leak or damp told lasting three months or more, within one sentence beside the water: "há cinco meses a água desce do apartamento
 * de cima", "faz uns 4 meses que pinga", "faz mais de um ano que infiltra", "desde o ano passado tenho infiltração". A neighbour's use
 * that keeps harming the home is the nuisance the owner must stop (CC arts. 1.277 and 1.336 IV), asked as an act to do (CPC art. 497)
 * beside the damage. Not "faz meses" nor "desde março", which tell no span, nor one or two months.
 */
const LASTING_SPAN = '(?:(?:[3-9]|1[01]|tres|quatro|cinco|seis|sete|oito|nove|dez|onze) meses|(?:um|1|dois|2|tres|3) anos?)';
const LEAK_WATER = '\\b(?:vaza\\w*|infiltra\\w*|goteira\\w*|pinga\\w*|agua|umidade|mofo)\\b';
export const LEAK_LASTING = new RegExp(
  `^(?=.*${LEAK_WATER})(?:.*\\b(?:ha|faz|a|ja sao|sao|ja faz|ja vai fazer|vai fazer|por|durante)(?: (?:uns|umas|quase|mais de|cerca de))? ${LASTING_SPAN}\\b|.*\\bdesde o ano passado\\b)`,
);

/**
 * The neighbour who answers for the leak standing in the way of its repair, within one sentence: the plumber, the syndic or anyone
 * kept out ("não deixa o encanador entrar", "não permite que ninguém entre", "se recusa a deixar entrar", "não abre a porta"), the
 * leak said not to be his ("diz que o problema não é dele"; not the syndic's or the administrator's word), the repair refused ("não vai
 * mexer", "não vai quebrar o banheiro dele"), the notices ignored ("ele ignorou", "não responde"), or the tenant and the owner each
 * sending it to the other ("o inquilino diz que é com o dono"). With the leak lasting months, its source is then known only through a
 * court's order to enter and an expert's inspection (CC art. 1.313 I; CPC arts. 464 and 497). Not "diz que vai chamar alguém", a
 * promise the house reads as the plain claim it is.
 */
const NEIGHBOUR_RESISTS_LEAK = [
  '\\bnao (?:deixa|deixou|deixam|permite|permitiu|libera|liberou|autoriza|autorizou) (?:\\S+ ){0,5}?(?:entrar|entre|entrarem|entrem|subir|olhar|ver|verificar|vistoriar)\\b',
  '\\b(?:se recusa|se recusou|recusa|recusou) a (?:deixar|abrir|liberar)\\b',
  '\\bnao abr(?:e|iu) a porta\\b',
  '(?<!\\b(?:sindic[oa]|condominio|administradora|zelador)\\b[^.!?;,]{0,30})\\bnao e (?:problema |culpa |responsabilidade |com )?(?:dele|dela)\\b',
  '\\bnao vai (?:mexer|consertar|arrumar|quebrar|fazer nada|mudar nada)\\b',
  '\\bignor(?:ou|a|am|aram|ando)\\b',
  '\\bnao respond(?:e|eu|em)\\b',
  '\\b(?:diz|disse|fala|falou)\\b[^.!?;]{0,40}?\\be com o (?:proprietario|dono|inquilino|locatario)\\b',
];
export const NEIGHBOUR_RESISTS_LEAK_REPAIR = new RegExp(NEIGHBOUR_RESISTS_LEAK.join('|'));

/**
 * The leak said to come from the client's own unit down to the neighbour's, within one sentence: "a infiltração desceu do meu
 * apartamento para o dele", "diz que vem do meu apartamento", "é vazamento do meu banheiro", "uma infiltração que ela atribui ao meu
 * apartamento". The building block of `cobranca-por-vazamento` beside the neighbour's claim.
 */
export const LEAK_FROM_CLIENT_UNIT = new RegExp(
  '\\b(?:vem|veio|vindo|desc\\w*|vaz\\w*|sai|saiu|atribui|atribuiu)\\b[^.!?;]{0,30}?\\b(?:do|no|ao|pelo) meu (?:apartamento|apto|ap|banheiro|imovel|cano|encanamento)\\b|' +
    '\\b(?:vazamento|infiltracao) (?:do|no) meu (?:apartamento|apto|ap|banheiro|cano)\\b',
);

/**
 * The neighbour's claim against the client told as a suit threatened or a sum demanded in thousands: "ameaçou me processar", "vai
 * entrar na justiça", "pede 25 mil", "quer que eu pague 18 mil", "exigindo R$ 20.000". For a leak said to come from the client's unit
 * the client defends a damages claim whose cause, the water's source, only an expert settles (CC arts. 1.277 and 927; CPC art. 464).
 * Not a small sum agreed ("pediu 400 pra pintar").
 */
export const NEIGHBOUR_CLAIM = new RegExp(
  '\\bme process(?:ar|ando)\\b|\\b(?:vai|vao|ameacou|ameaca|quer) (?:me )?(?:entrar na justica|entrar com (?:uma )?acao)\\b|' +
    '\\b(?:pede|pediu|pedindo|cobra|cobrou|cobrando|exige|exigiu|exigindo|quer que eu pague|quer)\\b[^.!?;]{0,25}?(?:\\b\\d+(?:[.,]\\d+)? ?mil\\b|r\\$ ?\\d{1,3}(?:\\.\\d{3})+)',
);

/**
 * The neighbour's building raised or changed so that it throws the rain onto the client's house, within one sentence: "construiu um
 * segundo andar e agora a água da chuva do telhado dele cai no meu quintal", "fez uma laje colada no meu muro e cada chuva a água
 * desce pela minha parede". The owner must build so that his building does not pour water straight onto the neighbour's (CC art.
 * 1.300), the works adapted or undone (CC art. 1.312; CPC art. 497), and whether the works send the water is an engineer's question
 * (CPC art. 464).
 */
export const NEIGHBOUR_BUILDING_THROWS_RAIN = new RegExp(
  '\\b(?:construiu|levantou|fez|subiu|ergueu|aumentou|colocou)\\b[^.!?;]{0,40}?\\b(?:laje|telhado|segundo andar|andar|casa|puxadinho|cobertura|sobrado)\\b[^.!?;]{0,80}?\\bchuva\\b',
);

/**
 * Who the other side puts property with when hiding it from a division or a creditor: a relative, a friend or a lover, a front or
 * the other side's own company (`ASSET_TO_ANOTHER`). Not the client's own ("pro meu irmão"): that is no hiding from the client.
 */
export const THIRD_PARTY_HOLDERS: string[] = [
  'irmao', 'irma', 'mae', 'pai', 'primo', 'prima', 'tio', 'tia', 'sobrinho', 'sobrinha', 'cunhado', 'cunhada', 'filho', 'filha', 'amigo', 'amiga',
  'namorada', 'namorado', 'amante', 'socio', 'socia', 'parente', 'parentes', 'terceiro', 'terceiros', 'outra pessoa', 'empresa', 'firma',
];
/** Property that can be passed to another: a home or land, a vehicle, cattle, money, quotas, or all of it. */
export const TRANSFERABLE_ASSETS: string[] = [
  'casa', 'apartamento', 'imovel', 'imoveis', 'terreno', 'terrenos', 'sitio', 'chacara', 'fazenda', 'carro', 'carros', 'caminhonete', 'moto', 'veiculo', 'veiculos',
  'gado', 'cabecas', 'dinheiro', 'bens', 'patrimonio', 'cotas', 'quotas', 'tudo',
];
/**
 * Property the other side passed, sold or sent to a third party (`THIRD_PARTY_HOLDERS`): "passou a caminhonete pro nome do irmão",
 * "transferiu pra empresa dele", "colocar o dinheiro na conta da mãe dele", "vendeu a casa pra um amigo dele". Third-person verbs: the
 * client's own ("passei o carro pro nome do meu irmão") is no hiding from them; a holder of the client's ("pro meu irmão") does not match.
 */
export const ASSET_TO_ANOTHER = new RegExp(
  `\\b(?:passou|passaram|passando|transferiu|transferiram|transferindo|colocou|colocaram|colocando|colocar|botou|botando|doou|escriturou|vendeu|vendendo)\\b` +
    `(?:\\s+\\S+){0,6}?\\s+(?:pro|pra|para o|para a|para|no|na|em)\\s+(?:(?:nome|conta)\\s+d[aoe]s?\\s+)?(?:(?:um|uma|o|a|seu|sua)\\s+)?(?:${THIRD_PARTY_HOLDERS.join('|')})\\b`,
);
/** The holder tied to the other side ("do irmão dele") or the transfer made in a name or an account ("pro nome do irmão"). */
export const HOLDER_TIED = /\b(?:dele|dela|deles|delas)\b|\b(?:nome|conta)\s+d[aoe]s?\b/;
/** Assets hidden, told with the verb ("está escondendo o patrimônio", "ocultou os bens"): the same fraud (CC arts. 158 and 1.658). */
export const ASSETS_HIDDEN =
  /\b(?:escond\w*|ocult\w*)\s+(?:(?:o|a|os|as|seu|sua|seus|suas|todo|toda|nosso|nossa|nossos|nossas)\s+)*(?:patrimonio|bens|dinheiro|imoveis|imovel|gado|carros?|lucros?)\b/;

/**
 * A business's or a debtor's assets removed, emptied or resold by the other side, told with a third-person verb within a few words
 * of the asset: "o dono tirou as máquinas de noite", "os sócios retiraram os caminhões da garagem", "esvaziaram o canteiro", "ele já
 * revendeu parte do gado", "tão vendendo os caminhões e as câmaras frias". The assets that back a debt or a company's wages going
 * away: beside the other side vanished, `devedor-sumiu-com-bens` (`IMPLIED_FEATURES`). The client's own acts ("vendi o gado") are the
 * deal told, and not read.
 */
export const BUSINESS_ASSETS_REMOVED = new RegExp(
  `\\b(?:tirou|tiraram|tirando|retirou|retiraram|retirando|levou|levaram|levando|carregou|carregaram|esvaziou|esvaziaram|esvaziando|desmontou|desmontaram|` +
    `revendeu|revenderam|revendendo|vendeu|venderam|vendendo|sumiu com|sumiram com)\\b` +
    `(?:\\s+\\S+){0,3}?\\s+(?:maquinas|maquinario|maquinarios|equipamentos|estoque|mercadorias|caminhoes|frota|gado|bois|boiada|safra|soja|graos|` +
    `imoveis|bens|patrimonio|galpao|canteiro|camaras frias|veiculos)\\b`,
);

/**
 * Money taken out of an account by a third-person verb, within a few words of the account ("sacou tudo da nossa conta conjunta",
 * "esvaziou a poupança do casal", "tirou quase 300 mil da conta dela", "limpou as contas"): in a separation or an estate, the common
 * money or the deceased's withdrawn by the other spouse or an heir before the partilha (`dinheiro-retirado`). The client's own
 * withdrawal ("eu tirei minha parte da conta", "saquei pra pagar o enterro") is no diversion, and not read.
 */
export const MONEY_TAKEN_FROM_ACCOUNT = new RegExp(
  `\\b(?:tirou|tiraram|tirando|sacou|sacaram|sacando|limpou|limparam|esvaziou|esvaziaram|raspou|rasparam|transferiu|transferiram)\\b` +
    `(?:\\s+\\S+){0,5}?\\s+(?:contas?|poupancas?|aplicac(?:ao|oes))\\b`,
);

/**
 * Money or property of another taken or disposed of by a third-person verb, with its owner told ("limpou a conta dela", "vendeu o
 * carro dela", "sacando a aposentadoria dele", "vendeu o terreno que o vô tinha"): beside a person without discernment, another's acts
 * over a protected person's property (`bens-dispostos`; CC arts. 166 I and 1.767; Estatuto da Pessoa Idosa art. 102). The client's own
 * acts ("eu saco a aposentadoria dela pra pagar o remédio") are a curator's or a carer's, and not read.
 */
export const PROPERTY_TAKEN = new RegExp(
  `\\b(?:vendeu|vendendo|venderam|passou|passando|transferiu|doou|sacou|sacando|sacava|sacaram|tirou|tirando|tirava|limpou|limparam|esvaziou|raspou|gastou|gastando|torrou|pegou|pegava|ficou com)\\b` +
    // The property told in the plural or as a business's premises and land too ("vendeu os dois apartamentos dela", "vendeu as salas
    // comerciais dele", "vendeu os lotes dela", "vendeu a loja dele"): a person without discernment's real estate or shop sold by another
    // under a power of attorney is the same act over their property (CC arts. 166 I, 171 and 1.767 I; Estatuto da Pessoa Idosa arts.
    // 102 and 106: a power of attorney obtained from an elder without discernment to dispose of their property is a crime).
    `(?:\\s+\\S+){0,2}?\\s+(?:casas?|apartamentos?|imove(?:l|is)|terrenos?|lotes?|salas?|lojas?|pontos?|terras|fazendas?|sitio|chacara|carros?|motos?|` +
    `dinheiro|poupanca|economias|aposentadoria|beneficio|pensao|conta|contas|salario|gado)\\b` +
    `(?:\\s+(?:que\\s+)?(?:\\S+\\s+){0,2}?)?\\s*(?:dele|dela|(?:do|da|o|a)\\s+(?:vo|vovo|avo|idos[oa]|paciente|(?:meu|minha)\\s+(?:pai|mae|avo|vo|tio|tia|sogro|sogra)))\\b`,
);

/**
 * A worker's death in an accident of the work, told in one sentence with the death and how it came: a fall from height, a machine
 * that caught or crushed, a collapse, an electric shock ("faleceu caindo de um andaime", "morreu esmagado pela prensa", "caiu do
 * quinto andar e morreu na hora"). In a labour case the death is the harm the family claims for (CF art. 7º XXVIII; CC arts. 927 and
 * 948: the pension of the dependants and the moral damage), as `morte-em-acidente` reads it; a death at home or by
 * illness, or an employer who died, is not read.
 */
// The death told by what caused it too ("a prensa matou meu pai", "mataram ele na cela"), not one avoided ("quase matou", "quase me matou").
export const DEATH_WORDS = /\b(?:morreu|morreram|faleceu|faleceram|falecendo|morrendo|morte|obito|veio a falecer|perdeu a vida|morto|morta|(?<!quase )(?<!quase me )(?<!quase nos )(?:matou|mataram))\b/;
export const WORK_ACCIDENT = new RegExp(
  '\\b(?:caiu|cairam|caindo|queda|despencou|andaime|laje|telhado|queda de altura|trabalho em altura|andar do predio|rede de protecao|cinto de seguranca|' +
    'maquina|prensa|serra circular|serra eletrica|motosserra|esteira|betoneira|guindaste|empilhadeira|esmagad[oa]|esmagou|soterrad[oa]|soterramento|desabamento|desabou|' +
    'eletrocutad[oa]|choque eletrico|descarga eletrica|explosao|acidente (?:de|do|no|na) (?:trabalho|servico|obra|fabrica|empresa))\\b',
);

/**
 * A crash told in the client's words (an accident, a collision, a vehicle hit or overturned, someone run over) and the road or a road
 * user that places it in traffic (`ROAD_USERS`, or a vehicle, `COLLISION_VEHICLES`), all in the sentence of a death (`DEATH_WORDS`: "me
 * envolvi num acidente na BR em que um rapaz de moto faleceu", "bati no ciclista e ele morreu no hospital"): `morte-no-transito`.
 */
export const CRASH = /\b(?:acidente|bati|bateu|batida|colisao|colidiu|capotou|capotamento|atropel\w*|engavetamento)\b/;
export const ROAD_USERS = /\b(?:transito|rodovia|estrada|br|pista|cruzamento|motociclista|motoqueiro|ciclista|motorista|pedestre)\b/;

/**
 * A public hospital, emergency unit or health post, or a public school or nursery (a pattern's source, on normalized text): whoever is
 * treated or taught there is in the State's care, and the State answers for the harm done to them there (CF art. 37 §6).
 */
export const PUBLIC_CARE_PLACES =
  'hospital (?:publico|municipal|estadual|regional|do estado|da prefeitura|do sus)|upa|posto de saude|pronto socorro municipal|' +
  '(?:escola|creche) (?:publica|municipal|estadual|do estado|da prefeitura)';

/**
 * A person who died while the State held or cared for them, told in one sentence with the death (`DEATH_WORDS`): a prisoner in a
 * prison or a youth in a detention unit, a patient in a public hospital, an UPA or a health post, a pupil in a public school
 * ("meu irmão morreu na cela", "minha mãe faleceu na UPA esperando atendimento"). The State answers for a death in its custody
 * (CF art. 37 §6; STF Tema 592 for a prisoner), as `morte-sob-custodia` reads it. Not the police station alone, where a death
 * is more often reported than suffered, nor a hospital not named as public (the death is read as harm there already). The route
 * reads custody from its own phrases (`STATE_CUSTODY` of the route notes), with a public hospital or school only beside the State
 * asked to pay; the death read here needs no one asked.
 */
export const CUSTODY_OR_PUBLIC_CARE = new RegExp(
  `\\b(?:cadeia|presidio|penitenciaria|cela|carceragem|unidade prisional|centro de detencao|cdp|socioeducativ[oa]|fundacao casa|${PUBLIC_CARE_PLACES})\\b`,
);

/**
 * A benefit of the INSS as a client names it (a pattern's source, on normalized text): the benefit, the aid, the retirement, the pension,
 * the BPC. Not a retirement "dele"/"dela": told beside a pension asked, the deceased's own, which the death ended (nothing to contest).
 */
const BENEFIT_NAMED = '(?:beneficio|auxilio|aposentadoria(?! del[ae]\\b)|pensao|bpc|loas|amparo)';
/** Not after "não", "nunca" or "nem" ("nunca foi cortado"). */
const NOT_DENIED = '(?<!\\b(?:nao|nunca|nem) )';
/**
 * Its payment ended, suspended or cancelled: a verb in the past, or a participle after a verb that tells it done ("foi cortada", "ficou
 * suspenso"); not a cut to come ("será suspenso", "senão fica suspenso": a warning to act on, as a proof of life).
 */
const BENEFIT_ENDED =
  `(?:${NOT_DENIED}(?:cortaram|cortou|suspenderam|suspendeu|cessaram|cessou|cancelaram|cancelou|encerraram|encerrou)|` +
  `${NOT_DENIED}(?:foi|foram|ficou|ficaram|esta|estao|ta|tao|ja|veio|vieram)\\s+(?:cortad[oa]|suspens[oa]|cessad[oa]|cancelad[oa]|encerrad[oa]))`;
/**
 * A benefit that was paid and was cut, told within one sentence with the benefit named a few words before the cut ("a pensão do meu
 * irmão foi cortada", "o benefício ficou suspenso", "recebe a pensão do meu pai há 20 anos e agora suspenderam") or just after it
 * ("cancelaram o LOAS da minha avó"): restoring it is proving the right against the INSS's reason (Lei 8.213/91 arts. 101 and 103-A;
 * Lei 8.742/93 art. 21), the `beneficio-cessado` the fixed phrases of `BENEFIT_CUT` read in their own words.
 */
export const BENEFIT_THEN_ENDED = new RegExp(`\\b${BENEFIT_NAMED}\\b(?:\\s+\\S+){0,8}?\\s+${BENEFIT_ENDED}\\b|\\b${BENEFIT_ENDED}\\s+(?:\\S+\\s+){0,2}?${BENEFIT_NAMED}\\b`);
/**
 * The INSS deducting from the benefit it pays what it says it overpaid ("o INSS está descontando 30% da minha aposentadoria", "o INSS
 * começou a tirar um valor da minha pensão"): a benefit cut in part, contested on the insured's good faith and the administration's
 * error (Lei 8.213/91 art. 115 II and §3º; STJ Tema 979). The INSS named keeps a bank's payroll-loan deduction from reading so.
 */
export const INSS_DEDUCTING = new RegExp(`\\b(?:descont\\w*|tirar|tirando|tira|tirou)\\b(?:\\s+\\S+){0,4}?\\s+(?:d[oa]|n[oa])\\s+(?:minha\\s+|meu\\s+|sua\\s+|seu\\s+)?${BENEFIT_NAMED}\\b`);
export const INSS_NAMED = /\binss\b/;

/** The client asking, filing or booking (the exam, the assessment), in the present or the infinitive; not a past "pedi", a request already made. */
const ASKING =
  `(?:pedir|peco|pede|pedimos|requerer|requeiro|dar entrada|dou entrada|damos entrada|tentar|tento|mandar|mando|enviar|envio|marcar|marco|agendar|agendo|` +
  `(?:entrar|entro|fazer|faco|fazemos) com (?:o|um) (?:pedido|requerimento)|(?:fazer|faco|fazemos) (?:o|um) (?:pedido|requerimento))`;
/**
 * A new request to the INSS as what the client means to do ("quero pagar o que falta e pedir de novo", "se faço novo pedido", "dou
 * entrada outra vez", "quero remarcar a perícia"): asking again, or a new or another request, or the exam booked again; not after "sem"
 * or "não" ("entrar na justiça sem pedir de novo no INSS").
 */
export const NEW_REQUEST = new RegExp(
  `\\b(?<!\\b(?:sem|nao) )${ASKING}\\b(?:\\s+\\S+){0,3}?\\s+(?:de novo|novamente|outra vez|mais uma vez)\\b|` +
    `\\b(?:novo|outro) (?:pedido|requerimento)\\b|\\bnova entrada\\b|\\b(?:remarcar|remarco|reagendar|reagendo)\\b`,
);
/** A lawsuit weighed in the same sentence ("se peço de novo ou se entro na justiça", "ou entrar com ação"): no new request alone. */
export const COURT_ROUTE = /\b(?:justica|judicial\w*|juiz|juiza|processar|processo|acao)\b/;

/** The insured's own contributions named: the carnê, the MEI's DAS, the GPS, "o INSS" or "a contribuição" paid. Not a bare "das", a preposition. */
export const OWN_CONTRIBUTION = /\b(?:carne|carnes|inss|contribu\w*|guias?|gps|mei|(?:o|os|do|dos|meu|meus|pelo) das)\b/;
/** The client paying, in the present or the past: the contributions are the client's own (Lei 8.212/91 art. 30 II). */
const OWN_PAYING = '(?:pago|pagava|paguei|contribuo|contribuia|recolho|recolhia)';
/**
 * The client's own contributions told as paid every month ("pago o DAS todo mês certinho", "pago o carnê em dia, nunca atrasei") or
 * stopped by the client's choice ("parei de pagar porque quis", "deixei de pagar o DAS por conta própria", "resolvi parar de pagar o
 * carnê"); not paid "em dia até" the illness, nor stopped for it ("parei de pagar porque fiquei doente"), nor work "por conta própria".
 */
export const CONTRIBUTIONS_SETTLED = new RegExp(
  `\\b${OWN_PAYING}\\b(?:\\s+\\S+){0,7}?\\s+(?:todo mes|todos os meses|em dia|certinho|direitinho|sem atrasar|sem atraso)\\b(?!\\s+ate\\b)|\\bnunca atrasei\\b|` +
    `\\b(?:parei|deixei)\\b(?:\\s+\\S+){0,8}?\\s+(?:porque (?:eu )?quis|por opcao|por vontade propria|por escolha (?:minha|propria))\\b|` +
    `\\b(?:parei|deixei) de (?:pagar|contribuir|recolher)\\b(?:\\s+\\S+){0,6}?\\s+por conta propria\\b|` +
    `\\b(?:resolvi|decidi|preferi|escolhi) (?:parar|deixar) de (?:pagar|contribuir|recolher)\\b`,
);
/** Contributions paid late, in arrears or at once ("paguei os atrasados tudo de uma vez com juros"): their count is the dispute (Lei 8.213/91 art. 27 II). */
export const CONTRIBUTIONS_LATE = /\b(?:atrasad\w*|em atraso|de uma vez|com juros|retroativ\w*)\b/;
/** Contributions settled by the client or a relative ("paguei", "quitou", "acertei tudo", "as contribuições pagas"): with `CONTRIBUTIONS_LATE`, paid in arrears. */
export const CONTRIBUTIONS_SETTLING = /\b(?:paguei|pagou|pagamos|pagaram|pagas|pagos|quitei|quitou|acertei|acertou|regularizei|regularizou|recolhi|recolheu)\b/;
/** The illness or the work it stopped, after "porque" or "quando": named ("fiquei doente", "o infarto", "a quimioterapia") or told as the work given up ("não conseguia mais costurar"). */
const ILLNESS_CAUSE =
  '(?:doen\\w*|doente|adoec\\w*|incapa\\w*|infarto|derrame|avc|cancer|quimio\\w*|depressao|cirurgia|' +
  'nao (?:conseguia|consegui|conseguiu|aguentava|aguentou|podia|tinha (?:mais )?como) (?:mais )?\\S+)';
/**
 * The own contributions stopped by the illness ("parei de pagar o carnê quando fiquei doente", "deixei de pagar o DAS porque adoeci",
 * "paguei até 2021 e parei depois que tive o infarto"): the stop told with its cause or its moment, the stop bare only right before them.
 */
export const CONTRIBUTIONS_STOPPED_BY_ILLNESS = new RegExp(
  `\\b(?:parei|deixei|larguei|parou|deixou|largou)(?: de (?:pagar|contribuir|recolher)\\b(?:\\s+\\S+){0,5}?)?\\s+` +
    `(?:porque|pq|quando|depois que|depois d[oa]|apos|por causa d[oa])\\b(?:\\s+\\S+){0,6}?\\s+${ILLNESS_CAUSE}`,
);

/** Who holds a place, told by the client or of a relative: lives in it, keeps it, bought or built it, "tem a posse". */
const HOLDING = `(?:moro|moramos|mora|moram|morou|moraram|morava|moravam|morando|vivo|vivemos|vive|vivem|vivia|viviam|vivendo|ocupo|ocupamos|ocupa|ocupam|ocupando|` +
  `resido|residimos|reside|residem|residia|residiam|residindo|` +
  `cuido|cuidamos|cuida|(?:tenho|temos|tem) a posse|comprei|compramos|comprou|construi|construimos|construiu|plantei|plantamos|` +
  `(?:estou|estamos|esta|ta|to|tamo) (?:aqui|ali|la|ai|nesse|nessa|neste|nesta))`;
/** Five years and more, the shortest usucapião (CF art. 183; CC arts. 1.239-1.240): a count of years, a year before 2020, a lifetime. */
const LONG_SPAN = `(?:(?:ha|a|faz|fazem|por|durante) (?:(?:mais de|quase|uns|umas|cerca de|bem|aproximadamente|mais ou menos|perto de|em torno de) )?(?:[5-9]|[1-9]\\d) anos|` +
  `desde (?:(?:o ano de|o ano|de) )?(?:19\\d\\d|20[01]\\d)|desde (?:sempre|crianca|pequen[oa]|mil (?:9\\d\\d|novecentos)|que nasci)|a vida (?:toda|inteira))`;

/**
 * A place held for five years and more, told within one sentence as the holding and its time ("moro nessa casa faz 22 anos", "moro no
 * terreno desde 2001", "tenho a posse do sítio há mais de 15 anos", "comprei a casa em 2006", "faz 20 anos que moro aqui", "nós tá aqui
 * desde sempre"): the old possession a usucapião rests on, as a claim or as a defence (CC arts. 1.196, 1.238-1.242; CF art. 183;
 * Súmula 237 STF). A couple's years together ("moramos juntos por sete anos") are no holding of a place. `posse-longa`, a building block of `posse-antiga-disputada` (`IMPLIED_FEATURES`).
 */
export const LONG_POSSESSION = new RegExp(
  `\\b${HOLDING}\\b(?! junt)(?:\\s+\\S+){0,8}?\\s+${LONG_SPAN}\\b` +
    `|\\b(?:comprei|compramos|comprou)\\b(?:\\s+\\S+){0,6}?\\s+(?:em|no ano de) (?:19\\d\\d|20[01]\\d)\\b` +
    `|\\b(?:ha|faz|fazem|sao|tem) (?:(?:mais de|quase|uns|umas|cerca de) )?(?:[5-9]|[1-9]\\d) anos (?:que )?(?:\\S+\\s+){0,3}?${HOLDING}\\b`,
);

/**
 * The owner's heirs or kin, told as such: the heirs, or the son, grandson, nephew, family or widow of the owner (the former, the late
 * owner, the employer who owned it) or "dele/dela" after the owner named before.
 */
export const OWNERS_KIN =
  `(?:herdeir[oa]s?|(?:(?:filh|net|bisnet|sobrinh|genr)[oa]s?|familia|viuva|parentes) ` +
  `(?:d[oa]s? (?:antig[oa]s? |falecid[oa]s? |finad[oa]s? |velh[oa] )?(?:don[oa]s?|proprietari[oa]s?|patr(?:ao|oa))|dele|dela))`;
/** Their word that the place is theirs ("dizendo que a terra é dele", "falam que são os donos"). */
export const KIN_SAYS_OWNS =
  `(?:diz\\w*|fala|falam|falou|falaram|falando|aleg\\w*|afirm\\w*)(?: que)?(?:\\s+\\S+){0,4}?\\s+(?:e|eh|sao) (?:dele|deles|dela|delas|dono|donos|dona|donas|os donos|o dono|a dona)\\b`;
/** Their demand that the occupant leave, or their suit to take the place back ("nos notificaram para desocupação", "entraram com ação de despejo"). */
export const KIN_ASKS_LEAVE =
  `(?:exig\\w*|mand\\w*|notific\\w*|pede|pedem|pediu|pediram|pedindo|quer\\w*|entr\\w* com|ajuiz\\w*)(?:\\s+\\S+){0,5}?\\s+` +
  `(?:desocup\\w*|saia|saiamos|sairmos|deixe|deixemos|despej\\w*|reintegracao|imissao|reivindicatoria)\\b`;
/**
 * The owner's heirs or kin asking the occupant to leave the place or suing for it, within one sentence ("os herdeiros nos notificaram
 * para desocupação", "os herdeiros dele exigem que nós deixemos a chácara", "os herdeiros entraram com uma ação de despejo"): the
 * title's claim against the occupant, a reintegração, an imissão or a reivindicatória (CPC arts. 554-568; CC art. 1.228), to which
 * a possession of years answers with the usucapião as a defence (Súmula 237 STF; CC arts. 1.238-1.242). `posse-reclamada`.
 */
export const OWNERS_KIN_ASKS_LEAVE = new RegExp(`\\b${OWNERS_KIN}\\b(?:\\s+\\S+){0,8}?\\s+${KIN_ASKS_LEAVE}`);
/**
 * The owner's heirs or kin saying the place is theirs, within one sentence ("apareceu o filho do antigo dono dizendo que a terra é
 * dele"): the title's word against the occupant (CC art. 1.228). A bare "diz que o terreno é dele" stays unread: a neighbour's claim to
 * a strip of the boundary (CC art. 1.297). `titulo-dos-herdeiros`, a building block of `posse-reclamada` (`IMPLIED_FEATURES`).
 */
export const OWNERS_KIN_SAYS_OWNS = new RegExp(`\\b${OWNERS_KIN}\\b(?:\\s+\\S+){0,8}?\\s+${KIN_SAYS_OWNS}`);

/**
 * The client or a relative named to the police as the author of a taking, within one sentence: a report made by another (a boletim,
 * an ocorrência, a queixa at the delegacia, an inquiry) and the taking it alleges ("fez BO contra mim dizendo que eu furtei",
 * "me denunciou na polícia falando que eu roubei", "tô sendo investigada por furto", "disse na delegacia que eu apliquei um golpe",
 * "fez o BO do furto e colocou meu nome como suspeito"). Furto, apropriação indébita and estelionato (CP arts. 155, 168 and 171)
 * carry more than two years, beyond the juizado (Lei 9.099/95 art. 61): the inquiry runs (CPP arts. 5º II and 6º), the client is
 * heard as investigated, the defence asks for its own diligences and sees the records (CPP art. 14; Lei 8.906/94 art. 7º XIV and
 * XXI; Súmula Vinculante 14), and the non-prosecution agreement or the suspension is weighed against the harm to repair (CPP art.
 * 28-A; Lei 9.099/95 art. 89). The client's own report ("fiz um boletim de furto") is a victim's, not read (`CLIENT_REPORTED`).
 */
export const POLICE_REPORT_WORDS = /\b(?:boletim|bo|b\.o|ocorrencia|queixa|delegacia|delegado|policia|inquerito|investigad[oa]s?|denunciou|denunciaram)\b/;
/** The client's own report, which makes the client the one robbed, not the one accused. */
export const CLIENT_REPORTED = /\b(?:fiz|registrei|abri|fizemos|registramos|dei queixa)\b(?:\s+\S+){0,2}?\s+(?:boletim|bo|b\.o|ocorrencia|queixa)\b/;
const TAKING_ALLEGED_VERBS =
  '(?:furt\\w*|roub(?:ei|ou|ado|ada|ar|aram|aria)|peguei|pegou|pego|pegado|levei|levou|levado|levada|desviei|desviou|desviado|desvio|fiquei com|ficou com|ficado com|' +
  'sumi com|sumiu com|apropri\\w*|golpe|estelionato|sai sem pagar|saiu sem pagar|saiu com)';
export const TAKING_ALLEGED = new RegExp(
  `\\b(?:dizendo|falando|alegando|disse|diz|dizem|falou|acusando|acusou|acusaram|acusad[oa]s?|contra (?:mim|ele|ela|meu|minha)|denunciou|denunciaram|investigad[oa]s? por)` +
    `(?:\\s+\\S+){0,8}?\\s+${TAKING_ALLEGED_VERBS}(?=\\s|$|[,.])` +
    // The taking named first, the client named its suspect ("fez o BO do furto dos fios e colocou meu nome como suspeito").
    `|\\b(?:furt\\w*|roubo)(?:\\s+\\S+){0,10}?\\s+(?:como|de|o|a) suspeit[oa]\\b`,
);
/**
 * The one named the author in such a report is the client or a relative of theirs ("contra mim", "deu parte de mim", "dizendo que
 * eu", "contra o meu pai", "contra minha esposa"), not a stranger the client's own story names ("a polícia disse que o ladrão levou").
 */
export const OWN_SIDE_ACCUSED = /\b(?:contra (?:mim|ele|ela|o meu|a minha|meu|minha)|(?:parte|queixa) de mim|que eu)\b/;

/**
 * Years worked or contributions paid in another country, within one sentence ("trabalhei 12 anos em Portugal", "ele contribuiu uns
 * anos no Japão", "o tempo que fiquei na Espanha", "descontava lá nos Estados Unidos"): a verb of work or contribution, or the time
 * told, before the country or "exterior" within a few words. `tempo-no-exterior` in a social-security case (Lei 8.213/91 art. 85-A).
 */
const FOREIGN_COUNTRIES =
  'exterior|portugal|japao|estados unidos|eua|espanha|italia|alemanha|inglaterra|franca|suica|belgica|holanda|irlanda|canada|paraguai|argentina|uruguai|chile|bolivia';
export const WORK_ABROAD = new RegExp(
  `\\b(?:trabalh\\w*|contribu\\w*|descont\\w*|anos|tempo)\\b(?: \\S+){0,4}? (?:em|no|na|nos|nas|la n[oa]s?|la em) (?:${FOREIGN_COUNTRIES})\\b`,
);
