import { plainToInstance } from 'class-transformer';
import { IsString, Validate, ValidateNested, ValidatorConstraint, ValidatorConstraintInterface, validate } from 'class-validator';
import { ContinueTriageDto, ForceCompleteDto, ListCasesQueryDto, StartTriageDto } from '@app/triage';
import { passesEveryRule } from './compiled-rules';

const CASE_ID = '3b1f6a52-7c1e-4d3a-9a55-2f1f0c8e9d10';
const OPTIONS = { whitelist: true, forbidNonWhitelisted: true, validationError: { target: false } };

/** Bodies of every kind: valid, each rule broken, unknown fields, wrong types, null and absent values. */
const BODIES: Array<[new () => object, Record<string, unknown>]> = [
  [ContinueTriageDto, { case_id: CASE_ID, message: 'Fui demitido sem justa causa.' }],
  [ContinueTriageDto, { case_id: CASE_ID, message: '  espaços em volta  ', client_message_id: 'k-1' }],
  [ContinueTriageDto, { case_id: CASE_ID, message: '   ' }],
  [ContinueTriageDto, { case_id: CASE_ID, message: 'x'.repeat(4_001) }],
  [ContinueTriageDto, { case_id: CASE_ID, message: 42 }],
  [ContinueTriageDto, { case_id: CASE_ID, message: ['a'] }],
  [ContinueTriageDto, { case_id: CASE_ID, message: null }],
  [ContinueTriageDto, { case_id: CASE_ID }],
  [ContinueTriageDto, { case_id: CASE_ID.replace('4d3a', '1d3a'), message: 'oi' }],
  [ContinueTriageDto, { case_id: 'not-a-uuid', message: 'oi' }],
  [ContinueTriageDto, { case_id: CASE_ID, message: 'oi', client_message_id: 'no spaces allowed' }],
  [ContinueTriageDto, { case_id: CASE_ID, message: 'oi', client_message_id: null }],
  [ContinueTriageDto, { case_id: CASE_ID, message: 'oi', extra: 1 }],
  [ContinueTriageDto, {}],
  [StartTriageDto, {}],
  [StartTriageDto, { user_id: 'user-8f2c' }],
  [StartTriageDto, { user_id: '' }],
  [StartTriageDto, { user_id: 'a b' }],
  [StartTriageDto, { user_id: 'u', other: true }],
  [ForceCompleteDto, { case_id: CASE_ID }],
  [ForceCompleteDto, { case_id: CASE_ID, reason: 'cliente encerrou' }],
  [ForceCompleteDto, { case_id: CASE_ID, reason: 'x'.repeat(501) }],
  [ListCasesQueryDto, { limit: '50' }],
  [ListCasesQueryDto, { limit: '0' }],
  [ListCasesQueryDto, { limit: 'many', cursor: 'abc' }],
  [ListCasesQueryDto, { cursor: 'bad cursor!' }],
];

@ValidatorConstraint({ async: true })
class AsyncRule implements ValidatorConstraintInterface {
  validate(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

class WithAsyncRule {
  @Validate(AsyncRule)
  name: string;
}

class WithNested {
  @ValidateNested()
  @IsString()
  child: unknown;
}

describe(passesEveryRule.name, () => {
  it.each(BODIES.map(([dto, body]) => [dto.name, JSON.stringify(body).slice(0, 80), dto, body]))(
    'agrees with class-validator on %s %s',
    async (_name, _shown, dto, body) => {
      const instance = plainToInstance(dto as new () => object, body);
      const errors = await validate(instance, OPTIONS);
      expect(passesEveryRule(instance)).toBe(errors.length === 0);
    },
  );

  it('passes the valid bodies, so that they skip the executor', () => {
    expect(passesEveryRule(plainToInstance(ContinueTriageDto, { case_id: CASE_ID, message: 'oi' }))).toBe(true);
    expect(passesEveryRule(plainToInstance(StartTriageDto, {}))).toBe(true);
  });

  it('leaves classes with rules it does not model to class-validator', async () => {
    const asyncRule = Object.assign(new WithAsyncRule(), { name: 'a' });
    const nested = Object.assign(new WithNested(), { child: 'a' });
    await expect(validate(asyncRule, OPTIONS)).resolves.toEqual([]);
    expect(passesEveryRule(asyncRule)).toBe(false);
    expect(passesEveryRule(nested)).toBe(false);
  });

  it('leaves a class without rules to class-validator (which refuses it as an unknown value)', () => {
    expect(passesEveryRule(Object.assign(new (class Bare {})(), { a: 1 }))).toBe(false);
  });
});
