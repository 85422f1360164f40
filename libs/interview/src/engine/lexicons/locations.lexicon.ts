/** Brazilian federative units. */
export const UFS: string[] = [
  'AC', 'AL', 'AP', 'AM', 'BA', 'CE', 'DF', 'ES', 'GO', 'MA', 'MT', 'MS', 'MG', 'PA', 'PB', 'PR',
  'PE', 'PI', 'RJ', 'RN', 'RS', 'RO', 'RR', 'SC', 'SP', 'SE', 'TO',
];

/** State names as people write them -> UF. */
export const STATE_NAMES: Record<string, string> = {
  acre: 'AC', alagoas: 'AL', amapa: 'AP', amazonas: 'AM', bahia: 'BA', ceara: 'CE',
  'distrito federal': 'DF', 'espirito santo': 'ES', goias: 'GO', maranhao: 'MA',
  'mato grosso': 'MT', 'mato grosso do sul': 'MS', 'minas gerais': 'MG', minas: 'MG', 'estado do para': 'PA',
  paraiba: 'PB', parana: 'PR', pernambuco: 'PE', piaui: 'PI', 'rio de janeiro': 'RJ',
  'rio grande do norte': 'RN', 'rio grande do sul': 'RS', rondonia: 'RO', roraima: 'RR',
  'santa catarina': 'SC', 'sao paulo': 'SP', sergipe: 'SE', tocantins: 'TO',
};

/** Capitals and large cities recognised without a UF ("moro em Fortaleza"). */
export const CITIES: Record<string, string> = {
  'Rio Branco': 'AC', 'Maceió': 'AL', 'Macapá': 'AP', 'Manaus': 'AM', 'Salvador': 'BA',
  'Feira de Santana': 'BA', 'Fortaleza': 'CE', 'Brasília': 'DF', 'Vitória': 'ES', 'Vila Velha': 'ES',
  'Goiânia': 'GO', 'Anápolis': 'GO', 'São Luís': 'MA', 'Cuiabá': 'MT', 'Campo Grande': 'MS',
  'Belo Horizonte': 'MG', 'Contagem': 'MG', 'Uberlândia': 'MG', 'Juiz de Fora': 'MG', 'Betim': 'MG',
  'Belém': 'PA', 'João Pessoa': 'PB', 'Curitiba': 'PR', 'Londrina': 'PR', 'Maringá': 'PR',
  'Recife': 'PE', 'Teresina': 'PI', 'Rio de Janeiro': 'RJ', 'Niterói': 'RJ', 'Duque de Caxias': 'RJ',
  'São Gonçalo': 'RJ', 'Natal': 'RN', 'Porto Alegre': 'RS', 'Caxias do Sul': 'RS', 'Porto Velho': 'RO',
  'Boa Vista': 'RR', 'Florianópolis': 'SC', 'Joinville': 'SC', 'São Paulo': 'SP', 'Campinas': 'SP',
  'Guarulhos': 'SP', 'Santos': 'SP', 'Ribeirão Preto': 'SP', 'Sorocaba': 'SP', 'São Bernardo do Campo': 'SP',
  'Osasco': 'SP', 'Aracaju': 'SE', 'Palmas': 'TO',
  // Large cities whose name begins with another's: the longer phrase wins ("Vitória da Conquista" is not Vitória/ES).
  'Vitória da Conquista': 'BA', 'Vitória de Santo Antão': 'PE', 'São José dos Campos': 'SP', 'São José do Rio Preto': 'SP',
  'São José dos Pinhais': 'PR', 'Campos dos Goytacazes': 'RJ',
};

/** Words that may come right before a city name ("moro em Natal"), so "no Natal" is not a city. */
export const CITY_LEADING_WORDS: string[] = ['em', 'de', 'do', 'da', 'no', 'na', 'para', 'cidade', 'perto', 'moro', 'mora', 'estado'];

/** Small words allowed inside a city name ("Caxias do Sul"). */
export const CITY_CONNECTORS: string[] = ['de', 'do', 'da', 'dos', 'das', 'e'];

/** Words that end a lower-case city name when reading backwards from "/UF". */
export const CITY_STOP_WORDS: string[] = [
  'em', 'no', 'na', 'numa', 'num', 'moro', 'mora', 'fica', 'cidade', 'perto', 'para', 'pra', 'a', 'o',
  'e', 'eu', 'sou', 'aqui', 'la', 'que', 'um', 'uma', 'meu', 'minha', 'sede',
  // A body or court named before its city ("Prefeitura de Vitória da Conquista/BA", "Comarca de Itu/SP"), and a verb
  // that opens a sentence ("Saio de Salvador/BA", "Moro em Bauru/SP"): capitalised, yet not part of the name.
  'prefeitura', 'comarca', 'municipio', 'camara', 'forum', 'vara', 'saio', 'sai', 'vim', 'venho', 'estou', 'moramos', 'mudei', 'nasci', 'trabalho',
];

/** Words that may open a short answer naming a place ("moro em Garanhuns", "aqui em Caruaru", "na cidade de Olinda"), folded. */
export const PLACE_ANSWER_LEADS: string[] = [
  'moro', 'mora', 'moramos', 'vivo', 'sou', 'somos', 'fica', 'foi', 'aconteceu', 'aqui', 'la', 'em', 'no', 'na', 'de', 'do', 'da', 'cidade', 'municipio', 'eu',
];

/** Capitalised first words of a short answer that is not a place ("Sim", "Não sei", "Obrigado"), folded. */
export const NOT_PLACE_ANSWERS: string[] = [
  'sim', 'nao', 'ok', 'oi', 'ola', 'obrigado', 'obrigada', 'nada', 'nenhum', 'nenhuma', 'ninguem', 'talvez', 'depende', 'tudo', 'isso',
  'bom', 'certo', 'claro', 'brasil', 'exterior', 'interior', 'capital', 'centro', 'zona', 'bairro',
];

/**
 * Acronyms of public bodies written with their state's code ("PM-MG", "TJ-SP", "PC-RJ", "Detran-BA"): the body that acted or
 * judges, not where the client lives or the facts happened (a client of Vitória stopped by the PM-MG on a trip). Folded.
 */
export const BODY_ACRONYMS: string[] = [
  'pm', 'pc', 'pf', 'prf', 'bm', 'cbm', 'cbmerj', 'gcm', 'pmerj', 'pcerj', 'pmesp', 'tj', 'tjm', 'trt', 'trf', 'tre', 'mp', 'mpe', 'mpt', 'mpf', 'dpe', 'dpu',
  'oab', 'crm', 'crea', 'cro', 'crc', 'coren', 'crp', 'detran', 'der', 'sefaz', 'ssp', 'sesp', 'seduc', 'ses', 'iml', 'tce', 'tcm', 'pge', 'jucesp',
];

/**
 * Public bodies named with their state ("Polícia Militar de Minas Gerais", "Tribunal de Justiça do Estado de São Paulo"):
 * the state there is the body's, not the client's place. Folded words, before "de"/"do"/"da" and, optionally, "estado de".
 */
export const STATE_BODIES: string[] = [
  'policia militar', 'policia civil', 'policia federal', 'policia rodoviaria federal', 'policia penal', 'corpo de bombeiros', 'bombeiros',
  'tribunal de justica', 'tribunal regional do trabalho', 'tribunal regional federal', 'tribunal regional eleitoral', 'tribunal de contas',
  'ministerio publico', 'defensoria publica', 'procuradoria geral', 'justica federal', 'justica estadual', 'justica do trabalho',
];
