import { ClientNote } from './client-notes.lexicon';

/** Words that open the client's wish ("quero receber o que é meu"). */
export const OUTCOME_MARKERS: string[] = [
  'quero', 'queria', 'gostaria', 'pretendo', 'desejo', 'meu objetivo', 'o que eu quero',
  'espero', 'preciso que', 'so quero',
  // A couple, a family or a company tells its wish in the plural.
  'queremos', 'queriamos', 'gostariamos', 'pretendemos', 'desejamos', 'nosso objetivo', 'o que queremos', 'so queremos',
];

/** Words that end the wish clause. */
export const OUTCOME_STOPS: string[] = ['mas', 'porque', 'so que', 'pois'];

/** Longest wish kept in the facts. */
export const OUTCOME_MAX_LENGTH = 160;

/** Whole answers that answer nothing ("sim", "não sei"): never taken as the client's wish (folded, no punctuation). */
export const NON_ANSWERS: string[] = [
  'sim', 'nao', 'ok', 'certo', 'talvez', 'nada', 'nao sei', 'sei la', 'entendi', 'hum', 'ta', 'ta bom', 'beleza', 'pode ser',
  'tanto faz', 'obrigado', 'obrigada', 'nao sei dizer', 'nao tenho certeza', 'sim sim', 'claro', 'isso', 'ja disse',
];

/** Words beyond which an answer to the outcome question without a wish word or a remedy is more of the story, not a wish. */
export const OUTCOME_ANSWER_WORDS = 12;

/** Notes that name a remedy: an answer that tells one answers "what do you want?" even without a wish word. */
export const REMEDY_NOTES: ClientNote[] = [
  'refund-claimed', 'damages-claimed', 'criminal-complaint', 'prosecution-declined', 'marital-split', 'reinstatement', 'parent-support',
  'debt-collection', 'estate-division', 'guardianship', 'retirement-sought', 'child-support', 'money-back',
];
