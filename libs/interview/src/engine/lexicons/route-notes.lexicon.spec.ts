import { AreaClassifier } from '../classifiers/area.classifier';
import { NoteExtractor } from '../extractors/note.extractor';
import { LegalAreaCode } from '../interview-engine.types';
import { newFacts } from '../testing/facts.factory';
import { SubareaChecker } from '../triage/subarea.checker';

describe('route notes (role and remedy over the background words)', () => {
  const classifier = new AreaClassifier();
  const notes = new NoteExtractor();
  const route = (text: string) => {
    const { areaScores, keywords } = classifier.score(text);
    return classifier.choose(areaScores, notes.extract(text), classifier.anchors(keywords)).area;
  };

  it.each<[string, LegalAreaCode]>([
    // Who plans a bequest asks a succession remedy; the flat and the notary are the estate.
    ['sou solteiro e quero deixar a minha casa para o meu afilhado, fazer a escritura certinha no cartório', 'familia'],
    ['quero fazer um testamento para o meu apartamento ficar com a minha neta quando eu morrer', 'familia'],
    // The pension left by a public servant is paid and cut by the servant's body.
    ['recebo pensão de filha solteira do meu pai, que era servidor federal, e o órgão quer cancelar', 'administrativo'],
    // The ex-spouse who received support asks her share of the INSS pension.
    ['meu ex-marido me pagava pensão alimentícia e morreu; pedi a pensão por morte, o INSS negou e eu quero a minha parte da pensão dele pelo INSS', 'previdenciario'],
    // The seller of a going concern collecting the instalments: a business contract.
    ['passei o ponto da minha lanchonete com a clientela e os equipamentos e o comprador parou de pagar as parcelas', 'empresarial'],
    // Heirs who are co-owners after the partition was registered: ending the co-ownership.
    ['o inventário já terminou e a casa ficou para mim e meus irmãos; um deles mora lá e não aceita vender', 'imobiliario'],
    ['quero a extinção de condomínio do terreno que tenho com meu primo, cada um com a sua fração ideal', 'imobiliario'],
    // An engagement broken off: no marriage, a civil claim between two persons.
    ['minha noiva terminou o noivado e eu paguei sozinho o buffet e as alianças; quero que ela devolva metade', 'civil'],
    // A pet shop's service that hurt the animal is a consumer case, not the crime of cruelty nor elder abuse.
    ['levei meu gato no pet shop para o banho e tosa e ele voltou machucado, quero que paguem o veterinário', 'consumidor'],
    // A private person who sold and protested a cheque: no supplier on the other side.
    ['o cheque que dei ao vendedor foi protestado, ele é um particular e eu já tinha pago', 'civil'],
    // The employer whose worker stopped coming asks how to end the employment contract.
    ['sou dono de uma oficina e um funcionário registrado não aparece há 40 dias; quero aplicar o abandono de emprego', 'trabalhista'],
    // A statutory servant's bonus is a right under the statute (administrativo); a public company's CLT employee's is labour law.
    ['sou servidora municipal concursada, trabalho no posto de saúde e a prefeitura nunca pagou meu adicional de insalubridade', 'administrativo'],
    ['sou funcionária pública da prefeitura há 10 anos e quero receber o adicional de insalubridade e os atrasados', 'administrativo'],
    ['trabalho na Copasa, entrei por concurso mas sou celetista, e nunca me pagaram o adicional de insalubridade', 'trabalhista'],
  ])('routes %j to %s', (text, area) => {
    expect(route(text)).toBe(area);
  });

  it.each<[string, LegalAreaCode]>([
    // The estate not yet divided stays an inventory, and an heir hiding goods after it a family matter.
    ['meu pai faleceu, deixou uma casa e quero abrir o inventário, meu irmão mora lá sem pagar nada', 'familia'],
    // A bride-to-be with a prenuptial agreement is a family case: "noivo" alone says nothing of a broken engagement.
    ['vou casar com meu noivo e quero fazer o pacto antenupcial de separação total de bens', 'familia'],
    // A tenant who leaves the flat names no one to leave it to.
    ['vou deixar o apartamento alugado no fim do mês e o locador não quer devolver a caução', 'imobiliario'],
  ])('keeps %j in %s', (text, area) => {
    expect(route(text)).toBe(area);
  });

  it('reads cruelty to an animal as no elder abuse, and keeps it for an old person', () => {
    expect(notes.extract('fiz boletim de maus tratos contra o vizinho que bate no cachorro')).not.toContain('elder-abuse');
    expect(notes.extract('o filho pratica maus tratos contra a minha mãe de 80 anos')).toContain('elder-abuse');
  });

  it("shows no justa causa reversal to the employer who asks how to dismiss for cause", () => {
    const checker = new SubareaChecker();
    const asked = newFacts({ keywords: ['justa causa', 'contrato de trabalho'] });
    expect(checker.fit(asked, 'trabalhista', 'reversão de justa causa')).toBe('reversão de justa causa');
    expect(checker.fit({ ...asked, notes: ['client-company'] }, 'trabalhista', 'reversão de justa causa')).toBe('direitos trabalhistas');
    expect(notes.extract('tenho uma pequena empresa de reformas')).toContain('client-company');
  });

  it('finds each role and remedy note in its own words', () => {
    expect(notes.extract('quero deixar meus bens para a minha sobrinha')).toContain('succession-planning');
    expect(notes.extract('a pensão estatutária da minha mãe foi cortada')).toContain('statutory-pension');
    expect(notes.extract('fizemos o trespasse do restaurante em março')).toContain('business-sale');
    expect(notes.extract('a partilha registrada deu um terço a cada irmão')).toContain('co-ownership');
    expect(notes.extract('comprei a moto dele, é um particular')).toContain('private-seller');
    expect(notes.extract('dei um cheque para um rapaz de quem comprei uma moto usada')).toContain('private-seller');
    expect(notes.extract('o senhor que me vendeu o cavalo sumiu')).toContain('private-seller');
    expect(notes.extract('a loja que me vendeu a geladeira não troca')).not.toContain('private-seller');
    expect(notes.extract('quero o rateio da pensão com a viúva')).toContain('dependant-benefit');
  });
});
