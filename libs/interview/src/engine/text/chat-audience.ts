import { CHAT_GROUPS, GROUP_MEMBERS } from '../lexicons/complexity-features.lexicon';
import { COUNT_PATTERN } from './text-normalizer';

/**
 * A chat group named ("no grupo de WhatsApp do condomínio", "grupo da família") and, later in its sentence, the count of its
 * members ("que tem mais de 120 moradores"): the group's first part and the count, the count in the second group.
 */
const CHAT_AUDIENCE = new RegExp(
  `(\\bgrupos?\\s+(?:(?:de|do|da|dos|das)\\s+)?(?:${CHAT_GROUPS.join('|')})\\b[^.!?;]{0,40}?\\b(?:que\\s+tem|tem|com)\\s+(?:mais\\s+de\\s+|uns\\s+|umas\\s+|cerca\\s+de\\s+|quase\\s+)?)(${COUNT_PATTERN})(?![a-z\\d])`,
  'g',
);

/**
 * The count told before the group ("tem uns 200 moradores no grupo", "somos 80 participantes nesse grupo"), often in a later
 * message than the group's name: the count, at most two words, then the group, which is not one named for something else ("no
 * grupo de compradores" are people of the case). The count in the first group.
 */
const AUDIENCE_BEFORE_GROUP = new RegExp(
  `\\b(${COUNT_PATTERN})((?:\\s+[a-z]+){0,2}\\s+(?:no|do|nesse|neste|naquele|desse|deste|daquele)\\s+grupo\\b(?!\\s+(?:de|do|da|dos|das)\\s+(?!(?:${CHAT_GROUPS.join('|')})\\b)))`,
  'g',
);

/**
 * A group already named, told by its size with the members' word ("o grupo tem mais de 100 moradores", "nesse grupo com 80 membros"),
 * often in a later message than the group's name: its audience too. Only members' words, so that a group of companies counted ("o
 * grupo tem 3 empresas") stays the parties it is. The group's first part and the count, the count in the second group.
 */
const AUDIENCE_OF_NAMED_GROUP = new RegExp(
  `(\\b(?:o|esse|nesse|no|este|neste|aquele|naquele)\\s+grupo\\s+(?:que\\s+)?(?:tem|com)\\s+(?:mais\\s+de\\s+|uns\\s+|umas\\s+|cerca\\s+de\\s+|quase\\s+)?)(${COUNT_PATTERN})(?=\\s+(?:${GROUP_MEMBERS.join('|')})\\b)`,
  'g',
);

/**
 * The people counted before whom something was said or done ("me xingou na frente de mais de 50 moradores", "diante de uns 30
 * colegas", "perante 200 pessoas"): the publicity of an offence to honour, what raises its penalty (CP art. 141 III: "na presença de
 * várias pessoas") and the moral damages, not people affected by the case nor parties to it. The lead and the count, the count in the
 * second group.
 */
const WITNESSED_BEFORE = new RegExp(
  `(\\b(?:(?:na frente|diante|na presenca)\\s+(?:de|dos|das)|perante)\\s+(?:(?:todos|todas|os|as|outros|outras|mais de|uns|umas|cerca de|quase)\\s+)*)(${COUNT_PATTERN})(?![a-z\\d])`,
  'g',
);
/** The leads of `WITNESSED_BEFORE`: texts without them are not searched. */
const WITNESSED_WORDS = /\b(?:na frente|diante|perante|na presenca)\b/;

/**
 * The folded text without the counts that are no people of the case: the people counted before whom something was said or done
 * (`WITNESSED_BEFORE`), the member counts of the chat groups it names (the people in
 * a group where something was posted or said are its audience: the publicity of an offence to honour, CP art. 141 III; the reach a
 * court weighs in the moral damages), an assembly's attendance (`ASSEMBLY_WORDS`) and a partitive count (`PARTITIVE`). They are
 * not people affected by the case nor parties to it.
 */
export function withoutChatAudience(folded: string): string {
  // First the partitive: its part may be an attendance too ("estavam presentes oito dos quarenta"), whose removal would leave the whole.
  const partitive = PARTITIVE_WORDS.test(folded) ? folded.replace(PARTITIVE, ' ') : folded;
  const whole = WITNESSED_WORDS.test(partitive) ? partitive.replace(WITNESSED_BEFORE, (_whole, before: string) => before) : partitive;
  const chat = whole.includes('grupo')
    ? whole
        .replace(CHAT_AUDIENCE, (_whole, before: string) => before)
        .replace(AUDIENCE_BEFORE_GROUP, (_whole, _count: string, after: string) => after)
        .replace(AUDIENCE_OF_NAMED_GROUP, (_whole, before: string) => before)
    : whole;
  return ASSEMBLY_WORDS.test(chat) ? chat.replace(ATTENDED_BEFORE, (_whole, before: string) => before).replace(ATTENDED_AFTER, (_whole, _count: string, after: string) => after) : chat;
}

/**
 * A partitive count ("oito dos quarenta condôminos", "três das vinte famílias"): how many of a body or a neighbourhood took part or
 * complained, the whole being the body that acts as one (a condominium's assembly binds every owner, CC arts. 1.348 II and
 * 1.352-1.354), not a group of people affected by the case nor of parties; both counts go. Not "um dos"/"uma das" ("sou um dos 40
 * compradores"): the client, or the one the client speaks for, counted among people in the same situation.
 */
const PARTITIVE = new RegExp(`\\b(?!(?:um|uma)\\b)${COUNT_PATTERN}\\s+d[oa]s\\s+${COUNT_PATTERN}(?![a-z\\d])`, 'g');
/** The partitive's "dos"/"das": texts without it are not searched for `PARTITIVE`. */
const PARTITIVE_WORDS = /\bd[oa]s\b/;

/**
 * A meeting of owners or members, its call or its vote, told in the text: the owners or members it counts as coming or voting
 * (CC arts. 1.352-1.353, the quorum of a condominium's meeting) are its attendance, not people affected by the case nor parties
 * to it, like a chat group's audience above.
 */
const ASSEMBLY_WORDS = /\b(?:assembleias?|convocacao|convocatoria|edital de convocacao|quorum|votacao|pauta|reuniao)\b/;
const ATTENDANCE_VERBS = 'vieram|compareceram|apareceram|participaram|votaram|assinaram a lista|estavam presentes';
/** "vieram 9 moradores", "compareceram só 12 condôminos": the attendance verb, then the count. */
const ATTENDED_BEFORE = new RegExp(
  `(\\b(?:${ATTENDANCE_VERBS})\\s+(?:(?:so|apenas|somente|uns|umas|quase|cerca de|mais de|menos de)\\s+)*)(${COUNT_PATTERN})(?![a-z\\d])`,
  'g',
);
/** "9 moradores compareceram", "12 condôminos presentes": the count, at most two words, then the attendance. */
const ATTENDED_AFTER = new RegExp(`\\b(${COUNT_PATTERN})((?:\\s+[a-z]+){0,2}\\s+(?:${ATTENDANCE_VERBS}|presentes)\\b)`, 'g');
