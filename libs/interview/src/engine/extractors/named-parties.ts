import { BODY_ACRONYMS, CITIES, STATE_NAMES } from '../lexicons/locations.lexicon';
import {
  COURT_LABEL,
  COURT_NOUNS,
  COMPANY_NOUNS,
  HOSTED_CONTENT,
  HOUSEHOLD_LABEL,
  LAW_NOUNS,
  MEDIA_VERBS,
  NAME_CUES,
  NOT_NAMES,
  OPENING_ARTICLES,
  OWN_NAME_CONTEXTS,
  PARTIES,
  SOCIAL_NETWORKS,
} from '../lexicons/parties.lexicon';
import { foldText, textMemo } from '../text/text-normalizer';
import { cueAlternation } from '../text/word-pattern';

/*
 * The names of companies, brands and people a client writes ("comprei na Magazine Luiza", "A Gol cancelou", "a operadora, a
 * Vivo,"), told from places, courts, laws, the client's own business and what the client only saw or read.
 */

/** A cue as a pattern that also matches it written with its accents ("imobiliaria" and "imobiliária Lopes"). */
function anyAccents(cue: string): string {
  const marks: Record<string, string> = { a: '[aáâãà]', e: '[eéê]', i: '[ií]', o: '[oóôõ]', u: '[uú]', c: '[cç]' };
  return cue.replace(/[aeiouc]/g, (letter) => marks[letter]);
}

// An acronym may hold digits ("BR 101" is not one, "3M" is), a bare number is never a name ("dos 180 dias").
const NAME_WORD = `(?:\\p{Lu}[\\p{L}\\d&'-]*|(?=[A-Z\\d]*[A-Z])[A-Z\\d]{2,})`;
const NAMED = new RegExp(
  `(?<!\\p{L})(${[...NAME_CUES, ...COMPANY_NOUNS].map(anyAccents).join('|')})\\s+(${NAME_WORD}(?:\\s+(?:d[aeo]s?\\s+)?${NAME_WORD}){0,3})`,
  'gu',
);
/**
 * A company noun and, after a comma, its name with an article ("a operadora de celular, a Vivo, cobra", "numa loja de roupas, a
 * Renner, como vendedor"): the name in apposition is the business the noun spoke of.
 */
// The comma first, then the noun looked for behind it: tried before the comma, the lookbehind ran at every position of every message.
const APPOSITION = `,(?<=\\b(?:${COMPANY_NOUNS.map(anyAccents).join('|')})\\b[^,.!?;\\n]{0,30},)\\s+`;
/**
 * A name after the article that opens a sentence, followed by a lower-case word ("A Gol cancelou", "O Itaú
 * bloqueou"): a company or person acting, the other side. Without a mid-sentence cue it is told from a
 * capitalised common word only by the article, so the article is required.
 */
const OPENING_NAMED = new RegExp(`(^\\s*|[.!?]\\s+)(${OPENING_ARTICLES.join('|')})\\s+(${NAME_WORD}(?:\\s+(?:d[aeo]s?\\s+)?${NAME_WORD}){0,3})(?=\\s+\\p{Ll})`, 'gu');
/** The name in apposition (`APPOSITION`), which may close its clause ("a operadora, a Vivo, cobra"). */
const APPOSED_NAMED = new RegExp(
  `(${APPOSITION})(${OPENING_ARTICLES.join('|')})\\s+(${NAME_WORD}(?:\\s+(?:d[aeo]s?\\s+)?${NAME_WORD}){0,3})(?=\\s+\\p{Ll}|\\s*[,.;!?]|\\s*$)`,
  'gu',
);
/**
 * A verb of seeing, reading or hearing in the same sentence shortly before the cue ("vi na TV", "vi um vídeo no YouTube", "li no
 * jornal", "passou no Fantástico"): the name after it is where the client learned something, not someone they deal with.
 */
const SEEN_IN = new RegExp(`\\b(?:${MEDIA_VERBS.join('|')})\\b(?:\\s+[^\\s.!?;]+){0,3}\\s*$`);
/** A highway's code ("BR-101", "SP 280") or an address's noun ("Rodovia Anhanguera", "Avenida Paulista"): a place, not a party. */
const PLACE_NAME = /^(?:[a-z]{2}[\s-]?\d{2,3}|rodovia|avenida|av|rua|estrada|praca|travessa|alameda|bairro|viaduto|ponte)\b/;
/** `HOSTED_CONTENT` as a pattern over folded text. */
const HOSTED = new RegExp(`\\b${cueAlternation(HOSTED_CONTENT)}(?![a-z])`);
/**
 * Whether a message tells content hosted on a network and at issue (`HOSTED_CONTENT`), which makes a social network it names a party
 * (`SOCIAL_NETWORKS`): a post to take down, not a shop it sells through. Kept by text.
 */
const hostsContentAtIssue = textMemo((text: string): boolean => HOSTED.test(foldText(text)));
/** Whether a name is a social network's (`SOCIAL_NETWORKS`), by its first word: "Facebook Marketplace" too. */
function isSocialNetwork(folded: string): boolean {
  return SOCIAL_NETWORKS.includes(folded.split(' ')[0]);
}
const OWN_NAMES = OWN_NAME_CONTEXTS.map(({ cues, before, relative }) => ({ cues, before: new RegExp(before), relative: relative === true }));
const LABEL_PHRASES = new Set(Object.entries(PARTIES).flatMap(([label, phrases]) => [foldText(label), ...phrases]));
const PLACES = new Set([...Object.keys(CITIES).map((city) => foldText(city)), ...Object.keys(STATE_NAMES)]);

/** Whether the name after `cue` is where the client saw or read something (`SEEN_IN`): "vi na TV", "li no jornal". */
function seenIn(cue: string, before: string): boolean {
  return ['na', 'no', 'nas', 'nos', 'pela', 'pelo'].includes(foldText(cue)) && SEEN_IN.test(foldText(before));
}

/**
 * Part of a place, not another party: "Juazeiro do Norte" (after a capitalised word, "do Norte"
 * goes on that name) and an address's district after its city ("São Paulo/SP, na Vila Mariana", "moro em Niterói, no Fonseca").
 */
function continuesAName(cue: string, before: string): boolean {
  if (['da', 'do', 'das', 'dos'].includes(cue) && /\p{Lu}\p{L}*\s+$/u.test(before)) return true;
  return ['na', 'no'].includes(cue) && (/[\s/]\p{Lu}{2},\s*$/u.test(before) || afterACity(before));
}

/** Whether `before` ends with a known city's name and a comma ("Moro em Niterói, "): what follows is a place in it. */
function afterACity(before: string): boolean {
  const words = /((?:\p{L}+\s+){0,3}\p{L}+),\s*$/u.exec(before)?.[1].split(/\s+/) ?? [];
  return words.some((_, start) => PLACES.has(foldText(words.slice(start).join(' '))));
}

/**
 * The text without the company and brand names after a cue ("comprei na Magazine Luiza"), nor a
 * company noun they follow, so that "loja" is not listed beside the name; the names, as written,
 * go to `names`. `lead` is what comes before the text in a transcript (a message break).
 */
export function withoutNames(text: string, lead: string, names: string[], household: string[]): string {
  return withoutOpeningNames(text, names).replace(NAMED, (whole, cue: string, name: string, offset: number) => {
    const own = ownName(foldText(cue), foldText(lead + text.slice(0, offset)));
    if (own) {
      if (own === 'relative' && !household.includes(HOUSEHOLD_LABEL)) household.push(HOUSEHOLD_LABEL);
      return COMPANY_NOUNS.includes(foldText(cue)) ? ' ' : `${cue} `;
    }
    const folded = foldText(name);
    const isName =
      !NOT_NAMES.includes(folded) &&
      !LAW_NOUNS.includes(folded.split(' ')[0]) &&
      !LABEL_PHRASES.has(folded) &&
      !PLACES.has(folded) &&
      !isBodyAcronym(folded) &&
      !PLACE_NAME.test(folded) &&
      !continuesAName(cue, lead + text.slice(0, offset)) &&
      // A network hosting what is at issue is a party, though the client saw it there ("vi um vídeo no TikTok me chamando de golpista").
      (isSocialNetwork(folded) ? hostsContentAtIssue(text) : !seenIn(cue, text.slice(0, offset)));
    if (!isName) return whole;
    // A court named ("Vara do Trabalho", "Juizado Especial") judges the case: it is listed as such, never as the other side.
    const party = COURT_NOUNS.includes(folded.split(' ')[0]) ? COURT_LABEL : name;
    if (!names.includes(party)) names.push(party);
    return COMPANY_NOUNS.includes(foldText(cue)) ? ' ' : `${cue} `;
  });
}

/**
 * The text without the names that open a sentence after an article ("A Gol cancelou o voo") or stand in apposition to a
 * company noun ("a operadora, a Vivo,"), kept in `names`.
 * A public body or other generic noun there ("A Polícia Federal", "A Prefeitura de Olinda") keeps its label
 * instead, and a company noun with a name ("O Banco Inter") is the name.
 */
function withoutOpeningNames(text: string, names: string[]): string {
  return [OPENING_NAMED, APPOSED_NAMED].reduce((rest, pattern) => rest.replace(pattern, (whole, start: string, article: string, name: string) => {
    const folded = foldText(name);
    const first = folded.split(' ')[0];
    const generic = LABEL_PHRASES.has(first) && !COMPANY_NOUNS.includes(first);
    // Two letters after an article are an object's abbreviation ("A TV quebrou", "O PC"), not a company.
    if (first.length < 3 || generic || NOT_NAMES.includes(folded) || NOT_NAMES.includes(first) || LAW_NOUNS.includes(first) || LABEL_PHRASES.has(folded) || PLACES.has(folded)) return whole;
    if (isSocialNetwork(folded) && !hostsContentAtIssue(text)) return whole;
    const party = COURT_NOUNS.includes(first) ? COURT_LABEL : name;
    if (!names.includes(party)) names.push(party);
    return `${start}${article} `;
  }), text);
}

/**
 * A public body's acronym with its state or number ("PM-MG", "TJ-SP", "TRT-2"): a court that judges, or the police that acted,
 * not a party named; its words are read as the labels say (the police), and a court is no party at all.
 */
function isBodyAcronym(folded: string): boolean {
  return BODY_ACRONYMS.includes(folded.split(/[\s/-]/)[0]);
}

/** Whether a name after `cue` is the client's own business or relative (`OWN_NAME_CONTEXTS`), by the folded text before the cue. */
function ownName(cue: string, before: string): 'business' | 'relative' | null {
  const context = OWN_NAMES.find((c) => c.cues.includes(cue) && c.before.test(before));
  return context ? (context.relative ? 'relative' : 'business') : null;
}
