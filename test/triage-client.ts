import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mintToken } from '@app/auth';
import { AppConfig } from '@app/config';
import { apiRequest } from './api-request';

/** Drives /api/v2/triage like the app does, as one user (every request carries their token). */
export class TriageClient {
  private constructor(
    private readonly app: NestFastifyApplication,
    readonly userId: string,
    readonly token: string,
  ) {}

  static async as(app: NestFastifyApplication, userId = 'user-1', options: { admin?: boolean } = {}): Promise<TriageClient> {
    return new TriageClient(app, userId, await mintToken(app.get(AppConfig).auth, { sub: userId, admin: options.admin }));
  }

  /** Every response is checked against the app's OpenAPI document. */
  http() {
    return apiRequest(this.app).set('Authorization', `Bearer ${this.token}`);
  }

  async start(body: Record<string, unknown> = {}): Promise<string> {
    const { body: started } = await this.http().post('/api/v2/triage/start').send(body).expect(201);
    return started.case_id;
  }

  /** One turn; with `idempotencyKey` it is sent as the `Idempotency-Key` header. */
  say(caseId: string, message: string, idempotencyKey?: string) {
    const turn = this.http().post('/api/v2/triage/continue');
    return (idempotencyKey === undefined ? turn : turn.set('Idempotency-Key', idempotencyKey)).send({ case_id: caseId, message });
  }

  /** The client's messages of the case's transcript, in order. */
  async userMessages(caseId: string): Promise<string[]> {
    const { body } = await this.http().get(`/api/v2/triage/conversation/${caseId}`).expect(200);
    return (body.messages as Array<{ role: string; content: string }>).filter((m) => m.role === 'user').map((m) => m.content);
  }

  /** Sends the opening, then answers each question with the next follow-up until the triage completes. */
  async converse(caseId: string, opening: string, followups: string[]): Promise<{ completed: boolean; turns: number }> {
    const answers = [opening, ...followups];
    for (let turn = 0; turn < answers.length; turn++) {
      const { body, status } = await this.say(caseId, answers[turn]);
      if (status !== 200) throw new Error(`turn ${turn} answered ${status}: ${JSON.stringify(body)}`);
      if (body.status === 'completed') return { completed: true, turns: turn + 1 };
    }
    return { completed: false, turns: answers.length };
  }
}
