import { randomUUID } from 'node:crypto';
import { ConversationState, CURRENT_SCHEMA_VERSION, OrchestrationState, StoredDocument } from '@app/state';
import { TriageData } from '@app/interview';

export const newId = (): string => randomUUID();

function newDocument(): StoredDocument {
  const now = new Date().toISOString();
  return { version: 0, schemaVersion: CURRENT_SCHEMA_VERSION, caseId: newId(), userId: 'user-1', createdAt: now, updatedAt: now };
}

export function newConversation(overrides: Partial<ConversationState> = {}): ConversationState {
  const base = newDocument();
  return {
    ...base,
    messages: [{ role: 'assistant', content: 'Olá! Sou o Justus. Conte o seu problema.', timestamp: base.createdAt }],
    complexity: null,
    confidence: 0,
    collectedData: {},
    isComplete: false,
    completionReason: null,
    completedAt: null,
    ...overrides,
  };
}

export function newOrchestration(overrides: Partial<OrchestrationState> = {}): OrchestrationState {
  return {
    ...newDocument(),
    status: 'interviewing',
    flowType: 'standard_analysis',
    complexity: null,
    confidence: 0,
    startedAt: Math.floor(Date.now() / 1000),
    result: null,
    completedAt: null,
    processingTimeMs: null,
    error: null,
    ...overrides,
  };
}

/** Both documents of one new case. */
export function newCase(overrides: { userId?: string; caseId?: string } = {}) {
  const caseId = overrides.caseId ?? newId();
  const userId = overrides.userId ?? 'user-1';
  return { conversation: newConversation({ caseId, userId }), orchestration: newOrchestration({ caseId, userId }) };
}

/** A triage result's data for one area, every field filled. */
export function newTriageData(overrides: Partial<TriageData> = {}): TriageData {
  return {
    area: 'Trabalhista',
    area_code: 'trabalhista',
    subarea: 'verbas rescisórias',
    urgency_h: 720,
    summary: 'Demissão sem verbas rescisórias.',
    keywords: ['demissão'],
    entities: { parties: ['empresa'], dates: [], amounts: [], locations: ['Campinas/SP'] },
    analysis: { viability: 'média', recommended_action: 'Consultar advogado trabalhista.', next_steps: [] },
    needs_review: false,
    review_reasons: [],
    ...overrides,
  };
}
