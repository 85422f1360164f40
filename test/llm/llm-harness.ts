import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EngineRecord, readEngineRecord } from '@app/interview';
import { ConversationState, ConversationStateManager } from '@app/state';
import { createApiApp, testConfig } from '../test-app';
import { TriageClient } from '../triage-client';
import { COMPANY_RECOVERY } from '../narratives';
import { FakeModelServer } from './fake-model-server';

/** A high-complexity case: the strategy is ensemble from the first answer, so every turn asks the model. */
export const COMPANY_CASE = [
  COMPANY_RECOVERY.opening,
  ...COMPANY_RECOVERY.followups.slice(0, 7),
  'Não tenho mais nada a acrescentar.',
  'É isso.',
];

/** The API against the suite's Redis, with the model at a fake provider. */
export async function createModelApp(fake: FakeModelServer, provider: 'anthropic' | 'openai-compatible', env: Record<string, string> = {}) {
  const app = await createApiApp(
    testConfig({ LLM_PROVIDER: provider, LLM_BASE_URL: fake.baseUrl, LLM_API_KEY: 'fake-key-123', LLM_MODEL: 'fake-model', LLM_TIMEOUT_MS: '1500', ...env }),
  );
  return { app, client: await TriageClient.as(app, 'user-llm') };
}

/** The stored conversation and its engine record. */
export async function stored(app: NestFastifyApplication, caseId: string): Promise<{ conversation: ConversationState; record: EngineRecord }> {
  const conversation = (await app.get(ConversationStateManager).getConversationState(caseId))!;
  return { conversation, record: readEngineRecord(conversation.collectedData)! };
}

/** One turn that must answer 200; returns its body. */
export async function turn(client: TriageClient, caseId: string, message: string, key?: string): Promise<{ message: string; status: string; result?: Record<string, any> }> {
  const { status, body } = await client.say(caseId, message, key);
  expect(status).toBe(200);
  return body;
}
