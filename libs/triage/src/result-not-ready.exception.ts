import { ConflictException } from '@nestjs/common';

export class ResultNotReadyException extends ConflictException {
  constructor(caseId: string) {
    super({
      message: `Case ${caseId} is still interviewing; continue it or force-complete it`,
      detail: 'A triagem ainda está em andamento. Responda às perguntas para concluir.',
    });
  }
}
