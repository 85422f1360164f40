import { CLIENT_NOTES, ClientNote, NOTE_NEGATORS, NOTE_YIELDS } from '../lexicons/client-notes.lexicon';
import { PhraseMatcher } from '../text/phrase-matcher';
import { tokenize } from '../text/text-normalizer';

/** Finds the notes of `CLIENT_NOTES` in a text: risks, steps already taken, the client's role. */
export class NoteExtractor {
  private readonly matcher = new PhraseMatcher(
    Object.entries(CLIENT_NOTES).flatMap(([note, phrases]) => phrases.map((p) => [p, note as ClientNote] as const)),
  );
  private readonly yields = Object.entries(NOTE_YIELDS).map(([note, phrases]) => ({ note: note as ClientNote, matcher: new PhraseMatcher(phrases.map((p) => [p, true] as const)) }));

  extract(text: string): ClientNote[] {
    const notes: ClientNote[] = [];
    const tokens = tokenize(text);
    for (const match of this.matcher.match(tokens)) {
      if (match.negated || tokens.slice(Math.max(0, match.start - 2), match.start).some((t) => NOTE_NEGATORS.includes(t))) continue;
      for (const note of match.values) if (!notes.includes(note)) notes.push(note);
    }
    const yielded = this.yields.filter(({ note, matcher }) => notes.includes(note) && matcher.match(tokens).some((m) => !m.negated));
    return notes.filter((note) => !yielded.some((y) => y.note === note));
  }
}
