import {
  CO_OWNER_SPOUSE_CONTEXTS,
  HOUSEHOLD_HOME_CONTEXTS,
  HOUSEHOLD_LABEL,
  HOUSEHOLD_SPOUSE_CONTEXTS,
  RELATIVE_RESISTS,
  SPOUSE_CONFLICT,
  SPOUSE_WORDS,
} from '../lexicons/parties.lexicon';
import { foldText } from '../text/text-normalizer';

/*
 * The client's spouse on the client's side (acting together, living together, owning together) rather than the other side, read
 * from the folded text; a conflict between them told anywhere (`CONFLICT`) puts the spouse back on the other side.
 */

const SPOUSE = `(?:(?:o|a) )?(?:meu|minha) (?:${SPOUSE_WORDS.join('|')})`;
/** The client's spouse beside the client (acting together, or deceased): family, not the other side. */
const HOUSEHOLD_SPOUSE = new RegExp(`\\b(?:${HOUSEHOLD_SPOUSE_CONTEXTS.map((context) => context.replace('{spouse}', SPOUSE)).join('|')})\\b`, 'g');
/** The spouse the client lives with (`HOUSEHOLD_HOME_CONTEXTS`), read only in a message without a conflict between them (`CONFLICT`). */
const HOUSEHOLD_HOME = new RegExp(`\\b(?:${HOUSEHOLD_HOME_CONTEXTS.map((context) => context.replace('{spouse}', SPOUSE)).join('|')})\\b`, 'g');
const CONFLICT = new RegExp(`\\b(?:${SPOUSE_CONFLICT.join('|')})`);
/** The spouse told as the client's co-owner or co-holder (`CO_OWNER_SPOUSE_CONTEXTS`). */
const CO_OWNER_SPOUSE = new RegExp(`\\b(?:${CO_OWNER_SPOUSE_CONTEXTS.map((context) => context.replace('{spouse}', SPOUSE)).join('|')})\\b`);
/**
 * The spouse holding out against the client (`RELATIVE_RESISTS`) within six words of the same sentence, with no other person
 * between ("meu marido é coproprietário e ele não quer vender"): a co-owner who does is the other side. Folded.
 */
const SPOUSE_RESISTS = new RegExp(
  `\\b(?:meu|minha) (?:${SPOUSE_WORDS.join('|')})\\b(?:,?\\s+(?!(?:meu|minha|meus|minhas|eu|nos|o|a|os|as|um|uma)\\b)[^\\s,.!?;]+){0,6}?,?\\s+(?:${RELATIVE_RESISTS.join('|')})`,
);
/**
 * A spouse named ("meu marido", "minha esposa"): every context of HOUSEHOLD_SPOUSE holds one, so a text
 * without it is not scanned (the context pattern, some twenty alternatives each tried at every
 * position, was the costliest pattern of a turn). Always true if a context ever lacks "{spouse}".
 */
const SPOUSE_NAMED = HOUSEHOLD_SPOUSE_CONTEXTS.every((context) => context.includes('{spouse}'))
  ? new RegExp(`(?:meu|minha) (?:${SPOUSE_WORDS.join('|')})`)
  : /(?:)/;

/**
 * Whether some message tells the client's spouse as co-owner or co-holder (`CO_OWNER_SPOUSE`) without the spouse holding out
 * there (`SPOUSE_RESISTS`), and no message tells a conflict between them (`CONFLICT`): common property (CC arts. 1.314 and 1.658) the
 * couple defends together against a third party.
 */
export function isSpouseCoOwner(text: string, parts: readonly string[]): boolean {
  const told = parts.some((part) => {
    const folded = foldText(part);
    return SPOUSE_NAMED.test(folded) && CO_OWNER_SPOUSE.test(folded) && !SPOUSE_RESISTS.test(folded);
  });
  return told && !CONFLICT.test(foldText(text));
}

/**
 * The text without the client's spouse where they stand beside the client ("meu marido e eu compramos", "meu marido
 * faleceu"), whose label goes to `household` instead: family, not the other side. The text is returned as it is
 * when no such phrase is in it.
 */
export function withoutHouseholdSpouse(text: string, household: string[]): string {
  const folded = foldText(text);
  if (!SPOUSE_NAMED.test(folded)) return text;
  HOUSEHOLD_HOME.lastIndex = 0;
  const atHome = HOUSEHOLD_HOME.test(folded) && !CONFLICT.test(folded);
  HOUSEHOLD_SPOUSE.lastIndex = 0;
  if (!HOUSEHOLD_SPOUSE.test(folded) && !atHome) return text;
  if (!household.includes(HOUSEHOLD_LABEL)) household.push(HOUSEHOLD_LABEL);
  const spouse = (context: string) => context.replace(new RegExp(SPOUSE, 'g'), ' ');
  const beside = folded.replace(HOUSEHOLD_SPOUSE, spouse);
  return atHome ? beside.replace(HOUSEHOLD_HOME, spouse) : beside;
}
