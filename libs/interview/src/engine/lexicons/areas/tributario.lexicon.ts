import { AreaLexicon } from '../lexicon.types';
import { PRESCRIPTION } from './administrativo.lexicon';
import { IR_WITHHELD, MEAT, MUNICIPAL_FEES, MUNICIPAL_FEES_ON_BILL, POLICE_POWER_FEES } from '../route-notes.lexicon';

export const TRIBUTARIO: AreaLexicon = {
  code: 'tributario',
  terms: {
    lancamento: 4, 'impugnacao': 3, 'impugnar o lancamento': 6, 'valor venal': 3, carne: 2,
    // Folded, "carne" is the payment booklet (carnê) and meat too: meat told with its feminine article, its kind or its trade ("a carne
    // veio estragada", "o frigorífico que me fornece carne") is goods sold (CC art. 481), no tax's or the INSS's booklet. Here once for
    // every lexicon whose bare "carne" names the booklet (the longer phrase wins).
    ...Object.fromEntries(MEAT.map((meat) => [meat, 0])),
    // Folded, "receita" is also the doctor's prescription ("tenho a receita do cardiologista", "renovar a receita do remédio"): a
    // prescription told with its doctor, its drug or its holder names no Receita Federal and no tax (CTN art. 3º); worth nothing here.
    ...Object.fromEntries(PRESCRIPTION.map((phrase) => [phrase, 0])),
    'isencao de iptu': 6, 'isencao do iptu': 6, 'isencao de ipva': 6, 'isencao do ipva': 6, 'isento de iptu': 6, 'isento do iptu': 6, 'isento de ipva': 6, 'isento do ipva': 6,
    imposto: 4, impostos: 4, tributo: 5, 'tributari*': 5, ipva: 7, iptu: 3, icms: 6, iss: 4, itbi: 3,
    itcmd: 5, 'imposto de renda': 5, 'malha fina': 6, 'receita federal': 6, receita: 2, leao: 2,
    'simples nacional': 6, 'guia do das': 5, 'das do mei': 5, mei: 2, 'divida ativa': 5, 'execucao fiscal': 6,
    // The Simples Nacional in its taxpayers' words (LC 123/06 arts. 12, 13, 18-A, 21 and 30-31): the regime a business is in, opts
    // for, leaves for the lucro presumido or is excluded from, and its taxes and debts; "simples" told with the regime's verbs or the
    // business, never bare ("pelo simples fato"). And the DAS, its single monthly guide, in arrears: a hint only, since the DAS an MEI
    // pays carries the INSS contribution too (LC 123/06 art. 18-A §3º V), and arrears paid late for a benefit are the INSS's question.
    ...Object.fromEntries([
      ...['excluid*', 'exclusao', 'sair', 'saiu', 'imposto*', 'guia*', 'debito*', 'divida*'].map((regime) => `${regime} do simples`),
      ...['continuar', 'ficar', 'entrar', 'optante', 'enquadrad*'].map((regime) => `${regime} no simples`),
      ...['empresa', 'microempresa', 'loja', 'firma'].flatMap((business) => [`minha ${business} do simples`, `minha ${business} no simples`, `uma ${business} no simples`]),
    ].map((regime) => [regime, 5])),
    'optante pelo simples': 6, 'lucro presumido': 6, 'limite do mei': 5, 'desenquadr*': 4,
    'das atrasad*': 2, 'das em atraso': 2, 'das em aberto': 2, 'pendencia de das': 2,
    'certidao negativa': 4, fisco: 5, sefaz: 5, restituicao: 3, parcelamento: 2, refis: 5,
    contador: 1, 'autuacao fiscal': 5, 'auto de infracao': 3, darf: 5, 'cpf irregular': 3,
    'imposto de transmissao': 6, isencao: 3, 'imunidade tributaria': 6, 'guia': 1, 'prefeitura cobrando': 2,
    tusd: 6, tust: 6, 'tarifas de transmissao': 4, 'tarifa de transmissao': 4, 'contribuicao patronal': 6, 'contribuicao previdenciaria patronal': 6, 'cota patronal': 6, 'compensacao tributaria': 6, gfip: 4, esocial: 3,
    bitributacao: 6, 'bis in idem': 5, cpom: 5, 'cadastro de prestador*': 4, 'local da prestacao': 4, 'imposto sobre servicos': 6,
    // Tributes other than taxes that a city or state charges the owner (CTN arts. 77 and 81; CF art. 149-A).
    // The city's fees and the street-lighting contribution, whatever bill carries them (`MUNICIPAL_FEES`).
    'contribuicao de melhoria': 6, ...Object.fromEntries(MUNICIPAL_FEES.map((phrase) => [phrase, 5])), 'contribuicao de iluminacao publica': 6,
    // The fees of the licence, the inspection and the fire brigade (`POLICE_POWER_FEES`): longer than the licence's and the inspectorate's
    // own words ('alvara', 'vigilancia sanitaria'), which they take.
    ...Object.fromEntries(POLICE_POWER_FEES.map((phrase) => [phrase, 5])),
    // The fee told with the bill that carries it: the bill's words say where the city's tribute is collected (`MUNICIPAL_FEES_ON_BILL`).
    ...Object.fromEntries(MUNICIPAL_FEES_ON_BILL.map((phrase) => [phrase, 6])),
    // A debt owed to the city is a tax or fee in dívida ativa (CTN art. 201; Lei 6.830/80): the municipal fisco as creditor.
    // The yearly IPTU assessment contested by its facts (CTN arts. 33 and 145; the city's cadastro imobiliário): the built
    // area and the registry's data are its base of calculation, revised on the owner's request before the due date.
    'area construida': 3, recadastramento: 3, 'cadastro imobiliario': 4, 'revisao do lancamento': 6, 'revisao do iptu': 6,
    // The IPTU's booklet received, or this year's: the assessment notified to the taxpayer (Súmula 397 STJ), longer than the usucapião's
    // "carnê do IPTU" (paid as proof of possession).
    ...Object.fromEntries([
      ...['chegou o', 'veio o', 'recebi o', 'mandaram o'].map((received) => `${received} carne do iptu`),
      ...['deste ano', 'desse ano', 'do ano', 'novo'].map((year) => `carne do iptu ${year}`),
    ].map((booklet) => [booklet, 5])),
    'aumento do iptu': 5, 'iptu aumentou': 5, 'iptu subiu': 5, 'valor do iptu': 4, 'iptu deste ano': 5, 'iptu desse ano': 5, 'iptu do ano': 4,
    'divida com a prefeitura': 5, 'dividas com a prefeitura': 5, 'debito com a prefeitura': 5, 'debitos com a prefeitura': 5, 'divida de iptu': 5, 'debito de iptu': 5, 'debitos de iptu': 5,
    // The Union as creditor (its dívida ativa, CTN art. 201; collected by the PGFN, Lei 6.830/80) and the income-tax assessment's
    // usual ground, undeclared income found by the Receita's cross-check (Lei 9.430/96 art. 44; RIR, Decreto 9.580/18 art. 55).
    'divida com a uniao': 5, 'dividas com a uniao': 5, 'debito com a uniao': 5, 'debitos com a uniao': 5, 'omissao de rendimentos': 6, 'omissao de rendimento': 6,
    // The federal tax on rural land (CF art. 153 VI and §4º; Lei 9.393/96), with its yearly return (DITR).
    itr: 7, 'imposto territorial rural': 7, 'imposto territorial': 6, ditr: 6, 'declaracao do itr': 6,
    // Customs: goods held until duties are paid (DL 37/66; Regulamento Aduaneiro, Decreto 6.759/09).
    alfandega: 6, aduana: 6, 'aduaneir*': 6, 'desembaraco': 5, 'imposto de importacao': 6, siscomex: 6, 'canal vermelho': 5, perdimento: 6,
    // The parcel from abroad taxed on arrival in the client's words: the import tax of the simplified regime (DL 1.804/80 art. 2º;
    // Lei 14.902/24) and the Remessa Conforme's ICMS, collected by the post or the courier for the Receita and the State.
    'taxa de importacao': 4, 'taxas de importacao': 4, 'taxa da importacao': 4, 'taxa dos correios': 3, 'aviso de tributacao': 5, 'remessa conforme': 4,
    'subfaturad*': 4, subfaturamento: 4, 'receita segurou': 5, 'receita reteve': 5, 'receita apreendeu': 5,
    'base de calculo': 5, aliquota: 4, 'fato gerador': 5, 'valor de referencia': 3, 'molestia grave': 5, 'retido na fonte': 5, 'imposto retido': 4,
    // The tax execution and who is called to answer in it (Lei 6.830/80; CTN arts. 134-135): the public attorneys who collect the dívida
    // ativa (the PGFN for the Union, Lei 11.457/07 art. 23), the certidão they execute, the partner to whom it is redirected for an
    // irregular dissolution (Súmula 435 do STJ; Tema 962 and Tema 981: the partner who managed at the dissolution), and the federal
    // taxes of a company's revenue and payroll it usually holds.
    'procuradoria da fazenda': 6, 'procuradoria da fazenda nacional': 7, pgfn: 7, 'fazenda nacional': 6, 'fazenda estadual': 5, 'fazenda municipal': 5,
    'certidao de divida ativa': 6, 'lei de execucao fiscal': 7, 'embargos a execucao fiscal': 7, 'redirecionamento': 5, 'redirecionamento da execucao': 6,
    'redirecionar a execucao': 6, 'dissolucao irregular': 5, 'responsabilidade tributaria': 6, 'responsavel tributario': 6,
    cofins: 6, irpj: 6, csll: 6, 'inss patronal': 5,
    // The income tax withheld at source by its usual abbreviation (imposto de renda retido na fonte, Lei 7.713/88 art. 7º).
    irrf: 6,
    // The same tax by its abbreviation beside its withholding or what bears it ("descontando IR da aposentadoria"; Lei 7.713/88 arts. 6º XIV and 7º).
    ...Object.fromEntries(IR_WITHHELD.map((phrase) => [phrase, 6])),
  },
  subareas: [
    { id: 'tributario.ipva', label: 'IPVA', terms: { ipva: 6, 'comunicacao de venda': 3 } },
    { id: 'tributario.iptu', label: 'IPTU', terms: { iptu: 5, 'area construida': 2, recadastramento: 3, 'cadastro imobiliario': 3, 'revisao do iptu': 5 } },
    // The rural land tax: its immunity of the small plot worked by an owner without another property (CF art. 153 §4º II;
    // Lei 9.393/96 art. 2º) and the land's value declared (VTN) are its usual disputes.
    { id: 'tributario.itr', label: 'ITR (imposto territorial rural)', terms: { itr: 6, 'imposto territorial rural': 6, 'imposto territorial': 5, ditr: 5, 'declaracao do itr': 5, 'pequena gleba': 5, vtn: 4, 'valor da terra nua': 5 } },
    {
      id: 'tributario.imposto-renda', label: 'imposto de renda',
      terms: { 'imposto de renda': 4, 'malha fina': 5, restituicao: 3, leao: 3, darf: 2, irrf: 4, 'omissao de rendimentos': 4, ...Object.fromEntries(IR_WITHHELD.map((phrase) => [phrase, 4])) },
    },
    {
      id: 'tributario.simples-nacional', label: 'Simples Nacional e MEI',
      terms: { 'simples nacional': 5, 'excluid*': 2, exclusao: 3, mei: 2, 'guia do das': 3, 'das do mei': 3 },
    },
    {
      id: 'tributario.execucao-fiscal', label: 'dívida ativa e execução fiscal',
      terms: { 'divida ativa': 5, 'execucao fiscal': 6, protesto: 2, penhora: 2, bloqueio: 2, 'certidao negativa': 2 },
    },
    {
      id: 'tributario.tributos-empresa', label: 'tributos da empresa e autuações', complexity: 1,
      terms: { icms: 5, iss: 4, tusd: 4, tust: 4, 'contribuicao patronal': 4, 'cota patronal': 4, 'auto de infracao': 3, 'autuacao fiscal': 4, sefaz: 3 },
    },
    { id: 'tributario.itcmd-itbi', label: 'ITCMD e ITBI', terms: { itcmd: 5, itbi: 5 } },
  ],
  defaultSubarea: 'cobrança de tributos',
  topics: ['amount', 'timeline', 'urgency', 'documents', 'location', 'outcome', 'parties'],
  recommendedAction: 'Avaliar com advogado tributarista a defesa ou o recurso administrativo e a regularização do débito.',
  nextSteps: [
    'Reunir notificações, guias, comprovantes de pagamento e certidões',
    'Verificar a data de ciência da notificação para não perder o prazo de defesa',
    'Consultar a situação fiscal no portal do órgão (e-CAC, Sefaz ou prefeitura)',
  ],
};
