import { ConflictException } from '@nestjs/common';

/** A turn sent to a triage that has already finished: the answer is at the result URL. */
export class CaseCompletedException extends ConflictException {
  constructor(caseId: string) {
    super({
      message: `Case ${caseId} is already completed; read GET /api/v2/triage/result/${caseId}`,
      detail: 'Esta triagem já foi concluída. Veja o resultado.',
      result_url: `/api/v2/triage/result/${caseId}`,
    });
  }
}
