import { EngineTurn, Topic } from '../libs/interview/src/engine';
import { newFacts } from '../libs/interview/src/engine/testing/facts.factory';
import { answerTopics, answerWhatWasAsked, questionTopic } from './responsive-answerer';

const askedAbout = (...topicsAsked: Topic[]): EngineTurn => ({
  facts: newFacts({ topicsAsked, questionsAsked: topicsAsked.length }),
  reply: '?',
  complete: false,
  completionReason: null,
  complexity: 'low',
  confidence: 0.5,
});

describe('responsive answerer', () => {
  describe(answerTopics.name, () => {
    it.each([
      ['foi dia 12/03, faz uns 10 dias', ['dates']],
      ['o prazo vence na sexta', ['dates']],
      ['moro em Caucaia CE', ['place']],
      ['a loja fica em Contagem/MG', ['place']],
      ['uns 3 mil reais', ['amount']],
      ['cobraram 39,90', ['amount']],
      ['tenho o contrato e uns print da conversa', ['documents']],
      ['so quero meu dinheiro de volta', ['goal']],
      ['Gostaríamos de resolver em cartório', ['goal']],
      ['ele é meu vizinho e sempre foi grosso', []],
    ])('%s -> %j', (text, topics) => {
      expect(answerTopics(text)).toEqual(topics);
    });

    it('finds every topic a long answer speaks to', () => {
      expect(answerTopics('Em março paguei R$ 2.000, tenho o recibo, moro em Natal/RN e quero de volta')).toEqual([
        'dates',
        'place',
        'amount',
        'documents',
        'goal',
      ]);
    });
  });

  describe(questionTopic.name, () => {
    it("reads the topic from the engine's state: the last topic asked", () => {
      expect(questionTopic(askedAbout('facts', 'timeline'))).toBe('dates');
      expect(questionTopic(askedAbout('urgency'))).toBe('dates');
      expect(questionTopic(askedAbout('timeline', 'location'))).toBe('place');
      expect(questionTopic(askedAbout('amount'))).toBe('amount');
      expect(questionTopic(askedAbout('documents'))).toBe('documents');
      expect(questionTopic(askedAbout('outcome'))).toBe('goal');
      expect(questionTopic(askedAbout('parties'))).toBeNull();
      expect(questionTopic(askedAbout())).toBeNull();
    });
  });

  describe('answerWhatWasAsked', () => {
    const unused = ['o patrao se chama Joao', 'tenho a carteira assinada', 'ganhava 1.500 reais', 'quero receber tudo'];

    it('picks the first unused follow-up on the topic asked', () => {
      expect(answerWhatWasAsked(askedAbout('amount'), unused)).toBe(2);
      expect(answerWhatWasAsked(askedAbout('outcome'), unused)).toBe(3);
      expect(answerWhatWasAsked(askedAbout('documents'), unused)).toBe(1);
    });

    it('falls back to the next unused follow-up when none is on the topic, or the topic is not one it matches', () => {
      expect(answerWhatWasAsked(askedAbout('location'), unused)).toBe(0);
      expect(answerWhatWasAsked(askedAbout('parties'), unused)).toBe(0);
    });
  });
});
