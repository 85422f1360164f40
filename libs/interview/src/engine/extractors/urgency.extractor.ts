import { DEADLINE_HOURS, URGENCY_SIGNALS } from '../lexicons/urgency.lexicon';
import { PhraseMatcher } from '../text/phrase-matcher';
import { COUNT_PATTERN, foldText, originalSpan, parseCount, tokenize } from '../text/text-normalizer';

const DAYS_TO_ACT = new RegExp(
  `\\b(?:prazo de |tenho |tem |temos |so |apenas |em )?(${COUNT_PATTERN}) dias?(?: uteis| corridos)? (?:para|pra|pro|de prazo)\\b[^.;!?]{0,40}`,
  'g',
);
const DAYS_GONE = new RegExp(`\\b(?:ja )?(?:passaram|passou|se passaram|foram)(?: uns| umas| mais de)? (${COUNT_PATTERN})\\b`);
const DATED_DEADLINE = /\b(?:ate|vence|vencimento|marcada para|e dia|sera dia|no dia)\s+(?:o dia |dia )?(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|o fim do mes|o final do mes|sexta|segunda|amanha)/g;
const HEARING = /\baudiencia\b[^.;!?]{0,40}?\b(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|amanha|semana que vem|proxima semana)/g;

/** What a message says about urgency. */
export interface UrgencyExtraction {
  signals: string[];
  deadlines: string[];
  /** Hours implied by a deadline counted in days, or null. */
  deadlineHours: number | null;
}

/** Finds urgency signals (prisão, liminar, despejo...) and deadlines ("10 dias pra defesa"). */
export class UrgencyExtractor {
  private readonly matcher = new PhraseMatcher(
    URGENCY_SIGNALS.flatMap((signal) => signal.phrases.map((p) => [p, signal] as const)),
  );

  extract(text: string): UrgencyExtraction {
    const tokens = tokenize(text);
    const present = new Set(tokens);
    const signals: string[] = [];
    for (const match of this.matcher.match(tokens)) {
      if (match.negated) continue;
      for (const signal of match.values) {
        const applies = !signal.requiresAny || signal.requiresAny.some((word) => present.has(word));
        if (applies && !signals.includes(signal.id)) signals.push(signal.id);
      }
    }
    return { signals, ...this.deadlines(text) };
  }

  private deadlines(text: string): Omit<UrgencyExtraction, 'signals'> {
    const folded = foldText(text);
    const deadlines: string[] = [];
    let deadlineHours: number | null = null;
    for (const m of folded.matchAll(DAYS_TO_ACT)) {
      deadlines.push(originalSpan(text, folded, m.index, m.index + m[0].length));
      const gone = DAYS_GONE.exec(folded.slice(m.index));
      const days = Math.max(0, parseCount(m[1]) - (gone ? parseCount(gone[1]) : 0));
      const hours = DEADLINE_HOURS.find((rule) => days <= rule.maxDays)?.hours ?? null;
      if (hours !== null) deadlineHours = Math.min(deadlineHours ?? hours, hours);
    }
    for (const pattern of [HEARING, DATED_DEADLINE]) {
      for (const m of folded.matchAll(pattern)) {
        const raw = originalSpan(text, folded, m.index, m.index + m[0].length);
        if (!deadlines.some((d) => d.includes(raw) || raw.includes(d))) deadlines.push(raw);
      }
    }
    return { deadlines, deadlineHours };
  }
}
