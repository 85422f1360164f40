import { Injectable, Logger } from '@nestjs/common';
import { generateText, LanguageModel, ModelMessage, NoObjectGeneratedError, Output } from 'ai';
import { AppConfig } from '@app/config';
import { MetricsService } from '@app/metrics';
import { createLanguageModel } from './language-model.factory';
import { InterviewerPrompt, InterviewProgress, TranscriptLine } from './interviewer-prompt';
import { FallbackReason, failureReason, retryAfterMs, validationProblems } from './model-failure';
import { MODEL_TURN_SCHEMA, ModelTurn } from './model-turn.schema';

/** A model turn, or why there is none; `calls` is what it spent of the case's budget either way. */
export type ModelAnswer = { ok: true; turn: ModelTurn; calls: number } | { ok: false; reason: FallbackReason; calls: number };

/**
 * Asks the configured model for one structured turn. No retries of its own beyond one for an
 * answer that failed validation (with the problems listed); every other failure is handed back
 * at once so that the turn goes to the local engine. A 429 pauses every call for its `retry-after`.
 */
@Injectable()
export class ModelInterviewer {
  private readonly logger = new Logger(ModelInterviewer.name);
  private readonly model: LanguageModel | null;
  private readonly prompt = new InterviewerPrompt();
  private pausedUntil = 0;

  constructor(
    private readonly config: AppConfig,
    private readonly metrics: MetricsService,
  ) {
    this.model = createLanguageModel(config.llm);
  }

  /** False with `LLM_PROVIDER=none`: the interview is the local engine's alone. */
  get enabled(): boolean {
    return this.model !== null;
  }

  async ask(transcript: TranscriptLine[], progress: InterviewProgress, callsLeft: number): Promise<ModelAnswer> {
    if (!this.model || callsLeft < 1) return { ok: false, reason: 'budget', calls: 0 };
    if (Date.now() < this.pausedUntil) return { ok: false, reason: 'rate_limited', calls: 0 };
    const messages: ModelMessage[] = [{ role: 'user', content: this.prompt.userContent(transcript, progress) }];
    for (let calls = 1; ; calls++) {
      const started = performance.now();
      try {
        const { output } = await generateText({
          model: this.model,
          system: this.prompt.system,
          messages,
          output: Output.object({ schema: MODEL_TURN_SCHEMA }),
          maxRetries: 0,
          maxOutputTokens: this.config.llm.maxTokens,
          temperature: 0,
          abortSignal: AbortSignal.timeout(this.config.llm.timeoutMs),
        });
        this.metrics.model.call('ok', (performance.now() - started) / 1000);
        return { ok: true, turn: output, calls };
      } catch (error) {
        const reason = failureReason(error);
        this.metrics.model.call(reason, (performance.now() - started) / 1000);
        this.logger.warn(`model call failed: ${reason}${statusOf(error)}`);
        this.pausedUntil = Math.max(this.pausedUntil, Date.now() + retryAfterMs(error));
        if (!NoObjectGeneratedError.isInstance(error) || calls >= 2 || calls >= callsLeft) return { ok: false, reason, calls };
        messages.push(
          { role: 'assistant', content: error.text ?? '' },
          { role: 'user', content: `Sua resposta não passou na validação: ${validationProblems(error)}. Responda de novo apenas com o objeto JSON no esquema pedido.` },
        );
      }
    }
  }
}

function statusOf(error: unknown): string {
  const status = (error as { statusCode?: number }).statusCode;
  return status ? ` (HTTP ${status})` : '';
}
