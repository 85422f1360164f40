/**
 * Who else is involved: the label shown to the lawyer -> the ways people refer to it.
 * Phrases follow the area lexicon syntax (accents optional, `*` = any ending).
 */
export const PARTIES: Record<string, string[]> = {
  empregador: ['empregador', 'patrao', 'patroa', 'empresa onde trabalh*', 'meu chefe', 'minha chefe', 'encarregado', 'dono da empresa', 'o dono', 'gerente'],
  'colegas de trabalho': ['colega de trabalho', 'colegas', 'colega'],
  sindicato: ['sindicato'],
  INSS: ['inss', 'perito', 'pericia do inss'],
  'médico do trabalho': ['medico do trabalho', 'medico da empresa'],
  loja: ['loja', 'revenda', 'concessionaria', 'vendedor', 'vendedora', 'magazine'],
  'site ou marketplace': ['mercado livre', 'shopee', 'amazon', 'site de anuncios', 'olx'],
  banco: ['banco', 'bancos', 'caixa economica', 'financeira', 'financeiras'],
  'plano de saúde': ['plano de saude', 'convenio medico', 'operadora do plano'],
  operadora: ['operadora', 'operadora de celular', 'companhia telefonica'],
  'companhia aérea': ['companhia aerea', 'empresa aerea'],
  seguradora: ['seguradora', 'seguro'],
  transportadora: ['transportadora'],
  'ex-cônjuge ou ex-companheiro(a)': ['ex marido', 'ex mulher', 'ex esposa', 'ex companheir*', 'meu ex', 'minha ex', 'ex conjuge', 'pai do meu filho', 'pai da minha filha', 'mae do meu filho', 'mae da minha filha'],
  'cônjuge ou companheiro(a)': ['meu marido', 'minha esposa', 'minha mulher', 'meu companheiro', 'minha companheira', 'um homem'],
  filhos: ['filho', 'filha', 'filhos', 'filhas'],
  'familiares': ['meu pai', 'minha mae', 'meu irmao', 'minha irma', 'meus pais', 'minha familia', 'meu tio', 'minha tia', 'meu avo', 'minha avo'],
  herdeiros: ['herdeiro', 'herdeiros'],
  prefeitura: ['prefeitura', 'municipio'],
  'Estado': ['governo do estado', 'secretaria da fazenda', 'secretaria de estado', 'sefaz'],
  'Receita Federal': ['receita federal', 'receita'],
  Detran: ['detran'],
  'órgão público': ['orgao publico', 'autarquia', 'tribunal de contas', 'comissao processante', 'comissao'],
  'Ministério Público': ['ministerio publico', 'promotor', 'promotoria'],
  polícia: ['policia', 'policiais', 'policial', 'delegado', 'delegacia'],
  vizinho: ['vizinho', 'vizinha', 'vizinhos'],
  vítima: ['vitima'],
  'sócio': ['socio', 'socios', 'socia'],
  credores: ['credores', 'credor'],
  fornecedores: ['fornecedor', 'fornecedores'],
  funcionários: ['funcionarios', 'empregados', 'colaboradores'],
  construtora: ['construtora', 'incorporadora'],
  'locador (proprietário)': ['locador', 'proprietario', 'dono do imovel', 'dono da casa', 'dono do apartamento'],
  inquilino: ['inquilino', 'inquilina', 'locatario'],
  imobiliária: ['imobiliaria'],
  condomínio: ['condominio', 'sindico'],
  comprador: ['comprador'],
  'vendedor particular': ['particular', 'pessoa fisica'],
  contador: ['contador', 'contadora', 'contabilidade'],
  'médico ou hospital': ['hospital', 'clinica', 'medico'],
};

/** Nouns counted in "9 bancos", "140 funcionários": how many parties stand on one side. */
export const PARTY_GROUP_NOUNS: string[] = [
  'bancos', 'credores', 'financeiras', 'reus', 'funcionarios', 'empregados', 'trabalhadores',
  'fornecedores', 'vitimas', 'herdeiros', 'socios', 'empresas', 'consumidores', 'moradores',
  'clientes', 'autores', 'acusados',
];
