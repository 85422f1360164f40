import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { InvalidCaseIdException } from './invalid-case-id.exception';

export const MAX_MESSAGE_LENGTH = 4_000;
/** An `Idempotency-Key` header or `client_message_id`: what a UUID, a ULID or a counter needs. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;
/** What `ParseUUIDPipe({ version: '4' })` and `@IsUUID('4')` accept, for the document. */
export const UUID_V4_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$';
export const CURSOR_PATTERN = /^[A-Za-z0-9_-]{1,512}$/;
export const CASE_ID_EXAMPLE = '3b1f6a52-7c1e-4d3a-9a55-2f1f0c8e9d10';
const caseIdRule = { message: InvalidCaseIdException.MESSAGE, context: { detail: InvalidCaseIdException.DETAIL } };
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class StartTriageDto {
  @ApiPropertyOptional({ description: 'Id of the app user who owns the case', example: 'user-8f2c' })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  @Matches(/^[\w.@:-]+$/, { message: 'user_id may only hold letters, digits and . @ : _ -' })
  user_id?: string;
}

export class ContinueTriageDto {
  @ApiProperty({ format: 'uuid', pattern: UUID_V4_PATTERN, example: CASE_ID_EXAMPLE })
  @IsUUID('4', caseIdRule)
  case_id: string;

  @ApiProperty({
    minLength: 1,
    maxLength: MAX_MESSAGE_LENGTH,
    example: 'Fui demitido sem justa causa há 2 meses e a empresa não pagou minhas verbas rescisórias.',
  })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ context: { detail: 'Escreva sua mensagem antes de enviar.' } })
  @MaxLength(MAX_MESSAGE_LENGTH, { context: { detail: `A mensagem pode ter no máximo ${MAX_MESSAGE_LENGTH.toLocaleString('pt-BR')} caracteres.` } })
  message: string;

  @ApiPropertyOptional({
    description: 'Idempotency key of this turn, as an alternative to the Idempotency-Key header (both: they must be equal)',
    pattern: IDEMPOTENCY_KEY_PATTERN.source,
    example: '5f0c2a7e-8d1b-4c7a-9f3e-2b6d1a0c9e44',
  })
  @IsOptional()
  @IsString()
  @Matches(IDEMPOTENCY_KEY_PATTERN, { message: 'client_message_id must be 1-128 characters of A-Z a-z 0-9 . _ : -' })
  client_message_id?: string;
}

export class ForceCompleteDto {
  @ApiProperty({ format: 'uuid', pattern: UUID_V4_PATTERN, example: CASE_ID_EXAMPLE })
  @IsUUID('4', caseIdRule)
  case_id: string;

  @ApiPropertyOptional({ maxLength: 500, example: 'cliente encerrou a conversa' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class ListCasesQueryDto {
  @ApiPropertyOptional({ description: 'next_cursor of the previous page', pattern: CURSOR_PATTERN.source })
  @IsOptional()
  @IsString()
  @Matches(CURSOR_PATTERN, { message: 'cursor is malformed' })
  cursor?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}
