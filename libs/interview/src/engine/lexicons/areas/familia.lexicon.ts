import { AreaLexicon } from '../lexicon.types';
import { BEQUESTS, GUESTHOUSE } from '../route-notes.lexicon';

/**
 * A couple living as married without a wedding (união estável, CC art. 1.723), in everyday words. Not "vivemos juntos" alone: the
 * companion who asks the INSS for the death pension tells the same life as the proof of dependency.
 */
const COHABITATION: Record<string, number> = {
  'sem casar no papel': 5, 'sem casar no civil': 5, 'nunca casamos no papel': 5, 'sem papel passado': 4, 'juntos sem casar': 4, 'morando juntos sem casar': 5,
  'como marido e mulher': 4, 'amasiad*': 4, 'amigad*': 4,
};

/** Whose wedding a client attends, hosts or pays for: a relative's or a friend's, never the client's own marriage. */
const WEDDING_GUESTS_OF = [
  'da minha irma', 'do meu irmao', 'da minha prima', 'do meu primo', 'da minha filha', 'do meu filho', 'da minha sobrinha', 'do meu sobrinho',
  'da minha neta', 'do meu neto', 'da minha amiga', 'do meu amigo', 'de uma amiga', 'de um amigo', 'de um parente', 'da minha cunhada', 'do meu cunhado',
];
const WEDDING_ATTENDED = ['festa de casamento', 'buffet de casamento', ...WEDDING_GUESTS_OF.map((whose) => `casamento ${whose}`)];
/** A spouse named as the client's companion in the act ("eu e meu marido compramos"). */
const SPOUSE_BESIDE = ['eu e minha esposa', 'eu e meu marido', 'eu e minha mulher', 'minha esposa e eu', 'meu marido e eu', 'minha mulher e eu'];

/**
 * An adult who cannot manage his own life, as the relative who cares for him tells it: the parent whose disabled child comes of age
 * (the poder familiar ends at 18, CC arts. 5º and 1.635 III) and wants to stay responsible for him, the child whose elder lost
 * discernment, the brother who cannot handle money. What that relative asks is a curatela, limited to the patrimonial acts (CC arts.
 * 1.767 I and 1.782; Lei 13.146/15 arts. 84-85; CPC arts. 747 ss.), or a tomada de decisão apoiada (CC art. 1.783-A). Not the bare
 * diagnosis (autismo, síndrome de Down), told as well of the BPC, the health plan or the school, nor a bare "continuo responsável",
 * told by the partner who leaves a firm.
 */
const CURATED_INCAPACITY: Record<string, number> = {
  'sem discernimento': 4, 'nao tem discernimento': 4, 'nao tem mais discernimento': 4, 'perdeu o discernimento': 4, 'nao consegue decidir': 4,
  'nao responde por si': 4, 'nao consegue lidar com dinheiro': 3, 'nao sabe lidar com dinheiro': 3,
  // The same told as the family sees it: money or accounts not understood at all, an elder gone senile, talk that makes no sense
  // ("não entende nada de dinheiro", "ficou esclerosado", "não fala coisa com coisa"): the inability the curatela answers (CC art. 1.767 I).
  ...Object.fromEntries(['dinheiro', 'conta', 'contas'].map((money) => [`nao entende nada de ${money}`, 4])),
  'esclerosad*': 4, 'nao fala coisa com coisa': 4,
};
const CURATED_ADULT: Record<string, number> = {
  'lidar com dinheiro': 3, 'mexer com dinheiro': 3, ...CURATED_INCAPACITY,
  ...Object.fromEntries(['ele', 'ela'].flatMap((whom) => ['continuar', 'continuo', 'continue', 'ficar', 'fico'].map((verb) => [`${verb} responsavel por ${whom}`, 5]))),
  // The responsibility asked told with the law's word before the person ("como fico responsável legalmente por ele"): the curator's.
  ...Object.fromEntries(['ele', 'ela'].flatMap((whom) => [`responsavel por ${whom} legalmente`, `responsavel legalmente por ${whom}`, `legalmente responsavel por ${whom}`].map((phrase) => [phrase, 5]))),
};

export const FAMILIA: AreaLexicon = {
  code: 'familia',
  terms: {
    'alimentos aos pais': 7, 'alimentos para os pais': 7, 'pensao para os pais': 7, 'filhos em boa situacao': 4, 'filhos com condicoes': 4, 'ajuda dos filhos': 4, 'obrigar os filhos': 5, 'obrigar meus filhos': 5, 'filhos fossem obrigados': 5,
    // A child who alone supports a parent, against the siblings who refuse their share (CC art. 1.698; Estatuto da Pessoa Idosa art. 12).
    'irmaos nao ajud*': 5, 'irmaos nao querem ajud*': 5, 'irmaos nao querem dar': 5, 'irmaos nao dao nada': 5, 'irmaos nao contribu*': 5, 'irmaos se recusam a ajud*': 5,
    'irmaos que nao ajud*': 5, 'obrigar meus irmaos': 5, 'obrigar os meus irmaos': 5, 'obrigar os irmaos': 5, 'obrigar meu irmao': 5, 'obrigar o meu irmao': 5,
    revisional: 5, 'revisao da pensao': 6, 'reduzir a pensao': 6, 'revisao de alimentos': 6, alimentante: 4,
    // A guesthouse (pensão) told as the place is lodging, no alimony (the longer phrase wins over the bare word).
    ...Object.fromEntries(GUESTHOUSE.map((stay) => [stay, 0])),
    pensao: 4, 'pensao alimenticia': 6, alimentos: 3, divorcio: 6, 'divorciar': 6, separacao: 4, 'separar': 3,
    casamento: 3, 'casad*': 2, casamos: 3, marido: 2, esposa: 2, 'ex marido': 3, 'ex mulher': 3,
    'ex esposa': 3, 'meu ex': 3, 'minha ex': 3, 'ex companheir*': 4, 'companheir*': 2, 'uniao estavel': 7,
    // A dating relationship is no family entity (CC art. 1.723 asks a union lived as a family): between ex-boyfriends there is
    // no partition nor support, so what they dispute (a loan, a gift, intimate images) is civil or criminal. Worth nothing, the
    // longer phrase keeps 'meu ex' inside it from naming a family case.
    'ex namorad*': 0, 'meu ex namorado': 0, 'minha ex namorada': 0, 'o meu ex namorado': 0, 'a minha ex namorada': 0,
    // A wedding the client attends or pays for as a guest or a host (a relative's, a friend's, its party) and a spouse who acts beside
    // the client ("eu e minha esposa compramos") are no family dispute: what is at issue is a flight, a buffet, a purchase. Worth
    // nothing, the longer phrase keeps 'casamento', 'marido' or 'esposa' inside it from naming a family case; a divorce or a dispute
    // between the spouses is told in words of its own ('divorcio', 'nos separamos', 'guarda').
    ...Object.fromEntries([...WEDDING_ATTENDED, ...SPOUSE_BESIDE].map((phrase) => [phrase, 0])),
    'moramos juntos': 3, 'morar junto*': 2, 'nunca casamos': 5,
    // A union lived as a marriage without the paper (união estável: public, continuous and lasting, CC art. 1.723), as clients say it.
    ...COHABITATION, guarda: 4, 'guarda compartilhada': 6,
    visitas: 3, filho: 1, filha: 1, filhos: 1, crianca: 1, paternidade: 5, dna: 4, adocao: 5,
    // A child's travel (abroad, or away without one parent) needs both parents' authorisation, with the signatures notarised, and the
    // court supplies a refused one (ECA arts. 83-84; Resolução CNJ 131/2011; CC art. 1.631 p.u.): a family case, the holidays and the
    // notary's "firma" only tell when and how. Not the worker's holidays nor the firm that employs.
    'autorizacao de viagem': 6, 'autorizacao para viagem': 6, 'autorizacao pra viagem': 6, 'autorizacao para viajar': 6, 'autorizacao pra viajar': 6,
    'assinar a autorizacao': 4, 'nao quer assinar a autorizacao': 6, 'suprimento de consentimento': 6, 'suprimento judicial de consentimento': 6,
    ...Object.fromEntries(['minha filha', 'meu filho', 'meus filhos', 'minhas filhas', 'as criancas', 'a crianca'].flatMap((child) =>
      [`viajar com ${child}`, `levar ${child} pra disney`, `levar ${child} para o exterior`, `levar ${child} pro exterior`].map((phrase) => [phrase, 4]))),
    'reconhece a firma': 0, 'reconhecer a firma': 0, 'reconhecer firma': 0, 'firma reconhecida': 0, 'reconhecimento de firma': 0,
    partilha: 4, 'partilha de bens': 6, heranca: 4, inventario: 5, testamento: 4, 'herdeir*': 3,
    // Planning one's own succession (testamento, CC arts. 1.857 ss.; doação com reserva de usufruto).
    'planejamento sucessorio': 7, 'fazer testamento': 6, 'fazer um testamento': 6, 'testamento publico': 6, 'herdeiros necessarios': 5, deserdar: 6, 'reserva de usufruto': 4,
    ...Object.fromEntries(BEQUESTS.map((phrase) => [phrase, 4])),
    // The drug named after the illness ("o remédio do alzheimer", "medicamento pra demência") is the SUS's supply (Lei 8.080/90 art.
    // 6º I d), no sign that the person cannot govern herself (CC art. 1.767): worth nothing here.
    ...Object.fromEntries(['alzheimer', 'demencia'].flatMap((illness) => ['remedio do', 'remedio de', 'remedio pro', 'remedio para', 'medicamento do',
      'medicamento de', 'medicamento pro', 'medicamento para'].map((drug) => [`${drug} ${illness}`, 0]))),
    curatela: 5, interdicao: 4, curador: 5, interditar: 5, alzheimer: 3, demencia: 3, 'alienacao parental': 6, 'violencia domestica': 2, 'regime de bens': 5, 'pacto antenupcial': 6, 'separacao total de bens': 5, 'separacao de bens': 4,
    'pai do meu filho': 4, 'mae do meu filho': 4, 'pai da minha filha': 4, 'mae da minha filha': 4, 'pai dos meus filhos': 4,
    'mae dos meus filhos': 4, 'pai das minhas filhas': 4, 'mae das minhas filhas': 4, 'pai das criancas': 4, 'mae das criancas': 4, genitor: 4, genitora: 4,
    // A separation under way and the marriage's regime and time told ("estamos nos separando", "casamos em comunhão parcial",
    // "financiou antes da gente casar"): the couple's division (CC arts. 1.658-1.660), not a plain property case.
    'me separando': 4, 'nos separando': 4, 'estamos separando': 4, 'estou separando': 4, 'comunhao parcial': 5,
    'antes da gente casar': 4, 'antes de casarmos': 4, 'antes de casar': 3, 'durante o casamento': 4,
    // The end of a marriage in lay words, and the wish to marry again that only a divorce allows (CC art. 1.521 VI): a divorce.
    'nos separamos': 5, 'se separamos': 5, 'a gente se separou': 5, 'casar de novo': 4, 'casar novamente': 4, 'casamos no civil': 4, 'casei no civil': 4,
    'abandono do lar': 4, 'separacao de fato': 4, 'separacao de corpos': 5, 'separad* de corpo*': 4,
    // A curatela (CC arts. 1.767 ss.; Lei 13.146 art. 84): the words of the incapacity it asks a judge to declare.
    // The incapacity told as relatives see it, memory failing by the month: what a curatela's expert examination assesses (CPC art. 753).
    'cada vez mais esquecid*': 4, 'perdendo a memoria': 4, 'perdeu a memoria': 3, 'nao reconhece mais ninguem': 4, 'nao reconhece mais a gente': 4, 'nao reconhece mais as pessoas': 4, 'nao reconhece mais direito': 4,
    ...CURATED_ADULT, 'curadora': 5, 'tomada de decisao apoiada': 6, 'atos da vida civil': 5, 'administrar a propria vida': 4, 'administrar os proprios bens': 4,
    'direito de visita*': 5, 'regulamentacao de visitas': 5, avo: 3, avos: 3, 'avo paterna': 4, 'avo materna': 4, neto: 2, neta: 2, netos: 2,
    'prisao civil': 5, 'preso por pensao': 5, 'presa por pensao': 5, 'prisao por pensao': 5,
    'exoneracao de alimentos': 6, 'diminuir a pensao': 6, 'meacao': 5, 'conselho tutelar': 4, 'mae dos meus netos': 4, 'pai dos meus netos': 4, 'guarda dos meus netos': 6, 'alimentos gravidicos': 7, 'despesas da gravidez': 5, 'pai do bebe': 4, 'pai da crianca': 4,
  },
  subareas: [
    {
      id: 'familia.execucao-alimentos', label: 'execução de alimentos (pensão atrasada)', urgencyH: 168,
      // The arrest for unpaid child support is civil (CF art. 5 LXVII, CPC art. 528 §3): an enforcement, not a crime.
      terms: { 'parou de pagar': 2, 'parou de depositar': 3, 'nao depositou': 2, 'nao paga': 2, 'atrasad*': 2, devendo: 2, pensao: 2, 'prisao civil': 5, 'preso por pensao': 5, 'presa por pensao': 5, 'prisao por pensao': 5, 'pensao em atraso': 3 },
    },
    {
      id: 'familia.alimentos', label: 'pensão alimentícia (fixação ou revisão)',
      // The nouns of a revision as well as its verbs: an increase or a reduction asked of a support already set (CC art. 1.699).
      terms: { 'pensao alimenticia': 4, 'pedir pensao': 4, 'aumentar a pensao': 5, 'diminuir a pensao': 5, 'reduzir a pensao': 5, 'aumento da pensao': 5, 'reducao da pensao': 5, 'majoracao da pensao': 5, 'majoracao dos alimentos': 5, 'revisional': 5, 'exoneracao de alimentos': 5, 'alimentos gravidicos': 6, 'despesas da gravidez': 4, revisao: 2, alimentos: 2 },
    },
    // Reached from the payer's own words (`SUBAREA_PRECEDENCES`), not from terms: the payer's revision and exoneration. The reduction
    // is never simple: the payer proves the change of his means against the child's needs, which the other parent contests (CC arts.
    // 1.694 §1º and 1.699; Lei 5.478/68 art. 13).
    { id: 'familia.revisao-alimentos', label: 'revisão de alimentos (redução pedida por quem paga)', complexity: 1, notLow: true, terms: {} },
    { id: 'familia.exoneracao-alimentos', label: 'exoneração de alimentos (fim do dever de pagar a pensão)', terms: {} },
    {
      id: 'familia.divorcio', label: 'divórcio',
      terms: { divorcio: 5, divorciar: 5, separacao: 3, casamento: 2, casados: 2, 'nos separamos': 3, 'se separamos': 3, 'casar de novo': 3, 'casar novamente': 3 },
    },
    {
      id: 'familia.uniao-estavel', label: 'dissolução de união estável e partilha', complexity: 1,
      terms: { 'uniao estavel': 5, 'nunca casamos': 5, 'moramos juntos': 3, 'morar junto*': 3, 'vivi': 1, 'companheir*': 2, ...COHABITATION },
    },
    {
      id: 'familia.guarda', label: 'guarda e convivência', complexity: 1,
      terms: {
        // The other parent keeping the child from the client, told with a pronoun ("não deixa eu ver ele"): the visiting
        // arrangement to regulate (CC art. 1.589; CPC art. 693), beside any support mentioned.
        'nao deixa eu ver ele': 5, 'nao deixa eu ver ela': 5, 'nao me deixa ver ele': 5, 'nao me deixa ver ela': 5, 'nao deixa eu ver eles': 5,
        'nao deixa eu ver o menino': 5, 'nao deixa eu ver a menina': 5, 'nao deixa eu ver as criancas': 5, 'nao deixa eu ver os meninos': 5,
        'me impede de ver ele': 5, 'me impede de ver ela': 5, 'me proibiu de ver ele': 5, 'me proibiu de ver ela': 5, guarda: 4, visitas: 3, convivencia: 3, 'alienacao parental': 4, 'direito de visita': 5, 'regulamentacao de visitas': 5, 'ver meu filho': 3, 'ver minha filha': 3, 'ver os meus filhos': 3, 'ver as criancas': 3, avo: 2, avos: 2, neto: 2, neta: 2, netos: 2, visitar: 2 },
    },
    {
      id: 'familia.paternidade', label: 'investigação de paternidade',
      terms: { paternidade: 5, 'negatoria de paternidade': 6, 'nao sou o pai': 5, dna: 4, 'pai biologico': 5, registrar: 1, registrei: 1 },
    },
    {
      id: 'familia.sucessoes', label: 'inventário e herança', complexity: 1,
      terms: { inventario: 5, heranca: 5, 'herdeir*': 3, testamento: 4, faleceu: 2, falecimento: 2, espolio: 4,
        // The estate told without its name: what the dead person left, and heirs who will not share it (CC arts. 1.784 and 1.791).
        'deixou uma casa': 4, 'deixou um apartamento': 4, 'deixou um terreno': 4, 'deixou uma fazenda': 4, 'deixou um sitio': 4, 'deixou uma chacara': 4,
        'deixou um imovel': 4, 'deixou bens': 4, 'deixou uns bens': 4, 'bens que ele deixou': 4, 'bens que ela deixou': 4, 'o que ele deixou': 3, 'o que ela deixou': 3,
        'dividir os bens': 3, 'dividir a casa': 3, 'nao quer dividir': 2 },
    },
    {
      // A court proceeding with the judge's interview and a compulsory expert examination (CPC arts. 751 and 753), never a notary's act.
      id: 'familia.curatela', label: 'curatela e interdição', complexity: 1,
      terms: { 'cada vez mais esquecid*': 3, 'perdendo a memoria': 3, 'nao reconhece mais ninguem': 3, curatela: 5, interdicao: 5, alzheimer: 3, 'nao tem mais condicoes': 2, curador: 5, interditar: 5, 'responsavel legal': 3, demencia: 3,
        // The incapacity itself, as `CURATED_ADULT` tells it (CC art. 1.767 I): not the wish to stay responsible alone, also told of a
        // grown child who manages well and needs no curator.
        ...Object.fromEntries(Object.keys(CURATED_INCAPACITY).map((phrase) => [phrase, 3])) },
    },
    {
      // Always a judgment (ECA arts. 39 §1 and 47): through the national register (art. 50), or outside it for a stepparent, a
      // relative or a child already in the adopters' lawful guardianship (art. 50 §13); the birth parents' consent or the
      // destituição do poder familiar (arts. 155-163) comes first.
      id: 'familia.adocao', label: 'adoção', complexity: 1,
      terms: { adocao: 5, adotar: 5, 'adota-la': 5, 'adota-lo': 5, 'fila da adocao': 6, 'fila de adocao': 6, 'cadastro de adocao': 6, 'cadastro nacional de adocao': 6,
        'destituicao do poder familiar': 6, 'perda do poder familiar': 5, 'guarda de fato': 3, 'acolhimento institucional': 4, 'vara da infancia': 3, 'adocao unilateral': 6 },
    },
  ],
  defaultSubarea: 'direito de família',
  topics: ['parties', 'timeline', 'amount', 'location', 'documents', 'outcome', 'urgency'],
  recommendedAction: 'Avaliar com advogado de família a ação cabível e a possibilidade de acordo homologado.',
  nextSteps: [
    'Reunir certidões (casamento, nascimento dos filhos) e decisões judiciais anteriores',
    'Juntar comprovantes de pagamentos, gastos dos filhos e bens do casal',
    'Anotar endereço e renda conhecida da outra parte',
  ],
};
