import { LegalAreaCode } from '../interview-engine.types';
import { ClientNote } from './client-notes.lexicon';

/**
 * A step the client already took: area steps containing a `drop` phrase go, `instead` comes; a recommended action that
 * advises it is replaced by `action`, when given. Only in `areas`, when given.
 */
export const DONE_STEPS: { note: ClientNote; drop: string[]; instead: string; action?: string; areas?: LegalAreaCode[] }[] = [
  {
    note: 'procon-filed',
    drop: ['procon', 'consumidor.gov'],
    instead: 'Levar ao advogado o número de protocolo da reclamação já feita',
    action: 'Avaliar com advogado de direito do consumidor, com o protocolo da reclamação já feita, a ação no Juizado Especial Cível ou na Justiça comum.',
  },
  {
    // A written request already filed with the body (CF art. 5º XXXIV): its protocol and the answer, or its silence, go to the lawyer.
    note: 'written-request-filed',
    areas: ['administrativo'],
    drop: ['Pedir por escrito ao orgao'],
    instead: 'Levar ao advogado o protocolo do pedido já feito ao órgão e a resposta, com as datas (ou anotar que não houve resposta)',
  },
  {
    note: 'police-report-filed',
    drop: ['registrar boletim', 'registrar o boletim', 'fazer boletim', 'registrar ocorrência', 'registrar a ocorrência'],
    instead: 'Levar ao advogado a cópia do boletim de ocorrência já registrado',
  },
  {
    // A benefit the INSS already refused is not asked again: the refusal is appealed within 30 days of its notice (Junta de Recursos
    // do CRPS, Decreto 3.048/99 art. 305 §1º) or taken to court, which does not wait for the appeal (STF Tema 350: the request made suffices).
    note: 'benefit-denied',
    drop: ['Se ainda não pediu', 'Se o INSS negou'],
    instead: 'Levar ao advogado a carta do INSS que negou o benefício, com a data em que chegou: o recurso à Junta de Recursos tem prazo de 30 dias, e a ação na Justiça não depende dele',
  },
  {
    // The contract already asked for (CDC art. 6º III: the consumer's right to the contract's information) is not asked again.
    note: 'contract-requested',
    drop: ['cópia do contrato'],
    instead: 'Levar ao advogado o contrato ou o documento que o banco enviou, com a data em que foi pedido',
  },
  {
    // A mark or patent the INPI already granted: its certificate proves the exclusive use in the whole country (Lei 9.279/96 arts. 129
    // and 42), so the registration is not checked nor asked for again.
    note: 'mark-registered',
    areas: ['empresarial'],
    drop: ['Verificar no INPI se a marca'],
    instead: 'Levar ao advogado o certificado de registro da marca (ou a carta patente) do INPI: ele prova o uso exclusivo em todo o país (Lei 9.279/96, art. 129)',
  },
  {
    note: 'bank-contested',
    // Also the step of telling the bank in writing: the contestation is that notice, already given.
    drop: ['contestar as transacoes', 'contestar a compra', 'contestar o pix', 'avisar o banco'],
    instead: 'Levar ao advogado o protocolo da contestação feita ao banco e a resposta que ele deu',
  },
];

/**
 * A step the client said was never taken: the words that ask for its record are taken out of the other steps (`remove`, or
 * `replace`d by others), steps that presume it go (`drop`), and the step is advised (`step`) unless one already does (`advised`,
 * folded). Not when a note of `unless` says it was taken after all; only in `areas`, when given.
 */
export const UNTAKEN_STEPS: {
  note: ClientNote;
  remove: string[];
  replace?: [string, string][];
  drop?: string[];
  advised: string[];
  step: string;
  unless?: ClientNote[];
  areas?: LegalAreaCode[];
}[] = [
  {
    // A police report can still be made after the fact, in many states online.
    note: 'no-police-report',
    unless: ['police-report-filed'],
    remove: ['o boletim de ocorrência, ', ' e o boletim de ocorrência, se houver', ', o boletim de ocorrência', 'boletim de ocorrência, '],
    advised: ['registrar', 'ocorrência'],
    step: 'Registrar o boletim de ocorrência, que ainda pode ser feito depois do fato (em muitos estados, pela internet)',
  },
  {
    // A benefit never asked of the INSS: there is no denial letter to keep nor appeal to run; the request comes first, with the
    // documents, and in general the benefit is paid from it (Lei 8.213/91 arts. 49, 54 and 74; STF Tema 350: a court hears the
    // case only after the INSS was asked).
    note: 'inss-not-applied',
    unless: ['benefit-denied'],
    areas: ['previdenciario'],
    remove: [' e a carta de indeferimento ou cessação'],
    replace: [['Se ainda não pediu, pedir', 'Pedir']],
    drop: ['Se o INSS negou'],
    advised: ['pedir', 'INSS'],
    step: 'Fazer o pedido ao INSS (pelo Meu INSS ou pelo telefone 135) com os documentos reunidos e guardar o número do protocolo: em regra, o benefício é pago desde a data do pedido',
  },
  {
    // No notice, assessment nor summons of the tax authority came: there is no defence term to keep, and a tax due may still be
    // settled of the client's own accord, before any inspection, without the fine (denúncia espontânea, CTN art. 138).
    note: 'no-notice-received',
    areas: ['tributario'],
    remove: ['notificações, '],
    drop: ['ciência da notificação'],
    advised: ['denuncia espontanea'],
    step: 'Se houver imposto a acertar, regularizar por conta própria antes de qualquer notificação ou fiscalização (declaração retificadora, pagamento ou parcelamento): a denúncia espontânea afasta a multa (CTN art. 138)',
  },
];

/**
 * Kinds of support case (by subarea id) whose steps, for the client who owes the support (`support-debtor`), are the debtor's
 * (`SUPPORT_DEBTOR_STEPS`): a support told as set or enforced, not one asked for the first time nor revised.
 */
export const SUPPORT_DEBTOR_KINDS: string[] = ['familia.execucao-alimentos', 'familia.alimentos'];

/**
 * Steps for the debtor of a support being enforced (`support-debtor`): within 3 days pay, prove payment or justify why one cannot
 * (CPC art. 528); the arrest enforces only the last 3 instalments before the suit and those falling due after it (Súmula 309 STJ).
 */
export const SUPPORT_DEBTOR_STEPS: string[] = [
  'Levar ao advogado hoje o papel recebido, com a data em que chegou: no prazo é preciso pagar, provar que pagou ou justificar por que não pode (CPC art. 528)',
  'Reunir os comprovantes do que já pagou e as provas de que não tinha como pagar (desemprego, doença, carteira de trabalho)',
  'Pagar o que puder e guardar o comprovante: a prisão civil só cobra as 3 últimas parcelas antes do processo e as que vencerem depois (Súmula 309 do STJ)',
];

/**
 * Steps for the client a protective measure keeps away (`restrained`), instead of the victim's (register, ask for the measure):
 * the decision and the hearing to the defence, the belongings asked in the case (Lei 11.340 art. 22; CPP art. 3º-A's adversarial
 * hearing), the client's own version proved without approaching the protected person.
 */
export const RESTRAINED_STEPS: string[] = [
  'Levar ao advogado ou à Defensoria Pública a decisão da medida protetiva e a intimação da audiência, com as datas',
  'Pedir no processo, pelo advogado, a retirada dos pertences pessoais com acompanhamento (oficial de justiça ou pessoa de confiança)',
  'Reunir mensagens e nomes de testemunhas que mostrem a sua versão, sem procurar a outra parte',
];

/**
 * A payroll credit card (cartão de crédito consignado) whose reserved margin (RMC) is discounted from a benefit: the INSS statement
 * shows it, the bank must show the contract and the beneficiary's express authorisation (IN PRES/INSS 138/2022), and what was
 * discounted without a contract is returned in double (CDC art. 42 sole paragraph) with moral damages, the bank answering for a third
 * party's fraud (Súmula 479 do STJ).
 */
const RMC_STEPS: string[] = [
  'Guardar o extrato de empréstimos do benefício, tirado no Meu INSS (ou pelo 135), que mostra o cartão consignado (RMC), o banco, a data de inclusão e o valor descontado por mês',
  'Pedir ao banco, por escrito (SAC e ouvidoria, com protocolo), a cópia do contrato do cartão e a gravação da venda, se foi por telefone',
  'Pedir ao banco o cancelamento do cartão e da reserva de margem (RMC), e ao INSS (Meu INSS ou 135) a exclusão do desconto: sem autorização expressa do beneficiário ele não vale (IN PRES/INSS 138/2022)',
  'Registrar reclamação no Procon ou no consumidor.gov.br',
  'Não assinar acordo, refinanciamento nem novo cartão ou empréstimo com o banco antes de falar com o advogado',
];
const RMC_ACTION =
  'Avaliar com advogado de direito do consumidor o cancelamento do cartão consignado (RMC) não contratado, a restituição em dobro do que foi descontado (CDC art. 42, parágrafo único) e os danos morais (Súmula 479 do STJ), no Juizado Especial Cível.';

/**
 * An agreed divorce (or dissolution of a união estável) with no minor or incapable child, nor a pregnancy, is made by public deed at any
 * notary's office, with a lawyer, without a lawsuit (CPC art. 733; Lei 11.441/07); the deed settles the partition, any support between
 * the spouses and the name each keeps (CC art. 1.571 §2º).
 */
const EXTRAJUDICIAL_SPLIT_STEPS: string[] = [
  'De comum acordo e sem filhos menores ou incapazes (nem gravidez), o divórcio ou o fim da união estável pode ser feito em qualquer cartório de notas, por escritura pública com advogado, sem processo (CPC art. 733; Lei 11.441/07)',
  'Reunir a certidão de casamento atualizada, os documentos pessoais dos dois e os documentos dos bens a partilhar, se houver',
  'Combinar por escrito a partilha dos bens, a pensão entre os dois, se houver, e se quem mudou de nome volta a usar o de solteiro (CC art. 1.571 §2º)',
];
const EXTRAJUDICIAL_SPLIT_ACTION =
  'Avaliar com advogado de família o divórcio extrajudicial, por escritura pública em cartório de notas (CPC art. 733; Lei 11.441/07), com a partilha e o nome acordados.';

/**
 * Steps of a kind of case (by subarea id) for the client a note marks, instead of the kind's own, with the recommended action.
 * An approved candidate not appointed (`appointment-sought`) claims the appointment: within the vacancies of the notice it is a
 * right (STF RE 598.099, Tema 161), and passed over by someone ranked worse or by precarious hiring for the post while the exam is
 * valid (Súmula 15 do STF; STF RE 837.311, Tema 784), proved by the notice, the ranking and the others' appointments; the mandado de
 * segurança runs 120 days from the act (Lei 12.016/09 art. 23). Not an elimination's steps (the grounds of the elimination, the next stages).
 */
export const NOTE_KIND_STEPS: { subarea: string; note: ClientNote; also?: ClientNote[]; steps: string[]; action: string }[] = [
  // Spouses or partners agreed, with no minor or incapable child: the divorce or the dissolution by deed at a notary's office (`EXTRAJUDICIAL_SPLIT_STEPS`).
  ...['familia.divorcio', 'familia.uniao-estavel'].map((subarea) => ({
    subarea,
    note: 'divorce-agreed' as const,
    also: ['no-minor-children' as const],
    steps: EXTRAJUDICIAL_SPLIT_STEPS,
    action: EXTRAJUDICIAL_SPLIT_ACTION,
  })),
  // A payroll credit card (RMC) on a benefit, in whichever of the bank's kinds of case the client tells it (`RMC_STEPS`).
  ...['consumidor.contratos-bancarios', 'consumidor.consignado', 'consumidor.cobranca-indevida'].map((subarea) => ({ subarea, note: 'rmc-card' as const, steps: RMC_STEPS, action: RMC_ACTION })),
  {
    subarea: 'administrativo.concurso',
    note: 'appointment-sought',
    steps: [
      'Reunir o edital (com o número de vagas), o resultado final com a sua classificação e a homologação, publicados no Diário Oficial',
      'Juntar as provas de quem foi chamado à sua frente: as nomeações de candidatos com classificação pior que a sua, ou as contratações temporárias ou terceirizadas para o mesmo cargo durante a validade do concurso (Diário Oficial, portal da transparência)',
      'Anotar quando vence a validade do concurso e se foi prorrogada, e a data das nomeações ou contratações de quem passou à frente: o mandado de segurança tem prazo de 120 dias (Lei 12.016/09, art. 23)',
      'Pedir por escrito ao órgão a sua nomeação, com protocolo, e guardar a resposta',
    ],
    action:
      'Avaliar com advogado de direito administrativo o direito à nomeação (aprovação dentro das vagas, STF RE 598.099; preterição na ordem de classificação ou por contratação precária, Súmula 15 do STF e STF RE 837.311) e o mandado de segurança ou a ação, antes do fim da validade do concurso.',
  },
  {
    // Defects of a new building (cracks, leaks, settling): the builder answers for the work's soundness and safety for 5 years
    // from delivery, with a short term to sue from the defect's appearance (CC art. 618 and sole paragraph), and for the defects
    // of the product sold (CDC arts. 12, 18 and 26-27); proved by a technical report, not by the delivery's dates of a delay.
    subarea: 'imobiliario.construtora',
    note: 'construction-defect',
    steps: [
      'Fotografar e datar cada defeito (rachaduras, infiltrações, portas ou janelas que não fecham) e guardar os e-mails e protocolos de reclamação à construtora',
      'Notificar a construtora por escrito sobre os defeitos, com protocolo, e guardar a resposta ou anotar que não respondeu',
      'Providenciar o laudo de um engenheiro sobre a causa dos defeitos; se houver risco à estrutura, avisar a Defesa Civil',
      'Anotar quando cada defeito apareceu e a data da entrega das chaves: a construtora responde pela solidez e segurança da obra por 5 anos, e há prazo para agir contado do aparecimento do defeito (CC art. 618; CDC art. 26)',
    ],
    action:
      'Avaliar com advogado imobiliário a responsabilidade da construtora pelos defeitos da obra (CC art. 618; CDC arts. 12 e 18), a perícia ou produção antecipada de prova e a ação de reparação ou indenização.',
  },
];

/** Steps for a client who was sued, put before the area's own; steps that only fit the claimant go (`CLAIMANT_SIDE_STEPS`). */
export const DEFENDANT_STEPS: string[] = [
  'Levar ao advogado hoje a citação ou intimação recebida, com a data em que chegou: o prazo da defesa já corre',
  'Comparecer à audiência marcada, se houver: a falta de quem é processado leva à revelia',
];

/**
 * Steps for a client summoned only as a witness, instead of the area's (which speak to a party): attend, tell the truth.
 * A witness has no defence to prepare; a summoned witness who stays away may be brought by force and fined (CPP arts.
 * 218-219, CPC art. 455 §5), a false statement is a crime (CP art. 342), and the day is not docked from pay (CLT art. 473 VIII, CPC art. 463).
 */
export const WITNESS_STEPS: string[] = [
  'Comparecer no dia, hora e local da intimação, com documento com foto: a testemunha intimada que falta pode ser levada à força e multada',
  'Dizer somente a verdade sobre o que viu ou ouviu: a testemunha não é parte no processo, e mentir ou calar a verdade é crime (falso testemunho)',
  'Se não puder ir, avisar o juízo ou a delegacia antes da data, com o motivo e o comprovante',
  'Pedir a declaração de comparecimento: o dia do depoimento não pode ser descontado do salário',
];

/** Said instead of the area's recommended action when the client was summoned only as a witness. */
export const WITNESS_ACTION = 'Comparecer ao depoimento na data marcada e dizer a verdade; a testemunha não é parte e não precisa de defesa, mas pode consultar um advogado se tiver dúvidas ou receio.';

/** Steps for a client whose own lawsuit is already running, put first: it is followed, not filed again. */
export const RUNNING_LAWSUIT_STEPS: string[] = [
  'Levar ao advogado o número do processo, as últimas decisões ou intimações e a data da próxima audiência',
];

/** Said instead of the area's recommended action (which weighs whether to sue) when the client's lawsuit is already running. */
export const RUNNING_LAWSUIT_ACTION =
  'Acompanhar com advogado o processo já em andamento: os prazos, as audiências marcadas e o cumprimento do que for decidido.';

/** Phrases of steps that bring a claim: never given to a client whose lawsuit is already running. */
export const FILING_STEPS: string[] = ['Registrar reclamação', 'cabimento'];

/**
 * Steps for a client who caused the damage and is asked to pay (by subarea id), instead of the claimant's: what is asked
 * is checked before paying, since who causes a damage answers for the loss proven, not for any sum (CC arts. 944 and 186).
 */
export const AT_FAULT_STEPS: Record<string, string[]> = {
  'civil.acidente-transito': [
    'Reunir o boletim de ocorrência, fotos do local e dos veículos e os dados do outro motorista',
    'Pedir ao outro lado os orçamentos ou a nota do conserto e guardar tudo o que ele mandar: só se paga o dano comprovado',
    'Não assinar confissão de dívida nem acordo, nem pagar, antes de o advogado conferir os valores',
  ],
};

/** Said instead of the area's recommended action when the client caused the damage and is asked to pay. */
export const AT_FAULT_ACTION = 'Avaliar com advogado a responsabilidade e o valor cobrado antes de pagar ou fazer acordo: responde-se pelo dano comprovado.';

/**
 * Parties a step names that the client may not have mentioned: when none of `told` (prefixes of the client's keywords or
 * party labels) was said, `words` are taken out of the step ("nem quitação com a seguradora" to a client who named no insurer).
 */
export const STEP_MENTIONS: { words: string; told: string[] }[] = [
  { words: ' com a empresa ou a seguradora', told: ['segur'] },
  { words: ' com a seguradora', told: ['segur'] },
  // What was taken belongs to a theft, a robbery or a fraud, not to an assault or a threat.
  { words: ', comprovantes do que foi levado', told: ['roub', 'furt', 'assalt', 'latroc', 'extors', 'levaram', 'golpe', 'estelionat'] },
];

/** Phrases of steps that only fit someone who sues: never given to a client who was sued. */
export const CLAIMANT_SIDE_STEPS: string[] = ['provem o prejuízo', 'verbas devidas', 'Registrar reclamação'];

/**
 * Steps for an employer asking how to end or discipline a contract, instead of the worker's (`isEmployerAsking`): the dismissal
 * for cause needs a serious fault, proof and an immediate, proportionate answer (CLT art. 482), the severance is paid within 10
 * days (art. 477 §6) and the stabilities (a pregnant worker, ADCT art. 10 II b; an accident, Lei 8.213 art. 118; CIPA, a union
 * post) forbid a dismissal without cause.
 */
export const EMPLOYER_STEPS: string[] = [
  'Reunir o contrato de trabalho, a ficha de registro, os cartões de ponto e os holerites do empregado',
  'Guardar as advertências e suspensões assinadas e as provas de cada falta: a justa causa exige falta grave, prova e punição imediata (CLT art. 482)',
  'Verificar antes se o empregado tem estabilidade (gestante, acidente de trabalho, CIPA, dirigente sindical)',
  'Pagar as verbas rescisórias em até 10 dias do fim do contrato e registrar a saída na carteira e no eSocial (CLT art. 477)',
  'Não aplicar a justa causa antes de falar com o advogado: revertida na Justiça, custa as verbas de uma dispensa sem justa causa',
];

/**
 * Steps for the employer whose worker resigned (`employee-resigned`), instead of a dismissal's: no 40% fine, the notice the worker
 * did not serve may be discounted (CLT art. 487 §2º; for a domestic worker LC 150/2015 art. 23 §4º), the severance within 10 days.
 */
export const RESIGNED_EMPLOYER_STEPS: string[] = [
  'Pagar o saldo de salário, o 13º e as férias proporcionais com 1/3 em até 10 dias do fim do contrato (CLT art. 477 §6º): no pedido de demissão não há multa de 40% do FGTS, e o aviso prévio não cumprido pelo empregado pode ser descontado (CLT art. 487 §2º)',
  'Guardar a carta de pedido de demissão assinada pelo empregado e os recibos do que pagar',
  'Registrar a saída na carteira e no eSocial e entregar o termo de rescisão',
];

/**
 * Steps for the employer sued by the worker (`isEmployerSued`), instead of the worker's, after `DEFENDANT_STEPS`: the employer
 * proves the contract's terms, pays and hours (CLT art. 74 §2; Súmula 338 TST), and is heard through a preposto who knows the
 * facts; absent, it is in default and taken to confess them (CLT art. 844).
 */
export const SUED_EMPLOYER_STEPS: string[] = [
  'Reunir o contrato (de trabalho, de prestação de serviço ou de parceria), os recibos de pagamento, os registros de horário e as mensagens com a pessoa',
  'Anotar quem pode testemunhar sobre como era o trabalho (horário, ordens, pagamento)',
  'Escolher com o advogado quem vai à audiência como preposto: a ausência do empregador leva à revelia e à confissão dos fatos (CLT art. 844)',
  'Não procurar a pessoa para pressionar ou fazer acordo por fora antes de falar com o advogado',
];

/** Said instead of the area's recommended action (a worker's claim within 2 years) when the employer asks how to act. */
export const EMPLOYER_ACTION =
  'Avaliar com advogado trabalhista a forma de encerrar o contrato (com ou sem justa causa), as verbas a pagar e o risco de uma reclamação do empregado.';

/** Said instead of the area's recommended action when the client was sued. */
export const DEFENDANT_ACTION = 'Preparar com advogado a defesa no processo recebido, dentro do prazo e antes da audiência, se houver.';

/** The recommended action of a crime's victim (the area's own speaks of a defence as well). */
export const VICTIM_ACTION = 'Contato com advogado criminalista para representar a vítima: acompanhar a ocorrência e o inquérito e pedir as medidas de proteção cabíveis.';

/** Steps that fit a risk the client reported, put before the area's own (those of the most serious note only). */
export const NOTE_STEPS: { note: ClientNote; steps: string[] }[] = [
  {
    // A child kept from who has the custody: the search and seizure is asked at once (CPC art. 536, ECA art. 130 and 98); when the
    // child is at risk or nowhere to be found, the police and the Conselho Tutelar act the same day (ECA arts. 131 and 136).
    note: 'child-taken',
    steps: [
      'Levar ao advogado a decisão de guarda ou de visitas, se houver: ele pode pedir a busca e apreensão da criança com urgência',
      'Se a criança estiver em risco ou você não souber onde ela está, procurar agora a polícia (190) e o Conselho Tutelar',
    ],
  },
  {
    // A child beaten at home: the Conselho Tutelar and the police act the same day (ECA arts. 13, 131 and 136), the injuries are
    // recorded by an exam, and the judge can give a relative the provisional custody and remove the aggressor (ECA art. 130).
    note: 'child-beaten',
    steps: [
      'Levar a criança para atendimento médico e pedir o exame de corpo de delito; fotografar as marcas com data',
      'Comunicar o Conselho Tutelar ou o Disque 100, ou registrar ocorrência na delegacia: o advogado pode pedir com urgência a guarda provisória e o afastamento do agressor',
    ],
  },
  {
    note: 'locked-out',
    steps: [
      'Pedir com urgência, pelo advogado ou pela Defensoria Pública, a volta ao imóvel e a devolução dos pertences (reintegração de posse com liminar, CPC arts. 560-562): despejo só por ordem judicial (Lei 8.245/91, art. 5º)',
      'Fotografar a fechadura trocada e os pertences retirados e anotar quem viu',
    ],
  },
  {
    // A creditor's bankruptcy petition served on the company: within 10 days it answers and may make the deposit of the sum claimed,
    // with interest, monetary correction and fees, which keeps the bankruptcy from being decreed (Lei 11.101/05 art. 98 and sole
    // paragraph); the defence rests on the titles (art. 96), and a judicial recovery may be asked within the same term (art. 95).
    note: 'bankruptcy-petition',
    steps: [
      'Contestar o pedido de falência ou fazer o depósito elisivo (o valor cobrado, com correção, juros e honorários) em até 10 dias da citação: o depósito impede que a falência seja decretada (Lei 11.101/05, art. 98)',
      'Reunir os títulos cobrados (duplicatas, notas fiscais), os protestos e as provas de entrega, devolução ou pagamento: são a base da defesa (Lei 11.101/05, art. 96)',
      'Avaliar com o advogado, no mesmo prazo, o pedido de recuperação judicial (Lei 11.101/05, art. 95)',
    ],
  },
  { note: 'blocked-income', steps: ['Guardar o extrato que mostra o bloqueio ou a retenção e o comprovante de que o valor é salário ou benefício (verba alimentar, que não pode ficar retida nem ser penhorada, CPC art. 833 IV)'] },
];

/** The takedown of intimate images: the provider must remove them on the notice of the person shown (Marco Civil da Internet, art. 21). */
const INTIMATE_TAKEDOWN_STEP =
  'Pedir a retirada das imagens à plataforma ou ao administrador do grupo: o provedor deve removê-las após a notificação da vítima (Marco Civil da Internet, art. 21)';

/**
 * Steps an urgency signal calls for in any kind of case, put before the kind's own unless one says it already: intimate images
 * exposed (CP art. 218-C; Lei 13.718/2018) are taken down on the victim's notice, whether the case is told as a crime, a custody or
 * a separation. Not for the client accused of exposing them (`unless`).
 */
export const SIGNAL_STEPS: { signal: string; steps: string[]; unless: ClientNote[] }[] = [
  { signal: 'exposicao-intima', steps: [INTIMATE_TAKEDOWN_STEP], unless: ['accused', 'criminal-defence', 'defendant', 'restrained'] },
];

/** Phrases of steps that only fit someone accused: never given to a victim. */
export const ACCUSED_SIDE_STEPS: string[] = ['depoimento sem', 'não prestar depoimento'];

/** One protective "don't" per risk, the most serious first; the first that fits replaces the area's own "don't". */
export const CAUTIONS: { note: ClientNote; line: string }[] = [
  {
    note: 'restrained',
    line: 'Não procurar a pessoa protegida nem fazer contato, nem por mensagem ou por outra pessoa, enquanto a medida valer: descumpri-la é crime (Lei 11.340, art. 24-A)',
  },
  { note: 'violence', line: 'Não apagar mensagens, áudios ou fotos que provem a agressão; pedir medida protetiva se houver risco' },
  { note: 'credited-by-mistake', line: 'Não gastar o valor creditado por engano: ele pode ter de ser devolvido' },
  {
    note: 'coerced-resignation',
    line: 'Não pedir demissão nem assinar carta de demissão: quem pede demissão perde a multa de 40% e o saque do FGTS e o seguro-desemprego (Lei 8.036/90 art. 20 I; Lei 7.998/90 art. 3º)',
  },
  { note: 'pressure-to-sign', line: 'Não assinar distrato, acordo ou termo de quitação antes de o advogado ler' },
  { note: 'still-employed', line: 'Não pedir demissão antes de falar com o advogado' },
  { note: 'threat', line: 'Não apagar as mensagens ou áudios com a ameaça' },
];

/**
 * Errands a step may name, each by the words a step uses for it (folded): two steps naming the same errand say it twice (the
 * violence caution and the domestic-violence steps both ask for the protective order), so the later one, or the clause of a
 * combined line ("não apagar...; pedir medida protetiva"), is left out (`NextStepsWriter`).
 */
export const STEP_ERRANDS: Record<string, string[]> = {
  'medida-protetiva': ['medida protetiva', 'medidas protetivas'],
  ocorrencia: ['registrar a ocorrencia', 'registrar ocorrencia', 'fazer o boletim de ocorrencia', 'registrar o boletim de ocorrencia'],
  defensoria: ['defensoria publica'],
  'nao-pedir-demissao': ['nao pedir demissao', 'nao peca demissao'],
  // Not deleting the proof of an assault is keeping it: the victim's steps that keep messages and photos say it already.
  'provas-da-agressao': ['nao apagar mensagens, audios ou fotos', 'guardar mensagens, fotos', 'guardar as provas do fato'],
};

/** How an area step that is a "don't" begins. */
export const CAUTION_OPENINGS: string[] = ['Não ', 'Evitar '];

/** Added when the client says they cannot pay a lawyer. */
export const LEGAL_AID_STEP = 'Procurar a Defensoria Pública, que atende de graça quem não pode pagar um advogado';

/**
 * The free help where the general Defensoria is not the usual door: the worker's union gives legal aid in the labour court (Lei
 * 5.584/70 art. 14), with justiça gratuita for who earns up to 40% of the INSS ceiling (CLT art. 790 §3º); a claim against the INSS
 * runs in the federal courts, where the Defensoria Pública da União acts (LC 80/94 art. 14).
 */
export const AREA_LEGAL_AID_STEPS: Partial<Record<LegalAreaCode, string>> = {
  trabalhista:
    'Procurar o sindicato da sua categoria, que dá assistência jurídica gratuita ao trabalhador (Lei 5.584/70, art. 14), ou a Defensoria Pública; na Justiça do Trabalho, quem ganha até 40% do teto do INSS tem justiça gratuita',
  previdenciario: 'Procurar a Defensoria Pública da União, que atende de graça quem não pode pagar um advogado nas causas contra o INSS',
};

/** A statutory servant's right is in the statute and the local law; its instalments lapse after five years (Decreto 20.910/32). */
const SERVANT_STEPS: string[] = [
  'Reunir os contracheques, o ato de nomeação ou posse e a lei ou o estatuto que prevê o direito pedido',
  'Guardar o requerimento feito ao órgão e a resposta, com as datas (ou anotar que não houve resposta)',
  'Juntar o que prova o fato que dá o direito (laudos do local de trabalho, portarias, escalas, declarações da chefia)',
  'Anotar desde quando o direito não é pago: as parcelas de mais de 5 anos prescrevem',
];

/** Steps for kinds of case the area's general steps would not fit (by subarea id). */
export const SUBAREA_STEPS: Record<string, string[]> = {
  'empresarial.conflito-socios': [
    'Reunir o contrato social e as alterações, atas e acordos entre os sócios',
    'Juntar extratos e balanços que mostrem a movimentação da empresa',
    'Não retirar bens nem valores da empresa antes de falar com o advogado',
  ],
  'empresarial.constituicao': [
    'Anotar quem serão os sócios, a atividade e quanto cada um vai investir',
    'Levar ao advogado minutas ou modelos de contrato social que já tenha',
  ],
  'empresarial.propriedade-intelectual': [
    'Verificar no INPI se a marca está registrada e em nome de quem',
    'Guardar provas do uso da marca (notas, anúncios, datas)',
  ],
  // A contract between businesses (supply, distribution, commercial agency: CC arts. 473 and 710-721; Lei 4.886/65): the contract,
  // the orders and the notice are the proof, not a company's books and creditors.
  'empresarial.contratos': [
    'Reunir o contrato e os aditivos, os pedidos, as notas fiscais e a correspondência com a outra empresa',
    'Anotar as datas do aviso de rescisão, dos últimos pagamentos e do que ficou em aberto',
    'Não assinar distrato, acordo nem quitação antes de falar com o advogado',
  ],
  // Salary unpaid for months: the worker may leave and keep every right of a dismissal without cause (rescisão indireta, CLT art.
  // 483 d), which a resignation would forfeit.
  'trabalhista.salarios': [
    'Não pedir demissão antes de falar com o advogado: o salário atrasado permite pedir a rescisão indireta (CLT art. 483, d), com os direitos de uma dispensa sem justa causa',
    'Reunir holerites, extratos da conta que mostrem os meses sem o salário e o extrato do FGTS',
    'Guardar mensagens em que o empregador admite o atraso ou promete pagar',
  ],
  // A delivery late past the 180 days of tolerance lets the buyer rescind with everything paid returned, or keep the flat with
  // 1% a month of what was paid (Lei 4.591/64 art. 43-A §§1º-2º, Lei 13.786/18); stopping the instalments alone gives the
  // builder a default to claim.
  'imobiliario.construtora': [
    'Anotar a data de entrega prevista no contrato e o prazo de tolerância (até 180 dias): passado ele, pode-se pedir a rescisão com devolução de tudo o que foi pago ou a indenização de 1% ao mês (Lei 4.591/64, art. 43-A)',
    'Reunir o contrato, os comprovantes de pagamento e as mensagens ou avisos da construtora sobre o atraso',
    'Não parar de pagar as parcelas por conta própria antes de falar com o advogado: a suspensão é pedida ao juiz',
  ],
  'criminal.vitima-golpe': [
    'Guardar comprovantes das transferências, prints e dados de quem recebeu o dinheiro',
    'Avisar o banco por escrito e anotar o protocolo',
  ],
  'criminal.vitima': [
    'Guardar as provas do fato (mensagens, fotos, comprovantes do que foi levado) e os nomes de testemunhas',
    'Anotar onde há câmeras que possam ter gravado o fato',
    'Levar ao advogado qualquer intimação da delegacia para acompanhar o inquérito',
  ],
  // The offended person's complaint (queixa-crime) lapses six months after they learn who the author is (CP art. 103, CPP art. 38);
  // a post may be deleted, so it is kept with its link and date (an ata notarial makes it proof).
  'criminal.honra': [
    'Guardar prints das publicações ou mensagens com data, link e o perfil de quem publicou (se possível, registrar em ata notarial)',
    'Anotar quem viu ou comentou, para servir de testemunha',
    'Não responder às ofensas em público enquanto fala com o advogado',
    'Atenção ao prazo: a queixa-crime deve ser apresentada em até 6 meses desde que se soube quem é o autor',
  ],
  // The platform must take the images down once the person shown notifies it (Marco Civil da Internet, art. 21); the crime is
  // prosecuted without a private complaint (CP art. 218-C), so there is no six-month deadline to keep.
  'criminal.imagens-intimas': [
    'Guardar prints das publicações e mensagens com data, link e o perfil de quem publicou, sem repassar as imagens',
    INTIMATE_TAKEDOWN_STEP,
    'Registrar a ocorrência (na Delegacia da Mulher quando o autor é parceiro ou ex-parceiro)',
    'Se houver ameaça, pedir medida protetiva de urgência, que o juiz decide em até 48 horas (Lei 11.340, art. 18)',
  ],
  'criminal.violencia-domestica': [
    'Registrar a ocorrência na Delegacia da Mulher (ou em qualquer delegacia)',
    'Pedir medida protetiva de urgência, que o juiz decide em até 48 horas (Lei 11.340, art. 18)',
    'Guardar mensagens, fotos das lesões, laudos e nomes de testemunhas',
  ],
  // The bank's own hold (Resolução BCB 96/2021 asks it to tell the reason): asked in writing, then to the Banco Central; a salary
  // held is urgent (tutela de urgência in the Juizado).
  'consumidor.bloqueio-pelo-banco': [
    'Pedir ao banco por escrito (SAC e ouvidoria) o motivo e o prazo do bloqueio, e anotar cada protocolo',
    'Registrar reclamação no Banco Central (Meu BC) ou no consumidor.gov.br',
    'Guardar o print do aplicativo com a conta bloqueada e os extratos com o saldo retido',
  ],
  'consumidor.consignado': [
    'Tirar no Meu INSS (ou pedir ao RH, se o desconto é no salário) o extrato de empréstimos consignados, com cada contrato e parcela',
    'Pedir ao banco a cópia do contrato assinado e guardar os extratos com os descontos',
    'Não assinar refinanciamento, portabilidade nem novo empréstimo antes de falar com o advogado',
  ],
  'consumidor.fraude-bancaria': [
    'Contestar as transações no banco por escrito e anotar o protocolo',
    'Guardar extratos, prints e o boletim de ocorrência, se houver',
  ],
  'civil.indenizacao-morte': [
    'Reunir a certidão de óbito, o boletim de ocorrência e os laudos',
    'Anotar quem dependia da renda de quem morreu (filhos, cônjuge) e quanto ele ganhava',
    'Não assinar acordo nem quitação com a empresa ou a seguradora antes de falar com o advogado',
  ],
  'civil.acidente-transito': [
    'Reunir o boletim de ocorrência, fotos, vídeos e os dados do outro veículo e do seguro',
    'Guardar orçamentos, notas e laudos dos danos e do tratamento',
    'Não assinar acordo nem quitação com a seguradora antes de falar com o advogado',
  ],
  // A building's rules and decisions are the convention, the internal rules and the minutes (CC arts. 1.333-1.334 and 1.350-1.352).
  'imobiliario.condominio': [
    'Reunir a convenção, o regimento interno e as atas das assembleias que tratam do caso',
    'Guardar as notificações, multas e boletos do condomínio e as conversas com o síndico ou a administradora',
  ],
  // A medical error is proved by the record and an expert's reading of it: the patient and the family have the right to a full copy
  // of the medical record (CFM Res. 1.605/2000 and 2.217/2018, Código de Ética Médica art. 88).
  'civil.erro-medico': [
    'Pedir por escrito ao hospital ou à clínica a cópia integral do prontuário (é direito do paciente e da família)',
    'Reunir exames, receitas, laudos e notas do tratamento, de antes e de depois',
    'Anotar as datas, os nomes dos profissionais e o que foi dito em cada atendimento',
  ],
  // The animal's owner answers (CC art. 936): who owns it, the harm and its costs are the proof, not a medical record's error.
  'civil.animal': [
    'Anotar quem é o dono ou responsável pelo animal e onde ele fica',
    'Reunir fotos dos ferimentos ou dos danos, o atendimento médico e os recibos de tratamento e remédios',
    'Guardar o boletim de ocorrência, se houver, e os nomes de quem viu',
  ],
  // A neighbour's abnormal use of property (CC art. 1.277): the nuisance recorded over time is the proof.
  'civil.vizinhanca': [
    'Guardar fotos, vídeos e gravações do problema (barulho, infiltração, obra, árvore), com as datas',
    'Reunir as mensagens ou notificações trocadas com o vizinho e, em prédio, com o síndico',
    'Anotar os nomes de outros vizinhos que também sofrem com o problema e podem testemunhar',
  ],
  // A lease's deposit is returned at the end with the keys, less what the inspection proves (Lei 8.245/91 arts. 23 III and 37-38):
  // the lease, the deposit paid and both inspections, not the property's registry.
  'imobiliario.caucao': [
    'Reunir o contrato de locação, o comprovante da caução paga e as vistorias (fotos ou termo) de entrada e de saída',
    'Guardar o recibo da entrega das chaves e as conversas sobre a devolução com o locador ou a imobiliária',
  ],
  'imobiliario.locacao': [
    'Reunir o contrato de locação, os recibos dos aluguéis e as vistorias',
    'Guardar as conversas com o locador ou a imobiliária e fotos do imóvel',
  ],
  'imobiliario.retomada': [
    'Levar ao advogado a notificação recebida, com a data em que chegou, e o contrato de locação',
    'Reunir os recibos ou comprovantes dos aluguéis pagos',
    'Despejo só se faz por ordem judicial (Lei 8.245/91): não trocar fechaduras nem retirar pertences por conta própria, nem sair sem falar com o advogado',
  ],
  'imobiliario.despejo': [
    'Levar ao advogado a notificação, a citação ou o mandado de despejo, com a data em que chegou',
    'Reunir o contrato de locação e os recibos ou comprovantes dos aluguéis pagos',
    'Despejo só se faz por ordem judicial (Lei 8.245/91): não trocar fechaduras nem retirar pertences por conta própria, nem sair sem falar com o advogado',
  ],
  // A home bought and never registered, or held for years: the purchase and the possession are proved (adjudicação compulsória,
  // usucapião, CC arts. 1.238-1.242), and only a court's order takes the client out, not the other side's letter.
  'imobiliario.regularizacao': [
    'Reunir o contrato de compra, os recibos de pagamento e os comprovantes de IPTU, água e luz em seu nome: provam a compra e a posse',
    'Tirar a matrícula atualizada do imóvel no cartório de registro de imóveis, para ver em nome de quem ele está',
    'Anotar desde quando mora no imóvel e os nomes de vizinhos que podem testemunhar',
    'Não sair do imóvel nem entregar as chaves por causa de notificação: só uma ordem judicial obriga a sair',
  ],
  // Arrears of support already set: the last three instalments and those falling due in the suit are enforced under pain of civil
  // arrest (CPC art. 528 §7, Súmula 309 STJ), older ones by seizure (art. 523): each unpaid month and the debtor's means matter.
  // The judge also has the decision protested and the debtor's name put on the credit registers (CPC arts. 528 §1º and 782 §3º).
  'familia.execucao-alimentos': [
    'Reunir a decisão ou o acordo que fixou a pensão e anotar cada mês não pago, com o valor',
    'Guardar o que mostra a renda ou os bens de quem deve (emprego, fotos, publicações, veículos)',
    'Pedir a cobrança logo: as três últimas parcelas podem ser cobradas com pena de prisão civil (CPC art. 528), e na cobrança o juiz pode mandar protestar a decisão e incluir o nome de quem deve em cadastro de inadimplentes, como o Serasa (CPC arts. 528 §1º e 782 §3º)',
  ],
  // A refused cover: the operator must give the refusal in writing when asked, the ANS takes complaints (NIP), and an urgent
  // treatment can be ordered by a judge at once (tutela de urgência; Lei 9.656/98 art. 35-C makes emergencies compulsory).
  'consumidor.plano-saude': [
    'Guardar a negativa por escrito (pedir à operadora, se ainda não tiver) e os números de protocolo',
    'Pedir ao médico um relatório com o diagnóstico, o tratamento indicado e a urgência',
    'Registrar reclamação na ANS (Disque ANS 0800 701 9656 ou site da ANS)',
  ],
  // Support set or revised by need and means (CC art. 1.694 §1): the child's bond and costs, and what each parent earns.
  'familia.alimentos': [
    'Reunir a certidão de nascimento dos filhos e, se houver, a decisão ou o acordo da pensão',
    'Juntar comprovantes dos gastos dos filhos (escola, saúde, alimentação, moradia)',
    'Anotar o que se sabe da renda e do trabalho de quem paga e de quem recebe',
  ],
  // The payer proves the change in means (CC art. 1.699); until the judge decides, the support set is still owed in full and its
  // arrears can be enforced with arrest (CPC art. 528): paying less on one's own is no revision.
  'familia.revisao-alimentos': [
    'Reunir a decisão ou o acordo que fixou a pensão e as provas da mudança de renda ou de despesas (carteira, holerites, benefício, laudos, certidão de novo filho)',
    'Continuar pagando o valor fixado até o juiz decidir: reduzir por conta própria gera dívida que pode levar à prisão civil',
    'Anotar o que se sabe da renda de quem recebe a pensão e das necessidades atuais do filho',
  ],
  // Coming of age does not end the support by itself: a judge decides, after hearing the child (Súmula 358 STJ).
  'familia.exoneracao-alimentos': [
    'Reunir a decisão ou o acordo da pensão e as provas de que o filho é maior e se sustenta (diploma, carteira de trabalho, contracheque)',
    'Continuar pagando até o juiz decidir: a maioridade não encerra a pensão sozinha (Súmula 358 do STJ)',
  ],
  // The dependant proves the death and the bond (Lei 8.213 arts. 16 and 74; a união estável by documents of the last two
  // years, §5); the appeal to the Junta de Recursos runs 30 days from the notice (Decreto 3.048 art. 305 §1). Asked within 90 days
  // of the death, the pension is paid from the death; later, only from the request (Lei 8.213 art. 74 I-II).
  // An age retirement turns on the contribution record and on the time the INSS left out (rural, special, unregistered), not on
  // medical reports or examinations, which are an incapacity benefit's.
  'previdenciario.aposentadoria-idade': [
    'Baixar no Meu INSS o extrato do CNIS e a carta do INSS (indeferimento, cessação ou aviso de irregularidade), com a data em que chegou',
    'Reunir carteiras de trabalho, carnês e as provas do tempo que o INSS não reconheceu (rural, especial ou sem registro)',
    'Anotar as datas dos pedidos feitos ao INSS e os prazos das cartas recebidas',
  ],
  'previdenciario.pensao-morte': [
    'Se ainda não pediu, pedir a pensão ao INSS agora (pelo Meu INSS ou pelo telefone 135): pedida em até 90 dias do óbito, ela é paga desde a data do falecimento (Lei 8.213, art. 74, I)',
    'Reunir a certidão de óbito e os documentos de quem faleceu (carteira de trabalho, carnês ou o benefício que recebia)',
    'Juntar as provas do vínculo ou da dependência (certidões, conta conjunta, mesmo endereço, imposto de renda, fotos) e nomes de testemunhas',
    'Se o INSS negou, guardar a carta com a data em que chegou: o recurso administrativo tem prazo de 30 dias',
  ],
  'administrativo.servidor': SERVANT_STEPS,
  'administrativo.adicionais': SERVANT_STEPS,
  // A medicine or treatment the public health system does not give is a duty of the State (CF art. 196) that a judge orders at
  // once when health is at risk (CPC art. 300): the doctor's report of need and urgency and the written refusal are the case, not a
  // notice to answer (STF Tema 793: União, estados and municípios answer together; STJ Tema 106: the requisites of a medicine off the lists).
  // The quotas' cession is a contract and an amendment of the articles filed at the Junta Comercial (CC arts. 1.057 and 1.003).
  'empresarial.cessao-quotas': [
    'Reunir o contrato social e as alterações já registradas na Junta Comercial',
    'Pôr por escrito o preço e as parcelas combinados, com as garantias do pagamento, no contrato de cessão de quotas',
    'Levantar dívidas, contratos e processos da empresa: quem sai responde por 2 anos pelas obrigações da época (Código Civil, art. 1.003)',
  ],
  'administrativo.saude-publica': [
    'Pedir ao médico um relatório com o diagnóstico, o remédio ou tratamento indicado, por que ele é necessário e o risco de esperar',
    'Guardar a receita e a negativa da farmácia, do posto ou da secretaria de saúde por escrito (pedir por escrito, se ainda não tiver), com os protocolos',
    'Com risco à saúde, o advogado ou a Defensoria Pública pode pedir ao juiz que mande fornecer o tratamento com urgência',
  ],
  // A candidate's case turns on the notice (edital) and the grounds of the act; missing a later stage eliminates them.
  'administrativo.concurso': [
    'Reunir o edital, o resultado com o motivo da eliminação ou da classificação e as datas de cada publicação',
    'Guardar o recurso administrativo feito e a resposta da banca, se houver',
    'Juntar provas a favor (laudos, atestados, notas e documentos pedidos no edital)',
    'Não deixar de comparecer às próximas etapas e convocações enquanto fala com o advogado',
  ],
  // The inventory is opened within 2 months of the death (CPC art. 611); after it, the states' ITCMD laws add a fine.
  'familia.sucessoes': [
    'Reunir a certidão de óbito e os documentos dos bens deixados',
    'Anotar quem são os herdeiros e se há testamento',
    // With every heir of age and capable and all in agreement, the inventory is a deed at a notary's office, with a lawyer, in weeks
    // instead of a lawsuit (CPC art. 610 §1º; Lei 11.441/07); a minor heir or a dispute keeps it in court.
    'Se todos os herdeiros forem maiores, capazes e estiverem de acordo, o inventário pode ser feito em cartório, por escritura com advogado (inventário extrajudicial, CPC art. 610 §1º; Lei 11.441/07), mais rápido que o judicial',
    'Atenção ao prazo: o inventário deve ser aberto em até 2 meses do falecimento (CPC art. 611); depois dele, o imposto da herança (ITCMD) pode ter multa',
  ],
  'familia.guarda': [
    'Reunir certidões de nascimento e provas da rotina dos filhos (escola, saúde)',
    'Guardar mensagens sobre visitas e convivência',
  ],
  // A curatorship is asked with a medical report and limited to the person's property and business (CPC arts. 747-758; Lei
  // 13.146/15 art. 85): the doctor's word and the assets at stake are the case, not a divorce's certificates.
  'familia.curatela': [
    'Reunir laudos e relatórios médicos que mostrem a doença e como ela afeta as decisões da pessoa',
    'Listar os bens, a renda e os benefícios da pessoa, e o que já foi feito em nome dela (procurações, vendas, empréstimos)',
    'Anotar quem cuida dela hoje e quem mais da família pode ser ouvido',
  ],
  // An adoption runs in the Vara da Infância, through its technical team's study (ECA arts. 39-52 and 197-A to 197-F); a child
  // already raised by the family outside the register is heard on that bond (art. 50 §13), and guarda comes first (art. 33).
  'familia.adocao': [
    'Reunir a certidão de nascimento da criança e provas de quem cuida dela e desde quando (vacinas, escola, médico, fotos)',
    'Comparecer às audiências e às entrevistas da equipe técnica da Vara da Infância nas datas marcadas',
    'Anotar o que se sabe dos pais biológicos (paradeiro, consentimento, processo de destituição do poder familiar)',
  ],
};

const SERVANT_ACTION =
  'Avaliar com advogado de direito administrativo o direito previsto no estatuto ou na lei do servidor, o requerimento no órgão e, se preciso, a ação judicial (parcelas dos últimos 5 anos).';

/** The recommended action of a kind of case the area's own would misname (by subarea id). */
export const SUBAREA_ACTIONS: Record<string, string> = {
  // A mark is an industrial-property right (Lei 9.279/96): who holds it at the INPI, not the company's restructuring.
  'empresarial.propriedade-intelectual':
    'Avaliar com advogado empresarial a titularidade da marca no INPI e as medidas para proteger o seu uso (oposição, nulidade ou notificação).',
  'administrativo.servidor': SERVANT_ACTION,
  'administrativo.adicionais': SERVANT_ACTION,
  'administrativo.saude-publica':
    'Avaliar com advogado, ou com a Defensoria Pública, a ação contra o poder público para fornecer o remédio ou o tratamento (CF art. 196; União, estado e município respondem juntos, STF Tema 793), com pedido de tutela de urgência (CPC art. 300).',
  'familia.curatela':
    'Avaliar com advogado de família o pedido de curatela (CPC arts. 747-758), limitada aos bens e negócios da pessoa (Lei 13.146/15 art. 85), e a curatela provisória se houver urgência.',
  'familia.adocao':
    'Avaliar com advogado de família a guarda provisória e o pedido de adoção na Vara da Infância e Juventude (ECA arts. 33 e 39-52), também fora do cadastro quando o vínculo já existe (art. 50 §13).',
  // A partner who takes the company's money may be excluded (CC art. 1.085) or the client may leave (art. 1.029), with the
  // shares' value worked out (apuração de haveres, CPC arts. 599-609).
  'empresarial.cessao-quotas':
    'Avaliar com advogado empresarial o contrato de cessão de quotas e a alteração do contrato social na Junta Comercial (CC arts. 1.057 e 1.003), e se a empresa segue como limitada unipessoal (CC art. 1.052 §1º).',
  'empresarial.conflito-socios':
    'Avaliar com advogado empresarial a prestação de contas, a exclusão do sócio ou a saída da sociedade (dissolução parcial, CC arts. 1.029 e 1.085; CPC arts. 599-609) com a apuração de haveres.',
  'trabalhista.salarios':
    'Avaliar com advogado trabalhista a cobrança dos salários e do FGTS em atraso e a rescisão indireta do contrato (CLT art. 483, d), sem pedir demissão.',
  'previdenciario.pensao-morte':
    'Avaliar com advogado previdenciário as provas da dependência e o pedido ou recurso da pensão no INSS e, se negado, a ação judicial.',
};

/** Most steps in a result. */
export const MAX_NEXT_STEPS = 5;
