import { LEGAL_AREA_CODES } from '../interview-engine.constants';
import { Complexity, LegalAreaCode } from '../interview-engine.types';
import { MINIMUM_WAGE_FOR_BANDS } from './numbers.lexicon';

/** Every area but `area`. */
const allAreasBut = (area: LegalAreaCode): LegalAreaCode[] => LEGAL_AREA_CODES.filter((code) => code !== area);

/** Every area but labour law: there a company's size or investments are the employer's, not the worker's claim. */
const NOT_LABOUR = allAreasBut('trabalhista');
/** Every area but family law, where a parent's benefit or job is the income support is paid from. */
const NOT_FAMILY = allAreasBut('familia');
/** Every area but social security, where the companies a client worked for are the employers of a contribution history. */
const NOT_SOCIAL_SECURITY = allAreasBut('previdenciario');
/** Every area but consumer law, where the supplier's refusal is what brings the claim, not proof it disputes. */
const NOT_CONSUMER = allAreasBut('consumidor');
/** Areas where a disabled person's right refused weighs (`pcd-com-direito-negado`): not social security nor tax, where the disability is the benefit's or the exemption's condition. */
const DISABILITY_RIGHTS_AREAS = LEGAL_AREA_CODES.filter((code) => code !== 'previdenciario' && code !== 'tributario');
/** Areas where a relative killed by another is harm claimed or a crime's result: not family law (an inventory) nor social security (a pension). */
const DEATH_CLAIM_AREAS = LEGAL_AREA_CODES.filter((code) => code !== 'familia' && code !== 'previdenciario');

/**
 * A crime's results that weigh whoever the client is (`vitima-do-crime`): a serious crime, a death or a lasting injury (CP arts. 121,
 * 129 §§1º-3º and 157 §3º), tried by a jury or punished heavily, whose prosecution the victim's family follows at length.
 */
const SERIOUS_CRIME_RESULTS = ['crime-grave', 'dano-grave', 'dano-permanente', 'morte-causada'];
/**
 * What keeps a victim's case grave beside the prosecution followed (`lesao-sarada-da-vitima`): a death, a sequel or a life put at risk
 * (CP arts. 121 and 129 §§1º II and 2º), the client accused, a danger told now, a child's abuse or beating (ECA art. 13; CP art. 217-A).
 */
const GRAVE_FOR_THE_VICTIM = ['morte-causada', 'morte-relatada', 'dano-permanente', 'risco-a-saude', 'acusado-de-crime', 'ameaca-armada', 'ameaca-relatada', 'violencia', 'custodia-em-risco', 'crianca-abusada', 'crianca-agredida'];

/** One line of the complexity table: what a lawyer would weigh, and how much. */
export interface ComplexityFeature {
  /** Shown in `analysis_details` when the feature counted. */
  label: string;
  points: number;
  /** A case with this feature is at least medium, whatever the sum: a lawyer never treats it as a simple case. */
  notLow?: boolean;
  /** Adds its points to the sum, but is none of the strong features a high case needs (`HIGH_NEEDS_FEATURE_POINTS`). */
  addsOnly?: boolean;
  /** The areas in which the feature weighs, when its words mean something else elsewhere; all areas when absent. */
  areas?: LegalAreaCode[];
}

/**
 * The complexity model, as a table a lawyer can read and correct. A case's score is the sum of
 * the points of its features; `COMPLEXITY_THRESHOLDS` turn it into a level. Word features are
 * found by `COMPLEXITY_PHRASES`; the others are computed from the facts (value, deadline, parties,
 * areas, kind of case). Weights were fitted on the "tune" half of the shared cases with
 * `npx ts-node --swc eval/fit-complexity.ts` and checked on the other half.
 */
export const COMPLEXITY_FEATURES: Record<string, ComplexityFeature> = {
  'valor-10mil': { label: 'valor em jogo acima de R$ 10 mil', points: 1 },
  'valor-50mil': { label: 'valor em jogo acima de R$ 50 mil', points: 2 },
  'valor-300mil': { label: 'valor em jogo acima de R$ 300 mil', points: 2, notLow: true },
  'valor-1milhao': { label: 'valor em jogo acima de R$ 1 milhão', points: 4, notLow: true },
  // A labour claim told at a sum within the summary rite (`SUMMARY_RITE_MAX`; CLT art. 852-A): heard at one hearing and decided in it
  // (arts. 852-C and 852-H), its defendant never served by edict (art. 852-B II). Weighs nothing: it keeps `rescisao-sonegada` off a
  // severance of years whose sum the worker already told as a plain one (`IMPLIED_FEATURES`).
  'valor-do-rito-sumarissimo': { label: 'valor da causa trabalhista dentro do rito sumaríssimo (até 40 salários mínimos)', points: 0, areas: ['trabalhista'] },
  'prazo-24h': { label: 'prazo ou risco para as próximas 24 horas', points: 2 },
  'prazo-72h': { label: 'prazo ou risco para os próximos 3 dias', points: 0 },
  // A crime of violence just suffered by the client (the urgency signal `violencia-recente`): its hours are the police's acts (the
  // flagrante, the report, the exam: CPP arts. 5º, 6º VII, 158 and 301-303), not a harder case; the 24 hours weigh nothing (`DISPLACED_FEATURES`).
  'crime-sofrido-agora': { label: 'crime violento sofrido agora pelo cliente (flagrante, boletim e exame em horas)', points: 0 },
  // A crime's harm over (violence, intimate images spread, a robbery's author arrested), its redress alone asked (`redressedHarm`): no
  // urgent act, but the civil action ex delicto turns on the criminal case (CC art. 935: authorship and fact settled there; CPP arts.
  // 63-64 and 387 IV, the conviction's title and its minimum sum) and on the proof of each head of harm (CC arts. 949-950 and 953);
  // the victim's assistant joins the prosecution (CPP arts. 268-273): never simple, though no strong feature alone. Not in a labour
  // case, where the same violence is the ground of the employer's liability (CLT art. 223-B ss.), weighed as such.
  'dano-de-crime': { label: 'reparação do dano de um crime já cessado (ação civil ex delicto ou assistência à acusação)', points: 1, notLow: true, areas: ['civil', 'criminal', 'familia'] },
  'processo-em-curso': { label: 'processo, citação, intimação, penhora ou audiência já em curso', points: 1 },
  // A traffic fine's defence or appeal running (`IMPLIED_FEATURES`): the proceeding's point, without the floor of a lawsuit due.
  'defesa-de-multa-em-curso': { label: 'defesa ou recurso da multa de trânsito em curso', points: 1, areas: ['administrativo'] },
  constricao: { label: 'bens ou contas já bloqueados ou penhorados por ordem judicial', points: 2 },
  // The client tricked into making the transfer or the Pix themself (a false bank call, a "conta segura"): the bank pleads the
  // victim's exclusive fault (CDC art. 14 §3º II), and the case turns on showing the security failure, the atypical transfers it
  // let through, as the bank's own risk (Súmula 479 STJ). Consumer cases only.
  'golpe-induzido': { label: 'cliente induzido por golpista a fazer a transferência ou o Pix (culpa exclusiva alegada pelo banco)', points: 1, areas: ['consumidor'] },
  // The earnings lost while a product or a service failed, asked of the supplier ("o que eu deixei de ganhar", "os dias sem trabalhar"):
  // the lucros cessantes are a head of damage beyond the price or the repair (CDC art. 6º VI; CC art. 402, "o que razoavelmente deixou
  // de lucrar"), whose amount the client proves and the supplier contests (CC art. 403, the direct consequence), never simple.
  // Consumer cases only: elsewhere the same words are an injury's or a crime's heads of damage, weighed as such.
  // The supplier or seller denying the defect came with the product (CDC art. 12 §3º II; CC art. 441): its cause takes an expert's report.
  'origem-do-defeito-negada': { label: 'fornecedor ou vendedor nega que o defeito venha do produto (culpa a instalação, a obra, o comprador)', points: 1, notLow: true, areas: ['consumidor', 'civil', 'empresarial'] },
  'lucro-cessante-de-consumo': { label: 'lucros cessantes pedidos ao fornecedor (o que o cliente deixou de ganhar com o produto ou serviço falho)', points: 1, notLow: true, areas: ['consumidor'] },
  'bloqueio-pelo-banco': { label: 'conta bloqueada pelo próprio banco (prevenção a fraude), sem ordem judicial', points: 1 },
  // Building block of `salario-retido-pelo-banco` (`IMPLIED_FEATURES`): the client's pay, pension or benefit named.
  'renda-citada': { label: 'salário, aposentadoria, pensão ou benefício citado', points: 0, areas: ['consumidor'] },
  // The bank's own hold on the account the salary, the pension or the benefit falls into: a food income held with no court order
  // (CPC art. 833 IV), the bank answering for its service (CDC art. 14; Súmula 479 STJ), the release asked by a tutela de urgência
  // and the harm repaired. Never simple.
  'salario-retido-pelo-banco': { label: 'salário ou benefício retido na conta bloqueada pelo próprio banco, sem ordem judicial', points: 1, notLow: true, areas: ['consumidor'] },
  // Never simple: the nature of the tie to the platform is unsettled law (STF Tema 1.291), and the reactivation, the balance held and the
  // lost earnings are asked at once, often with a tutela de urgência.
  'bloqueio-de-plataforma': { label: 'conta de trabalho ou de vendas bloqueada pela própria plataforma (aplicativo), sem ordem judicial', points: 1, notLow: true },
  // Weighs nothing alone: a deceased's account frozen by the bank displaces `constricao` (`DISPLACED_FEATURES`).
  'conta-de-falecido': { label: 'conta de pessoa falecida retida pelo banco até a habilitação dos herdeiros ou dependentes', points: 0 },
  liberdade: { label: 'liberdade em jogo (prisão, mandado, condenação)', points: 3, notLow: true },
  // A prisoner's custody at stake now, told by the urgency readings (`SIGNAL_FEATURES`): one serving the open or semi-open regime
  // arrested again (`regressao-cautelar`), whose regression holds only once the convict is heard and is fought by a habeas corpus
  // (LEP art. 118 I and §2º; CPP art. 647), or a prisoner beaten, sworn to death or left without medicine inside (`preso-em-perigo`),
  // whose integrity and health the State keeps, a transfer or the care asked of the execution judge within the day (CF art. 5º XLIX;
  // LEP arts. 14, 40, 41 and 66 VI). Not `liberdade`: the sentence is settled and the prisoner is no crime's author nor its victim to
  // the case, so neither the victim's reading nor the execution's incident drops it. Criminal cases only.
  'custodia-em-risco': { label: 'preso em perigo ou de volta à prisão no regime aberto ou semiaberto (custódia em jogo agora)', points: 3, notLow: true, areas: ['criminal'] },
  'crime-grave': { label: 'crime grave', points: 2, notLow: true },
  // Weighs nothing alone: with a serious crime it means liberty is at stake (`IMPLIED_FEATURES`).
  'acusado-de-crime': { label: 'cliente acusado ou investigado de um crime', points: 0 },
  // The client is the one a protective measure keeps away (the client note `restrained`, Lei 11.340/06 art. 22): the violence told is
  // what the other side alleged against the client, not violence the client suffered, so it displaces `violencia` (`DISPLACED_FEATURES`).
  // Weighs nothing alone: the defence's features (the hearing, the deadline, an arrest) count as in any accusation.
  'medida-contra-o-cliente': { label: 'medida protetiva contra o cliente (Lei 11.340, art. 22)', points: 0 },
  // The client is the crime's victim or the victim's family (`isVictim`: hurt, robbed, deceived, threatened, the one who reported it
  // or wants the author punished) and no one accuses the client (`acusado-de-crime`). Weighs nothing alone: the arrest or the
  // conviction told is the author's, so it displaces `liberdade` for `prisao-do-autor` (`DISPLACED_FEATURES`, `IMPLIED_FEATURES`).
  'vitima-do-crime': { label: 'cliente vítima do crime (ou família da vítima), não acusado', points: 0 },
  // The author of a crime against the client arrested, held or convicted, in the case the victim follows: the liberty at stake is the
  // accused's (CF art. 5º LXI-LXVI; CPP arts. 310-312), defended by the accused's lawyer, not the client's. The victim's part is the
  // assistant's to the prosecution (CPP arts. 268-273: admitted once the action is brought, with its appeals of art. 598), the minimum
  // redress fixed in the judgment (CPP art. 387 IV) and the title it gives (CC art. 935; CPP art. 63), and being told of the author's
  // release (CPP art. 201 §2º), with a protective order where the author threatens (CPP art. 282; Lei 11.340/06 art. 19): never a
  // simple case, but no prisoner to free. Unless the crime killed or maimed (`crime-grave`, `dano-grave`, `dano-permanente`,
  // `morte-causada`), where a jury and a long prosecution weigh as such, save a killer already held (`homicida-preso`). Criminal cases only.
  'prisao-do-autor': { label: 'autor do crime contra o cliente preso ou condenado (assistência à acusação, reparação, proteção)', points: 1, notLow: true, areas: ['criminal'] },
  'morte-relatada': { label: 'morte relatada na história (da vítima ou de um parente)', points: 0 },
  // The family of one killed, the killer already held (`homicida-preso`): the Ministério Público holds the action and the jury's case
  // (CF art. 129 I; CPP arts. 257 I and 406-497); the family joins it as the assistant, who adds evidence, questions and appeals
  // (CPP arts. 268-273), and asks the support and harm owed (CC art. 948; CPP arts. 63 and 387 IV). The death and the author's custody
  // are the prosecution's and the defence's to argue (`DISPLACED_FEATURES`): the family's part is medium. Not where the killer is at
  // large or released, threatens the family, or the client is accused.
  'homicida-preso': { label: 'autor da morte de um familiar do cliente já preso (assistência à acusação, reparação)', points: 1, notLow: true, areas: ['criminal'] },
  'acusacao-acompanhada': { label: 'acompanhar o processo criminal ou a investigação (assistência à acusação)', points: 0, areas: ['criminal'] },
  // The crime's victim (or the victim's family) who follows an inquiry or a prosecution already under way ("a polícia prendeu o ladrão,
  // quero acompanhar o processo", "quero ser assistente de acusação"): the assistant is admitted to the action the Ministério Público
  // brought (CPP arts. 257 I and 268-273), asks back what was seized (CPP arts. 118-120) and the minimum redress of the judgment
  // (CPP art. 387 IV; CC art. 935): a lawyer's part in another's proceeding, never a simple case. Criminal cases only.
  'vitima-assistente': { label: 'vítima que acompanha o inquérito ou a ação penal (assistência à acusação, restituição, reparação)', points: 1, notLow: true, areas: ['criminal'] },
  // The client (or the client's family) is the victim of a crime against the person: beaten, punched, stabbed, shot or run over, or
  // robbed with a knife or a gun held on them (`crime-contra-a-pessoa`, read from `vitima-do-crime` with the violence or the weapon
  // told). A crime of public action (CP arts. 129, 157; CTB arts. 303 and 305) whose inquiry the victim's report opens and follows:
  // the exame de corpo de delito that proves the injury and its gravity (CPP arts. 158-184; CP art. 129 §§1º-2º), the author to find
  // and name, the victim's part as assistant to the prosecution (CPP arts. 268-273) and the protective measures against the author
  // (CPP art. 319 III; Lei 11.340/06 arts. 22-24 between partners or relatives). Never a simple case. Criminal cases only.
  'crime-contra-a-pessoa': { label: 'cliente vítima de agressão, lesão ou roubo com arma (inquérito, corpo de delito, assistência à acusação)', points: 1, notLow: true, areas: ['criminal'] },
  // A knife or a gun held on the client in a robbery or an assault ("me assaltaram com uma faca", "dois caras armados me renderam"):
  // the robbery's weapon (CP art. 157 §2º VII and §2º-A I). Weighs nothing alone: a building block of `crime-contra-a-pessoa`.
  'roubo-com-arma': { label: 'faca ou arma usada contra o cliente num roubo ou agressão', points: 0, areas: ['criminal'] },
  'bens-levados': { label: 'bens do cliente levados (furto ou roubo)', points: 0, areas: ['criminal'] },
  'lesao-sarada-da-vitima': { label: 'lesão da vítima já sarada, a acusação acompanhada ou a reparação pedida (assistência à acusação)', points: 0, areas: ['criminal'] },
  // A benefit of the sentence being served asked for or against (progression, remição, parole, pardon: `beneficio-da-execucao` with
  // the conviction or the prison told, `liberdade`): an incident of the execution before the VEC (LEP arts. 66 III, 112, 126 and 131;
  // CP art. 83), weighed on the time served and the prisoner's conduct, the sentence and its crime already settled. Never a simple
  // case, but no arrest to undo nor a crime to defend: it displaces `liberdade` and the crime's gravity (`DISPLACED_FEATURES`), and
  // only adds up. Criminal cases only.
  'incidente-da-execucao': { label: 'benefício da execução da pena (progressão, remição, livramento, indulto)', points: 2, notLow: true, addsOnly: true, areas: ['criminal'] },
  // Building block of `incidente-da-execucao` (`IMPLIED_FEATURES`): the benefit's words.
  'beneficio-da-execucao': { label: 'benefício da execução pedido', points: 0 },
  // Building blocks of `incidente-da-execucao` (`IMPLIED_FEATURES`): the sentence or the measure being served, and a leave or a missed
  // reporting day of one serving it outside prison.
  'pena-em-execucao': { label: 'pena ou medida em cumprimento', points: 0 },
  'pedido-na-execucao': { label: 'mudança, trabalho ou apresentação faltada de quem cumpre pena fora da prisão', points: 0 },
  // A visit to one already held asked by a relative (the client note `prison-visit`: how to visit, the visitor's card, the jumbo, the
  // clothes or food to bring, the stable union proved to visit): the prisoner's right to visits (LEP art. 41 X and parágrafo único) is
  // asked of the prison's administration, the custody settled (the custody hearing long past, CPP art. 310) and no crime to defend
  // nor arrest to undo. Building block of `visita-ao-preso` (`IMPLIED_FEATURES`). Criminal cases only.
  'visita-pedida': { label: 'visita a preso pedida por parente', points: 0, areas: ['criminal'] },
  // The visit asked with nothing of the custody at stake (`IMPLIED_FEATURES`): it displaces `liberdade`, the author's arrest and the
  // crime's gravity (`DISPLACED_FEATURES`) and the kind of case read from the prison's words (`KIND_FREE_FEATURES`), so the case is low
  // by itself. Criminal cases only.
  'visita-ao-preso': { label: 'visita a preso de custódia assentada (LEP art. 41 X), nada da prisão em jogo', points: 0, areas: ['criminal'] },
  // What a prisoner's family asks of the custody itself, beside a visit: the release (a habeas corpus, the preventive arrest revoked,
  // CPP arts. 316 and 647), a house arrest (CPP art. 318; LEP art. 117), a transfer (LEP arts. 86 and 103) or a temporary leave (LEP
  // arts. 122-125), each a judge's decision. Weighs nothing alone: it keeps the visit from reading as a settled custody (`visita-ao-preso`).
  'pedido-sobre-a-custodia': { label: 'soltura, transferência, domiciliar ou saída temporária do preso pedida', points: 0 },
  // Weighs nothing alone: a release on bail displaces `liberdade` unless the crime is serious (`DISPLACED_FEATURES`).
  'solto-com-fianca': { label: 'preso solto mediante fiança', points: 0 },
  // One released at the custody hearing or on provisional release, answering the case free (CPP arts. 310 III, 319 and 321): no
  // arrest to undo today, so it displaces `liberdade` unless the crime is serious (`DISPLACED_FEATURES`); but a criminal case runs
  // against the accused (the inquiry, the denúncia, the defence's answer and the hearing, CPP arts. 396-400), with the measures'
  // terms to keep on pain of a preventive arrest (CPP art. 282 §4º): never a simple case. Criminal cases only.
  'solto-aguardando-o-processo': { label: 'solto na audiência de custódia ou com liberdade provisória, respondendo ao processo em liberdade', points: 1, notLow: true, areas: ['criminal'] },
  // An adolescent held in internação provisória whose authorship of the act is denied: the detention stands only on sufficient
  // evidence of authorship (ECA art. 108 parágrafo único) and lasts at most 45 days (arts. 108 and 183), so the defence contests it
  // at once (habeas corpus) and at the hearings (arts. 184 and 186), where no measure is imposed without proof that the adolescent
  // took part in the act (art. 189 IV). Criminal cases only; a held adolescent who admits the act stays with the hearing's features.
  'internacao-contestada': { label: 'adolescente internado provisoriamente que nega a autoria (ECA arts. 108, 183 e 189 IV)', points: 3, notLow: true, areas: ['criminal'] },
  // Building blocks of `internacao-contestada` (`IMPLIED_FEATURES`): the adolescent held, and the authorship denied.
  'adolescente-internado': { label: 'adolescente em internação provisória', points: 0 },
  'autoria-negada': { label: 'autoria do ato negada', points: 0 },
  // Building blocks of `solto-com-fianca` (`IMPLIED_FEATURES`): a bail set, and the person released (the client note `custody-ended`).
  'fianca-arbitrada': { label: 'fiança arbitrada', points: 0 },
  'custodia-encerrada': { label: 'preso já solto', points: 0 },
  // Accused of a crime whose loss passes R$ 50 mil (a diversion from the employer, a fraud through the client's account): the
  // non-prosecution agreement and the suspended sentence need the damage repaired (CPP art. 28-A I; CP art. 78 §2), the loss raises
  // the base penalty (CP art. 59, the crime's consequences), and the victim may have the client's goods seized for it (CPP arts. 125-137).
  // The client or a relative named to the police as the author of a taking (furto, apropriação indébita, estelionato: "fez BO contra
  // mim dizendo que eu furtei", "me denunciou na polícia falando que eu roubei", "tô sendo investigada por furto"). Each carries more
  // than two years, beyond the juizado and its transação (CP arts. 155, 168 and 171; Lei 9.099/95 art. 61): the inquiry runs (CPP
  // arts. 5º II and 6º), the client is heard as investigated, the defence asks for its own diligences and sees the records (CPP art.
  // 14; Lei 8.906/94 art. 7º XIV and XXI; Súmula Vinculante 14), and the non-prosecution agreement or the suspension turns on the harm
  // repaired (CPP art. 28-A I; Lei 9.099/95 art. 89). Never simple, though no strong feature alone. Criminal cases only: the same
  // accusation beside a dismissal or a lease is weighed in its own area.
  'apontado-por-furto': { label: 'cliente apontado à polícia como autor de furto, apropriação ou estelionato (defesa no inquérito)', points: 1, notLow: true, addsOnly: true, areas: ['criminal'] },
  'acusado-de-prejuizo-alto': { label: 'acusado de crime com prejuízo acima de R$ 50 mil (reparação, acordo de não persecução, sequestro de bens)', points: 2, notLow: true, areas: ['criminal'] },
  'repercussao-penal': { label: 'investigação criminal ao lado de um caso de outra área', points: 2, notLow: true },
  // Weighs nothing alone: an inquiry archived or an acquittal displaces `repercussao-penal` (`DISPLACED_FEATURES`).
  'investigacao-encerrada': { label: 'investigação criminal já encerrada (arquivada ou com absolvição)', points: 0 },
  // A record to clean of a case already over ("limpar a ficha", "tirar dos antecedentes"): once the sentence is served or extinct, the
  // certificates omit it (LEP art. 202), and the reabilitação is a petition with the proof of it (CP arts. 93-95; CPP arts. 743-748);
  // an acquittal leaves nothing to record. It takes back the points the arrest's kind of case gives.
  'ficha-a-limpar': { label: 'limpar a ficha de um caso já encerrado (reabilitação, LEP art. 202)', points: -2, areas: ['criminal'] },
  vulneravel: { label: 'pessoa vulnerável envolvida (criança, idoso, doente, vítima de violência)', points: 1 },
  // The client a child or an adolescent telling their own age or minority ("tenho 15 anos", "sou menor de idade"): a party who cannot act
  // alone, represented under 16 and assisted until 18 (CC arts. 3º-5º; CPC arts. 71-72), the Public Prosecutor heard (CPC art. 178 II),
  // whose work, support, contracts and accounts the law treats apart (CF art. 7º XXXIII; CLT arts. 403-405 and 439; ECA arts. 3º-5º
  // and 60-69; CC arts. 166 I and 171 I): never a simple case. It displaces `vulneravel`, whose point it carries (`DISPLACED_FEATURES`).
  'cliente-menor': { label: 'o próprio cliente é criança ou adolescente (menor de idade, representado ou assistido)', points: 1, notLow: true },
  // The client a child or an adolescent hurt in their person by a crime: beaten, attacked, threatened with a weapon or sexually
  // offended (`IMPLIED_FEATURES`). The child victim is heard apart, by the escuta especializada and the depoimento especial (Lei
  // 13.431/17 arts. 4º-5º, 7º-12), the protective measures and the aggressor's removal are asked at once (ECA arts. 98, 101 and 130),
  // and the crime is graver for the age (CP arts. 61 II h and 129 §7º; ECA arts. 232 and 241-D). Criminal cases only.
  'crime-contra-menor': { label: 'crime contra a pessoa do próprio cliente, criança ou adolescente (violência, lesão, ameaça armada, ofensa sexual)', points: 3, notLow: true, areas: ['criminal'] },
  // Weighs nothing alone: a relative told as vulnerable ("minha esposa tá grávida", "tenho um filho autista") is `vulneravel` except in
  // a claim that is the client's own (`familiar-alheio-a-causa`, `IMPLIED_FEATURES`).
  'vulneravel-de-familiar': { label: 'familiar vulnerável mencionado (gestante, criança, idoso, pessoa com deficiência)', points: 0 },
  'familiar-alheio-a-causa': { label: 'familiar vulnerável que não é parte nem é atingido pelo pedido', points: 0 },
  internacional: { label: 'elemento internacional ou de outro estado', points: 2, notLow: true },
  'varias-partes': { label: 'várias partes contrárias ou responsabilidade dividida', points: 2 },
  // The other side blames the weather alone ("a culpa é da chuva", "foi do vento"): força maior alleged (CC art. 393), a defence of
  // the one party sued, not a second party sharing the liability (`varias-partes`): it weighs nothing.
  'culpa-do-tempo': { label: 'a outra parte atribui o dano ao tempo (chuva, vento): força maior alegada', points: 0 },
  // Building block of `varias-partes` (`IMPLIED_FEATURES`): several companies told of ("as duas empresas", "três firmas").
  'varias-empresas': { label: 'várias empresas citadas', points: 0 },
  'grupo-3': { label: 'grupo de 3 ou mais partes', points: 1 },
  'grupo-5': { label: 'grupo de 5 ou mais partes', points: 2, notLow: true },
  'muitos-envolvidos': { label: '4 ou mais envolvidos distintos', points: 1 },
  'risco-a-saude': { label: 'vida ou saúde em risco agora (UTI, emergência)', points: 2, notLow: true },
  // A patient the doctor says may die without the care awaited (a bed in the ICU through the SUS regulation, a surgery, a drug): the
  // State's or the plan's duty (CF art. 196, STF Tema 793; Lei 9.656/98 art. 35-C) asked by a tutela de urgência the same day (CPC
  // art. 300), with the medical report as its proof and a fine or a blocked sum to make it obeyed. Only where the care is owed.
  'risco-de-morte': { label: 'paciente que pode morrer sem o tratamento, segundo o médico', points: 2, notLow: true, areas: ['administrativo', 'consumidor'] },
  'tratamento-negado': { label: 'tratamento de saúde negado (cirurgia, remédio, internação)', points: 2, notLow: true },
  'ameaca-armada': { label: 'arma apontada, homens armados ou tentativa contra a vida', points: 3, notLow: true },
  violencia: { label: 'violência contra o cliente ou a família', points: 2, notLow: true },
  // A parent's move with the child opposed by the other parent (CC arts. 1.583 §3 and 1.634 V): a consent to supply in court and
  // the custody and visits to redraw across the distance, often with an urgent request. Family cases only.
  'mudanca-com-filho': { label: 'mudança de cidade ou estado com o filho sem a concordância do outro genitor', points: 2, notLow: true, areas: ['familia'] },
  // The move with the child that the other parent threatens to report as a kidnapping (CP art. 249 §1º; ECA art. 237; abroad the
  // Hague Convention, Decreto 3.413/00): the consent must be supplied by the court before the move (CC art. 1.634 V; ECA art. 84),
  // against a parent who will contest it and answer the move with a complaint and a suit for the custody. Family cases only.
  'sequestro-imputado': { label: 'mudança com o filho que o outro genitor ameaça denunciar como sequestro', points: 2, notLow: true, areas: ['familia'] },
  'crianca-retida': { label: 'criança levada ou retida por outra pessoa', points: 2, notLow: true },
  // Building block of `retencao-contra-a-guarda` (`IMPLIED_FEATURES`): the custody the court gave the client ("a guarda é minha, foi o juiz").
  'guarda-do-cliente': { label: 'guarda da criança com o cliente, decidida', points: 0, areas: ['familia'] },
  // Building block of `retencao-contra-a-guarda`'s exception: the child found or back with the client ("a polícia achou eles", "desde então mora comigo").
  'crianca-de-volta': { label: 'criança já encontrada ou de volta com o cliente', points: 0, areas: ['familia'] },
  // A child kept past a visit or the holidays against the custody the court gave the client (`crianca-retida` with `guarda-do-cliente`
  // and `prazo-24h`): the decision enforced by the child's search and seizure with an injunction within the day, the police at hand, the
  // keeping a crime and an act of parental alienation (CC arts. 1.583-1.584 and 1.634; CPC arts. 300 and 536 §1º; CP art. 249; ECA art. 249;
  // Lei 12.318/10 art. 2º). Not a child kept where no custody was decided (the custody to be set first, CC art. 1.584). Family cases only.
  'retencao-contra-a-guarda': { label: 'criança retida contra a guarda decidida em favor do cliente (busca e apreensão)', points: 2, notLow: true, areas: ['familia'] },
  // The child kept and hidden, where they are unknown (CPC art. 536 §1º; CP arts. 248-249; Lei 12.318/2010 art. 2º p.u. IV): with the
  // child kept (`crianca-retida`) the case is high, the child to be found before the search and seizure. Family cases only.
  'crianca-escondida': { label: 'criança escondida de quem tem a guarda', points: 2, notLow: true, areas: ['familia'] },
  // A child beaten by whoever has them in care (ECA arts. 18-A and 98 II; CP arts. 129 §9 and 136): the child is at risk at
  // home, and the case is the child's protection now (guarda provisória, afastamento do agressor, ECA art. 130). Family and
  // criminal cases only (`NOTE_AREA_WORD_FEATURES`); the child is vulnerable (`IMPLIED_FEATURES`).
  // A child about to be taken into institutional care, or whose parents may lose parental authority: the measure is exceptional
  // and only a judge orders it (ECA art. 101 §§1-2), the destituição is a contested suit with the Ministério Público (arts. 155-163),
  // and what is decided is where the child will grow up. Family and criminal cases only (its own `areas`).
  'acolhimento-da-crianca': { label: 'criança em risco de acolhimento institucional ou destituição do poder familiar', points: 3, notLow: true, areas: ['familia', 'criminal'] },
  'crianca-agredida': { label: 'criança ou adolescente agredido por quem cuida dele', points: 3, notLow: true },
  // A tax assessment over R$ 300 mil: a technical defence in the administrative proceeding (Decreto 70.235/72; the states' own
  // laws), then the dívida ativa and a tax enforcement with accounts blocked (Lei 6.830/80), and a criminal referral where
  // fraud is alleged (Lei 8.137/90; Lei 9.430/96 art. 83). Tax cases only (`IMPLIED_FEATURES`).
  'autuacao-vultosa': { label: 'autuação fiscal acima de R$ 300 mil', points: 2, notLow: true },
  // Imported goods held by the customs until a tax difference or a fine is paid, under a special control for suspected
  // undervaluation (IN RFB 1.986/2020) and under threat of forfeiture (pena de perdimento, DL 1.455/76 art. 23; DL 37/66 art.
  // 105): the release is asked by mandado de segurança (holding goods to force a payment is unlawful, Súmula 323 STF), with a
  // guarantee, while storage and demurrage run by the day and the business's orders are lost. Never a simple assessment.
  // Tax and business cases only: elsewhere "mercadoria apreendida" is the police's seizure.
  'mercadoria-retida': { label: 'mercadoria retida na alfândega, com risco de perdimento', points: 2, notLow: true, areas: ['tributario', 'empresarial'] },
  // A tax collected by holding what the client needs to work or to move: a licence (alvará, licenciamento) or the invoices refused
  // until the debt is paid, the vehicle or the goods held, the shop threatened with the seal. Coercing payment so is unlawful
  // (sanção política: Súmulas 70, 323 and 547 STF; STF ADI 173 and RE 565.048, Tema 31), and the way out is a mandado de segurança
  // or a request for an injunction (Lei 12.016/09 art. 7º III; CPC art. 300) while the business stands still and the yard's daily
  // fees run (and, for a vehicle held for fines, Súmula 510 STJ), with the debt itself contested. Tax and administrative cases only:
  // elsewhere a car in the yard is a traffic or a police matter.
  'sancao-politica': { label: 'cobrança de tributo com alvará, nota fiscal, veículo ou mercadoria retidos até o pagamento (sanção política)', points: 1, notLow: true, areas: ['tributario', 'administrativo'] },
  // A company's exclusion from the Simples Nacional notified by the tax authority (termo or ato declaratório de exclusão, LC 123/06
  // arts. 28-29 and 33; Resolução CGSN 140/2018 arts. 81-84): for debts (art. 17 V), a barred activity (art. 17), revenue over the
  // ceiling (art. 30) or an irregularity (art. 29). Not the debt is at stake but the business's whole tax regime: excluded, it pays
  // every tax under the general regime from the exclusion's effect on (arts. 31-32), so even a small debt weighs. The term runs:
  // 30 days to pay or parcel the debt and make the exclusion void (art. 31 §2º), or to contest it in the tax proceeding of the
  // authority that excluded (art. 39; Decreto 70.235/72 art. 15 for the Receita). Never low. Told as the act done or notified, not
  // as a threat in a collection letter ("posso ser excluído"). Tax and business cases only (the business may be routed so).
  'exclusao-do-simples': { label: 'empresa excluída do Simples Nacional (termo de exclusão com prazo para regularizar ou contestar)', points: 1, notLow: true, areas: ['tributario', 'empresarial'] },
  // Building block of `idoso-agredido` (`IMPLIED_FEATURES`): an elder's card or benefit kept by another (the client note
  // `elder-abuse`), which alone weighs as a second area (`TWO_REGIME_NOTES`).
  'idoso-explorado': { label: 'cartão ou benefício de pessoa idosa retido por outra pessoa', points: 0 },
  // An elder whose money is taken by whoever lives with them, with violence and threats in the same home: the elder's protection now
  // (Estatuto da Pessoa Idosa arts. 43-45), as with a child beaten (`crianca-agredida`). Family and criminal cases (`NOTE_FEATURES`).
  'idoso-agredido': { label: 'pessoa idosa explorada, agredida e ameaçada por quem convive com ela', points: 3, notLow: true },
  // Building block of `idoso-agredido` (`IMPLIED_FEATURES`): a threat the client told (the client note `threat`).
  'ameaca-relatada': { label: 'ameaça relatada', points: 0 },
  // A threat to kill the client or a relative told in reported speech (`THREAT_TO_KILL_NAMED`): the crime of threat (CP art. 147) with
  // the gravest harm promised, prosecuted on the victim's representation within six months (CP art. 103; CPP art. 38), where the
  // victim's statement, the witnesses or the messages must prove the words and their seriousness, and protective measures may be
  // asked (CPP art. 319 III; Lei 11.340/06 arts. 7º II, 22 between partners or relatives): never simple. Criminal cases only; it
  // weighs once with the violence a death threat in the first person already is, and not where the client is the one accused. A threat
  // alone is a minor offence (Lei 9.099/95 art. 61): it keeps the case from low and adds up, never itself a strong feature (`addsOnly`).
  // Weighs nothing alone: the threat to kill told as the client's own words, alleged by the other side, displaces `ameaca-de-morte-relatada`.
  'ameaca-atribuida-ao-cliente': { label: 'ameaça de morte que a outra parte atribui ao cliente', points: 0 },
  'ameaca-de-morte-relatada': { label: 'ameaça de matar o cliente ou um familiar, contada em discurso indireto', points: 2, notLow: true, addsOnly: true, areas: ['criminal'] },
  // Building block of `vitima-coagida` (`IMPLIED_FEATURES`): a revenge sworn on a crime's victim or witness, or the client pressed to drop
  // the case or not to testify (the urgency signals `retaliacao` and `retaliacao-velada`, `SIGNAL_FEATURES`).
  'vinganca-jurada': { label: 'vingança jurada contra vítima ou testemunha', points: 0 },
  // Building block of `vitima-coagida` (`IMPLIED_FEATURES`): a stab or a shot the client or a relative took, a crime against life.
  'atentado-contra-a-vida': { label: 'facada ou tiro sofrido pelo cliente ou familiar', points: 0 },
  // Building block of `atentado-com-autor-solto` (`IMPLIED_FEATURES`): the author of the crime against the client not held.
  'autor-nao-preso': { label: 'autor do crime contra o cliente não preso', points: 0, areas: ['criminal'] },
  // A stab or a shot the client or a relative took (`atentado-contra-a-vida`) with its author at large: fled, never caught, released or
  // answering at liberty (`parte-sumida`, `autor-nao-preso`, `custodia-encerrada`). An attempt on life or a grave bodily harm by knife or
  // firearm (CP arts. 121 c/c 14 II, 129 §§1º-2º and 157 §3º), tried by a jury where life was attempted (CF art. 5º XXXVIII d), the
  // preventive arrest the victim asks against a new attack (CPP arts. 311-313 and 282; 319 III), the victim's protection (Lei 9.807/99
  // art. 1º): a case as heavy as a death's or a maiming's, high with the crime against the person it comes with. Criminal cases only,
  // not the client accused.
  'atentado-com-autor-solto': { label: 'facada ou tiro sofrido pelo cliente ou familiar, com o autor solto ou foragido (tentativa de homicídio, prisão preventiva, proteção)', points: 4, notLow: true, areas: ['criminal'] },
  // Building block of `vitima-coagida` (`IMPLIED_FEATURES`): the client a witness in a case (the client note `witness`).
  'testemunha-do-processo': { label: 'cliente testemunha em processo', points: 0 },
  // Building block of `vitima-coagida` (`IMPLIED_FEATURES`): a robbery suffered by the client ("me assaltou", "fui assaltado", "assaltaram
  // minha loja"), a crime of violence or grave threat against the person (CP art. 157).
  'roubo-sofrido': { label: 'cliente vítima de assalto', points: 0, areas: ['criminal'] },
  // The revenge sworn by the author of a crime against the client, released or awaiting trial at liberty or convicted, or sworn on a
  // witness or victim of a case that runs: the coação no curso do processo or the threat (CP arts. 147 and 344), the ground to ask the
  // arrest again or other measures (CPP arts. 282, 312 and 316; 319 III; Lei 11.340/06 arts. 22-24 between partners or relatives) and
  // the witness's protection (Lei 9.807/99 art. 1º), within the day. Criminal cases only; a threat from a stranger with no crime or
  // case behind it is the threat's own minor case (Lei 9.099/95 art. 61).
  'vitima-coagida': { label: 'autor de crime solto, condenado ou processado jurando vingança contra a vítima ou testemunha', points: 3, notLow: true, areas: ['criminal'] },
  'crime-sexual': { label: 'ofensa à dignidade sexual (assédio, importunação, abuso, imagens íntimas)', points: 2, notLow: true },
  // Building block of `exposicao-intima-em-curso` (`IMPLIED_FEATURES`): intimate images told spread or threatened (the urgency signal
  // `exposicao-intima`, `SIGNAL_FEATURES`), whether now or long ago.
  'imagens-intimas-expostas': { label: 'imagens íntimas divulgadas ou ameaçadas de divulgação', points: 0 },
  // Building block of `exposicao-intima-em-curso` (`IMPLIED_FEATURES`): a harm told over (the client note `harm-over`: the images
  // deleted, gone, taken down). Family and criminal cases only (`NOTE_FEATURES`).
  'dano-cessado': { label: 'dano relatado como já cessado', points: 0 },
  // An adult's intimate images spread or threatened to be spread, told now (the signal counted within 24 hours, not a leak of a past
  // year nor one whose redress alone is asked): the crime of CP art. 218-C (Lei 13.718/18), the extortion or the threat that uses them
  // (CP arts. 158 and 147), between partners the violência psicológica and moral of Lei 11.340/06 art. 7º II and V (Lei 13.772/18)
  // with its protective orders (arts. 22-24); the takedown asked of each provider on the victim's notice (Marco Civil art. 21) and the
  // author identified through the records the courts order kept and handed over (arts. 13-15 and 22), before the copies multiply:
  // never a simple case. Criminal cases only; not the client accused of the leak.
  'exposicao-intima-em-curso': { label: 'imagens íntimas do cliente divulgadas ou ameaçadas agora (retirada urgente e medidas protetivas)', points: 2, notLow: true, areas: ['criminal'] },
  // A sexual offence against a child or another vulnerable person told in a family case (`IMPLIED_FEATURES`): the child's protection
  // now (ECA art. 130; CC art. 1.584 §5º; Lei 13.431/17) beside the crime (CP art. 217-A). Family cases only: in a criminal case
  // the same pair is a serious crime (`crime-grave`).
  'abuso-sexual-de-vulneravel': { label: 'abuso sexual de criança ou pessoa vulnerável relatado em caso de família', points: 2, notLow: true, areas: ['familia'] },
  // Building block of `crime-sexual` and `vulneravel` (`IMPLIED_FEATURES`): a child's or an adolescent's sexual abuse or naked images told
  // (the client note `child-sexual-abuse`, a child named: "abusou do meu filho", "estuprou minha sobrinha", "filmou os meninos pelados").
  // Family and criminal cases only (`NOTE_FEATURES`).
  'crianca-abusada': { label: 'abuso sexual ou imagens íntimas de criança ou adolescente relatados', points: 0 },
  // Building block of `vulneravel` with `crime-sexual` (`IMPLIED_FEATURES`): the offence told among a school's pupils or the client a pupil.
  'entre-alunos': { label: 'imagens ou ofensa espalhadas entre alunos de uma escola', points: 0 },
  // Building block of `camera-oculta` (`IMPLIED_FEATURES`): a camera found hidden where people undress or sleep (the client note
  // `hidden-camera`). Family and criminal cases only (`NOTE_FEATURES`).
  'camera-encontrada': { label: 'câmera escondida encontrada onde se troca de roupa ou dorme', points: 0 },
  // The victim of a camera hidden in a bathroom, a fitting room, a locker room or a let bedroom (CP art. 216-B, registro não autorizado
  // da intimidade sexual): the author is often unknown and the people filmed many (everyone who used the room, for as long as it was
  // there); the device and its storage must be seized before they are wiped (CPP arts. 6º II-III and 240 §1º e), the recordings traced
  // to the cloud or to sites and taken down (Marco Civil arts. 21-22), their spread being a further and heavier crime (CP art. 218-C);
  // and the hotel, the shop, the gym or the landlord answers for the place beside the author (CDC art. 14; CC arts. 932 III and 933).
  'camera-oculta': { label: 'vítima de câmera escondida onde se troca de roupa ou dorme (CP art. 216-B)', points: 2, notLow: true, areas: ['criminal'] },
  'dano-grave': { label: 'dano grave à pessoa (morte, sequela, lesão séria)', points: 3, notLow: true },
  // Building blocks of `dano-grave` (`IMPLIED_FEATURES`): a relative killed, told with the killing verb, and the same words after "quase"
  // (a death avoided, which weighs nothing).
  'morte-causada': { label: 'morte de um parente causada por outro (matou, mataram)', points: 0 },
  'morte-evitada': { label: 'morte evitada (quase matou)', points: 0 },
  // A worker killed in an accident of the work (`mentionsDeathInAccident`): beside the harm (`dano-grave`, `IMPLIED_FEATURES`), the
  // dependants' claim is a pension to reckon over the life the worker would have lived and a moral damage of each relative (CC art.
  // 948 I-II; CF art. 7º XXVIII), against an employer who pleads the victim's fault or against the contractor and the main company
  // together (CC art. 942; STF Tema 932 for a risky activity). A lawyer never weighs it medium. Labour cases only.
  'morte-em-acidente': { label: 'morte do trabalhador em acidente de trabalho (pensão e dano moral dos dependentes)', points: 2, notLow: true, areas: ['trabalhista'] },
  // A death in the State's custody or care (`mentionsDeathInStateCustody`: a prisoner, a patient of a public hospital, a pupil of a
  // public school): the State answers for it objectively (CF art. 37 §6; STF Tema 592: the duty to keep a prisoner alive, CF art. 5º
  // XLIX), so the death is harm done by a public body (`IMPLIED_FEATURES`), whoever the client names as the one to answer. Weighs
  // nothing alone; only where the death is claimed for or prosecuted: not an inventory nor a pension by death.
  // A death in a road crash told in one sentence (`mentionsDeathInRoadCrash`): in a criminal case the death the driver answers for, in a
  // civil one the death whose damages are claimed (`IMPLIED_FEATURES`). Weighs nothing alone, and only there: elsewhere (a pension, an
  // inventory) the crash is the story, not the claim.
  'morte-no-transito': { label: 'morte em acidente de trânsito', points: 0, areas: ['criminal', 'civil'] },
  'morte-sob-custodia': { label: 'morte de pessoa sob a guarda do Estado (preso, paciente, aluno)', points: 0, areas: ['administrativo', 'civil', 'criminal'] },
  'lesao-corporal': { label: 'lesão corporal (ferimento, mordida, agressão)', points: 1 },
  'dano-a-vulneravel': { label: 'dano grave a pessoa vulnerável (criança, idoso, doente)', points: 1 },
  // An elder's or a child's savings or home worth R$ 300 mil or more at stake against a supplier or the State (a bank fraud that
  // emptied a pensioner's savings, an old widow's house expropriated for a pittance; `IMPLIED_FEATURES`): the hypervulnerable party's
  // livelihood itself, with the Ministério Público in the case and the weakness the other side exploited to prove (CDC art. 39 IV;
  // Estatuto da Pessoa Idosa arts. 3º, 71 and 75; ECA art. 202; CPC art. 178 II; Decreto-Lei 3.365/41 art. 27).
  'patrimonio-de-vulneravel': { label: 'patrimônio de idoso ou criança acima de R$ 300 mil em jogo contra fornecedor ou o Poder Público', points: 2, notLow: true },
  'prova-disputada': { label: 'prova contestada, falsa ou faltando', points: 1 },
  // Weighs nothing alone: the other side's bare refusal is disputed proof save in a consumer case (`IMPLIED_FEATURES`).
  'recusa-da-outra-parte': { label: 'a outra parte nega o pedido ou a responsabilidade', points: 0 },
  // A period the INSS would not count (rural work, special time, teaching, years a labour court recognised): its proof is the
  // case (início de prova material and witnesses, Lei 8.213/91 art. 55 §3 and Súmula 149 STJ; PPP and LTCAT for special time).
  // Never simple: the claim stands or falls on that proof, so the case is at least medium.
  'tempo-controvertido': { label: 'tempo de trabalho que o INSS não reconheceu (rural, especial, sem registro)', points: 1, notLow: true, areas: ['previdenciario'] },
  'beneficio-cessado': { label: 'benefício que era pago e foi cortado ou suspenso', points: 1, areas: ['previdenciario'] },
  // Work or contributions abroad to count for the benefit: the INSS counts them only through the social-security agreement with that
  // country (Lei 8.213/91 art. 85-A; with Portugal, Decreto 1.457/95; with Japan, Decreto 7.702/12), by its liaison forms exchanged with
  // the foreign institution, each scheme paying its pro-rata share of the periods added together (the totalização), the insured status
  // and the dependants read under both; the foreign scheme's own benefit is asked there. Two systems and their records: a lawyer
  // weighs it high beside the foreign element (`internacional`). Social-security cases only.
  'tempo-no-exterior': { label: 'tempo de trabalho ou contribuições no exterior a contar por acordo internacional (totalização)', points: 2, notLow: true, areas: ['previdenciario'] },
  // Building blocks of `periodo-de-graca-prorrogado` (`IMPLIED_FEATURES`): the INSS's ground that the insured status was lost (the
  // client note `insured-status-lost`, `PARTY_NOTE_FEATURES`) and an involuntary unemployment told (a dismissal, "fiquei desempregado").
  'qualidade-de-segurado-negada': { label: 'INSS alega perda da qualidade de segurado', points: 0, areas: ['previdenciario'] },
  'desemprego-involuntario': { label: 'desemprego involuntário relatado (dispensa, demissão, seguro-desemprego)', points: 0, areas: ['previdenciario'] },
  // A benefit refused for the insured status lost where the insured was dismissed and stayed unemployed: the grace period of 12
  // months after the last contribution (Lei 8.213/91 art. 15 II) runs 12 months more for the unemployed (§2º) and 12 more after 120
  // contributions without losing the status (§1º), the unemployment proven by other means than the Ministry's record (Súmula 27 TNU;
  // STJ Pet 7.115/PR), and the status kept until the 16th day of the month after the term ends (§4º; Decreto 3.048/99 art. 14). The
  // dates of the dismissal, of the last contribution and of the onset of the incapacity or the death are to reckon and prove: never
  // simple. Not where the status was lost by one who stopped paying by choice (a self-employed or an MEI), nor a maternity pay
  // (`DISPLACED_FEATURES`), nor a question asked with no benefit refused.
  'periodo-de-graca-prorrogado': { label: 'qualidade de segurado negada a quem ficou desempregado (período de graça prorrogado a provar)', points: 1, notLow: true, areas: ['previdenciario'] },
  // Building blocks of `qualidade-pelos-recolhimentos` (`IMPLIED_FEATURES`): the client's own contributions (carnê, DAS) told as paid
  // every month or stopped by choice (`mentionsContributionsSettled`), beside the INSS's ground that the insured status was lost.
  'contribuicoes-em-dia-ou-paradas': { label: 'contribuições próprias (carnê, DAS) pagas em dia ou paradas por opção', points: 0, areas: ['previdenciario'] },
  'qualidade-pelos-recolhimentos': { label: 'qualidade de segurado negada a quem recolhe por conta própria, contada pelos recolhimentos', points: 0, areas: ['previdenciario'] },
  // Building block of `recolhimentos-a-provar` (`IMPLIED_FEATURES`): the own contributions paid in arrears or stopped by the illness
  // (`mentionsContributionsLateOrStoppedByIllness`).
  'contribuicoes-atrasadas-ou-pela-doenca': { label: 'contribuições próprias pagas em atraso ou paradas pela doença', points: 0, areas: ['previdenciario'] },
  // A benefit refused, or the insured status denied, to one whose own contributions were paid in arrears or stopped by the illness:
  // arrears count for the status but not for the carência (Lei 8.213/91 art. 27 II), and a status kept or lost turns on the date the
  // incapacity began, before or after the grace period ran out (arts. 15 II and §4º, 102 §1º) and before or after the payments resumed
  // (an illness before the re-affiliation, arts. 42 §2º and 59 §1º): the onset is the medical proof the case stands on, never simple.
  'recolhimentos-a-provar': { label: 'benefício negado a quem pagou contribuições em atraso ou parou pela doença (carência e início da incapacidade a provar)', points: 1, notLow: true, areas: ['previdenciario'] },
  // Weighs nothing alone: the benefit refused by the INSS (the client note `benefit-denied`), a dispute beside which the elder's or the
  // child's age weighs again (`DISPLACED_FEATURES`).
  'beneficio-negado': { label: 'benefício negado pelo INSS', points: 0, areas: ['previdenciario'] },
  // Weighs nothing alone: a new request the client means to make to the INSS (`mentionsNewRequest`) displaces the refusal's dispute (`DISPLACED_FEATURES`).
  'novo-pedido': { label: 'novo pedido ao INSS que o cliente pretende fazer', points: 0, areas: ['previdenciario'] },
  // Weighs nothing alone: a benefit held for want of the proof of life displaces `beneficio-cessado` (`DISPLACED_FEATURES`).
  'prova-de-vida': { label: 'benefício retido por falta de prova de vida', points: 0, areas: ['previdenciario'] },
  // Building blocks of `sequela-de-volta-ao-trabalho` (`IMPLIED_FEATURES`): the insured back at work, after a benefit for incapacity.
  'volta-ao-trabalho': { label: 'segurado que voltou a trabalhar', points: 0, areas: ['previdenciario'] },
  'sequela-de-volta-ao-trabalho': { label: 'segurado de volta ao trabalho após o auxílio por incapacidade (auxílio-acidente)', points: 0, areas: ['previdenciario'] },
  // A licence the client lives from (taxi, truck, app, bus): its suspension or cassation is the loss of the livelihood, and a
  // professional driver has defences of his own (the preventive course at 30 points, CTB art. 261 §5). Weighs only in an
  // administrative case, where the licence is what is at stake; alone (a plain fine) it leaves the case low.
  'motorista-profissional': { label: 'CNH de quem dirige para viver (taxista, caminhoneiro, motorista de aplicativo)', points: 1, areas: ['administrativo'] },
  // Building block of `cnh-do-sustento-suspensa` (`IMPLIED_FEATURES`): a procedure to suspend or revoke the licence (CTB arts. 261 and
  // 263; Res. CONTRAN 723/2018), not a fine alone. Also of `cnh-do-vendedor-em-risco` in a civil case.
  'suspensao-da-cnh': { label: 'processo de suspensão ou cassação da CNH', points: 0, areas: ['administrativo', 'civil'] },
  // Building block of `cnh-do-sustento-suspensa`: the driver to identify for a fine (indicação do condutor, CTB art. 257 §7º): when the
  // owner did not name the real driver in time, he is presumed the offender, and the points another scored are his to rebut.
  'condutor-a-indicar': { label: 'indicação do condutor da infração em jogo', points: 0, areas: ['administrativo'] },
  // The licence of who drives for a living in a procedure to suspend or revoke it, on points another driver scored whose indication
  // is in question (`IMPLIED_FEATURES`): the owner presumed the offender (CTB art. 257 §§7º-8º) rebuts it with proof of where he was,
  // the livelihood is what the procedure decides, and the professional driver's defences are the case (the 40-point threshold and the
  // preventive course of the holder with EAR, art. 261 I and §§5º-7º; the penalty's graduation, art. 261 §1º). Never a plain fine.
  'cnh-do-sustento-suspensa': { label: 'suspensão ou cassação da CNH de quem dirige para viver', points: 1, notLow: true, areas: ['administrativo'] },
  // Building block of `cnh-do-vendedor-em-risco` (`IMPLIED_FEATURES`): a vehicle the client sold that the buyer never transferred
  // (the client note `vehicle-not-transferred`, `PARTY_NOTE_FEATURES`). Alone (fines or the IPVA in the seller's name) it leaves the case low.
  'veiculo-nao-transferido': { label: 'veículo vendido que o comprador não transferiu', points: 0, areas: ['civil'] },
  // The seller's licence suspended or to be revoked on the points of the buyer who never transferred the vehicle (`IMPLIED_FEATURES`):
  // jointly liable for the fines until the sale is communicated (CTB art. 134), the seller answers the Detran's procedure (arts. 261 and
  // 263) beside the claim against the buyer to transfer it and take the infractions and their points (CC arts. 247-249; CPC art. 536),
  // the date of the sale and the driver to prove. Never the fines alone.
  'cnh-do-vendedor-em-risco': { label: 'CNH do vendedor em risco pelas infrações de quem comprou e não transferiu', points: 1, notLow: true, areas: ['civil'] },
  // Building blocks of a meter-fraud charge disputed under a cut (`IMPLIED_FEATURES`): the supplier's TOI or its "recuperação de
  // consumo" (the client note `meter-fraud-notice`), and the supply's cut announced or already done.
  'fraude-no-medidor-alegada': { label: 'distribuidora acusa fraude no medidor (TOI, recuperação de consumo)', points: 0, areas: ['consumidor'] },
  // Also read in a lease, where who cut it (`locador-nomeado`) makes it `corte-pelo-locador`.
  'corte-anunciado': { label: 'corte de luz ou água anunciado ou já feito', points: 0, areas: ['consumidor', 'imobiliario'] },
  'locador-nomeado': { label: 'locador nomeado pelo cliente', points: 0, areas: ['imobiliario', 'consumidor'] },
  'fornecedor-nomeado': { label: 'concessionária de luz ou água nomeada pelo cliente', points: 0, areas: ['imobiliario', 'consumidor'] },
  // The landlord who cuts the tenant's water or power, or threatens to, to get the rent or the home back: a self-help eviction.
  // The lessor must secure the tenant's peaceful use (Lei 8.245/91 art. 22 II) and can retake the home only by the eviction suit
  // (art. 5º); the cut is a disturbance of possession the tenant answers with manutenção de posse and an urgent order to restore the
  // supply (CC art. 1.210; CPC arts. 300 and 560-562), beside moral damages, and is exercício arbitrário das próprias razões (CP art.
  // 345). Never a simple rent question, whatever the rent owed.
  'corte-pelo-locador': { label: 'locador cortando ou ameaçando cortar a água ou a luz do inquilino (despejo forçado sem ordem judicial)', points: 1, notLow: true, areas: ['imobiliario', 'consumidor'] },
  // The tenant who sublet the place or put others in it without the landlord's consent, told by the landlord: a sublease or a cession
  // needs the lessor's prior written consent (Lei 8.245/91 art. 13), its breach is a ground of eviction of its own (art. 9º II), and the
  // subtenants must be told of the suit to join it (art. 59 §2º). Another occupant to put out beside the tenant: not a plain arrears case.
  'sublocacao-nao-consentida': { label: 'inquilino que sublocou ou pôs outros no imóvel sem consentimento do locador', points: 1, areas: ['imobiliario'] },
  // Building block of `corte-com-vida-em-risco` (`IMPLIED_FEATURES`): someone at home whose health hangs on the supply (an oxygen
  // concentrator, a ventilator, home dialysis, home care, insulin kept cold).
  'equipamento-vital': { label: 'pessoa em casa que depende do serviço para a saúde (oxigênio, respirador, diálise, home care, insulina)', points: 0, areas: ['consumidor'] },
  // The supply cut or about to be cut where someone at home depends on it for health (`IMPLIED_FEATURES`). Never simple: the
  // continuity owed (Lei 8.987/95 art. 6º §1º) yields to a cut for non-payment only after notice and with regard to the collective
  // interest (art. 6º §3º II), the distributor keeps the register of households with equipment of limited autonomy vital to life
  // (Resolução ANEEL 1.000/2021 art. 6º), an essential service is owed continuous (CDC art. 22), and the reconnection is asked
  // the same day by an urgent order (CPC art. 300) on the medical report, beside the debt or the bill disputed.
  'corte-com-vida-em-risco': { label: 'corte de luz ou água, feito ou anunciado, com pessoa em casa que depende do serviço para a saúde', points: 1, notLow: true, areas: ['consumidor'] },
  'jornada-externa': { label: 'trabalho externo com jornada controlada à distância (rastreador, tacógrafo)', points: 1, areas: ['trabalhista'] },
  // A pregnant employee dismissed (ADCT art. 10 II b; Súmula 244 TST: the stability holds whether or not the employer knew): the
  // case is her reinstatement or the indemnity of the whole period, never a plain severance. Read across a sentence (`mentionsPregnantDismissed`).
  'gestante-dispensada': { label: 'empregada dispensada durante a gravidez (estabilidade da gestante)', points: 1, notLow: true, areas: ['trabalhista'] },
  // The salary unpaid or late for two months or more, told in one sentence (`mentionsWagesHeldForMonths`: "não paga meu salário faz
  // 3 meses", "tô sem salário há dois meses"): the mora salarial grounds the rescisão indireta (CLT art. 483 d), the worker leaving
  // as if dismissed with the severance, the notice and the FGTS fine (art. 483 §3º), three months being the mora contumaz (Decreto-Lei
  // 368/68 art. 2º §1º); the months and the work go on are proved against the employer's payroll (CLT arts. 464 and 818 II). Never a
  // plain claim for a sum. Labour cases only.
  // A superior's insult at work (CLT art. 483 e): the employer answers for its agent's offence, proved by the colleagues who heard it.
  'ofensa-do-superior': { label: 'ofensa do superior hierárquico ao trabalhador (ato lesivo da honra, rescisão indireta e danos morais)', points: 1, notLow: true, areas: ['trabalhista'] },
  'mora-salarial': { label: 'salário atrasado ou não pago há dois meses ou mais (mora salarial, rescisão indireta)', points: 1, notLow: true, areas: ['trabalhista'] },
  // The FGTS deposits withheld for more than six months, told in one sentence in any order (`mentionsFgtsWithheldForLong`: "faz 2
  // anos que não depositam meu fgts", "o fundo tá zerado faz um ano"): the deposit owed each month (Lei 8.036/90 art. 15) withheld
  // month after month is the grave breach that grounds the rescisão indireta (CLT art. 483 d; TST, Tema 70 of the repetitive
  // appeals), the arrears of the months or years claimed with their charges (Lei 8.036/90 arts. 22 and 23) against the Caixa's
  // statement, within five years of each deposit (STF ARE 709.212). Never a plain question. Labour cases only.
  'fgts-retido': { label: 'depósitos do FGTS retidos há mais de seis meses (rescisão indireta e atrasados a cobrar)', points: 1, notLow: true, areas: ['trabalhista'] },
  // Building blocks of `rescisao-sonegada` (`IMPLIED_FEATURES`): the severance unpaid as a whole, and four years of service or more
  // told with the job (`mentionsLongService`).
  'rescisao-nao-paga': { label: 'rescisão não paga', points: 0, areas: ['trabalhista'] },
  'anos-de-servico': { label: 'quatro anos de serviço ou mais', points: 0, areas: ['trabalhista'] },
  // The whole severance unpaid past the ten days (CLT art. 477 §6º) after years of service or by an employer who vanished: the notice
  // grown by the years (CLT art. 487; Lei 12.506/11), the holidays, the 13th, the FGTS of every month and its 40% fine (Lei 8.036/90
  // arts. 15, 18 §1º and 22), the fine of art. 477 §8º and the undisputed sums doubled at the first hearing (art. 467), against an
  // employer who may have to be found and served by edict (CPC art. 256). Never one small item. Labour cases only.
  'rescisao-sonegada': { label: 'rescisão inteira não paga no prazo, após anos de serviço ou por empregador que sumiu (CLT arts. 467 e 477)', points: 1, notLow: true, areas: ['trabalhista'] },
  // A dismissal told as the answer to the worker's own complaint, report or claim of a right (`mentionsDismissalAfterComplaint`:
  // "fui demitida depois que denunciei", "pedi os intervalos e duas semanas depois me mandaram embora"): an abuse of the right to
  // dismiss (CC art. 187) and a discriminatory practice (Lei 9.029/95 art. 1º), with reinstatement and back pay or double pay (art.
  // 4º) and moral damages (CLT art. 223-C); the motive is proved by the dates and witnesses against the employer's reason (CLT art.
  // 818 I). Never a plain severance. Labour cases only.
  'dispensa-retaliatoria': { label: 'dispensa logo após o empregado reclamar, denunciar ou cobrar um direito (retaliação a provar)', points: 1, notLow: true, areas: ['trabalhista'] },
  // Building block of `gestante-dispensada` told apart from the dismissal (`IMPLIED_FEATURES`): the client's own pregnancy.
  'gravidez-da-cliente': { label: 'gravidez da própria cliente', points: 0 },
  // The employer's business sold or passed to a new owner who denies the old owner's debts: the successor answers for the contracts
  // and their past debts (CLT arts. 10 and 448-A), the predecessor beside him where the sale was a fraud on the workers (art. 448-A
  // p.u.; OJ 261 SDI-1 TST for a bank), and the succession, denied, is proved (the same place, trade and staff). A second employer in
  // the case, never a plain claim. Labour cases only.
  'sucessao-de-empregador': { label: 'empresa vendida ou passada a novo dono, que nega as dívidas trabalhistas do anterior (sucessão)', points: 1, notLow: true, areas: ['trabalhista'] },
  // The labour debt pursued beyond the direct employer (`devedor-alem-do-empregador`, `IMPLIED_FEATURES`): the successor who denies
  // the old owner's debts (CLT arts. 10, 448 and 448-A), the other companies of the same owner (grupo econômico, jointly liable: CLT
  // art. 2º §§2º-3º), or the business passed into a relative's or a front's name, or closed and reopened under another CNPJ to leave
  // the debts behind (sucessão fraudulenta, art. 448-A p.u.; desconsideração da personalidade jurídica, CLT art. 855-A, CC art. 50,
  // CPC arts. 133-137). Several defendants, a link or a fraud to prove, and the assets to reach: never a plain claim. Labour cases only.
  'devedor-alem-do-empregador': { label: 'dívida trabalhista a cobrar além do empregador direto (sucessor que nega, grupo econômico, empresa passada a outro nome)', points: 3, notLow: true, areas: ['trabalhista'] },
  // Building blocks of `devedor-alem-do-empregador` (`IMPLIED_FEATURES`).
  'empresa-em-outro-nome': { label: 'empresa do empregador passada ao nome de outro ou reaberta com outro CNPJ', points: 0, areas: ['trabalhista'] },
  'grupo-do-empregador': { label: 'outras empresas do mesmo dono (grupo econômico)', points: 0, areas: ['trabalhista'] },
  'passivo-negado': { label: 'novo dono que nega as dívidas do anterior', points: 0, areas: ['trabalhista'] },
  // Building block of `sucessao-de-empregador` (`IMPLIED_FEATURES`): the business passed to another owner, told by who works there
  // (the client note `employer-succession`, `PARTY_NOTE_FEATURES`). Alone a change of owner the contracts survive (CLT arts. 10 and
  // 448): a worker's plain question, not a dispute.
  'empresa-sucedida': { label: 'empresa do empregador passada a outro dono, contada por quem trabalha nela', points: 0, areas: ['trabalhista'] },
  // Weighs nothing alone: the new owner keeping the staff or taking on the old debts displaces `sucessao-de-empregador` (`DISPLACED_FEATURES`).
  'sucessao-assumida': { label: 'novo dono que manteve os empregados ou assumiu as dívidas do anterior', points: 0, areas: ['trabalhista'] },
  // Building block of `sucessao-quitada` (`IMPLIED_FEATURES`): the arrears told as already paid or deposited.
  'atraso-quitado': { label: 'atrasados já pagos ou depositados', points: 0, areas: ['trabalhista'] },
  // The business sold, its new owner taking on the old owner's debts and having paid them (FGTS, holidays, 13th salary): the
  // successor answers for the contracts and their past debts (CLT arts. 10 and 448) and has done so; the FGTS once late is no
  // longer a debt to sue for nor a ground to end the contract (art. 483 d), only the deposits to check in the app (Lei 8.036/90
  // art. 17). Weighs nothing; displaces `tipo-nao-simples` (`DISPLACED_FEATURES`), not once anyone denies the debts.
  'sucessao-quitada': { label: 'novo dono que assumiu e já pagou os atrasados do anterior', points: 0, areas: ['trabalhista'] },
  // Part of the wage paid off the books (salário "por fora", extrafolha): it is wage for every purpose (CLT arts. 457 §1 and 458),
  // so FGTS, holidays, the 13th salary and the severance are all to recalculate on it, and the worker must prove it (CLT art. 818 I)
  // against the payslips and receipts the employer holds, by witnesses and messages. The case is that proof: never a plain severance.
  // Time records that hide the hours worked (clocked out and back to work, the same hours every day, records altered): they prove
  // nothing of the hours (Súmula 338 III TST), and the overtime is proven by witnesses against the employer's records (CLT art. 74 §2º).
  'ponto-que-esconde-horas': { label: 'ponto que não mostra as horas trabalhadas (bater o ponto e voltar a trabalhar, ponto britânico), a provar por testemunhas', points: 1, notLow: true, areas: ['trabalhista'] },
  // The hours shown in the employer's own time records ("tá tudo no ponto", "o ponto registra certinho"): the records it must keep prove
  // them (CLT art. 74 §2º; Súmula 338 I TST), so the overtime is a sum to compute, not hours to prove by witnesses (CLT art. 818 I): it
  // takes back what the kind of case gives for that proof (`tipo-de-caso`). Not beside records that hide the hours (`DISPLACED_FEATURES`).
  'horas-no-ponto': { label: 'horas extras registradas no ponto do empregador (a prova é o próprio registro)', points: -1, areas: ['trabalhista'] },
  'salario-por-fora': { label: 'parte do salário paga por fora (extrafolha), a provar', points: 1, notLow: true, areas: ['trabalhista'] },
  // A salesperson's commissions the employer does not pay, holds back until the customer pays, charges back or cuts: they are wage
  // (CLT art. 457 §1º), owed once the sale is concluded, by instalment as each is paid (art. 466 and §1º; for the external salesperson,
  // the sale the employer did not refuse in writing, Lei 3.207/57 arts. 2º-3º and 5º), charged back only for the buyer's insolvency
  // (Lei 3.207/57 art. 7º: a late payment or a cancellation is the employer's risk, CLT art. 2º), and their rate is not cut against
  // the worker (CLT art. 468). The sales are in the employer's records, to be shown in court (CPC arts. 396 and 400; CLT art. 818
  // §1º), and the commissions owed go into the weekly rest, the holidays, the 13th and the FGTS (Súmula 27 TST): a sum to prove and
  // recalculate, never a plain claim. Labour cases only: elsewhere a commission is a broker's or a representative's fee.
  'comissoes-em-disputa': { label: 'comissões de vendas não pagas, retidas, estornadas ou reduzidas pelo empregador (apuradas pelos registros de vendas)', points: 1, notLow: true, areas: ['trabalhista'] },
  // A worker hired in Brazil and paid abroad partly off the books (`IMPLIED_FEATURES`): Brazilian law applies where more favourable
  // and FGTS and social security fall on the whole pay, the part paid abroad included (Lei 7.064/82 arts. 3º and 5º), often through a
  // foreign company of the same group; the pay is proved across two countries and the law to apply is disputed. A lawyer weighs it high.
  'salario-no-exterior': { label: 'salário pago no exterior e em parte por fora (trabalho transferido, Lei 7.064/82)', points: 2, notLow: true, areas: ['trabalhista'] },
  // A labour claim's sum is the years of one contract added up: five years of rights back (CF art. 7º XXIX), overtime, breaks,
  // holidays, the 13th, the severance and the 40% FGTS fine (CLT arts. 59, 71, 477 and 487; Lei 8.036/90 art. 18 §1º), each
  // counted from the payslips and the time records and liquidated by a calculation (CLT art. 879). Above 40 minimum wages it runs
  // the ordinary rite of the same labour court (CLT art. 852-A): a longer contract or a higher pay, not a harder case. So from
  // R$ 50 mil it adds the band's points but is no strong feature of a high case (`DISPLACED_FEATURES`); from R$ 300 mil it weighs in full.
  'verbas-de-um-contrato': {
    label: 'verbas trabalhistas acima de R$ 50 mil: a soma dos anos de um contrato, calculada pelos holerites', points: 2, addsOnly: true, areas: ['trabalhista'],
  },
  // Building blocks of `cartao-consignado-contestado` (`IMPLIED_FEATURES`): a payroll credit card (the client note `rmc-card`), and
  // the card denied in the client's words ("nunca pedi esse cartão").
  'cartao-consignado': { label: 'cartão de crédito consignado (RMC/RCC) descontado', points: 0, areas: ['consumidor'] },
  'cartao-nao-pedido': { label: 'cartão que o cliente diz nunca ter pedido', points: 0, areas: ['consumidor'] },
  // A payroll credit card (RMC/RCC) deducted from a benefit or a salary that the client never asked for, or took for a plain loan:
  // the contract and its signature are what is disputed, the bank proving the signature's authenticity once contested (Tema 1.061 STJ;
  // CPC art. 429 II) with the burden reversed (CDC art. 6º VIII), the information owed (art. 6º III) and the refund in double (art. 42
  // p.u.). Never simple; a card the client asked for and wants cancelled is a request to the bank.
  'cartao-consignado-contestado': { label: 'cartão consignado (RMC/RCC) que o cliente nega ter contratado', points: 1, notLow: true, areas: ['consumidor'] },
  // Building blocks of `contratacao-contestada` (`IMPLIED_FEATURES`): a contract the lender says the client made (a selfie, biometrics,
  // a digital signature, "o banco diz que eu assinei", a paper signed under a pretext), and the credit it is about.
  'contratacao-alegada': { label: 'contrato que o fornecedor diz assinado ou aceito pelo cliente (selfie, biometria, assinatura digital)', points: 0, areas: ['consumidor'] },
  'credito-citado': { label: 'empréstimo, consignado ou financiamento citado', points: 0, areas: ['consumidor'] },
  // A credit the client denies told as made without the request ("refinanciaram meu consignado sem eu pedir", the credit named in the
  // phrase) or as the financing of a purchase never made ("que eu nunca comprei", with `credito-citado`): the same denial as `emprestimo-nao-contratado` (CDC art. 14; Súmula 479 STJ).
  'credito-nao-pedido': { label: 'crédito feito sem pedido do cliente', points: 0, areas: ['consumidor'] },
  'compra-nao-feita': { label: 'compra que o cliente nega ter feito', points: 0, areas: ['consumidor'] },
  // Building blocks of `vicio-com-laudo-proprio` (`IMPLIED_FEATURES`): a technician of the client's own, and a report in writing.
  'tecnico-do-cliente': { label: 'técnico chamado pelo próprio cliente', points: 0, areas: ['consumidor'] },
  'parecer-escrito': { label: 'laudo ou parecer técnico por escrito', points: 0, areas: ['consumidor'] },
  // A defect the supplier puts on the client or on another supplier (misuse, the fitting, the humidity, "é com o fabricante"), against
  // the written report of a technician the client called: the cause of the defect is the fact disputed, settled by an expert's
  // examination (CPC arts. 464 and 473) with the burden reversed (CDC art. 6º VIII), the supplier excused only by proving the client's
  // exclusive fault (CDC art. 12 §3º III); a complex expert proof may even take the claim out of the small-claims court (Lei 9.099/95
  // art. 3º, Enunciado 54 FONAJE). Never simple; a defect confirmed by the seller's own service and merely not yet repaired is a plain
  // claim under CDC art. 18 §1º.
  'vicio-com-laudo-proprio': { label: 'defeito atribuído pelo fornecedor a outro, contra laudo escrito do técnico do próprio cliente (perícia)', points: 1, notLow: true, areas: ['consumidor'] },
  // A loan or a credit the client denies (`emprestimo-nao-contratado`) that the lender defends as made by the client: the contract
  // and its signature are what is disputed, the lender proving their authenticity once contested (CPC art. 429 II; Tema 1.061 STJ),
  // a signature outside ICP-Brasil binding only if the parties accepted it (MP 2.200-2/01 art. 10 §2º), by a handwriting or a digital
  // expert's report (the selfie, the device, the geolocation, CPC art. 464) with the burden reversed (CDC art. 6º VIII), a consent
  // obtained by deceit void (CC art. 145), the refund in double (CDC art. 42 p.u.). Never simple; a loan denied that nobody defends
  // yet is a request to the bank, unless a payroll loan (`consignado-nao-contratado`).
  'contratacao-contestada': { label: 'empréstimo ou crédito que o cliente nega e o fornecedor diz contratado por ele (assinatura, selfie, biometria)', points: 1, notLow: true, areas: ['consumidor'] },
  // Building blocks of `consignado-nao-contratado` (`IMPLIED_FEATURES`): a payroll loan or card named (the client note `payroll-loan`), and
  // an add-on sold with a loan the client did take (a credit insurance, a capitalisation bond: the tie-in sale of CDC art. 39 I, a refund).
  'consignado-citado': { label: 'empréstimo ou cartão consignado citado', points: 0, areas: ['consumidor'] },
  'acessorio-do-credito': { label: 'seguro ou capitalização vendidos com o empréstimo', points: 0, areas: ['consumidor'] },
  // A payroll loan (consignado) deducted from a benefit or a salary that the client never made, new or a refinancing (`emprestimo-nao-contratado`
  // or `credito-nao-pedido` with `consignado-citado`), whether or not the bank has yet defended it: the contract's authenticity is what is
  // disputed, the bank proving it once contested (Tema 1.061 STJ; CPC art. 429 II), often by a handwriting or a digital expert beyond the
  // small-claims court (Lei 9.099/95 art. 3º), the bank answering for the fraud (Súmula 479 STJ; CDC art. 14), the deductions suspended by
  // an injunction (CPC art. 300) and repaid in double (CDC art. 42 p.u.). Never simple; not an add-on put on a loan the client took.
  'consignado-nao-contratado': { label: 'consignado descontado que o cliente nunca contratou (fraude, Tema 1.061 STJ)', points: 1, notLow: true, areas: ['consumidor'] },
  // Weighs nothing alone: loans the client never took displace `muitas-dividas` (`DISPLACED_FEATURES`).
  'emprestimo-nao-contratado': { label: 'empréstimos que o cliente não contratou (fraude)', points: 0 },
  // A company closed without its registration cancelled (dissolução irregular): the tax authority presumes the closure irregular
  // and redirects the company's debts to the partners who ran it, personally (CTN art. 135 III; Súmula 435 STJ; Tema 981 STJ);
  // who managed it and when is the defence. Never a simple collection. Tax cases only: elsewhere "não deu baixa" is a court's register.
  'dissolucao-irregular': { label: 'empresa encerrada sem baixa: dívida da empresa cobrada do sócio (redirecionamento)', points: 1, notLow: true, areas: ['tributario'] },
  // Building block of `redirecionamento-em-execucao` (`IMPLIED_FEATURES`): the client named co-responsible for a company's tax debt.
  'socio-corresponsavel': { label: 'cliente incluído como corresponsável pela dívida tributária da empresa', points: 0, areas: ['tributario'] },
  // A company's tax enforcement already running against the client as its partner, former or present (the redirection asked or the
  // name on the CDA as co-responsible): the partner answers only for his management and acts against the law or the contract, not for
  // mere non-payment (CTN art. 135 III; Súmula 430 STJ), nor for a closure after he left (Súmula 435 STJ; Tema 981 STJ); his defence is an
  // exceção de pré-executividade (Súmula 393 STJ) or embargos after his own assets guarantee the court (Lei 6.830/80 art. 16 §1º),
  // while his accounts are exposed to a block (LEF art. 11; CPC art. 854). Never a plain collection.
  'redirecionamento-em-execucao': { label: 'execução fiscal da empresa redirecionada ao sócio (bens pessoais em risco)', points: 1, notLow: true, areas: ['tributario'] },
  // The same redirection for a large sum (`IMPLIED_FEATURES`, over R$ 300 mil: over R$ 1 milhão weighs enough alone): a company's debt
  // that may swallow the partner's own estate (his accounts, his home beyond Lei 8.009/90), defended on the proof of who managed when.
  // A lawyer weighs it high; a smaller sum or a block of savings stays medium.
  'redirecionamento-vultoso': { label: 'dívida da empresa de grande valor redirecionada ao patrimônio pessoal do sócio', points: 2, notLow: true, areas: ['tributario'] },
  // Weighs nothing alone: a partner's exit registered before the closure displaces `bens-do-socio-bloqueados` in a tax case (`DISPLACED_FEATURES`).
  'saida-da-sociedade': { label: 'sócio que saiu da sociedade com a alteração registrada', points: 0 },
  // Building block of `bens-do-socio-bloqueados` (`IMPLIED_FEATURES`): the partners included in the company's enforcement, the veil pierced.
  'execucao-contra-socio': { label: 'sócio incluído na execução da empresa (desconsideração da personalidade jurídica)', points: 0 },
  // The company's debt already seized from the partner's own estate (an account blocked, a car or a home attached) in a labour, civil or
  // tax enforcement: the partner's liability is contested by embargos or an exceção de pré-executividade (CPC arts. 135 and 917; Súmula
  // 393 STJ) while the block runs, the requisites of the piercing or of the redirection disputed (CC art. 50; CLT art. 855-A; CTN art.
  // 135 III, Tema 981 STJ), the years since leaving counted (CC arts. 1.003 p.u. and 1.032) and the unseizable money claimed back (CPC
  // art. 833 IV and X). A second liable estate with its assets already taken: a lawyer weighs it high.
  'bens-do-socio-bloqueados': { label: 'dívida da empresa já bloqueada ou penhorada no patrimônio pessoal do sócio', points: 2, notLow: true },
  // A worker moved to another city by the employer: lawful only with consent, for a post of trust or a real need of the service,
  // with a change of home it demands (CLT art. 469; Súmula 43 TST) and, while provisional, the 25% allowance (§3). Remote work ended by
  // a call to an office in another city is the same move (art. 75-C §§2-3). Refusing risks a dismissal for cause; accepting, the
  // family's life: never a simple case. Labour cases only: elsewhere a move is a tenant's or a parent's.
  'transferencia-de-cidade': { label: 'transferência do empregado para outra cidade imposta pelo empregador', points: 1, notLow: true, areas: ['trabalhista'] },
  // The payer of a support who pleads unemployment or a lower income while living otherwise (informal work, a new car, trips), or
  // whose income has no payslip at all (app work, own account, odd jobs, paid "por fora"): nothing an ofício to an employer
  // discounts at source (CPC art. 529), so the means are measured by the outward signs of wealth (CC arts. 1.694 §1º and 1.695;
  // Enunciado 573 CJF), proved by records the payer holds or hides (ofícios, the apps' and banks' records, social media). A support to fix or revise turns on that proof (`IMPLIED_FEATURES`);
  // in an enforcement the sum is already fixed and unemployment does not excuse its payment (CPC art. 528 §2º), and elsewhere a
  // debtor's plea of poverty does not change the claim.
  // A support payer served under the prison rite (pay, prove the payment or justify in 3 days, or the arrest is decreed: CPC art. 528
  // §§1º-3º; Súmula 309 STJ): the only civil arrest left (CF art. 5º LXVII), up to three months in a closed regime, and the justification
  // of a want of means, rarely accepted, is proved within those days. The payer's liberty is at stake as an accused's is (`liberdade`).
  'prisao-civil': { label: 'prisão civil do devedor de pensão em jogo (execução pelo rito da prisão)', points: 3, notLow: true, areas: ['familia'] },
  // Building blocks of `prisao-civil` (`IMPLIED_FEATURES`): the summons' warning of arrest, and the client as the one who pays (the
  // creditor reads the same warning in an enforcement of theirs).
  'aviso-de-prisao-civil': { label: 'aviso de prisão por pensão não paga', points: 0, areas: ['familia'] },
  alimentante: { label: 'cliente é quem paga a pensão', points: 0, areas: ['familia'] },
  // Building block of `DISPLACED_FEATURES`: a post reserved for disabled people, in a public exam or a hiring.
  'vaga-pcd': { label: 'vaga reservada a pessoa com deficiência', points: 0 },
  // Building blocks of `pcd-com-direito-negado` (`IMPLIED_FEATURES`): a person with a disability, told of the client or of a relative
  // (Lei 13.146/15 art. 2º; Lei 12.764/12 art. 1º §2º), and what a disabled person's own rights turn on (accessibility, the school's
  // support, the therapies, the quota, a service refused). The same words in a figure of speech ("ponto cego") weigh nothing.
  'pessoa-com-deficiencia': { label: 'pessoa com deficiência envolvida', points: 0 },
  'direito-da-pcd': { label: 'direito próprio da pessoa com deficiência em jogo (acessibilidade, apoio escolar, terapias, cota)', points: 0 },
  'expressao-figurada': { label: 'expressão figurada (ponto cego, se fazer de surdo), não deficiência', points: 0 },
  // A disabled person's own right refused or disputed (`IMPLIED_FEATURES`): the dismissal of a quota hire without a substitute (Lei
  // 8.213/91 art. 93 §1º), a school refusing or charging extra for a disabled pupil (Lei 13.146/15 art. 28 §1º; Lei 12.764/12 art. 7º),
  // accessibility or a reasonable accommodation refused by a condomínio, a shop or an employer (LBI arts. 3º VI, 34 and 57), a health
  // plan denying an autistic child's therapy (Lei 12.764/12 art. 3º III b; Lei 14.454/22), a bank turning a blind client away (LBI
  // art. 4º). A vulnerable party under a special law, whose barrier is often lifted by an urgent order (CPC art. 300), the refusal a
  // discrimination and a crime (LBI arts. 4º §1º and 88; Lei 7.853/89 art. 8º): a lawyer never weighs it low. A disability incidental
  // to the claim (a disabled client's undelivered purchase) is not this.
  'pcd-com-direito-negado': { label: 'direito da pessoa com deficiência recusado (acessibilidade, escola, terapia, cota, discriminação)', points: 1, notLow: true },
  // Building block of `prisao-civil` too: someone taken by the police and held now, told in a family case; and of `liberdade` in a
  // criminal case, with the family on the held one's side (`IMPLIED_FEATURES`).
  'prisao-em-curso': { label: 'alguém preso agora', points: 0, areas: ['familia', 'criminal'] },
  // Building block of `pensao-atrasada-meio-ano` (`IMPLIED_FEATURES`): something left unpaid for half a year or more.
  'meio-ano-sem-pagar': { label: 'pagamento parado há seis meses ou mais', points: 0, areas: ['familia'] },
  // A support fixed or homologated by a court and unpaid for half a year or more (`mentionsSupportUnpaidForLong`): the prison rite
  // reaches only the three installments before the suit and those falling due in it (CPC art. 528 §7º; Súmula 309 STJ), so as many
  // older ones go by the attachment rite (arts. 528 §8º, 523 and 911-913), two executions to run or join, the debtor's income and
  // assets to find and his justification to meet (art. 528 §§1º-3º). Never a plain case. Family enforcement only.
  'pensao-atrasada-meio-ano': { label: 'pensão fixada em atraso há seis meses ou mais (execução pelos ritos da prisão e da penhora)', points: 1, notLow: true, areas: ['familia'] },
  // The payer already behind, with the other parent announcing the enforcement or the arrest (CPC art. 528 §§3º and 7º; Súmula 309
  // STJ): a revision reaches back no further than its citação (Lei 5.478/68 art. 13 §2º), so the arrears owed stay enforceable under the
  // prison rite, and the payer needs the revision with a provisional reduction and the arrears' defence at once. Never a plain revision.
  // Not the payer's own fear of prison ("não quero ser preso"), nor a suit threatened "se eu atrasar": only arrears someone means to collect.
  'cobranca-de-pensao-anunciada': { label: 'pensão em atraso com execução ou prisão civil anunciada pela outra parte', points: 1, notLow: true, areas: ['familia'] },
  'renda-oculta': { label: 'renda de quem paga a pensão a provar (sem holerite, informal, ou alega desemprego contra sinais exteriores de riqueza)', points: 1, areas: ['familia'] },
  // Building block of `renda-oculta`: the payer's plea of less income against signs of more, or an income with no payslip, told in a family case.
  'renda-alegada': { label: 'alimentante com renda informal ou que alega renda menor do que aparenta', points: 0, areas: ['familia'] },
  // The client barred from seeing the child by the parent or relative who keeps the child: the convivência is the parent's right and
  // the child's (CC arts. 1.589 and 1.632; CF art. 227; ECA art. 19), set by the court against the keeper's refusal with the custody
  // (CC art. 1.584 §§2º-3º), often after a psychosocial study, and the obstruction is a form of alienação parental the court must weigh
  // (Lei 12.318/10 arts. 2º parágrafo único IV, 4º-6º); a regime already fixed and breached is enforced (CPC art. 536). Never a
  // plain homologation of what the parents agreed.
  'convivencia-impedida': { label: 'convivência com o filho impedida por quem está com a criança (regulamentação ou cumprimento contestado)', points: 1, notLow: true, areas: ['familia'] },
  terceirizacao: { label: 'trabalho terceirizado: prestadora e tomadora do serviço respondem', points: 2, areas: ['trabalhista'] },
  // Kinds of case a lawyer never treats as simple, whatever the sum: the relationship itself is disputed (an employment hidden
  // behind a MEI or a temporary public contract, a dismissal for cause, a resignation under duress), the proof is the case
  // (possession over the years, a moved boundary, lost earnings), or a crime of discrimination (Lei 7.716/89, Lei 14.532/23).
  'tipo-nao-simples': { label: 'tipo de caso que nunca é simples (vínculo ou contrato com o Estado em disputa, posse antiga, discriminação)', points: 1, notLow: true },
  'questao-nova': { label: 'questão jurídica nova ou controvertida', points: 1 },
  coletivo: { label: 'muitas pessoas atingidas', points: 2, notLow: true },
  // A filiation to establish after the father's death while his other heirs already run the inventory without the client: the
  // investigação runs against all of them (Lei 8.560/92; imprescriptible, Súmula 149 STF), the DNA is taken from relatives or presumed
  // from their refusal (Lei 8.560/92 art. 2º-A, Lei 14.138/21; Súmula 301 STJ), and the share is claimed by petição de herança (CC art.
  // 1.824) with its reserve asked now (CPC art. 628 §2º), before the sharing is made and the estate sold. Several defendants and an
  // estate under way: a lawyer weighs it high. Without an inventory opened there is time, and the heirs may accept the child.
  'paternidade-na-heranca': { label: 'filiação a reconhecer com o inventário já aberto pelos outros herdeiros (investigação contra os herdeiros, petição de herança)', points: 3, notLow: true, areas: ['familia'] },
  // Building blocks of `paternidade-na-heranca`: a filiation to establish, and the inventory opened.
  'filiacao-a-reconhecer': { label: 'filiação a reconhecer (pai que não registrou, paternidade negada)', points: 0 },
  'inventario-aberto': { label: 'inventário já aberto', points: 0 },
  // Building block of `coletivo` in labour cases (`IMPLIED_FEATURES`): the client counted among five or more people (`mentionsSelfCountedPeople`).
  'pessoas-contadas': { label: 'cliente contado entre muitas pessoas', points: 0 },
  // Building blocks of `estado-responde-por-dano` (`IMPLIED_FEATURES`): a public body on the other side (`PARTY_NOTE_FEATURES`),
  // and harm that lasts a life or ended one (a fracture that heals is serious harm, not this).
  'poder-publico-reu': { label: 'órgão público como parte contrária', points: 0 },
  'dano-permanente': { label: 'morte ou sequela permanente', points: 0 },
  // Building blocks of `dano-grave` and `dano-permanente` (`IMPLIED_FEATURES`): a lasting condition told as the person's standing state
  // ("sou tetraplégico desde 2009"), which alone is no harm caused (CC arts. 186 and 927), and an act that caused harm (an accident, a
  // fall, an aggression, a medical error), which makes the condition its harm (CC arts. 949-950).
  'condicao-de-base': { label: 'condição permanente contada como estado da pessoa, sem ato que a causou', points: 0 },
  'causa-do-dano': { label: 'ato que causou dano à pessoa (acidente, queda, agressão, erro médico)', points: 0 },
  // Building blocks of `reparacao-de-crime` (`IMPLIED_FEATURES`): the author convicted or the criminal case over, and harm to the
  // person's body (CP art. 129; CC arts. 949-950) or to the mind or honour (CF art. 5º X; CC arts. 186, 927 and 953) told in everyday words.
  'crime-julgado': { label: 'autor condenado ou processo criminal encerrado', points: 0 },
  'dano-pessoal': { label: 'dano ao corpo relatado (agressão, surra, internação, fisioterapia)', points: 0 },
  'dano-moral': { label: 'dano à mente ou à honra relatado (abalo, trauma, tratamento psicológico, danos morais)', points: 0 },
  // The victim's civil claim against the author of a crime already judged, for harm to the person (ação civil ex delicto): the
  // conviction settles the fact and its author (CC art. 935; CPP art. 63; CPC art. 515 VI), but what the harm is worth is still to
  // reckon and prove (the treatment, the days lost, the moral harm: CC arts. 949, 950 and 953; a liquidation, CPC art. 509, beyond
  // the minimum the criminal judge fixed, CPP art. 387 IV), and the limitation runs only from the criminal judgment (CC art. 200).
  // Never a simple claim. Not a theft or a damaged thing alone: its price is the claim.
  'reparacao-de-crime': { label: 'reparação civil de dano à pessoa causado por crime já julgado (ação civil ex delicto)', points: 1, notLow: true, areas: ['civil'] },
  // Building block of `dano-grave` (`IMPLIED_FEATURES`): the client's or a relative's vehicle hit by another's (the note `collision-victim`).
  'colisao-sofrida': { label: 'veículo do cliente ou de parente atingido por outro', points: 0 },
  // Building block of `tipo-nao-simples` in a traffic accident's claim (`IMPLIED_FEATURES`): days of work lost told with their span.
  'dias-de-trabalho-perdidos': { label: 'dias de trabalho perdidos (lucros cessantes)', points: 0 },
  // Building block of `tipo-nao-simples` in a civil claim (`IMPLIED_FEATURES`): the one hurt works on their own account, paid by the job.
  'semana-de-trabalho-perdida': { label: 'uma semana de trabalho ou mais perdida (lucros cessantes)', points: 0 },
  'ganho-por-conta-propria': { label: 'cliente que trabalha por conta própria (entregador, motoboy, motorista de aplicativo, taxista, diarista)', points: 0 },
  // A death told in a social-security case, in the INSS's words or not ("meu esposo faleceu e quero receber a aposentadoria dele"):
  // the insured's death is what gives rise to the pension (Lei 8.213/91 art. 74), never harm claimed for; the INSS pays no damages.
  // Weighs nothing alone: it displaces `dano-grave` as `pensao-por-morte` does (`DISPLACED_FEATURES`).
  'morte-do-segurado': { label: 'morte do segurado (fato gerador da pensão)', points: 0, areas: ['previdenciario'] },
  // Building block of `morte-no-trabalho` (`IMPLIED_FEATURES`): work never registered by the employer.
  'vinculo-informal': { label: 'trabalho sem carteira assinada', points: 0 },
  // The insured killed in a work accident while employed off the books (`IMPLIED_FEATURES`): the insured status comes from the work
  // itself and the contributions were the employer's to pay (Lei 8.213/91 art. 11 I; Lei 8.212/91 art. 30 I), so the pension turns on
  // proving a bond the employer denies, and the employer answers for the death beside it (CF art. 7º XXVIII; CC art. 948, the pension
  // to the dependants): two claims against two defendants on one proof, the death harm claimed for and not only the pension's fact.
  // A lawyer weighs it high. A registered worker whose employer settled leaves the pension alone.
  'morte-no-trabalho': { label: 'morte em acidente de trabalho sem registro: vínculo a provar, pensão e responsabilidade do empregador', points: 3, notLow: true, areas: ['previdenciario'] },
  // Death or permanent harm caused by a public body (a public hospital, a school, the police, a hole in a city street): the State
  // answers objectively (CF art. 37 §6), but the suit runs against the Fazenda Pública's privileges (double time limits and the
  // mandatory review, CPC arts. 183 and 496), the failure of the service is proved by an expert's report, a lifelong pension
  // is asked (CC art. 950) and paid through precatório (CF art. 100). A lawyer weighs it high, never as a plain claim.
  'estado-responde-por-dano': { label: 'dano grave causado pelo poder público (responsabilidade do Estado)', points: 2, notLow: true },
  // Building blocks of `dano-por-agente-policial` (`IMPLIED_FEATURES`): the police's act that harmed the client (`police-act`) and the
  // State asked to pay (`state-liability`).
  'ato-policial': { label: 'ato da polícia contra o cliente (abordagem, agressão, prisão, tiro)', points: 0 },
  'estado-cobrado': { label: 'Estado chamado a pagar pelo dano', points: 0 },
  // The State asked to pay for what its police did (a beating, a shot, an arrest without cause: CF art. 37 §6º; CC arts. 43 and 949):
  // the suit runs against the Fazenda Pública's privileges (CPC arts. 183 and 496), the abuse is proved against the officers' word (the
  // IML's report, the witnesses, the video) and the damages are paid through precatório (CF art. 100). Never simple; a death or a
  // lifelong sequel weighs it high (`estado-responde-por-dano`).
  'dano-por-agente-policial': { label: 'dano causado por policial cobrado do Estado', points: 1, notLow: true, areas: ['administrativo'] },
  // Support a parent asks of the children (CF art. 229; CC arts. 1.694 §1, 1.696 and 1.698; Estatuto da Pessoa Idosa art. 12): the
  // parent's need and each child's means are proved against each child, sued together and charged in proportion. Never simple.
  // Family cases only (`NOTE_FEATURES`).
  'alimentos-aos-pais': { label: 'alimentos pedidos pelo pai ou pela mãe aos filhos (rateio entre os filhos)', points: 1, notLow: true, areas: ['familia'] },
  // A curatela (interdição) of an adult who cannot manage their own affairs (dementia, a severe intellectual disability, a coma), or
  // the tomada de decisão apoiada: a judicial proceeding with an expert examination, an interview by the judge and the Public
  // Prosecutor heard (CPC arts. 747-758), limited to property acts and proportionate to the person's needs (Lei 13.146/15 arts. 84-85;
  // CC arts. 1.767-1.783-A); the curator accounts to the court (CC art. 1.781 with art. 1.755). Never simple. Family, benefit and
  // civil cases only: elsewhere 'interdição' is a place closed by the State (`local-interditado`).
  curatela: { label: 'curatela (interdição) ou tomada de decisão apoiada de adulto', points: 1, notLow: true, areas: ['familia', 'previdenciario', 'civil'] },
  // Building blocks of `incapaz-explorado` (`IMPLIED_FEATURES`).
  'sem-discernimento': { label: 'pessoa sem discernimento (demência, Alzheimer)', points: 0 },
  'bens-dispostos': { label: 'procuração ou venda de bens em nome de outra pessoa', points: 0 },
  // Building block of `curatela` told without its name (`IMPLIED_FEATURES`): someone asking to act for another adult.
  'atos-por-outro': { label: 'pedido para agir pelo outro (mexer na conta, cuidar das coisas, assinar por ele)', points: 0 },
  // A person without discernment in whose name another disposes of property (a power of attorney they could not give, their home
  // put up for sale): the acts are void (CC art. 166 I), a sale to a buyer in good faith may not be undone, so an urgent provisional
  // curator is asked (CPC art. 749 parágrafo único) and the registry warned; and a power of attorney obtained from an elder without
  // discernment is a crime (Estatuto da Pessoa Idosa art. 106; art. 102, taking an elder's assets). Family, civil and criminal cases.
  // Loans taken in their name are not this alone: each is undone with its bank, and the curatela is the plain case.
  'incapaz-explorado': { label: 'procuração ou venda de bens em nome de pessoa sem discernimento', points: 3, notLow: true, areas: ['familia', 'civil', 'criminal'] },
  insolvencia: { label: 'insolvência (recuperação judicial, falência)', points: 4, notLow: true },
  'credor-na-recuperacao': { label: 'crédito a habilitar na recuperação judicial ou falência de um devedor', points: 1, notLow: true },
  'muitas-dividas': { label: 'muitas dívidas ou credores', points: 2, notLow: true },
  // Building block of `internacional` in a flight's case (`IMPLIED_FEATURES`): a foreign city named.
  'cidade-estrangeira': { label: 'cidade estrangeira citada', points: 0, areas: ['consumidor'] },
  // Building block of `superendividamento` (`IMPLIED_FEATURES`): the debts told as taking what the client lives on.
  'minimo-existencial': { label: 'dívidas que tomam o necessário para viver', points: 0, areas: ['consumidor'] },
  // Many debts that take the existential minimum (`IMPLIED_FEATURES`): the over-indebtedness procedure joins every creditor in one
  // conciliation and, failing it, a compulsory plan of up to five years (CDC arts. 54-A §1º and 104-A to 104-C; Lei 14.181/21), the
  // minimum kept (Dec. 11.150/22) and the payroll margin weighed apart (Lei 10.820/03 art. 6º).
  superendividamento: { label: 'superendividamento (dívidas que tomam o mínimo existencial, repactuação com todos os credores)', points: 3, notLow: true, areas: ['consumidor'] },
  // Administrative improbity and public money (Lei 8.429/92). Not in labour cases told as such: there "improbidade" is the gravest
  // ground of a dismissal for cause (CLT art. 482 'a'), weighed as the dismissal to reverse (`tipo-nao-simples`); only a public
  // employer's (a state company's, whose employees are public agents, Lei 8.429/92 art. 2º) engages public funds (`IMPLIED_FEATURES`).
  improbidade: { label: 'improbidade ou verba pública', points: 3, notLow: true, areas: NOT_LABOUR },
  // Building blocks of `improbidade` in a labour case (`IMPLIED_FEATURES`): the word, and the State or a state company as employer.
  'improbidade-alegada': { label: 'improbidade alegada', points: 0 },
  'empregador-publico': { label: 'o Estado ou empresa estatal como empregador', points: 0 },
  // Building block of `ato-de-empregador-publico` (`IMPLIED_FEATURES`): a dismissal made, a disciplinary inquiry opened, a post of trust taken away.
  'ato-sobre-o-emprego': { label: 'dispensa, apuração disciplinar ou função retirada pelo empregador', points: 0 },
  // Building blocks of `tipo-nao-simples` in an administrative case (`IMPLIED_FEATURES`): a temporary hire by the State, and its end.
  'vinculo-temporario-publico': { label: 'contratação temporária pelo poder público (processo seletivo, designação, REDA)', points: 0 },
  'vinculo-encerrado': { label: 'contrato encerrado ou não renovado', points: 0 },
  // A public employer's dismissal, disciplinary inquiry or withdrawn post of trust of its CLT employee (`IMPLIED_FEATURES`): the act
  // is the Administration's and must state its motive (CF art. 37 caput). A fundação or autarquia's celetista hired by exam holds
  // the stability of CF art. 41 (Súmula 390 I TST) and leaves only through a proceeding; a public company or a sociedade de economia
  // mista must motivate the dismissal of who it hired by exam (STF Temas 131 and 1.022; OJ 247 II SDI-1 TST), and a punishment
  // without the inquiry its own rules require is void (Súmula 77 TST); a post of trust held ten years keeps its bonus under Súmula 372 I
  // TST against CLT art. 468 §2º. Reinstatement, the inquiry's defence or the bonus kept turn on that motive and procedure: never a
  // plain severance. Labour cases only: a servant under a statute is an administrative case.
  'ato-de-empregador-publico': {
    label: 'dispensa, apuração disciplinar ou função retirada por empregador público (ato a motivar: estabilidade, sindicância, Temas 131 e 1.022 do STF)',
    points: 1, notLow: true, areas: ['trabalhista'],
  },
  patrimonio: { label: 'patrimônio a dividir ou apurar', points: 1 },
  // The division itself disputed: one spouse claims more than half for having paid more, or wants the home whole. Under the
  // regime the common assets are presumed joint (CC arts. 1.658 and 1.660 I), so who paid and with what money (a prior asset, the
  // FGTS, CC art. 1.659 II) is the proof the partilha turns on. Family cases only: elsewhere who paid more is a bill split.
  'partilha-disputada': { label: 'divisão dos bens contestada (quem pagou mais, quem fica com o imóvel)', points: 1, areas: ['familia'] },
  // Weighs nothing alone: nothing to divide displaces `patrimonio` (`DISPLACED_FEATURES`).
  'sem-bens': { label: 'sem bens a partilhar', points: 0 },
  // A business among a couple's assets to divide (quotas in one spouse's name, a company the couple built): the ex-spouse does not
  // become a partner, so the quotas' value is found by a balance drawn by an expert (CC art. 1.027; CPC art. 600 parágrafo único),
  // from books the other spouse keeps, while the pro-labore, withdrawals and quotas passed to third parties move the value. A lawyer
  // weighs it high. Between a couple only (`IMPLIED_FEATURES`): a deceased partner's quotas are valued under the company's contract
  // in the estate (CC art. 1.028).
  'empresa-na-partilha': { label: 'empresa ou quotas sociais entre os bens do casal a dividir (apuração de haveres)', points: 3, notLow: true, areas: ['familia'] },
  // Building block of `empresa-na-partilha`: a business told as the spouse's or the couple's.
  'empresa-do-casal': { label: 'empresa do cônjuge ou do casal', points: 0, areas: ['familia'] },
  'ocultacao-de-bens': { label: 'bens ocultados ou desviados', points: 2, notLow: true },
  // Building blocks of `devedor-sumiu-com-bens` (`IMPLIED_FEATURES`): the other side vanished or no longer answering, and a business's or a
  // debtor's assets removed or resold by them (`mentionsBusinessAssetsRemoved`).
  'parte-sumida': { label: 'outra parte sumiu ou não atende mais', points: 0 },
  'bens-retirados': { label: 'máquinas, estoque, frota ou mercadoria retirados ou revendidos pela outra parte', points: 0 },
  // An employer or a debtor who vanished taking away or reselling what backs the debt (the machines removed by night, the fleet taken
  // from the garage, the cattle or the harvest resold): acts of bankruptcy of a business (Lei 11.101/05 art. 94 III b and f: assets
  // sold off, the establishment abandoned), a fraud on the creditors (CC art. 158; CPC art. 792), so the case is an urgent seizure of
  // what is left (arresto, CPC art. 301) and a search for the owners behind the company (CLT art. 855-A; CC art. 50), the workers'
  // claims surviving the closure (CLT art. 449; Lei 11.101/05 art. 83 I). Never a plain collection: a lawyer weighs it high with a
  // real sum or many creditors. Not a debtor who only stopped answering, nor assets sold by one still paying.
  'devedor-sumiu-com-bens': {
    label: 'empregador ou devedor que sumiu retirando ou revendendo os bens (arresto, desconsideração, atos de falência)', points: 3, notLow: true,
    areas: ['trabalhista', 'civil', 'empresarial'],
  },
  // Many workers (`coletivo`) left unpaid by an employer who vanished (`parte-sumida`) or is taking away or selling off the business's
  // assets (`bens-retirados`): a plural claim or the union's (CLT art. 842; CF art. 8º III) against an absent employer served by edict
  // (CPC art. 256), its partners or group reached behind it (CLT arts. 2º §2º and 855-A; CC art. 50), and what is left seized before
  // it goes (arresto, CPC art. 301), the wages ranking first in any bankruptcy (CLT art. 449; Lei 11.101/05 art. 83 I). Never medium:
  // one worker whose boss stopped answering is a plain severance claim, many whose employer still pays are a common one.
  'calote-coletivo': {
    label: 'muitos trabalhadores sem receber de um empregador que sumiu ou está levando os bens (ação plúrima, desconsideração, arresto)',
    points: 3, notLow: true, areas: ['trabalhista'],
  },
  // Building block of `ocultacao-de-bens` (`IMPLIED_FEATURES`): property passed or sold to a relative, a friend or a company of the
  // other side, or told hidden (`mentionsAssetsMovedAway`).
  'bens-a-terceiro': { label: 'bens passados ou vendidos a terceiro ligado à outra parte', points: 0 },
  // Building block of `ocultacao-de-bens` (`IMPLIED_FEATURES`): money taken out of an account by another ("sacou tudo da conta conjunta").
  'dinheiro-retirado': { label: 'dinheiro tirado da conta por outra pessoa', points: 0 },
  // Building block of `varias-partes` in a family case (`IMPLIED_FEATURES`): the asset passed or sold to a named third party
  // (`mentionsAssetsPassedToAnother`), not only told hidden.
  'bens-em-nome-de-terceiro': { label: 'bem do casal passado ou vendido a terceiro ligado à outra parte', points: 0 },
  'disputa-societaria': { label: 'disputa entre sócios', points: 2, notLow: true },
  // The company itself at stake between its partners: a partner's exclusion (for just cause in a meeting, CC arts. 1.085-1.086, or by
  // the court, art. 1.030), a leaving or dead partner's share to value (apuração de haveres, CC arts. 1.028, 1.031-1.032 and 1.077;
  // the ação de dissolução parcial with an expert's balance, CPC arts. 599-609), the company dissolved (CC arts. 1.033-1.034; for an
  // S.A., Lei 6.404/76 art. 206), its control fought over (a deadlock, a partner locked out or diluted) or its clients and revenue
  // diverted by a partner (CC arts. 1.011 and 1.016; Lei 9.279/96 art. 195 III). Expert valuation, several parties and injunctions:
  // a lawyer reads it high. A quota sale agreed between friends or a small informal partnership split without a fight stays out.
  'sociedade-em-jogo': {
    label: 'controle, sobrevivência da empresa ou valor da quota em disputa entre sócios (exclusão, haveres, dissolução, desvio de clientes)',
    points: 3, notLow: true, areas: ['empresarial'],
  },
  // A leaving partner's share, or a dead or divorced partner's quotas, that the partners who stay refuse to pay, price at the capital
  // social or an old balance, or whose holder they keep out (CC arts. 1.027-1.029 and 1.031-1.032: the quota liquidated on a balance
  // at the date of leaving and paid within 90 days; the ação de dissolução parcial with the expert's valuation, CPC arts. 599-609).
  // A withdrawal with the haveres to settle: a lawyer reads it medium, never low; the company itself fought over is `sociedade-em-jogo`.
  // The share is the patrimony to value, so it displaces `patrimonio` (`DISPLACED_FEATURES`) and only adds up.
  'haveres-em-disputa': {
    label: 'haveres do sócio que sai ou das quotas do sócio falecido recusados, pagos a menor ou ingresso negado pelos sócios que ficam',
    points: 1, notLow: true, addsOnly: true, areas: ['empresarial'],
  },
  'conflito-de-marca': { label: 'disputa pelo uso de uma marca ou de um nome empresarial', points: 1, notLow: true },
  // Weighs nothing alone: a sign nobody has registered yet displaces `conflito-de-marca` (`DISPLACED_FEATURES`).
  'marca-sem-registro': { label: 'marca ainda não registrada por ninguém no INPI', points: 0, areas: ['empresarial'] },
  consensual: { label: 'partes de acordo (caso consensual)', points: -2 },
  // Building block of `consensual` in business cases (`IMPLIED_FEATURES`): the client wanting it done without a fight.
  'sem-briga': { label: 'cliente quer resolver sem briga', points: 0 },
  // Only the exam's fee at stake: its refund when the exam was annulled or cancelled (a service not rendered, CC art. 884; the edital)
  // or its exemption (Lei 13.656/18 and the local laws: CadÚnico, marrow donors), asked of the board with an appeal. A few hundred
  // reais and no review of the board's judgement (STF Tema 485), so it takes back the points the kind of case (concurso) gives.
  'taxa-do-concurso': { label: 'só a taxa de inscrição do concurso em jogo (devolução ou isenção)', points: -2, areas: ['administrativo'] },
  // A suit already ended by an agreement or a decision made at a past hearing (CPC arts. 487 III b and 515 II-III): weighs nothing, and
  // its words keep "audiência" or "CEJUSC" from reading as a lawsuit under way (`PROCEEDING_ENDED`).
  'processo-encerrado': { label: 'processo já encerrado por acordo ou decisão em audiência passada', points: 0 },
  // Building block of `processo-em-curso` (`IMPLIED_FEATURES`): the client's own suit already filed (the `lawsuit-running` note).
  'acao-propria': { label: 'ação do próprio cliente já ajuizada', points: 0 },
  // Weighs nothing: a benefit asked of the INSS, the administrative request a client calls "meu processo" (`IMPLIED_FEATURES`).
  'beneficio-requerido': { label: 'benefício requerido ao INSS', points: 0, areas: ['previdenciario'] },
  // A notary's notice of protest, out of court: weighs nothing, and its words keep "intimação" from reading as a lawsuit.
  'intimacao-de-protesto': { label: 'intimação de protesto em cartório (extrajudicial)', points: 0 },
  // Weighs nothing alone: an agreement the other side went back on displaces `consensual` (`DISPLACED_FEATURES`).
  'acordo-rompido': { label: 'acordo descumprido ou desfeito pela outra parte', points: 0 },
  // A stable servant's post already lost by a disciplinary penalty: the annulment and the reinstatement are the case. Weighs 3, so that
  // with the kind of case it is high alone: the livelihood is lost until a court annuls the act (CF art. 41 §1º II; Lei 8.112/90 arts.
  // 28, 127 III-IV and 132; for a praça excluded a bem da disciplina, Lei 6.880/80 art. 125 and Súmula 673 STF), asked by a mandado
  // de segurança within 120 days (Lei 12.016/09 art. 23) on the PAD's defects, against the Fazenda Pública.
  'perda-do-cargo': { label: 'pena de demissão já aplicada a servidor público (perda do cargo)', points: 3, notLow: true, areas: ['administrativo'] },
  // An act imposed on a servant's or a soldier's career, short of the post lost: a disciplinary proceeding opened or its penalty applied,
  // a removal ex officio, a promotion passed over. Never simple: the act is annulled on its motive and its proceeding (the motive
  // stated and true: Lei 9.784/99 arts. 2º and 50 I-II; the defence heard: CF art. 5º LV, Lei 8.112/90 arts. 143 and 153; the removal
  // ex officio in the service's interest only, art. 36 I; the promotion by the statute's criteria, Lei 6.880/80 arts. 59-62, the
  // colleagues promoted cited as parties, CPC art. 114), mostly by a mandado de segurança within 120 days (Lei 12.016/09 art. 23)
  // against the Fazenda Pública. Medium, not high: the post and its pay stay. So is a paid advantage of the post cut (a gratificação,
  // an adicional, the proventos reduced): irreducible pay (CF art. 37 XV) withdrawn only after a proceeding (CF art. 5º LV; STF Tema 138).
  'ato-contra-o-servidor': { label: 'punição ou processo disciplinar, remoção de ofício, preterição na promoção ou vantagem do cargo cortada, imposta a servidor ou militar', points: 1, notLow: true, areas: ['administrativo'] },
  // Building blocks of an exoneration in probation (`IMPLIED_FEATURES`): a servant on probation, and the post ended.
  'estagio-probatorio': { label: 'servidor em estágio probatório', points: 0 },
  exoneracao: { label: 'exoneração ou demissão', points: 0 },
  // Weighs nothing alone: the client's own request to a public body (a refund, an exemption) displaces `processo-em-curso` in a tax
  // case (`DISPLACED_FEATURES`); the client note `written-request-filed` tells it too (`PARTY_NOTE_FEATURES`).
  'pedido-proprio': { label: 'pedido administrativo feito pelo próprio cliente (restituição, isenção)', points: 0 },
  // Building blocks of `restituicao-vultosa` (`IMPLIED_FEATURES`, `DISPLACED_FEATURES`): a tax the client wants back, and that refund
  // refused with a reason, contested or already in court.
  'restituicao-pretendida': { label: 'restituição ou compensação de tributo pago a mais', points: 0, areas: ['tributario'] },
  'restituicao-contestada': { label: 'restituição recusada, contestada ou já em ação judicial', points: 0, areas: ['tributario'] },
  // A refund over R$ 50 mil asked of the tax office, nothing contested: its sum in the band below (`DISPLACED_FEATURES`).
  'restituicao-vultosa': { label: 'restituição acima de R$ 50 mil pedida ao fisco, sem autuação nem cobrança', points: 1, areas: ['tributario'] },
  // Building blocks of `desligado-incapaz` (`IMPLIED_FEATURES`): a soldier or a servant discharged, and one hurt or ill.
  'desligamento-do-servico': { label: 'militar licenciado ou servidor desligado do serviço', points: 0, areas: ['administrativo'] },
  'incapacidade-para-o-servico': { label: 'militar ou servidor lesionado ou doente', points: 0, areas: ['administrativo'] },
  // A soldier or a servant discharged while hurt or ill: the military cannot be discharged while incapable, but is kept as adido for
  // treatment with pay and retired when the incapacity lasts (Lei 6.880/80 arts. 106 II, 108-111; the temporary soldier too, STJ), and a
  // servant on leave for a service accident keeps the post while it lasts (Lei 8.112/90 arts. 20 §5º and 211-214; the local statutes).
  // The act is annulled in court on the health board's records and a court expert's report, against the Union or the State, with an
  // urgent request (CPC art. 300): the pay of someone who cannot work is cut at once. Never simple; with the treatment it cuts, high.
  'desligado-incapaz': { label: 'militar ou servidor desligado enquanto lesionado ou doente (reintegração, tratamento, reforma)', points: 3, notLow: true, areas: ['administrativo'] },
  // Building blocks of `dano-por-obra-vizinha` and `ruina-por-obra-vizinha` (`IMPLIED_FEATURES`): works next door (the client note
  // `neighbour-works`), and a building cracked or sinking.
  'obra-vizinha': { label: 'obra no imóvel vizinho', points: 0 },
  'imovel-rachado': { label: 'rachaduras ou recalque no imóvel', points: 0 },
  // The client's building cracked by the works next door: the neighbour and the builder answer for the damage whatever the permit
  // (CC arts. 1.277, 1.299 and 1.311 parágrafo único), but whether the works caused it or the house was old is proved only by an
  // engineer's expert report (a produção antecipada de prova, CPC art. 381, or the court's perícia), and the works near the boundary
  // may have to be shored or stopped by an urgent order (CPC art. 300). Never a simple claim.
  'dano-por-obra-vizinha': { label: 'imóvel rachado pela obra vizinha (nexo a provar por perícia)', points: 1, notLow: true, areas: ['civil', 'imobiliario'] },
  // Building blocks of `dano-por-vazamento-vizinho` (`IMPLIED_FEATURES`): water from a neighbour's unit or house (the client note
  // `neighbour-leak`), the home harmed by water or damp (`mentionsWaterHarmAtHome`), and the leak's source denied (`mentionsLeakSourceDenied`).
  'vazamento-vizinho': { label: 'vazamento ou infiltração vindo do imóvel vizinho', points: 0 },
  'dano-no-imovel': { label: 'teto, parede, piso ou móveis estragados pela água ou pelo mofo', points: 0 },
  'origem-negada': { label: 'origem do vazamento negada (não é dele, é do prédio, o problema é do cliente)', points: 0 },
  // The client's home harmed by the water of a neighbour's unit or house whose source the neighbour denies (not his, the building's,
  // the client's own): its owner answers for the harm of a use that harms the neighbour and for the repair (CC arts. 1.277, 1.336 IV
  // and 927; CPC art. 497), but where the water comes from is then the case's question, proved only by an expert's report (CPC art.
  // 464; often secured first, art. 381) before the damage is reckoned, and the condominium may be the one to answer (CC art. 1.348 V).
  // Never a simple claim. A source known (the plumber's report) and only the payment refused is the plain claim it was.
  'dano-por-vazamento-vizinho': { label: 'imóvel estragado por vazamento cuja origem o vizinho nega (perícia)', points: 1, notLow: true, areas: ['civil', 'imobiliario'] },
  // Building blocks of `vazamento-vizinho-prolongado`, `cobranca-por-vazamento` and `aguas-da-obra-vizinha` (`IMPLIED_FEATURES`).
  'vazamento-de-meses': { label: 'vazamento ou infiltração há três meses ou mais', points: 0 },
  'vizinho-resiste': { label: 'vizinho que impede a entrada, nega que o problema seja dele, ignora ou recusa o conserto', points: 0 },
  'vazamento-do-cliente': { label: 'vazamento atribuído ao imóvel do cliente', points: 0 },
  'cobranca-do-vizinho': { label: 'vizinho que ameaça processar ou cobra milhares', points: 0 },
  'chuva-da-obra-vizinha': { label: 'construção do vizinho que despeja a água da chuva no imóvel do cliente', points: 0 },
  // A neighbour's leak harming the home for three months or more while the neighbour keeps the plumber out, says it is not his,
  // refuses the repair or ignores the notices: a lasting nuisance the owner must stop (CC arts. 1.277 and 1.336 IV), asked as an act to
  // do with a fine (CPC arts. 497 and 537), its source known only by a court's order to enter (CC art. 1.313 I) and an expert's report
  // (CPC art. 464), the damage then reckoned (CC art. 927). Never a simple claim. Not a single episode whose source is confirmed, nor a
  // neighbour who only promises to call someone.
  'vazamento-vizinho-prolongado': { label: 'vazamento do vizinho há meses, com o vizinho impedindo a entrada ou recusando o conserto (perícia e obrigação de fazer)', points: 1, notLow: true, areas: ['civil', 'imobiliario'] },
  // The neighbour claiming from the client, by a suit threatened or thousands demanded, the damage of a leak said to come from the
  // client's unit: the client defends a damages claim whose cause, the water's source, and sum are proved by an expert (CC arts. 1.277
  // and 927; CPC art. 464), often with the building's pipes in question (CC art. 1.348 V). Never simple. Not a small sum the client agrees to pay.
  'cobranca-por-vazamento': { label: 'vizinho cobrando do cliente, ou ameaçando processá-lo, por vazamento atribuído ao imóvel do cliente', points: 1, notLow: true, areas: ['civil', 'imobiliario'] },
  // The neighbour's building raised or changed so that it throws the rain onto the client's house, the home harmed: the owner must
  // build so as not to pour water straight onto the neighbour's (CC art. 1.300; arts. 1.277 and 1.288), the works adapted or undone
  // (CC art. 1.312; CPC art. 497), their link to the water proved by an engineer (CPC art. 464). Never simple.
  'aguas-da-obra-vizinha': { label: 'construção do vizinho despejando a chuva no imóvel do cliente, com estrago (perícia e obra a adaptar)', points: 1, notLow: true, areas: ['civil', 'imobiliario'] },
  // Building block of `desastre-coletivo` (`IMPLIED_FEATURES`): a disaster named (a dam or reservoir, a landslide, a fire, an explosion).
  desastre: { label: 'desastre (rompimento de barragem ou represa, deslizamento, incêndio, explosão)', points: 0 },
  // One disaster harming many households (`coletivo`): the owner of the dam, the works or the premises answers for the ruin and the
  // risk (CC arts. 927 parágrafo único, 937 and 938), each household's losses proved and reckoned (often with the evidence secured
  // first, CPC art. 381), the victims suing together or through their association (CPC art. 113; Lei 7.347/85 art. 5º V). Never medium.
  'desastre-coletivo': { label: 'um mesmo desastre atingindo muitas famílias (dano coletivo)', points: 3, notLow: true, areas: ['civil', 'imobiliario', 'administrativo', 'consumidor'] },
  // The client's home, land or body harmed by a fire spread from next door, a building or a work fallen, or a private dam broken: the
  // owner answers for the ruin whose repairs were plainly due (CC art. 937), the fire or the water from a use of the property that harms
  // the neighbour (CC arts. 1.277 and 927; parágrafo único for a risky activity), but where the fire began, whether the collapse came
  // from neglect or from the storm, and who is the owner (the landlord or the tenant, the heirs) are proved by the firemen's or the
  // Defesa Civil's report and an expert (CPC arts. 381 and 464), and each loss is priced. Never a simple claim.
  'dano-por-ruina-ou-incendio': { label: 'dano por incêndio, desabamento ou rompimento vindo de imóvel alheio (causa e culpa a provar por laudo)', points: 1, notLow: true, areas: ['civil'] },
  // The works next door threatening to bring the building down on those inside (`risco-a-saude`): the works stopped and the building
  // shored by an order within the day (dano infecto, CC arts. 1.280 and 1.311; CPC art. 300), with the engineer's proof and the family's
  // shelter at stake together.
  'ruina-por-obra-vizinha': { label: 'imóvel com risco de desabar pela obra vizinha', points: 2, notLow: true, areas: ['civil', 'imobiliario'] },
  // Building block of `moradia-em-leilao` (`IMPLIED_FEATURES`): a property set for auction for a debt.
  'imovel-em-leilao': { label: 'imóvel levado a leilão por dívida', points: 0 },
  // The client's own home set for auction for a debt (a fiduciary creditor's consolidation, Lei 9.514/97 arts. 26-27; an
  // execution's sale, CPC art. 879): the family loses where it lives unless the sale is stopped now (an injunction, CPC
  // art. 300; the arrears purged or the preference right used, Lei 9.514/97 art. 27 §2º-B; the personal notice checked, art.
  // 26 §3º; the bem de família, Lei 8.009/90). A lawyer weighs it high, never as a plain debt.
  'moradia-em-leilao': { label: 'moradia do cliente levada a leilão', points: 2, notLow: true, areas: ['imobiliario', 'civil', 'consumidor', 'familia'] },
  // The same property sold to two buyers: the one who registers first keeps it (CC arts. 1.245-1.246), so the other's case runs
  // against the seller (perdas e danos, CC art. 389) and, where the second buyer knew, against that sale too (CC art. 167), with the
  // registry to block and the seller's act a crime (CP art. 171 §2º I). Two defendants and the title: at least medium, high with a real sum.
  'dupla-venda': { label: 'o mesmo imóvel vendido a duas pessoas (dupla venda)', points: 3, notLow: true, areas: ['imobiliario', 'civil'] },
  // Building block of `tipo-nao-simples` in a lease (`IMPLIED_FEATURES`): the property sold to someone else.
  'imovel-vendido': { label: 'imóvel vendido a terceiro', points: 0 },
  // Its companion there: the client told to leave the place (the notice, the term, the eviction), as `posse-reclamada` tells it too.
  'desocupacao-pedida': { label: 'cliente chamado a desocupar o imóvel', points: 0, areas: ['imobiliario'] },
  // Building blocks of `moradia-sem-registro` (`IMPLIED_FEATURES`).
  'compra-sem-registro': { label: 'compra de imóvel sem registro (contrato de gaveta, recibo)', points: 0 },
  moradia: { label: 'a moradia do cliente', points: 0 },
  // Building blocks of `escritura-sem-outorgante` (`IMPLIED_FEATURES`): no one left to sign the deed (the seller dead, no matrícula),
  // and whoever must sign it refusing.
  'sem-outorgante': { label: 'vendedor falecido ou imóvel sem matrícula', points: 0 },
  'escritura-recusada': { label: 'quem deve assinar a escritura se recusa', points: 0 },
  // A home or land bought without a deed that the seller can no longer or will not give: dead (the heirs or the estate must sign, after
  // an inventory), vanished, refusing, or the land with no matrícula at all. A plain deed and its registration (CC art. 1.245) are no
  // longer possible: the buyer sues for the adjudicação compulsória against the estate, the heirs or whoever refuses (CC arts.
  // 1.417-1.418; Súmula 239 STJ), or asks it before the registry with a notice to them (Lei 6.015/73 art. 216-B), or proves a usucapião
  // (CC arts. 1.238-1.242; Lei 6.015/73 art. 216-A) or a Reurb (Lei 13.465/17) where there is no title to pass. Never the simple
  // deed a seller at hand signs: medium.
  'escritura-sem-outorgante': {
    label: 'imóvel comprado sem escritura que o vendedor não pode ou não quer passar (falecido, sumido, recusa, sem matrícula): adjudicação compulsória ou usucapião',
    points: 1,
    notLow: true,
    areas: ['imobiliario', 'civil'],
  },
  // The client's home bought and never registered (CC art. 1.245): whoever holds the title (the seller's heirs, creditors, the
  // bank) may take it; keeping it takes an adjudicação compulsória or a usucapião, each proved. Never a simple case.
  'moradia-sem-registro': { label: 'moradia comprada sem registro (contrato de gaveta), com risco de perdê-la', points: 1, notLow: true, areas: ['imobiliario', 'civil', 'familia'] },
  // Building blocks of `posse-antiga-disputada` (`IMPLIED_FEATURES`): a place held for five years and more (`LONG_POSSESSION`), and
  // whoever holds the title claiming it back (a suit or its threat).
  'posse-longa': { label: 'posse de um imóvel por cinco anos ou mais', points: 0 },
  'posse-reclamada': { label: 'quem tem o título (herdeiros, arrematante, banco, antigo dono) quer o imóvel de volta', points: 0 },
  // The owner's heirs or kin saying the place is theirs ("o filho do antigo dono dizendo que a terra é dele"): a building block of
  // `posse-reclamada` (`IMPLIED_FEATURES`), unless the client bought the place and only the deed is missing.
  'titulo-dos-herdeiros': { label: 'herdeiros ou parentes do dono dizem que o imóvel é deles', points: 0 },
  // No rent ever paid nor asked, the place lent for free (a comodato, CC arts. 579-585): no lease under the years in the place (Lei
  // 8.245/91 art. 1º), so the words of an eviction do not displace `posse-antiga-disputada` (`DISPLACED_FEATURES`).
  'sem-aluguel': { label: 'nenhum aluguel pago nem cobrado, ou imóvel cedido de favor (sem locação)', points: 0 },
  // A place held for years, often without a registered title, that the registered owner's heirs, a buyer at an auction, a bank or a
  // former owner now claim back: the occupant's defence is the possession itself and its time (CC arts. 1.196, 1.200-1.210), and a
  // usucapião pleaded as a defence (Súmula 237 STF; CC arts. 1.238-1.242; CF art. 183) against the reintegração or the imissão (CPC
  // arts. 554-568), proved by witnesses, taxes and bills over the years, against several heirs; the home is at stake. A lawyer
  // weighs it high alone (5 points); a lease (the tenant's possession is the landlord's, CC art. 1.197) is no such case (`DISPLACED_FEATURES`).
  'posse-antiga-disputada': { label: 'posse antiga do imóvel disputada por quem tem o título (usucapião como defesa)', points: 5, notLow: true, areas: ['imobiliario', 'civil'] },
  // The client's home listed in an inventory already opened (`IMPLIED_FEATURES`): the heirs own the estate from the death (CC art.
  // 1.784) and the title follows the registry (CC art. 1.245), so whoever lives there, an heir or a buyer never registered (CC arts.
  // 1.417-1.418), must hold the house against the sharing or a claim to leave, and a disputed fact goes to the ordinary means (CPC
  // art. 612). The home at stake among several heirs: a lawyer weighs it high.
  'moradia-no-inventario': { label: 'moradia do cliente em imóvel que está no inventário', points: 3, notLow: true, areas: ['imobiliario', 'civil', 'familia'] },
  // A business past a microempresa (SEBRAE's bands: 20 or more employees in industry, 10 in commerce and services): its jobs,
  // payroll and operation hang on the case. Counted only as the business's own staff (`mentionsWorkforce`); in a labour
  // case the employer's size is not the worker's claim.
  'porte-da-empresa': { label: 'empresa com 20 ou mais empregados', points: 1, notLow: true, areas: NOT_LABOUR },
  // Investments made for a contract the other side ends: the termination holds only after a term compatible with them
  // (CC art. 473 parágrafo único), and they are the damages of a distribution, franchise or supply contract cut short.
  'investimento-em-jogo': { label: 'investimentos feitos no negócio em jogo', points: 1, notLow: true, areas: ['empresarial'] },
  // Building blocks of `franquia-rompida` (`IMPLIED_FEATURES`): the client's franchise (franqueado, franqueadora, contrato de franquia),
  // and its end or breach told as the franchisor's act (rescinded, unit descredenciada, the brand to be removed, a non-compete after
  // the end, the Circular de Oferta never delivered). Alone, a franchise is a dispute within it (`franquia-em-disputa`: a fee asked, a supplier's invoice).
  'franquia-do-cliente': { label: 'contrato de franquia do cliente', points: 0 },
  'franquia-encerrada': { label: 'franquia descredenciada, marca a retirar, não concorrência ou COF não entregue', points: 0 },
  // Building blocks of `contrato-empresarial-rompido` (`IMPLIED_FEATURES`), the first also of `franquia-rompida`: a contract the other
  // side rescinded, ended or broke, and a supplier's deliveries stopped or cut while the contract runs.
  'contrato-rescindido': { label: 'contrato rescindido ou rompido pela outra parte', points: 0 },
  'fornecimento-interrompido': { label: 'fornecimento interrompido ou cortado pelo fornecedor', points: 0 },
  // Goods or inputs a company's supplier delivered spoiled, defective or off their specification: a hidden defect between businesses
  // (vício redibitório, CC arts. 441-443; claimed within 30 days of delivery or of the defect showing, art. 445 caput and §1º), the
  // supply contract's breach to resolve with damages, the lost production and sales included (CC arts. 389, 402 and 475); goods off
  // the order or the sample approved are the same breach, the buyer not bound to take them (CC arts. 313 and 484). The CDC does not
  // reach an input bought for the business, and the supplier blaming the client's storage or use makes the defect's cause a
  // question of proof (notes, photos, an expert's report). Never low; business cases only (a consumer's defective product is
  // weighed in consumer law). It only adds up, the price and the loss weighing through the amount.
  'fornecimento-viciado': {
    label: 'mercadoria ou insumo entregue estragado, com defeito ou fora da especificação pelo fornecedor da empresa',
    points: 1, notLow: true, addsOnly: true, areas: ['empresarial'],
  },
  // The franchisee's own wish to leave (`cliente-quer-sair`: "quero sair", "quero encerrar", "cair fora"): a resilição the client
  // asks (CC art. 473), the penalty and the non-compete the price of the exit, no termination by the franchisor to fight.
  'cliente-quer-sair': { label: 'o cliente quer sair do contrato', points: 0 },
  // A franchise ended or breached by the franchisor: the franchisee's unit and investment at stake under a contract with penalties and
  // a non-compete, often an injunction to keep trading (CPC art. 300). The termination holds only after a term compatible with the
  // investments (CC art. 473 parágrafo único), the breach must be the franchisee's (CC art. 475), and a franchise without the
  // Circular de Oferta delivered 10 days before is voidable with the fees and royalties returned (Lei 13.966/19 arts. 2º, 3º and 4º).
  // A lawyer weighs it high.
  'franquia-rompida': { label: 'franquia rescindida ou descumprida pela franqueadora (multa, não concorrência, COF)', points: 3, notLow: true, areas: ['empresarial', 'civil'] },
  // Any other dispute of a franchisee or a candidate with the franchisor or the network (a fee or a fine charged, royalties, the
  // advertising fund, the territory, the compulsory suppliers, a transfer, a deposit kept): the franchisee is no consumer (STJ, REsp
  // 632.958/AL), so the dispute is read on the franchise contract, an adhesion contract (CC arts. 423-424), against the Circular de Oferta
  // that binds the franchisor (Lei 13.966/19 arts. 2º and 3º: the fees, the fund, the territory and the suppliers it must state, the sums
  // paid returned when it was withheld or false), often under an arbitration clause (art. 7º). A lawyer reads it medium, never low.
  'franquia-em-disputa': { label: 'disputa de franqueado ou candidato com a franqueadora ou a rede', points: 1, notLow: true, addsOnly: true, areas: ['empresarial'] },
  // A business contract (supply, distribution, representation, services) rescinded, broken or its deliveries cut by the other company:
  // the innocent party may resolve it and claim damages (CC arts. 389, 402-404 and 475) or the penalty clause, which the judge may
  // reduce (CC arts. 408-416); a contract of long duration or with investments ends only after a fair notice (CC arts. 473 parágrafo
  // único and 720), and a commercial agent's has its indemnity and notice (Lei 4.886/65 arts. 27 j and 34). The breach and the sums
  // are disputed on the contract and its records: never low.
  'contrato-empresarial-rompido': { label: 'contrato empresarial rompido ou fornecimento cortado pela outra empresa', points: 1, notLow: true, areas: ['empresarial'] },
  // An occupational disease (LER/DORT, tendinitis, burnout) claimed against the employer: unlike an accident, whose event is plain,
  // the disease's link to the work is the whole dispute, proved only by a judicial medical expert (CPC art. 464; Lei 8.213/91
  // arts. 20 and 21-A, the NTEP), and on it hang the job kept (art. 118; Súmula 378 II TST, even after a common benefit), the
  // damages and the pension for the capacity lost (CC art. 950). A lawyer weighs it high. Labour cases only: before the INSS the
  // disease is the incapacity the benefit asks for.
  'doenca-ocupacional': { label: 'doença ocupacional: nexo com o trabalho a provar por perícia médica', points: 3, notLow: true, areas: ['trabalhista'] },
  // A mental illness the worker tells beside the job (depression, anxiety or panic attacks, a psychiatrist, an antidepressant), often
  // the harm of a moral harassment: the illness is the damage to weigh (CLT arts. 223-B and 223-G; CC arts. 186 and 927), its link
  // to the work a disease of the list (Lei 8.213/91 art. 20 II; Decreto 3.048/99 anexo II, lista B, grupo V) on which the job kept
  // after a leave hangs (art. 118), and a dismissal of the ill worker may be discriminatory (Súmula 443 TST). Never simple: a
  // medical expert and witnesses prove it. Labour cases only: before the INSS the illness is the incapacity the benefit asks for.
  'adoecimento-psiquico': { label: 'adoecimento psíquico do trabalhador (depressão, ansiedade, pânico) a provar', points: 1, notLow: true, areas: ['trabalhista'] },
  // A worker off the books who fell ill at the job (`IMPLIED_FEATURES`): no CAT nor accident benefit was possible, so the employment
  // is proved first (CLT art. 3º) and the illness's link to the work after it, by an expert, for the job kept and the damages
  // (Lei 8.213/91 arts. 20 II and 118; Súmula 378 II TST; CC arts. 186 and 927). Two disputes, one on the other: a lawyer weighs it high.
  'adoecimento-sem-registro': { label: 'adoecimento psíquico de trabalhador sem registro: vínculo e nexo a provar', points: 2, notLow: true, areas: ['trabalhista'] },
  // A worker seriously hurt at the job (an amputation, a crushed hand, a fracture operated, burns, a fall from height), told as a work
  // accident or of a worker off the books (`IMPLIED_FEATURES`): the employer's liability (CF art. 7º XXVIII; CC art. 927 parágrafo
  // único for a risky activity, STF Tema 932), a medical expert for the capacity lost and the pension it gives (CC art. 950), moral,
  // aesthetic and material damages together (Súmula 387 STJ), the job kept a year after (Lei 8.213/91 arts. 19-21 and 118; Súmula
  // 378 TST), and, off the books, the employment to prove first (CLT art. 3º). A lawyer never weighs it medium.
  'acidente-grave-no-trabalho': {
    label: 'acidente de trabalho com lesão grave (amputação, fratura, queimadura, queda de altura): perícia, danos moral, estético e material e pensão',
    points: 2, notLow: true, areas: ['trabalhista'],
  },
  // Building block of `dano-grave` and `acidente-grave-no-trabalho` (`IMPLIED_FEATURES`): a serious injury of a work accident in lay words.
  'lesao-de-acidente': { label: 'lesão grave típica de acidente de trabalho', points: 0 },
  // Building block of `dano-grave` for a worker off the books (`IMPLIED_FEATURES`): a named bone broken ("quebrei o punho").
  'osso-quebrado': { label: 'osso quebrado', points: 0 },
  // Building blocks of `areas-concorrentes` (`IMPLIED_FEATURES`): alone, a work accident is a labour case and a benefit a social-security one.
  'acidente-de-trabalho': { label: 'acidente de trabalho ou doença ocupacional', points: 0 },
  // Building block of `tipo-nao-simples` under a health plan (`IMPLIED_FEATURES`): elsewhere a "plano" is a phone's or a gym's.
  'cancelamento-ameacado': { label: 'cancelamento do contrato anunciado pela operadora', points: 0 },
  // Building block of `cuidado-retido-de-vulneravel` (`IMPLIED_FEATURES`): the care asked of the SUS out of stock or in a queue without
  // a date ("está em falta", "na fila", "não tem previsão", "não marcam"); alone an adult's wait stays as it was.
  'cuidado-sem-previsao': { label: 'remédio, exame ou cirurgia do SUS em falta ou na fila sem previsão', points: 0 },
  // Building block of `cuidado-retido-de-vulneravel` (`IMPLIED_FEATURES`): a baby's age told in months ("meu bebê de 8 meses"), alone no
  // vulnerability weighed (`mentionsInfantInMonths`).
  'bebe-de-meses': { label: 'bebê com idade contada em meses', points: 0 },
  // What keeps a queue from being care withheld (`IMPLIED_FEATURES`): a place in a crèche or a school waited for is the right to
  // education (CF art. 208 IV; ECA art. 54 IV; STF Tema 548), settled and asked as it was, even where its "fila" files it under the SUS.
  'vaga-escolar': { label: 'vaga em creche ou escola pedida', points: 0 },
  // An elder or a child left without the drug, the exam or the surgery the SUS owes, by a shortage or a queue without a date: the
  // omission is a refusal (CF art. 196; Lei 8.080/90 art. 7º), owed with priority (Estatuto da Pessoa Idosa art. 15 §2º: drugs of
  // continued use supplied free; ECA art. 11), a wait past 100 days for an exam or 180 for a surgery is excessive (Enunciado 93
  // da Jornada de Direito da Saúde do CNJ), and the suit names the entity that must supply it (STF Tema 793) with a tutela de
  // urgência on the medical report (CPC art. 300). Never simple.
  'cuidado-retido-de-vulneravel': { label: 'idoso ou criança sem o remédio, o exame ou a cirurgia devidos pelo SUS (em falta, fila sem previsão)', points: 1, notLow: true, areas: ['administrativo'] },
  // Building blocks of `vicio-de-veiculo-novo` (`IMPLIED_FEATURES`): a vehicle bought new, one bought used, the maker named, a vehicle
  // driven for a living.
  'veiculo-zero-km': { label: 'veículo comprado novo (zero km)', points: 0, areas: ['consumidor'] },
  'veiculo-usado': { label: 'veículo comprado usado ou seminovo', points: 0, areas: ['consumidor'] },
  'montadora-citada': { label: 'montadora citada ao lado da concessionária', points: 0, areas: ['consumidor'] },
  'veiculo-de-sustento': { label: 'veículo com que o cliente trabalha (aplicativo, táxi, entregas)', points: 0, areas: ['consumidor'] },
  // A new vehicle's defect claimed from the dealer, its price from R$ 50 mil: the consumer chooses, once the 30 days to repair pass,
  // another vehicle, the price back or its abatement (CDC art. 18 §1º I-III), at once where the defect is in an essential part
  // (§3º), the dealer answering with the maker whatever its fault (art. 18 caput) within the warranty. The price is the sum the
  // choice returns, not a dispute it adds; so the value weighs as the band below (`DISPLACED_FEATURES`), until a used vehicle's
  // hidden defect (art. 26 §3º) or the maker and the dealer blaming each other make the case a dispute of who answers and why.
  'vicio-de-veiculo-novo': {
    label: 'vício de veículo zero km acima de R$ 50 mil reclamado ao fornecedor (troca, conserto ou preço de volta)', points: 1, addsOnly: true, areas: ['consumidor'],
  },
  // Building blocks of `varias-partes` in consumer cases (`IMPLIED_FEATURES`): a purchase to undo, and a purchase a bank financed.
  'compra-desfeita': { label: 'compra que o cliente quer desfazer', points: 0 },
  'compra-financiada': { label: 'compra financiada por banco ou financeira', points: 0 },
  'fornecedor-desaparecido': { label: 'fornecedor fechado ou que não responde mais', points: 0 },
  // Building block of `varias-partes` in civil cases (`IMPLIED_FEATURES`): elsewhere a company car is the job's tool.
  'veiculo-de-empresa': { label: 'veículo de uma empresa envolvido', points: 0 },
  // A dismissal for cause announced for a next fault, not made: no points; its words keep 'justa causa' from counting as one to reverse.
  // A trip to another state: no points; its words keep 'outro estado' from counting as `internacional`.
  // Building block of `internacional` where a child is kept (`IMPLIED_FEATURES`): places told in two states (`namesTwoStates`).
  'dois-estados': { label: 'lugares em dois estados', points: 0 },
  // A country named in passing (a football match): no points; its words keep the country from counting as `internacional`.
  'pais-de-passagem': { label: 'país citado de passagem (jogo de futebol)', points: 0 },
  // A card's purchases or a parcel's site told by where they were made: no points; its words keep the place from counting as `internacional`.
  'compra-de-fora': { label: 'compra feita no exterior ou em outro estado (local da compra, não parte)', points: 0 },
  // Others hit by the same thing, told only as a pattern the client learnt: no points; its words keep them from counting as `coletivo`.
  'outros-so-citados': { label: 'outras pessoas com o mesmo problema citadas de passagem (não partes)', points: 0 },
  // A parcel from abroad taxed on arrival: no points; in a tax case it keeps the parcel's foreign words from counting as `internacional` (`DISPLACED_FEATURES`).
  'remessa-postal': { label: 'encomenda do exterior tributada na chegada (remessa postal ou expressa)', points: 0 },
  'viagem-nacional': { label: 'viagem a outro estado (sem parte ou juízo em outro estado)', points: 0 },
  'justa-causa-anunciada': { label: 'justa causa apenas anunciada para uma próxima falta', points: 0 },
  'beneficio-por-incapacidade': { label: 'benefício do INSS por incapacidade', points: 0 },
  'pensao-por-morte': { label: 'pensão por morte', points: 0 },
  // Weighs nothing alone: lasting harm where the benefit is the case (`IMPLIED_FEATURES`), not in family law.
  'invalidez-do-beneficio': { label: 'aposentadoria por invalidez', points: 0 },
  // The disability retirement the client wants ('queria me aposentar por invalidez'): no harm held, but a request never simple, the
  // incapacity to prove total, permanent and beyond rehabilitation against the perícia (Lei 8.213/91 arts. 42 and 101), often with the
  // 25% of art. 45. Social-security cases only.
  'invalidez-pedida': { label: 'aposentadoria por invalidez pedida (incapacidade permanente a provar)', points: 1, notLow: true, areas: ['previdenciario'] },
  'uniao-a-comprovar': { label: 'união estável a comprovar', points: 0 },
  // The couple's union to be registered, asked by the couple (`KIND_FREE_FEATURES`). Family cases only.
  'uniao-a-registrar': { label: 'união estável a registrar em cartório', points: 0, areas: ['familia'] },
  // Building block of `varias-partes` and `uniao-contra-outro-dependente` (`IMPLIED_FEATURES`): another dependant asking for or paid the pension.
  'outro-dependente': { label: 'outro dependente pediu ou recebe a pensão', points: 0, areas: ['previdenciario'] },
  // A union to prove against another dependant who claims or is paid the same pension (a wife separated in fact, a former or a
  // simultaneous companion): the other claimant is a necessary co-defendant beside the INSS, the union is proved against both by
  // documents and witnesses (Lei 8.213/91 art. 16 §§5º-6º; CC art. 1.723 §1º), and simultaneous unions are not both protected
  // (Tema 529 STF). Beside `varias-partes` it makes the case strong enough to be high.
  'uniao-contra-outro-dependente': { label: 'união estável a provar contra outro dependente que pede ou recebe a pensão', points: 2, notLow: true, areas: ['previdenciario'] },
  // A union the other partner denies (a dating contract, "era só namoro"): proved by its facts first (CC art. 1.723). Never simple.
  // A union never registered to declare before its property is divided (`IMPLIED_FEATURES`). Family cases only.
  'uniao-a-declarar-com-bens': { label: 'união estável a declarar antes de partilhar os bens', points: 1, areas: ['familia'] },
  'uniao-negada': { label: 'união estável negada pelo outro companheiro ou pelos herdeiros (contrato de namoro, "era namoro")', points: 2, notLow: true, areas: ['familia'] },
  // Building blocks of `ofensa-com-repercussao` (`IMPLIED_FEATURES`): an offence against the client's honour (a false accusation of
  // theft or fraud, a defamation), its reach online (views, shares, a post gone viral), and the clients or orders lost after it.
  'ofensa-a-honra': { label: 'ofensa à honra do cliente (acusação falsa, difamação)', points: 0, areas: ['civil', 'criminal'] },
  'alcance-na-internet': { label: 'conteúdo com grande alcance na internet (visualizações, compartilhamentos)', points: 0, areas: ['civil', 'criminal'] },
  'perda-de-clientela': { label: 'clientes, encomendas ou pedidos perdidos', points: 0, areas: ['civil', 'criminal'] },
  // An offence against honour spread online with a measured reach and followed by the clients lost: the removal of the content by a
  // court order (Marco Civil da Internet arts. 19-21, with a tutela de urgência) and the damages, moral and the lost profits (CC arts.
  // 186, 402, 927 and 953), each on its own proof (the reach, the truth of what was said, the cancellations). Never a simple case.
  'ofensa-com-repercussao': { label: 'ofensa à honra com repercussão na internet e perda de clientes (remoção do conteúdo e indenização)', points: 2, notLow: true, areas: ['civil', 'criminal'] },
  // A crime falsely imputed to the client, taken to the police and the inquiry archived, the client now suing or prosecuting its author
  // (`IMPLIED_FEATURES`): the archiving shows the charge unfounded, not the author's bad faith, which the claim must prove, since
  // reporting a suspicion is a right (CC arts. 186, 188 I, 927 and 953; CP arts. 138 and 339, the denunciação caluniosa). Never simple.
  'acusacao-falsa-arquivada': { label: 'acusação falsa de crime contra o cliente, com o inquérito arquivado (má-fé do autor a provar, denunciação caluniosa e danos morais)', points: 1, notLow: true, areas: ['civil', 'criminal'] },
  // A common home in one partner's name being sold before the division: only an urgent order keeps the share (CPC arts. 300 and 828).
  'venda-de-bem-comum': { label: 'imóvel do casal à venda por quem o tem em seu nome, antes da partilha', points: 2, notLow: true, areas: ['familia'] },
  // The client asks for remedies of two areas (`REMEDY_AREAS`), or one fact engages two regimes (`TWO_REGIME_NOTES`, `IMPLIED_FEATURES`):
  // not the words of another area told in passing, nor two areas scoring close.
  // Building block of `varias-partes` (`IMPLIED_FEATURES`): the client signed as guarantor (avalista) of another's debt.
  aval: { label: 'cliente avalista de uma dívida', points: 0 },
  // Building block of `varias-partes` (`IMPLIED_FEATURES`): a company of three or more partners, or the other partners told together.
  'socios-contrarios': { label: 'dois ou mais sócios do outro lado', points: 0 },
  // Building blocks of `laranja-investigado` (`IMPLIED_FEATURES`): the client's name lent for another's company (sócio de fachada).
  'nome-emprestado': { label: 'empresa de outra pessoa em nome do cliente (laranja, sócio de fachada)', points: 0 },
  // The client investigated or accused as the front partner of another's company (CP art. 299; Lei 8.137/90 art. 1º; Lei 9.613/98
  // art. 1º): the company's crimes are charged to whoever signs for it, the one who ran it usually offers the defence his own
  // interest dictates (his lawyer's script is the client's confession), and the proof of being only a front is the defence. A
  // company, liberty and conflicting co-accused: a lawyer weighs it high. Criminal cases only.
  'laranja-investigado': { label: 'cliente investigado ou acusado como sócio de fachada (laranja) da empresa de outro', points: 3, notLow: true, areas: ['criminal'] },
  // The client's own move abroad (a partner leaving the company to live in Portugal): no foreign party, law or court in the case, so
  // no `internacional` outside family and criminal cases, where where the child or the accused will live is the case (`IMPLIED_FEATURES`).
  'mudanca-para-o-exterior': { label: 'mudança do cliente para o exterior', points: 0 },
  // The State asking or granted the possession of the expropriated property now, on the deposit of its own offer (DL 3.365/41 art. 15;
  // Súmula 652 STF): the owner leaves before the price is fixed, and the just compensation (CF art. 5º XXIV) is fought in the suit
  // with a court's expert valuation and interest on the difference (DL 3.365/41 arts. 14, 15-A, 26-27). Administrative cases only:
  // elsewhere an imissão na posse is a buyer's claim against an occupant.
  'imissao-provisoria': { label: 'posse do imóvel desapropriado pedida ou dada ao poder público antes de fixado o preço (imissão provisória)', points: 2, notLow: true, areas: ['administrativo'] },
  // Building blocks of `subtracao-internacional` (`IMPLIED_FEATURES`): the client's consent withheld, and the child taken or kept.
  'consentimento-negado': { label: 'cliente que não autorizou a viagem ou a mudança', points: 0, areas: ['familia'] },
  // A business or the works closed, or announced to be closed, by an authority's act (the fire brigade, the health inspectorate, the
  // city's or the environmental inspectors, the Procon, the Defesa Civil: the note `place-interdicted`): a sanction of the police power
  // (CTN art. 78; Lei 6.437/77 art. 2º; CDC art. 56 X; Decreto 6.514/08 art. 3º; Lei 12.608/12 art. 8º) that stops the income every
  // day it lasts. The defence runs in the administrative proceeding with its own short terms, and reopening often needs a mandado de
  // segurança (Lei 12.016/09 art. 7º III) or an injunction against the act (CPC art. 300). Never simple, unlike a fine paid or
  // appealed with the place open, or a licence merely asked. Administrative cases only: elsewhere the closing is background (a
  // tenant's home the Defesa Civil closed is a lease's case).
  'local-interditado': { label: 'estabelecimento ou obra interditado pelo poder público', points: 1, notLow: true, areas: ['administrativo'] },
  // Building blocks of a livelihood's permit revoked unheard (`IMPLIED_FEATURES`): the permit revoked, and no prior hearing told.
  'permissao-cassada': { label: 'permissão, licença ou alvará cassado ou revogado', points: 0, areas: ['administrativo'] },
  'sem-defesa-previa': { label: 'sanção aplicada sem defesa prévia', points: 0, areas: ['administrativo'] },
  'crianca-levada': { label: 'filho levado ou retido pelo outro genitor', points: 0, areas: ['familia'] },
  // The client is the parent who wants to take the child abroad: a consent to supply in court (ECA art. 84 II), no removal to undo.
  'filho-levado-pelo-cliente': { label: 'cliente que quer levar o filho consigo', points: 0, areas: ['familia'] },
  // A child taken or about to be taken abroad, or kept there, by one parent without the other's consent: the Hague Convention of
  // 1980 (Decreto 3.413/2000) asks the child's return through the central authority and the federal courts (CF art. 109 III), and
  // the departure is stopped now by an injunction and an alert to the Polícia Federal (ECA arts. 83-85); an alienation told beside
  // it is weighed too (Lei 12.318/10). Never simple, and high with any other strong feature. Family cases only.
  'subtracao-internacional': { label: 'filho levado ou retido no exterior sem autorização do outro genitor (Convenção da Haia de 1980)', points: 3, notLow: true, areas: ['familia'] },
  // The unit's own condominium arrears: the debt follows the unit (obrigação propter rem, CC art. 1.345), so the buyer, the heir or the
  // owner whose tenant was to pay answers for it, and the unit itself may be seized for it even as the family home (Lei 8.009/90 art. 3º
  // IV; the fees are an execution title, CPC art. 784 X). Who owes, what the sale or the lease shifted, and the home at risk: not simple.
  'divida-condominial': { label: 'dívida de condomínio da unidade (obrigação propter rem, penhorável mesmo sendo moradia)', points: 1, notLow: true, areas: ['imobiliario'] },
  // Building blocks of `renovatoria` (`IMPLIED_FEATURES`): a lease to renew, and a business premises (o ponto).
  'renovacao-da-locacao': { label: 'renovação do contrato de locação pedida', points: 0, areas: ['imobiliario'] },
  'locacao-empresarial': { label: 'locação de ponto comercial ou a uma empresa', points: 0, areas: ['imobiliario'] },
  // A business lease to renew: the ação renovatória (Lei 8.245/91 art. 51) needs written contracts summing five years and three in
  // the same trade, the art. 71 documents, and must be filed between one year and six months before the lease ends (art. 51 §5º, a
  // decadência that no agreement stops), while the landlord may answer with a higher rent or a retaking (arts. 52 and 72). Never simple.
  renovatoria: { label: 'renovação de locação comercial (ação renovatória com prazo decadencial)', points: 1, notLow: true, areas: ['imobiliario'] },
  // Building blocks of `benfeitoria-do-ocupante` (`IMPLIED_FEATURES`): works told on a property, and the client living in or using one
  // that is another's or asked to leave it (also the client note `tenant`, and the title's claim `posse-reclamada`).
  'obra-no-imovel': { label: 'obra feita pelo cliente no imóvel', points: 0, areas: ['imobiliario'] },
  'ocupante-de-imovel-alheio': { label: 'cliente inquilino ou ocupante de imóvel alheio, ou chamado a desocupá-lo', points: 0, areas: ['imobiliario'] },
  // Works the tenant or occupant made on the property (a roof, the plumbing, a wall, a room built): their value is claimed when the
  // owner asks the property back. The necessary ones are owed even unauthorised and the useful ones if authorised, with a right to
  // stay until paid (Lei 8.245/91 art. 35; CC arts. 1.219-1.220 for the occupant in good faith), unless the lease waived them (STJ
  // Súmula 335); the retention must be raised in the defence (CPC art. 538 §2º). The consent and the cost to prove: never simple.
  'benfeitoria-do-ocupante': { label: 'obra ou benfeitoria do inquilino ou ocupante no imóvel a indenizar (indenização e retenção)', points: 1, notLow: true, areas: ['imobiliario'] },
  // Building blocks of `tempo-especial-sem-ppp` (`IMPLIED_FEATURES`): special time claimed, an employer closed, and another's records lost.
  'tempo-especial': { label: 'tempo especial pedido (atividade insalubre ou perigosa)', points: 0, areas: ['previdenciario'] },
  'periodo-em-carteira': { label: 'período anotado na carteira de trabalho', points: 0, areas: ['previdenciario'] },
  'empregador-fechado': { label: 'empregador fechado ou falido', points: 0, areas: ['previdenciario'] },
  'registros-perdidos': { label: 'empregador que não acha ou não entrega os documentos da época (PPP)', points: 0, areas: ['previdenciario'] },
  // Building block of `revisao-por-tempo-nao-contado` (`IMPLIED_FEATURES`): the client asking a granted benefit revised.
  'revisao-pedida': { label: 'revisão de benefício já concedido pedida', points: 0, areas: ['previdenciario'] },
  // A retirement granted without a period the INSS would not count (special, rural, unregistered), revised to count it: beside the
  // period's proof, the review runs against the ten years of decadência from the first payment (Lei 8.213/91 art. 103), recomputes
  // the benefit under the rule in force when its requisites were met (the conversion of special time only up to EC 103/19, art.
  // 25 §2º; the better benefit, STF Tema 334) and claims five years of arrears (art. 103 p.u.), with the risk of a new value lower
  // than the one paid. Not a first request.
  'revisao-por-tempo-nao-contado': { label: 'revisão da aposentadoria para contar tempo que o INSS não reconheceu (decadência, novo cálculo, atrasados)', points: 1, notLow: true, areas: ['previdenciario'] },
  // Special time at several employers, one closed and another without its records: the PPP and LTCAT the INSS asks (Lei 8.213/91 art. 58 §§1º and 4º)
  // cannot be had, so the exposure is proved in court by a perícia indireta at a similar workplace, witnesses and the CTPS trade
  // (by category only to 28/04/1995, Decretos 53.831/64 and 83.080/79), often with a labour suit for the PPP, period by period. One
  // employer's PPP missing beside the others' in hand is one period to prove (medium).
  'tempo-especial-sem-ppp': { label: 'tempo especial em empregadores fechados ou sem documentos (PPP a suprir por perícia e testemunhas)', points: 3, notLow: true, areas: ['previdenciario'] },
  // Building blocks of `vicio-em-muitas-unidades` (`IMPLIED_FEATURES`): the building's síndico speaking for the condomínio, a
  // construction defect, and the builder. Not units counted alone: an owner claiming for their own unit in a building of 60 is one claim.
  'condominio-autor': { label: 'síndico pelo condomínio (todas as unidades)', points: 0 },
  'defeito-construtivo': { label: 'defeito de construção (infiltração, vício construtivo)', points: 0 },
  construtora: { label: 'construtora ou incorporadora', points: 0 },
  // One construction defect across a building's units and common areas (CC art. 618, the builder's five-year guarantee of solidity;
  // CDC arts. 12, 18 and 26-27), claimed by the síndico: the condomínio sues for the common areas and each owner for the unit (CPC art. 75 XI; CC art. 1.348
  // II, after the assembly), the cause is proved by an engineer's perícia (a produção antecipada de prova, CPC art. 381). A lawyer weighs it high.
  'vicio-em-muitas-unidades': { label: 'defeito de construção que atinge muitas unidades de um condomínio', points: 3, notLow: true, areas: ['imobiliario', 'civil', 'consumidor'] },
  'areas-concorrentes': { label: 'mais de uma área do direito envolvida', points: 1 },
  'tipo-de-caso': { label: 'tipo de caso (subárea)', points: 1 },
  // The subarea's points where the kind of case is never simple (`SubareaLexicon.notLow`): the same weight, and the floor of medium.
  'tipo-de-caso-nao-simples': { label: 'tipo de caso que nunca é simples (subárea)', points: 1, notLow: true },
};

/** Value bands (BRL), highest first: only the highest band reached counts. */
export const AMOUNT_BANDS: { min: number; feature: string }[] = [
  { min: 1_000_000, feature: 'valor-1milhao' },
  { min: 300_000, feature: 'valor-300mil' },
  { min: 50_000, feature: 'valor-50mil' },
  { min: 10_000, feature: 'valor-10mil' },
];

/** The summary rite's bound (CLT art. 852-A): forty minimum wages, at the wage the value bands take (`MINIMUM_WAGE_FOR_BANDS`). */
export const SUMMARY_RITE_MAX = 40 * MINIMUM_WAGE_FOR_BANDS;

/** Urgency bands (hours), sharpest first. */
export const URGENCY_BANDS: { maxHours: number; feature: string }[] = [
  { maxHours: 24, feature: 'prazo-24h' },
  { maxHours: 72, feature: 'prazo-72h' },
];

/** Counted groups ("9 bancos"), largest first. */
export const GROUP_BANDS: { min: number; feature: string }[] = [
  { min: 5, feature: 'grupo-5' },
  { min: 3, feature: 'grupo-3' },
];

/**
 * People a counted group may be made of who are affected by the case, not opposing it: "30 famílias" facing one eviction,
 * "120 compradores" of one builder. A collective conflict (CPC art. 554 §1 and 565: the possession of many, with the
 * Defensoria and the MP called in; one defect or one fraud behind many claims) is `coletivo` from this many people.
 * Employees are not here: "a empresa tem 60 funcionários" is as often the client's own company.
 */
export const AFFECTED_GROUP_NOUNS: string[] = ['familias', 'moradores', 'vitimas', 'passageiros', 'compradores', 'mutuarios', 'formandos', 'consumidores'];
/**
 * Households counted as harmed by one event ("a enxurrada destruiu mais de 20 casas", "o fogo se alastrou por nove casas", "somos 23
 * famílias atingidas"): the same fire, landslide or burst reservoir behind many claims for damages (CC arts. 927 and 937-938), brought
 * together (litisconsórcio, CPC art. 113) or by the residents' association (Lei 7.347/85 art. 5º V). A count of houses is no group of
 * people alone ("tenho 3 casas de aluguel", "um condomínio de 40 casas"): it is `coletivo` only beside a word of the harm in the same
 * sentence (`HOUSEHOLD_HARM`), or when the client counts themself among them ("somos 23 casas", `SELF_COUNT_CUES`).
 */
export const HOUSEHOLD_NOUNS: string[] = ['casas', 'residencias', 'moradias', 'barracos', 'sitios', 'chacaras', 'propriedades', 'vizinhos', 'familias'];
/** The same counted in the spoken singular ("somos 23 casa", "mais de 20 casa"), only after the client's own or a rough count: "125 casa 2" is an address. */
export const HOUSEHOLD_SPOKEN_NOUNS: string[] = ['casa', 'familia'];
/** Stems of the harm done to the houses counted (destroyed, flooded, burnt, buried, left with nothing). */
export const HOUSEHOLD_HARM: string[] = [
  'sem nada', 'destrui', 'destruid', 'alag', 'inund', 'atingid', 'invadid', 'queim', 'incendi', 'fogo', 'soterr', 'desab', 'desmoron', 'caiu', 'cairam',
  'lama', 'enxurrada', 'desabrigad', 'desalojad', 'interditad', 'perderam', 'danific', 'rompe', 'rompi', 'estour', 'alastr', 'espalh', 'arrast',
];
/**
 * Workers the client counts themself among ("sou um dos 40 funcionários", "somos 12 empregados"): the same unpaid wages or the
 * same closure affect them all, a collective labour conflict (the union's substitution, CF art. 8º III; a plural claim, CLT
 * art. 842). Singular forms too, as spoken ("um dos quarenta funcionário"). Never "a empresa tem 60 funcionários" (`WORKFORCE_NOUNS`).
 */
export const SELF_COUNTED_WORKER_NOUNS: string[] = [
  'funcionarios', 'funcionario', 'funcionarias', 'funcionaria', 'empregados', 'empregado', 'empregadas', 'empregada',
  'trabalhadores', 'trabalhador', 'trabalhadoras', 'operarios', 'operario', 'operarias', 'colaboradores', 'servidores',
  // The workers counted by their trade ("a gente era umas 60 costureiras", "somos 14 motoristas"): the same collective conflict.
  'costureiras', 'costureiros', 'motoristas', 'cobradores', 'vigilantes', 'vigias', 'porteiros', 'faxineiras', 'serventes', 'pedreiros',
  'atendentes', 'vendedores', 'vendedoras', 'operadores', 'operadoras', 'cozinheiras', 'cozinheiros', 'garcons', 'entregadores',
  'professores', 'professoras', 'enfermeiras', 'enfermeiros', 'tecnicos', 'tecnicas', 'terceirizados', 'terceirizadas',
  // The building site's or the farm's worker in everyday and regional speech ('peão', 'pião'), singular as spoken too ("deixou uns 40
  // peão sem receber", "a gente é uns 20 peão"): the same collective claim (CLT arts. 455 and 842; Lei 5.889/73 for the rural one).
  'peoes', 'peao', 'pioes', 'piao',
];
/** Words before the count by which the client is one of the workers counted. */
// Not "um dos 30 funcionários" alone: "um dos 30 funcionários da loja me xingou" counts the other side's staff.
export const SELF_COUNT_CUES: string[] = [
  'somos', 'eramos', 'sou um dos', 'sou uma das', 'fui um dos', 'fui uma das', 'eu e mais', 'eu e outros', 'eu e outras',
  // The spoken first person plural ("a gente era umas 60 costureiras", "a gente é 12 motoristas").
  'a gente era', 'a gente e', 'a gente eram', 'a gente somos',
];
/**
 * Workers counted as left unpaid or dismissed together by the employer, by a verb before the count ("a fábrica fechou e deixou 40
 * funcionários", "demitiu 80 funcionários de uma vez") or a state after it ("60 motoristas ficaram sem salário"): the same claim of many
 * against one employer, a collective labour conflict (the union's substitution, CF art. 8º III; a plural claim, CLT art. 842; a mass
 * dismissal negotiated with the union first, STF Tema 638), as when the client counts themself among them. Third-person verbs only: the
 * employer telling its own dismissals ("tive que demitir 40") is no group of claimants.
 */
export const WORKERS_LEFT_VERBS: string[] = [
  'deixou', 'deixaram', 'demitiu', 'demitiram', 'dispensou', 'dispensaram', 'mandou embora', 'mandaram embora',
  // The mass dismissal announced ("a fábrica vai demitir uns 120 funcionários"): the union's prior negotiation is owed before it, not
  // after (STF Tema 638), so the workers ask while it is announced. Third person still: "vou demitir" is the employer's own.
  'vai demitir', 'vao demitir', 'vai dispensar', 'vao dispensar', 'vai mandar embora', 'vao mandar embora',
];
/**
 * The same dismissal told around its count ("mandaram umas 60 pessoas embora de uma vez", "vão mandar umas 40 pessoas embora"): the
 * spoken form, where the people sent away are the employer's workers, counted as people (STF Tema 638; CLT art. 477-A).
 */
export const WORKERS_SENT_AWAY_VERBS: string[] = ['mandou', 'mandaram', 'vai mandar', 'vao mandar'];
/**
 * The whole staff told as one ("a firma mandou a turma toda embora, uns 30", "demitiram todo mundo, mais de 50"), its count told after
 * it: workers dismissed or left unpaid together, as when counted before their noun (STF Tema 638; CLT art. 477-A).
 */
export const WHOLE_STAFF: string[] = [
  'a turma toda', 'toda a turma', 'a turma inteira', 'todo mundo', 'o pessoal todo', 'todo o pessoal', 'a equipe toda', 'toda a equipe', 'o setor todo',
  'o setor inteiro', 'a peaozada', 'a peonada', 'a peaozada toda', 'a peonada toda', 'geral',
];
export const WORKERS_LEFT_STATES: string[] = [
  'sem receber', 'sem salario', 'sem pagamento', 'sem rescisao', 'sem o salario', 'com salario atrasado', 'com o salario atrasado', 'com salarios atrasados',
  'com os salarios atrasados', 'com salario em atraso', 'desempregados', 'desempregadas', 'demitidos', 'demitidas', 'dispensados', 'dispensadas', 'na rua',
];
/**
 * Chat groups named by their app or their circle ("grupo de WhatsApp", "grupo do condomínio"): the members counted in one are the
 * audience of what was posted there (`withoutChatAudience`), not a group affected by the case.
 */
export const CHAT_GROUPS: string[] = [
  'whatsapp', 'whats', 'zap', 'zapzap', 'wpp', 'telegram', 'facebook', 'condominio', 'predio', 'rua', 'bairro', 'igreja', 'escola', 'familia', 'trabalho',
];
/** The words a chat group's size is told in ("o grupo tem 100 moradores"): its members, the audience of what was posted there. */
export const GROUP_MEMBERS: string[] = ['membros', 'participantes', 'pessoas', 'moradores', 'condominos', 'vizinhos', 'integrantes', 'contatos'];
/** Affected people from which a counted group is `coletivo`. */
export const COLLECTIVE_MIN = 5;

/** Words for a business's staff, and the count from which its size is `porte-da-empresa` (`mentionsWorkforce`). */
// Not "trabalhadores": "tem uns 80 trabalhadores na mesma situação" counts workers affected, not a business's staff.
export const WORKFORCE_NOUNS: string[] = ['funcionarios', 'funcionarias', 'empregados', 'empregadas', 'colaboradores'];
export const WORKFORCE_MIN = 20;

/**
 * Credit contracts the client counts ("tenho 4 empréstimos consignados", "três financiamentos"): from `MANY_DEBTS_MIN` of them the
 * debts are `muitas-dividas`, a global renegotiation with every creditor at once (superendividamento, CDC arts. 104-A to 104-C,
 * Lei 14.181/21) rather than one contract's dispute. Not "bancos" (a counted group of parties already) nor "parcelas" (one contract's instalments),
 * nor credit titles (`CREDIT_TITLES`: "três promissórias de 20 mil", "14 duplicatas"), mostly one debt's titles with one creditor.
 */
// The singular after a count is the lay plural ("vem descontado 5 empréstimo consignado").
export const DEBT_NOUNS: string[] = ['emprestimos', 'emprestimo', 'consignados', 'financiamentos', 'cartoes de credito', 'dividas'];
export const MANY_DEBTS_MIN = 3;

/** Ages that make a person vulnerable: a child or adolescent (ECA) up to this age... */
export const CHILD_MAX_AGE = 17;
/** ...and an elderly person (Estatuto da Pessoa Idosa) from this one. */
export const ELDER_MIN_AGE = 60;

/**
 * Urgency signals (urgency.lexicon.ts) that are complexity features themselves: a child about to be taken abroad is a
 * child taken, whose return would run through the Hague Convention (Decreto 3.413/2000). So is a child not brought back after a
 * visit or a trip, told without naming the child in the same clause ("não trouxe ela de volta"): a child kept from who has the
 * custody (CP art. 249; ECA art. 249), and abroad a wrongful retention (Decreto 3.413/2000 art. 3º). Weighs in family and criminal cases,
 * each feature only in its own areas.
 */
export const SIGNAL_FEATURES: Record<string, string> = {
  'crianca-exterior': 'crianca-retida',
  'crianca-nao-devolvida': 'crianca-retida',
  // A prisoner in danger inside, or one serving outside prison arrested again: the custody at stake now (`custodia-em-risco`).
  'preso-em-perigo': 'custodia-em-risco',
  'regressao-cautelar': 'custodia-em-risco',
  // A regression decreed or the parole undone now: the custody at stake, the convict heard first (LEP arts. 118 §2º and 145).
  'regressao-decretada': 'custodia-em-risco',
  // A revenge sworn on a victim or witness (`vinganca-jurada`): with the author released, convicted or on trial, `vitima-coagida` (`IMPLIED_FEATURES`).
  retaliacao: 'vinganca-jurada',
  'retaliacao-velada': 'vinganca-jurada',
  // A crime of violence just suffered (`crime-sofrido-agora`): its 24 hours are the police's acts, no point of complexity.
  'violencia-recente': 'crime-sofrido-agora',
  // Intimate images spread or threatened (`imagens-intimas-expostas`): told now, `exposicao-intima-em-curso` (`IMPLIED_FEATURES`).
  'exposicao-intima': 'imagens-intimas-expostas',
};

/**
 * The signal features that weigh outside the family and criminal areas too (`SIGNAL_FEATURES`): a crime of violence just suffered
 * (`crime-sofrido-agora`) told in a claim against a shop or a company is as much the police's acts within hours there.
 */
export const SIGNAL_FEATURES_IN_EVERY_AREA: string[] = ['crime-sofrido-agora'];

/**
 * Client notes that are complexity features in every area where the feature weighs (its own `areas`), unlike `NOTE_FEATURES`:
 * who the other side is, or a loan the client denies taking, does not change meaning with the area.
 */
export const PARTY_NOTE_FEATURES: Record<string, string> = {
  'opponent-public-body': 'poder-publico-reu',
  'collision-victim': 'colisao-sofrida',
  // The police's act that harmed the client and the State asked to pay for it: `dano-por-agente-policial` (`IMPLIED_FEATURES`).
  'police-act': 'ato-policial',
  'state-liability': 'estado-cobrado',
  // An arrest by the State's mistake, already undone (`wrongful-arrest`: the wrong person taken, a warrant revoked or served still
  // executed): the liberty lost is itself the harm its police did, owed by the State (CF arts. 5º LXXV and 37 §6º), the mistake proved
  // against the warrant's and the system's records: `dano-por-agente-policial`, never simple.
  'wrongful-arrest': 'dano-por-agente-policial',
  // Works next door (`neighbour-works`): with the building cracked, damage to prove by an expert (`IMPLIED_FEATURES`).
  'neighbour-works': 'obra-vizinha',
  // A neighbour's leak (`neighbour-leak`): with the home harmed and the source denied, damage whose source an expert proves (`IMPLIED_FEATURES`).
  'neighbour-leak': 'vazamento-vizinho',
  // The person released (`custody-ended`): with a bail set, a release on bail (`IMPLIED_FEATURES`).
  'custody-ended': 'custodia-encerrada',
  // A death told in a social-security case (`death`): the insured's death that gives rise to the pension (`morte-do-segurado`).
  death: 'morte-do-segurado',
  // The benefit refused (`benefit-denied`): what keeps an elder's or a child's age weighing in a social-security case (`DISPLACED_FEATURES`).
  'benefit-denied': 'beneficio-negado',
  // The INSS's ground of the insured status lost (`insured-status-lost`): with an unemployment told, a grace period prolonged (`IMPLIED_FEATURES`).
  'insured-status-lost': 'qualidade-de-segurado-negada',
  // The client's own suit already filed and running (`lawsuit-running`: "tenho uma ação na justiça federal", "meu processo tá parado"):
  // a proceeding under way unless told ended (`IMPLIED_FEATURES`).
  'lawsuit-running': 'acao-propria',
  // A benefit the client asked of the INSS (`benefit-requested`): "meu processo" beside it is that request (Lei 9.784/99 art. 48), no suit.
  'benefit-requested': 'beneficio-requerido',
  // A written request the client filed with a public body (`written-request-filed`): the client's own request (`pedido-proprio`).
  'written-request-filed': 'pedido-proprio',
  // Loans the client denies taking (`unrequested-loan`): each is void with its own bank, not a debt to renegotiate (`DISPLACED_FEATURES`).
  'unrequested-loan': 'emprestimo-nao-contratado',
  // A payroll credit card on a benefit or a salary (`rmc-card`): denied, a contract to dispute (`cartao-consignado-contestado`).
  'rmc-card': 'cartao-consignado',
  // A payroll loan or card named (`payroll-loan`): denied, a contract to dispute (`consignado-nao-contratado`).
  'payroll-loan': 'consignado-citado',
  // The client who pays a support or owes it (`alimentante`, a building block of `prisao-civil`).
  'support-debtor': 'alimentante',
  'support-reduction': 'alimentante',
  // The State or a state company as the client's employer (`public-employer`, a building block of `improbidade` in a labour case).
  'public-employer': 'empregador-publico',
  // The supplier's charge for a tampered meter (`meter-fraud-notice`): with a cut announced, a case never simple (`IMPLIED_FEATURES`).
  'meter-fraud-notice': 'fraude-no-medidor-alegada',
  // The client kept away by a protective measure (`restrained`).
  restrained: 'medida-contra-o-cliente',
  // The client who lives on rent (`tenant`): an occupant of another's property (`ocupante-de-imovel-alheio`, a building block of `benfeitoria-do-ocupante`).
  tenant: 'ocupante-de-imovel-alheio',
  // A business as the client (`client-company`): its lease is a business premises (`locacao-empresarial`, a building block of `renovatoria`).
  'client-company': 'locacao-empresarial',
  // A property held for years that no owner ever claimed (`unopposed-possession`): the old possession of a usucapião, proved by witnesses and
  // a survey against an owner of record gone or dead (CC arts. 1.238-1.242; Lei 6.015 art. 216-A), as the word 'usucapiao' is.
  'unopposed-possession': 'tipo-nao-simples',
  // A place an authority closes or announces it will close (`place-interdicted`): the client's business or works interdicted (`local-interditado`).
  'place-interdicted': 'local-interditado',
  // An adult without discernment whose account or benefit the family cannot reach (`guardianship`): the curatela (CC arts. 1.767 I and 1.781; CPC art. 747).
  guardianship: 'curatela',
  // The employer's business passed to another owner, told by who works there (`employer-succession`: "venderam o mercado", "a escola
  // mudou de mantenedora", gated by the worker's own job): `empresa-sucedida`, with the old debts denied a succession (`IMPLIED_FEATURES`).
  'employer-succession': 'empresa-sucedida',
  // A vehicle the client sold and the buyer never transferred (`vehicle-not-transferred`): with the licence suspended, `cnh-do-vendedor-em-risco` (`IMPLIED_FEATURES`).
  'vehicle-not-transferred': 'veiculo-nao-transferido',
  // A private provider refusing, barring or charging extra a disabled client (`disabled-refused`): the disabled person's own right at stake
  // (`direito-da-pcd`), with the disability told `pcd-com-direito-negado` (`IMPLIED_FEATURES`; Lei 13.146/2015 arts. 8º and 27-28).
  'disabled-refused': 'direito-da-pcd',
};

/** Client notes (client-notes.lexicon.ts) that are complexity features themselves. */
export const NOTE_FEATURES: Record<string, string> = {
  violence: 'violencia', 'child-taken': 'crianca-retida', 'elder-abuse': 'idoso-explorado', threat: 'ameaca-relatada', 'parent-support': 'alimentos-aos-pais',
  'child-sexual-abuse': 'crianca-abusada', 'hidden-camera': 'camera-encontrada',
  // A harm told over (`harm-over`): intimate images told gone leave no takedown to ask (`exposicao-intima-em-curso`).
  'harm-over': 'dano-cessado',
  // The client a witness (`witness`): threatened, beside a crime against life, a witness coerced (`vitima-coagida`).
  witness: 'testemunha-do-processo',
  // A death told in a victim's story (`death`: "morreu no local", "faleceu"), however it came: what keeps it grave (`GRAVE_FOR_THE_VICTIM`).
  death: 'morte-relatada',
  // The prosecution followed by the one who asks it ("quero acompanhar o processo", "assistente de acusação"): a victim's part (`lesao-sarada-da-vitima`).
  'prosecution-followed': 'acusacao-acompanhada',
  // A visit to a prisoner asked (`prison-visit`): the building block of `visita-ao-preso` (LEP art. 41 X).
  'prison-visit': 'visita-pedida',
  // The client's things taken (`belongings-taken`): with a weapon held on the client, a robbery (`crime-contra-a-pessoa`).
  'belongings-taken': 'bens-levados',
};

/**
 * Contracts only the client holds, where a relative is neither party nor reached by the outcome (`familiar-alheio-a-causa`): a charge,
 * a register, a purchase, a bank's or a consortium's contract, a loan between people, the condomínio's fees, a lease's deposit.
 */
const CLIENTS_OWN_CONTRACTS = [
  'cobrança indevida', 'negativação indevida', 'compra não entregue ou arrependimento', 'vício ou defeito do produto', 'contrato bancário e financiamento',
  'consórcio - desistência e restituição', 'cobrança de dívida entre particulares', 'vício oculto em compra entre particulares', 'descumprimento de contrato',
  'condomínio', 'locação - devolução de caução',
];
/** Harm to a person, which makes whoever was hurt or killed (a child burned by a phone, a parent poisoned, a worker killed) one the claim is for. */
/** A crime of violence or grave threat against the person suffered by the client: its author's revenge sworn is `vitima-coagida`. */
const CRIMES_AGAINST_LIFE = ['crime-grave', 'atentado-contra-a-vida'];
const VIOLENT_CRIMES = [...CRIMES_AGAINST_LIFE, 'roubo-sofrido', 'roubo-com-arma', 'violencia', 'crime-contra-a-pessoa'];
const HARM_TO_A_PERSON = ['dano-grave', 'lesao-corporal', 'risco-a-saude', 'morte-causada', 'morte-em-acidente'];

/**
 * Features a lawyer reads from others found together: `when` all present (in `areas`, if given)
 * add `feature`. In a criminal case a death or serious injury is the crime's own result
 * (homicídio, lesão corporal grave or seguida de morte, CP arts. 121 and 129 §§ 1-3), whatever
 * words named the crime; serious harm where a child, an elder or a sick person is involved brings
 * the protective statutes (ECA, Estatuto da Pessoa Idosa) and larger damages. `subareas` (labels)
 * narrows a rule to kinds of case.
 */
/**
 * `undecided`: the rule holds too while no area is decided (`facts.area` null), for a claim whose area the triage then falls back to
 * (civil, `TriageDataBuilder`).
 */
export const IMPLIED_FEATURES: { when: string[]; areas?: string[]; subareas?: string[]; unless?: string[]; undecided?: boolean; feature: string }[] = [
  // A stab or a shot taken (`atentado-contra-a-vida`) is an act that caused harm to the person and that harm to the body (`causa-do-dano`,
  // `dano-pessoal`: CP arts. 121 and 129), whose words it takes.
  ...['causa-do-dano', 'dano-pessoal'].map((harm) => ({ when: ['atentado-contra-a-vida'], feature: harm })),
  // The client's own suit already filed (`acao-propria`: "tenho uma ação na justiça federal", "entrei com processo ano passado") runs, and a new
  // lawyer takes it over where it stands (CPC arts. 111-112); not when told ended by an agreement or a decision (`processo-encerrado`).
  // Nor in a social-security case where the "processo" is the benefit asked of the INSS (`beneficio-requerido`): an administrative
  // request the INSS must decide (Lei 9.784/99 art. 48; Lei 8.213/91 art. 41-A §5º), no suit.
  { when: ['acao-propria'], unless: ['processo-encerrado', 'beneficio-requerido'], feature: 'processo-em-curso' },
  // A relative killed by another (`morte-causada`) is a death the case claims for or prosecutes: harm that ended a life (CC art. 948:
  // the funeral, the pension to the dependants, the moral harm; CP arts. 121 and 157 §3º II), before the rules that read serious harm.
  // Not in a family case (a death by illness opens the inventory) nor a social-security one (the death gives rise to the pension).
  // A lasting condition told as the person's standing state (`condicao-de-base`: "é tetraplégica desde o acidente com o ônibus", "sou
  // paraplégico desde que caí do andaime") is the harm of the act told beside it: an accident, a vehicle hit, a fall, an aggression or
  // a medical error (`causa-do-dano`, `lesao-de-acidente`, `colisao-sofrida`), whose author answers for it (CC arts. 186, 927 and
  // 949-950). Without such an act it is who the person is, weighing as `pessoa-com-deficiencia` and its rights, not as harm.
  ...['causa-do-dano', 'lesao-de-acidente', 'colisao-sofrida'].flatMap((cause) =>
    ['dano-grave', 'dano-permanente'].map((feature) => ({ when: ['condicao-de-base', cause], feature })),
  ),
  { when: ['morte-causada'], areas: DEATH_CLAIM_AREAS, feature: 'dano-grave' },
  // A purchase made abroad told in a tax case (`compra-de-fora`: "num site da china", "compras no exterior") is a parcel imported
  // by an individual, taxed on arrival (`remessa-postal`: DL 1.804/80 art. 2º).
  { when: ['compra-de-fora'], areas: ['tributario'], feature: 'remessa-postal' },
  // A consumer hurt by a product bought from a site or a seller abroad: the maker and the importer answer for its accident (CDC
  // art. 12), to be found beyond the marketplace that sold it, so the purchase abroad weighs as a foreign element.
  ...['dano-grave', 'dano-permanente'].map((harm) => ({ when: ['compra-de-fora', harm], areas: ['consumidor' as const], feature: 'internacional' })),
  { when: ['morte-causada'], areas: DEATH_CLAIM_AREAS, feature: 'dano-permanente' },
  // Several companies are several parties on the other side (two employers, a store and its maker, each blaming the other), save in a
  // social-security case: there they are the employers of a contribution history ("trabalhei em várias firmas"), whose bonds the
  // CNIS records or the CTPS proves (Lei 8.213/91 art. 29-A; Decreto 3.048/99 art. 19), and the INSS is the only party.
  { when: ['varias-empresas'], areas: NOT_SOCIAL_SECURITY, feature: 'varias-partes' },
  // A flight to or from a foreign city (`cidade-estrangeira` in `transporte aéreo`) is an international carriage: its material harm
  // falls under the Montreal Convention's limits and terms over the CDC (Dec. 5.910/06 arts. 19, 22 and 35; STF Tema 210). Not a
  // package abroad sold by an agency here, nor a spouse living abroad: the city alone tells no foreign law.
  { when: ['cidade-estrangeira'], subareas: ['transporte aéreo'], feature: 'internacional' },
  // Many debts (`muitas-dividas`) told as taking the existential minimum (`minimo-existencial`): a consumer's over-indebtedness.
  { when: ['muitas-dividas', 'minimo-existencial'], areas: ['consumidor'], feature: 'superendividamento' },
  // The other side's bare refusal ("nega", "negou o ressarcimento", "não se responsabiliza") is disputed proof
  // (CPC art. 373), save in a consumer case: there the refusal is what brings every consumer, not a fact to prove. The supplier answers
  // for the defect of the product or the service whatever its fault (CDC arts. 12, 14, 18 and 20), the burden of proof may be laid
  // on it (art. 6º VIII) and its disclaimer is void (arts. 25 and 51 I): a routine claim in the small-claims court (Lei 9.099/95 art. 3º). What the supplier
  // contends beyond the refusal still weighs as `prova-disputada` by its own words: misuse (`mau uso`, CDC art. 12 §3º III), a
  // forged signature (CPC art. 429 II), a hidden defect of a used vehicle, work left half done. Not a bank's refusal to return what a
  // fraud took (`fraude bancária`): there the refusal is the bank's defence that the client authorised it or gave the data away (culpa
  // exclusiva, CDC art. 14 §3º II), against its risk of the service (Súmula 479 STJ): who made the transaction is the proof disputed.
  // The labour debt pursued beyond the direct employer (`devedor-alem-do-empregador`): the business passed into another's name or
  // reopened under another CNPJ, the owner's other companies, or the successor denying the old debts (CLT arts. 2º §2º, 10, 448-A, 855-A).
  { when: ['empresa-em-outro-nome'], areas: ['trabalhista'], feature: 'devedor-alem-do-empregador' },
  { when: ['grupo-do-empregador'], areas: ['trabalhista'], feature: 'devedor-alem-do-empregador' },
  // The business's change of owner told by its worker (`empresa-sucedida`: "venderam o mercado", "mudou de mantenedora") with the old
  // debts denied: the succession in dispute (CLT arts. 10, 448 and 448-A), as its words are (`sucessao-de-empregador`).
  { when: ['empresa-sucedida', 'passivo-negado'], areas: ['trabalhista'], feature: 'sucessao-de-empregador' },
  { when: ['sucessao-de-empregador', 'passivo-negado'], areas: ['trabalhista'], feature: 'devedor-alem-do-empregador' },
  { when: ['sucessao-de-empregador', 'recusa-da-outra-parte'], areas: ['trabalhista'], feature: 'devedor-alem-do-empregador' },
  // The business sold whose new owner took on the old debts and paid them (`sucessao-quitada`, CLT arts. 10 and 448).
  { when: ['sucessao-de-empregador', 'sucessao-assumida', 'atraso-quitado'], areas: ['trabalhista'], feature: 'sucessao-quitada' },
  // The successor, the group's other companies or the business's new holder sued beside the employer: several parties on the other side.
  { when: ['devedor-alem-do-empregador'], areas: ['trabalhista'], feature: 'varias-partes' },
  { when: ['recusa-da-outra-parte'], areas: NOT_CONSUMER, feature: 'prova-disputada' },
  { when: ['recusa-da-outra-parte'], areas: ['consumidor'], subareas: ['fraude bancária'], feature: 'prova-disputada' },
  // A retirement for permanent disability is lasting harm to who receives it (Lei 8.213 art. 42) where the benefit, the accident
  // or the insurance is the case; in family law it only tells the income support is paid from or asked against (CPC art. 529).
  { when: ['invalidez-do-beneficio'], areas: NOT_FAMILY, feature: 'dano-grave' },
  // An injury that put the person in intensive care endangered life: lesão corporal grave by definition (CP art. 129 §1 II, perigo de vida).
  { when: ['lesao-corporal', 'risco-a-saude'], feature: 'dano-grave' },
  // A death or a lasting sequel after the victim's vehicle was hit is the collision's harm, the damages claimed (CC arts. 948-950),
  // however the death was told ("morreu em setembro"), not a fact of the case.
  { when: ['colisao-sofrida', 'dano-permanente'], feature: 'dano-grave' },
  // The client's vehicle hit, with days of work lost or the lost earnings asked: lucros cessantes to prove beside the repair (CC arts. 402, 403 and 949);
  // not beside serious harm, whose claim already holds them.
  ...['dias-de-trabalho-perdidos', 'lucro-cessante-de-consumo'].map((lost) => ({ when: ['colisao-sofrida', lost], areas: ['civil'], unless: ['dano-grave'], feature: 'tipo-nao-simples' })),
  // A worker on their own account (`ganho-por-conta-propria`: entregador, motoboy, motorista de aplicativo, taxista, diarista,
  // representante comercial) hurt, or whose work vehicle was damaged, by another (a car, a customer, a passenger, a dog), who counts the
  // days of work lost or names the earnings or the work lost: no employer kept the pay, so the lucros cessantes are proved by what the
  // work earned (statements of the app, the runs, the commissions), beside the treatment and the repair (CC arts. 402-403, 936 and
  // 949-950): never a simple claim. A week of work or more (`semana-de-trabalho-perdida`), not the few days' loss a receipt settles.
  // Not the repair alone, nor a worker who lost no day, nor one who is not told working on their own account; not beside serious
  // harm, whose claim already holds them.
  { when: ['ganho-por-conta-propria', 'semana-de-trabalho-perdida'], areas: ['civil'], unless: ['dano-grave'], feature: 'tipo-nao-simples' },
  // A death in a road crash told in a criminal case (`morte-no-transito`: "me envolvi num acidente na BR em que um rapaz de moto
  // faleceu") is the crime's own result however the death was told: a culpable homicide in traffic (CTB art. 302; CP art. 121 §3º),
  // before the serious crime it makes.
  { when: ['morte-no-transito'], areas: ['criminal'], feature: 'dano-grave' },
  // Told in a civil claim, the same death is the harm whose damages are sought: the funeral, the dependants' pension for the life the
  // victim would have lived and the dano moral, against the driver, the vehicle's owner and their insurer jointly (CC arts. 932 III,
  // 942 and 948; Súmula 132 STJ's owner, Súmula 537 STJ's insurer).
  { when: ['morte-no-transito'], areas: ['civil'], feature: 'dano-grave' },
  { when: ['dano-grave'], areas: ['criminal'], feature: 'crime-grave' },
  // Accused of a serious crime (roubo, tráfico, homicídio, estupro...): its sentence is served in prison from the start or in
  // part (CP art. 33), and a preventive arrest may be ordered at any stage (CPP art. 312): the client's liberty is at stake.
  { when: ['crime-grave', 'acusado-de-crime'], areas: ['criminal'], feature: 'liberdade' },
  // One of the family held by the police now (`prisao-em-curso`: "a polícia pegou meu marido", "ficou presa") and the family on the
  // held one's side: the release asked (`pedido-sobre-a-custodia`), or the act denied within the custody's 24 hours (`autoria-negada`,
  // `prazo-24h`): the flagrant's or the preventive arrest's legality and need, fought now at the custody hearing, by a provisional
  // release or a habeas corpus (CF art. 5º LXI, LXV, LXVI and LXVIII; CPP arts. 282, 310-316 and 647-648): liberty at stake. Not the
  // author's arrest told by the victim (`vitima-do-crime`), nor an adolescent's apprehension (`adolescente-internado`,
  // `vulneravel-de-familiar`: the ECA's measures, arts. 106-108 and 171-175, `internacao-contestada`).
  ...[['pedido-sobre-a-custodia'], ['autoria-negada', 'prazo-24h']].map((side) => ({
    when: ['prisao-em-curso', ...side], areas: ['criminal' as const], unless: ['vitima-do-crime', 'adolescente-internado', 'vulneravel-de-familiar'], feature: 'liberdade',
  })),
  // The arrest or conviction told in a victim's case is the author's (`prisao-do-autor`), unless the crime killed or maimed.
  { when: ['vitima-do-crime', 'liberdade'], areas: ['criminal'], unless: SERIOUS_CRIME_RESULTS, feature: 'prisao-do-autor' },
  // A relative killed and the killer held, told by the family as the victim, the harm's redress or the prosecution followed
  // (`homicida-preso`): not the killer at large, released or threatening, nor the client accused.
  ...['vitima-do-crime', 'dano-de-crime', 'acusacao-acompanhada'].map((victim) => ({
    when: [victim, 'prisao-em-curso', 'morte-causada'], areas: ['criminal' as const],
    unless: ['acusado-de-crime', 'autor-nao-preso', 'parte-sumida', 'custodia-encerrada', 'ameaca-relatada', 'vinganca-jurada'], feature: 'homicida-preso',
  })),
  // The victim (or the victim's family) who follows the prosecution or asks redress of an injury that healed (a fracture, a stab wound,
  // days in hospital): `lesao-sarada-da-vitima`, which `DISPLACED_FEATURES` reads. Not where a life was taken or put at risk or a sequel
  // stays (CP arts. 121 and 129 §2º), nor where the client is accused, in danger now or tells a child's abuse.
  ...['vitima-do-crime', 'dano-de-crime', 'acusacao-acompanhada'].map((victim) => ({ when: [victim, 'dano-grave'], areas: ['criminal'], unless: GRAVE_FOR_THE_VICTIM, feature: 'lesao-sarada-da-vitima' })),
  // The inquiry or the prosecution followed (`acusacao-acompanhada`) is the victim's part, `vitima-assistente`, told with the victim's
  // words or without them ("furtaram minha casa, o processo está correndo, quero acompanhar"). Not the client accused: following
  // one's own case is the defence's.
  { when: ['acusacao-acompanhada'], areas: ['criminal'], unless: ['acusado-de-crime'], feature: 'vitima-assistente' },
  // The victim of a crime against the person (`crime-contra-a-pessoa`): the blows or the bodily harm told (`dano-pessoal`: CP art. 129),
  // a stab or a shot taken (`atentado-contra-a-vida`), a serious injury (`dano-grave`), or a knife or a gun held on the client by
  // whoever took their things (`roubo-com-arma` with `bens-levados`). Not harm to the mind or honour alone (`dano-moral`: the shame, the
  // trauma and the moral damages of an insult or a calumny are no blow, CP arts. 138-140 against CP art. 129), nor a blow only
  // threatened (`ameaca-relatada`: the threat's own case, CP art. 147), nor a witness's story (`testemunha-do-processo`).
  ...[['dano-pessoal'], ['atentado-contra-a-vida'], ['dano-grave'], ['roubo-com-arma', 'bens-levados']].map((violence) =>
    ({ when: ['vitima-do-crime', ...violence], areas: ['criminal' as const], unless: ['ameaca-relatada', 'testemunha-do-processo', 'processo-em-curso'], feature: 'crime-contra-a-pessoa' })),
  // A visit to a prisoner asked (`visita-pedida`) with nothing of the custody at stake: the client accused of nothing, no act due within
  // 72 h (a fresh arrest, a prisoner beaten or sworn to death inside: `custodia-em-risco`, `prazo-24h`), no benefit of the sentence, no
  // release, transfer or leave asked (`pedido-sobre-a-custodia`), no prosecution followed as the victim's: the right to visits of LEP
  // art. 41 X, asked of the prison's administration (`visita-ao-preso`).
  { when: ['visita-pedida'], areas: ['criminal'],
    unless: ['acusado-de-crime', 'custodia-em-risco', 'prazo-24h', 'prazo-72h', 'beneficio-da-execucao', 'incidente-da-execucao', 'pedido-sobre-a-custodia', 'acusacao-acompanhada', 'vitima-assistente'],
    feature: 'visita-ao-preso' },
  // A benefit of a sentence being served (`beneficio-da-execucao`) with the conviction or the prison told (`liberdade`), the client
  // accused of no new crime: an incident of the execution (LEP arts. 66 III, 112, 126 and 131; CP art. 83). Not beside an act due
  // within 24 h (a new arrest, a regression, a warrant, a life at risk in prison): liberty at stake now (CPP arts. 310, 647-648; LEP arts. 40, 118).
  { when: ['beneficio-da-execucao', 'liberdade'], areas: ['criminal'], unless: ['acusado-de-crime', 'prazo-24h'], feature: 'incidente-da-execucao' },
  // So is a benefit asked, or a leave to move or to work or a missed reporting day justified (`pedido-na-execucao`), with the sentence or
  // the liberdade assistida told as being served (`pena-em-execucao`): the execution judge's decision (LEP arts. 66 III, 115, 118 §2º
  // and 132 §1º; ECA arts. 118-119), no arrest at stake.
  ...['beneficio-da-execucao', 'pedido-na-execucao'].map((asked) => ({ when: [asked, 'pena-em-execucao'], areas: ['criminal' as const], unless: ['acusado-de-crime', 'prazo-24h'], feature: 'incidente-da-execucao' })),
  // An adolescent held in internação provisória who denies the act: the detention contested for want of proof of authorship (ECA arts. 108, 189 IV).
  { when: ['adolescente-internado', 'autoria-negada'], areas: ['criminal'], feature: 'internacao-contestada' },
  // A revenge sworn by the author of a crime released, convicted or on trial, or on a case's witness: the victim or witness coerced (`vitima-coagida`).
  // After a crime of violence or grave threat against the person: against life or the body (`crime-grave`, `atentado-contra-a-vida`), a
  // robbery (`roubo-sofrido`, `roubo-com-arma`), a partner's or a stranger's aggression (`violencia`, `crime-contra-a-pessoa`): the coação no
  // curso do processo or the threat, raised against a woman (CP arts. 147 §1º, 157 and 344), the arrest asked again or the release revoked
  // (CPP arts. 282, 312, 313 III, 316 and 319 III; LEP art. 118 I), the victim's protection (Lei 9.807/99 art. 1º; Lei 11.340/06 arts.
  // 12-C and 18-24). Not a burglary or a theft with no one hurt, nor a release only feared (no revenge sworn), nor one never tried or accused.
  // A case running with its author not told out (`processo-em-curso` alone) only after a crime against life: the robber may still be held.
  ...['custodia-encerrada', 'crime-julgado', 'processo-em-curso'].flatMap((case_) => (case_ === 'processo-em-curso' ? CRIMES_AGAINST_LIFE : VIOLENT_CRIMES)
    .map((crime) => ({ when: ['vinganca-jurada', case_, crime], areas: ['criminal' as const], feature: 'vitima-coagida' }))),
  // A stab or a shot taken with its author at large (`atentado-com-autor-solto`): fled, not caught, released or at liberty (CP arts. 121
  // c/c 14 II and 129 §§1º-2º; CPP arts. 311-313; Lei 9.807/99 art. 1º). Not the client accused of it.
  ...['parte-sumida', 'autor-nao-preso', 'custodia-encerrada'].map((free) =>
    ({ when: ['atentado-contra-a-vida', free], areas: ['criminal' as const], unless: ['acusado-de-crime'], feature: 'atentado-com-autor-solto' })),
  // So the witness of a crime against life threatened, in any words (CP art. 344; Lei 9.807/99 art. 1º).
  { when: ['testemunha-do-processo', 'ameaca-relatada', 'crime-grave'], areas: ['criminal'], feature: 'vitima-coagida' },
  // A bail set and the person released: released on bail (`solto-com-fianca`).
  { when: ['fianca-arbitrada', 'custodia-encerrada'], areas: ['criminal'], feature: 'solto-com-fianca' },
  // Accused of a crime with a loss over R$ 50 mil: the repair that the agreement and the suspended sentence need, the seizure of goods.
  { when: ['acusado-de-crime', 'valor-50mil'], areas: ['criminal'], feature: 'acusado-de-prejuizo-alto' },
  { when: ['acusado-de-crime', 'valor-300mil'], areas: ['criminal'], feature: 'acusado-de-prejuizo-alto' },
  { when: ['acusado-de-crime', 'valor-1milhao'], areas: ['criminal'], feature: 'acusado-de-prejuizo-alto' },
  // Under a health-plan contract (Lei 9.656/98) a refusal of cover is a refused treatment, whatever words named it.
  { when: ['cobertura-recusada'], subareas: ['plano de saúde'], feature: 'tratamento-negado' },
  // So is the SUS's refusal of a drug or a procedure asked of it (CF art. 196; Lei 8.080/90 arts. 19-M to 19-R): the State is sued, and
  // a drug outside the lists turns on the requisites of STF Temas 6 and 1234 (the medical report, the cost, which entity pays).
  { when: ['cobertura-recusada'], subareas: ['saúde pública (SUS)'], feature: 'tratamento-negado' },
  // A treatment the SUS refused is a suit against the State: the entity that must supply it and the requisites of a drug outside the
  // lists (STF Temas 6 and 1234: the medical report, no substitute, the cost) are disputed beside the urgency. Never simple.
  { when: ['tratamento-negado'], subareas: ['saúde pública (SUS)'], feature: 'tipo-nao-simples' },
  // A power company's charge for a tampered meter (the TOI's "recuperação de consumo", Resolução ANEEL 1.000/2021 arts. 590-596) with
  // the supply's cut announced or already done: the TOI drawn up by the supplier alone does not prove the fraud, and the cut is lawful only for the
  // consumption of the 90 days before the finding, ascertained with the consumer heard (STJ Tema 699), so the charge is contested and
  // the supply kept by an urgent order at once. Never simple.
  { when: ['fraude-no-medidor-alegada', 'corte-anunciado'], areas: ['consumidor'], feature: 'tipo-nao-simples' },
  // The supply cut or announced where someone at home depends on it for health (Lei 8.987/95 art. 6º §3º; Resolução ANEEL
  // 1.000/2021 art. 6º; CDC art. 22; CPC art. 300): a plain cut for a bill owed, or the device named without any cut, stays as it was.
  { when: ['equipamento-vital', 'corte-anunciado'], areas: ['consumidor'], feature: 'corte-com-vida-em-risco' },
  // The supply cut or its cut threatened, with the landlord named: a self-help eviction (`corte-pelo-locador`; Lei 8.245/91 arts. 5º
  // and 22 I-II; CC art. 1.210; CPC arts. 560-562; CP art. 345), also when a routing slip reads it as a consumer's cut. The company
  // named is the one who cut (CDC art. 22; Lei 8.987/95 art. 6º §3º II): the landlord then only says whose house it is.
  { when: ['locador-nomeado', 'corte-anunciado'], unless: ['fornecedor-nomeado'], areas: ['imobiliario', 'consumidor'], feature: 'corte-pelo-locador' },
  // The insurer threatening to end a health plan: the whole cover is disputed (Lei 9.656/98 art. 13), never a simple case.
  { when: ['cancelamento-ameacado'], subareas: ['plano de saúde'], feature: 'tipo-nao-simples' },
  // A cancer treatment refused or delayed worsens the prognosis by the week (Lei 12.732/12: 60 days to start it in the SUS).
  { when: ['tratamento-negado', 'oncologico'], feature: 'risco-a-saude' },
  { when: ['tratamento-negado', 'doenca-progressiva'], feature: 'risco-a-saude' },
  // A relative's vulnerability is the client's reason to hurry, no party's, in a claim that is the client's own: a labour claim
  // (the overtime, the severance, the FGTS are the worker's; the pregnancy ADCT art. 10 II b protects is the worker's own, told
  // `gestante-dispensada`), and a contract only the client holds with a shop, a bank, a landlord, a condomínio or a debtor
  // (`CLIENTS_OWN_CONTRACTS`), unless someone was hurt by it. Elsewhere the relative is often the one the claim protects or its outcome
  // reaches (the child of a support or custody case, ECA art. 4º and CF art. 227; the elder whose benefit is cut or who is defrauded,
  // Estatuto da Pessoa Idosa art. 71; the disabled dependant of a BPC, LOAS art. 20; the beneficiary of a health plan; the one hurt or
  // killed; the household an eviction puts out), and weighs as the client's vulnerability.
  { when: ['vulneravel-de-familiar'], areas: ['trabalhista'], unless: ['gestante-dispensada', ...HARM_TO_A_PERSON], feature: 'familiar-alheio-a-causa' },
  { when: ['vulneravel-de-familiar'], subareas: CLIENTS_OWN_CONTRACTS, unless: HARM_TO_A_PERSON, feature: 'familiar-alheio-a-causa' },
  { when: ['vulneravel-de-familiar'], unless: ['familiar-alheio-a-causa'], feature: 'vulneravel' },
  // The care the SUS withholds from an elder or a child by a shortage or a queue without a date (`cuidado-retido-de-vulneravel`): after
  // the relative's vulnerability is read as the client's, the patient being the one the suit protects.
  { when: ['cuidado-sem-previsao', 'vulneravel'], unless: ['vaga-escolar'], subareas: ['saúde pública (SUS)'], feature: 'cuidado-retido-de-vulneravel' },
  // A baby in the first months of life left without the formula or the drug the SUS supplied (CF art. 227; ECA arts. 4º and 11; Lei
  // 8.080/90 art. 6º I d): the same care withheld, the infant's age told in months.
  { when: ['cuidado-sem-previsao', 'bebe-de-meses'], unless: ['vaga-escolar'], subareas: ['saúde pública (SUS)'], feature: 'cuidado-retido-de-vulneravel' },
  { when: ['crianca-agredida'], feature: 'vulneravel' },
  // The client a minor hurt in their person by a crime (`crime-contra-menor`): the child victim's own hearing and protection.
  ...['lesao-corporal', 'violencia', 'ameaca-armada', 'crime-sexual'].map((harm) => ({ when: ['cliente-menor', harm], areas: ['criminal'], feature: 'crime-contra-menor' })),
  // A child's sexual abuse or naked images told (`crianca-abusada`) is a sexual offence against a vulnerable victim whatever words told
  // it and whether or not the age was given: rape of a person under 14 (CP art. 217-A, heinous, Lei 8.072/90 art. 1º VI), the
  // production, keeping or asking of a child's naked images (ECA arts. 240, 241-B and 241-D); so a serious crime in a criminal case and
  // the child's protection in a family one (below), with the child heard under Lei 13.431/17.
  { when: ['crianca-abusada'], feature: 'crime-sexual' },
  { when: ['crianca-abusada'], feature: 'vulneravel' },
  // Intimate images spread or threatened among a school's pupils, or the victim a pupil (`entre-alunos`): an adolescent's images, the
  // crime of ECA art. 241-A beside CP art. 218-C; a criminal case only, where the pair is then a serious crime (below).
  { when: ['crime-sexual', 'entre-alunos'], areas: ['criminal'], feature: 'vulneravel' },
  // The client's intimate images spread or threatened, told now (`exposicao-intima-em-curso`): the offence against sexual dignity
  // (`crime-sexual`) with the signal counted within the day (`prazo-24h`: no leak of a past year, none whose redress alone is asked).
  // Not the client accused of the leak (CP art. 218-C's author, whose defence has no takedown to ask), nor, unless the client is read
  // as the crime's victim (`vitima-do-crime`), one summoned to a proceeding under way (`processo-em-curso`: "fui intimado a depor
  // porque ela diz que eu vazei"), the investigated one's side (CPP art. 6º V).
  // Nor images told gone (`dano-cessado`: "ela apagou, ninguém mais tem as fotos"), no takedown left to ask, unless a threat is told
  // (`ameaca-relatada`: the author still holds them and promises to spread them, CP art. 147; Lei 11.340/06 art. 22).
  ...[
    { also: ['vitima-do-crime'], unless: ['dano-cessado'] },
    { also: [], unless: ['processo-em-curso', 'dano-cessado'] },
    { also: ['ameaca-relatada'], unless: ['processo-em-curso'] },
  ].map(({ also, unless }) => ({
    when: ['imagens-intimas-expostas', 'crime-sexual', 'prazo-24h', ...also], areas: ['criminal' as const], unless: ['acusado-de-crime', 'medida-contra-o-cliente', ...unless], feature: 'exposicao-intima-em-curso',
  })),
  // A camera found hidden where the client undresses or sleeps is the crime's victim's case (`camera-oculta`); not the accused's,
  // whose offence (CP art. 216-B: detenção de 6 meses a 1 ano) is one of lesser potential (Lei 9.099/95 art. 61).
  { when: ['camera-encontrada'], areas: ['criminal'], unless: ['acusado-de-crime'], feature: 'camera-oculta' },
  // An offence against honour with its reach online and the clients lost after it (CC arts. 402 and 953; Marco Civil arts. 19-21):
  // either alone (a post seen by thousands with no loss, a loss told of a private message) keeps the case as it was.
  { when: ['ofensa-a-honra', 'alcance-na-internet', 'perda-de-clientela'], areas: ['civil', 'criminal'], feature: 'ofensa-com-repercussao' },
  // The offence against honour beside an inquiry told archived (`investigacao-encerrada`): the false accusation the police already closed.
  { when: ['ofensa-a-honra', 'investigacao-encerrada'], areas: ['civil', 'criminal'], feature: 'acusacao-falsa-arquivada' },
  {
    when: ['empresa-do-casal', 'patrimonio'], areas: ['familia'],
    subareas: ['divórcio', 'dissolução de união estável e partilha', 'guarda e convivência', 'pensão alimentícia (fixação ou revisão)'], feature: 'empresa-na-partilha',
  },
  // A couple never married ("não era casado no papel") with property to divide: the union and the years it lasted are declared
  // first, then what was acquired within them is divided (CC arts. 1.723 and 1.725). Not when the two agree on it.
  { when: ['uniao-a-comprovar', 'patrimonio'], areas: ['familia'], unless: ['consensual'], feature: 'uniao-a-declarar-com-bens' },
  // The warning of arrest served on the payer, not read by the creditor in an enforcement of theirs.
  { when: ['aviso-de-prisao-civil', 'alimentante'], areas: ['familia'], feature: 'prisao-civil' },
  // The payer already taken and held in the enforcement (CPC art. 528 §3º): the habeas corpus or the payment that ends the arrest
  // (art. 528 §6º) to bring at once, however the client who tells it stands to him. A warrant not yet served still leaves the payer
  // the payment or the justification before the arrest, and weighs as the warning does (`aviso-de-prisao-civil`).
  { when: ['prisao-em-curso'], areas: ['familia'], subareas: ['execução de alimentos (pensão atrasada)'], feature: 'prisao-civil' },
  // The support unpaid for half a year or more, where its enforcement is the case (`pensao-atrasada-meio-ano`): the arrears told
  // ("não paga a pensão faz 8 meses", "devendo 10 meses de pensão") are of a support already due, whichever of the support's two
  // subareas its words leaned to; not a loan, a rent or a divorce told with the same span, nor a support never paid ("nunca pagou").
  { when: ['meio-ano-sem-pagar'], areas: ['familia'], subareas: ['execução de alimentos (pensão atrasada)', 'pensão alimentícia (fixação ou revisão)'], feature: 'pensao-atrasada-meio-ano' },
  // The payer's means to prove where the support is being fixed or revised (CC arts. 1.694 §1º and 1.699; Enunciado 573 CJF), also
  // told before the support's subarea is named; not a sum both parents already agreed, which only the court's seal awaits.
  {
    when: ['renda-alegada'], areas: ['familia'], unless: ['consensual'],
    subareas: ['direito de família', 'pensão alimentícia (fixação ou revisão)', 'revisão de alimentos (redução pedida por quem paga)'], feature: 'renda-oculta',
  },
  // A child kept in another state than the one they live in: the return is ordered by the court of the guardian's domicile (ECA
  // art. 147 I; Súmula 383 STJ) and carried out by a carta precatória in the other state's courts (CPC arts. 237 III and 260-268),
  // with the competence often disputed by whoever took the child. The same weight as "outro estado" told in words.
  // The other parent who took the child and cut every contact (vanished, a number blocked, nobody knows where they are): the child
  // is kept from the other parent, the custody's breach a search and seizure asks now (CPC art. 536 §1º; CC arts. 1.583-1.584 and
  // 1.634 V; a move to hinder the contact is alienation, Lei 12.318/10 art. 2º p.u. VII). Read before the other state it may lie in.
  { when: ['crianca-levada', 'parte-sumida'], areas: ['familia'], feature: 'crianca-retida' },
  { when: ['crianca-retida', 'dois-estados'], feature: 'internacional' },
  // A child kept against the custody the court gave the client, now (`retencao-contra-a-guarda`); not a keeping over, the child back.
  { when: ['crianca-retida', 'guarda-do-cliente', 'prazo-24h'], areas: ['familia'], unless: ['crianca-de-volta'], feature: 'retencao-contra-a-guarda' },
  // Violence and threats where an elder's card or benefit is taken by whoever lives with them: the elder is at risk at home and kept
  // from telling, as a child beaten is (Estatuto da Pessoa Idosa arts. 43-45: protective measures, the aggressor removed; arts. 99,
  // 102 and 104: crimes). A push without threats beside the card taken is the crime to report, not yet this.
  { when: ['violencia', 'idoso-explorado', 'ameaca-relatada'], feature: 'idoso-agredido' },
  { when: ['idoso-agredido'], feature: 'vulneravel' },
  // A person without discernment whose money or property another is disposing of (`incapaz-explorado`): vulnerable, as an elder beaten is.
  { when: ['sem-discernimento', 'bens-dispostos'], areas: ['familia', 'civil', 'criminal'], feature: 'incapaz-explorado' },
  { when: ['incapaz-explorado'], feature: 'vulneravel' },
  // A person without discernment for whom the family asks to act (move the account the bank froze, run the rent and the bills, stay
  // responsible for a child come of age who cannot handle money): no power of attorney can be given by one who cannot will it (CC
  // arts. 104 I and 166 I), and the parents' power ends at 18 (CC art. 1.635 III), so it is the curatela asked without its name: a
  // proceeding with the judge's interview, an expert examination and the prosecutor heard (CPC arts. 747-758; CC arts. 1.767 I and
  // 1.775; Lei 13.146/15 arts. 84-85). The areas where the curatela weighs.
  { when: ['sem-discernimento', 'atos-por-outro'], areas: ['familia', 'previdenciario', 'civil'], feature: 'curatela' },
  // Property passed or sold to a relative, a friend or a company of the other side, or hidden: in a separation a fraud on the other
  // spouse's half, to undo as simulated and keep by an unavailability order (CC arts. 167 and 1.658-1.660; CC art. 50 §3º, the
  // company used to hold it; CPC art. 301); against a creditor a fraud on the creditors or on the execution (CC art. 158; CPC art.
  // 792). Elsewhere a sale to someone's brother is a fact of the story (a car bought from him).
  { when: ['bens-a-terceiro'], areas: ['familia', 'civil', 'empresarial'], feature: 'ocultacao-de-bens' },
  // The common money taken out of the couple's accounts by the other spouse in a separation, or the deceased's by an heir or the
  // one who held the power of attorney: the money withdrawn is divided as the couple's or collated to the estate (CC arts. 1.658,
  // 1.660 I and 1.725), its account demanded and its holder's share lost if hidden from the inventory (sonegados, CC arts. 1.992-1.996;
  // the inventariante removed, CPC art. 622 VI). Not when the two agree on the division, nor in a claim for support.
  {
    when: ['dinheiro-retirado'], areas: ['familia'], unless: ['consensual'],
    subareas: ['direito de família', 'divórcio', 'dissolução de união estável e partilha', 'inventário e herança'], feature: 'ocultacao-de-bens',
  },
  // The severance unpaid as a whole by an employer who dismissed after years of service, or who vanished (`rescisao-sonegada`). Not by
  // an employer in judicial recovery or bankrupt (`insolvencia`), whose weight is the same unpaid severance claimed in its proceeding
  // (Lei 11.101/05 arts. 6º §2º and 83 I); nor, from an employer still there, a sum the worker told within the summary rite
  // (`valor-do-rito-sumarissimo`, CLT art. 852-A), one an employer who vanished escapes, being served only by edict (art. 852-B II).
  { when: ['rescisao-nao-paga', 'anos-de-servico', 'ato-sobre-o-emprego'], areas: ['trabalhista'], unless: ['insolvencia', 'valor-do-rito-sumarissimo'], feature: 'rescisao-sonegada' },
  { when: ['rescisao-nao-paga', 'parte-sumida'], areas: ['trabalhista'], unless: ['insolvencia'], feature: 'rescisao-sonegada' },
  // The other side vanished and its assets removed or resold (`devedor-sumiu-com-bens`).
  { when: ['parte-sumida', 'bens-retirados'], areas: ['trabalhista', 'civil', 'empresarial'], feature: 'devedor-sumiu-com-bens' },
  // Many workers unpaid by an employer who vanished or is removing its assets (`calote-coletivo`); told with the assets removed by one
  // who vanished it is the same fact `devedor-sumiu-com-bens` weighs already.
  { when: ['coletivo', 'parte-sumida'], areas: ['trabalhista'], unless: ['devedor-sumiu-com-bens'], feature: 'calote-coletivo' },
  { when: ['coletivo', 'bens-retirados'], areas: ['trabalhista'], unless: ['devedor-sumiu-com-bens'], feature: 'calote-coletivo' },
  // The outsourcing contractor vanished (`terceirizacao`, `parte-sumida`): the workers sue it, served by edict (CPC art. 256), beside the
  // client company that took the service, whose subsidiary liability then bears the whole claim (Súmula 331 IV and VI TST), and
  // the contractor's partners are reached by disregarding its personality (CLT art. 855-A): several defendants with defences of their own.
  { when: ['terceirizacao', 'parte-sumida'], areas: ['trabalhista'], feature: 'varias-partes' },
  { when: ['autuacao', 'valor-300mil'], areas: ['tributario'], feature: 'autuacao-vultosa' },
  { when: ['restituicao-pretendida', 'valor-50mil'], areas: ['tributario'], feature: 'restituicao-vultosa' },
  // Part of a wage earned abroad paid off the books (`salario-no-exterior`, Lei 7.064/82).
  { when: ['internacional', 'salario-por-fora'], areas: ['trabalhista'], feature: 'salario-no-exterior' },
  // A labour claim's sum from R$ 50 mil, the years of one contract (`verbas-de-um-contrato`, CLT arts. 852-A, 879).
  { when: ['valor-50mil'], areas: ['trabalhista'], feature: 'verbas-de-um-contrato' },
  // A collision with a company's vehicle: the employer answers beside its driver (CC arts. 932 III and 933; Súmula 341 STF),
  // two defendants and the link between the driver and the company to show.
  { when: ['veiculo-de-empresa'], areas: ['civil'], feature: 'varias-partes' },
  // A new vehicle's defect priced from R$ 50 mil (`vicio-de-veiculo-novo`, CDC art. 18 §1º); a used vehicle, the maker named, or a driver
  // who earns a living with it (the days stopped are lucros cessantes to prove, CDC art. 6º VI; CC art. 402) keep its full value.
  {
    when: ['veiculo-zero-km', 'valor-50mil'], areas: ['consumidor'], unless: ['veiculo-usado', 'montadora-citada', 'veiculo-de-sustento', 'lucro-cessante-de-consumo'],
    feature: 'vicio-de-veiculo-novo',
  },
  // A consumer purchase financed by a bank and to be undone: the sale and its credit are linked contracts (CDC art. 54-F), so undoing
  // the sale undoes the financing (§2º) and the seller and the lender both answer; two suppliers, two contracts to unwind.
  { when: ['compra-desfeita', 'compra-financiada'], areas: ['consumidor'], feature: 'varias-partes' },
  // The supplier gone and the linked credit still charged: the consumer may raise against the lender what the supplier failed to
  // perform (CDC art. 54-F §2º), so the lender is the party who answers beside a supplier that may never be found.
  { when: ['fornecedor-desaparecido', 'compra-financiada'], areas: ['consumidor'], feature: 'varias-partes' },
  // A professional driver's licence in a suspension or cassation procedure (`cnh-do-sustento-suspensa`).
  { when: ['motorista-profissional', 'suspensao-da-cnh', 'condutor-a-indicar'], areas: ['administrativo'], feature: 'cnh-do-sustento-suspensa' },
  // A traffic fine's proceeding told running ("o prazo pra defesa vence sexta", "apresentar defesa na JARI") is the infraction's own
  // administrative proceeding, the transit body's to decide (CTB arts. 280-282 and 285-288): it weighs as a proceeding, but its term
  // is no lawsuit due (`LAWSUIT_DEADLINE_FLOOR_HOURS`), and the fine's defence a few days off stays low (`DISPLACED_FEATURES`).
  { when: ['processo-em-curso'], areas: ['administrativo'], subareas: ['multa de trânsito e CNH'], feature: 'defesa-de-multa-em-curso' },
  // The seller's licence under suspension or cassation for the points of the buyer who never transferred (`cnh-do-vendedor-em-risco`).
  { when: ['veiculo-nao-transferido', 'suspensao-da-cnh'], areas: ['civil'], feature: 'cnh-do-vendedor-em-risco' },
  // A worker killed in an accident of the work, told as the death and its cause ("faleceu caindo de um andaime", "morreu esmagado na
  // prensa"): the harm the dependants claim for of the employer (CF art. 7º XXVIII; CC arts. 927, 948 and 950: the pension and the moral
  // damage; NR-35 and NR-12 for the protection that failed), a death and a lasting loss. Labour cases only: before the INSS the death
  // gives rise to the pension (`DISPLACED_FEATURES`), and elsewhere the death words already read as harm.
  { when: ['morte-em-acidente'], areas: ['trabalhista'], feature: 'dano-grave' },
  { when: ['morte-em-acidente'], areas: ['trabalhista'], feature: 'dano-permanente' },
  // A serious injury told as a work accident or of a worker off the books: in a worker's words (`lesao-de-acidente`) it is the harm
  // (`dano-grave`), and the harm at the job is `acidente-grave-no-trabalho`; a death weighs as `morte-em-acidente` already. A bone
  // broken weighs so only off the books, where no INSS benefit covered the months without work and the employer owes them all (CLT
  // art. 3º; Lei 8.212/91 art. 30 I): a registered worker's that healed asks the CAT and the job kept (Lei 8.213/91 arts. 22 and 118).
  { when: ['osso-quebrado', 'vinculo-informal'], areas: ['trabalhista'], feature: 'dano-grave' },
  ...['acidente-de-trabalho', 'vinculo-informal'].flatMap((work) => [
    { when: ['lesao-de-acidente', work], areas: ['trabalhista'], feature: 'dano-grave' },
    { when: ['dano-grave', work], areas: ['trabalhista'], unless: ['morte-em-acidente'], feature: 'acidente-grave-no-trabalho' },
  ]),
  // A death in the State's custody or care (`morte-sob-custodia`): a life ended, by a public body (CF art. 37 §6; STF Tema 592).
  { when: ['morte-sob-custodia'], feature: 'dano-grave' },
  { when: ['morte-sob-custodia'], feature: 'dano-permanente' },
  { when: ['morte-sob-custodia'], feature: 'poder-publico-reu' },
  // A death or a lifelong sequel (`dano-permanente`) that a public body is asked to pay for (`estado-cobrado`, `poder-publico-reu`): harm
  // done by the State's agent or service (a late SAMU, a public hospital's error, a police shot, an open drain), whose damages, the
  // funeral and a pension to the dependants or to the one disabled are claimed (CF art. 37 §6º; CC arts. 43, 948-950): serious harm,
  // so the State's liability for it (`estado-responde-por-dano`) follows. Not a thing damaged with no one hurt (no `dano-permanente`).
  { when: ['dano-permanente', 'estado-cobrado', 'poder-publico-reu'], areas: ['administrativo'], feature: 'dano-grave' },
  { when: ['dano-grave', 'vulneravel'], feature: 'dano-a-vulneravel' },
  { when: ['vulneravel', 'valor-300mil'], areas: ['administrativo', 'consumidor'], feature: 'patrimonio-de-vulneravel' },
  // A leg broken in a city's pothole that heals is a medium claim against the city; a death or a lifelong sequel is not.
  { when: ['dano-grave', 'dano-permanente', 'poder-publico-reu'], feature: 'estado-responde-por-dano' },
  // Not a police car's crash into the client's (`colisao-sofrida`): its repair is a plain claim before the Fazenda's small-claims court
  // (Lei 12.153/09 art. 2º), weighed by the harm done as any collision's.
  { when: ['ato-policial', 'estado-cobrado'], unless: ['colisao-sofrida'], feature: 'dano-por-agente-policial' },
  // A work accident or occupational disease with an INSS benefit: the labour claim and the benefit, two areas at once.
  // The insured back at work after the INSS's leave or its cut (`volta-ao-trabalho`): whatever limits him now is the sequel the auxílio-acidente
  // indemnifies (Lei 8.213/91 art. 86), not an incapacity to prove against the discharge (`DISPLACED_FEATURES`).
  { when: ['volta-ao-trabalho', 'beneficio-por-incapacidade'], areas: ['previdenciario'], feature: 'sequela-de-volta-ao-trabalho' },
  { when: ['volta-ao-trabalho', 'beneficio-cessado'], areas: ['previdenciario'], feature: 'sequela-de-volta-ao-trabalho' },
  { when: ['acidente-de-trabalho', 'beneficio-por-incapacidade'], feature: 'areas-concorrentes' },
  // A worker seriously hurt who was on an INSS incapacity benefit, told without the words "acidente de trabalho": the sequel is
  // also an INSS claim (auxílio-acidente, Lei 8.213/91 art. 86) beside the labour one (the job kept, art. 118; damages, CC art. 950).
  { when: ['dano-grave', 'beneficio-por-incapacidade'], areas: ['trabalhista'], feature: 'areas-concorrentes' },
  // A mental illness of a worker employed off the books (`adoecimento-sem-registro`).
  { when: ['adoecimento-psiquico', 'vinculo-informal'], areas: ['trabalhista'], feature: 'adoecimento-sem-registro' },
  // The insured's death in a work accident, employed off the books (`morte-no-trabalho`).
  { when: ['morte-do-segurado', 'acidente-de-trabalho', 'vinculo-informal'], areas: ['previdenciario'], feature: 'morte-no-trabalho' },
  // A pension by death that turns on proving a stable union: family law's proof for a social-security benefit.
  { when: ['pensao-por-morte', 'uniao-a-comprovar'], feature: 'areas-concorrentes' },
  // Another dependant claiming or paid the same pension (Lei 8.213/91 arts. 76-77): the pension is split, each one's right contested
  // against the other's; with a union to prove against that dependant, `uniao-contra-outro-dependente` (Tema 529 STF).
  { when: ['outro-dependente'], areas: ['previdenciario'], feature: 'varias-partes' },
  { when: ['outro-dependente', 'uniao-a-comprovar'], areas: ['previdenciario'], feature: 'uniao-contra-outro-dependente' },
  // A sexual offence against a child, an adolescent or another vulnerable person is aggravated or a crime of its own
  // (CP arts. 217-A and 218-B, art. 216-A §2; ECA arts. 240-241-D), often heinous (Lei 8.072/90).
  { when: ['crime-sexual', 'vulneravel'], areas: ['criminal'], feature: 'crime-grave' },
  // The same offence told in a family case (a child abused by a parent, a stepparent or a relative who has the child in care):
  // the child's protection now, the abuser removed from the home and the visits suspended (ECA art. 130; CC art. 1.584 §5º), the
  // child heard under Lei 13.431/17, a criminal inquiry beside (CP art. 217-A).
  { when: ['crime-sexual', 'vulneravel'], areas: ['familia'], feature: 'abuso-sexual-de-vulneravel' },
  // A common asset passed or sold during the separation to a relative, a friend or a company of the other spouse (fraude à meação): the
  // annulment of the transfer or the simulated sale runs against whoever holds the asset beside the spouse (CC arts. 167 and 1.647 I;
  // CPC art. 114), with the assets kept by an urgent order (arrolamento, CPC art. 301): two defendants. Family cases only: against a
  // creditor the fraud is weighed as the assets hidden (`ocultacao-de-bens`).
  { when: ['bens-em-nome-de-terceiro'], areas: ['familia'], feature: 'varias-partes' },
  // The client's home bought by a contrato de gaveta or a receipt and never registered: the title is the seller's (CC art. 1.245).
  { when: ['compra-sem-registro', 'moradia'], areas: ['imobiliario', 'civil', 'familia'], feature: 'moradia-sem-registro' },
  // The deed of a place bought that the seller can no longer or will not give (`escritura-sem-outorgante`): dead or with no matrícula to
  // pass, vanished, or refusing (a refusal of the deed tells the purchase never registered by itself).
  { when: ['compra-sem-registro', 'sem-outorgante'], areas: ['imobiliario', 'civil'], feature: 'escritura-sem-outorgante' },
  { when: ['compra-sem-registro', 'parte-sumida'], areas: ['imobiliario', 'civil'], feature: 'escritura-sem-outorgante' },
  { when: ['escritura-recusada'], areas: ['imobiliario', 'civil'], feature: 'escritura-sem-outorgante' },
  // A possession of years claimed back by whoever holds the title (`posse-antiga-disputada`). Not in a family case: there the one who
  // stayed in the house is a co-heir or a surviving spouse (CC arts. 1.784, 1.831), weighed by the inventory's own features
  // (`moradia-no-inventario`).
  // The owner's heirs or kin saying the place is theirs (`titulo-dos-herdeiros`) claim it back from the occupant (CC art. 1.228):
  // `posse-reclamada`. Not where the client's home was bought and never registered or its deed is what is missing
  // (`moradia-sem-registro`, `escritura-sem-outorgante`): the seller's heirs saying so refuse the deed, and the buyer's way is
  // the adjudicação compulsória (CC arts. 1.417-1.418; Súmula 239 STJ), weighed by those features.
  { when: ['titulo-dos-herdeiros'], unless: ['moradia-sem-registro', 'escritura-sem-outorgante'], areas: ['imobiliario', 'civil'], feature: 'posse-reclamada' },
  { when: ['posse-longa', 'posse-reclamada'], areas: ['imobiliario', 'civil'], feature: 'posse-antiga-disputada' },
  // The client's home in an inventory opened (`moradia-no-inventario`).
  { when: ['inventario-aberto', 'moradia'], areas: ['imobiliario', 'civil', 'familia'], feature: 'moradia-no-inventario' },
  // A servant on probation exonerated for failing it: lawful only after an assessment with the servant heard (Súmula 21 STF;
  // Lei 8.112/90 art. 20 and the local statutes), so the case is the annulment of the act and the post back with its pay: the
  // bond with the State disputed, never a simple claim.
  { when: ['estagio-probatorio', 'exoneracao'], areas: ['administrativo'], feature: 'tipo-nao-simples' },
  // A temporary hire by the State (CF art. 37 IX) dismissed, or its contract ended or not renewed: what is owed turns on the bond's
  // validity, not a severance's sum. Renewed for years, the hire is null and owes the balance of pay and the FGTS (CF art. 37 II and
  // §2º; Lei 8.036/90 art. 19-A; STF RE 596.478 and RE 765.320, Tema 916), and the thirteenth salary and the holidays only under the
  // local law or the renewals' abuse (STF RE 1.066.677, Tema 551); a pregnant hire keeps the post or its pay until five months after
  // the birth (ADCT art. 10 II b; STF RE 842.844, Tema 542); the dismissal of a hire mid-term must state its motive (CF art. 37
  // caput; Lei 9.784/99 art. 50). Never a simple claim, as the words "contrato temporário" already weigh.
  { when: ['vinculo-temporario-publico', 'ato-sobre-o-emprego'], areas: ['administrativo'], feature: 'tipo-nao-simples' },
  { when: ['vinculo-temporario-publico', 'vinculo-encerrado'], areas: ['administrativo'], feature: 'tipo-nao-simples' },
  // A soldier or a servant discharged while hurt or ill (`desligado-incapaz`): the discharge also ends the health care the military
  // or the servant's plan gave, in the middle of the treatment (Lei 6.880/80 art. 50 IV e; the adido is treated by the force), so the
  // treatment is at stake beside the pay.
  { when: ['desligamento-do-servico', 'incapacidade-para-o-servico'], areas: ['administrativo'], feature: 'desligado-incapaz' },
  { when: ['desligado-incapaz'], areas: ['administrativo'], feature: 'tratamento-negado' },
  // Improbity charged against an employee of the State or of a state company: a public agent's act against public funds (Lei 8.429/92 art. 2º).
  { when: ['improbidade-alegada', 'empregador-publico'], areas: ['trabalhista'], feature: 'improbidade' },
  // The same employer's own act on the job, its motive and procedure to review (CF arts. 37 caput and 41; Súmulas 77, 372 I and 390 I TST;
  // STF Temas 131 and 1.022).
  { when: ['empregador-publico', 'ato-sobre-o-emprego'], areas: ['trabalhista'], feature: 'ato-de-empregador-publico' },
  // One disaster harming many households (`desastre-coletivo`).
  { when: ['coletivo', 'desastre'], areas: ['civil', 'imobiliario', 'administrativo', 'consumidor'], feature: 'desastre-coletivo' },
  // The same disaster harming the client alone (`dano-por-ruina-ou-incendio`). Also while the area is undecided: a fire or an
  // explosion from the depot, the shop or the house next door told with no word of a claim ("o depósito do lado pegou fogo, o fogo
  // entrou na minha loja") is the civil claim the triage falls back to against the owner of the place (CC arts. 927, 937, 1.277).
  { when: ['desastre'], areas: ['civil'], undecided: true, unless: ['desastre-coletivo'], feature: 'dano-por-ruina-ou-incendio' },
  // Harm to the person from a crime already judged, claimed in a civil case (`reparacao-de-crime`); serious harm (`dano-grave`) weighs
  // that claim already.
  // The same claim told with the conviction and the beating alone ("dois rapazes me bateram e foram condenados", "quero que eles paguem
  // o que eu perdi"): the words of the crime keep the area undecided between criminal and civil, but the victim of a crime already
  // judged has no criminal case left to bring (the State's action is over, CPP art. 100; CP art. 91 I), only the civil claim for the
  // treatment, the days lost and the moral harm (CC arts. 935, 949 and 950; CPP art. 63), which the triage files as civil (`undecided`).
  ...['dano-pessoal', 'dano-moral', 'lesao-corporal', 'crime-sexual'].map((harm) => ({ when: ['crime-julgado', harm], areas: ['civil'], undecided: true, unless: ['dano-grave'], feature: 'reparacao-de-crime' })),
  // The building cracked by the works next door (`dano-por-obra-vizinha`).
  { when: ['obra-vizinha', 'imovel-rachado'], areas: ['civil', 'imobiliario'], feature: 'dano-por-obra-vizinha' },
  // The building the works next door may bring down on those inside (`ruina-por-obra-vizinha`).
  { when: ['obra-vizinha', 'risco-a-saude'], areas: ['civil', 'imobiliario'], feature: 'ruina-por-obra-vizinha' },
  // The home harmed by a neighbour's leak whose source is denied (`dano-por-vazamento-vizinho`).
  { when: ['vazamento-vizinho', 'dano-no-imovel', 'origem-negada'], areas: ['civil', 'imobiliario'], feature: 'dano-por-vazamento-vizinho' },
  // The neighbour's leak lasting months with the neighbour standing in its way (`vazamento-vizinho-prolongado`).
  { when: ['vazamento-vizinho', 'dano-no-imovel', 'vazamento-de-meses', 'vizinho-resiste'], areas: ['civil', 'imobiliario'], feature: 'vazamento-vizinho-prolongado' },
  // The neighbour's claim against the client for a leak said to come from the client's unit (`cobranca-por-vazamento`).
  { when: ['vazamento-do-cliente', 'cobranca-do-vizinho'], areas: ['civil', 'imobiliario'], feature: 'cobranca-por-vazamento' },
  // The neighbour's building throwing the rain onto the client's harmed house (`aguas-da-obra-vizinha`).
  { when: ['chuva-da-obra-vizinha', 'dano-no-imovel'], areas: ['civil', 'imobiliario'], feature: 'aguas-da-obra-vizinha' },
  { when: ['imovel-em-leilao', 'moradia'], areas: ['imobiliario', 'civil', 'consumidor', 'familia'], feature: 'moradia-em-leilao' },
  // The leased property sold during the lease: the buyer may end it with 90 days' notice unless the lease, for a term and with a
  // clause of validity, was registered (Lei 8.245/91 art. 8º), and the tenant never offered it may claim damages from the seller or,
  // with the lease registered, take it for the price (arts. 27 and 33). The seller and the buyer on the other side: never simple.
  {
    when: ['imovel-vendido'], areas: ['imobiliario'],
    subareas: ['despejo sem atraso de aluguel (fim do contrato ou retomada do imóvel)', 'locação - direitos e obrigações'], feature: 'tipo-nao-simples',
  },
  // The same sale told beside the demand that the client leave, in an eviction for arrears or a case whose kind the words do not
  // name: the buyer's notice ending the lease (Lei 8.245/91 art. 8º, 90 days) and the registration and clause of validity it turns on.
  ...['desocupacao-pedida', 'posse-reclamada'].map((asked) => ({
    when: ['imovel-vendido', asked], areas: ['imobiliario'], subareas: ['despejo por falta de pagamento', 'direito imobiliário'], feature: 'tipo-nao-simples',
  })),
  // The client's pregnancy told in a labour case whose kind is her dismissal (its severance or its cause), often in another message
  // than the dismissal ("fui demitida ontem" ... "esqueci de falar, estou grávida"): the stability runs from the conception whether
  // or not the employer knew (ADCT art. 10 II b; Súmula 244 I TST), as when one sentence tells both (`mentionsPregnantDismissed`).
  { when: ['gravidez-da-cliente'], areas: ['trabalhista'], subareas: ['verbas rescisórias', 'reversão de justa causa'], feature: 'gestante-dispensada' },
  // Workers who count themselves by the bare word ("somos umas 90 pessoas") in a labour case are colleagues hit by the same unpaid
  // wages or the same closure: a collective conflict (the union's substitution, CF art. 8º III; a plural claim, CLT art. 842), as
  // when they name their trade. Elsewhere "pessoas" counted may be a household or an audience.
  { when: ['pessoas-contadas'], areas: ['trabalhista'], feature: 'coletivo' },
  // In a criminal case others who fell for the same swindle are a serial crime the police investigate (CP art. 71), weighed as before.
  { when: ['outros-so-citados'], areas: ['criminal'], feature: 'coletivo' },
  // A company's debt redirected to the partner in an enforcement already running (`redirecionamento-em-execucao`): the redirection
  // asked or presumed (`dissolucao-irregular`) or the client on the CDA as co-responsible (`socio-corresponsavel`) (CTN art. 135 III).
  { when: ['dissolucao-irregular', 'processo-em-curso'], areas: ['tributario'], feature: 'redirecionamento-em-execucao' },
  { when: ['socio-corresponsavel', 'processo-em-curso'], areas: ['tributario'], feature: 'redirecionamento-em-execucao' },
  { when: ['redirecionamento-em-execucao', 'valor-300mil'], areas: ['tributario'], feature: 'redirecionamento-vultoso' },
  // The company's debt already seized from the partner's own estate (`bens-do-socio-bloqueados`): the veil pierced or the partners
  // included in any enforcement, or the tax enforcement redirected, beside a block or an attachment.
  { when: ['execucao-contra-socio', 'constricao'], feature: 'bens-do-socio-bloqueados' },
  { when: ['redirecionamento-em-execucao', 'constricao'], areas: ['tributario'], feature: 'bens-do-socio-bloqueados' },
  // A payroll credit card the client denies asking for, in the card's words or the loan's (`cartao-consignado-contestado`).
  { when: ['cartao-consignado', 'cartao-nao-pedido'], areas: ['consumidor'], feature: 'cartao-consignado-contestado' },
  { when: ['cartao-consignado', 'emprestimo-nao-contratado'], areas: ['consumidor'], feature: 'cartao-consignado-contestado' },
  // A payroll loan the client never made, new or refinanced (`consignado-nao-contratado`); not an add-on sold with a loan the client took.
  ...['emprestimo-nao-contratado', 'credito-nao-pedido'].map((denied) =>
    ({ when: ['consignado-citado', denied], areas: ['consumidor'], unless: ['acessorio-do-credito'], feature: 'consignado-nao-contratado' })),
  // A loan or a financing denied that the lender says the client signed or accepted (`contratacao-contestada`).
  { when: ['contratacao-alegada', 'emprestimo-nao-contratado', 'credito-citado'], areas: ['consumidor'], feature: 'contratacao-contestada' },
  // The same denial told as a credit made without the client's request or a financing of a purchase never made (`credito-nao-pedido`):
  // the lender proves the contract it defends once contested (CPC art. 429 II; Tema 1.061 STJ), the burden reversed (CDC art. 6º VIII).
  { when: ['contratacao-alegada', 'credito-nao-pedido'], areas: ['consumidor'], feature: 'contratacao-contestada' },
  { when: ['contratacao-alegada', 'compra-nao-feita', 'credito-citado'], areas: ['consumidor'], feature: 'contratacao-contestada' },
  // The bank's own hold on an account with the salary or the benefit inside (`salario-retido-pelo-banco`).
  { when: ['bloqueio-pelo-banco', 'renda-citada'], areas: ['consumidor'], feature: 'salario-retido-pelo-banco' },
  // A defect's cause disputed against the written report of the client's own technician (`vicio-com-laudo-proprio`).
  { when: ['tecnico-do-cliente', 'parecer-escrito'], areas: ['consumidor'], feature: 'vicio-com-laudo-proprio' },
  // A filiation to establish while the other heirs run the inventory (`paternidade-na-heranca`).
  { when: ['filiacao-a-reconhecer', 'inventario-aberto'], areas: ['familia'], feature: 'paternidade-na-heranca' },
  // The guarantors who signed as avalistas answer for the whole debt beside the debtor once it is collected (aval: a solidary
  // obligation, LUG art. 32; CC art. 899; Lei 10.931/04 art. 29 for the CCB): two or more estates to defend, each with defences of its
  // own. A loan still paid, its aval only a guarantee to release (a partner leaving, CC art. 1.032), has no one sued yet.
  { when: ['aval', 'processo-em-curso'], feature: 'varias-partes' },
  { when: ['aval', 'constricao'], feature: 'varias-partes' },
  { when: ['aval', 'intimacao-de-protesto'], feature: 'varias-partes' },
  // A partners' dispute against two or more other partners: the partners and the company are each a defendant in the exclusion or the
  // partial dissolution (CPC art. 601), each with a quota and defences of their own.
  { when: ['disputa-societaria', 'socios-contrarios'], areas: ['empresarial'], feature: 'varias-partes' },
  // A business matter the client means to settle without a fight (a partner leaving, the quotas assigned): a contract change at the
  // Junta and the haveres agreed (CC arts. 1.029, 1.031 and 1.057), a consensual case. Elsewhere heirs or a family "sem briga" among
  // themselves may still fight the State or a third person.
  { when: ['sem-briga'], areas: ['empresarial'], feature: 'consensual' },
  // A franchise ended or breached by the franchisor (Lei 13.966/19 arts. 2º-4º; CC arts. 473 and 475): the franchise and its end told together.
  // Not when the client is the one leaving (`cliente-quer-sair`, CC art. 473): the exit's penalty is a distrato's price.
  { when: ['franquia-do-cliente', 'franquia-encerrada'], areas: ['empresarial', 'civil'], unless: ['cliente-quer-sair'], feature: 'franquia-rompida' },
  { when: ['franquia-do-cliente', 'contrato-rescindido'], areas: ['empresarial', 'civil'], unless: ['cliente-quer-sair'], feature: 'franquia-rompida' },
  // Any other dispute within the client's franchise (`franquia-em-disputa`; Lei 13.966/19 arts. 2º, 3º and 7º): not the franchise ended,
  // which weighs more, nor the franchisee's own exit, priced by the contract (`cliente-quer-sair`).
  { when: ['franquia-do-cliente'], areas: ['empresarial'], unless: ['franquia-rompida', 'cliente-quer-sair'], feature: 'franquia-em-disputa' },
  // Another business contract rescinded or broken by the other company, or its deliveries cut (CC arts. 408-416, 473 p.u., 475 and 720;
  // Lei 4.886/65 arts. 27 j and 34). A franchise's end is `franquia-rompida`; the client's own exit (`cliente-quer-sair`) is a
  // resilição priced by the contract, but a supplier's cut deliveries stay its breach even when the client then wants out (CC art. 475).
  { when: ['contrato-rescindido'], areas: ['empresarial'], unless: ['franquia-do-cliente', 'cliente-quer-sair'], feature: 'contrato-empresarial-rompido' },
  { when: ['fornecimento-interrompido'], areas: ['empresarial'], feature: 'contrato-empresarial-rompido' },
  // The front partner of another's company investigated or accused (`laranja-investigado`).
  { when: ['nome-emprestado', 'acusado-de-crime'], areas: ['criminal'], feature: 'laranja-investigado' },
  // A move abroad is the case where a child's home or an accused's presence is (ECA arts. 83-84; CPP art. 312).
  { when: ['mudanca-para-o-exterior'], areas: ['familia', 'criminal'], feature: 'internacional' },
  // A permit the client works under (a taxi's, a mototaxi's, a stall at the market) revoked with no prior hearing: the sanction is void
  // without contraditório e ampla defesa (CF art. 5º LV; Lei 9.784/99 arts. 3º III and 68), so the appeal and a mandado de segurança
  // against the revocation are weighed at once, the livelihood at stake. Not simple. Revoked after a process with a defence, it may be.
  { when: ['permissao-cassada', 'sem-defesa-previa'], areas: ['administrativo'], feature: 'tipo-nao-simples' },
  // A crime against honour whose term ends within days: the private prosecution's six months (CPP art. 38; CP art. 103) stop only when
  // the queixa-crime is filed, with the facts told in full and a power of attorney naming them (CPP arts. 41 and 44), so it is
  // drafted and filed now, with no second chance. Not simple. With weeks left it may be.
  { when: ['prazo-24h'], areas: ['criminal'], subareas: ['crimes contra a honra'], feature: 'tipo-nao-simples' },
  { when: ['prazo-72h'], areas: ['criminal'], subareas: ['crimes contra a honra'], feature: 'tipo-nao-simples' },
  // A filiation to establish against the alleged father (he will not register the child, says it is not his) or his heirs: a contested
  // investigação, a DNA test ordered in court and a refusal weighed as a presumption (Lei 8.560/92 art. 2º-A; Súmula 301 STJ), never a
  // simple matter even where the support is what the client asks. Family cases only.
  { when: ['filiacao-a-reconhecer'], areas: ['familia'], feature: 'tipo-nao-simples' },
  // A child taken or kept abroad by the other parent, the client's consent withheld (Decreto 3.413/2000; ECA arts. 83-85).
  { when: ['internacional', 'consentimento-negado', 'crianca-levada'], areas: ['familia'], feature: 'subtracao-internacional' },
  // The same taking within the country: the other parent gone or going to another city or state with the child, the client's consent
  // withheld or never asked ("levou ele sem me avisar", "quer levar os meninos, eu não concordo"). The child's residence is changed by
  // both parents' consent or the court's (CC art. 1.634 V), the shared custody's reference home and the visits are redrawn across the
  // distance (CC arts. 1.583 §3º and 1.584 §§2º-3º), and a move to a distant place to hinder the contact is alienation the court must
  // weigh (Lei 12.318/10 art. 2º p.u. VII): a contested family case, never a plain homologation (`mudanca-com-filho`). Not abroad (the
  // Hague removal above), not the client's own move with the child (`filho-levado-pelo-cliente`), not a trip the client allowed, and
  // not where the same taking already weighs as the child kept from the client (`crianca-retida`).
  { when: ['crianca-levada', 'consentimento-negado'], areas: ['familia'], unless: ['subtracao-internacional', 'filho-levado-pelo-cliente', 'crianca-retida'], feature: 'mudanca-com-filho' },
  // Works on a property told by its tenant or occupant, or by one its owner claims back (`benfeitoria-do-ocupante`, Lei 8.245/91 art. 35;
  // CC arts. 1.219-1.220); an owner's works on the owner's own house are no claim against anyone.
  ...['ocupante-de-imovel-alheio', 'posse-reclamada'].map((occupant) => ({ when: ['obra-no-imovel', occupant], areas: ['imobiliario'], feature: 'benfeitoria-do-ocupante' })),
  // A business lease to renew (`renovatoria`, Lei 8.245/91 art. 51).
  { when: ['renovacao-da-locacao', 'locacao-empresarial'], areas: ['imobiliario'], feature: 'renovatoria' },
  // A granted retirement revised for a period left out (`revisao-por-tempo-nao-contado`, Lei 8.213/91 art. 103).
  { when: ['revisao-pedida', 'tempo-controvertido'], areas: ['previdenciario'], feature: 'revisao-por-tempo-nao-contado' },
  // The insured status denied to one dismissed and left unemployed, the benefit refused: the grace period prolonged to prove (Lei 8.213/91 art. 15 II and §§1º-2º).
  { when: ['qualidade-de-segurado-negada', 'desemprego-involuntario', 'beneficio-negado'], areas: ['previdenciario'], feature: 'periodo-de-graca-prorrogado' },
  // The insured status denied to one who pays the own contributions (`qualidade-pelos-recolhimentos`), told as paid every month or stopped by choice.
  { when: ['qualidade-de-segurado-negada', 'contribuicoes-em-dia-ou-paradas'], areas: ['previdenciario'], feature: 'qualidade-pelos-recolhimentos' },
  // The status or the carência denied to one who paid late or stopped for the illness (`recolhimentos-a-provar`, Lei 8.213/91 arts. 27 II, 59 §1º).
  ...['qualidade-de-segurado-negada', 'beneficio-negado'].map((refusal) => ({ when: [refusal, 'contribuicoes-atrasadas-ou-pela-doenca'], areas: ['previdenciario'], feature: 'recolhimentos-a-provar' })),
  // Special time at an employer closed and another without records (`tempo-especial-sem-ppp`, Lei 8.213/91 art. 58).
  { when: ['tempo-especial', 'empregador-fechado', 'registros-perdidos'], areas: ['previdenciario'], feature: 'tempo-especial-sem-ppp' },
  // One defect across many units, against the builder (`vicio-em-muitas-unidades`, CC art. 618).
  { when: ['condominio-autor', 'imovel-rachado', 'construtora'], areas: ['imobiliario', 'civil', 'consumidor'], feature: 'vicio-em-muitas-unidades' },
  { when: ['condominio-autor', 'defeito-construtivo', 'construtora'], areas: ['imobiliario', 'civil', 'consumidor'], feature: 'vicio-em-muitas-unidades' },
  // A disabled person's own right refused or disputed (`pcd-com-direito-negado`): the person and the right told together. Not in a
  // social-security or a tax case, where the disability is the benefit's or the exemption's own condition (LOAS art. 20 §2º; Lei
  // 8.989/95), weighed as a vulnerability once the INSS or the tax office disputes it (`DISPLACED_FEATURES`).
  { when: ['pessoa-com-deficiencia', 'direito-da-pcd'], areas: DISABILITY_RIGHTS_AREAS, feature: 'pcd-com-direito-negado' },
  // A disabled worker dismissed, or a quota hire's post (`vaga-pcd`) ended: the dismissal needs a substitute in like conditions (Lei
  // 8.213/91 art. 93 §1º) and may be a discrimination (Lei 9.029/95 art. 1º; LBI art. 34 §3º). Not a relative's disability told in
  // the worker's own claim (`familiar-alheio-a-causa`).
  ...['pessoa-com-deficiencia', 'vaga-pcd'].map((disabled) => ({
    when: [disabled], areas: ['trabalhista'], subareas: ['verbas rescisórias', 'reversão de justa causa'], unless: ['familiar-alheio-a-causa'], feature: 'pcd-com-direito-negado',
  })),
  { when: ['vaga-pcd', 'direito-da-pcd'], areas: ['trabalhista'], feature: 'pcd-com-direito-negado' },
  // Work in conditions like slavery is also a crime (CP art. 149) investigated beside the labour claim (the rescue by the inspection, the MPT).
  { when: [], subareas: ['trabalho análogo à escravidão'], feature: 'repercussao-penal' },
];

/**
 * The area of each remedy the client asks for (`CLIENT_NOTES`): remedies of two areas make a case of two areas ("quero que ele
 * seja preso e que me indenize", a divorce and the share of a company, reinstatement and a benefit). Money asked of the employer
 * is a labour claim, so the money remedies (`MONEY_REMEDY_AREA`) do not make a second area beside a labour remedy.
 */
export const REMEDY_AREAS: Record<string, LegalAreaCode> = {
  'criminal-complaint': 'criminal',
  'damages-claimed': 'civil',
  'money-back': 'civil',
  'refund-claimed': 'civil',
  'debt-collection': 'civil',
  'marital-split': 'familia',
  'child-support': 'familia',
  'estate-division': 'familia',
  guardianship: 'familia',
  'custody-sought': 'familia',
  'parent-support': 'familia',
  reinstatement: 'trabalhista',
  'coerced-resignation': 'trabalhista',
  'retirement-sought': 'previdenciario',
};
export const MONEY_REMEDY_AREA: LegalAreaCode = 'civil';
/**
 * Notes of one fact under two regimes: the INSS discharged the worker and the employer refuses them back (limbo previdenciário);
 * an elder's card or benefit kept by another (elder-abuse): a crime (Estatuto da Pessoa Idosa arts. 102 and 104) beside the
 * family's or the benefit's remedy (curatela, the benefit's payee changed, CC art. 1.767; Lei 8.213/91 art. 110).
 */
/**
 * A remedy the client then declines (the note, then the remedy note it takes back): a victim who says they do not want the criminal
 * route (the private or conditioned action is theirs to bring or not, CP art. 100 §§1-2, CPP arts. 24 and 30) asks only the other
 * remedy, and the queixa-crime asked first is no second area.
 */
export const DECLINED_REMEDIES: Record<string, string> = {
  'prosecution-declined': 'criminal-complaint',
};
export const TWO_REGIME_NOTES: string[] = ['return-refused', 'elder-abuse'];
/**
 * A police report the client made, beside damages asked of the same person: the criminal route taken and the civil claim
 * (CPP art. 63, CC art. 935), unless the client is the one sued or at fault, or declines the criminal route. Money back from a bank or a shop is not this:
 * there the report is the formality the bank asks for.
 */
export const REPORT_AND_DAMAGES: { report: string; damages: string; not: string[] } = {
  report: 'police-report-filed',
  damages: 'damages-claimed',
  // Nor when the victim declines the criminal route (the representation or the queixa is theirs to give, CP art. 100 §§1º-2º, CPP
  // arts. 24, 30 and 38): only the damages are asked.
  not: ['defendant', 'at-fault', 'accused', 'prosecution-declined'],
};

/**
 * Features that a more precise one found beside them displaces: `when` present (and none of `unless`), `drops` do not count. The general words
 * ("intimação", "recuperação judicial") describe someone else's proceeding or no lawsuit at all.
 */
/** What turns a refund asked of the tax office into a dispute (`restituicao-vultosa`). */
const REFUND_CONTESTED = ['prova-disputada', 'restituicao-contestada', 'autuacao', 'processo-em-curso', 'constricao', 'dissolucao-irregular'];

export const DISPLACED_FEATURES: { when?: string; areas?: LegalAreaCode[]; subareas?: string[]; drops: string[]; unless?: string[] }[] = [
  // The client's own minority carries the vulnerability's point (`cliente-menor`): the age is counted once.
  { when: 'cliente-menor', drops: ['vulneravel'] },
  // A tenant's or a rural lessee's years in the place are a lease's, not a possession of their own (CC art. 1.197: the possessor
  // by contract holds for the owner; Lei 8.245/91 arts. 5º and 9º, the eviction): no usucapião to plead (`posse-antiga-disputada`).
  {
    subareas: ['despejo por falta de pagamento', 'despejo sem atraso de aluguel (fim do contrato ou retomada do imóvel)', 'locação - direitos e obrigações',
      'locação - devolução de caução', 'arrendamento e parceria rural'],
    drops: ['posse-antiga-disputada'],
    // Unless no rent was ever paid nor asked, or the place was lent for free (`sem-aluguel`): no lease then (Lei 8.245/91 art. 1º;
    // CC arts. 565 and 579), whatever the eviction's words ("os herdeiros querem me despejar"), and the years are a possession's.
    unless: ['sem-aluguel'],
  },
  // A maternity pay asks four monthly wages of the INSS alone, on the ten months of activity before the birth (Lei 8.213/91 arts. 25
  // III, 39 parágrafo único and 71): the rural work it proves is that short period, on the union's declaration and a document in the
  // family's name (Súmula 149 STJ), not a working life the INSS would not count; work never registered is what a special insured is,
  // and the husband, the in-laws and the union she farms and files with (the regime de economia familiar, art. 11 VII §1º) are its
  // proof, no people opposing the claim.
  // A thing or money lost to a crime already judged (theft, robbery, a break-in, a swindle, damage to a thing; `crime-julgado`), its
  // value alone asked of the convicted author: the conviction makes the duty to repair certain (CP art. 91 I) and is itself the
  // title to enforce (CPP art. 63; CPC art. 515 VI), authorship and fact no longer questioned in the civil court (CC art. 935); what
  // is left is the price of the thing, shown by its receipt or estimate (CPC art. 509 I-II; CC arts. 402 and 944). No `dano-de-crime`
  // then, unless a harm to the person or the act that caused it is told too (`causa-do-dano`), whose heads (treatment, lost earnings,
  // moral harm) are still to prove (CC arts. 949-950): `reparacao-de-crime` and the harm's own features weigh that; nor above the
  // first value band, where the cases' labels disagree for the same words (routing-cases-72 r72g medium, routing-cases-76 rt76i low).
  { when: 'crime-julgado', areas: ['civil'], drops: ['dano-de-crime'], unless: ['causa-do-dano', 'dano-pessoal', 'dano-moral', 'lesao-corporal', 'crime-sexual', 'dano-grave', 'dano-permanente', 'morte-causada', 'risco-a-saude', 'valor-10mil', 'valor-50mil', 'valor-300mil', 'valor-1milhao'] },
  // The client asking to take the child abroad, the other parent refusing: the consent is supplied by a judge (ECA art. 84 II), no child removed.
  { when: 'filho-levado-pelo-cliente', drops: ['subtracao-internacional'] },
  { subareas: ['salário-maternidade'], drops: ['tempo-controvertido', 'tipo-nao-simples', 'muitos-envolvidos', 'periodo-de-graca-prorrogado'] },
  // A malha-fina intimation is a request for documents in the review of a return, not a lawsuit (Decreto 70.235/72 art. 14), unless
  // the review already ended in an assessment (`autuacao`: a lançamento de ofício, whose impugnação is the proceeding).
  { when: 'malha-fina', drops: ['processo-em-curso'], unless: ['autuacao'] },
  // A creditor's claim in a customer's recovery is a credit to list, medium by itself (`credor-na-recuperacao` is notLow);
  // the insolvency and its many creditors are the debtor's case (Lei 11.101/05 arts. 7º-10).
  { when: 'credor-na-recuperacao', drops: ['insolvencia'] },
  // An account held by the bank for its own fraud prevention is no court's seizure nor a lawsuit (CDC art. 14): the words of the
  // block ("bloquearam minha conta") read as constrição only when no such reason is told.
  { when: 'bloqueio-pelo-banco', drops: ['constricao', 'processo-em-curso'] },
  // Nor is an app's account blocked by the platform (`mentionsPlatformAccountBlocked`): a contract broken, no money held by a court.
  { when: 'bloqueio-de-plataforma', drops: ['constricao', 'processo-em-curso'] },
  // A deceased's account frozen by the bank until the dependants or heirs show their right (Lei 6.858/80 art. 1º) is no seizure either.
  { when: 'conta-de-falecido', drops: ['constricao', 'processo-em-curso'] },
  // A mental illness named as an occupational disease (burnout) is that disease: its link to the work weighs once.
  { when: 'doenca-ocupacional', drops: ['adoecimento-psiquico'] },
  // Nothing left to divide ("não deixou bens"): the inventory or the regime named has no partilha to make.
  { when: 'sem-bens', drops: ['patrimonio'] },
  // The partner's share in dispute is the patrimony to value (`haveres-em-disputa`): the quotas weigh once.
  { when: 'haveres-em-disputa', drops: ['patrimonio'] },
  // A sign nobody has registered: the right to the mark is acquired by its registration (Lei 9.279/96 art. 129), so two businesses
  // using one name is a filing to make first, with the prior user's precedence of art. 129 §1º claimed by filing or opposing (art.
  // 158), no infringement to sue on. Unless a suit is already under way.
  { when: 'marca-sem-registro', areas: ['empresarial'], drops: ['conflito-de-marca'], unless: ['processo-em-curso'] },
  // An inquiry already archived, or a case that ended in an acquittal (CPP arts. 18, 28 and 386), runs no proceeding beside the
  // case: what the client tells of it is the case's history and its proof.
  { when: 'investigacao-encerrada', drops: ['repercussao-penal'] },
  // A record to clean (`ficha-a-limpar`): the arrest and the conviction told are the past case's, its sentence served or extinct or
  // an acquittal (LEP art. 202; CP art. 93): no liberty at stake and the crime's gravity already weighed. Unless a case is running,
  // or an arrest or a warrant is the news (a term of 72 h or less): then the record is the least of it, and weighs nothing.
  { when: 'ficha-a-limpar', areas: ['criminal'], drops: ['liberdade', 'crime-grave'], unless: ['acusado-de-crime', 'processo-em-curso', 'prazo-24h', 'prazo-72h'] },
  { when: 'prazo-24h', areas: ['criminal'], drops: ['ficha-a-limpar'] },
  { when: 'prazo-72h', areas: ['criminal'], drops: ['ficha-a-limpar'] },
  // A crime of violence just suffered (`crime-sofrido-agora`): the flagrante, the report and the exam within hours are the police's
  // acts (CPP arts. 5º, 6º VII, 158 and 301-303), no harder case; the 24 hours weigh only beside another ground of them.
  { when: 'crime-sofrido-agora', drops: ['prazo-24h'], unless: ['acusado-de-crime', 'custodia-em-risco', 'crianca-retida', 'crianca-abusada'] },
  // An arrest that ended with bail paid: bail is granted only where no preventive arrest is called for (CPP arts. 321 and 324 IV), and
  // the police set it only for crimes punished with at most 4 years (CPP art. 322), where a non-prosecution agreement or a conditional
  // suspension usually ends the case (CPP art. 28-A; Lei 9.099/95 art. 89) and a prison sentence is rarely served. The arrest is the
  // case's history, the accused answers free: liberty is no longer at stake, unless the crime is serious (`crime-grave`: a death, a
  // robbery, trafficking), where a conviction still means prison.
  { when: 'solto-com-fianca', drops: ['liberdade'], unless: ['crime-grave'] },
  // So is one released at the custody hearing or on provisional release, with or without other measures (CPP arts. 310 III, 319 and
  // 321): no arrest stands to be undone today and the accused awaits the inquiry or the trial free. Unless the crime is serious, or
  // the family asks the release (`pedido-sobre-a-custodia`): then one is held again (CPP art. 282 §4º), liberty at stake now.
  { when: 'solto-aguardando-o-processo', areas: ['criminal'], drops: ['liberdade'], unless: ['crime-grave', 'pedido-sobre-a-custodia'] },
  // The client is the crime's victim, not the accused (`vitima-do-crime`): the arrest, the custody hearing or the conviction told is
  // the author's, whose liberty the accused's defence argues (CPP arts. 310-312); the victim follows the prosecution as its assistant
  // (CPP arts. 268-273) and asks redress (CPP art. 387 IV), weighed as `prisao-do-autor`. Unless the crime killed or maimed.
  // The same where the victim asks only the redress or the prosecution's course of a harm over (`dano-de-crime`), told without the words
  // that make the client the victim ("o cara que esfaqueou foi preso").
  ...['vitima-do-crime', 'dano-de-crime'].map((victim) => ({ when: victim, areas: ['criminal' as const], drops: ['liberdade'], unless: SERIOUS_CRIME_RESULTS })),
  // An injury that healed, the prosecution followed or the redress asked by the victim (`lesao-sarada-da-vitima`): the Ministério Público
  // holds the action (CPP art. 257 I), the victim joins it as its assistant (CPP arts. 268-273) and the judge sets the minimum reparation
  // (CPP art. 387 IV). The author's arrest and the injury's gravity (CP art. 129 §1º) are the prosecution's and the defence's to argue;
  // the victim's part is medium (the redress asked, the proceeding or the kind of case keep it above low).
  { when: 'lesao-sarada-da-vitima', areas: ['criminal'], drops: ['liberdade', 'dano-grave', 'crime-grave'] },
  // So the family of one killed whose killer is held (`homicida-preso`): the custody and the death are the prosecution's (CPP arts. 268-273).
  { when: 'homicida-preso', areas: ['criminal'], drops: ['liberdade', 'dano-grave', 'crime-grave'] },
  // A visit to one already held asked, nothing of the custody at stake (`visita-ao-preso`): the prisoner is lawfully held and the visit
  // is a right the prison's administration regulates (LEP art. 41 X and parágrafo único): no arrest to undo (CPP arts. 310 and 648), no
  // crime to weigh, and the author's arrest told is the custody visited, no victim's part.
  { when: 'visita-ao-preso', areas: ['criminal'], drops: ['liberdade', 'prisao-do-autor', ...SERIOUS_CRIME_RESULTS] },
  // A benefit of the sentence being served (`incidente-da-execucao`): the conviction is settled and the prisoner is lawfully held, so
  // no arrest is to be undone (CPP arts. 310 and 648) and the crime's gravity was weighed by the sentence; the incident turns on the
  // time served and the conduct (LEP arts. 112 and 126; CP art. 83), for the prisoner or the victim's family alike.
  { when: 'incidente-da-execucao', areas: ['criminal'], drops: ['liberdade', ...SERIOUS_CRIME_RESULTS] },
  // An agreement the other side went back on ("quer mais dinheiro") is no consensual case: its breach is the dispute.
  { when: 'acordo-rompido', drops: ['consensual'] },
  // A business matter the partners settle on good terms (a partner's exit, the quotas assigned to the other) is a contract change
  // at the Junta, its price agreed (CC arts. 1.003, 1.031 and 1.057): no partners' dispute, whatever the partners' titles told.
  { when: 'consensual', areas: ['empresarial'], unless: ['acordo-rompido'], drops: ['disputa-societaria'] },
  // In a pension by death the death is the fact that gives rise to the benefit (Lei 8.213/91 art. 74), not harm the case claims
  // for: how it happened ("morreu num acidente") weighs nothing there.
  // Nor harm to a vulnerable person: the widow's age or illness is no harm the death did her (`dano-a-vulneravel`).
  { when: 'pensao-por-morte', drops: ['dano-grave', 'dano-a-vulneravel'] },
  { when: 'morte-do-segurado', drops: ['dano-grave', 'dano-a-vulneravel'] },
  // The disability of a candidate to a post reserved for disabled people (CF art. 37 VIII; Decreto 9.508/18; Lei 14.126/21 for
  // monocular vision) is the status the exam board disputes, proved by the medical reports: no harm the case claims for.
  { when: 'vaga-pcd', areas: ['administrativo'], drops: ['dano-grave', 'dano-a-vulneravel'] },
  // Nor does a child's or an elder's age add to a serious harm the State answers for where the harm heals (no `dano-permanente`): a
  // pupil's arm broken at a public school, an elder's ankle in an open drain. The State answers without fault (CF art. 37 §6º), the
  // school for the pupils in its custody (STF RE 109.615), so the victim's age changes neither the proof nor the remedy: the treatment
  // and the moral damages of a harm that is over (CC arts. 186 and 949), with the age already weighed (`vulneravel`). A sequel does:
  // a lifelong pension and the care to come (CC art. 950), where `estado-responde-por-dano` weighs it.
  { areas: ['administrativo'], drops: ['dano-a-vulneravel'], unless: ['dano-permanente'] },
  // In a curatela the illness or the disability that took the discernment (a coma, a stroke's sequel, brain damage, a wheelchair) and the
  // death of the parents who cared for the adult are the facts that open it, not harm the case claims for: the judge asks whether the
  // person can express their will and who is fit to be curator (CC arts. 1.767 I and 1.775; CPC arts. 747-755). Unless someone hurt
  // the person (`violencia`, `lesao-corporal`), whose harm the family may still claim.
  { when: 'curatela', areas: ['familia'], drops: ['dano-grave', 'dano-a-vulneravel'], unless: ['violencia', 'lesao-corporal'] },
  // So in any social-security case (`areas`, no `when`): the insured's incapacity or illness is the fact that gives rise to the benefit
  // (Lei 8.213/91 arts. 42, 59 and 86; LOAS art. 20), proved by the perícia and the medical records, and the INSS pays no damages. A
  // fracture fixed with pins asked as an auxílio, a disability retirement the INSS only summons to a review, weigh nothing as harm;
  // a benefit that was paid and cut (`beneficio-cessado`) does: restoring it is proving how grave the incapacity is against the
  // perito's discharge, by a court's expert, often with the sums paid claimed back. So does harm that lasts (`dano-permanente`: a
  // sequel, a disease without cure): the permanent incapacity to prove (arts. 42 and 86), not a temporary one that heals.
  { areas: ['previdenciario'], drops: ['dano-grave', 'dano-a-vulneravel'], unless: ['beneficio-cessado', 'dano-permanente'] },
  // A cut benefit keeps the harm weighing only where it lasts: a disability retirement held (the permanent incapacity already
  // recognised, Lei 8.213/91 arts. 42 and 47), a sequel or a paralysis (`dano-permanente`), a cancer in treatment (exempt from the
  // grace period, art. 151). A fracture, a surgery or a burn that heals behind a cut auxílio is a temporary incapacity: the dispute is
  // the date of recovery the perito set (art. 60 §§8º-9º), asked again by a prorrogação, an appeal or a court's expert.
  { when: 'beneficio-cessado', areas: ['previdenciario'], drops: ['dano-grave', 'dano-a-vulneravel'], unless: ['dano-permanente', 'invalidez-do-beneficio', 'oncologico'] },
  // Nor a disability retirement the INSS refused (`beneficio-negado`): asked, not held, its incapacity is the fact to prove (Lei 8.213/91
  // art. 42), no harm claimed, whatever aid was cut before it; the cut and the refusal weigh as the dispute.
  { when: 'beneficio-negado', areas: ['previdenciario'], drops: ['dano-grave', 'dano-a-vulneravel'], unless: ['dano-permanente'] },
  // Nor beside a refusal for the insured status lost to one left unemployed (`periodo-de-graca-prorrogado`): the INSS did not reach the
  // incapacity, however lasting; the case is the status on the day it began, the grace period's reckoning (Lei 8.213/91 art. 15 §§1º-2º).
  { when: 'periodo-de-graca-prorrogado', areas: ['previdenciario'], drops: ['dano-grave', 'dano-a-vulneravel'] },
  // Nor is an elder's or a child's age (nor an illness) a vulnerability beside a social-security case nobody contests yet: it is the
  // benefit's own condition (the age of an age retirement or of the elder's BPC, Lei 8.213/91 art. 48 and LOAS art. 20; a child's age
  // that makes a dependant, art. 16 I; the widow's age that sets how long the pension lasts, art. 77 §2º V; the incapacity of art. 42),
  // and a first request or a question with the benefit paid is low whatever the age. Once the INSS refuses, cuts or will not count
  // the time (`beneficio-negado`, `beneficio-cessado`, `tempo-controvertido`, or proof disputed), the elder or the child who lives on
  // the benefit is a vulnerable party to a dispute (urgent relief for a subsistence benefit, CPC art. 300; the elder's priority,
  // Estatuto da Pessoa Idosa art. 71), and weighs again.
  {
    areas: ['previdenciario'],
    drops: ['vulneravel', 'dano-a-vulneravel'],
    unless: ['beneficio-negado', 'beneficio-cessado', 'tempo-controvertido', 'prova-disputada'],
  },
  // A period the INSS left out told entered in the work card is proved by the entry itself, with no formal defect, though missing
  // from the CNIS (Súmula 75 TNU; Decreto 3.048/99 art. 19): a plain correction of the record, no time to prove. Not special time nor
  // work off the books (`tempo-especial`, `vinculo-informal`), which need the PPP or the start of material proof (Lei 8.213/91 arts. 55 §3º and 58).
  { when: 'periodo-em-carteira', areas: ['previdenciario'], drops: ['tempo-controvertido'], unless: ['tempo-especial', 'vinculo-informal'] },
  // A refusal the client cures by asking again (`novo-pedido`: "pago o que falta e peço de novo", "quero remarcar a perícia") is no
  // dispute: the INSS decides each request on the facts shown then (Lei 9.784/99 arts. 48-50; Lei 8.213/91 art. 105, the request never
  // refused for want of a document), the right to a benefit does not lapse (Lei 8.213/91 art. 103; STF Tema 313), and a new request
  // with the missing months paid, the CadÚnico updated, the document found or the exam booked again (arts. 25, 48 and 101; LOAS art.
  // 20 §§3º and 6º) is the routine remedy: the refusal's reason is the condition met, no proof against the INSS, and the elder's or
  // the child's age the benefit's own condition again (above). Not once the client weighs a lawsuit in the same breath
  // (`mentionsNewRequest`) or one runs (`processo-em-curso`), a benefit paid was cut (`beneficio-cessado`, `invalidez-do-beneficio`),
  // or the proof itself is the case: time the INSS would not count (`tempo-controvertido`; Lei 8.213/91 art. 55 §3º), a stable union
  // to prove for a pension (`uniao-a-comprovar`; art. 16 §§3º and 5º).
  {
    when: 'novo-pedido',
    areas: ['previdenciario'],
    drops: ['prova-disputada', 'vulneravel', 'dano-a-vulneravel'],
    unless: ['processo-em-curso', 'beneficio-cessado', 'invalidez-do-beneficio', 'tempo-controvertido', 'uniao-a-comprovar'],
  },
  // Nor is the INSS's refusal a proof disputed where the insured status lost is that of one who pays the own contributions (a
  // self-employed's carnê, an MEI's DAS, a facultative payer: Lei 8.212/91 arts. 21 and 30 II; LC 123/06 art. 18-A) and tells them paid
  // every month or stopped by choice (`qualidade-pelos-recolhimentos`): the status lasts while the contributions are paid and 12 months
  // after the last (6 for a facultative payer), lost the day after the term for the next one (Lei 8.213/91 art. 15 II, VI and §4º), and
  // the CNIS records each payment (art. 29-A). The refusal is a count of months on the INSS's own records and the client's receipts:
  // wrong, the DAS or the carnês paid show it on a review; right, the status comes back with the next payment and half the grace
  // period (art. 27-A). No fact to prove. Not where the status turns on a fact beyond the payments: an unemployment after a dismissal
  // (`desemprego-involuntario`, §2º), the payments stopped by the illness or made late (never told as settled: art. 27 II), a benefit
  // paid and cut, a lawsuit running, time or a union to prove.
  {
    when: 'qualidade-pelos-recolhimentos',
    areas: ['previdenciario'],
    drops: ['prova-disputada'],
    unless: ['desemprego-involuntario', 'processo-em-curso', 'beneficio-cessado', 'invalidez-do-beneficio', 'tempo-controvertido', 'uniao-a-comprovar'],
  },
  // So in a tax case: a child's or an elder's age, a disability or a serious illness is the deduction's or the exemption's own
  // condition (a dependant, Lei 9.250/95 art. 35; health expenses, art. 8º II a; the exemption for a serious illness, Lei 7.713/88
  // art. 6º XIV; the PcD exemptions of IPI and IPVA), and a question or a first request is low whoever the taxpayer is. Once the
  // tax office refuses or assesses, or a collection or a seizure runs (`prova-disputada`, `autuacao`, `processo-em-curso`,
  // `constricao`), the elder or the sick taxpayer is a vulnerable party to a dispute (the priority of CPC art. 1.048 I; a
  // retirement's money unseizable, CPC art. 833 IV), and weighs again.
  // The taxpayer's own first request (a refund of a tax paid twice, an exemption: CTN arts. 165-168 and 179) is the proceeding the client
  // opened, which the authority must decide; nothing is contested against the client until it refuses or assesses, or a collection
  // runs (`autuacao`, `constricao`, a company's debt redirected). So it is no `processo-em-curso` in a tax case, nor in an administrative
  // one, where a request filed with a public body is decided by it (Lei 9.784/99 arts. 48-49) and a refund asked of the city is read too.
  // A licence's suspension is the traffic penalty of a driver (CTB arts. 256 III and 261), not a servant's ("levei uma suspensão de 12
  // meses na CNH"): its procedure is `suspensao-da-cnh`.
  { when: 'suspensao-da-cnh', areas: ['administrativo'], drops: ['ato-contra-o-servidor'] },
  { when: 'pedido-proprio', areas: ['tributario', 'administrativo'], drops: ['processo-em-curso'], unless: ['autuacao', 'constricao', 'dissolucao-irregular'] },
  { when: 'defesa-de-multa-em-curso', drops: ['processo-em-curso'] },
  { areas: ['tributario'], drops: ['vulneravel', 'dano-a-vulneravel'], unless: ['prova-disputada', 'autuacao', 'processo-em-curso', 'constricao'] },
  // A refund of a tax paid or withheld (CTN arts. 165-168), asked of the tax office by a rectifying return or a PER/DCOMP, is the
  // authority's to grant: a routine recovery however large, until it refuses (`prova-disputada`, `restituicao-contestada`), assesses or
  // charges (`autuacao`), or a lawsuit or a collection runs (`processo-em-curso`, `constricao`, `dissolucao-irregular`). Meanwhile its
  // sum from R$ 50 mil weighs as the band below (`restituicao-vultosa`, the points of `valor-10mil`); from R$ 300 mil it weighs in full.
  { when: 'restituicao-vultosa', areas: ['tributario'], drops: ['valor-50mil'], unless: REFUND_CONTESTED },
  ...REFUND_CONTESTED.map((id) => ({ when: id, areas: ['tributario' as const], drops: ['restituicao-vultosa'] })),
  // A labour claim's sum from R$ 50 mil: the years of one contract, counted from the payslips (`verbas-de-um-contrato`, CLT arts. 852-A, 879).
  { when: 'verbas-de-um-contrato', areas: ['trabalhista'], drops: ['valor-50mil'] },
  // A new vehicle's price claimed back or in kind (CDC art. 18 §1º): from R$ 50 mil it weighs as the band below (`vicio-de-veiculo-novo`).
  { when: 'vicio-de-veiculo-novo', areas: ['consumidor'], drops: ['valor-50mil'] },
  // Wages held for months from an outsourced worker (`terceirizacao`): the case is the contractor's debt and the client company's
  // subsidiary liability for it (Lei 6.019/74 art. 5º-A §5º; Súmula 331 IV e VI do TST), which the outsourcing already weighs; the
  // arrears are the sum both answer for, not a second difficulty (`mora-salarial`).
  { when: 'terceirizacao', areas: ['trabalhista'], drops: ['mora-salarial'] },
  // A business sold whose new owner keeps the staff or takes on the old owner's debts (`sucessao-assumida`): the contracts go on as
  // they were, the time served counting whole (CLT arts. 10 and 448), and the successor already answers as the law would have him
  // (art. 448-A): no second employer to sue, a worker's plain question. Not once the new owner, or anyone, denies the debts.
  { when: 'sucessao-assumida', areas: ['trabalhista'], drops: ['sucessao-de-empregador'], unless: ['passivo-negado', 'recusa-da-outra-parte'] },
  // And the arrears that successor already paid (`sucessao-quitada`: "tinha FGTS atrasado e eles já depositaram") are no FGTS
  // withheld to sue for or to end the contract over (CLT arts. 10, 448, 483 d; Lei 8.036/90 arts. 15 and 22): not `tipo-nao-simples`.
  { when: 'sucessao-quitada', areas: ['trabalhista'], drops: ['tipo-nao-simples', 'fgts-retido'], unless: ['passivo-negado', 'recusa-da-outra-parte'] },
  // Nor is the foreign origin of a parcel taxed on arrival a foreign element (`remessa-postal`): the import tax of a postal or
  // express consignment bought or sent from abroad (Regime de Tributação Simplificada, DL 1.804/80 art. 2º; Lei 14.902/24, 20% up to
  // US$ 50) falls on the goods' entry into Brazil (CTN art. 19) and on the addressee as its taxpayer (DL 37/66 art. 31 II). The value
  // the Receita set, the rate or an immunity (a book, CF art. 150 VI d) is reviewed on the Receita's own request or in a suit
  // against the União where the client lives (CF art. 109 §2º): no party, act, court or law abroad (CPC arts. 21-23; LINDB art. 9º),
  // the foreign seller no party to it. Not once the goods are seized with perdimento (DL 1.455/76 art. 23), an assessment is drawn,
  // or a collection or a seizure runs: an importer's dispute, whose foreign trade weighs.
  { when: 'remessa-postal', areas: ['tributario'], drops: ['internacional'], unless: ['mercadoria-retida', 'autuacao', 'processo-em-curso', 'constricao'] },
  // Nor is a consumer's purchase from a site or a seller abroad (`compra-de-fora`: "num site estrangeiro", "importado pela shopee")
  // a foreign element, whatever else of it sounds foreign (the product "importado", the seller "de fora do país"): a Brazilian court
  // hears a consumer living in Brazil (CPC art. 22 II), at the consumer's home (CDC art. 101 I), under the CDC; the marketplace or
  // the card that sold or charged in Brazil answers with the seller for the product not delivered, defective or returned (CDC arts.
  // 7º p.u., 18, 25 §1º, 35 and 49). Not where the product hurt someone: the accident of a product made abroad is the maker's and
  // the importer's to answer (CDC art. 12), whom the claim must find.
  { when: 'compra-de-fora', areas: ['consumidor'], drops: ['internacional'], unless: ['dano-grave', 'dano-permanente'] },
  // Nor is a serious illness or a disability harm a tax case claims for, disputed or not: it is the exemption's own condition (the
  // illnesses of Lei 7.713/88 art. 6º XIV, proved by a medical report, Súmula 598 STJ, and kept after the cure, Súmula 627 STJ; the
  // PcD exemptions of IPI and IPVA, Lei 8.989/95), and the tax office pays no damages for it. What a dispute adds weighs as itself
  // (the assessment, the sum, the collection), and the sick taxpayer as a vulnerable party (above).
  { areas: ['tributario'], drops: ['dano-grave'] },
  // Nor is the INSS the State answering for harm it caused (CF art. 37 §6): it pays the benefit the facts give.
  // In a maternity pay the child, born or adopted (of any age to 12, Lei 8.213/91 art. 71-A; ECA art. 2º), is the benefit's own fact,
  // refused or not: the dispute is the grace period or the insured's status (arts. 25 III and 26 VI), whoever the child is.
  { areas: ['previdenciario'], subareas: ['salário-maternidade'], drops: ['vulneravel', 'dano-a-vulneravel'] },
  // Time records that hide the hours in an overtime case: the kind of case already weighs the hours to prove (`tipo-de-caso`).
  { subareas: ['horas extras e jornada'], drops: ['ponto-que-esconde-horas'] },
  // Records that hide the hours do not prove them: the hours the client says are "no ponto" are those the records leave out.
  { when: 'ponto-que-esconde-horas', drops: ['horas-no-ponto'] },
  { areas: ['previdenciario'], drops: ['estado-responde-por-dano'] },
  // A benefit held for want of the proof of life resumes once it is made (Lei 8.212/91 art. 69 §8º): no cut to contest.
  { when: 'prova-de-vida', drops: ['beneficio-cessado'] },
  // The insured back at his job after the benefit for incapacity ended, a sequel limiting him (`sequela-de-volta-ao-trabalho`): the
  // auxílio-acidente, owed for a sequel of an accident of any kind that reduces the capacity for the usual work (Lei 8.213/91 art. 86;
  // Decreto 3.048/99 art. 104), from the day after the auxílio-doença ends (art. 86 §2º; STJ Tema 862). The discharge is accepted, not
  // contested: the cut is the new benefit's start, the injury (a fracture, a surgery, a lost fingertip) its ground told in the past,
  // proved by the medical report, the perícia's discharge no evidence against him; the employer and the colleagues witness the
  // limitation, the INSS is the only party. A routine request. Not once the INSS refused the benefit, the employer refuses him back
  // (the limbo, two areas), a lawsuit runs, or a disability retirement was cut.
  {
    when: 'sequela-de-volta-ao-trabalho',
    drops: ['dano-grave', 'dano-a-vulneravel'],
    unless: ['beneficio-negado', 'areas-concorrentes', 'processo-em-curso', 'invalidez-do-beneficio'],
  },
  // A sequel of an accident at work keeps the cut weighing: the accident benefit (B94) turns on the work's link, proved by the CAT or
  // the NTEP (Lei 8.213/91 arts. 19-21-A), and is sued for in the state court's ação acidentária (art. 129 II; CF art. 109 I; Súmula
  // 15 STJ), no longer a plain request.
  {
    when: 'sequela-de-volta-ao-trabalho',
    drops: ['beneficio-cessado', 'prova-disputada', 'muitos-envolvidos'],
    unless: ['beneficio-negado', 'areas-concorrentes', 'processo-em-curso', 'invalidez-do-beneficio', 'acidente-de-trabalho'],
  },
  // Loans the client never took are no over-indebtedness: the global plan is for debts contracted in good faith (CDC art. 104-A),
  // while each loan denied is void against its own bank (CDC art. 14; Súmula 479 STJ), the banks counted already as parties.
  { when: 'emprestimo-nao-contratado', drops: ['muitas-dividas'] },
  // The respondent of a protective measure (Lei 11.340/06 arts. 19 and 22): the violence told is what the protected person alleged
  // against the client, who answers for it (breaking the measure is a crime, art. 24-A); it is no violence against the client.
  { when: 'medida-contra-o-cliente', drops: ['violencia'] },
  // A threat to kill already weighing as violence (the first-person `DEATH_THREAT`) or as a weapon shown counts once; the client
  // accused of the threat answers for it (a termo circunstanciado, Lei 9.099/95 arts. 69 and 76) and is not its victim.
  { when: 'violencia', drops: ['ameaca-de-morte-relatada'] },
  { when: 'ameaca-armada', drops: ['ameaca-de-morte-relatada'] },
  { when: 'acusado-de-crime', drops: ['ameaca-de-morte-relatada'] },
  { when: 'ameaca-atribuida-ao-cliente', drops: ['ameaca-de-morte-relatada'] },
  // A partner who left the company with the exit registered, whose account a tax enforcement for the company's irregular closure
  // blocked: the redirection cannot reach a partner gone before the closure (Tema 962 STJ; Súmula 435 STJ), so an exceção de
  // pré-executividade on the registered alteração lifts it (Súmula 393 STJ), with the unseizable money claimed back (CPC art. 854 §3º
  // I). A settled defence on a document: the block weighs as itself, no second estate to defend. Not in a labour enforcement, where
  // the partner who left answers for two years (CC art. 1.032; CLT art. 10-A).
  { when: 'saida-da-sociedade', areas: ['tributario'], drops: ['bens-do-socio-bloqueados'] },
  // The assets hidden told as an absconding debtor's (`devedor-sumiu-com-bens`): one fact, weighed once.
  { when: 'devedor-sumiu-com-bens', drops: ['ocultacao-de-bens'] },
];

/**
 * Features of the proceeding, not of the client's position, dropped when the client is only a witness (`isOnlyWitness`):
 * the lawsuit, the crime, its harm and its deadlines are the parties'. A witness attends and tells the truth (CPP art. 203).
 */
export const WITNESS_FOREIGN_FEATURES: string[] = [
  'processo-em-curso', 'crime-grave', 'acusado-de-crime', 'apontado-por-furto', 'liberdade', 'repercussao-penal', 'dano-grave', 'lesao-corporal', 'ameaca-armada',
  'dano-a-vulneravel', 'varias-partes', 'prazo-24h', 'prazo-72h', 'dano-de-crime', 'tipo-de-caso', 'tipo-de-caso-nao-simples',
];

/**
 * Features of the worker's claim, dropped in a labour case where the client is the employer asking how to act (`isEmployerAsking`):
 * a dismissal for cause the employer is weighing is no dismissal to reverse, and nothing is disputed until the worker sues.
 */
export const WORKER_CLAIM_FEATURES: string[] = ['tipo-nao-simples', 'gestante-dispensada', 'dispensa-retaliatoria', 'salario-por-fora', 'comissoes-em-disputa', 'mora-salarial', 'fgts-retido', 'rescisao-sonegada'];

/**
 * Features that say the case is not of the kind its words read (the subarea's points, `tipo-de-caso`, give nothing): a visit to a
 * prisoner asked (`visita-ao-preso`) is read as an arrest by the prison's words, but the custody is settled and the right to visits is
 * asked of the prison's administration (LEP art. 41 X), no arrest to contest (CPP art. 310). A union the couple asks to register
 * (`uniao-a-registrar`) is read as its dissolution by the union's words, but the two declare it together before a notary (CC art.
 * 1.725; Provimento CNJ 141/2023), no union to prove nor property to divide.
 */
export const KIND_FREE_FEATURES: string[] = ['visita-ao-preso', 'uniao-a-registrar'];

/** Distinct parties from which `muitos-envolvidos` counts. */
export const MANY_PARTIES = 4;

/** Lowest score of each level. */
export const COMPLEXITY_THRESHOLDS: { level: Complexity; min: number }[] = [
  { level: 'high', min: 5 },
  { level: 'medium', min: 2 },
  { level: 'low', min: Number.NEGATIVE_INFINITY },
];

/** A feature worth at least this much is a strong one; the small ones (a second area, many names, the kind of case) only add up. */
export const HIGH_NEEDS_FEATURE_POINTS = 2;
/**
 * High needs strong features worth this much together (one of 3 points, or two of 2): a whole
 * story heard to its end collects small features and one strong one (a value over R$ 50 mil, a
 * running lawsuit with many names) in cases a lawyer still calls medium.
 */
export const HIGH_NEEDS_STRONG_POINTS = 3;

/** A running lawsuit (`processo-em-curso`) with a deadline within this many hours is at least medium, whatever the sum. */
export const LAWSUIT_DEADLINE_FLOOR_HOURS = 72;
