import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import FIXTURES from './fixtures/model-turns.json';

/** How the fake answers one request; `turn` names a fixture (or gives the object) sent as the model's JSON text. */
export type FakeReply =
  | { kind: 'turn'; turn: keyof typeof FIXTURES | Record<string, unknown> }
  | { kind: 'status'; status: number; headers?: Record<string, string> }
  | { kind: 'malformed' }
  | { kind: 'hang' }
  | { kind: 'slow'; chunkDelayMs: number };

export interface FakeRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

const ASKED = /Perguntas já feitas: (\d+)\. Mínimo deste caso: (\d+)/;

/**
 * A local stand-in for a model provider, speaking Anthropic Messages (`POST /v1/messages`) and
 * OpenAI chat completions (`POST /v1/chat/completions`). Queued replies go first; otherwise it
 * answers like a well-behaved model: a question (fixture `question`) until the case's minimum of
 * questions, then the closing with `triage_data` (fixture `closing`).
 */
export class FakeModelServer {
  readonly requests: FakeRequest[] = [];
  private readonly queue: FakeReply[] = [];
  private readonly server: Server = createServer((req, res) => this.handle(req, res));
  private readonly open = new Set<ServerResponse>();
  /** The fixtures a well-behaved answer uses: a question, then the closing at the case's minimum of questions. */
  persona: { question: keyof typeof FIXTURES; closing: keyof typeof FIXTURES } = { question: 'question', closing: 'closing' };

  static async start(): Promise<FakeModelServer> {
    const fake = new FakeModelServer();
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  /** The next requests get these replies, in order. */
  enqueue(...replies: FakeReply[]): void {
    this.queue.push(...replies);
  }

  /** The user content of a request (the transcript block), for either protocol. */
  static userContent(request: FakeRequest): string {
    const messages = request.body.messages as Array<{ role: string; content: string | Array<{ text?: string }> }>;
    const first = messages.find((m) => m.role === 'user')!;
    return typeof first.content === 'string' ? first.content : first.content.map((part) => part.text ?? '').join('');
  }

  async stop(): Promise<void> {
    for (const res of this.open) res.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const request = { path: req.url ?? '', headers: req.headers, body: JSON.parse(raw) as Record<string, unknown> };
      this.requests.push(request);
      this.reply(request, this.queue.shift() ?? { kind: 'turn', turn: this.naturalTurn(request) }, res);
    });
  }

  private naturalTurn(request: FakeRequest): keyof typeof FIXTURES {
    const [, asked, min] = ASKED.exec(FakeModelServer.userContent(request)) ?? [];
    return Number(asked) + 1 >= Number(min) ? this.persona.closing : this.persona.question;
  }

  private reply(request: FakeRequest, reply: FakeReply, res: ServerResponse): void {
    switch (reply.kind) {
      case 'status':
        res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
        res.end(JSON.stringify({ error: { type: 'fake_error', message: `status ${reply.status}` } }));
        return;
      case 'hang':
        this.open.add(res);
        return;
      case 'malformed':
        return this.send(request, res, '{"reply": "Qual é o seu nome?", "complete": fal');
      case 'slow':
        return this.trickle(request, res, reply.chunkDelayMs);
      case 'turn':
        return this.send(request, res, JSON.stringify(typeof reply.turn === 'string' ? FIXTURES[reply.turn] : reply.turn));
    }
  }

  private send(request: FakeRequest, res: ServerResponse, text: string): void {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(envelope(request, text)));
  }

  /** Headers at once, then the body a few bytes at a time: a response that streams slower than the deadline. */
  private trickle(request: FakeRequest, res: ServerResponse, delayMs: number): void {
    this.open.add(res);
    const body = JSON.stringify(envelope(request, JSON.stringify(FIXTURES.question)));
    res.writeHead(200, { 'content-type': 'application/json' });
    let at = 0;
    const timer = setInterval(() => {
      if (res.destroyed || at >= body.length) {
        clearInterval(timer);
        if (!res.destroyed) res.end();
        return;
      }
      res.write(body.slice(at, (at += 16)));
    }, delayMs);
  }
}

function envelope(request: FakeRequest, text: string): Record<string, unknown> {
  const model = request.body.model;
  if (request.path.endsWith('/messages')) {
    return { id: 'msg_fake', type: 'message', role: 'assistant', model, content: [{ type: 'text', text }], stop_reason: 'end_turn', usage: { input_tokens: 10, output_tokens: 10 } };
  }
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 0,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}
