import { questionSentences } from './question-sentences';

describe(questionSentences.name, () => {
  const sut = questionSentences;

  it.each([
    'Fui demitido. Tenho direito a quê? não tenho dinheiro',
    'oi?? tudo bem? quero saber se posso!\nele pode fazer isso?',
    'sem pergunta nenhuma, só um relato.',
    '?a.?b!c\n?',
    '',
  ])('gives what the question pattern matches in %j', (text) => {
    expect(sut(text)).toEqual(text.match(/[^.!?\n]*\?/g) ?? []);
  });

  it('keeps the sentence before each question mark', () => {
    expect(sut('Olá. Posso processar? Sim, e quanto custa?')).toEqual([' Posso processar?', ' Sim, e quanto custa?']);
  });
});
