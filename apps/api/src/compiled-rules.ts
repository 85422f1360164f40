import { getMetadataStorage, ValidationArguments, ValidationTypes, ValidatorConstraintInterface } from 'class-validator';

type Check = (object: Record<string, unknown>) => boolean;
type Condition = (object: object, value: unknown) => boolean;
interface Rule {
  constraints: unknown[];
  validator: ValidatorConstraintInterface;
}

/** Per DTO class: its rules as one function, or null when it uses a kind of rule not modelled here. */
const checks = new WeakMap<object, Check | null>();

/**
 * Whether `object` (a DTO instance) passes every class-validator rule of its class, run with the
 * decorators' own constraint functions but without class-validator's executor, which builds an
 * error object for each property even when nothing fails (most of what validating a valid body
 * costs). True only when class-validator, with `whitelist` and `forbidNonWhitelisted` and no
 * groups, would find no error. False when a rule fails, a property has no rule, or the class uses a
 * kind of rule not modelled here (nested, async, `each`, `@IsDefined`, `@Allow`): the caller then
 * runs class-validator itself, whose errors are the answer.
 */
export function passesEveryRule(object: object): boolean {
  const target = object.constructor;
  let check = checks.get(target);
  if (check === undefined) {
    check = compile(target);
    checks.set(target, check);
  }
  return check !== null && check(object as Record<string, unknown>);
}

function compile(target: Function): Check | null {
  const storage = getMetadataStorage();
  // The metadata class-validator's executor reads for an object validated without groups.
  const metadatas = storage.getTargetValidationMetadatas(target, undefined as unknown as string, false, false, undefined);
  if (metadatas.length === 0) return null;
  const properties = new Map<string, { conditions: Condition[]; rules: Rule[] }>();
  for (const metadata of metadatas) {
    const property = properties.get(metadata.propertyName) ?? { conditions: [], rules: [] };
    properties.set(metadata.propertyName, property);
    if (metadata.type === ValidationTypes.CONDITIONAL_VALIDATION) property.conditions.push(metadata.constraints[0] as Condition);
    else if (metadata.type !== ValidationTypes.CUSTOM_VALIDATION || metadata.each) return null;
    else {
      for (const constraint of storage.getTargetValidatorConstraints(metadata.constraintCls)) {
        if (constraint.async) return null;
        property.rules.push({ constraints: metadata.constraints, validator: constraint.instance });
      }
    }
  }
  return (object) => {
    for (const key of Object.keys(object)) if (!properties.has(key)) return false;
    for (const [property, { conditions, rules }] of properties) {
      const value = object[property];
      // `@IsOptional` and `@ValidateIf`: a property whose condition fails is not validated.
      if (!conditions.every((condition) => condition(object, value))) continue;
      for (const { constraints, validator } of rules) {
        const args: ValidationArguments = { targetName: target.name, property, object, value, constraints };
        if (validator.validate(value, args) !== true) return false;
      }
    }
    return true;
  };
}
