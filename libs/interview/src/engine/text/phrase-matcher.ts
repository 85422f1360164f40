import { FINDING_REPORTERS, REPORTING_VERBS } from '../lexicons/client-notes.lexicon';
import { clauseBreakBetween, tokenize } from './text-normalizer';
import { TOKEN_IDS } from './token-ids';
import { compileWords, FUZZY_MIN_LENGTH, inflections, WordPattern, wordMatches } from './word-pattern';

/** One occurrence of a lexicon phrase in a text. */
export interface PhraseMatch<T> {
  phrase: string;
  values: T[];
  start: number;
  end: number;
  /**
   * A negation word ("não", "nunca", "nem", "sem") is among the two words before the match, or reaches
   * it over a verb of having or being and its articles ("não tenho o contrato", "nem ela tá grávida"), or the
   * match is a mere possibility ("pode ser preso", "posso ser demitido"): either way it did not happen. Never over a clause mark
   * ("não, ele ainda trabalha").
   */
  negated: boolean;
}

/** One lexicon's matches in a tokens array, and the phrases begun at its end that words after it could go on. */
interface Found<T> {
  matches: readonly PhraseMatch<T>[];
  /** The trie nodes where the lexicon's walks stopped at the last token with words still to come. */
  open: readonly TrieNode[];
}

/**
 * A lexicon phrase once, its duplicates' values merged. Its words are not kept beside it: `phrase` is their keys joined by spaces,
 * which `wordsOf` reads back (an array of word objects per phrase was a fifth of the engine's heap).
 */
export interface CompiledPhrase<T> {
  phrase: string;
  /** Shared by the lexicon's phrases listed for the same one value (`shareValues`): do not mutate. */
  values: T[];
  /** Position in the lexicon: breaks ties between matches of the same span, as lexicon order. */
  order: number;
}

/**
 * The phrases of every lexicon of an automaton that go on with each next word (by word id), and those that end here. A lexicon is
 * a bit (its number in the automaton) of `lexicons` and `below`.
 */
interface TrieNode {
  /**
   * The children, as word id then node, sorted by word id (`childOf`). A node has a few (at most ~200; the thousands of first
   * words are the automaton's `firstWords` Map): a Map each was ~220 bytes, and most nodes with children have one or two.
   */
  next: ReadonlyArray<number | TrieNode>;
  /**
   * The phrases that end here, one per lexicon of `ends`, in lexicon order; null when none does. Dense, not by lexicon number:
   * an array written at index 20 keeps room for ~46 slots, and such arrays at every phrase's end were a sixth of the engine's heap.
   */
  phrases: CompiledPhrase<unknown>[] | null;
  /** The lexicons with a phrase that ends here. */
  ends: number;
  /** The lexicons with a phrase that ends here or further down. */
  lexicons: number;
  /** The lexicons with a phrase further down: words still to come. */
  below: number;
}

const NEGATORS = new Set(['nao', 'nunca', 'nem', 'jamais', 'sem']);
/**
 * The words a negation reaches over to the thing it denies, read back from the phrase: up to two determiners
 * ("o", "um", "nenhum", "mais"...), then a verb of having or being ("tenho", "tive", "tá"), then, after "nem" only, the
 * subject ("nem ela tá grávida"): "não tenho o contrato", "nunca tive um advogado", "não tem nenhuma intimação". Not a verb
 * of receiving ("nunca recebi o adicional" is the claim, not a denial), nor after "não" a pronoun: "não. Ela está grávida"
 * answers (and the full stop is a clause mark no negation reaches over).
 */
const BRIDGE_DETERMINERS = new Set([
  'o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'nenhum', 'nenhuma', 'mais', 'meu', 'minha', 'meus', 'minhas', 'seu', 'sua', 'seus', 'suas',
  'esse', 'essa', 'esses', 'essas', 'qualquer',
]);
const BRIDGE_VERBS = new Set([
  'tenho', 'tem', 'tinha', 'tive', 'teve', 'temos', 'tinham', 'tiveram', 'possuo', 'possui', 'ha', 'houve',
  'ta', 'tava', 'esta', 'estava', 'estou', 'to', 'estao', 'tao', 'sou', 'era', 'foi', 'fui', 'fica', 'ficou',
]);
const BRIDGE_SUBJECTS = new Set(['eu', 'ele', 'ela', 'eles', 'elas', 'voce', 'nos']);
/**
 * Verbs of receiving that a negation reaches over only to a notice served (`NOTICE`): "ainda não recebi nenhuma intimação" denies
 * the notice, and no term runs before it is served (CPC art. 231), while "nunca recebi o adicional" is what the client claims.
 */
const RECEIPT_VERBS = new Set(['recebi', 'recebemos', 'recebeu', 'recebo', 'recebe', 'recebem', 'recebia', 'recebiam', 'receberam', 'chegou', 'chegaram', 'veio', 'vieram']);
const NOTICE = /^(?:intimac|citac|notificac|mandado)/;
/**
 * Papers of a proceeding that continue a list after a notice denied ("não recebi intimação, auto de infração, nem nada da Justiça"): the
 * commas are gone from the tokens, and the denial reaches each paper listed next to it, not another fact ("nunca recebi citação,
 * bloquearam minha conta").
 */
const LISTED_PAPER = /^(?:intimac|citac|notificac|mandado|auto$|autos$|autuac|processo|penhora|execuc|acao$)/;
/** Verbs that report another's words: "o INSS negou dizendo que eu não era mais dependente" is the INSS's denial, not the client's. */
const REPORTING = new Set(REPORTING_VERBS);
const FINDERS = new Set(FINDING_REPORTERS);
/** How many words before a reporting verb its teller may stand ("o relatório da Defesa Civil diz"). */
const REPORTER_REACH = 4;
/** The future told with "ir": "ela disse que não vai pedir minha prisão" is a promise reported, which holds as told, not a fact denied. */
const FUTURE_AUXILIARIES = new Set(['vai', 'vao', 'vou', 'vamos', 'ia', 'iam', 'iria', 'iriam']);
const MAX_BRIDGE_DETERMINERS = 2;
/** How far back a negation may stand from the phrase it denies (`negatedAt`): the bridge's words and the negation itself. */
export const NEGATION_REACH = MAX_BRIDGE_DETERMINERS + 3;
/** Modal verbs that, before "ser", make what follows a possibility ("pode ser preso"). */
const POSSIBILITY = new Set(['pode', 'podem', 'posso', 'poderia', 'possa']);
const NO_WORDS: readonly number[] = [];
/** The children of a node that has none: one empty array shared by every leaf (most of the trie's nodes, ~52,000 of ~83,000). */
const NO_CHILDREN: ReadonlyArray<number | TrieNode> = [];
const NO_NODES: readonly TrieNode[] = [];
const NO_MATCHES: readonly PhraseMatch<never>[] = [];
/** What a lexicon finds in a text without any of its phrases and none begun at the end (`PhraseAutomaton.scan`). */
const NOTHING_FOUND: Found<never> = { matches: NO_MATCHES, open: NO_NODES };
/** Lexicons one automaton can hold: each is a bit of a node's `lexicons`. */
const MAX_LEXICONS = 31;

/**
 * Finds lexicon phrases in free text. Phrases are written in plain Portuguese (accents optional);
 * a word ending in `*` matches any ending ("demit*" matches "demitido", "demitiram"), and words
 * also match their plural. Longer phrases win over the shorter ones they contain ("pensão por
 * morte" hides "pensão").
 *
 * Its phrases are compiled into a `PhraseAutomaton`: its own, or one it shares with other lexicons
 * (`LEXICONS`, the engine's, built once at load), whose single walk over a tokens array finds the
 * matches of all of them.
 */
export class PhraseMatcher<T> {
  /** Every phrase once, in lexicon order. */
  readonly phrases: readonly CompiledPhrase<T>[];
  /** This lexicon's number in the automaton. */
  private readonly lexicon: number;

  constructor(
    entries: Iterable<readonly [string, T]>,
    private readonly automaton = new PhraseAutomaton(),
  ) {
    const byKey = new Map<string, CompiledPhrase<T>>();
    for (const [phrase, value] of entries) {
      const words = compileWords(phrase);
      if (words.length === 0) continue;
      const key = words.map(keyOf).join(' ');
      const existing = byKey.get(key);
      if (existing) existing.values.push(value);
      else byKey.set(key, { phrase: key, values: [value], order: byKey.size });
    }
    this.phrases = shareValues([...byKey.values()]);
    this.lexicon = automaton.add(this);
  }

  /**
   * All non-overlapping matches in `tokens` (from `tokenize`), in text order. Kept by tokens array,
   * so a message's matches are worked out once; shared: do not mutate.
   */
  match(tokens: readonly string[]): readonly PhraseMatch<T>[] {
    return (this.automaton.foundIn(this.lexicon, tokens) as Found<T>).matches;
  }

  /** Convenience: tokenizes `text` first. */
  matchText(text: string): readonly PhraseMatch<T>[] {
    return this.match(tokenize(text));
  }
}

/**
 * The phrases of up to 31 lexicons (each a `PhraseMatcher`) compiled into one trie of word ids: an
 * automaton over normalised tokens. What a token matches (the ids of the lexicons' words it is, by
 * form, prefix or typo, and the phrases it can start) is worked out the first time the token is
 * seen and kept by its process-wide number, so a message costs one array read per token and a walk
 * down the trie from the few positions where a phrase starts, once for every lexicon: each
 * lexicon's matches are kept by tokens array, and the first lexicon asked about a message finds
 * those of the others in the same walk. A token that only goes on a phrase (the "de" of "carteira
 * de trabalho") is not looked up in the trie's root.
 */
export class PhraseAutomaton {
  /** The lexicons, by number. */
  readonly matchers: PhraseMatcher<unknown>[] = [];
  private readonly words: WordPattern[] = [];
  private readonly wordIds = new Map<string, number>();
  /** The trie's first level: the nodes of the phrases each word starts, by word id. */
  private readonly firstWords = new Map<number, TrieNode>();
  /** Word ids by the ways a token can meet them: exact form and inflections; the start of a `*` prefix; first letter and length (typos). */
  private readonly byForm = new Map<string, number[]>();
  private byPrefixStart = new Map<string, number[]>();
  private prefixKeyLength = Infinity;
  private readonly byLetterAndLength = new Map<string, number[]>();
  /** The ids of the words each token matches, and the trie nodes of the phrases it can start, by the token's number in `TOKEN_IDS`. */
  private wordsByToken: Array<readonly number[] | undefined> = [];
  private startsByToken: Array<readonly TrieNode[] | undefined> = [];
  private generation = TOKEN_IDS.generation;
  /** What each tokens array gave, by lexicon number (`tokenize` gives a text the same array again); shared: not mutated. */
  private readonly found = new WeakMap<readonly string[], Array<Found<unknown> | undefined>>();
  /** Filled by `walk`, by lexicon number: the matches found in order of start, and each one's phrase's lexicon position. */
  private walked: Array<PhraseMatch<unknown>[] | undefined> = [];
  private orders: Array<number[] | undefined> = [];
  /** Filled by `walk` with the nodes of phrases that reached the last token with words still to come. */
  private open: TrieNode[] | null = null;
  /** The negation of the matches at the start being walked (`negatedAt`), worked out for its first match. */
  private negationStart = -1;
  private negation = false;

  /** Compiles `matcher`'s phrases in; returns its lexicon number. */
  add(matcher: PhraseMatcher<unknown>): number {
    const lexicon = this.matchers.length;
    if (lexicon === MAX_LEXICONS) throw new Error(`A phrase automaton holds at most ${MAX_LEXICONS} lexicons`);
    this.matchers.push(matcher);
    const bit = 1 << lexicon;
    for (const compiled of matcher.phrases) {
      const [first, ...rest] = wordsOf(compiled.phrase).map((word) => this.wordId(word));
      let node = this.firstWords.get(first);
      if (!node) this.firstWords.set(first, (node = trieNode()));
      node.lexicons |= bit;
      for (const id of rest) {
        let child = childOf(node, id);
        if (!child) addChild(node, id, (child = trieNode()));
        node.below |= bit;
        node = child;
        node.lexicons |= bit;
      }
      // Lexicons are added in order, each phrase once: a node's phrases stay in lexicon order. An array of the exact length each time.
      node.phrases = node.phrases === null ? [compiled] : node.phrases.concat(compiled);
      node.ends |= bit;
    }
    // What tokens were found to start is stale: the new lexicon's phrases start at some of them too.
    this.wordsByToken = [];
    this.startsByToken = [];
    return lexicon;
  }

  /** `lexicon`'s matches in `tokens` and the phrases begun at their end, worked out once per tokens array. */
  foundIn(lexicon: number, tokens: readonly string[]): Found<unknown> {
    let byLexicon = this.found.get(tokens);
    if (!byLexicon) this.found.set(tokens, (byLexicon = []));
    if (byLexicon[lexicon] === undefined) {
      const fromParts = this.fromParts(lexicon, tokens);
      if (fromParts) byLexicon[lexicon] = fromParts;
      // A joined text is walked for the lexicon asked only: the others read it from its parts as they can.
      else this.scan(tokens, TOKEN_IDS.partsOf(tokens) ? 1 << lexicon : this.unwalked(byLexicon), byLexicon);
    }
    return byLexicon[lexicon]!;
  }

  private wordId(word: WordPattern): number {
    const key = keyOf(word);
    let id = this.wordIds.get(key);
    if (id !== undefined) return id;
    id = this.words.push(word) - 1;
    this.wordIds.set(key, id);
    const { word: text, prefix } = word;
    if (prefix) {
      // Prefixes are looked up by as many first letters as the shortest has: a shorter one re-keys them all.
      if (text.length < this.prefixKeyLength) {
        this.prefixKeyLength = text.length;
        this.byPrefixStart = new Map();
        this.words.forEach((other, otherId) => {
          if (other.prefix) add(this.byPrefixStart, other.word.slice(0, this.prefixKeyLength), otherId);
        });
      } else add(this.byPrefixStart, text.slice(0, this.prefixKeyLength), id);
    } else for (const form of [text, ...inflections(text)]) add(this.byForm, form, id);
    if (!prefix && text.length >= FUZZY_MIN_LENGTH) add(this.byLetterAndLength, text[0] + text.length, id);
    return id;
  }

  /** The lexicons (as bits) that `byLexicon` holds nothing for yet. */
  private unwalked(byLexicon: ReadonlyArray<Found<unknown> | undefined>): number {
    let lexicons = 0;
    for (let lexicon = 0; lexicon < this.matchers.length; lexicon++) if (byLexicon[lexicon] === undefined) lexicons |= 1 << lexicon;
    return lexicons;
  }

  /**
   * `lexicon`'s matches of texts joined by `joinTexts`, from each text's own, when no phrase runs over a
   * break (no phrase a text ends part-way through is completed by the next text's words): then every
   * match lies within one text, and the longest-first choice among a text's matches is the one it
   * makes alone. Only the negation of a match at a text's first tokens (`NEGATION_REACH`) can change:
   * it looks back across the break.
   */
  private fromParts(lexicon: number, tokens: readonly string[]): Found<unknown> | null {
    const parts = TOKEN_IDS.partsOf(tokens);
    if (!parts || parts.reduce((length, part) => length + part.length, 0) !== tokens.length) return null;
    const founds = parts.map((part) => this.foundIn(lexicon, part));
    for (let i = 0; i < parts.length - 1; i++) if (this.goesOn(lexicon, founds[i].open, parts[i + 1])) return null;
    const matches: PhraseMatch<unknown>[] = [];
    let offset = 0;
    founds.forEach((found, i) => {
      for (const m of found.matches) {
        const start = m.start + offset;
        const negated = m.start < NEGATION_REACH ? negatedAt(tokens, start) : m.negated;
        matches.push(offset === 0 ? m : { phrase: m.phrase, values: m.values, start, end: m.end + offset, negated });
      }
      offset += parts[i].length;
    });
    return { matches, open: founds.at(-1)?.open ?? NO_NODES };
  }

  /**
   * Whether a phrase of `lexicon` begun at `open` (a text's `Found.open`) is completed by the words of `tokens`, the next
   * text, or could run past them (an answer of a word or two): then a phrase may run over the break.
   */
  private goesOn(lexicon: number, open: readonly TrieNode[], tokens: readonly string[]): boolean {
    if (open.length === 0) return false;
    const bit = 1 << lexicon;
    const ids = this.idsOf(tokens);
    let nodes = open;
    for (let at = 0; at < tokens.length; at++) {
      if (this.wordsByToken[ids[at]] === undefined) this.learn(tokens, ids, at);
      const next: TrieNode[] = [];
      for (const node of nodes) {
        for (const id of this.wordsByToken[ids[at]]!) {
          const child = childOf(node, id);
          if (!child || !(child.lexicons & bit)) continue;
          if (child.ends & bit) return true;
          next.push(child);
        }
      }
      if (next.length === 0) return false;
      nodes = next;
    }
    return true;
  }

  /** The tokens' numbers, with what was learnt of each number dropped if the numbering started over. */
  private idsOf(tokens: readonly string[]): Int32Array {
    const ids = TOKEN_IDS.of(tokens);
    if (this.generation !== TOKEN_IDS.generation) {
      this.wordsByToken = [];
      this.startsByToken = [];
      this.generation = TOKEN_IDS.generation;
    }
    return ids;
  }

  /** Walks `tokens` once for the `lexicons` (as bits), and keeps each one's matches in `byLexicon`. */
  private scan(tokens: readonly string[], lexicons: number, byLexicon: Array<Found<unknown> | undefined>): void {
    const ids = this.idsOf(tokens);
    this.walked = [];
    this.orders = [];
    this.open = null;
    this.negationStart = -1;
    for (let start = 0; start < tokens.length; start++) {
      const starts = this.startsByToken[ids[start]] ?? this.learn(tokens, ids, start);
      for (let i = 0; i < starts.length; i++) if (starts[i].lexicons & lexicons) this.walk(starts[i], tokens, ids, lexicons, start, start + 1);
    }
    // Read back through a wider type: `walk` filled it after the null set above.
    const open = this.open as readonly TrieNode[] | null;
    for (let lexicon = 0; lexicon < this.matchers.length; lexicon++) {
      const bit = 1 << lexicon;
      if (!(lexicons & bit)) continue;
      const found = this.walked[lexicon];
      const matches = !found ? NO_MATCHES : overlapFree(found) ? found : longestFirst(found, this.orders[lexicon]!, tokens.length);
      const lexiconOpen = open === null ? NO_NODES : openOf(open, bit);
      // Most lexicons find nothing in a message: they share one empty `Found` instead of a new one each (shared, never mutated).
      byLexicon[lexicon] = matches === NO_MATCHES && lexiconOpen === NO_NODES ? NOTHING_FOUND : { matches, open: lexiconOpen };
    }
  }

  /** Records the phrases of `lexicons` ending at `node` (the words from `start` to `end`), then goes on down the trie. */
  private walk(node: TrieNode, tokens: readonly string[], ids: Int32Array, lexicons: number, start: number, end: number): void {
    if (node.ends & lexicons) {
      const phrases = node.phrases!;
      // The i-th phrase is that of the i-th lowest bit of `ends`.
      let i = 0;
      for (let rest = node.ends; rest !== 0; rest &= rest - 1, i++) {
        const bit = rest & -rest;
        if (!(lexicons & bit)) continue;
        const lexicon = 31 - Math.clz32(bit);
        const phrase = phrases[i];
        if (this.negationStart !== start) {
          this.negationStart = start;
          this.negation = negatedAt(tokens, start);
        }
        (this.walked[lexicon] ??= []).push({ phrase: phrase.phrase, values: phrase.values, start, end, negated: this.negation });
        (this.orders[lexicon] ??= []).push(phrase.order);
      }
    }
    if (!(node.below & lexicons)) return;
    if (end >= tokens.length) {
      (this.open ??= []).push(node);
      return;
    }
    if (this.wordsByToken[ids[end]] === undefined) this.learn(tokens, ids, end);
    for (const id of this.wordsByToken[ids[end]]!) {
      const child = childOf(node, id);
      if (child && child.lexicons & lexicons) this.walk(child, tokens, ids, lexicons, start, end + 1);
    }
  }

  /** Works out and keeps what the token at `at` is to this automaton; returns the phrases it starts. */
  private learn(tokens: readonly string[], ids: Int32Array, at: number): readonly TrieNode[] {
    const id = ids[at];
    const words = this.wordsMatching(tokens[at]);
    const starts = words.flatMap((word) => this.firstWords.get(word) ?? []);
    // Grown a slot at a time, never written past the end: an array written far past its end keeps its elements in a
    // dictionary, and every read of a token's slot then takes V8's slow (megamorphic) keyed path.
    while (this.wordsByToken.length <= id) {
      this.wordsByToken.push(undefined);
      this.startsByToken.push(undefined);
    }
    this.wordsByToken[id] = words.length > 0 ? words : NO_WORDS;
    return (this.startsByToken[id] = starts.length > 0 ? starts : NO_NODES);
  }

  /** Ids of the lexicons' words that `token` matches, in the order the trie is walked. */
  private wordsMatching(token: string): number[] {
    const candidates = new Set([
      ...(this.byForm.get(token) ?? []),
      ...(this.byPrefixStart.get(token.slice(0, this.prefixKeyLength)) ?? []),
      ...[-1, 0, 1].flatMap((delta) => this.byLetterAndLength.get(token[0] + (token.length + delta)) ?? []),
    ]);
    return [...candidates].filter((id) => wordMatches(this.words[id], token));
  }
}

/** A lexicon's nodes among `open` (`lexicon` as its bit), by a loop instead of a closure per lexicon; `NO_NODES` when none. */
function openOf(open: readonly TrieNode[], bit: number): readonly TrieNode[] {
  let own: TrieNode[] | null = null;
  for (let i = 0; i < open.length; i++) if (open[i].below & bit) (own ??= []).push(open[i]);
  return own ?? NO_NODES;
}

/** The engine's lexicons, compiled together at load: each message is walked once for all of them. */
export const LEXICONS = new PhraseAutomaton();

function trieNode(): TrieNode {
  return { next: NO_CHILDREN, phrases: null, ends: 0, lexicons: 0, below: 0 };
}

/** `node`'s child by the word `id`: a binary search of its sorted children. */
function childOf(node: TrieNode, id: number): TrieNode | undefined {
  const { next } = node;
  let low = 0;
  let high = next.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const middleId = next[2 * middle] as number;
    if (middleId === id) return next[2 * middle + 1] as TrieNode;
    if (middleId < id) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** Gives `node` the child `child` by the word `id` (not among its children yet), kept sorted, in an array of the exact length. */
function addChild(node: TrieNode, id: number, child: TrieNode): void {
  const { next } = node;
  let at = 0;
  while (at < next.length && (next[at] as number) < id) at += 2;
  node.next = next.slice(0, at).concat(id, child, next.slice(at));
}

/**
 * The words of a compiled phrase, read back from its key (`keyOf` joined by spaces: a token has neither a space nor a `*`).
 * Worked out again when wanted, at load, rather than kept beside each phrase.
 */
export function wordsOf(phrase: string): WordPattern[] {
  return phrase.split(' ').map((key) => (key.endsWith('*') ? { word: key.slice(0, -1), prefix: true } : { word: key, prefix: false }));
}

/**
 * `phrases` with the values of those listed for one same value in one shared array: a generated family (verbs × counts × nouns,
 * thousands of phrases of one entry) holds one array, not one each. Their matches share it already, and none is mutated.
 */
function shareValues<T>(phrases: CompiledPhrase<T>[]): CompiledPhrase<T>[] {
  const byValue = new Map<T, T[]>();
  for (const compiled of phrases) {
    if (compiled.values.length !== 1) continue;
    const shared = byValue.get(compiled.values[0]);
    if (shared) compiled.values = shared;
    else byValue.set(compiled.values[0], compiled.values);
  }
  return phrases;
}

/** Whether no two of `found` (in order of start) share a token: then the longest-first choice keeps them all, in this order. */
function overlapFree(found: readonly PhraseMatch<unknown>[]): boolean {
  for (let i = 1; i < found.length; i++) if (found[i].start < found[i - 1].end) return false;
  return true;
}

/**
 * The non-overlapping matches of `found`, chosen longest first, then by start, then by lexicon
 * order (`orders`, beside `found`), returned in text order. Phrases over the very same words are one
 * match with the values of each, in lexicon order: a plural listed beside its singular ("financeiras"
 * beside "financeira", which also matches the plural) adds what it is listed for, it does not hide it.
 */
function longestFirst<T>(found: PhraseMatch<T>[], orders: readonly number[], length: number): PhraseMatch<T>[] {
  const byChoice = found.map((_, i) => i);
  byChoice.sort((a, b) => found[b].end - found[b].start - (found[a].end - found[a].start) || found[a].start - found[b].start || orders[a] - orders[b]);
  const taken = new Uint8Array(length);
  const accepted: PhraseMatch<T>[] = [];
  for (const i of byChoice) {
    const { start, end, values } = found[i];
    const last = accepted.at(-1);
    if (last?.start === start && last.end === end) {
      accepted[accepted.length - 1] = { ...last, values: [...last.values, ...values] };
      continue;
    }
    if (taken.subarray(start, end).includes(1)) continue;
    taken.fill(1, start, end);
    accepted.push(found[i]);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

function keyOf(word: WordPattern): string {
  return word.word + (word.prefix ? '*' : '');
}

/** Whether `word` negates a phrase one or two words after it ("nao", "nunca", "nem", "jamais", "sem"). */
export function isNegator(word: string | undefined): boolean {
  return word !== undefined && NEGATORS.has(word);
}

/** Whether a match starting at `start` of `tokens` is negated (`PhraseMatch.negated`). */
export function negatedAt(tokens: readonly string[], start: number): boolean {
  // Negative concord: a phrase that opens with its own negation ("nunca assinaram", "sem registro") keeps it after another
  // ("não, nunca assinaram minha carteira", "não tenho nenhum, sem registro"): Portuguese doubles a negation, it does not undo it.
  if (NEGATORS.has(tokens[start])) return false;
  // Two words back, not over a verb of receiving: "nunca recebi hora extra" claims the overtime, as "nunca recebi o adicional" does
  // (`bridgedNegation`); "não recebi intimação" still denies the notice (`NOTICE`).
  const overReceipt = RECEIPT_VERBS.has(tokenAt(tokens, start - 1)) && !NOTICE.test(tokens[start]);
  // A negation reaches no phrase past a clause mark: "não, ele ainda trabalha", "não sei; ele foi demitido" (`clauseBreakBetween`).
  // Nor one that opens another's reported words: "a empresa diz que nunca teve hora extra" is the other side's denial of what the
  // client claims, the fact in dispute (CLT art. 818; CPC art. 373), not the client's own "nunca tive hora extra".
  if (NEGATORS.has(tokenAt(tokens, start - 1)) && !reported(tokens, start - 1) && !clauseBreakBetween(tokens, start - 1, start)) return true;
  if (NEGATORS.has(tokenAt(tokens, start - 2)) && !overReceipt && !reported(tokens, start - 2) && !clauseBreakBetween(tokens, start - 2, start)) return true;
  if (tokenAt(tokens, start - 1) === 'ser' && POSSIBILITY.has(tokenAt(tokens, start - 2))) return true;
  if (LISTED_PAPER.test(tokens[start]) && NOTICE.test(tokenAt(tokens, start - 1)) && negatedAt(tokens, start - 1)) return true;
  return bridgedNegation(tokens, start);
}

/** A negation over a bridge of determiners, a verb and (after "nem") a subject before `start` (`BRIDGE_VERBS`). */
function bridgedNegation(tokens: readonly string[], start: number): boolean {
  let i = start - 1;
  while (i >= 0 && start - i <= MAX_BRIDGE_DETERMINERS && BRIDGE_DETERMINERS.has(tokens[i])) i--;
  const verb = BRIDGE_VERBS.has(tokenAt(tokens, i)) || (RECEIPT_VERBS.has(tokenAt(tokens, i)) && NOTICE.test(tokens[start]));
  if (verb) i--;
  if (BRIDGE_SUBJECTS.has(tokenAt(tokens, i)) && tokenAt(tokens, i - 1) === 'nem') return !clauseBreakBetween(tokens, i - 1, start);
  return (verb || i < start - 1) && NEGATORS.has(tokenAt(tokens, i)) && !reported(tokens, i) && !clauseBreakBetween(tokens, i, start);
}

/**
 * Whether the negation at `at` opens another's reported words in its clause ("dizendo que eu não era", "disse que não tem"): a side's
 * answer of what was or is, not a promise of what it will do (`FUTURE_AUXILIARIES`) nor a finding told by a physician, an expert or a
 * report (`findingTold`).
 */
function reported(tokens: readonly string[], at: number): boolean {
  const that = BRIDGE_SUBJECTS.has(tokenAt(tokens, at - 1)) ? at - 2 : at - 1;
  const verb = that - 1;
  if (tokenAt(tokens, that) !== 'que' || !REPORTING.has(tokenAt(tokens, verb)) || FUTURE_AUXILIARIES.has(tokenAt(tokens, at + 1))) return false;
  return !clauseBreakBetween(tokens, verb, at) && !findingTold(tokens, verb);
}

/** Whether a finding's teller (`FINDING_REPORTERS`) stands within `REPORTER_REACH` words before the reporting verb at `verb`, in its clause. */
function findingTold(tokens: readonly string[], verb: number): boolean {
  for (let i = verb - 1; i >= 0 && verb - i <= REPORTER_REACH && !clauseBreakBetween(tokens, i, verb); i--) if (FINDERS.has(tokens[i])) return true;
  return false;
}

/**
 * `tokens[at]`, or "" (no word of any list) before the first: read at a negative index, as `tokens[-1]`, an array takes V8's slow
 * keyed path (a property named "-1").
 */
function tokenAt(tokens: readonly string[], at: number): string {
  return at >= 0 ? tokens[at] : '';
}

function add(index: Map<string, number[]>, key: string, id: number): void {
  const list = index.get(key);
  if (!list) index.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}
