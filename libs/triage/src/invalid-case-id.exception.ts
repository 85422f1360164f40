import { BadRequestException } from '@nestjs/common';

/** A case id that is not a UUID v4, in a path or a body: one wording everywhere. */
export class InvalidCaseIdException extends BadRequestException {
  static readonly MESSAGE = 'case_id must be a UUID v4';
  static readonly DETAIL = 'O código da triagem é inválido. Volte e abra a conversa de novo.';

  constructor() {
    super({ message: InvalidCaseIdException.MESSAGE, detail: InvalidCaseIdException.DETAIL });
  }
}
