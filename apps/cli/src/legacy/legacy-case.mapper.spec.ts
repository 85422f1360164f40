import { LegacyCaseMapper } from './legacy-case.mapper';

const metadata = (caseId: string) => ({ case_id: caseId, updated_at: '2024-05-02 10:18:03.120000', version: '1.0' });
const ttlMs = { conversation: 60_000, orchestration: null };

describe(LegacyCaseMapper.name, () => {
  const sut = new LegacyCaseMapper();

  it('maps fields, reading str() datetimes as UTC and enum names, and keeps extra fields under legacy', () => {
    const conversation = JSON.stringify({
      user_id: 'u1',
      messages: [{ role: 'user', content: "b'Demiss\\xc3\\xa3o'", timestamp: '2024-05-02 10:15:03.120000' }, { role: 'system', content: 'x' }],
      complexity_level: 'ComplexityLevel.HIGH',
      confidence_score: '0.8',
      collected_data: "{'area': 'Trabalhista'}",
      is_complete: 'True',
      status: 'completed',
      created_at: '2024-05-02 10:15:03.120000',
      _metadata: metadata('c1'),
    });

    const result = sut.map({ caseId: 'c1', conversation, orchestration: null, ttlMs });

    expect(result).toMatchObject({
      ok: true,
      snapshot: {
        conversation: {
          version: 0,
          userId: 'u1',
          createdAt: '2024-05-02T10:15:03.120Z',
          updatedAt: '2024-05-02T10:18:03.120Z',
          messages: [{ role: 'user', content: 'Demissão', timestamp: '2024-05-02T10:15:03.120Z' }],
          complexity: 'high',
          confidence: 0.8,
          collectedData: { area: 'Trabalhista' },
          isComplete: true,
          legacy: { fields: { status: 'completed' }, unparsed: { 'messages[1]': '{"role":"system","content":"x"}' } },
        },
        orchestration: null,
        ttlMs,
      },
    });
  });

  it('reads a document saved with str(dict), and keeps an unreadable result raw', () => {
    const orchestration = "{'user_id': 'u2', 'status': 'completed', 'started_at': 1714644903.12, 'result': '<Result object at 0x1>'}";
    const result = sut.map({ caseId: 'c2', conversation: null, orchestration, ttlMs });
    expect(result).toMatchObject({ ok: true, snapshot: { orchestration: { status: 'completed', startedAt: 1714644903.12, result: { _raw: '<Result object at 0x1>' } } } });
    expect(result.ok && result.notes).toEqual(['orchestration: stored as str(dict), parsed', 'orchestration: no _metadata', 'orchestration.created_at: unreadable, used the migration time', 'orchestration.result: kept as raw text']);
  });

  it.each([
    [{ conversation: '{"user_id": "u", "messa', orchestration: null }, /^conversation: not valid JSON/],
    [{ conversation: '{"messages": []}', orchestration: null }, /^no user_id$/],
    [{ conversation: '{"user_id": "a"}', orchestration: '{"user_id": "b"}' }, /^user_id differs/],
    [{ conversation: JSON.stringify({ user_id: 'a', _metadata: metadata('other') }), orchestration: null }, /_metadata.case_id differs/],
  ])('refuses %p', (input, reason) => {
    expect(sut.map({ caseId: 'c3', ttlMs, ...input })).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });
});
