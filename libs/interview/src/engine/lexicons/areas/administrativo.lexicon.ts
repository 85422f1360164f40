import { EXPROPRIATION_WORDS, PUBLIC_BODY_AS_RECORDER } from '../client-notes.lexicon';
import { SERVANT_DISMISSED_BY_PROCESS } from '../complexity.lexicon';
import { AreaLexicon } from '../lexicon.types';
import { BUILDING_INTERDICTED, BUSINESS_INTERDICTED, STATUTORY_PENSION, TEMPORARY_PUBLIC_CONTRACT, VEHICLE_CLONED } from '../route-notes.lexicon';

/**
 * The career of a member of the armed forces or of a state's military police or fire brigade (CF arts. 42 and 142 §3º; Lei 6.880/80, the
 * Estatuto dos Militares, and the states' statutes): promotion by its board and lists (arts. 59-62), the paid reserve and the reform that
 * are the military's retirement (arts. 96-106; Lei 13.954/19), and the discharge or keeping of a soldier injured in service (arts. 106-108,
 * 121). Not "reforma" or "baixa" alone: a house's renovation and a company's closing.
 */
export const MILITARY_CAREER: string[] = [
  'comissao de promocoes', 'comissao de promocao', 'quadro de acesso', 'promocao por antiguidade', 'promocao por merecimento',
  'reserva remunerada', 'transferencia para a reserva', 'ir para a reserva', 'passar para a reserva', 'reforma militar', 'reformado por incapacidade',
  'servico militar', 'militar temporario', 'soldado do exercito', 'forcas armadas', 'junta de inspecao de saude', 'baixa do exercito', 'licenciamento do servico ativo',
];

/** The military's disciplinary councils and the exclusion they decide (Lei 6.880/80 arts. 48-49 and 125; the states' statutes). */
export const MILITARY_DISCIPLINE: string[] = [
  'conselho de disciplina', 'conselho de justificacao', 'a bem da disciplina', 'excluido da corporacao', 'excluida da corporacao', 'exclusao da corporacao',
  'excluido da policia militar', 'excluida da policia militar', 'excluido da pm', 'excluida da pm', 'excluido do corpo de bombeiros',
];

/**
 * The public places and acts that hand out the SUS's drugs, vaccines and supplies (Lei 8.080/90 arts. 6º I d and 19-M; CF art. 196; the
 * Farmácia Popular, Lei 10.858/04; the specialised component, Portaria de Consolidação GM/MS 2/2017): the state's, the city's and the
 * high-cost pharmacy, the health post that has not got the drug or the vaccine, the geriatric nappies it stopped giving. Told so, a
 * relative's drug, a child's vaccine or an old person's nappies are a claim against the public administration (the State's duty, STF
 * Tema 793), not family, tax or consumer law. Not "farmácia" or "posto" alone: a chemist's shop sells goods and a "posto" is a petrol station.
 */
export const PUBLIC_DISPENSING: string[] = [
  'farmacia do estado', 'farmacia estadual', 'farmacia do sus', 'farmacia popular', 'farmacia de alto custo', 'farmacia do alto custo', 'farmacia municipal',
  'farmacia da prefeitura', 'farmacia publica', 'farmacia basica', 'farmacia cidada', 'farmacia do governo', 'farmacia de medicamentos especiais',
  'farmacia de medicamentos excepcionais', 'componente especializado',
  'o posto nao tem', 'posto nao tem', 'em falta no posto', 'faltando no posto', 'remedio no posto', 'remedios no posto', 'medicamento no posto',
  'de graca no posto', 'vacina no posto', 'vacinas no posto', 'o posto pede', 'vacinas atrasadas', 'vacina atrasada', 'caderneta de vacinacao',
  'carteira de vacinacao', 'fralda geriatrica', 'fraldas geriatricas', 'remedio de graca', 'remedios de graca', 'medicamento de graca',
  'tomar a vacina', 'tomar as vacinas', 'tomar vacina', 'pega o remedio', 'pegar o remedio', 'pego o remedio', 'retirar o remedio', 'retira o remedio', 'buscar o remedio no',
];

/** The doctor's prescription ("receita" folded), told with its doctor, its drug or its holder: no tax authority (see PUBLIC_DISPENSING). */
export const PRESCRIPTION: string[] = [
  'receita medica', 'receita do medico', 'receita da medica', 'receita do remedio', 'receita dos remedios', 'receita do medicamento',
  'tenho a receita', 'tenho receita', 'tem a receita', 'com a receita', 'renovar a receita', 'a receita vence', 'a receita venceu', 'receita vencida',
  'receita controlada', 'receita azul', 'receita do posto', 'receita do sus',
  ...['cardiologista', 'endocrino', 'endocrinologista', 'pediatra', 'neurologista', 'neuro', 'oncologista', 'psiquiatra', 'oftalmologista', 'geriatra',
    'clinico', 'reumatologista', 'pneumologista', 'ginecologista', 'dentista', 'medico particular']
    .flatMap((doctor) => [`receita do ${doctor}`, `receita da ${doctor}`]),
];

/**
 * The SUS's basic care told by its own places, agents and queues (CF arts. 196-198; Lei 8.080/90 arts. 7º and 18; Lei 11.350/06 on the
 * community health agent; the regulation of referrals, Portaria 1.559/2008): the health post's doctor or nurse, what it hands out or
 * schedules ("as fraldas no posto", "exame pelo posto"), the city's health department, the regulation centre that schedules the
 * specialist or the exam. Told so, a supply stopped or an exam never scheduled is a claim against the public administration, not a
 * consumer's or a civil one. Not "posto" alone, nor a petrol station's, nor an insurer's "regulação do sinistro".
 */
export const SUS_SERVICE: string[] = [
  ...['fralda', 'fraldas', 'insulina', 'leite', 'exame', 'exames', 'consulta', 'consultas', 'ultrassom', 'curativo', 'medicacao', 'medicamentos', 'remedio', 'remedios']
    .flatMap((item) => [`${item} no posto`, `${item} do posto`, `${item} pelo posto`, `${item} no postinho`, `${item} do postinho`]),
  'medico do posto', 'medica do posto', 'enfermeira do posto', 'enfermeiro do posto', 'medico do postinho', 'medica do postinho', 'pelo posto', 'postinho',
  'agente de saude', 'agente comunitario de saude', 'agente comunitaria de saude', 'agente comunitaria', 'agente comunitario',
  'secretaria de saude', 'secretaria da saude', 'secretaria municipal de saude', 'secretaria estadual de saude',
  'a regulacao', 'pela regulacao', 'na regulacao', 'da regulacao', 'central de regulacao', 'sisreg',
];

/** What SUS_SERVICE does not mean: the petrol station and the insurer's adjustment of a claim (worth nothing, the longer phrase wins). */
export const NOT_SUS_SERVICE: string[] = [
  'pelo posto de gasolina', 'pelo posto de combustivel', 'a regulacao do sinistro', 'da regulacao do sinistro', 'na regulacao do sinistro',
];

/**
 * The rotating street parking a city charges and fines by its transit authority (CTB arts. 24 X and 181 XVII; Lei 12.587/12 art. 23):
 * its fine is a municipal administrative act, contested before the JARI, not a private car park's consumer claim.
 */
export const ROTATING_PARKING: string[] = [
  'zona azul', 'estacionamento rotativo', 'no rotativo', 'do rotativo', 'area azul', 'parquimetro', 'parquimetros',
];

/**
 * The state military (police and fire brigade, CF art. 42; their statutes and disciplinary rules, after Lei 6.880/80): the rank told of
 * the client or a relative, and the disciplinary sanctions of the military regime (prisão or detenção disciplinar, the transgression),
 * which are administrative acts, not a criminal arrest. Not "policial militar" alone: an officer accused of a crime defends it in the
 * criminal court.
 */
export const STATE_MILITARY: string[] = [
  ...['soldado', 'cabo', 'sargento', 'subtenente', 'tenente', 'capitao', 'major', 'aspirante']
    .flatMap((rank) => [`${rank} da pm`, `${rank} da policia militar`, `${rank} do corpo de bombeiros`, `${rank} dos bombeiros`, `${rank} bombeiro`]),
  'bombeiro militar', 'bombeira militar', 'sou pm', 'prisao disciplinar', 'detencao disciplinar', 'punido com detencao', 'punida com detencao',
  'punido com prisao', 'punida com prisao', 'transgressao disciplinar', 'regulamento disciplinar', 'punicao disciplinar',
];

/** A vehicle of the State that caused the harm (CF art. 37 §6º: the State answers for what its agents do, without fault). */
export const STATE_VEHICLE: string[] = [
  'carro da policia', 'carro da pm', 'carro da prefeitura', 'caminhao da prefeitura', 'onibus da prefeitura',
  'ambulancia do samu', 'caminhao do lixo', 'carro do governo',
];

export const ADMINISTRATIVO: AreaLexicon = {
  code: 'administrativo',
  terms: {
    // The pension a public servant left (regime próprio, Lei 8.112 art. 215; the unmarried daughter's, Lei 3.373/58), paid by the servant's body.
    'pensao de filha solteira': 7, 'filha solteira maior': 6, 'pensao estatutaria': 6, 'pensao de servidor': 5, 'pensao do servidor': 5,
    'utilidade publica': 6, 'decreto expropriatorio': 7, 'justa indenizacao': 4,
    // Land taken for a road or street work (DL 3.365/41 arts. 2º, 5º i and 15): the road agencies that expropriate (DNIT, the states'
    // DER), the strip of land beside a highway (faixa de domínio), the provisional entry after the deposit, and the work itself.
    ...Object.fromEntries(EXPROPRIATION_WORDS.map((phrase) => [phrase, 5])), creche: 2, 'lista de espera': 2, 'secretaria de educacao': 4, 'rede publica': 3, 'direito a educacao': 5,
    'multa de transito': 7, detran: 5, 'carteira de motorista': 4, 'pontos na carteira': 5, jari: 6,
    cetran: 6, radar: 4, 'excesso de velocidade': 4, 'notificacao de autuacao': 4, 'infracao de transito': 6,
    'suspensao do direito de dirigir': 6, 'recorrer da multa': 6, multa: 1, servidor: 4,
    'servidor publico': 6, 'servico publico': 5, concurso: 4, 'concurso publico': 6, 'concursad*': 5,
    nomeacao: 4, edital: 4, prefeitura: 3, municipio: 2, governo: 2, 'orgao publico': 5,
    // A party served or summoned by a court's edict ("a citação foi por edital", "fui intimado por edital": CPC arts. 256-259 and
    // 275 §2º), no public tender's edital: worth nothing here.
    'por edital': 0, 'via edital': 0,
    'processo administrativo': 5, 'processo disciplinar': 6, sindicancia: 5, improbidade: 7,
    licitacao: 6, 'poder publico': 5, 'desapropria*': 4, alvara: 3, 'vigilancia sanitaria': 4,
    'tribunal de contas': 5, exoneracao: 5, 'exonerad*': 5, 'cargo publico': 5, 'estagio probatorio': 6,
    'abandono de cargo': 6, 'diario oficial': 5, portaria: 3, secretaria: 2, efetivo: 2, sus: 3,
    // A building's front desk ("as encomendas da portaria", "a câmera da portaria do prédio"), no administrative act: worth nothing here.
    ...Object.fromEntries(['encomendas da portaria', 'encomenda da portaria', 'encomendas na portaria', 'cameras da portaria', 'camera da portaria', 'portaria do predio',
      'portaria do meu predio', 'portaria do condominio', 'portaria do edificio'].map((desk) => [desk, 0])),
    // The premium leave for years of service (licença-prêmio; férias-prêmio in the Minas statute, Lei estadual 869/52; Lei 8.112 art.
    // 87 in its first wording): a statutory servant's right that no CLT contract has, owed in money once retired unused (STF Tema 635),
    // so a public body's, whatever a colleague says of the labour court (CF art. 114 I as read in STF ADI 3.395).
    'licenca premio': 7, 'licencas premio': 7, 'ferias premio': 7,
    'vaga em creche': 4, 'escola publica': 3, 'progressao funcional': 5, cargo: 2,
    'servidor*': 4, 'rede estadual': 3, 'rede municipal': 3, 'professor da rede': 3, 'professor efetivo': 4,
    'auto de infracao': 3, fiscalizacao: 2, 'multa administrativa': 5, 'recurso administrativo': 4, 'defesa administrativa': 4,
    // The federal cash-transfer programme (Lei 14.601/2023): granted, blocked and cancelled by the Ministry on the data of the
    // Cadastro Único kept by the city's CRAS; its disputes are with the public administration, not with the INSS.
    'bolsa familia': 4, 'auxilio brasil': 4, 'averiguacao cadastral': 6, 'revisao cadastral': 4, cras: 3,
    fies: 6, fnde: 6, prouni: 6, 'financiamento estudantil': 5,
    // A public university or federal institute is an autarquia: enrolment, dismissal of a student
    // (jubilamento) and its deadlines are administrative acts (mandado de segurança; CF art. 109 I).
    'universidade federal': 5, 'universidade estadual': 5, 'universidade publica': 5, 'instituto federal': 4, jubilamento: 3, 'jubilad*': 3,
    // A public hospital's error is the State's liability (CF art. 37 §6), whatever the clinical words say.
    'hospital municipal': 4, 'hospital estadual': 4, 'hospital publico': 4, 'hospital da prefeitura': 4, 'hospital do estado': 4,
    // The emergency and basic units of the SUS (UPA, UBS: Portaria de Consolidação GM/MS 3/2017) are always public services.
    upa: 4, 'unidade de pronto atendimento': 4, ubs: 4, 'unidade basica de saude': 4,
    'bala perdida': 5, 'operacao policial': 5, 'operacao da policia': 5, 'responsabilidade do estado': 6, 'responsabilidade civil do estado': 6, 'responsabilidade objetiva do estado': 6,
    // The State asked to pay for what its agents or its works did (CF art. 37 §6): the remedy names who answers, whatever
    // the accident, the injury or the police words say. An official vehicle (a police car, an ambulance) is the State's.
    'o estado pague': 6, 'o estado indenize': 6, 'o estado me indenize': 6, 'o estado nos indenize': 6, 'a prefeitura pague': 6, 'a prefeitura indenize': 6,
    'a prefeitura me indenize': 6, 'processar o estado': 6, 'processar a prefeitura': 6, 'processar o municipio': 6, 'acao contra o estado': 6,
    'acao contra a prefeitura': 6, 'acao contra o municipio': 6, 'indenizacao do estado': 6, 'indenizacao da prefeitura': 6,
    viatura: 3, 'veiculo oficial': 5, 'carro oficial': 5,
    // The SUS's basic care told by its places, agents and queues (CF arts. 196-198; Lei 8.080/90): see SUS_SERVICE.
    ...Object.fromEntries(SUS_SERVICE.map((phrase) => [phrase, 4])), ...Object.fromEntries(NOT_SUS_SERVICE.map((phrase) => [phrase, 0])),
    // The city's rotating street parking and its fine (CTB arts. 24 X and 181 XVII): see ROTATING_PARKING.
    ...Object.fromEntries(ROTATING_PARKING.map((phrase) => [phrase, 5])),
    // The state military's rank and disciplinary sanctions (CF art. 42): see STATE_MILITARY.
    ...Object.fromEntries(STATE_MILITARY.map((phrase) => [phrase, 5])),
    // A State vehicle that caused the harm (CF art. 37 §6º): see STATE_VEHICLE.
    ...Object.fromEntries(STATE_VEHICLE.map((phrase) => [phrase, 5])),
    // A public body that only recorded or inspected the facts is not the other side (the longer phrase, worth nothing, wins).
    ...Object.fromEntries(PUBLIC_BODY_AS_RECORDER.map((phrase) => [phrase, 0])),
    'area de risco': 5, 'defesa civil': 5, 'aluguel social': 5, 'ordem de demolicao': 6, demolicao: 2, demolir: 2, reassentamento: 5,
    'recusa ao bafometro': 6, 'recusa do bafometro': 6, 'recusei o bafometro': 6, 'recusei a fazer o bafometro': 6, 'recusa ao teste do bafometro': 6, cnh: 4, 'suspensao da cnh': 6, 'cassacao da cnh': 6, 'processo de suspensao': 5,
    // A business or the works interdicted is closed by the police power (CTN art. 78; Lei 6.437/77 art. 2º), no person's curatela (CC
    // art. 1.767): the longer phrase keeps familia's 'interditar' inside it from counting. A building or a home interdicted is worth
    // nothing: no curatela either, and its case is mostly with who caused the risk (the Defesa Civil's own words still count).
    ...Object.fromEntries(BUSINESS_INTERDICTED.map((phrase) => [phrase, 5])), ...Object.fromEntries(BUILDING_INTERDICTED.map((phrase) => [phrase, 0])),
    'auto de interdicao': 6, 'interdicao sanitaria': 6, 'interdicao do estabelecimento': 6, lacraram: 4, lacrou: 4, 'lacrad*': 3, lacre: 3, 'poder de policia': 5, 'cassacao do alvara': 6,
    // The licences the police power grants or refuses a business or a building: the city's operating licence and the fire brigade's
    // inspection certificate (AVCB, CLCB: Lei 13.425/17 art. 3º and the states' fire codes), asked, refused or lacking.
    'alvara de funcionamento': 5, 'alvara indeferido': 6, 'indeferiu o alvara': 6, 'indeferiram o alvara': 6, 'negaram o alvara': 6, 'alvara negado': 6,
    avcb: 6, clcb: 6, 'auto de vistoria do corpo de bombeiros': 6, 'vistoria do corpo de bombeiros': 5, 'vistoria dos bombeiros': 5,
    // The simplified selection of a temporary public hire (CF art. 37 IX): only the State hires that way.
    // The career of the State's military (CF arts. 42 and 142 §3º; Lei 6.880/80 and the states' statutes): promotion, the paid reserve and
    // the reform that are its retirement, the discharge of a soldier, and its disciplinary councils, all acts of the State as employer under
    // statute, whatever police or barracks words tell the job.
    ...Object.fromEntries([...MILITARY_CAREER, ...MILITARY_DISCIPLINE].map((phrase) => [phrase, 5])),
    // The compulsory military service's own acts (Lei 4.375/64 and Decreto 57.654/66): the enlistment, the junta, the exemption from
    // incorporation and the reservist's certificate are the Armed Forces' (the Union's) decisions, not a dismissal ("pedir dispensa do
    // serviço militar").
    'dispensa do servico militar': 7, 'dispensa de incorporacao': 7, 'alistamento militar': 5, 'me alistar': 4, 'fazer o alistamento': 4, 'fiz o alistamento': 4,
    'nao fiz o alistamento': 4, 'junta militar': 5, 'junta de servico militar': 5, 'certificado de reservista': 5, 'certificado de dispensa': 5, reservista: 4,
    // The city's permission to run a taxi or a mototaxi (Lei 12.587/12 art. 12-A; Lei 12.009/09), granted, suspended or revoked by it:
    // an administrative act the permit holder contests, whatever work he does meanwhile.
    ...Object.fromEntries(['taxi', 'mototaxi', 'moto taxi', 'transporte escolar', 'van escolar'].flatMap((service) =>
      [`permissao de ${service}`, `permissao do ${service}`, `alvara de ${service}`, `licenca de ${service}`, `autorizacao de ${service}`].map((phrase) => [phrase, 6]))),
    'permissao cassada': 5, 'cassaram minha permissao': 5, 'cassaram a minha permissao': 5, 'cassacao da permissao': 6, 'permissionario': 5, 'permissionaria': 5,
    'processo seletivo simplificado': 5, 'contratacao temporaria': 4, 'contratada temporaria': 3, 'contratado temporario': 3, 'cargo comissionado': 4, 'cargo em comissao': 4,
    // The State's temporary hire told by who hired and how (CF art. 37 IX: a public-law relation, STF ADI 3.395).
    ...Object.fromEntries(TEMPORARY_PUBLIC_CONTRACT.map((phrase) => [phrase, 4])),
  },
  subareas: [
    {
      id: 'administrativo.multa-transito', label: 'multa de trânsito e CNH', complexity: -1,
      terms: { 'multa de transito': 5, detran: 3, cnh: 3, 'recusa ao bafometro': 4, 'recusei a fazer o bafometro': 4, 'processo de suspensao': 4, pontos: 2, 'carteira de motorista': 3, radar: 3, velocidade: 2, jari: 4, recorrer: 2, autuacao: 2,
        // A vehicle or its plate cloned is told of the fines the client did not incur (Resolução CONTRAN 918/2022), not of a card cloned.
        ...Object.fromEntries(VEHICLE_CLONED.map((phrase) => [phrase, 4])),
        // The infraction's notice and the infraction told as the driver does: a parking ban, the points on the licence (CTB arts. 181, 259 and 280-281).
        'notificacao de autuacao': 4, 'local proibido': 3, 'estacionamento proibido': 3, 'proibido estacionar': 3, 'pontos na carteira': 3, 'pontos na cnh': 3 },
    },
    {
      id: 'administrativo.sancao', label: 'multa e sanção administrativa',
      terms: { 'auto de infracao': 3, fiscalizacao: 2, 'multa administrativa': 4, 'vigilancia sanitaria': 3, 'defesa administrativa': 3, 'auto de interdicao': 4, 'interdicao sanitaria': 4, lacraram: 3,
        ...Object.fromEntries(BUSINESS_INTERDICTED.map((phrase) => [phrase, 4])),
        // A building fine or embargo from the city's works inspection (the Código de Obras): no traffic fine, whatever "recorrer" it names.
        'pela reforma': 3, 'pela obra': 3, 'obra embargada': 4, 'embargou a obra': 4, 'embargaram a obra': 4, 'sem alvara': 3, 'alvara de construcao': 3, 'fiscal de obras': 4, 'cassacao do alvara': 4,
        // A street vendor's permit (a permission to use public space the city grants and revokes by its police power, CTN art. 78) and
        // its revocation: a sanction contested in its proceeding, no servant's leave ("licença").
        ...Object.fromEntries(['licenca de ambulante', 'licenca de vendedor ambulante', 'licenca de camelo', 'permissao de ambulante', 'cassou minha licenca',
          'cassaram minha licenca', 'cassou a minha licenca', 'cassaram a minha licenca', 'cassacao da licenca', 'cassacao da minha licenca'].map((phrase) => [phrase, 4])) },
    },
    {
      // Blocked or cancelled for a stale income in the Cadastro Único: updating it at the CRAS, then the administrative appeal
      // (Lei 14.601/2023 arts. 5 and 17; Decreto 11.016/2022 on the CadÚnico).
      id: 'administrativo.bolsa-familia', label: 'Bolsa Família e Cadastro Único',
      terms: { 'bolsa familia': 6, 'auxilio brasil': 6, 'averiguacao cadastral': 5, 'revisao cadastral': 4, cras: 3, cadunico: 3, 'cad unico': 3, 'cadastro unico': 4 },
    },
    {
      id: 'administrativo.pad', label: 'processo administrativo disciplinar', urgencyH: 168, complexity: 2, skips: ['amount'],
      terms: { 'processo disciplinar': 5, 'processo administrativo disciplinar': 6, 'comissao processante': 5, sindicancia: 4, inassiduidade: 4, 'abandono do cargo': 4, disciplinar: 3, comissao: 2, faltas: 2, 'abandono de cargo': 4, 'demitido do cargo': 4, 'demitida do cargo': 4, 'demitido do meu cargo': 4, 'demitida do meu cargo': 4, 'perda do cargo': 4, 'cassacao da aposentadoria': 4,
        // The dismissal told as the proceeding's outcome, and the abandonment charged told with a verb (Lei 8.112/90 arts. 132 II and 138).
        ...Object.fromEntries(SERVANT_DISMISSED_BY_PROCESS.map((phrase) => [phrase, 5])), 'abandon* o cargo': 4, 'abandon* meu cargo': 4, 'abandon* o meu cargo': 4,
        // The military's disciplinary proceedings (the praça's conselho de disciplina, the officer's conselho de justificação: Lei 6.880/80
        // arts. 48-49 and the states' statutes) and the exclusion they end in (CF arts. 42 §1º and 125 §4º).
        ...Object.fromEntries(MILITARY_DISCIPLINE.map((phrase) => [phrase, 5])) },
    },
    {
      id: 'administrativo.improbidade', label: 'improbidade administrativa', urgencyH: 168, complexity: 2,
      terms: { improbidade: 6, 'indisponiv*': 2, 'ministerio publico': 2 },
    },
    {
      // Against the State (Fazenda Pública: CPC arts. 183 and 496), and the courts review an exam board only for illegality
      // (STF Tema 485): the edital, the board's acts and the list of those called decide, usually by mandado de segurança.
      id: 'administrativo.concurso', label: 'concurso público', complexity: 2, skips: ['amount'],
      terms: { concurso: 5, edital: 3, nomeacao: 4, 'aprovad*': 2, 'classificad*': 2, 'eliminad*': 2, banca: 3 },
    },
    {
      id: 'administrativo.servidor', label: 'direitos do servidor público',
      // The statute's pay: a gratificação or a quinquênio is the servant's right under the local law.
      terms: { servidor: 2, progressao: 3, licenca: 2, remocao: 3, 'estagio probatorio': 4, exoneracao: 3, gratificacao: 3, quinquenio: 3, 'licenca premio': 4, 'ferias premio': 4,
        // The statute's rights invoked as such, and its night bonus (Lei 8.112 art. 75 and the local statutes): a plain calculation. A hint
        // only (2): the CLT's night bonus is the same word.
        'estatuto dos servidores': 4, 'estatuto do servidor': 4, 'adicional noturno': 2 },
    },
    {
      // A servant's bonus for unhealthy or dangerous work is proved by the technical report the local law requires (and in court by
      // an expert's), as the CLT's is (art. 195): never a simple calculation. Only where the case is administrative (the route rules).
      id: 'administrativo.adicionais', label: 'adicionais do servidor (insalubridade, periculosidade)', complexity: 2,
      // Light weights, and only the two bonuses: the words are the CLT's too, and the route rules (a statutory servant) decide
      // the area, not them ("laudo" and "adicional" alone would add to administrativo in every case that names a report).
      terms: { insalubridade: 2, periculosidade: 2 },
    },
    {
      // A pension or retirement of the servant's own regime (RPPS, CF arts. 40 and 42; Lei 8.112 art. 215), paid, revised and
      // cut by the servant's body or fund with the Tribunal de Contas: not the INSS's, whatever the benefit is called.
      id: 'administrativo.previdencia-servidor', label: 'pensão ou aposentadoria do regime próprio do servidor', complexity: 1,
      terms: Object.fromEntries(STATUTORY_PENSION.map((phrase) => [phrase, 5])),
    },
    {
      id: 'administrativo.militar', label: 'carreira militar (promoção, reserva, reforma, licenciamento)',
      terms: Object.fromEntries(MILITARY_CAREER.map((phrase) => [phrase, 5])),
    },
    {
      id: 'administrativo.licitacao', label: 'licitações e contratos públicos', complexity: 1,
      terms: { licitacao: 5, pregao: 4, 'contrato administrativo': 5, 'tribunal de contas': 3 },
    },
    {
      id: 'administrativo.saude-publica', label: 'saúde pública (SUS)',
      // The drug, the insulin or the special formula the public health service supplies (Lei 8.080/90 art. 6º I d), and the public
      // pharmacies and posts that hand them out (PUBLIC_DISPENSING), and the posts, agents and regulation that schedule its care (SUS_SERVICE).
      terms: { ...Object.fromEntries(PUBLIC_DISPENSING.map((phrase) => [phrase, 5])), ...Object.fromEntries(SUS_SERVICE.map((phrase) => [phrase, 4])), sus: 4, remedio: 2, medicamento: 2, insulina: 2, 'leite especial': 2, 'formula especial': 2, 'formula infantil': 2, leito: 3, fila: 2, 'posto de saude': 3 },
    },
    {
      id: 'administrativo.desapropriacao', label: 'desapropriação', complexity: 1,
      terms: { 'desapropria*': 5, ...Object.fromEntries(EXPROPRIATION_WORDS.map((phrase) => [phrase, 4])) },
    },
  ],
  defaultSubarea: 'relação com o poder público',
  topics: ['timeline', 'urgency', 'documents', 'location', 'amount', 'outcome', 'parties'],
  recommendedAction: 'Avaliar com advogado de direito administrativo a defesa ou recurso no órgão público e, se preciso, a ação judicial.',
  nextSteps: [
    'Reunir a notificação, a portaria ou o auto recebido e a data de ciência',
    'Anotar o prazo de defesa ou de recurso informado pelo órgão',
    'Juntar provas a favor (documentos, atestados, fotos, testemunhas)',
  ],
};
