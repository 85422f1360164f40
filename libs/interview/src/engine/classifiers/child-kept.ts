import { CHILD_NOUNS, CHILD_OBJECTS, CHILD_TRIPS, FOREIGN_PLACES, GONE_WITH_CHILD, KEPT_BY_PRONOUN, NOT_RETURNED, RETURN_OVERDUE, WRONGFUL_STAY } from '../lexicons/safety.lexicon';
import { foldText, textMemo } from '../text/text-normalizer';

/**
 * The child named, then the stay away (holidays, a visit, a trip), then the child not back, in one sentence: "meu filho foi
 * passar as férias com o pai em Portugal e não voltou". A child kept past the agreed stay is a child held (CPC art. 536; abroad,
 * the Hague Convention on international child abduction, Decreto 3.413/2000), told with the child as the subject.
 */
const KEPT_AFTER_TRIP = new RegExp(
  `\\b(?:${CHILD_OBJECTS.join('|')})\\b[^.!?;\\n]{0,100}\\b(?:${CHILD_TRIPS.join('|')})\\b[^.!?;\\n]{0,80}\\b(?:${NOT_RETURNED.join('|')})\\b`,
);
/** The words every such sentence holds: most texts have none, and then the pattern is not run. */
const ANY_NOT_RETURNED = new RegExp(`\\b(?:${NOT_RETURNED.join('|')})\\b`);

/**
 * Whether the text tells of a child not returned after a stay away from who has the custody. Kept by text: each message asks
 * twice (its note, `NoteExtractor`, and its urgency, `UrgencyExtractor`), and the sentence pattern runs once.
 */
export const childKeptAfterTrip = textMemo((text: string): boolean => {
  const folded = foldText(text);
  return ANY_NOT_RETURNED.test(folded) && KEPT_AFTER_TRIP.test(folded);
});

/**
 * A child taken to or kept in a foreign place, in one sentence: the parent gone with the child ("levou meu filho pra Portugal",
 * "embarcou com ela pra Itália", "foi pros Estados Unidos com eles") or the child told taken or held ("minha filha foi levada
 * para a Espanha", "está retido na França"). Read as the removal only beside what makes it wrongful (`WRONGFUL_STAY`): the
 * Hague Convention of 1980 (Decreto 3.413/2000, arts. 3 and 12) asks the child back within the day, with a busca e apreensão
 * and the Polícia Federal's alert (ECA arts. 83-85); a trip agreed or over is none.
 */
const TAKEN_ABROAD = new RegExp(
  `(?:\\b(?:${GONE_WITH_CHILD.join('|')})\\b[^.!?;\\n]{0,60}\\b(?:${CHILD_NOUNS.join('|')}|com (?:ele|ela|eles|elas))\\b` +
    `|\\b(?:${CHILD_NOUNS.join('|')})\\b[^.!?;\\n]{0,40}\\b(?:levad|retid)[oa]s?\\b)`,
);
const FOREIGN = new RegExp(`\\b(?:${FOREIGN_PLACES.join('|')})\\b`);
const WRONGFUL = new RegExp(`\\b(?:${[...WRONGFUL_STAY, ...NOT_RETURNED].join('|')})(?![a-z])`);

/** Whether the text tells of a child taken abroad or kept there without the other parent's consent (`TAKEN_ABROAD`). */
export const childTakenAbroad = textMemo((text: string): boolean => {
  const folded = foldText(text);
  return FOREIGN.test(folded) && WRONGFUL.test(folded) && folded.split(/[.!?;\n]/).some((sentence) => FOREIGN.test(sentence) && TAKEN_ABROAD.test(sentence));
});

const CHILD_NAMED = new RegExp(`\\b(?:${CHILD_NOUNS.join('|')})\\b`);
const PRONOUN_KEPT = new RegExp(`\\b(?:${KEPT_BY_PRONOUN.join('|')})(?![a-z])`);
const OVERDUE = new RegExp(`\\b(?:${RETURN_OVERDUE.join('|')})(?![a-z])`);
/** Words each `RETURN_OVERDUE` phrase holds: most texts have none, and then its pattern is not run. */
const OVERDUE_WORDS = /volta|ficar|decid|resolv|matricul/;

/** Per text: a pronoun form of "not returned" with a child named in the same text, without one, or none (read once per message). */
const pronounKept = textMemo((text: string): 'child-named' | 'pronoun-only' | null => {
  const folded = foldText(text);
  if (!PRONOUN_KEPT.test(folded) && !(OVERDUE_WORDS.test(folded) && OVERDUE.test(folded))) return null;
  return CHILD_NAMED.test(folded) ? 'child-named' : 'pronoun-only';
});

/**
 * Whether the text tells of a child kept with a pronoun standing for the child ("pegou minha filha no sábado e não a devolveu"):
 * only when a child is named in the text or before it (`childNamedBefore`), since the same words tell of a car or a deposit not returned.
 * `childNamedBefore` may be a function, called only when the text has the pronoun without a child (splitting every keyword
 * of the facts on every turn, as `namesChild` does, cost more than the rest of this test).
 */
export function childKeptByPronoun(text: string, childNamedBefore: boolean | (() => boolean) = false): boolean {
  const found = pronounKept(text);
  return found === 'child-named' || (found === 'pronoun-only' && (typeof childNamedBefore === 'function' ? childNamedBefore() : childNamedBefore));
}

/** Whether some of `keywords` (as the facts keep them) names a child: the earlier messages that a pronoun may refer back to. */
export function namesChild(keywords: readonly string[]): boolean {
  return keywords.some((keyword) => keyword.split(' ').some((word) => CHILD_NOUNS.includes(word)));
}
