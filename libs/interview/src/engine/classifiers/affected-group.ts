import { AFFECTED_GROUP_NOUNS, COLLECTIVE_MIN } from '../lexicons/complexity-features.lexicon';
import { COUNT_PATTERN, countsAtLeast } from '../text/text-normalizer';

/** "30 famílias", "umas 120 compradores", "48 outras famílias": a count, at most one word, then the people. */
const AFFECTED_GROUP = new RegExp(`\\b(${COUNT_PATTERN})\\s+(?:[a-z]+\\s+)?(?:${AFFECTED_GROUP_NOUNS.join('|')})\\b`, 'g');
/** The people's words alone: most texts have none, and then the count is not looked for. */
const ANY_AFFECTED = new RegExp(`\\b(?:${AFFECTED_GROUP_NOUNS.join('|')})\\b`);

/**
 * Whether the text counts at least `COLLECTIVE_MIN` people affected by the case ("são 32 famílias
 * na área"): a collective conflict, whatever words the client uses for it.
 */
export const mentionsAffectedGroup = countsAtLeast(AFFECTED_GROUP, ANY_AFFECTED, COLLECTIVE_MIN);
