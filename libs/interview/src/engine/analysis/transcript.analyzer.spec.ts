import { AreaClassifier } from '../classifiers/area.classifier';
import { ComplexityClassifier } from '../classifiers/complexity.classifier';
import { MessageExtractor } from '../extractors/message.extractor';
import { FactsAccumulator } from '../interview/facts.accumulator';
import { QuestionPlanner } from '../interview/question.planner';
import { RuleBasedInterviewEngine } from '../rule-based-interview.engine';
import { TranscriptAnalyzer } from './transcript.analyzer';

describe(TranscriptAnalyzer.name, () => {
  const areas = new AreaClassifier();
  const complexity = new ComplexityClassifier();
  const sut = new TranscriptAnalyzer(
    areas,
    new MessageExtractor(areas, complexity),
    new FactsAccumulator(areas),
    new QuestionPlanner(),
    complexity,
  );
  const engine = new RuleBasedInterviewEngine();

  it('reads a whole transcript at once', () => {
    const result = sut.analyze([
      'Meu irmão foi preso agora há pouco e levaram ele pra delegacia',
      'Foi em Fortaleza/CE, disseram que é por roubo',
    ]);
    expect(result.facts.area).toBe('criminal');
    expect(result.complexity).toBe('high');
    expect(result.facts.locations).toEqual(['Fortaleza/CE']);
    expect(result.facts.clientMessages).toBe(2);
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  it('weighs repetitions less than the turn-by-turn sum does', () => {
    const messages = ['o inquilino não paga o aluguel', 'o inquilino sumiu', 'o inquilino não atende', 'o inquilino deve 5 meses'];
    let facts = engine.initialFacts();
    for (const message of messages) facts = engine.continue(facts, message).facts;
    const whole = sut.analyze(messages).facts;
    expect(whole.area).toBe('imobiliario');
    expect(whole.areaScores.imobiliario).toBeLessThan(facts.areaScores.imobiliario ?? 0);
  });

  it('gives more weight to the opening message', () => {
    const openingFirst = sut.analyze(['meu patrão não paga as horas extras', 'o banco cobra juros']).facts.areaScores;
    const openingLast = sut.analyze(['o banco cobra juros', 'meu patrão não paga as horas extras']).facts.areaScores;
    expect(openingFirst.trabalhista).toBeGreaterThan(openingLast.trabalhista ?? 0);
  });

  it('scores a phrase split by a message break as neither message alone has it', () => {
    const together = sut.analyze(['meu chefe me deu o aviso prévio', 'e saí da loja']).facts.areaScores;
    const split = sut.analyze(['meu chefe me deu o aviso', 'prévio e saí da loja']).facts.areaScores;
    const alone = sut.analyze(['meu chefe me deu o', 'e saí da loja']).facts.areaScores;
    expect(together.trabalhista).toBeGreaterThan(alone.trabalhista ?? 0);
    expect(split).toEqual(alone);
  });

  it('takes the last stated wish as the outcome', () => {
    const { facts } = sut.analyze(['quero entender meus direitos', 'fui demitido', 'quero receber a rescisão']);
    expect(facts.outcome).toBe('quero receber a rescisão');
  });
});
