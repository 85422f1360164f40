/**
 * Letters that spell the same sound in some Portuguese word, so a writer who knows the word but
 * not its spelling swaps them: "indenisação", "inposto", "benefisio", "pajina".
 */
const SAME_SOUND = ['sczx', 'ei', 'ou', 'mn', 'gj', 'lu', 'iy'];

/**
 * Whether `a` and `b` (folded, lower case) are one spelling slip apart: one letter swapped for
 * another spelling of its sound, a silent "h" or a doubled letter added or dropped
 * ("rescissão"), or an "s" added or dropped before a "c" ("recisão"). Any other single edit
 * changes the sound and, in Portuguese, usually makes another word ("desejo"/"despejo",
 * "passado"/"passando", "marcado"/"mercado"), so it is not a typo. Equal words are not a slip.
 */
export function isSpellingSlip(a: string, b: string): boolean {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  if (long.length === short.length) {
    return i < short.length && long.slice(i + 1) === short.slice(i + 1) && sameSound(long[i], short[i]);
  }
  if (long.slice(i + 1) !== short.slice(i)) return false;
  const extra = long[i];
  return extra === 'h' || extra === long[i - 1] || (extra === 's' && long[i + 1] === 'c');
}

function sameSound(x: string, y: string): boolean {
  return SAME_SOUND.some((letters) => letters.includes(x) && letters.includes(y));
}
