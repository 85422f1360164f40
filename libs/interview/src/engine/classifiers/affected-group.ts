import { AFFECTED_GROUP_NOUNS, COLLECTIVE_MIN, HOUSEHOLD_HARM, HOUSEHOLD_NOUNS, HOUSEHOLD_SPOKEN_NOUNS, SELF_COUNT_CUES, SELF_COUNTED_WORKER_NOUNS, WHOLE_STAFF, WORKERS_LEFT_STATES, WORKERS_LEFT_VERBS, WORKERS_SENT_AWAY_VERBS } from '../lexicons/complexity-features.lexicon';
import { withoutChatAudience } from '../text/chat-audience';
import { allMatches } from '../text/all-matches';
import { COUNT_PATTERN, countsAtLeast, foldText, parseCount, textMemo } from '../text/text-normalizer';

/** "30 famílias", "umas 120 compradores", "48 outras famílias": a count, at most one word, then the people. */
const AFFECTED_GROUP = new RegExp(`\\b(${COUNT_PATTERN})\\s+(?:[a-z]+\\s+)?(?:${AFFECTED_GROUP_NOUNS.join('|')})\\b`, 'g');
/** The people's words alone: most texts have none, and then the count is not looked for. */
const ANY_AFFECTED = new RegExp(`\\b(?:${AFFECTED_GROUP_NOUNS.join('|')})\\b`);

/**
 * Whether the text counts at least `COLLECTIVE_MIN` people affected by the case ("são 32 famílias
 * na área"): a collective conflict, whatever words the client uses for it.
 */
const mentionsAffectedPeople = countsAtLeast(AFFECTED_GROUP, ANY_AFFECTED, COLLECTIVE_MIN);

/** "sou um dos 40 funcionários", "somos uns 12 empregados": the client counted among the workers (`SELF_COUNTED_WORKER_NOUNS`). */
const SELF_COUNTED_WORKERS = new RegExp(
  `\\b(?:${SELF_COUNT_CUES.join('|')})\\s+(?:uns\\s+|umas\\s+|cerca de\\s+|mais de\\s+|quase\\s+)?(${COUNT_PATTERN})\\s+(?:${SELF_COUNTED_WORKER_NOUNS.join('|')})\\b`,
  'g',
);
const ANY_WORKER = new RegExp(`\\b(?:${SELF_COUNTED_WORKER_NOUNS.join('|')})\\b`);
const mentionsSelfCountedWorkers = countsAtLeast(SELF_COUNTED_WORKERS, ANY_WORKER, COLLECTIVE_MIN);

/**
 * "deixou 40 funcionários", "60 motoristas ficaram sem salário": workers counted as left unpaid or dismissed together
 * (`WORKERS_LEFT_VERBS`, `WORKERS_LEFT_STATES`), the client among them or not: the same claim of many against one employer.
 */
const COUNT_LEAD = '(?:uns\\s+|umas\\s+|cerca de\\s+|mais de\\s+|quase\\s+)?';
const WORKERS_LEFT = new RegExp(
  `\\b(?:${WORKERS_LEFT_VERBS.join('|')})\\s+${COUNT_LEAD}(${COUNT_PATTERN})\\s+(?:${SELF_COUNTED_WORKER_NOUNS.join('|')})\\b` +
    `|\\b(${COUNT_PATTERN})\\s+(?:${SELF_COUNTED_WORKER_NOUNS.join('|')})\\s+(?:(?:ficaram|ficou|estao|tao|estamos|tamos|seguem|continuam)\\s+)?(?:${WORKERS_LEFT_STATES.join('|')})\\b` +
    `|\\b(?:${WORKERS_SENT_AWAY_VERBS.join('|')})\\s+${COUNT_LEAD}(${COUNT_PATTERN})\\s+(?:pessoas|${SELF_COUNTED_WORKER_NOUNS.join('|')})\\s+embora\\b` +
    // The whole staff sent away or left unpaid, its rough count told after ("mandou a turma toda embora ontem, uns 30"); not days or money.
    `|\\b(?:${[...WORKERS_LEFT_VERBS, ...WORKERS_SENT_AWAY_VERBS].join('|')})\\s+(?:${WHOLE_STAFF.join('|')})(?:\\s+embora)?(?:\\s+(?:${WORKERS_LEFT_STATES.join('|')}))?` +
    `[\\s,]+(?:(?:ontem|hoje|agora|de uma vez|de vez|semana passada|mes passado)[\\s,]+)?(?:uns|umas|cerca de|mais de|quase|foram|eram|sao)\\s+(${COUNT_PATTERN})\\b` +
    `(?!\\s+(?:dias?|anos?|mes|meses|semanas?|horas?|minutos?|mil|reais|real|vezes|por cento))`,
  'g',
);
/** The workers' words, the whole staff's, or the spoken dismissal's "embora": most texts have neither, and then the count is not looked for. */
const ANY_WORKER_LEFT = new RegExp(`\\b(?:embora|${[...SELF_COUNTED_WORKER_NOUNS, ...WHOLE_STAFF].join('|')})\\b`);
/** Whether the text counts at least `COLLECTIVE_MIN` workers left unpaid or dismissed together (either alternative's count). */
const mentionsWorkersLeft = textMemo((text: string): boolean => {
  const folded = foldText(text);
  if (!ANY_WORKER_LEFT.test(folded)) return false;
  for (const match of allMatches(WORKERS_LEFT, folded)) if (parseCount(match[1] ?? match[2] ?? match[3] ?? match[4]) >= COLLECTIVE_MIN) return true;
  return false;
});

/** "mais de 20 casas", "uns quinze vizinhos": houses or households counted (`HOUSEHOLD_NOUNS`), at most one word between. */
const HOUSEHOLDS = new RegExp(`\\b${COUNT_LEAD}(${COUNT_PATTERN})\\s+(?:[a-z]+\\s+)?(?:${HOUSEHOLD_NOUNS.join('|')})\\b`, 'g');
/** The spoken singular counted roughly ("mais de 20 casa", "umas 30 família"): an address ("125 casa 2") is never told so. */
const HOUSEHOLDS_SPOKEN = new RegExp(`\\b(?:uns|umas|cerca de|mais de|quase)\\s+(${COUNT_PATTERN})\\s+(?:[a-z]+\\s+)?(?:${HOUSEHOLD_SPOKEN_NOUNS.join('|')})\\b`, 'g');
const ANY_HOUSEHOLD = new RegExp(`\\b(?:${[...HOUSEHOLD_NOUNS, ...HOUSEHOLD_SPOKEN_NOUNS].join('|')})\\b`);
const HARM = new RegExp(`\\b(?:${HOUSEHOLD_HARM.join('|')})`);
/** "somos 23 casas", "a gente é 12 famílias": the client's household counted among the others. */
const SPOKEN_HOUSEHOLDS = [...HOUSEHOLD_NOUNS, ...HOUSEHOLD_SPOKEN_NOUNS].join('|');
const SELF_COUNTED_HOUSEHOLDS = new RegExp(`\\b(?:${SELF_COUNT_CUES.join('|')})\\s+${COUNT_LEAD}(${COUNT_PATTERN})\\s+(?:${SPOKEN_HOUSEHOLDS})\\b`, 'g');
const mentionsSelfCountedHouseholds = countsAtLeast(SELF_COUNTED_HOUSEHOLDS, new RegExp(`\\b(?:${SPOKEN_HOUSEHOLDS})\\b`), COLLECTIVE_MIN);

/**
 * Whether at least `COLLECTIVE_MIN` houses or households are counted as harmed by the same event, the harm told in the same sentence
 * (`HOUSEHOLD_HARM`), or the client counts their household among that many (`HOUSEHOLD_NOUNS`): one disaster behind many claims.
 */
export const mentionsHouseholdsHarmed = textMemo((text: string): boolean => {
  if (mentionsSelfCountedHouseholds(text)) return true;
  const folded = foldText(text);
  if (!ANY_HOUSEHOLD.test(folded)) return false;
  for (const sentence of folded.split(/(?:[!?;\n]|\.(?!\d))+/)) {
    if (!ANY_HOUSEHOLD.test(sentence) || !HARM.test(sentence)) continue;
    for (const counted of [HOUSEHOLDS, HOUSEHOLDS_SPOKEN]) for (const match of allMatches(counted, sentence)) if (parseCount(match[1]) >= COLLECTIVE_MIN) return true;
  }
  return false;
});

/**
 * "somos umas 90 pessoas", "a gente era umas 40 pessoas": the client counted among people by the bare word, which in a labour case
 * are the colleagues the same unpaid wages or the same closure reach (`IMPLIED_FEATURES` weighs it there only). Not a household
 * ("somos 6 pessoas em casa"), which is who the client supports.
 */
const SELF_COUNTED_PEOPLE = new RegExp(
  `\\b(?:${SELF_COUNT_CUES.join('|')})\\s+(?:uns\\s+|umas\\s+|cerca de\\s+|mais de\\s+|quase\\s+)?(${COUNT_PATTERN})\\s+pessoas\\b(?!\\s+(?:em casa|na casa|na familia|de familia|morando|pra sustentar|para sustentar))`,
  'g',
);
/** Whether the client counts themself among at least `COLLECTIVE_MIN` people ("somos umas 90 pessoas"), a household aside. */
export const mentionsSelfCountedPeople = countsAtLeast(SELF_COUNTED_PEOPLE, /\bpessoas\b/, COLLECTIVE_MIN);

/**
 * ...or counts the client among at least `COLLECTIVE_MIN` workers in the same situation ("sou um dos 40 funcionários"), or that many
 * workers left unpaid together, or that many households harmed by one event (`mentionsHouseholdsHarmed`).
 */
export function mentionsAffectedGroup(text: string): boolean {
  // The members of a chat group where something was posted are its audience, not people affected (`withoutChatAudience`).
  return mentionsAffectedPeople(withoutChatAudience(foldText(text))) || mentionsSelfCountedWorkers(text) || mentionsWorkersLeft(text) || mentionsHouseholdsHarmed(text);
}

