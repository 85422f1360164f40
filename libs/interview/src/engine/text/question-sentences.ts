/**
 * What `text.match(/[^.!?\n]*\?/g) ?? []` gives: each run of text since the last ".", "!", "?" or line break that ends in a
 * question mark. Found from each question mark back to the sentence's start: the pattern, tried from every position, scanned
 * the rest of each sentence from each.
 */
export function questionSentences(text: string): string[] {
  const sentences: string[] = [];
  for (let from = 0, mark = text.indexOf('?'); mark !== -1; from = mark + 1, mark = text.indexOf('?', from)) {
    let start = mark;
    while (start > from && !ENDS_SENTENCE.has(text[start - 1])) start--;
    sentences.push(text.slice(start, mark + 1));
  }
  return sentences;
}

const ENDS_SENTENCE = new Set(['.', '!', '\n']);
