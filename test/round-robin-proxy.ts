import { createServer, request, Server } from 'node:http';

/**
 * An HTTP load balancer in front of several API instances. Round-robin per client (by the
 * `Authorization` header, else one shared turn), so each client's consecutive requests always
 * reach the next instance: every turn of a triage hops. The answer names its instance in `x-upstream`.
 */
export class RoundRobinProxy {
  private readonly next = new Map<string, number>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
    private readonly upstreams: number[],
  ) {}

  static async start(upstreams: number[]): Promise<RoundRobinProxy> {
    let proxy: RoundRobinProxy | undefined;
    const server = createServer((req, res) => {
      const upstream = proxy!.pick(req.headers.authorization ?? '');
      const forward = request({ host: '127.0.0.1', port: upstreams[upstream], method: req.method, path: req.url, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode!, { ...answer.headers, 'x-upstream': String(upstream) });
        answer.pipe(res);
      });
      forward.on('error', () => res.writeHead(502).end());
      req.pipe(forward);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy = new RoundRobinProxy(server, (server.address() as { port: number }).port, upstreams);
    return proxy;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private pick(client: string): number {
    const upstream = this.next.get(client) ?? 0;
    this.next.set(client, (upstream + 1) % this.upstreams.length);
    return upstream;
  }
}
