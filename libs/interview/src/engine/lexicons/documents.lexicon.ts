/** Evidence the client says they have: label -> phrases. */
export const DOCUMENTS: Record<string, string[]> = {
  'carteira de trabalho': ['carteira de trabalho', 'carteira assinada'],
  contrato: ['contrato', 'contratos', 'contrato social'],
  laudo: ['laudo', 'laudos', 'exame', 'exames', 'ressonancia', 'atestado', 'atestados', 'receita medica'],
  boleto: ['boleto', 'boletos', 'fatura', 'faturas', 'guia', 'guias', 'carne'],
  notificação: ['notificacao', 'notificacoes', 'intimacao', 'citacao', 'carta', 'aviso de', 'termo de exclusao', 'auto de infracao'],
  'prints e mensagens': ['print', 'prints', 'mensagens', 'mensagem', 'conversas', 'whatsapp', 'e mail', 'email', 'emails'],
  fotos: ['foto', 'fotos', 'video', 'videos', 'cameras', 'camera'],
  'holerites e extratos': ['holerite', 'holerites', 'contracheque', 'contracheques', 'extrato', 'extratos', 'cnis'],
  'comprovantes e recibos': ['comprovante', 'comprovantes', 'recibo', 'recibos', 'nota fiscal', 'notas fiscais'],
  'decisão judicial': ['sentenca', 'decisao', 'acordo homologado'],
  'boletim de ocorrência': ['boletim de ocorrencia', 'registro de ocorrencia'],
  'termo de garantia': ['termo de garantia', 'certificado de garantia'],
  'escritura ou matrícula': ['escritura', 'matricula'],
  'registro de ponto': ['cartao de ponto', 'registro de ponto', 'folha de ponto'],
  'balanços e contabilidade': ['balanco', 'balancos', 'balancete', 'demonstrativos'],
  'declaração de imposto de renda': ['declaracao de imposto de renda'],
  'vistoria': ['vistoria', 'laudo de vistoria'],
  testemunhas: ['testemunha', 'testemunhas'],
  'certidões': ['certidao', 'certidoes'],
};

/** Answers meaning "I have nothing": the documents topic is then settled. */
export const NO_DOCUMENT_PHRASES: string[] = ['nao tenho nada', 'nao tenho nenhum', 'nao tenho documento', 'nenhum documento', 'nao tenho prova'];
