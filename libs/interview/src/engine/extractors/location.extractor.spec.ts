import { joinTexts, TEXT_BREAK } from '../text/text-normalizer';
import { LocationExtractor, placeAnswer } from './location.extractor';

describe(LocationExtractor.name, () => {
  const sut = new LocationExtractor();

  it('reads City/UF with multi-word names', () => {
    expect(sut.extract('Trabalhava numa padaria em Contagem/MG e depois em Caxias do Sul - RS')).toEqual([
      'Contagem/MG',
      'Caxias do Sul/RS',
    ]);
  });

  it('reads lower-case city/uf and restores the accents of known cities', () => {
    expect(sut.extract('moro em uberlandia/mg')).toEqual(['Uberlândia/MG']);
  });

  it('reads a UF in parentheses or after a comma and drops a lower-case one after a dash or a comma', () => {
    expect(sut.extract('Sou de Campinas (SP) e trabalho lá')).toEqual(['Campinas/SP']);
    expect(sut.extract('São Luís, MA')).toEqual(['São Luís/MA']);
    expect(sut.extract('ele disse que ia ver - se desse, pagava')).toEqual([]);
    expect(sut.extract('pagou metade, se não me engano')).toEqual([]);
    expect(sut.extract('MEU PATRAO NAO PAGOU, SE EU SAIR PERCO TUDO')).toEqual([]);
    expect(sut.extract('MORO EM RECIFE, PE')).toEqual(['Recife/PE']);
  });

  it('recognises known cities after a preposition, but not common words', () => {
    expect(sut.extract('Foi hoje de manhã, na casa dele, em Fortaleza')).toEqual(['Fortaleza/CE']);
    expect(sut.extract('vou passar o natal com a família')).toEqual([]);
  });

  it('does not report the short city hidden in a longer name', () => {
    expect(sut.extract('Morei 2 anos num apartamento em Vitória da Conquista/BA')).toEqual(['Vitória da Conquista/BA']);
  });

  it.each([
    ['a empresa fica aqui em Vitória da Conquista BA', ['Vitória da Conquista/BA']],
    ['moro em vitoria da conquista', ['Vitória da Conquista/BA']],
    ['moramos em São José dos Campos', ['São José dos Campos/SP']],
    ['o processo corre em Campos dos Goytacazes', ['Campos dos Goytacazes/RJ']],
    ['nasci em Belém do São Francisco', []],
    ['moro em Palmas de Monte Alto', []],
    ['moro em Vitória do lado da praia', ['Vitória/ES']],
  ])('lets a longer city name win over the known city it begins with in %j', (text, places) => {
    expect(sut.extract(text)).toEqual(places);
  });

  it('reads states and drops a bare UF already given with a city', () => {
    expect(sut.extract('Secretaria da Fazenda do estado do Tocantins, em Palmas')).toEqual(['Palmas/TO']);
    expect(sut.extract('a empresa é de Minas Gerais')).toEqual(['MG']);
  });

  it('reads a transcript message by message as it reads the joined text', () => {
    const messages = ['Moro em Contagem/MG', 'depois fui para Caxias do Sul - RS', 'e trabalhei em São Paulo (SP)', 'no estado do Tocantins'];
    const byMessage = sut.extract(joinTexts(messages), messages);
    expect(byMessage).toEqual(sut.extract(`${messages.join(TEXT_BREAK)} `));
    expect(byMessage).toEqual(expect.arrayContaining(['Contagem/MG', 'Caxias do Sul/RS']));
  });

  it('does not take a body or an opening verb for part of the city, nor a shorter city inside a longer one', () => {
    expect(sut.extract('É a Prefeitura de Vitória da Conquista/BA.')).toEqual(['Vitória da Conquista/BA']);
    expect(sut.extract('Saio de Salvador/BA.')).toEqual(['Salvador/BA']);
  });

  it("takes no body's state for a place: an acronym with its code, or a body named with its state", () => {
    expect(sut.extract('meu filho foi parado numa blitz da PM-MG e acharam um baseado com ele')).toEqual([]);
    expect(sut.extract('Recebi uma citação de um processo do TJ-SP, mas moro em Londrina, PR')).toEqual(['Londrina/PR']);
    expect(sut.extract('a PC-RJ me intimou, o processo está no TRT-2 e no Detran/SP')).toEqual([]);
    expect(sut.extract('fui abordado pela Polícia Militar de Minas Gerais')).toEqual([]);
    expect(sut.extract('o processo corre no Tribunal de Justiça do Estado de São Paulo')).toEqual([]);
    expect(sut.extract('moro em Minas Gerais e a empresa é de Belo Horizonte')).toEqual(['Belo Horizonte/MG']);
  });

  it('reads a city closed by its state\'s name as by its code', () => {
    expect(sut.extract('Moramos em Caruaru, Pernambuco.')).toEqual(['Caruaru/PE']);
    expect(sut.extract('Moro em Juiz de Fora, Minas Gerais.')).toEqual(['Juiz de Fora/MG']);
    expect(sut.extract('comprei em março, minas gerais é longe')).toEqual([]);
  });

  it('takes no place the client says is not theirs', () => {
    expect(sut.extract('Eu moro em Londrina, PR, nunca morei em São Paulo.')).toEqual(['Londrina/PR']);
    expect(sut.extract('não moro em Campinas/SP, moro em Sorocaba/SP')).toEqual(['Sorocaba/SP']);
    expect(sut.extract('nunca estive no Rio de Janeiro')).toEqual([]);
  });

  it('reads the place a short answer to the where-question names, known or not, with or without a leading word', () => {
    expect(placeAnswer('Recife')).toBe('Recife/PE');
    expect(placeAnswer('recife.')).toBe('Recife/PE');
    expect(placeAnswer('em Recife')).toBe('Recife/PE');
    expect(placeAnswer('Moro em Garanhuns')).toBe('Garanhuns');
    expect(placeAnswer('aqui em Serra Talhada')).toBe('Serra Talhada');
    expect(placeAnswer('Sim')).toBeNull();
    expect(placeAnswer('Não sei')).toBeNull();
    expect(placeAnswer('Tenho o comprovante da compra')).toBeNull();
    expect(placeAnswer('São Paulo capital')).toBe('São Paulo/SP');
    expect(placeAnswer('capital')).toBeNull();
  });

  it('takes a lower-case city closed by its state code as the answer to "where?"', () => {
    expect(placeAnswer('moro em caruaru pe')).toBe('Caruaru/PE');
    expect(placeAnswer('a fazenda fica em rio verde go')).toBe('Rio Verde/GO');
    expect(placeAnswer('moro no rio de janeiro rj')).toBe('Rio de Janeiro/RJ');
    expect(placeAnswer('juazeiro do norte ce')).toBe('Juazeiro do Norte/CE');
    expect(placeAnswer('nao sei pe')).toBeNull();
  });

  it("never reads a state's code off the end of a word", () => {
    expect(placeAnswer('tenho o extrato')).toBeNull();
    expect(placeAnswer('recebi o pagamento')).toBeNull();
    expect(placeAnswer('tenho a casa')).toBeNull();
    expect(placeAnswer('caruaru-pe')).toBe('Caruaru/PE');
  });
});
