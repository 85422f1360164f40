import { AreaLexicon } from '../lexicon.types';

/**
 * A partner the client wants excluded, told with the company for the partnership ("excluir ele da empresa"; not "tirar", which also
 * asks a co-worker's dismissal), or the client's own wish to stop being a partner: exclusion (CC arts. 1.030 and 1.085) or
 * withdrawal (art. 1.029), with the quota valued in the apuração de haveres (art. 1.031; CPC arts. 599-609).
 */
export const PARTNER_OUT: string[] = [
  'excluir ele da empresa', 'excluir ela da empresa',
  'nao quero mais ser socio', 'nao quero mais ser socia', 'nao quero mais ser socio dele', 'nao quero mais ser socia dela', 'nao quero mais a sociedade',
];

/**
 * A partner diverting the company's money or its clients ("fui roubado pelo meu sócio", "meu sócio está desviando", "levando nossos
 * clientes", "tirou da conta da empresa"): a breach of the administrator's duties and of the loyalty owed to the company (CC arts. 1.011
 * and 1.016), a ground to exclude the partner for serious fault (arts. 1.030 and 1.085), and, with the clients, concorrência desleal
 * (desvio de clientela, Lei 9.279/96 art. 195 III).
 */
export const PARTNER_DIVERTING: string[] = [
  ...['roubado', 'roubada', 'lesado', 'lesada', 'passado para tras', 'passada para tras'].flatMap((harmed) =>
    ['pelo meu socio', 'pelo meu proprio socio', 'pela minha socia', 'pela minha propria socia', 'pelo socio', 'pela socia'].map((partner) => `${harmed} ${partner}`)),
  // Not "meu sócio desviou", whose money diverted is `ocultacao-de-bens`'s "desviou dinheiro".
  ...['meu socio', 'minha socia', 'meu proprio socio', 'minha propria socia'].flatMap((partner) =>
    ['me roubou', 'esta me roubando', 'ta me roubando', 'esta roubando', 'ta roubando', 'roubou'].map((act) => `${partner} ${act}`)),
  ...['levando', 'levou', 'desviando', 'desviou', 'roubando', 'roubou', 'passando', 'passou'].flatMap((verb) =>
    ['nossos clientes', 'os nossos clientes', 'os clientes da empresa', 'os clientes da firma', 'a clientela', 'nossa clientela'].map((clients) => `${verb} ${clients}`)),
  'desvio de clientes', 'desvio de clientela', 'desvio de recursos da empresa', 'desvio de dinheiro da empresa',
  ...['tirou', 'tirando', 'transferiu', 'transferindo', 'sacou', 'sacando'].flatMap((verb) =>
    ['da conta da empresa', 'da conta da firma', 'da conta da nossa empresa', 'da conta da nossa firma', 'do caixa da empresa', 'do caixa da firma'].map((account) => `${verb} ${account}`)),
  ...['da conta da empresa', 'da conta da firma', 'da conta da nossa empresa', 'da conta da nossa firma'].map((account) => `${account} para`),
];

export const EMPRESARIAL: AreaLexicon = {
  code: 'empresarial',
  terms: {
    // The sale of a going concern with its goodwill (trespasse, CC arts. 1.142-1.149) and the seller's duty not to compete (art. 1.147).
    trespasse: 6, 'venda do estabelecimento': 6, 'venda de estabelecimento': 6, 'estabelecimento comercial': 3, 'passei o ponto': 5, 'repassei o ponto': 5, 'vendi o ponto': 4,
    'vendi meu comercio': 5, 'vendi o meu comercio': 5, 'vendi meu negocio': 5, 'vendi o meu negocio': 5, 'nao restabelecimento': 6,
    // Collecting a company's receivables from its business customers.
    'recuperacao de credito': 5, 'cobranca entre empresas': 6, 'notas fiscais em aberto': 4, 'titulos em aberto': 4, 'titulos vencidos': 4,
    'prestacao de servicos': 2, 'cliente inadimplente': 4, 'nota fiscal emitida': 3, 'nossa empresa': 3, 'somos uma empresa': 3, 'emitimos nota': 3, 'entre empresas': 4,
    // A woman partner is a "sócia" (the feminine is no inflection the matcher forms from "sócio").
    empresa: 1, 'minha empresa': 2, socio: 4, socios: 4, socia: 4, sociedade: 4, 'contrato social': 6, cnpj: 3,
    // A former partner ("ex-sócio") is out of the company (CC arts. 1.029-1.032): a hint only, so a debt he collects from the
    // client or the client from him (a loan, a cheque, a monitória) stays the civil claim it is; the haveres, the dissolution and
    // the contrato social still name the company's affairs.
    'ex socio': 1, 'ex socia': 1, 'ex socios': 1, 'ex socias': 1,
    ltda: 4, 'abrir uma empresa': 6, 'abrir um negocio': 5, 'queremos abrir': 4, 'quero abrir': 3, negocio: 2,
    'recuperacao judicial': 9, 'recuperacao extrajudicial': 9, falencia: 7, faliu: 4, credores: 4,
    fornecedores: 3, fornecedor: 2, faturamento: 4, 'balanco*': 3, industria: 3, fabrica: 2,
    franquia: 5, franqueado: 5,
    // The franchisor, the network and the franchise's own documents and fees (Lei 13.966/2019): the franchisee is a business, not
    // the franchisor's consumer.
    'franqueador*': 5, franqueados: 5, franqueada: 5, 'rede de franquia*': 6, 'circular de oferta': 6, 'lei de franquia*': 6, 'contrato de franquia': 6, 'royalt*': 4, 'taxa de franquia': 5,
    // The bare word is as often a mark on the body or the brand of what was bought: a hint; the
    // owner's and the lawyer's words for a trademark are typical.
    marca: 2, 'minha marca': 4, 'nossa marca': 4, 'registrar a marca': 6, 'registrar minha marca': 6, 'registrar a minha marca': 6, 'registro da marca': 6,
    // Distribution, a contract between companies (the distributor buys to resell: not a consumer;
    // its termination without notice, CC art. 720). Exclusivity is a clause of the contracts between businesses (the distributor's or
    // the agent's zone, CC art. 711; the bar's exclusive supply by a brewery): the contract named by it is a business contract.
    'contrato de exclusividade': 6, 'distribuicao exclusiva': 5, 'distribuidor exclusivo': 5, 'distribuidora exclusiva': 5, 'distribuidores exclusivos': 5, exclusividade: 2, clientela: 2, 'registro de marca': 6, inpi: 6, patente: 5,
    // International trade between businesses: the export contract, its shipping and exchange documents and the arbitration clause.
    exportacao: 4, exporto: 4, exportamos: 4, 'exportador*': 4, importador: 3, 'compra e venda internacional': 6, 'conhecimento* de embarque': 5,
    'adiantamento de cambio': 6, 'contrato de cambio': 5, 'carta de credito': 4, 'clausula arbitral': 5, 'camara arbitral': 5, arbitragem: 4, 'incoterm*': 5,
    // Closing a business (baixa): an act of the company before the Junta or the MEI portal, whatever taxes are still owed (LC 123 art. 9).
    'fechar meu mei': 5, 'fechar o mei': 5, 'fechar o meu mei': 5, 'encerrar meu mei': 5, 'encerrar o mei': 5, 'baixa do mei': 5, 'baixa no mei': 5, 'baixa do meu mei': 5,
    'fechar minha empresa': 5, 'encerrar minha empresa': 5, 'baixa da empresa': 5, 'baixa do cnpj': 5, 'baixa no cnpj': 5,
    // The partners' own company closed by their agreement: the distrato and the dissolution (CC arts. 1.033 II and 1.102-1.112), told
    // with "our" company (a diminutive too) or its CNPJ. Not "fechar a empresa", also the employer's closing told by a worker.
    'fechar nossa empres*': 5, 'fechar a nossa empres*': 5, 'encerrar nossa empres*': 5, 'encerrar a nossa empres*': 5, 'fechar minha empres*': 5, 'fechar a minha empres*': 5,
    'fechar o cnpj': 5, 'fecha o cnpj': 5, 'fechar meu cnpj': 5, 'fechar o meu cnpj': 5, 'encerrar o cnpj': 5, 'encerrar meu cnpj': 5, 'encerrar o meu cnpj': 5,
    'distrato social': 6, 'dissolver a sociedade': 6, 'dissolver a empresa': 5, 'encerrar a sociedade': 6,
    'junta comercial': 6, quotas: 5, 'dissolucao da sociedade': 6, 'sair da sociedade': 6, holding: 6,
    // A family holding receives the family's assets as capital: a company's act, whatever the heirs and the inventory it plans for.
    'holding familiar': 8, 'holding patrimonial': 8, 'integralizacao de capital': 5, 'integralizar os imoveis': 5, 'participacao societaria': 4,
    duplicata: 5, 'capital social': 6, acionista: 5, startup: 4, investidor: 3, empresario: 3,
    empreendedor: 2, contabilidade: 2, 'concorrencia desleal': 6, 'capital de giro': 4, 'milionari*': 2,
    // A service-level agreement is named with its article or its contract ("o SLA", "SLA do contrato"): a bare "sla" is chat shorthand
    // for "sei lá" (spelling lexicon), and as a term it scored every "sei lá" answer as a company case.
    'representacao comercial': 5, 'contrato empresarial': 6, 'contrato de fornecimento': 5, 'contrato de distribuicao': 5, 'contrato de transporte': 4, 'contrato de representacao': 5, 'representante comercial': 5, 'lei dos representantes': 6, 'lei 4886': 6, 'nivel de servico': 5, 'o sla': 5, 'do sla': 5, 'no sla': 5, 'sla contratado': 5, 'sla do contrato': 5, 'licenca de software': 5, 'licenciamento de software': 5, 'contrato de licenca': 5, 'empresa de software': 3, fretes: 2, canhoto: 3, protesto: 3, 'titulo protestado': 4,
  },
  subareas: [
    {
      id: 'empresarial.recuperacao-judicial', label: 'recuperação judicial', complexity: 1,
      terms: { 'recuperacao judicial': 6, 'recuperacao extrajudicial': 6, credores: 3, crise: 2, dividas: 1 },
    },
    {
      id: 'empresarial.falencia', label: 'falência', complexity: 1,
      terms: { falencia: 5, faliu: 4, 'pedido de falencia': 6 },
    },
    {
      id: 'empresarial.constituicao', label: 'constituição de sociedade', complexity: -1,
      terms: { abrir: 2, 'abrir uma empresa': 5, 'contrato social': 2, cnpj: 2, socio: 2, sociedade: 2, 'junta comercial': 3, 'queremos abrir': 4 },
    },
    {
      // A partner who leaves by selling the quotas, the price agreed (CC art. 1.057: to a partner freely, unless the contract says
      // otherwise): a cession and an amendment of the articles filed at the Junta Comercial, the seller answering for 2 years
      // (art. 1.003 par. ún.); a sole remaining partner keeps the company as a sociedade limitada unipessoal (art. 1.052 §1º).
      // No dissolution nor apuração de haveres to sue for (`SUBAREA_PRECEDENCES`).
      id: 'empresarial.cessao-quotas', label: 'saída consensual de sócio (cessão de quotas e alteração contratual)', complexity: -1,
      terms: {
        'cessao de quotas': 6, 'cessao de cotas': 6, 'cessao das quotas': 6, 'cessao das cotas': 6, 'transferencia de quotas': 5, 'transferencia das quotas': 5,
        'transferencia de cotas': 5, 'transferencia das cotas': 5, 'compra das quotas': 5, 'compra das cotas': 5, 'vender as quotas': 4, 'vender as cotas': 4,
        'comprar as quotas': 4, 'comprar as cotas': 4, 'pela parte dele': 3, 'pela parte dela': 3, 'pela parte do socio': 4, 'comprar a parte dele': 4,
        'comprar a parte dela': 4, 'alteracao contratual': 3, 'alteracao do contrato social': 3,
      },
    },
    {
      id: 'empresarial.conflito-socios', label: 'conflito entre sócios e dissolução', complexity: 1,
      terms: {
        'briga com o socio': 5, 'sair da sociedade': 5, dissolucao: 4, 'exclusao de socio': 5, 'exclusao do socio': 5, 'apuracao de haveres': 6,
        'expuls*': 3, 'outros socios': 3, 'meu socio': 3, 'minha socia': 3, 'a outra socia': 3, 'desvi*': 4, 'destituicao': 4, 'reuniao de socios': 3, 'distribuicao de lucro*': 3, 'prestacao de contas': 3, 'balancete*': 2, retiradas: 2,
        'um dos socios': 3, 'o outro socio': 3, 'retiradas indevidas': 4, 'confusao patrimonial': 4,
        // a partner the client wants out of the company or of its management (exclusão, CC art. 1.085; destituição, art. 1.019)
        'tirar ele da sociedade': 5, 'tirar ela da sociedade': 5, 'tirar da sociedade': 5, 'excluir da sociedade': 5, 'excluir ele da sociedade': 5,
        ...Object.fromEntries(PARTNER_OUT.map((phrase) => [phrase, 5])),
        // a partner diverting the company's money or its clients (`PARTNER_DIVERTING`: CC arts. 1.011 and 1.085; Lei 9.279/96 art. 195 III)
        ...Object.fromEntries(PARTNER_DIVERTING.map((phrase) => [phrase, 5])),
        'excluir ela da sociedade': 5, 'tirar ele da administracao': 4, 'tirar ela da administracao': 4, 'tirar da administracao': 4,
        // What partners fight over inside a running company: each one's pay (pró-labore, set by the partners, CC art. 1.071),
        // a management the contract makes joint (CC arts. 1.013-1.014), the company's cash taken to a partner's own account
        // (confusão patrimonial, CC art. 50: money moved to a partner's personal account, not the account itself). Not words of a company being formed.
        // A partner's death (CC art. 1.028): the quota is liquidated for the heirs unless the contract or the partners let them in,
        // the partial dissolution and the apuração de haveres of a running company, not its forming.
        'socio faleceu': 5, 'socio morreu': 5, 'socio veio a falecer': 5, 'morte do socio': 5, 'falecimento do socio': 5, 'herdeiros do socio': 5,
        'viuva do socio': 5, 'viuva dele quer entrar': 4, 'entrar na sociedade': 3, 'valor das cotas': 3, 'valor das quotas': 3, 'liquidacao das cotas': 5, 'liquidacao das quotas': 5,
        'pro labore': 3, 'administracao conjunta': 3, 'dinheiro do caixa': 2, 'dinheiro da empresa': 2, 'conta da empresa': 2, 'sem autorizacao do socio': 4,
        'para a conta pessoal': 2, 'para conta pessoal': 2, 'pra conta pessoal': 2,
        // The company's money moved by a partner to a company or an account in a relative's or a front's name (desvio: exclusion for
        // grave fault, CC art. 1.085; the administrator's liability, art. 1.016), not a company being formed.
        'empresa no nome de': 3, 'empresa no nome do': 3, 'empresa no nome da': 3, 'empresa em nome de': 3, 'das contas da empresa': 3,
      },
    },
    {
      id: 'empresarial.propriedade-intelectual', label: 'marca e propriedade intelectual',
      terms: { marca: 2, 'minha marca': 4, 'nossa marca': 4, 'registrar a marca': 5, 'registro da marca': 5, 'registro de marca': 5, inpi: 5, 'copiar': 2, copiando: 2, patente: 4, 'nome empresarial': 4, 'marca registrada': 4, 'uso indevido de marca': 5,
        // a demand that a business stop using its name (abstenção de uso), and the registry that names it (Lei 8.934/94)
        'nome fantasia': 4, 'junta comercial': 3, 'pare de usar o nome': 4, 'parar de usar o nome': 4, 'troque o nome da': 4, 'trocar o nome da loja': 4, 'trocar o nome da empresa': 4, colidencia: 4, 'direito de precedencia': 4 },
    },
    {
      // Between businesses there is no consumer protection: the contract is presumed symmetrical (CC art. 421-A), so its
      // terms, the proof of performance and of the loss (lucros cessantes) decide, often with an expert's report.
      id: 'empresarial.contratos', label: 'contratos empresariais', complexity: 1,
      terms: { fornecedor: 2, franquia: 4, distribuicao: 2, 'representacao comercial': 5, 'contrato de representacao': 5, 'representante comercial': 5, duplicata: 3,
        // A business customer's unpaid invoices under a supply or service contract: their proof (the invoice, the delivery or the
        // service, the duplicata's acceptance) and the contract's remedies (CC arts. 475-476: the exceptio, the rescission) are the case.
        'notas fiscais em aberto': 3, 'titulos em aberto': 3, 'titulos vencidos': 3, 'cliente inadimplente': 3, 'cobranca entre empresas': 4,
        // A distributor of a manufacturer's brand, exclusive in its territory (CC arts. 710-721): the brand named is the principal's,
        // and the case is the distribution contract (its notice, CC arts. 473 parágrafo único and 720; the stock and the investments).
        // Not "distribuidora" alone: it names an employer or a shop as often ("trabalho numa distribuidora de bebidas").
        'distribuidor exclusivo': 5, 'distribuidora exclusiva': 5, 'distribuidores exclusivos': 5,
        'distribuicao exclusiva': 5, exclusividade: 2, 'contrato de exclusividade': 2, 'representante exclusivo': 4 },
    },
  ],
  defaultSubarea: 'direito empresarial',
  topics: ['parties', 'amount', 'location', 'urgency', 'documents', 'outcome', 'timeline'],
  recommendedAction: 'Avaliar com advogado empresarial a situação da empresa e os instrumentos societários ou de reestruturação cabíveis.',
  nextSteps: [
    'Reunir contrato social, balanços e a lista de credores ou contratos envolvidos',
    'Levantar processos e protestos em nome da empresa',
    'Evitar vender bens ou assinar acordos antes de falar com o advogado',
  ],
};
