import { AGREEMENT_EVERYDAY, JUST_CAUSE_ANNOUNCED, JUST_CAUSE_FEARED, JUST_CAUSE_THREATENED, LAWSUIT_EVERYDAY, PROCEEDING_ENDED } from './complexity-readings.lexicon';
import { PARTNER_DIVERTING, PARTNER_OUT } from './areas/empresarial.lexicon';
import { CONTRACT_ENDED_BY_OTHER, CRIMINAL_CASE_CLOSED, CUSTODY_REQUESTS, DEAD_PARTNER_PENSION, HOME_LENT, PRESS_CONTENT, SUPPLY_STOPPED, TEMPORARY_PUBLIC_CONTRACT, TITLE_WITH_SELLER } from './route-notes.lexicon';
import { PARTNERS_DISPUTE } from './relation-routes.lexicon';
import { DISCRIMINATION_AT_CLIENT } from './client-notes.lexicon';
import { ARREST_REPEATED, BLOWS_WITH_OBJECT, CHILD_OBJECTS, CLIENT_APPREHENDED, COLLAPSE_RISK, HELD_NOW, HIDDEN_CAMERA, INTIMATE_IMAGES, KILL_THREAT_ASCRIBED_TO_CLIENT, LIFE_AT_RISK, POLICE_CUSTODY, SENTENCE_BEING_SERVED, SENTENCE_SERVED_OUTSIDE, TAKEN_UNDER_ARREST, THREAT_TO_KILL_NAMED } from './safety.lexicon';
import { ASSETS_BEING_REMOVED, BANK_HOLD_REASONS, BENEFIT_CUT, COURT_ORDER_ON_ACCOUNT, SUPPORT_ARREST_WARNING, THREATENED_SEIZURE } from './urgency.lexicon';
import { LANDLORD_NAMED, SUPPLIER_NAMED, SUPPLY_CUT_ANY, SUPPLY_CUT_BY_HAND, SUPPLY_LACKED, VITAL_EQUIPMENT } from './utility-supply.lexicon';

/** The supply's cut told (`SUPPLY_CUT_ANY`), not the house only told without it ("estamos sem água": a pump broken, an outage). */
const SUPPLY_CUT_TOLD = SUPPLY_CUT_ANY.filter((cut) => !SUPPLY_LACKED.includes(cut));

/**
 * The bare owner told as the one who cut the supply ("o proprietário desligou o disjuntor"): read both as the landlord named
 * (`locador-nomeado`) and as the cut (`corte-anunciado`), the phrase holding both words.
 */
const LANDLORD_CUTS = ['o proprietario', 'a proprietaria', 'o dono', 'a dona'].flatMap((owner) => SUPPLY_CUT_BY_HAND.map((cut) => `${owner} ${cut}`));

/** The tradesmen and technicians a consumer calls to look at a defective product (`tecnico-do-cliente`, `parecer-escrito`). */
/** The employer's businesses as workers name them, by gender of the article (`empresa-em-outro-nome`, `grupo-do-empregador`). */
const EMPLOYER_BUSINESSES_F = ['empresa', 'firma', 'transportadora', 'loja', 'fabrica', 'oficina', 'padaria', 'construtora', 'confeccao', 'clinica', 'escola', 'farmacia', 'lanchonete', 'distribuidora'];
/**
 * The new and the old owner of the employer's business as workers name them (sucessão de empregadores, CLT arts. 10 and 448): the
 * successor and the predecessor of `sucessao-de-empregador`, and the predecessor whom the successor points the workers to
 * (`passivo-negado`).
 */
const SUCCESSOR_NAMED = [
  'dono novo', 'donos novos', 'dona nova', 'donas novas', 'novo proprietario', 'novos proprietarios', 'nova proprietaria', 'novas proprietarias',
  'proprietario novo', 'proprietarios novos', 'nova mantenedora', 'mantenedora nova', 'novo patrao', 'patrao novo',
];
const PREDECESSOR_NAMED = [
  'dono antigo', 'donos antigos', 'dona antiga', 'antigo proprietario', 'antigos proprietarios', 'antiga proprietaria', 'proprietario anterior',
  'proprietarios anteriores', 'antiga mantenedora', 'mantenedora antiga', 'mantenedora anterior',
];
/** The old owner as the object of "com" and of "de" ("com o antigo", "do antigo"): `OLD_OWNER_BLAMED`. */
const OLD_OWNERS: Array<[string, string]> = [
  ...['antigo', 'outro dono', 'antigo dono', 'dono anterior', 'ex dono', 'antigo patrao', 'dono antigo', 'antigo proprietario', 'proprietario anterior']
    .map((old): [string, string] => [`o ${old}`, `do ${old}`]),
  ...['antiga', 'antiga dona', 'dona antiga', 'antiga mantenedora', 'mantenedora antiga', 'mantenedora anterior'].map((old): [string, string] => [`a ${old}`, `da ${old}`]),
  ...['antigos donos', 'donos antigos', 'donos anteriores'].map((old): [string, string] => [`os ${old}`, `dos ${old}`]),
];
/** The old owner blamed by the successor for the debts of his time ("quem paga é o dono antigo", "era obrigação do antigo"). */
const OLD_OWNER_BLAMED: string[] = OLD_OWNERS.flatMap(([old, ofOld]) => [
  `e do tempo ${ofOld}`, `sao do tempo ${ofOld}`, `era do tempo ${ofOld}`, `eram do tempo ${ofOld}`,
  `e obrigacao ${ofOld}`, `era obrigacao ${ofOld}`, `e responsabilidade ${ofOld}`, `era responsabilidade ${ofOld}`, `e coisa ${ofOld}`, `e problema ${ofOld}`,
  `ficou com ${old}`, `quem paga e ${old}`, `quem deve e ${old}`, `quem tem que pagar e ${old}`, `procurar ${old}`, `cobrar ${ofOld}`,
  `contrato com ${old} acabou`, `contrato com ${old} terminou`, `contrato com ${old} encerrou`, `que ${old} devia`, `que ${old} deviam`,
]);
/** The successor as the subject of a refusal or of a payment ("o dono novo não quer pagar", "a dona nova já acertou"). */
const SUCCESSOR_SUBJECTS = [...SUCCESSOR_NAMED, 'novo dono', 'novos donos', 'nova dona', 'novas donas', 'o comprador', 'a compradora', 'os compradores'];
const EMPLOYER_BUSINESSES_M = ['restaurante', 'mercado', 'supermercado', 'posto', 'hotel', 'comercio', 'negocio', 'frigorifico', 'deposito', 'bar'];
const TECHNICIANS = ['tecnico', 'marceneiro', 'mecanico', 'engenheiro', 'eletricista', 'encanador', 'tapeceiro', 'borracheiro', 'perito'];
/** What such a tradesman did to the product or the house before putting his opinion in writing (`tecnico-do-cliente`). */
const CHECKED_BY_TECHNICIAN = ['olhou', 'viu', 'avaliou', 'examinou', 'analisou', 'testou', 'mediu', 'verificou', 'vistoriou', 'conferiu', 'abriu'];
/** The trade a technician the client found is told by ("um técnico em refrigeração"): a specialist, not the seller's service. */
const TECHNICIAN_SPECIALTIES = ['baterias', 'eletronica', 'eletronicos', 'eletrica', 'refrigeracao', 'informatica', 'celular', 'celulares', 'motos', 'motores'];

/**
 * The client's property already taken for a debt and set for auction (CPC art. 879; Lei 9.514/97 arts. 26-27, the fiduciary
 * creditor's consolidation): the last point to stop the sale (purgação da mora, bem de família, Lei 8.009/90).
 */
const PROPERTY_AUCTION = [
  'vai a leilao', 'vai para leilao', 'vai pra leilao', 'ir a leilao', 'ir para leilao', 'levar a leilao', 'marcou o leilao', 'marcaram o leilao', 'leilao marcado',
  'leilao da minha casa', 'leilao do meu apartamento', 'leilao do meu imovel', 'leilao do imovel', 'leilao da casa', 'leilao do apartamento',
  'consolidacao da propriedade', 'consolidar a propriedade', 'consolidou a propriedade', 'propriedade passa para o banco',
];

/**
 * A public servant's dismissal told as the outcome of the disciplinary proceeding ("fui demitido num processo administrativo", "demitida
 * por abandono de cargo"): the penalty of demissão already imposed (Lei 8.112/90 arts. 127 III, 132 and 138; the local statutes), which
 * only an annulment of the PAD undoes. A private employer runs no processo administrativo, and `perda-do-cargo` weighs in administrative cases only.
 */
export const SERVANT_DISMISSED_BY_PROCESS: string[] = [
  'demitid* num processo administrativo', 'demitid* no processo administrativo', 'demitid* em processo administrativo', 'demitid* em um processo administrativo',
  'demitid* por processo administrativo', 'demitid* pelo processo administrativo', 'demitid* apos processo administrativo', 'demitid* apos o processo administrativo',
  'demitid* por abandono de cargo', 'demitid* por abandono do cargo', 'demissao por abandono de cargo', 'demissao por abandono do cargo',
];

/**
 * A stable servant's or a military's post already lost by a disciplinary penalty, told in the words a client uses: the demissão
 * published ("saiu minha demissão no Diário Oficial", "a demissão saiu publicada", "saiu a portaria com minha demissão"), the
 * demissão a bem do serviço público, and the exclusion of a police officer or a firefighter after a Conselho de Disciplina
 * ("excluído da polícia militar", "excluído a bem da disciplina", "licenciado a bem da disciplina", "expulso da corporação").
 * Law: CF art. 41 §1º II (a stable servant loses the post only by a PAD with full defence) and art. 5º LV; Lei 8.112/90 arts. 127
 * III-IV, 132 and 137 (demissão, a bem do serviço público) and art. 28 (reintegração with every advantage since); for the praças,
 * Lei 6.880/80 arts. 94 and 125 (exclusão a bem da disciplina), Decreto 71.500/72 (Conselho de Disciplina), Súmula 673 STF (the
 * loss of the graduation by an administrative proceeding). The annulment is asked by a mandado de segurança within 120 days (Lei
 * 12.016/09 art. 23) or an ordinary suit, on the PAD's defects (Súmulas 591 and 665 STJ), the pay lost meanwhile. Not a lighter
 * penalty (advertência, suspensão, detenção), an exoneração ad nutum, nor a candidate eliminated from an exam.
 */
export const SERVANT_POST_LOST: string[] = [
  // The demissão told as an act already published, not the penalty a proceeding may end in ("pode dar demissão").
  ...['saiu minha demissao', 'saiu a minha demissao', 'saiu a demissao', 'demissao saiu', 'publicaram minha demissao', 'publicaram a minha demissao', 'publicaram a demissao'],
  ...['saiu a portaria com minha demissao', 'saiu a portaria com a minha demissao', 'saiu a portaria da minha demissao', 'saiu a portaria me demitindo'],
  'demitid* a bem do servico publico', 'minha aposentadoria foi cassada', 'a aposentadoria foi cassada',
  // The exclusion told as done to the client or the relative ("fui excluído", "me expulsaram"), never as the noun a council may
  // decide ("pode dar exclusão da corporação"): a penalty threatened is a proceeding still to defend.
  ...['fui', 'foi'].flatMap((was) => ['excluid*', 'expuls*', 'licenciad*'].flatMap((out) => [
    `${was} ${out} da policia`, `${was} ${out} da pm`, `${was} ${out} da corporacao`, `${was} ${out} do corpo de bombeiros`, `${was} ${out} dos bombeiros`,
    `${was} ${out} do servico publico`, `${was} ${out} a bem da disciplina`,
  ])),
  ...['me excluiram', 'me expulsaram', 'me licenciaram'].flatMap((out) => [`${out} da policia`, `${out} da pm`, `${out} da corporacao`, `${out} a bem da disciplina`]),
];

/**
 * The tax authority's own fine (multa de ofício, Lei 9.430/96 art. 44: 75%, or 150% when qualified by fraud): it exists only in a
 * lançamento de ofício, so a review that ends with it ("caí na malha fina... multa de 75%") is an assessment whose impugnação
 * opens the processo administrativo fiscal within 30 days (Decreto 70.235/72 arts. 14-15), not a request for documents.
 */
const TAX_OFFICE_FINE = ['multa de oficio', 'multa de 75', 'multa de 150', 'multa qualificada'];

/** The condômino antissocial and the remedies asked against them (CC art. 1.337). */
export const ANTISOCIAL_OWNER: string[] = [
  'condomino antissocial', 'condomina antissocial', 'morador antissocial', 'moradora antissocial', 'comportamento antissocial', 'conduta antissocial',
  // The owner's exclusion asked by the building, with the owner as object: a síndico's threat to the client ("vai me expulsar") is not this.
  'expulsar ele do condominio', 'expulsar ela do condominio', 'expulsar ele do predio', 'expulsar ela do predio',
  'tirar ele do predio', 'tirar ela do predio', 'tirar ele do condominio', 'tirar ela do condominio', 'exclusao do condomino', 'expulsao do condomino',
];

/** The INSS's discharge told with the return to work ("o perito me deu alta e voltei"): the benefit ended and the insured back at work. */
const DISCHARGED_AND_BACK: string[] = ['deu alta', 'me deu alta', 'deram alta', 'me deram alta', 'tive alta', 'recebi alta'].flatMap((discharged) =>
  ['voltei', 'eu voltei', 'ja voltei', 'retornei'].map((back) => `${discharged} e ${back}`),
);

/**
 * Words that show a complexity feature of `COMPLEXITY_FEATURES` (complexity-features.lexicon.ts).
 * Each feature counts once per interview, however often its words appear; a negated phrase
 * ("nunca foi preso") does not count. Phrases follow the area lexicon syntax.
 */

/** Fingers lost, in the first or the third person, by article or number (the amputation of a member's part, CP art. 129 §2 III). */
const LOST_FINGERS: string[] = ['perdi', 'perdeu'].flatMap((verb) =>
  ['o dedo', 'um dedo', 'os dedos', 'dois dedos', 'tres dedos', 'quatro dedos', '2 dedos', '3 dedos', '4 dedos'].map((fingers) => `${verb} ${fingers}`),
);

/**
 * A lasting injury in lay words, for `dano-permanente` and `dano-grave` alike: fingers lost, "aleijado" (a lasting disability), the face
 * paralysed and an injury a doctor calls permanent (a lost function or a lasting deformity: CP art. 129 §2 III-IV; CC arts. 949-950).
 */
/**
 * A death told with where or how it came ("morreu no acidente", "morreu no hospital", "morreu na hora", "veio a óbito"): harm done
 * (`dano-grave`) and a life ended (`dano-permanente`, CC art. 948), read under both as the longer phrase hides the bare "morreu".
 * Not "morreu num ..." (an accident at work, a fall): before the INSS that death is the pension's fact, no lasting harm kept.
 */
const DEATH_WHERE_IT_CAME = ['morte no acidente', 'morreu no acidente', 'morreu no hospital', 'morreu na hora', 'morreu no local', 'veio a obito'];
const LASTING_INJURY: string[] = [...LOST_FINGERS, 'aleijad*', 'paralisia facial', 'lesao permanente', 'lesoes permanentes', 'lesao e permanente', 'lesao definitiva'];

/**
 * A business counterparty named by its nationality ("o fabricante é italiano", "uma empresa chinesa", "pela lei alemã"): a contract
 * with a foreign party, where the law that governs it (LINDB art. 9º; a choice of law or of a foreign forum or arbitration, CPC art.
 * 25 and Lei 9.307/96 arts. 34-40), service abroad (carta rogatória) and the enforcement of what is decided are disputed beside the
 * merits; sales of goods fall under the Vienna Convention (Decreto 8.327/2014). Not a shop or a site: a purchase there is a consumer's.
 */
const FOREIGN_NATIONALITIES: string[] = [
  'italiano', 'italiana', 'alemao', 'alema', 'chines', 'chinesa', 'japones', 'japonesa', 'frances', 'francesa', 'espanhol', 'espanhola',
  'holandes', 'holandesa', 'suico', 'suica', 'argentino', 'uruguaio', 'uruguaia', 'paraguaio', 'paraguaia', 'chileno', 'chilena', 'mexicano', 'mexicana',
  'canadense', 'coreano', 'coreana', 'indiano', 'indiana', 'americano', 'americana', 'norte americano', 'norte americana', 'ingles', 'inglesa', 'portugues', 'portuguesa',
];
const FOREIGN_PARTY_NOUNS: string[] = [
  'empresa', 'fabricante', 'fornecedor', 'fornecedora', 'fabrica', 'importador', 'importadora', 'exportador', 'exportadora', 'grupo', 'investidor', 'socio',
];
const FOREIGN_PARTY: string[] = [
  ...FOREIGN_PARTY_NOUNS.flatMap((noun) => FOREIGN_NATIONALITIES.flatMap((nationality) => [`${noun} ${nationality}`, `${noun} e ${nationality}`, `${noun} era ${nationality}`])),
  ...FOREIGN_NATIONALITIES.map((nationality) => `lei ${nationality}`),
];

/** The client's own move abroad told by a moving verb and a foreign place ("vou me mudar para Portugal"): `mudanca-para-o-exterior`. */
const CLIENT_MOVES_ABROAD: string[] = [
  'vou me mudar para', 'vou me mudar pra', 'me mudar para', 'me mudar pra', 'me mudando para', 'me mudando pra', 'vou morar em', 'vou morar no', 'vou morar na', 'vou morar nos',
  'vou embora para', 'vou embora pra', 'vou embora pro', 'emigrar para', 'emigrar pra',
].flatMap((move) =>
  ['portugal', 'estados unidos', 'europa', 'o exterior', 'exterior', 'canada', 'italia', 'espanha', 'alemanha', 'inglaterra', 'irlanda', 'australia', 'japao', 'eua', 'outro pais']
    .map((place) => `${move} ${place}`),
);

/**
 * The client's consent to a child's travel or move withheld, in the first person ("eu não autorizei", "não assinei autorização nenhuma",
 * "sem a minha autorização", "não dei consentimento"): abroad, a child travels with one parent only with the other's authorization or
 * a judge's (ECA arts. 83-85; Res. CNJ 131/2011). Building block of `subtracao-internacional` (`IMPLIED_FEATURES`).
 */
const CONSENT_WITHHELD: string[] = [
  'nao autorizei', 'eu nao autorizei', 'nunca autorizei', 'nao autorizo', 'nao vou autorizar', 'nao dei autorizacao', 'nao dei a autorizacao', 'nunca dei autorizacao',
  'nao dei consentimento', 'nao dei o consentimento', 'nao dei meu consentimento', 'nao consenti', 'nao dei permissao', 'nao dei a permissao',
  ...['nao assinei', 'nunca assinei', 'nao vou assinar'].flatMap((sign) => [`${sign} autorizacao`, `${sign} a autorizacao`, `${sign} nenhuma autorizacao`, `${sign} nenhuma autorizacao de viagem`]),
  'sem a minha autorizacao', 'sem minha autorizacao', 'sem o meu consentimento', 'sem meu consentimento', 'sem a minha permissao', 'sem minha permissao',
  'sem o meu conhecimento', 'sem eu autorizar', 'sem eu assinar',
  // The consent never asked: the child taken without a word to the client ("foi embora sem me avisar", "sem me consultar"), or the
  // client's refusal of a move announced ("eu não concordo").
  'sem me avisar', 'sem me avisar nada', 'sem me consultar', 'sem falar comigo', 'sem me falar nada', 'sem me perguntar', 'sem eu saber',
  'escondido de mim', 'escondida de mim', 'eu nao concordo', 'nao concordo com a mudanca', 'eu nao aceito a mudanca',
];
/** The children a parent takes or keeps, named by a pronoun or by who they are. */
const TAKEN_CHILD: string[] = [
  'ele', 'ela', 'eles', 'elas', 'meu filho', 'minha filha', 'meus filhos', 'minhas filhas', 'o meu filho', 'a minha filha', 'nosso filho', 'nossa filha',
  'o nosso filho', 'a nossa filha', 'nossos filhos', 'nossas filhas', 'o menino', 'a menina', 'os meninos', 'as meninas', 'a crianca', 'as criancas', 'o bebe', 'a bebe',
];
/**
 * The other parent taking the child or keeping them away ("vai levar ele embora", "levou minha filha", "não volta mais"): with the consent
 * withheld and a foreign place, the child's removal or retention abroad (`subtracao-internacional`). Building block only.
 */
const CHILD_TAKEN_OR_KEPT: string[] = [
  ...['levar', 'levou', 'levando', 'leva', 'levaria'].flatMap((take) => TAKEN_CHILD.map((child) => `${take} ${child}`)),
  // The move itself told with the child ("se mudou com os meninos", "pegou as crianças e se mudou", "mudou de estado com ela").
  ...['se mudou com', 'mudou com', 'mudou de estado com', 'mudou de cidade com', 'foi embora com', 'sumiu com', 'pegou'].flatMap((take) =>
    TAKEN_CHILD.filter((child) => take !== 'pegou' || !['ele', 'ela', 'eles', 'elas'].includes(child)).map((child) => `${take} ${child}`)),
  'nao volta mais', 'nao vai voltar', 'nao vai mais voltar', 'nao quer voltar', 'nao quer mais voltar', 'nao voltou', 'nao vai devolver', 'nao quer devolver',
];

/**
 * The other parent (or whoever keeps the child) barring the client from seeing the child: "não deixa eu ver ele", "me impedindo de
 * ver meus filhos", "dificultando eu pegar o menino", "impedindo as visitas", "desde então não vejo meu filho" (`convivencia-impedida`).
 * The child named by a pronoun or by who they are (`TAKEN_CHILD`, and the South's "guri"), so that "não me deixa ver o extrato" is no
 * visit refused; the seeing of a child by name only ("não vejo meu filho"), never of a bare pronoun ("não vejo ele desde 2020" is
 * the ex). Not a grandchild: the grandparents' visits (CC art. 1.589 parágrafo único) are another claim.
 */
const KEPT_FROM_CHILD: string[] = [...TAKEN_CHILD, 'o guri', 'a guria', 'o meu guri', 'a minha guria', 'meu guri', 'minha guria', 'os guris'];
const NAMED_CHILD: string[] = KEPT_FROM_CHILD.filter((child) => !['ele', 'ela', 'eles', 'elas'].includes(child));
const VISIT_BARRED: string[] = [
  ...[
    'nao deixa eu', 'nao deixa mais eu', 'nao ta deixando eu', 'nao esta deixando eu', 'nao quer deixar eu', 'nao deixou eu', 'dificultando eu', 'dificulta eu',
    'impedindo eu', 'impede eu', 'nao me deixa', 'nao me deixa mais', 'nao ta me deixando', 'nao esta me deixando', 'nao quer me deixar', 'nao me deixou',
    'me impede de', 'me impedindo de', 'me impediu de', 'me proibe de', 'me proibindo de', 'me proibiu de', 'pra eu nao', 'para eu nao',
  ].flatMap((barred) =>
    ['ver', 'visitar', 'pegar', 'buscar'].flatMap((visit) => [
      ...KEPT_FROM_CHILD.map((child) => `${barred} ${visit} ${child}`),
      // A visit refused needs no child named: the client visits the child.
      ...(visit === 'visitar' ? [`${barred} ${visit}`] : []),
    ]),
  ),
  // Staying with a child by name only: "não deixa eu ficar com ela" may be a partner.
  ...['nao deixa eu ficar com', 'nao me deixa ficar com', 'nao quer deixar eu ficar com', 'me impede de ficar com'].flatMap((barred) => NAMED_CHILD.map((child) => `${barred} ${child}`)),
  ...['nao deixa que eu veja', 'nao quer que eu veja', 'nao permite que eu veja', 'impede que eu veja', 'proibe que eu veja', 'proibiu que eu veja'].flatMap((barred) =>
    KEPT_FROM_CHILD.map((child) => `${barred} ${child}`),
  ),
  ...['nao vejo', 'nao consigo ver', 'sem ver'].flatMap((unseen) => NAMED_CHILD.map((child) => `${unseen} ${child}`)),
  ...['impedindo', 'impede', 'impediu', 'proibiu', 'proibindo', 'proibe', 'cortou', 'negando', 'nega', 'negou', 'dificultando', 'dificulta'].flatMap((barred) =>
    ['as visitas', 'a visita', 'minhas visitas', 'as minhas visitas', 'o direito de visita', 'a convivencia', 'o convivio'].map((visits) => `${barred} ${visits}`),
  ),
];

/** The client taking the child ("quero levar minha filha comigo"): the client asks the consent the other parent withholds (`filho-levado-pelo-cliente`). */
const CLIENT_TAKES_CHILD: string[] = ['quero levar', 'queria levar', 'vou levar', 'pretendo levar', 'gostaria de levar', 'posso levar', 'quero mudar com', 'vou mudar com']
  .flatMap((take) => TAKEN_CHILD.map((child) => `${take} ${child}`));

/** Another dependant asking the same pension by death, told with "também" or as a dispute (`varias-partes`, `outro-dependente`). */
const PENSION_ALSO_CLAIMED: string[] = [
  'tambem pediu a pensao', 'tambem quer a pensao', 'tambem esta pedindo a pensao', 'tambem ta pedindo a pensao', 'tambem deu entrada na pensao',
  'tambem foi pedir a pensao', 'tambem foi no inss pedir a pensao', 'tambem foi ao inss pedir a pensao', 'tambem entrou com pedido de pensao',
  'quer dividir a pensao', 'disputando a pensao', 'disputa a pensao', 'brigando pela pensao',
];
/**
 * Another dependant who asked for or already receives the pension the client claims (a wife separated in fact, a former
 * companion, a divorced wife with support: Lei 8.213/91 arts. 16, 76 and 77): told of "ela" or by who she is, or without a
 * subject in the third person ("já está recebendo a pensão"; the client says "estou"). Building block of `varias-partes` and
 * `uniao-contra-outro-dependente` in social-security cases (`IMPLIED_FEATURES`).
 */
const OTHER_DEPENDANT_CLAIMS: string[] = [
  ...['ela', 'a ex', 'a ex mulher', 'a ex mulher dele', 'a ex esposa', 'a ex esposa dele', 'a esposa dele', 'a mulher dele', 'a outra mulher', 'a outra',
    'a viuva', 'a ex companheira', 'a ex companheira dele', 'a companheira dele', 'a outra companheira'].flatMap((who) =>
    ['deu entrada na pensao', 'ja deu entrada na pensao', 'pediu a pensao', 'ja pediu a pensao', 'esta pedindo a pensao', 'ta pedindo a pensao',
      'pedindo a pensao', 'entrou com pedido de pensao', 'recebe a pensao', 'esta recebendo a pensao', 'ta recebendo a pensao'].map((claim) => `${who} ${claim}`)),
  ...PENSION_ALSO_CLAIMED, 'ja esta recebendo a pensao', 'ja ta recebendo a pensao', 'ja recebe a pensao', 'ficou com a pensao', 'recebendo a pensao inteira',
  'recebe a pensao inteira', 'pedindo a pensao tambem', 'pediu a pensao tambem', 'quer a pensao tambem', 'quer parte da pensao', 'quer metade da pensao',
];
/** The alleged father's refusal to register the child ("não quer registrar ela", "se recusa a registrar o menino"): `filiacao-a-reconhecer`. */
const FATHER_REFUSES_REGISTRY: string[] = [
  'nao quer registrar', 'nao quis registrar', 'nunca quis registrar', 'se recusa a registrar', 'se recusou a registrar', 'se nega a registrar', 'se negou a registrar',
].flatMap((refuse) =>
  ['ele', 'ela', 'o menino', 'a menina', 'a crianca', 'o bebe', 'a bebe', 'o nenem', 'meu filho', 'minha filha', 'o meu filho', 'a minha filha', 'o filho', 'a filha', 'nosso filho', 'nossa filha']
    .map((child) => `${refuse} ${child}`),
);
/** An estate's inventory already opened (CPC arts. 610 ss.): a proceeding under way, and an estate at stake. */
const INVENTORY_OPENED: string[] = ['abriram o inventario', 'abriu o inventario', 'inventario aberto', 'inventario em andamento', 'inventario ja foi aberto'];

/** Parts of the face whose loss is a deformity ("perdeu parte da orelha", "arrancou um pedaço do nariz"). */
const FACE_PARTS = ['orelha', 'nariz', 'labio'].flatMap((part) => {
  const article = part === 'nariz' || part === 'labio' ? 'o' : 'a';
  const of = article === 'o' ? 'do' : 'da';
  return [`${article} ${part}`, `parte ${of} ${part}`, `um pedaco ${of} ${part}`, `a ponta ${of} ${part}`];
});

/** The client asked to give a place back: the eviction, the notice or the term to leave (`ocupante-de-imovel-alheio`, `desocupacao-pedida`). */
const ASKED_TO_LEAVE: string[] = [
  'despejo', 'me despejar', 'desocupar', 'mandou eu sair', 'mandou sair',
  ...['notificacao', 'aviso', 'dias', 'prazo'].flatMap((notice) => [`${notice} pra sair`, `${notice} para sair`]),
];

/** Many people told without a count ("muita gente", "várias pessoas"): those harmed together (`coletivo`), or only others who were hit or saw. */
const MANY_PEOPLE = ['muita gente', 'varias pessoas', 'muitas pessoas', 'um monte de gente'];

/** A firearm as a client names one within the aggressor's reach: "uma arma", "um revólver", "uma espingarda" (`ameaca-armada`). */
const FIREARMS = ['uma arma', 'arma', 'um revolver', 'uma pistola', 'pistola', 'uma espingarda', 'espingarda', 'uma garrucha', 'uma arma de fogo', 'um trinta e oito'];

/** A relative killed, told with the killing verb: "matou meu pai", "mataram a minha filha" (`morte-causada`). */
const RELATIVES_KILLED = [
  'pai', 'mae', 'filho', 'filha', 'filhos', 'filhas', 'irmao', 'irma', 'irmaos', 'marido', 'esposa', 'esposo', 'mulher', 'companheiro', 'companheira',
  'namorado', 'namorada', 'noivo', 'noiva', 'avo', 'vo', 'vovo', 'neto', 'neta', 'tio', 'tia', 'primo', 'prima', 'sobrinho', 'sobrinha', 'sogro', 'sogra',
  'genro', 'nora', 'cunhado', 'cunhada', 'bebe', 'enteado', 'enteada', 'padrasto', 'madrasta',
];
const KILLED_RELATIVES = ['matou', 'mataram'].flatMap((verb) =>
  ['', 'o ', 'a ', 'os ', 'as '].flatMap((article) => ['meu', 'minha', 'meus', 'minhas', 'nosso', 'nossa'].flatMap((own) => RELATIVES_KILLED.map((who) => `${verb} ${article}${own} ${who}`))),
);

/**
 * The client's own request to a public body, told as the proceeding the client opened ("abri um processo na prefeitura", "dei entrada
 * no pedido de restituição"): the body's duty to decide it (CF art. 5º XXXIV; Lei 9.784/99 art. 48), no proceeding against the client.
 */
const OWN_REQUEST: string[] = ['abri', 'eu abri', 'dei entrada', 'dei entrada em', 'dei entrada no', 'dei entrada num', 'entrei com', 'protocolei', 'fiz'].flatMap((filed) =>
  ['processo', 'um processo', 'o processo', 'processo administrativo', 'um processo administrativo', 'o processo administrativo', 'o pedido administrativo',
    'um pedido administrativo', 'pedido administrativo', 'o pedido de restituicao', 'pedido de restituicao', 'um pedido de restituicao', 'o pedido de isencao',
    'pedido de isencao', 'um pedido de isencao'].map((request) => `${filed} ${request}`),
);

/**
 * A person with a disability named by the words a lawyer lists for it (Lei 13.146/15 art. 2º; autism is a disability, Lei
 * 12.764/12 art. 1º §2º; monocular vision, Lei 14.126/21): the disabled person's status, told of the client or of a relative. Those
 * holding a word of `vulneravel` ("deficiência", "deficiente", "autis*") are listed there too, so the longer phrase keeps it. Not an
 * illness or an injury of the worker's (LER, a hernia, the auxílio-doença): a disability is a lasting impairment that, with the
 * barriers met, obstructs an equal life, and a sickness leave is none by itself.
 */
export const DISABLED_PERSON_WITH_VULNERABLE_WORDS: string[] = [
  'pessoa com deficiencia', 'pessoas com deficiencia', 'com deficiencia', 'tem deficiencia', 'tenho deficiencia', 'tem uma deficiencia', 'tenho uma deficiencia',
  ...['fisica', 'visual', 'auditiva', 'intelectual', 'mental', 'multipla'].map((kind) => `deficiencia ${kind}`),
  ...['fisico', 'fisica', 'visual', 'auditivo', 'auditiva', 'intelectual', 'mental'].map((kind) => `deficiente ${kind}`),
  'laudo de deficiencia', 'portador de deficiencia', 'portadora de deficiencia', 'sou deficiente', 'e deficiente',
  'autis*', 'espectro autista', 'transtorno do espectro autista',
];
const DISABLED_PERSON: string[] = [
  ...DISABLED_PERSON_WITH_VULNERABLE_WORDS,
  'pcd', 'pcds', 'outro pcd', 'outra pcd', 'cadeirante', 'cadeirantes', 'cadeira de rodas', 'muleta', 'muletas', 'sindrome de down',
  'com tea', 'tem tea', 'laudo de tea', 'diagnostico de tea', 'diagnosticado com tea', 'diagnosticada com tea', 'transtorno do espectro',
  'cego', 'cega', 'cegos', 'cegueira', 'surdo', 'surda', 'surdos', 'surdez', 'surdocego', 'surdocega', 'surdo mudo', 'surda muda', 'baixa visao', 'visao monocular',
  'nanismo', 'paralisia cerebral', 'paraplegi*', 'tetraplegi*', 'necessidades especiais', 'crianca especial', 'filho especial', 'filha especial', 'aluno especial',
  'aluna especial', 'crianca atipica', 'filho atipico', 'filha atipica', 'mae atipica', 'neurodivergente',
];
/**
 * A lasting condition told as the person's standing state ("sou tetraplégico desde 2009", "minha filha é paraplégica", "usa cadeira de
 * rodas", "nasceu com paralisia cerebral", "tenho sequela de AVC"): who the client or the relative is, not harm the other side caused.
 * Civil liability is owed for harm an act caused (CC arts. 186 and 927), measured by the injury that act did (arts. 944, 949-950); a
 * standing condition with no act told that caused it is no head of damage in a dispute about a bill, a fee, a benefit or a job. These
 * longer phrases take the words from `dano-grave` and `dano-permanente` (keeping the disabled person's status, `pessoa-com-deficiencia`,
 * where the word names a disability); an accident, a fall, an aggression or a medical error told in the case (`causa-do-dano`) gives
 * the harm back (`IMPLIED_FEATURES`). "ficou paraplégico" is the harm itself and stays with `dano-grave`.
 */
const STANDING_DISABILITIES: string[] = [
  ...['paraplegi*', 'tetraplegi*'].flatMap((state) => [`sou ${state}`, `e ${state}`, `era ${state}`, `${state} desde`, `${state} ha`, `${state} faz`]),
  ...['paralisia cerebral', 'lesao medular'].flatMap((state) => [`tem ${state}`, `tenho ${state}`, `nasceu com ${state}`, `nasci com ${state}`,
    `portador de ${state}`, `portadora de ${state}`, `${state} desde`]),
  ...['usa', 'uso', 'usava', 'anda de', 'ando de', 'anda em', 'ando em'].map((uses) => `${uses} cadeira de rodas`), 'cadeira de rodas desde',
];
/** An illness's lasting sequel told as the person's state (a stroke's, polio's): no disability's name, no harm caused either. */
const STANDING_SEQUELS: string[] = ['sequela', 'sequelas'].flatMap((sequel) =>
  ['de avc', 'de um avc', 'do avc', 'de derrame', 'de um derrame', 'do derrame', 'de paralisia infantil', 'de poliomielite', 'da poliomielite'].map((illness) => `${sequel} ${illness}`),
);
/**
 * An act that caused harm to a person, told in lay words (`causa-do-dano`): an accident, a vehicle hit, a fall, an aggression, a shot,
 * a robbery, a medical error or a surgery. Beside a standing condition (`condicao-de-base`) it makes the condition the harm of that act
 * (CC arts. 186, 927, 949-950; CP art. 129 §§1º-2º), which weighs as it did before.
 */
const HARM_CAUSES: string[] = [
  'acidente', 'acidentes', 'acidentou', 'acidentei', 'acidentad*', 'atropel*', 'bateu', 'bateram', 'batida', 'colisao', 'capotou', 'capotamento',
  ...['cai', 'caiu', 'queda'].flatMap((fall) => [`${fall} do`, `${fall} da`, `${fall} de`, `${fall} num`, `${fall} numa`]), 'tombo',
  'espancad*', 'agredid*', 'agressao', 'agrediu', 'agrediram', 'surra', 'tiro', 'tiros', 'baleado', 'baleada', 'bala perdida', 'facada', 'facadas', 'esfaquead*', 'assalto',
  'erro medico', 'erros medicos', 'erro do medico', 'erro no parto', 'no parto', 'durante o parto', 'negligencia medica',
  // The harm done in a surgery, in two words, so as not to take the words of a longer phrase ("morreu depois de", `lesao-de-acidente`);
  // not a surgery refused or asked ("negou a cobertura da cirurgia").
  'na cirurgia', 'numa cirurgia',
];
/**
 * The same words in a figure of speech ("ponto cego", "se faz de surdo", "às cegas"): no disability (`expressao-figurada`, no points).
 * Longer than `DISABLED_PERSON`'s, they keep it from reading the car's blind spot or a landlord not answering as a disabled person
 * (the blind spot with its article too, longer than `locacao-empresarial`'s "no ponto").
 */
const DISABILITY_IDIOMS: string[] = [
  ...['', 'no ', 'no meu ', 'num ', 'do ', 'do meu ', 'o ', 'meu '].flatMap((before) => [`${before}ponto cego`, `${before}pontos cegos`]), 'as cegas', 'confianca cega', 'fe cega', 'obediencia cega', 'cego de raiva', 'cega de raiva', 'cego de ciume', 'cega de ciume',
  ...['surdo', 'surda'].flatMap((deaf) => [`se faz de ${deaf}`, `se fez de ${deaf}`, `se fazendo de ${deaf}`, `fazendo de ${deaf}`, `se faca de ${deaf}`]),
  'ouvido surdo', 'ouvidos surdos', 'ouvidos de surdo', 'dialogo de surdos',
];
/**
 * What a disabled person's own rights turn on, in the words a lawyer lists for them (Lei 13.146/15): accessibility and the
 * reasonable accommodation refused (arts. 3º I and VI, 53-57; Lei 10.098/00), at work too (art. 34 §1º; a deaf worker's Libras
 * interpreter, Lei 10.436/02); the inclusive school's support and its enrolment refused or charged extra (art. 28 XVII and §1º;
 * Lei 12.764/12 art. 3º p.u. and art. 7º); the therapies of an autistic or disabled patient (Lei 12.764/12 art. 3º III b; Lei
 * 14.454/22 beyond the ANS list); the quota and the dismissal only with a substitute (Lei 8.213/91 art. 93 §1º); the guide dog
 * (Lei 11.126/05); a service refused or the person turned away, a discrimination and a crime (LBI arts. 4º and 88).
 */
/**
 * The support or the accessibility a disabled person is owed, told by its absence ("não dá professor de apoio", "nem tem elevador"):
 * the refusal itself, which the words alone would read as negated.
 */
const SUPPORT_OWED: string[] = [
  'rampa', 'elevador', 'acessibilidade', 'interprete', 'interprete de libras', 'mediador', 'mediadora', 'profissional de apoio', 'professor de apoio',
  'professora de apoio', 'acompanhante terapeutico', 'monitor', 'cuidador', 'cuidadora', 'adaptacao', 'banheiro adaptado',
];
const SUPPORT_WITHHELD: string[] = ['sem', 'nao tem', 'nem tem', 'nao da', 'nao oferece', 'nao fornece', 'nao disponibiliza', 'nao coloca', 'nao quer colocar', 'nao quer dar']
  .flatMap((withheld) => SUPPORT_OWED.map((support) => `${withheld} ${support}`));
const DISABLED_PERSONS_RIGHTS: string[] = [
  ...SUPPORT_WITHHELD,
  'acessibilidade', 'acessivel', 'rampa', 'rampas', 'plataforma elevatoria', 'elevador', 'so tem escada', 'banheiro adaptado', 'adaptacao', 'adaptacoes', 'adaptacao razoavel', 'adaptar', 'adaptado', 'adaptada', 'tecnologia assistiva',
  'ambulift', 'cao guia', 'caes guia', 'cao de assistencia', 'interprete de libras', 'libras', 'braille', 'audiodescricao', 'leitor de tela',
  'mediador', 'mediadora', 'profissional de apoio', 'professor de apoio', 'professora de apoio', 'acompanhante terapeutico', 'acompanhante especializado',
  'sala de recursos', 'atendimento educacional especializado', 'plano educacional individualizado', 'escola especial',
  ...['recusou', 'recusaram', 'negou', 'negaram', 'nao aceitou', 'nao aceitaram', 'cancelou', 'cancelaram'].map((refused) => `${refused} a matricula`),
  'recusa de matricula', 'recusa da matricula', 'nao quis matricular', 'nao quiseram matricular', 'taxa extra', 'taxa adicional', 'cobranca adicional', 'cobranca extra',
  'terapia aba', 'tratamento aba', 'metodo aba', 'de aba', 'horas de aba', 'sessoes de aba', 'aba e fono', 'fonoaudiologia', 'fono', 'terapia ocupacional',
  'psicopedagoga', 'psicopedagogia', 'equoterapia', 'hidroterapia', 'musicoterapia', 'fisioterapia', 'terapias', 'limite de sessoes',
  'pela cota', 'na cota', 'outro pcd', 'outra pcd', 'substituto', 'substituta', 'home office', 'teletrabalho', 'trabalho remoto', 'trabalhar de casa',
  'horario especial', 'presencial',
  'discrimina*', 'preconceito', 'capacitismo', 'capacitista', 'nao me deixou entrar', 'nao deixou entrar', 'nao deixaram entrar', 'nao me deixaram entrar',
  'barrado', 'barrada', 'expulsou', 'expulsaram', 'impediu de embarcar', 'impediram de embarcar', 'impedido de embarcar', 'impedida de embarcar', 'me impediu de embarcar',
  'nao se responsabiliza', 'nao se responsabilizam', 'nao tem estrutura', 'sem estrutura', 'recusou atendimento', 'recusou o atendimento', 'recusaram atendimento',
  'se recusou a atender', 'nao quis atender', 'nao quiseram atender', 'procurador', 'a rogo',
];

/**
 * A credit made without the client's request (`credito-nao-pedido`): the loan, the payroll loan or its refinancing or renewal, told
 * as the act or the thing and followed by the missing consent ("refinanciaram meu consignado sem eu pedir", "um empréstimo novo na
 * minha conta sem eu autorizar", "teve o empréstimo refinanciado sem ela autorizar"); and the purchase a financing is for, denied
 * ("que eu nunca comprei"). The credit must carry the denial: "sem eu pedir" after an insurance or a package is an add-on.
 */
const CREDIT_WITHOUT_CONSENT = [
  ...['eu', 'ela', 'ele'].flatMap((who) => ['pedir', 'ter pedido', 'solicitar', 'autorizar', 'saber', 'assinar', 'contratar'].map((act) => `sem ${who} ${act}`)),
  'sem eu pedir nada', 'sem minha autorizacao', 'sem a minha autorizacao', 'sem autorizacao minha', 'sem meu consentimento', 'sem o meu consentimento',
  'sem autorizacao dela', 'sem autorizacao dele', 'sem a autorizacao dela', 'sem a autorizacao dele',
];
const CREDIT_OWNERS = ['meu', 'o meu', 'o', 'seu', 'o seu'];
const CREDIT_MADE = [
  ...['refinanciamento', 'renovacao'].flatMap((act) => ['do meu', 'do', 'do seu'].flatMap((of) => ['consignado', 'emprestimo'].map((loan) => `${act} ${of} ${loan}`))),
  ...['refinanciaram', 'refinanciou', 'renovaram', 'renovou'].flatMap((act) => CREDIT_OWNERS.flatMap((of) => ['consignado', 'emprestimo'].map((loan) => `${act} ${of} ${loan}`))),
  ...['consignado', 'emprestimo'].flatMap((loan) => ['refinanciado', 'renovado', 'foi refinanciado', 'foi renovado'].map((done) => `${loan} ${done}`)),
  ...['um emprestimo', 'um consignado', 'um financiamento', 'um refinanciamento', 'uma renovacao'].flatMap((loan) => ['', ' novo'].map((fresh) => `${loan}${fresh}`)),
];
const CREDIT_PLACES = [
  '', 'no meu beneficio', 'na minha conta', 'no meu nome', 'no meu cpf', 'na minha aposentadoria', 'na minha pensao', 'no meu contracheque',
  'no beneficio dela', 'no beneficio dele', 'na conta dela', 'na conta dele', 'no nome dela', 'no nome dele', 'dela', 'dele',
];
const CREDIT_UNASKED = CREDIT_MADE.flatMap((loan) => CREDIT_PLACES.flatMap((place) =>
  CREDIT_WITHOUT_CONSENT.map((without) => [loan, place, without].filter(Boolean).join(' '))));
/** The purchase a financing or a charge is for, denied by the client (`compra-nao-feita`). */
const PURCHASE_DENIED = ['nunca', 'jamais', 'nao'].flatMap((never) => [`que eu ${never} comprei`, `que ${never} comprei`, `que ela ${never} comprou`, `que ele ${never} comprou`]);

/** The client's own work told lost (`lucro-cessante-de-consumo`): the verbs of losing, refusing or calling off... */
/**
 * A salesperson's commissions the employer does not pay, holds back, charges back or cuts, as workers tell them (`comissoes-em-disputa`):
 * the verbs of withholding and of cutting before the commissions ("não pagaram as comissões", "estornaram minha comissão", "reduziram a
 * comissão"), the rule changed ("mudaram a tabela de comissão") and the commissions owed ("comissões atrasadas"). Not the commission
 * only told as part of the pay ("ganho fixo mais comissão"), nor one that fell with the sales ("minha comissão caiu").
 */
const COMMISSIONS = ['comiss*', 'a comiss*', 'as comiss*', 'minha comiss*', 'minhas comiss*', 'a minha comiss*', 'as minhas comiss*', 'nossa comiss*', 'nossas comiss*', 'as nossas comiss*'];
const COMMISSIONS_WITHHELD: string[] = [
  ...['nao paga', 'nao pagam', 'nao pagou', 'nao pagaram', 'nao pagava', 'nao pagavam', 'nao me paga', 'nao me pagam', 'nao me pagou', 'nao me pagaram',
    'parou de pagar', 'pararam de pagar', 'parou de me pagar', 'pararam de me pagar', 'deixou de pagar', 'deixaram de pagar', 'deixou de me pagar', 'deixaram de me pagar',
    'nao recebi', 'nao recebo', 'nunca recebi', 'sem receber', 'nao repassa', 'nao repassam', 'nao repassou', 'nao repassaram',
    // The same told with the worker named, or as a hold still on ('não me repassou', 'tá segurando minhas comissões').
    'nao me repassa', 'nao me repassam', 'nao me repassou', 'nao me repassaram', 'ta segurando', 'esta segurando', 'tao segurando', 'estao segurando',
    'ta devendo', 'esta devendo', 'tao devendo', 'estao devendo', 'ficou devendo', 'ficaram devendo', 'segurou', 'seguraram', 'reteve', 'retiveram',
    'estorna', 'estornam', 'estornou', 'estornaram', 'descontou', 'descontaram', 'reduziu', 'reduziram', 'diminuiu', 'diminuiram', 'baixou', 'baixaram',
  ].flatMap((withheld) => COMMISSIONS.map((commission) => `${withheld} ${commission}`)),
  ...['cortou', 'cortaram', 'suspendeu', 'suspenderam'].flatMap((cut) => ['o pagamento da comiss*', 'o pagamento das comiss*', 'o pagamento de comiss*'].map((payment) => `${cut} ${payment}`)),
  ...['mudou', 'mudaram', 'alterou', 'alteraram', 'trocou', 'trocaram', 'reduziu', 'reduziram', 'diminuiu', 'diminuiram', 'baixou', 'baixaram', 'cortou', 'cortaram', 'zerou', 'zeraram'].flatMap((changed) =>
    ['a tabela de comiss*', 'a tabela das comiss*', 'o percentual da comiss*', 'o percentual de comiss*', 'a porcentagem da comiss*', 'a porcentagem de comiss*', 'a regra da comiss*', 'a regra das comiss*']
      .map((rule) => `${changed} ${rule}`)),
  'comiss* atrasad*', 'comiss* em atraso', 'comiss* nao paga*', 'comiss* em aberto', 'comiss* pendente*', 'estorno de comiss*', 'estorno da comiss*', 'estorno das comiss*',
];

const LOST_WORK_VERBS = ['perdi', 'perdemos', 'tive que recusar', 'tive que desmarcar', 'tivemos que recusar', 'tivemos que desmarcar', 'precisei recusar', 'precisei desmarcar'];
/** ...how many (none, an article, a number in words or digits)... */
const LOST_WORK_COUNTS = [
  '', 'os', 'as', 'meus', 'minhas', 'uns', 'umas', 'alguns', 'algumas', 'varios', 'varias', 'dois', 'duas', 'tres', 'quatro', 'cinco', '2', '3', '4', '5',
];
/** ...of the work a self-employed client sells: contracts, jobs, orders, clients, patients, pupils, freights, rides, shows. */
const LOST_WORK_NOUNS = [
  'contratos', 'trabalhos', 'servicos', 'clientes', 'clientas', 'encomendas', 'pedidos', 'obras', 'empreitadas', 'corridas', 'fretes', 'eventos', 'shows',
  'plantoes', 'atendimentos', 'pacientes', 'alunos', 'alunas', 'vendas', 'freelas',
];
/** The same, one of them. */
const LOST_WORK_ONE = ['um contrato', 'um trabalho', 'um servico', 'um cliente', 'uma cliente', 'uma encomenda', 'uma obra', 'uma empreitada', 'um frete', 'um freela'];

/** The import tax told as charged to the client ("me cobraram impostos de importação", "paguei imposto de importação"). */
const IMPORT_TAX_CHARGED = ['me cobraram', 'cobraram', 'me cobrou', 'cobrou', 'paguei'].flatMap((charged) =>
  ['imposto de importacao', 'impostos de importacao'].map((tax) => `${charged} ${tax}`));

/** A couple's common asset told as the thing itself, the subject of a claim for one alone (`partilha-disputada`). */
const CLAIMED_COMMON_ASSETS = [
  'o carro', 'a moto', 'a caminhonete', 'o caminhao', 'a casa', 'o apartamento', 'o imovel', 'o terreno', 'o lote', 'o sitio', 'a chacara',
];

export const COMPLEXITY_PHRASES: Record<string, string[]> = {
  'processo-em-curso': [
    'conta bloqueada', 'bloquearam a conta', 'bloquearam minha conta', 'bloquearam a minha conta', 'bloqueio na conta', 'bloqueio da conta', 'salario bloqueado',
    'busca e apreensao', 'liminar', 'reintegracao de posse', 'defesa previa', 'notificacao judicial', 'depor', 'depoimento',
    'entrou com acao', 'entraram com acao', 'entrou com uma acao', 'entrou com execucao', 'entraram com execucao', 'entrou com uma execucao', 'entraram com uma execucao', 'entrou com a execucao', 'entraram com a execucao',
    'acao de despejo', 'acao de improbidade', 'pediu a falencia', 'estou sendo processado', 'estou sendo processada',
    'citacao', 'fui citado', 'fui citada', 'intimacao', 'fui intimado', 'fui intimada', 'oficial de justica',
    // A penhora done or ordered; the bare infinitive ("vão me processar, penhorar minhas coisas") is a collector's threat.
    'penhora', 'penhoraram', 'penhorou', 'mandou penhorar', 'mandaram penhorar', 'bloqueio judicial', 'sisbajud', 'execucao fiscal', 'acao de execucao',
    // A tax enforcement named with its creditor ("execução fiscal da Fazenda Nacional"): the longer phrase keeps 'fiscal da
    // fazenda' (the authority's name) from hiding the lawsuit under way (Lei 6.830/80).
    'execucao fiscal da fazenda', 'execucoes fiscais da fazenda',
    'audiencia', 'processo contra mim', 'acao contra mim', 'me processou', 'me processaram',
    'entrou na justica', 'entraram na justica', 'auto de infracao', 'processo administrativo', 'processo disciplinar',
    // The client's own request told as a proceeding is one still (its longer phrase would hide 'processo administrativo'); only a tax
    // case reads it as no proceeding against the client (`pedido-proprio`, `DISPLACED_FEATURES`).
    ...OWN_REQUEST.filter((request) => request.includes('processo administrativo')),
    'inquerito', 'indiciad*', 'denuncia do ministerio publico', 'reu', 'processo judicial',
    ...TAX_OFFICE_FINE,
    // The disciplinary proceeding that imposed a dismissal (a longer phrase than 'processo administrativo', so listed here too).
    ...SERVANT_DISMISSED_BY_PROCESS,
    'apresentar defesa', 'prazo de defesa', 'prazo para defesa', 'investigad*', 'embargad*', 'area embargada', 'obra embargada',
    // An administrative appeal already decided against the client: the next step is a court action (a mandado de segurança within 120 days).
    'recurso foi negado', 'recurso negado', 'negaram o recurso', 'negou o recurso', 'recurso indeferido', 'indeferiram o recurso', 'indeferiu o recurso',
    // A company's exclusion from the Simples Nacional: an administrative act with its own term to contest or regularise (LC 123/06 arts. 29-31).
    'termo de exclusao', 'ato declaratorio de exclusao', 'exclusao do simples',
    // A tax audit begun (termo de início de fiscalização, MPF): the first act of the procedure, after which a voluntary payment no
    // longer spares the fine (CTN art. 138 parágrafo único; Decreto 70.235/72 art. 7º), and whose term to answer runs.
    'termo de inicio de fiscalizacao', 'termo de inicio da fiscalizacao', 'termo de inicio do procedimento fiscal', 'termo de inicio de procedimento fiscal', 'mandado de procedimento fiscal',
    'inicio de fiscalizacao', 'inicio da fiscalizacao', 'procedimento de fiscalizacao', 'procedimento fiscal',
    'bloquear* as contas', 'bloquear* minhas contas', 'bloquear* as minhas contas', 'bloquear* todas as contas',
    'execucao movida', 'execucao contra mim', 'bloqueada por ordem judicial', 'bloqueadas por ordem judicial', 'bloqueio por ordem judicial',
    // An estate's inventory already opened by the other heirs: a proceeding under way, in which the excluded heir must appear
    // before the sharing is made (CPC arts. 610 ss., 628; an extrajudicial one needs every heir's consent, Res. CNJ 35/2007).
    ...INVENTORY_OPENED,
    // An eviction order or warrant exists only in an eviction suit already judged or with an injunction (Lei 8.245/91 arts. 59 §1, 63 and 65):
    // the tenant is a defendant whose term to leave runs.
    'ordem de despejo', 'mandado de despejo', 'mandado de desocupacao', 'ordem de desocupacao', 'mandado de reintegracao',
    ...LAWSUIT_EVERYDAY,
  ],
  // A proceeding told as ended, an agreement or a decision made at a past hearing (CPC arts. 487 III b and 515 II-III; `PROCEEDING_ENDED`):
  // no points, and as the longer match it keeps its "audiência" or "CEJUSC" from counting as a lawsuit under way.
  'processo-encerrado': PROCEEDING_ENDED,
  // A notary's notice of protest (Lei 9.492/97 art. 14: pay within three working days or the title is protested): out of court, no
  // lawsuit. As the longer match, each keeps the "intimação" in it from counting as a process under way.
  'intimacao-de-protesto': [
    'intimacao do tabelionato', 'intimacao do tabelionato de protesto', 'intimacao do cartorio de protesto', 'intimacao de protesto', 'intimacao do protesto',
    'intimacao para protesto', 'intimacao para pagamento do protesto',
    // The same notice named by the office without its article ("uma intimação de cartório de protesto").
    'intimacao de cartorio de protesto', 'intimacao de um cartorio de protesto', 'intimacao do cartorio de protestos', 'intimacao de tabelionato de protesto',
  ],
  // A court order already carried out against the client's assets: the execution is under way and needs a motion now (embargos, impenhorabilidade).
  constricao: [
    'conta bloqueada', 'contas bloqueadas', 'bloquearam a conta', 'bloquearam minha conta', 'bloquearam a minha conta', 'bloqueou as contas', 'bloqueou todas as contas', 'bloqueou a conta', 'bloqueou minha conta', 'bloqueou a minha conta', 'bloqueou meu salario',
    'bloquear* as contas', 'bloquear* minhas contas', 'bloquear* as minhas contas', 'bloquear* todas as contas',
    'bloqueio na conta', 'bloqueio da conta', 'bloqueio das contas', 'bloqueio da minha conta', 'bloqueio na minha conta', 'mandou bloquear', 'mandaram bloquear', 'determinou o bloqueio', 'salario bloqueado', 'bloqueio judicial', 'sisbajud', 'penhora', 'penhorad*', 'penhoraram', 'penhorou', 'mandou penhorar', 'mandaram penhorar',
    // The block told in the passive, with the order or the court as its agent.
    'conta foi bloqueada', 'contas foram bloqueadas', 'conta ficou bloqueada', 'salario foi bloqueado', 'bloqueada por ordem judicial', 'bloqueadas por ordem judicial',
    'bloqueio por ordem judicial', 'bloqueada pela justica', 'bloqueadas pela justica', 'bloqueados pela justica', 'bloqueado pela justica',
    'bens bloqueados', 'bloqueou os bens', 'bloqueou meus bens', 'bloqueou os meus bens', 'bloqueio de bens', 'indisponibilidade de bens', 'arresto',
    // The court's order told as sitting on the account (`COURT_ORDER_ON_ACCOUNT`).
    ...COURT_ORDER_ON_ACCOUNT,
    // The client's property already taken for a debt and set for auction (`PROPERTY_AUCTION`).
    ...PROPERTY_AUCTION,
  ],
  // Building block of `morte-no-trabalho` (`IMPLIED_FEATURES`): work the employer never registered, told of the client or of the deceased.
  'vinculo-informal': [
    'sem carteira assinada', 'sem carteira', 'carteira nao assinada', 'sem registro', 'sem nenhum registro', 'nunca foi registrad*', 'nunca me registr*', 'nunca registr*',
    ...['nunca assinaram', 'nunca assinou', 'nao assinaram', 'nao assinou'].flatMap((verb) => [`${verb} a carteira`, `${verb} minha carteira`, `${verb} a minha carteira`, `${verb} a carteira dele`, `${verb} a carteira dela`]),
  ],
  // Building block of `dano-grave` and `acidente-grave-no-trabalho` (`IMPLIED_FEATURES`): the serious injuries of a work accident told as workers
  // tell them, beyond those `dano-grave` reads: a fall from height (NR-35), fingers or a hand severed, crushed or pulled in by a
  // machine (NR-12), a limb or the face burned, a surgery that followed. Not a fall from a stair, a finger cut or a hand burned,
  // which heal in days.
  'lesao-de-acidente': [
    ...['cai', 'caiu', 'queda'].flatMap((fall) => ['do andaime', 'da laje', 'do telhado', 'da marquise', 'da torre', 'do poste'].map((height) => `${fall} ${height}`)),
    'queda de altura', 'decepou', 'deceparam', 'decepad*',
    ...['cortou', 'arrancou', 'prensou', 'esmagou', 'puxou'].flatMap((machine) => [
      ...['dois dedos', 'tres dedos', 'os dedos'].map((fingers) => `${machine} ${fingers}`),
      ...(machine === 'cortou' ? [] : ['a mao', 'minha mao', 'a mao dele', 'a mao dela', 'o braco', 'meu braco', 'o braco dele', 'o braco dela'].map((limb) => `${machine} ${limb}`)),
    ]),
    'mao prensada', 'braco prensado',
    // Burns over a whole limb, the face or the body (an explosion, a shock, a boiler), not a hand burned at the oven.
    ...['queimei', 'queimou'].flatMap((burned) =>
      ['o braco todo', 'meu braco todo', 'a perna toda', 'minha perna toda', 'o rosto', 'meu rosto', 'o corpo', 'meu corpo', 'o peito', 'meu peito'].map((part) => `${burned} ${part}`),
    ),
    'tive que operar', 'teve que operar', 'precisei operar', 'precisou operar', 'fiz cirurgia', 'fez cirurgia', 'fiz duas cirurgias', 'fez duas cirurgias',
  ],
  // Building block of `dano-grave` for a worker off the books (`IMPLIED_FEATURES`): a named bone broken, which `dano-grave` does not read.
  'osso-quebrado': [
    ...['quebrei', 'quebrou'].flatMap((broke) =>
      ['o punho', 'o pulso', 'o cotovelo', 'o ombro', 'a clavicula', 'o joelho', 'o calcanhar', 'o tornozelo', 'o pe', 'a costela', 'as costelas', 'duas costelas', 'tres costelas']
        .map((bone) => `${broke} ${bone}`),
    ),
    'costela quebrada', 'costelas quebradas',
  ],
  // Building block of `dano-por-obra-vizinha` (`IMPLIED_FEATURES`): a building cracked or sinking (the foundation's settlement).
  'imovel-rachado': ['rachadura*', 'rachando', 'rachou', 'racharam', 'rachad*', 'trinca', 'trincas', 'trincou', 'trincaram', 'fissura*', 'recalque', 'afundando', 'cedendo'],
  // Building block of `moradia-em-leilao` (`IMPLIED_FEATURES`): the same words also count as `constricao` (a phrase listed under two ids gives both).
  'imovel-em-leilao': PROPERTY_AUCTION,
  liberdade: [
    'foi preso', 'foi presa', 'foi detido', 'foi detida', 'esta preso', 'esta presa', 'ficou preso', 'preso desde', 'prenderam', 'prisao preventiva', 'prisao temporaria', 'mandado de prisao', 'flagrante', 'regime fechado',
    'regime semiaberto', 'semiaberto', 'condenad*', 'audiencia de custodia',
    // Held by the police now, told in everyday words ("está lá na delegacia", "vai ser levado pro juiz"): the custody hearing
    // is within 24 h (CPP art. 310). Not "me levaram para a delegacia", told also of an arrest that ended with bail.
    ...HELD_NOW,
    // Taken away under arrest, or handcuffed by the police (`TAKEN_UNDER_ARREST`): the arrest told as the family saw it.
    ...TAKEN_UNDER_ARREST, 'algemaram', 'algemou',
    // The client apprehended, an adolescent held for an infraction (`CLIENT_APPREHENDED`: ECA arts. 106-108 and 171-175).
    ...CLIENT_APPREHENDED,
    // An arrest warrant told in everyday words ("o juiz mandou me prender", "tem ordem de prisão no meu nome"): the client may
    // be taken at any stop (CPP arts. 283 and 287), and the lawyer asks its revocation or a presentation with a defence now.
    'mandou me prender', 'mandaram me prender', 'mandou prender ele', 'mandou prender ela', 'juiz mandou me pegar', 'juiz mandou pegar ele',
    'ordem de prisao', 'ordem pra me prender', 'ordem para me prender', 'mandado em aberto', 'mandado no meu nome', 'mandado contra mim', 'foragid*',
  ],
  // Bail paid, which releases the person (CPP arts. 322 and 334), and the signed term of it (art. 327), read as a release on bail.
  'solto-com-fianca': [
    ...['pagou', 'paguei', 'pagamos', 'pagaram'].flatMap((verb) => [`${verb} fianca`, `${verb} a fianca`]),
    'fianca paga', 'fianca foi paga', 'solt* mediante fianca', 'liberad* mediante fianca', 'termo de fianca', 'termo da fianca', 'saiu com fianca', 'saiu pagando fianca', 'solt* com fianca',
  ],
  // Released at the custody hearing or on provisional release, with or without other measures, and answering the case free (CPP
  // arts. 310 III, 319 and 321): the custody's question is answered. Not the release wished or asked ("quer que saia com
  // liberdade provisória", "dá pra responder em liberdade?"), nor a release denied ("negou a liberdade provisória").
  'solto-aguardando-o-processo': [
    ...['solto', 'solta', 'soltaram ele', 'soltaram ela', 'soltou ele', 'soltou ela', 'liberado', 'liberada', 'liberaram ele', 'liberaram ela', 'saiu']
      .flatMap((out) => [`${out} na audiencia de custodia`, `${out} na custodia`]),
    ...['saiu com', 'saiu em', 'ganhou', 'ganhou a', 'conseguiu', 'conseguiu a', 'esta em', 'ta em', 'deu', 'deu a', 'concedeu', 'concedeu a', 'responde em', 'respondendo em']
      .map((got) => `${got} liberdade provisoria`),
    ...['responde', 'respondo', 'respondendo'].flatMap((answers) => [`${answers} em liberdade`, `${answers} o processo em liberdade`]),
    ...['aguarda', 'aguardo', 'aguardando'].flatMap((awaits) => [`${awaits} em liberdade`, `${awaits} o julgamento em liberdade`, `${awaits} o processo em liberdade`]),
  ],
  // A bail set by the police or the judge: a release on bail once the release is told (`IMPLIED_FEATURES`); unpaid, the person is still held.
  // Building block of `incidente-da-execucao` (`IMPLIED_FEATURES`): a benefit of a sentence being served, asked or awaited: the
  // progression to a milder regime (LEP art. 112), the days worked or studied taken off the sentence (remição, LEP arts. 126-128),
  // parole (CP art. 83; LEP art. 131), a pardon or commutation (CF art. 84 XII; LEP arts. 187-193). Not a sentence cut on appeal
  // ("recorrer pra diminuir a pena"), nor the temporary leave not returned from, which is a fault (LEP art. 50 II).
  'beneficio-da-execucao': [
    'progressao', 'progredir', 'remicao', 'remir', 'livramento condicional', 'indulto', 'comutacao',
    ...['pro', 'para o'].flatMap((to) => [`${to} semiaberto`, `${to} regime semiaberto`, `${to} aberto`, `${to} regime aberto`]),
    ...['conta', 'contam', 'contar'].flatMap((counts) => [`${counts} pra diminuir`, `${counts} para diminuir`]),
    'descontad* da pena', 'descontar da pena', 'desconta da pena', 'descontam da pena', 'abatid* da pena', 'abater da pena',
  ],
  // Building block of `incidente-da-execucao` (`IMPLIED_FEATURES`): a sentence or a socioeducative measure told as being served,
  // in prison or outside it (the open regime, parole, the liberdade assistida: CP arts. 36 and 83; LEP arts. 113 and 131; ECA art.
  // 118), or its judge named (LEP art. 65).
  'pena-em-execucao': [
    ...SENTENCE_BEING_SERVED, ...SENTENCE_SERVED_OUTSIDE, 'semiaberto', 'liberdade assistida', 'juiz da execucao', 'vara de execucao*',
    ...['esta', 'estava', 'ta', 'tava', 'estou', 'to'].flatMap((is) => ['de condicional', 'na condicional', 'em condicional'].map((parole) => `${is} ${parole}`)),
  ],
  // Building block of `incidente-da-execucao` (`IMPLIED_FEATURES`): what one serving a sentence or a measure outside prison asks of
  // its judge: leave to move to another town or to report at another court, or a job taken there (LEP arts. 114 I, 115 and 132 §1º;
  // ECA art. 119), the work outside of the semi-open regime (LEP arts. 36-37), or a reporting day missed to be justified before any
  // regression (LEP art. 118 I and §2º; ECA art. 122 III and §1º).
  'pedido-na-execucao': [
    ...['mudar', 'me mudar', 'se mudar', 'mudei', 'mudou', 'mudamos', 'mudanca'].flatMap((move) => ['de cidade', 'de comarca', 'de estado'].map((where) => `${move} ${where}`)),
    // A move still to make, its verb and 'pra'/'para' only (a move made is told in any case): `internacional`'s 'outro estado' and
    // 'outra comarca' after them still read.
    ...['mudar', 'me mudar', 'se mudar', 'vamos mudar', 'vai mudar'].flatMap((move) => [`${move} pra`, `${move} para`]),
    'morar em outra cidade', 'autorizacao pra mudar', 'autorizacao para mudar', 'deixa ele mudar', 'deixa ela mudar',
    ...['arrumou', 'arrumei', 'conseguiu', 'consegui', 'recebeu', 'recebi', 'ganhou', 'ganhei'].flatMap((got) =>
      ['emprego', 'um emprego', 'servico', 'um servico', 'uma vaga', 'uma proposta', 'proposta'].map((job) => `${got} ${job}`)),
    'proposta de emprego', 'proposta de trabalho', 'trabalho externo', 'assinar em outro forum', 'assinar no forum da nova cidade',
    ...['esqueci', 'esqueceu', 'deixei', 'deixou'].map((missed) => `${missed} de assinar`),
    ...['perdi', 'perdeu'].flatMap((missed) => [`${missed} o dia de assinar`, `${missed} a assinatura`]),
    ...['nao fui', 'nao foi', 'faltei', 'faltou'].flatMap((missed) => [`${missed} assinar`, `${missed} nos encontro*`, `${missed} nas reunio*`, `${missed} em duas reunio*`]),
  ],
  // What a prisoner's family asks of the custody itself (a judge's decision, not the prison's): the release (CPP arts. 316 and 647), a
  // house arrest (CPP art. 318; LEP art. 117), a transfer (LEP arts. 86 and 103) or a temporary leave (LEP arts. 122-125). It keeps a
  // visit told beside it from reading as a settled custody (`visita-ao-preso`).
  'pedido-sobre-a-custodia': CUSTODY_REQUESTS,
  'fianca-arbitrada': ['arbitrou fianca', 'arbitrou a fianca', 'arbitrou uma fianca', 'fianca arbitrada', 'fixou fianca', 'fixou a fianca', 'fixou uma fianca', 'fianca fixada', 'concedeu fianca', 'concedeu a fianca'],
  // An adolescent held before the hearing: the internação provisória (ECA art. 108) served in a socioeducative unit (art. 123),
  // told by its name or by the unit ('na fundacao casa' is longer than a building's 'na fundacao', `prova-disputada`). A building
  // block of `internacao-contestada` (`IMPLIED_FEATURES`).
  'adolescente-internado': [
    'internacao provisoria', 'internad* provisoriamente', 'decretou a internacao',
    // Longer than a stay in hospital (`dano-pessoal`'s 'foi internada'), which they would otherwise read.
    ...['fiquei', 'ficou', 'foi', 'fui', 'esta', 'ta', 'segue'].map((held) => `${held} internad* provisoriamente`), 'unidade de internacao', 'centro de internacao',
    'unidade socioeducativa', 'centro socioeducativo', 'fundacao casa', 'na fundacao casa', 'da fundacao casa',
    // The unit told by its full name or by the bare "socioeducativo" the families use ("tá presa no socioeducativo").
    'centro de atendimento socioeducativo', 'no socioeducativo', 'pro socioeducativo', 'para o socioeducativo',
    'unidade de internacao provisoria', 'foi pra internacao provisoria', 'foi para a internacao provisoria',
  ],
  // The act's authorship denied for the one accused, in the words a family tells it: not him, not his, only there, knew nothing,
  // somebody else, an alibi. A building block of `internacao-contestada` (`IMPLIED_FEATURES`).
  'autoria-negada': [
    'nao foi ele', 'nao foi ela', 'nao era dele', 'nao era dela', 'nao tinha nada com ele', 'nao tinha nada com ela',
    'so estava junto', 'so tava junto', 'so estava olhando', 'so tava olhando', 'nao sabia de nada', 'nao fez nada', 'nao participou',
    'nega tudo', 'negou tudo', 'e inocente', 'confundiram ele', 'confundiram ela', 'nao pegou nada', 'nao sabia que era roubad*',
    'estava em casa na hora', 'tava em casa na hora', 'estava no trabalho na hora', 'tava no trabalho na hora', 'foi outro garoto', 'foi outro menino',
    // The same denial in other words: the accused denies, was not there, did not touch anyone, did not know the thing was stolen or
    // false, or the thing was planted on them; the "em dúvida, absolvição" of ECA art. 189 IV (no proof that the adolescent did it).
    ...['ele', 'ela'].flatMap((who) => [`${who} nega`, `${who} negou`, `confundiram ${who}`, `sem ${who} saber`]),
    'nao tava la', 'nao estava la', 'nem tava la', 'nem estava la', 'nem conhecia', 'nao conhecia o outro', 'nao conhecia os outros',
    'nao bateu em ninguem', 'nem encostou', 'so separou a briga', 'so se defendeu', 'foi outra menina', 'foram os outros',
    'nem sabia que era', 'nao sabia que a moto era roubad*', 'nao sabia que o celular era roubad*', 'nao sabia que era falsa', 'nao sabia que era falso',
    // Only passing by when it happened, or the thing said stolen found lying about ("achou o celular no chão"): no taking of his (CP art. 155).
    'so tava passando', 'so estava passando', 'tava so passando', 'estava so passando', 'so passando na hora',
    ...['achou', 'encontrou'].flatMap((found) => [
      `${found} no chao`, `${found} jogad*`, `${found} na rua`,
      ...['o celular', 'um celular', 'a bolsa', 'a carteira', 'o dinheiro', 'a bicicleta', 'a bike'].map((thing) => `${found} ${thing}`),
    ]),
  ],
  // The client in the accused's place (accused, reported, indicted, charged): with a serious crime, liberty is at stake.
  'acusado-de-crime': [
    'fui acusad*', 'sou acusad*', 'estou sendo acusad*', 'to sendo acusad*', 'me acusa', 'me acusam', 'me acusaram', 'me acusou', 'me acusando',
    'fui denunciad*', 'fui indiciad*', 'estou sendo investigad*', 'to sendo investigad*', 'sou investigad*', 'sou reu', 'sou o reu', 'sou a re', 'virei reu',
    // The citação of a criminal case is served on the accused alone (CPP arts. 351 and 396): a witness or a victim is intimado.
    'citad* num processo criminal', 'citad* em processo criminal', 'citad* no processo criminal', 'citad* numa acao penal', 'citad* em acao penal', 'citad* na acao penal',
    'estou sendo processad* criminalmente', 'respondo a processo criminal', 'respondo processo criminal', 'estou respondendo a processo criminal',
    // Prosecuted for a death (CP art. 121; CTB art. 302), told of the client or of the relative the client speaks for.
    'processad* pela morte', 'processo pela morte', 'responder pela morte', 'respondendo pela morte', 'acusad* pela morte', 'acusad* da morte', 'denunciad* pela morte',
    // The summons' own words for the client's role in an inquiry ("intimação para depor como investigado").
    'depoimento como investigad*', 'depor como investigad*', 'ouvid* como investigad*', 'intimad* como investigad*', 'na condicao de investigad*', 'na qualidade de investigad*',
  ],
  'crime-grave': [
    'homicidio', 'trafico', 'roubo', 'estupro', 'latrocinio', 'organizacao criminosa', 'lavagem de dinheiro',
    'mao armada', 'trabalho escravo', 'analogo a escravidao', 'carcere privado', 'sequestro', 'armado',
    'fraude em licitacao', 'fraude na licitacao', 'crime ambiental', 'arma de fogo',
  ],
  // A tax, benefit, public or civil case that also exposes the client to a criminal investigation (a fraud referred to the
  // Polícia Federal, representação fiscal para fins penais, Lei 8.137/90; inquérito civil of the MP): two proceedings
  // to run together, and what is said in one is evidence in the other. Weighs outside criminal cases (there it is the case).
  // A criminal inquiry or case already closed for the client (archived, acquitted): no proceeding runs beside the case.
  // Also the archiving told by who decided it ("o delegado arquivou", "a polícia investigou e arquivou": CPP arts. 18 and 28).
  'investigacao-encerrada': [
    ...CRIMINAL_CASE_CLOSED,
    ...['delegado', 'delegada', 'policia', 'promotor', 'promotora', 'ministerio publico'].flatMap((who) => [`${who} arquivou`, `${who} mandou arquivar`, `${who} pediu o arquivamento`]),
    'investigou e arquivou', 'investigaram e arquivaram', 'certidao do arquivamento',
  ],
  // A record to clean of a past case ("limpar a ficha dele", "tirar isso dos antecedentes", "pedir a reabilitação").
  'ficha-a-limpar': [
    ...['limpar', 'limpa', 'limpo'].flatMap((clean) => [`${clean} a ficha`, `${clean} minha ficha`, `${clean} a minha ficha`, `${clean} a ficha dele`, `${clean} a ficha dela`, `${clean} o nome dele`, `${clean} o nome dela`]),
    ...['tirar', 'tira', 'sair', 'apagar'].flatMap((off) => [`${off} dos antecedentes`, `${off} isso dos antecedentes`, `${off} da ficha`, `${off} isso da ficha`]),
    ...['isso nao aparecer mais', 'nao aparecer mais na certidao', 'nao aparecer mais nos antecedentes', 'nao aparecer mais na ficha'],
    // Asked whether the past case shows on the record ("isso vai aparecer na ficha dele?", "aparece nos antecedentes?"): the record
    // kept secret or the rehabilitation asked (LEP art. 202; CP art. 93).
    ...['aparecer', 'aparece', 'vai aparecer', 'ainda aparece'].flatMap((shows) => [`${shows} na ficha`, `${shows} na certidao`, `${shows} nos antecedentes`]),
    'reabilitacao criminal', 'pedir reabilitacao', 'pedir a reabilitacao', 'fazer reabilitacao', 'fazer a reabilitacao',
  ],
  'repercussao-penal': [
    'inquerito', 'policia federal', 'fins penais', 'representacao penal', 'representacao criminal', 'crime contra a ordem tributaria',
    'apropriacao indebita previdenciaria', 'sonegacao fiscal',
  ],
  vulneravel: [
    // Young children told without their age ("meus 2 filhos pequenos"): minors (ECA art. 2º).
    'filho pequeno', 'filhos pequenos', 'filha pequena', 'filhas pequenas', 'netos pequenos', 'neto pequeno', 'neta pequena',
    'crianca', 'criancas', 'menor de idade', 'de menor', 'adolescente', 'idoso', 'idosa', 'deficiencia', 'deficiente',
    'acamad*', 'violencia domestica', 'medida protetiva', 'delegacia da mulher', 'delegacia de defesa da mulher', 'maria da penha', 'autis*', 'gestante', 'gravida', 'curatela', 'interdicao', 'alzheimer', 'demencia',
    // The disabled person's status in longer phrases (`pessoa-com-deficiencia`), which would otherwise take the words from here.
    ...DISABLED_PERSON_WITH_VULNERABLE_WORDS,
    // A paralysis told as the person's standing state (`condicao-de-base`): a disabled person, vulnerable (Lei 13.146/15 art. 5º).
    ...STANDING_DISABILITIES,
  ],
  // A disabled person, a disabled person's right in dispute, and the same words in a figure of speech (`IMPLIED_FEATURES`).
  'pessoa-com-deficiencia': [...DISABLED_PERSON, ...STANDING_DISABILITIES],
  // A standing condition and an act that caused harm (`IMPLIED_FEATURES`).
  'condicao-de-base': [...STANDING_DISABILITIES, ...STANDING_SEQUELS],
  'causa-do-dano': HARM_CAUSES,
  // Building blocks of `reparacao-de-crime` (`IMPLIED_FEATURES`). The author of the harm convicted, or the criminal case over ("o cara
  // foi condenado", "o processo criminal dele já terminou"): "condenad*" is also `liberdade`, which weighs only a criminal case.
  'crime-julgado': [
    'condenad*', 'condenacao', 'sentenca penal', 'sentenca criminal', 'foi sentenciado', 'foi sentenciada',
    ...['processo criminal', 'processo criminal dele', 'processo criminal dela', 'processo penal', 'acao penal'].flatMap((criminalCase) =>
      ['acabou', 'terminou', 'ja acabou', 'ja terminou', 'encerrou', 'foi encerrado'].map((over) => `${criminalCase} ${over}`)),
    // The sentence served or being served ("ele já cumpriu a pena"): the conviction is final, and the duty to repair with it (CP art. 91 I;
    // CPP art. 63; CC art. 935).
    ...['cumpriu', 'ja cumpriu', 'cumprindo', 'ta cumprindo', 'esta cumprindo'].flatMap((served) => [`${served} a pena`, `${served} pena`, `${served} a sentenca`]),
  ],
  // Harm to the person's body, told by the violence suffered, its treatment or its aftermath ("apanhei", "fiquei internada", "faço
  // fisioterapia"): the bodily injury of CP art. 129 and its treatment and lost days (CC arts. 949-950); the violence words are
  // `causa-do-dano`'s too. Not a theft or a damaged thing: that harm is its price. Harm to the mind or to honour is `dano-moral`.
  'dano-pessoal': [
    'agressao', 'agredid*', 'agrediu', 'agrediram', 'espancad*', 'espancou', 'espancaram', 'esfaquead*', 'facada', 'facadas', 'garrafada',
    'apanhei', 'apanhou', 'soco', 'socos', 'empurrou', 'empurrad*',
    // A beating told by the blows ("me deu uma surra", "levou uma coronhada", "ele me bateu"), and the stay in hospital it took ("fiquei
    // internado", "foi internada"): harm to the person, its treatment and lost days owed by the author (CC arts. 949-950). Not a car hit
    // ("bateu no meu carro"), nor a stay told beside a theft ("enquanto eu estava internado").
    'surra', 'surras', 'coronhada', 'coronhadas', 'me bateu', 'me bateram', 'bateu em mim', 'bateram em mim',
    // The blow told by the thing it was struck with ("me deu uma paulada", "me deram uma pedrada", "me deu umas cacetadas":
    // `BLOWS_WITH_OBJECT`): harm to the body, a bodily harm often serious by its means (CP art. 129 §§1º-2º).
    ...BLOWS_WITH_OBJECT,
    ...['fiquei', 'ficou', 'foi', 'fui', 'ficaram', 'foram'].map((stayed) => `${stayed} internad*`),
    'fisioterapia', 'fisioterapeuta',
    // The wound told by the mark it left or the skin torn ("ficou uma cicatriz", "ralei o joelho", "escoriações"): harm to the body,
    // its treatment and its mark owed by who caused it (CC art. 949; the mark a dano estético, Súmula 387 STJ). Not its gravity:
    // a lasting disfigurement is `dano-grave`'s.
    'cicatriz', 'cicatrizes', 'ralei', 'ralado', 'ralada', 'ralados', 'raladas', 'escoriacao', 'escoriacoes',
  ],
  // Harm to the person's mind or honour, told by its treatment or its aftermath ("vou no psicólogo", "fiquei abalada", "danos morais"):
  // the moral damage of CF art. 5º V and X and CC arts. 186 and 927, which an insult or a calumny causes as well as a blow (CC art. 953),
  // no bodily injury (CP art. 129). Not "terapia" ("faz terapia" would hide a disabled child's "terapia ABA", `direito-da-pcd`).
  'dano-moral': [
    'psicolog*', 'psiquiatra', 'tratamento psicologico', 'acompanhamento psicologico', 'crise de panico', 'crises de panico', 'sindrome do panico',
    'trauma', 'traumatizad*', 'abalad*', 'sofrimento', 'dano moral', 'danos morais',
    // An aggression told as words ("agressão verbal", "me agrediu verbalmente"): an insult or a threat (CP arts. 140 and 147), no
    // bodily injury; longer than `dano-pessoal`'s and `causa-do-dano`'s 'agressao' and 'agrediu', which would read it as a blow.
    'agressao verbal', 'agressoes verbais', 'agrediu verbalmente', 'agrediram verbalmente', 'agredid* verbalmente', 'me agride verbalmente',
  ],
  'direito-da-pcd': DISABLED_PERSONS_RIGHTS,
  'expressao-figurada': DISABILITY_IDIOMS,
  internacional: [
    'passaporte', 'passaportes',
    'exterior', 'outro pais', 'estrangeir*', 'internacional', 'importacao', 'exportacao', 'importad*', 'consulado',
    // The import tax charged to the client is still the import where the parcel's reading does not drop it (`remessa-postal`).
    ...IMPORT_TAX_CHARGED,
    'embaixada', 'cidadania', 'portugal', 'estados unidos', 'europa', 'paraguai', 'argentina', 'chile', 'japao',
    'italia', 'espanha', 'alemanha', 'inglaterra', 'canada', 'china', 'dolar', 'dolares', 'euro', 'euros',
    'outro estado', 'outra comarca',
    'fora do pais', 'sair do pais', 'saiu do pais', 'deixar o pais', 'para o exterior', 'subtracao internacional', 'convencao de haia',
    'carta rogatoria', 'sentenca estrangeira', 'contrato de cambio', 'adiantamento de cambio', 'uruguai', 'bolivia', 'mexico', 'eua', 'holanda',
    'suica', 'irlanda', 'australia', 'angola', 'colombia', 'venezuela', 'reino unido',
    // Peru only told as a place ("no Peru", "pro Peru"): alone it is the bird ("peru de natal").
    'no peru', 'pro peru', 'para o peru', 'pra o peru', 'ao peru', 'do peru',
    // A business counterparty named by its nationality (`FOREIGN_PARTY`).
    ...FOREIGN_PARTY,
  ],
  // A foreign city named ("na volta de Lisboa", "o voo de Recife para Paris"): building block of `internacional` for a flight (`IMPLIED_FEATURES`).
  'cidade-estrangeira': ['lisboa', 'paris', 'londres', 'madri', 'madrid', 'barcelona', 'milao', 'frankfurt', 'amsterda', 'amsterdam', 'miami', 'nova york', 'nova iorque',
    'toronto', 'buenos aires', 'santiago do chile', 'cancun', 'dubai'],
  // A trip to another state (a holiday, a visit) crosses no jurisdiction: a child travels in Brazil with either parent without
  // any authorization (ECA art. 83), and no court or party sits elsewhere. No points: the longer phrases keep `internacional`'s
  // 'outro estado' from reading a journey as a case in two states (a move or a party living there still counts).
  // The client's own move abroad (`mudanca-para-o-exterior`): longer than `internacional`'s place words, it keeps them from reading the
  // client's new home as a foreign element; in family and criminal cases it is one (`IMPLIED_FEATURES`).
  'mudanca-para-o-exterior': CLIENT_MOVES_ABROAD,
  // The possession of the expropriated property asked of or granted by the court before the price is fixed (DL 3.365/41 art. 15).
  'imissao-provisoria': ['imissao provisoria', 'imissao na posse', 'imissao de posse', 'imitir na posse', 'imitida na posse', 'imitido na posse'],
  // A child taken or kept abroad by the other parent without the client's consent (`subtracao-internacional`), from its two building blocks.
  'consentimento-negado': CONSENT_WITHHELD,
  'crianca-levada': CHILD_TAKEN_OR_KEPT,
  // A permit or licence the State granted revoked (a taxi's, a stall's, a street vendor's): building block of `IMPLIED_FEATURES`.
  'permissao-cassada': [
    ...['permissao', 'licenca', 'autorizacao'].flatMap((permit) => [
      `${permit} foi cassada`, `${permit} cassada`, `${permit} foi revogada`, `${permit} revogada`, `cassaram minha ${permit}`, `cassaram a minha ${permit}`,
      `cassou minha ${permit}`, `cassou a minha ${permit}`, `revogaram minha ${permit}`, `revogou minha ${permit}`, `cassacao da minha ${permit}`,
      `cassacao da ${permit}`, `revogacao da minha ${permit}`, `revogacao da ${permit}`,
    ]),
    'alvara foi cassado', 'alvara cassado', 'alvara foi revogado', 'alvara revogado', 'revogaram meu alvara', 'revogou meu alvara', 'revogacao do meu alvara',
    'revogacao do alvara', 'cassacao do meu alvara',
  ],
  // A sanction applied with no prior hearing ("ninguém me ouviu", "sem direito de defesa"): building block of `IMPLIED_FEATURES`.
  'sem-defesa-previa': [
    'sem direito de defesa', 'sem direito a defesa', 'sem chance de defesa', 'sem chance de me defender', 'sem poder me defender', 'sem me defender',
    'sem me ouvir', 'sem ser ouvido', 'sem ser ouvida', 'ninguem me ouviu', 'nunca me ouviram', 'nem me ouviram', 'nunca me chamaram', 'nem me chamaram',
    'nunca fui chamado', 'nunca fui chamada', 'sem processo administrativo', 'sem contraditorio', 'sem ampla defesa', 'nao me deram chance', 'nem me deram chance',
    'nao tive direito de defesa', 'nao tive chance de me defender', 'nao me deixaram explicar', 'nem me deixaram explicar',
  ],
  'filho-levado-pelo-cliente': CLIENT_TAKES_CHILD,
  // The client's name lent for another's company (`nome-emprestado`): the front partner ("laranja", "testa de ferro") of CP art. 299.
  // The other partners told together, or a company of three or more (`socios-contrarios`): building block of `varias-partes`. Not
  // "dois sócios", which may be the client and one other.
  'socios-contrarios': ['os outros socios', 'os demais socios', 'demais socios', 'os outros dois socios', 'os dois outros socios', 'as outras socias', 'as outras duas socias',
    'a maioria dos socios', 'socios majoritarios', ...['tres', 'quatro', 'cinco', 'seis'].map((count) => `${count} socios`)],
  'nome-emprestado': [
    // Not 'de laranja': the fruit (`laranja-fruta`).
    'laranja', 'como laranja', 'socio laranja', 'socia laranja', 'testa de ferro', 'socio de fachada', 'socia de fachada', 'empresa de fachada',
    'socio so no papel', 'socia so no papel', 'dono so no papel', 'dona so no papel', 'interposta pessoa', 'interposicao de pessoa',
    ...['empresa', 'firma', 'cnpj'].flatMap((firm) => [`${firm} no meu nome`, `${firm} em meu nome`, `${firm} no nome da minha`, `${firm} no nome do meu`]),
    'emprestei meu nome', 'emprestei o meu nome', 'emprestar meu nome', 'emprestar o meu nome', 'usou meu nome na empresa', 'usou o meu nome na empresa',
  ],
  // The unit's condominium fees in arrears (`divida-condominial`, CC art. 1.345; Lei 8.009/90 art. 3º IV): the fees told overdue or owed,
  // or the condominium's execution for them (CPC art. 784 X).
  'divida-condominial': [
    'condominio atrasado', 'condominios atrasados', 'taxa de condominio atrasada', 'taxas de condominio atrasadas', 'taxas condominiais atrasadas', 'cotas condominiais atrasadas',
    'divida de condominio', 'divida do condominio', 'debito de condominio', 'debitos de condominio', 'devendo condominio', 'devendo o condominio',
    'atrasei o condominio', 'atrasamos o condominio', 'parei de pagar o condominio', 'deixou de pagar o condominio', 'nao paga o condominio', 'nao repassa o condominio',
    'execucao de condominio', 'execucao do condominio', 'condominio entrou com execucao', 'condominio entrou com uma execucao',
  ],
  // A lease to renew and a business premises, in a lease case (`renovatoria`, Lei 8.245/91 art. 51); "renovatória" names both.
  'renovacao-da-locacao': [
    'renovar o contrato', 'renovar a locacao', 'renovar o aluguel', 'renovacao do contrato', 'renovacao da locacao', 'renovacao do aluguel', 'para renovar', 'pra renovar',
    'renovatoria', 'acao renovatoria', 'renovacao compulsoria',
    // The landlord's refusal to renew: the lease the renovatória would renew against the owner's will (Lei 8.245/91 arts. 51 and 72).
    ...['nao vai', 'nao vao', 'nao quer', 'nao querem', 'se recusa a', 'se recusou a', 'recusou'].map((refused) => `${refused} renovar`),
  ],
  'locacao-empresarial': [
    'ponto comercial', 'o ponto', 'no ponto', 'meu ponto', 'fundo de comercio', 'imovel comercial', 'sala comercial', 'loja alugada', 'locacao comercial', 'aluguel comercial',
    'locacao nao residencial', 'renovatoria', 'acao renovatoria', 'renovacao compulsoria',
  ],
  // Building blocks of `benfeitoria-do-ocupante` (`IMPLIED_FEATURES`): works on the property told in the first person (the roof, the
  // plumbing or the wiring redone, a wall or a room built; benfeitorias named), not painting or a floor, the wear a deposit answers for...
  'obra-no-imovel': [
    'benfeitoria', 'benfeitorias',
    ...['troquei', 'trocamos', 'refiz', 'refizemos', 'fiz', 'fizemos'].flatMap((redid) =>
      ['o telhado', 'todo o telhado', 'o encanamento', 'todo o encanamento', 'a fiacao', 'toda a fiacao', 'a parte eletrica', 'toda a parte eletrica'].map((part) => `${redid} ${part}`)),
    ...['fiz', 'fizemos', 'construi', 'construimos', 'levantei', 'levantamos', 'ergui'].flatMap((built) =>
      ['um muro', 'o muro', 'uma laje', 'a laje', 'um quarto', 'um banheiro', 'uma cozinha', 'um puxadinho', 'uma garagem', 'um comodo', 'uma edicula', 'uma varanda'].map((room) => `${built} ${room}`)),
  ],
  // The tenant's sublease or cession without consent, in the landlord's words (`sublocacao-nao-consentida`, Lei 8.245/91 art. 13).
  'sublocacao-nao-consentida': [
    'sublocou', 'sublocaram', 'sublocando', 'subalugou', 'subalugaram', 'subalugando', 'repassou o aluguel', 'repassou a casa', 'repassou o imovel',
    ...['colocou', 'botou', 'enfiou', 'pos'].flatMap((put) => ['outra familia', 'outras familias', 'outras pessoas', 'outro casal', 'gente estranha'].map((others) => `${put} ${others}`)),
  ],
  // The client told to leave the place in any words of it, the term to leave or that one must (`desocupacao-pedida`, `IMPLIED_FEATURES`).
  'desocupacao-pedida': [...ASKED_TO_LEAVE, 'tenho que sair', 'temos que sair', 'ter que sair', 'que eu saia', 'que a gente saia', 'que nos saiamos'],
  // ...and the client on the occupant's side: living in or using a property that is another's (on rent, in a comodato, "de favor",
  // lent or given over) or asked to give it back (the notice, the eviction). An owner's works on the owner's own house are no claim.
  'ocupante-de-imovel-alheio': [
    'alugo', 'alugava', 'aluguei um ponto', 'aluguei uma casa', 'aluguei um apartamento', 'pago aluguel', 'moro de aluguel',
    'sou inquilino', 'sou inquilina', 'somos inquilinos', 'sou locatario', 'sou locataria', 'contrato de locacao', 'meu senhorio', 'minha senhoria',
    'comodato', 'de favor', 'casa emprestada', 'imovel emprestado', 'casa cedida', 'imovel cedido', 'a casa e do', 'a casa e da', 'a casa era do', 'a casa era da',
    ...ASKED_TO_LEAVE,
    ...['pediu', 'pediram', 'quer', 'querem'].flatMap((asked) => ['a casa', 'o imovel', 'o apartamento', 'a kitnet', 'o ponto'].map((place) => `${asked} ${place}`)),
  ],
  // Special time, an employer closed and another's records lost (`tempo-especial-sem-ppp`, Lei 8.213/91 art. 58).
  'tempo-especial': [
    'aposentadoria especial', 'tempo especial', 'atividade especial', 'como especial', 'ppp', 'ltcat', 'agente nocivo', 'agentes nocivos', 'insalubridade', 'periculosidade',
    // The PPP told missing names the special time as well ("não tenho o PPP" is no denial of it).
    'nao tenho o ppp', 'nao tenho ppp', 'nao tenho os ppps', 'sem o ppp', 'sem ppp',
  ],
  // A benefit already granted, its value to revise (`revisao-por-tempo-nao-contado` beside a period the INSS left out). Not the
  // INSS's own review of a disability benefit ("perícia de revisão"): a summons, told with the perícia.
  'revisao-pedida': [
    'quero revisar', 'queria revisar', 'revisar pra', 'revisar para', 'revisar a aposentadoria', 'revisar minha aposentadoria', 'revisar o beneficio', 'revisar meu beneficio',
    'entrar com a revisao', 'entrar com revisao', 'pedir a revisao', 'pedir revisao', 'acao de revisao', 'acao revisional', 'revisao do beneficio', 'revisao da aposentadoria',
  ],
  'empregador-fechado': [
    ...['empresa', 'firma', 'fabrica'].flatMap((firm) => [`${firm} fechou`, `${firm} faliu`, `${firm} nao existe mais`, `${firm} foi fechada`, `${firm} extinta`, `${firm} encerrou`]),
    'fechou em', 'fechou as portas', 'encerrou as atividades', 'nao existe mais', 'faliu',
  ],
  'registros-perdidos': [
    ...['nao acha', 'nao acham', 'nao achou', 'nao acharam', 'perdeu', 'perderam', 'nao tem mais', 'nao guardou', 'nao guardaram'].flatMap((verb) => [`${verb} os papeis`, `${verb} os documentos`, `${verb} o ppp`]),
    ...['nao entregou', 'nao entregaram', 'nao forneceu', 'nao forneceram', 'nao fornece', 'nao quis dar', 'nao quiseram dar', 'se recusa a dar', 'recusou dar'].map((verb) => `${verb} o ppp`),
    // A PPP the INSS refuses as made out (no responsible technician for the measurements, IN PRES/INSS 128/2022): the period to prove otherwise.
    'ppp incompleto', 'ppp irregular', 'ppp errado', 'ppp sem responsavel tecnico', 'ppp sem o responsavel tecnico', 'nao tinha o responsavel tecnico', 'nao tinha responsavel tecnico', 'sem responsavel tecnico',
  ],
  // One construction defect across many units, against the builder (`vicio-em-muitas-unidades`, CC art. 618): the building's síndico
  // speaks for all of them (CPC art. 75 XI).
  'condominio-autor': ['sou sindico', 'sou sindica', 'sou o sindico', 'sou a sindica', 'eleito sindico', 'eleita sindica', 'como sindico', 'como sindica', 'em nome do condominio'],
  'defeito-construtivo': [
    'infiltracao', 'infiltracoes', 'vicio construtivo', 'vicios construtivos', 'vicio de construcao', 'vicios de construcao', 'defeito de construcao', 'defeitos de construcao',
    'defeito construtivo', 'defeitos construtivos', 'problema estrutural', 'problemas estruturais',
  ],
  construtora: ['construtora', 'construtoras', 'incorporadora', 'incorporadoras'],
  // The client signed as avalista (`aval`): with the debt collected, several parties (`IMPLIED_FEATURES`).
  aval: ['avalista', 'avalistas', 'como avalista', 'como avalistas'],
  // A country named in passing, its national team in a match: no points; longer than `internacional`'s place words, it keeps a
  // match told beside the facts from reading as a party, a work or an asset abroad (LINDB arts. 7º-10; CPC arts. 21-23).
  'pais-de-passagem': ['argentina', 'uruguai', 'paraguai', 'chile', 'alemanha', 'italia', 'espanha', 'franca', 'portugal', 'japao', 'inglaterra', 'holanda', 'mexico', 'colombia', 'peru']
    .flatMap((team) => [`contra a ${team}`, `contra o ${team}`, `contra ${team}`, `brasil x ${team}`, `brasil vs ${team}`, `jogo da ${team}`, `jogo do ${team}`, `selecao da ${team}`, `selecao do ${team}`]),
  // The place where a card's purchases were made ("compras no exterior", "numa loja de outro estado", "num site chinês"): no points;
  // longer than `internacional`'s place words, it keeps the shop a fraudster used, or the site a parcel came from, from reading as a
  // party, a court or an asset abroad: the card's issuer answers for the charges it let through (CDC art. 14; Súmula 479 STJ), and the
  // parcel's import tax is the Receita's (DL 1.804/80).
  // A consumer's own purchase from a seller or a site abroad, or of a good imported through a marketplace, is told the same way.
  'compra-de-fora': [
    'compras no exterior', 'compra no exterior', 'compras internacionais', 'compra internacional', 'compras do exterior', 'compra do exterior',
    ...['loja', 'lojas', 'site', 'sites', 'loja de eletronicos', 'lojas de eletronicos', 'loja virtual', 'loja online', 'vendedor', 'vendedores'].flatMap((shop) => [
      `${shop} de outro estado`, `${shop} no exterior`, `${shop} do exterior`, `${shop} dos estados unidos`, `${shop} da china`, `${shop} chines`, `${shop} chinesa`,
      `${shop} estrangeiro`, `${shop} estrangeira`, `${shop} estrangeiros`, `${shop} estrangeiras`, `${shop} gringo`, `${shop} gringa`, `${shop} de fora`,
      `${shop} internacional`, `${shop} da europa`,
    ]),
    ...['shopee', 'aliexpress', 'shein', 'temu', 'amazon', 'mercado livre', 'internet'].flatMap((marketplace) =>
      ['importado', 'importada', 'importados', 'importadas', 'importado comprado', 'importada comprada'].flatMap((good) => [
        `${good} pela ${marketplace}`, `${good} pelo ${marketplace}`, `${good} na ${marketplace}`, `${good} no ${marketplace}`, `${good} da ${marketplace}`,
      ]),
    ),
    // So is an imported good the consumer bought from a shop or a site in Brazil ("um fone importado numa loja", "o relógio importado
    // que comprei", "vieram importados"): the importer is a supplier like the maker (CDC arts. 3º and 12), and the shop answers with it
    // for the defect, the delivery or the return (arts. 13, 18, 35 and 49) before a Brazilian court at the consumer's home (CDC art.
    // 101 I; CPC art. 22 II). The good's foreign origin is no party, court or law abroad.
    ...['importado', 'importada', 'importados', 'importadas'].flatMap((good) => [
      ...['numa loja', 'na loja', 'em uma loja', 'de uma loja', 'da loja', 'num site', 'no site', 'de um site', 'do site', 'em um site', 'numa loja online', 'numa loja virtual']
        .map((shop) => `${good} ${shop}`),
      ...['que comprei', 'que eu comprei', 'que pedi', 'que eu pedi', 'comprado', 'comprada', 'comprados', 'compradas']
        .map((bought) => `${good} ${bought}`),
      `veio ${good}`, `vieram ${good}`, `chegou ${good}`, `chegaram ${good}`,
    ]),
  ],
  // A parcel an individual bought or was sent from abroad, taxed on arrival by the simplified regime (`remessa-postal`): the postal
  // or express consignment's import tax (Regime de Tributação Simplificada, DL 1.804/80 art. 2º; Lei 14.902/24), whose taxpayer is
  // the addressee (DL 37/66 art. 31 II). No points; in a tax case it keeps the parcel's foreign words (a country, the dollars, the
  // "importação") from reading as a foreign element (`DISPLACED_FEATURES`).
  'remessa-postal': [
    'encomenda', 'encomendas', 'pacote', 'pacotes', 'remessa internacional', 'remessas internacionais', 'remessa postal', 'remessa expressa', 'remessa conforme',
    'aviso de tributacao', 'tributou a remessa', 'tributaram a remessa', 'minhas importacoes', 'taxa dos correios', 'taxa de importacao',
    'taxaram', 'taxou', 'foi taxada', 'foi taxado', 'foram taxadas', 'foram taxados', 'veio taxada', 'veio taxado', 'importacao foi taxada',
    'compra internacional', 'compras internacionais', 'comprinhas internacionais', 'comprinha internacional',
    // The post office holding the parcel for its tax, or the parcel sent by post ("os correios tão cobrando", "me mandou um presente pelo correio").
    ...['correios', 'correio'].flatMap((post) => [`${post} cobrando`, `${post} ta cobrando`, `${post} tao cobrando`, `${post} esta cobrando`, `${post} estao cobrando`,
      `${post} cobrou`, `${post} cobraram`, `${post} quer cobrar`, `${post} querem cobrar`, `${post} querem que eu pague`, `${post} quer que eu pague`]),
    ...['mandou', 'mandaram', 'enviou', 'enviaram', 'presente'].flatMap((sent) => [`${sent} pelo correio`, `${sent} pelos correios`]),
    // The client taxed in person on a purchase or a parcel ("fui taxado numa compra da Temu"), the import tax charged to the client
    // ("me cobraram impostos de importação"), or the tax told as come ("a tributação veio de 60%", "foi tributada"): the addressee
    // is the taxpayer of the simplified regime (DL 1.804/80 art. 2º; DL 37/66 art. 31 II).
    ...['fui taxado', 'fui taxada', 'me taxaram'].flatMap((taxed) =>
      ['numa compra', 'na compra', 'em uma compra', 'numa encomenda', 'na encomenda', 'no pacote'].map((what) => `${taxed} ${what}`)),
    ...IMPORT_TAX_CHARGED,
    'tributacao veio', 'foi tributada', 'foi tributado', 'foram tributadas', 'foram tributados',
  ],
  'viagem-nacional': [
    'viajar pra outro estado', 'viajar para outro estado', 'viagem pra outro estado', 'viagem para outro estado', 'viajando pra outro estado', 'viajando para outro estado',
    'outro estado nas ferias', 'outro estado de ferias', 'outro estado para as ferias', 'outro estado pras ferias', 'ferias em outro estado', 'ferias no outro estado',
    'passear em outro estado', 'passeio em outro estado', 'passear no outro estado', 'visitar parentes em outro estado', 'visitar a familia em outro estado',
  ],
  // A vehicle bought new (`veiculo-zero-km`), one bought used (`veiculo-usado`), the maker named beside the dealer (`montadora-citada`)
  // and a vehicle driven for a living (`veiculo-de-sustento`): building blocks of `vicio-de-veiculo-novo` (`IMPLIED_FEATURES`).
  'veiculo-zero-km': [
    'zero km', '0 km', '0km', 'zero quilometro', 'zero quilometros', 'zerado', 'zerada', 'zerinho', 'zerinha', 'carro do ano',
    ...['carro', 'moto', 'caminhonete', 'picape', 'suv', 'veiculo', 'caminhao'].map((vehicle) => `${vehicle} zero`),
    'carro novo', 'moto nova', 'caminhonete nova', 'picape nova', 'suv novo', 'veiculo novo', 'caminhao novo',
    'oficina da concessionaria', 'oficina da autorizada',
  ],
  'veiculo-usado': [
    'seminovo', 'seminova', 'seminovos', 'seminovas', 'semi novo', 'semi nova', 'de segunda mao', 'de leilao',
    ...['carro', 'moto', 'caminhonete', 'picape', 'suv', 'veiculo', 'caminhao'].flatMap((vehicle) => [`${vehicle} usado`, `${vehicle} usada`]),
    'carros usados', 'motos usadas', 'veiculos usados',
  ],
  'montadora-citada': ['montadora', 'a fabricante do carro', 'o fabricante do carro'],
  // A vehicle the client drives for a living (an app or taxi driver, a courier): its days stopped are earnings lost.
  'veiculo-de-sustento': [
    'rodo de uber', 'rodo no uber', 'rodo de app', 'rodo de aplicativo', 'motorista de aplicativo', 'motorista de app', 'motorista de uber', 'motorista do uber',
    'sou taxista', 'sou motoboy', 'sou caminhoneiro', 'trabalho de uber', 'trabalho de motoboy', 'trabalhar de motoboy', 'trabalho de taxista', 'meu ganha pao',
  ],
  // A purchase the client wants undone, and one financed by a lender: together, in a consumer case, two linked contracts (`IMPLIED_FEATURES`).
  'compra-desfeita': [
    'desfazer o negocio', 'desfazer a compra', 'cancelar a compra', 'rescindir a compra', 'devolver o carro', 'devolver a moto', 'devolver o veiculo', 'devolver o produto',
  ],
  'compra-financiada': [
    'financiado pelo banco', 'financiada pelo banco', 'financiado pela financeira', 'financiada pela financeira', 'financiado no banco', 'financiada no banco',
    'financiamento do carro', 'financiamento da moto', 'financiamento do veiculo', 'parcelas do financiamento', 'pagar o financiamento', 'cancelar o financiamento',
    // The lender the seller brought (CDC art. 54-F §1º: the credit is linked when the supplier arranges it).
    'banco que a empresa indicou', 'banco que a propria empresa indicou', 'banco que a loja indicou', 'banco que a propria loja indicou', 'financeira que a loja indicou',
    'financeira que a empresa indicou', 'banco indicado pela loja', 'banco indicado pela empresa', 'banco parceiro da loja', 'banco parceiro da empresa', 'financeira parceira',
    'banco que a revenda indicou', 'financeira que a revenda indicou', 'banco indicado pela revenda', 'financeira da loja', 'financeira da revenda', 'financeira da empresa',
    // The purchase told as financed in the client's words, or the financing made by the seller at the sale (CDC art. 54-F §1º).
    'financiado na loja', 'financiada na loja', 'financiamento na loja', 'financiamento do banco', 'financiamento pelo banco', 'financiamento com o banco',
    'financiamento da financeira', 'financiei pelo banco', 'financiei no banco', 'financiei com o banco', 'financiei pela financeira',
    'a loja fez o financiamento', 'o vendedor fez o financiamento', 'a empresa fez o financiamento',
  ],
  // The other side gone: a debtor or an employer who vanished, fled or stopped answering (building block of `devedor-sumiu-com-bens`,
  // `IMPLIED_FEATURES`; alone it weighs nothing, a debtor who stops answering is the plainest collection).
  'parte-sumida': [
    'sumiu', 'sumiram', 'suma', 'sumam', 'desapareceu', 'desapareceram', 'fugiu', 'fugiram', 'nao atende mais', 'nao atendem mais', 'nao atende ninguem',
    'nao atendem ninguem', 'nao atende mais ninguem', 'nao atendem mais ninguem', 'parou de atender', 'pararam de atender', 'ninguem acha ele', 'ninguem acha eles',
    'ninguem sabe dele', 'ninguem sabe deles', 'ninguem sabe onde ele', 'ninguem sabe onde eles', 'bloqueou meu numero', 'telefone desligado',
    // The business's owner vanished (also `tipo-nao-simples`, an owner absent from land possessed for years) and nobody reaching them.
    // The one who took a child cutting every contact ("desligou o celular", "bloqueou meu zap", "ninguém sabe pra onde ela foi").
    'desligou o celular', 'desligou o telefone', 'bloqueou meu zap', 'bloqueou meu whatsapp', 'bloqueou meu contato', 'ninguem sabe onde ela', 'ninguem sabe onde elas',
    'ninguem sabe pra onde', 'ninguem sabe para onde', 'nao diz onde esta', 'nao diz onde ta', 'nao fala onde esta', 'nao fala onde ta',
    'dono sumiu', 'ninguem consegue falar com ele', 'ninguem consegue falar com eles', 'ninguem consegue achar ele', 'ninguem consegue achar eles',
  ],
  // The severance left unpaid as a whole (CLT art. 477 §6º: ten days from the end of the contract), told with its everyday names: the
  // rescisão, the acerto, the verbas rescisórias, or nothing at all received. Building block of `rescisao-sonegada` (`IMPLIED_FEATURES`):
  // alone it is the plainest labour claim. Not the severance paid and one item disputed ("pagaram a rescisão mas faltou").
  'rescisao-nao-paga': [
    ...['nao pagou', 'nao pagaram', 'nao me pagou', 'nao me pagaram', 'nao recebi', 'nao me deu', 'nao me deram', 'sem receber', 'sem pagar', 'sem me pagar'].flatMap((unpaid) => [
      `${unpaid} a rescisao`, `${unpaid} minha rescisao`, `${unpaid} a minha rescisao`, `${unpaid} o acerto`, `${unpaid} meu acerto`, `${unpaid} o meu acerto`,
      `${unpaid} as verbas rescisorias`, `${unpaid} minhas verbas rescisorias`, `${unpaid} as minhas verbas rescisorias`, `${unpaid} nada`,
    ]),
    // The same told object first ("a rescisão também não pagaram", "o acerto até hoje não caiu").
    ...['a rescisao', 'minha rescisao', 'o acerto', 'meu acerto', 'as verbas rescisorias'].flatMap((owed) =>
      ['', 'tambem ', 'ate hoje ', 'ate agora ', 'ainda '].flatMap((still) => ['pagaram', 'pagou', 'me pagaram', 'recebi', 'caiu', 'foi paga'].map((paid) => `${owed} ${still}nao ${paid}`)),
    ),
    'nao recebi nenhuma verba rescisoria', 'nada da rescisao', 'nada do acerto',
  ],
  // The supplier gone (closed, unreachable): with a linked credit, the lender answers for the unperformed contract (`IMPLIED_FEATURES`).
  'fornecedor-desaparecido': [
    'empresa fechou', 'a loja fechou', 'fechou as portas', 'fecharam as portas', 'empresa sumiu', 'a loja sumiu', 'nao responde mais', 'nao atendem mais', 'nao atende mais',
    'empresa faliu', 'a loja faliu', 'empresa nao existe mais', 'loja nao existe mais',
    'a revenda fechou', 'a revenda sumiu', 'a revenda faliu', 'escritorio fechou', 'empresa parou de atender', 'loja parou de atender', 'revenda parou de atender',
  ],
  // A filiation to establish against the father's family: he never registered the child, or his family denies the child or refuses
  // the DNA test (Lei 8.560/92 art. 2º-A; Súmula 301 STJ). Building block of `paternidade-na-heranca` (`IMPLIED_FEATURES`).
  'filiacao-a-reconhecer': [
    'nunca me registrou', 'nao me registrou', 'nao quis me registrar', 'nunca quis me registrar', 'nao registrou o filho', 'nao registrou a filha', 'nunca registrou o filho', 'nunca registrou a filha',
    'investigacao de paternidade', 'paternidade post mortem', 'reconhecid* como filh*',
    'nao sou filho', 'nao sou filha', 'nao e filho dele', 'nao e filha dele', 'nega a paternidade', 'negou a paternidade', 'negam a paternidade', 'negaram a paternidade',
    'nao vao fazer exame de dna', 'nao vao fazer o dna', 'nao querem fazer o dna', 'nao querem fazer exame de dna', 'se recusam a fazer o dna', 'recusaram o dna',
    // The alleged father who will not register the child, or says the child is not his: the recognition is contested (Lei 8.560/92 art. 2º-A).
    ...FATHER_REFUSES_REGISTRY,
    ...['diz', 'fala', 'falou', 'disse', 'jura', 'alega'].flatMap((say) => [
      `${say} que nao e o pai`, `${say} que nao e filho dele`, `${say} que nao e filha dele`,
      ...['', 'o filho ', 'a filha ', 'o bebe ', 'a crianca ', 'o nenem '].flatMap((child) => [
        `${say} que ${child}nao e dele`, `${say} que ${child}nao era dele`, `${say} que ${child}pode ser de outro`, `${say} que ${child}e de outro`,
        // Doubt told as such ("diz que nem sabe se o bebê é dele") contests it as much: he will not recognise the child without proof.
        `${say} que nao sabe se ${child}e dele`, `${say} que nem sabe se ${child}e dele`,
      ]),
    ]),
    // A DNA test he demands before he pays or registers ("só paga depois de um exame de DNA"): the proof the recognition waits on
    // (Lei 8.560/92 art. 2º-A), and in a pregnancy the support is fixed on signs of paternity meanwhile (Lei 11.804/08 art. 6º).
    ...['quer', 'pede', 'pediu', 'exige', 'exigiu'].flatMap((ask) => [`${ask} exame de dna`, `${ask} um exame de dna`, `${ask} o exame de dna`, `${ask} fazer dna`, `${ask} fazer o dna`, `${ask} fazer exame de dna`]),
    'depois do dna', 'depois do exame de dna', 'depois de um exame de dna', 'depois de fazer o dna', 'depois de fazer dna', 'sem exame de dna',
  ],
  // The estate's inventory already opened by the other heirs (`INVENTORY_OPENED`): building block of `paternidade-na-heranca`.
  'inventario-aberto': INVENTORY_OPENED,
  'varias-partes': [
    // A home bought off-plan with a bank's loan during the works (juros de obra, taxa de evolução de obra): the builder and the bank,
    // two linked contracts to unwind or charge (the builder answers for the works interest after the delivery date, Tema 996 STJ).
    'juros de obra', 'taxa de evolucao de obra', 'taxa de obra', 'evolucao de obra',
    'a culpa e do', 'a culpa e da', 'a culpa foi do', 'a culpa foi da', 'culpa o outro', 'joga a culpa', 'jogam a culpa',
    'cada um diz', 'cada um culpa', 'nao responde pelo', 'nao responde pela', 'outros investigados', 'outros reus', 'outros acusados', 'correus',
    'uma joga pra outra',
    // Another dependant asking the same pension by death (a spouse only separated in fact, a former wife with support, an invalid
    // child: Lei 8.213/91 arts. 16 and 76-77): the pension is shared among them, and each one's right is contested against the others.
    ...PENSION_ALSO_CLAIMED,
    'empurra pra', 'ninguem assume', 'solidari*', 'varios reus',
    'dois bancos', 'tres bancos', 'bancos diferentes', 'estava a servico', 'a servico da empresa',
    // The insured sued for an accident calls in his insurer, who answers beside him up to the policy's cover for third parties
    // (denunciação da lide, CPC art. 125 II; STJ Súmula 537): two defendants, and the cover's limit to dispute.
    'cobertura de terceiros', 'cobertura para terceiros', 'cobertura contra terceiros', 'seguro de terceiros', 'seguro contra terceiros', 'denunciacao da lide',
    // A leak in a building between the unit's own pipes and the common column (prumada): the owner answers for the first, the
    // condominium for the second (CC arts. 1.331 §2º and 1.348 V; 1.336 IV), and each points at the other until an expert decides.
    'prumada', 'problema do condominio', 'culpa do condominio', 'responsabilidade do condominio',
  ],
  // The other side blames the weather for the damage its tree, roof or work did ("ele diz que a culpa é da chuva", "foi do
  // vento"): the weather is no party. It is the keeper's or the contractor's plea of força maior (CC art. 393 p.u.), which a
  // foreseeable storm or a rotten tree defeats (CC arts. 186, 927 and 937); the longer phrase keeps 'a culpa e da' (`varias-partes`)
  // from reading a second party to sue.
  'culpa-do-tempo': ['a culpa e', 'a culpa foi', 'a culpa era', 'e culpa', 'foi culpa'].flatMap((blame) => [
    ...['chuva', 'chuvarada', 'tempestade', 'ventania', 'enchente', 'natureza', 'seca'].map((weather) => `${blame} da ${weather}`),
    ...['vento', 'temporal', 'tempo', 'granizo', 'raio', 'aguaceiro'].map((weather) => `${blame} do ${weather}`),
  ]),
  // Several companies told of (`varias-empresas`): several parties on the other side (`IMPLIED_FEATURES`), save in a social-security
  // case. "Firma" is the everyday word for a company.
  'outro-dependente': OTHER_DEPENDANT_CLAIMS,
  'varias-empresas': [
    'varias empresas', 'duas empresas', 'tres empresas', 'todas as empresas', 'empresas diferentes',
    'duas firmas', 'tres firmas', 'varias firmas', 'firmas diferentes', 'todas as firmas',
    // Companies of one group or one owner (a developer, its builder and its broker; a chain of shops): each answers for the others'
    // part of the same supply (CDC arts. 7º p.u., 25 §1º and 28 §2º) or as one employer (CLT art. 2º §2º).
    'grupo economico', 'mesmo grupo economico',
    // The owner's other companies told by count (`grupo-do-empregador` in a labour case): the same several companies in every area,
    // which the longer phrase would otherwise take from this reading.
    ...['duas', 'tres'].flatMap((n) => [`tem mais ${n} empresas`, `tem mais ${n} firmas`, `dono tem ${n} empresas`]), 'todas as empresas dele',
    ...['empresa', 'empresas', 'firma', 'firmas', 'spe', 'spes'].flatMap((company) => [
      `${company} do mesmo grupo`, `${company} do grupo`, `${company} do mesmo dono`, `${company} dos mesmos donos`,
    ]),
  ],
  // Someone taken by the police and held now (`prisao-em-curso`, a building block of `prisao-civil`): not a warrant still to serve.
  'prisao-em-curso': [
    'foi preso', 'foi presa', 'foi detido', 'foi detida', 'esta preso', 'esta presa', 'ta preso', 'ta presa', 'ficou preso', 'ficou presa', 'continua preso', 'continua presa', 'prenderam',
    'mantido preso', 'mantida presa', 'levad* pela policia', ...POLICE_CUSTODY, ...TAKEN_UNDER_ARREST, ...ARREST_REPEATED,
  ],
  // A post reserved for disabled people and its board's assessment of the candidate (Decreto 9.508/18 arts. 3º and 5º), in their names.
  'vaga-pcd': [
    ...['vaga', 'vagas', 'lista', 'cota', 'cotas', 'reserva de vagas'].flatMap((post) => [`${post} pcd`, `${post} de pcd`, `${post} para pcd`, `${post} pra pcd`,
      `${post} de pessoa com deficiencia`, `${post} para pessoa com deficiencia`, `${post} de pessoas com deficiencia`, `${post} para pessoas com deficiencia`]),
    'vaga reservada', 'vagas reservadas', 'avaliacao biopsicossocial', 'enquadrado como pessoa com deficiencia', 'enquadrada como pessoa com deficiencia', 'enquadramento como pcd',
  ],
  // A relative's death told by the verb of whoever caused it ("o caminhão matou meu pai", "mataram meu marido"): harm done, the death
  // claimed for (CC art. 948) or the crime's result (CP arts. 121 and 157 §3º), as "morreu no acidente" is. A building block of
  // `dano-grave` and `dano-permanente` where a death is harm claimed (`IMPLIED_FEATURES`): not in a family case, where a death by
  // illness ("o câncer matou minha mãe") opens an inventory, nor before the INSS, where it gives rise to the pension.
  // Only people: an animal killed ("matou meu gato") is property. "quase matou" is a death avoided (`morte-evitada`).
  'morte-causada': KILLED_RELATIVES,
  'morte-evitada': KILLED_RELATIVES.map((phrase) => `quase ${phrase}`),
  // A death counts where the story caused it (an accident, in hospital, on the spot); one told as a fact of the case
  // ("o fiador morreu no ano passado", "pensão por morte do meu marido") is not harm done.
  // Harm that ended a life or lasts one (`dano-permanente`, a building block): weighs only beside `dano-grave` (`IMPLIED_FEATURES`).
  'dano-permanente': [
    ...LASTING_INJURY,
    'paralisia cerebral', 'paraplegi*', 'tetraplegi*', 'cadeira de rodas', 'nao volta a andar', 'ficou sem andar', 'estado vegetativo', 'lesao medular',
    'cegueira', 'ficou cego', 'ficou cega', 'perdi a visao', 'perdeu a visao', 'amputa*', 'perdeu a perna', 'perdeu o braco', 'perdeu a mao',
    'incapacidade permanente', 'debilidade permanente', 'sequela permanente', 'sequelas permanentes', 'invalidez',
    // A side of the body paralysed (a stroke's hemiplegia) is a lasting sequel, as a paraplegia is.
    'lado direito paralisado', 'lado esquerdo paralisado', 'lado paralisado', 'ficou paralisado', 'ficou paralisada', 'hemipleg*',
    'sequela e permanente', 'sequelas sao permanentes',
    'a vida toda', 'a vida inteira', 'resto da vida', 'morreu', 'morreram', 'faleceu', 'obito',
    // A death told with where it came ("morreu no acidente", "morreu no hospital"): its longer phrase hides "morreu", the same life ended.
    ...DEATH_WHERE_IT_CAME,
    // A death told in the passive ("foi morta por uma van", "foi morto num assalto"): the same life ended as "morreu".
    'foi morto', 'foi morta', 'foram mortos', 'foram mortas',
  ],
  'dano-grave': [
    'quebrei a coluna', 'quebrou a coluna', 'lesao na coluna', 'lesao medular', 'cadeira de rodas', 'ficou sem andar', 'nao volta a andar',
    'cegueira', 'ficou cego', 'ficou cega', 'queimaduras graves', 'morreu num', 'morreu numa', ...DEATH_WHERE_IT_CAME, 'morreram', 'nao volto a trabalhar', 'nao pode mais trabalhar',
    'sequela*', 'invalidez', 'amputa*', 'paraplegi*', 'tetraplegi*', 'coma', 'fratur*', 'traumatismo', 'atropela*',
    'erro medico', 'incapacidade permanente', 'perda de membro', 'debilidade permanente', 'perda funcional', 'perda do movimento',
    'perdeu o movimento', 'perdi o movimento', 'perdi parte do movimento', 'perdeu parte do movimento', 'perda parcial do movimento', 'perda de movimento',
    // A large scar is dano estético (CC art. 949; Súmula 387 STJ), a lasting harm of its own beside the moral one.
    'cicatriz grande', 'cicatriz enorme', 'cicatrizes grandes', 'cicatriz feia',
    // A crushed hand or finger and a fingertip lost: a partial amputation, lasting harm and dano estético (CP art. 129 §2 III-IV).
    'esmagou o dedo', 'esmagou os dedos', 'esmagou meu dedo', 'esmagou dois dedo*', 'esmagou a mao', 'esmagou minha mao', 'dedo esmagado', 'dedos esmagados', 'mao esmagada', 'esmagamento',
    'perdi a ponta', 'perdeu a ponta', 'ponta do dedo', 'ponta dos dedos',
    // A lasting injury in lay words (`LASTING_INJURY`), and the face paralysed told another way.
    ...LASTING_INJURY, 'rosto paralisad*', 'face paralisad*', 'paralisia no rosto',
    'parte do dedo', 'parte dos dedos', 'parte de dois dedos', 'perdi a visao', 'perdeu a visao', 'perda da visao', 'perda de visao', 'perdeu o olho', 'perdeu a mao', 'perdeu o braco', 'perdeu a perna', 'perdi a mao', 'perdi o braco', 'perdi a perna',
    'deformidade', 'deformad*', 'desfigur*', 'dano estetico', 'cicatriz permanente', 'queimadura de segundo grau', 'queimaduras de segundo grau',
    'queimadura de terceiro grau', 'queimaduras de terceiro grau', 'dano cerebral', 'estado vegetativo', 'paralisia cerebral',
    // A disease or injury that will not heal is lasting harm, whatever its name (CP art. 129 §2 II: enfermidade incurável).
    'nao tem cura', 'sem cura', 'incuravel', 'irreversivel',
    // Half the body paralysed after a stroke (hemiplegia): a lost function (CP art. 129 §2 III), often needing another's
    // constant help (Lei 8.213/91 art. 45), however the client names the side.
    'hemiplegi*', 'hemipares*', 'lado direito paralisad*', 'lado esquerdo paralisad*', 'lado do corpo paralisad*', 'metade do corpo paralisad*',
    'braco paralisad*', 'perna paralisad*', 'pernas paralisad*',
    // A fractured vertebra, femur or skull, and a fracture fixed by surgery with pins or plates: incapacity beyond 30 days at least
    // (CP art. 129 §1º I), often lasting (§2º), however the client names the bone or the implant.
    'quebrou uma vertebra', 'quebrou duas vertebras', 'quebrou tres vertebras', 'quebrei uma vertebra', 'quebrei duas vertebras', 'quebrei tres vertebras', 'quebrou a vertebra', 'quebrei a vertebra',
    'vertebra quebrada', 'vertebras quebradas', 'vertebra fraturada', 'vertebras fraturadas', 'quebrou o femur', 'quebrei o femur', 'femur quebrado', 'quebrou o cranio', 'afundamento de cranio',
    'botei pino', 'botei pinos', 'botou pino', 'botou pinos', 'coloquei pino', 'coloquei pinos', 'colocou pino', 'colocou pinos', 'colocaram pino', 'colocaram pinos', 'colocar pino', 'colocar pinos',
    'botei platina', 'coloquei platina', 'colocou platina', 'colocaram platina', 'colocar platina', 'placa e parafusos', 'placa de titanio',
    'quebrou a bacia', 'quebrei a bacia', 'quebrou o quadril', 'quebrei o quadril', 'quebrou a perna', 'quebrei a perna', 'quebrou o braco', 'quebrei o braco',
    // The long bones of the leg broken (a surgery, months without walking, often a lasting limp: CP art. 129 §1 I and §2 III), and
    // walking that may not come back, told by whoever cares for the injured.
    'quebrou o femur', 'quebrei o femur', 'quebrou a tibia', 'quebrei a tibia', 'nao voltar a andar', 'nao voltar a caminhar', 'nao vai voltar a andar', 'nao vai voltar a caminhar',
    'nao volta a caminhar', 'nunca mais andar', 'nunca mais vai andar', 'nunca mais caminhar',
    'cicatriz no rosto', 'vai ficar cicatriz', 'ficar cicatriz', 'ficou cicatriz', 'cirurgia plastica',
    // A face marked or a part of it lost (an ear, the nose, a lip) and the surgeries to rebuild it: a permanent deformity (CP art. 129
    // §2º IV) and dano estético beside the moral one (CC arts. 949-950; Súmula 387 STJ), as a large scar is.
    'rosto marcado', 'rosto todo marcado', 'rosto ficou marcado', 'rosto ficou todo marcado', 'marcas no rosto', 'cicatrizes no rosto', 'pontos no rosto', 'pontos na cara',
    ...['perdeu', 'perdi', 'arrancou', 'arrancaram'].flatMap((lost) => FACE_PARTS.map((part) => `${lost} ${part}`)),
    ...['cirurgia', 'cirurgias'].flatMap((surgery) => [`${surgery} de reconstrucao`, `${surgery} reparadora`, `${surgery} reparadoras`, `${surgery} reconstrutiva`, `${surgery} reconstrutivas`]),
    'dias internad*', 'semanas internad*', 'mes internad*', 'meses internad*',
    // A death that followed the event the story is about (a surgery, a birth, a fall): the harm claimed, not a fact of the case.
    'morreu depois de', 'morreu depois da', 'morreu depois do', 'morreu apos', 'faleceu depois de', 'faleceu depois da', 'faleceu depois do', 'faleceu apos',
    'morreu na cirurgia', 'faleceu na cirurgia', 'morreu no parto', 'faleceu no parto', 'faleceu no hospital', 'faleceu no acidente',
  ],
  // Bodily harm short of a lasting injury (CP art. 129 caput; CC art. 949): the injured person's claim is more than a price or a fee.
  'lesao-corporal': [
    'lesao corporal', 'lesoes corporais', 'corpo de delito', 'mordeu', 'mordida', 'ferimento*', 'me machucou', 'machucou meu', 'machucou minha', 'levou pontos',
    'queimadura*', 'quebrou o nariz', 'quebrou meu nariz', 'quebrou o dente', 'quebrou meu dente', 'hematoma*',
    // A bruise as clients name it.
    'marcas roxas', 'marca roxa', 'mancha roxa', 'manchas roxas', 'olho roxo', 'ficou roxo', 'ficou roxa',
    // The wound told as what the client took ("levei pontos na cabeça", "levei uma facada"; a shot taken is heard below): a bodily harm (CP art. 129), whose
    // treatment and lost days the injured person may claim (CC art. 949).
    'levei pontos', 'levei uma facada', 'levei uma garrafada',
  ],
  'prova-disputada': [
    'a culpa foi minha', 'nao era funcionario', 'nao era empregado', 'nao era funcionaria', 'nao era empregada', 'nega o vinculo', 'negam o vinculo',
    'nunca fui registrado', 'nunca fui registrada', 'sem registro em carteira', 'nao reconhece', 'nao reconhecem',
    'sem prova*', 'nao tenho prova*', 'nenhuma prova', 'so de boca', 'contrato verbal', 'sem contrato',
    'falsific*', 'falso', 'falsa', 'assinatura falsa', 'nao acharam', 'sumiram com',
    // A signature the client denies on the contract the other side holds: who produced the document proves it authentic (CPC art.
    // 429 II; Tema 1.061 STJ for a bank's contract), by a handwriting expert (CPC art. 478 §3º).
    'assinatura que nao e minha', 'assinatura nao e minha', 'nao e minha assinatura', 'nao e a minha assinatura', 'nao reconheco a assinatura',
    'nao reconheco essa assinatura', 'imitaram minha assinatura', 'imitaram a minha assinatura', 'copiaram minha assinatura',
    // A fact the other side (the INSS, an insurer) says was not proven: the case turns on evidence.
    'nao comprovei', 'nao comprovou', 'nao comprovado', 'nao comprovada', 'nao provei', 'nao consegui provar', 'nao consegui comprovar', 'falta de prova*', 'falta de comprovacao',
    // The other side blames the client's own use or storage (culpa exclusiva, CDC arts. 12 §3 III and 14 §3 II; CC art. 393): the cause of the defect takes an expert's report.
    'mau uso', 'mal uso', 'uso inadequado', 'culpa exclusiva', 'a culpa e nossa', 'a culpa foi nossa', 'mau armazenamento', 'armazenamento inadequado',
    'nao provou', 'nao provamos', 'nao ficou comprovad*', 'nao foi comprovad*',
    // The bank's answer to a fraud: the transfer was made with the client's own password, so the fault is the client's (culpa exclusiva,
    // CDC art. 14 §3º II) against the bank's risk of its service (fortuito interno, Súmula 479 STJ): the liability is disputed.
    'feita com minha senha', 'feita com a minha senha', 'feitas com minha senha', 'feitas com a minha senha', 'feito com minha senha', 'feito com a minha senha',
    'feitos com minha senha', 'foi com minha senha', 'foi com a minha senha', 'foram com minha senha', 'usando minha senha', 'usando a minha senha',
    // The same defence told by the card's chip: a purchase the bank calls made with the physical card and its password.
    'chip e senha',
    // An insurer's refusal for a disease the insured already had when signing: without a prior exam it must prove the insured's bad
    // faith (Súmula 609 STJ; CC art. 766), and what the insured knew then is the fact disputed.
    ...['a doenca', 'diabetes', 'cancer', 'pressao alta', 'hipertensao'].map((disease) => `ja tinha ${disease} quando`),
    // The same defence told by the client's own device ("foi feito pelo meu celular").
    ...['feito', 'feita', 'feitos', 'feitas'].flatMap((done) => ['pelo meu celular', 'do meu celular', 'pelo meu aparelho', 'no meu celular'].map((device) => `${done} ${device}`)),
    // The debtor who calls the money lent a gift: the loan itself is the fact to prove (CC arts. 586 and 541 parágrafo único; CPC
    // art. 373 I), by the transfers and the messages, often in a monitória (CPC art. 700). Not "diz que não deve": a debtor's excuse
    // beside a signed note is a title to enforce (CPC art. 784 III).
    'que foi presente', 'que era presente', 'que foi um presente', 'que era um presente', 'que foi doacao', 'que era doacao',
    // The same defence told as help given ('diz que foi ajuda').
    'que foi ajuda', 'que era ajuda', 'que foi uma ajuda', 'que era uma ajuda',
    'sem nota fiscal', 'nao tenho nota', 'nao tenho nota fiscal', 'sem comprovante', 'nao tenho comprovante',
    // An expense or payment without its receipt (a deduction the Receita disallows without it, Decreto 9.580/18 art. 73): proof to make otherwise.
    'sem recibo', 'nao tenho recibo', 'nao tenho o recibo', 'nao deu recibo', 'nao me deu recibo', 'nao deram recibo', 'nao me deram recibo',
    // The INSS medical board against the treating physician (laudo pericial contrário): the benefit case turns on that evidence.
    'pericia disse que', 'pericia me deu alta', 'alta da pericia', 'alta programada', 'considerou apto', 'me considerou apto', 'estou apto', 'to apto', 'deu apto',
    'sem carteira assinada', 'nao tem contrato', 'nao tenho contrato', 'nao temos contrato', 'medo de testemunhar', 'ninguem quer testemunhar',
    // An employment relationship the employer denies (CLT art. 3): work off the books, pay "por fora", the worker called autonomous.
    'sem registro', 'sem nenhum registro', 'nunca me registr*', 'pagava por fora', 'pagavam por fora', 'pagamento por fora',
    'que eu era autonomo', 'que eu era autonoma', 'que era autonomo', 'que era autonoma', 'era so um bico', 'pejotiza*',
    'sem carteira', 'carteira nao assinada',
    // Work abandoned half done: what was built and what it was worth take an expert's report (perícia, CPC art. 464).
    'obra pela metade', 'obra inacabada', 'obra abandonada', 'abandonou a obra', 'largou a obra', 'deixou a obra',
    // A work accident the employer did not report (Lei 8.213/91 art. 22): the link to the work is left to prove.
    'nao abriu a cat', 'nao abriram a cat', 'nao emitiu a cat', 'nao emitiram a cat', 'nao fez a cat', 'nao fizeram a cat', 'sem cat',
    // A structural defect of a building (solidez e segurança, CC art. 618): its cause, the builder's work or the upkeep, takes an engineer's report.
    'rachaduras nas colunas', 'rachadura nas colunas', 'rachadura na coluna', 'rachaduras na estrutura', 'rachadura na estrutura', 'trincas na estrutura',
    'nas colunas', 'nas vigas', 'na fundacao', 'nas fundacoes', 'problema estrutural', 'problemas estruturais', 'dano estrutural', 'danos estruturais', 'vicio estrutural', 'vicios estruturais',
    // Messages the other side deleted (a loan without a contract is proven by its messages and transfers, a monitória, CPC art. 700):
    // evidence lost. Not a loan called a gift alone: with the transfers and the debtor's own promise kept, the proof stands.
    'apagou as mensagens', 'apagou varias mensagens', 'apagou mensagens', 'apagou a conversa', 'apagou as conversas', 'apagaram as mensagens', 'apagou tudo do whatsapp',
    'nao abriu cat', 'nem abriu cat', 'nem abriu a cat', 'nao emitiu cat', 'nem emitiu a cat', 'nem fez a cat', 'nao fez cat',
    'nao quis abrir a cat', 'nao quiseram abrir a cat', 'nao quis emitir a cat', 'recusou a abrir a cat', 'recusou a emitir a cat', 'recusou abrir a cat',
    // A used vehicle's hidden defect (vício oculto, CDC art. 26 §3º; CC art. 441): a past crash, an auction or a wound-back odometer the
    // seller did not tell. Whether the defect was there at the sale is the dispute, and it takes an expert's report (perícia, CPC art. 464).
    'vicio oculto', 'vicios ocultos', 'defeito oculto', 'defeitos ocultos', 'ja tinha batido', 'ja era batido', 'ja era batida',
    'veio de leilao', 'passagem por leilao', 'carro de leilao', 'quilometragem adulterada', 'km adulterado', 'hodometro adulterado', 'hodometro adulterada',
    // A fact told by each side its own way with no one else to tell it (no witness, no footage: one word against the other, as in a
    // collision where each says the light was green): who bears the burden of proof loses (CPC art. 373), and the case is that proof.
    'sem testemunha', 'sem testemunhas', 'nenhuma testemunha', 'nao tinha testemunha', 'nao tinha testemunhas', 'nao tem testemunha', 'nao tem testemunhas',
    'nao tenho testemunha', 'nao tenho testemunhas', 'nao teve testemunha', 'nao houve testemunha', 'ninguem viu', 'ninguem presenciou',
    'palavra contra palavra', 'minha palavra contra a dele', 'minha palavra contra a dela', 'palavra dele contra a minha', 'palavra dela contra a minha',
    'sem camera', 'sem cameras', 'nenhuma camera', 'nao tem camera', 'nao tinha camera', 'sem imagem', 'sem imagens', 'nao tem imagem', 'nao tem imagens',
    // Damage to a building the other side says it did not cause (the leak "is not his", the house "was already old", the cracks
    // were there before), and a building settling (a floor sunk, a wall leaning): the causal link takes an engineer's report
    // (perícia, CPC art. 464) before any liability for the neighbour's works or unit (CC arts. 1.277 and 1.311).
    'problema nao e dele', 'problema nao e dela', 'casa ja era velha', 'casa ja era antiga', 'imovel ja era velho', 'predio ja era velho',
    'ja tinha rachadura', 'ja tinha rachaduras', 'rachaduras ja existiam', 'rachadura ja existia',
    'piso afundou', 'piso cedeu', 'piso afundado', 'muro inclinado', 'muro esta inclinado', 'muro ta inclinado', 'muro tombando', 'parede inclinada',
  ],
  // The other side's bare refusal ("a loja nega", "negaram o estorno", "não se responsabiliza"): `recusa-da-outra-parte`, disputed
  // proof everywhere but in a consumer case (`IMPLIED_FEATURES`).
  'recusa-da-outra-parte': ['nega', 'negam', 'negou', 'negaram', 'nao tem nada a ver', 'nao tem responsabilidade', 'nao se responsabiliza'],
  // The business passed to a new owner, told by the worker ("o restaurante foi vendido", "o novo dono diz que não tem nada a ver"):
  // `sucessao-de-empregador`, weighed in labour cases only (elsewhere a sale is the client's own deal).
  'sucessao-de-empregador': [
    'novo dono', 'novos donos', 'nova dona', 'antigo dono', 'antigos donos', 'antiga dona', 'dono anterior', 'donos anteriores',
    'mudou de dono', 'trocou de dono', 'passou pra outro dono', 'passou para outro dono', 'empresa nova diz', 'firma nova diz',
    // The same owners named adjective after noun or as proprietors, and a school's mantenedora changed ("o dono novo", "o dono antigo",
    // "os novos proprietários", "mudou de mantenedora"): the succession of employers as it is told (CLT arts. 10 and 448).
    ...SUCCESSOR_NAMED, ...PREDECESSOR_NAMED, 'passou pra outros donos', 'passou para outros donos', 'mudou de mantenedora', 'trocou de mantenedora',
    ...['empresa', 'firma', 'fabrica', 'loja', 'restaurante', 'padaria', 'mercado', 'escola', 'clinica', 'oficina', 'posto']
      .flatMap((business) => [`${business} foi vendida`, `${business} foi vendido`, `${business} foi comprada`, `${business} foi comprado`, `vendeu a ${business}`, `vendeu o ${business}`]),
  ],
  // The labour debt pursued beyond the direct employer (`devedor-alem-do-empregador`, labour cases only): the business passed into
  // a relative's or a front's name, or closed and reopened under another name or CNPJ (CLT art. 448-A p.u.; CLT art. 855-A, CC art. 50).
  'empresa-em-outro-nome': [
    ...[...EMPLOYER_BUSINESSES_F.map((b) => `a ${b}`), ...EMPLOYER_BUSINESSES_M.map((b) => `o ${b}`)].flatMap((business) =>
      ['pro nome', 'para o nome', 'pra o nome', 'no nome', 'em nome'].flatMap((name) => [`${business} ${name} da`, `${business} ${name} do`, `${business} ${name} de`])),
    ...['abriu', 'abriram', 'montou', 'montaram'].flatMap((opened) => [
      ...EMPLOYER_BUSINESSES_F.flatMap((b) => [`${opened} outra ${b}`, `${opened} uma nova ${b}`, `${opened} uma outra ${b}`]),
      ...EMPLOYER_BUSINESSES_M.flatMap((b) => [`${opened} outro ${b}`, `${opened} um novo ${b}`, `${opened} um outro ${b}`]),
      `${opened} outro cnpj`, `${opened} um novo cnpj`, `${opened} um outro cnpj`]),
    'com outro cnpj', 'com novo cnpj', 'e outro cnpj', 'reabriu com outro nome', 'reabriram com outro nome', 'reabriu com outro cnpj', 'reabriram com outro cnpj',
    ...EMPLOYER_BUSINESSES_F.map((b) => `reabriu a ${b} com outro nome`), ...EMPLOYER_BUSINESSES_M.map((b) => `reabriu o ${b} com outro nome`),
    'nome de laranja', 'nome de um laranja', 'nome de laranjas', 'nome de uns laranjas',
  ],
  // The owner's other companies (grupo econômico, CLT art. 2º §§2º-3º): jointly liable for the same worker's claims; labour cases only.
  'grupo-do-empregador': [
    'grupo economico', 'mesmo grupo economico',
    ...['duas', 'tres', 'quatro', 'outras'].flatMap((n) => [`tem mais ${n} empresas`, `tem mais ${n} firmas`, `dono tem ${n} empresas`]),
    'tem outras empresas', 'tem outras firmas', 'outras empresas dele', 'outras firmas dele', 'outras empresas do dono', 'outras empresas do mesmo dono', 'todas as empresas dele',
    ...EMPLOYER_BUSINESSES_F.flatMap((b) => [`${b}s do mesmo dono`, `${b}s dos mesmos donos`, `${b}s do mesmo grupo`]),
  ],
  // The new owner's denial of the old owner's debts, beside `sucessao-de-empregador` (CLT arts. 10 and 448-A): a second employer to sue.
  // A refusal to pay what the old owner owed ("se recusa a pagar", "não vai pagar o que o antigo dono devia", "o fgts atrasado não é com
  // ele") or the years of service restarted from nothing ("diz que meu tempo de casa começa do zero", told as his word, not the worker's
  // question "ou se começa do zero") deny the same succession (CLT arts. 10, 448).
  'passivo-negado': [
    'se recusa a pagar', 'se recusam a pagar', 'nao e com ele', 'nao e com eles', 'nao e com ela',
    'tempo de casa comeca do zero', 'tempo de casa vai comecar do zero', 'tempo de casa comecar do zero', 'tempo de servico comeca do zero',
    'o que o antigo dono devia', 'o que o dono anterior devia', 'o que os antigos donos deviam',
    'nao responde pelo', 'nao responde pela', 'nao responde pelos', 'nao responde pelas', 'nao responde por', 'nao respondem pelo', 'nao respondem pelos', 'nao respondem pelas',
    'problema e do antigo', 'problema do antigo', 'problema e do outro', 'e com o antigo dono', 'e com o dono anterior', 'e com os antigos donos', 'divida e do antigo', 'divida e dele',
    'nao quer pagar os atrasados', 'nao quer pagar o que o antigo', 'nao quer pagar as dividas', 'o que o antigo devia',
    // The old owner's time, debts or contract told as someone else's by the successor (CLT arts. 10 and 448: they pass to him whole):
    // "são do tempo do outro dono", "não é responsabilidade dela", "a rescisão quem paga é o dono antigo", "era obrigação do antigo",
    // "mandou procurar o antigo", "o contrato com o antigo acabou", "as férias vencidas começam do zero", "agora é outro contrato".
    ...OLD_OWNER_BLAMED,
    ...['dele', 'dela', 'deles', 'delas'].flatMap((them) => [`nao e responsabilidade ${them}`, `nao sao responsabilidade ${them}`, `nao e obrigacao ${them}`,
      `nao e problema ${them}`, `nao e divida ${them}`]),
    ...['ferias', 'ferias vencidas', 'ferias vencida', 'periodo de ferias', 'periodos de ferias', 'tempo de casa', 'tempo de servico'].flatMap((time) => [
      `${time} comecam do zero`, `${time} vao comecar do zero`, `${time} voltam pro zero`, `${time} voltou pro zero`, `${time} zerou`, `${time} zeraram`, `${time} foi zerado`, `${time} foram zeradas`]),
    'agora e outro contrato', 'agora e um contrato novo', 'agora e contrato novo',
    // His refusal or his word that he owes nothing, the successor named or told by his reported words ("o dono novo não quer pagar",
    // "falou que não deve nada do período antigo"): the same denial, whatever debt it names (CLT art. 448-A).
    ...SUCCESSOR_SUBJECTS.flatMap((owner) => ['nao quer pagar', 'nao querem pagar', 'nao vai pagar', 'nao vao pagar', 'se nega a pagar', 'se negam a pagar', 'nao paga', 'nao pagam']
      .map((refuses) => `${owner} ${refuses}`)),
    // His word that he owes nothing of a time or a debt named ("não deve nada do período antigo", "das horas extras"), not a bare
    // "diz que não deve nada" (any debtor's).
    ...['diz', 'disse', 'fala', 'falou', 'alega', 'alegou', 'afirma', 'afirmou', 'dizem', 'disseram', 'falam', 'falaram', 'alegam', 'alegaram', 'afirmam', 'afirmaram']
      .flatMap((says) => ['nao deve nada', 'nao devem nada', 'nao deve', 'nao devem'].flatMap((owes) => ['do', 'da', 'dos', 'das'].map((of) => `${says} que ${owes} ${of}`))),
    ...['nao quer pagar', 'nao querem pagar', 'nao vai pagar', 'nao vao pagar'].flatMap((refuses) => [`${refuses} o que ficou pra tras`, `${refuses} o que ficou para tras`,
      `${refuses} o que ficou atrasado`]),
  ],
  // The new owner who keeps the staff or takes on the old owner's debts ("o novo dono manteve todo mundo", "assumiu as dívidas",
  // "já pagou o que o antigo deixou atrasado"): `sucessao-assumida`, the succession undisputed (CLT arts. 10 and 448).
  'sucessao-assumida': [
    ...['continua', 'continuou', 'manteve', 'mantiveram', 'ficou com', 'ficaram com', 'assumiu', 'assumiram'].flatMap((kept) => [
      `${kept} todo mundo`, `${kept} todos os funcionarios`, `${kept} com todos os funcionarios`, `${kept} os funcionarios`,
      `${kept} os empregados`, `${kept} a gente`,
      // The staff named by the trade or as a team ("manteve os professores", "mantiveram a equipe toda", "ficou com o pessoal").
      `${kept} os professores`, `${kept} as professoras`, `${kept} as funcionarias`, `${kept} os trabalhadores`, `${kept} os colaboradores`,
      `${kept} os motoristas`, `${kept} a equipe`, `${kept} com a equipe`, `${kept} o pessoal`, `${kept} com o pessoal`, `${kept} os contratos`]),
    'assumiu tudo', 'assumiram tudo', 'assumiu as dividas', 'assumiram as dividas', 'assumiu os atrasados', 'assumiram os atrasados',
    'respeita o tempo de casa', 'respeitou o tempo de casa',
    // The successor told as paying the old arrears himself ("a dona nova já acertou comigo as férias", "o novo dono já pagou o 13 que
    // o antigo deixou"): he has taken them on (CLT arts. 10 and 448).
    ...SUCCESSOR_SUBJECTS.flatMap((owner) => ['ja pagou', 'ja pagaram', 'ja acertou', 'ja acertaram', 'ja depositou', 'ja depositaram', 'ja quitou', 'ja quitaram']
      .map((paid) => `${owner} ${paid}`)),
    ...['ta pagando', 'esta pagando', 'pagou', 'ja pagou', 'depositou', 'ja depositou'].flatMap((paid) => [
      `${paid} o que o antigo`, `${paid} o que o dono anterior`, `${paid} o fgts que o antigo`, `${paid} certinho o que o antigo`]),
  ],
  // The arrears told as paid off ("já depositou tudo", "a nova já pagou", "tá tudo depositado agora", "já quitou"): weighs nothing
  // alone; with the business sold and its new owner taking on the old debts it is `sucessao-quitada` (`IMPLIED_FEATURES`).
  'atraso-quitado': [
    // A bare "já pagou" is anyone's payment (an agreement kept, a debtor): only the new owner's, or a deposit, which is the FGTS's.
    'ja depositou', 'ja depositaram', 'ja quitou', 'ja quitaram', 'ja acertou', 'ja acertaram',
    ...['novo dono', 'nova dona', 'dono novo', 'dona nova', 'a nova', 'o novo', 'a rede', 'empresa nova'].map((owner) => `${owner} ja pagou`),
    ...['novos donos', 'donos novos', 'novas donas'].map((owners) => `${owners} ja pagaram`),
    ...['pagou', 'depositou', 'quitou', 'acertou'].flatMap((paid) => [`${paid} o fgts atrasado`, `${paid} as ferias atrasadas`, `${paid} o 13 atrasado`, `${paid} os atrasados`]),
    'ta tudo depositado', 'esta tudo depositado', 'tudo depositado agora', 'agora ta tudo em dia', 'agora esta tudo em dia', 'ta tudo em dia agora',
  ],
  // The hours shown in the employer's time records (Súmula 338 I TST).
  'horas-no-ponto': [
    'ta tudo no ponto', 'esta tudo no ponto', 'fica tudo no ponto', 'tudo registrado no ponto', 'registrado no ponto', 'registradas no ponto',
    'registrada no ponto', 'aparece no ponto', 'aparecem no ponto',
    // The same told of the record by its name (cartão, relógio, livro, espelho de ponto; electronic or not) and of what it does: it marks,
    // registers or shows all the hours ("o ponto marca tudo", "o cartão ponto marca certinho", "o ponto é eletrônico e marca tudo").
    // A bare electronic clock is no such statement: it may still hide the hours (Súmula 338 III TST), so it weighs nothing here.
    ...['o ponto', 'o ponto eletronico', 'o ponto e eletronico e', 'o cartao de ponto', 'o cartao ponto', 'o relogio de ponto', 'o livro de ponto', 'o espelho de ponto', 'o registro de ponto'].flatMap(
      (record) => ['marca tudo', 'marca certinho', 'registra tudo', 'registra certinho', 'mostra', 'e marcado certinho', 'tem tudo anotado'].map((shows) => `${record} ${shows}`),
    ),
    'no ponto aparece tudo', 'aparece tudo no ponto', 'as horas estao no ponto', 'as horas estao todas no ponto', 'ta tudo anotado no ponto',
  ],
  // Wage paid off the books, as clients tell it; weighs only in labour cases (COMPLEXITY_FEATURES `areas`): elsewhere "por fora"
  // is a broker's fee or a side job.
  'salario-por-fora': [
    'salario por fora', 'dinheiro por fora', 'por fora em dinheiro', 'pagava por fora', 'pagavam por fora', 'pagamento por fora', 'pago por fora', 'paga por fora',
    'pagam por fora', 'recebia por fora', 'recebi por fora', 'recebo por fora', 'parte por fora', 'metade por fora', 'resto por fora', 'comissao por fora', 'comissoes por fora',
    // The same named by its currency, as when part of a wage earned abroad is paid off the books ("em dólar por fora").
    'dolar por fora', 'dolares por fora', 'euro por fora', 'euros por fora', 'reais por fora',
    'fora da folha', 'fora do contracheque', 'fora do holerite', 'extrafolha', 'extra folha', 'salario extrafolha',
    // The part paid in cash in an envelope, the everyday name of the off-the-books wage ("o resto vinha num envelope").
    'num envelope', 'no envelope', 'em envelope', 'do envelope', 'salario no envelope', 'dinheiro no envelope',
  ],
  // A salesperson's commissions unpaid, held back, charged back or cut (`COMMISSIONS_WITHHELD`); weighs only in labour cases
  // (COMPLEXITY_FEATURES `areas`): elsewhere a commission is a broker's, an agent's or a representative's fee.
  'comissoes-em-disputa': COMMISSIONS_WITHHELD,
  // An involuntary unemployment, the insured's or the deceased's (`periodo-de-graca-prorrogado` beside the insured status denied,
  // Lei 8.213/91 art. 15 §2º): a dismissal, the unemployment insurance, a job lost and none found since. Social-security cases only.
  'desemprego-involuntario': [
    'desempregad*', 'seguro desemprego', 'fiquei sem emprego', 'ficou sem emprego', 'fiquei sem trabalho', 'ficou sem trabalho', 'fiquei sem servico', 'ficou sem servico',
    'fui mandad* embora', 'foi mandad* embora', 'me mandaram embora', 'me mandou embora', 'mandou ele embora', 'mandou ela embora', 'mandaram ele embora', 'mandaram ela embora',
    'fui demitid*', 'foi demitid*', 'sido demitid*', 'me demitiu', 'me demitiram', 'demitiu ele', 'demitiu ela', 'demitiram ele', 'demitiram ela',
    'fui dispensad*', 'foi dispensad*', 'dispensou ele', 'dispensou ela', 'dispensaram ele', 'dispensaram ela',
    'perdi o emprego', 'perdi meu emprego', 'perdeu o emprego', 'perdeu seu emprego', 'nao arrumei mais emprego', 'nao arrumei outro emprego', 'nao consegui mais emprego', 'nao consegui outro emprego',
  ],
  // A period the INSS left out of the count; weighs only in social-security cases (COMPLEXITY_FEATURES `areas`): elsewhere
  // "ele não contou" is a story not told.
  // A period told entered in the work card ("está na minha carteira", "anotado na carteira"): building block that keeps it out of `tempo-controvertido`.
  'periodo-em-carteira': [
    ...['esta', 'ta', 'consta', 'aparece', 'anotado', 'anotada', 'registrado', 'registrada'].flatMap((told) => [`${told} na carteira`, `${told} na minha carteira`]),
  ],
  'tempo-controvertido': [
    'nao contou', 'nao contaram', 'nao quis contar', 'nao quiseram contar', 'nao quer contar', 'nao querem contar', 'so contou', 'so contaram',
    'nao computou', 'nao computaram', 'nao averbou', 'nao averbaram', 'nao reconheceu o tempo', 'nao reconheceram o tempo',
    'tempo especial', 'como especial', 'atividade especial', 'tempo rural', 'atividade rural', 'tempo de roca',
    // Rural work of a segurado especial (Lei 8.213/91 art. 11 VII), proven by início de prova material and witnesses.
    'na roca', 'na lavoura', 'segurado especial', 'segurada especial', 'trabalhador rural', 'trabalhadora rural', 'lavrador', 'lavradora',
    // Special time, proven by the PPP and the LTCAT (art. 58), and salaries or years a labour court recognised (art. 55 §3).
    'aposentadoria especial', 'ppp', 'agente nocivo', 'agentes nocivos', 'processo trabalhista', 'reclamatoria trabalhista', 'reclamacao trabalhista', 'justica do trabalho',
    // Salaries missing from the CNIS: the INSS counts a month without its salary at the minimum wage (Lei 8.213/91 arts. 29-A and
    // 35), and the benefit is recalculated only on the proof of each salary the client brings (payslips, RAIS, a labour record).
    // Not a period missing with its CTPS entry: the entry proves the period by itself (Súmula 75 TNU; Decreto 3.048/99 art. 19),
    // a plain correction of the record.
    'faltam os salarios', 'faltando os salarios', 'faltam salarios', 'faltando salarios', 'salarios nao constam', 'salarios nao aparecem', 'sem as remuneracoes', 'sem os salarios de contribuicao',
    'contaram como salario minimo', 'contou como salario minimo', 'considerou como salario minimo', 'consideraram como salario minimo', 'contaram pelo salario minimo', 'contou pelo salario minimo',
  ],
  // Work or contributions abroad that the benefit needs counted (`tempo-no-exterior`), told by the foreign scheme or the agreement
  // ("descontava pra segurança social", "a previdência de lá", "a totalização"); the years worked in another country are read across a
  // sentence (`mentionsWorkAbroad`). No country's name here: `internacional` reads it. Weighs only in social-security cases
  // (COMPLEXITY_FEATURES `areas`): elsewhere a job abroad is the story, not a period to count.
  'tempo-no-exterior': [
    'seguranca social', 'previdencia de la', 'previdencia la de fora', 'acordo previdenciario', 'acordo de previdencia',
    'acordo de seguridade', 'totalizacao',
  ],
  // The summons' warning in an enforcement of support under the prison rite (CPC art. 528 §§1º-3º), as the payer reads it.
  // The police or an officer after the payer over the support is read across a sentence (`mentionsPayerSoughtForSupport`).
  'aviso-de-prisao-civil': SUPPORT_ARREST_WARNING,
  // The other side announcing the support's enforcement or the payer's arrest, in the payer's first person (`cobranca-de-pensao-anunciada`).
  'cobranca-de-pensao-anunciada': [
    'pedir minha prisao', 'pedir a minha prisao', 'pedir prisao pra mim', 'pedir prisao para mim',
    'me colocar na cadeia', 'me botar na cadeia', 'me por na cadeia', 'me jogar na cadeia', 'me mandar pra cadeia', 'me mandar para a cadeia',
    'me mandar prender', 'mandar me prender', 'me cobrar o resto', 'me cobrar os atrasados', 'me cobrar o atrasado', 'cobrar o resto na justica', 'me executar',
  ],
  // The payer's plea of a smaller income against the signs of a larger one, or an income told with no payslip (`renda-oculta`
  // where the support is fixed or revised).
  'renda-alegada': [
    'diz que ta desempregado', 'diz que esta desempregado', 'diz que ta desempregada', 'diz que esta desempregada', 'fala que ta desempregado', 'fala que esta desempregado',
    'alega que esta desempregado', 'alega que ta desempregado', 'alegando desemprego', 'alega desemprego', 'se diz desempregado', 'se diz desempregada',
    'diz que nao tem renda', 'diz que ganha pouco', 'diz que ganha menos', 'diz que nao tem condicoes de pagar', 'diz que nao pode pagar mais',
    'renda informal', 'trabalha por fora', 'vive postando viagem', 'vive postando viagens',
    'comprou uma moto nova', 'comprou moto nova', 'comprou um carro novo', 'comprou carro novo', 'comprou foi uma moto nova', 'comprou foi um carro novo',
    'anda de carro novo', 'anda de moto nova', 'caminhonete nova',
    'diz que nao ganha nada', 'fala que nao ganha nada', 'nao declara nada', 'nao declara renda', 'nao comprova renda', 'nao da lucro',
    // The payer's income told with no payslip behind it (app work, own account, no registration, odd jobs, paid in cash or "por
    // fora"): nothing an ofício to an employer discounts at source (CPC art. 529), the means measured on the signs of wealth.
    'trabalha de motorista de aplicativo', 'trabalha como motorista de aplicativo', 'e motorista de aplicativo', 'motoboy de aplicativo', 'motoboy por aplicativo',
    'trabalha de uber', 'trabalha no uber', 'trabalha com uber', 'trabalha de aplicativo', 'e uber', 'e motoboy',
    'trabalha por conta', 'e autonomo', 'caminhoneiro autonomo', 'trabalha como autonomo', 'nao tem salario fixo', 'sem salario fixo', 'nao tem salario',
    'trabalha sem carteira', 'sem registro nenhum', 'nao tem carteira assinada', 'faz bico', 'faz uns bicos', 'vive de bico', 'paga ele por fora', 'ganha por fora',
    'recebe tudo em dinheiro',
  ],
  // The client barred from seeing the child by whoever keeps the child (`convivencia-impedida`).
  'convivencia-impedida': VISIT_BARRED,
  // A temporary hire by the State told in lay words ("passei no processo seletivo da prefeitura", "contratada pelo estado", "designação
  // temporária", "contrato REDA"; CF art. 37 IX): a building block of `tipo-nao-simples` in an administrative case, with the bond's end
  // (`vinculo-encerrado`) or a dismissal (`ato-sobre-o-emprego`) told (`IMPLIED_FEATURES`). Not the phrases holding "contrato temporário"
  // or "contratação temporária": those words weigh as `tipo-nao-simples` already, and a longer phrase would take them away.
  'vinculo-temporario-publico': TEMPORARY_PUBLIC_CONTRACT.filter((phrase) => !/\bcontrat(?:o|acao) temporari/.test(phrase)),
  'tipo-nao-simples': [
    // Crimes of discrimination: racial insult is racism (Lei 14.532/23), prosecuted by the State and never time-barred.
    'injuria racial', 'racismo', 'racista', 'ofensa racial', 'discriminacao racial', 'chamou de macaco', 'chamou de macaca', 'chamaram de macaco', 'chamaram de macaca',
    'por causa da minha cor', 'cor da minha pele', 'homofobia', 'homofobic*', 'transfobia', 'transfobic*',
    // The same crimes told by what was said, not named: the slur for the client's colour, sexuality, gender identity, religion or origin
    // ("me chamou de crioula", "de sapatão", "de paraíba") or the scorn of the client's group ("preto é tudo ladrão", "xingando minha
    // religião"). Injúria racial (Lei 7.716/89 art. 2º-A, by Lei 14.532/23: race, colour, ethnicity, origin; homotransphobia held
    // racism, STF ADO 26 and MI 4733) is prosecuted by the State without the victim's queixa and never lapses (CF art. 5º XLII); the
    // insult for the religion (CP art. 140 §3º) and the discrimination by religion or origin (Lei 7.716/89 art. 20) carry reclusão up
    // to 3 or 5 years. All lie beyond the juizado (Lei 9.099/95 art. 61): an inquiry and the prosecutor's charge, not the plain insult's
    // queixa within six months (CP arts. 140 caput and 145; CPP art. 38).
    ...DISCRIMINATION_AT_CLIENT,
    // An employment relationship disguised or denied (CLT arts. 3º and 9º): a MEI or a PJ the employer demanded, work never registered.
    'pejotizacao', 'abrir um mei', 'abrir mei', 'abri um mei', 'abrisse um mei', 'como pj', 'sem carteira assinada', 'nunca assinou minha carteira', 'nunca assinaram minha carteira',
    // A dismissal for cause to reverse (CLT art. 482: the employer's proof), an indirect termination (art. 483), a resignation under duress,
    // a discriminatory dismissal (Lei 9.029/95), a position of trust disputed (art. 62 II, 224 §2), on-call time (art. 244 §2).
    'justa causa', 'rescisao indireta', 'nao deposita o fgts', 'nao depositam o fgts', 'nao depositava o fgts', 'nao deposita o fundo', 'fgts nao depositado', 'fgts nao e depositado',
    'nao depositou o fgts', 'nao depositaram o fgts', 'salarios atrasados',
    // The FGTS called by its full name, and the indirect termination as the worker knows it: leaving "as if dismissed" (art. 483 d).
    'nao deposita o fundo de garantia', 'nao depositou o fundo de garantia', 'nao depositava o fundo de garantia', 'fgts atrasado', 'fgts em atraso',
    'como se fosse mandado embora', 'como se tivesse sido mandado embora', 'como se fosse demitido', 'como se tivesse sido demitido', 'como se fosse mandada embora', 'como se tivesse sido mandada embora', 'como se fosse demitida', 'como se tivesse sido demitida',
    // Wages paid late again and again (mora salarial, art. 483 d; three months are the mora contumaz of Decreto-Lei 368/68), told as a habit.
    'salarios em atraso', 'atraso dos salarios', 'atraso de salarios', 'atrasando o salario', 'atrasando meu salario', 'atrasando o meu salario', 'atrasando os salarios',
    'atrasando salario', 'atrasando nosso salario', 'atrasando o nosso salario', 'atrasa o salario todo mes', 'atrasa salario todo mes', 'nunca tive carteira assinada', 'nunca teve carteira assinada', 'reintegrad*', 'readmitir', 'readmissao',
    'nao mandava em ninguem', 'sem poder de mando',
    // The stability told in lay words ("quem volta do INSS não pode ser mandado embora"): the accident's (Lei 8.213 art. 118), the
    // pregnant worker's (ADCT art. 10 II b), the union officer's (CLT art. 543 §3º), a dismissal to undo or indemnify.
    'nao pode ser mandad* embora', 'nao podia ser mandad* embora', 'nao podiam me mandar embora', 'nao podia me mandar embora', 'nao pode ser demitid*',
    'nao podia ser demitid*', 'nao podiam me demitir', 'nao podia me demitir',
    'coacao', 'coagido', 'coagida', 'dispensa discriminatoria', 'demissao discriminatoria', 'estabilidade', 'cargo de confianca', 'setima e oitava hora', 'sobreaviso',
    // Temporary public contracts renewed for years (CF art. 37 II and IX; STF RE 596.478 and 765.320: FGTS due).
    'contrato temporario', 'contratos temporarios', 'contratada temporaria', 'contratado temporario', 'contratacao temporaria', 'processo seletivo simplificado',
    // A public university ending a student's enrolment, a listed building (Decreto-Lei 25/37), a civil servant's career step refused.
    'desligou do curso', 'desligaram do curso', 'desligado do curso', 'desligada do curso', 'jubilamento', 'jubilad*', 'prazo maximo de integralizacao',
    'tombamento', 'patrimonio historico', 'imovel tombado', 'casa tombada', 'predio tombado', 'progressao', 'incentivo a qualificacao',
    // A business closed by the State (alvará cassado, interdição: a sanction that needs due process, Lei 9.784/99 art. 68) and a
    // disabled pupil's support teacher refused (Lei 12.764/12 art. 3º parágrafo único; Lei 13.146/15 art. 28 XVII).
    'cassou o alvara', 'cassou meu alvara', 'cassaram o alvara', 'cassaram meu alvara', 'cassacao do alvara', 'cassacao de alvara', 'lacrou', 'lacraram', 'interditou o estabelecimento', 'interditaram o estabelecimento', 'interdicao do estabelecimento',
    // The city's order to demolish the client's own building (auto or notificação de demolição) and a licence (alvará) refused to the
    // client's business or works: acts of the police power the client contests with the building's age, the zoning, the equal treatment
    // of the neighbours and the act's motives (CF art. 5º LIV-LV; Lei 9.784/99 arts. 2º, 50 and 56; Lei 10.257/01 art. 2º; CC art. 1.299):
    // a defence or an appeal with short terms and often a mandado de segurança (Lei 12.016/09), never simple.
    'auto de demolicao', 'ordem de demolicao', 'notificacao de demolicao', 'intimacao de demolicao', 'pra demolir a minha', 'pra demolir minha', 'para demolir a minha',
    'para demolir minha', 'pra eu demolir', 'para eu demolir', 'pra gente demolir',
    ...['demolir', 'derrubar'].flatMap((raze) => ['minha casa', 'a minha casa', 'nossa casa', 'a nossa casa', 'meu puxadinho', 'o puxadinho', 'minha edicula', 'a edicula',
      'minha obra', 'minha construcao', 'meu imovel', 'o meu imovel', 'minha garagem'].map((building) => `${raze} ${building}`)),
    ...['indeferiu', 'indeferiram', 'negou', 'negaram'].flatMap((refused) => ['o alvara', 'meu alvara', 'o meu alvara', 'o pedido de alvara', 'meu pedido de alvara'].map((licence) => `${refused} ${licence}`)),
    'alvara foi indeferido', 'alvara indeferido', 'alvara foi negado', 'alvara negado', 'indeferimento do alvara', 'indeferimento do meu alvara', 'negado pela prefeitura', 'indeferido pela prefeitura',
    'professor de apoio', 'nao tem professor de apoio', 'acompanhante especializado', 'mediador escolar',
    // Possession over the years and boundaries (CC arts. 1.238-1.242, 1.285, 1.297): witnesses, a survey, often a suit against unknown owners.
    'usucapiao', 'dono sumiu', 'proprietario sumiu', 'dono nunca apareceu', 'proprietario nunca apareceu', 'proprietario jamais apareceu', 'sem escritura', 'nunca passou a escritura', 'nunca me deu escritura', 'nunca me deu a escritura', 'nunca me passou a escritura', 'nunca deu a escritura', 'servidao de passagem', 'passagem forcada', 'esbulho', 'demarcacao', 'mudou a cerca', 'mudaram a cerca', 'cerca de lugar',
    // The title still with the developer or the former owner: the owner of record, often gone, is summoned or sued (Lei 6.015 arts. 216-A §2º and 216-B).
    ...TITLE_WITH_SELLER,
    'sublocou', 'sublocacao', 'acao renovatoria', 'renovatoria',
    // The antisocial owner (CC art. 1.337 parágrafo único): a fine of up to ten times the fee needs a 3/4 vote of the owners, and
    // barring the owner from the building, which the Code does not provide, is a contested suit (Enunciado 508 CJF).
    ...ANTISOCIAL_OWNER,
    // Family disputes that turn on proof: a child turned against a parent (Lei 12.318/10), a paternity denied after a DNA test, grandparents' support.
    'alienacao parental', 'negatoria de paternidade', 'nao sou o pai', 'avos paternos', 'avos maternos',
    // A paternity the alleged father denies or a DNA test he refuses: the investigação is contested, the test ordered in court and his
    // refusal weighed as a presumption (Lei 8.560/92 art. 2º-A parágrafo único; Súmula 301 do STJ).
    'nega a paternidade', 'negou a paternidade', 'negando a paternidade', 'nao assume a paternidade', 'nao reconhece a paternidade',
    ...['o filho', 'a filha', 'o menino', 'a menina', 'a crianca', 'o bebe', 'a bebe', 'o nenem'].flatMap((child) => [`que ${child} nao e dele`, `que ${child} nao era dele`]),
    'nao e filho dele', 'nao e filha dele', 'nao quer fazer o dna', 'nao faz o dna', 'nao aceita fazer o dna', 'se recusa a fazer o dna', 'se nega a fazer o dna',
    'recusou fazer o dna', 'recusou a fazer o dna', 'recusa ao exame de dna', 'recusou o exame de dna', 'nao quis fazer o dna',
    // A child already registered as another man's (the mother's husband or partner): the biological father's recognition needs the
    // registry annulled in court (CC arts. 1.601 and 1.604; Lei 6.015/73 art. 113), a DNA test and the socio-affective bond weighed (STF Tema 622).
    'registrou como se fosse dele', 'registrou como se fosse filho dele', 'registrou como filho dele', 'registrou como filha dele', 'registrado como filho de outro',
    'registrada como filha de outro', 'registrado no nome do marido', 'registrada no nome do marido', 'registrado no nome de outro', 'registrada no nome de outro',
    'registrado por outro homem', 'registrada por outro homem', 'anular o registro de nascimento', 'anulacao do registro de nascimento', 'anulacao de registro civil', 'pai registral',
    // Lost earnings to prove (CC art. 402), an electricity fraud charged by the utility (TOI, REN ANEEL 1.000/21 art. 590),
    // a card disguised as a payroll loan (RMC), a course without accreditation, a health plan cancelled by the insurer (Lei 9.656/98 art. 13).
    'lucros cessantes', 'dias parados', 'fiquei parado', 'termo de ocorrencia', 'furto de energia', 'reserva de margem', 'cartao de credito consignado',
    // The fraud the utility charges in the TOI (REN ANEEL 1.000/21 arts. 590-595): the meter's tampering is the evidence to contest.
    // Not the 'recuperação de consumo' alone: a billing corrected after a faulty meter is a plain consumer claim.
    'fraude no medidor', 'fraude no relogio', 'irregularidade no medidor', 'irregularidade no relogio', 'medidor adulterado', 'relogio adulterado', 'adulteracao do medidor',
    'nao credenciado', 'nem credenciado', 'nao estava credenciado', 'nem estava credenciado', 'sem credenciamento', 'descredenciad*',
    'rescisao unilateral', 'cancelou o plano', 'cancelaram o plano', 'cancelou meu plano', 'cancelaram meu plano',
    'golpe de investimento', 'piramide financeira',
    // A news item to remove, correct or de-index: personality rights against press freedom (ADPF 130; STF Tema 786), never simple.
    ...PRESS_CONTENT,
  ],
  // A dismissal for cause only announced for a next fault ("na próxima é justa causa"): the graded penalty (advertência,
  // suspensão, CLT art. 474) is the case; there is no dismissal to reverse yet. No points: the longer phrase keeps
  // `tipo-nao-simples`'s 'justa causa' from reading a threat as a dismissal made.
  'justa-causa-anunciada': [...JUST_CAUSE_ANNOUNCED, ...JUST_CAUSE_THREATENED, ...JUST_CAUSE_FEARED],
  'questao-nova': [
    'lei nova', 'tese', 'stj', 'stf', 'jurisprudencia', 'inconstitucional', 'repercussao geral', 'precedente',
    'nao tem lei', 'igualdade salarial',
  ],
  coletivo: [
    'outros passageiros', 'outras familias', 'outros moradores', 'outros colegas', 'outras colegas', 'varios colegas', 'varias colegas', 'outros servidores',
    'acao coletiva', 'coletiv*', 'todos os funcionarios', 'varios funcionarios', 'todos os moradores', 'varias familias',
    ...MANY_PEOPLE, 'outras vitimas', 'varias vitimas', 'muitas vitimas', 'varios trabalhadores', 'outros trabalhadores', 'outros peoes',
    'na mesma situacao',
    // Buyers of one builder or one seller suing together (a joint claim, CPC art. 113; a class action by their association, CDC
    // art. 82 IV): one breach behind many claims. Not "entrar juntos" alone: a couple "entra junto" with a consensual divorce.
    'outros compradores', 'todos os compradores', 'varios compradores', 'demais compradores', 'outros mutuarios', 'varios mutuarios',
    'entrar juntos contra', 'entrarmos juntos contra', 'entrar todos juntos', 'processar todos juntos', 'acao conjunta contra',
  ],
  // Others hit by the same thing told only as what the client learnt ("vi no Reclame Aqui que muita gente tem o mesmo problema", "depois
  // vi que várias pessoas caíram", "um abaixo-assinado de outros moradores"): no points; longer than `coletivo`'s
  // words, it keeps them from reading the client's own claim as a collective one. The others are witnesses or a pattern of proof
  // (CDC art. 6º VIII), not parties: no joint claim (CPC art. 113) nor collective action (CDC art. 81) is told. Not in a criminal case
  // (`IMPLIED_FEATURES`), nor "outras vítimas" of a swindler the police already know: a serial crime under investigation.
  'outros-so-citados': [
    ...MANY_PEOPLE.flatMap((people) =>
      ['tem o mesmo problema', 'com o mesmo problema', 'teve o mesmo problema', 'tiveram o mesmo problema', 'reclamando', 'reclama', 'reclamou', 'reclamaram',
        'caiu', 'cairam', 'caiu no mesmo golpe', 'cairam no mesmo golpe'].map((told) => `${people} ${told}`)),
    ...['abaixo assinado', 'abaixo assinado com assinatura'].flatMap((petition) => [`${petition} de outros moradores`, `${petition} dos outros moradores`, `${petition} com outros moradores`]),
  ],
  // A disaster named (`desastre`): with many households harmed, one event behind many claims (`desastre-coletivo`); with one, the
  // harm from a fire, a ruin or a broken dam next door (`dano-por-ruina-ou-incendio`).
  desastre: [
    'barragem', 'represa', 'acude', 'reservatorio', 'rompimento', 'deslizamento', 'deslizamento de terra', 'desmoronamento', 'soterr*',
    'incendio', 'fogo se alastrou', 'fogo se espalhou', 'explosao',
    // The explosion told by its verb ("explodiu um botijão na lanchonete da frente"): the same event (CC arts. 927 sole paragraph, 937).
    'explodiu', 'explodiram',
    // The fire told by what it did ("pegou fogo", "o fogo passou pro meu telhado"), not by who lit it ("colocou fogo no mato").
    'pegou fogo', ...['passou', 'pulou', 'subiu', 'entrou', 'atingiu', 'chegou'].map((spread) => `fogo ${spread}`),
    // A building or a work fallen (CC art. 937: its owner answers for its ruin), not a tree nor a wall the neighbour knocked down.
    'desabou', 'desabaram', 'desmoronou', 'desmoronaram', 'despencou', 'ruiu', 'marquise', 'caiu por cima',
  ],
  'risco-a-saude': [
    'uti', 'cti', 'risco de vida', 'risco de morte', 'estado grave', 'emergencia medica', 'internacao de urgencia', 'internacao de emergencia',
    'cirurgia de urgencia', 'cirurgia de emergencia',
    // A building at risk of collapse (`COLLAPSE_RISK`): the lives of those inside are at risk now.
    ...COLLAPSE_RISK,
  ],
  // A patient told as able to die without the care awaited (`LIFE_AT_RISK`); its words about the care ("uti") are `risco-a-saude`'s.
  'risco-de-morte': LIFE_AT_RISK,
  // A treatment refused by a health plan or the SUS (Lei 9.656/98; CF art. 196): the patient's health waits on an
  // injunction, with medical evidence and the coverage list (rol da ANS, Lei 14.454/22; RENAME, Temas 6 and 106) in dispute.
  'tratamento-negado': [
    'negativa de cobertura', 'negou a cobertura', 'negaram a cobertura', 'recusou a cobertura', 'recusaram a cobertura', 'recusa de cobertura',
    'negou a cirurgia', 'negaram a cirurgia', 'nao autorizou a cirurgia', 'nao autorizaram a cirurgia', 'nao cobre a cirurgia',
    'negou o tratamento', 'negaram o tratamento', 'recusou o tratamento', 'negou o remedio', 'negaram o remedio', 'negou o medicamento', 'negaram o medicamento',
    'plano nao cobre', 'plano de saude nao cobre', 'convenio nao cobre', 'fora do rol', 'rol da ans', 'medicamento de alto custo', 'remedio de alto custo', 'nao esta na lista', 'nao padronizado', 'nao incorporado',
    'negou cobertura', 'negaram cobertura', 'cobertura negada', 'recusou cobertura', 'recusaram cobertura', 'negativa do plano', 'negativa do convenio',
    'negou o procedimento', 'negaram o procedimento', 'nao autorizou o procedimento', 'nao autorizaram o procedimento', 'negou o exame', 'negaram o exame',
    'nao autorizou o exame', 'nao autorizaram o exame', 'negou a internacao', 'negaram a internacao', 'negou a terapia', 'negaram a terapia',
    'negou a autorizacao', 'negaram a autorizacao',
  ],
  // A refusal of cover told without its object ("o plano respondeu que não cobre", "não tem cobertura"): under a health-plan
  // contract or asked of the SUS it is a refused treatment (`IMPLIED_FEATURES`); the same words about a warranty or a car insurance are not.
  'cobertura-recusada': [
    'nao cobre', 'nao cobrem', 'nao cobria', 'nao tem cobertura', 'sem cobertura', 'nao da cobertura', 'fora da cobertura', 'nao e coberto', 'nao esta coberto',
    'negativa', 'negou', 'negaram', 'recusou', 'recusaram', 'nao autorizou', 'nao autorizaram',
    // The public health service's refusal told as a supply withheld ("o SUS não quer dar", "o estado não fornece o medicamento").
    'nao quer dar', 'nao querem dar', 'nao quer fornecer', 'nao querem fornecer', 'nao fornece', 'nao fornecem', 'nao forneceu', 'nao forneceram',
  ],
  // The care asked of the SUS out of stock or in a queue without a date: with an elder or a child as the patient and in a SUS case it
  // is care withheld (`cuidado-retido-de-vulneravel`, `IMPLIED_FEATURES`); alone it weighs nothing.
  'cuidado-sem-previsao': [
    'nao tem previsao', 'nao ha previsao', 'sem previsao', 'nenhuma previsao', 'nao da previsao', 'nao dao previsao', 'nao sabe quando', 'nao sabem quando',
    'em falta', 'nao tem o remedio', 'nao tem o medicamento', 'nao tem a insulina', 'sem o remedio', 'sem o medicamento', 'sem a insulina',
    'faltando', 'sem previsao de chegar', 'na fila', 'fila do sus', 'fila de espera', 'nao marca', 'nao marcam', 'nao marcaram', 'nunca marcam',
    'nao chama', 'nao chamam', 'nao chamaram', 'nao tem vaga', 'nao tem vagas', 'nao ha vaga', 'nao ha vagas', 'sem vaga',
    'aguarda ha', 'aguardando ha', 'espera ha', 'esperando ha', 'esperando faz', 'aguardando faz',
    // A supply of continued use the SUS stopped is the same omission (Estatuto da Pessoa Idosa art. 15 §2º; ECA art. 11 §2º).
    ...SUPPLY_STOPPED, 'suspendeu a entrega', 'suspenderam a entrega', 'cortou a entrega', 'cortaram a entrega', 'nao esta entregando', 'nao ta entregando',
    'nao estao entregando', 'nao entrega mais', 'nao entregam mais', 'nao vem mais', 'nao chega', 'nao chegou', 'nao tem mais', 'nunca tem', 'acabou o estoque',
    'sem estoque', 'sem a medicacao', 'sem as fraldas', 'posto nao tem', 'esta sem o', 'esta sem a', 'ta sem o', 'ta sem a', 'estao sem',
  ],
  // A place in a crèche or a school waited for: no health care, whatever queue it waits in (`cuidado-retido-de-vulneravel`, `IMPLIED_FEATURES`).
  'vaga-escolar': ['creche', 'vaga na escola', 'vaga em escola', 'vaga numa escola', 'matricula'],
  // The insurer announcing or threatening to end the contract ("mandaram carta dizendo que vão cancelar o plano"): under a
  // health plan the whole cover is at stake, and a termination for a late payment holds only after 60 days in arrears and a
  // notice by the 50th (Lei 9.656/98 art. 13 parágrafo único II), nor while a beneficiary is in treatment (STJ Tema 1082).
  // Never "quero cancelar o plano", the client's own choice. Weighs nothing alone; under a health plan it is `tipo-nao-simples` (`IMPLIED_FEATURES`).
  'cancelamento-ameacado': [
    'vao cancelar o plano', 'vai cancelar o plano', 'vao cancelar meu plano', 'vai cancelar meu plano', 'vao cancelar o meu plano', 'vai cancelar o meu plano',
    'querem cancelar o plano', 'quer cancelar o meu plano', 'querem cancelar meu plano', 'querem cancelar o meu plano',
    'ameacou cancelar', 'ameacaram cancelar', 'ameacando cancelar', 'ameaca de cancelamento', 'ameacou de cancelar', 'ameacaram de cancelar',
    'aviso de cancelamento', 'carta de cancelamento', 'notificacao de cancelamento', 'comunicado de cancelamento', 'vao rescindir o contrato', 'vai rescindir o contrato',
  ],
  // A cancer and its treatment: no points alone (a tax exemption for a grave illness names it too); with a treatment refused
  // it is health at risk now (`IMPLIED_FEATURES`).
  // A serious progressive disease (neuromuscular, renal, a transplant): no points alone; with a treatment refused, the
  // patient loses function by the week, health at risk now (`IMPLIED_FEATURES`), as with a cancer.
  'doenca-progressiva': [
    'atrofia muscular espinhal', 'distrofia muscular', 'esclerose lateral', 'esclerose multipla', 'doenca degenerativa', 'doenca progressiva', 'doenca rara',
    'fibrose cistica', 'insuficiencia renal', 'hemodialise', 'fila do transplante', 'fila de transplante', 'parar de respirar', 'perder os movimentos',
  ],
  oncologico: ['cancer', 'quimioterapia', 'quimio', 'radioterapia', 'tratamento oncologico', 'oncologista', 'tumor', 'metastase'],
  // Domestic violence other than blows (Lei Maria da Penha, art. 7º): blows and threats come as the client note `violence`.
  violencia: [
    'violencia psicologica', 'violencia patrimonial', 'violencia moral', 'violencia sexual', 'controla o dinheiro', 'controla todo o dinheiro',
    'controla meu dinheiro', 'nao me deixa trabalhar', 'me proibe de trabalhar', 'me proibiu de trabalhar', 'nao me deixa sair',
    // Stalking (art. 147-A of the Penal Code) harms freedom and mental integrity, and takes protective orders.
    'perseguicao', 'stalking', 'me perseguindo', 'me persegue', 'me seguindo', 'fica me seguindo',
    // Spyware hidden on the victim's phone: the "vigilância constante" and "violação da intimidade" of art. 7º II, and a crime
    // of its own (CP art. 154-A); the control it gives is a risk factor of the Formulário Nacional de Avaliação de Risco (Lei 14.149/21).
    'vigilancia constante', 'aplicativo espiao', 'aplicativo de espionagem', 'app espiao', 'programa espiao', 'software espiao',
  ],
  // Offences against sexual dignity (CP arts. 213-218-C; assédio sexual at work, art. 216-A; intimate images shared,
  // art. 218-C): the victim's account is the main evidence, a criminal complaint runs beside any labour or civil claim,
  // and the victim needs protection. A rape is `crime-grave` already.
  'crime-sexual': [
    'assedio sexual', 'importunacao sexual', 'abuso sexual', 'abusou sexualmente', 'abusava sexualmente', 'violencia sexual', 'ato libidinoso', 'atos libidinosos',
    'passou a mao', 'passava a mao', 'passando a mao', 'me agarrou', 'me agarrando', 'me agarra', 'tocou nas partes intimas', 'partes intimas',
    // Intimate images named in any of the words the exposure's urgency reads (`INTIMATE_IMAGES`: "vídeo íntimo", "fotos nuas").
    ...INTIMATE_IMAGES, 'fotos intimas minhas', 'pornografia de vinganca', 'sextorsao',
    // A camera hidden where the victim undresses: the registro não autorizado da intimidade sexual (CP art. 216-B, in the title of the
    // crimes against sexual dignity).
    ...HIDDEN_CAMERA, 'registro nao autorizado da intimidade',
    // Abuse as a child discloses it, in the words the specialised hearing records (escuta especializada, Lei 13.431/17 art. 7º).
    'molest*', 'abusou dela', 'abusou dele', 'abusando dela', 'abusando dele', 'abusava dela', 'abusava dele',
    'mexe nela', 'mexeu nela', 'mexia nela', 'mexendo nela', 'mexe nele', 'mexeu nele', 'mexia nele', 'tocou nela', 'toca nela', 'tocava nela', 'tocou nele', 'tocava nele',
  ],
  // Building block of `vulneravel` with `crime-sexual` (`IMPLIED_FEATURES`): the images or the offence told among a school's pupils (the
  // school's or the class's group or page, the classmates) or the client a pupil by the grade ("to no nono ano"): a victim of school
  // age, an adolescent (ECA art. 2º), whose naked images spread are the crime of ECA art. 241-A beside CP art. 218-C. Not a college.
  'entre-alunos': [
    ...['grupo', 'grupos', 'pagina', 'perfil'].flatMap((group) =>
      ['da escola', 'do colegio', 'da minha escola', 'do meu colegio', 'da sala', 'da minha sala', 'da turma da escola', 'da turma do colegio', 'dos alunos']
        .map((school) => `${group} ${school}`)),
    ...['colegas', 'colega', 'meninos', 'meninas', 'alunos', 'turma'].flatMap((pupils) =>
      ['da escola', 'do colegio', 'da minha escola', 'do meu colegio', 'da minha sala', 'de sala'].map((school) => `${pupils} ${school}`)),
    ...['sexto', 'setimo', 'oitavo', 'nono', '6o', '7o', '8o', '9o'].flatMap((grade) => [`no ${grade} ano`, `do ${grade} ano`]),
  ],
  // A child not returned or taken away, told without naming the child (the client note `child-taken` needs the child named,
  // since it also makes Justus reply urgently): weighs only in family and criminal cases (`NOTE_AREA_WORD_FEATURES`).
  'acolhimento-da-crianca': [
    'acolhimento institucional', 'casa de acolhimento', 'ir para um abrigo', 'ir pra um abrigo', 'ir para o abrigo', 'ir pro abrigo', 'ir para abrigo', 'ir pra abrigo',
    'levar para o abrigo', 'levar pro abrigo', 'levar para um abrigo', 'levar pra um abrigo', 'mandar para o abrigo', 'mandar pro abrigo', 'foi abrigada', 'foi abrigado',
    'destituicao do poder familiar', 'perda do poder familiar', 'suspensao do poder familiar',
  ],
  // A parent's move to another city or state with the child the other parent does not accept (CC art. 1.634 V: both consent to a
  // change of the child's permanent residence; CC art. 1.583 §3: the reference home in a shared custody): the consent is supplied
  // by the court, and the custody and the visits are redrawn across the distance. Told as the move "with" the child, or as the other
  // parent not letting the child be taken: not "levar o meu filho" alone (to a doctor, to school).
  'mudanca-com-filho': [
    ...['mudar', 'me mudar', 'ir embora', 'morar'].flatMap((move) =>
      ['com meu filho', 'com minha filha', 'com o menino', 'com a menina', 'com as criancas', 'com os meninos', 'com meus filhos', 'com as meninas'].map((child) => `${move} ${child}`)),
    'nao deixa eu levar', 'nao me deixa levar', 'nao autoriza eu levar', 'nao autoriza a mudanca', 'nao aceita a mudanca', 'nao concorda com a mudanca',
    'mudanca de domicilio', 'autorizacao para mudar', 'autorizacao pra mudar', 'suprimento de consentimento',
    // The other parent's move told as taking the child to live elsewhere ("quer levar o menino pra morar em Portugal").
    ...['ele', 'ela', 'o menino', 'a menina', 'as criancas', 'os meninos', 'meu filho', 'minha filha', 'nosso filho', 'nossa filha']
      .flatMap((child) => [`levar ${child} pra morar`, `levar ${child} para morar`]),
  ],
  // The other parent calling the client's move with the child a kidnapping, to report or to sue ("vou ser presa por sequestro", "me
  // denuncia por sequestro internacional"): a move without the consent or the court's leave is the crime of CP art. 249 §1º (a parent
  // too) and, abroad, a wrongful removal to return (Decreto 3.413/00 arts. 3 and 12). Not the client's own fear that the other parent
  // "quer sequestrar" the child: the verb tells the other's plan, no charge against the client.
  'sequestro-imputado': [
    ...['presa', 'preso', 'denuncia', 'denunciar', 'denunciada', 'denunciado', 'processada', 'processado', 'processar', 'queixa', 'acusada', 'acusado']
      .flatMap((charged) => [`${charged} por sequestro`, `${charged} de sequestro`]),
    'acusar de sequestro', 'me acusa de sequestro', 'vai ser sequestro', 'seria sequestro', 'e sequestro internacional', 'por sequestro internacional',
  ],
  // The child kept and hidden from who has the custody, where the child is kept unknown ("tá escondendo ela de mim", "escondeu o
  // menino", "desapareceu com o bebê"): the child must be found before the search and seizure is carried out (CPC art. 536 §1º;
  // ECA art. 130), a child kept from whoever claims them by right (CP arts. 248-249) and hidden from the other parent to cut the
  // contact (Lei 12.318/2010 art. 2º p.u. IV). The child named, or a pronoun told "de mim": not the assets hidden. Family cases only.
  'crianca-escondida': ['escondeu', 'esconderam', 'esconde', 'escondem', 'escondendo', 'desapareceu com', 'desapareceram com'].flatMap((hide) => [
    ...CHILD_OBJECTS.map((child) => `${hide} ${child}`),
    ...['ele', 'ela', 'eles', 'elas'].map((child) => (hide.startsWith('desaparec') ? `${hide} ${child}` : `${hide} ${child} de mim`)),
  ]),
  'crianca-retida': [
    'nao devolveu', 'nao quer devolver', 'nao vai devolver', 'nao devolve', 'levou ela pra', 'levou ele pra', 'levou ela para', 'levou ele para',
    'subtracao internacional', 'convencao de haia', 'retencao ilicita',
  ],
  // A death promised to the client or a relative in reported speech (CP art. 147): `ameaca-de-morte-relatada`, criminal cases only.
  'ameaca-de-morte-relatada': THREAT_TO_KILL_NAMED,
  'ameaca-atribuida-ao-cliente': KILL_THREAT_ASCRIBED_TO_CLIENT,
  // A stab or a shot the client or a relative took from the author told in the active voice ("o homem que me esfaqueou", "o sujeito que
  // me deu um tiro", "o rapaz que atirou no meu filho"): a crime against life or the body (CP arts. 121 c/c 14 II and 129 §§1º-2º), a
  // building block of `vitima-coagida` (`IMPLIED_FEATURES`).
  'atentado-contra-a-vida': [
    'me esfaqueou', 'me esfaquearam', 'me baleou', 'me balearam', 'atirou em mim', 'atiraram em mim',
    ...['me deu', 'me deram'].flatMap((gave) => ['uma facada', 'umas facadas', 'as facadas', 'facadas', 'um tiro', 'uns tiros', 'os tiros', 'tiros'].map((blow) => `${gave} ${blow}`)),
    // The same told by the client who took it ("levei um tiro na perna num assalto", "tomei duas facadas", "fui baleado"); not another's
    // ("o rapaz levou uma facada" is a fight the client may be accused of).
    ...['levei', 'tomei'].flatMap((took) => ['um tiro', 'dois tiros', 'tres tiros', 'uma facada', 'duas facadas', 'tres facadas', 'umas facadas'].map((blow) => `${took} ${blow}`)),
    'fui baleado', 'fui baleada', 'fui esfaqueado', 'fui esfaqueada',
    ...['meu filho', 'minha filha', 'meu irmao', 'minha irma', 'meu marido', 'minha esposa', 'meu pai', 'minha mae'].flatMap((whom) =>
      [...['esfaqueou', 'esfaquearam'].map((act) => `${act} ${whom}`), ...['atirou', 'atiraram'].map((act) => `${act} ${whom.startsWith('meu') ? 'no' : 'na'} ${whom}`)]),
    // The same told of a relative in the passive or as the blow the relative took ("meu irmão foi esfaqueado", "meu filho levou três
    // facadas", "deu uma facada na minha mãe"), and the shots counted on the client ("deu dois tiros em mim"): the relative or the client
    // named as the one hurt, never a stranger's wound in a fight the client may be accused of.
    ...['meu filho', 'minha filha', 'meu irmao', 'minha irma', 'meu marido', 'minha esposa', 'meu pai', 'minha mae', 'meu sobrinho', 'minha sobrinha', 'meu primo', 'minha prima'].flatMap((whom) => [
      ...['foi esfaquead*', 'foi balead*', ...['levou', 'tomou'].flatMap((took) => ['um tiro', 'dois tiros', 'tres tiros', 'tiros', 'uma facada', 'duas facadas', 'tres facadas', 'facadas'].map((blow) => `${took} ${blow}`))].map((hurt) => `${whom} ${hurt}`),
      ...['deu', 'deram'].flatMap((gave) => ['um tiro', 'dois tiros', 'tiros', 'uma facada', 'duas facadas', 'facadas'].map((blow) => `${gave} ${blow} ${whom.startsWith('meu') ? 'no' : 'na'} ${whom}`)),
    ]),
    ...['deu', 'deram'].flatMap((gave) => ['dois tiros', 'tres tiros', 'duas facadas', 'tres facadas'].map((blow) => `${gave} ${blow} em mim`)),
    // The attempt told by its aim and its weapon ("tentaram matar meu pai a facadas", "tentou me matar a tiros").
    ...['tentou', 'tentaram'].flatMap((tried) => ['me matar', ...['meu filho', 'minha filha', 'meu irmao', 'minha irma', 'meu marido', 'minha esposa', 'meu pai', 'minha mae'].map((whom) => `matar ${whom}`)]
      .flatMap((aim) => ['a facadas', 'a faca', 'a tiros', 'a tiro'].map((weapon) => `${tried} ${aim} ${weapon}`))),
  ],
  // The author of a crime against the client not held, told in the victim's words ("ninguém foi preso", "a polícia ainda não pegou ele",
  // "ele continua solto", "tá foragido"): the arrest still to ask (CPP arts. 311-313), a building block of `atentado-com-autor-solto`
  // (`IMPLIED_FEATURES`) beside the flight (`parte-sumida`) and the release (`custodia-encerrada`) already read.
  'autor-nao-preso': [
    'ninguem foi preso', 'ninguem foi pego', 'ninguem preso', 'nao foi preso', 'nao foi pego', 'nao foi encontrado', 'nao foi achado', 'nao prenderam', 'nao pegaram',
    ...['pegou ele', 'pegaram ele', 'prendeu ele', 'prenderam ele', 'foi preso', 'foi pego'].map((caught) => `ainda nao ${caught}`),
    // Released by the judge ("foi preso mas o juiz soltou"): the custody hearing or a habeas corpus let the author go (CPP arts. 310 and 321).
    ...['juiz', 'justica'].flatMap((court) => ['soltou', 'liberou'].map((freed) => `${court} ${freed}`)),
    // Heard at the station and let go ("a polícia levou ele pra delegacia e liberou no mesmo dia"): no arrest kept (CPP arts. 304 and 310).
    ...['liberou', 'liberaram', 'soltou', 'soltaram'].map((freed) => `delegacia e ${freed}`), 'delegado liberou', 'delegado soltou', 'ouvido e liberado', 'ouvida e liberada', 'liberou ele',
    'continua solto', 'continua solta', 'segue solto', 'segue solta', 'anda solto', 'solto por ai', 'solta por ai', 'esta foragid*', 'ta foragid*', 'continua foragid*',
  ],
  // A knife or a gun held on the client in a robbery or an assault, as clients tell it ("com uma faca no pescoço", "de revólver na mão",
  // "dois caras armados me renderam", "assalto à mão armada"): the robbery's weapon (CP art. 157 §2º VII and §2º-A I), a building block
  // of `crime-contra-a-pessoa` (`IMPLIED_FEATURES`).
  'roubo-com-arma': [
    ...['com', 'de'].flatMap((with_) => ['uma faca', 'faca', 'um facao', 'facao', 'um canivete', 'canivete', 'uma arma', 'arma', 'um revolver', 'revolver', 'uma pistola', 'pistola', 'uma arma de fogo']
      .map((weapon) => `${with_} ${weapon}`)),
    ...['faca', 'arma', 'revolver', 'pistola'].flatMap((weapon) => [`${weapon} no pescoco`, `${weapon} na barriga`, `${weapon} nas costas`, `${weapon} na cabeca`, `${weapon} apontad*`]),
    'me renderam', 'me rendeu', 'fui rendid*', 'rendid* por', 'armados', 'mao armada',
  ],
  // A robbery suffered by the client (CP art. 157), told by its verb or its author: a building block of `vitima-coagida` (`IMPLIED_FEATURES`).
  'roubo-sofrido': [
    'me assaltou', 'me assaltaram', 'fui assaltado', 'fui assaltada', 'o assaltante', 'os assaltantes',
    ...['assaltou', 'assaltaram'].flatMap((act) => ['minha', 'meu', 'nossa', 'nosso'].map((whose) => `${act} ${whose}`)),
  ],
  'ameaca-armada': [
    'apontou a arma', 'apontou uma arma', 'arma na cabeca', 'arma de fogo', 'tentou me matar', 'tentativa de homicidio',
    // Armed men sent to expel or intimidate (esbulho with violence, CPC art. 558; CP art. 161 II): the threat is the weapon.
    'homens armados', 'capanga*', 'jagunco*', 'pistoleiro*',
    // One armed man kept at the gate or on watch (vigilância ostensiva, CP art. 149 §1º II; CP art. 146): the threat is the weapon.
    'homem armado', 'vigia armado', 'seguranca armado', 'capataz armado',
    // The aggressor who keeps a gun at home or goes armed: access to a firearm is a risk factor of femicide the police must record
    // (Lei 11.340 arts. 12 VI-A and 22 I; the risk form of Lei 14.149/21), the threat a weapon within reach.
    'tem arma em casa', 'tem uma arma em casa', 'tem um revolver', 'tem revolver', 'tem uma pistola', 'tem arma de fogo', 'anda armado', 'arma em casa',
    // The same firearm told with another verb or another gun ("ele tem uma arma, eu já vi", "guarda uma espingarda no guarda-roupa").
    ...['tem', 'possui', 'guarda', 'anda com', 'carrega'].flatMap((verb) => FIREARMS.map((gun) => `${verb} ${gun}`)),
    ...['arma', 'revolver', 'pistola', 'espingarda', 'garrucha'].flatMap((gun) => [`${gun} guardad*`, `${gun} dele`]),
    // Strangling is an attempt on life and the strongest sign of a later femicide (the risk form of Lei 14.149/21, Resolução CNJ 284/19).
    'me enforcou', 'enforcou', 'enforcar', 'esganou', 'esganar', 'esganadura', 'estrangul*', 'me sufocou', 'apertou meu pescoco', 'apertou o pescoco', 'marca no pescoco', 'marcas no pescoco',
  ],
  // The other side going back on what was agreed ("voltou atrás", "quer mais dinheiro", "não quer passar a escritura"): the
  // agreement once told ("o divórcio foi consensual") no longer holds, and its breach is the dispute (`DISPLACED_FEATURES`).
  'acordo-rompido': [
    'voltou atras', 'voltaram atras', 'quer mais dinheiro', 'querem mais dinheiro', 'mudou de ideia', 'nao quer mais cumprir', 'se recusa a cumprir', 'se nega a cumprir',
    'descumpriu o acordo', 'descumpriram o acordo', 'nao cumpriu o acordo', 'nao cumpriram o acordo', 'nao quer cumprir o acordo', 'descumpriu o combinado', 'nao cumpriu o combinado',
    'nao quer cumprir o combinado', 'nao quer passar a escritura', 'se recusa a passar a escritura', 'nao quer assinar a escritura', 'se recusa a assinar',
  ],
  // The penalty of dismissal already imposed on a stable public servant (demissão, cassação da aposentadoria: Lei 8.112 arts. 127,
  // 132 and 134, and the local statutes): the post and its pay are lost until a court annuls the act. Not an exoneração (of a
  // servant on probation or of a commissioned post, arts. 34-35), nor a proceeding still to be judged.
  'perda-do-cargo': [
    'portaria de demissao', 'portaria da demissao', 'demissao saiu no diario oficial', 'demissao publicada', 'demissao foi publicada', 'aplicaram a pena de demissao',
    'aplicou a pena de demissao', 'pena de demissao aplicada', 'fui demitid* do servico publico', 'demitid* do cargo', 'perdi o cargo', 'perdi meu cargo', 'perdi o meu cargo',
    'cassaram minha aposentadoria', 'cassaram a minha aposentadoria', 'cassacao da aposentadoria', 'cassacao de aposentadoria',
    ...SERVANT_DISMISSED_BY_PROCESS,
    ...SERVANT_POST_LOST,
  ],
  // An act of the public employer imposed on the client's own career, short of the post lost (`perda-do-cargo`): a disciplinary
  // proceeding opened against the client or its penalty applied (advertência, suspensão, repreensão; the military's detenção or prisão
  // disciplinar: Lei 8.112/90 arts. 127-130 and 143-145, the local statutes, Lei 6.880/80 arts. 42 and 47), a removal or transfer ex
  // officio (Lei 8.112/90 art. 36 I), or a promotion passed over (Lei 6.880/80 arts. 59-62 and the states' promotion laws). Told in the
  // first person or as the act's own name: a pupil suspended, a penalty only feared, a removal asked for and a traffic warning are not it.
  'ato-contra-o-servidor': [
    ...['processo administrativo', 'processo disciplinar', 'processo administrativo disciplinar', 'pad', 'sindicancia'].map((proceeding) => `${proceeding} contra mim`),
    ...['advertencia', 'suspensao', 'repreensao'].flatMap((penalty) => [`pena de ${penalty}`, `penalidade de ${penalty}`]),
    ...['advertencia', 'suspensao', 'repreensao', 'detencao', 'prisao'].map((penalty) => `punicao de ${penalty}`),
    ...['suspensao', 'punicao', 'sancao', 'penalidade', 'pena', 'detencao', 'prisao', 'transgressao'].map((penalty) => `${penalty} disciplinar`),
    ...['levei', 'recebi', 'tomei', 'me deram', 'me deu', 'me aplicaram', 'me aplicou', 'aplicaram', 'aplicou'].flatMap((verb) =>
      ['advertencia', 'uma advertencia', 'suspensao de', 'uma suspensao de', 'repreensao', 'uma repreensao', 'detencao', 'uma detencao', 'uma punicao'].map((penalty) => `${verb} ${penalty}`)),
    ...['advertencia', 'suspensao', 'repreensao', 'detencao', 'prisao'].map((penalty) => `fui punid* com ${penalty}`),
    'removid* de oficio', 'remocao de oficio', 'transferid* de oficio', 'transferencia de oficio', 'remocao compulsoria', 'removid* compulsoriamente',
    'me removeram', 'me removeu', 'transferid* de castigo', 'me transferiram de castigo',
    'preterid*', 'pretericao', 'de fora da promocao', 'fora da lista de promocao', 'fora do quadro de acesso', 'negaram minha promocao', 'negaram a minha promocao',
    'negaram a promocao', 'promocao negada', 'nao fui promovid*',
    // A paid advantage of the post cut by the employer's act (a gratificação, an adicional, a quinquênio; the retired servant's
    // proventos reduced): the pay is irreducible (CF art. 37 XV) and an advantage already paid is withdrawn only after a proceeding
    // with the defence heard (CF art. 5º LV; STF Tema 138).
    ...['cortaram', 'cortou', 'tiraram', 'tirou', 'suprimiram', 'suprimiu', 'retiraram', 'retirou', 'reduziram', 'reduziu', 'zeraram'].flatMap((verb) =>
      ['minha gratificacao', 'a minha gratificacao', 'a gratificacao', 'meu adicional', 'o meu adicional', 'o adicional', 'meu quinquenio', 'o quinquenio',
        'meus proventos', 'os meus proventos'].map((advantage) => `${verb} ${advantage}`)),
    'gratificacao veio zerada', 'gratificacao foi cortada', 'proventos foram reduzidos', 'proventos foram cortados',
  ],
  // Building blocks of the probationary servant's exoneration (`IMPLIED_FEATURES`): the probation, and the act that ended the post.
  'estagio-probatorio': ['estagio probatorio', 'periodo probatorio', 'periodo de estagio probatorio'],
  exoneracao: ['exonera*', 'reprovad* no estagio probatorio', 'nao fui aprovad* no estagio probatorio', 'nao fui aprovad* no estagio'],
  // The client's own request to a public body (`OWN_REQUEST`). Weighs nothing alone: in a tax case it displaces `processo-em-curso` (`DISPLACED_FEATURES`).
  'pedido-proprio': OWN_REQUEST,
  // A tax paid or withheld the client wants back (CTN arts. 165-168: repetição de indébito, or compensation, Lei 9.430/96 art. 74),
  // told as the wish or as what was paid too much. Its sum weighs a band less while nothing is contested (`restituicao-vultosa`).
  'restituicao-pretendida': [
    'quero a restituicao', 'queria a restituicao', 'queremos a restituicao', 'pedir a restituicao', 'pedir restituicao', 'a restituicao do imposto',
    'restituicao do imposto', 'restituicao do ir', 'restituicao do que', 'restituicao desse imposto', 'pedir de volta', 'pedir o imposto de volta',
    'quero o imposto de volta', 'recuperar o que foi pago', 'recuperar o que paguei', 'recuperar o que pagamos', 'recuperar esse dinheiro',
    'recuperar o imposto', 'recuperar esse imposto', 'pago a mais', 'pagos a mais', 'paguei a mais', 'pagamos a mais', 'pago a maior', 'pagos a maior',
    'pago indevidamente', 'pagos indevidamente', 'compensar o que pagamos', 'compensar o que foi pago', 'repeticao de indebito',
  ],
  // The refund refused or fought: the tax office's or the withholding source's reason for refusing ("o fundo continua retendo, alegando
  // que"), the Union contesting the sum, or a lawsuit already brought ("tenho uma ação na justiça federal"): no longer a request
  // (`restituicao-vultosa`).
  'restituicao-contestada': [
    'alegando que', 'alegou que', 'alegam que', 'alegaram que', 'contestou os valores', 'contestou o valor', 'contestou os calculos', 'contestou o calculo',
    'impugnou os calculos', 'impugnou o calculo', 'acao na justica', 'acao na justica federal', 'processo na justica', 'processo na justica federal',
  ],
  // The State ending a soldier's or a servant's service: the soldier's licenciamento or baixa (Lei 6.880/80 arts. 121-122), a servant's
  // exoneration or removal. Building block of `desligado-incapaz` (`IMPLIED_FEATURES`): alone it is the soldier's own request or a question.
  'desligamento-do-servico': [
    ...['licenciar', 'licenciaram', 'licenciou', 'desligar', 'desligaram', 'desligou'].flatMap((end) => [`${end} ele`, `${end} ela`, `me ${end}`]),
    'vou ser licenciad*', 'vai ser licenciad*', 'foi licenciad*', 'fui licenciad*', 'ser licenciad*', 'licenciamento dele', 'licenciamento dela',
    'meu licenciamento', 'publicaram o licenciamento', 'licenciamento por termino', 'licenciamento ex officio',
    'dar baixa', 'deram baixa', 'deu baixa', 'dando baixa', 'vao dar baixa', 'vai dar baixa', 'baixa do exercito',
    'vou ser desligad*', 'vai ser desligad*', 'foi desligad*', 'fui desligad*', 'ser desligad*', 'meu desligamento', 'desligamento dele', 'desligamento dela',
    'exonera*',
  ],
  // A soldier or a servant hurt or ill, told by the injury, the health board's finding or the leave for treatment. Building block of
  // `desligado-incapaz` (`IMPLIED_FEATURES`).
  'incapacidade-para-o-servico': [
    'machucad*', 'lesionad*', 'rompeu o ligamento', 'rompi o ligamento', 'ligamento rompido', 'fratura', 'fraturou', 'fraturei', 'quebrei o', 'quebrou o',
    'quebrei a', 'quebrou a', 'braco quebrado', 'perna quebrada', 'pe quebrado', 'hernia', 'hernia de disco', 'levei um tiro', 'levou um tiro', 'baleado', 'baleada',
    'sequela', 'sequelas', 'incapaz', 'incapacitad*', 'inapto', 'inapta', 'junta de saude', 'junta medica', 'inspecao de saude', 'licenca medica',
    'licenca para tratamento', 'licenca de saude', 'tratamento de saude', 'acidente em servico', 'acidentad* em servico', 'depressao', 'sindrome do panico',
    'crise de panico', 'crises de panico', 'psiquiatra',
  ],
  // The exam's fee itself asked back or waived, told as the claim (its refund, its exemption), not a fee paid in passing.
  'taxa-do-concurso': [
    'devolucao da taxa', 'devolver a taxa', 'devolverem a taxa', 'restituicao da taxa', 'reembolso da taxa', 'estorno da taxa', 'taxa de volta',
    'isencao da taxa', 'isencao de taxa', 'isencao na taxa', 'isencao do pagamento da taxa',
  ],
  // Building block of `consensual` in business cases (`IMPLIED_FEATURES`); elsewhere agreement among some says nothing of the rest.
  'sem-briga': ['sem briga', 'sem brigas', 'sem brigar', 'sem confusao', 'sem litigio',
    // The partners on good terms told in everyday words ("tá tudo de boa entre a gente", "saímos em bons termos").
    'de boa entre a gente', 'de boa entre nos', 'tranquilo entre a gente', 'tudo certo entre a gente', 'em bons termos', 'sem desavenca', 'sem desavencas'],
  consensual: ['consensual', 'amigavel', 'amigavelmente', 'de comum acordo', 'todos de acordo', 'todo mundo de acordo', 'estamos de acordo', 'todos concordam', ...AGREEMENT_EVERYDAY],
  'investimento-em-jogo': ['investimos', 'investi', 'investimento', 'investimentos', 'investimento feito', 'investimentos feitos'],
  // Building blocks of `franquia-rompida` (Lei 13.966/19; CC arts. 473, 475): a bare 'franquia' is also an insurance's deductible or a data plan's.
  'franquia-do-cliente': [
    'franqueado', 'franqueada', 'franqueadora', 'franqueador', 'contrato de franquia', 'minha franquia', 'tenho uma franquia',
    'unidade franqueada', 'rede de franquias', 'rede de franquia', 'comprei uma franquia', 'abri uma franquia', 'circular de oferta',
  ],
  'franquia-encerrada': [
    'rescisao do contrato de franquia', 'descredenciou', 'descredenciaram', 'descredenciamento', 'tirar a marca', 'retirar a marca', 'descaracterizar a loja', 'descaracterizacao da loja',
    'nao concorrencia', 'nao posso atuar no ramo', 'nao posso continuar no ramo', 'continuar no ramo', 'nao posso abrir outr',
    'sem receber a circular', 'sem receber a cof', 'nunca me entregaram a circular', 'nao recebi a circular', 'nao entregaram a circular',
    'nao quer renovar', 'nao renovar o contrato',
  ],
  // Goods or inputs told spoiled, defective or off their specification ("o moinho mandou um lote estragado", "veio com defeito",
  // "fora da especificação"): weighs in a business case only (`fornecimento-viciado`), where the goods are the supplier's delivery.
  'fornecimento-viciado': [
    'estragad*', 'podre', 'podres', 'mofad*', 'caruncho', 'com defeito', 'defeituos*', 'fora da especificacao', 'fora do especificado', 'avariad*',
    // Goods past their date, cracked, warped, fermented, caked or stained on arrival: the same defect in the trade's words.
    'fora da validade', 'validade vencida', 'prazo de validade vencido', 'veio vencid*', 'veio tudo vencid*', 'vieram vencid*', 'mercadoria vencida', 'carga vencida', 'lote vencido',
    'trincad*', 'empenad*', 'fermentad*', 'empedrad*', 'cupim', 'manchad*', 'descoland*',
    // Goods delivered off the order: the wrong measure, gauge, size or colour, or other than the sample approved. The buyer need not take
    // goods other than those owed, even worth more (CC art. 313), and a sale on a sample warrants the goods its qualities (CC art. 484):
    // the delivery is a breach to resolve with damages (CC arts. 389, 475).
    'medida errada', 'medidas erradas', 'tamanho errado', 'tamanhos errados', 'bitola errada', 'espessura errada', 'numeracao errada', 'cor errada',
    'cor diferente da', 'cor diferente do', 'numa cor diferente', 'tonalidade diferente', 'diferente da amostra', 'diferente do pedido',
    'diferente do que eu pedi', 'diferente do que pedi', 'fora do que eu pedi', 'fora do que pedi', 'nada do que eu pedi', 'nada do que pedi', 'fora do pedido',
    // Goods spoiled on the way in the trade's words: smelling, sour, swollen, thawed or warm where the cold chain was owed, damp, the
    // packaging pierced or insects inside: the hidden defect of arts. 441-445, the supplier's plea of the client's storage a matter of proof.
    'cheiro ruim', 'cheiro estranho', 'azedo', 'azedos', 'azedas', 'estufad*', 'descongelad*', 'sem refrigeracao', 'chegaram quentes', 'chegou quente',
    'vieram quentes', 'veio quente', 'umido', 'umida', 'umidos', 'umidas', 'ondulad*', 'embalagem furada', 'embalagens furadas', 'embalagem rasgada',
    'embalagens rasgadas', 'bicho dentro', 'bichos dentro', 'cheio de bicho', 'bichad*',
  ],
  // The other side ending a contract (rescinded, ended, broken, cut): building block of `franquia-rompida` with the client's franchise
  // and of `contrato-empresarial-rompido` in a business case (`IMPLIED_FEATURES`).
  'contrato-rescindido': CONTRACT_ENDED_BY_OTHER,
  // A supplier's deliveries stopped or cut while the contract runs: building block of `contrato-empresarial-rompido` (`IMPLIED_FEATURES`).
  'fornecimento-interrompido': SUPPLY_STOPPED,
  'cliente-quer-sair': [
    'quero sair', 'querendo sair', 'quero encerrar', 'querendo encerrar', 'quero rescindir', 'quero cair fora', 'querendo cair fora', 'cair fora',
    'quero fechar a franquia', 'quero desistir da franquia', 'quero distratar', 'pedir o distrato', 'quero o distrato',
  ],
  // The administrador judicial is the trustee a court appoints in a recovery or a bankruptcy (Lei 11.101 arts. 21-22): the longer
  // phrase keeps 'administrador' (the partner who runs the company, a partners' dispute) from weighing there.
  // A creditor's bankruptcy petition is the insolvency proceeding itself (Lei 11.101 arts. 94-98): listed here too, the longer phrase
  // that names it a lawsuit under way does not keep its 'falencia' from weighing.
  insolvencia: ['recuperacao judicial', 'recuperacao extrajudicial', 'falencia', 'insolvencia', 'administrador judicial', 'administradora judicial', 'pediu a falencia'],
  'muitas-dividas': ['muitos credores', 'varios credores', 'diversos credores', 'varios bancos', 'muitos bancos', 'muitas dividas', 'varias dividas', 'superendividad*'],
  // The debts' instalments told as taking what the client lives on (the pension or salary gone to the banks, nothing left for the
  // medicine or the power bill, one loan taken to pay another): the existential minimum at stake (CDC art. 54-A §1º; Dec. 11.150/22).
  'minimo-existencial': ['minimo existencial', 'nao sobra nada', 'nao sobra quase nada', 'ja nao sobra', 'sobra quase nada', 'nao sobra pra', 'nao sobra para',
    'preciso que sobre', 'o resto vai tudo pros bancos', 'o resto vai pros bancos', 'vai tudo pros bancos', 'os banco desconta tudo', 'os bancos descontam tudo',
    'bola de neve', 'um pra pagar o outro', 'um para pagar o outro', 'emprestimo para pagar outro', 'emprestimo pra pagar outro', 'continuar vivendo',
    'atrasando a conta de luz', 'nao da mais pra nada', 'nao da mais para nada'],
  improbidade: ['improbidade', 'desvio de verba', 'licitacao', 'tribunal de contas', 'propina', 'corrupcao passiva'],
  'improbidade-alegada': ['improbidade'],
  // An estate or a couple with nothing to divide: no partilha (an inventário negativo at most, Res. CNJ 35/2007 art. 28), so the
  // inventory or the regime named is no patrimony at stake (displaces `patrimonio`, `DISPLACED_FEATURES`).
  'sem-bens': [
    'nao deixou bens', 'nao deixou nenhum bem', 'nao deixou heranca', 'nao deixou patrimonio', 'nao deixou imovel', 'nao deixou imoveis', 'nao deixou casa',
    'nao tinha bens', 'nao tinha nenhum bem', 'nao temos bens', 'nao temos nenhum bem', 'nada a partilhar', 'nada para partilhar', 'nada pra partilhar',
    'nada para dividir', 'nada pra dividir', 'sem bens a partilhar', 'sem bens para partilhar', 'inventario negativo',
  ],
  // A spouse who claims more than half for having paid more, or the whole home (CC arts. 1.658-1.660).
  'partilha-disputada': [
    ...['pagou', 'paguei'].flatMap((paid) => ['mais que eu', 'mais do que eu', 'mais que ele', 'mais do que ele', 'mais que ela', 'mais do que ela'].map((more) => `${paid} ${more}`)),
    'quer ficar com mais da metade', 'quer mais da metade', 'nao quer dividir meio a meio', 'nao aceita dividir meio a meio', 'nao quer dividir a casa', 'nao quer dividir o apartamento',
    // The other partner denying any share at all ("diz que eu não tenho direito a nada"): the division is the dispute itself.
    'nao tenho direito a nada', 'nao tem direito a nada', 'nao tenho direito a nenhum', 'nao tem direito a nenhum',
    // The home claimed as one spouse's alone ("diz que o apartamento é só dele"), and the instalments of a home financed before the
    // marriage paid by both during it: those are divided (CC arts. 1.658 and 1.660 I), the payments are the proof.
    ...['a casa', 'o apartamento', 'o imovel', 'o terreno'].flatMap((home) => [`${home} e so dele`, `${home} e so dela`]),
    // The down payment claimed as one spouse's own ("a casa é dele porque ele que pagou a entrada"): its source is the proof (CC art.
    // 1.659 II). Not the bare "a casa é dele": also the in-laws' house or the heirs' claim ("a casa é deles").
    'ele que pagou a entrada', 'ela que pagou a entrada', 'eu que paguei a entrada',
    'parcelas foram pagas por nos dois', 'pagamos as parcelas juntos', 'pagamos as prestacoes juntos', 'pagando juntos', 'pagamos juntos', 'pagamos junto',
    'paguei as prestacoes', 'paguei as parcelas', 'ajudei a pagar as parcelas', 'ajudei a pagar as prestacoes', 'ajudava a pagar as parcelas', 'ajudava a pagar as prestacoes',
    // A common asset the other spouse or partner claims for themselves: "é dele porque está no nome dele", wants to keep it or to sell
    // it alone. The title in one name does not make the asset bought during the marriage or the union that one's own (CC arts. 1.658,
    // 1.660 I and 1.725; the sale of a common immovable needs the other's consent, CC art. 1.647 I): the division is contested and is
    // decided in the divorce or in a partilha (CPC arts. 647-658, 731 p.u.). Not "vamos vender e dividir", a division agreed.
    ...CLAIMED_COMMON_ASSETS.flatMap((asset) => ['dele', 'dela'].flatMap((owner) => [
      // (The home's "é só dele" is read above.)
      ...(['a casa', 'o apartamento', 'o imovel', 'o terreno'].includes(asset) ? [] : [`${asset} e so ${owner}`]),
      `${asset} e ${owner} porque ta no nome ${owner}`, `${asset} e ${owner} porque esta no nome ${owner}`,
    ])),
    ...CLAIMED_COMMON_ASSETS.flatMap((asset) => [`quer ficar com ${asset}`, `querendo ficar com ${asset}`, `vender ${asset} sozinh*`, `vender sozinh* ${asset}`]),
    'nao quer dividir nada', 'nao aceita dividir nada',
    'quer ficar com a casa toda', 'quer ficar com tudo', 'comprado com o fgts', 'comprada com o fgts', 'comprado com meu fgts', 'comprada com meu fgts', 'comprado com o meu fgts', 'comprada com o meu fgts',
  ],
  // A business told as the spouse's or the couple's (`empresa-na-partilha` beside the assets to divide).
  'empresa-do-casal': [
    'cotas', 'quotas', 'cotas da empresa', 'quotas da empresa', 'cotas sociais', 'quotas sociais', 'participacao societaria', 'contrato social',
    'nossa empresa', 'nossas empresas', 'empresa do casal', 'empresa da familia', 'empresa que a gente montou', 'empresa que a gente abriu',
    'empresa que abrimos', 'empresa que montamos', 'dividir a empresa', 'metade da empresa', 'parte da empresa', 'dono de uma empresa', 'dona de uma empresa',
  ],
  patrimonio: ['comunhao parcial', 'comunhao universal', 'partilha', 'patrimonio', 'holding', 'heranca', 'inventario', 'cotas', 'quotas', 'fazenda', 'imoveis',
    // The common property of a couple told in everyday words (CC arts. 1.658 and 1.725: what was bought during the union is divided).
    'bens do casal', 'bens em comum', 'divisao de bens', 'divisao dos bens', 'dividir os bens', 'dividir o que e nosso', 'compramos juntos', 'adquirimos juntos',
    // The same told in the singular ("compramo junto") and a house the couple built (CC art. 1.255: a building on another's land is
    // owed to whoever paid for it, the in-laws' plot being the usual case).
    'compramos junto', 'compramo junto', 'construimos juntos', 'construimos junto', 'construimo junto', 'levantamos juntos', 'levantamos junto', 'levantamo junto',
    'terreno da sogra', 'terreno do sogro', 'terreno dos sogros', 'terreno da mae dele', 'terreno da mae dela', 'terreno do pai dele', 'terreno do pai dela', 'terreno dos pais dele', 'terreno dos pais dela'],
  'ocultacao-de-bens': ['laranja', 'nome de laranja', 'conta de laranja', 'contas de laranja', 'nome de terceiros', 'escondendo bens', 'escondendo os bens', 'ocultacao de bens', 'transferindo os bens', 'transferiu os bens', 'passando os bens', 'passou os bens',
    // Assets put in a third party's name before a division or an execution (fraude à meação, fraude contra credores, CC art. 158).
    'passando tudo para o nome', 'passou tudo para o nome', 'transferiu tudo para o nome', 'colocou tudo no nome', 'colocando tudo no nome', 'bens em nome de',
    'passando os bens para o nome', 'transferiu as cotas', 'transferiu as quotas', 'passou as cotas', 'passou as quotas', 'cotas para o nome', 'quotas para o nome',
    'imovel para o nome', 'imoveis para o nome', 'cotas no nome', 'quotas no nome',
    // A company opened in another's name to receive the business or the assets (a "laranja", CC art. 50; fraude contra credores, art. 158).
    'firma no nome da', 'firma no nome do', 'firmas no nome da', 'firmas no nome do', 'empresa no nome da', 'empresa no nome do', 'empresas no nome da', 'empresas no nome do',
    'firma em nome de', 'empresa em nome de', 'empresas em nome de', 'firma no nome de', 'firmas no nome de', 'empresa no nome de', 'empresas no nome de',
    // A good sold by whoever holds another's affairs and its price never accounted for (CC arts. 1.755 and 1.783; Estatuto da Pessoa Idosa art. 102).
    'o dinheiro nao apareceu', 'dinheiro da venda nao apareceu', 'dinheiro nunca apareceu', 'dinheiro da venda sumiu',
    'esconde a renda', 'esconde o que ganha', 'oculta a renda', 'sinais exteriores de riqueza', 'desviando', 'desvio', 'desviou', 'desviaram',
    // The debtor's goods carried off its premises as it happens (fraude contra credores, CC art. 158; esvaziamento patrimonial),
    // and the lawyer's words for it.
    // Money the other side moved to a relative's or a front's account (fraude contra credores, CC art. 158; the arresto, CPC art. 301).
    ...['passou', 'transferiu', 'jogou', 'desviou', 'passando', 'transferindo'].flatMap((verb) => ['', ' dinheiro', ' o dinheiro', ' tudo'].flatMap((what) =>
      ['para a conta', 'pra conta'].flatMap((to) => ['da mulher', 'da esposa', 'do marido', 'da namorada', 'do irmao', 'da irma', 'da mae', 'do filho', 'da filha', 'de terceiros', 'de um laranja']
        .map((whose) => `${verb}${what} ${to} ${whose}`)))),
    ...ASSETS_BEING_REMOVED, 'esvaziamento patrimonial', 'dilapidacao do patrimonio', 'dilapidacao patrimonial', 'dilapidando o patrimonio'],
  // The fruit, not the front: "uma fazenda de laranja", "colheita de laranja", a "laranjal" are a rural worker's place and crop
  // (aposentadoria rural, trabalho no campo). No points; a longer phrase than `ocultacao-de-bens`'s 'laranja'.
  'laranja-fruta': ['de laranja', 'de laranjas', 'laranjal', 'laranjais'],
  // The other side's answer of how things stood, told with a verb of denying ("o atendente negou que tinha estoque", "negaram que
  // havia vaga"): its word, not a fact of the claim it contests (CPC art. 373: what is to prove is what the claim rests on). No
  // points; longer than `recusa-da-outra-parte`'s bare 'negou'.
  'estado-respondido': ['nega', 'negam', 'negou', 'negaram', 'negando'].flatMap((deny) =>
    ['que tinha', 'que tem', 'que havia', 'que ha', 'que existia', 'que existe', 'que tinham'].map((state) => `${deny} ${state}`)),
  // A farm as the place where one works or lives ("trabalhei numa fazenda"), not one owned: no points, a longer phrase than
  // `patrimonio`'s 'fazenda' (assets are told as owned: "temos uma fazenda", "a fazenda do meu pai").
  'fazenda-como-lugar': ['numa fazenda', 'em uma fazenda'],
  // The real-estate registry named by its office ("registrou no cartório de imóveis", Lei 6.015/73 art. 167): where a transfer is recorded,
  // not assets to divide. No points; a longer phrase than `patrimonio`'s 'imoveis'.
  'cartorio-de-imoveis': ['cartorio de imoveis', 'cartorio de registro de imoveis', 'registro de imoveis', 'oficio de imoveis'],
  // The tax authority named by its office ("Secretaria da Fazenda", "Fazenda Nacional", SEFAZ): no points. A longer phrase than
  // `patrimonio`'s 'fazenda' (a farm, an estate's land), so the authority that assesses or collects is not read as assets to divide.
  'fazenda-publica': [
    'secretaria da fazenda', 'secretaria de fazenda', 'secretaria estadual da fazenda', 'secretaria municipal da fazenda', 'fazenda nacional',
    'fazenda estadual', 'fazenda municipal', 'fazenda publica', 'fazenda do estado', 'fazenda do municipio', 'procuradoria da fazenda',
    'fiscal da fazenda', 'fiscais da fazenda', 'fiscalizacao da fazenda', 'posto da fazenda', 'sefaz',
  ],
  // A tax assessment made against the client (lançamento de ofício: auto de infração, notificação fiscal de lançamento). No points
  // alone; a large one is `autuacao-vultosa` (`IMPLIED_FEATURES`).
  autuacao: ['auto de infracao', 'autos de infracao', 'autuacao', 'autuacao fiscal', 'autuad*', 'notificacao fiscal de lancamento', 'lancamento de oficio', ...TAX_OFFICE_FINE],
  // A person without discernment told in everyday words (dementia, not recognising anyone, unable to sign): building block of
  // `incapaz-explorado` (`IMPLIED_FEATURES`).
  'sem-discernimento': [
    'alzheimer', 'demencia', 'demenciad*', 'sem discernimento', 'perdeu o discernimento', 'nao reconhece ninguem', 'nao reconhece mais ninguem',
    'nao reconhece mais a gente', 'nao sabe o que assina', 'nao sabe o que esta assinando', 'nao tem condicao de assinar', 'nao tem condicao nenhuma de assinar',
    'nao tem condicoes de assinar', 'nao entende mais nada', 'nao responde por si',
    // The same told as the family sees it ("não entende as coisas", "ficou esclerosado", "perdeu a lucidez").
    'nao entende as coisas', 'nao entende mais as coisas', 'nao fala coisa com coisa', 'esclerosad*', 'perdeu a lucidez', 'sem lucidez',
    // An adult unable to run their own money or to decide and sign alone, the acts a curatela reaches (Lei 13.146/15 art. 85; CC
    // art. 1.767 I): "não consegue lidar com dinheiro", "não decide nada sozinho". Not "não consegue assinar" alone: a body that
    // cannot hold the pen (a tetraplegic who understands everything) signs by a public deed, not through a curator.
    ...['nao consegue', 'nao sabe'].flatMap((unable) => [`${unable} lidar com dinheiro`, `${unable} lidar com o dinheiro`, `${unable} cuidar do proprio dinheiro`]),
    'nao entende o que e dinheiro', 'nao sabe o que e dinheiro', 'nao sabe mais o que assina', 'nao sabe mais o que esta assinando',
    ...['assinar', 'decidir', 'resolver'].flatMap((act) => [`nao consegue ${act} nada sozinho`, `nao consegue ${act} nada sozinha`]),
    'nao consegue mais decidir nada', 'nao consegue decidir mais nada', 'nao decide mais nada',
    // The discernment told as lacking ("já não tem discernimento", "não tem mais discernimento"), and money or a bank account not
    // understood at all ("não entende nada de dinheiro", "de conta"): the inability the curatela answers (CC art. 1.767 I).
    'nao tem discernimento', 'nao tem mais discernimento', 'nao consegue decidir sozinho', 'nao consegue decidir sozinha',
    ...['dinheiro', 'conta', 'contas'].map((money) => `nao entende nada de ${money}`),
  ],
  // Someone asking to act for another adult, told in everyday words: to move their account, look after or run their affairs and
  // money, sign for them, be responsible for them. Beside a person without discernment it is the curatela asked without its name
  // (`IMPLIED_FEATURES`); alone a lucid parent's power of attorney or a child's custody.
  'atos-por-outro': [
    ...['mexer na conta', 'movimentar a conta', 'cuidar das coisas', 'resolver as coisas', 'cuidar do dinheiro', 'administrar o dinheiro',
      'cuidar dos bens', 'administrar os bens', 'administrar as coisas'].flatMap((act) => [`${act} dele`, `${act} dela`]),
    ...['assinar', 'assinando', 'responsavel', 'responder'].flatMap((act) => [`${act} por ele`, `${act} por ela`]),
    'representar ele', 'representar ela', 'representa-lo', 'representa-la',
    ...['ele', 'ela'].flatMap((who) => [`assinar nada por ${who}`, `apoiar ${who} nas decisoes`, `ajudar ${who} nas decisoes`]),
    // The bank that lets no one but the holder move the account ("só ele pode mexer", "só ela pode sacar"): the act the family asks
    // to do for the holder, which no power of attorney from one without discernment allows (CC arts. 104 I and 166 I).
    ...['ele', 'ela'].flatMap((who) => ['mexer', 'movimentar', 'sacar', 'assinar'].map((act) => `so ${who} pode ${act}`)),
    // The same refusal told as the holder's signature alone ("o gerente disse que só ela assina", "somente ele assina") or as the
    // bank letting no one in ("o banco não deixa ninguém mexer", "não deixa eu sacar"): a power of attorney signed by one without
    // discernment is void (CC arts. 104 I and 166 I), so only a curator named by the judge moves that account (CPC art. 755; CC art.
    // 1.781 with art. 1.747 II).
    ...['so', 'somente', 'apenas'].flatMap((only) => ['ele', 'ela'].map((who) => `${only} ${who} assina`)),
    ...['nao deixa', 'nao deixam', 'nao deixou', 'nao deixaram'].flatMap((refuse) =>
      ['ninguem', 'eu', 'a gente', 'nos'].flatMap((who) => ['mexer', 'movimentar', 'sacar'].map((act) => `${refuse} ${who} ${act}`))),
    // The family running or paying out of that person's money or affairs, or asking to keep doing so ("quero continuar cuidando do
    // dinheiro dela", "pagar os remédios dele com o dinheiro dele", "não consegue usar o dinheiro dela"): the administration a
    // curator does and accounts for (CC arts. 1.774 and 1.781 with arts. 1.741 and 1.755; Lei 13.146/15 art. 85).
    ...['cuidando do dinheiro', 'cuidando das coisas', 'cuidando dos bens', 'com o dinheiro', 'usar o dinheiro', 'usar a aposentadoria']
      .flatMap((act) => [`${act} dele`, `${act} dela`]),
    // The relative who tells themself the one who looks after that person ("sou a sobrinha que cuida dela", "sou eu que cuido dele").
    // Not the bare "eu cuido dele": a mother's word for her child, and beside a parent's death told in passing it adds to a harm
    // the curatela does not have.
    ...['eu que cuido', 'sou eu que cuido', 'que cuida'].flatMap((care) => [`${care} dele`, `${care} dela`]),
    // Property of that person the family means to sell ("precisamos vender os apartamentos dela pra pagar a clínica"): the sale of
    // an interdicted person's real estate needs the curator and the judge's leave, on an appraisal (CC art. 1.781 with arts. 1.748 IV
    // and 1.750). Plural objects only: "vender o apartamento dela" is `bens-dispostos`.
    ...['precisamos vender', 'precisamos de vender', 'queremos vender', 'preciso vender', 'quero vender', 'quer vender', 'temos que vender']
      .flatMap((sell) => ['os apartamentos', 'os imoveis', 'os terrenos', 'os lotes', 'as casas', 'os bens', 'o sitio', 'a fazenda', 'o carro']
        .flatMap((what) => [`${sell} ${what} dele`, `${sell} ${what} dela`])),
  ],
  // A curatela (interdição) of an adult who cannot manage their own affairs, its curator named, replaced or disputed, and the
  // tomada de decisão apoiada (`curatela`): CC arts. 1.767-1.783-A; CPC arts. 747-763; Lei 13.146/15 arts. 84-85. No longer phrase
  // holding 'curatela' or 'interdicao': it would take the word from `vulneravel` in the areas where this feature does not weigh.
  curatela: [
    'curatela', 'curador', 'curadora', 'curadores', 'ser curador', 'ser curadora',
    'interdicao', 'interditar', 'interdita-lo', 'interdita-la', 'interditar ele', 'interditar ela', 'interditar meu', 'interditar minha',
    'tomada de decisao apoiada', 'decisao apoiada', 'apoiadores',
  ],
  // An act of disposal in that person's name (a power of attorney they signed, their home put up for sale): building block
  // of `incapaz-explorado` (`IMPLIED_FEATURES`). Not loans taken in their name: those are undone with the bank, one by one.
  'bens-dispostos': [
    'assinou uma procuracao', 'assinou procuracao', 'assinar uma procuracao', 'fez uma procuracao', 'procuracao no cartorio', 'procuracao em cartorio',
    ...['vender', 'vendendo', 'vendeu'].flatMap((sell) =>
      ['o apartamento', 'a casa', 'o imovel', 'o terreno'].flatMap((home) => [`${sell} ${home} dela`, `${sell} ${home} dele`])),
  ],
  // A company's exclusion from the Simples Nacional notified or done (`exclusao-do-simples`): the act's name, or the exclusion told as
  // done to the client or the business ("excluíram minha empresa do simples", "fui excluída do simples", "me tiraram do simples");
  // never the infinitive or a possibility ("posso ser excluído", "vão me excluir": a collection letter's warning), nor the client's own
  // choice to leave ("sair do simples").
  'exclusao-do-simples': [
    'termo de exclusao', 'ato declaratorio de exclusao', 'exclusao do simples', 'exclusao do mei', 'exclusao de oficio do simples',
    ...['excluido', 'excluida', 'excluidos', 'excluidas'].flatMap((done) => [`foi ${done} do simples`, `fui ${done} do simples`, `fomos ${done} do simples`, `foram ${done} do simples`]),
    ...['excluiu', 'excluiram', 'excluindo', 'tirou', 'tiraram', 'tirando'].flatMap((verb) =>
      ['a empresa', 'minha empresa', 'a minha empresa', 'nossa empresa', 'a nossa empresa', 'minha microempresa', 'a microempresa', 'minha loja', 'meu mei', 'o meu mei', 'o mei']
        .map((object) => `${verb} ${object} do simples`).concat(`me ${verb} do simples`, `nos ${verb} do simples`)),
  ],
  // Imported goods held by the customs until more tax or a fine is paid (`mercadoria-retida`), told as the client sees it.
  'mercadoria-retida': [
    'receita segurou', 'receita reteve', 'receita apreendeu', 'receita prendeu', 'alfandega segurou', 'alfandega reteve', 'alfandega apreendeu',
    'mercadoria retida', 'mercadorias retidas', 'carga retida', 'cargas retidas', 'mercadoria apreendida', 'mercadorias apreendidas', 'carga apreendida',
    'retida na alfandega', 'retidas na alfandega', 'presa na alfandega', 'presas na alfandega', 'parada na alfandega', 'paradas na alfandega',
    'retida no porto', 'retidas no porto', 'presa no porto', 'presas no porto', 'parada no porto', 'paradas no porto', 'mercadoria no porto',
    'retencao aduaneira', 'pena de perdimento', 'perdimento', 'perder a carga', 'perder a mercadoria', 'perder as mercadorias',
  ],
  // A tax collected by holding what the client needs to work (`sancao-politica`): the licence or the invoices refused until the
  // debt is paid, the vehicle or the goods held by the inspector, the shop threatened with the seal.
  'sancao-politica': [
    ...['nao quer renovar', 'nao renova', 'nao vai renovar', 'nao quer liberar', 'nao libera', 'nao vai liberar', 'so renova', 'so libera', 'so liberam',
      'negou', 'negaram', 'suspendeu', 'suspenderam', 'bloqueou', 'bloquearam'].flatMap((refused) =>
      ['o alvara', 'a licenca', 'o licenciamento', 'a inscricao estadual', 'minha inscricao estadual', 'a emissao de nota', 'minha emissao de nota']
        .map((licence) => `${refused} ${licence}`)),
    'nao consigo emitir nota', 'nao consigo mais emitir nota', 'nao posso emitir nota',
    ...['apreenderam', 'apreendeu', 'guincharam', 'guinchou', 'recolheram', 'segurou', 'seguraram', 'reteve', 'retiveram'].flatMap((held) =>
      ['meu carro', 'minha moto', 'meu veiculo', 'minha van', 'meu caminhao', 'o caminhao', 'a carga', 'minha carga', 'a mercadoria', 'minha mercadoria']
        .map((vehicle) => `${held} ${vehicle}`)),
    'carro apreendido', 'moto apreendida', 'veiculo apreendido', 'carro no patio', 'moto no patio', 'ta no patio',
    // Goods held at a state's tax checkpoint until the tax or the fine is paid: held as a means to collect, which the courts refuse
    // (STF Súmula 323; CTN art. 201 and Lei 6.830/80 for the collection due), by a writ (Lei 12.016/09 art. 1º).
    ...['preso', 'presos', 'presa', 'presas', 'retido', 'retidos', 'retida', 'retidas', 'parado', 'parados', 'parada', 'paradas'].flatMap((held) =>
      ['no posto fiscal', 'na barreira fiscal'].map((post) => `${held} ${post}`)),
    ...['lacrar', 'interditar'].flatMap((seal) =>
      ['meu restaurante', 'o restaurante', 'meu salao', 'o salao', 'minha loja', 'a loja', 'meu comercio', 'o comercio', 'a padaria', 'minha padaria', 'o estabelecimento']
        .map((shop) => `${seal} ${shop}`)),
    ...['fiscal', 'prefeitura', 'vigilancia'].flatMap((officer) => ['pode fechar', 'vai fechar', 'pode lacrar', 'vai lacrar'].map((shut) => `${officer} ${shut}`)),
  ],
  // The Receita's review of a return ("malha fina"): its intimação asks for documents before any assessment, and the
  // contentious phase only opens with an impugnação of an assessment (Decreto 70.235/72 art. 14). No points;
  // it displaces `processo-em-curso` (`DISPLACED_FEATURES`).
  'malha-fina': ['malha fina', 'malha da receita', 'caiu na malha', 'cai na malha', 'retida na malha', 'retida em malha', 'em malha fiscal', 'termo de intimacao fiscal'],
  // The client as a creditor in a debtor's judicial recovery or bankruptcy: a credit to list or correct before the
  // administrador judicial (habilitação or divergência within 15 days of the edital, Lei 11.101/05 art. 7º §1º), not the
  // client's own insolvency, which it displaces (`DISPLACED_FEATURES`). The last phrases are the credit left off the list.
  'credor-na-recuperacao': [
    'habilitacao de credito', 'habilitacao do credito', 'habilitacao do nosso credito', 'habilitacao do meu credito', 'habilitar o credito', 'habilitar nosso credito',
    'habilitar o nosso credito', 'habilitar meu credito', 'habilitar o meu credito', 'divergencia de credito', 'divergencia do credito', 'impugnacao de credito',
    'incluir o credito', 'incluir nosso credito', 'incluir o nosso credito', 'incluir meu credito', 'incluir o meu credito',
    'credito nao apareceu', 'credito nao aparece', 'credito nao esta na lista', 'credito nao consta', 'nao aparecemos na lista', 'nao estamos na lista',
  ],
  // A benefit the INSS was paying and cut or suspended (cessação, suspensão): restoring it takes a court's medical expert
  // against the INSS's finding and the instalments since the cut, and the client's income stopped (tutela de urgência).
  // A benefit refused at the first request is not this. Weighs only in social-security cases (COMPLEXITY_FEATURES `areas`).
  // A benefit held for want of the yearly proof of life (Lei 8.212/91 art. 69 §8º): made at the bank, by the app or at home, the
  // payment resumes with the months held; nothing for the INSS to review nor for a court to decide (displaces `beneficio-cessado`).
  'prova-de-vida': [
    'falta de prova de vida', 'faltou a prova de vida', 'faltou prova de vida', 'sem a prova de vida', 'sem prova de vida', 'prova de vida vencida',
    'prova de vida atrasada', 'nao fiz a prova de vida', 'nao fiz prova de vida', 'nao fez a prova de vida', 'nao fez prova de vida',
    'nao foi feita a prova de vida', 'esqueci da prova de vida', 'esqueci a prova de vida', 'por causa da prova de vida',
    'fazer a prova de vida', 'fazer prova de vida', 'falta de comprovacao de vida', 'fazer a comprovacao de vida',
  ],
  'beneficio-cessado': [
    ...BENEFIT_CUT,
    // The discharge told with the return to work ("o perito me deu alta e voltei"): the cut, and the insured back at work (`volta-ao-trabalho`).
    ...DISCHARGED_AND_BACK,
  ],
  // One fact under two regimes: an accident at work or an occupational disease is a claim against the employer (CLT, CF art. 7
  // XXVIII) and a benefit from the INSS (Lei 8.213/91 arts. 19-21 and 86). Weigh nothing alone: together they are two areas (`IMPLIED_FEATURES`).
  // A vehicle owned by a company (its employee's or its own): with a collision, the company answers too (`IMPLIED_FEATURES`, civil cases).
  'veiculo-de-empresa': [
    'carro da empresa', 'carro e da empresa', 'carro dele e da empresa', 'carro dela e da empresa', 'veiculo da empresa', 'veiculo e da empresa',
    'caminhao da empresa', 'caminhao e da empresa', 'van da empresa', 'onibus da empresa', 'carro da firma', 'carro e da firma', 'caminhao da firma',
    'viatura da empresa', 'carro de empresa', 'veiculo de empresa', 'caminhao de empresa',
    // A rented car: the rental company answers jointly with the renter for the harm done to others in its use (Súmula 492 STF).
    'carro de locadora', 'carro da locadora', 'carro e de uma locadora', 'carro e da locadora', 'veiculo de locadora', 'veiculo da locadora', 'veiculo e de uma locadora',
    'carro alugado', 'veiculo alugado', 'carro de aluguel',
  ],
  // A disease the work caused, named as such or by its usual kinds (repetitive strain, burnout): `doenca-ocupacional`.
  'doenca-ocupacional': [
    'doenca ocupacional', 'doenca do trabalho', 'doenca profissional', 'ler dort', 'lesao por esforco repetitivo', 'esforco repetitivo', 'esforcos repetitivos',
    'movimento repetitivo', 'movimentos repetitivos', 'tendinite', 'bursite', 'tunel do carpo', 'burnout', 'burn out', 'esgotamento profissional',
  ],
  // A mental illness told by its name, its attacks or its treatment (a psychiatrist, an antidepressant, a controlled drug): `adoecimento-psiquico`.
  'adoecimento-psiquico': [
    'depressao', 'quadro depressivo', 'transtorno depressivo', 'crise de ansiedade', 'crises de ansiedade', 'transtorno de ansiedade', 'ansiedade generalizada',
    'sindrome do panico', 'crise de panico', 'crises de panico', 'transtorno do panico', 'transtorno mental', 'estresse pos traumatico',
    'psiquiatra', 'tratamento psiquiatrico', 'acompanhamento psiquiatrico', 'tratamento psicologico', 'acompanhamento psicologico',
    'antidepressivo', 'antidepressivos', 'remedio controlado', 'remedios controlados', 'remedio tarja preta', 'remedios tarja preta',
  ],
  'acidente-de-trabalho': [
    'acidente de trabalho', 'acidente do trabalho', 'acidente no trabalho', 'acidentei no trabalho', 'me acidentei', 'acidentad* no trabalho',
    'doenca ocupacional', 'doenca do trabalho', 'doenca profissional', 'ler dort', 'lesao por esforco repetitivo', 'cat', 'comunicacao de acidente',
    // The repetitive-strain diseases the list of work-related illnesses names (Decreto 3.048/99 anexo II, lista B, grupo XIII; Lei 8.213
    // art. 20 II), and the INSS's accident benefit (B91), which recognised the illness as the work's (art. 21-A, the NTEP).
    'tendinite', 'tendinites', 'bursite', 'epicondilite', 'tenossinovite', 'sindrome do tunel do carpo', 'tunel do carpo', 'acidentario',
  ],
  'beneficio-por-incapacidade': [
    'auxilio doenca', 'auxilio acidente', 'auxilio por incapacidade', 'beneficio por incapacidade', 'beneficio acidentario',
    'afastad* pelo inss', 'afastamento pelo inss', 'encostad* pelo inss', 'encostad* no inss', 'auxilio do inss', 'beneficio do inss',
    'alta do inss', 'alta no inss', 'pericia do inss', 'perito do inss',
    // "Encostado" alone is the INSS's leave in the South's and the country's speech ("fiquei encostado um ano", "voltei do encostamento").
    'estava encostad*', 'fiquei encostad*', 'ficou encostad*', 'encostamento',
    // Back at work from the INSS's leave: a benefit for incapacity was paid.
    'voltei do inss', 'voltado do inss', 'voltou do inss', 'retorno do inss', 'retornei do inss', 'retornou do inss', 'voltar do inss',
  ],
  // The insured back at work (`volta-ao-trabalho`, a building block): told after the INSS's discharge ("recebi alta e voltei"), in the
  // first or the third person.
  'volta-ao-trabalho': [
    ...['voltei', 'voltou', 'retornei', 'retornou'].flatMap((back) => [
      `${back} a trabalhar`, `${back} ao trabalho`, `${back} pro trabalho`, `${back} para o trabalho`, `${back} ao servico`, `${back} pro servico`,
      `${back} a empresa`, `${back} pra empresa`, `${back} para a empresa`, `${back} pra firma`, `${back} para a firma`, `${back} a firma`,
      `${back} pra mesma funcao`, `${back} para a mesma funcao`, `${back} na mesma funcao`, `${back} as minhas atividades`, `${back} as atividades`,
      `liberou e ${back}`, `liberou e eu ${back}`,
    ]),
    ...DISCHARGED_AND_BACK,
    'continuo trabalhando', 'sigo trabalhando', 'trabalhando com limitacao', 'trabalhando com restricao', 'trabalho com limitacao', 'trabalho com restricao',
  ],
  // The disability retirement named as a benefit: the longer phrase keeps its 'invalidez' from reading as 'dano-grave' by itself;
  // `IMPLIED_FEATURES` weighs it as lasting harm where the benefit is the case, not in family law.
  // The same retirement in the infinitive is one the client only wants ('queria me aposentar por invalidez'): a request, whose
  // longer phrase keeps its 'invalidez' from reading as harm held (`dano-permanente`, `dano-grave`); it weighs as the request.
  'invalidez-pedida': ['aposentar por invalidez', 'aposentar ele por invalidez', 'aposentar ela por invalidez'],
  'invalidez-do-beneficio': ['aposentadoria por invalidez', 'aposentado por invalidez', 'aposentada por invalidez', 'aposentou por invalidez', 'aposentaram por invalidez'],
  // A pension by death that turns on a stable union the INSS did not accept: the union is proved as in family law (CC art. 1.723)
  // to win a benefit (Lei 8.213/91 art. 16 §§3-6), two areas at once (`IMPLIED_FEATURES`). Weigh nothing alone.
  // Also the pension asked of the INSS and refused, told without naming it "por morte" (`dependant-benefit`'s lay forms).
  'pensao-por-morte': ['pensao por morte', 'pedi a pensao e negaram', 'pedi a pensao e indeferiram', 'pedi a pensao e foi negada', 'pedi a pensao e foi indeferida', ...DEAD_PARTNER_PENSION],
  // The other partner denies there was a union at all: a dating contract signed to keep it off, or "era só namoro". The union is
  // proved by its facts, public, continuous and lasting with the aim of a family (CC art. 1.723), which no contract's name
  // overrides, so the suit proves the union before it divides anything. Family cases only (COMPLEXITY_FEATURES `areas`).
  'uniao-negada': [
    'contrato de namoro', 'era so namoro', 'era so um namoro', 'foi so namoro', 'foi so um namoro', 'era apenas namoro', 'era apenas um namoro',
    // The union denied by the deceased partner's heirs ("meu irmão acha que era namoro"): the same proof of its facts (CC art. 1.723).
    'era namoro', 'foi namoro', 'era um namoro', 'eram so namorados', 'eram namorados', 'so namoravam', 'apenas namoravam',
    'nega a uniao', 'negou a uniao', 'nega que vivia', 'nega que viviamos', 'nao reconhece a uniao', 'nao quer reconhecer a uniao',
  ],
  // An offence against the client's honour as clients tell it: a defamation, a false accusation of theft or fraud (CP arts. 138-139;
  // CC art. 953). Civil and criminal cases only (`ofensa-a-honra`).
  'ofensa-a-honra': [
    'difamando', 'difamou', 'difamaram', 'difamacao', 'caluniando', 'caluniou', 'calunia', 'manchar meu nome', 'meu nome na lama', 'acabar com minha reputacao',
    'espalhando mentiras', 'espalhou mentiras', 'mentiras sobre mim', 'postou que eu', 'publicou que eu',
    // What was spread about the client, told by its spreading ("espalhou no grupo da escola", "anda espalhando que eu roubei").
    ...['espalhou', 'espalharam', 'espalhando'].flatMap((spread) => [`${spread} que`, `${spread} no grupo`, `${spread} pra todo mundo`, `${spread} para todo mundo`]),
    // A crime imputed to the client told as false ("me acusou falsamente de abuso", "uma falsa acusação"): calúnia (CP art. 138), or
    // the false report itself when taken to the police (denunciação caluniosa, CP art. 339). With its "me", the longer phrase, before
    // "me acusou" reads the client as the accused (`acusado-de-crime`).
    ...['acusou', 'acusaram'].flatMap((accused) => [`${accused} falsamente`, `me ${accused} falsamente`]),
    'acusado falsamente', 'acusada falsamente', 'falsamente acusado', 'falsamente acusada', 'acusacao falsa', 'falsa acusacao', 'acusacoes falsas', 'falsas acusacoes',
    'denuncia falsa', 'falsa denuncia', 'denunciacao caluniosa',
    ...['me chamou de', 'me chamando de', 'me chamaram de', 'que eu sou', 'que eu sou um', 'que eu sou uma', 'que eu era', 'que eu era um', 'que eu era uma'].flatMap((called) =>
      ['golpista', 'ladrao', 'ladra', 'ladrona', 'estelionatario', 'estelionataria', 'caloteiro', 'caloteira', 'picareta', 'trambiqueiro', 'trambiqueira'].map((name) => `${called} ${name}`)),
  ],
  // The reach of a post or a video (Marco Civil arts. 19-21: the content to remove; the reach weighs the damages, CC art. 953).
  'alcance-na-internet': [
    'visualizacoes', 'visualizacao', 'compartilhamentos', 'compartilharam', 'compartilhando', 'viralizou', 'viralizando', 'viralizado',
    'curtidas', 'milhares de comentarios', 'centenas de comentarios', 'milhares de pessoas',
  ],
  // The clients, orders or patients lost (lucros cessantes, CC art. 402).
  'perda-de-clientela': [
    ...['perdi', 'perdemos'].flatMap((lost) => ['', ' varios', ' varias', ' muitos', ' muitas', ' os', ' as', ' meus', ' minhas'].flatMap((many) =>
      ['clientes', 'encomendas', 'pedidos', 'pacientes', 'alunos', 'contratos', 'vendas'].map((what) => `${lost}${many} ${what}`))),
    'clientes cancelaram', 'clientes desistiram', 'clientes sumiram', 'clientes pararam de', 'cancelaram as encomendas', 'cancelaram os pedidos', 'cancelaram encomendas',
    'pedidos cairam', 'vendas cairam', 'encomendas cairam', 'movimento caiu', 'desmarcaram', 'cancelaram',
  ],
  // A home the couple acquired, in one partner's name and being sold by that partner before the division: a buyer in good faith
  // keeps it, so the share is saved only by an urgent order (indisponibilidade, the suit noted on the registry, CPC arts. 300
  // and 828). Family cases only: elsewhere a house for sale is a plain sale.
  'venda-de-bem-comum': [
    ...['a casa', 'o apartamento', 'o imovel', 'o terreno', 'o sitio', 'a chacara'].flatMap((home) => [
      ...['colocou', 'pos', 'botou', 'anunciou'].map((verb) => `${verb} ${home} a venda`),
      `esta vendendo ${home}`, `ta vendendo ${home}`,
    ]),
    // The sale threatened or announced, not yet advertised ("está ameaçando vender", "vai vender a casa"): the same share to keep (CPC art. 300).
    ...['a casa', 'o apartamento', 'o imovel', 'o terreno'].flatMap((home) => [`vai vender ${home}`, `ameacando vender ${home}`]),
    'ameacando vender', 'ameacou vender', 'ameaca vender', 'falou que vai vender', 'disse que vai vender', 'diz que vai vender',
    'ja tem comprador', 'ja tem um comprador', 'arrumou comprador', 'arrumou um comprador', 'achou um comprador', 'achou comprador',
  ],
  // The couple asking to register their union ("quero registrar a união estável", "queremos fazer a escritura de união estável"): a
  // declaration both sign before a notary (CC art. 1.725; Provimento CNJ 141/2023), not a union someone denies. Not a deed told made
  // ("tenho escritura de união estável"), which a dissolution or an estate may turn on.
  'uniao-a-registrar': ['quero', 'queremos', 'queria', 'queriamos', 'gostaria de', 'gostariamos de', 'vamos', 'pretendemos'].flatMap((wish) => [
    ...['registrar', 'formalizar', 'oficializar'].flatMap((act) => ['a uniao estavel', 'nossa uniao estavel', 'a nossa uniao estavel'].map((union) => `${wish} ${act} ${union}`)),
    ...['a escritura', 'uma escritura', 'escritura', 'a declaracao', 'uma declaracao', 'o contrato', 'um contrato'].map((deed) => `${wish} fazer ${deed} de uniao estavel`),
  ]),
  'uniao-a-comprovar': [
    'nao eramos casados', 'nao era casada com ele', 'nao era casado com ela', 'uniao estavel nao ficou comprovada', 'uniao estavel nao foi comprovada',
    'nao reconheceu a uniao estavel', 'nao aceitou a uniao estavel', 'comprovar a uniao estavel', 'provar a uniao estavel', 'comprovar a uniao', 'provar a uniao',
    // The marriage that was never registered, and the partnership the INSS said was not proved.
    'nao era casado no papel', 'nao era casada no papel', 'nao eramos casados no papel', 'nao casamos no papel', 'provei que era companheira', 'provar que era companheira',
    'provar que eu era companheira', 'provei que era companheiro', 'provar que era companheiro', 'provar que eu era companheiro',
    // A couple who never married and the INSS not persuaded: the union is what the pension turns on (Lei 8.213/91 art. 16 §§ 3º, 5º-6º).
    'nunca casamos', 'nunca fomos casados', 'nunca casou', 'nao comprovei a uniao', 'nao comprovou a uniao', 'nao comprovamos a uniao',
  ],
  // An external worker's hours kept by a tracker or a tachograph: the employer pleads that external work has no working-time
  // control (CLT art. 62 I), and the overtime turns on proving the control (Lei 13.103/15 for drivers). Labour cases only.
  'motorista-profissional': [
    'sou taxista', 'trabalho de taxista', 'trabalho como taxista', 'vivo do taxi', 'sou caminhoneiro', 'trabalho de caminhoneiro', 'sou motorista profissional',
    'motorista profissional', 'sou motorista de aplicativo', 'sou motorista de app', 'sou motorista de onibus', 'sou motorista de caminhao', 'trabalho como motorista',
    'trabalho de motorista', 'vivo de dirigir', 'dirijo para viver', 'dirijo pra viver', 'exerce atividade remunerada', 'exerco atividade remunerada',
    // The app driver in his own words ("rodo de uber", "motorista de aplicativo").
    'rodo de uber', 'rodo no uber', 'rodo de app', 'rodo de aplicativo', 'motorista de aplicativo', 'motorista de app', 'motorista de uber', 'motorista do uber',
  ],
  // The real driver of a fine to name (CTB art. 257 §7º), the form or its term.
  'condutor-a-indicar': [
    'indicar o condutor', 'indicacao do condutor', 'indicacao de condutor', 'identificacao do condutor', 'indicar o motorista', 'indicacao do motorista',
    'nao indiquei o condutor', 'nao indiquei o motorista', 'indicar quem estava dirigindo', 'indicar quem dirigia',
  ],
  // A procedure to suspend or revoke the licence (CTB arts. 261 and 263), however named: not a fine alone.
  'suspensao-da-cnh': [
    'suspensao do direito de dirigir', 'suspensao da cnh', 'suspensao da carteira', 'suspensao da minha cnh', 'suspensao da minha carteira', 'processo de suspensao',
    'cassacao da cnh', 'cassacao da carteira', 'cassacao do direito de dirigir', 'cassacao da minha cnh', 'processo de cassacao',
    ...['suspender', 'cassar', 'suspenderam', 'cassaram', 'suspendeu', 'cassou'].flatMap((verb) => ['minha cnh', 'a cnh', 'minha carteira', 'a minha cnh', 'a minha carteira'].map((what) => `${verb} ${what}`)),
    'cnh suspensa', 'carteira suspensa', 'cnh cassada', 'carteira cassada',
    // The penalty told by its participle after a verb ("minha carteira foi suspensa", "a cnh vai ser cassada", "tá pra ser suspensa").
    ...['cnh', 'carteira', 'habilitacao'].flatMap((what) => ['foi', 'vai ser', 'pode ser', 'sera', 'ta pra ser', 'esta pra ser', 'esta para ser', 'ficou', 'vai ficar'].flatMap((verb) =>
      [`${what} ${verb} suspensa`, `${what} ${verb} cassada`])),
  ],
  'jornada-externa': ['trabalho externo', 'atividade externa', 'jornada externa', 'rastreador', 'tacografo', 'telemetria'],
  // A company closed without cancelling its registration, and the redirection of its debts to the partner (CTN art. 135 III, Súmula 435 STJ).
  'dissolucao-irregular': [
    'dissolucao irregular', 'encerramento irregular', 'redirecionamento', 'redirecionar', 'redirecionad*', 'sem dar baixa', 'sem ter dado baixa',
    ...['nao', 'nunca'].flatMap((not) => ['dei', 'deu', 'demos', 'deram'].map((verb) => `${not} ${verb} baixa`)),
  ],
  // A card the client denies asking for or receiving ("nunca pedi esse cartão", "nunca chegou cartão"): with a payroll card, a contract
  // to dispute (`cartao-consignado-contestado`; Tema 1.061 STJ).
  'cartao-nao-pedido': ['nunca', 'nao'].flatMap((not) =>
    ['pedi', 'pediu', 'solicitei', 'solicitou', 'contratei', 'contratou', 'recebi', 'recebeu', 'chegou'].flatMap((verb) =>
      ['cartao', 'o cartao', 'esse cartao', 'este cartao', 'nenhum cartao'].map((card) => `${not} ${verb} ${card}`))),
  // A loan, a payroll loan or a financing named: the credit a contract claimed by the lender is about (`contratacao-contestada`), not an
  // add-on charge on a bill (a game pack, an insurance "accepted by phone"), where the same claim is a small refund.
  'credito-citado': [
    'emprestimo', 'emprestimos', 'consignado', 'consignados', 'financiamento', 'financiamentos', 'refinanciamento', 'refinanciaram', 'refinanciou',
    'credito pessoal', 'credito consignado',
  ],
  // A credit the client denies in words the note `unrequested-loan` does not read (`CREDIT_UNASKED`): a loan, a payroll loan or its
  // refinancing made "sem eu pedir", "sem minha autorização", "sem ela saber" (`credito-nao-pedido`), and the purchase a financing is for,
  // which the client never made ("um financiamento de celular que eu nunca comprei", `compra-nao-feita`). With the lender's claim that the client signed (`contratacao-alegada`), a
  // contract to dispute (`contratacao-contestada`). Not an add-on put on a loan the client took ("um seguro no meu empréstimo sem eu
  // pedir"), a small refund (CDC art. 39 I), nor a refinancing the client made and regrets.
  // The phrase names the credit itself, so it needs no `credito-citado` beside it.
  'credito-nao-pedido': CREDIT_UNASKED,
  // Building block of `retencao-contra-a-guarda`: the custody the court gave the client, told as the client's or as decided.
  'guarda-do-cliente': [
    'a guarda e minha', 'guarda e minha', 'a guarda ja e minha', 'tenho a guarda', 'detenho a guarda', 'a guarda ficou comigo', 'guarda ficou comigo',
    'a guarda ficou decidida', 'guarda foi decidida', 'guarda decidida', 'guarda homologada', 'guarda fixada', 'guarda unilateral e minha',
  ],
  // Building block of `retencao-contra-a-guarda`'s exception: the child found or back with the client, the keeping told as past.
  'crianca-de-volta': [
    ...['achou', 'encontrou'].flatMap((found) => ['eles', 'ele', 'ela', 'meu filho', 'minha filha'].map((child) => `a policia ${found} ${child}`)), 'ela voltou pra mim', 'ele voltou pra mim', 'depois ela voltou', 'depois ele voltou', 'ja devolveu',
    ...['meu filho', 'minha filha', 'ele', 'ela'].map((child) => `desde entao ${child} mora comigo`),
  ],
  // Building block of `consignado-nao-contratado`'s exception: an add-on sold with a loan (a credit insurance, a capitalisation bond).
  'acessorio-do-credito': ['seguro prestamista', 'titulo de capitalizacao', 'titulos de capitalizacao', 'seguro embutido', 'venda casada'],
  'compra-nao-feita': PURCHASE_DENIED,
  // The lender's answer to a loan or a credit the client denies (the note `unrequested-loan`): a contract it holds and says the client
  // made, told by the other side's claim ("o banco diz que eu assinei", "falaram que fui eu"), by the channel it was made through (a
  // selfie, biometrics, a digital or electronic signature) or by a paper the client was made to sign under a pretext. With the denial,
  // a contract to dispute (`contratacao-contestada`).
  'contratacao-alegada': [
    ...['diz', 'disse', 'dizem', 'disseram', 'dizendo', 'fala', 'falou', 'falam', 'falaram', 'alega', 'alegou', 'alegam', 'alegaram', 'alegando',
      'afirma', 'afirmou', 'afirmam', 'afirmaram', 'garante', 'garantiu', 'sustenta', 'insiste', 'respondeu', 'responderam'].flatMap((says) =>
      ['que eu assinei', 'que assinei', 'que ela assinou', 'que ele assinou', 'que eu contratei', 'que ela contratou', 'que ele contratou',
        'que eu aceitei', 'que ela aceitou', 'que ele aceitou', 'que eu autorizei', 'que ela autorizou', 'que ele autorizou',
        'que fui eu', 'que foi eu', 'que foi ela', 'que foi ele'].map((claim) => `${says} ${claim}`)),
    ...['assinado', 'assinada', 'assinou', 'formalizado', 'formalizada', 'feito', 'feita'].flatMap((done) => ['digitalmente', 'eletronicamente'].map((how) => `${done} ${how}`)),
    'assinatura digital', 'assinatura eletronica', 'contratacao digital', 'contratacao foi digital', 'contrato digital', 'selfie', 'biometria', 'reconhecimento facial',
    'foto minha', 'foto dela', 'foto dele', 'assinado por mim', 'assinada por mim', 'com minha assinatura', 'com a minha assinatura',
    ...['me fez', 'me fizeram', 'fez ele', 'fez ela', 'fizeram ele', 'fizeram ela', 'mandou eu', 'mandaram eu', 'pediu pra eu', 'pediram pra eu'].map((made) => `${made} assinar`),
    'no tablet',
  ],
  // Building blocks of `vicio-com-laudo-proprio` (`IMPLIED_FEATURES`): a technician the client called on their own (not the seller's
  // or the maker's service: "chamei um marceneiro", "um mecânico de confiança", "levei numa assistência de fora"), and a report put in
  // writing ("fez um laudo", "escreveu que o material...", "o papel do marceneiro").
  'tecnico-do-cliente': [
    ...TECHNICIANS.flatMap((tech) => [
      ...['chamei um', 'chamei o', 'chamamos um', 'contratei um', 'contratamos um', 'paguei um', 'levei num', 'levei em um', 'levei pra um', 'levei para um', 'outro'].map((hired) => `${hired} ${tech}`),
      ...['particular', 'de fora', 'de confianca', 'independente', 'especializado', 'da minha confianca'].map((own) => `${tech} ${own}`),
    ]),
    ...['particular', 'de fora', 'independente'].map((own) => `assistencia ${own}`),
    // A tradesman brought in by the client, told with the indefinite article and what he did to the product or the house ("um
    // eletricista mediu a rede", "um marceneiro olhou", "um técnico em baterias testou"), or the engineer of the client's own works:
    // the seller's or the maker's technician comes with the definite article or his employer ("o técnico da marca", "a loja mandou um
    // técnico, ele olhou"), which stays out.
    ...TECHNICIANS.flatMap((tech) => CHECKED_BY_TECHNICIAN.map((checked) => `um ${tech} ${checked}`)),
    ...TECHNICIAN_SPECIALTIES.map((specialty) => `um tecnico em ${specialty}`),
    ...TECHNICIANS.flatMap((tech) => [`${tech} da minha obra`, `${tech} da nossa obra`]),
  ],
  'parecer-escrito': [
    ...['fez', 'deu', 'me deu', 'assinou', 'emitiu'].flatMap((gave) => ['um laudo', 'o laudo', 'laudo', 'um parecer', 'um relatorio'].map((report) => `${gave} ${report}`)),
    'laudo tecnico', 'laudo assinado', 'laudo por escrito', 'parecer tecnico', 'relatorio tecnico', 'escreveu que', 'escreveu isso', 'escreveu num papel',
    'escreveu no papel', 'colocou no papel', 'botou no papel',
    ...TECHNICIANS.flatMap((tech) => ['laudo do', 'papel do', 'parecer do', 'relatorio do'].map((report) => `${report} ${tech}`)),
  ],
  // A partner's exit from the company registered before its debts or its closure (CC arts. 1.003 and 1.057; the alteração contratual
  // filed with the Junta): in a tax case the redirection for an irregular closure cannot reach who left before it (Tema 962 STJ), a
  // defence proved by the registered document (`DISPLACED_FEATURES`).
  'saida-da-sociedade': [
    'sai da sociedade', 'saido da sociedade', 'saida da sociedade', 'deixei a sociedade', 'me retirei da sociedade', 'retirada da sociedade',
    'alteracao contratual', 'alteracao do contrato', 'alteracao do contrato social', 'passei minhas quotas', 'passei as minhas quotas', 'passei minhas cotas',
    'cedi minhas quotas', 'cedi as minhas quotas', 'vendi minhas quotas', 'vendi as minhas quotas', 'vendi minhas cotas', 'cessao de quotas', 'cessao das quotas',
    'antes de ela encerrar', 'antes dela encerrar', 'antes da empresa fechar', 'antes de a empresa fechar', 'ja nem era socio', 'ja nem era socia', 'ja nao era socio', 'ja nao era socia',
  ],
  // A company's debt enforced against its partners' own estate: the court pierced the corporate veil or included the partners in the
  // company's enforcement (CC art. 50; CDC art. 28; CLT art. 855-A; CPC arts. 133-137 and 795 §4º), told in the court's words or the
  // client's ("incluiu os sócios", "colocaram meu nome na execução"). Not "incluiu meu nome" alone: that is as often a credit bureau's list.
  'execucao-contra-socio': [
    'desconsideracao da personalidade juridica', 'desconsideracao da pessoa juridica', 'desconsideracao inversa', 'desconsiderou a personalidade',
    'desconsideraram a personalidade', 'incidente de desconsideracao',
    ...['incluiu', 'incluiram', 'incluir', 'colocou', 'colocaram', 'botou', 'botaram'].flatMap((verb) =>
      ['os socios', 'o socio', 'a socia', 'as socias', 'os ex socios', 'o ex socio', 'a ex socia'].map((partner) => `${verb} ${partner}`)),
    'meu nome na execucao', 'me colocaram na execucao', 'me botaram na execucao', 'me incluiram na execucao', 'incluido na execucao', 'incluida na execucao',
    'na execucao como socio', 'na execucao como socia', 'execucao contra os socios', 'execucao contra o socio', 'execucao contra a socia', 'execucao pros socios',
  ],
  // The client named co-responsible for a company's tax debt (CTN art. 135 III; the CDA's corresponsável, Lei 6.830/80 art. 2º §5º I).
  'socio-corresponsavel': ['corresponsavel', 'corresponsaveis', 'co responsavel', 'responsavel solidario pela divida', 'incluido na execucao', 'incluida na execucao', 'me incluiram na execucao'],
  // A move to another city imposed on the worker (CLT arts. 469 and 75-C §3): the employer's words and the worker's. Not "outro
  // estado", which `internacional` reads (a party or a court in another state).
  'transferencia-de-cidade': [
    'transferencia para outra cidade', 'transferencia pra outra cidade', 'adicional de transferencia',
    ...['transferir', 'transferiu', 'transferiram', 'transferido', 'transferida', 'trabalhar'].flatMap((verb) =>
      ['para outra cidade', 'pra outra cidade', 'em outra cidade'].map((place) => `${verb} ${place}`)),
    // Not "mudar de cidade" alone: a worker moving of their own will asks about resigning, not about a transfer.
    'nao tenho como me mudar', 'nao posso me mudar', 'nao consigo me mudar',
  ],
  // Outsourced work: the contractor and the company or public body that took the service both answer (Súmula 331 TST, IV-V;
  // Lei 6.019/74 art. 5º-A §5º): two defendants, and with the State its fault in overseeing the contract to prove.
  terceirizacao: [
    'terceirizad*', 'terceirizacao', 'empresa prestadora', 'tomadora de servico', 'tomadora do servico', 'tomador de servico', 'tomador do servico', 'responsabilidade subsidiaria',
    // The same told in everyday words: the worker's employer is the company that serves another ("sou da empresa que presta serviço pro
    // shopping", "contratado de uma prestadora"), and the company served answers that it paid the contract (Súmula 331 IV-VI TST; Lei
    // 6.019/74 arts. 4º-A and 5º-A §5º: the taker answers subsidiarily where it failed to supervise). Not the client's own services
    // ("eu prestava serviço pra uma empresa", a bond to prove) nor a consumer's provider (the feature weighs in labour cases only).
    'prestadora de servico*', 'a prestadora', 'uma prestadora', 'da prestadora', 'pela prestadora',
    ...['que', 'q'].flatMap((that) => ['presta', 'prestava', 'prestam', 'prestavam'].flatMap((serve) =>
      ['servico pra', 'servico para', 'servico pro', 'servicos pra', 'servicos para', 'servicos pro'].map((what) => `${that} ${serve} ${what}`))),
    'ja pagou o contrato', 'pagou o contrato', 'pagaram o contrato', 'ja pagaram o contrato', 'dinheiro do contrato', 'repassou o dinheiro do contrato',
  ],
  // Ids without points in COMPLEXITY_FEATURES: longer phrases win over the shorter ones they contain, so these keep a word
  // from weighing where it names something else. People who saw a fact are witnesses (evidence), not people affected;
  // a thing "produto de roubo" bought or kept is receptação (CP art. 180), not the robbery, which was someone else's crime.
  testemunhas: [
    // Those who saw, heard, read or liked an offence are its audience (a post liked, a message read in a group, an insult heard in
    // the street, a scene watched in a shop): an injúria, difamação or calúnia has one victim however many saw it (CP arts. 138-140;
    // the public it reached is the aggravating circumstance of CP art. 141 III and weighs in the damages, CC art. 953), not a
    // group sharing a claim (CPC art. 113; CDC art. 81). Nor is the size of the group a message went to ("tem muita gente nesse grupo").
    ...[...MANY_PEOPLE, 'todo mundo', 'outros moradores'].flatMap((people) => [
      ...['viu', 'viram', 'ouviu', 'ouviram', 'leu', 'leram', 'presenciou', 'presenciaram', 'assistiu', 'assistiram', 'ficou sabendo', 'ficaram sabendo', 'ficou olhando', 'ficaram olhando',
        'comentou', 'comentaram', 'comentando', 'curtiu', 'curtiram', 'compartilhou', 'compartilharam', 'reagiu', 'reagiram', 'visualizou', 'visualizaram']
        // Told with "já" between ("muita gente já viu" a threat or an insult in the street): the same audience, witnesses of it.
        .flatMap((saw) => [`${people} ${saw}`, `${people} ja ${saw}`]),
      ...['no grupo', 'nesse grupo', 'neste grupo'].map((group) => `tem ${people} ${group}`),
    ]),
  ],
  // A written contract that ran out and goes on without a new one is extended by law (Lei 8.245/91 arts. 46 §1º and 56 parágrafo
  // único: a lease without a term; CLT art. 451: a fixed-term job without a term): its proof is the old contract, none is missing.
  'contrato-prorrogado': ['sem contrato novo', 'sem contrato renovado'],
  // Public transport names a vehicle ("o ônibus do transporte coletivo"), not a group of people affected (`coletivo`'s 'coletiv*').
  'transporte-coletivo': ['transporte coletivo', 'onibus coletivo', 'coletivo urbano'],
  // A bid the client company took part in, won or wants to win: its own contract or its place in the bidding (habilitação,
  // Lei 14.133/21 arts. 62-70), which its kind of case weighs; 'licitacao' alone weighs as `improbidade` (public money
  // misused), still read in "a licitação foi direcionada".
  // Accounts rendered and approved (the members' or partners' approval exonerates whoever rendered them, CC art. 1.078 §3º):
  // no accounts in dispute, so 'prestacao de contas' there is no partners' suit (`disputa-societaria`). Weighs nothing.
  'contas-aprovadas': [
    'prestacao de contas foi aprovada', 'prestacao de contas aprovada', 'prestacao de contas ja foi aprovada', 'prestacoes de contas aprovadas',
    'aprovaram a prestacao de contas', 'aprovou a prestacao de contas', 'aprovaram minha prestacao de contas', 'aprovou minha prestacao de contas',
  ],
  'licitacao-do-cliente': [
    'ganhar a licitacao', 'ganhamos a licitacao', 'ganhei a licitacao', 'ganhou a licitacao', 'vencer a licitacao', 'vencemos a licitacao', 'venceu a licitacao',
    'venci a licitacao', 'disputar a licitacao', 'disputando a licitacao', 'licitacao que estamos disputando', 'licitacao que estou disputando',
    'participar da licitacao', 'participamos da licitacao', 'participei da licitacao', 'participando da licitacao',
    'desde a licitacao', 'depois da licitacao', 'depois de licitacao', 'apos a licitacao',
    // The client company as a bidder told with any article or tense ("minha empresa participou de uma licitação", "ganhamos uma
    // licitação"): its habilitação or its award is the case (Lei 14.133/21 arts. 62-71 and 165), no public money misused.
    'particip* de licitacao', 'particip* de uma licitacao', 'particip* da licitacao', 'particip* na licitacao', 'particip* numa licitacao',
    'ganh* a licitacao', 'ganh* uma licitacao', 'venc* a licitacao', 'venc* uma licitacao',
  ],
  // A utility's charge for a meter said to be tampered with (recuperação de consumo, ANEEL Res. 1.000/21) is a consumer
  // dispute over a bill: "desvio" there is of energy, not of assets hidden.
  // The supply's cut announced by the supplier ("se eu não pagar cortam a luz", "o fornecimento será suspenso", "a energia será
  // cortada") or already done ("cortaram minha luz", "desligou a energia", "suspendeu o fornecimento"): building block of
  // `tipo-nao-simples` beside a meter-fraud charge (`IMPLIED_FEATURES`). A cut done under a TOI is the same dispute as one announced,
  // further on: lawful only for the 90 days' consumption ascertained with the consumer heard (STJ Tema 699; Resolução ANEEL
  // 1.000/2021 arts. 590-596; CDC art. 22), so the reconnection is asked at once by an urgent order (CPC art. 300).
  'corte-anunciado': [
    ...SUPPLY_CUT_TOLD, 'vao cortar', 'cortam a luz', 'cortam a energia', 'cortam a agua', 'aviso de corte', 'ameaca de corte', 'ameacando cortar',
    'corte da luz', 'corte de luz', 'corte da energia', 'corte de energia', 'suspender o fornecimento',
    'fornecimento sera suspenso', 'suspensao do fornecimento', 'corte do fornecimento', 'vao desligar',
    'suspendeu o fornecimento', 'suspenderam o fornecimento', 'fornecimento suspenso', 'fornecimento foi suspenso',
    ...LANDLORD_CUTS,
  ],
  // The landlord named as such (`corte-pelo-locador`, `IMPLIED_FEATURES`): the one who lets the home, in the tenant's words. Weighs
  // nothing alone (every lease case names one); beside the supply's cut it says who cut it, in an area where the utility is no party.
  'locador-nomeado': [...LANDLORD_NAMED, ...LANDLORD_CUTS],
  // The power or water company named (`corte-pelo-locador`'s `unless`): the cut is the supplier's, the landlord only whose house it is.
  'fornecedor-nomeado': SUPPLIER_NAMED,
  // Someone at home whose health hangs on the supply (`VITAL_EQUIPMENT`). Weighs nothing alone (a billing dispute, a device bought);
  // with the supply's cut it is `corte-com-vida-em-risco` (`IMPLIED_FEATURES`).
  'equipamento-vital': VITAL_EQUIPMENT,
  'irregularidade-de-medicao': ['desvio no medidor', 'desvio de energia', 'desvio na rede', 'desvio no relogio', 'desvio de agua', 'desvio de consumo'],
  'origem-ilicita': ['produto de roubo', 'fruto de roubo', 'objeto de roubo', 'era de roubo', 'carga de roubo'],
  // The earnings the client lost while the product or the service failed, asked as such (`lucro-cessante-de-consumo`): the statute's
  // own "deixou de lucrar" in lay verbs, the days without work, and the jobs lost ("os fretes que deixei de fazer"). Not the loss
  // only told ("to perdendo dinheiro"), which a refund or a new product answers.
  // The supplier or seller denying the defect came with the product, blaming the installation, the work or the buyer (CDC art. 12 §3º II; CC art. 441).
  'origem-do-defeito-negada': [
    ...['nao e', 'nao foi', 'nao eh', 'nao era'].flatMap((isnt) => [`${isnt} defeito de fabrica`, `${isnt} defeito de fabricacao`, `${isnt} defeito do produto`, `${isnt} vicio de fabrica`]),
    ...['culpa', 'problema', 'defeito', 'culpa e', 'problema e', 'defeito e'].flatMap((fault) => [`${fault} da obra`, `${fault} da instalacao`, `${fault} do pedreiro`, `${fault} da parede`]),
    'problema e a instalacao', 'problema e a tomada', 'problema e o assentamento', 'problema e a estrutura', 'agora o problema e meu', 'o problema e seu',
  ],
  'lucro-cessante-de-consumo': [
    ...['deixei', 'deixo', 'deixando', 'deixamos'].flatMap((lost) => ['ganhar', 'faturar', 'lucrar'].map((earn) => `${lost} de ${earn}`)),
    'lucro que deixei', 'lucro que eu deixei', 'dias sem trabalhar', 'dias que fiquei sem trabalhar', 'dias que eu fiquei sem trabalhar', 'dias sem rodar',
    'dias que fiquei sem rodar', 'dias que eu fiquei sem rodar',
    ...['frete', 'fretes', 'corridas', 'entregas', 'viagens', 'obra', 'obras', 'servico', 'servicos', 'trabalho', 'trabalhos', 'eventos'].flatMap((work) =>
      [`${work} que deixei de fazer`, `${work} que eu deixei de fazer`]),
    // The work itself told lost while the product or the service failed: the contracts, orders, clients, patients, jobs or freights
    // the client names as lost, refused or called off ("perdi dois contratos", "perdi as encomendas de páscoa", "tive que recusar três
    // trabalhos", "tive que desmarcar os pacientes"), and the day's takings lost ("a diária que eu perco"). A certain, countable loss,
    // the direct effect of the failure (CC art. 403), is what lucros cessantes are (CC art. 402; CDC art. 6º VI), unlike a loss only
    // feared or told vaguely ("to perdendo dinheiro", "preciso dele pra trabalhar"), which stays out. Not a paper mislaid ("perdi os
    // contratos", "perdi a nota"), a hotel night, an event or a class missed as a guest or a pupil.
    ...LOST_WORK_VERBS.flatMap((lost) => [
      ...LOST_WORK_NOUNS.flatMap((work) => LOST_WORK_COUNTS.filter((count) => work !== 'contratos' || !['os', 'meus'].includes(count))
        .map((count) => (count ? `${lost} ${count} ${work}` : `${lost} ${work}`))),
      ...LOST_WORK_ONE.map((work) => `${lost} ${work}`),
    ]),
    'diaria que eu perco', 'diaria que perco', 'perco a diaria', 'perco uma diaria', 'perco diaria', 'perdendo a diaria', 'perdendo diaria', 'perdendo as diarias',
  ],
  // The client made the transfer the fraudster asked for (`golpe-induzido`): to a "conta segura", or told as the client's own act.
  'golpe-induzido': [
    'conta segura', 'conta de seguranca', 'conta segura do banco',
    ...['transferencia', 'o pix', 'os pix', 'a transferencia', 'as transferencias'].flatMap((made) => [
      `fui eu que fiz ${made}`, `fui eu quem fiz ${made}`, `eu mesma fiz ${made}`, `eu mesmo fiz ${made}`, `eu mesma que fiz ${made}`, `eu mesmo que fiz ${made}`,
    ]),
    'me induziram a fazer', 'me induziu a fazer', 'me convenceram a fazer', 'me convenceu a fazer', 'me convenceram a transferir', 'me convenceu a transferir',
    'me fizeram transferir', 'me fez transferir', 'me fizeram fazer o pix', 'me fez fazer o pix',
  ],
  // The bank's own hold for fraud prevention or a security review: no court order (it displaces `constricao` and
  // `processo-em-curso`, `DISPLACED_FEATURES`).
  'bloqueio-pelo-banco': BANK_HOLD_REASONS,
  // The pay, the retirement or the benefit named (`renda-citada`; not "pensão", a family's support as often as a pension): with the
  // bank's own hold, a food income held (`salario-retido-pelo-banco`).
  'renda-citada': ['aposentadoria', 'beneficio', 'salario', 'contracheque', 'holerite', 'provento', 'proventos', 'conta salario', 'pagamento do mes', 'o pagamento caiu', 'meu pagamento'],
  // A seizure threatened or to come ("senão penhora", "vão penhorar a casa") is a collector's lever, not an execution under way.
  'constricao-ameacada': THREATENED_SEIZURE,
  // The property sold to someone else, told by who occupies it ("o imóvel foi vendido para uma incorporadora", "o dono vendeu o prédio",
  // "o novo proprietário", "o dono novo", "o comprador me mandou sair"). Weighs nothing alone: in a lease it is the sale the tenant's preference and the buyer's notice turn on (`IMPLIED_FEATURES`).
  'imovel-vendido': [
    ...['imovel', 'predio', 'apartamento', 'galpao', 'ponto', 'terreno'].flatMap((good) => [`${good} foi vendido`, `vendeu o ${good}`, `venderam o ${good}`]),
    ...['casa', 'sala', 'loja'].flatMap((good) => [`${good} foi vendida`, `vendeu a ${good}`, `venderam a ${good}`]),
    'novo dono', 'nova dona', 'novo proprietario', 'nova proprietaria', 'dono novo', 'dona nova', 'proprietario novo', 'proprietaria nova', 'o comprador', 'a compradora', 'direito de preferencia', 'nao me ofereceu', 'ninguem me ofereceu', 'sem me oferecer',
  ],
  // A home bought and never registered in the buyer's name (contrato de gaveta, a receipt, a word given): only the registration
  // transfers ownership (CC art. 1.245), so the seller's heirs, creditors or lender may take it; the buyer's way out is an
  // adjudicação compulsória or a usucapião, each proved. Weighs nothing alone: with the client's home at stake it is
  // `moradia-sem-registro` (`IMPLIED_FEATURES`).
  'compra-sem-registro': [
    'contrato de gaveta', 'contrato da gaveta', 'compra de gaveta', 'comprei de gaveta', 'comprou de gaveta', 'compramos de gaveta', 'de gaveta',
    'sem escritura', 'nunca passou a escritura', 'nunca passei a escritura', 'nunca passaram a escritura', 'escritura nunca foi passada', 'nao passou a escritura',
    'nao passei a escritura', 'nunca passou pro meu nome', 'nunca passou para o meu nome', 'nunca passei pro meu nome', 'nunca passei para o meu nome',
    'casa nao esta no meu nome', 'imovel nao esta no meu nome', 'terreno nao esta no meu nome', 'apartamento nao esta no meu nome', 'escritura nao esta no meu nome',
    'no nome do antigo dono', 'comprou de boca', 'comprei de boca', 'contrato particular de compra e venda',
    // A lot in a subdivision never registered (loteamento irregular or clandestino): no lot of it can be sold nor its sale
    // registered until the subdivision is (Lei 6.766/79 arts. 18 and 37), so the buyer holds no title, as with a contrato de gaveta.
    'loteamento irregular', 'loteamento clandestino', 'loteamento sem registro', 'loteamento nao registrado', 'loteamento nunca foi registrado',
    'loteamento nao foi registrado', 'loteamento nao tem registro', 'loteamento nao e registrado', 'lote sem registro', 'terreno sem registro',
    'loteamento nem foi registrado', 'loteamento nem e registrado',
    // The deed never drawn, in the buyer's words, and a receipt as the only title: the sale by a private paper, never registered.
    'nunca passamos a escritura', 'nunca fizemos a escritura', 'nunca fiz a escritura', 'nunca lavrei a escritura', 'jamais lavrei a escritura', 'jamais passei a escritura',
    'instrumento particular de compra e venda', 'so tenho um recibo', 'so tenho o recibo', 'so tenho recibo', 'so tenho os recibos', 'tenho so o recibo', 'tenho so um recibo',
    'tenho so os recibos', 'so com recibo', 'so com um recibo', 'so no recibo',
    // A place bought "de posse": the seller held it without a title, so the buyer holds none either (the usucapião or the Reurb is the way).
    ...['comprei', 'comprou', 'compramos', 'compraram', 'comprado', 'comprada'].flatMap((bought) =>
      ['', 'uma casa', 'a casa', 'um terreno', 'o terreno', 'um lote', 'o lote', 'uma chacara', 'uma chacrinha', 'a chacara', 'um sitio', 'o sitio'].map((thing) =>
        `${bought}${thing ? ` ${thing}` : ''} de posse`)),
  ],
  // No one left to sign the deed of a home or land bought without one (`compra-sem-registro`): the seller dead (the estate's heirs
  // must sign, or the court for them) or the land with no matrícula at all (no owner in the registry to sign). Weighs nothing alone: with
  // the purchase never registered it is `escritura-sem-outorgante` (`IMPLIED_FEATURES`), as is the seller who vanished (`parte-sumida`).
  // The death is the seller's, told by who sold or by the clause that follows the sale ("um senhor que já é falecido", "ele já faleceu"),
  // never any death ("o fiador morreu", "meu pai faleceu em 2019"), which is an heir's case.
  'sem-outorgante': [
    ...['vendedor', 'vendedora', 'vendedores', 'que me vendeu', 'que nos vendeu', 'que vendeu', 'antigo dono', 'antiga dona', 'antigos donos', 'loteador', 'dono do loteamento',
      'proprietario', 'proprietaria', 'senhor', 'senhora'].flatMap((seller) =>
      ['faleceu', 'morreu', 'ja faleceu', 'ja morreu', 'e falecido', 'e falecida', 'ja e falecido', 'ja e falecida', 'veio a falecer'].map((died) => `${seller} ${died}`)),
    ...['vendedor', 'vendedora', 'antigo dono', 'antiga dona', 'loteador', 'proprietario', 'proprietaria'].flatMap((seller) => [`${seller} falecido`, `${seller} falecida`]),
    'ele ja faleceu', 'ela ja faleceu', 'ele ja morreu', 'ela ja morreu', 'que ja e falecido', 'que ja e falecida', 'que ja faleceu', 'que ja morreu',
    ...['ela', 'ele', 'o dono', 'a dona', 'os donos'].flatMap((seller) => ['faleceu antes de passar', 'morreu antes de passar', 'faleceu sem passar', 'morreu sem passar'].map((died) => `${seller} ${died}`)),
    'nao tem matricula', 'nao tem nenhuma matricula', 'nao tem matricula nenhuma', 'nao possui matricula', 'nunca teve matricula', 'nem matricula', 'sem matricula',
    'nao existe matricula',
  ],
  // Whoever must sign the deed of a place the client bought (the seller, the seller's spouse or heirs) refusing it: the buyer's way is
  // the adjudicação compulsória (CC arts. 1.417-1.418; Súmula 239 STJ), by a suit or before the registry (Lei 6.015/73 art. 216-B).
  'escritura-recusada': [
    ...['nao quer assinar', 'nao querem assinar', 'se recusa a assinar', 'se recusam a assinar', 'se recusou a assinar', 'se recusaram a assinar', 'recusa assinar',
      'se nega a assinar', 'se negam a assinar', 'se negou a assinar', 'nao aceita assinar', 'nao quer passar', 'nao querem passar', 'nao quer dar', 'nao querem dar',
      'se recusa a passar', 'se recusa a dar'].flatMap((refuse) => [`${refuse} a escritura`, `${refuse} escritura`]),
  ],
  'dupla-venda': [
    'dupla venda', 'venda dupla', 'venda em duplicidade', 'vendeu duas vezes', 'vender duas vezes', 'vendido duas vezes', 'vendida duas vezes',
    'vendeu para duas pessoas', 'vendeu pra duas pessoas', 'vendeu o mesmo terreno', 'vendeu o mesmo lote', 'vendeu o mesmo imovel', 'vendeu a mesma casa',
    'vendeu o mesmo apartamento', 'vendeu a mesma area', 'vendeu o mesmo sitio',
    // The same double sale told by the buyer who learns of the other one ("outra pessoa diz que comprou o mesmo terreno").
    ...['comprou', 'comprado', 'tambem comprou'].flatMap((bought) =>
      ['o mesmo terreno', 'o mesmo lote', 'o mesmo imovel', 'a mesma casa', 'o mesmo apartamento', 'a mesma area', 'o mesmo sitio'].map((thing) => `${bought} ${thing}`)),
  ],
  // Whoever holds the title (the owner's heirs, a buyer at an auction or of the property, a bank, a former owner) claiming the place
  // back from who occupies it: the possessory or the title's suit (reintegração de posse, CPC arts. 554-568; imissão na posse and the
  // reivindicatória, CC art. 1.228) or its threat told in everyday words ("querem que eu saia", "querem me tirar de lá", "quer a casa de
  // volta", "me chamam de invasor"). Only the claim that the occupant leave: "diz que o terreno é dele" is as often a neighbour's over a
  // strip of the boundary (CC art. 1.297). Weighs nothing alone: with a possession of years (`posse-longa`) it
  // is `posse-antiga-disputada` (`IMPLIED_FEATURES`).
  'posse-reclamada': [
    'reintegracao de posse', 'reintegracao da posse', 'reintegracao na posse', 'acao de reintegracao', 'imissao na posse', 'imissao de posse', 'acao possessoria',
    'acao reivindicatoria', 'reivindicatoria', 'pediu reintegracao', 'pediram reintegracao', 'entrou com reintegracao', 'entraram com reintegracao',
    'pedido de reintegracao', 'arrematante', 'foi arrematada', 'foi arrematado', 'arremataram a casa', 'arrematou a casa',
    ...['quer', 'querem', 'querendo', 'ta querendo', 'tao querendo'].flatMap((want) => [
      `${want} que eu saia`, `${want} que a gente saia`, `${want} que nos saia`, `${want} que nos saiamos`, `${want} que ela saia`, `${want} que ele saia`,
      `${want} me tirar`, `${want} me despejar`, `${want} despejar a gente`, `${want} nos despejar`, `${want} tirar a gente`, `${want} nos tirar`, `${want} tirar ela`, `${want} tirar ele`, `${want} tirar minha`, `${want} tirar meu`,
      ...['a casa', 'o terreno', 'o imovel', 'o sitio', 'a terra', 'o apartamento', 'o lote', 'a chacara'].map((place) => `${want} ${place} de volta`),
    ]),
    'me tirar de la', 'me tirar daqui', 'me tirar da casa', 'tirar a gente de la', 'tirar a gente daqui',
    'com eu dentro', 'comigo dentro', 'com a gente dentro', 'com nos dentro',
    'que eu sou invasor', 'que eu sou invasora', 'que a gente e invasor', 'que somos invasores', 'me chamam de invasor', 'me chamam de invasora',
  ],
  // No rent ever paid nor asked, never a tenant, the place lent or given over for free (a comodato, CC arts. 579-585; `HOME_LENT`):
  // no lease under the years in the place (Lei 8.245/91 art. 1º), so a "despejo" the owner's heirs threaten is the title's claim
  // against a possessor, whose defence is the possession itself and the usucapião (CC arts. 1.238-1.242; Súmula 237 STF). Weighs
  // nothing alone: it keeps `posse-antiga-disputada` where the words of an eviction read the case as a lease (`DISPLACED_FEATURES`).
  'sem-aluguel': [
    ...['nunca', 'jamais'].flatMap((never) =>
      ['paguei', 'pagamos', 'pagou', 'pagaram', 'pagava', 'pagavamos', 'paguei nada de', 'pagamos nada de', 'paguei nd de', 'pagou nada de'].flatMap((paid) =>
        ['aluguel', 'arrendamento'].map((rent) => `${never} ${paid} ${rent}`))),
    ...['nunca', 'jamais'].flatMap((never) =>
      ['me cobrou', 'me cobraram', 'nos cobrou', 'nos cobraram', 'cobrou', 'cobraram'].map((asked) => `${never} ${asked} aluguel`)),
    'nunca paguei nada a ninguem', 'nunca paguei nada pra ninguem', 'nunca paguei nada para ninguem', 'nunca pagamos nada a ninguem', 'nunca pagamos nada pra ninguem',
    'nunca ninguem me cobrou', 'nunca ninguem cobrou', 'ninguem nunca me cobrou', 'ninguem nunca cobrou',
    'sem pagar aluguel', 'sem nunca pagar aluguel', 'nunca fui inquilino', 'nunca fui inquilina', 'nunca fomos inquilinos', 'nunca teve contrato de aluguel',
    'nunca tive contrato de aluguel', 'nunca tivemos contrato de aluguel', 'nunca houve contrato de aluguel', 'nunca teve aluguel',
    // A stay "de favor" (also `ocupante-de-imovel-alheio`: one phrase, both features).
    'de favor',
    ...HOME_LENT,
  ],
  // The client's own home: where they live, the only one they have (bem de família, Lei 8.009/90).
  moradia: [
    'minha casa', 'nossa casa', 'minha residencia', 'nossa residencia', 'onde moro', 'onde eu moro', 'onde moramos', 'onde a gente mora', 'moro nela', 'moro nele',
    'moramos nela', 'moramos nele', 'moro na casa', 'moramos na casa', 'moro no imovel', 'moramos no imovel', 'moro no apartamento', 'moramos no apartamento',
    'moro numa casa', 'moramos numa casa', 'moro em uma casa', 'moro la', 'moramos la', 'moro aqui', 'moramos aqui', 'unica casa', 'unico imovel', 'unica moradia',
    'bem de familia', 'construi minha casa', 'construimos nossa casa', 'construi a casa', 'eu continuei morando', 'continuo morando',
    // The home named inside a longer phrase that hides "minha casa", and the family with nowhere else to live.
    'leilao da minha casa', 'leilao do meu apartamento', 'nao temos para onde ir', 'nao temos pra onde ir', 'nao tenho para onde ir', 'nao tenho pra onde ir',
    'nao temos outro lugar', 'nao tenho outro lugar',
  ],
  // Two businesses claiming one sign: registration against prior use (LPI arts. 129 §1 and 124 V; CC art. 1.166), a demand to
  // stop using it and damages (LPI art. 209): a dispute with evidence of dates on both sides, not a registration.
  'conflito-de-marca': [
    'pare de usar o nome', 'parar de usar o nome', 'deixe de usar o nome', 'deixar de usar o nome', 'troque o nome da', 'trocar o nome da loja', 'trocar o nome da empresa',
    'violando a marca', 'violacao de marca', 'violacao da marca', 'uso indevido de marca', 'uso indevido da marca', 'uso indevido do nome',
    'anulacao do registro', 'nulidade do registro', 'nulidade da marca', 'direito de precedencia', 'colidencia', 'abstencao de uso',
    // Another business registered the sign the client uses (LPI art. 129 §1: the prior user's precedence).
    'registrou no inpi', 'registraram no inpi', 'registrou a marca', 'registraram a marca', 'registrou o nome', 'registraram o nome',
    // A competitor using the client's sign, told as the business that opened under it or the sign copied (LPI arts. 189 and 195 III).
    'loja com o mesmo nome', 'empresa com o mesmo nome', 'negocio com o mesmo nome', 'mesmo nome da minha loja', 'mesmo nome da minha empresa', 'mesmo nome do meu negocio',
    'copiaram a marca', 'copiou a marca', 'copiaram o logo', 'copiou o logo', 'copiaram o logotipo', 'copiou o logotipo', 'parem de usar o nome', 'parem de usar a marca', 'pare de usar a marca',
  ],
  // Nobody holds the sign's registration yet: building block of `DISPLACED_FEATURES`.
  'marca-sem-registro': [
    // With what was registered told after it ("ninguém registrou no INPI"), longer than the conflict's own "registrou no INPI".
    ...['ninguem registrou', 'nenhum dos dois registrou', 'nenhuma das duas registrou', 'nenhuma das empresas registrou'].flatMap((nobody) =>
      ['', ' no inpi', ' a marca', ' o nome'].map((what) => `${nobody}${what}`),
    ),
    'ninguem tem o registro', 'ninguem tem registro', 'nenhum registro da marca', 'nao tem nenhum registro', 'nem eu nem ele registrou', 'nem eu nem eles registraram',
  ],
  // A partner competing with the company or taking its clients breaks the duty of loyalty (CC arts. 1.011 and 1.085; concorrência
  // desleal, LPI art. 195): exclusion of the partner and damages, with the company's assets and its clients at stake.
  // The company itself at stake between its partners (`sociedade-em-jogo`; CC arts. 1.028-1.032, 1.077, 1.085-1.086; CPC arts.
  // 599-609; Lei 6.404/76 art. 206): told in the lawyer's words or the client's.
  'sociedade-em-jogo': [
    // The share's value denied outright or put to an expert (CC art. 1.031; CPC arts. 604-606: the balanço de determinação, the
    // expert's valuation). Not a leaving partner who only finds the offer low ('o valor justo da minha parte', 'só o capital social'):
    // a withdrawal with the haveres to settle, which a lawyer reads medium.
    'balanco de determinacao',
    ...['minha parte', 'minhas cotas', 'minhas quotas', 'minha metade', 'minha participacao'].flatMap((share) =>
      ['nao vale nada', 'nao valem nada', 'nao vale quase nada'].map((nothing) => `${share} ${nothing}`)),
    'avaliar a empresa', 'avaliando a empresa', 'avaliacao da empresa', 'avaliar a sociedade', 'pericia pra avaliar', 'pericia para avaliar', 'pericia contabil',
    // A partner's exclusion (CC arts. 1.030 and 1.085-1.086).
    'exclusao de socio', 'exclusao do socio', 'exclusao da socia', 'exclusao por justa causa', 'anular a exclusao',
    ...['excluir', 'tirar'].flatMap((verb) => ['ele', 'ela', 'o socio', 'a socia', 'meu socio', 'minha socia'].map((who) => `${verb} ${who} da sociedade`)),
    ...['me excluir', 'me excluiram', 'me excluiu', 'me tirar', 'me tiraram', 'me expulsar', 'me expulsaram'].flatMap((out) => [`${out} da sociedade`, `${out} do quadro societario`]),
    'excluido da sociedade', 'excluida da sociedade', 'quer me tirar da empresa', 'querem me tirar da empresa',
    // The company dissolved or liquidated (CC arts. 1.033-1.034; Lei 6.404/76 art. 206).
    'dissolver a empresa', 'dissolver a sociedade', 'dissolver a companhia', 'dissolucao da sociedade', 'dissolucao da empresa', 'dissolucao da companhia',
    'liquidar a empresa', 'liquidacao da empresa', 'liquidacao da sociedade', 'impedir a liquidacao',
    // Control fought over: a deadlock, a partner locked out of the company or its account, removed from the administration, diluted.
    'impasse na empresa', 'impasse na sociedade', 'impasse total', 'ninguem aprova nada',
    ...['trocou', 'mudou'].flatMap((verb) => ['a senha do banco da empresa', 'a senha da conta da empresa', 'a senha do banco da loja', 'a senha da conta da loja'].map((what) => `${verb} ${what}`)),
    'me tirou da administracao', 'me tiraram da administracao', 'destituir o administrador', 'destituicao do administrador',
    'diluir a minha participacao', 'diluir minha participacao', 'diluicao da minha participacao', 'aumento de capital so pra', 'poder de veto',
    // The company's clients or revenue diverted by a partner (CC arts. 1.011 and 1.016; Lei 9.279/96 art. 195 III).
    ...PARTNER_DIVERTING,
    'desviando os clientes', 'desviando clientes', 'desviando os pacientes', 'levou os clientes', 'levou nossos clientes', 'empresa concorrente', 'servico por fora com os clientes',
  ],
  // The leaving partner's share or the dead or divorced partner's quotas refused, underpaid or kept out by the partners who stay
  // (`haveres-em-disputa`; CC arts. 1.027-1.029 and 1.031-1.032; CPC arts. 599-609).
  'haveres-em-disputa': [
    // The share's payment refused ("não aceitam pagar o valor justo", "se recusam a me pagar a minha parte").
    ...['nao aceita', 'nao aceitam', 'nao quer', 'nao querem', 'se recusa a', 'se recusam a'].flatMap((refuse) => ['pagar', 'me pagar'].flatMap((pay) =>
      ['a minha parte', 'minha parte', 'a parte dele', 'a parte dela', 'o valor justo', 'o valor real', 'as quotas', 'as cotas', 'minhas quotas', 'minhas cotas', 'os haveres', 'o que eu tenho direito', 'o que tenho direito']
        .map((share) => `${refuse} ${pay} ${share}`))),
    // The share priced below its worth: the capital social, the contract's figure or an old balance instead of the balance at the date of leaving (CC art. 1.031).
    'so o capital social', 'so o valor do capital social', 'pelo capital social', 'pelo valor do capital social', 'com base no capital social',
    'pelo valor do contrato social', 'pelo valor patrimonial', 'balanco antigo', 'balanco velho', 'balanco desatualizado',
    ...['o valor justo', 'o valor real'].flatMap((worth) => ['da minha parte', 'pela minha parte', 'das minhas quotas', 'das minhas cotas', 'das quotas', 'das cotas'].map((share) => `${worth} ${share}`)),
    // Any right to the share denied, or the partner told a mere employee of a partnership never registered (CC arts. 981 and 986-988).
    'nao tenho direito a nada', 'nao tem direito a nada', 'nao temos direito a nada', 'nao tenho parte nenhuma', 'nao tem parte nenhuma',
    ...['eu era so', 'eu era apenas'].flatMap((only) => ['funcionario', 'funcionaria', 'empregado', 'empregada', 'um funcionario', 'uma funcionaria', 'um empregado', 'uma empregada'].map((staff) => `${only} ${staff}`)),
    // The quotas passed to an heir or an ex-spouse who is no partner (CC arts. 1.027-1.028), or the heirs kept out of the company.
    ...['herdou', 'herdaram', 'ficou com'].flatMap((got) => ['as quotas', 'as cotas', 'metade das quotas', 'metade das cotas'].map((quotas) => `${got} ${quotas}`)),
    'quotas na partilha', 'cotas na partilha', 'entrem na sociedade', 'entremos na sociedade', 'deixaram a gente de fora', 'deixar os herdeiros de fora',
  ],
  'disputa-societaria': ['concorrencia desleal', 'tirar ele da sociedade', 'tirar ela da sociedade', 'tirar da sociedade', 'excluir da sociedade', 'excluir ele da sociedade',
    ...PARTNER_OUT,
    // A partner diverting the company's money or its clients (`PARTNER_DIVERTING`; CC arts. 1.011 and 1.085, Lei 9.279/96 art. 195 III).
    ...PARTNER_DIVERTING,
    // The partners' dispute that routes the case (`PARTNERS_DISPUTE`): a partner shut out or expelled, the haveres.
    ...PARTNERS_DISPUTE,
    'exclusao de socio', 'exclusao do socio', 'apuracao de haveres', 'dissolucao da sociedade', 'prestacao de contas', 'socio majoritario', 'socio minoritario', 'socio administrador', 'socia administradora', 'administrador da empresa', 'administrador da sociedade',
    // The partner who runs the company told so ('ele é o administrador'): not a bare 'administrador', as often a farm's or a building's manager.
    'ele e o administrador', 'ela e a administradora', 'ele que e o administrador', 'ela que e a administradora', 'ele e que e o administrador',
    // The books kept from a partner (CC arts. 1.020-1.021: the partner's right to examine the books and the yearly balance): what
    // the quota is worth is hidden, and the withdrawal or the accounts become a suit with an expert's valuation (CPC arts. 550 and 604).
    'nao me mostra balanco', 'nao me mostra o balanco', 'nao me mostra os balancos', 'nao mostra balanco', 'nao mostra o balanco', 'nao mostra os balancos',
    'nao me deixa ver o balanco', 'nao me deixa ver os livros', 'nao me mostra a contabilidade', 'nao mostra a contabilidade', 'esconde o balanco', 'esconde a contabilidade',
    'nao presta contas', 'nao me presta contas',
    // A partner taking the company's money for himself (confusão patrimonial, CC art. 50; the administrator's duty, art. 1.011).
    'retiradas indevidas', 'retirada indevida', 'retiradas nao autorizadas', 'retiradas sem autorizacao', 'confusao patrimonial',
    'despesas pessoais com o cartao da empresa', 'despesas pessoais no cartao da empresa', 'despesas pessoais com dinheiro da empresa', 'gastos pessoais com o cartao da empresa',
    // A partner's heirs against the partners who remain (CC art. 1.028): who enters, and what the quota is worth.
    'socio faleceu', 'socio morreu', 'morte do socio', 'falecimento do socio', 'herdeiros do socio', 'viuva do socio',
    // A partnership never registered (sociedade em comum, CC arts. 986-990) and a partner's share asked on leaving: the partnership
    // must be proved first (between partners in writing, CC art. 987: messages, transfers), then the business valued (apuração de
    // haveres, CC art. 1.031; CPC arts. 599-609).
    'sociedade de fato', 'sociedade em comum', 'sociedade informal', 'socio de fato', 'socia de fato', 'socios de fato',
    'minha parte do negocio', 'minha parte no negocio', 'minha parte da empresa', 'minha parte na empresa', 'minha parte da sociedade', 'minha parte na sociedade'],
};
