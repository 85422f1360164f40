import { EngineTurn, Topic } from '../libs/interview/src/engine';
import { AnswerPicker } from '../libs/interview/src/engine/testing/interview-driver';

/** What a question asks for, as a person answering it would see it. */
export type AnswerTopic = 'dates' | 'place' | 'amount' | 'documents' | 'goal';

const ANSWER_TOPIC_OF: Record<Topic, AnswerTopic | null> = {
  area: null,
  facts: null,
  parties: null,
  timeline: 'dates',
  urgency: 'dates',
  location: 'place',
  amount: 'amount',
  documents: 'documents',
  outcome: 'goal',
  // "Anything else?" names no one topic: the client goes on with what they have not said yet.
  closing: null,
};

const MONTHS = 'janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro';
const WEEKDAYS = 'segunda|terca|quarta|quinta|sexta|sabado|domingo';
const UFS = 'AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO';

/** A state's abbreviation, upper case as written ("Contagem/MG", "Caucaia CE"). */
const STATE_CODE = new RegExp(`(^|[\\s/,-])(${UFS})\\b`);

/** Simple patterns over the accent-free, lower-case text. */
const PATTERNS: Record<AnswerTopic, RegExp[]> = {
  dates: [
    /\b\d{1,2}\/\d{1,2}\b/,
    /\b(19|20)\d{2}\b/,
    new RegExp(`\\b(${MONTHS}|${WEEKDAYS})\\b`),
    /\b(dias?|semanas?|mes|meses|anos?|prazo|ontem|hoje|amanha|vespera|desde|vence|venceu|audiencia)\b/,
  ],
  place: [/\b(cidade|estado|bairro|municipio|moro|mora|moramos|reside|residimos|fica em)\b/],
  amount: [/r\$/, /\breais\b/, /\d\s*mil\b/, /\bmil\b/, /\bmilh(ao|oes)\b/, /\b\d+,\d{2}\b/],
  documents: [
    /\b(documentos?|contratos?|prints?|fotos?|comprovantes?|recibos?|notas? fisca(l|is)|laudos?|carteira|holerites?|extratos?)\b/,
    /\b(boletim|certidao|certidoes|escritura|e-?mails?|mensagens|audios?|videos?|gravacao|receita|sentenca|edital|faturas?|protocolos?)\b/,
  ],
  goal: [/\b(quero|queria|queremos|gostaria|gostariamos|desejo|desejamos|pretendo|objetivo)\b/],
};

/** The topics a follow-up speaks to (possibly several, possibly none). */
export function answerTopics(text: string): AnswerTopic[] {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const matches = (topic: AnswerTopic) => PATTERNS[topic].some((pattern) => pattern.test(plain)) || (topic === 'place' && STATE_CODE.test(text));
  return (Object.keys(PATTERNS) as AnswerTopic[]).filter(matches);
}

/** What the engine just asked for, from its structured state (the last topic asked). */
export function questionTopic(turn: EngineTurn): AnswerTopic | null {
  const asked = turn.facts.topicsAsked.at(-1);
  // The area asked a second time asks what the client wants to achieve (`REPHRASED.area`): a person answers with their goal.
  if (asked === 'area' && turn.facts.topicsAsked.filter((topic) => topic === 'area').length > 1) return 'goal';
  return asked ? ANSWER_TOPIC_OF[asked] : null;
}

/** The first unused follow-up on the topic just asked, else the next unused one. */
export const answerWhatWasAsked: AnswerPicker = (turn, unused) => {
  const topic = questionTopic(turn);
  const onTopic = topic ? unused.findIndex((text) => answerTopics(text).includes(topic)) : -1;
  return Math.max(onTopic, 0);
};
