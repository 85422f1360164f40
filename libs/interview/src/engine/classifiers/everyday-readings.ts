import {
  ARREST_AGENT,
  ASSET_TO_ANOTHER,
  ASSETS_HIDDEN,
  BEATING,
  BUSINESS_ASSETS_REMOVED,
  BEATING_MARKS,
  BENEFIT_THEN_ENDED,
  CHILD_AGE,
  CHILD_WORDS,
  CLIENT_AS_PARTY,
  CLIENT_REPORTED,
  CLOCKED_OUT_WORKING,
  COLLISION_VEHICLES,
  COME_TO_TAKE,
  COURT_AGENTS,
  CONTRIBUTIONS_LATE,
  CONTRIBUTIONS_SETTLED,
  CONTRIBUTIONS_SETTLING,
  CONTRIBUTIONS_STOPPED_BY_ILLNESS,
  COURT_ROUTE,
  COMPLAINT_THEN_DISMISSAL,
  CONTRACT_ENDED,
  CUSTODY_PLACE,
  DEAL_LOST,
  CRASH,
  DEATH_WORDS,
  DISMISSAL_DONE,
  DISMISSED_FOR_COMPLAINT,
  EMPLOYER_ACT,
  HOLDER_TIED,
  INSS_DEDUCTING,
  INSS_NAMED,
  MONEY_TAKEN_FROM_ACCOUNT,
  MONTHS_SPAN,
  FGTS_WITHHELD_LONG,
  LONG_SERVICE,
  FGTS_WORD,
  MOVED_WITH_CHILD,
  NEWS_SOURCE,
  NEW_REQUEST,
  NOT_RELEASED,
  OTHER_PEOPLE,
  OWN_CONTRIBUTION,
  OWN_PREGNANCY,
  PLATFORM_BLOCK,
  PLATFORM_WORDS,
  OWN_SIDE_ACCUSED,
  POLICE_REPORT_WORDS,
  PRECEDENT_WORDS,
  PREGNANCY,
  PROCEEDING_WORDS,
  PROPERTY_TAKEN,
  PUBLIC_EMPLOYER,
  SUPERIOR_NAME_CALLING,
  SUPERIOR_ABUSE,
  SUPPORT_UNPAID_LONG,
  LONG_POSSESSION,
  OWNERS_KIN_ASKS_LEAVE,
  OWNERS_KIN_SAYS_OWNS,
  RECORD_NOUNS,
  RECORDS_LOST,
  RELATIVES,
  RELATIVE_TRAITS,
  ROAD_USERS,
  SEIZABLE_ASSETS,
  SEIZURE_THREAT,
  SOUGHT_FOR_ARREST,
  SUPPORT_NAMED,
  CUSTODY_OR_PUBLIC_CARE,
  TAKING_ALLEGED,
  TAKING_VERBS,
  TRANSFERABLE_ASSETS,
  WAGES_HELD,
  WORK_ACCIDENT,
  WATER_HARM_AT_HOME,
  LEAK_SOURCE_DENIED,
  LEAK_LASTING,
  NEIGHBOUR_RESISTS_LEAK_REPAIR,
  LEAK_FROM_CLIENT_UNIT,
  NEIGHBOUR_CLAIM,
  NEIGHBOUR_BUILDING_THROWS_RAIN,
  WORK_ABROAD,
  WORK_DAYS_LOST,
  WORK_WEEK_LOST,
  OWN_ACCOUNT_TRADE,
} from '../lexicons/complexity-readings.lexicon';
import { THING_HELD } from '../lexicons/safety.lexicon';
import { BLOCK_WORDS, ESTATE_WORDS } from '../lexicons/urgency.lexicon';
import { COUNT_PATTERN, normalizeText, textMemo, withDigits } from '../text/text-normalizer';

const words = (list: string[]) => new RegExp(`\\b(?:${list.join('|')})\\b`);
const COURT = words(COURT_AGENTS);
const ASSET = words(SEIZABLE_ASSETS);
const TAKING = words(TAKING_VERBS);
const RECORD = words(RECORD_NOUNS);

/** Where a message's sentences end: a dot before a digit is a sum's, no end. */
const SENTENCE_END = /(?:[!?;\n]|\.(?!\d))+/;
/**
 * The sentences of a message, normalized (a fact and its agent are read within one sentence); a dot before a digit is a sum's
 * ("R$ 18.000"), no sentence's end. Kept by text, as the readings below are asked of the same message (shared: do not mutate).
 * A sentence's match of a pattern of whole words (`words`) is one of the whole text, whose breaks are no word characters: a
 * reading whose words the normalized text lacks is answered without its sentences.
 */
const sentences = textMemo((text: string): readonly string[] => normalizeText(text).split(SENTENCE_END));

/**
 * A court's seizure told in everyday words: within one sentence the court ("por ordem do juiz", "um moço do fórum"), an asset
 * (the money in the account, the machines) and its taking done or come to be done ("o banco puxou o dinheiro", "veio pra levar
 * as máquinas"). A threat ("vão levar", "pode bloquear") is not a seizure. The execution is under way (`constricao`).
 * Kept by text: a message is asked twice (its urgency and its complexity), and the transcript pass asks each message again.
 */
export const mentionsCourtSeizure = textMemo((text: string): boolean =>
  COURT.test(normalizeText(text)) && sentences(text).some((s) => COURT.test(s) && ASSET.test(s) && (TAKING.test(s) || COME_TO_TAKE.test(s)) && !SEIZURE_THREAT.test(s)),
);

const OTHER_PERSON = words(OTHER_PEOPLE);
const PRECEDENT = words(PRECEDENT_WORDS);
const PROCEEDING = words(PROCEEDING_WORDS);
/**
 * A sentence telling someone else's proceeding (`PROCEEDING_WORDS`) as context or precedent (`OTHER_PEOPLE`, `PRECEDENT_WORDS`,
 * `NEWS_SOURCE`), the client no party to it (`CLIENT_AS_PARTY`): CPC arts. 18 and 506.
 */
const tellsOthersProceeding = (sentence: string): boolean =>
  PROCEEDING.test(sentence) && ((OTHER_PERSON.test(sentence) && PRECEDENT.test(sentence)) || NEWS_SOURCE.test(sentence)) && !CLIENT_AS_PARTY.test(sentence);
/**
 * The message without its sentences that tell someone else's proceeding (`tellsOthersProceeding`): what is left is the client's
 * own story, where a proceeding told is theirs. The message itself when no sentence does.
 */
export const withoutOthersProceedings = textMemo((text: string): string => {
  const told = text.split(SENTENCE_END);
  const own = told.filter((sentence) => !tellsOthersProceeding(normalizeText(sentence)));
  return own.length === told.length ? text : own.join('. ');
});

/**
 * A relative told as vulnerable (`RELATIVES`, `RELATIVE_TRAITS`): the relative named as the client's ("minha", "meus", "tenho uma"),
 * then within four words, none the client's own ("sou", "eu", "mim": "minha filha diz que sou idosa" is the client's age), the trait.
 */
const RELATIVES_CONDITION = new RegExp(
  `\\b(?:(?:minha|meu|minhas|meus|nossa|nosso)\\s+|tenho\\s+(?:\\d+|um|uma)\\s+)(?:${RELATIVES.join('|')})\\b` +
    `(?:[\\s,]+(?!(?:eu|sou|estou|to|tou|me|mim|comigo)\\b)[^\\s.!?;]+){0,4}?[\\s,]+(?:${RELATIVE_TRAITS.join('|')})\\b`,
  'g',
);
/**
 * The message without its relatives told as vulnerable (`RELATIVES_CONDITION`), normalized: what is left tells the client's own
 * vulnerability. The message itself when it tells none.
 */
export const withoutRelativesConditions = textMemo((text: string): string => {
  const plain = withDigits(normalizeText(text));
  const own = plain.replace(RELATIVES_CONDITION, ' ');
  return own === plain ? text : own;
});

const ESTATE = words(ESTATE_WORDS);
/**
 * A block or seizure done with the sum between the verb and the account ("a Receita bloqueou R$ 18.000 da minha conta", "penhoraram
 * 5 mil da conta", "o banco bloqueou todo o dinheiro da conta"): the account's block told around its sum.
 */
const SUM_BLOCKED = new RegExp(
  `(?<!\\b(?:nao|nem|nunca) )\\b(?:bloqueou|bloquearam|penhorou|penhoraram|congelou|congelaram)\\s+(?:(?:quase|uns|cerca de|mais de|todo|o|os|meu|meus)\\s+)*` +
    `(?:r\\$\\s*)?(?:\\d[\\d.,]*(?:\\s+(?:mil|milhao|milhoes))?(?:\\s+reais)?|tudo|dinheiro|saldo|valor|valores)\\s+(?:da|na|das|nas)\\s+(?:(?:minha|minhas|nossa|sua)\\s+)?contas?\\b`,
);
/**
 * A sum of money blocked or seized, told without the account but with the wage or the benefit it held in the same sentence
 * ("bloquearam R$ 9.700,00 e era o meu salário", "a prefeitura bloqueou 3 mil reais, que era da minha aposentadoria"): the
 * execution's seizure of pay the law shields (CPC art. 833 IV and X; Sisbajud), to free by a motion now. The sum is money by its
 * "R$", "mil" or "reais"; a bare number ("bloquearam 3 cartões") is not.
 */
const SUM_OF_PAY_BLOCKED = new RegExp(
  `(?<!\\b(?:nao|nem|nunca) )\\b(?:bloqueou|bloquearam|penhorou|penhoraram|congelou|congelaram)\\s+(?:(?:quase|uns|umas|cerca de|mais de)\\s+)*` +
    `(?:r\\$\\s*\\d[\\d.,]*(?:\\s+(?:mil|milhao|milhoes))?|\\d[\\d.,]*\\s+(?:mil|milhao|milhoes|reais))\\b`,
);
const PAY_HELD = /\b(?:salario|salarios|aposentadoria|pensao|beneficio|poupanca)\b/;
/**
 * A sum blocked or seized in an account (`SUM_BLOCKED`), or a sum of the client's pay (`SUM_OF_PAY_BLOCKED`): the same block as
 * "bloqueou minha conta" (`constricao`, urgency `bloqueio`), unless a death or the estate is in the sentence
 * (`mentionsDeceasedAccountHeld`). Most messages hold no such verb, and then no sentence is read.
 */
export const mentionsSumBlocked = textMemo(
  (text: string): boolean =>
    BLOCK_VERBS.test(text) && sentences(text).some((s) => (SUM_BLOCKED.test(s) || (SUM_OF_PAY_BLOCKED.test(s) && PAY_HELD.test(s))) && !ESTATE.test(s)),
);
/** Letters every verb of `SUM_BLOCKED` holds, tested on the raw text before it is normalized and split. */
const BLOCK_VERBS = /bloque|penhor|congel/i;
const BLOCK = words(BLOCK_WORDS);
const ACCOUNT = /\bconta\b/;
/**
 * An account held because its holder died ("meu pai faleceu e o banco bloqueou a conta dele"): within one sentence a death or
 * the estate, an account and its block. The bank's own hold until the dependants or heirs show their right (`ESTATE_WORDS`),
 * no court's seizure: `conta-de-falecido`.
 */
export const mentionsDeceasedAccountHeld = textMemo((text: string): boolean =>
  ESTATE.test(normalizeText(text)) && sentences(text).some((s) => ESTATE.test(s) && ACCOUNT.test(s) && BLOCK.test(s)),
);

const PLATFORM = words(PLATFORM_WORDS);
/**
 * An account on a work or sales platform blocked by the platform (`PLATFORM_WORDS`): within one sentence the platform, an account and
 * its block ("a Uber bloqueou minha conta", "desativaram minha conta de entregador"). No bank's hold nor a court's seizure:
 * `bloqueio-de-plataforma`. Most messages name no account blocked, and then no sentence is read.
 */
export const mentionsPlatformAccountBlocked = textMemo(
  (text: string): boolean =>
    /conta/i.test(text) && PLATFORM_BLOCK_WORDS.test(text) && sentences(text).some((s) => ACCOUNT.test(s) && PLATFORM.test(s) && PLATFORM_BLOCK.test(s)),
);
/** Letters every verb of `PLATFORM_BLOCK` holds, tested on the raw text before it is normalized and split. */
const PLATFORM_BLOCK_WORDS = /bloque|desativ|suspen|descredenci|bani|exclu/i;

/** Records the claim rests on lost or never kept ("os holerites eu não guardei", "alguns recibos se perderam"): `prova-disputada`. */
export const mentionsLostRecords = textMemo((text: string): boolean =>
  // Taking out a deal lost (bounded by no word characters) makes no record's words.
  RECORD.test(normalizeText(text)) && sentences(text).some((sentence) => {
    const s = sentence.replace(DEAL_LOST, ' ');
    return RECORD.test(s) && RECORDS_LOST.test(s);
  }),
);

/** Time records that hide the hours worked, read within one sentence ("bater o ponto e voltar pra trabalhar"): `ponto-que-esconde-horas`. */
export const mentionsClockedOutWorking = textMemo((text: string): boolean =>
  /ponto|cartao|cartão/i.test(text) && sentences(text).some((sentence) => CLOCKED_OUT_WORKING.test(sentence)),
);

const CHILD = words(CHILD_WORDS);
/** A beating whose object, within four words, is a child or "nela"/"nele" ("bate nela e no irmãozinho"); not "bateu o carro", not "na frente dos filhos". */
const CHILD_BEATEN = new RegExp(
  `${BEATING.source}(?!\\s+(?:o|no|com o|de)\\s+carro)(?!\\s+na frente)(?:\\s+\\S+){0,3}?\\s+(?:(?:${CHILD_WORDS.join('|')})|nela|nele|nelas|neles)\\b`,
);

/**
 * A child beaten, within one sentence that names a child, or marks of a beating seen on the body in a message that names or ages a
 * child ("sou avó do Pedro, de 6 anos ... vi as costas dele cheias de marcas de cinta"); never a vehicle's collision ("um caminhão
 * bateu nele"): blows on a child or adolescent by whoever has them in care (ECA
 * arts. 18-A and 98 II; CP arts. 129 §9 and 136): the child is at risk at home, and the case is the child's protection
 * (guarda provisória, afastamento do agressor, ECA art. 130), not only the violence. `crianca-agredida`.
 * Kept by text: a message is asked three times (its urgency, its notes, its complexity), and the transcript pass asks each again.
 */
export const mentionsChildBeaten = textMemo((text: string): boolean => {
  const parts = sentences(text);
  if (CHILD.test(normalizeText(text)) && parts.some((s) => CHILD.test(s) && CHILD_BEATEN.test(s) && !COLLISION_VEHICLES.test(s))) return true;
  return MARK_WORDS.test(text) && parts.some((s) => BEATING_MARKS.test(s)) && parts.some((s) => CHILD.test(s) || CHILD_AGE.test(s));
});

/** Words each of `BEATING_MARKS` holds: most messages have none, and then its pattern is not run. */
const MARK_WORDS = /marca|vergo|hematoma|rox/;

/**
 * A pregnant employee dismissed, within one sentence ("fui mandada embora grávida", "descobri a gravidez e duas semanas depois me
 * demitiram"): her stability (ADCT art. 10 II b; Súmula 244 TST) makes the case a reinstatement or its indemnity
 * (`gestante-dispensada`). Most messages name no pregnancy, and then no sentence is read.
 */
export const mentionsPregnantDismissed = textMemo(
  (text: string): boolean => PREGNANCY_WORDS.test(text) && sentences(text).some((s) => PREGNANCY.test(s) && DISMISSAL_DONE.test(s)),
);
/** Letters every pregnancy word holds, tested on the raw text before it is normalized and split. */
const PREGNANCY_WORDS = /gr[aá]vid|gesta[nç]/i;

/**
 * A dismissal told as the answer to the worker's own complaint, report or claim of a right, within one sentence
 * (`DISMISSED_FOR_COMPLAINT`, `COMPLAINT_THEN_DISMISSAL`): a retaliatory dismissal, its motive to prove against the employer's
 * reason (Lei 9.029/95 arts. 1º and 4º; CC art. 187), never a plain severance (`dispensa-retaliatoria`). Most messages hold no
 * complaint word, and then no sentence is read.
 */
export const mentionsDismissalAfterComplaint = textMemo(
  (text: string): boolean =>
    COMPLAINT_WORDS.test(text) && sentences(text).some((s) => DISMISSED_FOR_COMPLAINT.test(s) || COMPLAINT_THEN_DISMISSAL.test(s)),
);
/** Letters every word of `OWN_COMPLAINT` holds, tested on the raw text before it is normalized and split. */
const COMPLAINT_WORDS = /reclam|denunc|den[uú]ncia|cobr|exigi|question|testemunh|depus|pedi|sindicato|minist[eé]rio|justi[cç]a|processo|a[cç][aã]o/i;

/**
 * The salary unpaid or late for two months or more, within one sentence (`WAGES_HELD` and `MONTHS_SPAN`: "o patrão não paga meu
 * salário faz 2 mês", "tô sem receber salário faz 3 meses", "já são 2 meses de salário atrasado"): the mora salarial of the
 * rescisão indireta (CLT art. 483 d; Decreto-Lei 368/68 art. 2º §1º), `mora-salarial`. Most messages hold no "mes", and then
 * no sentence is read.
 */
export const mentionsWagesHeldForMonths = textMemo(
  (text: string): boolean => MONTH_WORDS.test(text) && sentences(text).some((s) => WAGES_HELD.test(s) && MONTHS_SPAN.test(withDigits(s))),
);
/** Letters every span of `MONTHS_SPAN` holds, tested on the raw text before it is normalized and split. */
const MONTH_WORDS = /m[eê]s/i;

/**
 * The FGTS deposits withheld for more than six months, within one sentence (`FGTS_WITHHELD_LONG`: "faz 2 anos que não depositam meu
 * fgts", "o fundo tá parado desde 2022"), `fgts-retido`. Most messages name no FGTS, and then no sentence is read.
 */
export const mentionsFgtsWithheldForLong = textMemo(
  (text: string): boolean => FGTS_LETTERS.test(text) && sentences(text).some((s) => FGTS_WORD.test(s) && FGTS_WITHHELD_LONG.test(withDigits(s))),
);
/** Letters the FGTS holds by either name, tested on the raw text before it is normalized and split. */
const FGTS_LETTERS = /fgts|fundo/i;

/**
 * Four years of service or more told with the job within one sentence (`LONG_SERVICE`: "trabalhei 6 anos de motorista", "depois de 9
 * anos na empresa"), `anos-de-servico`. Most messages hold no "anos", and then no sentence is read.
 */
export const mentionsLongService = textMemo(
  (text: string): boolean => YEAR_WORDS.test(text) && sentences(text).some((s) => LONG_SERVICE.test(withDigits(s))),
);
/** Letters every span of `LONG_SERVICE` holds, tested on the raw text before it is normalized and split. */
const YEAR_WORDS = /anos/i;

/**
 * A support left unpaid for half a year or more, within one sentence (`SUPPORT_UNPAID_LONG`: "não paga a pensão faz 8 meses", "já são
 * nove meses sem nada", "devendo 10 meses de pensão"): the building block of `pensao-atrasada-meio-ano`, weighed only where the support's
 * enforcement is the case (`IMPLIED_FEATURES`). Most messages hold no "mes" nor "ano", and then no sentence is read.
 */
export const mentionsSupportUnpaidForLong = textMemo(
  (text: string): boolean => SPAN_WORDS.test(text) && sentences(text).some((s) => SUPPORT_UNPAID_LONG.test(withDigits(s))),
);
/** Letters every span of `SUPPORT_UNPAID_LONG` holds, tested on the raw text before it is normalized and split. */
const SPAN_WORDS = /m[eê]s|ano/i;

/** Days of work lost told with their span (`WORK_DAYS_LOST`: "fiquei 15 dias parado", "tô há 3 semanas sem rodar"), `dias-de-trabalho-perdidos`. */
export const mentionsWorkDaysLost = textMemo((text: string): boolean => WORK_DAYS_LOST.test(withDigits(normalizeText(text))));

/** Years worked or contributions paid in another country, within one sentence (`WORK_ABROAD`: "trabalhei 12 anos em Portugal"), `tempo-no-exterior`. */
export const mentionsWorkAbroad = textMemo((text: string): boolean => sentences(text).some((s) => WORK_ABROAD.test(s)));

/** A week of work or more lost (`WORK_WEEK_LOST`: "fiquei 10 dias sem trabalhar", "duas semanas sem pilotar"), `semana-de-trabalho-perdida`. */
export const mentionsWorkWeekLost = textMemo((text: string): boolean => WORK_WEEK_LOST.test(withDigits(normalizeText(text))));

/** The client's trade on their own account (`OWN_ACCOUNT_TRADE`: "sou entregador", "faço frete", "sou eletricista autônomo"), `ganho-por-conta-propria`. */
export const mentionsOwnAccountTrade = textMemo((text: string): boolean => OWN_ACCOUNT_TRADE.test(normalizeText(text)));

/** The home harmed by water or damp within one sentence (`WATER_HARM_AT_HOME`: "já caiu o gesso", "perdi o guarda-roupa"), `dano-no-imovel`. */
export const mentionsWaterHarmAtHome = textMemo((text: string): boolean => sentences(text).some((s) => WATER_HARM_AT_HOME.test(s)));
/** A leak's source denied within one sentence (`LEAK_SOURCE_DENIED`: "diz que não é dele", "fala que é do cano do prédio"), `origem-negada`. */
export const mentionsLeakSourceDenied = textMemo((text: string): boolean => sentences(text).some((s) => LEAK_SOURCE_DENIED.test(s)));
/** A leak told lasting three months or more within one sentence (`LEAK_LASTING`: "há cinco meses a água desce"), `vazamento-de-meses`. */
export const mentionsLeakLastingMonths = textMemo((text: string): boolean => sentences(text).some((s) => LEAK_LASTING.test(withDigits(s))));
/** The neighbour standing in the way of the leak's repair within one sentence (`NEIGHBOUR_RESISTS_LEAK_REPAIR`: "não deixa o encanador entrar"), `vizinho-resiste`. */
export const mentionsNeighbourResistingLeakRepair = textMemo((text: string): boolean => sentences(text).some((s) => NEIGHBOUR_RESISTS_LEAK_REPAIR.test(s)));
/** A leak said to come from the client's own unit within one sentence (`LEAK_FROM_CLIENT_UNIT`: "desceu do meu apartamento"), `vazamento-do-cliente`. */
export const mentionsLeakFromClientUnit = textMemo((text: string): boolean => sentences(text).some((s) => LEAK_FROM_CLIENT_UNIT.test(s)));
/** A neighbour's suit threatened or a sum in thousands demanded within one sentence (`NEIGHBOUR_CLAIM`: "ameaçou me processar", "pede 25 mil"), `cobranca-do-vizinho`. */
export const mentionsNeighbourClaim = textMemo((text: string): boolean => /vizinh/i.test(text) && sentences(text).some((s) => NEIGHBOUR_CLAIM.test(withDigits(s))));
/** A neighbour's building throwing the rain onto the client's house within one sentence (`NEIGHBOUR_BUILDING_THROWS_RAIN`), `chuva-da-obra-vizinha`. */
export const mentionsNeighbourBuildingThrowingRain = textMemo(
  (text: string): boolean => /vizinh/i.test(text) && sentences(text).some((s) => NEIGHBOUR_BUILDING_THROWS_RAIN.test(s)),
);

/**
 * The client's superior at work naming the client by an insult, within one sentence (`SUPERIOR_NAME_CALLING`): the offence to the
 * worker's honour of CLT art. 483 e, `ofensa-do-superior`. Most messages hold no "me chama"/"me xinga", and then no sentence is read.
 */
export const mentionsSuperiorNameCalling = textMemo(
  (text: string): boolean => NAME_CALLING_WORDS.test(text) && sentences(text).some((s) => SUPERIOR_NAME_CALLING.test(s)),
);
/** Letters every verb of `SUPERIOR_NAME_CALLING` holds, tested on the raw text before it is normalized and split. */
const NAME_CALLING_WORDS = /me (?:cham|xing)/i;

/**
 * The client's superior at work shouting at or humiliating the client, within one sentence (`SUPERIOR_ABUSE`): the employer's power
 * abused against the worker (CLT arts. 483 b and e, 223-B), `superior-abuse`. Most messages hold none of its verbs, and then no
 * sentence is read.
 */
export const mentionsSuperiorAbuse = textMemo(
  (text: string): boolean => ABUSE_WORDS.test(text) && sentences(text).some((s) => SUPERIOR_ABUSE.test(s)),
);
/** Letters every verb of `SUPERIOR_ABUSE` holds, tested on the raw text before it is normalized and split. */
const ABUSE_WORDS = /grit|berr|esbravej|grosso|humilh|esculach|destrat|rebaix/i;

/**
 * The client's employer named as a public body or a state company (`PUBLIC_EMPLOYER`: "fundação estadual", "autarquia", "sou
 * funcionária da Caixa", "carteira assinada pela prefeitura"), a building block of `ato-de-empregador-publico`.
 */
export const mentionsPublicEmployer = textMemo((text: string): boolean => PUBLIC_EMPLOYER.test(normalizeText(text)));

/**
 * What an employer did to the job itself (`EMPLOYER_ACT`): a dismissal made, a disciplinary inquiry opened, a post of trust taken
 * away; a building block of `ato-de-empregador-publico`. Most messages hold none of its words, and then the text is not read.
 */
export const mentionsEmployerActOnJob = textMemo((text: string): boolean => ACT_WORDS.test(text) && EMPLOYER_ACT.test(normalizeText(text)));
/** Letters every word of `EMPLOYER_ACT` holds, tested on the raw text before it is normalized. */
const ACT_WORDS = /demit|embora|dispens|despedi|deslig|sindic|apura|processo|inqu[eé]rito|descomission|fun[cç][aã]o|gratifica|comiss/i;

/**
 * A contract told ended or not renewed, or the client cut from the job (`CONTRACT_ENDED`): with a temporary hire by the State, a
 * building block of `tipo-nao-simples` in an administrative case (`vinculo-encerrado`, `IMPLIED_FEATURES`).
 */
export const mentionsContractEnded = textMemo((text: string): boolean => ENDED_WORDS.test(text) && CONTRACT_ENDED.test(normalizeText(text)));
/** Letters every word of `CONTRACT_ENDED` holds, tested on the raw text before it is normalized. */
const ENDED_WORDS = /acab|termin|encerr|rescind|cancel|renov|cortaram|tiraram|fim do/i;

/** The client's own pregnancy told (`OWN_PREGNANCY`): in a labour case about a dismissal, `gestante-dispensada` (`IMPLIED_FEATURES`). */
export const mentionsOwnPregnancy = textMemo((text: string): boolean => PREGNANCY_WORDS.test(text) && OWN_PREGNANCY.test(normalizeText(text)));

/**
 * Someone held by the police and not released yet, within one sentence that names the police or the custody (`NOT_RELEASED`):
 * an arrest under way, told without the word (`prisao`; in a criminal case `liberdade`). Most messages hold no "solt"/"liber",
 * and then no sentence is read.
 */
export const mentionsHeldUnreleased = textMemo(
  (text: string): boolean => RELEASE_WORDS.test(text) && sentences(text).some((s) => NOT_RELEASED.test(s) && CUSTODY_PLACE.test(s)),
);
/** Letters every verb of `NOT_RELEASED` holds, tested on the raw text before it is normalized and split. */
const RELEASE_WORDS = /solt|liber/i;

/**
 * The police or a court officer after the client over a support, within one sentence (`SOUGHT_FOR_ARREST`): in a family case, with the
 * client as the payer, the civil arrest being served (`aviso-de-prisao-civil`; the urgency `prisao-civil-iminente`). Most messages
 * name no support, and then no sentence is read.
 */
export const mentionsPayerSoughtForSupport = textMemo(
  (text: string): boolean => SUPPORT_LETTERS.test(text) && sentences(text).some((s) => SUPPORT_NAMED.test(s) && ARREST_AGENT.test(s) && SOUGHT_FOR_ARREST.test(s)),
);
/** Letters every word of `SUPPORT_NAMED` holds, tested on the raw text before it is normalized and split. */
const SUPPORT_LETTERS = /pens[aãõo]|aliment/i;

/**
 * The other parent's move to another place with the child, within one sentence ("ela se mudou para outra cidade com nossa filha"):
 * the child's residence changed without the client's consent (CC arts. 1.583 §3 and 1.634 V), custody and visits to redraw across
 * the distance (`mudanca-com-filho`). Most messages hold no "mud"/"embora", and then no sentence is read.
 */
export const mentionsMovedWithChild = textMemo(
  (text: string): boolean => MOVE_WORDS.test(text) && sentences(text).some((s) => MOVED_WITH_CHILD.test(s)),
);
/** Letters every verb of `MOVED_WITH_CHILD` holds, tested on the raw text before it is normalized and split. */
const MOVE_WORDS = /mud|embora/i;

const TRANSFERABLE = words(TRANSFERABLE_ASSETS);
/**
 * Property moved out of the other side's name or hidden, within one sentence: an asset, its passing or sale to a third party tied to
 * the other side or made in a name or an account (`ASSET_TO_ANOTHER`, `HOLDER_TIED`: "passou a caminhonete pro nome do irmão", "o
 * apartamento ... ele transferiu pra empresa dele"), or the assets told hidden (`ASSETS_HIDDEN`). During a separation a fraud on the
 * other spouse's half (CC arts. 167 and 1.658-1.660; a company used to hold it, CC art. 50 §3º), against a creditor a fraud on the
 * creditors (CC art. 158; CPC art. 792): `bens-a-terceiro`. Most messages hold no such verb, and then no sentence is read.
 */
export const mentionsAssetsMovedAway = textMemo(
  (text: string): boolean =>
    MOVE_AWAY_WORDS.test(text) &&
    sentences(text).some((s) => ASSETS_HIDDEN.test(s) || passedToAnother(s)),
);
/** A sentence that passes or sells an asset to a third party tied to the other side or into another's name (`mentionsAssetsMovedAway`'s first reading). */
const passedToAnother = (sentence: string): boolean => TRANSFERABLE.test(sentence) && ASSET_TO_ANOTHER.test(sentence) && HOLDER_TIED.test(sentence);
/** Letters every verb of `ASSET_TO_ANOTHER` and `ASSETS_HIDDEN` holds, tested on the raw text before it is normalized and split. */
const MOVE_AWAY_WORDS = /pass|transf|coloc|bot|doou|escritur|vend|escond|ocult/i;

/**
 * The first reading of `mentionsAssetsMovedAway` alone: an asset passed or sold to a third party tied to the other side or put in
 * another's name ("transferiu o gado pro nome da mãe dele", "vendeu a casa pro amigo dele"), not the assets only told hidden. Whoever
 * now holds them is a party to the annulment beside the other side (CC arts. 167 and 1.647 I; CPC art. 114): `bens-em-nome-de-terceiro`.
 */
export const mentionsAssetsPassedToAnother = textMemo(
  (text: string): boolean =>
    MOVE_AWAY_WORDS.test(text) && sentences(text).some(passedToAnother),
);

/**
 * Money taken out of an account by another, within one sentence (`MONEY_TAKEN_FROM_ACCOUNT`: "ele sacou tudo da conta conjunta",
 * "minha irmã raspou a conta dele"): `dinheiro-retirado`, a building block of `ocultacao-de-bens` in a separation or an estate
 * (`IMPLIED_FEATURES`). Most messages hold no such verb, and then no sentence is read.
 */
export const mentionsMoneyTakenFromAccount = textMemo(
  (text: string): boolean => MONEY_TAKEN_WORDS.test(text) && sentences(text).some((s) => MONEY_TAKEN_FROM_ACCOUNT.test(s)),
);
/** Letters every verb of `MONEY_TAKEN_FROM_ACCOUNT` holds, tested on the raw text before it is normalized and split. */
const MONEY_TAKEN_WORDS = /tir|sac|limp|esvazi|rasp|transf/i;

/**
 * Another's money or property taken or sold, with its owner told (`PROPERTY_TAKEN`: "limpou a conta dela", "vendeu o carro dela"):
 * beside a person without discernment, `incapaz-explorado` (`IMPLIED_FEATURES`). `bens-dispostos`.
 */
export const mentionsPropertyTaken = textMemo((text: string): boolean => sentences(text).some((s) => PROPERTY_TAKEN.test(s)));

/**
 * A business's or a debtor's assets removed or resold by the other side, within one sentence (`BUSINESS_ASSETS_REMOVED`: "o dono tirou
 * as máquinas de noite", "ele já revendeu parte do gado"): `bens-retirados`, a building block of `devedor-sumiu-com-bens`. Most
 * messages hold no such verb, and then no sentence is read.
 */
export const mentionsBusinessAssetsRemoved = textMemo(
  (text: string): boolean => REMOVAL_WORDS.test(text) && sentences(text).some((s) => BUSINESS_ASSETS_REMOVED.test(s)),
);
/** Letters every verb of `BUSINESS_ASSETS_REMOVED` holds, tested on the raw text before it is normalized and split. */
const REMOVAL_WORDS = /tir|lev|carreg|esvazi|desmont|vend|sumi/i;

/**
 * A death and an accident of work in one sentence (`DEATH_WORDS`, `WORK_ACCIDENT`: "meu marido faleceu caindo de um andaime"):
 * `morte-em-acidente`, the worker's death the family claims for in a labour case. Most messages tell no death, and then no sentence is read.
 */
export const mentionsDeathInAccident = textMemo(
  (text: string): boolean => DEATH_WORDS.test(normalizeText(text)) && sentences(text).some((s) => DEATH_WORDS.test(s) && WORK_ACCIDENT.test(s)),
);

/**
 * A death and a road crash in one sentence (`DEATH_WORDS`, `CRASH` with `ROAD_USERS` or `COLLISION_VEHICLES`: "me envolvi num acidente
 * na BR em que um rapaz de moto faleceu"): `morte-no-transito`, in a criminal case the death the driver answers for. Most messages tell
 * no death, and then no sentence is read.
 */
export const mentionsDeathInRoadCrash = textMemo(
  (text: string): boolean =>
    DEATH_WORDS.test(normalizeText(text)) &&
    sentences(text).some((s) => DEATH_WORDS.test(s) && CRASH.test(s) && (ROAD_USERS.test(s) || COLLISION_VEHICLES.test(s))),
);

/**
 * A death and a place where the State held or cared for the person in one sentence (`DEATH_WORDS`, `CUSTODY_OR_PUBLIC_CARE`: "ele morreu
 * dentro da penitenciária", "faleceu no hospital municipal"): `morte-sob-custodia`, the death the family claims of the State.
 */
export const mentionsDeathInStateCustody = textMemo(
  (text: string): boolean => DEATH_WORDS.test(normalizeText(text)) && sentences(text).some((s) => DEATH_WORDS.test(s) && CUSTODY_OR_PUBLIC_CARE.test(s)),
);

/**
 * A benefit of the INSS cut, told in the client's own words within one sentence: the benefit named and its payment ended, suspended
 * or cancelled (`BENEFIT_THEN_ENDED`: "a pensão do meu filho foi cortada", "cancelaram o LOAS da minha avó"), or the INSS deducting
 * from it what it says it overpaid (`INSS_DEDUCTING`, Lei 8.213/91 art. 115 II): `beneficio-cessado`. Most messages hold no such verb,
 * and then no sentence is read.
 */
export const mentionsBenefitCut = textMemo(
  (text: string): boolean =>
    BENEFIT_CUT_WORDS.test(text) &&
    sentences(text).some((s) => BENEFIT_THEN_ENDED.test(s) || (INSS_NAMED.test(s) && INSS_DEDUCTING.test(s))),
);
/**
 * A refused benefit the client means to ask the INSS for again, told within one sentence (`NEW_REQUEST`: "quero pagar o que falta e
 * pedir de novo", "se faço novo pedido", "quero remarcar a perícia"), with no lawsuit weighed beside it (`COURT_ROUTE`: "peço de novo
 * ou entro na justiça?"): `novo-pedido`. Most messages hold none of its words, and then no sentence is read.
 */
export const mentionsNewRequest = textMemo(
  (text: string): boolean => NEW_REQUEST_WORDS.test(text) && sentences(text).some((s) => NEW_REQUEST.test(s) && !COURT_ROUTE.test(s)),
);
/** Letters every phrase of `NEW_REQUEST` holds, tested on the raw text before it is normalized and split. */
const NEW_REQUEST_WORDS = /nov|outr|vez|agend|remarc/i;

/**
 * The client's own contributions to the INSS told within one sentence as paid every month or stopped by choice (`OWN_CONTRIBUTION`,
 * `CONTRIBUTIONS_SETTLED`: "pago o DAS todo mês certinho", "pagava o carnê mas parei de pagar porque quis"), none told as paid late in
 * the message (`CONTRIBUTIONS_LATE`): `contribuicoes-em-dia-ou-paradas`. Most messages hold none of its words, and then no sentence is read.
 */
export const mentionsContributionsSettled = textMemo(
  (text: string): boolean =>
    CONTRIBUTION_WORDS.test(text) &&
    !CONTRIBUTIONS_LATE.test(normalizeText(text)) &&
    sentences(text).some((s) => OWN_CONTRIBUTION.test(s) && CONTRIBUTIONS_SETTLED.test(s)),
);
/** Letters every word of `OWN_CONTRIBUTION` holds, tested on the raw text before it is normalized and split. */
const CONTRIBUTION_WORDS = /carn|das|inss|contribu|guia|gps|mei/i;

/**
 * The own contributions told within one sentence as paid in arrears (`OWN_CONTRIBUTION`, `CONTRIBUTIONS_LATE`, `CONTRIBUTIONS_SETTLING`:
 * "paguei os carnês atrasados de uma vez", "quitei os DAS com juros") or stopped by the illness (`CONTRIBUTIONS_STOPPED_BY_ILLNESS`:
 * "parei de pagar o carnê quando fiquei doente"): `contribuicoes-atrasadas-ou-pela-doenca`. Most messages hold none of its words.
 */
export const mentionsContributionsLateOrStoppedByIllness = textMemo(
  (text: string): boolean =>
    LATE_OR_STOPPED_WORDS.test(text) &&
    sentences(text).some(
      (s) => CONTRIBUTIONS_STOPPED_BY_ILLNESS.test(s) || (OWN_CONTRIBUTION.test(s) && CONTRIBUTIONS_LATE.test(s) && CONTRIBUTIONS_SETTLING.test(s)),
    ),
);
/** Letters every stop verb of `CONTRIBUTIONS_STOPPED_BY_ILLNESS` and every lateness of `CONTRIBUTIONS_LATE` holds, tested on the raw text. */
const LATE_OR_STOPPED_WORDS = /parei|parou|deixei|deixou|larguei|largou|atras|de uma vez|juros|retroativ/i;

/** Letters every verb of `BENEFIT_THEN_ENDED` and `INSS_DEDUCTING` holds, tested on the raw text before it is normalized and split. */
const BENEFIT_CUT_WORDS = /cort|suspen|cess|cancel|encerr|descont|tir/i;

/** Leaving a home or premises ("desocupar o apartamento", "sair da casa", "o despejo"). */
const LEAVING = /\b(?:desocup\w*|despej\w*|sair d[oa] (?:imovel|casa|apartamento|apto|ap|sala|loja|terreno|predio|sitio)|reintegracao|entregar (?:as chaves|o imovel))\b/;
/**
 * A term told as run out ("o prazo acabou ontem", "já venceu o prazo", "os 15 dias já passaram", "perdi o prazo"), not one
 * denied to have ("o prazo ainda não acabou").
 */
const TERM_OVER = new RegExp(
  `\\b(?:(?:prazo|(?:os|as) (?:${COUNT_PATTERN}) dias|tempo)\\b[^.;!?]{0,25}?\\b(?<!\\bnao )(?:acabou|venceu|terminou|esgotou|expirou|passou|estourou)` +
    `|(?<!\\bnao )(?:acabou|venceu|terminou|esgotou|expirou|passou|estourou|perdi|perdemos) o prazo)\\b`,
);
/** A court's term: the judge, the order, the bailiff, the suit. A landlord's notice to leave is only followed by a suit (Lei 8.245/91 arts. 46 §2º and 57). */
const COURT_TERM = /\b(?:juiz|juiza|justica|liminar|mandado|sentenca|oficial|ordem de despejo|acao de despejo|processo|reintegracao de posse)\b/;
/** The client already out ("já saí", "já entreguei as chaves"): no one left to remove. */
const ALREADY_OUT = /\b(?:ja (?:sai|saimos|desocupei|desocupamos|entreguei as chaves|entregamos as chaves|mudei|me mudei|nos mudamos)|entreguei as chaves)\b/;
/**
 * A court's term to leave a home or premises told as run out ("o juiz deu 15 dias pra desocupar e o prazo acabou ontem"): the
 * forced eviction may be served any day now, with the police if need be (Lei 8.245/91 art. 65; CPC art. 565 for possession), and
 * only a motion filed now (a stay, a payment to purge the default, art. 62 II) holds it: `desocupacao-vencida`. Within one sentence
 * the leaving and the term run out, in a message naming the court; not once the client is out.
 */
export const mentionsTermToLeaveOver = textMemo((text: string): boolean => {
  const normalized = normalizeText(text);
  return LEAVING.test(normalized) && COURT_TERM.test(normalized) && !ALREADY_OUT.test(normalized) && sentences(text).some((s) => LEAVING.test(s) && TERM_OVER.test(s));
});

/**
 * A place held for five years and more, the holding and its time told in one sentence (`LONG_POSSESSION`: "moro aqui desde 1998", "a
 * casa onde moro há 17 anos"): `posse-longa`. Counts written in words are read as digits ("faz vinte anos").
 */
export const mentionsLongPossession = textMemo((text: string): boolean => sentences(text).some((s) => LONG_POSSESSION.test(withDigits(s))));

const OWNERS_KIN_LETTERS = /herdeir|filh|net[oa]|sobrinh|genr|famil|viuva|parentes/i;
/**
 * The owner's heirs or kin asking the occupant to leave or suing for the place, within one sentence (`OWNERS_KIN_ASKS_LEAVE`: "os
 * herdeiros nos notificaram para desocupação"): `posse-reclamada`, the title's claim against the occupant (CPC arts. 554-568; CC art.
 * 1.228). Most messages name no heir nor the owner's kin, and then no sentence is read.
 */
export const mentionsOwnersKinAskingToLeave = textMemo(
  (text: string): boolean => OWNERS_KIN_LETTERS.test(text) && sentences(text).some((s) => OWNERS_KIN_ASKS_LEAVE.test(s)),
);
/**
 * The owner's heirs or kin saying the place is theirs, within one sentence (`OWNERS_KIN_SAYS_OWNS`: "apareceu o filho do antigo dono
 * dizendo que a terra é dele"): `titulo-dos-herdeiros`, a building block of `posse-reclamada` (`IMPLIED_FEATURES`).
 */
export const mentionsOwnersKinSayingItIsTheirs = textMemo(
  (text: string): boolean => OWNERS_KIN_LETTERS.test(text) && sentences(text).some((s) => OWNERS_KIN_SAYS_OWNS.test(s)),
);

/**
 * The client or a relative named to the police as the author of a taking (furto, apropriação, estelionato), within one sentence that
 * tells the report by another and the taking it alleges (`POLICE_REPORT_WORDS`, `TAKING_ALLEGED`), never the client's own report
 * (`CLIENT_REPORTED`): `apontado-por-furto`, the defence in the inquiry of a crime beyond the juizado (CPP arts. 5º and 14; CP arts.
 * 155, 168 and 171; Lei 9.099/95 art. 61). Most messages name no police report, and then no sentence is read.
 */
export const mentionsTakingReportedToPolice = textMemo((text: string): boolean => REPORT_LETTERS.test(text) && sentences(text).some(reportsTaking));

/**
 * The same report naming the client or a relative as the taking's author (`OWN_SIDE_ACCUSED`): the note `reported-for-taking`, the
 * accused side's criminal defence whatever job, lease, partnership or family the taking is told in (CPP arts. 5º II and 14).
 */
export const mentionsOwnSideReportedForTaking = textMemo(
  (text: string): boolean => REPORT_LETTERS.test(text) && sentences(text).some((s) => reportsTaking(s) && OWN_SIDE_ACCUSED.test(s)),
);

/** A sentence telling another's police report and the taking it alleges, not the client's own report. */
function reportsTaking(sentence: string): boolean {
  return POLICE_REPORT_WORDS.test(sentence) && TAKING_ALLEGED.test(sentence) && !CLIENT_REPORTED.test(sentence);
}
/** Letters every word of `POLICE_REPORT_WORDS` holds, tested on the raw text before it is normalized and split. */
const REPORT_LETTERS = /bo|b\.o|ocorr|queixa|delega|pol[ií]cia|inqu[eé]rito|investiga|denunc/i;

/**
 * The normalized text with the verb of each thing told held (`THING_HELD`: "o dinheiro da minha rescisão ficou todo preso", "o carro do
 * meu pai foi preso pela PRF") blanked to as many spaces: its "preso" tells no one held, and the thing's own words are still read.
 * Most messages hold no "pres", and then none is looked for.
 */
export function withoutThingsHeld(normalized: string): string {
  return normalized.includes('pres')
    ? normalized.replace(THING_HELD, (held: string, one?: string, many?: string) => {
        const verb = one ?? many ?? '';
        return held.slice(0, held.length - verb.length) + ' '.repeat(verb.length);
      })
    : normalized;
}
