import { DOCUMENTS, NO_DOCUMENT_PHRASES } from '../lexicons/documents.lexicon';
import { PhraseMatcher } from '../text/phrase-matcher';
import { tokenize } from '../text/text-normalizer';

/** Finds the evidence the client has ("carteira de trabalho", "prints", "laudo"). */
export class DocumentExtractor {
  private readonly matcher = new PhraseMatcher(
    Object.entries(DOCUMENTS).flatMap(([label, phrases]) => phrases.map((p) => [p, label] as const)),
  );
  private readonly none = new PhraseMatcher(NO_DOCUMENT_PHRASES.map((p) => [p, true] as const));

  extract(text: string): { documents: string[]; saysNone: boolean } {
    const tokens = tokenize(text);
    const documents: string[] = [];
    for (const match of this.matcher.match(tokens)) {
      if (match.negated) continue;
      for (const label of match.values) if (!documents.includes(label)) documents.push(label);
    }
    return { documents, saysNone: this.none.match(tokens).length > 0 };
  }
}
