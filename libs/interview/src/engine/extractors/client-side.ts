import {
  OWN_BUSINESS_CUES,
  OWN_BUSINESS_LABELS,
  OWN_HAVING_VERBS,
  OWNER_LINKS,
  OWNER_WORDS,
  ROLE_ARTICLES,
  SELF_APPOINTED_CUES,
  SELF_APPOINTED_VERBS,
  SELF_CAPACITY_CUES,
  SELF_ROLE_CUES,
} from '../lexicons/parties.lexicon';
import { NUMBER_WORDS } from '../lexicons/numbers.lexicon';

/*
 * Whether a party word the party extractor matched stands for the client's own side (a business the client runs, a role the
 * client holds) rather than the other side, read from the tokens around the match.
 */

/**
 * "tenho uma loja", "minha loja", "tenho 2 lojas", "minhas duas lojas", "sou dono da loja", "as lojas que eu tenho": a business the
 * client runs (`OWN_BUSINESS_LABELS`), not the other side. An article and a count may stand between the cue and the noun.
 */
export function isClientsOwnBusiness(tokens: readonly string[], start: number, end: number, labels: readonly string[]): boolean {
  if (!labels.some((label) => OWN_BUSINESS_LABELS.includes(label))) return false;
  let before = start - 1;
  if (isCountWord(tokens[before])) before -= 1;
  if (ROLE_ARTICLES.includes(tokens[before])) before -= 1;
  if (OWN_BUSINESS_CUES.includes(tokens[before])) return true;
  if (OWNER_LINKS.includes(tokens[before]) && OWNER_WORDS.includes(tokens[before - 1])) return true;
  // "as lojas que eu tenho", "a loja que a gente tem": the noun the client's own having tells of.
  if (tokens[end] !== 'que') return false;
  for (let i = end + 1; i <= end + 3 && i < tokens.length; i++) {
    if (OWN_HAVING_VERBS.includes(tokens[i]) || (tokens[i] === 'tem' && tokens[i - 1] === 'gente')) return true;
  }
  return false;
}

/** A count before a noun ("2 lojas", "duas lojas"). */
function isCountWord(token: string | undefined): boolean {
  return token !== undefined && (/^\d+$/.test(token) || token in NUMBER_WORDS);
}

/**
 * "sou inquilina", "eu sou o sócio", "trabalhei como vendedor", "fui eleita síndica": the role the client holds, not another party.
 */
export function isClientsOwnRole(tokens: readonly string[], start: number): boolean {
  if (SELF_CAPACITY_CUES.includes(tokens[start - 1])) return true;
  const before = ROLE_ARTICLES.includes(tokens[start - 1]) ? start - 2 : start - 1;
  if (SELF_APPOINTED_CUES.includes(tokens[before]) && SELF_APPOINTED_VERBS.includes(tokens[before - 1])) return true;
  return SELF_ROLE_CUES.includes(tokens[before]);
}
