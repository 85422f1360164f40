/**
 * The suppliers of power and water by name: the distributors, the state water companies and a city's own water service, an
 * autarquia that charges a tariff (SAAE, SEMAE, DAAE, DMAE). Each supplies a consumer (CDC arts. 3 and 22, which name the public
 * bodies that supply), whoever owns the house.
 */
export const UTILITY_SUPPLIERS: string[] = [
  'enel', 'cemig', 'copel', 'celesc', 'coelba', 'celpe', 'cosern', 'cpfl', 'energisa', 'neoenergia', 'elektro',
  'sabesp', 'copasa', 'embasa', 'cedae', 'compesa', 'cagece', 'sanepar', 'corsan', 'caesb', 'saneago',
  'saae', 'semae', 'daae', 'dmae', 'servico autonomo de agua',
];

/**
 * The supply's reconnection, which only the supplier makes (Resolução ANEEL 1.000/2021 arts. 360 ss.; Lei 11.445/07 art. 40): who
 * asks for it is the supplier's consumer, and a cut for a former occupant's debt is the supplier's failure (the debt is personal to
 * who consumed, not the property's: STJ), not a matter of the lease.
 */
export const SUPPLY_RECONNECTION: string[] = [
  'religacao', 'religamento', 'religar', 'religa', 'religam', 'religue', 'religuem', 'religar a luz', 'religar a energia', 'religar a agua',
];

/** A power, water or gas supply's cut named ("vão cortar a luz", "cortar o fornecimento"): asked about, feared or announced. */
export const SUPPLY_CUT_NAMED: string[] = [
  'cortar a luz', 'cortar minha luz', 'cortar a minha luz', 'cortar a energia', 'cortar minha energia', 'cortar a agua', 'cortar minha agua', 'cortar a minha agua',
  'cortar o gas', 'cortar o fornecimento', 'cortar meu fornecimento', 'corta a luz', 'corta a agua', 'cortarem a luz', 'cortarem a agua',
];
