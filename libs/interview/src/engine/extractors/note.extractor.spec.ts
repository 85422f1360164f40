import { NoteExtractor } from './note.extractor';

describe(NoteExtractor.name, () => {
  const sut = new NoteExtractor();

  it('finds risks, steps already taken and the client role', () => {
    expect(sut.extract('ele me bateu e eu fiz um BO na delegacia')).toEqual(['violence', 'victim', 'police-report-filed']);
    expect(sut.extract('já reclamei no Procon e nada, e não tenho dinheiro pra advogado')).toEqual(['procon-filed', 'cannot-pay']);
    expect(sut.extract('caiu por engano um pix de 2 mil na minha conta')).toEqual(['credited-by-mistake']);
  });

  it('ignores denied notes', () => {
    expect(sut.extract('ninguém me ameaçou e não fiz boletim')).toEqual([]);
  });
});
