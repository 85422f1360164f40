import type { RouteRule } from './route-rules.lexicon';
import { WARRANT_UNDONE } from './safety.lexicon';

/**
 * A loan the client denies having made, told with the loan as the object ("jamais solicitei esse empréstimo", "nunca fiz esse
 * consignado"): a contract the consumer never made is the bank's failure (CDC art. 14; Súmula 479 do STJ), whatever benefit it is
 * discounted from. The client note `unrequested-loan` and the subarea of bank fraud both read it.
 */
export const LOAN_DENIED: string[] = ['emprestimo*', 'consignado*'].flatMap((loan) =>
  ['jamais solicitei', 'nunca solicitei', 'nao solicitei', 'jamais pedi', 'nunca pedi', 'nao pedi', 'jamais fiz', 'nunca fiz', 'nao fiz',
    'jamais contratei', 'nunca contratei', 'nao contratei', 'nao reconheco'].map((denial) => `${denial} ess* ${loan}`),
);

/**
 * Roles and remedies that decide a route against the loudest words (`ROUTE_RULES`), kept apart from
 * `client-notes.lexicon.ts` (which spreads them into `CLIENT_NOTES`). Phrases follow the area lexicon
 * syntax (accents optional, `*` = any ending).
 */

/** The goods a person leaves to someone after death, and the possessives they are told with. */
const ESTATE_GOODS = ['casa', 'apartamento', 'imovel', 'imoveis', 'terreno', 'sitio', 'chacara', 'fazenda', 'bens', 'patrimonio'];
const POSSESSIVES = ['meu', 'o meu', 'minha', 'a minha', 'meus', 'os meus', 'minhas', 'as minhas'];

/**
 * Disposing of one's goods for after one's death (testamento, CC arts. 1.857 ss.; the doação com reserva de
 * usufruto that plans it in life): a succession remedy, whatever the goods are. "Deixar a minha casa para" a
 * person is a bequest (a tenant leaving says "sair"/"entregar" the house, and names no one after it).
 */
export const BEQUESTS: string[] = POSSESSIVES.flatMap((p) => ESTATE_GOODS.map((good) => `deixar ${p} ${good} para`));

export const SUCCESSION_PLANNING: string[] = [
  'fazer testamento', 'fazer um testamento', 'fazer o testamento', 'fazer o meu testamento', 'fazer meu testamento', 'testamento publico',
  'deixar em testamento', 'planejamento sucessorio', 'herdeiros necessarios', 'deserdar', 'deserdacao', 'reserva de usufruto',
  'quando eu morrer', 'quando eu falecer', 'depois que eu morrer', 'depois que eu falecer', 'depois da minha morte', 'apos a minha morte', 'apos o meu falecimento',
  ...BEQUESTS,
];

/** Public companies and sociedades de economia mista named by clients, each with the prepositions its gender takes. */
export const STATE_COMPANIES: [string, string[]][] = [
  ...['petrobras', 'transpetro', 'caixa economica', 'caixa economica federal', 'conab', 'embrapa', 'infraero', 'eletrobras', 'eletronuclear', 'ebserh', 'casa da moeda',
    'dataprev', 'codevasf', 'cptm', 'sabesp', 'copasa', 'embasa', 'compesa', 'cedae', 'cagece', 'caesb', 'sanepar', 'casan', 'corsan', 'cemig', 'copel', 'celesc']
    .map((name): [string, string[]] => [name, ['na', 'da', 'pela']]),
  ...['banco do brasil', 'banco do nordeste', 'banco da amazonia', 'banrisul', 'bndes', 'serpro', 'metro'].map((name): [string, string[]] => [name, ['no', 'do', 'pelo']]),
  ['correios', ['nos', 'dos', 'pelos']],
];

/**
 * The client employed by a public company or a sociedade de economia mista, named (Petrobras, the Correios, the Caixa, the Banco do
 * Brasil, the states' water and power companies): hired by exam but under the CLT (CF art. 173 §1º II; Súmula 390 II TST), their
 * claims are the labour court's (CF art. 114 I), whatever "concurso" or "processo administrativo" they tell. Told in the first person
 * only: "o funcionário da Caixa" is who served a customer.
 */
export const STATE_COMPANY_EMPLOYEE: string[] = (() => {
  const selves = ['sou funcionario', 'sou funcionaria', 'sou empregado', 'sou empregada', 'sou concursado', 'sou concursada', 'concursado', 'concursada',
    'trabalho', 'trabalhava', 'trabalhei', 'fui contratado', 'fui contratada', 'fui admitido', 'fui admitida'];
  return STATE_COMPANIES.flatMap(([name, preps]) => selves.flatMap((self) => preps.map((prep) => `${self} ${prep} ${name}`)));
})();

/**
 * A temporary hire by the State for an exceptional public need (CF art. 37 IX), told by who hired and how: "contratada pelo estado",
 * the "contrato temporário da prefeitura", the state's "processo seletivo", a teacher's "designação temporária", Bahia's REDA. A
 * public-law relation heard by the common courts (STF ADI 3.395; RE 573.202), the FGTS owed only when the renewals made it null (STF
 * Tema 916), never a CLT employment. Not "contrato temporário" alone: a temp agency's worker is a CLT employee (Lei 6.019/74).
 */
export const TEMPORARY_PUBLIC_CONTRACT: string[] = [
  ...['estado', 'governo do estado', 'governo', 'municipio', 'secretaria de educacao', 'secretaria de saude'].map((body) => `contratad* pelo ${body}`.replace('pelo secretaria', 'pela secretaria')),
  ...['contrato temporario', 'processo seletivo', 'seletivo'].flatMap((hire) =>
    ['do estado', 'da prefeitura', 'do municipio', 'do governo', 'com o estado', 'com a prefeitura', 'com o municipio', 'pelo estado', 'pela prefeitura', 'pelo municipio']
      .map((body) => `${hire} ${body}`)),
  'designacao temporaria', 'contrato reda', 'regime especial de direito administrativo',
  // The body told before the hire ("entrei no estado por processo seletivo pra ser professora", "trabalho na prefeitura por contrato
  // temporário"), and the selection named by the body's level ("processo seletivo estadual"): the same temporary hire (CF art. 37 IX).
  ...['no estado', 'na prefeitura', 'no municipio', 'no governo do estado', 'no governo'].flatMap((body) =>
    ['processo seletivo', 'seletivo', 'contrato temporario', 'contratacao temporaria'].flatMap((hire) => [`${body} por ${hire}`, `${body} pelo ${hire}`, `${body} via ${hire}`])),
  ...['processo seletivo', 'seletivo', 'contrato temporario'].flatMap((hire) => [`${hire} estadual`, `${hire} municipal`]),
];

/**
 * A pension left by a public servant (regime próprio: Lei 8.112 art. 215; the unmarried daughter's of Lei 3.373/58)
 * is paid and cut by the servant's body, a matter of administrative law, not a benefit of the INSS nor child support.
 */
export const STATUTORY_PENSION: string[] = [
  'pensao de filha solteira', 'filha solteira maior', 'pensao estatutaria', 'pensao de servidor', 'pensao do servidor',
  // The servant's own regime (regime próprio de previdência, CF art. 40; the military's, art. 42 §1 and Lei 13.954) named as
  // such, or as the State's or the city's pension fund: its pensions and retirements are not the INSS's.
  'regime proprio', 'regime proprio de previdencia', 'rpps', 'regime do estado', 'regime estadual', 'regime do municipio', 'regime municipal',
  'previdencia do estado', 'previdencia estadual', 'previdencia do municipio', 'previdencia municipal', 'instituto de previdencia do estado',
  'instituto de previdencia do municipio', 'pensao militar', 'pensao de militar', 'pensao do militar',
];

/**
 * The sale of a going concern, the business with its goodwill and customers (trespasse, CC arts. 1.142-1.149),
 * told by who sold or bought it: a contract between entrepreneurs.
 */
export const BUSINESS_SALE: string[] = [
  'trespasse', 'venda do estabelecimento', 'venda de estabelecimento', 'compra do estabelecimento', 'vendi o estabelecimento', 'comprei o estabelecimento',
  'passei o ponto', 'repassei o ponto', 'passar o ponto', 'vendi o ponto', 'comprei o ponto', 'venda do ponto comercial', 'compra do ponto comercial',
  'vendi meu comercio', 'vendi o meu comercio', 'vendi meu negocio', 'vendi o meu negocio', 'comprei o comercio', 'comprei o negocio',
  // The contract named by its object, the ponto (the going concern's place and clientele).
  'compra e venda do ponto', 'compra do ponto', 'venda do ponto', 'contrato do ponto',
  // The business named by its trade ("comprei uma padaria do antigo dono", "vendi o meu bar"): a shop is bought as a going concern.
  ...['comprei', 'compramos', 'comprou', 'comprar', 'vendi', 'vendemos', 'vendeu', 'vender'].flatMap((deal) =>
    ['um', 'uma', 'o', 'a', 'meu', 'minha', 'o meu', 'a minha'].flatMap((article) =>
      ['padaria', 'bar', 'restaurante', 'lanchonete', 'mercadinho', 'minimercado', 'mercearia', 'supermercado', 'acougue', 'pizzaria', 'sorveteria', 'farmacia',
        'drogaria', 'salao de beleza', 'barbearia', 'posto de gasolina', 'oficina mecanica', 'loja de roupas', 'distribuidora de bebidas'].map((kind) => `${deal} ${article} ${kind}`))),
];

/**
 * The employer's business passed to another owner, told by who works there (sucessão de empregadores): the change in the
 * company's ownership touches neither the workers' acquired rights nor their contracts (CLT arts. 10 and 448), and the successor
 * answers for the debts of the predecessor's time, the predecessor jointly only in fraud (CLT art. 448-A). The business is told by
 * its trade ("a padaria foi vendida", "o hotel mudou de dono", "a escola mudou de mantenedora") or as the client's workplace ("onde
 * eu trabalho foi vendida"); the client's own purchase or sale of a business is a trespasse (`BUSINESS_SALE`), and a home or a
 * building sold is a lease's or a purchase's matter (`PROPERTY_SOLD`, `TENANT`): no workplace noun here names them.
 */
const SUCCEEDED_BUSINESSES = [
  'empresa', 'firma', 'fabrica', 'oficina', 'padaria', 'pizzaria', 'lanchonete', 'transportadora', 'confeccao', 'clinica', 'escola particular',
  'farmacia', 'drogaria', 'distribuidora', 'pousada', 'churrascaria', 'sorveteria', 'mercearia', 'acougue', 'loja de roupas',
  'clinica odontologica', 'loja de material de construcao',
  'restaurante', 'mercado', 'mercadinho', 'supermercado', 'posto', 'posto de gasolina', 'hotel', 'frigorifico', 'deposito', 'bar', 'salao', 'salao de beleza',
  'atacadao', 'atacado', 'armazem', 'academia',
  ...['moveis', 'roupas', 'calcados', 'sapatos', 'racao', 'bolsas', 'tecidos', 'plastico', 'embalagens'].map((made) => `fabrica de ${made}`),
];
const OWNER_CHANGED = [
  'foi vendid*', 'foi comprad*', 'vai ser vendid*', 'foi passad* pra outro dono', 'foi passad* para outro dono', 'trocou de dono', 'mudou de dono', 'trocou de donos',
  'mudou de donos', 'passou pra outro dono', 'passou para outro dono', 'passou pra outros donos', 'passou para outros donos', 'mudou de mantenedora', 'trocou de mantenedora',
];
export const EMPLOYER_SUCCESSION: string[] = [
  // The business then its change ("a padaria foi vendida"), or with "que" between ("trabalha numa transportadora que foi vendida").
  ...SUCCEEDED_BUSINESSES.flatMap((business) => OWNER_CHANGED.flatMap((changed) => [`${business} ${changed}`, `${business} que ${changed}`])),
  ...['venderam'].flatMap((sold) => SUCCEEDED_BUSINESSES.flatMap((business) => [`${sold} o ${business}`, `${sold} a ${business}`])),
  ...['onde eu trabalho', 'onde trabalho', 'que eu trabalho', 'em que eu trabalho', 'em que trabalho', 'onde meu marido trabalha', 'onde minha esposa trabalha',
    'onde eu trabalhava', 'que eu trabalhava'].flatMap((workplace) => OWNER_CHANGED.map((changed) => `${workplace} ${changed}`)),
  'sucessao de empregadores', 'sucessao de empresas', 'sucessora trabalhista',
];

/**
 * Who tells the business's sale as its worker (CLT art. 3: personal, paid, subordinate work): the job held there ("sou camareira há 7
 * anos", "trabalho de caixa", "trampo num posto", "dou aula lá"), the years in the house ("tempo de casa") and the dues of the job
 * (férias vencidas, 13º atrasado, horas extras, FGTS, salários atrasados: CLT arts. 59, 129-146, 459; Lei 4.090/62; Lei 8.036/90).
 * Gates `EMPLOYER_SUCCESSION` (`onlyWith`): a trade's sale told by its tenant, its buyer or its customer names no job held there.
 */
const WORKER_TRADES = [
  'camareira', 'cozinheir*', 'frentista', 'caixa', 'operador* de caixa', 'marceneir*', 'vendedor*', 'atendente', 'repositor*', 'tecnic* de enfermagem', 'enfermeir*',
  'garcom', 'garconete', 'recepcionista', 'balconista', 'padeir*', 'confeiteir*', 'acougueir*', 'auxiliar*', 'ajudante*', 'estoquista', 'faxineir*', 'copeir*',
  'vigia', 'vigilante', 'porteir*', 'professor*', 'instrutor*', 'mecanic*', 'costureir*', 'cabeleireir*', 'manicure', 'pizzaiol*', 'chapeiro', 'servente',
  'soldador*', 'operari*', 'funcionari*', 'empregad*', 'registrad*', 'gerente', 'motorista', 'entregador*', 'lavador*',
  // The building site's and the country house's hands, registered as any (CLT art. 3; Lei 5.889/73 for the rural caseiro).
  'pedreir*', 'caseir*',
];
export const WORKER_TOLD: string[] = [
  // The trade told in the past as well ("fui garçom lá 3 anos", "fui cozinheira dele"): the job ended is still the employment claimed (CLT art. 11).
  ...['sou', 'era', 'eu sou', 'eu era', 'fui', 'eu fui', 'trabalho de', 'trabalhava de', 'trabalho como', 'trabalhava como', 'to', 'estou', 'ele e', 'ela e', 'em que sou', 'onde sou']
    .flatMap((be) => WORKER_TRADES.map((trade) => `${be} ${trade}`)),
  'onde eu trabalho', 'onde trabalho', 'que eu trabalho', 'em que eu trabalho', 'em que trabalho', 'onde eu trabalhava', 'que eu trabalhava', 'onde trabalhava',
  'onde meu marido trabalha', 'onde minha esposa trabalha', 'meu marido trabalha', 'minha esposa trabalha', 'minha mulher trabalha',
  // The workplace told after the verb ("trabalho numa farmácia", "trabalhei num mercado"): the job held there (CLT art. 3).
  'trabalho num', 'trabalho numa', 'trabalhei num', 'trabalhei numa', 'trabalhava num', 'trabalhava numa',
  'trabalho la', 'trabalhava la', 'trabalho ali', 'trabalhei la', 'trampo num', 'trampo na', 'trampo no', 'dou aula', 'dava aula', 'continuo trabalhando',
  'trabalho de carteira', 'carteira assinada', 'minha carteira', 'registrad* na carteira', 'tempo de casa', 'anos de casa', 'anos de empresa',
  'ferias vencidas', 'ferias vencida', 'ferias atrasadas', 'ferias atrasada', 'periodo de ferias', 'minhas ferias',
  '13 atrasado', '13 do ano passado', 'decimo terceiro atrasado', 'decimo terceiro do ano passado', 'meu 13', 'meu decimo terceiro',
  'horas extras', 'hora extra', 'adicional de periculosidade', 'adicional de insalubridade', 'adicional noturno', 'fgts', 'fundo de garantia',
  'salarios atrasados', 'salario atrasado', 'meses sem salario', 'meses de salario', 'diferencas de salario', 'o salario continua', 'salario em dia',
  'cortou o salario', 'cortou meu salario', 'verbas rescisorias', 'minha rescisao', 'mandou todo mundo embora', 'mandaram todo mundo embora',
  'demitiu a gente', 'demitiu todo mundo', 'demitiram todo mundo', 'todos os funcionarios', 'o que acontece com os funcionarios',
];

/**
 * Co-owners of one property once the estate is divided (condomínio voluntário, CC arts. 1.314-1.322): each owns an
 * ideal share and may ask to end the co-ownership (the sale of the whole) and rent from who uses it alone.
 */
export const CO_OWNERSHIP: string[] = [
  'extincao de condominio', 'extinguir o condominio', 'extincao do condominio', 'alienacao judicial de coisa comum', 'alienacao judicial do imovel', 'fracao ideal', 'coproprietari*', 'co proprietari*',
  'partilha registrada', 'partilha ja registrada', 'formal de partilha registrado', 'inventario ja terminou', 'inventario ja acabou', 'inventario ja foi concluido',
  'inventario concluido', 'inventario encerrado', 'inventario ja foi encerrado', 'inventario ja foi feito',
];

/**
 * A good of an estate not yet divided, sold or to be sold by the heirs (CC arts. 1.784, 1.791 and 1.793; CPC art. 619 I): the
 * deed the buyer asks for waits for the inventory or a judge's alvará, and an heir's share is sold by a cessão de direitos
 * hereditários. Told in the lawyer's words or in the notary's everyday answer ("sem o inventário não dá para passar a escritura").
 */
export const ESTATE_GOOD_SOLD: string[] = [
  'cessao de direitos hereditarios', 'cessao dos direitos hereditarios', 'direitos hereditarios', 'alvara para vender', 'alvara para venda', 'alvara de venda',
  'alvara judicial para vender', 'alvara judicial para a venda', 'bem do espolio', 'bens do espolio', 'imovel do espolio', 'imovel do inventario',
  'sem o inventario', 'sem inventario', 'sem fazer o inventario', 'sem fazer inventario', 'sem terminar o inventario', 'sem concluir o inventario',
  'antes do inventario', 'antes de fazer o inventario', 'antes de terminar o inventario',
];

/**
 * The landlord's remedy against a tenant who does not pay or must leave (ação de despejo, Lei 8.245 arts. 5, 9 III and 59
 * §1 IX; the rent owed, art. 62): the lawyer's name of the action and the everyday ways to say the unpaid rent.
 */
export const EVICTION_SOUGHT: string[] = [
  'acao de despejo', 'pedir o despejo', 'entrar com o despejo', 'entrar com despejo', 'despejar o inquilino', 'despejar a inquilina', 'tirar o inquilino', 'tirar a inquilina',
  'alugueis atrasados', 'aluguel atrasado', 'alugueis em atraso', 'aluguel em atraso', 'alugueis vencidos', 'alugueis devidos',
  'receber os alugueis', 'receber o aluguel', 'cobrar os alugueis', 'cobrar o aluguel',
  'nao paga o aluguel', 'nao pagou o aluguel', 'parou de pagar o aluguel', 'deixou de pagar o aluguel',
];

/**
 * A criminal inquiry or case already closed for the client: archived (CPP arts. 18 and 28) or ended in an acquittal. What the
 * client asks now (a dismissal for cause undone, a public exam, damages) is another area's remedy; the inquiry is its proof.
 */
export const CRIMINAL_CASE_CLOSED: string[] = [
  'inquerito foi arquivado', 'inquerito arquivado', 'inquerito ja foi arquivado', 'arquivaram o inquerito', 'arquivou o inquerito', 'arquivamento do inquerito',
  'certidao de arquivamento', 'processo criminal foi arquivado', 'processo criminal arquivado', 'fui absolvid*', 'sentenca de absolvicao', 'sentenca absolutoria',
  'nem indiciou', 'nem me indiciou', 'nao fui indiciad*', 'nunca fui indiciad*', 'nao me indiciou', 'nao me indiciaram',
  // The archiving told by who decided it (the delegado's report, the promotor's request, the judge's order: CPP arts. 18 and 28).
  ...['delegado', 'delegada', 'promotor', 'promotora', 'juiz', 'juiza'].flatMap((who) => [`${who} arquivou`, `${who} mandou arquivar`]),
  'arquivaram o caso', 'arquivaram a denuncia', 'arquivaram a queixa', 'absolvicao transitou', 'absolvicao ja transitou',
];

/**
 * The criminal case told closed and then running again against the client: the acquittal appealed by the prosecution (CPP arts. 574
 * and 593), the inquiry reopened on new evidence (CPP art. 18; Súmula 524 do STF), a new accusation that made the client a defendant.
 * The defence is the case again, whatever was archived before.
 */
export const CASE_REOPENED: string[] = [
  ...['ministerio publico', 'promotor', 'promotora', 'promotoria', 'mp'].flatMap((who) => [`${who} recorreu`, `${who} vai recorrer`, `${who} entrou com recurso`]),
  'recorreu da absolvicao', 'recorreu da minha absolvicao', 'recurso contra a absolvicao', 'recurso contra minha absolvicao', 'me defender no recurso',
  'reabriram o inquerito', 'reabriu o inquerito', 'inquerito foi reaberto', 'desarquivaram', 'desarquivou', 'desarquivamento',
  'virei reu', 'virei re', 'agora sou reu', 'agora sou re',
];

/** The rights of an employment, claimed as such: the worker's remedy against the employer (CLT; LC 150 for a home). */
export const LABOUR_RIGHTS_CLAIMED: string[] = [
  'direitos trabalhistas', 'meus direitos trabalhistas', 'direitos do trabalho', 'meus direitos do trabalho', 'verbas trabalhistas',
  'reconhecimento do vinculo', 'reconhecer o vinculo', 'reconhecimento de vinculo', 'vinculo reconhecido',
  // The employment itself asked to be recognised (CLT art. 3): the worker's status, whatever the contract called it.
  'reconhecido como empregado', 'reconhecida como empregada', 'reconhecimento como empregado', 'reconhecimento como empregada',
  'vinculo empregaticio', 'vinculo de emprego',
  // The same claim in the worker's own words ("só quero os meus direitos de trabalhadora", "direitos de doméstica").
  'direitos de trabalhador*', 'direitos de empregad*', 'direitos de domestica',
  // The card's signing asked of the employer ("quero que ela assine a minha carteira"): the registration the employer owes (CLT art. 29;
  // LC 150 art. 9º), with the contributions it withheld and must pay in (LC 150 art. 34; Lei 8.212 art. 30 I), not a request to the INSS.
  ...['assine', 'assinasse', 'assinem', 'assinassem', 'registre', 'registrasse'].flatMap((sign) => [`${sign} a carteira`, `${sign} minha carteira`, `${sign} a minha carteira`]),
  // The employment's dues told as never had (CLT arts. 129 and 477; Lei 4.090/62; LC 150 arts. 17 and 19 for a home's worker): what the
  // employer, or its estate once it died (CC art. 1.997), owes.
  ...['nunca recebi', 'nunca recebeu', 'nunca tirei', 'nunca tirou', 'nunca pagaram', 'nunca pagou', 'nunca me pagaram', 'nunca pagaram a ela', 'nunca pagaram pra ela']
    .flatMap((never) => ['ferias', 'decimo terceiro', 'fgts', 'aviso previo', 'verbas rescisorias'].map((due) => `${never} ${due}`)),
  // The just-cause dismissal contested ("quero reverter a justa causa"): the employer proves the fault in the labour court (CLT art. 482; CF art. 114 I).
  ...['reverter', 'tirar', 'anular', 'derrubar', 'cancelar', 'desfazer'].flatMap((undo) => ['a justa causa', 'essa justa causa', 'minha justa causa'].map((cause) => `${undo} ${cause}`)),
];

/**
 * The employer who deducts from the worker's pay the contribution (or what the worker calls "imposto") and does not pay it in, told
 * while the deduction goes on: the employer owes the withholding's payment and the registration (Lei 8.212 art. 30 I; LC 150 arts. 9º
 * and 34-35 for a home's worker), which the labour court orders and executes (CF art. 114 VIII). Not a request to the INSS, which
 * counts the withheld contributions anyway (Lei 8.212 art. 33 §5º) once the retirement is asked.
 */
export const CONTRIBUTION_WITHHELD: string[] = [
  ...['desconta', 'descontava', 'tira', 'tirava'].flatMap((deduct) => ['', 'imposto ', 'o imposto ', 'inss ', 'o inss '].flatMap((what) =>
    ['do meu pagamento', 'do meu salario', 'no meu pagamento', 'no meu salario'].map((pay) => `${deduct} ${what}${pay}`))),
  ...['desconta', 'descontava', 'descontou', 'descontavam', 'descontam'].flatMap((deduct) => ['o inss', 'inss', ''].flatMap((what) =>
    ['mas nao recolhe', 'mas nao recolhia', 'e nao recolhe', 'e nao recolhia', 'e nunca recolheu', 'mas nunca recolheu', 'mas nao paga', 'e nao paga', 'mas nao repassa', 'e nao repassa']
      .map((unpaid) => `${deduct} ${what} ${unpaid}`.replace('  ', ' ')))),
  ...['nada pago', 'nada recolhido', 'nada depositado', 'nenhuma contribuicao'].map((nothing) => `${nothing} no meu nome`),
];

/**
 * The client's employer named as private, or the client denying a public post: only a public body exonerates a servant after a
 * processo administrativo disciplinar (Lei 8.112 arts. 143 and 148); a private employer's "sindicância" is its internal inquiry
 * before a dismissal for cause (CLT art. 482), contested in the labour court (CF art. 114 I).
 */
export const PRIVATE_EMPLOYER: string[] = [
  ...['hospital', 'clinica', 'escola', 'colegio', 'faculdade', 'universidade', 'empresa', 'instituicao'].flatMap((place) => [`${place} particular`, `${place} privad*`]),
  'iniciativa privada', 'sindicancia interna',
  ...['nunca fui', 'nao sou', 'nao era', 'nunca trabalhei como'].flatMap((never) => ['servidor*', 'servidor* public*', 'funcionari* public*', 'concursad*'].map((post) => `${never} ${post}`)),
];

/**
 * A crash or a run-over on the way to or from work ("fui atropelado indo pro trabalho", "voltando do serviço", "acidente de
 * trajeto"): the law takes it for a work accident (Lei 8.213/91 art. 21 IV d), with the CAT the employer owes (art. 22) and the
 * stability after it (art. 118), so the trade's words tell the employment the claim is against, not only the earnings lost.
 */
export const COMMUTE_ACCIDENT: string[] = [
  'acidente de trajeto', 'acidente no trajeto',
  ...['indo', 'voltando', 'vindo'].flatMap((going) => ['pro trabalho', 'para o trabalho', 'do trabalho', 'pro servico', 'para o servico', 'do servico', 'pra firma', 'da firma']
    .map((work) => `${going} ${work}`)),
  ...['a caminho', 'no caminho', 'no trajeto'].flatMap((way) => ['do trabalho', 'pro trabalho', 'para o trabalho', 'do servico', 'pro servico'].map((work) => `${way} ${work}`)),
];

/**
 * The employer that did not issue or refused to issue the work-accident report (CAT, Lei 8.213/91 art. 22; CLT art. 169): the worker's
 * claim is against the employer (stability, art. 118; damages, CF art. 7º XXVIII), and the INSS benefit paid meanwhile is background.
 */
export const CAT_REFUSED: string[] = [
  'nao abriu a cat', 'nao abriram a cat', 'nao emitiu a cat', 'nao emitiram a cat', 'nao fez a cat', 'nao fizeram a cat', 'sem cat', 'sem emitir a cat', 'sem abrir a cat',
  ...['quis', 'quiseram', 'quer', 'querem'].flatMap((verb) => [`nao ${verb} abrir a cat`, `nao ${verb} emitir a cat`, `nao ${verb} fazer a cat`]),
  ...['recusou', 'recusa', 'recusaram'].flatMap((verb) => [`${verb} a abrir a cat`, `${verb} a emitir a cat`, `${verb} a fazer a cat`, `${verb} abrir a cat`, `${verb} emitir a cat`, `${verb} fazer a cat`]),
];

/**
 * The insured who asks the INSS to turn a common sickness benefit into the accident one (espécie 31 into 91: Lei 8.213 arts. 21
 * and 22 §2, the insured's own CAT), or says they do not want to sue the employer: the claim is against the INSS, the CAT the
 * employer refused only its proof.
 */
export const BENEFIT_CONVERSION: string[] = [
  ...['mude', 'mudar', 'mudem', 'converter', 'converta', 'conversao', 'transformar', 'passar'].flatMap((verb) => [`${verb} pra acidentario`, `${verb} para acidentario`, `${verb} em acidentario`]),
  'especie 31', 'especie 91', 'b31', 'b91', 'nao quero brigar com a empresa', 'nao quero processar a empresa', 'sem brigar com a empresa',
];

/**
 * A worker the hirer made open a company (CNPJ, MEI) or invoice as one to be hired (pejotização): the contract of services and
 * the invoices are the disguise the labour court sets aside when the work was personal and under orders (CLT arts. 3 and 9).
 * Only the hirer's demand, or the hire "as PJ", names it: an entrepreneur who "precisou abrir uma empresa" tells their own business,
 * and a MEI hired for a job ("me contratou como MEI pra pintar") is paid for a service.
 */
export const DISGUISED_EMPLOYMENT: string[] = [
  ...['exigiram que eu abrisse', 'exigiu que eu abrisse', 'me obrigaram a abrir', 'me obrigou a abrir', 'me fizeram abrir', 'me fez abrir',
    'pediram pra eu abrir', 'pediu pra eu abrir', 'pediram para eu abrir', 'pediu para eu abrir', 'mandaram eu abrir', 'mandou eu abrir']
    .flatMap((demand) => ['empresa', 'a empresa', 'uma empresa', 'cnpj', 'um cnpj', 'mei', 'um mei'].map((entity) => `${demand} ${entity}`)),
  ...['contratad*', 'me contrataram', 'me contratou', 'trabalhava', 'trabalhei', 'trabalho', 'prestava servico'].flatMap((hire) =>
    ['como pj', 'como pessoa juridica'].map((as) => `${hire} ${as}`)),
  // A partner only on paper, put in the contrato social so that no card is signed: the quota is the disguise (CLT art. 9).
  'socio de fachada', 'socia de fachada', 'socio so no papel', 'socia so no papel', 'socio so de nome', 'socia so de nome',
  // The hirer who "put" the worker in as a partner: a quota given, not a partnership sought (no affectio societatis), told as the
  // boss's act ("a dona me colocou de sócio com 1%").
  ...['me colocou', 'me colocaram', 'me botou', 'me botaram', 'me fez', 'me fizeram'].flatMap((put) =>
    ['de socio', 'de socia', 'como socio', 'como socia'].map((as) => `${put} ${as}`)),
  // The reason told for the disguise: cheaper than a registered job, or instead of one (CLT art. 9).
  ...['mais barato que', 'mais barato do que', 'em vez de', 'ao inves de', 'no lugar de'].flatMap((instead) =>
    ['registrar', 'me registrar', 'assinar carteira', 'assinar a carteira', 'assinar minha carteira', 'registrar em carteira'].map((card) => `${instead} ${card}`)),
  ...['pra nao', 'para nao'].flatMap((avoid) =>
    ['assinar carteira', 'assinar a carteira', 'assinar minha carteira', 'ter que assinar carteira', 'ter que assinar a carteira', 'registrar em carteira', 'me registrar']
      .map((card) => `${avoid} ${card}`)),
  // The hirer, the app or the platform that calls the worker autonomous ("o app fala que eu sou autônomo", "a empresa diz que eu era
  // autônoma"): the employment it denies is the claim (CLT arts. 3º and 9º), not a worker's own "sou autônomo".
  ...['diz', 'disse', 'fala', 'falou', 'alega', 'alegou'].flatMap((says) =>
    ['que eu sou', 'que sou', 'que eu era'].flatMap((be) => ['autonomo', 'autonoma'].map((free) => `${says} ${be} ${free}`))),
];

/** The home a client lives in or owns, as clients name it, with the contraction of "de" that goes before it. */
const HOMES: Array<[string, string]> = [
  ['casa', 'da'], ['minha casa', 'da'], ['apartamento', 'do'], ['meu apartamento', 'do'], ['imovel', 'do'], ['meu imovel', 'do'],
];

/** The client's home going or gone to auction ("a casa vai a leilão", "o leilão do meu apartamento"). */
export const HOME_AUCTIONED: string[] = HOMES.flatMap(([home, of]) => [
  ...['vai a leilao', 'vai pra leilao', 'vai para leilao', 'foi a leilao', 'foi pra leilao', 'foi para leilao', 'em leilao'].map((fate) => `${home} ${fate}`),
  `leilao ${of} ${home}`,
]);

/**
 * The client's home taken by the lender of its financing or set for auction (alienação fiduciária, Lei 9.514/97 arts. 26-27;
 * or a judicial auction): the home's auction, or its title passed to the bank, told as such.
 */
export const HOME_FORECLOSED: string[] = [
  ...HOME_AUCTIONED,
  'passou pro nome do banco', 'passou para o nome do banco', 'consolidacao da propriedade', 'consolidou a propriedade', 'leilao extrajudicial',
];

/**
 * A private moneylender (agiota): no financial institution, so no consumer contract; a loan between persons whose interest
 * above the legal rate is void (usura: Decreto 22.626/33 arts. 1 and 11; CC art. 591; MP 2.172-32 art. 1).
 */
export const USURIOUS_LENDER: string[] = ['agiota', 'agiotas', 'agiotagem', 'emprestimo com agiota', 'juros de agiota', 'usura', 'juros usurarios', 'emprestimo usurario'];

/** Meat, told by its feminine article, its kind or its trade: folded, "carne" is also the payment booklet (carnê, masculine). */
export const MEAT: string[] = [
  'a carne', 'da carne', 'na carne', 'essa carne', 'esta carne', 'dessa carne', 'de carne', 'sem carne', 'carne estragada', 'carne podre', 'carne vencida',
  'carne moida', 'carne bovina', 'carne suina', 'carne de porco', 'carne de frango', 'carne de boi', 'carne de sol',
  ...['fornece', 'fornecia', 'forneceu', 'vende', 'vendia', 'vendo', 'compro', 'comprei', 'entrega', 'entregou', 'entregaram', 'mandou', 'mandaram'].map((trade) => `${trade} carne`),
];

/**
 * A guesthouse (pensão) told as the place: folded and bare, "pensão" is the alimony (CC art. 1.694) or the INSS's pension; a room
 * or a booking in one, or its keeper, is lodging, whose guest is a consumer (CDC arts. 3 §2 and 14).
 */
export const GUESTHOUSE: string[] = [
  'numa pensao', 'dona da pensao', 'dono da pensao', 'donos da pensao',
  ...['reserva', 'quarto', 'hospedado', 'hospedada', 'hospedados', 'hospedadas'].flatMap((stay) => [`${stay} na pensao`, `${stay} numa pensao`]),
];

/**
 * A guest who booked lodging (a hotel, an inn, a house through a platform) and is its consumer (CDC arts. 3 §2, 7 and 25 §1: the
 * platform answers with the host). Told by the booking, not by the house: an owner who rents out speaks of "os hóspedes".
 */
export const LODGING_BOOKED: string[] = [
  'fiz a reserva', 'fiz uma reserva', 'reserva confirmada', 'reserva estava confirmada', 'reserva foi confirmada', 'reserva cancelada', 'reserva foi cancelada',
  'cancelou a reserva', 'cancelaram a reserva', 'cancelou minha reserva', 'cancelaram minha reserva', 'cancelou a minha reserva', 'cancelaram a minha reserva', 'cancelamento da reserva',
  'fiz reserva', 'fizemos reserva', 'fizemos a reserva', 'fizemos uma reserva', ...GUESTHOUSE,
  'anfitriao cancelou', 'o anfitriao', 'me hospedar', 'nos hospedar', 'fiquei hospedad*', 'ficamos hospedad*', 'plataforma de hospedagem', 'site de hospedagem', 'aplicativo de hospedagem',
];

/**
 * A home lent for free (comodato, CC arts. 579-585): the owner who lent it takes it back by notice and, refused, by the possessory
 * action (art. 582; CPC art. 560), a property case; lending a house is not lending money.
 */
export const HOME_LENT: string[] = [
  ...['emprestei', 'cedi'].flatMap((verb) => ['a casa', 'a minha casa', 'minha casa', 'o imovel', 'o meu imovel', 'meu imovel', 'o apartamento', 'o meu apartamento', 'meu apartamento',
    'o terreno', 'o sitio', 'a chacara'].map((good) => `${verb} ${good}`)),
  'casa emprestada', 'imovel emprestado', 'apartamento emprestado',
  // The house given over for free told by its occupant as "cedida" ("moro numa casa cedida pela minha sogra", "o apartamento foi cedido pelo
  // pai dele"): the same comodato (CC art. 579), taken back by notice and the possessory action (art. 581; CPC art. 560).
  'casa cedida', 'imovel cedido', 'apartamento cedido', 'terreno cedido', 'casa que foi cedida', 'foi cedida pela', 'foi cedida pelo', 'foi cedido pela', 'foi cedido pelo',
  // The same loan told by who lives there (the comodatário): the owner "let us live there" for free, or lent or gave over the house.
  ...['deixou', 'deixaram'].flatMap((verb) => ['a gente morar', 'a gente ficar', 'eu morar', 'nos morar'].map((who) => `${verb} ${who}`)),
  'me deixou morar', 'nos deixou morar', 'me deixaram morar', 'nos deixaram morar',
  ...['emprestou', 'cedeu'].flatMap((verb) => ['a casa dela', 'a casa dele', 'a casa pra', 'a casa para', 'o imovel pra', 'o imovel para', 'o apartamento pra', 'o apartamento para'].map((good) => `${verb} ${good}`)),
];

/**
 * An arrest the client suffered by the State's mistake, already undone: a warrant revoked or served long ago still open in the
 * system, or the wrong person taken. The remedy is the State's liability for it (CF arts. 5 LXXV and 37 §6), a public-law claim;
 * the police, the cell and the hearing are what happened. Not "preso injustamente" alone: the family of a prisoner says it too.
 */
export const WRONGFUL_ARREST: string[] = [
  'preso por engano', 'presa por engano', 'prisao por engano', 'preso no lugar de outr*', 'presa no lugar de outr*',
  'prendeu por engano', 'prenderam por engano',
  // The warrant no longer valid (revoked, or served already) but still open in the system.
  ...WARRANT_UNDONE, 'nao deu baixa no mandado', 'nao deram baixa no mandado', 'baixa do mandado',
];

/**
 * A person the State holds: a prisoner in a prison, a jail or a police cell, an adolescent in a detention unit. The State answers for
 * the harm done to them there (CF arts. 5º XLIX and 37 §6; STF Tema 592, RE 841.526), whoever struck the blow. A patient of a public
 * hospital or a pupil of a public school is in its care too, told with the State asked to pay (`NoteExtractor`: `PUBLIC_CARE`).
 */
export const STATE_CUSTODY: string[] = [
  // The jail as where one is held ("morreu dentro da cadeia", "a cadeia de Pouso Alegre"), not the penalty feared or wished ("isso dá
  // cadeia", "não vai dar cadeia": CP art. 32).
  'presidio', 'penitenciaria', 'na cadeia', 'dentro da cadeia', 'cadeia de', 'cadeia do', 'cadeia da', 'cadeia publica', 'cela', 'carceragem', 'centro de detencao', 'centro de detencao provisoria', 'cdp', 'unidade prisional',
  'sistema prisional', 'detento', 'detenta', 'presidiari*', 'custodiad*', 'sob custodia', 'custodia do estado', 'guarda do estado', 'fundacao casa', 'unidade de internacao',
  // The convict serving a prison sentence in the closed or the semi-open regime, held in the State's establishment (LEP arts. 40, 87
  // and 91): told by the sentence or the regime rather than the building ("cumpre pena no semiaberto e apanhou dos agentes").
  'cumpre pena', 'cumpria pena', 'cumprindo pena', 'regime fechado', 'regime semiaberto', 'semiaberto', 'no fechado',
];

/**
 * A business or the works, with its article or the client's possessive, as a public authority closes it for breaking a rule: a
 * sanction of the police power (Lei 6.437/77 art. 2º; the cities' posturas and building codes).
 */
const BUSINESS_PLACES: ReadonlyArray<readonly [string, 'o' | 'a']> = [
  ['estabelecimento', 'o'], ['restaurante', 'o'], ['lanchonete', 'a'], ['padaria', 'a'], ['bar', 'o'], ['loja', 'a'], ['mercado', 'o'], ['supermercado', 'o'],
  ['acougue', 'o'], ['farmacia', 'a'], ['salao', 'o'], ['academia', 'a'], ['oficina', 'a'], ['pousada', 'a'], ['hotel', 'o'], ['igreja', 'a'], ['escola', 'a'],
  ['creche', 'a'], ['clinica', 'a'], ['consultorio', 'o'], ['empresa', 'a'], ['fabrica', 'a'], ['galpao', 'o'], ['comercio', 'o'], ['boate', 'a'], ['cozinha', 'a'],
  ['obra', 'a'], ['local', 'o'], ['espaco', 'o'], ['posto', 'o'],
  // Small trades closed the same way (CTN art. 78; Decreto 6.514/08 art. 3º for the environmental inspectors).
  ['lava jato', 'o'], ['lava-jato', 'o'], ['lava rapido', 'o'], ['lava-rapido', 'o'], ['borracharia', 'a'], ['marcenaria', 'a'], ['serralheria', 'a'], ['food truck', 'o'],
];
/**
 * A building, a home or a street closed by the Defesa Civil or the city for a risk or a public work (Lei 12.608/12 art. 8º): the case
 * is mostly with who caused the risk or let it (the builder, the landlord, the neighbour: `COLLAPSE_RISK`), the closing its background.
 */
const BUILDINGS: ReadonlyArray<readonly [string, 'o' | 'a']> = [['predio', 'o'], ['imovel', 'o'], ['casa', 'a'], ['apartamento', 'o'], ['rua', 'a']];

/**
 * The phrases of these places interdicted ("os bombeiros vão interditar o restaurante", "a prefeitura interditou a obra", "a interdição
 * da padaria"), each place as the verb's object ("o restaurante", "minha padaria") or after "de" ("da minha padaria"). Only a person
 * is interdicted in family law (the curatela, CC art. 1.767; CPC arts. 747-758): a place is closed by the police power (CTN art. 78).
 */
function interdicted(places: ReadonlyArray<readonly [string, 'o' | 'a']>): string[] {
  return places.flatMap(([place, article]) => {
    const owned = (article === 'o' ? ['meu', 'nosso'] : ['minha', 'nossa']).map((whose) => `${whose} ${place}`);
    const objects = [`${article} ${place}`, ...owned, ...owned.map((named) => `${article} ${named}`)];
    return [
      ...['interditar', 'interditou', 'interditaram', 'interditam', 'interditando'].flatMap((close) => objects.map((object) => `${close} ${object}`)),
      ...[place, ...owned].map((named) => `interdicao d${article} ${named}`),
      ...['', 'foi ', 'ta ', 'esta ', 'ficou '].map((is) => `${place} ${is}interditad*`),
    ];
  });
}
export const BUSINESS_INTERDICTED = interdicted(BUSINESS_PLACES);
export const BUILDING_INTERDICTED = interdicted(BUILDINGS);
/** Any of these places interdicted: "a interdição" told beside it names that closing (`place-interdicted`). */
export const PLACE_INTERDICTED = [...BUSINESS_INTERDICTED, ...BUILDING_INTERDICTED];

/**
 * What one held, or their family, asks of the custody itself (a judge's decision, not the prison's): the release (CPP arts. 310, 316,
 * 321 and 647), a house arrest (CPP art. 318; LEP art. 117), a transfer (LEP arts. 86 and 103) or a temporary leave (LEP arts. 122-125).
 */
export const CUSTODY_REQUESTS: string[] = [
  ...['ele', 'ela'].flatMap((who) => [`tirar ${who} de la`, `tirar ${who} da cadeia`, `tirar ${who} do presidio`, `soltar ${who}`, `transferir ${who}`, `transferencia d${who === 'ele' ? 'ele' : 'ela'}`]),
  'ser solto', 'ser solta', 'habeas corpus', 'liberdade provisoria', 'relaxamento da prisao', 'revogar a preventiva', 'revogacao da preventiva',
  'prisao domiciliar', 'pedir a transferencia', 'pedir transferencia', 'pedido de transferencia', 'saida temporaria', 'saidinha',
];

/**
 * Someone's flagrante drawn up and brought before the custody judge (CPP arts. 304 and 310), or their custody asked about
 * (`CUSTODY_REQUESTS`): whoever tells it, the client or a relative, needs the defence at once. Not the bare "foi preso em flagrante",
 * as often the author's arrest told by the victim (`HARM_OVER`); nor "tirar ela de lá" told of others ("os herdeiros querem tirar ela de
 * lá", an eviction): only as the family's own wish.
 */
export const CUSTODY_DEFENDED: string[] = [
  'audiencia de custodia', 'autuad* em flagrante', 'auto de prisao em flagrante', ...CUSTODY_REQUESTS.filter((request) => !request.endsWith(' de la')),
  ...['quero', 'queria', 'queremos', 'preciso', 'precisamos'].flatMap((wish) => ['ele', 'ela'].map((who) => `${wish} tirar ${who} de la`)),
];

/** Who demolishes by the police power: the city, its inspectors and its works department, the Defesa Civil. */
const DEMOLISHING_BODIES = ['prefeitura', 'o fiscal', 'a fiscal', 'os fiscais', 'a fiscalizacao', 'o municipio', 'a defesa civil', 'secretaria de obras'];
/**
 * The client's building or home the public authority orders or announces it will demolish: the notice by its name ("auto de demolição",
 * "notificação de demolição"), the body that will pull it down ("a prefeitura vai derrubar") and its machines ("vêm as máquinas derrubar
 * tudo"). An act of the city's police power over building (CF arts. 30 VIII and 182; the building codes), not a dispute between private
 * persons: a neighbour asking the part over the boundary pulled down is `BOUNDARY_ENCROACHMENT`.
 */
export const DEMOLITION_ORDERED: string[] = [
  ...['auto', 'notificacao', 'intimacao', 'ordem', 'termo', 'aviso'].map((notice) => `${notice} de demolicao`),
  ...['notificacao', 'intimacao', 'aviso', 'ordem'].flatMap((notice) => [`${notice} para demolir`, `${notice} pra demolir`]),
  ...DEMOLISHING_BODIES.flatMap((body) => ['vai', 'quer', 'mandou', 'vao', 'querem', 'mandaram'].flatMap((will) => ['derrubar', 'demolir'].map((act) => `${body} ${will} ${act}`))),
  ...['maquinas', 'tratores', 'trator', 'retroescavadeira'].flatMap((machines) => ['', 'pra ', 'para '].flatMap((to) => ['derrubar', 'demolir'].map((act) => `${machines} ${to}${act}`))),
  ...['vao', 'querem', 'mandaram'].flatMap((will) => ['derrubar', 'demolir'].flatMap((act) => ['minha casa', 'a minha casa', 'nossa casa', 'as casas', 'nossas casas'].map((home) => `${will} ${act} ${home}`))),
];

/**
 * A fine of the administration's police power (the health inspectorate, the Procon, the environmental agency, the city's
 * posturas code) imposed on the client: a sanction for breaking a rule, never a tribute, however it is billed (CTN art. 3:
 * tributo não constitui sanção de ato ilícito; Lei 6.437/77 for the health ones). The client calls it "imposto" or pays it by a DAM.
 * So are the sanctions that close the establishment: its interdiction and its licence revoked (Lei 6.437/77 art. 2º; the cities' codes),
 * whoever closes it: the health inspectorate, the fire brigade, the city (`BUSINESS_INTERDICTED`).
 */
export const POLICE_POWER_FINE: string[] = [
  'auto de infracao sanitaria', 'auto de infracao da vigilancia', 'infracao sanitaria', 'multa sanitaria', 'multa da vigilancia', 'multa da vigilancia sanitaria',
  'autuad* pela vigilancia', 'vigilancia sanitaria me multou', 'vigilancia sanitaria multou',
  'multa do procon', 'auto de infracao do procon', 'procon me multou', 'procon multou',
  'multa ambiental', 'auto de infracao ambiental', 'multa do ibama', 'ibama me multou', 'multa de posturas', 'codigo de posturas', 'fiscal de posturas', 'fiscalizacao de posturas',
  'auto de interdicao', 'interdicao sanitaria', ...BUSINESS_INTERDICTED,
  'cassacao do alvara', 'cassacao de alvara', 'alvara foi cassado', 'alvara cassado', 'cassaram o alvara', 'cassaram meu alvara', 'cassou o alvara', 'cassou meu alvara',
];

/**
 * A vehicle or its plate cloned (another vehicle riding with the client's plate: CTB arts. 114-115; Resolução CONTRAN 918/2022 on the fines
 * of a cloned vehicle): the Detran's and the JARI's business, the fines cancelled and the plate changed; the cloning itself is the crime
 * the police investigate on their own (CP art. 311). Not a card or a phone cloned, which are the bank's or the operator's failure.
 */
export const VEHICLE_CLONED: string[] = [
  ...([['carro', 'clonado'], ['veiculo', 'clonado'], ['caminhao', 'clonado'], ['moto', 'clonada'], ['caminhonete', 'clonada'], ['placa', 'clonada'], ['placas', 'clonadas']] as const)
    .flatMap(([vehicle, cloned]) => ['', 'foi ', 'ta ', 'esta ', 'e '].map((is) => `${vehicle} ${is}${cloned}`)),
  ...['meu carro', 'o meu carro', 'minha moto', 'a minha moto', 'meu veiculo', 'o meu veiculo', 'a placa', 'minha placa', 'a minha placa', 'a placa do meu carro', 'a placa da minha moto']
    .map((vehicle) => `clonaram ${vehicle}`),
  ...['placa', 'carro', 'veiculo', 'moto'].flatMap((vehicle) => [`clonagem de ${vehicle}`, `clonagem ${vehicle === 'placa' || vehicle === 'moto' ? 'da' : 'do'} ${vehicle}`]),
  // The clone told by what it shows: another vehicle with the same plate ("a placa é igual mas o modelo é diferente", "placa duplicada").
  'placa duplicada', 'placa igual', 'a placa e igual', 'mesma placa do meu', 'mesma placa da minha', 'com a mesma placa',
];

/**
 * A traffic fine the vehicle's owner contests as not his (the plate cloned, another car's fines), defended by the defesa da autuação
 * and the appeal to the JARI (CTB arts. 257 §7º, 280-282 and 285; Resolução CONTRAN 918/2022). Not the defence's steps alone: a driver
 * who refused the breathalyser defends the same proceeding beside a possible crime (CTB arts. 165-A and 306).
 */
export const TRAFFIC_FINE_CONTESTED: string[] = [
  ...VEHICLE_CLONED, 'carro dubl*',
  ...['usando', 'usa', 'usou', 'rodando com'].flatMap((use) => ['a placa do meu', 'a placa da minha', 'minha placa', 'a minha placa'].map((plate) => `${use} ${plate}`)),
  ...['multa', 'multas'].flatMap((fine) => ['de outro carro', 'de outro veiculo', 'de um carro que nao e o meu', 'de outra moto'].map((car) => `${fine} ${car}`)),
];

/**
 * One traffic fine the client appeals at the Detran or the JARI (the defesa da autuação, then the recurso: CTB arts. 281-282 and 285):
 * the administrative proceeding is the whole remedy, also for a vehicle sold whose sale was communicated in time (CTB art. 134). So is
 * the driver to indicate within the notice's term (CTB art. 257 §§7º-8º): the owner names who drove, the buyer of a car never
 * transferred too, and the points go to him in that proceeding, before any claim against him.
 */
export const FINE_APPEALED: string[] = [
  ...['recorrer', 'recurso'].flatMap((appeal) => ['da multa', 'dessa multa', 'desta multa', 'contra a multa', 'contra essa multa', 'na jari', 'a jari', 'para a jari', 'pra jari'].map((fine) => `${appeal} ${fine}`)),
  'defesa da autuacao', 'defesa de autuacao', 'defesa previa', 'cancelar essa multa', 'cancelar esta multa', 'anular essa multa', 'anular esta multa',
  'indicar o condutor', 'indicar o real condutor', 'indicar como condutor', 'indicar ele como condutor', 'indicacao do condutor', 'indicacao de condutor', 'indicacao do real condutor',
];

/**
 * Goods bought to be resold (mercadoria para revenda): the buyer is no final recipient of them (CDC art. 2, the finalist reading of
 * the STJ), the purchase is a commercial sale between businesses (CC arts. 481 and 441; the duplicata drawn on it, Lei 5.474/68).
 * Not "numa revenda", the dealer a consumer bought a car from.
 */
export const GOODS_FOR_RESALE: string[] = [
  'para revender', 'pra revender', 'para revenda', 'pra revenda', 'mercadoria para revenda', 'mercadorias para revenda', 'produtos para revenda', 'estoque para revenda',
  'compro para revender', 'compro pra revender', 'comprei para revender', 'comprei pra revender', 'comprar para revender', 'comprar pra revender',
];

/**
 * A business's own supplier told by its trade (a distribuidora, a moinho, a siderúrgica, a madeireira, a tecelagem, an atacadista,
 * the fabricante), or its delivery told as a load or a lot received ("recebeu uma carga", "recebemos um lote"): with a client who
 * is a company or an MEI (`BUSINESS_SUPPLY`'s rule only applies with them), the goods are the company's stock or its inputs, bought
 * to resell or to produce, so the buyer is no final recipient (CDC art. 2º, the finalist reading of the STJ): the purchase is a
 * commercial sale or supply between businesses (CC arts. 481 and 966), its hidden defect a vício redibitório (arts. 441-445) and its
 * breach resolved with damages (arts. 389, 402 and 475).
 */
const BUSINESS_SUPPLIERS = [
  'distribuidora', 'distribuidor', 'fornecedor', 'fornecedora', 'atacadista', 'atacadao', 'moinho', 'siderurgica', 'madeireira', 'tecelagem',
  'frigorifico', 'importador', 'importadora', 'fabricante',
  // The garment maker, the dairy, the sawmill, the brickworks and the mill that sell to a shop or a workshop its stock or its raw material.
  'confeccao', 'laticinio', 'serraria', 'olaria', 'usina',
];
export const BUSINESS_SUPPLY: string[] = [
  ...BUSINESS_SUPPLIERS.flatMap((supplier) => [`a ${supplier}`, `o ${supplier}`, `da ${supplier}`, `do ${supplier}`, `de uma ${supplier}`, `de um ${supplier}`]),
  // A supplier told with its indefinite article ("um fornecedor me vendeu"): never the client's own business, as "uma distribuidora" may be.
  'um fornecedor', 'uma fornecedora',
  ...['recebeu', 'recebi', 'recebemos'].flatMap((verb) => ['uma carga', 'um lote', 'a carga', 'o lote', 'a mercadoria', 'as mercadorias'].map((goods) => `${verb} ${goods}`)),
];

/**
 * A thing hired for an occasion: a movable (a van, sound gear, scaffolding, tables), leased under CC arts. 565-578, or a hall for one
 * party, a contract for an event (CC arts. 421 and 565); neither is a lease of urban property for a home, a season or a trade (Lei
 * 8.245 arts. 1, 48 and 51). As area words the longer phrases keep 'alug*' from naming a property case. The car and the motorbike,
 * rented by app drivers, are the property lexicon's phrases worth nothing.
 */
const HIRED_FOR_AN_OCCASION = [
  'van', 'kombi', 'onibus', 'micro onibus', 'caminhao', 'barco', 'lancha', 'trator', 'caixa de som', 'caixas de som', 'som', 'refletor', 'equipamento',
  'equipamentos de som', 'andaime', 'betoneira', 'maquina', 'ferramenta', 'gerador', 'tenda', 'toldo', 'brinquedo', 'pula pula', 'cama elastica', 'mesa',
  'cadeira', 'traje', 'terno', 'vestido', 'fantasia', 'salao de festa*', 'espaco de evento*', 'espaco para festa*', 'espaco de festa*',
];
export const THING_HIRED: string[] = HIRED_FOR_AN_OCCASION.flatMap((thing) => [
  ...['', 'o ', 'a ', 'um ', 'uma ', 'uns ', 'umas ', 'meu ', 'minha ', 'meus ', 'minhas ', 'sua ', 'seu '].map((det) => `alug* ${det}${thing}`),
  `${thing} alugad*`, `aluguel do ${thing}`, `aluguel da ${thing}`, `aluguel de ${thing}`,
]);

/**
 * The common parts of a building in condominium (terraço, telhado, corredor, garagem comum): owned by all the unit owners
 * (CC art. 1.331 §2), used by each without excluding the others (art. 1.335 II), changed only by the assembly (arts. 1.342 and
 * 1.351). A unit owner who takes one, or a condominium that withholds one, is a condominium case, not a neighbours' nuisance.
 */
export const COMMON_AREA: string[] = [
  'area comum', 'areas comuns', 'parte comum', 'partes comuns', 'area comum do predio', 'area comum do condominio', 'areas comuns do condominio',
  'convencao do condominio', 'convencao de condominio', 'convencao condominial',
  // The building's vertical pipe column, a common part whose leak the condominium answers for.
  'prumada', 'prumada do predio',
];

/**
 * Water from a neighbour's own unit (its bathroom, its drain, its pipe: CC art. 1.331 §1º) damaging the client's: the owner of the
 * unit answers under the law of neighbours (CC arts. 1.277 and 927), not the condominium.
 */
export const NEIGHBOUR_LEAK: string[] = [
  'vazamento do vizinho', 'vazamento da vizinha', 'vazamento do apartamento de cima', 'vazamento no apartamento de cima',
  'infiltracao do vizinho', 'infiltracao da vizinha', 'infiltracao do apartamento de cima', 'vizinho de cima tem um vazamento', 'vizinha de cima tem um vazamento',
  'da unidade do vizinho', 'da unidade da vizinha', 'ralo do vizinho', 'cano do vizinho', 'ralo da vizinha', 'cano da vizinha',
  // The unit above told as where the water comes from ("o apartamento de cima está vazando no meu banheiro").
  ...['apartamento de cima', 'ap de cima', 'apto de cima', 'unidade de cima', 'vizinho de cima', 'vizinha de cima'].flatMap((above) =>
    [`${above} esta vazando`, `${above} ta vazando`, `${above} vazando`, `${above} vaza`, `vem do ${above}`, `vindo do ${above}`, `vazamento do ${above}`]),
];

/**
 * Works on the neighbouring lot (a house raised, a dig, a demolition) damaging the client's house: the neighbour, and the builder he
 * hired, answer under the law of neighbours (CC arts. 1.277, 1.299 and 1.311), a civil case. Told in the third person as the
 * neighbour's or the next lot's works; the sentence "o vizinho contratou uma construtora" is read by `NoteExtractor`.
 */
export const NEIGHBOUR_WORKS: string[] = [
  ...['obra', 'obras', 'construcao', 'reforma', 'escavacao', 'demolicao', 'construtora'].flatMap((works) =>
    ['do vizinho', 'da vizinha', 'dos vizinhos', 'ao lado', 'do lado', 'do terreno ao lado', 'no terreno vizinho', 'no terreno ao lado'].map((whose) => `${works} ${whose}`)),
  'obra vizinha', 'construcao vizinha', 'imovel vizinho em construcao', 'predio vizinho em construcao',
];

/**
 * The driver who hit or ran over the victim and fled without helping: omissão de socorro and flight from the scene (CTB arts. 304
 * and 305; the raise of art. 302 §1º III for the culpable injury or death), as lawyers and police reports name them. The area
 * lexicon counts them as criminal words too.
 */
export const HIT_AND_RUN: string[] = [
  'omissao de socorro', 'fuga do local', 'fugiu do local', 'fugiram do local', 'evadiu se do local', 'se evadiu do local', 'evadiu do local',
  'sem prestar socorro', 'nao prestou socorro', 'nao prestaram socorro', 'deixou de prestar socorro', 'deixaram de prestar socorro', 'fugiu sem socorrer',
  ...['nao parou', 'nem parou', 'nao pararam', 'nem pararam'].flatMap((stop) => ['para ajudar', 'para socorrer', 'para prestar socorro'].map((help) => `${stop} ${help}`)),
];

/**
 * The client's parked car or motorbike damaged by a person's act: a key run along it, a door opened into it, a kick, a stone, the tyres
 * slashed ("riscaram meu carro", "amassou a porta do meu carro", "abriu a porta do carro dele no meu", "jogou uma pedra no para-brisa
 * do meu carro"). Asked of the one who did it (`AUTHOR_ASKED`), it is his to repair (CC arts. 186 and 927; his employer's for a driver
 * at work, CC art. 932 III): the car park, the market or the shopping centre where the car stood tell where, and no supplier is asked.
 * Asked of the car park or the shop that offered the space, the same damage is theirs as keepers (Súmula 130 do STJ; CDC art. 14).
 */
const DAMAGED_PARTS = ['a porta', 'as portas', 'a lataria', 'a lateral', 'o capo', 'o para brisa', 'o vidro', 'os vidros', 'o retrovisor', 'o farol',
  'a lanterna', 'o para choque', 'o para lama', 'o pneu', 'os pneus', 'os quatro pneus', 'os 4 pneus', 'a pintura'];
export const PARKED_VEHICLE_DAMAGED: string[] = [
  ...['riscou', 'riscaram', 'amassou', 'amassaram', 'arranhou', 'arranharam', 'quebrou', 'quebraram', 'chutou', 'chutaram', 'furou', 'furaram']
    .flatMap((verb) => [
      ...['meu carro', 'o meu carro', 'minha moto', 'a minha moto'].map((vehicle) => `${verb} ${vehicle}`),
      ...DAMAGED_PARTS.flatMap((part) => ['do meu carro', 'da minha moto'].map((vehicle) => `${verb} ${part} ${vehicle}`)),
    ]),
  ...['abriu', 'bateu'].flatMap((swung) => ['a porta do carro dele', 'a porta do carro dela', 'a porta no meu carro', 'a porta do carro no meu'].map((door) => `${swung} ${door}`)),
  ...['jogou', 'jogaram', 'tacou', 'tacaram'].flatMap((threw) => ['pedra', 'uma pedra', 'pedras'].flatMap((stone) =>
    ['no meu carro', 'na minha moto', 'no para brisa do meu carro', 'no vidro do meu carro'].map((target) => `${threw} ${stone} ${target}`))),
];

/**
 * The one who did the harm, a person told by a pronoun or by who he is, asked to pay it ("quero que ele pague", "que ela me pague", "quero
 * que o dono do carro pague o conserto", "que os pais paguem", "quero cobrar dele"): the author's own duty to repair (CC arts. 186 and 927;
 * the parents' for a minor, CC art. 932 I), not a supplier's. Not "eles": as often the shop or the car park. `NoteExtractor` reads it
 * (`author-asked`) by a pattern, beside the damages' own phrases ("pague o conserto") that would hide a phrase of it.
 */
export const AUTHORS = ['ele', 'ela', 'o dono do carro', 'a dona do carro', 'o dono da moto', 'a dona da moto', 'o motorista', 'a motorista', 'o motoqueiro',
  'o cara', 'esse cara', 'o sujeito', 'esse sujeito', 'o rapaz', 'esse rapaz', 'a moca', 'essa moca', 'o homem', 'esse homem', 'a mulher', 'essa mulher',
  'o vizinho', 'a vizinha', 'meu vizinho', 'minha vizinha', 'o cabra', 'esse cabra', 'os pais'];

/**
 * The client's (or a close relative's) belongings just taken by a stranger, told as the act: the pocket picked on the bus ("bateram
 * minha carteira"), the phone or the bag taken ("furtaram meu celular", "meu celular foi furtado", "puxou a bolsa da minha mãe"), the car
 * broken into ("arrombaram meu carro"), the robbery ("acabei de ser assaltado", "roubaram minha moto"). Furto and roubo (CP arts. 155 and
 * 157; the broken window, dano, art. 163), crimes of public action the police investigate on the victim's report (CPP arts. 4º-5º and 27).
 * Not "levaram meu carro" (as often the tow truck or the bank's repossession), nor things taken by a named supplier.
 */
const TAKEN_THINGS = ['celular', 'cel', 'telefone', 'aparelho', 'aparelho celular', 'telefone celular', 'carteira', 'bolsa', 'mochila', 'moto', 'bicicleta', 'bike', 'notebook', 'relogio', 'cordao', 'corrente', 'documentos'];
const OWN_THING = (thing: string) => (['carteira', 'bolsa', 'mochila', 'moto', 'bicicleta', 'bike', 'corrente'].includes(thing) ? ['minha', 'a minha'] : thing === 'documentos' ? ['meus', 'os meus'] : ['meu', 'o meu'])
  .map((mine) => `${mine} ${thing}`);
const THEFT_RELATIVES = ['da minha mae', 'do meu pai', 'da minha avo', 'do meu avo', 'do meu filho', 'da minha filha', 'do meu marido', 'da minha esposa', 'da minha mulher'];
const RELATIVES_THING = (thing: string) => THEFT_RELATIVES.map((whose) => `${['carteira', 'bolsa', 'mochila', 'moto', 'bicicleta', 'corrente'].includes(thing) ? 'a' : thing === 'documentos' ? 'os' : 'o'} ${thing} ${whose}`);
export const BELONGINGS_TAKEN: string[] = [
  ...TAKEN_THINGS.flatMap((thing) => [...OWN_THING(thing), ...RELATIVES_THING(thing)].flatMap((what) => [
    ...['roubaram', 'furtaram', 'roubou', 'furtou', 'acabaram de roubar', 'acabaram de furtar', 'tentaram roubar', 'puxaram', 'puxou', 'arrancaram', 'arrancou'].map((took) => `${took} ${what}`),
    // The small things a pickpocket or a thief in a crowd takes ("levaram minha carteira", "tiraram meu celular do bolso"); not a vehicle.
    ...(['moto', 'bicicleta', 'bike'].includes(thing) ? [] : ['levaram', 'levou', 'tiraram', 'tirou', 'bateram', 'bateu'].map((took) => `${took} ${what}`)),
  ])),
  // Told in the passive, of the client's thing ("meu celular foi furtado", "tive minha bolsa roubada").
  ...TAKEN_THINGS.filter((thing) => thing !== 'documentos').flatMap((thing) => OWN_THING(thing).filter((what) => !what.includes(' a ') && !what.startsWith('o ') && !what.startsWith('a '))
    .flatMap((what) => [`${what} foi furtad*`, `${what} foi roubad*`, `tive ${what} furtad*`, `tive ${what} roubad*`])),
  // The pickpocket and the snatcher by their names, the car broken into and the robbery told of the client.
  'bateram minha carteira', 'bateram a minha carteira', 'bateram a carteira', 'batedor de carteira', 'batedores de carteira', 'trombadinha', 'punguista',
  'arrombaram meu carro', 'arrombaram o meu carro', 'arrombaram minha moto', 'meu carro foi arrombado', 'arrombaram meu carro e levaram',
  'fui assaltad*', 'acabei de ser assaltad*', 'acabaram de me assaltar', 'me assaltaram', 'fui roubad*', 'fui furtad*', 'me roubaram', 'me furtaram',
  'assalto a mao armada',
  // The car's stereo taken from it, and the home burgled ("entraram na nossa casa", "arrombaram minha casa"; CP art. 155 §4º I).
  ...['levaram', 'roubaram', 'furtaram'].flatMap((took) => ['o som', 'o radio', 'o som do carro', 'o som do meu carro', 'o radio do carro', 'o estepe'].map((part) => `${took} ${part}`)),
  ...['entraram na', 'arrombaram', 'assaltaram'].flatMap((broke) => ['minha casa', 'nossa casa', 'a minha casa', 'a nossa casa'].map((home) => `${broke} ${home}`)),
  'ladroes entraram', 'ladrao entrou', 'minha casa foi arrombada', 'nossa casa foi arrombada', 'minha casa foi assaltada', 'nossa casa foi assaltada',
];

/**
 * Identity documents lost (RG, CNH, CPF): the police report of the loss (the "boletim de perda" that registers it against misuse) is
 * what the issuing office asks to issue a new card (Lei 7.116/83).
 */
export const DOCUMENTS_LOST: string[] = ['perdi', 'perdemos', 'extraviei', 'extraviaram'].flatMap((lost) =>
  ['meus documentos', 'os documentos', 'meu documento', 'minha identidade', 'a identidade', 'minha carteira de identidade', 'a carteira de identidade', 'meu rg', 'o rg',
    'minha cnh', 'a cnh', 'minha carteira de motorista', 'meu cpf', 'minha carteira com os documentos', 'a carteira com os documentos'].map((document) => `${lost} ${document}`));

/**
 * The police report asked about, or the thief wished found: whether or how to make it ("vale a pena registrar ocorrência?", "preciso
 * fazer o boletim?", "dar queixa", "ir na delegacia"), what it serves for, or the police asked to find the author ("pegar o ladrão", "a
 * polícia consegue achar"): the notitia criminis and the inquiry it opens (CPP arts. 4º-5º and 27), the criminal route.
 */
export const POLICE_REPORT_ASKED: string[] = [
  ...['fazer', 'faco', 'faz', 'registrar', 'registro', 'registra', 'tirar'].flatMap((make) =>
    ['o boletim', 'um boletim', 'boletim', 'o bo', 'um bo', 'bo', 'a ocorrencia', 'ocorrencia', 'boletim de ocorrencia', 'o boletim de ocorrencia'].map((report) => `${make} ${report}`)),
  'como registrar isso', 'como registro isso', 'como faco pra registrar', 'como faco para registrar',
  'dar queixa', 'dar parte na policia', 'prestar queixa', 'ir na delegacia', 'ir a delegacia', 'ir pra delegacia', 'ir para a delegacia',
  'o boletim serve', 'boletim serve', 'o bo serve', 'o boletim adianta', 'adianta fazer o boletim', 'adianta registrar',
  ...['pegar', 'achar', 'encontrar', 'prender', 'identificar'].flatMap((find) => ['o ladrao', 'os ladroes', 'a ladra', 'quem foi', 'quem levou', 'quem roubou', 'o menino', 'eles'].map((thief) => `${find} ${thief}`))
    .filter((phrase) => !phrase.endsWith(' eles') || phrase.startsWith('achar') || phrase.startsWith('pegar')),
  'a policia acha', 'a policia achar', 'a policia pode achar', 'a policia consegue achar', 'a policia vai procurar', 'a policia vai achar', 'a policia acha eles',
];

/**
 * The supplier who kept the thing or the place asked to pay for the theft ("quero que o shopping pague a moto", "que a academia me pague o
 * celular", "o hotel tem que indenizar"): the keeper's duty (Súmula 130 do STJ; CDC art. 14; the innkeeper's, CC art. 649), a consumer's
 * claim, not the police report. Not their own refusal ("o shopping não se responsabiliza").
 */
const KEEPERS = ['o shopping', 'o estacionamento', 'a academia', 'o hotel', 'a pousada', 'o mercado', 'o supermercado', 'a loja', 'o banco', 'a empresa',
  'a seguradora', 'o condominio', 'a escola', 'a faculdade', 'o hospital', 'o restaurante', 'a transportadora', 'o posto', 'o clube'];
export const KEEPER_ASKED: string[] = KEEPERS.flatMap((keeper) => ['', 'tem que ', 'deve ', 'precisa '].flatMap((must) =>
  ['pague', 'paguem', 'pagar', 'me pague', 'me pagar', 'indenize', 'indenizar', 'me indenize', 'me indenizar', 'ressarca', 'me ressarca', 'me devolva', 'devolva', 'cubra', 'cobrir']
    .map((pay) => `${keeper} ${must}${pay}`)));

/**
 * The client lives on rent, told in the first person: a tenant, whose landlord's death passes the lease to the heirs (Lei 8.245 art. 10)
 * and whose landlord's sale must first be offered to him (arts. 27 and 33).
 */
export const TENANT: string[] = [
  'moro de aluguel', 'moramos de aluguel', 'sou inquilino', 'sou inquilina', 'somos inquilinos', 'eu sou o inquilino', 'eu sou a inquilina',
  ...['moro', 'moramos'].flatMap((live) => ['numa casa alugada', 'em casa alugada', 'num apartamento alugado', 'em apartamento alugado'].map((home) => `${live} ${home}`)),
];

/**
 * The client's own rent told late, in the first person ("tô com aluguel atrasado", "atrasei o aluguel", "devo dois meses de aluguel",
 * "a luz e o aluguel atrasado"): the tenant's debt (Lei 8.245 art. 23 I), which only the landlord may sue for (arts. 5º, 9º III and 62),
 * so beside a salary, a benefit or a charge the client claims it tells why the money is urgent, not a lease to litigate. Longer than
 * `EVICTION_SOUGHT`'s 'aluguel atrasado', it keeps the landlord's note from reading the tenant's words.
 */
const OWED_MONTHS = ['um mes', 'dois meses', 'tres meses', 'quatro meses', '2 meses', '3 meses', '4 meses'];
export const OWN_RENT_LATE: string[] = [
  ...['to com', 'tou com', 'estou com', 'fiquei com', 'ficamos com', 'estamos com'].flatMap((have) =>
    ['aluguel atrasado', 'o aluguel atrasado', 'alugueis atrasados', 'dois alugueis atrasados', 'aluguel em atraso', 'o aluguel em atraso'].map((late) => `${have} ${late}`)),
  'atrasei o aluguel', 'atrasei os alugueis', 'atrasamos o aluguel', 'meu aluguel ta atrasado', 'meu aluguel esta atrasado', 'meu aluguel atrasou',
  'to devendo o aluguel', 'estou devendo o aluguel', 'to devendo aluguel', 'estou devendo aluguel',
  ...['devo', 'ja devo', 'to devendo', 'estou devendo', 'devemos'].flatMap((owe) => OWED_MONTHS.map((months) => `${owe} ${months} de aluguel`)),
  // The household's bills told late together: the tenant's own budget.
  ...['luz', 'agua', 'contas', 'conta de luz', 'conta de agua'].map((bill) => `${bill} e o aluguel atrasado`),
];

/**
 * The assistance benefit of a minimum wage to a disabled person or an elder of a poor family (BPC/LOAS, Lei 8.742 art. 20), as
 * lawyers and clients name it: the INSS grants and refuses it, so the CadÚnico kept by the city's CRAS and the Bolsa Família are
 * its means test, not an act of the city.
 */
export const ASSISTANCE_BENEFIT: string[] = [
  'bpc', 'loas', 'bpc loas', 'beneficio de prestacao continuada', 'beneficio assistencial', 'amparo assistencial', 'amparo social',
  'beneficio de um salario minimo', 'beneficio de 1 salario minimo', 'beneficio do deficiente', 'beneficio para deficiente', 'beneficio pra deficiente',
  'beneficio da pessoa com deficiencia', 'beneficio do autista', 'beneficio para autista', 'beneficio pra autista',
  // The same told of whom it is for ("o benefício pra criança com deficiência"), or named "pensão" as many clients name it: the
  // BPC of Lei 8.742 art. 20 §2º, never support from a parent.
  ...['beneficio', 'pensao'].flatMap((benefit) => ['para', 'pra', 'da', 'de'].flatMap((of) =>
    ['crianca com deficiencia', 'pessoa com deficiencia', 'filho com deficiencia', 'filha com deficiencia'].map((who) => `${benefit} ${of} ${who}`))),
  'pensao do autista', 'pensao para autista', 'pensao pra autista', 'pensao do deficiente', 'pensao para deficiente', 'pensao pra deficiente',
];

/**
 * The client gave a power of attorney (mandato, CC arts. 653 ff.) and the agent sold, received or kept what was the client's:
 * the agent owes the accounts and everything received (arts. 667-668; ação de exigir contas, CPC art. 550), a civil claim
 * with its arresto if the money is being hidden. The client's own grant, in the first person: not a forged power of attorney
 * used against an owner (the deed's annulment), nor the relative who holds an elder's card (a crime of its own).
 */
export const MANDATE_GRANTED: string[] = [
  'dei uma procuracao', 'dei procuracao', 'dei a procuracao', 'passei uma procuracao', 'passei procuracao', 'fiz uma procuracao', 'fiz procuracao',
  'assinei uma procuracao', 'assinei procuracao', 'dei poderes para ele', 'dei poderes pra ele', 'dei poderes para ela', 'dei poderes pra ela',
];

/**
 * A news item or report about the client to be removed, corrected or de-indexed: a claim of personality rights against the
 * outlet or the search engine (CC arts. 12, 20 and 21; Lei 13.188/15, the right of reply; Marco Civil da Internet art. 19), weighed
 * against press freedom (ADPF 130; STF Tema 786, which denied a general right to be forgotten). The arrest or crime the news told
 * is its subject, not the case.
 */
export const PRESS_CONTENT: string[] = [
  ...['tirar', 'tirem', 'retirar', 'retirem', 'remover', 'removam', 'apagar', 'apaguem', 'corrigir', 'corrijam', 'atualizar', 'atualizem', 'retificar'].flatMap((act) =>
    ['a noticia', 'essa noticia', 'a materia', 'essa materia', 'a reportagem', 'essa reportagem', 'as noticias', 'essas noticias', 'as materias', 'essas materias',
      'as reportagens', 'essas reportagens'].map((item) => `${act} ${item}`)),
  'noticia do ar', 'materia do ar', 'reportagem do ar', 'noticias do ar', 'materias do ar', 'reportagens do ar',
  // The news told as what the client wants gone ("essas notícias saiam do ar").
  ...['noticias', 'materias', 'reportagens'].flatMap((item) => [`${item} saiam do ar`, `${item} sairem do ar`]),
  'noticia saia do ar', 'materia saia do ar', 'reportagem saia do ar',
  'direito ao esquecimento', 'desindexar', 'desindexacao', 'direito de resposta',
  // The item told as being about the client: what the client asks of it follows.
  ...['noticia', 'materia', 'reportagem'].flatMap((item) => [`${item} sobre mim`, `${item} com meu nome`, `${item} com o meu nome`, `${item} dizendo que eu`, `${item} falando que eu`]),
];

/**
 * A customer stopped, held or searched by a shop's security on suspicion of theft (abordagem vexatória): the security is part of
 * the supplier's service, which answers for its defect and for the embarrassment (CDC art. 14; CC art. 932 III), whatever the
 * police called to the shop found. Told by the guard's act on the client, not by the guard alone ("sou segurança do shopping" is a job).
 */
export const STORE_SEARCH: string[] = [
  'abordagem vexatoria', 'abordagem constrangedora', 'abordado pelo seguranca', 'abordada pelo seguranca', 'abordado pelos segurancas', 'abordada pelos segurancas',
  // The guard named with the shop ("o segurança do supermercado me seguiu"), and the customer followed or insulted as a suspect: the
  // same defect of the shop's service (CDC art. 14; CC art. 932 III), whatever the guard said.
  ...['seguranca', 'segurancas'].flatMap((guard) => ['', ' da loja', ' do mercado', ' do supermercado', ' do shopping', ' da farmacia'].map((shop) => `${guard}${shop} me`)).flatMap((guard) =>
    ['segurou', 'seguraram', 'abordou', 'abordaram', 'parou', 'pararam', 'revistou', 'revistaram', 'acusou', 'acusaram', 'levou', 'levaram', 'trancou', 'trancaram',
      'seguiu', 'seguiram', 'xingou', 'xingaram', 'humilhou', 'humilharam'].map((act) => `${guard} ${act}`)),
  'alarme antifurto', 'antifurto tocou', 'alarme da loja tocou', 'alarme tocou na saida',
];

/**
 * The buyer who asks the seller for the deed of a house already paid for (outorga da escritura; adjudicação compulsória, CC arts.
 * 1.417-1.418, CPC; Lei 6.015 art. 216-B): a property remedy, whatever happened to the sellers since (their divorce, a partition).
 */
export const DEED_SOUGHT: string[] = [
  ...['escritura', 'escritura da casa', 'escritura do imovel', 'escritura do apartamento', 'escritura do terreno', 'escritura do lote'].flatMap((deed) =>
    ['no meu nome', 'em meu nome', 'pro meu nome', 'para o meu nome', 'para meu nome'].map((name) => `${deed} ${name}`)),
  'outorgar a escritura', 'outorga da escritura', 'outorgue a escritura', 'outorguem a escritura', 'adjudicacao compulsoria',
  'me passar a escritura', 'passar a escritura pra mim', 'passar a escritura para mim', 'nao quer assinar a escritura', 'se recusa a assinar a escritura',
  // The property itself asked to be put in the buyer's name ("quero ficar com a casa no meu nome"): the title the deed gives (CC
  // art. 1.245), compelled once the price is paid (art. 1.418; Súmula 239 do STJ: no registered promise needed).
  ...['ficar com', 'passar', 'colocar', 'botar', 'transferir', 'registrar', 'regularizar'].flatMap((put) =>
    ['a casa', 'o imovel', 'o apartamento', 'o terreno', 'o lote'].flatMap((good) =>
      ['no meu nome', 'em meu nome', 'pro meu nome', 'para o meu nome', 'para meu nome'].map((name) => `${put} ${good} ${name}`))),
];

/**
 * The property still registered in the name of who sold it long ago (the land developer, the builder, the former owner): the owner
 * of record is replaced only by the deed compelled (adjudicação compulsória, CC arts. 1.417-1.418; Lei 6.015 art. 216-B) or by
 * usucapião (CC arts. 1.238-1.242; Lei 6.015 art. 216-A), and an inventory or a donation passes only what is in the owner's name.
 */
export const TITLE_WITH_SELLER: string[] = ['ta', 'esta', 'ainda ta', 'ainda esta', 'continua', 'segue', 'registrad*', 'escriturad*'].flatMap((is) => [
  // A developer or a builder sells only land and buildings.
  ...['da loteadora', 'de uma loteadora', 'do loteamento', 'da construtora', 'de uma construtora'].map((seller) => `${is} no nome ${seller}`),
  // A former owner or a seller is told with the property (a car "no nome do antigo dono" is a vehicle never transferred).
  ...['casa', 'terreno', 'lote', 'imovel', 'apartamento', 'sitio', 'chacara'].flatMap((good) =>
    ['do antigo dono', 'do antigo proprietario', 'do dono anterior', 'do primeiro dono', 'de quem vendeu', 'do vendedor'].map((seller) => `${good} ${is} no nome ${seller}`)),
]);

/**
 * The seller asks that the buyer take the deed and register the property sold in his own name ("quero que ele passe a casa pro nome
 * dele"): the ownership passes only with the registered deed (CC arts. 108 and 1.245), and the seller compels it by an obrigação de
 * fazer (the adjudicação compulsória "inversa", art. 1.418). The remedy's own forms: the deed merely never done is also how a seller
 * charged for the IPTU tells the background of a defence against the tax collection.
 */
export const BUYER_TRANSFER_SOUGHT: string[] = [
  ...['passe', 'passem', 'transfira', 'transfiram', 'registre', 'registrem'].flatMap((verb) =>
    ['o imovel', 'a casa', 'o apartamento', 'o terreno', 'a escritura'].flatMap((good) =>
      ['pro nome dele', 'pro nome dela', 'pro nome deles', 'para o nome dele', 'para o nome dela', 'para o nome deles', 'no nome dele', 'no nome dela', 'no nome deles']
        .map((name) => `${verb} ${good} ${name}`))),
  'adjudicacao compulsoria inversa',
];

/**
 * The client sold a property of his own ("vendemos a casa", "vendi o meu apartamento"): told with a buyer who stopped paying
 * (`PROPERTY_SOLD` rule), the seller's claim for the price or the contract's resolution (CC arts. 474 and 475).
 */
export const PROPERTY_SOLD: string[] = ['vendi', 'eu vendi', 'vendemos', 'nos vendemos', 'a gente vendeu'].flatMap((sold) =>
  ['a casa', 'o apartamento', 'o apto', 'o terreno', 'o lote', 'o imovel', 'a chacara', 'o sitio', 'minha casa', 'a minha casa', 'nossa casa', 'a nossa casa',
    'meu apartamento', 'o meu apartamento', 'nosso apartamento', 'o nosso apartamento', 'meu terreno', 'o meu terreno', 'nosso terreno', 'o nosso terreno']
    .map((good) => `${sold} ${good}`));

/**
 * The federal cash transfer (Bolsa Família, Lei 14.601/2023; the Auxílio Brasil before it) granted, blocked or cut on the data of
 * the Cadastro Único: the Ministry and the city's CRAS decide it, an administrative act. A past job with a signed card is the
 * income the register still shows, not a claim against the employer.
 */
export const SOCIAL_BENEFIT: string[] = [
  'averiguacao cadastral', 'revisao cadastral',
  // The benefit itself blocked, cut or cancelled; a Bolsa Família told only as the family's income is another case's background.
  ...['bolsa familia', 'auxilio brasil'].flatMap((benefit) => [
    ...['bloquead*', 'foi bloquead*', 'cortad*', 'foi cortad*', 'cancelad*', 'foi cancelad*', 'suspens*', 'foi suspens*'].map((cut) => `${benefit} ${cut}`),
    ...['bloquearam', 'cortaram', 'cancelaram', 'suspenderam'].flatMap((verb) => [`${verb} o ${benefit}`, `${verb} meu ${benefit}`, `${verb} o meu ${benefit}`]),
  ]),
];

/**
 * The client's own former spouse or partner, named with a possessive, or their own marriage: a house "bought" from one's ex is the
 * couple's common property divided after the divorce (CC art. 1.581; CPC art. 731 parágrafo único), a family case.
 */
export const OWN_EX_PARTNER: string[] = [
  'meu ex marido', 'minha ex mulher', 'minha ex esposa', 'meu ex esposo', 'meu ex companheiro', 'minha ex companheira', 'meu ex conjuge', 'minha ex conjuge',
  'quando eramos casados', 'quando a gente era casado', 'quando a gente era casada', 'quando nos eramos casados', 'quando estavamos casados', 'quando a gente estava casado',
];

/**
 * A third person (a partner's ex-spouse, a partner's spouse in a divorce) who wants to join the client's company with the quotas
 * the partition gave them: the ex-spouse of a partner has no right to enter the company, only to share in the profits until the
 * quotas are liquidated (CC art. 1.027; the contract's consent clause, art. 1.057; apuração de haveres, CPC arts. 599-609). Told by
 * the other partner, not by the spouse in her own divorce (`marital-split`).
 */
export const PARTNER_SPOUSE_ENTRY: string[] = [
  ...['entrar', 'ingressar', 'ser admitid*', 'ser incluid*'].flatMap((enter) => [`${enter} como socia`, `${enter} como socio`, `${enter} na sociedade`]),
  ...['ex mulher', 'ex esposa', 'ex marido', 'ex companheira', 'ex companheiro', 'mulher', 'esposa', 'marido'].flatMap((spouse) =>
    [`${spouse} do meu socio`, `${spouse} do socio`, `${spouse} da minha socia`, `${spouse} da socia`]),
  ...['meu socio', 'minha socia', 'o socio', 'a socia'].flatMap((partner) =>
    ['ta se divorciando', 'esta se divorciando', 'se divorciou', 'vai se divorciar', 'ta se separando', 'esta se separando', 'se separou'].map((split) => `${partner} ${split}`)),
  'divorcio do meu socio', 'divorcio da minha socia', 'separacao do meu socio', 'separacao da minha socia',
];

/**
 * A neighbour's construction or fence put past the boundary onto the client's land (esbulho of a strip; construction on another's
 * land, CC arts. 1.210, 1.258-1.259 and 1.297-1.298; CPC arts. 560 and 569-570): told by the boundary crossed or the land entered.
 * Not "no meu terreno" alone: a tree or water falling on it is a nuisance.
 */
export const BOUNDARY_ENCROACHMENT: string[] = [
  ...['passou', 'passaram', 'passando', 'ultrapassou', 'ultrapassaram', 'avancou', 'avancaram', 'avancando'].flatMap((cross) => [`${cross} da divisa`, `${cross} a divisa`]),
  ...['invadiu', 'invadiram', 'invadindo', 'avancou no', 'avancou sobre o', 'avancaram no', 'avancaram sobre o', 'construiu no', 'construiu dentro do', 'construiram no', 'construiram dentro do', 'entrou dentro do', 'entrou no']
    .flatMap((act) => ['meu terreno', 'meu lote', 'meu quintal'].map((land) => `${act} ${land}`)),
  'dentro do meu terreno', 'dentro do meu lote', 'mudou a cerca', 'mudaram a cerca', 'mudou a divisa', 'mudaram a divisa', 'arrancou os marcos', 'arrancaram os marcos',
  'tirou os marcos', 'tiraram os marcos',
  // Part of the land taken ("invadiu parte do meu terreno", "entrou uns dois metros no meu terreno") or claimed as the neighbour's own ("dois
  // metros do meu quintal são dele", "parte do meu quintal é dele"), and the boundary wished moved ("quer mudar a divisa", "mudar o muro de
  // lugar"): the strip disputed is the possession and the boundary of the land (CC arts. 1.210 and 1.297-1.298; CPC arts. 560 and 569 I).
  ...['invadiu', 'invadiram', 'avancou em', 'avancaram em', 'construiu em', 'construiram em', 'pegou', 'pegaram', 'tomou', 'tomaram']
    .flatMap((act) => ['meu terreno', 'meu lote', 'meu quintal'].map((land) => `${act} parte do ${land}`)),
  ...['metros no meu', 'metros dentro do meu', 'metros pra dentro do meu', 'metros para dentro do meu'].flatMap((span) => ['terreno', 'lote', 'quintal'].map((land) => `${span} ${land}`)),
  ...['metros', 'parte', 'pedaco', 'faixa'].flatMap((part) =>
    ['terreno', 'lote', 'quintal'].flatMap((land) => ['e dele', 'e dela', 'sao dele', 'sao dela'].map((his) => `${part} do meu ${land} ${his}`))),
  'mudar a divisa', 'mudar a cerca', 'mudar o muro', 'mudou o muro', 'mudaram o muro', 'muro de lugar', 'cerca de lugar',
];

/**
 * A city's fees for its services (CF art. 145 II; CTN arts. 77-79; SV 19: the collection of household waste) and the street-lighting
 * contribution (CF art. 149-A; SV 41 for the fee it replaced), told with or without the article ("taxa do lixo") and by their usual
 * abbreviations (CIP, COSIP): tributes of the city, even when billed on the water or the power bill, contested against the city
 * (CTN art. 165), not the utility. Not "taxa de limpeza" alone, a landlord's cleaning charge as often.
 */
export const MUNICIPAL_FEES: string[] = [
  ...['lixo', 'coleta de lixo', 'coleta do lixo', 'recolhimento de lixo', 'recolhimento do lixo', 'residuos', 'residuos solidos', 'limpeza publica', 'limpeza urbana']
    .flatMap((service) => [`taxa de ${service}`, `taxa do ${service}`, `taxa da ${service}`]),
  'taxa de iluminacao', 'taxa de iluminacao publica', 'contribuicao de iluminacao', 'contribuicao de iluminacao publica', 'cosip', 'cip',
];

/**
 * The fees of the police power (CTN arts. 77-78; CF art. 145 II): for the licence and the inspection of an establishment (alvará,
 * localização e funcionamento, vigilância sanitária) or of its advertising, and the fire-prevention fee of the fire brigade (a taxa,
 * whose service the STF held indivisible, Tema 16; ADI 2.908). Tributes charged, protested and executed as such (CTN art. 201; Lei
 * 6.830/80), contested against the city or the state (CTN art. 165): not the licence refused, the fine or the interdiction that
 * the same bodies impose (the police power itself), nor a fine, which is no tributo (CTN art. 3º).
 */
export const POLICE_POWER_FEES: string[] = [
  'alvara', 'alvara de funcionamento', 'renovacao do alvara', 'licenca', 'licenca de funcionamento', 'licenca de localizacao', 'localizacao', 'localizacao e funcionamento',
  'funcionamento', 'fiscalizacao', 'fiscalizacao de funcionamento', 'fiscalizacao de estabelecimento', 'fiscalizacao de estabelecimentos', 'fiscalizacao sanitaria',
  'vigilancia sanitaria', 'licenca sanitaria', 'publicidade', 'licenca de publicidade', 'incendio', 'prevencao de incendio', 'combate a incendio',
  'prevencao e combate a incendio', 'seguranca contra incendio', 'bombeiro', 'bombeiros', 'corpo de bombeiros',
].flatMap((object) => ['taxa de', 'taxa do', 'taxa da', 'taxas de', 'taxas do', 'taxas da'].map((fee) => `${fee} ${object}`));

/**
 * A city's fee told with the utility bill that carries it ("taxa de lixo junto na conta de água", "a COSIP na conta de luz"): still the
 * city's tribute (CTN arts. 77 and 79; CF art. 149-A; SV 19), the water or power company only collecting it, so the bill's words tell
 * where it is charged, not a tariff of the supply (longer than the bill's own phrase, which it takes).
 */
export const MUNICIPAL_FEES_ON_BILL: string[] = MUNICIPAL_FEES.flatMap((fee) =>
  ['na', 'junto na', 'junto da', 'junto com a', 'junto a', 'dentro da', 'cobrada na', 'cobrada junto da', 'cobrada junto com a', 'embutida na', 'que vem na'].flatMap((on) =>
    ['conta de agua', 'conta da agua', 'conta de luz', 'conta da luz', 'conta de energia', 'conta da energia', 'fatura de agua', 'fatura da agua', 'fatura de luz',
      'fatura da luz', 'fatura de energia', 'fatura da energia'].map((bill) => `${fee} ${on} ${bill}`)),
);

/**
 * The income tax withheld, told by its abbreviation ("tão descontando IR da minha aposentadoria", "o IR retido no contracheque", "desconto
 * de IR"): the tribute withheld at source by the paying source (Lei 7.713/88 art. 7º; CTN art. 45 par. único), whose exemption or refund
 * is asked of the Fisco (art. 6º XIV; CTN art. 165), not a benefit asked of the INSS. Only beside a withholding, a payment or what bears it:
 * a bare "ir" is the verb.
 */
export const IR_WITHHELD: string[] = [
  ...['desconto', 'descontos', 'retencao', 'cobranca'].flatMap((noun) => [`${noun} de ir`, `${noun} do ir`]),
  ...['descontando', 'desconta', 'descontam', 'descontou', 'descontaram', 'descontar', 'retendo', 'retem', 'reteve', 'retiveram', 'cobrando', 'cobram',
    'pagando', 'pago', 'pagar'].flatMap((verb) => [`${verb} ir`, `${verb} o ir`]),
  'ir retido', 'ir descontado', 'ir na fonte', 'ir no contracheque', 'ir no meu contracheque', 'ir no holerite', 'ir no extrato',
  // The tax named beside the benefit that bears it ("desconto de imposto na aposentadoria"): a tax on a benefit is the income tax. Not
  // "ir na pensão", which is going somewhere.
  ...['ir', 'imposto', 'imposto de renda'].flatMap((tax) =>
    ['da aposentadoria', 'da minha aposentadoria', 'do beneficio', 'do meu beneficio', 'da pensao', 'da minha pensao', 'dos proventos', 'dos meus proventos']
      .flatMap((bearer) => [`${tax} ${bearer}`, `${tax} sobre ${bearer.replace(/^d/, '')}`, ...(tax === 'ir' ? [] : [`${tax} ${bearer.replace(/^d/, 'n')}`])])),
];

/**
 * The client contests a tribute charged or withheld, asks it back (impugnação, CTN art. 145; repetição do indébito, CTN art. 165), or
 * faces its assessment (the notice to pay or contest; the ITCMD charged): the tax is the remedy, whatever event it was charged on (a
 * divorce's partition, an inheritance, a severance pay, a sale).
 */
export const TAX_CONTESTED: string[] = [
  ...['contestar', 'questionar', 'impugnar', 'discutir', 'derrubar'].flatMap((act) =>
    ['o imposto', 'esse imposto', 'este imposto', 'a cobranca do imposto', 'essa cobranca do imposto', 'o lancamento', 'esse lancamento', 'o itcmd', 'o itbi', 'o iptu', 'o ipva']
      .map((tax) => `${act} ${tax}`)),
  'recorrer do lancamento', 'recorrer da cobranca do imposto', 'impugnacao do lancamento', 'imposto nao e devido', 'imposto nao era devido', 'nao devo esse imposto',
  'imposto indevido', 'imposto cobrado indevidamente', 'imposto de volta', 'recuperar o imposto', 'restituicao do imposto', 'devolucao do imposto',
  'repeticao de indebito', 'repeticao do indebito',
  // The income-tax exemption of a retiree or pensioner with a serious illness (Lei 7.713/88 art. 6º XIV; Súmula 627 STJ), claimed
  // of the paying source and the Receita with the refund of what was withheld (CTN arts. 165 and 168): the benefit only bears the tax.
  ...['isencao do', 'isencao de', 'isento do', 'isento de', 'isenta do', 'isenta de'].flatMap((exempt) =>
    ['imposto de renda', 'ir', 'irpf', 'irrf'].map((tax) => `${exempt} ${tax}`)),
  // The same exemption asked as whether the tax is due at all, or how to stop it ("não preciso pagar imposto de renda?", "parar de pagar
  // esse imposto"): the retiree doubts the tribute withheld, not the benefit that bears it.
  ...['nao precisa pagar', 'nao preciso pagar', 'nao precisaria pagar', 'nao tem que pagar', 'nao tenho que pagar', 'nao deveria pagar', 'parar de pagar',
    'deixar de pagar', 'continuar pagando'].flatMap((doubt) => ['imposto de renda', 'o imposto de renda', 'imposto', 'esse imposto', 'o imposto', 'ir', 'esse ir', 'o ir', 'este ir'].map((tax) => `${doubt} ${tax}`)),
  'isencao por doenca grave', 'isencao por molestia grave', 'isencao por cancer',
  ...['cancer', 'doenca grave', 'molestia grave', 'neoplasia'].flatMap((illness) => [`quem tem ${illness} nao paga`, `quem tem ${illness} e isento`, `quem tem ${illness} e isenta`]),
  // The assessment's notice, which gives the choice to pay or contest it (CTN art. 145 I; the states' and cities' procedure laws).
  'pagar ou impugnar', 'pague ou impugne', 'pagar ou apresentar impugnacao', 'pagar ou recorrer do lancamento',
  // The transfer tax charged on a family event (a partition's excess, a donation, an inheritance: CF art. 155 I): the State's charge is the case.
  ...['cobra', 'cobrando', 'cobrou', 'cobraram', 'cobranca de', 'cobranca do', 'lancou', 'lancaram', 'lancamento de', 'lancamento do'].map((charge) => `${charge} itcmd`),
];

/**
 * The other side ending a contract (rescinded, ended, broken, cut): with a business client, its business contract ended
 * (`business-contract-ended`); a building block of `franquia-rompida` and `contrato-empresarial-rompido` (complexity).
 */
export const CONTRACT_ENDED_BY_OTHER: string[] = [
  'rescindiu o contrato', 'rescindiram o contrato', 'rescindindo o contrato', 'rescindindo meu contrato', 'rescindiu meu contrato', 'rescindiram meu contrato',
  'rescindiu nosso contrato', 'rescindiram nosso contrato', 'quer rescindir o contrato', 'encerrou o contrato', 'encerraram o contrato', 'encerrando o contrato',
  'rompeu o contrato', 'romperam o contrato', 'rompeu nosso contrato', 'romper o contrato', 'cortou o contrato', 'cortaram o contrato', 'notificacao de rescisao',
];

/** A supplier's deliveries stopped or cut while the contract runs: with a business client, its supply contract broken (`business-contract-ended`). */
export const SUPPLY_STOPPED: string[] = [
  'parou de entregar', 'pararam de entregar', 'deixou de entregar', 'deixaram de entregar', 'parou de fornecer', 'pararam de fornecer',
  'deixou de fornecer', 'deixaram de fornecer', 'cortar o fornecimento', 'cortou o fornecimento', 'cortaram o fornecimento',
  'interrompeu o fornecimento', 'interromperam o fornecimento', 'suspendeu o fornecimento', 'suspenderam o fornecimento',
];

/**
 * The commercial representative (representante comercial autônomo, Lei 4.886/65): who mediates sales for a company on their own
 * account, by a contract of representation, with a firm of their own registered at the Core (art. 2º). Told by the trade and its
 * contract: the commissions, the zone and the end of the contract are the represented company's obligations under that law.
 */
export const COMMERCIAL_AGENCY: string[] = [
  // The client's own trade and contract: not the trade named as a firm's kind ("vendi minha parte numa sociedade de representação comercial").
  ...['sou', 'fui', 'era', 'trabalho como', 'trabalhava como', 'atuo como', 'atuava como'].map((was) => `${was} representante comercial`),
  'contrato de representacao', 'contrato de representacao comercial',
  'empresa de representacao', 'empresa de representacoes', 'firma de representacao', 'firma de representacoes', 'escritorio de representacao',
  'lei 4886', 'lei da representacao', 'lei da representacao comercial', 'lei dos representantes', 'lei do representante comercial',
  'registrado no core', 'registrada no core', 'registro no core', 'conselho regional dos representantes comerciais',
  // The trade told by the maker it sells for ("fui representante de uma fábrica", "represento uma distribuidora"). Not "represento a
  // empresa" nor "sou representante da empresa": a partner or a manager is its legal representative (CC art. 1.022).
  ...[...['fui', 'sou', 'era'].flatMap((was) => [`${was} representante de uma`, `${was} representante da`]), ...['represento', 'representava', 'representei'].flatMap((act) => [`${act} uma`, `${act} a`])]
    .flatMap((who) => ['fabrica', 'industria', 'distribuidora', 'confeccao', 'metalurgica', 'importadora', 'fabricante', 'marca'].map((maker) => `${who} ${maker}`)),
];

/**
 * The client who borrowed money from a person and owes it ("ele me emprestou 30 mil", "peguei 20 mil emprestado com um conhecido"):
 * the debtor of a loan between private persons (mútuo, CC arts. 586 and 591), in default, not the author of a fraud. Not a bank's loan:
 * the lender named is a person. The sentence form is read by `NoteExtractor` (`BORROWED_FROM_PERSON`).
 */
export const BORROWED_BY_CLIENT: string[] = [
  'ele me emprestou', 'ela me emprestou', 'me emprestou dinheiro', 'me emprestou o dinheiro', 'me emprestaram dinheiro', 'me emprestaram o dinheiro',
  'emprestimo que ele me fez', 'emprestimo que ela me fez', 'dinheiro que ele me emprestou', 'dinheiro que ela me emprestou',
];

/** The children support is asked for, as the client names them after "pensão" ("pensão pros meus filhos", "alimentos para a criança"). */
const FOR_THE_CHILDREN = [
  'pros meus filhos', 'pras minhas filhas', 'pro meu filho', 'pra minha filha', 'para os meus filhos', 'para meus filhos', 'para as minhas filhas', 'para minhas filhas',
  'para o meu filho', 'para meu filho', 'para a minha filha', 'para minha filha', 'pros nossos filhos', 'para os nossos filhos',
  'pras criancas', 'para as criancas', 'pra crianca', 'para a crianca', 'pros meninos', 'pras meninas', 'pro menino', 'pra menina', 'pra bebe', 'pro bebe',
];
/**
 * Support asked for the children, told as the remedy: the support for them ("pensão pros meus filhos") or the act of claiming it ("entrar
 * com a pensão", "que ele pague pensão"). The alimony claim runs in the family court (CC art. 1.694; Lei 5.478/68), whatever arrest or
 * protective order made it needed (Lei 11.340/06 art. 22 V lets the criminal judge fix provisional support, art. 14-A sends the rest to
 * family law). Also `child-support`'s phrases (support asked is the children's support), which alone also name a role ("o pai do meu filho me bateu").
 */
const SUPPORT_FOR_CHILDREN = ['pensao', 'alimentos'].flatMap((support) => FOR_THE_CHILDREN.map((children) => `${support} ${children}`));
export const SUPPORT_SOUGHT: string[] = [
  ...SUPPORT_FOR_CHILDREN,
  // The claim named with the support's own name: a bare "pedir a pensão" may go on to another ("a pensão do autista", the BPC).
  ...['entrar com', 'pedir', 'pedido de', 'acao de', 'fixacao de'].flatMap((claim) => [`${claim} alimentos`, `${claim} pensao alimenticia`, `${claim} a pensao alimenticia`]),
  ...['ele', 'o pai'].flatMap((payer) => ['pague', 'pagar', 'pagasse'].flatMap((pay) => [`${payer} ${pay} pensao`, `${payer} ${pay} a pensao`, `${payer} ${pay} alimentos`])),
  'alimentos provisorios', 'alimentos provisionais',
];

/** The same support told as paid by the client (the alimentante, CC art. 1.699), who asks no support: `support-payer` and `child-support`. */
export const SUPPORT_PAID: string[] = ['pago', 'pago a', 'estou pagando', 'estou pagando a', 'to pagando', 'to pagando a'].flatMap((pay) => SUPPORT_FOR_CHILDREN.map((support) => `${pay} ${support}`));

/**
 * The protective order itself asked (Lei 11.340/06 arts. 12-C, 19 and 22): the victim's criminal-court remedy, beside which support asked
 * is one of its measures (art. 22 V), not a family suit of its own; the children's custody asked beside it is the family's (`custody-sought`).
 */
export const PROTECTION_SOUGHT: string[] = ['pedir', 'quero', 'queria', 'solicitar', 'conseguir', 'preciso de', 'preciso da'].flatMap((ask) =>
  // Also protection itself asked ("quero saber se posso pedir proteção", "preciso de proteção"): the measures against the author's
  // approach (Lei 11.340/06 art. 22 III; CPP art. 319 III) and the victim's protection (Lei 9.807/99 art. 1º).
  ['medida protetiva', 'a medida protetiva', 'uma medida protetiva', 'medidas protetivas', 'protetiva', 'protecao'].map((order) => `${ask} ${order}`));

/** The labour court and its proceedings, named (CLT arts. 643 ss. and 876 ss.). */
export const LABOUR_COURT: string[] = [
  'processo trabalhista', 'processos trabalhistas', 'acao trabalhista', 'acoes trabalhistas', 'reclamacao trabalhista', 'reclamatoria trabalhista', 'execucao trabalhista',
  'vara do trabalho', 'justica do trabalho', 'juiz do trabalho', 'juiza do trabalho', 'tribunal regional do trabalho',
];

/**
 * The client told as a company's partner, present or former, or reached as one: whose own goods answer for the company's debt only when
 * its legal personality is set aside (CC art. 50; CDC art. 28 §5º; CLT art. 855-A) or, leaving, for two years (CC art. 1.003; CLT art. 10-A).
 */
export const COMPANY_PARTNER: string[] = [
  ...['sou', 'era', 'fui'].flatMap((was) => [`${was} socio`, `${was} socia`]),
  'como socio', 'como socia', 'sai da sociedade', 'saido da sociedade', 'saida da sociedade', 'incluiu os socios', 'incluiram os socios', 'incluir os socios',
  'desconsideracao da personalidade juridica', 'desconsideracao da pessoa juridica',
];

/** The client's relatives whose job or home another person's role is told of ("o patrão do meu marido"). */
const RELATIVES_OF = ['do meu marido', 'do meu esposo', 'do meu companheiro', 'da minha esposa', 'da minha mulher', 'da minha companheira', 'do meu filho',
  'da minha filha', 'do meu irmao', 'da minha irma', 'do meu pai', 'da minha mae', 'do meu genro', 'da minha nora'];
/** The same relatives as the subject of a verb ("a casa que meu filho aluga"). */
const RELATIVES_WHO = ['meu marido', 'meu esposo', 'meu companheiro', 'minha esposa', 'minha mulher', 'meu filho', 'minha filha', 'meu irmao', 'minha irma', 'meu pai', 'minha mae'];
/**
 * The employer or the landlord of a relative of the client, not the client's ("o patrão do meu marido", "o dono da casa que meu filho
 * aluga", "o dono da loja onde minha filha trabalha"): the job and the lease are the relative's, the client is a stranger to them.
 */
export const RELATIVE_COUNTERPART: string[] = [
  ...['patrao', 'patroa', 'chefe', 'empregador', 'empregadora', 'locador', 'locadora', 'senhorio', 'senhoria', 'dono da casa', 'dona da casa', 'dono do apartamento',
    'dona do apartamento', 'dono da empresa', 'dona da empresa'].flatMap((role) => RELATIVES_OF.map((relative) => `${role} ${relative}`)),
  ...['casa', 'apartamento', 'quarto', 'kitnet', 'imovel'].flatMap((home) => RELATIVES_WHO.map((relative) => `${home} que ${relative} aluga`)),
  ...['onde', 'que'].flatMap((where) => RELATIVES_WHO.map((relative) => `${where} ${relative} trabalha`)),
];

/** How the notes above reweigh the areas (spread into `ROUTE_RULES`). */
export const ROLE_AND_REMEDY_RULES: Partial<Record<
  'succession-planning' | 'statutory-pension' | 'business-sale' | 'co-ownership' | 'estate-good-sold' | 'eviction-sought' | 'criminal-case-closed' | 'case-reopened' |
  'labour-rights-claimed' | 'disguised-employment' | 'cat-refused' | 'commute-accident' | 'benefit-conversion' | 'home-foreclosed' | 'usurious-lender' | 'lodging-booked' | 'home-lent' | 'wrongful-arrest' | 'name-lent' | 'police-power-fine' | 'place-interdicted' | 'demolition-ordered' | 'custody-defended' |
  'goods-for-resale' | 'business-supply' | 'common-area' | 'neighbour-leak' | 'mandate-granted' | 'press-content' | 'deed-sought' | 'social-benefit' | 'store-search' | 'staff-offended' | 'disabled-refused' | 'partner-spouse-entry' |
  'boundary-encroachment' | 'tax-contested' | 'neighbour-works' | 'neighbour-animals' | 'neighbour-hazard' | 'assistance-benefit' | 'tenant' | 'own-rent-late' | 'hit-and-run' | 'parked-vehicle-damaged' | 'belongings-taken' | 'documents-lost' | 'buyer-transfer-sought' | 'estate-deed' |
  'contribution-withheld' | 'title-with-seller' | 'private-employer' | 'traffic-fine-contested' | 'supplier-hired' | 'tradesman-hired' | 'thing-hired' | 'work-injury' |
  'damage-charged-to-worker' | 'commissions-withheld' | 'forced-labour' | 'commercial-agency' | 'work-death' | 'borrower' | 'state-custody' | 'police-act' | 'outsourced-worker' | 'dead-partner-share' |
  'support-sought' | 'staff-harm' | 'company-partner' | 'relative-counterpart' | 'condominium-supplied' | 'company-sued' | 'bank-hold' | 'property-sold' | 'business-contract-ended' |
  'employer-succession',
  RouteRule
>> = {
  'succession-planning': {
    why: 'quem quer dispor dos seus bens para depois da morte (testamento, arts. 1.857 e seguintes do Código Civil; a doação com reserva de usufruto) planeja a sucessão: o imóvel, a conta e a escritura são o patrimônio a deixar, não um negócio imobiliário',
    factors: { familia: 1.4, imobiliario: 0.5, civil: 0.7, consumidor: 0.6 },
    // The words of the goods and their deed describe the estate to leave.
    moves: { imobiliario: 'familia' },
    // The ITCMD of a donation or a bequest is charged by the State: the tax is the case. A property bought and never deeded
    // (`title-with-seller`) is still its seller's: the deed or the adjudicação compulsória comes first (CC arts. 1.245 and
    // 1.417-1.418; Lei 6.015/73 art. 216-B), and the will only says why the client wants it now.
    yieldsTo: ['tax-authority', 'title-with-seller'],
  },
  'statutory-pension': {
    why: 'a pensão deixada por servidor público (regime próprio, Lei 8.112 art. 215; a da filha solteira maior, Lei 3.373/58) é paga, revista e cortada pelo órgão do servidor, com o Tribunal de Contas: direito administrativo, não benefício do INSS nem pensão alimentícia',
    factors: { administrativo: 1.3, previdenciario: 0.5, familia: 0.4 },
    // The pension's words (the dead parent, the benefit, its cut) tell the statutory pension.
    moves: { previdenciario: 'administrativo', familia: 'administrativo' },
  },
  'business-sale': {
    why: 'quem vendeu ou comprou um estabelecimento com a sua clientela (trespasse, arts. 1.142 a 1.149 do Código Civil) fez um contrato empresarial: as parcelas não pagas, a resolução, o passivo e a não concorrência (art. 1.147) se discutem no direito de empresa, não como venda entre particulares',
    factors: { empresarial: 1.4, civil: 0.6, consumidor: 0.5, imobiliario: 0.7 },
    // The price, the instalments and the default are those of the business sale; the stock and the equipment the buyer did not get
    // are the establishment's goods (art. 1.143), bought to run it, not by a final consumer (CDC art. 2º).
    moves: { civil: 'empresarial', consumidor: 'empresarial' },
  },
  'employer-succession': {
    why: 'o estabelecimento do empregador vendido ou passado a outro dono não muda os contratos nem os direitos dos empregados (arts. 10 e 448 da CLT): o sucessor responde pelo que o antigo dono devia (férias, 13º, FGTS, salários, rescisão), o antigo só solidariamente na fraude (art. 448-A), na Justiça do Trabalho (art. 114 da Constituição). A venda, o "antigo dono" e o "novo proprietário" contam a sucessão, não um imóvel nem um contrato civil',
    factors: { trabalhista: 1.3, imobiliario: 0.4, civil: 0.4, familia: 0.6, previdenciario: 0.7, empresarial: 0.7, consumidor: 0.5 },
    // The sale's and the owners' words tell the succession of the employer.
    moves: { imobiliario: 'trabalhista', civil: 'trabalhista', consumidor: 'trabalhista' },
    // The client's own trespasse (the buyer facing the old owner's staff), a tenant whose building was sold and a customer of the
    // business sold are the contract's parties, not its workers.
    yieldsTo: ['business-sale', 'tenant', 'client-company', 'client-mei', 'public-employer', 'statutory-servant'],
    // Only who tells the job held there (`WORKER_TOLD`, or a worker's note), anywhere in the conversation: the sale of a trade
    // told by its tenant, its buyer or its customer is no succession of employers.
    onlyWith: ['worker-told', 'clt-employee', 'labour-rights-claimed', 'still-employed', 'opponent-employer', 'coerced-resignation', 'labour-court'],
  },
  'co-ownership': {
    why: 'feita e registrada a partilha, os herdeiros são condôminos do imóvel (arts. 1.314 a 1.322 do Código Civil): a venda do todo contra a vontade de um (extinção de condomínio, alienação judicial) e o aluguel de quem o usa sozinho são caso imobiliário, não mais inventário',
    factors: { imobiliario: 1.3, familia: 0.5 },
    // The estate's words (the heirs, the house the parents left) describe the co-owned property.
    moves: { familia: 'imobiliario' },
    // An inventory still to be opened or a sobrepartilha is the estate's case.
    yieldsTo: ['estate-division', 'estate-good-sold'],
  },
  'social-benefit': {
    why: 'o Bolsa Família (Lei 14.601/2023) é concedido, bloqueado e cancelado pelo Ministério com os dados do Cadastro Único mantido pelo CRAS do município: atualizar o cadastro e recorrer do bloqueio é direito administrativo; o emprego de carteira assinada que já acabou é a renda que o cadastro ainda mostra, não um pedido contra o empregador, e o benefício não é do INSS',
    factors: { administrativo: 1.3, trabalhista: 0.5, previdenciario: 0.6, familia: 0.7 },
    // The rights of the job itself (the rescisão, the FGTS) asked of the employer stay a labour claim; child support and a
    // separation stay family cases.
    yieldsTo: ['labour-rights-claimed', 'child-support', 'marital-split', 'parent-support'],
  },
  'deed-sought': {
    why: 'quem comprou e pagou o imóvel e pede a escritura em seu nome (outorga da escritura, adjudicação compulsória: arts. 1.417 e 1.418 do Código Civil) tem um pedido imobiliário contra quem vendeu: o divórcio, a separação ou a partilha dos vendedores só dizem por que a escritura não saiu',
    factors: { imobiliario: 1.3, familia: 0.6 },
    // A spouse's own house in a divorce, an estate's good sold by the heirs, a will: family remedies; the ITBI is the tax case.
    // A share bought from the client's own ex-spouse is the couple's property divided after the divorce (`OWN_EX_PARTNER`).
    // The deed of a house a close relative left ("meu pai faleceu e a casa tá no nome dele") passes to the heirs by the inventory and
    // its partition (CC art. 1.784; CPC arts. 610 and 655), not from a seller: a succession.
    yieldsTo: ['marital-split', 'own-ex-partner', 'estate-division', 'estate-good-sold', 'succession-planning', 'tax-authority', 'close-death', 'estate-deed'],
  },
  'property-sold': {
    why: 'quem vendeu um imóvel a prazo e não recebe as parcelas pede ao comprador o preço ou a resolução do contrato com a volta da posse (arts. 474 e 475 do Código Civil; no compromisso de compra e venda, a notificação do Decreto-Lei 745/69): um pedido imobiliário contra o comprador; o casamento desfeito ou a herança dos vendedores só dizem de quem era o imóvel',
    factors: { imobiliario: 1.3, familia: 0.4, civil: 0.7 },
    // The sellers' words (the ex-spouse, the separation, the heirs) and the contract's tell whose property was sold and how.
    moves: { familia: 'imobiliario', civil: 'imobiliario' },
    // Only the buyer's default makes the sale the case: a sale told alone is the background of a tax, a deed or an estate.
    onlyWith: ['debt-collection'],
    // The couple's divorce or the estate still to divide, sought now, are family remedies (the sale waits for the inventory: CPC art. 619 I).
    yieldsTo: ['marital-split', 'estate-division', 'estate-good-sold', 'succession-planning'],
  },
  'buyer-transfer-sought': {
    why: 'o vendedor que pede que o comprador escriture e registre o imóvel vendido (obrigação de fazer, adjudicação compulsória inversa: arts. 1.245 e 1.418 do Código Civil) tem um pedido imobiliário contra ele, e quem tem a posse responde pelo condomínio e pelo IPTU desde então (Tema 886 do STJ): o IPTU e o condomínio que seguem no nome de quem vendeu são o dano da demora, não uma cobrança a contestar com o Fisco',
    factors: { imobiliario: 1.3, tributario: 0.5 },
    // The tax's words (the IPTU, the dívida ativa, the ITBI the buyer did not pay) tell what the unregistered sale left in the seller's name.
    moves: { tributario: 'imobiliario' },
    // Who contests the tax itself (the ITBI's base, an IPTU not due), or whose income is held in its enforcement, has the tax case.
    yieldsTo: ['tax-contested', 'blocked-income'],
  },
  'title-with-seller': {
    why: 'o imóvel que ainda está no nome de quem o vendeu há anos (a loteadora, a construtora, o antigo dono), ou que foi comprado por contrato particular (o contrato de gaveta, o compromisso de compra e venda), se regulariza pela escritura pública e o registro (arts. 108 e 1.245 do Código Civil; art. 167 I da Lei 6.015), pela adjudicação compulsória ou pela usucapião (arts. 1.238-1.242 e 1.417-1.418 do Código Civil; arts. 216-A e 216-B da Lei 6.015): o inventário e a doação só passam o que está no nome do dono, e a família que o ocupa conta a posse, não a herança; o ITBI, o IPTU e a prefeitura que mudou o cadastro são o custo da escritura e a prova da posse, não uma disputa com o Fisco',
    factors: { imobiliario: 1.3, familia: 0.6, tributario: 0.5 },
    // The purchase told in lay words ("comprei minha casa de gaveta") names the property's regularisation when no lexicon word does.
    floors: { imobiliario: 5 },
    // The tax's words (the IPTU paid, the ITBI the deed will cost, "o imposto da prefeitura") tell the deed's costs and the possession.
    moves: { tributario: 'imobiliario' },
    // Who contests the tax itself (the ITBI's base, an IPTU not due), or whose income is held in its enforcement, has the tax case.
    yieldsTo: ['tax-contested', 'blocked-income'],
  },
  'estate-deed': {
    why: 'a casa que ficou no nome do pai, da mãe ou do cônjuge que morreu passa aos herdeiros pela partilha do inventário (art. 1.784 do Código Civil; arts. 610 e 655 do CPC: o formal de partilha ou a escritura pública de inventário é o título que o registro de imóveis recebe): "transferir a escritura" é o fim da sucessão, não uma compra a escriturar',
    factors: { familia: 1.3, imobiliario: 0.6 },
    // The deed's words (the house, the registry, the matrícula) tell the estate's good.
    moves: { imobiliario: 'familia' },
    // A buyer of the deceased's house by a contract never deeded asks the estate for the deed (adjudicação compulsória), and the ITCMD is the tax case.
    yieldsTo: ['property-bought', 'tax-authority'],
  },
  'estate-good-sold': {
    why: 'os herdeiros que venderam ou querem vender um bem do espólio ainda não partilhado precisam do inventário ou do alvará judicial (arts. 1.784, 1.791 e 1.793 do Código Civil; art. 619 I do CPC) para dar a escritura, e a venda da quota de um herdeiro é cessão de direitos hereditários: o remédio é de sucessões, e a compra e venda, o sinal e a matrícula descrevem o bem da herança',
    factors: { familia: 1.3, imobiliario: 0.5 },
    // The sale's words (the flat, the deed, the buyer's down payment) tell the estate's good.
    moves: { imobiliario: 'familia' },
    // The ITCMD of the inventory or of a cessão is charged by the State: the tax is the case.
    yieldsTo: ['tax-authority'],
  },
  'eviction-sought': {
    why: 'o locador que quer o inquilino fora e os aluguéis atrasados move a ação de despejo (Lei 8.245, arts. 5º, 9º III, 59 §1º IX e 62): a agressão ou a ameaça do inquilino a polícia apura no inquérito, e é também infração do contrato; o caso que o cliente traz é a locação',
    // The tenant's kinship (a daughter-in-law, a son, a grandchild living there) only says who occupies the house let, as for a house lent.
    factors: { imobiliario: 1.3, criminal: 0.6, familia: 0.6 },
    // A landlord who wants the tenant prosecuted, or is accused, chose or faces the criminal route; support and a divorce stay family cases.
    // The rent a landlord claims of the client's employer is the employer's lease (Lei 8.245/91 art. 62: the tenant is sued); the worker
    // told asks for the job's pay (CLT arts. 459 §1º and 483 'd').
    yieldsTo: ['criminal-complaint', 'accused', 'criminal-defence', 'child-support', 'marital-split', 'worker-told'],
  },
  'criminal-case-closed': {
    why: 'o inquérito arquivado (arts. 18 e 28 do CPP) ou a absolvição encerram a via penal para o cliente: o que ele pede agora (desfazer a justa causa, a vaga do concurso, a indenização) é de outra área, e a investigação é a prova ou o contexto',
    factors: { criminal: 0.5 },
    // The damages asked of who accused the client ("quero que ela me indenize", "cobrar dele os prejuízos"): the accusation's words (the
    // theft imputed, the BO, the inquiry) tell the false imputation whose harm is asked, the abuse of the right to report (CC arts. 186,
    // 187, 927 and 953); the accuser's prosecution (CP art. 339) is asked as a complaint (`criminal-complaint`).
    moves: { criminal: 'civil' },
    movesOnlyWith: ['damages-claimed', 'value-claimed', 'money-back'],
    // A victim who wants the inquiry reopened, or a client accused again (`case-reopened`), is still on the criminal route; so is the acquitted or the
    // convict who asks the record cleaned (`criminal-record-asked`): the certificate's secrecy and the rehabilitation are the criminal
    // court's (LEP art. 202; CP arts. 93-95; CPP arts. 743-750). The defence once told (`criminal-defence`) gives way to this rule instead.
    yieldsTo: ['criminal-complaint', 'criminal-record-asked', 'case-reopened'],
  },
  'case-reopened': {
    why: 'a absolvição de que o Ministério Público recorreu (arts. 574 e 593 do CPP), o inquérito desarquivado por prova nova (art. 18 do CPP; Súmula 524 do STF) ou a nova acusação que fez do cliente réu reabrem a defesa criminal: o arquivamento ou a absolvição anteriores são o histórico',
    factors: { criminal: 1.3, civil: 0.7 },
    // Names the criminal route when no crime's word is told ("fui absolvido mas o promotor recorreu").
    floors: { criminal: 4 },
  },
  'labour-rights-claimed': {
    why: 'quem pede os direitos trabalhistas de um trabalho prestado (o vínculo, a carteira, as férias, o 13º, o FGTS) pede contra o empregador, na Justiça do Trabalho (art. 114 da Constituição; LC 150 para o trabalho na casa de família), ainda que o empregador tenha morrido (o espólio responde, art. 1.997 do Código Civil): a herança, a família e o INSS são o contexto',
    // The company told beside them is the employer (or the worker's own, the disguise of a pejotização: CLT art. 9).
    factors: { trabalhista: 1.3, familia: 0.6, civil: 0.7, previdenciario: 0.7, empresarial: 0.6 },
    // A public servant's rights come from the statute (administrative law).
    yieldsTo: ['public-employer', 'statutory-servant'],
  },
  'contribution-withheld': {
    why: 'o empregador que desconta do salário a contribuição do INSS (o "imposto" do contracheque) e não a recolhe deve o recolhimento e o registro (art. 30 I da Lei 8.212; arts. 9º e 34-35 da LC 150 para a doméstica): a Justiça do Trabalho manda anotar a carteira e executa as contribuições (art. 114 VIII da Constituição); o INSS e o imposto dizem só o que foi descontado',
    factors: { trabalhista: 1.3, previdenciario: 0.5, tributario: 0.5 },
  },
  'private-employer': {
    why: 'só o Poder Público exonera um servidor depois de processo administrativo disciplinar (arts. 143 e 148 da Lei 8.112): a "sindicância" e a "exoneração" contadas por quem trabalha para um empregador privado (o hospital, a escola, a empresa particular) são o procedimento interno e a dispensa por justa causa (art. 482 da CLT), discutidos na Justiça do Trabalho (art. 114 I da Constituição)',
    factors: { administrativo: 0.5 },
    // The public body's words tell the private employer's inquiry and dismissal, once the client tells a job with a signed card.
    moves: { administrativo: 'trabalhista' },
    movesOnlyWith: ['clt-employee'],
    // A private job told as the past of a public career ("antes do concurso trabalhei em escola particular") is its background.
    yieldsTo: ['public-employer', 'statutory-servant', 'statutory-pension'],
  },
  'disguised-employment': {
    why: 'quem o contratante obrigou a abrir uma empresa ou um MEI, ou contratou "como PJ", para um trabalho pessoal e subordinado tem vínculo de emprego (arts. 3º e 9º da CLT: é nulo o ato que desvirtua a relação): o CNPJ, o contrato de prestação de serviços e as notas fiscais são o disfarce que a Justiça do Trabalho afasta, não um contrato entre empresas',
    factors: { trabalhista: 1.3, empresarial: 0.5, civil: 0.7 },
    // The company's and the service contract's words tell the disguised employment.
    moves: { empresarial: 'trabalhista' },
  },
  'cat-refused': {
    why: 'o empregador que não emitiu ou se recusou a emitir a CAT (art. 22 da Lei 8.213/91) responde pelo acidente de trabalho (estabilidade, art. 118; indenização, art. 7º XXVIII da Constituição): o auxílio do INSS pago enquanto isso é o contexto; quando o próprio INSS negou ou cortou o benefício, ou o segurado pede ao INSS a conversão em acidentário sem querer processar a empresa, o pedido é contra ele',
    // An assault suffered at work, by a customer or a co-worker, is a work accident (Lei 8.213 art. 21 II a): the worker who asks the
    // employer for the CAT holds the employer liable, and the blow, the police and the report tell the accident (the aggressor's
    // prosecution runs apart, a public action of the Ministério Público).
    factors: { trabalhista: 1.2, previdenciario: 0.6, criminal: 0.5 },
    moves: { criminal: 'trabalhista' },
    yieldsTo: ['opponent-inss', 'benefit-conversion'],
  },
  'home-foreclosed': {
    why: 'a casa financiada que vai a leilão ou já passou para o nome do banco segue o procedimento da alienação fiduciária de imóvel (Lei 9.514/97, arts. 26 e 27: intimação pelo cartório de registro de imóveis, consolidação, dois leilões, purgação da mora e direito de preferência): caso imobiliário; o financiamento, as parcelas e o banco contam a dívida, e a revisão dos juros, de consumo, é só um argumento',
    factors: { imobiliario: 1.3, consumidor: 0.5, civil: 0.7 },
    // The financing's words (the contract, the instalments, the bank) tell the debt the home secures.
    moves: { consumidor: 'imobiliario' },
    // The home auctioned in a tax enforcement (IPTU) is defended there; a couple's home in a divorce is shared in the partition.
    yieldsTo: ['tax-authority', 'marital-split', 'criminal-defence'],
  },
  'usurious-lender': {
    why: 'o agiota não é instituição financeira: o empréstimo é mútuo entre particulares (arts. 586 e 591 do Código Civil), sem relação de consumo, e os juros acima da taxa legal são nulos (Decreto 22.626/33, arts. 1º e 11; MP 2.172-32, art. 1º); o devedor pede no cível a revisão, a devolução do que pagou a mais e dos cheques e promissórias dados em garantia. A usura também é crime (Lei 1.521/51, art. 4º), mas a ação penal não revê a dívida',
    factors: { civil: 1.3, consumidor: 0.4, criminal: 0.6 },
    // A lender's violence or threats of a grave harm (`harm-threatened`: CP arts. 147 and 158), and a borrower who wants him prosecuted, are the criminal route.
    yieldsTo: ['violence', 'criminal-complaint', 'harm-threatened'],
  },
  'lodging-booked': {
    why: 'o hóspede que reservou uma hospedagem (hotel, pousada, casa por plataforma) é consumidor do serviço (arts. 3º §2º, 7º e 25 §1º do CDC: a plataforma responde com o anfitrião): o aluguel da casa e a locação que ele conta são a hospedagem contratada, não uma locação da Lei do Inquilinato',
    factors: { consumidor: 1.3, imobiliario: 0.5 },
    // The words of the house rented tell the lodging booked.
    moves: { imobiliario: 'consumidor' },
    // A camera found hidden in the lodging's bathroom or bedroom is the crime's case (`hidden-camera`: CP art. 216-B).
    yieldsTo: ['hidden-camera'],
  },
  'home-lent': {
    why: 'quem emprestou de graça a casa ou o imóvel (comodato, arts. 579 a 585 do Código Civil) a retoma pela notificação e, recusada, pela ação possessória (art. 582; art. 560 do CPC): caso imobiliário, não empréstimo de dinheiro; a separação, o casamento ou o parentesco de quem ocupa dizem só quem está lá, e as benfeitorias se discutem na própria possessória (art. 1.219)',
    factors: { imobiliario: 1.3, civil: 0.6, familia: 0.6 },
    // The family's words (the husband who died, the children, the mother-in-law who lent the house) and the works done on it tell
    // who occupies the house lent and what they built there: the comodato and its benfeitorias (CC arts. 584 and 1.219).
    moves: { familia: 'imobiliario', civil: 'imobiliario' },
    // Who asks the inventory of a parent's house lent to a sibling is in the estate's case.
    yieldsTo: ['estate-division'],
  },
  'wrongful-arrest': {
    why: 'quem foi preso por engano (o mandado já revogado ou cumprido que seguia em aberto no sistema, a pessoa errada) e já foi solto pede ao Estado a indenização pelo erro (art. 5º LXXV e art. 37 §6º da Constituição): direito público, não defesa criminal; a polícia, a cela e a audiência de custódia contam o que aconteceu',
    factors: { criminal: 0.4, administrativo: 1.3 },
    // The arrest's words (preso, cadeia, mandado, policial) tell the act of the State.
    moves: { criminal: 'administrativo' },
    // A client still charged or investigated defends the criminal case.
    yieldsTo: ['criminal-defence', 'accused', 'defendant'],
  },
  'name-lent': {
    why: 'quem emprestou o nome para o financiamento ou a compra de outra pessoa (que pagaria as parcelas) é o devedor do banco, mas o outro lhe deve o que deixou de pagar e o bem que ficou com ele (mútuo e mandato, arts. 586, 590 e 675 do Código Civil): cobrança no cível, não consumo nem crime, pois deixar de pagar é inadimplemento',
    factors: { civil: 1.3, consumidor: 0.5, criminal: 0.6 },
    // The bank's words (the financing, the instalments, the name blacklisted) tell the contract made for the other.
    moves: { consumidor: 'civil' },
    // A name lent to a fraudster's scheme and now investigated, or a victim who wants the other prosecuted, is on the criminal route.
    yieldsTo: ['criminal-complaint', 'violence', 'bank-scam', 'accused', 'criminal-defence'],
  },
  'police-power-fine': {
    why: 'a multa da vigilância sanitária, do Procon, do órgão ambiental ou do código de posturas, como a interdição do estabelecimento e a cassação do alvará (art. 2º da Lei 6.437/77), é sanção do poder de polícia, não tributo (art. 3º do CTN: tributo não é sanção de ato ilícito; Lei 6.437/77): a defesa é no processo administrativo sancionador, ainda que o boleto venha da prefeitura como se fosse imposto',
    factors: { administrativo: 1.3, tributario: 0.5, consumidor: 0.5 },
    // The words of the bill ("imposto", the city, the DAM) tell the fine charged; the customer's complaint, the product and the CDC
    // tell the infraction the Procon or the inspectorate sanctioned: the fined supplier defends the administrative proceeding (CDC
    // arts. 55-57; Decreto 2.181/97 arts. 33 ss.), it is not a consumer.
    moves: { tributario: 'administrativo', consumidor: 'administrativo' },
  },
  'place-interdicted': {
    why: 'quando o cliente conta um lugar interditado (o restaurante pelos bombeiros, a padaria pela vigilância sanitária, a obra pela prefeitura, o prédio pela Defesa Civil), "a interdição" é esse fechamento pelo poder de polícia (art. 78 do CTN; art. 2º da Lei 6.437/77; art. 8º da Lei 12.608/12), não a curatela de uma pessoa (arts. 1.767 do Código Civil e 747-758 do CPC), pois só se interdita quem não pode reger a própria vida',
    factors: { familia: 0.3 },
    // A relative's curatela asked in the same story (the father with Alzheimer in the house the Defesa Civil closed) keeps the family route.
    yieldsTo: ['guardianship'],
  },
  'custody-defended': {
    why: 'quem está preso em flagrante e vai à audiência de custódia, ou cuja soltura a família pede, precisa de defesa criminal já (o relaxamento da prisão ilegal, a liberdade provisória, arts. 310 e 321 do CPP; o habeas corpus, art. 5º LXV, LXVI e LXVIII da Constituição): a dispensa por justa causa e o emprego onde o fato teria ocorrido (o caixa que faltou, a discussão com o patrão) são o fato imputado, e a reclamação trabalhista vem depois',
    factors: { criminal: 1.5, trabalhista: 0.5 },
    // The job's words (the dismissal, the firm, the manager) tell the fact of the arrest.
    moves: { trabalhista: 'criminal' },
    // Names the criminal route when the arrest is told in the family's words alone ("quero tirar ele de lá").
    floors: { criminal: 2 },
    // The victim who tells the author held and asks damages of him or the bank's refund, the support debtor's civil prison and the
    // arrest the State is asked to pay for follow their own routes.
    yieldsTo: ['offender-held', 'damages-claimed', 'refund-claimed', 'bank-scam', 'support-enforced', 'child-support', 'wrongful-arrest'],
  },
  'demolition-ordered': {
    why: 'a demolição que a prefeitura, o fiscal ou a Defesa Civil ordena ou anuncia (o auto de demolição, as máquinas que vêm derrubar) é ato do poder de polícia do Município sobre as construções (arts. 30 VIII e 182 da Constituição; o código de obras): a defesa é no processo administrativo e, contra a demolição sem ele, o mandado de segurança ou a tutela de urgência contra o ente público (art. 5º LIV e LV da Constituição; na remoção coletiva, a ADPF 828 do STF e a Resolução CNJ 510/2023); a posse, o usucapião, a escritura e o IPTU dizem o que se defende, não uma disputa entre particulares',
    factors: { administrativo: 1.3, imobiliario: 0.5 },
    // The property's words (the posse, the usucapião, the house, the lot) tell what the act would pull down.
    moves: { imobiliario: 'administrativo' },
    // Names the public-law route when the client tells only the house ("vão derrubar minha casa", "pago IPTU").
    floors: { administrativo: 2 },
    // A neighbour's encroachment or works, an eviction, co-owners, an estate or a divorce are private disputes over the building.
    yieldsTo: ['boundary-encroachment', 'neighbour-works', 'eviction-sought', 'co-ownership', 'estate-division', 'marital-split'],
  },
  'traffic-fine-contested': {
    why: 'a multa de trânsito que o dono do veículo contesta (a placa clonada, outro carro na foto, um lugar onde nunca esteve) se derruba na defesa da autuação e no recurso à JARI (arts. 280 a 282 e 285 do CTB; Resolução CONTRAN 918/2022): a clonagem é crime que a polícia apura por conta própria (art. 311 do Código Penal), e o golpe e o boletim de ocorrência são a prova da defesa, não o caso',
    factors: { administrativo: 1.3, criminal: 0.4 },
    // The fraud's words (the golpe, the estelionato, the police report) tell the cloning the defence proves.
    moves: { criminal: 'administrativo' },
    // The seller whose buyer never transferred the car asks the buyer in the civil court; who is accused of the cloning defends the criminal case.
    yieldsTo: ['vehicle-not-transferred', 'accused', 'criminal-defence'],
  },
  'goods-for-resale': {
    why: 'quem compra mercadoria para revender não é o destinatário final (art. 2º do CDC, teoria finalista do STJ): a compra é mercantil, entre empresas (arts. 481 e 441 do Código Civil), e o vício, o atraso, a devolução e o protesto das duplicatas (Lei 5.474/68) se discutem no direito de empresa, não no Procon',
    factors: { consumidor: 0.4, empresarial: 1.3 },
    // The purchase's words (the defect, the exchange, the refund) tell the commercial sale.
    moves: { consumidor: 'empresarial' },
  },
  'business-supply': {
    why: 'a empresa (ou o MEI) que compra do seu fornecedor (a distribuidora, o moinho, a siderúrgica, a madeireira, o fabricante) a mercadoria que revende ou o insumo que transforma não é destinatária final (art. 2º do CDC, teoria finalista do STJ): é compra e venda ou fornecimento entre empresas (arts. 481 e 966 do Código Civil), e a mercadoria estragada, com defeito ou fora da especificação é vício redibitório (arts. 441 a 445) com resolução e perdas e danos (arts. 389, 402 e 475), no direito de empresa, não no Procon nem num contrato entre particulares',
    // The stock or input bought is no final consumer's purchase (CDC art. 2º): its consumer words, and the civil sale's, go to business
    // law, as under `client-company`, whichever way the business was told.
    factors: { consumidor: 0.4, civil: 0.5, administrativo: 0.6, imobiliario: 0.6, empresarial: 1.3 },
    moves: { consumidor: 'empresarial', civil: 'empresarial' },
    // The supplier named by its trade weighs at least as 'fornecedor' does in the business lexicon: a supply told in no area's words is the business's (CC art. 966).
    floors: { empresarial: 2 },
    // Only the client's own business buys from a supplier: a company, an MEI or the shop the client owns ("tenho uma loja", `own-shop`),
    // as under `business-contract-ended`. A worker of the company and the employment claimed, the power or water
    // distributor's cut (a public service, Lei 8.987/95), and a fine of the Procon or another authority follow their own routes.
    onlyWith: ['client-company', 'client-mei', 'own-shop'],
    yieldsTo: ['labour-rights-claimed', 'disguised-employment', 'clt-employee', 'opponent-employer', 'supply-reconnection', 'police-power-fine', 'procon-filed', 'tax-contested'],
  },
  'thing-hired': {
    why: 'o aluguel de uma coisa móvel (a van, o som, o andaime: arts. 565 a 578 do Código Civil) ou de um salão para uma festa não é locação de imóvel urbano para morar, para temporada ou para comércio (Lei 8.245, arts. 1º, 48 e 51): o aluguel, o dono e a devolução que o cliente conta são dessa locação civil, ou do serviço de quem aluga por ofício (art. 3º do CDC)',
    // Just above 1 for civil law, which the hire names (as `damages-claimed`); the rent words go with it.
    factors: { imobiliario: 0.4, civil: 1.05 },
    moves: { imobiliario: 'civil' },
    // A lease of the home, its eviction, a property bought or built, the condominium's rooms and a lodging booked are property or consumer cases.
    yieldsTo: ['tenant', 'eviction-sought', 'property-bought', 'construction-defect', 'condominium-charge', 'lodging-booked', 'home-lent', 'deed-sought', 'neighbour-leak', 'neighbour-works', 'boundary-encroachment', 'co-ownership'],
  },
  'supplier-hired': {
    why: 'quem contrata uma empresa, ou dela aluga ou compra (o carro da garagem, da revenda ou da concessionária, novo ou usado), como destinatário final, é consumidor do seu serviço ou produto (arts. 2º e 3º do CDC; o serviço mal feito ou não feito, arts. 14, 20 e 35): a empresa, o seu CNPJ, o contrato, a obra e o sinal dizem quem é o fornecedor e o que ele devia, não um caso de empresa nem um contrato entre particulares',
    factors: { consumidor: 1.2, empresarial: 0.4, civil: 0.5 },
    // The words of the company and of the contract tell the consumer's supplier and what it owed.
    moves: { empresarial: 'consumidor', civil: 'consumidor' },
    // A company or an MEI hiring for its business, goods bought for resale, a suit served on the client, and a worker of the company follow their own routes.
    // A leak from the unit above (`neighbour-leak`) spoiled what the client bought: the shop only tells where it came from.
    yieldsTo: ['client-company', 'client-mei', 'goods-for-resale', 'business-sale', 'damages-suit-served', 'collection-suit-served', 'labour-rights-claimed', 'opponent-employer', 'clt-employee',
      'neighbour-leak'],
  },
  // A tradesperson or a trade business hired for a job at the client's home (the eletricista, the encanador, the marcenaria, the empresa
  // de jardinagem, the móveis planejados): a supplier by habit (CDC art. 3º §2º) and the client its final consumer (CDC art. 2º). Not the
  // autonomous pedreiro's obra, read as an empreitada between private persons (CC arts. 610-626).
  'tradesman-hired': {
    why: 'quem oferece um serviço no mercado por ofício (o eletricista, o encanador, o pintor, o marceneiro ou a marcenaria, o serralheiro, a empresa de jardinagem, os móveis planejados) é fornecedor, e o cliente que o contrata para a sua casa é o consumidor final (arts. 2º e 3º §2º do CDC): o serviço não terminado, atrasado ou mal feito, o dinheiro retido e a multa cobrada na desistência são do fornecedor (arts. 14, 20, 35 e 51 IV do CDC), não um contrato entre particulares',
    factors: { consumidor: 1.2, civil: 0.5, empresarial: 0.4, trabalhista: 0.6, previdenciario: 0.5 },
    // The job's, the contract's and the money's words (the reforma, the obra, the sinal, the "firma") tell the supplier and what it owed;
    // the client's own retirement ("sou aposentada") only says who hired it.
    moves: { civil: 'consumidor', empresarial: 'consumidor', trabalhista: 'consumidor', previdenciario: 'consumidor' },
    // The trade hired weighs at least as a consumer's supplier named: a job told in no area's words ("contratei um eletricista", "paguei uma
    // marcenaria") is the consumer's (CDC art. 3º §2º).
    floors: { consumidor: 2 },
    // A private person's job (a relative, a neighbour, "um rapaz": `private-seller`, CC arts. 593-609), a business hiring for its
    // activity (`client-company`, `client-mei`: CDC art. 2º, finalist reading), the client who employs the worker or is claimed from as
    // an employer (CLT arts. 2-3; LC 150), a worker of the trade, the damage a neighbour or an offender caused (the trade only quotes
    // the repair), and a suit served on the client follow their own routes.
    // The provider told as working on his own, without an establishment (`provider-informal`), is read as a private empreitada (CC arts. 593, 610).
    yieldsTo: ['private-seller', 'provider-informal', 'client-company', 'client-mei', 'own-shop', 'goods-for-resale', 'business-supply', 'labour-rights-claimed', 'disguised-employment', 'client-employer',
      'private-employer', 'opponent-employer', 'clt-employee', 'worker-told', 'work-injury', 'neighbour-works', 'neighbour-hazard', 'neighbour-leak', 'offender-held',
      'damages-suit-served', 'collection-suit-served', 'defendant', 'state-liability', 'construction-defect', 'property-bought', 'threat', 'criminal-complaint', 'violence'],
  },
  'work-injury': {
    why: 'quem trabalha para outro (com ou sem carteira assinada, por dia, por fora, para um empreiteiro ou uma construtora) e se acidenta no serviço (a queda do andaime ou do telhado, a máquina, a serra) tem acidente do trabalho (arts. 19 a 21 da Lei 8.213) e relação de emprego a reconhecer (arts. 2º e 3º da CLT; o empreiteiro e o dono da obra, art. 455 e OJ 191 da SDI-1 do TST): a estabilidade, as verbas e a indenização do empregador (art. 7º XXVIII da Constituição; Súmula Vinculante 22) se pedem na Justiça do Trabalho. A obra, a reforma, a construtora e o hospital dizem onde e como foi, não um contrato de obra nem um imóvel',
    // The INSS's accident benefit (Lei 8.213 arts. 59 and 86) is a claim of its own beside the employer's: its words keep their weight.
    factors: { trabalhista: 1.2, civil: 0.6, imobiliario: 0.5 },
    // The site's and the hire's words (the empreiteiro, the reforma, the construtora) tell the employer and the workplace.
    moves: { civil: 'trabalhista', imobiliario: 'trabalhista' },
    // The benefit asked of the INSS (refused, cut, converted, a retirement), a public servant's accident, and a crash on the road
    // (the driver who hit the worker answers in the civil courts) follow their own routes.
    yieldsTo: ['opponent-inss', 'benefit-conversion', 'benefit-denied', 'retirement-sought', 'public-employer', 'statutory-servant', 'collision-victim', 'run-over'],
  },
  // A salesperson's commissions withheld, charged back or cut by the employer: pay (CLT art. 457 §1º) that the employer owes once the
  // sale is closed (Lei 3.207/57 arts. 3º and 7º: only the buyer's insolvency undoes it; the risk of the business is the employer's,
  // CLT art. 2º), whose rate it cannot lower on its own (CLT art. 468; CF art. 7º VI), and whose delay is mora salarial (CLT art. 483
  // d): a labour claim (CF art. 114 I), whatever the employer sells (flats, cars, phone plans, trips, insurance).
  'commissions-withheld': {
    why: 'as comissões do vendedor empregado são salário (art. 457 §1º da CLT), devidas quando a venda se fecha (arts. 3º e 7º da Lei 3.207/57; o risco do negócio é do empregador, art. 2º da CLT) e não podem ser reduzidas por ato só do empregador (art. 468 da CLT; art. 7º VI da Constituição): o que a loja, a imobiliária, a concessionária ou a operadora vendem é o contexto do emprego, e a cobrança vai à Justiça do Trabalho (art. 114 I da Constituição)',
    factors: { trabalhista: 1.3, consumidor: 0.5, imobiliario: 0.5, civil: 0.6, administrativo: 0.6 },
    // The shop's, the estate agency's and the dealer's words tell the employer's trade.
    moves: { consumidor: 'trabalhista', imobiliario: 'trabalhista', civil: 'trabalhista', administrativo: 'trabalhista' },
    // An autonomous representative's commissions are a business contract (Lei 4.886/65 art. 32); a public servant's "comissão" is the post's.
    yieldsTo: ['commercial-agency', 'public-employer', 'statutory-servant'],
  },
  'damage-charged-to-worker': {
    why: 'o empregador só desconta do salário ou da rescisão o dano que o empregado causou se houve dolo, ou culpa com o desconto previsto no contrato (art. 462 §1º da CLT), e não lhe repassa o risco do negócio (art. 2º): o celular, o caminhão, a ferramenta, o uniforme ou a falta no caixa cobrados do empregado se discutem na Justiça do Trabalho. A batida, o conserto e o boletim de ocorrência dizem de onde veio o dano, não um pedido cível nem de consumo',
    factors: { trabalhista: 1.2, civil: 0.5, consumidor: 0.5, empresarial: 0.5 },
    // The crash's, the repair's and the company's words tell the damage charged and who charged it.
    moves: { civil: 'trabalhista', consumidor: 'trabalhista', empresarial: 'trabalhista' },
  },
  'forced-labour': {
    why: 'quem é mantido no trabalho por dívida, sem documentos, vigiado ou sem poder sair está em condição análoga à de escravo (art. 149 do Código Penal): o resgate pela fiscalização do trabalho, as verbas, o seguro-desemprego do resgatado (art. 2º-C da Lei 7.998) e a indenização se pedem na Justiça do Trabalho, e o crime corre à parte. A fazenda, o barracão, o armazém, o quarto e a polícia dizem onde e como a pessoa está presa, não um caso cível, imobiliário ou de consumo',
    factors: { trabalhista: 1.5, civil: 0.4, consumidor: 0.4, imobiliario: 0.4, criminal: 0.5, empresarial: 0.5 },
    // The farm's, the store's, the room's and the arms' words tell the workplace and the hold.
    moves: { civil: 'trabalhista', consumidor: 'trabalhista', imobiliario: 'trabalhista', criminal: 'trabalhista' },
    // A woman kept at home by her partner is violence at home (Lei 11.340), whatever work she tells.
    yieldsTo: ['violence'],
  },
  'work-death': {
    why: 'o empregado que morreu no serviço (a queda, o choque, a máquina: acidente do trabalho, art. 19 da Lei 8.213) deixa à viúva e aos filhos a indenização do empregador e do tomador (art. 7º XXVIII da Constituição; arts. 927 parágrafo único, 942 e 948 do Código Civil: o dano moral e a pensão mensal), pedida na Justiça do Trabalho (art. 114 VI da Constituição; Súmula Vinculante 22); a pensão por morte do INSS é devida à parte e não se desconta dela (Súmula 229 do STF), e o inquérito da polícia e a perícia contam como foi',
    // The site's, the builder's and the power company's words (the obra, the construtora, the companhia de energia the contractor served)
    // tell the workplace and the taker of the work (Súmula 331 do TST), as under `work-injury`; the widow's and the children's words tell
    // the dependants who claim (CC art. 948 II; Súmula 392 do TST: the heirs' claim is the labour courts').
    factors: { trabalhista: 1.2, previdenciario: 0.5, civil: 0.6, criminal: 0.5, imobiliario: 0.4, consumidor: 0.5, familia: 0.6 },
    // The INSS's, the police's and the civil words (the pension asked, the inquiry, the indemnity) tell the death the employer answers for.
    moves: { previdenciario: 'trabalhista', civil: 'trabalhista', criminal: 'trabalhista', imobiliario: 'trabalhista', consumidor: 'trabalhista', familia: 'trabalhista' },
    // Only the employer's answer asked (its settlement, the damages, the employer named as such, the company sued): a widow who asks the
    // INSS's pension alone has a benefit case, whatever the death was.
    onlyWith: ['damages-claimed', 'pressure-to-sign', 'opponent-employer', 'labour-rights-claimed', 'cat-refused', 'company-sued'],
    // The pension the INSS refused, a public servant's death, a crash on the road and a prosecution of the family follow their own routes.
    yieldsTo: ['opponent-inss', 'benefit-denied', 'public-employer', 'statutory-servant', 'collision-victim', 'run-over', 'criminal-defence'],
  },
  'bank-hold': {
    why: 'o banco que bloqueia ou retém a conta do cliente por conta própria (a "análise de segurança", a conta travada) presta mal o serviço ao seu consumidor (art. 14 do CDC; Súmula 297 do STJ; a verba alimentar retida, art. 833 IV do CPC, pede urgência): o salário, o holerite e o aluguel que vence dizem o que ficou preso e por que é urgente, não um pedido trabalhista nem de locação',
    factors: { consumidor: 1.2, trabalhista: 0.6, imobiliario: 0.6 },
    // The salary's words (the salary, the payslip) tell the money the bank holds.
    moves: { trabalhista: 'consumidor' },
    // A client accused of a crime through the account (a mule account), the tax authority's or the employer's own claim, and a
    // platform's account follow their own routes.
    yieldsTo: ['criminal-defence', 'accused', 'police-summons', 'tax-authority', 'labour-rights-claimed', 'opponent-employer', 'platform-account-blocked', 'client-company'],
  },
  'company-sued': {
    why: 'quem quer processar a empresa, ou que ela pague pelo que fez, pede dinheiro a uma pessoa jurídica, que não responde por crime fora dos crimes ambientais (art. 225 §3º da Constituição): o pedido é de indenização, de consumo ou trabalhista contra ela, e o boletim, o inquérito e o "que pague pelo que fez" são a indignação ou o caso de outra pessoa, o preposto que responde à parte',
    factors: { criminal: 0.5 },
    // The client accused or prosecuted, and violence against the client, keep the criminal route.
    yieldsTo: ['criminal-defence', 'accused', 'violence'],
  },
  'condominium-supplied': {
    why: 'o condomínio é ele mesmo consumidor da companhia de água ou de energia (arts. 2º, 3º e 22 do CDC): o síndico que contesta a tarifa mínima cobrada de cada apartamento com um só hidrômetro (ilegal, STJ Tema 414) pede à concessionária a cobrança pelo consumo medido e a devolução em dobro do excesso (art. 42 parágrafo único do CDC); o prédio, os apartamentos e o síndico dizem quem é o consumidor, não uma disputa entre condôminos',
    factors: { consumidor: 1.2, imobiliario: 0.5 },
    // The building's words (the syndic, the flats, the condominium) tell who the consumer is.
    moves: { imobiliario: 'consumidor' },
    // The tax on the bill, and the condominium's own worker, follow their own routes.
    yieldsTo: ['tax-authority', 'labour-rights-claimed', 'opponent-employer'],
  },
  'commercial-agency': {
    why: 'o representante comercial autônomo (Lei 4.886/65) tem com a representada um contrato de empresa, não de emprego: as comissões (art. 32), a zona e a exclusividade (art. 31), o aviso prévio (art. 34) e a indenização de 1/12 do que ganhou na rescisão sem justo motivo (art. 27 j) se pedem na Justiça comum (STF, Tema 550); "me mandaram embora" conta o fim do contrato de representação, e a sugestão de ir à Justiça do Trabalho não faz do contrato um emprego',
    // Only the labour words are discounted: a representative who bought a car for the job (a consumer) or sold his share of a
    // representation firm (a civil debt) tells the trade as background.
    factors: { trabalhista: 0.5 },
    // The end told as a dismissal (mandaram embora, aviso prévio, comissões, justiça do trabalho) tells the representation ended.
    moves: { trabalhista: 'empresarial' },
    // A representative who asks the employment recognised (subordination disguised as representation, CLT arts. 3 and 9) is a labour case.
    yieldsTo: ['labour-rights-claimed', 'disguised-employment'],
  },
  'business-contract-ended': {
    why: 'a empresa (o restaurante, a padaria, a transportadora, a clínica, o MEI) cujo fornecedor, distribuidor, cliente empresarial ou prestador contratado para a sua atividade rompe o contrato ou corta o fornecimento tem um contrato empresarial, que se presume paritário e simétrico (art. 421-A do Código Civil): o aviso prévio e os investimentos feitos (art. 473 parágrafo único), a resolução por inadimplemento e as perdas e danos (arts. 475 e 402 a 404), a multa (arts. 408 a 416) e, na distribuição, a indenização do art. 720; o contrato, a multa e a indenização que ela conta são desse contrato entre empresas, não de um contrato civil entre particulares',
    // Just above 1 for business law, which the contract between businesses names (as `thing-hired` for civil law).
    factors: { civil: 0.5, empresarial: 1.05 },
    // The contract's, the fine's and the damages' words tell the business contract broken.
    moves: { civil: 'empresarial' },
    // Only a client told as a business (`client-company`, `client-mei`, `own-shop`): a consumer's supply cut or plan rescinded, and a
    // worker whose employer's contract ended, are no business contract.
    onlyWith: ['client-company', 'client-mei', 'own-shop'],
    // A worker of the business, or a "company" that disguises an employment, is a labour case (CLT arts. 3 and 9).
    yieldsTo: ['labour-rights-claimed', 'disguised-employment', 'opponent-employer', 'clt-employee', 'outsourced-worker'],
  },
  borrower: {
    why: 'quem tomou dinheiro emprestado de uma pessoa (mútuo, arts. 586 e 591 do Código Civil) e não pagou está em mora, não comete estelionato, que pede a fraude já ao tomar o dinheiro (art. 171 do Código Penal): a queixa ameaçada e a delegacia contam a cobrança, e o caso é a dívida, os juros acima da taxa legal (Decreto 22.626/33, art. 1º) e o acordo, no cível',
    factors: { civil: 1.3, criminal: 0.5, consumidor: 0.5 },
    // The threatened complaint's words (estelionato, delegacia, boletim) tell how the lender collects.
    moves: { criminal: 'civil' },
    // A client already accused or charged, violence, and the family's own remedies follow their own routes.
    yieldsTo: ['accused', 'criminal-defence', 'violence', 'child-support', 'marital-split', 'estate-division'],
  },
  'state-custody': {
    why: 'o Estado responde pela morte ou pela lesão de quem está sob a sua guarda, o preso na cela, o paciente internado no hospital público, o aluno na escola pública (art. 37 §6 da Constituição; do preso, art. 5º XLIX e STF Tema 592, RE 841.526), ainda que o golpe tenha vindo de outro preso ou de um colega: a família que pede a indenização e a pensão move uma ação contra o ente público, e a cela, a morte e o inquérito contam o dano',
    factors: { administrativo: 1.2, criminal: 0.4, civil: 0.7, familia: 0.6 },
    // The prison's and the death's words (preso, cela, mataram, inquérito), the damages and the dependants the pension is for tell the
    // State's liability.
    moves: { criminal: 'administrativo', civil: 'administrativo', familia: 'administrativo' },
    // Only the State, or the damages, asked: the family that wants the relative out of jail, or defends him, is on the criminal route.
    onlyWith: ['state-liability', 'damages-claimed'],
    // The author of the crime against the client told held or convicted ("o homem que abusou da minha filha cumpre pena no fechado"):
    // the custody is the offender's, and the damages are asked of him (CP art. 91 I; CPP arts. 63-64), not of the State that holds him.
    yieldsTo: ['criminal-defence', 'accused', 'criminal-complaint', 'dependant-benefit', 'offender-held', 'offender-convicted'],
  },
  'police-act': {
    why: 'o Estado responde objetivamente pelo dano que o policial, o guarda municipal ou a viatura causou agindo como agente público: a morte, a surra, o tiro, a prisão sem motivo, a casa invadida (art. 37 §6º da Constituição; arts. 43 e 948 a 950 do Código Civil; na operação policial, STF Tema 1.237): quem pede ao Estado a indenização ou a pensão move uma ação contra o ente público, e a abordagem, o crime do policial e o inquérito contam o dano',
    factors: { administrativo: 1.3, criminal: 0.4, civil: 0.4 },
    // The police's and the crime's words (abordagem, matou, bateram, inquérito, delegacia) and the damages' (the treatment, the
    // pension) tell the act of the State's agent.
    moves: { criminal: 'administrativo', civil: 'administrativo' },
    // Only with the State asked to pay: the victim who wants the officer prosecuted, the client charged after the stop, and the family
    // that defends a relative are on the criminal route.
    onlyWith: ['state-liability'],
    yieldsTo: ['criminal-defence', 'accused', 'defendant', 'criminal-complaint'],
  },
  'outsourced-worker': {
    why: 'o terceirizado (o vigilante, a faxineira, o porteiro de uma prestadora) é empregado da prestadora, e a tomadora do serviço (o shopping, o banco, o hospital, a prefeitura) responde subsidiariamente pelo que ela não pagou (Súmula 331 IV e V do TST; art. 5º-A §5º da Lei 6.019/74), na Justiça do Trabalho: o contrato entre as duas empresas, o cliente da prestadora e o prédio onde trabalhava dizem quem tomou o serviço, não uma relação de consumo, empresarial ou de condomínio',
    factors: { trabalhista: 1.3, consumidor: 0.4, empresarial: 0.5, imobiliario: 0.5, administrativo: 0.5, civil: 0.6 },
    // The tomadora's words (the mall, the bank, the condominium, the city hall, the contract it had with the contractor) tell who took the work.
    moves: { consumidor: 'trabalhista', empresarial: 'trabalhista', imobiliario: 'trabalhista', administrativo: 'trabalhista', civil: 'trabalhista' },
    // A servant under a statute, a benefit asked of the INSS, a crime, a crash on the road (the driver answers in the civil courts) and
    // the worker's own family remedies follow their own routes.
    yieldsTo: ['statutory-servant', 'opponent-inss', 'benefit-denied', 'benefit-restoration', 'retirement-sought', 'criminal-complaint', 'criminal-defence', 'accused',
      'violence', 'child-support', 'support-enforced', 'marital-split', 'collision-victim', 'run-over'],
  },
  'dead-partner-share': {
    why: 'as quotas do sócio que morreu se liquidam, salvo se o contrato dispuser diferente ou os sócios preferirem dissolver a sociedade ou ajustar a entrada dos herdeiros (art. 1.028 do Código Civil), pelo valor apurado em balanço especial (art. 1.031; apuração de haveres, arts. 599 a 609 do CPC): a viúva, os herdeiros e o inventariante que pedem esse valor ou a entrada na sociedade contra os sócios que ficaram têm uma disputa societária, e o inventário só diz quem os representa',
    factors: { empresarial: 1.3, familia: 0.6 },
    // The estate's words (the widow, the heirs, the inventory) tell who claims the quotas.
    moves: { familia: 'empresarial' },
    // A partner told as dead: only a close one, whose death the client tells.
    onlyWith: ['close-death'],
    // The ITCMD, the pension by death, a crime, a divorce and an employee whose employer died follow their own routes.
    yieldsTo: ['tax-authority', 'opponent-inss', 'dependant-benefit', 'criminal-complaint', 'criminal-defence', 'marital-split', 'labour-rights-claimed'],
  },
  'neighbour-leak': {
    why: 'o vazamento que desce da unidade do vizinho (o ralo, o cano, o banheiro dele: parte privativa, art. 1.331 §1º do Código Civil) é dano que o dono da unidade repara pelo direito de vizinhança (arts. 1.277 e 927): o condomínio e o síndico só respondem pelas partes comuns, e o prédio, o apartamento e o forro dizem onde o dano caiu',
    // The client told as retired ("sou aposentada e moro no térreo") only says who suffered the leak, as for the neighbour's hazard.
    factors: { civil: 1.3, imobiliario: 0.6, consumidor: 0.5, previdenciario: 0.5 },
    // The building's words (the flat, the syndic, the condominium) tell where the neighbour's leak fell; the furniture, the shop it
    // came from and its invoice what the leak spoiled: the neighbour is no supplier (CDC arts. 2º-3º), the loss his to repair.
    moves: { imobiliario: 'civil', consumidor: 'civil' },
    // A leak from a common part (the prumada, the roof) is the condominium's; a tenant's leak is the landlord's duty under the lease.
    yieldsTo: ['common-area', 'eviction-sought'],
  },
  'neighbour-works': {
    why: 'a obra do vizinho (a escavação, a fundação, o sobrado levantado) que racha ou molha a casa do cliente é uso anormal da propriedade vizinha: o dono da obra e a construtora que ele contratou respondem pelo dano (arts. 1.277, 1.299 e 1.311 do Código Civil), caso de vizinhança; a construtora, as rachaduras e o engenheiro dizem quem fez a obra, não um imóvel comprado',
    // Most of the house's words go to the neighbour's case: told without the neighbour's name ("a obra na casa do lado"), they are its only words.
    factors: { civil: 1.3, imobiliario: 0.4 },
    // The builder's and the house's words tell the damage the neighbour's works did.
    moves: { imobiliario: 'civil' },
    // Works past the boundary take land (a property case); works in a common part are the condominium's; a buyer of the unit claims from its builder.
    yieldsTo: ['boundary-encroachment', 'common-area', 'property-bought'],
  },
  'neighbour-hazard': {
    why: 'o incêndio que passou da casa, da fábrica ou da oficina vizinha, a represa ou a caixa d\'água que estourou, o muro, a laje, a marquise, a árvore ou o barranco cortado por uma obra que caiu sobre o cliente ou a sua casa são dano que o dono do prédio ou do terreno de onde vieram repara (arts. 186, 927, 937 e 938 do Código Civil; o uso anormal da propriedade, arts. 1.277 e 1.280): caso cível de indenização. A Defesa Civil, os bombeiros, o alvará que faltava e a interdição da casa só constatam o dano, e a aposentadoria só diz quem o sofreu',
    factors: { civil: 1.3, administrativo: 0.5, imobiliario: 0.5, previdenciario: 0.5, consumidor: 0.5, empresarial: 0.5 },
    // The authority's, the house's and the business's words (the Defesa Civil, the permit, the interdicted home, the workshop next
    // door) tell the harm the owner repairs; so do the client's own shop and stock burned or broken by the place next door ("o posto
    // do lado explodiu e estourou os vidros da minha loja"): a claim in tort against that owner (CC arts. 186, 927, 937, 1.277),
    // not a dispute between partners nor of the client's business itself.
    moves: { administrativo: 'civil', imobiliario: 'civil', consumidor: 'civil', empresarial: 'civil' },
    // The State asked to pay for its own omission (the slope it never contained: CF art. 37 §6º) is a public-law claim; the tenant's
    // home is the landlord's duty (Lei 8.245 art. 22), the insured's the insurer's (CDC art. 3º §2º), the buyer's the developer's (CC
    // art. 618), a product that burst or burned the maker's and the seller's (CDC art. 12), the work of a supplier the client hired the
    // supplier's (CDC art. 14); a fire set on purpose whose author the client wants prosecuted is the crime's (CP art. 250); a worker
    // hurt at work the employer's.
    yieldsTo: ['state-liability', 'tenant', 'eviction-sought', 'insurance-refused', 'property-bought', 'product-defect', 'supplier-hired', 'common-area', 'criminal-complaint', 'accused', 'criminal-defence', 'work-injury', 'labour-rights-claimed'],
  },
  'neighbour-animals': {
    why: 'os animais do vizinho (o gado, as cabras, os cães, as galinhas) que entram e estragam a plantação, a horta ou o quintal do cliente são dano que o dono ou detentor do animal repara (art. 936 do Código Civil), e a cerca divisória caída se refaz com as despesas divididas entre os confinantes (art. 1.297 §1º): caso cível de indenização, não de posse nem de polícia; o terreno, a cerca e o boletim de ocorrência dizem onde e como foi',
    factors: { civil: 1.3, imobiliario: 0.5, criminal: 0.5 },
    // The land's and the police's words (the lot, the fence, the delegacia) tell where the animals went and how the client first thought to complain.
    moves: { imobiliario: 'civil', criminal: 'civil' },
    // A neighbour who threatens or strikes the client, or a client accused, is on the criminal route.
    yieldsTo: ['violence', 'accused', 'criminal-defence'],
  },
  tenant: {
    why: 'o inquilino cujo locador morreu continua locatário dos herdeiros (art. 10 da Lei 8.245), e o imóvel que eles vendem deve lhe ser oferecido antes (direito de preferência, arts. 27 e 33): o inventário, os herdeiros e a viúva do locador dizem quem é agora o locador, e o caso é a locação',
    factors: { familia: 0.7 },
    // The estate's words (the heirs, the inventory, the death) tell who the landlord now is.
    moves: { familia: 'imobiliario' },
    movesOnlyWith: ['death'],
    // The tenant's own family remedies (a divorce, support, custody, an inheritance of his own) are family cases wherever he lives.
    yieldsTo: ['marital-split', 'child-support', 'custody-sought', 'estate-division', 'succession-planning', 'parent-support', 'guardianship', 'violence', 'dependant-benefit'],
  },
  'own-rent-late': {
    why: 'o aluguel que o próprio cliente deve é dívida do inquilino (art. 23 I da Lei 8.245), que só o locador cobra ou despeja (arts. 5º, 9º III e 62): contado ao lado do salário, da comissão ou da rescisão não pagos, do benefício cortado ou do dinheiro que um banco ou uma loja reteve, diz por que o dinheiro falta; o pedido é contra o empregador (art. 459 da CLT), o INSS ou o fornecedor',
    factors: { imobiliario: 0.4 },
    // Only beside another claim of the client's own: the arrears told alone, or with the landlord's fine, are the lease's case.
    onlyWith: ['worker-told', 'clt-employee', 'labour-rights-claimed', 'opponent-employer', 'commissions-withheld', 'money-back', 'bank-hold', 'blocked-income',
      'opponent-inss', 'benefit-denied', 'assistance-benefit'],
    // The landlord's eviction suit served, or the tenant locked out, make the lease the case again (Lei 8.245 arts. 59 and 62 II).
    yieldsTo: ['eviction-sought', 'locked-out'],
  },
  'hit-and-run': {
    why: 'o motorista que bate ou atropela e foge sem prestar socorro comete crime (arts. 304 e 305 do CTB; aumento do art. 302 §1º III na lesão ou na morte culposa): sem o condutor identificado não há de quem cobrar, e o que a vítima pede primeiro é o inquérito que o identifique e o processe; a reparação (arts. 186 e 927 do Código Civil) é o caso quando é ela o pedido',
    factors: { criminal: 1.5, civil: 0.7 },
    // Who asks the driver or his insurer for the money, or says they want no prosecution, chose the civil remedy.
    yieldsTo: ['damages-claimed', 'prosecution-declined', 'insurance-refused', 'civil-matter'],
  },
  'parked-vehicle-damaged': {
    why: 'o carro ou a moto parados que alguém risca, amassa, quebra, chuta ou apedreja é dano que o autor repara (arts. 186 e 927 do Código Civil; o patrão do motorista que o causou trabalhando, art. 932 III; os pais do menor, art. 932 I): pedido a ele, o estacionamento, o mercado ou o shopping onde o carro estava só dizem onde foi, e o autor não é fornecedor (arts. 2º e 3º do CDC). Pedido ao estacionamento ou à loja que ofereceu a vaga, o mesmo dano é deles, que guardavam o carro (Súmula 130 do STJ; art. 14 do CDC)',
    factors: { consumidor: 0.5, civil: 1.1 },
    // The car park's, the shop's and the shopping centre's words tell where the author did the damage.
    moves: { consumidor: 'civil' },
    // The guard is whom the client asks to pay: the author, not the keeper (Súmula 130 do STJ).
    onlyWith: ['author-asked'],
    // The car in a workshop's, a car wash's, a station's or a valet's hands is that supplier's service (CDC art. 14); the insured's
    // own insurer asked is the insurance contract (CC art. 757).
    yieldsTo: ['vehicle-serviced', 'insurance-refused'],
  },
  'belongings-taken': {
    why: 'quem teve a carteira batida no ônibus, o celular furtado, o carro arrombado ou foi assaltado e pergunta se ou como registrar o boletim de ocorrência, se vale a pena, ou quer o ladrão achado, é vítima de furto ou roubo (arts. 155, 157 e 163 do Código Penal): crimes de ação pública que a polícia investiga a partir da notícia da vítima (arts. 4º-5º e 27 do CPP), e a vítima pode acompanhar a ação penal como assistente (art. 268 do CPP). O ônibus, a feira, o shopping ou o estacionamento só dizem onde foi, e nenhum fornecedor é chamado a pagar. Pedido ao estacionamento, ao shopping, ao banco ou à loja, o mesmo furto é caso de consumo (Súmula 130 do STJ; art. 14 do CDC); pedido ao autor no cível, ou depois da condenação, é a reparação civil (art. 935 do Código Civil; art. 63 do CPP)',
    factors: { criminal: 1.3, consumidor: 0.5, civil: 0.5 },
    // The place's and the goods' words (the bus, the shop, the phone's invoice) tell where and what was taken.
    moves: { consumidor: 'criminal', civil: 'criminal' },
    // A theft told with no other word names the crime.
    floors: { criminal: 4 },
    // Only with the report asked or made, or the prosecution followed: the victim's route to the police (CPP arts. 5º and 268).
    onlyWith: ['police-report-asked', 'police-report-filed', 'prosecution-followed'],
    // The supplier, the insurer, the bank, the employer or the author asked to pay: the claim is theirs (CDC art. 14; Súmula 130 e
    // 479 do STJ; CC arts. 757 and 935; CLT art. 2º); the client accused defends.
    yieldsTo: ['keeper-asked', 'refund-claimed', 'money-back', 'damages-claimed', 'value-claimed', 'author-asked', 'insurance-refused', 'vehicle-serviced', 'bank-scam',
      'offender-convicted', 'store-search', 'accused', 'criminal-defence', 'reported-for-taking', 'opponent-employer', 'labour-rights-claimed', 'good-faith-buyer'],
  },
  'documents-lost': {
    why: 'quem perdeu a identidade, a CNH ou os documentos e pergunta pelo boletim de ocorrência registra a perda na polícia, que o órgão emissor pede para a segunda via (Lei 7.116/83) e que resguarda contra o uso dos documentos por outro (art. 307 do Código Penal): a via é a da polícia, não um pedido cível',
    factors: { criminal: 1.2 },
    floors: { criminal: 4 },
    onlyWith: ['police-report-asked'],
    yieldsTo: ['keeper-asked', 'refund-claimed', 'money-back', 'damages-claimed', 'value-claimed', 'bank-scam', 'accused', 'criminal-defence'],
  },
  'assistance-benefit': {
    why: 'o BPC/LOAS (art. 20 da Lei 8.742) é concedido e negado pelo INSS: o CadÚnico do CRAS, o Bolsa Família e a assistente social da prefeitura provam a renda da família, e o pedido é contra a autarquia (recurso ao CRPS ou ação na Justiça Federal)',
    factors: { administrativo: 0.6, previdenciario: 1.2 },
    // A relative who keeps the benefit commits a crime; the curatela asked to receive it is a family remedy.
    yieldsTo: ['elder-abuse', 'guardianship'],
  },
  'common-area': {
    why: 'as partes comuns do edifício (terraço, telhado, corredores) são de todos os condôminos (art. 1.331 §2º do Código Civil), usadas sem excluir os outros (art. 1.335 II) e alteradas só pela assembleia (arts. 1.342 e 1.351): o condômino que se apropria de uma, ou o condomínio que a nega, é caso de condomínio, não de vizinhança',
    factors: { imobiliario: 1.3, civil: 0.5 },
    // The neighbour's words (the unit above, the noise, the works) tell the owner who took the common part.
    moves: { civil: 'imobiliario' },
  },
  'mandate-granted': {
    why: 'quem deu procuração e viu o procurador vender, receber ou reter o que era seu tem contra ele a prestação de contas e a entrega de tudo o que recebeu (arts. 667 e 668 do Código Civil; ação de exigir contas, art. 550 do CPC), com arresto se o dinheiro está sendo escondido: o estelionato e a escritura contam o que o mandatário fez com o mandato',
    factors: { civil: 1.3, criminal: 0.6, imobiliario: 0.6 },
    // "Roubou", "estelionato", the land and its deed tell what the agent did with the powers given.
    moves: { criminal: 'civil', imobiliario: 'civil' },
    // A client who wants the agent prosecuted chose the criminal route; an elder's benefit kept is a crime of its own; the power given
    // to a spouse, an heir or for the INSS tells a family or benefit case.
    yieldsTo: ['criminal-complaint', 'accused', 'criminal-defence', 'elder-abuse', 'marital-split', 'estate-division', 'opponent-inss', 'guardianship'],
  },
  'press-content': {
    why: 'quem quer tirar do ar, corrigir ou desindexar uma notícia ou reportagem sobre si pede a tutela dos direitos da personalidade contra o veículo ou o buscador (arts. 12, 20 e 21 do Código Civil; Lei 13.188/15; art. 19 do Marco Civil): a prisão ou o crime que a notícia contou é o seu assunto, não o caso',
    factors: { civil: 1.4, criminal: 0.5 },
    // The crime's words tell what the news said: the same story, under the civil law of the personality.
    moves: { criminal: 'civil' },
    // A client who wants the journalist prosecuted for defamation, or who is accused again, is on the criminal route.
    yieldsTo: ['criminal-complaint', 'criminal-defence'],
  },
  'store-search': {
    why: 'o cliente detido, revistado ou acusado de furto pelos seguranças da loja ou do supermercado sofre um defeito do serviço do fornecedor, que responde pelo constrangimento (art. 14 do CDC; art. 932 III do Código Civil): a suspeita de furto, a polícia chamada e a revista são o fato do serviço, não um caso penal do cliente',
    factors: { consumidor: 1.3, criminal: 0.4 },
    // The theft suspected, the accusation and the police called to the shop tell what the shop's security did.
    moves: { criminal: 'consumidor' },
    // A customer charged or investigated for the theft, or who wants the guard prosecuted, is on the criminal route.
    yieldsTo: ['criminal-complaint', 'accused', 'criminal-defence'],
  },
  'staff-offended': {
    why: 'o cliente humilhado, xingado ou discriminado pelo atendente, pelo garçom, pelo motorista do ônibus ou do aplicativo, pelo caixa do banco ou pelo segurança da loja enquanto era atendido sofre um defeito do serviço: o fornecedor responde pelos seus prepostos sem culpa (arts. 6º VI, 14 e 34 do CDC; art. 932 III do Código Civil), e a pessoa com deficiência barrada ou recusada (o cão-guia na porta, a matrícula negada) é discriminada pelo fornecedor (arts. 8º e 27-28 da Lei 13.146/2015; Lei 11.126/2005): a ofensa e o dano moral são o fato do serviço, não uma briga entre particulares',
    factors: { consumidor: 1.3, civil: 0.4 },
    // The offence's and the damages' words (the humiliation, the moral damages) tell what the supplier's staff did.
    moves: { civil: 'consumidor' },
    // The client who wants the offender prosecuted chose the criminal route (CP arts. 140 and 140 §3º; Lei 7.716/89); a worker offended by a
    // customer or by the boss, and the blows beyond the words, follow their own routes.
    yieldsTo: ['criminal-complaint', 'prosecution-followed', 'accused', 'criminal-defence', 'violence', 'worker-told', 'opponent-employer', 'superior-abuse', 'superior-name-calling'],
  },
  'staff-harm': {
    why: 'o cliente ferido, derrubado ou agredido pelo preposto do fornecedor enquanto era servido (o segurança do shopping, o motorista ou o cobrador do ônibus, o garçom, a manicure, a atendente da farmácia que deu o remédio errado), ou cujo bem o preposto danificou ou levou (o manobrista, o mecânico, a camareira), sofre um defeito do serviço: o fornecedor responde pelos seus prepostos sem culpa (arts. 14 e 34 do CDC; arts. 932 III e 933 do Código Civil), o transportador pelo passageiro (arts. 734-735 do Código Civil; art. 22 do CDC) e quem guarda pelo que recebeu (Súmula 130 do STJ): a lesão, a queda e o dano são o fato do serviço, não uma briga nem um acidente entre particulares',
    factors: { consumidor: 1.3, civil: 0.5, criminal: 0.5, empresarial: 0.5, imobiliario: 0.5, trabalhista: 0.6 },
    // The harm's, the crash's and the damages' words (the blow, the fall, the broken car, the treatment) tell what the supplier's staff did.
    moves: { civil: 'consumidor', criminal: 'consumidor', empresarial: 'consumidor', imobiliario: 'consumidor', trabalhista: 'consumidor' },
    // The staff of a named business weighs at least as a supplier named: a harm told in no consumer word is the service's (CDC art. 14).
    floors: { consumidor: 2 },
    // The client who wants the staff prosecuted, or only wants the one who did it to answer, money asked of no one (`suit-wished`, which
    // itself gives way to the damages or the money back asked), chose the criminal route (CP art. 129; CPP art. 39); the client who is accused or sued, a
    // worker hurt at or by their own employer (CLT arts. 2º-3º; Lei 8.213 art. 19), a company or an MEI (CDC art. 2º) and a public body
    // and its agents (CF art. 37 §6º) follow their own routes. So does the staff member convicted for the harm, whose value the client
    // asks of him: the sentence made the reparation certain, executed or asked in the civil court (CPP arts. 63-64; CC art. 935).
    yieldsTo: ['criminal-complaint', 'prosecution-followed', 'suit-wished', 'accused', 'criminal-defence', 'defendant', 'worker-told', 'opponent-employer', 'clt-employee',
      'work-injury', 'labour-rights-claimed', 'client-company', 'client-mei', 'own-shop', 'client-employer', 'state-liability', 'opponent-public-body', 'offender-convicted'],
  },
  'disabled-refused': {
    why: 'a escola particular, a creche, a academia, o clube, o cinema, o hotel ou a loja que recusa, barra ou cobra a mais da pessoa com deficiência ou autista (a matrícula negada, a taxa extra da mediadora, o cão-guia na porta, o banheiro sem adaptação) discrimina o consumidor e lhe deve o serviço adaptado sem custo adicional (arts. 8º, 27-28 §1º e 56-57 da Lei 13.146/2015; art. 7º da Lei 12.764/2012; arts. 6º, 14 e 39 II do CDC): é o fornecedor que responde, não o INSS, o condomínio nem um patrão',
    factors: { consumidor: 1.3, civil: 0.4, empresarial: 0.4, imobiliario: 0.4, previdenciario: 0.4, trabalhista: 0.4 },
    // The school's, the club's and the accessibility's words tell the supplier's duty.
    moves: { civil: 'consumidor', empresarial: 'consumidor', imobiliario: 'consumidor', previdenciario: 'consumidor', trabalhista: 'consumidor' },
    floors: { consumidor: 2 },
    // The client who reports the discrimination to the police or wants it prosecuted chose the criminal route (Lei 13.146/2015 art. 88;
    // Lei 7.716/89); a worker refused by the employer follows the labour route. Not the bare "que o parque responda por isso", the
    // supplier's liability asked.
    yieldsTo: ['police-report-asked', 'prosecution-followed', 'accused', 'criminal-defence', 'violence', 'worker-told', 'opponent-employer', 'superior-abuse'],
  },
  'partner-spouse-entry': {
    why: 'o ex-cônjuge de um sócio que recebeu quotas na partilha não entra na sociedade: só concorre à divisão periódica dos lucros até que se liquide a sociedade (art. 1.027 do Código Civil), e a cessão a estranho depende dos outros sócios (art. 1.057); o sócio que quer mantê-lo fora discute o contrato social e a apuração de haveres (arts. 599 a 609 do CPC), não o divórcio, que é de outra pessoa',
    factors: { familia: 0.5, empresarial: 1.3 },
    // The divorce's words (the ex-wife, the partition, the agreement) tell how the quotas reached the third person.
    moves: { familia: 'empresarial' },
    // The spouse who asks her own divorce and her share of the quotas is in the family case.
    yieldsTo: ['marital-split', 'estate-division', 'child-support'],
  },
  'boundary-encroachment': {
    why: 'a obra ou a cerca do vizinho que passou da divisa tomou uma faixa do terreno do cliente (esbulho; construção em terreno alheio, arts. 1.210, 1.258-1.259 e 1.297 do Código Civil): o dono pede o embargo da obra, a demolição do que invadiu e a faixa de volta (possessória ou demarcatória, arts. 560 e 569 do CPC), caso imobiliário; a ameaça do vizinho e o boletim de ocorrência são o contexto',
    factors: { imobiliario: 1.3, criminal: 0.5, civil: 0.7 },
    // The neighbour's words (the wall, the works, the neighbour) tell the encroachment.
    moves: { civil: 'imobiliario' },
    // A client who wants the neighbour prosecuted, or who is accused, is on the criminal route; the neighbour's animals "dentro do meu
    // terreno" crossed the boundary, they took no land (`neighbour-animals`).
    yieldsTo: ['criminal-complaint', 'accused', 'criminal-defence', 'neighbour-animals'],
  },
  'support-sought': {
    why: 'quem pede a pensão dos filhos pede alimentos na vara de família (art. 1.694 do Código Civil; Lei 5.478/68), ainda que o pai tenha sido preso ou esteja sob medida protetiva: a agressão, a prisão e o processo criminal dizem por que a renda da casa acabou (a Lei 11.340 manda a família para o juízo próprio, art. 14-A), e o emprego de quem paga diz de onde a pensão sai (art. 529 do CPC)',
    factors: { familia: 1.3, criminal: 0.5, trabalhista: 0.6 },
    // The protective order asked beside it makes the support one of its measures (Lei 11.340 art. 22 V); the payer's own revision or
    // debt, a father accused of a crime, the INSS's benefit of a child, a parent who died and a crash's victim keep their routes (as `child-support`).
    yieldsTo: ['protection-sought', 'support-payer', 'support-reduction', 'support-debtor', 'opponent-inss', 'accused', 'criminal-defence', 'death', 'dependant-benefit', 'collision-victim', 'run-over'],
  },
  'company-partner': {
    why: 'o sócio, ou o ex-sócio nos dois anos seguintes à saída (art. 10-A da CLT), que a Justiça do Trabalho alcança pela desconsideração da personalidade jurídica da empresa executada (art. 855-A da CLT; arts. 133 a 137 do CPC) se defende na própria execução trabalhista (embargos à execução e agravo de petição, arts. 884 e 897 da CLT): a empresa, a conta e o banco que cumpriu a ordem dizem de quem é o dinheiro bloqueado, não uma disputa societária ou de consumo',
    factors: { trabalhista: 1.3, empresarial: 0.5, consumidor: 0.5 },
    // The company's words (the partnership, its closing, its contract) tell whom the labour execution reached.
    moves: { empresarial: 'trabalhista' },
    // Only with the labour court named: a partner alone is a company case.
    onlyWith: ['labour-court'],
    // The company's tax enforced against the partner (CTN art. 135 III) and a partner accused of a crime follow their own routes.
    yieldsTo: ['tax-authority', 'criminal-defence', 'accused'],
  },
  'relative-counterpart': {
    why: 'quem foi ameaçado, xingado ou agredido pelo patrão ou pelo senhorio de um parente não tem emprego nem locação com ele: a ameaça, a injúria e a lesão corporal são crimes (arts. 129, 140 e 147 do Código Penal), e o emprego e o aluguel do parente só dizem quem é o autor',
    factors: { criminal: 1.4, trabalhista: 0.4, imobiliario: 0.4, civil: 0.7 },
    // Only when the client is the one threatened, insulted or struck: the relative's own labour or lease case keeps its route.
    onlyWith: ['victim', 'violence'],
  },
  'tax-contested': {
    why: 'quem contesta o tributo lançado ou retido, ou pede de volta o que pagou (impugnação, art. 145 do CTN; repetição do indébito, art. 165), tem um caso tributário: o divórcio e a partilha, a herança, a rescisão e a indenização, a venda ou a aposentadoria são o fato gerador tributado, não o pedido',
    factors: { tributario: 1.2, familia: 0.5, imobiliario: 0.5, trabalhista: 0.5, previdenciario: 0.5, civil: 0.7, consumidor: 0.7 },
    // The words of the taxed event tell the tax's fato gerador.
    moves: { familia: 'tributario', imobiliario: 'tributario', trabalhista: 'tributario', previdenciario: 'tributario' },
    // A fine of the police power is no tribute (CTN art. 3).
    yieldsTo: ['police-power-fine'],
  },
};

/**
 * The dead partner's pension told with the death after the partner ("a pensão do meu marido que faleceu", "a pensão do meu esposo
 * falecido"): the pension by death (Lei 8.213/91 art. 74), a social-security benefit; not "a pensão do meu ex-marido", the support he pays.
 */
export const DEAD_PARTNER_PENSION: string[] = ['do meu marido', 'do meu esposo', 'do meu companheiro', 'da minha esposa', 'da minha mulher', 'da minha companheira'].flatMap(
  (partner) => ['que faleceu', 'que morreu', 'falecido', 'falecida'].map((death) => `pensao ${partner} ${death}`),
);

/** The dead insured as a dependant names them, and the benefit they received. */
const DEAD_INSURED = ['dele', 'dela', 'do falecido', 'da falecida', 'do meu marido', 'do meu esposo', 'do meu companheiro', 'da minha esposa', 'da minha companheira'];
/**
 * The dead insured's retirement or benefit told as part of the estate ("a aposentadoria dele é herança", "entra no inventário"), or as
 * what the client lived on: it ends with the death (Lei 8.213/91 art. 124) and the dependants receive the pension by death (arts. 16,
 * 74 and 77), no heir's share; the residual amounts are paid to them without an inventory (art. 112; Lei 6.858/80 art. 1º).
 */
export const BENEFIT_AS_ESTATE: string[] = ['aposentadoria', 'beneficio'].flatMap((benefit) => DEAD_INSURED.flatMap((whose) => [
  ...['e heranca', 'entra na heranca', 'faz parte da heranca', 'entra no inventario', 'vai pro inventario', 'vai para o inventario', 'entra na partilha']
    .map((estate) => `${benefit} ${whose} ${estate}`),
  ...['dependia', 'dependi', 'dependo', 'vivia', 'viviamos'].map((lived) => `${lived} da ${benefit} ${whose}`.replace('da beneficio', 'do beneficio')),
]));
