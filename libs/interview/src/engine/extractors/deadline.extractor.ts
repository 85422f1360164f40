import { LEGAL_DEADLINES, NOTICE_DENIED_AFTER, NOTICE_DENIED_BEFORE } from '../lexicons/legal-terms.lexicon';
import { MONTHS } from '../lexicons/numbers.lexicon';
import { ROUTINE_EXPIRY } from '../lexicons/urgency.lexicon';
import { allMatches } from '../text/all-matches';
import { COUNT_PATTERN, mappedSpan, normalizeText, parseCount } from '../text/text-normalizer';
import { daysLeftAfter, daysSinceWeekday, toldDay, WEEKDAYS } from './event-date.extractor';

/** A deadline found in one message: the words, and the days left counted from the message. */
export interface DeadlineMention {
  raw: string;
  daysLeft: number;
  /** The deadline is the usual legal one for what arrived ("contestação: 15 dias úteis"), not one the client counted. */
  legal: string | null;
  /** Days whose urgency the term carries when missing it loses no right (`LEGAL_DEADLINES` `lapses` false): the whole term. */
  urgencyDays?: number;
}

const BUSINESS_TO_CALENDAR = 1.4;
/**
 * Words that make a date in the same sentence a deadline (a hearing, an expiry, a visit by the
 * bailiff, a flight or trip the client would lose, a signing still to come: the contract signed with a rival bidder or a
 * settlement signed is what a remedy must come before...), and a term given to the client up to a day ("tenho até
 * sexta", "me deram até amanhã"): the client or the client's side is who must act, not a supplier that "tem até sexta". A summons
 * to the police station ("intimação pra depor", "intimado a prestar declarações") is the day the client must be heard (CPP arts. 6º V and 218).
 * The day a demolition's machine or tractor comes ("a máquina vem na sexta", "vão derrubar amanhã") is the authority's own execution.
 * A day told moved to ("o juiz antecipou pra amanhã", "remarcaram pra sexta") is the day of what was moved (CPC art. 362).
 * A hearing or a police hearing told as the client's errand, without its name ("tenho que ir no fórum depois de amanhã", "o delegado
 * quer que eu vá lá amanhã"): the day the client must appear before the judge (CPC arts. 334 and 695) or be heard by the police (CPP
 * art. 6º V). The family's removal told in everyday words ("amanhã volta pra tirar a gente da casa"): the eviction's execution (Lei
 * 8.245/91 art. 65). A home told as auctioned ("vai ser leiloada na quinta"): the sale the debtor may still stop by paying (Lei 9.514/97 art. 27).
 */
const DEADLINE_WORDS =
  /\b((?:tenho|temos|me deu|me deram|nos deu|nos deram) ate (?=segunda|terca|quarta|quinta|sexta|sabado|domingo|amanha|depois de amanha)|audiencia|prazo|vence|vencimento|julgamento|leil(?:ao|oar|oam|oad[oa]s?)|despej\w*|pericia|defesa|recurso|depor|depoimento|intimac\w*|intimad[ao]s?|intimaram|intimou|prestar declarac\w*|prestar esclarecimentos|posse|reintegracao|demoli\w*|derrub\w*|tratore?s?|retroescavadeiras?|maquinas? (?:vem|vai vir|vao vir|chega|chegam)|reuniao|escritura|registro|desocupar|sair do imovel|oficial de justica|(?:ir|comparecer|me apresentar) (?:no|ao|pro|para o|la no) forum|(?:ir|comparecer|me apresentar) (?:na|a|pra|para a|la na) delegacia|delegad[oa] (?:me )?(?:chamou|quer|mandou|intimou|pediu)|(?:tirar (?:a gente|nos|eu|minha familia|a familia)|(?:nos|me) tirar) d[aoe]|bloque\w*|cortar|corta|cortad[ao]|corte|acaba|termina|fecha|fecham|encerra|encerram|(?:vai|vao) ser (?:debitad|descontad|cobrad)[ao]s?|(?:sera|serao) (?:debitad|descontad|cobrad)[ao]s?|ultimo dia|antecip(?:ou|aram|ada|ado)|remarc(?:ou|aram|ada|ado)|redesign(?:ou|aram|ada|ado)|adi(?:ou|aram|ada|ado)|responder|assinar|assine|assino|(?:vai|vao) ser assinad[oa]s?|(?:sera|serao) assinad[oa]s?|assinatura|voo|embarque)\b/;
/**
 * A treatment, a dose or an operation on a day still to come ("o próximo ciclo tem que começar
 * amanhã", "o remédio acaba semana que vem"): the day care would stop. Not "hoje" next to them,
 * which in a story of an injury is as often the damage ("hoje ainda faço tratamento"). Care at home ("vão suspender o home care a
 * partir de amanhã") stops as a treatment does (Lei 9.656/98 art. 35-C).
 */
const CARE_WORDS = /\b(tratamento|ciclo|quimioterapia|radioterapia|sessao|remedio|medicamento|cirurgia|operar|home care|internacao domiciliar|atendimento domiciliar)\b/;
/**
 * A word every RELATIVE match holds, or "dia" and the digit every DAY_OF_MONTH match holds: a text without one tells no day for
 * its sentences to be read for, so most messages are not split nor scanned for DEADLINE_WORDS and CARE_WORDS, the costlier patterns.
 */
const DAY_WORDS = /amanha|hoje|semana|mes que vem|proximo mes|segunda|terca|quarta|quinta|sexta|sabado|domingo|dia \d/;
/**
 * The units a term is counted in (`COUNTED`): days, or weeks of seven days ("a audiência é daqui a duas semanas", "tenho 2 semanas
 * pra sair": CC art. 132 §3º), not weeks a clause of "que" dates back ("tem 3 semanas que ele sumiu": time gone by).
 */
const COUNTED_UNIT = '(?:dias?|semanas?(?! que\\b))';
/**
 * A term counted in days or weeks (`COUNTED_UNIT`) from the message. Not a span between two events ("recebi a circular só 3 dias
 * antes de assinar", "2 dias depois da cirurgia"): that dates one event by another, it runs from no message;
 * nor the idiom of a sudden change ("cortaram o contrato de um dia pro outro", "de um dia para o outro").
 */
const COUNTED = new RegExp(
  `\\b(?:(?:prazo(?: (?:pra|para|de|do|da) \\w+)?(?: e)? de|tenho|temos|tem|daqui a|daqui|dentro de|em ate|so|apenas) (${COUNT_PATTERN}) ${COUNTED_UNIT}(?!(?: uteis| corridos)? (?:antes|depois)\\b)( uteis| corridos)?|(${COUNT_PATTERN}) ${COUNTED_UNIT}( uteis| corridos)? (?:para|pra|pro|de prazo|a partir)(?! (?:o )?outro\\b))\\b[^.;!?]{0,40}`,
  'g',
);
/**
 * A term told in hours ("me deu 48 horas pra sair", "tenho 24 horas para pagar"): a count after a
 * cue of a term given and before its purpose, so a working day ("trabalho 12 horas por dia") or a
 * weekly load ("tenho 44 horas semanais") is not read as one.
 */
const COUNTED_HOURS = new RegExp(
  `\\b(?:prazo de|me deu|me deram|deu|deram|tenho|temos|tem|daqui a|dentro de|em ate|so|apenas) (${COUNT_PATTERN}) ?(?:horas|hrs|h) (?:pra|para|pro|de prazo)\\b[^.;!?]{0,40}`,
  'g',
);
/**
 * A term given in hours with nothing after it ("me deram 48 horas.", "prazo de 48h"): after a cue
 * that only a term given has, the count ending its clause is the term itself.
 */
const GIVEN_HOURS = new RegExp(`\\b(?:prazo de|me deu|me deram|deu|deram) (${COUNT_PATTERN}) ?(?:horas|hrs|h)(?=\\s*(?:[.,;!?]|$))`, 'g');
/** Every term in hours has a count right before its unit ("48 horas", "24h"): a text without one is not scanned. */
const ANY_HOURS = new RegExp(`${COUNT_PATTERN} ?(?:horas|hrs|h)\\b`);
/**
 * A unit of hours after a digit or a space, which every ANY_HOURS match has (a count in words ends
 * before a space): far cheaper to look for than the count itself, which may start at any letter.
 */
const HOURS_UNIT = /[\d ]h(?:oras|rs)?\b/;
const HOURS_PER_DAY = 24;
/**
 * The term's last day told right after its count ("o prazo pra recorrer é de 8 dias e acaba amanhã"): the days left are those to
 * that day, not the whole count, which ran from a notice days ago (a sentence's appeal: CPC art. 1.003 §5º, CLT art. 895).
 */
const TERM_ENDS = /\b(?:acaba|termina|vence|encerra|expira)(?: (?:ja|so))? (hoje|amanha|depois de amanha)\b/;
/**
 * A term the client tells as gone ("a loja disse que passou o prazo de 7 dias", "perdi o prazo de 15 dias", "o prazo de 30 dias
 * já venceu"): it runs no more, so it is no deadline for the lawyer (what is left is the claim, on its own time limits).
 */
const EXPIRED_BEFORE = /\b(?:passou|passaram|perdi|perdeu|perdemos|perderam|estourou|expirou|venceu|acabou|terminou|fora|depois)(?: d?[oa])?(?: (?:meu|seu|nosso))? $/;
/**
 * The time an act took or a debt ran late, told before the count ("a distribuidora demorou 3 dias pra religar", "levaram 10 dias
 * para me devolver", "atrasei só 10 dias"): days gone, not a term running from the message (CC art. 132; CPC art. 231), the
 * delay weighed as the harm or the default it is (CC arts. 394-395; CDC art. 22), with no act due by a day.
 */
const TIME_TAKEN = /\b(?:demor\w*|lev(?:ou|aram|ei|amos)|esper(?:ei|ou|aram|amos)|atras(?:ei|ou|aram|amos|ad[oa]s?))(?: (?:uns|umas|quase|mais de|so|apenas))? $/;
/** After the count, in its clause: "venceu" and "acabou" only with "já", since a term may be given for a bill "que venceu". */
const EXPIRED_AFTER = /^[^.;!?]*?\bdias?\b[^.;!?]{0,40}?\b(?:ja (?:passou|venceu|acabou|terminou|expirou|estourou)|passou|expirou|estourou)\b/;
/**
 * "dentro de 7 dias" after an act the client did ("exerci o arrependimento dentro de sete dias", "devolvi dentro de 7 dias"): the
 * time the act took, within a term already met (CDC art. 49), not one running; unless an obligation comes after the act ("recebi a
 * carta dizendo que tenho que pagar dentro de 5 dias").
 */
const DONE_WITHIN_CUE = /^(?:dentro de|em ate) /;
const ACT_DONE = /\b(?:[a-z]{3,}ei|exerci|devolvi|desisti|recebi|pedi|fiz|fizemos|[a-z]{3,}amos)\b/;
function doneWithin(clause: string): boolean {
  const act = ACT_DONE.exec(clause);
  return act !== null && !OBLIGATION.test(clause.slice(act.index + act[0].length));
}
/**
 * "em 10 dias" is a deadline only after an obligation ("tenho que sair em 10 dias"), not in a past event ("pagou em 10 dias"); a
 * notice's purpose is one too, the act it calls the client to ("chegou a notificação pra apresentar defesa em 5 dias úteis":
 * Lei 9.784/99 art. 44, Lei 14.133/21 art. 158), not the words of an act done ("apresentei a defesa em 5 dias"); and the notice
 * to leave a home or a shop ("notificação pra eu sair do apartamento em 30 dias": the landlord's term, Lei 8.245/91 arts. 46 §2º
 * and 57, after which the eviction is sued). So is the
 * condition of a threat, an infinitive after "se não" ("se não pagar em 3 dias úteis, protesta"): the term a notice sets.
 */
const WITHIN = new RegExp(`\\bem (${COUNT_PATTERN}) dias?( uteis| corridos)?\\b`, 'g');
const OBLIGATION =
  /\b(?:tenho que|temos que|tem que|tenho de|tem de|precis[oa] (?:de )?|devo|deve|devem|exig\w*|ped(?:e|em|indo)|sob pena|senao|se nao [a-z]+(?:ar|er|ir)|caso contrario|intimad[oa] a|notificad[oa] a|vence|vencem|acaba|termina|expira|encerra|(?:pra|para) (?:apresentar|protocolar|recorrer|responder|contestar|impugnar|(?:me|se|nos) defender|(?:me|se|nos) manifestar)|(?:pra|para) (?:eu |a gente |nos )?(?:sair|desocupar|deixar|entregar) (?:d?[oa] )?(?:imovel|casa|apartamento|ap|apto|sala|loja|terreno|chaves))\b/;
const PAST_VERB = /\b(?!estou\b)(?:[a-z]{2,}(?:ou|aram|eram|iram|avam|ava)|[a-z]{3,}ei|ia|iam|tinha|devia|podia|queria)\b/;
/**
 * Days gone of the term ("e já passaram 10"); not "faz 2 dias que ...", which dates another event (`RECEIVED_AGO` reads a notice's),
 * nor years or months gone ("faz 2 anos que trabalho lá").
 */
const GONE = new RegExp(`\\b(?:faz|ha|passaram|passou|se passaram|foram)(?: uns| umas| mais de)? (${COUNT_PATTERN})(?: dias?)?\\b(?!(?: dias?)? que\\b| (?:anos?|mes|meses|semanas?|horas?)\\b)`);
/**
 * "até hoje" followed by a negation is "still, to this day" ("até hoje ela não me passa a
 * escritura"), not a deadline today ("prazo até hoje à noite"). A weekday of this week told with its demonstrative ("a
 * audiência é esta sexta", "até essa quinta") is a day due as "na sexta" is. "hoje (já) é terça" tells today's weekday, no day
 * due; nor a weekday of a week gone ("o oficial veio na terça da semana passada", "na sexta passada"), the day a notice came
 * or a thing happened, from which a term runs (CPC art. 231; Lei 11.101/05 art. 98), not the day it ends.
 */
const RELATIVE =
  /\b((?:(?:na|ate|e) )?(?:segunda|terca|quarta|quinta|sexta|sabado|domingo)(?:[- ]feira)? (?:da|na) (?:semana que vem|proxima semana)|depois de amanha|amanha|(?:(?<!\bate )|(?<=\bate )(?![^.;!?]{0,30}\b(?:nao|nada|nunca|ninguem|nenhum|nenhuma|sem)\b))hoje(?! (?:ja )?e (?:dia|segunda|terca|quarta|quinta|sexta|sabado|domingo))|esta semana|essa semana|semana que vem|proxima semana|mes que vem|proximo mes|(?<!\bhoje (?:ja )?)(?:(?:na|nesta|nessa|esta|essa|ate|vence|e|acaba|termina|encerra) )(?:segunda|terca|quarta|quinta|sexta|sabado|domingo)(?!(?:[- ]feira)? (?:da semana passada|(?:da )?semana retrasada|passad[oa]|retrasad[oa])\b))\b/g;
/**
 * "hoje" as "nowadays", opening a present state ("o vendedor hoje mora em Portugal", "hoje ele trabalha numa transportadora", "hoje
 * tenho 74 anos", "hoje em dia"), or a wish held now ("já cumpri tudo e hoje quero limpar meu nome"): read from right after the
 * word, it tells how things stand now, not a day anything is due, though the sentence names a deed to sign or a payment that
 * "acaba" ("hoje mora em Cabo Frio e concorda em assinar a escritura"). A day due keeps its own verb ("a audiência é hoje",
 * "hoje tem audiência", "hoje cedo ele me ameaçou").
 */
const NOWADAYS = new RegExp(
  `^(?: em dia\\b|,? (?:(?:eu|ele|ela|eles|elas|nos|a gente|(?:o|a|os|as|meu|minha|seu|sua|nosso|nossa) [a-z]+|[a-z]+) )?(?:ainda )?` +
    `(?:mora|moro|moram|moramos|vive|vivo|vivem|vivemos|trabalha|trabalho|trabalham|trabalhamos|estuda|estudo|estudam|ganha|ganho|ganham|sou|somos` +
    `|quero|queremos|queria|gostaria` +
    `|(?:tenho|tem|temos|estou com|esta com|to com|ta com) ${COUNT_PATTERN} anos` +
    `|(?:estou|esta|to|ta|sou|e) (?:casad|aposentad|desempregad|separad|divorciad|viuv|morando|trabalhando|vivendo|estudando)[a-z]*)\\b)`,
);
/** A weekday of next week, as `RELATIVE` matched it: the weekday in the first group. */
const NEXT_WEEK_DAY = /\b(segunda|terca|quarta|quinta|sexta|sabado|domingo)(?:[- ]feira)? (?:da|na) /;
const RELATIVE_DAYS: Record<string, number> = {
  hoje: 0, amanha: 1, 'depois de amanha': 2, 'esta semana': 3, 'essa semana': 3,
  'semana que vem': 7, 'proxima semana': 7, 'mes que vem': 30, 'proximo mes': 30,
};
/** A weekday with no "today" to count from is taken as this many days away. */
const UNKNOWN_WEEKDAY_DAYS = 4;
/** A day of the month, or the month's end, with no "today" to count from: half a month away, on average. */
const UNKNOWN_DAY_OF_MONTH_DAYS = 15;
/**
 * The end of this month as the term ("tenho até o fim do mês pra pagar", "vence no final do mês"):
 * not a past month ("até o fim do mês passado"), nor a time something happens ("no fim do mês o
 * salário cai").
 */
const END_OF_MONTH = /\b(?:ate o|ate|antes do|vence no|vence o|vencem no|prazo (?:e|vai) ate o) (?:fim|final) (?:do|deste|desse) mes\b(?! passado)/g;
/** Today's weekday or day told ("hoje é terça", "hoje já é dia 12"): the day to count a weekday or a day of the month from. */
const TODAY_WEEKDAY = /\bhoje (?:ja )?e (segunda|terca|quarta|quinta|sexta|sabado|domingo)\b/;
const TODAY_DAY = /\bhoje (?:ja )?e dia (\d{1,2})\b/;
/** "até dia 2 de abril": the month told with the day (`m[2]`) dates the term in that month, not in the next day 2 to come. */
const DAY_OF_MONTH = new RegExp(
  `(?<!hoje (?:ja )?)\\b(?:ate o dia|ate dia|e dia|no dia|(?:fecha|fecham|encerra|encerram|termina|acaba) (?:no )?dia|(?:(?:vai|vao) ser|sera|serao) (?:debitad|descontad|cobrad)[ao]s? (?:no )?dia|sera dia|vence dia|para o dia|pro dia|pra dia|para dia|marcada para o dia|marcada pro dia|marcou pro dia|marcaram pro dia) (\\d{1,2})\\b(?!\\/)(?: de (${Object.keys(MONTHS).join('|')})\\b)?`,
  'g',
);
/** Verbs of a notice received or delivered ("recebi", "fui citado", "entregaram a notificação", "saiu o edital"). */
const RECEIPT_VERBS =
  'recebi|recebemos|chegou|chegaram|fui citad[oa]|fui intimad[oa]|me citaram|me intimaram|fui notificad[oa]|fomos notificad[oa]s|me notificaram|entregou|entregaram|veio|saiu|publicad[oa]|publicaram';
/**
 * "Há" as chat says it: "faz", or "tem" ("chegou tem uns 20 dias", "tem 3 dias que recebi"), with a rough count ("uns", "quase").
 * Not "tem" before a purpose ("recebi a carta que tem 15 dias pra responder"): that is the term itself, not its age.
 */
const AGO = `(?:(?:faz|ha)(?: uns| umas| quase| mais de)?|tem(?: uns| umas| quase| mais de)?(?= ${COUNT_PATTERN} (?:dias?|semanas?)\\b(?! (?:pra|para|pro|de prazo|uteis|corridos)\\b)))`;
/**
 * "recebi ontem", "chegou faz 3 dias", "o edital saiu semana passada", "entregaram a notificação 3 dias atrás", "fomos notificados há
 * dez dias", "a carta chegou tem uns 20 dias": how long ago the notice in this message arrived (served in hand or notified, as received).
 */
const RECEIVED_AGO = new RegExp(
  `\\b(?:${RECEIPT_VERBS})\\b[^.;!?]{0,25}?\\b(?:(ontem|anteontem|semana passada)|${AGO} (${COUNT_PATTERN}) (dias?|semanas?)|(${COUNT_PATTERN}) (dias?|semanas?) atras)` +
    // The day told first ("anteontem recebi a citação", "semana passada chegou a intimação", "faz 3 dias que recebi a notificação").
    `|\\b(ontem|anteontem|semana passada),? (?:eu )?(?:${RECEIPT_VERBS})\\b|\\b${AGO} (${COUNT_PATTERN}) (dias?|semanas?) que (?:eu )?(?:${RECEIPT_VERBS})\\b`,
);
const DAYS_AGO: Record<string, number> = { ontem: 1, anteontem: 2, 'semana passada': 7 };
/** "a notificação chegou segunda", "recebi na sexta": the notice arrived on the last such weekday, from which its term runs. */
const RECEIVED_WEEKDAY = new RegExp(
  `\\b(?:${RECEIPT_VERBS})\\b[^.;!?]{0,25}?\\b(?:na |no |nesta |nessa |(?:na )?ultim[ao] )?(${WEEKDAYS.join('|')})(?: feira)?\\b(?! (?:que vem|proxim))`,
);
/**
 * "recebi uma citação de despejo hoje", "o oficial me entregou o mandado hoje": "hoje" closing the clause of a notice received is
 * the day it arrived, from which its term runs (`LEGAL_DEADLINES`), not the term itself; unless what is between is a day to appear
 * or act ("recebi a intimação da audiência de hoje").
 */
const RECEIVED_TODAY =
  /\b(?:recebi|recebemos|chegou|chegaram|fui citad[oa]|fui intimad[oa]|me citaram|me intimaram|fui notificad[oa]|fomos notificad[oa]s|me notificaram|me entregou|me entregaram)\b(?![^.;!?]*\b(?:audiencia|prazo|vence|julgamento|pericia|leilao|depor|depoimento|desocupar|sair|ate)\b)[^.;!?]{0,40}$/;
/**
 * "recebi dia 25/11", "recebi a carta de indeferimento dia 20 de novembro", "fui citado em 18/11/2026", "chegou no dia 2 deste
 * mês" (`on[6]`: the month of the message): the notice arrived on a
 * day of the calendar, so its term runs from that day, not from the message (with the message time to count back from).
 */
const RECEIVED_ON = new RegExp(
  `\\b(?:recebi|recebemos|chegou|chegaram|fui citad[oa]|fui intimad[oa]|me citaram|me intimaram|fui notificad[oa]|fomos notificad[oa]s|me notificaram|me entregou|me entregaram)\\b[^.;!?]{0,40}?\\b(?:n?o )?(?:dia|em) (\\d{1,2})(?:\\/(\\d{1,2})(?:\\/(\\d{2}|\\d{4}))?\\b| de (${Object.keys(MONTHS).join('|')})(?: de (\\d{4}))?\\b|( (?:deste|desse|neste|nesse|este|esse) mes\\b))`,
);
/** A day of arrival further back than this is not the notice of a term still running. */
const MAX_RECEIVED_DAYS_AGO = 180;
const DAYS_PER_WEEK = 7;

/**
 * Where the words read after a term end without a word cut in half: the words of the purpose are read up to a length, and the
 * summary quotes them to the lawyer as the client wrote them ("tirar a marca da fachada", never "da fac"). Folded text.
 */
function wholeWordsEnd(folded: string, start: number, end: number): number {
  if (!/[a-z\d]/.test(folded[end] ?? '') || !/[a-z\d]/.test(folded[end - 1] ?? '')) return end;
  let words = folded.slice(start, end).replace(/\s+\S*$/, '');
  // Nor a word left hanging that only leads into the next ("da", "para"): the quote ends on a word that says something.
  while (/\s(?:d[aeo]s?|[ao]s?|e|em|n[aeo]s?|para|pra|com|um|uma|que)$/.test(words)) words = words.replace(/\s+\S+$/, '');
  return words.length > 0 ? start + words.length : end;
}

/**
 * Deadlines written relative to the message: "temos 15 dias", "audiência amanhã", "prazo vence
 * sexta", "até o dia 28" (with "hoje é dia 17" or the message time), and, when a notice arrived
 * with no count, the usual legal deadline for it (`LEGAL_DEADLINES`).
 */
export class DeadlineExtractor {
  extract(text: string, now?: Date): DeadlineMention[] {
    // Normalized, not only folded: chat shorthand ("semana q vem", "hj", "amnh") says the same days.
    // `normalizeText` is `normalizeMapped(text).text`, kept already for the tokens; the map back to
    // the client's words, a few arrays per character, is made only for a deadline found (`mappedSpan`).
    const folded = withoutRoutineExpiry(normalizeText(text));
    const found: DeadlineMention[] = [];
    const add = (start: number, end: number, daysLeft: number, legal: string | null = null, urgencyDays?: number) => {
      const raw = mappedSpan(text, start, wholeWordsEnd(folded, start, end));
      if (found.some((d) => d.raw.includes(raw) || raw.includes(d.raw))) return;
      found.push({ raw, daysLeft: Math.max(0, Math.round(daysLeft)), legal, ...(urgencyDays !== undefined ? { urgencyDays } : {}) });
    };
    const counts = folded.includes(' dia');
    for (const m of counts || folded.includes(' semana') ? allMatches(COUNTED, folded) : []) {
      const business = (m[2] ?? m[4]) === ' uteis';
      const count = m[1] ?? m[3];
      const days = parseCount(count) * (business ? BUSINESS_TO_CALENDAR : 1) * (m[0].includes(`${count} semana`) ? DAYS_PER_WEEK : 1);
      const before = sentenceBefore(folded, m.index);
      if (EXPIRED_BEFORE.test(before) || TIME_TAKEN.test(before) || EXPIRED_AFTER.test(folded.slice(m.index))) continue;
      if (DONE_WITHIN_CUE.test(m[0]) && doneWithin(before)) continue;
      const gone = GONE.exec(folded.slice(m.index));
      // A term given in a notice that arrived days ago ("dando 30 dias pra sair, recebi semana passada") runs from its arrival, and
      // one shorter than the days since ("o resultado saiu semana passada e o recurso tem 5 dias") ran out before the message: no
      // day is left to act by (CPC art. 223; Lei 9.784/99 art. 59), what is left the claim's own course.
      const ends = TERM_ENDS.exec(m[0]);
      const left = ends ? RELATIVE_DAYS[ends[1]] : days - (gone ? parseCount(gone[1]) : receivedDaysAgo(folded, now));
      if (left < 0) continue;
      add(m.index, m.index + m[0].length, left);
    }
    const hours = HOURS_UNIT.test(folded) && ANY_HOURS.test(folded);
    for (const m of hours ? [...allMatches(COUNTED_HOURS, folded), ...allMatches(GIVEN_HOURS, folded)] : []) {
      add(m.index, m.index + m[0].length, parseCount(m[1]) / HOURS_PER_DAY);
    }
    for (const m of counts ? allMatches(WITHIN, folded) : []) {
      const clause = sentenceBefore(folded, m.index);
      const cue = OBLIGATION.exec(clause);
      if (!cue || PAST_VERB.test(clause.slice(cue.index + cue[0].length))) continue;
      add(m.index, m.index + m[0].length, parseCount(m[1]) * (m[2] === ' uteis' ? BUSINESS_TO_CALENDAR : 1));
    }
    const dated = DAY_WORDS.test(folded);
    const care = dated && CARE_WORDS.test(folded);
    for (const sentence of dated && (DEADLINE_WORDS.test(folded) || care) ? sentences(folded) : []) {
      const deadline = DEADLINE_WORDS.test(sentence.text);
      if (!deadline && !(care && CARE_WORDS.test(sentence.text))) continue;
      for (const m of allMatches(RELATIVE, sentence.text)) {
        if (m[1] === 'hoje' && (!deadline || RECEIVED_TODAY.test(sentence.text.slice(0, m.index)) || NOWADAYS.test(sentence.text.slice(m.index + m[0].length)))) continue;
        add(sentence.start + m.index, sentence.start + m.index + m[0].length, relativeDays(m[1], folded, now));
      }
      if (!deadline) continue;
      for (const m of allMatches(DAY_OF_MONTH, sentence.text)) {
        const days = m[2] && now ? daysToDayOfMonthNamed(+m[1], MONTHS[m[2]], now) : daysToDayOfMonth(+m[1], folded, now);
        if (days !== null) add(sentence.start + m.index, sentence.start + m.index + m[0].length, days);
      }
    }
    for (const m of folded.includes(' mes') ? allMatches(END_OF_MONTH, folded) : []) {
      add(m.index, m.index + m[0].length, daysToEndOfMonth(now));
    }
    if (found.length === 0) this.legalDeadline(text, folded, add, now);
    return found;
  }

  private legalDeadline(text: string, folded: string, add: (start: number, end: number, days: number, legal: string, urgencyDays?: number) => void, now?: Date): void {
    if (!NOTICE_WORDS.test(folded)) return;
    const rule = LEGAL_DEADLINES.find((r) => r.pattern.test(folded));
    // Matched on the whole text: a pattern may look behind its match ("recuperação judicial ... edital").
    const notice = rule?.pattern.exec(folded);
    if (!rule || !notice) return;
    const end = notice.index + notice[0].length;
    if (NOTICE_DENIED_BEFORE.test(folded.slice(0, notice.index)) || NOTICE_DENIED_AFTER.test(folded.slice(end))) return;
    if (datedToPastYear(folded, notice.index, end, now)) return;
    add(notice.index, notice.index + notice[0].length, rule.days - receivedDaysAgo(folded, now), rule.label, rule.lapses === false ? rule.days : undefined);
  }
}

/**
 * The folded text with each routine document's expiry (`ROUTINE_EXPIRY`: "a receita vence") blanked to as many spaces, so the
 * offsets still map to the client's words: its "vence" makes no date of the sentence a deadline, nor its medicine a care stopping.
 */
export function withoutRoutineExpiry(folded: string): string {
  return folded.includes('venc') ? folded.replace(ROUTINE_EXPIRY, (expiry) => ' '.repeat(expiry.length)) : folded;
}

/**
 * Letters every match of a `LEGAL_DEADLINES` pattern holds (the citation's "cita", the notice, the edital, the tax assessment, the
 * refusal, the sentence): most messages tell of no notice, and then the seven patterns are not run one by one. Read off each
 * pattern's alternatives; a spec checks it against a notice of each.
 */
export const NOTICE_WORDS = /cita|notificacao|edital|auto de infracao|indeferi|negaram o beneficio|negou o beneficio|sentenca/;

/** A recent day ("ontem", "semana passada", "faz 5 dias"). */
const RECENT_DAY = /\b(?:hoje|ontem|anteontem|semana passada|esta semana|essa semana|(?:faz|ha) (?:\d+|uns|umas|poucos|dois|tres|quatro|cinco) dias?)\b/;
/** A year told ("em 2021", "no ano de 2019"). */
const TOLD_YEAR = /\b(?:em|no ano de) ((?:19|20)\d{2})\b/g;

/**
 * The notice's sentence dates it to a past year ("em 2021 lavraram um auto de infração", "a sentença saiu em 2019"): its usual term
 * ran out long ago (what is left is the later step: an appeal decided, an execution), so it is no deadline from the message. Without
 * the message time, any year told is past: a client tells the year of a notice only when it is not this one's.
 */
function datedToPastYear(folded: string, start: number, end: number, now?: Date): boolean {
  const sentence = sentenceBefore(folded, start) + folded.slice(start, end) + sentenceAfter(folded, end);
  // A recent day told beside it dates the notice instead ("preso em 2019 ... e ontem saiu a sentença").
  if (RECENT_DAY.test(sentence)) return false;
  return allMatches(TOLD_YEAR, sentence).some((m) => !now || Number(m[1]) < now.getUTCFullYear());
}

/** How many days ago the notice of this message arrived (`RECEIVED_AGO`, `RECEIVED_ON`), or 0 when it does not say. */
function receivedDaysAgo(folded: string, now?: Date): number {
  const onDay = now ? daysSinceArrivalDay(folded, now) : null;
  if (onDay !== null) return onDay;
  const ago = RECEIVED_AGO.exec(folded);
  const weekday = !ago && now ? RECEIVED_WEEKDAY.exec(folded) : null;
  if (weekday) return daysSinceWeekday(weekday[1], now!);
  if (!ago) return 0;
  const day = ago[1] ?? ago[6];
  if (day) return DAYS_AGO[day];
  const unit = ago[3] ?? ago[5] ?? ago[8];
  return parseCount(ago[2] ?? ago[4] ?? ago[7]) * (unit.startsWith('semana') ? DAYS_PER_WEEK : 1);
}

/** Days since the calendar day a notice arrived (`RECEIVED_ON`), or null when the message names none up to `MAX_RECEIVED_DAYS_AGO` back. */
function daysSinceArrivalDay(folded: string, now: Date): number | null {
  const on = RECEIVED_ON.exec(folded);
  const arrived = on && toldDay(+on[1], on[2] ? +on[2] : on[6] ? now.getUTCMonth() + 1 : MONTHS[on[4]], on[3] ?? on[5], now);
  const days = arrived ? -daysLeftAfter(arrived, 0, now).daysLeft : -1;
  return days >= 0 && days <= MAX_RECEIVED_DAYS_AGO ? days : null;
}

function sentences(folded: string): { text: string; start: number }[] {
  const result: { text: string; start: number }[] = [];
  for (const m of allMatches(/[^.;!?\n]+/g, folded)) result.push({ text: m[0], start: m.index });
  return result;
}

/** The text of the sentence that `index` is in, up to `index`. */
/** The marks that end a sentence in folded text. */
const SENTENCE_MARKS = ['.', ';', '!', '?', '\n'];

function sentenceBefore(folded: string, index: number): string {
  const start = Math.max(...SENTENCE_MARKS.map((mark) => folded.lastIndexOf(mark, index - 1))) + 1;
  return folded.slice(start, index);
}

/** The rest of the sentence from `index`, up to its end mark. */
function sentenceAfter(folded: string, index: number): string {
  const stops = SENTENCE_MARKS.map((mark) => folded.indexOf(mark, index)).filter((at) => at >= 0);
  return folded.slice(index, stops.length > 0 ? Math.min(...stops) : folded.length);
}

function relativeDays(word: string, folded: string, now?: Date): number {
  if (word in RELATIVE_DAYS) return RELATIVE_DAYS[word];
  // "quinta da semana que vem": the weekday of the week after this one (weeks start on Sunday), a week when today is not told.
  const nextWeek = NEXT_WEEK_DAY.exec(word);
  const target = WEEKDAYS.indexOf(nextWeek ? nextWeek[1] : word.split(' ').at(-1)!);
  const todayName = TODAY_WEEKDAY.exec(folded)?.[1];
  const today = todayName ? WEEKDAYS.indexOf(todayName) : now ? now.getUTCDay() : null;
  if (today === null) return nextWeek ? RELATIVE_DAYS['semana que vem'] : UNKNOWN_WEEKDAY_DAYS;
  return nextWeek ? 7 - today + target : (target - today + 7) % 7 || 7;
}

function daysToDayOfMonth(day: number, folded: string, now?: Date): number | null {
  if (day < 1 || day > 31) return null;
  const today = TODAY_DAY.exec(folded)?.[1] ?? (now ? String(now.getUTCDate()) : null);
  if (today === null) return UNKNOWN_DAY_OF_MONTH_DAYS;
  const diff = day - Number(today);
  return diff >= 0 ? diff : diff + 30;
}

/** Days to the day and month told ("até dia 2 de abril"), this year, or next year's once this year's is gone. */
function daysToDayOfMonthNamed(day: number, month: number, now: Date): number | null {
  const year = now.getUTCFullYear();
  const dated = (y: number) => new Date(Date.UTC(y, month - 1, day));
  if (dated(year).getUTCDate() !== day) return null;
  const days = daysLeftAfter(dated(year).toISOString().slice(0, 10), 0, now).daysLeft;
  return days >= 0 ? days : daysLeftAfter(dated(year + 1).toISOString().slice(0, 10), 0, now).daysLeft;
}

function daysToEndOfMonth(now?: Date): number {
  if (!now) return UNKNOWN_DAY_OF_MONTH_DAYS;
  const lastDay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0)).getUTCDate();
  return lastDay - now.getUTCDate();
}
