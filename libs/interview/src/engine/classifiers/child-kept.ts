import { CHILD_OBJECTS, CHILD_TRIPS, NOT_RETURNED } from '../lexicons/client-notes.lexicon';
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
