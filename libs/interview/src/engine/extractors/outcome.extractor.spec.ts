import { OUTCOME_MAX_LENGTH } from '../lexicons/outcomes.lexicon';
import { OutcomeExtractor, restatesWish, statesWish, wishShaped } from './outcome.extractor';

describe(OutcomeExtractor.name, () => {
  const sut = new OutcomeExtractor();

  it('takes the wish clause as written', () => {
    expect(sut.extract('Tenho o contrato. Quero a casa de volta e receber o que ele deve. Obrigado')).toBe(
      'Quero a casa de volta e receber o que ele deve',
    );
  });

  it('takes a remedy asked as a question as the wish', () => {
    expect(sut.extract('Perdi umas clientes por isso. Posso pedir indenização?')).toBe('Posso pedir indenização');
  });

  it('stops at "mas" and works without accents', () => {
    expect(sut.extract('so quero receber o que e meu, mas sem briga')).toBe('so quero receber o que e meu');
  });

  it('keeps after "mas" the condition on what the client keeps or receives, without which the wish says the opposite', () => {
    expect(sut.extract('quero sair mas sem perder meus direitos')).toBe('quero sair mas sem perder meus direitos');
    expect(sut.extract('quero sair da sociedade mas receber minha parte')).toBe('quero sair da sociedade mas receber minha parte');
    expect(sut.extract('quero sair, mas o patrão não deixa')).toBe('quero sair');
  });

  it('takes a wish told in the plural, by a couple or a company', () => {
    expect(sut.extract('Desejamos resolver tudo em cartório.')).toBe('Desejamos resolver tudo em cartório');
    expect(sut.extract('queremos ser indenizados pelo investimento')).toBe('queremos ser indenizados pelo investimento');
  });

  it('keeps the negation before the wish word, without which the wish says the opposite', () => {
    expect(sut.extract('Não quero ser transferida, tenho dois filhos pequenos aqui.')).toBe('Não quero ser transferida, tenho dois filhos pequenos aqui');
    expect(sut.extract('eu nao mais quero voltar pra lá')).toBe('nao mais quero voltar pra lá');
    expect(sut.extract('Tenho o contrato. Quero a casa de volta')).toBe('Quero a casa de volta');
  });

  it('returns null without a wish word', () => {
    expect(sut.extract('Trabalhei 3 anos na loja')).toBeNull();
  });

  it.each(['sim', 'Não sei.', 'ok!', 'sei lá'])('takes no wish from the non-answer %j', (text) => {
    expect(sut.fallback(text)).toBeNull();
  });

  it('takes a whole answer without a wish word as the wish', () => {
    expect(sut.fallback('a indenização e o nome limpo')).toBe('a indenização e o nome limpo');
  });

  it('clips a long answer from its start as if the whole text were collapsed first', () => {
    const extractor = new OutcomeExtractor();
    const words = Array.from({ length: 120 }, (_, i) => `palavra${i}`);
    const spaced = `  \n ${words.join(' \n\t  ')}  `;
    const whole = words.join(' ');
    expect(extractor.fallback(spaced)).toBe(`${whole.slice(0, OUTCOME_MAX_LENGTH - 1).trimEnd()}…`);
    expect(extractor.fallback(`  ${words.slice(0, 3).join('   ')}  `)).toBe(words.slice(0, 3).join(' '));
    expect(extractor.fallback(' \n\t ')).toBeNull();
  });

  it.each([
    'receber tudo o que a empresa me deve',
    'que ele pague tudo o que me deve',
    'prefiro fazer um acordo com a empresa',
    'ter minha filha de volta o mais rápido possível',
    'devolvê-lo ao vendedor e pegar meu dinheiro',
    'meu dinheiro de volta com juros e correção',
    'a guarda dos meus filhos e a pensão',
    'só ser indenizada por tudo que passei',
  ])('sees %j open like a wish', (text) => {
    expect(wishShaped(text)).toBe(true);
  });

  it.each([
    'a gente não era casado no papel',
    'ele trabalhava de pedreiro sem carteira assinada',
    'não sei se peço as contas ou se aguento',
    'o INSS não aceitou os documentos dele',
    'por enquanto ele não pagou nada ainda',
    'celular dele está desligado desde ontem',
  ])('sees %j as more of the story, not a wish', (text) => {
    expect(wishShaped(text)).toBe(false);
  });

  it('finds a wish in any clause of a longer answer, and none in a story or a paper read out', () => {
    expect(statesWish('Ele não pagou nada desde março, e pedir indenização por danos morais')).toBe(true);
    expect(statesWish('Ela vinha de segunda a sábado, ficava no caixa e no balcão. Eu pagava 350 por semana, em dinheiro ou pix')).toBe(false);
    expect(statesWish('Nunca fomos citados; o serviço foi prestado em outro município, que já recebeu o ISS.')).toBe(false);
    expect(statesWish("Em cima tá escrito Ministério Público contra mim, 'denúncia'. Não fala nada de indenização.")).toBe(false);
  });

  it('takes a wish restated later in the message ("na verdade", "o que eu quero mesmo é") over the one told before', () => {
    expect(sut.extract('quero que a polícia prenda ele. Na verdade o que eu quero mesmo é meu dinheiro de volta')).toBe('o que eu quero mesmo é meu dinheiro de volta');
    expect(sut.extract('dizem que é roubo, mas o que eu quero mesmo é tirar ele da sociedade')).toBe('o que eu quero mesmo é tirar ele da sociedade');
    expect(sut.extract('quero receber, na verdade eles me devem 3 meses')).toBe('quero receber, na verdade eles me devem 3 meses');
    expect(restatesWish('na verdade eu quero é o divórcio')).toBe(true);
    expect(restatesWish('quero o divórcio')).toBe(false);
  });

  it('takes a bare wish word, with nothing wished after it, for no wish', () => {
    expect(sut.extract('é isso que eu quero.')).toBeNull();
    expect(sut.extract('quero sim')).toBeNull();
    expect(sut.extract('quero sim. Quero que ele pague a pensão')).toBe('Quero que ele pague a pensão');
    expect(sut.fallback('Quero')).toBeNull();
    expect(sut.fallback('é isso que eu quero')).toBeNull();
  });
});
