import { childKeptAfterTrip, childKeptByPronoun, childTakenAbroad } from '../classifiers/child-kept';
import { mentionsChildBeaten, mentionsOwnSideReportedForTaking, mentionsPlatformAccountBlocked, mentionsSuperiorNameCalling, mentionsSuperiorAbuse } from '../classifiers/everyday-readings';
import { CLIENT_NOTES, ClientNote, NOTE_NEGATORS, NOTE_YIELDS, SUIT_WISHED, SUIT_WISHED_WORDS, THREAT_REPORT_WISHED } from '../lexicons/client-notes.lexicon';
import { KIN_ASKS_LEAVE, KIN_SAYS_OWNS, OWNERS_KIN, PUBLIC_CARE_PLACES, RELATIVES } from '../lexicons/complexity-readings.lexicon';
import { AUTHORS, BELONGINGS_TAKEN, DOCUMENTS_LOST, IR_WITHHELD, KEEPER_ASKED, POLICE_REPORT_ASKED, WORKER_TOLD } from '../lexicons/route-notes.lexicon';
import { UTILITY_SUPPLIERS } from '../lexicons/utility-supply.lexicon';
import { CLOSE_DEATH } from '../lexicons/replies.lexicon';
import { ESTATE_WORDS } from '../lexicons/urgency.lexicon';
import { ADULT_CHILD_AGE, CHILD_ABUSE_TOLD, CHILD_NAKED_IMAGES, CHILD_NAMED } from '../lexicons/safety.lexicon';
import { isNegator, LEXICONS, PhraseMatcher } from '../text/phrase-matcher';
import { foldText, joinedParts, normalizeText, textMemo, tokenize } from '../text/text-normalizer';

/**
 * A complaint already made (a verb of complaint in the past), with the Procon named later in the same sentence and
 * no intention in between: "já reclamei na loja e no Procon", "a gente reclamou no banco e no Procon". The phrases
 * of `CLIENT_NOTES` only see the Procon right after the verb. Run on normalized text.
 */
const FILED_AT_PROCON =
  /(?<!\b(?:nao|nunca|nem) )\b(?:reclam|denunci|registr)(?:ei|ou|amos|aram)\b(?:(?!\b(?:vou|vamos|quero|queremos|pretendo|vai|devo)\b)[^.!?\n]){0,60}\b(?:procon|consumidor\W?gov)\b/;

/**
 * A purchase by the client, then what it was, in one sentence: "comprei um celular pela OLX e a polícia apreendeu dizendo que
 * era roubado" (the good-faith buyer). Periods are allowed inside ("2.500 reais"). Run on normalized text.
 */
const BOUGHT_STOLEN = /\b(?:comprei|compramos)\b[^!?;\n]{0,160}?\b(?:era|estava|eram) (?:roubad[oa]s?|furtad[oa]s?|produto de (?:roubo|furto)|de (?:roubo|furto))\b/;

/**
 * An accusation against the client spread to others ("anda espalhando no grupo que eu roubei", "postou que eu sou golpista"):
 * the client is the offended person of a crime against honour (CP arts. 138-139). Run on normalized text.
 */
const SPREAD_ABOUT_CLIENT = /\b(?:espalh(?:ou|ando|aram|a)|anda (?:dizendo|falando|contando)|saiu (?:dizendo|falando)|postou|postaram|publicou|pra todo mundo)\b[^.!?;\n]{0,60}?\bque eu\b/;

/**
 * A crime imputed to the client before others (`honour-offended`): a verb of spreading or posting ("espalhou", "postou no facebook",
 * "mandou áudio no grupo"), or one of telling with its audience ("falou para todo mundo", "contou para a família inteira", "disse na
 * reunião do condomínio", "na frente da igreja toda"), then "que eu" and the crime in the first person ("roubei", "furtei", "desviei",
 * "envenenei", "vendo droga"). A false imputation of a crime told to third persons is calúnia (CP art. 138), of a dishonouring fact
 * difamação (art. 139): the client is the offended person, who chooses the queixa-crime (CP art. 145; CPP art. 30) or the damages (CC
 * art. 953), so the remedy asked decides the route (`suit-wished`, `damages-claimed`). Not the same words told to the police or as a
 * dismissal's reason (`CRIME_IMPUTED_ELSEWHERE`): then the client is the one investigated or the dismissed worker. Run on normalized
 * text, sentence by sentence.
 */
const CRIME_IMPUTED_BEFORE_OTHERS = new RegExp(
  '\\b(?:espalh(?:ou|aram|ando|a)|postou|postaram|postando|publicou|publicaram|publicando|escreveu|escreveram|' +
    '(?:mandou|mandaram|mandando) (?:(?:um |uns )?(?:audio|audios|mensagem|mensagens|print|prints) )?(?:no|nos|em) grupos?|' +
    '(?:anda|saiu|sairam|ficou|ficam|fica|esta|vive) (?:dizendo|falando|contando|espalhando|comentando)|' +
    '(?:disse|falou|falaram|falando|dizendo|contou|contaram|contando|comentou|comentaram|comentando|gritou|gritando)\\b[^.!?;\\n]{0,40}?\\b' +
    '(?:para (?:todo mundo|todos|todas|toda|a familia|familia|os outros|as outras|os vizinhos|as vizinhas|a vizinhanca|vizinhanca|a rua|o bairro|a igreja|a escola|os colegas|as colegas|os amigos|as amigas|os clientes|os fornecedores|os moradores|os hospedes|os outros hospedes|os pais)|' +
    'na frente d|no grupo|nos grupos|no culto|na reuniao|na assembleia|na igreja|na escola|na rua|no bairro|pela rua|pelo bairro|pela cidade|em publico|na internet|nas redes))' +
    '[^.!?;\\n]{0,80}?\\bque eu (?:roub|furt|desvi|peguei|pego |pegava|envenen|mat(?:ei|o |ava)|atropelei|arrombei|estuprei|abus|agredi|espanquei|traficava|trafico|vendo droga|vendia droga|' +
    'apliquei (?:um )?golpe|dei (?:um )?golpe|falsifiquei|sequestrei|maltrat|invadi)',
);
/** A police report, a complaint, an inquiry or a dismissal in the same sentence: the imputation's setting is another case. */
const CRIME_IMPUTED_ELSEWHERE = /\b(?:boletim|bo|ocorrencia|delegacia|policia|delegad[oa]|queixa|inquerito|denunci\w*|justa causa|demiti\w*|demissao|mandad[oa] embora)\b/;

function crimeImputedBeforeOthers(normalized: string): boolean {
  return normalized.includes('que eu') && sentencesOf(normalized).some((sentence) => CRIME_IMPUTED_BEFORE_OTHERS.test(sentence) && !CRIME_IMPUTED_ELSEWHERE.test(sentence));
}

/**
 * A report to the police, or a complaint at a police station, that names the client as the author of a crime ("registrou um
 * boletim dizendo que eu roubei", "foi na delegacia e disse que eu ameacei ela"): the client is the one investigated and needs
 * a criminal defence (CPP art. 5), whatever the job or the family it happened in. Run on normalized text.
 */
const REPORTED_AS_AUTHOR =
  /\b(?:boletim|ocorrencia|bo|queixa|delegacia|policia|delegado|delegada)\b[^.!?;\n]{0,80}?\b(?:dizendo|disse|dizer|falando|falou|alegando|alegou|afirmando|afirmou|acusando)\b (?:que )?que eu (?:roubei|furtei|ameacei|agredi|bati|espanquei|estuprei|abusei|desviei|falsifiquei|invadi|matei|apliquei|dei um golpe|sequestrei)\b/;

/**
 * A citation the client received, told with words between ("recebi pelo correio uma citação", "chegou aqui em casa a citação", "o
 * oficial de justiça me entregou uma citação"): a
 * citation goes only to who is sued (CPC art. 238), so the client defends a lawsuit. Run on normalized text.
 */
const CITATION_RECEIVED = /(?<!\b(?:nao|nunca|nem)\s)\b(?:recebi|recebemos|chegou|chegaram|me entregaram|entregaram|me entregou|entregou)\b(?![^.!?;\n]{0,40}?\bnenhuma\b)[^.!?;\n]{0,40}?\bcitac(?:ao|oes)\b(?!\s+nenhuma\b)/;

/** A citation served on the client, in the words `CITATION_RECEIVED` and the `defendant` phrases tell it. */
const CITATION_WORDS = /\b(?:citac(?:ao|oes)|citad[oa]s?|me citou)\b/;
/**
 * Damages asked (an indemnity, material, moral or aesthetic damages, lost profits): beside a citation, what the suit served asks,
 * a civil action for damages (CC arts. 186, 927 and 948-950). Not "pensão" alone: a support suit asks one too.
 */
const DAMAGES_ASKED = /\b(?:indenizac(?:ao|oes)|danos? (?:materia|mora|estetic)\w*|lucros cessantes)\b/;
/**
 * A debt charged (a collection or monitory action, the charge the other side makes): beside a citation, what the suit served asks,
 * defended by a contestação or embargos in the civil courts (CPC arts. 335 and 702), whoever the creditor.
 */
const COLLECTION_ASKED = /\b(?:cobranca|cobrando|cobram|cobra|monitoria)\b/;

/**
 * A purchase, a hire or a job paid to a person named by who they are, not by a trade ("comprei a caminhonete de um rapaz pelo
 * Facebook", "aluguei a van de um conhecido", "dei 1.800 pro meu vizinho arrumar o câmbio", "contratei um rapaz conhecido do meu
 * marido"), or told as the one who was selling ("um senhor tava vendendo o carro"): who does not sell, hire out or serve by trade
 * is no supplier (CDC art. 3), so hidden defects, a hidden lien, the earnest money and the job not done are civil (CC arts. 389,
 * 418, 441, 447 and 475). Not a store's or a company's employee ("um rapaz da loja"). Run on normalized text; a sum's thousands
 * point ("dei 1.800 pro meu vizinho") ends no sentence.
 */
/** Who a person is, not their trade: the words a private seller or hirer is named by. */
const PERSON_WORDS = 'rapaz|moca|cara|senhor|senhora|conhecid[oa]|vizinh[oa]|amig[oa]|colega|particular';
const PRIVATE_PERSON = `(?:${PERSON_WORDS}|homem|mulher|pessoa fisica)(?! d[aoe] (?:loja|empresa|oficina|concessionaria|revenda|banco|operadora|financeira|construtora|imobiliaria|agencia)\\b)`;
/** Trades a private person may take jobs in on the side: named with who they are to the client, the provider of a private job. */
const TRADE_WORDS = 'pedreiro|eletricista|encanador|pintor|marceneiro|serralheiro|mecanico|porteiro|porteira|zelador|zeladora|jardineiro|carpinteiro|gesseiro|azulejista|vidraceiro|costureira|montador|tecnico';
const CLOSE_PERSON = '(?:meu|minha) (?:prim[oa]|ti[oa]|cunhad[oa]|irmao|irma|sogr[oa]|compadre|comadre|vizinh[oa]|amig[oa]|colega|conhecid[oa])';
/** A stretch of one sentence: no stop, save a thousands point ("dei 1.800 pro meu vizinho"). */
const IN_SENTENCE = '(?:[^.!?;\\n]|\\.(?=\\d))';
/** Who a tradesperson is to the client, said after the trade ("o porteiro do meu prédio", "um pedreiro conhecido", "de confiança"). */
const KNOWN_BY = '(?:(?:do|da) (?:meu |minha |nosso |nossa )?(?:predio|condominio|bairro|rua|familia|igreja)|conhecid[oa]|amig[oa]|vizinh[oa]|de confianca)';
const DEALT_WITH_PERSON = new RegExp(
  `\\b(?:comprei|compramos|adquiri|aluguei|alugamos|alugou|aluguou|contratei|contratamos|paguei|pagamos|dei|demos)\\b${IN_SENTENCE}{0,50}?\\b(?:(?:de|pra|para|com|a) (?:um|uma) ${PRIVATE_PERSON}|(?:do|da|pro|pra|para o|para a|com o|com a|ao|a) ${CLOSE_PERSON})\\b` +
    `|\\b(?:contratei|contratamos) (?:um|uma) ${PRIVATE_PERSON}\\b` +
    `|\\b(?:um|uma|o|a|do|da|ao|pro|pra) (?:${PERSON_WORDS}) (?:de quem (?:eu )?(?:comprei|compramos|adquiri)|que (?:me|nos) vendeu|(?:que )?(?:tava|estava|ta|esta) vendendo)\\b` +
    // A good bought from "uma pessoa" ("comprei um iPhone de uma pessoa pelo Marketplace"): a person, not a shop (CDC art. 3).
    `|\\b(?:comprei|compramos|adquiri)\\b${IN_SENTENCE}{0,50}?\\bde (?:uma|outra) pessoa\\b(?! (?:que (?:vende|revende)|d[aoe] (?:loja|empresa))\\b)` +
    // A provider named by a trade and by who they are to the client ("o porteiro do meu prédio", "um pedreiro conhecido", "o eletricista
    // que faz bico"), with the job in the same sentence ("fez um serviço", "contratei"): a private person doing a job on the side.
    `|\\b(?:${TRADE_WORDS})\\b (?:${KNOWN_BY}|que (?:faz|fazia) (?:uns )?bicos?)\\b` +
    `${IN_SENTENCE}{0,60}?\\b(?:fez|fizesse|faz|fazia|fazer) (?:um|uns|uma|o|a) (?:servico|servicos|servicinho|bico|bicos|trabalho|conserto|reforma|pintura|instalacao|obra)\\b` +
    `|\\b(?:contratei|contratamos|chamei|chamamos|paguei|pagamos)\\b${IN_SENTENCE}{0,30}?\\b(?:um|uma|o|a) (?:${TRADE_WORDS}) ${KNOWN_BY}\\b`,
);

/** Words each match of DEALT_WITH_PERSON holds: most texts have none, and then its pattern is not run. */
const DEALT_WITH_PERSON_WORDS = /compr|adquir|vend|alug|contrat|pag|cham|fez|faz|\bde(?:i|mos)\b/;
/**
 * Real property in the deal ("comprei essa casa de um homem"): a sale or a lease of property whoever the owner is, with its deed and
 * registry (CC arts. 108 and 1.245) or the Lei do Inquilinato, not a private contract over a movable or a job.
 */
const REAL_PROPERTY = /\b(?:casa|casinha|terreno|lote|apartamento|apto|imovel|sitio|chacara|fazenda|sala comercial|kitnet|quitinete|barracao|galpao)\b/;

/** Real property (`REAL_PROPERTY`) or farmland told by its measure or its name ("nessa terra", "uns 30 hectares", "a roça"). */
const PROPERTY_OR_LAND = new RegExp(`${REAL_PROPERTY.source}|\\b(?:terras?|roca|gleba|hectares?|alqueires?)\\b`);
/** Who could claim a property: its owner, or the owner's heirs and family. */
const OWNER_SIDE = '(?:dono|donos|proprietari[oa]s?|herdeiros?|filhos dele|filhos dela|familia dele|familia dela|parentes dele|parentes dela)';
const CLAIM_VERB = '(?:apareceu|apareceram|veio|vieram|reclamou|reclamaram|procurou|procuraram|pediu|pediram|cobrou|cobraram)';
/**
 * No one ever claiming the property the client holds ("ninguém nunca apareceu pra reclamar", "nunca ninguém reclamou o imóvel", "os filhos
 * dele nunca vieram aqui", "o dono sumiu"): the possession without opposition that usucapião asks (CC arts. 1.238-1.242; posse mansa e
 * pacífica). Not "ninguém apareceu" alone (a technician or the police who never came). Run on normalized text.
 */
const UNCLAIMED = new RegExp(
  `\\b(?:ninguem (?:nunca|jamais)|nunca ninguem|jamais ninguem) (?:apareceu|veio|reclamou|procurou|pediu|cobrou)\\b` +
    `|\\b(?:ninguem|nenhum herdeiro|nenhum parente) (?:reclamou|reclamaram|(?:apareceu|veio) (?:pra|para) reclamar)\\b` +
    `|\\b${OWNER_SIDE}\\b[^.!?;\\n]{0,40}?\\b(?:nunca|jamais) (?:mais )?${CLAIM_VERB}\\b|\\b(?:dono|proprietari[oa]) (?:sumiu|desapareceu|abandonou)\\b`,
);

/**
 * The late owner's heirs or kin (`OWNERS_KIN`: the heirs, his children, nephews, family; or the cousins, the children of the client's
 * late uncle or aunt) saying the place is theirs or asking the occupant out, in one sentence ("os filhos dele querem que eu saia",
 * "apareceu uns primo dizendo que a casa é deles", "os filhos dela querem a casa de volta"): the title's claim against the one who
 * holds the place (reivindicatória, reintegração: CC art. 1.228; CPC arts. 554-568), answered by the usucapião, the deed compelled or
 * the comodatário's improvements (CC arts. 1.238, 1.418 and 1.219). Run on normalized text.
 */
const KIN_CLAIM = new RegExp(
  `\\b(?:${OWNERS_KIN}|prim[oa]s?)\\b(?:\\s+\\S+){0,8}?\\s+(?:${KIN_ASKS_LEAVE}|${KIN_SAYS_OWNS}` +
    `|(?:casa|terra|terreno|imovel|sitio|lote|roca|chacara) de volta\\b)`,
);
/**
 * The client among the heirs, or the late owner the client's own spouse or partner: the estate divided with co-heirs (CC arts. 1.784
 * and 2.013) or the survivor's right to stay in the home (CC art. 1.831; Lei 9.278/96 art. 7º), family cases, not a stranger's claim.
 */
const CLIENT_AN_HEIR = /\b(?:outr[oa]s herdeir[oa]s|demais herdeir[oa]s|co ?herdeir[oa]s|meus irmaos|minhas irmas|meu irmao|minha irma|(?:meu|minha|o meu|a minha) (?:marido|esposa|esposo|companheir[oa]|namorad[oa])|fomos casad[oa]s|vivi (?:\S+ ){0,3}anos com)\b/;

/**
 * The client sold something and the buyer stopped paying the price ("vendi a moto parcelada e ele parou de pagar"): the seller is a
 * creditor who collects the price or undoes the sale (CC arts. 475 and 481), a civil remedy; a default is not a fraud. Run on normalized text.
 */
const SALE_UNPAID =
  /\b(?:vendi|vendemos)\b[^.!?;\n]{0,120}?\b(?:parou de pagar|deixou de pagar|nao pagou|nunca pagou|nao pagou mais|nao me pagou|parou de me pagar|nao quitou|sem (?:me )?pagar)\b/;

/**
 * A cheque or a promissory note told as unpaid in one sentence ("os 3 cheques voltaram sem fundo", "a promissória venceu e nada", "me deu
 * 2 cheques que voltaram"): a credit title its holder executes, or collects by a monitória once it lapsed (Lei 7.357/85 arts. 47, 59 and
 * 61; CPC arts. 784 I and 700), however the client names the debtor. Not the client's own cheque a bank returned ("meu cheque voltou"),
 * nor the overdraft ("cheque especial"). Run on normalized text.
 */
const CREDIT_TITLE = /(?<!\bmeus? )\b(?:cheques?(?! especial)|(?:notas? )?promissorias?)\b/;
const TITLE_UNPAID =
  /\b(?:voltou|voltaram|sem fundos?|falta de fundos?|devolvid[oa]s?|sustou|sustaram|nao (?:foi |foram )?compensad[oa]s?|vencid[oa]s?|venceu|venceram|nao pagou|nunca pagou|nao quitou)\b/;

/**
 * The client's own purchase or contract ("comprei", "paguei", "fechei um pacote", "dei 8 mil de entrada") and, in the same
 * message, the supplier's judicial recovery or bankruptcy: a consumer creditor (CDC), not a business case. A business
 * bought (a franchise, shares, a trading point) is not a consumer's. Run on normalized text.
 */
const CLIENT_PURCHASE = /\b(?:comprei|compramos|paguei|pagamos|fechei|fechamos|contratei|contratamos|dei|demos|assinei)\b/;
const SUPPLIER_INSOLVENT = /\b(?:recuperacao judicial|falencia|faliu)\b/;
const BUSINESS_BOUGHT = /\b(?:franquia|cotas|quotas|acoes|ponto comercial|fundo de comercio)\b/;

/**
 * Another business told in the third person as a company with a CNPJ ("a loja é uma empresa de eletrônicos com CNPJ", "o site era de
 * uma empresa com cnpj", "é uma oficina grande, com cnpj", "a empresa tem loja e cnpj"): the client names the supplier's registration
 * to show it is a real business (CDC art. 3). Run on normalized text.
 */
const SUPPLIER_REGISTERED =
  /\b(?:e|eh|era|sao|eram|e de|era de) (?:uma|um) (?:empresa|loja|firma|site|comercio|distribuidora|revendedora|construtora|imobiliaria|financeira|operadora|oficina|clinica|academia|escola|agencia|transportadora)\b[^.!?;\n]{0,40}?\bcom (?:o )?cnpj\b|\b(?:a|o) (?:empresa|loja|firma|oficina|clinica|academia|escola|agencia|site) (?:tem|possui) [^.!?;\n]{0,20}?\bcnpj\b/;
/**
 * A company the client hired, or hired or bought from ("contratei uma empresa de reforma", "aluguei um salão de festas de uma empresa
 * de eventos", "fiz contrato com a empresa"), or a vehicle dealer the client bought from ("comprei um carro usado numa garagem de
 * seminovos", "compramos a moto na revenda"): a supplier by trade of what the client takes as its final recipient (CDC arts. 2 and 3),
 * so a used car's hidden defect, a tampered odometer or an auction history kept quiet is the dealer's (CDC arts. 18 and 26 §3º).
 * Run on normalized text.
 */
const DEALERS = 'garagem|revenda|revendedora|concessionaria|agencia|loja|multimarcas';
// Not "na garagem" (where a car is kept) but "numa garagem" or "na revenda".
const VEHICLE_DEALER =
  `(?:${DEALERS}) (?:de )?(?:carros?|veiculos|automoveis|motos|seminovos|usados)|(?:numa|em uma|duma) (?:${DEALERS})|(?:na|da) (?:revenda|revendedora|concessionaria|agencia|loja|multimarcas)`;
/** A word each of `SUPPLIER_CONTRACTED` and `SUPPLIER_REGISTERED` needs: a quick test before them. Run on normalized text. */
const SUPPLIER_NAMED = new RegExp(`empresa|firma|cnpj|${DEALERS}`);
const SUPPLIER_CONTRACTED = new RegExp(
  `\\b(?:contratei|contratamos|aluguei|alugamos|fechei|fechamos|comprei|compramos|adquiri|financiei|contrato com)\\b(?:[^.!?;\\n]|\\.(?=\\d)){0,50}?\\b(?:(?:uma|a) (?:empresa|firma)|${VEHICLE_DEALER})\\b` +
    // The dealer told as the one who sold ("a garagem me vendeu o carro batido"), or a vehicle dealer as the side that answers ("a revenda
    // diz que carro usado não tem garantia"); not a shop or an agency, as often the client's employer or the INSS's office.
    `|\\b(?:${DEALERS}) (?:que )?(?:me |nos )?vend(?:eu|eram)\\b` +
    `|\\b(?:a|o dono da|o vendedor da|o gerente da) (?:garagem|revenda|revendedora|concessionaria|multimarcas) (?:(?:me|nos) )?(?:disse|diz|falou|fala|alega|alegou|garantiu|escondeu|omitiu|nao quer|nao quis|se recusa|se recusou)\\b`,
);
/**
 * The supplier's registration (`SUPPLIER_REGISTERED`), or a business the other person has ("pagou com cheque da empresa dele, com
 * CNPJ", "ele tem uma marcenaria, com cnpj e tudo"): the bare "com cnpj" of `CLIENT_NOTES['client-company']` is not the client's own
 * company there. Run on normalized text.
 */
const SUPPLIER_WITH_CNPJ = new RegExp(
  `${SUPPLIER_REGISTERED.source}|\\b(?:empresa|loja|firma|comercio|conta) (?:dele|dela|deles|delas),? com (?:o )?cnpj\\b|\\b(?:ele|ela|eles|elas) (?:tem|tinha|possui|abriu) (?:uma|um) [^.!?;\\n]{0,40}?\\bcom (?:o )?cnpj\\b`,
);

/**
 * A tradesperson or a trade business hired for a job at the client's home ("contratei um eletricista pra refazer a fiação", "chamei um
 * pintor pra pintar a casa", "paguei uma marcenaria pra fazer os armários", "dei 2 mil pro marceneiro", "o serralheiro que eu contratei", "a firma de
 * reforma que a gente contratou", "fechei os móveis planejados"): who offers a service on the market by habit is a supplier and the
 * client who takes it for the home its final consumer (CDC arts. 2º and 3º §2º), so the job left unfinished, late or badly done, the
 * money kept and the fine charged on cancelling are the supplier's (CDC arts. 14, 20, 35 and 51 IV). Not the trade told with who the
 * person is to the client ("um pedreiro conhecido", "o eletricista do prédio": `DEALT_WITH_PERSON`, a private job), nor a trade's quote
 * for a repair ("o gesseiro orçou"), nor one called to look at a leak. The autonomous pedreiro's obra is left to the empreitada between
 * private persons (CC arts. 610-626). Run on normalized text.
 */
const HOME_TRADES =
  'eletricista|encanador|bombeiro hidraulico|pintor|marceneiro|serralheiro|gesseiro|azulejista|vidraceiro|jardineiro|paisagista|carpinteiro|telhadista|calheiro|dedetizador|piscineiro|montador de moveis';
const HOME_TRADE_SHOPS =
  'marcenaria|serralheria|vidracaria|marmoraria|gesseira|(?:empresa|firma) (?:de|que faz) (?:reformas?|jardinagem|paisagismo|pintura|dedetizacao|limpeza de piscinas?|piscinas?|gesso|moveis planejados|marcenaria|serralheria|esquadrias|energia solar|instalacao|instalacoes|impermeabilizacao|telhados?|calhas)';
/** Not the trade told with who the person is to the client ("um eletricista conhecido", "o pintor do prédio", "que faz bico"). */
const NOT_KNOWN = '(?!,? (?:conhecid|amig|vizinh|parente|d[oa] (?:meu |minha |nosso |nossa )?(?:predio|condominio|bairro|rua|familia|igreja)\\b|de confianca|que (?:faz|fazia) (?:uns )?bicos?))';
const TRADE_HIRED = new RegExp(
  `\\b(?:contratei|contratamos|paguei|pagamos|dei|demos|fechei com|fechamos com|encomendei|encomendamos)\\b(?:[^.!?;\\n]|\\.(?=\\d)){0,40}?` +
    `\\b(?:um|uma|o|a|pro|pra|ao|numa|na|com um|com uma|com o|com a)\\s(?:${HOME_TRADES}|${HOME_TRADE_SHOPS})\\b${NOT_KNOWN}` +
    // One called in for a job named ("chamei um pintor pra pintar a casa"); not one called to look at a leak ("chamei o encanador e ele disse").
    `|\\b(?:chamei|chamamos) (?:um|uma|o|a)\\s(?:${HOME_TRADES}|${HOME_TRADE_SHOPS})\\b${NOT_KNOWN} (?:pra|para) (?!ver\\b|olhar|avaliar|dar uma olhada|descobrir)` +
    `|\\b(?:o|a|esse|essa|do|da)\\s(?:${HOME_TRADES}|${HOME_TRADE_SHOPS})\\b (?:que (?:eu |nos |a gente )?(?:contratei|contratamos|paguei|pagamos)|que a gente (?:contratou|pagou))\\b` +
    // Made-to-measure furniture ordered ("fechei os móveis planejados", "comprei os planejados da cozinha"): a shop's product and its fitting.
    `|\\b(?:contratei|contratamos|fechei|fechamos|comprei|compramos|encomendei|encomendamos|fiz|fizemos|paguei|pagamos)\\b(?:[^.!?;\\n]|\\.(?=\\d)){0,20}?\\bmoveis planejados\\b`,
);
/** The other person told as owning a trade business ("ele tem uma marcenaria", "o cara tem uma serralheria"): a supplier by habit (CDC art. 3º). */
const TRADE_SHOP_OWNED = new RegExp(`\\b(?:ele|ela|o cara|o rapaz|o moco|o senhor|o homem) (?:tem|tinha|possui|e dono de|e dona de) (?:uma|um) (?:${HOME_TRADE_SHOPS})\\b`);

/**
 * The provider told as working on his own, without an establishment ("ele é autônomo", "trabalha sozinho", "não tem empresa", "não
 * tem cnpj"): the house reads his job as a contract between private persons (CC arts. 593-609; empreitada, arts. 610-626), so a
 * trade hired (`tradesman-hired`) gives way. Run on normalized text.
 */
const PROVIDER_INFORMAL =
  /\b(?:ele|ela|o cara|o rapaz) (?:e|era) (?:autonom[oa]|informal)\b|\b(?:ele|ela) (?:trabalha|trabalhava) (?:sozinh[oa]|por conta (?:propria)?|em casa)\b|\b(?:ele|ela) nao (?:tem|tinha|possui) (?:empresa|firma|loja|cnpj|oficina)\b/;

/** The works, by a verb or a noun ("estão construindo", "a escavação", "a construtora", "fazendo um prédio"). */
const WORKS_NAMED =
  '(?:constru(?:indo|iu|iram|cao)|construtora|obras?|escavac(?:ao|oes)|cav(?:ou|aram|ando)|escav(?:ou|aram|ando)|demoli(?:u|ram|ndo|cao)|aterr(?:ou|aram|o)|fundac(?:ao|oes)|estacas?)';
/** ...or told by a bare verb of making ("fazendo", "levantando"), which names works only before the place. */
const WORKS = `(?:${WORKS_NAMED}|fazendo|levantando)`;
/** The place next door ("no terreno ao lado", "o sobrado vizinho", "do lado de casa", "colado na minha casa"). */
const NEXT_DOOR =
  '(?:(?:no|na|do|da|um|uma|o|a) (?:terreno|lote|casa|imovel|predio|edificio|sobrado|galpao) (?:ao lado|do lado|vizinh[oa]|colad[oa])|(?:ao|do) lado (?:de casa|da (?:minha |nossa )?casa(?: (?:dela|dele|deles|delas|da minha mae|do meu pai|dos meus pais))?|do meu terreno|do meu lote)|colad[oa] (?:na|a|com a) (?:minha|nossa) casa)';
/**
 * The works undertaken, told by a noun after a verb of doing or starting ("fez uma reforma", "começou a obra", "está fazendo uma
 * escavação", "iniciaram uma construção", "fez um puxadinho"): how most clients tell the neighbour's works, the same works as the verbs of
 * `NEIGHBOUR_BUILDING` ("reformou", "escavou"), for which the neighbour answers under the law of neighbours (CC arts. 1.277, 1.299 and
 * 1.311 parágrafo único). Not the present "faz obras", often a trade. Run on normalized text.
 */
const WORKS_UNDERTAKEN =
  '(?:fez|fizeram|fazendo|comec(?:ou|aram)|inici(?:ou|aram)) (?:(?:uma|um|a|o|as|os|umas|uns) )?(?:reforma|obras?|escavac(?:ao|oes)|construc(?:ao|oes)|demolicao|ampliacao|puxadinho)';
/**
 * The neighbour told as the one building, in one sentence ("o vizinho do lado contratou uma construtora pra levantar um sobrado", "a
 * vizinha está reformando e cavou junto do meu muro", "o vizinho fez uma reforma na casa dele": `WORKS_UNDERTAKEN`), or the works told
 * by the lot next door they stand on ("estão construindo um prédio no terreno ao lado", "fizeram uma escavação no lote do lado",
 * "começaram a obra na casa do lado"): the works next door (`NEIGHBOUR_WORKS`), also with the place first ("do lado da casa dela estão construindo um prédio"; a bare "fazendo" after the place is
 * anything done there). Run on normalized text.
 */
const NEIGHBOUR_BUILDING = new RegExp(
  `\\bvizinh[oa]s?\\b[^.!?;\\n]{0,50}?\\b(?:constru(?:indo|iu|iram|ir)|reform(?:ando|ou|aram)|cav(?:ou|aram)|escav(?:ou|aram|ando)|demoli(?:u|ram)|levant(?:ar|ando|ou|aram) (?:um|uma|o|a) (?:sobrado|predio|casa|andar|laje|galpao)|contrat(?:ou|aram) (?:uma|a) construtora|${WORKS_UNDERTAKEN})\\b` +
    `|\\b${WORKS}\\b[^.!?;\\n]{0,50}?\\b${NEXT_DOOR}\\b|\\b${NEXT_DOOR}\\b[^.!?;\\n]{0,30}?\\b${WORKS_NAMED}\\b`,
);

/**
 * A neighbour's animals, and their straying into or harm to the client's land, in one sentence ("o gado dele passa pro meu sítio e comeu
 * o milho", "as cabras do vizinho vivem entrando no meu terreno", "os cachorros dele atravessam a cerca e destroem a horta"): the keeper
 * answers for the harm (CC art. 936), a civil claim. Run on normalized text.
 */
const ANIMALS =
  '(?:gado|bois?|vacas?|bezerros?|cabras?|bodes?|ovelhas?|carneiros?|porcos?|galinhas?|patos?|cavalos?|eguas?|burros?|jumentos?|cachorros?|caes|cachorras?|cadelas?|animais|bichos|criacao)';
const NEIGHBOURS = '(?:dele|dela|deles|delas|do vizinho|da vizinha|dos vizinhos|do meu vizinho|da minha vizinha|do sitio vizinho|da fazenda vizinha|da chacara vizinha)';
const STRAY_OR_HARM =
  '(?:entr(?:a|am|ou|aram|ando)|invad(?:e|em|iu|iram|indo)|atravess(?:a|am|ou|aram)|pass(?:a|am|ou|aram) (?:pro|pra|para o|para a)|pul(?:a|am|ou|aram)|com(?:e|em|eu|eram|endo)|pisote(?:ou|aram|ando|iam)|pisoteia|destr(?:oi|oem|uiu|uiram|uindo)|estrag(?:a|am|ou|aram)|arranc(?:a|am|ou|aram))';
const NEIGHBOUR_ANIMALS_HARM = new RegExp(`\\b${ANIMALS}\\b (?:\\w+ ){0,4}?${NEIGHBOURS}\\b[^.!?;\\n]{0,80}?\\b${STRAY_OR_HARM}\\b`);

/**
 * A fire, a flood or a ruin that came from another's building or land onto the client or the client's home, in one sentence: the fire
 * that spread from the house next door, the factory or the workshop ("o fogo passou pro meu telhado", "o incêndio se espalhou pras casas
 * do lado"), the neighbour's dam or water tank that burst, the retaining wall, the slab, the marquee, the tree or the slope cut by a
 * builder that fell ("o muro de arrimo do terreno de cima desmoronou", "a marquise de uma loja caiu em cima de mim"). Its owner answers
 * for the harm (CC arts. 186, 927, 937 and 938; the neighbour's abnormal use, arts. 1.277 and 1.280), a civil claim: the Defesa Civil,
 * the fire brigade and the permit the place lacked only report it (`neighbour-hazard`, `ROUTE_RULES`). Run on normalized text.
 */
const HAZARD_EVENT = new RegExp(
  // Not the fire that did not reach ("graças a deus não chegou na minha").
  '\\b(?:fogo|incendio|chamas)\\b[^.!?;\\n]{0,60}?(?<!\\bnao )\\b(?:passou|passaram|(?:se )?alastrou|(?:se )?espalhou|atingiu|atingiram|queimou|queimaram|' +
    'entrou|entraram|invadiu|invadiram|chegou|chegaram|atravessou|atravessaram)\\b' +
    '|\\bpegou fogo\\b[^.!?;\\n]{0,40}?(?<!\\bnao )\\b(?:queimou|atingiu|passou|(?:se )?alastrou|(?:se )?espalhou|entrou|invadiu|chegou)\\b' +
    // An explosion (gas, a cylinder, a compressor) told by what it broke on the client's side ("explodiu um botijão na lanchonete da
    // frente e quebrou as vidraças", "uma explosão na padaria vizinha e a parede da minha casa rachou"): the owner of the place it came
    // from answers for it (CC arts. 927 sole paragraph, 937 and 1.277), whoever's the appliance.
    '|\\b(?:explosao|explodiu|explodiram)\\b[^.!?;\\n]{0,80}?(?<!\\bnao )\\b(?:quebrou|quebraram|estourou|estouraram|rachou|racharam|destruiu|destruiram|' +
    'derrubou|derrubaram|atingiu|atingiram|danificou|danificaram|arrebentou|arrancou)\\b' +
    "|\\b(?:muro|muros|parede|paredes|marquise|fachada|laje|telhado|sobrado|predio|galpao|barranco|encosta|morro|talude|arvore|caixa d'?agua|represa|barragem|acude|" +
    // The sign, the board, the aerial and the branch hung on another's building or tree that fell (CC art. 938: the dweller answers
    // for what falls from the building; art. 937 for its ruin).
    'placa|letreiro|painel|outdoor|antena|galho|galhos)\\b' +
    '[^.!?;\\n]{0,60}?\\b(?:desabou|desabaram|desmoronou|desmoronaram|caiu|cairam|despencou|ruiu|cedeu|rompeu|estourou|arrebentou|arrombou|deslizou|desceu)\\b' +
    // Whatever fell from the neighbour's lot or building, told by where it landed: the client's car, house, wall or yard ("o pé de
    // manga do terreno do lado caiu em cima do meu muro", "o coqueiro da vizinha tombou na minha moto"): the owner of the thing and of
    // the lot answers for its fall (CC arts. 937, 938 and 1.277-1.280). Only the client's own home, vehicle or things, not "caiu na
    // minha conta".
    '|\\b(?:caiu|cairam|despencou|despencaram|desabou|desabaram|desmoronou|tombou|tombaram)\\b (?:em cima|por cima|sobre|no|na|nos|nas)(?: d[oa]s?)? (?:o |a )?' +
    '(?:meu|minha|meus|minhas) (?:carro|carros|moto|veiculo|caminhao|caminhonete|bicicleta|casa|casinha|muro|telhado|telhas|portao|quintal|garagem|cerca|' +
    'varanda|janela|parede|laje|cozinha|quarto|sala|banheiro|galinheiro|chiqueiro|curral|horta|plantacao|roca|jardim|piscina|calcada|loja|comercio|barraca)\\b' +
    // A water tank or reservoir of another's building that overflowed or leaked onto the client's (CC arts. 937, 1.277 and 1.280).
    "|\\b(?:caixa d'?agua|caixas d'?agua|reservatorio|reservatorios|cisterna)\\b[^.!?;\\n]{0,60}?\\b(?:vazou|vazaram|transbordou|transbordaram|alagou|alagaram|inundou)\\b",
);
/** Whose the place was: a neighbour's, the lot next door or above, a business or a builder of the street. */
const HAZARD_SOURCE =
  /\b(?:vizinh[oa]s?|(?:ao|do) lado|de cima|da frente|em frente|embaixo|encostad[oa]|colad[oa]|fabrica|deposito|galpao|barracao|oficina|serraria|serralheria|borracharia|posto|padaria|lanchonete|restaurante|empresa|construtora|loja|loteamento|fazendeiro)\b/;

/**
 * The unit above and water damage told in one message ("o vizinho de cima ... meu teto tá todo mofado por causa da água dele", "desde
 * que o apartamento de cima reformou o banheiro, pinga no meu forro"): the neighbour's leak (`NEIGHBOUR_LEAK`), however the water is
 * named. Run on normalized text.
 */
const UNIT_ABOVE = /\b(?:vizinh[oa]s? de cima|apartamento de cima|apto de cima|ap de cima|unidade de cima|andar de cima|apartamento acima|unidade acima)\b/;
/**
 * The water told as coming from another unit named by its floor ("a água do apartamento do segundo andar escorre pro meu banheiro", "a
 * infiltração que vem do apto do 4º andar"): the same neighbour's leak from a private unit (CC arts. 1.277, 1.331 §1º and 927), not the
 * client's own flat ("do meu apartamento do segundo andar" has the owner between).
 */
const FLOOR_UNIT_WATER =
  /\b(?:agua|vazamento|infiltracao|umidade|goteira)\b(?: \S+){0,3}? d[oa] (?:apartamento|apto|ap|ape|unidade) d[oa] (?:\d+\S*|primeiro|segundo|terceiro|quarto|quinto|sexto|setimo|oitavo|nono|decimo|ultimo) andar\b/;
/**
 * The water's source told as the neighbour's own next door (a house, not a unit above: "a caixa d'água do vizinho vaza", "a água do
 * telhado dele cai no meu quintal", "o vizinho do lado fez uma laje e a água escorre pra minha casa"): the same neighbour's leak, the
 * owner answering for the water his building or works send onto the client's (CC arts. 1.277, 1.289, 1.300 and 927). Read where a
 * neighbour is named.
 */
const NEIGHBOUR_WATER_SOURCE = /\b(?:caixa d'?agua|telhado|calha|laje|piscina|cano|encanamento)\b(?: \S+){0,2}? (?:do vizinho|da vizinha|dele|dela)\b|\bvizinh[oa] do lado\b/;
const WATER_DAMAGE = /\b(?:vaza\w*|infiltra\w*|goteira\w*|pinga\w*|mofo|mofad[oa]s?|umidade|agua)\b/;

/**
 * Hiring and its temporary or outsourced kind in one sentence ("a prefeitura contratou umas 10 enfermeiras temporárias"): told by
 * an approved candidate, the precarious hiring for the post while the exam is valid that passes them over (STF RE 837.311, Tema 784).
 */
const HIRED_WORDS = /\b(?:contrat(?:ou|aram|ando|ados|adas|acoes)|chamaram|chamou)\b/;
/** The client told as the one hired ("fui contratada temporária", "trabalhei como temporário"): no candidate passed over. */
const SELF_HIRED = /\b(?:fui|fomos|sou|somos|estou|trabalhei|trabalho|trabalhava)\b/;
const TEMPORARY_WORDS = /\b(?:temporari[oa]s?|terceirizad[oa]s?)\b/;

/**
 * A social-security benefit already asked for and refused, within one sentence ("o INSS negou minha pensão", "a aposentadoria foi
 * indeferida", "recebi a carta de indeferimento do auxílio"): the request is made, and what runs is the appeal to the Junta de
 * Recursos (30 days, Decreto 3.048/99 art. 305 §1º) or the suit. The carência refused is a benefit's ("o INSS negou dizendo que não
 * tenho carência", Lei 8.213/91 art. 25). Run on normalized text.
 */
const BENEFIT_WORDS = /\b(?:pensao|aposentadoria|beneficio|auxilio|bpc|loas|salario[- ]maternidade|carencia)\b/;
const REFUSAL_WORDS = /\b(?:negou|negaram|negad[oa]|indeferiu|indeferiram|indeferid[oa]|indeferimento|recusou|recusaram)\b/;

/**
 * A pension cut, suspended or ceased, told with no one named or in the passive ("cortaram a pensão que eu recebia", "a pensão do meu
 * filho foi cortada", "recebe a pensão há 20 anos e agora suspenderam"): a benefit stopped by the body that pays it, whose review
 * suspends only after notice and a defence (Lei 8.212/91 art. 69; for the BPC, Lei 8.742/93 art. 21). Child support is not cut by a
 * body: a parent stops paying it ("o pai cortou a pensão", "parou de pagar"), the singular this leaves out, and a court reduces it
 * (CC art. 1.699: "na audiência a pensão foi cortada pela metade"), the court told in the same sentence. Run on normalized text.
 */
const CUT_BY_PAYER = '(?:cortaram|suspenderam|cessaram|cancelaram|bloquearam)';
const PENSION_CUT = new RegExp(
  `\\b${CUT_BY_PAYER}\\b[^.!?;\\n]{0,20}?\\bpensao\\b` +
    `|\\bpensao\\b(?! alimenticia)[^.!?;\\n]{0,60}?\\b(?:${CUT_BY_PAYER}|(?:foi|foram|ta|esta|ficou|estava) (?:cortad|suspens|cessad|bloquead|cancelad)[oa]s?|cessad[oa]s?)\\b`,
);
const COURT_WORDS = /\b(?:juiz|juiza|justica|audiencia|sentenca|acordo|revisional)\b/;
/** `PENSION_CUT` in a sentence that names no court. */
function pensionCutByPayer(normalized: string): boolean {
  return PENSION_CUT.test(normalized) && sentencesOf(normalized).some((sentence) => PENSION_CUT.test(sentence) && !COURT_WORDS.test(sentence));
}
/**
 * The Receita named bare with its act in one sentence ("a receita me mandou uma multa de 18 mil", "caí na malha e a receita me intimou"):
 * the federal tax authority assessing or charging, reviewed in the tax proceeding (CTN art. 142; Decreto 70.235/72 arts. 9º and 15); not
 * a doctor's prescription ("receita médica"). Run on normalized text.
 */
const RECEITA = /\breceita\b(?! (?:medica|do medico|de remedio|controlada|azul))/;
const TAX_ACT = /\b(?:mult(?:a|as|ou|aram)|autu(?:ou|aram|acao)|auto de infracao|intim(?:acao|ou|aram)|cobr(?:anca|ando|ou|aram)|lancamento|imposto|declaracao)\b/;
/**
 * A fine told with the state of the lot, the pavement or the works it punishes, in one sentence ("recebi uma multa da prefeitura porque
 * meu lote tá com mato alto", "multa por calçada quebrada", "me multaram por construir sem alvará"): the city's police power over
 * land use and works (CF art. 30 I and VIII; CTN art. 78), a sanction and no tax (CTN art. 3º), even when collected with the IPTU.
 * Run on normalized text.
 */
const FINED = /\bmult(?:a|as|ad[oa]s?|ou|aram)\b/;
const LAND_USE_MATTER = /\b(?:mato|limpeza d[oa] (?:terreno|lote|quintal)|terreno sujo|lote sujo|entulho|calcada|sem alvara)\b/;
/**
 * A death and a pension in one sentence ("o pai do meu filho faleceu, como faço pra pedir a pensão pro menino?"): a dead person owes no
 * support; the pension the family asks is the INSS's to the insured's dependants (Lei 8.213/91 arts. 16 and 74). Not the support fixed
 * before ("pensão alimentícia"). Run on normalized text.
 */
const PENSION = /\bpensao\b(?! alimenticia)/;

/**
 * A block or a seizure and a salary or a benefit in one sentence ("o juiz bloqueou tudo da minha conta, até o salário", "o bloqueio
 * pegou 4.300 da conta onde cai meu salário"), not a card or an access blocked, nor a block only threatened ("vai ser bloqueado"): income held, which is unseizable save for support and above 50 minimum wages (CPC
 * art. 833 IV and §2º) and released on a petition within 5 days (art. 854 §3º I). Run on normalized text.
 */
const BLOCK_WORDS =
  /(?<!\b(?:nao|nunca|nem|vai|vao|pode|podem|possa|iria|ira|vai ser|vao ser|pode ser|podem ser|possa ser) )\b(?:bloque(?:ou|aram|io|ado|ada|ados|adas)|penhor(?:a|ou|aram|ado|ada))\b(?! (?:(?:d?[oa]|meu|minha|seu|sua) )*(?:cartao|cartoes|acesso|celular|chip|aplicativo|app|perfil|login|senha)\b)/;
const INCOME_WORDS = /\b(?:salario|salarios|beneficio|aposentadoria|vencimentos|proventos)\b/;
/** A deceased's account frozen by the bank until the inventory (`ESTATE_WORDS`): the estate's course, not income seized. */
const ESTATE = new RegExp(`\\b(?:${ESTATE_WORDS.join('|')})\\b`);

/**
 * The income tax and a serious illness of the law's list in one message ("tenho câncer e continuam descontando imposto de renda da
 * aposentadoria", "teve câncer em 2021. Disseram que ele não precisava pagar imposto de renda"): the retiree's or pensioner's
 * exemption (Lei 7.713/88 art. 6º XIV; Súmula 627 do STJ), asked of the paying source and the Receita with the refund of what was
 * withheld (CTN arts. 165 and 168): the tax is contested, the benefit only bears it. The tax is also "o leão", the Receita's nickname.
 * Run on normalized text.
 */
const INCOME_TAX = new RegExp(`\\b(?:imposto de renda|irpf|irrf|leao|${IR_WITHHELD.join('|')})\\b`);
/**
 * The illnesses of the law's list, and how clients name them: by the treatment (chemotherapy for a neoplasia, dialysis for a kidney
 * failure, a nefropatia grave), one eye lost (the monocular blindness is cegueira too, as the STJ reads the list), a dementia (alienação mental).
 */
const EXEMPTING_ILLNESS =
  /\b(?:cancer|neoplasia|tumor|quimioterapia|radioterapia|leucemia|linfoma|tuberculose|alienacao mental|alzheimer|demencia|esclerose multipla|cegueira|ceg[oa] de um olho|visao monocular|visao de um olho|hanseniase|paralisia|cardiopatia|parkinson|espondiloartrose|nefropatia|insuficiencia renal|hemodialise|hepatopatia|doenca de paget|aids|hiv|soropositiv[oa]|fibrose cistica|doenca grave|molestia grave)\b/;

/**
 * The IPVA charged, protested or enrolled in one sentence ("estão me cobrando IPVA de um carro que vendi", "o estado protestou meu nome por
 * IPVA atrasado"): only the State's Fazenda charges it (CTN arts. 119 and 201), so the tax authority is the other side. Not the client's
 * wish to charge the buyer for it ("quero cobrar dele o IPVA"). Run on normalized text.
 */
const IPVA = /\bipva\b/;
const CHARGED_BY_STATE = /\b(?:cobrando|cobranca|cobrou|cobraram|cobram|protest(?:o|ou|aram|ado|ada)|divida ativa|execucao fiscal)\b/;

/**
 * A tax paid twice or beyond what was due, within one sentence ("paguei o IPTU deste ano em duplicidade", "o ISS foi recolhido duas
 * vezes", "paguei IPVA a maior"): its refund is the taxpayer's right against the tax authority that received it (repetição do
 * indébito, CTN arts. 165 and 168), a tax case whichever public body collected it. Run on normalized text.
 */
const TAX_WORDS = /\b(?:iptu|ipva|itr|iss|itbi|itcmd|icms|imposto|impostos|tributo|tributos|taxa de lixo|contribuicao de melhoria)\b/;
const PAID_TWICE = /\b(?:em duplicidade|pago duas vezes|paga duas vezes|paguei duas vezes|pagamos duas vezes|pagou duas vezes|recolhid[oa]s? duas vezes|pago a maior|paga a maior|paguei a maior|pagou a maior|recolhid[oa]s? a maior|pago em dobro|paguei em dobro|pago indevidamente|paguei indevidamente|recolhid[oa]s? indevidamente)\b/;

/**
 * A vehicle the client sold and, in one message, the traffic fines or points still arriving in the client's name, the vehicle still in it,
 * or the buyer who never put it in his ("vendi meu carro pra um cara e agora tá chegando multa do Detran no meu nome", "vendi minha moto e
 * ele nunca passou pro nome dele", "o carro que eu vendi continua no meu nome"), or the licence those points suspend ("vendi o carro e
 * agora querem suspender minha carteira"): the buyer never transferred it, and the seller, jointly
 * liable for the fines until the sale is communicated (CTB art. 134), asks the buyer in a civil claim to transfer it and answer for what
 * came after. Not the IPVA alone: the former owner owes none after the sale (Súmula 585 do STJ), a defence against the tax authority.
 * Run on normalized text.
 */
const VEHICLES = 'carro|moto|motocicleta|veiculo|caminhao|caminhonete|van|utilitario';
const VEHICLE_SOLD = new RegExp(
  `\\b(?:vendi|vendemos)\\b[^.!?;\\n]{0,60}?\\b(?:${VEHICLES})\\b|\\b(?:${VEHICLES}) que (?:eu )?(?:vendi|vendemos)\\b` +
    // The buyer named as the one who bought the client's vehicle ("o comprador da minha moto", "o cara que comprou meu carro").
    `|\\b(?:comprador|compradora) d[oa] (?:meu|minha) (?:${VEHICLES})\\b|\\bque comprou (?:o |a )?(?:meu|minha) (?:${VEHICLES})\\b`,
);
const CHARGED_TO_SELLER =
  /\b(?:multas?|infrac(?:ao|oes)|pontos)\b[^.!?;\n]{0,40}?\b(?:(?:no|em) meu nome|(?:pra|para) mim)\b|\bpontos na (?:minha )?(?:carteira|cnh)\b|\b(?:continua|segue|consta|ainda (?:esta|ta|consta)) (?:no|em) meu nome\b|\b(?:esta|ta) (?:no|em) meu nome (?:ainda|ate hoje)\b|\b(?:nunca|nao) (?:passou|transferiu)\b[^.!?;\n]{0,20}?\b(?:pro|para o|no) nome\b|\b(?:suspender|suspensao d[ae]|cassar|cassacao d[ae]|bloquear|bloqueio d[ae]) (?:minha |a )?(?:carteira|cnh|habilitacao)\b/;

/**
 * A subdivision and its irregularity in one sentence ("comprei um lote num loteamento que é clandestino", "a prefeitura nunca aprovou o
 * loteamento", "o loteamento nem foi registrado", "o parcelamento é irregular"): the lots of a subdivision neither approved by the city nor
 * registered cannot be sold nor their sale registered (Lei 6.766/79 arts. 12, 18 and 37), and the buyer's remedies are against the
 * developer (arts. 38, 40 and 47). Not "parcelamento" alone, a debt's instalments. Run on normalized text.
 */
const SUBDIVISION = /\b(?:loteamentos?|loteador(?:a|es|as)?|parcelamento (?:do solo|irregular|clandestino|e irregular|e clandestino))\b/;
const UNAPPROVED =
  /\b(?:irregular(?:es)?|clandestin[oa]s?|sem (?:registro|aprovacao|matricula)|(?:nao|nem|nunca) (?:foi |e |esta |tem |teve )?(?:registrad[oa]|aprovad[oa]|aprovou|registro|aprovacao|matricula))\b/;

/**
 * The caption of a criminal action against the client ("Ministério Público do Estado do Paraná contra mim", "Justiça Pública contra
 * mim"): the prosecutor brings the public criminal action (CF art. 129 I; CPP arts. 24 and 41), so the client is the accused. Not a
 * civil action of the Ministério Público (improbidade, Lei 8.429; ação civil pública, Lei 7.347), named in the same message.
 */
const PROSECUTOR_AGAINST_CLIENT = /\b(?:ministerio publico|promotoria|promotor de justica|justica publica)\b[^.!?;\n]{0,50}?\bcontra mim\b/;
const PROSECUTOR_CIVIL_ACTION = /\b(?:improbidade|acao civil publica|inquerito civil|ambiental)\b/;

/**
 * A wrong at work taken to the employer's human resources ("reclamei duas vezes no RH", "ela contou pra RH"): the employer told of it,
 * whose answer, or silence, is its own act (`hr-told`). Run on normalized text.
 */
const HR_TOLD = /\b(?:reclam\w*|falei|falou|falamos|contei|contou|contamos|denunciei|denunciou|denunciamos|avisei|avisou|avisamos|comuniquei|comunicou|relatei|relatou|levei|levou|levamos)\b[^.!?;\n]{0,30}?\b(?:rh|recursos humanos)\b/;

/**
 * A home given with the job, not rented: no rent paid because the client worked for the owner, or the house told as part of the pay
 * ("não pagava aluguel porque eu cuidava do sítio", "a casa era parte do pagamento"). The occupation follows the employment (Lei 8.245
 * art. 47 II), and housing is no part of a domestic worker's wage (LC 150/2015 art. 18; CLT art. 458 §2): the claim is a labour one.
 */
const RENT_FOR_WORK =
  /\b(?:nao|nunca|sem) (?:pagava|pagavamos|paguei|pagamos|pagar) (?:o )?aluguel\b[^.!?;\n]{0,30}?\b(?:porque|pois|em troca|ja que)\b[^.!?;\n]{0,25}?\b(?:cuidava|cuidavamos|trabalhava|trabalhavamos|tomava conta|tomavamos conta|tratava|limpava)\b/;
const HOUSE_AS_PAY = /\b(?:casa|casinha|moradia)\b[^.!?;\n]{0,25}?\b(?:era|e|fazia|faz|seria) parte d[oa] (?:pagamento|salario|minha paga)\b|\b(?:morava|moravamos|morei|moro) (?:la )?em troca d[oe] (?:meu |nosso )?(?:trabalho|servico)\b/;

/**
 * Someone told as working for another, in a trade or at a place ("trabalho de pedreiro pra um empreiteiro", "trabalhava numa
 * serralheria", "ele trabalhava de servente"): the work a work accident happens in (Lei 8.213 art. 19). Not "sem trabalhar" nor
 * "voltar a trabalhar": the infinitive tells the time lost, not a job. Run on normalized text.
 */
const WORKED_FOR = /\b(?:trabalho|trabalhava|trabalhei|trabalha|trabalhamos|trabalhavamos|trabalhavam)\b (?:de|como|pra|para|numa|num|na|no|em)\b/;
/**
 * An injury of the kind work brings, in the same message: a fall from height (the scaffold, the slab, the roof: NR-35), a machine or a
 * saw that cut or crushed (NR-12), a limb lost. Run on normalized text.
 */
const HURT_AT_WORK = new RegExp(
  '\\b(?:cai|caiu|caimos|cairam|queda)\\b (?:de cima )?(?:do|da|de) (?:andaime|laje|telhado|escada|plataforma|altura|(?:primeiro|segundo|terceiro|quarto|quinto|sexto|setimo|oitavo|\\d+o?) andar)\\b' +
    '|\\b(?:maquina|serra|prensa|esmeril|betoneira|guindaste|empilhadeira|moenda|cortadeira|guilhotina)\\b[^.!?;\\n]{0,50}?\\b(?:cortou|cortaram|prensou|esmagou|puxou|pegou|amputou|decepou|arrancou)\\b' +
    '|\\b(?:amputad[oa]s?|amputacao|decepad[oa]s?)\\b',
);

/**
 * The worker's pay docked, or the worker charged, by the employer ("descontaram da minha rescisão", "a gerente desconta do meu salário",
 * "o patrão quer cobrar"), and a damage to the company's things, a till short or the work's own gear in the same sentence
 * (`WORK_DAMAGE`; not a contract's breach nor moral damages, a consumer's words): the deduction CLT art. 462 §1º allows only for the
 * worker's intent, or a fault the contract provides for. Run on normalized text.
 */
const DOCK = '(?:descont\\w*|cobr(?:a|am|ou|aram|ando|ar)|tir(?:a|am|ou|aram|ando|ar))';
const CHARGED_TO_WORKER = new RegExp(
  `\\b${DOCK}\\b[^.!?;\\n]{0,40}?\\b(?:salario|pagamento|holerite|contracheque|rescisao|acerto|ferias)\\b` +
    `|\\b(?:salario|pagamento|holerite|contracheque|rescisao|acerto|patrao|patroa|empregador|gerente|supervisor|encarregado|chefe)\\b[^.!?;\\n]{0,40}?\\b${DOCK}\\b`,
);
const WORK_DAMAGE =
  /\b(?:avaria\w*|quebr\w*(?! d[eo] contrato)|estrag\w*|danific\w*|danos?(?! mora)|franquia|conserto|batida|bateu|uniformes?|ferramentas?|equipamentos?|epi|diferenca de caixa|quebra de caixa)\b|\bcaixa (?:\w+ ){0,3}?falt\w*|\bfalt\w+ (?:\w+ ){0,3}?(?:no|do|o) caixa\b/;

/**
 * Work like slavery (CP art. 149; the labour inspection's indicators), told by the worker, a relative or a neighbour: work for someone
 * (`HELD_AT_WORK`) and two of its marks in one message (`FORCED_LABOUR_MARKS`): the documents kept, a debt for the food, the lodging or
 * the fare to pay before leaving, no way to leave, an armed watch. One mark alone is an ordinary labour complaint (wages owed, the card
 * kept), and none of them a job likened to slavery ("isso é trabalho escravo"). Run on normalized text.
 */
const HELD_AT_WORK =
  /\b(?:trabalh\w*|patrao|patroa|empregador|fazend\w*|carvoaria|oficina|colheita|lavoura|roca|garimpo|empreit\w*|gato|encarregado|capataz|costur\w*|alojamento)\b/;
const FORCED_LABOUR_MARKS: readonly RegExp[] = [
  // The documents kept by whoever hired.
  /\b(?:pegou|pegaram|ficou com|ficaram com|tomou|tomaram|reteve|retiveram|recolheu|recolheram|guardou|guardaram|segura|seguram)\b (?:\w+ ){0,4}?(?:documentos?|identidades?|carteiras? de trabalho|rg|passaportes?|ctps)\b/,
  // A debt to the one they work for, or for what they eat, sleep in and came by; or a leave, or the documents, only once it is paid.
  new RegExp(
    '\\b(?:divida|devendo|devo|deve|devemos|devem|devia|deviam)\\b[^.!?;\\n]{0,60}?\\b(?:armazem|cantina|mercadinho|barracao|patrao|fazendeiro|dono|gato|empreiteiro|encarregado|passagem|transporte|alojamento|comida)\\b' +
      '|\\b(?:armazem|cantina|mercadinho|barracao|comida|alojamento|passagem)\\b[^.!?;\\n]{0,60}?\\b(?:divida|devendo|deve|devem)\\b' +
      // Only once it is paid ("só deixa sair quando pagar", "não devolve os documentos sem quitar"), not a wish and a claim side by side
      // ("quero voltar a trabalhar ou que me paguem"): the marks add up across messages, so each must be the mark itself.
      '|\\b(?:sai|saia|sair|ir embora|voltar|fugir|devolve|devolver)\\b[^.!?;\\n]{0,30}?\\b(?:quando|depois que|ate|sem|enquanto nao) (?:\\w+ ){0,2}?(?:pagar|pagarem|pague|paguem|quitar)\\b',
  ),
  // No way to leave: kept from it, or locked in.
  /\b(?:nao|ninguem|nunca)\b (?:\w+ ){0,3}?(?:deixa|deixam|deixava|deixavam|deixou|pode|podem|podia|consegue|conseguem|conseguia|tem como|tinha como)\b (?:\w+ ){0,2}?(?:sair|ir embora|irem embora|voltar|fugir)\b|\bninguem (?:sai|saia|saiu|saem)\b|\b(?:sair|ir embora|voltar|fugir)\b[^.!?;\n]{0,30}?\be (?:(?:o|a) (?:patrao|patroa|dono|gato|encarregado) )?(?:nao|ninguem) (?:deixa|deixam|deixou|deixaram)\b|\b(?:porta|portao)\b[^.!?;\n]{0,30}?\b(?:trancad[oa]|cadeado)\b/,
  // An armed watch.
  /\b(?:homem|homens|capangas?|vigias?|segurancas?|pistoleiros?|jagunc\w*|encarregado|gato|patrao|capataz)\b[^.!?;\n]{0,30}?\b(?:armad[oa]s?|espingarda|revolver|arma)\b/,
];

/**
 * A road vehicle that killed the client's relative, told with the vehicle as the subject ("um caminhão de uma distribuidora matou
 * meu pai", "o ônibus avançou o sinal e matou minha esposa"): the death in a collision whose reparation the family asks of the driver
 * and of the vehicle's owner (CC arts. 932 III and 948; Súmula 341 do STF), as "foi morto por um caminhão" already is. Not "quase
 * matou", and a vehicle at most 60 characters before the verb, in the same sentence. Run on normalized text.
 */
const VEHICLE_KILLED_RELATIVE =
  /\b(?:caminhao|carro|onibus|carreta|moto|motocicleta|veiculo|van|caminhonete|trem)\b[^.!?;\n]{0,60}?(?<!\bquase )\b(?:matou|mataram)\b (?:o |a )?(?:meu|minha|meus|minhas|nosso|nossa)\b/;

/**
 * A relative of the client held in prison, in the client's words ("meu marido tá preso", "meu companheiro foi preso em julho", "está
 * recolhido na penitenciária"), or someone held told as whose family the client is ("pro filho de quem está preso"). Run on normalized text.
 */
const RELATIVE_HELD = new RegExp(
  '\\b(?:meu|minha) (?:marido|esposo|companheiro|namorado|filho|pai|irmao|mulher|esposa|companheira|namorada|filha|mae|irma)\\b[^.!?;\\n]{0,40}?' +
    '\\b(?:pres[oa]|recolhid[oa]|detid[oa]|encarcerad[oa]|reclus[oa]|cumprindo pena)\\b' +
    '|\\bde quem (?:esta|ta|foi|estiver|for) (?:pres[oa]|recolhid[oa]|detid[oa])\\b|\\bpresidiari[oa]\\b',
);
/**
 * A benefit asked, in the same message: the "auxílio" (not help from someone, "com o auxílio de"; nor its absence, "sem auxílio"), a
 * benefit "pra família" or "pros filhos", or a right to one. With `RELATIVE_HELD`, the family's auxílio-reclusão (Lei 8.213 art. 80).
 * Run on normalized text.
 */
const FAMILY_BENEFIT = new RegExp(
  '(?<!\\b(?:sem|com|com o|nenhum) )\\bauxilio\\b(?! (?:d[aeo]s?|nenhum)\\b)' +
    '|\\bbeneficio\\b[^.!?;\\n]{0,30}?\\b(?:pra|para|pro|pros|pras|aos|as) (?:a |o |os |as )?(?:familia|esposa|mulher|companheira|filhos?|filhas?|criancas|dependentes|gente)\\b' +
    '|\\bdireito (?:a|ao|de receber) (?:um |algum |o )?beneficio\\b',
);

/**
 * An adoption, or a guardianship for one, and a benefit asked in the same message ("consegui a guarda para fins de adoção, tenho direito a
 * algum benefício do INSS?"): the maternity pay of Lei 8.213 art. 71-A. Run on normalized text.
 */
const ADOPTED = /\b(?:adot(?:ei|amos|ou|aram|ar|ado|ada|ados|adas|ando|iv[oa]s?)|adoc(?:ao|oes)|adotant\w*)\b/;
const BENEFIT_ASKED = /\b(?:inss|beneficio)\b/;

/**
 * A death at work in one sentence ("meu marido morreu num acidente na obra onde trabalhava", "morreu eletrocutado no serviço",
 * "faleceu em acidente de trabalho"): a fatal work accident (Lei 8.213 art. 19), the employer's liability to the family (CF art. 7º
 * XXVIII; CC art. 948). Run on normalized text.
 */
const DIED = /\b(?:morreu|faleceu|foi morto|veio a obito|perdeu a vida)\b/;
/** `DIED`, or the dead told as such ("a pensão do meu falecido marido"). */
const DIED_OR_DEAD = /\b(?:morreu|faleceu|foi morto|veio a obito|perdeu a vida|falecid[oa])\b/;
const AT_WORK =
  /\b(?:acidente (?:de|do|no) trabalho|no (?:servico|trabalho|expediente)|em servico|(?:na|numa) obra|morreu trabalhando|faleceu trabalhando|onde (?:ele |ela )?trabalhava|(?:na|da) empresa onde (?:ele |ela )?trabalhava)\b/;
/**
 * The condominium as the utility's own consumer, in one message: the building told (`CONDOMINIUM`), the water or power company named
 * (`UTILITY_NAMED`), and the client its syndic or the tariff charged per flat on a single meter (`CONDOMINIUM_BILLED`): the minimum
 * tariff multiplied by the units with one meter is unlawful (STJ Tema 414) and its excess refunded (CDC art. 42 p.u.). Not a co-owner
 * disputing the condominium's own split of its bill, who names no supplier. Run on normalized text.
 */
const CONDOMINIUM = /\b(?:sindic[oa]|condominio|predio|edificio)\b/;
const UTILITY_NAMED = new RegExp(
  `\\b(?:${UTILITY_SUPPLIERS.join('|')}|companhia de (?:agua|saneamento|energia|luz)|concessionaria(?: de (?:agua|energia|luz))?|empresa de (?:agua|saneamento))\\b`,
);
const CONDOMINIUM_BILLED =
  /\bsou (?:o |a )?sindic[oa]\b|\b(?:tarifa|consumo|taxa) minim[ao]\b[^.!?;\n]{0,60}?\b(?:cada|por|vezes|multiplica\w*)\b[^.!?;\n]{0,20}?\b(?:apartamentos?|unidades?|economias?|salas?)\b|\b(?:hidrometro|medidor|relogio) (?:unico|coletivo|so)\b|\bum (?:hidrometro|medidor|relogio) so\b/;

/**
 * The work's safety gear missing or its people told beside a fall of work (`HURT_AT_WORK`: "caiu do sexto andar. Não tinha cinto nem rede
 * de proteção, os colegas falaram. Ele faleceu no hospital"): the death at work told over a message's sentences (NR-35 and NR-6, the
 * employer's duty to provide and enforce the gear, CLT art. 157). Run on normalized text.
 */
const WORK_SAFETY = /\b(?:epi|epis|equipamentos? de (?:protecao|seguranca)|cinto de seguranca|cinto|rede de protecao|capacete|colegas|mestre de obras|encarregado)\b/;
/**
 * The bank itself holding the client's account or money, in one sentence ("o nubank bloqueou minha conta", "minha conta foi bloqueada
 * pelo banco"): a failure of the bank's service to its consumer (CDC art. 14; Súmula 297 do STJ), whatever the money is (the salary, the
 * rent it should pay). Not a block by a court's order (`COURT_BLOCK`: the execution is the case). Run on normalized text.
 */
const BANK = '(?:banco|itau|bradesco|santander|nubank|banco do brasil|picpay|mercado pago|c6 bank|banco pan|sicredi|sicoob|caixa|pagbank|pagseguro|neon)';
const BANK_HOLD = new RegExp(
  `\\b${BANK}\\b[^.!?;\\n]{0,30}?\\b(?:bloqueou|bloquearam|bloqueando|travou|travaram|congelou|congelaram|reteve|retendo|segurou|segurando)\\b[^.!?;\\n]{0,20}?\\b(?:minha conta|a minha conta|a conta|meu dinheiro|o meu dinheiro|meu saldo|o saldo|meu salario|o meu salario)\\b` +
    `|\\b(?:minha conta|meu dinheiro|meu salario|meu saldo)\\b[^.!?;\\n]{0,20}?\\b(?:bloquead[oa]|travad[oa]|congelad[oa]|retid[oa])s? (?:pelo|pela|no|na) ${BANK}\\b`,
);
const COURT_BLOCK = /\b(?:judicial|juiz|juiza|justica|penhora|penhorou|penhoraram|sisbajud|bacenjud|ordem)\b/;

/** The place of the work told after the death ("morreu eletrocutado trabalhando num poste"): `AT_WORK` in a gerund. */
const WORKING_AT = /\btrabalhando (?:num|numa|no|na|em)\b/;
/**
 * A machine of work (NR-12: the press, the forklift, the crane, the saw) as what killed, in one sentence ("a prensa da fábrica matou
 * meu irmão", "a empilhadeira da transportadora matou meu marido", "o guindaste tombou na obra e mataram meu filho"): a death at work told
 * with the active verb. Not a car, a truck or a bus, whose deaths are crashes (`collision-victim`). Run on normalized text.
 */
const WORK_MACHINE_KILLED =
  /\b(?:maquina|serra|prensa|esmeril|betoneira|guindaste|empilhadeira|moenda|cortadeira|guilhotina|andaime|esteira|caldeira)\b[^.!?;\n]{0,50}?\b(?:matou|mataram|esmagou e matou)\b/;

/**
 * Real property bought by a private contract in one sentence ("comprei minha casa por um contrato particular", "o terreno foi comprado
 * com contrato de gaveta", "comprei minha casa de gaveta"): the purchase the public deed and the registry still have to make the buyer's (CC arts. 108 and 1.245). The
 * purchase told by who bought or paid: a seller by private contract ("vendi a casa por contrato particular") asks the buyer to take the
 * deed, or defends the IPTU left in his name (`buyer-transfer-sought`, `tax-authority`). The same purchase told by the deed never drawn
 * ("paguei à vista, mas nunca foi lavrada a escritura", "comprei a casinha e nunca passamos a escritura", "comprei o terreno sem escritura"):
 * the title is still the seller's until the deed or the adjudicação compulsória makes it the buyer's (CC arts. 1.245 and 1.417-1.418;
 * Lei 6.015/73 art. 216-B). Run on normalized text.
 */
const BOUGHT_PRIVATELY =
  /\b(?:comprei|compramos|comprou|compraram|comprad[oa]|adquiri|adquirimos|paguei|pagamos)\b[^.!?;\n]{0,80}?\b(?:contrato particular|contrato de gaveta|de gaveta|instrumento particular|compromisso de compra e venda|promessa de compra e venda|recibo de compra e venda|sem escritura|(?:nunca|nao) (?:foi lavrada|foi feita|foi passada|passamos|fizemos|fiz|lavrei|lavramos) a escritura|escritura nunca (?:foi lavrada|foi feita|foi passada|saiu))\b/;

/**
 * Money borrowed by the client from a person, in one sentence ("peguei 20 mil emprestado com um conhecido", "pedi dinheiro emprestado
 * pro meu cunhado"): the debtor of a loan between persons (`BORROWED_BY_CLIENT`), not of a bank. Run on normalized text.
 */
const BORROWED_FROM_PERSON = new RegExp(
  `\\b(?:peguei|pegamos|pedi|pedimos)\\b(?:[^.!?;\\n]|\\.(?=\\d)){0,30}?\\bemprestad[oa]s? (?:com|de|pro|pra|para|a|ao|a um|a uma|com um|com uma|de um|de uma|com o|com a|do|da)? ?` +
    `(?:${PERSON_WORDS}|ex|prim[oa]|ti[oa]|cunhad[oa]|irmao|irma|sogr[oa]|compadre|comadre|meu (?:amigo|colega|conhecido|vizinho|primo|tio|cunhado|irmao|sogro|patrao|ex)|minha (?:amiga|colega|conhecida|vizinha|prima|tia|cunhada|irma|sogra|patroa|ex))\\b`,
);

/**
 * The client's own job told with a contractor that employs them at another's place, in one sentence ("trabalho num shopping pela empresa
 * de segurança", "sou merendeira numa escola, mas quem me contratou foi uma empresa terceirizada", "quem me paga é uma empresa de
 * portaria", "a empreiteira era quem assinava a carteira"): an outsourced worker (Lei 6.019/74 art. 4º-A), whose contractor's debts the
 * tomadora answers for (Súmula 331 IV-V TST), as the builder does for its subcontractor's on a site (CLT art. 455; OJ 191 SDI-1 TST).
 * Not a client who hired such a company, nor a thing or a service its supplier outsourced, told with its own subject ("a agência diz que a
 * van era terceirizada", "o ônibus era terceirizado"): the consumer's supply chain, all of whose links answer (CDC arts. 7º p.u., 14 and
 * 25 §1º). Run on normalized text.
 */
const SELF_EMPLOYED_BY = new RegExp(
  `${WORKED_FOR.source}|\\b(?:quem me (?:contratou|paga|registrou)|quem (?:me )?assina(?:va)? (?:a |minha |nossa |a nossa )?carteira|me contrat(?:ou|aram)|onde (?:eu )?trabalh(?:o|ava|ei)|(?<!\\b(?:o|a|os|as) \\w+ )(?:sou|era|fui|somos|eramos|fomos) (?:contratad|registrad|terceirizad|funcionari|empregad)[oa]s?)\\b`,
);
const CONTRACTOR =
  /\b(?:terceirizad[oa]s?|(?:sub)?empreiteir[oa]|prestadora(?: de servicos?)?|empresa (?:de (?:seguranca|vigilancia|limpeza|portaria|conservacao|servicos gerais|terceirizacao)|que presta servicos?)|presta(?:va)? servicos? (?:pr[oa]|para o|para a|ao|a|no|na))\b/;

/**
 * A public body asked to pay, to answer or to be sued, in one sentence ("entrar com ação de indenização contra o Estado", "o Estado tem que
 * pagar uma pensão", "a prefeitura é responsável"): the State's liability claimed (CF art. 37 §6), however the claim is worded. Run on
 * normalized text.
 */
const PUBLIC_BODY = '(?:estado|prefeitura|municipio|governo|uniao|poder publico)';
const STATE_ASKED_TO_PAY = new RegExp(
  `\\b(?:indenizac(?:ao|oes)|acao|processo|processar|reparacao|dever|omissao|falha)\\b[^.!?;\\n]{0,40}?\\b(?:contra (?:o|a)|d[oa]) ${PUBLIC_BODY}\\b` +
    `|\\b(?:o|a) ${PUBLIC_BODY}\\b[^.!?;\\n]{0,30}?\\b(?:indeniz\\w*|pagar|pague|paguem|pagasse|pagassem|arcar|arque|arquem|arcasse|arcassem|ressar(?:cir|ca|cam|cisse|cissem)|reembols(?:ar|e|em|asse|assem)|custe(?:ar|ie|iem)|e responsavel|responde|responsabiliz\\w*|tem culpa|(?:tinha|tem) (?:o )?dever|falhou|se omitiu)\\b`,
);
/**
 * A harm the police did to the client or a relative as agents of the State ("o policial me agrediu", "foi morto por policiais militares",
 * "a viatura da PM bateu na minha moto", "a polícia entrou na minha casa, revirou e quebrou tudo": the home entered and broken, CF art. 5º XI),
 * or the stop, the blitz or the operation it was done in. With the State asked to pay
 * (`state-liability`), the claim is the State's objective liability for its agent (CF art. 37 §6º; CC arts. 43 and 948-950; for a shot in
 * a police operation, STF Tema 1.237, ARE 1.385.315), whatever crime of the officer is told beside it. Run on normalized text.
 */
const POLICE_AGENT = '(?:policia(?: militar| civil| federal| rodoviaria federal)?|pms?|policia(?:l|is)(?: militar(?:es)?)?|guardas? municipa(?:l|is)|prf|viatura)';
const POLICE_HARM = new RegExp(
  `\\b${POLICE_AGENT} (?:(?:me|nos|o|a|os|as) )?(?:(?:mat|atir|bale|bat|agred|espanc|tortur|empurr|algem|prend|lev|invad|arromb|quebr|revir)(?:ou|aram|eu|eram|iu|iram)|deu|deram)\\b` +
    `|\\b(?:mort|assassinad|balead|atingid|agredid|espancad|torturad|empurrad|algemad|levad|abordad)[oa]s? (?:por|pel[oa]s?) (?:(?:um|uns|dois|tres) )?${POLICE_AGENT}\\b` +
    `|\\b${POLICE_AGENT} entr(?:ou|aram) (?:na|em) (?:minha |nossa |sua )?casa\\b` +
    '|\\b(?:abordagem|blitz|operacao (?:policial|da policia|da pm)|tiroteio (?:da|com a) policia|(?:tiro|bala)s? de borracha)\\b',
);
/**
 * An arrest or a release and the State's own finding that it took the wrong person, in one sentence ("fui levado algemado pra
 * delegacia e depois viram que não era eu", "o juiz viu que era homônimo e soltaram ele"): the arrest by mistake already undone,
 * whose remedy is the State's liability (CF arts. 5º LXXV and 37 §6º; `ROUTE_RULES`: `wrongful-arrest`). The finding, not the
 * client's claim ("mas não era ele"): a relative held now who says so is defended on the criminal route. Run on normalized text.
 */
const ARREST_OR_RELEASE = /\b(?:pres[oa]s?|prend\w*|prisao|algemad[oa]s?|detid[oa]s?|delegacia|cadeia|cela|solt(?:o|a|os|as|ou|aram|ar))\b/;
const WRONG_PERSON_FOUND = new RegExp(
  '\\b(?:viu|viram|descobri(?:u|ram)|perceb(?:eu|eram)|constat(?:ou|aram)|reconhec(?:eu|eram)|admiti(?:u|ram)|confirm(?:ou|aram)|ficou provado) que ' +
    '(?:nao era (?:eu|ele|ela|a pessoa)|(?:eu|ele|ela) nao era|era (?:um |uma )?homonim[oa]|era (?:outra pessoa|outro cara|a pessoa errada)|(?:tinham )?(?:pego|prendido|pegaram|prenderam) a pessoa errada)\\b',
);
/**
 * The provider's staff who served the client ("a atendente da farmácia", "o garçom", "o motorista do ônibus", "o caixa do banco", "o
 * segurança do shopping") and offended, humiliated, scorned or turned the client away in one sentence ("me xingou de tudo", "fui
 * humilhada pelo atendente", "se recusou a baixar a plataforma"); or the guide dog barred (Lei 11.126/2005 art. 1º). The supplier answers
 * for its staff (CDC arts. 14 and 34; Lei 13.146/2015 arts. 8º and 27-28). Not a name alone ("o atendente me chamou de caloteiro"): the
 * imputation is the offence to honour the civil law repairs (CC art. 953), told without the humiliation, the scorn or the refusal of
 * the service. Run on normalized text.
 */
const PROVIDER_STAFF =
  '(?:atendente|vendedora?|garcom|garconete|recepcionista|cabeleireir[oa]|fiscal d[oa] (?:loja|mercado|supermercado)' +
  '|caixa d[oa] (?:banco|loja|mercado|supermercado|agencia|farmacia)|(?:motorista|cobrador|cobradora) d[oa] (?:onibus|aplicativo|app|uber|99|taxi|van|lotacao|brt)' +
  '|motorista de (?:aplicativo|app|uber|taxi|onibus)|entregador(?:a)? d[oa] (?:ifood|rappi|aplicativo|app|loja)' +
  '|(?:seguranca|gerente|funcionari[oa]) d[oa] (?:loja|shopping|mercado|supermercado|banco|agencia|hotel|restaurante|academia|farmacia|salao|companhia aerea))';
const STAFF_OFFENDED = new RegExp(
  `\\b${PROVIDER_STAFF}\\b[^.!?;\\n]{0,60}?\\b(?:me |nos |a gente |(?:el[ae]|meu|minha) \\w+ )?(?:humilh|xing|ofend|insult|destrat|deboch|zomb|trat\\w* (?:feito|como|mal)|gritou|gritando|barr|recus|se recus|nao (?:me |nos )?deix\\w* (?:eu |a gente )?entrar)` +
    `|\\b(?:humilhad|xingad|ofendid|destratad|barrad|maltratad)[oa]s? (?:pel[oa]s?|por (?:um|uma)) ${PROVIDER_STAFF}\\b` +
    '|\\bca(?:o|es)[ -]guias?\\b[^.!?;\\n]{0,40}?\\b(?:barr|recus|proib|impedi|nao (?:me )?deix)|\\b(?:barr|recus|proib|impedi|nao (?:me )?deix)\\w*\\b[^.!?;\\n]{0,50}?\\bca(?:o|es)[ -]guias?\\b',
);
/**
 * The provider's staff who, while serving the client, hurt them or damaged or lost what they left in its care, in one sentence: the
 * guard of the shop who beat them, the bus driver who braked or pulled off and made them fall, the waiter who spilled the hot soup,
 * the manicurist who cut a finger, the pharmacy's clerk who handed the wrong medicine, the valet or the workshop's mechanic who crashed
 * the car, the maid of the hotel who took the watch ("o segurança do shopping me agrediu", "o motorista do ônibus da viação freou e eu
 * caí", "o mecânico da oficina saiu com meu carro e bateu", "fui agredido pelos seguranças do mercado"). The supplier answers for its
 * staff without fault (CDC arts. 14 and 34; CC arts. 932 III and 933), the carrier for its passenger (CC arts. 734-735; CDC art. 22), the
 * keeper for what it received (Súmula 130 do STJ; CC art. 649): the blow, the fall and the damage are the defect of the service, not a
 * quarrel between private persons. Not the client who is that staff ("sou segurança do mercado": `STAFF_SELF`), nor a staff with no
 * business named ("o motorista do caminhão"), nor the client's own shop ("o funcionário da minha loja"). Run on normalized text.
 */
const STAFF_WORDS =
  'segurancas?|funcionari[oa]s?|atendentes?|vendedor(?:a|es)?|garcom|garconete|recepcionista|gerente|motorista|cobrador(?:a)?|mecanicos?|manobristas?' +
  '|tecnicos?|montador(?:es)?|instrutor(?:a)?|professor(?:a)?|personal|camareira|manicure|esteticista|massagista|cabeleireir[oa]|barbeiro|frentista|entregador(?:a)?|monitor(?:a)?|comissari[oa]';
const STAFF_BUSINESS =
  'loja|shopping|mercado|supermercado|hipermercado|atacadao|restaurante|lanchonete|padaria|bar|boate|balada|casa noturna|casa de shows?|hotel|pousada|resort|motel' +
  '|salao|barbearia|clinica de estetica|academia|farmacia|drogaria|oficina|concessionaria|lava ?jato|estacionamento|posto|onibus|viacao|van|agencia|operadora' +
  '|companhia aerea|cinema|parque|transportadora|lotacao|taxi|aplicativo|uber|clube';
const STAFF_OF = `\\b(?:${STAFF_WORDS}) d[oa]s? (?:(?!minha|meu|nossa|nosso)\\w+ )?(?:${STAFF_BUSINESS})\\b`;
const STAFF_HARM_DONE =
  '(?:agred|espanc|bat(?:eu|eram|endo)\\b|empurr|derrub|queim|cort(?:ou|aram)\\b|machuc|feri(?:u|ram)\\b|quebr|risc|amass|arranc|fre(?:ou|aram|ando)\\b|tomb|capot|fur(?:ou|aram)\\b' +
  '|lev(?:ou|aram) (?:o|a|os|as|meu|minha|meus|minhas)\\b|furt|sum(?:iu|iram) com|deu (?:um |uns )?(?:soco|socos|tapa|tapas|chute|chutes|murro|murros)|(?:entreg|vend|aplic|d)(?:ou|eu|eram|aram) (?:o |a |um |uma )?(?:remedio|medicamento|injecao|produto)s? errad)';
const STAFF_HARM = new RegExp(
  `${STAFF_OF}[^.!?;\\n]{0,80}?\\b${STAFF_HARM_DONE}` +
    `|\\b(?:agredid|espancad|empurrad|machucad|queimad|ferid|atropelad)[oa]s? (?:pel[oa]s?|por (?:um|uma|dois|duas|tres)) ${STAFF_OF}`,
);
/** The client told as that staff ("sou segurança do mercado", "trabalho de garçom no restaurante"): a worker, not the customer. */
const STAFF_SELF = new RegExp(`\\b(?:sou|era|trabalho (?:como|de)|trabalhava (?:como|de)) (?:o |a |um |uma )?(?:${STAFF_WORDS})\\b`);

/**
 * A person with a disability or autism told in the message ("meu filho autista", "tem TEA", "sou cadeirante", "síndrome de Down", "sou
 * cega", "surda", "criança com necessidades especiais", "o cão-guia") and a private provider that refused, barred or charged extra for
 * them in one sentence ("o colégio recusou a matrícula", "a academia não quis me aceitar", "o hotel não deixou eu hospedar", "a escola
 * passou a cobrar uma taxa extra", "o shopping não tem banheiro adaptado"): the supplier discriminates the disabled consumer and owes
 * the adapted service at no extra charge (Lei 13.146/2015 arts. 8º, 27-28 §1º and 56-57; Lei 12.764/2012 art. 7º; CDC arts. 6º, 14 and
 * 39 II). Not a public school or body ("a escola municipal", "a prefeitura"): the State's duty is administrative law. Run on normalized
 * text.
 */
const DISABLED_TOLD =
  /\b(?:autis(?:ta|tas|mo)|tea|deficien(?:te|tes|cia)|pcds?|cadeirantes?|cadeira de rodas|sindrome de down|paralisia cerebral|ceg[oa]|surd[oa]|(?:necessidades?|alun[oa]s?|criancas?|pessoas?) especia(?:l|is)|ca(?:o|es)[ -]guias?|cachorro guia|andador|libras)\b/;
const PRIVATE_PROVIDER =
  /\b(?:escola|escolinha|colegio|creche|curso|academia|clube|cinema|teatro|hotel|pousada|loja|shopping|supermercado|mercado|restaurante|lanchonete|buffet|parque|colonia de ferias|salao|boate)\b/;
const PROVIDER_REFUSED = new RegExp(
  '\\b(?:(?:se )?recus\\w*|barr(?:ou|aram|ad[oa])|impedi\\w*|proib\\w*|cancel(?:ou|aram)|nao (?:me |nos |o |a |ele |ela )?(?:quis|quer|querem|quiseram|aceit\\w*|deix\\w*|atend\\w*)' +
    '|nao tem (?:estrutura|rampa|banheiro adaptado|acessibilidade|elevador|interprete)|sem (?:rampa|acessibilidade|banheiro adaptado)' +
    '|cobr\\w* (?:uma |a )?(?:taxa|a mais|extra|adicional)|taxa extra|a parte|por fora)\\b',
);
const PUBLIC_SERVICE = /\b(?:municipal|municipio|estadual|publica|federal|prefeitura|secretaria)\b/;

/**
 * The author of a crime told as convicted ("o cara que furtou minha moto foi condenado", "acabou condenado por estelionato", "foi julgado
 * e condenado", "ele já cumpriu a pena": a sentence served was a final conviction): the conviction makes the duty to repair the crime's harm
 * certain (CP art. 91 I), so the victim may enforce it or ask it in
 * the civil court (CPP arts. 63-64; CPC art. 515 VI; CC art. 935). So is the conviction told in other words: the arrest then the conviction
 * ("foi preso pela polícia e condenado", "foi pego em flagrante e depois condenado"), the sentence come out ("já saiu a condenação"), the
 * judge or the court who convicted ("o juiz condenou o rapaz", "a justiça já condenou ele", "condenaram ele"), "foi sentenciado": the
 * penal sentence is the victim's title (CPC art. 515 VI), its duty to repair certain (CP art. 91 I). Not the client's relative as its subject ("meu filho foi condenado", "minha
 * irmã já foi condenada"): that is the family of the one convicted, with the defence's questions; a relative after a preposition is the one
 * harmed ("a mulher que aplicou o golpe na minha mãe foi condenada"). Nor a conviction denied ("ainda não foi condenado"). Run on
 * normalized text.
 */
const OFFENDER_CONVICTED = new RegExp(
  `(?<!\\b(?:nao|nunca|nem) (?:ja )?)(?<!(?<!\\b(?:na|no|da|do|de|a|ao|pra|para|com|em) )\\b(?:meu|minha|nosso|nossa) (?:${RELATIVES.join('|')}) (?:ja )?)\\b(?:` +
    `(?:foi|foram|acabou|acabaram|ja (?:esta|ta)) (?:(?:julgad|pres)[oa]s? e )?(?:condenad|sentenciad)[oa]s?` +
    // The arrest told first, the conviction after it ("foi preso pela polícia e condenado", "foi pego em flagrante e depois condenado").
    `|(?:foi|foram) (?:pres|peg|detid|julgad)[oa]s?\\b[^.!?;\\n]{0,40}?\\be (?:(?:logo )?depois |em seguida |ja |tambem |mais tarde )?(?:foi |foram )?(?:condenad|sentenciad)[oa]s?` +
    `|(?:ja )?cumpri(?:u|ram) (?:a |sua )?pena)\\b` +
    // The conviction come out ("já saiu a condenação", "saiu a sentença condenando ele"), not denied ("ainda não saiu") nor a relative's.
    `|(?<!\\b(?:nao|nunca|nem) (?:ainda )?(?:ja )?)\\b(?:ja )?saiu a (?:condenacao|sentenca (?:condenando|que condenou) (?:ele|ela|eles|elas|o|a)\\b)(?! (?:d[oa]s?|de) (?:meu|minha|meus|minhas|nosso|nossa)\\b)` +
    // The judge, the court or the jury who convicted the author ("o juiz condenou o rapaz", "a justiça já condenou ele", "condenaram ele"),
    // not the client's relative as the one convicted ("o juiz condenou meu irmão": no article before the possessive).
    `|\\b(?:juiz|juiza|justica|tribunal|juri) (?:ja )?(?:condenou|condenaram) (?:(?:o|a|os|as) (?!(?:meu|minha|meus|minhas|nosso|nossa)\\b)\\w+|ele|ela|eles|elas)\\b` +
    `|\\bcondenaram (?:ele|ela|eles|elas|o cara|o sujeito|o rapaz|a moca|o ladrao)\\b` +
    // The prosecution told ended in the conviction ("o processo criminal dele terminou com condenação"), not a relative's ("o processo do meu filho").
    `|\\b(?:processo|julgamento)\\b(?:(?!\\b(?:meu|minha|meus|minhas|nosso|nossa)\\b)[^.!?;\\n]){0,30}?\\b(?:terminou|acabou)(?: [^.!?;\\n,]{0,25}?,)? (?:com|em) (?:a )?condenacao\\b`,
);
/**
 * The harm's value asked in the client's general words ("quero cobrar isso dele", "como eu recebo isso?", "quero meu dinheiro de volta",
 * "que ela me devolva tudo"; wished, "queria que ele me ressarcisse", "quero receber de volta", "o valor do que sumiu"): told after the
 * author's conviction (`OFFENDER_CONVICTED`), the victim's claim to it. So is the author asked
 * to pay the thing or the loss ("quero que ele pague a bicicleta", "que eles paguem o portão", "como faço pra ela me pagar?", "quero o meu
 * prejuízo de volta", "o dinheiro do celular dele"): the conviction makes the duty to repair certain (CP art. 91 I; CC art. 935), and the
 * loss is what is owed (CC arts. 402 and 944). Not the author who must "pay for what he did" (pague pelo que fez, pelo crime, na cadeia,
 * caro: the punishment wished, CP art. 59), nor the support a parent is asked to pay (que ele pague pensão: CC art. 1.694). Run on
 * normalized text.
 */
const VALUE_CLAIMED =
  /\b(?:cobrar|receber|reaver|ressarcir) (?:isso|isto|esse|essa|este|esta|dele|dela|deles|delas|o valor|o dinheiro|o prejuizo|o conserto|tudo)\b|\b(?:como|pra|para) (?:eu )?(?:cobr|receb)(?:ar|er|o)\b|\b(?:dinheiro|valor|prejuizo)\b[^.!?;\n]{0,30}?\bde volta\b|\bme (?:devolva|devolvam|devolver|ressarca|ressarcir|indenize|indenizar|devolvesse|devolvessem|ressarcisse|ressarcissem|indenizasse|indenizassem|pagasse|pagassem)\b|\b(?:receber|ter)\b[^.!?;\n]{0,20}?\bde volta\b|\bo valor d[oa] que (?:perdi|sumiu|faltou|levaram|roubaram|furtaram)\b|\b(?:ele|ela|eles|elas) (?:me )?(?:pague|paguem|pagar|pagarem)\b(?! (?:pel[oa]s? (?:que|o que|crimes?|mal)|na|no|com|caro|(?:a )?pensao|(?:os )?alimentos)\b)|\bo (?:dinheiro|valor) d[oa]s? [a-z]+ (?:dele|dela|deles|delas)\b/;
/**
 * The author asked to pay the harm (`AUTHORS`: "quero que ele pague o conserto", "que o motorista me pague", "quero cobrar dele"), not the
 * punishment wished ("que ele pague pelo que fez", "na cadeia") nor support ("que ele pague pensão"). Run on normalized text.
 */
const AUTHOR_ASKED = new RegExp(`\\b(?:${AUTHORS.join('|')}) (?:me )?(?:pague|paguem|pagar|pagarem|indenize|indenizar)\\b`
  + '(?! (?:pel[oa]s? (?:que|o que|crimes?|mal)|na|no|caro|(?:a )?pensao|(?:os )?alimentos)\\b)'
  + '|\\bcobrar (?:dele|dela|do motorista|do dono do carro|do vizinho|da vizinha)\\b');
/** A public hospital or school, whose patient or pupil is in the State's care (`STATE_CUSTODY`). Run on normalized text. */
const PUBLIC_CARE = new RegExp(`\\b(?:${PUBLIC_CARE_PLACES})\\b`);

/**
 * A partner told as the one who died, or the quotas the dead person held ("ele era sócio do irmão numa distribuidora", "tinha 40% das
 * quotas de uma construtora", "a parte dele na empresa"): with a close death told (`close-death`), the quotas of a deceased partner (CC
 * arts. 1.028 and 1.031). Run on normalized text.
 */
const DEAD_PARTNER =
  /\b(?:era|foi) (?:socio|socia)\b|\b(?:socio|socia) (?:falecid[oa]|que (?:morreu|faleceu))\b|\b(?:tinha|deixou|detinha)\b[^.!?;\n]{0,25}?\b(?:quotas|cotas)\b|\b(?:quotas|cotas|parte) (?:dele|dela|do falecido|da falecida) na (?:empresa|sociedade)\b/;

/** The sentences of a normalized text; a period before a digit is a number's ("pegou 4.300 da conta"), not a sentence's end. */
function sentencesOf(normalized: string): string[] {
  return normalized.split(/[!?;\n]|\.(?!\d)/);
}

/**
 * Whether one sentence of the normalized text holds both patterns. A sentence's match is one of the whole text (the patterns
 * take no sentence break, and a break is no word character for their `\b`), so a text that lacks either is answered without
 * being split: most texts are.
 */
function inOneSentence(normalized: string, first: RegExp, second: RegExp): boolean {
  if (!first.test(normalized) || !second.test(normalized)) return false;
  return sentencesOf(normalized).some((sentence) => first.test(sentence) && second.test(sentence));
}

/**
 * The words of a child's sexual abuse told by another (`CHILD_ABUSE_TOLD`), without the bare "pelada" (also the street football
 * game): the child's nakedness counts told with an image (`CHILD_NAKED_IMAGES`).
 */
const CHILD_ABUSE_MATCHER = new PhraseMatcher(
  CHILD_ABUSE_TOLD.filter((phrase) => !phrase.startsWith('pelad')).map((phrase) => [phrase, true] as const),
  LEXICONS,
);

/**
 * A child's or an adolescent's sexual abuse, or the child's intimate or naked images, told by a parent or a relative in a message that
 * names a child (`CHILD_NAMED`, not one of full age): estupro de vulnerável (CP art. 217-A), the images (ECA arts. 240-241-E).
 */
function tellsChildSexualAbuse(text: string, normalized: string): boolean {
  if (!CHILD_NAMED.test(normalized) || ADULT_CHILD_AGE.test(normalized)) return false;
  return CHILD_NAKED_IMAGES.test(normalized) || CHILD_ABUSE_MATCHER.match(tokenize(text)).some((match) => !match.negated);
}

/** A text being read for notes: as written, normalized, and the notes found in it so far. */
interface NoteReading {
  text: string;
  normalized: string;
  notes: readonly ClientNote[];
}

/**
 * The client's name lent for what the other asked, told with the thing between ("me pediu pra financiar um carro no meu nome", "pediu
 * para eu tirar um cartão no meu CPF"): `NAME_LENT`'s phrases hold the verb next to the name only. Run on normalized text.
 */
const NAME_LENT_FOR = /\b(?:pediu|pedia|pediram) (?:pra|para) (?:eu )?(?:financiar|comprar|fazer|tirar|pegar|abrir|parcelar)\b[^.!?;\n]{1,40}?\b(?:no|em) meu (?:nome|cpf)\b/;

/**
 * A public authority that only closes places (the fire brigade, the health inspectorate, the Defesa Civil, the inspectors, the
 * Procon) and an interdiction in one sentence ("o corpo de bombeiros multou meu salão e disse que vai interditar se eu não
 * regularizar"): a place closed by the police power (CTN art. 78; Lei 6.437/77 art. 2º; Lei 12.608/12 art. 8º), no person put
 * under curatela (CC art. 1.767), so the bare "interditar" asks no guardianship. Not the city alone: its social worker may advise a
 * relative's curatela. Run on normalized text.
 */
const CLOSING_AUTHORITY = /\b(?:bombeiros?|vigilancia sanitaria|vigilancia|defesa civil|(?:o|os|a|as) fisca(?:l|is)|fiscalizacao|procon|meio ambiente)\b/;
const INTERDICTION = /\binterdi(?:tar|tou|taram|tam|tando|cao)\b/;
function authorityCloses(normalized: string): boolean {
  return normalized.includes('interdi') && inOneSentence(normalized, CLOSING_AUTHORITY, INTERDICTION);
}

/**
 * A salesperson's commissions the employer does not pay, holds back, charges back or cuts, in one sentence ("a imobiliária não repassou
 * as minhas comissões", "reduziram a comissão dos vendedores", "estornaram minha comissão", "mudaram a tabela de comissão", "comissões
 * atrasadas"): pay (CLT art. 457 §1º; Lei 3.207/57 arts. 3º and 7º) the employer may not cut on its own (CLT art. 468). Not the
 * commission told as part of the pay ("fixo mais comissão"), nor a broker's or a representative's told as autonomous (CC arts. 722-729;
 * Lei 4.886/65), nor a board ("comissão de formatura", "comissão processante"). Run on normalized text.
 */
const COMMISSION_WITHHELD = new RegExp(
  '\\b(?:nao (?:me )?(?:paga|pagam|pagou|pagaram|pagava|pagavam|repassa|repassam|repassou|repassaram)|(?:parou|pararam|deixou|deixaram) de (?:me )?pagar' +
    '|nao recebi|nao recebo|nunca recebi|(?:ta|esta|tao|estao) segurando|segurou|seguraram|reteve|retiveram' +
    '|estorn(?:a|am|ou|aram)|reduz(?:iu|iram)|diminu(?:iu|iram)|baix(?:ou|aram)|cort(?:ou|aram)|mud(?:ou|aram)|alter(?:ou|aram)|zer(?:ou|aram))' +
    ' (?:(?:a|as|minha|minhas|a minha|as minhas|nossa|nossas|o pagamento|o percentual|a porcentagem|a tabela|a regra|o valor)(?: d[aeo]s?)? )?(?:comissao|comissoes)\\b' +
    '(?! (?:de formatura|processante|de sindicancia|de inquerito|de promoc|do concurso|de corretagem|do corretor|da imobiliaria))' +
    '|\\b(?:minha|minhas|as|nossas|com as|com a) comiss(?:ao|oes)(?: de vendas?| das vendas)? (?:(?:ta|tao|esta|estao) )?(?:atrasad\\w*|em atraso)\\b',
);
const COMMISSION_AUTONOMOUS = /\b(?:autonom[oa]s?|representante comercial|representacao comercial|creci|core|mei|nota fiscal|formatura|processante|sindicancia)\b/;

/**
 * An adult without discernment told in the family's words (dementia, a stroke that left them "não fala coisa com coisa", an intellectual
 * disability, a severe autism at 18, "não entende nada de dinheiro"): the incapacity a curatela answers (CC art. 1.767 I; Lei 13.146/15
 * arts. 84-85). Run on normalized text.
 */
const WITHOUT_JUDGEMENT = new RegExp([
  '\\b(?:alzheimer|demencia|demenciad[oa]|esclerosad[oa]|sindrome de down|paralisia cerebral|deficiencia (?:intelectual|mental))\\b',
  '\\bautis(?:ta|mo) (?:severo|grave|nivel 3|grau 3)\\b',
  '\\b(?:sem|nao tem|nao tem mais|perdeu o) discernimento\\b', '\\bdiscernimento nenhum\\b', '\\b(?:perdeu a|sem) lucidez\\b',
  '\\bnao fala coisa com coisa\\b', '\\bnao reconhece (?:mais )?(?:ninguem|a gente)\\b',
  '\\bnao entende (?:mais )?(?:nada|as coisas)\\b', '\\bnao entende o que e dinheiro\\b', '\\bnao sabe (?:mais )?o que (?:assina|esta assinando)\\b',
  '\\bnao consegue (?:lidar com (?:o )?dinheiro|decidir nada|resolver nada|mais decidir)\\b',
].join('|'));
/** Words one of which each match of `WITHOUT_JUDGEMENT` holds (`oneOf`). */
const WITHOUT_JUDGEMENT_WORDS = oneOf('alzheimer demencia demenciado demenciada esclerosado esclerosada sindrome paralisia deficiencia autista autismo discernimento lucidez coisa reconhece entende sabe consegue');
/**
 * A relative who must act for that adult before the bank or with their money: the bank that lets no one but the holder move the
 * account or asks for the judge's paper, the benefit no one can draw, the family paying out of or running that person's money. A power
 * of attorney signed by one without discernment is void (CC arts. 104 I and 166 I); only a curator named by the judge moves that
 * account and administers that money, accounting for it (CPC arts. 747 and 755; CC art. 1.781 with arts. 1.741, 1.747 II and 1.755).
 * Run on normalized text.
 */
const ACTS_FOR_ADULT = new RegExp([
  '\\b(?:banco|gerente|caixa)\\b[^.!?;\\n]{0,40}\\b(?:nao deixa|nao deixam|nao aceita|nao aceitou|so aceita|recusou|exige|exigiu|vao exigir|vai exigir|pediu um documento|quer que (?:ele|ela) mesm[oa])\\b',
  '\\b(?:documento|autorizacao|ordem|papel) do juiz\\b',
  '\\bninguem (?:consegue|pode) (?:sacar|mexer|movimentar|receber)\\b',
  '\\b(?:nao deixa|nao deixam) (?:ninguem|eu|a gente|nos) (?:sacar|mexer|movimentar)\\b',
  '\\b(?:so|somente|apenas) (?:ele|ela) (?:pode (?:sacar|mexer|movimentar)|assina)\\b',
  '\\b(?:mexer|mexendo|movimentar|cuidar|cuidando|administrar|usar|resolver) (?:[dn]?[ao]s? )?(?:conta|dinheiro|aposentadoria|pensao|beneficio|bens|coisas) (?:dele|dela)\\b',
  // The adult's rents no one can collect or let (CC arts. 1.747 II and 1.781): "alguém precisa receber os aluguéis", "pra quem depositar o aluguel".
  '\\b(?:alguem (?:precisa|tem que)|ninguem (?:consegue|pode)) (?:receber|cobrar|administrar|resolver)\\b', '\\bpara quem (?:pagar|depositar) o aluguel\\b',
  '\\bcom o dinheiro (?:dele|dela)\\b', '\\b(?:responsavel legal|responsavel) por (?:ele|ela)\\b', '\\bque cuida (?:dele|dela)\\b',
].join('|'));
/** The INSS that asks for the curatela's term, refuses or cuts the benefit: the case is the benefit, the curatela its proof. */
const INSS_DECIDES = /\binss\b[^.!?;\n]{0,20}\b(?:pediu|pede|exig\w*|negou|nega|cortou|corta|indeferiu|suspendeu|cancelou)\b/;
/**
 * That adult and a relative acting for them in one text, told without the word curatela ("vovó tá demenciada e o banco não deixa
 * ninguém sacar a aposentadoria dela"): the curatela asked in lay words (CC arts. 1.767 I and 1.781; CPC art. 747), a family remedy;
 * the benefit and the account are the patrimony the curator will run, not a claim against the INSS or the bank.
 */
function guardianshipTold(normalized: string): boolean {
  return WITHOUT_JUDGEMENT.test(normalized) && ACTS_FOR_ADULT.test(normalized) && !INSS_DECIDES.test(normalized);
}

/**
 * The same curatela told across messages ("meu tio não entende mais nada depois do derrame" ... "a aposentadoria dele cai no banco e
 * ninguém consegue sacar"): the incapacity and the acts for that adult told so far (`notes`: `adult-without-judgement`, `acts-for-adult`;
 * `signals`: the complexity signals `sem-discernimento`, `atos-por-outro`), not in a message where the INSS asks or decides.
 */
export function guardianshipAcross(text: string, notes: readonly string[], signals: readonly string[]): boolean {
  return (notes.includes('adult-without-judgement') || signals.includes('sem-discernimento'))
    && (notes.includes('acts-for-adult') || signals.includes('atos-por-outro'))
    && !INSS_DECIDES.test(normalizeText(text));
}

/**
 * A capable relative who wants the client to act for them (`relative-mandate`): the relative (or "ele"/"ela" for them) who wants or
 * asks the client to handle their bank, their money, their goods or a sale for them ("meu pai quer que eu mexa na conta dele", "ela
 * pediu pra eu assinar por ela"), who wants to give the client a power of attorney or powers ("quer me passar uma procuração",
 * "deseja outorgar-me poderes"), and the client asking to sign for them ("posso assinar por ele no banco?"). One who can express
 * their will is no subject of curatela (CC art. 1.767 I; Lei 13.146/15 arts. 6º and 84): they give a mandate (CC arts. 653-654, the
 * public deed where the act needs one, art. 657) or ask a tomada de decisão apoiada (CC art. 1.783-A), the family's counterpart of
 * the curatela. Not a power already given ("me deu procuração", "tinha procuração"), nor one given to a lawyer. Run on normalized text.
 */
const GRANTOR = `(?:\\b(?:ele|ela|mainha|painho|mamae|papai|genitora?)|\\b(?:meu|minha|o meu|a minha|nosso|nossa) (?:${RELATIVES.join('|')}))\\b`;
const CLIENT_ACTS = '(?:que (?:eu|a gente|minha \\w+|meu \\w+)|(?:pra|para) (?:eu|mim|que eu|minha \\w+|meu \\w+))';
/** What the client is asked to do for the relative: handle the bank, the money, the goods, a sale, sign (not to pay or leave, said of anyone). */
const ACT_FOR = '(?:(?:continu\\w+|pud\\w+|possa) (?:a )?)?(?:podendo )?(?:resolv|cuid|mex|movimen|assin|receb|vend|administr|represent|trat|sac|us[ae]r?\\b|fa[cz]\\w* (?:os |o |as )?(?:pix|pagamentos?|saques?|transferencias?)\\b)';
const RELATIVE_MANDATE = new RegExp([
  // The relative wants the client to act, for them: "quer que eu venda o apartamento dele", "pediu pra eu resolver as coisas dele".
  `${GRANTOR}[^.!?;\\n]{0,100}?\\b(?:quer|queria|quis|pediu|pede|pedia|deseja|gostaria)\\b ${CLIENT_ACTS} ${ACT_FOR}[^.!?;\\n]{0,50}?\\b(?:dele|dela|por (?:ele|ela))\\b`,
  // The relative wants to give the client a power of attorney or powers: "quer me passar uma procuração", "deseja outorgar-me poderes".
  `${GRANTOR}[^.!?;\\n]{0,100}?\\b(?:me )?(?:dar|passar|passa|deixar|outorgar|conceder)(?:[- ]me)? (?:uma |a |um )?(?:procuracao|poderes)\\b(?! (?:pr[ao] |para |ao |a )(?:o |a )?(?:advogad|escritorio|defensor))`,
  // The client asks to sign for the relative: "posso assinar por ele no banco?".
  '\\b(?:posso|possa|poder|podendo|consigo|conseguir) (?:continuar (?:a )?)?assinar (?:\\w+ ){0,4}?por (?:ele|ela)\\b',
].join('|'));
/** Words one of which each match of `RELATIVE_MANDATE` holds (`oneOf`). */
const RELATIVE_MANDATE_WORDS = oneOf('dele dela ele ela procuracao poderes');

/**
 * The family's benefit asked of the INSS in a later message, one held by the State told before (`state-custody`: "meu marido cumpre
 * pena há 2 anos" ... "a gente tem direito a algum benefício do INSS?"): the auxílio-reclusão (Lei 8.213 art. 80), as `dependant-benefit`
 * reads it in one message.
 */
export function prisonBenefitAcross(text: string, notes: readonly string[]): boolean {
  if (!notes.includes('state-custody')) return false;
  const normalized = normalizeText(text);
  return /\binss\b/.test(normalized) && FAMILY_BENEFIT.test(normalized);
}

/**
 * A visit to a prisoner asked, or what the visitor may bring (`prison-visit`): a visit and a prisoner or a prison told in one sentence
 * ("como faço pra visitar meu filho que tá preso", "a carteirinha de visita do meu marido que está detido"), or the "jumbo" the visitor
 * brings; the prisoner told held, detained or serving reclusão ("meu esposo tá recluso": CP art. 33). The prisoner's right to visits
 * (LEP art. 41 X) is asked of the prison's administration: the urgency reads it as a custody settled, not one to contest
 * (`UrgencyClassifier`, `sentenceBenefitAsked`), and the route as the criminal court's (`ROUTE_RULES`).
 */
const VISIT_ASKED = /\b(?:visit(?:ar|a|as|ante|antes)|carteirinha|jumbo|levar (?:comida|roupas?|remedios?))\b/;
const HELD_NOW = /\b(?:pres[oa]s?|detid[oa]s?|reclus[oa]s?|presidio|cadeia|penitenciaria|cdp|detento|cela|jumbo)\b/;

/**
 * A criminal case's record still shown on a certificate (`criminal-record-asked`): the certificate or the "ficha" and the case shown on
 * it in one sentence ("fui absolvido mas na certidão ainda aparece", "o processo continua constando na certidão do fórum"), with the
 * criminal case told in the text (an acquittal, a conviction, a sentence, a process). The acquittal or the sentence extinguished is
 * kept out of the certificates (LEP art. 202; CPP art. 748), and the rehabilitation asked of the court that convicted (CP arts. 93-95;
 * CPP art. 743). Not a birth certificate's name ("o nome do pai aparece na certidão": no case told).
 */
const RECORD_CERTIFICATE = /\b(?:certidao|certidoes|ficha|antecedentes)\b/;
const CASE_SHOWN = /\b(?:aparece|aparecendo|aparecer|consta|constando|constar|mostra|mostrando|sai|saindo)\b/;
const CRIMINAL_CASE_TOLD = /\b(?:absolvid[oa]s?|absolvicao|condenad[oa]s?|condenacao|pena|processo criminal|inquerito)\b/;

/**
 * The author of a crime against the client or a relative told held in a custody that lasts (`offender-held`): in one sentence, the
 * author named by the crime ("o ladrão", "o assassino", "os assaltantes") or by what he did ("o homem que matou meu irmão", "o rapaz
 * que arrombou minha loja", "a mulher que aplicou o golpe na minha mãe"), and a custody told as settled ("tá preso aguardando julgamento",
 * "preso desde março", "está preso há cinco meses", "segue preso", "cumpre pena"). The custody is the accused's, decided at his custody
 * hearing and kept by the preventive arrest (CPP arts. 310-316), and the victim's part is the prosecution's course as its assistant
 * (CPP arts. 268-273) or the reparation (CP art. 91 I; CPP arts. 63-64): the urgency reads it as a harm over (`UrgencyClassifier`).
 * Not a relative held (the author told with a possessive, "o meu filho que roubou", is no stranger named by the crime), nor an arrest
 * of today or yesterday, in the act, or a release or an escape told in the same sentence (`CUSTODY_FRESH_OR_ENDED`).
 */
const CRIME_DONE = 'matou|mataram|assassinou|assassinaram|assaltou|assaltaram|roubou|roubaram|furtou|furtaram|agrediu|agrediram|espancou|espancaram|'
  + 'esfaqueou|esfaquearam|atirou|atiraram|baleou|balearam|estuprou|violentou|abusou|arrombou|arrombaram|invadiu|invadiram|derrubou|atropelou|'
  + 'sequestrou|sequestraram|aplicou o golpe|aplicaram o golpe|deu o golpe|deu um golpe|me bateu|bateu em mim|me deu uma facada|deu uma facada|deu um tiro';
const OFFENDER_NAMED = new RegExp('\\b(?:(?:o|a|os|as) (?:ladr(?:ao|oes|ona)|assaltantes?|agressor(?:a|es)?|bandid[oa]s?|criminos[oa]s?|golpistas?|'
  + 'estelionatari[oa]s?|assassin[oa]s?|homicidas?|estuprador(?:es)?|abusador(?:a|es)?)\\b|(?:o|a|os|as) (?:(?!meu |minha |meus |minhas |nosso |nossa )[a-z]+ ){1,2}(?:que|q) '
  + `(?:me |nos |a |o )?(?:${CRIME_DONE})\\b)`);
const CUSTODY_SETTLED = new RegExp('\\b(?:pres[oa]s? (?:preventivamente|aguardando|esperando|a espera|desde (?:entao|o ano|o mes|o inicio|o comeco|janeiro|fevereiro|'
  + 'marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|(?:19|20)\\d\\d)|(?:ha|faz) (?:uns |umas |quase |mais de )?(?:um|uma|dois|duas|tres|'
  + 'quatro|cinco|seis|sete|oito|nove|dez|onze|doze|alguns|algumas|varios|varias|muitos|\\d+) (?:mes|meses|ano|anos))|(?:ta|esta|tao|estao|continua|continuam|'
  + 'segue|seguem|permanece|permanecem|encontra[- ]?se) pres[oa]s?|cumpr(?:e|em|indo) (?:a )?pena|responde (?:ao |o )?processo preso)\\b');
const CUSTODY_FRESH_OR_ENDED = /\b(?:ontem|anteontem|hoje|madrugada|esta manha|flagrante|solt[oa]s?|soltaram|soltou|fugiu|saiu da cadeia|saiu da prisao)\b/;

function offenderHeld(normalized: string): boolean {
  if (!OFFENDER_NAMED.test(normalized) || !CUSTODY_SETTLED.test(normalized)) return false;
  return sentencesOf(normalized).some((sentence) => OFFENDER_NAMED.test(sentence) && CUSTODY_SETTLED.test(sentence) && !CUSTODY_FRESH_OR_ENDED.test(sentence));
}

/**
 * Words one of which every match of a pattern holds, each a whole word of the normalized text: in the pattern, bounded on both sides
 * by `\b` or a space, and all of `[a-z0-9]`. Such a word is one of the text's tokens (`tokenize` cuts the text's `[a-z0-9]` runs, and
 * a word's `\b` stands between it and a character that is none of `\w`), so a text whose tokens hold none of them cannot match, and
 * the pattern need not run. Written as words between spaces.
 */
function oneOf(words: string): readonly string[] {
  return words.split(' ');
}

/**
 * Notes told in a sentence rather than a phrase (`NoteExtractor.extract`): each test is run only when its note is not found
 * already, and, when the test names words (`oneOf`: one of them held by every text the test is true of, each word read off the
 * patterns the test needs to match), only when the text's tokens hold one of them (`testsToRun`): most texts hold none of a test's
 * words. Built once, not for each text read.
 */
const SENTENCE_NOTES: [ClientNote, (reading: NoteReading) => boolean, (readonly string[])?][] = [
  ['guardianship', ({ normalized }) => guardianshipTold(normalized), WITHOUT_JUDGEMENT_WORDS],
  ['adult-without-judgement', ({ normalized }) => WITHOUT_JUDGEMENT.test(normalized), WITHOUT_JUDGEMENT_WORDS],
  ['relative-mandate', ({ normalized }) => RELATIVE_MANDATE.test(normalized), RELATIVE_MANDATE_WORDS],
  ['acts-for-adult', ({ normalized }) => ACTS_FOR_ADULT.test(normalized), oneOf('banco gerente caixa juiz ninguem alguem sacar mexer movimentar assina dele dela aluguel responsavel')],
  ['place-interdicted', ({ normalized }) => authorityCloses(normalized)],
  ['child-taken', ({ text }) => childKeptAfterTrip(text) || childTakenAbroad(text) || childKeptByPronoun(text)],
  ['good-faith-buyer', ({ normalized }) => /\b(?:roub|furt)/.test(normalized) && BOUGHT_STOLEN.test(normalized), oneOf('comprei compramos')],
  ['victim', ({ normalized }) => normalized.includes('que eu') && SPREAD_ABOUT_CLIENT.test(normalized)],
  // A crime imputed to the client before others: the offended person of calúnia or difamação (CP arts. 138-139), `crimeImputedBeforeOthers`.
  ['honour-offended', ({ normalized }) => crimeImputedBeforeOthers(normalized)],
  // The threat's own report or representação wished (CP art. 147 par. único; CPP art. 39): the criminal complaint named.
  ['criminal-complaint', ({ normalized }) => normalized.includes('ameaca') && THREAT_REPORT_WISHED.test(normalized)],
  // The wish to sue told without its route: one named ('processar criminalmente', `criminal-complaint`) needs no other note.
  ['suit-wished', ({ normalized, notes }) => !notes.includes('criminal-complaint') && SUIT_WISHED_WORDS.test(normalized) && SUIT_WISHED.test(normalized)],
  ['supplier-insolvent', ({ normalized }) => boughtFromInsolvent(normalized), oneOf('recuperacao falencia faliu')],
  ['debt-collection', ({ normalized }) => SALE_UNPAID.test(normalized) || inOneSentence(normalized, CREDIT_TITLE, TITLE_UNPAID), oneOf('vendi vendemos cheque cheques promissoria promissorias')],
  ['neighbour-animals', ({ normalized }) => NEIGHBOUR_ANIMALS_HARM.test(normalized),
    oneOf('gado boi bois vaca vacas bezerro bezerros cabra cabras bode bodes ovelha ovelhas carneiro carneiros porco porcos galinha galinhas pato patos cavalo cavalos egua eguas burro burros jumento jumentos cachorro cachorros caes cachorra cachorras cadela cadelas animais bichos criacao')],
  ['neighbour-hazard', ({ normalized }) => inOneSentence(normalized, HAZARD_EVENT, HAZARD_SOURCE),
    oneOf('fogo incendio chamas explosao explodiu explodiram muro muros parede paredes marquise fachada laje telhado sobrado predio galpao barranco encosta morro talude arvore caixa represa barragem acude placa letreiro painel outdoor antena galho galhos caiu cairam despencou despencaram desabou desabaram desmoronou tombou tombaram caixas reservatorio reservatorios cisterna')],
  ['name-lent', ({ normalized }) => normalized.includes('meu') && NAME_LENT_FOR.test(normalized), oneOf('pediu pedia pediram')],
  ['neighbour-works', ({ normalized }) => NEIGHBOUR_BUILDING.test(normalized), oneOf('vizinho vizinha vizinhos vizinhas lado colado colada')],
  ['neighbour-leak', ({ normalized }) => UNIT_ABOVE.test(normalized) && WATER_DAMAGE.test(normalized), oneOf('cima acima')],
  ['neighbour-leak', ({ normalized }) => NEIGHBOUR_WATER_SOURCE.test(normalized) && WATER_DAMAGE.test(normalized), oneOf('vizinho vizinha')],
  ['neighbour-leak', ({ normalized }) => FLOOR_UNIT_WATER.test(normalized), oneOf('andar')],
  ['private-seller', ({ normalized }) => DEALT_WITH_PERSON_WORDS.test(normalized) && dealtWithPerson(normalized),
    oneOf('comprei compramos adquiri aluguei alugamos alugou aluguou contratei contratamos paguei pagamos dei demos chamei chamamos vendeu vendendo fez fizesse faz fazia fazer')],
  ['supplier-hired', ({ normalized }) => SUPPLIER_NAMED.test(normalized) && (SUPPLIER_CONTRACTED.test(normalized) || SUPPLIER_REGISTERED.test(normalized)) && !BUSINESS_BOUGHT.test(normalized),
    oneOf('contratei contratamos aluguei alugamos fechei fechamos comprei compramos adquiri financiei contrato vendeu venderam garagem revenda revendedora concessionaria multimarcas cnpj')],
  ['tradesman-hired', ({ normalized }) => TRADE_HIRED.test(normalized),
    oneOf('contratei contratamos contratou chamei chamamos chamou paguei pagamos pagou dei demos fechei fechamos encomendei encomendamos comprei compramos fiz fizemos')],
  ['provider-informal', ({ normalized }) => PROVIDER_INFORMAL.test(normalized), oneOf('autonomo autonoma informal sozinho sozinha conta casa empresa firma loja cnpj oficina')],
  // A business by trade behind the person hired outweighs who they are to the client (`private-seller` yields to `supplier-hired`).
  ['supplier-hired', ({ normalized }) => TRADE_SHOP_OWNED.test(normalized), oneOf('tem tinha possui dono dona')],
  ['criminal-defence', ({ normalized }) => normalized.includes('que eu') && REPORTED_AS_AUTHOR.test(normalized)],
  ['criminal-defence', ({ normalized }) => normalized.includes('contra mim') && PROSECUTOR_AGAINST_CLIENT.test(normalized) && !PROSECUTOR_CIVIL_ACTION.test(normalized)],
  ['reported-for-taking', ({ text }) => mentionsOwnSideReportedForTaking(text)],
  ['superior-name-calling', ({ text }) => mentionsSuperiorNameCalling(text)],
  ['superior-abuse', ({ text }) => mentionsSuperiorAbuse(text)],
  ['hr-told', ({ normalized }) => HR_TOLD.test(normalized), oneOf('rh humanos')],
  ['job-housing', ({ normalized }) => RENT_FOR_WORK.test(normalized) || HOUSE_AS_PAY.test(normalized), oneOf('aluguel parte troca')],
  ['prison-visit', ({ normalized }) => inOneSentence(normalized, VISIT_ASKED, HELD_NOW), oneOf('visitar visita visitas visitante visitantes carteirinha jumbo levar')],
  ['offender-held', ({ normalized }) => offenderHeld(normalized), oneOf('preso presa presos presas pena')],
  ['criminal-record-asked', ({ normalized }) => CRIMINAL_CASE_TOLD.test(normalized) && inOneSentence(normalized, RECORD_CERTIFICATE, CASE_SHOWN), oneOf('certidao certidoes ficha antecedentes')],
  ['defendant', ({ normalized }) => normalized.includes('citac') && CITATION_RECEIVED.test(normalized)],
  ['damages-suit-served', ({ normalized, notes }) => notes.includes('defendant') && inOneSentence(normalized, CITATION_WORDS, DAMAGES_ASKED)],
  ['collection-suit-served', ({ normalized, notes }) => notes.includes('defendant') && inOneSentence(normalized, CITATION_WORDS, COLLECTION_ASKED)],
  // Work for another and an injury of work in one message ("trabalhava de servente numa obra e caí do andaime"): a work accident.
  ['work-injury', ({ normalized }) => WORKED_FOR.test(normalized) && HURT_AT_WORK.test(normalized), oneOf('trabalho trabalhava trabalhei trabalha trabalhamos trabalhavamos trabalhavam')],
  // The pay docked for a damage in one sentence ("descontaram da rescisão a franquia do caminhão que bateu"): CLT art. 462 §1º.
  // Commissions withheld or cut, told by an employee (`COMMISSION_WITHHELD`): pay the employer owes (CLT arts. 457 §1º and 468).
  ['commissions-withheld', ({ normalized }) => normalized.includes('comiss') && !COMMISSION_AUTONOMOUS.test(normalized) && COMMISSION_WITHHELD.test(normalized)],
  ['damage-charged-to-worker', ({ normalized }) => inOneSentence(normalized, CHARGED_TO_WORKER, WORK_DAMAGE),
    oneOf('salario pagamento holerite contracheque rescisao acerto ferias patrao patroa empregador gerente supervisor encarregado chefe')],
  // Who tells a job held at the business whose owner changed (CLT arts. 3, 10 and 448): the gate of `employer-succession`.
  ['worker-told', ({ text }) => WORKER_TOLD_MATCHER.match(tokenize(text)).some((match) => !match.negated)],
  // A theft or robbery of the client's things, identity documents lost, the police report asked about or the thief wished found, and the
  // keeper asked to pay instead
  // (`ROUTE_RULES`: `belongings-taken`, `documents-lost`; CP arts. 155 and 157; CPP arts. 4º-5º; Lei 7.116/83): lexicons of their own.
  ['belongings-taken', ({ text }) => theftReportTold(text, 'belongings-taken')],
  ['documents-lost', ({ text }) => theftReportTold(text, 'documents-lost')],
  ['police-report-asked', ({ text }) => theftReportTold(text, 'police-report-asked')],
  ['keeper-asked', ({ text }) => theftReportTold(text, 'keeper-asked')],
  // Work and two marks of work like slavery in one message: the people held now (CP art. 149).
  ['forced-labour', ({ text }) => tellsWork(text) && forcedLabourMarksIn(text).length >= 2],
  ['collision-victim', ({ normalized }) => normalized.includes('mat') && VEHICLE_KILLED_RELATIVE.test(normalized)],
  // A relative held and a benefit asked in one message ("meu marido tá preso e falaram que os filhos têm direito a um auxílio"): the
  // family's auxílio-reclusão (Lei 8.213 art. 80), asked of the INSS; the arrest is its fato gerador.
  ['dependant-benefit', ({ normalized }) => RELATIVE_HELD.test(normalized) && FAMILY_BENEFIT.test(normalized),
    oneOf('preso presa recolhido recolhida detido detida encarcerado encarcerada recluso reclusa cumprindo presidiario presidiaria')],
  ['maternity-pay', ({ normalized }) => ADOPTED.test(normalized) && BENEFIT_ASKED.test(normalized), oneOf('inss beneficio')],
  // A death and a pension in one sentence: the dependants' pension by death (Lei 8.213 art. 74), not support from the dead.
  ['dependant-benefit', ({ normalized }) => normalized.includes('pensao') && inOneSentence(normalized, DIED_OR_DEAD, PENSION)],
  // A death at work in one sentence: the employer's answer for it (CF art. 7º XXVIII; CC art. 948) when the family asks it (`ROUTE_RULES`).
  // `DIED` tested once for the three readings that need it: most texts tell no death.
  ['work-death', ({ normalized }) => WORK_MACHINE_KILLED.test(normalized) || (DIED.test(normalized)
    && (inOneSentence(normalized, DIED, AT_WORK) || inOneSentence(normalized, DIED, WORKING_AT) || (HURT_AT_WORK.test(normalized) && WORK_SAFETY.test(normalized)))), oneOf('matou mataram morreu faleceu morto obito vida')],
  ['bank-hold', ({ normalized }) => BANK_HOLD.test(normalized) && !COURT_BLOCK.test(normalized), oneOf('banco itau bradesco santander nubank picpay mercado c6 sicredi sicoob caixa pagbank pagseguro neon')],
  // The building billed by the utility, told by its syndic or by the tariff per flat on one meter (STJ Tema 414).
  ['condominium-supplied', ({ normalized }) => CONDOMINIUM.test(normalized) && UTILITY_NAMED.test(normalized) && CONDOMINIUM_BILLED.test(normalized), oneOf('sindico sindica condominio predio edificio')],
  // Real property bought by a private contract, in one sentence: the deed and the registry to make.
  ['title-with-seller', ({ normalized }) => inOneSentence(normalized, REAL_PROPERTY, BOUGHT_PRIVATELY), oneOf('contrato instrumento compromisso promessa recibo escritura gaveta')],
  ['borrower', ({ normalized }) => normalized.includes('emprestad') && BORROWED_FROM_PERSON.test(normalized)],
  ['state-liability', ({ normalized }) => STATE_ASKED_TO_PAY.test(normalized), oneOf('estado prefeitura municipio governo uniao poder')],
  // The body asked to pay is the other side ("o estado precisa ser responsabilizado", "quero que o estado arque com o prejuízo"),
  // however the asking is worded: the public body answering for the harm (CF art. 37 §6º; `ROUTE_RULES`: `opponent-public-body`).
  ['opponent-public-body', ({ normalized }) => STATE_ASKED_TO_PAY.test(normalized), oneOf('estado prefeitura municipio governo uniao poder')],
  // The patient or the pupil in the State's care, told with the State asked to pay for the harm (CF art. 37 §6).
  ['state-custody', ({ normalized, notes }) => notes.includes('state-liability') && PUBLIC_CARE.test(normalized)],
  // The police's act that harmed the client (CF art. 37 §6): the State's liability for it when asked (`ROUTE_RULES`: `police-act`).
  // The arrest found a mistake by the State itself (`WRONG_PERSON_FOUND`), beside the phrases of `WRONGFUL_ARREST`.
  ['wrongful-arrest', ({ normalized }) => inOneSentence(normalized, ARREST_OR_RELEASE, WRONG_PERSON_FOUND), oneOf('viu viram descobriu descobriram percebeu perceberam constatou constataram reconheceu reconheceram admitiu admitiram confirmou confirmaram provado')],
  ['police-act', ({ normalized }) => POLICE_HARM.test(normalized), oneOf('policia policial policiais pm pms guarda guardas prf viatura abordagem blitz operacao borracha')],
  // The provider's staff who offended or turned away the client it served (`ROUTE_RULES`: `staff-offended`; CDC arts. 14 and 34).
  ['staff-offended', ({ normalized }) => STAFF_OFFENDED.test(normalized),
    oneOf('atendente vendedor vendedora garcom garconete recepcionista cabeleireiro cabeleireira fiscal caixa motorista cobrador cobradora entregador entregadora seguranca gerente funcionario funcionaria guia guias')],
  // The provider's staff who hurt the client it served or damaged what it held for them (`ROUTE_RULES`: `staff-harm`; CDC arts. 14 and 34).
  ['staff-harm', ({ normalized }) => STAFF_HARM.test(normalized) && !STAFF_SELF.test(normalized),
    oneOf('seguranca segurancas funcionario funcionaria funcionarios funcionarias atendente atendentes vendedor vendedora vendedores garcom garconete recepcionista gerente motorista cobrador cobradora mecanico mecanicos manobrista manobristas tecnico tecnicos montador montadores instrutor instrutora professor professora personal camareira manicure esteticista massagista cabeleireiro cabeleireira barbeiro frentista entregador entregadora monitor monitora comissario comissaria')],
  // A private provider refusing, barring or charging extra a disabled client (`ROUTE_RULES`: `disabled-refused`; Lei 13.146/2015 art. 8º).
  ['disabled-refused', ({ normalized }) => DISABLED_TOLD.test(normalized) && !PUBLIC_SERVICE.test(normalized) && inOneSentence(normalized, PRIVATE_PROVIDER, PROVIDER_REFUSED),
    oneOf('escola escolinha colegio creche curso academia clube cinema teatro hotel pousada loja shopping supermercado mercado restaurante lanchonete buffet parque colonia salao boate')],
  // The author convicted and the harm's value asked (`ROUTE_RULES`: `offender-convicted`, the civil claim of a crime judged).
  ['offender-convicted', ({ normalized }) => (normalized.includes('conden') || normalized.includes('sentenciad') || normalized.includes('pena')) && OFFENDER_CONVICTED.test(normalized)],
  // Not beside the money back or the damages already read: those ask it in their own words.
  ['value-claimed', ({ normalized, notes }) => !notes.includes('money-back') && !notes.includes('damages-claimed') && VALUE_CLAIMED.test(normalized),
    oneOf('cobrar cobrer cobro receber recebar recebo reaver ressarcir volta devolva devolvam devolver ressarca indenize indenizar devolvesse devolvessem ressarcisse ressarcissem indenizasse indenizassem pagasse pagassem valor dinheiro pague paguem pagar pagarem')],
  // The author asked to pay (`ROUTE_RULES`: `parked-vehicle-damaged`, the damage asked of who did it, not of the car park).
  ['author-asked', ({ normalized }) => AUTHOR_ASKED.test(normalized), oneOf('pague paguem pagar pagarem indenize indenizar cobrar')],
  // Not a client who hired the contractor for their own home ("trabalho no hospital e contratei uma empresa de segurança pra casa").
  ['outsourced-worker', ({ normalized }) => !/\bcontrat(?:ei|amos)\b/.test(normalized) && inOneSentence(normalized, SELF_EMPLOYED_BY, CONTRACTOR),
    oneOf('terceirizado terceirizada terceirizados terceirizadas empreiteiro empreiteira subempreiteiro subempreiteira prestadora empresa presta prestava')],
  ['dead-partner-share', ({ normalized }) => DEAD_PARTNER.test(normalized), oneOf('socio socia quotas cotas parte')],
  ['child-beaten', ({ text }) => mentionsChildBeaten(text)],
  ['child-sexual-abuse', ({ text, normalized }) => tellsChildSexualAbuse(text, normalized),
    oneOf('filho filha filhos filhas neto neta netos netas sobrinho sobrinha sobrinhos sobrinhas enteado enteada enteados enteadas crianca criancas menino menina meninos meninas bebe bebes garoto garota garotos garotas aluno aluna alunos alunas adolescente adolescentes anos')],
  ['platform-account-blocked', ({ text }) => mentionsPlatformAccountBlocked(text)],
  ['benefit-denied', ({ normalized }) => inOneSentence(normalized, BENEFIT_WORDS, REFUSAL_WORDS), oneOf('negou negaram negado negada indeferiu indeferiram indeferido indeferida indeferimento recusou recusaram')],
  // The Receita's act named bare ("a receita me multou"): the tax authority's (CTN art. 142).
  ['tax-authority', ({ normalized }) => normalized.includes('receita') && inOneSentence(normalized, RECEITA, TAX_ACT)],
  // A fine for the lot's, the pavement's or the works' state: the city's police power, no tax (CTN arts. 3º and 78).
  ['police-power-fine', ({ normalized }) => normalized.includes('mult') && inOneSentence(normalized, FINED, LAND_USE_MATTER)],
  // A pension stopped by its payer, told impersonally: the INSS's act, as "o INSS cortou" is (`opponent-inss`).
  ['opponent-inss', ({ normalized }) => normalized.includes('pensao') && pensionCutByPayer(normalized)],
  ['blocked-income', ({ text }) => blocksIncome(text),
    oneOf('bloqueou bloquearam bloqueio bloqueado bloqueada bloqueados bloqueadas penhora penhorou penhoraram penhorado penhorada')],
  ['appointment-sought', ({ normalized }) => inOneSentence(normalized, HIRED_WORDS, TEMPORARY_WORDS) && !inOneSentence(normalized, SELF_HIRED, TEMPORARY_WORDS), oneOf('temporario temporaria temporarios temporarias terceirizado terceirizada terceirizados terceirizadas')],
  ['tax-authority', ({ normalized }) => inOneSentence(normalized, TAX_WORDS, PAID_TWICE), oneOf('duplicidade vezes maior dobro indevidamente')],
  ['tax-authority', ({ normalized }) => inOneSentence(normalized, IPVA, CHARGED_BY_STATE), oneOf('ipva')],
  ['tax-contested', ({ normalized }) => INCOME_TAX.test(normalized) && EXEMPTING_ILLNESS.test(normalized),
    oneOf('cancer neoplasia tumor quimioterapia radioterapia leucemia linfoma tuberculose alienacao alzheimer demencia esclerose cegueira cego cega visao hanseniase paralisia cardiopatia parkinson espondiloartrose nefropatia insuficiencia hemodialise hepatopatia doenca aids hiv soropositivo soropositiva fibrose molestia')],
  ['vehicle-not-transferred', ({ normalized }) => VEHICLE_SOLD.test(normalized) && CHARGED_TO_SELLER.test(normalized), oneOf('vendi vendemos comprador compradora comprou')],
  ['irregular-subdivision', ({ normalized }) => inOneSentence(normalized, SUBDIVISION, UNAPPROVED), oneOf('loteamento loteamentos loteador loteadora loteadores loteadoras parcelamento')],
  // `UNCLAIMED` first: the rarer of the two, so most texts are answered by one test.
  ['unopposed-possession', ({ normalized }) => inOneSentence(normalized, UNCLAIMED, PROPERTY_OR_LAND), oneOf('ninguem nenhum nunca jamais sumiu desapareceu abandonou')],
  ['close-death', ({ text, notes }) => notes.includes('death') && CLOSE_DEATH.test(foldText(text))],
  // The late owner's kin claiming the place or the occupant out, in one sentence, with the place named in the message: not where the
  // client is one of the heirs or the owner was the client's partner (`CLIENT_AN_HEIR`).
  ['owners-kin-claim', ({ normalized }) => !CLIENT_AN_HEIR.test(normalized) && inOneSentence(normalized, KIN_CLAIM, KIN_CLAIM) && PROPERTY_OR_LAND.test(normalized),
    oneOf('herdeiro herdeira herdeiros herdeiras filho filha filhos filhas neto neta netos netas sobrinho sobrinha sobrinhos sobrinhas familia viuva parentes primo prima primos primas genro')],
  // The deed of a house a close relative left, asked in the message that tells the death ("meu pai faleceu e preciso passar a escritura
  // da casa pro meu nome"): the heirs take it by the inventory's partition.
  ['estate-deed', ({ notes }) => notes.includes('deed-sought') && notes.includes('close-death')],
];

/** Each word the tests of `SENTENCE_NOTES` name (`oneOf`), with the positions of the tests that name it. */
const TESTS_BY_WORD = new Map<string, number[]>();
SENTENCE_NOTES.forEach(([, , words], at) => {
  for (const word of words ?? []) TESTS_BY_WORD.set(word, [...(TESTS_BY_WORD.get(word) ?? []), at]);
});
/** The tests of `SENTENCE_NOTES` that name no words, by position (1: run). */
const UNNAMED_TESTS = Uint8Array.from(SENTENCE_NOTES, ([, , words]) => (words === undefined ? 1 : 0));

/**
 * The tests of `SENTENCE_NOTES` a text's tokens (`tokenize`) leave to run, by position (1: run): those that name no words, and those
 * that name one of the tokens. One look-up per token, not one per word a test names.
 */
function testsToRun(tokens: readonly string[]): Uint8Array {
  const run = UNNAMED_TESTS.slice();
  for (const token of tokens) {
    const tests = TESTS_BY_WORD.get(token);
    if (tests !== undefined) for (const at of tests) run[at] = 1;
  }
  return run;
}

const NOTE_MATCHER = new PhraseMatcher(
  Object.entries(CLIENT_NOTES).flatMap(([note, phrases]) => phrases.map((p) => [p, note as ClientNote] as const)),
  LEXICONS,
);
/**
 * A job held at the business told by its worker (`WORKER_TOLD`): a lexicon of its own, read beside the notes' (`SENTENCE_NOTES`), so
 * that its words ("sou funcionária", "carteira assinada") take no token from a longer or another note's phrase.
 */
const WORKER_TOLD_MATCHER = new PhraseMatcher(WORKER_TOLD.map((p) => [p, true] as const), LEXICONS);
/** A theft of the client's things, documents lost and the police report asked (`SENTENCE_NOTES`): lexicons of their own, as `WORKER_TOLD`'s. */
const THEFT_REPORT_MATCHER = new PhraseMatcher<ClientNote>([
  ...BELONGINGS_TAKEN.map((p) => [p, 'belongings-taken'] as const),
  ...DOCUMENTS_LOST.map((p) => [p, 'documents-lost'] as const),
  ...POLICE_REPORT_ASKED.map((p) => [p, 'police-report-asked'] as const),
  ...KEEPER_ASKED.map((p) => [p, 'keeper-asked'] as const),
], LEXICONS);
/** The notes `text` tells by a phrase of `THEFT_REPORT_MATCHER`, not denied: matched once per text for the four notes that ask. */
const theftReportNotes = textMemo((text: string): ReadonlySet<ClientNote> =>
  new Set(THEFT_REPORT_MATCHER.match(tokenize(text)).filter((match) => !match.negated).flatMap((match) => match.values)));
/** Whether `text` tells `note` by a phrase of `THEFT_REPORT_MATCHER`, not denied. */
function theftReportTold(text: string, note: ClientNote): boolean {
  return theftReportNotes(text).has(note);
}
/** Each note of `NOTE_YIELDS` with the phrases it yields to: a lexicon of its own, so that no other note's longer phrase hides them. */
const NOTE_YIELD_MATCHERS = Object.entries(NOTE_YIELDS).map(([note, phrases]) => ({
  note: note as ClientNote,
  matcher: new PhraseMatcher(phrases.map((p) => [p, true] as const), LEXICONS),
}));

/** Finds the notes of `CLIENT_NOTES` in a text: risks, steps already taken, the client's role. */
export class NoteExtractor {
  extract(text: string): ClientNote[] {
    const notes: ClientNote[] = [];
    const normalized = normalizeText(text);
    const tokens = tokenize(text);
    for (const match of NOTE_MATCHER.match(tokens)) {
      // A phrase that carries its own negation ("nem de pagar advogado") is not undone by an emphatic "nenhuma" before it
      // ("não tem condição nenhuma, nem de pagar advogado").
      const ownNegation = isNegator(match.phrase.split(' ')[0]);
      if (match.negated || (!ownNegation && tokens.slice(Math.max(0, match.start - 2), match.start).some((t) => NOTE_NEGATORS.includes(t)))) continue;
      if (match.phrase === 'com cnpj' && SUPPLIER_WITH_CNPJ.test(normalized)) continue;
      if (match.phrase === 'interditar' && authorityCloses(normalized)) continue;
      for (const note of match.values) if (!notes.includes(note)) notes.push(note);
    }
    if (!notes.includes('procon-filed') && filedAtProcon(normalized)) notes.push('procon-filed');
    const reading: NoteReading = { text, normalized, notes };
    const run = testsToRun(tokens);
    for (let at = 0; at < SENTENCE_NOTES.length; at++) {
      const [note, told] = SENTENCE_NOTES[at];
      if (run[at] === 1 && !notes.includes(note) && told(reading)) notes.push(note);
    }
    const yielded = NOTE_YIELD_MATCHERS.filter(({ note, matcher }) => notes.includes(note) && matcher.match(tokens).some((m) => !m.negated));
    // An app's account blocked by the platform holds no salary nor benefit.
    const platform = notes.includes('platform-account-blocked');
    return notes.filter((note) => !yielded.some((y) => y.note === note) && !(platform && note === 'blocked-income'));
  }
}

/** A block or a seizure and a salary or a benefit told in one sentence (`BLOCK_WORDS`, `INCOME_WORDS`): a court's hold on income. */
export function blocksIncome(text: string): boolean {
  const normalized = normalizeText(text);
  return inOneSentence(normalized, BLOCK_WORDS, INCOME_WORDS) && !ESTATE.test(normalized);
}

/** Complexity signals (`COMPLEXITY_PHRASES`) that name an illness of the income-tax exemption's list (Lei 7.713/88 art. 6º XIV). */
export const EXEMPTING_ILLNESS_SIGNALS = ['oncologico', 'doenca-progressiva'];
const WITHHELD = /\b(?:descont\w*|retid[oa]s?|retem|reteve|retiveram|retendo|cobrad[oa]s?|cobrando)\b/;

/**
 * The income tax withheld, told in a later message than the illness of the law's list ("descobri um câncer" ... "vem descontado todo mês o
 * imposto de renda"): the exemption is asked all the same (Lei 7.713/88 art. 6º XIV; CTN art. 165), as `tax-contested` reads it in one
 * message. `earlierSignals` are the complexity signals of the messages before.
 */
export function taxWithheldAfterIllness(text: string, earlierSignals: readonly string[]): boolean {
  return earlierSignals.some((signal) => EXEMPTING_ILLNESS_SIGNALS.includes(signal)) && inOneSentence(normalizeText(text), INCOME_TAX, WITHHELD);
}

/**
 * The marks of work like slavery one message tells (`FORCED_LABOUR_MARKS`, by index): the accumulator adds them up across messages, as
 * a worker who can write only a line at a time tells them one by one (CP art. 149). Kept by text: the note extractor and the accumulator
 * ask for each message, and the transcript pass for the joined text, whose marks are its messages' (`joinedParts`: no mark consumes a
 * "." nor is anchored), in the marks' order. Shared: do not mutate.
 */
export const forcedLabourMarksIn = textMemo((text): readonly string[] => {
  const parts = joinedParts(text);
  if (parts.length > 1) {
    const told = parts.map((part) => forcedLabourMarksIn(part));
    return FORCED_LABOUR_MARKS.flatMap((_, i) => (told.some((marks) => marks.includes(`mark-${i}`)) ? [`mark-${i}`] : []));
  }
  const normalized = normalizeText(text);
  return FORCED_LABOUR_MARKS.flatMap((mark, i) => (mark.test(normalized) ? [`mark-${i}`] : []));
});

/**
 * Work for someone told in the message (`HELD_AT_WORK`): with two marks, however many messages told them, `forced-labour`. Kept by
 * text (the note extractor and the accumulator both ask); a joined text's answer is its messages' (`joinedParts`: the pattern is
 * words alone).
 */
export const tellsWork = textMemo((text: string): boolean => {
  const parts = joinedParts(text);
  if (parts.length > 1) return parts.some((part) => tellsWork(part));
  return HELD_AT_WORK.test(normalizeText(text));
});

/** A deal with a private person (`DEALT_WITH_PERSON`) over no real property (`REAL_PROPERTY`). */
function dealtWithPerson(normalized: string): boolean {
  const deal = DEALT_WITH_PERSON.exec(normalized);
  return deal !== null && !REAL_PROPERTY.test(deal[0]);
}

function boughtFromInsolvent(normalized: string): boolean {
  return SUPPLIER_INSOLVENT.test(normalized) && CLIENT_PURCHASE.test(normalized) && !BUSINESS_BOUGHT.test(normalized);
}

function filedAtProcon(normalized: string): boolean {
  return (normalized.includes('procon') || normalized.includes('gov')) && FILED_AT_PROCON.test(normalized);
}
