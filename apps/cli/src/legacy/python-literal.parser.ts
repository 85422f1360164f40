/**
 * Reads the `repr()`/`str()` text the Python backend stored where `json.dumps(default=str)` met
 * an object: literals (`'x'`, `b'\xc3\xa1'`, `1.5`, `True`, `None`, dicts, lists, tuples),
 * dataclass-style calls (`OrchestrationResult(case_id='…', …)` becomes an object of its keyword
 * arguments), `datetime.datetime(2024, 3, 5, 14, 22, 31)` (an ISO string, naive taken as UTC),
 * enum reprs (`<Level.HIGH: 'high'>` becomes `'high'`) and dotted names (kept as text).
 * Gives JSON-compatible values; throws `SyntaxError` on anything else.
 */
export class PythonLiteralParser {
  private at = 0;

  private constructor(private readonly text: string) {}

  static parse(text: string): unknown {
    const parser = new PythonLiteralParser(text);
    const value = parser.value();
    parser.skipSpace();
    if (parser.at !== text.length) parser.fail('unexpected trailing text');
    return value;
  }

  private value(): unknown {
    this.skipSpace();
    const c = this.text[this.at];
    if (c === '{') return this.dict();
    if (c === '[') return this.sequence('[', ']');
    if (c === '(') return this.sequence('(', ')');
    if (c === '<') return this.enumRepr();
    if (c === "'" || c === '"') return this.string(false);
    if (/[bBrRuU]/.test(c ?? '') && /['"]/.test(this.text[this.at + 1] ?? '')) {
      const bytes = /[bB]/.test(c);
      this.at++;
      return this.string(bytes);
    }
    const number = /^[-+]?(\d+\.?\d*(e[-+]?\d+)?|\.\d+)/i.exec(this.text.slice(this.at));
    if (number) {
      this.at += number[0].length;
      return Number(number[0]);
    }
    const name = /^[A-Za-z_][\w.]*/.exec(this.text.slice(this.at));
    if (!name) this.fail('expected a value');
    this.at += name[0].length;
    if (name[0] === 'True') return true;
    if (name[0] === 'False') return false;
    if (name[0] === 'None') return null;
    this.skipSpace();
    return this.text[this.at] === '(' ? this.call(name[0]) : name[0];
  }

  private call(name: string): unknown {
    this.at++;
    const args: unknown[] = [];
    const kwargs: Record<string, unknown> = {};
    while (!this.eat(')')) {
      this.skipSpace();
      const keyword = /^([A-Za-z_]\w*)\s*=(?!=)/.exec(this.text.slice(this.at));
      if (keyword) {
        this.at += keyword[0].length;
        kwargs[keyword[1]] = this.value();
      } else {
        args.push(this.value());
      }
      if (!this.eat(',') && !this.peek(')')) this.fail(`expected , or ) in ${name}(…)`);
    }
    const short = name.split('.').pop()!;
    if (short === 'datetime' && args.length >= 3 && args.every((a) => typeof a === 'number')) {
      const [y, mo, d, h = 0, mi = 0, s = 0, us = 0] = args as number[];
      return new Date(Date.UTC(y, mo - 1, d, h, mi, s, Math.floor(us / 1000))).toISOString();
    }
    if ((short === 'UUID' || short === 'Decimal') && args.length === 1) return short === 'Decimal' ? Number(args[0]) : args[0];
    return args.length > 0 ? { ...kwargs, _args: args } : kwargs;
  }

  private dict(): Record<string, unknown> {
    this.at++;
    const result: Record<string, unknown> = {};
    while (!this.eat('}')) {
      const key = this.value();
      if (!this.eat(':')) this.fail('expected : in dict');
      result[typeof key === 'string' ? key : JSON.stringify(key)] = this.value();
      if (!this.eat(',') && !this.peek('}')) this.fail('expected , or } in dict');
    }
    return result;
  }

  private sequence(open: string, close: string): unknown[] {
    this.at++;
    const items: unknown[] = [];
    while (!this.eat(close)) {
      items.push(this.value());
      if (!this.eat(',') && !this.peek(close)) this.fail(`expected , or ${close} after ${open}…`);
    }
    return items;
  }

  private enumRepr(): unknown {
    const match = /^<[\w.]+:\s*/.exec(this.text.slice(this.at));
    if (!match) this.fail('unknown <…> repr');
    this.at += match[0].length;
    const value = this.value();
    if (!this.eat('>')) this.fail('expected > closing an enum repr');
    return value;
  }

  /** A quoted string; for bytes, `\xNN` escapes are bytes of UTF-8 text. */
  private string(bytes: boolean): string {
    const quote = this.text[this.at++];
    const out: number[] = [];
    const push = (text: string) => out.push(...Buffer.from(text, 'utf8'));
    while (this.at < this.text.length && this.text[this.at] !== quote) {
      const c = this.text[this.at++];
      if (c !== '\\') {
        push(c);
        continue;
      }
      const e = this.text[this.at++];
      const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };
      if (e in simple) push(simple[e]);
      else if (e === 'x') {
        const code = parseInt(this.take(2), 16);
        if (bytes) out.push(code);
        else push(String.fromCharCode(code));
      } else if (e === 'u') push(String.fromCharCode(parseInt(this.take(4), 16)));
      else if (e === 'U') push(String.fromCodePoint(parseInt(this.take(8), 16)));
      else push(`\\${e}`);
    }
    if (!this.eat(quote)) this.fail('unterminated string');
    return Buffer.from(out).toString('utf8');
  }

  private take(length: number): string {
    const part = this.text.slice(this.at, this.at + length);
    if (!/^[0-9a-fA-F]+$/.test(part) || part.length !== length) this.fail('bad escape');
    this.at += length;
    return part;
  }

  private eat(token: string): boolean {
    this.skipSpace();
    if (this.text.startsWith(token, this.at)) {
      this.at += token.length;
      return true;
    }
    if (this.at >= this.text.length) this.fail(`unexpected end, expected ${token}`);
    return false;
  }

  private peek(token: string): boolean {
    this.skipSpace();
    return this.text.startsWith(token, this.at);
  }

  private skipSpace(): void {
    while (/\s/.test(this.text[this.at] ?? '')) this.at++;
  }

  private fail(reason: string): never {
    throw new SyntaxError(`${reason} at position ${this.at}`);
  }
}
