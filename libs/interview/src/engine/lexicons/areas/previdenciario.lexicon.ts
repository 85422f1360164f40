import { AreaLexicon } from '../lexicon.types';

export const PREVIDENCIARIO: AreaLexicon = {
  code: 'previdenciario',
  terms: {
    inss: 5, 'meu inss': 5, 'aposent*': 5, beneficio: 3, 'auxilio doenca': 6, 'auxilio acidente': 6,
    auxilio: 2,
    // "com o auxílio de uma vizinha" is help from someone, not a benefit.
    'com auxilio de': 0, 'com o auxilio de': 0, 'com auxilio da': 0, 'com o auxilio da': 0, 'com auxilio do': 0, 'com o auxilio do': 0,
    pericia: 3, perito: 3, bpc: 6, loas: 6, 'pensao por morte': 7, 'salario maternidade': 5,
    'tempo de contribuicao': 5, 'contribui*': 2, carne: 2, cnis: 6, 'extrato previdenciario': 5,
    'afastad*': 3, afastamento: 3, incapacidade: 4, invalidez: 5, previdencia: 4, previdenciario: 5,
    'indeferi*': 2, 'trabalhador rural': 3, 'limbo previdenciario': 6,
    'exame de retorno': 2, inapto: 2, 'segurado': 3, 'carencia': 1,
    // Contributions the employer withheld and never paid in, shown as gaps in the CNIS: the insured's time still counts, proved by the
    // CTPS and the payslips (Lei 8.212 art. 33 §5º; Decreto 3.048 art. 19), a matter for the INSS.
    'contribuicoes nao recolhidas': 5, 'contribuicao nao recolhida': 5, 'nao recolheu o inss': 4, 'nao recolhia o inss': 4, 'nao recolheram o inss': 4,
    'inss nao recolhido': 4, 'sem as contribuicoes': 4, 'pendencia no cnis': 6, 'pendencias no cnis': 6, 'pendencia no inss': 4, 'pendencias no inss': 4,
  },
  subareas: [
    {
      id: 'previdenciario.aposentadoria-idade', label: 'aposentadoria por idade',
      terms: { 'por idade': 4, 'anos de idade': 2, 'aposent*': 2, idade: 1, 'trabalhador rural': 3, 'segurado especial': 4, lavrador: 3, lavoura: 2, roca: 2 },
    },
    {
      id: 'previdenciario.aposentadoria-tempo', label: 'aposentadoria por tempo de contribuição ou especial',
      terms: { 'tempo de contribuicao': 5, 'aposentadoria especial': 5, 'tempo especial': 5, ppp: 4, 'perfil profissiografico': 5, 'agente nocivo': 4, 'agentes nocivos': 4, insalubre: 2, especial: 1 },
    },
    {
      id: 'previdenciario.incapacidade', label: 'auxílio por incapacidade temporária', urgencyH: 168, complexity: 1,
      terms: { 'auxilio doenca': 5, incapacidade: 4, pericia: 3, perito: 3, 'afastad*': 3, alta: 2, 'cortaram o beneficio': 3, 'cortaram meu beneficio': 3, 'cortou o beneficio': 3, 'cortou meu beneficio': 3, 'beneficio cortado': 3, 'cortaram o auxilio': 3, 'cortou o auxilio': 3, 'auxilio cortado': 3, 'inss cortou': 3, 'cessad*': 3, doenca: 2, hernia: 2, inapto: 3, limbo: 3 },
    },
    {
      id: 'previdenciario.bpc', label: 'benefício assistencial (BPC/LOAS)',
      terms: { bpc: 5, loas: 5, deficiencia: 3, 'baixa renda': 3, idoso: 2, 'beneficio assistencial': 5, cadunico: 4, 'cad unico': 4, 'nunca contribui*': 3, 'sem renda': 2 },
    },
    {
      id: 'previdenciario.pensao-morte', label: 'pensão por morte', complexity: 1,
      // A pension refused or asked of the INSS is the death pension (Lei 8.213 art. 74), not child support.
      terms: { 'pensao por morte': 6, 'pensao negada': 6, 'pensao foi negada': 6, 'pensao indeferida': 6, 'pensao foi indeferida': 6,
        // The denial told with the INSS as subject ("o INSS negou a minha pensão"): the widow's claim is the benefit (Lei 8.213 art. 74), the deceased's jobs only prove his insured status.
        'negou a minha pensao': 6, 'negou minha pensao': 6, 'negaram a minha pensao': 6, 'negaram minha pensao': 6, 'inss negou a pensao': 6,
        'indeferimento da pensao': 6, 'pensao do inss': 6, 'pensao pelo inss': 6, 'pensao no inss': 6, 'rateio da pensao': 6, 'cota da pensao': 5, viuva: 3, viuvo: 3, faleceu: 1, 'falecid*': 1, obito: 2, 'companheir*': 2, 'uniao estavel': 3, dependente: 2 },
    },
    {
      // The benefit the INSS pays a low-income prisoner's dependants while he is held in the closed regime (Lei 8.213 art. 80, as of
      // the Lei 13.846/19): its proof is the prison's certidão de recolhimento, renewed every quarter (§§ 1º-2º), and the income limit
      // is read on the twelve salaries before the arrest (§ 4º), the usual ground of a refusal.
      id: 'previdenciario.auxilio-reclusao', label: 'auxílio-reclusão', complexity: 1,
      terms: { 'auxilio reclusao': 6, 'familia de preso': 5, 'familia do preso': 5, 'dependentes do preso': 5, 'dependentes de preso': 5,
        'certidao de recolhimento': 4, 'recolhimento prisional': 5, 'atestado de carcere': 5, 'atestado de permanencia carceraria': 5 },
    },
    {
      id: 'previdenciario.salario-maternidade', label: 'salário-maternidade',
      terms: { 'salario maternidade': 6, gravida: 2, gestante: 2, bebe: 1 },
    },
    {
      id: 'previdenciario.revisao', label: 'revisão de benefício',
      terms: { revisao: 4, recalculo: 3, 'valor errado': 3, 'revisao da vida toda': 6 },
    },
  ],
  defaultSubarea: 'benefício previdenciário',
  topics: ['timeline', 'documents', 'amount', 'location', 'outcome', 'urgency', 'parties'],
  recommendedAction: 'Avaliar com advogado previdenciário o requerimento ou recurso no INSS e, se negado, a ação judicial.',
  nextSteps: [
    'Baixar o extrato do CNIS e a carta de indeferimento ou cessação no Meu INSS',
    'Reunir carteiras de trabalho, carnês e laudos médicos',
    'Anotar datas de perícias e de pedidos feitos ao INSS',
  ],
};
