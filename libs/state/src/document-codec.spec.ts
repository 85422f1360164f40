import { loadConfig } from '@app/config';
import { CURRENT_SCHEMA_VERSION, ConversationState } from './case-state';
import { decodeDocument, encodeDocument, WRITABLE_SCHEMAS } from './document-codec';
import { UnsupportedSchemaError } from './unsupported-schema.error';

const messages = [
  { role: 'assistant', content: 'Olá! Qual é o problema?', timestamp: '2026-11-26T10:33:09.932Z' },
  { role: 'user', content: 'Fui demitido', timestamp: '2026-11-26T10:33:10.001Z' },
] as const;
const document = { version: 4, schemaVersion: 0, caseId: 'c', userId: 'u', createdAt: 'x', updatedAt: 'y', messages } as unknown as ConversationState;

describe(encodeDocument.name, () => {
  it('puts the new version first and stamps the current schema and updatedAt', () => {
    const json = encodeDocument(document, 5, '2026-01-01T00:00:00.000Z');
    expect(json.startsWith('{"version":5,')).toBe(true);
    expect(JSON.parse(json)).toMatchObject({ version: 5, schemaVersion: CURRENT_SCHEMA_VERSION, updatedAt: '2026-01-01T00:00:00.000Z' });
  });

  it('stores messages as [role, content, epoch ms]', () => {
    expect(JSON.parse(encodeDocument(document, 5, 'now')).messages).toEqual([
      ['assistant', 'Olá! Qual é o problema?', Date.parse('2026-11-26T10:33:09.932Z')],
      ['user', 'Fui demitido', Date.parse('2026-11-26T10:33:10.001Z')],
    ]);
  });

  it('keeps a timestamp as text when epoch ms would not give it back exactly', () => {
    const legacy = { ...document, messages: [{ role: 'user', content: 'oi', timestamp: '2024-01-15T10:00:00.123456' }] } as ConversationState;
    const json = encodeDocument(legacy, 1, 'now');
    expect(JSON.parse(json).messages).toEqual([['user', 'oi', '2024-01-15T10:00:00.123456']]);
    expect(decodeDocument<ConversationState>('k', json).messages).toEqual(legacy.messages);
  });

  it('stores receipts as [key, at, complexity, confidence, completed] and reads them back', () => {
    const receipts = [
      { key: 'k-1', at: 1, complexity: null, confidence: 0.25, completed: false },
      { key: 'k-2', at: 3, complexity: 'high', confidence: 0.9, completed: true },
    ] as const;
    const json = encodeDocument({ ...document, receipts } as unknown as ConversationState, 1, 'now');
    expect(JSON.parse(json).receipts).toEqual([
      ['k-1', 1, null, 0.25, 0],
      ['k-2', 3, 'high', 0.9, 1],
    ]);
    expect(decodeDocument<ConversationState>('k', json).receipts).toEqual(receipts);
  });
});

describe(decodeDocument.name, () => {
  it('reads back what encode wrote, messages as objects', () => {
    const decoded = decodeDocument<ConversationState>('k', encodeDocument(document, 1, 'now'));
    expect(decoded).toMatchObject({ version: 1, caseId: 'c', messages });
  });

  it('packs decoded messages again as they are now, also after a field was changed', () => {
    const decoded = decodeDocument<ConversationState>('k', encodeDocument(document, 1, 'now'));
    const edited = { ...decoded.messages[1] };
    (decoded.messages[0] as { content: string }).content = 'Olá de novo';
    decoded.messages[1] = edited;
    edited.timestamp = '2026-11-26T10:33:11.000Z';
    expect(JSON.parse(encodeDocument(decoded, 2, 'now')).messages).toEqual([
      ['assistant', 'Olá de novo', Date.parse('2026-11-26T10:33:09.932Z')],
      ['user', 'Fui demitido', Date.parse('2026-11-26T10:33:11.000Z')],
    ]);
  });

  it('upgrades a schema 1 document, whose messages are objects', () => {
    const json = JSON.stringify({ ...document, version: 3, schemaVersion: 1 });
    expect(decodeDocument<ConversationState>('k', json)).toMatchObject({ version: 3, schemaVersion: 2, messages });
  });

  it.each([[CURRENT_SCHEMA_VERSION + 1], [0], ['1'], [undefined]])('refuses schemaVersion %p', (schemaVersion) => {
    const json = JSON.stringify({ version: 1, schemaVersion, caseId: 'c' });
    expect(() => decodeDocument('k', json)).toThrow(UnsupportedSchemaError);
  });
});

describe('a rolling update: build 1 (reads schema 1) beside build 2 (reads 2, writes STATE_WRITE_SCHEMA)', () => {
  const readByBuild1 = (json: string) => decodeDocument<ConversationState>('k', json, 1);

  it('build 2 writing schema 1 stores messages as objects, which build 1 reads and build 2 reads back', () => {
    const json = encodeDocument(document, 2, 'now', 1);
    expect(JSON.parse(json)).toMatchObject({ version: 2, schemaVersion: 1, messages });
    expect(readByBuild1(json)).toMatchObject({ version: 2, schemaVersion: 1, messages });
    expect(decodeDocument<ConversationState>('k', json)).toMatchObject({ version: 2, schemaVersion: 2, messages });
  });

  it('build 1 refuses what build 2 writes once told to write schema 2, as a document from a newer build', () => {
    expect(() => readByBuild1(encodeDocument(document, 2, 'now', 2))).toThrow(
      expect.objectContaining({ name: UnsupportedSchemaError.name, schemaVersion: 2, readable: 1, fromNewerBuild: true }),
    );
  });

  it.each([[0], ['2'], [undefined]])('calls schemaVersion %p broken, not newer', (schemaVersion) => {
    expect(() => decodeDocument('k', JSON.stringify({ version: 1, schemaVersion }))).toThrow(
      expect.objectContaining({ name: UnsupportedSchemaError.name, fromNewerBuild: false }),
    );
  });

  const env = (schema?: number) => ({ AUTH_JWT_SECRET: 'a-test-secret-of-at-least-32-characters', STATE_WRITE_SCHEMA: schema === undefined ? undefined : String(schema) });

  it('writes exactly the schemas STATE_WRITE_SCHEMA accepts', () => {
    expect(WRITABLE_SCHEMAS).toEqual([1, CURRENT_SCHEMA_VERSION]);
    for (const schema of WRITABLE_SCHEMAS) expect(loadConfig(env(schema)).stateWriteSchema).toBe(schema);
    expect(() => loadConfig(env(CURRENT_SCHEMA_VERSION + 1))).toThrow(/STATE_WRITE_SCHEMA/);
    expect(() => encodeDocument(document, 1, 'now', CURRENT_SCHEMA_VERSION + 1)).toThrow(RangeError);
  });

  it('defaults STATE_WRITE_SCHEMA to the previous schema for this release', () => {
    expect(loadConfig(env()).stateWriteSchema).toBe(CURRENT_SCHEMA_VERSION - 1);
  });
});
