// Fresh texts for the API bench's turns: each cloned case sends its conversation's messages with a whitespace variation of its own,
// so that the server reads a text it no longer remembers, as it would a real client's, while the engine reads the same facts.
//
// The engine keeps what it read of a text in memos keyed by the text as it came (libs/interview/src/engine/text/memoized.ts;
// `foldText`, `normalizeText`, `tokenize` and the readings all take the raw message, and its raw sentences), and the API only
// trims the message (libs/triage/src/triage-request.dto.ts) before the engine sees it. So a change of the spaces between words,
// not at either end, is a new key: `normalizeText` folds every run of whitespace into one space, but only after the memo has been
// looked up, and the memos of the folded text, of each sentence and of the message are all missed. What stays remembered: the
// words and phrases read out of a message ("justa causa", "Caxias do Sul"), which the engine quotes as the client wrote them and a
// server meets from many clients.
//
// Where: the gap after the first word, and each gap after a clause mark (. , ; : ! ?), so that the first sentence and every
// sentence after a mark (the engine splits and keeps them as keys) are new keys too; never a gap inside a phrase ("março de 2024",
// "40 mil"), which some readings of the folded text take with one space, nor either end, which the API trims.
// What: one of the GAPS below, the same in every such gap of a message: one to four characters of space, tab and no-break space
// (all Latin-1, so `foldText` keeps its fast path; a few characters more a message, at most three a gap).
// Proof that the engine reads the same facts: libs/interview/src/engine/bench-fresh-texts.spec.ts plays every bench conversation
// as the bench does, plain and in several variants, and asserts the same output byte for byte (every turn's reply, facts,
// complexity and completion, the triage data, the complexity report and the transcript pass), and that each varied answer is a
// text the memos do not hold and whose reading keeps new texts. Wider or other gaps are not neutral: the engine reads some
// phrases of the folded text with one space ("março  de  2024" is no date), and quotes the client's words as written.
// How many: 119 variants (the plain single space left out). The memos keep at most 2,048 texts and 250,000 characters, the oldest
// dropped first, whether read again or not; a case of a given template takes the next variant of its template (`variantOf`),
// so a message comes back in the same variant only after 119 cases of its template, ~119 x the 12 templates x ~5 turns, some
// 7,000 turns each keeping at least two new texts (the message and its folded text): long dropped by then.

const KINDS = [' ', '\t', '\u00a0'];

/** Every string of one to four characters of KINDS, but the single space: 3 + 9 + 27 + 81 - 1 = 119. */
const GAPS = [];
for (let length = 1; length <= 4; length++) {
  for (let code = 0; code < KINDS.length ** length; code++) {
    let gap = '';
    for (let i = 0, rest = code; i < length; i++, rest = Math.floor(rest / KINDS.length)) gap += KINDS[rest % KINDS.length];
    if (gap !== ' ') GAPS.push(gap);
  }
}

/** The first word's gap, or a gap after a clause mark: one space, a non-space after it (a wider gap is the client's own). */
const CARRIERS = /(^\S+|[.,;:!?]) (?=\S)/g;

/** `text` in its `variant`-th spelling (any integer >= 0; variants GAPS.length apart are the same). */
function freshText(text, variant) {
  const gap = GAPS[variant % GAPS.length];
  return text.replace(CARRIERS, (_match, before) => before + gap);
}

/** How many gaps of `text` carry the variation (0: a text of one word without marks reads the same in every variant). */
function carriersOf(text) {
  return (text.match(CARRIERS) ?? []).length;
}

/** The next variant for a case of `template`: consecutive cases of one template get consecutive variants. */
const sent = new WeakMap();
function variantOf(template) {
  const variant = sent.get(template) ?? 0;
  sent.set(template, variant + 1);
  return variant;
}

module.exports = { GAPS, freshText, carriersOf, variantOf };
