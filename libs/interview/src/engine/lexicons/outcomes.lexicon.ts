import { ClientNote } from './client-notes.lexicon';

/** Words that open the client's wish ("quero receber o que é meu"). */
export const OUTCOME_MARKERS: string[] = [
  'quero', 'queria', 'gostaria', 'pretendo', 'desejo', 'meu objetivo', 'o que eu quero',
  'espero', 'preciso que', 'so quero',
  // A couple, a family or a company tells its wish in the plural.
  'queremos', 'queriamos', 'gostariamos', 'pretendemos', 'desejamos', 'nosso objetivo', 'o que queremos', 'so queremos',
  // A remedy asked as a question ("posso pedir indenização?", "dá pra pedir a guarda?"): the remedy the client came for.
  'posso pedir', 'podemos pedir', 'da para pedir', 'da pra pedir', 'consigo pedir', 'tenho direito de pedir', 'tenho como pedir',
];

/**
 * Words by which a client takes back a wish told before and states the one that counts ("na verdade o que eu quero é...", "o que eu
 * quero mesmo é..."): the wish told after them replaces the earlier one, in the same message or a later one. Folded.
 */
export const RESTATEMENT_CUES: string[] = [
  'na verdade', 'na real', 'pensando bem', 'melhor dizendo', 'no fundo', 'quero mesmo', 'queria mesmo', 'queremos mesmo', 'o que importa mesmo',
];

/**
 * Words that may stand around a wish word without saying what is wished ("é isso que eu quero", "quero sim", "eu quero mesmo"): a wish
 * word with only these is no wish. Folded.
 */
export const BARE_WISH_WORDS: string[] = ['e', 'eu', 'nos', 'a gente', 'isso', 'e isso', 'isso ai', 'so', 'sim', 'que', 'o que', 'mesmo', 'muito', 'tambem', 'demais', 'nao', 'ne'];

/** Words that end the wish clause. */
export const OUTCOME_STOPS: string[] = ['mas', 'porque', 'so que', 'pois'];
/**
 * What after "mas" is still the wish, the condition on what the client keeps or receives ("quero sair mas sem perder meus
 * direitos", "quero sair da sociedade mas receber minha parte"): without it the wish says the opposite of what was asked
 * (a resignation, a walk-away), so the clause does not end there. Folded.
 */
export const OUTCOME_KEPT_AFTER_MAS: string[] = [
  'sem perder', 'receber', 'recebendo', 'garantir', 'garantindo', 'manter', 'mantendo', 'sem abrir mao', 'com meus direitos', 'com todos os direitos',
];

/** Longest wish kept in the facts. */
export const OUTCOME_MAX_LENGTH = 160;

/** Whole answers that answer nothing ("sim", "não sei"): never taken as the client's wish (folded, no punctuation). */
export const NON_ANSWERS: string[] = [
  'sim', 'nao', 'ok', 'certo', 'talvez', 'nada', 'nao sei', 'sei la', 'entendi', 'hum', 'ta', 'ta bom', 'beleza', 'pode ser',
  'tanto faz', 'obrigado', 'obrigada', 'nao sei dizer', 'nao tenho certeza', 'sim sim', 'claro', 'isso', 'ja disse',
];

/** Words beyond which an answer to the outcome question without a wish word or a remedy is more of the story, not a wish. */
export const OUTCOME_ANSWER_WORDS = 12;

/**
 * Words from which an answer to the outcome question without a wish word or a remedy must look like a wish to be kept as
 * one: a short fragment ("o dinheiro de volta", "justiça") is one, but a sentence of six words or more is one only when it
 * opens like a wish (`WISH_VERBS`, an infinitive, a "que" clause); otherwise it is more of the story ("a gente não era
 * casado no papel", "ele trabalhava sem carteira assinada") or a doubt ("não sei se peço as contas").
 */
export const OUTCOME_SHAPED_WORDS = 6;

/** Words skipped at the start of an answer before looking for the wish's opening ("só receber...", "eu prefiro..."). */
export const WISH_LEAD_WORDS: string[] = [
  'so', 'apenas', 'somente', 'eu', 'nos', 'a gente', 'e', 'bom', 'olha', 'entao', 'primeiro', 'mais', 'doutor', 'doutora',
  'sinceramente', 'na verdade', 'gostaria de', 'seria', 'seria bom', 'o ideal', 'o ideal seria', 'o melhor', 'o melhor seria',
];

/** Verbs, in any person, by which an answer asks for something without a word of `OUTCOME_MARKERS`. */
export const WISH_VERBS: string[] = [
  'quer', 'querem', 'queira', 'prefiro', 'preferimos', 'preferia', 'peco', 'pedimos', 'rogo', 'solicito', 'solicitamos', 'busco',
  'buscamos', 'almejo', 'necessito', 'preciso', 'precisamos', 'precisava', 'sonho', 'tomara', 'aceito', 'aceitamos', 'topo',
];

/** Remedies named as a noun at the opening of an answer ("a guarda dos meus filhos e a pensão", "meu dinheiro de volta"). */
export const WISH_NOUNS: string[] = [
  'dinheiro', 'guarda', 'pensao', 'divorcio', 'aposentadoria', 'beneficio', 'indenizacao', 'rescisao', 'direitos', 'justica',
  'cancelamento', 'devolucao', 'reembolso', 'estorno', 'troca', 'conserto', 'anulacao', 'revisao', 'acordo', 'reintegracao',
  'carteira assinada', 'restituicao', 'partilha', 'visita', 'visitas', 'liberacao', 'desbloqueio', 'retratacao', 'punicao',
  'condenacao', 'absolvicao', 'liberdade', 'regularizacao', 'escritura', 'posse', 'imovel de volta', 'valor de volta', 'nome limpo',
];

/** Words in -ar, -er, -ir at the start of an answer that are no infinitive ("lugar", "mulher", "celular"). */
export const NOT_INFINITIVES: string[] = [
  'lugar', 'mulher', 'qualquer', 'par', 'bar', 'mar', 'lar', 'ar', 'colher', 'prazer', 'celular', 'particular', 'familiar', 'militar',
  'popular', 'titular', 'similar', 'regular', 'auxiliar', 'escolar', 'dolar', 'hospitalar', 'polegar', 'por', 'ser humano',
];

/** Notes that name a remedy: an answer that tells one answers "what do you want?" even without a wish word. */
export const REMEDY_NOTES: ClientNote[] = [
  'refund-claimed', 'damages-claimed', 'criminal-complaint', 'prosecution-declined', 'marital-split', 'reinstatement', 'parent-support',
  'debt-collection', 'estate-division', 'guardianship', 'retirement-sought', 'child-support', 'money-back',
];
