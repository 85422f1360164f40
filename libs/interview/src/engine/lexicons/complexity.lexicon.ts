/**
 * Words that show a complexity feature of `COMPLEXITY_FEATURES` (complexity-features.lexicon.ts).
 * Each feature counts once per interview, however often its words appear; a negated phrase
 * ("nunca foi preso") does not count. Phrases follow the area lexicon syntax.
 */
export const COMPLEXITY_PHRASES: Record<string, string[]> = {
  'processo-em-curso': [
    'citacao', 'fui citado', 'fui citada', 'intimacao', 'fui intimado', 'fui intimada', 'oficial de justica',
    'penhora', 'penhorar*', 'bloqueio judicial', 'sisbajud', 'execucao fiscal', 'acao de execucao',
    'audiencia', 'processo contra mim', 'acao contra mim', 'me processou', 'me processaram',
    'entrou na justica', 'entraram na justica', 'auto de infracao', 'processo administrativo', 'processo disciplinar',
    'inquerito', 'indiciad*', 'denuncia do ministerio publico', 'reu', 'processo judicial',
  ],
  liberdade: [
    'foi preso', 'foi presa', 'esta preso', 'esta presa', 'ficou preso', 'preso desde', 'prenderam', 'prisao preventiva', 'prisao temporaria', 'mandado de prisao', 'flagrante', 'regime fechado',
    'regime semiaberto', 'semiaberto', 'condenad*', 'audiencia de custodia',
  ],
  'crime-grave': [
    'homicidio', 'trafico', 'roubo', 'estupro', 'latrocinio', 'organizacao criminosa', 'lavagem de dinheiro',
    'mao armada', 'trabalho escravo', 'analogo a escravidao', 'carcere privado', 'sequestro', 'armado',
  ],
  vulneravel: [
    'crianca', 'criancas', 'menor de idade', 'de menor', 'adolescente', 'idoso', 'idosa', 'deficiencia', 'deficiente',
    'acamad*', 'uti', 'violencia domestica', 'medida protetiva', 'autis*', 'gestante', 'gravida', 'curatela', 'interdicao',
  ],
  internacional: [
    'exterior', 'outro pais', 'estrangeir*', 'internacional', 'importacao', 'exportacao', 'importad*', 'consulado',
    'embaixada', 'cidadania', 'portugal', 'estados unidos', 'europa', 'paraguai', 'argentina', 'chile', 'japao',
    'italia', 'espanha', 'alemanha', 'inglaterra', 'canada', 'china', 'dolar', 'dolares', 'euro', 'euros',
    'outro estado', 'outra comarca',
  ],
  'varias-partes': [
    'varias empresas', 'duas empresas', 'tres empresas', 'todas as empresas', 'cada uma', 'uma joga pra outra',
    'empurra pra', 'ninguem assume', 'solidari*', 'varios reus', 'os dois', 'as duas', 'ambos', 'ambas',
  ],
  'dano-grave': [
    'sequela*', 'invalidez', 'amputa*', 'paraplegi*', 'tetraplegi*', 'coma', 'fratur*', 'traumatismo', 'atropela*',
    'erro medico', 'incapacidade permanente', 'perda de membro', 'debilidade permanente', 'perda funcional', 'perda do movimento', 'perdeu o movimento', 'perdi o dedo', 'perdi um dedo', 'perdi os dedos', 'perdi dois dedos',
    'parte do dedo', 'parte dos dedos', 'parte de dois dedos', 'perdi a visao', 'perdi a mao', 'perdi o braco', 'perdi a perna', 'morte no', 'morte da', 'morte do', 'morreu no', 'morreu na',
  ],
  'prova-disputada': [
    'sem prova*', 'nao tenho prova*', 'nenhuma prova', 'so de boca', 'contrato verbal', 'sem contrato', 'nega', 'negam',
    'negou', 'negaram', 'nao tem nada a ver', 'nao tem responsabilidade', 'nao se responsabiliza', 'falsific*', 'falso', 'falsa', 'assinatura falsa', 'nao acharam', 'sumiram com',
  ],
  'questao-nova': [
    'lei nova', 'tese', 'stj', 'stf', 'jurisprudencia', 'inconstitucional', 'repercussao geral', 'precedente',
    'nao tem lei', 'igualdade salarial',
  ],
  coletivo: [
    'acao coletiva', 'coletiv*', 'todos os funcionarios', 'varios funcionarios', 'todos os moradores', 'varias familias',
    'muitas pessoas', 'varias pessoas', 'outras vitimas', 'varias vitimas', 'muitas vitimas', 'varios trabalhadores', 'outros trabalhadores', 'outros peoes',
  ],
  consensual: ['consensual', 'amigavel', 'amigavelmente', 'de comum acordo', 'todos de acordo', 'todo mundo de acordo', 'estamos de acordo', 'todos concordam'],
  insolvencia: ['recuperacao judicial', 'recuperacao extrajudicial', 'falencia', 'insolvencia'],
  'muitas-dividas': ['muitos credores', 'varios credores', 'diversos credores', 'varios bancos', 'muitos bancos', 'muitas dividas', 'varias dividas', 'superendividad*'],
  improbidade: ['improbidade', 'desvio de verba', 'licitacao', 'tribunal de contas'],
  patrimonio: ['partilha', 'patrimonio', 'holding', 'heranca', 'inventario', 'cotas', 'quotas', 'fazenda', 'imoveis'],
  'ocultacao-de-bens': ['laranja', 'nome de terceiros', 'escondendo bens', 'escondendo os bens', 'ocultacao de bens', 'transferindo os bens', 'desviando', 'desvio'],
  'disputa-societaria': ['exclusao de socio', 'exclusao do socio', 'apuracao de haveres', 'dissolucao da sociedade', 'prestacao de contas', 'socio majoritario', 'socio minoritario', 'administrador'],
};
