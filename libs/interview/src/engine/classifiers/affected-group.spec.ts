import { mentionsAffectedGroup, mentionsSelfCountedPeople } from './affected-group';

describe('mentionsAffectedGroup', () => {
  it('finds a counted group of people affected by one case', () => {
    expect(mentionsAffectedGroup('Não somos só nós, são umas 30 famílias na área.')).toBe(true);
    expect(mentionsAffectedGroup('o prédio tem 48 famílias fora de casa')).toBe(true);
    expect(mentionsAffectedGroup('somos 120 compradores do mesmo empreendimento')).toBe(true);
    expect(mentionsAffectedGroup('A prefeitura vai demolir a casa de mais vinte famílias')).toBe(true);
  });

  it('ignores small groups, groups without a count and employees of the client', () => {
    expect(mentionsAffectedGroup('o terreno foi vendido para outras três famílias')).toBe(false);
    expect(mentionsAffectedGroup('umas famílias invadiram o terreno da minha avó')).toBe(false);
    expect(mentionsAffectedGroup('minha empresa tem 60 funcionários')).toBe(false);
    expect(mentionsAffectedGroup('moro aqui há 20 anos')).toBe(false);
  });

  it('finds the client counted among many workers in the same situation (a collective labour conflict, CLT art. 842)', () => {
    expect(mentionsAffectedGroup('Sou um dos quarenta funcionário de uma metalúrgica')).toBe(true);
    expect(mentionsAffectedGroup('eu e mais 20 trabalhadores estamos sem salário')).toBe(true);
    expect(mentionsAffectedGroup('um dos 30 funcionários da loja me xingou')).toBe(false);
    expect(mentionsAffectedGroup('somos dois funcionários só')).toBe(false);
  });

  it('finds many workers left unpaid or dismissed together, the client among them or not (CLT art. 842; STF Tema 638)', () => {
    expect(mentionsAffectedGroup('a fabrica de moveis fechou do nada e deixou 40 funcionarios com 3 meses de salario atrasado')).toBe(true);
    expect(mentionsAffectedGroup('Cerca de 60 motoristas ficaram sem salário e sem rescisão')).toBe(true);
    expect(mentionsAffectedGroup('a firma demitiu 80 funcionario de uma vez')).toBe(true);
    expect(mentionsAffectedGroup('a empresa tem uns 60 funcionarios e o meu salario atrasou')).toBe(false);
    expect(mentionsAffectedGroup('tive que demitir 40 funcionarios')).toBe(false);
    expect(mentionsAffectedGroup('demitiu 2 funcionarios')).toBe(false);
    // A mass dismissal announced or told around its count (STF Tema 638); not the employer's own, nor a few people.
    expect(mentionsAffectedGroup('a fabrica vai demitir uns 120 funcionarios semana que vem')).toBe(true);
    expect(mentionsAffectedGroup('ontem mandaram umas 60 pessoas embora de uma vez')).toBe(true);
    expect(mentionsAffectedGroup('falaram que vão mandar umas 40 pessoas embora por corte de verba')).toBe(true);
    expect(mentionsAffectedGroup('vou demitir 20 funcionarios')).toBe(false);
    expect(mentionsAffectedGroup('mandaram 3 pessoas embora hoje')).toBe(false);
    expect(mentionsAffectedGroup('umas 40 pessoas foram embora da festa')).toBe(false);
  });

  it('finds the workers counted in the spoken first person plural and by their trade', () => {
    expect(mentionsAffectedGroup('a gente era uns 60 costureiras e mais o pessoal do corte')).toBe(true);
    expect(mentionsAffectedGroup('somos 14 motoristas na mesma situação')).toBe(true);
    expect(mentionsAffectedGroup('a gente era 3 vendedoras só')).toBe(false);
    expect(mentionsAffectedGroup('a loja tem 30 vendedores')).toBe(false);
  });

  it('counts the owners who came to or voted at an assembly as its attendance, not people affected', () => {
    expect(mentionsAffectedGroup('a convocação foi colada no elevador. vieram 9 moradores de 48 unidades')).toBe(false);
    expect(mentionsAffectedGroup('na assembleia só 12 moradores votaram a multa')).toBe(false);
    expect(mentionsAffectedGroup('a construtora atrasou a obra e somos 40 famílias sem casa')).toBe(true);
  });

  it('counts the members of a chat group where something was posted as its audience, not people affected', () => {
    expect(mentionsAffectedGroup('ele escreveu no grupo de WhatsApp do condomínio, que tem mais de 120 moradores, que eu roubei')).toBe(false);
    expect(mentionsAffectedGroup('postou no grupo do prédio com 80 moradores')).toBe(false);
    // The members counted before the group, in a later message than its name.
    expect(mentionsAffectedGroup('foi em agosto. tem uns 200 moradores no grupo.')).toBe(false);
    expect(mentionsAffectedGroup('são 90 pessoas nesse grupo do WhatsApp')).toBe(false);
    // A group already named, told by its size in members in a later message; a group of companies counted is no audience.
    expect(mentionsAffectedGroup('é mentira, o grupo tem mais de 100 moradores')).toBe(false);
    expect(mentionsAffectedGroup('ele postou nesse grupo com 80 membros')).toBe(false);
    expect(mentionsAffectedGroup('somos 30 famílias no grupo de compradores')).toBe(true);
    expect(mentionsAffectedGroup('somos 40 moradores sem água e criamos um grupo de WhatsApp')).toBe(true);
  });

  it('counts the people before whom something was said or done as its audience, not people affected (CP art. 141 III)', () => {
    expect(mentionsAffectedGroup('o síndico me chamou de caloteiro na frente de mais de 60 moradores')).toBe(false);
    expect(mentionsAffectedGroup('o motorista me humilhou diante dos quarenta passageiros do ônibus')).toBe(false);
    expect(mentionsAffectedGroup('somos 60 moradores sem luz e ele riu na frente de todos')).toBe(true);
  });

  it('finds the client counted among five or more people by the bare word, not a household nor a small group', () => {
    expect(mentionsSelfCountedPeople('nao é so eu nao, somos umas 90 pessoas, a maioria mulher')).toBe(true);
    expect(mentionsSelfCountedPeople('a gente era umas quarenta pessoas no turno')).toBe(true);
    expect(mentionsSelfCountedPeople('somos 6 pessoas em casa e só eu trabalho')).toBe(false);
    expect(mentionsSelfCountedPeople('somos 3 pessoas no setor')).toBe(false);
    expect(mentionsSelfCountedPeople('tinha umas 90 pessoas na festa')).toBe(false);
  });
});

describe('mentionsAffectedGroup with partitive counts', () => {
  it('reads "três dos vinte moradores" as part of a body acting as one (CC arts. 1.352-1.354), not a collective; "uma das 40 famílias" still is', () => {
    expect(mentionsAffectedGroup('Três dos vinte moradores do meu prédio reclamaram com o síndico')).toBe(false);
    expect(mentionsAffectedGroup('8 das 30 famílias assinaram o abaixo-assinado')).toBe(false);
    expect(mentionsAffectedGroup('minha mãe é uma das 40 famílias que vão ser despejadas')).toBe(true);
    expect(mentionsAffectedGroup('são vinte moradores sem água')).toBe(true);
  });

  it('finds many households harmed by one event, the harm told beside the count (CC arts. 927 and 937; CPC art. 113)', () => {
    expect(mentionsAffectedGroup('o fogo do galpão se alastrou e queimou doze casas da rua')).toBe(true);
    expect(mentionsAffectedGroup('a lama da represa invadiu umas 30 residências do bairro')).toBe(true);
    expect(mentionsAffectedGroup('a associação vai entrar com a ação, somos 14 casa no total')).toBe(true);
    expect(mentionsAffectedGroup('a enchente deixou umas 40 casa debaixo d\'agua e sem nada')).toBe(true);
    // A count of houses with no harm told, an address, or a few houses, is no collective.
    expect(mentionsAffectedGroup('o condomínio tem 40 casas e o síndico não presta contas')).toBe(false);
    expect(mentionsAffectedGroup('moro na rua das flores 125 casa 2 e a chuva alagou meu quintal')).toBe(false);
    expect(mentionsAffectedGroup('a enxurrada alagou três casas da rua')).toBe(false);
  });

  it("counts workers in everyday words, and the whole staff sent away with its count told after (CLT arts. 455 and 842; STF Tema 638)", () => {
    expect(mentionsAffectedGroup('a empreiteira sumiu e deixou uns 40 peao sem receber')).toBe(true);
    expect(mentionsAffectedGroup('a gente é uns 20 peão numa obra de galpão')).toBe(true);
    expect(mentionsAffectedGroup('a firma mandou a turma toda embora ontem, uns 30')).toBe(true);
    expect(mentionsAffectedGroup('demitiram todo mundo de uma vez, mais de 50')).toBe(true);
    // One worker's trade, a staff counted with the client dismissed alone, or a count of days or money, is no group.
    expect(mentionsAffectedGroup('sou peão de fazenda faz 8 anos e o patrão me mandou embora')).toBe(false);
    expect(mentionsAffectedGroup('a construtora tem uns 60 peão na obra mas so eu fui mandado embora')).toBe(false);
    expect(mentionsAffectedGroup('mandaram todo mundo embora, uns 15 dias antes do natal')).toBe(false);
  });
});
