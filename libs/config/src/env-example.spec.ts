import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { EnvDto } from './env.dto';
import { loadConfig } from './load-config';

const EXAMPLE = readFileSync(join(__dirname, '../../../.env.example'), 'utf8');
/** `NAME=value` lines, set or commented out (`# NAME=value`). */
const ASSIGNMENT = /^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$/;

function assignments(commented: boolean): Map<string, string> {
  const lines = EXAMPLE.split('\n').map((line) => ASSIGNMENT.exec(line)).filter((match) => match !== null);
  return new Map(lines.filter((match) => commented || match[1] === undefined).map((match) => [match[2], match[3]]));
}

/** Every variable `EnvDto` validates (each has at least one rule). */
const variables = () => new Set(getMetadataStorage().getTargetValidationMetadatas(EnvDto, '', true, false).map((rule) => rule.propertyName));

describe('.env.example', () => {
  it('names every variable the configuration reads, and no other', () => {
    const documented = [...assignments(true).keys()];
    expect([...variables()]).toEqual(expect.arrayContaining(['PORT', 'REDIS_URL', 'REDIS_CLUSTER_NODES', 'STATE_WRITE_SCHEMA', 'OTEL_SERVICE_NAME']));
    expect([...variables()].filter((name) => !documented.includes(name))).toEqual([]);
    expect(documented.filter((name) => !variables().has(name))).toEqual([]);
  });

  it('names each Redis variable with a comment line above it', () => {
    const lines = EXAMPLE.split('\n');
    const redis = [...variables()].filter((name) => name.startsWith('REDIS_') || name === 'STATE_WRITE_SCHEMA');
    const uncommented = redis.filter((name) => {
      const at = lines.findIndex((line) => ASSIGNMENT.exec(line)?.[2] === name);
      // Variables of one comment may follow each other (the two TTLs).
      const above = lines.slice(0, at).reverse().find((line) => !ASSIGNMENT.test(line));
      return !above?.startsWith('# ');
    });
    expect(uncommented).toEqual([]);
  });

  it('is a valid environment as copied', () => {
    expect(() => loadConfig(Object.fromEntries(assignments(false)))).not.toThrow();
  });
});
