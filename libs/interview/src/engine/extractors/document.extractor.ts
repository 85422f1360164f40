import { DENIED_AFTER, DOCUMENTS, NO_DOCUMENT_PHRASES, PENDING_REPORTS } from '../lexicons/documents.lexicon';
import { LEXICONS, PhraseMatcher } from '../text/phrase-matcher';
import { tokenize } from '../text/text-normalizer';

const DOCUMENT_MATCHER = new PhraseMatcher(
  Object.entries(DOCUMENTS).flatMap(([label, phrases]) => phrases.map((p) => [p, label] as const)),
  LEXICONS,
);
const NO_DOCUMENT_MATCHER = new PhraseMatcher(NO_DOCUMENT_PHRASES.map((p) => [p, true] as const), LEXICONS);

/** Finds the evidence the client has ("carteira de trabalho", "prints", "laudo"). */
export class DocumentExtractor {
  extract(text: string): { documents: string[]; saysNone: boolean } {
    const tokens = tokenize(text);
    const documents: string[] = [];
    for (const match of DOCUMENT_MATCHER.match(tokens)) {
      if (match.negated || deniedAfter(tokens, match.end)) continue;
      // Whether a report is still to be had is read only for a match that names one (most name none).
      let pending: boolean | undefined;
      for (const label of match.values) {
        if (documents.includes(label)) continue;
        if (PENDING_REPORTS.labels.includes(label) && (pending ??= pendingReport(tokens, match.start, match.end))) continue;
        documents.push(label);
      }
    }
    return { documents, saysNone: NO_DOCUMENT_MATCHER.match(tokens).length > 0 };
  }
}

/** `PENDING_REPORTS.before` with the space each is read after, and `.after` with the space each is read before: made once, not per match. */
const PENDING_BEFORE = PENDING_REPORTS.before.map((words) => ` ${words}`);
const PENDING_AFTER = PENDING_REPORTS.after.map((words) => `${words} `);

/** Whether the report at `start`..`end` is told as still to be had (`PENDING_REPORTS`): needed, asked for, awaited or priced. */
function pendingReport(tokens: readonly string[], start: number, end: number): boolean {
  const before = start > 0 && PENDING_REPORTS.articles.includes(tokens[start - 1]) ? start - 1 : start;
  const lead = ` ${tokens.slice(Math.max(0, before - 3), before).join(' ')}`;
  const next = `${tokens.slice(end, end + 4).join(' ')} `;
  return PENDING_BEFORE.some((words) => lead.endsWith(words)) || PENDING_AFTER.some((words) => next.startsWith(words));
}

/** Whether the words from `end` deny the document just named ("o termo de rescisão eles não me deram"). */
function deniedAfter(tokens: readonly string[], end: number): boolean {
  let i = end;
  if (DENIED_AFTER.subjects.includes(tokens[i])) i++;
  if (tokens[i] !== 'nao') return false;
  i++;
  if (DENIED_AFTER.objects.includes(tokens[i])) i++;
  // "as fotos eu não tenho o vídeo": the verb takes an object of its own, the document before it is not denied.
  return DENIED_AFTER.verbs.includes(tokens[i]) && !DENIED_AFTER.objectStarts.includes(tokens[i + 1]);
}
