import { ChecklistTopic, LegalAreaCode, Topic } from '../interview-engine.types';

/** How Justus asks for each topic; an area, or a kind of case (`bySubarea`, by subarea id), may word it its own way. */
export const QUESTIONS: Record<Topic, { default: string; byArea?: Partial<Record<LegalAreaCode, string>>; bySubarea?: Record<string, string> }> = {
  area: {
    default: 'Para eu entender melhor: o seu problema envolve trabalho, compra ou serviço, família, INSS, imóvel, empresa, impostos, órgão público ou alguma questão policial?',
  },
  facts: {
    default: 'Pode me contar com um pouco mais de detalhes o que aconteceu?',
    byArea: {
      criminal: 'Pode me contar o que aconteceu e do que a pessoa está sendo acusada?',
      empresarial: 'Pode me contar um pouco mais sobre a empresa e a situação em que ela está?',
    },
  },
  timeline: {
    default: 'Quando isso aconteceu? Se puder, me diga a data ou há quanto tempo.',
    byArea: {
      trabalhista: 'Em que período você trabalhou lá (entrada e saída) e quando isso aconteceu?',
      previdenciario: 'Desde quando você contribui ou está afastado, e quando fez o último pedido ao INSS?',
      imobiliario: 'Desde quando existe o contrato ou o problema com o imóvel?',
      familia: 'Desde quando a situação é assim? Se houver, me diga a data da separação ou da decisão do juiz.',
    },
    // The BPC asks no contribution (Lei 8.742/93 art. 20): what counts is when it was asked and refused.
    bySubarea: { 'previdenciario.bpc': 'Quando o benefício foi pedido ao INSS, e quando chegou a resposta?' },
  },
  parties: {
    default: 'Quem é a outra parte envolvida: uma pessoa, uma empresa ou um órgão público?',
    byArea: {
      familia: 'Quem são as pessoas envolvidas? Há filhos, e com quem eles moram?',
      empresarial: 'Quem está envolvido: sócios, credores, bancos, fornecedores ou funcionários?',
      criminal: 'Quem está envolvido: quem é acusado, há vítima ou testemunhas?',
    },
  },
  location: { default: 'Em qual cidade e estado isso aconteceu?' },
  amount: {
    default: 'Há algum valor em jogo? Se souber, me diga quanto, mesmo que aproximado.',
    byArea: {
      trabalhista: 'Qual era o seu salário e quanto você acha que tem a receber?',
      familia: 'Há valores envolvidos, como pensão em atraso ou bens a dividir? Quanto, aproximadamente?',
      empresarial: 'Qual é o valor aproximado das dívidas ou do negócio envolvido?',
      tributario: 'Qual é o valor cobrado, aproximadamente, e de quais anos?',
      imobiliario: 'Qual é o valor do aluguel, do imóvel ou da quantia discutida?',
    },
  },
  urgency: {
    default: 'Chegou alguma carta, notificação, decisão, bloqueio ou proposta, ou já existe processo, citação ou audiência marcada? Se sim, me diga quando chegou e qual é o prazo.',
    byArea: {
      criminal: 'A pessoa está presa neste momento ou há alguma audiência ou intimação com data marcada?',
    },
  },
  documents: {
    default: 'Quais documentos ou provas você tem? Por exemplo: contrato, comprovantes, prints, fotos, laudos ou notificações.',
    byArea: {
      trabalhista: 'Quais documentos você tem? Por exemplo: carteira de trabalho, holerites, termo de rescisão, mensagens.',
      previdenciario: 'Quais documentos você tem? Por exemplo: carteira de trabalho, carnês, extrato do INSS, laudos médicos.',
    },
    bySubarea: { 'previdenciario.bpc': 'Quais documentos você tem? Por exemplo: a carta do INSS, o CadÚnico, comprovantes da renda da casa, laudos médicos.' },
  },
  outcome: { default: 'O que você gostaria de conseguir com a ajuda de um advogado?' },
  // What most often makes a simple-looking case bigger, and what the checklist may have left unasked: another
  // liable party, a larger sum, harm, papers. One question for all, since a low interview has few left.
  closing: {
    default:
      'Antes de concluir: há mais alguém envolvido (outra pessoa ou empresa), algum valor maior em jogo, algum dano sofrido (ferimento, prejuízo) ou algum documento, notificação ou processo que eu deva saber?',
  },
};

/**
 * The deadline question once the client has told that a paper arrived (`NOTICE_DOCUMENTS`: a notice, a summons, an
 * administrative decision): not whether something arrived, which they said, but when it did and the term it gives, from which
 * the lawyer counts the days left.
 */
export const NOTICE_TOLD_URGENCY_QUESTION =
  'Em que dia chegou esse papel, e qual prazo ele dá para responder ou agir? Já existe processo ou audiência marcada?';
export const NOTICE_DOCUMENTS: string[] = ['notificação', 'intimação ou citação', 'decisão administrativa'];

/** A topic asked a second time, in other words, after an answer that did not answer it. */
export const REPHRASED: Partial<Record<Topic, string>> = {
  area: 'Para eu indicar o advogado certo: o que você quer conseguir? Por exemplo, receber um valor ou uma indenização, que a pessoa responda criminalmente, defender-se de uma cobrança ou acusação, ou resolver algo com um órgão público.',
  timeline: 'Só para eu registrar certo: mais ou menos em que mês e ano isso começou?',
  amount: 'Mesmo sem certeza: quanto dinheiro está envolvido, mais ou menos (por exemplo, "uns 3 mil")?',
  urgency: 'Deixa eu perguntar de outro jeito: você recebeu algum papel da justiça ou de um órgão, ou tem alguma data marcada para os próximos dias?',
  location: 'Em que cidade você mora, e em que cidade aconteceu?',
  documents: 'Você guardou algum papel, print, mensagem ou foto sobre isso? Quais?',
  outcome: 'Se tudo desse certo, o que você gostaria que acontecesse?',
};

export const GREETING =
  'Olá! Eu sou o Justus, assistente jurídico da LITGO. Vou fazer algumas perguntas rápidas para entender o seu caso e indicar o advogado certo. Para começar, me conte com as suas palavras: qual é o problema que você está enfrentando?';

/** Topic order used while the area is still unknown. */
export const DEFAULT_TOPIC_ORDER: ChecklistTopic[] = ['timeline', 'parties', 'amount', 'documents', 'location', 'outcome', 'urgency'];

/** How many of an area's first topics must be known or asked before the interview may close. */
export const ESSENTIAL_TOPIC_COUNT = 4;
