import { ChecklistTopic, LegalAreaCode, Topic } from '../interview-engine.types';
import { ClientNote } from './client-notes.lexicon';
import { OPPOSED_RELATIVES } from './parties.lexicon';

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

export const URGENT_NOTES: ClientNote[] = ['violence', 'threat', 'child-taken', 'blocked-income', 'pressure-to-sign', 'child-beaten'];

/** The violence line for violence at home, or of someone not yet named (`HOME_PARTIES`). */
export const HOME_VIOLENCE_LINE =
  'Se você estiver em perigo agora, ligue 190 (Polícia Militar). A Central de Atendimento à Mulher atende 24 h no 180, e na Delegacia da Mulher (ou em qualquer delegacia) você pode registrar a ocorrência e pedir medida protetiva de urgência.';

/** What Justus says, before the next question, the first time a risk (or a barrier to help) is reported. Most urgent first. */
export const SAFETY_LINES: Partial<Record<ClientNote, string>> = {
  violence: HOME_VIOLENCE_LINE,
  // A child's own channels (ECA arts. 13 and 130): the Conselho Tutelar, the Disque 100, and the exam that records the injuries.
  'child-beaten':
    'Se a criança corre perigo agora, ligue 190. Você pode denunciar no Conselho Tutelar ou pelo Disque 100 (gratuito, 24 h) e levar a criança para atendimento médico e exame; o advogado pode pedir com urgência a guarda provisória e o afastamento do agressor.',
  'child-taken':
    'Se a criança corre risco ou você não sabe onde ela está, procure agora a polícia (190) e o Conselho Tutelar; o advogado pode pedir a busca e a guarda com urgência.',
  threat: 'Guarde as mensagens, áudios ou nomes de quem presenciou a ameaça; se houver risco imediato, ligue 190.',
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
export const DIRECT_ANSWERS: { phrases: string[]; line: string; saidBy?: ClientNote; areas?: LegalAreaCode[]; countsDown?: boolean }[] = [
  {
    phrases: ['pedir demissao', 'peco demissao', 'pedir as contas', 'peco as contas', 'sair do emprego', 'largar o emprego', 'sair da empresa'],
    line: 'Por segurança, não peça demissão antes de falar com o advogado: você pode perder direitos.',
  },
  {
    phrases: ['assino', 'assinar', 'devo assinar', 'posso assinar'],
    line: 'Não assine acordo, distrato ou termo de quitação antes de o advogado ler.',
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
    phrases: [
      'cortar a luz', 'cortar minha luz', 'cortar a minha luz', 'cortar a energia', 'cortar minha energia', 'cortar a agua', 'cortar minha agua', 'cortar a minha agua',
      'cortar o gas', 'cortar o fornecimento', 'cortar meu fornecimento', 'corta a luz', 'corta a agua', 'cortarem a luz', 'cortarem a agua',
    ],
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
    // A dismissal for cause needs a serious fault of CLT art. 482, proven and punished at once; lesser faults are warned and suspended first.
    // Also the threat told to the worker ("se não assinar ele me manda embora por justa causa"): refusing to resign is no fault.
    phrases: [
      'dar justa causa', 'aplicar justa causa', 'aplicar a justa causa', 'demitir por justa causa', 'mandar embora por justa causa', 'dispensar por justa causa',
      'me manda embora por justa causa', 'me mandar embora por justa causa', 'me demitir por justa causa', 'me demite por justa causa', 'me dar justa causa', 'me da justa causa',
    ],
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
