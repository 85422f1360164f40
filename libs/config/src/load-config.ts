import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AppConfig } from './app-config';
import { EnvDto } from './env.dto';

const SECRET_VARIABLES = new Set(['REDIS_PASSWORD']);

/** Thrown at start-up when the environment is invalid; the message names every bad variable. */
export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment: ${problems.join('; ')}`);
    this.name = ConfigValidationError.name;
  }
}

type Env = Record<string, string | undefined>;

/** Validates the environment once and returns the typed configuration. The only reader of `process.env`. */
export function loadConfig(env: Env = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const dto = plainToInstance(EnvDto, present, { excludeExtraneousValues: false });
  const errors = validateSync(dto, { whitelist: true, stopAtFirstError: true });
  if (errors.length > 0) {
    throw new ConfigValidationError(
      errors.map(({ property, value, constraints }) => {
        const shown = SECRET_VARIABLES.has(property) ? '' : ` (got ${JSON.stringify(env[property] ?? value)})`;
        return `${property}: ${Object.values(constraints ?? {}).join(', ')}${shown}`;
      }),
    );
  }
  return new AppConfig({
    port: dto.PORT,
    logLevel: dto.LOG_LEVEL,
    redis: {
      url: dto.REDIS_URL,
      password: dto.REDIS_PASSWORD,
      maxConnections: dto.REDIS_MAX_CONNECTIONS,
      commandTimeoutMs: dto.REDIS_COMMAND_TIMEOUT_MS,
      keyPrefix: dto.REDIS_KEY_PREFIX,
      conversationTtlSeconds: dto.REDIS_CONVERSATION_TTL,
      orchestrationTtlSeconds: dto.REDIS_ORCHESTRATION_TTL,
    },
  });
}
