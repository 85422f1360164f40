import { AreaClassifier } from '../classifiers/area.classifier';
import { NoteExtractor } from '../extractors/note.extractor';
import { LegalAreaCode } from '../interview-engine.types';
import { RELATION_RULES } from './relation-routes.lexicon';

describe('RELATION_RULES', () => {
  const sut = new AreaClassifier();
  const notes = new NoteExtractor();
  const route = (text: string) => {
    const { areaScores, keywords } = sut.score(text);
    return sut.choose(areaScores, notes.extract(text), sut.anchors(keywords)).area;
  };

  it('names a rule for each relation', () => {
    expect(Object.keys(RELATION_RULES)).toEqual(['product-defect', 'condominium-charge', 'partners-dispute', 'meter-fraud-notice']);
  });

  it.each<[string, LegalAreaCode]>([
    // A shop that will not exchange a defective product is a supplier (CDC arts. 18 and 26), whatever crime the client names.
    ['quero denunciar a loja por estelionato, me deram um golpe: a geladeira parou de funcionar em 15 dias e não quiseram trocar', 'consumidor'],
    ['a loja disse que foi mau uso e que a garantia não cobre, isso é golpe, quero dar queixa na polícia', 'consumidor'],
    // The same defect in a car bought from a private person is a civil sale (CC art. 441).
    ['comprei um carro de um particular e deu defeito no motor na primeira semana, ele não quis consertar', 'civil'],
    // An owner contesting the condominium's extra fee is no consumer of the condominium (CC arts. 1.336 and 1.350-1.355).
    ['sou consumidor e quero ir no Procon pelo CDC: o condomínio aprovou uma taxa extra de 3 mil numa assembleia que ninguém foi avisado', 'imobiliario'],
    ['a taxa de condomínio subiu 40% sem assembleia e a administradora diz que é assim; isso não é cobrança abusiva pelo código de defesa do consumidor?', 'imobiliario'],
    // A partner locked out by the other partners, or called to a meeting to be expelled, is in a corporate dispute (CC arts. 1.030 and 1.085).
    ['estou sendo despejado da minha própria loja, meus dois sócios trocaram a fechadura e marcaram reunião de sócios pra me excluir da sociedade', 'empresarial'],
    // The same lock changed by the landlord is an eviction without a court order (Lei 8.245).
    ['o dono do imóvel trocou a fechadura da loja que eu alugo porque atrasei dois meses de aluguel', 'imobiliario'],
    // The distributor's meter-fraud notice and its charge are the consumer's dispute with the supplier (CDC art. 22; Res. ANEEL 1.000/2021).
    ['a Cemig mandou um auto de infração dizendo que o relógio estava adulterado, uma multa de recuperação de consumo de 8 mil; quero recorrer desse processo administrativo na prefeitura', 'consumidor'],
  ])('routes %j to %s', (text, area) => {
    expect(route(text)).toBe(area);
  });
});
