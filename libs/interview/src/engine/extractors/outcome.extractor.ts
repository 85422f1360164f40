import {
  BARE_WISH_WORDS,
  NON_ANSWERS,
  NOT_INFINITIVES,
  OUTCOME_KEPT_AFTER_MAS,
  OUTCOME_MARKERS,
  OUTCOME_MAX_LENGTH,
  OUTCOME_STOPS,
  RESTATEMENT_CUES,
  WISH_LEAD_WORDS,
  WISH_NOUNS,
  WISH_VERBS,
} from '../lexicons/outcomes.lexicon';
import { allMatches } from '../text/all-matches';
import { foldText, originalSpan, textMemo } from '../text/text-normalizer';

const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length);

const MARKER = new RegExp(`\\b(?:${OUTCOME_MARKERS.join('|')})\\b`, 'g');
/** A restatement cue (`RESTATEMENT_CUES`): the wish told from the last one is the one that counts. */
const RESTATEMENT = new RegExp(`\\b(?:${byLength(RESTATEMENT_CUES).join('|')})\\b`, 'g');
const BARE_WORDS = `(?:(?:${byLength(BARE_WISH_WORDS).join('|')})(?:\\s+|$))*`;
/** What follows a wish word when it says nothing wished ("é isso que eu quero.", "quero sim"). */
const BARE_AFTER = new RegExp(`^[\\s,]*${BARE_WORDS}[\\s.,!?;]*$`);
/** A whole answer that is a bare wish word ("quero", "é isso que eu quero"), folded and stripped as `fallback` reads it. */
const BARE_ANSWER = new RegExp(`^${BARE_WORDS}(?:${OUTCOME_MARKERS.join('|')})\\s*${BARE_WORDS}$`);
const NEGATION_BEFORE = /\b(?:nao|nem|jamais|nunca)\s+(?:(?:mais|mesmo|eu)\s+)?$/;
const STOP = new RegExp(`[.;!?]|,? \\b(?:${OUTCOME_STOPS.join('|')})\\b(?<!\\bmas(?= (?:${OUTCOME_KEPT_AFTER_MAS.join('|')})\\b))`);
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
 * The wish a text states, and whether it restates one (`RESTATEMENT_CUES`), kept by text: a turn reads its message's, and the
 * transcript pass then reads each message's again from the last one back (`TranscriptAnalyzer.lastOutcome`). The first wish word
 * with something wished after it opens the wish, or the first after the last restatement cue when one follows it.
 */
const statedWish = textMemo((text): { wish: string; restated: boolean } | null => {
  const folded = foldText(text);
  const cue = allMatches(RESTATEMENT, folded).at(-1)?.index ?? null;
  let first: { start: number; end: number } | null = null;
  for (const marker of allMatches(MARKER, folded)) {
    const rest = folded.slice(marker.index + marker[0].length);
    const stop = STOP.exec(rest);
    const end = marker.index + marker[0].length + (stop ? stop.index : rest.length);
    if (BARE_AFTER.test(folded.slice(marker.index + marker[0].length, end))) continue;
    // "Não quero ser transferida": the negation before the wish word is part of the wish, which without it says the opposite.
    const start = marker.index - (NEGATION_BEFORE.exec(folded.slice(0, marker.index))?.[0].length ?? 0);
    const restated = cue !== null && marker.index + marker[0].length > cue;
    if (restated || cue === null) return { wish: clip(originalSpan(text, folded, start, end)), restated };
    first ??= { start, end };
  }
  return first ? { wish: clip(originalSpan(text, folded, first.start, first.end)), restated: false } : null;
});

/** Whether a text takes back the wish told before for the one it states ("na verdade o que eu quero é..."): it replaces the stored one. */
export function restatesWish(text: string): boolean {
  return statedWish(text)?.restated ?? false;
}

/** Finds what the client wants ("quero receber o que é meu"). */
export class OutcomeExtractor {
  extract(text: string): string | null {
    return statedWish(text)?.wish ?? null;
  }

  /** The whole answer, used when the client answers the outcome question without a marker word; a non-answer ("sim", "não sei") is none. */
  fallback(text: string): string | null {
    // The clip keeps only the start: a head of twice its length, once it holds more than the clip
    // after collapsing, begins the whole collapsed text, so a long transcript is not collapsed whole.
    const head = text.trimStart().slice(0, 2 * OUTCOME_MAX_LENGTH).replace(/\s+/g, ' ');
    if (head.trimEnd().length > OUTCOME_MAX_LENGTH) return clip(head);
    const trimmed = text.trim().replace(/\s+/g, ' ');
    const bare = foldText(trimmed).replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
    return bare.length > 0 && !NON_ANSWERS.includes(bare) && !BARE_ANSWER.test(bare) ? clip(trimmed) : null;
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
