import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { loadCases } from '../../../../../eval/case-loader';
import '../rule-based-interview.engine';
import { FINDING_REPORTERS, REPORTING_VERBS } from '../lexicons/client-notes.lexicon';
import { CompiledPhrase, LEXICONS, PhraseMatch, PhraseMatcher, wordsOf } from './phrase-matcher';
import { joinTexts, markClauseBreaks, normalizeText, tokenize } from './text-normalizer';
import { WordPattern, wordMatches } from './word-pattern';

const REPO_ROOT = path.resolve(__dirname, '../../../../..');
/** Our own narratives in many registers, kept in the repo: npm test reads no case file from outside it. */
const NARRATIVE_FILES = ['repo-cases.json', 'mixed-cases.json', 'narrative-cases.json'].map((name) => path.join(REPO_ROOT, 'eval/cases', name));

/** The reference's trie of a matcher's phrases: the phrases that end at a node, the next words on from it, and which of them each token seen matches. */
interface Node<T> {
  ends: CompiledPhrase<T>[];
  next: Map<string, { word: WordPattern; node: Node<T> }>;
  reached: Map<string, ReadonlyArray<Node<T>>>;
}

/** Per matcher, its trie: a next word is tried once per node and distinct token. */
const tries = new WeakMap<PhraseMatcher<unknown>, Node<unknown>>();

function trieOf<T>(matcher: PhraseMatcher<T>): Node<T> {
  const node = (): Node<T> => ({ ends: [], next: new Map(), reached: new Map() });
  if (!tries.has(matcher)) {
    const root = node();
    for (const compiled of matcher.phrases) {
      let at = root;
      for (const word of wordsOf(compiled.phrase)) {
        const key = `${word.word}${word.prefix ? '*' : ''}`;
        if (!at.next.has(key)) at.next.set(key, { word, node: node() });
        at = at.next.get(key)!.node;
      }
      at.ends.push(compiled);
    }
    tries.set(matcher, root);
  }
  return tries.get(matcher) as Node<T>;
}

/** The nodes one word on from `node` that `token` reaches. */
function reachedBy<T>(node: Node<T>, token: string): ReadonlyArray<Node<T>> {
  if (!node.reached.has(token)) node.reached.set(token, [...node.next.values()].filter(({ word }) => wordMatches(word, token)).map((edge) => edge.node));
  return node.reached.get(token)!;
}

/** The phrases that match the tokens from `start` on, with their ends, found word by word down the trie. */
function phrasesAt<T>(matcher: PhraseMatcher<T>, tokens: readonly string[], start: number): Array<[CompiledPhrase<T>, number]> {
  const found: Array<[CompiledPhrase<T>, number]> = [];
  const walk = (node: Node<T>, end: number) => {
    found.push(...node.ends.map((compiled) => [compiled, end] as [CompiledPhrase<T>, number]));
    if (end < tokens.length) for (const child of reachedBy(node, tokens[end])) walk(child, end + 1);
  };
  walk(trieOf(matcher), start);
  return found;
}

/**
 * The plain way to the clause marks of a text: its normalized words and what stands between them, a mark of `,;:.!?` that is no
 * separator of digits ("5.000") being a break before the next word. "ninguém, nem o síndico, resolveu" says its "ninguém" again after the aside.
 */
function referenceWords(text: string): { tokens: string[]; breaks: number[] } {
  const pieces = normalizeText(text).replace(/\bninguem, (nem [^,.;!?]{1,40}), /g, 'ninguem, $1, ninguem ').split(/([^a-z0-9]+)/);
  const tokens: string[] = [];
  const breaks: number[] = [];
  pieces.forEach((piece, i) => {
    if (i % 2 === 0) {
      if (piece.length > 0) tokens.push(piece);
      return;
    }
    const digits = /^[.,]$/.test(piece) && /\d$/.test(pieces[i - 1]) && /^\d/.test(pieces[i + 1] ?? '');
    if (tokens.length > 0 && (pieces[i + 1] ?? '').length > 0 && /[,;:.!?]/.test(piece) && !digits) breaks.push(tokens.length);
  });
  return { tokens, breaks };
}

/** Tokens with the clause breaks the matcher is to read in them (`markClauseBreaks`), and the reference beside them. */
interface Text {
  tokens: readonly string[];
  breaks: readonly number[];
}

/** `text`'s tokens from `tokenize`, which must be the reference's words, and the reference's breaks. */
function textOf(message: string): Text {
  const { tokens, breaks } = referenceWords(message);
  expect(tokenize(message)).toEqual(tokens);
  return { tokens: tokenize(message), breaks };
}

/** The matching rules written the plain way: every phrase tried at every position (down the trie), then the longest non-overlapping ones kept. */
function referenceMatch<T>(matcher: PhraseMatcher<T>, { tokens, breaks }: Text): PhraseMatch<T>[] {
  const found: Array<PhraseMatch<T> & { order: number }> = [];
  for (let start = 0; start < tokens.length; start++) {
    for (const [{ phrase, values, order }, end] of phrasesAt(matcher, tokens, start)) {
      const [before, twoBefore] = [tokens[start - 1], tokens[start - 2]];
      // A negation at `at` reaches no phrase past a clause mark.
      const reaches = (at: number) => !breaks.some((b) => b > at && b <= start);
      // Two words back reaches over a verb of receiving only to a notice served ("nunca recebi hora extra" claims it).
      const overReceipt = RECEIPT_VERBS.includes(before) && !/^(?:intimac|citac|notificac|mandado)/.test(tokens[start]);
      // Negative concord: a phrase that opens with a negator keeps its own negation after another one.
      const negated =
        !NEGATORS.includes(tokens[start]) &&
        ((NEGATORS.includes(before) && !reported(tokens, breaks, start - 1) && reaches(start - 1)) ||
          (NEGATORS.includes(twoBefore) && !overReceipt && !reported(tokens, breaks, start - 2) && reaches(start - 2)) ||
          (before === 'ser' && ['pode', 'podem', 'posso', 'poderia', 'possa'].includes(twoBefore)) ||
          bridged(tokens, breaks, start, reaches));
      found.push({ phrase, values, start, end, negated, order });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
  // Accepted matches by their span, and the tokens they cover.
  const accepted = new Map<string, (typeof found)[number]>();
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const m of found) {
    const same = accepted.get(`${m.start}:${m.end}`);
    if (same) same.values = [...same.values, ...m.values];
    else if (!covered.slice(m.start, m.end).includes(true)) {
      accepted.set(`${m.start}:${m.end}`, { ...m });
      covered.fill(true, m.start, m.end);
    }
  }
  return [...accepted.values()].map(({ phrase, values, start, end, negated }) => ({ phrase, values, start, end, negated })).sort((a, b) => a.start - b.start);
}

const NEGATORS = ['nao', 'nunca', 'nem', 'jamais', 'sem'];
const DETERMINERS = ['o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'nenhum', 'nenhuma', 'mais', 'meu', 'minha', 'meus', 'minhas', 'seu', 'sua', 'seus', 'suas', 'esse', 'essa', 'esses', 'essas', 'qualquer'];
const VERBS = ['tenho', 'tem', 'tinha', 'tive', 'teve', 'temos', 'tinham', 'tiveram', 'possuo', 'possui', 'ha', 'houve', 'ta', 'tava', 'esta', 'estava', 'estou', 'to', 'estao', 'tao', 'sou', 'era', 'foi', 'fui', 'fica', 'ficou'];
const RECEIPT_VERBS = ['recebi', 'recebemos', 'recebeu', 'recebo', 'recebe', 'recebem', 'recebia', 'recebiam', 'receberam', 'chegou', 'chegaram', 'veio', 'vieram'];
const SUBJECTS = ['eu', 'ele', 'ela', 'eles', 'elas', 'voce', 'nos'];

/** A negation over up to two determiners, then a verb of having or being, then (after "nem" only) a subject: every split tried. */
function bridged(tokens: readonly string[], breaks: readonly number[], start: number, reaches: (at: number) => boolean): boolean {
  for (let determiners = 0; determiners <= 2; determiners++) {
    for (const verb of [0, 1]) {
      for (const subject of [0, 1]) {
        if (determiners + verb === 0) continue;
        const at = start - determiners - verb - subject - 1;
        if (at < 0 || !tokens.slice(start - determiners, start).every((t) => DETERMINERS.includes(t))) continue;
        // A verb of receiving reaches only to a notice served ("não recebi nenhuma intimação").
        const receipt = RECEIPT_VERBS.includes(tokens[start - determiners - 1]) && /^(?:intimac|citac|notificac|mandado)/.test(tokens[start]);
        if (verb && !VERBS.includes(tokens[start - determiners - 1]) && !receipt) continue;
        if (subject && !SUBJECTS.includes(tokens[at + 1])) continue;
        if ((subject ? tokens[at] === 'nem' : NEGATORS.includes(tokens[at]) && !reported(tokens, breaks, at)) && reaches(at)) return true;
      }
    }
  }
  return false;
}

/**
 * Another's words reported ("dizendo que eu não era", "a empresa diz que nunca teve") are not the client's denial: a negation right
 * after a reporting verb and "que" (and a subject), all in one clause, unless it promises what is to come ("disse que não vai") or
 * a finding's teller ("o médico", "o laudo") stands in the four words before the verb, in its clause.
 */
function reported(tokens: readonly string[], breaks: readonly number[], at: number): boolean {
  return [1, 2].some((gap) => {
    const verb = at - gap - 1;
    if (tokens[at - gap] !== 'que' || !REPORTING_VERBS.includes(tokens[verb]) || (gap === 2 && !SUBJECTS.includes(tokens[at - 1]))) return false;
    if (['vai', 'vao', 'vou', 'vamos', 'ia', 'iam', 'iria', 'iriam'].includes(tokens[at + 1])) return false;
    const inClause = (from: number, to: number) => !breaks.some((b) => b > from && b <= to);
    const told = [1, 2, 3, 4].some((k) => verb - k >= 0 && inClause(verb - k, verb) && FINDING_REPORTERS.includes(tokens[verb - k]));
    return inClause(verb, at) && !told;
  });
}

/** A case's messages' words one after another, each closed by a "|" token, with their breaks. */
function messagesInARow(messages: readonly Text[]): Text {
  const tokens: string[] = [];
  const breaks: number[] = [];
  for (const message of messages) {
    breaks.push(...message.breaks.map((at) => tokens.length + at));
    tokens.push(...message.tokens, '|');
  }
  return { tokens, breaks };
}

/**
 * Every matcher's matches in every text, once they are the reference's: a failure shows the first few that differ, each with the
 * words around it, not a diff of a third of a million matches (which took longer to print than the suite to run).
 */
function matchedLikeTheReference(matchers: ReadonlyArray<PhraseMatcher<unknown>>, texts: readonly Text[]): Array<Array<readonly PhraseMatch<unknown>[]>> {
  const differences: object[] = [];
  const matches = matchers.map((matcher, lexicon) =>
    texts.map((text) => {
      const [got, want] = [matcher.match(text.tokens), referenceMatch(matcher, text)];
      const at = got.findIndex((match, i) => !isDeepStrictEqual(match, want[i]));
      const first = at >= 0 ? at : got.length === want.length ? -1 : got.length;
      if (first >= 0 && differences.length < 3) {
        const start = Math.min(got[first]?.start ?? Infinity, want[first]?.start ?? Infinity);
        differences.push({ lexicon, words: text.tokens.slice(Math.max(0, start - 6), start + 8).join(' '), got: got[first], want: want[first] });
      }
      return got;
    }),
  );
  expect(differences).toEqual([]);
  return matches;
}

/** Client-like misspellings: a letter changed inside long words, and plurals. */
const REWRITES: Array<(token: string) => string> = [
  (token) => token,
  (token) => (token.length >= 7 ? `${token.slice(0, 3)}x${token.slice(4)}` : token),
  (token) => `${token}s`,
];

describe('PhraseMatcher against the plain reference matcher', () => {
  // The engine's lexicons, compiled into one automaton as its modules load.
  const matchers = LEXICONS.matchers;
  const cases = loadCases(NARRATIVE_FILES);
  const narratives = cases.map((c) => [c.opening, ...c.followups].map(textOf));
  const lexicons = matchers.map((matcher) => matcher.phrases.map((p) => p.phrase.replace(/\*/g, '')));

  it('finds every lexicon of the engine', () => {
    expect(matchers.length).toBeGreaterThanOrEqual(10);
  });

  it.each(REWRITES.map((rewrite, i) => [i, rewrite] as const))('matches like the reference on every narrative and lexicon (rewrite %i)', (_i, rewrite) => {
    const texts = [
      ...narratives.flatMap((messages) => [...messages, messagesInARow(messages)]),
      ...lexicons.map((phrases) => ({ tokens: phrases.flatMap((phrase) => ['nao', ...tokenize(phrase)]), breaks: [] })),
    ].map(({ tokens, breaks }) => {
      const rewritten = tokens.map(rewrite);
      markClauseBreaks(rewritten, breaks);
      return { tokens: rewritten, breaks };
    });
    const matches = matchedLikeTheReference(matchers, texts);
    expect(matches.flat(2).length).toBeGreaterThan(1000);
  });

  it('matches a joined transcript from its messages as the reference matches it whole, phrases over the breaks included, negations stopped at them', () => {
    const halves = (message: string) => {
      const words = message.split(' ');
      return [words.slice(0, words.length / 2).join(' '), words.slice(words.length / 2).join(' ')];
    };
    const transcripts = cases.slice(0, 12).flatMap((c) => {
      const messages = [c.opening, ...c.followups];
      return [messages, messages.flatMap(halves), messages.map((m) => `${m} nao`), messages.map((m) => `${m} nem sei`), messages.map((m) => `nao ${m}`)];
    });
    const texts = transcripts.map((messages) => ({ tokens: tokenize(joinTexts(messages)), breaks: referenceWords(messages.join('.\n')).breaks }));
    const matches = matchedLikeTheReference(matchers, texts);
    expect(matches.flat(2).filter((m) => m.negated).length).toBeGreaterThan(20);
  });
});
