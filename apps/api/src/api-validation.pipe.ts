import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { ValidatorOptions } from 'class-validator';
import { passesEveryRule } from './compiled-rules';

/**
 * The global pipe (transform, whitelist, forbidNonWhitelisted). Its 400 carries every problem in
 * one `message` string, and the Portuguese `detail` a DTO names for a rule (class-validator's
 * `context: { detail }`) when that rule is the only one a field failed, else the default one:
 * a number sent as the message fails both "is a string" and "at most 4,000 characters", and
 * only the first says what is wrong. A body that passes every rule skips class-validator's executor
 * (see `passesEveryRule`); any other goes through it, so every 400 is class-validator's own.
 */
export class ApiValidationPipe extends ValidationPipe {
  constructor() {
    super({ transform: true, whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: false });
  }

  protected override validate(object: object, options?: ValidatorOptions): Promise<ValidationError[]> | ValidationError[] {
    return passesEveryRule(object) ? [] : super.validate(object, options);
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
