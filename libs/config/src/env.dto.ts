import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The environment as it arrives: every variable the service reads, with its rule and default. */
export class EnvDto {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @Matches(/^rediss?:\/\/[^\s]+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379/0';

  @IsOptional()
  @IsString()
  @MinLength(1)
  REDIS_PASSWORD?: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(64)
  REDIS_MAX_CONNECTIONS = 2;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  REDIS_CONVERSATION_TTL = 86_400;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  REDIS_ORCHESTRATION_TTL = 86_400;

  @IsString()
  @MaxLength(64)
  @Matches(/^[A-Za-z0-9:_.-]*$/, { message: 'REDIS_KEY_PREFIX may only hold letters, digits and : _ . -' })
  REDIS_KEY_PREFIX = 'litgo:';

  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(60_000)
  REDIS_COMMAND_TIMEOUT_MS = 1_000;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';
}
