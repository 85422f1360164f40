import {
  BUSINESS_SALE, EMPLOYER_SUCCESSION, CO_OWNERSHIP, CRIMINAL_CASE_CLOSED, CASE_REOPENED, ESTATE_GOOD_SOLD, EVICTION_SOUGHT, HOME_LENT, LABOUR_RIGHTS_CLAIMED, DISGUISED_EMPLOYMENT, HOME_FORECLOSED, LODGING_BOOKED, STATUTORY_PENSION,
  SUCCESSION_PLANNING, USURIOUS_LENDER, HIT_AND_RUN, PARKED_VEHICLE_DAMAGED, BUYER_TRANSFER_SOUGHT, PROPERTY_SOLD, DEED_SOUGHT, OWN_EX_PARTNER, WRONGFUL_ARREST, POLICE_POWER_FINE, PLACE_INTERDICTED, DEMOLITION_ORDERED, CUSTODY_DEFENDED, GOODS_FOR_RESALE, BUSINESS_SUPPLY, COMMON_AREA, NEIGHBOUR_LEAK, NEIGHBOUR_WORKS, ASSISTANCE_BENEFIT, TENANT, OWN_RENT_LATE, MANDATE_GRANTED, PRESS_CONTENT, SOCIAL_BENEFIT,
  STATE_CUSTODY, STORE_SEARCH, LOAN_DENIED, CONTRIBUTION_WITHHELD, TITLE_WITH_SELLER, COMMERCIAL_AGENCY, BORROWED_BY_CLIENT, PRIVATE_EMPLOYER, PARTNER_SPOUSE_ENTRY, CAT_REFUSED, COMMUTE_ACCIDENT, DEAD_PARTNER_PENSION, BENEFIT_AS_ESTATE, BENEFIT_CONVERSION, TRAFFIC_FINE_CONTESTED, FINE_APPEALED, BOUNDARY_ENCROACHMENT, TAX_CONTESTED, IR_WITHHELD, MUNICIPAL_FEES, POLICE_POWER_FEES,
  THING_HIRED, TEMPORARY_PUBLIC_CONTRACT, CONTRACT_ENDED_BY_OTHER, SUPPLY_STOPPED, STATE_COMPANY_EMPLOYEE, SUPPORT_SOUGHT, SUPPORT_PAID, PROTECTION_SOUGHT, LABOUR_COURT, COMPANY_PARTNER, RELATIVE_COUNTERPART,
} from './route-notes.lexicon';
import { SERVED_BY_OFFICER } from './complexity-readings.lexicon';
import { BRANDS } from './parties.lexicon';
import { BANK_CONTESTED, CONTRACT_REQUESTED, NO_POLICE_REPORT, RENT_UP_TO_DATE } from './steps-taken.lexicon';
import { LANDLORD_NAMED, SUPPLIER_NAMED, SUPPLY_CUT_ANY, SUPPLY_RECONNECTION } from './utility-supply.lexicon';
import { CONDOMINIUM_CHARGE, METER_FRAUD_NOTICE, PARTNERS_DISPUTE, PRODUCT_DEFECT, VEHICLE_SERVICED } from './relation-routes.lexicon';
import {
  BLOWS_WITH_OBJECT, CHILD_INJURED_BY, CHILD_NOUNS, CHILD_TAKEN, HIDDEN_CAMERA, CUSTODY_ENDED, AFRAID_TO_GO_OUT, HARM_GOING_ON, HARM_OVER, INFORMANT_EXPOSED, PROSECUTION_FOLLOWED, OWN_INTIMATE_IMAGES, DEATH_THREAT, FAMILY_THREATENED, INCOME_HELD, KEEP_AWAY, LOCKED_OUT, POLICE_CUSTODY, RELATIVE_BEATEN, RETALIATION_VEILED, REVENGE_SWORN, STRANGLING, GET_NOT_HARM, HARM_VEILED, THREAT_TO_BEAT, THREAT_TO_HOME, THREAT_TO_KILL_NAMED, WEAPON_SHOWN,
} from './safety.lexicon';

/**
 * A harm's cost asked of who caused it in the lay verbs of paying (pagar, arcar com, bancar, custear, ressarcir, devolver, receber
 * dele), each with a head of damage: the treatment and its professionals, the repair, the goods' value, what the client spent, the
 * loss and the days of work lost (danos emergentes and lucros cessantes, CC arts. 402, 949 and 950). A verb alone is any payer's
 * word ("tenho que pagar a parcela"), a head alone a fact told ("gastei com o psicólogo"); together they name the damages.
 */
const HARM_HEADS = [
  'o tratamento', 'a terapia', 'o psicologo', 'a psicologa', 'as consultas', 'a fisioterapia', 'a cirurgia', 'a plastica', 'o hospital', 'o dentista',
  'os remedios', 'as despesas', 'essas despesas', 'as despesas medicas', 'os gastos', 'esses gastos', 'o prejuizo', 'meu prejuizo', 'o meu prejuizo', 'o conserto',
  'a pintura', 'o que eu gastei', 'o que gastei', 'o que a gente gastou', 'o que ela gastou', 'o que ele gastou', 'o que gastamos', 'tudo que eu gastei',
  'tudo que gastei', 'tudo o que gastei', 'tudo que ela gastou', 'tudo que ele gastou', 'tudo que a gente gastou', 'os dias parados', 'os dias que',
  'os meses que', 'o tempo que',
];
const HARM_PAID: string[] = [
  ...['pague', 'pagar', 'paguem', 'me pague', 'me pagar', 'me paguem', 'arque com', 'arcar com', 'arquem com', 'banque', 'bancar', 'banquem',
    'custeie', 'custear', 'custeiem', 'me ressarca', 'ressarca', 'ressarcam', 'me ressarcir', 'devolva', 'devolver', 'devolvam', 'me devolva', 'me devolver']
    .flatMap((pay) => HARM_HEADS.map((head) => `${pay} ${head}`)),
  // Paid for the loss or the days lost ("que ele pague pelo meu prejuízo", "me pague pelos dias que fui descontada").
  ...['pague', 'pagar', 'paguem', 'me pague', 'me pagar'].flatMap((pay) => ['pelo meu prejuizo', 'pelos dias', 'pelos meses', 'pela terapia', 'pelo tratamento'].map((head) => `${pay} ${head}`)),
  // The value received from the author ("receber deles o valor da moto"): a creditor's verb, the author named.
  ...['dele', 'dela', 'deles', 'delas'].flatMap((author) => ['o valor', 'o prejuizo', 'os gastos', 'as despesas', 'o que eu gastei', 'o que gastei'].map((head) => `receber ${author} ${head}`)),
];

/**
 * Facts about the client's situation that change what Justus says and recommends: a risk to
 * their safety or income, a step they already took, a role they hold, the remedy they seek.
 * Roles and remedies also weigh the area (`ROUTE_RULES`).
 * Phrases follow the area lexicon syntax (accents optional, `*` = any ending); a negated
 * phrase ("ninguém me ameaçou", "não fiz boletim") does not count.
 */
export type ClientNote =
  | 'violence'
  | 'threat'
  | 'harm-threatened'
  | 'retaliation'
  | 'informant-exposed'
  | 'afraid-to-go-out'
  | 'child-taken'
  | 'blocked-income'
  | 'pressure-to-sign'
  | 'death'
  | 'cannot-pay'
  | 'procon-filed'
  | 'written-request-filed'
  | 'construction-defect'
  | 'police-report-filed'
  | 'still-employed'
  | 'employee-resigned'
  | 'protest-notice'
  | 'custody-ended'
  | 'decision-obtained'
  | 'repossession-suit'
  | 'credited-by-mistake'
  | 'victim'
  | 'run-over'
  | 'collision-victim'
  | 'own-intimate-images'
  | 'accused'
  | 'restrained'
  | 'locked-out'
  | 'defendant'
  | 'lawsuit-running'
  | 'damages-suit-served'
  | 'collection-suit-served'
  | 'enforcement-named'
  | 'at-fault'
  | 'good-faith-buyer'
  | 'client-company'
  | 'client-mei'
  | 'client-employer'
  | 'client-seller'
  | 'child-support'
  | 'refund-claimed'
  | 'damages-claimed'
  | 'expropriation'
  | 'private-seller'
  | 'tax-authority'
  | 'bank-scam'
  | 'criminal-complaint'
  | 'prosecution-followed'
  | 'prison-visit'
  | 'offender-held'
  | 'criminal-record-asked'
  | 'harm-over'
  | 'harm-going-on'
  | 'unrequested-loan'
  | 'public-employer'
  | 'statutory-servant'
  | 'police-summons'
  | 'support-enforced'
  | 'estate-deed'
  | 'state-liability'
  | 'clt-employee'
  | 'marital-split'
  | 'vehicle-not-transferred'
  | 'property-bought'
  | 'elder-abuse'
  | 'reinstatement'
  | 'parent-support'
  | 'debt-collection'
  | 'online-purchase'
  | 'return-refused'
  | 'opponent-public-body'
  | 'opponent-inss'
  | 'opponent-employer'
  | 'estate-division'
  | 'lender'
  | 'coerced-resignation'
  | 'private-pension'
  | 'retirement-sought'
  | 'guardianship'
  | 'adult-without-judgement'
  | 'acts-for-adult'
  | 'relative-mandate'
  | 'custody-sought'
  | 'family-protection-sought'
  | 'child-sexual-abuse'
  | 'hidden-camera'
  | 'prosecution-declined'
  | 'honour-offended'
  | 'suit-wished'
  | 'civil-matter'
  | 'money-back'
  | 'dependant-benefit'
  | 'supplier-insolvent'
  | 'supplier-vanished'
  | 'witness'
  | 'insurance-refused'
  | 'criminal-defence'
  | 'reported-for-taking'
  | 'superior-name-calling'
  | 'superior-abuse'
  | 'hr-told'
  | 'succession-planning'
  | 'statutory-pension'
  | 'business-sale'
  | 'employer-succession'
  | 'worker-told'
  | 'co-ownership'
  | 'estate-good-sold'
  | 'eviction-sought'
  | 'criminal-case-closed'
  | 'labour-rights-claimed'
  | 'disguised-employment'
  | 'cat-refused'
  | 'commute-accident'
  | 'benefit-conversion'
  | 'home-foreclosed'
  | 'usurious-lender'
  | 'lodging-booked'
  | 'home-lent'
  | 'wrongful-arrest'
  | 'name-lent'
  | 'police-power-fine'
  | 'place-interdicted'
  | 'demolition-ordered'
  | 'custody-defended'
  | 'traffic-fine-contested'
  | 'goods-for-resale'
  | 'business-supply'
  | 'common-area'
  | 'neighbour-leak'
  | 'mandate-granted'
  | 'press-content'
  | 'bank-contested'
  | 'rmc-card'
  | 'payroll-loan'
  | 'contract-requested'
  | 'rent-up-to-date'
  | 'no-police-report'
  | 'close-death'
  | 'child-beaten'
  | 'support-debtor'
  | 'support-payer'
  | 'support-reduction'
  | 'grown-child'
  | 'deed-sought'
  | 'social-benefit'
  | 'own-ex-partner'
  | 'store-search'
  | 'partner-spouse-entry'
  | 'supply-reconnection'
  | 'landlord-named'
  | 'supplier-named'
  | 'supply-cut'
  | 'vehicle-serviced'
  | 'benefit-restoration'
  | 'inss-indemnity-asked'
  | 'insured-status-lost'
  | 'maternity-pay'
  | 'boundary-encroachment'
  | 'tax-contested'
  | 'parcel-taxed'
  | 'order-failed'
  | 'neighbour-works'
  | 'neighbour-animals'
  | 'neighbour-hazard'
  | 'supplier-hired'
  | 'tradesman-hired'
  | 'provider-informal'
  | 'work-injury'
  | 'damage-charged-to-worker'
  | 'commissions-withheld'
  | 'forced-labour'
  | 'thing-hired'
  | 'assistance-benefit'
  | 'tenant'
  | 'own-rent-late'
  | 'hit-and-run'
  | 'parked-vehicle-damaged'
  | 'belongings-taken'
  | 'documents-lost'
  | 'police-report-asked'
  | 'keeper-asked'
  | 'author-asked'
  | 'buyer-transfer-sought'
  | 'property-sold'
  | 'platform-account-blocked'
  | 'benefit-denied'
  | 'inss-not-applied'
  | 'benefit-requested'
  | 'appointment-sought'
  | 'own-shop'
  | 'job-housing'
  | 'product-defect'
  | 'condominium-charge'
  | 'partners-dispute'
  | 'meter-fraud-notice'
  | 'contribution-withheld'
  | 'title-with-seller'
  | 'commercial-agency'
  | 'business-contract-ended'
  | 'work-death'
  | 'company-sued'
  | 'condominium-supplied'
  | 'bank-hold'
  | 'borrower'
  | 'state-custody'
  | 'police-act'
  | 'staff-offended'
  | 'staff-harm'
  | 'disabled-refused'
  | 'offender-convicted'
  | 'value-claimed'
  | 'outsourced-worker'
  | 'dead-partner-share'
  | 'private-employer'
  | 'divorce-agreed'
  | 'no-minor-children'
  | 'bankruptcy-petition'
  | 'mark-registered'
  | 'no-notice-received'
  | 'fine-appealed'
  | 'irregular-subdivision'
  | 'unopposed-possession'
  | 'owners-kin-claim'
  | 'support-sought'
  | 'protection-sought'
  | 'labour-court'
  | 'company-partner'
  | 'relative-counterpart'
  | 'case-reopened';

/** How a client is told they will or may be charged, in the first person ("posso responder por", "vou ser indiciado por"). */
const CHARGEABLE_AS = [
  'posso responder por', 'vou responder por', 'posso responder pelo crime de', 'vou responder pelo crime de', 'estou respondendo por', 'to respondendo por',
  'posso ser processad* por', 'vou ser processad* por', 'posso ser indiciad* por', 'vou ser indiciad* por', 'posso ser acusad* de', 'posso ser denunciad* por',
];
/** The crimes clients are told they may answer for, by their names in the Penal Code and the special laws. */
const CRIME_NAMES = [
  'receptacao', 'furto', 'roubo', 'estelionato', 'apropriacao indebita', 'lesao corporal', 'homicidio', 'trafico', 'ameaca', 'calunia', 'difamacao', 'injuria',
  'falsidade ideologica', 'falsificacao', 'uso de documento falso', 'desacato', 'desobediencia', 'embriaguez ao volante', 'porte ilegal', 'associacao criminosa',
  'lavagem de dinheiro', 'maus tratos', 'omissao de socorro',
];

/**
 * A threat to kill someone told in reported speech, without the word "ameaça" ("ele falou que se alguém chamar a polícia ele mata
 * ela"): a threat (CP art. 147), the client's or a relative's life at stake (the first person is `DEATH_THREAT`, read as violence).
 */
export const THREAT_TO_KILL: string[] = [
  'falou que mata', 'disse que mata', 'falou que ia matar', 'disse que ia matar', 'falou que vai matar', 'disse que vai matar',
  'ele mata ela', 'ele mata ele', 'ela mata ele', 'ela mata ela', 'vai matar ela', 'vai matar ele', 'ia matar ela', 'ia matar ele',
  'mata a gente', 'matar a gente', 'mata todo mundo', 'matar todo mundo',
];

/** Notes that make a client summoned as a witness a party too: sued, the victim heard in their own case, or with a claim of their own. */
export const NOT_ONLY_WITNESS_NOTES: ClientNote[] = [
  'defendant', 'accused', 'victim', 'violence', 'threat', 'damages-claimed', 'refund-claimed', 'criminal-complaint', 'debt-collection', 'child-support',
  'marital-split', 'estate-division', 'coerced-resignation', 'reinstatement',
];

/**
 * Sued in a labour court, told in the first person: only who employed or hired the worker answers a labour claim (CLT art. 2),
 * so these are both `defendant` and `client-employer`.
 */
const SUED_BY_WORKER: string[] = [
  'processo trabalhista contra mim', 'acao trabalhista contra mim', 'reclamacao trabalhista contra mim', 'reclamatoria trabalhista contra mim',
  'processo trabalhista contra a minha empresa', 'processo trabalhista contra minha empresa', 'acao trabalhista contra minha empresa',
  'reclamacao trabalhista contra minha empresa', 'me processou na justica do trabalho', 'entrou na justica do trabalho contra mim',
  'ex funcionaria me processou', 'ex funcionario me processou', 'ex empregada me processou', 'ex empregado me processou',
  // The respondent's name in a labour claim, told of the client or the client's business: the reclamada is who employed (CLT arts. 2 and 839).
  'sou a reclamada', 'sou o reclamado', 'somos a reclamada', 'somos o reclamado', 'somos os reclamados', 'minha empresa e a reclamada', 'minha empresa e reclamada',
];

/** Words that deny a note when among the two words before it ("ninguém me ameaçou"), besides "não", "nunca", "nem", "sem". */
export const NOTE_NEGATORS: string[] = ['ninguem', 'nenhum', 'nenhuma', 'jamais'];

/**
 * Words right before a phrase with which the client rules it out: "não é nada trabalhista", "não é caso de polícia", "não
 * tem nada a ver com a empresa". A negated concept still names its area ("não tenho carteira assinada" is a labour case),
 * and a bare "não é" denies a fact ("não é acidente de trabalho"), but what the client says the case is not names none.
 * Only a fixed wording: "não sei se é trabalhista" asks, "tem tudo a ver com a empresa" affirms.
 */
export const DISCLAIMERS: string[] = [
  ...['nao e', 'nao eh', 'nem e', 'nao seria', 'nao era'].flatMap((denial) =>
    [' nada', ' nada de', ' caso', ' caso de', ' questao', ' questao de', ' coisa de', ' problema de', ' assunto de', ' da area', ' area'].map((noun) => denial + noun)),
  // A filing the client declines ("não quero fazer queixa-crime"): not "não quero ser preso", which is the fear of the accused.
  ...['nao quero', 'nao pretendo'].flatMap((wish) => [' fazer', ' dar', ' prestar', ' registrar', ' abrir', ' entrar com'].map((verb) => wish + verb)),
  ...['nao tem a ver com', 'nao tem nada a ver com', 'nada a ver com', 'nao tem nada de'].flatMap((phrase) =>
    ['', ' o', ' a', ' os', ' as'].map((article) => phrase + article)),
];

/**
 * Verbs that report what the other side said ("a empresa diz que não tem nada a ver com o acidente"): a disclaimer after
 * one of them and "que" is the other side's denial, a fact of the case, not the client ruling an area out.
 */
export const REPORTING_VERBS: string[] = [
  'diz', 'disse', 'dizem', 'disseram', 'dizendo', 'fala', 'falou', 'falam', 'falaram', 'falando', 'alega', 'alegou', 'alegam', 'alegaram', 'alegando',
  'afirma', 'afirmou', 'afirmam', 'afirmando', 'respondeu', 'responderam', 'informou', 'informaram', 'argumenta', 'argumentou',
  // Sworn or vouched for, the same other side's word ("ele jura que não bateu no meu carro").
  'jura', 'jurou', 'juram', 'juraram', 'jurando', 'garante', 'garantiu', 'garantem',
];

/**
 * Who reports a finding rather than a side's answer: a physician, an expert, an adviser, an authority's survey or report. Their
 * "não" is the finding the client relays ("o relatório da Defesa Civil diz que não há risco de desabamento", "o médico falou que não
 * foi nada grave"), evidence of the case (CPC arts. 369 and 464), not the other side denying what the client claims.
 */
export const FINDING_REPORTERS: string[] = [
  'medico', 'medica', 'medicos', 'laudo', 'laudos', 'relatorio', 'exame', 'exames', 'pericia', 'perito', 'perita', 'vistoria',
  'engenheiro', 'engenheira', 'tecnico', 'advogado', 'advogada', 'defensor', 'defensora', 'defensoria', 'delegado', 'delegada', 'contador', 'contadora',
];

/**
 * A false accusation or a slander spread about the client, as a client tells it ("anda espalhando que eu roubei", "me chamou
 * de ladra no grupo"): calúnia, difamação, injúria (CP arts. 138-140) and, for the money, danos morais (CC art. 953). The
 * same weight for the criminal and the civil kind, so that the remedy asked decides between them, and both above a
 * neighbour's nuisance ("vizinho", "condomínio"), which the teller only happens to be.
 */
/** What the author said the client is: named ("me chamou de ...") or told ("disse que eu sou um ..."). */
const CALLED: string[] = ['que eu sou', 'que eu era', 'que eu sou um', 'que eu sou uma', 'que eu era um', 'que eu era uma', 'me chamou de', 'me chamando de', 'me chamaram de', 'me chamam de'];

/** The vice or the low life imputed to the client ("bêbado", "vagabunda"): injúria (CP art. 140). */
const INSULT_NAMES: string[] = ['bebad*', 'bebum', 'cachaceir*', 'drogad*', 'viciad*', 'maconheir*', 'traficante', 'vagabund*', 'vadia', 'piranha', 'prostitut*', 'safad*', 'mentiros*', 'pedofilo', 'assediador'];

/**
 * The slur for the client's colour, sexuality, gender identity, religion or origin ("me chamou de macaco", "de sapatão", "de macumbeira",
 * "de paraíba"): injúria racial (Lei 7.716/89 art. 2º-A, Lei 14.532/23), homotransphobia held racism (STF ADO 26), religion and origin
 * (Lei 7.716/89 art. 20). The colour's own name only as what the client was called: told of oneself ("eu sou negra") it is no slur.
 */
const SLURS: string[] = ['macac*', 'urubu', 'crioul*', 'viado', 'veado', 'bicha', 'boiola', 'baitola', 'sapatao', 'sapatona', 'traveco', 'macumbeir*', 'paraiba'];
const CALLED_SLURS: string[] = CALLED.filter((called) => called.startsWith('me ')).flatMap((called) =>
  [...SLURS, 'negro', 'negra', 'preto', 'preta'].map((slur) => `${called} ${slur}`));

/**
 * A whole group despised before the client ("preto é tudo ladrão", "nordestino só vem pra roubar", "xingou minha religião"): racism or
 * the religious or origin discrimination, spoken at the client (Lei 7.716/89 arts. 2º-A and 20; STF ADO 26).
 */
const DISCRIMINATORY_REMARKS: string[] = [
  ...['preto', 'pretos', 'preta', 'negro', 'negros', 'negra', 'nordestino', 'nordestinos', 'baiano', 'paraiba', 'gay', 'gays', 'viado', 'sapatao', 'macumbeiro'].flatMap((group) =>
    ['e tudo', 'so entra', 'so vem', 'so serve', 'nao presta', 'tem que morrer', 'tinha que morrer'].map((scorn) => `${group} ${scorn}`)),
  ...['xingou', 'xingando', 'xinga', 'ofendeu', 'ofendendo', 'ofende'].flatMap((insult) =>
    ['minha religiao', 'minha fe', 'meu terreiro', 'minha igreja', 'minha cor'].map((faith) => `${insult} ${faith}`)),
];
/**
 * The slur or the scorn aimed at the client's colour, sexuality, gender identity, religion or origin: the offence to the client's
 * honour here, and a crime of discrimination where the complexity is read (`tipo-nao-simples`).
 */
export const DISCRIMINATION_AT_CLIENT: string[] = [...CALLED_SLURS, ...DISCRIMINATORY_REMARKS];

export const HONOUR_OFFENCES: Record<string, number> = {
  'anda espalhando': 4, 'esta espalhando': 4, 'ta espalhando': 4, 'saiu espalhando': 4, 'espalhando que': 4, 'espalhou que': 4,
  'espalhando pra': 3, 'espalhou pra': 3, 'espalhando para': 3, 'espalhou para': 3, 'espalhando mentira*': 4, 'espalhou mentira*': 4,
  'boato*': 3, 'fofoca*': 2, 'difamando': 5, 'difamou': 5, 'caluniando': 5, 'caluniou': 5, 'me chamou de ladr*': 4, 'me chamando de ladr*': 4,
  'que eu sou ladr*': 4, 'que eu era ladr*': 4, 'que eu roubei': 3, 'que fui eu que': 2, 'minha reputacao': 3, 'manchar meu nome': 3, 'meu nome na lama': 4,
  // The embezzlement the client is accused of in a post ("postou que eu desviei o dinheiro da festa"): the false imputation is the
  // offence against honour (CP art. 138; CC art. 953), not a partner's diversion of a company's funds.
  'que eu desviei': 4, 'que eu tinha desviado': 4, 'que eu desviava': 4, 'postou que eu': 3, 'publicou que eu': 3,
  'me xingando': 3, 'me xingou': 3, 'falando mal de mim': 3, 'mentiras sobre mim': 3, 'mentira sobre mim': 3,
  // The fraud the client is called guilty of ("postou que eu sou golpista", "me chamou de caloteira"): the accusation is the offence
  // against honour (CP arts. 138-139; CC art. 953), not a fraud to investigate, so its words weigh as the honour's, not as estelionato's.
  ...Object.fromEntries(CALLED.flatMap((called) => ['golpista', 'estelionatari*', 'caloteir*', 'trambiqueir*', 'picaret*'].map((name) => [`${called} ${name}`, 4]))),
  // The insult or the imputed vice told as what the author said the client is ("escreveu que eu sou bêbado", "disse que eu sou
  // traficante"): injúria, or calúnia when it imputes a crime (CP arts. 138 and 140; CC art. 953), not a drinking or a drug case.
  ...Object.fromEntries(CALLED.flatMap((called) => INSULT_NAMES.map((name) => [`${called} ${name}`, 4]))),
  // The slur or the scorn for the client's colour, sexuality, religion or origin: the same weight for the crime and the damages, so the
  // remedy asked decides (the prosecution, Lei 7.716/89; or the money, CC art. 953).
  ...Object.fromEntries(DISCRIMINATION_AT_CLIENT.map((phrase) => [phrase, 4])),
  // A theft imputed in the present or the past ("que eu roubo as encomendas", "que eu furtei"): calúnia (CP art. 138), not a theft suffered.
  'que eu roubo': 4, 'que eu roubava': 4, 'que eu furto': 4, 'que eu furtei': 4, 'que eu furtava': 4, 'que eu desvio': 4,
  // Posted in a chat group ("escreveu no grupo do condomínio que...", "mandou no grupo do prédio"): the group is where the offence
  // spread (CP art. 141 III: a means that eases its spreading), a hint beside what was said.
  ...Object.fromEntries(['escreveu', 'postou', 'publicou', 'mandou', 'espalhou', 'colocou', 'falou', 'disse', 'mandou mensagem', 'mandou audio'].map((verb) => [`${verb} no grupo`, 2])),
  // A default imputed before others ("postou que eu não pago o condomínio", "espalhou que eu não pago ninguém"): difamação (CP art. 139),
  // the debt's words its content, not a charge the client contests.
  // Only the verbs of spreading and posting: a creditor's call "dizendo que eu não pago a fatura" is its collection.
  ...Object.fromEntries(['escreveu', 'postou', 'publicou', 'espalhou', 'espalhando'].map((verb) => [`${verb} que eu nao pago`, 3])),
};

/**
 * Land taken by the State for a road or street, told without the word "desapropriação" (DL 3.365/41 arts. 2º, 5º i and 15): the road
 * agencies that expropriate (DNIT, a state's DER), the strip beside a highway (faixa de domínio), the provisional entry after the
 * deposit (imissão provisória), and the widening work itself.
 */
export const EXPROPRIATION_WORDS: string[] = [
  'dnit', 'departamento de estradas de rodagem', 'o der', 'do der', 'pelo der', 'faixa de dominio', 'imissao provisoria',
  'duplicacao da rodovia', 'duplicacao da estrada', 'duplicar a rodovia', 'duplicar a estrada', 'alargamento da rodovia', 'alargamento da estrada',
  'alargamento da rua', 'alargar a rua', 'alargar a estrada',
];

/**
 * A public body that only recorded or inspected the facts (the Defesa Civil's report, the Detran where a transfer was tried, the
 * military police who came and took the report) is the source of a document, not the other side: the case is with whoever
 * caused the harm or sold the thing. Worth nothing in the area lexicon (the longer phrase keeps the body's name from counting).
 */
export const PUBLIC_BODY_AS_RECORDER: string[] = [
  'laudo da defesa civil', 'relatorio da defesa civil', 'vistoria da defesa civil', 'parecer da defesa civil', 'defesa civil veio', 'defesa civil esteve',
  'defesa civil fez', 'defesa civil vistoriou',
  'no detran descobri', 'transferir no detran', 'transferencia no detran', 'fui no detran', 'fui ao detran', 'vistoria do detran', 'vistoria no detran',
  'consulta no detran', 'consultei no detran', 'pesquisa no detran',
  // A vehicle told as blocked or listed at the Detran: its register shows what another left there (a lien, a seizure), no act of the Detran.
  ...['bloqueado', 'bloqueada', 'travado', 'travada', 'consta', 'ainda consta', 'continua'].map((held) => `${held} no detran`),
  'policia militar veio', 'policia militar atendeu', 'policia militar registrou', 'policia militar fez o boletim',
  // The military police called to the scene (by the client, a shop, a neighbour) came to record it.
  ...['chamaram', 'chamou', 'chamei', 'chamamos', 'acionaram', 'acionou', 'acionei', 'acionamos'].map((call) => `${call} a policia militar`),
  // The SUS unit where the victim of a private wrongdoer got the first care (the stitches, the dressing, the vaccine after a bite):
  // where the harm was treated and recorded, not who caused it.
  ...['upa', 'ubs'].flatMap((unit) => [
    `pontos na ${unit}`, `curativo na ${unit}`, `vacina na ${unit}`, `vacinas na ${unit}`, `socorrid* na ${unit}`, `socorrid* pra ${unit}`, `socorrid* para a ${unit}`,
    `levaram pra ${unit}`, `levaram para a ${unit}`, `levaram na ${unit}`, `levado pra ${unit}`, `levada pra ${unit}`, `levado para a ${unit}`, `levada para a ${unit}`,
  ]),
];

/**
 * The loan told from the borrower's side ("pediu 15 mil reais emprestados pra mim", "pegou dinheiro emprestado comigo"): the
 * client is the lender (mútuo, CC art. 586). Only with "comigo" / "de mim", or the plural an amount takes before "pra mim":
 * "pegou emprestado pra mim" may be a loan taken for the client.
 */
export const BORROWED_FROM_CLIENT: string[] = [
  ...['emprestado', 'emprestada', 'emprestados'].flatMap((lent) => [`${lent} comigo`, `${lent} de mim`]),
  'emprestados pra mim', 'emprestados para mim', 'pediu emprestado pra mim', 'pediu emprestado para mim',
];

/**
 * A legal person asked to "answer for" or pay for a harm ("quero que a prefeitura responda pelo que aconteceu"): a company, a hospital or a
 * public body is not prosecuted for it (only environmental crimes reach a legal person, CF art. 225 §3º), so the wish is its
 * civil liability (CF art. 37 §6º; CC art. 932 III), not a criminal complaint.
 */
const LEGAL_PERSON_ANSWERS: string[] = ['a prefeitura', 'o municipio', 'o estado', 'o governo', 'o hospital', 'a clinica', 'a empresa', 'o banco', 'a loja', 'a construtora'].flatMap(
  // Or to pay for it ("quero que a empresa pague pelo que fez"): the same civil liability, told by its price; and either asked with a
  // verb of duty before it ("se o estado tem que responder por isso", "o hospital deve pagar").
  (body) => ['', 'tem que ', 'tem de ', 'deve ', 'precisa '].flatMap((must) =>
    ['responda', 'respondam', 'responder', 'pague', 'paguem', 'pagar'].map((verb) => `${body} ${must}${verb}`)),
);

/**
 * A company reported ("denunciar a loja por estelionato", "queixa contra a empresa"): no legal person is prosecuted for a swindle
 * (only environmental crimes reach one, CF art. 225 §3º), so the report is a complaint against a supplier, not a criminal complaint.
 */
const LEGAL_PERSON_REPORTED: string[] = ['a loja', 'uma loja', 'essa loja', 'a empresa', 'uma empresa', 'essa empresa', 'o banco', 'a construtora', 'a operadora', 'a concessionaria'].flatMap(
  (body) => ['denunciar', 'denunciei', 'denuncio', 'queixa contra'].map((verb) => `${verb} ${body}`),
);

/** A payroll credit card on a benefit or a salary (cartão de crédito consignado, its reserved margin RMC, or the cartão benefício's RCC). */
const RMC_CARD: string[] = [
  'rmc', 'rcc', 'reserva de margem consignavel', 'reserva de margem para cartao', 'reserva de margem do cartao', 'cartao consignado', 'cartao de credito consignado',
  'cartao beneficio consignado', 'reserva de cartao consignado',
];

/** A note dropped when the same message holds one of these phrases (what it reads as is something else). */
/**
 * An appeal to the INSS told as already lost ("pedi recurso no INSS e negaram") or as what another tells the client to do ("eles
 * dizem que eu tenho que recorrer no INSS"): a step taken or urged, no benefit the client asks back. The worker the employer will not
 * take back after the discharge is owed the salaries since it (the contract runs again once the benefit ends, CLT arts. 4º and 476;
 * TST on the limbo previdenciário), whatever the INSS decided on the appeal (Lei 8.213 art. 126).
 */
const APPEAL_LOST_OR_URGED: string[] = [
  ...['recurso', 'recurso no inss', 'recurso ao inss', 'recorri', 'recorri no inss', 'recorri ao inss'].flatMap((appeal) =>
    ['e negaram', 'mas negaram', 'e indeferiram', 'mas indeferiram'].map((denied) => `${appeal} ${denied}`)),
  ...['negaram', 'negou', 'indeferiram', 'indeferiu'].flatMap((denied) => [`${denied} o recurso`, `${denied} meu recurso`, `${denied} o meu recurso`]),
  'recurso negado', 'recurso foi negado', 'recurso indeferido', 'recurso foi indeferido', 'perdi o recurso',
  ...REPORTING_VERBS.flatMap((says) => [`${says} que eu tenho que recorrer`, `${says} que tenho que recorrer`, `${says} para eu recorrer`]),
  'mandou eu recorrer', 'mandaram eu recorrer', 'quer que eu recorra', 'querem que eu recorra',
];

/**
 * Who was insulted, defamed or falsely accused by someone tells it with the client as the object: the offended person of a crime
 * against honour (CP arts. 138-140), who brings the queixa-crime (CP art. 145) or the claim for damages (CC art. 953), not the one accused.
 */
const HONOUR_OFFENDED: string[] = [
  'me difamou', 'me difamando', 'me difamaram', 'me caluniou', 'me caluniando', 'me caluniaram', 'me injuriou', 'me xingou', 'me xingando',
  'me xingaram', 'me ofendeu', 'me ofendendo', 'me ofenderam', 'me humilhou', 'me humilhando', 'me chamou de', 'me chamando de', 'me chamaram de',
  'falando mal de mim', 'falou mal de mim', 'mentiras sobre mim', 'mentira sobre mim', 'espalhando mentiras', 'espalhou mentiras',
  'me acusou de', 'me acusando de', 'me acusaram de', 'me acusa de', 'me acusou falsamente', 'falsa acusacao', 'acusacao falsa',
  'calunia contra mim', 'difamacao contra mim',
  // The same told in the passive ("fui xingada na frente de todo mundo").
  'fui xingad*', 'fui ofendid*', 'fui difamad*', 'fui caluniad*', 'fui injuriad*',
  // The vice imputed ("dizendo que eu sou um bêbado"), and the slur or the scorn for the client's colour, sexuality, religion or origin.
  ...CALLED.filter((called) => !called.startsWith('me ')).flatMap((called) => INSULT_NAMES.map((name) => `${called} ${name}`)),
  ...DISCRIMINATION_AT_CLIENT,
];

/**
 * The client wants the author taken to court or to the police, without naming the remedy ("quero processar ele", "quero registrar
 * ocorrência e que ele seja processado", "quero denunciar ele", the lay report to the police): told of an insult or a threat, the offended person's queixa-crime (CP art. 145; CPP art. 30,
 * within six months, art. 38) or the threatened person's representação (CP art. 147 par. único; CPP art. 39). So is the author made to
 * answer with no route named ("quero que esse cara responda", "quero registrar isso e que ele responda"), the bare report wished ("quero
 * denunciar", "quero denunciar isso") and the report and the suit asked together ("quero registrar e processar"): the lay words for the
 * penal route, a claim for money naming the money (CC art. 953; `damages-claimed`), a company naming its civil liability (`NOTE_YIELDS`).
 * So is the police asked to act against the author ("quero que a polícia tome uma providência", "dar parte dele na polícia", "quero
 * fazer a denúncia", "que ele seja investigado pela polícia"): the notitia criminis the threatened or offended person brings (CPP arts.
 * 5º §§3º-5º and 39; CP arts. 145 and 147 par. único). So are the representação asked against the author ("fazer a representação
 * contra ele", "representar contra ele") and the bare report wished ("quero registrar", "quero registrar pra ficar documentado"), which
 * the threat or the insult told beside them makes the threatened or offended person's. Run on normalized text.
 */
export const SUIT_WISHED =
  /(?<!\bnao )\b(?:(?:quero|queria|vou|posso|da pra|da para) (?:registrar (?:isso )?e )?processar|(?:processar|denunciar) (?:ele|ela|esse|essa)\b|processa[ -]?l[oa]\b|sejam? processad[oa]s?\b|(?:quero|queria|vou) (?:registrar|fazer) (?:a |um |o )?(?:ocorrencia|bo|boletim)\b|(?:quero|queria|vou|posso) (?:registrar|denunciar) (?:isso|isto)\b|(?:quero|queria|vou|posso) denunciar(?= *(?:$|[,.;!?]| e ))|\bque (?:ele|ela|eles|elas|(?:esse|essa|o|a) [a-z]+) respond(?:a|am)\b|(?:quero|queria|preciso) que a policia (?:faca|fizesse|tome|tomasse|resolva|resolvesse|prenda|prendesse|va atras|fosse atras)\b|\bdar parte (?:dele|dela|deles|delas|disso|na policia|na delegacia)\b|(?:quero|queria|vou|posso) (?:fazer|registrar|prestar) (?:a |uma )?denuncia\b|\binvestigad[oa]s? pela policia\b|(?:fazer|registrar|prestar|oferecer) (?:a |uma )?representacao contra\b|\brepresentar contra (?:ele|ela|eles|elas|esse|essa)\b|(?:quero|queria|vou|posso) registrar(?= *(?:$|[,.;!?]| e | pra | para )))/;
/** Words each match of SUIT_WISHED holds: most texts have none, and then its pattern is not run. */
export const SUIT_WISHED_WORDS = /process|denunci|registrar|ocorrencia|boletim|\bbo\b|respond|policia|dar parte|representa/;

/**
 * The threat itself the client wants registered or denounced ("quero registrar a ameaça", "queria denunciar essa ameaça", "gostaria de
 * registrar a ameaça junto à autoridade policial"), and the representação named by it ("fazer a representação por ameaça", "representar
 * contra ele pela ameaça"): the threatened person's representação, which may be made orally to the police (CPP art. 39 caput and §1º)
 * and without which the threat is not prosecuted (CP art. 147 par. único), so `criminal-complaint`. The lease, the sale, the debt or the
 * building job the threat came from is only its occasion. A wish, not the report already made ("fiz boletim de ameaça"); a pattern, not
 * a phrase, so that the threat's word still tells the `threat` itself. Run on normalized text.
 */
export const THREAT_REPORT_WISHED =
  /(?<!\bnao )\b(?:(?:quero|queria|vou|posso|preciso|gostaria de) (?:registrar|denunciar|comunicar) (?:a|as|essa|essas|esta|estas) ameacas?|representa(?:cao|r)(?: contra (?:ele|ela|eles|elas))? (?:por|pela|pelas|da) ameacas?)\b/;

/**
 * A company, a store or a public body sued ("quero processar a loja"): no legal person is prosecuted for an insult or a threat (CF art.
 * 225 §3º reaches only environmental crimes), so the suit is its civil or consumer liability (CC art. 932 III; CDC art. 14).
 */
const LEGAL_PERSON_SUED: string[] = ['a loja', 'essa loja', 'a empresa', 'essa empresa', 'o banco', 'o mercado', 'o supermercado', 'o shopping', 'a operadora',
  'o hospital', 'a clinica', 'a escola', 'a faculdade', 'a prefeitura', 'o estado', 'o condominio', 'a construtora'].map((body) => `processar ${body}`);

export const NOTE_YIELDS: Partial<Record<ClientNote, string[]>> = {
  'suit-wished': [...LEGAL_PERSON_SUED, ...LEGAL_PERSON_ANSWERS, ...LEGAL_PERSON_REPORTED],
  // The custody the client holds already ("eu tenho a guarda dele", "a guarda é minha"): no custody asked.
  'custody-sought': ['tenho a guarda', 'ja tenho a guarda', 'a guarda e minha', 'a guarda ja e minha', 'detenho a guarda', 'estou com a guarda', 'to com a guarda'],
  // "Que ele me pague pelo que fez" asks the money for the harm (CC arts. 186 and 927), not the punishment "que ele pague pelo que fez" asks.
  'criminal-complaint': ['me pague pelo', 'me paguem pelo', 'me pagar pelo', 'me pagarem pelo', ...LEGAL_PERSON_ANSWERS, ...LEGAL_PERSON_REPORTED],
  // The police's custody, or a child seized by a dog or struck by a car (`CHILD_INJURED_BY`): no child kept by another.
  'child-taken': [...POLICE_CUSTODY, ...CHILD_INJURED_BY],
  // "Tava vendendo" told of another ("um senhor tava vendendo o carro dele"): the seller is the other side, the client the buyer.
  'client-seller': ['senhor', 'senhora', 'rapaz', 'moca', 'cara', 'homem', 'mulher', 'vizinho', 'vizinha', 'conhecido', 'conhecida', 'ele', 'ela'].flatMap((seller) =>
    [`${seller} tava vendendo`, `${seller} estava vendendo`, `${seller} que tava vendendo`, `${seller} que estava vendendo`]),
  // A police report still to be made ("ainda vou fazer o boletim", "preciso registrar a ocorrência") is no report filed: it is advised, not asked for.
  'police-report-filed': ['vou', 'vai', 'vamos', 'ainda vou', 'preciso', 'precisa', 'tenho que', 'tem que', 'temos que', 'quero', 'devo'].flatMap((will) =>
    ['fazer', 'registrar'].flatMap((verb) => ['o boletim', 'um boletim', 'boletim', 'o bo', 'um bo', 'bo', 'a ocorrencia', 'ocorrencia'].map((report) => `${will} ${verb} ${report}`)),
  ).concat(
    // Nor one another wants the client to make ("meu marido quer que eu faça BO"): still to be made, and the client may decline it.
    ['quer que eu', 'querem que eu', 'mandou eu', 'falou pra eu', 'falou para eu', 'disse pra eu', 'disse para eu'].flatMap((wish) =>
      ['faca', 'registre'].flatMap((verb) => ['o boletim', 'um boletim', 'boletim', 'o bo', 'um bo', 'bo', 'a ocorrencia'].map((report) => `${wish} ${verb} ${report}`))),
  ),
  // A search and seizure of a child (ECA, custody) or by the police in an investigation (CPP art. 240) is no repossession of a financed good.
  'repossession-suit': [...CHILD_NOUNS, 'menor', 'policia', 'policial', 'policiais', 'policia federal', 'delegad*', 'inquerito'],
  'opponent-public-body': PUBLIC_BODY_AS_RECORDER,
  // Cruelty to an animal is its own crime (Lei 9.605 art. 32), and the animal hurt in a pet shop a defect of its service: no elder abuse.
  'elder-abuse': ['animal', 'animais', 'cachorr*', 'cao', 'caes', 'gato', 'gata', 'gatinh*', 'pet', 'pet shop', 'cavalo', 'passarinho', 'bicho', 'bichinho'],
  // A phone that "came blocked" by its maker's account or its IMEI is a defect of the good sold (CC art. 441; CDC art. 18), no income held.
  'blocked-income': ['icloud', 'imei', 'conta google', 'id apple', 'apple id'],
  // Lending a house is a comodato (a property case), not a loan of money.
  lender: HOME_LENT,
  // A booking of the condominium's own rooms (the party hall) is the condominium's business, and the owner who rents out speaks of guests.
  // The client or the syndic saying the leak or the works are not in a common part, but in a unit (CC art. 1.331 §1º): a neighbours' case.
  'common-area': ['nao e da parte comum', 'nao e parte comum', 'nao e da area comum', 'nao e area comum', 'da unidade do vizinho', 'da unidade dele', 'da unidade dela'],
  'lodging-booked': ['condominio', 'sindico', 'salao de festas', 'churrasqueira', 'area comum', 'assembleia', 'convencao', 'meus hospedes'],
  // A parent who lives on the children's help ("estou vivendo com a ajuda dos filhos") has them paying already: no support to ask
  // of them (CC art. 1.694 needs a need the relatives leave unmet), only how the parent gets by while another claim runs.
  'benefit-restoration': APPEAL_LOST_OR_URGED,
  'parent-support': ['com a ajuda dos filhos', 'com ajuda dos filhos', 'com a ajuda dos meus filhos', 'com ajuda dos meus filhos', 'com a ajuda das filhas', 'com a ajuda das minhas filhas',
    'meus filhos me ajudam', 'os filhos me ajudam', 'os filhos que me ajudam', 'meus filhos que me ajudam'],
};

/**
 * The client's name lent, with consent, for someone else's purchase or loan ("ele me pediu pra financiar no meu nome porque
 * tava com o nome sujo"): the bank's contract is the client's own, and what the other owes is owed to the client (mútuo, CC
 * arts. 586 and 590), unlike a loan taken in the client's name by a fraudster, which the client never asked for.
 */
export const NAME_LENT: string[] = [
  'nome emprestado', 'meu nome emprestado', 'emprestar meu nome', 'emprestar o meu nome', 'emprestei o nome', 'emprestar o nome',
  ...['pediu pra', 'pediu para', 'me pediu pra', 'me pediu para', 'pedia pra', 'pedia para'].flatMap((ask) =>
    ['financiar', 'comprar', 'fazer', 'tirar', 'pegar', 'abrir', 'parcelar', 'passar'].flatMap((act) => [`${ask} ${act} no meu nome`, `${ask} ${act} em meu nome`])),
  // The contract in the client's name for the other, and the deal that the other pays its instalments.
  'no meu nome pra ele', 'no meu nome para ele', 'no meu nome pra ela', 'no meu nome para ela',
  ...['combinamos que', 'combinado que', 'combinou que'].flatMap((deal) =>
    ['ele pagava', 'ela pagava', 'ele pagaria', 'ela pagaria', 'ele ia pagar', 'ela ia pagar'].map((pays) => `${deal} ${pays}`)),
];

/**
 * The employer pressing the worker to resign (a threat of dismissal for cause or of a police
 * report as the lever): a resignation under duress is void (CC art. 151, CLT art. 9), a labour
 * matter. Also pressure to sign.
 */
export const COERCED_RESIGNATION: string[] = [
  'assin* o pedido de demissao', 'assin* um pedido de demissao', 'assin* a demissao', 'assin* a minha demissao', 'assin* minha demissao',
  'forc* a pedir demissao', 'obrig* a pedir demissao', 'pedir demissao sob pressao', 'pedido de demissao sob pressao', 'coacao para pedir demissao',
  'pedido de demissao forcado', 'demissao forcada',
  // The resignation letter the employer hands the worker to sign ("quer que eu assine uma carta pedindo demissão").
  'assin* uma carta pedindo demissao', 'assin* a carta pedindo demissao', 'assin* uma carta de demissao', 'assin* a carta de demissao',
  'assin* uma carta de pedido de demissao', 'assin* a carta de pedido de demissao',
];

export const CLIENT_NOTES: Record<ClientNote, string[]> = {
  violence: [
    'me bate', 'me bateu', 'me agrediu', 'me agride', 'agressao', 'agressoes', 'agredid*', 'me espancou', 'espancad*',
    'violencia domestica', 'violencia fisica', 'me enforcou', 'me empurrou', ...DEATH_THREAT, 'medida protetiva', 'lei maria da penha',
    // Injuries seen on the victim, and the psychological and patrimonial violence of Lei 11.340 art. 7
    // II and IV (keeping her from going out, breaking her phone); the protective order asked in plain words.
    ...STRANGLING,
    'nao deixa ela sair', 'nao me deixa sair', 'proibe ela de sair', 'me proibe de sair', 'quebrou o celular dela', 'quebrou meu celular', 'quebrou o meu celular',
    'fique longe dela', 'fique longe de mim', 'fique longe da minha filha', 'fique longe da gente', 'fique longe de nos', 'fique longe das criancas', 'fique longe dos meus filhos', 'afastamento do agressor',
    // A gun shown to frighten, and keeping the aggressor away asked in plain words (Lei 11.340 art. 22 I and III).
    ...WEAPON_SHOWN, ...KEEP_AWAY,
    ...RELATIVE_BEATEN, ...FAMILY_THREATENED,
  ],
  // A death promised to a relative by name ("disse que vai matar meu filho", "jurou matar minha mãe"), whatever quarrel (a wall, a
  // crash, a rent) it came from: the crime of threat (CP art. 147), prosecuted on the victim's representação (CP art. 147 par. único;
  // CPP art. 39), so a client who wants the author to answer for it asks the criminal route (`suit-wished`).
  threat: ['me ameac*', 'ameacou', 'ameacando', 'ameaca', 'ameacas', 'intimidando', 'coagid*', ...THREAT_TO_KILL, ...THREAT_TO_BEAT, ...THREAT_TO_HOME, ...REVENGE_SWORN, ...THREAT_TO_KILL_NAMED],
  // A grave harm promised to the client, a relative, the home or the animals in everyday words (a death, a beating, a shot, a fire: not
  // the bare "ameaçou", which also threatens a lawsuit or a Serasa listing, nor "vai acabar comigo", which a lawsuit threatened says
  // too), or the regret promised ("disse que eu vou me arrepender"): the crime of threat (CP art. 147; to force a payment, extortion,
  // CP art. 158), whatever debt, crash or neighbour's quarrel it came from (`ROUTE_RULES`).
  'harm-threatened': [...DEATH_THREAT, ...THREAT_TO_KILL, ...THREAT_TO_KILL_NAMED, ...FAMILY_THREATENED, ...THREAT_TO_BEAT.filter((harm) => !harm.endsWith('acabar comigo')), ...THREAT_TO_HOME,
    ...['que eu vou', 'que eu ia', 'que voce vai', 'que vc vai', 'que tu vai'].flatMap((will) => [`${will} me arrepender`, `${will} se arrepender`]),
    'mandar matar', 'mandaria matar', 'mandar me matar', 'mandaria me matar',
    // So is the harm promised without its name (`HARM_VEILED`: "vai me pegar na saída", "sabe onde meu filho estuda", "isso vai ter
    // volta", "não perde por esperar"): the threat by "qualquer outro meio simbólico" (CP art. 147).
    ...HARM_VEILED],
  // The revenge sworn on the client, or the client pressed to drop the case (`REVENGE_SWORN`): a threat for the report or the
  // testimony (CP arts. 147 and 344), whose victim is protected first (CPP arts. 282 and 319 III; Lei 9.807/99).
  // So are the veiled words of revenge (`RETALIATION_VEILED`: "vai terminar o serviço", "vai me pegar", "sabe onde eu moro"): told of a
  // crime against the client they are its author's threat, and told of a contractor's job they move nothing the damages note would.
  // The lawsuit's or the ride's "pegar" (`GET_NOT_HARM`: "disse que vai me pegar na justiça"), which "vai me pegar" already reads here,
  // stays here, longer than `harm-threatened`'s "que vai me pegar": no harm promised.
  retaliation: [...REVENGE_SWORN, ...RETALIATION_VEILED, ...GET_NOT_HARM],
  // The informant told as exposed to the one reported (`INFORMANT_EXPOSED`): the ground of a veiled revenge's danger (Lei 9.807/99 art. 1º).
  'informant-exposed': INFORMANT_EXPOSED,
  // The client afraid to leave the house or to testify (`AFRAID_TO_GO_OUT`): the threat felt as current (CPP arts. 282 and 319 III).
  'afraid-to-go-out': AFRAID_TO_GO_OUT,
  // Put out of the home by the other side's own hand (`LOCKED_OUT`): urgent, with the way back through a judge.
  'locked-out': LOCKED_OUT,
  'child-taken': CHILD_TAKEN,
  'blocked-income': [
    'salario bloqueado', 'bloquearam meu salario', 'bloquearam o meu salario', 'bloqueio do salario', 'reteve meu salario',
    'beneficio bloqueado', 'bloquearam meu beneficio', 'beneficio suspenso', 'suspenderam meu beneficio',
    'cortaram meu beneficio', 'beneficio cortado', 'aposentadoria bloqueada', 'bloquearam minha aposentadoria',
    'conta salario bloqueada', 'bloquearam minha conta', 'conta bloqueada', 'bloqueio da minha conta', 'bloqueio na minha conta', 'bloqueou minha conta', 'bloqueou a minha conta',
    'bloqueou meu salario', 'bloqueou o meu salario', 'bloqueou meu beneficio', 'bloqueou minha aposentadoria',
    ...INCOME_HELD,
  ],
  'pressure-to-sign': [
    'querem que eu assine', 'quer que eu assine', 'mandaram eu assinar', 'mandou eu assinar', 'me obrigaram a assinar',
    'me obrigando a assinar', 'pressionando pra assinar', 'pressionando para assinar', 'pressao para assinar',
    'pressao pra assinar', 'assinar o distrato', 'assinar um acordo', 'assinar a quitacao', 'termo de quitacao',
    ...COERCED_RESIGNATION,
  ],
  death: ['faleceu', 'falecid*', 'falecimento', 'morreu', 'morreram', 'obito', 'veio a falecer', 'perdi meu pai', 'perdi minha mae', 'perdi meu marido', 'perdi minha esposa', 'perdi meu filho', 'perdi minha filha'],
  'cannot-pay': [
    'nao tenho dinheiro', 'nao tenho condicoes de pagar', 'nao tenho como pagar', 'nao posso pagar', 'nao consigo pagar advogado',
    'sem dinheiro pra advogado', 'sem dinheiro para advogado', 'nao tenho condicao de pagar', 'justica gratuita', 'defensoria',
    // The formal register of the same want of means (CPC art. 98: gratuidade for whoever cannot pay without harm to their keep).
    'nao possuo condicoes de pagar', 'nao possuo condicao de pagar', 'sem condicoes de pagar', 'nao disponho de recursos',
    'nao tenho condicoes financeiras', 'nao tenho recursos para pagar', 'nao tenho recursos pra pagar',
    // Told for the family ("não temos dinheiro pra advogado", "a gente não tem condição") and of the lawyer itself ("nem de pagar advogado").
    'nao temos dinheiro', 'nao temos condicoes de pagar', 'nao temos condicao de pagar', 'nao temos como pagar', 'nao podemos pagar',
    'nao temos condicoes financeiras', 'nao temos recursos', 'nao tem condicoes de pagar', 'nao tem condicao de pagar',
    ...['nem de pagar', 'nem pra pagar', 'nem para pagar'].flatMap((lead) => [`${lead} advogado`, `${lead} um advogado`, `${lead} o advogado`]),
  ],
  'procon-filed': [
    'reclamei no procon', 'reclamacao no procon', 'fui no procon', 'fui ao procon', 'abri no procon', 'registrei no procon',
    'denunciei no procon', 'reclamei no consumidor gov', 'reclamacao no consumidor gov', 'reclame aqui',
  ],
  // Defects of a building's work (cracks, leaks, settling of the foundation): the builder's liability for the work (CC art. 618; CDC arts. 12 and 18).
  'construction-defect': [
    'rachadura', 'rachaduras', 'fissura', 'fissuras', 'trinca', 'trincas', 'infiltracao', 'infiltracoes', 'recalque', 'vicio construtivo', 'vicios construtivos',
    'vicio de construcao', 'vicios de construcao', 'defeito na obra', 'defeitos na obra', 'defeito de construcao', 'defeitos de construcao', 'problema estrutural',
    'problemas estruturais',
  ],
  // A written request already filed with a public body, with its protocol ("fiz um requerimento no protocolo da prefeitura"): the
  // body's duty to decide it runs (CF art. 5º XXXIV; Lei 9.784/99 arts. 48-49), so it is not asked again.
  'written-request-filed': [
    'fiz um requerimento', 'fiz o requerimento', 'fiz requerimento', 'fiz um pedido por escrito', 'fiz o pedido por escrito', 'pedi por escrito',
    'protocolei um requerimento', 'protocolei o requerimento', 'protocolei um pedido', 'protocolei o pedido', 'dei entrada num requerimento',
    'dei entrada em um requerimento', 'dei entrada no requerimento', 'entrei com um requerimento', 'entrei com requerimento', 'entrei com o requerimento',
  ],
  'police-report-filed': [
    'fiz boletim', 'fiz um boletim', 'fiz o boletim', 'registrei boletim', 'registrei um boletim', 'registrei o boletim',
    'fiz bo', 'fiz um bo', 'fiz o bo', 'registrei ocorrencia', 'registrei a ocorrencia', 'dei queixa', 'prestei queixa',
    'boletim de ocorrencia', 'registro de ocorrencia',
  ],
  // Also a worker who asks how to leave ("posso sair do emprego?", "quero sair sem perder meus direitos"): the contract still runs,
  // and resigning before advice forfeits what a rescisão indireta keeps (CLT art. 483).
  // The worker resigned, told of them in the third person (by the employer who asks what to pay): the severance of a resignation,
  // with no 40% fine nor employer's notice (Lei 8.036/90 art. 18 §1º; CLT art. 487 §2º). Read only on the employer's side.
  'employee-resigned': ['pediu demissao', 'pediram demissao', 'pediu as contas', 'pediram as contas', 'pedido de demissao dela', 'pedido de demissao dele'],
  // A debt sent to a notary's protest, or protested (Lei 9.492/97; a tax debt's CDA too, art. 1º par. único): what stops it is
  // payment within the notary's term or a court's order, not an administrative defence.
  'protest-notice': [
    'cartorio de protesto', 'intimacao de protesto', 'aviso de protesto', 'vai ser protestad*', 'vai a protesto', 'vai para protesto', 'vai pra protesto',
    'foi protestad*', 'titulo protestado', 'nome protestado', 'protesto do titulo', 'protesto da divida', 'protesto da cda', 'cda protestada', 'levou a protesto', 'levaram a protesto',
  ],
  'still-employed': [
    'ainda trabalho', 'continuo trabalhando', 'ainda estou trabalhando', 'ainda to trabalhando', 'sigo trabalhando', 'ainda estou empregad*', 'penso em pedir demissao', 'pedir demissao', 'pedir as contas',
    'sair do emprego', 'largar o emprego', 'deixar o emprego', 'sair dessa empresa', 'sair desse emprego', 'sair sem perder', 'rescisao indireta',
  ],
  'custody-ended': CUSTODY_ENDED,
  // A harm told as over (`HARM_OVER`) or as going on (`HARM_GOING_ON`), and the victim's wish to follow the prosecution
  // (`PROSECUTION_FOLLOWED`): read together by the urgency (`UrgencySignal.overOnceRedressed`).
  'harm-over': HARM_OVER,
  'harm-going-on': HARM_GOING_ON,
  'prosecution-followed': PROSECUTION_FOLLOWED,
  // Read in a sentence (`NoteExtractor`: a visit and a prisoner told together), not by a phrase of its own.
  'prison-visit': [],
  // Read in a sentence (`NoteExtractor`: the author named by the crime and a custody that lasts told together), not by a phrase of its own.
  'offender-held': [],
  // The record of a criminal case asked about or to be cleaned, once the case ended (LEP art. 202; CP arts. 93-95; CPP arts. 743-750):
  // the certificate, the "ficha", the rehabilitation named; also read in a sentence (`NoteExtractor`: a certificate and the case still
  // shown on it, "fui absolvido mas na certidão ainda aparece").
  'criminal-record-asked': [
    'reabilitacao criminal', 'antecedentes criminais', 'folha de antecedentes', 'certidao de antecedentes', 'certidao criminal', 'ficha criminal',
    'limpar a ficha', 'limpar minha ficha', 'limpar a minha ficha', 'ficha limpa de novo',
    ...['', ' dele', ' dela'].flatMap((whose) => [`ficha${whose} fica limpa`, `ficha${whose} ficar limpa`, `ficha${whose} vai ficar limpa`]),
  ],
  // A family decision the client already has (a divorce granted, custody decided, support set by a judge or an agreement
  // homologated): a title to enforce or the history of the case, no longer the remedy to ask for (CPC arts. 515 I-II and 528).
  // The creditor's repossession lawsuit already filed against the debtor of a financed vehicle (Decreto-Lei 911/69): a writ or
  // injunction served, the 5 days to pay the whole debt (purgação da mora, art. 3 §2). A threat of one, before the suit, is not.
  'repossession-suit': [
    'mandado de busca e apreensao', 'liminar de busca e apreensao', 'acao de busca e apreensao contra mim', 'citado na busca e apreensao', 'citada na busca e apreensao',
    'purgar a mora', 'purgacao da mora', 'purgacao de mora', 'decreto lei 911', 'dl 911',
  ],
  'decision-obtained': [
    'divorcio ja saiu', 'divorcio saiu', 'ja saiu o divorcio', 'ja somos divorciad*', 'ja sou divorciad*', 'ja nos divorciamos', 'ja estamos divorciad*',
    'divorcio ja foi homologado', 'divorcio foi homologado', 'divorcio homologado', 'divorcio ja foi decretado', 'divorcio foi decretado',
    'sentenca do divorcio', 'sentenca de divorcio', 'acordo do divorcio', 'definida no divorcio', 'definido no divorcio', 'decidida no divorcio', 'decidido no divorcio',
    'ficou definido no divorcio', 'ficou decidido no divorcio', 'homologado na vara', 'homologada na vara',
    'guarda ja foi decidida', 'guarda ja foi definida', 'guarda foi decidida', 'guarda foi definida', 'guarda ja esta definida', 'guarda ja saiu',
    'pensao ja foi fixada', 'pensao foi fixada', 'pensao fixada', 'pensao ja foi definida', 'pensao foi definida', 'pensao ja foi determinada', 'pensao determinada',
    'juiz fixou', 'juiza fixou', 'juiz determinou a pensao', 'juiza determinou a pensao', 'fixou a pensao', 'fixou os alimentos', 'alimentos fixados',
    'acordo homologado', 'acordo foi homologado', 'acordo ja foi homologado', 'homologado pelo juiz', 'homologado pela juiza', 'homologado na justica',
    'sentenca ja saiu', 'ja tem sentenca', 'ja teve sentenca', 'transitou em julgado', 'transito em julgado',
    // The judge who decided or ordered it, told without the decision's name ("foi o juiz que decidiu em 2022").
    ...['juiz', 'juiza'].flatMap((judge) => ['decidiu', 'que decidiu', 'determinou', 'que determinou', 'mandou pagar'].map((act) => `${judge} ${act}`)),
    'decidido pelo juiz', 'decidida pelo juiz', 'determinado pelo juiz', 'determinada pelo juiz', 'decidido pela juiza', 'determinado pela juiza',
  ],
  'credited-by-mistake': [
    'depositaram por engano', 'depositado por engano', 'deposito por engano', 'caiu por engano', 'transferiram por engano',
    'creditado por engano', 'pix por engano', 'dinheiro que nao e meu', 'valor que nao e meu',
  ],
  // Sued by the other side: the client defends a lawsuit (a contestação within its term, the hearing attended: CPC art. 335, CLT art. 844), not one to bring.
  defendant: [
    'processo contra mim', 'acao contra mim', 'me processou', 'me processaram', 'entrou na justica contra mim', 'entraram na justica contra mim',
    'acao de cobranca contra mim', ...SUED_BY_WORKER,
    // The suit told as the other side's decision, already taken ("resolveu me processar, chegou uma carta do fórum").
    'resolveu me processar', 'resolveram me processar', 'decidiu me processar', 'decidiram me processar',
    'fui citado', 'fui citada', 'recebi a citacao', 'recebi uma citacao', 'chegou a citacao', 'chegou uma citacao', 'sou o reu', 'sou a re', 'sou reu',
    ...SERVED_BY_OFFICER,
    // The defendant's own term and act (CPC art. 335): only who was sued contests a lawsuit.
    // Not a bare "prazo para contestar": a card's bill is contested too.
    'para contestar a acao', 'pra contestar a acao', 'para contestar o processo', 'pra contestar o processo', 'dias uteis para contestar', 'prazo de contestacao',
    'prazo da contestacao', 'prazo para a contestacao', 'apresentar contestacao', 'apresentar a contestacao', 'carta de citacao', 'mandado de citacao',
  ],
  // Served a suit for damages: a citation and the indemnity it asks, told in one sentence (`NoteExtractor`).
  'damages-suit-served': [],
  // Served a suit that collects a debt: a citation and the charge it makes, told in one sentence (`NoteExtractor`).
  'collection-suit-served': [],
  // The enforcement a court's seizure belongs to, named (a tax enforcement, Lei 6.830/80; an execution of a title or of a judgment,
  // CPC arts. 523 and 824 ss.; a labour claim in its execution phase, CLT arts. 876 ss.): the lawsuit behind a block is told.
  'enforcement-named': [
    'execucao fiscal', 'execucoes fiscais', 'processo de execucao', 'acao de execucao', 'execucao trabalhista', 'fase de execucao', 'cumprimento de sentenca',
    'reclamacao trabalhista', 'execucao movida', 'execucao contra mim',
  ],
  // The client's own lawsuit already filed and running: the lawyer follows it (terms, hearings, enforcement), not files it.
  'lawsuit-running': [
    'entrei com processo', 'entrei com um processo', 'entrei com o processo', 'entrei com acao', 'entrei com uma acao', 'entrei com a acao',
    'entrei na justica', 'entramos na justica', 'entramos com processo', 'entramos com acao', 'entramos com uma acao', 'entramos com a acao', 'entramos com o processo', 'entramos com um processo',
    'advogado entrou com', 'advogada entrou com', 'ja tenho processo', 'ja tenho um processo', 'ja existe processo', 'ja existe um processo',
    'processo em andamento', 'acao em andamento', 'processo esta correndo', 'processo ta correndo', 'processo ja esta correndo', 'meu processo', 'minha acao',
    'minha reclamacao trabalhista', 'reclamacao trabalhista em andamento',
    // The suit the client has, named by where it runs or whom it is against ("tenho uma ação na justiça federal", "tenho um processo
    // contra a empresa"): not a bare "tenho uma ação", which is as often a company's share.
    ...['tenho uma acao', 'tenho um processo', 'tenho processo', 'tenho acao'].flatMap((own) =>
      ['na justica', 'no forum', 'no juizado', 'na vara', 'contra', 'trabalhista', 'correndo', 'em andamento'].map((where) => `${own} ${where}`),
    ),
  ],
  // The client caused the damage and is asked to pay for it (the driver at fault, who hit the car in front): the answering
  // side of a claim for damages (CC arts. 186 and 927), whose steps are to check what is asked, not to prove a loss.
  'at-fault': [
    // Not "a culpa é minha": it is as often the other side's word reported ("o banco diz que a culpa é minha").
    'eu que bati', 'fui eu que bati', 'fui eu quem bateu', 'eu bati no carro',
    'bati no carro', 'bati na traseira', 'bati na moto', 'bati num carro', 'bati em um carro', 'bati em outro carro', 'bati no carro dele', 'bati no carro dela',
    'atropelei', 'causei o acidente', 'causei um acidente', 'provoquei o acidente', 'avancei o sinal', 'furei o sinal',
    'quer que eu pague', 'querem que eu pague', 'me cobrando o conserto', 'me cobrando os danos', 'cobrando de mim o conserto',
    // The client's own manoeuvre told plainly ("bati de leve num carro", "dei ré e encostei no paralama"), and the fault owned in the first person.
    'bati de leve', 'dei re e bati', 'dei re e encostei', 'encostei no carro', 'encostei num carro', 'encostei no paralama', 'raspei no carro', 'raspei o carro dele', 'raspei o carro dela',
    'fui eu que errei', 'fui eu mesmo que errei', 'fui eu mesma que errei',
  ],
  // Who bought, not knowing it, a thing that was stolen: no receiver (CP art. 180 needs the knowledge); the remedy is the price back
  // from who sold it (evicção, CC arts. 447 ss.; from a shop, CDC art. 18). Also told as a purchase and its origin (`NoteExtractor`).
  'good-faith-buyer': ['comprei de boa fe', 'comprador de boa fe', 'compradora de boa fe', 'adquirente de boa fe', 'compra de boa fe', 'terceiro de boa fe'],
  victim: [
    'fui vitima', 'sou a vitima', 'sou vitima', 'me roubaram', 'fui roubad*', 'fui assaltad*', 'cai num golpe', 'cai em um golpe',
    'cai no golpe', 'sofri um golpe', 'me aplicaram um golpe', 'me agrediu', 'me bateu', 'fui agredid*', 'me ameacou', 'me furtaram',
    'fui furtad*', 'me estuprou', 'fui estuprad*', 'abusou de mim',
    // What was taken from the client, and the client's vehicle hit or the client run over: the client is the one harmed.
    'roubaram minha', 'roubaram meu', 'roubaram a minha', 'roubaram o meu', 'furtaram minha', 'furtaram meu', 'furtaram a minha', 'furtaram o meu',
    'bateu na minha moto', 'bateu no meu carro', 'bateram na minha moto', 'bateram no meu carro', 'me atropelou', 'fui atropelad*',
    ...HONOUR_OFFENDED,
    // Hurt by a blow, a knife or a shot, told as what the client took ("levei uma facada"), and a close relative robbed or hurt ("minha mãe
    // foi assaltada"): the one harmed by the crime (CP arts. 129 and 157), who may ask its author the damages (CC art. 948-950; CPP art. 63).
    'levei uma facada', 'levei um tiro', 'levei um soco', 'levei uma surra', 'fui esfaquead*', 'fui balead*', 'fui espancad*',
    ...['meu pai', 'minha mae', 'meu filho', 'minha filha', 'meu irmao', 'minha irma', 'meu marido', 'minha esposa', 'minha mulher', 'meu avo', 'minha avo'].flatMap((relative) =>
      ['assaltad*', 'roubad*', 'agredid*', 'esfaquead*', 'balead*', 'espancad*'].map((harm) => `${relative} foi ${harm}`)),
    // The blow, the knife or the beating told as what the author did to the client ("me deu um soco", "me espancou"): the client is
    // the one hurt (CP art. 129).
    'me espancou', 'me espancaram', 'me esfaqueou', 'me esfaquearam', 'me deu um soco', 'me deu uns socos', 'me deu varios socos', 'me deu uma facada',
    'me deu um tiro', 'me deu uma garrafada', 'me deu uma surra',
    // The blow told by the thing it was struck with ("me deu uma paulada", "me deram uma pedrada", "me deu umas cacetadas":
    // `BLOWS_WITH_OBJECT`): the client hurt by the crime (CP art. 129 §§1º-2º).
    ...BLOWS_WITH_OBJECT,
    // The same told as a robbery of the client ("um guri me assaltou", "arrombaram minha oficina") or as the blow a relative took ("meu
    // filho levou um soco", "apanhou de um segurança"): the one the crime harmed (CP arts. 129, 155 and 157; CPP art. 63).
    'me assaltou', 'me assaltaram', 'arrombaram minha', 'arrombaram meu', 'arrombaram a minha', 'arrombaram o meu', 'assaltaram minha', 'assaltaram meu',
    'levei uma garrafada', 'levei uma coronhada', 'levou um soco', 'levou uma facada', 'levou um tiro', 'levou uma surra', 'levou uma garrafada', 'levou uma coronhada',
    'levou coronhada', 'apanhei de', 'apanhou de',
    // The client's home or business robbed, burgled or broken into ("minha padaria foi assaltada", "minha casa foi furtada"): the
    // client owns what was taken (CP arts. 155 and 157), the one harmed.
    ...['minha casa', 'minha loja', 'minha padaria', 'minha lanchonete', 'minha farmacia', 'minha oficina', 'minha empresa', 'minha residencia', 'minha mercearia',
      'meu apartamento', 'meu comercio', 'meu mercado', 'meu mercadinho', 'meu bar', 'meu restaurante', 'meu escritorio', 'meu sitio']
      .flatMap((place) => ['assaltad*', 'roubad*', 'furtad*', 'arrombad*'].map((harm) => `${place} foi ${harm}`)),
  ],
  // The client is the one accused of a crime or investigated (the accusation reached the police, a prosecutor or a court):
  // the defence's questions and steps are theirs, whatever else they say was done to them. Not "fui acusado" alone: someone's
  // false accusation is how the offended person of a calúnia tells it too.
  accused: [
    'sou acusad*', 'sou o acusado', 'sou a acusada', 'fui denunciad*', 'fui indiciad*', 'estou sendo investigad*', 'sou investigad*',
    'boletim contra mim', 'ocorrencia contra mim', 'bo contra mim', 'queixa contra mim', 'queixa crime contra mim', 'denuncia contra mim',
    'medida protetiva contra mim', 'recebi uma queixa crime', 'recebi queixa crime', 'recebi a queixa crime', 'processo criminal contra mim', 'inquerito contra mim',
  ],
  // The client is the one a protective measure keeps away (Lei 11.340 art. 22 III: distance and no contact), told as the order
  // against them or as what it forbids them: the accused side, to whom breaking it is a crime (art. 24-A), never the victim's channels.
  restrained: [
    'medida protetiva contra mim', 'medidas protetivas contra mim', 'protetiva contra mim', 'medida protetiva que ela pediu', 'medida protetiva que ele pediu',
    'nao posso me aproximar dela', 'nao posso me aproximar dele', 'nao posso chegar perto dela', 'nao posso chegar perto dele', 'proibid* de me aproximar',
    // The prohibition told of the client ("fui proibido de chegar perto"), not the one a victim asks ("quero que ele seja proibido de chegar perto de mim").
    ...['fui', 'estou', 'to', 'fiquei', 'sou'].map((verb) => `${verb} proibid* de chegar perto`), 'tenho que ficar longe dela', 'tenho que ficar longe dele', 'tenho que manter distancia', 'descumpri a medida', 'descumprir a medida',
  ],
  'client-company': [
    'somos uma empresa', 'sou dono de uma empresa', 'sou dona de uma empresa', 'tenho uma empresa', 'temos uma empresa',
    'tenho uma pequena empresa', 'temos uma pequena empresa', 'tenho uma microempresa', 'temos uma microempresa', 'minha pequena empresa', 'minha microempresa',
    'nossa empresa', 'meu cnpj', 'nosso cnpj', 'minha empresa emitiu', 'emitimos nota',
    'com cnpj', 'sou empresari*', 'meu restaurante', 'meu comercio', 'meu estabelecimento', 'nossa clinica', 'minha clinica', 'nossa loja', 'minha loja',
    'nossa fabrica', 'minha fabrica', 'nossa industria', 'nossa distribuidora', 'minha distribuidora',
    // A trading or manufacturing company told by what it is ("tenho uma distribuidora de bebidas"): the client is the company.
    'tenho uma distribuidora', 'temos uma distribuidora', 'tenho uma transportadora', 'temos uma transportadora', 'minha transportadora', 'nossa transportadora',
    'tenho uma fabrica', 'temos uma fabrica', 'tenho uma industria', 'temos uma industria', 'minha industria', 'tenho uma metalurgica', 'temos uma metalurgica', 'minha metalurgica',
    'tenho uma confeccao', 'temos uma confeccao', 'minha confeccao',
    // The company told by what it is ("minha empresa é uma ME", "da qual a minha empresa é distribuidora"), or by its trade ("minha empresa de
    // embalagens"), and the clinic or the food business the client runs: not a bare "minha empresa", which is as often a worker's employer.
    'minha empresa e uma', 'minha empresa e distribuidor*', 'minha empresa de', 'tenho uma clinica', 'temos uma clinica',
    ...['hamburgueria', 'pizzaria', 'cafeteria', 'sorveteria', 'doceria', 'confeitaria'].flatMap((business) =>
      ['minha', 'tenho uma', 'nossa', 'sou dono de uma', 'sou dona de uma'].map((owner) => `${owner} ${business}`)),
    // The business told as what the client owns ("sou dono de uma pequena distribuidora de bebidas"), not "dono de uma casa".
    ...['sou dono de uma', 'sou dona de uma', 'sou dono de uma pequena', 'sou dona de uma pequena'].flatMap((owner) =>
      ['distribuidora', 'transportadora', 'fabrica', 'industria', 'metalurgica', 'confeccao', 'importadora', 'exportadora', 'construtora', 'padaria', 'lanchonete', 'loja']
        .map((business) => `${owner} ${business}`)),
    // The shop told in the masculine ("tenho um açougue", "sou dono de um restaurante"): the client is the business that buys its stock.
    ...['tenho um', 'temos um', 'sou dono de um', 'sou dona de um', 'meu', 'nosso'].flatMap((owner) =>
      ['acougue', 'restaurante', 'supermercado', 'hortifruti', 'frigorifico', 'minimercado'].map((business) => `${owner} ${business}`)),
    // A workshop or a shop told by its trade ("sou dono de uma marmoraria", "minha marcenaria", "nossa farmácia"): the client is the
    // business that buys its stock and inputs (CC art. 966), no final consumer of them (CDC art. 2º).
    ...['sou dono de uma', 'sou dona de uma', 'tenho uma', 'temos uma', 'minha', 'nossa'].flatMap((owner) =>
      ['marmoraria', 'marcenaria', 'serralheria', 'farmacia', 'drogaria', 'grafica', 'vidracaria', 'mercearia', 'papelaria', 'loja de']
        .map((business) => `${owner} ${business}`)),
    'sou dono de uma oficina', 'sou dona de uma oficina', 'tenho uma oficina', 'nossa padaria', 'nossa lanchonete', 'nosso mercadinho',
    'meu bar', 'tenho um bar', 'meu barzinho', 'tenho um barzinho', 'minha lanchonete', 'tenho uma lanchonete', 'meu mercadinho', 'tenho um mercadinho', 'minha padaria', 'tenho uma padaria',
    'somos distribuidor*', 'faturamos', 'nosso faturamento', 'faturamento da empresa', 'minha construtora', 'nossa construtora',
    // An import or export business told by what it is ("tenho uma importadora pequena"): the client is the company.
    'tenho uma importadora', 'temos uma importadora', 'minha importadora', 'nossa importadora', 'tenho uma exportadora', 'temos uma exportadora', 'minha exportadora', 'nossa exportadora',
    // The family business told in the spoken first person plural ("a gente tem uma fábrica de móveis").
    ...['empresa', 'pequena empresa', 'microempresa', 'fabrica', 'industria', 'distribuidora', 'transportadora', 'metalurgica', 'confeccao', 'importadora', 'loja', 'construtora']
      .map((business) => `a gente tem uma ${business}`),
    // The business told as small ("tenho uma pequena fábrica de embalagens"), as "tenho uma pequena empresa" above.
    ...['fabrica', 'industria', 'distribuidora', 'transportadora', 'metalurgica', 'confeccao', 'importadora', 'loja', 'construtora']
      .flatMap((business) => [`tenho uma pequena ${business}`, `temos uma pequena ${business}`]),
  ],
  // A person run over by a vehicle (the client or the relative the client speaks for): the victim of a road accident.
  'run-over': [
    'fui atropelad*', 'foi atropelad*', 'me atropelou', 'me atropelaram', 'atropelou meu', 'atropelou minha', 'atropelou o meu', 'atropelou a minha',
    'atropelaram meu', 'atropelaram minha', 'atropelaram o meu', 'atropelaram a minha', 'atropelou ele', 'atropelou ela', 'atropelaram ele', 'atropelaram ela',
  ],
  // The client's own intimate images (or the couple's), whoever spread them: the one harmed by their exposure, who may ask the
  // author the damages in the civil court (CC arts. 186, 927 and 953; CF art. 5º X; Marco Civil art. 21), the crime (CP art.
  // 218-C) being the State's. Not a victim marker for the replies: only the route of the damages asked (ROUTE_RULES).
  'own-intimate-images': [
    ...OWN_INTIMATE_IMAGES,
    'meus nudes', 'minhas nudes', 'minhas fotos intimas', 'minha foto intima', 'meus videos intimos', 'meu video intimo', 'minhas imagens intimas',
    'minhas fotos nuas', 'minha foto nua', 'minhas fotos pelada', 'minhas fotos peladas', 'minhas fotos sem roupa',
    'nosso video intimo', 'nossos videos intimos', 'nossas fotos intimas', 'video intimo nosso', 'videos intimos nossos', 'fotos intimas nossas',
  ],
  // The vehicle of the client or of a relative hit by another's (a truck, a car, a bus): the one harmed in the collision, whose own case
  // is the reparation (CC arts. 186, 927, 932 III and 948-950), while the inquiry into the driver (CTB arts. 302-303) is the State's.
  'collision-victim': [
    ...['caminhao', 'carro', 'onibus', 'carreta', 'moto', 'veiculo', 'van', 'caminhonete'].flatMap((vehicle) =>
      // Killed or hurt by the vehicle ("foi morta por uma van", "ferido por um caminhão"): the death or the injury it caused (CC arts. 948-950).
      ['atingid*', 'mort*', 'ferid*'].flatMap((harmed) => [`${harmed} por um ${vehicle}`, `${harmed} por uma ${vehicle}`, `${harmed} pelo ${vehicle}`, `${harmed} pela ${vehicle}`]),
    ),
    // The vehicle knocked down ("um carro derrubou minha bicicleta de entrega") is the same hit.
    ...['bateu', 'bateram', 'acertou', 'acertaram', 'derrubou', 'derrubaram'].flatMap((verb) => [
      `${verb} na moto dele`, `${verb} na moto dela`, `${verb} no carro dele`, `${verb} no carro dela`,
      `${verb} a moto dele`, `${verb} a moto dela`, `${verb} o carro dele`, `${verb} o carro dela`,
      // The client's own vehicle hit ("um carro bateu na minha moto"): the same victim, told in the first person. Not "bati na
      // moto", the driver at fault (`at-fault`).
      `${verb} a minha moto`, `${verb} o meu carro`, `${verb} minha moto`, `${verb} meu carro`,
    ]),
    // The client's vehicle, the work one too (a táxi, a van, a kombi), hit ("bateram no meu táxi"), hit where it was struck ("bateu na
    // traseira da minha van", "atingiu a lateral do meu táxi", "bateu de frente na minha moto"), knocked over ("derrubou minha
    // bicicleta de entrega") or closed in traffic until it crashed ("uma carreta fechou meu caminhão", "um ônibus me fechou na faixa",
    // "um carro me pegou de frente"): the same victim of another's driving (CC arts. 186, 927 and 949), whose lost days of work are
    // lucros cessantes to prove (CC arts. 402-403). Not "bati na traseira", the driver at fault (`at-fault`), nor a vehicle lent and
    // crashed by the borrower ("pegou minha moto emprestada e bateu num muro").
    ...([
      ['meu', 'do meu', 'no meu', ['carro', 'caminhao', 'taxi', 'onibus', 'veiculo', 'utilitario']],
      ['minha', 'da minha', 'na minha', ['moto', 'motocicleta', 'bicicleta', 'bike', 'caminhonete', 'picape', 'van', 'kombi']],
    ] as const).flatMap(([own, of, on, vehicles]) => vehicles.flatMap((vehicle) => [
      ...['bateu', 'bateram', 'acertou', 'acertaram'].flatMap((verb) => [`${verb} ${on} ${vehicle}`, `${verb} de frente ${on} ${vehicle}`]),
      ...['bateu na', 'bateram na', 'acertou a', 'acertaram a', 'atingiu a', 'atingiram a'].flatMap((struck) => [`${struck} traseira ${of} ${vehicle}`, `${struck} lateral ${of} ${vehicle}`]),
      ...['fechou', 'fecharam', 'derrubou', 'derrubaram'].map((verb) => `${verb} ${own} ${vehicle}`),
    ])),
    'me pegou de frente', 'me pegaram de frente', 'me pegou de lado',
    // Caught by the other vehicle from a side ("um carro pegou minha moto de frente", "pegou meu carro por trás"); not "pegaram minha
    // moto" alone, which is as often the bank's or a thief's taking.
    ...['pegou', 'pegaram'].flatMap((verb) => ['minha moto', 'a minha moto', 'meu carro', 'o meu carro', 'minha bicicleta', 'a minha bicicleta'].flatMap((vehicle) =>
      ['de frente', 'por tras', 'de lado', 'em cheio', 'na lateral', 'na traseira'].map((side) => `${verb} ${vehicle} ${side}`))),
    // The client cut off in traffic ("uma van me fechou na avenida", "o ônibus me fechou na pista"), thrown off the vehicle by the other's manoeuvre.
    ...['me fechou', 'me fecharam'].flatMap((cut) => ['na', 'no', 'numa', 'num'].map((where) => `${cut} ${where}`)),
  ],
  'client-mei': ['sou mei', 'sou microempreendedor*', 'como mei', 'meu mei', 'e um mei', 'e mei'],
  // The client employs the worker told of (a business owner, a household that employs a maid or a carer): the employer's
  // side of the contract, who dismisses, warns, pays the severance (CLT arts. 477 and 482; LC 150/15), not the worker's claim.
  'client-employer': [
    'sou empregador', 'sou empregadora', 'sou o empregador', 'sou a empregadora', 'como empregador', 'como empregadora',
    'meu funcionario', 'minha funcionaria', 'meus funcionarios', 'minhas funcionarias', 'nosso funcionario', 'nossa funcionaria', 'nossos funcionarios',
    'meu empregado', 'meus empregados', 'minha empregada domestica', 'nossa empregada domestica', 'minha diarista', 'minha cuidadora', 'meu caseiro',
    'um funcionario meu', 'uma funcionaria minha', 'um dos meus funcionarios', 'uma das minhas funcionarias', 'um dos meus tecnicos', 'um dos meus empregados',
    'demitir um funcionario', 'demitir uma funcionaria', 'demitir o funcionario', 'demitir a funcionaria', 'demitir meu funcionario', 'demitir minha funcionaria',
    'mandar embora um funcionario', 'mandar embora uma funcionaria', 'mandar embora o funcionario', 'mandar embora a funcionaria', 'mandar embora meu funcionario',
    'mandar embora minha funcionaria', 'dispensar um funcionario', 'dispensar uma funcionaria', 'dispensar o funcionario', 'dispensar a funcionaria',
    // In the first person only: "querem me dar justa causa" is the worker's.
    'quero demitir', 'preciso demitir', 'posso demitir', 'como demitir', 'posso dar justa causa', 'quero dar justa causa', 'vou dar justa causa', 'devo dar justa causa',
    'posso aplicar justa causa', 'posso aplicar a justa causa', 'dei advertencia', 'dei duas advertencias', 'dei uma advertencia', 'dei advertencias', 'ja adverti',
    'registrar a funcionaria', 'registrar o funcionario',
    ...SUED_BY_WORKER,
  ],
  // A property the client sold is a sale of his too (the longer phrase of `property-sold` would hide "vendemos").
  'client-seller': ['vendi', 'eu vendi', 'nos vendemos', 'vendemos', 'anunciei', 'estava vendendo', 'tava vendendo', ...PROPERTY_SOLD],
  'child-support': [
    'pensao alimenticia', 'pensao da minha filha', 'pensao do meu filho', 'pensao dos meus filhos', 'pensao das minhas filhas',
    'pensao da crianca', 'pensao das criancas', 'pensao do filho', 'pensao da filha', 'pensao dos filhos', 'pensao pros filhos', 'pensao para os filhos', 'prisao civil', 'divida de pensao', 'atrasou a pensao', 'pensao atrasada', 'pensao em atraso', 'pensoes atrasadas',
    'preso por pensao', 'presa por pensao', 'prisao por pensao', 'prisao por divida de alimentos', 'prisao do devedor de alimentos',
    // The child told in the diminutive ("a pensão da filhinha dele"), and the arrest or the debt told of someone else, often the
    // debtor's own mother or wife: the arrest for support is civil (CF art. 5º LXVII; CPC art. 528 §3º), a family case.
    'pensao da filhinha', 'pensao do filhinho', 'pensao das filhinhas', 'pensao dos filhinhos',
    ...['preso', 'presa', 'prender', 'prenderam', 'prisao', 'mandado de prisao'].flatMap((arrest) => [`${arrest} por causa da pensao`, `${arrest} por causa de pensao`, `${arrest} por nao pagar pensao`, `${arrest} por nao pagar a pensao`]),
    'ta devendo pensao', 'ta devendo a pensao', 'esta devendo pensao', 'esta devendo a pensao', 'devendo a pensao', 'devendo pensao',
    'pai do meu filho', 'pai da minha filha', 'pai dos meus filhos', 'pai das minhas filhas', 'pai das criancas', 'genitor',
    'sustento dos filhos', 'sustento do filho', 'sustento da filha', 'sustento da crianca', 'sustento das criancas',
    'nao ajuda com nada', 'nao ajuda em nada', 'pago pensao', 'pago a pensao', 'pagando pensao', 'pagando a pensao', 'pagar a pensao',
    'alimentos gravidicos', 'despesas da gravidez', 'pai do bebe', 'pai da crianca', 'valor da pensao', 'reduzir a pensao', 'diminuir a pensao', 'revisao da pensao', 'revisao de alimentos', 'exoneracao de alimentos',
    'baixar a pensao', 'abaixar a pensao',
    // The children counted ("a pensão dos meus dois filhos", "das minhas 3 filhas", "dos meus dois filho"): the support owed to them
    // (CC art. 1.694), as with no number.
    ...['dois', 'duas', 'tres', 'quatro', '2', '3', '4'].flatMap((count) => [`pensao dos meus ${count} filh*`, `pensao das minhas ${count} filh*`, `pensao dos ${count} filh*`, `pensao das ${count} filh*`]),
    // The support asked as a remedy (`SUPPORT_SOUGHT`): one phrase names both notes, so a longer one hides neither ("pago pensao pra minha filha").
    ...SUPPORT_SOUGHT, ...SUPPORT_PAID,
  ],
  'refund-claimed': [
    // A refusal to return the money is a refund asked of whoever holds it (the bank, the shop, the seller: CDC art. 14; CC art. 876), the bank named or not.
    'banco nao devolveu', 'nao quer devolver', 'nao quis devolver', 'se recusa a devolver', 'se recusou a devolver',
    // The same refusal in the progressive and the plural ("tá se recusando a devolver meu dinheiro", "não querem devolver o sinal").
    'se recusando a devolver', 'se recusam a devolver', 'se recusaram a devolver', 'recusa em devolver', 'nao querem devolver', 'nao quiseram devolver', 'negou a devolucao', 'negaram a devolucao', 'banco se recus*', 'banco negou', 'banco nao ressarciu', 'banco nao estornou',
    'banco nao quis', 'banco tem que devolver', 'banco devolva', 'loja nao devolveu', 'loja se recus*', 'contestei', 'pedi o estorno', 'pedi estorno', 'pedi o reembolso', 'pedi reembolso',
    'negou o estorno', 'negou o reembolso', 'negaram o estorno', 'negaram o reembolso', 'mecanismo especial de devolucao',
    // The Pix's special return mechanism (MED, Resolução BCB 103/2021) asked of the bank, by its acronym.
    'pelo med', 'o med', 'no med', 'de med', 'do med', 'med do pix', 'devolucao do pix', 'estorno do pix',
    'ressarcimento do banco', 'falha de seguranca do banco', 'banco nao bloqueou', 'abri contestacao', 'abri uma contestacao', 'contestacao no banco', 'contestei a transacao', 'contestei as transacoes',
    // A transaction contested with the bank in any of the words of the step taken ("contestei no app", "contestei o pix"): the money is
    // asked back from the bank (CDC art. 14; Resolução BCB 103/2021, the MED), as "contestei" alone says.
    ...BANK_CONTESTED,
    // The purchases made with a stolen or cloned card asked to be cancelled by the bank ("quero que o banco cancele essas compras").
    'banco cancele', 'banco cancelar', 'banco cancelasse', 'cancelar essas compras', 'cancele essas compras', 'cancelem essas compras', 'estornar essas compras', 'estorno dessas compras',
  ],
  'damages-claimed': [
    'indenizacao', 'ser indenizad*', 'dano moral', 'danos morais', 'reparacao', 'ressarcimento', 'ressarcir', 'pague pelo prejuizo',
    'pagar pelo prejuizo', 'pague o prejuizo', 'pagar o prejuizo', 'pague o conserto', 'pagar o conserto', 'paguem o conserto',
    'danos materiais', 'lucros cessantes', 'lucro cessante', 'me indenize', 'me indenizem', 'indenizar',
    // The damages asked of who caused the harm, told in the third person ("que a empresa indenize a família").
    'indenize', 'indenizem',
    // The price of an embarrassment asked of who offended (CC arts. 186 and 953); not a retraction, which the criminal law of honour knows too (CP art. 143).
    'pague pelo constrangimento', 'pagar pelo constrangimento', 'pague pela humilhacao', 'pagar pela humilhacao',
    // Lay names of the two heads of damage: the expenses the harm caused (danos emergentes, CC art. 402) and the suffering (dano moral, CC art. 186).
    'pague os gastos', 'pagar os gastos', 'paguem os gastos', 'pague as despesas', 'pagar as despesas', 'paguem as despesas', 'pague o tratamento', 'pagar o tratamento',
    // The same asked of several or of a company ("quero que paguem o tratamento dele").
    'paguem o tratamento', 'paguem o prejuizo', 'paguem pelo prejuizo',
    // The money asked of who harmed the client for what they did, and the income lost while the client could not work (lucros cessantes, CC arts. 402 and 949).
    'me pague pelo que', 'me paguem pelo que', 'me pagar pelo que', 'tempo que fiquei parado',
    // Who answers for the harm asked outright ("quero saber quem vai pagar por isso", "quem paga por isso"): the liable party and its
    // damages sought (CC arts. 927, 932 and 942), not a punishment, which no one "pays" on the victim's question.
    'quem vai pagar por isso', 'quem paga por isso', 'quem vai pagar por tudo isso', 'quem vai me pagar', 'quem vai nos pagar', 'quem tem que pagar por isso',
    // The income the harm keeps taking, asked as it runs ("que pague pelo que eu tô perdendo"): lucros cessantes (CC arts. 402 and 953).
    'pelo que eu to perdendo', 'pelo que to perdendo', 'pelo que estou perdendo', 'pelo que eu estou perdendo', 'tempo que eu fiquei parado', 'dias que fiquei parado', 'dias que eu fiquei parado',
    'meses que fiquei parado', 'meses que eu fiquei parado', 'que deixei de ganhar', 'que eu deixei de ganhar', 'ser ressarcid*',
    // The days of work lost asked in lay words ("que ele pague isso e os dias que perdi"): lucros cessantes (CC arts. 402, 949 and 950);
    // and the harm's price asked of who did it ("me pague pelo estrago").
    'os dias que perdi', 'os dias que eu perdi', 'dias de trabalho que perdi', 'dias de servico que perdi', 'pague os dias parados', 'pagar os dias parados',
    'pague pelo estrago', 'pagar pelo estrago', 'paguem pelo estrago', 'pague o estrago', 'pagar o estrago',
    'pelo sofrimento', 'pelo que eu sofri', 'pelo que ela sofreu', 'pelo que ele sofreu', 'pelo que passei', 'pelo que eu passei',
    // The harm's cost asked of who caused it in the creditor's lay verb ("quero cobrar dele as despesas do hospital", "cobrar o
    // tratamento e o que ele deixou de ganhar", "cobrar esse valor dele"): the heads of damage of an injury or a loss, the treatment's
    // expenses and the income lost (danos emergentes and lucros cessantes, CC arts. 402, 949 and 950) or the thing's repair and the
    // loss (CC art. 927), asked in the civil court whatever crime caused them (CC art. 935; CPP arts. 63-64 and 387 IV). Only with
    // a head of damage named: "cobrar dele" alone is any creditor's word.
    ...['cobrar', 'cobrar dele', 'cobrar dela', 'cobrar deles', 'cobrar delas'].flatMap((ask) =>
      ['os gastos', 'esses gastos', 'as despesas', 'essas despesas', 'o tratamento', 'o prejuizo', 'esse prejuizo', 'o conserto', 'os dias parados',
        'o que gastei', 'o que eu gastei', 'o dinheiro do tratamento', 'o dinheiro do dentista', 'o dinheiro do hospital', 'o dinheiro do conserto',
        'o dinheiro da cirurgia', 'o dinheiro dos remedios'].map((head) => `${ask} ${head}`)),
    ...['dele', 'dela', 'deles', 'delas'].flatMap((author) => ['esse valor', 'esse dinheiro', 'esse prejuizo', 'o prejuizo', 'os gastos'].map((head) => `cobrar ${head} ${author}`)),
    // The same heads asked to be paid or refunded ("quero que ele pague o dentista", "que ele me reembolse os gastos").
    ...['pague', 'pagar', 'paguem'].flatMap((pay) => ['o hospital', 'o dentista', 'a cirurgia', 'os remedios', 'a fisioterapia'].map((head) => `${pay} ${head}`)),
    'me reembolse os gastos', 'me reembolsem os gastos', 'me reembolse as despesas', 'me reembolsem as despesas', 'reembolsar os gastos', 'reembolsar as despesas',
    // The same heads asked in the other lay verbs of paying a harm (`HARM_PAID`): "que ele arque com os gastos", "que banque o tratamento",
    // "que custeie as despesas médicas", "me ressarça o celular", "me pague o que eu gastei", "receber dele o valor da moto": the
    // damages of a crime asked of its author (CC arts. 186, 927, 935 and 949-950; CPP arts. 63-64). The suffering's price told as
    // the blow felt ("pelo abalo") is the dano moral (CC art. 953).
    ...HARM_PAID, 'pelo abalo', 'pelo trauma',
    // The income a hurt relative lost, asked for them (lucros cessantes, CC art. 949): "o que ele deixou de ganhar".
    'que ele deixou de ganhar', 'que ela deixou de ganhar', 'dias que fiquei sem trabalhar', 'dias que eu fiquei sem trabalhar', 'meses que fiquei sem trabalhar',
    'meses que eu fiquei sem trabalhar', 'tempo que fiquei sem trabalhar', 'tempo que eu fiquei sem trabalhar',
  ],
  expropriation: ['desapropria*', 'utilidade publica', 'interesse social', 'decreto expropriatorio', ...EXPROPRIATION_WORDS],
  'private-seller': [
    'de um particular', 'de particular', 'vendedor particular', 'venda entre particulares', 'compra entre particulares',
    'vendedor pessoa fisica', 'comprei de uma pessoa', 'olx',
    // The other side described as no supplier: a private person who does not sell for a living (CDC art. 3).
    'e um particular', 'e uma particular', 'e pessoa fisica', 'e uma pessoa fisica',
    // The deal told as one between the two of them, no store between ("foi um negócio entre nós dois"): a private sale (CC art. 481), no supplier (CDC art. 3).
    'negocio entre nos dois', 'negocio entre nos duas', 'negocio so entre nos', 'negocio entre a gente',
  ],
  'tax-authority': [
    'receita federal', 'malha fina', 'fisco', 'secretaria da fazenda', 'sefaz', 'fazenda nacional', 'fazenda estadual',
    'fazenda publica', 'procuradoria da fazenda', 'pgfn', 'divida ativa', 'execucao fiscal', 'auto de infracao fiscal', 'autuacao fiscal',
    // The city as creditor of a debt: its dívida ativa (CTN art. 201), collected in an execução fiscal (Lei 6.830/80).
    'divida com a prefeitura', 'dividas com a prefeitura', 'debito com a prefeitura', 'debitos com a prefeitura',
    // The Union as creditor (CTN art. 201; the PGFN collects it, Lei 6.830/80) and the Receita's assessment for undeclared income.
    'divida com a uniao', 'dividas com a uniao', 'debito com a uniao', 'debitos com a uniao', 'omissao de rendimentos', 'omissao de rendimento',
    'icms', 'itbi', 'itcmd', 'iss', 'imposto de renda retido', 'desconto do imposto de renda', 'cobranca do imposto de renda', 'retiveram imposto', 'reteram imposto', 'reteve imposto', 'contribuicao previdenciaria patronal', 'cota patronal',
    'contribuicao de melhoria', ...MUNICIPAL_FEES, ...POLICE_POWER_FEES,
    // The federal taxes on a company's profit and revenue, and the federal tax appeals court (CARF, Decreto 70.235/72 art. 25 II),
    // where only the Fazenda is the other side. Not "PIS" alone: the workers' abono salarial has that name.
    'irpj', 'csll', 'cofins', 'ipi', 'carf', 'divida inscrita',
    'cobrou imposto', 'cobrando imposto', 'imposto a mais', 'imposto indevido',
    'base de calculo', 'valor venal', 'molestia grave', 'isencao do imposto', 'isencao de imposto',
    // An exemption is always from a tribute (CTN art. 175-179): asking for it is a case against the tax authority.
    'isencao de iptu', 'isencao do iptu', 'isento de iptu', 'isento do iptu', 'isencao de ipva', 'isencao do ipva', 'isento de ipva', 'isento do ipva',
    // The exemption a law grants the retired, the elderly or the pensioner ("isenção por ser aposentada", "isento para idoso"): the city's
    // IPTU or the income tax forgone by law (CTN arts. 176-179; Lei 7.713/88 art. 6º XIV), asked of the tax authority; the INSS
    // benefit only says who qualifies.
    ...['isencao', 'isento', 'isenta'].flatMap((exempt) => ['por ser', 'para', 'pra', 'de'].flatMap((reason) =>
      ['aposentad*', 'idos*', 'pensionista*'].map((who) => `${exempt} ${reason} ${who}`))),
    // Imported goods held by the Receita at the customs until more tax or a fine is paid: the customs' act of the tax authority
    // (DL 37/66 arts. 44 and 105; Súmula 323 STF), whatever the shop and its supplier's invoices say.
    ...['receita', 'alfandega'].flatMap((customs) => ['segurou', 'reteve', 'apreendeu', 'parou', 'prendeu'].map((held) => `${customs} ${held}`)),
    'retida na alfandega', 'retidas na alfandega', 'presa na alfandega', 'presas na alfandega', 'parada na alfandega', 'paradas na alfandega',
    'nao paga iptu', 'nao pagar iptu', 'nao paga ipva', 'nao pagar ipva', 'pedir a isencao', 'pedido de isencao', 'retido na fonte', 'imposto retido', 'irrf', 'imunidade tributaria', 'nao pagar imposto', 'nao pagar o imposto',
    // The income tax withheld told by its abbreviation ("descontando IR da aposentadoria"): the paying source withholds it for the Fisco (Lei 7.713/88 art. 7º).
    ...IR_WITHHELD,
  ],
  'bank-scam': [
    'falsa central', 'falso funcionario', 'falso atendente', 'se passando pelo banco', 'se passou pelo banco', 'dizendo ser do banco',
    'central de seguranca', 'setor de seguranca do banco', 'seguranca do meu banco', 'seguranca do banco', 'golpe do motoboy', 'cartao clonado', 'conta invadida', 'fraude bancaria', 'boleto falso', 'boleto fraudado',
    'boleto adulterado', 'golpe do boleto',
    // The call "from the bank's central" and the app that hands the phone over (golpe da falsa central, do acesso remoto, da mão fantasma).
    'central do banco', 'central do meu banco', 'dizendo ser da central', 'acesso remoto', 'mao fantasma', 'instalar um aplicativo', 'instalar o aplicativo',
    // The same call told as what the caller said he was ("ligaram dizendo que era da central do Nubank", "falando que era do banco",
    // "dizendo ser do Itaú"): the golpe da falsa central, a failure of the bank's service (Súmula 479 do STJ). Not the bank's central
    // named alone: "liguei na central do Nubank" is the client's own call to the bank.
    'dizendo que era da central', 'falando que era da central', 'que eram da central', 'que era da central', 'se dizendo da central',
    'dizendo que era do banco', 'falando que era do banco', 'dizendo ser do banco', 'se dizendo do banco', 'se passando por funcionario do banco',
    // The call from a number shown as the bank's ("um número que aparecia como sendo do meu banco"): the spoofed central of the same scam.
    'como sendo do banco', 'como sendo do meu banco', 'como se fosse do banco', 'como se fosse do meu banco',
    ...Object.keys(BRANDS.banco).flatMap((bank) => [`dizendo ser do ${bank}`, `dizendo que era do ${bank}`, `falando que era do ${bank}`, `se passando pelo ${bank}`]),
    // The client's card used by unknown others who stole or found it ("com o meu cartão fizeram compras", "usaram meu cartão"): the
    // purchases the bank let through are a failure of its service (CDC art. 14; Súmula 479 do STJ), whatever the theft's report says.
    // Only the impersonal plural: "ele usou meu cartão" is a card lent (`lender`), "fiz compras no meu cartão" the client's own.
    'usaram meu cartao', 'usaram o meu cartao', 'com o meu cartao fizeram', 'com meu cartao fizeram', 'com o meu cartao compraram', 'com meu cartao compraram',
  ],
  'criminal-complaint': [
    'responda criminalmente', 'responder criminalmente', 'processar criminalmente', 'processe criminalmente', 'representar criminalmente',
    'processa lo criminalmente', 'processa la criminalmente', 'processa los criminalmente', 'processa las criminalmente',
    'queixa crime', 'dar queixa', 'prestar queixa', 'acao penal privada', 'quero que ele seja preso', 'quero que ela seja presa', 'quero que seja preso', 'responda pelo que', 'responder pelo que',
    'seja punido', 'seja punida', 'sejam punidos', 'ser punido', 'ser punida', 'pague pelo que fez', 'pagar pelo que fez', 'pague pelo que ele fez', 'pague pelo que ela fez',
    'policia investigue', 'policia investigar', 'abrir inquerito', 'abram inquerito', 'instaurar inquerito',
    // "Responder por" a wrong, asked of the person who did it, is the lay wish for punishment (a claim for money names the money).
    'responda por isso', 'responder por isso', 'respondam por isso', 'responda por isto', 'responda pelo crime', 'responder pelo crime',
    // The same wish told of the courts ("quero que ela responda na justiça por essa mentira"): the author made to answer, not paid.
    'responda na justica', 'responder na justica', 'respondam na justica',
    'responda pelos crimes', 'processad* criminalmente', 'seja condenad*', 'sejam condenados', 'va preso', 'va presa', 'va pra cadeia',
    'va para a cadeia', 'seja responsabilizad* criminalmente',
    // The offence the police say needs the victim's own queixa ("é crime de queixa", "é de ação privada"): the crimes against honour
    // and others of private action (CP arts. 100 §2 and 145), brought by the victim's lawyer within six months (CPP arts. 30 and 38).
    'crime de queixa', 'caso de queixa', 'e de queixa', 'crime de acao privada', 'e de acao privada', 'prazo da queixa', 'prazo para a queixa', 'prazo para dar queixa',
    // The report or complaint named by its offence against honour ("ocorrência de difamação", "BO por injúria"): the offended person's
    // choice of the penal route, the queixa-crime being hers alone (CP arts. 138-140 and 145; CPP art. 38), wherever the words were said
    // (a family or condominium chat group is only where they spread). Not a threat's report: often only a step already taken.
    ...['ocorrencia', 'boletim', 'bo', 'queixa'].flatMap((report) => ['de', 'por'].flatMap((of) =>
      ['difamacao', 'injuria', 'calunia'].map((offence) => `${report} ${of} ${offence}`))),
    // The prosecution asked with the person between the verb and the adverb ("processar ela criminalmente").
    ...['ele', 'ela', 'eles', 'elas'].map((who) => `processar ${who} criminalmente`),
  ],
  'unrequested-loan': [
    'emprestimo nao contratado', 'emprestimo nao solicitado', 'emprestimo nao autorizado', 'consignado nao contratado', 'consignado fraudulento',
    'que nunca contratei', 'que eu nunca contratei', 'que nunca pedi', 'que eu nunca pedi', 'que eu nao pedi', 'nao autorizei', 'nunca autorizei',
    'que eu nao fiz', 'que ela nao fez', 'que ele nao fez', 'que nunca fez', 'que eu nunca fiz', 'que ela nunca fez', 'que ele nunca fez',
    // The same denial told by a relative for the client ("três empréstimos que ele nunca pediu").
    'que ele nunca pediu', 'que ela nunca pediu', 'que nunca pediu', 'que ele nao pediu', 'que ela nao pediu',
    // A loan "in the name of" the client or a relative, who never took it: the identity fraud a bank answers for (CDC art. 14; Súmula 479 do STJ).
    ...['emprestimo', 'consignado', 'financiamento'].flatMap((loan) =>
      ['no meu nome', 'em meu nome', 'no nome dela', 'no nome dele', 'em nome dela', 'em nome dele'].map((name) => `${loan} ${name}`)),
    // The same denial in the formal register ("empréstimos que jamais contratei", "uma quantia que não solicitei"): a contract the
    // consumer never made is the bank's failure (CDC art. 14; Súmula 479 do STJ), whatever benefit it is discounted from.
    'que jamais contratei', 'que eu jamais contratei', 'que jamais solicitei', 'que eu jamais solicitei', 'que nunca solicitei', 'que eu nunca solicitei',
    'que nao solicitei', 'que eu nao solicitei', 'que jamais autorizei', 'que eu jamais autorizei',
    // A lender the client never opened an account with or signed anything for ("uma financeira em que jamais abri conta"): the card or
    // loan discounted is a contract the client never made (CDC art. 14; Súmula 479 do STJ; Lei 10.820 art. 6º: only an authorised deduction).
    ...['nunca', 'jamais'].flatMap((never) => ['abri conta', 'tive conta', 'fui cliente', 'assinei nada', 'assinei contrato'].flatMap((act) =>
      ['em que', 'onde', 'no qual', 'na qual', 'que eu'].map((where) => `${where} ${never} ${act}`))),
    // The same denial with the loan as its object (`LOAN_DENIED`).
    ...LOAN_DENIED,
    // The denial reported in the infinitive ("um consignado que ela diz nunca ter feito", "que afirma jamais ter contratado").
    ...['que', 'que ela', 'que ele'].flatMap((who) => ['diz', 'afirma', 'garante', 'jura'].flatMap((says) => ['nunca', 'jamais'].flatMap((never) =>
      ['feito', 'pedido', 'contratado', 'solicitado', 'autorizado'].map((done) => `${who} ${says} ${never} ter ${done}`)))),
  ],
  // The public body itself asked to answer for a harm, or the harm done by its own service (a doctor's error in a public hospital or
  // UPA): the State's liability (CF art. 37 §6). Not the public unit named only as where a victim of another's act was treated. Also
  // read across a sentence (`NoteExtractor`: `STATE_ASKED_TO_PAY`).
  'state-liability': [
    ...LEGAL_PERSON_ANSWERS.filter((phrase) => /^(a prefeitura|o municipio|o estado|o governo|o hospital) /.test(phrase)),
    ...['a prefeitura', 'o municipio', 'o estado', 'o governo'].flatMap((body) => ['pague', 'paguem', 'indenize', 'me indenize', 'nos indenize'].map((verb) => `${body} ${verb}`)),
    'processar a prefeitura', 'processar o municipio', 'processar o estado', 'acao contra a prefeitura', 'acao contra o municipio', 'acao contra o estado',
    ...['a prefeitura', 'o municipio', 'o estado'].map((body) => `responsabilizar ${body}`),
    'responsabilidade do estado', 'responsabilidade civil do estado', 'responsabilidade da prefeitura', 'culpa da prefeitura', 'culpa do estado',
    'erro medico', 'erro do medico', 'negligencia medica', 'negligencia do hospital', 'negligencia do medico', 'imprudencia medica',
  ],
  'public-employer': [
    'trabalho na prefeitura', 'trabalhei na prefeitura', 'contratad* pela prefeitura', 'servidor publico', 'servidora publica', 'sou servidor',
    'sou servidora', 'processo seletivo simplificado', 'contratacao temporaria', 'contratada temporaria', 'contratado temporario', 'cargo comissionado', 'cargo em comissao', 'estatutari*',
    // A temporary hire by the State in lay words ("contratada pelo estado", "processo seletivo da prefeitura"; CF art. 37 IX).
    ...TEMPORARY_PUBLIC_CONTRACT,
    // A tenured post and its statute (Lei 8.112 and the local ones); a city guard holds one (Lei 13.022).
    'cargo efetivo', 'servidor efetivo', 'servidora efetiva', 'regime juridico unico', 'guarda municipal',
    // The servant named by the body's level, or by the lay name ("funcionária pública"): a post held under a statute.
    'servidor municipal', 'servidora municipal', 'servidor estadual', 'servidora estadual', 'servidor federal', 'servidora federal',
    'funcionario publico', 'funcionaria publica', 'concursad* da prefeitura', 'concursad* do municipio', 'concursad* do estado', 'concursad* pela prefeitura',
    // A teacher of the public school network (CF arts. 37 II and 206 V): the State is the employer. Not "concursado" alone: a state company hires by exam under the CLT.
    'professor da rede estadual', 'professora da rede estadual', 'professor da rede municipal', 'professora da rede municipal', 'professor da rede publica',
    'professora da rede publica', 'professor do estado', 'professora do estado', 'professor concursado', 'professora concursada',
    // The servants' statute the client invokes (Lei 8.112/90 and the states' and cities' own): only who holds a post under it has its rights.
    'estatuto dos servidores', 'estatuto do servidor', 'estatuto dos servidores publicos', 'estatuto do servidor publico', 'estatuto dos funcionarios publicos',
    'estatuto do funcionalismo', 'estatuto do funcionalismo publico',
    // Posts only a State holds, under its statute: the penal police (CF art. 144 VI and §5º-A) and its former name; and an exam
    // passed for a tenured post ("concursado, efetivo": the stability of CF art. 41).
    'agente penitenciari*', 'policial penal', 'concursado efetivo', 'concursada efetiva',
    // A federal university or institute (an autarquia or fundação pública) as the client's workplace: its staff hold posts under
    // the regime jurídico único (Lei 8.112/90 arts. 1º and 243); a terceirizado says so (`clt-employee`).
    ...['numa', 'na', 'em uma', 'em', 'da', 'de uma'].map((at) => `${at} universidade federal`), ...['num', 'no', 'em um', 'do', 'de um'].map((at) => `${at} instituto federal`),
  ],
  // The client names the statutory regime itself (a post under the servants' statute, Lei 8.112/90 and the states' and cities' own):
  // by definition no CLT employment, whatever lay words ("patrão", "CLT", "justiça do trabalho") the client uses for the job.
  'statutory-servant': [
    'estatutari*', 'regime juridico unico', 'cargo efetivo', 'servidor efetivo', 'servidora efetiva', 'concursado efetivo', 'concursada efetiva',
    'estatuto dos servidores', 'estatuto do servidor', 'estatuto dos servidores publicos', 'estatuto do servidor publico', 'estatuto dos funcionarios publicos',
    // The federal statute by its number (Lei 8.112/90, read "8 112"), and the federal servant, whom it governs alone (its art. 243).
    ...['lei', 'regime da', 'regime da lei', 'pela', 'pela lei', 'estatuto da', 'estatuto da lei'].flatMap((by) => [`${by} 8 112`, `${by} 8112`]),
    'servidor publico federal', 'servidora publica federal', 'servidor federal', 'servidora federal',
    // A member of the State's military or police forces, told in the first person: a servant under statute, never a CLT employee (CF arts.
    // 42, 142 §3º and 144; Lei 6.880/80), whose pay, shifts and bonuses are the statute's. Not the police named as who acted.
    ...['sou', 'eu sou', 'sou um', 'sou uma'].flatMap((self) =>
      ['policial militar', 'pm', 'policial civil', 'policial penal', 'policial federal', 'policial rodoviario federal', 'bombeiro militar', 'militar', 'militar do exercito',
        'sargento', 'subtenente', 'soldado da pm', 'cabo da pm', 'tenente', 'capitao da pm', 'escrivao de policia', 'investigador de policia', 'agente penitenciario', 'agente penitenciaria',
      ].map((force) => `${self} ${force}`)),
  ],
  // Or the client's employer named as a public company or a sociedade de economia mista (CF art. 173 §1º II): a CLT job by law.
  'clt-employee': ['pela clt', 'regime clt', 'regime da clt', 'celetista', 'carteira assinada', 'terceirizad*', ...STATE_COMPANY_EMPLOYEE],
  'marital-split': [
    'me divorciar', 'quero o divorcio', 'quero divorcio', 'pedir o divorcio', 'pedir divorcio', 'divorcio litigioso', 'partilha de bens', 'partilha dos bens',
    'meacao', 'dissolucao da uniao estavel', 'reconhecer a uniao estavel', 'reconhecimento da uniao estavel', 'reconhecam a uniao estavel',
    // The end of the marriage or the union in lay words ("preciso me separar de vez", "queremos nos separar"): the separation the divorce
    // (CF art. 226 §6) or the dissolution of the union makes legal, with its partition, custody and support.
    'me separar', 'nos separar', 'quero a separacao', 'pedir a separacao',
  ],
  'elder-abuse': [
    'maus tratos', 'violencia contra o idoso', 'violencia contra a pessoa idosa', 'estatuto do idoso', 'estatuto da pessoa idosa', 'abandono de idoso',
    'reter o cartao', 'retem o cartao', 'retendo o cartao', 'reteve o cartao', 'pega o cartao', 'pegou o cartao', 'fica com o cartao',
    'ficou com o cartao', 'toma o cartao', 'tomou o cartao', 'apropri* do beneficio', 'apropri* da aposentadoria',
    // Someone else holds the card and takes the benefit ("apoderou-se do meu cartão", "peço o cartão de volta").
    'apoder* do cartao', 'apoder* do meu cartao', 'apoder* da aposentadoria', 'apoder* da minha aposentadoria', 'apoder* do beneficio', 'cartao de volta',
    'apoder* se do cartao', 'apoder* se do meu cartao', 'apoder* se da aposentadoria', 'apoder* se da minha aposentadoria', 'apoder* se do beneficio',
  ],
  // Children owe support to a parent in need (CF art. 229, CC art. 1.696): the parent's pension is
  // the income of who asks, the children are the other side.
  'parent-support': [
    'alimentos aos pais', 'alimentos para os pais', 'alimentos ao pai', 'alimentos a mae', 'alimentos dos filhos para', 'pensao para os pais',
    'filhos em boa situacao', 'filhos com condicoes', 'filhos nao me ajud*', 'filhos que nao me ajud*', 'filhos nao ajud*', 'ajuda dos filhos',
    'obrigar os filhos', 'obrigar meus filhos', 'obrigar os meus filhos', 'filhos fossem obrigados', 'filhos sejam obrigados',
    // Told by a child who alone supports the parent: the siblings owe their share (CC art. 1.698, each by their means; art. 12
    // of the Estatuto da Pessoa Idosa makes the duty joint), so the siblings are the other side ("meus irmãos não querem ajudar").
    'irmaos nao ajud*', 'irmaos nao querem ajud*', 'irmaos nao querem dar', 'irmaos nao dao nada', 'irmaos nao contribu*', 'irmaos se recusam a ajud*',
    'irmaos que nao ajud*', 'obrigar meus irmaos', 'obrigar os meus irmaos', 'obrigar os irmaos', 'obrigar meu irmao', 'obrigar o meu irmao',
  ],
  // Collecting a debt: the remedy of a creditor, also when the police were told first (and what
  // the police say when they decline a mere default, in a lawyer's words).
  'debt-collection': [
    'acao de cobranca', 'cobrar a divida', 'cobrar o que', 'receber a divida', 'receber o que falta', 'receber o restante', 'receber as parcelas',
    'que me deve', 'que me devem', 'ainda me deve', 'ainda me devem', 'divida civil', 'caso civel', 'questao civel',
    // The debtor named between ("o que ela me deve"), the balance left unpaid, and the creditor's chasing of it.
    'que ela me deve', 'que ele me deve', 'que eles me devem', 'que elas me devem', 'nao pagou o restante', 'nao pagou o resto', 'nao me pagou o restante',
    'nao me pagou o resto', 'quando eu cobro', 'sempre que eu cobro',
    // The debtor's own promise to pay back some day: a debt owed, whatever the report called it.
    ...['devolver', 'devolve', 'devolvo', 'pagar', 'paga', 'pago', 'me pagar', 'me paga', 'me devolver', 'me devolve', 'te pago', 'te devolvo'].map((pay) => `${pay} quando puder`),
    // A debt left unpaid in the everyday word ("levei um calote", "me deu calote"): a default the creditor collects (CC arts. 389 and
    // 586), not a swindle, whatever the client asks of the police.
    ...['levei', 'tomei', 'me deu', 'me deram', 'me aplicou', 'me aplicaram'].flatMap((took) => [`${took} um calote`, `${took} calote`]),
    // The borrower's promise to give the money back, told by the lender ("ele ia me devolver em 60 dias", "jurou que devolvia"): a
    // loan (mútuo, CC arts. 586 and 590) the client collects, not a swindle, whatever the police report called it.
    'ia me devolver', 'iria me devolver', 'ia devolver em', 'prometeu me devolver', 'prometeu devolver em', 'jurou que devolvia', 'jurou que ia devolver',
    'jurou que me devolvia', 'jurou que ia me devolver', 'disse que me devolvia', 'falou que me devolvia',
    // The creditor's own word for the suit (CPC arts. 318 and 700).
    'cobrar na justica', 'cobrar ele na justica', 'cobrar ela na justica', 'cobrar eles na justica', 'cobrar judicialmente',
  ],
  // A purchase over the internet, as a buyer: the supplier and the platform that sold answer for the
  // delivery (CDC arts. 7 and 25), whatever the police report says of the seller.
  'online-purchase': [
    'comprei pela internet', 'comprei na internet', 'comprei online', 'compra online', 'compra pela internet', 'compra na internet', 'compra virtual',
    'pelo mercado livre', 'no mercado livre', 'na shopee', 'pela shopee', 'na amazon', 'pela amazon', 'loja virtual',
    'produto nao entregue', 'produto nunca entregue', 'nunca chegou', 'nunca recebi o produto', 'nao recebi o produto',
  ],
  // The INSS discharged the worker and the employer will not take them back (limbo previdenciário).
  'return-refused': [
    'limbo previdenciario', 'recusa de retorno', 'nao me aceita de volta', 'nao me aceitou de volta', 'nao aceita me receber de volta', 'nao me quer de volta', 'recusou meu retorno', 'recusou o meu retorno', 'recusa o meu retorno', 'recusa meu retorno',
    'nao aceita meu retorno', 'nao aceitou meu retorno', 'nao aceita o retorno', 'nao aceitou o retorno', 'impediu meu retorno', 'impedid* de retornar',
    'impedid* de voltar', 'nao me deixa voltar', 'nao me deixou voltar', 'nao deixa eu voltar', 'nao deixou eu voltar', 'aso inapto',
    'considerado inapto pela empresa', 'me mandou para casa', 'me mandaram para casa', 'me mandou de volta para casa', 'me mandaram de volta para casa',
    // The same told with "eu" after the verb, as spoken ("o RH mandou eu voltar pra casa e esperar").
    'mandou eu voltar para casa', 'mandaram eu voltar para casa', 'mandou eu ir para casa', 'mandaram eu ir para casa',
  ],
  // The benefit asked back of the INSS (restoration, an appeal against the discharge: Lei 8.213 arts. 59-60 and 126).
  'benefit-restoration': [
    'beneficio de volta', 'auxilio de volta', 'auxilio doenca de volta', 'restabelecer o beneficio', 'restabelecer meu beneficio', 'restabelecer o meu beneficio',
    'restabelecimento do beneficio', 'restabelecer o auxilio', 'restabelecer meu auxilio', 'restabelecimento do auxilio', 'voltar a receber o beneficio',
    'voltar a receber o auxilio', 'recurso ao inss', 'recurso no inss', 'recorrer ao inss', 'recorrer no inss', 'recorrer da alta', 'recurso contra a alta',
    'junta de recursos', 'conselho de recursos da previdencia',
    // Income asked until the client recovers: the incapacity benefit, paid while the incapacity lasts (Lei 8.213 arts. 59-60), not a
    // salary, which the employer owes for work or for the time after a discharge.
    'ate eu melhorar', 'ate melhorar', 'ate eu me recuperar', 'ate me recuperar', 'ate eu ficar bom', 'ate eu ficar boa', 'ate eu sarar',
    'enquanto eu nao puder trabalhar', 'enquanto nao puder trabalhar', 'enquanto eu nao melhorar', 'ate eu poder voltar a trabalhar', 'ate poder voltar a trabalhar',
    'enquanto eu nao posso trabalhar', 'enquanto nao posso trabalhar', 'enquanto eu nao consigo trabalhar', 'enquanto nao consigo trabalhar',
  ],
  // The 'indemnity' asked of the INSS: the auxílio-acidente, which the law itself pays 'como indenização' for a lasting loss of
  // capacity after an accident (Lei 8.213 art. 86), a benefit, not damages asked of who caused the harm.
  'inss-indemnity-asked': [
    'indenizacao do inss', 'indenizacao pelo inss', 'indenizacao no inss', 'indenizacao da previdencia', 'indenizacao pela previdencia',
  ],
  reinstatement: ['ser reintegrad*', 'reintegracao ao emprego', 'reintegracao no emprego', 'me reintegrar', 'me reintegre', 'me readmitir', 'me readmita', 'readmissao',
    // The job given back, in lay words: the same reinstatement asked of the employer.
    'me devolva o emprego', 'me devolvam o emprego', 'me devolver o emprego', 'devolva o meu emprego', 'devolva meu emprego', 'devolver o meu emprego', 'devolver meu emprego',
    'meu emprego de volta', 'o meu emprego de volta', 'o emprego de volta', 'minha vaga de volta', 'voltar pro meu emprego', 'voltar para o meu emprego',
    // The employer taking the worker back ("que a firma me aceite de volta"): the reinstatement of the stable worker (Lei 8.213 art. 118; Súmula 378 TST).
    'me aceite de volta', 'me aceitem de volta', 'me aceitar de volta', 'me aceitarem de volta', 'me aceitasse de volta', 'me aceitassem de volta'],
  // The other side's kind, a prior on the route (`ROUTE_RULES`): a public body acting as authority,
  // or the client's employer in an act of the employment.
  'opponent-public-body': [
    'prefeitura', 'municipio', 'poder publico', 'orgao publico', 'governo', 'administracao publica', 'vigilancia sanitaria', 'detran', 'policia militar', 'autarquia', 'ibama',
    'secretaria municipal', 'secretaria estadual', 'camara municipal', 'o estado pague', 'o estado indenize', 'o estado me indenize', 'o estado nos indenize', 'processar o estado', 'acao contra o estado',
    'responsabilizar o estado', 'universidade federal', 'universidade estadual', 'universidade publica', 'instituto federal',
    // a public hospital answers as the State does (CF art. 37 §6), whatever a private clinic's words say
    'hospital municipal', 'hospital estadual', 'hospital publico', 'hospital da prefeitura', 'hospital do estado',
    // the SUS's emergency and basic units (UPA, UBS) are always public
    'upa', 'unidade de pronto atendimento', 'ubs', 'unidade basica de saude',
  ],
  'opponent-inss': [
    'inss negou', 'inss indeferiu', 'inss cortou', 'inss cessou', 'inss suspendeu', 'inss nao reconheceu', 'indeferimento do inss',
    'negado pelo inss', 'negada pelo inss', 'indeferido pelo inss', 'indeferida pelo inss', 'cortado pelo inss', 'cortada pelo inss',
  ],
  // The INSS's ground that the client was no longer insured (Lei 8.213 art. 15: the grace period after the last contribution, 12 months
  // more after 120 contributions and 12 more for an unemployment on record, §§ 1º-2º), told by its name or plainly.
  'insured-status-lost': [
    // Not the quality lost alone: a dependant's ("falta de qualidade de dependente") is the pension's proof of the union.
    'qualidade de segurad*', 'periodo de graca', 'tempo de graca',
    ...['sou', 'e', 'era', 'estava', 'seria'].flatMap((be) => [`nao ${be} mais segurad*`, `nao ${be} mais contribuinte`]),
  ],
  // Maternity pay asked of the INSS (Lei 8.213 arts. 71 and 71-A), also for an adoption or a guardianship for adoption, to a father or
  // either spouse of a same-sex couple (STF Tema 1.182); with an adoption told in the message, any benefit asked (`ADOPTED`, `BENEFIT_ASKED`).
  'maternity-pay': ['salario maternidade', 'auxilio maternidade', 'beneficio maternidade'],
  'opponent-employer': [
    'a empresa me demitiu', 'me demitiu', 'me demitiram', 'fui demitid*', 'me mandou embora', 'me mandaram embora',
    'fui mandad* embora', 'meu patrao', 'minha patroa', 'meu empregador', 'minha empregadora', 'o empregador',
    'a empresa nao paga', 'a empresa parou de pagar', 'a empresa nao me paga', 'a empresa nao me deixa', 'a empresa me manda',
  ],
  // The heir who asks for the inventory or their share of the estate (arts. 1.784 and 2.013 of the Civil Code).
  'estate-division': [
    'fazer o inventario', 'fazer inventario', 'abrir o inventario', 'abrir inventario', 'inventario judicial', 'inventario extrajudicial',
    'arrolamento', 'sobrepartilha', 'partilha da heranca', 'partilhar a heranca', 'minha parte da heranca', 'parte de cada herdeiro',
  ],
  // The client lent money, their card or their name to a person, who now owes it to them.
  lender: [
    'emprestei dinheiro', 'emprestei o dinheiro', 'emprestei meu cartao', 'emprestei o meu cartao', 'emprestei o cartao', 'emprestei meu nome',
    // Lending is said with the amount or the person right after the verb ("emprestei 15 mil pra ele"): the verb alone.
    'emprestei', 'emprestei o meu nome', 'emprestimo entre particulares', 'emprestimo entre amigos', 'contrato de mutuo',
    ...BORROWED_FROM_CLIENT,
  ],
  'name-lent': NAME_LENT,
  'press-content': PRESS_CONTENT,
  'coerced-resignation': COERCED_RESIGNATION,
  // An open private pension plan, a consumer contract with a bank or an insurer (not a closed pension fund, nor the INSS).
  'private-pension': [
    'previdencia privada', 'pgbl', 'vgbl',
  ],
  // The victim says they do not want the criminal route: the remedy asked is another one.
  'prosecution-declined': [
    'nao quero processo criminal', 'nao desejo processo criminal', 'nao quero processar criminalmente', 'nao quero dar queixa', 'nao quero fazer queixa',
    'nao quero prestar queixa', 'nao quero policia', 'nao quero envolver a policia', 'nao quero envolver policia', 'nao quero que ele seja preso', 'nao quero que ela seja presa', 'nao quero ver ele preso', 'nao quero ver ela presa', 'sem processo criminal',
    // The same wish told of no one in particular ("não quero ver ninguém preso"): the victim asks another remedy than the penalty.
    // The same wish told of a relative by kinship ("não quero ver meu irmão preso"): the family asks another remedy (CP art. 100 §1; CPP art. 24).
    ...['meu irmao', 'minha irma', 'meu filho', 'minha filha', 'meu pai', 'minha mae', 'meu marido', 'minha esposa', 'minha mulher', 'meu neto', 'minha neta', 'meu sobrinho',
      'minha sobrinha', 'meu genro', 'minha nora', 'meu tio', 'minha tia'].map((relative) => `nao quero ver ${relative} ${/^minha /.test(relative) ? 'presa' : 'preso'}`),
    // The penalty told as of no interest to the victim ("não me interessa ele ser preso").
    ...['ele ser preso', 'ela ser presa', 'que ele seja preso', 'que ela seja presa', 'a prisao dele', 'a prisao dela'].map((penalty) => `nao me interessa ${penalty}`),
    'nao quero ver ninguem preso', 'nao quero ninguem preso', 'nao quero que ninguem seja preso', 'nao quero prender ninguem', 'nao quero que ninguem va preso',
  ],
  'honour-offended': HONOUR_OFFENDED,
  // Told by `SUIT_WISHED` (a pattern of its own, so that its verbs hide no other note's longer phrase: 'processar criminalmente').
  'suit-wished': [],
  // The client, or the police who took the report, say the matter is a civil one (a debt, not a crime): the report does not make it criminal.
  'civil-matter': [
    'caso civel', 'questao civel', 'coisa civel', 'coisa do civel', 'coisa de civel', 'resolver no civel', 'resolver na justica civel', 'resolver na esfera civel',
    'na esfera civel', 'materia civel', 'divida nao crime', 'divida e nao crime', 'divida civil', 'ilicito civil', 'mero inadimplemento',
  ],
  // The client wants the money paid back (restitution from the seller, the bank, the debtor): a civil or consumer remedy.
  'money-back': [
    'dinheiro de volta', 'valor de volta', 'devolvam o dinheiro', 'devolvam meu dinheiro', 'devolvam o meu dinheiro', 'devolvam o valor',
    'reaver o dinheiro', 'reaver meu dinheiro', 'reaver o meu dinheiro', 'reaver o valor', 'restituicao do valor', 'restituicao do dinheiro',
    'recuper* o dinheiro', 'recuper* meu dinheiro', 'recuper* o meu dinheiro', 'recuper* o valor', 'recuper* nosso dinheiro', 'recuper* o nosso dinheiro',
  ],
  // The other side, who sold the client a unit, a trip or a service, is in judicial reorganisation or bankrupt (told in the third
  // person, or in a sentence: `NoteExtractor`, the client's purchase and the supplier's insolvency in one message).
  'supplier-insolvent': [
    'consumidor credor', 'credor consumidor',
    'pediu recuperacao judicial', 'entrou em recuperacao judicial', 'esta em recuperacao judicial', 'entrou com pedido de recuperacao judicial',
    // The same filing told by the court's verbs ("a incorporadora ajuizou pedido de recuperação judicial", "entrou com recuperação judicial"):
    // the buyer stays a buyer and a creditor (Lei 11.101/05 arts. 9º and 49; Lei 4.591/64 art. 31-F).
    ...['ajuizou', 'requereu', 'protocolou'].flatMap((filed) => [`${filed} pedido de recuperacao judicial`, `${filed} recuperacao judicial`, `${filed} a recuperacao judicial`]),
    'entrou com recuperacao judicial', 'entrou com a recuperacao judicial',
    ...['construtora', 'incorporadora', 'agencia', 'loja', 'escola', 'companhia aerea'].flatMap((seller) => ['faliu', 'pediu falencia', 'entrou em falencia'].map((state) => `${seller} ${state}`)),
  ],
  // A supplier (a travel agency, a shop, an online store) that vanished or shut its doors with the clients' money: the buyer's
  // claim is the contract's (CDC arts. 18, 20 and 35; the platform that sold answers too, art. 7º p.u.), whatever the police
  // investigate of the owner. Said of a trader, never of an employer ('a empresa fechou' is a labour case) nor of a private person.
  'supplier-vanished': [
    ...['agencia', 'agencia de viagem', 'agencia de viagens', 'agencia de turismo', 'loja', 'loja virtual', 'loja online', 'site', 'buffet', 'dono da agencia',
      'dono da loja', 'dona da agencia', 'dona da loja'].flatMap((seller) => ['sumiu', 'desapareceu', 'fechou as portas', 'fechou e sumiu', 'fugiu', 'saiu do ar']
      .map((gone) => `${seller} ${gone}`)),
    ...['sumiu', 'sumiram', 'desapareceu', 'desapareceram', 'fugiu', 'fugiram'].flatMap((gone) => ['dos clientes', 'de muita gente', 'de todo mundo', 'de varias familias',
      'de varios clientes', 'das familias', 'dos formandos'].map((whose) => `${gone} com o dinheiro ${whose}`)),
  ],
  // A relative asks to be named curator or supporter of an adult who cannot manage their life (CC arts. 1.767 ss.):
  // the remedy asked, not a curatela already granted (which is a document of another case).
  // The custody of a child asked by a parent, a grandparent or a relative who raises it (ECA arts. 33-35; CC arts. 1.583-1.584).
  'custody-sought': [
    'ter a guarda', 'pedir a guarda', 'pedir guarda', 'ficar com a guarda', 'conseguir a guarda', 'tirar a guarda', 'passar a guarda', 'a guarda dele', 'a guarda dela',
    'guarda do meu neto', 'guarda da minha neta', 'guarda dos meus netos', 'guarda do neto', 'guarda da neta', 'guarda definitiva', 'guarda no papel', 'regularizar a guarda',
    // Asked in lay words by a parent leaving a violent home ("como fica a guarda", "quero ficar com as crianças", "a guarda só minha").
    'como fica a guarda', 'a guarda so minha', 'a guarda so pra mim', 'guarda so comigo',
    ...['as criancas', 'os meninos', 'as meninas', 'meus filhos', 'os meus filhos', 'minhas filhas', 'as minhas filhas'].map((children) => `ficar com ${children}`),
  ],
  // The visits of a parent (or a grandparent) suspended or restricted to supervised visits, the custody changed, or the parental
  // authority suspended or removed, asked by the other parent: the family's remedies to keep a child from a parent who endangers it
  // (CC arts. 1.584 §5, 1.586, 1.589, 1.637 and 1.638; ECA arts. 129 X and 155-163).
  'family-protection-sought': [
    ...['suspender', 'cortar', 'parar', 'proibir', 'impedir', 'acabar com', 'restringir'].flatMap((act) =>
      ['as visitas', 'a visita', 'o direito de visita', 'a convivencia', 'as visitas dele', 'as visitas do pai', 'as visitas da mae'].map((visit) => `${act} ${visit}`)),
    'suspensao das visitas', 'suspensao da visita', 'suspensao do direito de visita', 'suspensao da convivencia', 'visitas parem', 'visita supervisionada',
    'visitas supervisionadas', 'visita assistida', 'visitas assistidas', 'suspender o poder familiar', 'suspensao do poder familiar', 'destituicao do poder familiar',
    'perda do poder familiar', 'destituir do poder familiar', 'tirar o poder familiar',
    'mudar a guarda', 'modificar a guarda', 'modificacao da guarda', 'modificacao de guarda', 'reverter a guarda', 'reversao da guarda', 'inverter a guarda',
    'inversao da guarda', 'pedir a guarda unilateral', 'ficar com a guarda unilateral',
    // The same asked in lay words, of the other parent who picks the child up for the visits ("o que eu faço pra ele não poder pegar ela?").
    ...['ele', 'o pai', 'ela', 'a mae'].flatMap((parent) => [`pra ${parent} nao poder pegar`, `para ${parent} nao poder pegar`, `pra ${parent} nao pegar mais`, `para ${parent} nao pegar mais`,
      `impedir ${parent} de pegar`, `nao deixar ${parent} pegar`, `${parent} nao poder mais pegar`, `pra ${parent} nao ver mais`, `para ${parent} nao ver mais`]),
  ],
  // Read across a message (`NoteExtractor`: a child's sexual abuse or naked images told with a child named), not by a phrase of its own.
  'child-sexual-abuse': [],
  // A camera hidden where one undresses or sleeps, found by the client: the registro não autorizado da intimidade sexual (CP art. 216-B).
  'hidden-camera': [...HIDDEN_CAMERA],
  // Read in a sentence (`NoteExtractor`), not by a phrase of its own: an adult without discernment told in the family's words, and a
  // relative who must act for an adult before the bank or with their money. Together, in any messages, they tell the curatela asked
  // without its name (`FactsAccumulator`: `guardianship`; CC arts. 1.767 I and 1.781; CPC art. 747).
  'adult-without-judgement': [],
  'acts-for-adult': [],
  // Read in a sentence (`NoteExtractor`), not by a phrase of its own: a capable relative who wants the client to act for them, by a
  // power of attorney or asking them to sign, sell or run their bank and money (CC arts. 653-657; CC art. 1.783-A): the family's
  // counterpart of the curatela, which only one who cannot express their will needs (CC art. 1.767 I; Lei 13.146/15 art. 84).
  'relative-mandate': [],
  guardianship: [
    'pedir a curatela', 'pedir curatela', 'acao de curatela', 'entrar com a curatela', 'preciso de uma curatela', 'preciso da curatela', 'curatela provisoria', 'interditar', 'pedir a interdicao', 'acao de interdicao', 'tomada de decisao apoiada',
    'responsavel legal por ele', 'responsavel legal por ela', 'nomead* responsavel', 'nomead* curador*', 'ser curador*',
    // Standing in for the adult before the bank and the INSS: what the curator is named for (CC art. 1.781; CPC art. 747).
    // Managing an adult's money and accounts, asked by a relative ("quero poder cuidar da conta dela"): the patrimonial acts the curatela
    // covers (Lei 13.146 art. 85; CC art. 1.767 I), rendering accounts to the judge (CC arts. 1.755 and 1.781).
    ...['poder', 'quero', 'preciso'].flatMap((wish) => ['cuidar da conta', 'cuidar do dinheiro', 'cuidar dos bens', 'cuidar da aposentadoria', 'cuidar do beneficio',
      'cuidar das financas', 'administrar a conta', 'administrar o dinheiro', 'administrar os bens', 'administrar a aposentadoria', 'administrar o beneficio',
      'movimentar a conta', 'mexer na conta'].flatMap((act) => ['dela', 'dele'].map((whose) => `${wish} ${act} ${whose}`))),
    'representa-la legalmente', 'representa-lo legalmente', 'representar ela legalmente', 'representar ele legalmente', 'ser representante legal dela', 'ser representante legal dele',
  ],
  // Summoned to testify about what they saw: a witness is not a party, has no defence to make and must attend and tell the
  // truth (CPP arts. 203, 206 and 218; CPC arts. 455 and 458; CP art. 342).
  witness: [
    'intimad* como testemunha', 'intimad* para depor como testemunha', 'intimad* para testemunhar', 'intimad* para ser testemunha',
    'arrolad* como testemunha', 'chamad* como testemunha', 'chamad* para testemunhar', 'chamad* para depor como testemunha',
    'convocad* como testemunha', 'convocad* para testemunhar', 'ouvid* como testemunha',
    'intimacao para testemunhar', 'intimacao como testemunha', 'intimacao para depor como testemunha', 'intimacao para ser testemunha',
    // Named a witness by a party, told in the first person ("pediu pra eu ser testemunha dele", "me arrolou como testemunha"):
    // the party who names the witness is not the client's other side (CPC art. 450; CLT art. 825).
    'eu ser testemunha', 'me arrolou como testemunha', 'me arrolaram como testemunha', 'me chamou para ser testemunha', 'me chamaram para ser testemunha',
    'me pediu para ser testemunha',
    // The summons to the client, with the office between ("intimação da delegacia para depor como testemunha").
    'para depor como testemunha', 'vou depor como testemunha', 'tenho que depor como testemunha', 'devo depor como testemunha',
    // The summons' own terms and the client's role told in the first person ("sou testemunha", "vou ter que testemunhar").
    'na condicao de testemunha', 'na qualidade de testemunha', 'depoimento como testemunha', 'inquerito como testemunha', 'policial como testemunha',
    'delegacia como testemunha', 'sou testemunha', 'serei testemunha', 'vou ser testemunha', 'vou testemunhar', 'tenho que testemunhar', 'vou ter que testemunhar',
    'preciso testemunhar', 'vou como testemunha', 'vou so como testemunha', 'vou apenas como testemunha',
    // The summons' role told plainly ("é pra ir como testemunha", "só como testemunha").
    'ir como testemunha', 'comparecer como testemunha', 'ir de testemunha', 'so como testemunha', 'apenas como testemunha', 'somente como testemunha',
    // The summons read back ("no papel está escrito que é como testemunha", "disseram que era pra testemunhar"): the role the summons gives.
    ...['e', 'era'].flatMap((is) => [`${is} como testemunha`, `${is} pra testemunhar`, `${is} para testemunhar`]),
    // A bystander who saw it and knows neither side, told without the word ("eu só vi a briga da janela, não conheço nenhum dos dois").
    'presenciei', 'presenciamos', 'so vi a briga', 'so vi o acidente', 'so vi a discussao', 'so vi o assalto', 'so vi o roubo', 'so vi de longe', 'so vi da janela',
    'vi tudo da janela', 'nao conheco nenhum dos dois', 'nao conhecia nenhum dos dois', 'nao conheco nenhuma das partes', 'nao conheco nenhum dos envolvidos',
    'nao conhecia nenhum dos envolvidos', 'nao conheco ninguem envolvido',
    // Only present where it happened ("eu só tava lá e vi tudo", "só vi o cara quebrar a garrafa"): a bystander told without the word,
    // who owes the police their account and is no party to the inquiry (CPP arts. 202-203). A victim or an accused is more (`NOT_ONLY_WITNESS_NOTES`).
    'so tava la e vi', 'so estava la e vi', 'so tava ali e vi', 'so estava ali e vi', 'so vi o cara', 'so vi os caras',
  ],
  // The client bought the property by a private contract never deeded ("contrato de gaveta", a promise of sale): the deed is asked
  // of the seller or of the seller's estate (adjudicação compulsória, CC arts. 1.417-1.418), whose inventory is only the reason it waits.
  'property-bought': [
    'contrato de gaveta', 'compromisso de compra e venda', 'promessa de compra e venda', 'adjudicacao compulsoria', 'outorgar a escritura', 'outorga da escritura',
    // The same purchase told by its everyday name, the good or the deal "de gaveta" ("comprei minha casa de gaveta"): a private promise never deeded.
    'comprei de gaveta', 'compramos de gaveta', 'compra de gaveta', 'venda de gaveta', 'casa de gaveta', 'terreno de gaveta', 'lote de gaveta', 'apartamento de gaveta', 'imovel de gaveta',
  ],
  'vehicle-not-transferred': [
    'nao transferiu', 'nunca transferiu', 'nao fez a transferencia', 'nunca fez a transferencia', 'transferencia do veiculo', 'transferir o veiculo', 'obrigado a transferir',
    'nao foi transferido', 'nunca foi transferido', 'nao foi transferida', 'nunca foi transferida',
    // The vehicle named by its kind ("transferir o carro", "não passou a moto pro nome dele").
    'transferir o carro', 'transfira o carro', 'transferencia do carro', 'nao passou o carro', 'passar o carro pro nome', 'passar o carro para o nome',
    'transferir a moto', 'transfira a moto', 'transferencia da moto', 'nao passou a moto', 'passar a moto pro nome', 'passar a moto para o nome',
  ],
  // The client asks to retire: the remedy is a benefit, and the jobs told are the contribution record.
  // The client's own insurer refused the claim: the theft, the crash or the fire reported is the insured event, not the case.
  'insurance-refused': [
    'seguradora nao quer pagar', 'seguradora nao quis pagar', 'seguradora negou', 'seguradora se recus*', 'seguradora recusou', 'negativa da seguradora',
    'negativa de sinistro', 'negou o sinistro', 'negaram o sinistro', 'seguro nao quer pagar', 'seguro negou', 'recusa de indenizacao do seguro',
  ],
  // The client summoned by the police to a police station (an act of the inquiry, CPP art. 6º), told as the summons received: read
  // with the client's role (a complainant or a witness is heard as such; `ROUTE_RULES['police-summons']`).
  'police-summons': [
    ...['intimacao', 'intimacao pra eu', 'intimacao para eu', 'intimacao pra', 'intimacao para', 'intimad* pra', 'intimad* para', 'intimad* a', 'chamad* pra', 'chamad* para'].flatMap((summons) =>
      ['ir na delegacia', 'ir a delegacia', 'comparecer na delegacia', 'comparecer a delegacia', 'depor na delegacia', 'prestar esclarecimentos na delegacia'].map((go) => `${summons} ${go}`)),
    'intimacao da delegacia', 'intimacao da policia', 'intimacao da policia civil', 'intimacao da policia federal', 'intimacao policial', 'intimacao do delegado',
    'me intimaram pra depor', 'me intimaram para depor', 'me chamaram na delegacia', 'me chamaram pra depor na delegacia',
  ],
  // Accused in a criminal case: charged by the prosecution, indicted or investigated; the remedy is a criminal defence.
  'criminal-defence': [
    'ministerio publico me denunciou', 'promotor me denunciou', 'promotoria me denunciou', 'fui denunciad* por', 'denuncia do ministerio publico',
    'resposta a acusacao', 'defesa criminal', 'me defender da acusacao', 'me defender dessa acusacao', 'me defender desta acusacao', 'me defender das acusacoes',
    'me defender dessas acusacoes', 'me defender da denuncia', 'me defender dessa denuncia', 'me defender no processo criminal', 'me defender nesse processo criminal', 'me defender na acao penal',
    'processo criminal contra mim', 'acao penal contra mim', 'fui indiciad*', 'como investigad*', 'sou investigad*',
    // The police searching the client's home or office under a warrant: the client is the target of the investigation (CPP art. 240).
    'busca e apreensao na minha casa', 'busca e apreensao em casa', 'busca e apreensao no meu escritorio', 'busca e apreensao na minha empresa', 'busca na minha casa',
    'alvo da operacao', 'alvo de operacao', 'alvo de uma operacao', 'alvo de busca', 'alvo da busca',
    // Prosecuted for a death told in everyday words ("tá sendo processado pela morte do rapaz", "vai responder pela morte"): a
    // prosecution for homicide, culpable or not (CP art. 121; CTB art. 302), whose defence is the case. Damages for a death are
    // asked by the family ("a família pede indenização"), never "processado pela morte".
    'processad* pela morte', 'processo pela morte', 'responder pela morte', 'respondendo pela morte', 'acusad* pela morte', 'acusad* da morte',
    'denunciad* pela morte',
    // The client told they will or may answer for a named crime ("o policial falou que eu posso responder por receptação"): the suspect
    // of an inquiry, whose defence is the case (CPP arts. 6º V and 14), whatever was bought, lent or signed.
    ...CHARGEABLE_AS.flatMap((answer) => CRIME_NAMES.map((crime) => `${answer} ${crime}`)),
    'policia esteve na minha casa com', 'policia veio na minha casa com', 'policia bateu na minha casa com', 'policia federal esteve na minha casa',
    'policia federal veio na minha casa', 'policia federal bateu na minha casa', 'policia civil esteve na minha casa', 'policia civil bateu na minha casa',
  ],
  // A benefit the INSS pays to a prisoner's or a dead insured's dependants (auxílio-reclusão, pensão por morte: Lei 8.213 arts. 74 and 80),
  // asked by the family: the arrest or the death is the fact that gives rise to it.
  'dependant-benefit': [
    'auxilio reclusao', 'familia de preso', 'familia do preso', 'familia de presidiario', 'dependentes do preso', 'dependentes de preso', 'dependentes do segurado preso',
    // The same benefit by its everyday names ("bolsa presidiário", "o auxílio do preso"); asked by a relative of someone held, it is
    // also read across a message (`NoteExtractor`: `RELATIVE_HELD` and a benefit asked).
    'auxilio presidiario', 'bolsa presidiario', 'bolsa preso', 'auxilio do preso', 'auxilio de preso', 'beneficio do preso', 'beneficio de preso',
    // The dead insured's pension from the INSS and its share among dependants (rateio, Lei 8.213 art. 77),
    // as the ex-spouse who received support asks it (art. 76 §2).
    'pensao dele pelo inss', 'pensao dela pelo inss', 'pensao dele no inss', 'pensao dela no inss',
    'cota da pensao', 'cota parte da pensao', 'rateio da pensao', 'desdobramento da pensao',
    // The pension asked of the INSS and refused, told without naming it "por morte": a body's refusal, not a parent's.
    'pedi a pensao e negaram', 'pedi a pensao e indeferiram', 'pedi a pensao e foi negada', 'pedi a pensao e foi indeferida', 'pensao no inss', 'pensao pelo inss', 'pensao ao inss',
    // The dead partner's pension ("a pensão do meu falecido"). Not "o INSS negou a pensão": its words are `opponent-inss`'s.
    'pensao do meu falecido', 'pensao da minha falecida', 'pensao do falecido', 'pensao da falecida',
    // The same told with the death after the partner ("a pensão do meu marido que faleceu").
    ...DEAD_PARTNER_PENSION,
    // The widow's or widower's everyday words for the pension by death: "ficar com a aposentadoria dele" (Lei 8.213 art. 74; the
    // retirement ends with the death, art. 124, and the dependants receive the pension, no inventory needed, Lei 6.858/80 art. 1º).
    'ficar com a aposentadoria dele', 'ficar com a aposentadoria dela', 'ficar com a aposentadoria do meu marido', 'ficar com a aposentadoria da minha esposa',
    'aposentadoria do falecido', 'aposentadoria da falecida', 'aposentadoria do meu falecido', 'aposentadoria da minha falecida',
    'passar a aposentadoria dele', 'passar a aposentadoria dela', 'transferir a aposentadoria dele', 'transferir a aposentadoria dela',
    // The client's own share of the death pension beside another dependant (Lei 8.213 arts. 76-77). Not "dei entrada na pensão por
    // morte no INSS": a widow who has it already may be asking the employer for the dead worker's pay.
    'minha parte da pensao', 'minha cota da pensao',
    // The dead insured's retirement told as an heir's share, or as what the dependant lived on (`BENEFIT_AS_ESTATE`).
    ...BENEFIT_AS_ESTATE,
  ],
  'succession-planning': SUCCESSION_PLANNING,
  'statutory-pension': STATUTORY_PENSION,
  'business-sale': BUSINESS_SALE,
  'employer-succession': EMPLOYER_SUCCESSION,
  // Read by a matcher of its own (`NoteExtractor`), so that its words hide no other note's phrase.
  'worker-told': [],
  'co-ownership': CO_OWNERSHIP,
  'estate-good-sold': ESTATE_GOOD_SOLD,
  'eviction-sought': EVICTION_SOUGHT,
  'criminal-case-closed': CRIMINAL_CASE_CLOSED,
  'labour-rights-claimed': LABOUR_RIGHTS_CLAIMED,
  'disguised-employment': DISGUISED_EMPLOYMENT,
  'cat-refused': CAT_REFUSED,
  'commute-accident': COMMUTE_ACCIDENT,
  'benefit-conversion': BENEFIT_CONVERSION,
  'home-foreclosed': HOME_FORECLOSED,
  'usurious-lender': USURIOUS_LENDER,
  'lodging-booked': LODGING_BOOKED,
  'support-sought': SUPPORT_SOUGHT,
  'protection-sought': PROTECTION_SOUGHT,
  'labour-court': LABOUR_COURT,
  'company-partner': COMPANY_PARTNER,
  'relative-counterpart': RELATIVE_COUNTERPART,
  // The closed criminal case running again against the client (`ROUTE_RULES`: `case-reopened`; CPP arts. 18 and 593).
  'case-reopened': CASE_REOPENED,
  'home-lent': HOME_LENT,
  'wrongful-arrest': WRONGFUL_ARREST,
  'police-power-fine': POLICE_POWER_FINE,
  'place-interdicted': PLACE_INTERDICTED,
  'demolition-ordered': DEMOLITION_ORDERED,
  'custody-defended': CUSTODY_DEFENDED,
  'traffic-fine-contested': TRAFFIC_FINE_CONTESTED,
  'fine-appealed': FINE_APPEALED,
  // Read across a sentence (`NoteExtractor`: a subdivision and its irregularity in one sentence), not by a phrase of its own.
  'irregular-subdivision': [],
  // Read across a sentence (`NoteExtractor`: a property and no owner ever claiming it, in one sentence), not by a phrase of its own.
  'unopposed-possession': [],
  // Read across a sentence (`NoteExtractor`: the late owner's heirs or kin claiming the place or the occupant out), not by a phrase of its own.
  'owners-kin-claim': [],
  'store-search': STORE_SEARCH,
  'partner-spouse-entry': PARTNER_SPOUSE_ENTRY,
  'boundary-encroachment': BOUNDARY_ENCROACHMENT,
  'tax-contested': TAX_CONTESTED,
  // A parcel from abroad taxed on arrival, told in the client's words ("a taxa de importação", "a taxa dos Correios", "foi taxada",
  // "aviso de tributação", the Remessa Conforme): the import tax of the simplified regime (DL 1.804/80 art. 2º; Lei 14.902/24) and
  // the ICMS collected with it, charged by the Receita and the State through the post or the courier, the addressee its taxpayer
  // (DL 37/66 art. 31 II). Disputing it (the amount, the rate, a refund: CTN arts. 19 and 165) is a tax case (ROUTE_RULES).
  'parcel-taxed': [
    'taxa de importacao', 'taxa da importacao', 'taxas de importacao', 'imposto de importacao', 'impostos de importacao', 'taxa dos correios', 'taxa do correio',
    'taxa da receita', 'aviso de tributacao', 'remessa conforme', 'foi taxada', 'foi taxado', 'foram taxadas', 'foram taxados', 'fui taxado', 'fui taxada',
    'veio taxada', 'veio taxado', 'taxou meu', 'taxou minha', 'taxou o meu', 'taxou a minha', 'taxaram meu', 'taxaram minha', 'taxaram o meu', 'taxaram a minha',
    'foi tributada', 'foi tributado', 'foram tributadas', 'foram tributados', 'veio tributada', 'veio tributado', 'a tributacao veio', 'reais de tributacao',
    'tributacao da encomenda', 'tributacao do pacote', 'tributacao da compra', 'tributacao da remessa',
  ],
  // What the seller owes on a purchase from a shop, at home or abroad: the goods never came or were lost on the way, came
  // wrong, broken or empty, or the purchase was withdrawn from (CDC arts. 18, 35 and 49): the seller's case, whatever tax was paid.
  'order-failed': [
    'nunca chegou', 'nao chegou', 'ainda nao chegou', 'nunca recebi', 'nao recebi o produto', 'nao recebi a encomenda', 'nao recebi o pacote', 'produto nao entregue',
    'foi extraviad*', 'extraviaram', 'extraviou', 'pacote extraviado', 'encomenda extraviada', 'rastreio parou', 'caixa vazia', 'produto diferente',
    'diferente do que eu comprei', 'diferente do que comprei', 'veio errado', 'veio errada', 'tamanho errado', 'cor errada', 'modelo errado', 'veio quebrad*',
    'veio com defeito', 'chegou com defeito', 'chegou quebrad*', 'nao funciona', 'nao liga', 'desisti da compra', 'direito de arrependimento', 'cancelar a compra',
    'reembolso da compra', 'reembolso do produto', 'valor da compra',
  ],
  'supply-reconnection': SUPPLY_RECONNECTION,
  // Who cut the water or the power decides the route (`landlord-named`, `supplier-named` in `ROUTE_RULES`, only with `supply-cut`).
  'landlord-named': LANDLORD_NAMED,
  'supplier-named': SUPPLIER_NAMED,
  'supply-cut': SUPPLY_CUT_ANY,
  // The client's vehicle served by a business (a garage, a car wash, a fuel station): the `vehicle-serviced` rule in `ROUTE_RULES`.
  'vehicle-serviced': VEHICLE_SERVICED,
  'goods-for-resale': GOODS_FOR_RESALE,
  // A business's supplier or its delivery of a load or a lot (`BUSINESS_SUPPLY`): weighs only with a client who is a company or an MEI.
  'business-supply': BUSINESS_SUPPLY,
  'common-area': COMMON_AREA,
  'neighbour-leak': NEIGHBOUR_LEAK,
  'neighbour-works': NEIGHBOUR_WORKS,
  // Read across a sentence (`NEIGHBOUR_ANIMALS_HARM`), not by a phrase of its own.
  'neighbour-animals': [],
  // Read across a sentence (`mentionsOwnSideReportedForTaking`), not by a phrase of its own.
  'reported-for-taking': [],
  // Read across a sentence (`mentionsSuperiorNameCalling`), not by a phrase of its own.
  'superior-name-calling': [],
  // Read across a sentence (`mentionsSuperiorAbuse`), not by a phrase of its own.
  'superior-abuse': [],
  // Read in a sentence (`NoteExtractor`: a complaint and the human resources told together), not by a phrase of its own.
  'hr-told': [],
  // Read across a sentence (`HAZARD_EVENT`, `HAZARD_SOURCE`), not by a phrase of its own.
  'neighbour-hazard': [],
  // Read across a sentence (`SUPPLIER_CONTRACTED`, `SUPPLIER_REGISTERED`), not by a phrase of its own.
  'supplier-hired': [],
  // Read across a sentence (`TRADE_HIRED`), not by a phrase of its own.
  'tradesman-hired': [],
  // Read across a sentence (`PROVIDER_INFORMAL`), not by a phrase of its own.
  'provider-informal': [],
  // Read across a message (`WORKED_FOR`, `HURT_AT_WORK`), not by a phrase of its own.
  'work-injury': [],
  // Read across a sentence (`CHARGED_TO_WORKER`, `WORK_DAMAGE`), not by a phrase of its own.
  'damage-charged-to-worker': [],
  // Read across a sentence (`COMMISSION_WITHHELD`), not by a phrase of its own.
  'commissions-withheld': [],
  // Read across a message (`HELD_AT_WORK`, `FORCED_LABOUR_MARKS`), not by a phrase of its own.
  'forced-labour': [],
  'thing-hired': THING_HIRED,
  'assistance-benefit': ASSISTANCE_BENEFIT,
  tenant: TENANT,
  'own-rent-late': OWN_RENT_LATE,
  'hit-and-run': HIT_AND_RUN,
  'parked-vehicle-damaged': PARKED_VEHICLE_DAMAGED,
  // Read by lexicons of their own (`NoteExtractor`: `BELONGINGS_TAKEN`, `DOCUMENTS_LOST`, `POLICE_REPORT_ASKED`, `KEEPER_ASKED`), so that their longer
  // phrases ("roubaram meu celular") take no token from the victim's own ("roubaram meu").
  'belongings-taken': [],
  'documents-lost': [],
  'police-report-asked': [],
  'keeper-asked': [],
  // Read by a pattern (`NoteExtractor`: `AUTHOR_ASKED`), not by a phrase of its own.
  'author-asked': [],
  'buyer-transfer-sought': BUYER_TRANSFER_SOUGHT,
  'property-sold': PROPERTY_SOLD,
  'mandate-granted': MANDATE_GRANTED,
  'deed-sought': DEED_SOUGHT,
  'social-benefit': SOCIAL_BENEFIT,
  'own-ex-partner': OWN_EX_PARTNER,
  'retirement-sought': [
    'me aposentar', 'quero aposentar', 'posso aposentar', 'consigo aposentar', 'da pra aposentar', 'da para aposentar',
    'pedir a aposentadoria', 'pedir aposentadoria', 'pedir minha aposentadoria', 'dar entrada na aposentadoria', 'dar entrada na minha aposentadoria',
    // The time still missing to retire ("tô quase completando o tempo pra aposentar"), and the period asked to count for it.
    'tempo pra aposentar', 'tempo para aposentar', 'tempo pra me aposentar', 'tempo para me aposentar', 'conte pra minha aposentadoria', 'conte para minha aposentadoria',
    'conte para a minha aposentadoria', 'contar pra minha aposentadoria', 'contar para minha aposentadoria', 'contar para a minha aposentadoria',
  ],
  'bank-contested': BANK_CONTESTED,
  'product-defect': PRODUCT_DEFECT,
  'condominium-charge': CONDOMINIUM_CHARGE,
  'partners-dispute': PARTNERS_DISPUTE,
  'meter-fraud-notice': METER_FRAUD_NOTICE,
  // A payroll credit card on a benefit or a salary (cartão de crédito consignado, its reserved margin RMC, or the cartão benefício's
  // RCC): its own steps and action (`NOTE_KIND_STEPS`), the margin cancelled at the bank and the INSS (IN PRES/INSS 138/2022).
  'rmc-card': RMC_CARD,
  // A payroll loan or card of any kind (empréstimo, crédito or cartão consignado; its margin): a contract with the bank or the lender,
  // whose rate, deductions and payoff are a consumer's case (Súmula 297 do STJ; CDC art. 42 p.u.), the paying body only passing the
  // deduction on (Lei 10.820/03 art. 6º; for servants, their statutes' payroll decrees).
  // The card's own phrases are listed too: the longest phrase of a text is the one read, and it must name both notes.
  'payroll-loan': [...RMC_CARD, 'consignado', 'consignados', 'emprestimo consignado', 'credito consignado', 'margem consignavel', 'cartao beneficio'],
  'contract-requested': CONTRACT_REQUESTED,
  'rent-up-to-date': RENT_UP_TO_DATE,
  'no-police-report': NO_POLICE_REPORT,
  // A home given with the job, told in a sentence (`NoteExtractor`: no rent paid for the work done, the house as part of the pay).
  'job-housing': [],
  'contribution-withheld': CONTRIBUTION_WITHHELD,
  // Also read across a sentence (`NoteExtractor`: real property and a private contract of its purchase).
  'title-with-seller': TITLE_WITH_SELLER,
  'commercial-agency': COMMERCIAL_AGENCY,
  // The other side ending the contract or cutting its supply: with a business client, its business contract ended (`ROUTE_RULES`).
  'business-contract-ended': [...CONTRACT_ENDED_BY_OTHER, ...SUPPLY_STOPPED],
  // Read across a sentence (`NoteExtractor`: `DIED` and `AT_WORK` in one sentence), not by a phrase of its own.
  'work-death': [],
  // The family that asks to sue the company, or that the companies pay for what they did ("queremos processar a empresa", "que paguem
  // pelo que fizeram"): beside a death at work (`work-death`), the employer's and the taker's answer for it (CF art. 7º XXVIII; CC arts.
  // 942 and 948), a claim of the heirs in the labour courts (Súmula 392 do TST). A company sued is asked money, not a penalty (`ROUTE_RULES`).
  // Read across a message (`NoteExtractor`: the building, the utility named, and the syndic or the tariff per flat).
  'condominium-supplied': [],
  // Read across a sentence (`NoteExtractor`: the bank as what holds the client's account or money, no court's order told).
  'bank-hold': [],
  'company-sued': [
    ...['processar', 'processo contra', 'acao contra', 'entrar na justica contra', 'botar na justica', 'por na justica', 'colocar na justica'].flatMap((sue) =>
      ['a empresa', 'as empresas', 'a construtora', 'a empreiteira', 'a firma', 'a fabrica', 'a transportadora', 'a mineradora', 'a usina', 'o patrao', 'o empregador', 'os patroes']
        .map((company) => `${sue} ${company}`)),
    'paguem pelo que fizeram', 'empresa pague', 'empresa indenize', 'empresas paguem', 'construtora pague',
    // The same told with the punishment's words ("que a empresa pague pelo que fez"): a legal person pays, it is not punished (CF art. 225 §3º).
    ...['a empresa', 'a construtora', 'a firma', 'a fabrica', 'a transportadora'].flatMap((company) => [`${company} pague pelo que fez`, `${company} pague pelo que fizeram`]),
    'as empresas paguem pelo que fizeram',
  ],
  // Also read across a sentence (`BORROWED_FROM_PERSON`).
  borrower: BORROWED_BY_CLIENT,
  // Also read across a sentence (`NoteExtractor`: `PUBLIC_CARE` beside the State asked to pay).
  'state-custody': STATE_CUSTODY,
  // The police's act that harmed the client, read in a sentence only (`NoteExtractor`: `POLICE_HARM`).
  'police-act': [],
  // The provider's staff who offended or turned away the client, read in a sentence only (`NoteExtractor`: `STAFF_OFFENDED`).
  'staff-offended': [],
  // The provider's staff who hurt the client it served or damaged what it held for them, read in a sentence only (`NoteExtractor`: `STAFF_HARM`).
  'staff-harm': [],
  // A private provider refusing, barring or charging extra a disabled client, read in a sentence only (`NoteExtractor`: `PROVIDER_REFUSED`).
  'disabled-refused': [],
  // The one who harmed the client convicted, and the harm's value asked in the client's general words, each read in a sentence only
  // (`NoteExtractor`: `OFFENDER_CONVICTED`, `VALUE_CLAIMED`); together the victim's civil claim of a crime judged (`ROUTE_RULES`).
  'offender-convicted': [],
  'value-claimed': [],
  // Also read across a sentence (`NoteExtractor`: the client's own job and the contractor in one sentence). The tomadora named as the
  // labour law names it (Lei 6.019/74 art. 5º-A; Súmula 331 TST).
  'outsourced-worker': ['tomadora de servico*', 'tomador de servico*', 'tomadora dos servicos', 'tomador dos servicos', 'empresa tomadora', 'sumula 331'],
  // Read across a sentence (`NoteExtractor`: `DEAD_PARTNER`).
  'dead-partner-share': [],
  'private-employer': PRIVATE_EMPLOYER,
  // The death of someone close to the client (`CLOSE_DEATH`), told in a sentence (`NoteExtractor`): the only death condoled, the
  // first time it is told, also after a stranger's death was told ("o motorista do caminhão morreu", then "minha esposa faleceu").
  'close-death': [],
  // A child beaten by who has them in care, told in a sentence (`mentionsChildBeaten`): urgent, with the child's own channels.
  'child-beaten': [],
  // The support being enforced in court, by either side: the execution or the summons of its prison rite (CPC art. 528: pay, prove
  // the payment or justify within three days), and the support arrears charged.
  'support-enforced': [
    'execucao de alimentos', 'execucao da pensao', 'execucao de pensao', 'cumprimento de sentenca de alimentos', 'rito da prisao',
    'cobrando a pensao', 'cobrando pensao', 'cobranca da pensao', 'cobranca de pensao', 'cobrando as pensoes',
    ...['provar que paguei', 'provar que pagou', 'comprovar que paguei', 'comprovar que pagou', 'provar o pagamento', 'comprovar o pagamento'].flatMap((proof) =>
      ['ou justificar', 'ou justificar por que', 'ou justificar porque'].map((or) => `${proof} ${or}`)),
  ],
  // The client owes the support and is being made to pay it (CPC arts. 528 and 911): the debtor's defence, not the creditor's enforcement.
  'support-debtor': [
    'posso ser preso', 'posso ser presa', 'vou ser preso', 'vou ser presa', 'pra nao ser preso', 'pra nao ser presa', 'para nao ser preso', 'para nao ser presa',
    'pagar a pensao atrasada', 'pagar as pensoes atrasadas', 'pagar a pensao em atraso', 'estou devendo a pensao', 'to devendo a pensao', 'estou devendo pensao',
    'to devendo pensao', 'devo a pensao', 'devo pensao', 'execucao de alimentos contra mim', 'mandado de prisao contra mim', 'pediu minha prisao', 'pedindo minha prisao',
    // The arrears owned in the first person, the writ served on the client, the summons of the prison rite read as addressed to them.
    ...['atrasei', 'deixei de pagar', 'parei de pagar', 'nao paguei'].flatMap((owed) =>
      ['pensao', 'a pensao', 'a pensao do meu filho', 'a pensao da minha filha', 'a pensao dos meus filhos', 'a pensao das minhas filhas'].map((support) => `${owed} ${support}`)),
    'mandado de prisao no meu nome', 'mandado de prisao em meu nome',
    // The arrest decreed against the client: only the payer's can be (CPC art. 528 §3º).
    'decretou minha prisao', 'decretaram minha prisao', 'decretou a minha prisao', 'decretaram a minha prisao', 'minha prisao decretada', 'minha prisao foi decretada',
    'atras de mim com mandado de prisao', 'atras de mim com um mandado de prisao', 'nao quero ser preso', 'nao quero ser presa',
    ...['provar que paguei', 'comprovar que paguei'].flatMap((proof) => ['ou justificar', 'ou justificar por que', 'ou justificar porque'].map((or) => `${proof} ${or}`)),
  ],
  // The client pays the support (the alimentante), told in the first person: what they can ask is a revision or an exoneration
  // (CC arts. 1.699 and 1.635 III; Súmula 358 STJ), never an enforcement, which is the creditor's (CPC art. 528).
  'support-payer': [
    'pago pensao', 'pago a pensao', 'pago alimentos', 'pago os alimentos', 'estou pagando pensao', 'estou pagando a pensao', 'to pagando pensao', 'to pagando a pensao',
    'pensao que eu pago', 'pensao que pago', 'sou o alimentante', 'sou a alimentante', 'sou alimentante', 'pagar menos de pensao', 'pagar menos pensao',
    // The payer told with the children it pays for ("pago pensão pra minha filha"): the longer phrase than `SUPPORT_SOUGHT`'s.
    ...SUPPORT_PAID,
    'desconto da pensao no meu salario', 'pensao descontada no meu salario', 'pensao descontada na minha folha', 'pensao e descontada no meu salario', 'pensao e descontada na minha folha',
  ],
  // What a payer tells to ask a smaller support: less income, new costs, the wish to pay less (CC art. 1.699).
  'support-reduction': [
    'diminuir o valor', 'diminuir a pensao', 'reduzir o valor', 'reduzir a pensao', 'abaixar o valor', 'abaixar a pensao', 'baixar o valor', 'baixar a pensao',
    'reducao da pensao', 'revisao da pensao', 'revisao de alimentos', 'revisional de alimentos', 'pagar menos',
    'nao consigo pagar', 'nao consigo mais pagar', 'nao to conseguindo pagar', 'nao estou conseguindo pagar', 'nao tenho mais condicoes de pagar',
    'perdi o emprego', 'perdi meu emprego', 'fiquei desempregad*', 'estou desempregad*', 'to desempregad*', 'meu salario diminuiu', 'minha renda diminuiu',
    'ganho menos', 'menos do que eu ganhava', 'menos do que ganhava', 'tive outro filho', 'nasceu outro filho',
  ],
  // A child of age who supports themself: what ends the support owed by the parent (CC art. 1.635 III; STJ, only by a court's decision).
  'grown-child': [
    'maior de idade', 'ja e maior', 'completou 18 anos', 'completou 21 anos', 'completou 24 anos', 'completou 25 anos', 'fez 18 anos', 'fez 21 anos', 'fez 24 anos', 'fez 25 anos',
    'se formou', 'formou se', 'terminou a faculdade', 'concluiu a faculdade', 'ja trabalha', 'ja esta trabalhando', 'ja ta trabalhando', 'ja se sustenta', 'se sustenta sozinh*',
    'ja se casou', 'independente financeiramente',
  ],
  // The deed asked (`deed-sought`) of a house whose owner, a close relative, died (`close-death`), told in one message (`NoteExtractor`).
  'estate-deed': [],
  // Read across a sentence (`mentionsPlatformAccountBlocked`), not by a phrase of its own.
  'platform-account-blocked': [],
  // Read across a sentence (`BENEFIT_REFUSED`), not by a phrase of its own: the INSS's refusal words are `opponent-inss`'s.
  'benefit-denied': [],
  // The benefit not yet asked of the INSS ("ainda não dei entrada", "quero saber como pedir a pensão"): the request comes first, with
  // no denial to appeal (Lei 8.213/91 arts. 49 and 74; STF Tema 350). Its steps are the request's (`UNTAKEN_STEPS`).
  // The client runs the shop(s) told of ("tenho 2 lojas", "minhas lojas"): found by the party extractor (`OWN_BUSINESS_NOTES`),
  // whose later bare "as lojas" are the client's own establishments, not the other side.
  'own-shop': [],
  // A candidate approved and not appointed: within the vacancies of the notice (STF RE 598.099, Tema 161), or passed over by someone
  // ranked worse or by temporary hires for the same post while the exam is valid (Súmula 15 do STF; STF RE 837.311, Tema 784). Its
  // steps are the appointment's (`NOTE_KIND_STEPS`), not an elimination's. Also told as temporary hiring in a sentence (`NoteExtractor`).
  'appointment-sought': [
    'preterid*', 'pretericao', 'chamaram gente atras de mim', 'chamaram quem ficou atras', 'chamaram quem estava atras', 'chamaram candidat* atras de mim',
    'nomearam gente atras de mim', 'nomearam quem ficou atras', 'nomearam quem estava atras', 'nomearam candidat* atras de mim', 'atras de mim na classificacao',
    'ficou atras de mim', 'ficaram atras de mim', 'classificad* atras de mim', 'classificad* depois de mim', 'classificacao inferior', 'classificacao pior', 'pior classificad*',
    'pularam a minha vez', 'pularam minha vez', 'pularam a minha posicao', 'pularam minha posicao', 'pularam a minha classificacao', 'pularam minha classificacao',
    'pularam meu nome', 'pularam o meu nome', 'me pularam', 'pularam e chamaram', 'fora da ordem de classificacao', 'sem respeitar a classificacao', 'sem respeitar a ordem',
    'dentro das vagas', 'dentro do numero de vagas', 'dentro do numero das vagas', 'nao fui nomead*', 'nao me nomearam', 'ainda nao fui nomead*', 'aguardando a nomeacao',
    // Not "quero ser nomeada" alone: a curator, a guardian or an estate's administrator is appointed too ("nomeada curadora").
    'aguardando nomeacao', 'esperando a nomeacao', 'esperando nomeacao', 'direito a nomeacao',
    'nao me chamaram', 'ainda nao me chamaram', 'nao fui chamad*', 'ainda nao fui chamad*', 'ninguem foi chamado', 'ninguem foi nomeado',
  ],
  'inss-not-applied': [
    'ainda nao dei entrada', 'nao dei entrada', 'nunca dei entrada', 'ainda nao pedi', 'ainda nao fiz o pedido', 'nao fiz o pedido', 'ainda nao requeri',
    'nao fiz o requerimento', 'ainda nao fiz o requerimento', 'ainda nao entrei com o pedido', 'ainda nao fui no inss', 'ainda nao fui ao inss',
    'como dar entrada', 'quero dar entrada', 'vou dar entrada', 'preciso dar entrada', 'antes de dar entrada', 'antes de pedir',
    ...['a pensao', 'o beneficio', 'a aposentadoria', 'o auxilio', 'o bpc', 'o loas', 'o salario maternidade'].flatMap((benefit) => [`como pedir ${benefit}`, `como faco pra pedir ${benefit}`, `como faco para pedir ${benefit}`]),
  ],
  // The benefit already asked of the INSS or granted ("já dei entrada na pensão", "a pensão já foi concedida"): the pension by death is
  // then due from the death or the request as told (Lei 8.213/91 art. 74 I-II), and no term of the request runs any more.
  'benefit-requested': [
    'ja dei entrada', 'dei entrada na pensao', 'dei entrada no beneficio', 'dei entrada no pedido', 'dei entrada no inss', 'dei entrada pelo meu inss',
    'demos entrada na pensao', 'deu entrada na pensao', 'ja pedi a pensao', 'ja pedimos a pensao', 'ja requeri a pensao', 'requeri a pensao', 'fiz o pedido da pensao',
    ...['a pensao', 'o beneficio'].flatMap((benefit) => [`${benefit} ja foi concedid*`, `${benefit} foi concedid*`, `${benefit} ja saiu`, `${benefit} foi aprovad*`]),
    'concederam a pensao', 'ja concederam a pensao', 'ja recebo a pensao', 'ja estou recebendo a pensao', 'carta de concessao',
  ],
  // The spouses agree on ending the marriage (with `no-minor-children`, a divorce by deed at a notary's office, CPC art. 733).
  'divorce-agreed': [
    'de comum acordo', 'divorcio consensual', 'separacao consensual', 'divorcio amigavel', 'separacao amigavel', 'nos separar numa boa', 'separar numa boa', 'estamos de acordo',
    'os dois queremos', 'nos dois queremos', 'ambos queremos', 'decidimos nos separar', 'decidimos nos divorciar', 'decidimos pelo divorcio', 'queremos nos divorciar',
    'queremos nos separar', 'queremos o divorcio', 'queremos fazer o divorcio',
  ],
  // No child under age (nor incapable) of the couple: with the spouses agreed, nothing keeps the divorce in court (CPC art. 733).
  'no-minor-children': [
    'nao temos filhos', 'nao temos filho', 'nao tivemos filhos', 'nao tivemos filho', 'sem filhos', 'filhos ja sao maiores', 'filhos sao maiores', 'filhos maiores',
    'filhos ja sao adultos', 'filhos adultos', 'filhos ja sao casados', 'filhos sao adultos', 'filhos sao todos adultos', 'filhos sao todos maiores', 'filho nao temos',
    'filhos nao temos',
  ],
  // A creditor's bankruptcy petition against the client's company, received (Lei 11.101/05 arts. 94 and 98): not one threatened, nor the client's own.
  'bankruptcy-petition': [
    'pedido de falencia contra', 'entrou com pedido de falencia', 'entrou com um pedido de falencia', 'entraram com pedido de falencia', 'entraram com um pedido de falencia',
    'citacao de um pedido de falencia', 'citacao do pedido de falencia', 'citado num pedido de falencia', 'citados num pedido de falencia', 'citada num pedido de falencia',
    'citado em um pedido de falencia', 'citados em um pedido de falencia', 'citada em um pedido de falencia', 'recebeu um pedido de falencia', 'recebi um pedido de falencia',
    'recebemos um pedido de falencia', 'pediu a falencia da', 'pediu a nossa falencia', 'pediu a minha falencia', 'pediram a falencia', 'pedindo a falencia da',
    'pedindo pra decretar a falencia', 'pedindo para decretar a falencia',
  ],
  // The client's own mark or patent already granted by the INPI (Lei 9.279/96 arts. 129 and 42): its certificate proves it, no registration to check.
  'mark-registered': [
    'registrei a marca', 'registrei minha marca', 'registrei a minha marca', 'registrei o nome', 'registrei no inpi', 'registramos a marca', 'registramos nossa marca',
    'registramos a nossa marca', 'registramos o nome', 'registramos no inpi', 'minha marca registrada', 'minha marca e registrada', 'nossa marca registrada',
    'nossa marca e registrada', 'tenho o registro da marca', 'temos o registro da marca', 'certificado de registro', 'certificado do inpi', 'saiu a concessao',
    'carta patente', 'patente foi concedida', 'a patente concedida',
  ],
  // The client says no notice, assessment or summons of the tax authority came: there is no defence term running, and the tax may still
  // be settled of the client's own accord (denúncia espontânea, CTN art. 138).
  'no-notice-received': [
    'nao recebi notificacao', 'nao recebi nenhuma notificacao', 'nao recebi intimacao', 'nao recebi nenhuma intimacao', 'nao recebi auto de infracao',
    'nao recebi nenhum auto', 'nao chegou notificacao', 'nao chegou nenhuma notificacao', 'nao fui notificad*', 'nunca fui notificad*', 'sem notificacao nenhuma',
    'nenhuma notificacao', 'notificacao nenhuma',
  ],
};
