import { NON_ANSWERS, NOT_INFINITIVES, OUTCOME_KEPT_AFTER_MAS, OUTCOME_MARKERS, OUTCOME_MAX_LENGTH, OUTCOME_STOPS, WISH_LEAD_WORDS, WISH_NOUNS, WISH_VERBS } from '../lexicons/outcomes.lexicon';
import { foldText, originalSpan, textMemo } from '../text/text-normalizer';

const MARKER = new RegExp(`\\b(?:${OUTCOME_MARKERS.join('|')})\\b`);
const NEGATION_BEFORE = /\b(?:nao|nem|jamais|nunca)\s+(?:(?:mais|mesmo|eu)\s+)?$/;
const STOP = new RegExp(`[.;!?]|,? \\b(?:${OUTCOME_STOPS.join('|')})\\b(?<!\\bmas(?= (?:${OUTCOME_KEPT_AFTER_MAS.join('|')})\\b))`);
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length);
const DETERMINER = '(?:(?:o|a|os|as|um|uma|meu|minha|meus|minhas|nosso|nossa|nossos|nossas)\\s+)?';
/**
 * The opening of a wish, after any lead words: a wish verb, a "que" clause, a remedy named as a noun, or an infinitive
 * (also with a clitic: "devolvê-lo", "cancelar-se").
 */
const WISH_OPENING = new RegExp(
  `^(?:(?:${byLength(WISH_LEAD_WORDS).join('|')})\\s+)*(?:(?:${WISH_VERBS.join('|')})\\b|que\\s|${DETERMINER}(?:${byLength(WISH_NOUNS).join('|')})\\b|` +
    `(?!(?:${byLength(NOT_INFINITIVES).join('|')})\\b)(?:[a-z]*(?:ar|er|ir)(?:-(?:me|se|nos|lhe))?|[a-z]+[aei]-(?:lo|la|los|las))(?![a-z-]))`,
);

/**
 * The wish a text states, kept by text: a turn reads its message's, and the transcript pass then
 * reads each message's again from the last one back (`TranscriptAnalyzer.lastOutcome`).
 */
const statedWish = textMemo((text): string | null => {
  const folded = foldText(text);
  const marker = MARKER.exec(folded);
  if (!marker) return null;
  const rest = folded.slice(marker.index);
  const stop = STOP.exec(rest.slice(marker[0].length));
  const end = marker.index + (stop ? marker[0].length + stop.index : rest.length);
  // "Não quero ser transferida": the negation before the wish word is part of the wish, which without it says the opposite.
  const start = marker.index - (NEGATION_BEFORE.exec(folded.slice(0, marker.index))?.[0].length ?? 0);
  return clip(originalSpan(text, folded, start, end));
});

/** Finds what the client wants ("quero receber o que é meu"). */
export class OutcomeExtractor {
  extract(text: string): string | null {
    return statedWish(text);
  }

  /** The whole answer, used when the client answers the outcome question without a marker word; a non-answer ("sim", "não sei") is none. */
  fallback(text: string): string | null {
    // The clip keeps only the start: a head of twice its length, once it holds more than the clip
    // after collapsing, begins the whole collapsed text, so a long transcript is not collapsed whole.
    const head = text.trimStart().slice(0, 2 * OUTCOME_MAX_LENGTH).replace(/\s+/g, ' ');
    if (head.trimEnd().length > OUTCOME_MAX_LENGTH) return clip(head);
    const trimmed = text.trim().replace(/\s+/g, ' ');
    const bare = foldText(trimmed).replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
    return bare.length > 0 && !NON_ANSWERS.includes(bare) ? clip(trimmed) : null;
  }
}

/** Whether an answer opens like a wish ("receber o que me devem", "que ele pague", "prefiro um acordo"), not like more of the story. */
export function wishShaped(text: string): boolean {
  const bare = foldText(text).replace(/[^a-z\s-]/g, ' ').replace(/\s+/g, ' ').trim();
  return WISH_OPENING.test(bare);
}

/**
 * Whether a clause of a longer answer opens like a wish (`wishShaped`): "..., e pedir indenização por danos morais". A story, a
 * paper read out or a question in every clause states none, so it is no wish whatever question it answered. A "que" after a
 * comma mostly opens a relative clause ("outro município, que já recebeu o ISS"), a wish only at the answer's start.
 */
export function statesWish(text: string): boolean {
  return text.split(/[.;:!?,]/).some((clause, i) => wishShaped(clause) && (i === 0 || !/^\s*que\s/i.test(clause)));
}

function clip(text: string): string {
  return text.length <= OUTCOME_MAX_LENGTH ? text : `${text.slice(0, OUTCOME_MAX_LENGTH - 1).trimEnd()}…`;
}
