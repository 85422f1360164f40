import { PARTIES, PARTY_GROUPS } from '../lexicons/parties.lexicon';
import { PhraseMatcher } from '../text/phrase-matcher';
import { COUNT_PATTERN, foldText, parseCount, tokenize } from '../text/text-normalizer';

const GROUP = new RegExp(
  `\\b(${COUNT_PATTERN})\\s+(?:[a-z]+\\s+)?(${Object.keys(PARTY_GROUPS).join('|')})\\b`,
  'g',
);

/** Finds who else is involved ("patrão", "INSS", "ex-marido") and how large a group is ("9 bancos"). */
export class PartyExtractor {
  private readonly matcher = new PhraseMatcher(
    Object.entries(PARTIES).flatMap(([label, phrases]) => phrases.map((p) => [p, label] as const)),
  );

  extract(text: string): { parties: string[]; largestGroup: number } {
    const parties: string[] = [];
    for (const match of this.matcher.match(tokenize(text))) {
      if (match.negated) continue;
      for (const label of match.values) if (!parties.includes(label)) parties.push(label);
    }
    let largestGroup = 0;
    for (const m of foldText(text).matchAll(GROUP)) {
      largestGroup = Math.max(largestGroup, parseCount(m[1]) * PARTY_GROUPS[m[2]]);
    }
    return { parties, largestGroup: Math.round(largestGroup * 10) / 10 };
  }
}
