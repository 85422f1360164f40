import { Complexity, LegalAreaCode, Strategy } from '../interview-engine.types';

/** A reference conversation: the opening and the answers given to each question, in order. */
export interface ScriptedCase {
  name: string;
  opening: string;
  answers: string[];
  expected: { area: LegalAreaCode; complexity: Complexity; strategy: Strategy };
}

export const SCRIPTED_CASES: ScriptedCase[] = [
  {
    name: 'multa de trânsito',
    opening: 'Recebi uma multa de trânsito do Detran por excesso de velocidade, mas eu nem estava dirigindo o carro nesse dia. Quero recorrer.',
    answers: [
      'Foi em 12/03/2024, num radar na avenida em Belo Horizonte/MG',
      'A multa é de R$ 195,23 e dá 5 pontos na carteira',
      'Quem estava com o carro era meu cunhado, ele confirma',
      'Tenho a notificação de autuação e a foto do radar',
      'Quero anular a multa e não perder os pontos',
      'Só isso mesmo',
    ],
    expected: { area: 'administrativo', complexity: 'low', strategy: 'simple' },
  },
  {
    name: 'demissão sem verbas rescisórias',
    opening: 'Fui demitido sem justa causa e a empresa não pagou a rescisão, nem as verbas rescisórias.',
    answers: [
      'Trabalhei 4 anos como auxiliar de logística numa distribuidora em Campinas/SP e fui mandado embora em 05/02/2024',
      'Meu salário era R$ 3.200,00 e pelas contas tenho uns R$ 18 mil pra receber, fora o FGTS que não depositavam',
      'O patrão diz que a empresa está sem caixa e que vai pagar quando der',
      'Tenho a carteira de trabalho, os holerites e o aviso de dispensa',
      'Não recebi nenhuma guia do seguro-desemprego',
      'Quero receber tudo o que tenho direito',
      'Não tem audiência nem nada marcado ainda',
      'É isso',
    ],
    // Routine: one employer, R$ 18 mil, no lawsuit yet; the feature table rates it low.
    expected: { area: 'trabalhista', complexity: 'low', strategy: 'simple' },
  },
  {
    name: 'recuperação judicial',
    opening: 'Sou sócio de uma indústria de autopeças com dívidas milionárias e muitos credores: bancos, fornecedores e funcionários. O contador falou em recuperação judicial.',
    answers: [
      'A empresa fica em Joinville/SC e tem 220 funcionários',
      'As dívidas passam de R$ 25 milhões, com 7 bancos e uns 40 fornecedores',
      'Dois bancos já entraram com execução e pediram penhora das contas',
      'Começou a piorar em 2023, quando perdemos o maior cliente',
      'Temos balanços dos últimos 3 anos e a lista de credores',
      'Queremos manter a empresa funcionando e renegociar as dívidas',
      'Há uma audiência marcada na execução para o mês que vem',
      'Os salários estão em dia por enquanto',
      'Acho que é isso',
      'Obrigado',
    ],
    expected: { area: 'empresarial', complexity: 'high', strategy: 'ensemble' },
  },
];
