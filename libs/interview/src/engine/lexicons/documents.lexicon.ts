/** Evidence the client says they have: label -> phrases. */
export const DOCUMENTS: Record<string, string[]> = {
  // "de/com carteira assinada" says the job was registered, not that the client holds the document.
  // A worker who "has the carteira" holds the CTPS; a bare "a carteira" elsewhere is a wallet ("roubaram a carteira").
  'carteira de trabalho': ['carteira de trabalho', 'a carteira assinada', 'minha carteira assinada', 'ctps', 'tenho a carteira', 'tenho minha carteira', 'tenho a minha carteira'],
  // The written notice of dismissal the worker signed: it dates the end of the contract (CLT arts. 477 and 487).
  'aviso prévio': ['aviso previo assinado', 'o aviso previo assinado', 'carta de aviso previo', 'comunicado de dispensa', 'carta de dispensa'],
  // Also the diminutive a client uses for a short or informal one ("fizemos um contratinho"): still a written contract.
  contrato: ['contrato', 'contratos', 'contratinho', 'contratinhos', 'contrato social', 'contrato de aluguel', 'contrato de locacao'],
  // The promissory note the debtor signed proves the debt and is an executive title (Decreto 2.044/1908; CPC art. 784 I).
  'notas promissórias': ['promissoria', 'promissorias', 'nota promissoria', 'notas promissorias'],
  laudo: ['laudo', 'laudos', 'laudo medico', 'exame', 'exames', 'exame de corpo de delito', 'corpo de delito', 'ressonancia', 'receita medica'],
  atestado: ['atestado', 'atestados', 'atestado medico'],
  // The payment booklet (carnê, masculine) with its article or kind: folded, a bare "carne" is also meat ("a carne", "frigorífico Boa Carne").
  boleto: [
    'boleto', 'boletos', 'fatura', 'faturas', 'o carne', 'os carnes', 'do carne', 'dos carnes', 'no carne', 'nos carnes', 'meu carne', 'meus carnes', 'um carne', 'uns carnes',
    'pelo carne', 'pelos carnes', 'esse carne', 'esses carnes', 'carne do inss', 'carnes do inss', 'carne de pagamento', 'carnes de pagamento', 'carne do iptu', 'carnes do iptu',
    'pagava carne', 'pago carne', 'paguei carne', 'pagando carne',
  ],
  notificação: ['notificacao', 'notificacoes', 'notificacao extrajudicial', 'carta de cobranca', 'aviso de despejo', 'aviso de corte', 'auto de infracao', 'termo de exclusao'],
  // The writ as a noun, with its article or kind: a bare "mandado" also matched "fui mandada embora" (its other gender).
  'intimação ou citação': ['intimacao', 'citacao', 'um mandado', 'o mandado', 'mandado de citacao', 'mandado de intimacao', 'mandado judicial', 'carta do forum', 'carta do juiz'],
  'prints e mensagens': ['print', 'prints', 'mensagens', 'mensagem', 'conversas', 'conversa no whatsapp', 'audio', 'audios', 'e mail', 'email', 'emails'],
  fotos: ['foto', 'fotos'],
  // Repair quotes are the usual proof of the amount of a material damage (CC art. 944) and of what the other side overstates.
  'orçamentos': ['orcamento', 'orcamentos'],
  // Cameras told as what proves the facts ("tenho câmeras que mostram", "as câmeras filmaram"), not a camera that is merely there.
  'vídeos': ['video', 'videos', 'gravacao', 'gravacoes', 'imagens da camera', 'imagens das cameras', 'filmagem', 'filmagens', 'tenho cameras', 'tenho as cameras',
    'tenho camera', 'tenho a camera', 'tenho as imagens', 'cameras mostram', 'camera mostra', 'cameras que mostram', 'camera que mostra', 'cameras filmaram', 'camera filmou', 'camera gravou', 'cameras gravaram'],
  holerites: ['holerite', 'holerites', 'contracheque', 'contracheques', 'recibo de pagamento', 'recibos de pagamento'],
  'extratos bancários': ['extrato', 'extratos', 'extrato bancario', 'extratos bancarios'],
  'extrato do FGTS': ['extrato do fgts'],
  'extrato do INSS (CNIS)': ['cnis', 'extrato do inss', 'extrato previdenciario'],
  'termo de rescisão': ['termo de rescisao', 'trct', 'termo rescisorio'],
  comprovantes: ['comprovante', 'comprovantes', 'comprovante de pagamento', 'comprovantes de pagamento', 'comprovante do pix'],
  recibos: ['recibo', 'recibos'],
  'nota fiscal': ['nota fiscal', 'notas fiscais', 'cupom fiscal'],
  'protocolo de atendimento': ['protocolo', 'protocolos', 'numero do protocolo'],
  'decisão judicial': ['sentenca', 'decisao judicial', 'decisao do juiz', 'acordo homologado', 'homologado pelo juiz', 'pensao fixada', 'fixada pelo juiz', 'fixado pelo juiz', 'juiz fixou', 'juiz determinou', 'ordem judicial', 'justica fixou', 'fixada pela justica', 'fixado pela justica', 'acordo judicial', 'acao de alimentos', 'titulo judicial'],
  'decisão administrativa': ['carta de indeferimento', 'indeferimento', 'decisao do inss', 'comunicado de decisao', 'carta do inss'],
  'PPP (perfil profissiográfico)': ['ppp', 'perfil profissiografico', 'perfil profissiografico previdenciario'],
  'diploma': ['diploma', 'diplomas', 'historico escolar'],
  edital: ['edital'],
  'boletim de ocorrência': ['boletim de ocorrencia', 'registro de ocorrencia', 'boletim'],
  'termo de garantia': ['termo de garantia', 'certificado de garantia'],
  'escritura ou matrícula do imóvel': ['escritura', 'matricula do imovel', 'matricula atualizada', 'matricula no cartorio', 'registro do imovel'],
  'registro de ponto': ['cartao de ponto', 'registro de ponto', 'folha de ponto'],
  'balanços e contabilidade': ['balanco', 'balancos', 'balancete', 'demonstrativos contabeis'],
  'declaração de imposto de renda': ['declaracao de imposto de renda', 'declaracao do imposto de renda'],
  vistoria: ['vistoria', 'laudo de vistoria'],
  testemunhas: ['testemunha', 'testemunhas'],
  'certidões': ['certidao', 'certidoes', 'certidao de obito', 'certidao de nascimento', 'certidao de casamento'],
};

/** Answers meaning "I have nothing": the documents topic is then settled. */
export const NO_DOCUMENT_PHRASES: string[] = ['nao tenho nada', 'nao tenho nenhum', 'nao tenho documento', 'nenhum documento', 'nao tenho prova'];

/**
 * A document named first and denied after ("o termo de rescisão eles não me deram", "o contrato eu não tenho"): the
 * words that may stand between the document and the "não" (a subject pronoun), the object pronouns after it, and the
 * verbs of having or being handed it. Folded.
 */
export const DENIED_AFTER = {
  subjects: ['eles', 'elas', 'ele', 'ela', 'eu', 'nos'],
  objects: ['me', 'nos', 'lhe'],
  objectStarts: ['o', 'a', 'os', 'as', 'um', 'uma', 'nenhum', 'nenhuma'],
  verbs: ['deram', 'deu', 'entregaram', 'entregou', 'forneceram', 'forneceu', 'passaram', 'passou', 'mandaram', 'mandou', 'tenho', 'temos', 'recebi', 'recebemos', 'peguei', 'guardei', 'fizeram', 'fez', 'fiz'],
};

/**
 * A report someone else makes (a doctor's or an engineer's laudo, an exam, a police report, a survey) told as still to be had: needed,
 * asked for, awaited ("precisa de laudo técnico", "a seguradora pediu o laudo", "vou fazer o boletim"), priced ("o laudo custa 18
 * mil") or never made ("o boletim nunca foi feito", "a perícia não foi feita"). It is a step to take, not evidence the client has.
 * Folded; `before` ends right before the report or its article, `after` begins right after it.
 */
export const PENDING_REPORTS = {
  labels: ['laudo', 'atestado', 'boletim de ocorrência', 'vistoria'],
  before: [
    'preciso de', 'precisa de', 'precisamos de', 'precisam de', 'preciso fazer', 'precisa fazer', 'precisamos fazer', 'precisam fazer', 'preciso do', 'precisa do', 'preciso da', 'precisa da',
    'tenho que fazer', 'tem que fazer', 'temos que fazer', 'vou fazer', 'vai fazer', 'vamos fazer', 'ainda vou fazer', 'quero fazer', 'mandar fazer', 'falta fazer',
    'pediu', 'pediram', 'pedir', 'vou pedir', 'exige', 'exigem', 'exigiu', 'exigiram', 'falta', 'faltam', 'sem', 'aguardando', 'esperando', 'aguardo',
    'providenciar', 'solicitar', 'vou registrar', 'tenho que registrar', 'preciso registrar', 'vou tirar', 'preciso tirar',
  ],
  after: [
    'custa', 'custaria', 'vai custar', 'ainda nao saiu', 'nao saiu', 'ainda nao ficou pronto', 'nao ficou pronto', 'vai sair', 'ainda vai sair',
    ...['nunca', 'nao', 'ainda nao'].flatMap((not) => ['foi feito', 'foi feita', 'foram feitos', 'foram feitas', 'fiz', 'fizeram', 'foi registrado', 'foi registrada'].map((done) => `${not} ${done}`)),
  ],
  articles: ['o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas'],
};
