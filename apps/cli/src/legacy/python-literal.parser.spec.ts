import { PythonLiteralParser } from './python-literal.parser';

describe(PythonLiteralParser.name, () => {
  it('reads a dataclass repr with nested literals, datetimes and enums', () => {
    const text =
      "OrchestrationResult(case_id='c-1', confidence_score=0.77, triage_data={'area': 'Família', 'keywords': ['guarda', \"pensão\"], 'urgente': True}, " +
      "analysis_details=None, level=<ComplexityLevel.HIGH: 'high'>, timestamp=datetime.datetime(2024, 5, 2, 11, 19, 3, 120000), tz=datetime.timezone.utc)";
    expect(PythonLiteralParser.parse(text)).toEqual({
      case_id: 'c-1',
      confidence_score: 0.77,
      triage_data: { area: 'Família', keywords: ['guarda', 'pensão'], urgente: true },
      analysis_details: null,
      level: 'high',
      timestamp: '2024-05-02T11:19:03.120Z',
      tz: 'datetime.timezone.utc',
    });
  });

  it('decodes bytes literals as UTF-8 and handles escapes', () => {
    expect(PythonLiteralParser.parse("b'Ol\\xc3\\xa1, tudo bem?'")).toBe('Olá, tudo bem?');
    expect(PythonLiteralParser.parse("'it\\'s\\n'")).toBe("it's\n");
    expect(PythonLiteralParser.parse("(1, -2.5e3, 'x',)")).toEqual([1, -2500, 'x']);
  });

  it.each([["OrchestrationResult(case_id='c-1', triage"], ['<app.models.TriageResult object at 0x7f3a2c1d9e50>'], ["{'a': 1} trailing"]])(
    'refuses %p',
    (text) => {
      expect(() => PythonLiteralParser.parse(text)).toThrow(SyntaxError);
    },
  );
});
