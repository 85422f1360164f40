import { PythonLiteralParser } from './python-literal.parser';

/** Value readers for what the Python backend's `json.dumps(default=str)` produced. */

const PYTHON_DATETIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * An ISO-8601 instant from an ISO string, Python's `str(datetime)` (`2024-03-05 14:22:31.123456`,
 * naive values taken as UTC), a `datetime.datetime(...)` repr, or epoch seconds/ms. Else undefined.
 */
export function legacyInstant(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    return new Date(value < 1e11 ? value * 1000 : value).toISOString();
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const match = PYTHON_DATETIME.exec(text);
  if (match) {
    const [, date, time, zone] = match;
    const [hms, fraction = ''] = time.split('.');
    const ms = Date.parse(`${date}T${hms}${fraction ? `.${fraction.slice(0, 3).padEnd(3, '0')}` : ''}${zone ?? 'Z'}`);
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
  }
  if (/^(datetime\.)?datetime\(/.test(text)) {
    const parsed = tryPython(text);
    return typeof parsed === 'string' ? parsed : undefined;
  }
  if (/^\d+(\.\d+)?$/.test(text)) return legacyInstant(Number(text));
  return undefined;
}

/** Python's `str(bytes)` (`b'Ol\xc3\xa1'`) decoded as UTF-8 text; undefined when `text` is not one. */
export function decodedBytesRepr(text: string): string | undefined {
  if (!/^b(['"])[\s\S]*\1$/.test(text.trim())) return undefined;
  const parsed = tryPython(text.trim());
  return typeof parsed === 'string' ? parsed : undefined;
}

/** JSON text, else a Python literal or repr; undefined when neither reads. */
export function parsedStructure(text: string): { value: unknown; from: 'json' | 'python' } | undefined {
  try {
    return { value: JSON.parse(text), from: 'json' };
  } catch {
    const value = tryPython(text);
    return value === undefined ? undefined : { value, from: 'python' };
  }
}

/** A finite number from a number or numeric text. */
export function legacyNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

/** `true`/`false` from booleans, Python's `True`/`False` text, or 0/1. */
export function legacyBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  return undefined;
}

/** The member name of an enum value or its repr, lower-cased: `ComplexityLevel.HIGH` and `<ComplexityLevel.HIGH: 'high'>` give `high`. */
export function legacyEnum(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const repr = /^<[\w.]+:\s*'([^']*)'>$/.exec(value.trim());
  const text = repr ? repr[1] : value.trim().split('.').pop()!;
  return text.toLowerCase();
}

function tryPython(text: string): unknown {
  try {
    return PythonLiteralParser.parse(text);
  } catch {
    return undefined;
  }
}
