import { CHILD_MAX_AGE, ELDER_MIN_AGE } from '../lexicons/complexity-features.lexicon';
import { allMatches } from '../text/all-matches';
import { foldText, normalizeText, textMemo, withDigits } from '../text/text-normalizer';

/** People whose age a client states: "meu filho de 6 anos", "filhos, de 5 e 9 anos", "a senhora tem 79 anos", "minha sogra, de 82 anos". */
const PERSON = '(?:filh[oa]s?|crianca|criancas|menin[oa]s?|homem|idos[oa]|pessoa|rapaz|moca|net[oa]s?|bebe|irma[o]?s?|sobrinh[oa]s?|entead[oa]s?|pai|mae|avo|avos|bisavo|bisavos|sogr[oa]s?|tio|tia|senhor|senhora|marido|esposa|esposo|mulher|companheir[oa]|ele|ela|eu)';
/** "de 6 anos", "tem 6 anos", "com 16 anos", "que tem 63 anos"; only the first age of "de 5 e 9 anos" is needed. */
const AGE_AFTER_PERSON = new RegExp(`\\b${PERSON},?\\s+(?:que\\s+)?(?:de|com|tem|tinha)\\s+(\\d{1,3})(?:\\s+e\\s+\\d{1,3})?\\s+anos?\\b(?!\\s+de\\s)`, 'g');
/** "tenho 67 anos", "tinha 58 anos de idade", "conto 83 anos" (formal); "tenho 14 anos de casa" is a duration, not an age. */
const OWN_AGE = /\b(?:tenho|tinha|completei|conto)\s+(\d{1,3})\s+anos?\b(?!\s+de\s(?!idade))/g;
/** "hoje tem 71 anos", "já está com 80 anos": an age told with the subject left out. */
const AGE_NOW = /\b(?:hoje|ja|agora)\s+(?:tem|esta com|ta com|fez)\s+(\d{1,3})\s+anos\b(?!\s+de\s(?!idade))/g;

/**
 * The age told after a comma that closes the client's status as one who lives on a benefit ("sou aposentado, 67 anos", "sou professora
 * aposentada, 63 anos", "sou pensionista, 73 anos", "sou viúva, 66 anos"): read only as an elder's (Estatuto da Pessoa Idosa art. 1º).
 * Not after any description: after a job or a plain "sou mulher" the number may be the years worked ("sou motorista, 12 anos na empresa").
 */
const SELF_DESCRIBED_AGE = /\bsou\s+(?:\w+\s+){0,2}?(?:aposentad[oa]|pensionista|viuv[oa]|idos[oa])\s*,\s*(\d{1,3})\s+anos?\b(?!\s+de\s(?!idade))/g;

/**
 * Whether the text states the age of a child or an elderly person (ECA: under 18; Estatuto da
 * Pessoa Idosa: 60 or more), people a lawyer counts as vulnerable whatever words the story uses.
 */
export const mentionsVulnerableAge = textMemo((text: string): boolean => {
  // Every pattern needs "ano" ("6 ano" in chat spelling): most messages have none, and the fold is already made (memoized).
  if (!foldText(text).includes('ano')) return false;
  const plain = withDigits(normalizeText(text));
  for (const pattern of [AGE_AFTER_PERSON, OWN_AGE, AGE_NOW]) {
    for (const match of allMatches(pattern, plain)) {
      const age = Number.parseInt(match[1], 10);
      // The singular is read as chat spelling of the plural ("6 ano"); "1 ano", a baby's age, stays unread as
      // before: it is most often the premise of the case (a crèche place, support), not a vulnerability beside it.
      if (age < 2 && match[0].endsWith('ano')) continue;
      if (age <= CHILD_MAX_AGE || age >= ELDER_MIN_AGE) return true;
    }
  }
  for (const match of allMatches(SELF_DESCRIBED_AGE, plain)) if (Number.parseInt(match[1], 10) >= ELDER_MIN_AGE) return true;
  return false;
});

/**
 * The client's own minority told outright: "sou menor", "sou menor de idade", "sou de menor", "sou adolescente", "ainda sou menor"; not
 * "sou menor que ele" nor "sou menor aprendiz", a contract's name that an adult of up to 24 may hold (CLT art. 428).
 */
const OWN_MINORITY = /\b(?:eu\s+)?(?:ainda\s+)?sou\s+(?:(?:um|uma)\s+)?(?:menor(?!\s+(?:aprendiz|que)\b)|de\s+menor|adolescente)\b/;

/**
 * Whether the client tells being under 18 now: an age of their own ("tenho 15 anos", "completei 17 anos"; not "tinha 15 anos", an adult
 * telling the past, nor "tenho 14 anos de casa") or their minority outright (`OWN_MINORITY`). A minor cannot sue, sign or settle alone:
 * a parent or a guardian represents them under 16 and assists them until 18, and a special curator stands in where their interests
 * clash (CC arts. 3º-5º; CPC arts. 71-72), beside the full protection the ECA owes them (arts. 3º-5º).
 */
export const mentionsOwnMinority = textMemo((text: string): boolean => {
  const plain = withDigits(normalizeText(text));
  if (OWN_MINORITY.test(plain)) return true;
  if (!foldText(text).includes('ano')) return false;
  for (const match of allMatches(OWN_AGE, plain)) {
    const age = Number.parseInt(match[1], 10);
    if (age >= 2 && age <= CHILD_MAX_AGE && !match[0].startsWith('tinha')) return true;
  }
  return false;
});

/** A baby's age told in months ("meu bebê de 8 meses", "minha filha com 10 meses"); "3 meses de atraso" is a duration, not an age. */
const AGE_IN_MONTHS = /\b(?:bebes?|nenem|recem[- ]?nascid[oa]s?|filh[oa]s?|net[oa]s?|bisnet[oa]s?|crianca)\s*,?\s+(?:que\s+)?(?:de|com|tem|tinha)\s+\d{1,2}\s+mes(?:es)?\b(?!\s+de\s)/;

/**
 * Whether the text states a baby's age in months: an infant in the first months of life, whose food and care the State owes with
 * absolute priority (CF art. 227; ECA arts. 4º and 11). Not `vulneravel` by itself, as a baby is most often the premise of the
 * case (support, a crèche place, a paternity), but the patient the SUS leaves without a formula or a drug (`cuidado-retido-de-vulneravel`).
 */
export const mentionsInfantInMonths = textMemo((text: string): boolean =>
  foldText(text).includes('mes') && AGE_IN_MONTHS.test(withDigits(normalizeText(text))));
