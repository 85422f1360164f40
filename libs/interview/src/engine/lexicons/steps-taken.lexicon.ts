/**
 * Steps the client says they already took, and facts that rule a kind of case out, read as `CLIENT_NOTES` (accents
 * optional, `*` = any ending; a negated phrase does not count).
 */

/**
 * The client already disputed a charge or a Pix with the bank (in the app, the SAC or the MED, the Pix refund mechanism of
 * Resolução BCB 103/2021): the next step is the bank's answer and the protocol, not disputing it again.
 */
export const BANK_CONTESTED: string[] = [
  'contestei no banco', 'contestei no aplicativo', 'contestei no app', 'contestei a compra', 'contestei as compras',
  'contestei a transacao', 'contestei as transacoes', 'contestei o pix', 'contestei os pix', 'contestei a cobranca',
  'contestacao no banco', 'contestacao no aplicativo', 'abri contestacao', 'abri uma contestacao', 'fiz a contestacao',
  'pedi o med', 'acionei o med', 'abri o med', 'pelo med', 'mecanismo especial de devolucao',
];

/** The client already asked the other side for the contract ("minha neta pediu o contrato ao banco"): not advised again. */
export const CONTRACT_REQUESTED: string[] = [
  'pedi o contrato', 'pediu o contrato', 'pedimos o contrato', 'pediram o contrato', 'solicitei o contrato', 'solicitou o contrato', 'solicitamos o contrato',
  'pedi a copia do contrato', 'pediu a copia do contrato', 'pedimos a copia do contrato', 'solicitei a copia do contrato',
];

/**
 * The rent paid up to date: an eviction is then not for arrears (Lei 8.245/91 art. 9 III) but the end of the lease or the
 * owner's retaking of the property (arts. 46, 47 and 57), whichever side tells it.
 */
export const RENT_UP_TO_DATE: string[] = [
  'nunca atrasei', 'nunca atrasei o aluguel', 'nunca atrasou', 'nunca atrasou o aluguel', 'nunca deixei de pagar', 'nunca deixou de pagar',
  'sempre paguei em dia', 'sempre pagou em dia', 'aluguel em dia', 'alugueis em dia', 'pago em dia', 'paga em dia', 'estou em dia', 'to em dia',
  'sempre paguei certinho', 'sempre pagou certinho', 'continuei pagando normalmente', 'aluguel certinho', 'pago certinho', 'pago tudo certinho', 'pago o aluguel em dia',
];

/** The client says no police report was made: its copy is not asked for, making one is advised instead. */
export const NO_POLICE_REPORT: string[] = [
  'nao fiz boletim', 'nao fiz o boletim', 'nao fiz nenhum boletim', 'nao fiz bo', 'nao fiz o bo', 'nao registrei boletim', 'nao registrei o boletim',
  'nao registrei ocorrencia', 'nao registrei a ocorrencia', 'nao dei queixa', 'sem boletim de ocorrencia', 'sem fazer boletim', 'sem bo',
  // Told with the report first ("BO não fiz", "o boletim nunca foi feito"): the longer phrase keeps "boletim de ocorrência" from reading as one filed.
  ...['boletim de ocorrencia', 'boletim'].flatMap((report) =>
    ['nao fiz', 'nunca fiz', 'ainda nao fiz', 'nao foi feito', 'nunca foi feito', 'ainda nao foi feito', 'nao foi registrado', 'nunca foi registrado'].map((not) => `${report} ${not}`)),
];
