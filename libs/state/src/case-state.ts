/** Newest document schema this build reads and can write. Older ones are upgraded on read; newer ones are refused. */
export const CURRENT_SCHEMA_VERSION = 2;

export const ORCHESTRATION_STATUSES = ['interviewing', 'completed', 'error'] as const;
export type OrchestrationStatus = (typeof ORCHESTRATION_STATUSES)[number];

export const COMPLEXITIES = ['low', 'medium', 'high'] as const;
export type ComplexityLevel = (typeof COMPLEXITIES)[number];

/** Fields every stored document carries. `version` is the compare-and-set counter (0 = not stored yet). */
export interface StoredDocument {
  version: number;
  schemaVersion: number;
  caseId: string;
  userId: string;
  /** ISO-8601. */
  createdAt: string;
  /** ISO-8601; set by the state manager on every save. */
  updatedAt: string;
}

export interface ConversationMessage {
  role: 'user' | 'assistant';
  content: string;
  /** ISO-8601. */
  timestamp: string;
}

/**
 * What a client turn sent with an idempotency key answered, enough to answer a resend of the
 * same key again: the texts are the transcript's, so only their place is kept.
 */
export interface TurnReceipt {
  /** The client's `Idempotency-Key` (or `client_message_id`). */
  key: string;
  /** Index in `messages` of the client's message; Justus's reply follows it. */
  at: number;
  complexity: ComplexityLevel | null;
  confidence: number;
  /** Whether this turn completed the triage (its answer then carried the result). */
  completed: boolean;
}

/** The interview transcript and what it collected. */
export interface ConversationState extends StoredDocument {
  messages: ConversationMessage[];
  /** The last few keyed turns, oldest first (absent in documents written before keys existed). */
  receipts?: TurnReceipt[];
  complexity: ComplexityLevel | null;
  confidence: number;
  /** The interview engine's own facts (plain JSON). */
  collectedData: Record<string, unknown>;
  isComplete: boolean;
  completionReason: string | null;
  completedAt: string | null;
}

/** Where the triage stands and, once done, its result. */
export interface OrchestrationState extends StoredDocument {
  status: OrchestrationStatus;
  flowType: string;
  complexity: ComplexityLevel | null;
  confidence: number;
  /** Epoch seconds (the app shows it as such). */
  startedAt: number;
  result: Record<string, unknown> | null;
  completedAt: string | null;
  processingTimeMs: number | null;
  error: string | null;
}

/** Both documents of one case, as `update` reads and writes them. */
export interface CaseState {
  conversation: ConversationState | null;
  orchestration: OrchestrationState | null;
}

/** One page of a listing; pass `nextCursor` back to get the next (null at the end). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface CaseCounts {
  activeConversations: number;
  activeOrchestrations: number;
  byStatus: Record<OrchestrationStatus, number>;
  byComplexity: Record<ComplexityLevel, number>;
}

export interface SystemStats extends CaseCounts {
  redis: { usedMemory: number; maxmemory: number; maxmemoryPolicy: string; connectedClients: number };
}
