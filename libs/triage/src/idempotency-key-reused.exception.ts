import { UnprocessableEntityException } from '@nestjs/common';

/**
 * A turn whose idempotency key an earlier turn of the case used with another message. 422, as
 * the IETF Idempotency-Key draft answers a key reused with a different payload; nothing is stored.
 */
export class IdempotencyKeyReusedException extends UnprocessableEntityException {
  constructor(caseId: string) {
    super({
      message: `This Idempotency-Key (or client_message_id) was already used in case ${caseId} for a different message; send a new message with a new key`,
      detail: 'Esta mensagem repete o identificador de outra já enviada. Atualize a conversa e envie de novo.',
    });
  }
}
