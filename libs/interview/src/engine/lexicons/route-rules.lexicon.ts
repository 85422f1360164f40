import { LegalAreaCode } from '../interview-engine.types';
import { ClientNote } from './client-notes.lexicon';
import { ROLE_AND_REMEDY_RULES } from './route-notes.lexicon';
import { RELATION_RULES } from './relation-routes.lexicon';

/** How a role or remedy the client stated reweighs the areas' word scores. */
export interface RouteRule {
  /** Why, for the lawyer reading the table. */
  why: string;
  /** Factor applied to each listed area's score (the other areas keep theirs). */
  factors: Partial<Record<LegalAreaCode, number>>;
  /**
   * Notes before which this rule does not apply: the other side's kind is a prior, and a remedy
   * the client states (child support, a divorce, a criminal complaint) says more about the route.
   */
  yieldsTo?: ClientNote[];
  /**
   * Areas whose discounted share goes to another area: the words still tell the case, under another law (the goods and the
   * payment of a purchase from a private person describe a civil sale, not nothing).
   */
  moves?: Partial<Record<LegalAreaCode, LegalAreaCode>>;
  /** Notes one of which must be present too for `moves` to apply (the factors apply without them). */
  movesOnlyWith?: ClientNote[];
  /** Notes any of which keeps `moves` from applying (the factors still apply): the route the client chose for those words. */
  movesUnlessWith?: ClientNote[];
  /** Notes one of which must be present too for the rule to apply at all (the remedy that makes the role decide). */
  onlyWith?: ClientNote[];
  /** Least score the note gives an area before the factors: the matter it tells names the area when no lexicon word does. */
  floors?: Partial<Record<LegalAreaCode, number>>;
}

/**
 * The trade of one a stranger hurt or whose vehicle a stranger hit (a delivery rider, a motoboy, an app driver, a diarista: "sou
 * entregador", "trabalho de motoboy"): it says what the client earns, the lucros cessantes the one who caused the harm owes beside the
 * repair and the treatment (CC arts. 186, 402, 927 and 949-950), not an employment. The labour court hears only what arises between the
 * worker and the one the work is done for (CF art. 114 I; CLT arts. 2º-3º), and the driver who caused the crash is neither; an accident
 * told against the employer (`opponent-employer`) keeps the labour route by each rule's own yields.
 */
const STRANGER_HARMED_TRADE: Partial<Record<LegalAreaCode, number>> = { trabalhista: 0.3 };

/**
 * Role and remedy decide the route, not the loudest words: the client's role (a company, a
 * seller, a parent in a child-support case) and what they want back (money from a bank, a fair
 * price from the State) discount the areas whose words only describe the background.
 */
export const ROUTE_RULES: Partial<Record<ClientNote, RouteRule>> = {
  'client-company': {
    why: 'uma empresa que compra para a sua atividade raramente é consumidora, e os seus contratos são empresariais (o ramo da outra empresa, uma construtora, só diz quem é o cliente que não paga); nem recebe benefício do INSS: a contribuição que recolhe é tributo. A locação do seu ponto, com termos próprios, continua imobiliária',
    factors: { consumidor: 0.4, civil: 0.6, previdenciario: 0.5, imobiliario: 0.7 },
    // What a company buys for its activity and sells to its customers, and who does not pay it, are commercial contracts
    // (CC arts. 966 and 481; the company that buys to produce is no final consumer, CDC art. 2º): the words go to business law.
    moves: { consumidor: 'empresarial' },
    // A worker whose "own company" is the hirer's disguise, or who claims the rights of an employment, is an employee (CLT arts. 3 and 9).
    yieldsTo: ['labour-rights-claimed', 'disguised-employment'],
  },
  'platform-account-blocked': {
    why: 'o motorista, o entregador ou o vendedor cuja conta a plataforma bloqueou pede a reativação, o saldo retido e os lucros cessantes de um contrato civil com ela (STJ CC 164.544: Justiça comum); só o vínculo de emprego pedido (o reconhecimento do vínculo, os direitos trabalhistas) faz o caso trabalhista. "Fui demitido da Uber" diz o bloqueio, e o carro alugado para rodar é o prejuízo, não uma locação em disputa',
    factors: { trabalhista: 0.5, imobiliario: 0.4 },
    yieldsTo: ['labour-rights-claimed', 'disguised-employment'],
  },
  'client-mei': {
    why: 'o MEI que compra para o seu negócio não é consumidor, e os seus contratos são de empresa; mas é segurado do INSS (contribuinte individual, art. 18-A da LC 123): o benefício que pede é previdenciário. O MEI que cobra de um particular o serviço que prestou move uma cobrança no cível',
    factors: { consumidor: 0.4, civil: 0.6 },
    yieldsTo: ['debt-collection'],
  },
  'client-seller': {
    why: 'quem vendeu não é o consumidor da venda',
    factors: { consumidor: 0.3 },
    // A salary or an account the bank holds is the case: the sale only says where a credit came from, and the client
    // is the bank's consumer (Súmula 297 do STJ).
    yieldsTo: ['blocked-income'],
  },
  'child-support': {
    why: 'em pensão de filhos, emprego, salário e o ramo do empregador (uma loja, uma construtora) descrevem a renda de quem paga, como a aposentadoria ou o benefício do INSS de que a pensão se desconta (art. 529 do CPC; art. 115 IV da Lei 8.213), e a prisão por pensão é civil',
    factors: { trabalhista: 0.5, criminal: 0.3, consumidor: 0.5, imobiliario: 0.5, previdenciario: 0.4 },
    // When the INSS refused or cut a benefit, "a pensão do meu filho" is the son's pension (por
    // morte, to an invalid son) or the one he left: a benefit, not support. A parent who died owes no support:
    // what the child asks is the death pension or the estate.
    // A father under a protective order or accused of a crime defends the criminal case: the support he pays only tells who he is.
    // The pension asked for the children of one killed or hurt in a crash is owed by who caused it (CC art. 948 II), no support; and
    // a mother who asks the protective order is in the criminal court, the support one of its measures (Lei 11.340 art. 22 V).
    // So is the pension the State owes the children of one its agent killed (CF art. 37 §6; CC art. 948 II): a public-law claim.
    yieldsTo: ['opponent-inss', 'accused', 'criminal-defence', 'death', 'dependant-benefit', 'collision-victim', 'run-over', 'protection-sought', 'state-liability'],
  },
  'support-enforced': {
    why: 'a execução de alimentos (art. 528 do CPC: pagar, provar o pagamento ou justificar em 3 dias, sob pena de prisão civil; Súmula 309 do STJ) corre na vara de família: a dispensa, a rescisão e a reclamação trabalhista do devedor dizem por que não pagou e de onde pode pagar, e a prisão que ele teme é civil',
    factors: { familia: 1.3, criminal: 0.5 },
    // The INSS's refusal of a child's benefit, a parent who died, and a father accused of a crime keep their own routes (as `child-support`).
    yieldsTo: ['opponent-inss', 'accused', 'criminal-defence', 'death', 'dependant-benefit'],
  },
  'refund-claimed': {
    why: 'reaver dinheiro do banco ou da loja depois de um golpe é pedido de consumo, mesmo com boletim de ocorrência',
    factors: { criminal: 0.4, consumidor: 1.3 },
  },
  'damages-claimed': {
    why: 'quem pede indenização ou reparação move uma ação cível, ainda que o fato também seja crime: o pedido nomeia a responsabilidade civil (arts. 186 e 927 do Código Civil) tanto quanto um termo dela, e o ramo do cliente (um salão, uma loja) só diz quem sofreu o dano',
    // Just above 1: the remedy names civil law (it is not discounted as only hinted at), without outweighing the consumer,
    // labour or administrative words that say against whom the damages are asked.
    // The INSS pays benefits, not damages: beside its benefit, the damages are asked of who caused the harm (the employer of a
    // work accident, beyond the accident insurance: CF art. 7 XXVIII; Súmula 229 do STF), and the benefit and its expert are background.
    factors: { criminal: 0.5, civil: 1.05, previdenciario: 0.6 },
    // The crime's words (the assault, the robbery, the conviction) tell the harm the damages are asked for: the civil liability is
    // independent of the criminal one (CC art. 935), asked of the author in the civil court (CPP arts. 63-64), even to enforce the
    // minimum damages a conviction fixed (CPP art. 387 IV; CPC art. 515 VI). Only when the client (or a relative) is the one the
    // crime harmed; not when the client asks the prosecution too, defends an accusation, or asks a bank or a supplier the money
    // back (a consumer's claim, CDC art. 14). The one run over or whose vehicle was hit (a drunk or fleeing driver's crime, CTB
    // arts. 303 and 305-306) is that harmed person too: the damages are the civil claim (CC arts. 186, 927 and 949-950).
    moves: { criminal: 'civil' },
    // So is the one whose own intimate images were leaked or spread (CP art. 218-C): the damages for the exposure are asked of its
    // author in the civil court (CC arts. 186, 927 and 953; CF art. 5º X; Marco Civil art. 21), often after the criminal case ended.
    movesOnlyWith: ['victim', 'violence', 'threat', 'run-over', 'collision-victim', 'own-intimate-images'],
    // Nor the victim the author now threatens with revenge or presses to drop the case (`retaliation`): a new crime (CP arts. 147 and
    // 344) whose protection comes first (CPP arts. 282 and 319 III), the damages left to the civil court after (CC art. 935).
    movesUnlessWith: ['criminal-complaint', 'accused', 'defendant', 'restrained', 'refund-claimed', 'bank-scam', 'retaliation'],
    // The accused of a crime who hears the victim's family ask for damages defends the criminal case first. The 'indenização do
    // INSS' is the auxílio-acidente (Lei 8.213 art. 86), a benefit. The victim who asks the prosecution as well ("que ele responda
    // pelo que fez e pague o que gastei") has chosen the criminal route, where the sentence fixes the minimum damages (CPP art. 387 IV).
    // So has the victim who asks to follow the inquiry or the prosecution, or to join it as the prosecution's assistant ("acompanhar o
    // processo como vítima e cobrar o conserto", "assistente de acusação e pedir indenização", `prosecution-followed`): the assistant
    // is admitted to the public action (CPP arts. 268-273) and may ask the minimum damages there (CPP art. 387 IV), the civil suit
    // waiting for the sentence it then executes (CPP arts. 63-64; CC art. 935).
    yieldsTo: ['criminal-defence', 'inss-indemnity-asked', 'criminal-complaint', 'prosecution-followed'],
  },
  'criminal-record-asked': {
    why: 'a certidão ou a ficha que ainda mostra o processo de quem foi absolvido ou já cumpriu a pena é do juízo criminal: a pena cumprida ou extinta não consta das certidões (art. 202 da LEP; art. 748 do CPP), e a reabilitação se pede ao juízo da condenação dois anos depois da extinção (arts. 93-95 do Código Penal; arts. 743-750 do CPP); o concurso, o emprego ou a vaga dizem só por que a ficha importa',
    factors: { criminal: 1.3, administrativo: 0.6, trabalhista: 0.6, civil: 0.6 },
    // The record asked names the criminal court when no crime's word is told ("fui absolvido mas o processo ainda aparece na certidão").
    floors: { criminal: 4 },
    // The exam, the job and the post the record stands in the way of (the concurso, a vigilante's licence) tell why it is asked.
    moves: { administrativo: 'criminal', trabalhista: 'criminal', civil: 'criminal' },
    // A candidate already eliminated or a worker dismissed for the record contests that act (the exam's, the employer's): its own route.
    yieldsTo: ['public-employer', 'statutory-servant', 'opponent-employer', 'labour-rights-claimed', 'state-liability', 'damages-claimed'],
  },
  'prison-visit': {
    why: 'a visita ao preso do cônjuge, da companheira, dos parentes e dos amigos (art. 41 X da LEP), a carteirinha, o rol de visitantes, a visita íntima e o jumbo se pedem à administração do presídio, e a visita suspensa ou restrita (art. 41 parágrafo único da LEP) se leva ao juiz da execução (art. 66 VI da LEP): o casamento ou a união estável que o presídio pede provar é o documento da visita, não um remédio de família',
    factors: { criminal: 1.3, familia: 0.5 },
    // The union's and the marriage's words (união estável, casados no papel, companheiro) tell the visitor's tie to the prisoner.
    moves: { familia: 'criminal' },
    // The union recognised for an inheritance or a pension, the divorce from the prisoner, the custody and the support of the children
    // and the auxílio-reclusão (Lei 8.213 art. 80) are their own routes, the prison only why they are asked.
    yieldsTo: ['marital-split', 'estate-division', 'death', 'dependant-benefit', 'opponent-inss', 'custody-sought', 'child-support'],
  },
  'prosecution-followed': {
    why: 'a vítima que quer acompanhar o inquérito ou a ação penal, ou nela atuar como assistente de acusação (arts. 268-273 do CPP), escolheu a via penal, onde a sentença já fixa o valor mínimo da reparação (art. 387 IV do CPP); o "processo" que acompanha depois da condenação do autor, ou na ação que já move, é o cível',
    // Weighs no area itself: it only keeps the damages asked beside it in the criminal route (`damages-claimed`). Not once the author
    // is convicted (the sentence executed or the reparation asked in the civil court: CP art. 91 I; CPP arts. 63-64; CPC art. 515 VI;
    // CC art. 935), nor when the client's own suit already runs or the client names the civil route ("resolver no cível"): the
    // "processo" followed is then that civil claim.
    factors: {},
    yieldsTo: ['offender-convicted', 'lawsuit-running', 'civil-matter'],
  },
  'offender-convicted': {
    why: 'a condenação do autor torna certa a obrigação de indenizar o dano do crime (art. 91 I do Código Penal): a vítima que pede o valor do prejuízo, em qualquer palavra (cobrar dele, receber, o dinheiro de volta), executa a sentença penal ou pede a reparação no cível (arts. 63-64 do CPP; art. 515 VI do CPC), onde o fato e a autoria já não se discutem (art. 935 do Código Civil); o furto, o golpe ou a agressão contam o dano, e a via penal já terminou',
    // Just above 1: the claim names civil law (as `damages-claimed`), without outweighing the words that say against whom it is asked.
    // The one convicted is no supplier (CDC arts. 2º-3º): the shop he broke into, the goods he took, the invoice of the phone he stole
    // and the repair of the gate he broke tell what was lost and its value, not a purchase (CC arts. 186, 927 and 944).
    factors: { criminal: 0.5, civil: 1.05, consumidor: 0.4 },
    // The crime's words (the theft, the swindle, the conviction) tell the harm whose value is asked, and so do the purchase's.
    moves: { criminal: 'civil', consumidor: 'civil' },
    // So is the client the crime harmed (the one robbed, beaten, run over, whose intimate images were spread), the author's conviction
    // told with no claim named yet ("levei uma garrafada, o sujeito foi condenado; tenho os recibos"): the criminal route has ended for
    // the victim, whose remedy left is the reparation the conviction made certain (CP art. 91 I; CPP arts. 63-64; CPC art. 515 VI;
    // CC arts. 935 and 949-950). Not the relative of the one convicted (no victim told: the execution of the sentence, LEP art. 112).
    onlyWith: ['value-claimed', 'money-back', 'damages-claimed', 'debt-collection', 'victim', 'violence', 'run-over', 'collision-victim', 'own-intimate-images'],
    // The victim who asks the prosecution still, follows it as the prosecution's assistant (the appeal for a higher sentence, CPP arts.
    // 268 and 598), or asks protection from the convicted author's threat now, stays in the criminal court; the client accused or sued
    // defends; a scam that went through a bank is asked of the bank (CDC art. 14; Súmula 479 do STJ); the spouse convicted of violence
    // whom the client divorces is a family case (CC art. 1.571; Lei 11.340 art. 14-A).
    // So does the victim of the author's revenge sworn or veiled (`retaliation`: "disse que vai terminar o serviço"): the coercion of a
    // victim is a crime of its own and the release's conditions are the criminal court's (CP art. 344; LEP arts. 66 and 118).
    yieldsTo: ['criminal-complaint', 'threat', 'protection-sought', 'prosecution-followed', 'accused', 'criminal-defence', 'defendant', 'restrained', 'bank-scam', 'refund-claimed', 'marital-split',
      'retaliation'],
  },
  // The client a stranger beat, robbed or bit, asking that person the loss (the treatment, the days without work).
  victim: {
    why: 'quem foi agredido, roubado ou ferido por um estranho (um cliente, um passageiro, quem passava) e pede a ele o que gastou e o que deixou de ganhar move a reparação no cível (arts. 186, 402, 927 e 949-950 do Código Civil; art. 63 do CPP): o ofício de quem conta (entregador, motoboy, diarista) diz o que perdeu, não um emprego com quem lhe causou o dano',
    factors: STRANGER_HARMED_TRADE,
    // The trade's words tell the earnings lost, a head of the civil damages.
    moves: { trabalhista: 'civil' },
    onlyWith: ['damages-claimed', 'value-claimed'],
    // The harm told against the employer (the assault at work, the loss docked from the pay, the accident it did not report) is the
    // worker's labour claim (CLT arts. 2º, 462 §1º; Lei 8.213 arts. 21 II a and 22; CF art. 114 VI).
    // So is a superior's insult (`superior-name-calling`), an offence of the employer to the worker's honour (CLT arts. 223-B and 483 e).
    yieldsTo: ['opponent-employer', 'labour-rights-claimed', 'work-injury', 'cat-refused', 'clt-employee', 'damage-charged-to-worker', 'disguised-employment', 'coerced-resignation', 'labour-court',
      'superior-name-calling', 'superior-abuse'],
  },
  'insurance-refused': {
    why: 'o segurado a quem a seguradora nega a indenização tem um pedido de consumo (art. 3º §2 do CDC): o roubo, o furto ou a batida do boletim de ocorrência é o sinistro coberto, não o caso',
    // The insured's own crash (into a post, a wall, alone) is the covered event too: its words describe the claim (CC arts. 757 and
    // 768), not a liability between drivers. Who was hit by another claims from that driver and his insurer (Súmula 529 do STJ).
    factors: { consumidor: 1.3, criminal: 0.5, civil: 0.7 },
    yieldsTo: ['collision-victim', 'run-over'],
  },
  'damages-suit-served': {
    why: 'quem foi citado numa ação de indenização se defende no cível, no prazo da contestação (art. 335 do CPC), ainda que o mesmo fato seja investigado no crime: a responsabilidade civil é independente da criminal (art. 935 do Código Civil), e o inquérito não suspende o prazo',
    factors: { criminal: 0.5, civil: 1.05 },
    // The inquiry's words (the delegacia, the lesão corporal culposa it investigates) tell the harm the suit asks damages for.
    moves: { criminal: 'civil' },
  },
  'collection-suit-served': {
    why: 'quem foi citado numa ação de cobrança ou monitória se defende no cível, no prazo da contestação ou dos embargos (arts. 335 e 702 do CPC), seja o credor um banco, uma escola ou uma academia: o contrato e as defesas de consumo que houver são discutidos dentro dessa defesa',
    factors: { consumidor: 0.5, civil: 1.05 },
    // The contract's words (the card, the tuition, the plan) tell the debt the suit collects.
    moves: { consumidor: 'civil' },
  },
  'criminal-defence': {
    why: 'quem foi denunciado, indiciado ou é investigado precisa de defesa criminal (resposta à acusação, art. 396-A do CPP): o acidente, o seguro, a indenização pedida pela vítima, o emprego onde o fato teria ocorrido (o patrão que registra o furto) e o benefício do INSS sacado ou obtido indevidamente (o objeto do estelionato previdenciário, art. 171 §3º do Código Penal, que a autarquia também cobra de volta) são o contexto',
    factors: { criminal: 1.5, civil: 0.5, trabalhista: 0.6, previdenciario: 0.5 },
    // Served a suit for damages, the client defends it within its term whatever the inquiry: that defence is the case.
    // Nor once the inquiry is archived or the client acquitted (`criminal-case-closed`): no defence is left to make (CPP arts. 18, 28
    // and 386), and the damages asked of the accuser are a civil claim (CC arts. 186, 927 and 953); the prosecution's appeal, the
    // inquiry reopened or a new accusation (`case-reopened`) keeps the defence, as `criminal-case-closed` yields to it.
    yieldsTo: ['damages-suit-served', 'criminal-case-closed'],
  },
  // Named to the police as a taking's author, the client or a relative is the accused of furto, apropriação or estelionato (CP arts. 155, 168, 171; CPP arts. 5º II, 14).
  'reported-for-taking': {
    why: 'o cliente ou o parente que outro apontou à polícia como autor de furto, apropriação indébita ou estelionato (arts. 155, 168 e 171 do Código Penal) é o investigado do inquérito (arts. 5º II e 14 do CPP) e precisa de defesa criminal: o emprego, o condomínio, a locação, a sociedade, a família ou a loja onde a coisa teria sumido são só o cenário',
    factors: { criminal: 1.5, trabalhista: 0.6, imobiliario: 0.5, empresarial: 0.5, familia: 0.6, previdenciario: 0.5, consumidor: 0.5, civil: 0.5 },
    // The setting's words (the job, the lease, the condominium, the partnership) tell where the taking was alleged.
    moves: { trabalhista: 'criminal', imobiliario: 'criminal', empresarial: 'criminal', familia: 'criminal', previdenciario: 'criminal', consumidor: 'criminal', civil: 'criminal' },
    // The worker who asks the job's dues or the dismissal undone, or who sues the shop that searched them or the money the accusation cost, claims against the accuser
    // instead; a job told by its worker against the employer is weighed by the labour and defence notes; the victim filing the complaint is the offended.
    // Nor once that report's inquiry is archived or the client acquitted (`criminal-case-closed`: CPP arts. 18, 28 and 386).
    yieldsTo: ['criminal-case-closed', 'labour-rights-claimed', 'reinstatement', 'coerced-resignation', 'damage-charged-to-worker', 'damages-claimed', 'money-back', 'store-search', 'company-sued',
      'opponent-employer', 'worker-told', 'criminal-complaint', 'victim'],
  },
  // A superior who calls the worker names as a habit or before others offends the worker's honour: rescisão indireta and moral damages (CLT arts. 483 e, 223-B; CC art. 932 III).
  'superior-name-calling': {
    why: 'o chefe, o encarregado ou o dono que xinga o empregado por hábito ou na frente dos outros ofende a honra do trabalhador: é falta grave do empregador (rescisão indireta, art. 483 e da CLT) e dano moral que o empregador responde (art. 223-B da CLT; art. 932 III do Código Civil), na Justiça do Trabalho (art. 114 VI da Constituição); a loja, a clínica ou a obra são só o local de trabalho',
    factors: { trabalhista: 1.5, civil: 0.5, consumidor: 0.5, empresarial: 0.5, imobiliario: 0.5 },
    // The workplace's words (the shop, the clinic, the building site) tell where the worker works, not a customer's or an owner's case.
    moves: { civil: 'trabalhista', consumidor: 'trabalhista', empresarial: 'trabalhista', imobiliario: 'trabalhista' },
    // Only the worker who tells the job: a shop's manager who insults a customer, or a landlord ("o dono da casa"), is no superior.
    onlyWith: ['worker-told'],
  },
  // A superior who shouts at or humiliates the worker abuses the employer's power: rigor excessivo or offence to the worker's dignity,
  // and moral harassment when it repeats (CLT arts. 483 b and e, 223-B to 223-G; CC art. 932 III; CF art. 114 VI).
  'superior-abuse': {
    why: 'o chefe, o encarregado, o gerente ou o dono que grita com o empregado, o humilha ou o esculacha abusa do poder de direção do empregador: é rigor excessivo ou ofensa à dignidade do trabalhador (art. 483 b e e da CLT) e, quando se repete, assédio moral, dano extrapatrimonial que o empregador responde (arts. 223-B a 223-G da CLT; art. 932 III do Código Civil), na Justiça do Trabalho (art. 114 VI da Constituição); a loja, a obra ou o escritório são só o local de trabalho',
    factors: { trabalhista: 1.5, civil: 0.5, consumidor: 0.5, empresarial: 0.5, imobiliario: 0.5 },
    // The workplace's words (the shop's window, the building site, the office) tell where the worker works, not a customer's case.
    moves: { civil: 'trabalhista', consumidor: 'trabalhista', empresarial: 'trabalhista', imobiliario: 'trabalhista' },
    // Only the worker who tells the job: a bank's manager who shouts at a customer, or a landlady ("a dona da casa"), is no superior.
    onlyWith: ['worker-told'],
    // The shout told with the job and no lexicon word of the labour law ("meu supervisor gritou comigo", "trabalho numa loja") still
    // names the labour court (CF art. 114 I and VI).
    floors: { trabalhista: 2 },
    // The client who asks the offender prosecuted (a queixa-crime, a police report wished, the prosecution followed), or who tells a crime
    // beyond the shout (a blow, a threat, a revenge, a sexual abuse), has chosen the criminal route or has a crime to report first
    // (CP arts. 129, 138-140, 147 and 344; CPP arts. 5º and 30): the job is its setting.
    yieldsTo: ['criminal-complaint', 'prosecution-followed', 'violence', 'threat', 'retaliation', 'child-sexual-abuse', 'accused', 'criminal-defence', 'police-summons'],
  },
  // The employer told by the worker, through its human resources, of a superior's or a colleague's aggression or harassment, and doing
  // nothing: the employer answers for its employees and for the safe workplace it owes (CLT arts. 483 c and e, 223-B to 223-G; CC arts.
  // 932 III and 933; CF art. 114 VI).
  'hr-told': {
    why: 'o empregado que levou ao RH a agressão, o assédio ou a ofensa de um chefe ou de um colega tem contra o empregador, que sabia e nada fez, a rescisão indireta e a indenização (art. 483 c e e da CLT; arts. 223-B a 223-G; o empregador responde pelos seus empregados, arts. 932 III e 933 do Código Civil), na Justiça do Trabalho (art. 114 VI da Constituição): o soco, o boletim de ocorrência e o inquérito contam o dano',
    factors: { trabalhista: 1.3, criminal: 0.6 },
    // The crime's words (the blow, the police report, the inquiry) tell the harm the employer let happen.
    moves: { criminal: 'trabalhista' },
    // The worker who asks the offender prosecuted or protection from him, or who is the accused, has chosen the criminal route; a public
    // servant's complaint is the administration's.
    yieldsTo: ['criminal-complaint', 'prosecution-followed', 'protection-sought', 'accused', 'criminal-defence', 'police-summons', 'public-employer', 'statutory-servant'],
  },
  'police-summons': {
    why: 'quem a polícia intima a comparecer à delegacia num inquérito (art. 6º do CPP) sem ter registrado a ocorrência nem ser chamado como testemunha é ouvido como suspeito: precisa de defesa já na oitiva (direito ao silêncio, art. 5º LXIII da Constituição; acesso aos autos, Súmula Vinculante 14; advogado no depoimento, art. 7º XXI da Lei 8.906). A dispensa por justa causa e o emprego de onde veio a acusação são o fato investigado, e a reclamação trabalhista vem depois',
    factors: { criminal: 1.3, trabalhista: 0.5, civil: 0.6 },
    // The dismissal's words (a justa causa for the cash that went missing) tell the fact the inquiry investigates.
    moves: { trabalhista: 'criminal' },
    // The complainant heard on their own report, a witness, a victim, and the worker who asks the labour rights now: their own routes.
    // A benefit the INSS cut or claims back is defended against it, the police hearing on the same benefit beside it.
    yieldsTo: ['witness', 'victim', 'police-report-filed', 'criminal-complaint', 'labour-rights-claimed', 'reinstatement', 'coerced-resignation', 'bank-scam', 'refund-claimed', 'money-back', 'child-support', 'marital-split', 'violence', 'opponent-inss'],
  },
  expropriation: {
    why: 'na desapropriação o imóvel é o objeto; a discussão é com o Poder Público',
    factors: { imobiliario: 0.4 },
  },
  'irregular-subdivision': {
    why: 'quem comprou um lote num loteamento irregular ou clandestino (sem aprovação da prefeitura, sem registro, sem as obras prometidas) tem os remédios da Lei 6.766/79 contra o loteador: suspender as prestações e depositá-las no registro de imóveis (art. 38), a regularização e as obras à custa dele (arts. 40 e 47), a devolução do que pagou; o loteador responde também pelo crime (art. 50). A prefeitura que não aprovou, não liga a água ou notificou a irregularidade só diz por que o lote não se escritura: caso imobiliário',
    factors: { imobiliario: 1.3, administrativo: 0.5 },
    // The city's words (the approval it never gave, its notice, the water it will not connect) tell the subdivision's irregularity.
    moves: { administrativo: 'imobiliario' },
    // A fine of the police power or an expropriation is the public body's own act, defended against it.
    yieldsTo: ['police-power-fine', 'expropriation'],
  },
  'unopposed-possession': {
    why: 'quem ocupa como seu, há anos e sem que o dono ou os herdeiros jamais o reclamassem, a casa, o terreno ou a terra de outro (o dono que sumiu, morreu ou nunca apareceu) adquire a propriedade por usucapião (arts. 1.238-1.242 do Código Civil; art. 183 da Constituição; extrajudicial, art. 216-A da Lei 6.015): o pedido é imobiliário; a morte do dono, o parentesco com ele e as reformas feitas contam de quem era o imóvel, contra quem corre a posse e a posse com ânimo de dono, não uma herança nem um dano',
    factors: { imobiliario: 1.3, familia: 0.5, civil: 0.6 },
    // The owner's death and family (the heirs who never came) and the works done on the property (the wall, the renovation, the
    // improvements: CC art. 1.238 par. único) tell the possession and against whom it runs (CPC art. 246 §3: the owner of record and
    // the neighbours are served).
    moves: { familia: 'imobiliario', civil: 'imobiliario' },
    // Heirs who divide the estate of their own parent, or a couple splitting their home, are in a family case (CC arts. 1.784 and 1.658).
    yieldsTo: ['estate-division', 'marital-split'],
  },
  'owners-kin-claim': {
    why: 'os herdeiros ou parentes do dono que morreu (os filhos, os sobrinhos, os primos, a família dele) que dizem que a casa ou a terra é deles, ou querem o ocupante fora, reivindicam o imóvel contra quem o ocupa há anos, o comprou sem escritura ou o recebeu emprestado: a reintegração, a reivindicatória, a defesa pela usucapião, a adjudicação compulsória contra o espólio ou as benfeitorias do comodatário (arts. 1.196-1.238, 1.417-1.418 e 1.219 do Código Civil; arts. 554-568 do CPC; Súmula 237 do STF e 239 do STJ): caso imobiliário; a morte, a herança e o inventário dos outros dizem só quem reclama. Não o herdeiro que disputa com os co-herdeiros, nem o viúvo ou companheiro diante dos enteados',
    factors: { imobiliario: 1.3, familia: 0.5, civil: 0.6 },
    // The owner's death, his kin and the inventory they want tell who claims the place; the works done on it tell the possession.
    moves: { familia: 'imobiliario', civil: 'imobiliario' },
    // A couple's home in a divorce, or a share bought of the client's own ex-partner, is divided between them (CC arts. 1.658 and 1.725).
    // A caretaker or a worker housed by the owner (the caseiro) asks the late employer's estate for the rights of the job (CLT arts. 2-3
    // and 458; Lei 5.889/73), the house being part of the pay.
    yieldsTo: ['marital-split', 'own-ex-partner', 'labour-rights-claimed', 'job-housing', 'worker-told', 'clt-employee', 'opponent-employer'],
  },
  'private-seller': {
    why: 'a compra, o aluguel ou o serviço combinado com um particular que não vende, não aluga nem presta serviço por ofício não é relação de consumo (art. 3º do CDC): o vício, o sinal e o serviço não feito são discutidos no direito civil (arts. 389, 418, 441 e 475 do Código Civil)',
    // The civil remedy is named by the role as a civil term would (not discounted as only hinted at).
    // A job done by a private person whose day job is a trade ("o porteiro do prédio fez a pintura", "um pedreiro conhecido") is a
    // service contract between private persons (CC arts. 593-609; empreitada, arts. 610-626), no employment of the client's: the trade
    // names the provider, not a worker claiming from an employer (CLT arts. 2-3).
    factors: { consumidor: 0.3, civil: 1.1, trabalhista: 0.5 },
    // The purchase words (the good, the price, the defect, the payment) are those of a civil sale, hire or job, and the trade's words
    // (the porteiro, the pedreiro) those of the job paid for.
    moves: { consumidor: 'civil', trabalhista: 'civil' },
    // The client who employs the person (a maid, a carer), or who claims an employment's rights, is in a labour case (CLT art. 3; LC 150).
    // A dealer or company the client says it bought from is a supplier by trade (CDC art. 3), wherever it advertised ("o anúncio
    // deles na OLX"): the used car's defect is the dealer's (CDC art. 18). A sale to a private buyer told beside the account or the salary
    // the bank holds only says where the credit came from: the hold is the case, the client the bank's consumer (Súmula 297 do STJ), as
    // under `client-seller`.
    yieldsTo: ['labour-rights-claimed', 'disguised-employment', 'client-employer', 'opponent-employer', 'supplier-hired', 'blocked-income'],
  },
  'tax-authority': {
    why: 'quando a outra parte é o Fisco (o imposto cobrado é o objeto), o aluguel, o imóvel, a herança, a aposentadoria, o salário ou a conta de consumo só dizem o que foi tributado ou penhorado (o salário bloqueado numa execução fiscal é defendido nela, art. 833 IV do CPC) (a concessionária só recolhe o ICMS, Tema 986 do STJ), e a dívida inscrita não se discute com um particular. A empresa, o sócio e o contrato social dizem quem é o contribuinte ou o responsável (o sócio que responde pela dívida da empresa, art. 135 do CTN): o tributo da empresa é caso tributário',
    factors: { imobiliario: 0.5, familia: 0.5, previdenciario: 0.5, civil: 0.5, consumidor: 0.6, administrativo: 0.5, trabalhista: 0.6, empresarial: 0.6 },
    // The company's words (the partner, the closed company, its debts) name the taxpayer or the one made liable for its tax; the
    // public body's (the city, its administrative proceeding, a suit against the municipality) name the tax authority itself, whose
    // assessment, refund or exemption runs through its own administrative tax proceeding (Decreto 70.235/72; CTN art. 165; the cities' codes).
    moves: { empresarial: 'tributario', administrativo: 'tributario' },
    // The IPTU of a property sold and never deeded, told by a seller who asks the buyer to take the deed, is what the delay left in his name;
    // the ITBI and the IPTU of a house bought by a private contract are the costs of its deed (`title-with-seller`). Beside a sanction of
    // the police power (a fine, an interdiction, a licence revoked: `police-power-fine`), the fees paid are the proof of a business in order.
    yieldsTo: ['buyer-transfer-sought', 'title-with-seller', 'police-power-fine'],
  },
  // A parcel from abroad taxed on arrival (the import tax of the simplified regime, DL 1.804/80 art. 2º; Lei 14.902/24, the Remessa
  // Conforme's ICMS): the tax charged, its rate, its base and its refund are disputed with the Receita or the State (CTN arts. 19
  // and 165), even when told as a purchase from a shop; what the seller owes (the goods never came, came wrong or broken, the
  // price back: CDC arts. 18, 35 and 49) keeps the case the consumer's.
  'parcel-taxed': {
    why: 'a encomenda do exterior tributada na chegada (o imposto de importação do regime simplificado, DL 1.804/80 art. 2º; Lei 14.902/24; o ICMS do Remessa Conforme) é caso tributário quando o cliente discute o tributo (o valor, a alíquota, a base, a restituição do que pagou: arts. 19 e 165 do CTN): a loja e a compra só dizem o que foi tributado. Se o que se discute é o que o vendedor deve (o produto não chegou, veio errado ou com defeito, o preço de volta: arts. 18, 35 e 49 do CDC), o caso é de consumo',
    factors: { tributario: 1.3, consumidor: 0.4, civil: 0.5, previdenciario: 0.5 },
    moves: { consumidor: 'tributario', civil: 'tributario' },
    yieldsTo: ['order-failed', 'product-defect'],
  },
  'bank-scam': {
    why: 'o golpe que passa pelo banco é falha do serviço bancário (Súmula 479 do STJ): o cliente reavê o dinheiro do banco; o inquérito é da polícia',
    factors: { criminal: 0.5, consumidor: 1.2 },
  },
  'criminal-complaint': {
    why: 'quem quer que o outro responda criminalmente escolheu a via penal; o lugar, o contrato, o emprego (o patrão que acusa o empregado de furto, a justa causa já aplicada) e a sociedade (o ex-sócio que acusa o outro de desviar o caixa: a calúnia e a difamação se processam por queixa-crime, arts. 138, 139 e 145 do Código Penal) são só o cenário',
    factors: { criminal: 1.5, civil: 0.5, imobiliario: 0.5, trabalhista: 0.6, empresarial: 0.5 },
    // The queixa-crime is the offended person's to bring or not (CP arts. 100 §2 and 145; CPP art. 30): who says they want no one
    // jailed has not chosen it, and the queixa they mention is what the police told them they could file.
    yieldsTo: ['prosecution-declined'],
  },
  'suit-wished': {
    why: 'quem foi xingado, difamado, caluniado ou ameaçado e quer "processar" o autor, sem pedir dinheiro, pede a queixa-crime (arts. 138-140 e 145 do Código Penal; art. 30 do CPP, em seis meses, art. 38) ou a representação pela ameaça (art. 147 par. único do Código Penal; art. 39 do CPP): a via penal. Pedida a indenização, é a ação cível (arts. 186 e 953 do Código Civil), como a da vítima que só pede reparação',
    factors: { criminal: 1.4, civil: 0.5 },
    // The offence's words weigh for both laws (an insult is a crime and a tort): the civil share they lose tells the crime, and the
    // neighbour's or the group's words only where it was said.
    moves: { civil: 'criminal' },
    // The offence told with no lexicon word of either law ("me chamou de burro e de perna de pau, quero processar ele"): the queixa-crime
    // or the representação asked names the criminal route (CP arts. 140, 145 and 147 par. único; CPP arts. 30 and 39), as the threat does.
    floors: { criminal: 4 },
    onlyWith: ['honour-offended', 'threat'],
    // The damages asked (the victim's civil claim, `damages-claimed`), the money back, the prosecution declined, or a client who is the accused.
    yieldsTo: ['damages-claimed', 'money-back', 'refund-claimed', 'debt-collection', 'prosecution-declined', 'civil-matter', 'accused', 'defendant', 'criminal-defence', 'restrained'],
  },
  'harm-threatened': {
    why: 'a morte, a surra, o tiro, o fogo na casa ou o mal a um filho prometidos pela outra parte de uma dívida, de uma venda, de uma batida ou de uma briga de vizinhos são crime de ameaça (art. 147 do Código Penal; para forçar um pagamento, extorsão, art. 158), e a segurança de quem conta vem antes do dinheiro: a representação e as medidas que afastam o autor (arts. 39, 282 e 319 III do CPP). A dívida, o conserto e o muro dizem de onde veio a ameaça; só a ameaça de processar ou de negativar o nome fica no cível',
    factors: { criminal: 1.4, civil: 0.5 },
    // The debt's, the crash's and the wall's words tell what the threat was made over.
    moves: { civil: 'criminal' },
    // The threat names the crime when no lexicon word does ("vão me achar e me matar").
    floors: { criminal: 4 },
    // As under `violence`: the landlord who asks the eviction, the spouse who asks the divorce, the support or the custody, the worker
    // who asks the CAT has chosen that remedy, the threat its setting.
    yieldsTo: ['marital-split', 'eviction-sought', 'cat-refused', 'support-sought', 'custody-sought'],
  },
  'unrequested-loan': {
    why: 'o empréstimo ou o cartão consignado (RMC) que o cliente não contratou, ainda que descontado do benefício, é falha do banco (consumo: art. 14 do CDC, Súmula 479 do STJ, art. 6º da Lei 10.820); o INSS só repassa o desconto, e a fraude que a polícia investiga não devolve o descontado',
    // The police inquiry into the fraud runs on its own; what the client gets back (the deductions, in double, and damages) is asked of the bank.
    factors: { previdenciario: 0.5, consumidor: 1.2, criminal: 0.5 },
  },
  'payroll-loan': {
    why: 'o empréstimo ou o cartão consignado do servidor é contrato com o banco (Súmula 297 do STJ): os juros, o desconto que continua depois da quitação e o cartão que ele não pediu se discutem com o banco no consumo (arts. 6º, 14 e 42 do CDC); o órgão pagador só repassa o desconto, e o cargo diz onde ele cai',
    // Just above 1 for consumidor, which the bank's contract names (a servant's story anchors only the public words); the post and the
    // paying body ("servidor", "prefeitura") only say who the borrower is. Only for a servant. The deduction from the pay told beside
    // it ("continua descontando do meu salário") is the loan's instalment the bank still takes (Lei 10.820/03 art. 1º), no employer's
    // deduction (CLT art. 462): half of what it gave labour goes to the bank's case.
    factors: { consumidor: 1.05, administrativo: 0.7, trabalhista: 0.5 },
    moves: { trabalhista: 'consumidor' },
    onlyWith: ['public-employer', 'statutory-servant'],
  },
  'public-employer': {
    why: 'quem trabalha para o Poder Público sem CLT (estatuto, contrato temporário, cargo em comissão) tem vínculo administrativo, julgado na Justiça comum (STF, ADI 3.395): o adicional, a gratificação, o salário e as férias que pede são direitos do estatuto, não verbas trabalhistas',
    // Just above 1 for administrativo: the servant who names the statute or the force names the area as a term would (a policeman's
    // "plantão" and "adicional noturno" are the only words he may use), without outweighing a crime or a family remedy.
    factors: { trabalhista: 0.5, administrativo: 1.05 },
    // The pay words (adicional de insalubridade, salário, férias) are the statute's rights.
    moves: { trabalhista: 'administrativo' },
    // A public company's or a public body's employee under the CLT is a labour case (CF art. 114 I); a servant who names the
    // statute is weighed by `statutory-servant` instead (the same factors, once).
    yieldsTo: ['clt-employee', 'statutory-servant'],
  },
  'statutory-servant': {
    why: 'o servidor estatutário (cargo efetivo, regime jurídico único, estatuto dos servidores) não é empregado: o vínculo é administrativo e a causa é da Justiça comum (STF, ADI 3.395; art. 39 da Constituição), ainda que ele chame o ente de "patrão" e invoque a CLT ou a "justiça do trabalho" — a palavra do leigo não muda o regime que ele mesmo nomeia',
    // Just above 1 for administrativo: the servant who names the statute or the force names the area as a term would (a policeman's
    // "plantão" and "adicional noturno" are the only words he may use), without outweighing a crime or a family remedy.
    factors: { trabalhista: 0.5, administrativo: 1.05 },
    // The pay words (adicional de insalubridade, salário, férias) are the statute's rights.
    moves: { trabalhista: 'administrativo' },
  },
  violence: {
    why: 'violência ou ameaça de morte contra quem conta é crime, e a medida protetiva da Lei Maria da Penha se pede na via penal: o casamento e os filhos só dizem onde aconteceu',
    factors: { criminal: 1.4, familia: 0.7 },
    // The victim who asks for the divorce or the partition has chosen the family remedy: the
    // protective order stays with the criminal court, the case she brings is a family one. Not
    // 'child-support': its phrases also name a role ("o pai do meu filho me bateu"), not a remedy.
    // Nor a landlord who asks the eviction of the tenant who assaulted him: the inquiry runs on, the case brought is the lease.
    // Nor a worker assaulted at work who asks the employer for the CAT (`cat-refused`): the assault is a work accident (Lei 8.213
    // art. 21 II a) and the claim is against the employer.
    // The victim who asks the children's support has chosen the family remedy too (CC art. 1.694; Lei 11.340 art. 14-A): the violence
    // and the arrest say why (`support-sought` yields in turn to the protective order asked). So has the one who asks the children's
    // custody, the protective order asked beside it or not (CC art. 1.584 §2º; Lei 11.340 arts. 14-A and 22 IV).
    // Nor the violence whose author is already convicted (`offender-convicted`): the criminal route has ended for the victim and the
    // reparation the conviction made certain is asked in the civil court (CP art. 91 I; CPP arts. 63-64; CC art. 935); a threat or
    // a protection asked now keeps that rule from applying, and this one with it (`givesWayBeyond`).
    yieldsTo: ['marital-split', 'eviction-sought', 'cat-refused', 'support-sought', 'custody-sought', 'offender-convicted'],
  },
  'elder-abuse': {
    why: 'maus-tratos, reter o cartão ou apropriar-se do benefício da pessoa idosa são crimes (arts. 99, 102 e 104 do Estatuto da Pessoa Idosa): o benefício é o objeto, não uma disputa com o INSS',
    factors: { criminal: 1.5, previdenciario: 0.5, familia: 0.7 },
  },
  'marital-split': {
    why: 'quem pede o divórcio ou a dissolução da união estável pede um remédio de família: a empresa, a casa e o carro são bens do casal (a quota do cônjuge sócio se apura na partilha, art. 1.027 do Código Civil), e a violência já sofrida, com a sua medida protetiva, é o contexto do pedido',
    factors: { familia: 1.3, empresarial: 0.5, imobiliario: 0.6, criminal: 0.5 },
  },
  reinstatement: {
    why: 'quem pede a volta ao emprego (reintegração, readmissão) pede contra o empregador, na Justiça do Trabalho: o afastamento, a alta e a doença são o contexto, não um pedido ao INSS',
    factors: { trabalhista: 1.2, previdenciario: 0.5 },
  },
  'child-taken': {
    why: 'a criança levada ou retida por um dos pais ou por um parente, para outra cidade, outro estado ou o exterior, sem o consentimento de quem tem a guarda, pede um remédio de família: a busca e apreensão e a guarda (arts. 1.583, 1.584 e 1.634 do Código Civil; arts. 83 a 85 e 249 do ECA) e, no exterior, o retorno pela Convenção da Haia de 1980 (Decreto 3.413/2000): o passaporte, a escola, a viagem e o boletim de ocorrência dizem como, não o pedido',
    // The child taken names the family route when no lexicon word does ("meu filho foi levado pra Portugal pelo pai").
    floors: { familia: 2 },
    factors: { familia: 1.3, civil: 0.5 },
  },
  'custody-sought': {
    why: 'quem pede a guarda de uma criança (o pai, a mãe, a avó que a cria) pede um remédio de família (arts. 33 a 35 do ECA; arts. 1.583 e 1.584 do Código Civil): a guarda confere à criança a condição de dependente para todos os fins (art. 33 §3º do ECA), e o INSS, o plano de saúde e a escola são o motivo do pedido, não a parte contrária',
    // The parent in prison tells why another asks the custody (the poder familiar suspended by a conviction, CC art. 1.637 par. único;
    // ECA art. 33 §2º): the arrest's and the sentence's words are the background of a family remedy.
    factors: { familia: 1.3, previdenciario: 0.5, criminal: 0.6 },
    // The violence, the threat and the protective order told beside it (Lei 11.340/06 arts. 14-A and 22 IV) say why the custody is asked.
    moves: { criminal: 'familia' },
    // When the INSS refused the child's benefit, the guarda is the proof of the dependency.
    yieldsTo: ['opponent-inss', 'dependant-benefit'],
  },
  'child-sexual-abuse': {
    why: 'o abuso sexual de uma criança ou de um adolescente, ou as suas imagens íntimas, contados por um pai, uma mãe ou um parente, são crime (estupro de vulnerável, art. 217-A do Código Penal; arts. 240-241-E do ECA; art. 218-C do Código Penal), e o que o advogado faz primeiro é a notícia do crime, as medidas protetivas e o afastamento do agressor (arts. 13 e 130 do ECA; arts. 20-21 da Lei 14.344/22) e a escuta protegida (Lei 13.431/17): a guarda e as visitas, a escola, o emprego ou a loja onde aconteceu dizem onde e por quem, não o pedido',
    factors: { criminal: 1.5, familia: 0.5, civil: 0.5, trabalhista: 0.4, consumidor: 0.4, administrativo: 0.5, imobiliario: 0.5 },
    // The custody's and the visits' words, the school, the job (a teacher, a coach, an employer, a co-worker) and the shop or the
    // service (a day-care, a school van) tell where the child was abused and by whom: the crime's case (CP art. 217-A; ECA art. 241-D).
    moves: { familia: 'criminal', civil: 'criminal', trabalhista: 'criminal', consumidor: 'criminal', administrativo: 'criminal', imobiliario: 'criminal' },
    // A parent who asks only the family remedy (the visits suspended, the custody changed: CC arts. 1.584-1.586 and 1.637-1.638) or
    // only the damages (CC arts. 186, 927 and 935), and the accused who defends, keep their own routes.
    yieldsTo: ['family-protection-sought', 'custody-sought', 'damages-claimed', 'accused', 'criminal-defence', 'defendant', 'police-summons'],
  },
  'hidden-camera': {
    why: 'a câmera escondida no banheiro, no quarto ou no vestiário onde a pessoa se despe é o registro não autorizado da intimidade sexual (art. 216-B do Código Penal, Lei 13.772/18): o que se pede primeiro é a apreensão do aparelho e das gravações antes que se apaguem ou se espalhem; a hospedagem, o aluguel, a academia ou o emprego onde estava dizem onde e contra quem',
    factors: { criminal: 1.3, consumidor: 0.5, imobiliario: 0.5, trabalhista: 0.6 },
    // The lodging's or the rented flat's words (the host, the booking, the rent) tell where the camera was.
    moves: { consumidor: 'criminal', imobiliario: 'criminal' },
    // Only the damages (CC arts. 186, 927; CDC art. 14), a worker's labour claim, or the accused's defence keep their own routes.
    yieldsTo: ['damages-claimed', 'labour-rights-claimed', 'accused', 'criminal-defence', 'defendant'],
  },
  'family-protection-sought': {
    why: 'quem pede a suspensão das visitas do outro genitor, a visita assistida, a mudança da guarda ou a suspensão ou a perda do poder familiar pede um remédio de família (arts. 1.584 §5º, 1.586, 1.589, 1.637 e 1.638 do Código Civil; arts. 155 a 163 do ECA): o inquérito ou a ação penal que já correm dizem por que',
    factors: { familia: 1.3, criminal: 0.5 },
    // The parent who asks the prosecution too ("quero denunciar e suspender as visitas") has chosen the criminal route as well.
    yieldsTo: ['criminal-complaint'],
  },
  'parent-support': {
    why: 'os filhos devem alimentos aos pais que deles precisam (art. 229 da Constituição, arts. 1.694 e 1.696 do Código Civil, art. 12 do Estatuto da Pessoa Idosa): a aposentadoria é a renda de quem pede, não um pedido ao INSS',
    factors: { familia: 1.3, previdenciario: 0.5 },
  },
  'debt-collection': {
    why: 'quem quer receber o que lhe devem move uma cobrança no cível: deixar de pagar é inadimplemento, não estelionato, e o boletim de ocorrência não muda o pedido',
    factors: { civil: 1.3, criminal: 0.4 },
    // The creditor's words of a swindle (the golpe, the estelionato of the report, the delegacia) tell the default (CC arts. 389 and 586).
    moves: { criminal: 'civil' },
    // A company collecting the price of its sales, or the cheques its customers paid with, is in a commercial case (CC art. 966;
    // `client-company`).
    // The creditor threatened with a grave harm for collecting, as under `lender` (CP art. 147).
    yieldsTo: ['criminal-complaint', 'violence', 'threat', 'harm-threatened', 'child-support', 'opponent-employer', 'client-company'],
  },
  'online-purchase': {
    why: 'na compra pela internet o fornecedor e a plataforma que vendeu respondem pela entrega (arts. 7º e 25 do CDC): o consumidor pede o produto ou o dinheiro de volta, mesmo com boletim de ocorrência contra o vendedor',
    factors: { consumidor: 1.2, criminal: 0.5 },
    yieldsTo: ['client-seller', 'client-company', 'client-mei', 'private-seller'],
  },
  'return-refused': {
    why: 'com a alta do INSS o contrato volta a correr: se a empresa recusa o retorno (limbo previdenciário), os salários desde a alta são devidos pelo empregador, na Justiça do Trabalho; a perícia é o contexto',
    factors: { trabalhista: 1.5, previdenciario: 0.4 },
    // The worker who asks the INSS for the benefit back (restoration, an appeal to the CRPS: Lei 8.213 arts. 59-60 and 126) says
    // the incapacity persists and contests the discharge: the claim is against the INSS, and the employer's refusal is its setting.
    yieldsTo: ['benefit-restoration'],
  },
  'vehicle-not-transferred': {
    why: 'o comprador que não transfere o veículo descumpre a compra e venda (art. 123 §1º do CTB: 30 dias para a transferência): o vendedor pede no cível que ele transfira e responda pelas multas, pelos pontos e pelo IPVA posteriores à venda (obrigação de fazer, arts. 249 e 481 do Código Civil), e se defende da ação pelo acidente do comprador com o recibo (Súmula 132 do STJ); o Detran e o Fisco só dizem o que chegou em seu nome enquanto a venda não foi comunicada (art. 134 do CTB)',
    factors: { tributario: 0.5, administrativo: 0.5, civil: 1.3 },
    // The words of the fines, the points, the licence and the IPVA tell what the buyer's delay left in the seller's name.
    moves: { administrativo: 'civil', tributario: 'civil' },
    // The IPVA charged by the Fazenda is contested with it (Súmula 585 do STJ: the seller owes none after the sale); one fine appealed
    // at the Detran or the JARI is the administrative proceeding.
    yieldsTo: ['tax-authority', 'fine-appealed'],
  },
  'estate-division': {
    why: 'o herdeiro que pede o inventário ou a sua parte da herança pede um remédio de sucessões: a casa, o terreno e o uso de um herdeiro só (que pode dever aluguel aos outros) são o espólio, partilhado no inventário; o imóvel é caso imobiliário para quem o comprou ou aluga fora da família',
    factors: { familia: 1.3, imobiliario: 0.6 },
    // The ITCMD of an inventory is charged by the State: the tax is the case. A buyer of the deceased's property by a contract never
    // deeded asks the estate for the deed (adjudicação compulsória): the inventory only says why the deed waits.
    yieldsTo: ['tax-authority', 'property-bought'],
  },
  'close-death': {
    why: 'a empresa ou a quota de um parente morto é um bem do espólio: passa aos herdeiros pelo inventário (art. 620 IV do CPC), e a quota se liquida ou os herdeiros entram na sociedade conforme o contrato e os sócios (art. 1.028 do Código Civil); só a recusa dos sócios, a apuração de haveres ou a briga pela gestão fazem o caso empresarial, e as palavras da sociedade então pesam mais',
    factors: { empresarial: 0.7 },
    // The survivors' refusal to pay the quotas or to let the heirs in is that dispute (`dead-partner-share`); so is the heirs' fight once
    // they hold the quotas (`partners-dispute`: a meeting called to exclude one, the accounts withheld, CC arts. 1.020-1.021 and 1.085).
    yieldsTo: ['dead-partner-share', 'partners-dispute'],
  },
  lender: {
    why: 'quem emprestou dinheiro, o cartão ou o nome a uma pessoa cobra dela no cível (mútuo, arts. 586 e 590 do Código Civil): a fatura, o banco e a loja só dizem onde a dívida nasceu, e não pagar é inadimplemento, não crime',
    // The borrower's kin (a child, a sibling, a son-in-law whose divorce runs) only says who owes: the loan is collected from whoever
    // signed or received it (CC arts. 586 and 265), not shared in the couple's partition.
    factors: { civil: 1.3, consumidor: 0.5, criminal: 0.6, familia: 0.6 },
    // Who lent their account to receive someone else's money and is now investigated defends the criminal case.
    // A house lent is a comodato, a property case (`home-lent`). The client's own divorce, estate or child support is the family case.
    // A grave harm threatened over the debt ("vai me furar todo", "vai tocar fogo na minha casa"), like the violence, is a crime of its own
    // (CP art. 147), the client's safety before the money: the representação and the measures keeping the author away (CPP arts. 39, 282, 319 III).
    yieldsTo: ['criminal-complaint', 'violence', 'threat', 'harm-threatened', 'bank-scam', 'accused', 'criminal-defence', 'home-lent', 'marital-split', 'estate-division', 'child-support'],
  },
  'coerced-resignation': {
    why: 'o empregado pressionado a pedir demissão (sob ameaça de justa causa ou de boletim de ocorrência) tem um pedido trabalhista: a demissão sob coação é nula (art. 151 do Código Civil, art. 9º da CLT) e vira dispensa sem justa causa; a acusação é a alavanca da pressão, não o caso',
    factors: { trabalhista: 1.3, criminal: 0.5 },
    // An employer who beats or threatens the worker's life is a criminal case too.
    yieldsTo: ['violence'],
  },
  'private-pension': {
    why: 'o plano aberto de previdência privada (PGBL, VGBL) é um contrato de consumo com o banco ou a seguradora (Súmula 563 do STJ), não um benefício do INSS: a aposentadoria pública só diz quem é o cliente, e o resgate, as taxas e a portabilidade se pedem ao fornecedor do plano. Não o fundo de pensão fechado nem a previdência complementar do servidor, que o CDC não rege',
    factors: { previdenciario: 0.3, consumidor: 1.3 },
    // The ITCMD or the income tax on a plan is charged by the tax authority: the tax is the case.
    yieldsTo: ['tax-authority'],
  },
  'repossession-suit': {
    why: 'a ação de busca e apreensão do veículo financiado já ajuizada (Decreto-Lei 911/69) é um processo civil em curso: a defesa é pagar a dívida toda em 5 dias ou contestar em 15 (art. 3º); a revisão dos juros, de consumo, é só um dos argumentos',
    factors: { civil: 1.6, consumidor: 0.6 },
    yieldsTo: ['criminal-defence', 'accused'],
  },
  'good-faith-buyer': {
    why: 'quem comprou sem saber uma coisa roubada não comete receptação (o art. 180 do Código Penal exige saber ou dever saber): perde a coisa para o dono e pede o preço de volta a quem vendeu (evicção, arts. 447 e seguintes do Código Civil; da loja, art. 18 do CDC); a apreensão pela polícia e o depoimento são o contexto',
    factors: { criminal: 0.3, civil: 1.3, consumidor: 1.3 },
    // A buyer who wants the seller prosecuted chose the criminal route; a buyer accused of receiving is defended in it.
    yieldsTo: ['criminal-complaint', 'accused', 'defendant', 'criminal-defence'],
  },
  'prosecution-declined': {
    why: 'quem diz não querer a via penal escolhe outro remédio (a reparação, a anulação da cobrança, a rescisão do contrato de trabalho): nos crimes de ação privada ou condicionada a queixa e a representação são da vítima (art. 100 do Código Penal, art. 24 do CPP), e o fato é o contexto do pedido',
    factors: { criminal: 0.5 },
  },
  'civil-matter': {
    why: 'quando o cliente, ou o delegado que registrou o boletim, diz que o caso é cível (dívida, não crime), o pedido é de cobrança ou de reparação: deixar de pagar é inadimplemento, não estelionato, e o boletim de ocorrência não muda a via',
    factors: { criminal: 0.4 },
    yieldsTo: ['criminal-complaint', 'violence', 'accused', 'criminal-defence'],
  },
  'money-back': {
    why: 'quem quer o dinheiro de volta pede a restituição a quem o recebeu (o vendedor, o banco, o devedor), no cível ou no consumo: o golpe, o furto ou o boletim de ocorrência contam o que aconteceu, a ação penal não devolve o valor',
    factors: { criminal: 0.5 },
    // Nor the money asked back of whoever threatens a grave harm for it, as under `lender` (CP art. 147).
    yieldsTo: ['criminal-complaint', 'violence', 'threat', 'harm-threatened', 'accused', 'criminal-defence'],
  },
  'supplier-insolvent': {
    why: 'quem comprou ou contratou para si (o imóvel na planta, a viagem, os móveis, o curso) de um fornecedor em recuperação judicial ou falência continua comprador e consumidor credor: o pedido é o do contrato (a entrega, o dinheiro de volta, CDC), e a recuperação só diz onde e como cobrar (habilitação do crédito, Lei 11.101 art. 9º). É empresarial para a empresa credora',
    factors: { empresarial: 0.2, consumidor: 1.3 },
    yieldsTo: ['client-company', 'client-mei'],
  },
  'supplier-vanished': {
    why: 'a agência, a loja ou o site que sumiu ou fechou as portas com o dinheiro dos clientes descumpriu o contrato de consumo: o cliente pede a devolução do que pagou ou a entrega (arts. 14, 18, 20 e 35 do CDC), e quem vendeu junto, a plataforma ou a operadora, responde solidariamente (art. 7º p.u.); o inquérito por estelionato conta o que aconteceu, a ação penal não devolve o valor',
    factors: { criminal: 0.3, consumidor: 1.3 },
    // The police words (boletim, inquérito, delegado, estelionato) tell what the supplier did to its customers.
    moves: { criminal: 'consumidor' },
    // A victim who asks the owner prosecuted chose the criminal route; a company that bought for its activity is no consumer.
    yieldsTo: ['criminal-complaint', 'accused', 'criminal-defence', 'client-company', 'client-mei'],
  },
  guardianship: {
    why: 'quem pede a curatela de um parente que não consegue reger a própria vida (arts. 1.767 e seguintes do Código Civil, art. 84 da Lei 13.146) pede um remédio de família: o benefício do INSS e os empréstimos do curatelado são o patrimônio a administrar, não um pedido à autarquia ou ao banco',
    factors: { familia: 1.3, previdenciario: 0.5, consumidor: 0.6, imobiliario: 0.4 },
    // The benefit and the bank account told are the patrimony the curator will run and account for (CC art. 1.781 with arts. 1.741,
    // 1.747 II and 1.755): their words tell the curatela's case.
    moves: { previdenciario: 'familia', consumidor: 'familia', imobiliario: 'familia' },
    // So are the rented homes and shops, their tenants and rents: the curator collects and leases for the adult (CC arts. 1.747 II, 1.748 and 1.781).
    // When the INSS refused the benefit, the curatela is the proof of the incapacity, not the case.
    yieldsTo: ['opponent-inss'],
  },
  'relative-mandate': {
    why: 'o parente lúcido que quer que o cliente aja por ele (mexa na conta, assine a venda, cuide dos aluguéis e do banco) não é caso de curatela, que só cabe a quem não pode exprimir a vontade (art. 1.767 I do Código Civil; arts. 6º e 84 da Lei 13.146): ele outorga uma procuração (arts. 653-657 do Código Civil) ou pede a tomada de decisão apoiada (art. 1.783-A), a contraparte de família da curatela; o banco, o carro, a casa e o benefício são os bens a administrar, não um pedido contra terceiro',
    factors: { familia: 1.4, civil: 0.4, imobiliario: 0.4, consumidor: 0.4, previdenciario: 0.4 },
    // The bank, the car, the house, its tenants and the benefit are what the agent will run for the relative (CC art. 653).
    moves: { civil: 'familia', imobiliario: 'familia', consumidor: 'familia', previdenciario: 'familia' },
    // The mandate asked names the family route when no lexicon word does ("meu pai quer que eu mexa na conta dele").
    floors: { familia: 2 },
    // A claim against a third party keeps its route: the buyer who did not pay, the tenant to evict or whose rent is late, the bank
    // that charged, lent or lost the money, the INSS that refused, the agent who kept what he received (CC arts. 667-668).
    yieldsTo: ['debt-collection', 'money-back', 'refund-claimed', 'damages-claimed', 'lender', 'suit-wished', 'mandate-granted', 'eviction-sought', 'tenant',
      'own-rent-late', 'bank-scam', 'bank-contested', 'unrequested-loan', 'rmc-card', 'payroll-loan', 'opponent-inss', 'benefit-denied', 'criminal-complaint',
      'elder-abuse', 'estate-division', 'marital-split', 'insurance-refused'],
  },
  'clt-employee': {
    why: 'o empregado pela CLT, ainda que de empresa pública ou de sociedade de economia mista admitido por concurso (art. 173 §1º II da Constituição) ou terceirizado num órgão, tem relação de emprego: é direito do trabalho, e o "processo administrativo", a "exoneração" e o concurso que ele conta são o procedimento disciplinar e a dispensa do empregador (art. 114 I da Constituição)',
    factors: { administrativo: 0.5 },
    // The public body's words (concurso, PAD, exoneração) tell the public employer's dismissal of its employee: only when the client
    // tells a public post too (an empregado público); a CLT job beside a case against the city (a crèche place) is the client's background.
    moves: { administrativo: 'trabalhista' },
    movesOnlyWith: ['public-employer'],
    // "Pela CLT" asked of a pay cut ("isso não é ilegal pela CLT?") or a card denied after the noun ("carteira assinada eu não
    // tenho") is no CLT job beside a statutory post the client names: the statute is the regime (ADI 3.395).
    yieldsTo: ['statutory-servant'],
  },
  'opponent-public-body': {
    why: 'quando a outra parte é o Poder Público agindo como autoridade (interdita, multa, demole, suspende, responde pelo ato do agente: art. 37 §6 da Constituição), a discussão é de direito público: o comércio, a família e o contrato só dizem onde o ato caiu',
    factors: { consumidor: 0.6, familia: 0.6, civil: 0.7, empresarial: 0.7, imobiliario: 0.6 },
    // The public body asked to answer for a harm, or its own service's error (a public hospital's), is the State's liability: the
    // civil words (erro médico, indenização por morte) tell a public-law case. A UPA named only as where the victim of a private
    // wrongdoer was treated moves nothing.
    moves: { civil: 'administrativo' },
    movesOnlyWith: ['state-liability'],
    // The city that changed the IPTU's register for a buyer without a deed is no opponent: the deed is asked of the seller. Nor is the
    // Detran that writes the fines of a vehicle the buyer never transferred, nor the city that never approved a developer's subdivision.
    // Nor is the public employer that deducts a servant's payroll loan for the bank (`payroll-loan`: Súmula 297 do STJ).
    // Nor is the Defesa Civil that closes a building for its cracks (Lei 12.608/12 art. 8º): the defect is the builder's, who answers
    // for the work's solidity and safety (`construction-defect`: CC art. 618; CDC art. 12).
    yieldsTo: ['child-support', 'marital-split', 'criminal-complaint', 'buyer-transfer-sought', 'title-with-seller', 'vehicle-not-transferred', 'irregular-subdivision', 'payroll-loan',
      'construction-defect'],
  },
  'state-liability': {
    why: 'quem pede ao Poder Público que pague pelo dano que o seu agente ou o seu serviço causou (a árvore da praça, o buraco ou o bueiro da rua, o caminhão da prefeitura, o hospital, a escola, o SAMU) move uma ação de responsabilidade objetiva contra o ente público (art. 37 §6º da Constituição; art. 43 do Código Civil; art. 1º-C da Lei 9.494/97), pelo rito da Fazenda Pública: o acidente, a lesão e o conserto contam o dano, não uma ação entre particulares',
    // The State named as the one who pays, in any words (`opponent-public-body` read from the asking itself: "o estado precisa ser
    // responsabilizado", "quero que o município arque com o prejuízo"): the accident's, the repair's and the service's words (the
    // civil and the consumer ones) tell the harm the public body answers for.
    factors: { administrativo: 1.3, civil: 0.5, consumidor: 0.6 },
    moves: { civil: 'administrativo', consumidor: 'administrativo' },
    // The public body asked to pay names the public-law route when no lexicon word does ("caí num buraco e quebrei a perna, o estado
    // precisa ser responsabilizado").
    floors: { administrativo: 2 },
    onlyWith: ['opponent-public-body'],
    // The client charged, defending a case or asking the officer prosecuted is on the criminal route; the servant's own pay, the
    // INSS's benefit and the tax, and the family's remedies follow their own.
    yieldsTo: ['criminal-defence', 'accused', 'defendant', 'criminal-complaint', 'public-employer', 'statutory-servant', 'opponent-inss', 'tax-authority',
      'child-support', 'marital-split'],
  },
  'opponent-inss': {
    why: 'quando o INSS negou, cortou ou suspendeu o benefício, o pedido é contra a autarquia: a união estável, o casamento e os filhos são a prova da dependência ou da qualidade de segurado, não um pedido de família',
    factors: { familia: 0.6, civil: 0.7, trabalhista: 0.6, previdenciario: 1.2 },
    // The union, the marriage and the children prove the dependency the INSS must recognise (Lei 8.213 art. 16 §§ 3-5): their
    // words tell the benefit's case, as under `dependant-benefit`. The client's or the family's job, salary and signed card tell the
    // insured status and the contributions (arts. 11 and 15) or the household income of the BPC (Lei 8.742 art. 20 §3º); a claim
    // against the employer told beside it keeps its route (`opponent-employer`).
    moves: { familia: 'previdenciario', trabalhista: 'previdenciario' },
    yieldsTo: ['marital-split', 'parent-support', 'return-refused', 'opponent-employer', 'unrequested-loan', 'elder-abuse'],
  },
  'insured-status-lost': {
    why: 'o benefício negado porque o cliente já não seria segurado se discute com o INSS: o período de graça conta da última contribuição e cresce com mais de 120 contribuições e com o desemprego (art. 15 II e §§ 1º-2º da Lei 8.213). O emprego antigo, a dispensa, a rescisão e o seguro-desemprego provam as contribuições e o desemprego, não um pedido trabalhista',
    factors: { trabalhista: 0.5, previdenciario: 1.2 },
    // The job's and the dismissal's words tell the contributions and the unemployment that keep the insured status.
    moves: { trabalhista: 'previdenciario' },
    // A claim against the employer told beside it (the reinstatement, the rights of the contract) keeps its own route.
    yieldsTo: ['labour-rights-claimed', 'reinstatement'],
  },
  'maternity-pay': {
    why: 'o salário-maternidade é benefício do INSS, devido também a quem adota ou obtém a guarda para fins de adoção, seja mãe ou pai, e a um dos cônjuges de casal homoafetivo (arts. 71 e 71-A da Lei 8.213; STF Tema 1.182): a adoção, a guarda e a vara da infância são o fato gerador do benefício, não um pedido de família',
    factors: { familia: 0.5 },
    // The adoption's and the child's words tell the event the benefit is paid for.
    moves: { familia: 'previdenciario' },
    // Child support, a separation or a custody fight told beside it are the family case; the benefit only tells an income.
    yieldsTo: ['child-support', 'marital-split', 'custody-sought', 'parent-support', 'support-enforced'],
  },
  'retirement-sought': {
    why: 'quem pede para se aposentar pede um benefício ao INSS (Lei 8.213): os empregos, a roça sem registro e a carteira assinada contam como tempo de contribuição, não como pedido trabalhista. O servidor que se aposenta pelo regime próprio, o empregado dispensado antes da aposentadoria e o imposto sobre ela seguem as suas regras',
    factors: { trabalhista: 0.6, civil: 0.7, familia: 0.7 },
    yieldsTo: ['public-employer', 'statutory-servant', 'opponent-employer', 'tax-authority'],
  },
  'dependant-benefit': {
    why: 'o auxílio-reclusão e a pensão por morte são benefícios do INSS aos dependentes do segurado preso ou morto (arts. 74 e 80 da Lei 8.213): a prisão é o fato gerador, a defesa do preso é outro caso, e o casamento e os filhos são a prova da dependência',
    factors: { criminal: 0.4, familia: 0.5, previdenciario: 1.2 },
    // The marriage, the divorce's support and the children tell the dependency the benefit asks the INSS to recognise; the arrest's
    // words (preso, condenado, regime fechado, the prison) tell the auxílio-reclusão's fato gerador (Lei 8.213 art. 80 §1º: the
    // certidão of the prison regime proves it).
    moves: { familia: 'previdenciario', criminal: 'previdenciario' },
    yieldsTo: ['criminal-defence', 'elder-abuse', 'unrequested-loan', 'damages-claimed'],
  },
  'opponent-employer': {
    why: 'o que o empregador fez na relação de emprego (demitir, não pagar, não deixar voltar) se pede contra ele na Justiça do Trabalho (art. 114 da Constituição): o afastamento pelo INSS, a doença e a família são o contexto',
    factors: { civil: 0.7, familia: 0.7, consumidor: 0.7 },
    yieldsTo: ['child-support', 'marital-split', 'criminal-complaint', 'violence'],
  },
  'run-over': {
    why: 'quem foi atropelado pede a reparação a quem dirigia e ao dono do veículo (arts. 186, 927 e 932 III do Código Civil; Súmula 341 do STF), e a seguradora do veículo responde com o segurado (Súmula 529 do STJ): o hospital, o plano de saúde e as despesas são o dano a provar, não um pedido de consumo; o ofício de quem foi atingido (entregador, motoboy, diarista) diz o que deixou de ganhar, não um emprego',
    // The trade told by the one hurt (`STRANGER_HARMED_TRADE`) names the earnings lost, as under `collision-victim`.
    factors: { consumidor: 0.5, civil: 1.1, ...STRANGER_HARMED_TRADE },
    // Who ran the person over, a driver prosecuted, a bus of the city or a run-over at work follow their own routes.
    // The rider who tells the app or the hirer calling them autonomous (`disguised-employment`) claims the employment the accident exposed,
    // and one run over on the way to work (`commute-accident`) a work accident (Lei 8.213/91 art. 21 IV d).
    yieldsTo: ['at-fault', 'accused', 'criminal-defence', 'criminal-complaint', 'opponent-public-body', 'opponent-employer', 'disguised-employment', 'commute-accident'],
  },
  'collision-victim': {
    why: 'quem teve o veículo atingido por outro (ou cujo parente morreu ou se feriu assim) pede a reparação a quem dirigia, ao dono do veículo e à seguradora (arts. 186, 927, 932 III e 948-950 do Código Civil; Súmula 529 do STJ): o inquérito do motorista por homicídio ou lesão culposa na direção (arts. 302-303 do CTB) é ação pública do Ministério Público, o contexto do pedido; o ofício de quem foi atingido (entregador, motoboy, motorista de aplicativo) diz o que deixou de ganhar, não um emprego, e a entrega, a loja ou o celular dizem onde e o que se perdeu, não um pedido de consumo',
    // The widow, the widower and the children are the dependants whose pension the one who caused the death owes (CC art. 948 II):
    // "a pensão dos meninos" asked after a crash is that pension, no support.
    // The delivery made, the shop's car park, the phone broken in the fall tell where and what was lost: the victim of a vehicle is no
    // consumer of its driver nor of his insurer, who answers with him (CC arts. 186 and 927; Súmula 529 do STJ), as under `run-over`.
    factors: { criminal: 0.5, civil: 1.1, familia: 0.5, consumidor: 0.5, ...STRANGER_HARMED_TRADE },
    // Asked the damages (of the driver, or of the company whose vehicle it was: CC art. 932 III, Súmula 341 do STF), the inquiry's
    // words (the homicídio culposo, the delegacia) tell the death or the injury the claim is for, as for `damages-suit-served`; the trade's
    // words (`STRANGER_HARMED_TRADE`) the earnings it lost.
    moves: { criminal: 'civil', trabalhista: 'civil' },
    movesOnlyWith: ['damages-claimed'],
    // Who caused the collision, an accused driver, one who wants the driver prosecuted, a public vehicle or a collision at work follow their own routes;
    // so does a driver who fled without helping (`hit-and-run`), unless the client asks the damages, and the rider whose app or hirer
    // calls them autonomous (`disguised-employment`): the employment it denies is the claim (CLT arts. 3º and 9º). A vehicle hit while
    // a workshop, a car wash or a fuel station had it (`vehicle-serviced`) is that supplier's service (CDC art. 14). A crash on the way to
    // or from work (`commute-accident`) is a work accident (Lei 8.213/91 art. 21 IV d), told for the employer's CAT and the stability.
    // The other driver who promises a shot or a beating over the repair (`harm-threatened`) committed a crime of its own (CP art. 147).
    yieldsTo: ['at-fault', 'accused', 'criminal-defence', 'criminal-complaint', 'opponent-public-body', 'opponent-employer', 'hit-and-run', 'disguised-employment', 'vehicle-serviced',
      'commute-accident', 'harm-threatened'],
  },
  'supply-reconnection': {
    why: 'quem pede a religação da luz ou da água pede ao fornecedor, de quem é consumidor (arts. 3º e 22 do CDC), e o débito de outro morador é pessoal de quem consumiu, não do imóvel (STJ): o aluguel, o inquilino anterior e a casa dizem só de quem é a casa que ficou sem o serviço',
    factors: { imobiliario: 0.5 },
    // The landlord who wants the rent and the bills left unpaid by a tenant is in the lease's case.
    yieldsTo: ['eviction-sought'],
  },
  'landlord-named': {
    why: 'o locador que corta ou ameaça cortar a água ou a luz do inquilino para cobrar o aluguel ou retomar a casa faz justiça pelas próprias mãos contra a posse do locatário (arts. 22 I-II e 23 da Lei 8.245/91; arts. 1.197 e 1.210 do Código Civil; art. 345 do Código Penal): é caso da locação, com a reintegração do serviço pedida ao juiz, e a concessionária não é parte',
    // The lease named by the rule itself, so a landlord called only senhorio or dono do quarto still anchors it.
    factors: { consumidor: 0.3, imobiliario: 1.1 },
    moves: { consumidor: 'imobiliario' },
    onlyWith: ['supply-cut'],
    // The supplier named (the Enel, the water company) is the one who cut: the landlord only tells whose house it is.
    yieldsTo: ['supplier-named', 'job-housing'],
  },
  'supplier-named': {
    why: 'quem teve a luz ou a água cortada pela concessionária é consumidor dela, seja dono ou inquilino da casa (arts. 3º e 22 do CDC; art. 6º §3º II da Lei 8.987/95), e a dívida de outro morador é pessoal de quem consumiu (STJ): o aluguel, o dono e o inquilino anterior só dizem de quem é a casa',
    factors: { imobiliario: 0.4, consumidor: 1.1 },
    moves: { imobiliario: 'consumidor' },
    onlyWith: ['supply-cut'],
    // The landlord who wants the rent or the home back from the tenant is in the lease's case.
    yieldsTo: ['eviction-sought'],
  },
  'at-fault': {
    why: 'quem causou a batida responde ao outro motorista pelo dano (arts. 186, 927 e 944 do Código Civil): caso cível entre particulares, no Juizado Especial Cível até 40 salários (Lei 9.099 art. 3º); o estacionamento, a loja e a concessionária do orçamento só dizem onde foi e quanto custa o conserto',
    factors: { consumidor: 0.5, civil: 1.1 },
    // Who claims their own insurer's cover, and a pedestrian run over (the victim's route), follow their own rules.
    yieldsTo: ['insurance-refused', 'run-over'],
  },
  'vehicle-serviced': {
    why: 'a oficina, o lava-jato e o posto que atendem o carro ou a moto do cliente são fornecedores de serviço (art. 3º §2º do CDC) e respondem sem culpa pelo dano que o serviço causa ao veículo e pelo serviço mal feito (arts. 14 e 20 do CDC), a placa de "não nos responsabilizamos" não vale (arts. 25 e 51 I), e o combustível adulterado é produto impróprio (art. 18 §6º do CDC; art. 3º da Lei 9.847/99): caso de consumo, não batida entre particulares',
    factors: { civil: 0.5, trabalhista: 0.5, consumidor: 1.2 },
    // The supplier's worker told (o frentista, o funcionário do posto) is whom it answers for (CDC art. 34; CC art. 932 III), not a
    // labour claim: the worker's own story is the employer's rules' (yieldsTo below).
    moves: { civil: 'consumidor', trabalhista: 'consumidor' },
    // The client's own business (the car wash's owner who buys its supplies) and the workshop as the client's employer follow their
    // rules; the client who hit another car is in the collision's case.
    yieldsTo: ['client-company', 'opponent-employer', 'labour-rights-claimed', 'at-fault'],
  },
  'job-housing': {
    why: 'a casa cedida por causa do emprego (o caseiro, a doméstica que mora no serviço) não é locação: a ocupação acaba com o contrato de trabalho (art. 47 II da Lei 8.245) e a moradia não é salário da doméstica nem se desconta dele (art. 18 da LC 150/2015; art. 458 §2º da CLT); o "dono da casa" é o empregador, e o despejo conta a dispensa',
    factors: { imobiliario: 0.4, trabalhista: 1.2 },
    // The house's words (the owner, the rent never paid, being put out) tell the employment that came with it.
    moves: { imobiliario: 'trabalhista' },
  },
  ...ROLE_AND_REMEDY_RULES,
  ...RELATION_RULES,
};
