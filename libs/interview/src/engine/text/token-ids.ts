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
  private readonly joined = new WeakMap<readonly string[], { parts: readonly (readonly string[])[]; separator?: string }>();
  /** Bumped when the numbering starts over: what was kept under the old numbers is stale. */
  generation = 0;

  /** The number of each token, by position; the same array for the same (unmutated) tokens array. */
  of(tokens: readonly string[]): Int32Array {
    if (tokens.length === 0) return NO_IDS;
    let ids = this.idsOfTokens.get(tokens) ?? this.fromParts(tokens);
    if (ids) return ids;
    if (this.ids.size + tokens.length > MAX_TOKENS) this.startOver();
    ids = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) ids[i] = this.idOf(tokens[i]);
    this.idsOfTokens.set(tokens, ids);
    return ids;
  }

  /**
   * Records that `tokens` are `parts` one after another (with `separator` between two): `of` then
   * numbers them from the parts' own numbers, so a transcript whose messages were numbered is not
   * looked up again token by token, and only when some phrase matcher reads it whole
   * (`PhraseMatcher` reads a joined text from its parts' matches when it can).
   */
  join(tokens: readonly string[], parts: readonly (readonly string[])[], separator?: string): void {
    this.joined.set(tokens, { parts, separator });
  }

  /** The parts `tokens` were joined from (`join`) with nothing between them, if they were. */
  partsOf(tokens: readonly string[]): readonly (readonly string[])[] | undefined {
    const joined = this.joined.get(tokens);
    return joined?.separator === undefined ? joined?.parts : undefined;
  }

  /** The numbers of joined tokens from their parts'; undefined when not joined, or when the numbering starts over meanwhile. */
  private fromParts(tokens: readonly string[]): Int32Array | undefined {
    const joined = this.joined.get(tokens);
    if (!joined) return undefined;
    const { parts, separator } = joined;
    const generation = this.generation;
    const partIds = parts.map((part) => this.of(part));
    const between = separator === undefined ? [] : [this.idOf(separator)];
    const length = partIds.reduce((sum, part) => sum + part.length, between.length * (parts.length - 1));
    if (generation !== this.generation || length !== tokens.length) return undefined;
    const ids = new Int32Array(length);
    let at = 0;
    partIds.forEach((part, i) => {
      if (i > 0) for (const id of between) ids[at++] = id;
      ids.set(part, at);
      at += part.length;
    });
    this.idsOfTokens.set(tokens, ids);
    return ids;
  }

  private idOf(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(token, id);
    }
    return id;
  }

  private startOver(): void {
    this.ids = new Map();
    this.idsOfTokens = new WeakMap();
    this.generation++;
  }
}

/** The process's one numbering, shared by every phrase matcher. */
export const TOKEN_IDS = new TokenIds();
