/** A company's judicial recovery with many creditors: high complexity from the opening (ensemble). */
export const COMPANY_RECOVERY = {
  opening:
    'Sou sócio de uma indústria de móveis que deve mais de R$ 12 milhões a mais de 80 credores, entre bancos, fornecedores e a Receita. Precisamos pedir recuperação judicial antes que os bancos bloqueiem nossas contas.',
  followups: [
    'A empresa fica em Bento Gonçalves/RS, tem 140 funcionários e fatura uns R$ 2 milhões por mês.',
    'Dois bancos já entraram com execução e um fornecedor pediu a nossa falência em março deste ano.',
    'Temos balanços dos últimos 3 anos, a relação de credores e os contratos de empréstimo.',
    'Queremos manter a empresa funcionando e renegociar as dívidas num plano de recuperação.',
    'A audiência do pedido de falência está marcada para daqui a 15 dias.',
    'Os salários estão em dia, mas os impostos estão atrasados há 8 meses.',
    'Um dos sócios quer sair da sociedade.',
    'Temos imóveis dados em garantia aos bancos.',
    'Os fornecedores principais ameaçam cortar o crédito.',
    'Não temos outra saída.',
  ],
};
