import { CHAT_GROUPS } from '../lexicons/complexity-features.lexicon';
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
 * The folded text without the member counts of the chat groups it names: the people in a group where something was posted or
 * said are its audience (the publicity of an offence to honour, CP art. 141 III; the reach a court weighs in the moral damages),
 * not people affected by the case nor parties to it.
 */
export function withoutChatAudience(folded: string): string {
  return folded.includes('grupo') ? folded.replace(CHAT_AUDIENCE, (_whole, before: string) => before) : folded;
}
