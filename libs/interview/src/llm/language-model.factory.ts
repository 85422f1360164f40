import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModel } from 'ai';
import { LlmConfig } from '@app/config';

/** The configured model, or null with `LLM_PROVIDER=none` (then nothing is ever sent anywhere). */
export function createLanguageModel(config: LlmConfig): LanguageModel | null {
  const { provider, baseUrl, apiKey, model } = config;
  switch (provider) {
    case 'none':
      return null;
    case 'anthropic':
      return createAnthropic({ apiKey, ...(baseUrl && { baseURL: baseUrl }) })(model!);
    case 'openai-compatible':
      return createOpenAICompatible({ name: 'openai-compatible', baseURL: baseUrl!, apiKey, supportsStructuredOutputs: true }).chatModel(model!);
    default: {
      const unknown: never = provider;
      throw new Error(`unknown LLM provider ${String(unknown)}`);
    }
  }
}
