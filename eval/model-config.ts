import type { AppConfig } from '../libs/config/src/app-config';
import { ConfigValidationError, loadConfig } from '../libs/config/src/load-config';

/** The configuration when a model is set up, else why not (then nothing may be sent anywhere). */
export function modelConfig(): { config: AppConfig } | { missing: string } {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    return { missing: `has no usable model configuration (${error.problems.filter((p) => p.startsWith('LLM_')).join('; ') || error.message})` };
  }
  if (config.llm.provider !== 'none') return { config };
  return { missing: 'needs a model: set LLM_PROVIDER, LLM_MODEL, LLM_API_KEY (and LLM_BASE_URL for openai-compatible); none is configured' };
}
