import { partyKind, withoutNamedKinds } from '../extractors/party.extractor';
import { InterviewFacts } from '../interview-engine.types';
import { NOT_ONLY_WITNESS_NOTES } from '../lexicons/client-notes.lexicon';
import { AREA_LEXICONS } from '../lexicons/areas';
import { BYSTANDER_KINDS, NOT_OPPOSING, OPPOSING_ONLY_IN } from '../lexicons/parties.lexicon';
import { VICTIM_NOTES } from '../lexicons/replies.lexicon';

/** Notes that make the client the one accused or sued: they get the defence's questions and steps, never a victim's. */
const ACCUSED_NOTES: string[] = ['accused', 'defendant', 'criminal-defence', 'restrained'];

/**
 * Summoned as a witness, and neither sued nor the victim: not a party to the case told. The lawsuit, the crime
 * and what is at stake in it are other people's; the client attends and tells the truth.
 */
export function isOnlyWitness(facts: Pick<InterviewFacts, 'notes'>): boolean {
  return facts.notes.includes('witness') && !facts.notes.some((note) => NOT_ONLY_WITNESS_NOTES.includes(note as never));
}

/**
 * The parties on the other side: those named, without the client's family and bystanders (`isBystander`), and without a bare label
 * of a kind named in another message (`withoutNamedKinds`: "banco" beside "Banco Pan").
 */
export function opposingParties(facts: Pick<InterviewFacts, 'parties' | 'notes' | 'area'> & Partial<Pick<InterviewFacts, 'subarea'>>): string[] {
  return withoutNamedKinds(facts.parties).filter((party) => !isBystander(party, facts));
}

/**
 * A party on the client's side or a bystander in this case: the labels of `NOT_OPPOSING`; every party named by a client summoned
 * only as a witness (the police that took their name, the accused and the victim are others' case: the witness has no other
 * side); a party the kind of case makes a bystander (`bystanderInKind`: a bank holding an estate's money in an inventory, the hospital that treated a crash's injury); a body that is the other side only in its own area (`OPPOSING_ONLY_IN`: the INSS that pays the client's benefit in a
 * support or labour case), unless the client told it acted against them.
 */
export function isBystander(party: string, facts: Pick<InterviewFacts, 'notes' | 'area'> & Partial<Pick<InterviewFacts, 'subarea'>>): boolean {
  if (NOT_OPPOSING.includes(party) || isOnlyWitness(facts) || bystanderInKind(party, facts)) return true;
  const only = OPPOSING_ONLY_IN[party];
  return Boolean(only && facts.area && !only.areas.includes(facts.area) && !only.notes.some((note) => facts.notes.includes(note)));
}

/** A kind of party that the case's subarea makes no other side (`BYSTANDER_KINDS`): a bank in an inventory, a hospital after a crash. */
function bystanderInKind(party: string, facts: Pick<InterviewFacts, 'area'> & Partial<Pick<InterviewFacts, 'subarea'>>): boolean {
  const id = facts.area ? AREA_LEXICONS[facts.area].subareas.find((sub) => sub.label === facts.subarea)?.id : undefined;
  const kind = partyKind(party);
  return Boolean(id && kind && BYSTANDER_KINDS[id]?.includes(kind));
}

/**
 * The client is the victim (hurt, robbed, threatened, insulted or falsely accused by someone, or the one who reported it or
 * wants the other prosecuted), and not the one accused or sued: questions and steps meant for an accused never go to them.
 */
export function isVictim(facts: Pick<InterviewFacts, 'notes'>): boolean {
  return facts.notes.some((note) => VICTIM_NOTES.includes(note as never)) && !facts.notes.some((note) => ACCUSED_NOTES.includes(note));
}

/**
 * The client is the crime's victim (`isVictim`), or tells the author of the crime against them convicted ("o cara que me roubou foi
 * condenado", CPP arts. 268 and 598), accused of nothing. Not a sentence served and over (`custody-ended`): that is a relative's record.
 */
export function isCrimeVictim(facts: Pick<InterviewFacts, 'notes'>): boolean {
  const authorConvicted = facts.notes.includes('offender-convicted') && !facts.notes.includes('custody-ended');
  return isVictim(facts) || (authorConvicted && !facts.notes.some((note) => ACCUSED_NOTES.includes(note)));
}

/** Notes that make the client the employer of the worker told of: a business owner or a household that employs. */
const EMPLOYER_NOTES: string[] = ['client-employer', 'client-company'];
/** Notes of a lawsuit already brought, by the worker or by the client: no longer a question of how to act. */
const LAWSUIT_NOTES: string[] = ['defendant', 'lawsuit-running'];

/**
 * The client is the employer asking how to act (dismiss, warn, pay the severance), with no lawsuit yet: the worker's claims
 * (a dismissal for cause to reverse, an employment to prove) are not theirs, nor the worker's steps. Not a worker who also
 * runs a business and was dismissed ("me demitiram": the employer is the other side).
 */
export function isEmployerAsking(facts: Pick<InterviewFacts, 'notes'>): boolean {
  return isEmployerSide(facts) && !facts.notes.some((note) => LAWSUIT_NOTES.includes(note));
}

/**
 * The client is the employer sued by the worker (a labour claim "contra mim"): the defence's questions and papers are the
 * employer's (the contract, the payments, the time records, a preposto at the hearing), never the worker's own.
 */
export function isEmployerSued(facts: Pick<InterviewFacts, 'notes'>): boolean {
  return isEmployerSide(facts) && facts.notes.includes('defendant');
}

function isEmployerSide(facts: Pick<InterviewFacts, 'notes'>): boolean {
  return facts.notes.some((note) => EMPLOYER_NOTES.includes(note)) && !facts.notes.includes('opponent-employer');
}
