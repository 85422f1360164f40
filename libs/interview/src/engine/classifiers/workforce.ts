import { WORKFORCE_MIN, WORKFORCE_NOUNS } from '../lexicons/complexity-features.lexicon';
import { COUNT_PATTERN, countsAtLeast } from '../text/text-normalizer';

/**
 * "temos 40 funcionários", "uma transportadora com uns 60 empregados", "a folha de 60 funcionários": a business's own staff,
 * counted after a verb of having or employing (never "somos 80 funcionários", the workers themselves).
 */
const WORKFORCE = new RegExp(
  `\\b(?:temos|tenho|tem|empregamos|emprego|com|folha de)\\s+(?:uns\\s+|umas\\s+|cerca de\\s+|mais de\\s+|quase\\s+)?(${COUNT_PATTERN})\\s+(?:${WORKFORCE_NOUNS.join('|')})\\b`,
  'g',
);
/** The staff's words alone: most texts have none, and then the count is not looked for. */
const ANY_STAFF = new RegExp(`\\b(?:${WORKFORCE_NOUNS.join('|')})\\b`);

/** Whether the text gives a business a staff of at least `WORKFORCE_MIN` people. */
export const mentionsWorkforce = countsAtLeast(WORKFORCE, ANY_STAFF, WORKFORCE_MIN);
