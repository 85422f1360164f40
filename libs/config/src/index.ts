export * from './app-config';
export * from './config.module';
export * from './dev-signing-key';
export { LOG_LEVELS, LogLevel, NodeEnv } from './env.dto';
export * from './load-config';
