import { NotFoundException } from '@nestjs/common';

export class CaseNotFoundException extends NotFoundException {
  constructor(caseId: string) {
    super({
      message: `Case ${caseId} not found (unknown, expired or cleaned up)`,
      detail: 'Não encontramos esta triagem. Ela pode ter expirado; comece uma nova conversa.',
    });
  }
}
