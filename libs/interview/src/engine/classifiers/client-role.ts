import { InterviewFacts } from '../interview-engine.types';
import { NOT_ONLY_WITNESS_NOTES } from '../lexicons/client-notes.lexicon';
import { NOT_OPPOSING } from '../lexicons/parties.lexicon';

/**
 * Summoned as a witness, and neither sued nor the victim: not a party to the case told. The lawsuit, the crime
 * and what is at stake in it are other people's; the client attends and tells the truth.
 */
export function isOnlyWitness(facts: Pick<InterviewFacts, 'notes'>): boolean {
  return facts.notes.includes('witness') && !facts.notes.some((note) => NOT_ONLY_WITNESS_NOTES.includes(note as never));
}

/** The parties on the other side: those named, without the client's family and bystanders (`NOT_OPPOSING`). */
export function opposingParties(facts: Pick<InterviewFacts, 'parties'>): string[] {
  return facts.parties.filter((party) => !NOT_OPPOSING.includes(party));
}
