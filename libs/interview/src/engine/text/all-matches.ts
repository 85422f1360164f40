/**
 * The matches of a global `pattern` in `text`, as `text.matchAll(pattern)` gives them, found with `exec` on the pattern itself:
 * `matchAll` first copies the pattern (a new RegExp per call, its source escaped and looked up again, ~8,600 instructions, as
 * much as a turn's ~8 calls were 6% of the turn). The search starts at the pattern's `lastIndex`, as `matchAll`'s does, and
 * `lastIndex` is left as it was. All at once, not lazily: a caller that stops early only reads fewer of them.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
  const from = pattern.lastIndex;
  const matches: RegExpExecArray[] = [];
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    matches.push(m);
    // An empty match moves on by one character (a whole code point in unicode mode), as `matchAll` does.
    if (m[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, /[uv]/.test(pattern.flags));
  }
  pattern.lastIndex = from;
  return matches;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  return unicode && index + 1 < text.length && (text.codePointAt(index) ?? 0) > 0xffff ? index + 2 : index + 1;
}
