/** Distinct tokens numbered before the table starts over, so that odd input cannot grow it without bound. */
const MAX_TOKENS = 50_000;
const NO_IDS = new Int32Array(0);

/**
 * Numbers each distinct token once per process. A message's tokens are looked up here once, and
 * every phrase matcher then finds what a token matches in an array slot by its number, instead of
 * each matcher hashing every token again in a map of its own.
 */
export class TokenIds {
  private ids = new Map<string, number>();
  private idsOfTokens = new WeakMap<readonly string[], Int32Array>();
  /** Bumped when the numbering starts over: what was kept under the old numbers is stale. */
  generation = 0;

  /** The number of each token, by position; the same array for the same (unmutated) tokens array. */
  of(tokens: readonly string[]): Int32Array {
    if (tokens.length === 0) return NO_IDS;
    let ids = this.idsOfTokens.get(tokens);
    if (ids) return ids;
    if (this.ids.size + tokens.length > MAX_TOKENS) this.startOver();
    ids = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      let id = this.ids.get(tokens[i]);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(tokens[i], id);
      }
      ids[i] = id;
    }
    this.idsOfTokens.set(tokens, ids);
    return ids;
  }

  private startOver(): void {
    this.ids = new Map();
    this.idsOfTokens = new WeakMap();
    this.generation++;
  }
}

/** The process's one numbering, shared by every phrase matcher. */
export const TOKEN_IDS = new TokenIds();
