import { ChecklistTopic, LegalAreaCode, Topic } from '../interview-engine.types';
import { ClientNote } from './client-notes.lexicon';
import { OPPOSED_RELATIVES } from './parties.lexicon';
import { SUPPLY_CUT_NAMED } from './utility-supply.lexicon';

/** Opens the reply when the client reports a risk (or the case is urgent from the start). */
export const URGENT_ACKNOWLEDGEMENT = 'Entendo, é urgente.';

/** Opens the reply to a later message that tells a risk again (violence, a threat): acknowledged, its channels not repeated. */
export const GRAVE_ACKNOWLEDGEMENT = 'Entendo, isso é grave.';

/** Opens the reply to a first message that already describes a problem. */
export const FIRST_ACKNOWLEDGEMENT = 'Obrigado por me contar.';

/** Opens the reply to a first message that says only that help is needed ("oi, preciso de ajuda"). */
export const VAGUE_OPENING_ACKNOWLEDGEMENT = 'Claro, estou aqui para ajudar.';

/** Short acknowledgements put before a later question, used in turn. */
export const ACKNOWLEDGEMENTS: string[] = ['Entendi.', 'Certo, obrigado.', 'Obrigado pela informação.', 'Anotado.'];

/** Said once, when the client first mentions the death of someone close (`CLOSE_DEATH`). */
export const CONDOLENCES = 'Sinto muito pela sua perda.';

/**
 * Words that make a death the client's own loss: a possessive ("minha mãe faleceu", "o falecimento do meu marido", "perdi meu
 * filho") or a word of kinship ("a mãe das crianças morreu"). A stranger's death the client saw or heard of ("um motociclista
 * morreu", "o vendedor faleceu") is a fact of the case, not a loss to condole. Folded.
 */
export const CLOSE_PERSON: string[] = [
  'meu', 'minha', 'meus', 'minhas', 'nosso', 'nossa', 'nossos', 'nossas',
  'pai', 'mae', 'marido', 'esposa', 'esposo', 'companheir[oa]', 'filh[oa]s?', 'irma[o]?', 'irmaos', 'avo', 'avos', 'ti[oa]', 'sogr[oa]',
  'net[oa]', 'prim[oa]', 'noiv[oa]', 'namorad[oa]', 'padrasto', 'madrasta', 'entead[oa]', 'genro', 'nora', 'cunhad[oa]', 'bebe', 'amig[oa]',
];

const CLOSE = `(?:${CLOSE_PERSON.join('|')})`;
const DEATH = '(?:faleceu|falecid[oa]s?|morreu|morreram|veio a falecer|faleceram)';
/**
 * A death that is the client's loss (`CLOSE_PERSON`): someone close named before the verb in the same sentence ("minha mãe, de 80
 * anos, faleceu"), after it ("faleceu meu pai"), or as whose the death or the loss was ("o falecimento da minha avó", "perdi meu
 * filho"). Further from the verb, the one close stays its subject while no other subject comes between (no "que", no article):
 * "minha esposa estava comigo e ficou internada, mas infelizmente faleceu", not "meu carro bateu e o motociclista morreu".
 * Run on folded text.
 */
export const CLOSE_DEATH = new RegExp(
  `\\b${CLOSE}\\b[^.!?;\\n]{0,40}?\\b${DEATH}\\b|\\b${CLOSE}\\b(?:(?!\\b(?:que|o|a|os|as|um|uma)\\b)[^.!?;\\n]){41,100}?\\b${DEATH}\\b|\\b${DEATH} (?:o |a )?${CLOSE}\\b|\\b(?:falecimento|morte|obito|perda) d[oa]s? ${CLOSE}\\b|\\b(?:perdi|perdemos) (?:o |a )?${CLOSE}\\b`,
);
/** Client notes that make the reply open with `URGENT_ACKNOWLEDGEMENT`. */
/**
 * Words by which a client calls the matter urgent (folded): with a running term of a few days behind it ("URGENTE recebi uma
 * citação de despejo"), the opening is acknowledged as urgent, though no arrest or violence brings it within a day.
 */
export const SAID_URGENT = ['urgente', 'urgencia', 'socorro', 'desesperad*'];

export const URGENT_NOTES: ClientNote[] = ['violence', 'threat', 'child-taken', 'blocked-income', 'pressure-to-sign', 'child-beaten', 'locked-out'];

/** The violence line for violence at home, or of someone not yet named (`HOME_PARTIES`). */
export const HOME_VIOLENCE_LINE =
  'Se você estiver em perigo agora, ligue 190 (Polícia Militar). A Central de Atendimento à Mulher atende 24 h no 180, e na Delegacia da Mulher (ou em qualquer delegacia) você pode registrar a ocorrência e pedir medida protetiva de urgência.';

/**
 * For the client a protective measure keeps away (`restrained`): any contact with the protected person, even a message or
 * through someone else, or coming closer than the distance set, is the crime of Lei 11.340 art. 24-A (an arrest in the act, CPP
 * art. 313 III); belongings left in the home are asked of the judge in the case, never fetched.
 */
export const RESTRAINED_LINE =
  'Enquanto a medida protetiva valer, não procure a pessoa protegida nem chegue mais perto do que a distância fixada, nem por mensagem ou por outra pessoa: descumprir a medida é crime (Lei 11.340, art. 24-A) e pode levar à prisão. Para buscar os seus pertences, o advogado ou a Defensoria Pública pede ao juiz no processo.';

/** What Justus says, before the next question, the first time a risk (or a barrier to help) is reported. Most urgent first. */
export const SAFETY_LINES: Partial<Record<ClientNote, string>> = {
  restrained: RESTRAINED_LINE,
  violence: HOME_VIOLENCE_LINE,
  // A child's own channels (ECA arts. 13 and 130): the Conselho Tutelar, the Disque 100, and the exam that records the injuries.
  'child-beaten':
    'Se a criança corre perigo agora, ligue 190. Você pode denunciar no Conselho Tutelar ou pelo Disque 100 (gratuito, 24 h) e levar a criança para atendimento médico e exame; o advogado pode pedir com urgência a guarda provisória e o afastamento do agressor.',
  'child-taken':
    'Se a criança corre risco ou você não sabe onde ela está, procure agora a polícia (190) e o Conselho Tutelar; o advogado pode pedir a busca e a guarda com urgência.',
  threat: 'Guarde as mensagens, áudios ou nomes de quem presenciou a ameaça; se houver risco imediato, ligue 190.',
  // Put out of the home without a judge's order (Lei 8.245/91 art. 5º; CPC arts. 560-562): the way back is an urgent order, and a
  // family with nowhere to sleep is sheltered by the municipality's social assistance (CRAS, Lei 8.742/93 art. 6º-C).
  'locked-out':
    'Ninguém pode tirar você do imóvel sem ordem judicial: o advogado ou a Defensoria Pública pode pedir ao juiz, com urgência, a sua volta e a devolução das suas coisas. Se houver ameaça ou risco agora, ligue 190; se não tiver onde dormir hoje, o CRAS ou a assistência social da prefeitura indica acolhimento.',
  'blocked-income': 'Bloqueio de salário ou benefício pode ser revertido com urgência; guarde o extrato ou aviso que mostra o bloqueio.',
  // A resignation forfeits the 40% FGTS fine, the FGTS withdrawal and the unemployment insurance (Lei 8.036/90 arts. 18 and 20 I;
  // Lei 7.998/90 art. 3º), and one signed under pressure is void (CC art. 151, CLT art. 9º): said before the plain "não assine".
  'coerced-resignation':
    'Não peça demissão nem assine carta de demissão antes de falar com o advogado: quem pede demissão perde a multa de 40% e o saque do FGTS e o seguro-desemprego, e a demissão assinada sob pressão pode ser anulada.',
  'pressure-to-sign': 'Não assine nada antes de o advogado ler o documento.',
  // Not a danger but a barrier to any help: who cannot pay is told at once of the free channels (CF art. 5º LXXIV, art. 134;
  // CPC art. 98, the gratuidade da justiça) before the question goes on. Worded as a condition: "não tenho como pagar" is as
  // often the debt itself.
  'cannot-pay':
    'Se a dificuldade for também o custo do advogado: quem não pode pagar tem direito à justiça gratuita e pode ser atendido de graça pela Defensoria Pública; o advogado também explica as formas de cobrança.',
};

/**
 * The `cannot-pay` line where the general Defensoria is not the usual door: the worker's union gives free legal aid in the labour
 * court (Lei 5.584/70 art. 14) and the worker may claim alone there (CLT art. 791); a claim against the INSS runs in the federal
 * courts, where the Defensoria Pública da União acts (LC 80/94 art. 14).
 */
export const AREA_LEGAL_AID_LINES: Partial<Record<LegalAreaCode, string>> = {
  trabalhista:
    'Se a dificuldade for também o custo do advogado: o sindicato da sua categoria dá assistência jurídica gratuita ao trabalhador, e na Justiça do Trabalho quem não pode pagar tem justiça gratuita; muitos advogados trabalhistas só cobram se você ganhar.',
  previdenciario:
    'Se a dificuldade for também o custo do advogado: nas causas contra o INSS, a Defensoria Pública da União atende de graça quem não pode pagar; o advogado também explica as formas de cobrança.',
};

/**
 * A safety line never said to a client whose role the named note sets: the victim's channels (the 180, asking for a protective
 * measure) are not for the one the measure was issued against, whatever words of violence the case's court or papers bring.
 */
export const SAFETY_LINE_WITHHELD_FOR: Partial<Record<ClientNote, ClientNote>> = { violence: 'restrained' };

/** A safety line left out when the note it names gives a line that already says it (the resignation's says "não assine"). */
export const SAFETY_LINE_COVERED_BY: Partial<Record<ClientNote, ClientNote>> = { 'pressure-to-sign': 'coerced-resignation' };

/**
 * The violence line (`HOME_VIOLENCE_LINE`) for who is not hurt at home: the 180 and the Delegacia da Mulher answer violence
 * against a woman in the home, the family or an intimate relationship (Lei 11.340 art. 5); a neighbour's or a stranger's blow is
 * reported at any police station, where the exam of the injuries is asked (CPP art. 158).
 */
export const OUTSIDE_HOME_VIOLENCE_LINE =
  'Se você estiver em perigo agora, ligue 190 (Polícia Militar). Em qualquer delegacia você pode registrar a ocorrência e pedir o exame de corpo de delito; o advogado pode pedir ao juiz medidas que afastem o agressor.';

/** The violence lines for a client who already registered the occurrence: never told to register it again. */
export const REPORTED_VIOLENCE_LINES: { home: string; outside: string } = {
  home:
    'Se você estiver em perigo agora, ligue 190 (Polícia Militar); a Central de Atendimento à Mulher atende 24 h no 180. Com a ocorrência já registrada, a medida protetiva de urgência pode ser pedida na delegacia ou pelo advogado, e o juiz decide em até 48 horas.',
  outside:
    'Se você estiver em perigo agora, ligue 190 (Polícia Militar). Com a ocorrência já registrada, o advogado pode acompanhar o inquérito e pedir ao juiz medidas que afastem o agressor.',
};

/**
 * Who hurts at home (Lei 11.340 art. 5: the household, the family, an intimate relationship), by party label. A client who has
 * named no one yet gets the home line too: the 180 is not withheld from a woman who has not yet said who hit her.
 */
export const HOME_PARTIES: string[] = [
  'cônjuge ou companheiro(a)', 'ex-cônjuge ou ex-companheiro(a)', 'ex-parente por afinidade (ex-cunhado, ex-sogro)', ...Object.values(OPPOSED_RELATIVES),
];

/** Asked instead of the area menu after an urgent first message: the story, not a list of areas. */
export const URGENT_AREA_QUESTION = 'Para eu encaminhar rápido: o que aconteceu, quando foi e quem está envolvido?';

/**
 * Notes that make the client a victim: questions meant for someone accused are worded for them instead.
 * Who registered the occurrence or wants the other side prosecuted is the complainant, not the accused.
 */
export const VICTIM_NOTES: ClientNote[] = ['victim', 'violence', 'threat', 'police-report-filed', 'criminal-complaint'];

/** How a criminal-law question is worded for a victim (the defaults ask about the accused). */
export const VICTIM_QUESTIONS: Partial<Record<Topic, string>> = {
  facts: 'Pode me contar o que aconteceu, quando foi e quem fez isso?',
  parties: 'Quem fez isso com você, e alguém presenciou ou pode testemunhar?',
  urgency: 'Você já registrou ocorrência ou pediu medida protetiva? Há audiência ou prazo marcado?',
};

/**
 * The urgency question for a victim of no violence or threat (a theft, a scam): a medida protetiva answers a danger to
 * the person (Lei 11.340/06, CPP art. 319), so it is not asked of them.
 */
export const VICTIM_UNTHREATENED_QUESTIONS: Partial<Record<Topic, string>> = {
  urgency: 'Você já registrou boletim de ocorrência? Há audiência ou prazo marcado?',
};

/** Notes of a danger to the victim's person, for which a medida protetiva is asked. */
export const PERSONAL_DANGER_NOTES: ClientNote[] = ['violence', 'threat', 'elder-abuse'];

/**
 * How a labour-law question is worded for the employer who asks how to act (`isEmployerAsking`): the defaults ask the worker
 * for their salary and what they have to receive.
 */
export const EMPLOYER_QUESTIONS: Partial<Record<Topic, string>> = {
  timeline: 'Desde quando o empregado trabalha com você, e quando aconteceu o que motiva a dispensa?',
  amount: 'Quanto o empregado ganha, e há algum valor pendente com ele (salário, férias, horas extras)?',
  documents: 'Quais documentos você tem do contrato? Por exemplo: registro, contrato de trabalho, cartões de ponto, holerites, advertências assinadas.',
  outcome: 'O que você pretende fazer: dispensar com ou sem justa causa, advertir, ou fazer um acordo com o empregado?',
};

/**
 * How a labour-law question is worded for the employer whose worker resigned (`employee-resigned`): nothing to decide about a
 * dismissal, only the severance and the paperwork of the exit.
 */
export const RESIGNED_EMPLOYER_QUESTIONS: Partial<Record<Topic, string>> = {
  timeline: 'Desde quando o empregado trabalhava com você, e em que dia ele pediu demissão?',
  outcome: 'O que você precisa resolver: as contas da rescisão, o aviso prévio, a baixa na carteira e no eSocial, ou outra pendência com o empregado?',
};

/** How a labour-law question is worded for a worker who says they still work there (`still-employed`): the defaults speak of a job that ended. */
export const EMPLOYED_WORKER_QUESTIONS: Partial<Record<Topic, string>> = {
  timeline: 'Desde quando você trabalha lá, e quando isso começou?',
  amount: 'Qual é o seu salário e quanto você acha que tem a receber?',
};

/** How a labour-law question is worded for the employer sued by the worker (`isEmployerSued`): the defaults ask the worker. */
export const SUED_EMPLOYER_QUESTIONS: Partial<Record<Topic, string>> = {
  timeline: 'Em que período a pessoa trabalhou ou prestou serviço para você, e quando chegou a notificação do processo?',
  amount: 'Quanto a pessoa recebia, e quanto ela pede no processo?',
  documents: 'Quais documentos você tem da relação com a pessoa? Por exemplo: contrato, recibos de pagamento, registro, controle de horário, mensagens.',
  parties: 'Quem entrou com o processo (empregado, diarista, prestador ou parceiro), e quem pode testemunhar sobre como era o trabalho?',
  outcome: 'O que você pretende: contestar todos os pedidos, discutir só uma parte ou tentar um acordo?',
};

/** How a question is worded for a victim who already registered the occurrence (never ask them to do it again). */
export const REPORTED_VICTIM_QUESTIONS: Partial<Record<Topic, string>> = {
  urgency: 'Depois do boletim, chegou alguma intimação, audiência ou prazo? Se sim, quando?',
};

/**
 * A safe general answer to a question the client asks: the first entry whose phrase is in the question wins. `saidBy`: the
 * note whose safety line already gives this answer, so that a reply carrying that line does not say it twice. `areas`: the
 * areas whose law the line states (a consumer's right to cancel is the CDC's), given only once the case is read as one of them.
 */
/**
 * A dismissal for cause asked about, also as the threat told to the worker ("se não assinar ele me manda embora por justa causa"):
 * refusing to resign is no fault.
 */
const DISMISSAL_FOR_CAUSE = [
  'dar justa causa', 'aplicar justa causa', 'aplicar a justa causa', 'demitir por justa causa', 'mandar embora por justa causa', 'dispensar por justa causa',
  'me manda embora por justa causa', 'me mandar embora por justa causa', 'me demitir por justa causa', 'me demite por justa causa', 'me dar justa causa', 'me da justa causa',
];

export const DIRECT_ANSWERS: { phrases: string[]; line: string; saidBy?: ClientNote; areas?: LegalAreaCode[]; notes?: ClientNote[]; countsDown?: boolean }[] = [
  {
    // Asked by the client a protective measure keeps away (`notes`: only once that is known): whether they may go, call, write or
    // be arrested, the answer is the measure's own (Lei 11.340 art. 24-A), not the general rule on arrests below.
    notes: ['restrained'],
    phrases: [
      'ser preso', 'ser presa', 'vou preso', 'vou presa', 'posso ir', 'posso buscar', 'posso pegar', 'posso mandar', 'posso ligar', 'posso falar com',
      'posso procurar', 'posso chegar perto', 'posso me aproximar', 'posso ver', 'posso voltar', 'posso passar',
    ],
    line: RESTRAINED_LINE,
    saidBy: 'restrained',
  },
  {
    // What to do, asked by who was sued (`notes`): the hearing attended and the defence filed in its term, or the facts the other
    // side told are taken as true (revelia: CPC arts. 335 and 344; in the labour court the respondent's absence, CLT art. 844).
    notes: ['defendant'],
    phrases: [
      'o que eu faco', 'o que faco', 'o que fazer', 'o que devo fazer', 'o que eu devo fazer', 'o que eu posso fazer', 'o que posso fazer', 'o que eu faco agora',
      'o que faco agora', 'o que eu faco primeiro', 'o que faco primeiro', 'por onde eu comeco', 'por onde comeco', 'qual o primeiro passo',
    ],
    line: 'Quem é processado não deve ignorar o processo: leve a carta ou a citação ao advogado logo e compareça à audiência, se houver uma marcada, porque a defesa tem prazo e, sem ela ou com a falta à audiência, os fatos contados pela outra parte podem ser tidos como verdadeiros (revelia).',
  },
  {
    // A debt a court's decision (or the support it set) recognises may be protested and the debtor put on the credit registers
    // (CPC arts. 517, 528 §1º and 782 §3º); a private debt without such a title is first claimed in court.
    phrases: [
      'nome dele no serasa', 'nome dela no serasa', 'nome no serasa', 'nome dele no spc', 'nome dela no spc', 'nome no spc', 'negativar ele', 'negativar ela', 'negativar o nome',
      'sujar o nome dele', 'sujar o nome dela',
    ],
    line: 'Uma dívida reconhecida pela Justiça, como a pensão fixada pelo juiz, pode ser protestada em cartório e levar o nome de quem deve ao cadastro de inadimplentes, como o Serasa, a pedido na cobrança (CPC arts. 517, 528 §1º e 782 §3º); uma dívida sem decisão nem título precisa antes ser cobrada.',
  },
  {
    phrases: ['pedir demissao', 'peco demissao', 'pedir as contas', 'peco as contas', 'sair do emprego', 'largar o emprego', 'sair da empresa'],
    line: 'Por segurança, não peça demissão antes de falar com o advogado: você pode perder direitos.',
  },
  {
    phrases: ['assino', 'assinar', 'devo assinar', 'posso assinar'],
    line: 'Não assine acordo, distrato ou termo de quitação antes de o advogado ler.',
  },
  {
    // A benefit the INSS calls irregular is charged back only after a process with a defence (Lei 8.213/91 arts. 69 and 115 II), and
    // what was received in good faith may not be owed (STJ Tema 979): not the mistaken credit's answer below.
    areas: ['previdenciario'],
    phrases: ['devolver', 'devolvo', 'devolver o dinheiro', 'devolver o valor', 'devolver os valores', 'cobrar de volta', 'cobrar tudo de volta', 'ressarcir', 'ter que pagar de volta'],
    line: 'Em geral, o INSS só pode cobrar de volta o que pagou depois de decidir, num processo com direito de defesa, que o benefício era indevido, e quem recebeu de boa-fé pode discutir a devolução. Apresente a defesa no prazo e não assine parcelamento nem confissão de dívida antes de falar com o advogado.',
  },
  {
    // The owner who does not name the driver within the notice's term (30 days) is taken as the offender and takes the points
    // (CTB art. 257 §7º); the form comes with the notice, or the SNE app, signed by the driver with a copy of the licence.
    areas: ['administrativo'],
    phrases: [
      'perco os pontos', 'perder os pontos', 'perco pontos', 'os pontos vao', 'os pontos ficam', 'ficar com os pontos', 'pontos na minha carteira', 'pontos na minha cnh',
      'indicar o condutor', 'indicar o motorista', 'indicar quem dirigia', 'indicar quem estava dirigindo', 'indicar o infrator', 'passar os pontos', 'transferir os pontos',
    ],
    line: 'Em geral, se quem dirigia não for indicado dentro do prazo da notificação de autuação, a infração e os pontos ficam com o dono do veículo (Código de Trânsito, art. 257 §7º). A indicação se faz pelo formulário que vem com a notificação, ou pelo aplicativo Carteira Digital de Trânsito, com a assinatura de quem dirigia e a cópia da habilitação dele.',
  },
  {
    // The employer asking what the severance is: its items by the reason of the exit, within 10 days (CLT arts. 477 §6º and 487;
    // Lei 8.036/90 art. 18 §1º), not the debtor's "don't sign" below.
    areas: ['trabalhista'],
    notes: ['client-employer', 'client-company'],
    phrases: ['quanto eu tenho que pagar', 'quanto tenho que pagar', 'quanto devo pagar', 'quanto eu devo pagar', 'o que eu tenho que pagar', 'o que tenho que pagar', 'quanto eu pago', 'quanto pago'],
    line: 'Em geral, no fim do contrato o empregador paga o saldo de salário, o 13º e as férias proporcionais com 1/3 e, conforme o motivo da saída, o aviso prévio e a multa de 40% do FGTS (que não cabe no pedido de demissão), tudo em até 10 dias do fim do contrato (CLT art. 477). O advogado confere as contas com os documentos.',
  },
  {
    // The 40% fine on the FGTS is owed on a dismissal without cause or an indirect termination (Lei 8.036/90 art. 18 §1º), not on a
    // resignation; the severance is paid within 10 days of the contract's end (CLT art. 477 §6º).
    areas: ['trabalhista'],
    phrases: ['multa de 40', 'multa dos 40', 'multa do fgts', '40% do fgts', '40 do fgts', '40 por cento'],
    line: 'Em geral, a multa de 40% do FGTS é devida na dispensa sem justa causa e na rescisão indireta, não no pedido de demissão; em qualquer caso, as verbas rescisórias se pagam em até 10 dias do fim do contrato (CLT art. 477). O advogado confere as contas com os documentos.',
  },
  {
    phrases: ['gastar', 'usar o dinheiro', 'devolver o dinheiro', 'devolvo'],
    line: 'Não gaste um valor que caiu na sua conta por engano: ele pode ter de ser devolvido.',
  },
  {
    // The cost of the lawyer or of the consultation; "tenho que pagar?" alone asks about the charge the case is about (below).
    phrases: [
      'quanto custa', 'quanto cobra', 'honorarios', 'de graca', 'gratuito', 'defensoria', 'pagar o advogado', 'pagar advogado', 'pagar um advogado',
      'pagar a consulta', 'pagar pela consulta', 'tem custo', 'custa alguma coisa', 'cobra alguma coisa', 'cobram alguma coisa',
      // Longer than the charge's "tenho que pagar" below, which would take the words otherwise.
      ...['tenho que', 'preciso', 'vou ter que', 'vou precisar'].flatMap((need) => [`${need} pagar o advogado`, `${need} pagar advogado`, `${need} pagar a consulta`]),
    ],
    line: 'Se você não puder pagar um advogado, a Defensoria Pública atende de graça; o advogado indicado explica os custos antes de começar.',
    saidBy: 'cannot-pay',
  },
  {
    // A fixed alimony is owed until a judge changes or ends it (a child's coming of age does not end it by itself, Súmula 358 do STJ),
    // and its arrears can lead to civil arrest (CPC art. 528): no one stops paying it on their own.
    phrases: [
      'parar de pagar a pensao', 'parar de pagar pensao', 'deixar de pagar a pensao', 'deixar de pagar pensao', 'parar com a pensao',
      'pagar a pensao', 'pagar pensao', 'cortar a pensao', 'tirar a pensao', 'acabar com a pensao',
    ],
    line: 'Em geral, a pensão fixada continua devida até o juiz decidir outra coisa (nem a maioridade do filho a encerra sozinha): ninguém deve parar de pagá-la por conta própria. Guarde os comprovantes do que foi pago; o advogado vê se cabe pedir revisão ou cobrar o atraso.',
  },
  {
    // A supply cut for an unpaid bill needs a prior written notice (Lei 8.987/95 art. 6º §3º II; Resolução ANEEL 1.000/2021), and
    // an old debt or a bill in dispute does not allow it (STJ).
    phrases: SUPPLY_CUT_NAMED,
    line: 'Em geral, o corte por conta atrasada exige aviso prévio por escrito, e uma dívida antiga ou uma conta em discussão não justifica o corte. Guarde as faturas, os avisos e os comprovantes de pagamento.',
  },
  {
    // A name put on the credit bureaus needs a debt owed and a prior written notice (CDC art. 43 §2º; Súmula 359 do STJ).
    phrases: ['negativar', 'negativarem', 'sujar meu nome', 'sujar o meu nome', 'meu nome no spc', 'meu nome no serasa', 'nome no serasa', 'nome no spc'],
    line: 'Em geral, o nome só pode ir para o SPC ou o Serasa por uma dívida devida e com aviso prévio por escrito. Guarde a cobrança e os avisos que receber.',
  },
  {
    // A consumer whose purchase is not delivered or not as offered chooses: the thing, an equivalent one, or the money back with
    // its correction (CDC art. 35); a purchase made away from the shop may be withdrawn from within 7 days of receipt (art. 49).
    areas: ['consumidor'],
    phrases: [
      // Not "dinheiro de volta" alone: a bank's scam victim asks it too, and the bank's answer is another (Súmula 479 STJ, below).
      'posso cancelar', 'cancelar a compra', 'cancelar o pedido', 'cancelar a minha compra', 'cancelar minha compra', 'posso desistir', 'desistir da compra',
    ],
    line: 'Pelo Código de Defesa do Consumidor, se a loja não entrega ou não cumpre o que ofereceu, você pode escolher entre exigir a entrega, aceitar outro produto equivalente ou cancelar e receber de volta o que pagou, corrigido (art. 35); na compra pela internet, você também pode desistir em até 7 dias depois de receber (art. 49).',
  },
  {
    // A debt at the notary's for protest (Lei 9.492/97 arts. 12 and 19): stopped by paying within the notary's term or by a court's
    // order (sustação), not by an administrative defence; whether it is owed at all (the debtor, the limitation) comes first.
    notes: ['protest-notice'],
    phrases: ['tenho que pagar', 'preciso pagar', 'devo pagar', 'sou obrigado a pagar', 'sou obrigada a pagar', 'vou ter que pagar', 'tem que pagar', 'e obrigado a pagar', 'e obrigada a pagar'],
    line: 'Em geral, o protesto só é evitado pagando no prazo do cartório ou com uma ordem do juiz que o suspenda. Antes de pagar, o advogado confere se a dívida é mesmo sua e se não está prescrita; não deixe o prazo do cartório passar sem falar com ele.',
  },
  {
    // A tax assessment challenged in time (impugnação, Decreto 70.235/72 arts. 14-15) is not due while the challenge is judged
    // (CTN art. 151 III): paying is one of two roads, not a duty before the defence.
    areas: ['tributario'],
    phrases: ['tenho que pagar', 'preciso pagar', 'devo pagar', 'sou obrigado a pagar', 'sou obrigada a pagar', 'vou ter que pagar', 'tem que pagar'],
    line: 'Em geral, não antes de se defender: dentro do prazo da notificação você pode apresentar impugnação com os comprovantes, e enquanto ela é julgada a cobrança fica suspensa (CTN art. 151, III). O advogado vê com os documentos se vale impugnar ou pagar com desconto.',
  },
  {
    // Whether a charge is owed (a bill, a fine, a debt): the lawyer says, after reading it; until then nothing is signed or admitted.
    phrases: [
      'tenho que pagar', 'preciso pagar', 'devo pagar', 'sou obrigado a pagar', 'sou obrigada a pagar', 'somos obrigados a pagar', 'tenho obrigacao de pagar',
      'vou ter que pagar', 'tem que pagar', 'e obrigado a pagar', 'e obrigada a pagar',
    ],
    line: 'Guarde a cobrança e os comprovantes do que já pagou, e não assine acordo nem confissão de dívida antes de o advogado ver se ela é devida; anote o prazo que vier nela para pagar ou se defender.',
  },
  {
    // Also asked as the tenant's duty at the end of a notice to leave ("sou obrigado a sair?", "tenho que desocupar?").
    phrases: [
      'me tirar', 'me despejar', 'ser despejad*', 'me colocar pra fora', 'me por pra fora', 'me botar pra fora', 'tirar a gente',
      'obrigad* a sair', 'obrigad* a desocupar', 'tenho que desocupar', 'preciso desocupar', 'tenho que sair do imovel', 'tenho que sair da casa',
      'tenho que sair do apartamento', 'ficar mais tempo no imovel',
    ],
    // Only a judge's order puts a tenant out (Lei 8.245/91 art. 5º), but the owner may end a lease of 30 months or more that ran on
    // without a term with 30 days' notice and no reason (art. 46 §2º); a shorter one only on the law's grounds (art. 47). Telling the
    // tenant to stay regardless would cost them a despejo suit with its costs.
    line: 'Em geral, ninguém pode tirar você do imóvel sem ordem judicial. Mas, se o contrato era de 30 meses ou mais e venceu sem renovação, o dono pode pedir o imóvel sem dar motivo, com aviso de 30 dias (Lei 8.245/91, art. 46 §2º); nos contratos mais curtos, só nos casos da lei (art. 47). Não entregue as chaves nem assine nada antes de falar com o advogado.',
  },
  {
    phrases: ['banco e obrigado', 'banco tem que devolver', 'banco tem obrigacao', 'banco e responsavel', 'banco deve devolver', 'banco precisa devolver'],
    line: 'Em geral, o banco responde quando o golpe se aproveita de falha na segurança dele (Súmula 479 do STJ); o advogado avalia o seu caso com os comprovantes.',
  },
  {
    // Asked whether there is still time, the days left of the term the client told are said (`countsDown`, `DAYS_LEFT_LINE`).
    phrases: ['recorrer', 'cabe recurso', 'tem recurso', 'entrar com recurso', 'ainda da tempo', 'ainda estou no prazo', 'ainda to no prazo', 'perdi o prazo'],
    line: 'Em geral, uma decisão pode ser contestada dentro de um prazo que conta da data em que você foi avisado: guarde a carta ou a notificação com a data e fale logo com o advogado.',
    countsDown: true,
  },
  {
    phrases: ['quanto de pensao', 'valor da pensao', 'quanto ele teria que pagar', 'quanto ele tem que pagar', 'quanto ela tem que pagar', 'quanto ele deve pagar'],
    line: 'A lei não fixa um percentual para a pensão: ela é medida pela necessidade de quem recebe e pela possibilidade de quem paga; o advogado ou a Defensoria calculam com você.',
  },
  {
    // Only a final conviction leaves a criminal record; the Juizado's transação penal does not (Lei 9.099/95, art. 76 §§ 4 and 6).
    phrases: ['ficha suja', 'sujar a ficha', 'suja a ficha', 'ficar fichado', 'ficar fichada', 'ficha criminal', 'antecedentes', 'antecedente criminal', 'ficha limpa', 'nome sujo na policia'],
    line: 'Em geral, só uma condenação definitiva deixa antecedentes criminais; nos casos do Juizado Especial Criminal, a transação penal não gera antecedentes (Lei 9.099/95, art. 76). O advogado confirma no seu caso.',
  },
  {
    // A servant's "justa causa" is the penalty of demissão, applied only at the end of a processo administrativo disciplinar with
    // a written defence (CF art. 41 §1º II; Lei 8.112/90 arts. 132, 143 and 161 and the local statutes), not the CLT's.
    areas: ['administrativo'],
    phrases: DISMISSAL_FOR_CAUSE,
    line: 'Em geral, o servidor estável só perde o cargo por decisão judicial definitiva ou por processo administrativo disciplinar em que tenha ampla defesa (Constituição, art. 41 §1º; Lei 8.112/90, arts. 132 e 143). Guarde as notificações que receber e anote o prazo da defesa escrita.',
  },
  {
    // A dismissal for cause needs a serious fault of CLT art. 482, proven and punished at once; lesser faults are warned and suspended first.
    phrases: DISMISSAL_FOR_CAUSE,
    line: 'Em geral, a justa causa exige uma falta grave prevista na lei (CLT art. 482), provada e punida logo depois do fato; faltas mais leves, como atrasos, pedem antes advertência e suspensão. O advogado avalia com as provas.',
  },
  {
    // The employer's dismissal without cause: notice and the severance within 10 days (CLT arts. 487 and 477 §6), unless a stability forbids it.
    phrases: ['mandar embora um', 'mandar embora uma', 'demitir um', 'demitir uma', 'como demitir', 'quero demitir', 'preciso demitir', 'dispensar um', 'dispensar uma'],
    line: 'Em geral, na dispensa sem justa causa o empregador dá o aviso prévio e paga as verbas rescisórias em até 10 dias (CLT art. 477); antes, é preciso conferir se o empregado tem estabilidade (gestante, acidente de trabalho, CIPA).',
  },
  {
    // The worker's fear of a dismissal: without cause it is allowed, with the severance paid, unless a stability forbids it.
    phrases: ['posso ser demitido', 'posso ser demitida', 'podem me demitir', 'pode me demitir', 'podem me mandar embora', 'pode me mandar embora', 'posso ser mandado embora', 'posso ser mandada embora'],
    line: 'Em geral, a empresa pode dispensar sem justa causa pagando as verbas rescisórias, salvo quando há estabilidade (gestante, acidente de trabalho, CIPA); a justa causa exige uma falta grave. Não assine nada antes de o advogado ler.',
  },
  {
    // No one is arrested but in the act or by a judge's written, reasoned order (CF art. 5º LXI): a summons to testify is neither.
    phrases: ['ser preso', 'ser presa', 'vai preso', 'vai presa', 'vai pra cadeia', 'vai ficar preso'],
    line: 'A prisão só acontece em flagrante ou por ordem escrita e fundamentada de um juiz (Constituição, art. 5º, LXI); uma intimação para depor não é ordem de prisão. O advogado vai avaliar o seu caso.',
  },
  {
    // The police answer a danger now (190); what needs a judge's order (a child handed back, an aggressor kept away: CPC art. 536
    // §1º, Lei 11.340 art. 22) is asked of the judge by the lawyer or the Defensoria.
    phrases: [
      'chamo a policia', 'chamar a policia', 'ligo pra policia', 'ligar pra policia', 'ligo para a policia', 'ligar para a policia', 'acionar a policia', 'aciono a policia',
      'ligo pro 190', 'ligar pro 190', 'ligo no 190', 'ligar no 190', 'chamo a pm', 'chamar a pm',
    ],
    line: 'Em perigo agora, ou com um crime acontecendo, ligue 190. O que depende de ordem do juiz, como devolver uma criança ou afastar alguém, o advogado ou a Defensoria Pública pedem com urgência.',
  },
  {
    // A summons to testify must be obeyed (CPP art. 218); the one investigated may keep silent (CF art. 5º LXIII) and bring a lawyer.
    phrases: ['depor', 'depoimento', 'o que falar na delegacia', 'o que dizer na delegacia', 'sou obrigado a ir', 'sou obrigada a ir', 'tenho que ir na delegacia', 'preciso ir na delegacia'],
    line: 'Em geral, quem é intimado a depor deve comparecer; vá acompanhado de advogado e, se for investigado, você tem o direito de ficar calado (Constituição, art. 5º, LXIII).',
  },
  {
    // What to do first, asked of any case: the evidence kept with its dates and nothing signed, until the lawyer names the next step.
    phrases: [
      'o que eu faco primeiro', 'o que faco primeiro', 'o que fazer primeiro', 'o que devo fazer primeiro', 'por onde eu comeco', 'por onde comeco', 'por onde comecar',
      'qual o primeiro passo', 'qual e o primeiro passo', 'o que eu faco agora', 'o que faco agora', 'o que devo fazer', 'o que eu devo fazer', 'o que eu posso fazer', 'o que posso fazer',
    ],
    line: 'Em geral, o primeiro passo é guardar as provas do que aconteceu (fotos, vídeos, mensagens, documentos e comprovantes) com as datas, e não assinar nada nem fazer acordo antes de falar com o advogado, que indica o passo seguinte no seu caso.',
  },
  {
    phrases: ['quanto tempo', 'demora', 'demorar', 'quando vou receber'],
    line: 'O tempo depende do caso; o advogado vai explicar as etapas e os prazos.',
  },
  {
    // Suing without a lawyer: the Juizado Especial Cível takes a claim of up to 20 minimum wages without one (Lei 9.099/95 art. 9º),
    // and a worker may claim alone in the labour court (CLT art. 791); elsewhere a lawyer, or the Defensoria, is needed.
    phrases: [
      'processar sem advogado', 'processar ele sem advogado', 'processar ela sem advogado', 'processar eles sem advogado', 'entrar na justica sem advogado',
      'entrar com processo sem advogado', 'entrar com acao sem advogado', 'sem precisar de advogado', 'da pra fazer sem advogado', 'posso fazer sem advogado',
      'juizado sem advogado', 'pequenas causas sem advogado',
    ],
    line: 'No Juizado Especial Cível, causas de até 20 salários mínimos podem ser levadas sem advogado (Lei 9.099/95, art. 9º); acima disso, ou para recorrer, o advogado é obrigatório. Quem não pode pagar pode procurar a Defensoria Pública.',
  },
  {
    phrases: [
      'tenho direito', 'eu tenho direito', 'vale a pena', 'da pra processar', 'posso processar', 'consigo processar',
      'da pra fazer alguma coisa', 'da para fazer alguma coisa', 'tem como fazer alguma coisa', 'posso fazer alguma coisa',
    ],
    line: 'Pelo que você contou, vale a pena avaliar; o advogado confirma os seus direitos com os documentos.',
  },
];

/**
 * Said after a `countsDown` answer when the client told a term: `{days}` is replaced by the days left, counted from the day the
 * client told it (an estimate the summary also gives the lawyer).
 */
export const DAYS_LEFT_LINE = 'Pelo que você contou, restam cerca de {days} desse prazo: procure o advogado antes disso.';
export const LAST_DAY_LINE = 'Pelo que você contou, o prazo termina hoje: procure o advogado ainda hoje.';

/**
 * Small talk that ends in a question mark ("blz?", "tudo bem?", "bom dia, alguém aí?"): a greeting, not a question to answer.
 * Folded text.
 */
export const GREETING_QUESTIONS = [
  'oi', 'ola', 'opa', 'e ai', 'eai', 'blz', 'beleza', 'tudo bem', 'td bem', 'tudo bom', 'td bom', 'tudo certo', 'td certo',
  'como vai', 'como vai voce', 'como vai vc', 'bom dia', 'boa tarde', 'boa noite', 'alguem ai', 'tem alguem ai', 'ta ai', 'esta ai',
];

/** A question asked without a question mark ("quero saber se eu tenho que ir"): folded phrases. */
export const INDIRECT_QUESTIONS = ['quero saber se', 'queria saber se', 'gostaria de saber se', 'preciso saber se', 'quero saber o que', 'queria saber o que', 'gostaria de saber o que'];

/** Answer to any other question the client asks. */
export const GENERIC_DIRECT_ANSWER = 'Sobre a sua pergunta: o advogado vai responder com segurança quando analisar o caso.';

/** `{area}` is replaced by the area label. Only when every topic of the area's checklist is known. */
export const CLOSING_COMPLETE =
  'Obrigado, já tenho as informações necessárias. Vou organizar o seu caso na área {area} e encaminhar para um advogado especialista.';

/** `{gaps}` lists what is still open. When the interview closes with the checklist incomplete. */
export const CLOSING_WITH_GAPS =
  'Obrigado. Vou organizar o seu caso na área {area} e encaminhar para um advogado especialista, que vai confirmar com você {gaps}.';

/** When the interview reached its question limit. */
export const CLOSING_AT_LIMIT =
  'Cheguei ao limite de perguntas desta triagem, então vou encaminhar o seu caso na área {area} com o que você contou. Um advogado vai revisar e completar com você {gaps}.';

/** `{gaps}` when nothing is open but the limit was reached. */
export const NO_GAPS = 'os detalhes';

export const CLOSING_URGENT_SUFFIX = ' Como há urgência, o seu caso terá prioridade.';

/** How a checklist gap is named in a closing message. */
export const GAP_LABELS: Record<ChecklistTopic, string> = {
  area: 'o tipo de problema',
  facts: 'os detalhes do que aconteceu',
  timeline: 'as datas',
  parties: 'quem é a outra parte',
  location: 'a cidade',
  amount: 'os valores',
  urgency: 'os prazos',
  documents: 'os documentos',
  outcome: 'o que você espera',
};

/** Most gaps named in a closing message. */
export const MAX_GAPS_NAMED = 3;

/** A first message with fewer words and no area is a plea for help, not a story. */
export const VAGUE_OPENING_WORDS = 10;
