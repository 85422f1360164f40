import { childKeptAfterTrip, childKeptByPronoun, childTakenAbroad, namesChild } from './child-kept';

describe('childKeptAfterTrip', () => {
  it('reads a child not back from the holidays, a visit or a trip, however the child is named', () => {
    expect(childKeptAfterTrip('Meu filho de 7 anos foi passar as férias com o pai em Portugal e não voltou.')).toBe(true);
    expect(childKeptAfterTrip('as crianças foram na visita do fim de semana e o pai diz que elas não vão voltar')).toBe(true);
    expect(childKeptAfterTrip('a menina viajou com a avó no feriado e não retornou')).toBe(true);
  });

  it('reads the agreed return told as late ("tá demorando pra voltar") as the child not back', () => {
    expect(childKeptAfterTrip('Minha ex levou nosso filho pra visitar a família dela nas férias e tá demorando pra voltar.')).toBe(true);
    expect(childKeptAfterTrip('meu filho foi pra escola e tá demorando pra voltar')).toBe(false);
  });

  it('needs the child, the stay away and the return missing in one sentence', () => {
    expect(childKeptAfterTrip('meu marido foi viajar e não voltou')).toBe(false);
    expect(childKeptAfterTrip('meu filho foi passar as férias com o pai. O carro não voltou da oficina')).toBe(false);
    expect(childKeptAfterTrip('meu filho saiu de casa e não voltou')).toBe(false);
  });

  it('reads each text once: the note and the urgency signal of a message share one reading', () => {
    const text = 'minha filha foi passar o fim de semana com o pai e ele disse que ela não vai voltar';
    const test = jest.spyOn(RegExp.prototype, 'test');
    try {
      expect(childKeptAfterTrip(text)).toBe(true);
      const calls = test.mock.calls.length;
      expect(calls).toBeGreaterThan(0);
      expect(childKeptAfterTrip(text)).toBe(true);
      expect(test.mock.calls.length).toBe(calls);
    } finally {
      test.mockRestore();
    }
  });
});

describe('childTakenAbroad', () => {
  it('reads a child taken to or kept in a foreign place without the other parent\'s consent, in any voice (Decreto 3.413/2000)', () => {
    expect(childTakenAbroad('o pai dos meus filhos foi pros estados unidos com eles e nao volta mais')).toBe(true);
    expect(childTakenAbroad('doutor meu ex tirou o passaporte da menina escondido e embarcou com ela pra italia')).toBe(true);
    expect(childTakenAbroad('Prezada doutora, meu filho de cinco anos está retido na França pelo pai desde o fim das férias.')).toBe(true);
    expect(childTakenAbroad('meu filho foi levado pra portugal pelo pai sem o meu consentimento')).toBe(true);
    expect(childTakenAbroad('meu marido pegou as criança e foi embora pro canada sem eu saber')).toBe(true);
  });

  it('needs what makes the stay wrongful: not a trip planned, agreed or over, nor a move inside Brazil', () => {
    expect(childTakenAbroad('vou viajar pra portugal com minha filha em janeiro e o pai dela concorda')).toBe(false);
    expect(childTakenAbroad('meu filho passou as ferias com o pai na italia e ja voltou')).toBe(false);
    expect(childTakenAbroad('o pai levou meu filho pra portugal nas ferias com a minha autorizacao')).toBe(false);
    expect(childTakenAbroad('a mae do meu filho se mudou com ele pra manaus sem me avisar')).toBe(false);
  });
});

describe('childKeptByPronoun', () => {
  it('reads the child kept told with an object pronoun, when a child is named', () => {
    expect(childKeptByPronoun('ele pegou minha filha na sexta e até agora não a devolveu')).toBe(true);
    expect(childKeptByPronoun('a mãe levou o menino nas férias e não o trouxe de volta')).toBe(true);
    expect(childKeptByPronoun('o pai das crianças se recusa a devolvê-las')).toBe(true);
    expect(childKeptByPronoun('ficou com ela e não devolveu até hoje', true)).toBe(true);
  });

  it('reads "não quer devolver" with the object left out at the end of the sentence, and the spoken infinitive without its "r"', () => {
    expect(childKeptByPronoun('o pai das minhas crianca levo elas embora e nao quer devolve')).toBe(true);
    expect(childKeptByPronoun('ele levou as crianças e não quer devolver.')).toBe(true);
    expect(childKeptByPronoun('minha filha viu que o vendedor não quer devolver o dinheiro')).toBe(false);
    expect(childKeptByPronoun('a loja não quer devolver', false)).toBe(false);
  });

  it('reads a return agreed and overdue, and a stay made permanent, as the child kept (a child named before)', () => {
    expect(childKeptByPronoun('era pra ela voltar dia 20 de janeiro e já passou 3 semanas', true)).toBe(true);
    expect(childKeptByPronoun('ele já deveria ter voltado das férias faz dez dias', true)).toBe(true);
    expect(childKeptByPronoun('agora o pai diz que ela vai ficar e estudar lá', true)).toBe(true);
    expect(childKeptByPronoun('eles vão ficar morando no exterior com a avó', true)).toBe(true);
    expect(childKeptByPronoun('ela disse que decidiu recomeçar a vida lá', true)).toBe(true);
    expect(childKeptByPronoun('e que vai matricular o menino na escola de lá em fevereiro')).toBe(true);
    expect(childKeptByPronoun('vou matricular meu filho na escola do bairro')).toBe(false);
    expect(childKeptByPronoun('decidiu recomeçar a vida lá')).toBe(false);
    expect(childKeptByPronoun('era pra ela voltar da escola às 5 e voltou às 6', true)).toBe(false);
    expect(childKeptByPronoun('era pra ela voltar dia 20 e já passou 3 semanas')).toBe(false);
  });

  it('reads the return refused in the present, the child not sent back and the child hidden (CP arts. 248-249)', () => {
    expect(childKeptByPronoun('meu ex segurou meu filho e fala que não entrega mais')).toBe(true);
    expect(childKeptByPronoun('a mãe do guri diz que não manda mais ele de volta')).toBe(true);
    expect(childKeptByPronoun('o pai da minha filha tá escondendo ela de mim')).toBe(true);
    expect(childKeptByPronoun('ele não manda de volta', true)).toBe(true);
    expect(childKeptByPronoun('o fornecedor não entrega mais')).toBe(false);
    expect(childKeptByPronoun('meu irmão escondeu ele na garagem')).toBe(false);
  });

  it('reads the child not given back, and the child taken from school or to another state without the custodian told (CP art. 249; CC art. 1.634 V)', () => {
    expect(childKeptByPronoun('meu neto foi levado pelo pai e não foi devolvido')).toBe(true);
    expect(childKeptByPronoun('o pai da minha filha não quer entregar ela')).toBe(true);
    expect(childKeptByPronoun('o pai da minha filha tirou ela da creche hoje sem ninguém me avisar')).toBe(true);
    expect(childKeptByPronoun('o pai do meu menino foi na escola e tirou ele de lá sem ninguém me avisar')).toBe(true);
    expect(childKeptByPronoun('o pai dos meus filhos se mudou com eles pra outro estado sem falar nada')).toBe(true);
    // Told by the custodian, or the school pickup agreed, or an object not returned: none.
    expect(childKeptByPronoun('eu busquei meu filho na escola sem avisar a mãe')).toBe(false);
    expect(childKeptByPronoun('o pai pegou meu filho na escola como sempre faz nas sextas')).toBe(false);
    expect(childKeptByPronoun('o carro que emprestei não foi devolvido')).toBe(false);
    expect(childKeptByPronoun('vou me mudar com meu filho pra outro estado e o pai concorda')).toBe(false);
  });

  it('needs a child named, in the text or before it', () => {
    expect(childKeptByPronoun('meu cunhado pegou a moto, ficou com ela e não devolveu')).toBe(false);
    expect(childKeptByPronoun('ficou com ela e não devolveu até hoje')).toBe(false);
    expect(childKeptByPronoun('minha filha emprestou o dinheiro e ele não devolveu')).toBe(false);
  });

  it('asks whether a child was named before only when the text has the pronoun without one', () => {
    const namedBefore = jest.fn(() => true);
    expect(childKeptByPronoun('ficou com ela e não devolveu até hoje', namedBefore)).toBe(true);
    expect(namedBefore).toHaveBeenCalledTimes(1);
    expect(childKeptByPronoun('ele pegou minha filha na sexta e até agora não a devolveu', namedBefore)).toBe(true);
    expect(childKeptByPronoun('comprei um carro usado', namedBefore)).toBe(false);
    expect(namedBefore).toHaveBeenCalledTimes(1);
  });
});

describe('namesChild', () => {
  it('finds a child among the stored keywords', () => {
    expect(namesChild(['guarda', 'minha filha'])).toBe(true);
    expect(namesChild(['carro', 'financiamento'])).toBe(false);
  });
});
