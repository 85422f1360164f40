import { HONOUR_OFFENCES } from '../client-notes.lexicon';
import { HIT_AND_RUN } from '../route-notes.lexicon';
import {
  BLOWS_SUFFERED, CHILD_ABUSE_TOLD, FAMILY_THREATENED, GET_NOT_HARM, HARM_VEILED, HIDDEN_CAMERA, INFORMANT_EXPOSED, KNOWS_WHERE_CLIENT_IS, OWN_INTIMATE_IMAGES, POLICE_TOOK_RELATIVE, RELATIVE_BEATEN,
  REVENGE_SWORN, STALKING_TOLD, STRANGLING, THREAT_TO_BEAT, THREAT_TO_HOME, THREAT_TO_KILL_NAMED,
} from '../safety.lexicon';
import { AreaLexicon } from '../lexicon.types';

const relativeBeaten = Object.fromEntries(RELATIVE_BEATEN.map((phrase) => [phrase, 4]));
// A police report that names the client (or a relative) as the author of a crime ("fez um BO contra mim", "registrou um boletim
// dizendo que eu roubei"): a notitia criminis (CPP art. 5º II and §3º) that opens an inquiry with the client as the suspect, to be
// defended there (CPP art. 14) and weighed for a non-prosecution agreement (CPP art. 28-A), as in a theft (CP art. 155). Not the
// client's own report against someone else ("fiz boletim contra ela porque me xingou"): that one says who did what after "contra".
const REPORTS_AGAINST_CLIENT: Record<string, number> = Object.fromEntries(
  ['boletim', 'bo', 'boletim de ocorrencia', 'ocorrencia'].flatMap((report) => [
    `${report} contra mim`, `${report} dizendo que eu`, `${report} falando que eu`,
    ...['ele', 'ela', 'meu filho', 'minha filha', 'meu marido', 'minha esposa', 'minha mae', 'meu pai'].flatMap((accused) =>
      [`${report} contra ${accused} dizendo`, `${report} contra ${accused} falando`]),
  ].map((term) => [term, 4])));

/** Spyware on a phone, as clients and police reports name it (CP art. 154-A). */
export const SPYWARE_PHRASES: readonly string[] = [
  'aplicativo espiao', 'aplicativo de espionagem', 'app espiao', 'programa espiao', 'software espiao',
  'invasao de dispositivo', 'invasao do meu celular', 'invadiu meu celular', 'invadiu o meu celular', 'hackeou meu celular', 'hackeou o meu celular',
];
const SPYWARE = Object.fromEntries(SPYWARE_PHRASES.map((phrase) => [phrase, 6]));
const INTIMATE_IMAGES_OF_CLIENT = Object.fromEntries(OWN_INTIMATE_IMAGES.map((phrase) => [phrase, 6]));
const strangling = Object.fromEntries(STRANGLING.map((phrase) => [phrase, 4]));
/**
 * A child's sexual abuse told with the child or the act named in the phrase itself ("abusou do meu filho", "abusou sexualmente dela",
 * "toca nas partes íntimas", "abuso sexual infantil"): estupro de vulnerável (CP art. 217-A), a crime's words whoever tells them. Not
 * the phrases that need the child named beside them to read as abuse ("mexe nela", "passou a mão nele", "pelada"): those are read by
 * the client note `child-sexual-abuse`, with a child named.
 */
export const CHILD_ABUSE_NAMED: readonly string[] = CHILD_ABUSE_TOLD.filter((phrase) =>
  phrase.includes('partes intimas') || phrase.includes('sexual') || (phrase.includes('abus') && / (?:do|da) (?:meu |minha )?(?:filh|net|sobrinh|entead|crianca|menin)/.test(phrase)));
const childAbuseNamed = Object.fromEntries(CHILD_ABUSE_NAMED.map((phrase) => [phrase, 4]));

/**
 * An arrest is an event: denied ("não foi preso", "ninguém foi preso") it says that no one is held,
 * so it names no area, where a negated concept ("nem caução") still names its own.
 */
export const DENIED_WHEN_NEGATED: readonly string[] = ['preso', 'foi preso', 'foi presa', 'esta presa', 'prend*'];

/**
 * An arrest asked about or feared, not told ("se ele não pagar vai preso?", "vai pra cadeia?"): a question about what could follow, which
 * any client asks (a lender of the debtor, a seller of a bounced cheque), so it hints at criminal law no more than other weak words.
 */
const ARREST_ASKED: string[] = [
  ...['vai', 'vao', 'iria', 'pode ir', 'vai ir'].flatMap((goes) => [`${goes} preso`, `${goes} presa`, `${goes} pra cadeia`, `${goes} para a cadeia`, `${goes} pra prisao`]),
  'vai ser preso', 'vai ser presa',
  // The lay question whether a wrong "dá cadeia" (leads to jail): asked of what the other did, no arrest told.
  'isso da cadeia', 'isso da prisao', 'isso ai da cadeia', 'isso da cana',
];

/**
 * A wrong the client names a crime in passing ("isso é estelionato, né?", "pra mim isso é crime", "isso foi golpe"): the lay label any
 * aggrieved client gives a debt unpaid, a deposit kept or a purchase gone wrong, asked or asserted, no crime told (a default is no
 * estelionato: CP art. 171 needs the fraud before the gain). It hints at criminal law no more than an arrest asked about; the facts
 * told around it (a blow, a fake receipt, a police inquiry) keep their own weight.
 */
const WRONG_CALLED_A_CRIME: string[] = ['isso', 'isso ai', 'isto', 'pra mim isso', 'para mim isso'].flatMap((that) =>
  ['e', 'nao e', 'foi', 'seria', 'conta como', 'configura'].flatMap((is) =>
    ['crime', 'estelionato', 'roubo', 'furto', 'apropriacao indebita'].map((crime) => `${that} ${is} ${crime}`)));

/**
 * The execution of a criminal sentence and its after-effects, as the convict or a relative tells them with no crime named: a
 * criminal court's matter before the execution judge (LEP arts. 65-66), whatever the family, the job or the town told around it.
 * The sentence served or being served ("cumpre pena", "cumpriu a pena") and its regimes told bare ("tá no aberto", "voltou pro
 * fechado"; CP art. 33; LEP arts. 112 and 118), the open regime's conditions (recolhimento noturno, the monthly signature at the
 * court; LEP arts. 113-116), the temporary leave (LEP arts. 122-125), parole (CP art. 83; LEP art. 131), the sentence extinguished
 * and the record it leaves (LEP art. 202; CP arts. 93-95; CPP arts. 743-750); and an
 * adolescent's socio-educational measure (ECA arts. 112-125). Not the bare "reabilitação" (the INSS's vocational one, Lei 8.213
 * art. 89), nor "limpar o nome" (a consumer's credit record).
 */
const SENTENCE_EXECUTION: Record<string, number> = {
  // Not "cumpriu a pena" alone: the victim tells it of the author whose damages she asks (CC art. 935), the convict's own past told in
  // the first person ("cumpri a pena") or by its end ("terminou de cumprir").
  ...Object.fromEntries(['cumpre', 'cumpria', 'cumprindo', 'cumprir', 'cumpri', 'cumprimento da', 'cumprimento de', 'terminou de cumprir', 'terminei de cumprir']
    .flatMap((serve) => [`${serve} pena`, `${serve} a pena`, `${serve} minha pena`, `${serve} a minha pena`, `${serve} sua pena`, `${serve} a pena dele`, `${serve} a pena dela`])
    .map((phrase) => [phrase, 5])),
  'pena extinta': 5, 'pena foi extinta': 6, 'extincao da pena': 6, 'extinta a pena': 5, 'extincao da punibilidade': 6,
  // The regimes (CP art. 33 §§ 1º-2º), by name or bare after the preposition the families use ("tá no semiaberto", "foi pro fechado").
  'regime aberto': 5, 'regime semiaberto': 6, 'regime semi aberto': 6, 'regime fechado': 5, semiaberto: 5,
  ...Object.fromEntries(['no', 'pro', 'para o', 'do', 'ao'].flatMap((to) => [`${to} aberto`, `${to} semi aberto`, `${to} fechado`]).map((phrase) => [phrase, 4])),
  'progressao de regime': 6, 'regressao de regime': 6, 'regressao cautelar': 6, regrediu: 3, 'livramento condicional': 6, remicao: 4,
  'saida temporaria': 5, 'saidas temporarias': 5, 'recolhimento noturno': 5, 'recolhimento domiciliar': 4,
  ...Object.fromEntries(['assina', 'assinar', 'assinando', 'assino', 'assinei', 'assinatura'].map((sign) => [`${sign} no forum`, 4])),
  'vara de execucoes': 6, 'vara de execucao': 6, 'vara das execucoes': 6, 'execucoes penais': 6, 'execucoes criminais': 6, vep: 5, vec: 4, 'unidade prisional': 5, cdp: 4,
  // The record left (LEP art. 202; CP arts. 93-95): the certificate, the "ficha", the rehabilitation by its criminal name.
  'reabilitacao criminal': 6, 'folha de antecedentes': 5, 'certidao de antecedentes': 5, 'antecedentes criminais': 6, 'certidao criminal': 5,
  'ficha criminal': 5, 'ficha limpa': 4, 'limpar a ficha': 4, ...Object.fromEntries(['', ' dele', ' dela'].map((whose) => [`ficha${whose} fica limpa`, 4])), 'limpar minha ficha': 4, 'limpar a minha ficha': 4,
  // The adolescent's measures other than internment, already read (ECA arts. 112 II-V, 117-120).
  'liberdade assistida': 6, semiliberdade: 6, 'servicos a comunidade': 4, 'servico comunitario': 4,
};

/** Things clients say are "presos" (held by an office, a bank, a yard), with the agreeing form. */
const HELD_THINGS: Array<[string, string]> = [
  ['documento', 'preso'], ['documentos', 'presos'], ['documentacao', 'presa'], ['dinheiro', 'preso'], ['valor', 'preso'], ['saldo', 'preso'], ['pagamento', 'preso'],
  ['carro', 'preso'], ['veiculo', 'preso'], ['moto', 'presa'], ['mercadoria', 'presa'], ['carga', 'presa'], ['processo', 'preso'],
  // Stuck in a machine, as a worker tells an accident ("fui tirar o pedaço preso", "a mão ficou presa na prensa"): no arrest.
  ['pedaco', 'preso'], ['peca', 'presa'], ['material', 'preso'], ['dedo', 'preso'], ['dedos', 'presos'], ['mao', 'presa'], ['braco', 'preso'], ['perna', 'presa'], ['pe', 'preso'],
];

export const CRIMINAL: AreaLexicon = {
  code: 'criminal',
  terms: {
    // Cruelty to an animal, poisoning included (Lei 9.605 art. 32; a dog or cat, Lei 14.064).
    'maus tratos a animais': 6, 'maus tratos ao animal': 6, 'maus tratos contra animais': 6, 'crueldade contra animais': 6, 'envenen*': 3, chumbinho: 4,
    // The injuries of a beating or a strangling as the victim or a relative sees them (lesão corporal, CP art. 129; in the home, §§ 9 and 13).
    // A blow suffered told by the act, as "me bateu" (`BLOWS_SUFFERED`; CP art. 129).
    ...strangling, ...Object.fromEntries(BLOWS_SUFFERED.map((phrase) => [phrase, 4])), 'olho roxo': 4, 'hematoma*': 3,
    // Filming or recording a person's intimacy without consent (CP art. 216-B; a child's, ECA art. 240).
    // A small camera hidden where one undresses (a bathroom, a bedroom) records intimacy by where it is, however it is described.
    ...Object.fromEntries(HIDDEN_CAMERA.map((phrase) => [phrase, 5])),
    // One of the family caught by the police or put in its car (`POLICE_TOOK_RELATIVE`): an arrest, outweighing the car's "viatura".
    ...Object.fromEntries(POLICE_TOOK_RELATIVE.map((phrase) => [phrase, 5])),
    'camera escondida': 4, 'filmou escondido': 5, 'filmando escondido': 5, 'gravou escondido': 4, 'gravando escondido': 4, 'registro nao autorizado': 6, 'cena de nudez': 6, intimidade: 3,
    'comprovante falso': 5, 'falso comprovante': 5, estelionatario: 5, 
    // A thing held ("o documento tá preso no Detran", "o dinheiro ficou preso no banco") is no arrest.
    ...Object.fromEntries(HELD_THINGS.flatMap(([thing, held]) => ['', 'ta ', 'esta ', 'ficou ', 'continua '].map((verb) => [`${thing} ${verb}${held}`, 0]))),
    preso: 5, 'foi presa': 5, 'esta presa': 5, 'foi preso': 6, prisao: 3, delegacia: 4, delegado: 4, ...Object.fromEntries([...ARREST_ASKED, ...WRONG_CALLED_A_CRIME].map((phrase) => [phrase, 1])),
    policia: 2, policial: 2, policiais: 2, 'boletim de ocorrencia': 2, flagrante: 5, inquerito: 4,
    'denunciad*': 3, criminal: 5, crime: 4, 'juizado criminal': 6, 'termo circunstanciado': 6,
    'processo criminal': 6, 'acusad*': 2, reu: 2, 'reu primario': 5, furto: 4, 'furtaram': 3,
    roubo: 4, 'roubaram': 3, 'assalt*': 3, estelionato: 5, golpe: 2, ameaca: 2, 'ameacou': 2,
    agressao: 3, 'agrediu': 3, 'lesao corporal': 5, soco: 2, bati: 2, briga: 1, trafico: 4,
    drogas: 3, homicidio: 6, 'matou': 4, estupro: 6, 'abuso sexual': 5, 'violencia domestica': 4,
    'maria da penha': 4, 'medida protetiva': 3, calunia: 4, difamacao: 3, injuria: 3, 'xingad*': 2, xingou: 2, 'xingament*': 2, intimacao: 1,
    'audiencia de custodia': 6, 'mandado de prisao': 6, preventiva: 4, fianca: 5, 'habeas corpus': 6,
    'lei seca': 4, embriagado: 3, 'porte de arma': 5, 'arma de fogo': 5, revolver: 5, pistola: 5, espingarda: 4, penitenciaria: 5, cadeia: 5, presidio: 5,
    tornozeleira: 5, 'condenad*': 3, 'execucao penal': 6, 'ficha suja': 2, antecedentes: 3,
    ...SENTENCE_EXECUTION,
    maconha: 4, cocaina: 4, droga: 3, 'pego com': 2, 'responder processo': 2, blitz: 3, bafometro: 4,
    // Loitering around the victim's home or work is the stalking of CP art. 147-A ("reiteradamente... perturbando sua esfera de liberdade").
    'fica rondando': 3, 'ficar rondando': 3, 'rondando a minha casa': 4, 'rondando minha casa': 4, 'rondando o meu trabalho': 4, 'rondando meu trabalho': 4,
    // An adolescent held for an ato infracional (ECA art. 103): the internação provisória before the hearing (ECA arts. 108, 174, 183-184)
    // served in a socioeducative unit (ECA art. 123), or the measure itself (ECA arts. 112, 121), a juvenile-criminal defence whoever tells
    // it ("tá na unidade de internação", "levaram ele pro centro socioeducativo", "está na Fundação Casa"), not a stay in hospital
    // (`internacao` alone, a health plan's) nor the staff who work there ("agente socioeducativo", a public servant's case).
    'internacao provisoria': 8, 'internad* provisoriamente': 8, 'unidade de internacao': 6, 'centro de internacao': 6,
    'unidade socioeducativa': 6, 'centro socioeducativo': 6, 'centro de atendimento socioeducativo': 6, 'no socioeducativo': 6, 'pro socioeducativo': 6,
    'fundacao casa': 6, 'ato infracional': 6, 'medida socioeducativa': 6, 'agente socioeducativo': 0, 'agentes socioeducativos': 0,
    'apreendid*': 2, receptacao: 5, perseguicao: 4, criminalmente: 5, 'queixa crime': 6, 'representacao criminal': 6, stalking: 6, 'perfil falso': 3, 'perfis falsos': 3, 'carcere privado': 6,
    // Spyware hidden on the victim's phone: invasão de dispositivo informático (CP art. 154-A), and by a partner or ex-partner the
    // "vigilância constante" of psychological violence (Lei 11.340 art. 7 II).
    ...SPYWARE,
    'fotos intimas': 6, 'foto intima': 6, 'imagens intimas': 6, 'video intimo': 6, 'videos intimos': 6, nudes: 5, 'pornografia de vinganca': 6, 'divulgacao de imagens intimas': 6,
    ...INTIMATE_IMAGES_OF_CLIENT,
    ...childAbuseNamed,
    'estupr*': 6, agressor: 4, solto: 2, 'ameac*': 2, 'ameacando de morte': 5, 'prend*': 3,
    'injuria racial': 6, racismo: 6, racista: 5, 'ofensa racial': 6, 'discriminacao racial': 6,
    // The other crimes of discrimination by their names: homotransphobia held racism (STF ADO 26), religion and origin (Lei 7.716/89 art. 20).
    homofobia: 5, 'homofobic*': 4, transfobia: 5, 'transfobic*': 4, 'intolerancia religiosa': 5, xenofobia: 5,
    'maus tratos': 5, 'violencia contra o idoso': 5, 'violencia contra a pessoa idosa': 5, 'apropriacao indebita': 5, 'empurrou': 2, 'agredindo': 3,
    'me bate': 3, 'me bateu': 4, 'me agrediu': 3, 'ameacou me matar': 5, 'ameaca de morte': 5, 'me ameac*': 3,
    ...relativeBeaten, ...Object.fromEntries(FAMILY_THREATENED.map((phrase) => [phrase, 4])),
    // A beating or a stab promised to the client ("vai me quebrar", "disse que ia me furar"): the threat (CP art. 147), as 'me ameaçou' weighs.
    ...Object.fromEntries(THREAT_TO_BEAT.map((phrase) => [phrase, 3])),
    // So weighs a fire, a poison or a smashing promised to the client's home, shop or animals (CP art. 147, the victim's goods too).
    ...Object.fromEntries(THREAT_TO_HOME.map((phrase) => [phrase, 3])),
    // And a revenge sworn, or the victim pressed to drop the case (CP arts. 147 and 344).
    ...Object.fromEntries(REVENGE_SWORN.map((phrase) => [phrase, 3])),
    // A harm promised without its name (`HARM_VEILED`, `KNOWS_WHERE_CLIENT_IS`): the client to be "got", where the client lives or
    // works told as known, "isso vai ter volta", "não perde por esperar": the harm promised or implied (CP art. 147), whatever debt,
    // dismissal or report it came from; not the "pegar" of a lawsuit, a catch at work or a ride (`GET_NOT_HARM`, longer, weighs nothing).
    ...Object.fromEntries([...HARM_VEILED, ...KNOWS_WHERE_CLIENT_IS].map((phrase) => [phrase, 3])), ...Object.fromEntries(GET_NOT_HARM.map((phrase) => [phrase, 0])),
    // The informant told as exposed to the one reported ("descobriu que fui eu que fiz a denúncia"): a report to the police, the
    // witness protection's ground (Lei 9.807/99 art. 1º; CPP art. 201 §6º).
    ...Object.fromEntries(INFORMANT_EXPOSED.map((phrase) => [phrase, 3])),
    // A stab or a shot suffered, told by the act ("me esfaqueou", "atirou em mim", "levei um tiro"): lesão corporal or an attempted
    // homicide (CP arts. 121 and 129), a crime's words whoever tells them; not a stab or a shot only promised (`THREAT_TO_BEAT`, longer).
    'me esfaqueou': 4, 'me esfaquearam': 4, 'fui esfaquead*': 4, 'levei uma facada': 4, 'levei facada': 4, 'levei um tiro': 4, 'levei uns tiros': 4,
    'atirou em mim': 4, 'atiraram em mim': 4, 'me deu um tiro': 4, 'me deu uma facada': 4, 'fui baleado': 4, 'fui baleada': 4,
    // A blow with a gun's butt, a beating, or the client held at gunpoint or knifepoint to be robbed ("levei uma coronhada", "me
    // espancaram", "me renderam"): lesão corporal (CP art. 129) or the robbery's violence (CP art. 157), a crime's words however the rest
    // of the story reads (the car taken is no collision).
    'me deu uma coronhada': 4, 'me deram uma coronhada': 4, 'levei uma coronhada': 4,
    'me espancou': 4, 'me espancaram': 4, 'fui espancad*': 4, 'me renderam': 4, 'me rendeu': 4, 'fui rendid*': 4,
    // Stalking told in everyday words (`STALKING_TOLD`): the perseguição of CP art. 147-A, as 'fica rondando' weighs.
    ...Object.fromEntries(STALKING_TOLD.map((phrase) => [phrase, 3])),
    // A death promised to the client or a relative told in reported speech ("jurou matar meu marido", "disse que ia matar minha mãe"):
    // the threat (CP art. 147) as 'ameaçou me matar' weighs, whatever the quarrel (a debt, a rent, a separation) it came from.
    ...Object.fromEntries(THREAT_TO_KILL_NAMED.map((phrase) => [phrase, 5])),
    // The driver who fled without helping the victim (CTB arts. 304 and 305): a crime whatever the road words around it.
    ...Object.fromEntries(HIT_AND_RUN.map((phrase) => [phrase, 4])),
  },
  subareas: [
    {
      // Someone held now: the flagrante's communication and the custody hearing run in 24 h (CPP arts. 306 and 310); an arrest told
      // as undone or past is the record or the damages, with no custody to end. Nor is one only wished or asked about ("quero que ele
      // seja preso", "ele pode ser preso?"): no one held, the inquiry runs (CPP arts. 5 and 27), and the 24 h are the arrest's own.
      id: 'criminal.prisao', label: 'prisão (flagrante ou preventiva)', urgencyH: 24, urgentWith: ['prisao', 'mandado-em-aberto', 'apreensao-adolescente', 'internacao-adolescente'], urgentOnlyWith: true, complexity: 2,
      terms: { preso: 3, 'foi presa': 3, flagrante: 4, preventiva: 5, 'mandado de prisao': 5, delegacia: 2, 'audiencia de custodia': 4, fianca: 3, 'habeas corpus': 4 },
    },
    {
      id: 'criminal.menor-potencial', label: 'infração de menor potencial ofensivo (juizado criminal)', urgencyH: 168,
      // Also the drug kept for one's own use (Lei 11.343/06 art. 28: no prison, a TCO signed and released) and the
      // transação penal offered at the preliminary hearing (Lei 9.099/95 arts. 69 and 76), as clients tell them.
      // The court's full name (Lei 9.099/95 art. 60: "Juizado Especial Criminal"), as the summons prints it.
      terms: { 'juizado criminal': 5, 'juizado especial criminal': 5, 'termo circunstanciado': 5, 'audiencia preliminar': 4, 'lesao corporal': 3, briga: 2, soco: 2, 'empurr*': 2, ameaca: 1,
        tco: 5, jecrim: 5, 'transacao penal': 5, 'porte para uso': 4, 'porte para consumo': 4, 'uso pessoal': 4, 'consumo pessoal': 4, 'para consumo proprio': 4,
        'termo de compromisso': 3, 'assinou um termo': 3, 'assinei um termo': 3, 'assinou o termo': 3, 'assinei o termo': 3, 'um baseado': 3 },
    },
    {
      id: 'criminal.vitima', label: 'vítima de crime (acompanhamento e reparação)',
      // The client who wants the other prosecuted speaks as the victim.
      terms: { 'processar criminalmente': 5, 'processa la criminalmente': 5, 'processa lo criminalmente': 5, 'responda criminalmente': 5, 'representar criminalmente': 5, 'fui vitima': 3, 'me ameac*': 3, ameacou: 2, perseguicao: 4, stalking: 5, 'perfis falsos': 2, 'perfil falso': 2, 'fui assaltad*': 3, 'fui roubad*': 3, 'me roubaram': 3, 'fui furtad*': 3, 'me furtaram': 3, 'fui agredid*': 3 },
    },
    {
      id: 'criminal.vitima-golpe', label: 'vítima de golpe ou estelionato',
      terms: { golpe: 4, estelionato: 5, fraude: 2, pix: 2, 'golpista*': 4 },
    },
    {
      // The protective order is decided within 48 h (Lei 11.340/06 arts. 18 and 22) while the violence or the threat goes on; one
      // long past, the aggressor gone, asks for none.
      id: 'criminal.violencia-domestica', label: 'violência doméstica e medidas protetivas', urgencyH: 24, urgentWith: ['violencia'], complexity: 1,
      terms: { 'violencia domestica': 5, 'maria da penha': 5, 'medida protetiva': 5, 'me bate': 4, 'me bateu': 4, 'me agrediu': 3, agressao: 2, 'ameacou me matar': 3, 'vai me matar': 3, ...relativeBeaten,
        // A partner who does not accept the separation is a risk factor of the Formulário Nacional de Avaliação de Risco (Lei 14.149/21;
        // Resolução Conjunta CNJ/CNMP 5/2020): told beside threats, the separation is the violence's setting, not a family remedy asked.
        // A partner's spyware is the "vigilância constante" of Lei 11.340 art. 7 II.
        'aplicativo espiao': 4, 'app espiao': 4, 'programa espiao': 4, 'aplicativo de espionagem': 4, 'vigilancia constante': 4,
        'nao aceita a separacao': 4, 'nao aceitou a separacao': 4, 'nao aceita o fim': 4, 'nao aceitou o fim': 4, 'nao aceita o termino': 4, 'nao aceitou o termino': 4 },
    },
    {
      // Intimate images shared without consent (CP art. 218-C): a crime against sexual dignity, prosecuted by the State without a
      // private complaint (no six-month queixa), and psychological violence when the author is a partner or ex-partner (Lei 11.340 art. 7 II).
      id: 'criminal.imagens-intimas', label: 'divulgação de imagens íntimas sem consentimento',
      terms: { 'fotos intimas': 6, 'foto intima': 6, 'imagens intimas': 6, 'video intimo': 6, 'videos intimos': 6, nudes: 5, 'pornografia de vinganca': 6, 'divulgacao de imagens intimas': 6, ...INTIMATE_IMAGES_OF_CLIENT },
    },
    {
      id: 'criminal.honra', label: 'crimes contra a honra',
      // A false accusation or a slander told with the client as its object (CP arts. 138-139).
      terms: { ...HONOUR_OFFENCES, calunia: 5, difamacao: 5, injuria: 5, 'injuria racial': 6, racismo: 4, 'mentiras sobre mim': 3, 'xingad*': 3, xingou: 3, 'xingament*': 3,
        'me acusou de': 2, 'me acusando de': 2, 'falando mal de mim': 3, 'falsa acusacao': 3, 'acusacao falsa': 3,
        // The crime named as what the client sues for ("quero processar ele por calúnia"): the queixa-crime of the offended person (CP
        // arts. 138-140 and 145), not the damages, which are asked by their own name ("danos morais"): the crime's weight, and none of civil's.
        ...Object.fromEntries(['processar', 'processa lo', 'processa la', 'processar ele', 'processar ela', 'processo', 'queixa'].flatMap((sue) =>
          ['calunia', 'difamacao', 'injuria'].map((crime) => [`${sue} por ${crime}`, 5]))) },
    },
    // Reached from the client's role (`SUBAREA_PRECEDENCES`): summoned only to tell what they saw, no party (CPP arts. 202-225).
    { id: 'criminal.testemunha', label: 'intimação para depor como testemunha', terms: {} },
    {
      // The client under a police inquiry for a crime beyond the juizado: defence in the inquiry and the risk of a charge (CPP
      // art. 14; ANPP, art. 28-A) make it more than a simple case, as a lawyer reads custody or a public exam.
      id: 'criminal.investigacao', label: 'investigação e inquérito policial', urgencyH: 168, complexity: 1,
      terms: { inquerito: 4, 'investigad*': 4, intimacao: 2, 'intimad*': 2, depoimento: 3, depor: 3, 'prestar depoimento': 4, ...REPORTS_AGAINST_CLIENT },
    },
    {
      id: 'criminal.execucao-penal', label: 'execução penal',
      terms: { 'condenad*': 2, regime: 2, progressao: 4, 'execucao penal': 5, saidinha: 4, tornozeleira: 3 },
    },
    {
      id: 'criminal.transito', label: 'crime de trânsito (embriaguez)',
      terms: { 'lei seca': 5, embriagado: 4, bafometro: 4, 'dirigindo bebado': 5 },
    },
  ],
  defaultSubarea: 'defesa criminal',
  topics: ['urgency', 'timeline', 'location', 'parties', 'documents', 'outcome'],
  recommendedAction: 'Contato com advogado criminalista para acompanhar o caso e preparar a defesa ou a representação da vítima.',
  nextSteps: [
    'Reunir boletim de ocorrência, intimações e qualquer documento da delegacia ou do fórum',
    'Anotar nomes de testemunhas e guardar provas (mensagens, câmeras, comprovantes)',
    'Não prestar depoimento sem a presença de advogado',
  ],
};
