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

/** The supplies of power and water, by the words a client calls them. */
const SUPPLY_KINDS: string[] = ['luz', 'energia', 'agua'];

/**
 * The supply told as the client's own ("a luz", "minha energia", "nossa água") or as the supply of it ("o fornecimento de energia"):
 * never the bare "fornecimento", which a supplier of goods or a medicine's supply also has.
 */
const SUPPLIES: string[] = SUPPLY_KINDS.flatMap((kind) => [`a ${kind}`, `minha ${kind}`, `a minha ${kind}`, `nossa ${kind}`, `a nossa ${kind}`, `o fornecimento de ${kind}`]);

/** The house told without water or power ("estamos sem água"): cut by someone, or a pump broken, an outage. */
export const SUPPLY_LACKED: string[] = ['estou', 'to', 'estamos', 'tamo', 'ficamos', 'esta', 'ta'].flatMap((without) => SUPPLY_KINDS.map((kind) => `${without} sem ${kind}`));

/**
 * A power or water supply cut, done or being done now: by its agent ("a Enel cortou minha energia", "suspenderam o fornecimento de
 * água", "tá cortando a luz agora"), told passive ("a luz foi cortada", "o fornecimento de energia foi suspenso"), as the house left
 * without it ("estamos sem água") or as the meter taken away ("tiraram o relógio"). Not a cut announced (`SUPPLY_CUT_NAMED`).
 */
export const SUPPLY_CUT_DONE: string[] = [
  ...['cortou', 'cortaram', 'desligou', 'desligaram', 'suspendeu', 'suspenderam', 'interrompeu', 'interromperam', 'cortando', 'desligando'].flatMap((cut) =>
    SUPPLIES.map((supply) => `${cut} ${supply}`)),
  ...SUPPLY_KINDS.flatMap((kind) => [kind, `fornecimento de ${kind}`]).flatMap((supply) =>
    ['foi cortada', 'foi cortado', 'foi desligada', 'foi desligado', 'foi suspensa', 'foi suspenso', 'foi interrompido', 'esta cortada', 'ta cortada'].map((cut) => `${supply} ${cut}`)),
  ...SUPPLY_LACKED,
  'tiraram o relogio', 'tirou o relogio', 'retiraram o relogio', 'retirou o relogio', 'tiraram o medidor', 'retiraram o medidor',
];

/**
 * A power or water supply's cut told without its agent, done: the plural that names no one ("desligaram a energia", "suspenderam o
 * fornecimento de água") or the passive ("a luz foi desligada"). Who cuts a home's supply for a bill is its supplier (Lei 8.987/95
 * art. 6º §3º II: the cut for non-payment, after notice), so the client it cuts is that supplier's consumer (CDC arts. 3º, 6º X and
 * 22). A landlord who cuts is told by name and in the singular ("o dono desligou a luz"), which none of these is.
 */
export const SUPPLY_CUT_UNNAMED: string[] = [
  ...['desligaram', 'suspenderam', 'interromperam'].flatMap((cut) => SUPPLIES.map((supply) => `${cut} ${supply}`)),
  ...SUPPLY_KINDS.flatMap((kind) => ['foi desligada', 'esta desligada', 'ta desligada'].map((cut) => `${kind} ${cut}`)),
];

/**
 * The same cut announced, told passive ("a energia será cortada", "a água vai ser cortada", "o fornecimento de luz será suspenso"):
 * the supplier's notice before the cut (Lei 8.987/95 art. 6º §3º II), a weaker sign than the cut done, since a landlord's threat can
 * be told the same way.
 */
export const SUPPLY_CUT_WARNED: string[] = SUPPLY_KINDS.flatMap((kind) => [
  ...['sera', 'vai ser'].flatMap((will) => ['cortada', 'desligada', 'suspensa'].map((cut) => `${kind} ${will} ${cut}`)),
  ...['sera', 'vai ser'].flatMap((will) => ['cortado', 'desligado', 'suspenso', 'interrompido'].map((cut) => `fornecimento de ${kind} ${will} ${cut}`)),
]);

/**
 * Someone at home whose health hangs on the supply (Resolução ANEEL 1.000/2021 art. 6º: equipment of limited autonomy, vital to life
 * and dependent on power): oxygen, a ventilator, dialysis done at home, home care, insulin kept cold.
 */
export const VITAL_EQUIPMENT: string[] = [
  'aparelho de oxigenio', 'concentrador de oxigenio', 'cilindro de oxigenio', 'oxigenio em casa', 'oxigenio domiciliar', 'oxigenoterapia',
  'usa oxigenio', 'usa o oxigenio', 'depende de oxigenio', 'depende do oxigenio', 'respirador', 'ventilacao mecanica', 'ventilador mecanico',
  'aparelho para respirar', 'aparelho pra respirar', 'dialise peritoneal', 'dialise em casa', 'hemodialise em casa', 'hemodialise domiciliar',
  'maquina de dialise', 'maquina de hemodialise', 'home care', 'internacao domiciliar', 'aspirador de secrecao', 'bomba de infusao', 'insulina',
  // A bedridden or paralysed person's air mattress against pressure sores, pumped by power, and a powered hospital bed: equipment a
  // person who cannot move depends on (the same art. 6º).
  'colchao pneumatico', 'colchao de ar', 'colchao antiescaras', 'colchao anti escaras', 'colchao hospitalar', 'cama hospitalar',
];

/**
 * The house's own power switches and water valves, which whoever holds the house can reach; and the pump that fills its water tank
 * ("desligou a bomba d'água"), switched off the same way.
 */
const HOUSE_SWITCHES: string[] = ['o disjuntor', 'os disjuntores', 'a chave geral', 'o quadro de luz', 'a bomba d agua', 'a bomba da agua', 'a bomba de agua'];
const WATER_VALVES: string[] = ['o registro', 'o registro da agua', 'o registro geral'];

/**
 * The supply's cut told done by one doer's hand: the verbs on the supply ("desligou a água") and on the house's own switches, pump
 * and meter ("baixou a chave geral", "fechou o registro", "arrancou o relógio"), which a landlord can reach and the utility has no
 * need to.
 */
export const SUPPLY_CUT_BY_HAND_DONE: string[] = [
  ...['cortou', 'desligou', 'interrompeu', 'suspendeu'].flatMap((cut) => SUPPLIES.map((supply) => `${cut} ${supply}`)),
  ...['desligou', 'baixou', 'abaixou', 'tirou', 'trancou'].flatMap((cut) => HOUSE_SWITCHES.map((part) => `${cut} ${part}`)),
  ...['fechou', 'trancou'].flatMap((cut) => WATER_VALVES.map((part) => `${cut} ${part}`)),
  'tirou o relogio da luz', 'tirou o relogio', 'arrancou o relogio',
];

/** The same cut by one doer's hand, done (`SUPPLY_CUT_BY_HAND_DONE`) or threatened ("vai cortar a luz", "ameaçou desligar a água"). */
export const SUPPLY_CUT_BY_HAND: string[] = [
  ...SUPPLY_CUT_BY_HAND_DONE,
  ...['vai cortar', 'vai desligar', 'ameacou cortar', 'ameacou desligar'].flatMap((cut) => SUPPLIES.map((supply) => `${cut} ${supply}`)),
];

/**
 * The supply's cut, done, announced or threatened, by whoever: the verbs on the supply ("cortou a água", "vai desligar a luz",
 * "ameaçou cortar a energia"), told passive ("a luz vai ser cortada") and the house's own switches and meter acted on ("desligou o
 * disjuntor", "fechou o registro", "tirou o relógio"). Who did it decides the route (`LANDLORD_NAMED`, `SUPPLIER_NAMED`).
 */
export const SUPPLY_CUT_ANY: string[] = [
  ...SUPPLY_CUT_NAMED, ...SUPPLY_CUT_DONE, ...SUPPLY_CUT_UNNAMED, ...SUPPLY_CUT_WARNED, ...SUPPLY_CUT_BY_HAND,
  ...['cortaram', 'desligar', 'cortar', 'corta', 'desliga'].flatMap((cut) => SUPPLIES.map((supply) => `${cut} ${supply}`)),
  ...HOUSE_SWITCHES.map((part) => `desligaram ${part}`),
  ...WATER_VALVES.map((part) => `fecharam ${part}`),
  'cadeado no registro', 'cadeado no relogio', 'cadeado no quadro',
];

/**
 * The landlord, in the tenant's words: the statute's locador, the everyday senhorio or senhoria, and the owner of the rented place
 * (the house, the flat, the studio, the room, the shack). Beside a supply's cut (`SUPPLY_CUT_ANY`), the one who cut it: the landlord
 * owes the tenant the peaceful use of the home for the lease's whole term (Lei 8.245/91 art. 22 I-II), so cutting its water or power
 * to get the rent or the home back is self-help against the tenant's possession (CC arts. 1.197 and 1.210; CP art. 345), answered by
 * the lease's and the possession's remedies; the utility is no party, and there is no consumer (CDC art. 2º).
 */
export const LANDLORD_NAMED: string[] = [
  'locador', 'locadora do imovel', 'minha locadora', 'a locadora', 'senhorio', 'meu senhorio', 'minha senhoria', 'a senhoria',
  ...['dono', 'dona', 'proprietario', 'proprietaria'].flatMap((owner) =>
    ['da casa', 'do apartamento', 'do imovel', 'da kitnet', 'da kitinete', 'da quitinete', 'do quarto', 'do quartinho', 'do barraco', 'do comodo', 'do predio', 'da pensao']
      .map((place) => `${owner} ${place}`)),
  ...['o proprietario', 'a proprietaria', 'o dono', 'a dona'].flatMap((owner) => ['cortou', 'desligou', 'fechou', 'tirou', 'ameacou', 'vai cortar', 'vai desligar'].map((cut) => `${owner} ${cut}`)),
];

/** The firm that supplies, before what it supplies ("a companhia de água", "a concessionária de energia"). */
const SUPPLIER_FIRMS: string[] = ['companhia', 'empresa', 'concessionaria', 'distribuidora', 'fornecedora'];

/**
 * The water and sewage company told by what it supplies, not by name ("a companhia de água", "a empresa de saneamento"): a public
 * service supplied for a tariff to its user, who is its consumer (Lei 11.445/07 arts. 29 and 40; CDC arts. 3º and 22).
 */
export const WATER_SUPPLIER_NAMED: string[] = SUPPLIER_FIRMS.flatMap((firm) => ['de agua', 'da agua', 'de saneamento'].map((kind) => `${firm} ${kind}`));

/**
 * The supplier named as the one in the story: by its name (`UTILITY_SUPPLIERS`) or as the power or water company. Beside a supply's
 * cut (`SUPPLY_CUT_ANY`), the cut is the supplier's, whose consumer the occupant is whoever owns the house (CDC arts. 3º and 22; Lei
 * 8.987/95 art. 6º §3º II): the landlord, the lease and the former tenant only tell whose house went without it.
 */
export const SUPPLIER_NAMED: string[] = [
  ...UTILITY_SUPPLIERS,
  ...SUPPLIER_FIRMS.flatMap((firm) => ['de energia', 'de luz', 'da luz', 'da energia', 'eletrica'].map((kind) => `${firm} ${kind}`)),
  ...WATER_SUPPLIER_NAMED,
];
