export * from './app-config';
export * from './config.module';
export * from './dev-signing-key';
export { LLM_PROVIDERS, LlmProvider, LOG_LEVELS, LogLevel, NodeEnv } from './env.dto';
export * from './load-config';
