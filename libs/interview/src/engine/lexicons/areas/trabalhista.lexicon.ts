import { JUST_CAUSE_ANNOUNCED, JUST_CAUSE_FEARED, SALARY_UNPAID } from '../complexity-readings.lexicon';
import { AreaLexicon } from '../lexicon.types';
import { CAT_REFUSED, DISGUISED_EMPLOYMENT } from '../route-notes.lexicon';

export const TRABALHISTA: AreaLexicon = {
  code: 'trabalhista',
  terms: {
    'acidente de trajeto': 6, comissoes: 2, comissionista: 5, 'vendedor externo': 4, estagio: 4, 'estagiari*': 4, 'estagio desvirtuado': 6, 'lei do estagio': 6, 'termo de compromisso de estagio': 5, 'bolsa estagio': 4, 'dispensa discriminatoria': 6, 'demissao discriminatoria': 6, 'ser reintegrad*': 5, 'reintegracao ao emprego': 6, 'reintegracao no emprego': 6, readmissao: 5, 'me readmitir': 5, 'estabilidade acidentaria': 6, 'mesma funcao': 4, 'igualdade salarial': 5, 'diferenca salarial': 4, paradigma: 4,
    // A commissioned function taken back ("fui descomissionada"): the word of the banks and state companies that employ under the CLT
    // (CF art. 173 §1º II), where reverting the employee and the function bonus held for years are labour questions (CLT art. 468 §§1º-2º;
    // Súmula 372 TST). A statutory servant is removed from a "função gratificada" or a "cargo em comissão" (CF art. 37 V).
    'descomissiona*': 5,
    trabalhista: 4, 'justica do trabalho': 6, 'direitos trabalhistas': 5, 'verbas trabalhistas': 5, 'direitos do trabalho': 4, 'reclamacao trabalhista': 6, clt: 3,
    // The labour suit by its other lay names, and its execution, which runs in the labour court against the employer and, past the
    // company, its partners (CLT arts. 876-892 and 855-A): whoever tells it, the court and the law are the labour ones.
    'processo trabalhista': 6, 'acao trabalhista': 6, 'execucao trabalhista': 6,
    // Work for a delivery platform, told by the worker: the tie with the platform (subordination by the app's prices and
    // blocks) and the accident on the job are questions of labour law, whatever the platform calls the worker.
    'entregador por aplicativo': 4, 'entregador de aplicativo': 4, 'trabalho por aplicativo': 4, 'trabalho de entregador': 3, 'trabalho como entregador': 3,
    'sou entregador': 3, 'sou motoboy': 3,
    // The father's leave is the employer's to grant with the pay (CF art. 7º XIX; ADCT art. 10 §1º: 5 days; Lei 11.770/08: 20 in an
    // empresa cidadã; CLT art. 473 III), no paternity suit.
    'licenca paternidade': 6, 'licenca-paternidade': 6, 'licenca de paternidade': 6, 'licenca do pai': 4,
    patrao: 3, patroa: 3, empregador: 3, 'empresa onde trabalh*': 3, encarregado: 1, chefe: 1, gerente: 1,
    'carteira assinada': 3, 'carteira de trabalho': 2, 'sem registro': 3, holerite: 3, contracheque: 3,
    'demit*': 3, demissao: 3, 'mandaram embora': 4, 'mandou embora': 2, 'mandar embora': 3, 'mandad* embora': 4, 'dispens*': 3, trabalhei: 2, ctps: 4, 'anotacao na carteira': 4, 'assinatura da carteira': 4, 'assinar a carteira': 3, 'assinaram a carteira': 3, 'assinar minha carteira': 3, 'assinaram minha carteira': 3, subordinacao: 4,
    // The same facts told for a relative who works ("nunca assinou carteira", "mandou ele embora").
    'assinou carteira': 3, 'assinou a carteira': 3, 'assinou minha carteira': 3, 'assinar carteira': 3, 'assinaram carteira': 3, 'assinaram a carteira dela': 3, 'assinaram a carteira dele': 3,
    'mandou ele embora': 3, 'mandou ela embora': 3, 'mandaram ele embora': 4, 'mandaram ela embora': 4, 'demitiu ele': 3, 'demitiu ela': 3, motoboy: 2,
    'pedido de demissao': 4, 'pedir demissao': 4, 'pedi demissao': 4, 'pedir as contas': 4, 'aviso previo': 4, acerto: 2, rescisao: 4,
    'verbas rescisorias': 6, fgts: 4, 'seguro desemprego': 4, 'justa causa': 4,
    'hora extra': 4, 'horas extras': 4, 'banco de horas': 4, 'cartao de ponto': 3, jornada: 2, 'horas por dia': 2,
    // a condominium's own staff are its employees (Lei 2.757/56): their building words are the workplace
    porteiro: 3, porteira: 3, zelador: 3, zeladora: 3,
    'adicional noturno': 4, sobreaviso: 6, 'horas de sobreaviso': 6, 'regime de sobreaviso': 6, plantao: 2, 'escala de plantao': 4, 'celular da empresa': 3, 'celular corporativo': 3, insalubridade: 4, periculosidade: 4, 'assedio moral': 3,
    'acidente de trabalho': 4, 'doenca ocupacional': 5, 'doenca do trabalho': 5, 'doenca profissional': 5, 'equipamento de protecao': 3, epi: 3, 'sucessao trabalhista': 6, ferias: 2, 'decimo terceiro': 2, 'vinculo empregaticio': 6,
    // The employment the client asks to have recognised, in the lawyer's and the client's words (CLT art. 3; LC 150 for a carer in a home).
    'vinculo de emprego': 6, 'reconhecimento do vinculo': 6, 'eu era empregad*': 4, 'cuidadora de idos*': 4, 'cuidador de idos*': 4,
    'empregada domestica': 4, diarista: 2,
    // The home worker and her rights in her own words (LC 150/2015).
    'trabalhei de domestica': 4, 'trabalhava de domestica': 4, 'sou domestica': 3, 'direitos de trabalhador*': 4, 'direitos de empregad*': 4, 'desvio de funcao': 4, 'acumulo de funcao': 4,
    // The same in the present and with "como", and the card never signed told with the card as subject ("minha carteira nunca foi
    // assinada"): an employment without its registration (CLT art. 29; LC 150 art. 9º).
    'trabalho de domestica': 4, 'trabalha de domestica': 4, 'trabalho como domestica': 4, 'trabalha como domestica': 4, 'trabalhei como domestica': 4, 'trabalhava como domestica': 4,
    'carteira nunca foi assinada': 4, 'carteira nao foi assinada': 4, 'carteira nunca assinada': 4, 'carteira nunca foi registrada': 4, 'carteira nao foi registrada': 4,
    'equiparacao salarial': 5, 'salario atrasado': 3, funcionario: 1,
    // The years one has worked for the same employer, in the worker's word ("tempo de casa", "9 anos de casa"): the length of an
    // employment, which the employer's change of owner does not reset (CLT arts. 10 and 448) and the notice grows with (Lei 12.506/11).
    'tempo de casa': 3, 'anos de casa': 3,
    // The paid weekly rest, lost with an unjustified absence and kept with a medical certificate (Lei 605/49 arts. 1º and 6º §2º): a
    // word of the pay slip only. The cashier's post names a job, not a phone or health-plan operator.
    dsr: 4, 'descanso semanal remunerado': 5, 'operadora de caixa': 2, 'operador de caixa': 2,
    // Subordination and dismissal as a worker without a contract tells them (CLT art. 3: work under another's orders; the
    // employer who "no longer needs" the worker has dismissed them).
    'recebia ordens': 3, 'recebo ordens': 3, 'me da ordens': 3, 'me dava ordens': 3, 'me passa as tarefas': 3, 'me passava as tarefas': 3,
    'nao precisa mais de mim': 3, 'nao precisava mais de mim': 3, 'nao precisa mais dos meus servicos': 3, 'dispensou meus servicos': 3,
    sindicato: 2, 'vale transporte': 3, 'colega de trabalho': 2, 'terceirizad*': 2, 'pejotiza*': 4,
    firma: 3, 'no trabalho': 2, 'acidente na fabrica': 4, 'acidente no servico': 4, cat: 3, 'abriu a cat': 4,
    // The repetitive strain a job leaves (LER/DORT, NR-17): the work's nexus to the illness, what the claim against the employer proves.
    'esforco repetitivo': 4, 'esforcos repetitivos': 4, 'movimento repetitivo': 4, 'movimentos repetitivos': 4, 'lesao por esforco repetitivo': 5, dort: 4,
    // The employer's side of a dismissal: the worker who stopped coming (abandono de emprego, CLT art. 482 i; Súmula 32 do TST)
    // and the employment contract and time record that prove the tie.
    'abandono de emprego': 6, 'abandonou o emprego': 6, 'contrato de trabalho': 4, 'ponto eletronico': 3,
    salario: 1, 'pagava por fora': 4, 'por fora': 2,
    // Work never paid: the wage is the employer's first duty (CLT arts. 457 and 459), and housing and food are no domestic
    // worker's pay (LC 150/2015 art. 18), however the household that took her in calls it.
    'nunca recebi salario': 4, 'nunca recebeu salario': 4, 'sem receber salario': 4, 'nunca me pagaram salario': 4, 'nunca me pagou salario': 4,
    'nunca tive carteira': 3, 'casa e comida': 3, 'fundo de garantia': 4, 'contrato de experiencia': 4,
    // The employer's control of the working time (CLT art. 74: the time record is the employer's) is the subordination of
    // CLT art. 3, also where the worker was made to invoice as a company (pejotização, CLT art. 9).
    'folha de ponto': 3, 'bater ponto': 3, 'registro de ponto': 3, 'controle de ponto': 3, 'controle de jornada': 3, 'horario fixo': 2, 'me contratar': 2,
    // The same control as the worker tells it, in the tense of a past or present job ("batia ponto", "cumpria horário").
    'batia ponto': 3, 'batia o ponto': 3, 'bato ponto': 3, 'bato o ponto': 3, 'bater o ponto': 3, 'cumpria horario': 3, 'cumpro horario': 3, 'cumprir horario': 3,
    'abrir mei': 3, 'abrir cnpj': 2, 'carga horaria': 3, folga: 2, 'registro na carteira': 3,
    // The indicators of work like slavery as a relative tells them (CP art. 149; the inspection's indicators): held at the
    // workplace, kept from leaving, documents taken, a debt at the farm's store. "Preso" there is captivity, not an arrest.
    'preso numa fazenda': 5, 'preso na fazenda': 5, 'presos numa fazenda': 5, 'presos na fazenda': 5, 'nao deixam ele ir embora': 4, 'nao deixam ele vir embora': 4,
    'nao deixam ir embora': 4, 'nao deixam ninguem ir embora': 4, 'tomaram os documentos': 4, 'retiveram os documentos': 4, 'ficaram com os documentos': 3, 'divida na cantina': 5, 'caderno da cantina': 5,
    'trabalho escravo': 6, 'analogo a escravidao': 6, 'analoga a de escravo': 6,
    // The client's own job likened to slavery ("me tratam como escravo", "isso é trabalho escravo"): a complaint about the work, not
    // the crime of CP art. 149, whose elements (forced work, exhausting hours, degrading conditions, debt bondage, documents kept)
    // have words of their own. No weight: the longer phrases keep the label inside them from naming the case.
    'como escravo': 0, 'como um escravo': 0, 'como escrava': 0, 'como uma escrava': 0, 'feito escravo': 0, 'feito um escravo': 0, 'feito escrava': 0,
    'isso e trabalho escravo': 0, 'isso e escravidao': 0, 'isso e praticamente trabalho escravo': 0, 'e praticamente escravidao': 0, 'praticamente escravidao': 0,
    'parece trabalho escravo': 0, 'parece escravidao': 0, 'um trabalho escravo isso': 0, 'condicoes degradantes': 5, 'servidao por divida': 6, 'jornada exaustiva': 5, 'retencao de documentos': 3, 'aliciad*': 3, aliciador: 4, capataz: 3, peao: 2, 'me contrataram': 2, 'me contratou': 2, 'fui contratad*': 2,
    // On a building site the owner answers for the contractor's workers (OJ 191 SDI-1 TST), and a
    // fall from height is the typical work accident there (NR-35).
    'dono da obra': 3,
    // The company's physician and its occupational health certificate (NR-7); the INSS has its perito.
    // The fall-arrest line of work at height (NR-35) is a workplace word only, and a worker "registrado" by a firm is employed
    // there (CLT arts. 29 and 41): the contractor's worker told by the family of a work accident. The contractor or the site's
    // owner denying the worker ("ele não era funcionário deles") is the employment to prove.
    'linha de vida': 5, 'trabalhava registrad*': 4, 'trabalhei registrad*': 4, 'trabalha registrad*': 4,
    'registrad* pela empresa': 3, 'registrad* por uma empresa': 3, 'registrad* pela firma': 3, 'registrad* por uma firma': 3,
    // A worker registered by an employer told by the worker or the family ("ele é registrado numa transportadora", "sou registrada em
    // carteira"): the employment itself (CLT arts. 29 and 41), whatever the story tells next.
    'sou registrado': 3, 'sou registrada': 3, 'registrad* numa': 3, 'registrad* em uma': 3, 'registrad* em carteira': 4, 'registrad* na empresa': 3, 'registrad* na firma': 3,
    // The same registration told after the trade, by its length ("sou camareira, registrada há 2 anos", "registrado faz 6 anos",
    // "registrado desde 2019") or as the card itself ("sou garçom de carteira", "3 anos de carteira"): the signed card proves the
    // employment and its start (CLT arts. 29, 40 and 41). Not a thing or a deed registered ("a escritura foi registrada há 2 anos",
    // "o boletim foi registrado faz 15 dias"), nor a wallet stolen or another card named ("bateram minha carteira", "furto de
    // carteira", "suspensão de carteira de motorista"): those longer phrases weigh nothing. Nor the bare status "empregado de carteira",
    // told where a salary is the income a debt or a tax reaches (CPC art. 833 IV), with no trade nor employer in dispute.
    'registrad* ha': 3, 'registrad* faz': 3, 'registrad* desde': 3, 'foi registrad*': 0, 'de carteira': 3, 'empregad* de carteira': 0,
    'furto de carteira': 0, 'roubo de carteira': 0, 'batedor de carteira': 0,
    ...Object.fromEntries(['motorista', 'habilitacao', 'identidade', 'estudante', 'vacinacao', 'clientes'].map((card) => [`de carteira de ${card}`, 0])),
    'registrad* pela empreiteira': 4, 'registrad* por uma empreiteira': 4, 'registrad* pela terceirizada': 4, 'registrad* por uma terceirizada': 4,
    'nao era funcionario': 3, 'nao era funcionaria': 3,
    // The card's employer and its termination in the site's words ("a empreiteira era quem assinava a carteira", "ninguém deu baixa na
    // carteira": CLT arts. 29 and 477), and the pay of building sites by the fortnight ("3 quinzenas atrasadas": salary, CLT art. 459).
    'assinava a carteira': 4, 'assinava carteira': 4, 'assinava minha carteira': 4, 'assinava nossa carteira': 4, 'assinava a nossa carteira': 4,
    'baixa na carteira': 4, 'baixa na minha carteira': 4, 'baixa na ctps': 4,
    'quinzena atrasada': 3, 'quinzenas atrasadas': 3, 'quinzena nao paga': 3, 'quinzenas nao pagas': 3, 'sem receber a quinzena': 3, 'sem receber as quinzenas': 3,
    'medico do trabalho': 3, 'medico da empresa': 3, aso: 3, 'queda de altura': 5, andaime: 3, 'servente de obra': 4, servente: 3,
    // The labour inspection (auditoria fiscal do trabalho) inspects workplaces and embargoes them after an accident (CLT art. 161): a work accident.
    'fiscalizacao do trabalho': 5, 'auditor fiscal do trabalho': 5, 'auditoria fiscal do trabalho': 5, 'ministerio do trabalho': 4, 'era empregado': 3, 'era empregada': 3, 'servente de pedreiro': 4, 'ajudante de pedreiro': 4, 'sem carteira': 3, 'estabilidade': 2, 'gestante': 1,
  },
  subareas: [
    {
      id: 'trabalhista.verbas-rescisorias', label: 'verbas rescisórias',
      terms: { 'verbas rescisorias': 3, rescisao: 3, acerto: 3, 'saldo de salario': 3, 'ferias proporcionais': 3, 'aviso previo': 2, 'multa do fgts': 2, 'pedido de demissao': 2, 'termo de rescisao': 3,
        // A worker's resignation told by the employer who pays its severance.
        'pediu demissao': 3, 'pediu as contas': 3 },
    },
    {
      id: 'trabalhista.horas-extras', label: 'horas extras e jornada', complexity: 2,
      terms: { sobreaviso: 4, 'hora extra': 4, 'horas extras': 4, 'banco de horas': 3, 'cartao de ponto': 3, jornada: 2, intervalo: 2 },
    },
    {
      // The employer denies the relationship: the worker must prove each element of CLT art. 3 (personal, paid, habitual,
      // subordinate work) with witnesses and messages, and the claim covers the whole contract (FGTS, INSS, holidays).
      id: 'trabalhista.vinculo', label: 'reconhecimento de vínculo', complexity: 2,
      // The hirer's demand that the worker open a company, or the hire "as PJ", is the disguise the claim sets aside (CLT art. 9).
      terms: { ...Object.fromEntries(DISGUISED_EMPLOYMENT.map((phrase) => [phrase, 4])), 'sem registro': 4, 'sem carteira': 4, 'vinculo empregaticio': 5, 'pejotiza*': 4, pj: 2,
        // The employment itself asked to be recognised (CLT art. 3).
        'reconhecido como empregado': 4, 'reconhecida como empregada': 4, 'reconhecimento como empregado': 4, 'reconhecimento como empregada': 4, informal: 2, 'nunca assinaram minha carteira': 4, 'nao assinaram minha carteira': 4, 'nunca tive carteira': 4, 'nunca assinou carteira': 4, 'nunca assinou a carteira': 4, 'nao assinou carteira': 4, 'nao assinou a carteira': 4, 'empregada domestica': 3 },
    },
    {
      id: 'trabalhista.justa-causa', label: 'reversão de justa causa', complexity: 2,
      terms: { 'por justa causa': 5, 'demitido por justa causa': 6, advertencia: 2, suspensao: 1 },
    },
    {
      // A warning or a suspension the worker contests (CLT art. 474: up to 30 days; the employer's graded penalty, proportionate and
      // immediate): the day's pay docked and the record, no dismissal to reverse. A dismissal for cause only announced for a next
      // fault, or only feared, is this case (`JUST_CAUSE_ANNOUNCED`, `JUST_CAUSE_FEARED`: the longer phrase over 'por justa causa').
      id: 'trabalhista.disciplina', label: 'advertência ou suspensão disciplinar',
      terms: {
        'me deu uma suspensao': 4, 'me deu suspensao': 4, 'me deram uma suspensao': 4, 'levei uma suspensao': 4, 'levei suspensao': 4, 'tomei uma suspensao': 4, 'tomei suspensao': 4,
        'me suspendeu': 4, 'me suspenderam': 4, 'fui suspenso': 4, 'fui suspensa': 4, 'dias de suspensao': 4, 'suspensao disciplinar': 5,
        'me deu uma advertencia': 4, 'me deram uma advertencia': 4, 'levei uma advertencia': 4, 'tomei uma advertencia': 4, 'advertencia por escrito': 3, 'advertencia escrita': 3,
        ...Object.fromEntries([...JUST_CAUSE_ANNOUNCED, ...JUST_CAUSE_FEARED].map((phrase) => [phrase, 5])),
      },
    },
    {
      id: 'trabalhista.escravo', label: 'trabalho análogo à escravidão', urgencyH: 24, complexity: 2,
      terms: { 'preso numa fazenda': 4, 'preso na fazenda': 4, 'nao deixam ele ir embora': 3, 'nao deixam ele vir embora': 3, 'tomaram os documentos': 3, 'divida na cantina': 4,
        // Documents kept by the employer and a debt the worker can never pay off before leaving (servidão por dívida, CP art. 149 caput and §1º),
        // as the workers' families tell them.
        'pegou os documentos': 3, 'pegou os documento': 3, 'reteve os documentos': 3, 'ficou com os documentos de todo mundo': 4, 'nao devolve os documentos': 3,
        'so sai quando pagar': 5, 'so pode sair quando pagar': 5, 'so sai depois de pagar': 5, 'devendo mais do que ganha': 5, 'deve mais do que ganha': 5,
        // The same leave bought with the debt, told by the worker or of the group ("só posso ir embora quando pagar").
        ...Object.fromEntries(['so posso', 'so podemos', 'so pode', 'so podem'].flatMap((may) =>
          ['sair', 'ir embora', 'voltar'].flatMap((leave) => [`${may} ${leave} quando pagar`, `${may} ${leave} depois de pagar`])).map((phrase) => [phrase, 5])),
        'vigia armado': 3, 'capanga armado': 3, 'caderno da cantina': 4, 'trabalho escravo': 5,
        'como escravo': 0, 'como um escravo': 0, 'como escrava': 0, 'como uma escrava': 0, 'feito escravo': 0, 'feito um escravo': 0, 'feito escrava': 0,
        'isso e trabalho escravo': 0, 'isso e escravidao': 0, 'isso e praticamente trabalho escravo': 0, 'e praticamente escravidao': 0, 'praticamente escravidao': 0,
        'parece trabalho escravo': 0, 'parece escravidao': 0, 'um trabalho escravo isso': 0, 'analogo a escravidao': 5, 'condicoes degradantes': 4, 'servidao por divida': 5, 'jornada exaustiva': 3, 'retencao de documentos': 3, aliciador: 3, capataz: 2 },
    },
    {
      // Sexual harassment is mostly told without its name: advances, touching, indecent proposals
      // (CP art. 216-A, CLT art. 483 e: a ground for rescisão indireta).
      id: 'trabalhista.assedio', label: 'assédio moral ou sexual', complexity: 2,
      terms: { 'assedio moral': 5, 'assedio sexual': 5, 'humilh*': 2, 'xingad*': 2, xingou: 2, 'xingament*': 2, perseguicao: 2,
        'cantada*': 3, 'investida*': 3, 'proposta indecente': 4, 'coisa indecente': 4, 'coisas indecentes': 4, 'conotacao sexual': 4, 'cunho sexual': 4, 'importunacao sexual': 4, 'passar a mao': 3, 'passa a mao': 3, 'passou a mao': 3 },
    },
    {
      id: 'trabalhista.acidente', label: 'acidente de trabalho e doença ocupacional', complexity: 1,
      terms: { 'acidente de trabalho': 5, 'doenca ocupacional': 5, 'doenca do trabalho': 5, 'doenca profissional': 5, 'equipamento de protecao': 2, epi: 2, 'me machuquei': 2, lesao: 1, cat: 2,
        // The accident report (CAT, Lei 8.213/91 art. 22) asked of the employer or refused by it: a work accident told without the words.
        'abrir a cat': 4, 'emitir a cat': 4, 'abriu a cat': 4, 'emitiu a cat': 4, 'emissao da cat': 4, 'nao quer abrir a cat': 4, 'nao quis abrir a cat': 4,
        'nao abriu a cat': 4, 'nao emitiu a cat': 4, 'nao quer emitir a cat': 4, 'nao quis emitir a cat': 4, 'se recusou a abrir a cat': 4, 'se recusa a abrir a cat': 4,
        ...Object.fromEntries(CAT_REFUSED.map((phrase) => [phrase, 4])),
        // The repetitive-strain diseases of the list of work-related illnesses (Decreto 3.048/99 anexo II, lista B; Lei 8.213 art. 20 II), and the
        // INSS's accident benefit (B91) that recognised the illness as the work's (art. 21-A).
        tendinite: 3, tendinites: 3, bursite: 3, epicondilite: 3, tenossinovite: 3, 'tunel do carpo': 3, acidentario: 3,
        'esforco repetitivo': 4, 'esforcos repetitivos': 4, 'movimento repetitivo': 3, 'movimentos repetitivos': 3, 'lesao por esforco repetitivo': 5, dort: 4,
        // machines that maim and their missing guards (NR-12), and the injury they leave: a work accident told without the words
        prensa: 2, 'sem protecao': 2, 'sem a protecao': 2, 'amputa*': 3,
        // the machine's safety devices the employer must keep working (NR-12 items 12.5 and 12.38 ff.; CLT art. 184): switched off or
        // missing, the employer's fault in the accident (CF art. 7º XXVIII)
        'sensor de seguranca': 4, 'sensor desligado': 4, 'trava de seguranca': 4, 'dispositivo de seguranca': 4, 'protecao da maquina': 4, 'maquina sem protecao': 4,
        'nr 12': 5, nr12: 5,
        // dust diseases of quarries, mines and asbestos works (pneumoconioses, Decreto 3.048/99 anexo II): occupational by their nature
        silicose: 5, pneumoconiose: 5, asbestose: 5 },
    },
    {
      // Unhealthy or dangerous work is proved by a compulsory expert's report (CLT art. 195 §2), and every additional runs over
      // the whole contract with its reflexes (hora noturna reduzida, CLT art. 73): never a simple calculation.
      id: 'trabalhista.adicionais', label: 'adicionais (insalubridade, periculosidade, noturno)', complexity: 2,
      terms: { insalubridade: 5, periculosidade: 5, 'adicional noturno': 5, adicional: 2 },
    },
    {
      // Equal pay is proved against a named colleague (paradigma), function by function: never a simple case.
      id: 'trabalhista.equiparacao', label: 'equiparação salarial', complexity: 2,
      terms: { 'equiparacao salarial': 5, 'igualdade salarial': 5, 'mesma funcao': 4, 'identica funcao': 5, paradigma: 4, 'diferenca salarial': 3, 'mesmo cargo': 3 },
    },
    {
      // The INSS says fit, the company's physician unfit: two findings to reconcile, and the
      // salaries since the discharge to claim from the employer. Never a simple case.
      id: 'trabalhista.limbo', label: 'limbo previdenciário (alta do INSS e recusa de retorno)', complexity: 2,
      terms: { 'limbo previdenciario': 6, limbo: 4, 'alta do inss': 3, aso: 3, 'medico do trabalho': 2, 'medico da empresa': 2, inapto: 2, retorno: 2 },
    },
    {
      // Hiring by an employer: its selection, the admission medical exam of every hire (CLT art. 168 I), and the job promised then
      // withdrawn before it began, which breaks the pre-contractual good faith (CC art. 422 c/c CLT art. 8º) and owes the losses,
      // the job left for it included; the labour courts judge it (CF art. 114 I and VI).
      id: 'trabalhista.pre-contratacao', label: 'promessa de contratação frustrada (dano pré-contratual)', complexity: 1,
      terms: { 'processo seletivo': 2, 'exame admissional': 3, 'exames admissionais': 3, 'promessa de emprego': 5, 'promessa de contratacao': 5, 'proposta de emprego': 3,
        'carta proposta': 4, 'cancelaram a contratacao': 4, 'cancelaram minha contratacao': 4, 'cancelou a contratacao': 4, 'cancelou minha contratacao': 4,
        'desistiu da contratacao': 4, 'desistiram da contratacao': 4, 'desistiu de me contratar': 4, 'desistiram de me contratar': 4 },
    },
    {
      // What the employer takes off the pay needs a law, a collective agreement or the worker's consent (CLT art. 462); a union
      // contribution only with the worker's prior authorisation or a right to object (CLT arts. 545 and 578-579; STF Tema 935).
      id: 'trabalhista.descontos', label: 'descontos no salário (contribuição sindical ou assistencial)',
      terms: { 'contribuicao assistencial': 6, 'contribuicao sindical': 6, 'contribuicao confederativa': 6, 'imposto sindical': 6, 'mensalidade sindical': 5, 'taxa negocial': 5, 'desconto sindical': 5, 'desconto salarial': 4, 'descontos salariais': 4,
        // The employer taking a loss off the pay in the worker's words (a till's shortfall, a thing broken): lawful only as agreed
        // or for a deliberate damage (CLT art. 462 §1º), a deduction to stop and refund, not the working hours told beside it.
        ...Object.fromEntries(['desconta', 'descontam', 'descontando', 'descontou', 'descontaram'].flatMap((verb) => [`${verb} do meu salario`, `${verb} no meu salario`]).map((phrase) => [phrase, 3])),
        'diferenca de caixa': 3, 'diferenca do caixa': 3, 'diferenca no caixa': 3, 'caixa fecha com diferenca': 3, 'caixa fechou com diferenca': 3 },
    },
    {
      // Salary or FGTS unpaid ground the rescisão indireta (CLT art. 483 d; mora contumaz, Decreto-Lei 368/68 art. 2º §1), which
      // a resignation would forfeit; the salary unpaid is also urgent (`salario-atrasado`), the FGTS alone is not.
      id: 'trabalhista.salarios', label: 'salários e FGTS em atraso',
      terms: { ...Object.fromEntries(SALARY_UNPAID.map((phrase) => [phrase, 4])), 'fgts nao depositado': 5, 'nao deposita*': 3, fgts: 1 },
    },
  ],
  defaultSubarea: 'direitos trabalhistas',
  topics: ['timeline', 'amount', 'parties', 'documents', 'location', 'outcome', 'urgency'],
  recommendedAction: 'Avaliar com advogado trabalhista os direitos devidos e o cabimento de reclamação trabalhista (prazo de 2 anos após a saída).',
  nextSteps: [
    'Reunir carteira de trabalho, holerites, extrato do FGTS e o termo de rescisão, se houver',
    'Guardar mensagens, e-mails e nomes de testemunhas',
    'Calcular as verbas devidas com o advogado',
  ],
};
