export * from './app-config';
export * from './config.module';
export { LOG_LEVELS, LogLevel } from './env.dto';
export * from './load-config';
