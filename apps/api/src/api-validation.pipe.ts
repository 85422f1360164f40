import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/**
 * The global pipe (transform, whitelist, forbidNonWhitelisted). Its 400 carries every problem in
 * one `message` string, and the Portuguese `detail` a DTO names for a rule (class-validator's
 * `context: { detail }`) when that rule is the only one a field failed, else the default one:
 * a number sent as the message fails both "is a string" and "at most 4,000 characters", and
 * only the first says what is wrong.
 */
export class ApiValidationPipe extends ValidationPipe {
  constructor() {
    super({ transform: true, whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: false });
  }

  override createExceptionFactory() {
    return (errors: ValidationError[] = []) =>
      new BadRequestException({ message: this.flattenValidationErrors(errors).join('; '), detail: detailOf(errors) });
  }
}

function detailOf(errors: ValidationError[]): string | undefined {
  for (const error of errors) {
    const failed = Object.keys(error.constraints ?? {});
    const named = failed.length === 1 ? (error.contexts?.[failed[0]] as { detail?: string } | undefined)?.detail : undefined;
    const detail = named ?? detailOf(error.children ?? []);
    if (detail) return detail;
  }
  return undefined;
}
