import { opposingParties } from '../classifiers/client-role';
import { joinTexts, TEXT_BREAK } from '../text/text-normalizer';
import { PartyExtractor } from './party.extractor';

describe(PartyExtractor.name, () => {
  const sut = new PartyExtractor();

  it('maps lay words to party labels, in order of appearance', () => {
    expect(sut.extract('meu patrão não pagou e o INSS negou; meu ex marido também some').parties).toEqual([
      'empregador',
      'INSS',
      'ex-cônjuge ou ex-companheiro(a)',
    ]);
  });

  it('keeps a party after "nem" ("not even"), and none denied over a verb', () => {
    expect(sut.extract('ninguém, nem o síndico, resolveu a infiltração').parties).toContain('condomínio');
    expect(sut.extract('nem a loja nem o banco resolveram').parties).toEqual(['loja', 'banco']);
    expect(sut.extract('trabalho por conta, nem tenho patrão').parties).not.toContain('empregador');
  });

  it('recognises public bodies and companies', () => {
    const { parties } = sut.extract('A Receita mandou carta, a prefeitura cobra e a construtora atrasou; o locador sumiu');
    expect(parties).toEqual(expect.arrayContaining(['Receita Federal', 'prefeitura', 'construtora', 'locador (proprietário)']));
  });

  it('keeps company and brand names as written instead of a generic label', () => {
    expect(sut.extract('comprei uma TV na Casas Bahia e a loja Fast Shop também não ajudou').parties).toEqual(['Casas Bahia', 'Fast Shop']);
    // The name says which bank: the bare label is not listed beside it.
    expect(sut.extract('o cartão do Banco Inter foi clonado, e o banco nada').parties).toEqual(['Banco Inter']);
    expect(sut.extract('o banco é o Banco Pan, começou a descontar em agosto').parties).toEqual(['Banco Pan']);
    // Told in the past, as a worker tells where they worked.
    expect(sut.extract('era a Loja do Zé, em Belo Horizonte').parties).toEqual(['Loja do Zé']);
    expect(sut.extract('fui atropelado por um ônibus da viação Cidade Sol').parties).toEqual(['Cidade Sol']);
  });

  it('keeps a known brand written in lower case by its name, and the bare label of its kind not beside it', () => {
    expect(sut.extract('caí num golpe, o banco itau nao quer devolver os 4 mil').parties).toEqual(['Itaú']);
    expect(sut.extract('o banco disse que nao pode fazer nada. minha conta é do nubank').parties).toEqual(['Nubank']);
    expect(sut.extract('comprei na shopee e o vendedor sumiu').parties).toEqual(['Shopee', 'vendedor']);
    // The longer phrase names the health plan, not the bank.
    expect(sut.extract('a bradesco saude negou a cirurgia').parties).toEqual(['Bradesco Saúde']);
    // A brand that is also a common word is read only capitalised after a cue.
    expect(sut.extract('claro que a operadora vivo cobrando').parties).toEqual(['operadora']);
  });

  it('keeps a name the client gives as what someone is called', () => {
    expect(sut.extract('ela se chama Márcia, mora no 302').parties).toEqual(['Márcia']);
    expect(sut.extract('fiz reclamação no Procon contra a Vivo e nada').parties).toEqual(['Vivo']);
    expect(sut.extract('abri um processo contra o Hospital São Lucas').parties).toEqual(['Hospital São Lucas']);
    expect(sut.extract('entrei com recurso contra a Prefeitura').parties).toEqual(['prefeitura']);
    expect(sut.extract('foi um tal de Jorge Lima que me vendeu').parties).toEqual(['Jorge Lima']);
    expect(sut.extract('o nome dele é Carlos, foi ele que bateu').parties).toEqual(['Carlos']);
    expect(sut.extract('fui chamado na sala do gerente').parties).not.toContain('sala');
  });

  it('does not take places, months or institutions already known for names', () => {
    expect(sut.extract('moro na Bahia, aconteceu em Março no Procon').parties).toEqual([]);
    expect(sut.extract('o processo está no INSS').parties).toEqual(['INSS']);
    expect(sut.extract('moro em Juazeiro do Norte/CE').parties).toEqual([]);
    expect(sut.extract('um apartamento em São Paulo/SP, na Vila Mariana').parties).toEqual([]);
    expect(sut.extract('optante do Simples Nacional, financiado pelo SFH').parties).toEqual([]);
    expect(sut.extract('conta no Banco do Brasil').parties).toEqual(['Banco do Brasil']);
  });

  it('takes a document or record for evidence, not a party, and the Meu INSS app for the INSS', () => {
    expect(sut.extract('fui mandada embora quando estava de atestado médico').parties).toEqual([]);
    expect(sut.extract('o médico errou na cirurgia').parties).toEqual(['médico ou hospital']);
    expect(sut.extract('Tenho fotos e a cópia da CNH dele, e o extrato do CNIS.').parties).toEqual([]);
    expect(sut.extract('A negativa chegou pelo Meu INSS.').parties).toEqual(['INSS']);
  });

  it('takes a tax paid or charged for what is paid, not a party: the tax authority is the party', () => {
    expect(sut.extract('Paguei o IPTU deste ano em duplicidade.').parties).toEqual([]);
    expect(sut.extract('O IPVA veio com multa e a guia do DARF também.').parties).toEqual([]);
  });

  it('takes the accountant for a party, not the books ("a contabilidade da época" is a document)', () => {
    expect(sut.extract('Tenho a notificação e a contabilidade da época.').parties).toEqual([]);
    expect(sut.extract('o contador da empresa sumiu com os livros').parties).toEqual(['contador']);
  });

  it('names a friend the client lent or sold to, never a companion', () => {
    expect(sut.extract('emprestei 4 mil pra um amigo em 2024 e ele nunca me pagou').parties).toEqual(['amigo ou conhecido']);
    expect(sut.extract('vendi meu carro para um conhecido e ele não pagou').parties).toEqual(['amigo ou conhecido']);
    expect(sut.extract('fui com um amigo ao bar').parties).toEqual([]);
  });

  it("takes the client's own accountant for one on the client's side, not the other party", () => {
    expect(sut.extract('Meu contador me avisou que caí na malha fina').parties).toEqual(['contador do cliente', 'Receita Federal']);
    expect(sut.extract('O contador da minha mãe tem os extratos dela').parties).toEqual(['contador do cliente']);
    expect(sut.extract('o contador que contratei fez os relatórios').parties).toEqual(['contador do cliente']);
  });

  it('takes a medium the client saw or read something in for no party ("vi na TV", "vi um vídeo no YouTube")', () => {
    expect(sut.extract('vi na TV que dá pra entrar na justiça direto').parties).toEqual([]);
    expect(sut.extract('Vi um vídeo no YouTube sobre isso e li no Instagram também.').parties).toEqual([]);
    expect(sut.extract('Vi no Fantástico que isso está acontecendo muito.').parties).toEqual([]);
    // Where the client dealt with a company, it stays the party.
    expect(sut.extract('comprei na Magazine Luiza e vi no site que o prazo acabou').parties).toEqual(['Magazine Luiza']);
  });

  it('takes a highway or an address for a place, not a party', () => {
    expect(sut.extract('Presenciei um acidente na BR-101 semana passada').parties).toEqual([]);
    expect(sut.extract('bateram no meu carro na Rodovia Anhanguera').parties).toEqual([]);
  });

  it('takes the seller for a seller, not a shop ("o vendedor, senhor Aristides")', () => {
    expect(sut.extract('O vendedor, senhor Aristides, faleceu no ano passado').parties).toEqual(['vendedor']);
  });

  it('takes a role the client was elected or appointed to for the client\'s side ("fui eleita síndica"), not another person\'s', () => {
    expect(sut.extract('Fui eleita síndica em janeiro e a construtora não responde').parties).toEqual(['construtora']);
    expect(sut.extract('ele foi eleito síndico e não resolve o vazamento').parties).toEqual(['condomínio']);
  });

  it('names a court as the one who judges, never as the other side', () => {
    expect(sut.extract('Olhei a carta: é da Vara do Trabalho, ela é a reclamante').parties).toEqual(['juízo ou tribunal']);
    const opposing = (text: string) => opposingParties({ parties: sut.extract(text).parties, notes: [], area: 'civil' });
    expect(opposing('A Vara Cível de Ilhéus mandou uma carta, o banco me processou')).toEqual(['banco']);
    expect(opposing('a audiência é no Juizado Especial, contra a loja Magazine Luiza')).toEqual(['Magazine Luiza']);
  });

  it("takes the client's co-owner or co-holder spouse for the client's side, unless the couple is in conflict or the spouse holds out", () => {
    expect(sut.extract('o vizinho invadiu o terreno, a casa é minha e do meu marido').parties).toEqual(['vizinho', 'familiares']);
    const messages = ['A Caixa quer leiloar o apartamento.', 'Meu marido é coproprietário, a escritura está no nome de nós dois.'];
    expect(sut.extract(joinTexts(messages), messages).parties).toEqual(['Caixa', 'familiares']);
    expect(sut.extract('o banco bloqueou a conta conjunta com minha esposa').parties).toEqual(['banco', 'familiares']);
    expect(sut.extract('quero me separar e a casa é minha e do meu marido').parties).toContain('cônjuge ou companheiro(a)');
    expect(sut.extract('a casa é minha e do meu marido e ele não quer vender').parties).toContain('cônjuge ou companheiro(a)');
  });

  it("takes the spouse the client lives with, or declares as a dependant, for the household, not the other side", () => {
    expect(sut.extract('moro com minha esposa e dois filhos aqui em Betim').parties).toEqual(['filhos', 'familiares']);
    expect(sut.extract('quitei as parcelas e moro nela com minha esposa desde então').parties).toEqual(['familiares']);
    expect(sut.extract('Declaro minha esposa e minha filha como dependentes').parties).toEqual(['filhos', 'familiares']);
    // A couple separating under one roof, or a violence at home: the spouse is the other side.
    expect(sut.extract('ainda moro com meu marido').parties).toEqual(['cônjuge ou companheiro(a)']);
    expect(sut.extract('moro com minha esposa e quero me separar').parties).toEqual(['cônjuge ou companheiro(a)']);
  });

  it("takes the child's other parent for the former partner, the mother as the father ('a mãe do menino')", () => {
    expect(sut.extract('A mãe do menino disse que vai pedir minha prisão').parties).toEqual(['ex-cônjuge ou ex-companheiro(a)']);
    expect(sut.extract('o pai da menina não paga a pensão').parties).toEqual(['ex-cônjuge ou ex-companheiro(a)']);
  });

  it('skips parties that are denied ("sem imobiliária")', () => {
    expect(sut.extract('fiz o contrato direto, sem imobiliária').parties).not.toContain('imobiliária');
  });

  it('measures the largest group of parties; the staff of a company is one party, not a group', () => {
    expect(sut.extract('devo pra 9 bancos e financeiras').largestGroup).toBe(9);
    expect(sut.extract('a fábrica tem 140 funcionários').largestGroup).toBe(0);
    expect(sut.extract('somos 12 moradores contra a construtora').largestGroup).toBe(12);
    // A chat group's members are the audience of what was posted there, not parties.
    expect(sut.extract('me chamou de ladra no grupo do condomínio, que tem 120 moradores').largestGroup).toBe(0);
    // The owners who came to an assembly are its attendance (CC arts. 1.352-1.353), not parties.
    expect(sut.extract('a assembleia aprovou a multa; vieram 9 moradores de 48 unidades').largestGroup).toBe(0);
    expect(sut.extract('pelo menos 40 franqueados receberam a mesma notificação').largestGroup).toBe(40);
    expect(sut.extract('tenho dois filhos').largestGroup).toBe(0);
  });

  it('reads a transcript message by message as it reads the joined text', () => {
    const transcripts = [
      ['Comprei na Magazine Luiza e a loja não trocou', 'SP, na Vila Mariana, o banco Itaú cobrou', 'na Caixa'],
      ['fui ao Juazeiro', 'do Norte veio a carta da Caixa Econômica', 'a operadora Vivo e 3 bancos'],
    ];
    for (const messages of transcripts) {
      const byMessage = sut.extract(joinTexts(messages), messages);
      // A trailing space changes no reading, and keeps the whole text's own tokens out of the memos `joinTexts` fills.
      expect(byMessage).toEqual(sut.extract(`${messages.join(TEXT_BREAK)} `));
    }
    const { parties } = sut.extract(joinTexts(transcripts[0]), transcripts[0]);
    expect(parties).toContain('Magazine Luiza');
    expect(parties).not.toContain('Vila Mariana');
  });

  it('keeps a brand named after a plural cue, and not a city\'s "dos"', () => {
    expect(sut.extract('Comprei uma geladeira nas Casas Bahia').parties).toContain('Casas Bahia');
    expect(sut.extract('Moro em Campos dos Goytacazes').parties).toEqual([]);
  });

  it('reads an ex-in-law (ex-cunhada, ex-sogro) as a relative by affinity, not as the former spouse', () => {
    const inLaw = 'ex-parente por afinidade (ex-cunhado, ex-sogro)';
    expect(sut.extract('Minha ex-cunhada pegou R$ 5 mil emprestado').parties).toEqual([inLaw]);
    expect(sut.extract('meu ex sogro não sai do imóvel').parties).toEqual([inLaw]);
    expect(sut.extract('a ex-sogra e o meu ex-cunhado').parties).toEqual([inLaw]);
    expect(sut.extract('minha ex-mulher não deixa eu ver meu filho').parties).toEqual(['ex-cônjuge ou ex-companheiro(a)', 'filhos']);
  });

  it('keeps a company or person named after the article that opens a sentence, but not a public body or an object', () => {
    expect(sut.extract('A Gol cancelou meu voo para Salvador').parties).toEqual(['Gol']);
    expect(sut.extract('Comprei um celular. O Itaú bloqueou minha conta.').parties).toEqual(['Itaú']);
    expect(sut.extract('O Banco Inter cobrou duas vezes').parties).toEqual(['Banco Inter']);
    expect(sut.extract('A Polícia Federal ligou').parties).toEqual(['polícia']);
    expect(sut.extract('A Receita mandou carta').parties).toEqual(['Receita Federal']);
    expect(sut.extract('A TV quebrou em uma semana').parties).toEqual([]);
    expect(sut.extract('O Natal foi difícil').parties).toEqual([]);
  });

  it('keeps a name opening a chat message with a lower-case article, and a business named in apposition to its noun', () => {
    expect(sut.extract('a Gol cancelou meu voo e eu perdi um casamento').parties).toEqual(['Gol']);
    expect(sut.extract('é com a operadora de celular, a Vivo, tão cobrando um serviço').parties).toEqual(['Vivo', 'operadora']);
    expect(sut.extract('a minha filha, a Maria, mora comigo').parties).not.toContain('Maria');
  });

  it('takes a person who saw or heard what happened for a witness, not the other side', () => {
    expect(sut.extract('tenho marcas no braço e a vizinha ouviu tudo').parties).toEqual([]);
    expect(sut.extract('o vizinho quebrou meu muro').parties).toEqual(['vizinho']);
  });

  it("takes the capacity the client worked in for the client's, not another party", () => {
    expect(sut.extract('trabalhei 5 anos numa loja de roupas, a Renner, como vendedor').parties).toEqual(['Renner', 'loja']);
    expect(sut.extract('como o vendedor prometeu, a troca seria em 7 dias').parties).toEqual(['vendedor']);
  });

  it("takes the client's spouse acting beside them or deceased for family, not the other side", () => {
    expect(sut.extract('Meu marido e eu compramos uma geladeira na Casas Bahia').parties).toEqual(['Casas Bahia', 'familiares']);
    expect(sut.extract('Compramos, eu e minha esposa, na loja').parties).toEqual(['loja', 'familiares']);
    expect(sut.extract('Meu marido faleceu e o INSS negou a pensão').parties).toEqual(['INSS', 'familiares']);
    // In a divorce or a violence case the spouse is the other side.
    expect(sut.extract('Moro com meu marido e ele me bate').parties).toEqual(['cônjuge ou companheiro(a)']);
    expect(sut.extract('quero me divorciar do meu marido').parties).toEqual(['cônjuge ou companheiro(a)']);
  });

  it('labels a bank\'s manager as the bank, a manager at work as the employer; "a firma" is the employer', () => {
    expect(sut.extract('o gerente do banco fez um seguro no meu cartão sem eu pedir').parties).toEqual(['banco']);
    expect(sut.extract('fui na agência e a gerente da minha conta disse que foi o que eu assinei').parties).toEqual(['banco']);
    expect(sut.extract('meu gerente me humilha na frente da equipe').parties).toEqual(['empregador']);
  });

  it('names the other parent however the child is called ("o pai do meu menino")', () => {
    expect(sut.extract('oxe, o pai do meu menino nunca deu um centavo de pensão').parties).toEqual(['ex-cônjuge ou ex-companheiro(a)']);
  });

  it('names a man or a woman the client does not know a stranger, never the spouse', () => {
    expect(sut.extract('Um homem ligou dizendo ser do setor de segurança do banco').parties).toEqual(['pessoa não identificada', 'banco']);
    expect(sut.extract('uma mulher me abordou na saída do mercado').parties).toEqual(['pessoa não identificada']);
    expect(sut.extract('sou um homem de 70 anos e minha esposa faleceu').parties).not.toContain('cônjuge ou companheiro(a)');
  });

  it("keeps the client's own business and the child whose relative the client is off the other side, a supplier's name on it", () => {
    expect(sut.extract('tenho uma loja chamada Bella Moda e o fornecedor não entregou').parties).toEqual(['fornecedores']);
    expect(sut.extract('sou dono da Padaria Pão Quente e a luz foi cortada').parties).toEqual([]);
    expect(sut.extract('a minha loja Bella Moda foi multada').parties).toEqual([]);
    expect(sut.extract('minha empresa Gomes Ltda foi processada pela Ambev').parties).toEqual(['Ambev']);
    expect(sut.extract('eu sou avó do Pedro, de 6 anos').parties).toEqual(['familiares']);
    // A supplier or employer named after its trade, and the other parent's child, stay.
    expect(sut.extract('meu banco Itaú bloqueou minha conta').parties).toEqual(['Itaú']);
    expect(sut.extract('trabalhava no frigorifico Boa Carne na desossa').parties).toEqual(['Boa Carne']);
    expect(sut.extract('comprei na loja Casa Verde').parties).toEqual(['Casa Verde']);
    expect(sut.extract('Tenho uma loja franqueada de açaí e a franqueadora cobra uma multa').parties).toEqual(['franqueadora']);
  });

  it("keeps the client's own shops off the other side when counted or told after the noun, and their later bare mentions too", () => {
    expect(sut.extract('sou franqueado, tenho 2 lojas em shopping e o franqueador rescindiu', ['sou franqueado, tenho 2 lojas em shopping e o franqueador rescindiu']).parties).toEqual(['franqueadora']);
    expect(sut.extract('as duas lojas que eu tenho vão fechar').parties).toEqual([]);
    expect(sut.extract('minhas lojas estão no shopping').parties).toEqual([]);
    expect(sut.extract('sou dona da loja e o fornecedor não entregou').parties).toEqual(['fornecedores']);
    const parts = ['tenho duas lojas de açaí', 'mandaram tirar a marca das lojas em 5 dias'];
    expect(sut.extract(parts.join('. '), parts).parties).toEqual([]);
    // A shop the client bought from stays the other side.
    expect(sut.extract('comprei uma geladeira na loja e ela não quer trocar').parties).toEqual(['loja']);
    expect(sut.extract('tenho 2 notas fiscais da loja').parties).toEqual(['loja']);
  });

  it('takes the INSS that pays the benefit for a bystander outside a social-security case, and every party of a mere witness', () => {
    const facts = { parties: ['INSS', 'empregador'], notes: [] as string[], area: 'trabalhista' as const };
    expect(opposingParties(facts)).toEqual(['empregador']);
    expect(opposingParties({ ...facts, area: 'previdenciario' })).toEqual(['INSS', 'empregador']);
    expect(opposingParties({ ...facts, notes: ['opponent-inss'] })).toEqual(['INSS', 'empregador']);
    expect(opposingParties({ parties: ['polícia', 'Ministério Público', 'vizinho'], notes: ['witness'], area: 'criminal' })).toEqual([]);
  });

  it('names a relative who holds out against the client, takes or harms, as the other side; a relative beside the client stays family', () => {
    expect(sut.extract('somos 3 filhos, so que meu irmao mais velho mora nela e nao quer saber de vender').parties).toContain('irmão (parente)');
    expect(sut.extract('meu filho pegou meu cartão do banco e não devolve').parties).toEqual(['filho (parente)', 'banco']);
    expect(sut.extract('minha irmã, que mora na casa, se recusa a sair').parties).toEqual(['irmã (parente)']);
    expect(sut.extract('meu pai faleceu e minha tia não quer sair da casa').parties).toEqual(['tia (parente)', 'familiares']);
    expect(sut.extract('meu irmão me ajudou e o vizinho não quer pagar').parties).toEqual(['familiares', 'vizinho']);
    expect(sut.extract('meu irmão e eu queremos vender').parties).toEqual(['familiares']);
    expect(sut.extract('em nome de meu pai, que vendeu um terreninho a prazo para o vizinho').parties).toEqual(['familiares', 'vizinho']);
    expect(sut.extract('meu pai pegou covid no hospital').parties).not.toContain('pai (parente)');
    // A relative who only says whose the other is: the other parent, a relative's partner, acts.
    expect(sut.extract('o pai do meu filho não paga a pensão faz 6 meses').parties).toEqual(['ex-cônjuge ou ex-companheiro(a)']);
    expect(sut.extract('a mãe da minha filha não deixa eu ver a menina').parties).not.toContain('filha (parente)');
    expect(sut.extract('a namorada do meu irmão se recusa a devolver o carro').parties).not.toContain('irmão (parente)');
  });

  it('names the landlord by the old word too ("meu senhorio")', () => {
    expect(sut.extract('meu senhorio quer me tirar da casa').parties).toEqual(['locador (proprietário)']);
  });

  it('keeps a spouse who recorded or saw what happened on the client\'s side, not as the other party', () => {
    expect(sut.extract('tenho video dele gritando, minha esposa gravou').parties).toEqual(['familiares']);
    expect(sut.extract('meu marido me ameaçou de novo').parties).toEqual(['cônjuge ou companheiro(a)']);
  });

  it('takes a bare "gerente" as the employer only where the client tells they work there', () => {
    expect(sut.extract('o gerente da minha agencia do banco fez um emprestimo no meu nome').parties).toEqual(['banco']);
    expect(sut.extract('o gerente da loja disse que não troca o produto').parties).toEqual(['loja']);
    expect(sut.extract('o gerente do hotel não devolveu a minha caução').parties).toEqual([]);
    expect(sut.extract('trabalho no mercado e o gerente me humilha na frente dos clientes').parties).toEqual(['empregador']);
    expect(sut.extract('fui demitido pelo gerente sem motivo').parties).toEqual(['empregador']);
    expect(sut.extract('o gerente já falou que vão me mandar embora no fim do mês').parties).toEqual(['empregador']);
    expect(sut.extract('a firma não pagou minhas horas extras').parties).toEqual(['empregador']);
    expect(sut.extract('fui no cartório reconhecer firma').parties).toEqual([]);
  });

  it('keeps the name after a company noun written with its accents or of a carrier ("imobiliária Lopes", "transportadora Rodonaves")', () => {
    expect(sut.extract('chegou uma notificação da imobiliária Lopes').parties).toEqual(['Lopes']);
    expect(sut.extract('um caminhão da transportadora Rodonaves bateu no meu carro').parties).toEqual(['Rodonaves']);
  });

  it('lists no complaint site or Pix refund mechanism as the other side ("Reclame Aqui", "MED")', () => {
    expect(sut.extract('reclamei no Reclame Aqui contra a loja').parties).toEqual(['loja']);
    expect(sut.extract('contestei no aplicativo pelo MED').parties).toEqual([]);
  });

  it('takes a private seller only where one sold ("comprei de um particular"), not "pessoa física" or a private school', () => {
    expect(sut.extract('comprei o carro de um particular').parties).toEqual(['vendedor particular']);
    expect(sut.extract('ela registrou a marca no nome dela, pessoa física').parties).toEqual([]);
  });

  it('does not list the client\'s own role as another party ("sou inquilina")', () => {
    expect(sut.extract('sou inquilina e o proprietário quer o imóvel').parties).toEqual(['locador (proprietário)']);
    expect(sut.extract('o inquilino não paga o aluguel').parties).toEqual(['inquilino']);
  });

  it("takes a district after its city for a place, and the unit above and the client's own employee for parties", () => {
    expect(sut.extract('Moro em Niterói, no Fonseca. Sou dona do apartamento').parties).not.toContain('Fonseca');
    expect(sut.extract('o apartamento de cima está vazando no meu banheiro').parties).toEqual(['vizinho']);
    expect(sut.extract('minha empregada doméstica pediu demissão').parties).toEqual(['empregado(a) do cliente']);
  });

  it("leaves the syndic told of a neighbour's leak out of the other side", () => {
    const facts = { ...sut.extract('o vizinho de cima tem um vazamento, avisei o síndico'), notes: [], area: 'civil' as const, subarea: 'direito de vizinhança' };
    expect(opposingParties(facts)).toEqual(['vizinho']);
  });

  it('takes no legal regime, contract or law named for a party, and keeps a company named by its acronym', () => {
    expect(sut.extract('a prefeitura contratou professoras temporárias pelo REDA para as creches').parties).toEqual(['prefeitura']);
    expect(sut.extract('recebi pela RPV e o desconto do cartão RMC').parties).toEqual([]);
    expect(sut.extract("em cima tá escrito 'denúncia', artigo 129 do Código Penal").parties).toEqual([]);
    expect(sut.extract('registrei tudo pela Lei Maria da Penha').parties).toEqual([]);
    expect(sut.extract('trabalhei na CSN e na BRF').parties).toEqual(['CSN', 'BRF']);
  });

  it('lists a social network only where content it hosts is at issue (Marco Civil arts. 19 and 21), not where it was the channel', () => {
    expect(sut.extract('Uma ex-cliente começou a postar no Instagram que eu roubo as clientes').parties).toEqual(['Instagram']);
    expect(sut.extract('Criaram um perfil no Instagram com minhas fotos').parties).toEqual(['Instagram']);
    expect(sut.extract('uma colega postou um vídeo no TikTok me chamando de golpista').parties).toContain('TikTok');
    expect(sut.extract('quero que tirem do ar o vídeo no YouTube').parties).toEqual(['YouTube']);
    expect(sut.extract('Comprei um vestido numa loja que vende pelo Instagram e não chegou').parties).toEqual(['loja']);
    expect(sut.extract('Conheci um rapaz pelo Facebook e emprestei 4 mil pra ele').parties).toEqual([]);
    expect(sut.extract('Tenho as mensagens do Messenger e o perfil dele no LinkedIn com o emprego').parties).toEqual([]);
    expect(sut.extract('comprei de um rapaz pelo Facebook Marketplace').parties).toEqual([]);
  });

  it('names no public body the client only guesses at, within the clause', () => {
    expect(sut.extract('Acho que foi a prefeitura que liberou essa obra').parties).toEqual([]);
    expect(sut.extract('Não sei se foi o estado ou a prefeitura que mandou a cobrança').parties).toEqual([]);
    expect(sut.extract('a prefeitura embargou a obra, acho que foi semana passada').parties).toEqual(['prefeitura']);
    expect(sut.extract('acho que foi isso. a prefeitura mandou a multa').parties).toEqual(['prefeitura']);
    expect(sut.extract('acho que foi o vizinho que quebrou').parties).toEqual(['vizinho']);
  });

  it('counts no partitive as a group ("oito dos quarenta condôminos"), but the client counted among many', () => {
    expect(sut.extract('estavam presentes somente oito dos quarenta condôminos').largestGroup).toBe(0);
    expect(sut.extract('cinco dos trinta e dois condôminos aprovaram a proibição').largestGroup).toBe(0);
    expect(sut.extract('sou um dos 40 compradores do loteamento').largestGroup).toBe(40);
    expect(sut.extract('são 32 condôminos contra a obra').largestGroup).toBe(32);
  });
});
