import { CURRENT_SCHEMA_VERSION, ConversationState } from './case-state';
import { decodeDocument, encodeDocument } from './document-codec';
import { UnsupportedSchemaError } from './unsupported-schema.error';

const document = { version: 4, schemaVersion: 0, caseId: 'c', userId: 'u', createdAt: 'x', updatedAt: 'y', messages: [] } as unknown as ConversationState;

describe(encodeDocument.name, () => {
  it('puts the new version first and stamps the current schema and updatedAt', () => {
    const json = encodeDocument(document, 5, '2026-01-01T00:00:00.000Z');
    expect(json.startsWith('{"version":5,')).toBe(true);
    expect(JSON.parse(json)).toMatchObject({ version: 5, schemaVersion: CURRENT_SCHEMA_VERSION, updatedAt: '2026-01-01T00:00:00.000Z' });
  });
});

describe(decodeDocument.name, () => {
  it('reads back what encode wrote', () => {
    const decoded = decodeDocument<ConversationState>('k', encodeDocument(document, 1, 'now'));
    expect(decoded).toMatchObject({ version: 1, caseId: 'c', messages: [] });
  });

  it.each([[CURRENT_SCHEMA_VERSION + 1], [0], ['1'], [undefined]])('refuses schemaVersion %p', (schemaVersion) => {
    const json = JSON.stringify({ version: 1, schemaVersion, caseId: 'c' });
    expect(() => decodeDocument('k', json)).toThrow(UnsupportedSchemaError);
  });
});
